"""Slides for a round table: one topic (indicator, region, breakdown) as a headline, trend, map,
ranking, region, breakdown and forecast, in type for a room.

Each slide is a dict: kind, title, figure (or None), chart (the figure as an analysis.chart_view.Chart:
its observations and its text for screen readers), source (its source line) and notes (caveats said
under it); the headline's also its metric. The page draws them (app_pages/present/page.py), the
handout prints them (ui/handout.py): the same words and numbers in both.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial

import pandas as pd

from analysis import chart_view, charts, forecast_view, maps, overview_view, slides, trends
from analysis.chart_view import Chart, rows_of
from analysis.loader import DataError
from analysis.periods import label as period_label
from analysis.series import SeriesKey, break_years, breakdown_keys, chart_points
from ui import labels
from ui.cache import kept
from ui.charts import words
from ui.format import number
from ui.geo import regions as geo_regions
from ui.i18n import t
from app_pages.forecasts.content import forecast_alt, projection, store

# The slide's map: made at this size (its labels, colour bar and attribution in type for a room)
# and stretched to the slide (analysis.maps responsive); no title in it, the slide has one.
MAP_SIZE = (1000, 560)
MAP_MARGIN = dict(l=10, r=60, t=10, b=72)
MAP_LABEL_PX = 16
MAP_FULL_LABELS_PX = 1200      # narrower, the map shows the values alone (names in the hover)
MAP_SMALL_PRINT_PX = 14
HEADLINE_SPARK_PX = 120


def described(data, lang, indicator: str):
    """(name, unit, decimals) of the indicator in the reader's language."""
    return (labels.indicator(data, indicator, lang), labels.unit(data, indicator, lang),
            int(data.indicators.loc[indicator, "decimals"]))


indicators = kept(slides.presentable_indicators)
breakdowns = kept(slides.breakdowns)


@kept
def topic(data, page: str, params: tuple) -> slides.Topic:
    """The topic a page shows with these (name, value) parameters (analysis.slides.topic_of)."""
    return slides.topic_of(data, page, dict(params))


@kept
def plan(data, indicator: str, region: str, has_forecast: bool) -> tuple[str, ...]:
    return tuple(slides.slides_for(data, indicator, region, has_forecast))


def has_forecast(indicator: str, region: str) -> bool:
    """Whether the forecast store has this series (loader.DataError when it is broken)."""
    return bool(len(store().table(SeriesKey(indicator, region))))


@kept
def headline(data, lang, indicator: str) -> dict:
    """The national latest value and its change since 2018 as the Overview's card states them
    (the same words, arrow and colour), for st.metric in large type; with its sparkline."""
    name, unit, _ = described(data, lang, indicator)
    card = overview_view.headline(data, SeriesKey(indicator))
    text = overview_view.card_text(card, lang, unit, partial(t, lang=lang), partial(number, lang=lang),
                                   labels.flag_names(data, lang))
    value = overview_view.with_unit(card, text.value, unit)
    spark = overview_view.sparkline(card.points, colour=charts.PALETTE[0], height=HEADLINE_SPARK_PX)
    spark.update_traces(line_width=4, marker_size=10)
    spark.update_layout(margin=dict(l=12, r=12, t=12, b=12))
    notes = [t("present.flagged_change", lang)] if card.since_base is not None and card.since_base.change.flags else []
    return {"kind": "headline", "title": name,
            "where": labels.region(data, "KG", lang),
            "label": period_label(card.latest.period, lang), "value": value, "delta": text.delta,
            "delta_color": text.delta_color, "delta_arrow": text.delta_arrow,
            "description": text.delta_description, "figure": spark, "notes": notes,
            "chart": Chart(spark, rows_of(card.points), name,
                           overview_view.sparkline_alt(card, name, value, partial(t, lang=lang), lang)),
            "source": labels.source_line(data, list(card.source_ids), lang, whole=True)}


def latest_regional(data, indicator: str):
    """(the last calendar year with regional values, the regional points)."""
    points = chart_points(data, [(r, SeriesKey(indicator, r)) for r in slides.regional(data, indicator)],
                          annual_only=True)
    return int(max(points.dropna(subset=["value"])["period"])), points


def year_rows(points, year: int) -> tuple:
    """The observation labels of the regional points' values in one year (what a map or ranking shows)."""
    return rows_of(points[(points["period"] == str(year)) & points["value"].notna()])


def slide_map(data, lang, indicator: str, region: str = "KG"):
    """The map of the last year with regional values, sized to the slide (analysis.maps responsive)."""
    name, unit, decimals = described(data, lang, indicator)
    year, points = latest_regional(data, indicator)
    names = {code: labels.region(data, code, lang) for code in data.regions.index}
    width, height = MAP_SIZE
    values = trends.regional_values(data, indicator, year)
    fig = maps.choropleth(values, names, "", unit, f",.{decimals}f",
                          reverse_colors=data.indicators.loc[indicator, "higher_is_better"] == "false",
                          missing_label=t("chart.no_data", lang), attribution=t("regions.map_attribution", lang),
                          separators=charts.separators(lang), width=width, height=height, regions=geo_regions(),
                          responsive=True, label_size=MAP_LABEL_PX, small_print_size=MAP_SMALL_PRINT_PX,
                          margin=MAP_MARGIN)
    title = t("present.map_title", lang, name=name, period=period_label(str(year), lang))
    named = pd.DataFrame({"label": [names[c] for c in values.index], "value": values.to_numpy()})
    return {"kind": "map", "title": title, "figure": fig, "notes": [],
            "chart": Chart(fig, year_rows(points, year), title, chart_view.alt_bars(title, named, unit, decimals, lang)),
            "source": labels.source_line(data, points["source_id"], lang, whole=True)}


def slide_chart(data, lang, indicator: str, region: str, kind: str, by: str | None = None) -> dict:
    """A trend, ranking, region, breakdown or forecast slide, its figure made for a projector."""
    name, unit, decimals = described(data, lang, indicator)
    breaks, flag_names = break_years(data, SeriesKey(indicator)), labels.flag_names(data, lang)
    country = labels.region(data, "KG", lang)
    notes: list[str] = []
    if kind == "trend":
        title = f"{name} — {country}"
        points = chart_points(data, [(country, SeriesKey(indicator))])
        fig = charts.line_chart(points, words(lang, title, unit, ""), lang, decimals, breaks, flag_names,
                                end_labels=False)   # a slide keeps its legend on top (slides.for_projector)
    elif kind == "ranking":
        year, points = latest_regional(data, indicator)
        title = t("present.ranking_title", lang, name=name, period=period_label(str(year), lang))
        ranked = trends.ranks(data, indicator, year)
        ranked["label"] = [labels.region(data, r, lang) for r in ranked["region"]]
        ranked["code"] = ranked["region"]
        fig = slides.ranking_figure(ranked, unit, decimals, charts.separators(lang), t("chart.no_data", lang),
                                    highlight=region)
        made = Chart(fig, year_rows(points, year), title, chart_view.alt_bars(title, ranked, unit, decimals, lang))
    elif kind == "region":
        title = f"{name}: {labels.region(data, region, lang)}"
        points = chart_points(data, [(country, SeriesKey(indicator)),
                                     (labels.region(data, region, lang), SeriesKey(indicator, region))])
        fig = charts.line_chart(points, words(lang, title, unit, ""), lang, decimals, breaks, flag_names,
                                emphasis=country, end_labels=False)
    elif kind == "breakdown":
        available = slides.breakdowns(data, indicator)
        dimension = by if by in available else available[0]
        title = f"{name}: {t(f'breakdown.{dimension}', lang)}"
        keys = breakdown_keys(data, indicator, "KG", dimension)
        points = chart_points(data, [(labels.code(data, dimension, c, lang) if c != "total" else country, k)
                                     for c, k in keys])
        fig = charts.line_chart(points, words(lang, title, unit, ""), lang, decimals, breaks, flag_names,
                                emphasis=country, end_labels=False)
    else:
        key = SeriesKey(indicator, region)
        title = f"{name} — {labels.region(data, region, lang)}: {t('chart.forecast', lang)}"
        history = forecast_view.history(data, key).dropna()
        summary = forecast_view.from_store(store(), key)
        points = chart_points(data, [("", key)])
        fig = slides.for_projector(charts.forecast_chart(history, summary.table, words(lang, title, unit, ""), lang,
                                                         decimals, break_years(data, key)))
        made = Chart(fig, forecast_view.history_rows(data, key, history), title,
                     forecast_alt(data, lang, key, title, history, summary.table),
                     computed=projection(data, lang, key, summary))
        notes.append(t("present.forecast_note", lang))
    if kind in ("trend", "region", "breakdown"):
        fig = slides.for_projector(fig)
        made = Chart(fig, rows_of(points), title, chart_view.alt_lines(title, points, unit, decimals, lang))
    return {"kind": kind, "title": title, "figure": fig, "chart": made, "notes": notes,
            "source": labels.source_line(data, points["source_id"], lang, whole=True)}


@kept
def slide(data, lang, indicator: str, region: str, by: str | None, kind: str) -> dict:
    """Slide `kind` of the topic (the same dict for the page and the handout)."""
    if kind == "headline":
        made = headline(data, lang, indicator)
    elif kind == "map":
        made = slide_map(data, lang, indicator, region)
    else:
        made = slide_chart(data, lang, indicator, region, kind, by)
    # A slide has no table view: its text for screen readers does not point to one.
    shown = made["chart"]
    return {**made, "chart": replace(shown, alt=shown.alt.replace(" " + chart_view.ALT[lang]["table"], ""))}


def deck(data, lang, indicator: str, region: str, by: str | None) -> list[dict]:
    """Every slide of the topic, in order (the handout); a slide whose file is broken is left out."""
    try:
        forecast = has_forecast(indicator, region)
    except DataError:
        forecast = False
    out = []
    for kind in plan(data, indicator, region, forecast):
        try:
            out.append(slide(data, lang, indicator, region, by, kind))
        except DataError:          # the boundaries (map) are broken: the page says so on that slide
            continue
    return out


# --- the slide's layout and type ----------------------------------------------------------------------

_A, _C = maps.aspect(*MAP_SIZE, MAP_MARGIN)
# Our own fixed CSS (never user input). The slide fills the screen it is on: a column of the bar,
# the title, the stage (all the height left) and the notes under it (source, caveats), so nothing
# falls below the fold; charts fill the stage, the map keeps its shape within it. The type scales
# with the screen's height (vh), between a floor for 1024 x 768 and a cap for large screens: at
# 1920 x 1080 the title is 48 px, the notes 21 px, the counter 29 px, the headline number 176 px.
# Text is #1a1a1a or #333 on white (17.4:1, 12.6:1).
SLIDE_CSS = ("""<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stHeaderActionElements"] { display: none !important; }
[data-testid="stMain"] { overflow-x: hidden; }
[data-testid="stMainBlockContainer"] { max-width: 100% !important; height: 100dvh; min-height: 24rem; box-sizing: border-box;
  padding: 0.6rem clamp(0.75rem, 2.5vw, 2.5rem) 0.5rem !important; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] { height: 100%; gap: 0.35rem; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] > * { flex-shrink: 0 !important; }
[data-testid="stMainBlockContainer"] [data-testid="stCaptionContainer"], [data-testid="stMainBlockContainer"] [data-testid="stMarkdownContainer"],
[data-testid="stMainBlockContainer"] [data-testid="stHeading"] * { margin-bottom: 0 !important; }
[data-testid="stMainBlockContainer"] [data-testid="stCaptionContainer"] { opacity: 1 !important; }
[data-testid="stMainBlockContainer"] h1 { font-size: clamp(1.45rem, 4.45vh, 3rem) !important; line-height: 1.15 !important;
  padding: 0.15rem 0 0.1rem !important; color: #1a1a1a; }
.st-key-present_bar { flex: 0 0 auto !important; row-gap: 0.3rem; }
.st-key-present_bar button { min-height: clamp(2.4rem, 5.2vh, 3.6rem); padding: 0 clamp(0.6rem, 1.2vw, 1.2rem); }
.st-key-present_bar button p, .st-key-present_bar button span, .st-key-present_bar button kbd,
.st-key-present_bar [data-testid="stMarkdownContainer"] p { font-size: clamp(1rem, 2.4vh, 1.6rem) !important; }
.st-key-present_counter p { font-size: clamp(1.1rem, 2.7vh, 1.8rem) !important; font-weight: 700; white-space: nowrap;
  color: #1a1a1a; margin: 0; }
.st-key-present_next_page, .st-key-present_next_space, .st-key-present_previous_page { display: none !important; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] > [data-testid="stLayoutWrapper"]:has(> .st-key-present_slides) {
  flex: 1 1 0 !important; min-height: 16rem; }
/* the two slots, one over the other (SLOT_*_SHOWN_CSS hides the one that holds the next slide); each
   a column of its title, its stage (all the height left) and its notes */
.st-key-present_slides { flex: 1 1 0 !important; height: 100%; position: relative; }
.st-key-present_slides > [data-testid="stLayoutWrapper"] { position: absolute; inset: 0; }
.st-key-present_slides > [data-testid="stLayoutWrapper"] > [data-testid="stVerticalBlock"] { height: 100%; gap: 0.35rem; }
.st-key-present_slides > [data-testid="stLayoutWrapper"] > [data-testid="stVerticalBlock"] > * { flex-shrink: 0 !important; }
.st-key-present_slides [data-testid="stLayoutWrapper"]:has(> [class*="_stage"]) { flex: 1 1 0 !important; min-height: 8rem; }
.st-key-present_0_stage, .st-key-present_1_stage { flex: 1 1 0 !important; min-height: 8rem; height: 100%;
  container-type: size; gap: 0.3rem; }
.st-key-present_slides [data-testid="stElementContainer"]:has([data-testid="stPlotlyChart"]):not([class*="_map"]) {
  flex: 1 1 0 !important; min-height: 0 !important; height: auto !important; overflow: hidden !important; }
.st-key-present_slides [data-testid="stFullScreenFrame"], .st-key-present_slides [data-testid="stPlotlyChart"] {
  height: 100% !important; }
.st-key-present_slides .st-key-present_0_spark, .st-key-present_slides .st-key-present_1_spark { max-height: 42cqh; }
.st-key-present_0_where p, .st-key-present_1_where p { font-size: clamp(1.15rem, 3vh, 2.1rem) !important; color: #333; margin: 0; }
.st-key-present_slides [data-testid="stMetricLabel"] p { font-size: clamp(1.1rem, 2.8vh, 2rem) !important; color: #333; }
.st-key-present_slides [data-testid="stMetricValue"] { font-size: clamp(3.2rem, min(16.3vh, 21vw), 11rem) !important;
  line-height: 1.05; }
.st-key-present_slides [data-testid="stMetricDelta"] p { font-size: clamp(1.2rem, 3.4vh, 2.4rem) !important; }
.st-key-present_slides [data-testid="stMetricDelta"] svg { width: clamp(1.2rem, 3.4vh, 2.4rem); height: clamp(1.2rem, 3.4vh, 2.4rem); }
.st-key-present_slides [data-testid="stMetric"] .stMarkdownEllipsis, .st-key-present_slides [data-testid="stMetric"] p {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }
.st-key-present_slides [data-testid="stCaptionContainer"] p { font-size: clamp(1rem, 2.2vh, 1.5rem) !important; color: #333; }
.st-key-present_0_notes, .st-key-present_1_notes { flex: 0 0 auto !important; gap: 0.15rem; }
.st-key-present_0_notes p, .st-key-present_1_notes p { font-size: clamp(0.95rem, 1.95vh, 1.35rem) !important; color: #333 !important; line-height: 1.3;
  margin: 0 !important; }

""" + "".join(maps.container_css(f"present_{slot}_map", *MAP_SIZE, MAP_MARGIN, compact_below=MAP_FULL_LABELS_PX)
             for slot in (0, 1)) + f"""
.st-key-present_slides .st-key-present_0_map, .st-key-present_slides .st-key-present_1_map {{
  width: min(100cqw, calc((100cqh - {_C:.2f}px) / {_A:.5f})) !important; margin: 0 auto; }}
/* A phone: the buttons say what they do by their icons (and their help), and the slide may scroll:
   the text first, then the chart at most of the screen's height, then the notes. */
@media (max-width: 640px) {{
  .st-key-present_topic button p, .st-key-present_handout button p, .st-key-present_exit button p {{ display: none; }}
  [data-testid="stMainBlockContainer"] {{ height: auto; min-height: 100dvh; }}
  [data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] {{ height: auto; }}
  [data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] > [data-testid="stLayoutWrapper"]:has(> .st-key-present_slides),
  .st-key-present_slides, .st-key-present_slides [data-testid="stLayoutWrapper"]:has(> [class*="_stage"]),
  .st-key-present_0_stage, .st-key-present_1_stage {{ flex: 0 0 auto !important; height: auto; container-type: normal; }}
  .st-key-present_slides > [data-testid="stLayoutWrapper"] {{ position: static; }}
  .st-key-present_slides [data-testid="stElementContainer"]:has([data-testid="stPlotlyChart"]):not([class*="_map"]) {{
    flex: 0 0 auto !important; height: 58vh !important; }}
  .st-key-present_slides [data-testid="stElementContainer"].st-key-present_0_spark:has([data-testid="stPlotlyChart"]),
  .st-key-present_slides [data-testid="stElementContainer"].st-key-present_1_spark:has([data-testid="stPlotlyChart"]) {{
    height: 10vh !important; }}
  .st-key-present_slides .st-key-present_0_map, .st-key-present_slides .st-key-present_1_map {{ width: 100% !important; }}
}}
</style>""")


def _slot_shown(slot: int) -> str:
    """CSS that shows the slot `slot` (this slide) and hides the other one (the next slide, drawn
    behind it at the same size: not seen, not clicked, not read by a screen reader). Visibility, set on
    every element inside too, as Streamlit's elements set theirs back to visible; it keeps the layout, so
    the next slide's charts are drawn at their size. On a phone the hidden one also leaves the page's flow."""
    hidden = f'.st-key-present_slides > [data-testid="stLayoutWrapper"]:has(> [class*="st-key-present_{1 - slot}_slide_"])'
    return (f"<style>\n{hidden}, {hidden} * {{ visibility: hidden !important; pointer-events: none; }}\n"
            f"{hidden} {{ z-index: -1; }}\n"
            f"@media (max-width: 640px) {{ {hidden} {{ position: absolute !important; inset: 0 auto auto 0; width: 100%; }} }}\n"
            "</style>")


SLOT_0_SHOWN_CSS = _slot_shown(0)
SLOT_1_SHOWN_CSS = _slot_shown(1)
