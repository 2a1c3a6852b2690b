"""The regional boundaries (data/regions.geojson), their build, and the offline choropleth."""
from __future__ import annotations

import functools
import http.server
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
from shapely.geometry import Point, box

import build_boundaries
from analysis import geometry, maps
from analysis.loader import DataError
from tests.conftest import DATA, ROOT

REGIONS = DATA / "regions.geojson"
NINE = {"KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO"}
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


@pytest.fixture(scope="module")
def regions() -> gpd.GeoDataFrame:
    return geometry.load_regions()


def traces(fig, kind):
    return [t for t in fig.data if isinstance(t, kind)]


def by_uid(fig, uid):
    (trace,) = [t for t in fig.data if t.uid == uid]
    return trace


# --- the layer ------------------------------------------------------------------------

def test_layer_has_the_nine_units_once(regions):
    assert sorted(regions["iso_code"]) == sorted(NINE)
    assert regions.crs.to_epsg() == 4326
    assert set(regions.loc[regions.kind == "point", "iso_code"]) == {"KG-GO"}


def test_polygons_are_valid_and_hold_their_label_points(regions):
    polygons = regions[regions.kind == "polygon"]
    assert len(polygons) == 8
    for row in polygons.itertuples():
        assert row.geometry.geom_type in ("Polygon", "MultiPolygon"), row.iso_code
        assert row.geometry.is_valid, row.iso_code
        assert row.geometry.contains(Point(row.label_lon, row.label_lat)), row.iso_code
    # Neighbours share borders: no overlaps between the eight polygons.
    shapes = list(polygons.geometry)                   # areas in square degrees: only compared
    assert shapely.union_all(shapes).area == pytest.approx(sum(g.area for g in shapes), rel=1e-6)


def test_country_extent_is_the_kyrgyz_republic(regions):
    west, south, east, north = regions.total_bounds
    assert 69.0 < west < 69.5 and 39.0 < south < 39.4 and 80.0 < east < 80.5 and 43.0 < north < 43.5


def test_bishkek_is_a_polygon_inside_chui_hole(regions):
    shapes = regions.set_index("iso_code").geometry
    bishkek, chui = shapes["KG-GB"], shapes["KG-C"]
    assert bishkek.area > 0.005                       # a real polygon, roughly 12 x 17 km
    assert bishkek.centroid.distance(Point(74.59, 42.87)) < 0.1
    assert not bishkek.overlaps(chui) and bishkek.touches(chui)


def test_osh_city_is_a_point_in_or_next_to_osh_oblast(regions):
    shapes = regions.set_index("iso_code").geometry
    osh_city = shapes["KG-GO"]
    assert osh_city.geom_type == "Point"
    assert abs(osh_city.y - 40.53) < 0.05 and abs(osh_city.x - 72.80) < 0.05
    assert shapes["KG-O"].contains(osh_city) or shapes["KG-O"].distance(osh_city) < 0.3


def test_file_is_small():
    assert REGIONS.stat().st_size < 150_000


def test_geojson_dict_for_plotly(regions):
    collection = geometry.regions_geojson_dict(regions)
    assert collection["type"] == "FeatureCollection"
    ids = [f["id"] for f in collection["features"]]
    assert sorted(ids) == sorted(NINE - {"KG-GO"})
    assert all(f["properties"]["iso_code"] == f["id"] for f in collection["features"])
    json.dumps(collection)                             # plain JSON, nothing numpy


def test_label_points(regions):
    labels = geometry.label_points(regions)
    assert list(labels.columns) == ["iso_code", "lon", "lat", "kind"]
    assert sorted(labels.iso_code) == sorted(NINE)
    osh = labels.set_index("iso_code").loc["KG-GO"]
    assert (osh.lon, osh.lat, osh.kind) == (pytest.approx(72.80), pytest.approx(40.53), "point")


def test_light_reader_gives_the_same_units(regions):
    light = geometry.read_regions()
    assert list(light.iso_code) == list(regions["iso_code"]) and list(light.kind) == list(regions["kind"])
    assert all(a.equals(b) for a, b in zip(light.geometry, regions.geometry))
    assert light.total_bounds == tuple(float(b) for b in regions.total_bounds)
    assert geometry.regions_geojson_dict(light) == geometry.regions_geojson_dict(regions)
    assert geometry.label_points(light).equals(geometry.label_points(regions))


def test_the_app_draws_its_maps_without_geopandas():
    # geopandas and pyproj took a third of the Overview's first run; the maps need neither.
    script = ("import sys; from streamlit.testing.v1 import AppTest; "
              "at = AppTest.from_file('app.py', default_timeout=60); at.query_params['lang'] = 'en'; at.run(); "
              "assert not at.exception and len(at.get('plotly_chart')) == 8; "
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


@pytest.mark.parametrize("change, rule", [
    (lambda c: c["features"].pop(0), "missing: KG-B"),
    (lambda c: c["features"].append(c["features"][0]), "more than once: KG-B"),
    (lambda c: c["features"][0]["properties"].update(iso_code="KG-X"), "unknown ISO codes: KG-X"),
    (lambda c: c["features"][2]["geometry"].update(  # a bow tie
        coordinates=[[[74.5, 42.8], [74.7, 42.9], [74.7, 42.8], [74.5, 42.9], [74.5, 42.8]]]),
     "invalid geometry"),
    (lambda c: c.update(crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}),
     "EPSG:4326"),
    (lambda c: c["features"][3]["properties"].update(kind="polygon"), "kind must be 'point'"),
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

def _synthetic_source(path: Path, drop=(), extra=()) -> Path:
    """A world_map.gpkg stand-in: eight 1-degree squares named as Natural Earth names them."""
    cells = {"Talas": (71, 42), "Chuy": (73, 42), "Ysyk-Köl": (74, 42), "Jalal-Abad": (71, 41),
             "Naryn": (73, 41), "Batken": (70, 39), "Osh": (72, 40)}
    rows = [dict(name=n, gn_name=f"{n} Oblasty", adm0_a3="KGZ", geometry=box(x, y, x + 1, y + 1))
            for n, (x, y) in cells.items()]
    rows[1]["geometry"] = box(73, 42, 74, 43).difference(box(73.4, 42.7, 73.6, 42.9))  # Bishkek's hole
    rows.append(dict(name="Bishkek", gn_name="Gorod Bishkek", adm0_a3="KGZ", geometry=box(73.4, 42.7, 73.6, 42.9)))
    rows.append(dict(name="Almaty", gn_name="Almaty Oblysy", adm0_a3="KAZ", geometry=box(75, 43, 76, 44)))
    rows = [r for r in rows if r["name"] not in drop] + [dict(adm0_a3="KGZ", gn_name="", **e) for e in extra]
    gpd.GeoDataFrame(rows, crs="EPSG:4326").to_file(path, layer="states_provinces", driver="GPKG")
    return path


def test_build_is_byte_identical_and_loads(tmp_path, capsys):
    source = _synthetic_source(tmp_path / "world_map.gpkg")
    first, second = tmp_path / "a.geojson", tmp_path / "b.geojson"
    assert build_boundaries.main(["--source", str(source), "--output", str(first)]) == 0
    assert build_boundaries.main(["--source", str(source), "--output", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert "source package:" in capsys.readouterr().out
    built = geometry.load_regions(first)
    assert sorted(built.iso_code) == sorted(NINE)
    assert not list(tmp_path.glob(".*.tmp"))           # the atomic write left nothing behind


@pytest.mark.parametrize("drop, extra, message", [
    (("Talas",), (), "matches KG-T"),
    ((), ({"name": "Tashkent", "geometry": box(69, 41, 69.5, 41.5)},), "match no unit: Tashkent"),
    ((), ({"name": "Naryn", "geometry": box(78, 40, 78.5, 40.5)},), "more than one feature"),
])
def test_build_refuses_a_missing_or_unmatched_unit(tmp_path, capsys, drop, extra, message):
    source = _synthetic_source(tmp_path / "world_map.gpkg", drop=drop, extra=extra)
    output = tmp_path / "regions.geojson"
    with pytest.raises(SystemExit) as stop:
        build_boundaries.main(["--source", str(source), "--output", str(output)])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err
    assert not output.exists()


def _real_source() -> Path | None:
    for candidate in (os.environ.get("KG_BOUNDARIES_SOURCE"), "/usr/share/qgis/resources/data/world_map.gpkg"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


@pytest.mark.skipif(_real_source() is None, reason="no world_map.gpkg or qgis-common .deb here "
                    "(install qgis-common or set KG_BOUNDARIES_SOURCE); the build downloads it otherwise")
def test_data_file_is_what_the_build_makes(tmp_path):
    output = tmp_path / "regions.geojson"
    assert build_boundaries.main(["--source", str(_real_source()), "--output", str(output)]) == 0
    assert output.read_bytes() == REGIONS.read_bytes()


# --- the figure -----------------------------------------------------------------------

def test_choropleth_traces(regions):
    fig = maps.choropleth(VALUES, NAMES, "Poverty rate, 2023", "% of population")
    assert not any(isinstance(t, (go.Choropleth, go.Scattergeo)) for t in fig.data)
    assert len(traces(fig, go.Choroplethmap)) == 2 and len(traces(fig, go.Scattermap)) == 4
    assert fig.layout.map.style == "white-bg" and not fig.layout.map.layers
    assert not any("text" in (t.mode or "") for t in traces(fig, go.Scattermap))   # no glyphs
    shown, missing = by_uid(fig, "values"), by_uid(fig, "missing")
    assert set(shown.locations) | set(missing.locations) == NINE - {"KG-GO"}
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
    assert set(by_uid(fig, "missing").locations) == NINE - {"KG-B", "KG-N", "KG-GO"}
    assert by_uid(fig, "KG-GO").marker.color == maps.MISSING_COLOR


def test_osh_city_marker_shares_the_scale():
    fig = maps.choropleth(VALUES, NAMES, "t", "%", reverse_colors=True)
    shown, osh = by_uid(fig, "values"), by_uid(fig, "KG-GO")
    assert tuple(osh.marker.color) == (22.0,) and osh.lon == (72.8,) and osh.lat == (40.53,)
    assert (osh.marker.cmin, osh.marker.cmax) == (shown.zmin, shown.zmax)
    assert osh.marker.colorscale == shown.colorscale and osh.marker.reversescale and shown.reversescale
    assert "Osh city" in osh.customdata[0][0] and "22.0" in osh.customdata[0][1]


def test_labels_and_hover_carry_names_and_values():
    fig = maps.choropleth(VALUES, NAMES, "t", "%", number_format=",.2f")
    labels = {a.name: a for a in fig.layout.annotations if a.name in NINE}
    assert set(labels) == NINE
    assert "Naryn oblast" in labels["KG-N"].text and "30.10" in labels["KG-N"].text
    assert labels["KG-GB"].showarrow and labels["KG-GO"].showarrow
    map_w, map_h = maps.map_pixels()
    for a in labels.values():                          # every label falls on the map
        assert abs(a.xshift) < map_w / 2 and abs(a.yshift) < map_h / 2
    hover = dict(zip(by_uid(fig, "values").locations, by_uid(fig, "values").customdata))
    assert hover["KG-C"][0] == "Chui oblast" and hover["KG-C"][1].endswith("18.20")


def test_everything_missing_still_draws():
    fig = maps.choropleth(pd.Series(dtype=float), NAMES, "t", "%")
    assert by_uid(fig, "values").visible is False and len(by_uid(fig, "missing").locations) == 8


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
  const map = gd._fullLayout.map._subplot.map;
  if (!map.loaded()) return null;
  const box = gd._fullLayout.map._subplot.div.getBoundingClientRect();
  const c = map.getCenter();
  return {lon: c.lng, lat: c.lat, zoom: map.getZoom(), x: box.x, y: box.y, w: box.width, h: box.height};
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


def test_choropleth_draws_offline_in_chromium(browser, served, regions):
    from PIL import Image

    fig = maps.choropleth(VALUES, NAMES, "Poverty rate, 2023", "% of population")
    context, page, state, requests, errors = _open(browser, served, fig, "choropleth")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    shot = OUTPUT / "choropleth.png"
    page.screenshot(path=str(shot))
    context.close()

    outside = [url for url in requests if not _is_local(url)]
    assert outside == [], f"requests leaving localhost: {outside}"
    assert errors == []
    # MapLibre opened at the fitted view (the bounds did not nudge it), so labels line up.
    assert (state["lon"], state["lat"]) == (pytest.approx(fig.layout.map.center.lon, abs=1e-3),
                                            pytest.approx(fig.layout.map.center.lat, abs=1e-3))
    assert state["zoom"] == pytest.approx(fig.layout.map.zoom, abs=2e-3)

    # Colours on screen: each polygon's value colour, Talas grey, Osh city's marker.
    image = Image.open(shot).convert("RGB")
    view = (fig.layout.map.center.lon, fig.layout.map.center.lat, fig.layout.map.zoom)
    centre = (state["x"] + state["w"] / 2, state["y"] + state["h"] / 2)
    labels = geometry.label_points(regions)
    avoid = [maps.pixel_offset(r.lon, r.lat, view) for r in labels.itertuples()]
    shown = by_uid(fig, "values")
    for row in regions[regions.kind == "polygon"].itertuples():
        if row.iso_code == "KG-GB":
            continue                                    # under its city marker
        _, (dx, dy) = _sample_point(row.geometry, avoid, view)
        color = _pixel(image, centre[0] + dx, centre[1] - dy)
        value = VALUES[row.iso_code]
        if math.isnan(value):
            expected = _hex(maps.MISSING_COLOR)
        else:
            share = (value - shown.zmin) / (shown.zmax - shown.zmin)
            expected = _hex(sample_colorscale("Viridis", [share])[0])
        assert _close(color, expected), f"{row.iso_code}: {color} on screen, expected {expected}"
    dx, dy = maps.pixel_offset(72.80, 40.53, view)
    share = (22.0 - shown.zmin) / (shown.zmax - shown.zmin)
    assert _close(_pixel(image, centre[0] + dx, centre[1] - dy), _hex(sample_colorscale("Viridis", [share])[0]))


def test_map_text_would_fetch_glyphs(browser, served):
    """Why the labels are annotations: MapLibre text on plotly's white-bg style asks
    fonts.openmaptiles.org for glyphs (blocked here, so nothing leaves)."""
    fig = go.Figure(go.Scattermap(lon=[74.6], lat=[42.87], mode="text", text=["Bishkek"]))
    fig.update_layout(map_style="white-bg", map_center=dict(lon=74.6, lat=42.87), map_zoom=5)
    context, page, state, requests, errors = _open(browser, served, fig, "glyphs")
    context.close()
    assert any(urlparse(url).hostname == "fonts.openmaptiles.org" for url in requests), (
        "MapLibre text no longer needs the glyph server: analysis/maps.py could draw labels as map text")
