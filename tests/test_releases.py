"""Data releases: `python -m analysis update` against a synthetic newer copy of ../shared (a revised value,
a new year, a withdrawn value; separately a broken file), publish, rollback, the release store's guarantees,
and "data as of" in the app, the exports and the Methodology page."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from analysis import export, loader, releases
from tests.conftest import DATA, ROOT, SHARED
from tests.test_app import APP, open_page
from ui import cache
from ui.strings import STRINGS

needs_shared = pytest.mark.skipif(
    not (SHARED / "sources" / "nsc-sdg-kg").is_dir(),
    reason="../shared (the official source files) is not beside the repository: the update is tested on a "
           "synthetic newer copy of it",
)
POVERTY = "sources/nsc-sdg-kg/data/1.2.1.xml"
BATKEN = dict(series="SI_POV_NAHC", area="KG05")           # poverty rate, Batken oblast, no breakdown
NEW_DATE = "2026-09-30"                                     # the newer copy's date, in its SOURCE.md


# --------------------------------------------------------------------------- a synthetic newer copy

def copy_sources(target: Path) -> Path:
    """A writable copy of what the build reads in ../shared (its files and folders are read-only)."""
    for folder in releases.INPUT_FOLDERS:
        for path in sorted((SHARED / folder).rglob("*")):
            out = target / path.relative_to(SHARED)
            if path.is_dir():
                out.mkdir(parents=True, exist_ok=True)
            else:
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, out)
    return target


def edit_series(path: Path, series: str, area: str, values: dict[str, str | None]) -> None:
    """Set (or add) the total series' observation of each year to a value; None removes it."""
    text = path.read_text(encoding="utf-8")
    head = re.search(rf'<Series [^>]*SERIES="{series}" REF_AREA="{area}" SEX="_T" AGE="_T" URBANISATION="_T"[^>]*>',
                     text)
    end = text.index("</Series>", head.end())
    block = text[head.end():end]
    for year, value in values.items():
        obs = re.search(rf'\n\s*<Obs TIME_PERIOD="{year}" OBS_VALUE="[^"]*"[^>]*></Obs>', block)
        if value is None:
            block = block[:obs.start()] + block[obs.end():]
        elif obs:
            block = block[:obs.start()] + re.sub(r'OBS_VALUE="[^"]*"', f'OBS_VALUE="{value}"', obs.group()) + \
                block[obs.end():]
        else:
            block = block.rstrip() + (f'\n    <Obs TIME_PERIOD="{year}" OBS_VALUE="{value}" OBS_STATUS="A" '
                                      f'UNIT_MULT="0" NATURE="C" TIME_DETAIL="{year}"></Obs>\n  ')
    path.write_text(text[:head.end()] + block + text[end:], encoding="utf-8")


def newer_copy(target: Path) -> Path:
    """../shared as the NSC might publish it next: Batken's 2018 poverty rate revised, 2024 added, 2010
    withdrawn; the national 2018 rate revised (the NSC's site still gives the old one: both get flagged);
    and the data copy dated NEW_DATE."""
    copy_sources(target)
    edit_series(target / POVERTY, **BATKEN, values={"2018": "35.1", "2024": "44.2", "2010": None})
    edit_series(target / POVERTY, series="SI_POV_NAHC", area="KG", values={"2018": "22.9"})
    source = target / "sources" / "nsc-sdg-kg" / "SOURCE.md"
    source.write_text(source.read_text(encoding="utf-8").replace("(2025-08-15)", f"({NEW_DATE})"), encoding="utf-8")
    return target


def run(*args, store: Path, **env):
    environment = {k: v for k, v in os.environ.items() if k != releases.DATA_ENV}
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**environment, releases.STORE_ENV: str(store), **env}, timeout=900)


def files_of(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def store(tmp_path, monkeypatch) -> Path:
    """An empty release store for this test; the loader keeps reading data/."""
    path = tmp_path / "releases"
    monkeypatch.setenv(releases.STORE_ENV, str(path))
    monkeypatch.delenv(releases.DATA_ENV, raising=False)
    return path


# --------------------------------------------------------------------------- the whole flow, by the CLI

@needs_shared
def test_update_reports_publishes_and_rolls_back(tmp_path, store):
    sources = newer_copy(tmp_path / "newer")
    shipped = releases.read(DATA)

    # The dry run: a revision report, and nothing changed.
    result = run("update", "--sources", str(sources), "--dry-run", store=store)
    assert result.returncode == 0, result.stderr
    summary, _, table = result.stdout.partition("\n\n")
    assert f"current release: {shipped.id} (data as of {shipped.data_as_of})" in summary
    assert re.search(rf"new release: {NEW_DATE}-[0-9a-f]{{8}} \(data as of {NEW_DATE}\)", summary)
    assert "sources/nsc-sdg-kg/data" not in summary and "2 changed, 0 added, 0 removed" in summary
    assert "validation: passed" in summary
    changes = pd.read_csv(pd.io.common.StringIO(table), sep="\t", dtype=str, keep_default_na=False)
    batken = changes[(changes["indicator_id"] == "poverty_rate") & (changes["region"] == "KG-B")
                     & (changes["sex"] == "total") & (changes["area"] == "total") & (changes["age_group"] == "total")
                     & (changes["source_id"] == "nsc_sdg_sdmx")].set_index("period")
    assert batken.loc["2018", ["change", "old_value", "new_value"]].tolist() == ["revised", "33.773947", "35.1"]
    assert batken.loc["2024", ["change", "old_value", "new_value"]].tolist() == ["new", "", "44.2"]
    assert batken.loc["2010", ["change", "old_value", "new_value"]].tolist() == ["withdrawn", "33.595652", ""]
    assert batken.loc["2018", "locator"] == f"{POVERTY}#SERIES=SI_POV_NAHC&REF_AREA=KG05&TIME_PERIOD=2018"
    counts = re.search(r"values: (\d+) new, (\d+) revised, (\d+) withdrawn, (\d+) with new flags", summary).groups()
    assert [int(c) for c in counts[:3]] == [(changes["change"] == k).sum() for k in ("new", "revised", "withdrawn")]
    assert int(counts[3]) == (changes["flags_added"] != "").sum()
    assert "dry run: nothing was changed" in result.stderr
    assert not store.exists()                                  # the store is not even created

    # Publish: the new release becomes current; the shipped one is kept beside it.
    result = run("update", "--sources", str(sources), store=store)
    assert result.returncode == 0, result.stderr
    new_id = (store / "CURRENT").read_text().strip()
    assert new_id.startswith(NEW_DATE) and f"published release {new_id}" in result.stderr
    assert sorted(p.name for p in store.iterdir()) == sorted([".lock", "CURRENT", "log.csv", new_id, shipped.id])
    release = json.loads((store / new_id / "release.json").read_text())
    assert release["replaces"] == shipped.id and release["data_as_of"] == NEW_DATE
    assert release["changes"]["revised"] >= 1 and release["changes"]["withdrawn"] >= 1
    assert release["inputs"][POVERTY] == hashlib.sha256((sources / POVERTY).read_bytes()).hexdigest()
    stored = pd.read_csv(store / new_id / "changes.csv", dtype=str, keep_default_na=False)
    assert len(stored) == len(changes)
    assert files_of(store / shipped.id) == files_of(DATA)      # the shipped release, as it was
    assert not any(p.name.startswith(".building") for p in store.iterdir())
    observations = pd.read_csv(store / new_id / "observations.csv", dtype={"period": str})
    assert ((observations["region"] == "KG-B") & (observations["period"] == "2024")
            & (observations["indicator_id"] == "poverty_rate")).any()
    assert pd.read_csv(store / new_id / "forecast_runs.csv")["data_digest"].nunique() == 1
    log = pd.read_csv(store / "log.csv", dtype=str, keep_default_na=False)
    assert log["action"].tolist() == ["keep", "publish"] and log["release"].tolist() == [shipped.id, new_id]
    assert "T" in log["time"].iloc[-1] and "T" not in (store / new_id / "release.json").read_text().split('"id"')[0]

    # The CLI reads the new release, and its exports say so.
    out = tmp_path / "x.json"
    result = run("export", "--indicator", "poverty_rate", "--region", "KG-B", "--format", "json", "--output",
                 str(out), store=store)
    assert result.returncode == 0, result.stderr
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["release"] == {"id": new_id, "data_as_of": NEW_DATE}
    assert f"release {new_id}, data as of {NEW_DATE}" in payload["citation"]
    assert {o["period"] for o in payload["observations"]} >= {"2024"}
    assert f"data as of {NEW_DATE}, release {new_id}" in result.stderr
    listing = run("releases", store=store)
    assert listing.stdout.splitlines()[1].startswith(f"{new_id}\t{NEW_DATE}\t") and "yes" in listing.stdout.splitlines()[1]
    assert listing.stdout.splitlines()[2].startswith(f"{shipped.id}\t{shipped.data_as_of}\tshipped")

    # The same copy again: nothing to publish.
    again = run("update", "--sources", str(sources), store=store)
    assert again.returncode == 0 and "nothing to publish" in again.stderr

    # Rollback: back to the shipped release; once more is an error; --to goes forward again.
    back = run("update", "--rollback", store=store)
    assert back.returncode == 0, back.stderr
    assert (store / "CURRENT").read_text().strip() == shipped.id
    assert f"to release {shipped.id}" in back.stderr and (store / new_id).is_dir()
    again = run("update", "--rollback", store=store)
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "nothing to roll back to" in again.stderr
    forward = run("update", "--rollback", "--to", new_id, store=store)
    assert forward.returncode == 0 and (store / "CURRENT").read_text().strip() == new_id
    assert run("update", "--rollback", "--to", "nonsense", store=store).returncode == 2


@needs_shared
def test_the_build_of_a_release_is_deterministic(tmp_path, store):
    sources = newer_copy(tmp_path / "newer")
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    a, b = releases.prepare(sources, first), releases.prepare(sources, second)
    assert files_of(first) == files_of(second)
    assert a.manifest == b.manifest and releases.report(a) == releases.report(b)
    assert releases.changes_csv(a.rows) == releases.changes_csv(b.rows)
    # The unchanged sources give the shipped release itself.
    same = tmp_path / "same"
    same.mkdir()
    plan = releases.prepare(SHARED, same)
    if plan.tables["observations.csv"] != (DATA / "observations.csv").read_text(encoding="utf-8"):
        pytest.skip("data/ is not what the build gives today (test_build says so); the id cannot match")
    assert plan.manifest["id"] == releases.read(DATA).id and "nothing to publish" in releases.report(plan)


# --------------------------------------------------------------------------- broken input changes nothing

@needs_shared
def test_a_value_that_breaks_a_rule_is_named_and_nothing_changes(tmp_path, store):
    sources = copy_sources(tmp_path / "broken")
    edit_series(sources / POVERTY, **BATKEN, values={"2019": "140"})
    (store / ".building-left-by-a-crash").mkdir(parents=True)
    (store / ".building-CURRENT-123").write_text("2026-01-01-00000000\n")
    for args in (["--dry-run"], []):
        result = run("update", "--sources", str(sources), *args, store=store)
        assert result.returncode == 2
        error = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
        assert len(error) == 1 and result.stderr.splitlines()[-1] == error[0], result.stderr
        assert re.search(r"data/observations\.csv, line \d+, column 'value': 140\.0 is outside 0-100", error[0])
        assert f"the value comes from {POVERTY}#SERIES=SI_POV_NAHC&REF_AREA=KG05&TIME_PERIOD=2019" in error[0]
        if args == ["--dry-run"]:
            assert "validation: failed: data/observations.csv" in result.stdout   # in the report too
        else:
            assert "nothing was changed" in error[0]
    assert sorted(p.name for p in store.iterdir()) == [".lock"]   # no CURRENT, no release; the crash's folder gone


@needs_shared
def test_a_file_that_does_not_parse_is_named_with_its_line(tmp_path, store):
    sources = copy_sources(tmp_path / "broken")
    path = sources / POVERTY
    path.write_bytes(path.read_bytes()[:5000])
    result = run("update", "--sources", str(sources), "--dry-run", store=store)
    assert result.returncode == 2 and result.stdout == ""
    assert re.fullmatch(rf"error: {re.escape(POVERTY)}, line \d+, column \d+: not well-formed XML \(.+\)\n",
                        result.stderr)


@needs_shared
def test_a_failed_or_interrupted_publish_leaves_the_running_release(tmp_path, store, monkeypatch):
    sources = newer_copy(tmp_path / "newer")
    # A first release, so there is a CURRENT to keep (its forecasts are the shipped ones: a stand-in).
    monkeypatch.setattr(releases, "_forecasts", lambda folder: {n: (DATA / n).read_text(encoding="utf-8") for n in
                                                                 ("forecast_runs.csv", "forecasts.csv",
                                                                  "target_assessments.csv")})
    with pytest.raises(releases.UpdateError, match="forecasts were made from other observations"):
        releases.publish(sources)
    assert not (store / "CURRENT").exists() and sorted(p.name for p in store.iterdir()) == [".lock"]

    for interruption in (KeyboardInterrupt, MemoryError):
        def stop(folder, interruption=interruption):
            assert any(p.name.startswith(".building") for p in store.iterdir())   # mid-way: the temp folder
            raise interruption()
        monkeypatch.setattr(releases, "_forecasts", stop)
        with pytest.raises(interruption):
            releases.publish(sources)
        assert sorted(p.name for p in store.iterdir()) == [".lock"]


def test_the_update_needs_a_copy_with_the_layout_of_shared(tmp_path, store):
    result = run("update", "--sources", str(tmp_path), store=store)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"error: {tmp_path} has no sources/nsc-sdg-kg/ (a copy of the sources has the layout " \
                            "of ../shared: sources/nsc-sdg-kg, sources/nsc-sdg-site, sources/hdx-boundaries, seeds, " \
                            "reference)\n"
    assert not store.exists()
    result = run("update", "--rollback", store=store)
    assert result.returncode == 2 and "nothing to roll back: no release has been published" in result.stderr
    assert not store.exists()


# --------------------------------------------------------------------------- which folder is read

def fake_release(store: Path, release_id: str, as_of: str, replaces: str | None = None) -> Path:
    """A copy of data/ under another id (what a publish would put in the store)."""
    folder = store / release_id
    shutil.copytree(DATA, folder)
    manifest = json.loads((DATA / "release.json").read_text())
    manifest.update(id=release_id, data_as_of=as_of, replaces=replaces,
                    changes=None if replaces is None else dict(new=3, revised=2, withdrawn=1, new_flags=4,
                                                               flags_removed=0))
    (folder / "release.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_the_data_folder_is_kg_data_dir_else_the_current_release_else_data(tmp_path, store, monkeypatch):
    assert releases.data_dir() == DATA
    fake_release(store, "2026-09-30-0123abcd", "2026-09-30")
    (store / "CURRENT").write_text("2026-09-30-0123abcd\n")
    assert releases.data_dir() == store / "2026-09-30-0123abcd"
    (store / "CURRENT").write_text("../../etc\n")                # never a path
    assert releases.data_dir() == DATA
    monkeypatch.setenv(releases.DATA_ENV, str(tmp_path))
    assert releases.data_dir() == tmp_path
    probe = "from analysis import loader; print(loader.DATA_DIR)"
    (store / "CURRENT").write_text("2026-09-30-0123abcd\n")
    env = {**{k: v for k, v in os.environ.items() if k != releases.DATA_ENV}, releases.STORE_ENV: str(store)}
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, env=env)
    assert out.stdout.strip() == str(store / "2026-09-30-0123abcd")


@pytest.fixture
def following(store, monkeypatch):
    """The loader following an empty store from data/, as the app does when started without KG_DATA_DIR;
    everything cached is forgotten before and after."""
    monkeypatch.setattr(loader, "DATA_DIR", DATA)
    monkeypatch.setattr(releases, "_followed", DATA)

    def forget():
        st.cache_data.clear()
        st.cache_resource.clear()
        cache.clear()
    forget()
    yield store
    forget()


def test_follow_moves_the_loader_only_when_it_follows_the_store(following, monkeypatch):
    assert releases.follow() is False                            # no CURRENT: data/ stays
    fake_release(following, "2026-09-30-0123abcd", "2026-09-30")
    (following / "CURRENT").write_text("2026-09-30-0123abcd\n")
    assert releases.follow() is True and loader.DATA_DIR == following / "2026-09-30-0123abcd"
    assert releases.follow() is False
    assert releases.current().id == "2026-09-30-0123abcd"
    monkeypatch.setattr(loader, "DATA_DIR", DATA)                # pointed elsewhere by a caller: left alone
    fake_release(following, "2026-10-01-4567abcd", "2026-10-01")
    (following / "CURRENT").write_text("2026-10-01-4567abcd\n")
    assert releases.follow() is False and loader.DATA_DIR == DATA


def sidebar_captions(at) -> list[str]:
    return [c.value for c in at.sidebar.caption]


def test_the_app_says_which_release_it_shows_and_follows_a_publish(following):
    shipped = releases.read(DATA)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception
    date = pd.Timestamp(shipped.data_as_of)
    assert f"Data as of {date.day} {date.strftime('%B %Y')} (release {shipped.id})" in sidebar_captions(at)
    first = loader.DATA_DIR
    # A publish in another process: the next run shows the new release, without a restart.
    fake_release(following, "2026-09-30-0123abcd", "2026-09-30", replaces=shipped.id)
    (following / "CURRENT").write_text("2026-09-30-0123abcd\n")
    at.run()
    assert not at.exception
    assert "Data as of 30 September 2026 (release 2026-09-30-0123abcd)" in sidebar_captions(at)
    assert loader.DATA_DIR == following / "2026-09-30-0123abcd" != first
    from ui.data import dataset
    assert dataset().observations.equals(loader.load(following / "2026-09-30-0123abcd").observations)


@pytest.mark.parametrize("lang, caption", [
    ("ky", "Маалыматтардын абалы: 2026-ж. 30-сентябрь (2026-09-30-0123abcd чыгарылышы)"),
    ("ru", "Данные по состоянию на 30.09.2026 (выпуск 2026-09-30-0123abcd)"),
])
def test_the_caption_in_each_language(following, lang, caption):
    fake_release(following, "2026-09-30-0123abcd", "2026-09-30")
    (following / "CURRENT").write_text("2026-09-30-0123abcd\n")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert caption in sidebar_captions(at)


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_methodology_lists_the_releases(following, lang):
    shipped = releases.read(DATA)
    at = open_page("methodology", lang, section="releases")
    assert not at.exception
    assert STRINGS["methodology.releases"][lang] in [h.value for h in at.header]
    table = at.table[0].value
    assert len(table) == 1 and shipped.id in table.iloc[0].tolist()
    # Two releases in the store, the newer current: newest first, with what it changed.
    fake_release(following, shipped.id, shipped.data_as_of)
    fake_release(following, "2026-09-30-0123abcd", "2026-09-30", replaces=shipped.id)
    (following / "log.csv").write_text("time,action,release,previous,data_as_of,sources\n"
                                       f"2026-10-02T09:00:00Z,keep,{shipped.id},,{shipped.data_as_of},data\n"
                                       f"2026-10-02T09:00:05Z,publish,2026-09-30-0123abcd,{shipped.id},2026-09-30,x\n")
    (following / "CURRENT").write_text("2026-09-30-0123abcd\n")
    at = open_page("methodology", lang, section="releases")
    table = at.table[0].value
    cells = [[str(c).replace("\\", "") for c in row] for row in table.itertuples(index=False)]   # markdown, escaped
    assert [row[0] for row in cells] == ["2026-09-30-0123abcd", shipped.id]
    assert "2026-10-02 09:00 UTC" in cells[0] and "✓" in cells[0] and "✓" not in cells[1]
    assert ["3", "2", "1", "4"] == [c for c in cells[0] if c in ("3", "2", "1", "4")]
    assert STRINGS["methodology.releases_shipped"][lang] in cells[1]


# --------------------------------------------------------------------------- exports and data/release.json

def test_every_export_names_the_release(data):
    shipped = releases.read(DATA)
    rows = export.select(data, ["poverty_rate"], ["KG"], 2020, 2021)
    csv = pd.read_csv(pd.io.common.BytesIO(export.to_bytes(data, rows, "csv")), encoding="utf-8-sig")
    assert list(csv.columns[-2:]) == ["release", "data_as_of"] and set(csv["release"]) == {shipped.id}
    payload = json.loads(export.to_bytes(data, rows, "json", "ru"))
    assert payload["release"] == {"id": shipped.id, "data_as_of": shipped.data_as_of}
    assert f"(выпуск {shipped.id}, данные по состоянию на {shipped.data_as_of})" in payload["citation"]
    import openpyxl
    book = openpyxl.load_workbook(pd.io.common.BytesIO(export.to_bytes(data, rows, "xlsx", "ky")))
    cells = [[c.value for c in row] for row in book["metadata"].iter_rows()]
    assert ["Маалымат чыгарылышы", shipped.id] in [row[:2] for row in cells]
    assert ["Маалыматтардын абалы", shipped.data_as_of] in [row[:2] for row in cells]
    # An explicit "no release" leaves it out.
    assert json.loads(export.to_bytes(data, rows, "json", release=None))["release"] is None


def test_shipped_data_has_its_release_json():
    release = json.loads((DATA / "release.json").read_text(encoding="utf-8"))
    assert releases.ID.fullmatch(release["id"]) and release["id"].startswith(release["data_as_of"])
    assert release["replaces"] is None and release["changes"] is None
    stale = [name for name, digest in release["tables"].items()
             if hashlib.sha256((DATA / name).read_bytes()).hexdigest() != digest]
    assert not stale, f"data/release.json is stale for {stale}: run python -m analysis.releases (or build_data.py)"
    assert "time" not in json.dumps(release).lower()            # no timestamp: rebuilds are byte-identical
    if (SHARED / "sources" / "nsc-sdg-kg").is_dir():
        assert release["inputs"] == releases.input_hashes(SHARED)
        assert release["data_as_of"] == max([*releases.source_dates(SHARED).values(),
                                             *(d for d in pd.read_csv(DATA / "sources.csv", dtype=str,
                                                                      keep_default_na=False)["date"]
                                               if releases._is_date(d))])


def test_the_revision_report_pairs_values_by_figure_and_source():
    header = "indicator_id,region,period,sex,area,age_group,activity,category,value,source_id,locator,flags,shown\n"
    old = header + ("p,KG,2018,total,total,total,total,total,22.4,s,f#2018,,true\n"
                    "p,KG,2019,total,total,total,total,total,20.1,s,f#2019,,true\n"
                    "p,KG,2020,total,total,total,total,total,25.0,s,f#2020,,true\n"
                    "p,KG,2021,total,total,total,total,total,,s,f#2021,missing_zero_in_source,true\n")
    new = header + ("p,KG,2018,total,total,total,total,total,22.40,s,f#2018,,true\n"      # the same number
                    "p,KG,2019,total,total,total,total,total,20.3,s,f#B7,conflict,true\n"  # revised, moved, flagged
                    "p,KG,2021,total,total,total,total,total,3.5,s,f#2021,,true\n"         # was missing: new
                    "p,KG,2022,total,total,total,total,total,3.9,s,f#2022,,true\n")        # a new year
    rows, counts = releases.compare(old, new)
    assert [(r["change"], r["period"], r["old_value"], r["new_value"], r["flags_added"], r["flags_removed"])
            for r in rows] == [("new", "2021", "", "3.5", "", "missing_zero_in_source"),
                               ("new", "2022", "", "3.9", "", ""),
                               ("revised", "2019", "20.1", "20.3", "conflict", ""),
                               ("withdrawn", "2020", "25.0", "", "", "")]
    assert counts == {"new": 2, "revised": 1, "withdrawn": 1, "new_flags": 1, "flags_removed": 1}
