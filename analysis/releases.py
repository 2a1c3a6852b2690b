"""Data releases: every table of data/ built from one copy of the official sources, published atomically.

A release is a folder holding every file of data/ and a `release.json`: its id, the date its data are as of
(the newest publication date among the sources it was built from), the sha256 of each input file and of
each table the build wrote, and, for a published release, the counts of what changed against the release
it replaced (the values themselves in its `changes.csv`). Nothing in a release records when it was built,
so the same inputs give byte-identical files. The repository's data/ is the shipped release.

Published releases live in a store outside git: `$KG_RELEASES_DIR`, default `releases/` beside the code.

    releases/<id>/        one folder per release; never changed once in place
    releases/CURRENT      the id of the release the app and the CLI read, switched with os.replace
    releases/log.csv      when each release was published or rolled back to, and what it replaced

`python -m analysis update --sources DIR [--dry-run]` builds a release from DIR (the layout of ../shared)
into a temporary folder inside the store, validates it with the app's own loaders, moves it into place
and only then switches CURRENT. Anything that fails before the switch leaves CURRENT as it was; a crash
leaves at worst a `.building-*` folder, which the next update or rollback removes. `--rollback` switches
CURRENT back to the release the current one replaced; every release stays in the store.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "data"
DATA_ENV, STORE_ENV = "KG_DATA_DIR", "KG_RELEASES_DIR"
MANIFEST, CHANGES, CURRENT, LOG, LOCK = "release.json", "changes.csv", "CURRENT", "log.csv", ".lock"
BUILDING = ".building-"
INPUT_FOLDERS = ("sources", "seeds", "reference")   # what the build reads from a copy of ../shared
LAYOUT = "sources/nsc-sdg-kg"                        # the folder a copy must have (scripts/databuild/sdmx_source)
ID = re.compile(r"\d{4}-\d{2}-\d{2}-[0-9a-f]{8}")
SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,80}")  # what CURRENT may name: one folder, never a path
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
COUNTS = ("new", "revised", "withdrawn", "new_flags", "flags_removed")
LOG_COLUMNS = ("time", "action", "release", "previous", "data_as_of", "sources")


class UpdateError(Exception):
    """An update or rollback that cannot go on; the message is one line. Nothing was changed."""


# --------------------------------------------------------------------------- where the data are read from

_followed: Path | None = None   # the folder data_dir() last gave, while the loader follows the store


def store_dir() -> Path:
    return Path(os.environ.get(STORE_ENV) or ROOT / "releases")


def current_id(store: Path | None = None) -> str | None:
    """The id CURRENT names, or None when no release was published (or CURRENT is not one id)."""
    try:
        text = ((store or store_dir()) / CURRENT).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if SAFE_ID.fullmatch(text) else None


def data_dir() -> Path:
    """The data folder: $KG_DATA_DIR when set, else the store's current release, else data/."""
    global _followed
    if os.environ.get(DATA_ENV):
        _followed = None
        return Path(os.environ[DATA_ENV])
    found = current_id()
    _followed = store_dir() / found if found else SHIPPED
    return _followed


def follow() -> bool:
    """Point loader.DATA_DIR at the store's current release when CURRENT has moved since (a publish or
    a rollback); True when it did. A folder set by $KG_DATA_DIR or by a caller (tests) is left alone.
    Costs one read of a small file: the app calls it on every run."""
    from analysis import loader
    if _followed is None or loader.DATA_DIR != _followed or os.environ.get(DATA_ENV):
        return False
    now = data_dir()
    if now == loader.DATA_DIR:
        return False
    loader.DATA_DIR = now
    return True


# --------------------------------------------------------------------------- one release's description

@dataclass(frozen=True)
class Release:
    id: str
    data_as_of: str                      # YYYY-MM-DD
    replaces: str | None = None
    changes: dict | None = None          # COUNTS -> number, None for a release that replaced none
    folder: Path | None = None


_read_cache: dict[tuple, Release | None] = {}


def read(folder: Path | str) -> Release | None:
    """The release.json of a data folder; None when it has none; loader.DataError when it is broken.
    Read once per version of the file (its size and time are checked on each call)."""
    from analysis.loader import DataError
    path = Path(folder) / MANIFEST
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key in _read_cache:
        return _read_cache[key]
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DataError(MANIFEST, None, None, f"not a readable release file ({error})") from None
    except OSError as error:
        raise DataError(MANIFEST, None, None, f"cannot be read ({error.strerror})") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("id"), str) or not SAFE_ID.fullmatch(manifest["id"]):
        raise DataError(MANIFEST, None, "id", "a release needs an id (YYYY-MM-DD-xxxxxxxx)")
    if not _is_date(manifest.get("data_as_of")):
        raise DataError(MANIFEST, None, "data_as_of", "a release needs the date its data are as of (YYYY-MM-DD)")
    changes = manifest.get("changes")
    release = Release(manifest["id"], manifest["data_as_of"], manifest.get("replaces"),
                      {k: int(changes.get(k, 0)) for k in COUNTS} if isinstance(changes, dict) else None,
                      Path(folder))
    if len(_read_cache) > 64:
        _read_cache.clear()
    _read_cache[key] = release
    return release


def current() -> Release | None:
    """The release the app and the CLI show now (the one in loader.DATA_DIR)."""
    from analysis import loader
    return read(loader.DATA_DIR)


def _is_date(text) -> bool:
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- the manifest of a build

def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def input_hashes(sources: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file the build may read in a copy of ../shared."""
    hashes = {}
    for folder in INPUT_FOLDERS:
        for path in sorted((sources / folder).rglob("*")):
            relative = path.relative_to(sources)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                hashes[relative.as_posix()] = sha256(path.read_bytes())
    return dict(sorted(hashes.items()))


def source_dates(sources: Path) -> dict[str, str]:
    """Each source folder's publication date: the newest date in its SOURCE.md's "Where it comes from"
    paragraph (the commit or deploy the copy was taken at). A newer copy comes with its own SOURCE.md."""
    dates = {}
    for path in sorted((sources / "sources").glob("*/SOURCE.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        start = text.find("Where it comes from")
        if start < 0:
            continue
        paragraph = text[start:].split("\n\n", 1)[0]
        found = [d for d in ("-".join(m) for m in ISO_DATE.findall(paragraph)) if _is_date(d)]
        if found:
            dates[path.parent.name] = max(found)
    return dates


def data_as_of(tables: dict[str, str], dates: dict[str, str]) -> str:
    """The newest publication date among the sources: the dated ones of sources.csv, and the source
    folders' own dates."""
    catalogue = [row["date"] for row in csv.DictReader(io.StringIO(tables["sources.csv"]))]
    found = [d for d in catalogue if _is_date(d)] + list(dates.values())
    if not found:
        raise ValueError("no source gives a publication date (sources.csv 'date', or a SOURCE.md)")
    return max(found)


def manifest(tables: dict[str, str], sources: Path | None, replaces: str | None = None,
             changes: dict | None = None, inputs: dict[str, str] | None = None) -> dict:
    """release.json of the tables built from `sources`. The id is the data-as-of date and a digest of
    the inputs and the tables: the same copy of the sources gives the same release."""
    inputs = inputs if inputs is not None else (input_hashes(sources) if sources is not None else {})
    dates = source_dates(sources) if sources is not None else {}
    table_hashes = {name: sha256(text.encode("utf-8")) for name, text in sorted(tables.items())
                    if name not in (MANIFEST, CHANGES)}
    as_of = data_as_of(tables, dates)
    digest = sha256(json.dumps({"inputs": inputs, "tables": table_hashes}, sort_keys=True).encode("utf-8"))
    return {"id": f"{as_of}-{digest[:8]}", "data_as_of": as_of, "source_dates": dates, "replaces": replaces,
            "changes": changes, "inputs": inputs, "tables": table_hashes}


def manifest_text(tables: dict[str, str], sources: Path | None, replaces: str | None = None,
                  changes: dict | None = None, inputs: dict[str, str] | None = None) -> str:
    """release.json as written: sorted keys, one value per line, no timestamp (byte-identical rebuilds).
    scripts/build_data.py writes data/release.json with `manifest_text(tables, args.shared)`."""
    return json.dumps(manifest(tables, sources, replaces, changes, inputs), ensure_ascii=False, indent=1,
                      sort_keys=True) + "\n"


# --------------------------------------------------------------------------- what changed

CHANGE_COLUMNS = ("change", "indicator_id", "region", "period", "sex", "area", "age_group", "activity", "category",
                  "source_id", "old_value", "new_value", "flags_added", "flags_removed", "was_shown", "shown",
                  "locator")
KINDS = ("new", "revised", "withdrawn", "flags", "shown")   # "shown": only which value is shown changed


def _rows(text: str | None) -> list[dict[str, str]]:
    return [] if text is None else list(csv.DictReader(io.StringIO(text, newline="")))


def _number(text: str):
    try:
        return float(text)
    except ValueError:
        return text


def compare(old: str | None, new: str) -> tuple[list[dict[str, str]], dict[str, int]]:
    """The values of two observations.csv texts that differ: (rows in CHANGE_COLUMNS, COUNTS -> number).

    A value is one source's number for one figure (indicator, region, period, breakdowns): rows are paired
    on those and the source, and on the locator where one source gives several. A figure that had no value
    and now has one is new; one that had a value and now has none (or no row) is withdrawn."""
    from analysis.schema import SERIES_KEY

    def key(row):
        return tuple(row.get(c, "") for c in (*SERIES_KEY, "source_id"))

    before = {(key(r), r.get("locator", "")): r for r in _rows(old)}
    pairs, added = [], []
    for row in _rows(new):
        found = before.pop((key(row), row.get("locator", "")), None)
        (pairs.append((found, row)) if found is not None else added.append(row))
    # A locator that moved (a cell shifted by a new row): pair what is left when one row a side remains.
    left: dict[tuple, list] = {}
    for (k, _), row in before.items():
        left.setdefault(k, []).append(row)
    unpaired = []
    for row in added:
        olds = left.get(key(row), [])
        if len(olds) == 1 and sum(key(r) == key(row) for r in added) == 1:
            pairs.append((olds.pop(), row))
        else:
            unpaired.append(row)
    removed = [r for rows in left.values() for r in rows]

    changes = []

    def record(kind, old_row, new_row, flags_added=(), flags_removed=()):
        row = new_row or old_row
        changes.append({**{c: row.get(c, "") for c in (*SERIES_KEY, "source_id")}, "change": kind,
                        "old_value": old_row.get("value", "") if old_row else "",
                        "new_value": new_row.get("value", "") if new_row else "",
                        "flags_added": ";".join(sorted(flags_added)), "flags_removed": ";".join(sorted(flags_removed)),
                        "was_shown": (old_row or {}).get("shown", ""), "shown": (new_row or {}).get("shown", ""),
                        "locator": row.get("locator", "")})

    for old_row, new_row in pairs:
        was, now = old_row.get("value", ""), new_row.get("value", "")
        old_flags = set(filter(None, old_row.get("flags", "").split(";")))
        new_flags = set(filter(None, new_row.get("flags", "").split(";")))
        kind = ("new" if not was and now else "withdrawn" if was and not now
                else "revised" if was and _number(was) != _number(now) else None)
        if kind or old_flags != new_flags or old_row.get("shown") != new_row.get("shown"):
            record(kind or ("flags" if old_flags != new_flags else "shown"), old_row, new_row,
                   new_flags - old_flags, old_flags - new_flags)
    for row in unpaired:
        if row.get("value", ""):
            record("new", None, row)
    for row in removed:
        if row.get("value", ""):
            record("withdrawn", row, None)
    changes.sort(key=lambda r: (KINDS.index(r["change"]), *(r[c] for c in CHANGE_COLUMNS[1:])))
    counts = {"new": 0, "revised": 0, "withdrawn": 0, "new_flags": 0, "flags_removed": 0}
    for row in changes:
        if row["change"] in counts:
            counts[row["change"]] += 1
        counts["new_flags"] += bool(row["flags_added"])
        counts["flags_removed"] += bool(row["flags_removed"])
    return [{c: row[c] for c in CHANGE_COLUMNS} for row in changes], counts


def changes_csv(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CHANGE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def table_changes(old: dict[str, str | None], new: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Every other CSV table whose rows differ: name -> (rows added, rows removed)."""
    out = {}
    for name in sorted(set(old) | set(new)):
        if not name.endswith(".csv") or name in ("observations.csv", CHANGES) or name not in new:
            continue
        before = {tuple(r) for r in csv.reader(io.StringIO(old.get(name) or "", newline=""))}
        after = {tuple(r) for r in csv.reader(io.StringIO(new[name], newline=""))}
        if before != after:
            out[name] = (len(after - before), len(before - after))
    return out


# --------------------------------------------------------------------------- checking a copy of the sources

def check_layout(sources: Path) -> Path:
    sources = Path(sources)
    if not (sources / LAYOUT).is_dir():
        raise UpdateError(f"{sources} has no {LAYOUT}/ (a copy of the sources has the layout of ../shared: "
                          "sources/nsc-sdg-kg, sources/nsc-sdg-site, sources/hdx-boundaries, seeds, reference)")
    return sources.resolve()


def check_inputs(sources: Path) -> None:
    """Every XML, JSON, CSV and text file of the copy reads; else UpdateError naming the file and the place."""
    import xml.parsers.expat
    import zipfile
    for folder in INPUT_FOLDERS:
        for path in sorted((sources / folder).rglob("*")):
            if not path.is_file():
                continue
            name, suffix = path.relative_to(sources).as_posix(), path.suffix.lower()
            data = path.read_bytes()
            if suffix == ".xml":
                parser = xml.parsers.expat.ParserCreate()
                try:
                    parser.Parse(data, True)
                except xml.parsers.expat.ExpatError as error:
                    raise UpdateError(f"{name}, line {error.lineno}, column {error.offset + 1}: not well-formed XML "
                                      f"({xml.parsers.expat.errors.messages[error.code]})") from None
            elif suffix == ".xlsx":
                try:
                    with zipfile.ZipFile(io.BytesIO(data)) as book:
                        broken = book.testzip()
                except zipfile.BadZipFile:
                    broken = "the archive"
                if broken:
                    raise UpdateError(f"{name}: not a readable Excel file ({broken} is damaged)")
            elif suffix in (".csv", ".json", ".txt", ".md", ".yml", ".yaml"):
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError as error:
                    line = data[:error.start].count(b"\n") + 1
                    raise UpdateError(f"{name}, line {line}: not UTF-8 text ({error.reason})") from None
                if suffix == ".json":
                    try:
                        json.loads(text)
                    except json.JSONDecodeError as error:
                        raise UpdateError(f"{name}, line {error.lineno}, column {error.colno}: not readable JSON "
                                          f"({error.msg})") from None
                elif suffix == ".csv":
                    try:
                        for _ in csv.reader(io.StringIO(text, newline="")):
                            pass
                    except csv.Error as error:
                        raise UpdateError(f"{name}: not a readable CSV file ({error})") from None


# --------------------------------------------------------------------------- building a release

def _script(name: str):
    """A module of scripts/ (build_data, build_forecasts, build_boundaries), as tests/conftest.py imports them."""
    for path in (str(ROOT), str(ROOT / "scripts")):
        if path not in sys.path:
            sys.path.insert(0, path)
    try:
        return __import__(name)
    except ImportError as error:
        raise UpdateError(f"the update needs the build's packages ({error.name or error}): "
                          "run .venv/bin/pip install -r requirements-dev.txt") from None


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _read_tables(folder: Path) -> dict[str, str]:
    return {p.name: p.read_bytes().decode("utf-8") for p in sorted(folder.glob("*.csv")) if p.name != CHANGES}


def _origin(error, tables: dict[str, str]) -> str:
    """Where a broken observation came from: its locator names the source file and the place in it."""
    if error.file != "observations.csv" or not error.line or error.line < 2:
        return ""
    for number, cells in enumerate(csv.reader(io.StringIO(tables.get("observations.csv", ""), newline="")), start=1):
        if number == error.line:
            header = next(csv.reader(io.StringIO(tables["observations.csv"], newline="")))
            row = dict(zip(header, cells))
            return f"; the value comes from {row['locator']}" if row.get("locator") else ""
    return ""


@dataclass
class Plan:
    """A copy of the sources built into tables and compared with the current release."""
    sources: Path
    tables: dict[str, str]
    inputs: dict[str, str]
    manifest: dict
    current: Release | None
    current_folder: Path
    rows: list[dict[str, str]]
    counts: dict[str, int]
    tables_changed: dict[str, tuple[int, int]]
    inputs_changed: tuple[int, int, int] | None        # changed, added, removed; None: no record of the old ones
    error: str | None = None                           # the first broken rule, when the tables do not validate


def running_folder(store: Path | None = None) -> Path:
    """The release an update replaces: the store's current one, else the shipped data/."""
    store = store or store_dir()
    found = current_id(store)
    return store / found if found else SHIPPED


def prepare(sources: Path, workdir: Path, store: Path | None = None) -> Plan:
    """Build the tables from `sources` into `workdir`, validate them, compare them with the running release."""
    from analysis import loader
    from analysis.schema import DOCUMENT_TABLES
    sources = check_layout(sources)
    check_inputs(sources)
    inputs = input_hashes(sources)
    build_data = _script("build_data")
    with contextlib.redirect_stdout(sys.stderr):
        try:
            tables = build_data.build_tables(sources)
        except Exception as error:   # the build's readers raise many kinds on a broken input
            raise UpdateError(f"cannot build the tables from {sources}: {_one_line(error)}") from None
    for name, text in tables.items():
        (workdir / name).write_bytes(text.encode("utf-8"))
    error = None
    try:
        loader.load(workdir)
        for name in DOCUMENT_TABLES:
            loader.load_document_table(name, workdir)
    except loader.DataError as broken:
        error = f"{broken}{_origin(broken, tables)}"
    folder = running_folder(store)
    try:
        running = read(folder)
    except loader.DataError:
        running = None
    try:
        old_tables = _read_tables(folder)
    except (OSError, UnicodeDecodeError):   # no running tables to compare with: every value counts as new
        old_tables = {}
    rows, counts = compare(old_tables.get("observations.csv"), tables["observations.csv"])
    try:
        new_manifest = manifest(tables, sources, running.id if running else None, counts, inputs)
    except ValueError as broken:
        raise UpdateError(str(broken)) from None
    old_inputs = _old_inputs(folder)
    inputs_changed = None if old_inputs is None else (
        sum(1 for k in inputs if k in old_inputs and old_inputs[k] != inputs[k]),
        len(set(inputs) - set(old_inputs)), len(set(old_inputs) - set(inputs)))
    return Plan(sources, tables, inputs, new_manifest, running, folder, rows, counts,
                table_changes(old_tables, tables), inputs_changed, error)


def _old_inputs(folder: Path) -> dict[str, str] | None:
    try:
        inputs = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("inputs")
    except (OSError, ValueError, AttributeError):
        return None
    return inputs if isinstance(inputs, dict) and inputs else None


def report(plan: Plan, rows: bool = True) -> str:
    """The revision report: what the new copy changes, then each changed value (tab-separated)."""
    new = plan.manifest
    lines = []
    if plan.inputs_changed is not None:
        changed, added, removed = plan.inputs_changed
        lines.append(f"sources: {plan.sources} ({len(plan.inputs)} files; against the current release: "
                     f"{changed} changed, {added} added, {removed} removed)")
    else:
        lines.append(f"sources: {plan.sources} ({len(plan.inputs)} files)")
    if plan.current:
        lines.append(f"current release: {plan.current.id} (data as of {plan.current.data_as_of})")
    else:
        lines.append(f"current release: {plan.current_folder} (no release.json)")
    same = plan.current is not None and plan.current.id == new["id"]
    lines.append(f"new release: {new['id']} (data as of {new['data_as_of']})"
                 + (": the same as the current release, nothing to publish" if same else ""))
    counts = plan.counts
    lines.append(f"values: {counts['new']} new, {counts['revised']} revised, {counts['withdrawn']} withdrawn, "
                 f"{counts['new_flags']} with new flags, {counts['flags_removed']} with flags removed")
    others = ", ".join(f"{name} +{a} -{r}" for name, (a, r) in plan.tables_changed.items())
    lines.append(f"other tables: {others or 'unchanged'}")
    lines.append(f"validation: failed: {plan.error}" if plan.error else "validation: passed")
    if rows and plan.rows:
        lines += ["", "\t".join(CHANGE_COLUMNS)]
        lines += ["\t".join(row[c] for c in CHANGE_COLUMNS) for row in plan.rows]
    return "\n".join(lines) + "\n"


def dry_run(sources: Path) -> Plan:
    """Build and compare in a temporary folder outside the store: nothing is changed."""
    with tempfile.TemporaryDirectory(prefix="kg-update-") as work:
        return prepare(sources, Path(work))


# --------------------------------------------------------------------------- the store

@contextlib.contextmanager
def _locked(store: Path):
    """One update or rollback at a time; removes what an interrupted one left."""
    import fcntl
    store.mkdir(parents=True, exist_ok=True)
    with open(store / LOCK, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UpdateError(f"another update is running on {store}; try again when it has finished") from None
        for stale in store.glob(f"{BUILDING}*"):
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
        try:
            yield store
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _new_folder(store: Path) -> Path:
    """A temporary folder inside the store, readable by the app's user once in place."""
    folder = Path(tempfile.mkdtemp(prefix=BUILDING, dir=store))
    folder.chmod(0o755)
    return folder


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _write(path: Path, data: bytes) -> None:
    with open(path, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _switch(store: Path, release_id: str) -> None:
    """CURRENT names `release_id`: written beside it, then renamed over it (atomic)."""
    temporary = store / f"{BUILDING}{CURRENT}-{os.getpid()}"
    _write(temporary, f"{release_id}\n".encode("utf-8"))
    os.replace(temporary, store / CURRENT)
    _fsync(store)


def _log(store: Path, action: str, release: Release, previous: str | None, sources: str = "") -> None:
    path = store / LOG
    new = not path.exists()
    with open(path, "a", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        if new:
            writer.writerow(LOG_COLUMNS)
        time = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        writer.writerow([time, action, release.id, previous or "", release.data_as_of, sources])


def log_entries(store: Path | None = None) -> list[dict[str, str]]:
    try:
        text = ((store or store_dir()) / LOG).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [r for r in csv.DictReader(io.StringIO(text, newline="")) if r.get("release")]


def _validate_release(folder: Path) -> None:
    """Every file the app reads, with the app's own loaders; UpdateError on the first broken rule."""
    from analysis import forecast_store, geometry, loader
    from analysis.schema import DOCUMENT_TABLES
    try:
        loader.load(folder)
        for name in DOCUMENT_TABLES:
            loader.load_document_table(name, folder)
        if forecast_store.load(folder).stale:
            raise loader.DataError("forecast_runs.csv", None, "data_digest",
                                   "the forecasts were made from other observations")
        geometry.read_regions(folder / geometry.FILE)
        read(folder)
    except loader.DataError as error:
        raise UpdateError(f"release {folder.name} does not validate, nothing was changed: {error}") from None


def _forecasts(folder: Path) -> dict[str, str]:
    """forecast file -> text, made from the release's observations (scripts/build_forecasts.py)."""
    from analysis import forecast_store
    runs, forecasts, assessments = _script("build_forecasts").build(folder)
    return {forecast_store.RUNS_FILE: runs, forecast_store.FORECASTS_FILE: forecasts,
            forecast_store.ASSESSMENTS_FILE: assessments}


def _boundaries(sources: Path) -> str | None:
    """regions.geojson from the copy's HDX boundaries (scripts/build_boundaries.py), None when it has none."""
    source = sources / "sources" / "hdx-boundaries" / "kgz_admin1.geojson"
    if not source.is_file():
        return None
    module = _script("build_boundaries")
    said = io.StringIO()
    try:
        with contextlib.redirect_stderr(said), contextlib.redirect_stdout(said):
            return module.build(source)
    except SystemExit:
        raise UpdateError(" ".join(said.getvalue().split()) or "the boundaries do not build") from None
    except Exception as error:
        raise UpdateError(f"cannot build the boundaries from {source}: {_one_line(error)}") from None


def _keep_running(store: Path, say) -> Release:
    """The release running now, kept in the store so a rollback can restore it (the shipped data/ is
    copied in at the first publish)."""
    folder = running_folder(store)
    release = _release_of(folder)
    target = store / release.id
    if folder == target or target.is_dir():
        return release
    say(f"keeping the running release {release.id} in the store, so it can be restored")
    building = _new_folder(store)
    for path in sorted(folder.iterdir()):
        if path.is_file():
            shutil.copyfile(path, building / path.name)
    if not (building / MANIFEST).exists():
        tables = _read_tables(building)
        _write(building / MANIFEST, manifest_text(tables, None).encode("utf-8"))
    for path in building.iterdir():
        _fsync(path)
    os.replace(building, target)
    _log(store, "keep", release, None, str(folder))
    return release


def _release_of(folder: Path) -> Release:
    """A data folder's release; one without release.json is described by its tables."""
    from analysis.loader import DataError
    try:
        found = read(folder)
    except DataError as error:
        raise UpdateError(f"the running release in {folder} is broken: {error}") from None
    if found is not None:
        return found
    made = manifest(_read_tables(folder), None)
    return Release(made["id"], made["data_as_of"], None, None, folder)


def publish(sources: Path, say=lambda text: None) -> tuple[Plan, Release, bool]:
    """Build, validate and publish a release from `sources`: (the plan, the release now current,
    whether CURRENT was switched). UpdateError, before anything changed, on broken input."""
    sources = check_layout(sources)
    store = store_dir()
    with _locked(store):
        building = _new_folder(store)
        try:
            say(f"building the tables from {sources}")
            plan = prepare(sources, building, store)
            if plan.error:
                raise UpdateError(f"the new data do not validate, nothing was changed: {plan.error}")
            new_id = plan.manifest["id"]
            if plan.current is not None and plan.current.id == new_id:
                return plan, plan.current, False
            target = store / new_id
            if target.is_dir():       # published before, then rolled back from: switch back to it
                say(f"release {new_id} is in the store already (published before): switching back to it")
                _validate_release(target)
            else:
                _complete(plan, building, say)
            running = _keep_running(store, say)
            if not target.is_dir():
                os.replace(building, target)
                _fsync(store)
            _switch(store, new_id)
            release = read(target)
            _log(store, "publish", release, running.id, str(plan.sources))
            return plan, release, True
        finally:
            shutil.rmtree(building, ignore_errors=True)


def _complete(plan: Plan, building: Path, say) -> None:
    """Everything else a release holds: boundaries, forecasts, the files the build does not make
    (kept from the running release), changes.csv and release.json; then validate it all."""
    boundaries = _boundaries(plan.sources)
    for path in sorted(plan.current_folder.iterdir()) if plan.current_folder.is_dir() else ():
        if path.is_file() and not (building / path.name).exists() and path.name not in (MANIFEST, CHANGES):
            shutil.copyfile(path, building / path.name)
    if boundaries is not None:
        (building / "regions.geojson").write_bytes(boundaries.encode("utf-8"))
    old_observations = plan.current_folder / "observations.csv"
    from analysis import forecast_store
    if old_observations.is_file() and old_observations.read_bytes() == plan.tables["observations.csv"].encode():
        say("the observations are unchanged: keeping the running release's forecasts")
    else:
        say("forecasting every series from the new observations (a minute or two)")
        for name, text in _forecasts(building).items():
            (building / name).write_bytes(text.encode("utf-8"))
    for name in (forecast_store.RUNS_FILE, forecast_store.FORECASTS_FILE, forecast_store.ASSESSMENTS_FILE):
        if not (building / name).exists():
            raise UpdateError(f"the running release has no {name} to keep")
    (building / CHANGES).write_bytes(changes_csv(plan.rows).encode("utf-8"))
    (building / MANIFEST).write_bytes((json.dumps(plan.manifest, ensure_ascii=False, indent=1, sort_keys=True)
                                       + "\n").encode("utf-8"))
    say("validating the new release")
    _validate_release(building)
    for path in building.iterdir():
        _fsync(path)


def previous_of(release_id: str, store: Path | None = None) -> str | None:
    """The release `release_id` replaced when it was last published (the log), else its release.json's."""
    store = store or store_dir()
    for entry in reversed(log_entries(store)):
        if entry["action"] == "publish" and entry["release"] == release_id:
            return entry["previous"] or None
    found = read(store / release_id) if (store / release_id).is_dir() else None
    return found.replaces if found else None


def rollback(to: str | None = None) -> tuple[str, Release]:
    """Switch CURRENT to the release the current one replaced (or to `to`): (the id left, the release now current)."""
    store = store_dir()
    if current_id(store) is None:       # checked before the lock too: a rollback never creates the store
        raise UpdateError(f"nothing to roll back: no release has been published in {store}")
    with _locked(store):
        now = current_id(store)
        if now is None:
            raise UpdateError(f"nothing to roll back: no release has been published in {store}")
        target = to if to is not None else previous_of(now, store)
        if target is None:
            raise UpdateError(f"nothing to roll back to: release {now} is the first in {store}")
        if not SAFE_ID.fullmatch(target) or not (store / target / MANIFEST).is_file():
            known = ", ".join(sorted(p.name for p in store.iterdir() if (p / MANIFEST).is_file()))
            raise UpdateError(f"no release {target!r} in {store} (there are: {known})")
        if target == now:
            raise UpdateError(f"release {now} is already the current release")
        _validate_release(store / target)
        _switch(store, target)
        release = read(store / target)
        _log(store, "rollback", release, now)
        return now, release


# --------------------------------------------------------------------------- the list of releases

def history(store: Path | None = None) -> list[dict]:
    """Every release in the store, newest first (the shipped or current one when the store has none):
    id, data_as_of, published (UTC time, "" for the shipped one), shipped, replaces, current, and COUNTS
    (None where the release replaced none)."""
    from analysis.loader import DataError
    store = store or store_dir()
    try:
        shown = current()
    except DataError:
        shown = None
    published: dict[str, str] = {}
    order: list[str] = []
    kept = set()
    for entry in log_entries(store):
        if entry["action"] == "publish":
            published.setdefault(entry["release"], entry["time"])
        elif entry["action"] == "keep":
            kept.add(entry["release"])
        if entry["release"] not in order:
            order.append(entry["release"])
    found = []
    if store.is_dir():
        for folder in sorted(p for p in store.iterdir() if p.is_dir() and not p.name.startswith(".")):
            try:
                release = read(folder)
            except DataError:
                continue
            if release is not None:
                found.append(release)
    if not found and shown is not None:
        found = [shown]
    found.sort(key=lambda r: (order.index(r.id) if r.id in order else -1, r.id), reverse=True)
    return [{"id": r.id, "data_as_of": r.data_as_of, "published": published.get(r.id, ""),
             "shipped": r.id in kept or (r.id not in published and r.replaces is None), "replaces": r.replaces,
             "current": shown is not None and shown.id == r.id,
             **{k: None if r.changes is None else r.changes.get(k) for k in COUNTS}} for r in found]


# --------------------------------------------------------------------------- data/release.json

def main(argv: list[str] | None = None) -> int:
    """python -m analysis.releases [--shared DIR]: write data/release.json for the tables in data/
    (what scripts/build_data.py does once it calls manifest_text)."""
    import argparse
    parser = argparse.ArgumentParser(description="Write data/release.json from the build's inputs.")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    try:
        sources = check_layout(args.shared)
        tables = _script("build_data").build_tables(sources)
    except (UpdateError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    stale = [n for n, text in sorted(tables.items())
             if not (SHIPPED / n).is_file() or (SHIPPED / n).read_bytes() != text.encode("utf-8")]
    if stale:
        print(f"error: data/ is not what the build gives ({', '.join(stale)}): run scripts/build_data.py first",
              file=sys.stderr)
        return 2
    from analysis.writing import write_bytes_atomic
    write_bytes_atomic(SHIPPED / MANIFEST, manifest_text(tables, sources).encode("utf-8"))
    print(f"wrote {SHIPPED / MANIFEST} ({read(SHIPPED).id})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
