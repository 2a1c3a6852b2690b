"""The view lives in the URL: widgets start from ?name=value and write back what differs
from the default, so copying the address reproduces the view.

A value that is unknown, malformed or out of range falls back to the default with a
visible notice; it is never rendered as HTML and never raises.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from ui.i18n import escape_markdown, t

MAX_LIST = 20          # more items than this in one parameter is not a view anyone shares
MAX_SHOWN = 40         # characters of a bad value quoted back in the notice


def _raw(name: str) -> str | None:
    value = st.query_params.get(name)
    return None if value is None else str(value)


def _notice(lang: str, name: str, value: str) -> None:
    st.warning(t("notice.bad_param", lang, name=escape_markdown(name), value=escape_markdown(value[:MAX_SHOWN])),
               icon="⚠️")


def read_choice(lang: str, name: str, options: Sequence[str], default: str) -> str:
    raw = _raw(name)
    if raw is None:
        return default
    if raw in options:
        return raw
    _notice(lang, name, raw)
    return default


def read_choices(lang: str, name: str, options: Sequence[str], default: Sequence[str]) -> list[str]:
    raw = _raw(name)
    if raw is None:
        return list(default)
    items = [item for item in raw.split(",") if item]
    known = [item for item in dict.fromkeys(items) if item in options][:MAX_LIST]
    if len(known) != len(items) or len(items) > MAX_LIST:
        _notice(lang, name, raw)
    return known or list(default)


def read_years(lang: str, name: str, first: int, last: int, default: tuple[int, int]) -> tuple[int, int]:
    """A range written 2010..2020 (or a single year 2015)."""
    raw = _raw(name)
    if raw is None:
        return default
    parts = raw.split("..")
    try:
        a, b = (int(parts[0]), int(parts[-1])) if len(parts) in (1, 2) else (None, None)
    except ValueError:
        a = b = None
    if a is None or not (first <= a <= b <= last):
        _notice(lang, name, raw)
        return default
    return a, b


def read_year(lang: str, name: str, years: Sequence[int], default: int) -> int:
    raw = _raw(name)
    if raw is None:
        return default
    # isdecimal, not isdigit: "²" is a digit that int() rejects; more than 10 digits is no year
    # and past 4300 int() raises.
    if raw.isdecimal() and len(raw) <= 10 and int(raw) in years:
        return int(raw)
    _notice(lang, name, raw)
    return default


def write(name: str, value, default) -> None:
    """Keep only what differs from the default in the URL."""
    text = _encode(value)
    if text == _encode(default):
        st.query_params.pop(name, None)
    elif st.query_params.get(name) != text:
        st.query_params[name] = text


def _encode(value) -> str:
    if isinstance(value, tuple) and len(value) == 2:
        return f"{value[0]}..{value[1]}"
    if isinstance(value, (list, tuple)):
        return ",".join(map(str, value))
    return str(value)


def selectbox(lang: str, label: str, name: str, options: Sequence[str], default: str, key: str,
              format_func: Callable[[str], str] = str) -> str:
    """A selectbox whose first value comes from the URL and whose choice goes back to it."""
    start = read_choice(lang, name, options, default)
    value = st.selectbox(label, options, index=list(options).index(start), key=key, format_func=format_func)
    write(name, value, default)
    return value


def multiselect(lang: str, label: str, name: str, options: Sequence[str], default: Sequence[str], key: str,
                format_func: Callable[[str], str] = str) -> list[str]:
    start = read_choices(lang, name, options, default)
    if key not in st.session_state:
        st.session_state[key] = start
    value = st.multiselect(label, options, key=key, format_func=format_func, max_selections=MAX_LIST)
    write(name, value, list(default))
    return value


def region_picker(lang: str, name: str, options: Sequence[str], default: Sequence[str], key: str,
                  format_func: Callable[[str], str] = str) -> list[str]:
    """The regions a regional chart shows: a searchable multiselect (from ?regions=, default a few)
    with "All" and "Clear" beside it."""
    picker, everything, nothing = st.columns([6, 1, 1], vertical_alignment="bottom")
    if everything.button(t("common.select_all", lang), key=f"{key}_all"):
        st.session_state[key] = list(options)[:MAX_LIST]
    if nothing.button(t("common.clear", lang), key=f"{key}_clear"):
        st.session_state[key] = []
    with picker:
        start = read_choices(lang, name, options, default)
        if key not in st.session_state:
            st.session_state[key] = start
        value = st.multiselect(t("common.regions", lang), options, key=key, format_func=format_func,
                               max_selections=MAX_LIST, placeholder=t("common.regions_placeholder", lang))
    write(name, value, list(default))
    return value


def highlight_and_change(lang: str, page: str, options: Sequence[str], bases: Sequence[int],
                         format_func: Callable[[str], str] = str) -> tuple[str | None, int | None]:
    """Under a regional line chart's region picker: a region to highlight (?highlight=, the others
    grey) and a switch to show each line's change since a base year (?since=, off by default; the
    Program's 2018 first). Returns (the highlighted code or None, the base year or None)."""
    from analysis.change import BASE_YEAR
    pick, switch, base = st.columns([2, 3, 2], vertical_alignment="bottom")   # the switch's label is long in ky
    with pick:
        highlight = selectbox(lang, t("lines.highlight", lang), "highlight", ["none", *options], "none",
                              key=f"{page}_highlight",
                              format_func=lambda r: t("lines.highlight_none", lang) if r == "none" else format_func(r))
    bases = list(bases)
    asked = read_year(lang, "since", bases, 0)
    since = None
    if switch.toggle(t("lines.since", lang), value=bool(asked), key=f"{page}_since", disabled=not bases):
        first = asked or (BASE_YEAR if BASE_YEAR in bases else bases[-1])
        since = base.selectbox(t("lines.since_year", lang), bases, index=bases.index(first), key=f"{page}_since_year")
    write("since", since, None)
    return (None if highlight == "none" else highlight), since


def year_slider(lang: str, label: str, name: str, years: Sequence[int], default: tuple[int, int], key: str
                ) -> tuple[int, int]:
    start = read_years(lang, name, min(years), max(years), default)
    if min(years) == max(years):
        return start
    value = st.slider(label, min(years), max(years), value=start, key=key, step=1)
    write(name, tuple(value), default)
    return tuple(value)


def year_select(lang: str, label: str, name: str, years: Sequence[int], default: int, key: str) -> int:
    start = read_year(lang, name, years, default)
    value = st.select_slider(label, options=list(years), value=start, key=key) if len(years) > 1 else start
    write(name, value, default)
    return int(value)


def section_tabs(lang: str, page: str, names: dict[str, str]) -> tuple[str, DeltaGenerator]:
    """Tabs for a page's sections, of which only the open one is built (on_change="rerun"):
    a page switch then draws one section's charts, not all of them. The open section lives in
    ?section=<code>, so a shared address opens it. Returns (its code, its tab container)."""
    codes = list(names)
    start = read_choice(lang, "section", codes, codes[0])
    # The labels change with the language, and Streamlit forgets a tab state whose label is gone:
    # one key per language, started from the URL, keeps the section across a language switch.
    key = f"{page}_section_{lang}"
    if key not in st.session_state:
        st.session_state[key] = names[start]
    tabs = st.tabs([names[code] for code in codes], key=key, on_change="rerun")
    opened = next((code for code, tab in zip(codes, tabs) if tab.open), start)
    write("section", opened, codes[0])
    return opened, tabs[codes.index(opened)]


def show_sections(lang: str, page: str, sections: dict[str, Callable[[], None]]) -> None:
    """A page's sections as tabs named `<page>.tab.<code>`; draws the open one."""
    opened, tab = section_tabs(lang, page, {code: t(f"{page}.tab.{code}", lang) for code in sections})
    with tab:
        sections[opened]()
