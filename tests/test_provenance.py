"""Every value in data/ traces to its source, and the known traps are handled honestly."""
import re
from collections import defaultdict

import openpyxl
import pytest

from analysis.schema import period_kind
from databuild import sdmx_source, site_source
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
            # A count the file gives in thousands (UNIT_MULT 3) is stored in persons.
            scale = 10 ** int(row["UNIT_MULT"]) if str(row.get("UNIT_MULT", "") or "").strip() else 1
            by_locator[sdmx_source.locator(file, row)] = float(row["value"]) * scale
    for row in obs.itertuples():
        source_value = by_locator[row.locator]
        if "missing_zero_in_source" in row.flags:
            assert source_value == 0 and row.value != row.value  # NaN
        else:
            assert row.value == pytest.approx(source_value), row.locator


def _cells(data, locator):
    """The values of the cells a locator names: path#Sheet!A1, or path#Sheet!A1/Sheet!A3 for a derived value."""
    path, cells = locator.split("#")
    if path not in _BOOKS:
        _BOOKS[path] = openpyxl.load_workbook(SHARED / path, data_only=True)
    return [_BOOKS[path][sheet][address].value for sheet, address in (c.split("!") for c in cells.split("/"))]


_BOOKS: dict = {}


@needs_shared
def test_each_xlsx_value_is_the_one_in_its_cell(data):
    obs = data.observations[data.observations["source_id"] == "nsc_sdg_xlsx"]
    plain = obs[~obs["flags"].str.contains("derived")]
    assert len(plain) > 500
    for row in plain.itertuples():
        (cell,) = _cells(data, row.locator)
        assert cell == pytest.approx(row.value), row.locator


@needs_shared
def test_derived_values_are_their_formula_of_the_cited_cells(data):
    obs = data.observations
    derived = obs[obs["flags"].str.contains("derived")]
    assert set(derived["indicator_id"]) == {"pensioners"} and len(derived) >= 17
    for row in derived.itertuples():
        count, share = _cells(data, row.locator)
        assert row.value == round(count / share * 100), row.locator
        assert "Derived:" in row.note and "× 100" in row.note and f"{count:,.0f}" in row.note
    by_year = derived.set_index("period")["value"]
    # The NSC's own totals: 673.2 thousand at the end of 2017, 694.8 thousand at the end of 2018.
    assert by_year["2017"] == 673230 and by_year["2018"] == 694839
    rounded = derived[derived["period"] >= "2019"]
    assert rounded["note"].str.contains("rounded to 1 decimal").all() and rounded["note"].str.contains("between").all()


@needs_shared
def test_each_site_value_is_the_one_in_its_table(data):
    import json
    from urllib.parse import unquote
    tables = json.loads((SHARED / site_source.SITE_FOLDER / site_source.TABLES_FILE).read_text(encoding="utf-8"))
    obs = data.observations[data.observations["source_id"] == site_source.SOURCE_ID]
    assert len(obs) > 300 and (obs["region"] == "KG").all()
    for row in obs.itertuples():
        query = dict(part.split("=", 1) for part in unquote(row.locator.split("#", 1)[1]).split("&"))
        table = tables[query["page"]]
        cells = [dict(zip(table["columns"], r)) for r in table["rows"]]
        cells = [c for c in cells if c["Year"] == query["row"]]
        if "series" in query:
            cells = [c for c in cells if c["SERIES"] == query["series"]]
        assert len(cells) == 1, row.locator
        assert query["deploy"] == "07c005c" and cells[0]["Value"] == row.source_text, row.locator
        scale = 1000 if row.indicator_id == "informal_sector_employment" else 1
        assert row.value == pytest.approx(float(row.source_text) * scale), row.locator


def _shown(data, indicator, period, region="KG", **breakdowns):
    obs = data.observations
    mask = obs["shown"] & (obs["indicator_id"] == indicator) & (obs["region"] == region) & (obs["period"] == period)
    for column in ("sex", "area", "age_group", "activity", "category"):
        mask &= obs[column] == breakdowns.get(column, "total")
    rows = obs[mask]
    assert len(rows) == 1, (indicator, period, region, breakdowns)
    return rows.iloc[0]


def test_the_2024_headline_values_come_from_the_sdg_site(data):
    for indicator, value in (("poverty_rate", 25.693838), ("extreme_poverty_rate", 2.7),
                             ("registered_unemployment_rate", 1.8), ("multidimensional_poverty_rate", 38.5),
                             ("working_poor_share", 17.3), ("employment_rate", 57.1), ("gini_income", 0.412),
                             ("median_income_per_capita", 9201.4), ("occupational_injury_rate", 20.609912),
                             ("fatal_occupational_injury_rate", 3.346909), ("labour_share_gdp", 23.1),
                             ("income_growth_per_capita", 4.8)):
        row = _shown(data, indicator, "2024")
        assert row["source_id"] == "nsc_sdg_site" and row["value"] == pytest.approx(value), indicator
        assert "page=" in row["locator"] and "deploy=07c005c" in row["locator"] and "row=2024" in row["locator"]


def test_a_revision_by_the_site_keeps_both_and_shows_the_site(data):
    obs = data.observations
    rows = obs[(obs["indicator_id"] == "education_spending_share") & (obs["period"] == "2018")]
    revised = rows[rows["flags"].str.contains("revised")]
    assert set(revised["source_id"]) == {"nsc_sdg_site", "nsc_sdg_xlsx"}
    assert revised.set_index("source_id").loc["nsc_sdg_site", "shown"]
    assert revised.set_index("source_id").loc["nsc_sdg_xlsx", "value"] == 21.2
    assert "revised" in set(data.flags.index)


def test_the_relative_poverty_regions_come_from_the_nsc_table_not_the_mislabelled_sdmx_rows(data):
    # Table 10.2.1 gives Batken 9.43 in 2015; the SDMX file puts that value under AGE=Y0T17.
    batken = _shown(data, "relative_poverty_rate", "2015", region="KG-B")
    assert batken["source_id"] == "nsc_sdg_xlsx" and batken["value"] == pytest.approx(9.432768, abs=1e-6)
    osh_oblast = _shown(data, "relative_poverty_rate", "2023", region="KG-O")
    assert osh_oblast["source_id"] == "nsc_sdg_xlsx"
    obs = data.observations
    sdmx = obs[(obs["indicator_id"] == "relative_poverty_rate") & (obs["source_id"] == "nsc_sdg_sdmx")
               & ((obs["region"] != "KG") | (obs["age_group"] != "total"))]
    assert len(sdmx) == 108 and sdmx["flags"].str.contains("mislabelled_in_source").all() and not sdmx["shown"].any()
    # The SDMX 'Batken' is the table's Talas, in every year.
    talas = obs[(obs["indicator_id"] == "relative_poverty_rate") & (obs["region"] == "KG-T")
                & (obs["source_id"] == "nsc_sdg_xlsx")].set_index("year")["value"]
    sdmx_batken = sdmx[sdmx["region"] == "KG-B"].set_index("year")["value"]
    assert (abs(talas - sdmx_batken) < 1e-5).all() and len(talas) == 9


def test_informal_employment_is_in_persons_under_the_tables_labels(data):
    total = _shown(data, "informal_sector_employment", "2023")
    assert total["value"] == 1754600 and total["unit"] == "persons"
    sixties = _shown(data, "informal_sector_employment", "2023", age_group="Y60T69")
    services = _shown(data, "informal_sector_employment", "2023", activity="services")
    assert sixties["value"] == 83400 and "code_corrected" in sixties["flags"] and "AGE=Y65T69" in sixties["locator"]
    assert services["value"] == 871300 and "code_corrected" in services["flags"]


def test_the_disability_count_is_its_own_official_indicator(data):
    row = _shown(data, "disability_pension_benefit_recipients", "2020")
    assert row["value"] == 197792 and row["source_id"] == "nsc_sdg_xlsx"
    assert row["locator"].endswith("1.3.1.c.xlsx#Лист1!Q4")
    meta = data.indicators.loc["disability_pension_benefit_recipients"]
    assert meta["unit"] == "persons" and meta["topic"] == "disability"
    assert "not every person with a disability" in meta["definition_en"]
    # The news figure of about 198 thousand on 1 January 2021 is compared with it, and agrees.
    news = _shown(data, "disabled_persons", "2021-01-01")
    assert "agrees with disability_pension_benefit_recipients 2020" in news["note"] and "conflict" not in news["flags"]


def test_new_indicators_are_defined_in_three_languages(data):
    for indicator in ("disability_pension_benefit_recipients", "pensioners_below_subsistence",
                      "pension_recipients_share", "income_growth_per_capita", "gini_income", "labour_share_gdp", "employment_rate",
                      "informal_sector_employment"):
        meta = data.indicators.loc[indicator]
        for column in ("name_ky", "name_ru", "name_en", "definition_ky", "definition_ru", "definition_en"):
            assert meta[column].strip(), (indicator, column)
        assert (data.observations["indicator_id"] == indicator).any(), indicator
    assert set(data.breaks["indicator_id"]) >= {"labour_share_gdp", "international_poverty_rate"}
