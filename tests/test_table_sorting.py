"""Every interactive table sorts its numbers as numbers: a column that shows numbers holds them
(text sorts "12 345" before "9 201"), and its cells still show them as the language writes them."""
import re

import pytest
from streamlit import dataframe_util

from tests.conftest import ROOT
from tests.test_app import PAGES, open_every_section, open_page

# A number as a table writes it: a mark, a sign, grouped digits, decimals, and maybe a unit or a
# word ("12 345,6 сом в месяц", "−2.5 pp", "3 of 9", "9 regions"), never a year or a date.
NUMBER = re.compile(r"^[≈>]?\s?[−+\-]?\d{1,3}(?:[\u202f ,]\d{3})*(?:[.,]\d+)?(?:\s?%|\s[^\d]{1,40})?$")


def sections(page: str) -> list[str]:
    """The page's tabs, as its SECTIONS dict names them (a page defines it only when it runs)."""
    text = (ROOT / "app_pages" / page / "page.py").read_text(encoding="utf-8")
    found = re.search(r"SECTIONS = \{(.*?)\}", text, re.S)
    return re.findall(r'"(\w+)":', found.group(1)) if found else []


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("page", [p for p in PAGES if p != "present"])
def test_number_columns_hold_numbers(page, lang):
    opened = open_every_section(page, lang, sections(page)) if sections(page) else {"": open_page(page, lang)}
    for section, at in opened.items():
        for table in at.dataframe:
            frame = table.value
            for column in frame.columns:
                if frame[column].dtype.kind in "fiu":
                    continue
                cells = [str(v) for v in frame[column] if str(v) and str(v) != "—"]
                numbers = [c for c in cells if NUMBER.match(c)]
                assert len(numbers) <= len(cells) / 2, (page, section, column, numbers[:3])


def test_a_sortable_table_shows_the_languages_numbers():
    at = open_page("forecasts", "ru")
    (table,) = [t for t in at.dataframe if t.proto.arrow_data.styler.display_values]
    shown = dataframe_util.convert_arrow_bytes_to_pandas_df(table.proto.arrow_data.styler.display_values)
    assert table.value.iloc[:, 1].dtype.kind == "f"                       # sorts by value
    first = float(table.value.iloc[0, 1])
    assert shown.iloc[0, 1] == f"{first:,.1f}".replace(",", "\u202f").replace(".", ",")   # shows "29,1"


def test_a_table_drawn_again_shows_the_same_cells():
    """A table's Styler is worked out once and shared by every run (ui/tables.sortable): Streamlit gets the
    same data as from a Styler made afresh and the same cell texts, however many times it draws it."""
    import math

    import pandas as pd
    from streamlit.elements.lib.pandas_styler_utils import marshall_styler
    from streamlit.proto.Dataframe_pb2 import Dataframe

    from ui.tables import Sortable, sortable

    values = (12345.6, math.nan, 3.0)
    frame = pd.DataFrame({"region": ["Batken", "Osh", None], "value": ["12 345,6", "no data", "3,0*"],
                          "year": ["2023", "2024", "2024"]})

    def drawn(styler) -> tuple[pd.DataFrame, pd.DataFrame]:
        proto = Dataframe()
        marshall_styler(proto.arrow_data, styler, "uuid")
        shown = dataframe_util.convert_arrow_bytes_to_pandas_df(proto.arrow_data.styler.display_values)
        return dataframe_util.convert_anything_to_pandas_df(styler), shown

    table = Sortable(frame, {"value": values})
    expected_data, _ = drawn(frame.assign(value=list(values)).style)
    for _ in range(3):
        data, shown = drawn(sortable(table))
        pd.testing.assert_frame_equal(data, expected_data)
        assert shown["value"].tolist() == ["12 345,6", "no data", "3,0*"]
        assert shown["year"].tolist() == ["2023", "2024", "2024"] and shown["region"].tolist()[:2] == ["Batken", "Osh"]
        assert pd.isna(shown["region"][2])       # a missing text stays missing (a fresh Styler wrote "nan")
    assert sortable(table) is sortable(table)
