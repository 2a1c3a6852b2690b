"""What one chart shows, for every view of it: the observations behind it, its text for screen
readers, its table, its "about this data", its files and their names. Pure, no Streamlit:
ui/chart.py draws it.

A chart's figure is made from observations (analysis.series.chart_points keeps each one's row
label in data.observations); the same rows make its table, its downloads and its citation, so
what a reader downloads is exactly what the chart shows.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from analysis import export, periods, releases
from analysis import export_provenance as provenance
from analysis.export_provenance import flag_words
from analysis.loader import Dataset
from analysis.schema import BREAKDOWNS, period_kind, source_columns

VIEWS = ("chart", "table", "map")
IMAGE_FORMATS = ("png", "svg")


@dataclass(frozen=True, eq=False)
class Chart:
    """One chart: its figure and what it is made of."""
    figure: go.Figure
    rows: tuple = ()                       # labels in data.observations of the values drawn
    title: str = ""
    alt: str = ""                          # what it shows and its main fact, for screen readers
    map_indicator: str | None = None       # a regional indicator: the chart also has a Map view
    map_year: int | None = None
    computed: pd.DataFrame | None = field(default=None)   # values made here (a forecast), not observations
    computed_decimals: int = 1             # how the table writes them
    is_map: bool = False                   # the chart is itself a map: its views are Map and Table

    @property
    def views(self) -> tuple[str, ...]:
        if self.is_map:
            return ("map", "table")
        return VIEWS if self.map_indicator else VIEWS[:2]


def rows_of(points: pd.DataFrame) -> tuple:
    """The observation labels of chart points (series.chart_points' "row"), gaps left out."""
    if "row" not in points:
        return ()
    return tuple(int(r) for r in points["row"].dropna())


def observations(data: Dataset, chart: Chart) -> pd.DataFrame:
    return data.observations.loc[list(dict.fromkeys(chart.rows))]


# --- Text for screen readers -------------------------------------------------------------------

ALT = {
    "en": {"span": "{title}, {first}–{last}.", "one": "{title}, {period}.",
           "up": "{series}: {value} {when}, up from {previous} {previous_when}",
           "down": "{series}: {value} {when}, down from {previous} {previous_when}",
           "same": "{series}: {value} {when}, the same as {previous_when}",
           "last": "{series}: {value} {when}", "more": "and {count} more series",
           "bars": "{title}. Highest: {top}; lowest: {bottom}.", "none": "{title}: no values.",
           "table": "The table view lists every value."},
    "ru": {"span": "{title}, {first}–{last}.", "one": "{title}, {period}.",
           "up": "{series}: {value} {when}, рост с {previous} {previous_when}",
           "down": "{series}: {value} {when}, снижение с {previous} {previous_when}",
           "same": "{series}: {value} {when}, как и {previous_when}",
           "last": "{series}: {value} {when}", "more": "и ещё рядов: {count}",
           "bars": "{title}. Больше всего: {top}; меньше всего: {bottom}.", "none": "{title}: значений нет.",
           "table": "Все значения — в виде «Таблица»."},
    "ky": {"span": "{title}, {first}–{last}.", "one": "{title}, {period}.",
           "up": "{series}: {when} — {value}, {previous_when} — {previous} (өсүү)",
           "down": "{series}: {when} — {value}, {previous_when} — {previous} (төмөндөө)",
           "same": "{series}: {when} — {value} ({previous_when} менен бирдей)",
           "last": "{series}: {when} — {value}", "more": "дагы {count} катар",
           "bars": "{title}. Эң жогорку: {top}; эң төмөнкү: {bottom}.", "none": "{title}: маанилер жок.",
           "table": "Бардык маанилер «Таблица» көрүнүшүндө."},
}
MAX_ALT_SERIES = 6


def number(value: float, decimals: int, lang: str) -> str:
    """12,345.6 in English, 12 345,6 in ky and ru (as ui.format writes them)."""
    text = f"{value:,.{decimals}f}"
    return text if lang == "en" else text.replace(",", "\u202f").replace(".", ",")


def _amount(value: float, decimals: int, unit: str, lang: str) -> str:
    text = number(value, decimals, lang)
    return f"{text}%" if unit.strip() == "%" else f"{text} {unit}".strip()


def _year_text(period: str, lang: str) -> str:
    # In running text a year is the bare number; other periods keep their label.
    return period if re.fullmatch(r"\d{4}", period) else periods.label(period, lang)


def _when(period: str, lang: str) -> str:
    """When a value was, as a sentence says it: "in 2024", "on 1 January 2021"; in Russian "в 2024 г."
    or the label in brackets (a month would need its case: "в декабре"); in Kyrgyz the label."""
    text = _year_text(period, lang)
    if lang == "en":
        return f"{'on' if period_kind(period) == 'date' else 'in'} {text}"
    if lang == "ru":
        return f"в {text} г." if period_kind(period) == "year" else f"({text})"
    return text


def _sentence(text: str) -> str:
    """The text with one full stop at its end (a title may end with one: "2024 г.")."""
    return text if text.endswith(".") else f"{text}."


def alt_lines(title: str, points: pd.DataFrame, unit: str, decimals: int, lang: str) -> str:
    """"Poverty rate, 2007–2024. Kyrgyz Republic: 25.7% in 2024, down from 29.8% in 2023; ..."."""
    words = ALT[lang]
    values = points.dropna(subset=["value"])
    if values.empty:
        return words["none"].format(title=title)
    ordered = sorted(set(values["period"]), key=periods.position)
    first, last = _year_text(ordered[0], lang), _year_text(ordered[-1], lang)
    head = _sentence((words["span"].format(title=title, first=first, last=last) if first != last
                      else words["one"].format(title=title, period=first))[:-1])
    parts = []
    for name, rows in values.groupby("series", sort=False):
        rows = rows.iloc[sorted(range(len(rows)), key=lambda i: periods.position(rows["period"].iloc[i]))]
        latest = rows.iloc[-1]
        said = {"series": name, "value": _amount(latest["value"], decimals, unit, lang),
                "when": _when(latest["period"], lang)}
        if len(rows) > 1:
            before = rows.iloc[-2]
            step = round(latest["value"] - before["value"], decimals)
            kind = "up" if step > 0 else "down" if step < 0 else "same"
            said |= {"previous": _amount(before["value"], decimals, unit, lang),
                     "previous_when": _when(before["period"], lang)}
        else:
            kind = "last"
        parts.append(words[kind].format(**said))
    shown = parts[:MAX_ALT_SERIES]
    if len(parts) > MAX_ALT_SERIES:
        shown.append(words["more"].format(count=len(parts) - MAX_ALT_SERIES))
    return f"{head} {_sentence('; '.join(shown))} {words['table']}"


def alt_bars(title: str, values: pd.DataFrame, unit: str, decimals: int, lang: str) -> str:
    """The highest and lowest bar: values has columns label, value."""
    words = ALT[lang]
    rows = values.dropna(subset=["value"]).sort_values("value")
    if rows.empty:
        return words["none"].format(title=title)
    said = [f"{str(r['label']).replace('<br>', ' ')} {_amount(r['value'], decimals, unit, lang)}"
            for r in (rows.iloc[-1], rows.iloc[0])]
    return f"{_sentence(words['bars'].format(title=title, top=said[0], bottom=said[1])[:-1])} {words['table']}"


# --- The table view ------------------------------------------------------------------------------

TABLE_HEADERS = {
    "en": {"indicator": "Indicator", "region": "Region", "breakdown": "Breakdown", "period": "Period",
           "value": "Value", "unit": "Unit", "flags": "Notes", "source": "Source"},
    "ru": {"indicator": "Показатель", "region": "Регион", "breakdown": "Разрез", "period": "Период",
           "value": "Значение", "unit": "Единица", "flags": "Примечания", "source": "Источник"},
    "ky": {"indicator": "Көрсөткүч", "region": "Аймак", "breakdown": "Бөлүнүш", "period": "Мезгил",
           "value": "Маани", "unit": "Бирдик", "flags": "Эскертүүлөр", "source": "Булак"},
}


def _code_name(data: Dataset, dimension: str, code: str, lang: str) -> str:
    row = data.code_names.get((dimension, code))
    return row[f"name_{lang}"] if row else code


def table(data: Dataset, chart: Chart, lang: str) -> pd.DataFrame:
    """The chart's values as rows a reader can check: names, period, value (a number), unit,
    notes in words and source, in the order of the chart (then by period)."""
    rows = observations(data, chart)
    heads = TABLE_HEADERS[lang]
    title_column, publisher_column = source_columns(lang)
    varying = [d for d in BREAKDOWNS if rows[d].nunique() > 1 or (len(rows) and (rows[d] != "total").any())]
    out = pd.DataFrame({
        heads["indicator"]: rows["indicator_id"].map(data.indicators[f"name_{lang}"]),
        heads["region"]: rows["region"].map(data.regions[f"name_{lang}"]),
        heads["breakdown"]: [", ".join(_code_name(data, d, r[d], lang) for d in varying if r[d] != "total")
                             for _, r in rows.iterrows()],
        heads["period"]: [periods.label(p, lang) for p in rows["period"]],
        heads["value"]: rows["value"].astype(float),
        heads["unit"]: rows["unit"].map(data.units[f"name_{lang}"]),
        heads["flags"]: [flag_words(data, f, lang) for f in rows["flags"]],
        heads["source"]: [f"{data.sources.loc[s, publisher_column]}, {data.sources.loc[s, title_column]}"
                          for s in rows["source_id"]],
    })
    if not varying:
        out = out.drop(columns=heads["breakdown"])
    if chart.computed is not None and len(chart.computed):
        out = pd.concat([out, chart.computed], ignore_index=True)
    return out.reset_index(drop=True)


def computed_table(data: Dataset, indicator: str, series: list[str], periods_: list[str], values: list[float],
                   unit: str, note: str, source_ids: list[str], lang: str) -> pd.DataFrame:
    """Rows for a Chart's `computed`: values the chart draws that it computed (a change since a
    year, a gap), with the table view's columns; `note` says how they were computed."""
    heads = TABLE_HEADERS[lang]
    title_column, publisher_column = source_columns(lang)
    return pd.DataFrame({
        heads["indicator"]: data.indicators.loc[indicator, f"name_{lang}"], heads["region"]: series,
        heads["period"]: [periods.label(p, lang) if p[:4].isdigit() and len(p) == 4 else p for p in periods_],
        heads["value"]: [float(v) for v in values], heads["unit"]: unit, heads["flags"]: note,
        heads["source"]: [f"{data.sources.loc[s, publisher_column]}, {data.sources.loc[s, title_column]}" if s else ""
                          for s in source_ids]})


# --- About this data -----------------------------------------------------------------------------

@dataclass(frozen=True)
class About:
    indicators: list[dict]      # name, definition, unit
    sources: list[dict]         # export_provenance.SOURCE_FIELDS: publisher, title, date, url, document, licence, kind, ...
    flags: list[tuple[str, str]]  # (flag, its meaning)
    breaks: list[tuple[int, str]]  # (first year after, note)
    release: tuple[str, str] | None  # (id, data as of)
    citation: str


def about(data: Dataset, chart: Chart, lang: str, today: dt.date | None = None) -> About:
    rows = observations(data, chart)
    ids = list(dict.fromkeys(rows["indicator_id"])) or ([chart.map_indicator] if chart.map_indicator else [])
    units = data.units[f"name_{lang}"]
    indicators = [{"name": data.indicators.loc[i, f"name_{lang}"],
                   "definition": data.indicators.loc[i, f"definition_{lang}"],
                   "unit": units.get(data.indicators.loc[i, "unit"], "")} for i in ids]
    breaks = data.breaks[data.breaks["indicator_id"].isin(ids)]
    release = releases.current()
    return About(
        indicators=indicators, sources=provenance.source_list(data, rows, lang),
        flags=[(f["flag"], f["meaning"]) for f in provenance.flag_legend(data, rows, lang)],
        breaks=[(int(b["first_year_after"]), b[f"note_{lang}"]) for _, b in breaks.iterrows()],
        release=(release.id, release.data_as_of) if release else None,
        citation=export.citation(data, rows, today, lang) if len(rows) else "")


# --- Files ---------------------------------------------------------------------------------------

def file_stem(data: Dataset, chart: Chart, lang: str) -> str:
    """What a file holds: indicators, regions, years, language (poverty_rate_KG+KG-B_2007-2024_en)."""
    return export.file_stem(data, observations(data, chart), lang, fallback=chart.map_indicator or "chart")


def _computed_rows(chart: Chart, lang: str) -> pd.DataFrame | None:
    """The values the chart computed, under the export's column names."""
    if chart.computed is None or not len(chart.computed):
        return None
    heads = TABLE_HEADERS[lang]
    made = chart.computed
    return pd.DataFrame({"indicator_name": made[heads["indicator"]], "region_name": made[heads["region"]],
                         "period": made[heads["period"]], "value": made[heads["value"]],
                         "unit_name": made[heads["unit"]], "note": made[heads["flags"]],
                         "source_title": made[heads["source"]]})


def table_file(data: Dataset, chart: Chart, fmt: str, lang: str, today: dt.date | None = None) -> bytes:
    """CSV or Excel of exactly the chart's values, made by export.to_bytes like every download: each
    value with its source in full, the flags in words, the release, what the file holds and a
    citation (in Excel, the metadata, sources and flags sheets). Values the chart computed (a change,
    a gap, a forecast) follow the observations in the CSV, flagged `computed`, with how they were
    computed in `note` (in Excel: a sheet of their own)."""
    if fmt not in ("csv", "xlsx"):
        raise ValueError(f"unknown format {fmt!r} (csv or xlsx)")
    return export.to_bytes(data, observations(data, chart), fmt, lang, today, computed=_computed_rows(chart, lang))


_image_server = False
# Chromium under kaleido loads plotly.js from the plotly package (a file) and no MathJax (kaleido's
# default is a CDN); every other request it might make goes to a closed port on this machine.
NO_NETWORK = {"mathjax": False, "proxy_server": "127.0.0.1:9"}


def image_file(figure: go.Figure, fmt: str) -> bytes:
    """The chart as PNG or SVG, drawn by plotly.js in a headless Chromium (kaleido; one kept
    running after the first image), title, labels and source line included. Raises
    ImageUnavailable when it cannot be drawn here (no Chromium)."""
    global _image_server
    import kaleido
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r} (png or svg)")
    try:
        if not _image_server:
            kaleido.start_sync_server(**NO_NETWORK, silence_warnings=True)
            _image_server = True
        opts = {"format": fmt, "width": figure.layout.width or 1100, "height": figure.layout.height or 460,
                "scale": 2 if fmt == "png" else 1}
        return kaleido.calc_fig_sync(figure.to_dict(), opts=opts)
    except Exception as error:            # Chromium missing or failing: the reader gets a message
        raise ImageUnavailable(str(error)) from error


class ImageUnavailable(RuntimeError):
    """The chart could not be drawn to a file here (no Chromium)."""

