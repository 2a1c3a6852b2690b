"""Overview: the headline figures for the country, their change since 2018, and the latest poverty map."""
from __future__ import annotations

from functools import partial

from analysis import maps
from analysis import overview_view as view
from analysis.chart_view import Chart, rows_of
from ui import format as fmt
from ui import labels
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
        text = view.card_text(h, lang, unit, say, number, labels.flag_names(data, lang), companion)
        cards.append({"indicator": indicator, "label": label,
                      "help": data.indicators.loc[indicator, f"definition_{lang}"], "text": text,
                      "sparkline": sparkline(h, name, text and view.with_unit(h, text.value, unit), lang),
                      "source": say("overview.source", sources=publishers(data, stated, lang))})
    return cards


def sparkline(card: view.Headline, name: str, value: str | None, lang: str) -> Chart:
    """The card's sparkline as a Chart: its values, and for a screen reader their span and the latest value."""
    alt = view.sparkline_alt(card, name, value, partial(t, lang=lang), lang)
    return Chart(view.sparkline(card.points), rows_of(card.points), name, alt)
