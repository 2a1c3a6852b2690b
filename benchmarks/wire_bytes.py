"""Bytes over the wire of a first visit to the Overview (`/`): what a new browser receives until the page is
drawn (tests/drawn.py) and the network is idle, counted on the wire: the browser reaches the server through
a relay on 127.0.0.1 that counts every byte the server sends it (HTTP answers as encoded, WebSocket frames
as sent). Playwright's Request.sizes() splits the HTTP part by kind (scripts, fonts, other); the WebSocket
is the rest. Through the app server alone and through the nginx cluster (scripts/serve_cluster.py, 2
processes); before (`streamlit run app.py`; the cluster with the nginx template of BEFORE, which compressed
nothing) and after (server.py and deploy/nginx.conf.template). Target: at most 2.5 MB (2,500,000 bytes)
after, both ways.

    .venv/bin/python benchmarks/wire_bytes.py          # ~4 minutes on 2 cores

server.py compresses each asset for its first visitor at a fast level and then again at the best one in the
background, so each "after" server is measured twice: its very first visitor, and a new visitor once every
process has recompressed what a visit loads; and a later visitor whose browser takes only gzip (browsers ask
for brotli over HTTPS and on localhost, not over plain HTTP to another machine). Servers and relays listen on
free ports in 8700-8749; headless Debian chromium, nothing leaves 127.0.0.1.
"""
from __future__ import annotations

import collections
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

import serve_cluster  # noqa: E402
from benchmarks import browser as bench  # noqa: E402
from tests.test_api import free_port as port_in_range  # noqa: E402 - a free port in 8700-8749
from tests.test_deployment import CHROMIUM_ARGS  # noqa: E402

BEFORE = "d2fcf33"          # the last commit before server.py: its nginx template had no compression
TARGET = 2_500_000          # bytes
IDLE_TIMEOUT = 180          # s to wait for the servers' background recompression
def say(message: str) -> None:
    print(f"[wire] {message}", flush=True)



class Relay:
    """127.0.0.1:<port> -> the server: passes every byte on and counts those the server sends."""

    def __init__(self, target: str):
        self.target = urlsplit(target).port
        self.listener = socket.create_server(("127.0.0.1", port_in_range()))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.sent = 0
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                browser_side, _ = self.listener.accept()
            except OSError:
                return
            server_side = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pipe, args=(browser_side, server_side, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server_side, browser_side, True), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, counted: bool) -> None:
        try:
            while chunk := source.recv(65536):
                if counted:
                    with self.lock:
                        self.sent += len(chunk)
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self.listener.close()


@dataclass
class Visit:
    drawn: bool
    total: int = 0                                                             # bytes the server sent
    kinds: collections.Counter = field(default_factory=collections.Counter)   # HTTP: resource type -> bytes
    assets: list[str] = field(default_factory=list)                            # the paths it loaded

    @property
    def websocket(self) -> int:
        return max(0, self.total - sum(self.kinds.values()))


GZIP_ONLY = {"Accept-Encoding": "gzip, deflate"}     # what Chromium asks over plain HTTP from another machine


def first_visit(browser, url: str, headers: dict | None = None) -> Visit:
    """A new browser (empty cache) opens `url`/ through a relay; what the server sent until the page was drawn
    and the network idle."""
    relay = Relay(url)
    context, page = bench.new_page(browser)
    context.set_extra_http_headers(headers or {})
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    try:
        page.goto(relay.url + "/", wait_until="commit")
        drawn = bench.wait_drawn(page) is not None
        try:
            page.wait_for_load_state("networkidle", timeout=10_000)
        except Exception:  # noqa: BLE001 - a request still open after 10 s is left out
            pass
        visit = Visit(drawn)
        for request in finished:
            sizes = request.sizes()
            visit.kinds[request.resource_type] += max(0, sizes["responseHeadersSize"]) + max(
                0, sizes["responseBodySize"])
            visit.assets.append(urlsplit(request.url).path)
    finally:
        context.close()
        relay.close()
    time.sleep(0.5)                     # the connections' last bytes
    visit.total = relay.sent
    return visit


def warm(assets: list[str], origins: list[str]) -> None:
    """Ask every process for what a visit loads, as a browser that takes brotli does (the first request of each
    asset is what starts its recompression)."""
    for origin in origins:
        for path in assets:
            if path == "/" or path.startswith("/static/"):
                request = urllib.request.Request(origin + path, headers={"Accept-Encoding": "br, gzip"})
                with urllib.request.urlopen(request, timeout=60) as answer:
                    answer.read()


def wait_idle(pids: list[int]) -> float:
    """Until the processes used under 0.02 s of CPU in each of three 2-s windows (their background work, at low
    priority, gets some CPU even on a busy machine); seconds waited."""
    started, quiet = time.monotonic(), 0
    before = sum(bench.cpu_seconds(p) for p in pids)
    while quiet < 3 and time.monotonic() - started < IDLE_TIMEOUT:
        time.sleep(2)
        now = sum(bench.cpu_seconds(p) for p in pids)
        quiet = quiet + 1 if now - before < 0.02 else 0
        before = now
    return time.monotonic() - started


def measure(browser, name: str, url: str, origins: list[str], pids: list[int], later: bool) -> list[tuple]:
    rows = [(name, "first visitor", first_visit(browser, url))]
    if later:
        warm(rows[0][2].assets, origins)
        waited = wait_idle(pids)
        say(f"{name}: background recompression done after {waited:.0f} s")
        rows.append((name, "a later visitor", first_visit(browser, url)))
        rows.append((name, "later, gzip only", first_visit(browser, url, GZIP_ONLY)))
    for row in rows:
        say(f"{row[0]}, {row[1]}: {row[2].total:,} bytes{'' if row[2].drawn else ' (NOT DRAWN)'}")
    return rows


def app_server(browser, script: str, later: bool) -> list[tuple]:
    with bench.Server(script) as server:
        server.wait_healthy()
        return measure(browser, f"app server, {'after' if later else 'before'} ({script})", server.url, [server.url],
                       [server.process.pid], later)


def old_template() -> Path | None:
    shown = subprocess.run(["git", "show", f"{BEFORE}:deploy/nginx.conf.template"], cwd=ROOT, capture_output=True)
    if shown.returncode != 0:
        return None
    path = Path(tempfile.mkdtemp(prefix="wire-bytes-")) / "nginx.conf.template"
    path.write_bytes(shown.stdout)
    return path


def cluster(browser, script: str, template: Path, later: bool) -> list[tuple]:
    with serve_cluster.Cluster(port=port_in_range(), workers=2, script=script, template=template) as running:
        name = f"nginx cluster, {'after' if later else 'before'} ({script}, {'this' if later else BEFORE} template)"
        return measure(browser, name, running.url, [w.url for w in running.pool],
                       [w.process.pid for w in running.pool], later)


def report(rows: list[tuple]) -> None:
    print(f"\n{'configuration':58} {'visitor':16} {'total':>11} {'scripts':>10} {'fonts':>9} {'other':>8} "
          f"{'websocket':>10}")
    for name, who, visit in rows:
        kinds = visit.kinds
        other = sum(kinds.values()) - kinds["script"] - kinds["font"]
        print(f"{name:58} {who:16} {visit.total:>11,} {kinds['script']:>10,} {kinds['font']:>9,} {other:>8,} "
              f"{visit.websocket:>10,}{'' if visit.drawn else '  not drawn'}")
    after = [visit for name, who, visit in rows if ", after" in name and "gzip" not in who]
    worst = max(v.total for v in after)
    met = worst <= TARGET and all(v.drawn for v in after)
    print(f"\ntarget: at most {TARGET:,} bytes after, both ways, for a browser that takes brotli: "
          f"{'met' if met else 'MISSED'} (largest: {worst:,} bytes = {worst / 1e6:.2f} MB)")


def main() -> int:
    from playwright.sync_api import sync_playwright

    # The benchmark's servers and the cluster's processes take their ports from 8700-8749.
    bench.free_port = port_in_range
    serve_cluster.free_port = port_in_range
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=bench.CHROMIUM, args=CHROMIUM_ARGS)
        rows += app_server(browser, "app.py", later=False)
        rows += app_server(browser, "server.py", later=True)
        if serve_cluster.find_nginx() is None:
            say("no nginx: the cluster is left out (apt-get install nginx)")
        else:
            template = old_template()
            if template is None:
                say(f"git cannot show {BEFORE}: the cluster before is left out")
            else:
                rows += cluster(browser, "app.py", template, later=False)
            rows += cluster(browser, "server.py", serve_cluster.TEMPLATE, later=True)
        browser.close()
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
