"""The observations the topic pages show as tables and ranked years (Wages, Pensions, Labour,
Disability): selection in the catalogue's order, and rows as a reader sees them. Pure functions,
no Streamlit.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import pandas as pd

from analysis import periods
from analysis.loader import Dataset
from analysis.schema import period_kind, source_columns
from analysis.series import SeriesKey, annual, observations_of
from analysis.topic_figures import POINT_COLUMNS

BREAKDOWNS = ("sex", "area", "age_group", "activity", "category")


def secondary_sources(data: Dataset) -> set[str]:
    return set(data.sources.index[data.sources["kind"] == "secondary"])


def flagged_number(value: float, decimals: int, flags: str, lang: str,
                   number: Callable[[float, int, str], str]) -> str:
    """A value as text with what its flags say about it: ≈ approximate, > a lower bound."""
    names = set(str(flags or "").split(";"))
    prefix = "> " if "lower_bound" in names else "≈ " if "approx" in names else ""
    return prefix + number(value, decimals, lang)


def points_from_rows(rows: pd.DataFrame, label: str, secondary: set[str]) -> pd.DataFrame:
    """chart_points-style rows from observations (for figures built from several series)."""
    return pd.DataFrame({
        "series": label, "period": rows["period"].to_numpy(), "value": rows["value"].to_numpy(dtype=float),
        "flags": rows["flags"].to_numpy(), "secondary": rows["source_id"].isin(secondary).to_numpy(),
        "source_id": rows["source_id"].to_numpy()}, columns=POINT_COLUMNS)


def observations(data: Dataset, indicators: Iterable[str], regions: Iterable[str] | None = None,
                 all_sources: bool = False, **breakdowns) -> pd.DataFrame:
    """The observations of some indicators (shown only unless all_sources), in the catalogue's
    order of regions, then by indicator, breakdowns and place in time."""
    obs = data.observations
    mask = obs["indicator_id"].isin(list(indicators))
    if regions is not None:
        mask &= obs["region"].isin(list(regions))
    if not all_sources:
        mask &= obs["shown"]
    for column, value in breakdowns.items():
        mask &= obs[column] == value
    rows = obs[mask].copy()
    order = {code: i for i, code in enumerate(data.regions.index)}
    rows["_region"] = rows["region"].map(order)
    rows["_indicator"] = pd.Categorical(rows["indicator_id"], categories=list(dict.fromkeys(indicators)))
    rows["_when"] = [periods.position(p) for p in rows["period"]]
    rows = rows.sort_values(["_indicator", "_region", "_when", *BREAKDOWNS, "shown"],
                            ascending=[True, True, True, True, True, True, True, True, False])
    return rows.drop(columns=["_region", "_indicator", "_when"])


def breakdown_text(data: Dataset, row, lang: str) -> str:
    """The breakdowns of one observation that are not 'total', by name; '' when none."""
    parts = []
    for dimension in BREAKDOWNS:
        code = getattr(row, dimension)
        if code != "total":
            found = data.codes[(data.codes["dimension"] == dimension) & (data.codes["code"] == code)]
            parts.append(found.iloc[0][f"name_{lang}"] if len(found) else code)
    return "; ".join(parts)


TABLE_COLUMNS = ("indicator", "region", "breakdown", "period", "value", "unit", "value_unit", "flags", "source",
                 "status")


def figures_table(data: Dataset, rows: pd.DataFrame, lang: str, number: Callable[[float, int, str], str],
                  status_words: tuple[str, str], columns: Iterable[str] = TABLE_COLUMNS) -> pd.DataFrame:
    """A table of observations as a reader sees them: names in the language, the period as
    written (never a date as a year), the value in the language's number format ('—' when
    missing, never 0), the flags by name, the source's publisher, and whether the value is
    the one shown ('shown') or another source's value for the same figure (status_words).
    `value_unit` is the value followed by its unit, for tables that mix units. Without a
    `region` column, the breakdown of a regional row starts with the region's name.
    """
    columns = list(columns)
    flag_names = dict(zip(data.flags["flag"], data.flags[f"name_{lang}"]))
    units = data.units[f"name_{lang}"]
    publisher = source_columns(lang)[1]
    groups = [breakdown_text(data, r, lang) for r in rows.itertuples()]
    if "region" not in columns:       # without a region column, a regional row names its region
        groups = ["; ".join(filter(None, [data.regions.loc[r, f"name_{lang}"] if r != "KG" else "", g]))
                  for r, g in zip(rows["region"], groups)]
    out = pd.DataFrame({
        "indicator": [data.indicators.loc[i, f"name_{lang}"] for i in rows["indicator_id"]],
        "region": [data.regions.loc[r, f"name_{lang}"] for r in rows["region"]],
        "breakdown": groups,
        "period": [periods.label(p, lang) for p in rows["period"]],
        "value": [number(v, int(data.indicators.loc[i, "decimals"]), lang)
                  for v, i in zip(rows["value"], rows["indicator_id"])],
        "unit": [units[data.indicators.loc[i, "unit"]] for i in rows["indicator_id"]],
        "value_unit": [_with_unit(number(v, int(data.indicators.loc[i, "decimals"]), lang), v,
                                  data.indicators.loc[i, "unit"], units)
                       for v, i in zip(rows["value"], rows["indicator_id"])],
        "flags": ["; ".join(flag_names.get(f, f) for f in str(f).split(";") if f) for f in rows["flags"]],
        "source": [data.sources.loc[s, publisher] for s in rows["source_id"]],
        "status": [status_words[0] if s else status_words[1] for s in rows["shown"]],
    })
    return out[columns].reset_index(drop=True)


def _with_unit(text: str, value, unit: str, names: pd.Series) -> str:
    """'12 345 som per month'; a count ('number') and a missing value go without a unit."""
    return text if value is None or (isinstance(value, float) and math.isnan(value)) or unit == "count" else f"{text} {names[unit]}"


def year_values(data: Dataset, indicator: str, year: int, regions: Iterable[str], **breakdowns) -> pd.DataFrame:
    """One calendar year's shown value of each region: columns code, value (NaN = missing),
    flags, source_id. A quarter or date is never taken for the year."""
    out = []
    for region in regions:
        rows = annual(data, SeriesKey(indicator, region, **breakdowns))
        rows = rows[rows["year"] == year]
        if len(rows):
            row = rows.iloc[0]
            out.append({"code": region, "value": float(row["value"]), "flags": row["flags"],
                        "source_id": row["source_id"]})
        else:
            out.append({"code": region, "value": float("nan"), "flags": "", "source_id": None})
    return pd.DataFrame(out, columns=["code", "value", "flags", "source_id"])


def years_with_values(data: Dataset, indicator: str, regions: Iterable[str] | None = None, **breakdowns) -> list[int]:
    """Calendar years in which any of the regions (default: any) has a shown value."""
    rows = observations(data, [indicator], regions, **breakdowns)
    rows = rows[rows["value"].notna() & rows["period"].str.fullmatch(r"\d{4}")]
    return sorted({int(p) for p in rows["period"]})


COMPARISON_COLUMNS = ["period", "value", "flags", "source_id", "secondary", "year", "annual", "annual_source_id",
                      "difference", "percent", "timing"]


def annual_year_of(period: str) -> tuple[int, str] | None:
    """(the calendar year whose annual figure a period can be set against, how): a calendar year
    itself ('year'); 31 December of a year or 1 January of the next ('turn': the build's rule for
    comparing a stock at a date with an annual count); any other date, month or quarter inside a
    year ('within': only roughly comparable, the annual figure states no date). None otherwise."""
    kind = period_kind(period)
    if kind == "year":
        return int(period), "year"
    if kind == "date":
        year, month, day = (int(p) for p in period.split("-"))
        if (month, day) == (12, 31):
            return year, "turn"
        if (month, day) == (1, 1):
            return year - 1, "turn"
        return year, "within"
    if kind in ("month", "quarter", "months"):
        return int(period[:4]), "within"
    return None


def against_annual(data: Dataset, reported: SeriesKey, official: SeriesKey) -> pd.DataFrame:
    """Each shown value of the `reported` series set against the `official` series' annual value
    of the year it falls in (see `annual_year_of`); rows without an annual value are left out, and
    so are the official series' own annual values when both keys name one series.

    Columns: period, value, flags, source_id, secondary (a news report), year, annual (the official
    value), annual_source_id, difference (value - annual), percent (difference as % of annual),
    timing ('year', 'turn' or 'within').
    """
    official_rows = annual(data, official)
    official_rows = official_rows[official_rows["value"].notna()].set_index("year")
    secondary = secondary_sources(data)
    out = []
    for row in observations_of(data, reported).itertuples():
        found = annual_year_of(row.period)
        if found is None or math.isnan(row.value):
            continue
        year, timing = found
        if reported == official and timing == "year":
            continue                      # the official value itself
        if year not in official_rows.index:
            continue
        value, other = float(row.value), official_rows.loc[year]
        base = float(other["value"])
        out.append({"period": row.period, "value": value, "flags": row.flags, "source_id": row.source_id,
                    "secondary": row.source_id in secondary, "year": int(year), "annual": base,
                    "annual_source_id": other["source_id"], "difference": value - base,
                    "percent": (value - base) / base * 100, "timing": timing})
    return pd.DataFrame(out, columns=COMPARISON_COLUMNS)


def latest_change(data: Dataset, key: SeriesKey) -> tuple[pd.Series, int, float] | None:
    """(the latest calendar-year row, the year before it, the change since then) of a series,
    only where the year before has a value; None otherwise (a change across a gap is not given)."""
    rows = annual(data, key)
    rows = rows[rows["value"].notna()]
    if len(rows) < 2 or int(rows["year"].iloc[-1]) - int(rows["year"].iloc[-2]) != 1:
        return None
    last, before = rows.iloc[-1], rows.iloc[-2]
    return last, int(before["year"]), float(last["value"]) - float(before["value"])
