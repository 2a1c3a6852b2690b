"""The data API: read-only, versioned, for scripts in R, Python or Excel. Pure functions from a request (its
path, query string and If-None-Match) to an Answer (status, headers, body); server.py serves them from the
app's own Dataset and release, so the API follows a newly published release as the pages do.

    GET /api/v1/indicators             every indicator: id, names and definitions in ky/ru/en, unit, topic,
                                       regions, first and last year, number of values
    GET /api/v1/indicators/{id}        one indicator in full: breakdowns and codes, sources, breaks, flags
    GET /api/v1/data.csv, data.json    indicator, region, from, to, sex, area, age_group, activity, category,
                                       lang, all_sources: exactly the rows `python -m analysis export` gives
                                       for the same arguments, in the same file (analysis/export.py)
    GET /api/v1/sources, regions, releases

Several values of one parameter are separated by commas (region=KG,KG-B); a parameter given twice, an
unknown one, a bad value, and a query longer than MAX_QUERY characters or with more than MAX_VALUES values in
one parameter answer 400 with a JSON body naming the parameter (and its allowed values); unknown paths 404.
Every answer names the data release (header X-Data-Release; "release" in JSON, columns in CSV) and carries
an ETag made from the release, the request and this code, so a repeated request is answered 304.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl

from analysis import api_catalog as catalog
from analysis import export, releases
from analysis.loader import Dataset
from analysis.schema import BREAKDOWNS, LANGUAGES

PREFIX = "/api/v1"
MAX_QUERY = 8000          # characters in the query string
MAX_FIELDS = 20           # parameters in one query (there are 11)
MAX_VALUES = 200          # values in one parameter (there are 145 indicators)
MAX_ECHO = 80             # characters of a bad value quoted back
LISTS = ("indicator", "region", *BREAKDOWNS)
DATA_PARAMETERS = ("indicator", "region", "from", "to", *BREAKDOWNS, "lang", "all_sources")
BOOLEANS = {"true": True, "false": False}
JSON_TYPE = "application/json; charset=utf-8"
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": JSON_TYPE}
# Stored by any cache, but asked again each time: a new release shows at once, and the same one costs a 304.
CACHE_CONTROL = "public, no-cache"
ENDPOINTS = ("/indicators", "/indicators/{id}", "/data.csv", "/data.json", "/sources", "/regions", "/releases")
# The code that shapes the answers: a change to it changes every ETag (a deployment is a new answer).
_HERE = Path(__file__).resolve().parent
CODE = hashlib.sha256(b"".join(p.read_bytes() for p in sorted([*_HERE.glob("api*.py"), *_HERE.glob("export*.py")]))
                      ).hexdigest()[:12]


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


class ApiError(Exception):
    """A request the API cannot answer: status, message, and the parameter and its allowed values."""

    def __init__(self, status: int, message: str, parameter: str | None = None, allowed: list | None = None):
        super().__init__(message)
        self.status, self.message, self.parameter, self.allowed = status, message, parameter, allowed


def _short(text: str) -> str:
    return text if len(text) <= MAX_ECHO else text[:MAX_ECHO] + "…"


def _quoted(text: str) -> str:
    return repr(_short(text))


def release_field(release) -> dict | None:
    return {"id": release.id, "data_as_of": release.data_as_of} if release else None


def _json(payload) -> bytes:
    return json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")


# --- the query -------------------------------------------------------------------------------------------

def parse_query(query: str, allowed: tuple[str, ...]) -> dict[str, str]:
    """parameter -> its one value; ApiError (400) for a huge query, an unknown or repeated parameter."""
    if len(query) > MAX_QUERY:
        raise ApiError(400, f"the query is {len(query)} characters long; at most {MAX_QUERY}")
    try:
        pairs = parse_qsl(query, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        raise ApiError(400, f"more than {MAX_FIELDS} parameters") from None
    given: dict[str, str] = {}
    for name, value in pairs:
        if name not in allowed:
            raise ApiError(400, f"unknown parameter {_quoted(name)}" if allowed else "this address takes no parameters",
                           _short(name), list(allowed))
        if name in given:
            raise ApiError(400, f"{name} is given more than once; give it once, several values separated by commas "
                                f"({name}=a,b)", name)
        given[name] = value
    return given


def _values(data: Dataset, name: str, text: str) -> list[str]:
    values = [v.strip() for v in text.split(",")]
    if len(values) > MAX_VALUES:
        raise ApiError(400, f"{name} has {len(values)} values; at most {MAX_VALUES}", name)
    valid = export.allowed(data, name)
    if "" in values:
        raise ApiError(400, f"{name} has an empty value (leave {name} out for every {name})", name, valid)
    unknown = [v for v in values if v not in set(valid)]
    if unknown:
        raise ApiError(400, f"unknown {name} {_quoted(unknown[0])}", name, valid)
    return list(dict.fromkeys(values))


def _year(name: str, text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise ApiError(400, f"{name} must be a year (four digits, e.g. 2018), not {_quoted(text)}", name)
    return int(text)


def data_selection(data: Dataset, given: dict[str, str]) -> dict:
    """The export selection (analysis/export_selection.py) the data parameters ask for; ApiError (400) when
    one is bad."""
    lists = {name: _values(data, name, given[name]) for name in LISTS if name in given}
    year_from = _year("from", given["from"]) if "from" in given else None
    year_to = _year("to", given["to"]) if "to" in given else None
    if year_from is not None and year_to is not None and year_from > year_to:
        raise ApiError(400, f"from ({year_from}) is after to ({year_to})", "from")
    lang = given.get("lang", "en")
    if lang not in LANGUAGES:
        raise ApiError(400, f"unknown lang {_quoted(lang)}", "lang", list(LANGUAGES))
    all_sources = BOOLEANS.get(given.get("all_sources", "false").lower())
    if all_sources is None:
        raise ApiError(400, f"all_sources must be true or false, not {_quoted(given['all_sources'])}", "all_sources",
                       list(BOOLEANS))
    return export.make_selection(lists.get("indicator", ()), lists.get("region", ()), year_from, year_to,
                                 {d: lists[d] for d in BREAKDOWNS if d in lists}, all_sources, lang)


# --- the answers -----------------------------------------------------------------------------------------

def _etag(release, path: str, request: str, today: dt.date | None) -> str | None:
    """From the release, the path, the parameters and the code (and the day, for the data files, which cite
    it); None without a release (a data folder that names none could change unnoticed)."""
    if release is None:
        return None
    key = json.dumps([CODE, path, request, today.isoformat() if today else None], ensure_ascii=False)
    return f'W/"{release.id}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"'


def _matches(if_none_match: str | None, etag: str | None) -> bool:
    if not if_none_match or etag is None:
        return False
    bare = etag.removeprefix("W/")
    return any(tag.strip() == "*" or tag.strip().removeprefix("W/") == bare for tag in if_none_match.split(","))


def _headers(release, media_type: str | None = None) -> dict[str, str]:
    headers = {"X-Data-Release": release.id if release else "none", "X-Content-Type-Options": "nosniff"}
    return {**headers, "Content-Type": media_type} if media_type else headers


def error_answer(error: ApiError, release=None) -> Answer:
    body = {"status": error.status, "error": error.message}
    if error.parameter is not None:
        body["parameter"] = error.parameter
    if error.allowed is not None:
        body["allowed"] = error.allowed
    if error.status == 404:
        body["endpoints"] = [PREFIX + e for e in ENDPOINTS]
    body["release"] = release_field(release)
    return Answer(error.status, {**_headers(release, JSON_TYPE), "Cache-Control": "no-store"}, _json(body))


def _route(path: str) -> tuple[str, str | None]:
    """(endpoint, indicator id or None); ApiError 404 for a path the API does not have."""
    rest = path.removeprefix(PREFIX) if path.startswith(PREFIX + "/") else None
    rest = rest.rstrip("/") if rest else rest
    if rest in ENDPOINTS:
        return rest, None
    if rest and rest.startswith("/indicators/") and rest.count("/") == 2:
        return "/indicators/{id}", rest.removeprefix("/indicators/")
    raise ApiError(404, f"no such address: {_quoted(path)}")


def answer(data: Dataset, release, path: str, query: str = "", if_none_match: str | None = None,
           today: dt.date | None = None) -> Answer:
    """The answer to GET `path`?`query` (`release`: the data release `data` is; releases.current())."""
    try:
        endpoint, indicator_id = _route(path)
        given = parse_query(query, DATA_PARAMETERS if endpoint.startswith("/data.") else ())
        if indicator_id is not None and indicator_id not in data.indicators.index:
            raise ApiError(404, f"no indicator {_quoted(indicator_id)}; every indicator: {PREFIX}/indicators", "id")
        selection = data_selection(data, given) if endpoint.startswith("/data.") else None
        today = (today or dt.date.today()) if selection is not None else None
        fmt = endpoint.rsplit(".", 1)[1] if selection is not None else "json"
        # The release history changes without a new current release when a publish is rolled back.
        request = (json.dumps(selection, sort_keys=True) if selection is not None
                   else json.dumps(releases.history()) if endpoint == "/releases" else "")
        etag = _etag(release, path, request, today)
        headers = _headers(release, MEDIA_TYPES[fmt])
        headers.update({"Cache-Control": CACHE_CONTROL, "ETag": etag} if etag else {"Cache-Control": "no-store"})
        if _matches(if_none_match, etag):
            return Answer(304, {k: v for k, v in headers.items() if k != "Content-Type"})
        if selection is None:
            payload = {"release": release_field(release), **_metadata(data, endpoint, indicator_id)}
            return Answer(200, headers, _json(payload))
        rows, lang = export.selected_rows(data, selection), selection["lang"]
        headers["Content-Disposition"] = f'inline; filename="{export.file_name(data, rows, fmt, lang, selection)}"'
        return Answer(200, headers, export.to_bytes(data, rows, fmt, lang, today, release=release, selection=selection))
    except ApiError as error:
        return error_answer(error, release)


def _metadata(data: Dataset, endpoint: str, indicator_id: str | None) -> dict:
    if endpoint == "/indicators/{id}":
        return catalog.indicator(data, indicator_id)
    if endpoint == "/indicators":
        return {"indicators": catalog.indicators(data)}
    if endpoint == "/sources":
        return {"sources": catalog.sources(data)}
    if endpoint == "/regions":
        return {"regions": catalog.regions(data)}
    return {"releases": releases.history()}
