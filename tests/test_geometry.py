"""The regional boundaries (data/regions.geojson), their build, and the offline choropleth."""
from __future__ import annotations

import functools
import http.server
import itertools
import json
import math
import os
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go
import pytest
import shapely
from plotly.colors import sample_colorscale
from shapely.geometry import Point, Polygon, box

import build_boundaries
from analysis import geometry, maps
from analysis.loader import DataError
from tests.conftest import DATA, ROOT, SHARED

REGIONS = DATA / "regions.geojson"
NINE = {"KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO"}
ATTRIBUTION = ("Boundaries: Ministry of Emergency Situations of the Kyrgyz Republic / OCHA (HDX COD-AB), "
               "CC BY 3.0 IGO")
CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = ROOT / "test-output" / "maps"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
NAMES = {"KG-B": "Batken oblast", "KG-J": "Jalal-Abad oblast", "KG-Y": "Issyk-Kul oblast",
         "KG-N": "Naryn oblast", "KG-O": "Osh oblast", "KG-T": "Talas oblast", "KG-C": "Chui oblast",
         "KG-GB": "Bishkek city", "KG-GO": "Osh city"}
# Talas is missing: it must come out grey, not as the scale's low end.
VALUES = pd.Series({"KG-B": 31.2, "KG-J": 33.9, "KG-Y": 27.5, "KG-N": 30.1, "KG-O": 24.6,
                    "KG-T": math.nan, "KG-C": 18.2, "KG-GB": 15.4, "KG-GO": 22.0, "KG": 25.0})
SIZES = [(maps.WIDTH, maps.HEIGHT), (1100, 620)]          # the pages' map and the presentation's


@pytest.fixture(scope="module")
def regions() -> gpd.GeoDataFrame:
    return geometry.load_regions()


def traces(fig, kind):
    return [t for t in fig.data if isinstance(t, kind)]


def by_uid(fig, uid):
    (trace,) = [t for t in fig.data if t.uid == uid]
    return trace


def union_holes(geoms) -> list[Polygon]:
    """The holes of the units' union (anything the units leave uncovered inside the country)."""
    union = shapely.union_all(list(geoms))
    return [Polygon(r) for p in getattr(union, "geoms", [union]) for r in p.interiors]


def width_of(hole: Polygon) -> float:
    """The diameter of the largest circle inside a hole, in degrees."""
    return 2 * shapely.maximum_inscribed_circle(hole).length


# --- the layer ------------------------------------------------------------------------

def test_layer_has_the_nine_units_once_as_polygons(regions):
    assert sorted(regions["iso_code"]) == sorted(NINE)
    assert list(regions["iso_code"]) == sorted(NINE)
    assert regions.crs.to_epsg() == 4326
    assert set(regions.geom_type) <= {"Polygon", "MultiPolygon"}


def test_polygons_are_valid_and_hold_their_label_points(regions):
    for row in regions.itertuples():
        assert row.geometry.is_valid, row.iso_code
        assert row.geometry.contains(Point(row.label_lon, row.label_lat)), row.iso_code


def test_units_share_their_borders_without_overlaps_or_gaps(regions):
    shapes = list(regions.geometry)                   # areas in square degrees: only compared
    assert shapely.coverage_is_valid(shapes)           # shared borders are the same line
    for (a, ga), (b, gb) in itertools.combinations(zip(regions.iso_code, shapes), 2):
        assert ga.intersection(gb).area < 1e-9, (a, b)
    assert shapely.union_all(shapes).area == pytest.approx(sum(g.area for g in shapes), rel=1e-9)
    # The only holes are the source's enclaves inside Batken oblast: no slivers between units.
    holes = union_holes(shapes)
    assert len(holes) == 4 and all(width_of(h) > 0.01 for h in holes)
    batken = regions.set_index("iso_code").geometry["KG-B"]
    assert batken.geom_type == "Polygon" and all(Polygon(batken.exterior).contains(h) for h in holes)


def test_country_extent_is_the_kyrgyz_republic(regions):
    west, south, east, north = regions.total_bounds
    assert 69.0 < west < 69.5 and 39.0 < south < 39.4 and 80.0 < east < 80.5 and 43.0 < north < 43.5


def test_bishkek_is_a_polygon_inside_chui(regions):
    shapes = regions.set_index("iso_code").geometry
    bishkek, chui = shapes["KG-GB"], shapes["KG-C"]
    assert bishkek.area > 0.01                        # a real polygon, roughly 17 x 26 km
    assert bishkek.centroid.distance(Point(74.59, 42.87)) < 0.1
    assert not bishkek.overlaps(chui) and bishkek.touches(chui)


def test_osh_city_is_a_polygon_beside_osh_oblast(regions):
    shapes = regions.set_index("iso_code").geometry
    osh_city, osh_oblast = shapes["KG-GO"], shapes["KG-O"]
    assert osh_city.geom_type in ("Polygon", "MultiPolygon")
    assert 0.003 < osh_city.area < 0.006              # about 0.004 square degrees, as the source
    assert osh_city.centroid.distance(Point(72.78, 40.53)) < 0.1
    assert osh_city.touches(osh_oblast) and not osh_city.overlaps(osh_oblast)


def test_file_is_small_and_carries_its_licence():
    assert REGIONS.stat().st_size <= 300_000
    collection = json.loads(REGIONS.read_text(encoding="utf-8"))
    assert collection["attribution"] == ATTRIBUTION
    assert collection["licence"] == "CC BY 3.0 IGO" and collection["changes"]
    assert geometry.read_regions().attribution == ATTRIBUTION
    assert geometry.load_regions().attrs["attribution"] == ATTRIBUTION


def test_geojson_dict_for_plotly(regions):
    collection = geometry.regions_geojson_dict(regions)
    assert collection["type"] == "FeatureCollection"
    ids = [f["id"] for f in collection["features"]]
    assert sorted(ids) == sorted(NINE)
    assert all(f["properties"]["iso_code"] == f["id"] for f in collection["features"])
    json.dumps(collection)                             # plain JSON, nothing numpy
    # Clipped to a box round Osh city: only the units there, cut to the box.
    around = (72.5, 40.4, 73.0, 40.7)
    clipped = geometry.regions_geojson_dict(regions, clip=around)
    assert {"KG-GO", "KG-O"} <= {f["id"] for f in clipped["features"]} < NINE
    assert all(box(*around).buffer(1e-9).contains(shapely.geometry.shape(f["geometry"]))
               for f in clipped["features"])


def test_label_points(regions):
    labels = geometry.label_points(regions)
    assert list(labels.columns) == ["iso_code", "lon", "lat"]
    assert sorted(labels.iso_code) == sorted(NINE)


def test_light_reader_gives_the_same_units(regions):
    light = geometry.read_regions()
    assert list(light.iso_code) == list(regions["iso_code"])
    assert all(a.equals(b) for a, b in zip(light.geometry, regions.geometry))
    assert light.total_bounds == tuple(float(b) for b in regions.total_bounds)
    assert geometry.regions_geojson_dict(light) == geometry.regions_geojson_dict(regions)
    assert geometry.label_points(light).equals(geometry.label_points(regions))


def test_the_app_draws_its_maps_without_geopandas():
    # geopandas and pyproj took a third of the Overview's first run; the maps need neither.
    script = ("import sys; from streamlit.testing.v1 import AppTest; "
              "at = AppTest.from_file('app.py', default_timeout=60); at.query_params['lang'] = 'en'; at.run(); "
              "from analysis.overview_view import HEADLINES; "
              "assert not at.exception and len(at.get('plotly_chart')) == len(HEADLINES) + 1; "   # sparklines, map
              "print(sorted(m for m in ('geopandas', 'pyproj', 'fiona', 'pyogrio') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


def _broken(tmp_path, change) -> Path:
    collection = json.loads(REGIONS.read_text(encoding="utf-8"))
    change(collection)
    path = tmp_path / "regions.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


# Features in ISO-code order: 0 KG-B, 1 KG-C, 2 KG-GB, 3 KG-GO, ...
@pytest.mark.parametrize("change, rule", [
    (lambda c: c["features"].pop(0), "missing: KG-B"),
    (lambda c: c["features"].append(c["features"][0]), "more than once: KG-B"),
    (lambda c: c["features"][0]["properties"].update(iso_code="KG-X"), "unknown ISO codes: KG-X"),
    (lambda c: c["features"][2]["geometry"].update(  # a bow tie
        coordinates=[[[74.5, 42.8], [74.7, 42.9], [74.7, 42.8], [74.5, 42.9], [74.5, 42.8]]]),
     "invalid geometry"),
    (lambda c: c.update(crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}),
     "EPSG:4326"),
    (lambda c: c["features"][3].update(geometry={"type": "Point", "coordinates": [72.8, 40.53]}),
     "KG-GO: a unit must be a Polygon or MultiPolygon"),
    (lambda c: c.pop("attribution"), "attribution"),
    (lambda c: c["features"][2].update(geometry=json.loads(shapely.to_geojson(box(74.4, 42.7, 74.8, 43.0)))),
     "overlap"),                                       # Bishkek spread over Chui
])
def test_broken_layer_is_refused(tmp_path, change, rule):
    with pytest.raises(DataError) as error:
        geometry.load_regions(_broken(tmp_path, change))
    assert error.value.file == "regions.geojson" and error.value.line is None
    assert rule in error.value.rule


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(DataError, match="missing"):
        geometry.load_regions(tmp_path / "regions.geojson")


# --- the build ------------------------------------------------------------------------

# A kgz_admin1.geojson stand-in: 1-degree cells as the tiles would give them. Talas overlaps
# Chui by a sliver and Jalal-Abad stops short of Naryn by a hairline gap; Batken has an enclave.
CELLS = {"KG07000000000": box(71, 42, 72.0001, 43),                                    # Talas
         "KG08000000000": box(72, 42, 73, 43).difference(box(72.4, 42.4, 72.6, 42.6)),  # Chui, Bishkek's hole
         "KG11000000000": box(72.4, 42.4, 72.6, 42.6),                                 # Bishkek
         "KG02000000000": box(73, 42, 74, 43),                                          # Issyk-Kul
         "KG03000000000": box(71, 41, 71.9999, 42),                                     # Jalal-Abad
         "KG04000000000": box(72, 41, 74, 42),                                          # Naryn
         "KG05000000000": box(70, 40, 71.5, 41).difference(box(70.4, 40.4, 70.6, 40.6)),  # Batken, an enclave
         "KG06000000000": box(71.5, 40, 73, 41).difference(box(72.2, 40.4, 72.4, 40.6)),  # Osh oblast
         "KG21000000000": box(72.2, 40.4, 72.4, 40.6)}                                 # Osh city
NOTE = "Rebuilt from tiles; source HDX COD-AB, CC BY 3.0 IGO"


def _synthetic_source(path: Path, cells=None, note=NOTE) -> Path:
    cells = CELLS if cells is None else cells
    features = [{"type": "Feature", "properties": {"pcode": pcode, "name_en": pcode},
                 "geometry": json.loads(shapely.to_geojson(geom))} for pcode, geom in cells.items()]
    path.write_text(json.dumps({"type": "FeatureCollection", "note": note, "features": features}), encoding="utf-8")
    return path


def _check_built(path: Path, source: Path) -> gpd.GeoDataFrame:
    """What every build must give: nine valid units that tile the source's area, with its holes."""
    built = geometry.load_regions(path)
    assert sorted(built.iso_code) == sorted(NINE) and path.stat().st_size <= 300_000
    assert built.attrs["attribution"] == ATTRIBUTION
    shapes = list(built.geometry)
    assert shapely.coverage_is_valid(shapes)
    assert shapely.union_all(shapes).area == pytest.approx(sum(g.area for g in shapes), rel=1e-9)
    source_shapes = [shapely.geometry.shape(f["geometry"])
                     for f in json.loads(source.read_text(encoding="utf-8"))["features"]]
    real = [h for h in union_holes(source_shapes) if width_of(h) >= build_boundaries.GAP_WIDTH]
    holes = union_holes(shapes)
    assert len(holes) == len(real) and all(any(h.intersects(r) for r in real) for h in holes)
    return built


def test_build_cleans_the_coverage_and_is_byte_identical(tmp_path, capsys):
    source = _synthetic_source(tmp_path / "kgz_admin1.geojson")
    first, second = tmp_path / "a.geojson", tmp_path / "b.geojson"
    assert build_boundaries.main(["--source", str(source), "--output", str(first)]) == 0
    assert build_boundaries.main(["--source", str(source), "--output", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert "sha256" in capsys.readouterr().out
    built = _check_built(first, source).set_index("iso_code").geometry
    assert len(union_holes(built)) == 1                 # the enclave stays; the hairline gap went
    assert built["KG-T"].intersection(built["KG-C"]).area == 0 and built["KG-J"].touches(built["KG-N"])
    assert built["KG-GO"].equals(box(72.2, 40.4, 72.4, 40.6).normalize())
    assert not list(tmp_path.glob(".*.tmp"))           # the atomic write left nothing behind


@pytest.mark.parametrize("change, message", [
    (lambda cells: cells.pop("KG07000000000"), "no feature for KG-T"),
    (lambda cells: cells.update({"KG99000000000": box(69, 39, 69.5, 39.5)}), "match no unit"),
    (lambda cells: cells.update({"KG0400000000": box(69, 39, 69.5, 39.5)}), "match no unit"),
    (lambda cells: cells.update({"KG21000000000": Point(72.3, 40.5)}), "a Point, expected a polygon"),
    (lambda cells: cells.update({"KG11000000000": box(72.4, 42.4, 72.6, 42.6).boundary}), "expected a polygon"),
])
def test_build_refuses_a_missing_or_unmatched_unit(tmp_path, capsys, change, message):
    cells = dict(CELLS)
    change(cells)
    source = _synthetic_source(tmp_path / "kgz_admin1.geojson", cells)
    output = tmp_path / "regions.geojson"
    with pytest.raises(SystemExit) as stop:
        build_boundaries.main(["--source", str(source), "--output", str(output)])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err
    assert not output.exists()


def test_build_refuses_a_source_that_lost_its_licence(tmp_path, capsys):
    source = _synthetic_source(tmp_path / "kgz_admin1.geojson", note="Rebuilt from tiles")
    with pytest.raises(SystemExit):
        build_boundaries.main(["--source", str(source), "--output", str(tmp_path / "out.geojson")])
    assert "CC BY 3.0 IGO" in capsys.readouterr().err


def test_build_refuses_a_duplicate_unit(tmp_path, capsys):
    source = _synthetic_source(tmp_path / "kgz_admin1.geojson")
    collection = json.loads(source.read_text(encoding="utf-8"))
    collection["features"].append(collection["features"][0])
    source.write_text(json.dumps(collection), encoding="utf-8")
    with pytest.raises(SystemExit):
        build_boundaries.main(["--source", str(source), "--output", str(tmp_path / "out.geojson")])
    assert "more than one feature has pcode KG07000000000" in capsys.readouterr().err


def _real_source() -> Path | None:
    for candidate in (os.environ.get("KG_BOUNDARIES_SOURCE"), SHARED / "sources" / "hdx-boundaries" / "kgz_admin1.geojson"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


@pytest.mark.skipif(_real_source() is None, reason="../shared/sources/hdx-boundaries/kgz_admin1.geojson is not beside "
                    "the repository (nor KG_BOUNDARIES_SOURCE set): the boundaries cannot be rebuilt here")
def test_data_file_is_what_the_build_makes(tmp_path):
    first, second = tmp_path / "a.geojson", tmp_path / "b.geojson"
    assert build_boundaries.main(["--source", str(_real_source()), "--output", str(first)]) == 0
    assert build_boundaries.main(["--source", str(_real_source()), "--output", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes() == REGIONS.read_bytes()
    _check_built(first, _real_source())


# --- the figure -----------------------------------------------------------------------

def test_choropleth_traces(regions):
    fig = maps.choropleth(VALUES, NAMES, "Poverty rate, 2023", "% of population")
    assert not any(isinstance(t, (go.Choropleth, go.Scattergeo)) for t in fig.data)
    assert len(traces(fig, go.Choroplethmap)) == 4 and len(traces(fig, go.Scattermap)) == 2
    for layout in (fig.layout.map, fig.layout.map2):
        assert layout.style == "white-bg" and not layout.layers
    assert not any("text" in (t.mode or "") for t in traces(fig, go.Scattermap))   # no glyphs
    shown, missing = by_uid(fig, "values"), by_uid(fig, "missing")
    assert {shown.subplot, missing.subplot} == {"map"}
    assert set(shown.locations) | set(missing.locations) == NINE          # Osh city among them
    assert dict(zip(shown.locations, shown.z)) == {c: VALUES[c] for c in shown.locations}
    assert shown.featureidkey == "id" and {f["id"] for f in shown.geojson["features"]} == set(shown.locations)
    assert shown.showscale and shown.colorscale == go.Choroplethmap(colorscale="Viridis").colorscale
    assert (shown.zmin, shown.zmax) == (15.4, 33.9)
    low_osh_city = maps.choropleth(VALUES.replace(22.0, 2.0), NAMES, "t", "%")
    assert by_uid(low_osh_city, "values").zmin == 2.0  # the scale covers Osh city's value too
    centre = fig.layout.map.center
    assert 74 < centre.lon < 75.5 and 40.8 < centre.lat < 41.7 and 5 < fig.layout.map.zoom < 6


def test_missing_region_is_grey_never_a_value():
    fig = maps.choropleth(VALUES, NAMES, "t", "%", missing_label="no data")
    shown, missing = by_uid(fig, "values"), by_uid(fig, "missing")
    assert "KG-T" not in shown.locations and list(missing.locations) == ["KG-T"]
    assert {c for _, c in missing.colorscale} == {maps.MISSING_COLOR} and not missing.showscale
    assert "no data" in missing.customdata[0][1]
    label = [a for a in fig.layout.annotations if a.name == "KG-T"][0]
    assert "no data" in label.text
    assert any(a.name == "missing-key" for a in fig.layout.annotations)


def test_zero_is_a_value_and_absent_units_are_missing():
    fig = maps.choropleth(pd.Series({"KG-B": 0.0, "KG-N": 5.0}), NAMES, "t", "%")
    assert set(by_uid(fig, "values").locations) == {"KG-B", "KG-N"}
    assert set(by_uid(fig, "missing").locations) == NINE - {"KG-B", "KG-N"}
    assert "KG-GO" in by_uid(fig, "inset-missing").locations and by_uid(fig, "inset-values").visible is False


@pytest.mark.parametrize("width, height", SIZES)
def test_osh_city_is_zoomed_in_an_inset_on_the_same_scale(regions, width, height):
    fig = maps.choropleth(VALUES, NAMES, "t", "%", reverse_colors=True, width=width, height=height)
    shown, inset = by_uid(fig, "values"), by_uid(fig, "inset-values")
    assert inset.subplot == "map2" and {"KG-GO", "KG-O"} <= set(inset.locations)
    assert dict(zip(inset.locations, inset.z))["KG-GO"] == 22.0
    assert (inset.zmin, inset.zmax) == (shown.zmin, shown.zmax) and not inset.showscale
    assert inset.colorscale == shown.colorscale and inset.reversescale and shown.reversescale
    hover = dict(zip(inset.locations, inset.customdata))
    assert hover["KG-GO"][0] == "Osh city" and hover["KG-GO"][1].endswith("22.0")
    # The inset shows the whole city, large: at least 8 times as many pixels per degree.
    city = regions.set_index("iso_code").geometry["KG-GO"]
    b = fig.layout.map2.bounds
    assert box(b.west, b.south, b.east, b.north).contains(city)
    assert fig.layout.map2.zoom - fig.layout.map.zoom > math.log2(8)
    # It sits on the country map where no unit is (the south-east corner is China) ...
    view = (fig.layout.map.center.lon, fig.layout.map.center.lat, fig.layout.map.zoom)
    footprint = box(*maps.inset_footprint(view, width, height))
    assert footprint.intersection(shapely.union_all(list(regions.geometry))).area == 0
    assert tuple(fig.layout.map2.domain.x) == maps.inset_domain(width, height)[0]
    # ... and a box on the country map frames the city, with a leader to the inset's corner.
    locator = by_uid(fig, "locator")
    frame = box(min(locator.lon[:5]), min(locator.lat[:5]), max(locator.lon[:5]), max(locator.lat[:5]))
    assert frame.contains(city) and frame.area < 4 * box(*city.bounds).area
    assert (locator.lon[-1], locator.lat[-1]) == pytest.approx((footprint.bounds[0], footprint.bounds[3]))
    assert by_uid(fig, "inset-outline").subplot == "map2"


def test_labels_and_hover_carry_names_and_values():
    fig = maps.choropleth(VALUES, NAMES, "t", "%", number_format=",.2f")
    labels = {a.name: a for a in fig.layout.annotations if a.name in NINE}
    assert set(labels) == NINE
    assert "Naryn oblast" in labels["KG-N"].text and "30.10" in labels["KG-N"].text
    assert labels["KG-GB"].showarrow
    map_w, map_h = maps.map_pixels()
    for code, a in labels.items():                     # every label falls on the map ...
        if code != "KG-GO":
            assert abs(a.xshift) < map_w / 2 and abs(a.yshift) < map_h / 2
    (x0, x1), (y0, y1) = maps.inset_domain()          # ... Osh city's in its inset
    osh = labels["KG-GO"]
    assert (osh.x, osh.y) == (x0, y1) and "Osh city" in osh.text and "22.00" in osh.text
    hover = dict(zip(by_uid(fig, "values").locations, by_uid(fig, "values").customdata))
    assert hover["KG-C"][0] == "Chui oblast" and hover["KG-C"][1].endswith("18.20")
    assert hover["KG-GO"][0] == "Osh city" and hover["KG-GO"][1].endswith("22.00")


def test_the_attribution_is_under_every_map(regions):
    def attribution(fig):
        (note,) = [a for a in fig.layout.annotations if a.name == "attribution"]
        assert note.y == 0 and note.yanchor == "top" and note.yref == "paper"
        return note.text

    assert attribution(maps.choropleth(VALUES, NAMES, "t", "%")) == ATTRIBUTION
    assert attribution(maps.choropleth(pd.Series(dtype=float), NAMES, "t", "%")) == ATTRIBUTION
    words = "Границы: Министерство чрезвычайных ситуаций Кыргызской Республики / OCHA (HDX COD-AB), CC BY 3.0 IGO"
    assert attribution(maps.choropleth(VALUES, NAMES, "t", "%", attribution=words, width=1100, height=620)) == words


def test_everything_missing_still_draws():
    fig = maps.choropleth(pd.Series(dtype=float), NAMES, "t", "%")
    assert by_uid(fig, "values").visible is False and len(by_uid(fig, "missing").locations) == 9


@pytest.mark.parametrize("values, error", [
    (pd.Series({"KG-Q": 1.0}), ValueError),
    (pd.Series([1.0, 2.0], index=["KG-B", "KG-B"]), ValueError),
    ({"KG-B": 1.0}, TypeError),
])
def test_bad_values_are_refused(values, error):
    with pytest.raises(error):
        maps.choropleth(values, NAMES, "t", "%")


def test_country_fits_the_map():
    view = maps.fit_view(tuple(geometry.load_regions().total_bounds))
    west, south, east, north = maps.view_bounds(*view)
    r_west, r_south, r_east, r_north = geometry.load_regions().total_bounds
    assert west < r_west and east > r_east and south < r_south and north > r_north
    # ... and fills it: the country spans most of the width.
    assert (r_east - r_west) / (east - west) > 0.85


# --- in a browser ---------------------------------------------------------------------

def _is_local(url: str) -> bool:
    if url.startswith(("data:", "about:")):
        return True
    if url.startswith("blob:"):
        url = url[len("blob:"):]
    parsed = urlparse(url)
    return parsed.scheme == "file" or parsed.hostname in LOCAL_HOSTS


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A local HTTP server for the figure's HTML. (Chromium does not draw a MapLibre map
    opened from file://: its worker, a blob: of the null origin, never loads the style.)"""
    directory = tmp_path_factory.mktemp("maps")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield directory, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (python3 scripts/dev.py test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


MAP_STATE = """() => {
  const gd = document.querySelector('.js-plotly-plot');
  if (!gd || !gd._fullLayout || !gd._fullLayout.map) return null;
  const state = {};
  for (const name of ['map', 'map2'].filter(n => gd._fullLayout[n])) {
    const subplot = gd._fullLayout[name]._subplot;
    if (!subplot.map.loaded()) return null;
    const box = subplot.div.getBoundingClientRect();
    const c = subplot.map.getCenter();
    state[name] = {lon: c.lng, lat: c.lat, zoom: subplot.map.getZoom(), x: box.x, y: box.y, w: box.width, h: box.height};
  }
  return state;
}"""


def _open(browser, served, fig, name):
    """Draw fig in Chromium; every request is recorded and any leaving localhost blocked."""
    directory, base = served
    fig.write_html(directory / f"{name}.html", include_plotlyjs=True, config=maps.MAP_CONFIG)
    context = browser.new_context(viewport={"width": 920, "height": 520})
    requests, errors = [], []
    context.on("request", lambda request: requests.append(request.url))
    context.route("**/*", lambda route: route.continue_() if _is_local(route.request.url) else route.abort())
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}/{name}.html")
    state = page.wait_for_function(MAP_STATE, timeout=30_000).json_value()
    page.wait_for_timeout(400)
    return context, page, state, requests, errors


def _pixel(image, x, y):
    return image.getpixel((round(x), round(y)))[:3]


def _close(color, expected, tolerance=10):
    return all(abs(a - b) <= tolerance for a, b in zip(color, expected))


def _hex(color: str):
    if color.startswith("#"):
        return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))
    return tuple(int(float(v)) for v in color[color.index("(") + 1:-1].split(","))[:3]


def _sample_point(polygon, avoid, view):
    """A point well inside polygon, far (in pixels) from every label and city marker."""
    inner = polygon.buffer(-0.06)
    west, south, east, north = inner.bounds
    best, best_distance = None, -1.0
    for i in range(1, 20):
        for j in range(1, 20):
            point = Point(west + (east - west) * i / 20, south + (north - south) * j / 20)
            if not inner.contains(point):
                continue
            px = maps.pixel_offset(point.x, point.y, view)
            distance = min(math.dist(px, a) for a in avoid)
            if distance > best_distance:
                best, best_distance = (point, px), distance
    return best


def _on_screen(state, view, lon, lat):
    """Where a point of a map at view falls in the page's pixels."""
    dx, dy = maps.pixel_offset(lon, lat, view)
    return state["x"] + state["w"] / 2 + dx, state["y"] + state["h"] / 2 - dy


def _view(layout):
    return layout.center.lon, layout.center.lat, layout.zoom


def _expected(fig, code):
    value, shown = VALUES[code], by_uid(fig, "values")
    if math.isnan(value):
        return _hex(maps.MISSING_COLOR)
    return _hex(sample_colorscale("Viridis", [(value - shown.zmin) / (shown.zmax - shown.zmin)])[0])


def test_choropleth_draws_offline_in_chromium(browser, served, regions):
    from PIL import Image
    from shapely.ops import polylabel

    fig = maps.choropleth(VALUES, NAMES, "Poverty rate, 2023", "% of population")
    context, page, state, requests, errors = _open(browser, served, fig, "choropleth")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    shot = OUTPUT / "choropleth.png"
    page.screenshot(path=str(shot))

    # Osh city answers the mouse on the country map and in its inset.
    city = regions.set_index("iso_code").geometry["KG-GO"]
    inside = polylabel(max(city.geoms, key=lambda p: p.area) if city.geom_type == "MultiPolygon" else city, 1e-4)
    hovers = []
    for name, layout in (("map", fig.layout.map), ("map2", fig.layout.map2)):
        page.mouse.move(*_on_screen(state[name], _view(layout), inside.x, inside.y))
        page.wait_for_timeout(300)
        hovers.append(page.locator(".hoverlayer").text_content())
    context.close()

    outside = [url for url in requests if not _is_local(url)]
    assert outside == [], f"requests leaving localhost: {outside}"
    assert errors == []
    # MapLibre opened at the fitted views (the bounds did not nudge them), so labels line up.
    for name, layout in (("map", fig.layout.map), ("map2", fig.layout.map2)):
        assert (state[name]["lon"], state[name]["lat"]) == (pytest.approx(layout.center.lon, abs=1e-3),
                                                            pytest.approx(layout.center.lat, abs=1e-3)), name
        assert state[name]["zoom"] == pytest.approx(layout.zoom, abs=2e-3), name
    assert all("Osh city" in h and "22.0" in h for h in hovers), hovers

    # Colours on screen: each polygon's value colour, Talas grey, Osh city in its inset.
    image = Image.open(shot).convert("RGB")
    view = _view(fig.layout.map)
    labels = geometry.label_points(regions)
    avoid = [maps.pixel_offset(r.lon, r.lat, view) for r in labels.itertuples()]
    for row in regions.itertuples():
        if row.iso_code in ("KG-GB", "KG-GO"):
            continue                                    # a few pixels: under the label's arrow, the box
        _, (dx, dy) = _sample_point(row.geometry, avoid, view)
        color = _pixel(image, state["map"]["x"] + state["map"]["w"] / 2 + dx,
                       state["map"]["y"] + state["map"]["h"] / 2 - dy)
        assert _close(color, _expected(fig, row.iso_code)), f"{row.iso_code}: {color} on screen"
    color = _pixel(image, *_on_screen(state["map2"], _view(fig.layout.map2), inside.x, inside.y))
    assert _close(color, _expected(fig, "KG-GO")), f"Osh city in the inset: {color} on screen"


def test_map_text_would_fetch_glyphs(browser, served):
    """Why the labels are annotations: MapLibre text on plotly's white-bg style asks
    fonts.openmaptiles.org for glyphs (blocked here, so nothing leaves)."""
    fig = go.Figure(go.Scattermap(lon=[74.6], lat=[42.87], mode="text", text=["Bishkek"]))
    fig.update_layout(map_style="white-bg", map_center=dict(lon=74.6, lat=42.87), map_zoom=5)
    context, page, state, requests, errors = _open(browser, served, fig, "glyphs")
    context.close()
    assert any(urlparse(url).hostname == "fonts.openmaptiles.org" for url in requests), (
        "MapLibre text no longer needs the glyph server: analysis/maps.py could draw labels as map text")
