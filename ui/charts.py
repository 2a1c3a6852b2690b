"""Drawing the shared figures: the words in the reader's language, one plotly config."""
from __future__ import annotations

import streamlit as st

from analysis import charts
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
    )


def show(fig, key: str) -> None:
    st.plotly_chart(fig, config=PLOTLY_CONFIG, key=key, width="stretch")
