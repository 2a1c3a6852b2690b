"""The Labour market page (AppTest in ky, ru, en) and app_pages/labour/compute.py."""
import pandas as pd
import pytest

from analysis import chart_view
from app_pages.labour import compute as view
from tests.test_app import every, open_every_section, open_page

LANGS = ["ky", "ru", "en"]
SECTIONS = ["regions", "sex_age", "registered", "injuries", "youth_informal"]
TITLES = {"ky": "Эмгек рыногу", "ru": "Рынок труда", "en": "Labour market"}
REGIONS = ["KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO"]


def test_ranked_year_has_the_country_and_every_region(data):
    values = view.ranked_year(data, view.UNEMPLOYMENT, 2024)
    assert list(values["code"]) == ["KG", *REGIONS]
    assert values.set_index("code").loc["KG", "value"] == pytest.approx(3.7)
    patchy = view.ranked_year(data, "occupational_injury_rate", 2023).set_index("code")["value"]
    assert patchy.isna().sum() == 2                         # missing regions stay missing, not 0


def test_zero_values_are_pointed_out(data):
    values = view.ranked_year(data, "occupational_injury_rate", 2021)
    assert view.zero_regions(values) == ["KG-O"]


def test_osh_city_starts_later(data):
    assert view.late_starts(data, view.UNEMPLOYMENT, REGIONS) == {"KG-GO": 2013}


def test_registered_share_by_hand(data):
    share = view.registered_share(data).set_index("year")
    assert share.loc[2023, "registered"] == pytest.approx(2.5) and share.loc[2023, "ilo"] == pytest.approx(4.1)
    assert share.loc[2023, "percent"] == pytest.approx(2.5 / 4.1 * 100)
    # 2024's registered rate comes from the NSC's SDG site (1.8), the ILO rate from the SDMX copy
    assert share.loc[2024, "registered"] == pytest.approx(1.8) and share.loc[2024, "ilo"] == pytest.approx(3.7)


def test_figures_without_anything_to_tell_them_apart_are_left_out():
    base = {"indicator_id": "x", "region": "KG", "sex": "total", "area": "total", "age_group": "total",
            "activity": "total", "category": "total", "period": "2018", "value": 1.0}
    rows = pd.DataFrame([base, {**base, "value": 2.0}, {**base, "activity": "ISIC4_A", "value": 3.0},
                         {**base, "indicator_id": "y"}])
    kept, left_out = view.unique_figures(rows)
    assert list(kept["value"]) == [3.0, 1.0] and list(left_out["value"]) == [1.0, 2.0]


def test_program_figures(data):
    rows, left_out = view.program_rows(data)
    informal = rows[rows["indicator_id"] == "informal_employment_share"]
    assert list(informal["value"]) == [70.8] and list(informal["period"]) == ["2018"]
    assert left_out.empty                                   # the non-observed economy rows differ by activity


@pytest.mark.parametrize("lang", LANGS)
def test_page_runs_in_every_language(lang):
    opened = open_every_section("labour", lang, SECTIONS)
    for section, at in opened.items():
        assert not at.exception, (section, [e.value for e in at.exception])
        assert at.title[0].value == TITLES[lang] and len(at.tabs) == 5
        assert not at.warning
    assert [c.key for c in every(opened, "plotly_chart")] == [
        "labour_regions_chart", "labour_ranked_chart", "labour_sex_age_chart", "labour_registered_chart",
        "labour_injury_chart", "labour_injury_ranked_chart", "labour_neet_chart"]
    assert len(every(opened, "dataframe")) == 1
    # the country plus the regions with the highest and lowest latest rate, until the reader picks
    assert opened["regions"].multiselect(key="labour_regions").value == ["KG-J", "KG-O"]
    assert opened["regions"].select_slider(key="labour_year").value == 2024
    assert opened["sex_age"].selectbox(key="labour_by").value == "sex"
    assert opened["injuries"].selectbox(key="labour_injury").value == "occupational_injury_rate"
    assert opened["injuries"].select_slider(key="labour_injury_year").value == 2023


def test_url_parameters_set_the_widgets():
    params = dict(regions="KG-B,KG-C", year="2015", by="age_group", injury="fatal_occupational_injury_rate",
                  injury_year="2010")
    opened = open_every_section("labour", "ru", ["regions", "sex_age", "injuries"], **params)
    assert not any(at.exception or at.warning for at in opened.values())
    assert opened["regions"].multiselect(key="labour_regions").value == ["KG-B", "KG-C"]
    assert opened["regions"].select_slider(key="labour_year").value == 2015
    assert opened["sex_age"].selectbox(key="labour_by").value == "age_group"
    assert opened["injuries"].selectbox(key="labour_injury").value == "fatal_occupational_injury_rate"
    assert opened["injuries"].select_slider(key="labour_injury_year").value == 2010


def test_bad_parameters_fall_back_with_notices():
    opened = open_every_section("labour", "en", ["regions", "sex_age"], regions="KG-B,XX", by="income", year="1900")
    assert not any(at.exception for at in opened.values())
    assert len(opened["regions"].warning) == 2 and len(opened["sex_age"].warning) == 1
    assert opened["regions"].multiselect(key="labour_regions").value == ["KG-B"]
    assert opened["sex_age"].selectbox(key="labour_by").value == "sex"
    assert opened["regions"].select_slider(key="labour_year").value == 2024


def test_a_zero_in_the_source_is_explained():
    at = open_page("labour", "en", section="injuries", injury_year="2021")
    assert any("gives 0" in c.value and "Osh oblast" in c.value for c in at.caption)


def test_charts_hold_exactly_what_they_draw(data):
    from app_pages.labour import content as labour
    made = labour.regions_chart(data, "en", ("KG-J", "KG-O"))
    rows = chart_view.observations(data, made)
    assert set(rows["region"]) == {"KG", "KG-J", "KG-O"} and (rows["indicator_id"] == view.UNEMPLOYMENT).all()
    assert made.map_indicator == view.UNEMPLOYMENT and made.map_year == 2024 and "table view" in made.alt
    bars, _ = labour.ranked(data, "en", view.UNEMPLOYMENT, 2024)
    drawn = view.ranked_year(data, view.UNEMPLOYMENT, 2024).dropna(subset=["value"])
    rows = chart_view.observations(data, bars)
    assert list(rows["region"]) == list(drawn["code"]) and list(rows["value"]) == list(drawn["value"])
    assert (rows["period"] == "2024").all() and bars.views == ("chart", "table", "map")
    assert bars.alt.startswith("Unemployment rate") and "Highest:" in bars.alt
    injuries, _ = labour.ranked(data, "en", "occupational_injury_rate", 2023)
    assert len(injuries.rows) == 8                          # two regions have no value that year: not drawn, not listed
    registered, _ = labour.registered(data, "ru")
    ids = set(chart_view.observations(data, registered)["indicator_id"])
    assert ids == {view.UNEMPLOYMENT, view.REGISTERED} and registered.views == ("chart", "table")


def test_a_picked_region_and_the_table_view():
    at = open_page("labour", "en", section="regions", regions="KG-C")
    assert not at.exception and at.multiselect(key="labour_regions").value == ["KG-C"]
    assert at.button(key="labour_regions_all") and at.button(key="labour_regions_clear")
    at = open_page("labour", "en", section="regions", **{"view.labour_ranked": "table"})
    assert not at.exception and len(at.dataframe) == 1 and len(at.dataframe[0].value) == 10
