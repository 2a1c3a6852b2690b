"""The one regional map: an indicator's values for the nine units in a year, stretched to its
container (maps.container_css), in the reader's language. The Regions and Overview pages, the
Pensions page and every regional chart's Map view show this one."""
from __future__ import annotations

import re

from analysis import chart_view, maps
from analysis import regions_view as view
from analysis.geometry import ISO_CODES
from analysis.loader import DataError
from analysis.chart_view import Chart
from ui import geo, labels
from ui.cache import kept
from ui.i18n import t


@kept
def map_chart(data, lang, indicator: str, year: int) -> Chart | None:
    """The map as a Chart (None when the boundaries do not load: geo.regions_or_none says why)."""
    from app_pages.regions.content import map_title     # its notices and title, shared with the Regions page
    try:
        boundaries = geo.regions()
    except DataError:
        return None
    shown = view.map_data(data, indicator, year)
    meta = data.indicators.loc[indicator]
    unit = labels.unit(data, indicator, lang)
    divisor, word = view.scale(shown.values)
    decimals = 1 if word else int(meta["decimals"])
    title = map_title(data, lang, indicator, year)[1]
    fig = maps.choropleth(shown.values / divisor, {c: labels.region(data, c, lang) for c in ISO_CODES}, title,
                          t(f"regions.scale_{word}", lang, unit=unit) if word else unit, f",.{decimals}f",
                          view.reverse_colors(meta["higher_is_better"]), t("chart.no_data", lang),
                          attribution=t("regions.map_attribution", lang), regions=boundaries, responsive=True)
    fig = view.localise_map(fig, lang)
    for label in fig.layout.annotations:    # the values shown alone on a narrow map, in the same way
        if (label.name or "").startswith("compact-"):
            label.text = re.sub(r"<b>([-+\d.,]+)</b>", lambda m: f"<b>{view.local_number(m.group(1), lang)}</b>",
                                label.text)
    values = shown.values.rename(index={c: labels.region(data, c, lang) for c in ISO_CODES})
    alt = chart_view.alt_bars(title, values.rename("value").rename_axis("label").reset_index(), unit, int(meta["decimals"]),
                              lang)
    return Chart(fig, rows=shown.rows, title=title, alt=alt, map_indicator=indicator, map_year=year, is_map=True)
