"""The Methodology and sources page: AppTest in every language, URL state, and the pure functions behind it."""
import pytest

from analysis import loader
from app_pages.methodology import compute as mv
from analysis.schema import LANGUAGES, source_columns
from tests.conftest import ROOT
from tests.test_app import every, open_every_section, open_page
from ui.format import number
from ui.strings import STRINGS

SECTIONS = ("sources", "definitions", "breaks", "conflicts", "missing", "flags", "periods", "sdg131", "forecasts",
            "maps", "releases")


@pytest.fixture(scope="module")
def documents():
    return {name: loader.load_document_table(name) for name in ("program_directions.csv", "social_fund_measures.csv")}


# --------------------------------------------------------------------------- the page


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_page_in_each_language(lang, data):
    opened = open_every_section("methodology", lang, list(SECTIONS))
    for section, at in opened.items():
        assert not at.exception, (section, [e.value for e in at.exception])
        assert not at.warning and len(at.tabs) == len(SECTIONS)
        assert at.title[0].value == STRINGS["methodology.title"][lang]
    assert [h.value for h in every(opened, "header")] == [STRINGS[f"methodology.{s}"][lang] for s in SECTIONS]
    # Sources, definitions, breaks, conflicts, flags, periods and releases: tables that wrap their text.
    tables = every(opened, "table")
    assert len(tables) == 7
    assert len(tables[0].value) == len(data.sources)
    assert len(tables[1].value) == len(data.indicators)
    assert len(tables[2].value) == len(data.breaks)
    assert len(tables[3].value) == len(mv.conflicts(data))
    assert len(tables[4].value) == len(data.flags)
    assert len(tables[5].value) == len(mv.PERIOD_EXAMPLES)
    assert opened["sources"].selectbox(key="methodology_kind").value == "all"
    assert opened["definitions"].selectbox(key="methodology_topic").value == "all"
    assert opened["definitions"].text_input(key="methodology_search").value == ""
    # The texts that carry computed numbers.
    body = " ".join(m.value for m in every(opened, "markdown"))
    assert "2007–2012" in body and "M3" in body and "HDX COD-AB" in body   # the forecasts are checked on M3
    assert any("CC BY 3.0 IGO" in c.value for c in every(opened, "caption"))   # the boundaries' licence
    assert any("16" in i.value for i in opened["sdg131"].info)  # the SDG 1.3.1 check
    # Sources' titles and publishers in the reader's language, in the sources table and in the conflicts.
    title, publisher = source_columns(lang)
    cells = [str(c).replace("\\", "") for c in tables[0].value.iloc[:, 0]]   # markdown, escaped
    assert cells == [f"{a} — {b}" for a, b in zip(data.sources[title], data.sources[publisher])]
    conflicts = " ".join(tables[3].value.astype(str).to_numpy().ravel()).replace("\\", "")
    if lang != "en":
        english_only = set(data.sources["publisher"]) - set(data.sources[publisher])
        assert not [p for p in english_only if p in conflicts or p in " ".join(cells)]
        assert data.sources.loc["ref_knews_20120726", publisher] in conflicts     # a proper name, as it is


def test_url_parameters_set_the_filters(data):
    opened = open_every_section("methodology", "en", ["sources", "definitions"], kind="secondary", topic="wages",
                                q="Minimum")
    assert not any(at.exception or at.warning for at in opened.values())
    assert opened["sources"].selectbox(key="methodology_kind").value == "secondary"
    assert opened["definitions"].selectbox(key="methodology_topic").value == "wages"
    assert opened["definitions"].text_input(key="methodology_search").value == "Minimum"
    sources = opened["sources"].table[0].value
    assert len(sources) == (data.sources["kind"] == "secondary").sum()
    assert set(sources["Kind"]) == {"Secondary"}
    found = opened["definitions"].table[0].value
    ids = [i.replace("\\", "") for i in found["Id"]]  # the cells are markdown, escaped
    assert ids == list(mv.definitions(data, "en", "wages", "Minimum")["id"])
    assert "minimum_wage" in ids


def test_a_search_that_finds_nothing_says_so():
    at = open_page("methodology", "ru", section="definitions", q="нет-такого-показателя")
    assert not at.exception
    assert any("не найдено" in i.value for i in at.info)
    assert len(at.table) == 0


def test_bad_parameters_fall_back_with_notices(data):
    opened = open_every_section("methodology", "en", ["sources", "definitions"], kind="tertiary", topic="weather",
                                q="x" * 100)
    assert not any(at.exception for at in opened.values())
    assert len(opened["sources"].warning) == 1 and len(opened["definitions"].warning) == 2
    assert opened["sources"].selectbox(key="methodology_kind").value == "all"
    assert opened["definitions"].selectbox(key="methodology_topic").value == "all"
    assert opened["definitions"].text_input(key="methodology_search").value == ""
    assert len(opened["definitions"].table[0].value) == len(data.indicators)


def test_typing_a_search_writes_the_url():
    at = open_page("methodology", "en", section="definitions")
    at.text_input(key="methodology_search").input("poverty").run()
    assert at.query_params["q"] == "poverty"
    at.text_input(key="methodology_search").input("").run()
    assert "q" not in at.query_params


# --------------------------------------------------------------------------- sources


def test_every_value_is_counted_once(data, documents):
    usage = mv.source_usage(data, documents)
    obs = data.observations
    assert list(usage.index) == list(data.sources.index)
    assert usage["values"].sum() + usage["missing"].sum() == len(obs)
    assert usage["shown"].sum() == int((obs["shown"] & obs["value"].notna()).sum())
    for source_id in ("nsc_sdg_sdmx", "ref_24kg_64940"):
        assert set(usage.loc[source_id, "indicators"]) == set(obs.loc[obs["source_id"] == source_id, "indicator_id"])


def test_documents_and_targets_are_counted(data, documents):
    usage = mv.source_usage(data, documents)
    assert usage.loc["program_2020_2023", "document_rows"] == len(documents["program_directions.csv"])
    assert usage.loc["social_fund_2024q1", "document_rows"] == len(documents["social_fund_measures.csv"])
    assert usage.loc["un_sdg_framework", "targets"] == len(data.targets) and \
        usage.loc["un_sdg_framework", "values"] == 0
    assert usage.loc["nsc_sdg_sdmx", "missing"] == 19  # Osh city 2007-2012


def test_sources_view_by_kind(data, documents):
    usage = mv.source_usage(data, documents)
    every = mv.sources_view(data, usage, "ru")
    primary = mv.sources_view(data, usage, "ru", "primary")
    assert len(every) == len(data.sources)
    assert set(primary["kind"]) == {"primary"} and len(primary) == (data.sources["kind"] == "primary").sum()
    sdmx = every.iloc[0]
    assert sdmx["values"] == usage.loc["nsc_sdg_sdmx", "values"]
    assert sdmx["title"] == "Данные национальной отчётности по ЦУР, файлы SDMX-ML 2.1"
    assert sdmx["publisher"] == "Национальный статистический комитет Кыргызской Республики"
    assert "Уровень бедности" in sdmx["indicators"]


# --------------------------------------------------------------------------- definitions


def test_what_was_taken_in_words(data, documents):
    view = mv.sources_view(data, mv.source_usage(data, documents), "en")
    texts = mv.taken_texts(view, "{count}: {names}", "none", "; +{count} rows", "(+{count})")
    texts = dict(zip(data.sources.index, texts))
    assert texts["un_sdg_framework"] == "none; +1 rows"
    assert texts["program_2020_2023"].startswith("93: ") and texts["program_2020_2023"].endswith("; +67 rows")
    assert texts["nsc_sdg_xlsx"].startswith("16: ")     # the NSC's Excel tables read (docs/sources-read.md)


def test_source_cells():
    assert mv.short_list(["a", "b", "c"], 2, "(+{count})") == "a, b (+1)"
    assert mv.short_list(["a"], 2, "(+{count})") == "a"
    escape = lambda text: text.replace("_", "\\_")  # noqa: E731
    assert mv.link_or_document("https://www.x.kg/a_b", "", escape) == "[x.kg](<https://www.x.kg/a_b>)"
    assert mv.link_or_document("", "seeds/0_x.txt", escape) == "seeds/0\\_x.txt"
    assert mv.link_or_document("https://x.kg", "f_1.xml", escape) == "[x.kg](<https://x.kg>) — f\\_1.xml"


def test_definitions_search_every_word_in_any_case(data):
    assert len(mv.definitions(data, "en")) == len(data.indicators)
    found = mv.definitions(data, "en", query="POVERTY extreme")
    assert "extreme_poverty_rate" in set(found["id"]) and "poverty_rate" not in set(found["id"])
    assert set(mv.definitions(data, "ky", topic="pensions")["topic"]) == {"pensions"}
    by_id = mv.definitions(data, "ru", query="neet_rate")
    assert list(by_id["id"]) == ["neet_rate"] and by_id.iloc[0]["definition"] == \
        data.indicators.loc["neet_rate", "definition_ru"]


# --------------------------------------------------------------------------- conflicts


def test_each_conflict_lists_every_value_and_one_is_shown(data):
    groups = mv.conflicts(data)
    flagged = data.observations[data.observations["flags"].str.contains("conflict")]
    assert sum(len(g[g["flags"].str.contains("conflict")]) for g in groups) == len(flagged)
    for group in groups:
        assert group["indicator_id"].nunique() == 1 and group["period"].nunique() == 1
        assert group.iloc[0]["shown"]  # the shown value comes first
    wage_2018 = next(g for g in groups if g.iloc[0]["indicator_id"] == "avg_monthly_wage" and
                     g.iloc[0]["period"] == "2018")
    assert wage_2018.iloc[0]["value"] == 16427.0 and wage_2018["shown"].sum() == 1
    assert 16218.0 in set(wage_2018["value"])


def test_the_conflict_table_says_which_value_is_shown(data):
    words = {"shown": "SHOWN", "not_shown": "NOT", "both_shown": "BOTH", "none": "NONE"}
    table = mv.conflicts_view(data, "en", number, words)
    assert len(table) == len(mv.conflicts(data))
    wage = table[(table["indicator"] == "Average monthly wage") & (table["period"] == "2018")].iloc[0]
    assert wage["shown_value"] == "16,427" and "16,218 — Radio Azattyk" in wage["values"]
    osh = table[table["region"] == "Osh oblast"].iloc[0]  # one source, two values kept apart
    assert osh["shown_value"] == "BOTH" and osh["period"] == "Q2 2021"


# --------------------------------------------------------------------------- missing values, flags, periods


def test_missing_values_are_osh_city_2007_to_2012(data):
    summary = mv.missing_summary(data)
    assert summary["count"] == int(data.observations["value"].isna().sum()) == 19
    assert summary["regions"] == ["KG-GO"] and (summary["first_year"], summary["last_year"]) == (2007, 2012)
    assert "poverty_rate" in summary["indicators"]


def test_flag_counts(data):
    counts = mv.flag_counts(data)
    assert list(counts.index) == list(data.flags.index)
    assert counts["missing_zero_in_source"] == 19
    assert counts["secondary"] == int(data.observations["flags"].str.contains("secondary").sum())


def test_every_flag_is_explained_in_three_languages(data):
    for flag in data.flags.index:
        texts = STRINGS[f"methodology.flag.{flag}"]
        assert all(texts[lang].strip() for lang in LANGUAGES), flag


def test_periods_are_placed_where_they_belong():
    table = mv.period_examples("en").set_index("notation")
    assert table.loc["2018", "drawn_at"] == "1 July 2018"
    assert table.loc["2019-01-01", "drawn_at"] == "1 January 2019"
    assert table.loc["2024-Q1", "drawn_at"] == "15 February 2024"  # the middle of the quarter, not of a year
    assert table.loc["2024-Q1", "label"] == "Q1 2024" and table.loc["2024-Q1", "kind"] == "quarter"


def test_regional_sdg_131_values_add_up_to_the_national_rate(data):
    check = mv.sdg131_check(data)
    assert check["agrees"] and check["regions"] == 9
    assert check["regional_sum"] == pytest.approx(check["national"], abs=0.15)
    assert set(mv.sdg131_sources(data)) == {"nsc_sdg_sdmx"}


def test_the_forecast_text_matches_the_forecast_module():
    forecast = pytest.importorskip("analysis.forecast")
    source = (ROOT / "app_pages" / "methodology" / "page.py").read_text(encoding="utf-8")
    assert f"MIN_FORECAST_POINTS = {forecast.MIN_POINTS}" in source
    assert forecast.MODELS == ("naive", "drift", "ses", "holt", "combined")


def test_the_forecast_text_states_the_interval_rules_the_code_applies():
    """The numbers the text names are the code's: fewer than five past forecasts switch to the fallback, the
    backtest looks 1-6 years ahead, the intervals are 80% and 95%; every language names the three rules."""
    intervals = pytest.importorskip("analysis.forecast_intervals")
    assert intervals.FEW_ORIGINS == 5 and intervals.BACKTEST_HORIZONS == 6 and intervals.LEVELS == (0.80, 0.95)
    text = STRINGS["methodology.forecasts_text"]
    assert "fewer than five" in text["en"] and "меньше пяти" in text["ru"] and "бештен аз" in text["ky"]
    assert all("1–6" in text[lang] and "80%" in text[lang] and "95%" in text[lang] for lang in ("ky", "ru", "en"))
    assert "logit" in text["en"] and "логит" in text["ru"] and "логит" in text["ky"]
