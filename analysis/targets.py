"""Is a series on track for its target? A forecast to the target year and the probability
that the value then meets the target, read off the forecast's own distribution: the one its
80% and 95% intervals are quantiles of (analysis.forecast.Predictive)."""
from __future__ import annotations

from dataclasses import dataclass

from analysis import forecast, trends
from analysis.loader import Dataset
from analysis.series import SeriesKey, annual_values, break_years


@dataclass(frozen=True)
class Assessment:
    indicator: str
    region: str
    target_year: int
    target_value: float | None      # the absolute value to reach (a relative target made absolute)
    baseline_year: int | None
    baseline_value: float | None
    forecast_value: float | None    # the forecast for the target year
    lo80: float | None
    hi80: float | None
    probability: float | None       # chance the target-year value meets the target
    on_track: bool | None           # the forecast's median meets the target
    model: str
    warnings: tuple[str, ...]
    reason: str | None              # why there is no assessment


def assess(data: Dataset, target_row, key: SeriesKey | None = None) -> Assessment:
    """target_row: a row of data.targets (indicator_id, region, target_year, baseline_year,
    target_kind, target_value)."""
    key = key or SeriesKey(target_row.indicator_id, target_row.region)
    values = annual_values(data, key)
    higher_better = data.indicators.loc[key.indicator, "higher_is_better"] == "true"
    baseline_year = None if target_row.baseline_year is None or target_row.baseline_year != target_row.baseline_year \
        else int(target_row.baseline_year)
    baseline = values.get(baseline_year) if baseline_year else None
    base = dict(indicator=key.indicator, region=key.region, target_year=int(target_row.target_year),
                baseline_year=baseline_year, baseline_value=None if baseline is None else float(baseline))
    kind = target_row.target_kind
    if kind == "relative_change":
        if baseline is None or baseline != baseline:
            return Assessment(**base, target_value=None, forecast_value=None, lo80=None, hi80=None,
                              probability=None, on_track=None, model="", warnings=(), reason="no_baseline_value")
        goal = float(baseline) * (1 + float(target_row.target_value) / 100)
        meets_if_below = float(target_row.target_value) < 0
    else:
        goal = float(target_row.target_value)
        meets_if_below = kind == "at_most" or (kind == "level" and not higher_better)
    present = values.dropna()
    horizon = int(target_row.target_year) - int(present.index[-1]) if len(present) else 0
    if horizon < 1 or horizon > forecast.MAX_HORIZON:
        reason = "target_year_not_ahead" if horizon < 1 else f"target_too_far:{horizon}>{forecast.MAX_HORIZON}"
        return Assessment(**base, target_value=goal, forecast_value=None, lo80=None, hi80=None, probability=None,
                          on_track=None, model="", warnings=(), reason=reason)
    unit = data.indicators.loc[key.indicator, "unit"]
    result = forecast.forecast_series(values, forecast.kind_for_unit(unit), horizon=horizon,
                                      break_years=break_years(data, key), max_year=int(target_row.target_year),
                                      implausible_years=trends.implausible_years(data, key))
    if result.reason or result.table.empty:
        return Assessment(**base, target_value=goal, forecast_value=None, lo80=None, hi80=None, probability=None,
                          on_track=None, model=result.model, warnings=result.warnings, reason=result.reason)
    last = result.table.iloc[-1]
    below = forecast.probability_below(result, int(last["year"]), goal)
    probability = below if meets_if_below else 1 - below
    on_track = float(last["value"]) <= goal if meets_if_below else float(last["value"]) >= goal
    return Assessment(**base, target_value=goal, forecast_value=float(last["value"]), lo80=float(last["lo80"]),
                      hi80=float(last["hi80"]), probability=probability, on_track=bool(on_track),
                      model=result.model, warnings=result.warnings, reason=None)
