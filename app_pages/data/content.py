"""Data: the chosen indicators' values for the chosen regions and years, their download files, and the sources."""
from __future__ import annotations

import datetime as dt

from app_pages.data import compute as view
from ui import labels
from ui.cache import kept
from ui.i18n import t
from ui.tables import arrow

indicator_options = kept(view.indicator_options)
year_bounds = kept(view.year_bounds)
chosen_rows = kept(view.select, entries=8)  # (data, indicators, regions, year_from, year_to, totals_only, all_sources)


@kept
def indicator_names(data, lang):
    """indicator -> 'name · topic', the indicators' names in the selection box."""
    topics = data.indicators["topic"]
    return {i: f"{labels.indicator(data, i, lang)} · {t('topic.' + topics[i], lang)}"
            for i in view.indicator_options(data)}


@kept
def region_names(data, lang):
    """region code -> name, the regions' names in the selection box."""
    return {r: labels.region(data, r, lang) for r in data.regions.index}


@kept
def values_table(data, lang, indicators: tuple, regions: tuple, year_from: int, year_to: int, totals_only: bool,
                 all_sources: bool):
    """(the values ready for st.dataframe, the count caption, the source caption); None when no row matches."""
    rows = chosen_rows(data, indicators, regions, year_from, year_to, totals_only, all_sources)
    if rows.empty:
        return None
    table = view.table(data, rows, lang, show_breakdowns=not totals_only, show_shown=all_sources)
    return (arrow(table.rename(columns={c: t(f"data.col_{c}", lang) for c in table.columns})),
            t("data.count", lang, rows=len(rows), indicators=rows["indicator_id"].nunique()),
            labels.source_line(data, rows["source_id"], lang))


@kept(entries=8)     # a large selection's three files are several MB
def download_files(data, lang, indicators: tuple, regions: tuple, year_from: int, year_to: int, totals_only: bool,
                   all_sources: bool, today: str):
    """fmt -> (content, file name, media type) of exactly the rows the table shows, made on `today` (ISO date)."""
    rows = chosen_rows(data, indicators, regions, year_from, year_to, totals_only, all_sources)
    chosen = view.selection(data, indicators, regions, year_from, year_to, totals_only, all_sources, lang)
    return view.downloads(data, rows, lang, dt.date.fromisoformat(today), chosen)


def api_access(data, lang, origin: str, indicators: tuple, regions: tuple, year_from: int, year_to: int,
               totals_only: bool, all_sources: bool):
    """(the API address that answers the table's rows, [(what it is, code that reads it, its language)] for
    Python, R and Excel)."""
    url = view.api_url(view.selection(data, indicators, regions, year_from, year_to, totals_only, all_sources, lang),
                       origin)
    return url, [(t(f"data.api_{tool}", lang), code, language)
                 for tool, (code, language) in view.api_snippets(url).items()]


@kept
def sources_frame(data, lang):
    """(caption, the sources ready for st.dataframe)."""
    sources = view.sources_table(data, lambda key, **values: t(key, lang, **values), lang)
    return (t("data.sources_caption", lang, count=len(sources)),
            arrow(sources.rename(columns={c: t(f"data.col_{c}", lang) for c in sources.columns})))
