"""Every value in data/ traces to its source, and the known traps are handled honestly; every download
names each value's source in full and cites it."""
import csv as stdlib_csv
import datetime as dt
import io
import json
import re

import openpyxl
import pandas as pd
import pytest

from analysis import export, releases
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


# --------------------------------------------------------------------------- downloads that cite themselves
# A researcher's check of the files every download is made by (analysis/export.py: the Data page, each
# chart, the CLI and the API): read back with pandas and openpyxl as they come, no options.

TODAY = dt.date(2026, 1, 15)
THREE_OBLASTS = export.make_selection(["poverty_rate"], ["KG-B", "KG-J", "KG-O"], 2015, 2024, lang="ru")
MIXED = export.make_selection(["poverty_rate", "avg_pension"], ["KG", "KG-B"], 2019, 2025, all_sources=True)


def _file(data, selection, fmt, lang=None):
    lang = lang or selection.get("lang", "en")
    rows = export.selected_rows(data, selection)
    return rows, export.to_bytes(data, rows, fmt, lang, TODAY, selection={**selection, "lang": lang})


def test_the_csv_reads_with_no_options_and_each_value_carries_its_source_in_full(data):
    rows, content = _file(data, THREE_OBLASTS, "csv")
    table = pd.read_csv(io.BytesIO(content))                     # no encoding, no skiprows, no comment
    assert table.columns[0] == "indicator_id" and list(table.columns[-2:]) == ["release", "data_as_of"]
    assert len(table) == len(rows) == 81
    sources = data.sources.loc[rows["source_id"]]
    assert list(table["source_publisher"]) == list(sources["publisher_ru"])
    assert list(table["source_title"]) == list(sources["title_ru"])
    assert set(table["source_url"]) == {"https://github.com/sdg-kyrgyzstan/open-sdg-data-starter"}
    assert set(table["source_licence"]) == {"Official statistics of the NSC; repository under the MIT licence"}
    assert set(table["source_kind"]) == {"primary"} and table["source_document"].str.contains("commit").all()
    assert list(table["locator"]) == list(rows["locator"])          # '#' inside a locator survives
    # the filter that made the file, and a citation naming the release and the source
    assert set(table["selection"]) == {"indicator=poverty_rate&region=KG-B,KG-J,KG-O&from=2015&to=2024"
                                       "&all_sources=false&lang=ru"}
    release = releases.current()
    assert table["citation"].str.startswith("Панель социальных показателей Кыргызской Республики, выгрузка данных "
                                            f"от 2026-01-15 (выпуск {release.id}").all()
    assert table["citation"].str.contains("Национальный статистический комитет Кыргызской Республики, Данные "
                                          "национальной отчётности по ЦУР").all()
    # the flags in words, and the values as the source gives them
    broken = table[table["flags"] == "possible_break"]
    assert len(broken) == 9 and set(broken["flag_meaning"]) == {"Возможный разрыв сопоставимости"}
    assert (table["value"].to_numpy() == rows["value"].to_numpy()).all()
    assert set(table["value_precision"]) == {"как в источнике, без округления; на экране округлено до десятых "
                                             "(только для показа)"}
    # a strict reader agrees: one header row, every row as wide as it
    lines = list(stdlib_csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert len(lines) == len(rows) + 1 and {len(line) for line in lines} == {len(table.columns)}


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_every_format_gives_the_flags_legend_in_the_language(data, lang):
    rows, content = _file(data, MIXED, "csv", lang)
    meaning = dict(zip(data.flags["flag"], data.flags[f"name_{lang}"]))
    table = pd.read_csv(io.BytesIO(content), keep_default_na=False)
    for flags, said in zip(table["flags"], table["flag_meaning"]):
        assert said == "; ".join(meaning[f] for f in flags.split(";") if f)
    assert {"secondary", "as_worded", "possible_break"} <= set(";".join(table["flags"]).split(";"))
    legend = {"as_worded": meaning["as_worded"], "possible_break": meaning["possible_break"],
              "secondary": meaning["secondary"]}
    payload = json.loads(_file(data, MIXED, "json", lang)[1])
    assert {f["flag"]: f["meaning"] for f in payload["flags"]} == legend
    book = openpyxl.load_workbook(io.BytesIO(_file(data, MIXED, "xlsx", lang)[1]))
    sheet = pd.read_excel(io.BytesIO(_file(data, MIXED, "xlsx", lang)[1]), sheet_name="flags")
    assert dict(zip(sheet["flag"], sheet["meaning"])) == legend
    assert book["flags"].freeze_panes == "A2"


def test_the_excel_file_has_sources_a_frozen_header_readable_widths_and_its_citation(data):
    rows, content = _file(data, MIXED, "xlsx", "en")
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["data", "metadata", "sources", "flags"]
    for name in ("data", "sources", "flags"):
        sheet = book[name]
        assert sheet.freeze_panes == "A2", name                 # the header row stays in view
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        headers = [c.value for c in sheet[1]]
        assert all(8 <= w <= 60 for w in widths), (name, widths)
        assert all(w >= min(len(h), 58) for w, h in zip(widths, headers)), name
    values = pd.read_excel(io.BytesIO(content), sheet_name="data")
    assert len(values) == len(rows) and (values["value"].to_numpy() == rows["value"].to_numpy()).all()
    # every source in full, as the catalogue gives it; a licence it does not record stays empty
    sources = pd.read_excel(io.BytesIO(content), sheet_name="sources", keep_default_na=False).set_index("source_id")
    assert set(sources.index) == set(rows["source_id"])
    catalogue = data.sources.loc[sources.index]
    assert list(sources["publisher"]) == list(catalogue["publisher"]) and list(sources["title"]) == list(
        catalogue["title"])
    assert list(sources["licence"]) == list(catalogue["licence"]) and "" in set(sources["licence"])
    assert set(sources["kind_name"]) == {"primary (official)", "secondary (news report quoting officials)"}
    assert sources.loc["nsc_sdg_sdmx", "url"] == "https://github.com/sdg-kyrgyzstan/open-sdg-data-starter"
    assert sources["values_in_file"].sum() == len(rows)
    # the metadata sheet: citation, release, the filter, and that rounding on screen is only display
    about = {row[0]: row[1] for row in book["metadata"].iter_rows(values_only=True) if row[0]}
    release = releases.current()
    assert about["Data release"] == release.id and about["Extract made on"] == "2026-01-15"
    assert about["Filter (the selection that made this file)"] == (
        "indicator=poverty_rate,avg_pension&region=KG,KG-B&from=2019&to=2025&all_sources=true&lang=en")
    assert about["Citation"].startswith("Kyrgyz Social Indicators Dashboard, data extract of 2026-01-15")
    for source in data.sources.loc[sources.index].itertuples():
        assert f"{source.publisher}, {source.title}" in about["Citation"]
    assert "only a display choice" in about["Precision of the values"]


def test_the_json_file_states_the_same_metadata_as_fields(data):
    rows, content = _file(data, THREE_OBLASTS, "json", "ky")
    payload = json.loads(content)
    assert payload["selection"] == {"indicator": ["poverty_rate"], "region": ["KG-B", "KG-J", "KG-O"], "from": 2015,
                                    "to": 2024, "all_sources": False, "lang": "ky"}
    assert payload["release"]["id"] == releases.current().id and payload["made_on"] == "2026-01-15"
    assert "тегеректөө көрсөтүү үчүн гана" in payload["precision"]
    assert [s["source_id"] for s in payload["sources"]] == ["nsc_sdg_sdmx"]
    assert payload["sources"][0]["publisher"] == "Кыргыз Республикасынын Улуттук статистика комитети"
    assert payload["indicators"][0]["decimals_on_screen"] == 1
    record = payload["observations"][0]
    assert record["source_url"] and record["citation"].startswith("Кыргыз Республикасынын социалдык")
    assert not {"selection", "release", "data_as_of"} & set(record)          # the file's, stated once above


def test_every_value_keeps_the_precision_of_its_source_in_every_format(data):
    rows = export.select(data, all_sources=True)
    long = rows["value"].dropna()
    assert (long.map(lambda v: len(repr(v))) > 12).any()          # values with more digits than 10
    payload = json.loads(export.to_bytes(data, rows, "json", today=TODAY))
    given = pd.Series([o["value"] for o in payload["observations"]], dtype=float)
    assert given.isna().equals(rows["value"].isna().reset_index(drop=True))
    assert (given.dropna().to_numpy() == long.to_numpy()).all()
    table = pd.read_csv(io.BytesIO(export.to_bytes(data, rows, "csv", today=TODAY)), low_memory=False)
    assert (table["value"].dropna().to_numpy() == long.to_numpy()).all()


def test_selected_rows_filter_by_breakdown_and_name_the_file(data):
    chosen = export.make_selection(["poverty_rate"], ["KG"], 2018, 2020, {"sex": ["female", "male"]}, lang="ky")
    rows = export.selected_rows(data, chosen)
    assert set(rows["sex"]) == {"female", "male"} and set(rows["year"]) == {2018, 2019, 2020} and rows["shown"].all()
    assert export.file_name(data, rows, "csv", "ky", chosen) == "poverty_rate_KG_2018-2020_sex-female+male_ky.csv"
    every = export.make_selection(["poverty_rate", "avg_pension"], list(data.regions.index), 2015, 2025,
                                  {d: "total" for d in ("sex", "area", "age_group", "activity", "category")},
                                  all_sources=True, lang="ru")
    assert export.file_name(data, export.selected_rows(data, every), "xlsx", "ru", every) == (
        "poverty_rate+avg_pension_all-regions_2015-2025_all-sources_ru.xlsx")
    unfiltered = export.make_selection(["unemployment_rate"], ["KG"], 2020, 2020, lang="en")
    assert export.file_name(data, export.selected_rows(data, unfiltered), "json", "en", unfiltered) == (
        "unemployment_rate_KG_2020_by-sex+age_group_en.json")
    with pytest.raises(ValueError, match="unknown selection keys"):
        export.normalized({"indicators": ["x"]})


def test_a_file_with_no_values_still_says_what_it_is(data):
    chosen = export.make_selection(["minimum_wage"], ["KG"], 2002, 2003)
    rows = export.selected_rows(data, chosen)
    assert rows.empty
    table = pd.read_csv(io.BytesIO(export.to_bytes(data, rows, "csv", selection=chosen)))
    assert table.empty and "source_publisher" in table.columns
    payload = json.loads(export.to_bytes(data, rows, "json", selection=chosen))
    assert payload["observations"] == [] and payload["sources"] == [] and payload["selection"]["from"] == 2002
    assert export.file_name(data, rows, "csv", "en", chosen) == "minimum_wage_KG_2002-2003_en.csv"
    assert openpyxl.load_workbook(io.BytesIO(export.to_bytes(data, rows, "xlsx", selection=chosen)))["data"].max_row == 1
