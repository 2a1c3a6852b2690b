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
