"""Disability: persons with disabilities (mostly secondary figures, mixed periods), children,
new cases, benefits and pensions, and every reported figure with its source."""
import streamlit as st

from analysis import disability_view as view
from analysis import periods
from analysis import wages_view as common
from analysis.series import SeriesKey, chart_points
from ui import labels, state
from ui.format import number
from ui import figures
from ui.frame import start
from ui.i18n import t

lang, data = start()
flag_names = labels.flag_names(data, lang)
status = (t("disability.status.shown", lang), t("disability.status.alternative", lang))
columns = {c: t(f"disability.col.{c}", lang) for c in common.TABLE_COLUMNS}
country = labels.region(data, "KG", lang)


def line(points, title, indicator, key, decimals=None):
    figures.line(data, lang, points, title, indicator, key, decimals)


def metric(column, label, row):
    """A figure with its period in the label and its source in the help."""
    if row is None:
        return
    indicator = row["indicator_id"]
    text = common.flagged_number(row["value"], int(data.indicators.loc[indicator, "decimals"]), row["flags"], lang,
                                 number)
    unit = labels.unit(data, indicator, lang)
    label = t(label, lang, period=periods.label(row["period"], lang))
    if len(unit) > 2:                                   # a long unit goes into the label: the value stays whole
        label, unit = f"{label}, {unit}", ""
    column.metric(label, f"{text} {unit}".strip(),
                  help=f"{labels.indicator(data, indicator, lang)}. "
                       f"{labels.source_line(data, [row['source_id']], lang)}")


def metrics(*items):
    """Up to two figures side by side, with their sources in a caption underneath."""
    for column, (label, row) in zip(st.columns(2), items):
        metric(column, label, row)
    shown = [row["source_id"] for _, row in items if row is not None]
    if shown:
        st.caption(labels.source_line(data, shown, lang))


def table(rows, keep):
    frame = common.figures_table(data, rows, lang, number, status, keep)
    st.dataframe(frame.rename(columns=columns), hide_index=True, width="stretch")
    st.caption(labels.source_line(data, rows["source_id"], lang))


st.title(t("disability.title", lang))
st.write(t("disability.intro", lang))
mix = view.source_mix(data)
program_periods = sorted(set(view.program_rows(data)["period"]), key=periods.position)
st.info(t("disability.sources_notice", lang, total=mix["total"], secondary=mix["secondary"],
             program=mix["program"], official=mix["official"],
             periods=", ".join(periods.label(p, lang) for p in program_periods)), icon="ℹ️")

# 1. Persons with disabilities
st.subheader(t("disability.persons", lang))
name = labels.indicator(data, view.COUNT, lang)
points = chart_points(data, [(name, SeriesKey(view.COUNT))])
line(points, t("disability.count_title", lang, name=name, region=country), view.COUNT, "disability_count_chart")
metrics(("disability.metric_latest", view.latest(data, view.COUNT)),
        ("disability.metric_program", view.program_value(data, view.COUNT)))
program_count = view.program_value(data, view.COUNT)
if program_count is not None:
    st.caption(t("disability.count_note", lang, period=periods.label(program_count["period"], lang)))
for conflict in view.conflicts(data):
    shown, key = conflict["shown"], conflict["key"]
    others = "; ".join(f"{number(r.value, 0, lang)} ({data.sources.loc[r.source_id, 'publisher']})"
                       for r in conflict["others"].itertuples())
    group = common.breakdown_text(data, shown, lang) if shown is not None else ""
    st.caption(t("disability.conflict", lang, name=labels.indicator(data, key["indicator_id"], lang),
                 group=f", {group}" if group else "", period=periods.label(key["period"], lang),
                 shown=number(shown["value"], 0, lang), source=data.sources.loc[shown["source_id"], "publisher"],
                 others=others))
share_name = labels.indicator(data, view.SHARE_OF_POPULATION, lang)
points = chart_points(data, [(labels.code(data, "age_group", a, lang), SeriesKey(view.SHARE_OF_POPULATION, age_group=a))
                             for a in view.AGE_GROUPS])
line(points, t("disability.share_title", lang, name=share_name), view.SHARE_OF_POPULATION, "disability_share_chart")
st.caption(t("disability.share_note", lang))

# 2. Children with disabilities
st.subheader(t("disability.children", lang))
points = chart_points(data, [(labels.code(data, "age_group", "Y0T17", lang), SeriesKey(view.COUNT, age_group="Y0T17"))])
line(points, t("disability.children_title", lang, name=name), view.COUNT, "disability_children_chart")
metrics(("disability.metric_children_share", view.latest(data, "disabled_children_share")),
        ("disability.metric_children_population", view.latest(data, view.SHARE_OF_POPULATION, age_group="Y0T17")))

# 3. New cases
st.subheader(t("disability.new_cases", lang))
first_name = labels.indicator(data, view.FIRST_RECOGNISED, lang)
points = chart_points(data, [(labels.code(data, "age_group", a, lang), SeriesKey(view.FIRST_RECOGNISED, age_group=a))
                             for a in view.AGE_GROUPS])
line(points, first_name, view.FIRST_RECOGNISED, "disability_new_cases_chart")
metrics(("disability.metric_working_age", view.latest(data, "disability_first_recognised_working_age_share")),
        ("disability.metric_group1", view.latest(data, "disability_group1_first_recognised")))
recognised = view.latest(data, "disability_recognised_persons")
children_recognised = view.latest(data, "disability_recognised_persons", age_group="Y0T17")
st.caption(t("disability.new_cases_note", lang))
if recognised is not None:
    st.caption(t("disability.recognised_note", lang, period=periods.label(recognised["period"], lang),
                 total=number(recognised["value"], 0, lang),
                 children=number(children_recognised["value"], 0, lang) if children_recognised is not None else "—"))

# 4. Benefits and pensions
st.subheader(t("disability.benefits", lang))
benefit_name = labels.indicator(data, view.BENEFIT_SHARE, lang)
points = chart_points(data, [(benefit_name, SeriesKey(view.BENEFIT_SHARE))])
line(points, t("disability.benefit_title", lang, name=benefit_name, region=country), view.BENEFIT_SHARE,
     "disability_benefit_chart", decimals=2)
for first, last, value in view.benefit_repeats(data):
    st.caption(t("disability.repeat_note", lang, first=first, last=last, value=number(value, 2, lang)))
metrics(("disability.metric_pension_share", view.latest(data, "disabled_persons_disability_pension_share")),
        ("disability.metric_pensions_share", view.latest(data, "disability_pensions_share")))
metrics(("disability.metric_avg_pension", view.latest(data, view.PENSION[0], category=view.PENSION[1])),)

# 5. The Program's figures, and every reported figure
st.subheader(t("disability.all_figures", lang))
st.write(t("disability.program_intro", lang))
table(view.program_rows(data), ("indicator", "period", "value_unit", "flags"))
st.write(t("disability.register_intro", lang))
register = view.page_rows(data, all_sources=True)
options = ["all", *dict.fromkeys(register["indicator_id"])]
chosen = state.selectbox(lang, t("disability.register_filter", lang), "indicator", options, "all",
                         key="disability_indicator",
                         format_func=lambda i: t("disability.all_indicators", lang) if i == "all"
                         else labels.indicator(data, i, lang))
if chosen != "all":
    register = register[register["indicator_id"] == chosen]
table(register, ("indicator", "breakdown", "period", "value_unit", "status", "source", "flags"))
