"""Pensions and social protection: pensioners and the average pension (mixed periods), pensioners
below the subsistence minimum, social-protection coverage (national; regional beneficiaries as a
share of the country's population), family allowance and social benefits, and spending."""
import streamlit as st

from analysis import maps, periods
from analysis import pensions_view as view
from analysis import wages_view as common
from analysis.series import SeriesKey, chart_points
from ui import labels, state
from ui.charts import show, words
from ui.format import number
from ui import figures
from ui.frame import start
from ui.i18n import t

lang, data = start()
flag_names = labels.flag_names(data, lang)
status = (t("pensions.status.shown", lang), t("pensions.status.alternative", lang))
columns = {c: t(f"pensions.col.{c}", lang) for c in common.TABLE_COLUMNS}
country = labels.region(data, "KG", lang)


def line(points, title, indicator, key, decimals=None):
    figures.line(data, lang, points, title, indicator, key, decimals)


def table(rows, keep):
    figures.table(data, lang, rows, keep, status, columns)


def national(indicators, category="total"):
    return chart_points(data, [(labels.indicator(data, i, lang), SeriesKey(i, category=category)) for i in indicators])


st.title(t("pensions.title", lang))
st.write(t("pensions.intro", lang))

# 1. Pensioners and the average pension
st.subheader(t("pensions.pensioners", lang))
points = chart_points(data, [(labels.indicator(data, view.PENSIONERS, lang), SeriesKey(view.PENSIONERS))])
line(points, t("pensions.pensioners_title", lang, name=labels.indicator(data, view.PENSIONERS, lang), region=country),
     view.PENSIONERS, "pensions_pensioners_chart")
st.caption(t("pensions.pensioners_note", lang))
with st.expander(t("pensions.pensioners_more", lang)):
    table(view.pensioner_rows(data), ("indicator", "breakdown", "period", "value_unit", "source", "flags"))
minimum_label = labels.code(data, "category", view.MINIMUM[1], lang)
points = chart_points(data, [
    (labels.indicator(data, view.AVG_PENSION, lang), SeriesKey(view.AVG_PENSION)),
    (f"{labels.indicator(data, view.MINIMUM[0], lang)}: {minimum_label.lower()}",
     SeriesKey(view.MINIMUM[0], category=view.MINIMUM[1]))])
line(points, t("pensions.pension_title", lang), view.AVG_PENSION, "pensions_pension_chart")
st.caption(t("pensions.pension_note", lang))
matched = view.pension_against_minimum(data)
if not matched.empty:
    unit = labels.unit(data, view.AVG_PENSION, lang)
    frame = matched.assign(
        period=[periods.label(p, lang) for p in matched["period"]],
        pension=[number(v, 0, lang) for v in matched["pension"]],
        minimum=[number(v, 0, lang) for v in matched["minimum"]],
        percent=[number(v, 0, lang) for v in matched["percent"]],
        source=[", ".join(dict.fromkeys(data.sources.loc[s, "publisher"] for s in ids))
                for ids in matched["source_ids"]],
        secondary=[t("pensions.yes", lang) if s else "" for s in matched["secondary"]],
    )[["period", "pension", "minimum", "percent", "secondary", "source"]]
    st.dataframe(frame.rename(columns={
        "period": columns["period"], "pension": t("pensions.col_pension", lang, unit=unit),
        "minimum": t("pensions.col_minimum", lang, unit=unit), "percent": t("pensions.col_percent", lang),
        "secondary": t("pensions.col_secondary", lang), "source": columns["source"]}), hide_index=True, width="stretch")
    st.caption(t("pensions.matched_note", lang) + " "
               + labels.source_line(data, [s for ids in matched["source_ids"] for s in ids], lang))

# 2. Pensioners below the subsistence minimum
st.subheader(t("pensions.below", lang))
below = state.selectbox(lang, t("pensions.measure", lang), "below", list(view.BELOW), view.BELOW[0],
                        key="pensions_below", format_func=lambda i: labels.indicator(data, i, lang))
points = national([below])
line(points, t("pensions.below_title", lang, name=labels.indicator(data, below, lang), region=country), below,
     "pensions_below_chart")
st.caption(t("pensions.below_note", lang))

# 3. Social-protection coverage: national, and each region's part of it
st.subheader(t("pensions.coverage", lang))
points = national([view.COVERAGE])
line(points, t("pensions.coverage_title", lang, name=labels.indicator(data, view.COVERAGE, lang), region=country),
     view.COVERAGE, "pensions_coverage_chart")
st.info(t("pensions.regional_warning", lang), icon="⚠️")
years = common.years_with_values(data, view.REGIONAL)
year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="pensions_year")
shares = view.regional_shares(data, year)
shares["label"] = [labels.region(data, c, lang) for c in shares["code"]]
regional_name = labels.indicator(data, view.REGIONAL, lang)
source = labels.source_line(data, shares["source_id"].dropna(), lang)
fig = common.bars_figure(shares, words(lang, t("pensions.regional_title", lang, name=regional_name, year=year), "%",
                                       source), lang, 2, periods.label(str(year), lang), flag_names)
show(fig, "pensions_regional_chart")
fig = maps.choropleth(shares.set_index("code")["value"], {c: labels.region(data, c, lang) for c in shares["code"]},
                      t("pensions.map_title", lang, year=year), t("pensions.map_colorbar", lang), ",.2f",
                      missing_label=t("chart.no_data", lang))
st.plotly_chart(common.localise_map(fig, lang), width="content", config=maps.MAP_CONFIG, key="pensions_map")
st.caption(source)
total, national_rate, count = view.regional_check(data, year)
if total is not None and national_rate is not None:
    st.caption(t("pensions.regional_sum", lang, year=year, total=number(total, 1, lang),
                 national=number(national_rate, 1, lang), count=count))

# 4. Family allowance and social benefits
st.subheader(t("pensions.benefits", lang))
points = national(view.BENEFITS)
line(points, t("pensions.benefits_title", lang, region=country), view.BENEFITS[0], "pensions_benefits_chart")
st.caption(t("pensions.program_benefits", lang))
table(common.observations(data, view.PROGRAM_BENEFIT_FIGURES), ("indicator", "breakdown", "period", "value_unit",
                                                                 "flags"))

# 5. Spending
st.subheader(t("pensions.spending", lang))
points = national(view.SPENDING)
line(points, t("pensions.spending_title", lang, region=country), view.SPENDING[0], "pensions_spending_chart")
st.caption(t("pensions.spending_note", lang))
financing = view.financing_rows(data)
if not financing.empty:
    with st.expander(labels.indicator(data, view.FINANCING, lang)):
        table(financing, ("region", "period", "value", "unit", "source", "flags"))
