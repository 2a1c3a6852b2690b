"""Drawing helpers the topic pages share: a line figure and a figures table, each with its source line."""
from __future__ import annotations

import streamlit as st

from analysis import wages_view as common
from ui import labels
from ui.charts import show, words
from ui.format import number


def line(data, lang, points, title, indicator, key, decimals=None):
    """A line figure of the given points with the indicator's unit and the points' sources."""
    unit = labels.unit(data, indicator, lang)
    decimals = int(data.indicators.loc[indicator, "decimals"]) if decimals is None else decimals
    fig = common.line_figure(points, words(lang, title, unit, labels.source_line(data, points["source_id"], lang)),
                             lang, decimals, [], labels.flag_names(data, lang))
    show(fig, key)


def table(data, lang, rows, keep, status, columns):
    """The figures table; a unit shared by every row moves into the value's header."""
    frame = common.figures_table(data, rows, lang, number, status, keep)
    names = dict(columns)
    if "unit" in frame and frame["unit"].nunique() == 1:
        names["value"] = f"{columns['value']}, {frame['unit'].iloc[0]}"
        frame = frame.drop(columns="unit")
    st.dataframe(frame.rename(columns=names), hide_index=True, width="stretch")
    st.caption(labels.source_line(data, rows["source_id"], lang))
