"""The presentation: a short sequence of slides built from one topic (indicator, region, breakdown),
the topic each page of the dashboard is showing, and the figures restyled for a projector.

Pure Python (plotly figures, no Streamlit): app_pages/present/content.py builds the slides' contents,
app_pages/present/page.py draws them, ui/handout.py prints them.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

import plotly.graph_objects as go

from analysis import charts
from analysis.loader import Dataset
from analysis.series import SeriesKey, annual_values, breakdown_keys, regions_with_values

SLIDES = ("headline", "trend", "map", "ranking", "region", "breakdown", "forecast")
BREAKDOWNS = ("area", "sex", "age_group")      # what a breakdown slide can split the national series by
DEFAULT_INDICATOR = "poverty_rate"

# --- which slides --------------------------------------------------------------------------------


def breakdowns(data: Dataset, indicator: str) -> list[str]:
    """The dimensions the national series of the indicator is broken down by (at least two values)."""
    return [d for d in BREAKDOWNS if len(breakdown_keys(data, indicator, "KG", d)) > 1]


def regional(data: Dataset, indicator: str) -> list[str]:
    """The regional units (not the country) with values of the indicator."""
    return [r for r in regions_with_values(data, indicator) if r != "KG"]


def slides_for(data: Dataset, indicator: str, region: str, has_forecast: bool) -> list[str]:
    """The slides that have something to show for this selection, in order."""
    units = regional(data, indicator)
    national = annual_values(data, SeriesKey(indicator)).dropna()
    out = ["headline"]
    if len(national) >= 2:
        out.append("trend")
    if len(units) >= 2:
        out += ["map", "ranking"]
    if region != "KG" and region in units:
        out.append("region")
    if breakdowns(data, indicator):
        out.append("breakdown")
    if has_forecast:
        out.append("forecast")
    return out


def presentable_indicators(data: Dataset) -> list[str]:
    """Indicators with a national annual series of at least two years, in catalogue order."""
    obs = data.observations
    annual = obs[obs["shown"] & obs["value"].notna() & (obs["region"] == "KG") & obs["period"].str.fullmatch(r"\d{4}")]
    totals = annual[(annual[["sex", "area", "age_group", "activity", "category"]] == "total").all(axis=1)]
    counts = totals.groupby("indicator_id")["year"].nunique()
    return [i for i in data.indicators.index if counts.get(i, 0) >= 2]


# --- the topic a page is showing -------------------------------------------------------------------

@dataclass(frozen=True)
class Topic:
    indicator: str
    region: str = "KG"
    by: str | None = None           # a dimension of BREAKDOWNS, or None: the first the indicator has


# The pages presenting can start from (their url_path; the Overview is the default page).
PAGES = ("overview", "poverty", "wages", "disability", "pensions", "labour", "regions", "forecasts", "program",
         "data", "methodology", "coverage")
# The first tab of each page with tabs (its section when ?section= is absent).
FIRST_SECTION = {"wages": "national", "disability": "persons", "pensions": "pensioners", "labour": "regions",
                 "program": "program", "methodology": "sources"}
# What each page (and tab) shows when its own parameters are absent: (indicator, breakdown). These
# are the pages' own defaults (app_pages/<page>/); tests/test_presenting.py checks them.
SHOWN = {
    ("overview", None): ("poverty_rate", None),        # its map
    ("poverty", None): ("poverty_rate", None),
    ("wages", "national"): ("avg_monthly_wage", None),
    ("wages", "by_sex"): ("avg_monthly_wage", "sex"),
    ("wages", "by_activity"): ("avg_monthly_wage", "sex"),
    ("wages", "minimums"): ("minimum_wage", None),
    ("wages", "regional"): ("avg_monthly_wage", None),
    ("disability", "persons"): ("disabled_persons", None),
    ("disability", "children"): ("disabled_persons", "age_group"),
    ("disability", "new_cases"): ("disability_first_recognised", "age_group"),
    ("disability", "benefits"): ("pension_disability_benefit_recipients_share", None),
    ("disability", "all_figures"): ("disabled_persons", None),
    ("pensions", "pensioners"): ("pensioners", None),
    ("pensions", "below"): ("pensioners_below_subsistence_share_pensioners", None),
    ("pensions", "coverage"): ("social_protection_coverage", None),
    ("pensions", "benefits"): ("family_allowance_recipients_share", None),
    ("pensions", "spending"): ("social_protection_spending_share", None),
    ("labour", "regions"): ("unemployment_rate", None),
    ("labour", "sex_age"): ("unemployment_rate", "sex"),
    ("labour", "registered"): ("registered_unemployment_rate", None),
    ("labour", "injuries"): ("occupational_injury_rate", "sex"),
    ("labour", "youth_informal"): ("neet_rate", "sex"),
    ("regions", None): ("poverty_rate", None),
    ("forecasts", None): ("poverty_rate", None),
    ("data", None): ("poverty_rate", None),
}
# A page's main indicator, where what a tab shows has no national annual series to present.
PAGE_INDICATOR = {"wages": "avg_monthly_wage", "disability": "disabled_persons", "pensions": "avg_pension",
                  "labour": "unemployment_rate"}
# The page's own parameter that names the indicator, by page (and tab): it overrides SHOWN.
INDICATOR_PARAMETER = {("poverty", None): "indicator", ("regions", None): "indicator", ("forecasts", None): "indicator",
                       ("pensions", "below"): "below", ("labour", "injuries"): "injury",
                       ("disability", "all_figures"): "indicator", ("data", None): "indicators"}
# ... that names the region (a single one: a list of several means the country).
REGION_PARAMETER = {"poverty": "regions", "regions": "region", "forecasts": "region", "data": "regions",
                    "labour": "regions"}
REGIONS_DEFAULT_REGION = "KG-B"        # the Regions page's profile opens on the first unit (analysis.geometry)


def topic_of(data: Dataset, page: str, params: dict[str, str]) -> Topic:
    """The indicator, region and breakdown a page shows with these URL parameters (its defaults
    where they are absent), as a presentation can show them: an indicator without a national
    annual series falls back to the page's own, then to the poverty rate."""
    page = page if page in PAGES else "overview"
    section = params.get("section", FIRST_SECTION.get(page)) if page in FIRST_SECTION else None
    if (page, section) not in SHOWN and page in FIRST_SECTION:
        section = FIRST_SECTION[page]
    where = (page, section)
    indicator, by = SHOWN.get(where, (DEFAULT_INDICATOR, None))
    presentable = set(presentable_indicators(data))
    named = params.get(INDICATOR_PARAMETER.get(where, ""), "")
    named = named.split(",")[0] if where == ("data", None) else named
    if named in presentable:
        indicator = named
    if indicator not in presentable:        # no national annual series: the page's main one
        indicator, by = PAGE_INDICATOR.get(page, DEFAULT_INDICATOR), None
    if indicator not in presentable:
        indicator = DEFAULT_INDICATOR if DEFAULT_INDICATOR in presentable else next(iter(presentable))
    region = "KG"
    if page in REGION_PARAMETER:
        chosen = [r for r in params.get(REGION_PARAMETER[page], "").split(",") if r]
        if page == "regions" and not chosen:
            chosen = [REGIONS_DEFAULT_REGION]
        if len(chosen) == 1 and chosen[0] in data.regions.index:
            region = chosen[0]
    if page == "poverty" and params.get("by") in BREAKDOWNS:
        by = params["by"]
    elif page == "labour" and section == "sex_age" and params.get("by") in BREAKDOWNS:
        by = params["by"]
    elif page == "forecasts" and params.get("series", "total") != "total":
        dimension = params["series"].split("=")[0]
        by = dimension if dimension in BREAKDOWNS else by
    available = breakdowns(data, indicator)
    return Topic(indicator, region, by if by in available else None)


# --- where presenting started: ?from=<page>?<its query string> ------------------------------------

MAX_BACK = 2000            # characters of the origin's query string
MAX_BACK_PARAMETERS = 16
_NAME = re.compile(r"[a-z][a-z_]{0,23}")


def origin_query(params: dict[str, str]) -> str:
    """The origin page's parameters as one value for ?back= (its language and ?present left out:
    the presentation has its own)."""
    return urlencode({k: v for k, v in params.items() if k not in ("lang", "present")})


def parse_origin(text: str | None) -> tuple[str, dict[str, str]] | None:
    """(page, its parameters) from ?from=<page>?<query>, ("overview", {}) without it, or None
    when it is not one of the pages with a plain short query string."""
    if text is None:
        return "overview", {}
    page, _, query = text.partition("?")
    params = parse_back(query)
    return None if page not in PAGES or params is None else (page, params)


def parse_back(text: str | None) -> dict[str, str] | None:
    """The origin's parameters from ?back=, or None when it is not a plain short query string
    (the page that reads them checks each value itself)."""
    if text is None or text == "":
        return {}
    if len(text) > MAX_BACK:
        return None
    try:
        pairs = parse_qsl(text, keep_blank_values=False, strict_parsing=True, max_num_fields=MAX_BACK_PARAMETERS)
    except ValueError:
        return None
    if any(not _NAME.fullmatch(k) or k in ("lang", "present") or len(v) > 500 for k, v in pairs):
        return None
    return dict(pairs)


# --- figures for a projector -------------------------------------------------------------------------

# Type in pixels, for a room: the charts keep these at every screen size (the page scales the
# rest of the slide with the screen). At 1920 x 1080 a 22 px tick label is ~2 % of the screen's
# height, what a back row reads; at 1024 x 768 the same labels still leave a plot area of ~450 px.
TICK_PX = 22
LEGEND_PX = 22
AXIS_TITLE_PX = 22
BAR_TEXT_PX = 22
NOTE_PX = 20               # labels inside the plot: a possible break, no data
HOVER_PX = 20
# Dark enough to read from the back (contrast on white): ink 17.4:1, grid lines light but seen.
INK = "#1a1a1a"
AXIS_LINE = "#555555"
GRID = "#d0d0d0"
PAGE_GRID = "#e5e5e5"      # analysis.charts.GRID, too light for a projector
MAX_DATE_TICKS = 8         # years on the x axis: every k-th year, so labels never crowd
FALLBACK_HEIGHT = 520      # px, before the page has measured the slide (app_pages/present/page.py sizes it)


def _years_spanned(fig: go.Figure) -> int:
    years = []
    for trace in fig.data:
        for x in trace.x if trace.x is not None else ():
            text = str(x)
            if re.match(r"\d{4}", text):
                years.append(int(text[:4]))
    return (max(years) - min(years)) if years else 0


def for_projector(fig: go.Figure) -> go.Figure:
    """The figure (a copy) in type and lines for a room, its title and source left to the slide
    around it (they wrap there; in the figure they would run off a narrow screen), its legend on
    top, and its height left to the page (the slide fills the screen)."""
    fig = go.Figure(fig)
    fig.layout.annotations = [a for a in fig.layout.annotations      # the source line under the plot
                              if not (a.yref == "paper" and a.y == 0 and (a.yshift or 0) < 0)]
    for note in fig.layout.annotations:                  # a possible break, no data for some units
        is_break = str(note.font.color).lower() == charts.BREAK_TEXT.lower()     # 6.2:1 on white, as on the pages
        note.font = dict(size=NOTE_PX, color=charts.BREAK_TEXT if is_break else INK)
        if is_break:     # along its line, left of it: it never runs off a narrow chart (a phone)
            note.update(textangle=-90, xanchor="right", xshift=-2, yanchor="top", y=1)
    bars = [t for t in fig.data if t.type == "bar"]
    fig.update_layout(
        title=None, height=FALLBACK_HEIGHT, font=dict(size=TICK_PX, color=INK),
        margin=dict(t=16, b=16, r=110 if bars else 28),
        legend=dict(orientation="h", x=0, xanchor="left", y=1.0, yanchor="bottom", font=dict(size=LEGEND_PX, color=INK),
                    entrywidth=0, entrywidthmode="pixels"),
        hoverlabel=dict(font=dict(size=HOVER_PX)),
    )
    axis = dict(tickfont=dict(size=TICK_PX, color=INK), title_font=dict(size=AXIS_TITLE_PX, color=INK),
                linecolor=AXIS_LINE, automargin=True)
    fig.update_xaxes(**axis)
    fig.update_yaxes(**axis)
    fig.for_each_xaxis(lambda a: a.update(gridcolor=GRID) if a.gridcolor == PAGE_GRID else None)
    fig.for_each_yaxis(lambda a: a.update(gridcolor=GRID) if a.gridcolor == PAGE_GRID else None)
    if fig.layout.xaxis.type == "date":
        every = max(1, math.ceil(_years_spanned(fig) / MAX_DATE_TICKS))
        # Annual charts put their ticks at mid-year, on the values (analysis.charts); others at 1 January.
        fig.update_xaxes(dtick=f"M{12 * every}", tick0=fig.layout.xaxis.tick0 or "2000-01-01", tickformat="%Y")
    for trace in fig.data:
        if trace.type == "scatter":
            if trace.line is not None and trace.line.width:
                trace.line.width = max(trace.line.width * 1.4, 3)
            if trace.marker is not None and trace.marker.size:
                trace.marker.size = trace.marker.size * 1.5
        elif trace.type == "bar":
            trace.textfont = dict(size=BAR_TEXT_PX, color=INK)
    fig.update_shapes(line_width=2.5, selector=dict(type="line"))
    return fig


def ranking_figure(ranked, unit: str, decimals: int, separators: str, no_data: str,
                   highlight: str | None = None) -> go.Figure:
    """Regions ranked, largest on top, for a slide: each name stands above its bar and each bar
    says its value, so the bars keep the slide's width on any screen (names beside the bars left
    a phone ~20 px of bar). ranked: columns label, value, code (NaN value: no data)."""
    rows = ranked.dropna(subset=["value"]).sort_values("value").reset_index(drop=True)
    missing = ranked[ranked["value"].isna()]
    colours = [charts.HIGHLIGHT_BAR if code == highlight else "#0072B2" for code in rows["code"]]
    fig = go.Figure(go.Bar(
        x=rows["value"], y=list(range(len(rows))), orientation="h", width=0.42, marker=dict(color=colours),
        texttemplate=" %{x:,." + str(decimals) + "f}", textposition="outside", cliponaxis=False,
        customdata=rows["label"], hovertemplate="<b>%{customdata}</b><br>%{x:,." + str(decimals) + "f} " + unit
                                                + "<extra></extra>"))
    for i, label in enumerate(rows["label"]):
        fig.add_annotation(text=str(label), x=0, xref="x", xanchor="left", y=i + 0.23, yanchor="bottom",
                           showarrow=False, font=dict(size=BAR_TEXT_PX, color=INK))
    if not missing.empty:
        fig.add_annotation(text=f"{no_data}: " + ", ".join(missing["label"]), xref="paper", x=1, xanchor="right",
                           yref="paper", y=0, yanchor="top", yshift=-6, showarrow=False,
                           font=dict(size=NOTE_PX, color=INK))
    fig.update_layout(separators=separators, plot_bgcolor="white", paper_bgcolor="white", showlegend=False,
                      height=FALLBACK_HEIGHT, font=dict(size=TICK_PX, color=INK), bargap=0,
                      margin=dict(l=8, r=110, t=8, b=40 if not missing.empty else 8), hoverlabel=dict(font=dict(size=HOVER_PX)))
    fig.update_yaxes(visible=False, range=[-0.5, len(rows) - 0.3])
    fig.update_xaxes(visible=False, rangemode="tozero")
    return fig
