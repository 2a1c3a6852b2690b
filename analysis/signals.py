"""Which way a change went and whether that is better, taken from the number itself.

Widgets that draw a change (st.metric's arrow and colour, a table's better/worse word) get
them from here, never by parsing the text that shows the number: a typographic minus
(U+2212) or a localised format reads as a rise to any parser that looks for "-".
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from analysis.trends import MONEY_UNITS


@dataclass(frozen=True)
class Signal:
    arrow: str      # "up", "down" or "off": st.metric's delta_arrow
    colour: str     # "green" better, "red" worse, "gray" neither: st.metric's delta_color
    verdict: str    # "better", "worse", "nominal" (money without a deflator), "neutral" or "unchanged"


def judge(amount: float | None, digits: int, higher_is_better: str, unit: str) -> Signal:
    """The signal of a change of `amount` shown with `digits` decimals. A change that rounds
    to zero is unchanged; money is nominal (the data holds no price index), so a rise in som
    is never called better; an indicator without a better direction is neutral."""
    if amount is None or math.isnan(amount) or round(abs(amount), digits) == 0:
        return Signal("off", "gray", "unchanged")
    arrow = "up" if amount > 0 else "down"
    if unit in MONEY_UNITS:
        return Signal(arrow, "gray", "nominal")
    if higher_is_better not in ("true", "false"):
        return Signal(arrow, "gray", "neutral")
    better = (amount > 0) == (higher_is_better == "true")
    return Signal(arrow, "green" if better else "red", "better" if better else "worse")
