"""The Data page: the researcher's selection, the table it shows and the files it downloads.

Pure functions (no Streamlit). `selection` states the page's choice as the filter the CLI and the
data API take (analysis/export_selection.py), `select` picks its rows with the same function they
use and puts them in a reading order; the table on the page and every download are made from the
same rows, so a file holds exactly what the table shows, and `api_url` is the address that answers
the same rows (server.py, analysis/api.py).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from urllib.parse import quote

import pandas as pd

from analysis import export
from analysis.loader import Dataset
from analysis.schema import BREAKDOWNS, TOPICS, source_columns

API_PATH = "/api/v1/data.csv"
# Excel's Power Query (Data > Get Data > From Other Sources > Blank Query > Advanced Editor): UTF-8, commas.
POWER_QUERY = """let
    Source = Csv.Document(Web.Contents("{url}"), [Delimiter = ",", Encoding = 65001, QuoteStyle = QuoteStyle.Csv]),
    Data = Table.PromoteHeaders(Source, [PromoteAllScalars = true])
in
    Data"""
TABLE_COLUMNS = ("indicator", "region", "period", *BREAKDOWNS, "value", "unit", "flags", "shown", "source",
                 "locator")


def indicator_options(data: Dataset) -> list[str]:
    """Indicators with at least one observation, grouped by topic (the catalogue's topic order)."""
    present = set(data.observations["indicator_id"])
    order = {topic: i for i, topic in enumerate(TOPICS)}
    ids = [i for i in data.indicators.index if i in present]
    position = {i: n for n, i in enumerate(ids)}
    return sorted(ids, key=lambda i: (order.get(data.indicators.loc[i, "topic"], len(order)), position[i]))


def year_bounds(data: Dataset) -> tuple[int, int]:
    years = data.observations["year"]
    return int(years.min()), int(years.max())


def selection(data: Dataset, indicators: Iterable[str], regions: Iterable[str] = (),
              year_from: int | None = None, year_to: int | None = None, totals_only: bool = True,
              all_sources: bool = False, lang: str = "en") -> dict:
    """The page's choice as the filter the CLI and the API take: every region, or every year, is no
    filter; totals only is each breakdown's total."""
    first, last = year_bounds(data)
    regions = list(regions)
    return export.make_selection(
        list(indicators), [] if set(regions) >= set(data.regions.index) else regions,
        None if year_from in (None, first) else year_from, None if year_to in (None, last) else year_to,
        {d: ["total"] for d in BREAKDOWNS} if totals_only else None, all_sources, lang)


def select(data: Dataset, indicators: Iterable[str], regions: Iterable[str] = (),
           year_from: int | None = None, year_to: int | None = None, totals_only: bool = True,
           all_sources: bool = False) -> pd.DataFrame:
    """The rows the page shows and downloads (those the selection picks, as the CLI and the API do), in
    reading order: indicators as chosen, regions in the catalogue's order, then time, breakdowns, and the
    shown value before other sources'."""
    indicators = list(indicators)
    rows = export.selected_rows(data, selection(data, indicators, regions, year_from, year_to, totals_only,
                                                all_sources))
    if rows.empty:
        return rows
    indicator_order = {i: n for n, i in enumerate(indicators or data.indicators.index)}
    region_order = {r: n for n, r in enumerate(data.regions.index)}
    totals_first = {f"_{d}": rows[d].where(rows[d] != "total", "") for d in BREAKDOWNS}
    keyed = rows.assign(_i=rows["indicator_id"].map(indicator_order), _r=rows["region"].map(region_order),
                        _s=~rows["shown"], **totals_first)
    keyed = keyed.sort_values(["_i", "_r", "year", "period", *totals_first, "_s", "source_id"], kind="stable")
    return keyed.drop(columns=["_i", "_r", "_s", *totals_first])


def table(data: Dataset, rows: pd.DataFrame, lang: str, show_breakdowns: bool, show_shown: bool) -> pd.DataFrame:
    """The rows for st.dataframe: names in the reader's language, the value as a number (empty
    where missing), flags by name, the source's publisher and title (in the language), and the locator. With
    show_breakdowns, the breakdowns the rows are split by (those all "total" are left out)."""
    flag_names = dict(zip(data.flags["flag"], data.flags[f"name_{lang}"]))
    codes = data.codes.set_index(["dimension", "code"])[f"name_{lang}"]
    out = pd.DataFrame({
        "indicator": rows["indicator_id"].map(data.indicators[f"name_{lang}"]).to_numpy(),
        "region": rows["region"].map(data.regions[f"name_{lang}"]).to_numpy(),
        "period": rows["period"].to_numpy(),
    })
    for dimension in BREAKDOWNS:
        out[dimension] = [codes.get((dimension, c), c) for c in rows[dimension]]
    out["value"] = rows["value"].to_numpy(dtype=float)
    out["unit"] = rows["indicator_id"].map(data.indicators["unit"]).map(data.units[f"name_{lang}"]).to_numpy()
    out["flags"] = ["; ".join(flag_names.get(f, f) for f in str(text).split(";") if f) for text in rows["flags"]]
    out["shown"] = rows["shown"].to_numpy(dtype=bool)
    title, publisher = source_columns(lang)
    out["source"] = [f"{data.sources.loc[s, publisher]}: {data.sources.loc[s, title]}" for s in rows["source_id"]]
    out["locator"] = rows["locator"].to_numpy()
    constant = [d for d in BREAKDOWNS if (rows[d] == "total").all()]     # a breakdown nothing is split by
    drop = (constant if show_breakdowns else list(BREAKDOWNS)) + ([] if show_shown else ["shown"])
    return out.drop(columns=drop)


def downloads(data: Dataset, rows: pd.DataFrame, lang: str, today: dt.date | None = None,
              chosen: dict | None = None) -> dict[str, tuple[bytes, str, str]]:
    """fmt -> (content, file name, media type) for CSV, Excel and JSON of exactly these rows; `chosen`: the
    selection that picked them, which the files state."""
    today = today or dt.date.today()
    return {fmt: (export.to_bytes(data, rows, fmt, lang, today, selection=chosen),
                  export.file_name(data, rows, fmt, lang, chosen),
                  export.MEDIA_TYPES[fmt])
            for fmt in export.FORMATS}


def api_url(chosen: dict, origin: str = "") -> str:
    """The API address that answers the selection's rows as CSV (data.json: JSON), from `origin`
    (http://host:port; none: the path alone)."""
    return f"{origin}{API_PATH}?{quote(export.selection_text(chosen), safe='=&,')}"


def api_snippets(url: str) -> dict[str, tuple[str, str | None]]:
    """tool -> (code that reads the URL into a table, its language for highlighting): pandas, R, Excel."""
    return {"python": (f'import pandas as pd\n\ndata = pd.read_csv("{url}")', "python"),
            "r": (f'data <- read.csv("{url}", fileEncoding = "UTF-8-BOM")', "r"),
            "excel": (POWER_QUERY.format(url=url), None)}


def sources_table(data: Dataset, say: Callable[..., str], lang: str) -> pd.DataFrame:
    """Every source with its title, publisher and kind (primary/secondary) in the reader's language, URL and
    document."""
    src = data.sources.reset_index(drop=True).sort_values(["display_priority", "source_id"])
    title, publisher = source_columns(lang)
    return pd.DataFrame({
        "title": src[title].to_numpy(),
        "publisher": src[publisher].to_numpy(),
        "kind": [say(f"data.kind_{k}") for k in src["kind"]],
        "date": src["date"].to_numpy(),
        "url": [u if str(u).startswith(("http://", "https://")) else None for u in src["url"]],
        "document": [d or (u if u and not str(u).startswith(("http://", "https://")) else "")
                     for d, u in zip(src["document"], src["url"])],
        "source_id": src["source_id"].to_numpy(),
    })
