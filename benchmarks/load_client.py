"""One browser tab as Streamlit's frontend speaks to the server, without the browser (benchmarks/load.py).

What a tab does, read from the frontend the `streamlit` package ships (static/js/index.*.js):
  - GET /            the page; nginx's sticky cookie (st_route) comes with it behind scripts/serve_cluster.py;
  - GET /_stcore/health, /_stcore/host-config   the XSRF cookie (when XSRF protection is on) and the host's settings;
  - WebSocket /_stcore/stream, subprotocols ["streamlit", <XSRF cookie or PLACEHOLDER_AUTH_TOKEN>],
    the tab's cookies and Origin sent along, permessage-deflate offered (as Chromium does);
  - on load, a BackMsg rerun_script with the URL's query string, page_name = the URL's path, page_script_hash ""
    and the context (time zone, locale, URL, colour scheme);
  - a page switch: rerun_script with the target page's page_script_hash (from the Navigation message), the
    query string cleared (no widget of this app is bound to it) and the widget states still on the page: here
    the sidebar's language radio, set to the language switched to (a radio's state is its option's label);
  - every rerun lists the hashes of the cacheable messages the tab holds (cached_message_hashes); the server then
    sends a reference (ref_hash) instead of the message. The tab drops a message after max_cached_message_age
    finished runs without it (NewSession's config), as the frontend's ForwardMsgCache does.
A run ends at the ForwardMsg script_finished; an exception element, a compile error, a page not found, or a
run of another page than the one asked for is an error.
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

LANGUAGE_RADIO = "language_picker"   # the key of the sidebar's language radio (ui/i18n.py)
LANGUAGES = ["ky", "ru", "en"]       # its options, in order
FINISHED = ForwardMsg.FINISHED_SUCCESSFULLY
EARLY = ForwardMsg.FINISHED_EARLY_FOR_RERUN


class SessionError(Exception):
    """The session could not go on (connection refused or closed, a run that never finished)."""


@dataclass
class Run:
    """One rerun: from the BackMsg sent to the script_finished received."""
    page: str
    lang: str
    sent: float              # time.monotonic() when the rerun was sent
    seconds: float = 0.0
    messages: int = 0
    referenced: int = 0      # messages the server sent as a reference to the tab's cache
    errors: list[str] = field(default_factory=list)
    title: str = ""          # the page title the run set (st.set_page_config): shows the language took


async def http_get(base: str, path: str, cookies: dict[str, str], timeout: float) -> tuple[int, dict[str, list[str]]]:
    """GET base+path with the tab's cookies; the status and headers; Set-Cookie lands in cookies."""
    parts = urlsplit(base)
    host, port = parts.hostname, parts.port or 80
    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    try:
        cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
        request = (f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUser-Agent: kg-load\r\nAccept: */*\r\n"
                   + (f"Cookie: {cookie}\r\n" if cookie else "") + "Connection: close\r\n\r\n")
        writer.write(request.encode())
        answer = await asyncio.wait_for(reader.read(), timeout)   # Connection: close, so until EOF
    finally:
        writer.close()
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    status = int(head[0].split()[1])
    headers: dict[str, list[str]] = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    for value in headers.get("set-cookie", []):
        for name, morsel in SimpleCookie(value).items():
            cookies[name] = morsel.value
    return status, headers


class Session:
    """A tab: open() loads a page in a language, switch() goes to another page and language, close()."""

    def __init__(self, base: str, timeout: float = 60.0):
        self.base = base.rstrip("/")
        self.timeout = timeout           # seconds for one run (or the connection) before SessionError
        self.cookies: dict[str, str] = {}
        self.upstream = ""               # the process holding the WebSocket, behind serve_cluster.py's nginx
        self.ws = None
        self.pages: dict[str, str] = {}  # url path -> page_script_hash, from the Navigation message
        self.radio_id = ""
        self.radio_options: list[str] = []
        self.cache: dict[str, int] = {}  # hash of a cached message -> the tab's run count when last used
        self.max_age = 2
        self.finished_runs = 0
        self.page = ""
        self.lang = ""

    async def open(self, page: str, lang: str) -> Run:
        await http_get(self.base, "/", self.cookies, self.timeout)
        await http_get(self.base, "/_stcore/health", self.cookies, self.timeout)
        await http_get(self.base, "/_stcore/host-config", self.cookies, self.timeout)
        uri = self.base.replace("http", "ws", 1) + "/_stcore/stream"
        token = self.cookies.get("_streamlit_xsrf", "PLACEHOLDER_AUTH_TOKEN")
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            self.ws = await asyncio.wait_for(websockets.connect(
                uri, subprotocols=["streamlit", token], origin=self.base, max_size=None, ping_interval=None,
                additional_headers={"Cookie": cookie} if cookie else None, user_agent_header="kg-load",
                open_timeout=self.timeout, proxy=None, max_queue=None),
                self.timeout)
        except (OSError, asyncio.TimeoutError, websockets.InvalidHandshake) as error:
            raise SessionError(f"connect: {error!r}") from error
        self.upstream = self.ws.response.headers.get("X-Upstream", "")
        message = BackMsg()
        state = message.rerun_script
        state.query_string = f"lang={lang}"
        state.page_name = page          # the URL's path; "" is the default page
        state.context_info.timezone = "Asia/Bishkek"
        state.context_info.timezone_offset = -360
        state.context_info.locale = {"ky": "ky-KG", "ru": "ru-RU", "en": "en-US"}.get(lang, "en-US")
        state.context_info.url = f"{self.base}/{page}?lang={lang}"
        state.context_info.is_embedded = False
        state.context_info.color_scheme = "light"
        return await self._run(message, page, lang)

    async def switch(self, page: str, lang: str) -> Run:
        """A page switch from the sidebar carrying the language radio's new value (one rerun, as a user
        who changes both would do in two clicks; the language alone is a rerun of the same page)."""
        message = BackMsg()
        state = message.rerun_script
        state.page_script_hash = self.pages.get(page, "")
        if self.radio_id:
            widget = state.widget_states.widgets.add()
            widget.id = self.radio_id
            widget.string_value = self.radio_options[LANGUAGES.index(lang)]
        state.cached_message_hashes.extend(self.cache)
        return await self._run(message, page, lang)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    async def _run(self, message: BackMsg, page: str, lang: str) -> Run:
        run = Run(page, lang, time.monotonic())
        try:
            await self.ws.send(message.SerializeToString())
            await asyncio.wait_for(self._receive(run), self.timeout)
        except asyncio.TimeoutError as error:
            raise SessionError(f"no script_finished within {self.timeout:.0f} s ({page}, {lang})") from error
        except websockets.ConnectionClosed as error:
            raise SessionError(f"connection closed: {error}") from error
        run.seconds = time.monotonic() - run.sent
        self.page, self.lang = page, lang
        return run

    async def _receive(self, run: Run) -> None:
        while True:
            msg = ForwardMsg()
            msg.ParseFromString(await self.ws.recv())
            run.messages += 1
            kind = msg.WhichOneof("type")
            if kind == "ref_hash":
                run.referenced += 1
                self.cache[msg.ref_hash] = self.finished_runs   # a message used is kept longer
            elif kind == "delta":
                self._delta(msg, run)
            elif kind == "new_session":
                self._new_session(msg.new_session, run)
            elif kind == "navigation":
                self.pages = {page.url_pathname: page.page_script_hash for page in msg.navigation.app_pages}
            elif kind == "page_config_changed":
                run.title = msg.page_config_changed.title
            elif kind == "page_not_found":
                run.errors.append(f"page not found: {msg.page_not_found.page_name!r}")
            elif kind == "session_event" and msg.session_event.WhichOneof("type") == "script_compilation_exception":
                run.errors.append(f"compile error: {msg.session_event.script_compilation_exception.message}")
            elif kind == "script_finished":
                if msg.script_finished == EARLY:
                    continue   # interrupted by a rerun this tab did not ask for: wait for that one
                if msg.script_finished != FINISHED:
                    run.errors.append(f"script_finished status {msg.script_finished}")
                self._age_cache()
                return

    def _new_session(self, new_session, run: Run) -> None:
        self.max_age = new_session.config.max_cached_message_age or self.max_age
        asked = self.pages.get(run.page)
        if asked and new_session.page_script_hash != asked:
            run.errors.append(f"ran page {new_session.page_script_hash[:8]}, not {run.page!r}")

    def _delta(self, msg: ForwardMsg, run: Run) -> None:
        if msg.metadata.cacheable and msg.hash:
            self.cache[msg.hash] = self.finished_runs
        if msg.delta.WhichOneof("type") != "new_element":
            return
        element = msg.delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            text = f"{element.exception.type}: {element.exception.message}"
            run.errors.append(text if not element.exception.is_warning else f"warning {text}")
        elif kind == "radio" and element.radio.id.endswith(LANGUAGE_RADIO):
            self.radio_id, self.radio_options = element.radio.id, list(element.radio.options)

    def _age_cache(self) -> None:
        """The frontend's ForwardMsgCache.incrementRunCount: drop what no run used for max_age runs."""
        self.finished_runs += 1
        for key in [k for k, used in self.cache.items() if self.finished_runs - used > self.max_age]:
            del self.cache[key]
