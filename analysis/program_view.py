"""The Program 2020-2023 beside its indicators, and the Social Fund's Q1 2024 report. Pure functions.

Before and after: for every indicator linked to a part of the Program, the national value in
the Program's baseline years (2013 and 2018, or the nearest value within two years) and the
latest value published, whatever its period (a year, a date, a quarter, a month). A value
whose period has not begun yet (a budget's plan for a later year) is never the "latest".
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from analysis import charts, periods
from analysis.loader import Dataset
from analysis.schema import period_kind, period_year, source_columns
from analysis.series import SeriesKey, observations_of
from analysis.trends import MONEY_UNITS, PROGRAM_BASE_YEARS, measure_of

MAX_DISTANCE_YEARS = 2.0   # a baseline value may lie at most this far from its base year
STATUSES = ("done", "in_progress", "none")   # "none": the report states no status
DOCUMENT_PARTS = ("goal", "task", "expected_result")

# --------------------------------------------------------------------------- the Program's structure


def indicator_ids(cell: str) -> list[str]:
    return [i for i in str(cell or "").split(";") if i]


def sentence(text: str) -> str:
    """The text with its first letter capitalised (the document's phrases start in lower case)."""
    text = str(text).strip()
    return text[:1].upper() + text[1:]


def escape_markdown(text: str) -> str:
    """Text from the data, safe inside Streamlit markdown (no emphasis, links, LaTeX or colour tags)."""
    return re.sub(r"([\\`*_\[\]{}$~|#<>:])", r"\\\1", str(text))


def line_of(locator: str) -> str:
    """'seeds/000_x.txt:57' -> '57'; '...:76-80' -> '76-80'."""
    found = re.search(r":(\d+(?:-\d+)?)$", str(locator))
    return found.group(1) if found else ""


def top_goals(table: pd.DataFrame) -> pd.DataFrame:
    """Goals not tied to a direction; the main goal (the one that has directions) first."""
    goals = table[(table["kind"] == "goal") & (table["parent"] == "")]
    parents = set(table["parent"])
    return pd.concat([goals[goals["number"].isin(parents)], goals[~goals["number"].isin(parents)]])


def directions(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["kind"] == "direction"]


def parts_of(table: pd.DataFrame, number: str, kind: str) -> pd.DataFrame:
    return table[(table["parent"] == number) & (table["kind"] == kind)]


def unattached(table: pd.DataFrame) -> pd.DataFrame:
    """Rows that belong to no direction and are not top-level goals: risks, monitoring, loose results."""
    return table[(table["parent"] == "") & (table["kind"] != "goal")]


def linked_indicators(table: pd.DataFrame, number: str, known: set[str] | None = None) -> list[str]:
    """Indicators of a direction (or goal): its own and those of its goals, tasks and expected
    results (not of the directions under a goal), in the order they first appear; only those the
    data knows when `known` is given."""
    parts = table[(table["parent"] == number) & table["kind"].isin(DOCUMENT_PARTS)]
    rows = pd.concat([table[table["number"] == number], parts])
    found = list(dict.fromkeys(i for cell in rows["indicator_ids"] for i in indicator_ids(cell)))
    return [i for i in found if known is None or i in known]


# --------------------------------------------------------------------------- before and after


@dataclass(frozen=True)
class Point:
    period: str
    value: float
    source_id: str
    flags: tuple[str, ...]
    secondary: bool


@dataclass(frozen=True)
class BeforeAfter:
    indicator: str
    unit: str
    measure: str                       # "rate", "level" or "other" (analysis.trends.measure_of)
    base: dict[int, Point | None]      # base year -> the value used for it
    latest: Point | None               # None when nothing was published after the last baseline
    change_from: Point | None          # the baseline the change starts from (2018's, else 2013's)
    absolute: float | None = None
    percentage_points: float | None = None
    percent: float | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)  # "missing_years:..", "possible_break:..", "nominal"


def _points(data: Dataset, key: SeriesKey, today: dt.date) -> list[Point]:
    rows = observations_of(data, key)
    rows = rows[rows["value"].notna()]
    secondary = set(data.sources.index[data.sources["kind"] == "secondary"])
    out = [Point(r.period, float(r.value), r.source_id, tuple(f for f in r.flags.split(";") if f),
                 r.source_id in secondary)
           for r in rows.itertuples() if period_start(r.period) <= today]
    return sorted(out, key=lambda p: (periods.position(p.period), p.period))


def period_start(period: str) -> dt.date:
    """The first day a period covers (a date: that day)."""
    kind = period_kind(period)
    if kind == "date":
        return dt.date.fromisoformat(period)
    if kind == "years":
        return dt.date(int(period[:4]), 1, 1)
    if kind == "quarter":
        return dt.date(int(period[:4]), 3 * int(period[-1]) - 2, 1)
    if kind in ("month", "months"):
        return dt.date(int(period[:4]), int(period[5:7]), 1)
    return dt.date(int(period[:4]), 1, 1)


def _years_between(a: dt.date, b: dt.date) -> float:
    return abs((a - b).days) / 365.25


def nearest(points: list[Point], year: int, max_distance: float = MAX_DISTANCE_YEARS) -> Point | None:
    """The value for a base year: that calendar year's; else one whose period ends in that year
    (a stock on 31 December, a quarter); else the closest in time within `max_distance` years.
    Ties go to a primary source, then to the earlier value."""
    exact = [p for p in points if p.period == str(year)]
    if exact:
        return exact[0]
    middle = dt.date(year, 7, 1)
    close = []
    for p in points:
        where = periods.position(p.period)
        distance = round(_years_between(where, middle), 6)
        if distance <= max_distance:
            close.append(((period_year(p.period) != year, distance, p.secondary, where), p))
    return min(close, key=lambda c: c[0])[1] if close else None


def before_after(data: Dataset, indicator: str, base_years: tuple[int, ...] = PROGRAM_BASE_YEARS,
                 today: dt.date | None = None, region: str = "KG") -> BeforeAfter:
    """The national value before the Program and the latest one, with the change between them."""
    today = today or dt.date.today()
    key = SeriesKey(indicator, region)
    unit = data.indicators.loc[indicator, "unit"]
    measure = measure_of(unit)
    points = _points(data, key, today)
    base = {year: nearest(points, year) for year in base_years}
    start = next((base[y] for y in sorted(base_years, reverse=True) if base[y] is not None), None)
    last_base = max((periods.position(p.period) for p in base.values() if p), default=None)
    latest = points[-1] if points else None
    if latest is not None and last_base is not None and periods.position(latest.period) <= last_base:
        latest = None
    notes = ["nominal"] if unit in MONEY_UNITS else []
    if start is None or latest is None:
        return BeforeAfter(indicator, unit, measure, base, latest, start, notes=tuple(notes))
    a, b = start.value, latest.value
    first, last = period_year(start.period), period_year(latest.period)
    # What lies between is said, not bridged: years with no value of any period, and breaks.
    covered = {period_year(p.period) for p in points}
    missing = [y for y in range(first + 1, last) if y not in covered]
    if missing:
        notes.append("missing_years:" + ",".join(map(str, missing)))
    crossed = [y for y in _breaks(data, indicator) if first < y <= last]
    if crossed:
        notes.append("possible_break:" + ",".join(map(str, crossed)))
    result = {"absolute": b - a}
    if measure == "rate":
        result["percentage_points"] = b - a
    elif measure == "level" and a > 0 and b > 0:
        result["percent"] = (b / a - 1) * 100
    return BeforeAfter(indicator, unit, measure, base, latest, start, notes=tuple(notes), **result)


def _breaks(data: Dataset, indicator: str) -> list[int]:
    rows = data.breaks[data.breaks["indicator_id"] == indicator]
    return sorted(int(y) for y in rows["first_year_after"])


@dataclass(frozen=True)
class TableWords:
    """The words of the before-and-after table, in the reader's language."""
    indicator: str
    base: str            # column title with {year}
    latest: str
    change: str
    pp: str              # percentage points, short
    no_value: str        # a cell without a value
    since: str           # the change starts from another column's value: with {period}
    no_later: str        # note: nothing published after the baseline
    nominal: str         # note: money in current som
    missing_years: str   # note with {years}
    possible_break: str  # note with {years}


@dataclass(frozen=True)
class BeforeAfterTable:
    frame: pd.DataFrame          # one row per indicator, every cell text in the reader's language
    notes: list[tuple[str, str]]  # (indicator name, what to know about its values)
    source_ids: list[str]        # the source of every value in the table


def before_after_table(data: Dataset, indicators: list[str], lang: str, words: TableWords,
                       number: Callable[[float, int, str], str], base_years: tuple[int, ...] = PROGRAM_BASE_YEARS,
                       today: dt.date | None = None) -> BeforeAfterTable:
    """Before and after for each indicator, with notes (sources, flags, gaps, breaks) kept beside."""
    flag_names = dict(zip(data.flags["flag"], data.flags[f"name_{lang}"]))
    rows, notes, used = [], [], []
    for indicator in indicators:
        result = before_after(data, indicator, base_years, today)
        decimals = int(data.indicators.loc[indicator, "decimals"])

        def cell(point: Point | None, year: int | None = None) -> str:
            if point is None:
                return words.no_value
            text = number(point.value, decimals, lang)
            return text if year is not None and point.period == str(year) else \
                f"{text} ({periods.label(point.period, lang)})"

        name = data.indicators.loc[indicator, f"name_{lang}"]
        unit = data.units.loc[result.unit, f"name_{lang}"]
        row = {words.indicator: name if unit in name else f"{name}, {unit}"}
        for year in base_years:
            row[words.base.format(year=year)] = cell(result.base[year], year)
        row[words.latest] = cell(result.latest)
        change = change_text(result, decimals, lang, words, number)
        if result.absolute is not None and result.change_from is not result.base[max(base_years)]:
            change += " " + words.since.format(period=periods.label(result.change_from.period, lang))
        row[words.change] = change
        rows.append(row)
        shown = [p for p in (*result.base.values(), result.latest) if p is not None]
        shown = list({(p.period, p.source_id): p for p in shown}.values())
        used += [p.source_id for p in shown]
        said = []
        publisher = {p.source_id: data.sources.loc[p.source_id, source_columns(lang)[1]] for p in shown}
        if len(set(publisher.values())) > 1 or any(p.flags or p.secondary for p in shown):
            # Per publisher: its values' periods, each with its flags; a secondary source says so.
            for where in dict.fromkeys(publisher[p.source_id] for p in shown):
                mine = [p for p in shown if publisher[p.source_id] == where]
                if mine[0].secondary:
                    where += f" ({flag_names.get('secondary', 'secondary')})"
                said.append(f"{where}: " + ", ".join(
                    periods.label(p.period, lang) + (f" ({', '.join(flag_names.get(f, f) for f in flags)})"
                                                     if (flags := [f for f in p.flags if f != "secondary"]) else "")
                    for p in mine))
        if result.latest is None and shown:
            said.append(words.no_later)
        for note in result.notes:
            kind, _, years = note.partition(":")
            if kind == "nominal":
                said.append(words.nominal)
            elif kind == "missing_years":
                said.append(words.missing_years.format(years=", ".join(years.split(","))))
            elif kind == "possible_break":
                said.append(words.possible_break.format(years=", ".join(years.split(","))))
        if said:
            notes.append((name, "; ".join(said)))
    return BeforeAfterTable(pd.DataFrame(rows), notes, list(dict.fromkeys(used)))


def change_text(result: BeforeAfter, decimals: int, lang: str, words: TableWords,
                number: Callable[[float, int, str], str]) -> str:
    """'+1.2 pp' for rates, '+45.3%' for levels, the absolute change for other units."""
    if result.absolute is None:
        return words.no_value
    if result.percentage_points is not None:
        return f"{_signed(result.percentage_points, 1, lang, number)} {words.pp}"
    if result.percent is not None:
        return f"{_signed(result.percent, 1, lang, number)}%"
    return _signed(result.absolute, decimals, lang, number)


def _signed(value: float, decimals: int, lang: str, number: Callable[[float, int, str], str]) -> str:
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return sign + number(abs(value), decimals, lang)


# --------------------------------------------------------------------------- the Social Fund's report


def status_code(status: str) -> str:
    return status if status in STATUSES else "none"


def goal_codes(measures: pd.DataFrame) -> dict[str, str]:
    """Strategic goals numbered 1, 2, ... in the order they first appear: code -> English text."""
    texts = list(dict.fromkeys(measures["strategic_goal_en"]))
    return {str(i): text for i, text in enumerate(texts, start=1)}


def measures_view(measures: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The measures in the reader's language, with status and goal codes for filtering."""
    codes = {text: code for code, text in goal_codes(measures).items()}
    return pd.DataFrame({
        "number": measures["number"].astype(int).to_numpy(),
        "goal_code": [codes[g] for g in measures["strategic_goal_en"]],
        "goal": measures[f"strategic_goal_{lang}"].to_numpy(),
        "measure": measures[f"measure_{lang}"].to_numpy(),
        "action": measures[f"action_{lang}"].to_numpy(),
        "responsible": measures[f"responsible_{lang}"].to_numpy(),
        "expected_result": measures[f"expected_result_{lang}"].to_numpy(),
        "status": [status_code(s) for s in measures["status"]],
        "note": measures[f"note_{lang}"].to_numpy(),
        "line": [line_of(loc) for loc in measures["locator"]],
    })


def filter_measures(view: pd.DataFrame, status: str = "all", goal: str = "all") -> pd.DataFrame:
    rows = view
    if status != "all":
        rows = rows[rows["status"] == status]
    if goal != "all":
        rows = rows[rows["goal_code"] == goal]
    return rows.reset_index(drop=True)


def status_counts(view: pd.DataFrame) -> dict[str, int]:
    """How many measures have each status (every status present, zero where none)."""
    counts = view["status"].value_counts()
    return {s: int(counts.get(s, 0)) for s in STATUSES}


def report_figures(data: Dataset, topic: str = "social_fund") -> pd.DataFrame:
    """The report's figures: shown values of the topic's indicators, national, in catalogue order."""
    ids = list(data.indicators.index[data.indicators["topic"] == topic])
    obs = data.observations
    rows = obs[obs["shown"] & obs["indicator_id"].isin(ids)].copy()
    rows["order"] = rows["indicator_id"].map({i: n for n, i in enumerate(ids)})
    rows["is_total"] = rows["category"] != "total"
    return rows.sort_values(["order", "is_total", "category"]).drop(columns=["order", "is_total"])


def figures_view(data: Dataset, figures: pd.DataFrame, lang: str,
                 number: Callable[[float, int, str], str]) -> pd.DataFrame:
    """The report's figures as text: indicator, breakdown, period, value, unit, flags."""
    codes = data.codes.set_index(["dimension", "code"])[f"name_{lang}"]
    flag_names = dict(zip(data.flags["flag"], data.flags[f"name_{lang}"]))
    return pd.DataFrame({
        "indicator": [data.indicators.loc[i, f"name_{lang}"] for i in figures["indicator_id"]],
        "breakdown": [codes.get(("category", c), c) for c in figures["category"]],
        "period": [periods.label(p, lang) for p in figures["period"]],
        "value": [number(v, int(data.indicators.loc[i, "decimals"]), lang)
                  for v, i in zip(figures["value"], figures["indicator_id"])],
        "unit": [data.units.loc[u, f"name_{lang}"] for u in figures["unit"]],
        "flags": ["; ".join(flag_names.get(f, f) for f in fl.split(";") if f) for fl in figures["flags"]],
        "line": [line_of(loc) for loc in figures["locator"]],
    })


def breakdown_bars(data: Dataset, indicator: str, lang: str, period: str | None = None
                   ) -> tuple[pd.DataFrame, float | None, str | None]:
    """(bars: label, value, flags, code, row: the value's label in data.observations), the stated total and
    the period, for one indicator's categories."""
    obs = data.observations
    rows = obs[obs["shown"] & (obs["indicator_id"] == indicator) & (obs["region"] == "KG")]
    if period is not None:
        rows = rows[rows["period"] == period]
    if rows.empty:
        return pd.DataFrame(columns=["label", "value", "flags", "code", "row"]), None, None
    period = period or rows.sort_values("year")["period"].iloc[-1]
    rows = rows[rows["period"] == period]
    codes = data.codes[data.codes["dimension"] == "category"].set_index("code")[f"name_{lang}"]
    parts = rows[rows["category"] != "total"]
    total = rows.loc[rows["category"] == "total", "value"]
    bars = pd.DataFrame({"label": [codes.get(c, c) for c in parts["category"]],
                         "value": parts["value"].to_numpy(dtype=float),
                         "flags": parts["flags"].to_numpy(), "code": parts["category"].to_numpy(),
                         "row": parts.index.to_numpy()})
    return bars, (float(total.iloc[0]) if len(total) else None), period


# --------------------------------------------------------------------------- layout helpers (pure)


def markdown_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy for st.table (which renders markdown in every cell and header): text escaped."""
    out = frame.map(lambda v: escape_markdown(v) if isinstance(v, str) else v)
    out.columns = [escape_markdown(c) for c in frame.columns]
    return out


def table_height(rows: int, most: int | None = None, row: int = 35) -> int:
    """Pixels for a dataframe that shows `rows` rows (at most `most`) without an inner scroll bar."""
    shown = rows if most is None else min(rows, most)
    return row * (shown + 1) + 3


def wrap(text: str, width: int) -> str:
    """Break a line for a plotly title or annotation (which never wrap) with <br> at word boundaries."""
    lines, current = [], ""
    for word in str(text).split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "<br>".join(lines)


def measure_markdown(row, names: dict[str, str], goal: str) -> str:
    """One measure in full, as markdown: every field with its name, text from the data escaped."""
    fields = [("goal_code", goal), ("measure", row.measure), ("action", row.action),
              ("responsible", row.responsible), ("expected_result", row.expected_result),
              ("status", row.status), ("note", row.note)]
    lines = [f"**{names['number']} {row.number}** :gray[({names['line']}: {row.line})]"]
    lines += [f"- **{names[field]}:** {escape_markdown(text) if text else '—'}" for field, text in fields]
    return "\n".join(lines)


def fit_bars(fig, bars: pd.DataFrame, texts: list[str]):
    """Adjust a figure of analysis.charts.ranked_bars for long category labels and a wrapped source line.

    The unit stays on the value axis only (the shared style also puts it on the category axis, where
    it overlaps the labels); the bar labels take `texts` (the reader's number format, in the figure's
    bar order); the source line (the style's small print under the plot, as many lines as it has)
    sits a fixed number of pixels below the axis title, with room for every line; the left margin
    fits the longest label (plotly's automargin does not widen it here).
    """
    fig.update_yaxes(title=None, automargin=True)
    fig.update_traces(text=texts)
    source = [a for a in fig.layout.annotations if a.yref == "paper" and a.yshift == charts.SOURCE_YSHIFT]
    breaks = max((a.text.count("<br>") for a in source), default=0)
    fig.update_annotations(selector={"yshift": charts.SOURCE_YSHIFT}, y=0, yshift=-62)
    longest = max((len(str(label)) for label in bars["label"]), default=10)
    fig.update_layout(height=400 + 15 * breaks, margin={"t": 80, "l": min(420, 30 + 7.5 * longest),
                                                        "b": 84 + 15 * breaks})
    return fig
