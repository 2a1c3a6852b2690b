"""Numbers in text, as each language writes them: 12 345,6 in ky and ru, 12,345.6 in en."""
from __future__ import annotations

import math


def number(value: float | None, decimals: int, lang: str, missing: str = "—") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return missing
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\u202f").replace(".", ",")


def signed(value: float | None, decimals: int, lang: str, missing: str = "—") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return missing
    return ("+" if value > 0 else "−" if value < 0 else "±") + number(abs(value), decimals, lang)
