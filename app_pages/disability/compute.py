"""What the Disability page computes: the official annual count and the reported figures beside
it, which figures are secondary, where sources disagree, and values that repeat unchanged. Pure
functions on the loaded data (no Streamlit)."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.loader import Dataset
from analysis.series import SeriesKey, annual_values
from analysis.topic_tables import BREAKDOWNS, against_annual, observations, secondary_sources

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


def count_comparison(data: Dataset) -> pd.DataFrame:
    """The reported number of persons with disabilities (all ages) against the NSC's annual count
    of recipients of disability pensions and benefits (`against_annual`)."""
    return against_annual(data, SeriesKey(COUNT), SeriesKey(RECIPIENTS))


def largest_gap(compared: pd.DataFrame, timings: Iterable[str] = ("year", "turn")) -> float | None:
    """The largest absolute difference in percent among the comparisons of the given timings."""
    rows = compared[compared["timing"].isin(list(timings))]
    return float(rows["percent"].abs().max()) if len(rows) else None


def recipients_over(data: Dataset, first: int, last: int) -> tuple[float, float] | None:
    """The NSC's count of recipients of disability pensions and benefits in two years, or None
    where either is missing: set beside a share that repeats unchanged over those years."""
    values = annual_values(data, SeriesKey(RECIPIENTS)).dropna()
    if first not in values.index or last not in values.index:
        return None
    return float(values[first]), float(values[last])
