"""How long forecasting every annual series takes, backtests included.

    .venv/bin/python benchmarks/forecast_all.py

Prints the number of series, how many get a forecast, the total time, the median and
maximum time per series, the reasons for no forecast, the scale each series was modelled
on, and how many had no usable backtest origin.  The first forecast in a process is timed
apart (it imports analysis.plausibility).  For the forecasts' accuracy and calibration on a
public benchmark see benchmarks/forecast_m3.py.
"""
from __future__ import annotations

import collections
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import forecast, loader, series  # noqa: E402


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
    with_forecast = 0
    fitted: list[float] = []
    short = 0
    total_start = time.perf_counter()
    for key in keys:
        values = series.annual_values(data, key)
        kind = forecast.kind_for_unit(data.indicators.loc[key.indicator, "unit"])
        breaks = series.break_years(data, key)
        start = time.perf_counter()
        result = forecast.forecast_series(values, kind, horizon=3, break_years=breaks)
        elapsed = time.perf_counter() - start
        timings.append(elapsed)
        if elapsed > slowest[0]:
            slowest = (elapsed, key)
        if result.reason is None:
            with_forecast += 1
            fitted.append(elapsed)
            short += "short_backtest" in result.warnings
            scales[result.transform] += 1
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
    print(f"no usable backtest origin (short_backtest): {short} of {with_forecast}")


if __name__ == "__main__":
    main()
