"""What every topic page's charts, tables and figures are made with: a line chart or ranked bars of
observations as a `Chart` (ui/chart.py draws it with its views and panels), and the figures table."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import change, chart_view, periods, regions_view, signals, topic_figures, topic_tables
from analysis.chart_view import Chart
from analysis.series import SeriesKey, break_years
from ui import labels
from ui.cache import kept
from ui.charts import words
from ui.format import number, signed
from ui.i18n import t
from ui.tables import Sortable, show_table


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
    computed = None
    if since is not None:         # the table and the files hold the changes drawn, beside the levels
        drawn = points.dropna(subset=["value"])
        computed = chart_view.computed_table(data, indicator, list(drawn["series"]), list(drawn["period"]),
                                             list(drawn["value"]), unit, t("lines.since_note", lang, year=since),
                                             list(drawn["source_id"].fillna("")), lang)
    return Chart(fig, chart_view.rows_of(points), title, alt, indicator if year else None, year, computed,
                 computed_decimals=decimals)


@kept
def base_years(data, indicator: str) -> tuple:
    return tuple(change.base_years(data, indicator))


@kept
def change_bars(data, lang, indicator: str, base: int, year: int, highlight: str | None = None) -> Chart:
    """The regions ranked by their change from `base` to `year` (analysis.change.ranking), the
    changes also in the chart's table and files."""
    table = change.ranking(data, indicator, base, year)
    values = table.assign(label=[labels.region(data, r, lang) for r in table["region"]], value=table["change"],
                          code=table["region"])
    title = t("lines.change_title", lang, name=labels.indicator(data, indicator, lang), base=base, year=year)
    unit = change_unit(data, lang, change.kind_of(data, indicator), labels.unit(data, indicator, lang))
    rows = tuple(r for found in table["rows"] for r in found)
    shown = values.dropna(subset=["value"])
    computed = chart_view.computed_table(
        data, indicator, list(shown["label"]), [f"{base}–{year}"] * len(shown), list(shown["value"]), unit,
        t("lines.since_note", lang, year=base), [data.observations.loc[r[-1], "source_id"] for r in shown["rows"]], lang)
    return bars(data, lang, values, title, indicator, f"{base}–{year}", rows, highlight=highlight, regional=False,
                unit=unit, computed=computed)


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
         unit: str | None = None, computed: pd.DataFrame | None = None) -> Chart:
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
    return Chart(fig, tuple(rows), title, alt, indicator if year else None, year, computed,
                 computed_decimals=decimals)


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
    show_table(table, hide_index=True, width="stretch")
    st.caption(source)


def metric(data, lang, label, row, change=None, since="disability.since"):
    """A figure with its period in the label and its source in the help, for st.metric: a dict of
    label, value, help and, given `change` (the year before, the change since then), the delta
    with its arrow and colour taken from the number (analysis.signals), never from the text, and
    its words from the string `since` (given change and period)."""
    if row is None:
        return None
    indicator = row["indicator_id"]
    decimals = int(data.indicators.loc[indicator, "decimals"])
    text = topic_tables.flagged_number(row["value"], decimals, row["flags"], lang, number)
    unit = labels.unit(data, indicator, lang)
    label = t(label, lang, period=periods.label(row["period"], lang))
    if len(unit) > 2:                                   # a long unit goes into the label: the value stays whole
        label, unit = f"{label}, {unit}", ""
    entry = {"label": label, "value": f"{text} {unit}".strip(),
             "help": f"{labels.indicator(data, indicator, lang)}. {labels.source_line(data, [row['source_id']], lang)}"}
    if change is not None:
        before, amount = change
        signal = signals.judge(amount, decimals, data.indicators.loc[indicator, "higher_is_better"],
                               data.indicators.loc[indicator, "unit"])
        entry.update(delta=t(since, lang, change=signed(amount, decimals, lang),
                             period=periods.label(str(before), lang)),
                     delta_color=signal.colour, delta_arrow=signal.arrow)
    return entry


def locator_text(locator: str) -> str:
    """'1.3.1.c.xlsx, Лист1!T4' from 'sources/.../1.3.1.c.xlsx#Лист1!T4': the file and the cell."""
    path, _, cell = str(locator).partition("#")
    return f"{path.rsplit('/', 1)[-1]}, {cell}" if cell else path.rsplit("/", 1)[-1]


def comparison_table(data, lang, page: str, compared, names: dict[str, str], reported_indicator: str,
                     official_indicator: str):
    """(the table of reported counts against the official annual count, its source line): one
    row per comparison of analysis.topic_tables.against_annual, numbers sorting as numbers.
    `names`: column headers for period, value, source, year, annual, percent, timing; the timing
    in words comes from the strings `<page>.timing.<timing>`."""
    reported_decimals = int(data.indicators.loc[reported_indicator, "decimals"])
    official_decimals = int(data.indicators.loc[official_indicator, "decimals"])
    frame = pd.DataFrame({          # the numbers first, the (long) publisher's name last
        "period": [periods.label(p, lang) for p in compared["period"]],
        "value": [topic_tables.flagged_number(v, reported_decimals, f, lang, number)
                  for v, f in zip(compared["value"], compared["flags"])],
        "year": [periods.label(str(y), lang) for y in compared["year"]],
        "annual": [number(v, official_decimals, lang) for v in compared["annual"]],
        # two decimals; three where two would read as zero (-0.004%, not -0.00%)
        "percent": [signed(v, 2 if round(abs(v), 2) else 3, lang) for v in compared["percent"]],
        "timing": [t(f"{page}.timing.{w}", lang) for w in compared["timing"]],
        "source": [labels.publisher(data, s, lang) for s in compared["source_id"]],
    })
    numbers = {names[c]: tuple(compared[c].to_numpy(dtype=float)) for c in ("value", "annual", "percent")}
    sources = list(compared["source_id"]) + list(compared["annual_source_id"])
    return Sortable(frame.rename(columns=names), numbers), labels.source_line(data, sources, lang)
