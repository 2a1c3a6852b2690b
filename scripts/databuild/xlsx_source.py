"""The NSC's Excel table of average monthly wages (8.5.1.1), read with openpyxl.

It holds the both-sexes totals (national and by activity) that the SDMX file lacks;
its female and male rows are kept too, so that a disagreement with the SDMX file shows.
"""
from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

WAGE_TABLE = "sources/nsc-sdg-kg/excel_files/8.5.1.1.xlsx"
SOURCE_ID = "nsc_sdg_xlsx"
SEX_ROWS = {"аялдар": "female", "эркектер": "male"}


class XlsxError(ValueError):
    """The table is not laid out as expected."""


def wage_observations(shared: Path, activity_codes_by_name: dict[str, str]) -> list[dict]:
    """Rows in the observations schema; '-' cells are not available and give no row."""
    path = shared / WAGE_TABLE
    sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0]
    grid = [list(row) for row in sheet.iter_rows(values_only=True)]
    header_index = next((i for i, row in enumerate(grid) if row and isinstance(row[3], int)), None)
    if header_index is None:
        raise XlsxError(f"{WAGE_TABLE}: no header row with years")
    years = {col: int(v) for col, v in enumerate(grid[header_index]) if isinstance(v, int)}
    rows: list[dict] = []
    activity = None
    for index in range(header_index + 1, len(grid)):
        cells = grid[index]
        label_ky = (cells[0] or "").strip() if isinstance(cells[0], str) else ""
        label_en = " ".join(str(cells[2] or "").split())
        if not label_ky:
            continue
        if label_ky in SEX_ROWS:
            if activity is None:
                raise XlsxError(f"{WAGE_TABLE} row {index + 1}: sex row before any activity")
            sex = SEX_ROWS[label_ky]
        else:
            if label_en == "Kyrgyz Republic":
                activity = "total"
            elif label_en in activity_codes_by_name:
                activity = activity_codes_by_name[label_en]
            else:
                raise XlsxError(f"{WAGE_TABLE} row {index + 1}: unknown activity {label_en!r}")
            sex = "total"
        for col, year in years.items():
            value = cells[col] if col < len(cells) else None
            if value in (None, "-", ""):
                continue
            if not isinstance(value, (int, float)):
                raise XlsxError(f"{WAGE_TABLE} row {index + 1}: not a number: {value!r}")
            rows.append({
                "indicator_id": "avg_monthly_wage", "region": "KG",
                "year": year, "period": str(year),
                "sex": sex, "area": "total", "age_group": "total",
                "activity": activity, "category": "total",
                "value": float(value), "unit": "som_per_month",
                "source_id": SOURCE_ID,
                "locator": f"{WAGE_TABLE}#{sheet.title}!{get_column_letter(col + 1)}{index + 1}",
                "flags": set(), "source_text": "", "note": "",
            })
    return rows


# --------------------------------------------------------------------------- the other tables
TABLE_FOLDER = "sources/nsc-sdg-kg/excel_files"
SPEC_COLUMNS = ("file", "row_label", "section", "indicator_id", "region", "sex", "area", "age_group", "activity",
                "category", "unit", "flags", "note")
NOT_AVAILABLE = ("-", "…", "...", "")


def _label(cell) -> str:
    """A row label as compared: whitespace (also non-breaking) collapsed."""
    return " ".join(str(cell).split()) if isinstance(cell, str) else ""


def read_specs(path: Path) -> list[dict[str, str]]:
    import csv
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if rows and tuple(rows[0]) != SPEC_COLUMNS:
        raise XlsxError(f"{path.name}: the header must be exactly {','.join(SPEC_COLUMNS)}")
    return rows


def table_observations(shared: Path, specs: list[dict[str, str]]) -> list[dict]:
    """The rows of the NSC's Excel tables named in `specs` (scripts/catalog/xlsx_series.csv).

    Each spec names a file and a row by its Russian label (second column, whitespace
    collapsed), optionally under a section heading (the last label row above it without
    numbers); it must match exactly one row. The year header is the first row whose fourth
    cell is a year. '-' and '…' cells are not available and give no observation.
    """
    rows: list[dict] = []
    for file in dict.fromkeys(s["file"] for s in specs):
        path = shared / TABLE_FOLDER / file
        sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0]
        grid = [list(row) for row in sheet.iter_rows(values_only=True)]
        header = next((i for i, row in enumerate(grid)
                       if len(row) > 3 and isinstance(row[3], int) and 1990 <= row[3] <= 2100), None)
        if header is None:
            raise XlsxError(f"{file}: no header row with years")
        years = {col: int(v) for col, v in enumerate(grid[header])
                 if col >= 3 and isinstance(v, int) and 1990 <= v <= 2100}
        labelled, section = [], ""
        for index in range(header + 1, len(grid)):
            cells = grid[index]
            label = _label(cells[1]) if len(cells) > 1 else ""
            numbers = any(isinstance(cells[c], (int, float)) for c in years if c < len(cells))
            if label and not numbers:
                section = label
            if label:
                labelled.append((index, label, section))
        for spec in (s for s in specs if s["file"] == file):
            matches = [(i, lab, sec) for i, lab, sec in labelled
                       if lab == _label(spec["row_label"]) and (not spec["section"] or sec == _label(spec["section"]))]
            if len(matches) != 1:
                raise XlsxError(f"{file}: {len(matches)} rows labelled {spec['row_label']!r}"
                                f"{' under ' + repr(spec['section']) if spec['section'] else ''}; expected exactly one")
            index = matches[0][0]
            cells = grid[index]
            for col, year in years.items():
                value = cells[col] if col < len(cells) else None
                if value is None or (isinstance(value, str) and value.strip() in NOT_AVAILABLE):
                    continue
                if not isinstance(value, (int, float)) or isinstance(value, bool):
                    raise XlsxError(f"{file} row {index + 1}: not a number: {value!r}")
                rows.append({
                    "indicator_id": spec["indicator_id"], "region": spec["region"] or "KG",
                    "year": year, "period": str(year),
                    **{c: spec[c] or "total" for c in ("sex", "area", "age_group", "activity", "category")},
                    "value": float(value), "unit": spec["unit"], "source_id": SOURCE_ID,
                    "locator": f"{TABLE_FOLDER}/{file}#{sheet.title}!{get_column_letter(col + 1)}{index + 1}",
                    "flags": set(filter(None, spec["flags"].split(";"))), "source_text": "", "note": spec["note"],
                })
    return rows
