"""Pensions and social protection: pensioners (the NSC's derived annual count, with the reported
counts beside it) and the average pension, pensioners below the subsistence minimum, coverage
(national and by region), benefits and spending."""
from __future__ import annotations

import pandas as pd

from analysis import periods
from app_pages.pensions import compute as view
from analysis import topic_tables
from analysis.chart_view import Chart
from analysis.schema import period_kind
from analysis.series import SeriesKey, chart_points, period_rows
from ui import figures, labels
from ui.cache import kept
from ui.format import number
from ui.regional_map import map_chart
from ui.i18n import t
from ui.tables import Sortable

regional_years = kept(view.regional_years)


def column_names(lang) -> dict[str, str]:
    """The figures tables' column headers."""
    return {c: t(f"pensions.col.{c}", lang) for c in topic_tables.TABLE_COLUMNS}


@kept
def table_frame(data, lang, rows_of: str, keep: tuple):
    """The figures table of `view.<rows_of>(data)` and its source line."""
    status = (t("pensions.status.shown", lang), t("pensions.status.alternative", lang))
    return figures.table_frame(data, lang, getattr(view, rows_of)(data), keep, status, column_names(lang))


@kept
def financing_table(data, lang):
    """The regional pension financing table and its source line, or None without such figures."""
    if view.financing_rows(data).empty:
        return None
    return table_frame(data, lang, "financing_rows", ("region", "period", "value", "unit", "source", "flags"))


@kept
def national(data, lang, indicators: tuple, title_key: str) -> Chart:
    """The country's `indicators` on one chart, titled by the string `title_key` (given the first
    indicator's name and the country); the unit and decimals are the first indicator's."""
    points = chart_points(data, [(labels.indicator(data, i, lang), SeriesKey(i, category="total")) for i in indicators])
    title = t(title_key, lang, name=labels.indicator(data, indicators[0], lang), region=labels.region(data, "KG", lang))
    return figures.lines(data, lang, points, title, indicators[0])


@kept
def pensioners(data, lang) -> Chart:
    """The number of pensioners over time: the NSC's annual (derived) count as the line, and the
    counts reported for dates and months as points of their own (hollow: news reports; filled:
    the Program), so that no point-in-time count joins the annual line."""
    name = labels.indicator(data, view.PENSIONERS, lang)
    points = chart_points(data, [(name, SeriesKey(view.PENSIONERS))])
    annual = points["period"].map(lambda p: period_kind(p) == "year").astype(bool)
    points = pd.concat([points[annual].assign(series=t("pensions.series_derived", lang)),
                        points[~annual].assign(series=t("pensions.series_reported", lang))], ignore_index=True)
    title = t("pensions.pensioners_title", lang, name=name, region=labels.region(data, "KG", lang))
    return figures.lines(data, lang, points, title, view.PENSIONERS)


@kept
def headline(data, lang):
    """(the metrics block, captions under it: the `derived` flag in words and how the reported
    counts compare, the comparison table or None)."""
    head = view.headline(data)
    latest_report = latest_reported(data)
    entries, notes = [None, None], []
    if head is not None:
        row, before, change = head
        shown = topic_tables.observations(data, [view.PENSIONERS], ["KG"], category="total")
        shown = shown[shown["period"] == str(int(row["year"]))].iloc[0]
        entries[0] = figures.metric(data, lang, "pensions.metric_derived", shown, (before, change),
                                       since="pensions.since")
        found = view.derivation(data, int(row["year"]))
        if found is not None:
            entries[0]["help"] = "  \n".join([
                data.indicators.loc[view.PENSIONERS, f"definition_{lang}"],
                t("pensions.derived_help", lang, flag=labels.flag_names(data, lang)[view.DERIVED]),
                t("pensions.where", lang, locator=figures.locator_text(shown["locator"]),
                  source=labels.source_line(data, [shown["source_id"]], lang))])
            notes.append(derived_text(data, lang, found))
    if latest_report is not None:
        entries[1] = figures.metric(data, lang, "pensions.metric_reported", latest_report)
        entries[1]["help"] = t("pensions.reported_help", lang,
                               source=labels.source_line(data, [latest_report["source_id"]], lang))
    used = ([head[0]["source_id"]] if head is not None else []) + \
        ([latest_report["source_id"]] if latest_report is not None else [])
    block = (entries, labels.source_line(data, used, lang) if used else None)
    compared = view.pensioner_comparison(data)
    comparing = comparison_notes(data, lang, compared)
    if comparing:
        notes.append(" ".join(comparing))          # one paragraph: how the reported counts compare
    table = None
    if len(compared):
        unit = labels.unit(data, view.PENSIONERS, lang)
        names = {"period": t("pensions.cmp.period", lang), "value": t("pensions.cmp.value", lang, unit=unit),
                 "source": t("pensions.col.source", lang), "year": t("pensions.cmp.year", lang),
                 "annual": t("pensions.cmp.annual", lang, unit=unit), "percent": t("pensions.cmp.percent", lang),
                 "timing": t("pensions.cmp.timing", lang)}
        table = figures.comparison_table(data, lang, "pensions", compared, names, view.PENSIONERS, view.PENSIONERS)
    return block, notes, table


def latest_reported(data):
    """The latest count of all pensioners reported for a date or month (not the annual series)."""
    rows = topic_tables.observations(data, [view.PENSIONERS], ["KG"], category="total")
    rows = rows[rows["value"].notna() & rows["period"].map(lambda p: period_kind(p) != "year").astype(bool)]
    return rows.iloc[-1] if len(rows) else None


def derived_text(data, lang, found: dict) -> str:
    """The `derived` flag in words: what the value is, the formula with its inputs, how precise."""
    exact, rounded = view.precision_years(data)
    share_decimals = found["decimals"] if found["decimals"] is not None else 4
    if found["decimals"] is None:
        precision = t("pensions.derived_exact", lang, year=found["year"])
    else:
        precision = t("pensions.derived_range", lang, year=found["year"], low=number(found["low"], 0, lang),
                      high=number(found["high"], 0, lang), pm=number(found["plus_minus"], 2, lang))
    spans = []
    if exact:
        spans.append(t("pensions.derived_exact_years", lang, years=view.year_span(exact)))
    if rounded:
        step = rounded_step(data, rounded)
        spans.append(t("pensions.derived_rounded_years", lang, years=view.year_span(rounded),
                       step=number(10 ** -step, step, lang) if step is not None else "—"))
    return t("pensions.derived_text", lang, year=found["year"], count=number(found["count"], 0, lang),
             share=number(found["share"], share_decimals, lang), value=number(found["value"], 0, lang),
             spans=" ".join(spans), precision=precision)


def rounded_step(data, years: list[int]) -> int | None:
    """The decimals the shares of the rounded years were given to (the largest, where they differ)."""
    places = [f["decimals"] for f in (view.derivation(data, y) for y in years) if f and f["decimals"] is not None]
    return max(places) if places else None


def comparison_notes(data, lang, compared) -> list[str]:
    """How the reported counts compare with the derived ones: at the year's turn, within the year,
    and the jump in the shares the derived counts come from."""
    notes = []
    turn = compared[compared["timing"].isin(["turn", "year"])]
    if len(turn):
        notes.append(t("pensions.cmp_turn", lang, gap=number(float(turn["percent"].abs().max()), 2, lang)))
    within = compared[compared["timing"] == "within"]
    if len(within):
        low, high = float(within["percent"].abs().min()), float(within["percent"].abs().max())
        direction = "below" if (within["percent"] < 0).all() else "above" if (within["percent"] > 0).all() else "apart"
        notes.append(t(f"pensions.cmp_within_{direction}", lang, years=view.year_span(sorted(set(within["year"]))),
                       low=number(low, 1, lang), high=number(high, 1, lang)))
    _, rounded = view.precision_years(data)
    for year, before, after in view.share_jumps(data):
        if year in rounded:
            notes.append(t("pensions.share_jump", lang, year=year, year_before=year - 1,
                           before=number(before, 1, lang), after=number(after, 1, lang)))
    return notes


@kept
def below_metrics(data, lang):
    """The count of pensioners below the subsistence minimum and its share of all pensioners, both
    of the latest year that has the two."""
    year = view.below_year(data)
    entries, used = [], []
    for key, indicator in (("pensions.metric_below_count", view.BELOW_COUNT),
                           ("pensions.metric_below_share", view.BELOW_SHARE)):
        rows = topic_tables.observations(data, [indicator], ["KG"], category="total")
        rows = rows[rows["period"] == str(year)]
        if year is None or rows.empty:
            entries.append(None)
            continue
        row = rows.iloc[0]
        entry = figures.metric(data, lang, key, row)
        entry["help"] = "  \n".join([data.indicators.loc[indicator, f"definition_{lang}"],
                                     t("pensions.where", lang, locator=figures.locator_text(row["locator"]),
                                       source=labels.source_line(data, [row["source_id"]], lang))])
        entries.append(entry)
        used.append(row["source_id"])
    return entries, labels.source_line(data, used, lang) if used else None


@kept
def pension(data, lang) -> Chart:
    """The average pension against the pensioners' subsistence minimum."""
    minimum_label = labels.code(data, "category", view.MINIMUM[1], lang)
    points = chart_points(data, [
        (labels.indicator(data, view.AVG_PENSION, lang), SeriesKey(view.AVG_PENSION)),
        (f"{labels.indicator(data, view.MINIMUM[0], lang)}: {minimum_label.lower()}",
         SeriesKey(view.MINIMUM[0], category=view.MINIMUM[1]))])
    return figures.lines(data, lang, points, t("pensions.pension_title", lang), view.AVG_PENSION)


@kept
def matched_table(data, lang):
    """(the average pension against the subsistence minimum, its caption), or None without a match."""
    matched = view.pension_against_minimum(data)
    if matched.empty:
        return None
    unit = labels.unit(data, view.AVG_PENSION, lang)
    columns = column_names(lang)
    frame = matched.assign(
        period=[periods.label(p, lang) for p in matched["period"]],
        pension=[number(v, 0, lang) for v in matched["pension"]],
        minimum=[number(v, 0, lang) for v in matched["minimum"]],
        percent=[number(v, 0, lang) for v in matched["percent"]],
        source=[", ".join(dict.fromkeys(labels.publisher(data, s, lang) for s in ids))
                for ids in matched["source_ids"]],
        secondary=[t("pensions.yes", lang) if s else "" for s in matched["secondary"]],
    )[["period", "pension", "minimum", "percent", "secondary", "source"]]
    names = {"period": columns["period"], "pension": t("pensions.col_pension", lang, unit=unit),
             "minimum": t("pensions.col_minimum", lang, unit=unit), "percent": t("pensions.col_percent", lang),
             "secondary": t("pensions.col_secondary", lang), "source": columns["source"]}
    numbers = {names[c]: tuple(matched[c].to_numpy(dtype=float)) for c in ("pension", "minimum", "percent")}
    return Sortable(frame.rename(columns=names), numbers), (t("pensions.matched_note", lang) + " "
                   + labels.source_line(data, [s for ids in matched["source_ids"] for s in ids], lang))


@kept
def regional(data, lang, year: int):
    """(bars of each region's share, the map of them or None when the boundaries do not load,
    their source line, the note on their sum or None). The bars have no Map view of their own:
    the map is drawn beside them."""
    shares = view.regional_shares(data, year)
    shares["label"] = [labels.region(data, c, lang) for c in shares["code"]]
    title = t("pensions.regional_title", lang, name=labels.indicator(data, view.REGIONAL, lang), year=year)
    rows = period_rows(data, [SeriesKey(view.REGIONAL, c) for c in shares["code"]], str(year))
    bars = figures.bars(data, lang, shares, title, view.REGIONAL, periods.label(str(year), lang), rows, decimals=2,
                        regional=False)
    shown = map_chart(data, lang, view.REGIONAL, year)     # its views: the map and its table
    total, national_rate, count = view.regional_check(data, year)
    note = None
    if total is not None and national_rate is not None:
        note = t("pensions.regional_sum", lang, year=year, total=number(total, 1, lang),
                 national=number(national_rate, 1, lang), count=count)
    return bars, shown, labels.source_line(data, shares["source_id"].dropna(), lang), note
