"""Plotly figures with one shared look. Callers pass the words (already translated).

Conventions: gaps stay gaps; a value from a secondary source is a hollow marker; a value flagged
implausible keeps its place on the line and gets a vermilion ringed cross with a hover note; a
break in comparability is a dotted vertical line; every figure carries its source line
underneath; hover shows the value with its unit, the period and the flags.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from analysis import periods
from analysis.schema import period_kind

# Ten colours a line chart's series take in turn: told apart with normal sight (CIE76 distance
# at least 30 between any two), each at least 3:1 against white (WCAG's contrast for graphics).
# Okabe-Ito's first four, darkened where they were too light; vermilion is left to breaks and
# implausible values. With ten series some pairs meet under colour-vision deficiencies: every
# series also has its own marker symbol (SYMBOLS) and is named at its line's end.
PALETTE = ("#0072B2", "#B35C00", "#009E73", "#CC79A7", "#6A3D9A", "#7F4F24", "#E7298A", "#666600", "#1F9BAF",
           "#B2182B")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "triangle-down", "pentagon", "hexagon", "star",
           "hourglass", "triangle-left", "cross", "triangle-right")
MUTED = "#8A8A8A"        # the series a highlight leaves in the background (3.5:1 against white)
EMPHASIS = "#000000"  # the series a chart is about (e.g. the country among its regions)
# Streamlit bundles "Source Sans": no web font is fetched. The names are quoted: an unquoted name
# with a word that starts with a digit ("Source Sans 3") makes the browser drop the whole list.
FONT = '"Source Sans", "Source Sans Pro", "Source Sans 3", Arial, sans-serif'
GRID = "#e5e5e5"
# Text on a chart at WCAG AA's 4.5:1 against white or better: ticks and axis titles (Streamlit's
# theme would give them #808495, 3.7:1), the source line, "no data".
AXIS_TEXT = "#444444"    # 9.7:1
SMALL_PRINT = "#555555"  # 7.5:1
BREAK = "#D55E00"        # a break's dotted line (3.9:1: enough for a graphic)
BREAK_TEXT = "#A14500"   # its label, the same vermilion darkened to 6.2:1


@dataclass(frozen=True)
class Words:
    """Every word a figure shows, in the reader's language."""
    title: str
    unit: str                          # axis title and hover unit, e.g. "%" or "som per month"
    source: str                        # the line under the figure
    possible_break: str = "possible break"
    secondary: str = "secondary source"
    no_data: str = "no data"
    forecast: str = "forecast"
    interval80: str = "80% interval"
    interval95: str = "95% interval"
    target: str = "target"
    observed: str = "observed"
    implausible: str = "implausible value"                 # legend entry of the flagged points
    implausible_note: str = "breaks sharply from the neighbouring years; kept as published"  # their hover


IMPLAUSIBLE_FLAG = "implausible"
IMPLAUSIBLE_MARKER = {"symbol": "circle-x-open", "size": 15, "color": "#D55E00", "line": {"width": 2.5}}


def _is_implausible(flags) -> bool:
    return IMPLAUSIBLE_FLAG in str(flags or "").split(";")


def _implausible_hover(decimals: int, unit: str, words: Words) -> str:
    return ("<b>%{fullData.name}</b><br>%{customdata[0]}: %{y:,." + str(decimals) + "f} " + unit
            + "<br><i>" + words.implausible_note + "</i>%{customdata[1]}<extra></extra>")


def separators(lang: str) -> str:
    """Plotly's decimal and thousands marks: decimal comma and thin space for ky and ru."""
    return ".," if lang == "en" else ", "


SOURCE_YSHIFT = -88    # pixels from the plot's bottom edge to the source line under it


SOURCE_WIDTH = 150      # a line of small print under a chart: this many Latin letters wide
CYRILLIC_WIDTH = 1.2    # a Cyrillic letter is about this many Latin ones wide in the chart font


def text_width(text: str) -> float:
    """Width of a text in Latin letters (Cyrillic ones are wider)."""
    return sum(CYRILLIC_WIDTH if "\u0400" <= char <= "\u04ff" else 1.0 for char in text)


def wrap_small_print(text: str, width: float = SOURCE_WIDTH) -> list[str]:
    """Lines of at most `width` Latin letters' width, broken between words."""
    lines, line = [], ""
    for word in text.split():
        if line and text_width(line) + 1 + text_width(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def style(fig: go.Figure, words: Words, lang: str, height: int = 440) -> go.Figure:
    source_lines = wrap_small_print(words.source)
    fig.update_layout(
        title={"text": words.title, "x": 0, "xanchor": "left", "font": {"size": 18}},
        font={"family": FONT, "size": 14, "color": "#222"},
        separators=separators(lang),
        plot_bgcolor="white", paper_bgcolor="white", height=height,
        margin={"l": 60, "r": 20, "t": 60, "b": 105 + 15 * len(source_lines)},
        legend={"orientation": "h", "yanchor": "top", "y": -0.16, "x": 0},
        hoverlabel={"font": {"family": FONT}},
    )
    axis_text = {"tickfont": {"color": AXIS_TEXT}, "title_font": {"color": AXIS_TEXT}}
    fig.update_xaxes(showgrid=False, linecolor="#888", ticks="outside", **axis_text)
    fig.update_yaxes(gridcolor=GRID, zeroline=False, title={"text": words.unit}, **axis_text)
    # The source sits at the bottom of the margin, in pixels, whatever the figure's height.
    fig.add_annotation(text="<br>".join(source_lines), xref="paper", yref="paper", x=0, y=0, yshift=SOURCE_YSHIFT,
                       showarrow=False,
                       xanchor="left", yanchor="top", align="left", font={"size": 11, "color": SMALL_PRINT})
    return fig


def _hover(decimals: int, unit: str) -> str:
    return ("<b>%{fullData.name}</b><br>%{customdata[0]}: %{y:,." + str(decimals) + "f} " + unit
            + "%{customdata[1]}<extra></extra>")


MAX_LABELLED = 10       # series named at their lines' ends; a chart with more keeps a legend
PLOT_PX = 290           # the plot's height in pixels (topic_figures.tidy_bottom keeps it)
LABEL_PX = 12           # font size of a line's name at its end
LABEL_LINE_PX = 16      # the height of one line of that name
LABEL_CHAR_PX = 6.6     # width of a Latin letter of it
LABEL_CHARS = 16        # a longer name takes two lines
LABEL_GAP_PX = 12       # from the plot's right edge to the names


def line_chart(points: pd.DataFrame, words: Words, lang: str, decimals: int = 1,
               breaks: list[int] | tuple[int, ...] = (), flag_names: dict[str, str] | None = None,
               emphasis: str | None = None, highlight: str | None = None, end_labels: bool = True) -> go.Figure:
    """Lines over time, one per `series` label.

    points: columns series, period, value (NaN = missing), flags (';'-joined), secondary (bool).
    A calendar year sits at its middle, on its tick; dates, quarters and months at their own place.
    Each series has its own colour and marker symbol; with up to MAX_LABELLED series each is
    named at its line's end and the legend keeps only the markers. A line is not drawn across
    a break in comparability. highlight: the series drawn in colour, every other one grey.
    """
    fig = go.Figure()
    flag_names = flag_names or {}
    names = list(dict.fromkeys(points["series"]))
    looks = _looks(names, emphasis, highlight)
    labelled = end_labels and 0 < len(names) <= MAX_LABELLED
    ends = []
    # The highlighted series is drawn last: on top of the grey ones.
    for name in sorted(names, key=lambda n: n == highlight):
        rows = points[points["series"] == name]
        rows = rows.assign(x=[periods.position(p) for p in rows["period"]]).sort_values("x")
        colour, width, symbol = looks[name]
        custom = list(zip([periods.label(p, lang) for p in rows["period"]],
                          [_flag_text(f, flag_names) for f in rows["flags"]]))
        primary = ~rows["secondary"].astype(bool).to_numpy()
        segment = _segments(rows["x"], breaks)
        for part in sorted(set(segment)):
            inside = segment == part
            fig.add_trace(go.Scatter(
                x=rows["x"][inside], y=rows["value"].where(primary)[inside], name=name, legendgroup=name,
                showlegend=bool(not labelled and part == segment[0]), mode="lines+markers",
                line={"color": colour, "width": width}, marker={"size": 7, "symbol": symbol}, connectgaps=False,
                customdata=[c for c, i in zip(custom, inside) if i], hovertemplate=_hover(decimals, words.unit)))
        if (~primary).any():
            fig.add_trace(go.Scatter(
                x=rows["x"][~primary], y=rows["value"][~primary], name=f"{name} ({words.secondary})",
                mode="markers", marker={"size": 9, "symbol": f"{symbol}-open", "color": colour, "line": {"width": 2}},
                customdata=[c for c, p in zip(custom, primary) if not p], hovertemplate=_hover(decimals, words.unit)))
        doubtful = rows["flags"].map(_is_implausible).astype(bool).to_numpy() & rows["value"].notna().to_numpy()
        if doubtful.any():
            fig.add_trace(go.Scatter(
                x=rows["x"][doubtful], y=rows["value"][doubtful], name=f"{name} ({words.implausible})",
                mode="markers", marker=IMPLAUSIBLE_MARKER,
                customdata=[c for c, d in zip(custom, doubtful) if d],
                hovertemplate=_implausible_hover(decimals, words.unit, words)))
        present = rows.dropna(subset=["value"])
        if len(present):
            ends.append((names.index(name), name, present["x"].iloc[-1], float(present["value"].iloc[-1])))
    years = [periods.position(p).year for p in points["period"]]
    _mark_breaks(fig, breaks, words, min(years, default=0), max(years, default=0))
    every = "M12" if _span_years(points) <= 20 else "M24"
    if _has_years(points):        # a year's tick at its middle, where its value is drawn
        fig.update_xaxes(type="date", tickformat="%Y", dtick=every, tick0="2000-07-01")
    else:
        fig.update_xaxes(type="date", tickformat="%Y", dtick=every)
    fig = style(fig, words, lang)
    if labelled and ends:
        # The axis runs over whole years: a line's end leaves room for the line to its name.
        placed = [periods.position(p) for p in points["period"]]
        right = pd.Timestamp(max(placed).year + 1, 1, 1)
        fig.update_xaxes(range=[pd.Timestamp(min(placed).year, 1, 1), right])
        values = points["value"].dropna()
        _label_ends(fig, sorted(ends), looks, highlight, right, (float(values.min()), float(values.max())))
    return fig


def _looks(names: list[str], emphasis: str | None, highlight: str | None) -> dict[str, tuple[str, float, str]]:
    """Each series' (colour, line width, marker symbol): the emphasis black, the others the palette's
    colours in turn; with a highlight, every series but that one grey and thin."""
    looks, others = {}, 0
    for i, name in enumerate(names):
        if name == emphasis:
            colour, width = EMPHASIS, 3.5
        else:
            colour, width = PALETTE[others % len(PALETTE)], 2.5
            others += 1
        if highlight in names:
            colour, width = (colour, 4.0) if name == highlight else (MUTED, 1.5)
        looks[name] = (colour, width, SYMBOLS[i % len(SYMBOLS)])
    return looks


def _segments(x: pd.Series, breaks) -> list[int]:
    """For each point, how many breaks come before it: a line is drawn within a segment only."""
    starts = sorted(pd.Timestamp(int(year), 1, 1) for year in breaks)
    return pd.Series([sum(pd.Timestamp(v) >= s for s in starts) for v in x], dtype=int).to_numpy()


def _has_years(points: pd.DataFrame) -> bool:
    return any(period_kind(p) == "year" for p in points["period"])


def spread_labels(wanted: list[float], heights: list[float]) -> list[float]:
    """Centres, in pixels, as near as possible to `wanted` (least squares) with labels of these
    heights not overlapping; the labels keep their order. Wanted must be sorted ascending.

    Centre i must sit at least (h[i-1] + h[i]) / 2 above centre i-1: with o the running sum of
    those distances, c - o must not decrease, which the pool-adjacent-violators algorithm solves.
    """
    offsets = [0.0]
    for below, above in zip(heights, heights[1:]):
        offsets.append(offsets[-1] + (below + above) / 2)
    blocks: list[list[float]] = []          # [mean of wanted - offset, count]
    for target, offset in zip(wanted, offsets):
        blocks.append([target - offset, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            (a, n), (b, m) = blocks.pop(-2), blocks.pop()
            blocks.append([(a * n + b * m) / (n + m), n + m])
    base = [value for value, count in blocks for _ in range(count)]
    return [b + o for b, o in zip(base, offsets)]


def _label_text(name: str) -> str:
    return "<br>".join(textwrap.wrap(name, LABEL_CHARS)) or name


def contrast(foreground: str, background: str = "#ffffff") -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: str, ratio: float = 4.5) -> str:
    """The colour, darkened until text in it has `ratio` contrast against white (WCAG AA)."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    while contrast("#%02x%02x%02x" % tuple(rgb)) < ratio:
        rgb = [int(c * 0.9) for c in rgb]
    return "#%02x%02x%02x" % tuple(rgb)


def _label_ends(fig: go.Figure, ends: list, looks: dict, highlight: str | None, right: pd.Timestamp,
                extent: tuple[float, float]) -> None:
    """Each series' name right of the plot (which ends at `right`; its values span `extent`),
    level with its last value (nudged apart so that no two overlap), with a thin line to that
    value; the legend keeps what is not a line."""
    low, high = extent
    span = (high - low) * 1.1 or abs(high) or 1.0            # plotly pads the data's range a little
    middle = (low + high) / 2
    to_px = PLOT_PX / span
    order = sorted(range(len(ends)), key=lambda i: ends[i][3])
    texts = {i: _label_text(ends[i][1]) for i in order}
    heights = [LABEL_LINE_PX * (texts[i].count("<br>") + 1) for i in order]
    placed = spread_labels([(ends[i][3] - middle) * to_px for i in order], heights)
    for i, at in zip(order, placed):
        _, name, x, y = ends[i]
        colour = looks[name][0]
        font = {"size": LABEL_PX, "color": readable(colour), "weight": "bold" if name == highlight else "normal"}
        fig.add_annotation(
            x=x, y=y, ax=right, ay=middle + at / to_px, axref="x", ayref="y", text=texts[i], name=f"line-label:{name}",
            showarrow=True, arrowhead=0, arrowwidth=1, arrowcolor=colour, standoff=5, xanchor="left",
            align="left", font=font)
    widest = max(text_width(part) for text in texts.values() for part in text.split("<br>"))
    fig.update_layout(margin={"r": int(LABEL_GAP_PX + widest * LABEL_CHAR_PX + 8)})
    for trace in fig.data:           # the lines are named at their ends
        if trace.mode == "lines+markers":
            trace.showlegend = False


def _mark_breaks(fig: go.Figure, breaks, words: Words, first: int, last: int) -> None:
    """A dotted line at each break with its label beside it: to the right of the line, or to its
    left in the last third of the years, where the label would run off the chart."""
    for year in breaks:
        late = last > first and (year - first) / (last - first) > 2 / 3
        fig.add_vline(x=pd.Timestamp(year - 1, 12, 31), line={"dash": "dot", "color": BREAK, "width": 1.5})
        fig.add_annotation(x=pd.Timestamp(year - 1, 12, 31), y=1, yref="paper", text=words.possible_break,
                           showarrow=False, xanchor="right" if late else "left", xshift=-4 if late else 0,
                           yanchor="top", font={"size": 11, "color": BREAK_TEXT})


def _span_years(points: pd.DataFrame) -> int:
    years = [periods.position(p).year for p in points["period"]] or [0]
    return max(years) - min(years)


def _flag_text(flags: str, names: dict[str, str]) -> str:
    shown = [names.get(f, f) for f in str(flags or "").split(";") if f]
    return ("<br>" + "; ".join(shown)) if shown else ""


HIGHLIGHT_BAR = "#C26200"   # the bar a chart is about (the country, a chosen region): 4.2:1 on white


def ranked_bars(values: pd.DataFrame, words: Words, lang: str, decimals: int = 1,
                highlight: str | None = None) -> go.Figure:
    """Horizontal bars, largest at the top. values: columns label, value, flags, code."""
    rows = values.dropna(subset=["value"]).sort_values("value")
    missing = values[values["value"].isna()]
    colours = [HIGHLIGHT_BAR if code == highlight else "#0072B2" for code in rows.get("code", [None] * len(rows))]
    fig = go.Figure(go.Bar(     # a space before the number: it never touches its bar
        x=rows["value"], y=rows["label"], orientation="h", marker={"color": colours},
        texttemplate=" %{x:,." + str(decimals) + "f}", textposition="outside", cliponaxis=False,
        customdata=list(zip(rows["label"], rows.get("flags", [""] * len(rows)))),
        hovertemplate="<b>%{customdata[0]}</b><br>%{x:,." + str(decimals) + "f} " + words.unit
                      + "<extra></extra>"))
    if not missing.empty:
        fig.add_annotation(text=f"{words.no_data}: " + ", ".join(missing["label"]), xref="paper", yref="paper",
                           x=1, y=1.02, showarrow=False, xanchor="right", font={"size": 11, "color": SMALL_PRINT})
    style(fig, words, lang, height=max(320, 36 * len(values) + 160))
    fig.update_xaxes(title={"text": words.unit}, gridcolor=GRID)
    fig.update_yaxes(title=None, gridcolor="rgba(0,0,0,0)", automargin=True)
    return fig


def forecast_chart(history: pd.DataFrame, table: pd.DataFrame, words: Words, lang: str, decimals: int = 1,
                   breaks: list[int] | tuple[int, ...] = (), target: tuple[int, float] | None = None,
                   implausible: list[int] | tuple[int, ...] = ()) -> go.Figure:
    """Observed years as a line; the forecast dashed with its 80% and 95% bands.

    history: columns year, value. table: year, value, lo80, hi80, lo95, hi95.
    implausible: observed years whose value is flagged implausible (analysis.trends.implausible_years).
    """
    x_hist = [pd.Timestamp(int(y), 7, 1) for y in history["year"]]
    fig = go.Figure()
    if not table.empty:
        x = [x_hist[-1]] + [pd.Timestamp(int(y), 7, 1) for y in table["year"]]
        last = history["value"].iloc[-1]
        for lo, hi, name, colour in (("lo95", "hi95", words.interval95, "rgba(0,114,178,0.12)"),
                                     ("lo80", "hi80", words.interval80, "rgba(0,114,178,0.25)")):
            fig.add_trace(go.Scatter(x=x + x[::-1], y=[last, *table[hi]] + [*table[lo]][::-1] + [last],
                                     fill="toself", fillcolor=colour, line={"width": 0}, name=name,
                                     mode="lines", hoverinfo="skip"))
        fig.add_trace(go.Scatter(
            x=x, y=[last, *table["value"]], name=words.forecast, mode="lines+markers",
            line={"dash": "dash", "color": "#0072B2", "width": 2.5},
            customdata=[["", "", ""]] + [[f"{a:,.{decimals}f}", f"{b:,.{decimals}f}", ""]
                                         for a, b in zip(table["lo80"], table["hi80"])],
            hovertemplate="%{x|%Y}: %{y:,." + str(decimals) + "f} " + words.unit
                          + " (" + words.interval80 + ": %{customdata[0]} – %{customdata[1]})<extra></extra>"))
    segment = _segments(pd.Series(x_hist, dtype=object), breaks)
    for part in sorted(set(segment)):        # no line across a break
        inside = segment == part
        fig.add_trace(go.Scatter(x=[x for x, i in zip(x_hist, inside) if i], y=history["value"][inside],
                                 name=words.observed, legendgroup="observed", showlegend=bool(part == segment[0]),
                                 mode="lines+markers", line={"color": "#222", "width": 2.5}, connectgaps=False,
                                 hovertemplate="%{x|%Y}: %{y:,." + str(decimals) + "f} " + words.unit
                                               + "<extra></extra>"))
    marked = history[history["year"].astype(int).isin({int(y) for y in implausible}) & history["value"].notna()]
    if not marked.empty:
        fig.add_trace(go.Scatter(
            x=[pd.Timestamp(int(y), 7, 1) for y in marked["year"]], y=marked["value"], name=words.implausible,
            mode="markers", marker=IMPLAUSIBLE_MARKER,
            hovertemplate="%{x|%Y}: %{y:,." + str(decimals) + "f} " + words.unit + "<br><i>" + words.implausible_note
                          + "</i><extra></extra>"))
    if target:
        year, value = target
        fig.add_trace(go.Scatter(x=[pd.Timestamp(year, 7, 1)], y=[value], name=words.target, mode="markers",
                                 marker={"symbol": "star", "size": 14, "color": "#D55E00"},
                                 hovertemplate=f"{words.target} {year}: " + "%{y:,." + str(decimals) + "f} "
                                               + words.unit + "<extra></extra>"))
    years = [int(y) for y in history["year"]] + [int(y) for y in table["year"]]
    _mark_breaks(fig, breaks, words, min(years, default=0), max(years, default=0))
    span = max(years, default=0) - min(years, default=0)
    fig.update_xaxes(type="date", tickformat="%Y", dtick="M12" if span <= 20 else "M24", tick0="2000-07-01")
    fig = style(fig, words, lang)
    # Equal shares of the width for the legend's entries: with plotly's automatic widths the
    # band entries ran into the next entry's symbol.
    entries = sum(trace.showlegend is not False for trace in fig.data)
    fig.update_layout(legend={"entrywidthmode": "fraction", "entrywidth": 1 / max(entries, 1)})
    return fig


def sparkline(values: pd.Series, colour: str = "#0072B2") -> go.Figure:
    """A tiny line of year -> value for a headline card; missing years stay gaps."""
    fig = go.Figure(go.Scatter(x=list(values.index), y=values.values, mode="lines", connectgaps=False,
                               line={"color": colour, "width": 2}, hoverinfo="skip"))
    fig.update_layout(height=70, margin={"l": 0, "r": 0, "t": 4, "b": 4}, showlegend=False,
                      plot_bgcolor="white", paper_bgcolor="white")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig
