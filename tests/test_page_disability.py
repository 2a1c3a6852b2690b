"""The Disability page (AppTest in ky, ru, en) and app_pages/disability/compute.py."""
import json

import pandas as pd
import pytest
from streamlit.proto.Metric_pb2 import Metric as MetricProto

from app_pages.disability import compute as view
from analysis import topic_tables
from analysis.margins import _array as values_of      # plotly's JSON writes numbers as base64 typed arrays
from analysis.series import SeriesKey, annual_values
from tests.test_app import every, open_every_section, open_page
from ui.i18n import escape_markdown  # notices quote URL values escaped (literal text)

LANGS = ["ky", "ru", "en"]
SECTIONS = ["persons", "children", "new_cases", "benefits", "all_figures"]
TITLES = {"ky": "Майыптуулук", "ru": "Инвалидность", "en": "Disability"}


def test_most_disability_figures_are_secondary(data):
    mix = view.source_mix(data)
    assert mix["total"] == mix["secondary"] + mix["program"] + mix["official"]
    assert mix["secondary"] > mix["program"] and mix["program"] == 11
    # The NSC's two annual series: the recipients' count (2007-2023) and their share of the population
    # (2007-2024).
    assert mix["official"] == 17 + 18
    # Apart from them, most of the page is news reports.
    assert mix["secondary"] > (mix["total"] - mix["official"]) / 2


# By hand from the NSC's Excel table 1.3.1.c (1.3.1.1f), row 4.
RECIPIENTS = {2007: 114961, 2012: 150206, 2014: 168679, 2018: 187313, 2019: 194364, 2020: 197792, 2022: 211650,
              2023: 217222}


def test_the_main_series_is_the_nsc_count_of_recipients(data):
    values = annual_values(data, SeriesKey(view.RECIPIENTS))
    assert list(values.index) == list(range(2007, 2024)) and values.notna().all()
    for year, value in RECIPIENTS.items():
        assert values[year] == value, year
    rows = data.observations[(data.observations["indicator_id"] == view.RECIPIENTS) & data.observations["shown"]]
    assert set(rows["source_id"]) == {"nsc_sdg_xlsx"} and rows["locator"].str.contains("1.3.1.c.xlsx").all()
    assert view.RECIPIENTS == view.PAGE_INDICATORS[0]
    last, before, change = topic_tables.latest_change(data, SeriesKey(view.RECIPIENTS))
    assert (int(last["year"]), before, change) == (2023, 2022, 217222 - 211650)


def test_which_period_a_figure_is_compared_with():
    assert topic_tables.annual_year_of("2014") == (2014, "year")
    assert topic_tables.annual_year_of("2019-01-01") == (2018, "turn")
    assert topic_tables.annual_year_of("2017-12-31") == (2017, "turn")
    assert topic_tables.annual_year_of("2023-10-01") == (2023, "within")
    assert topic_tables.annual_year_of("2019-12") == (2019, "within")
    assert topic_tables.annual_year_of("2024-Q1") == (2024, "within")


def test_reported_counts_against_the_nsc_count(data):
    compared = view.count_comparison(data).set_index("period")
    # 2002 and 2025 have no annual count; the children's figures are another series.
    assert list(compared.index) == ["2012", "2014", "2019-01-01", "2019-12", "2021-01-01"]
    assert compared.loc["2019-01-01", "year"] == 2018 and compared.loc["2019-01-01", "annual"] == 187313
    assert compared.loc["2021-01-01", "value"] == 198000 and compared.loc["2021-01-01", "annual"] == 197792
    assert compared.loc["2012", "percent"] == pytest.approx((149700 - 150206) / 150206 * 100)
    assert list(compared["timing"]) == ["year", "year", "turn", "within", "turn"]
    # Where they can be compared they agree within rounding (the build flags no conflict there) ...
    assert view.largest_gap(compared.reset_index()) < 0.4
    assert not compared["flags"].str.contains("conflict").any()
    # ... a figure for December is only roughly comparable, and is said to be so.
    assert compared.loc["2019-12", "percent"] == pytest.approx((187000 - 194364) / 194364 * 100)


def test_program_figures_keep_their_periods(data):
    count = view.program_value(data, view.COUNT)
    assert count["period"] == "2019-01-01" and count["value"] == 186700.0
    periods = set(view.program_rows(data)["period"])
    assert "2019-01-01" in periods and "2018" in periods
    assert (view.program_rows(data)["source_id"] == view.PROGRAM).all()


def test_conflicting_sources_are_both_kept(data):
    found = view.conflicts(data)
    children = [c for c in found if c["key"]["age_group"] == "Y0T17" and c["key"]["period"] == "2016"]
    assert len(children) == 1
    assert children[0]["shown"]["value"] == 29300.0
    assert list(children[0]["others"]["value"]) == [28200.0]


def test_repeated_runs():
    values = pd.Series([1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 4.0, 4.0, 4.0], index=range(2010, 2019))
    assert view.repeated_runs(values) == [(2011, 2013, 2.0), (2016, 2018, 4.0)]
    gap = pd.Series([2.0, 2.0, 2.0], index=[2010, 2011, 2013])   # a missing year breaks the run
    assert view.repeated_runs(gap) == []


def test_benefit_share_repeats_in_the_source(data):
    assert view.benefit_repeats(data) == [(2020, 2023, pytest.approx(2.97943))]
    # ... while the count of recipients behind it went from 197,792 to 217,222, which the page says.
    assert view.recipients_over(data, 2020, 2023) == (197792, 217222)
    assert view.recipients_over(data, 2006, 2023) is None
    at = open_page("disability", "en", section="benefits")
    assert any("197,792 in 2020 to 217,222 in 2023" in c.value for c in at.caption)


def test_latest_count_is_a_month_not_a_year(data):
    latest = view.latest(data, view.COUNT)
    assert latest["period"] == "2025-12" and latest["value"] == 221000.0
    assert view.latest(data, "avg_pension", category="disability")["value"] == 9600.0


OFFICIAL_NAMES = {"ky": "Майыптуулук боюнча пенсия жана жөлөкпул алуучулар",
                  "ru": "Получатели пенсий и пособий по инвалидности",
                  "en": "Recipients of disability pensions and benefits"}
SAME_YEAR = {"ky": "ошол эле жыл", "ru": "тот же год", "en": "the same year"}
DIFFERENT_THINGS = {"ky": "бир аз башка нерсени эсептейт", "ru": "считают немного разное",
                    "en": "count slightly different things"}


def grouped(value: int, lang: str) -> str:
    return f"{value:,}" if lang == "en" else f"{value:,}".replace(",", "\u202f")


@pytest.mark.parametrize("lang", LANGS)
def test_page_runs_in_every_language(lang, data):
    opened = open_every_section("disability", lang, SECTIONS)
    for section, at in opened.items():
        assert not at.exception, (section, [e.value for e in at.exception])
        assert at.title[0].value == TITLES[lang] and len(at.tabs) == 5
        assert not at.warning
        # The notice above the tabs says how many figures are secondary.
        assert str(view.source_mix(data)["secondary"]) in at.info[0].value
    assert [c.key for c in every(opened, "plotly_chart")] == [
        "disability_count_chart", "disability_share_chart", "disability_children_chart",
        "disability_new_cases_chart", "disability_benefit_chart"]
    assert len(every(opened, "dataframe")) == 3
    assert opened["all_figures"].selectbox(key="disability_indicator").value == "all"


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_tab_shows_the_official_count_with_the_reports_beside_it(lang, data):
    at = open_page("disability", lang, section="persons")
    assert not at.exception
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    official, program, reported = chart["data"][:3]
    # The line: table 1.3.1.c, 2007-2023, filled markers, 217,222 in 2023.
    assert official["name"] == OFFICIAL_NAMES[lang] and official["mode"] == "lines+markers"
    assert official["marker"].get("symbol", "circle") == "circle"
    assert [x[:4] for x in official["x"]] == [str(y) for y in range(2007, 2024)]
    assert values_of(official["y"])[-1] == 217222 and values_of(official["y"])[0] == 114961
    # Beside it, the reported numbers of persons with disabilities: news reports hollow, the Program filled.
    assert reported["marker"]["symbol"].endswith("-open") and reported["mode"] == "markers"
    hollow = dict(zip(reported["x"], values_of(reported["y"])))
    assert hollow["2021-01-01"] == 198000 and hollow["2012-07-01"] == 149700 and 221000 in hollow.values()
    assert program["name"] == reported["name"].rsplit(" (", 1)[0] and program["x"][-1] == "2019-01-01"
    assert [v for v in values_of(program["y"]) if v is not None and v == v] == [186700.0]
    # The headline metric: 2023's official count with its definition, and its change in grey (no better way).
    official_metric, reported_metric = at.metric[:2]
    assert official_metric.value == grouped(217222, lang)
    assert data.indicators.loc[view.RECIPIENTS, f"definition_{lang}"] in official_metric.proto.help
    assert "1.3.1.c.xlsx" in official_metric.proto.help
    assert grouped(5572, lang) in official_metric.proto.delta
    assert (official_metric.proto.direction, official_metric.proto.color) == (
        MetricProto.MetricDirection.UP, MetricProto.MetricColor.GRAY)
    assert reported_metric.value == grouped(221000, lang)
    # The page says which is shown, that the two count different things, and compares them.
    captions = " ".join(c.value for c in at.caption)
    assert data.indicators.loc[view.RECIPIENTS, f"definition_{lang}"] in captions
    assert DIFFERENT_THINGS[lang] in captions
    (table,) = at.dataframe
    assert list(table.value.iloc[:, 1]) == [149700, 168200, 186700, 187000, 198000]      # numbers sort as numbers
    assert list(table.value.iloc[:, 3]) == [150206, 168679, 187313, 194364, 197792]
    assert SAME_YEAR[lang] in set(table.value.iloc[:, 5])


def test_url_parameter_filters_the_register(data):
    at = open_page("disability", "ru", section="all_figures", indicator="disabled_persons")
    assert not at.exception and not at.warning
    assert at.selectbox(key="disability_indicator").value == "disabled_persons"
    register = at.dataframe[-1].value
    reported = data.observations[data.observations["indicator_id"] == "disabled_persons"]
    assert len(register) == len(reported) and (~reported["shown"]).sum() == 2   # shown values and the alternatives
    assert register.iloc[:, 0].nunique() == 1


def test_bad_parameter_falls_back_with_a_notice():
    at = open_page("disability", "ky", section="all_figures", indicator="<script>")
    assert not at.exception
    assert len(at.warning) == 1 and escape_markdown("<script>") in at.warning[0].value
    assert at.selectbox(key="disability_indicator").value == "all"


def exactly_drawn(data, made) -> None:
    """A chart's rows are exactly the observations it draws: the same values, each once."""
    from analysis import chart_view
    from tests.test_chart_component import drawn_values
    observed = chart_view.observations(data, made)["value"].astype(float)
    assert len(set(made.rows)) == len(made.rows) == len(observed), made.title
    drawn = drawn_values(made.figure)
    if any(trace.type == "choroplethmap" for trace in made.figure.data):     # Osh city twice: the map and its inset
        assert set(drawn) == set(observed), made.title
    else:
        assert sorted(drawn) == sorted(observed), made.title


def test_every_chart_holds_exactly_what_it_draws_and_says_its_main_fact(data):
    from app_pages.disability import content as disability
    count, *_, share = disability.persons(data, "en")
    charts = [count, share, disability.children(data, "en")[0], disability.new_cases(data, "en")[0],
              disability.benefits(data, "en")[0]]
    for made in charts:
        exactly_drawn(data, made)
        assert made.views == ("chart", "table") and made.alt.startswith(made.title)
    # The count's text for screen readers: the official count's latest value and its change, the latest report.
    assert ("Recipients of disability pensions and benefits: 217,222 persons in 2023, up from 211,650 persons in 2022"
            in count.alt) and "221,000 persons in December 2025" in count.alt
    assert "217\u202f222 человек в 2023 г., рост с 211\u202f650 человек в 2022 г." in disability.persons(data, "ru")[0].alt
    assert "2023 — 217\u202f222 адам, 2022 — 211\u202f650 адам (өсүү)" in disability.persons(data, "ky")[0].alt


def test_a_chart_opens_as_its_table_from_the_url(data):
    from analysis.chart_view import TABLE_HEADERS
    from app_pages.disability import content as disability
    at = open_page("disability", "ky", section="persons", **{"view.disability_count": "table"})
    assert not at.exception and not at.warning
    assert [c.key for c in at.get("plotly_chart")] == ["disability_share_chart"]
    table = at.dataframe[0].value          # the chart's values, then the comparison table
    assert len(table) == len(disability.persons(data, "ky")[0].rows)
    assert 217222 in set(table[TABLE_HEADERS["ky"]["value"]])
