"""Forecasts of every annual series, computed once into data/ and read back in milliseconds.

scripts/build_forecasts.py writes forecast_runs.csv (one row per series: model, fit window,
backtest scores, warnings, or the reason there is none) and forecasts.csv (one row per series
and forecast year). Both carry a digest of observations.csv, so stale forecasts are detected.
"""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import loader
from analysis.loader import DataError
from analysis.series import SeriesKey

KEY_COLUMNS = ("indicator_id", "region", "sex", "area", "age_group", "activity", "category")
RUN_COLUMNS = (*KEY_COLUMNS, "model", "transform", "fit_first", "fit_last", "mase", "mape", "warnings", "reason",
               "data_digest")
FORECAST_COLUMNS = (*KEY_COLUMNS, "year", "value", "lo80", "hi80", "lo95", "hi95", "model")
ASSESSMENT_COLUMNS = ("indicator", "region", "target_year", "target_value", "baseline_year", "baseline_value",
                      "forecast_value", "lo80", "hi80", "probability", "on_track", "model", "warnings", "reason",
                      "data_digest")
RUNS_FILE, FORECASTS_FILE, ASSESSMENTS_FILE = "forecast_runs.csv", "forecasts.csv", "target_assessments.csv"
# Columns that hold numbers (empty allowed unless listed in REQUIRED) and cells that must not be empty.
NUMERIC = {RUNS_FILE: ("fit_first", "fit_last", "mase", "mape"),
           FORECASTS_FILE: ("year", "value", "lo80", "hi80", "lo95", "hi95"),
           ASSESSMENTS_FILE: ("target_year", "target_value", "baseline_year", "baseline_value", "forecast_value",
                              "lo80", "hi80", "probability")}
REQUIRED = {RUNS_FILE: ("data_digest",), FORECASTS_FILE: ("year", "value", "lo80", "hi80", "lo95", "hi95", "model"),
            ASSESSMENTS_FILE: ("indicator", "region", "target_year", "data_digest")}
REBUILD = "run python scripts/build_forecasts.py"


def observations_digest(data_dir: Path | None = None) -> str:
    data_dir = loader.DATA_DIR if data_dir is None else data_dir
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


def load(data_dir: Path | None = None) -> Store:
    """The stored forecasts in data_dir (default: loader.DATA_DIR); DataError when a file is missing or broken."""
    data_dir = loader.DATA_DIR if data_dir is None else data_dir
    frames = {}
    for name, columns in ((RUNS_FILE, RUN_COLUMNS), (FORECASTS_FILE, FORECAST_COLUMNS),
                          (ASSESSMENTS_FILE, ASSESSMENT_COLUMNS)):
        frame = _read(Path(data_dir), name, columns)
        frames[name] = frame.set_index(list(KEY_COLUMNS)).sort_index() if name != ASSESSMENTS_FILE else frame
    _check_complete(frames[RUNS_FILE], frames[FORECASTS_FILE])
    runs = frames[RUNS_FILE]
    digests = set(runs["data_digest"].astype(str))
    forecasts = frames[FORECASTS_FILE]
    by_key = {key: rows.reset_index(drop=True) for key, rows in forecasts.groupby(level=list(range(len(KEY_COLUMNS))))}
    run_by_key = {key: row for key, row in runs.iterrows()}
    return Store(runs=runs, forecasts=forecasts, stale=digests != {observations_digest(data_dir)},
                 by_key=by_key, run_by_key=run_by_key, assessments=frames[ASSESSMENTS_FILE])


def _read(data_dir: Path, name: str, columns: tuple[str, ...]) -> pd.DataFrame:
    """One stored table, after checking it is UTF-8 CSV with the header, whole rows and numbers where numbers go."""
    path = data_dir / name
    if not path.is_file():
        raise DataError(name, None, None, f"the file is missing ({REBUILD})")
    try:
        text = path.read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except UnicodeDecodeError as error:
        raise DataError(name, None, None, f"not UTF-8 text ({error.reason})") from None
    except csv.Error as error:
        raise DataError(name, None, None, f"not a readable CSV file ({error})") from None
    if not rows:
        raise DataError(name, 1, None, "the file is empty (no header)")
    if tuple(rows[0]) != columns:
        raise DataError(name, 1, None, f"the header must be exactly: {','.join(columns)}")
    required = [(columns.index(column), column) for column in REQUIRED[name]]
    for line, cells in enumerate(rows[1:], start=2):
        if len(cells) != len(columns):
            raise DataError(name, line, None,
                            f"{len(cells)} fields where the header has {len(columns)} (truncated or malformed row)")
        for position, column in required:
            if not cells[position].strip():
                raise DataError(name, line, column, "must not be empty")
    frame = pd.read_csv(io.StringIO(text), dtype={c: str for c in KEY_COLUMNS}, keep_default_na=False,
                        na_values={c: [""] for c in columns if c not in KEY_COLUMNS})
    for column in NUMERIC[name]:
        numbers = pd.to_numeric(frame[column], errors="coerce")
        bad = frame[column].notna() & numbers.isna()
        if bad.any():
            position = int(bad.to_numpy().nonzero()[0][0])
            raise DataError(name, position + 2, column, f"{frame[column].iloc[position]!r} is not a number")
        frame[column] = numbers
    return frame


def _check_complete(runs: pd.DataFrame, forecasts: pd.DataFrame) -> None:
    """Every series the runs say was forecast has rows, and every row has its run (a file cut at a line end)."""
    forecast_runs = set(runs.index[runs["model"].fillna("").astype(str) != ""])
    with_rows = set(forecasts.index)
    for name, missing, what in ((FORECASTS_FILE, sorted(forecast_runs - with_rows), f"listed as forecast in {RUNS_FILE}"),
                                (RUNS_FILE, sorted(with_rows - forecast_runs), f"with rows in {FORECASTS_FILE}")):
        if missing:
            raise DataError(name, None, None, f"{len(missing)} series {what} are missing here, e.g. "
                            f"{','.join(missing[0])} (truncated? {REBUILD})")
