"""The Program and Social Fund page: AppTest in every language, URL state, and the pure functions behind it."""
import datetime as dt

import pytest

from analysis import loader
from analysis import program_view as pv
from analysis.schema import period_kind, source_columns
from tests.test_app import open_every_section, open_page
from ui.format import number

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def program():
    return loader.load_document_table("program_directions.csv")


@pytest.fixture(scope="module")
def measures():
    return loader.load_document_table("social_fund_measures.csv")


# --------------------------------------------------------------------------- the page


@pytest.mark.parametrize("lang, quarter", [("ky", "2024-ж. 1-чейрек"), ("ru", "1 кв. 2024"), ("en", "Q1 2024")])
def test_page_in_each_language(lang, quarter, data, program, measures):
    opened = open_every_section("program", lang, ["program", "social_fund"])
    for at in opened.values():
        assert not at.exception, [e.value for e in at.exception]
        assert not at.warning and len(at.tabs) == 2
    # The Program's tab: the main goal and every direction with indicators get a before-and-after table.
    with_indicators = [n for n in ["g1", *pv.directions(program)["number"]] if pv.linked_indicators(program, n)]
    assert len(with_indicators) == 5
    assert len(opened["program"].table) == len(with_indicators)
    assert not opened["program"].dataframe and not opened["program"].get("plotly_chart")
    # The Social Fund's tab: the measures (interactive), the report's figures, two bar charts.
    at = opened["social_fund"]
    assert len(at.table) == 1
    assert len(at.dataframe) == 1
    assert len(at.dataframe[0].value) == len(measures)
    figures = at.table[-1].value
    assert len(figures) == len(pv.report_figures(data))
    assert len(at.get("plotly_chart")) == 2
    assert at.selectbox(key="program_status").value == "all"
    assert at.selectbox(key="program_goal").value == "all"
    # Counts by status, as metrics, agree with the table.
    counts = pv.status_counts(pv.measures_view(measures, lang))
    assert [m.value for m in at.metric] == [str(len(measures)), *(str(counts[s]) for s in pv.STATUSES)]
    # The Social Fund's figures are said to be quarterly, and labelled with their quarter.
    assert any(quarter in str(v) for v in figures.iloc[:, 2])
    assert at.info and any("2024" in i.value for i in at.info)
    # A source line under every table, naming the source in the reader's language.
    captions = " ".join(c.value for c in at.caption)
    assert captions.count(data.sources.loc["social_fund_2024q1", source_columns(lang)[1]]) >= 3


def test_before_after_table_on_the_page(data):
    at = open_page("program", "en")
    goal = at.table[0].value
    assert list(goal.columns) == ["Indicator", "2013 (baseline)", "2018 (baseline)", "Latest", "Change"]
    row = goal[goal["Indicator"].str.startswith("Average monthly wage")].iloc[0]
    assert (row["2013 (baseline)"], row["2018 (baseline)"]) == ("11,341", "16,427")
    assert row["Latest"].endswith("(2024)") and row["Change"].endswith("%")


def test_url_parameters_set_the_filters(measures):
    at = open_page("program", "en", section="social_fund", status="done", goal="3")
    assert not at.exception and not at.warning
    assert at.selectbox(key="program_status").value == "done"
    assert at.selectbox(key="program_goal").value == "3"
    view = pv.filter_measures(pv.measures_view(measures, "en"), "done", "3")
    shown = at.dataframe[0].value
    assert len(shown) == len(view) > 0
    assert set(shown["Status"]) == {"Done"} and set(shown["Strategic goal"]) == {3.0}   # a number: the column sorts by it


def test_status_without_a_goal_filter(measures):
    at = open_page("program", "ru", section="social_fund", status="none")
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == pv.status_counts(pv.measures_view(measures, "ru"))["none"]
    assert set(table["Статус"]) == {"Статус не указан"}


def test_a_filter_with_no_measure_says_so():
    at = open_page("program", "en", section="social_fund", status="in_progress", goal="5")
    assert not at.exception
    assert any("No measure" in i.value for i in at.info)
    assert len(at.dataframe) == 0


def test_bad_parameters_fall_back_with_notices():
    at = open_page("program", "en", section="social_fund", status="finished", goal="99")
    assert not at.exception
    assert len(at.warning) == 2
    assert at.selectbox(key="program_status").value == "all"
    assert at.selectbox(key="program_goal").value == "all"


def test_changing_a_filter_writes_the_url():
    at = open_page("program", "en", section="social_fund")
    at.selectbox(key="program_status").set_value("done").run()
    assert at.query_params["status"] == "done"
    at.selectbox(key="program_status").set_value("all").run()
    assert "status" not in at.query_params


# --------------------------------------------------------------------------- the Program's structure


def test_five_directions_and_their_indicators(program, data):
    assert list(pv.directions(program)["number"]) == ["d1", "d2", "d3", "d4", "d5"]
    known = set(data.indicators.index)
    d1 = pv.linked_indicators(program, "d1", known)
    assert d1[:3] == ["avg_monthly_wage", "minimum_wage", "unemployment_rate"]
    assert "poverty_rate" in d1  # from task d1.6
    assert pv.linked_indicators(program, "d5", known) == []


def test_the_main_goal_has_its_own_indicators_not_its_directions(program):
    assert pv.top_goals(program).iloc[0]["number"] == "g1"
    assert pv.linked_indicators(program, "g1") == ["avg_monthly_wage", "minimum_wage", "social_protection_coverage"]


def test_every_row_of_the_document_is_placed_once(program):
    placed = set(pv.top_goals(program)["number"]) | set(pv.directions(program)["number"]) | set(
        pv.unattached(program)["number"])
    for direction in pv.directions(program)["number"]:
        for kind in pv.DOCUMENT_PARTS:
            placed |= set(pv.parts_of(program, direction, kind)["number"])
    assert placed == set(program["number"])


def test_small_text_helpers():
    assert pv.sentence(" digitalisation") == "Digitalisation"
    assert pv.line_of("seeds/000_x.txt:57") == "57" and pv.line_of("seeds/004.txt:76-80") == "76-80"
    assert pv.escape_markdown("a*b [c](d) $x$ :red[y]") == r"a\*b \[c\](d) \$x\$ \:red\[y\]"
    assert pv.wrap("one two three four", 9) == "one two<br>three<br>four"
    assert pv.table_height(3) == 35 * 4 + 3 and pv.table_height(40, most=12) == 35 * 13 + 3


# --------------------------------------------------------------------------- before and after


def test_poverty_before_and_after(data):
    result = pv.before_after(data, "poverty_rate", today=TODAY)
    assert (result.base[2013].value, result.base[2018].value) == (37.0, 22.4)
    assert result.latest.period == "2024" and result.latest.value == pytest.approx(25.693838)   # the NSC's site
    assert result.change_from is result.base[2018]
    assert result.percentage_points == pytest.approx(25.693838 - 22.4)
    assert result.percent is None
    assert "possible_break:2021" in result.notes


def test_money_changes_in_percent_and_says_it_is_nominal(data):
    result = pv.before_after(data, "avg_monthly_wage", today=TODAY)
    assert result.base[2018].value == 16427.0
    assert result.percent == pytest.approx((result.latest.value / 16427.0 - 1) * 100)
    assert "nominal" in result.notes


def test_planned_values_are_never_the_latest(data):
    # minimum_wage carries budget plans for 2027 and 2028 (secondary, not yet in force).
    assert pv.before_after(data, "minimum_wage", today=TODAY).latest.period == "2026"
    assert pv.before_after(data, "minimum_wage", today=dt.date(2025, 6, 1)).latest.period == "2022-12"


def test_a_stock_at_the_end_of_the_base_year_beats_one_at_the_end_of_the_year_before():
    # Both lie half a year from mid-2018; the one inside 2018 is the baseline.
    points = [pv.Point("2017-12-31", 673200.0, "s", (), True), pv.Point("2018-12-31", 694800.0, "p", (), False)]
    assert pv.nearest(points, 2018).period == "2018-12-31"
    assert pv.nearest(points, 2013) is None  # nothing within two years of 2013


def test_pensioners_have_official_annual_baselines(data):
    # The NSC's derived annual count (1.3.1.d) is the calendar year's own value: it beats the
    # Program's 31 December stock and gives 2013 a baseline too.
    result = pv.before_after(data, "pensioners", today=TODAY)
    assert (result.base[2018].period, result.base[2018].value) == ("2018", 694839.0)
    assert result.base[2018].flags == ("derived",) and not result.base[2018].secondary
    assert (result.base[2013].period, result.base[2013].value) == ("2013", 625354.0)
    assert result.notes == ("missing_years:2024",)


def test_nearest_on_a_tie_takes_the_earlier_value():
    points = [pv.Point("2012", 1.0, "s", (), False), pv.Point("2014", 2.0, "s", (), False)]
    assert pv.nearest(points, 2013).period == "2012"
    assert pv.nearest(points, 2017) is None
    assert pv.nearest([pv.Point("2019-01-01", 3.0, "s", (), False)], 2018).period == "2019-01-01"


def test_nothing_after_the_baseline_means_no_change(data):
    result = pv.before_after(data, "children_in_institutions", today=TODAY)
    assert result.base[2013].period == "2012" and result.base[2018].period == "2018"
    assert result.latest is None and result.absolute is None


def test_the_table_puts_periods_and_sources_in_text(data):
    words = pv.TableWords(indicator="Indicator", base="{year}", latest="Latest", change="Change", pp="pp",
                          no_value="—", since="(from {period})", no_later="no later value", nominal="nominal",
                          missing_years="missing {years}", possible_break="break {years}")
    table = pv.before_after_table(data, ["disabled_persons", "children_in_institutions", "poverty_rate"], "en",
                                  words, number, today=TODAY)
    rows = table.frame.set_index("Indicator")
    assert rows.loc["Persons with disabilities, persons", "2018"] == "186,700 (1 January 2019)"
    assert rows.loc["Children in residential institutions, persons", "Change"] == "—"
    assert rows.loc["Poverty rate, %", "Change"] == "+3.3 pp"
    notes = dict(table.notes)
    assert "Secondary source" in notes["Persons with disabilities"]
    assert "no later value" in notes["Children in residential institutions"]
    assert notes["Poverty rate"] == "break 2021"
    assert "nsc_sdg_sdmx" in table.source_ids and "program_2020_2023" in table.source_ids


def test_change_text_by_kind_of_measure():
    words = pv.TableWords("I", "{year}", "L", "C", "pp", "—", "(from {period})", "", "", "{years}", "{years}")
    start, end = pv.Point("2018", 5.0, "s", (), False), pv.Point("2020", 7.0, "s", (), False)
    rate = pv.BeforeAfter("x", "percent", "rate", {2018: start}, end, start, absolute=2.0, percentage_points=2.0)
    level = pv.BeforeAfter("x", "som", "level", {2018: start}, end, start, absolute=2.0, percent=40.0)
    other = pv.BeforeAfter("x", "ratio", "other", {2018: start}, end, start, absolute=-2.0)
    none = pv.BeforeAfter("x", "ratio", "other", {2018: start}, None, start)
    assert pv.change_text(rate, 1, "en", words, number) == "+2.0 pp"
    assert pv.change_text(level, 0, "ru", words, number) == "+40,0%"
    assert pv.change_text(other, 2, "en", words, number) == "−2.00"
    assert pv.change_text(none, 1, "en", words, number) == "—"


# --------------------------------------------------------------------------- the Social Fund's report


def test_counts_by_status_equal_the_table(measures):
    view = pv.measures_view(measures, "en")
    counts = pv.status_counts(view)
    assert sum(counts.values()) == len(view) == len(measures)
    for status in pv.STATUSES:
        assert counts[status] == len(pv.filter_measures(view, status))
    raw = measures["status"].replace("", "none").value_counts()
    assert counts == {s: int(raw.get(s, 0)) for s in pv.STATUSES}


def test_goals_are_numbered_in_order_and_filter(measures):
    codes = pv.goal_codes(measures)
    assert list(codes) == ["1", "2", "3", "4", "5"]
    assert codes["1"].startswith("I. Preventing corrupt practices")
    view = pv.measures_view(measures, "ky")
    assert sum(len(pv.filter_measures(view, goal=g)) for g in codes) == len(view)
    assert set(pv.filter_measures(view, "done", "2")["status"]) == {"done"}


def test_the_measures_in_each_language(measures):
    for lang in ("ky", "ru", "en"):
        view = pv.measures_view(measures, lang)
        assert list(view["action"]) == list(measures[f"action_{lang}"])
        assert view["line"].str.fullmatch(r"\d+(-\d+)?").all()


def test_the_report_figures_are_never_annual(data):
    figures = pv.report_figures(data)
    assert len(figures) > 20 and (figures["source_id"] == "social_fund_2024q1").all()
    assert not any(period_kind(p) == "year" for p in figures["period"])
    assert "2024-Q1" in set(figures["period"])
    view = pv.figures_view(data, figures, "en", number)
    assert "Q1 2024" in set(view["period"]) and "1 April 2024" in set(view["period"])


@pytest.mark.parametrize("indicator", ["sf_people_trained", "sf_appeals"])
def test_the_bars_add_up_to_the_stated_total(data, indicator):
    bars, total, period = pv.breakdown_bars(data, indicator, "en")
    assert period == "2024-Q1" and len(bars) >= 5
    assert bars["value"].sum() == pytest.approx(total)
    assert "total" not in set(bars["code"])


def test_the_bars_keep_their_observations(data):
    bars, _, period = pv.breakdown_bars(data, "sf_appeals", "en")
    rows = data.observations.loc[bars["row"]]
    assert list(rows["value"]) == list(bars["value"]) and set(rows["period"]) == {period}
    assert list(rows["category"]) == list(bars["code"])


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_the_report_charts_speak_and_have_panels(lang):
    at = open_page("program", lang, section="social_fund")
    charts = {c.key: c.proto.alt for c in at.get("plotly_chart")}
    assert set(charts) == {"program_trained_chart", "program_appeals_chart"} and all(charts.values())
    assert all(str(2024) in alt for alt in charts.values())
    popovers = {p.proto.id.rsplit("-", 1)[-1] for p in at.get("popover")}
    assert {f"program_appeals_chart_{panel}" for panel in ("about", "download", "link")} <= popovers
    at = open_page("program", lang, section="social_fund", **{"view.program_appeals": "table"})
    assert not at.exception and [c.key for c in at.get("plotly_chart")] == ["program_trained_chart"]
    assert len(at.dataframe) == 2                      # the measures and the appeals' values


def test_a_full_measure_in_markdown(measures):
    row = next(pv.measures_view(measures, "en").itertuples())
    names = {f: f.upper() for f in ("number", "line", "goal_code", "measure", "action", "responsible",
                                    "expected_result", "status", "note")}
    text = pv.measure_markdown(row, names, "Goal one")
    assert text.startswith("**NUMBER 1**") and "- **GOAL_CODE:** Goal one" in text


def test_fit_bars_keeps_the_unit_off_the_category_axis(data):
    from analysis import charts
    bars, total, _ = pv.breakdown_bars(data, "sf_appeals", "ru")
    source = pv.wrap("Источник: " + "очень длинное название " * 8, 60)
    fig = charts.ranked_bars(bars, charts.Words("t", "единиц", source), "ru", 0)
    texts = [number(v, 0, "ru") for v in fig.data[0].x]
    fig = pv.fit_bars(fig, bars, texts)
    assert fig.layout.yaxis.title.text is None and fig.layout.xaxis.title.text == "единиц"
    assert list(fig.data[0].text) == texts and "1\u202f440" in texts
    (note,) = [a for a in fig.layout.annotations if a.yshift == -62]   # the source line, under the axis title
    lines = note.text.count("<br>") + 1
    assert lines >= source.count("<br>") + 1 and fig.layout.margin.b == 84 + 15 * (lines - 1)
    assert fig.layout.margin.l >= 7.5 * max(len(label) for label in bars["label"])
