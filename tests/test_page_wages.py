"""The Wages page (AppTest in ky, ru, en) and app_pages/wages/compute.py, with the figure and table
helpers the four topic pages share (analysis/topic_figures.py, analysis/topic_tables.py)."""
import math

import pandas as pd
import pytest

from analysis import chart_view, charts, periods
from analysis import topic_figures, topic_tables
from app_pages.wages import compute as view
from analysis.series import SeriesKey
from tests.test_app import open_page
from ui.format import number

LANGS = ["ky", "ru", "en"]
TITLES = {"ky": "Эмгек акы", "ru": "Заработная плата", "en": "Wages"}


# --- the gender gap, by hand ---------------------------------------------------------------

def test_gender_gap_by_hand_for_2023(data):
    gap = view.gender_gap(data).set_index("year")
    # NSC SDMX, 2023, all activities: women 26 950.0 som, men 36 693.0 som.
    assert gap.loc[2023, "female"] == 26950.0 and gap.loc[2023, "male"] == 36693.0
    # 26950 / 36693 = 0.734472... so the gap is -26.55 %: women earn about a quarter less.
    assert gap.loc[2023, "gap_percent"] == pytest.approx(-26.5527, abs=1e-3)
    assert gap.loc[2011, "gap_percent"] == pytest.approx((8365.6 / 10675.2 - 1) * 100)


def test_gender_gap_only_where_both_sexes_have_a_value(data):
    gap = view.gender_gap(data)
    assert list(gap["year"]) == list(range(2011, 2025))
    assert gap["gap_percent"].notna().all() and (gap["gap_percent"] < 0).all()
    points = view.gap_points(gap, "gap")
    assert list(points.columns) == topic_figures.POINT_COLUMNS and not points["secondary"].any()


def test_the_gap_chart_lists_the_wages_it_is_computed_from(data):
    from app_pages.wages import content as wages
    _, made, _ = wages.by_sex(data, "en")
    rows = chart_view.observations(data, made)
    assert set(rows["sex"]) == {"female", "male"} and set(rows["period"]) == {str(y) for y in range(2011, 2025)}
    assert len(rows) == 28
    table = chart_view.table(data, made, "en")
    gaps = table[table["Indicator"] == "Gender wage gap"]
    assert len(gaps) == 14 and (gaps["Unit"] == "%").all() and gaps["Breakdown"].str.contains("÷").all()
    assert gaps.loc[gaps["Period"] == "2023", "Value"].iloc[0] == pytest.approx(-26.5527, abs=1e-3)
    assert gaps["Source"].str.startswith("National Statistical Committee").all()
    assert list(made.computed.columns) == list(chart_view.TABLE_HEADERS["en"].values())
    assert "Gender wage gap: -" in made.alt
    for lang in ("ky", "ru"):
        computed = wages.by_sex(data, lang)[1].computed
        assert list(computed.columns) == list(chart_view.TABLE_HEADERS[lang].values())


def test_bars_hold_exactly_their_drawn_values(data):
    from app_pages.wages import content as wages
    made = wages.activities(data, "ru", 2023, "total")
    drawn = view.activity_ranking(data, 2023, "total").dropna(subset=["value"])
    rows = chart_view.observations(data, made)
    assert sorted(rows["value"]) == sorted(drawn["value"]) and made.views == ("chart", "table")
    arrears, _ = wages.arrears_chart(data, "en")
    rows = chart_view.observations(data, arrears)
    assert rows.set_index("region")["value"].to_dict() == {"KG-J": 11.0, "KG-Y": 13.0, "KG-C": 48.0, "KG-GB": 8.0}
    assert arrears.map_indicator == view.ARREARS_SHARE and arrears.map_year == 2019
    assert "Highest: Chui oblast 48%; lowest: Bishkek city 8%" in arrears.alt


# --- the series the page draws --------------------------------------------------------------

def test_wages_are_nominal_and_say_so(data):
    from analysis import trends
    assert trends.summarise(data, SeriesKey(view.WAGE)).real_terms == "no_deflator"


def test_latest_national_value_is_secondary_and_official_tables_end_earlier(data):
    key = SeriesKey(view.WAGE)
    assert view.last_primary_year(data, key) == 2023
    assert view.is_secondary(data, key, 2024) and not view.is_secondary(data, key, 2023)


def test_activity_ranking_has_every_activity_and_the_total(data):
    ranking = view.activity_ranking(data, 2023, "total").set_index("code")
    assert list(ranking.index) == [*view.ACTIVITY_CODES, "total"]
    assert ranking.loc["ISIC4_J", "value"] == 59381.0 and ranking.loc["total", "value"] == 31187.0
    assert view.activity_years(data, "total") == list(range(2014, 2024))
    assert view.activity_years(data, "female") == list(range(2011, 2025))
    # A year without activity values gives missing values, never 0.
    empty = view.activity_ranking(data, 2012, "total").set_index("code")
    assert empty.loc[list(view.ACTIVITY_CODES), "value"].isna().all()


def test_comparison_points_keep_each_period(data):
    points = view.comparison_points(data, ["minimum_wage", "sm_per_capita"],
                                    {"minimum_wage": "m", "sm_per_capita": "s"})
    assert "2022-12" in set(points["period"]) and "2021-Q1" in set(points["period"])
    assert points.loc[points["period"] == "2021-Q1", "secondary"].all()
    assert view.planned_minimum_wage_years(data) == [2026, 2027, 2028]
    assert view.comparison_points(data, [], {}).empty
    assert set(points["row"]) <= set(data.observations.index)       # what the chart's download holds


def test_regional_rows_are_not_a_series(data):
    rows = view.regional_rows(data)
    assert len(rows) and (rows["region"] != "KG").all()
    kinds = {periods.label(p, "en") for p in rows["period"]}
    assert "January–November 2011" in kinds and "Q1 2019" in kinds


def test_arrears_are_shares_of_the_national_total(data):
    period, shares = view.arrears_shares(data)
    assert period == "2019-01-01"
    named = shares.dropna(subset=["value"]).set_index("code")["value"]
    assert named.to_dict() == {"KG-J": 11.0, "KG-Y": 13.0, "KG-C": 48.0, "KG-GB": 8.0}
    assert shares["value"].isna().sum() == 5                # the other regions: missing, not 0


# --- the shared helpers -----------------------------------------------------------------------

def _points(rows):
    return pd.DataFrame(rows, columns=topic_figures.POINT_COLUMNS)


def test_missing_years_become_gaps():
    points = _points([("a", "2010", 1.0, "", False, "s"), ("a", "2013", 2.0, "", False, "s"),
                      ("a", "2011-Q2", 5.0, "", True, "t")])
    filled = topic_figures.with_gaps(points)
    assert set(filled["period"]) == {"2010", "2011", "2012", "2013", "2011-Q2"}
    assert filled.loc[filled["period"].isin(["2011", "2012"]), "value"].isna().all()


def test_a_secondary_quarter_does_not_cut_the_annual_line():
    points = _points([("a", "2018", 1.0, "", False, "s"), ("a", "2019-Q1", 2.0, "", True, "t"),
                      ("a", "2019", 3.0, "", False, "s"), ("a", "2021", 4.0, "", False, "s")])
    fig = topic_figures.line_figure(points, charts.Words("t", "%", "Source: x"), "en", 1)
    line = next(tr for tr in fig.data if tr.mode == "lines+markers")
    labels = [c[0] for c in line.customdata]
    assert "Q1 2019" not in labels                          # the quarter no longer cuts 2018-2019
    assert labels == ["2018", "2019", "2020", "2021"]        # ... but the missing 2020 stays a gap
    assert math.isnan(list(line.y)[2])
    hollow = next(tr for tr in fig.data if tr.mode == "markers")
    assert [c[0] for c in hollow.customdata] == ["Q1 2019"]


def test_source_line_and_legend_fit_under_the_plot():
    points = _points([(f"series {i}", "2020", float(i), "", i % 2 == 0, "s") for i in range(6)])
    source = "Source: " + "a long publisher and title; " * 12
    fig = topic_figures.line_figure(points, charts.Words("t", "%", source), "en", 1)
    annotation = next(a for a in fig.layout.annotations if a.text.startswith("Source:"))
    lines = annotation.text.count("<br>") + 1
    assert lines > 1 and annotation.y == 0 and annotation.yshift < 0
    assert -annotation.yshift + 15 * lines <= fig.layout.margin.b   # inside the figure
    assert fig.layout.legend.y < 0 and fig.layout.legend.entrywidth == 0.5


def test_bars_write_numbers_in_the_language_and_hover_the_period():
    values = pd.DataFrame({"label": ["A", "B", "C"], "value": [12345.6, 2.5, math.nan], "flags": ["approx", "", ""],
                           "code": ["a", "b", "c"]})
    fig = topic_figures.bars_figure(values, charts.Words("t", "%", "Source: x", no_data="no data"), "ru", 1, "2020 г.",
                           {"approx": "Приблизительно"})
    bar = fig.data[0]
    assert bar.text is None and "%{x:,.1f}" in bar.texttemplate
    assert fig.layout.separators == ", "
    assert "2020 г.:" in bar.hovertemplate and "Приблизительно" in str(bar.customdata)
    assert any(a.text.startswith("no data: C") for a in fig.layout.annotations)


def test_localised_numbers():
    assert topic_figures.localise_numbers("12,345.6", "ru") == "12\u202f345,6"
    assert topic_figures.localise_numbers("Ош: 0.60", "ky") == "Ош: 0,60"
    assert topic_figures.localise_numbers("12,345.6", "en") == "12,345.6"


def test_tables_never_show_zero_for_missing(data):
    rows = data.observations[data.observations["indicator_id"] == "avg_monthly_wage"].head(2).copy()
    rows["value"] = [math.nan, 0.0]
    table = topic_tables.figures_table(data, rows, "ru", number, ("показано", "другое"))
    assert list(table["value"]) == ["—", "0"]
    assert table["value_unit"].iloc[0] == "—"


def test_flagged_numbers():
    assert topic_tables.flagged_number(1000, 0, "as_worded;lower_bound", "ru", number) == "> 1\u202f000"
    assert topic_tables.flagged_number(11000, 0, "approx", "en", number) == "≈ 11,000"
    assert topic_tables.flagged_number(5, 0, "", "en", number) == "5"


# --- the page -----------------------------------------------------------------------------------

SECTIONS = ["national", "by_sex", "by_activity", "minimums", "regional"]
TABS = {"ky": "Өлкө боюнча", "ru": "По стране", "en": "National"}


@pytest.mark.parametrize("lang", LANGS)
def test_page_runs_in_every_language(lang):
    at = open_page("wages", lang)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == TITLES[lang]
    assert len(at.tabs) == 5 and at.tabs[0].label == TABS[lang]
    assert [c.key for c in at.get("plotly_chart")] == ["wages_national_chart"]    # the hidden tabs are not built
    assert not at.warning and "section" not in at.query_params
    assert at.info, "the page says the wages are nominal"


@pytest.mark.parametrize("lang", LANGS)
def test_every_section_in_every_language(lang):
    charts, tables = [], 0
    for section in SECTIONS:
        at = open_page("wages", lang, section=section)
        assert not at.exception, (section, [e.value for e in at.exception])
        assert not at.warning and at.query_params.get("section", "national") == section
        charts += [c.key for c in at.get("plotly_chart")]
        tables += len(at.dataframe)
        if section == "by_activity":
            assert at.selectbox(key="wages_sex").value == "total"
            assert at.select_slider(key="wages_year").value == 2023
        if section == "minimums":
            assert at.multiselect(key="wages_compare").value == list(view.DEFAULT_COMPARISONS)
    assert charts == ["wages_national_chart", "wages_sex_chart", "wages_gap_chart", "wages_activity_chart",
                      "wages_minimums_chart", "wages_arrears_chart"]
    assert tables == 4


def test_nominal_notice_in_every_language():
    words = {"ky": "номиналдык", "ru": "номинальная", "en": "nominal"}
    for lang, word in words.items():
        at = open_page("wages", lang)
        assert word in at.info[0].value


def test_url_parameters_set_the_widgets():
    at = open_page("wages", "en", section="by_activity", sex="female", year="2012", compare="wage,sm_pensioners")
    assert not at.exception and not at.warning
    assert at.selectbox(key="wages_sex").value == "female"
    assert at.select_slider(key="wages_year").value == 2012
    at = open_page("wages", "en", section="minimums", sex="female", year="2012", compare="wage,sm_pensioners")
    assert at.multiselect(key="wages_compare").value == ["wage", "sm_pensioners"]
    assert at.query_params["sex"] == "female", "a hidden section's parameters stay in the address"


def test_bad_parameters_fall_back_with_notices():
    at = open_page("wages", "ru", section="by_activity", sex="nobody", year="1800", compare="wage,<b>x</b>")
    assert not at.exception
    assert len(at.warning) == 2
    assert at.selectbox(key="wages_sex").value == "total"
    assert at.select_slider(key="wages_year").value == 2023
    at = open_page("wages", "ru", section="minimums", compare="wage,<b>x</b>")
    assert len(at.warning) == 1 and at.multiselect(key="wages_compare").value == ["wage"]
    at = open_page("wages", "ru", section="<b>x</b>")
    assert len(at.warning) == 1 and at.tabs[0].label == "По стране" and "section" not in at.query_params


def test_a_year_without_activity_values_for_both_sexes_is_refused():
    at = open_page("wages", "en", section="by_activity", year="2012")   # women and men have 2012, both sexes not
    assert len(at.warning) == 1 and at.select_slider(key="wages_year").value == 2023


def test_the_table_view_of_a_chart():
    at = open_page("wages", "en", section="by_sex", **{"view.wages_gap": "table"})
    assert not at.exception and not at.warning
    assert [c.key for c in at.get("plotly_chart")] == ["wages_sex_chart"] and len(at.dataframe) == 1
    assert len(at.dataframe[0].value) == 28 + 14              # women's and men's wages, then the gaps


def test_switching_sex_to_one_without_the_chosen_year_needs_no_notice():
    at = open_page("wages", "en", section="by_activity", sex="female", year="2012")
    at.selectbox(key="wages_sex").set_value("total").run()
    assert not at.exception and not at.warning
    assert at.select_slider(key="wages_year").value == 2023 and "year" not in at.query_params
