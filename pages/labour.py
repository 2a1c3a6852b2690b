"""Labour market: unemployment by region, sex and age; registered unemployment; occupational
injuries; youth NEET; informal employment and the Program's other labour figures."""
import streamlit as st

from analysis import labour_view as view
from analysis import periods
from analysis import wages_view as common
from analysis.series import SeriesKey, breakdown_keys, chart_points, regions_with_values
from ui import labels, state
from ui.charts import show, words
from ui.format import number
from ui import figures
from ui.frame import start
from ui.i18n import t

lang, data = start()
flag_names = labels.flag_names(data, lang)
status = (t("labour.status.shown", lang), t("labour.status.alternative", lang))
columns = {c: t(f"labour.col.{c}", lang) for c in common.TABLE_COLUMNS}
country = labels.region(data, "KG", lang)


def line(points, title, indicator, key, decimals=None):
    figures.line(data, lang, points, title, indicator, key, decimals)


def ranked(indicator, year, title, key):
    values = view.ranked_year(data, indicator, year)
    values["label"] = [labels.region(data, c, lang) for c in values["code"]]
    unit = labels.unit(data, indicator, lang)
    source = labels.source_line(data, values["source_id"].dropna(), lang)
    fig = common.bars_figure(values, words(lang, title, unit, source),
                             lang, int(data.indicators.loc[indicator, "decimals"]), periods.label(str(year), lang),
                             flag_names, highlight="KG")
    show(fig, key)
    return values


st.title(t("labour.title", lang))
st.write(t("labour.intro", lang))

# 1. Unemployment by region
st.subheader(t("labour.regions", lang))
name = labels.indicator(data, view.UNEMPLOYMENT, lang)
regions = [r for r in regions_with_values(data, view.UNEMPLOYMENT) if r != "KG"]
chosen = state.multiselect(lang, t("common.regions", lang), "regions", regions, regions, key="labour_regions",
                           format_func=lambda r: labels.region(data, r, lang))
points = chart_points(data, [(labels.region(data, r, lang), SeriesKey(view.UNEMPLOYMENT, r)) for r in ["KG", *chosen]])
line(points, t("labour.regions_title", lang, name=name), view.UNEMPLOYMENT, "labour_regions_chart")
late = view.late_starts(data, view.UNEMPLOYMENT, regions)
if late:
    st.caption(t("labour.late_start", lang, regions=", ".join(f"{labels.region(data, r, lang)} ({y})"
                                                               for r, y in late.items())))
years = common.years_with_values(data, view.UNEMPLOYMENT, regions)
year = state.year_select(lang, t("common.year", lang), "year", years, years[-1], key="labour_year")
ranked(view.UNEMPLOYMENT, year, t("labour.ranked_title", lang, name=name, year=year), "labour_ranked_chart")
st.caption(t("labour.ranked_note", lang))

# 2. By sex and age
st.subheader(t("labour.sex_age", lang))
by = state.selectbox(lang, t("labour.breakdown", lang), "by", ["sex", "age_group"], "sex", key="labour_by",
                     format_func=lambda d: t(f"breakdown.{d}", lang))
keys = breakdown_keys(data, view.UNEMPLOYMENT, "KG", by)
points = chart_points(data, [(country if c == "total" else labels.code(data, by, c, lang), k) for c, k in keys])
line(points, t("labour.sex_age_title", lang, name=name, by=t(f"breakdown.{by}", lang).lower(), region=country),
     view.UNEMPLOYMENT, "labour_sex_age_chart")
if by == "age_group":
    st.caption(t("labour.age_note", lang))

# 3. Registered unemployment
st.subheader(t("labour.registered", lang))
points = chart_points(data, [(labels.indicator(data, i, lang), SeriesKey(i))
                             for i in (view.UNEMPLOYMENT, view.REGISTERED)])
line(points, t("labour.registered_title", lang, region=country), view.REGISTERED, "labour_registered_chart")
share = view.registered_share(data)
if not share.empty:
    last = share.iloc[-1]
    st.caption(t("labour.registered_note", lang, year=int(last["year"]), registered=number(last["registered"], 1, lang),
                 ilo=number(last["ilo"], 1, lang), percent=number(last["percent"], 0, lang)))

# 4. Occupational injuries
st.subheader(t("labour.injuries", lang))
injury = state.selectbox(lang, t("labour.injury_measure", lang), "injury", list(view.INJURIES), view.INJURIES[0],
                         key="labour_injury", format_func=lambda i: labels.indicator(data, i, lang))
injury_name = labels.indicator(data, injury, lang)
keys = breakdown_keys(data, injury, "KG", "sex")
points = chart_points(data, [(country if c == "total" else labels.code(data, "sex", c, lang), k) for c, k in keys])
line(points, t("labour.injury_title", lang, name=injury_name, region=country), injury, "labour_injury_chart")
injury_years = common.years_with_values(data, injury, [r for r in data.regions.index if r != "KG"])
if st.session_state.get("labour_injury_year") not in (None, *injury_years):   # not a year of the other measure
    st.query_params.pop("injury_year", None)
    del st.session_state["labour_injury_year"]
injury_year = state.year_select(lang, t("common.year", lang), "injury_year", injury_years, injury_years[-1],
                                key="labour_injury_year")
values = ranked(injury, injury_year, t("labour.ranked_title", lang, name=injury_name, year=injury_year),
                "labour_injury_ranked_chart")
st.caption(t("labour.injury_note", lang))
zeros = view.zero_regions(values)
if zeros:
    st.caption(t("labour.zero_note", lang, year=injury_year,
                 regions=", ".join(labels.region(data, r, lang) for r in zeros)))

# 5. Youth NEET, informal employment and the Program's figures
st.subheader(t("labour.youth_informal", lang))
keys = breakdown_keys(data, view.NEET, "KG", "sex")
points = chart_points(data, [(country if c == "total" else labels.code(data, "sex", c, lang), k) for c, k in keys])
line(points, t("labour.neet_title", lang, name=labels.indicator(data, view.NEET, lang), region=country), view.NEET,
     "labour_neet_chart")
st.write(t("labour.program_intro", lang))
rows, left_out = view.program_rows(data)
frame = common.figures_table(data, rows, lang, number, status,
                             ("indicator", "breakdown", "period", "value_unit", "flags"))
st.dataframe(frame.rename(columns=columns), hide_index=True, width="stretch")
st.caption(labels.source_line(data, rows["source_id"], lang))
if not left_out.empty:
    st.caption(t("labour.left_out", lang, count=len(left_out),
                 name=", ".join(dict.fromkeys(labels.indicator(data, i, lang) for i in left_out["indicator_id"])),
                 period=", ".join(dict.fromkeys(periods.label(p, lang) for p in left_out["period"]))))
