"""Filtered observations with their metadata, as CSV, Excel or JSON bytes."""
from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterable

import pandas as pd

from analysis import releases
from analysis.loader import Dataset
from analysis.schema import BREAKDOWNS, source_columns

FORMATS = ("csv", "xlsx", "json")
MEDIA_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}
EXPORT_COLUMNS = (
    "indicator_id", "indicator_name", "region", "region_name", "year", "period", *BREAKDOWNS,
    "value", "unit", "flags", "shown", "source_id", "source_title", "locator", "note",
)
PRODUCT = "Kyrgyz Social Indicators Dashboard"
# The citation in the export's language: (the cell label in Excel, the sentence).
CITATION = {
    "en": ("Citation", "{product}, data extract of {date}{release}. Sources: {sources}. Each value's own source and "
                       "exact place in it are in the columns source_id and locator."),
    "ru": ("Ссылка для цитирования", "Панель социальных показателей Кыргызской Республики, выгрузка данных от "
           "{date}{release}. Источники: {sources}. Источник каждого значения и точное место в нём указаны в столбцах "
           "source_id и locator."),
    "ky": ("Цитата үчүн шилтеме", "Кыргыз Республикасынын социалдык көрсөткүчтөр панели, {date} күнкү маалымат "
           "үзүндүсү{release}. Булактар: {sources}. Ар бир маанинин булагы жана андагы так орду source_id жана "
           "locator мамычаларында көрсөтүлгөн."),
}
# Which data release the extract comes from (analysis/releases.py): in the citation, and labelled in Excel.
RELEASE_NOTE = {"en": " (release {id}, data as of {as_of})", "ru": " (выпуск {id}, данные по состоянию на {as_of})",
                "ky": " ({id} чыгарылышы, маалыматтардын абалы: {as_of})"}
RELEASE_LABELS = {"en": ("Data release", "Data as of"), "ru": ("Выпуск данных", "Данные по состоянию на"),
                  "ky": ("Маалымат чыгарылышы", "Маалыматтардын абалы")}
RELEASE_COLUMNS = ("release", "data_as_of")   # the last two columns of a CSV extract
_CURRENT = object()   # the release of loader.DATA_DIR, read when the file is made


def select(data: Dataset, indicators: Iterable[str] = (), regions: Iterable[str] = (),
           year_from: int | None = None, year_to: int | None = None,
           all_sources: bool = False) -> pd.DataFrame:
    """Observations matching the filters (empty filter = everything)."""
    obs = data.observations
    mask = pd.Series(True, index=obs.index)
    if indicators := list(indicators):
        mask &= obs["indicator_id"].isin(indicators)
    if regions := list(regions):
        mask &= obs["region"].isin(regions)
    if year_from is not None:
        mask &= obs["year"] >= year_from
    if year_to is not None:
        mask &= obs["year"] <= year_to
    if not all_sources:
        mask &= obs["shown"]
    return obs[mask]


def with_labels(data: Dataset, rows: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The rows with indicator, region and source names (the source's title) in `lang`, in the export's column
    order."""
    out = rows.copy()
    out["indicator_name"] = out["indicator_id"].map(data.indicators[f"name_{lang}"])
    out["region_name"] = out["region"].map(data.regions[f"name_{lang}"])
    out["source_title"] = out["source_id"].map(data.sources[source_columns(lang)[0]])
    return out.loc[:, list(EXPORT_COLUMNS)].reset_index(drop=True)


def _release(release):
    return releases.current() if release is _CURRENT else release


def citation(data: Dataset, rows: pd.DataFrame, today: dt.date | None = None, lang: str = "en",
             release=_CURRENT) -> str:
    """How to cite the extract, in `lang`, with the data release and the sources' publishers and titles.
    `release`: a releases.Release, None for none; by default the release the app and the CLI read."""
    today = today or dt.date.today()
    release = _release(release)
    used = data.sources.loc[sorted(rows["source_id"].unique())]
    title, publisher = source_columns(lang)
    cited = "; ".join(f"{s[publisher]}, {s[title]}" + (f" ({s['date']})" if s["date"] else "")
                      for _, s in used.iterrows())
    note = RELEASE_NOTE[lang].format(id=release.id, as_of=release.data_as_of) if release else ""
    return CITATION[lang][1].format(product=PRODUCT, date=today.isoformat(), sources=cited, release=note)


def indicator_metadata(data: Dataset, rows: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    ids = sorted(rows["indicator_id"].unique())
    meta = data.indicators.loc[ids, ["id", f"name_{lang}", "unit", "topic", f"definition_{lang}"]]
    meta = meta.rename(columns={f"name_{lang}": "name", f"definition_{lang}": "definition"})
    meta["unit_name"] = meta["unit"].map(data.units[f"name_{lang}"])
    meta["sources"] = [", ".join(sorted(rows.loc[rows["indicator_id"] == i, "source_id"].unique())) for i in ids]
    return meta.reset_index(drop=True)


def to_bytes(data: Dataset, rows: pd.DataFrame, fmt: str, lang: str = "en",
             today: dt.date | None = None, release=_CURRENT) -> bytes:
    """The export file's content. CSV is UTF-8 with a byte-order mark so Excel reads Cyrillic.
    Each format names the data release (`release`: see citation): the CSV in its last two columns, the
    JSON in "release", the Excel file on its metadata sheet; and the citation does."""
    release = _release(release)
    table = with_labels(data, rows, lang)
    if fmt == "csv":
        table = table.assign(**dict(zip(RELEASE_COLUMNS, (release.id, release.data_as_of) if release else ("", ""))))
        return table.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")
    if fmt == "json":
        payload = {
            "citation": citation(data, rows, today, lang, release),
            "release": {"id": release.id, "data_as_of": release.data_as_of} if release else None,
            "indicators": indicator_metadata(data, rows, lang).to_dict(orient="records"),
            "observations": json.loads(table.to_json(orient="records", force_ascii=False)),
        }
        return json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "xlsx":
        buffer = io.BytesIO()
        with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
            table.to_excel(writer, sheet_name="data", index=False)
            meta = indicator_metadata(data, rows, lang)
            meta.to_excel(writer, sheet_name="metadata", index=False)
            sheet = writer.sheets["metadata"]
            sheet.cell(row=len(meta) + 3, column=1, value=CITATION[lang][0])
            sheet.cell(row=len(meta) + 4, column=1, value=citation(data, rows, today, lang, release))
            if release:
                for offset, (label, value) in enumerate(zip(RELEASE_LABELS[lang], (release.id, release.data_as_of))):
                    sheet.cell(row=len(meta) + 6 + offset, column=1, value=label)
                    sheet.cell(row=len(meta) + 6 + offset, column=2, value=value)
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
