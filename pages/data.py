"""Data: choose indicators, regions, years and breakdowns; see the values and download exactly them."""
import datetime as dt

import streamlit as st

from analysis import data_view as view
from ui import labels, state
from ui.cache import kept
from ui.coverage import coverage_frame
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


indicator_options = kept(view.indicator_options)
year_bounds = kept(view.year_bounds)
chosen_rows = kept(view.select, entries=8)      # (data, indicators, regions, year_from, year_to, totals_only, all_sources)


@kept
def indicator_names(data, lang):
    """indicator -> 'name · topic', the indicators' names in the selection box."""
    topics = data.indicators["topic"]
    return {i: f"{labels.indicator(data, i, lang)} · {t('topic.' + topics[i], lang)}"
            for i in view.indicator_options(data)}


@kept
def region_names(data, lang):
    return {r: labels.region(data, r, lang) for r in data.regions.index}


@kept
def values_table(data, lang, indicators: tuple, regions: tuple, year_from: int, year_to: int, totals_only: bool,
                 all_sources: bool):
    """(the values ready for st.dataframe, the count caption, the source caption); None when no row matches."""
    rows = chosen_rows(data, indicators, regions, year_from, year_to, totals_only, all_sources)
    if rows.empty:
        return None
    table = view.table(data, rows, lang, show_breakdowns=not totals_only, show_shown=all_sources)
    return (table.rename(columns={c: t(f"data.col_{c}", lang) for c in table.columns}),
            t("data.count", lang, rows=len(rows), indicators=rows["indicator_id"].nunique()),
            labels.source_line(data, rows["source_id"], lang))


@kept(entries=8)     # a large selection's three files are several MB
def download_files(data, lang, indicators: tuple, regions: tuple, year_from: int, year_to: int, totals_only: bool,
                   all_sources: bool, today: str):
    """fmt -> (content, file name, media type) of exactly the rows the table shows, made on `today` (ISO date)."""
    rows = chosen_rows(data, indicators, regions, year_from, year_to, totals_only, all_sources)
    return view.downloads(data, rows, lang, dt.date.fromisoformat(today))


@kept
def sources_frame(data, lang):
    """(caption, the sources ready for st.dataframe)."""
    sources = view.sources_table(data, lambda key, **values: t(key, lang, **values))
    return (t("data.sources_caption", lang, count=len(sources)),
            sources.rename(columns={c: t(f"data.col_{c}", lang) for c in sources.columns}))


st.title(say("data.title"))
st.write(say("data.intro"))

# The selection
names = indicator_names(data, lang)
indicators = state.multiselect(
    lang, say("data.indicators"), "indicators", indicator_options(data), ["poverty_rate"], key="data_indicators",
    format_func=names.__getitem__)
st.caption(say("data.indicators_help"))
region_name = region_names(data, lang)
regions = state.multiselect(lang, say("common.regions"), "regions", list(data.regions.index), list(data.regions.index),
                            key="data_regions", format_func=region_name.__getitem__)
first, last = year_bounds(data)
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
    chosen = (tuple(indicators), tuple(regions), int(year_from), int(year_to), bool(totals_only), bool(all_sources))
    shown = values_table(data, lang, *chosen)
    if shown is None:
        st.info(say("data.empty"))
    else:
        table, count, source = shown
        st.caption(count)
        st.dataframe(table, hide_index=True, width="stretch", key="data_table",
                     column_config={say("data.col_source"): st.column_config.TextColumn(width="medium"),
                                    say("data.col_locator"): st.column_config.TextColumn(width="medium")})
        st.caption(source)
        st.subheader(say("data.download_heading"))
        files = download_files(data, lang, *chosen, dt.date.today().isoformat())
        for column, (fmt, (content, name, mime)) in zip(st.columns(3), files.items()):
            with column:
                st.download_button(f"⬇ {say('data.download_' + fmt)}", content, file_name=name, mime=mime,
                                   key=f"data_download_{fmt}", on_click="ignore", width="stretch")
        st.caption(say("data.download_note"))

# What the data covers
st.subheader(t("coverage.heading", lang))
coverage_caption, coverage = coverage_frame(data, lang)
st.caption(coverage_caption)
st.dataframe(coverage, hide_index=True, width="stretch", key="data_coverage")
st.caption(say("data.coverage_source"))

# The sources
st.subheader(say("data.sources_heading"))
sources_caption, sources = sources_frame(data, lang)
st.caption(sources_caption)
st.dataframe(sources, hide_index=True, width="stretch", key="data_sources",
             column_config={say("data.col_url"): st.column_config.LinkColumn(say("data.col_url"))})
st.caption(say("data.sources_source"))
