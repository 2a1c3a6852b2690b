"""Reading a precomputed forecast: the dashboard never waits on model fitting.

    .venv/bin/python benchmarks/forecast_store.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import forecast_store, loader  # noqa: E402
from analysis.series import series_keys  # noqa: E402


def main() -> None:
    start = time.perf_counter()
    store = forecast_store.load()
    opened = time.perf_counter() - start
    keys = series_keys(loader.load())
    timings = []
    for key in keys:
        start = time.perf_counter()
        store.table(key)
        store.run(key)
        timings.append(time.perf_counter() - start)
    print(f"open the store (forecast_runs.csv + forecasts.csv): {opened * 1000:.0f} ms")
    print(f"read one series' forecast and run: median {statistics.median(timings) * 1000:.2f} ms, "
          f"max {max(timings) * 1000:.2f} ms over {len(keys)} series")


if __name__ == "__main__":
    main()
