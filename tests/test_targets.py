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
