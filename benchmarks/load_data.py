"""How long the one loader takes to read and validate data/, and how much memory it holds.

    .venv/bin/python benchmarks/load_data.py
"""
from __future__ import annotations

import statistics
import sys
import time
from dataclasses import fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import loader  # noqa: E402

RUNS = 10


def main() -> None:
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        data = loader.load()
        timings.append(time.perf_counter() - start)
    frames = [getattr(data, field.name) for field in fields(data)]
    held = sum(int(frame.memory_usage(deep=True).sum()) for frame in frames)
    print(f"observations: {len(data.observations)} rows, indicators: {len(data.indicators)}")
    print(f"load + validate data/: median {statistics.median(timings) * 1000:.0f} ms over {RUNS} runs "
          f"(min {min(timings) * 1000:.0f} ms)")
    print(f"memory held by the loaded tables (pandas deep memory usage): {held / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
