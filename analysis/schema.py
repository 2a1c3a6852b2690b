"""The shape of the curated tables in data/: file names, columns, keys and code rules."""
from __future__ import annotations

import re

OBSERVATIONS = "observations.csv"

BREAKDOWNS = ("sex", "area", "age_group", "activity", "category")
SERIES_KEY = ("indicator_id", "region", "period", *BREAKDOWNS)
OBSERVATION_COLUMNS = (
    "indicator_id", "region", "year", "period", *BREAKDOWNS,
    "value", "unit", "source_id", "locator", "flags", "shown", "source_text", "note",
)

# file -> (columns, key columns); every table the loader reads.
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    OBSERVATIONS: (OBSERVATION_COLUMNS, (*SERIES_KEY, "source_id", "locator")),
    "indicators.csv": (
        ("id", "name_ky", "name_ru", "name_en", "unit", "topic",
         "definition_ky", "definition_ru", "definition_en", "higher_is_better", "decimals"),
        ("id",),
    ),
    "regions.csv": (("iso_code", "sdmx_code", "kind", "name_ky", "name_ru", "name_en"), ("iso_code",)),
    "sources.csv": (
        ("source_id", "title", "title_ky", "title_ru", "publisher", "publisher_ky", "publisher_ru", "date", "url",
         "document", "kind", "display_priority", "quoted_authority", "licence", "note"),
        ("source_id",),
    ),
    "units.csv": (("unit", "name_ky", "name_ru", "name_en"), ("unit",)),
    "codes.csv": (("dimension", "code", "name_ky", "name_ru", "name_en"), ("dimension", "code")),
    "flags.csv": (("flag", "name_ky", "name_ru", "name_en"), ("flag",)),
    "breaks.csv": (
        ("indicator_id", "first_year_after", "note_ky", "note_ru", "note_en", "basis"),
        ("indicator_id", "first_year_after"),
    ),
    "targets.csv": (
        ("indicator_id", "region", "target_year", "baseline_year", "target_kind", "target_value", "unit",
         "text_ky", "text_ru", "text_en", "source_id", "locator", "note"),
        ("indicator_id", "region", "target_year"),
    ),
}

# Tables of the two documents' own structure, read from the hand-made extracts.
DOCUMENT_TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "program_directions.csv": (
        ("kind", "number", "parent", "text_ky", "text_ru", "text_en", "indicator_ids", "source_id", "locator"),
        ("number",),
    ),
    "social_fund_measures.csv": (
        ("number", *(f"{field}_{lang}" for field in
                     ("strategic_goal", "measure", "task", "action", "responsible", "expected_result")
                     for lang in ("ky", "ru", "en")),
         "status", "note_ky", "note_ru", "note_en", "source_id", "locator"),
        ("number",),
    ),
}
TABLES.update(DOCUMENT_TABLES)
TARGET_KINDS = ("level", "at_most", "at_least", "relative_change")
MEASURE_STATUSES = ("done", "in_progress", "")

LANGUAGES = ("ky", "ru", "en")
TOPICS = (
    "poverty", "wages", "labour", "disability", "pensions", "social_protection",
    "families_children", "population", "social_fund",
)
SOURCE_KINDS = ("primary", "secondary")
# A source's title and publisher in each language; English is in the plain columns.
SOURCE_TEXT_COLUMNS = ("title", "title_ky", "title_ru", "publisher", "publisher_ky", "publisher_ru")
REGION_KINDS = ("country", "oblast", "city")
FIXED_CODES = {
    "sex": ("total", "female", "male"),
    "area": ("total", "urban", "rural"),
}
PERCENT_UNITS = ("percent",)
COUNT_UNITS = ("persons", "count")
# Flags with a rule of their own: a derived value names its formula and inputs in its note; an
# implausible one is kept as published; a revised figure keeps the older and the newer value.
DERIVED_FLAG = "derived"
IMPLAUSIBLE_FLAG = "implausible"
REVISED_FLAG = "revised"

# Period notations and what kind of period each one is.
PERIOD_PATTERNS = (
    ("year", re.compile(r"^(?P<year>\d{4})$")),
    ("date", re.compile(r"^(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])$")),
    ("quarter", re.compile(r"^(?P<year>\d{4})-Q(?P<quarter>[1-4])$")),
    ("month", re.compile(r"^(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])$")),
    ("months", re.compile(r"^(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])/(?P<month2>0[1-9]|1[0-2])$")),
    ("years", re.compile(r"^(?P<first>\d{4})/(?P<year>\d{4})$")),
)


def period_kind(period: str) -> str | None:
    """'year', 'date', 'quarter', 'month', 'months' or 'years'; None if not a known notation."""
    for kind, pattern in PERIOD_PATTERNS:
        match = pattern.match(period)
        if match:
            if kind == "months" and match["month2"] <= match["month"]:
                return None
            if kind == "years" and match["year"] <= match["first"]:
                return None
            return kind
    return None


def period_year(period: str) -> int | None:
    """The calendar year a period ends in."""
    for _, pattern in PERIOD_PATTERNS:
        match = pattern.match(period)
        if match:
            return int(match["year"])
    return None


def source_columns(lang: str) -> tuple[str, str]:
    """The columns of sources.csv holding a source's title and publisher in `lang`."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
    return ("title", "publisher") if lang == "en" else (f"title_{lang}", f"publisher_{lang}")
