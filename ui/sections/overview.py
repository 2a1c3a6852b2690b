"""Overview: the headline figures for the country, their change since 2018, and the latest poverty map."""
from __future__ import annotations

import re
from functools import partial

from analysis import maps, periods
from analysis import overview_view as view
from analysis import regions_view
from analysis.geometry import ISO_CODES
from analysis.loader import DataError
from ui import format as fmt
from ui import geo, labels
from ui.cache import kept
from ui.i18n import t

latest_year = kept(view.latest_year)

# Our own fixed CSS for narrow screens (a 1024 px screen with the sidebar open, a phone): the map at
# the page's width and the height that keeps its shape (maps.container_css); the cards two to a row
# where four would leave ~130 px each; names, numbers, changes and the link wrap instead of being
# cut short ("29,8…").
SMALL_SCREEN_CSS = "<style>\n" + maps.container_css("overview_map") + """
.st-key-overview_cards { container-type: inline-size; }
@container (min-width: 480px) and (max-width: 880px) {
  .st-key-overview_cards [data-testid="stHorizontalBlock"] { flex-wrap: wrap; }
  .st-key-overview_cards [data-testid="stColumn"] { flex: 1 1 calc(50% - 1rem) !important; min-width: calc(50% - 1rem) !important; }
}
[data-testid="stMetric"] .stMarkdownEllipsis, [data-testid="stMetric"] .stMarkdownEllipsis p,
[data-testid="stPageLink-NavLink"] p, [data-testid="stPageLink-NavLink"] span {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }
[data-testid="stMetricValue"] { overflow-wrap: anywhere; }
[data-testid="stPageLink-NavLink"] { height: auto !important; }
</style>"""


def publishers(data, source_ids, lang: str) -> str:
    """The publishers of the sources in the reader's language, the most important first, each once."""
    ids = sorted(set(source_ids), key=lambda s: (data.sources.loc[s, "display_priority"], s))
    return "; ".join(dict.fromkeys(labels.publisher(data, s, lang) for s in ids))


@kept
def card_contents(data, lang) -> list[dict]:
    """What each headline card shows, in HEADLINES order."""
    say = partial(t, lang=lang)

    def number(value: float, decimals: int) -> str:
        return fmt.number(value, decimals, lang)

    cards = []
    for h in view.headlines(data):
        indicator = h.key.indicator
        name, unit = labels.indicator(data, indicator, lang), labels.unit(data, indicator, lang)
        label = name if h.unit in ("percent", "persons", "count") else say("overview.label_unit", name=name, unit=unit)
        other = view.companion_newer(data, h)
        companion = (labels.indicator(data, view.COMPANIONS[indicator], lang), other) if other else None
        stated = [*h.source_ids, *(p.source_id for p in h.newer[-1:]), *([other.source_id] if other else [])]
        cards.append({"indicator": indicator, "label": label,
                      "help": data.indicators.loc[indicator, f"definition_{lang}"],
                      "text": view.card_text(h, lang, unit, say, number, labels.flag_names(data, lang), companion),
                      "sparkline": view.sparkline(h.points),
                      "source": say("overview.source", sources=publishers(data, stated, lang))})
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
        t("overview.map_title", lang, name=labels.indicator(data, indicator, lang),
          period=periods.label(shown.period, lang)),
        labels.unit(data, indicator, lang), f",.{int(data.indicators.loc[indicator, 'decimals'])}f",
        regions_view.reverse_colors(data.indicators.loc[indicator, "higher_is_better"]),
        t("chart.no_data", lang), attribution=t("regions.map_attribution", lang), regions=boundaries,
        responsive=True)    # fits the page's width, from a phone to a wide screen (pages/overview.py)
    fig = regions_view.localise_map(fig, lang)
    for label in fig.layout.annotations:    # the values shown alone on a narrow map, in the same way
        if (label.name or "").startswith("compact-"):
            label.text = re.sub(r"<b>([-+\d.,]+)</b>", lambda m: f"<b>{regions_view.local_number(m.group(1), lang)}</b>",
                                label.text)
    return fig, source
