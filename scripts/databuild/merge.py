"""Rules applied to all observations at once: missing values, flags, which value is shown."""
from __future__ import annotations

from collections import defaultdict

from analysis import plausibility
from analysis.schema import BREAKDOWNS, PERCENT_UNITS, SERIES_KEY, period_kind

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


REVISED = "revised"
MISLABELLED = "mislabelled_in_source"
PREFERRED = "_preferred"   # set on the newer publication's value of a revised figure; never written


def _loose(a: dict, b: dict) -> bool:
    return bool({"approx", "lower_bound"} & (a["flags"] | b["flags"]))


def mark_revisions(rows: list[dict], newer: str, older: tuple[str, ...], newer_label: str, older_label: str) -> None:
    """Where the newer publication and an older one give the same figure and differ, both carry
    `revised`, each notes the other's value, and the newer one is the one shown."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if row["value"] is not None and row["source_id"] in (newer, *older):
            groups[tuple(row[c] for c in SERIES_KEY)].append(row)
    for group in groups.values():
        new = [r for r in group if r["source_id"] == newer]
        old = [r for r in group if r["source_id"] != newer]
        for n in new:
            for o in old:
                if values_agree(n["value"], o["value"], n["unit"], _loose(n, o)):
                    continue
                n["flags"].add(REVISED)
                o["flags"].add(REVISED)
                n[PREFERRED] = True
                said = f"revises {o['value']:.10g} in {older_label} ({o['locator']})"
                n["note"] = "; ".join(filter(None, (n["note"], said)))
                o["note"] = "; ".join(filter(None, (o["note"], f"revised to {n['value']:.10g} in {newer_label}")))


def choose_shown(rows: list[dict], priority: dict[str, int]) -> None:
    """One value per series key is shown: the highest-priority source that has a value.

    The newer publication's value of a revised figure comes first; a value the source
    probably mislabelled comes after every other. The others are kept; where one disagrees
    with the shown value both carry `conflict` (a revision pair carries `revised` instead).
    """
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[tuple(row[c] for c in SERIES_KEY)].append(row)
    for group in groups.values():
        group.sort(key=lambda r: (r["value"] is None, MISLABELLED in r["flags"], not r.get(PREFERRED, False),
                                  priority[r["source_id"]], r["source_id"], r["locator"]))
        shown = group[0]
        for row in group:
            row["shown"] = row is shown
        if shown["value"] is None:
            continue
        for row in group[1:]:
            if row["value"] is None or (REVISED in row["flags"] and REVISED in shown["flags"]
                                        and (row.get(PREFERRED) or shown.get(PREFERRED))):
                continue
            if not values_agree(row["value"], shown["value"], row["unit"], _loose(row, shown)):
                row["flags"].add("conflict")
                shown["flags"].add("conflict")


def _comparable_year(period: str) -> int | None:
    """The calendar year whose annual stock a date stands for: 31 December of it or 1 January after it."""
    if period_kind(period) != "date":
        return None
    year, month, day = (int(p) for p in period.split("-"))
    if (month, day) == (12, 31):
        return year
    if (month, day) == (1, 1):
        return year - 1
    return None


def compare_across_periods(rows: list[dict], pairs: list[dict[str, str]]) -> None:
    """Counts stated for a date at a year's turn against the annual count of that year.

    For each pair (indicator_id, compared_with): every value of indicator_id for 31 December
    of a year or 1 January of the next is compared with the shown annual value of
    compared_with for that year, same region and breakdowns; so is an annual value of
    indicator_id when compared_with is another indicator (the same indicator's annual values
    are one figure already). Where they disagree (the usual rule: within rounding, or 5 per
    cent for an approximate value) both carry `conflict`; either way the compared value notes
    what it was compared with.
    """
    annual: dict[tuple, dict] = {}
    for row in rows:
        if row.get("shown") and row["value"] is not None and period_kind(row["period"]) == "year":
            annual[(row["indicator_id"], row["region"], *(row[c] for c in BREAKDOWNS), row["year"])] = row
    for pair in pairs:
        for row in rows:
            if row["indicator_id"] != pair["indicator_id"] or row["value"] is None:
                continue
            year = _comparable_year(row["period"])
            if year is None and pair["compared_with"] != pair["indicator_id"] and period_kind(row["period"]) == "year":
                year = row["year"]
            other = annual.get((pair["compared_with"], row["region"], *(row[c] for c in BREAKDOWNS), year))
            if year is None or other is None or other is row:
                continue
            same = values_agree(row["value"], other["value"], row["unit"], _loose(row, other))
            what = f"{other['indicator_id']} {year} = {other['value']:,.10g} ({other['source_id']})"
            if same:
                row["note"] = "; ".join(filter(None, (row["note"], f"agrees with {what} within rounding")))
                continue
            row["flags"].add("conflict")
            other["flags"].add("conflict")
            row["note"] = "; ".join(filter(None, (row["note"], f"differs from {what}")))
            other["note"] = "; ".join(filter(None, (
                other["note"], f"differs from {row['value']:,.10g} stated for {row['period']} ({row['source_id']})")))


IMPLAUSIBLE = "implausible"


def mark_implausible(rows: list[dict]) -> list[tuple[dict, plausibility.Finding]]:
    """Run the plausibility rules (analysis.plausibility) on every shown calendar-year series.

    A flagged value keeps its value; it and every other source's value of the same figure
    that agrees with it carry `implausible`, and the shown one notes why. Returns what was
    flagged (shown row, finding), in series order.
    """
    series: dict[tuple, dict[int, dict]] = defaultdict(dict)
    for row in rows:
        if row.get("shown") and row["value"] is not None and period_kind(row["period"]) == "year" \
                and "budget_plan" not in row["flags"]:
            series[(row["indicator_id"], *(row[c] for c in BREAKDOWNS), row["region"])][row["year"]] = row
    by_figure: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        by_figure[tuple(row[c] for c in SERIES_KEY)].append(row)
    flagged = []
    for key in sorted(series):
        values = {year: row["value"] for year, row in series[key].items()}
        peers: dict[int, list[float]] = defaultdict(list)
        if key[-1] != "KG":
            for other, other_rows in series.items():
                if other[:-1] == key[:-1] and other[-1] not in (key[-1], "KG"):
                    for year, row in other_rows.items():
                        peers[year].append(row["value"])
        for finding in plausibility.findings(values, peers or None):
            shown = series[key][finding.year]
            for row in by_figure[tuple(shown[c] for c in SERIES_KEY)]:
                if row["value"] is not None and values_agree(row["value"], shown["value"], row["unit"], False):
                    row["flags"].add(IMPLAUSIBLE)
            shown["note"] = "; ".join(filter(None, (shown["note"], finding.describe())))
            flagged.append((shown, finding))
    return flagged
