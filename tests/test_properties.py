"""Property tests: random annual series (short, constant, gappy, zero, huge, tiny, negative,
rates at 0 and 100) through analysis.trends and analysis.forecast. Nothing raises except the
documented ValueError, and every result keeps its invariants.

Derandomized (a fixed seed per test, no example database), so CI sees the same examples every run.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import forecast, trends

SETTINGS = dict(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
MAX_YEAR = 2030
BOUNDS = ["lo95", "lo80", "value", "hi80", "hi95"]


# --------------------------------------------------------------------------- strategies

def _floats(low: float, high: float):
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


# value shapes per kind: what a series of that kind can look like (rates stay in [0, 100],
# levels >= 0; only "other" goes negative)
SHAPES = {
    "rate": ("random", "constant", "zeros", "near0", "near100", "walk", "hundreds"),
    "level": ("random", "constant", "zeros", "huge", "tiny", "walk", "with_zero"),
    "other": ("random", "constant", "zeros", "huge", "tiny", "walk", "negative", "mixed_sign"),
}
RANGES = {"rate": (0.0, 100.0), "level": (1e-3, 1e7), "other": (-1e6, 1e6)}


@st.composite
def values_of(draw, kind: str, n: int) -> list[float]:
    shape = draw(st.sampled_from(SHAPES[kind]))
    low, high = RANGES[kind]
    if shape == "random":
        return draw(st.lists(_floats(low, high), min_size=n, max_size=n))
    if shape == "constant":
        return [draw(_floats(low, high))] * n
    if shape == "zeros":
        return [0.0] * n
    if shape == "near0":
        return draw(st.lists(_floats(0.0, 0.1), min_size=n, max_size=n))
    if shape == "near100":
        return draw(st.lists(_floats(99.9, 100.0), min_size=n, max_size=n))
    if shape == "hundreds":
        return [100.0] * n
    if shape == "huge":
        return draw(st.lists(_floats(1e11, 1e13), min_size=n, max_size=n))
    if shape == "tiny":
        return draw(st.lists(_floats(1e-12, 1e-9), min_size=n, max_size=n))
    if shape == "negative":
        return draw(st.lists(_floats(-1e6, -1e-3), min_size=n, max_size=n))
    if shape == "mixed_sign":
        return draw(st.lists(_floats(-10.0, 10.0), min_size=n, max_size=n))
    if shape == "with_zero":  # a level that touches zero once (no log then)
        values = draw(st.lists(_floats(1.0, 1e5), min_size=n, max_size=n))
        values[draw(st.integers(0, n - 1))] = 0.0
        return values
    # "walk": a smooth trend with noise, the common real case
    start = draw(_floats(low + (high - low) * 0.1, high - (high - low) * 0.1))
    steps = draw(st.lists(_floats(-0.05, 0.05), min_size=n, max_size=n))
    out, level = [], start
    for step in steps:
        level += step * (high - low) * 0.1
        out.append(min(max(level, low), high))
    return out


@st.composite
def annual_series(draw, kinds=forecast.KINDS, min_len: int = 1, max_len: int = 25, last_at_most: int | None = None):
    """(kind, values: year -> value with NaN gaps, sometimes years absent from the index)."""
    kind = draw(st.sampled_from(kinds))
    n = draw(st.integers(min_len, max_len))
    top = 2024 if last_at_most is None else min(2024, last_at_most - n + 1)
    start = draw(st.integers(1990, max(1990, top)))
    values = draw(values_of(kind, n))
    if draw(st.booleans()):  # gaps
        for i in draw(st.lists(st.integers(0, n - 1), max_size=max(1, n // 3))):
            values[i] = math.nan
    series = pd.Series(values, index=range(start, start + n), dtype=float)
    if draw(st.booleans()):  # a missing year is sometimes a NaN, sometimes not there at all
        series = series.dropna()
    return kind, series


def break_years_for(series: pd.Series):
    first = int(series.index.min()) if len(series) else 2000
    last = int(series.index.max()) if len(series) else 2000
    return st.lists(st.integers(first - 2, last + 2), max_size=3)


# --------------------------------------------------------------------------- trends

@settings(max_examples=400, **SETTINGS)
@given(data=st.data())
def test_change_properties(data):
    kind, values = data.draw(annual_series())
    years = list(values.index) or [2000]  # every value may be a gap, and gaps may be absent years
    around = st.integers(min(years) - 3, max(years) + 3)
    a, b = data.draw(around), data.draw(around)
    breaks = data.draw(break_years_for(values))
    measure = trends.measure_of(data.draw(st.sampled_from(["percent", "som_per_month", "persons", "index", "x"])))
    measure = data.draw(st.sampled_from([measure, kind]))

    result = trends.change(values, a, b, measure, breaks)

    va, vb = values.get(a), values.get(b)
    if a == b or va is None or vb is None or math.isnan(va) or math.isnan(vb):
        assert result is None
        return
    assert result is not None
    assert (result.from_year, result.to_year, result.from_value, result.to_value) == (a, b, va, vb)
    assert result.absolute == vb - va
    if measure == "rate":
        assert result.percentage_points == vb - va and result.percent is None and result.cagr is None
    elif measure == "level" and va > 0 and vb > 0:
        assert result.percentage_points is None
        assert result.percent == pytest.approx((vb / va - 1) * 100)
        assert result.cagr is not None and not math.isnan(result.cagr)
        if a < b and math.isfinite(result.percent) and result.percent != 0:
            # growth over the period and per year agree in sign
            assert (result.percent > 0) == (result.cagr >= 0)
    else:
        assert result.percentage_points is None and result.percent is None and result.cagr is None
    low, high = sorted((a, b))
    missing = [y for y in range(low + 1, high) if y not in values.index or math.isnan(values[y])]
    crossed = [y for y in breaks if low < y <= high]
    expected = ((["missing_years:" + ",".join(map(str, missing))] if missing else [])
                + (["possible_break:" + ",".join(map(str, crossed))] if crossed else []))
    assert list(result.flags) == expected


@settings(max_examples=200, **SETTINGS)
@given(unit=st.text(max_size=30))
def test_measure_of_any_unit(unit):
    assert trends.measure_of(unit) in ("rate", "level", "other")


def test_measure_of_known_units():
    assert trends.measure_of("percent") == "rate"
    assert all(trends.measure_of(u) == "level" for u in trends.LEVEL_UNITS)
    assert trends.measure_of("index") == "other"


# --------------------------------------------------------------------------- forecasts

def check_forecast(result: forecast.Forecast, values: pd.Series, kind: str, horizon: int,
                   breaks: list[int], after_break: bool) -> None:
    table = result.table
    assert list(table.columns) == forecast.TABLE_COLUMNS
    assert list(result.backtest.columns) == forecast.BACKTEST_COLUMNS
    # a reason iff the table is empty (and then no model)
    assert (result.reason is not None) == table.empty
    assert (result.model == "") == (result.reason is not None)
    assert result.transform in ("log", "logit", "none")
    assert all(isinstance(w, str) and w for w in result.warnings)

    observed = values.dropna()
    if observed.empty:
        assert result.reason == f"too_short:0<{forecast.MIN_POINTS}"
        assert result.fit_first is None and result.fit_last is None
        return
    # the fit window: consecutive observed years ending at the last observed year
    first, last = result.fit_first, result.fit_last
    assert last == int(observed.index.max())
    assert first is not None and first <= last
    assert all(year in observed.index for year in range(first, last + 1))
    fitted = range(first, last + 1)
    segment = [w for w in result.warnings if w.startswith("fit_after_break:")]
    if segment:
        assert after_break and first == int(segment[0].split(":")[1]) and first in breaks
    else:
        assert first - 1 not in observed.index, "the window is the longest run of consecutive years"
    if any(w.startswith("gap_before_window:") for w in result.warnings):
        assert int(observed.index.min()) < first
    for w in result.warnings:
        if w.startswith("break_in_window:"):
            assert first < int(w.split(":")[1]) <= last

    if len(fitted) < forecast.MIN_POINTS:
        assert result.reason == f"too_short:{len(fitted)}<{forecast.MIN_POINTS}"
        return
    if last >= MAX_YEAR:
        assert result.reason == "beyond_horizon"
        return
    assert result.reason is None, result.reason  # enough points and room: a forecast, whatever the values

    # forecast years: consecutive right after the last observed year, never past 2030
    years = list(table["year"])
    assert years == list(range(last + 1, last + 1 + min(horizon, MAX_YEAR - last)))
    assert max(years) <= MAX_YEAR
    assert result.model in forecast.MODELS and set(table["model"]) == {result.model}
    assert result.backtest["chosen"].sum() == 1
    assert result.backtest.loc[result.backtest["chosen"], "model"].item() == result.model

    bounds = table[BOUNDS].to_numpy(dtype=float)
    assert np.isfinite(bounds).all(), table
    # nesting: lo95 <= lo80 <= value <= hi80 <= hi95
    assert (np.diff(bounds, axis=1) >= 0).all(), table

    y = values.loc[list(fitted)].to_numpy(dtype=float)
    if kind == "rate":  # inputs in [0, 100]: everything stays there (on the logit only when needed)
        assert result.transform in ("none", "logit")
        assert ((bounds >= 0) & (bounds <= 100)).all(), table
    if kind == "level" and (y > 0).all():   # own scale, the log only when the forecast would reach zero
        assert result.transform in ("none", "log")
        assert (bounds >= 0).all(), table
    if kind == "level" and (y >= 0).all():
        assert (bounds >= 0).all(), table
    if result.mase is not None:
        assert result.mase >= 0


def assert_same(one: forecast.Forecast, two: forecast.Forecast) -> None:
    pd.testing.assert_frame_equal(one.table, two.table)
    pd.testing.assert_frame_equal(one.backtest, two.backtest)
    assert (one.model, one.fit_first, one.fit_last, one.transform, one.warnings, one.reason) == \
           (two.model, two.fit_first, two.fit_last, two.transform, two.warnings, two.reason)
    assert one.mase == two.mase or (one.mase is not None and math.isnan(one.mase) and math.isnan(two.mase))


@settings(max_examples=60, **SETTINGS)
@given(data=st.data())
def test_forecast_properties_any_series(data):
    """Any series (start 1990-2024, 1-25 years, so many end past 2030 or are too short)."""
    kind, values = data.draw(annual_series())
    horizon = data.draw(st.integers(1, forecast.MAX_HORIZON))
    breaks = data.draw(break_years_for(values))
    after_break = data.draw(st.booleans())
    result = forecast.forecast_series(values, kind, horizon=horizon, break_years=breaks, after_break=after_break)
    check_forecast(result, values, kind, horizon, breaks, after_break)


@settings(max_examples=80, **SETTINGS)
@given(data=st.data())
def test_forecast_properties_fittable_series(data):
    """Series that can be forecast: 6-25 years ending by 2029, so the models are fitted and checked."""
    kind, values = data.draw(annual_series(min_len=6, last_at_most=2029))
    horizon = data.draw(st.integers(1, forecast.MAX_HORIZON))
    breaks = data.draw(break_years_for(values))
    after_break = data.draw(st.booleans())
    result = forecast.forecast_series(values, kind, horizon=horizon, break_years=breaks, after_break=after_break)
    check_forecast(result, values, kind, horizon, breaks, after_break)


@settings(max_examples=15, **SETTINGS)
@given(data=st.data())
def test_forecast_is_deterministic(data):
    kind, values = data.draw(annual_series(min_len=6, max_len=16, last_at_most=2029))
    horizon = data.draw(st.integers(1, forecast.MAX_HORIZON))
    breaks = data.draw(break_years_for(values))
    after_break = data.draw(st.booleans())
    args = dict(horizon=horizon, break_years=breaks, after_break=after_break)
    assert_same(forecast.forecast_series(values, kind, **args), forecast.forecast_series(values.copy(), kind, **args))


@settings(max_examples=60, **SETTINGS)
@given(horizon=st.one_of(st.integers(-5, 0), st.integers(forecast.MAX_HORIZON + 1, 10**6),
                         st.floats(allow_nan=True), st.booleans(), st.text(max_size=5), st.none()),
       kind=st.sampled_from(forecast.KINDS))
def test_bad_horizon_is_the_documented_value_error(horizon, kind):
    values = pd.Series(np.linspace(10, 20, 10), index=range(2010, 2020))
    with pytest.raises(ValueError, match="horizon"):
        forecast.forecast_series(values, kind, horizon=horizon)


@settings(max_examples=60, **SETTINGS)
@given(kind=st.text(max_size=12).filter(lambda k: k not in forecast.KINDS))
def test_bad_kind_is_the_documented_value_error(kind):
    values = pd.Series(np.linspace(10, 20, 10), index=range(2010, 2020))
    with pytest.raises(ValueError, match="kind"):
        forecast.forecast_series(values, kind, horizon=3)
