"""Methodology and sources: what each source gave, definitions, breaks, conflicts, missing values,
flags, periods, the regional SDG 1.3.1 check and the data releases."""
from __future__ import annotations

import pandas as pd

from analysis import loader, releases
from app_pages.methodology import compute as mv
from analysis.periods import label
from analysis.program_view import escape_markdown, markdown_cells
from ui import labels
from ui.cache import kept
from ui.format import number
from ui.i18n import t
from ui.strings import STRINGS
from ui.tables import arrow


@kept
def documents() -> dict:
    """The document tables (shared by every session: never changed by the page)."""
    return {name: loader.load_document_table(name) for name in ("program_directions.csv", "social_fund_measures.csv")}


def renamed(frame, prefix: str, lang: str):
    """The frame with its columns named in `lang` (methodology.<prefix>.<column>)."""
    return frame.rename(columns={c: t(f"methodology.{prefix}.{c}", lang) for c in frame.columns})


@kept
def usage_of(data):
    """Per source, what it gave (methodology_view.source_usage)."""
    return mv.source_usage(data, documents())


@kept
def sources_caption(data, lang):
    """How many sources of each kind, and the values they gave."""
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
    return (arrow(sources.rename(columns={c: t(f"methodology.scol.{c}", lang) for c in sources.columns})),
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
    return caption, (arrow(markdown_cells(renamed(found, "dcol", lang))), min(640, 80 * len(found) + 40))


@kept
def breaks_table(data, lang):
    """(the breaks for st.table, their source caption)."""
    breaks = data.breaks.assign(indicator=[labels.indicator(data, i, lang) for i in data.breaks["indicator_id"]],
                                note=data.breaks[f"note_{lang}"])[["indicator", "first_year_after", "note", "basis"]]
    breaks["first_year_after"] = breaks["first_year_after"].astype(str)
    break_sources = data.observations[data.observations["indicator_id"].isin(data.breaks["indicator_id"])
                                      & data.observations["flags"].str.contains("possible_break")]["source_id"]
    return (arrow(markdown_cells(renamed(breaks, "bcol", lang))),
            escape_markdown(f"{t('methodology.breaks_source', lang)} {labels.source_line(data, break_sources, lang)}"))


@kept
def conflicts_table(data, lang):
    """(the introduction, the conflicts for st.table, their source caption)."""
    conflict_words = {w: t(f"methodology.conflict.{w}", lang) for w in ("shown", "not_shown", "both_shown", "none")}
    conflicts = mv.conflicts_view(data, lang, number, conflict_words)
    conflict_sources = [s for group in mv.conflicts(data) for s in group["source_id"]]
    return (t("methodology.conflicts_intro", lang, count=len(conflicts)),
            arrow(markdown_cells(renamed(conflicts, "ccol", lang))),
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
    """The flags, what they mean and how many values carry each, for st.table."""
    counts = mv.flag_counts(data)
    flags = data.flags.assign(
        name=data.flags[f"name_{lang}"],
        meaning=[t(f"methodology.flag.{f}" if f"methodology.flag.{f}" in STRINGS else "methodology.flag.unknown", lang)
                 for f in data.flags["flag"]],
        count=[int(counts[f]) for f in data.flags["flag"]])[["flag", "name", "meaning", "count"]]
    return arrow(markdown_cells(renamed(flags, "fcol", lang)))


@kept
def periods_table(data, lang):
    """How each kind of period is written and where it is drawn, for st.table."""
    examples = mv.period_examples(lang)
    examples["kind"] = [t(f"methodology.period.{k}", lang) for k in examples["kind"]]
    return arrow(markdown_cells(renamed(examples, "pcol", lang)))


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


RELEASE_COLUMNS = ("release", "data_as_of", "published", "replaces", "new", "revised", "withdrawn", "new_flags",
                   "current")


@kept
def releases_table(data, lang):
    """The data releases, newest first, with what each changed, for st.table. Kept per dataset: a publish
    or a rollback changes the dataset the pages read (ui/data.follow_release)."""
    rows = []
    for release in releases.history():
        published = release["published"]
        rows.append({
            "release": release["id"], "data_as_of": label(release["data_as_of"], lang),
            "published": (published.replace("T", " ").removesuffix("Z")[:16] + " UTC" if published
                          else t("methodology.releases_shipped", lang) if release["shipped"] else "—"),
            "replaces": release["replaces"] or "—",
            **{k: "—" if release[k] is None else number(release[k], 0, lang)
               for k in ("new", "revised", "withdrawn", "new_flags")},
            "current": "✓" if release["current"] else "",
        })
    frame = pd.DataFrame(rows, columns=list(RELEASE_COLUMNS))
    return arrow(markdown_cells(renamed(frame, "rcol", lang)))
