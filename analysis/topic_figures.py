"""The line and bar figures the topic pages share (Wages, Pensions, Labour, Disability).

`analysis.charts` draws the lines and bars; the functions here add what the topic pages need
on top of it (see each docstring): calendar years absent from a series stay gaps, a point of
another period or source does not cut a line, legend and source line sit at fixed distances
under the plot, and numbers written into bars and maps follow the reader's language.
Pure functions, no Streamlit.
"""
from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go

from analysis import charts, periods
from analysis.schema import period_kind

POINT_COLUMNS = ["series", "period", "value", "flags", "secondary", "source_id"]


def with_gaps(points: pd.DataFrame) -> pd.DataFrame:
    """The points plus an empty (NaN) row for every calendar year missing inside each series.

    `chart_points` returns only the rows that exist, so a line would run straight across
    years without a value. An empty row between the series' first and last calendar year
    makes the line break there. Years that have any value (even a secondary one) are left.
    """
    if points.empty:
        return points
    frames = []
    for name, rows in points.groupby("series", sort=False):
        years = sorted(int(p) for p in rows["period"] if period_kind(p) == "year")
        missing = [y for y in range(years[0], years[-1] + 1) if str(y) not in set(rows["period"])] if years else []
        frames.append(rows)
        if missing:
            frames.append(pd.DataFrame({"series": name, "period": [str(y) for y in missing],
                                        "value": float("nan"), "flags": "", "secondary": False,
                                        "source_id": None}))
    return pd.concat(frames, ignore_index=True)[POINT_COLUMNS]


def join_lines(fig: go.Figure, lang: str) -> go.Figure:
    """Drop, from each line, the empty places that are not calendar years.

    `charts.line_chart` draws a series' primary values as one line and leaves NaN where a
    secondary value sits; a secondary quarter or date between two years (Q1 2019 between
    2018 and 2019) would then cut the annual line. Only a missing calendar year is a gap.
    """
    year_labels = {periods.label(str(y), lang) for y in range(1900, 2101)}
    for trace in fig.data:
        if trace.type != "scatter" or "lines" not in (trace.mode or "") or trace.y is None:
            continue
        custom = list(trace.customdata) if trace.customdata is not None else [("", "")] * len(trace.y)
        keep = [i for i, (y, c) in enumerate(zip(trace.y, custom))
                if not (_is_nan(y) and c[0] not in year_labels)]
        if len(keep) < len(trace.y):
            trace.update(x=[trace.x[i] for i in keep], y=[trace.y[i] for i in keep],
                         customdata=[tuple(custom[i]) for i in keep])
    return fig


def line_figure(points: pd.DataFrame, words: charts.Words, lang: str, decimals: int = 1,
                breaks: Iterable[int] = (), flag_names: dict[str, str] | None = None,
                emphasis: str | None = None, highlight: str | None = None) -> go.Figure:
    """`charts.line_chart` with missing years as gaps, lines not cut by points of other
    periods, and the legend and source line placed so that they show (see `tidy_bottom`)."""
    fig = charts.line_chart(with_gaps(points), words, lang, decimals, list(breaks), flag_names, emphasis, highlight)
    values = points["value"].dropna()
    if len(values) and values.abs().max() >= 1000:
        fig.update_yaxes(tickformat=",.0f")           # 35 000, not plotly's 35k
    names = [str(tr.name) for tr in fig.data if tr.name]
    columns = 2 if names and max(map(len, names)) <= LEGEND_CHARS else 1
    return tidy_bottom(join_lines(fig, lang), words.source, columns=columns)


def bars_figure(values: pd.DataFrame, words: charts.Words, lang: str, decimals: int, period: str,
                flag_names: dict[str, str], highlight: str | None = None) -> go.Figure:
    """`charts.ranked_bars` with the numbers on the bars in the reader's format, the period and
    flags in the hover, long labels wrapped, room for the numbers, and the source line shown.

    values: columns label, value (NaN = missing), flags, code.
    """
    values = values.assign(label=[wrap_label(str(v)) for v in values["label"]])
    fig = charts.ranked_bars(values, words, lang, decimals, highlight)
    rows = values.dropna(subset=["value"]).sort_values("value")
    flags = [_flag_text(f, flag_names) for f in rows.get("flags", [""] * len(rows))]
    fig.update_traces(
        text=None, texttemplate=" %{x:,." + str(decimals) + "f}",     # a space: the number never touches the bar
        customdata=list(zip([str(v).replace("<br>", " ") for v in rows["label"]], flags)),
        hovertemplate="<b>%{customdata[0]}</b><br>" + period + ": %{x:,." + str(decimals) + "f} "
                      + words.unit + "%{customdata[1]}<extra></extra>", selector={"type": "bar"})
    longest = max((len(part) for label in values["label"] for part in str(label).split("<br>")), default=10)
    fig.update_yaxes(title=None)
    fig.update_layout(margin={"l": min(390, 12 + LABEL_PX * longest)})
    if len(rows) and rows["value"].abs().max() >= 1000:
        fig.update_xaxes(tickformat=",.0f")
    if len(rows) and rows["value"].min() >= 0:
        fig.update_xaxes(range=[0, float(rows["value"].max()) * 1.12])
    missing_prefix = f"{words.no_data}: "
    for annotation in fig.layout.annotations:
        if annotation.text and annotation.text.startswith(missing_prefix):
            annotation.update(text="<br>".join(charts.wrap_small_print(annotation.text.replace("<br>", " "))),
                              x=0, xanchor="left", y=1, yanchor="bottom", yshift=6, align="left",
                              xshift=-(fig.layout.margin.l - 8))
            fig.update_layout(margin={"t": 84})
    return tidy_bottom(fig, words.source, axis_title=True, plot_height=max(150, 34 * len(values)))


LABEL_CHARS = 48        # characters of a bar's label per row
LABEL_PX = 7.6          # pixels per character of a bar's label (the page's font, 14 px)
LEGEND_CHARS = 48       # legend entries longer than this take a whole row
BELOW_AXIS_PX = 30      # tick labels under the plot
AXIS_TITLE_PX = 24
LEGEND_ROW_PX = 22
SOURCE_ROW_PX = 15


def wrap_label(text: str, width: int = LABEL_CHARS) -> str:
    return "<br>".join(textwrap.wrap(text, width)) or text


def tidy_bottom(fig: go.Figure, source: str, axis_title: bool = False, columns: int = 2,
                plot_height: int = charts.PLOT_PX) -> go.Figure:
    """Place the legend and the source line under the plot at fixed distances in pixels.

    `charts.style` puts the legend at a fraction of the plot's height and the source line at
    a fixed distance, so a legend of several rows runs into the source line (and an older
    version put the source line outside a short figure). Here the legend takes two columns
    and the figure grows by what the legend and the (wrapped) source line need; the plot
    keeps its height.
    """
    margin = fig.layout.margin
    top = margin.t if margin.t is not None else 60
    left = margin.l if margin.l is not None else 60
    bottom_before = margin.b if margin.b is not None else 90
    height = fig.layout.height or 440
    plot = max(plot_height, height - top - bottom_before)
    for trace in fig.data:            # a series with no value of its own kind leaves no empty legend entry
        if trace.type == "scatter" and not _has_data(trace):
            trace.showlegend = False
    entries = [tr for tr in fig.data if tr.showlegend is not False and tr.name and _has_data(tr)]
    hollow = any(tr.type == "scatter" and tr.mode == "markers" for tr in entries)
    legend = len(entries) > 1 or (len(entries) == 1 and hollow)   # one hollow series still says "secondary"
    fig.update_layout(showlegend=legend)
    rows = math.ceil(len(entries) / columns) if legend else 0
    lines = charts.wrap_small_print(source) if source else []
    below = BELOW_AXIS_PX + (AXIS_TITLE_PX if axis_title else 0)
    legend_px = rows * LEGEND_ROW_PX + (6 if rows else 0)
    bottom = below + legend_px + 8 + len(lines) * SOURCE_ROW_PX + 10
    fig.update_layout(height=plot + top + bottom, margin={"b": bottom})
    if rows:
        fig.update_layout(legend={"y": -below / plot, "yanchor": "top", "x": 0, "xanchor": "left",
                                  "entrywidth": 1 / columns, "entrywidthmode": "fraction"})
    flat = " ".join(source.split())
    for annotation in fig.layout.annotations:
        if source and annotation.text and " ".join(annotation.text.replace("<br>", " ").split()) == flat:
            annotation.update(text="<br>".join(lines), y=0, yshift=-(below + legend_px + 8), yanchor="top",
                              x=0, xanchor="left", xshift=-(left - 8))
    return fig


def _flag_text(flags, names: dict[str, str]) -> str:
    shown = [names.get(f, f) for f in str(flags or "").split(";") if f]
    return ("<br>" + "; ".join(shown)) if shown else ""


NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def localise_numbers(text: str, lang: str) -> str:
    """12,345.6 written as 12 345,6 in ky and ru (Python's format writes English)."""
    if lang == "en":
        return text
    return NUMBER.sub(lambda m: m.group(0).replace(",", "\u202f").replace(".", ","), text)


def localise_map(fig: go.Figure, lang: str) -> go.Figure:
    """`maps.choropleth` writes its labels and hover with Python's English number format;
    rewrite the numbers (not the names) for ky and ru, and the colour bar's separators."""
    if lang == "en":
        return fig
    fig.update_layout(separators=charts.separators(lang))
    for annotation in fig.layout.annotations:
        if annotation.text:
            annotation.text = re.sub(r"<b>([^<]*)</b>", lambda m: f"<b>{localise_numbers(m.group(1), lang)}</b>",
                                     annotation.text)
    for trace in fig.data:
        if trace.customdata is not None:
            trace.customdata = [[c[0], _localise_tail(c[1], lang)] for c in trace.customdata]
    return fig


def _localise_tail(text: str, lang: str) -> str:
    head, sep, tail = str(text).rpartition(": ")
    return f"{head}{sep}{localise_numbers(tail, lang)}" if sep else text


def _has_data(trace) -> bool:
    """Whether a trace draws anything (plotly leaves a trace without values out of the legend)."""
    values = trace.x if trace.type == "bar" else trace.y
    return values is not None and any(not _is_nan(v) for v in values)


def _is_nan(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
