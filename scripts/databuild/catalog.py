"""Hand-kept metadata (scripts/catalog/) merged with what the extracts declare."""
from __future__ import annotations

from pathlib import Path

from databuild.extracts import declared, read_csv
from databuild.writer import csv_text

SECONDARY_PRIORITY = 10
REFERENCE_SOURCES = "reference_sources.csv"


class CatalogError(ValueError):
    """Two declarations of one id that contradict each other."""


def _merge(base: list[dict], extra: list[dict], key: tuple[str, ...], must_match: tuple[str, ...]) -> list[dict]:
    """Base rows first, then declared rows with new keys; a redeclaration must agree on must_match."""
    seen = {tuple(r[k] for k in key): r for r in base}
    merged = list(base)
    for row in extra:
        k = tuple(row[c].strip() for c in key)
        if k in seen:
            clash = [c for c in must_match if seen[k].get(c, "").strip() != row.get(c, "").strip()]
            if clash:
                raise CatalogError(f"{row.get('_file', 'catalog')}: {'/'.join(k)} declared again with another {clash}")
            continue
        seen[k] = row
        merged.append(row)
    return merged


def load(catalog_dir: Path, extracts_dir: Path) -> dict[str, list[dict]]:
    tables = {name: read_csv(catalog_dir / name) for name in
              ("indicators.csv", "regions.csv", "units.csv", "codes.csv", "flags.csv", "breaks.csv",
               "sources.csv", "targets.csv")}
    tables["indicators.csv"] = _merge(tables["indicators.csv"], declared(extracts_dir, "indicators"),
                                      ("id",), ("unit",))
    tables["codes.csv"] = _merge(tables["codes.csv"], declared(extracts_dir, "codes"), ("dimension", "code"), ())
    tables["units.csv"] = _merge(tables["units.csv"], declared(extracts_dir, "units"), ("unit",), ())
    secondary = [{**row, "kind": "secondary", "display_priority": str(SECONDARY_PRIORITY),
                  "document": "", "licence": ""}
                 for row in read_csv(extracts_dir / REFERENCE_SOURCES)]
    tables["sources.csv"] = _merge(tables["sources.csv"], secondary, ("source_id",), ("url",))
    for name in ("indicators.csv", "codes.csv", "units.csv"):
        tables[name] = [{k: v.strip() if isinstance(v, str) else v for k, v in row.items()} for row in tables[name]]
    return tables


def document_tables(extracts_dir: Path) -> dict[str, str]:
    """The Program's directions and targets and the Social Fund's measures, with provenance."""
    from analysis.schema import DOCUMENT_TABLES

    out = {}
    for name, (columns, _key) in DOCUMENT_TABLES.items():
        spec = DOCUMENT_SOURCES[name]
        rows = []
        for row in read_csv(extracts_dir / spec["file"]):
            lines = [row[c] for c in spec["lines"] if row.get(c)]
            row = {**row, "source_id": spec["source_id"],
                   "locator": f"{spec['document']}:{'-'.join(dict.fromkeys(lines))}" if lines else ""}
            rows.append(row)
        out[name] = csv_text(columns, rows)
    return out


DOCUMENT_SOURCES = {
    "program_directions.csv": {"file": "program_2020_2023_directions.csv", "source_id": "program_2020_2023",
                               "document": "seeds/000_f7ae2b88052fa1fc.txt", "lines": ("line",)},
    "social_fund_measures.csv": {"file": "social_fund_2024q1_measures.csv", "source_id": "social_fund_2024q1",
                                 "document": "seeds/004_d96d7c2a8423cce4.txt", "lines": ("line_from", "line_to")},
}
