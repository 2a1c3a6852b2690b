"""Cached access to the validated data; a broken file becomes a clear message, not a traceback."""
from __future__ import annotations

import streamlit as st

from analysis import loader
from ui.i18n import t


@st.cache_data(show_spinner=False)
def dataset() -> loader.Dataset:
    return loader.load()


def dataset_or_stop(lang: str) -> loader.Dataset:
    try:
        return dataset()
    except loader.DataError as error:
        st.error(f"{t('error.data', lang)}\n\n`{error}`")
        st.stop()
