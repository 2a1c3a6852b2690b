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
BREAKDOWN_OF = {"SEX": "sex", "URBANISATION": "area", "AGE": "age_group", "ACTIVITY": "activity",
                "INCOME_WEALTH_QUANTILE": "category"}
CODE_MAP = {
    "SEX": {"_T": "total", "F": "female", "M": "male"},
    "URBANISATION": {"_T": "total", "U": "urban", "R": "rural"},
    "INCOME_WEALTH_QUANTILE": {"_T": "total", "B40": "bottom_40"},
}
CODE_CORRECTED = "code_corrected"


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


def _conditions(text: str) -> list[tuple[str, bool, str]]:
    """'AGE=_T;REF_AREA!=KG' -> [("AGE", True, "_T"), ("REF_AREA", False, "KG")]."""
    out = []
    for part in filter(None, (p.strip() for p in (text or "").split(";"))):
        negate = "!=" in part
        dimension, _, code = part.partition("!=" if negate else "=")
        if dimension not in DIMENSIONS or not code:
            raise SdmxError(f"filter {part!r}: expected DIMENSION=CODE or DIMENSION!=CODE")
        out.append((dimension, not negate, code))
    return out


def _recodes(text: str) -> dict[str, dict[str, str]]:
    """'AGE:Y65T69=Y60T69;ACTIVITY:ISIC4_S=services' -> {"AGE": {"Y65T69": "Y60T69"}, ...}."""
    out: dict[str, dict[str, str]] = {}
    for part in filter(None, (p.strip() for p in (text or "").split(";"))):
        dimension, _, pair = part.partition(":")
        code, _, new = pair.partition("=")
        if dimension not in BREAKDOWN_OF or not code or not new:
            raise SdmxError(f"recode {part!r}: expected DIMENSION:CODE=NEW for a mapped dimension")
        out.setdefault(dimension, {})[code] = new
    return out


def _unit_scale(file: str, spec: dict[str, str], series) -> float:
    """The declared scale (column `scale`, default 1), checked against the file's UNIT_MULT."""
    scale = float(spec.get("scale") or 1)
    if "UNIT_MULT" in series:
        declared = {10 ** int(m) for m in series["UNIT_MULT"].dropna().unique() if str(m).strip()}
        if declared and declared != {scale}:
            raise SdmxError(f"{file} {spec['series']}: UNIT_MULT gives a scale of {sorted(declared)}, "
                            f"the series map says {scale:g}; check the unit before changing either")
    return scale


def observations(data_folder: Path, series_map: list[dict[str, str]], sdmx_to_iso: dict[str, str],
                 structure=None) -> list[dict]:
    """Every observation of the mapped series (files in data_folder), as observation rows.

    A map row may narrow its series with `filter` (DIM=CODE or DIM!=CODE, ';'-joined), scale
    the values (`scale`, e.g. 1000 for thousands, checked against UNIT_MULT) and correct a
    breakdown code the file gives wrongly (`recode`, DIM:CODE=NEW; those rows get the flag
    code_corrected).
    """
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
        for dimension, equal, code in _conditions(spec.get("filter", "")):
            series = series[(series[dimension] == code) == equal]
        if series.empty:
            raise SdmxError(f"{file}: series {spec['series']} has no observation under {spec.get('filter')!r}")
        scale = _unit_scale(file, spec, series)
        recode = _recodes(spec.get("recode", ""))
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
                "value": round(float(obs["value"]) * scale, 6) if scale != 1 else float(obs["value"]),
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
                if code in recode.get(dim, {}):
                    code = recode[dim][code]
                    if CODE_CORRECTED not in row["flags"]:
                        row["note"] = "; ".join(filter(None, (row["note"], spec.get("recode_note", ""))))
                    row["flags"].add(CODE_CORRECTED)
                row[BREAKDOWN_OF[dim]] = CODE_MAP.get(dim, {}).get(code, "total" if code == "_T" else code)
            rows.append(row)
    return rows


def _comment(obs) -> str:
    value = obs.get("COMMENT_OBS")
    return str(value).strip() if isinstance(value, str) else ""
