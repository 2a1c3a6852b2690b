"""Regions: a map of any regional indicator in a chosen year, then one region's profile."""
import streamlit as st

from analysis import maps, periods
from analysis import regions_view as view
from analysis.geometry import ISO_CODES
from analysis.schema import period_kind
from ui import format as fmt
from ui import geo, labels, state
from ui.frame import start
from ui.i18n import t

lang, data = start()


def say(key: str, **values) -> str:
    return t(key, lang, **values)


def number(value: float, decimals: int) -> str:
    return fmt.number(value, decimals, lang)


def region_name(code: str) -> str:
    return labels.region(data, code, lang)


st.title(say("regions.title"))
st.write(say("regions.intro"))

# The map
options = view.regional_indicators(data)
indicator = state.selectbox(lang, say("regions.indicator"), "indicator", options, "poverty_rate",
                            key="regions_indicator", format_func=lambda i: labels.indicator(data, i, lang))
years = list(view.map_periods(data, indicator))
# A year left in the URL by the previous indicator is dropped quietly when this one lacks it.
if st.session_state.get("regions_map_indicator", indicator) != indicator \
        and st.query_params.get("year") not in [str(y) for y in years]:
    st.query_params.pop("year", None)
st.session_state["regions_map_indicator"] = indicator
year = state.year_select(lang, say("common.year"), "year", years, years[-1], key="regions_year")

shown = view.map_data(data, indicator, year)
meta = data.indicators.loc[indicator]
unit = labels.unit(data, indicator, lang)
period = periods.label(shown.period, lang)
if indicator == view.SHARE_OF_NATION:
    st.info(say("regions.share_note", period=period, total=number(shown.values.sum(min_count=1), 1)))
    title = say("regions.share_title", period=period)
else:
    title = say("regions.map_title", name=labels.indicator(data, indicator, lang), period=period)
if period_kind(shown.period) != "year":
    st.info(say("regions.period_note", period=period))
divisor, word = view.scale(shown.values)
decimals = 1 if word else int(meta["decimals"])
boundaries = geo.regions_or_none(lang)
if boundaries is not None:
    fig = maps.choropleth(shown.values / divisor, {c: region_name(c) for c in ISO_CODES}, title,
                          say(f"regions.scale_{word}", unit=unit) if word else unit, f",.{decimals}f",
                          view.reverse_colors(meta["higher_is_better"]), say("chart.no_data"), regions=boundaries)
    st.plotly_chart(view.localise_map(fig, lang), width="content", config=maps.MAP_CONFIG, key="regions_map")
st.caption(labels.source_line(data, shown.source_ids, lang))
flag_names = labels.flag_names(data, lang)
notes = [say("regions.flagged", flag=flag_names.get(flag, flag),
             regions=say("regions.every_unit") if codes == ["*"] else ", ".join(region_name(c) for c in codes))
         for flag, codes in view.flag_groups(shown).items()]
st.caption("  \n".join([say("regions.colours"), *notes]))

# One region's profile
st.subheader(say("regions.profile"))
region = state.selectbox(lang, say("regions.region"), "region", list(ISO_CODES), ISO_CODES[0],
                         key="regions_region", format_func=region_name)
profile = view.profile(data, region)
table = view.profile_display(data, profile, lang, say, number)
st.caption(say("regions.profile_caption"))
st.dataframe(table.rename(columns={c: say(f"regions.col_{c}") for c in table.columns}), hide_index=True,
             width="stretch", height=36 * (len(table) + 1) + 4, key="regions_profile")
st.caption(labels.source_line(data, profile["source_id"].dropna(), lang))
