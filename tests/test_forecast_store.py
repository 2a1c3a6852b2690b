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
    # every stored forecast is the combined one (no per-series choice), on the series' own scale or,
    # where that would leave the possible range, on the log or logit
    assert set(runs["model"].dropna()) == {"combined"} and set(store.forecasts["model"]) == {"combined"}
    assert set(runs["transform"]) <= {"none", "log", "logit"}
    wage = store.table(SeriesKey("avg_monthly_wage"))
    assert list(wage["year"]) == [2025, 2026, 2027]
    assert (wage["lo95"] <= wage["lo80"]).all() and (wage["lo80"] <= wage["value"]).all()
    assert (wage["value"] <= wage["hi80"]).all() and (wage["hi80"] <= wage["hi95"]).all()


def test_stored_forecast_equals_a_fresh_one(data):
    from analysis import forecast, trends
    from analysis.series import annual_values, break_years

    key = SeriesKey("unemployment_rate", "KG-GB")
    fresh = forecast.forecast_series(annual_values(data, key), "rate", break_years=break_years(data, key),
                                     implausible_years=trends.implausible_years(data, key))
    stored = forecast_store.load().table(key)
    assert list(stored["year"]) == list(fresh.table["year"])
    for column in ("value", "lo80", "hi80", "lo95", "hi95"):
        assert (abs(stored[column] - fresh.table[column]) < 1e-6 * fresh.table[column].abs().max()).all(), column


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
    result = run("forecast", "--indicator", "sf_pensioners_paid_via_banks")  # only dates, no calendar years
    assert result.returncode == 2 and "no annual values for sf_pensioners_paid_via_banks" in result.stderr


def test_pensioners_are_forecast_from_the_nsc_annual_series():
    # The NSC's annual count (derived from table 1.3.1.1g) is the series; the news figures for
    # dates and months are not calendar years and stay out of the fit.
    run_row = forecast_store.load().run(SeriesKey("pensioners"))
    assert run_row is not None and (run_row["fit_first"], run_row["fit_last"]) == (2007, 2023)


def test_a_forecast_never_starts_from_an_implausible_value():
    store = forecast_store.load()
    batken = store.run(SeriesKey("fatal_occupational_injury_rate", "KG-B"))
    assert batken["reason"] == "implausible_last_value:2022" and store.table(
        SeriesKey("fatal_occupational_injury_rate", "KG-B")).empty
    nonfatal = store.run(SeriesKey("occupational_injury_rate", "KG-B"))
    assert "implausible_in_window:2022" in nonfatal["warnings"].split(";") and nonfatal["model"]


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
