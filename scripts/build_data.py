"""Rebuild data/ from the official files in ../shared.

    python scripts/build_data.py [--shared PATH] [--out DIR]

Reads the NSC's SDMX and Excel files, the hand-made extracts of the two seed documents
and of the secondary references (scripts/extracts/), and the hand-kept metadata
(scripts/catalog/); writes the curated tables, validates them with the app's own loader
and only then replaces the files in data/. Running it twice gives identical files.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from analysis import loader, releases  # noqa: E402
from analysis.schema import DOCUMENT_TABLES, OBSERVATION_COLUMNS, SERIES_KEY, TABLES  # noqa: E402
from databuild import catalog, derived, extracts, merge, sdmx_source, site_source, xlsx_source  # noqa: E402
from databuild.writer import csv_text, write_atomic  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
CATALOG = ROOT / "scripts" / "catalog"
COPY_SOURCES = (sdmx_source.SOURCE_ID, xlsx_source.SOURCE_ID)   # the data copy of 2025-08-15
SITE_LABEL = "the NSC's SDG site (deploy 07c005c, 2026-04-14)"
COPY_LABEL = "the NSC's SDG data copy (2025-08-15)"
# A site page whose values differ from the copy's in more than this share of the years both
# give (at least MIN_OVERLAP of them) is taken to be mapped to the wrong series.
MAX_REVISED_SHARE = 0.5
MIN_OVERLAP = 3


def build_tables(shared: Path) -> dict[str, str]:
    """File name -> CSV text of every table in data/."""
    meta = catalog.load(ROOT / "scripts" / "catalog", ROOT / "scripts" / "extracts")
    sdmx_to_iso = {r["sdmx_code"]: r["iso_code"] for r in meta["regions.csv"]}
    activity_by_name = {r["name_en"]: r["code"] for r in meta["codes.csv"] if r["dimension"] == "activity"}

    rows = sdmx_source.observations(
        shared / sdmx_source.SDMX_FOLDER / "data", sdmx_source.read_series_map(CATALOG / "sdmx_series.csv"),
        sdmx_to_iso, sdmx_source.load_structure(shared / sdmx_source.SDMX_FOLDER))
    rows += xlsx_source.wage_observations(shared, activity_by_name)
    rows += xlsx_source.table_observations(shared, xlsx_source.read_specs(CATALOG / "xlsx_series.csv"))
    for spec in derived.read_specs(CATALOG / "derived_series.csv"):
        rows += derived.count_over_share(rows, spec)
    site_specs = site_source.read_specs(CATALOG / "site_series.csv")
    rows += site_source.observations(site_source.load_tables(shared), site_specs)
    for source in extracts.ALL:
        rows += extracts.observations(shared, ROOT / "scripts" / "extracts", source)

    merge.mark_osh_city_zeros(rows, sdmx_source.SOURCE_ID)
    rows = merge.merge_repeats(rows)
    merge.mark_breaks(rows, meta["breaks.csv"])
    merge.mark_secondary(rows, {s["source_id"] for s in meta["sources.csv"] if s["kind"] == "secondary"})
    merge.mark_revisions(rows, site_source.SOURCE_ID, COPY_SOURCES, SITE_LABEL, COPY_LABEL)
    check_site_mapping(rows, site_specs)
    merge.choose_shown(rows, {s["source_id"]: int(s["display_priority"]) for s in meta["sources.csv"]})
    merge.compare_across_periods(rows, catalog.read_csv(CATALOG / "comparable_series.csv"))
    merge.mark_implausible(rows)
    rows.sort(key=lambda r: (*(str(r[c]) for c in SERIES_KEY), not r["shown"], r["source_id"], r["locator"]))

    tables = {name: csv_text(TABLES[name][0], meta[name]) for name in meta}
    tables["observations.csv"] = csv_text(OBSERVATION_COLUMNS, rows)
    tables.update(catalog.document_tables(ROOT / "scripts" / "extracts"))
    return tables


def check_site_mapping(rows: list[dict], specs: list[dict[str, str]]) -> None:
    """A site page mapped to the wrong series shows as revisions in most years: stop there."""
    figures = {tuple(r[c] for c in SERIES_KEY) for r in rows
               if r["source_id"] in COPY_SOURCES and r["value"] is not None}
    for spec in specs:
        prefix = site_source.locator(spec["page"], "")
        label = f"&series={spec['series_label'].strip()}" if spec["series_label"].strip() else ""
        mine = [r for r in rows if r["source_id"] == site_source.SOURCE_ID and r["locator"].startswith(prefix)
                and r["locator"].endswith(label) and r["indicator_id"] == spec["indicator_id"]]
        both = [r for r in mine if tuple(r[c] for c in SERIES_KEY) in figures]
        revised = [r for r in both if merge.REVISED in r["flags"]]
        if len(both) >= MIN_OVERLAP and len(revised) > MAX_REVISED_SHARE * len(both):
            raise ValueError(f"site page {spec['page']} ({spec['indicator_id']}): {len(revised)} of {len(both)} "
                             "years differ from the data copy; is the page mapped to the right series?")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="folder holding sources/, seeds/ and reference/ (default: ../shared)")
    parser.add_argument("--out", type=Path, default=ROOT / "data", help="where the tables go (default: data/)")
    args = parser.parse_args(argv)
    if not (args.shared / sdmx_source.SDMX_FOLDER).is_dir():
        print(f"build_data: no {sdmx_source.SDMX_FOLDER} under {args.shared}; pass --shared PATH", file=sys.stderr)
        return 2
    try:
        tables = build_tables(args.shared)
        tables["release.json"] = releases.manifest_text(tables, args.shared)   # which release these tables are
    except (ValueError, OSError) as error:
        print(f"build_data: {error}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as staging:
        for name, text in tables.items():
            (Path(staging) / name).write_text(text, encoding="utf-8")
        try:
            loader.load(Path(staging))
            for name in DOCUMENT_TABLES:
                loader.load_document_table(name, Path(staging))
        except loader.DataError as error:
            print(f"build_data: the new tables do not validate, data/ is unchanged:\n{error}", file=sys.stderr)
            return 1
    for name, text in sorted(tables.items()):
        write_atomic(args.out / name, text)
    print(f"build_data: wrote {len(tables)} tables to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
