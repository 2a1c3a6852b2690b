"""The presentation: a short sequence of slides built from one selection (indicator, region)."""
from __future__ import annotations

from analysis.loader import Dataset
from analysis.series import SeriesKey, annual_values, breakdown_keys, regions_with_values

SLIDES = ("headline", "trend", "map", "ranking", "region", "breakdown", "forecast")


def slides_for(data: Dataset, indicator: str, region: str, has_forecast: bool) -> list[str]:
    """The slides that have something to show for this selection, in order."""
    regional = [r for r in regions_with_values(data, indicator) if r != "KG"]
    national = annual_values(data, SeriesKey(indicator)).dropna()
    out = ["headline"]
    if len(national) >= 2:
        out.append("trend")
    if len(regional) >= 2:
        out += ["map", "ranking"]
    if region != "KG" and region in regional:
        out.append("region")
    if any(len(breakdown_keys(data, indicator, "KG", d)) > 1 for d in ("area", "sex")):
        out.append("breakdown")
    if has_forecast:
        out.append("forecast")
    return out


def presentable_indicators(data: Dataset) -> list[str]:
    """Indicators with a national annual series of at least two years, in catalogue order."""
    obs = data.observations
    annual = obs[obs["shown"] & obs["value"].notna() & (obs["region"] == "KG") & obs["period"].str.fullmatch(r"\d{4}")]
    totals = annual[(annual[["sex", "area", "age_group", "activity", "category"]] == "total").all(axis=1)]
    counts = totals.groupby("indicator_id")["year"].nunique()
    return [i for i in data.indicators.index if counts.get(i, 0) >= 2]
