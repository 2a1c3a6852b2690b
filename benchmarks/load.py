"""Many people on the dashboard at once, measured at the server: Streamlit's own WebSocket protocol, no browser.

    .venv/bin/python benchmarks/load.py                            # 10, 25, 50, 100 sessions, both configs, ~25 min
    .venv/bin/python benchmarks/load.py --sessions 50 --configs default --cluster   # also the 2-process cluster
    .venv/bin/python benchmarks/load.py --root /tmp/copy --flag runner.postScriptGC=true   # a copy, an option
    .venv/bin/python benchmarks/load.py --url http://127.0.0.1:8501 --pid 1234 --sessions 25
    .venv/bin/python benchmarks/load.py --burst 20 --repeat 3      # 20 first loads at once on a fresh server
    .venv/bin/python benchmarks/load.py --soak 1000                # sessions one after another: memory, sessions kept
    .venv/bin/python benchmarks/load.py --kill-test                # a cluster worker killed under 50 sessions

Each session is a tab (benchmarks/load_client.py: the messages Streamlit's frontend sends, read from the
frontend the package ships): it loads a random page in a random language (ky, ru, en), then every
--interval seconds (5) switches to another random page and language, never before its last page finished.
Sessions arrive spread over the first interval; the measured window (--duration, 60 s) starts when every
one has loaded. Per row it prints: sessions held at the end of the window (and those that could not load
within --timeout), page loads p50/p95, reruns per second, p50/p95/p99 from the rerun request to its
script_finished message, errors (an exception element, a compile error, a page not found, a wrong page, a
lost connection; the first few are printed), the server's CPU per rerun and share of a core, its memory
(VmRSS, all processes of a cluster), the machine's load average (1 min, at the end), and this client's
own CPU. Every row runs against a fresh server, warmed first by one session through every page in every
language (a row measures serving; --burst measures first loads on a process just started); the bare page (benchmarks/baseline_app.py, one chart) runs
the same load beside the app as the baseline. Servers: one `streamlit run server.py` on 127.0.0.1:--port
(8760) with the config under test, or (--cluster) scripts/serve_cluster.py with 2 processes behind nginx,
the settings passed as STREAMLIT_* environment variables; each session keeps its cookies, so nginx's
sticky cookie holds it to one process. "default" is the repository's .streamlit/config.toml as `streamlit
run server.py` reads it; "streamlit-defaults" puts back Streamlit's own defaults for the settings it changes
(runner.postScriptGC true, server.fileWatcherType auto, server.enableWebsocketCompression false).

Why a small asyncio client and not Locust: one process holds hundreds of WebSockets for a few % of a core
(the figure is printed), it needs only `websockets`, which the app's requirements already pin (Streamlit's
server uses it), and the protocol (protobuf BackMsg/ForwardMsg, the message cache) has to be spoken by hand
in either; Locust would add gevent and a WebSocket client of its own for no gain at this size.

Agreement with the browser, checked once (2026-12-02, idle server, runner.postScriptGC false and no file
watcher, the same page switches in English, medians of 4 each, ms):
    page        this client   Chromium, on the wire   Chromium: click -> run done   click -> drawn
    overview        14              26                          188                     236
    poverty         14              22                           97                     176
    wages           19              26                          106                     115
    labour          14              17                           86                     121
    regions         19              25                          136                     137
    coverage        20              30                           62                      66
"On the wire": the rerun BackMsg of benchmarks/browser.py's sidebar click to its script_finished, timed by
a proxy between Chromium and the server. Chromium sends the same rerun (the page's hash, the language
radio's state, its cached hashes) and the server answers it in about the same time (a few ms more with
Chromium busy on the same 2 cores); the rest of what the browser shows is the browser.

What it does not measure:
  - the browser: parsing the messages, React, plotly drawing the charts, the map; a page switch the user
    sees takes that much longer (benchmarks/browser.py measures it);
  - the static files a first visit fetches (the frontend's JavaScript, CSS, fonts: a few MB, cached by the
    browser afterwards) and /media/ files (downloads are made only when asked);
  - network latency and bandwidth: everything runs on 127.0.0.1 (the client shares the server's 2 cores;
    its CPU is printed);
  - widgets inside a page (tabs, selectboxes, a chart's Table view): only page and language switches;
  - users who click before a page finished (a session never interrupts its own run).
"""
from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_client import LANGUAGES, Session, SessionError  # noqa: E402
from load_servers import STREAMLIT_DEFAULTS, ClusterServer, Server, cpu_seconds, rss_mb  # noqa: E402

PAGES = ["overview", "poverty", "wages", "disability", "pensions", "labour", "regions", "forecasts",
         "program", "data", "methodology", "coverage"]
BASELINE = "benchmarks/baseline_app.py"
CONFIGS = {"default": [], "streamlit-defaults": STREAMLIT_DEFAULTS}
DEFAULT_SESSIONS = [10, 25, 50, 100]
SHOWN_ERRORS = 5


def path_of(page: str) -> str:
    """The page's URL path as Streamlit names it: the default page (Overview) is ""."""
    return "" if page == "overview" else page


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile; nan when there is nothing."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


@dataclass
class Result:
    label: str
    sessions: int
    held: int = 0
    not_loaded: int = 0
    loads: list[float] = field(default_factory=list)
    switches: list[float] = field(default_factory=list)   # the reruns sent in the window
    window: float = 0.0
    errors: list[str] = field(default_factory=list)
    cpu: float = 0.0          # server CPU seconds in the window
    rss: float = 0.0          # server MB at the end of the window
    rss_peak: float = 0.0
    client_cpu: float = 0.0
    load_average: float = 0.0   # the machine's, 1 min, at the end of the window
    load_before: float = math.nan  # the same before the server started
    upstreams: dict[str, int] = field(default_factory=dict)     # the process holding each session -> sessions

    @property
    def rate(self) -> float:
        return len(self.switches) / self.window if self.window else 0.0

    @property
    def cpu_per_rerun(self) -> float:
        return self.cpu / len(self.switches) if self.switches else math.nan

    def passed(self, p95_limit: float = 1.0) -> bool:
        return (self.held == self.sessions and not self.errors
                and percentile(self.switches, 95) < p95_limit and percentile(self.loads, 95) < p95_limit)


def record(result: Result, run, into: list[float]) -> None:
    into.append(run.seconds)
    result.errors.extend(f"{run.page or 'overview'}/{run.lang}: {error}" for error in run.errors)


async def run_load(url: str, sessions: int, pids, interval: float = 5.0, duration: float = 60.0,
                   ramp: float | None = None, timeout: float = 60.0, pages: list[str] | None = None,
                   languages: list[str] | None = None, seed: int = 1, label: str = "") -> Result:
    """`sessions` tabs on url, each switching page and language every `interval` s; measured for `duration` s
    after the last one loaded (ramp: seconds over which they arrive, default one interval; 0: all at once).
    pids: a callable giving the server's process ids (read again at the end: a cluster restarts them)."""
    pages = [path_of(p) for p in (pages or PAGES)]
    languages = languages or LANGUAGES
    rng = random.Random(seed)
    ramp = interval if ramp is None else ramp
    result = Result(label, sessions)
    loaded = asyncio.Event()
    stopping = asyncio.Event()
    pending = [sessions]   # sessions still loading
    window: dict[str, float] = {}

    def one_loaded() -> None:
        pending[0] -= 1
        if pending[0] == 0:
            loaded.set()

    async def tab(index: int) -> None:
        tab_rng = random.Random(rng.random())
        await asyncio.sleep(tab_rng.uniform(0, ramp))
        session = Session(url, timeout)
        try:
            try:
                run = await session.open(tab_rng.choice(pages), tab_rng.choice(languages))
            except (SessionError, OSError) as error:
                result.not_loaded += 1
                result.errors.append(f"load: {error}")
                return
            finally:
                one_loaded()
            record(result, run, result.loads)
            result.upstreams[session.upstream] = result.upstreams.get(session.upstream, 0) + 1
            next_at = run.sent + interval
            while not stopping.is_set():   # (wait_for with a timeout of 0 never sees it set: a late session)
                try:
                    await asyncio.wait_for(stopping.wait(), max(0.0, next_at - time.monotonic()))
                    break
                except asyncio.TimeoutError:
                    pass
                choices = [p for p in pages if p != session.page] or pages
                try:
                    run = await session.switch(tab_rng.choice(choices), tab_rng.choice(languages))
                except SessionError as error:
                    result.errors.append(f"session {index}: {error}")
                    return
                if window.get("start", math.inf) <= run.sent < window.get("end", math.inf):
                    record(result, run, result.switches)
                next_at = max(next_at + interval, time.monotonic())
            result.held += 1
        finally:
            await session.close()

    tasks = [asyncio.create_task(tab(i)) for i in range(sessions)]
    await loaded.wait()
    window["start"] = time.monotonic()
    cpu0, client0 = cpu_seconds(pids()), time.process_time()
    peak = 0.0
    while time.monotonic() < window["start"] + duration:
        await asyncio.sleep(1.0)
        peak = max(peak, rss_mb(pids()))
    window["end"] = time.monotonic()
    result.cpu = cpu_seconds(pids()) - cpu0
    result.client_cpu = time.process_time() - client0
    result.rss, result.rss_peak = rss_mb(pids()), max(peak, rss_mb(pids()))
    result.load_average = os.getloadavg()[0]
    result.window = window["end"] - window["start"]
    stopping.set()
    await asyncio.gather(*tasks)   # runs in flight finish: their time counts if they were sent in the window
    return result


async def warm(url: str, pages: list[str], timeout: float = 120.0) -> None:
    """One session through every page in every language, as the server is after its first visitors: the
    modules imported and the caches filled, so that a row measures serving, not starting."""
    session = Session(url, timeout)
    try:
        await session.open(path_of(pages[0]), LANGUAGES[0])
        for lang in LANGUAGES:
            for page in pages:
                await session.switch(path_of(page), lang)
    finally:
        await session.close()


async def soak(url: str, sessions: int, timeout: float = 60.0, seed: int = 1, every: int = 100, on_step=None):
    """Sessions one after another: open (random page and language), one page switch, close. Calls
    on_step(done) after every `every` sessions; returns the errors."""
    rng = random.Random(seed)
    pages = [path_of(p) for p in PAGES]
    errors = []
    for done in range(1, sessions + 1):
        session = Session(url, timeout)
        try:
            for run in [await session.open(rng.choice(pages), rng.choice(LANGUAGES)),
                        await session.switch(rng.choice(pages), rng.choice(LANGUAGES))]:
                errors.extend(run.errors)
        except SessionError as error:
            errors.append(str(error))
        finally:
            await session.close()
        if on_step and done % every == 0:
            on_step(done)
    return errors


# --- reporting ------------------------------------------------------------------------------------

HEADER = (f"{'server':<22} {'N':>4} {'held':>5} {'loads p50/p95':>14} {'reruns/s':>8} {'p50':>6} {'p95':>6} "
          f"{'p99':>6} {'err':>4} {'CPU/rerun':>9} {'CPU':>5} {'MB':>5} {'load':>9} {'client':>6}  ok")


def ms(seconds: float) -> str:
    return "-" if math.isnan(seconds) else f"{seconds * 1000:.0f}"


def line(r: Result) -> str:
    loads = f"{ms(percentile(r.loads, 50))}/{ms(percentile(r.loads, 95))}"
    share = r.cpu / r.window * 100 if r.window else math.nan
    client = r.client_cpu / r.window * 100 if r.window else math.nan
    return (f"{r.label:<22} {r.sessions:>4} {r.held:>5} {loads:>14} {r.rate:>8.1f} {ms(percentile(r.switches, 50)):>6} "
            f"{ms(percentile(r.switches, 95)):>6} {ms(percentile(r.switches, 99)):>6} {len(r.errors):>4} "
            f"{ms(r.cpu_per_rerun):>7}ms {share:>4.0f}% {r.rss:>5.0f} {r.load_before:>4.1f}/{r.load_average:<4.1f} {client:>5.1f}%  "
            f"{'yes' if r.passed() else 'no'}")


def show(result: Result) -> None:
    print(line(result), flush=True)
    for error in result.errors[:SHOWN_ERRORS]:
        print(f"    error: {error[:300]}", flush=True)
    if len(result.errors) > SHOWN_ERRORS:
        print(f"    ... {len(result.errors) - SHOWN_ERRORS} more errors", flush=True)
    if len(result.upstreams) > 1 or any(result.upstreams):
        print(f"    sessions per process: {dict(sorted(result.upstreams.items()))}", flush=True)


def say(message: str) -> None:
    print(f"[load] {message}", flush=True)


# --- modes --------------------------------------------------------------------------------------

def measure_rows(args) -> list[Result]:
    results = []
    for config in args.configs:
        flags = CONFIGS[config] + args.flag
        for sessions in args.sessions:
            targets = [("app", args.script)] + ([] if args.no_baseline else [("bare page", BASELINE)])
            servers = ["one process"] + (["cluster x2"] if args.cluster else [])
            for where in servers:
                for name, script in targets:
                    if where != "one process" and name != "app":
                        continue
                    if where == "one process":
                        server = Server(script, args.port, flags, root=args.root)
                    else:
                        server = ClusterServer(args.port + 2, 2, flags, root=args.root)
                    label = f"{name} {config}" + ("+flags" if args.flag else "") + (" x2" if where != "one process" else "")
                    load_before = os.getloadavg()[0]
                    with server:
                        for url in server.worker_urls:   # each process of a cluster, directly
                            asyncio.run(warm(url, (args.pages or PAGES) if name == "app" else ["overview"]))
                        result = asyncio.run(run_load(
                            server.url, sessions, lambda s=server: s.pids, args.interval, args.duration,
                            timeout=args.timeout, pages=args.pages if name == "app" else [""], seed=args.seed,
                            label=label))
                    result.load_before = load_before
                    show(result)
                    results.append(result)
    return results


def measure_url(args) -> list[Result]:
    pids = args.pid or []
    results = []
    for sessions in args.sessions:
        result = asyncio.run(run_load(args.url, sessions, lambda: pids, args.interval, args.duration,
                                      timeout=args.timeout, pages=args.pages, seed=args.seed, label=args.url[-22:]))
        show(result)
        results.append(result)
    return results


def burst(args) -> int:
    """args.burst sessions loading at once on a freshly started server, args.repeat times."""
    failures = 0
    for attempt in range(1, args.repeat + 1):
        with Server(args.script, args.port, [*CONFIGS[args.configs[0]], *args.flag], root=args.root) as server:
            result = asyncio.run(run_load(server.url, args.burst, lambda: server.pids, interval=args.interval,
                                          duration=1.0, ramp=0.0, timeout=args.timeout, pages=args.pages,
                                          seed=args.seed + attempt, label=f"burst {attempt}"))
        say(f"burst {attempt}: {args.burst} first loads at once: {result.held} loaded, {len(result.errors)} errors, "
            f"loads p50/p95 {ms(percentile(result.loads, 50))}/{ms(percentile(result.loads, 95))} ms "
            f"(load average {result.load_average:.2f})")
        for error in result.errors[:SHOWN_ERRORS]:
            print(f"    error: {error[:300]}", flush=True)
        failures += bool(result.errors)
    return failures


def run_soak(args) -> int:
    """args.soak sessions one after another on a fresh server (with the probe), then the TTL wait."""
    ttl = args.ttl
    flags = [*CONFIGS[args.configs[0]], *args.flag, "--server.disconnectedSessionTTL", str(ttl)]
    with Server(args.script, args.port, flags, probe=True, root=args.root) as server:
        marks: dict[int, float] = {}
        started = time.monotonic()

        def step(done: int) -> None:
            marks[done] = rss_mb(server.pids)
            probe = server.read_probe()
            say(f"{done} sessions ({time.monotonic() - started:.0f} s): {marks[done]:.0f} MB; server holds "
                f"{probe.get('active')} open, {probe.get('stored')} kept for reconnect, {probe.get('alive')} "
                f"session objects alive; load average {os.getloadavg()[0]:.2f}")

        errors = asyncio.run(soak(server.url, args.soak, args.timeout, args.seed, on_step=step))
        first, last = marks.get(100, math.nan), marks.get(max(marks), math.nan)
        say(f"memory after {max(marks)} sessions vs after 100: {last:.0f} vs {first:.0f} MB "
            f"({(last / first - 1) * 100:+.1f}%; target within 10%); errors: {len(errors)}")
        for error in errors[:SHOWN_ERRORS]:
            print(f"    error: {error[:300]}", flush=True)
        waited = time.monotonic()
        probe = server.read_probe()
        while time.monotonic() - waited < ttl + 30 and (probe.get("stored") or probe.get("active")):
            time.sleep(1.0)
            probe = server.read_probe()
        say(f"{time.monotonic() - waited:.0f} s after the last session (server.disconnectedSessionTTL = {ttl} s): "
            f"{probe.get('active')} open, {probe.get('stored')} kept ({probe.get('stored_kept')} not yet reaped), "
            f"{probe.get('alive')} session objects alive; {rss_mb(server.pids):.0f} MB; "
            f"full collections {probe.get('gc_full')} ({probe.get('gc_full_seconds')} s)")
        held = (probe.get("stored") or 0) + (probe.get("active") or 0)
        # The store drops expired sessions on its next write only: one more session's disconnect.
        errors += asyncio.run(soak(server.url, 1, args.timeout, args.seed))
        time.sleep(3.0)
        probe = server.read_probe()
        say(f"after one more session: {probe.get('stored_kept')} sessions kept in memory by the store, "
            f"{probe.get('alive')} session objects alive; {rss_mb(server.pids):.0f} MB")
    return int(bool(errors) or held > 0 or last > first * 1.10)


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=lambda s: [int(n) for n in s.split(",")], default=DEFAULT_SESSIONS,
                        help="concurrent sessions, comma-separated (default 10,25,50,100; --kill-test: 50)")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between a session's switches (5)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds measured after all loaded (60)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds a load or rerun may take before it counts as failed (60)")
    parser.add_argument("--configs", type=lambda s: s.split(","), default=["default", "streamlit-defaults"],
                        help="default (.streamlit/config.toml), streamlit-defaults (Streamlit's own for what it sets)")
    parser.add_argument("--flag", action="append", default=[], metavar="OPTION=VALUE",
                        help="another Streamlit option for the servers started, e.g. --flag runner.postScriptGC=true")
    parser.add_argument("--cluster", action="store_true", help="also scripts/serve_cluster.py with 2 processes")
    parser.add_argument("--no-baseline", action="store_true", help="leave out the bare page")
    parser.add_argument("--port", type=int, default=8760, help="the server's port (a cluster's nginx: port+2)")
    parser.add_argument("--url", help="measure this running server instead of starting one")
    parser.add_argument("--pid", type=int, action="append", help="with --url: the server's process id(s)")
    parser.add_argument("--burst", type=int, help="this many first loads at once on a fresh server")
    parser.add_argument("--repeat", type=int, default=1, help="with --burst: fresh servers to try (1)")
    parser.add_argument("--soak", type=int, help="this many sessions one after another")
    parser.add_argument("--ttl", type=int, default=20,
                        help="with --soak: server.disconnectedSessionTTL in seconds (Streamlit's default: 120)")
    parser.add_argument("--pages", type=lambda s: s.split(","), help="pages to choose from (default: all twelve)")
    parser.add_argument("--script", default="server.py", help="what the servers run (default server.py)")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the checkout the servers run in (default this one; a scratch copy to try a change)")
    parser.add_argument("--kill-test", action="store_true",
                        help="kill a worker of scripts/serve_cluster.py under load (benchmarks/load_kill.py)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    args.flag = [item for flag in args.flag for item in (f"--{flag.partition('=')[0]}", flag.partition("=")[2])]
    return args


def _exit(signum, _frame) -> None:
    raise SystemExit(f"stopped by {signal.Signals(signum).name}")   # the servers' with-blocks stop them


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    # A background job starts with SIGINT ignored: both signals end the run with the servers stopped.
    signal.signal(signal.SIGTERM, _exit)
    signal.signal(signal.SIGINT, _exit)
    say(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; interval {args.interval:g} s, "
        f"window {args.duration:g} s")
    if args.burst:
        return int(burst(args) > 0)
    if args.soak:
        return run_soak(args)
    if args.kill_test:
        from load_kill import run_kill_test
        return run_kill_test(args)
    print(HEADER, flush=True)
    results = measure_url(args) if args.url else measure_rows(args)
    for config in dict.fromkeys(r.label for r in results):
        rows = [r for r in results if r.label == config]
        held = [r.sessions for r in rows if r.passed()]
        say(f"{config}: highest N with p95 < 1 s and no errors: {max(held) if held else 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
