"""The plausibility rules on made-up series, their thresholds, and what they flag in data/ today."""
import math

import pandas as pd
import pytest

from analysis import plausibility
from analysis.plausibility import (MAX_ZERO_SHARE, MIN_CHANGES, MIN_PEERS, PEER_SIGMAS, RETURN_SHARE, SPIKE_SIGMAS,
                                   findings, implausible_years, robust_spread)

# Batken's non-fatal occupational injury rate per 100,000 workers, 2007-2023 (SDMX 8.8.1).
BATKEN_NONFATAL = dict(zip(range(2007, 2024), [11.2, 52.9, 26.0, 67.0, 45.0, 44.9, 40.5, 60.2, 5.9, 11.8, 16.9,
                                               14.2, 17.0, 57.7, 69.2, 355.0, 5.5]))
# Batken's fatal rate, 2007-2022 (2023 is '-' in the table): the spike is the series' last value.
BATKEN_FATAL = dict(zip(range(2007, 2023), [3.7, 4.1, 21.6, 15.8, 13.8, 10.4, 12.5, 2.9, 17.7, 20.7, 11.3, 2.8,
                                            14.2, 8.2, 8.3, 119.3]))


def test_thresholds_are_stated():
    assert (SPIKE_SIGMAS, PEER_SIGMAS, MIN_CHANGES, MIN_PEERS, RETURN_SHARE, MAX_ZERO_SHARE) == (5.0, 5.0, 4, 4, 0.5,
                                                                                                0.5)


def test_robust_spread_is_a_standard_deviation_for_normal_changes():
    from statistics import NormalDist
    quantiles = [NormalDist().inv_cdf((i + 0.5) / 2001) for i in range(2001)]
    spread, median = robust_spread([3 * q + 1 for q in quantiles])
    assert spread == pytest.approx(3, rel=0.01) and median == pytest.approx(1)


def test_robust_spread_does_not_collapse_on_mostly_zero_changes():
    changes = [0.0] * 9 + [0.27, -0.27, 0.21, -0.21, 0.34, 0.76, -0.63, -0.45]
    spread, _ = robust_spread(changes)
    assert spread > 0.2   # the MAD alone would be 0 and every blip infinitely far out


def test_a_spike_reversed_the_next_year_is_flagged():
    (found,) = findings(BATKEN_NONFATAL)
    assert (found.year, found.rule, found.value) == (2022, "spike", 355.0)
    assert found.jump_in == pytest.approx(285.8) and found.jump_out == pytest.approx(-349.5)
    assert "Kept as published" in found.describe() and "+285.8" in found.describe()


def test_a_level_shift_is_not_a_spike():
    # Wages that double in 2022 and stay there: the jump is huge, but the series does not come back.
    wages = dict(zip(range(2014, 2024), [8813, 9553, 10265, 11138, 12003, 12577, 12863, 11665, 21991, 26337]))
    assert implausible_years(wages) == []


def test_a_jump_that_keeps_its_direction_is_not_a_spike():
    values = {2010 + i: v for i, v in enumerate([10, 11, 10, 11, 10, 11, 40, 90, 91, 90])}
    assert implausible_years(values) == []


def test_a_spike_must_come_back_near_the_value_before_it():
    up_and_half_way_down = {2010 + i: v for i, v in enumerate([10, 11, 10, 11, 10, 11, 100, 60, 61, 60])}
    assert implausible_years(up_and_half_way_down) == []
    up_and_back = {**up_and_half_way_down, 2017: 12, 2018: 11, 2019: 12}
    assert implausible_years(up_and_back) == [2016]


def test_ordinary_noise_is_not_flagged():
    import random
    rng = random.Random(7)
    for _ in range(200):
        values = {2000 + i: 50 + rng.gauss(0, 3) for i in range(18)}
        assert implausible_years(values) == []


def test_too_few_changes_give_no_judgement():
    # Besides the spike's own two jumps, 3 changes: too few to measure the spread.
    short = {2017: 10.0, 2018: 11.0, 2019: 10.5, 2020: 500.0, 2021: 10.5, 2022: 11.0}
    assert implausible_years(short) == []
    assert implausible_years({**short, 2023: 10.0}) == [2020]


def test_the_spike_does_not_widen_its_own_yardstick():
    # Two of eight changes are the spike's; measured with them, the spread would hide it.
    values = {2014 + i: v for i, v in enumerate([20, 22, 21, 23, 22, 90, 21, 23, 22])}
    assert implausible_years(values) == [2019]


def test_a_mostly_zero_series_is_not_judged():
    # Issyk-Kul's share below the international poverty line: 0 in most years, 0.89 in 2018.
    values = dict(zip(range(2007, 2024), [0.05, 0.34, 0.58, 0.11, 0, 0, 0, 0, 0, 0, 0, 0.89, 0, 0, 0, 0, 0]))
    assert implausible_years(values) == []


def test_missing_years_break_the_neighbourhood():
    values = {**BATKEN_NONFATAL, 2021: float("nan")}
    # 2022 now has one neighbour only; with no peers the edge rule cannot judge it.
    assert 2022 not in implausible_years(values)


def test_an_edge_value_needs_the_other_regions_to_be_judged():
    assert implausible_years(BATKEN_FATAL) == []
    peers = {2022: [1.7, 5.0, 9.9, 13.8]}          # Bishkek, Osh city, Jalal-Abad, Talas in 2022
    (found,) = findings(BATKEN_FATAL, peers)
    assert (found.year, found.rule) == (2022, "edge") and found.peer_median == pytest.approx(7.45)
    assert "other regions in 2022" in found.describe()


def test_an_edge_value_in_line_with_its_peers_is_kept_unflagged():
    assert implausible_years(BATKEN_FATAL, {2022: [100.0, 110.0, 130.0, 125.0]}) == []


def test_an_edge_value_needs_enough_peers():
    assert implausible_years(BATKEN_FATAL, {2022: [1.7, 5.0, 9.9]}) == []


def test_accepts_a_series_with_gaps_and_nan():
    series = pd.Series(BATKEN_NONFATAL)
    series[2008] = math.nan
    assert plausibility.implausible_years(series) == [2022]


# ----------------------------------------------------------------------------- the data

def test_what_the_rule_flags_in_the_data_today(data):
    obs = data.observations
    flagged = obs[obs["shown"] & obs["flags"].str.split(";").apply(lambda f: "implausible" in f)]
    found = {(r.indicator_id, r.region, r.sex, r.period) for r in flagged.itertuples()}
    assert found == {
        ("fatal_occupational_injury_rate", "KG-B", "total", "2022"),    # 119.3 against 3-22 (edge rule)
        ("fatal_occupational_injury_rate", "KG-B", "male", "2022"),
        ("fatal_occupational_injury_rate", "KG", "total", "2022"),      # 11.2 against 1.5-6.7
        ("fatal_occupational_injury_rate", "KG", "male", "2022"),
        ("occupational_injury_rate", "KG-B", "total", "2022"),          # 355, then 5.5
        ("occupational_injury_rate", "KG-B", "male", "2022"),
        ("occupational_injury_rate", "KG", "total", "2010"),            # 90.1 against 17-43
        ("occupational_injury_rate", "KG", "male", "2010"),
        ("occupational_injury_rate", "KG-GB", "total", "2010"),
        ("occupational_injury_rate", "KG-GB", "male", "2010"),
    }
    # Kept as published, with the reason beside it.
    batken = flagged[(flagged["indicator_id"] == "occupational_injury_rate") & (flagged["region"] == "KG-B")
                     & (flagged["sex"] == "total")].iloc[0]
    assert batken["value"] == 355.0 and "Breaks sharply" in batken["note"]


def test_other_sources_of_a_flagged_figure_carry_the_flag_too(data):
    obs = data.observations
    national_2010 = obs[(obs["indicator_id"] == "occupational_injury_rate") & (obs["region"] == "KG")
                        & (obs["period"] == "2010") & (obs["sex"] == "total")]
    assert len(national_2010) == 2 and national_2010["flags"].str.contains("implausible").all()


# ----------------------------------------------------------------------------- charts mark them

def test_line_chart_marks_implausible_points_apart(data):
    from analysis import charts
    from analysis.series import SeriesKey, chart_points
    points = chart_points(data, [("Batken", SeriesKey("occupational_injury_rate", "KG-B"))])
    words = charts.Words(title="t", unit="per 100 000", source="s", implausible="implausible value",
                         implausible_note="breaks sharply from the neighbouring years")
    fig = charts.line_chart(points, words, "en", flag_names={"implausible": "Implausible value"})
    marked = [t for t in fig.data if t.name == "Batken (implausible value)"]
    assert len(marked) == 1 and list(marked[0].y) == [355.0]
    assert marked[0].marker.symbol == charts.IMPLAUSIBLE_MARKER["symbol"]
    assert "breaks sharply from the neighbouring years" in marked[0].hovertemplate
    line = [t for t in fig.data if t.name == "Batken"][0]
    assert 355.0 in list(line.y)   # kept on the line, as published


def test_forecast_chart_marks_implausible_history(data):
    from analysis import charts
    history = pd.DataFrame({"year": [2020, 2021, 2022, 2023], "value": [57.7, 69.2, 355.0, 5.5]})
    table = pd.DataFrame(columns=["year", "value", "lo80", "hi80", "lo95", "hi95"])
    fig = charts.forecast_chart(history, table, charts.Words(title="t", unit="u", source="s"), "en",
                                implausible=[2022])
    marked = [t for t in fig.data if t.name == "implausible value"]
    assert len(marked) == 1 and list(marked[0].y) == [355.0]
