"""One time series out of the observations: an indicator, a region and one value of each breakdown."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.loader import Dataset
from analysis.schema import period_kind


@dataclass(frozen=True)
class SeriesKey:
    indicator: str
    region: str = "KG"
    sex: str = "total"
    area: str = "total"
    age_group: str = "total"
    activity: str = "total"
    category: str = "total"

    def breakdowns(self) -> dict[str, str]:
        return {"sex": self.sex, "area": self.area, "age_group": self.age_group,
                "activity": self.activity, "category": self.category}


def observations_of(data: Dataset, key: SeriesKey) -> pd.DataFrame:
    """The shown observations of the series, every kind of period, sorted by period."""
    obs = data.observations
    mask = obs["shown"] & (obs["indicator_id"] == key.indicator) & (obs["region"] == key.region)
    for column, value in key.breakdowns().items():
        mask &= obs[column] == value
    return obs[mask].sort_values(["year", "period"])


def annual(data: Dataset, key: SeriesKey) -> pd.DataFrame:
    """Calendar-year values only (never a quarter, month or date), one row per year.

    Columns: year, value (NaN where the source has no value), flags, source_id, locator.
    """
    rows = observations_of(data, key)
    rows = rows[[period_kind(p) == "year" for p in rows["period"]]]
    return rows[["year", "value", "flags", "source_id", "locator"]].reset_index(drop=True)


def annual_values(data: Dataset, key: SeriesKey) -> pd.Series:
    """Year -> value (float, NaN where missing), for trends and forecasts."""
    rows = annual(data, key)
    return pd.Series(rows["value"].to_numpy(dtype=float), index=rows["year"].to_numpy(dtype=int), name=key.indicator)


def break_years(data: Dataset, key: SeriesKey) -> list[int]:
    """First years after a known break in comparability of this indicator."""
    breaks = data.breaks[data.breaks["indicator_id"] == key.indicator]
    return sorted(int(y) for y in breaks["first_year_after"])


def series_keys(data: Dataset, annual_only: bool = True) -> list[SeriesKey]:
    """Every distinct series with shown values (optionally only those with calendar-year values)."""
    obs = data.observations[data.observations["shown"] & data.observations["value"].notna()]
    if annual_only:
        obs = obs[obs["period"].str.fullmatch(r"\d{4}")]
    columns = ["indicator_id", "region", "sex", "area", "age_group", "activity", "category"]
    unique = obs[columns].drop_duplicates().sort_values(columns)
    return [SeriesKey(*row) for row in unique.itertuples(index=False)]
