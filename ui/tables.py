"""Tables for st.table and st.dataframe, turned into Arrow once by the kept builder that makes them."""
from __future__ import annotations

from dataclasses import dataclass
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
    the table's missing cells do not all say the same (see missing_text)."""
    frame: pd.DataFrame
    numbers: dict[str, tuple[float, ...]]
    missing: str | None = None


def sortable(table: Sortable) -> Styler:
    """The table for st.dataframe: the number columns hold numbers, so a click on a header sorts by
    value (text sorts "12 345" before "9 201"), and each cell shows its text. A new Styler on each
    call: Streamlit computes a Styler in place, so one kept and shared by sessions could mix runs."""
    frame = table.frame
    data = frame.assign(**{c: pd.to_numeric(pd.Series(v, index=frame.index, dtype="float64"))
                           for c, v in table.numbers.items()})
    styler = data.style
    for column in table.numbers:
        j = data.columns.get_loc(column)
        for i, text in enumerate(frame[column]):
            # One display function per cell (Styler.format with a one-cell subset costs ~1 ms each).
            styler._display_funcs[(i, j)] = partial(_shown, str(text))
    return styler


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
