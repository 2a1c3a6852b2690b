"""Methodology and sources: what each source gave, definitions, breaks, conflicts, missing values,
flags, periods, the regional SDG 1.3.1 trap, forecasts and map boundaries."""
import streamlit as st

from analysis import loader
from analysis import methodology_view as mv
from analysis.program_view import escape_markdown, markdown_cells
from ui import labels, state
from ui.cache import kept
from ui.format import number
from ui.frame import start
from ui.i18n import t
from ui.strings import STRINGS

lang, data = start()

MIN_FORECAST_POINTS = 6  # analysis.forecast.MIN_POINTS (a test keeps the two equal)
MAX_QUERY = 60
SECTIONS = ("sources", "definitions", "breaks", "conflicts", "missing", "flags", "periods", "sdg131", "forecasts",
            "maps")


@kept
def documents() -> dict:
    """The document tables (shared by every session: never changed by the page)."""
    return {name: loader.load_document_table(name) for name in ("program_directions.csv", "social_fund_measures.csv")}


try:
    documents()
except loader.DataError as error:
    st.error(f"{t('error.data', lang)}\n\n`{error}`")
    st.stop()


def renamed(frame, prefix: str, lang: str):
    return frame.rename(columns={c: t(f"methodology.{prefix}.{c}", lang) for c in frame.columns})


@kept
def usage_of(data):
    """Per source, what it gave (methodology_view.source_usage)."""
    return mv.source_usage(data, documents())


@kept
def sources_caption(data, lang):
    usage = usage_of(data)
    kinds = data.sources["kind"].value_counts()
    return t("methodology.sources_caption", lang, count=len(data.sources), primary=int(kinds.get("primary", 0)),
             secondary=int(kinds.get("secondary", 0)), values=int(usage["values"].sum()))


@kept
def sources_table(data, lang, kind: str):
    """(the sources of a kind for st.table, its height)."""
    sources = mv.sources_view(data, usage_of(data), lang, kind)
    sources["kind"] = [t(f"methodology.kind.{k}", lang) for k in sources["kind"]]
    taken = mv.taken_texts(sources, **{w: t(f"methodology.{w}", lang)
                                       for w in ("taken", "taken_none", "also_rows", "more")})
    sources = sources.assign(
        title=[f"{escape_markdown(a)} — {escape_markdown(b)}"
               for a, b in zip(sources["title"], sources["publisher"])],
        indicators=[escape_markdown(x) for x in taken],
        url=[mv.link_or_document(u, d, escape_markdown) for u, d in zip(sources["url"], sources["document"])],
    )[["title", "kind", "date", "values", "shown", "indicators", "url"]]
    return (sources.rename(columns={c: t(f"methodology.scol.{c}", lang) for c in sources.columns}),
            min(640, 70 * len(sources) + 40))


@kept
def definitions_table(data, lang, topic: str, query: str):
    """(the caption of how many were found, None when none was, else (the definitions for st.table, its height))."""
    found = mv.definitions(data, lang, topic, query)
    found["topic"] = [t(f"topic.{x}", lang) for x in found["topic"]]
    found["better"] = [t(f"methodology.better.{b or 'none'}", lang) for b in found["better"]]
    caption = t("methodology.found", lang, count=len(found), total=len(data.indicators))
    if found.empty:
        return caption, None
    return caption, (markdown_cells(renamed(found, "dcol", lang)), min(640, 80 * len(found) + 40))


@kept
def breaks_table(data, lang):
    """(the breaks for st.table, their source caption)."""
    breaks = data.breaks.assign(indicator=[labels.indicator(data, i, lang) for i in data.breaks["indicator_id"]],
                                note=data.breaks[f"note_{lang}"])[["indicator", "first_year_after", "note", "basis"]]
    breaks["first_year_after"] = breaks["first_year_after"].astype(str)
    break_sources = data.observations[data.observations["indicator_id"].isin(data.breaks["indicator_id"])
                                      & data.observations["flags"].str.contains("possible_break")]["source_id"]
    return (markdown_cells(renamed(breaks, "bcol", lang)),
            escape_markdown(f"{t('methodology.breaks_source', lang)} {labels.source_line(data, break_sources, lang)}"))


@kept
def conflicts_table(data, lang):
    """(the introduction, the conflicts for st.table, their source caption)."""
    conflict_words = {w: t(f"methodology.conflict.{w}", lang) for w in ("shown", "not_shown", "both_shown", "none")}
    conflicts = mv.conflicts_view(data, lang, number, conflict_words)
    conflict_sources = [s for group in mv.conflicts(data) for s in group["source_id"]]
    return (t("methodology.conflicts_intro", lang, count=len(conflicts)),
            markdown_cells(renamed(conflicts, "ccol", lang)),
            escape_markdown(labels.source_line(data, conflict_sources, lang)))


@kept
def missing_text(data, lang):
    """What is kept empty and why; None when nothing is."""
    missing = mv.missing_summary(data)
    if not missing["count"]:
        return None
    return t("methodology.missing_text", lang, first=missing["first_year"], last=missing["last_year"],
             flag=labels.flag_names(data, lang).get("missing_zero_in_source", "missing_zero_in_source"),
             count=missing["count"], start=missing["last_year"] + 1,
             indicators=", ".join(labels.indicator(data, i, lang) for i in missing["indicators"]))


@kept
def flags_table(data, lang):
    counts = mv.flag_counts(data)
    flags = data.flags.assign(
        name=data.flags[f"name_{lang}"],
        meaning=[t(f"methodology.flag.{f}" if f"methodology.flag.{f}" in STRINGS else "methodology.flag.unknown", lang)
                 for f in data.flags["flag"]],
        count=[int(counts[f]) for f in data.flags["flag"]])[["flag", "name", "meaning", "count"]]
    return markdown_cells(renamed(flags, "fcol", lang))


@kept
def periods_table(data, lang):
    examples = mv.period_examples(lang)
    examples["kind"] = [t(f"methodology.period.{k}", lang) for k in examples["kind"]]
    return markdown_cells(renamed(examples, "pcol", lang))


@kept
def sdg131(data, lang):
    """(the text, the check's notice or None, its source caption or None)."""
    text = t("methodology.sdg131_text", lang, name=labels.indicator(data, mv.SDG131_REGIONAL, lang)
             if mv.SDG131_REGIONAL in data.indicators.index else mv.SDG131_REGIONAL)
    check = mv.sdg131_check(data)
    if not check:
        return text, None, None
    return (text, t("methodology.sdg131_check", lang, year=check["year"], regions=check["regions"],
                    regional_sum=number(check["regional_sum"], 1, lang), national=number(check["national"], 1, lang)),
            escape_markdown(labels.source_line(data, mv.sdg131_sources(data), lang)))


st.title(t("methodology.title", lang))
st.write(t("methodology.intro", lang))
st.markdown(f"**{t('methodology.contents', lang)}:** "
            + " · ".join(f"[{t(f'methodology.{s}', lang)}](#{s})" for s in SECTIONS))

# Sources
st.header(t("methodology.sources", lang), anchor="sources")
st.write(t("methodology.sources_intro", lang))
kind = state.selectbox(lang, t("methodology.kind_filter", lang), "kind", ["all", *mv.SOURCE_KINDS], "all",
                       key="methodology_kind", format_func=lambda k: t(f"methodology.kind.{k}", lang))
st.caption(sources_caption(data, lang))
sources, height = sources_table(data, lang, kind)
st.table(sources, hide_index=True, height=height)
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
found_caption, found = definitions_table(data, lang, topic, query)
st.caption(found_caption)
if found is None:
    st.info(t("methodology.not_found", lang))
else:
    st.table(found[0], hide_index=True, height=found[1])
st.caption(t("methodology.definitions_source", lang))

# Breaks
st.header(t("methodology.breaks", lang), anchor="breaks")
st.write(t("methodology.breaks_intro", lang))
breaks, breaks_source = breaks_table(data, lang)
st.table(breaks, hide_index=True)
st.caption(breaks_source)

# Conflicts
st.header(t("methodology.conflicts", lang), anchor="conflicts")
conflicts_intro, conflicts, conflicts_source = conflicts_table(data, lang)
st.write(conflicts_intro)
st.table(conflicts, hide_index=True)
st.caption(conflicts_source)

# Missing values
st.header(t("methodology.missing", lang), anchor="missing")
missing = missing_text(data, lang)
if missing is not None:
    st.write(missing)

# Flags
st.header(t("methodology.flags", lang), anchor="flags")
st.write(t("methodology.flags_intro", lang))
st.table(flags_table(data, lang), hide_index=True)
st.caption(t("methodology.flags_source", lang))

# Periods
st.header(t("methodology.periods", lang), anchor="periods")
st.write(t("methodology.periods_text", lang))
st.table(periods_table(data, lang), hide_index=True)
st.caption(t("methodology.periods_source", lang))

# The regional SDG 1.3.1 trap
st.header(t("methodology.sdg131", lang), anchor="sdg131")
sdg131_text, sdg131_notice, sdg131_source = sdg131(data, lang)
st.write(sdg131_text)
if sdg131_notice is not None:
    st.info(sdg131_notice)
    st.caption(sdg131_source)

# Forecasts
st.header(t("methodology.forecasts", lang), anchor="forecasts")
st.markdown(t("methodology.forecasts_text", lang, min_points=MIN_FORECAST_POINTS))

# Map boundaries
st.header(t("methodology.maps", lang), anchor="maps")
st.write(t("methodology.maps_text", lang))
st.caption(t("methodology.maps_source", lang))
