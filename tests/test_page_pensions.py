"""The Pensions and social protection page (AppTest in ky, ru, en) and analysis/pensions_view.py."""
import json

import pytest

from analysis import pensions_view as view
from analysis import topic_tables
from tests.test_app import every, open_every_section, open_page
from ui.i18n import t

SECTIONS = ["pensioners", "below", "coverage", "benefits", "spending"]
LANGS = ["ky", "ru", "en"]
TITLES = {"ky": "Пенсиялар жана социалдык коргоо", "ru": "Пенсии и социальная защита",
          "en": "Pensions and social protection"}
NOT_A_RATE = {"ky": "ЭМЕС", "ru": "НЕ уровень охвата", "en": "NOT coverage rates"}


def test_pension_against_minimum_only_for_the_same_period(data):
    matched = view.pension_against_minimum(data).set_index("period")
    assert list(matched.index) == ["2018", "2019"]          # no quarter or month matched with a year
    # 2018, both from the Program: 5 927 som against 4 282.99 som.
    assert matched.loc["2018", "percent"] == pytest.approx(5927 / 4282.99 * 100)
    assert not matched.loc["2018", "secondary"] and matched.loc["2019", "secondary"]


def test_regional_values_are_parts_of_the_national_rate(data):
    for year in topic_tables.years_with_values(data, view.REGIONAL):
        total, national, count = view.regional_check(data, year)
        assert count == 9
        # They add up to the national coverage (up to rounding; 2008 is 0.18 points off in the source).
        assert total == pytest.approx(national, abs=0.2), year
    shares = view.regional_shares(data, 2024)
    assert "KG" not in set(shares["code"]) and shares["value"].notna().all()


def test_pensioner_counts_keep_their_dates(data):
    rows = view.pensioner_rows(data)
    counts = rows[(rows["indicator_id"] == view.PENSIONERS) & (rows["category"] == "total")]
    assert "2018-12-31" in set(counts["period"]) and "2025-09-01" in set(counts["period"])
    assert not any(p.isdigit() for p in counts["period"])    # none of them is an annual value


def test_financing_is_regional(data):
    rows = view.financing_rows(data)
    assert len(rows) == 9 and set(rows["period"]) == {"2025-01/11"}


@pytest.mark.parametrize("lang", LANGS)
def test_page_runs_in_every_language(lang):
    opened = open_every_section("pensions", lang, SECTIONS)
    for section, at in opened.items():
        assert not at.exception, (section, [e.value for e in at.exception])
        assert at.title[0].value == TITLES[lang] and len(at.tabs) == 5
        assert not at.warning
    assert [c.key for c in every(opened, "plotly_chart")] == [
        "pensions_pensioners_chart", "pensions_pension_chart", "pensions_below_chart", "pensions_coverage_chart",
        "pensions_regional_chart", "pensions_map", "pensions_benefits_chart", "pensions_spending_chart"]
    assert len(every(opened, "dataframe")) == 4
    assert opened["below"].selectbox(key="pensions_below").value == view.BELOW[0]
    assert opened["coverage"].select_slider(key="pensions_year").value == 2024
    assert any(NOT_A_RATE[lang] in info.value for info in opened["coverage"].info)
    (regional_map,) = [json.loads(c.proto.spec) for c in every(opened, "plotly_chart") if c.key == "pensions_map"]
    assert any(a.get("name") == "attribution" and a["text"] == t("regions.map_attribution", lang)
               for a in regional_map["layout"]["annotations"])


def test_url_parameters_set_the_widgets():
    at = open_page("pensions", "en", section="below", below=view.BELOW[1], year="2015")
    assert not at.exception and not at.warning
    assert at.selectbox(key="pensions_below").value == view.BELOW[1]
    at = open_page("pensions", "en", section="coverage", below=view.BELOW[1], year="2015")
    assert not at.exception and not at.warning
    assert at.select_slider(key="pensions_year").value == 2015


def test_bad_parameters_fall_back_with_notices():
    at = open_page("pensions", "ru", section="below", below="coverage", year="2030")
    assert not at.exception
    assert len(at.warning) == 1 and at.selectbox(key="pensions_below").value == view.BELOW[0]
    at = open_page("pensions", "ru", section="coverage", below="coverage", year="2030")
    assert len(at.warning) == 1 and at.select_slider(key="pensions_year").value == 2024
