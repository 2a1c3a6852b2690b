"""Data coverage: every indicator with its regions, years and sources.
The Coverage page shows it, the Data page too."""
from __future__ import annotations

from analysis.coverage import coverage_table
from ui.cache import kept
from ui.i18n import t
from ui.tables import Sortable


@kept
def coverage_frame(data, lang):
    """(caption, the coverage ready for st.dataframe)."""
    table = coverage_table(data, lang)
    caption = t("coverage.caption", lang, indicators=len(table), values=int(table["values"].sum()),
                sources=len(data.sources))
    labels = {"all": t("regions.all", lang), "national": t("regions.national", lang)}
    counts = {"all": len(data.regions.index), "national": 1}
    regions = tuple(float(counts.get(r) or r) for r in table["regions"])   # sorts by how many regions
    table["topic"] = [t(f"topic.{topic}", lang) for topic in table["topic"]]
    table["regions"] = [labels.get(r) or t("regions.count", lang, count=r) for r in table["regions"]]
    names = {column: t(f"column.{column}", lang) for column in table.columns}
    return caption, Sortable(table.rename(columns=names), {names["regions"]: regions})
