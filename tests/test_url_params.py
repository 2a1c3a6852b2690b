"""Abusive URL parameters: unknown codes, reversed or out-of-range years, 10,000-item lists, markup and
SQL, 100 KB strings, undecodable percent-encodings. No page raises; a notice says the value was not
used; the widgets stay at their defaults; nothing from the URL is rendered as HTML.

The parameters of each page are read from its source (every ui.state call and st.query_params.get),
so a new parameter is abused too. The helpers in ui/state.py get the same strings directly.
"""
from __future__ import annotations

import ast
from pathlib import Path
from unittest import mock
from urllib.parse import parse_qs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streamlit.testing.v1.element_tree import Block
from tests.conftest import ROOT
from tests.test_app import PAGES, open_page
from ui import state
from ui.i18n import escape_markdown, t

FINISHED = ["poverty", "forecasts", "coverage"]
STATE_WIDGETS = {"selectbox", "multiselect", "year_slider", "year_select"}  # (lang, label, name, ...)
STATE_READERS = {"read_choice", "read_choices", "read_years", "read_year"}  # (lang, name, ...)
WIDGET_TYPES = ("selectbox", "multiselect", "slider", "select_slider", "radio", "toggle", "checkbox",
                "text_input", "number_input")
SCRIPT = "<script>alert(1)</script>"


def _undecodable(encoded: str) -> str:
    """What the server makes of a percent-encoding that is not UTF-8 (Streamlit reads ?... with parse_qs)."""
    return parse_qs(f"x={encoded}")["x"][0]


ABUSE = {
    "unknown_code": "XX-9",
    "years_reversed": "2020..2010",
    "years_out_of_range": "1800..3000",
    "year_far_away": "1800",
    "huge_list": ",".join(f"R{i}" for i in range(10_000)),
    "script": SCRIPT,
    "sql": "' OR 1=1 --",
    "long_text": "A" * 100_000,
    "long_digits": "9" * 100_000,
    "superscript_digits": "²⁰²⁰",
    "not_utf8": _undecodable("%ff%fe%C3%28"),
    "percent_literal": "%ff%fe%C3%28",
    "control_characters": "\x00\r\n\t\x1b[31m",
    "markdown": "**bold** [link](javascript:alert(1))",
}


# --------------------------------------------------------------------------- reading pages and results

def _names_in(tree: ast.AST) -> dict[str, str]:
    """URL parameter -> how the code under `tree` reads it (the ui.state function, or "query_params.get")."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        func = node.func
        if isinstance(func.value, ast.Name) and func.value.id == "state" and func.attr in STATE_WIDGETS | STATE_READERS:
            position = 2 if func.attr in STATE_WIDGETS else 1
            if len(node.args) > position and isinstance(node.args[position], ast.Constant):
                names[node.args[position].value] = func.attr
        elif (func.attr == "get" and isinstance(func.value, ast.Attribute) and func.value.attr == "query_params"
              and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value != "lang"):
            names.setdefault(node.args[0].value, "query_params.get")
    return names


def url_names(page: str) -> dict[str | None, dict[str, str]]:
    """Each section of the page (None for a page without tabs) -> the URL parameters it reads.

    A page with tabs maps section codes to functions in `SECTIONS = {...}` and builds only the open
    one (ui.state.section_tabs); what is outside those functions is read in every section, and the
    first section also reads ?section= itself."""
    tree = ast.parse((ROOT / "app_pages" / page / "page.py").read_text(encoding="utf-8"))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    sections = next((dict(zip((k.value for k in node.value.keys), (v.id for v in node.value.values)))
                     for node in tree.body if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
                     and any(getattr(t, "id", "") == "SECTIONS" for t in node.targets)), None)
    if sections is None:
        return {None: _names_in(tree)}
    outside = ast.Module(body=[n for n in tree.body if not (isinstance(n, ast.FunctionDef) and n.name in
                                                             sections.values())], type_ignores=[])
    shared = _names_in(outside)
    names = {code: {**shared, **_names_in(functions[function])} for code, function in sections.items()}
    names[next(iter(sections))]["section"] = "read_choice"
    return names


FREE_TEXT = {("methodology", "q")}  # a search box: any short text is a valid value
PAGE_SECTIONS = {page: {section: {n: how for n, how in names.items() if (page, n) not in FREE_TEXT}
                        for section, names in url_names(page).items()} for page in PAGES}
PAGE_NAMES = {page: {n: how for names in sections.values() for n, how in names.items()}
              for page, sections in PAGE_SECTIONS.items()}
OTHER_CASES = [(page, section) for page in PAGES if page not in FINISHED
               for section, names in PAGE_SECTIONS[page].items() if names]
FIRST_SECTION = {page: next(iter(sections)) for page, sections in PAGE_SECTIONS.items()}


def open_section(page: str, section: str | None, **params):
    """The page with `section` open (the first one also opens without ?section=)."""
    if section is not None and section != FIRST_SECTION[page]:
        params = {"section": section, **params}
    return open_page(page, "en", **params)


def widgets(at) -> dict:
    """Every keyed widget's value (the language picker aside)."""
    return {w.key: w.value for kind in WIDGET_TYPES for w in at.get(kind) if w.key and w.key != "language_picker"}


def _walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def assert_no_html_from_the_url(at) -> None:
    """A value from the URL may appear as text (a notice quotes it), never in an element that renders HTML."""
    for node in _walk(at._tree):
        proto = getattr(node, "proto", None)
        if isinstance(node, Block) or proto is None or "<script" not in str(proto):
            continue
        assert getattr(node, "type", "") != "html", f"st.html renders {SCRIPT!r}"
        assert not getattr(node, "allow_html", False), f"{node.type} renders {SCRIPT!r} with unsafe_allow_html"


@pytest.fixture(scope="module")
def baselines():
    """The widgets of each page (and section) with no other parameters (computed once each)."""
    cache: dict[tuple[str, str | None], dict] = {}

    def get(page: str, section: str | None = None) -> dict:
        if (page, section) not in cache:
            at = open_section(page, section)
            assert not at.exception, [e.value for e in at.exception]
            cache[page, section] = widgets(at)
        return cache[page, section]

    return get


def notices(at) -> list[str]:
    return [w.value for w in at.warning]


def check_page(at, page: str, names: dict[str, str], baseline: dict, value: str, every_name: bool) -> None:
    assert not at.exception, (page, [e.value for e in at.exception])
    shown = notices(at)
    assert shown, f"{page}: no notice for {value[:40]!r}"
    if every_name:
        for name in names:
            assert any(f"“{name}”" in text for text in shown), (page, name, shown)
    quoted = escape_markdown(value[: state.MAX_SHOWN])  # quoted back escaped: literal text, never markup
    assert all(len(text) < 400 for text in shown), "a long value is quoted in part, not whole"
    if names and quoted.strip() and "\r" not in value:
        assert any(quoted in text for text in shown), (quoted, shown)
    assert widgets(at) == baseline, f"{page}: widgets left their defaults"
    assert_no_html_from_the_url(at)


# --------------------------------------------------------------------------- the finished pages: every value

CASES = [(page, kind) for page in FINISHED if page in PAGES
         for kind in (ABUSE if PAGE_NAMES[page] else ("script", "huge_list", "long_text"))]


@pytest.mark.parametrize("page, kind", CASES)
def test_finished_pages_survive_abusive_values(page, kind, baselines):
    names = PAGE_NAMES[page]
    value = ABUSE[kind]
    params = {name: value for name in names} or {"indicator": value, "regions": value, "years": value}
    at = open_page(page, "en", **params)
    if not names:  # coverage reads no parameter: unknown ones are ignored, silently
        assert not at.exception and not at.warning and at.title
        assert widgets(at) == baselines(page)
        assert_no_html_from_the_url(at)
        return
    check_page(at, page, names, baselines(page), value, every_name=True)
    # the URL heals: a parameter that fell back to its default is dropped from the address
    assert not set(names) & set(at.query_params), dict(at.query_params)


# --------------------------------------------------------------------------- the other pages: by kind of parameter

TYPED = {  # the value that hits each reader hardest
    "selectbox": "' OR 1=1 --", "read_choice": "' OR 1=1 --",
    "multiselect": ABUSE["huge_list"], "read_choices": ABUSE["huge_list"],
    "year_slider": "2020..2010", "read_years": "2020..2010",
    "year_select": "²⁰²⁰", "read_year": "²⁰²⁰",
    "query_params.get": ABUSE["long_text"],
}


@pytest.mark.parametrize("run", ["script", "long_digits", "typed"])
@pytest.mark.parametrize("page, section", OTHER_CASES)
def test_other_pages_survive_abusive_values(page, section, run, baselines):
    names = PAGE_SECTIONS[page][section]
    params = {n: TYPED[how] for n, how in names.items()} if run == "typed" else {n: ABUSE[run] for n in names}
    if "section" not in names and section is not None:
        params["section"] = section
    at = open_page(page, "en", **params)
    check_page(at, page, names, baselines(page, section), ABUSE["script"] if run == "script" else "",
               every_name=False)
    assert widgets(at).keys() == baselines(page, section).keys(), "the section asked for, or the first one, is open"


def test_a_huge_list_of_known_codes_keeps_them_once_with_a_notice():
    at = open_page("poverty", "en", regions=",".join(["KG-B", "KG-C"] * 5_000))
    assert not at.exception
    assert at.multiselect(key="poverty_regions").value == ["KG-B", "KG-C"]
    assert any("“regions”" in text for text in notices(at))


def test_methodology_search_takes_markup_as_text_and_refuses_100_kb():
    at = open_page("methodology", "en", section="definitions", q=SCRIPT)
    assert not at.exception
    assert at.text_input(key="methodology_search").value == SCRIPT  # a search for that text, shown as text
    assert_no_html_from_the_url(at)
    at = open_page("methodology", "en", section="definitions", q="A" * 100_000)
    assert not at.exception
    assert at.text_input(key="methodology_search").value == ""
    assert any("“q”" in text for text in notices(at))


def test_a_too_long_search_is_quoted_back_as_text():
    value = ABUSE["markdown"] * 5                      # over the 60 characters a search may have
    at = open_page("methodology", "en", section="definitions", q=value)
    assert not at.exception and at.text_input(key="methodology_search").value == ""
    assert any(escape_markdown(value[: state.MAX_SHOWN]) in text for text in notices(at))


@pytest.mark.parametrize("kind", ["script", "long_text", "not_utf8", "sql", "control_characters", "markdown"])
def test_language_parameter_falls_back_to_kyrgyz(kind):
    # The overview: open_page runs app.py's default page first, and the notice shows on the first run
    # (the fallback then drops ?lang= from the address, as a deep link in a browser does in one run).
    at = open_page("overview", ABUSE[kind])
    assert not at.exception
    assert at.session_state["language"] == "ky"
    assert at.title[0].value == t("overview.title", "ky")
    assert len(notices(at)) == 1 and len(notices(at)[0]) < 400
    assert_no_html_from_the_url(at)


# --------------------------------------------------------------------------- the code itself

def _html_calls(path: Path) -> list[tuple[int, str]]:
    """(line, what) of every call that renders HTML: unsafe_allow_html=True, st.html, components.html."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        unsafe = any(k.arg == "unsafe_allow_html" and not (isinstance(k.value, ast.Constant) and not k.value.value)
                     for k in node.keywords)
        if unsafe or name == "html":
            body = node.args[0] if node.args else None
            constant = isinstance(body, ast.Constant) or (isinstance(body, ast.Name) and body.id.isupper())
            found.append((node.lineno, "constant" if constant else ast.unparse(body) if body else "?"))
    return found


def test_html_is_rendered_only_from_constants():
    files = [ROOT / "app.py", *sorted((ROOT / "app_pages").rglob("*.py")), *sorted((ROOT / "ui").rglob("*.py"))]
    offenders = {str(f.relative_to(ROOT)): [c for c in _html_calls(f) if c[1] != "constant"] for f in files}
    assert not {f: c for f, c in offenders.items() if c}, "HTML built from a variable may carry URL input"


# --------------------------------------------------------------------------- ui/state.py helpers, directly

OPTIONS = ["poverty_rate", "KG", "KG-B", "total", "female"]
YEARS = list(range(2000, 2024))
raw_values = st.one_of(
    st.text(),  # any Unicode (hypothesis leaves out lone surrogates: the server never decodes to them)
    st.text(alphabet=st.characters(categories=["Nd", "No"])),  # digits of other scripts, superscripts
    st.from_regex(r"-?\d{1,6}(\.\.-?\d{1,6})?", fullmatch=True),
    st.lists(st.sampled_from([*OPTIONS, "XX", "", " KG"]), max_size=40).map(",".join),
    st.sampled_from(list(ABUSE.values())),
    st.integers(1, 5000).map(lambda n: "7" * n),
)


class Reader:
    """Calls a ui/state reader with `raw` as the URL value; records the notices it shows."""

    def __init__(self, raw: str):
        self.raw, self.shown = raw, []

    def __call__(self, function, *args):
        with mock.patch.object(state, "_raw", lambda name: self.raw), \
             mock.patch.object(state, "_notice", lambda lang, name, value: self.shown.append(value)):
            return function("en", "x", *args)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(raw=raw_values)
def test_state_readers_never_raise_and_stay_in_range(raw):
    read = Reader(raw)
    choice = read(state.read_choice, OPTIONS, "KG")
    assert choice in OPTIONS and (choice == raw or (choice == "KG" and read.shown))

    read = Reader(raw)
    choices = read(state.read_choices, OPTIONS, ["KG"])
    assert set(choices) <= set(OPTIONS) and len(choices) == len(set(choices)) <= state.MAX_LIST
    parsed = [item for item in dict.fromkeys(raw.split(",")) if item]
    assert choices == (parsed or ["KG"]) or read.shown

    read = Reader(raw)
    first, last = read(state.read_years, 2000, 2023, (2005, 2010))
    assert 2000 <= first <= last <= 2023 and isinstance(first, int) and isinstance(last, int)
    assert (first, last) == (2005, 2010) or not read.shown

    read = Reader(raw)
    year = read(state.read_year, YEARS, 2023)
    assert year in YEARS and isinstance(year, int)
    assert year == 2023 or int(raw) == year


@pytest.mark.parametrize("raw", list(ABUSE.values()))
def test_the_notice_quotes_a_bounded_part_of_the_value(raw):
    with mock.patch.object(state.st, "warning") as warning:
        state._notice("ru", "regions", raw)
    text = warning.call_args.args[0]
    quoted = escape_markdown(raw[: state.MAX_SHOWN])
    assert quoted in text and len(text) <= len(t("notice.bad_param", "ru")) + 2 * state.MAX_SHOWN


def test_year_helpers_refuse_digits_int_cannot_read():
    for raw in ("²⁰²⁰", "9" * 5000, "2015" + "0" * 10):
        assert Reader(raw)(state.read_year, YEARS, 2023) == 2023
        assert Reader(f"{raw}..2020")(state.read_years, 2000, 2023, (2005, 2010)) == (2005, 2010)
