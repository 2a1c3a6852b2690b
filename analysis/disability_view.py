"""What the Disability page computes: the official annual count and the reported figures beside
it, which figures are secondary, where sources disagree, and values that repeat unchanged. Pure
functions on the loaded data (no Streamlit)."""
from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from analysis.loader import Dataset
from analysis.schema import period_kind
from analysis.series import SeriesKey, annual, annual_values, observations_of
from analysis.topic_tables import BREAKDOWNS, observations, secondary_sources

PROGRAM = "program_2020_2023"
RECIPIENTS = "disability_pension_benefit_recipients"   # the NSC's annual count (Excel 1.3.1.c): the main series
COUNT = "disabled_persons"                             # persons with disabilities as reported (news, the Program)
SHARE_OF_POPULATION = "disabled_persons_share_population"
FIRST_RECOGNISED = "disability_first_recognised"
BENEFIT_SHARE = "pension_disability_benefit_recipients_share"
AGE_GROUPS = ("total", "Y0T17", "Y_GE18")
PAGE_INDICATORS = (
    RECIPIENTS, COUNT, SHARE_OF_POPULATION, "disabled_persons_change", "disabled_persons_regional_share",
    "disabled_children_share", FIRST_RECOGNISED, "disability_recognised_persons",
    "disability_first_recognised_working_age_share", "disability_group1_first_recognised",
    BENEFIT_SHARE, "disabled_persons_disability_pension_share", "disability_pensions_share",
    "msek_commissions", "occupational_disability_new_cases",
)
PENSION = ("avg_pension", "disability")   # the average disability pension: avg_pension, category disability


def page_rows(data: Dataset, all_sources: bool = False) -> pd.DataFrame:
    """Every observation of the page's figures (shown only unless all_sources), including the
    average disability pension."""
    rows = observations(data, PAGE_INDICATORS, all_sources=all_sources)
    pension = observations(data, [PENSION[0]], all_sources=all_sources, category=PENSION[1])
    return pd.concat([rows, pension])


def source_mix(data: Dataset) -> dict[str, int]:
    """How many values the page shows, and how many come from secondary sources (news reports),
    from the Program, and from the other official sources (the NSC)."""
    rows = page_rows(data)
    rows = rows[rows["value"].notna()]
    secondary = rows["source_id"].isin(secondary_sources(data))
    program = rows["source_id"] == PROGRAM
    return {"total": len(rows), "secondary": int(secondary.sum()), "program": int(program.sum()),
            "official": int((~secondary & ~program).sum())}


def program_rows(data: Dataset) -> pd.DataFrame:
    """The Program's own figures on disability, each with its period."""
    rows = page_rows(data)
    return rows[rows["source_id"] == PROGRAM]


def program_value(data: Dataset, indicator: str) -> pd.Series | None:
    """The Program's (latest) figure of a national indicator, all breakdowns 'total'."""
    rows = program_rows(data)
    rows = rows[(rows["indicator_id"] == indicator) & (rows["region"] == "KG")
                & (rows[list(BREAKDOWNS)] == "total").all(axis=1)]
    return rows.iloc[-1] if len(rows) else None


def conflicts(data: Dataset, indicators: Iterable[str] = PAGE_INDICATORS) -> list[dict]:
    """Figures whose sources disagree: for each, the shown row and the other sources' rows.

    A figure is one indicator, region, breakdown and period; it is a conflict when one of
    its rows carries the `conflict` flag.
    """
    rows = observations(data, indicators, all_sources=True)
    keys = ["indicator_id", "region", *BREAKDOWNS, "period"]
    out = []
    for key, group in rows.groupby(keys, sort=False):
        if len(group) < 2 or not group["flags"].str.split(";").apply(lambda f: "conflict" in f).any():
            continue
        shown = group[group["shown"]]
        out.append({"key": dict(zip(keys, key)), "shown": shown.iloc[0] if len(shown) else None,
                    "others": group[~group["shown"]]})
    return out


def repeated_runs(values: pd.Series, minimum: int = 3) -> list[tuple[int, int, float]]:
    """(first year, last year, value) of runs of at least `minimum` consecutive calendar years
    with exactly the same value: often a value carried forward rather than measured again."""
    present = values.dropna().sort_index()
    runs, start = [], None
    years, numbers = list(present.index), list(present.to_numpy())
    for i in range(len(years)):
        if i and years[i] == years[i - 1] + 1 and numbers[i] == numbers[i - 1]:
            continue
        if start is not None and i - start >= minimum:
            runs.append((int(years[start]), int(years[i - 1]), float(numbers[start])))
        start = i
    if start is not None and len(years) - start >= minimum:
        runs.append((int(years[start]), int(years[-1]), float(numbers[start])))
    return runs


def benefit_repeats(data: Dataset) -> list[tuple[int, int, float]]:
    return repeated_runs(annual_values(data, SeriesKey(BENEFIT_SHARE)))


def latest(data: Dataset, indicator: str, **breakdowns) -> pd.Series | None:
    """The shown observation of a national figure that lies latest in time (any kind of period)."""
    rows = observations(data, [indicator], ["KG"], **breakdowns)
    rows = rows[rows["value"].notna()]
    return rows.iloc[-1] if len(rows) else None


COMPARISON_COLUMNS = ["period", "value", "flags", "source_id", "secondary", "year", "annual", "annual_source_id",
                      "difference", "percent", "timing"]


def annual_year_of(period: str) -> tuple[int, str] | None:
    """(the calendar year whose annual figure a period can be set against, how): a calendar year
    itself ('year'); 31 December of a year or 1 January of the next ('turn': the build's rule for
    comparing a stock at a date with an annual count); any other date, month or quarter inside a
    year ('within': only roughly comparable, the annual figure states no date). None otherwise."""
    kind = period_kind(period)
    if kind == "year":
        return int(period), "year"
    if kind == "date":
        year, month, day = (int(p) for p in period.split("-"))
        if (month, day) == (12, 31):
            return year, "turn"
        if (month, day) == (1, 1):
            return year - 1, "turn"
        return year, "within"
    if kind in ("month", "quarter", "months"):
        return int(period[:4]), "within"
    return None


def against_annual(data: Dataset, reported: SeriesKey, official: SeriesKey) -> pd.DataFrame:
    """Each shown value of the `reported` series set against the `official` series' annual value
    of the year it falls in (see `annual_year_of`); rows without an annual value are left out, and
    so are the official series' own annual values when both keys name one series.

    Columns: period, value, flags, source_id, secondary (a news report), year, annual (the official
    value), annual_source_id, difference (value - annual), percent (difference as % of annual),
    timing ('year', 'turn' or 'within').
    """
    official_rows = annual(data, official)
    official_rows = official_rows[official_rows["value"].notna()].set_index("year")
    secondary = secondary_sources(data)
    out = []
    for row in observations_of(data, reported).itertuples():
        found = annual_year_of(row.period)
        if found is None or math.isnan(row.value):
            continue
        year, timing = found
        if reported == official and timing == "year":
            continue                      # the official value itself
        if year not in official_rows.index:
            continue
        value, other = float(row.value), official_rows.loc[year]
        base = float(other["value"])
        out.append({"period": row.period, "value": value, "flags": row.flags, "source_id": row.source_id,
                    "secondary": row.source_id in secondary, "year": int(year), "annual": base,
                    "annual_source_id": other["source_id"], "difference": value - base,
                    "percent": (value - base) / base * 100, "timing": timing})
    return pd.DataFrame(out, columns=COMPARISON_COLUMNS)


def count_comparison(data: Dataset) -> pd.DataFrame:
    """The reported number of persons with disabilities (all ages) against the NSC's annual count
    of recipients of disability pensions and benefits (`against_annual`)."""
    return against_annual(data, SeriesKey(COUNT), SeriesKey(RECIPIENTS))


def largest_gap(compared: pd.DataFrame, timings: Iterable[str] = ("year", "turn")) -> float | None:
    """The largest absolute difference in percent among the comparisons of the given timings."""
    rows = compared[compared["timing"].isin(list(timings))]
    return float(rows["percent"].abs().max()) if len(rows) else None


def latest_change(data: Dataset, key: SeriesKey) -> tuple[pd.Series, int, float] | None:
    """(the latest calendar-year row, the year before it, the change since then) of a series,
    only where the year before has a value; None otherwise (a change across a gap is not given)."""
    rows = annual(data, key)
    rows = rows[rows["value"].notna()]
    if len(rows) < 2 or int(rows["year"].iloc[-1]) - int(rows["year"].iloc[-2]) != 1:
        return None
    last, before = rows.iloc[-1], rows.iloc[-2]
    return last, int(before["year"]), float(last["value"]) - float(before["value"])


def recipients_over(data: Dataset, first: int, last: int) -> tuple[float, float] | None:
    """The NSC's count of recipients of disability pensions and benefits in two years, or None
    where either is missing: set beside a share that repeats unchanged over those years."""
    values = annual_values(data, SeriesKey(RECIPIENTS)).dropna()
    if first not in values.index or last not in values.index:
        return None
    return float(values[first]), float(values[last])
