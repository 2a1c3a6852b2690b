"""Build data/regions.geojson: the boundaries of the Kyrgyz Republic's nine regional units.

The geometry is the first-level layer of the Common Operational Dataset of administrative
boundaries (HDX COD-AB, `kgz_admbnda_adm1_moes_20181119`, Ministry of Emergency Situations of
the Kyrgyz Republic / OCHA, CC BY 3.0 IGO), as kept in ../shared/sources/hdx-boundaries/
(see its SOURCE.md): seven oblasts, Bishkek city and Osh city, all polygons.

    .venv/bin/python scripts/build_boundaries.py                       # ../shared's copy
    .venv/bin/python scripts/build_boundaries.py --source kgz_admin1.geojson

The source was rebuilt from vector tiles, so neighbours overlap by slivers and leave hairline
gaps; the build cleans the coverage, simplifies it as one topology (shared borders stay
shared), rounds the coordinates and checks the result still tiles the country with the
source's own holes (the enclaves) and nothing more. The output is byte-identical for the same
input (features sorted by ISO code, fixed precision, no timestamps) and written atomically.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "sources" / "hdx-boundaries" / "kgz_admin1.geojson"
DEFAULT_OUTPUT = ROOT / "data" / "regions.geojson"
REGIONS_CSV = ROOT / "data" / "regions.csv"      # iso_code <-> sdmx_code, the pcode's first four characters

ATTRIBUTION = ("Boundaries: Ministry of Emergency Situations of the Kyrgyz Republic / OCHA (HDX COD-AB), "
               "CC BY 3.0 IGO")
LICENCE = "CC BY 3.0 IGO"
LICENCE_URL = "https://creativecommons.org/licenses/by/3.0/igo/"
DATASET = "HDX COD-AB kgz_admbnda_adm1_moes_20181119 (first-level units, valid 2018-11-19)"
# CC BY asks that changes be indicated.
CHANGES = ("slivers and overlaps between units cleaned, borders simplified as one coverage, "
           "coordinates rounded to 0.0001 degree")

# Gaps narrower than this (degrees, about 200 m) are slivers left by the tiles and are given to
# a neighbour; the source's real holes, the enclaves, are 0.011 degree wide and more.
GAP_WIDTH = 0.002
# Visvalingam-Whyatt tolerance (degrees: a vertex goes when the triangle it makes with its
# neighbours is smaller than this squared). On the 900 px country map (63 px per degree) 0.005
# degree is a third of a pixel; in Osh city's inset (570-740 px per degree) 3-4 px. About 5,500
# vertices, ~100 kB, from 68,000 (2.2 MB).
SIMPLIFY_TOLERANCE = 0.005
DECIMALS = 4                      # 1e-4 degree is about 10 m on the ground
GRID = 10.0 ** -DECIMALS
MAX_BYTES = 300_000               # the app sends every map's polygons to the browser


def fail(message: str) -> None:
    print(f"build_boundaries: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- reading ----------------------------------------------------------------------------

def sdmx_to_iso(regions_csv: Path = REGIONS_CSV) -> dict[str, str]:
    """The regional units' SDMX codes (KG02 ...) -> ISO 3166-2 codes, from data/regions.csv."""
    with regions_csv.open(encoding="utf-8", newline="") as handle:
        return {row["sdmx_code"]: row["iso_code"] for row in csv.DictReader(handle) if row["kind"] != "country"}


def read_units(source: Path) -> list[tuple[str, object]]:
    """(iso_code, polygon) of the nine units, sorted by ISO code."""
    from shapely.geometry import shape
    from shapely.validation import explain_validity

    try:
        collection = json.loads(source.read_text(encoding="utf-8"))
        features = collection["features"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        fail(f"{source}: not a readable GeoJSON FeatureCollection ({type(error).__name__}: {error})")
    # The licence travels with the data: refuse a copy that no longer says it is CC BY 3.0 IGO.
    if LICENCE not in str(collection.get("note", "")):
        fail(f"{source}: its 'note' does not name the licence {LICENCE!r}; check the source before using it")
    codes = sdmx_to_iso()
    units, unmatched = {}, []
    for number, feature in enumerate(features, 1):
        pcode = str((feature.get("properties") or {}).get("pcode", ""))
        code = codes.get(pcode[:4]) if len(pcode) == 13 and pcode[4:] == "0" * 9 else None
        if code is None:
            unmatched.append(f"feature {number} (pcode {pcode!r})")
            continue
        if code in units:
            fail(f"{source}: more than one feature has pcode {pcode} ({code})")
        try:
            geom = shape(feature["geometry"])
        except Exception as error:  # noqa: BLE001 - shapely raises several kinds
            fail(f"{source}: {code} ({pcode}): unreadable geometry ({error})")
        if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
            fail(f"{source}: {code} ({pcode}): a {geom.geom_type}, expected a polygon")
        if not geom.is_valid:
            fail(f"{source}: {code} ({pcode}): invalid geometry ({explain_validity(geom)})")
        west, south, east, north = geom.bounds
        if west < 69 or east > 81 or south < 39 or north > 44:
            fail(f"{source}: {code} ({pcode}): outside the Kyrgyz Republic (are the coordinates lon/lat?)")
        units[code] = geom
    if unmatched:
        fail(f"{source}: features that match no unit of data/regions.csv: {', '.join(unmatched)} "
             f"(known pcodes: {', '.join(f'{s}000000000' for s in sorted(codes))})")
    missing = sorted(set(codes.values()) - set(units))
    if missing:
        fail(f"{source}: no feature for {', '.join(missing)}")
    return sorted(units.items())


# --- geometry ---------------------------------------------------------------------------

def holes(geom) -> list:
    """The holes of a polygonal geometry, as polygons."""
    from shapely.geometry import Polygon

    return [Polygon(r) for p in getattr(geom, "geoms", [geom]) for r in p.interiors]


def simplify(units: list[tuple[str, object]]) -> list:
    """Cleaned, coverage-simplified and rounded polygons, in the order of units; the build stops
    unless they are valid, do not overlap, and leave only the source's own holes."""
    import shapely

    codes, source = [c for c, _ in units], [g for _, g in units]
    geoms = shapely.coverage_clean(source, gap_width=GAP_WIDTH)
    geoms = shapely.coverage_simplify(geoms, SIMPLIFY_TOLERANCE)
    geoms = shapely.set_precision(geoms, GRID)
    out = []
    for code, geom in zip(codes, geoms):
        if geom.is_empty or not geom.is_valid or geom.geom_type not in ("Polygon", "MultiPolygon"):
            fail(f"{code}: the simplified geometry is empty, invalid or not a polygon")
        if geom.geom_type == "MultiPolygon" and len(geom.geoms) == 1:
            geom = geom.geoms[0]
        out.append(shapely.normalize(geom))
    if not shapely.coverage_is_valid(out):
        fail("the simplified units overlap or do not share their borders exactly")
    check_holes(source, out)
    return out


def check_holes(source: list, built: list) -> None:
    """The union of the built units has one hole for each real hole of the source's union (the
    enclaves), each in the same place, and no other: no slivers between neighbours."""
    import shapely

    wanted = [h for h in holes(shapely.union_all(source))
              if 2 * shapely.maximum_inscribed_circle(h).length >= GAP_WIDTH]     # wider than a sliver
    found = holes(shapely.coverage_union_all(built))
    unmatched = [h for h in found if not any(h.intersects(w) for w in wanted)]
    lost = [w for w in wanted if not any(w.intersects(h) for h in found)]
    if unmatched or lost or len(found) != len(wanted):
        fail(f"the units' union has {len(found)} holes where the source has {len(wanted)} "
             f"({len(unmatched)} new, {len(lost)} lost): slivers or a lost enclave")


def label_point(geom) -> tuple[float, float]:
    """A point well inside the unit (pole of inaccessibility of its largest part)."""
    from shapely.geometry import Point
    from shapely.ops import polylabel

    part = max(getattr(geom, "geoms", [geom]), key=lambda p: p.area)
    point = polylabel(part, tolerance=GRID)
    lon, lat = round(point.x, DECIMALS), round(point.y, DECIMALS)
    if not geom.contains(Point(lon, lat)):
        point = geom.representative_point()
        lon, lat = round(point.x, DECIMALS), round(point.y, DECIMALS)
    return lon, lat


# --- writing ----------------------------------------------------------------------------

def number(value: float) -> str:
    text = f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def ring(coords) -> str:
    return "[" + ",".join(f"[{number(x)},{number(y)}]" for x, y in coords) + "]"


def geometry_json(geom) -> str:
    def polygon(p):
        return "[" + ",".join(ring(r.coords) for r in (p.exterior, *p.interiors)) + "]"

    if geom.geom_type == "Polygon":
        return f'{{"type":"Polygon","coordinates":{polygon(geom)}}}'
    return '{"type":"MultiPolygon","coordinates":[' + ",".join(polygon(p) for p in geom.geoms) + "]}"


def feature_json(code: str, geom, label: tuple[float, float]) -> str:
    properties = f'{{"iso_code":"{code}","label_lon":{number(label[0])},"label_lat":{number(label[1])}}}'
    return f'{{"type":"Feature","properties":{properties},"geometry":{geometry_json(geom)}}}'


def build(source: Path) -> str:
    units = read_units(source)
    features = [feature_json(code, geom, label_point(geom)) for (code, _), geom in zip(units, simplify(units))]
    head = json.dumps({"type": "FeatureCollection", "attribution": ATTRIBUTION, "licence": LICENCE,
                       "licence_url": LICENCE_URL, "dataset": DATASET, "changes": CHANGES,
                       "source_sha256": sha256(source)}, ensure_ascii=False, separators=(",", ":"))
    # One feature per line: small diffs when the source changes.
    text = head[:-1] + ',"features":[\n' + ",\n".join(features) + "\n]}\n"
    if len(text.encode()) > MAX_BYTES:
        fail(f"the output would be {len(text.encode())} bytes, over {MAX_BYTES}: raise SIMPLIFY_TOLERANCE")
    return text


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, metavar="PATH",
                        help="the HDX COD-AB admin-1 GeoJSON (default: ../shared/sources/hdx-boundaries/kgz_admin1.geojson)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, metavar="PATH",
                        help=f"where to write the GeoJSON (default: {DEFAULT_OUTPUT.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    if not args.source.is_file():
        fail(f"--source {args.source}: no such file")
    print(f"source file: {args.source} (sha256 {sha256(args.source)})")
    text = build(args.source)
    write_atomic(args.output, text)
    count = text.count('"type":"Feature"')
    print(f"wrote {args.output} ({len(text.encode())} bytes, {count} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
