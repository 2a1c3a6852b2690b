"""Disability: the NSC's annual count of recipients of disability pensions and benefits with the
reported numbers of persons with disabilities beside it (mostly secondary figures, mixed periods),
children, new cases, benefits and pensions, and every reported figure with its source.
Each of the five is a tab; only the open one is built and drawn."""
import streamlit as st

from ui import figures, labels, state
from ui.chart import chart
from ui.frame import start
from ui.i18n import t
from app_pages.disability import content as disability

lang, data = start()


def metrics(block):
    """Up to two metrics side by side (label, value, help, maybe a delta), then the caption of their sources."""
    entries, caption = block
    for column, entry in zip(st.columns(2), entries):
        if entry is not None:
            column.metric(**entry)
    if caption is not None:
        st.caption(caption)


def persons():
    count_chart, count_metrics, count_notes, comparison, share_chart = disability.persons(data, lang)
    chart(data, lang, count_chart, "disability_count_chart")
    metrics(count_metrics)
    for note in count_notes:
        st.caption(note)
    if comparison is not None:
        st.write(t("disability.cmp_intro", lang))
        figures.draw_table(*comparison)
    chart(data, lang, share_chart, "disability_share_chart")
    st.caption(t("disability.share_note", lang))


def children():
    children_chart, children_metrics = disability.children(data, lang)
    chart(data, lang, children_chart, "disability_children_chart")
    metrics(children_metrics)


def new_cases():
    new_chart, new_metrics, new_notes = disability.new_cases(data, lang)
    chart(data, lang, new_chart, "disability_new_cases_chart")
    metrics(new_metrics)
    for note in new_notes:
        st.caption(note)


def benefits():
    benefit_chart, benefit_notes, share_metrics, pension_metrics = disability.benefits(data, lang)
    chart(data, lang, benefit_chart, "disability_benefit_chart")
    for note in benefit_notes:
        st.caption(note)
    metrics(share_metrics)
    metrics(pension_metrics)


def all_figures():
    """The Program's figures, and every reported figure."""
    st.write(t("disability.program_intro", lang))
    figures.draw_table(*disability.table_frame(data, lang, "program"))
    st.write(t("disability.register_intro", lang))
    chosen = state.selectbox(lang, t("disability.register_filter", lang), "indicator",
                             list(disability.register_options(data)), "all", key="disability_indicator",
                             format_func=lambda i: t("disability.all_indicators", lang) if i == "all"
                             else labels.indicator(data, i, lang))
    figures.draw_table(*disability.table_frame(data, lang, "register", chosen))


SECTIONS = {"persons": persons, "children": children, "new_cases": new_cases, "benefits": benefits,
            "all_figures": all_figures}

st.title(t("disability.title", lang))
st.write(t("disability.intro", lang))
st.info(disability.notice(data, lang), icon="ℹ️")
state.show_sections(lang, "disability", SECTIONS)
