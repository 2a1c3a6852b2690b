"""Forecasts: any series with its history, a forecast with 80/95% bands, the model and its score."""
import streamlit as st

from analysis import charts, forecast_store, forecast_view, loader
from analysis.series import SeriesKey, break_years
from ui import labels, state
from ui.cache import kept
from ui.charts import show, words
from ui.format import number
from ui.frame import start
from ui.i18n import t

lang, data = start()


@st.cache_resource(show_spinner=False)
def store():
    return forecast_store.load()


@kept
def outlook(data, lang, indicator: str, region: str, series: str, horizon: int, after_break: bool):
    """(forecast summary, backtest table or None, the figure) of one series."""
    key = SeriesKey(indicator, region, **forecast_view.decode_breakdown(series))
    history = forecast_view.history(data, key)
    # The stored forecast serves the default view at once; other horizons or windows are fitted now.
    backtest = None
    if horizon == forecast_view.DEFAULT_HORIZON and not after_break:
        summary = forecast_view.from_store(store(), key)
    else:
        summary, backtest = forecast_view.live(data, key, horizon, after_break)
    unit = labels.unit(data, indicator, lang)
    decimals = int(data.indicators.loc[indicator, "decimals"])
    title = f"{labels.indicator(data, indicator, lang)} — {labels.region(data, region, lang)}"
    if series != "total":
        title += " (" + ", ".join(labels.code(data, d, c, lang)
                                  for d, c in forecast_view.decode_breakdown(series).items()) + ")"
    target, assessment = target_of(data, indicator, region, series)
    target_point = ((int(assessment["target_year"]), float(assessment["target_value"]))
                    if assessment is not None and assessment["target_value"] == assessment["target_value"] else None)
    source = labels.source_line(data, data.observations[(data.observations["indicator_id"] == indicator)
                                                        & data.observations["shown"]
                                                        & (data.observations["region"] == region)]["source_id"], lang)
    fig = charts.forecast_chart(history.dropna(), summary.table, words(lang, title, unit, source + " " +
                                                                        t("forecasts.projection_note", lang)),
                                lang, decimals, break_years(data, key), target_point)
    return summary, backtest, fig


@kept
def indicators_of(data) -> tuple:
    """The indicators with a forecastable series, in the store's order."""
    return tuple(dict.fromkeys(forecast_view.forecastable(store())["indicator_id"]))


@kept
def regions_of(data, indicator: str) -> tuple:
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


def target_of(data, indicator: str, region: str, series: str):
    """(the target row or None, its assessment at build time or None): a forecast to the target
    year is made when the forecasts are built, so the page never waits on a fit."""
    target_rows = data.targets[(data.targets["indicator_id"] == indicator) & (data.targets["region"] == region)]
    target = next(target_rows.itertuples()) if series == "total" and len(target_rows) else None
    return target, (store().assessment(indicator, region, target.target_year) if target else None)


def _value(name: str, value: str) -> str:
    """A widening factor is a number, written as the language writes numbers."""
    return number(float(value), 2, lang) if name == "intervals_widened" else value


st.title(t("forecasts.title", lang))
try:
    store()
except loader.DataError as error:  # a broken forecast file stops this page only
    st.error(f"{t('faults.forecasts', lang)}\n\n`{error}`")
    st.stop()
st.info(t("forecasts.disclaimer", lang))
if store().stale:
    st.error(t("forecasts.stale", lang))

indicators = list(indicators_of(data))
left, middle, right = st.columns(3)
with left:
    indicator = state.selectbox(lang, t("forecasts.indicator", lang), "indicator", indicators, "poverty_rate",
                                key="forecasts_indicator", format_func=lambda i: labels.indicator(data, i, lang))
regions = list(regions_of(data, indicator))
with middle:
    region = state.selectbox(lang, t("forecasts.region", lang), "region", regions, "KG" if "KG" in regions else regions[0],
                             key="forecasts_region", format_func=lambda r: labels.region(data, r, lang))
options = list(series_of(data, indicator, region))
with right:
    series = state.selectbox(
        lang, t("forecasts.breakdown", lang), "series", options, "total" if "total" in options else options[0],
        key="forecasts_series",
        format_func=lambda text: t("forecasts.total", lang) if text == "total" else ", ".join(
            labels.code(data, d, c, lang) for d, c in forecast_view.decode_breakdown(text).items()))
key = SeriesKey(indicator, region, **forecast_view.decode_breakdown(series))

last_year, break_year = years_of(data, indicator, region, series)
horizons = list(range(1, max(2, 2031 - last_year)))
horizon = state.year_select(lang, t("forecasts.horizon", lang), "horizon", horizons,
                            min(forecast_view.DEFAULT_HORIZON, horizons[-1]), key="forecasts_horizon")
after_break = bool(break_year) and st.toggle(t("forecasts.after_break", lang, year=break_year or ""),
                                             key="forecasts_after_break")

summary, backtest, fig = outlook(data, lang, indicator, region, series, horizon, after_break)
show(fig, "forecasts_chart")
unit = labels.unit(data, indicator, lang)
decimals = int(data.indicators.loc[indicator, "decimals"])
target, assessment = target_of(data, indicator, region, series)

if summary.reason:
    name, value = forecast_view.split_code(summary.reason)
    st.warning(t(f"forecasts.reason.{name}", lang, value=value))
else:
    beats = forecast_view.beats_naive(summary)
    facts = ((t("forecasts.model", lang), t(f"forecasts.model.{summary.model}", lang)),
             (t("forecasts.window", lang), f"{summary.fit_first}–{summary.fit_last}"),
             (t("forecasts.mase", lang), number(summary.mase, 2, lang)),
             (t("forecasts.beats_naive", lang), t("forecasts.naive_itself", lang) if beats is None
              else t("common.yes" if beats else "common.no", lang)))
    for column, (label, value) in zip(st.columns(4), facts):
        column.caption(label)
        column.markdown(f"**{value}**")
    st.caption(t("forecasts.mase_help", lang))
    for code in summary.warnings:
        name, value = forecast_view.split_code(code)
        st.warning(t(f"forecasts.warning.{name}", lang, value=_value(name, value)))
    table = summary.table[["year", "value", "lo80", "hi80", "lo95", "hi95"]].copy()
    shown = table.assign(**{c: [number(v, decimals, lang) for v in table[c]] for c in table.columns if c != "year"})
    st.dataframe(shown.rename(columns={c: t(f"forecasts.column.{c}", lang) for c in shown.columns}),
                 hide_index=True, key="forecasts_table")
    st.download_button(t("forecasts.download", lang), summary.table.to_csv(index=False).encode("utf-8-sig"),
                       file_name=f"forecast-{indicator}-{region}.csv", mime="text/csv", key="forecasts_download",
                       on_click="ignore")
    if backtest is not None:
        with st.expander(t("forecasts.backtest", lang)):
            st.dataframe(backtest.assign(model=[t(f"forecasts.model.{m}", lang) for m in backtest["model"]]),
                         hide_index=True, key="forecasts_backtest")

if target is not None:
    st.subheader(t("forecasts.target_heading", lang))
    st.write(getattr(target, f"text_{lang}"))
    reason = "" if assessment is None or not isinstance(assessment["reason"], str) else assessment["reason"]
    if assessment is None or reason:
        st.warning(t("forecasts.target_unassessed", lang, reason=reason))
    else:
        a = assessment
        st.write(t("forecasts.target_result", lang,
                   target=number(a["target_value"], decimals, lang), year=int(a["target_year"]),
                   baseline=number(a["baseline_value"], decimals, lang), base_year=int(a["baseline_year"]),
                   value=number(a["forecast_value"], decimals, lang),
                   low=number(a["lo80"], decimals, lang), high=number(a["hi80"], decimals, lang),
                   chance=number(100 * a["probability"], 0, lang), unit=unit))
        st.markdown(f"**{t('forecasts.on_track' if a['on_track'] else 'forecasts.off_track', lang)}**")
        for code in str(a["warnings"] or "").split(";"):
            if code:
                name, value = forecast_view.split_code(code)
                st.caption(t(f"forecasts.warning.{name}", lang, value=_value(name, value)))
    st.caption(labels.source_line(data, [target.source_id], lang))
