"""Pensions and social protection: pensioners (the NSC's derived annual count, with the reported
counts beside it) and the average pension (mixed periods), pensioners below the subsistence
minimum, social-protection coverage (national; regional beneficiaries as a share of the
country's population), family allowance and social benefits, and spending.
Each of the five is a tab; only the open one is built and drawn."""
import streamlit as st

from analysis import maps
from app_pages.pensions import compute as view
from ui import figures, geo, labels, state
from ui.chart import chart
from ui.frame import start
from ui.i18n import t
from app_pages.pensions import content as pensions

lang, data = start()

# The regional map stretches to the page's width at the height that keeps its shape.
MAP_CSS = f"<style>{maps.container_css('pensions_map')}</style>"


def table(rows_of, keep):
    figures.draw_table(*pensions.table_frame(data, lang, rows_of, keep))


def metrics(block):
    """Up to two metrics side by side (label, value, help, maybe a delta), then the caption of their sources."""
    entries, caption = block
    for column, entry in zip(st.columns(2), entries):
        if entry is not None:
            column.metric(**entry)
    if caption:
        st.caption(caption)


def pensioners():
    chart(data, lang, pensions.pensioners(data, lang), "pensions_pensioners_chart")
    block, notes, comparison = pensions.headline(data, lang)
    metrics(block)
    st.caption(t("pensions.pensioners_note", lang))
    for note in notes:
        st.caption(note)
    if comparison is not None:
        st.write(t("pensions.cmp_intro", lang))
        figures.draw_table(*comparison)
    with st.expander(t("pensions.pensioners_more", lang)):
        table("pensioner_rows", ("indicator", "breakdown", "period", "value_unit", "source", "flags"))
    chart(data, lang, pensions.pension(data, lang), "pensions_pension_chart")
    st.caption(t("pensions.pension_note", lang))
    matched = pensions.matched_table(data, lang)
    if matched is not None:
        figures.draw_table(*matched)


def below():
    metrics(pensions.below_metrics(data, lang))
    measure = state.selectbox(lang, t("pensions.measure", lang), "below", list(view.BELOW), view.BELOW[0],
                              key="pensions_below", format_func=lambda i: labels.indicator(data, i, lang))
    chart(data, lang, pensions.national(data, lang, (measure,), "pensions.below_title"), "pensions_below_chart")
    st.caption(t("pensions.below_note", lang))


def coverage():
    """National coverage, and each region's part of it."""
    chart(data, lang, pensions.national(data, lang, (view.COVERAGE,), "pensions.coverage_title"),
          "pensions_coverage_chart")
    st.info(t("pensions.regional_warning", lang), icon="⚠️")
    years = list(pensions.regional_years(data))
    year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="pensions_year")
    bars, regional_map, source, regional_note = pensions.regional(data, lang, year)
    chart(data, lang, bars, "pensions_regional_chart")
    if regional_map is None:
        geo.regions_or_none(lang)          # says what is wrong with the boundaries
    else:
        st.html(MAP_CSS)
        chart(data, lang, regional_map, "pensions_map", config=maps.MAP_CONFIG)
    st.caption(source)
    if regional_note:
        st.caption(regional_note)


def benefits():
    chart(data, lang, pensions.national(data, lang, view.BENEFITS, "pensions.benefits_title"),
          "pensions_benefits_chart")
    st.caption(t("pensions.program_benefits", lang))
    table("program_benefit_rows", ("indicator", "breakdown", "period", "value_unit", "flags"))


def spending():
    chart(data, lang, pensions.national(data, lang, view.SPENDING, "pensions.spending_title"),
          "pensions_spending_chart")
    st.caption(t("pensions.spending_note", lang))
    financing = pensions.financing_table(data, lang)
    if financing is not None:
        with st.expander(labels.indicator(data, view.FINANCING, lang)):
            figures.draw_table(*financing)


SECTIONS = {"pensioners": pensioners, "below": below, "coverage": coverage, "benefits": benefits,
            "spending": spending}

st.title(t("pensions.title", lang))
st.write(t("pensions.intro", lang))
state.show_sections(lang, "pensions", SECTIONS)
