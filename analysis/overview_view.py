"""Headline cards of the Overview page: the latest value of a series, whatever its period,
and its change since the previous value and since the Program's 2018 baseline.

Pure functions on the loaded data (no Streamlit). Words and numbers in the reader's language
come in as callables (`say(key, **values)`, `number(value, decimals)`), so the texts are
tested here without a running app.

A series may mix calendar years with dates, quarters and months (average pension, persons
with disabilities). `series_points` keeps every shown value except a part-year value in a
year that already has its full-year value; the card's "latest" is the last of them. When it
is a calendar year, the changes are `trends.summarise`'s; when it is a date, quarter or month,
the same arithmetic runs between the two periods, which the card then names.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from analysis import charts, periods, signals, trends
from analysis.loader import Dataset
from analysis.schema import period_kind
from analysis.series import SeriesKey, break_years, observations_of

HEADLINES = ("poverty_rate", "extreme_poverty_rate", "unemployment_rate", "social_protection_coverage",
             "avg_monthly_wage", "avg_pension", "disability_pension_benefit_recipients", "pensioners")
# A card's official series and the news figures of a neighbouring indicator that the card names
# beside it (they count something close, not the same: recipients of disability pensions and
# benefits, persons with disabilities).
COMPANIONS = {"disability_pension_benefit_recipients": "disabled_persons"}
OFFICIAL_LAG_YEARS = 2             # an official value this much older than a news figure is still stated first
BASE_YEAR = 2018                   # the Program for 2020-2023 states its baselines for 2018
VERDICT_WORDS = ("better", "worse", "nominal")   # said beside the change, not left to its colour
GAP_DAYS = 548                     # a sparkline breaks where two values lie more than 1.5 years apart
POINT_COLUMNS = ["period", "kind", "year", "x", "value", "flags", "source_id", "secondary", "row"]


@dataclass(frozen=True)
class Point:
    period: str
    kind: str                      # year, date, quarter, month, months, years
    year: int
    value: float
    source_id: str
    flags: tuple[str, ...]
    secondary: bool


@dataclass(frozen=True)
class Step:
    """A change between two values of a series, with the two periods it compares."""
    from_period: str
    to_period: str
    change: trends.Change


@dataclass(frozen=True)
class Headline:
    key: SeriesKey
    unit: str
    measure: str                   # rate (percentage points), level (percent) or other (absolute)
    decimals: int
    higher_is_better: str          # "true", "false" or "" (no better direction)
    latest: Point | None
    previous: Step | None
    since_base: Step | None
    base_status: str               # "ok", "no_base_value", "latest_is_base", "no_change", "no_latest"
    points: pd.DataFrame           # for the sparkline: POINT_COLUMNS
    source_ids: tuple[str, ...]    # sources of the values the card states (latest, previous, base)
    newer: tuple[Point, ...] = ()  # secondary values after the latest official one, named beside it


def _flags(text) -> tuple[str, ...]:
    return tuple(f for f in str(text or "").split(";") if f)


def series_points(data: Dataset, key: SeriesKey) -> pd.DataFrame:
    """Every shown value of the series placed in time (x: a date), oldest first.

    A part-year value (date, quarter, month) in a year that has its full-year value is left
    out: the year's own figure stands for it. Missing values stay in as NaN.
    """
    rows = observations_of(data, key)
    if rows.empty:
        return pd.DataFrame(columns=POINT_COLUMNS)
    secondary = set(data.sources.index[data.sources["kind"] == "secondary"])
    kinds = [period_kind(p) for p in rows["period"]]
    frame = pd.DataFrame({
        "period": rows["period"].to_numpy(), "kind": kinds, "year": rows["year"].to_numpy(dtype=int),
        "x": [periods.position(p) for p in rows["period"]], "value": rows["value"].to_numpy(dtype=float),
        "flags": rows["flags"].to_numpy(), "source_id": rows["source_id"].to_numpy(),
        "secondary": [s in secondary or "secondary" in _flags(f) for s, f in zip(rows["source_id"], rows["flags"])],
        "row": rows.index.to_numpy(),      # the value's label in data.observations
    })
    full_years = set(frame.loc[(frame["kind"] == "year") & frame["value"].notna(), "year"])
    keep = (frame["kind"] == "year") | ~frame["year"].isin(full_years)
    return frame[keep].sort_values(["x", "period"]).reset_index(drop=True)


def _point(row) -> Point:
    return Point(str(row["period"]), str(row["kind"]), int(row["year"]), float(row["value"]),
                 str(row["source_id"]), _flags(row["flags"]), bool(row["secondary"]))


def point_change(a: Point, b: Point, measure: str, breaks=(), years_with_values=()) -> trends.Change:
    """The change from point a to point b, flagged like trends.change: the calendar years strictly
    between them without any value, and breaks in comparability crossed. No CAGR: the two
    periods need not be whole years apart."""
    low, high = sorted((a.year, b.year))
    flags = []
    missing = [y for y in range(low + 1, high) if y not in set(years_with_values)]
    if missing:
        flags.append("missing_years:" + ",".join(map(str, missing)))
    crossed = [y for y in breaks if low < y <= high]
    if crossed:
        flags.append("possible_break:" + ",".join(map(str, crossed)))
    extra = {}
    if measure == "rate":
        extra["percentage_points"] = b.value - a.value
    elif measure == "level" and a.value > 0 and b.value > 0:
        extra["percent"] = (b.value / a.value - 1) * 100
    return trends.Change(a.year, b.year, a.value, b.value, b.value - a.value, flags=tuple(flags), **extra)


def headline(data: Dataset, key: SeriesKey | str, base_year: int = BASE_YEAR) -> Headline:
    """The card of one series: latest value, change since the previous value and since base_year.

    Official figures first: where the series' latest official value is at most OFFICIAL_LAG_YEARS
    calendar years older than its newest value, the card states that official value and its
    changes; the later news figures are kept in `newer`, for the card to name beside it. An
    official series that stopped long before (the average pension's last official value is the
    Program's 2018) gives way to the newer report, which the card marks as secondary."""
    key = SeriesKey(key) if isinstance(key, str) else key
    meta = data.indicators.loc[key.indicator]
    unit, decimals = meta["unit"], int(meta["decimals"])
    measure = trends.measure_of(unit)
    points = series_points(data, key)
    present = points[points["value"].notna()]
    common = dict(key=key, unit=unit, measure=measure, decimals=decimals,
                  higher_is_better=str(meta["higher_is_better"] or ""), points=points)
    if present.empty:
        return Headline(latest=None, previous=None, since_base=None, base_status="no_latest", source_ids=(),
                        **common)
    newer: tuple[Point, ...] = ()
    official = present.index[~present["secondary"].to_numpy(dtype=bool)]
    newest_year = int(present["year"].iloc[-1])
    if (len(official) and official[-1] != present.index[-1]
            and int(present.loc[official[-1], "year"]) >= newest_year - OFFICIAL_LAG_YEARS):
        cut = present.index.get_loc(official[-1]) + 1
        newer = tuple(_point(row) for _, row in present.iloc[cut:].iterrows())
        present = present.iloc[:cut]
    latest = _point(present.iloc[-1])
    annual = present[present["kind"] == "year"].set_index("year")
    base_row = annual.loc[base_year] if base_year in annual.index else None
    breaks = break_years(data, key)
    used = [latest.source_id]

    years = set(present["year"])
    before = _point(present.iloc[-2]) if len(present) > 1 else None
    if latest.kind == "year":
        summary = trends.summarise(data, key, base_years=(base_year,), until=latest.year)
        base = summary.since_base.get(base_year)
        since_base = Step(str(base_year), latest.period, base) if base else None
        if summary.previous:
            previous = Step(str(summary.previous.from_year), latest.period, summary.previous)
            used.append(annual.loc[summary.previous.from_year, "source_id"])
        elif before:               # the only earlier value is a part of a year
            previous = Step(before.period, latest.period, point_change(before, latest, measure, breaks, years))
            used.append(before.source_id)
        else:
            previous = None
    else:
        previous = (Step(before.period, latest.period, point_change(before, latest, measure, breaks, years))
                    if before else None)
        if before:
            used.append(before.source_id)
        since_base = None
        if base_row is not None and latest.year > base_year:
            base_point = _point(present[(present["kind"] == "year") & (present["year"] == base_year)].iloc[0])
            since_base = Step(str(base_year), latest.period, point_change(base_point, latest, measure, breaks, years))

    if base_row is None:
        status = "no_base_value"
    elif latest.year <= base_year:
        status = "latest_is_base"
    else:
        status = "ok" if since_base else "no_change"
    if since_base and base_row is not None:
        used.append(base_row["source_id"])
    return Headline(latest=latest, previous=previous, since_base=since_base, base_status=status,
                    source_ids=tuple(dict.fromkeys(used)), newer=newer, **common)


def companion_newer(data: Dataset, card: Headline) -> Point | None:
    """The latest news figure of the card's companion indicator (COMPANIONS) that is later than
    the card's own latest value, or None."""
    other = COMPANIONS.get(card.key.indicator)
    if other is None or card.latest is None:
        return None
    points = series_points(data, SeriesKey(other))
    later = points[points["value"].notna() & (points["x"] > periods.position(card.latest.period))]
    return _point(later.iloc[-1]) if len(later) else None


def headlines(data: Dataset, indicators=HEADLINES) -> list[Headline]:
    return [headline(data, SeriesKey(i)) for i in indicators]


# --- words -------------------------------------------------------------------------------

def change_amount(step: Step | None, measure: str, decimals: int) -> tuple[float, str] | None:
    """(amount, kind) of a change: ('pp' for rates, 'percent' for levels, 'absolute' otherwise)."""
    if step is None:
        return None
    c = step.change
    if measure == "rate" and c.percentage_points is not None:
        return c.percentage_points, "pp"
    if measure == "level" and c.percent is not None:
        return c.percent, "percent"
    return c.absolute, "absolute"


def signed_text(amount: float, decimals: int, number: Callable[[float, int], str]) -> str:
    """'+1.2' / '−1.2' (a typographic minus: no widget reads the sign from this text); a change
    that rounds to zero is written without a sign."""
    shown = number(abs(amount), decimals)
    if round(abs(amount), decimals) == 0:
        return shown
    return ("\u2212" if amount < 0 else "+") + shown


def change_text(step: Step | None, measure: str, decimals: int, unit_name: str,
                say: Callable[..., str], number: Callable[[float, int], str]) -> str | None:
    """'+7.4 pp', '+18.9%' or '+1 234 persons'; None without a change."""
    amount = change_amount(step, measure, decimals)
    if amount is None:
        return None
    value, kind = amount
    if kind == "pp":
        return say("overview.pp", amount=signed_text(value, decimals, number))
    if kind == "percent":
        return say("overview.percent", amount=signed_text(value, 1, number))
    return f"{signed_text(value, decimals, number)} {unit_name}".strip()


def metric_delta(card: Headline, unit_name: str, say: Callable[..., str], number: Callable[[float, int], str]
                 ) -> tuple[str, str, str, str | None]:
    """(delta, delta_color, delta_arrow, delta_description) for st.metric: the change since the
    base year with its verdict in words ("better", "worse", "nominal"); arrow and colour come
    from the number (analysis.signals), never from the text. Where there is no such change,
    the reason ("no 2018 value") in grey without an arrow."""
    if card.base_status != "ok":
        return say(f"overview.{card.base_status}", year=BASE_YEAR), "gray", "off", None
    text = change_text(card.since_base, card.measure, card.decimals, unit_name, say, number)
    amount, kind = change_amount(card.since_base, card.measure, card.decimals)
    signal = signals.judge(amount, 1 if kind == "percent" else card.decimals, card.higher_is_better, card.unit)
    if signal.verdict in VERDICT_WORDS:
        text = say("overview.with_verdict", change=text, verdict=say(f"overview.verdict.{signal.verdict}"))
    return text, signal.colour, signal.arrow, say("overview.since_base", year=BASE_YEAR)


def year_ranges(years: list[int]) -> str:
    """'2012–2024' for a run of years, '2021, 2024' for single ones."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def flag_notes(step: Step | None, say: Callable[..., str]) -> list[str]:
    """The change's flags as sentences: breaks crossed, years without a value in between."""
    if step is None:
        return []
    notes = []
    for flag in step.change.flags:
        name, _, years = flag.partition(":")
        years = year_ranges([int(y) for y in years.split(",") if y])
        if name == "possible_break":
            notes.append(say("overview.flag_break", years=years))
        elif name == "missing_years":
            notes.append(say("overview.flag_missing", years=years))
        elif name == "implausible":
            notes.append(say("overview.flag_implausible", years=years))
    return notes


@dataclass(frozen=True)
class CardText:
    value: str
    delta: str
    delta_color: str
    delta_arrow: str
    delta_description: str | None
    period: str                    # the latest value's period, with a mark when it is secondary
    details: tuple[str, ...]       # change against the previous value, flags, notes


def card_text(card: Headline, lang: str, unit_name: str, say: Callable[..., str],
              number: Callable[[float, int], str], flag_names: dict[str, str],
              companion: tuple[str, Point] | None = None) -> CardText | None:
    """Everything a headline card writes, in the reader's language; None without any value.
    `companion`: (name, point) of a neighbouring indicator's later news figure (companion_newer)."""
    if card.latest is None:
        return None
    value = number(card.latest.value, card.decimals)
    if card.unit == "percent":
        value = say("overview.value_percent", value=value)
    delta, colour, arrow, description = metric_delta(card, unit_name, say, number)
    period = say("overview.period", period=periods.label(card.latest.period, lang))
    if card.latest.secondary:
        period += " · " + say("overview.secondary")
    previous = change_text(card.previous, card.measure, card.decimals, unit_name, say, number)
    if previous:
        line = say("overview.previous", period=periods.label(card.previous.from_period, lang), change=previous)
        details = [" ".join([line, *flag_notes(card.previous, say)])]
    else:
        details = [say("overview.no_previous")]
    if flag_notes(card.since_base, say):
        details.append(say("overview.base_notes", year=BASE_YEAR, notes="; ".join(flag_notes(card.since_base, say))))
    value_flags = [flag_names.get(f, f) for f in card.latest.flags if f != "secondary"]
    if value_flags:
        details.append(say("overview.flags", flags="; ".join(value_flags)))
    if card.unit in trends.MONEY_UNITS:
        details.append(say("overview.nominal"))
    if card.newer:
        last = card.newer[-1]
        details.append(say("overview.newer_report", value=number(last.value, card.decimals),
                           period=periods.label(last.period, lang)))
    if companion is not None:
        name, point = companion
        details.append(say("overview.companion_report", name=name, value=number(point.value, card.decimals),
                           period=periods.label(point.period, lang)))
    return CardText(value, delta, colour, arrow, description, period, tuple(details))


def with_unit(card: Headline, value: str, unit_name: str) -> str:
    """A card's value as a sentence states it: '25.7%' (card_text writes the percent), '31,187 som per month'."""
    return value if card.unit == "percent" else f"{value} {unit_name}".strip()


def sparkline_alt(card: Headline, name: str, value: str | None, say: Callable[..., str], lang: str) -> str:
    """The sparkline for a screen reader: 'Poverty rate 2010–2024, latest 25.7% in 2024' (the value
    the card states, as with_unit writes it; a part-year period by its name)."""
    years = sorted(set(card.points.loc[card.points["value"].notna(), "year"].astype(int)))
    if card.latest is None or not years:
        return say("overview.spark_alt_none", name=name)
    span = str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
    period = card.latest.period if card.latest.kind == "year" else periods.label(card.latest.period, lang)
    return say("overview.spark_alt", name=name, span=span, value=value, period=period)


def sparkline(points: pd.DataFrame, colour: str = "#0072B2", height: int = 64) -> go.Figure:
    """charts.sparkline of the card's values: gaps of more than 1.5 years stay gaps, every value a
    dot (a filled dot for an official value, a hollow one for a secondary source)."""
    frame = points[["x", "value", "secondary"]].copy()
    rows, last = [], None
    for row in frame.itertuples(index=False):
        if last is not None and (row.x - last).days > GAP_DAYS:
            rows.append({"x": last + (row.x - last) / 2, "value": math.nan, "secondary": False})
        rows.append(row._asdict())
        last = row.x
    frame = pd.DataFrame(rows, columns=["x", "value", "secondary"])
    values = pd.Series(frame["value"].to_numpy(dtype=float), index=pd.to_datetime(frame["x"]))
    fig = charts.sparkline(values, colour)
    symbols = ["circle-open" if s else "circle" for s in frame["secondary"]]
    fig.update_traces(mode="lines+markers", marker={"size": 5, "symbol": symbols, "color": colour,
                                                     "line": {"width": 1.5, "color": colour}})
    fig.update_layout(height=height, margin={"l": 4, "r": 4, "t": 4, "b": 4})
    return fig


def latest_year(data: Dataset, indicator: str, regional: bool = True) -> int | None:
    """The last calendar year with a value for the regions (regional=True) or the country."""
    obs = data.observations
    mask = obs["shown"] & (obs["indicator_id"] == indicator) & obs["value"].notna()
    mask &= (obs["region"] != "KG") if regional else (obs["region"] == "KG")
    for column in ("sex", "area", "age_group", "activity", "category"):
        mask &= obs[column] == "total"
    years = [int(y) for p, y in zip(obs.loc[mask, "period"], obs.loc[mask, "year"]) if period_kind(p) == "year"]
    return max(years) if years else None
