"""The Pensions and social protection page (AppTest in ky, ru, en) and app_pages/pensions/compute.py."""
import json

import pytest
from streamlit.proto.Metric_pb2 import Metric as MetricProto

from app_pages.pensions import compute as view
from analysis import topic_tables
from analysis.margins import _array as values_of      # plotly's JSON writes numbers as base64 typed arrays
from analysis.series import SeriesKey, annual_values
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
    # The reported counts keep their dates; the only annual values are the NSC's derived series.
    annual = counts[counts["period"].str.fullmatch(r"\d{4}")]
    assert set(annual["source_id"]) == {"nsc_sdg_xlsx"} and (annual["flags"] == "derived").all()
    assert annual.set_index("period").loc["2018", "value"] == 694839


def test_the_derived_count_recomputed_by_hand(data):
    # Table 1.3.1.1g (1.3.1.d.xlsx, row 4 and row 6): 263,951 pensioners below the minimum, 32.3% of all.
    found = view.derivation(data, 2023)
    assert (found["count"], found["share"], found["decimals"]) == (263951, 32.3, 1)
    assert found["value"] == 817186 == round(263951 / 32.3 * 100)
    assert round(found["low"]) == round(263951 / 32.35 * 100) == 815923
    assert round(found["high"]) == round(263951 / 32.25 * 100) == 818453
    assert found["plus_minus"] == pytest.approx(0.155, abs=0.001)
    # 2019: the range the build's note gives (717,095-720,601).
    found = view.derivation(data, 2019)
    assert (round(found["low"]), round(found["high"])) == (717095, 720601)
    # Up to 2018 the share is given in full: exact to the person (the Program's 694.8 thousand at the end of 2018).
    found = view.derivation(data, 2018)
    assert found["decimals"] is None and found["low"] == found["high"] and found["value"] == 694839
    assert found["computed"] == pytest.approx(694839, abs=0.5)
    assert view.precision_years(data) == (list(range(2007, 2019)), list(range(2019, 2024)))
    assert view.derivation(data, 2024) is None                 # no derived value: nothing made up


def test_headline_is_the_derived_series(data):
    last, before, change = view.headline(data)
    assert (int(last["year"]), last["value"], last["flags"]) == (2023, 817186, "derived")
    assert (before, change) == (2022, 817186 - 791080)
    values = annual_values(data, SeriesKey(view.PENSIONERS))
    assert list(values.index) == list(range(2007, 2024)) and values[2007] == 528719


def test_reported_counts_against_the_derived_count(data):
    compared = view.pensioner_comparison(data).set_index("period")
    assert list(compared.index) == ["2017-12-31", "2018-12-31", "2020-09", "2022-09", "2023-10-01"]
    assert list(compared["timing"]) == ["turn", "turn", "within", "within", "within"]
    # At the year's turn they agree; the counts for months of 2020-2023 are 6-7% below.
    assert compared.loc["2018-12-31", "value"] == 694800 and compared.loc["2018-12-31", "annual"] == 694839
    assert compared.loc["2023-10-01", "percent"] == pytest.approx((765600 - 817186) / 817186 * 100)
    within = compared[compared["timing"] == "within"]["percent"]
    assert within.between(-7.2, -6.2).all()
    assert view.share_jumps(data)[-1] == (2021, 21.8, 30.8)
    assert view.below_year(data) == 2023


def test_financing_is_regional(data):
    rows = view.financing_rows(data)
    assert len(rows) == 9 and set(rows["period"]) == {"2025-01/11"}


DERIVED_WORD = {"ky": "Эсептелген", "ru": "рассчитана", "en": "derived"}
SERIES_NAMES = {"ky": "УСКнын жылдык саны (эсептелген)", "ru": "Годовая численность НСК (рассчитана)",
                "en": "NSC annual count (derived)"}


def grouped(value, lang: str, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    return text if lang == "en" else text.replace(",", "\u202f").replace(".", ",")


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
    assert len(every(opened, "dataframe")) == 5
    assert opened["below"].selectbox(key="pensions_below").value == view.BELOW[0]
    assert opened["coverage"].select_slider(key="pensions_year").value == 2024
    assert any(NOT_A_RATE[lang] in info.value for info in opened["coverage"].info)
    (regional_map,) = [json.loads(c.proto.spec) for c in every(opened, "plotly_chart") if c.key == "pensions_map"]
    assert any(a.get("name") == "attribution" and a["text"] == t("regions.map_attribution", lang)
               for a in regional_map["layout"]["annotations"])


@pytest.mark.parametrize("lang", LANGS)
def test_the_headline_is_the_derived_count_with_its_flag_explained(lang, data):
    at = open_page("pensions", lang, section="pensioners")
    assert not at.exception
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    derived, program, reported = chart["data"][:3]
    # The line: the derived annual series 2007-2023, filled markers, 817,186 in 2023.
    assert derived["name"] == SERIES_NAMES[lang] and derived["marker"].get("symbol", "circle") == "circle"
    assert [x[:4] for x in derived["x"]] == [str(y) for y in range(2007, 2024)]
    assert values_of(derived["y"])[-1] == 817186
    # The reported counts at their own dates: hollow news reports, the Program's filled point off the line.
    hollow = dict(zip(reported["x"], values_of(reported["y"])))
    assert reported["marker"]["symbol"].endswith("-open")     # hollow: a secondary source
    assert hollow["2023-10-01"] == 765600 and hollow["2025-09-01"] == 814000 and hollow["2017-12-31"] == 673200
    assert dict(zip(program["x"], values_of(program["y"]))) == {"2018-12-31": 694800}
    # The metric: 2023's derived count, its change in grey, the flag named in its help.
    headline = at.metric[0]
    assert headline.value == grouped(817186, lang)
    assert grouped(26106, lang) in headline.proto.delta
    assert (headline.proto.direction, headline.proto.color) == (MetricProto.MetricDirection.UP,
                                                                MetricProto.MetricColor.GRAY)
    flag = data.flags.set_index("flag").loc["derived", f"name_{lang}"]
    assert flag in headline.proto.help and "1.3.1.d.xlsx" in headline.proto.help
    assert at.metric[1].value == "≈ " + grouped(814000, lang)
    # The flag in words next to it: what, the formula with its inputs, how precise.
    (explained,) = [c.value for c in at.caption if DERIVED_WORD[lang] in c.value and "×" in c.value]
    assert f"{grouped(263951, lang)} ÷ {grouped(32.3, lang, 1)} × 100 = {grouped(817186, lang)}" in explained
    assert grouped(815923, lang) in explained and grouped(818453, lang) in explained
    assert "2007–2018" in explained and "2019–2023" in explained
    # The reported counts compared with the derived ones, numbers sorting as numbers.
    table = at.dataframe[0].value
    assert list(table.iloc[:, 1]) == [673200, 694800, 689000, 735000, 765600]
    assert list(table.iloc[:, 3]) == [673230, 694839, 736518, 791080, 817186]


@pytest.mark.parametrize("lang", LANGS)
def test_pensioners_below_the_minimum_in_persons(lang):
    at = open_page("pensions", lang, section="below", below=view.BELOW_COUNT)
    assert not at.exception and not at.warning
    assert at.selectbox(key="pensions_below").value == view.BELOW_COUNT
    count, share = at.metric[:2]
    assert count.value == grouped(263951, lang)
    assert share.value.startswith(grouped(32.3, lang, 1)) and "2023" in share.label and "2023" in count.label
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert values_of(chart["data"][0]["y"])[-1] == 263951


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


def test_every_chart_holds_exactly_what_it_draws_and_says_its_main_fact(data):
    from tests.test_page_disability import exactly_drawn
    from app_pages.pensions import content as pensions
    bars, regional_map, _, _ = pensions.regional(data, "en", 2024)
    charts = [pensions.pensioners(data, "en"), pensions.pension(data, "en"), bars, regional_map,
              *(pensions.national(data, "en", indicators, key) for indicators, key in (
                  ((view.BELOW[0],), "pensions.below_title"), ((view.COVERAGE,), "pensions.coverage_title"),
                  (view.BENEFITS, "pensions.benefits_title"), (view.SPENDING, "pensions.spending_title")))]
    for made in charts:
        exactly_drawn(data, made)
        # No Map view: the bars have the map beside them, and the map is not offered as a map again.
        assert made.views == (("map", "table") if made.is_map else ("chart", "table"))
        assert made.alt.startswith(made.title)
    assert "NSC annual count (derived): 817,186 persons in 2023, up from 791,080 persons in 2022" in charts[0].alt
    # The bars and the map hold the same nine values, the highest and lowest said in words.
    assert sorted(bars.rows) == sorted(regional_map.rows) and len(bars.rows) == 9
    assert "Highest: Osh oblast 3.40%; lowest: Osh city 0.60%" in bars.alt and "Highest: Osh oblast" in regional_map.alt


def test_the_regional_map_stretches_with_the_page():
    at = open_page("pensions", "ru", section="coverage", year="2015")
    assert not at.exception and not at.warning
    (element,) = [c for c in at.get("plotly_chart") if c.key == "pensions_map"]
    spec = json.loads(element.proto.spec)
    assert spec["layout"].get("autosize", True) and "width" not in spec["layout"]
    assert "2015" in spec["layout"]["title"]["text"] and element.proto.alt.strip()
    assert any(".st-key-pensions_map" in h.proto.body for h in at.get("html"))
    # Its table view, from the URL: the nine regions' values of that year.
    at = open_page("pensions", "ru", section="coverage", year="2015", **{"view.pensions_map": "table"})
    assert not at.exception and "pensions_map" not in [c.key for c in at.get("plotly_chart")]
    assert len(at.dataframe[0].value) == 9
