"""The Program 2020-2023 beside its indicators (before and after), and the Social Fund's Q1 2024 report:
two tabs, of which only the open one is built and drawn."""
import datetime as dt

import streamlit as st

from analysis import loader
from analysis import program_view as pv
from ui import state
from ui.chart import chart
from ui.frame import start
from ui.i18n import t
from app_pages.program.content import (breakdown_chart, document, indicator_table, measures_summary, measures_table,
                                 program_texts, report_figures)
from ui.tables import show_table

lang, data = start()
MEASURE_WIDTHS = {"number": 50, "status": 120, "action": 320, "note": 420, "goal_code": 60, "line": 70}
BAR_CHARTS = (("sf_people_trained", "program.trained_title", "program_trained_chart"),
              ("sf_appeals", "program.appeals_title", "program_appeals_chart"))

try:
    document("program_directions.csv"), document("social_fund_measures.csv")
except loader.DataError as error:
    st.error(f"{t('error.data', lang)}\n\n`{error}`")
    st.stop()


def draw_indicator_table(number_: str) -> None:
    table = indicator_table(data, lang, number_, dt.date.today().isoformat())
    if table is None:
        st.info(t("program.no_indicators", lang))
        return
    frame, caption = table
    st.table(frame, hide_index=True)
    st.caption(caption)


def the_program():
    """The main goal and the five directions, each with its indicators."""
    main_text, main_number, others, directions, rest, program_caption = program_texts(data, lang)
    st.header(t("program.program_heading", lang))
    st.markdown(t("program.how_to_read", lang))
    st.subheader(t("program.main_goal", lang))
    st.markdown(main_text)
    draw_indicator_table(main_number)
    if others is not None:
        st.markdown(f"{t('program.strategy_goals', lang)}\n\n{others}")   # one element each: fewer to send and draw

    st.header(t("program.directions_heading", lang))
    for number_, heading, goals, results, tasks in directions:
        st.subheader(heading)
        goals_column, results_column = st.columns(2, gap="large")
        with goals_column:
            st.markdown(f"**{t('program.goals', lang)}**\n\n{goals}")
        with results_column:
            if results is not None:
                st.markdown(f"**{t('program.results', lang)}**\n\n{results}")
            if tasks is not None:
                with st.expander(tasks[0]):
                    st.markdown(tasks[1])
        st.markdown(f"**{t('program.indicators', lang)}**")
        draw_indicator_table(number_)

    if rest is not None:
        with st.expander(t("program.other_parts", lang)):
            st.markdown(rest)
    st.caption(program_caption)


def social_fund():
    """The Social Fund's Q1 2024 report: its measures and its figures."""
    st.header(t("program.sf_heading", lang))
    st.write(t("program.sf_intro", lang))
    st.info(t("program.sf_quarter", lang), icon=":material/calendar_month:")
    metrics, metrics_caption, goal_names, sf_source = measures_summary(data, lang)
    for column, (label, value) in zip(st.columns(4), metrics):
        column.metric(label, value)
    st.caption(metrics_caption)

    left, right = st.columns(2)
    with left:
        status = state.selectbox(lang, t("program.filter_status", lang), "status", ["all", *pv.STATUSES], "all",
                                 key="program_status", format_func=lambda s: t(f"program.status.{s}", lang))
    with right:
        goal = state.selectbox(lang, t("program.filter_goal", lang), "goal", ["all", *goal_names], "all",
                               key="program_goal",
                               format_func=lambda g: t("program.goal.all", lang) if g == "all"
                               else t("program.goal.option", lang, code=g, text=goal_names[g]))
    shown_caption, shown = measures_table(data, lang, status, goal)
    st.caption(shown_caption)
    if shown is None:
        st.info(t("program.no_measures", lang))
    else:
        table, height, full_text, texts = shown
        show_table(table, hide_index=True, width="stretch", key="program_measures_table", height=height,
                   column_config={t(f"program.mcol.{c}", lang): st.column_config.Column(width=w)
                                  for c, w in MEASURE_WIDTHS.items()})
        with st.expander(full_text):
            st.markdown("\n\n".join(texts))     # one element, not one per measure: a rerun draws ~60 fewer
    st.caption(f"{sf_source}\n\n{t('program.translation_note', lang)}")

    # The report's figures
    st.subheader(t("program.figures_heading", lang))
    st.caption(t("program.figures_note", lang))
    figures_table, figures_source = report_figures(data, lang)
    st.table(figures_table, hide_index=True)
    st.caption(figures_source)

    for indicator, title_key, key in BAR_CHARTS:
        made = breakdown_chart(data, lang, indicator, title_key)
        if made is not None:
            chart(data, lang, made, key)


SECTIONS = {"program": the_program, "social_fund": social_fund}

st.title(t("program.title", lang))
st.write(t("program.intro", lang))
state.show_sections(lang, "program", SECTIONS)
