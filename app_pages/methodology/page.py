"""Methodology and sources: what each source gave, definitions, breaks, conflicts, missing values,
flags, periods, the regional SDG 1.3.1 trap, forecasts, map boundaries and the data releases: a tab each,
of which only the open one is built and drawn."""
import streamlit as st

from analysis import loader
from app_pages.methodology import compute as mv
from ui import state
from ui.frame import start
from ui.i18n import escape_markdown, t
from app_pages.methodology.content import (breaks_table, conflicts_table, definitions_table, documents, flags_table,
                                     missing_text, periods_table, releases_table, sdg131, sources_caption,
                                     sources_table)

lang, data = start()

MIN_FORECAST_POINTS = 6  # analysis.forecast.MIN_POINTS (a test keeps the two equal)
MAX_QUERY = 60

try:
    documents()
except loader.DataError as error:
    st.error(f"{t('error.data', lang)}\n\n`{error}`")
    st.stop()


def sources_section():
    st.header(t("methodology.sources", lang))
    st.write(t("methodology.sources_intro", lang))
    kind = state.selectbox(lang, t("methodology.kind_filter", lang), "kind", ["all", *mv.SOURCE_KINDS], "all",
                           key="methodology_kind", format_func=lambda k: t(f"methodology.kind.{k}", lang))
    st.caption(sources_caption(data, lang))
    sources, height = sources_table(data, lang, kind)
    st.table(sources, hide_index=True, height=height)
    st.caption(t("methodology.sources_source", lang))


def definitions_section():
    st.header(t("methodology.definitions", lang))
    st.write(t("methodology.definitions_intro", lang))
    topics = list(dict.fromkeys(data.indicators["topic"]))
    left, right = st.columns([1, 2])
    with left:
        topic = state.selectbox(lang, t("methodology.topic_filter", lang), "topic", ["all", *topics], "all",
                                key="methodology_topic",
                                format_func=lambda x: t("methodology.topic.all" if x == "all" else f"topic.{x}", lang))
    with right:
        requested = str(st.query_params.get("q", ""))
        if len(requested) > MAX_QUERY:
            st.warning(t("notice.bad_param", lang, name="q", value=escape_markdown(requested[:state.MAX_SHOWN])),
                       icon="⚠️")      # quoted back as literal text, as ui.state's notices are
            requested = ""
        query = st.text_input(t("methodology.search", lang), value=requested, key="methodology_search",
                              max_chars=MAX_QUERY).strip()
        state.write("q", query, "")
    found_caption, found = definitions_table(data, lang, topic, query)
    st.caption(found_caption)
    if found is None:
        st.info(t("methodology.not_found", lang))
    else:
        st.table(found[0], hide_index=True, height=found[1])
    st.caption(t("methodology.definitions_source", lang))


def breaks_section():
    st.header(t("methodology.breaks", lang))
    st.write(t("methodology.breaks_intro", lang))
    breaks, breaks_source = breaks_table(data, lang)
    st.table(breaks, hide_index=True)
    st.caption(breaks_source)


def conflicts_section():
    st.header(t("methodology.conflicts", lang))
    conflicts_intro, conflicts, conflicts_source = conflicts_table(data, lang)
    st.write(conflicts_intro)
    st.table(conflicts, hide_index=True)
    st.caption(conflicts_source)


def missing_section():
    st.header(t("methodology.missing", lang))
    missing = missing_text(data, lang)
    if missing is not None:
        st.write(missing)


def flags_section():
    st.header(t("methodology.flags", lang))
    st.write(t("methodology.flags_intro", lang))
    st.table(flags_table(data, lang), hide_index=True)
    st.caption(t("methodology.flags_source", lang))


def periods_section():
    st.header(t("methodology.periods", lang))
    st.write(t("methodology.periods_text", lang))
    st.table(periods_table(data, lang), hide_index=True)
    st.caption(t("methodology.periods_source", lang))


def sdg131_section():
    st.header(t("methodology.sdg131", lang))
    sdg131_text, sdg131_notice, sdg131_source = sdg131(data, lang)
    st.write(sdg131_text)
    if sdg131_notice is not None:
        st.info(sdg131_notice)
        st.caption(sdg131_source)


def forecasts_section():
    st.header(t("methodology.forecasts", lang))
    st.markdown(t("methodology.forecasts_text", lang, min_points=MIN_FORECAST_POINTS))


def maps_section():
    st.header(t("methodology.maps", lang))
    st.write(t("methodology.maps_text", lang))
    st.caption(t("methodology.maps_source", lang))


def releases_section():
    st.header(t("methodology.releases", lang))
    st.write(t("methodology.releases_intro", lang))
    st.table(releases_table(data, lang), hide_index=True)
    st.caption(t("methodology.releases_source", lang))


SECTIONS = {"sources": sources_section, "definitions": definitions_section, "breaks": breaks_section,
            "conflicts": conflicts_section, "missing": missing_section, "flags": flags_section,
            "periods": periods_section, "sdg131": sdg131_section, "forecasts": forecasts_section, "maps": maps_section,
            "releases": releases_section}

st.title(t("methodology.title", lang))
st.write(t("methodology.intro", lang))
state.show_sections(lang, "methodology", SECTIONS)
