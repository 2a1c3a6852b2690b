"""Deterministic CSV output, written atomically."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from analysis.writing import write_bytes_atomic


def format_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = format(value, ".12g")
        return text if "e" not in text else format(value, "f").rstrip("0").rstrip(".")
    if isinstance(value, (set, frozenset)):
        return ";".join(sorted(value))
    return str(value)


def csv_text(columns, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([format_value(row.get(c)) for c in columns])
    return buffer.getvalue()


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, text.encode("utf-8"))
