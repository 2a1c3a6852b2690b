"""The regional boundaries in data/regions.geojson, read and validated for the maps.

Eight units are polygons (seven oblasts and Bishkek city); Osh city (KG-GO) has no
boundary in the source and is a point (`kind` = "point"). Every feature carries a label
point (`label_lon`, `label_lat`) inside the unit. scripts/build_boundaries.py writes the
file; data/regions_geometry_source.md says where the geometry comes from.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from analysis import loader
from analysis.loader import DataError

FILE = "regions.geojson"
ISO_CODES = ("KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO")
POINT_CODES = ("KG-GO",)
COLUMNS = ("iso_code", "kind", "label_lon", "label_lat")
# The country's extent with a margin: every coordinate must fall inside it.
EXTENT = (69.0, 39.0, 80.5, 43.5)


def _error(rule: str) -> DataError:
    return DataError(FILE, None, None, rule)


def _crs_of(collection: dict) -> str:
    """The coordinate system a GeoJSON file declares: WGS 84 unless an old-style `crs` member names another."""
    name = (collection.get("crs") or {}).get("properties", {}).get("name", "")
    return "EPSG:4326" if not name or name.endswith(("CRS84", "EPSG::4326", "EPSG:4326")) else name


def load_regions(path: Path | str | None = None) -> gpd.GeoDataFrame:
    """The nine units as a GeoDataFrame (EPSG:4326) indexed 0..8 in ISO-code order.

    Columns: iso_code, kind ("polygon" or "point"), label_lon, label_lat, geometry.
    Raises DataError("regions.geojson", None, None, rule) when the file breaks a rule.
    Default path: regions.geojson in loader.DATA_DIR.
    """
    path = loader.DATA_DIR / FILE if path is None else Path(path)
    if not path.is_file():
        raise _error("the file is missing (run scripts/build_boundaries.py)")
    try:
        # Read as JSON, not through GDAL (gpd.read_file): the server then never loads GDAL's
        # 40 MB for nine shapes.
        collection = json.loads(path.read_text(encoding="utf-8"))
        gdf = gpd.GeoDataFrame.from_features(collection["features"], crs=_crs_of(collection))
    except Exception as error:  # noqa: BLE001 - json, shapely and pyproj raise several kinds
        raise _error(f"not a readable GeoJSON file ({type(error).__name__}: {error})") from None
    missing_columns = [c for c in COLUMNS if c not in gdf.columns]
    if missing_columns:
        raise _error(f"features lack the properties {', '.join(missing_columns)}")
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        raise _error(f"the coordinates must be EPSG:4326 (WGS 84 longitude/latitude), not {gdf.crs}")

    codes = gdf["iso_code"].tolist()
    duplicated = sorted({c for c in codes if codes.count(c) > 1})
    if duplicated:
        raise _error(f"ISO codes present more than once: {', '.join(map(str, duplicated))}")
    unknown = sorted(set(map(str, codes)) - set(ISO_CODES))
    if unknown:
        raise _error(f"unknown ISO codes: {', '.join(unknown)} (expected: {', '.join(ISO_CODES)})")
    absent = [c for c in ISO_CODES if c not in codes]
    if absent:
        raise _error(f"ISO codes missing: {', '.join(absent)}")

    for row in gdf.itertuples():
        geom = row.geometry
        expected = "point" if row.iso_code in POINT_CODES else "polygon"
        if row.kind != expected:
            raise _error(f"{row.iso_code}: kind must be {expected!r}, not {row.kind!r}")
        if geom is None or geom.is_empty:
            raise _error(f"{row.iso_code}: the geometry is empty")
        allowed = ("Point",) if expected == "point" else ("Polygon", "MultiPolygon")
        if geom.geom_type not in allowed:
            raise _error(f"{row.iso_code}: a {expected} unit cannot have a {geom.geom_type} geometry")
        if not geom.is_valid:
            from shapely.validation import explain_validity

            raise _error(f"{row.iso_code}: invalid geometry ({explain_validity(geom)})")
        west, south, east, north = geom.bounds
        if west < EXTENT[0] or south < EXTENT[1] or east > EXTENT[2] or north > EXTENT[3]:
            raise _error(f"{row.iso_code}: coordinates outside the Kyrgyz Republic "
                         f"(bounds {west:.2f}, {south:.2f}, {east:.2f}, {north:.2f}; are they lon/lat?)")
        try:
            lon, lat = float(row.label_lon), float(row.label_lat)
        except (TypeError, ValueError):
            lon = lat = math.nan
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise _error(f"{row.iso_code}: label_lon and label_lat must be numbers")
        if expected == "polygon" and not geom.contains(Point(lon, lat)):
            raise _error(f"{row.iso_code}: the label point ({lon}, {lat}) is not inside the polygon")
    order = {code: i for i, code in enumerate(sorted(ISO_CODES))}
    gdf = gdf.sort_values("iso_code", key=lambda s: s.map(order)).reset_index(drop=True)
    return gdf[[*COLUMNS, "geometry"]]


def regions_geojson_dict(gdf: gpd.GeoDataFrame) -> dict:
    """A plain GeoJSON FeatureCollection of the polygon units, `id` = iso_code on each.

    For plotly: `go.Choroplethmap(geojson=..., locations=[iso codes], featureidkey="id")`.
    Points (Osh city) are left out: a choropleth colours areas, the map draws the city
    as a marker.
    """
    polygons = gdf[gdf["kind"] == "polygon"]
    collection = json.loads(polygons[["iso_code", "geometry"]].to_json(drop_id=True))
    for feature in collection["features"]:
        feature["id"] = feature["properties"]["iso_code"]
    return {"type": "FeatureCollection", "features": collection["features"]}


def label_points(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    """Where each unit's label goes: iso_code, lon, lat, kind (one row per unit)."""
    return pd.DataFrame({
        "iso_code": gdf["iso_code"].to_numpy(),
        "lon": gdf["label_lon"].astype(float).to_numpy(),
        "lat": gdf["label_lat"].astype(float).to_numpy(),
        "kind": gdf["kind"].to_numpy(),
    })
