"""Wages: the national average wage, women and men, economic activities, the minimum wage and
subsistence minimum, the regional figures and the wage arrears."""
from __future__ import annotations

from dataclasses import replace

from analysis import periods, topic_tables, trends
from app_pages.wages import compute as view
from analysis.series import SeriesKey, chart_points
from ui import figures, labels
from ui.cache import kept
from ui.format import number, signed
from ui.i18n import t

WAGE = view.WAGE

activity_years = kept(view.activity_years)
planned_years = kept(view.planned_minimum_wage_years)
has_values = kept(view.has_values)


@kept
def comparison_names(data, lang) -> dict[str, str]:
    """The name of each series the minimums chart can compare, by its code in view.COMPARISONS."""
    sm_name = labels.indicator(data, "subsistence_minimum", lang)
    names = {"wage": labels.indicator(data, WAGE, lang), "minimum_wage": labels.indicator(data, "minimum_wage", lang)}
    names.update({n: f"{sm_name}: {labels.code(data, 'category', c, lang).lower()}"
                  for n, (_, c) in view.COMPARISONS.items() if n.startswith("sm_")})
    return names


@kept
def table_frame(data, lang, rows_of: str, keep: tuple, *args):
    """The figures table of `view.<rows_of>(data, *args)` and its source line."""
    status = (t("wages.status.shown", lang), t("wages.status.alternative", lang))
    columns = {c: t(f"wages.col.{c}", lang) for c in topic_tables.TABLE_COLUMNS}
    return figures.table_frame(data, lang, getattr(view, rows_of)(data, *args), keep, status, columns)


@kept
def national(data, lang):
    """The country's average wage over time."""
    country = labels.region(data, "KG", lang)
    points = chart_points(data, [(country, SeriesKey(WAGE))])
    title = t("wages.national_title", lang, name=labels.indicator(data, WAGE, lang), region=country)
    return figures.lines(data, lang, points, title, WAGE)


@kept
def national_metrics(data, lang):
    """(nominal only, [(label, value, help)] for the metrics, captions under them)."""
    key = SeriesKey(WAGE)
    summary = trends.summarise(data, key)
    if summary.latest_year is None:
        return summary.real_terms == "no_deflator", [], []
    metrics = [(t("wages.metric_latest", lang, period=periods.label(str(summary.latest_year), lang),
                  unit=labels.unit(data, WAGE, lang)),
                number(summary.latest_value, 0, lang), None)]
    if summary.previous and summary.previous.percent is not None:
        metrics.append((t("wages.metric_previous", lang, year=summary.previous.from_year),
                        f"{signed(summary.previous.percent, 1, lang)} %", None))
    base = summary.since_base.get(2018)
    if base and base.percent is not None:
        metrics.append((t("wages.metric_previous", lang, year=2018), f"{signed(base.percent, 1, lang)} %",
                        t("wages.metric_base", lang, year=2018)))
    notes = []
    official = view.last_primary_year(data, key)
    if view.is_secondary(data, key, summary.latest_year) and official:
        notes.append(t("wages.latest_secondary", lang, year=summary.latest_year, official=official))
    years_used = [summary.latest_year, 2018, *([summary.previous.from_year] if summary.previous else [])]
    notes.append(labels.source_line(data, view.sources_of_years(data, key, years_used), lang))
    return summary.real_terms == "no_deflator", metrics, notes


@kept
def by_sex(data, lang):
    """(the wage of women, men and both, the gap chart or None, the note on the gap or None). The gap
    is computed: its chart's table adds the gaps to the women's and men's wages they come from."""
    sexes = [(labels.code(data, "sex", c, lang), SeriesKey(WAGE, sex=c)) for c in ("female", "male", "total")]
    title = t("wages.sex_title", lang, name=labels.indicator(data, WAGE, lang))
    made = figures.lines(data, lang, chart_points(data, sexes), title, WAGE)
    gap = view.gender_gap(data)
    if gap.empty:
        return made, None, None
    name = t("wages.gap_series", lang)
    gap_made = figures.lines(data, lang, view.gap_points(gap, name), t("wages.gap_title", lang), WAGE, decimals=1,
                             unit="%")
    computed = view.gap_table(data, gap, lang, name, labels.region(data, "KG", lang), t("wages.gap_how", lang))
    gap_made = replace(gap_made, rows=view.gap_rows(data, gap), computed=computed)
    last = gap.iloc[-1]
    note = t("wages.gap_note", lang, year=int(last["year"]), women=number(last["female"], 0, lang),
             men=number(last["male"], 0, lang), gap=signed(last["gap_percent"], 1, lang),
             lower=number(-last["gap_percent"], 1, lang))
    return made, gap_made, note


@kept
def activities(data, lang, year: int, sex: str):
    """The economic activities ranked by their average wage in `year` for `sex`."""
    ranking = view.activity_ranking(data, year, sex)
    ranking["label"] = [labels.code(data, "activity", c, lang) for c in ranking["code"]]
    title = t("wages.activity_title", lang, name=labels.indicator(data, WAGE, lang),
              period=periods.label(str(year), lang), sex=labels.code(data, "sex", sex, lang))
    return figures.bars(data, lang, ranking, title, WAGE, periods.label(str(year), lang),
                        view.activity_rows(data, year, sex), highlight="total", regional=False)


@kept
def minimums(data, lang, chosen: tuple):
    """The chosen wages and minimums (codes of view.COMPARISONS) on one chart."""
    points = view.comparison_points(data, list(chosen), comparison_names(data, lang))
    return figures.lines(data, lang, points, t("wages.minimums_title", lang), WAGE)


@kept
def arrears_total(data, lang):
    """(label, value, source line) of the national wage arrears, or None."""
    arrears = topic_tables.observations(data, ["wage_arrears"], ["KG"])
    if arrears.empty:
        return None
    row = arrears.iloc[0]
    return (t("wages.arrears_metric", lang, period=periods.label(row["period"], lang)),
            f"{number(row['value'], 0, lang)} {labels.unit(data, 'wage_arrears', lang)}",
            labels.source_line(data, arrears["source_id"], lang))


@kept
def arrears_chart(data, lang):
    """(each region's share of the wage arrears, the note on their sum), or (None, None)."""
    period, shares = view.arrears_shares(data)
    if not period:
        return None, None
    shares["label"] = [labels.region(data, c, lang) for c in shares["code"]]
    title = t("wages.arrears_title", lang, period=periods.label(period, lang))
    rows = tuple(int(r) for r in shares["row"].dropna())
    made = figures.bars(data, lang, shares, title, view.ARREARS_SHARE, periods.label(period, lang), rows,
                        regional=False)
    made = replace(made, map_indicator=view.ARREARS_SHARE, map_year=int(period[:4]))   # a date: its year's map
    return made, t("wages.arrears_note", lang, total=number(shares["value"].sum(), 0, lang))
