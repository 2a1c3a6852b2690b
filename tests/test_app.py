"""The app in Streamlit's AppTest: it runs in every language and shows the coverage table."""
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.mark.parametrize("lang, title", [
    ("ky", "Кыргыз Республикасынын социалдык көрсөткүчтөрү"),
    ("ru", "Социальные показатели Кыргызской Республики"),
    ("en", "Social indicators of the Kyrgyz Republic"),
])
def test_app_runs_in_each_language(lang, title):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception
    assert at.title[0].value == title
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) > 20


def test_unknown_language_falls_back_with_a_notice():
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "<script>alert(1)</script>"
    at.run()
    assert not at.exception
    assert at.warning and "<script>" in at.warning[0].value  # shown as text, never as HTML
    assert at.title[0].value.startswith("Кыргыз")


def test_language_switch_in_sidebar():
    # AppTest reruns only the page script after a widget change, so the URL is checked in
    # the browser test (test_language_switch_takes_effect_on_the_first_click).
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.sidebar.radio(key="language_picker").set_value("en").run()
    assert at.title[0].value == "Social indicators of the Kyrgyz Republic"
    assert at.session_state["language"] == "en"
