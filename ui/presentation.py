"""Presentation mode: no sidebar or menus, large type, full-width charts."""
from __future__ import annotations

import streamlit as st

# Our own fixed CSS (never user input): hide the chrome, enlarge the type for a projector.
PRESENTATION_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 1.5rem 3rem !important; }
html, body, [data-testid="stMarkdownContainer"] p { font-size: 1.35rem; }
h1 { font-size: 3rem !important; }
[data-testid="stMetricValue"], [data-testid="stMetricValue"] * { font-size: 4.5rem !important; }
[data-testid="stMetricDelta"], [data-testid="stMetricDelta"] * { font-size: 1.8rem !important; }
</style>
"""


def presenting() -> bool:
    """?present=1 in the URL (the slides page sets it too)."""
    return st.query_params.get("present") == "1"


def apply_style() -> None:
    st.markdown(PRESENTATION_CSS, unsafe_allow_html=True)
