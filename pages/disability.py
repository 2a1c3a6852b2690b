"""Disability (being built)."""
import streamlit as st

from ui.frame import start
from ui.i18n import t

lang, data = start()
st.title(t("nav.disability", lang))
st.info(t("page.under_construction", lang))
