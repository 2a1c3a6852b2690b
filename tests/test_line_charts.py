"""Line charts a reader can read (issue 13): distinct colours with contrast, a marker symbol per
series, names at the lines' ends instead of a legend, a highlight, no line across a break, a
year's value on its year's tick. Synthetic points only."""
from __future__ import annotations

import itertools
import math

import pandas as pd
import pytest

from analysis import charts, topic_figures
from analysis.charts import contrast

WORDS = charts.Words("t", "%", "Source: x")


def _points(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["series", "period", "value", "flags", "secondary", "source_id"])


def _series(names, years=range(2015, 2024), value=lambda i, y: 10 + i + (y - 2015) * 0.1) -> pd.DataFrame:
    return _points([(n, str(y), value(i, y), "", False, "s") for i, n in enumerate(names) for y in years])


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of a #rrggbb colour."""
    linear = [(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
              for c in (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))]
    r, g, b = linear
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def _lines(fig):
    return [tr for tr in fig.data if tr.mode == "lines+markers"]


def _labels(fig) -> dict:
    return {a.name.removeprefix("line-label:"): a for a in fig.layout.annotations
            if (a.name or "").startswith("line-label:")}


# --- colours and symbols ---------------------------------------------------------------------------

def test_every_colour_has_3_to_1_contrast_against_white():
    for colour in (*charts.PALETTE, charts.MUTED, charts.EMPHASIS):
        assert contrast(colour) >= 3, colour


def test_colours_are_distinct_from_each_other_and_from_black_and_grey():
    colours = (*charts.PALETTE, charts.MUTED, charts.EMPHASIS)
    assert len(set(colours)) == len(colours)
    for a, b in itertools.combinations(colours, 2):
        assert math.dist(_lab(a), _lab(b)) >= 25, (a, b)
    assert "#D55E00" not in charts.PALETTE          # vermilion marks breaks and implausible values


def test_country_and_nine_regions_share_no_colour_and_no_symbol():
    names = ["Country", *(f"Region {i}" for i in range(9))]
    fig = charts.line_chart(_series(names), WORDS, "en", emphasis="Country")
    looks = {tr.name: (tr.line.color, tr.marker.symbol) for tr in _lines(fig)}
    assert len(looks) == 10
    assert len({c for c, _ in looks.values()}) == 10 and len({s for _, s in looks.values()}) == 10
    assert looks["Country"][0] == charts.EMPHASIS


def test_name_text_is_readable():
    for colour in (*charts.PALETTE, charts.MUTED):
        assert contrast(charts.readable(colour)) >= 4.5
    assert charts.readable("#0072B2") == "#0072b2"        # dark enough already: unchanged


# --- names at the lines' ends ----------------------------------------------------------------------

def test_lines_are_named_at_their_ends_and_leave_the_legend():
    fig = charts.line_chart(_series(["A", "B", "C"]), WORDS, "en")
    labels = _labels(fig)
    assert set(labels) == {"A", "B", "C"}
    for name, label in labels.items():
        line = next(tr for tr in _lines(fig) if tr.name == name)
        assert label.x == list(line.x)[-1] and label.y == list(line.y)[-1]      # the line's last point
        assert label.xanchor == "left" and label.showarrow
    assert not any(tr.showlegend for tr in _lines(fig))
    assert fig.layout.margin.r > 20                                               # room for the names


def test_end_names_do_not_overlap():
    # Five lines ending within a tenth of a point: their names are pushed apart.
    names = list("ABCDE")
    fig = charts.line_chart(_series(names, value=lambda i, y: 20 + i * 0.02), WORDS, "en")
    labels = _labels(fig)
    values = [v for tr in _lines(fig) for v in tr.y]
    per_px = (max(values) - min(values)) * 1.1 / charts.PLOT_PX or 1 / charts.PLOT_PX * 1.1 * 20
    centres = sorted(label.ay for label in labels.values())
    gaps = [(b - a) for a, b in zip(centres, centres[1:])]
    assert min(gaps) >= charts.LABEL_LINE_PX * per_px * 0.99


def test_spread_labels_keeps_order_and_moves_as_little_as_it_must():
    assert charts.spread_labels([0, 100, 200], [10, 10, 10]) == [0, 100, 200]      # nothing to move
    placed = charts.spread_labels([0, 0, 0], [10, 10, 10])
    assert placed == pytest.approx([-10, 0, 10])                                    # around their place
    placed = charts.spread_labels([0, 5, 100], [10, 20, 10])
    assert placed[1] - placed[0] == pytest.approx(15) and placed[2] == 100
    assert sum(placed[:2]) / 2 == pytest.approx(2.5)


def test_a_long_name_wraps_and_many_series_keep_the_legend():
    fig = charts.line_chart(_series(["Jalal-Abad oblast region"]), WORDS, "en")
    assert "<br>" in _labels(fig)["Jalal-Abad oblast region"].text
    many = [f"S{i}" for i in range(charts.MAX_LABELLED + 1)]
    fig = charts.line_chart(_series(many), WORDS, "en")
    assert not _labels(fig) and all(tr.showlegend for tr in _lines(fig))


def test_tidy_bottom_keeps_only_the_markers_in_the_legend():
    points = _points([("A", "2019", 1.0, "", False, "s"), ("A", "2020", 2.0, "", True, "s"),
                      ("B", "2019", 3.0, "", False, "s"), ("B", "2020", 4.0, "", False, "s")])
    fig = topic_figures.line_figure(points, WORDS, "en", 1)
    assert fig.layout.showlegend is True
    shown = [tr.name for tr in fig.data if tr.showlegend is not False]
    assert shown == ["A (secondary source)"]
    fig = topic_figures.line_figure(points[~points["secondary"]], WORDS, "en", 1)
    assert fig.layout.showlegend is False                       # only lines: their names are enough
    source = next(a for a in fig.layout.annotations if a.text.startswith("Source:"))
    assert -source.yshift + 15 <= fig.layout.margin.b


def test_a_secondary_marker_takes_its_series_symbol_open():
    points = _points([("A", "2019", 1.0, "", False, "s"), ("B", "2019", 2.0, "", False, "s"),
                      ("B", "2020", 3.0, "", True, "s")])
    fig = charts.line_chart(points, WORDS, "en")
    line = next(tr for tr in _lines(fig) if tr.name == "B")
    hollow = next(tr for tr in fig.data if tr.name == "B (secondary source)")
    assert hollow.marker.symbol == f"{line.marker.symbol}-open"


# --- highlight -------------------------------------------------------------------------------------

def test_highlight_draws_one_series_in_colour_the_others_grey_and_thin():
    fig = charts.line_chart(_series(["Country", "A", "B"]), WORDS, "en", emphasis="Country", highlight="B")
    lines = {tr.name: tr for tr in _lines(fig)}
    assert lines["B"].line.color == charts.PALETTE[1] and lines["B"].line.width > lines["A"].line.width
    assert lines["A"].line.color == lines["Country"].line.color == charts.MUTED
    assert _lines(fig)[-1].name == "B"                          # drawn on top
    assert _labels(fig)["B"].font.weight == "bold"
    plain = charts.line_chart(_series(["A", "B"]), WORDS, "en", highlight="nobody")
    assert {tr.line.color for tr in _lines(plain)} == set(charts.PALETTE[:2])


def test_highlight_goes_through_line_figure():
    fig = topic_figures.line_figure(_series(["A", "B"]), WORDS, "en", 1, highlight="A")
    assert {tr.name: tr.line.color for tr in _lines(fig)} == {"A": charts.PALETTE[0], "B": charts.MUTED}


# --- breaks ----------------------------------------------------------------------------------------

def test_no_line_is_drawn_across_a_break():
    fig = topic_figures.line_figure(_series(["A", "B"], years=range(2017, 2024)), WORDS, "en", 1, breaks=[2021])
    for name in ("A", "B"):
        parts = [tr for tr in _lines(fig) if tr.name == name]
        assert len(parts) == 2 and len({tr.legendgroup for tr in parts}) == 1
        assert [str(x)[:4] for x in parts[0].x][-1] == "2020" and str(list(parts[1].x)[0])[:4] == "2021"
    assert [s.x0 for s in fig.layout.shapes] == [pd.Timestamp(2020, 12, 31)]       # the dotted marker stays
    assert any(a.text == "possible break" for a in fig.layout.annotations)


def test_forecast_history_breaks_too():
    history = pd.DataFrame({"year": [2018, 2019, 2020, 2021, 2022], "value": [1.0, 2, 3, 4, 5]})
    table = pd.DataFrame(columns=["year", "value", "lo80", "hi80", "lo95", "hi95"])
    fig = charts.forecast_chart(history, table, WORDS, "en", breaks=[2021])
    observed = [tr for tr in fig.data if tr.name == "observed"]
    assert [len(tr.x) for tr in observed] == [3, 2]
    assert [tr.showlegend for tr in observed] == [True, False]
    assert fig.layout.xaxis.tick0 == "2000-07-01" and fig.layout.xaxis.dtick == "M12"


# --- ticks -----------------------------------------------------------------------------------------

def test_a_year_sits_on_its_tick_and_a_quarter_keeps_its_place():
    fig = charts.line_chart(_series(["A"]), WORDS, "en")
    axis = fig.layout.xaxis
    assert axis.tick0 == "2000-07-01" and axis.dtick == "M12" and axis.tickformat == "%Y"
    assert str(_lines(fig)[0].x[0]) == "2015-07-01"              # on the tick of 2015
    assert axis.range[0] == pd.Timestamp(2015, 1, 1) and axis.range[1] == pd.Timestamp(2024, 1, 1)
    quarterly = _points([("A", "2020-Q1", 1.0, "", False, "s"), ("A", "2020-Q2", 2.0, "", False, "s")])
    quarters = charts.line_chart(quarterly, WORDS, "en")
    assert quarters.layout.xaxis.tick0 is None
    assert str(_lines(quarters)[0].x[0]) == "2020-02-15"


# --- the Poverty page: highlight and change since a base year -------------------------------------

def test_poverty_page_highlights_and_shows_change_since_from_the_url():
    from tests.test_app import open_page
    at = open_page("poverty", "en", since="2018", highlight="KG-B", regions="KG-B,KG-GO")
    assert not at.exception and not at.warning
    assert at.selectbox(key="poverty_highlight").value == "KG-B"
    assert at.toggle(key="poverty_since").value is True
    assert at.selectbox(key="poverty_since_year").value == 2018
    keys = [c.key for c in at.get("plotly_chart")]
    assert "poverty_change_chart" in keys and len(keys) == 4


def test_poverty_page_change_is_off_by_default_and_bad_values_say_so():
    from tests.test_app import open_page
    at = open_page("poverty", "en")
    assert at.toggle(key="poverty_since").value is False
    assert "poverty_change_chart" not in [c.key for c in at.get("plotly_chart")]
    at = open_page("poverty", "en", since="1990", highlight="XX")
    assert not at.exception and len(at.warning) == 2
    assert at.toggle(key="poverty_since").value is False and at.selectbox(key="poverty_highlight").value == "none"
