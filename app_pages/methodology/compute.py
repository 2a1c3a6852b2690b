"""What the Methodology page computes from the data: what each source gave, definitions, breaks,
conflicts, missing values, flags, period notation and the regional SDG 1.3.1 check. Pure functions."""
from __future__ import annotations

import math
from collections.abc import Callable
from urllib.parse import urlsplit

import pandas as pd

from analysis import periods
from analysis.loader import Dataset
from analysis.schema import BREAKDOWNS, period_kind, source_columns
from analysis.series import SeriesKey, observations_of
from analysis.trends import regional_values

SOURCE_KINDS = ("primary", "secondary")
PERIOD_EXAMPLES = ("2018", "2019-01-01", "2024-Q1", "2019-10", "2021-01/08", "2013/2018")
SDG131_REGIONAL = "social_protection_beneficiaries_share_of_national_population"
SDG131_NATIONAL = "social_protection_coverage"

# --------------------------------------------------------------------------- sources


def source_usage(data: Dataset, documents: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Per source (every row of sources.csv, in its order): the indicators it gave values for (in
    catalogue order), how many values (stated numbers), how many of them are the ones shown, how
    many are kept empty (missing), rows of the document tables and targets it is cited for."""
    obs = data.observations
    order = {i: n for n, i in enumerate(data.indicators.index)}
    rows = []
    for source_id in data.sources.index:
        mine = obs[obs["source_id"] == source_id]
        stated = mine[mine["value"].notna()]
        document_rows = sum(int((table["source_id"] == source_id).sum()) for table in (documents or {}).values())
        rows.append({
            "source_id": source_id,
            "indicators": sorted(set(mine["indicator_id"]), key=order.get),
            "values": len(stated),
            "shown": int(stated["shown"].sum()),
            "missing": int(mine["value"].isna().sum()),
            "document_rows": document_rows,
            "targets": int((data.targets["source_id"] == source_id).sum()),
        })
    return pd.DataFrame(rows).set_index("source_id", drop=False)


def sources_view(data: Dataset, usage: pd.DataFrame, lang: str, kind: str = "all") -> pd.DataFrame:
    """The sources for the reader: title and publisher in the language, kind, date, URL, document, what was taken."""
    sources = data.sources if kind == "all" else data.sources[data.sources["kind"] == kind]
    names = data.indicators[f"name_{lang}"]
    title, publisher = source_columns(lang)
    return pd.DataFrame({
        "title": sources[title].to_numpy(),
        "publisher": sources[publisher].to_numpy(),
        "kind": sources["kind"].to_numpy(),
        "date": sources["date"].to_numpy(),
        "n_indicators": [len(usage.loc[s, "indicators"]) for s in sources.index],
        "values": [int(usage.loc[s, "values"]) for s in sources.index],
        "shown": [int(usage.loc[s, "shown"]) for s in sources.index],
        "other_rows": [int(usage.loc[s, "document_rows"] + usage.loc[s, "targets"]) for s in sources.index],
        "indicators": [[names[i] for i in usage.loc[s, "indicators"]] for s in sources.index],
        "url": sources["url"].to_numpy(),
        "document": sources["document"].to_numpy(),
    })


def taken_texts(view: pd.DataFrame, taken: str, taken_none: str, also_rows: str, more: str) -> list[str]:
    """What was taken from each source of sources_view, in words: '{count} indicators: a, b … (+n)',
    and the rows of document tables or targets it is cited for."""
    texts = []
    for count, names, other in zip(view["n_indicators"], view["indicators"], view["other_rows"]):
        text = taken.format(count=count, names=short_list(names, 4, more)) if count else taken_none
        texts.append(text + (also_rows.format(count=other) if other else ""))
    return texts


def short_list(names: list[str], most: int, more: str) -> str:
    """'a, b, c' or 'a, b, c … (+4)' with `more` holding {count}."""
    shown = ", ".join(names[:most])
    return shown + (f" {more.format(count=len(names) - most)}" if len(names) > most else "")


def link_or_document(url: str, document: str, escape: Callable[[str], str]) -> str:
    """A markdown cell: the URL as a link named by its site (long addresses cannot wrap), then the
    document or file, if any (escaped)."""
    parts = []
    if url:
        site = urlsplit(url).netloc.removeprefix("www.") or url
        parts.append(f"[{escape(site)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)")
    if document:
        parts.append(escape(document))
    return " — ".join(parts)


# --------------------------------------------------------------------------- definitions


def definitions(data: Dataset, lang: str, topic: str = "all", query: str = "") -> pd.DataFrame:
    """Indicators with name, topic, unit, definition and direction in the reader's language.

    `query` keeps those whose name, definition or id contains every word of it (any case)."""
    table = data.indicators
    if topic != "all":
        table = table[table["topic"] == topic]
    view = pd.DataFrame({
        "name": table[f"name_{lang}"].to_numpy(),
        "topic": table["topic"].to_numpy(),
        "unit": [data.units.loc[u, f"name_{lang}"] for u in table["unit"]],
        "definition": table[f"definition_{lang}"].to_numpy(),
        "better": table["higher_is_better"].to_numpy(),
        "id": table["id"].to_numpy(),
    })
    words = [w for w in str(query).casefold().split() if w]
    if words:
        text = (view["name"] + " " + view["definition"] + " " + view["id"]).str.casefold()
        keep = pd.Series(True, index=view.index)
        for word in words:
            keep &= text.str.contains(word, regex=False)
        view = view[keep]
    return view.reset_index(drop=True)


# --------------------------------------------------------------------------- conflicts

CONFLICT_FLAGS = ("conflict", "conflict_in_source")


def _base_category(category: str) -> str:
    """`per_capita_conflict_a` and `_b` are one figure the source states twice: group them."""
    head, sep, tail = category.rpartition("_conflict_")
    return head if sep and len(tail) == 1 else category


def conflicts(data: Dataset) -> list[pd.DataFrame]:
    """Each figure with a conflict: all its values (flagged or not), the shown one first."""
    obs = data.observations
    flagged = obs[obs["flags"].map(lambda f: any(x in CONFLICT_FLAGS for x in f.split(";")))]
    key = ["indicator_id", "region", "period", *[d for d in BREAKDOWNS if d != "category"]]
    groups = []
    seen = set()
    for row in flagged.itertuples():
        group_key = (*(getattr(row, k) for k in key), _base_category(row.category))
        if group_key in seen:
            continue
        seen.add(group_key)
        same = obs[(obs[key] == pd.Series(dict(zip(key, group_key[:-1])))).all(axis=1)
                   & (obs["category"].map(_base_category) == group_key[-1])]
        groups.append(same.sort_values(["shown", "source_id"], ascending=[False, True]))
    return groups


def conflicts_view(data: Dataset, lang: str, number: Callable[[float, int, str], str],
                   words: dict[str, str]) -> pd.DataFrame:
    """One row per conflicting figure: what it is, every value with its source, which is shown.

    words: shown ("shown"), not_shown ("not shown"), both_shown (several values shown, kept
    apart), none (no value shown)."""
    rows = []
    publisher = source_columns(lang)[1]
    for group in conflicts(data):
        first = group.iloc[0]
        decimals = int(data.indicators.loc[first["indicator_id"], "decimals"])
        codes = []
        for dimension in BREAKDOWNS:
            values = [_base_category(c) if dimension == "category" else c for c in group[dimension]]
            code = values[0]
            if code != "total":
                names = data.codes[(data.codes["dimension"] == dimension) & (data.codes["code"] == code)]
                codes.append(names.iloc[0][f"name_{lang}"] if len(names) else code)
        listed = [f"{number(r.value, decimals, lang)} — {data.sources.loc[r.source_id, publisher]}"
                  f" ({words['shown'] if r.shown else words['not_shown']})" for r in group.itertuples()]
        shown = group[group["shown"]]
        which = (number(shown.iloc[0]["value"], decimals, lang) if len(shown) == 1
                 else words["both_shown"] if len(shown) > 1 else words["none"])
        rows.append({
            "indicator": data.indicators.loc[first["indicator_id"], f"name_{lang}"],
            "region": data.regions.loc[first["region"], f"name_{lang}"],
            "period": periods.label(first["period"], lang),
            "breakdown": ", ".join(codes),
            "values": "; ".join(listed),
            "shown_value": which,
            "note": " | ".join(dict.fromkeys(n for n in group["note"] if n)),
        })
    return pd.DataFrame(rows, columns=["indicator", "region", "period", "breakdown", "values", "shown_value", "note"])


# --------------------------------------------------------------------------- missing values and flags


def missing_summary(data: Dataset, flag: str = "missing_zero_in_source") -> dict:
    """How many values are kept empty for a reason, for which indicators, regions and years."""
    obs = data.observations
    rows = obs[obs["value"].isna() & obs["flags"].map(lambda f: flag in f.split(";"))]
    return {"count": len(rows), "indicators": list(dict.fromkeys(rows["indicator_id"])),
            "regions": sorted(set(rows["region"])),
            "first_year": int(rows["year"].min()) if len(rows) else None,
            "last_year": int(rows["year"].max()) if len(rows) else None}


def flag_counts(data: Dataset) -> pd.Series:
    """Flag -> how many observations carry it (every flag of flags.csv, zero where none)."""
    counts = data.observations["flags"].str.split(";").explode().value_counts()
    return pd.Series({flag: int(counts.get(flag, 0)) for flag in data.flags.index}, dtype=int)


# --------------------------------------------------------------------------- periods


def period_examples(lang: str) -> pd.DataFrame:
    """How each period notation is read, written and placed on a time axis."""
    return pd.DataFrame({
        "notation": list(PERIOD_EXAMPLES),
        "kind": [period_kind(p) for p in PERIOD_EXAMPLES],
        "label": [periods.label(p, lang) for p in PERIOD_EXAMPLES],
        "drawn_at": [periods.label(periods.position(p).isoformat(), lang) for p in PERIOD_EXAMPLES],
    })


# --------------------------------------------------------------------------- regional SDG 1.3.1


def sdg131_sources(data: Dataset) -> list[str]:
    """The sources of the shown values of the two SDG 1.3.1 indicators."""
    obs = data.observations
    return list(obs.loc[obs["shown"] & obs["indicator_id"].isin([SDG131_REGIONAL, SDG131_NATIONAL]), "source_id"])


def sdg131_check(data: Dataset) -> dict | None:
    """The latest year in which the regions' shares of the national population and the national
    coverage are both published: the regional sum against the national value."""
    if SDG131_REGIONAL not in data.indicators.index or SDG131_NATIONAL not in data.indicators.index:
        return None
    national = observations_of(data, SeriesKey(SDG131_NATIONAL))
    national = national[national["value"].notna() & (national["period"].map(period_kind) == "year")]
    for year in sorted(national["year"], reverse=True):
        regional = regional_values(data, SDG131_REGIONAL, int(year)).dropna()
        if len(regional):
            total = float(regional.sum())
            value = float(national.loc[national["year"] == year, "value"].iloc[0])
            return {"year": int(year), "regions": len(regional), "regional_sum": total, "national": value,
                    "largest_region": regional.idxmax(), "largest_value": float(regional.max()),
                    "agrees": math.isclose(total, value, abs_tol=0.15)}
    return None
