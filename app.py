"""Entry point: `streamlit run app.py`. Sets the language and builds the navigation."""
import streamlit as st

from ui.i18n import language_selector, requested_language, t

# Page config first: set after a widget, it re-mounts the page and the widget's first change is lost.
st.set_page_config(page_title=t("app.title", requested_language()), page_icon="📊", layout="wide")
lang = language_selector()


def page(name: str, default: bool = False) -> st.Page:
    # url_path stays language-neutral so shared links survive a language switch.
    return st.Page(f"pages/{name}.py", title=t(f"nav.{name}", lang), url_path=name, default=default)


st.navigation({
    "": [page("overview", default=True)],
    t("nav.section.topics", lang): [page("poverty"), page("wages"), page("disability"), page("pensions"),
                                    page("labour")],
    t("nav.section.explore", lang): [page("regions"), page("forecasts"), page("program")],
    t("nav.section.data", lang): [page("data"), page("methodology"), page("coverage")],
}).run()
