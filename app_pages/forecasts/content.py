"""Forecasts: any series with its history, a forecast with 80/95% bands, the model and its score,
and the target the series is measured against."""
from __future__ import annotations

import streamlit as st

from analysis import chart_view, charts, forecast_store, forecast_view
from analysis.chart_view import Chart
from analysis.schema import source_columns
from analysis.series import SeriesKey, break_years
from ui import labels
from ui.cache import kept
from ui.charts import words
from ui.format import number
from ui.i18n import t
from ui.tables import Sortable, arrow


@st.cache_resource(show_spinner=False)
def store() -> forecast_store.Store:
    """The stored forecasts, read once per server process (also for the presentation's forecast slide);
    loader.DataError when a file is missing or broken."""
    return forecast_store.load()


@kept
def outlook(data, lang, indicator: str, region: str, series: str, horizon: int, after_break: bool):
    """(forecast summary, backtest table or None, the chart as a Chart) of one series: its rows are the
    observed years it draws, its computed rows the forecast years (and the target it marks)."""
    key = SeriesKey(indicator, region, **forecast_view.decode_breakdown(series))
    history = forecast_view.history(data, key).dropna()
    # The stored forecast serves the default view at once; other horizons or windows are fitted now.
    backtest = None
    if horizon == forecast_view.DEFAULT_HORIZON and not after_break:
        summary = forecast_view.from_store(store(), key)
    else:
        summary, backtest = forecast_view.live(data, key, horizon, after_break)
    unit = labels.unit(data, indicator, lang)
    decimals = int(data.indicators.loc[indicator, "decimals"])
    title = f"{labels.indicator(data, indicator, lang)} — {series_name(data, lang, key)}"
    target, assessment = target_of(data, indicator, region, series)
    target_point = ((int(assessment["target_year"]), float(assessment["target_value"]))
                    if assessment is not None and assessment["target_value"] == assessment["target_value"] else None)
    rows = forecast_view.history_rows(data, key, history)
    source = labels.source_line(data, data.observations.loc[list(rows), "source_id"], lang)
    fig = charts.forecast_chart(history, summary.table, words(lang, title, unit, source + " " +
                                                              t("forecasts.projection_note", lang)),
                                lang, decimals, break_years(data, key), target_point)
    marked = None
    if target_point is not None:
        marked = (*target_point, t("chart.target", lang), source_name(data, target.source_id, lang))
    computed = projection(data, lang, key, summary, marked)
    alt = forecast_alt(data, lang, key, title, history, summary.table)
    return summary, backtest, Chart(fig, rows, title, alt, computed=computed)


def breakdown_name(data, lang, key: SeriesKey) -> str:
    """The series' breakdown in words ('Women'), '' for a total."""
    return ", ".join(labels.code(data, d, c, lang) for d, c in key.breakdowns().items() if c != "total")


def series_name(data, lang, key: SeriesKey) -> str:
    """The series' region, with its breakdown: 'Kyrgyz Republic (Women)'."""
    breakdown = breakdown_name(data, lang, key)
    return labels.region(data, key.region, lang) + (f" ({breakdown})" if breakdown else "")


def projection(data, lang, key: SeriesKey, summary: forecast_view.Summary, marked=None):
    """The forecast years as rows of the chart's table view (analysis.forecast_view.computed_table),
    in the reader's language; marked: (year, value, note, source) of a target the chart marks."""
    decimals = int(data.indicators.loc[key.indicator, "decimals"])
    return forecast_view.computed_table(
        summary.table, chart_view.TABLE_HEADERS[lang], lang,
        {"indicator": labels.indicator(data, key.indicator, lang), "region": labels.region(data, key.region, lang),
         "unit": labels.unit(data, key.indicator, lang), "breakdown": breakdown_name(data, lang, key)},
        lambda r: t("forecasts.table_notes", lang, **{c: number(r[c], decimals, lang) for c in ("lo80", "hi80", "lo95", "hi95")}),
        t("forecasts.table_source", lang, model=t(f"forecasts.model.{summary.model}", lang) if summary.model else ""),
        marked)


def forecast_alt(data, lang, key: SeriesKey, title: str, history, table) -> str:
    """The forecast chart for a screen reader: the observed series as any line chart's, then the
    forecast's last year with its 80% interval."""
    unit = labels.unit(data, key.indicator, lang)
    decimals = int(data.indicators.loc[key.indicator, "decimals"])
    points = history.assign(series=series_name(data, lang, key), period=history["year"].astype(int).astype(str))
    alt = chart_view.alt_lines(title, points, unit, decimals, lang)
    if table.empty:
        return alt
    last = table.iloc[-1]
    said = {c: chart_view.number(float(last[c]), decimals, lang) + ("%" if unit == "%" else f" {unit}")
            for c in ("value", "lo80", "hi80")}
    return f"{alt} {t('forecasts.alt_forecast', lang, year=int(last['year']), **said)}"


def source_name(data, source_id: str, lang: str) -> str:
    """A source as the chart tables name it: publisher, title."""
    title, publisher = source_columns(lang)
    return f"{data.sources.loc[source_id, publisher]}, {data.sources.loc[source_id, title]}"


@kept
def indicators_of(data) -> tuple:
    """The indicators with a forecastable series, in the store's order."""
    return tuple(dict.fromkeys(forecast_view.forecastable(store())["indicator_id"]))


@kept
def regions_of(data, indicator: str) -> tuple:
    """The regions with a forecastable series of the indicator, in the dataset's order."""
    available = forecast_view.forecastable(store())
    present = set(available.loc[available["indicator_id"] == indicator, "region"])
    return tuple(r for r in data.regions.index if r in present)


@kept
def series_of(data, indicator: str, region: str) -> tuple:
    """The indicator's forecastable series in the region, each as its encoded breakdown."""
    available = forecast_view.forecastable(store())
    rows = available[(available["indicator_id"] == indicator) & (available["region"] == region)]
    return tuple(forecast_view.encode_breakdown(forecast_view.breakdown_label_parts(r)) for r in rows.itertuples())


@kept
def years_of(data, indicator: str, region: str, series: str) -> tuple[int, int | None]:
    """(the series' last year with a value, the first year after a break it can be fitted from, or None)."""
    key = SeriesKey(indicator, region, **forecast_view.decode_breakdown(series))
    return int(forecast_view.history(data, key).dropna()["year"].max()), forecast_view.after_break_option(data, key)


@kept
def target_of(data, indicator: str, region: str, series: str):
    """(the target row or None, its assessment at build time or None): a forecast to the target
    year is made when the forecasts are built, so the page never waits on a fit."""
    target_rows = data.targets[(data.targets["indicator_id"] == indicator) & (data.targets["region"] == region)]
    target = next(target_rows.itertuples()) if series == "total" and len(target_rows) else None
    return target, (store().assessment(indicator, region, target.target_year) if target else None)


@kept
def outlook_tables(data, lang, indicator: str, region: str, series: str, horizon: int, after_break: bool):
    """(the forecast table for st.dataframe, the forecast as CSV bytes, the backtest table or None) in the
    reader's language; None when no forecast was made."""
    summary, backtest, _ = outlook(data, lang, indicator, region, series, horizon, after_break)
    if summary.reason:
        return None
    decimals = int(data.indicators.loc[indicator, "decimals"])
    table = summary.table[["year", "value", "lo80", "hi80", "lo95", "hi95"]].copy()
    names = {c: t(f"forecasts.column.{c}", lang) for c in table.columns}
    shown = table.assign(**{c: [number(v, decimals, lang) for v in table[c]] for c in table.columns if c != "year"})
    shown = Sortable(shown.rename(columns=names),
                     {names[c]: tuple(table[c].to_numpy(dtype=float)) for c in table.columns if c != "year"})
    if backtest is not None:
        backtest = arrow(backtest.assign(model=[t(f"forecasts.model.{m}", lang) for m in backtest["model"]]))
    return shown, summary.table.to_csv(index=False).encode("utf-8-sig"), backtest
