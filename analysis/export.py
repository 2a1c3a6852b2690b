"""Filtered observations with everything needed to cite them, as CSV, Excel or JSON bytes: the one
implementation behind the Data page's files, each chart's CSV and Excel, the CLI's export and the API.

Every file holds, beside the values (at the sources' own precision): each value's source in full
(publisher, title, date, URL or document, licence, primary or secondary), the flags in words, the
data release, the filter that made it, and a citation, in the reader's language (ky/ru/en); column
names are English in every language.

CSV layout (chosen so pandas.read_csv(path) and R's read.csv(path) read it with no options): one
header row, then one row per value. Everything about a value is in its own row: source_* columns,
flag_meaning, value_precision, its citation, and the file-level facts that stay short (selection,
release, data_as_of) as constant columns, the last two always release and data_as_of. There is no
preamble of comment lines (World Bank style, which needs skip=4) and no '#' comments (locators hold
'#', so comment='#' would cut them). The long metadata that does not fit a row (every source, the
flags' legend, the indicators' definitions, the file's own citation) is in the Excel and JSON files,
as in Our World in Data's CSV + metadata JSON. CSV is UTF-8 with a byte-order mark so Excel reads
Cyrillic; pandas and R (3.0+) drop the mark.
"""
from __future__ import annotations

import datetime as dt
import json
import math

import pandas as pd

from analysis import export_excel, releases
from analysis import export_provenance as provenance
from analysis import export_words as words
from analysis.export_selection import (SELECTION_KEYS, allowed, file_name, file_stem, make_selection, normalized,
                                       of_rows, select, selected_rows, selection_text)
from analysis.loader import Dataset

__all__ = ["FORMATS", "MEDIA_TYPES", "EXPORT_COLUMNS", "SELECTION_KEYS", "select", "selected_rows", "make_selection",
           "normalized", "allowed", "selection_text", "file_name", "file_stem", "with_labels", "citation",
           "indicator_metadata", "values_table", "to_bytes"]

FORMATS = ("csv", "xlsx", "json")
MEDIA_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}
EXPORT_COLUMNS = provenance.ROW_COLUMNS
FILE_COLUMNS = ("selection", "citation")
RELEASE_COLUMNS = ("release", "data_as_of")   # the last two columns of a CSV extract
_CURRENT = object()   # the release of loader.DATA_DIR, read when the file is made


def with_labels(data: Dataset, rows: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The rows with names in `lang` and each value's source in full (EXPORT_COLUMNS)."""
    return provenance.labelled(data, rows, lang)


def _release(release):
    return releases.current() if release is _CURRENT else release


def _stated(data: Dataset, rows: pd.DataFrame, lang: str, selection: dict | None) -> dict:
    """The selection a file states: the one given (in the file's language), else what the rows hold."""
    if selection is None:
        return of_rows(data, rows, lang)
    return {**normalized(selection), "lang": lang}


def citation(data: Dataset, rows: pd.DataFrame, today: dt.date | None = None, lang: str = "en",
             release=_CURRENT) -> str:
    """How to cite the extract, in `lang`: the dashboard, the day, the data release, and each source's
    publisher, title, date and URL. `release`: a releases.Release, None for none; by default the
    release the app and the CLI read."""
    return provenance.citation(data, rows, today, lang, _release(release))


def indicator_metadata(data: Dataset, rows: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    return pd.DataFrame(provenance.indicator_list(data, rows, lang),
                        columns=["id", "name", "unit", "unit_name", "topic", "definition", "decimals_on_screen",
                                 "sources"])


def values_table(data: Dataset, rows: pd.DataFrame, lang: str = "en", today: dt.date | None = None,
                 release=_CURRENT, selection: dict | None = None, computed: pd.DataFrame | None = None
                 ) -> pd.DataFrame:
    """The rows of every format: EXPORT_COLUMNS, then selection, citation (each value's own), release,
    data_as_of. `computed`: rows a chart computed (EXPORT_COLUMNS' names, any subset), after the
    observations, flagged computed and cited with the file's citation."""
    release = _release(release)
    stated = selection_text(_stated(data, rows, lang, selection))
    table = with_labels(data, rows, lang)
    table["selection"] = stated
    table["citation"] = provenance.row_citations(data, rows, today, lang, release)
    if computed is not None and len(computed):
        made = computed.assign(flags=words.COMPUTED_FLAG, flag_meaning=words.COMPUTED_MEANING[lang],
                               selection=stated, citation=provenance.citation(data, rows, today, lang, release))
        table = pd.concat([table, made], ignore_index=True)[list(table.columns)]
    table["release"] = release.id if release else ""
    table["data_as_of"] = release.data_as_of if release else ""
    return table


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON records with every float as Python writes it (shortest exact form: no digit of the
    source lost, unlike DataFrame.to_json's 10 digits); missing values as null."""
    def plain(value):
        if isinstance(value, float) and math.isnan(value):
            return None
        return value.item() if hasattr(value, "item") else value
    return [{k: plain(v) for k, v in zip(frame.columns, row)} for row in frame.itertuples(index=False, name=None)]


def to_bytes(data: Dataset, rows: pd.DataFrame, fmt: str, lang: str = "en",
             today: dt.date | None = None, release=_CURRENT, *, selection: dict | None = None,
             computed: pd.DataFrame | None = None) -> bytes:
    """The export file's content. `selection`: the filter parameters that picked the rows (SELECTION_KEYS),
    stated in the file; without it the file states what the rows hold (export_selection.of_rows).
    `release`: see citation. `computed`: see values_table.
    CSV: values_table (see the module's note). JSON: the same rows under "observations", and as fields the
    citation, release, selection, precision note, indicators, sources and flags. Excel: the same rows on
    "data", then "metadata", "sources", "flags" (and "computed")."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    release = _release(release)
    today = today or dt.date.today()
    chosen = _stated(data, rows, lang, selection)
    computed = computed if computed is not None and len(computed) else None
    table = values_table(data, rows, lang, today, release, chosen, computed if fmt == "csv" else None)
    if fmt == "csv":
        return table.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")
    cited = provenance.citation(data, rows, today, lang, release)
    sources = provenance.source_list(data, rows, lang)
    flags = provenance.flag_legend(data, rows, lang)
    if computed is not None:
        flags.append({"flag": words.COMPUTED_FLAG, "meaning": words.COMPUTED_MEANING[lang],
                      "values_in_file": len(computed)})
    if fmt == "json":
        payload = {
            "product": words.PRODUCT[lang], "made_on": today.isoformat(), "citation": cited,
            "release": {"id": release.id, "data_as_of": release.data_as_of} if release else None,
            "selection": chosen, "precision": words.PRECISION[lang],
            "indicators": provenance.indicator_list(data, rows, lang), "sources": sources, "flags": flags,
            "observations": _records(table.drop(columns=["selection", *RELEASE_COLUMNS])),   # fields above
        }
        if computed is not None:
            payload["computed"] = _records(computed.assign(flags=words.COMPUTED_FLAG))
        return json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    labels = words.LABELS[lang]
    about = [(words.CITATION_LABEL[lang], cited),
             *(zip(words.RELEASE_LABELS[lang], (release.id, release.data_as_of)) if release else ()),
             (labels["made_on"], today.isoformat()), (labels["filter"], selection_text(chosen)),
             (labels["precision"], words.PRECISION[lang]), (labels["rows"], len(rows)),
             (labels["sheets"], words.SHEETS[lang] + (words.COMPUTED_SHEET[lang] if computed is not None else ""))]
    return export_excel.workbook(
        table, about, words.PRODUCT[lang], labels["indicators"], indicator_metadata(data, rows, lang),
        pd.DataFrame(sources, columns=list(provenance.SOURCE_FIELDS)),
        pd.DataFrame(flags, columns=["flag", "meaning", "values_in_file"]),
        None if computed is None else computed.assign(flags=words.COMPUTED_FLAG))
