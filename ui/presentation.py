"""Presentation mode: no sidebar or menus, large type; where it starts from and returns to; the
next slides built while the current one is shown."""
from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlencode

import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

# Our own fixed CSS (never user input): hide the chrome. The slides' own layout and type are in
# app_pages/present/content.py (SLIDE_CSS).
PRESENTATION_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { max-width: 100% !important; }
</style>
"""


def presenting() -> bool:
    """?present=1 in the URL (the slides page sets it too)."""
    return st.query_params.get("present") == "1"


def apply_style() -> None:
    st.html(PRESENTATION_CSS)


def entry(page: str, params: dict[str, str]) -> dict[str, str]:
    """The slides' URL parameters when presenting starts from `page` (its url_path) showing `params`:
    the language, and where it started, as ?from=<page>?<its parameters> (the slides take their
    topic from that view, and Exit returns to it)."""
    back = urlencode({k: v for k, v in params.items() if k not in ("lang", "present")})
    query = {"present": "1", "from": (page or "overview") + (f"?{back}" if back else "")}
    if params.get("lang"):
        query["lang"] = params["lang"]
    return query


# --- building the next slides while one is shown ------------------------------------------------

_lock = threading.Lock()
_warmed: dict[tuple, None] = {}
MAX_WARMED = 256            # decks remembered as built (their figures live in ui.cache)


def warm(key: tuple, build: Callable[[], None]) -> None:
    """Run `build` once per `key`, in a thread beside the script run: the deck's figures are then
    kept (ui.cache) before the presenter steps to them. A failure leaves the slide to its own run."""
    with _lock:
        if key in _warmed:
            return
        _warmed[key] = None
        while len(_warmed) > MAX_WARMED:
            _warmed.pop(next(iter(_warmed)))

    def run() -> None:
        try:
            build()
        except Exception:  # noqa: BLE001 - the slide's own run shows what is wrong
            with _lock:
                _warmed.pop(key, None)

    thread = threading.Thread(target=run, name="present-warm", daemon=True)
    add_script_run_ctx(thread, get_script_run_ctx())   # st.cache_resource (boundaries, forecasts) needs it
    thread.start()
