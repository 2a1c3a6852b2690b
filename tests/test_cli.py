"""python -m analysis: list and export, and one-line errors with exit status 2."""
import io
import json
import os
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest

from analysis import cli
from tests.conftest import ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True)


def test_list_shows_every_indicator_with_unit_regions_and_years():
    result = run("list")
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(io.StringIO(result.stdout), sep="\t")
    poverty = table.set_index("indicator_id").loc["poverty_rate"]
    assert poverty["unit"] == "percent" and poverty["regions"] == "all" and poverty["years"] == "2007-2024"
    assert {"avg_monthly_wage", "pensioners", "disabled_persons", "unemployment_rate"} <= set(table["indicator_id"])


def test_export_csv_to_stdout_filters_and_keeps_provenance(data):
    result = run("export", "--indicator", "poverty_rate", "--region", "KG", "KG-B", "--from", "2015", "--to", "2018")
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(io.StringIO(result.stdout.lstrip("\ufeff")))
    assert set(table["indicator_id"]) == {"poverty_rate"}
    assert set(table["region"]) == {"KG", "KG-B"}
    assert table["year"].between(2015, 2018).all()
    assert {"unit", "source_id", "locator", "flags", "source_title"} <= set(table.columns)
    national_2018 = table[(table["region"] == "KG") & (table["year"] == 2018) & (table["sex"] == "total")
                          & (table["area"] == "total") & (table["age_group"] == "total")]
    assert national_2018["value"].tolist() == [22.4]


def test_export_xlsx_has_data_and_metadata_with_citation(tmp_path):
    out = tmp_path / "wages.xlsx"
    result = run("export", "--indicator", "avg_monthly_wage", "--format", "xlsx", "--output", str(out))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["data", "metadata", "sources", "flags"]
    texts = [c.value for row in book["metadata"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "Citation" in texts and any("National Statistical Committee" in t for t in texts)
    assert "indicator=avg_monthly_wage&all_sources=false&lang=en" in texts          # the filter that made it
    assert book["data"].max_row > 100 and book["data"].freeze_panes == book["sources"].freeze_panes == "A2"


def test_export_names_sources_in_the_chosen_language(tmp_path):
    out = tmp_path / "x.json"
    result = run("export", "--indicator", "poverty_rate", "--region", "KG", "--from", "2018", "--to", "2018",
                 "--all-sources", "--lang", "ru", "--format", "json", "--output", str(out))
    assert result.returncode == 0, result.stderr
    payload = json.loads(out.read_text(encoding="utf-8"))
    titles = {o["source_id"]: o["source_title"] for o in payload["observations"]}
    assert titles["nsc_sdg_sdmx"] == "Данные национальной отчётности по ЦУР, файлы SDMX-ML 2.1"
    assert titles["program_2020_2023"].startswith("Программа развития социальной защиты населения")
    assert "Правительство Кыргызской Республики, Программа развития" in payload["citation"]
    english = run("export", "--indicator", "poverty_rate", "--region", "KG", "--from", "2018", "--to", "2018")
    assert "SDG national reporting data, SDMX-ML 2.1 files" in english.stdout


def test_export_json(tmp_path):
    out = tmp_path / "x.json"
    assert run("export", "--indicator", "pensioners", "--format", "json", "--output", str(out)).returncode == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["citation"] and payload["indicators"][0]["id"] == "pensioners"
    assert all(o["indicator_id"] == "pensioners" for o in payload["observations"])


@pytest.mark.parametrize("args, message", [
    (["export", "--indicator", "nonsense"], "unknown indicator 'nonsense'; valid: "),
    (["export", "--region", "KG-ZZ"], "unknown region 'KG-ZZ'; valid: KG, KG-B"),
    (["export", "--from", "20x1"], "is not a year"),
    (["export", "--from", "2020", "--to", "2010"], "--from 2020 is after --to 2010"),
    (["export", "--format", "pdf"], "invalid choice: 'pdf'"),
    (["export", "--format", "xlsx"], "--format xlsx needs --output FILE"),
    (["export", "--sex", "nope"], "unknown sex code 'nope'; valid: female, male, total"),
    (["export", "--category", "total", "weird"], "unknown category code 'weird'; valid: "),
    (["export", "--age-group"], "argument --age-group: expected at least one argument"),
    (["export", "--region", "KG", "--lang", "fr"], "argument --lang: invalid choice: 'fr'"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    ([], "required: command"),
])
def test_bad_arguments_exit_2_with_one_line(args, message):
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_export_by_breakdown_into_a_folder_names_the_file_from_the_selection(tmp_path):
    result = run("export", "--indicator", "poverty_rate", "--region", "KG", "--from", "2018", "--to", "2018",
                 "--sex", "female", "--lang", "ky", "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = tmp_path / "poverty_rate_KG_2018_sex-female_ky.csv"
    assert result.stderr.startswith(f"wrote {written} (data as of ")
    table = pd.read_csv(written)
    assert len(table) == 1 and table.loc[0, "sex"] == "female" and table.loc[0, "value"] == 22.5
    assert table.loc[0, "selection"] == "indicator=poverty_rate&region=KG&from=2018&to=2018&sex=female" \
                                        "&all_sources=false&lang=ky"
    assert table.loc[0, "source_publisher"] == "Кыргыз Республикасынын Улуттук статистика комитети"
    assert table.loc[0, "citation"].startswith("Кыргыз Республикасынын социалдык көрсөткүчтөр панели, ")


def test_broken_data_exits_2_naming_the_file(data_copy):
    (data_copy / "indicators.csv").unlink()
    result = run("--data", str(data_copy), "list")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: data/indicators.csv: the file is missing"


def test_unwritable_output_exits_2(tmp_path):
    result = run("export", "--indicator", "pensioners", "--output", str(tmp_path / "no" / "such" / "dir.csv"))
    assert result.returncode == 2 and "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_cli_main_in_process_matches_selection(data, capsysbinary):
    assert cli.main(["export", "--indicator", "unemployment_rate", "--region", "KG-GB"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8-sig")
    table = pd.read_csv(io.StringIO(out))
    expected = data.observations[(data.observations["indicator_id"] == "unemployment_rate")
                                 & (data.observations["region"] == "KG-GB") & data.observations["shown"]]
    assert len(table) == len(expected)


def test_export_citation_in_the_chosen_language(tmp_path):
    for lang, start, label in (("ru", "Панель социальных показателей Кыргызской Республики, выгрузка данных от",
                                "Ссылка для цитирования"),
                               ("ky", "Кыргыз Республикасынын социалдык көрсөткүчтөр панели,", "Цитата үчүн шилтеме")):
        out = tmp_path / f"x-{lang}.json"
        result = run("export", "--indicator", "poverty_rate", "--region", "KG", "--lang", lang, "--format", "json",
                     "--output", str(out))
        assert result.returncode == 0, result.stderr
        citation = json.loads(out.read_text(encoding="utf-8"))["citation"]
        assert citation.startswith(start) and "source_id" in citation and "Sources" not in citation
        book_path = tmp_path / f"x-{lang}.xlsx"
        result = run("export", "--indicator", "poverty_rate", "--lang", lang, "--format", "xlsx", "--output", str(book_path))
        assert result.returncode == 0, result.stderr
        texts = [c.value for row in openpyxl.load_workbook(book_path)["metadata"].iter_rows() for c in row]
        assert label in texts


# --------------------------------------------------------------------------- the data release, and the update

def test_exports_name_the_data_release(tmp_path):
    release = json.loads((ROOT / "data" / "release.json").read_text(encoding="utf-8"))
    result = run("export", "--indicator", "poverty_rate", "--region", "KG", "--from", "2020", "--to", "2020")
    table = pd.read_csv(io.StringIO(result.stdout.lstrip("\ufeff")))
    assert set(table["release"]) == {release["id"]} and set(table["data_as_of"]) == {release["data_as_of"]}
    out = tmp_path / "x.json"
    result = run("export", "--indicator", "poverty_rate", "--format", "json", "--output", str(out))
    assert result.stderr == f"wrote {out} (data as of {release['data_as_of']}, release {release['id']})\n"
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["release"] == {"id": release["id"], "data_as_of": release["data_as_of"]}
    assert f"(release {release['id']}, data as of {release['data_as_of']})" in payload["citation"]
    book_path = tmp_path / "x.xlsx"
    assert run("export", "--indicator", "poverty_rate", "--format", "xlsx", "--output", str(book_path)).returncode == 0
    rows = [[c.value for c in row][:2] for row in openpyxl.load_workbook(book_path)["metadata"].iter_rows()]
    assert ["Data release", release["id"]] in rows and ["Data as of", release["data_as_of"]] in rows


@pytest.mark.parametrize("args, message", [
    (["update"], "update needs --sources DIR"),
    (["update", "--to", "2026-01-01-00000000"], "--to goes with --rollback"),
    (["update", "--rollback", "--sources", "x"], "--rollback takes neither --sources nor --dry-run"),
    (["update", "--sources", "no/such/folder", "--dry-run"], "no/such/folder has no sources/nsc-sdg-kg/"),
    (["update", "--frobnicate"], "unrecognized arguments: --frobnicate"),
])
def test_bad_update_arguments_exit_2_with_one_line(args, message, tmp_path):
    result = subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "KG_RELEASES_DIR": str(tmp_path / "store")})
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert not (tmp_path / "store").exists()


def test_releases_lists_the_shipped_release_without_a_store(tmp_path):
    release = json.loads((ROOT / "data" / "release.json").read_text(encoding="utf-8"))
    result = subprocess.run([sys.executable, "-m", "analysis", "releases"], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "KG_RELEASES_DIR": str(tmp_path / "store")})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["id", "data_as_of", "published"]
    assert lines[1].startswith(f"{release['id']}\t{release['data_as_of']}\tshipped\t") and lines[1].endswith("\tyes")
