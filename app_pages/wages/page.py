"""Wages: the national average wage (nominal), women and men, economic activities, the minimum
wage and subsistence minimum, the scattered regional figures and the Program's wage arrears.
Each of the five is a tab; only the open one is built and drawn."""
import streamlit as st

from app_pages.wages import compute as view
from ui import figures, labels, state
from ui.chart import chart
from ui.frame import start
from ui.i18n import t
from app_pages.wages import content as wages

lang, data = start()


def table(rows_of, keep, *args):
    figures.draw_table(*wages.table_frame(data, lang, rows_of, keep, *args))


def national():
    chart(data, lang, wages.national(data, lang), "wages_national_chart")
    _, metrics, notes = wages.national_metrics(data, lang)
    for column, (label, value, help_text) in zip(st.columns(3) if metrics else [], metrics):
        column.metric(label, value, help=help_text)
    for note in notes:
        st.caption(note)
    st.caption(t("wages.national_note", lang))
    with st.expander(t("wages.other_national", lang)):
        table("national_other_rows", ("breakdown", "period", "value", "unit", "status", "source", "flags"))


def by_sex():
    made, gap, gap_note = wages.by_sex(data, lang)
    chart(data, lang, made, "wages_sex_chart")
    if gap is not None:
        chart(data, lang, gap, "wages_gap_chart")
        st.caption(gap_note)


def by_activity():
    left, right = st.columns(2)
    with left:
        sex = state.selectbox(lang, t("wages.sex", lang), "sex", ["total", "female", "male"], "total",
                              key="wages_sex", format_func=lambda c: labels.code(data, "sex", c, lang))
    years = wages.activity_years(data, sex)
    if st.session_state.get("wages_year") not in (None, *years):  # the year chosen before does not exist for this sex
        st.query_params.pop("year", None)
        del st.session_state["wages_year"]
    with right:
        year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="wages_year")
    chart(data, lang, wages.activities(data, lang, year, sex), "wages_activity_chart")
    both, separate = wages.activity_years(data, "total"), wages.activity_years(data, "female")
    st.caption(t("wages.activity_note", lang, first=both[0], last=both[-1], since=separate[0]))


def minimums():
    chosen = state.multiselect(lang, t("wages.compare", lang), "compare", list(view.COMPARISONS),
                               list(view.DEFAULT_COMPARISONS), key="wages_compare",
                               format_func=wages.comparison_names(data, lang).get)
    chart(data, lang, wages.minimums(data, lang, tuple(chosen)), "wages_minimums_chart")
    planned = wages.planned_years(data)
    st.caption(t("wages.minimums_note", lang))
    if planned:
        st.caption(t("wages.planned_note", lang, first=planned[0], last=planned[-1]))
    table("program_wage_rows", ("indicator", "period", "value_unit", "source", "flags"))


def regional():
    st.write(t("wages.regional_intro", lang))
    table("regional_rows", ("region", "breakdown", "period", "value", "unit", "source", "flags"))
    if wages.has_values(data, "tax_base_avg_wage"):
        with st.expander(labels.indicator(data, "tax_base_avg_wage", lang)):
            table("regional_rows", ("region", "breakdown", "period", "value", "unit", "source", "flags"),
                  "tax_base_avg_wage")
    arrears_metric = wages.arrears_total(data, lang)
    if arrears_metric is not None:
        label, value, source = arrears_metric
        st.metric(label, value)
        st.caption(source)
    arrears, arrears_note = wages.arrears_chart(data, lang)
    if arrears is not None:
        chart(data, lang, arrears, "wages_arrears_chart")
        st.caption(arrears_note)


SECTIONS = {"national": national, "by_sex": by_sex, "by_activity": by_activity, "minimums": minimums,
            "regional": regional}

st.title(t("wages.title", lang))
st.write(t("wages.intro", lang))
if wages.national_metrics(data, lang)[0]:
    st.info(t("wages.nominal_notice", lang), icon="ℹ️")
state.show_sections(lang, "wages", SECTIONS)
