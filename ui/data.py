"""Cached access to the validated data; a broken file becomes a clear message, not a traceback."""
from __future__ import annotations

import streamlit as st

from analysis import loader
from ui.i18n import t


@st.cache_resource(show_spinner=False)
def dataset() -> loader.Dataset:
    """One validated dataset per server process, shared by every session and never copied
    (st.cache_data would unpickle a fresh copy on every rerun); nothing writes to it."""
    return loader.load()


def dataset_or_stop(lang: str) -> loader.Dataset:
    try:
        return dataset()
    except loader.DataError as error:
        st.error(f"{t('error.data', lang)}\n\n`{error}`")
        st.stop()
