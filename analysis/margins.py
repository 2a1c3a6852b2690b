"""A left margin wide enough for a chart's y-axis labels, worked out before the browser draws it.

Streamlit's chart theme turns plotly's `automargin` on. When the tick labels and the axis title
need more room than the figure's margin, plotly draws the chart, measures them, widens the margin
and draws it all again: on the topic pages that second pass was about half of each chart's
drawing time. A margin reserved here from the labels plotly will choose leaves automargin
nothing to do; where the estimate falls short, automargin still widens it as before.

Works on a figure's plain JSON form (`{"data": [...], "layout": {...}}`).
"""
from __future__ import annotations

import base64
import math

import numpy as np

TICK_FONT_PX = 12          # Streamlit's theme sets the tick labels to 12 px
# Widths at 12 px that plotly's automargin reckons with (it measures in its own tester, wider than
# the Source Sans shown), fitted in Chromium to the margins it drew: a digit, a separator (",",
# ".", a space), the minus sign; and the mean of a letter of a category label.
DIGIT_PX = 7.65
SEPARATOR_PX = 3.85
MINUS_PX = 10.2
LETTER_PX = 7.6            # as analysis.topic_figures.LABEL_PX: generous for Latin, right for Cyrillic
# Plotly's margin for linear labels of width w came out as 55 + 0.79 w (the ticks, the standoff
# and the rotated axis title); two pixels spare.
TITLE_PX = 57
LABEL_SHARE = 0.8
CATEGORY_PAD_PX = 12
MAX_MARGIN_PX = 390
MIN_PX_PER_TICK = 40       # plotly's auto ticks on a y axis: one per 40 px of its length, 4 to 9 (+1)
PLOTLY_DEFAULT_MARGIN_PX = 80
PADDING = 0.05             # plotly pads an autoranged axis a little around the data


def label_width(text: str, font_px: float = TICK_FONT_PX) -> float:
    """Width in pixels of a numeric tick label such as '820,000', '−1.5' or '10 000'."""
    width = 0.0
    for char in text:
        if char.isdigit():
            width += DIGIT_PX
        elif char in "−-":
            width += MINUS_PX
        elif char in ",. \u00a0\u202f":
            width += SEPARATOR_PX
        else:
            width += LETTER_PX
    return width * font_px / TICK_FONT_PX


def _nice_step(rough: float) -> float:
    """Plotly's tick step for a rough step: 2, 5 or 10 times a power of ten."""
    base = 10 ** math.floor(math.log10(rough))
    for multiple in (2, 5, 10):
        if rough / base <= multiple:
            return multiple * base
    return 10 * base


def tick_labels(low: float, high: float, axis_px: float, tickformat: str = "", separators: str = ".,") -> list[str]:
    """The labels plotly's automatic ticks would show on a linear axis from low to high (a
    superset: the step for a slightly longer axis is included too, so the widest is never
    missed)."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return []
    if high == low:
        low, high = low - 1, high + 1
    span = high - low
    labels = set()
    ticks = min(9, max(4, axis_px / MIN_PX_PER_TICK)) + 1
    for count in (ticks, ticks * 1.25):
        step = _nice_step(span / count)
        decimals = _decimals(tickformat, step)
        first = math.ceil(low / step)
        for i in range(first, first + int(span / step) + 2):
            value = i * step
            if low - 1e-9 * span <= value <= high + 1e-9 * span:
                labels.add(_format(value, decimals, tickformat, separators))
    return sorted(labels, key=len)


def _decimals(tickformat: str, step: float) -> int:
    if tickformat:
        spec = tickformat.rsplit(".", 1)
        return int(spec[1].rstrip("f%")) if len(spec) == 2 and spec[1].rstrip("f%").isdigit() else 0
    return max(0, -math.floor(math.log10(step) + 1e-9))


def _format(value: float, decimals: int, tickformat: str, separators: str) -> str:
    text = f"{abs(value):,.{decimals}f}" if "," in tickformat else f"{abs(value):.{decimals}f}"
    if not tickformat and abs(value) >= 10_000:          # plotly's own format: 20k, 1.5M
        text = _si(abs(value))
    decimal, thousands = (separators + ".,")[:2]
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    return ("−" if value < 0 and text.strip("0.,") else "") + text


def _si(value: float) -> str:
    for power, suffix in ((9, "B"), (6, "M"), (3, "k")):
        if value >= 10 ** power:
            return f"{value / 10 ** power:g}{suffix}"
    return f"{value:g}"


def _y_values(figure: dict) -> tuple[list[float], list[str]]:
    """Numbers on the first y axis, and category labels where the y axis holds categories."""
    numbers, categories = [], []
    for trace in figure.get("data", []):
        if trace.get("yaxis", "y") != "y" or trace.get("visible") is False:
            continue
        if trace.get("type", "scatter") not in ("scatter", "bar", "scattergl"):
            continue
        for value in _array(trace.get("y")):
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(value, (int, float)):
                if math.isfinite(value):
                    numbers.append(float(value))
            else:
                categories.append(str(value))
        if trace.get("type") == "bar" and trace.get("orientation") != "h":
            numbers.append(0.0)                           # bars grow from zero
    return numbers, categories


def _array(values) -> list:
    """A trace's values as a list: plotly's JSON writes numeric arrays as base64 typed arrays."""
    if isinstance(values, dict) and "bdata" in values:
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values.get("dtype", "f8")).tolist()
    return list(values) if isinstance(values, (list, tuple)) else []


def needed_left_margin(figure: dict) -> float | None:
    """Pixels of left margin the first y axis's labels and title need, or None where the figure
    has no such axis to measure (maps, sparklines, axes of dates)."""
    layout = figure.get("layout", {})
    axis = layout.get("yaxis", {})
    if axis.get("visible") is False or axis.get("showticklabels") is False:
        return None
    if axis.get("type") not in (None, "linear", "category", "-"):
        return None
    font_px = (axis.get("tickfont") or {}).get("size") or TICK_FONT_PX
    numbers, categories = _y_values(figure)
    if categories and not numbers:
        lines = [part for label in categories for part in label.split("<br>")]
        return CATEGORY_PAD_PX + LETTER_PX * max(map(len, lines)) * font_px / TICK_FONT_PX
    if not numbers:
        return None
    if isinstance(axis.get("range"), list) and len(axis["range"]) == 2 and None not in axis["range"]:
        low, high = sorted(float(v) for v in axis["range"])
    else:
        low, high = min(numbers), max(numbers)
        if axis.get("rangemode") == "tozero":
            low, high = min(low, 0.0), max(high, 0.0)
        pad = (high - low) * PADDING
        low, high = low - pad, high + pad
    margin = layout.get("margin", {})
    axis_px = (layout.get("height") or 450) - (margin.get("t") or 100) - (margin.get("b") or 80)
    labels = tick_labels(low, high, max(axis_px, 100), axis.get("tickformat") or "", layout.get("separators") or ".,")
    if not labels:
        return None
    return TITLE_PX + LABEL_SHARE * max(label_width(text, font_px) for text in labels)


def reserve_left_margin(figure: dict) -> dict:
    """Widen the figure's left margin (in place) to what its y-axis labels need; never narrows it."""
    needed = needed_left_margin(figure)
    if needed is None:
        return figure
    margin = figure.setdefault("layout", {}).setdefault("margin", {})
    current = margin.get("l", PLOTLY_DEFAULT_MARGIN_PX)
    if current < needed:
        margin["l"] = min(MAX_MARGIN_PX, math.ceil(needed))
    return figure
