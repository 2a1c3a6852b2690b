"""The Regions page: which indicators can be mapped, the values of one map, and a region's profile.

Pure functions on the loaded data (no Streamlit). Regional values are the shown values of the
breakdown totals. A map shows one period: the calendar year where the regions have it, else
the period of that year with the most regions (a date, quarter or months, named in the title),
so a quarter is never drawn as a year.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from analysis import periods
from analysis.geometry import ISO_CODES
from analysis.loader import Dataset
from analysis.overview_view import change_amount, change_text, flag_notes, headline
from analysis.schema import BREAKDOWNS, period_kind, source_columns
from analysis.series import SeriesKey

SHARE_OF_NATION = "social_protection_beneficiaries_share_of_national_population"
MIN_REGIONS = 2                    # an indicator is on the map list with values for this many regions
PROFILE_COLUMNS = ["indicator_id", "period", "value", "decimals", "unit", "measure", "secondary", "flags",
                   "source_id", "rank", "ranked", "rank_basis", "previous_period", "change_flags", "step"]


def regional_rows(data: Dataset, indicator: str | None = None) -> pd.DataFrame:
    """Shown, non-missing values of the breakdown totals for the nine regional units."""
    obs = data.observations
    mask = obs["shown"] & (obs["region"] != "KG") & obs["value"].notna()
    if indicator is not None:
        mask &= obs["indicator_id"] == indicator
    for column in BREAKDOWNS:
        mask &= obs[column] == "total"
    return obs[mask]


def regional_indicators(data: Dataset, min_regions: int = MIN_REGIONS) -> list[str]:
    """Indicators with values for at least min_regions regions in one period, in catalogue order."""
    rows = regional_rows(data)
    counts = rows.groupby(["indicator_id", "period"])["region"].nunique().groupby(level=0).max()
    return [i for i in data.indicators.index if counts.get(i, 0) >= min_regions]


def map_periods(data: Dataset, indicator: str) -> dict[int, str]:
    """Year -> the period a map of that year shows: the calendar year where any region has it,
    else the period with the most regions (the later one on a tie)."""
    rows = regional_rows(data, indicator)
    out = {}
    for year, group in rows.groupby("year"):
        counts = group.groupby("period")["region"].nunique()
        annual = [p for p in counts.index if period_kind(p) == "year"]
        if annual:
            out[int(year)] = annual[0]
        else:
            best = max(counts.index, key=lambda p: (counts[p], periods.position(p)))
            out[int(year)] = best
    return dict(sorted(out.items()))


@dataclass(frozen=True)
class MapData:
    indicator: str
    year: int
    period: str
    values: pd.Series              # ISO code -> value for the nine units, NaN where missing
    flags: dict                    # ISO code -> flags of its value (only units with flags)
    source_ids: tuple[str, ...]
    missing: tuple[str, ...]       # units without a value in this period
    rows: tuple = ()               # the values' labels in data.observations


def map_data(data: Dataset, indicator: str, year: int) -> MapData:
    period = map_periods(data, indicator).get(year)
    values = pd.Series(math.nan, index=list(ISO_CODES), dtype=float)
    flags, sources, rows = {}, [], []
    obs = data.observations
    mask = obs["shown"] & (obs["indicator_id"] == indicator) & (obs["period"] == (period or ""))
    for column in BREAKDOWNS:
        mask &= obs[column] == "total"
    for row in obs[mask & (obs["region"] != "KG")].itertuples():
        values[row.region] = row.value
        sources.append(row.source_id)
        rows.append(row.Index)
        if row.flags:
            flags[row.region] = tuple(row.flags.split(";"))
    sources = tuple(sorted(set(sources), key=lambda s: (data.sources.loc[s, "display_priority"], s)))
    return MapData(indicator, year, period or str(year), values, flags, sources,
                   tuple(c for c in ISO_CODES if math.isnan(values[c])), tuple(rows))


def flag_groups(shown: MapData) -> dict[str, list[str]]:
    """Flag -> the units whose value carries it (ISO order), for the notes under a map (a map
    cannot draw a hollow marker or a break, so it says them). ["*"] where every unit the map has
    a value (or a flagged gap) for carries it."""
    groups: dict[str, list[str]] = {}
    for code in ISO_CODES:
        for flag in shown.flags.get(code, ()):
            groups.setdefault(flag, []).append(code)
    present = [c for c in ISO_CODES if c in shown.flags or not math.isnan(shown.values[c])]
    return {flag: ["*"] if codes == present else codes for flag, codes in groups.items()}


def reverse_colors(higher_is_better: str) -> bool:
    """Viridis runs dark to light with the value; flipped so the worse end (or, without a
    better direction, the higher end) is the darker one."""
    return higher_is_better != "true"


def scale(values: pd.Series) -> tuple[float, str | None]:
    """(divisor, word) that keeps the map's labels short: millions or billions of a large unit."""
    top = values.abs().max()
    if not top or math.isnan(top):
        return 1.0, None
    if top >= 1e9:
        return 1e9, "billion"
    if top >= 1e7:
        return 1e6, "million"
    return 1.0, None


def local_number(text: str, lang: str) -> str:
    """A number written by Python's ',.Nf' in the language's way: 1 234,5 in ky and ru (a no-break
    space: the map's SVG text draws U+202F, the narrow one, as nothing)."""
    if lang == "en":
        return text
    return text.replace(",", "\u00a0").replace(".", ",")


_BOLD = re.compile(r"<b>([-+\d.,]+)</b>")


def localise_map(fig: go.Figure, lang: str) -> go.Figure:
    """maps.choropleth writes its labels and hover with Python's English number format; this
    rewrites them (and the colour bar's separators) for ky and ru."""
    if lang == "en":
        return fig
    fig.update_layout(separators=", ")
    for annotation in fig.layout.annotations:
        if annotation.name in ISO_CODES and annotation.text:
            annotation.text = _BOLD.sub(lambda m: f"<b>{local_number(m.group(1), lang)}</b>", annotation.text)
    for trace in fig.data:
        if trace.customdata is None:
            continue
        rewritten = []
        for name, text in trace.customdata:
            head, sep, tail = str(text).rpartition(": ")
            if sep and re.fullmatch(r"[-+\d.,]+", tail):
                text = f"{head}: {local_number(tail, lang)}"
            rewritten.append([name, text])
        trace.customdata = rewritten
    return fig


# --- a region's profile ------------------------------------------------------------------

def _rank(data: Dataset, indicator: str, period: str, region: str) -> tuple[float, int, str]:
    """(rank, regions ranked, basis) of the region among the regions in that period."""
    rows = regional_rows(data, indicator)
    rows = rows[rows["period"] == period].set_index("region")["value"]
    better = data.indicators.loc[indicator, "higher_is_better"]
    ranks = rows.rank(ascending=better == "false", method="min")
    basis = {"true": "higher_better", "false": "lower_better"}.get(better, "highest_first")
    return float(ranks.get(region, math.nan)), int(len(rows)), basis


def profile(data: Dataset, region: str) -> pd.DataFrame:
    """Every mappable indicator for one region: latest value and period, rank among the regions
    in that period, change against the previous value, flags and source. Indicators the region
    has no value for are kept with NaN (missing stays missing)."""
    rows = []
    for indicator in regional_indicators(data):
        card = headline(data, SeriesKey(indicator, region))
        latest = card.latest
        base = dict(indicator_id=indicator, decimals=card.decimals, unit=card.unit, measure=card.measure)
        if latest is None:
            rows.append({**base, "period": None, "value": math.nan, "secondary": False, "flags": (),
                         "source_id": None, "rank": math.nan, "ranked": 0, "rank_basis": None,
                         "previous_period": None, "change_flags": (), "step": None})
            continue
        rank, ranked, basis = _rank(data, indicator, latest.period, region)
        step = card.previous
        rows.append({**base, "period": latest.period, "value": latest.value, "secondary": latest.secondary,
                     "flags": latest.flags, "source_id": latest.source_id, "rank": rank, "ranked": ranked,
                     "rank_basis": basis, "previous_period": step.from_period if step else None,
                     "change_flags": step.change.flags if step else (), "step": step})
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS)


def profile_numbers(table: pd.DataFrame) -> dict[str, list[float]]:
    """The numbers behind profile_display's value, rank and change columns, for sorting by them."""
    changes = [change_amount(row.step, row.measure, row.decimals) for row in table.itertuples(index=False)]
    return {"value": [float(v) for v in table["value"]], "rank": [float(r) for r in table["rank"]],
            "change": [math.nan if c is None else c[0] for c in changes]}


def profile_display(data: Dataset, table: pd.DataFrame, lang: str, say: Callable[..., str],
                    number: Callable[[float, int], str]) -> pd.DataFrame:
    """The profile as text in the reader's language; column names are the page's keys
    (regions.col_*), translated by the page."""
    flag_names = dict(zip(data.flags["flag"], data.flags[f"name_{lang}"]))
    out = []
    for row in table.itertuples(index=False):
        unit_name = data.units.loc[row.unit, f"name_{lang}"]
        missing = row.period is None or (isinstance(row.value, float) and math.isnan(row.value))
        change = change_text(row.step, row.measure, row.decimals, unit_name, say, number)
        if change:
            change = say("regions.change_since", change=change, period=periods.label(row.previous_period, lang))
        notes = [flag_names.get(f, f) for f in row.flags] + flag_notes(row.step, say)
        if missing:
            value = say("chart.no_data")
        else:
            divisor, word = scale(pd.Series([row.value]))
            shown_unit = say(f"regions.scale_{word}", unit=unit_name) if word else unit_name
            value = number(row.value / divisor, 1 if word else row.decimals)
            if shown_unit[:1].isdigit():           # "32,4 (100 000 иштегенге)", not "32,4 100 000 ..."
                shown_unit = f"({shown_unit})"
            value = f"{value}{'' if shown_unit == '%' and lang == 'en' else ' '}{shown_unit}"
        rank = ""
        if not missing and not math.isnan(row.rank):
            rank = say("regions.rank_of", rank=int(row.rank), count=row.ranked) + " · " + say(
                f"regions.basis_{row.rank_basis}")
        out.append({
            "indicator": data.indicators.loc[row.indicator_id, f"name_{lang}"],
            "value": value,
            "period": "" if missing else periods.label(row.period, lang),
            "rank": rank,
            "change": change or ("" if missing else say("regions.no_previous")),
            "flags": "; ".join(notes),
            "source": "" if missing else data.sources.loc[row.source_id, source_columns(lang)[1]],
        })
    return pd.DataFrame(out, columns=["indicator", "value", "period", "rank", "change", "flags", "source"])
