"""The baseline of benchmarks/browser.py: a bare Streamlit page holding one plotly chart.

    .venv/bin/python -m streamlit run benchmarks/baseline_app.py

What any Streamlit app with a chart costs (server start, the frontend, plotly's bundle, one
rerun), so the dashboard's own figures can be read as a ratio against it.
"""
import sys
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ui import drawn  # noqa: E402 - the run's mark, which the benchmark waits for as on the app

drawn.begin()
st.title("Baseline: one plotly chart")
years = list(range(2010, 2024))
values = [33.7, 36.8, 38.0, 37.0, 30.6, 32.1, 25.4, 25.6, 22.4, 20.1, 25.3, 33.3, 29.8, 25.7]
fig = go.Figure(go.Scatter(x=years, y=values, mode="lines+markers", name="rate"))
fig.update_layout(title="A series", height=400)
st.plotly_chart(fig, width="stretch", key="baseline_chart")
drawn.count_chart()
drawn.mark()
