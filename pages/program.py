"""The Program 2020-2023 beside its indicators (before and after), and the Social Fund's Q1 2024 report."""
import datetime as dt

import streamlit as st

from analysis import charts, loader, periods
from analysis import program_view as pv
from ui import labels, state
from ui.cache import kept
from ui.charts import show, words
from ui.format import number
from ui.frame import start
from ui.i18n import t

lang, data = start()
MEASURE_COLUMNS = ["number", "status", "action", "note", "expected_result", "responsible", "measure", "goal_code",
                   "line"]
MEASURE_WIDTHS = {"number": 50, "status": 120, "action": 320, "note": 420, "goal_code": 60, "line": 70}
BAR_CHARTS = (("sf_people_trained", "program.trained_title", "program_trained_chart"),
              ("sf_appeals", "program.appeals_title", "program_appeals_chart"))


@kept
def document(name: str):
    """A document table (shared by every session: never changed by the page)."""
    return loader.load_document_table(name)


try:
    document("program_directions.csv"), document("social_fund_measures.csv")
except loader.DataError as error:
    st.error(f"{t('error.data', lang)}\n\n`{error}`")
    st.stop()


def table_words(lang: str) -> pv.TableWords:
    return pv.TableWords(**{f: t(f"program.col.{f}", lang) for f in ("indicator", "base", "latest", "change")},
                         pp=t("program.pp", lang), no_value=t("program.no_value", lang),
                         since=t("program.since", lang), no_later=t("program.no_later", lang),
                         nominal=t("program.nominal", lang), missing_years=t("program.missing_years", lang),
                         possible_break=t("program.possible_break", lang))


def text_of(row, lang: str) -> str:
    line = t("program.line", lang, line=pv.line_of(row["locator"]))
    return f"{pv.escape_markdown(pv.sentence(row[f'text_{lang}']))} :gray[({line})]"


def bullets(rows, lang: str) -> str:
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
    return (pv.markdown_cells(table.frame),
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
    return caption, (shown[MEASURE_COLUMNS].rename(columns=names), pv.table_height(len(shown), most=12),
                     t("program.full_text", lang, count=len(shown)), texts)


@kept
def report_figures(data, lang):
    """(the report's figures for st.table, their source caption)."""
    figures = pv.report_figures(data)
    figures_table = pv.figures_view(data, figures, lang, number)
    return (pv.markdown_cells(figures_table.rename(columns={c: t(f"program.fcol.{c}", lang)
                                                           for c in figures_table.columns})),
            pv.escape_markdown(labels.source_line(data, figures["source_id"], lang)))


@kept
def breakdown_chart(data, lang, indicator: str, title_key: str):
    """The bars of one indicator's categories in the report; None without values."""
    bars, total, period = pv.breakdown_bars(data, indicator, lang)
    if bars.empty:
        return None
    decimals = int(data.indicators.loc[indicator, "decimals"])
    title = t(title_key, lang, name=labels.indicator(data, indicator, lang), period=periods.label(period, lang),
              total=number(total, decimals, lang))
    figures_source = labels.source_line(data, pv.report_figures(data)["source_id"], lang)
    source = pv.wrap(figures_source, 80)
    fig = charts.ranked_bars(bars, words(lang, pv.wrap(title, 90), labels.unit(data, indicator, lang), source),
                             lang, decimals)
    return pv.fit_bars(fig, bars, source, [number(v, decimals, lang) for v in fig.data[0].x])


def draw_indicator_table(number_: str) -> None:
    table = indicator_table(data, lang, number_, dt.date.today().isoformat())
    if table is None:
        st.info(t("program.no_indicators", lang))
        return
    frame, caption = table
    st.table(frame, hide_index=True)
    st.caption(caption)


st.title(t("program.title", lang))
st.write(t("program.intro", lang))

# The Program: the main goal and the five directions
main_text, main_number, others, directions, rest, program_caption = program_texts(data, lang)
st.header(t("program.program_heading", lang))
st.markdown(t("program.how_to_read", lang))
st.subheader(t("program.main_goal", lang))
st.markdown(main_text)
draw_indicator_table(main_number)
if others is not None:
    st.markdown(t("program.strategy_goals", lang))
    st.markdown(others)

st.header(t("program.directions_heading", lang))
for number_, heading, goals, results, tasks in directions:
    st.subheader(heading)
    goals_column, results_column = st.columns(2, gap="large")
    with goals_column:
        st.markdown(f"**{t('program.goals', lang)}**")
        st.markdown(goals)
    with results_column:
        if results is not None:
            st.markdown(f"**{t('program.results', lang)}**")
            st.markdown(results)
        if tasks is not None:
            with st.expander(tasks[0]):
                st.markdown(tasks[1])
    st.markdown(f"**{t('program.indicators', lang)}**")
    draw_indicator_table(number_)

if rest is not None:
    with st.expander(t("program.other_parts", lang)):
        st.markdown(rest)
st.caption(program_caption)

# The Social Fund's Q1 2024 report
st.header(t("program.sf_heading", lang))
st.write(t("program.sf_intro", lang))
st.info(t("program.sf_quarter", lang), icon=":material/calendar_month:")
metrics, metrics_caption, goal_names, sf_source = measures_summary(data, lang)
for column, (label, value) in zip(st.columns(4), metrics):
    column.metric(label, value)
st.caption(metrics_caption)

left, right = st.columns(2)
with left:
    status = state.selectbox(lang, t("program.filter_status", lang), "status", ["all", *pv.STATUSES], "all",
                             key="program_status", format_func=lambda s: t(f"program.status.{s}", lang))
with right:
    goal = state.selectbox(lang, t("program.filter_goal", lang), "goal", ["all", *goal_names], "all",
                           key="program_goal",
                           format_func=lambda g: t("program.goal.all", lang) if g == "all"
                           else t("program.goal.option", lang, code=g, text=goal_names[g]))
shown_caption, shown = measures_table(data, lang, status, goal)
st.caption(shown_caption)
if shown is None:
    st.info(t("program.no_measures", lang))
else:
    table, height, full_text, texts = shown
    names = {c: t(f"program.mcol.{c}", lang) for c in MEASURE_COLUMNS}
    st.dataframe(table, hide_index=True, width="stretch", key="program_measures_table", height=height,
                 column_config={names[c]: st.column_config.Column(width=w) for c, w in MEASURE_WIDTHS.items()})
    with st.expander(full_text):
        st.markdown("\n\n".join(texts))     # one element, not one per measure: a rerun draws ~60 fewer
st.caption(f"{sf_source}\n\n{t('program.translation_note', lang)}")

# The report's figures
st.subheader(t("program.figures_heading", lang))
st.caption(t("program.figures_note", lang))
figures_table, figures_source = report_figures(data, lang)
st.table(figures_table, hide_index=True)
st.caption(figures_source)

for indicator, title_key, key in BAR_CHARTS:
    fig = breakdown_chart(data, lang, indicator, title_key)
    if fig is not None:
        show(fig, key)
