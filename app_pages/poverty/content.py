"""Poverty: the national series by breakdown, the country and chosen regions over time, the
regions ranked in one year, and the poverty lines."""
from __future__ import annotations

from analysis import trends
from analysis.periods import label as period_label
from analysis.series import (SeriesKey, annual_values, break_years, breakdown_keys, chart_points, period_rows,
                             regions_with_values)
from ui import figures, labels
from ui.cache import kept
from ui.format import number
from ui.i18n import t


@kept
def breaks_of(data, indicator: str) -> tuple:
    """The years in which the indicator's national series may break."""
    return tuple(break_years(data, SeriesKey(indicator)))


@kept
def dimensions_of(data, indicator: str) -> tuple:
    """The national breakdowns with more than the total."""
    return tuple(d for d in ("area", "sex", "age_group") if len(breakdown_keys(data, indicator, "KG", d)) > 1)


@kept
def regions_of(data, indicator: str) -> tuple:
    """The regions (not the country) with values of the indicator."""
    return tuple(r for r in regions_with_values(data, indicator) if r != "KG")


@kept
def default_regions(data, indicator: str) -> tuple:
    """The regions shown until the reader picks: the highest and the lowest latest value."""
    return tuple(trends.extremes(data, indicator, list(regions_of(data, indicator))))


@kept
def years_of(data, indicator: str) -> tuple:
    """The years in which some region has a value, in order: the years a ranking can show (the
    national series may run further: 2024 comes from the NSC's site, national only)."""
    return tuple(sorted({int(y) for r in regions_of(data, indicator)
                         for y in annual_values(data, SeriesKey(indicator, r)).dropna().index}))


@kept
def national(data, lang, indicator: str, dimension: str):
    """The country's series, by the breakdown `dimension` unless it is 'none'."""
    keys = ([("total", SeriesKey(indicator))] if dimension == "none"
            else breakdown_keys(data, indicator, "KG", dimension))
    points = chart_points(data, [(labels.code(data, dimension if dimension != "none" else "sex", c, lang)
                                  if c != "total" else labels.region(data, "KG", lang), k) for c, k in keys])
    title = f"{labels.indicator(data, indicator, lang)} — {labels.region(data, 'KG', lang)}"
    return figures.lines(data, lang, points, title, indicator)


@kept
def over_time(data, lang, indicator: str, chosen: tuple, highlight: str | None = None, since: int | None = None):
    """The country and the chosen regions over time; `highlight` (a region code) in colour, the
    others grey; `since` (a base year): their change since that year."""
    points = chart_points(data, [(labels.region(data, r, lang), SeriesKey(indicator, r)) for r in ["KG", *chosen]])
    title = t("poverty.regions_title", lang, name=labels.indicator(data, indicator, lang))
    return figures.lines(data, lang, points, title, indicator, emphasis=labels.region(data, "KG", lang),
                         regional=True, highlight=labels.region(data, highlight, lang) if highlight else None,
                         since=since)


@kept
def ranked(data, lang, indicator: str, year: int):
    """The regions ranked in one year."""
    table = trends.ranks(data, indicator, year)
    table["label"] = [labels.region(data, r, lang) for r in table["region"]]
    table["code"] = table["region"]
    table["flags"] = ""
    rows = period_rows(data, [SeriesKey(indicator, r) for r in regions_of(data, indicator)], str(year))
    title = t("poverty.ranked_title", lang, name=labels.indicator(data, indicator, lang), year=year)
    return figures.bars(data, lang, table, title, indicator, str(year), rows)


@kept
def poverty_lines(data, lang):
    """([(label, value)] of the poverty lines, their source caption)."""
    lines = data.observations[(data.observations["indicator_id"].isin(["poverty_line", "poverty_line_monthly"]))
                              & data.observations["shown"]]
    shown = [(f"{labels.indicator(data, row.indicator_id, lang)}: "
              f"{labels.code(data, 'category', row.category, lang)} ({period_label(row.period, lang)})",
              f"{number(row.value, 0, lang)} {labels.unit(data, row.indicator_id, lang)}")
             for row in lines.itertuples()]
    return shown, labels.source_line(data, lines["source_id"], lang)
