"""Change since a base year: lines re-expressed as their change since that year, and regions
ranked by it. Rates (unit %) change in percentage points, levels in percent (as analysis.trends
measures them). A series without a value in the base year has no change: NaN, never a value
interpolated or borrowed from a neighbouring year. Pure functions, no Streamlit.
"""
from __future__ import annotations

import math

import pandas as pd

from analysis import trends
from analysis.loader import Dataset
from analysis.schema import period_kind
from analysis.series import SeriesKey, annual_values, break_years, period_rows, regions_with_values

BASE_YEAR = trends.PROGRAM_BASE_YEARS[-1]      # the Program's baseline, 2018


def kind_of(data: Dataset, indicator: str) -> str:
    """'rate' (change in percentage points), 'level' (in percent) or 'other' (in the unit)."""
    return trends.measure_of(data.indicators.loc[indicator, "unit"])


def amount(values: pd.Series, base_year: int, year: int, kind: str) -> float:
    """The change of year -> value `values` from `base_year` to `year` (trends.change), NaN where
    either has no value, or for a level not positive at either end."""
    if year == base_year:
        return 0.0 if not _missing(values.get(base_year)) else math.nan
    found = trends.change(values, base_year, year, kind)
    if found is None:
        return math.nan
    shown = {"rate": found.percentage_points, "level": found.percent}.get(kind, found.absolute)
    return math.nan if shown is None else float(shown)


def since(points: pd.DataFrame, base_year: int, kind: str) -> pd.DataFrame:
    """Chart points (analysis.series.chart_points) as their change since `base_year`, per series.

    Only calendar years are kept (a quarter or a date is not compared with a year's value); the
    base year itself is 0. A series with no value in the base year keeps its rows, with NaN.
    """
    years = points[[period_kind(p) == "year" for p in points["period"]]]
    frames = []
    for _, rows in years.groupby("series", sort=False):
        values = pd.Series(rows["value"].to_numpy(dtype=float), index=[int(p) for p in rows["period"]])
        frames.append(rows.assign(value=[amount(values, base_year, int(p), kind) for p in rows["period"]]))
    return pd.concat(frames, ignore_index=True) if frames else years.copy()


def base_years(data: Dataset, indicator: str) -> list[int]:
    """The years a regional change can start from: those in which some region has a value, the
    latest left out."""
    regions = [r for r in regions_with_values(data, indicator) if r != "KG"]
    years = sorted({int(y) for r in regions for y in annual_values(data, SeriesKey(indicator, r)).dropna().index})
    return years[:-1]


def ranking(data: Dataset, indicator: str, base_year: int, year: int) -> pd.DataFrame:
    """Regions (not the country) ranked by their change from `base_year` to `year`, largest first.

    Columns region, value_base, value, change (NaN where a year has no value), flags
    ("possible_break" when a break in comparability lies between the two years), rows (the
    labels in data.observations of the two values).
    """
    kind = kind_of(data, indicator)
    crossed = any(min(base_year, year) < b <= max(base_year, year) for b in break_years(data, SeriesKey(indicator)))
    before, after = (trends.regional_values(data, indicator, y) for y in (base_year, year))
    table = pd.DataFrame({
        "region": before.index, "value_base": before.to_numpy(), "value": after.reindex(before.index).to_numpy(),
        "change": [amount(pd.Series({base_year: before[r], year: after[r]}), base_year, year, kind)
                   for r in before.index],
        "flags": "possible_break" if crossed else "",
        "rows": [period_rows(data, [SeriesKey(indicator, r)], str(base_year))
                 + period_rows(data, [SeriesKey(indicator, r)], str(year)) for r in before.index]})
    return table.sort_values(["change", "region"], ascending=[False, True], na_position="last").reset_index(drop=True)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
