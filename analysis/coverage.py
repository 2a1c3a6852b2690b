"""What the data covers: per indicator, its regions, years and number of values."""
from __future__ import annotations

import pandas as pd

from analysis.loader import Dataset

COLUMNS = ("indicator_id", "name", "topic", "unit", "regions", "first_year", "last_year", "values", "sources")


def coverage(data: Dataset, lang: str = "en") -> pd.DataFrame:
    """One row per indicator that has at least one shown value, in catalogue order."""
    obs = data.observations[data.observations["shown"] & data.observations["value"].notna()]
    grouped = obs.groupby("indicator_id", sort=False)
    region_order = {code: i for i, code in enumerate(data.regions.index)}
    rows = []
    for ind in data.indicators.itertuples():
        if ind.id not in grouped.groups:
            continue
        rows_of = grouped.get_group(ind.id)
        regions = sorted(set(rows_of["region"]), key=region_order.get)
        rows.append({
            "indicator_id": ind.id,
            "name": getattr(ind, f"name_{lang}"),
            "topic": ind.topic,
            "unit": ind.unit,
            "regions": ",".join(regions),
            "first_year": int(rows_of["year"].min()),
            "last_year": int(rows_of["year"].max()),
            "values": len(rows_of),
            "sources": ",".join(sorted(set(rows_of["source_id"]))),
        })
    return pd.DataFrame(rows, columns=list(COLUMNS))


def coverage_table(data: Dataset, lang: str) -> pd.DataFrame:
    """The coverage for display: topic and unit names, a year range, regions as all/national/count."""
    table = coverage(data, lang)
    everywhere = ",".join(data.regions.index)
    regions = [("all" if r == everywhere else "national" if r == "KG" else str(len(r.split(","))))
               for r in table["regions"]]
    return pd.DataFrame({
        "indicator": table["name"],
        "topic": table["topic"],
        "unit": table["unit"].map(data.units[f"name_{lang}"]),
        "regions": regions,
        "years": [f"{a}–{b}" if a != b else str(a) for a, b in zip(table["first_year"], table["last_year"])],
        "values": table["values"],
        "sources": table["sources"],
    })
