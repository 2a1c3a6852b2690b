"""Wages: the national average wage (nominal), women and men, economic activities, the minimum
wage and subsistence minimum, the scattered regional figures and the Program's wage arrears."""
import streamlit as st

from analysis import periods, trends
from analysis import topic_figures, topic_tables
from analysis import wages_view as view
from analysis.series import SeriesKey, chart_points
from ui import labels, state
from ui.cache import kept
from ui.charts import show, words
from ui.format import number, signed
from ui import figures
from ui.frame import start
from ui.i18n import t

lang, data = start()
flag_names = labels.flag_names(data, lang)
status = (t("wages.status.shown", lang), t("wages.status.alternative", lang))
columns = {c: t(f"wages.col.{c}", lang) for c in topic_tables.TABLE_COLUMNS}
WAGE = view.WAGE
unit = labels.unit(data, WAGE, lang)
wage_name = labels.indicator(data, WAGE, lang)
country = labels.region(data, "KG", lang)
sm_name = labels.indicator(data, "subsistence_minimum", lang)
comparison_names = {"wage": wage_name, "minimum_wage": labels.indicator(data, "minimum_wage", lang)}
comparison_names.update({n: f"{sm_name}: {labels.code(data, 'category', c, lang).lower()}"
                         for n, (_, c) in view.COMPARISONS.items() if n.startswith("sm_")})


def table(rows_of, keep, *args):
    figures.draw_table(*table_frame(data, lang, rows_of, keep, *args))


@kept
def table_frame(data, lang, rows_of: str, keep: tuple, *args):
    """The figures table of `view.<rows_of>(data, *args)`."""
    return figures.table_frame(data, lang, getattr(view, rows_of)(data, *args), keep, status, columns)


activity_years = kept(view.activity_years)
planned_years = kept(view.planned_minimum_wage_years)
has_values = kept(view.has_values)


@kept
def national(data, lang):
    points = chart_points(data, [(country, SeriesKey(WAGE))])
    return topic_figures.line_figure(points, words(lang, t("wages.national_title", lang, name=wage_name, region=country), unit,
                                          labels.source_line(data, points["source_id"], lang)), lang, 0, [], flag_names)


@kept
def national_metrics(data, lang):
    """(nominal only, [(label, value, help)] for the metrics, captions under them)."""
    key = SeriesKey(WAGE)
    summary = trends.summarise(data, key)
    if summary.latest_year is None:
        return summary.real_terms == "no_deflator", [], []
    metrics = [(t("wages.metric_latest", lang, period=periods.label(str(summary.latest_year), lang), unit=unit),
                number(summary.latest_value, 0, lang), None)]
    if summary.previous and summary.previous.percent is not None:
        metrics.append((t("wages.metric_previous", lang, year=summary.previous.from_year),
                        f"{signed(summary.previous.percent, 1, lang)} %", None))
    base = summary.since_base.get(2018)
    if base and base.percent is not None:
        metrics.append((t("wages.metric_previous", lang, year=2018), f"{signed(base.percent, 1, lang)} %",
                        t("wages.metric_base", lang, year=2018)))
    notes = []
    official = view.last_primary_year(data, key)
    if view.is_secondary(data, key, summary.latest_year) and official:
        notes.append(t("wages.latest_secondary", lang, year=summary.latest_year, official=official))
    years_used = [summary.latest_year, 2018, *([summary.previous.from_year] if summary.previous else [])]
    notes.append(labels.source_line(data, view.sources_of_years(data, key, years_used), lang))
    return summary.real_terms == "no_deflator", metrics, notes


@kept
def by_sex(data, lang):
    sexes = [(labels.code(data, "sex", c, lang), SeriesKey(WAGE, sex=c)) for c in ("female", "male", "total")]
    points = chart_points(data, sexes)
    fig = topic_figures.line_figure(points, words(lang, t("wages.sex_title", lang, name=wage_name), unit,
                                         labels.source_line(data, points["source_id"], lang)), lang, 0, [], flag_names)
    gap = view.gender_gap(data)
    if gap.empty:
        return fig, None, None
    gap_points = view.gap_points(gap, t("wages.gap_series", lang))
    gap_fig = topic_figures.line_figure(gap_points, words(lang, t("wages.gap_title", lang), "%",
                                                 labels.source_line(data, gap_points["source_id"], lang)),
                               lang, 1, [], flag_names)
    last = gap.iloc[-1]
    note = t("wages.gap_note", lang, year=int(last["year"]), women=number(last["female"], 0, lang),
             men=number(last["male"], 0, lang), gap=signed(last["gap_percent"], 1, lang),
             lower=number(-last["gap_percent"], 1, lang))
    return fig, gap_fig, note


@kept
def activities(data, lang, year: int, sex: str):
    ranking = view.activity_ranking(data, year, sex)
    ranking["label"] = [labels.code(data, "activity", c, lang) for c in ranking["code"]]
    title = t("wages.activity_title", lang, name=wage_name, period=periods.label(str(year), lang),
              sex=labels.code(data, "sex", sex, lang))
    return topic_figures.bars_figure(ranking, words(lang, title, unit, labels.source_line(data, ranking["source_id"].dropna(), lang)),
                            lang, 0, periods.label(str(year), lang), flag_names, highlight="total")


@kept
def minimums(data, lang, chosen: tuple):
    points = view.comparison_points(data, list(chosen), comparison_names)
    return topic_figures.line_figure(points, words(lang, t("wages.minimums_title", lang), unit,
                                          labels.source_line(data, points["source_id"], lang)), lang, 0, [], flag_names)


@kept
def arrears_total(data, lang):
    """(label, value, source line) of the national wage arrears, or None."""
    arrears = topic_tables.observations(data, ["wage_arrears"], ["KG"])
    if arrears.empty:
        return None
    row = arrears.iloc[0]
    return (t("wages.arrears_metric", lang, period=periods.label(row["period"], lang)),
            f"{number(row['value'], 0, lang)} {labels.unit(data, 'wage_arrears', lang)}",
            labels.source_line(data, arrears["source_id"], lang))


@kept
def arrears_chart(data, lang):
    period, shares = view.arrears_shares(data)
    if not period:
        return None, None
    shares["label"] = [labels.region(data, c, lang) for c in shares["code"]]
    fig = topic_figures.bars_figure(shares, words(lang, t("wages.arrears_title", lang, period=periods.label(period, lang)), "%",
                                         labels.source_line(data, shares["source_id"].dropna(), lang)),
                           lang, 0, periods.label(period, lang), flag_names)
    return fig, t("wages.arrears_note", lang, total=number(shares["value"].sum(), 0, lang))


st.title(t("wages.title", lang))
st.write(t("wages.intro", lang))
nominal, metrics, notes = national_metrics(data, lang)
if nominal:
    st.info(t("wages.nominal_notice", lang), icon="ℹ️")

# 1. National average wage over time
st.subheader(t("wages.national", lang))
show(national(data, lang), "wages_national_chart")
for column, (label, value, help_text) in zip(st.columns(3) if metrics else [], metrics):
    column.metric(label, value, help=help_text)
for note in notes:
    st.caption(note)
st.caption(t("wages.national_note", lang))
with st.expander(t("wages.other_national", lang)):
    table("national_other_rows", ("breakdown", "period", "value", "unit", "status", "source", "flags"))

# 2. Women and men
st.subheader(t("wages.by_sex", lang))
fig, gap_fig, gap_note = by_sex(data, lang)
show(fig, "wages_sex_chart")
if gap_fig is not None:
    show(gap_fig, "wages_gap_chart")
    st.caption(gap_note)

# 3. Economic activities ranked
st.subheader(t("wages.by_activity", lang))
left, right = st.columns(2)
with left:
    sex = state.selectbox(lang, t("wages.sex", lang), "sex", ["total", "female", "male"], "total", key="wages_sex",
                          format_func=lambda c: labels.code(data, "sex", c, lang))
years = activity_years(data, sex)
if st.session_state.get("wages_year") not in (None, *years):     # the year chosen before does not exist for this sex
    st.query_params.pop("year", None)
    del st.session_state["wages_year"]
with right:
    year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="wages_year")
show(activities(data, lang, year, sex), "wages_activity_chart")
both, separate = activity_years(data, "total"), activity_years(data, "female")
st.caption(t("wages.activity_note", lang, first=both[0], last=both[-1], since=separate[0]))

# 4. Minimum wage and subsistence minimum
st.subheader(t("wages.minimums", lang))
chosen = state.multiselect(lang, t("wages.compare", lang), "compare", list(view.COMPARISONS),
                           list(view.DEFAULT_COMPARISONS), key="wages_compare", format_func=comparison_names.get)
show(minimums(data, lang, tuple(chosen)), "wages_minimums_chart")
planned = planned_years(data)
st.caption(t("wages.minimums_note", lang))
if planned:
    st.caption(t("wages.planned_note", lang, first=planned[0], last=planned[-1]))
table("program_wage_rows", ("indicator", "period", "value_unit", "source", "flags"))

# 5. Regional figures and wage arrears
st.subheader(t("wages.regional", lang))
st.write(t("wages.regional_intro", lang))
table("regional_rows", ("region", "breakdown", "period", "value", "unit", "source", "flags"))
if has_values(data, "tax_base_avg_wage"):
    with st.expander(labels.indicator(data, "tax_base_avg_wage", lang)):
        table("regional_rows", ("region", "breakdown", "period", "value", "unit", "source", "flags"), "tax_base_avg_wage")
arrears_metric = arrears_total(data, lang)
if arrears_metric is not None:
    label, value, source = arrears_metric
    st.metric(label, value)
    st.caption(source)
arrears_fig, arrears_note = arrears_chart(data, lang)
if arrears_fig is not None:
    show(arrears_fig, "wages_arrears_chart")
    st.caption(arrears_note)
