"""Observations from the NSC's SDMX-ML files, parsed with the sdmx1 library."""
from __future__ import annotations

import csv
import warnings
from pathlib import Path

import sdmx

SDMX_FOLDER = "sources/nsc-sdg-kg"
DSD_FILE = "SDG_DSD.KG_1.8.xml"
SOURCE_ID = "nsc_sdg_sdmx"

DIMENSIONS = (
    "SERIES", "REF_AREA", "SEX", "AGE", "URBANISATION", "INCOME_WEALTH_QUANTILE",
    "EDUCATION_LEV", "OCCUPATION", "CUST_BREAKDOWN", "COMPOSITE_BREAKDOWN",
    "DISABILITY_STATUS", "ACTIVITY", "PRODUCT",
)
# SDMX dimension -> our breakdown column, and how its codes translate.
BREAKDOWN_OF = {"SEX": "sex", "URBANISATION": "area", "AGE": "age_group", "ACTIVITY": "activity"}
CODE_MAP = {
    "SEX": {"_T": "total", "F": "female", "M": "male"},
    "URBANISATION": {"_T": "total", "U": "urban", "R": "rural"},
}


class SdmxError(ValueError):
    """A series or dimension the build does not know how to map."""


def read_series_map(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_structure(folder: Path):
    """The data structure definition, so that codes are checked while reading."""
    return sdmx.read_sdmx(folder / DSD_FILE).structure["SDG"]


def read_file(path: Path, structure=None):
    """One SDMX-ML file as a flat DataFrame, one row per observation."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sdmx1 warns about optional header fields
        message = sdmx.read_sdmx(path, structure=structure)
    frame = sdmx.to_pandas(message.data[0], attributes="o").reset_index()
    return frame


def locator(file: str, row) -> str:
    """File, series and every dimension that is not a total, then the period."""
    parts = [f"SERIES={row['SERIES']}", f"REF_AREA={row['REF_AREA']}"]
    parts += [f"{d}={row[d]}" for d in DIMENSIONS[2:] if d in row and row[d] != "_T"]
    parts.append(f"TIME_PERIOD={row['TIME_PERIOD']}")
    return f"{SDMX_FOLDER}/data/{file}#" + "&".join(parts)


def observations(data_folder: Path, series_map: list[dict[str, str]], sdmx_to_iso: dict[str, str],
                 structure=None) -> list[dict]:
    """Every observation of the mapped series (files in data_folder), as observation rows."""
    rows: list[dict] = []
    frames: dict[str, object] = {}
    for spec in series_map:
        file = spec["file"]
        if file not in frames:
            frames[file] = read_file(data_folder / file, structure)
        frame = frames[file]
        series = frame[frame["SERIES"] == spec["series"]]
        if series.empty:
            raise SdmxError(f"{file}: series {spec['series']} not found")
        if spec["regions"] == "national":
            series = series[series["REF_AREA"] == "KG"]
        elif spec["regions"] == "subnational":
            series = series[series["REF_AREA"] != "KG"]
        varying = {d for d in DIMENSIONS if d in series and series[d].nunique() > 1} - {"REF_AREA"}
        unmapped = varying - set(BREAKDOWN_OF)
        if unmapped:
            raise SdmxError(f"{file} {spec['series']}: no breakdown column for {sorted(unmapped)}")
        for _, obs in series.iterrows():
            row = {
                "indicator_id": spec["indicator_id"],
                "region": sdmx_to_iso[obs["REF_AREA"]],
                "year": int(obs["TIME_PERIOD"]),
                "period": str(obs["TIME_PERIOD"]),
                "sex": "total", "area": "total", "age_group": "total",
                "activity": "total", "category": "total",
                "value": float(obs["value"]),
                "unit": spec["unit"],
                "source_id": SOURCE_ID,
                "locator": locator(file, obs),
                "flags": set(filter(None, spec.get("flags", "").split(";"))),
                "source_text": "",
                "note": "; ".join(n for n in (_comment(obs), spec.get("note", "")) if n),
            }
            # A dimension constant over the whole series is part of the definition, not a breakdown.
            for dim in varying:
                code = obs[dim]
                row[BREAKDOWN_OF[dim]] = CODE_MAP.get(dim, {}).get(code, "total" if code == "_T" else code)
            rows.append(row)
    return rows


def _comment(obs) -> str:
    value = obs.get("COMMENT_OBS")
    return str(value).strip() if isinstance(value, str) else ""
