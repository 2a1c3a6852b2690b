"""Forecast every annual series in data/ once, so the dashboard never waits on model fitting.

    python scripts/build_forecasts.py [--data DIR]

Writes data/forecast_runs.csv and data/forecasts.csv (atomically). Deterministic: the same
observations give byte-identical files.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from analysis import forecast, forecast_store, loader, targets, trends  # noqa: E402
from analysis.series import annual_values, break_years, series_keys  # noqa: E402
from databuild.writer import csv_text, write_atomic  # noqa: E402


def build(data_dir: Path) -> tuple[str, str, str]:
    data = loader.load(data_dir)
    digest = forecast_store.observations_digest(data_dir)
    runs, rows = [], []
    for key in series_keys(data):
        values = annual_values(data, key)
        kind = forecast.kind_for_unit(data.indicators.loc[key.indicator, "unit"])
        # The data's own flags: the build judged first and last values against the other regions too.
        result = forecast.forecast_series(values, kind, break_years=break_years(data, key),
                                          implausible_years=trends.implausible_years(data, key))
        base = dict(zip(forecast_store.KEY_COLUMNS, (key.indicator, key.region, key.sex, key.area,
                                                     key.age_group, key.activity, key.category)))
        runs.append({**base, "model": result.model if result.reason is None else "",
                     "transform": result.transform, "fit_first": result.fit_first, "fit_last": result.fit_last,
                     "mase": _round(result.mase), "mape": _round(result.mape),
                     "warnings": ";".join(result.warnings), "reason": result.reason or "", "data_digest": digest})
        for row in result.table.itertuples(index=False):
            rows.append({**base, "year": int(row.year), "model": row.model,
                         **{c: _round(getattr(row, c)) for c in ("value", "lo80", "hi80", "lo95", "hi95")}})
    assessments = []
    for target in data.targets.itertuples():
        result = targets.assess(data, target)
        assessments.append({**{c: getattr(result, c) for c in forecast_store.ASSESSMENT_COLUMNS if c != "warnings"
                               and c != "data_digest"},
                            "warnings": ";".join(result.warnings), "data_digest": digest})
        for column in ("target_value", "baseline_value", "forecast_value", "lo80", "hi80", "probability"):
            assessments[-1][column] = _round(assessments[-1][column])
    return (csv_text(forecast_store.RUN_COLUMNS, runs), csv_text(forecast_store.FORECAST_COLUMNS, rows),
            csv_text(forecast_store.ASSESSMENT_COLUMNS, assessments))


def _round(value):
    """Nine significant digits: enough for any display, and stable across platforms."""
    return None if value is None or value != value else float(f"{value:.9g}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    args = parser.parse_args(argv)
    try:
        runs, forecasts, assessments = build(args.data)
    except loader.DataError as error:
        print(f"build_forecasts: {error}", file=sys.stderr)
        return 2
    write_atomic(args.data / forecast_store.RUNS_FILE, runs)
    write_atomic(args.data / forecast_store.FORECASTS_FILE, forecasts)
    write_atomic(args.data / forecast_store.ASSESSMENTS_FILE, assessments)
    print(f"build_forecasts: {runs.count(chr(10)) - 1} series, {forecasts.count(chr(10)) - 1} forecast rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
