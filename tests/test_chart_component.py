"""The one chart component (ui/chart.py): every chart of every page and tab, in ky, ru and en, has
text for screen readers and its panels, and its table and downloads hold exactly what it draws."""
import io
import math
import re

import openpyxl
import pandas as pd
import pytest

import ui.chart
from analysis import chart_view
from analysis.chart_view import Chart
from tests.conftest import ROOT
from tests.test_app import PAGES, open_page
from tests.test_table_sorting import sections

CHART_PAGES = [p for p in PAGES if p not in ("coverage", "data", "methodology")]


@pytest.fixture
def drawn_charts(monkeypatch):
    """Every (key, Chart, controls) that pages hand to ui.chart.chart while the test runs."""
    seen = []
    original = ui.chart.chart

    def recording(data, lang, made, key, *args, **kwargs):
        seen.append((key, made, kwargs.get("controls", True), data, lang))
        return original(data, lang, made, key, *args, **kwargs)

    monkeypatch.setattr(ui.chart, "chart", recording)
    return seen


def opened(page: str, lang: str) -> list:
    names = sections(page)
    return [open_page(page, lang, section=s) for s in names] if names else [open_page(page, lang)]


def _numbers(values) -> list[float]:
    return [float(v) for v in (values if values is not None else []) if v is not None and not _nan(v)]


def _nan(v) -> bool:
    try:
        return math.isnan(float(v))
    except (TypeError, ValueError):
        return True


def drawn_values(fig) -> list[float]:
    """The numbers a figure draws as data: line and marker y, bar lengths, map colours (not the
    filled interval bands, which the table states in words)."""
    found = []
    for trace in fig.data:
        if trace.type == "scatter" and (trace.fill in (None, "none")):
            found += _numbers(trace.y)
        elif trace.type == "bar":
            found += _numbers(trace.x if trace.orientation == "h" else trace.y)
        elif trace.type in ("choropleth", "choroplethmap", "choroplethmapbox"):
            found += _numbers(trace.z)
    return found


def _key(value: float) -> str:
    return f"{value:.6g}"


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
@pytest.mark.parametrize("page", CHART_PAGES)
def test_every_chart_has_text_for_screen_readers_and_its_panels(page, lang, drawn_charts):
    seen = 0
    for at in opened(page, lang):          # a tab may hold tables only; the page has charts
        assert not at.exception, at.exception
        charts = at.get("plotly_chart")
        seen += len(charts)
        for element in charts:
            assert element.proto.alt.strip(), (page, lang, element.proto.id)
        for key, made, controls, *_ in drawn_charts:
            assert isinstance(made, Chart)
            assert made.alt and made.title, key
    assert seen, page
    with_panels = [key for key, _, controls, *_ in drawn_charts if controls]
    assert with_panels or page == "present", page


@pytest.mark.parametrize("page", CHART_PAGES)
def test_every_charts_table_and_downloads_hold_exactly_what_it_draws(page, drawn_charts):
    opened(page, "ru")
    assert drawn_charts, page
    holds_exactly_what_it_draws(page, drawn_charts)


@pytest.mark.parametrize("page, region", [("poverty", "KG-B"), ("labour", "KG-J")])   # a region shown by default
def test_change_since_charts_hold_the_changes_they_draw(page, region, drawn_charts):
    at = open_page(page, "ky", since="2018", highlight=region)
    assert not at.exception and not at.warning
    assert at.selectbox(key=f"{page}_highlight").value == region and at.toggle(key=f"{page}_since").value
    changed = {f"{page}_regions_chart", f"{page}_change_chart"}
    assert changed <= {key for key, *_ in drawn_charts}
    holds_exactly_what_it_draws(page, drawn_charts)
    for key, made, *_ in drawn_charts:
        if key in changed:
            assert len(made.computed) and made.computed["Эскертүүлөр"].str.contains("2018").all(), key


def holds_exactly_what_it_draws(page, drawn_charts) -> None:
    for key, made, controls, data, lang in drawn_charts:
        drawn = drawn_values(made.figure)
        rows = chart_view.observations(data, made)
        observed = rows["value"].dropna().astype(float).tolist()
        computed = (made.computed[chart_view.TABLE_HEADERS[lang]["value"]].dropna().astype(float).tolist()
                    if made.computed is not None and len(made.computed) else [])
        if not made.rows and not computed:
            assert not drawn, (page, key, "draws values with no source rows")
            continue
        csv = pd.read_csv(io.BytesIO(chart_view.table_file(data, made, "csv", lang)), encoding="utf-8-sig")
        assert len(csv) == len(rows) + (len(made.computed) if computed else 0), (page, key)
        assert sorted(csv["value"].dropna().astype(float).map(_key)) == sorted(map(_key, observed + computed)), \
            (page, key)
        cites_its_source(data, lang, rows, csv, computed, (page, key))
        available = set(map(_key, observed + computed))
        scaled = [{_key(v / d) for v in observed} | set(map(_key, computed)) for d in (1e3, 1e6, 1e9)]
        missing = {_key(v) for v in drawn} - available
        assert not missing or any(not ({_key(v) for v in drawn} - s) for s in scaled), (page, key, sorted(missing)[:5])
        shown = {_key(v) for v in drawn}
        if not computed:               # a computed chart (a gap) draws what is computed from its rows
            assert set(map(_key, observed)) <= shown or any(s <= shown for s in scaled), \
                (page, key, "an observation in the download is not drawn")
        book = openpyxl.load_workbook(io.BytesIO(chart_view.table_file(data, made, "xlsx", lang)))
        assert book["data"].max_row == len(rows) + 1, (page, key)
        assert book.sheetnames[:4] == ["data", "metadata", "sources", "flags"], (page, key)
        assert book["data"].freeze_panes == "A2" and book["sources"].max_row == rows["source_id"].nunique() + 1
        if computed:
            assert book["computed"].max_row == len(made.computed) + 1, (page, key)
        stem = chart_view.file_stem(data, made, lang)
        assert stem.endswith(f"_{lang}") and re.fullmatch(r"[A-Za-z0-9_+\-]+", stem), stem
        ids = list(dict.fromkeys(rows["indicator_id"]))
        if ids:
            assert stem.startswith(re.sub(r"[^A-Za-z0-9_-]+", "-", ids[0])), stem


def cites_its_source(data, lang, rows, csv, computed, where) -> None:
    """Each observation in a chart's CSV names its source in full and cites it; computed values carry
    the 'computed' flag in words and the file's citation (they come from several values)."""
    title, publisher = ("title", "publisher") if lang == "en" else (f"title_{lang}", f"publisher_{lang}")
    observed = csv.iloc[:len(rows)]
    sources = data.sources.loc[rows["source_id"]]
    assert list(observed["source_publisher"]) == list(sources[publisher]), where
    assert all(f"{p}, {t}" in c for p, t, c in zip(sources[publisher], sources[title], observed["citation"])), where
    assert csv["release"].notna().all() and csv["selection"].str.startswith("indicator=").all(), where
    made = csv.iloc[len(rows):]
    if computed:
        assert (made["flags"] == "computed").all() and made["flag_meaning"].str.len().gt(0).all(), where
        assert made["citation"].str.contains(sources[title].iloc[0], regex=False).all(), where


def test_the_table_view_lists_each_drawn_value_with_unit_period_and_source(drawn_charts):
    open_page("poverty", "en")
    key, made, _, data, lang = next(c for c in drawn_charts if c[0] == "poverty_national_chart")
    table = chart_view.table(data, made, "en")
    assert list(table.columns) == ["Indicator", "Region", "Period", "Value", "Unit", "Notes", "Source"]
    assert len(table) == len(made.rows) and table["Unit"].eq("%").all()
    assert table["Source"].str.startswith("National Statistical Committee").all()


def test_about_this_data_lists_every_source_in_full_with_citation(drawn_charts):
    open_page("poverty", "en")
    key, made, _, data, lang = next(c for c in drawn_charts if c[0] == "poverty_national_chart")
    said = chart_view.about(data, made, "en")
    used = set(chart_view.observations(data, made)["source_id"])
    assert len(said.sources) == len(used)
    assert all(s["publisher"] and s["title"] and not s["title"].endswith("…") for s in said.sources)
    assert said.breaks and said.breaks[0][0] == 2021
    assert "Sources:" in said.citation and said.release


def test_alt_text_states_the_latest_value_and_its_change():
    points = pd.DataFrame({"series": "Kyrgyz Republic", "period": ["2021", "2024"], "value": [33.3, 25.7]})
    assert chart_view.alt_lines("Poverty rate", points, "%", 1, "en") == (
        "Poverty rate, 2021–2024. Kyrgyz Republic: 25.7% in 2024, down from 33.3% in 2021. "
        "The table view lists every value.")
    assert "25,7% в 2024 г., снижение с 33,3% в 2021 г. Все" in chart_view.alt_lines("Бедность", points, "%", 1, "ru")
    assert "2024 — 25,7%, 2021 — 33,3% (төмөндөө)" in chart_view.alt_lines("Жакырчылык", points, "%", 1, "ky")


def test_pages_draw_charts_only_through_the_component():
    """ui.charts.show is the component's own drawing call; st.plotly_chart is show's."""
    for path in [*ROOT.glob("app_pages/**/*.py"), *ROOT.glob("ui/**/*.py")]:
        text = path.read_text(encoding="utf-8")
        if path.name not in ("charts.py",):
            assert "st.plotly_chart" not in text, path
        if path.name not in ("chart.py", "charts.py"):
            assert not re.search(r"(^|[^.\w])show\(", text), path


def test_a_chart_downloads_as_svg_with_its_title(drawn_charts):
    open_page("poverty", "ky")
    key, made, _, data, lang = next(c for c in drawn_charts if c[0] == "poverty_national_chart")
    svg = chart_view.image_file(made.figure, "svg").decode("utf-8")
    assert svg.startswith("<svg") and made.title.split(" — ")[0] in svg
    png = chart_view.image_file(made.figure, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
