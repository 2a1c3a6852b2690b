"""Rules applied to all observations at once: missing values, flags, which value is shown."""
from __future__ import annotations

from collections import defaultdict

from analysis.schema import PERCENT_UNITS, SERIES_KEY

OSH_CITY = "KG-GO"
OSH_CITY_SEPARATE_FROM = 2013
OSH_NOTE = "Osh city was counted inside Osh oblast until 2012: the source's 0 means not reported."


def mark_osh_city_zeros(rows: list[dict], source_id: str) -> None:
    """Osh city's zeros before 2013 are not zeros: it was counted inside Osh oblast."""
    for row in rows:
        if (row["source_id"] == source_id and row["region"] == OSH_CITY
                and row["year"] < OSH_CITY_SEPARATE_FROM and row["value"] == 0):
            row["value"] = None
            row["flags"].add("missing_zero_in_source")
            row["note"] = "; ".join(filter(None, (row["note"], OSH_NOTE)))


def mark_breaks(rows: list[dict], breaks: list[dict[str, str]]) -> None:
    """Each value of the first year after a break carries the flag."""
    after = {(b["indicator_id"], int(b["first_year_after"])) for b in breaks}
    for row in rows:
        if (row["indicator_id"], row["year"]) in after:
            row["flags"].add("possible_break")


def mark_secondary(rows: list[dict], secondary_sources: set[str]) -> None:
    for row in rows:
        if row["source_id"] in secondary_sources:
            row["flags"].add("secondary")


def values_agree(a: float, b: float, unit: str, loose: bool) -> bool:
    """Equal up to the rounding of the less precise source (or an estimate's looseness)."""
    if loose:
        return abs(a - b) <= 0.05 * max(abs(a), abs(b))
    if unit in PERCENT_UNITS:
        return abs(a - b) <= 0.051
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


def merge_repeats(rows: list[dict]) -> list[dict]:
    """A source that states the same value twice keeps one row, noting the other place."""
    first: dict[tuple, dict] = {}
    kept = []
    for row in rows:
        key = (*(row[c] for c in SERIES_KEY), row["source_id"])
        earlier = first.get(key)
        if (earlier is not None and earlier["value"] is not None and row["value"] is not None
                and values_agree(earlier["value"], row["value"], row["unit"], loose=False)):
            earlier["note"] = "; ".join(filter(None, (earlier["note"], f"also stated at {row['locator']}")))
            continue
        if earlier is not None:
            earlier["flags"].add("conflict_in_source")
            row["flags"].add("conflict_in_source")
        first.setdefault(key, row)
        kept.append(row)
    return kept


def choose_shown(rows: list[dict], priority: dict[str, int]) -> None:
    """One value per series key is shown: the highest-priority source that has a value.

    The others are kept; where one disagrees with the shown value both carry `conflict`.
    """
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[tuple(row[c] for c in SERIES_KEY)].append(row)
    for group in groups.values():
        group.sort(key=lambda r: (r["value"] is None, priority[r["source_id"]], r["source_id"], r["locator"]))
        shown = group[0]
        for row in group:
            row["shown"] = row is shown
        if shown["value"] is None:
            continue
        for row in group[1:]:
            if row["value"] is None:
                continue
            loose = bool({"approx", "lower_bound"} & (row["flags"] | shown["flags"]))
            if not values_agree(row["value"], shown["value"], row["unit"], loose):
                row["flags"].add("conflict")
                shown["flags"].add("conflict")
