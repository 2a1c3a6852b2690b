"""Entry point: `streamlit run app.py`. Sets the language and builds the navigation."""
import streamlit as st

from ui import drawn
from ui.data import show_release
from ui.i18n import language_selector, requested_language, t
from ui.presentation import apply_style, presenting

# Page config first: set after a widget, it re-mounts the page and the widget's first change is lost.
st.set_page_config(page_title=t("app.title", requested_language()), page_icon="📊", layout="wide")
drawn.begin()
lang = language_selector()
show_release(lang)   # "data as of ..." under the language switch (ui/data.py)
present = presenting()


def page(name: str, default: bool = False) -> st.Page:
    # url_path stays language-neutral so shared links survive a language switch.
    return st.Page(f"pages/{name}.py", title=t(f"nav.{name}", lang), url_path=name, default=default)


def start_presenting() -> None:
    # Carry the current selection to the slides: query parameters are cleared on a page switch.
    st.session_state["present_selection"] = {k: st.query_params.get(k) for k in ("indicator", "region")}
    st.session_state["presenting"] = True


if not present:
    st.sidebar.button(t("present.start", lang), key="present_start", on_click=start_presenting)

navigation = st.navigation({
    "": [page("overview", default=True)],
    t("nav.section.topics", lang): [page("poverty"), page("wages"), page("disability"), page("pensions"),
                                    page("labour")],
    t("nav.section.explore", lang): [page("regions"), page("forecasts"), page("program")],
    t("nav.section.data", lang): [page("data"), page("methodology"), page("coverage"), page("present")],
}, position="hidden" if present else "sidebar", expanded=True)  # no untranslated "View more"

if st.session_state.pop("presenting", False) and navigation.url_path != "present":
    st.switch_page("pages/present.py")
if present:
    apply_style()
navigation.run()
drawn.mark()
