"""Labour market: unemployment by region, sex and age; registered unemployment; occupational
injuries; youth NEET; informal employment and the Program's other labour figures.
Each of the five is a tab; only the open one is built and drawn."""
import streamlit as st

from app_pages.labour import compute as view
from ui import figures, labels, state
from ui.chart import chart
from ui.frame import start
from ui.i18n import t
from app_pages.labour import content as labour

lang, data = start()


def regions():
    names, years = (list(v) for v in labour.unemployment_regions(data))
    chosen = state.region_picker(lang, "regions", names, labour.default_regions(data), key="labour_regions",
                                 format_func=lambda r: labels.region(data, r, lang))
    highlight, since = state.highlight_and_change(lang, "labour", ["KG", *chosen],
                                                  figures.base_years(data, view.UNEMPLOYMENT),
                                                  format_func=lambda r: labels.region(data, r, lang))
    chart(data, lang, labour.regions_chart(data, lang, tuple(chosen), highlight, since), "labour_regions_chart")
    late = labour.late_note(data, lang, tuple(chosen))
    if late:
        st.caption(late)
    year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="labour_year")
    chart(data, lang, labour.ranked(data, lang, view.UNEMPLOYMENT, year)[0], "labour_ranked_chart")
    st.caption(t("labour.ranked_note", lang))
    if since is not None:
        chart(data, lang, figures.change_bars(data, lang, view.UNEMPLOYMENT, since, year, highlight),
              "labour_change_chart")


def sex_age():
    by = state.selectbox(lang, t("labour.breakdown", lang), "by", ["sex", "age_group"], "sex", key="labour_by",
                         format_func=lambda d: t(f"breakdown.{d}", lang))
    chart(data, lang, labour.breakdown_chart(data, lang, view.UNEMPLOYMENT, by, "labour.sex_age_title"),
          "labour_sex_age_chart")
    if by == "age_group":
        st.caption(t("labour.age_note", lang))


def registered():
    made, note = labour.registered(data, lang)
    chart(data, lang, made, "labour_registered_chart")
    if note:
        st.caption(note)


def injuries():
    injury = state.selectbox(lang, t("labour.injury_measure", lang), "injury", list(view.INJURIES),
                             view.INJURIES[0], key="labour_injury",
                             format_func=lambda i: labels.indicator(data, i, lang))
    chart(data, lang, labour.breakdown_chart(data, lang, injury, "sex", "labour.injury_title"), "labour_injury_chart")
    years = list(labour.injury_years(data, injury))
    if st.session_state.get("labour_injury_year") not in (None, *years):   # not a year of the other measure
        st.query_params.pop("injury_year", None)
        del st.session_state["labour_injury_year"]
    injury_year = state.year_select(lang, t("common.year", lang), "injury_year", years, years[-1],
                                    key="labour_injury_year")
    made, zero_note = labour.ranked(data, lang, injury, injury_year)
    chart(data, lang, made, "labour_injury_ranked_chart")
    st.caption(t("labour.injury_note", lang))
    if zero_note:
        st.caption(zero_note)


def youth_informal():
    """Youth NEET, informal employment and the Program's figures."""
    chart(data, lang, labour.breakdown_chart(data, lang, view.NEET, "sex", "labour.neet_title"), "labour_neet_chart")
    st.write(t("labour.program_intro", lang))
    table, source, left_out = labour.program_table(data, lang)
    figures.draw_table(table, source)
    if left_out:
        st.caption(left_out)


SECTIONS = {"regions": regions, "sex_age": sex_age, "registered": registered, "injuries": injuries,
            "youth_informal": youth_informal}

st.title(t("labour.title", lang))
st.write(t("labour.intro", lang))
state.show_sections(lang, "labour", SECTIONS)
