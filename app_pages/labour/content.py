"""Labour market: unemployment by region, sex and age, registered unemployment, occupational
injuries, youth NEET and the Program's labour figures."""
from __future__ import annotations

from app_pages.labour import compute as view
from analysis import periods, topic_tables, trends
from analysis.series import SeriesKey, breakdown_keys, chart_points, period_rows, regions_with_values
from ui import figures, labels
from ui.cache import kept
from ui.format import number
from ui.i18n import t


@kept
def unemployment_regions(data):
    """(regions other than the country with an unemployment rate, the calendar years of their values)."""
    regions = tuple(r for r in regions_with_values(data, view.UNEMPLOYMENT) if r != "KG")
    return regions, tuple(topic_tables.years_with_values(data, view.UNEMPLOYMENT, list(regions)))


@kept
def default_regions(data) -> tuple:
    """The regions the chart shows until the reader picks: the highest and the lowest latest rate."""
    return tuple(trends.extremes(data, view.UNEMPLOYMENT, list(unemployment_regions(data)[0])))


@kept
def injury_years(data, injury: str):
    """The calendar years with a regional value of the injury measure `injury`."""
    return tuple(topic_tables.years_with_values(data, injury, [r for r in data.regions.index if r != "KG"]))


@kept
def regions_chart(data, lang, chosen: tuple, highlight: str | None = None, since: int | None = None):
    """The unemployment rate of the country and of the `chosen` regions; `highlight` (a region
    code) in colour, the others grey; `since` (a base year): their change since that year."""
    points = chart_points(data, [(labels.region(data, r, lang), SeriesKey(view.UNEMPLOYMENT, r))
                                 for r in ["KG", *chosen]])
    title = t("labour.regions_title", lang, name=labels.indicator(data, view.UNEMPLOYMENT, lang))
    return figures.lines(data, lang, points, title, view.UNEMPLOYMENT, emphasis=labels.region(data, "KG", lang),
                         regional=True, highlight=labels.region(data, highlight, lang) if highlight else None,
                         since=since)


@kept
def late_note(data, lang, chosen: tuple):
    """The note on the `chosen` regions whose unemployment rate starts later than the others', or None."""
    late = view.late_starts(data, view.UNEMPLOYMENT, list(chosen))
    if not late:
        return None
    return t("labour.late_start", lang, regions=", ".join(f"{labels.region(data, r, lang)} ({y})"
                                                          for r, y in late.items()))


@kept
def ranked(data, lang, indicator: str, year: int):
    """(bars of the country's and every region's value in `year`, with their map; the note on
    regions with a value of 0 or None)."""
    values = view.ranked_year(data, indicator, year)
    values["label"] = [labels.region(data, c, lang) for c in values["code"]]
    rows = period_rows(data, [SeriesKey(indicator, r) for r in values["code"]], str(year))
    title = t("labour.ranked_title", lang, name=labels.indicator(data, indicator, lang), year=year)
    made = figures.bars(data, lang, values, title, indicator, periods.label(str(year), lang), rows, highlight="KG")
    zeros = view.zero_regions(values)
    note = t("labour.zero_note", lang, year=year,
             regions=", ".join(labels.region(data, r, lang) for r in zeros)) if zeros else None
    return made, note


@kept
def breakdown_chart(data, lang, indicator: str, by: str, title_key: str):
    """The country's `indicator` by `by` (the total named after the country), titled by the
    string `title_key` (given the indicator's name, the breakdown and the country)."""
    country = labels.region(data, "KG", lang)
    keys = breakdown_keys(data, indicator, "KG", by)
    points = chart_points(data, [(country if c == "total" else labels.code(data, by, c, lang), k) for c, k in keys])
    title = t(title_key, lang, name=labels.indicator(data, indicator, lang), by=t(f"breakdown.{by}", lang).lower(),
              region=country)
    return figures.lines(data, lang, points, title, indicator)


@kept
def registered(data, lang):
    """(the registered against the surveyed unemployment, the note on their ratio or None)."""
    points = chart_points(data, [(labels.indicator(data, i, lang), SeriesKey(i))
                                 for i in (view.UNEMPLOYMENT, view.REGISTERED)])
    title = t("labour.registered_title", lang, region=labels.region(data, "KG", lang))
    made = figures.lines(data, lang, points, title, view.REGISTERED)
    share = view.registered_share(data)
    if share.empty:
        return made, None
    last = share.iloc[-1]
    return made, t("labour.registered_note", lang, year=int(last["year"]), registered=number(last["registered"], 1, lang),
                  ilo=number(last["ilo"], 1, lang), percent=number(last["percent"], 0, lang))


@kept
def program_table(data, lang):
    """(the Program's figures table, its source line, the note on the figures left out or None)."""
    rows, left_out = view.program_rows(data)
    status = (t("labour.status.shown", lang), t("labour.status.alternative", lang))
    columns = {c: t(f"labour.col.{c}", lang) for c in topic_tables.TABLE_COLUMNS}
    table, source = figures.table_frame(data, lang, rows, ("indicator", "breakdown", "period", "value_unit", "flags"),
                                        status, columns)
    note = None
    if not left_out.empty:
        note = t("labour.left_out", lang, count=len(left_out),
                 name=", ".join(dict.fromkeys(labels.indicator(data, i, lang) for i in left_out["indicator_id"])),
                 period=", ".join(dict.fromkeys(periods.label(p, lang) for p in left_out["period"])))
    return table, source, note
