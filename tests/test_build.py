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
