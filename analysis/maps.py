"""Regional choropleth maps that draw offline (plotly's MapLibre maps, no tiles, no fonts).

`choropleth()` colours the nine units from data/regions.geojson. Osh city is about 11 x 10 px
on the country map, so a box marks it there and an inset in the empty south-east corner
(China) shows it zoomed, with Osh oblast around it, on the same colour scale and with the same
hover. Units without a value are light grey and say so in the hover; they are never coloured
as zero. The boundaries' attribution (CC BY 3.0 IGO) is written under every map.

Offline rules, and why the figure looks the way it does:
- `map_style="white-bg"` on both maps: a plain background, no tile source.
- No text is drawn by MapLibre: a `Scattermap` with text makes MapLibre fetch glyphs from
  fonts.openmaptiles.org (plotly's white-bg style names that glyph server). The names and
  values are plotly annotations instead (SVG, local fonts), placed over each unit's label
  point by projecting it with the map's fixed centre and zoom, and they are in the hover.
- The annotations line up with the map at the view the figure opens with: they sit in
  pixels from the centre of the map, at the centre and zoom fitted to the figure's size.
  The maps cannot be panned or zoomed out (`map.bounds` is that view); pass `MAP_CONFIG`
  as the plotly config so the mouse wheel and double click do not zoom them in either.
- So show the figure at its own size: `st.plotly_chart(fig, width="content",
  config=MAP_CONFIG)`. Stretched wider (Streamlit's default width="stretch"), MapLibre
  zooms in to honour the bounds and the labels leave their units. For another size, pass
  `width=`/`height=` to `choropleth()`.
- Or let it fit the screen: `choropleth(..., responsive=True)` is drawn stretched to its
  container, at the height `container_css()` gives it (a fixed share of its width, so the map
  area keeps the shape it was fitted at). Its labels sit in the figure's own coordinates (shares
  of the plot area, not pixels from the centre), and its zoom starts below the fit, so MapLibre
  raises it to the largest view that stays inside the bounds: exactly the fitted view at any
  size. The figure asks for a 10 px height until the page has measured its box: MapLibre zooms
  in when its box grows, never out when it shrinks, so the first view must come from below.
  (A map made smaller after it was drawn, e.g. by opening the sidebar, keeps its zoom until it
  is drawn again.) Where the map is narrower than it was made for (a phone, a small screen with
  the sidebar open), container_css() shows the units' values alone (their names are in the
  hover) and the attribution in short lines: the figure carries both forms.
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
FRAME_COLOR = "#222222"
TEXT_COLOR = "#1a1a1a"
MISSING_TEXT_COLOR = "#6b6b6b"

# Osh city's inset: a share of the map area's width and height, in its bottom-right corner
# (south-east of the country lies China: the inset hides no unit); the city fills the middle
# of it, Osh oblast around it.
INSET_CODE = "KG-GO"
INSET_SIZE = (0.25, 0.36)
INSET_GAP_PX = 4                  # between the inset and the map area's edges
INSET_PADDING = 0.2               # share of the inset's width/height left around the city
LOCATOR_PAD_PX = 3                # the box round the city on the country map
LABEL_SIZE = 11                   # px: the units' names and values, the colour bar's numbers
SMALL_PRINT_SIZE = 11             # px: the attribution and the missing key under the map
# A responsive map (fits its container): how far below the fitted zoom it starts, the height it
# asks for before its box is measured, its margins (room for the colour bar's numbers on a phone,
# right, and for the attribution's three short lines, bottom), their length in characters, and the
# share of its design width under which it shows values alone.
RESPONSIVE_ZOOM_SLACK = 3.0
RESPONSIVE_FIRST_HEIGHT = 10
RESPONSIVE_MARGIN = dict(l=10, r=36, t=56, b=58)
ATTRIBUTION_LINE = 40
COMPACT_BELOW = 0.85

# Config for st.plotly_chart / fig.show / write_html: the view stays where the labels are.
MAP_CONFIG = {"scrollZoom": False, "doubleClick": False, "displaylogo": False,
              "modeBarButtonsToRemove": ["select2d", "lasso2d"]}

# Labels the map would crowd: Bishkek's sits off to the side, the label's corner (xanchor,
# yanchor) at the end of an arrow from the city (pixels: right, down). Bishkek lies inside
# Chui oblast; north of it is outside the country.
CALLOUTS = {"KG-GB": (14, -16, "left", "bottom")}
# Small shifts (pixels: right, down) of labels that would touch a neighbour's, long
# Russian and Kyrgyz names included; each stays inside its unit.
LABEL_NUDGES = {"KG-B": (14, 0), "KG-N": (14, 0)}


@functools.lru_cache(maxsize=1)
def _default_regions() -> geometry.Regions:
    return geometry.read_regions()


# --- the view -----------------------------------------------------------------------------

def _mercator_y(lat: float) -> float:
    """Web Mercator y of a latitude, as a share of the world's height (north is up)."""
    phi = math.radians(lat)
    return math.log(math.tan(math.pi / 4 + phi / 2)) / (2 * math.pi)


def _latitude(mercator_y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(mercator_y * 2 * math.pi)) - math.pi / 2)


def _plot_pixels(width: int, height: int, margin: dict = MARGIN) -> tuple[float, float]:
    """Width and height in pixels of the plot area (paper coordinates 0-1) of a figure of that size."""
    return width - margin["l"] - margin["r"], height - margin["t"] - margin["b"]


def map_pixels(width: int = WIDTH, height: int = HEIGHT, margin: dict = MARGIN) -> tuple[float, float]:
    """Width and height in pixels of the map area of a figure of that size."""
    plot_w, plot_h = _plot_pixels(width, height, margin)
    return plot_w * (MAP_DOMAIN_X[1] - MAP_DOMAIN_X[0]), plot_h


def inset_pixels(width: int = WIDTH, height: int = HEIGHT, margin: dict = MARGIN) -> tuple[float, float]:
    """Width and height in pixels of Osh city's inset in a figure of that size."""
    map_w, map_h = map_pixels(width, height, margin)
    return map_w * INSET_SIZE[0], map_h * INSET_SIZE[1]


def _fit(bounds, map_w: float, map_h: float, padding: float) -> tuple[float, float, float]:
    """(centre lon, centre lat, zoom) that fit lon/lat bounds into a map of map_w x map_h px."""
    west, south, east, north = bounds
    span_x = (east - west) / 360
    span_y = _mercator_y(north) - _mercator_y(south)
    world = min(map_w * (1 - 2 * padding) / span_x, map_h * (1 - 2 * padding) / span_y)
    zoom = math.log2(world / 512)     # MapLibre: the world is 512 * 2**zoom pixels wide
    return (west + east) / 2, _latitude((_mercator_y(north) + _mercator_y(south)) / 2), zoom


def _shown(lon: float, lat: float, zoom: float, map_w: float, map_h: float):
    """(west, south, east, north) that a map of map_w x map_h px shows at that centre and zoom."""
    world = 512 * 2 ** zoom
    half_lon = map_w / 2 / world * 360
    y = _mercator_y(lat)
    return lon - half_lon, _latitude(y - map_h / 2 / world), lon + half_lon, _latitude(y + map_h / 2 / world)


def fit_view(bounds, width: int = WIDTH, height: int = HEIGHT, margin: dict = MARGIN) -> tuple[float, float, float]:
    """(centre lon, centre lat, zoom) that fit lon/lat bounds into the figure's map area."""
    return _fit(bounds, *map_pixels(width, height, margin), FIT_PADDING)


def view_bounds(lon: float, lat: float, zoom: float, width: int = WIDTH, height: int = HEIGHT,
                slack_px: float = 0.0):
    """(west, south, east, north) of what the map area shows at that centre and zoom,
    plus slack_px pixels on each side."""
    map_w, map_h = map_pixels(width, height)
    return _shown(lon, lat, zoom, map_w + 2 * slack_px, map_h + 2 * slack_px)


def pixel_offset(lon: float, lat: float, view: tuple[float, float, float]) -> tuple[float, float]:
    """Pixels (right, up) of a point from the centre of the map at view (lon, lat, zoom)."""
    c_lon, c_lat, zoom = view
    world = 512 * 2 ** zoom
    return (lon - c_lon) / 360 * world, (_mercator_y(lat) - _mercator_y(c_lat)) * world


def inset_domain(width: int = WIDTH, height: int = HEIGHT,
                 margin: dict = MARGIN) -> tuple[tuple[float, float], tuple[float, float]]:
    """(x0, x1), (y0, y1) of Osh city's inset in paper coordinates: the map area's bottom-right corner."""
    plot_w, plot_h = _plot_pixels(width, height, margin)
    inset_w, inset_h = inset_pixels(width, height, margin)
    x1 = MAP_DOMAIN_X[1] - INSET_GAP_PX / plot_w
    y0 = INSET_GAP_PX / plot_h
    return (x1 - inset_w / plot_w, x1), (y0, y0 + inset_h / plot_h)


def inset_footprint(view: tuple[float, float, float], width: int = WIDTH, height: int = HEIGHT,
                    margin: dict = MARGIN):
    """(west, south, east, north) of the country map that the inset covers, at the country's view."""
    (x0, x1), (y0, y1) = inset_domain(width, height, margin)
    plot_w, plot_h = _plot_pixels(width, height, margin)
    centre_x = (MAP_DOMAIN_X[0] + MAP_DOMAIN_X[1]) / 2
    world = 512 * 2 ** view[2]
    right = [(x - centre_x) * plot_w / world * 360 + view[0] for x in (x0, x1)]
    up = [_latitude(_mercator_y(view[1]) + (y - 0.5) * plot_h / world) for y in (y0, y1)]
    return right[0], up[0], right[1], up[1]


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
               missing_label: str = "no data", *, attribution: str | None = None, separators: str = ".,",
               width: int = WIDTH, height: int = HEIGHT, regions: geometry.Regions | None = None,
               responsive: bool = False, label_size: float = LABEL_SIZE, small_print_size: float = SMALL_PRINT_SIZE,
               margin: dict | None = None) -> go.Figure:
    """A map of the nine regional units coloured by value, with Osh city zoomed in an inset.

    values: ISO 3166-2 code -> number; NaN (or a unit left out) is missing. A national
        value under "KG" is ignored; any other code is an error.
    names: ISO code -> display name (in the page's language); the code where absent.
    number_format: a format spec read by both Python (labels, hover) and d3 (colour bar).
    reverse_colors: flip the scale (e.g. so that "better" is always the same end).
    attribution: the boundaries' attribution in the page's language, written under the map
        (default: the English one stored with the boundaries).
    width, height: the figure's size in pixels; the zoom is chosen so the country fills
        the map at that size (labels crowd below about 700 x 400).
    regions: the boundaries (default: data/regions.geojson, loaded once).
    responsive: made to be stretched to its container (see the module docstring): width and
        height are then the size its proportions and type are designed at; show it with
        `width="stretch"` at the height `container_css()` gives it.
    label_size: the type of the units' names and values and of the colour bar, in pixels.
    small_print_size: the type of the attribution and the missing key under the map, in pixels.
    margin: margins in pixels (l, r, t, b) instead of MARGIN (RESPONSIVE_MARGIN when responsive),
        e.g. less at the top without a title.

    Show it at its own size with MAP_CONFIG (see the module docstring):
    `st.plotly_chart(fig, width="content", config=MAP_CONFIG)`, never stretched, unless responsive.
    """
    margin = {**(RESPONSIVE_MARGIN if responsive else MARGIN), **(margin or {})}
    regions = _default_regions() if regions is None else regions
    values = _clean_values(values)
    fmt = _formatter(number_format, separators)
    name = {code: str(names.get(code, code)) for code in geometry.ISO_CODES}
    shown = values.dropna()
    zmin, zmax = (float(shown.min()), float(shown.max())) if len(shown) else (0.0, 1.0)
    if zmin == zmax:                   # one value, or all equal: still a valid scale
        zmin, zmax = zmin - 0.5, zmax + 0.5
    colorbar = dict(title=dict(text=colorbar_title, side="right", font=dict(size=label_size + 1, color=TEXT_COLOR)),
                    tickformat=number_format, x=COLORBAR_X, xanchor="left", y=0.5, len=0.9, thickness=14,
                    outlinewidth=0, tickfont=dict(size=label_size, color=TEXT_COLOR))

    def value_text(code):
        return missing_label if math.isnan(values[code]) else fmt(values[code])

    hover = "<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>"

    def layer(geojson, subplot, prefix, colour_bar):
        """The missing units (grey) and the others (by value) of geojson, on one map."""
        codes = [f["id"] for f in geojson["features"]]
        missing = [c for c in codes if math.isnan(values[c])]
        valued = [c for c in codes if not math.isnan(values[c])]
        # Each trace carries only its own features, so the figure holds each polygon once per map.
        return [
            go.Choroplethmap(
                name=missing_label, subplot=subplot, geojson=_subset(geojson, missing), featureidkey="id",
                locations=missing, z=[0] * len(missing), colorscale=[[0, MISSING_COLOR], [1, MISSING_COLOR]],
                showscale=False, marker=dict(line=dict(color=BORDER_COLOR, width=1)),
                customdata=[[name[c], f"{colorbar_title}: {missing_label}"] for c in missing],
                hovertemplate=hover, visible=True if missing else False, uid=f"{prefix}missing"),
            go.Choroplethmap(
                name=colorbar_title, subplot=subplot, geojson=_subset(geojson, valued), featureidkey="id",
                locations=valued, z=[values[c] for c in valued], zmin=zmin, zmax=zmax, colorscale=COLORSCALE,
                reversescale=reverse_colors, showscale=colour_bar and bool(valued), colorbar=colorbar,
                marker=dict(line=dict(color=BORDER_COLOR, width=1)),
                customdata=[[name[c], f"{colorbar_title}: {fmt(values[c])}"] for c in valued],
                hovertemplate=hover, visible=True if valued else False, uid=f"{prefix}values"),
        ]

    view = fit_view(_country_bounds(regions), width, height, margin)
    (ix0, ix1), (iy0, iy1) = inset_domain(width, height, margin)
    inset_w, inset_h = inset_pixels(width, height, margin)
    city = regions.geometry[regions.iso_code.index(INSET_CODE)]
    inset_view = _fit(city.bounds, inset_w, inset_h, INSET_PADDING)
    inset_shown = _shown(*inset_view, inset_w, inset_h)

    fig = go.Figure()
    for trace in (*layer(geometry.regions_geojson_dict(regions), "map", "", True),
                  # (cut a little wider than the inset shows, so no cut edge is seen)
                  *layer(geometry.regions_geojson_dict(regions, clip=_widened(inset_shown)), "map2", "inset-", False)):
        fig.add_trace(trace)
    # The box round Osh city on the country map: a line, no text (MapLibre text fetches glyphs).
    west, south, east, north = _widened(city.bounds, LOCATOR_PAD_PX * 360 / (512 * 2 ** view[2]))
    # ... and a leader from it to the inset's top-left corner (the inset is drawn over its end).
    corner_lon, _, _, corner_lat = inset_footprint(view, width, height, margin)
    fig.add_trace(go.Scattermap(
        name=name[INSET_CODE], subplot="map", lon=[west, east, east, west, west, None, east, corner_lon],
        lat=[south, south, north, north, south, None, north, corner_lat],
        mode="lines", line=dict(color=FRAME_COLOR, width=1.5), hoverinfo="skip", showlegend=False, uid="locator"))
    # In the inset, the city's outline: its colour can be close to the oblast's around it.
    lon, lat = _outline(city)
    fig.add_trace(go.Scattermap(
        name=name[INSET_CODE], subplot="map2", lon=lon, lat=lat, mode="lines", line=dict(color=FRAME_COLOR, width=1.5),
        hoverinfo="skip", showlegend=False, uid="inset-outline"))

    labels = geometry.label_points(regions).set_index("iso_code")
    unit_labels = _labels(labels, values, name, value_text, view, label_size)
    # A responsive map starts below the fitted zoom: MapLibre raises it to the bounds at any size.
    slack = RESPONSIVE_ZOOM_SLACK if responsive else 0.0
    if responsive:
        plot_w, plot_h = _plot_pixels(width, height, margin)
        for label in unit_labels:       # pixels from the centre -> shares of the plot area
            label["x"] += label.pop("xshift") / plot_w
            label["y"] += label.pop("yshift") / plot_h
    compact = []
    if responsive:     # the values alone, shown instead of name and value where the map is narrow
        compact = [dict(label, text=_label_text("", value_text(label["name"]), math.isnan(values[label["name"]]))
                        .removeprefix("<br>"), name=f"compact-{label['name']}")
                   for label in unit_labels if label["name"] not in CALLOUTS]
    fig.update_layout(
        width=None if responsive else width, height=RESPONSIVE_FIRST_HEIGHT if responsive else height,
        autosize=responsive or None, margin=dict(**margin, pad=0, autoexpand=False),
        title=dict(text=title, x=0.01, xanchor="left", y=0.97, yanchor="top", font=dict(size=16)),
        paper_bgcolor="white", showlegend=False, dragmode=False, separators=separators,
        map=_map_layout(view, *map_pixels(width, height, margin), dict(x=list(MAP_DOMAIN_X), y=[0, 1]), slack),
        map2=_map_layout(inset_view, inset_w, inset_h, dict(x=[ix0, ix1], y=[iy0, iy1]), slack),
        annotations=[*unit_labels, _inset_label(name, value_text, values, ix0, iy1, label_size), *compact],
        shapes=[dict(type="rect", xref="paper", yref="paper", x0=ix0, x1=ix1, y0=iy0, y1=iy1, layer="above",
                     line=dict(color=FRAME_COLOR, width=1), name="inset-frame")],
    )
    under = dict(xref="paper", yref="paper", y=0, yanchor="top", yshift=-8, showarrow=False,
                 font=dict(size=small_print_size, color=MISSING_TEXT_COLOR))
    attribution = regions.attribution if attribution is None else attribution
    if responsive:      # ... and in short lines where the map is narrow (a phone): container_css shows one
        fig.add_annotation(**under, x=1, xanchor="right", align="right", name="attribution", text=attribution)
        fig.add_annotation(**under, x=1, xanchor="right", align="right", name="attribution-narrow",
                           text="<br>".join(_wrapped(attribution, ATTRIBUTION_LINE)))
    if values.isna().any():
        fig.add_annotation(
            **under, x=0, xanchor="left", align="left", name="missing-key",
            text=f"<span style='color:{MISSING_COLOR}'>\u25a0</span> {missing_label}")
    if not responsive:
        fig.add_annotation(**under, x=1, xanchor="right", align="right", name="attribution", text=attribution)
    return fig


def _wrapped(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters, broken between words."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def aspect(width: int = WIDTH, height: int = HEIGHT, margin: dict | None = None) -> tuple[float, float]:
    """(a, c) such that a responsive map made at width x height keeps its map area's shape at
    any width W when its height is a * W + c pixels (the margins stay in pixels)."""
    margin = {**RESPONSIVE_MARGIN, **(margin or {})}
    plot_w, plot_h = _plot_pixels(width, height, margin)
    a = plot_h / plot_w
    return a, margin["t"] + margin["b"] - a * (margin["l"] + margin["r"])


def container_css(key: str, width: int = WIDTH, height: int = HEIGHT, margin: dict | None = None,
                  height_css: str | None = None, compact_below: int | None = None) -> str:
    """CSS that gives the responsive map drawn with Streamlit key `key` (width="stretch") the
    height that keeps its shape: a * (its width) + c. Streamlit sizes a chart's box from the
    figure's height; this sizes it from its width instead (container query units). Where the map
    is narrower than it was made for, the units show their values alone (the names are in the
    hover), so the labels do not cover each other.

    height_css: another height, for a page that also bounds the width.
    compact_below: the map's width in pixels under which it shows values alone (default: a share
        COMPACT_BELOW of the width it was made at; more for larger labels)."""
    a, c = aspect(width, height, margin)
    box = f".st-key-{key}"
    full, compact = _label_indices()
    hide = ", ".join(f"{box} g.annotation[data-index='{i}']" for i in compact)
    hide_full = ", ".join(f"{box} g.annotation[data-index='{i}']" for i in full)
    narrow = compact_below or round(width * COMPACT_BELOW)
    return (f"{box} {{ flex: 0 0 auto !important; height: auto !important; overflow: visible !important; "
            f"container-type: inline-size; }}\n"
            f"{box} [data-testid='stFullScreenFrame'], {box} [data-testid='stPlotlyChart'] "
            f"{{ height: {height_css or f'calc({a * 100:.4f}cqw + {c:.2f}px)'} !important; }}\n"
            f"{hide} {{ display: none; }}\n"
            f"@container (max-width: {narrow}px) {{ {hide_full} {{ display: none; }} {hide} {{ display: inline; }} }}\n")


def _label_indices() -> tuple[list[int], list[int]]:
    """Places among a responsive map's annotations of what gives way on a narrow map (the units'
    full labels, the attribution in one line) and of what is shown there instead (the values
    alone, the attribution in short lines): see choropleth, which writes the units' labels, Osh
    city's, the values alone, then the two attributions."""
    units = [c for c in geometry.ISO_CODES if c != INSET_CODE]
    full = [i for i, c in enumerate(units) if c not in CALLOUTS]
    compact = [len(units) + 1 + i for i in range(len(full))]
    return [*full, compact[-1] + 1], [*compact, compact[-1] + 2]


def _map_layout(view, map_w: float, map_h: float, domain: dict, zoom_slack: float = 0.0) -> dict:
    """A map subplot at a fixed view: pan and zoom-out stop there (one pixel of slack keeps
    MapLibre from nudging the zoom to fit the bounds exactly). With zoom_slack, it asks for a
    smaller zoom, which MapLibre raises to the bounds (a responsive map)."""
    west, south, east, north = _shown(*view, map_w + 2, map_h + 2)
    return dict(style="white-bg", center=dict(lon=view[0], lat=view[1]), zoom=view[2] - zoom_slack, domain=domain,
                bounds=dict(west=west, east=east, south=south, north=north))


def _outline(geom) -> tuple[list, list]:
    """Longitudes and latitudes of every ring of a polygon, rings apart (None between them)."""
    lon, lat = [], []
    for part in getattr(geom, "geoms", [geom]):
        for ring in (part.exterior, *part.interiors):
            x, y = ring.xy
            lon += [*x, None]
            lat += [*y, None]
    return lon[:-1], lat[:-1]


def _widened(bounds, by: float = 0.01):
    west, south, east, north = bounds
    return west - by, south - by, east + by, north + by


def _subset(geojson: dict, codes: list[str]) -> dict:
    keep = set(codes)
    return {"type": "FeatureCollection", "features": [f for f in geojson["features"] if f["id"] in keep]}


def _country_bounds(regions: geometry.Regions):
    return tuple(float(b) for b in regions.total_bounds)


def _label_text(name: str, shown_value: str, missing: bool) -> str:
    return f"{name}<br>{f'<i>{shown_value}</i>' if missing else f'<b>{shown_value}</b>'}"


def _labels(labels: pd.DataFrame, values: pd.Series, name: dict, value_text, view,
            size: float = 11) -> list[dict]:
    """One annotation per unit over its label point on the country map: the name, then the value
    (Osh city's is in its inset)."""
    centre_x = (MAP_DOMAIN_X[0] + MAP_DOMAIN_X[1]) / 2
    out = []
    for code in geometry.ISO_CODES:
        if code == INSET_CODE:
            continue
        dx, dy = pixel_offset(labels.at[code, "lon"], labels.at[code, "lat"], view)
        nudge_x, nudge_y = LABEL_NUDGES.get(code, (0, 0))
        dx, dy = dx + nudge_x, dy - nudge_y
        missing = math.isnan(values[code])
        annotation = dict(
            xref="paper", yref="paper", x=centre_x, y=0.5, xshift=dx, yshift=dy,
            text=_label_text(name[code], value_text(code), missing), showarrow=False, align="center",
            font=dict(size=size, color=MISSING_TEXT_COLOR if missing else TEXT_COLOR),
            bgcolor="rgba(255,255,255,0.72)", borderpad=2, name=code)
        if code in CALLOUTS:
            ax, ay, xanchor, yanchor = CALLOUTS[code]
            annotation.update(showarrow=True, arrowhead=0, arrowwidth=1, arrowcolor=FRAME_COLOR,
                              standoff=8, ax=ax, ay=ay, xanchor=xanchor, yanchor=yanchor)
        out.append(annotation)
    return out


def _inset_label(name: dict, value_text, values: pd.Series, x0: float, y1: float, size: float = 11) -> dict:
    """Osh city's name and value in the inset's top-left corner."""
    missing = math.isnan(values[INSET_CODE])
    return dict(xref="paper", yref="paper", x=x0, y=y1, xanchor="left", yanchor="top", xshift=3, yshift=-3,
                text=_label_text(name[INSET_CODE], value_text(INSET_CODE), missing), showarrow=False,
                align="left", font=dict(size=size, color=MISSING_TEXT_COLOR if missing else TEXT_COLOR),
                bgcolor="rgba(255,255,255,0.8)", borderpad=2, name=INSET_CODE)
