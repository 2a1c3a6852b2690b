"""Change since a base year (analysis/change.py): percentage points for rates, percent for
levels, NaN where a series has no base-year value (never interpolated); regions ranked by it."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import change
from analysis.series import SeriesKey, chart_points


def _points(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["series", "period", "value", "flags", "secondary", "source_id", "row"])


POINTS = _points([
    ("A", "2017", 30.0, "", False, "s", 1), ("A", "2018", 25.0, "", False, "s", 2), ("A", "2020", 20.0, "", False, "s", 3),
    ("B", "2017", 10.0, "", False, "s", 4), ("B", "2019", 12.0, "", False, "s", 5),       # no 2018 value
    ("A", "2019-Q1", 21.0, "", True, "t", 6),
])


def test_rates_change_in_percentage_points_since_the_base_year():
    out = change.since(POINTS, 2018, "rate")
    a = out[out["series"] == "A"].set_index("period")["value"]
    assert a.to_dict() == {"2017": 5.0, "2018": 0.0, "2020": -5.0}
    assert "2019-Q1" not in set(out["period"])          # a quarter is not compared with a year
    assert list(out.columns) == list(POINTS.columns) and list(out[out["series"] == "A"]["row"]) == [1, 2, 3]


def test_levels_change_in_percent():
    out = change.since(POINTS, 2018, "level")
    a = out[out["series"] == "A"].set_index("period")["value"]
    assert a["2017"] == pytest.approx(20.0) and a["2020"] == pytest.approx(-20.0) and a["2018"] == 0


def test_no_base_value_gives_nan_never_a_neighbour():
    out = change.since(POINTS, 2018, "rate")
    b = out[out["series"] == "B"]
    assert len(b) == 2 and b["value"].isna().all()      # 2017 and 2019 exist; nothing made up for 2018
    assert "2018" not in set(b["period"])


def test_a_missing_value_stays_missing():
    points = _points([("A", "2018", 5.0, "", False, "s", 1), ("A", "2019", math.nan, "", False, "s", 2),
                      ("A", "2020", 7.0, "", False, "s", 3)])
    values = change.since(points, 2018, "rate")["value"].tolist()
    assert values[0] == 0 and math.isnan(values[1]) and values[2] == 2.0


def test_a_level_of_zero_at_the_base_has_no_percent_change():
    points = _points([("A", "2018", 0.0, "", False, "s", 1), ("A", "2019", 4.0, "", False, "s", 2)])
    assert math.isnan(change.since(points, 2018, "level")["value"].iloc[1])


def test_the_program_baseline_is_2018():
    assert change.BASE_YEAR == 2018


def test_since_on_real_points_matches_the_values(data):
    points = chart_points(data, [("Batken", SeriesKey("poverty_rate", "KG-B"))])
    out = change.since(points, 2018, change.kind_of(data, "poverty_rate")).set_index("period")["value"]
    values = points.set_index("period")["value"]
    assert out["2023"] == pytest.approx(values["2023"] - values["2018"])


def test_ranking_of_regions_by_change(data):
    table = change.ranking(data, "poverty_rate", 2018, 2023)
    assert list(table.columns) == ["region", "value_base", "value", "change", "flags", "rows"]
    assert "KG" not in set(table["region"]) and len(table) == len(data.regions) - 1
    present = table.dropna(subset=["change"])
    assert list(present["change"]) == sorted(present["change"], reverse=True)
    assert (present["change"] == present["value"] - present["value_base"]).all()
    assert (table["flags"] == "possible_break").all()          # 2021 lies between 2018 and 2023
    obs = data.observations
    for _, row in present.iterrows():                            # the rows are the two observations shown
        shown = obs.loc[list(row["rows"])]
        assert sorted(shown["period"]) == ["2018", "2023"] and set(shown["region"]) == {row["region"]}
        assert sorted(shown["value"]) == sorted([row["value_base"], row["value"]])


def test_ranking_before_a_break_carries_no_flag(data):
    table = change.ranking(data, "poverty_rate", 2015, 2018)
    assert (table["flags"] == "").all()
