"""Overview page: the headline cards' arithmetic (analysis/overview_view.py) and the page in AppTest."""
import json
import math

import pandas as pd
import pytest

from analysis import overview_view as view
from analysis import trends
from analysis.series import SeriesKey
from tests.test_app import open_page
from ui.format import number as format_number
from ui.i18n import t


def words(lang):
    return (lambda key, **values: t(key, lang, **values)), (lambda v, d: format_number(v, d, lang))


# --- analysis/overview_view.py ------------------------------------------------------------

def test_poverty_card_by_hand(data):
    card = view.headline(data, "poverty_rate")
    # 2024 from the NSC's SDG site (newer than the SDMX copy, which ends in 2023)
    assert (card.latest.period, card.latest.value) == ("2024", pytest.approx(25.693838))
    assert card.latest.source_id == "nsc_sdg_site" and not card.latest.secondary
    assert card.measure == "rate" and card.base_status == "ok"
    assert card.previous.from_period == "2023"
    assert card.previous.change.percentage_points == pytest.approx(25.693838 - 29.810233)
    assert card.since_base.change.from_value == 22.4
    assert card.since_base.change.percentage_points == pytest.approx(25.693838 - 22.4)
    assert "possible_break:2021" in card.since_base.change.flags
    assert card.source_ids == ("nsc_sdg_site", "nsc_sdg_sdmx")


@pytest.mark.parametrize("indicator", ["poverty_rate", "extreme_poverty_rate", "unemployment_rate",
                                       "social_protection_coverage", "avg_monthly_wage"])
def test_annual_cards_are_trends_summarise(data, indicator):
    card = view.headline(data, indicator)
    summary = trends.summarise(data, SeriesKey(indicator), until=card.latest.year)
    assert card.latest.kind == "year" and card.latest.year == summary.latest_year
    assert card.latest.value == pytest.approx(summary.latest_value)
    assert card.previous.change == summary.previous
    assert card.since_base.change == summary.since_base[2018]


def test_wage_card_states_the_official_value_and_names_the_newer_report(data):
    # Official first: the NSC's 2023 wage, one year older than the news report's 2024 figure
    card = view.headline(data, "avg_monthly_wage")
    assert (card.latest.period, card.latest.value, card.latest.secondary) == ("2023", 31187.0, False)
    assert card.since_base.change.percent == pytest.approx((31187 / 16427 - 1) * 100)
    assert set(card.source_ids) == {"nsc_sdg_xlsx"}
    assert [(p.period, p.value, p.secondary) for p in card.newer] == [("2024", 36047.0, True)]
    say, number = words("en")
    text = view.card_text(card, "en", "som per month", say, number, {})
    assert "A newer figure from a news report (secondary source): 36,047 (2024)" in text.details
    # part-year values in years that have the full-year figure stay out of the card's series
    assert "2011-01/11" not in set(card.points["period"]) and "2019-Q1" not in set(card.points["period"])


def test_pension_latest_is_a_month_and_says_so(data):
    card = view.headline(data, "avg_pension")
    assert (card.latest.period, card.latest.kind, card.latest.value) == ("2025-10", "month", 11226.0)
    assert card.latest.secondary
    assert card.previous.from_period == "2023-10"
    assert card.previous.change.percent == pytest.approx((11226 / 9413 - 1) * 100)
    assert card.previous.change.flags == ("missing_years:2024",)
    assert card.previous.change.cagr is None            # two months are not whole years apart
    assert card.since_base.from_period == "2018" and card.since_base.change.from_value == 5927.0
    assert card.since_base.change.flags == ("missing_years:2021,2024",)
    say, number = words("en")
    text = view.card_text(card, "en", "som per month", say, number, {})
    assert text.period == "Period: October 2025 · ○ secondary source (news report)"
    assert text.delta == "+89.4% (nominal)" and text.delta_color == "gray"     # money has no deflator
    assert text.details[0].startswith("Against the previous value (October 2023): +19.3%")


def test_disabled_persons_say_no_2018_value(data):
    card = view.headline(data, "disabled_persons")
    assert card.base_status == "no_base_value" and card.since_base is None
    assert card.latest.period == "2025-12" and card.previous.from_period == "2025-03"
    for lang, expected in (("en", "no 2018 value"), ("ru", "нет значения за 2018 год"),
                           ("ky", "2018-жылга маани жок")):
        say, number = words(lang)
        delta, colour, arrow, description = view.metric_delta(card, "", say, number)
        assert (delta, colour, arrow, description) == (expected, "gray", "off", None)


def test_delta_colour_follows_the_better_direction(data):
    say, number = words("en")
    assert view.metric_delta(view.headline(data, "unemployment_rate"), "%", say, number)[:3] == (
        "\u22122.5 pp (better)", "green", "down")
    assert view.metric_delta(view.headline(data, "poverty_rate"), "%", say, number)[:3] == (
        "+3.3 pp (worse)", "red", "up")


def test_change_words_and_signs():
    say, number = words("ru")
    change = trends.Change(2018, 2023, 10.0, 7.25, -2.75, percentage_points=-2.75)
    step = view.Step("2018", "2023", change)
    assert view.change_text(step, "rate", 1, "%", say, number) == "\u22122,8 п.п."   # a typographic minus
    level = view.Step("2018", "2023", trends.Change(2018, 2023, 100.0, 123456.0, 123356.0, percent=123356.0))
    assert view.change_text(level, "level", 0, "сом", say, number) == "+123\u202f356,0 %"
    other = view.Step("2018", "2023", trends.Change(2018, 2023, 5.0, 4.0, -1.0))
    assert view.change_text(other, "other", 1, "на 100 000 работающих", say, number) == "\u22121,0 на 100 000 работающих"
    assert view.signed_text(0.04, 1, number) == "0,0"                              # rounds to zero: no sign
    assert view.change_text(None, "rate", 1, "%", say, number) is None


def test_point_change_flags_gaps_and_breaks():
    a = view.Point("2019-12", "month", 2019, 100.0, "s", (), True)
    b = view.Point("2022-Q1", "quarter", 2022, 120.0, "s", (), True)
    change = view.point_change(a, b, "level", breaks=[2021], years_with_values=[2019, 2022])
    assert change.percent == pytest.approx(20.0) and change.absolute == 20.0
    assert change.flags == ("missing_years:2020,2021", "possible_break:2021")


def test_flag_notes_in_words(data):
    say, _ = words("en")
    card = view.headline(data, "poverty_rate")
    assert view.flag_notes(card.since_base, say) == ["⚠ possible break in comparability in 2021"]
    assert view.flag_notes(None, say) == []


def test_sparkline_breaks_long_gaps_and_marks_secondary(data):
    card = view.headline(data, "disabled_persons")
    fig = view.sparkline(card.points)
    trace = fig.data[0]
    ys = list(trace.y)
    assert sum(1 for y in ys if y is None or (isinstance(y, float) and math.isnan(y))) >= 3   # 2002 | 2012, ...
    symbols = [s for s, y in zip(trace.marker.symbol, ys) if y is not None and not math.isnan(y)]
    assert symbols.count("circle") == 1                     # the Program's 1 January 2019; the rest are news reports
    assert symbols.count("circle-open") == len(symbols) - 1
    assert fig.layout.height == 64
    poverty = view.sparkline(view.headline(data, "poverty_rate").points).data[0]
    assert set(poverty.marker.symbol) == {"circle"}


def test_sparkline_says_its_span_and_the_cards_value(data):
    say, _ = words("en")
    card = view.headline(data, "poverty_rate")
    value = view.with_unit(card, "25.7%", "%")
    assert view.sparkline_alt(card, "Poverty rate", value, say, "en") == "Poverty rate 2007–2024, latest 25.7% in 2024"
    pension = view.headline(data, "avg_pension")                # a month, named as a month
    value = view.with_unit(pension, "11,226", "som per month")
    assert view.sparkline_alt(pension, "Average pension", value, say, "en").endswith(
        "latest 11,226 som per month in October 2025")
    say, _ = words("ru")
    assert view.sparkline_alt(card, "Уровень бедности", "25,7 %", say, "ru") == (
        "Уровень бедности, 2007–2024; последнее значение — 25,7 % (2024)")


def test_sparkline_points_keep_their_observations(data):
    points = view.headline(data, "avg_pension").points
    rows = data.observations.loc[points["row"]]
    assert list(rows["period"]) == list(points["period"]) and (rows["indicator_id"] == "avg_pension").all()


def test_latest_regional_year(data):
    assert view.latest_year(data, "poverty_rate") == 2023
    assert view.latest_year(data, "avg_pension") is None


# --- the page -----------------------------------------------------------------------------

def plotly_specs(at):
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_overview_page_in_each_language(lang):
    at = open_page("overview", lang)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.warning
    assert at.title[0].value == t("overview.title", lang)
    assert len(at.metric) == 8
    specs = plotly_specs(at)
    assert len(specs) == 9                                   # eight sparklines and the map
    traces = [trace["type"] for spec in specs for trace in spec["data"]]
    assert traces.count("choroplethmap") == 4 and "choropleth" not in traces  # the country, Osh city's inset
    captions = [c.value for c in at.caption]
    # a source under each of the eight cards and under the map
    assert sum(c.startswith(t("overview.source", lang, sources="")) for c in captions) == 9
    nsc = {"ky": "Кыргыз Республикасынын Улуттук статистика комитети",
           "ru": "Национальный статистический комитет Кыргызской Республики",
           "en": "National Statistical Committee of the Kyrgyz Republic"}[lang]
    assert t("overview.source", lang, sources=nsc) in captions             # the publisher in the reader's language
    assert any(c.startswith(t("chart.source", lang) + " " + nsc) for c in captions)


def test_overview_map_shows_every_unit_with_local_numbers():
    at = open_page("overview", "ru")
    spec = json.loads(at.get("plotly_chart")[-1].proto.spec)
    labels = {a["name"]: a["text"] for a in spec["layout"]["annotations"] if a.get("name", "").startswith("KG-")}
    assert set(labels) == {"KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO"}
    assert "город Ош" in labels["KG-GO"] and "город Бишкек" in labels["KG-GB"]
    assert "<b>29,8</b>" not in labels["KG-GO"] and "," in labels["KG-GO"]   # a decimal comma, not a point
    # Osh city is a polygon like the others on the country map, and zoomed in its inset.
    drawn = {tr.get("subplot"): [] for tr in spec["data"] if tr["type"] == "choroplethmap"}
    for trace in spec["data"]:
        if trace["type"] == "choroplethmap":
            drawn[trace.get("subplot")] += trace["locations"]
    assert sorted(drawn["map"]) == sorted(labels) and "KG-GO" in drawn["map2"]
    notes = {a.get("name"): a["text"] for a in spec["layout"]["annotations"]}
    assert notes["attribution"] == t("regions.map_attribution", "ru")
    assert spec["layout"]["separators"] == ", "
    assert "2023" in spec["layout"]["title"]["text"]


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_overview_charts_speak_and_only_the_map_has_panels(lang):
    at = open_page("overview", lang)
    alts = {c.key: c.proto.alt for c in at.get("plotly_chart")}
    assert len(alts) == 9 and all(alts.values()), alts
    assert alts["overview_spark_poverty_rate"].endswith("(2024)" if lang != "en" else "in 2024")
    assert "2023" in alts["overview_map"] and "48" in alts["overview_map"]       # Batken oblast, the highest
    # the map's views are the map itself and its table (no second map); the sparklines have no panels
    (views,) = at.get("button_group")
    assert [o.content for o in views.proto.options] == [t("chart.view.map", lang), t("chart.view.table", lang)]
    popovers = {p.proto.id.rsplit("-", 1)[-1] for p in at.get("popover")}
    assert popovers == {"overview_map_about", "overview_map_download", "overview_map_link"}


def test_overview_map_as_a_table():
    at = open_page("overview", "en", **{"view.overview_map": "table"})
    assert not at.exception and not at.warning
    assert "overview_map" not in [c.key for c in at.get("plotly_chart")] and len(at.get("plotly_chart")) == 8
    (table,) = at.dataframe
    assert len(table.value) == 9 and set(table.value["Indicator"]) == {"Poverty rate"}
    assert set(table.value["Period"]) == {"2023"}


def test_overview_cards_name_periods_and_secondary_sources():
    at = open_page("overview", "en")
    captions = [c.value for c in at.caption]
    assert "Change since 2018 · Period: October 2025 · ○ secondary source (news report)" in captions
    assert any("Since 2018: ⚠ possible break in comparability in 2021" in c for c in captions)
    # the disability and pensioner cards state the NSC's series; the news figures are named beside them
    assert any("Persons with disabilities, from a news report (secondary source): 221,000 (December 2025)" in c
               for c in captions)
    assert any("A newer figure from a news report (secondary source): 814,000 (1 September 2025)" in c
               for c in captions)
    deltas = {m.label: m.proto.delta for m in at.metric}
    assert deltas["Poverty rate"] == "+3.3 pp (worse)"
    values = {m.label: m.value for m in at.metric}
    assert values["Recipients of disability pensions and benefits"] == "217,222"
    assert values["Pensioners"] == "817,186"
    assert pd.Series([m.value for m in at.metric]).str.len().min() > 0
    names = [m.value for m in at.markdown]
    assert "**Population covered by social protection**" in names        # the full name, above the number
    assert "**Average monthly wage, som per month**" in names


def test_year_ranges():
    assert view.year_ranges([2012, 2013, 2014, 2015]) == "2012–2015"
    assert view.year_ranges([2021, 2024]) == "2021, 2024"
    assert view.year_ranges([2019, 2020, 2022]) == "2019, 2020, 2022"
