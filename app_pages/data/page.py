"""Data: choose indicators, regions, years and breakdowns; see the values and download exactly them."""
import datetime as dt
from urllib.parse import urlsplit

import streamlit as st

from ui import state
from ui.frame import start
from ui.i18n import t
from app_pages.coverage.content import coverage_frame
from ui.tables import show_table
from app_pages.data.content import (api_access, download_files, indicator_names, indicator_options, region_names,
                                    sources_frame, values_table, year_bounds)

lang, data = start()


def say(key: str, **values) -> str:
    return t(key, lang, **values)


def origin() -> str:
    """http://host:port as the reader's browser reaches the app ("" when unknown: the API path alone)."""
    parts = urlsplit(st.context.url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


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
        st.dataframe(table, hide_index=True, width="stretch", key="data_table", placeholder=say("chart.no_data"),
                     column_config={say("data.col_source"): st.column_config.TextColumn(width="medium"),
                                    say("data.col_locator"): st.column_config.TextColumn(width="medium")})
        st.caption(source)
        st.header(say("data.download_heading"))
        files = download_files(data, lang, *chosen, dt.date.today().isoformat())
        for column, (fmt, (content, name, mime)) in zip(st.columns(3), files.items()):
            with column:
                st.download_button(f"⬇ {say('data.download_' + fmt)}", content, file_name=name, mime=mime,
                                   key=f"data_download_{fmt}", on_click="ignore", width="stretch")
        st.caption(say("data.download_note"))
        st.header(say("data.api_heading"))
        url, snippets = api_access(data, lang, origin(), *chosen)
        st.caption(say("data.api_intro"))
        st.code(url, language=None, wrap_lines=True)
        with st.expander(say("data.api_snippets")):
            for label, code, language in snippets:
                st.caption(label)
                st.code(code, language=language, wrap_lines=True)

# What the data covers
st.header(t("coverage.heading", lang))
coverage_caption, coverage = coverage_frame(data, lang)
st.caption(coverage_caption)
show_table(coverage, hide_index=True, width="stretch", key="data_coverage")
st.caption(say("data.coverage_source"))

# The sources
st.header(say("data.sources_heading"))
sources_caption, sources = sources_frame(data, lang)
st.caption(sources_caption)
st.dataframe(sources, hide_index=True, width="stretch", key="data_sources",
             column_config={say("data.col_url"): st.column_config.LinkColumn(say("data.col_url"))})
st.caption(say("data.sources_source"))
