"""National values from the headline tables of the NSC's SDG reporting site (a newer deploy).

`sources/nsc-sdg-site/headline_tables.json` holds, per indicator page, the table the page
shows: `columns` (Year, Value, and on some pages a series label, GeoCode, unit ...) and
`rows` as written. scripts/catalog/site_series.csv says which page (and, on pages with
several series, which series label) feeds which indicator. Rows are matched on the label,
never on their order; rows with a GeoCode are not national and are left out.
"""
from __future__ import annotations

import json
from pathlib import Path

from databuild.extracts import read_csv

SITE_FOLDER = "sources/nsc-sdg-site"
TABLES_FILE = "headline_tables.json"
SOURCE_ID = "nsc_sdg_site"
DEPLOY = "07c005c"
SPEC_COLUMNS = ("page", "series_label", "indicator_id", "category", "unit", "scale", "note")
LABEL_COLUMN = "SERIES"


class SiteError(ValueError):
    """A page or series label the build does not find, or a table it cannot read."""


def read_specs(path: Path) -> list[dict[str, str]]:
    rows = read_csv(path)
    if rows and tuple(rows[0]) != SPEC_COLUMNS:
        raise SiteError(f"{path.name}: the header must be exactly {','.join(SPEC_COLUMNS)}")
    return rows


def load_tables(shared: Path) -> dict:
    return json.loads((shared / SITE_FOLDER / TABLES_FILE).read_text(encoding="utf-8"))


def locator(page: str, year: str, label: str = "") -> str:
    text = f"{SITE_FOLDER}/{TABLES_FILE}#page={page}&deploy={DEPLOY}&row={year}"
    return text + (f"&series={label}" if label else "")


def observations(tables: dict, specs: list[dict[str, str]]) -> list[dict]:
    rows: list[dict] = []
    for spec in specs:
        page = spec["page"]
        if page not in tables:
            raise SiteError(f"{TABLES_FILE}: no page {page!r}")
        table = tables[page]
        columns = table["columns"]
        if "Year" not in columns or "Value" not in columns:
            raise SiteError(f"{page}: no Year and Value columns ({columns})")
        label = spec["series_label"].strip()
        if (LABEL_COLUMN in columns) != bool(label):
            raise SiteError(f"{page}: the page {'has' if LABEL_COLUMN in columns else 'has no'} series labels; "
                            f"the spec gives {'one' if label else 'none'}")
        found = 0
        scale = float(spec["scale"] or 1)
        for cells in table["rows"]:
            cell = dict(zip(columns, cells))
            if label and cell[LABEL_COLUMN].strip() != label:
                continue
            if cell.get("GeoCode", "").strip():
                continue
            text = cell["Value"].strip()
            if not text:
                continue
            found += 1
            year = cell["Year"].strip()
            rows.append({
                "indicator_id": spec["indicator_id"], "region": "KG", "year": int(year), "period": year,
                "sex": "total", "area": "total", "age_group": "total", "activity": "total",
                "category": spec["category"] or "total",
                "value": round(float(text) * scale, 6) if scale != 1 else float(text),
                "unit": spec["unit"], "source_id": SOURCE_ID, "locator": locator(page, year, label),
                "flags": set(), "source_text": text, "note": spec["note"],
            })
        if not found:
            raise SiteError(f"{page}: no national row{' labelled ' + repr(label) if label else ''}")
    return rows
