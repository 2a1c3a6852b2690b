"""Labour market: unemployment by region, sex and age; registered unemployment; occupational
injuries; youth NEET; informal employment and the Program's other labour figures."""
import streamlit as st

from analysis import labour_view as view
from analysis import periods
from analysis import topic_figures, topic_tables
from analysis.series import SeriesKey, breakdown_keys, chart_points, regions_with_values
from ui import labels, state
from ui.cache import kept
from ui.charts import show, words
from ui.format import number
from ui import figures
from ui.frame import start
from ui.i18n import t

lang, data = start()
flag_names = labels.flag_names(data, lang)
status = (t("labour.status.shown", lang), t("labour.status.alternative", lang))
columns = {c: t(f"labour.col.{c}", lang) for c in topic_tables.TABLE_COLUMNS}
country = labels.region(data, "KG", lang)
name = labels.indicator(data, view.UNEMPLOYMENT, lang)


@kept
def unemployment_regions(data):
    """(regions other than the country with an unemployment rate, the calendar years of their values)."""
    regions = tuple(r for r in regions_with_values(data, view.UNEMPLOYMENT) if r != "KG")
    return regions, tuple(topic_tables.years_with_values(data, view.UNEMPLOYMENT, list(regions)))


@kept
def injury_years(data, injury: str):
    return tuple(topic_tables.years_with_values(data, injury, [r for r in data.regions.index if r != "KG"]))


@kept
def regions_chart(data, lang, chosen: tuple):
    points = chart_points(data, [(labels.region(data, r, lang), SeriesKey(view.UNEMPLOYMENT, r))
                                 for r in ["KG", *chosen]])
    return figures.line_figure(data, lang, points, t("labour.regions_title", lang, name=name), view.UNEMPLOYMENT)


@kept
def late_note(data, lang):
    late = view.late_starts(data, view.UNEMPLOYMENT, list(unemployment_regions(data)[0]))
    if not late:
        return None
    return t("labour.late_start", lang, regions=", ".join(f"{labels.region(data, r, lang)} ({y})"
                                                          for r, y in late.items()))


@kept
def ranked(data, lang, indicator: str, year: int):
    """(bars of every region's value in `year`, the note on regions with a value of 0 or None)."""
    values = view.ranked_year(data, indicator, year)
    values["label"] = [labels.region(data, c, lang) for c in values["code"]]
    unit = labels.unit(data, indicator, lang)
    source = labels.source_line(data, values["source_id"].dropna(), lang)
    title = t("labour.ranked_title", lang, name=labels.indicator(data, indicator, lang), year=year)
    fig = topic_figures.bars_figure(values, words(lang, title, unit, source),
                             lang, int(data.indicators.loc[indicator, "decimals"]), periods.label(str(year), lang),
                             flag_names, highlight="KG")
    zeros = view.zero_regions(values)
    note = t("labour.zero_note", lang, year=year,
             regions=", ".join(labels.region(data, r, lang) for r in zeros)) if zeros else None
    return fig, note


@kept
def breakdown_chart(data, lang, indicator: str, by: str, title_key: str):
    """The country's `indicator` by `by` (the total named after the country), titled by the
    string `title_key` (given the indicator's name, the breakdown and the country)."""
    keys = breakdown_keys(data, indicator, "KG", by)
    points = chart_points(data, [(country if c == "total" else labels.code(data, by, c, lang), k) for c, k in keys])
    title = t(title_key, lang, name=labels.indicator(data, indicator, lang), by=t(f"breakdown.{by}", lang).lower(),
              region=country)
    return figures.line_figure(data, lang, points, title, indicator)


@kept
def registered(data, lang):
    points = chart_points(data, [(labels.indicator(data, i, lang), SeriesKey(i))
                                 for i in (view.UNEMPLOYMENT, view.REGISTERED)])
    fig = figures.line_figure(data, lang, points, t("labour.registered_title", lang, region=country), view.REGISTERED)
    share = view.registered_share(data)
    if share.empty:
        return fig, None
    last = share.iloc[-1]
    return fig, t("labour.registered_note", lang, year=int(last["year"]), registered=number(last["registered"], 1, lang),
                  ilo=number(last["ilo"], 1, lang), percent=number(last["percent"], 0, lang))


@kept
def program_table(data, lang):
    """(the Program's figures table, its source line, the note on the figures left out or None)."""
    rows, left_out = view.program_rows(data)
    frame = topic_tables.figures_table(data, rows, lang, number, status,
                                 ("indicator", "breakdown", "period", "value_unit", "flags"))
    note = None
    if not left_out.empty:
        note = t("labour.left_out", lang, count=len(left_out),
                 name=", ".join(dict.fromkeys(labels.indicator(data, i, lang) for i in left_out["indicator_id"])),
                 period=", ".join(dict.fromkeys(periods.label(p, lang) for p in left_out["period"])))
    return frame.rename(columns=columns), labels.source_line(data, rows["source_id"], lang), note


st.title(t("labour.title", lang))
st.write(t("labour.intro", lang))

# 1. Unemployment by region
st.subheader(t("labour.regions", lang))
regions, years = (list(v) for v in unemployment_regions(data))
chosen = state.multiselect(lang, t("common.regions", lang), "regions", regions, regions, key="labour_regions",
                           format_func=lambda r: labels.region(data, r, lang))
show(regions_chart(data, lang, tuple(chosen)), "labour_regions_chart")
late = late_note(data, lang)
if late:
    st.caption(late)
year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="labour_year")
show(ranked(data, lang, view.UNEMPLOYMENT, year)[0], "labour_ranked_chart")
st.caption(t("labour.ranked_note", lang))

# 2. By sex and age
st.subheader(t("labour.sex_age", lang))
by = state.selectbox(lang, t("labour.breakdown", lang), "by", ["sex", "age_group"], "sex", key="labour_by",
                     format_func=lambda d: t(f"breakdown.{d}", lang))
show(breakdown_chart(data, lang, view.UNEMPLOYMENT, by, "labour.sex_age_title"), "labour_sex_age_chart")
if by == "age_group":
    st.caption(t("labour.age_note", lang))

# 3. Registered unemployment
st.subheader(t("labour.registered", lang))
fig, note = registered(data, lang)
show(fig, "labour_registered_chart")
if note:
    st.caption(note)

# 4. Occupational injuries
st.subheader(t("labour.injuries", lang))
injury = state.selectbox(lang, t("labour.injury_measure", lang), "injury", list(view.INJURIES), view.INJURIES[0],
                         key="labour_injury", format_func=lambda i: labels.indicator(data, i, lang))
show(breakdown_chart(data, lang, injury, "sex", "labour.injury_title"), "labour_injury_chart")
years = list(injury_years(data, injury))
if st.session_state.get("labour_injury_year") not in (None, *years):   # not a year of the other measure
    st.query_params.pop("injury_year", None)
    del st.session_state["labour_injury_year"]
injury_year = state.year_select(lang, t("common.year", lang), "injury_year", years, years[-1],
                                key="labour_injury_year")
fig, zero_note = ranked(data, lang, injury, injury_year)
show(fig, "labour_injury_ranked_chart")
st.caption(t("labour.injury_note", lang))
if zero_note:
    st.caption(zero_note)

# 5. Youth NEET, informal employment and the Program's figures
st.subheader(t("labour.youth_informal", lang))
show(breakdown_chart(data, lang, view.NEET, "sex", "labour.neet_title"), "labour_neet_chart")
st.write(t("labour.program_intro", lang))
frame, source, left_out = program_table(data, lang)
st.dataframe(frame, hide_index=True, width="stretch")
st.caption(source)
if left_out:
    st.caption(left_out)
