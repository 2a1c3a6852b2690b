"""Entry point: `streamlit run app.py`. Sets the language and builds the navigation."""
import streamlit as st

from ui import drawn
from ui.data import show_release
from ui.i18n import language_selector, requested_language, t
from ui.presentation import apply_style, entry, presenting

# Page config first: set after a widget, it re-mounts the page and the widget's first change is lost.
st.set_page_config(page_title=t("app.title", requested_language()), page_icon="📊", layout="wide")
drawn.begin()
lang = language_selector()
show_release(lang)   # "data as of ..." under the language switch (ui/data.py)
present = presenting()


def page(name: str, default: bool = False) -> st.Page:
    # url_path stays language-neutral so shared links survive a language switch.
    return st.Page(f"app_pages/{name}/page.py", title=t(f"nav.{name}", lang), url_path=name, default=default)


def start_presenting() -> None:
    # The view presenting starts from: the slides take their topic from it and Exit returns to it
    # (a page switch clears the query parameters: they travel as ?from= and ?back=, ui.presentation.entry).
    st.session_state["presenting"] = st.query_params.to_dict()


if not present:
    st.sidebar.button(t("present.start", lang), key="present_start", on_click=start_presenting)

navigation = st.navigation({
    "": [page("overview", default=True)],
    t("nav.section.topics", lang): [page("poverty"), page("wages"), page("disability"), page("pensions"),
                                    page("labour")],
    t("nav.section.explore", lang): [page("regions"), page("forecasts"), page("program")],
    t("nav.section.data", lang): [page("data"), page("methodology"), page("coverage"), page("present")],
}, position="hidden" if present else "sidebar", expanded=True)  # no untranslated "View more"

if navigation.url_path != "present" and ("presenting" in st.session_state or present):  # the button, or ?present=1
    origin = st.session_state.pop("presenting", None)
    st.switch_page("app_pages/present/page.py", query_params=entry(navigation.url_path, origin or st.query_params.to_dict()))
if present:
    apply_style()
navigation.run()
drawn.mark()
