"""What every topic page's charts and tables are made with: a line chart or ranked bars of
observations as a `Chart` (ui/chart.py draws it with its views and panels), and the figures table."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import change, chart_view, regions_view, topic_figures, topic_tables
from analysis.chart_view import Chart
from analysis.series import SeriesKey, break_years
from ui import labels
from ui.charts import words
from ui.format import number
from ui.i18n import t
from ui.tables import Sortable, sortable


def lines(data, lang, points: pd.DataFrame, title: str, indicator: str, decimals: int | None = None,
          emphasis: str | None = None, unit: str | None = None, regional: bool = False,
          highlight: str | None = None, since: int | None = None) -> Chart:
    """The points as lines (missing years as gaps, the indicator's breaks marked), with their text
    for screen readers. regional: the chart's regions also have a Map view, at its latest year.
    highlight: the series drawn in colour, the others grey. since: a base year; the lines then
    show each series' change since it (analysis.change.since), and the title says so."""
    unit = labels.unit(data, indicator, lang) if unit is None else unit
    decimals = int(data.indicators.loc[indicator, "decimals"]) if decimals is None else decimals
    if since is not None:
        kind = change.kind_of(data, indicator)
        points = change.since(points, since, kind)
        title, unit = since_title(data, lang, title, since, kind, unit)
    source = labels.source_line(data, points["source_id"].dropna(), lang)
    fig = topic_figures.line_figure(points, words(lang, title, unit, source), lang, decimals,
                                    break_years(data, SeriesKey(indicator)), labels.flag_names(data, lang), emphasis,
                                    highlight)
    if since is not None:         # the base year's level, which every line starts from
        fig.update_yaxes(zeroline=True, zerolinecolor="#888", zerolinewidth=1)
    alt = chart_view.alt_lines(title, points, unit, decimals, lang)
    year = map_year(data, indicator, points) if regional and since is None else None
    return Chart(fig, chart_view.rows_of(points), title, alt, indicator if year else None, year)


def since_title(data, lang, title: str, base: int, kind: str, unit: str) -> tuple[str, str]:
    """(the title of a chart of changes since `base`, its unit)."""
    unit = change_unit(data, lang, kind, unit)
    return t(f"lines.since_title.{kind}", lang, title=title, year=base, unit=unit), unit


def change_unit(data, lang, kind: str, unit: str) -> str:
    """A change's unit: percentage points for a rate, percent for a level, else the indicator's `unit`."""
    return {"rate": data.rows_by_id["units"]["percentage_points"][f"name_{lang}"], "level": "%"}.get(kind, unit)


def map_year(data, indicator: str, points: pd.DataFrame | None = None) -> int | None:
    """The latest year with regional values among the points' years (any, without points)."""
    mapped = sorted(regions_view.map_periods(data, indicator))
    years = {int(str(p)[:4]) for p in points["period"]} if points is not None and len(points) else set(mapped)
    inside = [y for y in mapped if y in years]
    return (inside or mapped or [None])[-1]


def bars(data, lang, values: pd.DataFrame, title: str, indicator: str, period: str, rows: tuple,
         highlight: str | None = None, decimals: int | None = None, source_ids=None, regional: bool = True,
         unit: str | None = None) -> Chart:
    """Ranked bars of one period's values (columns label, value, flags, code) as a Chart; `rows`
    are the values' observations. regional: a Map view of the same year. unit: other than the
    indicator's (a change in percentage points)."""
    unit = labels.unit(data, indicator, lang) if unit is None else unit
    decimals = int(data.indicators.loc[indicator, "decimals"]) if decimals is None else decimals
    ids = data.observations.loc[list(rows), "source_id"] if source_ids is None else source_ids
    fig = topic_figures.bars_figure(values, words(lang, title, unit, labels.source_line(data, ids, lang)), lang,
                                    decimals, period, labels.flag_names(data, lang), highlight)
    alt = chart_view.alt_bars(title, values, unit, decimals, lang)
    year = int(str(period)[:4]) if regional and str(period)[:4].isdigit() else None
    return Chart(fig, tuple(rows), title, alt, indicator if year else None, year)


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
