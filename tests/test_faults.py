"""A broken data file: the pages that need it say which file and which rule, the others keep working,
and the command line exits 2 with the same one-line message.

Each case breaks a COPY of data/ and points the app at it through analysis.loader.DATA_DIR (what
$KG_DATA_DIR sets when the server starts); Streamlit's caches are cleared around every case.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st

from analysis import forecast_store, geometry, loader, maps
from tests.conftest import DATA, ROOT
from tests.test_app import PAGES, open_page
from ui import cache
from ui.i18n import t

CORE_PAGES = PAGES  # every page starts with ui.frame.start(), which loads the core tables


# --------------------------------------------------------------------------- breaking a copy

def truncate_csv(path: Path) -> None:
    """Cut the file in the middle of a row, as an interrupted copy or download leaves it."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    middle = len(lines) // 2
    path.write_text("".join(lines[:middle]) + lines[middle][:20], encoding="utf-8")


def set_cell(path: Path, line: int, column: str, text: str) -> None:
    """Write `text` into one cell (line numbers as in an editor: the header is line 1)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = next(csv.reader([lines[0]]))
    cells = next(csv.reader([lines[line - 1]]))
    cells[header.index(column)] = text
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    lines[line - 1] = out.getvalue()
    path.write_text("".join(lines), encoding="utf-8")


def corrupt_json(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 3], encoding="utf-8")


# name: (break the copy, file, words of the rule, pages that need the file, pages that do not)
FAULTS = {
    "observations_truncated": (lambda d: truncate_csv(d / "observations.csv"), "observations.csv",
                               "(truncated or malformed row)", CORE_PAGES, []),
    "indicators_missing": (lambda d: (d / "indicators.csv").unlink(), "indicators.csv",
                           "the file is missing", CORE_PAGES, []),
    "observations_wrong_type": (lambda d: set_cell(d / "observations.csv", 11, "value", "14 160,1"),
                                "observations.csv", "line 11, column 'value': '14 160,1' is not a number",
                                CORE_PAGES, []),
    "social_fund_measures_missing": (lambda d: (d / "social_fund_measures.csv").unlink(), "social_fund_measures.csv",
                                     "the file is missing", ["program", "methodology"],
                                     ["overview", "poverty", "coverage", "forecasts"]),
    "forecasts_missing": (lambda d: (d / "forecasts.csv").unlink(), "forecasts.csv", "the file is missing",
                          ["forecasts", "present"], ["methodology", "poverty", "overview", "regions"]),
    "regions_geojson_corrupt": (lambda d: corrupt_json(d / "regions.geojson"), "regions.geojson",
                                "not a readable GeoJSON file", ["overview", "regions", "present", "pensions"],
                                ["poverty", "methodology", "forecasts"]),
}
# The pages that keep the rest of their content when a file only one part needs is broken.
PARTIAL = {("regions_geojson_corrupt", "overview"), ("regions_geojson_corrupt", "regions"),
           ("regions_geojson_corrupt", "present"), ("regions_geojson_corrupt", "pensions"),
           ("forecasts_missing", "present")}
# Where a page needs the file only in one view, the URL that opens it (the presentation's map is slide 3).
VIEW = {("regions_geojson_corrupt", "present"): {"slide": "3"},
        ("regions_geojson_corrupt", "pensions"): {"section": "coverage"}}
# What in a page's source shows that it reads a file outside the core tables.
READS = {"social_fund_measures_missing": "load_document_table", "forecasts_missing": "forecast_store.load",
         "regions_geojson_corrupt": "regions_or_none"}


def _clear_caches() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()
    cache.clear()
    maps._default_regions.cache_clear()


@pytest.fixture
def broken(data_copy, monkeypatch):
    """Break a fresh copy of data/ with `broken(fault)`; the app and the loaders then read the copy."""
    monkeypatch.setattr(loader, "DATA_DIR", data_copy)
    _clear_caches()

    def apply(fault: str) -> Path:
        FAULTS[fault][0](data_copy)
        return data_copy

    yield apply
    _clear_caches()  # the next test loads the real data/ again


@pytest.mark.parametrize("fault", list(FAULTS))
def test_pages_that_need_the_file_name_it_and_the_rule(fault, broken):
    _, file, rule, needing, _ = FAULTS[fault]
    broken(fault)
    for page in needing:
        if page not in PAGES:
            continue
        _clear_caches()
        at = open_page(page, "en", **VIEW.get((fault, page), {}))
        assert not at.exception, (page, [e.value for e in at.exception])
        errors = [e.value for e in at.error]
        assert any(f"data/{file}" in e and rule in e for e in errors), (page, errors)
        if (fault, page) in PARTIAL:
            # the map (or the forecast slide) gives way to the message; the page goes on
            assert at.title or at.get("plotly_chart") or at.button, page
        elif page != "forecasts":  # the forecasts page keeps its title above the message
            assert not at.title, (page, "the page stops at the message")


def source_of(page: str) -> str:
    """The page script and its sections module (app_pages/<page>/content.py<page>.py), where its builders live."""
    sections = ROOT / "ui" / "sections" / f"{page}.py"
    return (ROOT / "app_pages" / page / "page.py").read_text(encoding="utf-8") + (
        sections.read_text(encoding="utf-8") if sections.is_file() else "")


@pytest.mark.parametrize("fault", list(READS))
def test_every_page_that_reads_a_separate_file_is_checked(fault):
    reading = {p for p in PAGES if READS[fault] in source_of(p)}
    assert reading <= set(FAULTS[fault][3]), f"add {sorted(reading - set(FAULTS[fault][3]))} to FAULTS[{fault!r}]"
    assert not reading & set(FAULTS[fault][4])


@pytest.mark.parametrize("fault", [f for f, (*_, others) in FAULTS.items() if others])
def test_pages_that_do_not_need_the_file_keep_working(fault, broken):
    _, file, _, _, not_needing = FAULTS[fault]
    broken(fault)
    for page in not_needing:
        _clear_caches()
        at = open_page(page, "en")
        assert not at.exception, (page, [e.value for e in at.exception])
        assert not at.error, (page, [e.value for e in at.error])
        assert at.title, page
        assert at.get("plotly_chart") or at.dataframe or at.table, f"{page} shows its content"


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_the_message_is_translated_and_quotes_the_error(lang, broken):
    copy = broken("forecasts_missing")
    with pytest.raises(loader.DataError) as error:
        forecast_store.load(copy)
    at = open_page("forecasts", lang)
    assert not at.exception
    assert len(at.error) == 1
    assert t("faults.forecasts", lang) in at.error[0].value
    assert str(error.value) in at.error[0].value
    assert not at.get("plotly_chart") and not at.dataframe, "nothing is drawn from a store that is not there"


def test_the_app_message_is_the_loaders_message(broken):
    copy = broken("observations_wrong_type")
    with pytest.raises(loader.DataError) as error:
        loader.load(copy)
    at = open_page("poverty", "ru")
    assert not at.exception
    assert at.error[0].value == f"{t('error.data', 'ru')}\n\n`{error.value}`"


# --------------------------------------------------------------------------- the forecast store

STORE_FAULTS = {
    "empty": (lambda d: (d / "forecasts.csv").write_text("", encoding="utf-8"), "forecasts.csv",
              "line 1: the file is empty"),
    "not_utf8": (lambda d: (d / "forecasts.csv").write_bytes(b"\xff\xfe\x00garbage" * 50), "forecasts.csv",
                 "not UTF-8 text"),
    "header": (lambda d: set_cell(d / "forecast_runs.csv", 1, "mase", "MASE"), "forecast_runs.csv",
               "line 1: the header must be exactly"),
    "truncated_row": (lambda d: truncate_csv(d / "forecasts.csv"), "forecasts.csv", "(truncated or malformed row)"),
    "wrong_type": (lambda d: set_cell(d / "forecasts.csv", 5, "hi95", "n/a"), "forecasts.csv",
                   "line 5, column 'hi95': 'n/a' is not a number"),
    "empty_cell": (lambda d: set_cell(d / "forecasts.csv", 7, "model", ""), "forecasts.csv",
                   "line 7, column 'model': must not be empty"),
    "runs_wrong_type": (lambda d: set_cell(d / "forecast_runs.csv", 3, "fit_first", "2O18"), "forecast_runs.csv",
                        "line 3, column 'fit_first': '2O18' is not a number"),
    "assessment_wrong_type": (lambda d: set_cell(d / "target_assessments.csv", 2, "probability", "high"),
                              "target_assessments.csv", "column 'probability': 'high' is not a number"),
    # cut at a line end: every row is whole, but series are gone
    "forecasts_cut_at_line_end": (
        lambda d: (d / "forecasts.csv").write_text(
            "".join((d / "forecasts.csv").read_text(encoding="utf-8").splitlines(keepends=True)[:300]),
            encoding="utf-8"),
        "forecasts.csv", "listed as forecast in forecast_runs.csv are missing here"),
    "runs_cut_at_line_end": (
        lambda d: (d / "forecast_runs.csv").write_text(
            "".join((d / "forecast_runs.csv").read_text(encoding="utf-8").splitlines(keepends=True)[:100]),
            encoding="utf-8"),
        "forecast_runs.csv", "with rows in forecasts.csv are missing here"),
}


@pytest.mark.parametrize("fault", list(STORE_FAULTS))
def test_a_broken_forecast_store_is_a_data_error(fault, data_copy):
    apply, file, rule = STORE_FAULTS[fault]
    apply(data_copy)
    with pytest.raises(loader.DataError) as error:
        forecast_store.load(data_copy)
    assert error.value.file == file
    assert str(error.value).startswith(f"data/{file}") and rule in str(error.value), str(error.value)


def test_the_intact_store_still_loads(data_copy):
    store = forecast_store.load(data_copy)
    assert not store.stale and len(store.forecasts) and len(store.runs)


@pytest.mark.parametrize("fault", ["truncated_row", "wrong_type", "runs_cut_at_line_end"])
def test_forecasts_page_shows_a_broken_store(fault, data_copy, monkeypatch):
    monkeypatch.setattr(loader, "DATA_DIR", data_copy)
    _clear_caches()
    try:
        apply, file, rule = STORE_FAULTS[fault]
        apply(data_copy)
        at = open_page("forecasts", "en")
        assert not at.exception, [e.value for e in at.exception]
        assert any(f"data/{file}" in e.value and rule in e.value for e in at.error), [e.value for e in at.error]
    finally:
        _clear_caches()


# --------------------------------------------------------------------------- the data folder and the CLI

def run_cli(*args, env: dict | None = None):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.mark.parametrize("fault", ["observations_truncated", "indicators_missing", "observations_wrong_type"])
def test_cli_exits_2_with_the_one_line_message(fault, data_copy):
    FAULTS[fault][0](data_copy)
    with pytest.raises(loader.DataError) as error:
        loader.load(data_copy)
    result = run_cli("--data", str(data_copy), "list")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"error: {error.value}\n"  # one line, the same words as the app's message
    assert f"data/{FAULTS[fault][1]}" in result.stderr and FAULTS[fault][2] in result.stderr


def test_kg_data_dir_points_everything_at_another_folder(data_copy):
    truncate_csv(data_copy / "observations.csv")
    result = run_cli("list", env={"KG_DATA_DIR": str(data_copy)})
    assert result.returncode == 2 and "data/observations.csv, line" in result.stderr
    assert result.stderr.count("\n") == 1
    # an explicit --data still wins over the environment
    assert run_cli("--data", str(DATA), "list", env={"KG_DATA_DIR": str(data_copy)}).returncode == 0

    probe = "from analysis import cli, loader; print(loader.DATA_DIR); print(cli.build_parser().parse_args(['list']).data)"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "KG_DATA_DIR": str(data_copy)})
    lines = out.stdout.splitlines()
    assert lines[:2] == [str(data_copy), str(data_copy)], out.stderr


def test_without_kg_data_dir_the_data_folder_is_data():
    env = {k: v for k, v in os.environ.items() if k != "KG_DATA_DIR"}
    out = subprocess.run([sys.executable, "-c", "from analysis import loader; print(loader.DATA_DIR)"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.stdout.strip() == str(DATA)


def test_loaders_read_data_dir_when_called(data_copy, monkeypatch):
    """The store and the boundaries follow loader.DATA_DIR (not a copy taken at import)."""
    (data_copy / "forecasts.csv").unlink()
    corrupt_json(data_copy / "regions.geojson")
    monkeypatch.setattr(loader, "DATA_DIR", data_copy)
    with pytest.raises(loader.DataError, match="forecasts.csv: the file is missing"):
        forecast_store.load()
    with pytest.raises(loader.DataError, match="regions.geojson: not a readable GeoJSON"):
        geometry.load_regions()
    (data_copy / "indicators.csv").unlink()
    with pytest.raises(loader.DataError, match="indicators.csv: the file is missing"):
        loader.load()
    with pytest.raises(loader.DataError, match="indicators.csv: the file is missing"):
        loader.load_document_table("program_directions.csv")
