"""WCAG 2.1 AA in the real browser (issue 17), against the real server in Debian's headless Chromium.

- axe-core (pinned in package.json, installed by `npm ci`; never fetched at run time) finds no
  critical or serious violation, and no heading out of order, on every page and every tab of it,
  and on every slide of presentation mode, in Kyrgyz, Russian and English. The window is as tall as
  the page, so that nothing is left out for being below the fold.
- Every text a chart draws is at least 4.5:1 against its background (3:1 for large text).
- <html lang> is the language shown, also after a switch; each page has its own title in the
  browser tab, in the reader's language.
- Every control the keyboard reaches shows it: the focused control's pixels change by at least
  3:1 against the same control unfocused; after a page change focus is on the page's main heading.
- The high-contrast option is kept in the URL across a page change and turns every text black.
"""
from __future__ import annotations

import io
import re

import pytest

from analysis.charts import contrast
from tests.conftest import ROOT
from tests.drawn import last_run, wait_until_drawn
from tests.test_browser import CHROMIUM, TAB, browser, server  # noqa: F401 - the fixtures
from ui.i18n import t

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FAILING_IMPACTS = {"critical", "serious"}
FAILING_RULES = {"heading-order", "page-has-heading-one"}     # moderate in axe, but headings go h1, h2, h3
# What Streamlit draws that the app cannot change, each by rule and the element (a CSS selector axe
# reports), with the reason; the README lists them. None today.
ACCEPTED: dict[tuple[str, str], str] = {}
LANGS = ["ky", "ru", "en"]
PAGES = ["overview", "poverty", "wages", "disability", "pensions", "labour", "regions", "forecasts", "program",
         "data", "methodology", "coverage"]
WIDTH = 1400
AXE_LIMIT = 120_000  # ms
WINDOW = 15_000     # px: the tallest window; a taller page (Methodology's conflicts) is checked a window at a time

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="Debian's chromium is not installed (python3 scripts/dev.py test installs it)"),
]


@pytest.fixture(scope="module")
def axe_source() -> str:
    assert AXE.is_file(), "axe-core is not installed: run `npm ci` (python3 scripts/dev.py test does)"
    return AXE.read_text()


def page_height(page) -> int:
    return page.evaluate("""() => Math.max(...[...document.querySelectorAll(
        '[data-testid=stMain], [data-testid=stMainBlockContainer], [data-testid=stSidebarContent], body')]
        .map(el => el.scrollHeight))""")


def as_tall_as_the_page(page) -> int:
    """The window as tall as what it shows (axe leaves out what is not in the window), up to
    WINDOW; the page's height."""
    height = page_height(page)
    page.set_viewport_size({"width": WIDTH, "height": min(height + 40, WINDOW)})
    return height


def axe_problems(page, axe_source: str, rules: list[str] | None = None) -> list[str]:
    """The violations that fail, each as 'rule (impact): element: what is wrong'; `rules`: only these."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": TAGS}
    # A stuck run fails after AXE_LIMIT instead of hanging the suite (an evaluate has no timeout of its own).
    found = page.evaluate("""([only, limit]) => Promise.race([
        axe.run(document, {runOnly: only, resultTypes: ['violations']}),
        new Promise((_, fail) => setTimeout(() => fail(new Error('axe did not finish')), limit))])""",
                          [only, AXE_LIMIT])
    problems = []
    for rule in found["violations"]:
        if rule["impact"] not in FAILING_IMPACTS and rule["id"] not in FAILING_RULES:
            continue
        for node in rule["nodes"]:
            target = " ".join(map(str, node["target"]))
            if (rule["id"], target) in ACCEPTED:
                continue
            problems.append(f"{rule['id']} ({rule['impact']}): {target}: {node['failureSummary']}")
    return problems


# Every text a plotly figure draws, its colour, size and weight, and the background under it: the
# figure's paper, or an annotation's own box (a box that lets the map through counts as laid over black,
# the worst case for dark text).
CHART_TEXT = r"""
() => {
  const probe = document.createElement('span');
  document.body.appendChild(probe);
  const rgb = c => { probe.style.color = ''; probe.style.color = c;       // "white", "#fff", rgba(...)
                     return (getComputedStyle(probe).color.match(/[\d.]+/g) || []).map(Number); };
  const out = [];
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    if (!plot._fullLayout) continue;
    const paper = rgb(plot._fullLayout.paper_bgcolor);
    for (const text of plot.querySelectorAll('svg text')) {
      const style = getComputedStyle(text);
      if (!text.textContent.trim() || style.display === 'none' || style.visibility === 'hidden'
          || Number(style.opacity) === 0 || Number(style.fillOpacity) === 0) continue;
      let background = paper.slice(0, 3);
      const box = text.closest('g.annotation') && text.closest('g.annotation').querySelector('rect.bg');
      if (box) {
        const fill = rgb(getComputedStyle(box).fill);
        const alpha = (fill.length > 3 ? fill[3] : 1) * Number(getComputedStyle(box).fillOpacity || 1);
        if (fill.length >= 3 && alpha > 0) background = fill.slice(0, 3).map(c => c * alpha);
      }
      out.push({text: text.textContent.slice(0, 60), fill: rgb(style.fill).slice(0, 3), background,
                size: parseFloat(style.fontSize), bold: Number(style.fontWeight) >= 700 || style.fontWeight === 'bold'});
    }
  }
  probe.remove();
  return out;
}
"""


def hex_of(rgb) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in rgb)


def chart_text_problems(page) -> list[str]:
    problems = []
    for text in page.evaluate(CHART_TEXT):
        large = text["size"] >= 24 or (text["size"] >= 18.66 and text["bold"])
        ratio = contrast(hex_of(text["fill"]), hex_of(text["background"]))
        if ratio < (3 if large else 4.5):
            problems.append(f"chart text {text['text']!r} {hex_of(text['fill'])} on {hex_of(text['background'])}:"
                            f" {ratio:.2f}:1")
    return problems


def title_of(name: str, lang: str) -> str:
    return f"{t(f'nav.{name}', lang)} · {t('app.title', lang)}"


def language_and_title(page, lang: str, title: str) -> None:
    """<html lang> and the browser tab's title become these (the frame's script sets the language
    once it has loaded, which may be just after the page is drawn)."""
    page.wait_for_function("([lang, title]) => document.documentElement.lang === lang && document.title === title",
                           arg=[lang, title], timeout=10_000)


def check_page(page, axe_source: str, where: str) -> list[str]:
    """axe's and the charts' problems on the page as it is now, with the window as tall as the page;
    what does not fit in one window is scrolled into it and its contrast checked too."""
    height = as_tall_as_the_page(page)
    problems = axe_problems(page, axe_source) + chart_text_problems(page)
    for top in range(WINDOW - 200, height, WINDOW - 200):
        page.evaluate("top => document.querySelector('[data-testid=stMain]').scrollTo(0, top)", top)
        problems += axe_problems(page, axe_source, ["color-contrast"])
    page.set_viewport_size({"width": WIDTH, "height": 1000})
    return [f"{where}: {p}" for p in dict.fromkeys(problems)]


def each_tab(page):
    """Every tab after the first, opened in turn (a page with tabs builds only the open one)."""
    for index in range(1, page.locator(TAB).count()):
        before = last_run(page)
        page.locator(TAB).nth(index).click()
        wait_until_drawn(page, after=before)
        yield page.locator(TAB).nth(index).inner_text()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PAGES)
def test_every_page_and_tab_passes_axe(server, browser, axe_source, name, lang):
    context = browser.new_context(viewport={"width": WIDTH, "height": 1000})
    page = context.new_page()
    page.goto(f"{server}/{'' if name == 'overview' else name}?lang={lang}", wait_until="domcontentloaded")
    wait_until_drawn(page)
    language_and_title(page, lang, title_of(name, lang))
    assert page.locator("[data-testid=stMain] h1").count() == 1, "one main heading"
    problems = check_page(page, axe_source, name)
    for tab in each_tab(page):
        problems += check_page(page, axe_source, f"{name}, tab {tab}")
    context.close()
    assert problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_slide_of_presentation_mode_passes_axe(server, browser, axe_source, lang):
    context = browser.new_context(viewport={"width": WIDTH, "height": 1000})
    page = context.new_page()
    page.goto(f"{server}/poverty?present=1&lang={lang}", wait_until="domcontentloaded")
    wait_until_drawn(page)
    page.wait_for_url("**/present?**")
    wait_until_drawn(page)
    language_and_title(page, lang, title_of("present", lang))
    problems, slides = [], 0
    while True:
        slides += 1
        problems += check_page(page, axe_source, f"slide {slides}")
        following = page.locator(".st-key-present_next button:visible")
        if following.is_disabled():
            break
        before = last_run(page)
        following.click()
        wait_until_drawn(page, after=before)
    context.close()
    assert slides >= 5 and problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_charts_table_view_and_panels_pass_axe(server, browser, axe_source, lang):
    """What the page walk leaves closed: a chart's Table view, and its About, Download and Link panels."""
    context = browser.new_context(viewport={"width": WIDTH, "height": 1000})
    page = context.new_page()
    page.goto(f"{server}/poverty?lang={lang}&view.poverty_regions=table", wait_until="domcontentloaded")
    before = wait_until_drawn(page)
    assert page.locator("[data-testid=stDataFrame]").count() == 1
    problems = []
    for panel in ("about", "download", "link"):
        page.locator(f".st-key-poverty_national_chart_{panel} button").first.click()
        before = wait_until_drawn(page, after=before)
        assert page.locator("[data-testid=stPopoverBody]").count() == 1
        problems += check_page(page, axe_source, f"poverty, {panel} panel")
        page.keyboard.press("Escape")
        before = last_run(page)         # closing a panel may run the script once more
    context.close()
    assert problems == []


def test_html_lang_and_the_title_follow_a_language_switch(server, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server}/poverty?lang=ru", wait_until="domcontentloaded")
    before = wait_until_drawn(page)
    language_and_title(page, "ru", "Бедность · Социальные показатели Кыргызской Республики")
    for lang, name in [("en", "English"), ("ky", "Кыргызча")]:
        page.locator("[data-testid=stSidebar] [data-testid=stRadio] label", has_text=name).click()
        before = wait_until_drawn(page, after=before)
        language_and_title(page, lang, title_of("poverty", lang))
    assert page.title() == "Жакырчылык · Кыргыз Республикасынын социалдык көрсөткүчтөрү"
    context.close()


def test_after_a_page_change_focus_is_on_the_main_heading(server, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server}/poverty?lang=en", wait_until="domcontentloaded")
    before = wait_until_drawn(page)
    link = page.locator("[data-testid=stSidebarNavLink]", has_text="Wages")
    link.focus()
    page.keyboard.press("Enter")
    wait_until_drawn(page, after=before)
    page.wait_for_function("""() => document.activeElement && document.activeElement.tagName === 'H1'
                              && document.activeElement.closest('[data-testid=stMain]')""", timeout=10_000)
    assert page.evaluate("document.activeElement.innerText") == t("wages.title", "en")
    context.close()


# --- focus visible ------------------------------------------------------------------------------

# The focused element's box on the screen. Radio buttons, toggles and sliders hide their input (see
# through, or clipped to nothing): the nearest box that shows is what shows focus.
FOCUSED_BOX = r"""
() => {
  let el = document.activeElement;
  if (!el || el === document.body) return null;
  const hidden = e => {
    const r = e.getBoundingClientRect(), s = getComputedStyle(e);
    return r.width < 4 || r.height < 4 || Number(s.opacity) === 0 || s.clipPath === 'inset(50%)'
      || !!(e.parentElement && e.parentElement.closest('[style*="clip-path: inset(50%)"]'));
  };
  while (el.parentElement && hidden(el)) el = el.parentElement;
  const r = el.getBoundingClientRect();
  const name = (document.activeElement.getAttribute('aria-label') || el.innerText
                || el.getAttribute('data-testid') || el.tagName).trim();
  return {x: r.x, y: r.y, width: r.width, height: r.height, name: name.slice(0, 40), tag: document.activeElement.tagName};
}
"""
RING = 6            # px around the element where a focus ring may be drawn
STOPS = 45          # focus stops walked with Tab on each page


def changed_pixels(focused: bytes, unfocused: bytes) -> int:
    """How many pixels differ by at least 3:1 between two screenshots of the same box."""
    from PIL import Image

    a = Image.open(io.BytesIO(focused)).convert("RGB")
    b = Image.open(io.BytesIO(unfocused)).convert("RGB")
    return sum(contrast(hex_of(p), hex_of(q)) >= 3 for p, q in zip(a.get_flattened_data(), b.get_flattened_data()) if p != q)


def walk_focus(page, stops: int) -> list[str]:
    """Tab through the first `stops` controls; those whose focus does not show."""
    hidden = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        box = page.evaluate(FOCUSED_BOX)
        if box is None or box["width"] == 0:
            continue
        clip = {"x": max(box["x"] - RING, 0), "y": max(box["y"] - RING, 0),
                "width": box["width"] + 2 * RING, "height": box["height"] + 2 * RING}
        focused = page.screenshot(clip=clip, animations="disabled", caret="hide")
        page.evaluate("() => document.activeElement.blur()")   # the next Tab goes on from it
        unfocused = page.screenshot(clip=clip, animations="disabled", caret="hide")
        perimeter = 2 * (box["width"] + box["height"])
        if changed_pixels(focused, unfocused) < perimeter:
            hidden.append(f"{box['tag']} {box['name']!r}")
    return hidden


@pytest.mark.parametrize("url", ["poverty?lang=en", "data?lang=ru&indicators=poverty_rate", "wages?lang=ky",
                                 "present?present=1&lang=en"])
def test_focus_is_visible_on_every_control(server, browser, url):
    context = browser.new_context(viewport={"width": WIDTH, "height": 1000})
    page = context.new_page()
    page.goto(f"{server}/{url}", wait_until="domcontentloaded")
    wait_until_drawn(page)
    as_tall_as_the_page(page)        # no scrolling between the two screenshots of a control
    assert walk_focus(page, STOPS) == []
    context.close()


# --- high contrast ------------------------------------------------------------------------------

def test_high_contrast_is_kept_in_the_address_and_makes_text_black(server, browser, axe_source):
    context = browser.new_context(viewport={"width": WIDTH, "height": 1000})
    page = context.new_page()
    page.goto(f"{server}/?lang=en&contrast=high", wait_until="domcontentloaded")
    before = wait_until_drawn(page)
    toggle = page.locator(".st-key-contrast_toggle input")
    assert toggle.is_checked()
    captions = page.evaluate("""() => [...document.querySelectorAll('[data-testid=stCaptionContainer]')]
                                .map(el => [getComputedStyle(el).color, getComputedStyle(el).opacity])""")
    assert captions and {tuple(c) for c in captions} == {("rgb(0, 0, 0)", "1")}
    assert check_page(page, axe_source, "overview, high contrast") == []
    page.locator("[data-testid=stSidebarNavLink]", has_text="Poverty").click()
    before = wait_until_drawn(page, after=before)
    page.wait_for_url(re.compile(r".*/poverty\?.*contrast=high"))
    assert page.locator(".st-key-contrast_toggle input").is_checked()
    page.locator(".st-key-contrast_toggle label").click()
    wait_until_drawn(page, after=before)
    page.wait_for_url(lambda url: "contrast=" not in url)
    context.close()
