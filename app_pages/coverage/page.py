"""Data coverage: every indicator with its regions, years and sources."""
import streamlit as st

from ui.frame import start
from ui.i18n import t
from app_pages.coverage.content import coverage_frame
from ui.tables import sortable

lang, data = start()

st.title(t("app.title", lang))
st.write(t("app.subtitle", lang))
st.subheader(t("coverage.heading", lang))
caption, table = coverage_frame(data, lang)
st.caption(caption)
st.dataframe(sortable(table), hide_index=True, width="stretch", key="coverage_table")
