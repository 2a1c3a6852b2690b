"""The Program 2020-2023 beside its indicators (before and after), and the Social Fund's Q1 2024 report."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis import chart_view, charts, loader, periods
from analysis.chart_view import Chart
from analysis import program_view as pv
from ui import labels
from ui.cache import kept
from ui.charts import words
from ui.format import number
from ui.i18n import t
from ui.tables import Sortable, arrow

MEASURE_COLUMNS = ["number", "status", "action", "note", "expected_result", "responsible", "measure", "goal_code",
                   "line"]


@kept
def document(name: str):
    """A document table (shared by every session: never changed by the page)."""
    return loader.load_document_table(name)


def table_words(lang: str) -> pv.TableWords:
    """The before-and-after table's words."""
    return pv.TableWords(**{f: t(f"program.col.{f}", lang) for f in ("indicator", "base", "latest", "change")},
                         pp=t("program.pp", lang), no_value=t("program.no_value", lang),
                         since=t("program.since", lang), no_later=t("program.no_later", lang),
                         nominal=t("program.nominal", lang), missing_years=t("program.missing_years", lang),
                         possible_break=t("program.possible_break", lang))


def text_of(row, lang: str) -> str:
    """A part of the Program in markdown, with its line in the document."""
    line = t("program.line", lang, line=pv.line_of(row["locator"]))
    return f"{pv.escape_markdown(pv.sentence(row[f'text_{lang}']))} :gray[({line})]"


def bullets(rows, lang: str) -> str:
    """Parts of the Program as a markdown list."""
    return "\n".join(f"- {text_of(row, lang)}" for _, row in rows.iterrows())


@kept
def indicator_table(data, lang, number_: str, today: str):
    """(the before-and-after table for st.table, its caption) of a goal or direction; None without indicators."""
    ids = pv.linked_indicators(document("program_directions.csv"), number_, set(data.indicators.index))
    if not ids:
        return None
    table = pv.before_after_table(data, ids, lang, table_words(lang), number, today=dt.date.fromisoformat(today))
    notes = "".join(f"\n- **{pv.escape_markdown(name)}**: {pv.escape_markdown(text)}"
                    for name, text in table.notes)
    return (arrow(pv.markdown_cells(table.frame)),
            pv.escape_markdown(labels.source_line(data, table.source_ids, lang))
            + (f"\n\n{t('program.notes', lang)}:{notes}" if notes else ""))


@kept
def program_texts(data, lang):
    """The Program's text as markdown: (main goal, its number, other goals or None, the directions, the parts of
    no direction or None, the source caption). A direction: (number, heading, goals, results or None,
    (tasks label, tasks) or None)."""
    program = document("program_directions.csv")
    goals = pv.top_goals(program)
    main, others = goals.iloc[0], goals.iloc[1:]
    directions = []
    for index, (_, direction) in enumerate(pv.directions(program).iterrows(), start=1):
        number_ = direction["number"]
        name = pv.escape_markdown(pv.sentence(direction[f"text_{lang}"]))
        results = pv.parts_of(program, number_, "expected_result")
        tasks = pv.parts_of(program, number_, "task")
        directions.append((number_, t("program.direction", lang, number=index, text=name),
                           bullets(pv.parts_of(program, number_, "goal"), lang),
                           bullets(results, lang) if len(results) else None,
                           (t("program.tasks", lang, count=len(tasks)), bullets(tasks, lang)) if len(tasks) else None))
    rest = pv.unattached(program)
    rest_text = ("\n".join(f"- **{t(f'program.kind.{row.kind}', lang)}.** {text_of(row, lang)}"
                           for _, row in rest.iterrows()) if len(rest) else None)
    program_source = labels.source_line(data, set(program["source_id"]), lang)
    return (text_of(main, lang), main["number"], bullets(others, lang) if len(others) else None, directions,
            rest_text, f"{pv.escape_markdown(program_source)}\n\n{t('program.text_source', lang)}")


@kept
def measures_summary(data, lang):
    """([(label, value)] of the metrics, their caption, goal code -> goal, the report's source caption)."""
    measures = document("social_fund_measures.csv")
    view = pv.measures_view(measures, lang)
    sf_source = pv.escape_markdown(labels.source_line(data, set(measures["source_id"]), lang))
    counts = pv.status_counts(view)
    metrics = [(t("program.measures_total", lang), len(view))]
    metrics += [(t(f"program.status.{status}", lang), counts[status]) for status in pv.STATUSES]
    return (metrics, t("program.metrics_caption", lang, source=sf_source), dict(zip(view["goal_code"], view["goal"])),
            sf_source)


@kept
def measures_table(data, lang, status: str, goal: str):
    """(the caption of how many are shown, None when none is, else (the table for st.dataframe, its height,
    the full text's label, each measure in markdown))."""
    view = pv.measures_view(document("social_fund_measures.csv"), lang)
    goal_names = dict(zip(view["goal_code"], view["goal"]))
    shown = pv.filter_measures(view, status, goal)
    caption = t("program.measures_shown", lang, shown=len(shown), total=len(view))
    if shown.empty:
        return caption, None
    shown = shown.assign(status=[t(f"program.status.{s}", lang) for s in shown["status"]])
    names = {c: t(f"program.mcol.{c}", lang) for c in MEASURE_COLUMNS}
    texts = [pv.measure_markdown(row, names, goal_names[row.goal_code]) for row in shown.itertuples()]
    goal_numbers = tuple(pd.to_numeric(shown["goal_code"], errors="coerce").to_numpy(dtype=float))
    table = Sortable(shown[MEASURE_COLUMNS].rename(columns=names).reset_index(drop=True),
                     {names["goal_code"]: goal_numbers})
    return caption, (table, pv.table_height(len(shown), most=12),
                     t("program.full_text", lang, count=len(shown)), texts)


@kept
def report_figures(data, lang):
    """(the report's figures for st.table, their source caption)."""
    figures = pv.report_figures(data)
    figures_table = pv.figures_view(data, figures, lang, number)
    return (arrow(pv.markdown_cells(figures_table.rename(columns={c: t(f"program.fcol.{c}", lang)
                                                                 for c in figures_table.columns}))),
            pv.escape_markdown(labels.source_line(data, figures["source_id"], lang)))


@kept
def breakdown_chart(data, lang, indicator: str, title_key: str):
    """The bars of one indicator's categories in the report as a Chart; None without values."""
    bars, total, period = pv.breakdown_bars(data, indicator, lang)
    if bars.empty:
        return None
    decimals = int(data.indicators.loc[indicator, "decimals"])
    title = t(title_key, lang, name=labels.indicator(data, indicator, lang), period=periods.label(period, lang),
              total=number(total, decimals, lang))
    figures_source = labels.source_line(data, pv.report_figures(data)["source_id"], lang)
    source = pv.wrap(figures_source, 80)
    unit = labels.unit(data, indicator, lang)
    fig = charts.ranked_bars(bars, words(lang, pv.wrap(title, 90), unit, source), lang, decimals)
    fig = pv.fit_bars(fig, bars, [number(v, decimals, lang) for v in fig.data[0].x])
    return Chart(fig, tuple(int(r) for r in bars["row"]), title, chart_view.alt_bars(title, bars, unit, decimals, lang))
