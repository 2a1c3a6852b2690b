"""Overview: the headline figures for the country, their change since 2018, and the latest poverty map."""
import streamlit as st

from analysis import maps, periods
from analysis import overview_view as view
from analysis import regions_view
from analysis.geometry import ISO_CODES
from ui import format as fmt
from analysis.loader import DataError
from ui import geo, labels
from ui.cache import kept
from ui.charts import drawable
from ui.frame import start
from ui.i18n import t

lang, data = start()
latest_year = kept(view.latest_year)


def say(key: str, **values) -> str:
    return t(key, lang, **values)


def number(value: float, decimals: int) -> str:
    return fmt.number(value, decimals, lang)


def publishers(source_ids) -> str:
    ids = sorted(set(source_ids), key=lambda s: (data.sources.loc[s, "display_priority"], s))
    return "; ".join(dict.fromkeys(data.sources.loc[s, "publisher"] for s in ids))


@kept
def card_contents(data, lang) -> list[dict]:
    """What each headline card shows, in HEADLINES order."""
    cards = []
    for h in view.headlines(data):
        indicator = h.key.indicator
        name, unit = labels.indicator(data, indicator, lang), labels.unit(data, indicator, lang)
        label = name if h.unit in ("percent", "persons", "count") else say("overview.label_unit", name=name, unit=unit)
        cards.append({"indicator": indicator, "label": label,
                      "help": data.indicators.loc[indicator, f"definition_{lang}"],
                      "text": view.card_text(h, lang, unit, say, number, labels.flag_names(data, lang)),
                      "sparkline": view.sparkline(h.points),
                      "source": say("overview.source", sources=publishers(h.source_ids))})
    return cards


@kept
def poverty_map(data, lang, indicator: str, year: int):
    """(the map or None when the boundaries are broken, source line)."""
    shown = regions_view.map_data(data, indicator, year)
    source = labels.source_line(data, shown.source_ids, lang)
    try:
        boundaries = geo.regions()
    except DataError:
        return None, source
    fig = maps.choropleth(
        shown.values, {c: labels.region(data, c, lang) for c in ISO_CODES},
        say("overview.map_title", name=labels.indicator(data, indicator, lang),
            period=periods.label(shown.period, lang)),
        labels.unit(data, indicator, lang), f",.{int(data.indicators.loc[indicator, 'decimals'])}f",
        regions_view.reverse_colors(data.indicators.loc[indicator, "higher_is_better"]),
        t("chart.no_data", lang), regions=boundaries)
    return regions_view.localise_map(fig, lang), source


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
        st.plotly_chart(drawable(content["sparkline"]), key=f"overview_spark_{content['indicator']}", width="stretch",
                        config={"staticPlot": True, "displayModeBar": False})
        st.caption("  \n".join(text.details))
        st.caption(content["source"])


st.title(say("overview.title"))
st.write(say("overview.intro"))
st.caption(say("overview.how_to_read"))

cards = {c["indicator"]: c for c in card_contents(data, lang)}
for heading, group in (("overview.rates", view.HEADLINES[:4]), ("overview.levels", view.HEADLINES[4:])):
    st.subheader(say(heading))
    for column, indicator in zip(st.columns(4), group):
        with column:
            card(cards[indicator])

# The latest poverty map
st.subheader(say("overview.map_heading"))
indicator = "poverty_rate"
year = latest_year(data, indicator)
if year is None:
    st.info(t("chart.no_data", lang))
else:
    fig, source = poverty_map(data, lang, indicator, year)
    if fig is None:
        geo.regions_or_none(lang)          # shows what is wrong with the boundaries
    else:
        st.plotly_chart(drawable(fig), width="content", config=maps.MAP_CONFIG, key="overview_map")
    st.caption(source)
    st.caption(say("overview.map_note"))
    st.page_link("pages/regions.py", label=say("overview.map_more"), icon=":material/map:")
