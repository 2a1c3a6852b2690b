"""The real server in Debian's headless Chromium: every page, and every tab of it, in every
language draws, with no exception box, no console error and no request leaving localhost."""
from __future__ import annotations

import csv
import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.conftest import ROOT
from tests.drawn import last_run, wait_until_drawn

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = ROOT / "test-output" / "browser"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PAGES = ["overview", "poverty", "wages", "disability", "pensions", "labour", "regions", "forecasts", "program",
         "data", "methodology", "coverage", "present"]
MAP_PAGES = {"overview", "regions", "pensions"}   # Pensions: in its coverage tab
TAB = "[data-testid='stTab']"
# Streamlit's frontend first probes for its server under the page's own path and falls back to
# the root: those two 404s on a deep link are its base-path detection, not a fault of the app.
BASE_PATH_PROBE = re.compile(r"^/[a-z]+/_stcore/(health|host-config)$")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (python3 scripts/dev.py test installs it)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "server.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("streamlit did not answer on /_stcore/health within 60 s")
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watch:
    """Every request and console error of one browser page."""

    def __init__(self, page):
        self.requests, self.errors = [], []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", self._console)

    def _console(self, message):
        if message.type != "error":
            return
        location = urlparse((message.location or {}).get("url", ""))
        if "404" in message.text and BASE_PATH_PROBE.match(location.path or ""):
            return
        self.errors.append(f"{message.text} ({location.path})")

    def outside(self):
        return [u for u in self.requests if urlparse(u).scheme in ("http", "https", "ws", "wss")
                and urlparse(u).hostname not in LOCAL_HOSTS]


def open_each_tab(page):
    """Click every tab after the first in turn (a page with tabs builds only the open one); yields
    each one's section, as the address names it, once it is drawn."""
    for index in range(1, page.locator(TAB).count()):
        before = last_run(page)
        page.locator(TAB).nth(index).click()
        wait_until_drawn(page, after=before)
        yield parse_qs(urlparse(page.url).query)["section"][0]


def plots(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')].map(el => ({
        types: (el.data || []).map(t => t.type || 'scatter'),
        points: (el._fullData || []).reduce((n, t) => n + (t._length || (t.locations || []).length || 0), 0),
        title: ((el.layout || {}).title || {}).text || '',
        names: (el.data || []).map(t => t.name || ''),
        units: (el.data || []).filter(t => t.type === 'choroplethmap').map(t => [t.subplot || 'map', t.locations || []]),
        canvas: !!el.querySelector('canvas'),
    }))""")


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
@pytest.mark.parametrize("name", PAGES)
def test_page_draws_offline(server, browser, name, lang):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    watch = Watch(page)
    path = "" if name == "overview" else name  # the default page lives at the root
    page.goto(f"{server}/{path}?lang={lang}", wait_until="domcontentloaded")
    wait_until_drawn(page)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}-{lang}.png"))
    figures = check_drawn(page)
    for section in open_each_tab(page):
        page.screenshot(path=str(OUTPUT / f"{name}-{lang}-{section}.png"))
        figures += check_drawn(page)
    if name in MAP_PAGES:
        maps = [f for f in figures if "choroplethmap" in f["types"]]
        assert maps, "the page has a map"
        for figure in maps:
            # the nine units as polygons on the country map; Osh city again, enlarged, in its inset
            units: dict[str, list[str]] = {}
            for subplot, codes in figure["units"]:
                units.setdefault(subplot, []).extend(codes)
            assert len(units["map"]) == 9 and "KG-GO" in units["map"] and "KG-GO" in units["map2"]
            assert figure["canvas"]
    assert watch.outside() == [], f"requests left localhost: {watch.outside()}"
    assert watch.errors == []
    context.close()


def check_drawn(page) -> list[dict]:
    """No exception box, and every figure in view has points; the figures."""
    assert page.locator("[data-testid='stException']").count() == 0
    figures = plots(page)
    assert all(f["points"] > 0 for f in figures), figures
    return figures


def test_language_switch_takes_effect_on_the_first_click(server, browser):
    page = browser.new_page()
    page.goto(f"{server}/coverage", wait_until="domcontentloaded")
    before = wait_until_drawn(page)
    page.get_by_text("English").click()
    wait_until_drawn(page, after=before)
    page.wait_for_function("document.querySelector('h1') && document.querySelector('h1').innerText.startsWith('Data coverage')",
                           timeout=20_000)
    assert "lang=en" in page.url
    page.close()


def test_a_shared_url_opens_the_same_view_in_a_new_context(server, browser):
    url = f"{server}/poverty?lang=ru&indicator=extreme_poverty_rate&by=area&year=2015"
    first = browser.new_context()
    page = first.new_page()
    page.goto(url, wait_until="domcontentloaded")
    wait_until_drawn(page)
    shared = page.url
    first.close()
    second = browser.new_context()
    page = second.new_page()
    page.goto(shared, wait_until="domcontentloaded")
    wait_until_drawn(page)
    figures = plots(page)
    assert "Уровень крайней бедности" in figures[0]["title"]
    assert {"Город", "Село"} <= set(figures[0]["names"])          # the urban/rural breakdown
    assert "2015" in figures[2]["title"]                         # the ranking's year
    assert "extreme_poverty_rate" in page.url and "by=area" in page.url
    second.close()


def test_a_shared_url_opens_its_tab(server, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server}/pensions?lang=en&section=coverage&year=2015", wait_until="domcontentloaded")
    wait_until_drawn(page)
    assert page.locator(f"{TAB}[aria-selected='true']").inner_text() == "Coverage"
    figures = plots(page)
    assert any("choroplethmap" in f["types"] for f in figures)
    assert any("2015" in f["title"] for f in figures), [f["title"] for f in figures]
    context.close()


def test_a_download_from_the_data_page_arrives_and_parses(server, browser):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(f"{server}/data?lang=en&indicators=poverty_rate&regions=KG,KG-B", wait_until="domcontentloaded")
    wait_until_drawn(page)
    button = page.locator("[data-testid='stDownloadButton'] button").first
    with page.expect_download(timeout=30_000) as info:
        button.click()
    content = Path(info.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert rows and {r["indicator_id"] for r in rows} == {"poverty_rate"}
    assert {r["region"] for r in rows} <= {"KG", "KG-B"}
    context.close()


def test_a_charts_views_panels_and_downloads_work(server, browser):
    """The component on a real page: the Table view is part of the address, the Download panel
    gives the shown values under a name that says what they are, the Link panel this view's
    address, About this data the citation."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(f"{server}/poverty?lang=ru", wait_until="domcontentloaded")
    before = wait_until_drawn(page)
    page.locator(".st-key-poverty_regions_chart_view button", has_text="Таблица").click()
    before = wait_until_drawn(page, after=before)
    assert "view.poverty_regions=table" in page.url
    assert page.locator("[data-testid='stDataFrame']").count() == 1      # the Table view in place of the chart
    page.locator(".st-key-poverty_national_chart_download button").first.click()
    before = wait_until_drawn(page, after=before)
    with page.expect_download(timeout=30_000) as info:
        page.get_by_role("button", name="Данные (CSV)").click()
    assert re.fullmatch(r"poverty_rate_KG_\d{4}-\d{4}_ru\.csv", info.value.suggested_filename)
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_bytes().decode("utf-8-sig"))))
    assert rows and {(r["indicator_id"], r["region"]) for r in rows} == {("poverty_rate", "KG")}
    assert rows[0]["citation"].startswith("Панель социальных показателей")
    page.keyboard.press("Escape")
    before = last_run(page)             # closing the panel may have run the script once more
    page.locator(".st-key-poverty_national_chart_link button").first.click()
    wait_until_drawn(page, after=before)
    link = page.locator("[data-testid='stCode']").first.inner_text()
    assert link.startswith(server) and "lang=ru" in link and "view.poverty_regions=table" in link
    context.close()
