"""Poverty: national series by breakdown, all regions over time and ranked, poverty lines."""
import streamlit as st

from ui import figures, labels, state
from ui.chart import chart
from ui.frame import start
from ui.i18n import t
from app_pages.poverty import content as poverty

lang, data = start()

st.title(t("poverty.title", lang))
st.write(t("poverty.intro", lang))

indicator = state.selectbox(lang, t("poverty.measure", lang), "indicator", ["poverty_rate", "extreme_poverty_rate"],
                            "poverty_rate", key="poverty_indicator",
                            format_func=lambda i: labels.indicator(data, i, lang))
breaks = poverty.breaks_of(data, indicator)
if breaks:
    st.info(t("poverty.break_notice", lang, year=breaks[0]))

# National, by breakdown
st.header(t("poverty.national", lang))
dimension = state.selectbox(lang, t("poverty.breakdown", lang), "by", ["none", *poverty.dimensions_of(data, indicator)],
                            "none", key="poverty_breakdown", format_func=lambda d: t(f"breakdown.{d}", lang))
chart(data, lang, poverty.national(data, lang, indicator, dimension), "poverty_national_chart")

# Regions over time and ranked in one year
st.header(t("poverty.regions", lang))
regions = list(poverty.regions_of(data, indicator))
chosen = state.region_picker(lang, "regions", regions, poverty.default_regions(data, indicator), key="poverty_regions",
                             format_func=lambda r: labels.region(data, r, lang))
highlight, since = state.highlight_and_change(lang, "poverty", ["KG", *chosen], figures.base_years(data, indicator),
                                              format_func=lambda r: labels.region(data, r, lang))
chart(data, lang, poverty.over_time(data, lang, indicator, tuple(chosen), highlight, since), "poverty_regions_chart")

years = list(poverty.years_of(data, indicator))
year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="poverty_year")
chart(data, lang, poverty.ranked(data, lang, indicator, year), "poverty_ranked_chart")
if since is not None:
    chart(data, lang, figures.change_bars(data, lang, indicator, since, year, highlight), "poverty_change_chart")

# Poverty lines
st.header(t("poverty.lines", lang))
lines, lines_source = poverty.poverty_lines(data, lang)
for label, value in lines:
    st.metric(label, value)
st.caption(lines_source)
