"""The dashboard's server: the Streamlit app (app.py), the data API (/api/v1/..., analysis/api.py) and
compressed static assets, in one process. Every way of serving starts it:

    .venv/bin/python -m streamlit run server.py        # (python3 scripts/dev.py app, the cluster, the image)

`streamlit run` finds `app` below (an st.App) and serves it with uvicorn; app.py stays the Streamlit
script, with the same command-line options and .streamlit/config.toml.
"""
from __future__ import annotations

import asyncio
import gzip
import json
import logging
import os
import queue
import threading

import anyio
import brotli
# Imported here, once, before any session: plotly reads PIL.Image from sys.modules (without the import lock)
# for every figure it serialises, so sessions whose first runs import it together saw it half-initialised
# ("partially initialized module 'PIL.Image'"; tests/test_load.py makes that race certain).
import PIL.Image  # noqa: F401
import streamlit as st
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

log = logging.getLogger("kg.server")

# --- the data API --------------------------------------------------------------------------------------------

API_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]   # the others answer 405 in JSON


def _json_error(status: int, message: str, headers: dict | None = None) -> Response:
    body = json.dumps({"status": status, "error": message}).encode()
    return Response(body, status, {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store",
                                   "X-Content-Type-Options": "nosniff", **(headers or {})})


def api_route(request: Request) -> Response:
    """Any request under /api: the answer of analysis/api.py from the app's own dataset and release (ui/data.py
    follows a newly published release for the pages and the API alike). Runs in a worker thread."""
    if request.method not in ("GET", "HEAD"):
        return _json_error(405, f"{request.method} is not allowed: the API is read-only (GET)", {"Allow": "GET, HEAD"})
    from analysis import api, loader, releases
    from ui.data import dataset, follow_release
    path, query = request.scope["path"], request.scope["query_string"].decode("latin-1")
    try:
        follow_release()
        data, release = dataset(), releases.current()
        answer = api.answer(data, release, path, query, request.headers.get("if-none-match"))
    except loader.DataError as error:
        return _json_error(503, f"the data could not be loaded: {error}")
    except Exception:  # noqa: BLE001 - the log keeps the traceback, the client gets one line
        log.exception("API request %s failed", path)
        return _json_error(500, "the server failed to answer; the error is in its log")
    return Response(answer.body, answer.status, answer.headers)


# --- compressed static assets --------------------------------------------------------------------------------

COMPRESSIBLE = (b"text/", b"application/javascript", b"application/json", b"application/manifest+json",
                b"application/xml", b"image/svg+xml")
GZIP_LEVEL = 9
# Brotli: quality 9 with a 16 MB window (plotly's 4.7 MB bundle: 1.18 MB in ~0.4 s) for an asset's first
# request; quality 11 (1.06 MB, ~10 s) later, in the background, for the assets where it pays (100 kB and up).
FAST_BROTLI = {"quality": 9, "lgwin": 24}
BEST_BROTLI = {"quality": 11, "lgwin": 24}
BEST_FROM = 100_000


def _coding(scope) -> str | None:
    """br or gzip, whichever the client takes (br first); None for neither."""
    for name, value in scope["headers"]:
        if name == b"accept-encoding":
            taken = {part.split(b";")[0].strip() for part in value.lower().split(b",")}
            return "br" if b"br" in taken else "gzip" if b"gzip" in taken else None
    return None


def _compress(body: bytes, coding: str, best: bool = False) -> bytes:
    if coding == "gzip":
        return gzip.compress(body, GZIP_LEVEL, mtime=0)
    return brotli.compress(body, **(BEST_BROTLI if best else FAST_BROTLI))


def _low_priority() -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)   # Linux: this thread only
    except (AttributeError, OSError):
        pass


class CompressedAssets:
    """Compresses what Streamlit sends uncompressed: the page ("/") and its static assets (/static/...: 7.2 MB of
    scripts on a first visit to the Overview, plotly's bundle 4.7 MB of them). Streamlit's own gzip skips them because it
    would compress them again on every request; here each is compressed once per process and kept (keyed by
    its path and ETag: the assets are a fixed set that does not change while the process runs), brotli where the
    browser takes it, else gzip. Brotli's best level takes ~10 s for plotly's bundle, so an asset is first
    served at a fast level and the large ones are recompressed at the best level in a low-priority background
    thread (once per process: ~15 s of CPU after the first visit).
    Streamlit already marks its hashed assets `public, immutable, max-age=31536000`; WebSockets and other
    requests pass through untouched."""

    def __init__(self, app):
        self.app = app
        self.kept: dict[tuple[str, bytes, str], bytes] = {}
        self.locks: dict[tuple[str, bytes, str], asyncio.Lock] = {}
        self.todo: queue.SimpleQueue = queue.SimpleQueue()     # (key, body) to recompress at the best level
        self.worker: threading.Thread | None = None

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        coding = _coding(scope) if scope["type"] == "http" and scope["method"] == "GET" else None
        if coding is None or not (path == "/" or path.startswith("/static/")) or any(
                name == b"range" for name, _ in scope["headers"]):
            await self.app(scope, receive, send)
            return
        start: dict | None = None
        chunks: list[bytes] = []
        passing = False

        async def compressing_send(message):
            nonlocal start, passing
            if passing:
                await send(message)
            elif message["type"] == "http.response.start":
                headers = dict(message["headers"])
                if (message["status"] != 200 or b"content-encoding" in headers
                        or not headers.get(b"content-type", b"").startswith(COMPRESSIBLE)):
                    passing = True
                    await send(message)
                else:
                    start = message
            else:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    await self._send_compressed(path, start, b"".join(chunks), coding, send)

        await self.app(scope, receive, compressing_send)

    async def _send_compressed(self, path: str, start: dict, body: bytes, coding: str, send) -> None:
        headers = [(k, v) for k, v in start["headers"] if k not in (b"content-length", b"accept-ranges", b"etag")]
        etag = dict(start["headers"]).get(b"etag")
        packed = await self._packed((path, etag, coding), body) if etag else await anyio.to_thread.run_sync(
            _compress, body, coding)
        if etag:   # another representation of the same file: a weak tag (If-None-Match still matches it)
            headers.append((b"etag", etag if etag.startswith(b"W/") else b"W/" + etag))
        headers += [(b"content-encoding", coding.encode()), (b"content-length", str(len(packed)).encode()),
                    (b"vary", b"Accept-Encoding")]
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": packed})

    async def _packed(self, key: tuple[str, bytes, str], body: bytes) -> bytes:
        """The body compressed once per (path, ETag, coding): the ETag alone could repeat across files (a
        server may derive it from a file's size and time, the same for many files of one install)."""
        coding = key[2]
        if key not in self.kept:
            async with self.locks.setdefault(key, asyncio.Lock()):
                if key not in self.kept:
                    self.kept[key] = await anyio.to_thread.run_sync(_compress, body, coding)
                    if coding == "br" and len(body) >= BEST_FROM:
                        self._recompress_later(key, body)
        return self.kept[key]

    def _recompress_later(self, key, body: bytes) -> None:
        if self.worker is None:   # a daemon: a stopping server does not wait for it
            self.worker = threading.Thread(target=self._recompress, name="recompress-assets", daemon=True)
            self.worker.start()
        self.todo.put((key, body))

    def _recompress(self) -> None:
        _low_priority()
        while True:
            key, body = self.todo.get()
            self.kept[key] = _compress(body, "br", best=True)


app = st.App("app.py", routes=[Route("/api", api_route, methods=API_METHODS),
                               Route("/api/{rest:path}", api_route, methods=API_METHODS)],
             middleware=[Middleware(CompressedAssets)])
