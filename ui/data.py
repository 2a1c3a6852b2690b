"""Cached access to the validated data; a broken file becomes a clear message, not a traceback.

The dataset is read once per server process. When a data update publishes a new release or rolls one back
(`python -m analysis update`, analysis/releases.py), the next run of any page sees the store's CURRENT
change (one small file read per run), points the loader at the new release and forgets everything read
from the old one: no restart.
"""
from __future__ import annotations

import sys
import threading

import streamlit as st

from analysis import loader, releases
from analysis.periods import label
from ui import cache
from ui.i18n import t

_switching = threading.Lock()


@st.cache_resource(show_spinner=False)
def dataset() -> loader.Dataset:
    """One validated dataset per server process, shared by every session and never copied
    (st.cache_data would unpickle a fresh copy on every rerun); nothing writes to it."""
    return loader.load()


def follow_release() -> None:
    """After a publish or a rollback: read the new release from the next run on. Everything cached
    from the old one goes (the dataset, the boundaries, the stored forecasts, what pages built)."""
    with _switching:
        if releases.follow():
            st.cache_data.clear()
            st.cache_resource.clear()
            cache.clear()
            maps = sys.modules.get("analysis.maps")
            if maps is not None:
                maps._default_regions.cache_clear()


def dataset_or_stop(lang: str) -> loader.Dataset:
    follow_release()
    try:
        return dataset()
    except loader.DataError as error:
        st.error(f"{t('error.data', lang)}\n\n`{error}`")
        st.stop()


def release_caption(lang: str) -> str | None:
    """"Data as of <date> (release <id>)" in `lang`; None when the data folder names no release."""
    follow_release()
    try:
        release = releases.current()
    except loader.DataError as error:
        return f"{t('error.data', lang)} `{error}`"
    if release is None:
        return None
    return t("release.caption", lang, date=label(release.data_as_of, lang), release=release.id)


def show_release(lang: str) -> None:
    """The release the pages show, once per page: a caption in the sidebar (app.py, under the language switch)."""
    caption = release_caption(lang)
    if caption is not None:
        st.sidebar.caption(caption)
