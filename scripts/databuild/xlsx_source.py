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
