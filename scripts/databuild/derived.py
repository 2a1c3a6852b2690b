"""Official series that follow from two others of the same table: a count divided by its share.

The NSC's table 1.3.1.1g gives the old-age pensioners whose pension is below the
pensioners' subsistence minimum, and that number as a share of all pensioners; all
pensioners = count / share x 100. The result keeps both inputs' locators, the formula and
how precise it is: a share rounded to one decimal leaves the total uncertain within a range,
which the note states.
"""
from __future__ import annotations

from pathlib import Path

from databuild.extracts import read_csv

DERIVED = "derived"
SPEC_COLUMNS = ("indicator_id", "category", "count_indicator", "share_indicator", "source_id", "unit", "note")
FULL_PRECISION = 6   # a share with more decimals than this is taken as exact


class DerivedError(ValueError):
    """A derived series whose inputs do not fit together."""


def read_specs(path: Path) -> list[dict[str, str]]:
    rows = read_csv(path)
    if rows and tuple(rows[0]) != SPEC_COLUMNS:
        raise DerivedError(f"{path.name}: the header must be exactly {','.join(SPEC_COLUMNS)}")
    return rows


def decimals_of(value: float) -> int | None:
    """How many decimals a published number was rounded to; None when it carries more than FULL_PRECISION."""
    for places in range(FULL_PRECISION + 1):
        if abs(value - round(value, places)) < 1e-9:
            return places
    return None


def _cell(locator: str) -> str:
    return locator.split("#", 1)[1]


def count_over_share(rows: list[dict], spec: dict[str, str]) -> list[dict]:
    """One derived row per year where the spec's source gives both the count and its share."""
    def national(indicator):
        return {r["year"]: r for r in rows
                if r["indicator_id"] == indicator and r["source_id"] == spec["source_id"] and r["region"] == "KG"
                and r["period"] == str(r["year"]) and r["value"] is not None
                and all(r[c] == "total" for c in ("sex", "area", "age_group", "activity", "category"))}

    counts, shares = national(spec["count_indicator"]), national(spec["share_indicator"])
    out = []
    for year in sorted(set(counts) & set(shares)):
        count, share = counts[year], shares[year]
        if share["value"] <= 0:
            raise DerivedError(f"{spec['indicator_id']} {year}: share {share['value']} is not positive")
        value = count["value"] / share["value"] * 100
        places = decimals_of(share["value"])
        if places is None:
            precision = (f"The share is given to full precision ({share['value']:.10g}%), so the result is exact "
                         f"up to rounding to whole persons.")
        else:
            half = 0.5 * 10 ** -places
            low, high = count["value"] / (share["value"] + half) * 100, count["value"] / (share["value"] - half) * 100
            precision = (f"The share is rounded to {places} decimal{'s' if places != 1 else ''} "
                         f"({share['value']:g}%), so the result lies between {low:,.0f} and {high:,.0f} "
                         f"(about ±{(high - low) / 2 / value * 100:.2f}%).")
        note = (f"Derived: {count['value']:,.0f} ({spec['count_indicator']}, {_cell(count['locator'])}) / "
                f"{share['value']:.10g}% ({spec['share_indicator']}, {_cell(share['locator'])}) × 100. "
                f"{precision} {spec['note']}").strip()
        path, count_cell = count["locator"].split("#", 1)
        share_path, share_cell = share["locator"].split("#", 1)
        if share_path != path:
            raise DerivedError(f"{spec['indicator_id']} {year}: count and share come from different files")
        out.append({
            "indicator_id": spec["indicator_id"], "region": "KG", "year": year, "period": str(year),
            "sex": "total", "area": "total", "age_group": "total", "activity": "total",
            "category": spec["category"] or "total",
            "value": float(round(value)), "unit": spec["unit"], "source_id": spec["source_id"],
            "locator": f"{path}#{count_cell}/{share_cell}", "flags": {DERIVED}, "source_text": "", "note": note,
        })
    return out
