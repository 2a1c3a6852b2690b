"""Forecasts: any series with its history, a forecast with 80/95% bands, the model and its score."""
import streamlit as st

from analysis import forecast_view, loader
from ui import labels, state
from ui.chart import chart
from ui.format import number
from ui.frame import start
from ui.i18n import t
from app_pages.forecasts import content as forecasts
from ui.tables import show_table

lang, data = start()

st.title(t("forecasts.title", lang))
try:
    forecasts.store()
except loader.DataError as error:  # a broken forecast file stops this page only
    st.error(f"{t('faults.forecasts', lang)}\n\n`{error}`")
    st.stop()
st.info(t("forecasts.disclaimer", lang))
if forecasts.store().stale:
    st.error(t("forecasts.stale", lang))

indicators = list(forecasts.indicators_of(data))
left, middle, right = st.columns(3)
with left:
    indicator = state.selectbox(lang, t("forecasts.indicator", lang), "indicator", indicators, "poverty_rate",
                                key="forecasts_indicator", format_func=lambda i: labels.indicator(data, i, lang))
regions = list(forecasts.regions_of(data, indicator))
with middle:
    region = state.selectbox(lang, t("forecasts.region", lang), "region", regions, "KG" if "KG" in regions else regions[0],
                             key="forecasts_region", format_func=lambda r: labels.region(data, r, lang))
options = list(forecasts.series_of(data, indicator, region))
with right:
    series = state.selectbox(
        lang, t("forecasts.breakdown", lang), "series", options, "total" if "total" in options else options[0],
        key="forecasts_series",
        format_func=lambda text: t("forecasts.total", lang) if text == "total" else ", ".join(
            labels.code(data, d, c, lang) for d, c in forecast_view.decode_breakdown(text).items()))

last_year, break_year = forecasts.years_of(data, indicator, region, series)
horizons = list(range(1, max(2, 2031 - last_year)))
horizon = state.year_select(lang, t("forecasts.horizon", lang), "horizon", horizons,
                            min(forecast_view.DEFAULT_HORIZON, horizons[-1]), key="forecasts_horizon")
after_break = bool(break_year) and st.toggle(t("forecasts.after_break", lang, year=break_year or ""),
                                             key="forecasts_after_break")

summary, _, made = forecasts.outlook(data, lang, indicator, region, series, horizon, after_break)
chart(data, lang, made, "forecasts_chart")
unit = labels.unit(data, indicator, lang)
decimals = int(data.indicators.loc[indicator, "decimals"])
target, assessment = forecasts.target_of(data, indicator, region, series)

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
        st.warning(t(f"forecasts.warning.{name}", lang, value=value))
    shown, csv, backtest_table = forecasts.outlook_tables(data, lang, indicator, region, series, horizon, after_break)
    show_table(shown, hide_index=True, key="forecasts_table")
    st.download_button(t("forecasts.download", lang), csv, file_name=f"forecast-{indicator}-{region}.csv",
                       mime="text/csv", key="forecasts_download", on_click="ignore")
    if backtest_table is not None:
        with st.expander(t("forecasts.backtest", lang)):
            st.dataframe(backtest_table, hide_index=True, key="forecasts_backtest")

if target is not None:
    st.header(t("forecasts.target_heading", lang))
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
                st.caption(t(f"forecasts.warning.{name}", lang, value=value))
    st.caption(labels.source_line(data, [target.source_id], lang))
