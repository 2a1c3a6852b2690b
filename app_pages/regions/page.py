"""Regions: a map of any regional indicator in a chosen year, then one region's profile."""
import streamlit as st

from analysis import maps
from analysis.geometry import ISO_CODES
from ui import geo, labels, state
from ui.chart import chart
from ui.frame import start
from ui.i18n import t
from ui.regional_map import map_chart
from app_pages.regions import content as regions
from ui.tables import show_table

lang, data = start()
MAP_CSS = f"<style>{maps.container_css('regions_map')}</style>"   # our own fixed CSS


def say(key: str, **values) -> str:
    return t(key, lang, **values)


def region_name(code: str) -> str:
    return labels.region(data, code, lang)


st.title(say("regions.title"))
st.write(say("regions.intro"))

# The map
options = list(regions.indicators(data))
indicator = state.selectbox(lang, say("regions.indicator"), "indicator", options, "poverty_rate",
                            key="regions_indicator", format_func=lambda i: labels.indicator(data, i, lang))
years = list(regions.map_years(data, indicator))
# A year left in the URL by the previous indicator is dropped quietly when this one lacks it.
if st.session_state.get("regions_map_indicator", indicator) != indicator \
        and st.query_params.get("year") not in [str(y) for y in years]:
    st.query_params.pop("year", None)
st.session_state["regions_map_indicator"] = indicator
year = state.year_select(lang, say("common.year"), "year", years, years[-1], key="regions_year")

notices, _ = regions.map_title(data, lang, indicator, year)
for notice in notices:
    st.info(notice)
made = map_chart(data, lang, indicator, year)
if made is None:
    geo.regions_or_none(lang)          # shows what is wrong with the boundaries
else:
    st.html(MAP_CSS)                   # the map at the page's width, in its shape
    chart(data, lang, made, "regions_map", config=maps.MAP_CONFIG)
source, notes = regions.map_notes(data, lang, indicator, year)
st.caption(source)
st.caption(notes)

# One region's profile
st.header(say("regions.profile"))
region = state.selectbox(lang, say("regions.region"), "region", list(ISO_CODES), ISO_CODES[0],
                         key="regions_region", format_func=region_name)
table, height, profile_source = regions.profile_table(data, lang, region)
st.caption(say("regions.profile_caption"))
show_table(table, hide_index=True, width="stretch", height=height, key="regions_profile")
st.caption(profile_source)
