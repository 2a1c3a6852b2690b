"""How long forecasting every annual series takes, backtests included.

    .venv/bin/python benchmarks/forecast_all.py

Prints the number of series, how many get a forecast, the total time, the median and
maximum time per series, the reasons for no forecast, the scale each series was modelled
on and the one its intervals were placed on, how many had fewer than five backtest origins
(their intervals follow the series' own changes), and, per kind, how many intervals reach the edge of the possible range at
the last forecast year (a lower bound of 0, a rate's upper bound of 100) and how wide they
are (the 95% upper bound over the forecast).  Called as scripts/build_forecasts.py calls it
(the data's own implausible flags).  The first forecast in a process is timed apart (it
imports analysis.plausibility).  For the forecasts' accuracy and calibration on a
public benchmark see benchmarks/forecast_m3.py.
"""
from __future__ import annotations

import collections
import math
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import forecast, loader, series, trends  # noqa: E402


def main() -> None:
    data = loader.load()
    # The first forecast in a process imports what it needs lazily; time it apart.
    start = time.perf_counter()
    warm_up = pd.Series(10 + np.sin(np.arange(12.0)) + np.arange(12.0), index=range(2000, 2012))
    forecast.forecast_series(warm_up, "other")  # every model once
    first_call = time.perf_counter() - start
    keys = series.series_keys(data)
    timings: list[float] = []
    slowest = (0.0, None)
    reasons: collections.Counter[str] = collections.Counter()
    scales: collections.Counter[str] = collections.Counter()
    placed: collections.Counter[str] = collections.Counter()
    edges: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    ratios: dict[str, list[float]] = collections.defaultdict(list)
    with_forecast = 0
    fitted: list[float] = []
    few = 0
    total_start = time.perf_counter()
    for key in keys:
        values = series.annual_values(data, key)
        kind = forecast.kind_for_unit(data.indicators.loc[key.indicator, "unit"])
        breaks = series.break_years(data, key)
        implausible = trends.implausible_years(data, key)
        start = time.perf_counter()
        result = forecast.forecast_series(values, kind, horizon=3, break_years=breaks, implausible_years=implausible)
        elapsed = time.perf_counter() - start
        timings.append(elapsed)
        if elapsed > slowest[0]:
            slowest = (elapsed, key)
        if result.reason is None:
            with_forecast += 1
            fitted.append(elapsed)
            few += any(w.startswith("few_backtest_origins:") for w in result.warnings)
            scales[result.transform] += 1
            placed[result.predictive.scale] += 1
            last = result.table.iloc[-1]
            edges[kind]["series"] += 1
            edges[kind]["lo95 at or below 0"] += bool(last["lo95"] <= 0)
            edges[kind]["lo80 at or below 0"] += bool(last["lo80"] <= 0)
            if kind == "rate":
                edges[kind]["hi95 at 100"] += bool(last["hi95"] >= 100)
            if last["value"] > 0:
                ratios[kind].append(float(last["hi95"] / last["value"]))
        else:
            reasons[result.reason.split(":")[0]] += 1
    total = time.perf_counter() - total_start
    print(f"series: {len(keys)}, with a forecast: {with_forecast}")
    print(f"first call in the process: {first_call * 1000:.0f} ms")
    print(f"total: {total:.1f} s (forecast calls {sum(timings):.1f} s)")
    print(f"per series: median {statistics.median(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms "
          f"({slowest[1]})")
    if fitted:
        print(f"series with a forecast: median {statistics.median(fitted) * 1000:.0f} ms")
    print("no forecast:", dict(reasons))
    print("modelled on (none = the series' own scale):", dict(scales))
    print("intervals placed on:", dict(placed))
    print(f"fewer than {forecast.FEW_ORIGINS} backtest origins (few_backtest_origins): {few} of {with_forecast}")
    print("at the last forecast year (3 years ahead):")
    for kind, counts in sorted(edges.items()):
        wide = np.quantile(ratios[kind], [0.5, 0.9, 1.0]) if ratios[kind] else [math.nan] * 3
        print(f"  {kind}: " + ", ".join(f"{name} {count}" for name, count in counts.items())
              + f"; hi95 / forecast: median {wide[0]:.2f}, 90th percentile {wide[1]:.2f}, max {wide[2]:.1f}")


if __name__ == "__main__":
    main()
