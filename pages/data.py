"""Data: choose indicators, regions, years and breakdowns; see the values and download exactly them."""
import streamlit as st

from analysis import data_view as view
from analysis.coverage import coverage_table
from ui import labels, state
from ui.frame import start
from ui.i18n import t

lang, data = start()


def say(key: str, **values) -> str:
    return t(key, lang, **values)


def url_toggle(label: str, name: str, values: tuple[str, str], default: str, key: str, help: str) -> bool:
    """A toggle kept in the URL as ?name=values[0] (on) or values[1] (off); only a non-default value is written."""
    on, off = values
    start_value = state.read_choice(lang, name, values, default)
    value = st.toggle(label, value=start_value == on, key=key, help=help)
    state.write(name, on if value else off, default)
    return value


st.title(say("data.title"))
st.write(say("data.intro"))

# The selection
topics = data.indicators["topic"]
indicators = state.multiselect(
    lang, say("data.indicators"), "indicators", view.indicator_options(data), ["poverty_rate"], key="data_indicators",
    format_func=lambda i: f"{labels.indicator(data, i, lang)} · {t('topic.' + topics[i], lang)}")
st.caption(say("data.indicators_help"))
regions = state.multiselect(lang, say("common.regions"), "regions", list(data.regions.index), list(data.regions.index),
                            key="data_regions", format_func=lambda r: labels.region(data, r, lang))
first, last = view.year_bounds(data)
year_from, year_to = state.year_slider(lang, say("data.years"), "years", list(range(first, last + 1)), (first, last),
                                       key="data_years")
left, right = st.columns(2)
with left:
    totals_only = url_toggle(say("data.totals_only"), "breakdowns", ("totals", "all"), "totals", "data_totals_only",
                             say("data.totals_only_help"))
with right:
    all_sources = url_toggle(say("data.all_sources"), "sources", ("all", "shown"), "shown", "data_all_sources",
                             say("data.all_sources_help"))

# The table and its downloads
if not indicators:
    st.info(say("data.choose_indicator"))
elif not regions:
    st.info(say("data.choose_region"))
else:
    rows = view.select(data, indicators, regions, year_from, year_to, totals_only, all_sources)
    if rows.empty:
        st.info(say("data.empty"))
    else:
        table = view.table(data, rows, lang, show_breakdowns=not totals_only, show_shown=all_sources)
        st.caption(say("data.count", rows=len(rows), indicators=rows["indicator_id"].nunique()))
        st.dataframe(table.rename(columns={c: say(f"data.col_{c}") for c in table.columns}), hide_index=True,
                     width="stretch", key="data_table",
                     column_config={say("data.col_source"): st.column_config.TextColumn(width="medium"),
                                    say("data.col_locator"): st.column_config.TextColumn(width="medium")})
        st.caption(labels.source_line(data, rows["source_id"], lang))
        st.subheader(say("data.download_heading"))
        for column, (fmt, (content, name, mime)) in zip(st.columns(3), view.downloads(data, rows, lang).items()):
            with column:
                st.download_button(f"⬇ {say('data.download_' + fmt)}", content, file_name=name, mime=mime,
                                   key=f"data_download_{fmt}", on_click="ignore", width="stretch")
        st.caption(say("data.download_note"))

# What the data covers
st.subheader(t("coverage.heading", lang))
coverage = coverage_table(data, lang)
st.caption(t("coverage.caption", lang, indicators=len(coverage), values=int(coverage["values"].sum()),
             sources=len(data.sources)))
region_words = {"all": t("regions.all", lang), "national": t("regions.national", lang)}
coverage["topic"] = [t(f"topic.{topic}", lang) for topic in coverage["topic"]]
coverage["regions"] = [region_words.get(r) or t("regions.count", lang, count=r) for r in coverage["regions"]]
st.dataframe(coverage.rename(columns={c: t(f"column.{c}", lang) for c in coverage.columns}), hide_index=True,
             width="stretch", key="data_coverage")
st.caption(say("data.coverage_source"))

# The sources
st.subheader(say("data.sources_heading"))
sources = view.sources_table(data, say)
st.caption(say("data.sources_caption", count=len(sources)))
st.dataframe(sources.rename(columns={c: say(f"data.col_{c}") for c in sources.columns}), hide_index=True,
             width="stretch", key="data_sources",
             column_config={say("data.col_url"): st.column_config.LinkColumn(say("data.col_url"))})
st.caption(say("data.sources_source"))
