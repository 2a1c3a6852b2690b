"""The rebuild of data/: the SDMX parser on a small fixture, and reproducibility on the real sources."""
import filecmp

import pytest

import build_data
from databuild import merge, sdmx_source
from tests.conftest import DATA, FIXTURES, SHARED, needs_shared

SERIES_MAP = [
    {"file": "sdmx_small.xml", "series": "TEST_RATE", "regions": "all", "indicator_id": "poverty_rate",
     "unit": "percent", "flags": "", "note": ""},
    {"file": "sdmx_small.xml", "series": "TEST_LEVEL", "regions": "national", "indicator_id": "avg_monthly_wage",
     "unit": "som_per_month", "flags": "unit_corrected", "note": "made-up note"},
]
ISO = {"KG": "KG", "KG21": "KG-GO"}


@pytest.fixture
def fixture_rows():
    return sdmx_source.observations(FIXTURES, SERIES_MAP, ISO)


def test_parser_reads_every_observation(fixture_rows):
    assert len(fixture_rows) == 7
    national = [r for r in fixture_rows if r["indicator_id"] == "poverty_rate" and r["region"] == "KG"
                and r["sex"] == "total"]
    assert [(r["period"], r["value"]) for r in national] == [("2011", 10.5), ("2012", 11.0), ("2013", 12.25)]


def test_parser_maps_breakdowns_and_keeps_constant_dimensions_out(fixture_rows):
    female = [r for r in fixture_rows if r["sex"] == "female"]
    assert len(female) == 1 and female[0]["value"] == 9.0 and female[0]["note"] == "made-up comment"
    level = [r for r in fixture_rows if r["indicator_id"] == "avg_monthly_wage"][0]
    # AGE is Y15T24 throughout that series: part of its definition, not a breakdown.
    assert level["age_group"] == "total"
    assert "AGE=Y15T24" in level["locator"]
    assert level["flags"] == {"unit_corrected"}


def test_parser_locator_names_file_series_dimensions_and_period(fixture_rows):
    row = [r for r in fixture_rows if r["sex"] == "female"][0]
    assert row["locator"] == ("sources/nsc-sdg-kg/data/sdmx_small.xml#SERIES=TEST_RATE&REF_AREA=KG&SEX=F"
                              "&TIME_PERIOD=2012")


def test_osh_city_zero_before_2013_becomes_missing(fixture_rows):
    merge.mark_osh_city_zeros(fixture_rows, sdmx_source.SOURCE_ID)
    osh = {r["period"]: r for r in fixture_rows if r["region"] == "KG-GO"}
    assert osh["2012"]["value"] is None and "missing_zero_in_source" in osh["2012"]["flags"]
    assert osh["2013"]["value"] == 4.5


def test_unknown_series_is_an_error():
    with pytest.raises(sdmx_source.SdmxError, match="NOT_THERE"):
        sdmx_source.observations(FIXTURES, [{**SERIES_MAP[0], "series": "NOT_THERE"}], ISO)


def test_values_agree_within_rounding():
    assert merge.values_agree(22.4, 22.4249, "percent", loose=False)
    assert not merge.values_agree(22.4, 25.3, "percent", loose=False)
    assert merge.values_agree(16427, 16427, "som_per_month", loose=False)
    assert merge.values_agree(35000, 35700, "persons", loose=True)


@needs_shared
def test_rebuild_is_byte_identical_and_matches_data(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    assert build_data.main(["--shared", str(SHARED), "--out", str(first)]) == 0
    assert build_data.main(["--shared", str(SHARED), "--out", str(second)]) == 0
    names = sorted(p.name for p in first.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    assert mismatch == [] and errors == []
    # data/ in the repository is what the script builds from the sources today.
    match, mismatch, errors = filecmp.cmpfiles(first, DATA, names, shallow=False)
    assert mismatch == [] and errors == [], "data/ is stale: run python scripts/build_data.py"


# ----------------------------------------------------------------------------- the series map's options

def test_filter_narrows_a_series():
    rows = sdmx_source.observations(FIXTURES, [{**SERIES_MAP[0], "filter": "SEX!=F;REF_AREA=KG"}], ISO)
    assert [(r["period"], r["sex"]) for r in rows] == [("2011", "total"), ("2012", "total"), ("2013", "total")]
    with pytest.raises(sdmx_source.SdmxError, match="no observation"):
        sdmx_source.observations(FIXTURES, [{**SERIES_MAP[0], "filter": "SEX=M"}], ISO)
    with pytest.raises(sdmx_source.SdmxError, match="DIMENSION=CODE"):
        sdmx_source.observations(FIXTURES, [{**SERIES_MAP[0], "filter": "COLOUR=red"}], ISO)


def test_scale_and_recode_are_applied_and_said():
    spec = {**SERIES_MAP[0], "scale": "1000", "recode": "SEX:F=male", "recode_note": "the table says men"}
    rows = sdmx_source.observations(FIXTURES, [spec], ISO)
    recoded = [r for r in rows if r["sex"] == "male"]
    assert len(recoded) == 1 and recoded[0]["value"] == 9000 and recoded[0]["flags"] == {"code_corrected"}
    assert recoded[0]["note"] == "made-up comment; the table says men"
    assert "SEX=F" in recoded[0]["locator"]      # the locator keeps the file's own code
    assert {r["value"] for r in rows if r["region"] == "KG" and r["sex"] == "total"} == {10500, 11000, 12250}


@needs_shared
def test_a_scale_that_contradicts_unit_mult_is_an_error():
    spec = {"file": "8.3.1.1.xml", "series": "_L_KG_080301_1", "regions": "all", "indicator_id": "x",
            "unit": "persons", "flags": "", "note": "", "scale": "1"}
    folder = SHARED / sdmx_source.SDMX_FOLDER
    with pytest.raises(sdmx_source.SdmxError, match="UNIT_MULT"):
        sdmx_source.observations(folder / "data", [spec], {"KG": "KG"}, sdmx_source.load_structure(folder))


# ----------------------------------------------------------------------------- Excel tables, derived values, the site

@needs_shared
def test_xlsx_rows_are_found_by_label_and_section():
    from databuild import xlsx_source
    specs = [{"file": "10.2.1.xlsx", "row_label": "Мужчины", "section": "По полу",
              "indicator_id": "relative_poverty_rate", "region": "KG", "sex": "male", "area": "", "age_group": "", "activity": "", "category": "",
              "unit": "percent", "flags": "", "note": ""}]
    rows = xlsx_source.table_observations(SHARED, specs)
    assert [r["year"] for r in rows] == list(range(2015, 2024))
    assert rows[0]["value"] == 12.3 and rows[0]["locator"].endswith("10.2.1.xlsx#Лист1!D12")
    with pytest.raises(xlsx_source.XlsxError, match="0 rows labelled"):
        xlsx_source.table_observations(SHARED, [{**specs[0], "section": "По территории"}])


def _row(indicator, year, value, source="nsc_sdg_xlsx", period=None, cell="A1", **extra):
    return {"indicator_id": indicator, "region": "KG", "year": year, "period": period or str(year),
            "sex": "total", "area": "total", "age_group": "total", "activity": "total", "category": "total",
            "value": value, "unit": extra.pop("unit", "percent"), "source_id": source,
            "locator": f"sources/t.xlsx#S!{cell}", "flags": set(extra.pop("flags", ())), "source_text": "",
            "note": "", **extra}


def test_derived_total_from_a_count_and_its_share():
    from databuild import derived
    spec = {"indicator_id": "pensioners", "category": "total", "count_indicator": "below", "share_indicator": "share",
            "source_id": "nsc_sdg_xlsx", "unit": "persons", "note": "All pensioners."}
    rows = [_row("below", 2017, 135927.0, cell="N4", unit="persons"),
            _row("share", 2017, 20.190276725636114, cell="N6"),
            _row("below", 2019, 147363.0, cell="P4", unit="persons"), _row("share", 2019, 20.5, cell="P6"),
            _row("below", 2020, 1.0, cell="Q4", unit="persons")]   # no share for 2020: no derived value
    out = derived.count_over_share(rows, spec)
    assert [(r["period"], r["value"]) for r in out] == [("2017", 673230.0), ("2019", 718844.0)]
    assert out[0]["locator"] == "sources/t.xlsx#S!N4/S!N6" and out[0]["flags"] == {"derived"}
    assert "full precision" in out[0]["note"] and out[0]["note"].endswith("All pensioners.")
    assert "between 717,095 and 720,601" in out[1]["note"]
    assert derived.decimals_of(20.5) == 1 and derived.decimals_of(20.190276725636114) is None


def test_site_rows_match_the_series_label_not_the_row_order():
    from databuild import site_source
    tables = {"p": {"caption_ru": "", "columns": ["Year", "Value", "SERIES"],
                    "rows": [["2024", "3.5", "B label"], ["2024", "30.2", "A label"], ["2023", "29", "A label"]]}}
    spec = {"page": "p", "series_label": "A label", "indicator_id": "x", "category": "", "unit": "percent",
            "scale": "", "note": ""}
    rows = site_source.observations(tables, [spec])
    assert [(r["period"], r["value"], r["source_text"]) for r in rows] == [("2024", 30.2, "30.2"), ("2023", 29.0, "29")]
    assert rows[0]["locator"] == ("sources/nsc-sdg-site/headline_tables.json#page=p&deploy=07c005c&row=2024"
                                  "&series=A label")
    with pytest.raises(site_source.SiteError, match="has series labels"):
        site_source.observations(tables, [{**spec, "series_label": ""}])
    with pytest.raises(site_source.SiteError, match="no national row"):
        site_source.observations(tables, [{**spec, "series_label": "C label"}])
    thousands = site_source.observations({"q": {"columns": ["Year", "Value"], "rows": [["2024", "1783.5"]]}},
                                         [{**spec, "page": "q", "series_label": "", "scale": "1000"}])
    assert thousands[0]["value"] == 1783500


# ----------------------------------------------------------------------------- merge rules

PRIORITY = {"nsc_sdg_sdmx": 1, "nsc_sdg_xlsx": 2, "nsc_sdg_site": 3, "program_2020_2023": 4, "ref_news": 10}


def test_a_revision_keeps_both_and_shows_the_newer_publication():
    old = _row("education_spending_share", 2018, 21.2)
    same = _row("education_spending_share", 2018, 21.1, source="nsc_sdg_sdmx")
    new = _row("education_spending_share", 2018, 21.1, source="nsc_sdg_site")
    agreeing = [_row("poverty_rate", 2020, 25.3, source="nsc_sdg_sdmx"),
                _row("poverty_rate", 2020, 25.3, source="nsc_sdg_site")]
    rows = [old, same, new, *agreeing]
    merge.mark_revisions(rows, "nsc_sdg_site", ("nsc_sdg_sdmx", "nsc_sdg_xlsx"), "the site", "the copy")
    merge.choose_shown(rows, PRIORITY)
    assert new["shown"] and not old["shown"] and not same["shown"]
    assert old["flags"] == {"revised"} and new["flags"] == {"revised"} and same["flags"] == set()
    assert "revised to 21.1 in the site" in old["note"] and "revises 21.2 in the copy" in new["note"]
    # Where the site agrees, the more precise official file stays shown and nobody is flagged.
    assert agreeing[0]["shown"] and not agreeing[1]["shown"] and not (agreeing[0]["flags"] | agreeing[1]["flags"])


def test_a_value_mislabelled_in_its_source_is_kept_but_not_shown():
    wrong = _row("relative_poverty_rate", 2015, 17.6, source="nsc_sdg_sdmx", flags={"mislabelled_in_source"})
    right = _row("relative_poverty_rate", 2015, 9.4)
    merge.choose_shown([wrong, right], PRIORITY)
    assert right["shown"] and not wrong["shown"] and "conflict" in wrong["flags"] | right["flags"]


def test_a_count_at_the_turn_of_a_year_is_compared_with_that_year():
    annual = _row("pensioners", 2017, 673230.0, unit="persons", flags={"derived"}, shown=True)
    end_of_year = _row("pensioners", 2017, 673200.0, source="ref_news", period="2017-12-31", unit="persons",
                       flags={"approx"}, shown=True)
    next_january = _row("pensioners", 2018, 600000.0, source="ref_news", period="2018-01-01", unit="persons",
                        shown=True)
    september = _row("pensioners", 2017, 500000.0, source="ref_news", period="2017-09", unit="persons", shown=True)
    rows = [annual, end_of_year, next_january, september]
    merge.compare_across_periods(rows, [{"indicator_id": "pensioners", "compared_with": "pensioners"}])
    assert "agrees with pensioners 2017 = 673,230" in end_of_year["note"] and "conflict" not in end_of_year["flags"]
    assert "conflict" in next_january["flags"] and "conflict" in annual["flags"]
    assert "differs from 600,000 stated for 2018-01-01" in annual["note"]
    assert september["note"] == "" and september["flags"] == set()   # a month is not the year's turn


def test_implausible_values_are_flagged_in_every_source_and_kept():
    values = [11.2, 52.9, 26.0, 67.0, 45.0, 44.9, 40.5, 60.2, 5.9, 11.8, 16.9, 14.2, 17.0, 57.7, 69.2, 355.0, 5.5]
    rows = [_row("occupational_injury_rate", 2007 + i, v, source="nsc_sdg_sdmx", unit="per_100000_workers", shown=True)
            for i, v in enumerate(values)]
    copy = _row("occupational_injury_rate", 2022, 355.0, source="nsc_sdg_site", unit="per_100000_workers", shown=False)
    flagged = merge.mark_implausible([*rows, copy])
    assert [(row["year"], finding.rule) for row, finding in flagged] == [(2022, "spike")]
    assert rows[15]["value"] == 355.0 and "implausible" in rows[15]["flags"] and "implausible" in copy["flags"]
    assert "Breaks sharply" in rows[15]["note"] and all("implausible" not in r["flags"] for r in rows[:15])


def test_an_annual_value_is_compared_with_another_indicators_annual_value():
    count = _row("disability_pension_benefit_recipients", 2012, 150206.0, unit="persons", shown=True)
    news = _row("disabled_persons", 2012, 149700.0, source="ref_news", unit="persons", shown=True)
    far = _row("disabled_persons", 2013, 100000.0, source="ref_news", unit="persons", shown=True)
    other_year = _row("disability_pension_benefit_recipients", 2013, 162967.0, unit="persons", shown=True)
    rows = [count, news, far, other_year]
    merge.compare_across_periods(rows, [{"indicator_id": "disabled_persons",
                                          "compared_with": "disability_pension_benefit_recipients"}])
    assert "agrees with disability_pension_benefit_recipients 2012 = 150,206" in news["note"]
    assert "conflict" in far["flags"] and "conflict" in other_year["flags"] and "conflict" not in count["flags"]
