"""Poverty: national series by breakdown, all regions over time and ranked, poverty lines."""
import streamlit as st

from analysis import charts, trends
from analysis.periods import label as period_label
from analysis.series import SeriesKey, annual_values, break_years, breakdown_keys, chart_points, regions_with_values
from ui import labels, state
from ui.charts import show, words
from ui.format import number
from ui.i18n import t
from ui.frame import start

lang, data = start()

st.title(t("poverty.title", lang))
st.write(t("poverty.intro", lang))

indicator = state.selectbox(lang, t("poverty.measure", lang), "indicator", ["poverty_rate", "extreme_poverty_rate"],
                            "poverty_rate", key="poverty_indicator",
                            format_func=lambda i: labels.indicator(data, i, lang))
decimals = int(data.indicators.loc[indicator, "decimals"])
unit = labels.unit(data, indicator, lang)
breaks = break_years(data, SeriesKey(indicator))
flag_names = labels.flag_names(data, lang)
if breaks:
    st.info(t("poverty.break_notice", lang, year=breaks[0]))

# National, by breakdown
st.subheader(t("poverty.national", lang))
dimensions = [d for d in ("area", "sex", "age_group") if len(breakdown_keys(data, indicator, "KG", d)) > 1]
dimension = state.selectbox(lang, t("poverty.breakdown", lang), "by", ["none", *dimensions], "none",
                            key="poverty_breakdown", format_func=lambda d: t(f"breakdown.{d}", lang))
keys = ([("total", SeriesKey(indicator))] if dimension == "none"
        else breakdown_keys(data, indicator, "KG", dimension))
points = chart_points(data, [(labels.code(data, dimension if dimension != "none" else "sex", c, lang)
                              if c != "total" else labels.region(data, "KG", lang), k) for c, k in keys])
fig = charts.line_chart(points, words(lang, f"{labels.indicator(data, indicator, lang)} — "
                                            f"{labels.region(data, 'KG', lang)}", unit,
                                      labels.source_line(data, points["source_id"], lang)),
                        lang, decimals, breaks, flag_names)
show(fig, "poverty_national_chart")

# Regions over time and ranked in one year
st.subheader(t("poverty.regions", lang))
regions = [r for r in regions_with_values(data, indicator) if r != "KG"]
chosen = state.multiselect(lang, t("common.regions", lang), "regions", regions, regions, key="poverty_regions",
                           format_func=lambda r: labels.region(data, r, lang))
points = chart_points(data, [(labels.region(data, r, lang), SeriesKey(indicator, r)) for r in ["KG", *chosen]])
fig = charts.line_chart(points, words(lang, t("poverty.regions_title", lang, name=labels.indicator(data, indicator, lang)),
                                      unit, labels.source_line(data, points["source_id"], lang)),
                        lang, decimals, breaks, flag_names, emphasis=labels.region(data, "KG", lang))
show(fig, "poverty_regions_chart")

years = sorted(int(y) for y in annual_values(data, SeriesKey(indicator)).dropna().index)
year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="poverty_year")
ranked = trends.ranks(data, indicator, year)
ranked["label"] = [labels.region(data, r, lang) for r in ranked["region"]]
ranked["code"] = ranked["region"]
year_points = chart_points(data, [("", SeriesKey(indicator, r)) for r in regions])
fig = charts.ranked_bars(ranked, words(lang, t("poverty.ranked_title", lang, name=labels.indicator(data, indicator, lang),
                                                year=year), unit,
                                       labels.source_line(data, year_points["source_id"], lang)), lang, decimals)
show(fig, "poverty_ranked_chart")

# Poverty lines
st.subheader(t("poverty.lines", lang))
lines = data.observations[(data.observations["indicator_id"].isin(["poverty_line", "poverty_line_monthly"]))
                          & data.observations["shown"]]
for row in lines.itertuples():
    st.metric(f"{labels.indicator(data, row.indicator_id, lang)}: {labels.code(data, 'category', row.category, lang)}"
              f" ({period_label(row.period, lang)})", f"{number(row.value, 0, lang)} {labels.unit(data, row.indicator_id, lang)}")
st.caption(labels.source_line(data, lines["source_id"], lang))
