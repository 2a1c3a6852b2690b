"""Tables for st.table and st.dataframe, turned into Arrow once by the kept builder that makes them."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa


def arrow(frame: pd.DataFrame) -> pa.Table:
    """The frame as the Arrow table Streamlit would make of it on every rerun: the same bytes
    reach the browser, but the conversion is paid once per language and state, not per rerun."""
    return pa.Table.from_pandas(frame)
