"""The Disability page (AppTest in ky, ru, en) and analysis/disability_view.py."""
import pandas as pd
import pytest

from analysis import disability_view as view
from tests.test_app import every, open_every_section, open_page
from ui.i18n import escape_markdown  # notices quote URL values escaped (literal text)

LANGS = ["ky", "ru", "en"]
SECTIONS = ["persons", "children", "new_cases", "benefits", "all_figures"]
TITLES = {"ky": "Майыптуулук", "ru": "Инвалидность", "en": "Disability"}


def test_most_disability_figures_are_secondary(data):
    mix = view.source_mix(data)
    assert mix["total"] == mix["secondary"] + mix["program"] + mix["official"]
    assert mix["secondary"] > mix["program"] and mix["program"] == 11
    # Without the NSC's one annual series, most of the page is news reports.
    assert mix["secondary"] > (mix["total"] - mix["official"]) / 2


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


def test_latest_count_is_a_month_not_a_year(data):
    latest = view.latest(data, view.COUNT)
    assert latest["period"] == "2025-12" and latest["value"] == 221000.0
    assert view.latest(data, "avg_pension", category="disability")["value"] == 9600.0


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
    assert len(every(opened, "dataframe")) == 2
    assert opened["all_figures"].selectbox(key="disability_indicator").value == "all"


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
