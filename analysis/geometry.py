"""The regional boundaries in data/regions.geojson, read and validated for the maps.

The nine units (seven oblasts, Bishkek city and Osh city) are polygons that tile the country:
no two overlap. Every feature carries a label point (`label_lon`, `label_lat`) inside the unit;
the collection carries the attribution its licence asks for (`attribution`, CC BY 3.0 IGO).
scripts/build_boundaries.py writes the file; data/regions_geometry_source.md says where the
geometry comes from.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import shapely
from shapely.geometry import Point, shape

from analysis import loader
from analysis.loader import DataError

if TYPE_CHECKING:                      # geopandas loads only for load_regions (the app never needs it)
    import geopandas as gpd

FILE = "regions.geojson"
ISO_CODES = ("KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO")
COLUMNS = ("iso_code", "label_lon", "label_lat")
# The country's extent with a margin: every coordinate must fall inside it.
EXTENT = (69.0, 39.0, 80.5, 43.5)
WGS84 = "EPSG:4326"


@dataclass(frozen=True)
class Regions:
    """The nine units as plain Python and shapely, in ISO-code order: what the maps need.

    Read without geopandas and pyproj, whose import alone took a third of the Overview's first
    run on the server; `load_regions` gives the same as a GeoDataFrame."""
    iso_code: tuple[str, ...]
    label_lon: tuple[float, ...]
    label_lat: tuple[float, ...]
    geometry: tuple
    attribution: str                   # the licence's attribution, in English

    @property
    def total_bounds(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) of all units, as GeoDataFrame.total_bounds."""
        bounds = [g.bounds for g in self.geometry]
        return (min(b[0] for b in bounds), min(b[1] for b in bounds),
                max(b[2] for b in bounds), max(b[3] for b in bounds))


def _error(rule: str) -> DataError:
    return DataError(FILE, None, None, rule)


def _crs_of(collection: dict) -> str:
    """The coordinate system a GeoJSON file declares: WGS 84 unless an old-style `crs` member names another."""
    name = (collection.get("crs") or {}).get("properties", {}).get("name", "")
    return WGS84 if not name or name.endswith(("CRS84", "EPSG::4326", "EPSG:4326")) else name


def read_regions(path: Path | str | None = None) -> Regions:
    """The nine units of data/regions.geojson, validated (see load_regions for the rules)."""
    path = loader.DATA_DIR / FILE if path is None else Path(path)
    if not path.is_file():
        raise _error("the file is missing (run scripts/build_boundaries.py)")
    try:
        # Read as JSON, not through GDAL: the server then never loads GDAL's 40 MB for nine shapes.
        collection = json.loads(path.read_text(encoding="utf-8"))
        features = collection["features"]
        properties = [f.get("properties") or {} for f in features]
        shapes = [shape(f["geometry"]) if f.get("geometry") else None for f in features]
        crs = _crs_of(collection)
        attribution = collection.get("attribution")
    except Exception as error:  # noqa: BLE001 - json and shapely raise several kinds
        raise _error(f"not a readable GeoJSON file ({type(error).__name__}: {error})") from None
    missing_columns = [c for c in COLUMNS if not any(c in p for p in properties)]
    if missing_columns:
        raise _error(f"features lack the properties {', '.join(missing_columns)}")
    if crs != WGS84:
        raise _error(f"the coordinates must be EPSG:4326 (WGS 84 longitude/latitude), not {crs}")
    if not isinstance(attribution, str) or not attribution.strip():
        raise _error("the collection lacks its `attribution` (the boundaries' licence asks for it)")

    codes = [p.get("iso_code") for p in properties]
    duplicated = sorted({str(c) for c in codes if codes.count(c) > 1})
    if duplicated:
        raise _error(f"ISO codes present more than once: {', '.join(duplicated)}")
    unknown = sorted(set(map(str, codes)) - set(ISO_CODES))
    if unknown:
        raise _error(f"unknown ISO codes: {', '.join(unknown)} (expected: {', '.join(ISO_CODES)})")
    absent = [c for c in ISO_CODES if c not in codes]
    if absent:
        raise _error(f"ISO codes missing: {', '.join(absent)}")

    units = {}
    for props, geom in zip(properties, shapes):
        code = props["iso_code"]
        if geom is None or geom.is_empty:
            raise _error(f"{code}: the geometry is empty")
        if geom.geom_type not in ("Polygon", "MultiPolygon"):
            raise _error(f"{code}: a unit must be a Polygon or MultiPolygon, not a {geom.geom_type}")
        if not geom.is_valid:
            from shapely.validation import explain_validity

            raise _error(f"{code}: invalid geometry ({explain_validity(geom)})")
        west, south, east, north = geom.bounds
        if west < EXTENT[0] or south < EXTENT[1] or east > EXTENT[2] or north > EXTENT[3]:
            raise _error(f"{code}: coordinates outside the Kyrgyz Republic "
                         f"(bounds {west:.2f}, {south:.2f}, {east:.2f}, {north:.2f}; are they lon/lat?)")
        try:
            lon, lat = float(props.get("label_lon")), float(props.get("label_lat"))
        except (TypeError, ValueError):
            lon = lat = math.nan
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise _error(f"{code}: label_lon and label_lat must be numbers")
        if not geom.contains(Point(lon, lat)):
            raise _error(f"{code}: the label point ({lon}, {lat}) is not inside the polygon")
        units[code] = (lon, lat, geom)
    order = sorted(ISO_CODES)
    geometries = tuple(units[c][2] for c in order)
    # A few ms: neighbours share their borders exactly, so no unit hides part of another.
    if not shapely.coverage_is_valid(geometries):
        overlapping = [c for c, edges in zip(order, shapely.coverage_invalid_edges(geometries)) if not edges.is_empty]
        raise _error(f"the units overlap or their shared borders differ: {', '.join(overlapping)}")
    return Regions(iso_code=tuple(order), label_lon=tuple(units[c][0] for c in order),
                   label_lat=tuple(units[c][1] for c in order), geometry=geometries,
                   attribution=attribution.strip())


def load_regions(path: Path | str | None = None) -> gpd.GeoDataFrame:
    """The nine units as a GeoDataFrame (EPSG:4326) indexed 0..8 in ISO-code order.

    Columns: iso_code, label_lon, label_lat, geometry; `attrs["attribution"]` the licence's
    attribution.
    Raises DataError("regions.geojson", None, None, rule) when the file breaks a rule.
    Default path: regions.geojson in loader.DATA_DIR.
    """
    import geopandas as gpd

    regions = read_regions(path)
    frame = {column: list(getattr(regions, column)) for column in COLUMNS}
    units = gpd.GeoDataFrame(frame, geometry=list(regions.geometry), crs=WGS84)
    units.attrs["attribution"] = regions.attribution
    return units


def _units(regions) -> list[tuple[str, float, float, object]]:
    """(iso_code, label_lon, label_lat, geometry) of each unit of Regions or a GeoDataFrame."""
    return list(zip(*(list(regions[c]) if isinstance(regions, pd.DataFrame) else getattr(regions, c)
                      for c in (*COLUMNS, "geometry"))))


def regions_geojson_dict(regions: Regions | gpd.GeoDataFrame, clip=None) -> dict:
    """A plain GeoJSON FeatureCollection of the nine units, `id` = iso_code on each.

    For plotly: `go.Choroplethmap(geojson=..., locations=[iso codes], featureidkey="id")`.
    clip: (west, south, east, north): each unit cut to that box, the units outside it left out
    (a zoomed map then carries only what it shows).
    """
    features = []
    for code, _, _, geom in _units(regions):
        if clip is not None:
            geom = shapely.clip_by_rect(geom, *clip)
            if geom.is_empty:
                continue
        # Lists, as json would read them back; GEOS writes them faster than shapely.mapping gives tuples.
        features.append({"type": "Feature", "properties": {"iso_code": code},
                         "geometry": json.loads(shapely.to_geojson(geom)), "id": code})
    return {"type": "FeatureCollection", "features": features}


def label_points(regions: Regions | gpd.GeoDataFrame) -> pd.DataFrame:
    """Where each unit's label goes: iso_code, lon, lat (one row per unit)."""
    units = _units(regions)
    return pd.DataFrame({
        "iso_code": [u[0] for u in units],
        "lon": [float(u[1]) for u in units],
        "lat": [float(u[2]) for u in units],
    })
