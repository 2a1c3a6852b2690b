"""Forecasts computed once into data/, read back fast, and the CLI's forecast command."""
import io
import json
import subprocess
import sys

import pandas as pd

from analysis import forecast_store
from analysis.series import SeriesKey
from tests.conftest import ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True)


def test_store_is_current_with_the_observations():
    store = forecast_store.load()
    assert not store.stale, "data/forecasts.csv is stale: run python scripts/build_forecasts.py"


def test_store_has_a_forecast_or_a_reason_for_every_series():
    store = forecast_store.load()
    runs = store.runs
    assert ((runs["model"].fillna("") != "") ^ (runs["reason"].fillna("") != "")).all()
    wage = store.table(SeriesKey("avg_monthly_wage"))
    assert list(wage["year"]) == [2025, 2026, 2027]
    assert (wage["lo95"] <= wage["lo80"]).all() and (wage["lo80"] <= wage["value"]).all()
    assert (wage["value"] <= wage["hi80"]).all() and (wage["hi80"] <= wage["hi95"]).all()


def test_stored_forecast_equals_a_fresh_one(data):
    from analysis import forecast
    from analysis.series import annual_values, break_years

    key = SeriesKey("unemployment_rate", "KG-GB")
    fresh = forecast.forecast_series(annual_values(data, key), "rate", break_years=break_years(data, key))
    stored = forecast_store.load().table(key)
    assert list(stored["year"]) == list(fresh.table["year"])
    assert (abs(stored["value"] - fresh.table["value"]) < 1e-6 * fresh.table["value"].abs().max()).all()


def test_cli_forecast_csv():
    result = run("forecast", "--indicator", "poverty_rate", "--region", "KG-B")
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(io.StringIO(result.stdout))
    assert list(table.columns[:7]) == ["year", "value", "lo80", "hi80", "lo95", "hi95", "model"]
    assert {"fit_first", "fit_last", "mase", "mape", "warnings"} <= set(table.columns)
    assert list(table["year"]) == [2024, 2025, 2026]
    assert table["warnings"].str.contains("break_in_window:2021").all()
    assert (table["hi95"] <= 100).all() and (table["lo95"] >= 0).all()


def test_cli_forecast_json_with_breakdown_and_horizon():
    result = run("forecast", "--indicator", "unemployment_rate", "--breakdown", "sex=female", "--horizon", "2",
                 "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["sex"] == "female" and len(payload["forecast"]) == 2 and payload["model"]
    assert payload["fit_first"] and payload["backtest"]


def test_cli_forecast_too_short_says_why():
    result = run("forecast", "--indicator", "informal_employment_share")
    assert result.returncode == 0
    assert "no forecast: too_short" in result.stderr
    result = run("forecast", "--indicator", "pensioners")  # only dates and quarters, no calendar years
    assert result.returncode == 2 and "no annual values for pensioners" in result.stderr


def test_cli_forecast_bad_arguments():
    for args, message in ((["forecast", "--indicator", "x"], "unknown indicator 'x'"),
                          (["forecast", "--indicator", "poverty_rate", "--horizon", "0"], "is not a horizon"),
                          (["forecast", "--indicator", "poverty_rate", "--breakdown", "colour=red"],
                           "unknown breakdown 'colour'"),
                          (["forecast", "--indicator", "poverty_rate", "--breakdown", "sex=alien"],
                           "unknown sex code 'alien'"),
                          (["forecast", "--indicator", "poverty_rate", "--region", "KG-ZZ"], "unknown region")):
        result = run(*args)
        assert result.returncode == 2 and message in result.stderr and len(result.stderr.strip().splitlines()) == 1
