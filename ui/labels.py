"""Names of indicators, regions, codes, units and sources in the reader's language."""
from __future__ import annotations

from collections.abc import Iterable

from analysis.loader import Dataset
from analysis.schema import source_columns
from ui.i18n import t


def indicator(data: Dataset, indicator_id: str, lang: str) -> str:
    return data.rows_by_id["indicators"][indicator_id][f"name_{lang}"]


def unit(data: Dataset, indicator_id: str, lang: str) -> str:
    rows = data.rows_by_id
    return rows["units"][rows["indicators"][indicator_id]["unit"]][f"name_{lang}"]


def region(data: Dataset, code: str, lang: str) -> str:
    return data.rows_by_id["regions"][code][f"name_{lang}"]


def code(data: Dataset, dimension: str, value: str, lang: str) -> str:
    row = data.code_names.get((dimension, value))
    return row[f"name_{lang}"] if row else value


def flag_names(data: Dataset, lang: str) -> dict[str, str]:
    return dict(zip(data.flags["flag"], data.flags[f"name_{lang}"]))


def publisher(data: Dataset, source_id: str, lang: str) -> str:
    return data.sources.loc[source_id, source_columns(lang)[1]]


def source_line(data: Dataset, source_ids: Iterable[str], lang: str, whole: bool = False) -> str:
    """'Source: publisher, title' for each source used, in a stable order (official first). Titles
    over 90 characters are shortened unless `whole` (text that wraps, as on a slide: in a chart's
    one-line annotation they would run off; the chart's About panel names them in full)."""
    ids = sorted(set(source_ids), key=lambda s: (data.sources.loc[s, "display_priority"], s))
    if not ids:
        return ""
    title_column, publisher_column = source_columns(lang)
    parts = []
    for source_id in ids[:4]:
        row = data.sources.loc[source_id]
        title = row[title_column] if whole or len(row[title_column]) < 90 else row[title_column][:87] + "…"
        parts.append(f"{row[publisher_column]}, {title}")
    more = len(ids) - 4
    text = t("chart.source", lang) + " " + "; ".join(parts)
    return text + (t("chart.more_sources", lang, count=more) if more > 0 else "")
