"""What the API's metadata endpoints answer (analysis/api.py): indicators, sources, regions and flags as
JSON-ready records, every name and text in Kyrgyz, Russian and English at once."""
from __future__ import annotations

import weakref

import pandas as pd

from analysis.coverage import coverage
from analysis.loader import Dataset
from analysis.schema import BREAKDOWNS, LANGUAGES, source_columns

DATA_URL = "/api/v1/data.csv?indicator={id}"
_coverage: tuple[weakref.ref, dict] | None = None     # the last dataset's, without keeping it alive


def _plain(value):
    """A cell as JSON writes it: numpy numbers as Python's, empty text and NaN as null."""
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return None
    return value.item() if hasattr(value, "item") else value


def _languages(row, stem: str) -> dict[str, str | None]:
    return {lang: _plain(row[f"{stem}_{lang}"]) for lang in LANGUAGES}


def _flag(text) -> bool | None:
    return {"true": True, "false": False}.get(str(text).lower())


def source_record(data: Dataset, source_id: str) -> dict:
    """A source in full: title and publisher in each language, date, URL, document, licence, kind
    (primary: official data and documents; secondary: news reports quoting officials), and the rest."""
    source = data.sources.loc[source_id]
    titles = {lang: _plain(source[source_columns(lang)[0]]) for lang in LANGUAGES}
    publishers = {lang: _plain(source[source_columns(lang)[1]]) for lang in LANGUAGES}
    named = {column for lang in LANGUAGES for column in source_columns(lang)} | {"source_id"}
    rest = {column: _plain(source[column]) for column in data.sources.columns if column not in named}
    return {"id": source_id, "title": titles, "publisher": publishers, **rest}


def sources(data: Dataset, ids=None) -> list[dict]:
    """Every source (or those in `ids`), official ones first (the catalogue's display priority)."""
    chosen = data.sources.index if ids is None else set(ids)
    priority = data.sources["display_priority"]
    return [source_record(data, s) for s in sorted(chosen, key=lambda s: (priority[s], s))]


def regions(data: Dataset) -> list[dict]:
    return [{"code": code, "sdmx_code": _plain(row["sdmx_code"]), "kind": _plain(row["kind"]),
             "name": _languages(row, "name")} for code, row in data.rows_by_id["regions"].items()]


def _covered(data: Dataset) -> dict[str, dict]:
    """indicator -> its regions, first and last year and number of values (shown values, as the dashboard);
    made once per dataset."""
    global _coverage
    if _coverage is None or _coverage[0]() is not data:
        table = coverage(data)
        _coverage = (weakref.ref(data), {
            row.indicator_id: {"regions": row.regions.split(","), "first_year": int(row.first_year),
                               "last_year": int(row.last_year), "values": int(row.values)}
            for row in table.itertuples()})
    return _coverage[1]


def _summary(data: Dataset, indicator_id: str, covered: dict) -> dict:
    row = data.rows_by_id["indicators"][indicator_id]
    unit, units = row["unit"], data.rows_by_id["units"]
    return {"id": indicator_id, "name": _languages(row, "name"), "definition": _languages(row, "definition"),
            "unit": unit, "unit_name": _languages(units[unit], "name") if unit in units else None,
            "topic": row["topic"],
            **covered.get(indicator_id, {"regions": [], "first_year": None, "last_year": None, "values": 0}),
            "url": f"/api/v1/indicators/{indicator_id}", "data": DATA_URL.format(id=indicator_id)}


def indicators(data: Dataset) -> list[dict]:
    """Every indicator of the catalogue, in its order."""
    covered = _covered(data)
    return [_summary(data, indicator_id, covered) for indicator_id in data.indicators.index]


def _code_names(data: Dataset, dimension: str) -> dict[str, dict]:
    codes = data.codes[data.codes["dimension"] == dimension]
    return {row["code"]: _languages(row, "name") for _, row in codes.iterrows()}


def indicator(data: Dataset, indicator_id: str) -> dict:
    """One indicator in full: the summary, whether higher is better, the decimals shown on screen, its
    breakdowns with their codes, every source of its values, its breaks in comparability, the flags its
    values carry with their meanings, and its targets."""
    obs = data.observations[data.observations["indicator_id"] == indicator_id]
    row = data.rows_by_id["indicators"][indicator_id]
    breakdowns = {}
    for dimension in BREAKDOWNS:
        present = set(obs[dimension])
        if present - {"total"}:
            names = _code_names(data, dimension)
            ordered = [c for c in names if c in present] + sorted(present - set(names))
            breakdowns[dimension] = [{"code": c, "name": names.get(c)} for c in ordered]
    used_flags = {f for text in obs["flags"] for f in str(text).split(";") if f}
    flags = [{"flag": r["flag"], "name": _languages(r, "name")} for _, r in data.flags.iterrows()
             if r["flag"] in used_flags]
    flags += [{"flag": f, "name": None} for f in sorted(used_flags - set(data.flags["flag"]))]
    breaks = data.breaks[data.breaks["indicator_id"] == indicator_id]
    targets = data.targets[data.targets["indicator_id"] == indicator_id]
    values = obs.groupby("source_id").agg(values=("shown", "size"), shown=("shown", "sum"))
    return {
        **_summary(data, indicator_id, _covered(data)),
        "higher_is_better": _flag(row["higher_is_better"]), "decimals_on_screen": _plain(row["decimals"]),
        "breakdowns": breakdowns,
        "sources": [{**record, "values": int(values.loc[record["id"], "values"]),
                     "values_shown": int(values.loc[record["id"], "shown"])}
                    for record in sources(data, obs["source_id"])],
        "breaks": [{"first_year_after": _plain(b["first_year_after"]), "note": _languages(b, "note"),
                    "basis": _plain(b["basis"])} for _, b in breaks.iterrows()],
        "flags": flags,
        "targets": [_target(t) for _, t in targets.iterrows()],
    }


def _target(row: pd.Series) -> dict:
    texts = _languages(row, "text")
    return {**{k: _plain(v) for k, v in row.items() if not k.startswith("text_") and k != "indicator_id"},
            "text": texts}
