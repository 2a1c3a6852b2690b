"""The Program 2020-2023 beside its indicators (before and after), and the Social Fund's Q1 2024 report."""
import streamlit as st

from analysis import charts, loader, periods
from analysis import program_view as pv
from ui import labels, state
from ui.charts import show, words
from ui.format import number
from ui.frame import start
from ui.i18n import t

lang, data = start()


@st.cache_data(show_spinner=False)
def document(name: str):
    return loader.load_document_table(name)


try:
    program, measures = document("program_directions.csv"), document("social_fund_measures.csv")
except loader.DataError as error:
    st.error(f"{t('error.data', lang)}\n\n`{error}`")
    st.stop()

st.title(t("program.title", lang))
st.write(t("program.intro", lang))

known = set(data.indicators.index)
table_words = pv.TableWords(**{f: t(f"program.col.{f}", lang) for f in ("indicator", "base", "latest", "change")},
                            pp=t("program.pp", lang), no_value=t("program.no_value", lang),
                            since=t("program.since", lang), no_later=t("program.no_later", lang),
                            nominal=t("program.nominal", lang), missing_years=t("program.missing_years", lang),
                            possible_break=t("program.possible_break", lang))
program_source = labels.source_line(data, set(program["source_id"]), lang)


def text_of(row) -> str:
    line = t("program.line", lang, line=pv.line_of(row["locator"]))
    return f"{pv.escape_markdown(pv.sentence(row[f'text_{lang}']))} :gray[({line})]"


def bullets(rows) -> None:
    st.markdown("\n".join(f"- {text_of(row)}" for _, row in rows.iterrows()))


def indicator_table(number_: str) -> None:
    ids = pv.linked_indicators(program, number_, known)
    if not ids:
        st.info(t("program.no_indicators", lang))
        return
    table = pv.before_after_table(data, ids, lang, table_words, number)
    st.table(pv.markdown_cells(table.frame), hide_index=True)
    notes = "".join(f"\n- **{pv.escape_markdown(name)}**: {pv.escape_markdown(text)}"
                    for name, text in table.notes)
    st.caption(pv.escape_markdown(labels.source_line(data, table.source_ids, lang))
               + (f"\n\n{t('program.notes', lang)}:{notes}" if notes else ""))


# The Program: the main goal and the five directions
st.header(t("program.program_heading", lang))
st.markdown(t("program.how_to_read", lang))
goals = pv.top_goals(program)
main, others = goals.iloc[0], goals.iloc[1:]
st.subheader(t("program.main_goal", lang))
st.markdown(text_of(main))
indicator_table(main["number"])
if len(others):
    st.markdown(t("program.strategy_goals", lang))
    bullets(others)

st.header(t("program.directions_heading", lang))
for index, (_, direction) in enumerate(pv.directions(program).iterrows(), start=1):
    number_ = direction["number"]
    name = pv.escape_markdown(pv.sentence(direction[f"text_{lang}"]))
    st.subheader(t("program.direction", lang, number=index, text=name))
    goals_column, results_column = st.columns(2, gap="large")
    with goals_column:
        st.markdown(f"**{t('program.goals', lang)}**")
        bullets(pv.parts_of(program, number_, "goal"))
    with results_column:
        results = pv.parts_of(program, number_, "expected_result")
        if len(results):
            st.markdown(f"**{t('program.results', lang)}**")
            bullets(results)
        tasks = pv.parts_of(program, number_, "task")
        if len(tasks):
            with st.expander(t("program.tasks", lang, count=len(tasks))):
                bullets(tasks)
    st.markdown(f"**{t('program.indicators', lang)}**")
    indicator_table(number_)

rest = pv.unattached(program)
if len(rest):
    with st.expander(t("program.other_parts", lang)):
        st.markdown("\n".join(f"- **{t(f'program.kind.{row.kind}', lang)}.** {text_of(row)}"
                              for _, row in rest.iterrows()))
st.caption(f"{pv.escape_markdown(program_source)}\n\n{t('program.text_source', lang)}")

# The Social Fund's Q1 2024 report
st.header(t("program.sf_heading", lang))
st.write(t("program.sf_intro", lang))
st.info(t("program.sf_quarter", lang), icon=":material/calendar_month:")
view = pv.measures_view(measures, lang)
sf_source = pv.escape_markdown(labels.source_line(data, set(measures["source_id"]), lang))
counts = pv.status_counts(view)
columns = st.columns(4)
columns[0].metric(t("program.measures_total", lang), len(view))
for column, status in zip(columns[1:], pv.STATUSES):
    column.metric(t(f"program.status.{status}", lang), counts[status])
st.caption(t("program.metrics_caption", lang, source=sf_source))

goal_names = dict(zip(view["goal_code"], view["goal"]))
left, right = st.columns(2)
with left:
    status = state.selectbox(lang, t("program.filter_status", lang), "status", ["all", *pv.STATUSES], "all",
                             key="program_status", format_func=lambda s: t(f"program.status.{s}", lang))
with right:
    goal = state.selectbox(lang, t("program.filter_goal", lang), "goal", ["all", *goal_names], "all",
                           key="program_goal",
                           format_func=lambda g: t("program.goal.all", lang) if g == "all"
                           else t("program.goal.option", lang, code=g, text=goal_names[g]))
shown = pv.filter_measures(view, status, goal)
st.caption(t("program.measures_shown", lang, shown=len(shown), total=len(view)))
if shown.empty:
    st.info(t("program.no_measures", lang))
else:
    shown = shown.assign(status=[t(f"program.status.{s}", lang) for s in shown["status"]])
    order = ["number", "status", "action", "note", "expected_result", "responsible", "measure", "goal_code", "line"]
    widths = {"number": 50, "status": 120, "action": 320, "note": 420, "goal_code": 60, "line": 70}
    names = {c: t(f"program.mcol.{c}", lang) for c in order}
    st.dataframe(shown[order].rename(columns=names), hide_index=True, width="stretch", key="program_measures_table",
                 height=pv.table_height(len(shown), most=12),
                 column_config={names[c]: st.column_config.Column(width=w) for c, w in widths.items()})
    with st.expander(t("program.full_text", lang, count=len(shown))):
        for row in shown.itertuples():
            st.markdown(pv.measure_markdown(row, {f: t(f"program.mcol.{f}", lang) for f in order},
                                            goal_names[row.goal_code]))
st.caption(f"{sf_source}\n\n{t('program.translation_note', lang)}")

# The report's figures
st.subheader(t("program.figures_heading", lang))
st.caption(t("program.figures_note", lang))
figures = pv.report_figures(data)
figures_table = pv.figures_view(data, figures, lang, number)
st.table(pv.markdown_cells(figures_table.rename(columns={c: t(f"program.fcol.{c}", lang)
                                                         for c in figures_table.columns})), hide_index=True)
figures_source = labels.source_line(data, figures["source_id"], lang)
st.caption(pv.escape_markdown(figures_source))

for indicator, title_key, key in (("sf_people_trained", "program.trained_title", "program_trained_chart"),
                                  ("sf_appeals", "program.appeals_title", "program_appeals_chart")):
    bars, total, period = pv.breakdown_bars(data, indicator, lang)
    if bars.empty:
        continue
    decimals = int(data.indicators.loc[indicator, "decimals"])
    title = t(title_key, lang, name=labels.indicator(data, indicator, lang), period=periods.label(period, lang),
              total=number(total, decimals, lang))
    source = pv.wrap(figures_source, 80)
    fig = charts.ranked_bars(bars, words(lang, pv.wrap(title, 90), labels.unit(data, indicator, lang), source),
                             lang, decimals)
    show(pv.fit_bars(fig, bars, source, [number(v, decimals, lang) for v in fig.data[0].x]), key)
