"""Plotly figures with one shared look. Callers pass the words (already translated).

Conventions: gaps stay gaps; a value from a secondary source is a hollow marker; a value flagged
implausible keeps its place on the line and gets a vermilion ringed cross with a hover note; a
break in comparability is a dotted vertical line; every figure carries its source line
underneath; hover shows the value with its unit, the period and the flags.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from analysis import periods

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#882255", "#44AA99",
           "#999933")
EMPHASIS = "#000000"  # the series a chart is about (e.g. the country among its regions)
# Streamlit bundles "Source Sans": no web font is fetched. The names are quoted: an unquoted name
# with a word that starts with a digit ("Source Sans 3") makes the browser drop the whole list.
FONT = '"Source Sans", "Source Sans Pro", "Source Sans 3", Arial, sans-serif'
GRID = "#e5e5e5"


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
    fig.update_xaxes(showgrid=False, linecolor="#888", ticks="outside")
    fig.update_yaxes(gridcolor=GRID, zeroline=False, title={"text": words.unit})
    # The source sits at the bottom of the margin, in pixels, whatever the figure's height.
    fig.add_annotation(text="<br>".join(source_lines), xref="paper", yref="paper", x=0, y=0, yshift=SOURCE_YSHIFT,
                       showarrow=False,
                       xanchor="left", yanchor="top", align="left", font={"size": 11, "color": "#555"})
    return fig


def _hover(decimals: int, unit: str) -> str:
    return ("<b>%{fullData.name}</b><br>%{customdata[0]}: %{y:,." + str(decimals) + "f} " + unit
            + "%{customdata[1]}<extra></extra>")


def line_chart(points: pd.DataFrame, words: Words, lang: str, decimals: int = 1,
               breaks: list[int] | tuple[int, ...] = (), flag_names: dict[str, str] | None = None,
               emphasis: str | None = None) -> go.Figure:
    """Lines over time, one per `series` label.

    points: columns series, period, value (NaN = missing), flags (';'-joined), secondary (bool).
    A calendar year sits at its middle; dates, quarters and months at their own place.
    """
    fig = go.Figure()
    flag_names = flag_names or {}
    others = 0
    for name, rows in points.groupby("series", sort=False):
        rows = rows.assign(x=[periods.position(p) for p in rows["period"]]).sort_values("x")
        if name == emphasis:
            colour, width = EMPHASIS, 3.5
        else:
            colour, width = PALETTE[others % len(PALETTE)], 2.5
            others += 1
        custom = list(zip([periods.label(p, lang) for p in rows["period"]],
                          [_flag_text(f, flag_names) for f in rows["flags"]]))
        primary = ~rows["secondary"].astype(bool)
        fig.add_trace(go.Scatter(
            x=rows["x"], y=rows["value"].where(primary), name=name, mode="lines+markers",
            line={"color": colour, "width": width}, marker={"size": 6}, connectgaps=False,
            customdata=custom, hovertemplate=_hover(decimals, words.unit)))
        if (~primary).any():
            fig.add_trace(go.Scatter(
                x=rows["x"][~primary], y=rows["value"][~primary], name=f"{name} ({words.secondary})",
                mode="markers", marker={"size": 9, "symbol": "circle-open", "color": colour, "line": {"width": 2}},
                customdata=[c for c, p in zip(custom, primary) if not p], hovertemplate=_hover(decimals, words.unit)))
        doubtful = rows["flags"].map(_is_implausible).astype(bool).to_numpy() & rows["value"].notna().to_numpy()
        if doubtful.any():
            fig.add_trace(go.Scatter(
                x=rows["x"][doubtful], y=rows["value"][doubtful], name=f"{name} ({words.implausible})",
                mode="markers", marker=IMPLAUSIBLE_MARKER,
                customdata=[c for c, d in zip(custom, doubtful) if d],
                hovertemplate=_implausible_hover(decimals, words.unit, words)))
    years = [periods.position(p).year for p in points["period"]]
    _mark_breaks(fig, breaks, words, min(years, default=0), max(years, default=0))
    fig.update_xaxes(type="date", tickformat="%Y", dtick="M12" if _span_years(points) <= 20 else "M24")
    return style(fig, words, lang)


def _mark_breaks(fig: go.Figure, breaks, words: Words, first: int, last: int) -> None:
    """A dotted line at each break with its label beside it: to the right of the line, or to its
    left in the last third of the years, where the label would run off the chart."""
    for year in breaks:
        late = last > first and (year - first) / (last - first) > 2 / 3
        fig.add_vline(x=pd.Timestamp(year - 1, 12, 31), line={"dash": "dot", "color": "#D55E00", "width": 1.5})
        fig.add_annotation(x=pd.Timestamp(year - 1, 12, 31), y=1, yref="paper", text=words.possible_break,
                           showarrow=False, xanchor="right" if late else "left", xshift=-4 if late else 0,
                           yanchor="top", font={"size": 11, "color": "#D55E00"})


def _span_years(points: pd.DataFrame) -> int:
    years = [periods.position(p).year for p in points["period"]] or [0]
    return max(years) - min(years)


def _flag_text(flags: str, names: dict[str, str]) -> str:
    shown = [names.get(f, f) for f in str(flags or "").split(";") if f]
    return ("<br>" + "; ".join(shown)) if shown else ""


def ranked_bars(values: pd.DataFrame, words: Words, lang: str, decimals: int = 1,
                highlight: str | None = None) -> go.Figure:
    """Horizontal bars, largest at the top. values: columns label, value, flags, code."""
    rows = values.dropna(subset=["value"]).sort_values("value")
    missing = values[values["value"].isna()]
    colours = ["#E69F00" if code == highlight else "#0072B2" for code in rows.get("code", [None] * len(rows))]
    fig = go.Figure(go.Bar(     # a space before the number: it never touches its bar
        x=rows["value"], y=rows["label"], orientation="h", marker={"color": colours},
        texttemplate=" %{x:,." + str(decimals) + "f}", textposition="outside", cliponaxis=False,
        customdata=list(zip(rows["label"], rows.get("flags", [""] * len(rows)))),
        hovertemplate="<b>%{customdata[0]}</b><br>%{x:,." + str(decimals) + "f} " + words.unit
                      + "<extra></extra>"))
    if not missing.empty:
        fig.add_annotation(text=f"{words.no_data}: " + ", ".join(missing["label"]), xref="paper", yref="paper",
                           x=1, y=1.02, showarrow=False, xanchor="right", font={"size": 11, "color": "#777"})
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
    fig.add_trace(go.Scatter(x=x_hist, y=history["value"], name=words.observed, mode="lines+markers",
                             line={"color": "#222", "width": 2.5}, connectgaps=False,
                             hovertemplate="%{x|%Y}: %{y:,." + str(decimals) + "f} " + words.unit + "<extra></extra>"))
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
    fig.update_xaxes(type="date", tickformat="%Y")
    fig = style(fig, words, lang)
    # Equal shares of the width for the legend's entries: with plotly's automatic widths the
    # band entries ran into the next entry's symbol.
    fig.update_layout(legend={"entrywidthmode": "fraction", "entrywidth": 1 / len(fig.data)})
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
