"""Every value in data/ traces to its source, and the known traps are handled honestly."""
import re
from collections import defaultdict

import openpyxl
import pytest

from analysis.schema import period_kind
from databuild import sdmx_source
from tests.conftest import SHARED, needs_shared

FIXED_UNITS = {
    "poverty_rate": "percent", "extreme_poverty_rate": "percent", "poverty_line": "som_per_person_per_year",
    "avg_monthly_wage": "som_per_month", "minimum_wage": "som_per_month", "subsistence_minimum": "som_per_month",
    "disabled_persons": "persons", "pensioners": "persons", "avg_pension": "som_per_month",
    "social_protection_coverage": "percent", "unemployment_rate": "percent",
}


def test_fixed_indicator_ids_and_units(data):
    for indicator, unit in FIXED_UNITS.items():
        assert data.indicators.loc[indicator, "unit"] == unit
        assert (data.observations["indicator_id"] == indicator).any(), indicator


def test_every_value_has_a_source_and_locator(data):
    obs = data.observations
    assert obs["source_id"].isin(data.sources.index).all()
    assert (obs["locator"].str.len() > 0).all()


def test_osh_city_before_2013_is_missing_not_zero(data):
    obs = data.observations
    osh = obs[(obs["region"] == "KG-GO") & (obs["year"] <= 2012) & (obs["indicator_id"] == "poverty_rate")]
    assert len(osh) > 0
    assert osh["value"].isna().all()
    assert osh["flags"].str.contains("missing_zero_in_source").all()
    assert not ((obs["region"] == "KG-GO") & (obs["year"] <= 2012) & (obs["value"] == 0)
                & (obs["source_id"] == "nsc_sdg_sdmx")).any()


def test_poverty_jump_2021_carries_the_break_flag(data):
    obs = data.observations
    for indicator in ("poverty_rate", "extreme_poverty_rate"):
        rows = obs[(obs["indicator_id"] == indicator) & (obs["year"] == 2021)]
        assert len(rows) > 9 and rows["flags"].str.contains("possible_break").all()
        assert not obs[(obs["indicator_id"] == indicator) & (obs["year"] == 2020)]["flags"].str.contains(
            "possible_break").any()
    assert set(data.breaks["indicator_id"]) >= {"poverty_rate", "extreme_poverty_rate"}


def test_regional_social_protection_values_are_shares_of_the_country(data):
    obs = data.observations[data.observations["shown"]]
    coverage = obs[obs["indicator_id"] == "social_protection_coverage"]
    assert set(coverage["region"]) == {"KG"}
    shares = obs[obs["indicator_id"] == "social_protection_beneficiaries_share_of_national_population"]
    assert "KG" not in set(shares["region"]) and len(set(shares["region"])) == 9
    for year, national in coverage.set_index("year")["value"].items():
        regional = shares[shares["year"] == year]["value"].sum()
        assert regional == pytest.approx(national, abs=0.3), year


def test_counts_are_persons_not_thousands(data):
    obs = data.observations
    for indicator in ("pensioners", "disabled_persons"):
        values = obs[(obs["indicator_id"] == indicator) & obs["value"].notna()]["value"]
        assert (values > 10_000).all(), indicator


def test_secondary_values_are_marked_and_never_outrank_official_ones(data):
    obs = data.observations
    secondary_ids = set(data.sources.index[data.sources["kind"] == "secondary"])
    secondary = obs[obs["source_id"].isin(secondary_ids)]
    assert len(secondary) > 20
    assert secondary["flags"].str.contains("secondary").all()
    key = ["indicator_id", "region", "period", "sex", "area", "age_group", "activity", "category"]
    primary_keys = set(map(tuple, obs[~obs["source_id"].isin(secondary_ids)][key].values))
    shown_secondary = secondary[secondary["shown"]]
    assert not any(tuple(r) in primary_keys for r in shown_secondary[key].values)


def test_point_in_time_figures_are_not_stored_as_years(data):
    obs = data.observations
    pensioners = obs[(obs["indicator_id"] == "pensioners") & obs["locator"].str.startswith("reference/")]
    assert "2017-12-31" in set(pensioners["period"])
    kinds = {period_kind(p) for p in obs["period"]}
    assert {"year", "date", "quarter"} <= kinds


def test_conflicts_keep_both_values_and_mark_them(data):
    obs = data.observations
    conflicted = obs[obs["flags"].str.contains(r"(?:^|;)conflict(?:$|;)")]
    assert len(conflicted) > 0
    key = ["indicator_id", "region", "period", "sex", "area", "age_group", "activity", "category"]
    for _, group in conflicted.groupby(key):
        assert group["shown"].sum() <= 1


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _value_matches_text(value: float, text: str) -> bool:
    """The stored value is the number written in the text, up to a scale word (thousand, million ...)."""
    numbers = [float(n.replace(" ", "").replace("\u00a0", "").replace(",", "."))
               for n in re.findall(r"\d[\d \u00a0]*(?:[.,]\d+)?", text) if n.strip()]
    for number in numbers:
        for scale in (1, 1e3, 1e6, 1e9):
            if abs(number * scale - value) <= 1e-6 * max(1.0, abs(value)):
                return True
    significant = _digits(f"{value:.10g}".split(".")[0]).rstrip("0") + _digits(f"{value:.10g}".split(".")[1]
                                                                               if "." in f"{value:.10g}" else "")
    return bool(significant) and significant in _digits(text)


@needs_shared
def test_each_value_from_a_document_stands_on_its_cited_line(data):
    obs = data.observations
    cited = obs[obs["locator"].str.match(r"^(seeds|reference)/")]
    assert len(cited) > 150
    cache: dict[str, list[str]] = {}
    for row in cited.itertuples():
        document, line = row.locator.rsplit(":", 1)
        if document not in cache:
            cache[document] = (SHARED / document).read_text(encoding="utf-8").split("\n")
        text = cache[document][int(line) - 1]
        assert row.source_text and row.source_text in text, row.locator
        assert _value_matches_text(row.value, row.source_text), (row.locator, row.value, row.source_text)


@needs_shared
def test_each_sdmx_value_is_the_one_in_its_file(data):
    obs = data.observations[data.observations["source_id"] == sdmx_source.SOURCE_ID]
    folder = SHARED / sdmx_source.SDMX_FOLDER
    structure = sdmx_source.load_structure(folder)
    by_locator = {}
    for file in sorted({loc.split("#")[0].rsplit("/", 1)[1] for loc in obs["locator"]}):
        frame = sdmx_source.read_file(folder / "data" / file, structure)
        for _, row in frame.iterrows():
            by_locator[sdmx_source.locator(file, row)] = float(row["value"])
    for row in obs.itertuples():
        source_value = by_locator[row.locator]
        if "missing_zero_in_source" in row.flags:
            assert source_value == 0 and row.value != row.value  # NaN
        else:
            assert row.value == pytest.approx(source_value), row.locator


@needs_shared
def test_each_xlsx_value_is_the_one_in_its_cell(data):
    obs = data.observations[data.observations["source_id"] == "nsc_sdg_xlsx"]
    books = defaultdict(dict)
    for row in obs.itertuples():
        path, cell = row.locator.split("#")
        sheet, address = cell.split("!")
        if path not in books:
            books[path] = openpyxl.load_workbook(SHARED / path, data_only=True)
        assert books[path][sheet][address].value == pytest.approx(row.value), row.locator
