"""Disability: persons with disabilities (mostly secondary figures, mixed periods), children, new
cases, benefits and pensions, and every reported figure with its source."""
from __future__ import annotations

from analysis import disability_view as view
from analysis import periods, topic_tables
from analysis.series import SeriesKey, chart_points
from ui import figures, labels
from ui.cache import kept
from ui.format import number
from ui.i18n import t


def metric(data, lang, label, row):
    """A figure with its period in the label and its source in the help: (label, value, help)."""
    if row is None:
        return None
    indicator = row["indicator_id"]
    text = topic_tables.flagged_number(row["value"], int(data.indicators.loc[indicator, "decimals"]), row["flags"],
                                       lang, number)
    unit = labels.unit(data, indicator, lang)
    label = t(label, lang, period=periods.label(row["period"], lang))
    if len(unit) > 2:                                   # a long unit goes into the label: the value stays whole
        label, unit = f"{label}, {unit}", ""
    return (label, f"{text} {unit}".strip(),
            f"{labels.indicator(data, indicator, lang)}. {labels.source_line(data, [row['source_id']], lang)}")


def metric_block(data, lang, *items):
    """Up to two figures side by side: ([(label, value, help) or None], the caption of their sources or None)."""
    shown = [row["source_id"] for _, row in items if row is not None]
    return ([metric(data, lang, label, row) for label, row in items],
            labels.source_line(data, shown, lang) if shown else None)


@kept
def notice(data, lang):
    """The notice on how many figures are secondary, the Program's or official."""
    mix = view.source_mix(data)
    program_periods = sorted(set(view.program_rows(data)["period"]), key=periods.position)
    return t("disability.sources_notice", lang, total=mix["total"], secondary=mix["secondary"],
             program=mix["program"], official=mix["official"],
             periods=", ".join(periods.label(p, lang) for p in program_periods))


def national_figure(data, lang, indicator: str, title_key: str, decimals: int | None = None):
    """The country's series of one indicator, titled by `title_key` with its name and the country."""
    name = labels.indicator(data, indicator, lang)
    points = chart_points(data, [(name, SeriesKey(indicator))])
    title = t(title_key, lang, name=name, region=labels.region(data, "KG", lang))
    return figures.line_figure(data, lang, points, title, indicator, decimals)


@kept
def persons(data, lang):
    """(count figure, metrics, captions under them, share figure)."""
    count = national_figure(data, lang, view.COUNT, "disability.count_title")
    program_count = view.program_value(data, view.COUNT)
    block = metric_block(data, lang, ("disability.metric_latest", view.latest(data, view.COUNT)),
                         ("disability.metric_program", program_count))
    notes = []
    if program_count is not None:
        notes.append(t("disability.count_note", lang, period=periods.label(program_count["period"], lang)))
    for conflict in view.conflicts(data):
        shown, key = conflict["shown"], conflict["key"]
        others = "; ".join(f"{number(r.value, 0, lang)} ({labels.publisher(data, r.source_id, lang)})"
                           for r in conflict["others"].itertuples())
        group = topic_tables.breakdown_text(data, shown, lang) if shown is not None else ""
        notes.append(t("disability.conflict", lang, name=labels.indicator(data, key["indicator_id"], lang),
                       group=f", {group}" if group else "", period=periods.label(key["period"], lang),
                       shown=number(shown["value"], 0, lang),
                       source=labels.publisher(data, shown["source_id"], lang), others=others))
    share_name = labels.indicator(data, view.SHARE_OF_POPULATION, lang)
    points = chart_points(data, [(labels.code(data, "age_group", a, lang),
                                  SeriesKey(view.SHARE_OF_POPULATION, age_group=a)) for a in view.AGE_GROUPS])
    share = figures.line_figure(data, lang, points, t("disability.share_title", lang, name=share_name),
                                view.SHARE_OF_POPULATION)
    return count, block, notes, share


@kept
def children(data, lang):
    """(children figure, metrics)."""
    name = labels.indicator(data, view.COUNT, lang)
    points = chart_points(data, [(labels.code(data, "age_group", "Y0T17", lang),
                                  SeriesKey(view.COUNT, age_group="Y0T17"))])
    fig = figures.line_figure(data, lang, points, t("disability.children_title", lang, name=name), view.COUNT)
    block = metric_block(data, lang, ("disability.metric_children_share", view.latest(data, "disabled_children_share")),
                         ("disability.metric_children_population",
                          view.latest(data, view.SHARE_OF_POPULATION, age_group="Y0T17")))
    return fig, block


@kept
def new_cases(data, lang):
    """(new cases figure, metrics, captions under them)."""
    first_name = labels.indicator(data, view.FIRST_RECOGNISED, lang)
    points = chart_points(data, [(labels.code(data, "age_group", a, lang),
                                  SeriesKey(view.FIRST_RECOGNISED, age_group=a)) for a in view.AGE_GROUPS])
    fig = figures.line_figure(data, lang, points, first_name, view.FIRST_RECOGNISED)
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
    return fig, block, notes


@kept
def benefits(data, lang):
    """(benefit figure, captions under it, metrics, metrics)."""
    fig = national_figure(data, lang, view.BENEFIT_SHARE, "disability.benefit_title", decimals=2)
    notes = [t("disability.repeat_note", lang, first=first, last=last, value=number(value, 2, lang))
             for first, last, value in view.benefit_repeats(data)]
    shares = metric_block(data, lang, ("disability.metric_pension_share",
                                       view.latest(data, "disabled_persons_disability_pension_share")),
                          ("disability.metric_pensions_share", view.latest(data, "disability_pensions_share")))
    pension = metric_block(data, lang, ("disability.metric_avg_pension",
                                        view.latest(data, view.PENSION[0], category=view.PENSION[1])))
    return fig, notes, shares, pension


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
