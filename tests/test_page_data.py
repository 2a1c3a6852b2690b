"""Data page: the selection and its files (app_pages/data/compute.py), and the page in AppTest, where a
download's bytes are read back and compared with the table the page shows."""
import datetime as dt
import io
import json

import openpyxl
import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from app_pages.data import compute as view
from analysis import export
from analysis.schema import BREAKDOWNS
from tests.test_app import open_page
from ui.i18n import t
from ui.i18n import escape_markdown  # notices quote URL values escaped (literal text)

TODAY = dt.date(2026, 1, 15)


def say(lang):
    return lambda key, **values: t(key, lang, **values)


# --- app_pages/data/compute.py ----------------------------------------------------------------

def test_indicator_options_grouped_by_topic(data):
    options = view.indicator_options(data)
    assert set(options) == set(data.observations["indicator_id"])
    topics = [data.indicators.loc[i, "topic"] for i in options]
    assert topics == sorted(topics, key=["poverty", "wages", "labour", "disability", "pensions", "social_protection",
                                         "families_children", "population", "social_fund"].index)
    assert options[0] == "poverty_rate"


def test_totals_only_and_all_sources(data):
    totals = view.select(data, ["poverty_rate"], ["KG"], 2018, 2018)
    assert len(totals) == 1 and totals.iloc[0]["value"] == 22.4
    everything = view.select(data, ["poverty_rate"], ["KG"], 2018, 2018, totals_only=False)
    assert len(everything) > 1 and (everything.iloc[0][list(BREAKDOWNS)] == "total").all()  # the total first
    with_others = view.select(data, ["poverty_rate"], ["KG"], 2018, 2018, all_sources=True)
    # shown value first; the NSC's site and the Program give the same 2018 figure
    assert list(with_others["source_id"]) == ["nsc_sdg_sdmx", "nsc_sdg_site", "program_2020_2023"]
    assert list(with_others["shown"]) == [True, False, False]
    # export.select does the indicator, region, year and source filtering
    assert set(view.select(data, ["poverty_rate"], [], totals_only=False).index) == set(
        export.select(data, ["poverty_rate"]).index)


def test_rows_follow_the_chosen_order(data):
    rows = view.select(data, ["unemployment_rate", "poverty_rate"], ["KG-GO", "KG", "KG-B"], 2020, 2021)
    assert list(dict.fromkeys(rows["indicator_id"])) == ["unemployment_rate", "poverty_rate"]
    assert list(dict.fromkeys(rows["region"])) == ["KG", "KG-B", "KG-GO"]
    assert set(rows["year"]) == {2020, 2021}


def test_missing_values_stay_missing_in_the_table(data):
    rows = view.select(data, ["poverty_rate"], ["KG-GO"], 2007, 2008)
    table = view.table(data, rows, "en", show_breakdowns=False, show_shown=False)
    assert table["value"].isna().all()
    assert set(table["flags"]) == {"0 in the source, but not counted separately (missing)"}
    assert list(table.columns) == ["indicator", "region", "period", "value", "unit", "flags", "source", "locator"]


def test_table_names_in_each_language(data):
    rows = view.select(data, ["avg_pension"], ["KG"], 2025, 2025, all_sources=True, totals_only=False)
    ru = view.table(data, rows, "ru", show_breakdowns=True, show_shown=True)
    assert set(ru["indicator"]) == {"Средний размер пенсии"} and set(ru["unit"]) == {"сом в месяц"}
    assert "Вторичный источник (СМИ)" in ru["flags"].iloc[0]
    assert "shown" in ru.columns and "sex" not in ru.columns            # nothing here is split by sex
    assert set(ru["category"]) >= {"Всего"}
    poverty = view.select(data, ["poverty_rate"], ["KG"], 2020, 2020, totals_only=False)
    columns = view.table(data, poverty, "en", show_breakdowns=True, show_shown=False).columns
    assert {"sex", "area", "age_group"} <= set(columns) and "activity" not in columns


def test_file_names_and_download_content(data):
    rows = view.select(data, ["poverty_rate", "avg_pension"], ["KG", "KG-B"], 2015, 2025)
    files = view.downloads(data, rows, "ky", TODAY)
    assert {fmt: name for fmt, (_, name, _) in files.items()} == {
        fmt: f"poverty_rate+avg_pension_KG+KG-B_2015-2025_ky.{fmt}" for fmt in ("csv", "xlsx", "json")}
    csv = pd.read_csv(io.BytesIO(files["csv"][0]), encoding="utf-8-sig", dtype={"period": str})
    assert list(csv["indicator_id"]) == list(rows["indicator_id"]) and list(csv["period"]) == list(rows["period"])
    pd.testing.assert_series_equal(csv["value"], rows["value"].reset_index(drop=True), check_names=False)
    book = openpyxl.load_workbook(io.BytesIO(files["xlsx"][0]))
    assert book.sheetnames == ["data", "metadata", "sources", "flags"] and book["data"].max_row == len(rows) + 1
    assert any("Цитата үчүн шилтеме" == c.value for row in book["metadata"].iter_rows() for c in row)   # ky
    payload = json.loads(files["json"][0])
    assert len(payload["observations"]) == len(rows)
    assert payload["citation"].startswith("Кыргыз Республикасынын социалдык көрсөткүчтөр панели, 2026-01-15")


def test_sources_table(data):
    table = view.sources_table(data, say("en"), "en")
    assert len(table) == len(data.sources) and table.loc[0, "source_id"] == "nsc_sdg_sdmx"
    assert set(table["kind"]) == {"primary (official)", "secondary (news report)"}
    assert table["url"].dropna().str.match(r"https?://").all()
    program = table.set_index("source_id").loc["program_2020_2023"]
    assert pd.isna(program["url"]) and program["document"].startswith("seeds/")
    assert table.loc[0, "title"] == "SDG national reporting data, SDMX-ML 2.1 files"


def test_sources_table_in_the_readers_language(data):
    ky = view.sources_table(data, say("ky"), "ky").set_index("source_id")
    ru = view.sources_table(data, say("ru"), "ru").set_index("source_id")
    assert ru.loc["nsc_sdg_sdmx", "publisher"] == "Национальный статистический комитет Кыргызской Республики"
    assert ru.loc["ref_24kg_353452", "title"] == "В Кыргызстане растёт число людей с инвалидностью"
    assert ky.loc["program_2020_2023", "title"].startswith("Кыргыз Республикасында калкты социалдык коргоо")
    assert ky.loc["nsc_sdg_sdmx", "publisher"] == "Кыргыз Республикасынын Улуттук статистика комитети"
    assert ru.loc["ref_24kg_353452", "publisher"] == "24.kg"                  # a name stays as it is
    assert (ru["title"] != view.sources_table(data, say("en"), "en").set_index("source_id")["title"]).all()


def test_table_and_files_name_the_source_in_the_language(data):
    rows = view.select(data, ["poverty_rate"], ["KG"], 2018, 2018)
    ru = view.table(data, rows, "ru", show_breakdowns=False, show_shown=False)
    assert list(ru["source"]) == ["Национальный статистический комитет Кыргызской Республики: "
                                  "Данные национальной отчётности по ЦУР, файлы SDMX-ML 2.1"]
    assert export.with_labels(data, rows, "ky")["source_title"].tolist() == [
        "ТӨМ боюнча улуттук отчеттуулуктун маалыматтары, SDMX-ML 2.1 файлдары"]
    assert export.with_labels(data, rows)["source_title"].tolist() == ["SDG national reporting data, SDMX-ML 2.1 files"]
    payload = json.loads(view.downloads(data, rows, "ru", TODAY)["json"][0])
    assert "Национальный статистический комитет Кыргызской Республики, Данные национальной отчётности по ЦУР" in (
        payload["citation"])


# --- the page -----------------------------------------------------------------------------

@pytest.fixture
def served(monkeypatch):
    """file id -> bytes of every file the app hands to Streamlit's media storage (download buttons)."""
    files = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        file_id = original(self, path_or_data, mimetype, kind, filename)
        files[file_id] = (path_or_data, filename)
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return files


def downloaded(at, served) -> dict[str, tuple[bytes, str]]:
    out = {}
    for button in at.get("download_button"):
        file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
        content, name = served[file_id]
        out[name.rsplit(".", 1)[-1]] = (content, name)
    return out


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_data_page_in_each_language(lang):
    at = open_page("data", lang)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.warning
    assert at.title[0].value == t("data.title", lang)
    assert len(at.dataframe) == 3                        # the values, the coverage, the sources
    assert at.dataframe[0].value.columns[0] == t("data.col_indicator", lang)
    assert len(at.get("download_button")) == 3
    assert at.multiselect(key="data_indicators").value == ["poverty_rate"]
    assert len(at.multiselect(key="data_regions").value) == 10
    assert at.slider(key="data_years").value == (2002, 2028)
    assert at.toggle(key="data_totals_only").value is True and at.toggle(key="data_all_sources").value is False
    captions = [c.value for c in at.caption]
    assert sum(c.startswith(t("chart.source", lang)) for c in captions) >= 3   # table, coverage, sources
    sdmx_title = {"ky": "ТӨМ боюнча улуттук отчеттуулуктун маалыматтары, SDMX-ML 2.1 файлдары",
                  "ru": "Данные национальной отчётности по ЦУР, файлы SDMX-ML 2.1",
                  "en": "SDG national reporting data, SDMX-ML 2.1 files"}[lang]
    assert at.dataframe[2].value[t("data.col_title", lang)].iloc[0] == sdmx_title
    assert any(sdmx_title in c for c in captions if c.startswith(t("chart.source", lang)))


def test_downloads_hold_exactly_the_table(served):
    at = open_page("data", "ru", indicators="poverty_rate,avg_pension,disabled_persons", regions="KG,KG-GO",
                   years="2007..2025", sources="all")
    assert not at.exception and not at.warning
    shown = at.dataframe[0].value
    files = downloaded(at, served)
    assert {name for _, name in files.values()} == {
        f"poverty_rate+avg_pension+disabled_persons_KG+KG-GO_2007-2025_all-sources_ru.{ext}"
        for ext in ("csv", "xlsx", "json")}
    csv = pd.read_csv(io.BytesIO(files["csv"][0]), encoding="utf-8-sig", dtype={"period": str})
    records = pd.DataFrame(json.loads(files["json"][0])["observations"])
    sheet = pd.read_excel(io.BytesIO(files["xlsx"][0]), sheet_name="data", dtype={"period": str})
    for table in (csv, records, sheet):
        assert len(table) == len(shown)
        assert list(table["indicator_name"]) == list(shown[t("data.col_indicator", "ru")])
        assert list(table["region_name"]) == list(shown[t("data.col_region", "ru")])
        assert list(table["period"].astype(str)) == list(shown[t("data.col_period", "ru")])
        assert list(table["locator"]) == list(shown[t("data.col_locator", "ru")])
        assert list(table["shown"].astype(bool)) == list(shown[t("data.col_shown", "ru")])
        pd.testing.assert_series_equal(table["value"].astype(float), shown[t("data.col_value", "ru")],
                                       check_names=False)
        assert all(f": {title}" in source for title, source in zip(table["source_title"],
                                                                   shown[t("data.col_source", "ru")]))
    assert "Данные национальной отчётности по ЦУР, файлы SDMX-ML 2.1" in set(csv["source_title"])
    assert shown[t("data.col_value", "ru")].isna().any()     # Osh city 2007-2012: missing, not 0
    assert not (csv["value"] == 0).any()


def test_data_url_round_trip(served):
    at = open_page("data", "en", indicators="unemployment_rate,poverty_rate", regions="KG-B,KG-N", years="2010..2015",
                   breakdowns="all", sources="all")
    assert not at.exception and not at.warning
    assert at.multiselect(key="data_indicators").value == ["unemployment_rate", "poverty_rate"]
    assert at.multiselect(key="data_regions").value == ["KG-B", "KG-N"]
    assert at.slider(key="data_years").value == (2010, 2015)
    assert at.toggle(key="data_totals_only").value is False and at.toggle(key="data_all_sources").value is True
    shown = at.dataframe[0].value
    assert set(shown["Region"]) == {"Batken oblast", "Naryn oblast"}
    assert {"Sex", "Shown"} <= set(shown.columns)
    at.toggle(key="data_totals_only").set_value(True).run()
    at.slider(key="data_years").set_value((2002, 2028)).run()
    assert "breakdowns" not in at.query_params and "years" not in at.query_params
    assert at.query_params["sources"] == "all" and at.query_params["regions"] == "KG-B,KG-N"
    assert "Sex" not in at.dataframe[0].value.columns


def test_data_bad_parameters_fall_back_with_notices():
    at = open_page("data", "en", indicators="nonsense", regions="KG,XX", years="2030..2001", breakdowns="some",
                   sources="<i>x</i>")
    assert not at.exception
    assert len(at.warning) == 5 and any(escape_markdown("<i>x</i>") in w.value for w in at.warning)
    assert at.multiselect(key="data_indicators").value == ["poverty_rate"]
    assert at.multiselect(key="data_regions").value == ["KG"]
    assert at.slider(key="data_years").value == (2002, 2028)
    assert at.toggle(key="data_totals_only").value is True


def test_empty_choices_say_what_to_do():
    at = open_page("data", "en")
    at.multiselect(key="data_indicators").set_value([]).run()
    assert not at.exception
    assert [i.value for i in at.info] == [t("data.choose_indicator", "en")]
    assert len(at.get("download_button")) == 0 and len(at.dataframe) == 2
    at = open_page("data", "en", indicators="minimum_wage", years="2002..2005")
    assert [i.value for i in at.info] == [t("data.empty", "en")]
