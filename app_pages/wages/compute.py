"""What the Wages page computes: the national wage, women and men, economic activities, the
minimum wage and subsistence minimum, regional figures and wage arrears. Pure functions on the
loaded data (no Streamlit); the figure and table helpers it shares with the other topic pages
are in analysis/topic_figures.py and analysis/topic_tables.py.
"""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis import periods
from analysis.chart_view import TABLE_HEADERS, flag_words
from analysis.loader import Dataset
from analysis.schema import period_kind, source_columns
from analysis.series import SeriesKey, annual, chart_points, observations_of, period_rows
from analysis.topic_figures import POINT_COLUMNS
from analysis.topic_tables import observations, secondary_sources


WAGE = "avg_monthly_wage"
ARREARS_SHARE = "wage_arrears_regional_share"
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


def gap_rows(data: Dataset, gap: pd.DataFrame) -> tuple:
    """The labels in data.observations of the women's and men's wages the gaps are computed from."""
    years = {str(y) for y in gap["year"]}
    points = chart_points(data, [(s, SeriesKey(WAGE, sex=s)) for s in ("female", "male")], annual_only=True)
    return tuple(int(r) for r in points.loc[points["period"].isin(years) & points["value"].notna(), "row"])


def gap_table(data: Dataset, gap: pd.DataFrame, lang: str, name: str, region: str, how: str) -> pd.DataFrame:
    """The gaps as rows of a chart's table (analysis.chart_view.table's columns in `lang`): `name`
    as the indicator, `how` (the formula) as the breakdown, the sources of both wages."""
    heads = TABLE_HEADERS[lang]
    title_column, publisher_column = source_columns(lang)

    def sources(ids: str) -> str:
        return "; ".join(f"{data.sources.loc[s, publisher_column]}, {data.sources.loc[s, title_column]}"
                         for s in dict.fromkeys(ids.split(";")))
    return pd.DataFrame({
        heads["indicator"]: name, heads["region"]: region, heads["breakdown"]: how,
        heads["period"]: [periods.label(str(y), lang) for y in gap["year"]],
        heads["value"]: gap["gap_percent"].astype(float).to_numpy(), heads["unit"]: "%",
        heads["flags"]: [flag_words(data, f, lang) for f in gap["flags"]],
        heads["source"]: [sources(s) for s in gap["source_id"]],
    })


def activity_rows(data: Dataset, year: int, sex: str = "total") -> tuple:
    """The labels in data.observations of `activity_ranking`'s values (what its bars draw)."""
    return period_rows(data, [SeriesKey(WAGE, sex=sex, activity=c) for c in (*ACTIVITY_CODES, "total")], str(year))


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
    (NaN where the Program names no share); row: the value's label in data.observations."""
    rows = observations(data, [ARREARS_SHARE])
    if rows.empty:
        return None, pd.DataFrame(columns=["code", "value", "flags", "source_id", "row"])
    period = rows["period"].iloc[0]
    rows = rows[rows["period"] == period]
    rows = rows.assign(row=rows.index).set_index("region")
    regions = [r for r in data.regions.index if r != "KG"]
    return period, pd.DataFrame({
        "code": regions, "value": [float(rows.loc[r, "value"]) if r in rows.index else float("nan") for r in regions],
        "flags": [rows.loc[r, "flags"] if r in rows.index else "" for r in regions],
        "source_id": [rows.loc[r, "source_id"] if r in rows.index else None for r in regions],
        "row": [rows.loc[r, "row"] if r in rows.index else None for r in regions]})
