"""Presenting at a round table, in Debian's headless Chromium against the real server: every slide
fits the projector's screen (1024 x 768, 1280 x 800, 1920 x 1080) in every language, type for a
room, keys and a clicker step, presenting starts from the page's topic and Exit returns to it, the
handout arrives as a PDF; and the Overview fits a 1024 px screen with the sidebar open and a phone.

Screenshots: test-output/presenting/<lang>-<width>x<height>-<slide>-<kind>.png, overview-*.png.
"""
from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from analysis import geometry
from analysis.overview_view import HEADLINES
from tests.conftest import ROOT
from tests.drawn import last_run, wait_until_drawn
from tests.test_browser import CHROMIUM, Watch, browser, server  # noqa: F401 - the fixtures
from ui.i18n import t

OUTPUT = ROOT / "test-output" / "presenting"
SCREENS = [(1024, 768), (1280, 800), (1920, 1080)]
PHONE = (390, 844)              # a phone: the slide may scroll down, never sideways
KINDS = ["headline", "trend", "map", "ranking", "breakdown", "forecast"]      # the default deck

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (python3 scripts/dev.py test installs it)")

# Every chart, map and text box that sticks out of the screen, or whose text is cut short with an
# ellipsis (its content wider than its box); `below` also counts what is below the fold.
OUT_OF_SCREEN = r"""
below => {
  const W = innerWidth, H = innerHeight, bad = [];
  const boxes = '[data-testid=stPlotlyChart], .js-plotly-plot, h1, [data-testid=stMarkdownContainer], '
    + '[data-testid=stCaptionContainer], [data-testid=stMetricValue], [data-testid=stMetricDelta], button, '
    + '[data-testid=stPageLink]';
  for (const el of document.querySelectorAll(boxes)) {
    const sidebar = el.closest('[data-testid=stSidebar]');
    if (sidebar && (getComputedStyle(sidebar).display === 'none' || sidebar.getBoundingClientRect().right <= 0)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    const text = (el.innerText || el.getAttribute('data-testid') || el.tagName).slice(0, 50);
    if (r.left < -1 || r.right > W + 1) bad.push(['wider than the screen', text, Math.round(r.left), Math.round(r.right)]);
    if (below && r.bottom > H + 1) bad.push(['below the fold', text, Math.round(r.bottom)]);
    if (el.classList.contains('js-plotly-plot')) {          // its own text (labels, notes) stays inside it
      for (const note of el.querySelectorAll('g.annotation, g.legend')) {
        const n = note.getBoundingClientRect();
        if (n.width && getComputedStyle(note).display !== 'none' && (n.left < r.left - 1 || n.right > r.right + 1))
          bad.push(['runs off its chart', (note.textContent || '').slice(0, 40), Math.round(n.left), Math.round(n.right)]);
      }
    }
    for (const inner of [el, ...el.querySelectorAll('p, div')]) {
      if (inner.scrollWidth > inner.clientWidth + 1 && getComputedStyle(inner).overflow !== 'visible'
          && getComputedStyle(inner).textOverflow === 'ellipsis')
        bad.push(['cut short', text]);
    }
  }
  return bad;
}
"""

# The view of each MapLibre map on the page (west, south, east, north).
MAP_VIEWS = r"""
() => [...document.querySelectorAll('.js-plotly-plot')].filter(gd => gd._fullLayout && gd._fullLayout.map)
  .map(gd => { const b = gd._fullLayout.map._subplot.map.getBounds();
               return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; })
"""

# The slot that holds the slide shown (the other holds the next slide, drawn hidden behind it).
SHOWN_SLOT = r"""[...document.querySelectorAll('.st-key-present_slides > [data-testid=stLayoutWrapper]')]
  .find(w => getComputedStyle(w).visibility !== 'hidden')"""

# Sizes and colours a back row has to read.
TYPE = r"""
() => {
  const slot = (SHOWN_SLOT);
  const px = el => el ? parseFloat(getComputedStyle(el).fontSize) : null;
  const ink = el => { if (!el) return null; let o = 1, e = el;
    while (e) { o *= parseFloat(getComputedStyle(e).opacity || '1'); e = e.parentElement; }
    return [getComputedStyle(el).color, o]; };
  const ticks = [...slot.querySelectorAll('.js-plotly-plot .xtick text, .js-plotly-plot .ytick text')]
    .map(e => parseFloat(e.style.fontSize || getComputedStyle(e).fontSize));
  const source = slot.querySelector('[class*=_notes] [data-testid=stCaptionContainer] p');
  return {ticks, title: px(slot.querySelector('h1')), value: px(slot.querySelector('[data-testid=stMetricValue]')),
          counter: px(document.querySelector('.st-key-present_counter p')), source: px(source),
          title_ink: ink(slot.querySelector('h1')), source_ink: ink(source)};
}
""".replace("(SHOWN_SLOT)", SHOWN_SLOT)

# The title of the slide shown.
SHOWN_TITLE = f"() => ({SHOWN_SLOT}).querySelector('h1').innerText"


# Every chart has taken the size of its box: the page sizes charts and maps to the screen, so the
# first draw (at the figure's own height) is followed by one at the box's height.
SIZED = r"""
() => [...document.querySelectorAll('[data-testid=stPlotlyChart]')].every(box => {
  const gd = box.querySelector('.js-plotly-plot');
  if (!gd || !gd._fullLayout || Math.abs(gd._fullLayout.height - box.clientHeight) > 2) return false;
  return !gd._fullLayout.map || gd._fullLayout.map._subplot.map.loaded();
})
"""


def drawn_and_sized(page, after: int = 0) -> None:
    wait_until_drawn(page, after=after)
    page.wait_for_function(SIZED, polling="raf", timeout=30_000)


@pytest.fixture
def opened(browser):  # noqa: F811
    """new_page(width, height, **context options): a page in its own context, closed after the test."""
    contexts = []

    def new_page(width: int, height: int, **options):
        context = browser.new_context(viewport={"width": width, "height": height}, **options)
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()
    

def country_bounds() -> tuple[float, float, float, float]:
    return geometry.read_regions().total_bounds


def assert_maps_show_the_whole_country(page) -> int:
    west, south, east, north = country_bounds()
    views = page.evaluate(MAP_VIEWS)
    for v_west, v_south, v_east, v_north in views:
        assert v_west <= west and v_east >= east and v_south <= south and v_north >= north, (
            "the map cuts the country", (v_west, v_south, v_east, v_north), (west, south, east, north))
    return len(views)


def luminance_contrast(css_colour: str, opacity: float) -> float:
    """Contrast on white of a CSS rgb() colour drawn at `opacity`."""
    from analysis.charts import contrast
    r, g, b = (float(v) for v in css_colour[css_colour.index("(") + 1:-1].split(",")[:3])
    blend = [round(c * opacity + 255 * (1 - opacity)) for c in (r, g, b)]
    return contrast("#" + "".join(f"{c:02x}" for c in blend))


def press(page, key: str) -> None:
    """A key as a clicker or the keyboard sends it; waits until the next run has drawn the page."""
    before = last_run(page)
    page.keyboard.press(key)
    drawn_and_sized(page, after=before)


def counter(page) -> str:
    return page.locator(".st-key-present_counter").inner_text().strip()


def query(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
@pytest.mark.parametrize("width, height", [*SCREENS, PHONE])
def test_every_slide_fits_the_screen_in_type_for_a_room(server, opened, width, height, lang):  # noqa: F811
    page = opened(width, height)
    watch = Watch(page)
    page.goto(f"{server}/present?lang={lang}", wait_until="domcontentloaded")
    drawn_and_sized(page)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for number, kind in enumerate(KINDS, 1):
        if number > 1:
            press(page, "ArrowRight")
        assert counter(page) == t("present.counter", lang, slide=number, total=len(KINDS))
        page.screenshot(path=str(OUTPUT / f"{lang}-{width}x{height}-{number}-{kind}.png"))
        assert page.locator("[data-testid='stException']").count() == 0
        assert page.evaluate(OUT_OF_SCREEN, (width, height) != PHONE) == [], (kind, width, height)
        if kind == "map":
            assert assert_maps_show_the_whole_country(page) == 1
        sizes = page.evaluate(TYPE)
        assert sizes["counter"] >= 18 and sizes["title"] >= min(0.04 * height, 23), sizes
        assert sizes["source"] >= 15, sizes                        # the source line, read from the table
        for ink in (sizes["title_ink"], sizes["source_ink"]):
            assert luminance_contrast(*ink) >= 4.5, sizes
        if kind in ("trend", "breakdown", "forecast"):
            assert sizes["ticks"] and min(sizes["ticks"]) >= 20, sizes
        if kind == "headline":
            assert sizes["value"] >= min(0.1 * height, 0.18 * width), sizes     # 176 px at 1920 x 1080
    assert watch.outside() == [], f"requests left localhost: {watch.outside()}"
    assert watch.errors == []


def test_keys_step_forward_and_back_and_escape_returns(server, opened):  # noqa: F811
    page = opened(1280, 800)
    page.goto(f"{server}/present?lang=en&from=wages%3Fsection%3Dby_sex%26sex%3Dfemale", wait_until="domcontentloaded")
    wait_until_drawn(page)
    assert counter(page) == "Slide 1 of 6"
    for key, expected in (("ArrowRight", 2), ("PageDown", 3), ("Space", 4), ("ArrowLeft", 3), ("PageUp", 2)):
        press(page, key)
        assert counter(page) == f"Slide {expected} of 6", key
    before = last_run(page)
    page.locator(".st-key-present_next button:visible").click()  # the mouse, then Space: one step, not two
    drawn_and_sized(page, after=before)
    assert counter(page) == "Slide 3 of 6"
    press(page, "Space")
    assert counter(page) == "Slide 4 of 6"
    press(page, "Escape")
    assert urlparse(page.url).path == "/wages"
    assert query(page) == {"section": "by_sex", "sex": "female", "lang": "en"}


def start_presenting_from(page, url: str) -> None:
    """Open a page, press the sidebar's "Presentation mode" and wait until the first slide is drawn."""
    page.goto(url, wait_until="domcontentloaded")
    wait_until_drawn(page)
    before = last_run(page)
    page.locator(".st-key-present_start button").click()
    page.wait_for_url("**/present?**")
    drawn_and_sized(page, after=before)


def test_presenting_from_wages_gives_wage_slides_and_returns_there(server, opened):  # noqa: F811
    page = opened(1280, 800)
    start_presenting_from(page, f"{server}/wages?lang=en&section=by_sex")
    assert query(page)["from"] == "wages?section=by_sex" and page.evaluate(SHOWN_TITLE) == "Average monthly wage"
    titles = [page.evaluate(SHOWN_TITLE)]
    for _ in range(5):
        press(page, "ArrowRight")
        titles.append(page.evaluate(SHOWN_TITLE))
    assert all(title.startswith("Average monthly wage") for title in titles), titles
    assert "Average monthly wage: By sex" in titles
    press(page, "Escape")
    assert urlparse(page.url).path == "/wages" and query(page) == {"section": "by_sex", "lang": "en"}
    assert page.locator("[data-testid='stTab'][aria-selected='true']").inner_text() == t("wages.tab.by_sex", "en")


def test_a_region_chosen_on_regions_is_presented(server, opened):  # noqa: F811
    page = opened(1024, 768)
    start_presenting_from(page, f"{server}/regions?lang=ru&indicator=unemployment_rate&region=KG-N")
    assert counter(page) == "Слайд 1 из 7"                      # the region's own slide too
    titles = []
    for _ in range(6):
        press(page, "ArrowRight")
        titles.append(page.evaluate(SHOWN_TITLE))
    assert "Уровень безработицы: Нарынская область" in titles, titles


def test_the_handout_arrives_as_a_pdf_in_the_language(server, opened):  # noqa: F811
    from pypdf import PdfReader

    page = opened(1280, 800, accept_downloads=True)
    watch = Watch(page)
    page.goto(f"{server}/present?lang=ky", wait_until="domcontentloaded")
    wait_until_drawn(page)
    with page.expect_download(timeout=120_000) as info:
        page.locator(".st-key-present_handout button:visible").click()
    download = info.value
    assert download.suggested_filename == "poverty_rate-KG-ky.pdf"
    document = PdfReader(io.BytesIO(Path(download.path()).read_bytes()))
    assert len(document.pages) == len(KINDS)
    text = "\n".join(p.extract_text() for p in document.pages)
    assert "Жакырчылыктын деңгээли" in text and "Булак:" in text and "Poverty" not in text
    assert watch.outside() == []


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
@pytest.mark.parametrize("width, height", [(1024, 768), (390, 844)])
def test_the_overview_fits_a_small_screen(server, opened, width, height, lang):  # noqa: F811
    page = opened(width, height)
    page.goto(f"{server}/?lang={lang}", wait_until="domcontentloaded")
    drawn_and_sized(page)
    if width >= 768:
        assert page.locator("[data-testid='stSidebar']").is_visible()      # with the sidebar open
    page.locator("[data-testid='stPlotlyChart']").last.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    total = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": width, "height": min(total, 6000)})
    page.wait_for_function(SIZED, polling="raf", timeout=30_000)
    page.screenshot(path=str(OUTPUT / f"overview-{lang}-{width}x{height}.png"))
    assert page.evaluate(OUT_OF_SCREEN, False) == []
    assert assert_maps_show_the_whole_country(page) == 1
    values = page.evaluate("() => [...document.querySelectorAll('[data-testid=stMetricValue]')].map(e => e.innerText)")
    assert len(values) == len(HEADLINES) and all(v and "…" not in v for v in values), values
