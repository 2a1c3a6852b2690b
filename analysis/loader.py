"""The one loader of data/: reads every table, validates it and returns DataFrames.

A broken file stops the load with a DataError naming file, line, column and rule.
"""
from __future__ import annotations

import csv
import functools
import math
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import releases, schema

# The data folder: $KG_DATA_DIR when set, else the release store's current release, else data/ beside the
# code (analysis/releases.py). Functions that take a data_dir read DATA_DIR when called, so it can be pointed
# elsewhere; the app re-points it when a data update publishes a new release (releases.follow).
DATA_DIR = releases.data_dir()
CORE_TABLES = (
    "observations.csv", "indicators.csv", "regions.csv", "sources.csv", "units.csv",
    "codes.csv", "flags.csv", "breaks.csv", "targets.csv",
)
MISSING_REASONS = {"missing_zero_in_source"}


class DataError(ValueError):
    """A table in data/ that breaks a rule."""

    def __init__(self, file: str, line: int | None, column: str | None, rule: str):
        self.file, self.line, self.column, self.rule = file, line, column, rule
        where = f"data/{file}"
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: {rule}")


SERIES_COLUMNS = ("indicator_id", "region", "sex", "area", "age_group", "activity", "category")


@dataclass(frozen=True)
class Dataset:
    observations: pd.DataFrame
    indicators: pd.DataFrame  # indexed by id
    regions: pd.DataFrame     # indexed by iso_code, in display order
    sources: pd.DataFrame     # indexed by source_id
    units: pd.DataFrame       # indexed by unit
    codes: pd.DataFrame
    flags: pd.DataFrame       # indexed by flag
    breaks: pd.DataFrame
    targets: pd.DataFrame

    @functools.cached_property
    def series_rows(self) -> tuple[pd.DataFrame, dict[tuple[str, ...], list[int]]]:
        """The shown observations sorted by (year, period), and each series key's row positions in them.

        Built once per dataset: pages look series up dozens of times per rerun, and filtering
        the whole table each time was most of a page's rerun.
        """
        shown = self.observations[self.observations["shown"]].sort_values(["year", "period"], kind="stable")
        groups = shown.groupby(list(SERIES_COLUMNS), sort=False).indices
        return shown, {key: list(positions) for key, positions in groups.items()}

    @functools.cached_property
    def rows_by_id(self) -> dict[str, dict[str, dict]]:
        """indicators, regions and units as id -> row dict: names are looked up hundreds of
        times per rerun (selection boxes), and a pandas .loc costs ~50 µs a call."""
        return {"indicators": self.indicators.to_dict("index"), "regions": self.regions.to_dict("index"),
                "units": self.units.to_dict("index")}

    @functools.cached_property
    def code_names(self) -> dict[tuple[str, str], dict[str, str]]:
        """(dimension, code) -> its names by column (name_ky, name_ru, name_en, ...)."""
        return {(row["dimension"], row["code"]): row for row in self.codes.to_dict("records")}


def read_rows(data_dir: Path, name: str) -> list[dict[str, str]]:
    """Rows of one table as strings, after checking the file and its header."""
    path = Path(data_dir) / name
    columns = schema.TABLES[name][0]
    if not path.is_file():
        raise DataError(name, None, None, "the file is missing")
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                raise DataError(name, 1, None, "the file is empty (no header)")
            if tuple(header) != columns:
                raise DataError(name, 1, None, f"the header must be exactly: {','.join(columns)}")
            rows = []
            for line, cells in enumerate(reader, start=2):
                if len(cells) != len(columns):
                    raise DataError(name, line, None,
                                    f"{len(cells)} fields where the header has {len(columns)} (truncated or malformed row)")
                rows.append(dict(zip(columns, cells)))
    except UnicodeDecodeError as error:
        raise DataError(name, None, None, f"not UTF-8 text ({error.reason})") from None
    except csv.Error as error:
        raise DataError(name, None, None, f"not a readable CSV file ({error})") from None
    _check_unique(name, rows, schema.TABLES[name][1])
    return rows


def _check_unique(name: str, rows: list[dict[str, str]], key: tuple[str, ...]) -> None:
    seen: dict[tuple, int] = {}
    for line, row in enumerate(rows, start=2):
        k = tuple(row[c] for c in key)
        if k in seen:
            raise DataError(name, line, ",".join(key), f"duplicate key {k} (first on line {seen[k]}); keys must be unique")
        seen[k] = line


def _require(name, line, row, columns):
    for column in columns:
        if not row[column].strip():
            raise DataError(name, line, column, "must not be empty")


def _number(name, line, column, text, kind=float):
    try:
        value = kind(text)
    except ValueError:
        raise DataError(name, line, column, f"{text!r} is not a {'whole ' if kind is int else ''}number") from None
    if kind is float and not math.isfinite(value):
        raise DataError(name, line, column, f"{text!r} is not a finite number")
    return value


def _one_of(name, line, column, value, allowed, what):
    if value not in allowed:
        shown = ", ".join(sorted(allowed)[:12]) + (" ..." if len(allowed) > 12 else "")
        raise DataError(name, line, column, f"{value!r} is not a known {what} (expected one of: {shown})")


def _validate_catalog(tables: dict[str, list[dict[str, str]]]) -> None:
    units = {r["unit"] for r in tables["units.csv"]}
    for line, row in enumerate(tables["units.csv"], start=2):
        _require("units.csv", line, row, [f"name_{l}" for l in schema.LANGUAGES])
    for line, row in enumerate(tables["indicators.csv"], start=2):
        name = "indicators.csv"
        _require(name, line, row, ["id", "unit", "topic", "decimals",
                                   *(f"{f}_{l}" for f in ("name", "definition") for l in schema.LANGUAGES)])
        _one_of(name, line, "unit", row["unit"], units, "unit")
        _one_of(name, line, "topic", row["topic"], set(schema.TOPICS), "topic")
        _one_of(name, line, "higher_is_better", row["higher_is_better"], {"true", "false", ""}, "direction")
        if not 0 <= _number(name, line, "decimals", row["decimals"], int) <= 6:
            raise DataError(name, line, "decimals", "must be between 0 and 6")
    for line, row in enumerate(tables["regions.csv"], start=2):
        _require("regions.csv", line, row, ["iso_code", "sdmx_code", *(f"name_{l}" for l in schema.LANGUAGES)])
        _one_of("regions.csv", line, "kind", row["kind"], set(schema.REGION_KINDS), "region kind")
    for line, row in enumerate(tables["sources.csv"], start=2):
        _require("sources.csv", line, row, ["source_id", *schema.SOURCE_TEXT_COLUMNS])
        _one_of("sources.csv", line, "kind", row["kind"], set(schema.SOURCE_KINDS), "source kind")
        _number("sources.csv", line, "display_priority", row["display_priority"], int)
        if not (row["url"] or row["document"]):
            raise DataError("sources.csv", line, "url", "a source needs a URL or a document")
    for line, row in enumerate(tables["codes.csv"], start=2):
        _one_of("codes.csv", line, "dimension", row["dimension"], set(schema.BREAKDOWNS), "breakdown")
        _require("codes.csv", line, row, [f"name_{l}" for l in schema.LANGUAGES])
    for line, row in enumerate(tables["flags.csv"], start=2):
        _require("flags.csv", line, row, [f"name_{l}" for l in schema.LANGUAGES])
    indicators = {r["id"] for r in tables["indicators.csv"]}
    regions = {r["iso_code"] for r in tables["regions.csv"]}
    sources = {r["source_id"] for r in tables["sources.csv"]}
    for line, row in enumerate(tables["breaks.csv"], start=2):
        _one_of("breaks.csv", line, "indicator_id", row["indicator_id"], indicators, "indicator")
        _number("breaks.csv", line, "first_year_after", row["first_year_after"], int)
        _require("breaks.csv", line, row, [f"note_{l}" for l in schema.LANGUAGES])
    for line, row in enumerate(tables["targets.csv"], start=2):
        name = "targets.csv"
        _one_of(name, line, "indicator_id", row["indicator_id"], indicators, "indicator")
        _one_of(name, line, "region", row["region"], regions, "region")
        _one_of(name, line, "target_kind", row["target_kind"], set(schema.TARGET_KINDS), "target kind")
        _one_of(name, line, "source_id", row["source_id"], sources, "source")
        _number(name, line, "target_year", row["target_year"], int)
        _number(name, line, "target_value", row["target_value"])
        if row["baseline_year"]:
            _number(name, line, "baseline_year", row["baseline_year"], int)
        _require(name, line, row, ["locator", *(f"text_{l}" for l in schema.LANGUAGES)])


def _validate_observations(tables: dict[str, list[dict[str, str]]]) -> None:
    name = "observations.csv"
    indicators = {r["id"]: r for r in tables["indicators.csv"]}
    regions = {r["iso_code"] for r in tables["regions.csv"]}
    sources = {r["source_id"] for r in tables["sources.csv"]}
    flags = {r["flag"] for r in tables["flags.csv"]}
    codes: dict[str, set[str]] = {d: {"total"} for d in schema.BREAKDOWNS}
    for row in tables["codes.csv"]:
        codes[row["dimension"]].add(row["code"])
    shown_per_series: dict[tuple, int] = {}
    for line, row in enumerate(tables[name], start=2):
        _require(name, line, row, ["indicator_id", "region", "year", "period", *schema.BREAKDOWNS,
                                   "unit", "source_id", "locator", "shown"])
        _one_of(name, line, "indicator_id", row["indicator_id"], set(indicators), "indicator")
        _one_of(name, line, "region", row["region"], regions, "region (ISO 3166-2)")
        _one_of(name, line, "source_id", row["source_id"], sources, "source")
        for dimension in schema.BREAKDOWNS:
            _one_of(name, line, dimension, row[dimension], codes[dimension], f"{dimension} code")
        unit = indicators[row["indicator_id"]]["unit"]
        if row["unit"] != unit:
            raise DataError(name, line, "unit", f"{row['unit']!r} differs from the indicator's unit {unit!r}")
        year = _number(name, line, "year", row["year"], int)
        if schema.period_kind(row["period"]) is None:
            raise DataError(name, line, "period", f"{row['period']!r} is not a period notation "
                            "(2019, 2019-01-01, 2019-Q1, 2019-10, 2021-01/08, 2013/2018)")
        if schema.period_year(row["period"]) != year:
            raise DataError(name, line, "year", f"{year} is not the year the period {row['period']} ends in")
        row_flags = set(filter(None, row["flags"].split(";")))
        for flag in row_flags - flags:
            raise DataError(name, line, "flags", f"{flag!r} is not a known flag")
        _one_of(name, line, "shown", row["shown"], {"true", "false"}, "boolean (true/false)")
        if schema.DERIVED_FLAG in row_flags and not row["note"].strip():
            raise DataError(name, line, "note", "a derived value needs its formula and inputs in the note")
        if row["value"] == "":
            if not row_flags & MISSING_REASONS:
                raise DataError(name, line, "value", "a missing value needs a flag saying why "
                                f"({', '.join(sorted(MISSING_REASONS))})")
        else:
            value = _number(name, line, "value", row["value"])
            if unit in schema.PERCENT_UNITS and not 0 <= value <= 100:
                raise DataError(name, line, "value", f"{value} is outside 0-100 (percentages lie in 0-100)")
            if unit in schema.COUNT_UNITS and value < 0:
                raise DataError(name, line, "value", f"{value} is negative (counts cannot be negative)")
        if row["shown"] == "true":
            key = tuple(row[c] for c in schema.SERIES_KEY)
            if key in shown_per_series:
                raise DataError(name, line, "shown", f"a second shown value for one series and period "
                                f"(the first on line {shown_per_series[key]}); exactly one is shown")
            shown_per_series[key] = line


def _validate_documents(tables, sources: set[str], indicators: set[str]) -> None:
    for line, row in enumerate(tables.get("program_directions.csv", []), start=2):
        name = "program_directions.csv"
        _require(name, line, row, ["kind", "number", "locator", *(f"text_{l}" for l in schema.LANGUAGES)])
        _one_of(name, line, "source_id", row["source_id"], sources, "source")
        for indicator in filter(None, row["indicator_ids"].split(";")):
            _one_of(name, line, "indicator_ids", indicator, indicators, "indicator")
    for line, row in enumerate(tables.get("social_fund_measures.csv", []), start=2):
        name = "social_fund_measures.csv"
        _require(name, line, row, ["number", "locator", *(f"action_{l}" for l in schema.LANGUAGES)])
        _one_of(name, line, "source_id", row["source_id"], sources, "source")
        _one_of(name, line, "status", row["status"], set(schema.MEASURE_STATUSES), "status")


def _frame(rows: list[dict[str, str]], name: str) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(schema.TABLES[name][0]))


def load(data_dir: Path | None = None) -> Dataset:
    """Read and validate the core tables (default: DATA_DIR); raise DataError on the first broken rule."""
    data_dir = DATA_DIR if data_dir is None else data_dir
    tables = {name: read_rows(data_dir, name) for name in CORE_TABLES}
    _validate_catalog(tables)
    _validate_observations(tables)

    obs = _frame(tables["observations.csv"], "observations.csv")
    obs["year"] = obs["year"].astype(int)
    obs["value"] = pd.to_numeric(obs["value"].replace("", None), errors="raise").astype(float)
    obs["shown"] = obs["shown"] == "true"
    indicators = _frame(tables["indicators.csv"], "indicators.csv")
    indicators["decimals"] = indicators["decimals"].astype(int)
    sources = _frame(tables["sources.csv"], "sources.csv")
    sources["display_priority"] = sources["display_priority"].astype(int)
    breaks = _frame(tables["breaks.csv"], "breaks.csv")
    breaks["first_year_after"] = breaks["first_year_after"].astype(int)
    targets = _frame(tables["targets.csv"], "targets.csv")
    targets["target_value"] = targets["target_value"].astype(float)
    targets["target_year"] = targets["target_year"].astype(int)
    targets["baseline_year"] = pd.to_numeric(targets["baseline_year"].replace("", None)).astype("Int64")
    return Dataset(
        observations=obs,
        indicators=indicators.set_index("id", drop=False),
        regions=_frame(tables["regions.csv"], "regions.csv").set_index("iso_code", drop=False),
        sources=sources.set_index("source_id", drop=False),
        units=_frame(tables["units.csv"], "units.csv").set_index("unit", drop=False),
        codes=_frame(tables["codes.csv"], "codes.csv"),
        flags=_frame(tables["flags.csv"], "flags.csv").set_index("flag", drop=False),
        breaks=breaks,
        targets=targets,
    )


def load_document_table(name: str, data_dir: Path | None = None) -> pd.DataFrame:
    """program_directions.csv or social_fund_measures.csv, validated against sources and indicators."""
    data_dir = DATA_DIR if data_dir is None else data_dir
    if name not in schema.DOCUMENT_TABLES:
        raise ValueError(f"{name} is not a document table ({', '.join(schema.DOCUMENT_TABLES)})")
    tables = {name: read_rows(data_dir, name)}
    sources = {r["source_id"] for r in read_rows(data_dir, "sources.csv")}
    indicators = {r["id"] for r in read_rows(data_dir, "indicators.csv")}
    _validate_documents(tables, sources, indicators)
    return _frame(tables[name], name)
