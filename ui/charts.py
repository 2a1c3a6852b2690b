"""Drawing the shared figures: the words in the reader's language, one plotly config."""
from __future__ import annotations

import json

import plotly.io as pio
import streamlit as st
from plotly.basedatatypes import BaseFigure

from analysis import charts, margins
from ui import drawn
from ui.i18n import t

PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2},
                 "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def words(lang: str, title: str, unit: str, source: str) -> charts.Words:
    return charts.Words(
        title=title, unit=unit, source=source,
        possible_break=t("chart.possible_break", lang), secondary=t("chart.secondary", lang),
        no_data=t("chart.no_data", lang), forecast=t("chart.forecast", lang),
        interval80=t("chart.interval80", lang), interval95=t("chart.interval95", lang),
        target=t("chart.target", lang), observed=t("chart.observed", lang),
        implausible=t("chart.implausible", lang), implausible_note=t("chart.implausible_note", lang),
    )


class _Prepared(BaseFigure):
    """A figure already turned into plain JSON data. st.plotly_chart asks a figure only for
    to_dict(), which for a real figure deep-copies and encodes it on every rerun."""

    def __init__(self, plain: dict) -> None:     # nothing of BaseFigure's state is ever read
        self._plain = plain

    def to_dict(self) -> dict:
        return self._plain


def drawable(fig):
    """The figure for st.plotly_chart; its plain form is made once per figure object, so a
    kept figure costs only the JSON text on later reruns (NaN already written as null). The
    left margin is widened to what the y-axis labels need under Streamlit's theme, so that
    plotly's automargin does not draw the chart a second time (analysis.margins)."""
    plain = fig.__dict__.get("_plain_json")
    if plain is None:
        plain = margins.reserve_left_margin(json.loads(pio.to_json(fig, validate=False)))
        fig._plain_json = plain
    return _Prepared(plain)


def show(fig, key: str, config: dict | None = None, width: str = "stretch", alt: str | None = None) -> None:
    """Every chart of the app is drawn here (through ui.chart), and counted for the run's mark
    (ui/drawn.py). `alt`: the chart's text for screen readers."""
    st.plotly_chart(drawable(fig), config=PLOTLY_CONFIG if config is None else config, key=key, width=width,
                    alt=alt)
    drawn.count_chart()
