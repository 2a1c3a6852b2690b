"""Tables for st.table and st.dataframe, turned into Arrow once by the kept builder that makes them."""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import partial

import pandas as pd
import pyarrow as pa
import streamlit as st
from pandas.io.formats.style import Styler


def arrow(frame: pd.DataFrame) -> pa.Table:
    """The frame as the Arrow table Streamlit would make of it on every rerun: the same bytes
    reach the browser, but the conversion is paid once per language and state, not per rerun."""
    return pa.Table.from_pandas(frame)


@dataclass(frozen=True)
class Sortable:
    """A table whose number columns are shown as text (the number as the reader's language
    writes it, with its unit or mark) but must sort by value: `numbers` holds each such
    column's values, in the frame's row order. `missing`: what a missing number reads as, where
    the table's missing cells do not all say the same (see missing_text). `drawn`: the Styler
    sortable() made of it, kept with the table (not compared)."""
    frame: pd.DataFrame
    numbers: dict[str, tuple[float, ...]]
    missing: str | None = None
    drawn: dict = field(default_factory=dict, compare=False, repr=False)


_styling = threading.Lock()


def sortable(table: Sortable) -> Styler:
    """The table for st.dataframe: the number columns hold numbers, so a click on a header sorts by
    value (text sorts "12 345" before "9 201"), and each cell shows its text. Made once per table
    and shared by every run that draws it (see _kept_styler)."""
    with _styling:
        if "styler" not in table.drawn:
            table.drawn["styler"] = _kept_styler(table)
        return table.drawn["styler"]


def _kept_styler(table: Sortable) -> Styler:
    """A Styler that Streamlit turns into its table without working it out again: every run, Streamlit
    calls its _compute and _translate (in place) and then writes the text of every cell the translation
    lists into a copy of the frame, column by column (~5 ms for 33 rows by 6 columns, a third of the
    server's CPU under load across the pages). Here both are done once, and the translation lists only
    the number columns' cells (the others show their own text anyway). Instance attributes, since
    Streamlit recognises a Styler by its exact class."""
    frame = table.frame
    data = frame.assign(**{c: pd.to_numeric(pd.Series(v, index=frame.index, dtype="float64"))
                           for c, v in table.numbers.items()})
    styler = data.style
    shown_columns = {data.columns.get_loc(column) for column in table.numbers}
    for column in table.numbers:
        j = data.columns.get_loc(column)
        for i, text in enumerate(frame[column]):
            # One display function per cell (Styler.format with a one-cell subset costs ~1 ms each).
            styler._display_funcs[(i, j)] = partial(_shown, str(text))
    styler._compute()
    translated = styler._translate(False, False)
    translated["body"] = [[cell for cell in row if _column_of(cell) in shown_columns] for row in translated["body"]]
    styler._compute = lambda: styler
    styler._translate = lambda *args, **kwargs: translated
    return styler


def _column_of(cell: dict) -> int | None:
    """The column of a body cell of a Styler's translation (its id is "row<i>_col<j>"); None for a header."""
    match = re.match(r"row\d+_col(\d+)", cell.get("id", ""))
    return int(match.group(1)) if match else None


def _shown(text: str, _value) -> str:
    return text


def missing_text(table: Sortable) -> str:
    """What the table's missing numbers read as. Streamlit's table draws one text in every missing
    cell, its placeholder ("None" unless told), never the cell's own text from the Styler: the
    table's `missing`, else the one text its missing cells give ("" where none or several)."""
    if table.missing is not None:
        return table.missing
    texts = {str(text) for column, values in table.numbers.items()
             for text, value in zip(table.frame[column], values) if value != value}
    return texts.pop() if len(texts) == 1 else ""


def show_table(table: Sortable, **options) -> None:
    """Draw the table with st.dataframe (`options` are its own), sorting by value, missing numbers in
    words."""
    st.dataframe(sortable(table), placeholder=missing_text(table), **options)
