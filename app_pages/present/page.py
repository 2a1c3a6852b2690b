"""Slides for a round table: the topic of the page presenting started from (indicator, region,
breakdown), one slide at a time, filling the screen; a clicker's or the keyboard's next and
previous; Exit back to that page; the whole deck as a PDF handout."""
from functools import partial

import streamlit as st

from analysis import loader, maps, slides
from ui import handout, labels, state
from ui.chart import chart
from ui.charts import drawable
from ui.frame import start
from ui.geo import regions_or_none
from ui.i18n import escape_markdown, t
from ui.presentation import warm
from app_pages.present import content as present
from app_pages.present.content import SLIDE_CSS, SLOT_0_SHOWN_CSS, SLOT_1_SHOWN_CSS

lang, data = start()
st.html(SLIDE_CSS)
st.query_params["present"] = "1"

# Where presenting started (?from=<page>?<its parameters>): the topic, and where Exit returns.
raw_origin = st.query_params.get("from")
origin_view = slides.parse_origin(raw_origin)
if origin_view is None:
    st.warning(t("notice.bad_param", lang, name="from", value=escape_markdown(str(raw_origin)[:state.MAX_SHOWN])),
               icon="⚠️")
    origin_view = ("overview", {})
origin, back = origin_view
shown = present.topic(data, origin, tuple(sorted(back.items())))

# The bar: previous, the slide's number, next; the topic; the handout; exit. Filled out of order:
# the buttons need the number of slides, which needs the topic chosen in the popover.
bar = st.container(horizontal=True, key="present_bar", vertical_alignment="center", gap="small")
steps = bar.container(horizontal=True, key="present_steps", vertical_alignment="center", gap="small", width="content")
bar.space("stretch")
with bar.popover(t("present.topic", lang), icon=":material/tune:", key="present_topic"):
    indicator = state.selectbox(lang, t("present.indicator", lang), "indicator", present.indicators(data),
                                shown.indicator, key="present_indicator",
                                format_func=lambda i: labels.indicator(data, i, lang))
    region = state.selectbox(lang, t("present.region", lang), "region", list(data.regions.index), shown.region,
                             key="present_region", format_func=lambda r: labels.region(data, r, lang))
    options = present.breakdowns(data, indicator)
    # A breakdown left by the indicator before is dropped quietly when this one lacks it.
    if st.session_state.get("present_by_of", indicator) != indicator and st.query_params.get("by") not in options:
        st.query_params.pop("by", None)
    if st.session_state.get("present_by") not in (None, *options):
        del st.session_state["present_by"]
    st.session_state["present_by_of"] = indicator
    by = state.selectbox(lang, t("present.breakdown", lang), "by", options, shown.by or options[0], key="present_by",
                         format_func=lambda d: t(f"breakdown.{d}", lang)) if options else None

try:
    has_forecast = present.has_forecast(indicator, region)
except loader.DataError as error:  # a broken forecast store leaves out the forecast slide only
    st.error(f"{t('faults.forecast_slide', lang)}\n\n`{error}`")
    has_forecast = False
sequence = present.plan(data, indicator, region, has_forecast)

# A new topic keeps the kind of slide shown (the map stays the map), else starts at the first.
before = st.session_state.get("present_shown")
if before is not None and before[:3] != (indicator, region, by):
    state.write("slide", sequence.index(before[3]) + 1 if before[3] in sequence else 1, 1)
number = state.read_year(lang, "slide", list(range(1, len(sequence) + 1)), 1)
kind = sequence[number - 1]
st.session_state["present_shown"] = (indicator, region, by, kind)


def go_to(target: int) -> None:
    state.write("slide", target, 1)


with steps:
    # ← and →, a clicker's PageUp and PageDown, and Space: each key is one button's shortcut (the
    # three without a hint of their own are hidden: SLIDE_CSS). A disabled button leaves its key alone.
    back_step, next_step = dict(on_click=go_to, args=(number - 1,), disabled=number == 1), \
        dict(on_click=go_to, args=(number + 1,), disabled=number == len(sequence))
    st.button("◀", key="present_previous", help=t("present.previous", lang), shortcut="Left", **back_step)
    with st.container(key="present_counter", width="content"):
        st.markdown(t("present.counter", lang, slide=number, total=len(sequence)))
    st.button("▶", key="present_next", help=t("present.next", lang), shortcut="Right", **next_step)
    st.button("▶", key="present_next_page", shortcut="PageDown", **next_step)
    st.button("▶", key="present_next_space", shortcut="Space", **next_step)
    st.button("◀", key="present_previous_page", shortcut="PageUp", **back_step)
bar.download_button(t("present.handout", lang), partial(handout.pdf, data, lang, indicator, region, by),
                    file_name=f"{indicator}-{region}-{lang}.pdf", mime="application/pdf", on_click="ignore",
                    key="present_handout", help=t("present.handout_help", lang), icon=":material/download:")
if bar.button(t("present.exit", lang), key="present_exit", help=t("present.exit_help", lang), shortcut="Esc",
              icon=":material/close:"):
    # Back to the page and view presenting started from, in the language chosen since (and not
    # ?present=1, which would start presenting again).
    st.query_params.clear()
    st.switch_page(f"app_pages/{origin}/page.py", query_params={**back, **({"lang": lang} if lang != "ky" else {})})


def draw(slot: int, shown_kind: str) -> None:
    """One slide in its slot: its title, its stage (what is shown) and its notes (caveats, source).
    Keys by slot: both slots are on the page."""
    with st.container(key=f"present_{slot}_slide_{shown_kind}"):
        if shown_kind == "map" and regions_or_none(lang) is None:   # broken boundaries: the message instead
            return
        made = present.slide(data, lang, indicator, region, by, shown_kind)
        st.title(made["title"])
        with st.container(key=f"present_{slot}_stage"):
            if shown_kind == "headline":
                with st.container(key=f"present_{slot}_where"):
                    st.markdown(made["where"])
                st.metric(made["label"], made["value"], made["delta"], delta_color=made["delta_color"],
                          delta_arrow=made["delta_arrow"])
                if made["description"]:
                    st.caption(made["description"])
                chart(data, lang, made["chart"], f"present_{slot}_spark",
                      config={"staticPlot": True, "displayModeBar": False}, controls=False)
            elif shown_kind == "map":
                chart(data, lang, made["chart"], f"present_{slot}_map", config=maps.MAP_CONFIG,  # sized by SLIDE_CSS
                      controls=False)
            else:
                chart(data, lang, made["chart"], f"present_{slot}_chart_{shown_kind}", controls=False)
        with st.container(key=f"present_{slot}_notes"):
            for note in made["notes"]:
                st.markdown(f"**{note}**")
            st.caption(made["source"])


# Two slots, one over the other: this slide in slot number % 2, and the next one in the other, drawn
# hidden behind it at the same size (SLOT_0_SHOWN_CSS, SLOT_1_SHOWN_CSS). A step forward shows a
# slide the browser has already drawn, while the one after it is drawn hidden.
visible = number % 2
if visible:
    st.html(SLOT_1_SHOWN_CSS)
else:
    st.html(SLOT_0_SHOWN_CSS)
with st.container(key="present_slides"):
    for slot in (0, 1):
        position = number if slot == visible else number + 1
        if position <= len(sequence):
            draw(slot, sequence[position - 1])


def build_deck() -> None:
    """Every slide of this topic, made and turned into JSON while this one is shown: the ones
    after the next first (this run draws this one and the next)."""
    for other in sequence[number + 1:] + sequence[:number + 1]:
        try:
            made = present.slide(data, lang, indicator, region, by, other)
        except loader.DataError:
            continue
        drawable(made["figure"])


warm((id(data), lang, indicator, region, by, has_forecast), build_deck)
