"""Methodology and sources: what each source gave, definitions, breaks, conflicts, missing values,
flags, periods, the regional SDG 1.3.1 trap, forecasts and map boundaries."""
import streamlit as st

from analysis import loader
from analysis import methodology_view as mv
from analysis.program_view import escape_markdown, markdown_cells
from ui import labels, state
from ui.format import number
from ui.frame import start
from ui.i18n import t
from ui.strings import STRINGS

lang, data = start()

MIN_FORECAST_POINTS = 6  # analysis.forecast.MIN_POINTS (a test keeps the two equal)
MAX_QUERY = 60
SECTIONS = ("sources", "definitions", "breaks", "conflicts", "missing", "flags", "periods", "sdg131", "forecasts",
            "maps")


@st.cache_data(show_spinner=False)
def documents() -> dict:
    return {name: loader.load_document_table(name) for name in ("program_directions.csv", "social_fund_measures.csv")}


try:
    document_tables = documents()
except loader.DataError as error:
    st.error(f"{t('error.data', lang)}\n\n`{error}`")
    st.stop()


def renamed(frame, prefix: str):
    return frame.rename(columns={c: t(f"methodology.{prefix}.{c}", lang) for c in frame.columns})


st.title(t("methodology.title", lang))
st.write(t("methodology.intro", lang))
st.markdown(f"**{t('methodology.contents', lang)}:** "
            + " · ".join(f"[{t(f'methodology.{s}', lang)}](#{s})" for s in SECTIONS))

# Sources
st.header(t("methodology.sources", lang), anchor="sources")
st.write(t("methodology.sources_intro", lang))
usage = mv.source_usage(data, document_tables)
kind = state.selectbox(lang, t("methodology.kind_filter", lang), "kind", ["all", *mv.SOURCE_KINDS], "all",
                       key="methodology_kind", format_func=lambda k: t(f"methodology.kind.{k}", lang))
sources = mv.sources_view(data, usage, lang, kind)
sources["kind"] = [t(f"methodology.kind.{k}", lang) for k in sources["kind"]]
kinds = data.sources["kind"].value_counts()
st.caption(t("methodology.sources_caption", lang, count=len(data.sources), primary=int(kinds.get("primary", 0)),
             secondary=int(kinds.get("secondary", 0)), values=int(usage["values"].sum())))
taken = mv.taken_texts(sources, **{w: t(f"methodology.{w}", lang)
                                   for w in ("taken", "taken_none", "also_rows", "more")})
sources = sources.assign(
    title=[f"{escape_markdown(a)} — {escape_markdown(b)}" for a, b in zip(sources["title"], sources["publisher"])],
    indicators=[escape_markdown(x) for x in taken],
    url=[mv.link_or_document(u, d, escape_markdown) for u, d in zip(sources["url"], sources["document"])],
)[["title", "kind", "date", "values", "shown", "indicators", "url"]]
st.table(sources.rename(columns={c: t(f"methodology.scol.{c}", lang) for c in sources.columns}), hide_index=True,
         height=min(640, 70 * len(sources) + 40))
st.caption(t("methodology.sources_source", lang))

# Definitions
st.header(t("methodology.definitions", lang), anchor="definitions")
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
        st.warning(t("notice.bad_param", lang, name="q", value=requested[:40]), icon="⚠️")
        requested = ""
    query = st.text_input(t("methodology.search", lang), value=requested, key="methodology_search",
                          max_chars=MAX_QUERY).strip()
    state.write("q", query, "")
found = mv.definitions(data, lang, topic, query)
found["topic"] = [t(f"topic.{x}", lang) for x in found["topic"]]
found["better"] = [t(f"methodology.better.{b or 'none'}", lang) for b in found["better"]]
st.caption(t("methodology.found", lang, count=len(found), total=len(data.indicators)))
if found.empty:
    st.info(t("methodology.not_found", lang))
else:
    st.table(markdown_cells(renamed(found, "dcol")), hide_index=True, height=min(640, 80 * len(found) + 40))
st.caption(t("methodology.definitions_source", lang))

# Breaks
st.header(t("methodology.breaks", lang), anchor="breaks")
st.write(t("methodology.breaks_intro", lang))
breaks = data.breaks.assign(indicator=[labels.indicator(data, i, lang) for i in data.breaks["indicator_id"]],
                            note=data.breaks[f"note_{lang}"])[["indicator", "first_year_after", "note", "basis"]]
breaks["first_year_after"] = breaks["first_year_after"].astype(str)
st.table(markdown_cells(renamed(breaks, "bcol")), hide_index=True)
break_sources = data.observations[data.observations["indicator_id"].isin(data.breaks["indicator_id"])
                                  & data.observations["flags"].str.contains("possible_break")]["source_id"]
st.caption(escape_markdown(f"{t('methodology.breaks_source', lang)} {labels.source_line(data, break_sources, lang)}"))

# Conflicts
st.header(t("methodology.conflicts", lang), anchor="conflicts")
conflict_words = {w: t(f"methodology.conflict.{w}", lang) for w in ("shown", "not_shown", "both_shown", "none")}
conflicts = mv.conflicts_view(data, lang, number, conflict_words)
st.write(t("methodology.conflicts_intro", lang, count=len(conflicts)))
st.table(markdown_cells(renamed(conflicts, "ccol")), hide_index=True)
conflict_sources = [s for group in mv.conflicts(data) for s in group["source_id"]]
st.caption(escape_markdown(labels.source_line(data, conflict_sources, lang)))

# Missing values
st.header(t("methodology.missing", lang), anchor="missing")
missing = mv.missing_summary(data)
if missing["count"]:
    st.write(t("methodology.missing_text", lang, first=missing["first_year"], last=missing["last_year"],
               flag=labels.flag_names(data, lang).get("missing_zero_in_source", "missing_zero_in_source"),
               count=missing["count"], start=missing["last_year"] + 1,
               indicators=", ".join(labels.indicator(data, i, lang) for i in missing["indicators"])))

# Flags
st.header(t("methodology.flags", lang), anchor="flags")
st.write(t("methodology.flags_intro", lang))
counts = mv.flag_counts(data)
flags = data.flags.assign(
    name=data.flags[f"name_{lang}"],
    meaning=[t(f"methodology.flag.{f}" if f"methodology.flag.{f}" in STRINGS else "methodology.flag.unknown", lang)
             for f in data.flags["flag"]],
    count=[int(counts[f]) for f in data.flags["flag"]])[["flag", "name", "meaning", "count"]]
st.table(markdown_cells(renamed(flags, "fcol")), hide_index=True)
st.caption(t("methodology.flags_source", lang))

# Periods
st.header(t("methodology.periods", lang), anchor="periods")
st.write(t("methodology.periods_text", lang))
examples = mv.period_examples(lang)
examples["kind"] = [t(f"methodology.period.{k}", lang) for k in examples["kind"]]
st.table(markdown_cells(renamed(examples, "pcol")), hide_index=True)
st.caption(t("methodology.periods_source", lang))

# The regional SDG 1.3.1 trap
st.header(t("methodology.sdg131", lang), anchor="sdg131")
st.write(t("methodology.sdg131_text", lang, name=labels.indicator(data, mv.SDG131_REGIONAL, lang)
           if mv.SDG131_REGIONAL in data.indicators.index else mv.SDG131_REGIONAL))
check = mv.sdg131_check(data)
if check:
    st.info(t("methodology.sdg131_check", lang, year=check["year"], regions=check["regions"],
              regional_sum=number(check["regional_sum"], 1, lang), national=number(check["national"], 1, lang)))
    st.caption(escape_markdown(labels.source_line(data, mv.sdg131_sources(data), lang)))

# Forecasts
st.header(t("methodology.forecasts", lang), anchor="forecasts")
st.markdown(t("methodology.forecasts_text", lang, min_points=MIN_FORECAST_POINTS))

# Map boundaries
st.header(t("methodology.maps", lang), anchor="maps")
st.write(t("methodology.maps_text", lang))
st.caption(t("methodology.maps_source", lang))
