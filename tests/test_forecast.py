"""Forecasts: windows, transforms, intervals, the backtested model choice, and their statistics.

Synthetic series made here; one smoke test on the real data.
"""
import math

import numpy as np
import pandas as pd
import pytest

from analysis import forecast
from analysis.forecast import MODELS, Forecast, forecast_series, kind_for_unit, segment_after_break_possible

TABLE_COLUMNS = ["year", "value", "lo80", "hi80", "lo95", "hi95", "model"]
BACKTEST_COLUMNS = ["model", "mase", "mape", "n_errors", "chosen"]


def _series(values, first=2005):
    return pd.Series(np.asarray(values, dtype=float), index=range(first, first + len(values)))


def _random_walk(seed, n, drift=0.5, sd=1.0, start=100.0):
    rng = np.random.default_rng(seed)
    return start + np.cumsum(rng.normal(drift, sd, n))


def _assert_nested(result: Forecast):
    t = result.table
    assert len(t) > 0
    for column in ("value", "lo80", "hi80", "lo95", "hi95"):
        assert np.all(np.isfinite(t[column])), column
    assert np.all(t["lo95"] <= t["lo80"])
    assert np.all(t["lo80"] <= t["value"])
    assert np.all(t["value"] <= t["hi80"])
    assert np.all(t["hi80"] <= t["hi95"])


# ----------------------------------------------------------------------------- the API shape

def test_kind_for_unit():
    assert kind_for_unit("percent") == "rate"
    for unit in ("som", "som_per_month", "som_per_person_per_year", "usd_per_month", "persons", "count",
                 "per_100000_workers", "per_1000_population"):
        assert kind_for_unit(unit) == "level"
    for unit in ("ratio", "percentage_points", "anything"):
        assert kind_for_unit(unit) == "other"


def test_result_shape():
    result = forecast_series(_series(_random_walk(1, 12)), "other", horizon=4)
    assert result.reason is None
    assert list(result.table.columns) == TABLE_COLUMNS
    assert result.table["year"].tolist() == [2017, 2018, 2019, 2020]
    assert result.table["year"].dtype == np.int64
    assert (result.table["model"] == result.model).all()
    assert list(result.backtest.columns) == BACKTEST_COLUMNS
    assert result.backtest["model"].tolist() == list(MODELS)
    assert result.backtest["chosen"].sum() == 1
    assert result.backtest.loc[result.backtest["chosen"], "model"].item() == result.model
    assert (result.fit_first, result.fit_last) == (2005, 2016)
    assert result.transform == "none"
    assert isinstance(result.warnings, tuple)
    row = result.backtest.set_index("model").loc[result.model]
    assert result.mase == pytest.approx(row["mase"])
    assert result.mape == pytest.approx(row["mape"])


# ----------------------------------------------------------------------------- point forecasts

def test_noise_free_line_is_recovered_exactly():
    line = lambda year: 3.0 + 2.5 * (year - 2000)  # noqa: E731
    values = pd.Series([line(y) for y in range(2008, 2024)], index=range(2008, 2024))
    result = forecast_series(values, "other", horizon=5)
    # drift and the linear trend both forecast the line without error; the tie goes to the simpler
    assert result.model == "drift"
    assert result.mase == pytest.approx(0.0, abs=1e-9)
    expected = [line(y) for y in range(2024, 2029)]
    assert result.table["value"].to_numpy() == pytest.approx(expected, abs=1e-6)
    for name in ("drift", "linear"):
        forced = forecast_series(values, "other", horizon=5, model=name)
        assert forced.model == name
        assert forced.table["value"].to_numpy() == pytest.approx(expected, abs=1e-6)
        _assert_nested(forced)


def test_naive_and_drift_intervals_follow_the_textbook():
    values = _series([10, 12, 11, 14, 15, 15, 17, 18])
    diffs = np.diff(values.to_numpy())
    h = np.arange(1, 4)
    naive = forecast_series(values, "other", model="naive")
    sigma = math.sqrt(np.mean(diffs ** 2))
    half = 1.2815515655446004 * sigma * np.sqrt(h)
    scale = max(1.0, float(next((w.split(":")[1] for w in naive.warnings if w.startswith("intervals_widened")), 1.0)))
    assert naive.table["value"].to_numpy() == pytest.approx([18.0] * 3)
    assert (naive.table["hi80"] - naive.table["value"]).to_numpy() == pytest.approx(scale * half, rel=1e-2)
    drift = forecast_series(values, "other", model="drift")
    T = len(values)
    assert drift.table["value"].to_numpy() == pytest.approx(18 + diffs.mean() * h)
    se = diffs.std(ddof=1) * np.sqrt(h * (1 + h / (T - 1)))
    ratio = (drift.table["hi95"] - drift.table["value"]).to_numpy() / (1.959963984540054 * se)
    assert ratio == pytest.approx(np.full(3, ratio[0]))  # the FPP3 shape, possibly widened as a whole
    assert ratio[0] >= 1 - 1e-9


# ----------------------------------------------------------------------------- intervals

@pytest.mark.parametrize("kind", ["rate", "level", "other"])
def test_intervals_nest_for_every_model_and_kind(kind):
    rng = np.random.default_rng(7)
    base = {"rate": 30 + np.cumsum(rng.normal(0.3, 2, 14)),
            "level": 5000 * np.exp(np.cumsum(rng.normal(0.05, 0.04, 14))),
            "other": 50 + np.cumsum(rng.normal(0, 3, 14))}[kind]
    values = _series(base)
    for name in MODELS:
        result = forecast_series(values, kind, horizon=10, model=name, max_year=2050)
        assert result.reason is None, (name, result.reason)
        assert result.model == name
        assert len(result.table) == 10
        _assert_nested(result)
    _assert_nested(forecast_series(values, kind, horizon=10, max_year=2050))


@pytest.mark.parametrize("values", [
    [0.0, 0.0, 0.2, 0.0, 0.1, 0.5, 0.0, 0.3, 0.0, 0.0, 0.4, 0.1],       # near 0, with zeros
    [3.0, 2.0, 1.5, 1.0, 0.6, 0.4, 0.2, 0.1, 0.05, 0.02, 0.01, 0.0],    # falling to 0
    [99.0, 99.5, 100.0, 99.8, 100.0, 99.9, 99.2, 100.0, 99.7, 99.9],    # near 100
    [90.0, 93.0, 95.0, 97.0, 98.0, 99.0, 99.5, 99.8, 99.9, 99.95],      # rising to 100
])
def test_rates_stay_within_0_and_100(values):
    series = _series(values)
    results = [forecast_series(series, "rate", horizon=10, max_year=2050)]
    results += [forecast_series(series, "rate", horizon=10, max_year=2050, model=name) for name in MODELS]
    for result in results:
        if result.reason is not None:
            assert result.reason == "model_not_applicable:damped"
            continue
        assert result.transform == "logit"
        _assert_nested(result)
        bounds = result.table[["value", "lo80", "hi80", "lo95", "hi95"]].to_numpy()
        assert bounds.min() >= 0.0 and bounds.max() <= 100.0


def test_all_zero_rate_forecasts_zero():
    result = forecast_series(_series([0.0] * 10), "rate")
    assert "rate_clipped" in result.warnings
    assert result.table[["value", "lo80", "hi80", "lo95", "hi95"]].to_numpy() == pytest.approx(np.zeros((3, 5)))


def test_rate_outside_0_100_is_not_transformed():
    result = forecast_series(_series([95, 98, 101, 103, 104, 106, 108]), "rate")
    assert result.transform == "none"
    assert "rate_out_of_range" in result.warnings


def test_levels_stay_positive():
    falling = _series([800, 500, 300, 200, 120, 90, 50, 30, 20, 12, 8, 5])
    for name in (None, *MODELS):
        result = forecast_series(falling, "level", horizon=10, max_year=2050, model=name)
        assert result.transform == "log"
        _assert_nested(result)
        assert (result.table[["value", "lo80", "lo95"]].to_numpy() > 0).all()


def test_level_with_zero_falls_back_to_no_transform_and_stays_nonnegative():
    result = forecast_series(_series([40, 30, 20, 12, 6, 3, 0, 0, 0, 0]), "level", horizon=5)
    assert result.transform == "none"
    assert "level_not_positive" in result.warnings
    _assert_nested(result)
    assert (result.table[["value", "lo80", "lo95"]].to_numpy() >= 0).all()


def test_intervals_are_widened_when_the_backtest_errors_exceed_them():
    import statsmodels.api as sm

    values = _series(_random_walk(3, 16, drift=0.0, sd=2.0))
    result = forecast_series(values, "other", model="linear")
    widened = [w for w in result.warnings if w.startswith("intervals_widened:")]
    assert widened, "a straight line through a random walk underestimates its own errors"
    X = sm.add_constant(np.arange(16.0))
    raw = sm.OLS(values.to_numpy(), X).fit().get_prediction(sm.add_constant(np.arange(16.0, 19.0)))
    raw = raw.summary_frame(alpha=0.2)
    assert result.table["value"].to_numpy() == pytest.approx(raw["mean"].to_numpy())
    factor = (result.table["hi80"] - result.table["lo80"]).to_numpy() / (raw["obs_ci_upper"] - raw["obs_ci_lower"]).to_numpy()
    assert factor == pytest.approx(np.full(3, float(widened[0].split(":")[1])), abs=0.01)
    assert (factor > 1).all()


def test_one_shock_does_not_blow_up_the_intervals():
    """A level shift near the end (a sector's wages doubled in 2022) is in the final model's
    variance already; the robust interval check must not widen the intervals many times."""
    wages = pd.Series([9244.0, 9381, 9728, 9947, 10313, 10809, 10937, 10966, 20180.2, 21298],
                      index=range(2014, 2024))
    result = forecast_series(wages, "level")
    widened = [float(w.split(":")[1]) for w in result.warnings if w.startswith("intervals_widened:")]
    assert not widened or widened[0] < 3
    assert (result.table["hi95"] / result.table["value"]).max() < 5
    _assert_nested(result)


def test_empirical_coverage_of_the_80_percent_interval():
    """300 random walks with drift, 15 points each: the chosen model's 1-step 80% interval
    covers the next value 70-90% of the time (the model choice included)."""
    rng = np.random.default_rng(20240515)
    covered80 = covered95 = 0
    n_series, length = 300, 15
    for _ in range(n_series):
        drift = rng.uniform(-1.0, 1.0)
        path = 100 + np.cumsum(rng.normal(drift, 1.0, length + 1))
        result = forecast_series(_series(path[:length], first=2000), "other", horizon=1)
        row = result.table.iloc[0]
        covered80 += row["lo80"] <= path[length] <= row["hi80"]
        covered95 += row["lo95"] <= path[length] <= row["hi95"]
        # the choice rule, on every series: a model replaces naive only with MASE < 1
        bt = result.backtest.set_index("model")
        if result.model != "naive":
            assert bt.loc[result.model, "mase"] < 1
            assert bt.loc[result.model, "mase"] == bt["mase"].min()
    assert 0.70 <= covered80 / n_series <= 0.90, covered80 / n_series
    assert 0.85 <= covered95 / n_series <= 0.99, covered95 / n_series


# ----------------------------------------------------------------------------- the model choice

def test_a_model_replaces_naive_only_with_mase_below_1():
    trending = _series(100 + 3.0 * np.arange(14) + np.random.default_rng(5).normal(0, 0.5, 14))
    result = forecast_series(trending, "other")
    bt = result.backtest.set_index("model")
    assert result.model != "naive"
    assert result.mase < 1 and result.mase == bt["mase"].min()
    assert bt.loc["naive", "mase"] == pytest.approx(1.0)

    chosen_naive = 0
    for seed in range(12):
        noise = _series(_random_walk(seed, 12, drift=0.0))
        result = forecast_series(noise, "other")
        bt = result.backtest.set_index("model")
        others = bt.drop(index="naive")["mase"].dropna()
        if result.model == "naive":
            chosen_naive += 1
            assert (others >= 1).all()
        else:
            assert result.mase < 1
    assert chosen_naive > 0


def test_ties_go_to_the_simpler_model():
    flat = _series([5.0] * 10)
    result = forecast_series(flat, "other")
    assert result.model == "naive"   # every model is exact: MASE 1 for all, naive is simplest
    assert result.table["value"].to_numpy() == pytest.approx([5.0] * 3)


def test_backtest_counts():
    values = _series(_random_walk(11, 12))
    result = forecast_series(values, "other")
    bt = result.backtest.set_index("model")
    # origins 6..11 with up to 3 steps: 3+3+3+3+2+1; damped only from 8 training points: 3+3+2+1
    assert bt.loc["naive", "n_errors"] == 15
    assert bt.loc["ses", "n_errors"] == 15
    assert bt.loc["damped", "n_errors"] == 9


def test_short_backtest_uses_naive():
    result = forecast_series(_series([1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), "other")
    assert result.reason is None
    assert result.model == "naive"
    assert "short_backtest" in result.warnings
    assert result.mase is None and result.mape is None
    assert result.backtest["n_errors"].eq(0).all()
    assert result.backtest["mase"].isna().all()


def test_damped_needs_8_points():
    seven = _series(_random_walk(2, 7))
    assert forecast_series(seven, "other", model="damped").reason == "model_not_applicable:damped"
    result = forecast_series(seven, "other")
    assert result.backtest.set_index("model").loc["damped", "n_errors"] == 0


def test_a_failing_model_is_dropped_not_raised(monkeypatch):
    def broken(z, h):
        raise np.linalg.LinAlgError("boom")

    monkeypatch.setitem(forecast._POINT, "ses", broken)
    result = forecast_series(_series(_random_walk(4, 14)), "other")
    assert result.reason is None
    assert "model_failed:ses" in result.warnings
    row = result.backtest.set_index("model").loc["ses"]
    assert math.isnan(row["mase"]) and not row["chosen"]
    assert result.model != "ses"


# ----------------------------------------------------------------------------- windows and breaks

def test_too_short_gives_no_forecast():
    result = forecast_series(_series([1.0, 2.0, 3.0, 4.0, 5.0]), "other")
    assert result.reason == "too_short:5<6"
    assert result.table.empty and list(result.table.columns) == TABLE_COLUMNS
    assert result.model == "" and result.mase is None
    empty = forecast_series(pd.Series([np.nan, np.nan], index=[2010, 2011]), "other")
    assert empty.reason == "too_short:0<6" and empty.fit_first is None


def test_window_starts_after_a_gap():
    values = pd.Series([1.0, 2.0, 3.0, np.nan, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0],
                       index=range(2005, 2016))
    result = forecast_series(values, "other")
    assert (result.fit_first, result.fit_last) == (2009, 2015)
    assert "gap_before_window:2008" in result.warnings
    # a missing year in the index is a gap too, and trailing NaNs are not observations
    values = pd.Series([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, np.nan], index=[2001, 2002, 2004, 2005, 2006, 2007, 2008, 2009])
    result = forecast_series(values, "other")
    assert result.reason == "too_short:5<6"
    assert (result.fit_first, result.fit_last) == (2004, 2008)


def test_break_in_window_is_flagged():
    values = _series(np.r_[np.linspace(20, 25, 10), np.linspace(33, 35, 4)], first=2011)  # 2011-2024, break 2021
    result = forecast_series(values, "rate", break_years=[2021])
    assert "break_in_window:2021" in result.warnings
    assert result.fit_first == 2011
    assert segment_after_break_possible(values, [2021]) is None
    # not enough after the break: the whole window is kept, and the reason is named
    kept = forecast_series(values, "rate", break_years=[2021], after_break=True)
    assert kept.fit_first == 2011 and "after_break_too_short:2021" in kept.warnings
    # a break at the first year of the window, or before it, is no break in the window
    assert not any(w.startswith("break_in_window") for w in forecast_series(values, "rate", break_years=[2011, 1999]).warnings)


def test_fit_after_break():
    values = _series(np.r_[np.linspace(20, 25, 8), np.linspace(33, 36, 7)], first=2010)  # break 2018: 7 points after
    assert segment_after_break_possible(values, [2018]) == 2018
    assert segment_after_break_possible(values, [2012, 2018]) == 2018
    assert segment_after_break_possible(values, [2022]) is None        # 3 points after it
    result = forecast_series(values, "rate", break_years=[2018], after_break=True)
    assert result.fit_first == 2018 and result.fit_last == 2024
    assert "fit_after_break:2018" in result.warnings
    assert not any(w.startswith("break_in_window") for w in result.warnings)
    assert result.table["year"].tolist() == [2025, 2026, 2027]


# ----------------------------------------------------------------------------- horizon and determinism

def test_horizon_is_capped_at_2030():
    values = _series(_random_walk(8, 10), first=2019)   # 2019-2028
    assert forecast_series(values, "other", horizon=10).table["year"].tolist() == [2029, 2030]
    late = _series(_random_walk(8, 10), first=2021)     # 2021-2030
    result = forecast_series(late, "other")
    assert result.reason == "beyond_horizon" and result.table.empty


@pytest.mark.parametrize("horizon", [0, 11, -1, 2.5, True])
def test_bad_horizon_raises(horizon):
    with pytest.raises(ValueError):
        forecast_series(_series(_random_walk(1, 10)), "other", horizon=horizon)


def test_bad_kind_or_model_raises():
    with pytest.raises(ValueError):
        forecast_series(_series(_random_walk(1, 10)), "money")
    with pytest.raises(ValueError):
        forecast_series(_series(_random_walk(1, 10)), "other", model="arima")


def test_deterministic():
    values = _series(30 + np.cumsum(np.random.default_rng(9).normal(0.2, 1.5, 16)))
    a = forecast_series(values, "rate", horizon=5, break_years=[2012])
    b = forecast_series(values.copy(), "rate", horizon=5, break_years=[2012])
    pd.testing.assert_frame_equal(a.table, b.table, check_exact=True)
    pd.testing.assert_frame_equal(a.backtest, b.backtest, check_exact=True)
    assert (a.model, a.fit_first, a.fit_last, a.mase, a.mape, a.transform, a.warnings, a.reason) == \
           (b.model, b.fit_first, b.fit_last, b.mase, b.mape, b.transform, b.warnings, b.reason)


# ----------------------------------------------------------------------------- the ETS internals

@pytest.mark.parametrize("damped", [False, True])
def test_ets_start_values_and_forecasts_match_statsmodels(damped):
    z = np.log(5000 * np.exp(np.cumsum(np.random.default_rng(12).normal(0.06, 0.05, 13))))
    start, sse = forecast._ets_start_params(z, damped)
    model = forecast._ets_model(z, damped)
    n = len(z)
    # the grid's concentrated SSE is statsmodels' own likelihood at those parameters
    assert model.loglike(start) == pytest.approx(-n / 2 * (math.log(2 * math.pi * sse / n) + 1), rel=1e-8)
    fit = model.fit(start_params=start, disp=False)
    default = model.fit(disp=False)
    assert fit.llf >= default.llf - 1e-6
    # the backtest's forecast from the final states equals statsmodels' forecast
    assert forecast._ets_point(z, 3, damped) == pytest.approx(np.asarray(fit.forecast(3)), rel=1e-9)


# ----------------------------------------------------------------------------- the real data

def test_real_series_smoke(data):
    from analysis import series

    checked = 0
    for key in series.series_keys(data):
        if (key.indicator, key.region, key.sex, key.area, key.age_group, key.activity, key.category) not in {
            ("poverty_rate", "KG", "total", "total", "total", "total", "total"),
            ("avg_monthly_wage", "KG", "total", "total", "total", "total", "total"),
            ("unemployment_rate", "KG", "total", "total", "total", "total", "total"),
        }:
            continue
        values = series.annual_values(data, key)
        kind = kind_for_unit(data.indicators.loc[key.indicator, "unit"])
        breaks = series.break_years(data, key)
        result = forecast_series(values, kind, horizon=3, break_years=breaks)
        assert result.reason is None, (key, result.reason)
        assert result.model in MODELS
        _assert_nested(result)
        last = int(values.dropna().index.max())
        assert result.table["year"].tolist() == list(range(last + 1, min(last + 3, 2030) + 1))
        if kind == "rate":
            assert result.table[["lo95", "hi95"]].to_numpy().min() >= 0
            assert result.table[["lo95", "hi95"]].to_numpy().max() <= 100
        if breaks and result.fit_first < breaks[0] <= result.fit_last:
            assert f"break_in_window:{breaks[0]}" in result.warnings
        checked += 1
    assert checked == 3

