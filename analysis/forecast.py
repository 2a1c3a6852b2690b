"""Short-term forecasts of annual series: a fixed median of three standard methods, with
prediction intervals calibrated on the series' own rolling-origin backtest.

One entry point, :func:`forecast_series`, takes year -> value and returns a
:class:`Forecast`: point forecasts with 80% and 95% prediction intervals, the model, the
rolling-origin backtest of every model against the naive forecast, the forecast
distribution behind the intervals, and machine-readable warnings.  Pure Python (numpy,
pandas); no Streamlit, no statsmodels in the request path.

The method (what the Methodology page states for readers):

* Fit window: the longest run of consecutive observed years ending at the last observed
  year; nothing is interpolated across a gap.  On request only the segment after a known
  break in comparability (when it has at least 6 points).  Fewer than 6 points: no forecast.
* Scale: every series on its own scale (the log scale compounds trends: on the M3 yearly
  series drift on the log over-forecast 72% of the year-6 actuals).  Where the point
  forecast itself would leave the possible range within 10 years (a positive level reaching
  zero, a rate leaving 0-100), the series is modelled on the log (rates: the logit of
  value/100, clipped to [0.05%, 99.95%]) instead, which cannot ("level_on_log_scale",
  "rate_on_logit_scale").  Anything else as is.
* Point forecast ("combined"): the median, year by year, of three standard forecasts:
  - ses: simple exponential smoothing, the smoothed level carried forward (no trend);
  - holt: Holt's linear trend, the smoothed level plus the smoothed recent trend;
  - drift: the last value plus the average yearly change of the whole window.
  SES and Holt have additive errors and are fitted by least squares (the likelihood) over a
  fixed grid of smoothing parameters, the initial states solved exactly.  The median keeps
  the middle of "no trend", "the recent trend" and "the long-run trend", so no single
  extrapolation runs away; a fixed rule, nothing chosen or tuned per series.  It is the
  combination of Makridakis & Hibon's (2000) M3 benchmark (SES, Holt, damped trend), taken
  as a median (robust to one wild member, Jose & Winkler 2008), with drift, a strong yearly
  benchmark (it beats ETS and theta on M1 and Tourism yearly), in the damped trend's place.
* Backtest: every model is refitted at every origin that leaves at least 5 years to fit
  (Holt's 4 parameters and an error) and forecasts the next 1-6 years; a forecast year after
  a break in comparability that the origin's years do not reach is left out (it would
  measure the change of method, not the forecast).  MASE = the model's
  mean absolute error / the naive model's on the same forecast points; MAPE skips zero
  actuals.  Reported (the Forecasts page's "Beats the naive forecast?"), not used to choose.
* Intervals (analysis.forecast_intervals): as wide as the backtest errors of the model shown
  say, inside the possible range.
  - Width: the mean absolute error at each horizon h, its square fitted as a*h + b*h^2
    (a, b >= 0: the error of a random walk and of an uncertain trend; weighted by the number
    of errors), taken as a Laplace (double exponential) scale estimated from K origins: the
    exact prediction interval for that case has half-width = scale * K * ((1 - p)^(-1/K) - 1)
    (|error| / scale follows an F(2, 2K) distribution), 1.61 (80%) and 3.00 (95%) times the
    scale for many origins, wider for few.  Money, counts and other measures: errors on the
    model's scale, each divided by the mean absolute yearly change of the years its origin
    saw, the fit scaled by the window's (a series that moves more now gets wider intervals;
    on M3 this keeps the 1-year coverage inside its target).  Rates within 0-100: errors in
    percentage points as they were made (bounded, they do not grow with a level; errors on
    the logit would carry a 0.5% -> 1% wobble of a rate's past to its 5% of today).  A
    yearly change into a year after a known break is not movement and is left out.
  - Few origins: with fewer than 5 usable ones (a short series, or a break cutting the
    backtest) the width is instead the series' own mean absolute change over h years (every
    pair of years h apart with no break between them; fitted the same way, K = the yearly
    changes seen), and the forecast says so ("few_backtest_origins:<K>").  On the M3 series cut
    to their last 7 or 9 values (benchmarks/forecast_m3.py --last), the backtest's own few
    errors covered about as often as they should but put the 6-year 95% upper bound above 10
    times the forecast for a tenth of the series; the series' own changes cover 79-82% and
    93-96% with that tenth above 4-5 times (on Tourism cut so: 68-77% and 90-97%).
  - Placement: money and counts (all positive, modelled on their own scale): the two ends
    are mirror images on the log scale (low * high = forecast^2) and 2 * half-width apart,
    so the lower end never reaches zero and the upper grows in proportion ("log_mirror").
    Rates within 0-100: mirror images on the logit, 2 * half-width apart, so they bend away
    from 0 and 100; an interval 100 points wide or more is 0-100 ("logit_mirror").  Series
    modelled on the log: symmetric on it.  Anything else: symmetric, cut at the possible
    range (0 for counts that include a zero).  On M3 the mirrored ends cover 78.6-82.8% and
    93.8-96.7% (symmetric and cut at zero: 78.9-81.9% and 94.0-96.9%, with the 6-year 95%
    lower bound at or below zero on 35% of the series).
  The forecast distribution (analysis.forecast_intervals.Predictive) is the one the intervals
  are quantiles of; the chance of meeting a target is read off it (probability_below).
* Implausible values (analysis.plausibility; the build flags them `implausible`): the fit
  keeps them as published, but never silently.  One inside the fit window gives the warning
  "implausible_in_window:<year>"; when the window's last value is one, there is no forecast
  (reason "implausible_last_value:<year>"): every model would start from it.

Checked through this function, kind="level", on public sets of short annual series
(benchmarks/forecast_m3.py; sMAPE / MASE, then how often the 80% and 95% intervals covered
the actual value at each horizon):

* M3 yearly (645 series, 6 years ahead): 15.62 / 2.553; 78.6-82.8% and 93.8-96.7%
  (naive 17.88 / 3.172, drift 16.79 / 2.632, statsmodels ETS 16.79 / 2.916, statsmodels
  Theta 16.82 / 2.780; their 95% intervals cover 71-82%).  About 5 ms CPU per series.
* Tourism yearly (518 series, 4 ahead): 20.03 / 2.624; 78.6-83.6% and 92.5-97.1%.
* M1 yearly (181 series, 6 ahead): 17.43 / 3.602 (drift 16.66 / 3.490); 65-74% and
  82-91%: its series kept growing faster than their own past (78% of the 80% intervals'
  misses are above them), and every method under-covers.  No fixed combination tried beat
  the median of SES, Holt and drift on both M1 and M3 (giving drift twice the weight: M1
  16.91, M3 15.78; the mean of Holt and drift: M1 16.31, M3 17.45).
"""
from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from analysis.forecast_intervals import (BACKTEST_HORIZONS, FEW_ORIGINS, LEVELS, RATE_EPSILON, Predictive, Scale,
                                         backtest_spread)

MODELS: tuple[str, ...] = ("naive", "drift", "ses", "holt", "combined")
"""The models the backtest reports (and `model=` can force); "combined" is the forecast shown."""
MEMBERS: tuple[str, ...] = ("ses", "holt", "drift")
"""The forecasts whose median is the combined forecast."""
DEFAULT_MODEL = "combined"

KINDS: tuple[str, ...] = ("rate", "level", "other")
MIN_POINTS = 6              # fewest points in the fit window for a forecast
BACKTEST_MIN_POINTS = 5     # fewest points before a backtest origin: Holt's 4 parameters and one error
MAX_HORIZON = 10

TABLE_COLUMNS = ["year", "value", "lo80", "hi80", "lo95", "hi95", "model"]
BACKTEST_COLUMNS = ["model", "mase", "mape", "n_errors", "chosen"]

LEVEL_UNITS = frozenset({"som", "som_per_month", "som_per_person_per_year", "usd_per_month", "persons", "count",
                         "per_100000_workers", "per_1000_population"})  # positive


@dataclass(frozen=True)
class Forecast:
    table: pd.DataFrame        # one row per forecast year: year, value, lo80, hi80, lo95, hi95, model
    model: str                 # the model shown ("" when there is no forecast)
    fit_first: int | None      # first and last year of the fit window
    fit_last: int | None
    backtest: pd.DataFrame     # one row per model: model, mase, mape, n_errors, chosen
    mase: float | None         # the shown model's backtest MASE (None without a backtest)
    mape: float | None         # the shown model's backtest MAPE, in percent
    transform: str             # "log", "logit" or "none"
    warnings: tuple[str, ...]  # machine-readable codes, e.g. "break_in_window:2021"
    reason: str | None         # why there is no forecast (then the table is empty)
    predictive: Predictive | None = None  # the distribution behind the intervals (None without a forecast)


def kind_for_unit(unit: str) -> str:
    """The forecast kind of a unit: "rate" for percent, "level" for money and counts, else "other"."""
    if unit == "percent":
        return "rate"
    if unit in LEVEL_UNITS:
        return "level"
    return "other"


# --------------------------------------------------------------------------- input and window

def _clean(values: pd.Series) -> pd.Series:
    if not isinstance(values, pd.Series):
        raise TypeError("values must be a pandas Series indexed by year")
    series = pd.Series(pd.to_numeric(values, errors="coerce").to_numpy(dtype=float),
                       index=np.asarray(values.index, dtype=int))
    if not series.index.is_unique:
        raise ValueError("values has duplicate years")
    return series.sort_index()


def _window(series: pd.Series) -> pd.Series:
    """The longest run of consecutive observed years ending at the last observed year."""
    observed = series.dropna()
    if observed.empty:
        return observed
    years = observed.index.to_numpy()
    start = len(years) - 1
    while start > 0 and years[start - 1] == years[start] - 1:
        start -= 1
    return observed.iloc[start:]


def _latest_break_with_segment(window: pd.Series, break_years: Sequence[int]) -> int | None:
    if window.empty:
        return None
    first, last = int(window.index[0]), int(window.index[-1])
    for year in sorted({int(b) for b in break_years}, reverse=True):
        if first < year <= last and int((window.index >= year).sum()) >= MIN_POINTS:
            return year
    return None


def segment_after_break_possible(values: pd.Series, break_years: Sequence[int]) -> int | None:
    """The break year inside the fit window after which at least 6 points remain (the latest such), else None."""
    return _latest_break_with_segment(_window(_clean(values)), break_years)


# --------------------------------------------------------------------------- transforms

def _transform_for(kind: str, y: np.ndarray) -> tuple[Scale, Scale | None, list[str]]:
    """(the scale to model on, the one to fall back to when the point forecast leaves the range, warnings)."""
    if kind == "rate":
        if np.all((y >= 0) & (y <= 100)):
            return Scale("none", 0.0, 100.0), Scale("logit", 0.0, 100.0), []
        return Scale("none"), None, ["rate_out_of_range"]
    if kind == "level":
        if np.all(y > 0):
            return Scale("none", 0.0, positive=True), Scale("log", 0.0), []
        return Scale("none", 0.0 if np.all(y >= 0) else -math.inf), None, ["level_not_positive"]
    return Scale("none"), None, []


# --------------------------------------------------------------------------- the models
# Each model gives, for every prefix length L in `lengths` (the first L points of z), the
# point forecasts for horizons 1..h: an array (len(lengths), h).  The backtest needs a fit
# at every origin; the recursions below are causal, so one pass over the series serves
# every prefix (the sums of squares are accumulated, the initial states solved per prefix).

def _naive_paths(z: np.ndarray, lengths: Sequence[int], h: int) -> np.ndarray:
    return np.array([np.full(h, z[L - 1]) for L in lengths])


def _drift_paths(z: np.ndarray, lengths: Sequence[int], h: int) -> np.ndarray:
    steps = np.arange(1, h + 1)
    return np.array([z[L - 1] + (z[L - 1] - z[0]) / (L - 1) * steps for L in lengths])


# Grids of the smoothing parameters (inside the usual bounds: 0 < beta <= alpha < 1).  For
# fixed parameters the one-step errors are linear in the initial states, so those are solved
# exactly by least squares, and the grid point with the least sum of squared one-step errors
# (the maximum likelihood for additive errors) is the fit: no optimiser, no start values,
# the same result on every machine.  A finer grid changes the M3 figures in the third decimal.
_GRID_ALPHA_SES = np.r_[1e-4, np.linspace(0.02, 0.98, 49), 0.9999]
_GRID_ALPHA = np.array([1e-4, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9999])
_GRID_BETA_STAR = np.array([1e-4, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.9999])  # beta / alpha


def _ets_grid(trend: bool) -> tuple[np.ndarray, np.ndarray]:
    if not trend:
        return _GRID_ALPHA_SES, np.zeros_like(_GRID_ALPHA_SES)
    a, b = np.meshgrid(_GRID_ALPHA, _GRID_BETA_STAR, indexing="ij")
    return a.ravel(), (a * b).ravel()


def _ets_fits(z: np.ndarray, lengths: Sequence[int], trend: bool) -> list[tuple[int, float, float, float, np.ndarray]]:
    """Least-squares SES (trend=False) or Holt fits to every prefix: (grid index, SSE, final level, final trend,
    initial states).

    One pass of the recursion over the whole series, with the states kept as affine functions
    of the initial states (row 0 the data part, rows 1..k the coefficients of the initial
    level and trend); the sums of squares are accumulated, so every prefix is solved from them.
    """
    alpha, beta = _ets_grid(trend)
    k = 2 if trend else 1
    n, G = z.size, alpha.size
    level = np.zeros((k + 1, G))
    slope = np.zeros((k + 1, G))
    level[1] = 1.0
    if trend:
        slope[2] = 1.0
    errors = np.empty((n, k + 1, G))
    levels = np.empty((n, k + 1, G))
    slopes = np.empty((n, k + 1, G))
    for t in range(n):
        predicted = level + slope
        e = -predicted
        e[0] += z[t]
        errors[t] = e
        level = predicted + alpha * e
        slope = slope + beta * e
        levels[t], slopes[t] = level, slope
    e0, A = errors[:, 0], errors[:, 1:]
    s_ee = np.cumsum(e0 * e0, axis=0)                          # (n, G)
    s_ae = np.cumsum(A * e0[:, None], axis=0)                  # (n, k, G)
    s_aa = np.cumsum(A[:, :, None] * A[:, None, :], axis=0)    # (n, k, k, G)
    fits = []
    for L in lengths:
        aa, ae, ee = s_aa[L - 1], s_ae[L - 1], s_ee[L - 1]
        if k == 1:
            states = (-ae[0] / aa[0, 0])[None]
        else:
            det = aa[0, 0] * aa[1, 1] - aa[0, 1] * aa[1, 0]
            ok = det > 1e-12 * np.abs(aa[0, 0] * aa[1, 1])  # initial states identifiable
            det = np.where(ok, det, 1.0)
            states = np.array([-(aa[1, 1] * ae[0] - aa[0, 1] * ae[1]) / det,
                               -(aa[0, 0] * ae[1] - aa[1, 0] * ae[0]) / det])
            states = np.where(ok, states, np.nan)
        sse = ee + np.einsum("kg,kg->g", states, ae)  # the minimum over the initial states
        sse = np.where(np.isfinite(sse), sse, np.inf)
        best = int(np.argmin(sse))
        final_level = float(levels[L - 1, 0, best] + levels[L - 1, 1:, best] @ states[:, best])
        final_slope = float(slopes[L - 1, 0, best] + slopes[L - 1, 1:, best] @ states[:, best]) if trend else 0.0
        fits.append((best, float(sse[best]), final_level, final_slope, states[:, best]))
    return fits


def _ses_paths(z: np.ndarray, lengths: Sequence[int], h: int) -> np.ndarray:
    """Simple exponential smoothing: the smoothed level, flat."""
    return np.array([np.full(h, level) for _, _, level, _, _ in _ets_fits(z, lengths, trend=False)])


def _holt_paths(z: np.ndarray, lengths: Sequence[int], h: int) -> np.ndarray:
    """Holt's linear trend: the smoothed level plus h times the smoothed trend."""
    steps = np.arange(1, h + 1)
    return np.array([level + slope * steps for _, _, level, slope, _ in _ets_fits(z, lengths, trend=True)])


_PATHS: dict[str, Callable[[np.ndarray, Sequence[int], int], np.ndarray]] = {
    "naive": _naive_paths,
    "drift": _drift_paths,
    "ses": _ses_paths,
    "holt": _holt_paths,
}


def _all_paths(z: np.ndarray, lengths: Sequence[int], h: int) -> tuple[dict[str, np.ndarray], set[str]]:
    """Every model's forecasts for every prefix length, and the models that failed."""
    # The models are unchanged by shifting and scaling the data (the initial states are
    # solved, not fixed): fit on standardised values for well-conditioned sums of squares.
    centre = float(np.mean(z))
    spread = float(np.std(z)) or 1.0
    zs = (z - centre) / spread
    paths: dict[str, np.ndarray] = {}
    failed: set[str] = set()
    for name, function in _PATHS.items():
        try:
            out = np.asarray(function(zs, lengths, h), dtype=float) * spread + centre
            if out.shape != (len(lengths), h) or not np.all(np.isfinite(out)):
                raise FloatingPointError("forecast not finite")
            paths[name] = out
        except Exception:  # noqa: BLE001 - a failing model is dropped, never raised
            failed.add(name)
    members = [paths[m] for m in MEMBERS if m in paths]
    if members:
        paths["combined"] = np.median(np.array(members), axis=0)
    else:
        failed.add("combined")
    return paths, failed


# --------------------------------------------------------------------------- backtest and intervals

def _backtest_points(n: int, breaks_at: Sequence[int]) -> list[tuple[int, int, int]]:
    """(row of the origin in the forecasts, prefix length L, horizon h) of every backtest forecast point.

    Origins leave at least BACKTEST_MIN_POINTS years to fit; horizons 1..BACKTEST_HORIZONS.  A point
    whose year lies after a break in comparability that the origin's years do not reach is left
    out (breaks_at: window positions of the first values after breaks): it would measure the
    change of method, not the forecast.
    """
    points = []
    for row, L in enumerate(range(BACKTEST_MIN_POINTS, n)):
        for h in range(1, min(BACKTEST_HORIZONS, n - L) + 1):
            if not any(L <= j <= L + h - 1 for j in breaks_at):
                points.append((row, L, h))
    return points


def _scores(errors: dict[str, dict[tuple[int, int], float]], actuals: dict[tuple[int, int], float],
            model: str) -> tuple[float, float, int]:
    own = errors.get(model, {})
    if not own:
        return math.nan, math.nan, 0
    keys = list(own)
    mae = float(np.mean([abs(own[k]) for k in keys]))
    mae_naive = float(np.mean([abs(errors["naive"][k]) for k in keys]))
    if mae_naive > 0:
        mase = mae / mae_naive
    else:  # the naive forecast was exact on these points: no model can beat it
        mase = 1.0 if mae == 0 else math.inf
    pct = [abs(own[k]) / abs(actuals[k]) for k in keys if actuals[k] != 0]
    mape = 100.0 * float(np.mean(pct)) if pct else math.nan
    return mase, mape, len(keys)


def _empty_table() -> pd.DataFrame:
    return pd.DataFrame({
        "year": pd.Series(dtype="int64"),
        **{c: pd.Series(dtype="float64") for c in ("value", "lo80", "hi80", "lo95", "hi95")},
        "model": pd.Series(dtype="str"),
    })


def _backtest_table(rows: list[tuple[str, float, float, int, bool]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=BACKTEST_COLUMNS)
    return frame.astype({"model": "str", "mase": "float64", "mape": "float64", "n_errors": "int64", "chosen": "bool"})


def _none(reason: str, first: int | None, last: int | None, transform: str, found: list[str],
          backtest: pd.DataFrame | None = None) -> Forecast:
    return Forecast(table=_empty_table(), model="", fit_first=first, fit_last=last,
                    backtest=backtest if backtest is not None else _backtest_table([]),
                    mase=None, mape=None, transform=transform, warnings=tuple(found), reason=reason)


def _finite(x: float) -> float | None:
    return float(x) if math.isfinite(x) else None


def _fit(y: np.ndarray, transform: Scale, points: list[tuple[int, int, int]]):
    """Every model on one scale: (forecasts for every prefix, failed models, backtest errors in the original
    units keyed by (L, h), the actual values, the series on the model's scale)."""
    z = transform.forward(y)
    n = z.size
    lengths = list(range(BACKTEST_MIN_POINTS, n)) + [n]
    paths, failed = _all_paths(z, lengths, max(MAX_HORIZON, BACKTEST_HORIZONS))
    actuals = {(L, h): float(y[L + h - 1]) for _, L, h in points}
    errors = {}
    for name, forecasts in paths.items():
        original = transform.inverse(forecasts)
        errors[name] = {(L, h): float(original[row, h - 1]) - actuals[(L, h)] for row, L, h in points}
    return paths, failed, errors, actuals, z


def _distribution(kind: str, y: np.ndarray, transform: Scale, z: np.ndarray, forecasts: np.ndarray,
                  points: list[tuple[int, int, int]], breaks_at: Sequence[int], steps: int):
    """(the point forecasts in the series' units, the distribution their intervals are quantiles of, the spread
    it rests on) for the model's forecasts at every origin (`forecasts`, on the model's scale `transform`)."""
    value = transform.inverse(forecasts[-1][:steps])
    if kind == "rate" and transform.high == 100.0:
        # Rates within 0-100: errors in percentage points as they were made, ends mirrored on the logit.
        spread = backtest_spread(y, transform.inverse(forecasts), points, breaks_at, MAX_HORIZON, normalise=False)
        scale, centre = "logit_mirror", value
    else:
        # Errors on the model's scale, measured against how much the series moved.
        spread = backtest_spread(z, forecasts, points, breaks_at, MAX_HORIZON, normalise=True)
        if transform.name == "none" and transform.positive:  # money and counts: ends mirrored on the log
            scale, centre = "log_mirror", value
        else:
            scale, centre = transform.name, forecasts[-1][:steps]
    predictive = Predictive(scale=scale, centre=tuple(float(v) for v in centre),
                            spread=tuple(float(v) for v in spread.scale[:steps]), dof=int(spread.dof),
                            low=transform.low, high=transform.high)
    return value, predictive, spread


def forecast_series(values: pd.Series, kind: str, horizon: int = 3, break_years: Sequence[int] = (),
                    max_year: int = 2030, after_break: bool = False, *,
                    model: str | None = None, implausible_years: Sequence[int] | None = None) -> Forecast:
    """Forecast an annual series `horizon` years past its last observed year (never past `max_year`).

    values: index = calendar years, NaN = missing.  kind: "rate", "level" or "other" (see
    :func:`kind_for_unit`).  break_years: first years after known breaks in comparability.
    after_break: fit only on the segment after the latest break in the window when that
    segment has at least 6 points.  model: show one of MODELS instead of the combined
    forecast (its intervals come from its own backtest errors; the backtest of all is still
    reported); None (the default) is "combined".
    implausible_years: years whose values are flagged implausible (pass the data's flags:
    analysis.trends.implausible_years); None (the default) applies the spike rule of
    analysis.plausibility to `values` itself, which cannot judge a series' first or last value.

    Warning codes: gap_before_window:<missing year>, break_in_window:<year>, implausible_in_window:<year>,
    fit_after_break:<year>, after_break_too_short:<year>, rate_clipped, rate_out_of_range,
    level_not_positive, level_on_log_scale, rate_on_logit_scale, few_backtest_origins:<K>, model_failed:<model>.
    Reasons: too_short:<n><6, beyond_horizon, implausible_last_value:<year>, model_failed:<model>.
    """
    if isinstance(horizon, bool) or not isinstance(horizon, (int, np.integer)) or not 1 <= horizon <= MAX_HORIZON:
        raise ValueError(f"horizon must be an integer from 1 to {MAX_HORIZON}, got {horizon!r}")
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    if model is not None and model not in MODELS:
        raise ValueError(f"model must be one of {MODELS} or None, got {model!r}")
    chosen = model or DEFAULT_MODEL

    found: list[str] = []
    series = _clean(values)
    window = _window(series)
    if window.empty:
        return _none(f"too_short:0<{MIN_POINTS}", None, None, "none", found)
    if len(window) < len(series.dropna()):
        found.append(f"gap_before_window:{int(window.index[0]) - 1}")

    breaks = sorted({int(b) for b in break_years})
    if after_break:
        segment_start = _latest_break_with_segment(window, breaks)
        if segment_start is not None:
            window = window[window.index >= segment_start]
            found.append(f"fit_after_break:{segment_start}")
        else:
            inside = [b for b in breaks if window.index[0] < b <= window.index[-1]]
            if inside:
                found.append(f"after_break_too_short:{inside[-1]}")
    first, last = int(window.index[0]), int(window.index[-1])
    found.extend(f"break_in_window:{b}" for b in breaks if first < b <= last)
    if implausible_years is None:
        from analysis import plausibility
        implausible_years = plausibility.implausible_years(series)
    doubtful = sorted({int(y) for y in implausible_years if first <= int(y) <= last})
    found.extend(f"implausible_in_window:{y}" for y in doubtful)

    y = window.to_numpy(dtype=float)
    transform, fallback, transform_found = _transform_for(kind, y)
    found.extend(transform_found)
    if len(y) < MIN_POINTS:
        return _none(f"too_short:{len(y)}<{MIN_POINTS}", first, last, transform.name, found)
    if last >= max_year:
        return _none("beyond_horizon", first, last, transform.name, found)
    if last in doubtful:
        return _none(f"implausible_last_value:{last}", first, last, transform.name, found)
    steps = min(horizon, max_year - last)

    breaks_at = [b - first for b in breaks if first < b <= last]  # window positions of the first values after breaks
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        points = _backtest_points(len(y), breaks_at)
        paths, failed, errors, actuals, z = _fit(y, transform, points)
        if fallback is not None and chosen in paths and transform.leaves_range(paths[chosen][-1]):
            # Within MAX_HORIZON years the point forecast would leave the possible range (a level
            # at zero, a rate outside 0-100): on the log (logit) scale it cannot.
            transform = fallback
            found.append("level_on_log_scale" if fallback.name == "log" else "rate_on_logit_scale")
            if fallback.name == "logit" and np.any((y / 100.0 < RATE_EPSILON) | (y / 100.0 > 1.0 - RATE_EPSILON)):
                found.append("rate_clipped")
            paths, failed, errors, actuals, z = _fit(y, transform, points)

    scores = {name: _scores(errors, actuals, name) if name in paths else (math.nan, math.nan, 0) for name in MODELS}
    found.extend(f"model_failed:{name}" for name in MODELS if name in failed)
    backtest = _backtest_table([(name, *scores[name], name == chosen) for name in MODELS])
    if chosen not in paths:
        return _none(f"model_failed:{chosen}", first, last, transform.name, found, backtest)

    with np.errstate(all="ignore"):
        value, predictive, spread = _distribution(kind, y, transform, z, paths[chosen], points, breaks_at, steps)
        (lo80, hi80), (lo95, hi95) = (predictive.interval(p) for p in LEVELS)
    if spread.origins < FEW_ORIGINS:
        found.append(f"few_backtest_origins:{spread.origins}")
    # Guard the nesting against rounding in the back-transform (it holds mathematically).
    lo80, hi80 = np.minimum(lo80, value), np.maximum(hi80, value)
    lo95, hi95 = np.minimum(lo95, lo80), np.maximum(hi95, hi80)
    table = pd.DataFrame({
        "year": np.arange(last + 1, last + steps + 1, dtype="int64"),
        "value": value, "lo80": lo80, "hi80": hi80, "lo95": lo95, "hi95": hi95,
        "model": pd.Series([chosen] * steps, dtype="str"),
    })
    mase, mape, _ = scores[chosen]
    return Forecast(table=table, model=chosen, fit_first=first, fit_last=last, backtest=backtest,
                    mase=_finite(mase), mape=_finite(mape), transform=transform.name,
                    warnings=tuple(found), reason=None, predictive=predictive)


def probability_below(result: Forecast, year: int, threshold: float) -> float | None:
    """The chance that the value of `year` is at most `threshold`, under the forecast's own distribution
    (the one its 80% and 95% intervals are quantiles of); None without a forecast for that year."""
    if result.predictive is None or result.table.empty:
        return None
    rows = np.flatnonzero(result.table["year"].to_numpy() == int(year))
    if not rows.size:
        return None
    return result.predictive.probability_below(int(rows[0]), threshold)
