"""The presentation as a PDF handout: one A4 landscape page per slide, in the reader's language,
with each slide's title, figure, caveats and sources. Made on the server without any network or
browser: fpdf2 draws each slide's plotly figure (the one the slide shows) as PDF vectors, and the
type is Source Sans 3, the font Streamlit ships for the app (its WOFF2 file, a variable font, is
made into static regular and bold TrueType once and kept in the temporary folder).

What the figures hold and the handout draws: lines and markers (hollow for a secondary source),
filled bands (a forecast's intervals), horizontal bars with their values, dotted break lines with
their labels, and the choropleth map (units coloured on the same scale, missing ones grey, their
names and values, Osh city's inset, the colour bar, the boundaries' attribution).
"""
from __future__ import annotations

import datetime as dt
import glob
import html
import math
import re
import tempfile
import threading
from pathlib import Path

from analysis import maps
from analysis.geometry import label_points
from ui.geo import regions as geo_regions
from ui.i18n import t

PAGE_W, PAGE_H = 841.89, 595.28        # A4 landscape, points
MARGIN = 36
INK = (26, 26, 26)
MUTED = (70, 70, 70)
GRID = (208, 208, 208)
TITLE_PT, NOTE_PT, SOURCE_PT, TICK_PT, SMALL_PT = 20, 11, 9.5, 9, 8
FONT_WEIGHTS = {"": 400, "B": 700}
STREAMLIT_FONT = "SourceSansVF-Upright.ttf.*.woff2"
# What the handout writes: Latin, Latin-1, Latin Extended-A, Cyrillic (Kyrgyz's Ң Ө Ү too),
# punctuation, arrows and the few symbols the dashboard uses.
GLYPHS = [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x400, 0x530), *range(0x2000, 0x2070),
          0x20AC, 0x2116, 0x2190, 0x2191, 0x2192, 0x2193, 0x2212, 0x25A0, 0x25CB, 0x25CF, 0x26A0]

_font_lock = threading.Lock()


def font_files() -> dict[str, Path]:
    """Static TrueType files of Source Sans 3 (regular, bold), made once from Streamlit's WOFF2."""
    import streamlit
    (source,) = glob.glob(str(Path(streamlit.__file__).parent / "static" / "static" / "media" / STREAMLIT_FONT))
    folder = Path(tempfile.gettempdir()) / "kg-dashboard-fonts"
    files = {style: folder / f"{Path(source).name.split('.')[0]}-{Path(source).name.split('.')[2]}-{weight}.ttf"
             for style, weight in FONT_WEIGHTS.items()}
    with _font_lock:
        if all(f.is_file() for f in files.values()):
            return files
        from fontTools import subset
        from fontTools.ttLib import TTFont
        from fontTools.varLib import instancer

        folder.mkdir(parents=True, exist_ok=True)
        for style, weight in FONT_WEIGHTS.items():
            font = TTFont(source)
            options = subset.Options()
            options.layout_features = ["kern", "liga", "locl", "mark", "mkmk"]
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=GLYPHS)
            subsetter.subset(font)
            static = instancer.instantiateVariableFont(font, {"wght": weight})
            static.flavor = None
            partial = files[style].with_suffix(f".{threading.get_ident()}.part")
            static.save(partial)
            partial.replace(files[style])          # whole or not at all, for another process
    return files


# --- text and colour -----------------------------------------------------------------------------

def plain(text) -> str:
    """A plotly label's text without its markup."""
    text = re.sub(r"<br\s*/?>", " ", str(text or ""))
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def colour(value, default=(0, 0, 0)) -> tuple[tuple[int, int, int], float]:
    """(r, g, b), opacity of a plotly colour (#rrggbb, rgb(), rgba())."""
    if not value:
        return default, 1.0
    value = str(value).strip()
    if value.startswith("#") and len(value) == 7:
        return tuple(int(value[i:i + 2], 16) for i in (1, 3, 5)), 1.0
    found = re.match(r"rgba?\(([^)]*)\)", value)
    if found:
        parts = [float(p) for p in found.group(1).split(",")]
        return tuple(int(round(p)) for p in parts[:3]), (parts[3] if len(parts) > 3 else 1.0)
    return default, 1.0


def number_text(value: float, decimals: int, separators: str) -> str:
    text = f"{value:,.{decimals}f}"
    decimal, thousands = (separators + ".,")[:2]
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands if thousands != " " else "\u00a0")


def nice_ticks(low: float, high: float, count: int = 6) -> list[float]:
    if not (math.isfinite(low) and math.isfinite(high)):
        return []
    if high == low:
        low, high = low - 1, high + 1
    rough = (high - low) / count
    base = 10 ** math.floor(math.log10(rough))
    step = next(m * base for m in (1, 2, 2.5, 5, 10) if rough <= m * base)
    first = math.floor(low / step) * step
    return [round(first + i * step, 10) for i in range(int((high - first) / step) + 2) if first + i * step <= high + 1e-9]


def decimals_of(step: float) -> int:
    return max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0


def _x_value(x) -> float | None:
    """A plotly x value as a number: a date as a fractional year, a number as it is."""
    if x is None:
        return None
    if isinstance(x, (int, float)):
        return float(x) if math.isfinite(x) else None
    text = str(x)
    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if found:
        day = dt.date(*map(int, found.groups()))
        return day.year + (day.timetuple().tm_yday - 1) / 365.25
    try:
        return float(text)
    except ValueError:
        return None


def _y_value(y) -> float | None:
    try:
        value = float(y)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


# --- the document ----------------------------------------------------------------------------------

class Handout:
    """fpdf2 with the two weights of the font, and the helpers the slides draw with."""

    def __init__(self, lang: str):
        from fpdf import FPDF

        self.pdf = FPDF(orientation="L", unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        for style, path in font_files().items():
            self.pdf.add_font("Sans", style, str(path))
        self.pdf.set_lang(lang)
        self.lang = lang

    def font(self, size: float, bold: bool = False, rgb=INK) -> None:
        self.pdf.set_font("Sans", "B" if bold else "", size)
        self.pdf.set_text_color(*rgb)

    def width(self, text: str) -> float:
        return self.pdf.get_string_width(text)

    def lines(self, text: str, width: float) -> list[str]:
        """The text broken between words into lines no wider than `width` (current font)."""
        out: list[str] = []
        for paragraph in str(text).split("\n"):
            line = ""
            for word in paragraph.split():
                trial = f"{line} {word}".strip()
                if line and self.width(trial) > width:
                    out.append(line)
                    line = word
                else:
                    line = trial
            out.append(line)
        return out

    def write(self, x: float, y: float, text: str, width: float, size: float, bold=False, rgb=INK,
              leading: float = 1.25, align: str = "left") -> float:
        """Wrapped text whose first line's top is at y; the y under its last line."""
        self.font(size, bold, rgb)
        for line in self.lines(text, width):
            offset = 0 if align == "left" else (width - self.width(line)) if align == "right" else (width - self.width(line)) / 2
            self.pdf.text(x + offset, y + size * 0.9, line)
            y += size * leading
        return y

    def height(self, text: str, width: float, size: float, bold=False, leading: float = 1.25) -> float:
        self.font(size, bold)
        return len(self.lines(text, width)) * size * leading


def pdf(data, lang: str, indicator: str, region: str, by: str | None) -> bytes:
    """The handout of the topic's deck: a page per slide (the Download button calls this on click)."""
    from app_pages.present import content as present

    slides = present.deck(data, lang, indicator, region, by)
    doc = Handout(lang)
    name = slides[0]["title"] if slides else indicator
    doc.pdf.set_title(t("present.handout_title", lang, name=name))
    doc.pdf.set_creator(t("app.title", lang))
    made = t("present.handout_made", lang, date=dt.date.today().isoformat())
    for number, content in enumerate(slides, 1):
        doc.pdf.add_page()
        page(doc, content, made, number, len(slides))
    return bytes(doc.pdf.output())


def page(doc: Handout, content: dict, made: str, number: int, pages: int) -> None:
    width = PAGE_W - 2 * MARGIN
    # The foot: what made it and the page's number; above it the source and the caveats.
    doc.write(MARGIN, PAGE_H - MARGIN + 6, made, width * 0.7, SMALL_PT, rgb=MUTED)
    doc.write(MARGIN, PAGE_H - MARGIN + 6, t("present.handout_page", doc.lang, page=number, pages=pages), width,
              SMALL_PT, rgb=MUTED, align="right")
    notes = [n for n in content["notes"]]
    bottom = PAGE_H - MARGIN - 6
    source_h = doc.height(content["source"], width, SOURCE_PT)
    notes_h = sum(doc.height(n, width, NOTE_PT, bold=True) for n in notes)
    y = bottom - source_h - notes_h
    for note in notes:
        y = doc.write(MARGIN, y, note, width, NOTE_PT, bold=True)
    doc.write(MARGIN, y, content["source"], width, SOURCE_PT, rgb=MUTED)
    top = doc.write(MARGIN, MARGIN, content["title"], width, TITLE_PT, bold=True) + 6
    box = (MARGIN, top, width, bottom - source_h - notes_h - 10 - top)
    if content["kind"] == "headline":
        headline(doc, content, box)
    elif content["kind"] == "map":
        choropleth(doc, content["figure"], box)
    else:
        chart(doc, content["figure"], box)


def headline(doc: Handout, content: dict, box) -> None:
    x, y, w, h = box
    y = doc.write(x, y + 4, content["where"], w, 16, rgb=MUTED) + 6
    y = doc.write(x, y, content["label"], w, 14, rgb=MUTED) + 4
    y = doc.write(x, y, content["value"], w, 64, bold=True) + 8
    delta_rgb = {"red": (176, 32, 32), "green": (20, 110, 50)}.get(content["delta_color"], MUTED)
    arrow = {"up": "↑ ", "down": "↓ "}.get(content["delta_arrow"], "")
    y = doc.write(x, y, arrow + content["delta"], w, 20, bold=True, rgb=delta_rgb) + 4
    if content["description"]:
        y = doc.write(x, y, content["description"], w, 13, rgb=MUTED) + 8
    spark = content["figure"]
    if y < box[1] + h - 60:
        chart(doc, spark, (x, y, w, box[1] + h - y), axes=False)


# --- charts -----------------------------------------------------------------------------------------

def chart(doc: Handout, fig, box, axes: bool = True) -> None:
    """Lines, markers, bands and horizontal bars of a plotly figure, in the box (x, y, w, h)."""
    pdf = doc.pdf
    x0, y0, w, h = box
    separators = fig.layout.separators or ".,"
    bars = [tr for tr in fig.data if tr.type == "bar"]
    legend = [tr for tr in fig.data if tr.name and tr.showlegend is not False and tr.type == "scatter"] if axes else []
    if len(legend) < 2 and not any(tr.fill for tr in legend):
        legend = legend if any("(" in (tr.name or "") for tr in legend) else []
    if legend:                                        # swatches on top, wrapping
        doc.font(TICK_PT + 1)
        lx, ly = x0, y0
        for tr in legend:
            rgb, _ = colour((tr.line.color if tr.line else None) or (tr.marker.color if tr.marker else None)
                            or tr.fillcolor)
            label = plain(tr.name)
            item = 26 + doc.width(label) + 14
            if lx + item > x0 + w:
                lx, ly = x0, ly + 14
            pdf.set_fill_color(*rgb)
            pdf.rect(lx, ly + 3, 18, 5, style="F")
            pdf.text(lx + 24, ly + 9, label)
            lx += item
        y0, h = ly + 20, h - (ly + 20 - y0)
    if bars:
        bar_chart(doc, bars[0], (x0, y0, w, h), separators)
        return
    xs, ys = [], []
    for tr in fig.data:
        for a, b in zip(tr.x if tr.x is not None else (), tr.y if tr.y is not None else ()):
            xa, yb = _x_value(a), _y_value(b)
            if xa is not None and yb is not None:
                xs.append(xa)
                ys.append(yb)
    if not xs:
        return
    low, high = min(ys), max(ys)
    pad = (high - low) * 0.06 or 1
    y_ticks = nice_ticks(low - pad, high + pad) if axes else []
    if y_ticks:
        low, high = min(low - pad, y_ticks[0]), max(high + pad, y_ticks[-1])
    else:
        low, high = low - pad, high + pad
    step = (y_ticks[1] - y_ticks[0]) if len(y_ticks) > 1 else 1
    labels = [number_text(v, decimals_of(step), separators) for v in y_ticks]
    doc.font(TICK_PT)
    left = x0 + (max((doc.width(s) for s in labels), default=0) + 8 if axes else 0)
    unit = plain(fig.layout.yaxis.title.text) if axes and fig.layout.yaxis.title else ""
    if unit:
        doc.write(x0, y0, unit, w, TICK_PT, rgb=MUTED)
        y0, h = y0 + 14, h - 14
    bottom = y0 + h - (16 if axes else 0)
    x_low, x_high = math.floor(min(xs)), math.ceil(max(xs)) if max(xs) > math.floor(min(xs)) else math.floor(min(xs)) + 1

    def px(xv):
        return left + (xv - x_low) / (x_high - x_low) * (x0 + w - left)

    def py(yv):
        return bottom - (yv - low) / (high - low) * (bottom - y0)

    if axes:
        pdf.set_draw_color(*GRID)
        pdf.set_line_width(0.5)
        doc.font(TICK_PT, rgb=INK)
        for value, text in zip(y_ticks, labels):
            pdf.line(left, py(value), x0 + w, py(value))
            pdf.text(left - 6 - doc.width(text), py(value) + TICK_PT * 0.35, text)
        every = max(1, math.ceil((x_high - x_low) / 10))
        pdf.set_draw_color(85, 85, 85)
        pdf.line(left, bottom, x0 + w, bottom)
        for year in range(int(x_low), int(x_high) + 1, every):
            text = str(year)
            pdf.line(px(year), bottom, px(year), bottom + 3)
            if year + 0.5 <= x_high:
                pdf.text(px(year + 0.5) - doc.width(text) / 2, bottom + 13, text)
    for shape in fig.layout.shapes:                       # breaks in comparability
        at = _x_value(shape.x0)
        if at is None or not axes:
            continue
        rgb, _ = colour(shape.line.color, (161, 69, 0))
        pdf.set_draw_color(*rgb)
        pdf.set_line_width(1)
        pdf.set_dash_pattern(dash=2, gap=2)
        pdf.line(px(at), y0, px(at), bottom)
        pdf.set_dash_pattern()
    for note in fig.layout.annotations:
        at = _x_value(note.x)
        if at is None or not axes or note.xref == "paper":
            continue
        doc.font(TICK_PT, rgb=(161, 69, 0))
        text = plain(note.text)
        pdf.text(px(at) + (3 if note.xanchor != "right" else -3 - doc.width(text)), y0 + TICK_PT, text)
    for tr in fig.data:
        if tr.type != "scatter":
            continue
        points = [(px(_x_value(a)), py(_y_value(b))) if _x_value(a) is not None and _y_value(b) is not None else None
                  for a, b in zip(tr.x if tr.x is not None else (), tr.y if tr.y is not None else ())]
        if tr.fill == "toself":
            rgb, alpha = colour(tr.fillcolor, (0, 114, 178))
            shape = [p for p in points if p]
            if len(shape) > 2:
                pdf.set_fill_color(*rgb)
                with pdf.local_context(fill_opacity=alpha):
                    pdf.polygon(shape, style="F")
            continue
        mode = tr.mode or "lines+markers"
        rgb, _ = colour((tr.line.color if tr.line else None) or (tr.marker.color if tr.marker else None), INK)
        if "lines" in mode:
            pdf.set_draw_color(*rgb)
            pdf.set_line_width(max(1.0, (tr.line.width or 2) * 0.6))
            if tr.line and tr.line.dash in ("dash", "dot", "dashdot"):
                pdf.set_dash_pattern(dash=4, gap=3)
            run: list = []
            for p in [*points, None]:
                if p is None:
                    if len(run) > 1:
                        pdf.polyline(run)
                    run = []
                else:
                    run.append(p)
            pdf.set_dash_pattern()
        if "markers" in mode:
            symbol = str(tr.marker.symbol or "circle") if tr.marker else "circle"
            size = 2.2 if "open" not in symbol else 3
            pdf.set_draw_color(*rgb)
            pdf.set_fill_color(*rgb)
            pdf.set_line_width(1)
            for p in points:
                if p:
                    pdf.ellipse(p[0] - size, p[1] - size, 2 * size, 2 * size, style="D" if "open" in symbol else "F")


def bar_chart(doc: Handout, trace, box, separators: str) -> None:
    pdf = doc.pdf
    x0, y0, w, h = box
    # The slide's ranking names its bars above them (customdata); other bar charts on their axis.
    names = [plain(v) for v in (trace.customdata if trace.customdata is not None else trace.y)]
    values = [_y_value(v) for v in trace.x]
    colours = trace.marker.color if trace.marker and not isinstance(trace.marker.color, str) else None
    decimals = int(re.search(r"\.(\d)f", trace.texttemplate or ".1f").group(1)) if trace.texttemplate else 1
    doc.font(TICK_PT + 1)
    left = x0 + max(doc.width(n) for n in names) + 10
    texts = [number_text(v, decimals, separators) if v is not None else "" for v in values]
    right = x0 + w - max(doc.width(s) for s in texts) - 8
    top = max((v for v in values if v is not None), default=1) or 1
    row = h / max(1, len(names))
    for i, (label, value, text) in enumerate(zip(reversed(names), reversed(values), reversed(texts))):
        y = y0 + i * row
        doc.font(TICK_PT + 1)
        pdf.text(left - 8 - doc.width(label), y + row / 2 + 3.5, label)
        if value is None:
            continue
        index = len(names) - 1 - i
        rgb, _ = colour(colours[index] if colours is not None else "#0072B2")
        pdf.set_fill_color(*rgb)
        length = max(0.0, value) / top * (right - left)
        pdf.rect(left, y + row * 0.15, length, row * 0.7, style="F")
        pdf.text(left + length + 4, y + row / 2 + 3.5, text)


# --- the map -----------------------------------------------------------------------------------------

def _mercator(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def choropleth(doc: Handout, fig, box) -> None:
    """The map's units in their colours (the figure's traces), their labels, Osh city's inset, the
    colour bar and the attribution."""
    pdf = doc.pdf
    x0, y0, w, h = box
    notes = {a.name: a for a in fig.layout.annotations if a.name}
    attribution = plain(notes["attribution"].text) if "attribution" in notes else ""
    attribution_h = doc.height(attribution, w, SMALL_PT) if attribution else 0
    h -= attribution_h + 6
    bar_w = 60
    bounds = fig.layout.map.bounds
    west, east, south, north = bounds.west, bounds.east, bounds.south, bounds.north
    map_w = w - bar_w
    scale = min(map_w / math.radians(east - west), h / (_mercator(north) - _mercator(south)))
    used_w, used_h = scale * math.radians(east - west), scale * (_mercator(north) - _mercator(south))
    left, top = x0 + (map_w - used_w) / 2, y0 + (h - used_h) / 2

    def project(lon, lat, view=(west, north, left, top, scale)):
        v_west, v_north, v_left, v_top, v_scale = view
        return v_left + v_scale * math.radians(lon - v_west), v_top + v_scale * (_mercator(v_north) - _mercator(lat))

    values = next((tr for tr in fig.data if tr.uid == "values"), None)
    scale_colours = list(values.colorscale) if values is not None and values.colorscale else [[0, "#440154"], [1, "#fde725"]]
    if values is not None and values.reversescale:
        scale_colours = [[1 - p, c] for p, c in reversed(scale_colours)]

    def fill_of(trace, z):
        if trace.uid.endswith("missing"):
            return colour(maps.MISSING_COLOR)[0]
        share = 0.0 if trace.zmax == trace.zmin else (z - trace.zmin) / (trace.zmax - trace.zmin)
        from plotly.colors import sample_colorscale
        return colour(sample_colorscale([[p, c] for p, c in scale_colours], [min(1, max(0, share))])[0])[0]

    def draw_units(subplot: str, view) -> None:
        for trace in fig.data:
            if trace.type != "choroplethmap" or trace.subplot != subplot or trace.visible is False:
                continue
            z_of = dict(zip(trace.locations, trace.z))
            for feature in trace.geojson["features"]:
                pdf.set_fill_color(*fill_of(trace, z_of.get(feature["id"], 0)))
                pdf.set_draw_color(255, 255, 255)
                pdf.set_line_width(0.6)
                geometry = feature["geometry"]
                polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
                for polygon in polygons:
                    for ring_number, ring in enumerate(polygon):
                        points = [project(lon, lat, view) for lon, lat in ring]
                        if ring_number == 0:
                            pdf.polygon(points, style="DF")
                        else:                   # an enclave: white, as the map's background
                            pdf.set_fill_color(255, 255, 255)
                            pdf.polygon(points, style="F")

    view = (west, north, left, top, scale)
    draw_units("map", view)
    # Osh city's inset, in the map's bottom-right corner as on screen, framed.
    inset = fig.layout.map2.bounds
    (ix0, ix1), (iy0, iy1) = fig.layout.map2.domain.x, fig.layout.map2.domain.y
    span_x, span_y = fig.layout.map.domain.x[1] - fig.layout.map.domain.x[0], 1.0
    box_w, box_h = used_w * (ix1 - ix0) / span_x, used_h * (iy1 - iy0) / span_y
    box_x, box_y = left + used_w - box_w - 2, top + used_h - box_h - 2
    inset_scale = min(box_w / math.radians(inset.east - inset.west),
                      box_h / (_mercator(inset.north) - _mercator(inset.south)))
    inset_view = (inset.west, inset.north, box_x, box_y, inset_scale)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(box_x, box_y, box_w, box_h, style="F")
    with pdf.rect_clip(box_x, box_y, box_w, box_h):
        draw_units("map2", inset_view)
        for trace in fig.data:
            if trace.type == "scattermap" and trace.subplot == "map2":
                pdf.set_draw_color(34, 34, 34)
                pdf.set_line_width(1)
                run = []
                for lon, lat in [*zip(trace.lon, trace.lat), (None, None)]:
                    if lon is None:
                        if len(run) > 1:
                            pdf.polyline(run)
                        run = []
                    else:
                        run.append(project(lon, lat, inset_view))
    pdf.set_draw_color(34, 34, 34)
    pdf.set_line_width(0.8)
    pdf.rect(box_x, box_y, box_w, box_h, style="D")
    # The units' names and values at their label points; Osh city's in its inset.
    points = label_points(geo_regions()).set_index("iso_code")
    for code, row in points.iterrows():
        if code not in notes:
            continue
        text = [plain(part) for part in re.split(r"<br\s*/?>", notes[code].text)]
        if code == maps.INSET_CODE:
            cx, cy = box_x + 4, box_y + 4
            anchor = "left"
        else:
            cx, cy = project(row.lon, row.lat, view)
            if code in maps.CALLOUTS:
                dx, dy, _, _ = maps.CALLOUTS[code]
                pdf.set_draw_color(34, 34, 34)
                pdf.line(cx, cy, cx + dx, cy + dy)
                cx, cy = cx + dx, cy + dy - 16
                anchor = "left"
            else:
                anchor = "centre"
                cy -= 10
        for index, line in enumerate(text):
            doc.font(TICK_PT, bold=index == 1)
            width = doc.width(line)
            tx = cx if anchor == "left" else cx - width / 2
            pdf.set_fill_color(255, 255, 255)
            with pdf.local_context(fill_opacity=0.75):
                pdf.rect(tx - 1.5, cy + index * 10.5 - 1, width + 3, 10.5, style="F")
            pdf.text(tx, cy + index * 10.5 + 7.5, line)
    # The colour bar: the scale from its low to its high value, with its unit.
    if values is not None and values.visible is not False:
        bx, by, bh = x0 + w - bar_w + 12, y0 + h * 0.1, h * 0.8
        steps = 60
        for i in range(steps):
            share = 1 - (i + 0.5) / steps
            z = values.zmin + share * (values.zmax - values.zmin)
            pdf.set_fill_color(*fill_of(values, z))
            pdf.rect(bx, by + i * bh / steps, 10, bh / steps + 0.3, style="F")
        decimals = int(re.search(r"\.(\d+)f", values.colorbar.tickformat or ".1f").group(1))
        separators = fig.layout.separators or ".,"
        doc.font(TICK_PT)
        for share in (0, 0.5, 1):
            z = values.zmin + share * (values.zmax - values.zmin)
            pdf.text(bx + 14, by + bh * (1 - share) + 3, number_text(z, decimals, separators))
        doc.write(bx - 4, by - 16, plain(values.colorbar.title.text), bar_w, TICK_PT, rgb=MUTED)
    if "missing-key" in notes:
        pdf.set_fill_color(*colour(maps.MISSING_COLOR)[0])
        pdf.rect(x0, y0 + h + 3, 8, 8, style="F")
        doc.write(x0 + 12, y0 + h + 2, plain(notes["missing-key"].text).lstrip("■ "), w / 3, SMALL_PT, rgb=MUTED)
    if attribution:
        doc.write(x0 + w / 3, y0 + h + 2, attribution, w * 2 / 3, SMALL_PT, rgb=MUTED, align="right")
