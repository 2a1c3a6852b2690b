"""Slides for a round table: one selection (indicator, region), large and full width."""
import streamlit as st

from analysis import loader, maps, slides
from analysis.series import SeriesKey
from ui import labels, state
from ui.charts import show
from ui.frame import start
from ui.geo import regions_or_none
from ui.i18n import t
from ui.presentation import apply_style
from ui.sections import present
from ui.sections.forecasts import store

lang, data = start()
apply_style()
st.query_params["present"] = "1"
carried = st.session_state.pop("present_selection", None) or {}
for name, value in carried.items():
    if value and name not in st.query_params:
        st.query_params[name] = value


choices = slides.presentable_indicators(data)
indicator = state.read_choice(lang, "indicator", choices, "poverty_rate")
region = state.read_choice(lang, "region", list(data.regions.index), "KG")
try:
    has_forecast = bool(len(store().table(SeriesKey(indicator, region if region != "KG" else "KG"))))
except loader.DataError as error:  # a broken forecast store leaves out the forecast slide only
    st.error(f"{t('faults.forecast_slide', lang)}\n\n`{error}`")
    has_forecast = False
sequence = slides.slides_for(data, indicator, region, has_forecast)
number_of = len(sequence)
slide = state.read_year(lang, "slide", list(range(1, number_of + 1)), 1)

kind = sequence[slide - 1]


def go_to(number: int) -> None:
    st.query_params["slide"] = str(number)


back, middle, forward, leave = st.columns([1, 5, 1, 3])
back.button("◀", key="present_previous", disabled=slide == 1, help=t("present.previous", lang),
            on_click=go_to, args=(slide - 1,))
middle.caption(t("present.counter", lang, slide=slide, total=number_of))
forward.button("▶", key="present_next", disabled=slide == number_of, help=t("present.next", lang),
               on_click=go_to, args=(slide + 1,))
if leave.button(t("present.exit", lang), key="present_exit"):
    st.query_params.clear()
    st.switch_page("pages/overview.py")

if kind == "headline":
    head = present.headline(data, lang, indicator)
    st.title(labels.indicator(data, indicator, lang))
    st.header(labels.region(data, "KG", lang))
    st.metric(head["label"], head["value"], head["delta"], delta_color=head["delta_color"],
              delta_arrow=head["delta_arrow"])
    if head["description"]:
        st.caption(head["description"])
    if head["flagged"]:
        st.warning(t("present.flagged_change", lang))
    st.caption(head["source"])
elif kind == "map":
    if regions_or_none(lang) is not None:
        fig, source = present.slide_map(data, lang, indicator)
        show(fig, "present_map", config=maps.MAP_CONFIG, width="content")
        st.caption(source)
else:
    show(present.slide_chart(data, lang, indicator, region, kind), f"present_{kind}")
    if kind == "forecast":
        st.caption(t("present.forecast_note", lang))
