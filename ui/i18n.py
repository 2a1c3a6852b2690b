"""The visitor's language: ?lang= in the URL, else Kyrgyz; t() looks strings up."""
from __future__ import annotations

import streamlit as st

from analysis.schema import LANGUAGES
from ui.strings import STRINGS

DEFAULT_LANGUAGE = "ky"
LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}


def t(key: str, lang: str, **values) -> str:
    text = STRINGS[key][lang]
    return text.format(**values) if values else text


def language_selector() -> str:
    """Sidebar choice seeded from ?lang=; an unknown value falls back with a notice."""
    requested = st.query_params.get("lang", DEFAULT_LANGUAGE)
    if requested not in LANGUAGES:
        st.warning(t("notice.unknown_language", DEFAULT_LANGUAGE, value=requested[:40]))
        requested = DEFAULT_LANGUAGE
    if "lang" not in st.session_state:
        st.session_state["lang"] = requested
    lang = st.sidebar.radio(
        t("language.label", st.session_state["lang"]), LANGUAGES, key="lang",
        format_func=LANGUAGE_NAMES.get, horizontal=True,
    )
    if lang == DEFAULT_LANGUAGE:
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = lang
    return lang
