"""The app in Streamlit's AppTest: every page runs in every language, the frame behaves."""
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")
PAGES = sorted(p.parent.name for p in (ROOT / "app_pages").glob("*/page.py"))


def open_page(page: str, lang: str = "ky", **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    if page != "overview":
        at.switch_page(f"app_pages/{page}/page.py").run()
    return at


def open_every_section(page: str, lang: str, sections: list[str], **params) -> dict[str, AppTest]:
    """A page with tabs opened at each of its sections in turn (only the open tab is built)."""
    return {section: open_page(page, lang, section=section, **params) for section in sections}


def every(opened: dict[str, AppTest], kind: str) -> list:
    """The elements of one kind in every opened section, in order."""
    return [element for at in opened.values() for element in at.get(kind)]


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_in_every_language(page, lang):
    at = open_page(page, lang)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"


@pytest.mark.parametrize("lang, title", [
    ("ky", "Маалыматтардын камтылышы"),
    ("ru", "Охват данных"),
    ("en", "Data coverage"),
])
def test_coverage_page_in_each_language(lang, title):
    at = open_page("coverage", lang)
    assert at.title[0].value == title
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) > 20


def test_unknown_language_falls_back_with_a_notice():
    at = open_page("overview", "<script>alert(1)</script>")
    assert not at.exception
    # quoted back escaped: Streamlit shows it as the literal text, never as HTML or a link
    assert at.warning and r"\<script\>alert\(1\)\</script\>" in at.warning[0].value
    assert at.session_state["language"] == "ky"


def test_language_switch_in_sidebar():
    # AppTest reruns only the page script after a widget change, so the URL is checked in
    # the browser test (test_language_switch_takes_effect_on_the_first_click).
    at = open_page("coverage")
    at.sidebar.radio(key="language_picker").set_value("en").run()
    assert at.title[0].value == "Data coverage"
    assert at.session_state["language"] == "en"


def test_poverty_page_charts_and_url_state():
    at = open_page("poverty", "en", indicator="extreme_poverty_rate", by="area", year="2015")
    assert not at.exception and not at.warning
    assert at.selectbox(key="poverty_indicator").value == "extreme_poverty_rate"
    assert at.selectbox(key="poverty_breakdown").value == "area"
    assert at.select_slider(key="poverty_year").value == 2015
    assert len(at.get("plotly_chart")) == 3


def test_poverty_page_bad_parameters_fall_back_with_notices():
    at = open_page("poverty", "en", indicator="nonsense", regions="KG-B,XX", year="1800")
    assert not at.exception
    assert len(at.warning) == 3
    assert at.selectbox(key="poverty_indicator").value == "poverty_rate"
    assert at.multiselect(key="poverty_regions").value == ["KG-B"]



TABBED = {  # page: (a section that is not the first, its tab's place, a chart only it draws)
    "wages": ("by_sex", 1, "wages_gap_chart"), "pensions": ("coverage", 2, "pensions_map"),
    "labour": ("injuries", 3, "labour_injury_ranked_chart"), "disability": ("new_cases", 2, "disability_new_cases_chart"),
    "program": ("social_fund", 1, "program_appeals_chart"),
}


@pytest.mark.parametrize("page", sorted(TABBED))
def test_opening_a_tab_builds_it_and_writes_the_url(page):
    """A tab click (its state set as the frontend sets it) builds that section alone and puts it in
    the address; a language switch then keeps it open."""
    section, index, chart = TABBED[page]
    at = open_page(page, "en")
    assert chart not in [c.key for c in at.get("plotly_chart")]
    names = [tab.label for tab in at.tabs]
    at.session_state[f"{page}_section_en"] = names[index]
    at.run()
    assert not at.exception and at.query_params["section"] == section
    assert chart in [c.key for c in at.get("plotly_chart")]
    at.sidebar.radio(key="language_picker").set_value("ru").run()
    assert not at.exception and chart in [c.key for c in at.get("plotly_chart")]
    russian = [tab.label for tab in at.tabs]
    assert russian != names, "the tabs are in Russian now"
    at.session_state[f"{page}_section_ru"] = russian[0]
    at.run()
    at.sidebar.radio(key="language_picker").set_value("en").run()
    assert "section" not in at.query_params and chart not in [c.key for c in at.get("plotly_chart")], \
        "back in English, the tab chosen in Russian is open, not the one chosen before in English"


def test_plotly_writes_chart_json_with_orjson():
    """Every rerun sends each chart's JSON; plotly writes it ~8x faster with orjson: the same JSON,
    with Cyrillic as UTF-8 rather than \\u escapes, and markup still escaped."""
    import json

    import plotly.io as pio
    from plotly.io._json import to_json_plotly

    assert pio.json.config.default_engine in ("auto", "orjson")
    figure = {"data": [{"type": "scatter", "x": [2020, 2021], "y": [1.5, None], "name": "<b>é</b>"}],
              "layout": {"title": {"text": "Уровень бедности"}}}
    fast = to_json_plotly(figure)
    assert json.loads(fast) == json.loads(to_json_plotly(figure, engine="json"))
    assert "Уровень бедности" in fast and "<b>" not in fast
