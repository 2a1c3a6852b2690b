"""Data coverage: every indicator with its regions, years and sources."""
import streamlit as st

from ui.frame import start
from ui.i18n import t
from app_pages.coverage.content import coverage_frame
from ui.tables import show_table

lang, data = start()

st.title(t("coverage.heading", lang))
st.write(t("app.subtitle", lang))
caption, table = coverage_frame(data, lang)
st.caption(caption)
show_table(table, hide_index=True, width="stretch", key="coverage_table")
