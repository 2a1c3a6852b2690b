"""The regional boundaries in data/regions.geojson, read and validated for the maps.

Eight units are polygons (seven oblasts and Bishkek city); Osh city (KG-GO) has no
boundary in the source and is a point (`kind` = "point"). Every feature carries a label
point (`label_lon`, `label_lat`) inside the unit. scripts/build_boundaries.py writes the
file; data/regions_geometry_source.md says where the geometry comes from.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from shapely.geometry import Point, mapping, shape

from analysis import loader
from analysis.loader import DataError

if TYPE_CHECKING:                      # geopandas loads only for load_regions (the app never needs it)
    import geopandas as gpd

FILE = "regions.geojson"
ISO_CODES = ("KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO")
POINT_CODES = ("KG-GO",)
COLUMNS = ("iso_code", "kind", "label_lon", "label_lat")
# The country's extent with a margin: every coordinate must fall inside it.
EXTENT = (69.0, 39.0, 80.5, 43.5)
WGS84 = "EPSG:4326"


@dataclass(frozen=True)
class Regions:
    """The nine units as plain Python and shapely, in ISO-code order: what the maps need.

    Read without geopandas and pyproj, whose import alone took a third of the Overview's first
    run on the server; `load_regions` gives the same as a GeoDataFrame."""
    iso_code: tuple[str, ...]
    kind: tuple[str, ...]
    label_lon: tuple[float, ...]
    label_lat: tuple[float, ...]
    geometry: tuple

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
    except Exception as error:  # noqa: BLE001 - json and shapely raise several kinds
        raise _error(f"not a readable GeoJSON file ({type(error).__name__}: {error})") from None
    missing_columns = [c for c in COLUMNS if not any(c in p for p in properties)]
    if missing_columns:
        raise _error(f"features lack the properties {', '.join(missing_columns)}")
    if crs != WGS84:
        raise _error(f"the coordinates must be EPSG:4326 (WGS 84 longitude/latitude), not {crs}")

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
        code, kind = props["iso_code"], props.get("kind")
        expected = "point" if code in POINT_CODES else "polygon"
        if kind != expected:
            raise _error(f"{code}: kind must be {expected!r}, not {kind!r}")
        if geom is None or geom.is_empty:
            raise _error(f"{code}: the geometry is empty")
        allowed = ("Point",) if expected == "point" else ("Polygon", "MultiPolygon")
        if geom.geom_type not in allowed:
            raise _error(f"{code}: a {expected} unit cannot have a {geom.geom_type} geometry")
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
        if expected == "polygon" and not geom.contains(Point(lon, lat)):
            raise _error(f"{code}: the label point ({lon}, {lat}) is not inside the polygon")
        units[code] = (kind, lon, lat, geom)
    order = sorted(ISO_CODES)
    return Regions(iso_code=tuple(order), kind=tuple(units[c][0] for c in order),
                   label_lon=tuple(units[c][1] for c in order), label_lat=tuple(units[c][2] for c in order),
                   geometry=tuple(units[c][3] for c in order))


def load_regions(path: Path | str | None = None) -> gpd.GeoDataFrame:
    """The nine units as a GeoDataFrame (EPSG:4326) indexed 0..8 in ISO-code order.

    Columns: iso_code, kind ("polygon" or "point"), label_lon, label_lat, geometry.
    Raises DataError("regions.geojson", None, None, rule) when the file breaks a rule.
    Default path: regions.geojson in loader.DATA_DIR.
    """
    import geopandas as gpd

    regions = read_regions(path)
    frame = {column: list(getattr(regions, column)) for column in COLUMNS}
    return gpd.GeoDataFrame(frame, geometry=list(regions.geometry), crs=WGS84)


def _units(regions) -> list[tuple[str, str, float, float, object]]:
    """(iso_code, kind, label_lon, label_lat, geometry) of each unit of Regions or a GeoDataFrame."""
    return list(zip(*(list(regions[c]) if isinstance(regions, pd.DataFrame) else getattr(regions, c)
                      for c in (*COLUMNS, "geometry"))))


def _lists(value):
    """GeoJSON coordinates with lists, not tuples (as json would read them back)."""
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


def regions_geojson_dict(regions: Regions | gpd.GeoDataFrame) -> dict:
    """A plain GeoJSON FeatureCollection of the polygon units, `id` = iso_code on each.

    For plotly: `go.Choroplethmap(geojson=..., locations=[iso codes], featureidkey="id")`.
    Points (Osh city) are left out: a choropleth colours areas, the map draws the city
    as a marker.
    """
    features = [{"type": "Feature", "properties": {"iso_code": code}, "geometry": _lists(mapping(geom)), "id": code}
                for code, kind, _, _, geom in _units(regions) if kind == "polygon"]
    return {"type": "FeatureCollection", "features": features}


def label_points(regions: Regions | gpd.GeoDataFrame) -> pd.DataFrame:
    """Where each unit's label goes: iso_code, lon, lat, kind (one row per unit)."""
    units = _units(regions)
    return pd.DataFrame({
        "iso_code": [u[0] for u in units],
        "lon": [float(u[2]) for u in units],
        "lat": [float(u[3]) for u in units],
        "kind": [u[1] for u in units],
    })
