"""What the Wages page computes, and the figure and table helpers the four topic pages share.

Pure functions on the loaded data (no Streamlit). The shared helpers at the top work around
three things the shared chart modules do not do yet (see each docstring): calendar years
that are absent from a series must stay gaps, a point of another period or source must not
cut a line, and numbers written into bars, maps and tables must follow the reader's language.
"""
from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Callable, Iterable

import pandas as pd
import plotly.graph_objects as go

from analysis import charts, periods
from analysis.loader import Dataset
from analysis.schema import period_kind
from analysis.series import SeriesKey, annual, chart_points, observations_of

BREAKDOWNS = ("sex", "area", "age_group", "activity", "category")
POINT_COLUMNS = ["series", "period", "value", "flags", "secondary", "source_id"]


# --- shared by the topic pages ---------------------------------------------------------------

def secondary_sources(data: Dataset) -> set[str]:
    return set(data.sources.index[data.sources["kind"] == "secondary"])


def with_gaps(points: pd.DataFrame) -> pd.DataFrame:
    """The points plus an empty (NaN) row for every calendar year missing inside each series.

    `chart_points` returns only the rows that exist, so a line would run straight across
    years without a value. An empty row between the series' first and last calendar year
    makes the line break there. Years that have any value (even a secondary one) are left.
    """
    if points.empty:
        return points
    frames = []
    for name, rows in points.groupby("series", sort=False):
        years = sorted(int(p) for p in rows["period"] if period_kind(p) == "year")
        missing = [y for y in range(years[0], years[-1] + 1) if str(y) not in set(rows["period"])] if years else []
        frames.append(rows)
        if missing:
            frames.append(pd.DataFrame({"series": name, "period": [str(y) for y in missing],
                                        "value": float("nan"), "flags": "", "secondary": False,
                                        "source_id": None}))
    return pd.concat(frames, ignore_index=True)[POINT_COLUMNS]


def join_lines(fig: go.Figure, lang: str) -> go.Figure:
    """Drop, from each line, the empty places that are not calendar years.

    `charts.line_chart` draws a series' primary values as one line and leaves NaN where a
    secondary value sits; a secondary quarter or date between two years (Q1 2019 between
    2018 and 2019) would then cut the annual line. Only a missing calendar year is a gap.
    """
    year_labels = {periods.label(str(y), lang) for y in range(1900, 2101)}
    for trace in fig.data:
        if trace.type != "scatter" or "lines" not in (trace.mode or "") or trace.y is None:
            continue
        custom = list(trace.customdata) if trace.customdata is not None else [("", "")] * len(trace.y)
        keep = [i for i, (y, c) in enumerate(zip(trace.y, custom))
                if not (_is_nan(y) and c[0] not in year_labels)]
        if len(keep) < len(trace.y):
            trace.update(x=[trace.x[i] for i in keep], y=[trace.y[i] for i in keep],
                         customdata=[tuple(custom[i]) for i in keep])
    return fig


def line_figure(points: pd.DataFrame, words: charts.Words, lang: str, decimals: int = 1,
                breaks: Iterable[int] = (), flag_names: dict[str, str] | None = None) -> go.Figure:
    """`charts.line_chart` with missing years as gaps, lines not cut by points of other
    periods, and the legend and source line placed so that they show (see `tidy_bottom`)."""
    fig = charts.line_chart(with_gaps(points), words, lang, decimals, list(breaks), flag_names)
    values = points["value"].dropna()
    if len(values) and values.abs().max() >= 1000:
        fig.update_yaxes(tickformat=",.0f")           # 35 000, not plotly's 35k
    names = [str(tr.name) for tr in fig.data if tr.name]
    columns = 2 if names and max(map(len, names)) <= LEGEND_CHARS else 1
    return tidy_bottom(join_lines(fig, lang), words.source, columns=columns)


def bars_figure(values: pd.DataFrame, words: charts.Words, lang: str, decimals: int, period: str,
                flag_names: dict[str, str], highlight: str | None = None) -> go.Figure:
    """`charts.ranked_bars` with the numbers on the bars in the reader's format, the period and
    flags in the hover, long labels wrapped, room for the numbers, and the source line shown.

    values: columns label, value (NaN = missing), flags, code.
    """
    values = values.assign(label=[wrap_label(str(v)) for v in values["label"]])
    fig = charts.ranked_bars(values, words, lang, decimals, highlight)
    rows = values.dropna(subset=["value"]).sort_values("value")
    flags = [_flag_text(f, flag_names) for f in rows.get("flags", [""] * len(rows))]
    fig.update_traces(
        text=None, texttemplate=" %{x:,." + str(decimals) + "f}",     # a space: the number never touches the bar
        customdata=list(zip([str(v).replace("<br>", " ") for v in rows["label"]], flags)),
        hovertemplate="<b>%{customdata[0]}</b><br>" + period + ": %{x:,." + str(decimals) + "f} "
                      + words.unit + "%{customdata[1]}<extra></extra>", selector={"type": "bar"})
    longest = max((len(part) for label in values["label"] for part in str(label).split("<br>")), default=10)
    fig.update_yaxes(title=None)
    fig.update_layout(margin={"l": min(390, 12 + LABEL_PX * longest)})
    if len(rows) and rows["value"].abs().max() >= 1000:
        fig.update_xaxes(tickformat=",.0f")
    if len(rows) and rows["value"].min() >= 0:
        fig.update_xaxes(range=[0, float(rows["value"].max()) * 1.12])
    missing_prefix = f"{words.no_data}: "
    for annotation in fig.layout.annotations:
        if annotation.text and annotation.text.startswith(missing_prefix):
            annotation.update(text="<br>".join(textwrap.wrap(annotation.text.replace("<br>", " "), SOURCE_CHARS)),
                              x=0, xanchor="left", y=1, yanchor="bottom", yshift=6, align="left",
                              xshift=-(fig.layout.margin.l - 8))
            fig.update_layout(margin={"t": 84})
    return tidy_bottom(fig, words.source, axis_title=True, plot_height=max(150, 34 * len(values)))


SOURCE_CHARS = 150      # characters of a source line per row (it is drawn under the plot)
LABEL_CHARS = 48        # characters of a bar's label per row
LABEL_PX = 7.6          # pixels per character of a bar's label (the page's font, 14 px)
LEGEND_CHARS = 48       # legend entries longer than this take a whole row
BELOW_AXIS_PX = 30      # tick labels under the plot
AXIS_TITLE_PX = 24
LEGEND_ROW_PX = 22
SOURCE_ROW_PX = 15


def wrap_label(text: str, width: int = LABEL_CHARS) -> str:
    return "<br>".join(textwrap.wrap(text, width)) or text


def tidy_bottom(fig: go.Figure, source: str, axis_title: bool = False, columns: int = 2,
                plot_height: int = 290) -> go.Figure:
    """Place the legend and the source line under the plot at fixed distances in pixels.

    `charts.style` puts the legend at a fraction of the plot's height and the source line at
    a fixed distance, so a legend of several rows runs into the source line (and an older
    version put the source line outside a short figure). Here the legend takes two columns
    and the figure grows by what the legend and the (wrapped) source line need; the plot
    keeps its height.
    """
    margin = fig.layout.margin
    top = margin.t if margin.t is not None else 60
    left = margin.l if margin.l is not None else 60
    bottom_before = margin.b if margin.b is not None else 90
    height = fig.layout.height or 440
    plot = max(plot_height, height - top - bottom_before)
    for trace in fig.data:            # a series with no value of its own kind leaves no empty legend entry
        if trace.type == "scatter" and not _has_data(trace):
            trace.showlegend = False
    entries = [tr for tr in fig.data if tr.showlegend is not False and tr.name and _has_data(tr)]
    hollow = any(tr.type == "scatter" and tr.mode == "markers" for tr in entries)
    legend = len(entries) > 1 or (len(entries) == 1 and hollow)   # one hollow series still says "secondary"
    fig.update_layout(showlegend=legend)
    rows = math.ceil(len(entries) / columns) if legend else 0
    lines = textwrap.wrap(source, SOURCE_CHARS) if source else []
    below = BELOW_AXIS_PX + (AXIS_TITLE_PX if axis_title else 0)
    legend_px = rows * LEGEND_ROW_PX + (6 if rows else 0)
    bottom = below + legend_px + 8 + len(lines) * SOURCE_ROW_PX + 10
    fig.update_layout(height=plot + top + bottom, margin={"b": bottom})
    if rows:
        fig.update_layout(legend={"y": -below / plot, "yanchor": "top", "x": 0, "xanchor": "left",
                                  "entrywidth": 1 / columns, "entrywidthmode": "fraction"})
    flat = " ".join(source.split())
    for annotation in fig.layout.annotations:
        if source and annotation.text and " ".join(annotation.text.replace("<br>", " ").split()) == flat:
            annotation.update(text="<br>".join(lines), y=0, yshift=-(below + legend_px + 8), yanchor="top",
                              x=0, xanchor="left", xshift=-(left - 8))
    return fig


def _flag_text(flags, names: dict[str, str]) -> str:
    shown = [names.get(f, f) for f in str(flags or "").split(";") if f]
    return ("<br>" + "; ".join(shown)) if shown else ""


NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def localise_numbers(text: str, lang: str) -> str:
    """12,345.6 written as 12 345,6 in ky and ru (Python's format writes English)."""
    if lang == "en":
        return text
    return NUMBER.sub(lambda m: m.group(0).replace(",", "\u202f").replace(".", ","), text)


def localise_map(fig: go.Figure, lang: str) -> go.Figure:
    """`maps.choropleth` writes its labels and hover with Python's English number format;
    rewrite the numbers (not the names) for ky and ru, and the colour bar's separators."""
    if lang == "en":
        return fig
    fig.update_layout(separators=charts.separators(lang))
    for annotation in fig.layout.annotations:
        if annotation.text:
            annotation.text = re.sub(r"<b>([^<]*)</b>", lambda m: f"<b>{localise_numbers(m.group(1), lang)}</b>",
                                     annotation.text)
    for trace in fig.data:
        if trace.customdata is not None:
            trace.customdata = [[c[0], _localise_tail(c[1], lang)] for c in trace.customdata]
    return fig


def _localise_tail(text: str, lang: str) -> str:
    head, sep, tail = str(text).rpartition(": ")
    return f"{head}{sep}{localise_numbers(tail, lang)}" if sep else text


def flagged_number(value: float, decimals: int, flags: str, lang: str,
                   number: Callable[[float, int, str], str]) -> str:
    """A value as text with what its flags say about it: ≈ approximate, > a lower bound."""
    names = set(str(flags or "").split(";"))
    prefix = "> " if "lower_bound" in names else "≈ " if "approx" in names else ""
    return prefix + number(value, decimals, lang)


def _has_data(trace) -> bool:
    """Whether a trace draws anything (plotly leaves a trace without values out of the legend)."""
    values = trace.x if trace.type == "bar" else trace.y
    return values is not None and any(not _is_nan(v) for v in values)


def _is_nan(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def points_from_rows(rows: pd.DataFrame, label: str, secondary: set[str]) -> pd.DataFrame:
    """chart_points-style rows from observations (for figures built from several series)."""
    return pd.DataFrame({
        "series": label, "period": rows["period"].to_numpy(), "value": rows["value"].to_numpy(dtype=float),
        "flags": rows["flags"].to_numpy(), "secondary": rows["source_id"].isin(secondary).to_numpy(),
        "source_id": rows["source_id"].to_numpy()}, columns=POINT_COLUMNS)


def observations(data: Dataset, indicators: Iterable[str], regions: Iterable[str] | None = None,
                 all_sources: bool = False, **breakdowns) -> pd.DataFrame:
    """The observations of some indicators (shown only unless all_sources), in the catalogue's
    order of regions, then by indicator, breakdowns and place in time."""
    obs = data.observations
    mask = obs["indicator_id"].isin(list(indicators))
    if regions is not None:
        mask &= obs["region"].isin(list(regions))
    if not all_sources:
        mask &= obs["shown"]
    for column, value in breakdowns.items():
        mask &= obs[column] == value
    rows = obs[mask].copy()
    order = {code: i for i, code in enumerate(data.regions.index)}
    rows["_region"] = rows["region"].map(order)
    rows["_indicator"] = pd.Categorical(rows["indicator_id"], categories=list(dict.fromkeys(indicators)))
    rows["_when"] = [periods.position(p) for p in rows["period"]]
    rows = rows.sort_values(["_indicator", "_region", "_when", *BREAKDOWNS, "shown"],
                            ascending=[True, True, True, True, True, True, True, True, False])
    return rows.drop(columns=["_region", "_indicator", "_when"])


def breakdown_text(data: Dataset, row, lang: str) -> str:
    """The breakdowns of one observation that are not 'total', by name; '' when none."""
    parts = []
    for dimension in BREAKDOWNS:
        code = getattr(row, dimension)
        if code != "total":
            found = data.codes[(data.codes["dimension"] == dimension) & (data.codes["code"] == code)]
            parts.append(found.iloc[0][f"name_{lang}"] if len(found) else code)
    return "; ".join(parts)


TABLE_COLUMNS = ("indicator", "region", "breakdown", "period", "value", "unit", "value_unit", "flags", "source",
                 "status")


def figures_table(data: Dataset, rows: pd.DataFrame, lang: str, number: Callable[[float, int, str], str],
                  status_words: tuple[str, str], columns: Iterable[str] = TABLE_COLUMNS) -> pd.DataFrame:
    """A table of observations as a reader sees them: names in the language, the period as
    written (never a date as a year), the value in the language's number format ('—' when
    missing, never 0), the flags by name, the source's publisher, and whether the value is
    the one shown ('shown') or another source's value for the same figure (status_words).
    `value_unit` is the value followed by its unit, for tables that mix units. Without a
    `region` column, the breakdown of a regional row starts with the region's name.
    """
    columns = list(columns)
    flag_names = dict(zip(data.flags["flag"], data.flags[f"name_{lang}"]))
    units = data.units[f"name_{lang}"]
    groups = [breakdown_text(data, r, lang) for r in rows.itertuples()]
    if "region" not in columns:       # without a region column, a regional row names its region
        groups = ["; ".join(filter(None, [data.regions.loc[r, f"name_{lang}"] if r != "KG" else "", g]))
                  for r, g in zip(rows["region"], groups)]
    out = pd.DataFrame({
        "indicator": [data.indicators.loc[i, f"name_{lang}"] for i in rows["indicator_id"]],
        "region": [data.regions.loc[r, f"name_{lang}"] for r in rows["region"]],
        "breakdown": groups,
        "period": [periods.label(p, lang) for p in rows["period"]],
        "value": [number(v, int(data.indicators.loc[i, "decimals"]), lang)
                  for v, i in zip(rows["value"], rows["indicator_id"])],
        "unit": [units[data.indicators.loc[i, "unit"]] for i in rows["indicator_id"]],
        "value_unit": [_with_unit(number(v, int(data.indicators.loc[i, "decimals"]), lang), v,
                                  data.indicators.loc[i, "unit"], units)
                       for v, i in zip(rows["value"], rows["indicator_id"])],
        "flags": ["; ".join(flag_names.get(f, f) for f in str(f).split(";") if f) for f in rows["flags"]],
        "source": [data.sources.loc[s, "publisher"] for s in rows["source_id"]],
        "status": [status_words[0] if s else status_words[1] for s in rows["shown"]],
    })
    return out[columns].reset_index(drop=True)


def _with_unit(text: str, value, unit: str, names: pd.Series) -> str:
    """'12 345 som per month'; a count ('number') and a missing value go without a unit."""
    return text if _is_nan(value) or unit == "count" else f"{text} {names[unit]}"


def year_values(data: Dataset, indicator: str, year: int, regions: Iterable[str], **breakdowns) -> pd.DataFrame:
    """One calendar year's shown value of each region: columns code, value (NaN = missing),
    flags, source_id. A quarter or date is never taken for the year."""
    out = []
    for region in regions:
        rows = annual(data, SeriesKey(indicator, region, **breakdowns))
        rows = rows[rows["year"] == year]
        if len(rows):
            row = rows.iloc[0]
            out.append({"code": region, "value": float(row["value"]), "flags": row["flags"],
                        "source_id": row["source_id"]})
        else:
            out.append({"code": region, "value": float("nan"), "flags": "", "source_id": None})
    return pd.DataFrame(out, columns=["code", "value", "flags", "source_id"])


def years_with_values(data: Dataset, indicator: str, regions: Iterable[str] | None = None, **breakdowns) -> list[int]:
    """Calendar years in which any of the regions (default: any) has a shown value."""
    rows = observations(data, [indicator], regions, **breakdowns)
    rows = rows[rows["value"].notna() & rows["period"].str.fullmatch(r"\d{4}")]
    return sorted({int(p) for p in rows["period"]})


# --- the Wages page ----------------------------------------------------------------------------

WAGE = "avg_monthly_wage"
ACTIVITY_CODES = tuple(f"ISIC4_{letter}" for letter in "ABCDEFGHIJKLMNOPQRS")
COMPARISONS = {  # name in the URL -> (indicator, category)
    "wage": (WAGE, "total"),
    "minimum_wage": ("minimum_wage", "total"),
    "sm_per_capita": ("subsistence_minimum", "per_capita"),
    "sm_working_age": ("subsistence_minimum", "working_age"),
    "sm_pensioners": ("subsistence_minimum", "pensioners"),
    "sm_children": ("subsistence_minimum", "children"),
}
DEFAULT_COMPARISONS = ("wage", "minimum_wage", "sm_per_capita", "sm_working_age")
PROGRAM_WAGE_FIGURES = ("avg_monthly_wage_usd", "minimum_wage_usd", "minimum_wage_to_poverty_line_share")


def gender_gap(data: Dataset) -> pd.DataFrame:
    """Per calendar year with both values: women's and men's average wage (all activities)
    and the gap in percent, women's wage / men's wage - 1 (negative: women earn less).

    Columns: year, female, male, gap_percent, flags, source_id.
    """
    women = annual(data, SeriesKey(WAGE, sex="female")).set_index("year")
    men = annual(data, SeriesKey(WAGE, sex="male")).set_index("year")
    both = women.merge(men, left_index=True, right_index=True, how="inner", suffixes=("_f", "_m"))
    both = both[both["value_f"].notna() & both["value_m"].notna() & (both["value_m"] > 0)]
    flags = [";".join(sorted(set(filter(None, f"{a};{b}".split(";")))))
             for a, b in zip(both["flags_f"], both["flags_m"])]
    sources = [a if a == b else f"{a};{b}" for a, b in zip(both["source_id_f"], both["source_id_m"])]
    return pd.DataFrame({
        "year": both.index.astype(int), "female": both["value_f"].to_numpy(), "male": both["value_m"].to_numpy(),
        "gap_percent": ((both["value_f"] / both["value_m"] - 1) * 100).to_numpy(),
        "flags": flags, "source_id": sources,
    }).reset_index(drop=True)


def gap_points(gap: pd.DataFrame, label: str) -> pd.DataFrame:
    """The gender gap as line_chart points (one series)."""
    return pd.DataFrame({"series": label, "period": [str(y) for y in gap["year"]], "value": gap["gap_percent"],
                         "flags": gap["flags"], "secondary": False,
                         "source_id": [s.split(";")[0] for s in gap["source_id"]]}, columns=POINT_COLUMNS)


def activity_years(data: Dataset, sex: str) -> list[int]:
    """Calendar years with a shown wage for at least one economic activity (for this sex)."""
    rows = data.observations
    rows = rows[rows["shown"] & (rows["indicator_id"] == WAGE) & (rows["region"] == "KG") & (rows["sex"] == sex)
                & rows["activity"].isin(ACTIVITY_CODES) & (rows["category"] == "total") & rows["value"].notna()]
    return sorted({int(p) for p in rows["period"] if period_kind(p) == "year"})


def activity_ranking(data: Dataset, year: int, sex: str = "total") -> pd.DataFrame:
    """Average wage by economic activity in one calendar year, plus all activities ('total').

    Columns: code (ISIC4_A..S or 'total'), value (NaN where the activity has no value that
    year), flags, source_id; activities without any value that year are kept as missing.
    """
    out = []
    for code in (*ACTIVITY_CODES, "total"):
        rows = annual(data, SeriesKey(WAGE, sex=sex, activity=code))
        rows = rows[rows["year"] == year]
        row = rows.iloc[0] if len(rows) else None
        out.append({"code": code, "value": float(row["value"]) if row is not None else float("nan"),
                    "flags": row["flags"] if row is not None else "",
                    "source_id": row["source_id"] if row is not None else None})
    return pd.DataFrame(out, columns=["code", "value", "flags", "source_id"])


def comparison_points(data: Dataset, chosen: Iterable[str], labels: dict[str, str]) -> pd.DataFrame:
    """Average wage, minimum wage and subsistence minimums (national) as line_chart points,
    each value at its own period (dates, quarters and part-years included)."""
    chosen = list(chosen)
    if not chosen:
        return pd.DataFrame(columns=POINT_COLUMNS)
    return chart_points(data, [(labels[name], SeriesKey(COMPARISONS[name][0], category=COMPARISONS[name][1]))
                               for name in chosen])


def last_primary_year(data: Dataset, key: SeriesKey) -> int | None:
    """The latest calendar year of the series whose shown value comes from a primary source."""
    secondary = secondary_sources(data)
    rows = annual(data, key)
    rows = rows[rows["value"].notna() & ~rows["source_id"].isin(secondary)]
    return int(rows["year"].max()) if len(rows) else None


def sources_of_years(data: Dataset, key: SeriesKey, years: Iterable[int]) -> list[str]:
    """The sources of a series' shown values in some calendar years (for a metric's caption)."""
    rows = annual(data, key)
    return list(dict.fromkeys(rows.loc[rows["year"].isin(list(years)), "source_id"]))


def is_secondary(data: Dataset, key: SeriesKey, year: int) -> bool:
    rows = annual(data, key)
    rows = rows[rows["year"] == year]
    return bool(len(rows)) and rows.iloc[0]["source_id"] in secondary_sources(data)


def planned_minimum_wage_years(data: Dataset) -> list[int]:
    """Calendar years of minimum wage values that lie after the data's latest observed year
    of the average wage: budget levels set or planned in advance, not observed levels."""
    last = max(int(p) for p in observations_of(data, SeriesKey(WAGE))["period"] if period_kind(p) == "year")
    rows = observations_of(data, SeriesKey("minimum_wage"))
    return sorted(int(p) for p in rows["period"] if period_kind(p) == "year" and int(p) > last)


def national_other_rows(data: Dataset) -> pd.DataFrame:
    """Other published figures of the national average wage: another coverage (category),
    and values of other sources for the same figure (not shown on the chart)."""
    rows = observations(data, [WAGE], ["KG"], all_sources=True, sex="total", activity="total")
    return rows[(rows["category"] != "total") | ~rows["shown"]]


def program_wage_rows(data: Dataset) -> pd.DataFrame:
    return observations(data, PROGRAM_WAGE_FIGURES)


def has_values(data: Dataset, indicator: str) -> bool:
    """Whether any region other than KG has a shown value of the indicator."""
    return not regional_rows(data, indicator).empty


def regional_rows(data: Dataset, indicator: str = WAGE) -> pd.DataFrame:
    """Every shown regional figure of the indicator (region other than KG), with its own period."""
    rows = observations(data, [indicator])
    return rows[rows["region"] != "KG"]


def arrears_shares(data: Dataset) -> tuple[str | None, pd.DataFrame]:
    """(period, table region code -> share of the national wage arrears in %) for every region
    (NaN where the Program names no share)."""
    rows = observations(data, ["wage_arrears_regional_share"])
    if rows.empty:
        return None, pd.DataFrame(columns=["code", "value", "flags", "source_id"])
    period = rows["period"].iloc[0]
    rows = rows[rows["period"] == period].set_index("region")
    regions = [r for r in data.regions.index if r != "KG"]
    return period, pd.DataFrame({
        "code": regions, "value": [float(rows.loc[r, "value"]) if r in rows.index else float("nan") for r in regions],
        "flags": [rows.loc[r, "flags"] if r in rows.index else "" for r in regions],
        "source_id": [rows.loc[r, "source_id"] if r in rows.index else None for r in regions]})
