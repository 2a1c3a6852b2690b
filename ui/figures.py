"""The line figure and the figures table the topic pages share, each with its source line."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis import topic_figures, topic_tables
from ui import labels
from ui.charts import words
from ui.format import number
from ui.tables import Sortable, sortable


def line_figure(data, lang, points, title, indicator, decimals=None) -> go.Figure:
    """A line figure of the given points with the indicator's unit and the points' sources."""
    unit = labels.unit(data, indicator, lang)
    decimals = int(data.indicators.loc[indicator, "decimals"]) if decimals is None else decimals
    source = labels.source_line(data, points["source_id"], lang)
    return topic_figures.line_figure(points, words(lang, title, unit, source), lang, decimals, [],
                                     labels.flag_names(data, lang))


def table_frame(data, lang, rows, keep, status, columns) -> tuple[Sortable, str]:
    """The figures table, sorting by value, and its source line; a unit shared by every row moves
    into the value's header."""
    frame = topic_tables.figures_table(data, rows, lang, number, status, keep)
    names = dict(columns)
    if "unit" in frame and frame["unit"].nunique() == 1:
        names["value"] = f"{columns['value']}, {frame['unit'].iloc[0]}"
        frame = frame.drop(columns="unit")
    values = tuple(rows["value"].to_numpy(dtype=float))
    numbers = {names[c]: values for c in ("value", "value_unit") if c in frame}
    return Sortable(frame.rename(columns=names), numbers), labels.source_line(data, rows["source_id"], lang)


def draw_table(table: Sortable, source: str) -> None:
    st.dataframe(sortable(table), hide_index=True, width="stretch")
    st.caption(source)
