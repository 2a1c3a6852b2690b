"""Which observations a download holds: the selection (the filter parameters the CLI, the API and the
Data page share), the rows it picks, how a file states it, and the file's name from it."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pandas as pd

from analysis.loader import Dataset
from analysis.schema import BREAKDOWNS

# The filter parameters, in the order a file states them (the API's query parameters).
SELECTION_KEYS = ("indicator", "region", "from", "to", *BREAKDOWNS, "all_sources", "lang")
_LISTS = ("indicator", "region", *BREAKDOWNS)
MAX_NAMED = 3            # indicators or regions named in a file name; more are counted


def select(data: Dataset, indicators: Iterable[str] = (), regions: Iterable[str] = (),
           year_from: int | None = None, year_to: int | None = None,
           all_sources: bool = False, *, breakdowns: Mapping[str, Iterable[str] | str] | None = None
           ) -> pd.DataFrame:
    """Observations matching the filters (empty filter = everything); `breakdowns`: dimension -> the codes
    kept ("total" for the value not broken down)."""
    obs = data.observations
    mask = pd.Series(True, index=obs.index)
    if indicators := list(indicators):
        mask &= obs["indicator_id"].isin(indicators)
    if regions := list(regions):
        mask &= obs["region"].isin(regions)
    if year_from is not None:
        mask &= obs["year"] >= year_from
    if year_to is not None:
        mask &= obs["year"] <= year_to
    for dimension, codes in (breakdowns or {}).items():
        if dimension not in BREAKDOWNS:
            raise ValueError(f"unknown breakdown {dimension!r} (one of {', '.join(BREAKDOWNS)})")
        mask &= obs[dimension].isin(_as_list(codes))
    if not all_sources:
        mask &= obs["shown"]
    return obs[mask]


def allowed(data: Dataset, key: str) -> list[str]:
    """The valid values of a list parameter: indicator ids, region codes, or a breakdown's codes."""
    if key == "indicator":
        return sorted(data.indicators.index)
    if key == "region":
        return list(data.regions.index)
    if key in BREAKDOWNS:
        return sorted({"total", *data.codes.loc[data.codes["dimension"] == key, "code"]})
    raise ValueError(f"{key!r} is not a list parameter (one of {', '.join(_LISTS)})")


def _as_list(values) -> list[str]:
    return [values] if isinstance(values, str) else list(values)


def make_selection(indicators: Iterable[str] = (), regions: Iterable[str] = (), year_from: int | None = None,
                   year_to: int | None = None, breakdowns: Mapping[str, Iterable[str] | str] | None = None,
                   all_sources: bool = False, lang: str = "en") -> dict:
    """The selection as the files state it: only the filters given (no filter = everything)."""
    given = {"indicator": list(indicators), "region": list(regions), "from": year_from, "to": year_to,
             **{d: _as_list(v) for d, v in (breakdowns or {}).items() if v},
             "all_sources": bool(all_sources), "lang": lang}
    return normalized(given)


def normalized(selection: Mapping) -> dict:
    """The selection with lists for the list parameters, whole years, a bool for all_sources, in
    SELECTION_KEYS order, empty filters left out. Unknown keys are refused."""
    unknown = set(selection) - set(SELECTION_KEYS)
    if unknown:
        raise ValueError(f"unknown selection keys {sorted(unknown)} (known: {', '.join(SELECTION_KEYS)})")
    out = {}
    for key in SELECTION_KEYS:
        value = selection.get(key)
        if value is None or (key in _LISTS and not _as_list(value)):
            continue
        out[key] = (_as_list(value) if key in _LISTS else int(value) if key in ("from", "to")
                    else bool(value) if key == "all_sources" else str(value))
    return out


def selected_rows(data: Dataset, selection: Mapping) -> pd.DataFrame:
    """Exactly the rows a selection picks (the CLI's export; the API answers the same rows)."""
    chosen = normalized(selection)
    return select(data, chosen.get("indicator", ()), chosen.get("region", ()), chosen.get("from"), chosen.get("to"),
                  chosen.get("all_sources", False), breakdowns={d: chosen[d] for d in BREAKDOWNS if d in chosen})


def of_rows(data: Dataset, rows: pd.DataFrame, lang: str) -> dict:
    """What a file made from given rows (a chart's) holds, stated as a selection: its indicators, regions,
    years and breakdowns (left out where it holds every one the data have), and whether it holds values
    the dashboard does not show."""
    obs = data.observations
    years = rows["year"].dropna()

    def held(column: str) -> list[str]:
        codes = list(dict.fromkeys(rows[column]))
        return [] if set(codes) >= set(obs[column]) else codes if column in ("indicator_id", "region") else sorted(codes)
    return normalized({
        "indicator": held("indicator_id"), "region": held("region"),
        "from": int(years.min()) if len(years) else None, "to": int(years.max()) if len(years) else None,
        **{d: held(d) for d in BREAKDOWNS},
        "all_sources": not rows["shown"].all() if len(rows) else False, "lang": lang})


def selection_text(selection: Mapping) -> str:
    """indicator=poverty_rate,avg_pension&region=KG,KG-B&from=2015&to=2023&all_sources=false&lang=ru:
    the API's query parameters, several values joined by commas."""
    def text(value):
        return ",".join(value) if isinstance(value, list) else str(value).lower() if isinstance(value, bool) else str(value)
    return "&".join(f"{key}={text(value)}" for key, value in normalized(selection).items())


# --- File names --------------------------------------------------------------------------------------------

def _names(items: list[str]) -> str:
    items = [re.sub(r"[^A-Za-z0-9_-]+", "-", i) for i in items]
    return "+".join(items[:MAX_NAMED]) + (f"+{len(items) - MAX_NAMED}-more" if len(items) > MAX_NAMED else "")


def _in_order(held: pd.Series, chosen: list[str]) -> list[str]:
    """The codes the rows hold, in the order they were chosen (then the rows' order); the chosen ones
    when the rows are empty."""
    present = list(dict.fromkeys(held))
    if not present:
        return list(chosen)
    return [c for c in chosen if c in present] + [c for c in present if c not in chosen]


def file_stem(data: Dataset, rows: pd.DataFrame, lang: str, selection: Mapping | None = None,
              fallback: str = "data") -> str:
    """What a file holds: indicators, regions, years, then (for a selection) its breakdown filters, the
    breakdowns it holds unfiltered and "all-sources", and the language:
    poverty_rate_KG+KG-B_2007-2024_en, poverty_rate+avg_pension_all-regions_2015-2025_sex-female_all-sources_ru."""
    chosen = normalized(selection) if selection is not None else {}
    indicators = _in_order(rows["indicator_id"], chosen.get("indicator", [])) or [fallback]
    regions = _in_order(rows["region"], chosen.get("region", []))
    all_regions = len(regions) >= len(data.regions) - 1
    years = sorted(int(y) for y in rows["year"].dropna()) or [y for y in (chosen.get("from"), chosen.get("to")) if y]
    span = "" if not years else (f"{years[0]}" if years[0] == years[-1] else f"{years[0]}-{years[-1]}")
    parts = [_names(indicators), "all-regions" if all_regions and len(regions) > MAX_NAMED else _names(regions), span]
    if selection is not None:
        filtered = [f"{d}-{_names(chosen[d])}" for d in BREAKDOWNS if d in chosen and chosen[d] != ["total"]]
        held = [d for d in BREAKDOWNS if d not in chosen and len(rows) and (rows[d] != "total").any()]
        parts += [*filtered, f"by-{'+'.join(held)}" if held else "", "all-sources" if chosen.get("all_sources") else ""]
    return "_".join(p for p in [*parts, lang] if p)


def file_name(data: Dataset, rows: pd.DataFrame, fmt: str, lang: str, selection: Mapping | None = None) -> str:
    """The download's name: file_stem and the format's extension (poverty_rate_KG_2007-2024_ru.csv)."""
    return f"{file_stem(data, rows, lang, selection)}.{fmt}"
