"""Forecasts of every annual series, computed once into data/ and read back in milliseconds.

scripts/build_forecasts.py writes forecast_runs.csv (one row per series: model, fit window,
backtest scores, warnings, or the reason there is none) and forecasts.csv (one row per series
and forecast year). Both carry a digest of observations.csv, so stale forecasts are detected.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.loader import DATA_DIR, DataError
from analysis.series import SeriesKey

KEY_COLUMNS = ("indicator_id", "region", "sex", "area", "age_group", "activity", "category")
RUN_COLUMNS = (*KEY_COLUMNS, "model", "transform", "fit_first", "fit_last", "mase", "mape", "warnings", "reason",
               "data_digest")
FORECAST_COLUMNS = (*KEY_COLUMNS, "year", "value", "lo80", "hi80", "lo95", "hi95", "model")
ASSESSMENT_COLUMNS = ("indicator", "region", "target_year", "target_value", "baseline_year", "baseline_value",
                      "forecast_value", "lo80", "hi80", "probability", "on_track", "model", "warnings", "reason",
                      "data_digest")
RUNS_FILE, FORECASTS_FILE, ASSESSMENTS_FILE = "forecast_runs.csv", "forecasts.csv", "target_assessments.csv"


def observations_digest(data_dir: Path = DATA_DIR) -> str:
    return hashlib.sha256((Path(data_dir) / "observations.csv").read_bytes()).hexdigest()[:16]


@dataclass(frozen=True)
class Store:
    runs: pd.DataFrame                    # indexed by the series key
    forecasts: pd.DataFrame               # indexed by the series key
    stale: bool                           # computed from another observations.csv than the one in data/
    by_key: dict[tuple, pd.DataFrame]     # series key -> its forecast rows, for lookups in microseconds
    run_by_key: dict[tuple, pd.Series]
    assessments: pd.DataFrame             # targets.Assessment fields, one row per target

    def assessment(self, indicator: str, region: str, target_year: int) -> pd.Series | None:
        rows = self.assessments[(self.assessments["indicator"] == indicator) & (self.assessments["region"] == region)
                                & (self.assessments["target_year"] == target_year)]
        return rows.iloc[0] if len(rows) else None

    def run(self, key: SeriesKey) -> pd.Series | None:
        return self.run_by_key.get(_index(key))

    def table(self, key: SeriesKey) -> pd.DataFrame:
        found = self.by_key.get(_index(key))
        return found if found is not None else pd.DataFrame(columns=list(FORECAST_COLUMNS[len(KEY_COLUMNS):]))


def _index(key: SeriesKey) -> tuple:
    return (key.indicator, key.region, key.sex, key.area, key.age_group, key.activity, key.category)


def load(data_dir: Path = DATA_DIR) -> Store:
    frames = {}
    for name, columns in ((RUNS_FILE, RUN_COLUMNS), (FORECASTS_FILE, FORECAST_COLUMNS),
                          (ASSESSMENTS_FILE, ASSESSMENT_COLUMNS)):
        path = Path(data_dir) / name
        if not path.is_file():
            raise DataError(name, None, None, "the file is missing (run python scripts/build_forecasts.py)")
        frame = pd.read_csv(path, dtype={c: str for c in KEY_COLUMNS}, keep_default_na=False,
                            na_values={c: [""] for c in columns if c not in KEY_COLUMNS})
        if tuple(frame.columns) != columns:
            raise DataError(name, 1, None, f"the header must be exactly: {','.join(columns)}")
        frames[name] = frame.set_index(list(KEY_COLUMNS)).sort_index() if name != ASSESSMENTS_FILE else frame
    runs = frames[RUNS_FILE]
    digests = set(runs["data_digest"].astype(str))
    forecasts = frames[FORECASTS_FILE]
    by_key = {key: rows.reset_index(drop=True) for key, rows in forecasts.groupby(level=list(range(len(KEY_COLUMNS))))}
    run_by_key = {key: row for key, row in runs.iterrows()}
    return Store(runs=runs, forecasts=forecasts, stale=digests != {observations_digest(data_dir)},
                 by_key=by_key, run_by_key=run_by_key, assessments=frames[ASSESSMENTS_FILE])
