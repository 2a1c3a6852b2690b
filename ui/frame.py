"""What every page script does first."""
from __future__ import annotations


def start():
    """(language, dataset) for a page script; a broken data file stops the page with a clear message.

    The pages live in app_pages/, not pages/: with a pages/ folder beside app.py Streamlit starts in
    its legacy folder navigation, and a deep link opened first in a new process (/poverty) missed."""
    from ui.data import dataset_or_stop
    from ui.i18n import requested_language

    lang = requested_language()
    return lang, dataset_or_stop(lang)
