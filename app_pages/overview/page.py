"""Overview: the headline figures for the country, their change since 2018, and the latest poverty map."""
import streamlit as st

from analysis import maps
from analysis import overview_view as view
from ui import geo
from ui.chart import chart
from ui.frame import start
from ui.i18n import t
from ui.regional_map import map_chart
from app_pages.overview import content as overview
from app_pages.overview.content import SMALL_SCREEN_CSS
from app_pages.regions.content import map_notes

lang, data = start()
# Our own fixed CSS (never user input): the map keeps its shape at the page's width, and the cards'
# names and numbers wrap or shrink instead of being cut on a narrow screen.
st.html(SMALL_SCREEN_CSS)


def say(key: str, **values) -> str:
    return t(key, lang, **values)


def card(content: dict) -> None:
    label, text = content["label"], content["text"]
    with st.container(border=True):
        # The name as text above the number: st.metric's own label and delta line cut long words short.
        st.markdown(f"**{label}**", help=content["help"])
        if text is None:
            st.metric(label, t("chart.no_data", lang), label_visibility="collapsed")
            return
        st.metric(label, text.value, delta=text.delta, delta_color=text.delta_color, delta_arrow=text.delta_arrow,
                  label_visibility="collapsed")
        st.caption(" · ".join(filter(None, [text.delta_description, text.period])))
        chart(data, lang, content["sparkline"], f"overview_spark_{content['indicator']}",
              config={"staticPlot": True, "displayModeBar": False}, controls=False)
        st.caption("  \n".join(text.details))
        st.caption(content["source"])


st.title(say("overview.title"))
st.write(say("overview.intro"))
st.caption(say("overview.how_to_read"))

cards = {c["indicator"]: c for c in overview.card_contents(data, lang)}
with st.container(key="overview_cards"):      # two to a row where the page is narrow (SMALL_SCREEN_CSS)
    for heading, group in (("overview.rates", view.HEADLINES[:4]), ("overview.levels", view.HEADLINES[4:])):
        st.header(say(heading))
        for column, indicator in zip(st.columns(4), group):
            with column:
                card(cards[indicator])

# The latest poverty map
st.header(say("overview.map_heading"))
indicator = "poverty_rate"
year = overview.latest_year(data, indicator)
if year is None:
    st.info(t("chart.no_data", lang))
else:
    made = map_chart(data, lang, indicator, year)
    if made is None:
        geo.regions_or_none(lang)          # shows what is wrong with the boundaries
    else:
        chart(data, lang, made, "overview_map", config=maps.MAP_CONFIG)   # sized by SMALL_SCREEN_CSS
    st.caption(map_notes(data, lang, indicator, year)[0])
    st.caption(say("overview.map_note"))
    st.page_link("app_pages/regions/page.py", label=say("overview.map_more"), icon=":material/map:")
