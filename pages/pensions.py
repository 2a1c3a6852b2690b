"""Pensions and social protection: pensioners and the average pension (mixed periods), pensioners
below the subsistence minimum, social-protection coverage (national; regional beneficiaries as a
share of the country's population), family allowance and social benefits, and spending."""
import streamlit as st

from analysis import maps, periods
from analysis import pensions_view as view
from analysis import topic_figures, topic_tables
from analysis.series import SeriesKey, chart_points
from ui import labels, state
from ui.cache import kept
from ui.charts import drawable, show, words
from ui.format import number
from ui import figures
from ui.frame import start
from ui.i18n import t

lang, data = start()
flag_names = labels.flag_names(data, lang)
status = (t("pensions.status.shown", lang), t("pensions.status.alternative", lang))
columns = {c: t(f"pensions.col.{c}", lang) for c in topic_tables.TABLE_COLUMNS}
country = labels.region(data, "KG", lang)


def table(rows_of, keep):
    figures.draw_table(*table_frame(data, lang, rows_of, keep))


@kept
def table_frame(data, lang, rows_of: str, keep: tuple):
    """The figures table of `view.<rows_of>(data)` and its source line."""
    return figures.table_frame(data, lang, getattr(view, rows_of)(data), keep, status, columns)


@kept
def financing_table(data, lang):
    """The regional pension financing table and its source line, or None without such figures."""
    if view.financing_rows(data).empty:
        return None
    return table_frame(data, lang, "financing_rows", ("region", "period", "value", "unit", "source", "flags"))


@kept
def national(data, lang, indicators: tuple, title_key: str):
    """The country's `indicators` on one chart, titled by the string `title_key` (given the first
    indicator's name and the country); the unit and decimals are the first indicator's."""
    points = chart_points(data, [(labels.indicator(data, i, lang), SeriesKey(i, category="total")) for i in indicators])
    title = t(title_key, lang, name=labels.indicator(data, indicators[0], lang), region=country)
    return figures.line_figure(data, lang, points, title, indicators[0])


@kept
def pensioners(data, lang):
    points = chart_points(data, [(labels.indicator(data, view.PENSIONERS, lang), SeriesKey(view.PENSIONERS))])
    return figures.line_figure(data, lang, points, t("pensions.pensioners_title", lang,
                                                     name=labels.indicator(data, view.PENSIONERS, lang),
                                                     region=country), view.PENSIONERS)


@kept
def pension(data, lang):
    minimum_label = labels.code(data, "category", view.MINIMUM[1], lang)
    points = chart_points(data, [
        (labels.indicator(data, view.AVG_PENSION, lang), SeriesKey(view.AVG_PENSION)),
        (f"{labels.indicator(data, view.MINIMUM[0], lang)}: {minimum_label.lower()}",
         SeriesKey(view.MINIMUM[0], category=view.MINIMUM[1]))])
    return figures.line_figure(data, lang, points, t("pensions.pension_title", lang), view.AVG_PENSION)


@kept
def matched_table(data, lang):
    """(the average pension against the subsistence minimum, its caption), or None without a match."""
    matched = view.pension_against_minimum(data)
    if matched.empty:
        return None
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
    frame = frame.rename(columns={
        "period": columns["period"], "pension": t("pensions.col_pension", lang, unit=unit),
        "minimum": t("pensions.col_minimum", lang, unit=unit), "percent": t("pensions.col_percent", lang),
        "secondary": t("pensions.col_secondary", lang), "source": columns["source"]})
    return frame, (t("pensions.matched_note", lang) + " "
                   + labels.source_line(data, [s for ids in matched["source_ids"] for s in ids], lang))


regional_years = kept(view.regional_years)


@kept
def regional(data, lang, year: int):
    """(bars of each region's share, the map of them, their source line, the note on their sum or None)."""
    shares = view.regional_shares(data, year)
    shares["label"] = [labels.region(data, c, lang) for c in shares["code"]]
    regional_name = labels.indicator(data, view.REGIONAL, lang)
    source = labels.source_line(data, shares["source_id"].dropna(), lang)
    bars = topic_figures.bars_figure(shares, words(lang, t("pensions.regional_title", lang, name=regional_name, year=year),
                                            "%", source), lang, 2, periods.label(str(year), lang), flag_names)
    fig = maps.choropleth(shares.set_index("code")["value"], {c: labels.region(data, c, lang) for c in shares["code"]},
                          t("pensions.map_title", lang, year=year), t("pensions.map_colorbar", lang), ",.2f",
                          missing_label=t("chart.no_data", lang))
    total, national_rate, count = view.regional_check(data, year)
    note = None
    if total is not None and national_rate is not None:
        note = t("pensions.regional_sum", lang, year=year, total=number(total, 1, lang),
                 national=number(national_rate, 1, lang), count=count)
    return bars, topic_figures.localise_map(fig, lang), source, note


st.title(t("pensions.title", lang))
st.write(t("pensions.intro", lang))

# 1. Pensioners and the average pension
st.subheader(t("pensions.pensioners", lang))
show(pensioners(data, lang), "pensions_pensioners_chart")
st.caption(t("pensions.pensioners_note", lang))
with st.expander(t("pensions.pensioners_more", lang)):
    table("pensioner_rows", ("indicator", "breakdown", "period", "value_unit", "source", "flags"))
show(pension(data, lang), "pensions_pension_chart")
st.caption(t("pensions.pension_note", lang))
matched = matched_table(data, lang)
if matched is not None:
    frame, note = matched
    st.dataframe(frame, hide_index=True, width="stretch")
    st.caption(note)

# 2. Pensioners below the subsistence minimum
st.subheader(t("pensions.below", lang))
below = state.selectbox(lang, t("pensions.measure", lang), "below", list(view.BELOW), view.BELOW[0],
                        key="pensions_below", format_func=lambda i: labels.indicator(data, i, lang))
show(national(data, lang, (below,), "pensions.below_title"), "pensions_below_chart")
st.caption(t("pensions.below_note", lang))

# 3. Social-protection coverage: national, and each region's part of it
st.subheader(t("pensions.coverage", lang))
show(national(data, lang, (view.COVERAGE,), "pensions.coverage_title"), "pensions_coverage_chart")
st.info(t("pensions.regional_warning", lang), icon="⚠️")
years = list(regional_years(data))
year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="pensions_year")
bars, regional_map, source, regional_note = regional(data, lang, year)
show(bars, "pensions_regional_chart")
st.plotly_chart(drawable(regional_map), width="content", config=maps.MAP_CONFIG, key="pensions_map")
st.caption(source)
if regional_note:
    st.caption(regional_note)

# 4. Family allowance and social benefits
st.subheader(t("pensions.benefits", lang))
show(national(data, lang, view.BENEFITS, "pensions.benefits_title"), "pensions_benefits_chart")
st.caption(t("pensions.program_benefits", lang))
table("program_benefit_rows", ("indicator", "breakdown", "period", "value_unit", "flags"))

# 5. Spending
st.subheader(t("pensions.spending", lang))
show(national(data, lang, view.SPENDING, "pensions.spending_title"), "pensions_spending_chart")
st.caption(t("pensions.spending_note", lang))
financing = financing_table(data, lang)
if financing is not None:
    with st.expander(labels.indicator(data, view.FINANCING, lang)):
        figures.draw_table(*financing)
