"""Poverty: national series by breakdown, all regions over time and ranked, poverty lines."""
import streamlit as st

from analysis import charts, trends
from analysis.periods import label as period_label
from analysis.series import SeriesKey, annual_values, break_years, breakdown_keys, chart_points, regions_with_values
from ui import labels, state
from ui.cache import kept
from ui.charts import show, words
from ui.format import number
from ui.i18n import t
from ui.frame import start

lang, data = start()


@kept
def breaks_of(data, indicator: str) -> tuple:
    return tuple(break_years(data, SeriesKey(indicator)))


@kept
def dimensions_of(data, indicator: str) -> tuple:
    """The national breakdowns with more than the total."""
    return tuple(d for d in ("area", "sex", "age_group") if len(breakdown_keys(data, indicator, "KG", d)) > 1)


@kept
def regions_of(data, indicator: str) -> tuple:
    return tuple(r for r in regions_with_values(data, indicator) if r != "KG")


@kept
def years_of(data, indicator: str) -> tuple:
    return tuple(sorted(int(y) for y in annual_values(data, SeriesKey(indicator)).dropna().index))


@kept
def national(data, lang, indicator: str, dimension: str):
    decimals = int(data.indicators.loc[indicator, "decimals"])
    keys = ([("total", SeriesKey(indicator))] if dimension == "none"
            else breakdown_keys(data, indicator, "KG", dimension))
    points = chart_points(data, [(labels.code(data, dimension if dimension != "none" else "sex", c, lang)
                                  if c != "total" else labels.region(data, "KG", lang), k) for c, k in keys])
    return charts.line_chart(points, words(lang, f"{labels.indicator(data, indicator, lang)} — "
                                                 f"{labels.region(data, 'KG', lang)}", labels.unit(data, indicator, lang),
                                           labels.source_line(data, points["source_id"], lang)),
                             lang, decimals, list(breaks_of(data, indicator)), labels.flag_names(data, lang))


@kept
def over_time(data, lang, indicator: str, chosen: tuple):
    decimals = int(data.indicators.loc[indicator, "decimals"])
    points = chart_points(data, [(labels.region(data, r, lang), SeriesKey(indicator, r)) for r in ["KG", *chosen]])
    return charts.line_chart(points, words(lang, t("poverty.regions_title", lang,
                                                   name=labels.indicator(data, indicator, lang)),
                                           labels.unit(data, indicator, lang),
                                           labels.source_line(data, points["source_id"], lang)),
                             lang, decimals, list(breaks_of(data, indicator)), labels.flag_names(data, lang),
                             emphasis=labels.region(data, "KG", lang))


@kept
def ranked(data, lang, indicator: str, year: int):
    decimals = int(data.indicators.loc[indicator, "decimals"])
    table = trends.ranks(data, indicator, year)
    table["label"] = [labels.region(data, r, lang) for r in table["region"]]
    table["code"] = table["region"]
    year_points = chart_points(data, [("", SeriesKey(indicator, r)) for r in regions_of(data, indicator)])
    return charts.ranked_bars(table, words(lang, t("poverty.ranked_title", lang,
                                                   name=labels.indicator(data, indicator, lang), year=year),
                                           labels.unit(data, indicator, lang),
                                           labels.source_line(data, year_points["source_id"], lang)), lang, decimals)


@kept
def poverty_lines(data, lang):
    """([(label, value)] of the poverty lines, their source caption)."""
    lines = data.observations[(data.observations["indicator_id"].isin(["poverty_line", "poverty_line_monthly"]))
                              & data.observations["shown"]]
    shown = [(f"{labels.indicator(data, row.indicator_id, lang)}: "
              f"{labels.code(data, 'category', row.category, lang)} ({period_label(row.period, lang)})",
              f"{number(row.value, 0, lang)} {labels.unit(data, row.indicator_id, lang)}")
             for row in lines.itertuples()]
    return shown, labels.source_line(data, lines["source_id"], lang)


st.title(t("poverty.title", lang))
st.write(t("poverty.intro", lang))

indicator = state.selectbox(lang, t("poverty.measure", lang), "indicator", ["poverty_rate", "extreme_poverty_rate"],
                            "poverty_rate", key="poverty_indicator",
                            format_func=lambda i: labels.indicator(data, i, lang))
breaks = breaks_of(data, indicator)
if breaks:
    st.info(t("poverty.break_notice", lang, year=breaks[0]))

# National, by breakdown
st.subheader(t("poverty.national", lang))
dimension = state.selectbox(lang, t("poverty.breakdown", lang), "by", ["none", *dimensions_of(data, indicator)], "none",
                            key="poverty_breakdown", format_func=lambda d: t(f"breakdown.{d}", lang))
show(national(data, lang, indicator, dimension), "poverty_national_chart")

# Regions over time and ranked in one year
st.subheader(t("poverty.regions", lang))
regions = list(regions_of(data, indicator))
chosen = state.multiselect(lang, t("common.regions", lang), "regions", regions, regions, key="poverty_regions",
                           format_func=lambda r: labels.region(data, r, lang))
show(over_time(data, lang, indicator, tuple(chosen)), "poverty_regions_chart")

years = list(years_of(data, indicator))
year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="poverty_year")
show(ranked(data, lang, indicator, year), "poverty_ranked_chart")

# Poverty lines
st.subheader(t("poverty.lines", lang))
lines, lines_source = poverty_lines(data, lang)
for label, value in lines:
    st.metric(label, value)
st.caption(lines_source)
