"""Regional choropleth maps that draw offline (plotly's MapLibre maps, no tiles, no fonts).

`choropleth()` colours the seven oblasts and Bishkek from data/regions.geojson and draws
Osh city, which has no boundary in the source, as a ringed marker on the same colour
scale. Units without a value are light grey and say so in the hover; they are never
coloured as zero.

Offline rules, and why the figure looks the way it does:
- `map_style="white-bg"`: a plain background, no tile source.
- No text is drawn by MapLibre: a `Scattermap` with text makes MapLibre fetch glyphs from
  fonts.openmaptiles.org (plotly's white-bg style names that glyph server). The names and
  values are plotly annotations instead (SVG, local fonts), placed over each unit's label
  point by projecting it with the map's fixed centre and zoom, and they are in the hover.
- The annotations line up with the map at the view the figure opens with: they sit in
  pixels from the centre of the map, at the centre and zoom fitted to the figure's size.
  The map cannot be panned or zoomed out (`map.bounds` is that view); pass `MAP_CONFIG`
  as the plotly config so the mouse wheel and double click do not zoom it in either.
- So show the figure at its own size: `st.plotly_chart(fig, width="content",
  config=MAP_CONFIG)`. Stretched wider (Streamlit's default width="stretch"), MapLibre
  zooms in to honour the bounds and the labels leave their units. For another size, pass
  `width=`/`height=` to `choropleth()`.
"""
from __future__ import annotations

import functools
import math

import pandas as pd
import plotly.graph_objects as go

from analysis import geometry

WIDTH, HEIGHT = 900, 500
MARGIN = dict(l=10, r=10, t=56, b=34)
MAP_DOMAIN_X = (0.0, 0.86)        # the colour bar sits to the right of the map
COLORBAR_X = 0.875
FIT_PADDING = 0.04                # share of the map's width/height left around the country
COLORSCALE = "Viridis"            # perceptually uniform, readable with colour-vision deficiency
MISSING_COLOR = "#d4d4d4"
BORDER_COLOR = "#ffffff"
CITY_RING_COLOR = "#222222"
TEXT_COLOR = "#1a1a1a"
MISSING_TEXT_COLOR = "#6b6b6b"

# Config for st.plotly_chart / fig.show / write_html: the view stays where the labels are.
MAP_CONFIG = {"scrollZoom": False, "doubleClick": False, "displaylogo": False,
              "modeBarButtonsToRemove": ["select2d", "lasso2d"]}

# Labels the map would crowd: the two cities' labels sit off to the side, the label's
# corner (xanchor, yanchor) at the end of an arrow from the city (pixels: right, down).
# Bishkek lies inside Chui oblast, Osh city beside Osh oblast's label; north of Bishkek
# and west of Osh city is outside the country.
CALLOUTS = {"KG-GB": (14, -16, "left", "bottom"), "KG-GO": (-18, -8, "right", "middle")}
# Small shifts (pixels: right, down) of labels that would touch a neighbour's, long
# Russian and Kyrgyz names included; each stays inside its unit.
LABEL_NUDGES = {"KG-C": (-14, 10), "KG-J": (-14, 0), "KG-N": (14, 0)}
# The cities get a ringed marker: Osh city has no polygon, Bishkek's is about 11 px across.
CITY_MARKERS = ("KG-GB", "KG-GO")
POLYGON_CODES = tuple(c for c in geometry.ISO_CODES if c not in geometry.POINT_CODES)


@functools.lru_cache(maxsize=1)
def _default_regions() -> geometry.Regions:
    return geometry.read_regions()


# --- the view -----------------------------------------------------------------------------

def _mercator_y(lat: float) -> float:
    """Web Mercator y of a latitude, as a share of the world's height (north is up)."""
    phi = math.radians(lat)
    return math.log(math.tan(math.pi / 4 + phi / 2)) / (2 * math.pi)


def map_pixels(width: int = WIDTH, height: int = HEIGHT) -> tuple[float, float]:
    """Width and height in pixels of the map area of a figure of that size."""
    plot_w = width - MARGIN["l"] - MARGIN["r"]
    plot_h = height - MARGIN["t"] - MARGIN["b"]
    return plot_w * (MAP_DOMAIN_X[1] - MAP_DOMAIN_X[0]), plot_h


def fit_view(bounds, width: int = WIDTH, height: int = HEIGHT) -> tuple[float, float, float]:
    """(centre lon, centre lat, zoom) that fit lon/lat bounds into the figure's map area."""
    west, south, east, north = bounds
    map_w, map_h = map_pixels(width, height)
    span_x = (east - west) / 360
    span_y = _mercator_y(north) - _mercator_y(south)
    world = min(map_w * (1 - 2 * FIT_PADDING) / span_x, map_h * (1 - 2 * FIT_PADDING) / span_y)
    zoom = math.log2(world / 512)     # MapLibre: the world is 512 * 2**zoom pixels wide
    mid_y = (_mercator_y(north) + _mercator_y(south)) / 2
    lat = math.degrees(2 * math.atan(math.exp(mid_y * 2 * math.pi)) - math.pi / 2)
    return (west + east) / 2, lat, zoom


def view_bounds(lon: float, lat: float, zoom: float, width: int = WIDTH, height: int = HEIGHT,
                slack_px: float = 0.0):
    """(west, south, east, north) of what the map area shows at that centre and zoom,
    plus slack_px pixels on each side."""
    world = 512 * 2 ** zoom
    map_w, map_h = map_pixels(width, height)
    map_w, map_h = map_w + 2 * slack_px, map_h + 2 * slack_px
    half_lon = map_w / 2 / world * 360
    y = _mercator_y(lat)

    def to_lat(my):
        return math.degrees(2 * math.atan(math.exp(my * 2 * math.pi)) - math.pi / 2)

    return lon - half_lon, to_lat(y - map_h / 2 / world), lon + half_lon, to_lat(y + map_h / 2 / world)


def pixel_offset(lon: float, lat: float, view: tuple[float, float, float]) -> tuple[float, float]:
    """Pixels (right, up) of a point from the centre of the map at view (lon, lat, zoom)."""
    c_lon, c_lat, zoom = view
    world = 512 * 2 ** zoom
    return (lon - c_lon) / 360 * world, (_mercator_y(lat) - _mercator_y(c_lat)) * world


# --- the figure ---------------------------------------------------------------------------

def _clean_values(values: pd.Series) -> pd.Series:
    if not isinstance(values, pd.Series):
        raise TypeError("values must be a pandas Series indexed by ISO 3166-2 code")
    if values.index.has_duplicates:
        raise ValueError(f"values has duplicate ISO codes: {sorted(set(values.index[values.index.duplicated()]))}")
    unknown = sorted(str(c) for c in values.index if c not in geometry.ISO_CODES and c != "KG")
    if unknown:
        raise ValueError(f"values has codes that are not regional units: {', '.join(unknown)}")
    numbers = pd.to_numeric(values.drop(labels=["KG"], errors="ignore"), errors="raise").astype(float)
    return numbers.reindex(list(geometry.ISO_CODES))     # absent units are missing (NaN)


def _localise(text: str, separators: str) -> str:
    """Write a Python-formatted number with plotly's `separators` (decimal mark, then thousands)."""
    decimal, thousands = separators[0], separators[1] if len(separators) > 1 else ""
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def _formatter(number_format: str, separators: str = ".,"):
    try:
        format(1234.5678, number_format)
    except ValueError:
        raise ValueError(f"number_format {number_format!r} is not a format both Python and d3 "
                         "understand (e.g. ',.1f', ',.0f', '.1%')") from None
    return lambda value: _localise(format(value, number_format), separators)


def choropleth(values: pd.Series, names: dict, title: str, colorbar_title: str,
               number_format: str = ",.1f", reverse_colors: bool = False,
               missing_label: str = "no data", *, separators: str = ".,", width: int = WIDTH, height: int = HEIGHT,
               regions: geometry.Regions | None = None) -> go.Figure:
    """A map of the nine regional units coloured by value.

    values: ISO 3166-2 code -> number; NaN (or a unit left out) is missing. A national
        value under "KG" is ignored; any other code is an error.
    names: ISO code -> display name (in the page's language); the code where absent.
    number_format: a format spec read by both Python (labels, hover) and d3 (colour bar).
    reverse_colors: flip the scale (e.g. so that "better" is always the same end).
    width, height: the figure's size in pixels; the zoom is chosen so the country fills
        the map at that size (labels crowd below about 700 x 400).
    regions: the boundaries (default: data/regions.geojson, loaded once).

    Show it at its own size with MAP_CONFIG (see the module docstring):
    `st.plotly_chart(fig, width="content", config=MAP_CONFIG)`, never stretched.
    """
    regions = _default_regions() if regions is None else regions
    values = _clean_values(values)
    fmt = _formatter(number_format, separators)
    name = {code: str(names.get(code, code)) for code in geometry.ISO_CODES}
    shown = values.dropna()
    zmin, zmax = (float(shown.min()), float(shown.max())) if len(shown) else (0.0, 1.0)
    if zmin == zmax:                   # one value, or all equal: still a valid scale
        zmin, zmax = zmin - 0.5, zmax + 0.5
    scale = dict(colorscale=COLORSCALE, reversescale=reverse_colors, cmin=zmin, cmax=zmax)
    colorbar = dict(title=dict(text=colorbar_title, side="right"), tickformat=number_format,
                    x=COLORBAR_X, xanchor="left", y=0.5, len=0.9, thickness=14, outlinewidth=0)

    def value_text(code):
        return missing_label if math.isnan(values[code]) else fmt(values[code])

    geojson = geometry.regions_geojson_dict(regions)
    polygons = [c for c in POLYGON_CODES if not math.isnan(values[c])]
    missing = [c for c in POLYGON_CODES if math.isnan(values[c])]
    hover = "<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>"
    fig = go.Figure()
    # Each trace carries only its own features, so the figure holds each polygon once.
    fig.add_trace(go.Choroplethmap(
        name=missing_label, geojson=_subset(geojson, missing), featureidkey="id", locations=missing,
        z=[0] * len(missing), colorscale=[[0, MISSING_COLOR], [1, MISSING_COLOR]], showscale=False,
        marker=dict(line=dict(color=BORDER_COLOR, width=1)),
        customdata=[[name[c], f"{colorbar_title}: {missing_label}"] for c in missing],
        hovertemplate=hover, visible=True if missing else False, uid="missing"))
    fig.add_trace(go.Choroplethmap(
        name=colorbar_title, geojson=_subset(geojson, polygons), featureidkey="id", locations=polygons,
        z=[values[c] for c in polygons], zmin=zmin, zmax=zmax, colorscale=COLORSCALE,
        reversescale=reverse_colors, showscale=bool(polygons), colorbar=colorbar,
        marker=dict(line=dict(color=BORDER_COLOR, width=1)),
        customdata=[[name[c], f"{colorbar_title}: {fmt(values[c])}"] for c in polygons],
        hovertemplate=hover, visible=True if polygons else False, uid="values"))

    # The cities: a white halo, a dark ring and the value's colour inside (light grey when
    # missing). Osh city has no polygon; Bishkek's is about 11 px across, under its marker.
    labels = geometry.label_points(regions).set_index("iso_code")
    lon, lat = [labels.at[c, "lon"] for c in CITY_MARKERS], [labels.at[c, "lat"] for c in CITY_MARKERS]
    for size, color, uid in ((20, "#ffffff", "city-halo"), (16, CITY_RING_COLOR, "city-ring")):
        fig.add_trace(go.Scattermap(name=uid, lon=lon, lat=lat, mode="markers", hoverinfo="skip",
                                    marker=dict(size=size, color=color), uid=uid))
    scale_shown = bool(polygons)
    for code, x, y in zip(CITY_MARKERS, lon, lat):
        value = values[code]
        if math.isnan(value):
            inner = dict(size=11, color=MISSING_COLOR)
        else:
            inner = dict(size=11, color=[value], **scale, showscale=not scale_shown, colorbar=colorbar)
            scale_shown = True
        fig.add_trace(go.Scattermap(
            name=name[code], lon=[x], lat=[y], mode="markers", marker=inner,
            customdata=[[name[code], f"{colorbar_title}: {value_text(code)}"]],
            hovertemplate=hover, uid=code))

    view = fit_view(_country_bounds(regions), width, height)
    # Pan and zoom-out stop at the opening view (one pixel of slack keeps MapLibre from
    # nudging the zoom to fit the bounds exactly).
    west, south, east, north = view_bounds(*view, width, height, slack_px=1)
    fig.update_layout(
        width=width, height=height, margin=dict(**MARGIN, pad=0, autoexpand=False),
        title=dict(text=title, x=0.01, xanchor="left", y=0.97, yanchor="top", font=dict(size=16)),
        paper_bgcolor="white", showlegend=False, dragmode=False, separators=separators,
        map=dict(style="white-bg", center=dict(lon=view[0], lat=view[1]), zoom=view[2],
                 domain=dict(x=list(MAP_DOMAIN_X), y=[0, 1]),
                 bounds=dict(west=west, east=east, south=south, north=north)),
        annotations=_labels(labels, values, name, value_text, view),
    )
    if values.isna().any():
        fig.add_annotation(
            xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top", yshift=-8,
            showarrow=False, align="left", font=dict(size=12, color=MISSING_TEXT_COLOR),
            text=f"<span style='color:{MISSING_COLOR}'>\u25a0</span> {missing_label}", name="missing-key")
    return fig


def _subset(geojson: dict, codes: list[str]) -> dict:
    keep = set(codes)
    return {"type": "FeatureCollection", "features": [f for f in geojson["features"] if f["id"] in keep]}


def _country_bounds(regions: geometry.Regions):
    return tuple(float(b) for b in regions.total_bounds)


def _labels(labels: pd.DataFrame, values: pd.Series, name: dict, value_text, view) -> list[dict]:
    """One annotation per unit over its label point: the name, then the value."""
    centre_x = (MAP_DOMAIN_X[0] + MAP_DOMAIN_X[1]) / 2
    out = []
    for code in geometry.ISO_CODES:
        dx, dy = pixel_offset(labels.at[code, "lon"], labels.at[code, "lat"], view)
        nudge_x, nudge_y = LABEL_NUDGES.get(code, (0, 0))
        dx, dy = dx + nudge_x, dy - nudge_y
        missing = math.isnan(values[code])
        shown_value = f"<i>{value_text(code)}</i>" if missing else f"<b>{value_text(code)}</b>"
        annotation = dict(
            xref="paper", yref="paper", x=centre_x, y=0.5, xshift=dx, yshift=dy,
            text=f"{name[code]}<br>{shown_value}", showarrow=False, align="center",
            font=dict(size=11, color=MISSING_TEXT_COLOR if missing else TEXT_COLOR),
            bgcolor="rgba(255,255,255,0.72)", borderpad=2, name=code)
        if code in CALLOUTS:
            ax, ay, xanchor, yanchor = CALLOUTS[code]
            annotation.update(showarrow=True, arrowhead=0, arrowwidth=1, arrowcolor=CITY_RING_COLOR,
                              standoff=8, ax=ax, ay=ay, xanchor=xanchor, yanchor=yanchor)
        out.append(annotation)
    return out
