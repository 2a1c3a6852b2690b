"""The dashboard in the browser and on the server, against a bare Streamlit page with one chart.

    .venv/bin/python benchmarks/browser.py              # everything, ~12 minutes on 2 cores
    .venv/bin/python benchmarks/browser.py --sessions 10 --switches 12 --cold-runs 1   # quicker

Prints one table with pass/fail against each target, and the per-page figures behind it:
  1. cold start: server start + first load of Overview until every chart and the map are drawn
     and no skeleton or running indicator is left, vs the same for benchmarks/baseline_app.py
     (target: within 1.5x), with the app's own modules' bytecode written beforehand, as any
     start after a deployment's first finds it;
  2. page switches through the sidebar, tab switches on the pages with tabs, widget changes and
     a chart's view switch (Table, Chart) until the charts are redrawn, in the browser, each click on an idle page: median (target
     < 300 ms), for the first visit of each page (or tab) in the browser tab and for later
     visits apart; the server's rerun of each page in AppTest vs the baseline's rerun (target:
     within 3x), also with the scripts compiled once as the server does (AppTest compiles them
     on every run);
  3. the server's memory (VmRSS from /proc) after every page, and every tab of it, in ky, ru, en
     (target < 350 MB);
  4. 25 sessions loading Overview at once in one Chromium: p95 vs one session alone
     (target: within 3x); also through scripts/serve_cluster.py (2 processes) when nginx is there,
     and the same burst against the baseline (what 25 browsers on these CPUs cost by themselves;
     `--burst` runs this part alone, without the cluster);
  5. a slide step in presentation mode: ArrowRight pressed on an idle slide until the slide shown
     is drawn at its size (target < 300 ms), and until the whole page is (the next slide, drawn
     hidden in the same run), against the same step on a bare page whose button has the same
     shortcut and redraws one chart (`--slide-steps` runs this part alone).
Headless Debian chromium; every request goes to 127.0.0.1. Pages missing from app_pages/ (being
written) are left out; a page that fails to draw is reported, not fatal.
"""
from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from tests.drawn import DRAWN, LAST_RUN  # noqa: E402
from tests.test_presenting import SIZED  # noqa: E402
from tests.test_deployment import CHROMIUM_ARGS, free_port, is_local  # noqa: E402

# Records every change of Streamlit's script state ("running", "notRunning") with its time, and
# every message from the server: RUN_DONE finds in them when a run ended on the server's side.
RECORD_STATES = """
window.__kgStates = [];
new MutationObserver(records => {
  for (const r of records) {
    const state = r.target.getAttribute && r.target.getAttribute('data-test-script-state');
    if (state) window.__kgStates.push([performance.now(), state]);
  }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-test-script-state']});
// A fast run can start and finish between two renders, so that 'running' is never shown;
// the server's messages are then the sign that it answered (see RUN_DONE).
const PageSocket = window.WebSocket;
window.WebSocket = function (...args) {
  const socket = new PageSocket(...args);
  socket.addEventListener('message', () => window.__kgStates.push([performance.now(), 'message']));
  return socket;
};
window.WebSocket.prototype = PageSocket.prototype;
Object.assign(window.WebSocket, PageSocket);
"""


CHROMIUM = "/usr/bin/chromium"
BASELINE = ROOT / "benchmarks" / "baseline_app.py"
ALL_PAGES = ["overview", "poverty", "wages", "disability", "pensions", "labour", "regions", "forecasts",
             "program", "data", "methodology", "coverage"]
LANGUAGES = ["ky", "ru", "en"]
VIEWPORT = {"width": 1400, "height": 900}
DRAW_TIMEOUT = 90_000      # ms for one page to draw
SERVER_TIMEOUT = 120       # s for a server to answer /_stcore/health
CONCURRENT_TIMEOUT = 240   # s for all concurrent sessions to draw

# In every document: record script states, and note the first moment the page is fully drawn
# (performance.now(), i.e. ms since this document's navigation started).
WATCH = RECORD_STATES + f"""
window.__kgDrawnAt = null;
setInterval(() => {{
  if (window.__kgDrawnAt === null) {{
    const at = ({DRAWN})(0);
    if (at) window.__kgDrawnAt = at;
  }}
}}, 15);
"""

CLICK_NAV = """
path => {
  const links = [...document.querySelectorAll('[data-testid=stSidebarNavLink]')];
  const link = links.find(a => new URL(a.href).pathname === path);
  if (!link) return null;
  const run = (LAST_RUN)();
  const since = performance.now();
  link.click();
  return [since, run];
}
""".replace("(LAST_RUN)", f"({LAST_RUN})")

CLICK_LANGUAGE = """
name => {
  const labels = [...document.querySelectorAll('[data-testid=stSidebar] [data-testid=stRadio] label')];
  const label = labels.find(l => l.innerText.trim() === name);
  if (!label) return null;
  const run = (LAST_RUN)();
  const since = performance.now();
  label.click();
  return [since, run];
}
""".replace("(LAST_RUN)", f"({LAST_RUN})")

# When the script run that started after `since` finished on the server and its last delta
# reached the browser (the state goes back to notRunning, or, when a fast run never showed
# 'running', its last message): what is left after it is drawing.
RUN_DONE = """
since => {
  const states = window.__kgStates || [];
  const start = states.findIndex(([t, s]) => t >= since && (s === 'running' || s === 'message'));
  if (start < 0) return null;
  const done = states.slice(start).find(([t, s]) => s === 'notRunning');
  if (done) return done[0];
  // 'running' never rendered (a fast run): the last message from the server ends the run
  const messages = states.slice(start).filter(([t, s]) => s === 'message');
  return messages.length ? messages[messages.length - 1][0] : null;
}
"""

CLICK_TAB = """
index => {
  const tabs = [...document.querySelectorAll('[data-testid=stTab]')];
  if (index >= tabs.length) return null;
  const run = (LAST_RUN)();
  const since = performance.now();
  tabs[index].click();
  return [since, run];
}
""".replace("(LAST_RUN)", f"({LAST_RUN})")

LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}


def compile_modules() -> None:
    """Write the bytecode of the app's own modules, as any server start after the first finds it
    (this machine sets PYTHONDONTWRITEBYTECODE: without this, every cold start compiles them anew,
    ~0.07 s, which a deployment pays once; the Dockerfile compiles them into the image)."""
    import compileall
    for folder in ("analysis", "ui", "app_pages"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def say(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def available_pages() -> list[str]:
    return [p for p in ALL_PAGES if (ROOT / "app_pages" / p / "page.py").is_file()]


def url_path(page: str) -> str:
    return "/" if page == "overview" else f"/{page}"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (/proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(root: int) -> list[int]:
    """Every live process below `root` (the Playwright driver and the Chromium it started)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def browser_cpu(exclude: set[int]) -> dict[int, float]:
    """CPU seconds so far of each process below this one, except the servers."""
    out = {}
    for pid in descendants(os.getpid()):
        if pid not in exclude:
            try:
                out[pid] = cpu_seconds(pid)
            except (OSError, IndexError, ValueError):
                pass
    return out


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


# --- servers -----------------------------------------------------------------------------------

class Server:
    """One `streamlit run` on a free 127.0.0.1 port; `started` is when the process was spawned."""

    def __init__(self, script: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-streamlit-{self.port}.log", "w")
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(self.port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})

    def wait_healthy(self) -> float:
        deadline = time.monotonic() + SERVER_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited: see {self.log.name}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        return time.perf_counter() - self.started
            except OSError:
                time.sleep(0.02)
        raise RuntimeError(f"{self.url} not healthy within {SERVER_TIMEOUT} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


# --- the browser -------------------------------------------------------------------------------

@dataclass
class Load:
    ms: float | None          # None: did not draw in time
    run_done: float | None = None  # ms to the end of the first script run in the browser
    charts: int = 0
    exceptions: int = 0
    outside: list[str] = field(default_factory=list)
    tabs: int = 0             # tabs opened after the first (every_tab)


def new_page(browser, record: list[str] | None = None):
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(WATCH)
    page = context.new_page()
    if record is not None:
        page.on("request", lambda request: record.append(request.url))
        page.on("websocket", lambda socket_: record.append(socket_.url))
    return context, page


def wait_drawn(page, after: int = 0, timeout: float = DRAW_TIMEOUT, path: str | None = None,
               sized: bool = False) -> float | None:
    """performance.now() when a run later than `after` has drawn the whole page (and on `path`),
    None on timeout (tests/drawn.py says when a page counts as drawn). With `sized`, every chart
    has also taken the size of its box (the slides size charts and maps to the screen after their
    first draw: tests/test_presenting.py SIZED)."""
    drawn = f"(({DRAWN})(after) && ({SIZED})() && performance.now())" if sized else f"({DRAWN})(after)"
    check = f"([after, path]) => (path === null || location.pathname === path) && {drawn}"
    arg = [after, path]
    try:
        return page.wait_for_function(check, arg=arg, polling="raf", timeout=timeout).json_value()
    except Exception as error:  # noqa: BLE001 - a page that does not draw is a figure, not a crash
        if "Timeout" in type(error).__name__ or "Timeout" in str(error):
            return None
        raise


def describe(page) -> tuple[int, int]:
    charts = page.locator("[data-testid='stPlotlyChart']").count()
    exceptions = page.locator("[data-testid='stException']").count()
    return charts, exceptions


def cold_start(browser, script: str, path: str) -> tuple[float, float, Load]:
    """Server spawn -> healthy -> first page fully drawn: (total s, server s, load)."""
    record: list[str] = []
    context, page = new_page(browser, record)
    try:
        with Server(script) as server:
            ready = server.wait_healthy()
            page.goto(f"{server.url}{path}", wait_until="commit")
            drawn = wait_drawn(page)
            total = time.perf_counter() - server.started
            charts, exceptions = describe(page)
            return total if drawn else math.nan, ready, Load(drawn, page.evaluate(RUN_DONE, 0), charts, exceptions,
                                                             [u for u in record if not is_local(u)])
    finally:
        context.close()


def load_once(browser, url: str, record: list[str] | None = None, every_tab: bool = False) -> Load:
    """One page in a new session; with `every_tab`, each of its tabs is then opened in turn (a
    page with tabs builds only the open one), and a tab that fails to draw counts as not drawn."""
    context, page = new_page(browser, record)
    try:
        page.goto(url, wait_until="commit")
        drawn = wait_drawn(page)
        load = Load(drawn, page.evaluate(RUN_DONE, 0), *describe(page))
        if every_tab and drawn is not None:
            opened = open_tabs(page, list(range(1, page.locator("[data-testid='stTab']").count())))
            load.tabs = len(opened)
            load.exceptions += describe(page)[1]
            if any(v is None for v in opened):
                load.ms = None
        return load
    finally:
        context.close()


def measured_loads(browser, url: str, times: int, servers: set[int]) -> tuple[list[Load], float]:
    """`times` loads one after another, each in a new session; and the browser's CPU seconds
    per load (measured before the contexts close, while their renderer processes live)."""
    opened = [new_page(browser) for _ in range(times)]
    before = browser_cpu(servers)
    loads = []
    try:
        for _, page in opened:
            page.goto(url, wait_until="commit")
            drawn = wait_drawn(page)
            charts, exceptions = describe(page)
            loads.append(Load(drawn, page.evaluate(RUN_DONE, 0), charts, exceptions))
        after = browser_cpu(servers)
        used = sum(value - before.get(pid, 0.0) for pid, value in after.items())
        return loads, used / times
    finally:
        for context, _ in opened:
            context.close()


def concurrent_loads(browser, url: str, sessions: int, servers: set[int]) -> tuple[list[Load], float]:
    """`sessions` contexts start loading `url` within a few ms of each other; each one's time
    is measured in its own document (ms from its navigation start to fully drawn). Also the
    CPU seconds the browser (every process below this one but the servers) used meanwhile."""
    opened = [new_page(browser) for _ in range(sessions)]
    cpu_before = browser_cpu(servers)
    try:
        for _, page in opened:
            page.evaluate("url => { setTimeout(() => { location.href = url; }, 0); }", url)
        deadline = time.monotonic() + CONCURRENT_TIMEOUT
        results: list[float | None] = [None] * sessions
        while time.monotonic() < deadline and any(r is None for r in results):
            for i, (_, page) in enumerate(opened):
                if results[i] is None:
                    try:
                        results[i] = page.evaluate("() => location.protocol.startsWith('http') ? window.__kgDrawnAt : null")
                    except Exception:  # noqa: BLE001 - navigating right now; ask again
                        pass
            time.sleep(0.2)
        cpu_after = browser_cpu(servers)
        used = sum(after - cpu_before.get(pid, 0.0) for pid, after in cpu_after.items())
        loads = []
        for (_, page), ms in zip(opened, results):
            charts, exceptions = describe(page)
            loads.append(Load(ms, page.evaluate(RUN_DONE, 0), charts, exceptions))
        return loads, used
    finally:
        for context, _ in opened:
            context.close()


# A reader clicks on a page that has finished drawing: after it is drawn, Streamlit's chart
# component hands each figure to plotly once more (its theme, applied in an effect), and the
# browser's main thread stays busy for ~100-150 ms. Each timed action starts once the page is
# idle, so that a timing holds one action, not the tail of the one before.
SETTLE = """() => new Promise(done => setTimeout(() => requestIdleCallback(() => done(), {timeout: 3000}), 200))"""


def settle(page) -> None:
    page.evaluate(SETTLE)


def switch_pages(page, pages: list[str], switches: int) -> list[tuple[str, float | None, float | None]]:
    """Click sidebar links round the pages: (page, ms from the click to fully drawn, ms to the
    end of the script run)."""
    # The sidebar shows the first links only until "View more" is clicked.
    more = page.locator("[data-testid='stSidebarNavViewButton']")
    if more.count() and page.locator("[data-testid='stSidebarNavLink']").count() < len(pages):
        more.first.click()
        page.wait_for_timeout(300)
    order = pages[1:] + pages[:1]
    timings = []
    for i in range(switches):
        target = order[i % len(order)]
        path = url_path(target)
        settle(page)
        clicked = page.evaluate(CLICK_NAV, path)
        if clicked is None:
            timings.append((target, None, None))
            continue
        since, run = clicked
        drawn = wait_drawn(page, run, path=path)
        done = page.evaluate(RUN_DONE, since)
        timings.append((target, None if drawn is None else drawn - since, None if done is None else done - since))
    return timings


def timed_clicks(page, click: str, arguments: list) -> list[float | None]:
    """Run the `click` script with each argument in turn, each on an idle page: ms until drawn
    (None when there was nothing to click or the page did not draw)."""
    timings = []
    for argument in arguments:
        settle(page)
        clicked = page.evaluate(click, argument)
        if clicked is None:
            timings.append(None)
            continue
        since, run = clicked
        drawn = wait_drawn(page, run)
        timings.append(None if drawn is None else drawn - since)
    return timings


def change_language(page, changes: int) -> list[float | None]:
    """Click the sidebar's language choice (every text and chart is redrawn): ms until drawn."""
    return timed_clicks(page, CLICK_LANGUAGE, [LANGUAGE_NAMES[LANGUAGES[i % len(LANGUAGES)]] for i in range(changes)])


def change_breakdown(page, changes: int) -> list[float | None]:
    """On Poverty, pick another breakdown in its select box: ms until the charts are drawn."""
    timings = []
    box = page.locator(".st-key-poverty_breakdown [role='combobox'], .st-key-poverty_breakdown [data-baseweb='select']")
    if not box.count():
        return timings
    for _ in range(changes):
        settle(page)
        box.first.click()
        others = page.locator("[role='option']:not([aria-selected='true'])")
        try:
            others.first.wait_for(timeout=5_000)
        except Exception:  # noqa: BLE001 - the list did not open
            page.keyboard.press("Escape")
            timings.append(None)
            continue
        run, since = page.evaluate(LAST_RUN), page.evaluate("() => performance.now()")
        others.first.click()
        drawn = wait_drawn(page, run)
        timings.append(None if drawn is None else drawn - since)
    return timings


def switch_view(page, changes: int) -> list[float | None]:
    """On Poverty, switch the regions chart between its Table and Chart views (ui/chart.py): ms
    until drawn. None where the page has no views (an older version of the app)."""
    timings = []
    views = page.locator(".st-key-poverty_regions_chart_view button")
    if not views.count():
        return timings
    for change in range(changes):
        settle(page)
        run, since = page.evaluate(LAST_RUN), page.evaluate("() => performance.now()")
        views.nth(1 if change % 2 == 0 else 0).click()
        drawn = wait_drawn(page, run)
        timings.append(None if drawn is None else drawn - since)
    return timings


def open_tabs(page, order: list[int]) -> list[float | None]:
    """Click the tabs at the given places in turn, each on an idle page: ms until drawn."""
    return timed_clicks(page, CLICK_TAB, order)


def switch_tabs(page, pages: list[str]) -> dict[str, tuple[list[float | None], list[float | None]]]:
    """On each page with tabs: every tab opened once in order and back to the first (its first
    opening in this browser tab), then the same round again: {page: (first round, second round)}."""
    rounds = {}
    for name in pages:
        path = url_path(name)
        settle(page)
        clicked = page.evaluate(CLICK_NAV, path)
        if clicked is None or wait_drawn(page, clicked[1], path=path) is None:
            continue
        count = page.locator("[data-testid='stTab']").count()
        if count < 2:
            continue
        order = [*range(1, count), 0]
        rounds[name] = (open_tabs(page, order), open_tabs(page, order))
    return rounds


# --- presentation mode: a slide step ----------------------------------------------------------

# The bare page of the slide step: a button with the presentation's shortcut (→) that moves to the
# next "slide", which draws one chart, with the run's mark the wait reads (ui/drawn.py).
BARE_STEP_APP = """
import sys
sys.path.insert(0, {root!r})
import plotly.graph_objects as go
import streamlit as st
from ui import drawn

drawn.begin()
number = int(st.query_params.get("slide", "1"))


def go_to(target):
    st.query_params["slide"] = str(target)


st.button("next", key="next", shortcut="Right", on_click=go_to, args=(number + 1,))
fig = go.Figure(go.Scatter(x=list(range(2007, 2025)), y=[(7 * i * number) % 40 for i in range(18)],
                           mode="lines+markers"))
fig.update_layout(title=f"Slide {{number}}", height=500)
st.plotly_chart(fig, key=f"slide_{{number}}")
drawn.count_chart()
drawn.mark()
"""

# Press → as a clicker or a keyboard does (Streamlit's shortcuts listen on the document), on an idle
# page; returns [performance.now() at the press, the run number before it].
PRESS_KEY = """
key => {
  const run = (LAST_RUN)();
  const since = performance.now();
  for (const type of ['keydown', 'keyup'])
    document.dispatchEvent(new KeyboardEvent(type, {key, code: key, bubbles: true, cancelable: true}));
  return [since, run];
}
""".replace("(LAST_RUN)", f"({LAST_RUN})")


# The slide shown is drawn: a run later than `after` has ended (its mark is there, as in
# tests/drawn.py), and every chart of the slot that is shown (app_pages/present/page.py: this slide in one
# slot, the next one drawn hidden in the other) is mounted with its SVG and data, at its size.
SHOWN_DRAWN = r"""
after => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.dataset.testScriptState !== 'notRunning') return false;
  const marks = [...document.querySelectorAll('[class*="st-key-drawn-run-"]')];
  if (marks.length !== 1 || Number(marks[0].className.match(/st-key-drawn-run-(\d+)/)[1]) <= after) return false;
  const slots = [...document.querySelectorAll('.st-key-present_slides > [data-testid=stLayoutWrapper]')];
  const shown = slots.find(w => getComputedStyle(w).visibility !== 'hidden');
  if (!shown || shown.querySelector('[data-stale=true], [data-testid=stSkeleton], [data-testid=stSkeletonElement]')) return false;
  const boxes = [...shown.querySelectorAll('[data-testid=stPlotlyChart]')];
  const ready = boxes.length > 0 && boxes.every(box => {
    const gd = box.querySelector('.js-plotly-plot');
    return gd && gd.querySelector('.main-svg') && (gd.data || []).length > 0 && gd._fullLayout
      && Math.abs(gd._fullLayout.height - box.clientHeight) <= 2
      && (!gd._fullLayout.map || gd._fullLayout.map._subplot.map.loaded());
  });
  return ready && performance.now();
}
"""


def slide_steps(browser, url: str, steps: int, shown_too: bool = True) -> list[tuple]:
    """Open `url` (slide 1), then press → `steps` times, each on an idle page: (the slide it went
    to, ms from the key press until the whole page is drawn at its size, ms until the slide shown
    is: the next slide, drawn hidden in the same run, may take longer). The slides' figures are
    built on the server while the first one is shown (ui.presentation.warm), as when a presenter
    starts."""
    context, page = new_page(browser)
    timings = []
    try:
        page.goto(url, wait_until="commit")
        if wait_drawn(page, sized=True) is None:
            return [("open", None, None)]
        page.wait_for_timeout(1500)                      # the presenter's first sentence
        for _ in range(steps):
            settle(page)
            since, run = page.evaluate(PRESS_KEY, "ArrowRight")
            shown = None
            if shown_too:
                try:
                    shown = page.wait_for_function(SHOWN_DRAWN, arg=run, polling="raf", timeout=DRAW_TIMEOUT).json_value()
                except Exception:  # noqa: BLE001 - a slide that does not draw is a figure, not a crash
                    shown = None
            drawn = wait_drawn(page, run, sized=True)
            where = page.evaluate("() => new URLSearchParams(location.search).get('slide') || '1'")
            timings.append((where, None if drawn is None else drawn - since, None if shown is None else shown - since))
    finally:
        context.close()
    return timings


def measure_slide_steps(browser, app_url: str, rounds: int = 3, steps: int = 5) -> dict[str, list]:
    """The presentation's slide steps (ky, ru, en in turn, a fresh session each) against the bare
    page's: {"app": [(slide, ms), ...], "bare": [...]}."""
    out: dict[str, list] = {"app": [], "bare": []}
    for i in range(rounds):
        lang = LANGUAGES[i % len(LANGUAGES)]
        out["app"] += slide_steps(browser, f"{app_url}/present?lang={lang}", steps)
    script = Path(os.environ.get("TMPDIR", "/tmp")) / "bench_bare_step_app.py"
    script.write_text(BARE_STEP_APP.format(root=str(ROOT)), encoding="utf-8")
    try:
        with Server(str(script)) as bare:
            bare.wait_healthy()
            slide_steps(browser, f"{bare.url}/", 1, False)   # the bare page's first load, as the app's server had
            for _ in range(rounds):
                out["bare"] += slide_steps(browser, f"{bare.url}/", steps, False)
    finally:
        script.unlink(missing_ok=True)
    return out


def report_slide_steps(steps: dict[str, list]) -> None:
    app = [v for _, v, _ in steps["app"] if v is not None]
    shown = [v for _, _, v in steps["app"] if v is not None]
    bare = [v for _, v, _ in steps["bare"] if v is not None]
    by_slide: dict[str, list] = {}
    for slide, value, seen in steps["app"]:
        by_slide.setdefault(slide, []).append((value, seen))
    print("Slide steps in presentation mode (→ pressed until drawn, ms: the slide shown / the whole page, "
          "the next slide drawn hidden with it):")
    for slide, values in sorted(by_slide.items()):
        print(f"  to slide {slide}: {', '.join(f'{ms(b)} / {ms(a)}' for a, b in values)}")
    print(f"  bare page: {', '.join(ms(v) for _, v, _ in steps['bare'])}")
    app_median = statistics.median(app) if app else math.nan
    shown_median = statistics.median(shown) if shown else math.nan
    bare_median = statistics.median(bare) if bare else math.nan
    row(f"slide step (→) until the slide shown is drawn, median of {len(shown)}/{len(steps['app'])}",
        f"{ms(shown_median)}; slowest {ms(max(shown) if shown else None)}", "< 300 ms",
        len(shown) == len(steps["app"]) and shown_median < 300 and max(shown) < 300)
    row(f"... until the whole page is drawn (the next slide too), median of {len(app)}",
        f"{ms(app_median)}; slowest {ms(max(app) if app else None)}", "(info)", None)
    row("... the same step on a bare page, median", f"{ms(bare_median)} (shown slide {shown_median / bare_median:.2f}x); "
        f"slowest {ms(max(bare) if bare else None)}",
        "(info)", None)


# --- the server's rerun in AppTest -------------------------------------------------------------

def apptest_reruns(pages: list[str], runs: int, server_bytecode: bool = False) -> tuple[float, dict[str, float]]:
    """Median seconds of at.run() after the first, for the baseline and for each page (lang=en).

    AppTest compiles the scripts anew on every run (a new ScriptCache each time); a server
    compiles each script once. `server_bytecode` shares one ScriptCache, as the server does.
    """
    from streamlit.runtime.scriptrunner import script_cache
    from streamlit.testing.v1 import app_test, local_script_runner
    from streamlit.testing.v1 import AppTest

    from tests.test_app import open_page

    shared = script_cache.ScriptCache()
    originals = app_test.ScriptCache, local_script_runner.ScriptCache
    if server_bytecode:
        app_test.ScriptCache = local_script_runner.ScriptCache = lambda: shared

    def timed(at) -> float:
        durations = []
        for _ in range(runs):
            start = time.perf_counter()
            at.run()
            durations.append(time.perf_counter() - start)
        return statistics.median(durations)

    try:
        baseline = AppTest.from_file(str(BASELINE), default_timeout=60)
        baseline.run()
        base = timed(baseline)
        per_page = {}
        for page in pages:
            try:
                at = open_page(page, "en")
                per_page[page] = timed(at) if not at.exception else math.nan
            except Exception as error:  # noqa: BLE001 - a page being written may break
                say(f"AppTest {page}: {type(error).__name__}: {error}")
                per_page[page] = math.nan
    finally:
        app_test.ScriptCache, local_script_runner.ScriptCache = originals
    return base, per_page


# --- the report --------------------------------------------------------------------------------

ROWS: list[tuple[str, str, str, str]] = []


def row(name: str, value: str, target: str, ok: bool | None) -> None:
    ROWS.append((name, value, target, "n/a" if ok is None else ("PASS" if ok else "FAIL")))


def print_table() -> None:
    widths = [max(len(r[i]) for r in [("figure", "value", "target", "result"), *ROWS]) for i in range(4)]
    line = "  ".join("{:<%d}" % w for w in widths)
    print()
    print(line.format("figure", "value", "target", "result"))
    print(line.format(*("-" * w for w in widths)))
    for r in ROWS:
        print(line.format(*r))
    print(flush=True)


def ms(value: float | None) -> str:
    return "—" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cold-runs", type=int, default=3, help="cold starts of each app (median; default 3)")
    parser.add_argument("--switches", type=int, default=22, help="page switches in the browser (default 22)")
    parser.add_argument("--sessions", type=int, default=25, help="concurrent sessions (default 25, at most 40)")
    parser.add_argument("--reruns", type=int, default=5, help="AppTest reruns per page (median; default 5)")
    parser.add_argument("--no-cluster", action="store_true", help="skip the concurrent run through nginx")
    parser.add_argument("--slide-steps", action="store_true",
                        help="only the presentation's slide steps against the bare page's")
    parser.add_argument("--burst", action="store_true",
                        help="only the burst of --sessions browsers, on the app and on the bare page")
    args = parser.parse_args()
    if args.slide_steps:
        return slide_steps_only()
    if args.burst:
        return burst_only(max(1, min(args.sessions, 40)))
    args.sessions = max(1, min(args.sessions, 40))
    args.cold_runs = max(1, min(args.cold_runs, 10))
    args.switches = max(1, min(args.switches, 100))
    pages = available_pages()
    say(f"pages: {', '.join(pages)} ({os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f})")
    if "overview" not in pages:
        sys.exit("[bench] app_pages/overview/page.py is missing")

    # 2b. The server's rerun, in AppTest (no browser running yet).
    say("AppTest: rerun of the baseline and of each page")
    base_rerun, reruns = apptest_reruns(pages, args.reruns)
    base_cached, reruns_cached = apptest_reruns(pages, args.reruns, server_bytecode=True)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        outside: list[str] = []

        # 1. Cold start, alternating baseline and app.
        compile_modules()
        cold = {"baseline": [], "app": []}
        cold_server = {"baseline": [], "app": []}
        for run in range(args.cold_runs):
            for name, script, path in (("baseline", "benchmarks/baseline_app.py", "/"),
                                       ("app", "server.py", "/?lang=en")):
                total, ready, load = cold_start(browser, script, path)
                outside += load.outside
                cold[name].append(total)
                cold_server[name].append(ready)
                say(f"cold start {name} #{run + 1}: {total:.2f} s (server healthy after {ready:.2f} s; "
                    f"{load.charts} charts, {load.exceptions} exceptions)")

        # 3. Every page in every language on one fresh server, then its memory; 2a. switches.
        first_loads: dict[str, list[float]] = {p: [] for p in pages}
        broken: list[str] = []
        tabs_opened = 0
        with Server("server.py") as server:
            server.wait_healthy()
            rss_start = rss_mb(server.process.pid)
            rss_first = None
            for lang in LANGUAGES:
                for name in pages:
                    record: list[str] = []
                    load = load_once(browser, f"{server.url}{url_path(name)}?lang={lang}", record, every_tab=True)
                    tabs_opened += load.tabs
                    outside += [u for u in record if not is_local(u)]
                    if load.ms is None or load.exceptions:
                        broken.append(f"{name}?lang={lang} ({'no draw' if load.ms is None else 'exception'})")
                    else:
                        first_loads[name].append(load.ms)
                    rss_first = rss_first or rss_mb(server.process.pid)
            rss_all = rss_mb(server.process.pid)
            say(f"memory: {rss_start:.0f} MB after start, {rss_first:.0f} MB after the first page, "
                f"{rss_all:.0f} MB after {len(pages) * 3} page loads and {tabs_opened} more tabs opened")

            context, page = new_page(browser)
            page.goto(f"{server.url}/?lang=en", wait_until="commit")
            wait_drawn(page)
            # The first lap visits each page for the first time in this tab (its code and chunks load
            # then); the timed switches after it go to pages visited before, as most switches do.
            first_visits = switch_pages(page, pages, len(pages))
            switch_times = switch_pages(page, pages, args.switches)
            tab_rounds = switch_tabs(page, pages)
            language_times, breakdown_times, view_times = [], [], []
            if "poverty" in pages:
                clicked = page.evaluate(CLICK_NAV, "/poverty")
                if clicked is not None and wait_drawn(page, clicked[1], path="/poverty") is not None:
                    breakdown_times = change_breakdown(page, 6)
                    view_times = switch_view(page, 6)
            language_times = change_language(page, 6)
            context.close()
            slide_step_times = measure_slide_steps(browser, server.url)

            # 4. Concurrent sessions on one process.
            single_loads, single_client_cpu = measured_loads(browser, f"{server.url}/?lang=en", 3,
                                                             {server.process.pid})
            single_ms = statistics.median([l.ms for l in single_loads if l.ms is not None] or [math.nan])
            single_runs = [l.run_done for l in single_loads]
            cpu_before, wall_before = cpu_seconds(server.process.pid), time.perf_counter()
            loads, client_cpu = concurrent_loads(browser, f"{server.url}/?lang=en", args.sessions,
                                                 {server.process.pid})
            server_cpu = cpu_seconds(server.process.pid) - cpu_before
            burst_wall = time.perf_counter() - wall_before
            rss_after_concurrent = rss_mb(server.process.pid)

        base_rss = None
        with Server("benchmarks/baseline_app.py") as server:
            server.wait_healthy()
            load_once(browser, f"{server.url}/")
            base_rss = rss_mb(server.process.pid)
            base_loads, base_client_cpu = measured_loads(browser, f"{server.url}/", 3, {server.process.pid})
            base_single_ms = statistics.median([l.ms for l in base_loads if l.ms is not None] or [math.nan])
            # The same burst against the bare page: what 25 browsers on these CPUs cost by themselves.
            base_burst, base_burst_cpu = concurrent_loads(browser, f"{server.url}/", args.sessions, {server.process.pid})

        cluster_loads, cluster_single = None, None
        if not args.no_cluster:
            from serve_cluster import Cluster, find_nginx
            if find_nginx():
                with Cluster(port=free_port(), workers=2) as cluster:
                    cluster_single = statistics.median(
                        [s for s in (load_once(browser, f"{cluster.url}/?lang=en").ms for _ in range(3))
                         if s is not None] or [math.nan])
                    pids = [w.process.pid for w in cluster.pool]
                    before = sum(cpu_seconds(pid) for pid in pids)
                    cluster_loads, cluster_client_cpu = concurrent_loads(
                        browser, f"{cluster.url}/?lang=en", args.sessions,
                        {*pids, cluster.nginx_process.pid})
                    cluster_cpu = sum(cpu_seconds(pid) for pid in pids) - before
            else:
                say("nginx is not installed: no concurrent run through the cluster")
        browser.close()

    # --- figures ---
    print()
    print("Server rerun in AppTest (lang=en, median of "
          f"{args.reruns}); baseline {base_rerun * 1000:.0f} ms")
    for name, seconds in sorted(reruns.items(), key=lambda kv: -(kv[1] if not math.isnan(kv[1]) else 1e9)):
        print(f"  {name:12s} {ms(seconds * 1000):>8s}  {seconds / base_rerun:5.1f}x")
    print("... with the bytecode compiled once, as on the server; baseline "
          f"{base_cached * 1000:.0f} ms")
    for name, seconds in sorted(reruns_cached.items(), key=lambda kv: -(kv[1] if not math.isnan(kv[1]) else 1e9)):
        print(f"  {name:12s} {ms(seconds * 1000):>8s}  {seconds / base_cached:5.1f}x")
    print("First load of each page in a new session (median over ky/ru/en; ms from navigation to drawn):")
    for name in pages:
        print(f"  {name:12s} {ms(statistics.median(first_loads[name]) if first_loads[name] else None):>8s}")
    print("Page switch by sidebar click, per destination (ms; later visits: median):")
    by_target: dict[str, list[float]] = {}
    run_by_target: dict[str, list[float]] = {}
    for target, value, done in switch_times:
        if value is not None:
            by_target.setdefault(target, []).append(value)
        if done is not None:
            run_by_target.setdefault(target, []).append(done)
    first_by_target = {target: value for target, value, _ in first_visits}
    print(f"  {'page':12s} {'1st visit':>9s} {'drawn':>8s} {'run done':>9s}")
    for name in pages:
        print(f"  {name:12s} {ms(first_by_target.get(name)):>9s} "
              f"{ms(statistics.median(by_target[name]) if name in by_target else None):>8s} "
              f"{ms(statistics.median(run_by_target[name]) if name in run_by_target else None):>9s}")
    print("Tab switches on the pages with tabs (ms; each tab in turn, then back to the first):")
    for name, (first_round, second_round) in tab_rounds.items():
        print(f"  {name:12s} first opening: {', '.join(ms(v) for v in first_round)}")
        print(f"  {'':12s} again:         {', '.join(ms(v) for v in second_round)}")
    print(f"Language changes: {', '.join(ms(v) for v in language_times)}")
    print(f"Poverty breakdown changes: {', '.join(ms(v) for v in breakdown_times) or '—'}")
    print(f"Poverty regions chart, Table and Chart views in turn: {', '.join(ms(v) for v in view_times) or '—'}")
    done = [l.ms for l in loads if l.ms is not None]
    runs = [l.run_done for l in loads if l.run_done is not None]
    print(f"{args.sessions} concurrent Overview loads on one process (s): "
          + ", ".join(f"{v / 1000:.1f}" for v in sorted(done)))
    if cluster_loads:
        print(f"{args.sessions} concurrent Overview loads through nginx, 2 processes (s): "
              + ", ".join(f"{l.ms / 1000:.1f}" for l in sorted(cluster_loads, key=lambda l: l.ms or 1e9) if l.ms))
    if broken:
        print(f"Pages that did not draw or showed an exception: {', '.join(broken)}")
    if outside:
        print(f"Requests that left localhost: {sorted(set(outside))}")

    # --- the table ---
    app_cold, base_cold = statistics.median(cold["app"]), statistics.median(cold["baseline"])
    ratio = app_cold / base_cold
    row("cold start to drawn Overview (median)", f"{app_cold:.2f} s (server {statistics.median(cold_server['app']):.2f} s)",
        "", None)
    row("cold start, baseline (median)", f"{base_cold:.2f} s (server {statistics.median(cold_server['baseline']):.2f} s)",
        "", None)
    row("cold start ratio app/baseline", f"{ratio:.2f}x", "<= 1.5x", ratio <= 1.5)
    switches_ok = [v for _, v, _ in switch_times if v is not None]
    runs_done = [d for _, _, d in switch_times if d is not None]
    switch_median = statistics.median(switches_ok) if switches_ok else math.nan
    row(f"page switch to drawn, page visited before (median of {len(switches_ok)}/{len(switch_times)})",
        ms(switch_median), "< 300 ms", len(switches_ok) == len(switch_times) and switch_median < 300)
    firsts_ok = [v for _, v, _ in first_visits if v is not None]
    first_median = statistics.median(firsts_ok) if firsts_ok else math.nan
    row(f"page switch to drawn, first visit in the tab (median of {len(firsts_ok)}/{len(first_visits)})",
        ms(first_median), "< 300 ms", len(firsts_ok) == len(first_visits) and first_median < 300)
    if runs_done:
        row("... of which until the script run ended", ms(statistics.median(runs_done)), "", None)
    for label, values in (("tab switch to drawn, tab opened before", [v for _, r in tab_rounds.values() for v in r]),
                          ("tab switch to drawn, first opening in the tab",
                           [v for r, _ in tab_rounds.values() for v in r])):
        if values:
            done_ok = [v for v in values if v is not None]
            median = statistics.median(done_ok) if done_ok else math.nan
            row(f"{label} (median of {len(done_ok)}/{len(values)})", ms(median), "< 300 ms",
                len(done_ok) == len(values) and median < 300)
    widget = [v for v in language_times + breakdown_times if v is not None]
    if widget:
        widget_median = statistics.median(widget)
        row(f"widget change to drawn (median of {len(widget)})", ms(widget_median), "< 300 ms", widget_median < 300)
    views = [v for v in view_times if v is not None]
    if views:
        row(f"view switch (Table/Chart) to drawn (median of {len(views)})", ms(statistics.median(views)), "< 300 ms",
            statistics.median(views) < 300)
    valid = {p: s for p, s in reruns.items() if not math.isnan(s)}
    worst = max(valid, key=valid.get)
    row("server rerun, baseline (AppTest)", ms(base_rerun * 1000), "", None)
    row("server rerun, median over pages", f"{ms(statistics.median(valid.values()) * 1000)} "
        f"({statistics.median(valid.values()) / base_rerun:.1f}x)", "<= 3x", statistics.median(valid.values()) / base_rerun <= 3)
    row(f"server rerun, slowest page ({worst})", f"{ms(valid[worst] * 1000)} ({valid[worst] / base_rerun:.1f}x)",
        "<= 3x", valid[worst] / base_rerun <= 3)
    within = sum(1 for s in valid.values() if s / base_rerun <= 3)
    row("pages whose rerun is within 3x", f"{within}/{len(reruns)}", f"{len(reruns)}/{len(reruns)}",
        within == len(reruns))
    cached = {p: s for p, s in reruns_cached.items() if not math.isnan(s)}
    if cached:
        cached_median = statistics.median(cached.values())
        row("... bytecode compiled once (as on the server): median, baseline",
            f"{ms(cached_median * 1000)} ({cached_median / base_cached:.1f}x), {ms(base_cached * 1000)}", "(info)", None)
    row(f"server RSS after {len(pages)} pages and their tabs x 3 languages", f"{rss_all:.0f} MB (start {rss_start:.0f}, 1st page "
        f"{rss_first:.0f}; baseline {base_rss:.0f})", "< 350 MB", rss_all < 350)
    row(f"server RSS after {args.sessions} more sessions", f"{rss_after_concurrent:.0f} MB", "", None)
    p95 = percentile(done, 95) if done else math.nan
    row("one session loading Overview (median of 3)", f"{ms(single_ms)}; browser CPU {single_client_cpu:.1f} s", "", None)
    row("one session loading the baseline (median of 3)", f"{ms(base_single_ms)}; browser CPU {base_client_cpu:.1f} s",
        "", None)
    row(f"{args.sessions} concurrent sessions: drawn", f"{len(done)}/{args.sessions}", f"{args.sessions}/{args.sessions}",
        len(done) == args.sessions and not any(l.exceptions for l in loads))
    row(f"{args.sessions} concurrent sessions: p95 / single", f"{ms(p95)} ({p95 / single_ms:.1f}x)", "<= 3x",
        len(done) == args.sessions and p95 / single_ms <= 3)
    base_done = [l.ms for l in base_burst if l.ms is not None]
    if base_done:
        base_p95 = percentile(base_done, 95)
        row(f"... the baseline under the same burst: p95 / single", f"{ms(base_p95)} / {ms(base_single_ms)} "
            f"({base_p95 / base_single_ms:.1f}x; browser CPU {base_burst_cpu:.1f} s)", "(info)", None)
    if runs:
        single_run = statistics.median([s for s in single_runs if s is not None] or [math.nan])
        row("... p95 until the script run ended / single", f"{ms(percentile(runs, 95))} / {ms(single_run)}", "", None)
    row("... CPU during the burst: server / browser", f"{server_cpu:.1f} s / {client_cpu:.1f} s in {burst_wall:.0f} s "
        f"wall on {os.cpu_count()} CPUs ({server_cpu / args.sessions:.2f} s server per session)", "", None)
    if cluster_loads is not None:
        cdone = [l.ms for l in cluster_loads if l.ms is not None]
        cp95 = percentile(cdone, 95) if cdone else math.nan
        row(f"... through nginx, 2 processes: p95 / single", f"{ms(cp95)} / {ms(cluster_single)} "
            f"({cp95 / cluster_single:.1f}x; {len(cdone)}/{args.sessions} drawn; CPU server {cluster_cpu:.1f} s, "
            f"browser {cluster_client_cpu:.1f} s)",
            "(info)", None)
    report_slide_steps(slide_step_times)
    row("pages that failed to draw / raised", str(len(broken)), "0", not broken)
    row("requests off localhost", str(len(set(outside))), "0", not outside)
    print_table()
    return 0


def slide_steps_only() -> int:
    """`--slide-steps`: a fresh app server and the bare page, the slide steps only."""
    from playwright.sync_api import sync_playwright

    say(f"slide steps ({os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f})")
    compile_modules()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        with Server("server.py") as server:
            server.wait_healthy()
            load_once(browser, f"{server.url}/?lang=en")      # the server's first page, as after a start
            steps = measure_slide_steps(browser, server.url)
        browser.close()
    report_slide_steps(steps)
    print_table()
    return 0


def burst(browser, script: str, path: str, sessions: int) -> tuple[list[Load], float, float]:
    """On a fresh server of `script`, warmed by one load: (the burst's loads, one session's load alone
    (median of 3), the server's CPU seconds during the burst)."""
    with Server(script) as server:
        server.wait_healthy()
        load_once(browser, server.url + path)
        single, _ = measured_loads(browser, server.url + path, 3, {server.process.pid})
        single_ms = statistics.median([l.ms for l in single if l.ms is not None] or [math.nan])
        before = cpu_seconds(server.process.pid)
        loads, _ = concurrent_loads(browser, server.url + path, sessions, {server.process.pid})
        return loads, single_ms, cpu_seconds(server.process.pid) - before


def burst_only(sessions: int) -> int:
    """`--burst`: `sessions` Chromium tabs load the Overview at once, and the same burst on the bare page; the
    browsers share the server's cores, so the app's p95 is set against the bare page's under the same burst."""
    from playwright.sync_api import sync_playwright

    say(f"{sessions} browsers at once ({os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f})")
    compile_modules()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        app, app_single, app_cpu = burst(browser, "server.py", "/?lang=en", sessions)
        base, base_single, base_cpu = burst(browser, "benchmarks/baseline_app.py", "/", sessions)
        browser.close()
    drawn = [l.ms for l in app if l.ms is not None]
    base_drawn = [l.ms for l in base if l.ms is not None]
    p95, base_p95 = (percentile(drawn, 95) if drawn else math.nan), (percentile(base_drawn, 95) if base_drawn else math.nan)
    row(f"{sessions} Overviews at once: drawn, no exception", f"{len(drawn)}/{sessions}", f"{sessions}/{sessions}",
        len(drawn) == sessions and not any(l.exceptions for l in app))
    row("... p95 / one alone", f"{ms(p95)} / {ms(app_single)} ({p95 / app_single:.1f}x)", "(info)", None)
    row(f"the bare page, {sessions} at once: p95 / one alone", f"{ms(base_p95)} / {ms(base_single)} "
        f"({base_p95 / base_single:.1f}x)", "(info)", None)
    row("the app's p95 / the bare page's, under the same burst", f"{p95 / base_p95:.1f}x", "(info)", None)
    row("server CPU during the burst: app / bare page", f"{app_cpu:.1f} s / {base_cpu:.1f} s", "(info)", None)
    print_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
