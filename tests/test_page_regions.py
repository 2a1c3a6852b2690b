"""Regions page: mappable indicators, map values and a region's profile (analysis/regions_view.py),
and the page in AppTest."""
import json
import math

import pandas as pd
import pytest

from analysis import maps, trends
from analysis import regions_view as view
from analysis.geometry import ISO_CODES
from analysis.schema import source_columns
from tests.test_app import open_page
from ui.format import number as format_number
from ui.i18n import t
from ui.i18n import escape_markdown  # notices quote URL values escaped (literal text)

SHARE = view.SHARE_OF_NATION


def words(lang):
    return (lambda key, **values: t(key, lang, **values)), (lambda v, d: format_number(v, d, lang))


# --- analysis/regions_view.py -------------------------------------------------------------

def test_regional_indicators(data):
    options = view.regional_indicators(data)
    assert options[0] == "poverty_rate"
    assert {"poverty_rate", "unemployment_rate", SHARE, "avg_monthly_wage", "pension_financing"} <= set(options)
    assert "avg_pension" not in options and "social_protection_coverage" not in options   # national only


def test_map_periods_never_make_a_quarter_a_year(data):
    assert view.map_periods(data, "avg_monthly_wage") == {2011: "2011-01/11", 2018: "2018", 2019: "2019-Q1",
                                                          2025: "2025"}
    assert list(view.map_periods(data, "poverty_rate")) == list(range(2007, 2024))


def test_map_data_keeps_missing_missing(data):
    shown = view.map_data(data, "poverty_rate", 2010)
    assert list(shown.values.index) == list(ISO_CODES)
    assert math.isnan(shown.values["KG-GO"])                 # Osh city's 0 in the SDMX file is not a value
    assert shown.flags["KG-GO"] == ("missing_zero_in_source",)
    assert shown.missing == ("KG-GO",) and shown.source_ids == ("nsc_sdg_sdmx",)
    assert view.flag_groups(shown) == {"missing_zero_in_source": ["KG-GO"]}
    ranks = trends.ranks(data, "poverty_rate", 2010).set_index("region")["value"]
    pd.testing.assert_series_equal(shown.values.drop("KG-GO"), ranks.reindex(list(ISO_CODES)).drop("KG-GO"),
                                   check_names=False)


def test_share_of_the_nation_adds_up_to_national_coverage(data):
    shown = view.map_data(data, SHARE, 2024)
    assert shown.values.sum() == pytest.approx(16.1, abs=0.01)
    coverage = trends.annual_values(data, trends.SeriesKey("social_protection_coverage"))
    assert shown.values.sum() == pytest.approx(coverage[2024], abs=0.01)


def test_colours_scale_and_local_numbers():
    assert view.reverse_colors("false") and view.reverse_colors("") and not view.reverse_colors("true")
    assert view.scale(pd.Series([8.2e9, 1.79e10])) == (1e9, "billion")
    assert view.scale(pd.Series([2.5e7, math.nan])) == (1e6, "million")
    assert view.scale(pd.Series([29.8])) == (1.0, None)
    assert view.scale(pd.Series([math.nan])) == (1.0, None)
    assert view.local_number("12,345.6", "ru") == "12\u00a0345,6"
    assert view.local_number("12,345.6", "en") == "12,345.6"


def test_localise_map_rewrites_labels_and_hover(data):
    shown = view.map_data(data, "avg_monthly_wage", 2025)
    fig = maps.choropleth(shown.values, {c: c for c in ISO_CODES}, "t", "som", ",.0f", missing_label="нет данных")
    view.localise_map(fig, "ru")
    texts = {a.name: a.text for a in fig.layout.annotations if a.name in ISO_CODES}
    assert texts["KG-GB"] == "KG-GB<br><b>54\u00a0618</b>"
    hover = [row[1] for trace in fig.data if trace.customdata is not None for row in trace.customdata]
    assert "som: 54\u00a0618" in hover
    assert fig.layout.separators == ", "


def test_profile_of_osh_city(data):
    table = view.profile(data, "KG-GO").set_index("indicator_id")
    poverty = table.loc["poverty_rate"]
    assert poverty["period"] == "2023" and poverty["value"] == pytest.approx(13.872130, abs=1e-5)
    ranks = trends.ranks(data, "poverty_rate", 2023).set_index("region")
    assert poverty["rank"] == ranks.loc["KG-GO", "rank"] == 1 and poverty["ranked"] == 9
    assert poverty["rank_basis"] == "lower_better" and poverty["previous_period"] == "2022"
    assert table.loc[SHARE, "rank_basis"] == "highest_first"
    assert table.loc["avg_monthly_wage", "rank_basis"] == "higher_better"
    assert table.loc["pension_financing", "period"] == "2025-01/11"   # a months range, ranked in that period
    # an indicator Osh city has no value for stays in the table, missing
    assert math.isnan(table.loc["wage_arrears_regional_share", "value"])
    assert table.loc["wage_arrears_regional_share", "ranked"] == 0


def test_profile_display_words(data):
    say, number = words("en")
    shown = view.profile_display(data, view.profile(data, "KG-GO"), "en", say, number).set_index("indicator")
    row = shown.loc["Poverty rate"]
    assert (row["value"], row["period"], row["rank"]) == ("13.9%", "2023", "1 of 9 · lower is better")
    assert row["change"].startswith("\u2212") and row["change"].endswith("pp (since 2022)")
    assert row["source"] == "National Statistical Committee of the Kyrgyz Republic"
    assert shown.loc["Regional share of wage arrears", "value"] == "no data"
    wage = shown.loc["Average monthly wage"]
    assert "Secondary source (news report)" in wage["flags"]
    say, number = words("ky")
    ky = view.profile_display(data, view.profile(data, "KG-GO"), "ky", say, number)
    assert ky.loc[0, "rank"] == "9 аймактын ичинен 1-орун · азы жакшы" and ky.loc[0, "period"] == "2023-ж."
    assert ky.loc[0, "value"] == "13,9 %"
    pension = ky.set_index("indicator").loc[data.indicators.loc["pension_financing", "name_ky"]]
    assert pension["value"] == "4,4 млрд сом" and pension["change"] == "мурунку маани жок"
    injuries = ky.set_index("indicator").loc[data.indicators.loc["occupational_injury_rate", "name_ky"]]
    assert injuries["value"].endswith(" (100 000 иштегенге)")
    assert ky.loc[0, "source"] == "Кыргыз Республикасынын Улуттук статистика комитети"


# --- the page -----------------------------------------------------------------------------

def map_spec(at):
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_regions_page_in_each_language(lang, data):
    at = open_page("regions", lang)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.warning
    assert at.title[0].value == t("regions.title", lang)
    spec = map_spec(at)
    assert [tr["type"] for tr in spec["data"]].count("choroplethmap") == 4   # the country, Osh city's inset
    assert {a.get("name"): a["text"] for a in spec["layout"]["annotations"]}["attribution"] == t(
        "regions.map_attribution", lang)
    assert at.selectbox(key="regions_indicator").value == "poverty_rate"
    assert at.select_slider(key="regions_year").value == 2023
    assert at.selectbox(key="regions_region").value == "KG-B"
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == len(view.regional_indicators(data))
    assert at.dataframe[0].value.columns[0] == t("regions.col_indicator", lang)
    captions = [c.value for c in at.main.caption]                       # the sidebar says "data as of"
    assert captions[0].startswith(t("chart.source", lang))              # under the map
    assert data.sources.loc["nsc_sdg_sdmx", source_columns(lang)[1]] in captions[0]   # in the reader's language
    assert captions[-1].startswith(t("chart.source", lang))             # under the profile


def test_regions_map_fills_its_column_and_has_a_table_view():
    at = open_page("regions", "en")
    (element,) = at.get("plotly_chart")
    assert element.key == "regions_map" and element.proto.alt.startswith("Poverty rate, 2023. Highest: Batken oblast")
    assert "width" not in json.loads(element.proto.spec)["layout"]       # responsive: as wide as the page
    assert any(".st-key-regions_map " in h.proto.body for h in at.get("html"))   # its height keeps its shape
    at = open_page("regions", "ru", indicator="unemployment_rate", year="2015", **{"view.regions_map": "table"})
    assert not at.exception and not at.warning and not at.get("plotly_chart")
    table = at.dataframe[0].value                                         # the map's values, then the profile
    assert len(table) == 9 and set(table["Период"]) == {"2015 г."} and table["Значение"].notna().all()
    assert [c.value for c in at.main.caption][0].startswith(t("chart.source", "ru"))   # the notes stay under it


def test_regions_url_round_trip():
    at = open_page("regions", "en", indicator="unemployment_rate", year="2015", region="KG-GB")
    assert not at.exception and not at.warning
    assert at.selectbox(key="regions_indicator").value == "unemployment_rate"
    assert at.select_slider(key="regions_year").value == 2015
    assert at.selectbox(key="regions_region").value == "KG-GB"
    assert "2015" in map_spec(at)["layout"]["title"]["text"]
    at.selectbox(key="regions_region").set_value("KG-N").run()
    at.select_slider(key="regions_year").set_value(2020).run()
    assert at.query_params["region"] == "KG-N" and at.query_params["year"] == "2020"
    assert at.query_params["indicator"] == "unemployment_rate"
    at.selectbox(key="regions_region").set_value("KG-B").run()            # back to the default: left out
    assert "region" not in at.query_params


def test_regions_bad_parameters_fall_back_with_notices():
    at = open_page("regions", "en", indicator="<b>nonsense</b>", year="1800", region="XX")
    assert not at.exception
    assert len(at.warning) == 3 and escape_markdown("<b>nonsense</b>") in at.warning[0].value
    assert at.selectbox(key="regions_indicator").value == "poverty_rate"
    assert at.select_slider(key="regions_year").value == 2023
    assert at.selectbox(key="regions_region").value == "KG-B"


def test_changing_indicator_drops_a_year_it_lacks_without_a_notice():
    at = open_page("regions", "en", year="2010")
    at.selectbox(key="regions_indicator").set_value("pension_financing").run()
    assert not at.exception and not at.warning
    assert "year" not in at.query_params
    spec = map_spec(at)
    assert "January–November 2025" in spec["layout"]["title"]["text"]
    assert "billion som" in json.dumps(spec)
    assert any("not a full-year value" in i.value for i in at.info)


def test_share_of_national_population_says_it_is_not_a_rate():
    at = open_page("regions", "ru", indicator=SHARE)
    assert not at.exception and not at.warning
    assert "не уровень в регионе" in map_spec(at)["layout"]["title"]["text"]
    assert any("16,1" in i.value and "не уровень охвата" in i.value for i in at.info)


def test_flag_groups_say_every_region_once(data):
    shown = view.map_data(data, "pension_financing", 2025)
    assert view.flag_groups(shown) == {"secondary": ["*"]}
    shown = view.map_data(data, "avg_monthly_wage", 2019)
    assert view.flag_groups(shown) == {"secondary": ["*"]}              # the three regions the map has
