"""Trend arithmetic, checked by hand on the real data and on small made-up series."""
import pandas as pd
import pytest

from analysis import trends
from analysis.series import SeriesKey


def test_poverty_since_program_baselines(data):
    summary = trends.summarise(data, SeriesKey("poverty_rate"))
    assert summary.latest_year == 2024   # the NSC's SDG site (deploy of 2026-04-14): 25.693838
    # 37.0 (2013) and 22.4 (2018) are the Program's baselines; the SDMX series agrees.
    since_2013 = summary.since_base[2013]
    assert since_2013.from_value == 37.0
    assert since_2013.percentage_points == pytest.approx(25.693838 - 37.0)
    assert since_2013.percent is None and since_2013.cagr is None  # rates change in points
    assert "possible_break:2021" in since_2013.flags


def test_poverty_2013_to_2018_by_hand(data):
    values = trends.annual_values(data, SeriesKey("poverty_rate"))
    result = trends.change(values, 2013, 2018, "rate", [2021])
    assert result.percentage_points == pytest.approx(-14.6)
    assert result.flags == ()


def test_change_across_the_2021_break_is_flagged(data):
    values = trends.annual_values(data, SeriesKey("extreme_poverty_rate"))
    result = trends.change(values, 2020, 2021, "rate", [2021])
    assert result.flags == ("possible_break:2021",)
    assert result.percentage_points == pytest.approx(6.03378 - 0.891488)


def test_wage_growth_percent_and_cagr_by_hand(data):
    values = trends.annual_values(data, SeriesKey("avg_monthly_wage"))
    result = trends.change(values, 2013, 2018, "level")
    assert (result.from_value, result.to_value) == (11341.0, 16427.0)
    assert result.percent == pytest.approx(44.846, abs=1e-3)         # 16427 / 11341 - 1
    assert result.cagr == pytest.approx(7.6915, abs=1e-4)            # (16427 / 11341) ** (1/5) - 1
    assert result.percentage_points is None


def test_money_says_it_is_nominal(data):
    assert trends.summarise(data, SeriesKey("avg_monthly_wage")).real_terms == "no_deflator"
    assert trends.summarise(data, SeriesKey("poverty_rate")).real_terms == "not_money"


def test_missing_years_are_said_not_bridged():
    values = pd.Series({2010: 10.0, 2011: float("nan"), 2012: float("nan"), 2013: 16.0})
    result = trends.change(values, 2010, 2013, "level")
    assert result.flags == ("missing_years:2011,2012",)
    assert result.cagr == pytest.approx(((16 / 10) ** (1 / 3) - 1) * 100)
    assert trends.change(values, 2011, 2013, "level") is None


def test_osh_city_has_no_change_from_before_2013(data):
    values = trends.annual_values(data, SeriesKey("poverty_rate", "KG-GO"))
    assert trends.change(values, 2012, 2013, "rate") is None
    summary = trends.summarise(data, SeriesKey("poverty_rate", "KG-GO"))
    assert summary.since_base[2013] is not None and summary.since_base[2013].from_year == 2013


def test_regional_ranks_lower_poverty_is_better(data):
    table = trends.ranks(data, "poverty_rate", 2023)
    assert table.iloc[0]["region"] == "KG-GO" and table.iloc[0]["rank"] == 1
    assert table.iloc[-1]["region"] == "KG-B" and table.iloc[-1]["rank"] == 9
    osh_city = table.set_index("region").loc["KG-GO"]
    assert osh_city["previous_rank"] == 4 and osh_city["rank_change"] == 3
    assert "KG" not in set(table["region"])


def test_regional_spread_by_hand(data):
    table = trends.spread(data, "poverty_rate").set_index("year")
    row = table.loc[2023]
    assert row["regions"] == 9
    assert row["min"] == pytest.approx(13.872134) and row["max"] == pytest.approx(48.132488)
    assert row["ratio"] == pytest.approx(48.132488 / 13.872134)
    assert table.loc[2012, "regions"] == 8  # Osh city not yet counted separately


def test_coefficient_of_variation_and_convergence_on_made_up_regions():
    table = pd.DataFrame({"year": [2001, 2002, 2003], "regions": [3, 3, 3], "min": 0, "max": 0, "range": 0,
                          "ratio": 0, "cv": [0.5, 0.4, 0.3]})
    result = trends.convergence(table, breaks=[2003])
    assert result.converging and result.slope_per_year == pytest.approx(-0.1) and result.breaks == (2003,)
    values = pd.Series([10.0, 20.0, 30.0])
    assert values.std(ddof=0) / values.mean() == pytest.approx(0.408248, abs=1e-6)


def test_a_change_to_from_or_across_an_implausible_value_says_so():
    values = pd.Series({2019: 17.0, 2020: 57.7, 2021: 69.2, 2022: 355.0, 2023: 5.5})
    assert trends.change(values, 2022, 2023, "other", implausible=[2022]).flags == ("implausible:2022",)
    assert trends.change(values, 2021, 2022, "other", implausible=[2022]).flags == ("implausible:2022",)
    assert trends.change(values, 2019, 2023, "other", implausible=[2022]).flags == ("implausible:2022",)
    assert trends.change(values, 2019, 2021, "other", implausible=[2022]).flags == ()


def test_batken_injury_spike_is_flagged_in_the_data_and_in_its_changes(data):
    key = SeriesKey("occupational_injury_rate", "KG-B")
    assert trends.implausible_years(data, key) == [2022]
    summary = trends.summarise(data, key)
    # The region profile's "-349.5 since 2022" is a change from the flagged value.
    assert summary.latest_year == 2023 and summary.previous.from_year == 2022
    assert summary.previous.absolute == pytest.approx(5.5 - 355.0, abs=0.05)
    assert "implausible:2022" in summary.previous.flags
    assert trends.implausible_years(data, SeriesKey("fatal_occupational_injury_rate", "KG-B")) == [2022]
    assert trends.implausible_years(data, SeriesKey("occupational_injury_rate")) == [2010]
    assert trends.implausible_years(data, SeriesKey("poverty_rate")) == []
