"""The visitor's language: ?lang= in the URL, else Kyrgyz; t() looks strings up."""
from __future__ import annotations

import re

import streamlit as st

from analysis.schema import LANGUAGES
from ui.strings import STRINGS

DEFAULT_LANGUAGE = "ky"
LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
LANGUAGE_LABEL = " / ".join(STRINGS["language.label"][lang] for lang in LANGUAGES)


def escape_markdown(text: str) -> str:
    """User input shown inside a message: literal text, never a link, emphasis or HTML."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~:$])", r"\\\1", text)


def t(key: str, lang: str, **values) -> str:
    text = STRINGS[key][lang]
    return text.format(**values) if values else text


def requested_language() -> str:
    """The language this run shows: the visitor's choice, else ?lang=, else Kyrgyz."""
    chosen = st.session_state.get("language") or st.query_params.get("lang", DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def _remember_choice() -> None:
    st.session_state["language"] = st.session_state["language_picker"]


def language_selector() -> str:
    """Sidebar choice seeded from ?lang=; an unknown value falls back with a notice.

    The choice is kept under its own key: st.navigation can re-create an entrypoint widget
    on the first rerun, and its index then comes from the remembered choice.
    """
    requested = st.query_params.get("lang", DEFAULT_LANGUAGE)
    if requested not in LANGUAGES:
        st.warning(t("notice.unknown_language", DEFAULT_LANGUAGE, value=escape_markdown(requested[:40])))
    current = requested_language()
    # One label in all three languages: a label that changed with the choice would make a new widget.
    lang = st.sidebar.radio(
        LANGUAGE_LABEL, LANGUAGES, key="language_picker", index=LANGUAGES.index(current),
        format_func=LANGUAGE_NAMES.get, horizontal=True, on_change=_remember_choice,
    )
    st.session_state["language"] = lang
    if lang == DEFAULT_LANGUAGE:
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = lang
    return lang
