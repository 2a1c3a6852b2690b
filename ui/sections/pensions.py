"""Pensions and social protection: pensioners and the average pension, pensioners below the
subsistence minimum, coverage (national and by region), benefits and spending."""
from __future__ import annotations

from analysis import maps, periods
from analysis import pensions_view as view
from analysis import topic_figures, topic_tables
from analysis.series import SeriesKey, chart_points
from ui import figures, labels
from ui.cache import kept
from ui.charts import words
from ui.format import number
from ui.i18n import t
from ui.tables import Sortable

regional_years = kept(view.regional_years)


def column_names(lang) -> dict[str, str]:
    """The figures tables' column headers."""
    return {c: t(f"pensions.col.{c}", lang) for c in topic_tables.TABLE_COLUMNS}


@kept
def table_frame(data, lang, rows_of: str, keep: tuple):
    """The figures table of `view.<rows_of>(data)` and its source line."""
    status = (t("pensions.status.shown", lang), t("pensions.status.alternative", lang))
    return figures.table_frame(data, lang, getattr(view, rows_of)(data), keep, status, column_names(lang))


@kept
def financing_table(data, lang):
    """The regional pension financing table and its source line, or None without such figures."""
    if view.financing_rows(data).empty:
        return None
    return table_frame(data, lang, "financing_rows", ("region", "period", "value", "unit", "source", "flags"))


@kept
def national(data, lang, indicators: tuple, title_key: str):
    """The country's `indicators` on one chart, titled by the string `title_key` (given the first
    indicator's name and the country); the unit and decimals are the first indicator's."""
    points = chart_points(data, [(labels.indicator(data, i, lang), SeriesKey(i, category="total")) for i in indicators])
    title = t(title_key, lang, name=labels.indicator(data, indicators[0], lang), region=labels.region(data, "KG", lang))
    return figures.line_figure(data, lang, points, title, indicators[0])


@kept
def pensioners(data, lang):
    """The number of pensioners over time."""
    name = labels.indicator(data, view.PENSIONERS, lang)
    points = chart_points(data, [(name, SeriesKey(view.PENSIONERS))])
    title = t("pensions.pensioners_title", lang, name=name, region=labels.region(data, "KG", lang))
    return figures.line_figure(data, lang, points, title, view.PENSIONERS)


@kept
def pension(data, lang):
    """The average pension against the pensioners' subsistence minimum."""
    minimum_label = labels.code(data, "category", view.MINIMUM[1], lang)
    points = chart_points(data, [
        (labels.indicator(data, view.AVG_PENSION, lang), SeriesKey(view.AVG_PENSION)),
        (f"{labels.indicator(data, view.MINIMUM[0], lang)}: {minimum_label.lower()}",
         SeriesKey(view.MINIMUM[0], category=view.MINIMUM[1]))])
    return figures.line_figure(data, lang, points, t("pensions.pension_title", lang), view.AVG_PENSION)


@kept
def matched_table(data, lang):
    """(the average pension against the subsistence minimum, its caption), or None without a match."""
    matched = view.pension_against_minimum(data)
    if matched.empty:
        return None
    unit = labels.unit(data, view.AVG_PENSION, lang)
    columns = column_names(lang)
    frame = matched.assign(
        period=[periods.label(p, lang) for p in matched["period"]],
        pension=[number(v, 0, lang) for v in matched["pension"]],
        minimum=[number(v, 0, lang) for v in matched["minimum"]],
        percent=[number(v, 0, lang) for v in matched["percent"]],
        source=[", ".join(dict.fromkeys(labels.publisher(data, s, lang) for s in ids))
                for ids in matched["source_ids"]],
        secondary=[t("pensions.yes", lang) if s else "" for s in matched["secondary"]],
    )[["period", "pension", "minimum", "percent", "secondary", "source"]]
    names = {"period": columns["period"], "pension": t("pensions.col_pension", lang, unit=unit),
             "minimum": t("pensions.col_minimum", lang, unit=unit), "percent": t("pensions.col_percent", lang),
             "secondary": t("pensions.col_secondary", lang), "source": columns["source"]}
    numbers = {names[c]: tuple(matched[c].to_numpy(dtype=float)) for c in ("pension", "minimum", "percent")}
    return Sortable(frame.rename(columns=names), numbers), (t("pensions.matched_note", lang) + " "
                   + labels.source_line(data, [s for ids in matched["source_ids"] for s in ids], lang))


@kept
def regional(data, lang, year: int):
    """(bars of each region's share, the map of them, their source line, the note on their sum or None)."""
    shares = view.regional_shares(data, year)
    shares["label"] = [labels.region(data, c, lang) for c in shares["code"]]
    regional_name = labels.indicator(data, view.REGIONAL, lang)
    source = labels.source_line(data, shares["source_id"].dropna(), lang)
    bars = topic_figures.bars_figure(shares, words(lang, t("pensions.regional_title", lang, name=regional_name, year=year),
                                                   "%", source),
                                     lang, 2, periods.label(str(year), lang), labels.flag_names(data, lang))
    fig = maps.choropleth(shares.set_index("code")["value"], {c: labels.region(data, c, lang) for c in shares["code"]},
                          t("pensions.map_title", lang, year=year), t("pensions.map_colorbar", lang), ",.2f",
                          missing_label=t("chart.no_data", lang), attribution=t("regions.map_attribution", lang))
    total, national_rate, count = view.regional_check(data, year)
    note = None
    if total is not None and national_rate is not None:
        note = t("pensions.regional_sum", lang, year=year, total=number(total, 1, lang),
                 national=number(national_rate, 1, lang), count=count)
    return bars, topic_figures.localise_map(fig, lang), source, note
