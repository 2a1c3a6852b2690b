"""What every page script does first."""
from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def ensure_navigation() -> None:
    """Run the page through app.py's navigation, even on a server's very first request.

    With a pages/ folder beside app.py, Streamlit runs its legacy folder-based navigation
    until st.navigation has been called once in the process: a deep link opened first
    (say /poverty) would run the page script alone, without the language or the menu.
    Switching the legacy mode off and rerunning sends that request through app.py.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def start():
    """(language, dataset) for a page script; a broken data file stops the page with a clear message."""
    from ui.data import dataset_or_stop
    from ui.i18n import requested_language

    ensure_navigation()
    lang = requested_language()
    return lang, dataset_or_stop(lang)
