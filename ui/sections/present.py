"""Slides for a round table: one selection (indicator, region) as a headline, trend, map, ranking,
region, breakdown and forecast, large and full width."""
from __future__ import annotations

from functools import partial

from analysis import charts, forecast_view, maps, overview_view, trends
from analysis.periods import label as period_label
from analysis.series import SeriesKey, break_years, breakdown_keys, chart_points, regions_with_values
from ui import labels
from ui.cache import kept
from ui.charts import words
from ui.format import number
from ui.geo import regions as geo_regions
from ui.i18n import t
from ui.sections.forecasts import store


def described(data, lang, indicator: str):
    """(name, unit, decimals) of the indicator in the reader's language."""
    return (labels.indicator(data, indicator, lang), labels.unit(data, indicator, lang),
            int(data.indicators.loc[indicator, "decimals"]))


@kept
def headline(data, lang, indicator: str) -> dict:
    """The national latest value and its change since 2018 as the Overview's card states them
    (the same words, arrow and colour), for st.metric in large type."""
    unit = labels.unit(data, indicator, lang)
    card = overview_view.headline(data, SeriesKey(indicator))
    text = overview_view.card_text(card, lang, unit, partial(t, lang=lang), partial(number, lang=lang),
                                   labels.flag_names(data, lang))
    value = text.value if card.unit == "percent" else f"{text.value} {unit}"
    return {"label": period_label(card.latest.period, lang), "value": value, "delta": text.delta,
            "delta_color": text.delta_color, "delta_arrow": text.delta_arrow,
            "description": text.delta_description,
            "flagged": bool(card.since_base is not None and card.since_base.change.flags),
            "source": labels.source_line(data, list(card.source_ids), lang)}


def latest_regional(data, indicator: str):
    """(the last calendar year with regional values, the regional points)."""
    regional = [r for r in regions_with_values(data, indicator) if r != "KG"]
    points = chart_points(data, [(r, SeriesKey(indicator, r)) for r in regional], annual_only=True)
    return int(max(points.dropna(subset=["value"])["period"])), points


@kept
def slide_map(data, lang, indicator: str):
    """(the map of the last year with regional values, its source line)."""
    name, unit, decimals = described(data, lang, indicator)
    year, points = latest_regional(data, indicator)
    names = {code: labels.region(data, code, lang) for code in data.regions.index}
    fig = maps.choropleth(trends.regional_values(data, indicator, year), names,
                          f"{name}, {period_label(str(year), lang)}", unit, f",.{decimals}f",
                          reverse_colors=data.indicators.loc[indicator, "higher_is_better"] == "false",
                          missing_label=t("chart.no_data", lang), attribution=t("regions.map_attribution", lang),
                          width=1100, height=620,
                          regions=geo_regions(), separators=charts.separators(lang))
    return fig, labels.source_line(data, points["source_id"], lang)


@kept
def slide_chart(data, lang, indicator: str, region: str, kind: str):
    """The figure of a trend, ranking, region, breakdown or forecast slide, made large."""
    name, unit, decimals = described(data, lang, indicator)
    breaks, flag_names = break_years(data, SeriesKey(indicator)), labels.flag_names(data, lang)
    country = labels.region(data, "KG", lang)
    if kind == "trend":
        points = chart_points(data, [(country, SeriesKey(indicator))])
        fig = charts.line_chart(points, words(lang, f"{name} — {country}", unit,
                                              labels.source_line(data, points["source_id"], lang)),
                                lang, decimals, breaks, flag_names)
    elif kind == "ranking":
        year, points = latest_regional(data, indicator)
        ranked = trends.ranks(data, indicator, year)
        ranked["label"] = [labels.region(data, r, lang) for r in ranked["region"]]
        ranked["code"] = ranked["region"]
        fig = charts.ranked_bars(ranked, words(lang, f"{name}, {period_label(str(year), lang)}", unit,
                                               labels.source_line(data, points["source_id"], lang)),
                                 lang, decimals, highlight=region)
    elif kind == "region":
        points = chart_points(data, [(country, SeriesKey(indicator)),
                                     (labels.region(data, region, lang), SeriesKey(indicator, region))])
        fig = charts.line_chart(points, words(lang, f"{name}: {labels.region(data, region, lang)}", unit,
                                              labels.source_line(data, points["source_id"], lang)),
                                lang, decimals, breaks, flag_names, emphasis=country)
    elif kind == "breakdown":
        dimension = next(d for d in ("area", "sex") if len(breakdown_keys(data, indicator, "KG", d)) > 1)
        keys = breakdown_keys(data, indicator, "KG", dimension)
        points = chart_points(data, [(labels.code(data, dimension, c, lang) if c != "total" else country, k)
                                     for c, k in keys])
        fig = charts.line_chart(points, words(lang, f"{name}: {t(f'breakdown.{dimension}', lang)}", unit,
                                              labels.source_line(data, points["source_id"], lang)),
                                lang, decimals, breaks, flag_names, emphasis=country)
    else:
        key = SeriesKey(indicator, region)
        history = forecast_view.history(data, key)
        summary = forecast_view.from_store(store(), key)
        points = chart_points(data, [("", key)])
        fig = charts.forecast_chart(history.dropna(), summary.table,
                                    words(lang, f"{name} — {labels.region(data, region, lang)}: "
                                          + t("chart.forecast", lang), unit,
                                          labels.source_line(data, points["source_id"], lang)),
                                    lang, decimals, break_years(data, key))
    return bigger(fig)


SOURCE_LINE_PX = 20    # a line of the source at 16 px


def bigger(fig, height: int = 620):
    """The figure with larger type, to be read from the back of the room."""
    fig.update_layout(height=height, font={"size": 20}, title={"font": {"size": 28}})
    fig.update_annotations(font_size=16)  # the source line and break labels, readable from the back row
    # The larger legend reaches further down: the source line moves below it.
    fig.update_annotations(yshift=charts.SOURCE_YSHIFT - 36, selector={"yshift": charts.SOURCE_YSHIFT})
    fig.update_layout(margin={"b": fig.layout.margin.b + 36})
    for source in fig.select_annotations(selector={"yshift": charts.SOURCE_YSHIFT - 36}):
        # Wrapped for 11 px under the charts on the pages; at 16 px its lines must be shorter.
        before = source.text.count("<br>") + 1
        lines = charts.wrap_small_print(source.text.replace("<br>", " "), charts.SOURCE_WIDTH * 11 / 16)
        source.text = "<br>".join(lines)
        fig.update_layout(margin={"b": fig.layout.margin.b + SOURCE_LINE_PX * (len(lines) - before)})
    bars = [trace for trace in fig.data if trace.type == "bar" and trace.orientation == "h"]
    if bars:   # region names in the larger type: plotly's automargin leaves the longest cut
        longest = max(len(str(label)) for trace in bars for label in trace.y)
        fig.update_layout(margin={"l": max(fig.layout.margin.l or 0, 24 + 11 * longest)})
    return fig
