"""SDG 1.2 on the real data: the relative target made absolute and a probability of meeting it."""
import pytest

from analysis import targets


def sdg_poverty_target(data):
    return next(r for r in data.targets.itertuples() if r.indicator_id == "poverty_rate")


def test_relative_target_becomes_half_of_the_2015_rate(data):
    result = targets.assess(data, sdg_poverty_target(data))
    assert result.baseline_year == 2015 and result.baseline_value == 32.1
    assert result.target_value == pytest.approx(16.05)


def test_assessment_reaches_2030_with_a_probability(data):
    result = targets.assess(data, sdg_poverty_target(data))
    assert result.reason is None and result.target_year == 2030
    assert 0 <= result.probability <= 1
    assert result.lo80 <= result.forecast_value <= result.hi80
    # the median forecast is above the target, so it is not on track and the chance is below one half
    assert result.on_track is (result.forecast_value <= result.target_value)
    assert (result.probability < 0.5) == (not result.on_track)
    assert any(w.startswith("break_in_window:2021") for w in result.warnings)


def test_deterministic(data):
    row = sdg_poverty_target(data)
    assert targets.assess(data, row) == targets.assess(data, row)


def test_the_probability_is_read_off_the_forecast_intervals(data):
    """The chance comes from the distribution the 80% and 95% intervals are quantiles of: a target at the
    forecast meets it half the time, one at the 80% bound a tenth (or nine tenths) of the time."""
    from analysis import forecast, trends
    from analysis.series import SeriesKey, annual_values, break_years

    result = targets.assess(data, sdg_poverty_target(data))
    key = SeriesKey("poverty_rate", "KG")
    values = annual_values(data, key)
    fit = forecast.forecast_series(values, "rate", horizon=result.target_year - int(values.dropna().index.max()),
                                   break_years=break_years(data, key), max_year=result.target_year,
                                   implausible_years=trends.implausible_years(data, key))
    last = fit.table.iloc[-1]
    assert (float(last["value"]), float(last["lo80"]), float(last["hi80"])) == pytest.approx(
        (result.forecast_value, result.lo80, result.hi80))
    year = result.target_year
    assert forecast.probability_below(fit, year, result.forecast_value) == pytest.approx(0.5)
    assert forecast.probability_below(fit, year, last["hi80"]) == pytest.approx(0.9)
    if last["lo80"] > 0:
        assert forecast.probability_below(fit, year, last["lo80"]) == pytest.approx(0.1)
    else:  # the bound was cut at zero: the mass below it sits at zero
        assert forecast.probability_below(fit, year, 0.0) >= 0.1
    assert forecast.probability_below(fit, year, 100.0) == 1.0 and forecast.probability_below(fit, year, -1) == 0.0
    # the SDG target is met at or below the target value: its chance is the probability of being below it
    assert result.probability == pytest.approx(forecast.probability_below(fit, year, result.target_value))
    assert (result.probability < 0.5) == (result.target_value < result.forecast_value)
