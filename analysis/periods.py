"""Where a period sits on a time axis, and how it is written in each language.

A calendar year is drawn at its middle; a date at that date; a quarter, month or range of
months at its middle. So a quarter or a point in time is never drawn as if it were a year.
"""
from __future__ import annotations

import datetime as dt

from analysis.schema import PERIOD_PATTERNS

MONTHS = {
    "ky": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
QUARTER = {"ky": "{year}-ж. {q}-чейрек", "ru": "{q} кв. {year}", "en": "Q{q} {year}"}
DATE = {"ky": "{year}-ж. {day}-{month}", "ru": "{day}.{month_num:02d}.{year}", "en": "{day} {month} {year}"}
YEARS = {"ky": "{first}–{last}-жж. (жалпы)", "ru": "{first}–{last} гг. (всего)", "en": "{first}–{last} (total)"}
YEAR = {"ky": "{year}-ж.", "ru": "{year} г.", "en": "{year}"}


def _match(period: str):
    for kind, pattern in PERIOD_PATTERNS:
        found = pattern.match(period)
        if found:
            return kind, found
    raise ValueError(f"not a period: {period!r}")


def _middle(start: dt.date, end: dt.date) -> dt.date:
    return start + (end - start) / 2


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))


def position(period: str) -> dt.date:
    """The date at which the period is drawn on a time axis."""
    kind, m = _match(period)
    year = int(m["year"])
    if kind == "year":
        return dt.date(year, 7, 1)
    if kind == "date":
        return dt.date(year, int(m["month"]), int(m["day"]))
    if kind == "quarter":
        first = 3 * int(m["quarter"]) - 2
        return _middle(dt.date(year, first, 1), _month_end(year, first + 2))
    if kind == "month":
        return _middle(dt.date(year, int(m["month"]), 1), _month_end(year, int(m["month"])))
    if kind == "months":
        return _middle(dt.date(year, int(m["month"]), 1), _month_end(year, int(m["month2"])))
    return _middle(dt.date(int(m["first"]), 1, 1), dt.date(year, 12, 31))  # years


def label(period: str, lang: str) -> str:
    """The period as a reader writes it: 2018, Q1 2024, 1 January 2019, January-August 2021."""
    kind, m = _match(period)
    year = int(m["year"])
    months = MONTHS[lang]
    if kind == "year":
        return YEAR[lang].format(year=year)
    if kind == "quarter":
        return QUARTER[lang].format(year=year, q=int(m["quarter"]))
    if kind == "date":
        month = int(m["month"])
        return DATE[lang].format(year=year, day=int(m["day"]), month=months[month - 1], month_num=month)
    if kind == "month":
        name = months[int(m["month"]) - 1]
        return f"{year}-ж. {name}" if lang == "ky" else f"{name} {year}"
    if kind == "months":
        span = f"{months[int(m['month']) - 1]}–{months[int(m['month2']) - 1]}"
        return f"{year}-ж. {span}" if lang == "ky" else f"{span} {year}"
    return YEARS[lang].format(first=m["first"], last=year)
