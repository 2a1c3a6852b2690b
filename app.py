"""Entry point: `streamlit run app.py`. Sets the language and builds the navigation."""
import streamlit as st

from ui import drawn, frame
from ui.data import show_release
from ui.i18n import language_selector, requested_language, t
from ui.presentation import apply_style, entry, presenting

PAGES = ["overview", "poverty", "wages", "disability", "pensions", "labour", "regions", "forecasts", "program",
         "data", "methodology", "coverage", "present"]
present = presenting()
chosen = requested_language()     # what the language switch below will show


def page(name: str) -> st.Page:
    # url_path stays language-neutral so shared links survive a language switch.
    return st.Page(f"app_pages/{name}/page.py", title=t(f"nav.{name}", chosen), url_path=name,
                   default=name == PAGES[0])


# One list, in the order of the topics: Streamlit draws a sectioned navigation as <div>s inside its
# <ul>, which screen readers cannot read as a list (axe's `list` and `listitem` rules).
navigation = st.navigation([page(name) for name in PAGES], position="hidden" if present else "sidebar",
                           expanded=True)  # no untranslated "View more"
# Page config before any widget: set after one, it re-mounts the page and the widget's first change is
# lost. After st.navigation, so that each page has its own title in the browser tab.
st.set_page_config(page_title=frame.page_title(navigation.title, chosen), page_icon="📊", layout="wide")
drawn.begin()
lang = language_selector()
show_release(lang)   # "data as of ..." under the language switch (ui/data.py)
high_contrast = frame.contrast_toggle(lang)


def start_presenting() -> None:
    # The view presenting starts from: the slides take their topic from it and Exit returns to it
    # (a page switch clears the query parameters: they travel as ?from= and ?back=, ui.presentation.entry).
    st.session_state["presenting"] = st.query_params.to_dict()


if not present:
    st.sidebar.button(t("present.start", lang), key="present_start", on_click=start_presenting)
frame.browser_frame(lang, navigation.url_path or PAGES[0], high_contrast)

if navigation.url_path != "present" and ("presenting" in st.session_state or present):  # the button, or ?present=1
    origin = st.session_state.pop("presenting", None)
    st.switch_page("app_pages/present/page.py", query_params=entry(navigation.url_path, origin or st.query_params.to_dict()))
if present:
    apply_style()
navigation.run()
drawn.mark()
