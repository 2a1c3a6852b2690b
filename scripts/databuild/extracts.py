"""Values that people read out of the free-text sources (scripts/extracts/*.csv).

Each row is checked against its source: the quoted text must stand on the cited line.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

VALUE_COLUMNS = (
    "indicator_id", "region", "year", "period", "sex", "area", "age_group", "activity",
    "category", "value", "unit", "line", "source_text", "flags", "note",
)


@dataclass(frozen=True)
class ExtractSource:
    """A value file and the document it was read from."""
    values_file: str
    source_id: str | None  # None: each row names its own source_id (reference files)
    document: str | None   # path under ../shared; None: the row's `file` column names it


SEED_PROGRAM = ExtractSource("program_2020_2023_values.csv", "program_2020_2023",
                             "seeds/000_f7ae2b88052fa1fc.txt")
SEED_SOCIAL_FUND = ExtractSource("social_fund_2024q1_values.csv", "social_fund_2024q1",
                                 "seeds/004_d96d7c2a8423cce4.txt")
REFERENCE = ExtractSource("reference_values.csv", None, None)
ALL = (SEED_PROGRAM, SEED_SOCIAL_FUND, REFERENCE)


class ExtractError(ValueError):
    """A row that does not match its source or the format."""


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def document_lines(shared: Path, document: str) -> list[str]:
    return (shared / document).read_text(encoding="utf-8").split("\n")


def observations(shared: Path, extracts_dir: Path, source: ExtractSource) -> list[dict]:
    """The value rows of one extract file, each checked against the line it cites."""
    path = extracts_dir / source.values_file
    lines_of: dict[str, list[str]] = {}
    rows = []
    for number, raw in enumerate(read_csv(path), start=2):
        where = f"{path.name} row {number}"
        missing = [c for c in VALUE_COLUMNS if c not in raw]
        if missing:
            raise ExtractError(f"{where}: missing columns {missing}")
        document = source.document or f"reference/{raw['file']}"
        if document not in lines_of:
            lines_of[document] = document_lines(shared, document)
        lines = lines_of[document]
        try:
            line = int(raw["line"])
            value = float(raw["value"])
            year = int(raw["year"])
        except ValueError as error:
            raise ExtractError(f"{where}: line, value and year must be numbers ({error})") from None
        if not 1 <= line <= len(lines):
            raise ExtractError(f"{where}, column line: {line} is not a line of {document}")
        if not raw["source_text"] or raw["source_text"] not in lines[line - 1]:
            raise ExtractError(
                f"{where}, column source_text: {raw['source_text']!r} is not on line {line} of {document}")
        rows.append({
            **{c: raw[c].strip() for c in ("indicator_id", "region", "period", "sex", "area",
                                            "age_group", "activity", "category", "unit")},
            "year": year,
            "value": value,
            "source_id": source.source_id or raw["source_id"],
            "locator": f"{document}:{line}",
            "flags": set(filter(None, (f.strip() for f in raw["flags"].split(";")))),
            "source_text": raw["source_text"],
            "note": raw["note"].strip(),
        })
    return rows


def declared(extracts_dir: Path, suffix: str) -> list[dict[str, str]]:
    """Every row of the *_indicators.csv, *_codes.csv or *_units.csv files, in name order."""
    rows = []
    for path in sorted(extracts_dir.glob(f"*_{suffix}.csv")):
        rows.extend({**row, "_file": path.name} for row in read_csv(path))
    return rows
