"""The data API (analysis/api.py, served by server.py) and the compressed assets of server.py.

The answers as pure functions (every endpoint, good and bad input, fuzzed input: never a traceback);
the same rows from the API, the CLI (`python -m analysis export`) and the Data page for the same
selection; then the real server (`streamlit run server.py` on a free port in 8700-8749): every endpoint
over HTTP, 304, 400, 404 and 405 in JSON, huge and repeated parameters, a newly published release
followed without a restart, gzip and brotli on an API answer and on static assets (cached for a year),
the health check and the session's WebSocket through the middleware. That the app's pages are still
served and drawn through server.py is the browser tests' part (tests/test_browser.py starts server.py).
"""
from __future__ import annotations

import contextlib
import gzip
import http.client
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import brotli
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from analysis import api, cli, releases
from analysis.schema import BREAKDOWNS
from app_pages.data import compute as data_page
from serve_cluster import Cluster, find_nginx
from tests.conftest import DATA, ROOT
from tests.test_releases import fake_release

PORTS = range(8700, 8750)
START_TIMEOUT = 120          # s: a Streamlit process on a busy 2-core machine
ROW_KEY = ["indicator_id", "region", "period", *BREAKDOWNS, "source_id"]


@pytest.fixture(scope="module")
def release():
    return releases.read(DATA)


def ask(data, release, path: str, query: str = "", **kwargs) -> api.Answer:
    return api.answer(data, release, path, query, **kwargs)


def body(answer: api.Answer) -> dict:
    return json.loads(answer.body)


# --- the answers ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, field", [("/api/v1/indicators", "indicators"), ("/api/v1/sources", "sources"),
                                         ("/api/v1/regions", "regions"), ("/api/v1/releases", "releases")])
def test_metadata_endpoints_name_the_release(data, release, path, field):
    answer = ask(data, release, path)
    assert answer.status == 200 and answer.headers["Content-Type"] == "application/json; charset=utf-8"
    assert answer.headers["X-Data-Release"] == release.id
    assert body(answer)["release"] == {"id": release.id, "data_as_of": release.data_as_of}
    assert body(answer)[field]
    assert answer.headers["ETag"].startswith(f'W/"{release.id}-')
    assert answer.headers["Cache-Control"] == "public, no-cache"


def test_indicators_list_every_indicator_in_three_languages(data, release):
    listed = {i["id"]: i for i in body(ask(data, release, "/api/v1/indicators"))["indicators"]}
    assert list(listed) == list(data.indicators.index)
    poverty = listed["poverty_rate"]
    assert poverty["name"] == {"ky": "Жакырчылыктын деңгээли", "ru": "Уровень бедности", "en": "Poverty rate"}
    assert set(poverty["definition"]) == {"ky", "ru", "en"} and all(poverty["definition"].values())
    assert (poverty["unit"], poverty["topic"], poverty["first_year"]) == ("percent", "poverty", 2007)
    assert poverty["regions"] == list(data.regions.index) and poverty["last_year"] >= 2024
    shown = data.observations[data.observations["shown"] & data.observations["value"].notna()]
    assert poverty["values"] == (shown["indicator_id"] == "poverty_rate").sum()


def test_one_indicator_in_full(data, release):
    detail = body(ask(data, release, "/api/v1/indicators/poverty_rate"))
    assert detail["release"]["id"] == release.id and detail["higher_is_better"] is False
    assert [c["code"] for c in detail["breakdowns"]["sex"]] == ["total", "female", "male"]
    assert detail["breakdowns"]["area"][1]["name"]["ru"] == "Город"
    sdmx = next(s for s in detail["sources"] if s["id"] == "nsc_sdg_sdmx")
    assert sdmx["publisher"]["en"] == "National Statistical Committee of the Kyrgyz Republic"
    assert sdmx["url"].startswith("https://") and sdmx["licence"] and sdmx["kind"] == "primary"
    assert sdmx["values_shown"] > 0
    assert detail["breaks"][0]["first_year_after"] == 2021 and set(detail["breaks"][0]["note"]) == {"ky", "ru", "en"}
    flags = {f["flag"]: f["name"] for f in detail["flags"]}
    assert flags["possible_break"]["en"] == "Possible break in comparability"
    assert detail["targets"][0]["target_year"] == 2030
    assert detail["data"] == "/api/v1/data.csv?indicator=poverty_rate"


def test_regions_and_sources(data, release):
    regions = body(ask(data, release, "/api/v1/regions"))["regions"]
    assert [r["code"] for r in regions] == list(data.regions.index)
    assert regions[1]["name"] == {"ky": "Баткен облусу", "ru": "Баткенская область", "en": "Batken oblast"}
    sources = body(ask(data, release, "/api/v1/sources"))["sources"]
    assert len(sources) == len(data.sources) and sources[0]["id"] == "nsc_sdg_sdmx"
    assert {s["kind"] for s in sources} == {"primary", "secondary"}


def test_a_repeated_request_is_answered_304(data, release):
    first = ask(data, release, "/api/v1/data.csv", "indicator=poverty_rate&region=KG")
    tag = first.headers["ETag"]
    for sent in (tag, tag.removeprefix("W/"), f'"other", {tag}', "*"):
        again = ask(data, release, "/api/v1/data.csv", "indicator=poverty_rate&region=KG", if_none_match=sent)
        assert (again.status, again.body, again.headers["ETag"]) == (304, b"", tag)
        assert again.headers["X-Data-Release"] == release.id
    other = ask(data, release, "/api/v1/data.csv", "indicator=poverty_rate&region=KG-B", if_none_match=tag)
    assert other.status == 200 and other.headers["ETag"] != tag
    assert ask(data, release, "/api/v1/data.json", "indicator=poverty_rate&region=KG").headers["ETag"] != tag


BAD = [
    ("/api/v1/data.csv", "region=XX", "region", "KG"),
    ("/api/v1/data.csv", "indicator=poverty_rate,nonsense", "indicator", "poverty_rate"),
    ("/api/v1/data.csv", "indicator=", "indicator", "poverty_rate"),
    ("/api/v1/data.csv", "sex=woman", "sex", "female"),
    ("/api/v1/data.csv", "age_group=Y0T17,everyone", "age_group", "Y0T17"),
    ("/api/v1/data.csv", "lang=de", "lang", "ky"),
    ("/api/v1/data.csv", "all_sources=maybe", "all_sources", "true"),
    ("/api/v1/data.json", "from=20x5", "from", None),
    ("/api/v1/data.json", "to=٢٠١٨", "to", None),                      # digits, but not ASCII ones
    ("/api/v1/data.json", "from=2020&to=2010", "from", None),
    ("/api/v1/data.csv", "format=xlsx", "format", "indicator"),
    ("/api/v1/data.csv", "region=KG&region=KG-B", "region", None),
    ("/api/v1/indicators", "lang=ru", "lang", None),
]


@pytest.mark.parametrize("path, query, parameter, allowed", BAD)
def test_bad_input_answers_400_naming_the_parameter(data, release, path, query, parameter, allowed):
    answer = ask(data, release, path, query)
    assert answer.status == 400 and answer.headers["Content-Type"].startswith("application/json")
    said = body(answer)
    assert said["status"] == 400 and said["parameter"] == parameter and said["error"]
    assert allowed is None or allowed in said["allowed"]
    assert answer.headers["Cache-Control"] == "no-store" and said["release"]["id"] == release.id


def test_huge_and_repeated_parameters_are_refused_with_the_limits(data, release):
    huge = ask(data, release, "/api/v1/data.csv", "indicator=" + "x" * api.MAX_QUERY)
    assert huge.status == 400 and f"at most {api.MAX_QUERY}" in body(huge)["error"]
    many = ask(data, release, "/api/v1/data.csv", "&".join(["region=KG"] * (api.MAX_FIELDS + 1)))
    assert many.status == 400 and f"more than {api.MAX_FIELDS}" in body(many)["error"]
    values = ask(data, release, "/api/v1/data.csv", "region=" + ",".join(["KG"] * (api.MAX_VALUES + 1)))
    assert values.status == 400 and f"at most {api.MAX_VALUES}" in body(values)["error"]
    twice = ask(data, release, "/api/v1/data.csv", "from=2010&from=2012")
    assert twice.status == 400 and "more than once" in body(twice)["error"] and "from=a,b" in body(twice)["error"]
    long_value = ask(data, release, "/api/v1/data.csv", "region=" + "Z" * 5000)
    assert long_value.status == 400 and len(long_value.body) < 2000       # a bad value is quoted only in part


@pytest.mark.parametrize("path", ["/api", "/api/", "/api/v1", "/api/v2/indicators", "/api/v1/data.xlsx",
                                  "/api/v1/indicators/nonsense", "/api/v1/indicators/poverty_rate/extra",
                                  "/api/v1/indicators//poverty_rate"])
def test_unknown_paths_answer_404_in_json(data, release, path):
    answer = ask(data, release, path)
    assert answer.status == 404 and body(answer)["endpoints"][0] == "/api/v1/indicators"


PATHS = hs.sampled_from(["/api/v1/data.csv", "/api/v1/data.json", "/api/v1/indicators", "/api/v1/indicators/",
                         "/api/v1/sources", "/api/v1/regions", "/api/v1/releases", "/api/v1/", "/api"])
NAMES = hs.sampled_from([*api.DATA_PARAMETERS, "format", ""]) | hs.text(max_size=12)
VALUES = hs.sampled_from(["poverty_rate", "KG", "KG-B", "2015", "2023", "total", "female", "ru", "true", "",
                          ",", "%", "%FF", "%00", "0000", "99999"]) | hs.text(max_size=30)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(path=hs.tuples(PATHS, hs.text(max_size=20)).map("".join),
       pairs=hs.lists(hs.tuples(NAMES, VALUES), max_size=5), raw=hs.booleans())
def test_fuzzed_requests_never_raise(data, release, path, pairs, raw):
    from urllib.parse import urlencode
    query = "&".join(f"{k}={v}" for k, v in pairs) if raw else urlencode(pairs)
    if not any(k == "indicator" for k, _ in pairs):
        query += "&indicator=poverty_rate"     # every value of every indicator takes a second: once is enough
    answer = ask(data, release, path, query)
    assert answer.status in (200, 400, 404)
    if answer.status != 200 or answer.headers["Content-Type"].startswith("application/json"):
        assert isinstance(json.loads(answer.body), dict)
    assert b"Traceback" not in answer.body


# --- the same rows from the API, the CLI and the Data page ----------------------------------------------------

def cli_export(capsysbinary, *arguments) -> bytes:
    assert cli.main(["export", *arguments]) == 0
    return capsysbinary.readouterr().out


CLI_AND_API = [
    (["--indicator", "poverty_rate", "--region", "KG", "KG-B", "--from", "2015", "--to", "2023"],
     "indicator=poverty_rate&region=KG,KG-B&from=2015&to=2023"),
    (["--indicator", "avg_pension", "unemployment_rate", "--all-sources", "--lang", "ru"],
     "indicator=avg_pension,unemployment_rate&all_sources=true&lang=ru"),
    (["--indicator", "poverty_rate", "--sex", "female", "male", "--area", "total", "--lang", "ky"],
     "indicator=poverty_rate&sex=female,male&area=total&lang=ky"),
]


@pytest.mark.parametrize("arguments, query", CLI_AND_API)
def test_the_api_gives_the_bytes_of_the_cli(data, release, capsysbinary, arguments, query):
    for fmt in ("csv", "json"):
        answer = ask(data, release, f"/api/v1/data.{fmt}", query)
        assert answer.status == 200
        assert answer.body == cli_export(capsysbinary, *arguments, "--format", fmt)


@pytest.mark.parametrize("chosen", [
    dict(indicators=["poverty_rate", "avg_pension"], regions=["KG", "KG-GO"], year_from=2010, year_to=2025,
         totals_only=True, all_sources=False, lang="ru"),
    dict(indicators=["unemployment_rate"], regions=["KG-B", "KG-N"], year_from=2010, year_to=2015,
         totals_only=False, all_sources=True, lang="en"),
])
def test_api_cli_and_data_page_give_the_same_rows(data, release, capsysbinary, chosen):
    page_rows = data_page.select(data, chosen["indicators"], chosen["regions"], chosen["year_from"],
                                 chosen["year_to"], chosen["totals_only"], chosen["all_sources"])
    selection = data_page.selection(data, **chosen)
    url = data_page.api_url(selection, "http://127.0.0.1:8501")
    path, query = url.removeprefix("http://127.0.0.1:8501").split("?")
    from_api = ask(data, release, path, query).body
    arguments = ["--indicator", *chosen["indicators"], "--region", *chosen["regions"], "--from",
                 str(chosen["year_from"]), "--to", str(chosen["year_to"]), "--lang", chosen["lang"]]
    arguments += [f"--{d.replace('_', '-')}=total" for d in BREAKDOWNS] if chosen["totals_only"] else []
    arguments += ["--all-sources"] if chosen["all_sources"] else []
    from_cli = cli_export(capsysbinary, *arguments)
    page_file = data_page.downloads(data, page_rows, chosen["lang"], chosen=selection)["csv"][0]
    tables = [pd.read_csv(io.BytesIO(b), dtype={"period": str}, keep_default_na=False) for b in (from_api, from_cli,
                                                                                                  page_file)]
    assert len(page_rows) > 0 and all(len(t) == len(page_rows) for t in tables)
    key = page_rows[ROW_KEY].astype(str).reset_index(drop=True)
    for table in tables:
        ordered = table.sort_values(ROW_KEY, kind="stable")[ROW_KEY].astype(str).reset_index(drop=True)
        assert ordered.equals(key.sort_values(ROW_KEY, kind="stable").reset_index(drop=True))
    assert tables[0].equals(tables[1])                                  # API and CLI: the same file


def test_the_data_page_selection_reads_as_a_short_url(data):
    everything = data_page.selection(data, ["poverty_rate"], list(data.regions.index), *data_page.year_bounds(data))
    assert data_page.api_url(everything) == (
        "/api/v1/data.csv?indicator=poverty_rate&sex=total&area=total&age_group=total&activity=total"
        "&category=total&all_sources=false&lang=en")
    snippets = data_page.api_snippets("http://host/api/v1/data.csv?indicator=poverty_rate")
    assert 'pd.read_csv("http://host/api/v1/data.csv?indicator=poverty_rate")' in snippets["python"][0]
    assert 'read.csv("http://host/api/v1/data.csv?indicator=poverty_rate"' in snippets["r"][0]
    assert 'Web.Contents("http://host/api/v1/data.csv?indicator=poverty_rate")' in snippets["excel"][0]


# --- the real server -----------------------------------------------------------------------------------------

_handed_out: set[int] = set()


def free_port(address: str = "127.0.0.1") -> int:
    """A free port in PORTS, never the same twice in a run: a server given one may not have bound it yet when
    the next is asked for (benchmarks/wire_bytes.py takes its ports here too)."""
    for port in PORTS:
        if port in _handed_out:
            continue
        with socket.socket() as sock:
            try:
                sock.bind((address, port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


@contextlib.contextmanager
def started(folder, **env):
    """`streamlit run server.py` on a free port, as every launcher starts it; its output in folder/server.log,
    which must hold no traceback when it stops."""
    port = free_port()
    log_path = folder / "server.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "server.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **env})
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_TIMEOUT
        while not healthy(url):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"server.py did not answer /_stcore/health:\n{log_path.read_text()}")
            time.sleep(0.3)
        try:
            yield url, port
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
    assert "Traceback" not in log_path.read_text()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """server.py reading an empty release store (so data/)."""
    store = tmp_path_factory.mktemp("releases")
    with started(store.parent, **{releases.STORE_ENV: str(store)}) as (url, port):
        yield {"url": url, "store": store, "port": port}


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
            return answer.status == 200 and answer.read() == b"ok"
    except OSError:
        return False


def fetch(url: str, method: str = "GET", headers: dict | None = None) -> tuple[int, dict, bytes]:
    """(status, headers with lower-case names, body as sent: not decompressed)."""
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, {k.lower(): v for k, v in answer.headers.items()}, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


@pytest.mark.parametrize("path", ["/api/v1/indicators", "/api/v1/indicators/avg_monthly_wage", "/api/v1/sources",
                                  "/api/v1/regions", "/api/v1/releases", "/api/v1/data.json?indicator=poverty_rate",
                                  "/api/v1/data.csv?indicator=poverty_rate&region=KG,KG-B&from=2015&to=2023&lang=ru"])
def test_every_endpoint_over_http(server, path):
    status, headers, content = fetch(server["url"] + path)
    shipped = releases.read(DATA)
    assert status == 200 and headers["x-data-release"] == shipped.id
    assert headers["cache-control"] == "public, no-cache" and headers["x-content-type-options"] == "nosniff"
    if "data.csv" in path:
        table = pd.read_csv(io.BytesIO(content))
        assert set(table["release"]) == {shipped.id} and set(table["region"]) == {"KG", "KG-B"}
        assert headers["content-disposition"].startswith('inline; filename="poverty_rate_KG+KG-B_2015-2023')
    else:
        assert json.loads(content)["release"]["id"] == shipped.id
    again = fetch(server["url"] + path, headers={"If-None-Match": headers["etag"]})
    assert again[0] == 304 and again[2] == b"" and again[1]["etag"] == headers["etag"]
    head = fetch(server["url"] + path, method="HEAD")
    assert head[0] == 200 and head[2] == b"" and int(head[1]["content-length"]) == len(content)


@pytest.mark.parametrize("path, status, parameter", [
    ("/api/v1/data.csv?region=XX", 400, "region"),
    ("/api/v1/data.csv?region=KG&region=KG-B", 400, "region"),
    ("/api/v1/data.csv?from=" + "9" * 9000, 400, None),
    ("/api/v1/data.json?%FF%FE=%00&lang=%ZZ", 400, None),
    ("/api/v1/nowhere", 404, None),
    ("/api", 404, None),
    ("/api/v1/indicators/%3Cscript%3E", 404, "id"),
])
def test_bad_requests_over_http_answer_json(server, path, status, parameter):
    got, headers, content = fetch(server["url"] + path)
    said = json.loads(content)
    assert got == status == said["status"] and headers["content-type"] == "application/json; charset=utf-8"
    assert parameter is None or said["parameter"] == parameter
    assert b"Traceback" not in content and b"<html" not in content.lower()


def test_the_api_is_read_only(server):
    status, headers, content = fetch(server["url"] + "/api/v1/indicators", method="POST")
    assert status == 405 and headers["allow"] == "GET, HEAD" and json.loads(content)["status"] == 405


def test_a_100_kb_query_is_refused_with_the_limit(server):
    connection = http.client.HTTPConnection("127.0.0.1", server["port"], timeout=30)
    connection.request("GET", "/api/v1/data.csv?indicator=" + "x" * 100_000)
    answer = connection.getresponse()
    assert answer.status == 400 and json.loads(answer.read())["error"].endswith(f"at most {api.MAX_QUERY}")
    connection.close()


def test_answers_are_compressed(server):
    plain = fetch(server["url"] + "/api/v1/indicators")[2]
    status, headers, content = fetch(server["url"] + "/api/v1/indicators", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip" and gzip.decompress(content) == plain
    assert len(content) < len(plain) / 4


def static_asset(url: str, suffix: str) -> str:
    """The path of a hashed asset the page loads (/static/js/index.<hash>.js, /static/css/index.<hash>.css)."""
    page = fetch(url + "/")[2].decode()
    return re.search(rf'/static/(?:js|css)/index\.[A-Za-z0-9_-]{{8}}\.{suffix}', page).group(0)


@pytest.mark.parametrize("suffix", ["js", "css"])
def test_static_assets_are_compressed_and_kept_a_year(server, suffix):
    path = static_asset(server["url"], suffix)
    plain_status, plain_headers, plain = fetch(server["url"] + path)
    assert plain_status == 200 and "content-encoding" not in plain_headers
    for coding, decompress in (("gzip", gzip.decompress), ("br", brotli.decompress)):
        status, headers, content = fetch(server["url"] + path, headers={"Accept-Encoding": f"{coding}, identity"})
        assert status == 200 and headers["content-encoding"] == coding and decompress(content) == plain
        assert len(content) < len(plain) / 2 and headers["vary"] == "Accept-Encoding"
        assert int(headers["content-length"]) == len(content) and "accept-ranges" not in headers
        directives = {d.strip() for d in headers["cache-control"].split(",")}
        assert directives == {"public", "immutable", "max-age=31536000"}
        assert fetch(server["url"] + path, headers={"Accept-Encoding": coding,
                                                     "If-None-Match": headers["etag"]})[0] == 304
    ranged = fetch(server["url"] + path, headers={"Accept-Encoding": "gzip", "Range": "bytes=0-99"})
    assert ranged[0] == 206 and len(ranged[2]) == 100 and "content-encoding" not in ranged[1]


def test_two_assets_with_one_etag_keep_their_own_bodies():
    """Starlette's ETag is a file's time and size: two files of one install can share it, and each must still
    get its own compressed body."""
    import asyncio

    from server import CompressedAssets

    bodies = {"/static/js/a.js": b"alert('a');" * 500, "/static/js/b.js": b"alert('b');" * 500}

    async def two_files(scope, receive, send):
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/javascript"), (b"etag", b'"same"')]})
        await send({"type": "http.response.body", "body": bodies[scope["path"]]})

    middleware = CompressedAssets(two_files)

    async def get_body(path: str) -> bytes:
        sent = []

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "method": "GET", "path": path, "headers": [(b"accept-encoding", b"gzip")]}
        await middleware(scope, None, send)
        return gzip.decompress(sent[-1]["body"])

    for _ in range(2):
        assert {path: asyncio.run(get_body(path)) for path in bodies} == bodies


def test_the_page_is_compressed_and_not_kept(server):
    status, headers, content = fetch(server["url"] + "/", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip" and headers["cache-control"] == "no-cache"
    assert b'<div id="root">' in gzip.decompress(content)


def test_health_and_the_session_websocket_pass_the_middleware(server):
    from websockets.sync.client import connect

    assert fetch(server["url"] + "/_stcore/health", headers={"Accept-Encoding": "gzip, br"})[2] == b"ok"
    with connect(server["url"].replace("http", "ws") + "/_stcore/stream", subprotocols=["streamlit"],
                 open_timeout=30) as socket_:
        assert socket_.response.status_code == 101


def test_the_api_follows_a_newly_published_release(server):
    """As the pages do (ui/data.py): a publish switches the store's CURRENT; no restart."""
    store = server["store"]
    fake_release(store, "2026-09-30-0123abcd", "2026-09-30")
    (store / "CURRENT").write_text("2026-09-30-0123abcd\n")
    try:
        status, headers, content = fetch(server["url"] + "/api/v1/releases")
        assert headers["x-data-release"] == "2026-09-30-0123abcd"
        assert json.loads(content)["release"] == {"id": "2026-09-30-0123abcd", "data_as_of": "2026-09-30"}
        assert fetch(server["url"] + "/api/v1/data.csv?indicator=poverty_rate&region=KG")[1]["x-data-release"] == (
            "2026-09-30-0123abcd")
    finally:
        (store / "CURRENT").unlink()
    assert fetch(server["url"] + "/api/v1/regions")[1]["x-data-release"] == releases.read(DATA).id


def test_data_that_cannot_be_loaded_are_a_503_in_json(tmp_path, data_copy):
    observations = data_copy / "observations.csv"
    observations.write_text(observations.read_text(encoding="utf-8").replace("value", "worth", 1), encoding="utf-8")
    with started(tmp_path, **{releases.DATA_ENV: str(data_copy)}) as (url, _):
        status, headers, content = fetch(url + "/api/v1/indicators")
    said = json.loads(content)
    assert status == said["status"] == 503 and headers["content-type"] == "application/json; charset=utf-8"
    assert said["error"].startswith("the data could not be loaded: data/observations.csv, line 1: the header")


@pytest.mark.skipif(find_nginx() is None, reason="nginx is not installed (python3 scripts/dev.py test installs it)")
@pytest.mark.parametrize("script", ["server.py", "app.py"])
def test_through_nginx(monkeypatch, tmp_path, script):
    """The cluster's nginx passes on what server.py compressed and the API's answers; for a process that
    compresses nothing (app.py) it gzips the assets itself. Hashed assets are kept a year either way."""
    import serve_cluster
    monkeypatch.setattr(serve_cluster, "free_port", free_port)
    with Cluster(port=free_port(), workers=1, run_dir=tmp_path, script=script) as cluster:
        path = static_asset(cluster.url, "js")
        plain = fetch(cluster.url + path)[2]
        codings = {"server.py": (("br", brotli.decompress), ("gzip", gzip.decompress)),
                   "app.py": (("gzip", gzip.decompress),)}[script]
        for coding, decompress in codings:
            status, headers, content = fetch(cluster.url + path, headers={"Accept-Encoding": coding})
            assert status == 200 and headers["content-encoding"] == coding and decompress(content) == plain
            assert {d.strip() for d in headers["cache-control"].split(",")} == {"public", "immutable",
                                                                               "max-age=31536000"}
        if script == "server.py":
            status, headers, content = fetch(cluster.url + "/api/v1/data.csv?indicator=poverty_rate&region=KG",
                                             headers={"Accept-Encoding": "gzip"})
            assert status == 200 and headers["x-data-release"] == releases.read(DATA).id and headers["x-upstream"]
            assert set(pd.read_csv(io.BytesIO(gzip.decompress(content)))["region"]) == {"KG"}
            assert json.loads(fetch(cluster.url + "/api/v1/nowhere")[2])["status"] == 404
