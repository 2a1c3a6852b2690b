"""The Excel form of a download: sheets a reader can read at once (the header row frozen, columns as
wide as their content up to a limit, long text wrapped on the metadata sheet) and a script can read
with pandas.read_excel(sheet_name=...)."""
from __future__ import annotations

import io

import pandas as pd
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

MAX_WIDTH = 60           # characters; longer text is cut off on screen (data) or wrapped (metadata)
MIN_WIDTH = 8


def _width(values) -> int:
    lengths = pd.Series(values, dtype=object).dropna().astype(str).str.len()
    return int(min(MAX_WIDTH, max(MIN_WIDTH, (lengths.max() if len(lengths) else 0) + 2)))


def _table(writer, name: str, frame: pd.DataFrame) -> None:
    """A table on its own sheet: bold frozen header, an autofilter, readable widths."""
    frame.to_excel(writer, sheet_name=name, index=False)
    sheet = writer.sheets[name]
    sheet.freeze_panes = "A2"
    if len(frame.columns):
        sheet.auto_filter.ref = sheet.dimensions
    for position, column in enumerate(frame.columns, start=1):
        sheet.cell(row=1, column=position).font = Font(bold=True)
        # the longest of the header and (a sample of) the values: a large file needs no full scan
        sample = frame[column].head(2000)
        sheet.column_dimensions[get_column_letter(position)].width = _width([column, *sample])


def _metadata(writer, about: list[tuple[str, object]], heading: str, indicators_label: str,
              indicators: pd.DataFrame) -> None:
    """Label/value lines about the file, then the indicators' table."""
    sheet = writer.book.create_sheet("metadata")
    writer.sheets["metadata"] = sheet
    sheet.cell(row=1, column=1, value=heading).font = Font(bold=True, size=13)
    for offset, (label, value) in enumerate(about, start=3):
        sheet.cell(row=offset, column=1, value=label).font = Font(bold=True)
        cell = sheet.cell(row=offset, column=2, value=value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    start = len(about) + 4
    sheet.cell(row=start, column=1, value=indicators_label).font = Font(bold=True)
    for position, column in enumerate(indicators.columns, start=1):
        sheet.cell(row=start + 1, column=position, value=column).font = Font(bold=True)
    for line, values in enumerate(indicators.itertuples(index=False), start=start + 2):
        for position, value in enumerate(values, start=1):
            sheet.cell(row=line, column=position, value=value).alignment = Alignment(wrap_text=True, vertical="top")
    for position in range(1, max(2, len(indicators.columns)) + 1):
        values = [c.value for c in sheet[get_column_letter(position)][1:]]    # the heading overflows row 1
        # the label column fits its labels; the value column is wide and wraps (the citation is long)
        width = MAX_WIDTH * 2 if position == 2 else _width(values)
        sheet.column_dimensions[get_column_letter(position)].width = width


def workbook(values: pd.DataFrame, about: list[tuple[str, object]], heading: str, indicators_label: str,
             indicators: pd.DataFrame, sources: pd.DataFrame, flags: pd.DataFrame,
             computed: pd.DataFrame | None = None) -> bytes:
    """Sheets data, metadata, sources, flags (and computed, when a chart computed values)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _table(writer, "data", values)
        _metadata(writer, about, heading, indicators_label, indicators)
        _table(writer, "sources", sources)
        _table(writer, "flags", flags)
        if computed is not None:
            _table(writer, "computed", computed)
    return buffer.getvalue()
