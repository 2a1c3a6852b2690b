"""Changes, ranks and regional spread of annual series. Pure functions on the loaded data.

Rates (percent) change in percentage points; levels (money, counts) in percent and as
compound annual growth. A change between two years never hides what lies between them:
missing years, breaks in comparability and values flagged implausible (at either end or in
between) come back as flags on the result.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.loader import Dataset
from analysis.series import SeriesKey, annual, annual_values, break_years

PROGRAM_BASE_YEARS = (2013, 2018)
RATE_UNITS = ("percent",)
LEVEL_UNITS = ("som", "som_per_month", "som_per_person_per_year", "usd_per_month", "persons", "count")
MONEY_UNITS = ("som", "som_per_month", "som_per_person_per_year", "usd_per_month")
IMPLAUSIBLE = "implausible"   # the flag the build puts on a value that breaks sharply from its neighbours


def measure_of(unit: str) -> str:
    """'rate' (changes in percentage points), 'level' (percent and CAGR) or 'other'."""
    return "rate" if unit in RATE_UNITS else "level" if unit in LEVEL_UNITS else "other"


@dataclass(frozen=True)
class Change:
    from_year: int
    to_year: int
    from_value: float
    to_value: float
    absolute: float
    percentage_points: float | None = None  # rates
    percent: float | None = None            # levels
    cagr: float | None = None               # levels, compound annual growth in percent
    # "missing_years:2011,2012", "possible_break:2021", "implausible:2022"
    flags: tuple[str, ...] = field(default_factory=tuple)


def implausible_years(data: Dataset, key: SeriesKey) -> list[int]:
    """The calendar years whose shown value carries the flag `implausible` (set by the build)."""
    rows = annual(data, key)
    marked = rows["flags"].map(lambda f: IMPLAUSIBLE in str(f).split(";"))
    return sorted(int(y) for y in rows.loc[marked.astype(bool), "year"])


def change(values: pd.Series, from_year: int, to_year: int, measure: str,
           breaks: tuple[int, ...] | list[int] = (), implausible: tuple[int, ...] | list[int] = ()) -> Change | None:
    """The change from one year to another; None when either end has no value.

    implausible: years whose value is flagged implausible; one at either end, or between the
    two, gives the flag "implausible:<years>" (the change is computed across or to it).
    """
    a, b = values.get(from_year), values.get(to_year)
    if a is None or b is None or _missing(a) or _missing(b) or from_year == to_year:
        return None
    a, b = float(a), float(b)
    low, high = sorted((from_year, to_year))
    flags = []
    missing = [y for y in range(low + 1, high) if _missing(values.get(y))]
    if missing:
        flags.append("missing_years:" + ",".join(map(str, missing)))
    crossed = [y for y in breaks if low < y <= high]
    if crossed:
        flags.append("possible_break:" + ",".join(map(str, crossed)))
    doubtful = sorted({int(y) for y in implausible if low <= y <= high})
    if doubtful:
        flags.append(f"{IMPLAUSIBLE}:" + ",".join(map(str, doubtful)))
    result = {"absolute": b - a}
    if measure == "rate":
        result["percentage_points"] = b - a
    elif measure == "level" and a > 0 and b > 0:
        result["percent"] = (b / a - 1) * 100
        years = to_year - from_year
        result["cagr"] = ((b / a) ** (1 / years) - 1) * 100
    return Change(from_year, to_year, a, b, flags=tuple(flags), **result)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


@dataclass(frozen=True)
class Summary:
    key: SeriesKey
    unit: str
    latest_year: int | None
    latest_value: float | None
    previous: Change | None             # against the previous value (flagged when years are missing between)
    since_base: dict[int, Change | None]
    last_five_years: Change | None      # latest against five years earlier
    real_terms: str                     # "not_money", or "no_deflator": money stays nominal, and says so


def summarise(data: Dataset, key: SeriesKey, base_years=PROGRAM_BASE_YEARS, until: int | None = None) -> Summary:
    """The series' latest value and its changes; `until` leaves out the years after it."""
    unit = data.indicators.loc[key.indicator, "unit"]
    measure = measure_of(unit)
    values = annual_values(data, key)
    if until is not None:
        values = values[values.index <= until]
    present = values.dropna()
    breaks = break_years(data, key)
    doubtful = implausible_years(data, key)
    real = "no_deflator" if unit in MONEY_UNITS else "not_money"
    if present.empty:
        return Summary(key, unit, None, None, None, {b: None for b in base_years}, None, real)
    latest = int(present.index[-1])
    previous = (change(values, int(present.index[-2]), latest, measure, breaks, doubtful)
                if len(present) > 1 else None)
    return Summary(
        key=key, unit=unit, latest_year=latest, latest_value=float(present.iloc[-1]),
        previous=previous,
        since_base={b: change(values, b, latest, measure, breaks, doubtful) for b in base_years},
        last_five_years=change(values, latest - 5, latest, measure, breaks, doubtful),
        real_terms=real,
    )


def regional_values(data: Dataset, indicator: str, year: int, **breakdowns) -> pd.Series:
    """Region -> value in one year (regions only, not the country), NaN where missing."""
    key = dict(SeriesKey(indicator).breakdowns(), **breakdowns)
    out = {}
    for region in data.regions.index.drop("KG"):
        values = annual_values(data, SeriesKey(indicator, region, **key))
        out[region] = values.get(year, np.nan)
    return pd.Series(out, dtype=float)


def ranks(data: Dataset, indicator: str, year: int, previous_year: int | None = None, **breakdowns) -> pd.DataFrame:
    """Regions ranked in a year (1 = best where the indicator has a better direction, else highest),
    with the rank in the previous year and its change (positive = moved up)."""
    better = data.indicators.loc[indicator, "higher_is_better"]
    descending = better != "false"
    now = regional_values(data, indicator, year, **breakdowns)
    before = regional_values(data, indicator, previous_year if previous_year else year - 1, **breakdowns)
    table = pd.DataFrame({"region": now.index, "value": now.values})
    table["rank"] = now.rank(ascending=not descending, method="min").values
    table["previous_rank"] = before.rank(ascending=not descending, method="min").reindex(now.index).values
    table["rank_change"] = table["previous_rank"] - table["rank"]
    table["rank_basis"] = "better_first" if better in ("true", "false") else "highest_first"
    return table.sort_values(["rank", "region"], na_position="last").reset_index(drop=True)


def spread(data: Dataset, indicator: str, **breakdowns) -> pd.DataFrame:
    """Per year: how many regions have a value, min, max, max-min, max/min and the coefficient
    of variation (population standard deviation / mean) across regions."""
    key = dict(SeriesKey(indicator).breakdowns(), **breakdowns)
    frame = pd.DataFrame({
        region: annual_values(data, SeriesKey(indicator, region, **key))
        for region in data.regions.index.drop("KG")
    })
    rows = []
    for year, row in frame.sort_index().iterrows():
        present = row.dropna()
        if len(present) < 2:
            continue
        low, high, mean = present.min(), present.max(), present.mean()
        rows.append({
            "year": int(year), "regions": len(present), "min": low, "max": high, "range": high - low,
            "ratio": high / low if low > 0 else np.nan,
            "cv": present.std(ddof=0) / mean if mean != 0 else np.nan,
        })
    return pd.DataFrame(rows, columns=["year", "regions", "min", "max", "range", "ratio", "cv"])


@dataclass(frozen=True)
class Convergence:
    first_year: int
    last_year: int
    cv_first: float
    cv_last: float
    slope_per_year: float   # least-squares slope of the coefficient of variation
    converging: bool        # the spread narrows: slope below zero and the last CV below the first
    regions: int            # only years with this many regions count, so the set stays comparable
    breaks: tuple[int, ...] = ()  # breaks in comparability inside the window: read the trend with care


def convergence(table: pd.DataFrame, breaks: tuple[int, ...] | list[int] = ()) -> Convergence | None:
    """Sigma-convergence over the years that have the most regions; None with under 3 such years."""
    if table.empty:
        return None
    full = table[table["regions"] == table["regions"].max()].dropna(subset=["cv"])
    if len(full) < 3:
        return None
    slope = float(np.polyfit(full["year"], full["cv"], 1)[0])
    first, last = full.iloc[0], full.iloc[-1]
    inside = tuple(b for b in breaks if first["year"] < b <= last["year"])
    return Convergence(int(first["year"]), int(last["year"]), float(first["cv"]), float(last["cv"]), slope,
                       bool(slope < 0 and last["cv"] < first["cv"]), int(table["regions"].max()), inside)


def extremes(data: Dataset, indicator: str, regions: list[str]) -> list[str]:
    """The regions with the highest and the lowest latest value (a regional chart's default: the
    country plus these two, not every region), in the given order."""
    latest = {r: values.dropna().iloc[-1] for r in regions
              if len(values := annual_values(data, SeriesKey(indicator, r)).dropna())}
    if not latest:
        return []
    top, bottom = max(latest, key=latest.get), min(latest, key=latest.get)
    return [r for r in regions if r in (top, bottom)]
