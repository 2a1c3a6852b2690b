"""The app in Streamlit's AppTest: every page runs in every language, the frame behaves."""
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")
PAGES = sorted(p.stem for p in (ROOT / "pages").glob("*.py"))


def open_page(page: str, lang: str = "ky", **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    if page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    return at


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_in_every_language(page, lang):
    at = open_page(page, lang)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"


@pytest.mark.parametrize("lang, title", [
    ("ky", "Кыргыз Республикасынын социалдык көрсөткүчтөрү"),
    ("ru", "Социальные показатели Кыргызской Республики"),
    ("en", "Social indicators of the Kyrgyz Republic"),
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
    assert at.title[0].value == "Social indicators of the Kyrgyz Republic"
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
