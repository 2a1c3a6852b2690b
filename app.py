"""Entry point: `streamlit run app.py`. Sets the language and builds the navigation."""
import streamlit as st

from ui.i18n import language_selector, requested_language, t

# Page config first: set after a widget, it re-mounts the page and the widget's first change is lost.
st.set_page_config(page_title=t("app.title", requested_language()), page_icon="📊", layout="wide")
lang = language_selector()

pages = [
    st.Page("pages/coverage.py", title=t("nav.coverage", lang), url_path="coverage", default=True),
    st.Page("pages/poverty.py", title=t("nav.poverty", lang), url_path="poverty"),
]
st.navigation(pages).run()
