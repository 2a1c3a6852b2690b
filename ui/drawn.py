"""The mark a run leaves at its end, so that a browser can tell a page is drawn (tests/drawn.py).

Every chart goes through ui.charts.show, which counts it; app.py starts the count and, after
the page has run, leaves an empty container named for the session's run number and the number of
charts the run drew. A browser waits until that many charts are mounted: a wait on "every chart
has drawn" alone is true while no chart has arrived yet.
"""
from __future__ import annotations

import streamlit as st

RUN, CHARTS = "_drawn_run", "_drawn_charts"


def begin() -> None:
    st.session_state[RUN] = st.session_state.get(RUN, 0) + 1
    st.session_state[CHARTS] = 0


def count_chart() -> None:
    st.session_state[CHARTS] = st.session_state.get(CHARTS, 0) + 1


def mark() -> None:
    """An empty container whose key carries the run and the chart count: the browser reads them
    from its class (st-key-drawn-run-<run>-charts-<charts>); no HTML is written."""
    with st.container(key=f"drawn-run-{st.session_state.get(RUN, 0)}-charts-{st.session_state.get(CHARTS, 0)}"):
        st.empty()      # an empty container is not drawn at all
