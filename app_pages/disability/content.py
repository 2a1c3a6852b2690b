"""Disability: the NSC's annual count of recipients of disability pensions and benefits (the main
series) with the reported numbers of persons with disabilities beside it (mostly secondary figures,
mixed periods), children, new cases, benefits and pensions, and every reported figure with its source."""
from __future__ import annotations

from app_pages.disability import compute as view
from analysis import periods, topic_tables
from analysis.chart_view import Chart
from analysis.series import SeriesKey, chart_points
from ui import figures, labels
from ui.figures import comparison_table, locator_text, metric
from ui.cache import kept
from ui.format import number
from ui.i18n import t


def metric_block(data, lang, *items):
    """Up to two figures side by side: ([metric dict or None], the caption of their sources or None)."""
    shown = [row["source_id"] for _, row in items if row is not None]
    return ([metric(data, lang, label, row) for label, row in items],
            labels.source_line(data, shown, lang) if shown else None)


def definition(data, indicator: str, lang: str) -> str:
    return data.indicators.loc[indicator, f"definition_{lang}"]


@kept
def notice(data, lang):
    """The notice on how many figures are secondary, the Program's or official."""
    mix = view.source_mix(data)
    program_periods = sorted(set(view.program_rows(data)["period"]), key=periods.position)
    return t("disability.sources_notice", lang, total=mix["total"], secondary=mix["secondary"],
             program=mix["program"], official=mix["official"],
             periods=", ".join(periods.label(p, lang) for p in program_periods))


def national_chart(data, lang, indicator: str, title_key: str, decimals: int | None = None) -> Chart:
    """The country's series of one indicator, titled by `title_key` with its name and the country."""
    name = labels.indicator(data, indicator, lang)
    points = chart_points(data, [(name, SeriesKey(indicator))])
    title = t(title_key, lang, name=name, region=labels.region(data, "KG", lang))
    return figures.lines(data, lang, points, title, indicator, decimals)


@kept
def persons(data, lang):
    """(count chart, metrics, captions under them, the comparison table or None, share chart).

    The main series is the NSC's annual count of recipients of disability pensions and benefits
    (filled line); the reported numbers of persons with disabilities sit beside it (hollow: news
    reports; filled: the Program)."""
    official_name = labels.indicator(data, view.RECIPIENTS, lang)
    reported_name = labels.indicator(data, view.COUNT, lang)
    points = chart_points(data, [(official_name, SeriesKey(view.RECIPIENTS)), (reported_name, SeriesKey(view.COUNT))])
    count = figures.lines(data, lang, points, t("disability.count_title", lang, region=labels.region(data, "KG", lang)),
                          view.RECIPIENTS)
    official_row, latest_report = view.latest(data, view.RECIPIENTS), view.latest(data, view.COUNT)
    change = topic_tables.latest_change(data, SeriesKey(view.RECIPIENTS))
    if official_row is None or change is None or str(change[0]["year"]) != official_row["period"]:
        change = None
    head = metric(data, lang, "disability.metric_official", official_row, change[1:] if change else None)
    if head is not None:
        head["help"] = "  \n".join([definition(data, view.RECIPIENTS, lang),
                                    t("disability.where", lang, locator=locator_text(official_row["locator"]),
                                      source=labels.source_line(data, [official_row["source_id"]], lang))])
    reported = metric(data, lang, "disability.metric_reported", latest_report)
    if reported is not None:
        secondary = latest_report["source_id"] in topic_tables.secondary_sources(data)
        reported["help"] = t("disability.reported_help" if secondary else "disability.reported_help_official", lang,
                             name=reported_name, source=labels.source_line(data, [latest_report["source_id"]], lang))
    used = [r["source_id"] for r in (official_row, latest_report) if r is not None]
    block = ([head, reported], labels.source_line(data, used, lang) if used else None)
    notes = [t("disability.definition", lang, definition=definition(data, view.RECIPIENTS, lang))]
    compared = view.count_comparison(data)
    gap = view.largest_gap(compared)
    program_count = view.program_value(data, view.COUNT)
    program = periods.label(program_count["period"], lang) if program_count is not None else "—"
    notes.append(t("disability.count_note", lang, program=program))
    if gap is not None:
        notes.append(t("disability.compare_note", lang, gap=number(gap, 1, lang)))
    for conflict in view.conflicts(data):
        shown, key = conflict["shown"], conflict["key"]
        others = "; ".join(f"{number(r.value, 0, lang)} ({labels.publisher(data, r.source_id, lang)})"
                           for r in conflict["others"].itertuples())
        group = topic_tables.breakdown_text(data, shown, lang) if shown is not None else ""
        notes.append(t("disability.conflict", lang, name=labels.indicator(data, key["indicator_id"], lang),
                       group=f", {group}" if group else "", period=periods.label(key["period"], lang),
                       shown=number(shown["value"], 0, lang),
                       source=labels.publisher(data, shown["source_id"], lang), others=others))
    table = None
    if len(compared):
        unit = labels.unit(data, view.RECIPIENTS, lang)
        names = {"period": t("disability.cmp.period", lang), "value": t("disability.cmp.value", lang, unit=unit),
                 "source": t("disability.col.source", lang), "year": t("disability.cmp.year", lang),
                 "annual": t("disability.cmp.annual", lang, unit=unit),
                 "percent": t("disability.cmp.percent", lang), "timing": t("disability.cmp.timing", lang)}
        table = comparison_table(data, lang, "disability", compared, names, view.COUNT, view.RECIPIENTS)
    share_name = labels.indicator(data, view.SHARE_OF_POPULATION, lang)
    points = chart_points(data, [(labels.code(data, "age_group", a, lang),
                                  SeriesKey(view.SHARE_OF_POPULATION, age_group=a)) for a in view.AGE_GROUPS])
    share = figures.lines(data, lang, points, t("disability.share_title", lang, name=share_name),
                          view.SHARE_OF_POPULATION)
    return count, block, notes, table, share


@kept
def children(data, lang):
    """(children chart, metrics)."""
    name = labels.indicator(data, view.COUNT, lang)
    points = chart_points(data, [(labels.code(data, "age_group", "Y0T17", lang),
                                  SeriesKey(view.COUNT, age_group="Y0T17"))])
    made = figures.lines(data, lang, points, t("disability.children_title", lang, name=name), view.COUNT)
    block = metric_block(data, lang, ("disability.metric_children_share", view.latest(data, "disabled_children_share")),
                         ("disability.metric_children_population",
                          view.latest(data, view.SHARE_OF_POPULATION, age_group="Y0T17")))
    return made, block


@kept
def new_cases(data, lang):
    """(new cases chart, metrics, captions under them)."""
    first_name = labels.indicator(data, view.FIRST_RECOGNISED, lang)
    points = chart_points(data, [(labels.code(data, "age_group", a, lang),
                                  SeriesKey(view.FIRST_RECOGNISED, age_group=a)) for a in view.AGE_GROUPS])
    made = figures.lines(data, lang, points, first_name, view.FIRST_RECOGNISED)
    block = metric_block(data, lang,
                         ("disability.metric_working_age",
                          view.latest(data, "disability_first_recognised_working_age_share")),
                         ("disability.metric_group1", view.latest(data, "disability_group1_first_recognised")))
    recognised = view.latest(data, "disability_recognised_persons")
    children_recognised = view.latest(data, "disability_recognised_persons", age_group="Y0T17")
    notes = [t("disability.new_cases_note", lang)]
    if recognised is not None:
        notes.append(t("disability.recognised_note", lang, period=periods.label(recognised["period"], lang),
                       total=number(recognised["value"], 0, lang),
                       children=number(children_recognised["value"], 0, lang)
                       if children_recognised is not None else "—"))
    return made, block, notes


@kept
def benefits(data, lang):
    """(benefit chart, captions under it, metrics, metrics)."""
    made = national_chart(data, lang, view.BENEFIT_SHARE, "disability.benefit_title", decimals=2)
    notes = []
    for first, last, value in view.benefit_repeats(data):
        note = t("disability.repeat_note", lang, first=first, last=last, value=number(value, 2, lang))
        counts = view.recipients_over(data, first, last)
        if counts is not None and counts[0] != counts[1]:     # the count behind the share did change
            note += " " + t("disability.repeat_count", lang, first=first, last=last,
                            first_value=number(counts[0], 0, lang), last_value=number(counts[1], 0, lang))
        notes.append(note)
    shares = metric_block(data, lang, ("disability.metric_pension_share",
                                       view.latest(data, "disabled_persons_disability_pension_share")),
                          ("disability.metric_pensions_share", view.latest(data, "disability_pensions_share")))
    pension = metric_block(data, lang, ("disability.metric_avg_pension",
                                        view.latest(data, view.PENSION[0], category=view.PENSION[1])))
    return made, notes, shares, pension


@kept
def register_options(data) -> tuple:
    """The register filter's options: all, then each indicator with a figure."""
    return ("all", *dict.fromkeys(view.page_rows(data, all_sources=True)["indicator_id"]))


@kept
def table_frame(data, lang, which: str, chosen: str = "all"):
    """(frame, source caption) of the Program's figures ('program') or the register ('register')
    filtered to one indicator unless `chosen` is 'all'."""
    if which == "program":
        rows, keep = view.program_rows(data), ("indicator", "period", "value_unit", "flags")
    else:
        rows = view.page_rows(data, all_sources=True)
        if chosen != "all":
            rows = rows[rows["indicator_id"] == chosen]
        keep = ("indicator", "breakdown", "period", "value_unit", "status", "source", "flags")
    status = (t("disability.status.shown", lang), t("disability.status.alternative", lang))
    columns = {c: t(f"disability.col.{c}", lang) for c in topic_tables.TABLE_COLUMNS}
    return figures.table_frame(data, lang, rows, keep, status, columns)
