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
    shown, positions = data.series_rows
    found = positions.get((key.indicator, key.region, *key.breakdowns().values()), [])
    return shown.iloc[found]


def annual(data: Dataset, key: SeriesKey, include_plans: bool = False) -> pd.DataFrame:
    """Calendar-year values only (never a quarter, month or date), one row per year.

    Values a budget sets or plans (flag budget_plan) are not observations and are left out
    unless asked for. Columns: year, value (NaN where the source has no value), flags,
    source_id, locator.
    """
    rows = observations_of(data, key)
    keep = rows["period"].map(lambda p: period_kind(p) == "year").astype(bool)
    if not include_plans:
        keep &= ~rows["flags"].str.contains("budget_plan", regex=False)
    rows = rows[keep]
    return rows[["year", "value", "flags", "source_id", "locator"]].reset_index(drop=True)


def annual_values(data: Dataset, key: SeriesKey) -> pd.Series:
    """Year -> value (float, NaN where missing), for trends and forecasts (observed values only)."""
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


def chart_points(data: Dataset, labelled: list[tuple[str, SeriesKey]], annual_only: bool = False) -> pd.DataFrame:
    """Rows for analysis.charts.line_chart: series (label), period, value, flags, secondary, source_id,
    row (the observation's label in data.observations: what the chart's table and files hold).

    Every shown value of each series, whatever its period (charts place each period where it
    belongs); `annual_only` keeps calendar years only.
    """
    secondary = set(data.sources.index[data.sources["kind"] == "secondary"])
    frames = []
    for label, key in labelled:
        rows = observations_of(data, key)
        if annual_only:
            rows = rows[[period_kind(p) == "year" for p in rows["period"]]]
        frames.append(pd.DataFrame({
            "series": label, "period": rows["period"].to_numpy(), "value": rows["value"].to_numpy(dtype=float),
            "flags": rows["flags"].to_numpy(), "secondary": rows["source_id"].isin(secondary).to_numpy(),
            "source_id": rows["source_id"].to_numpy(), "row": rows.index.to_numpy(),
        }))
    columns = ["series", "period", "value", "flags", "secondary", "source_id", "row"]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def breakdown_keys(data: Dataset, indicator: str, region: str, dimension: str) -> list[tuple[str, SeriesKey]]:
    """(code, key) for the total and each value of one breakdown that has shown values."""
    obs = data.observations
    rows = obs[obs["shown"] & (obs["indicator_id"] == indicator) & (obs["region"] == region)]
    others = [d for d in ("sex", "area", "age_group", "activity", "category") if d != dimension]
    rows = rows[(rows[others] == "total").all(axis=1)]
    codes = ["total"] + sorted(c for c in set(rows[dimension]) if c != "total")
    return [(c, SeriesKey(indicator, region, **{dimension: c})) for c in codes if (rows[dimension] == c).any()]


def regions_with_values(data: Dataset, indicator: str, **breakdowns) -> list[str]:
    """Region codes (in the catalogue's order) that have shown values for the indicator."""
    key = SeriesKey(indicator, **breakdowns).breakdowns()
    obs = data.observations
    mask = obs["shown"] & (obs["indicator_id"] == indicator) & obs["value"].notna()
    for column, value in key.items():
        mask &= obs[column] == value
    present = set(obs.loc[mask, "region"])
    return [code for code in data.regions.index if code in present]


def period_rows(data: Dataset, keys: list[SeriesKey], period: str) -> tuple:
    """The labels in data.observations of the keys' shown values in one period (what a chart of
    that period shows)."""
    found = []
    for key in keys:
        rows = observations_of(data, key)
        found.extend(rows.index[(rows["period"] == period).to_numpy() & rows["value"].notna().to_numpy()])
    return tuple(int(r) for r in found)
