"""Where a download's values come from, said once for every file (the Data page's, each chart's, the
CLI's and the API's) and for a chart's "About this data": each value's source in full, the sources,
the flags' legend, the indicators, and the citation, in the reader's language."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis import export_words as words
from analysis.loader import Dataset
from analysis.schema import BREAKDOWNS, source_columns

# One row per value: the observation, its names, and its source in full (column names in English).
ROW_COLUMNS = (
    "indicator_id", "indicator_name", "region", "region_name", "year", "period", *BREAKDOWNS,
    "value", "unit", "unit_name", "value_precision", "flags", "flag_meaning", "shown",
    "source_id", "source_publisher", "source_title", "source_date", "source_url", "source_document",
    "source_licence", "source_kind", "locator", "note",
)
SOURCE_FIELDS = ("source_id", "publisher", "title", "date", "url", "document", "licence", "kind", "kind_name",
                 "quoted_authority", "values_in_file")


def _web(url) -> str:
    return url if str(url).startswith(("http://", "https://")) else ""


def _document(document, url) -> str:
    """The document, else what the catalogue's url field holds when it is not a web address (a source
    known only by a description)."""
    return document or ("" if _web(url) else url)


def flag_meanings(data: Dataset, lang: str) -> dict[str, str]:
    return {**dict(zip(data.flags["flag"], data.flags[f"name_{lang}"])), words.COMPUTED_FLAG: words.COMPUTED_MEANING[lang]}


def flag_words(data: Dataset, flags: str, lang: str, meanings: dict | None = None) -> str:
    """'possible_break;secondary' -> their meanings in `lang`, joined by '; '."""
    meanings = meanings or flag_meanings(data, lang)
    return "; ".join(meanings.get(f, f) for f in str(flags or "").split(";") if f)


def labelled(data: Dataset, rows: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The rows with names in `lang`, the flags in words, how the screen rounds each value, and each
    value's source in full: publisher, title, date, URL, document, licence, primary or secondary."""
    out = rows.copy()
    sources = data.sources
    title, publisher = source_columns(lang)
    meanings = flag_meanings(data, lang)
    decimals = out["indicator_id"].map(data.indicators["decimals"])
    out["indicator_name"] = out["indicator_id"].map(data.indicators[f"name_{lang}"])
    out["region_name"] = out["region"].map(data.regions[f"name_{lang}"])
    out["unit_name"] = out["unit"].map(data.units[f"name_{lang}"])
    out["value_precision"] = [words.value_precision(int(d), lang) for d in decimals]
    out["flag_meaning"] = [flag_words(data, f, lang, meanings) for f in out["flags"]]
    for column, field in (("source_publisher", sources[publisher]), ("source_title", sources[title]),
                          ("source_date", sources["date"]), ("source_url", sources["url"].map(_web)),
                          ("source_document", pd.Series(map(_document, sources["document"], sources["url"]),
                                                        index=sources.index)),
                          ("source_licence", sources["licence"]),
                          ("source_kind", sources["kind"])):
        out[column] = out["source_id"].map(field)
    return out.loc[:, list(ROW_COLUMNS)].reset_index(drop=True)


def source_list(data: Dataset, rows: pd.DataFrame, lang: str) -> list[dict]:
    """Every source of the rows in full, official first (display priority), with how many values
    it gives here. An empty licence is one the catalogue (data/sources.csv) does not record."""
    counts = rows["source_id"].value_counts()
    used = sorted(counts.index, key=lambda s: (data.sources.loc[s, "display_priority"], s))
    title, publisher = source_columns(lang)
    return [{"source_id": i, "publisher": s[publisher], "title": s[title], "date": s["date"], "url": _web(s["url"]),
             "document": _document(s["document"], s["url"]), "licence": s["licence"], "kind": s["kind"],
             "kind_name": words.KIND[lang].get(s["kind"], s["kind"]), "quoted_authority": s["quoted_authority"],
             "values_in_file": int(counts[i])} for i, s in data.sources.loc[used].iterrows()]


def flag_legend(data: Dataset, rows: pd.DataFrame, lang: str) -> list[dict]:
    """The flags the rows carry, each with its meaning in `lang` and how many values carry it."""
    carried = pd.Series([f for flags in rows["flags"] for f in str(flags or "").split(";") if f], dtype=object)
    counts = carried.value_counts()
    meanings = flag_meanings(data, lang)
    return [{"flag": f, "meaning": meanings.get(f, f), "values_in_file": int(counts[f])} for f in sorted(counts.index)]


def indicator_list(data: Dataset, rows: pd.DataFrame, lang: str) -> list[dict]:
    """The rows' indicators: name, definition, unit, topic, and the decimals the screen rounds to."""
    ids = list(dict.fromkeys(rows["indicator_id"]))
    units = data.units[f"name_{lang}"]
    return [{"id": i, "name": m[f"name_{lang}"], "unit": m["unit"], "unit_name": units.get(m["unit"], ""),
             "topic": m["topic"], "definition": m[f"definition_{lang}"], "decimals_on_screen": int(m["decimals"]),
             "sources": ", ".join(sorted(set(rows.loc[rows["indicator_id"] == i, "source_id"])))}
            for i, m in data.indicators.loc[ids].iterrows()]


def _cited(source: pd.Series, title: str, publisher: str) -> str:
    """Publisher, Title (date), URL."""
    return (f"{source[publisher]}, {source[title]}" + (f" ({source['date']})" if source["date"] else "")
            + (f", {_web(source['url'])}" if _web(source["url"]) else ""))


def _head(today: dt.date | None, lang: str, release) -> str:
    note = words.RELEASE_NOTE[lang].format(id=release.id, as_of=release.data_as_of) if release else ""
    return words.CITATION_HEAD[lang].format(product=words.PRODUCT[lang], date=(today or dt.date.today()).isoformat(),
                                            release=note)


def citation(data: Dataset, rows: pd.DataFrame, today: dt.date | None, lang: str, release) -> str:
    """How to cite the file: the dashboard, the day, the data release, every source (publisher, title,
    date, URL), and where each value's own source is."""
    used = [s["source_id"] for s in source_list(data, rows, lang)]
    title, publisher = source_columns(lang)
    cited = "; ".join(_cited(s, title, publisher) for _, s in data.sources.loc[used].iterrows())
    return " ".join([_head(today, lang, release), words.CITATION_SOURCES[lang].format(sources=cited),
                     words.CITATION_TAIL[lang]])


def row_citations(data: Dataset, rows: pd.DataFrame, today: dt.date | None, lang: str, release) -> list[str]:
    """Each value's own citation: the dashboard, the day, the release and that value's source."""
    title, publisher = source_columns(lang)
    head = _head(today, lang, release)
    by_source = {i: f"{head} {words.CITATION_SOURCE[lang].format(sources=_cited(data.sources.loc[i], title, publisher))}"
                 for i in set(rows["source_id"])}
    return [by_source[s] for s in rows["source_id"]]
