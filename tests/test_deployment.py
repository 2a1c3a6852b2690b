"""The cluster of scripts/serve_cluster.py: nginx in front of two Streamlit processes.

Health through nginx, pages drawn in headless Chromium through it with nothing leaving
localhost, sticky sessions (each browser stays on its process, different browsers use both),
and a clean stop on SIGTERM.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT
from tests.drawn import wait_until_drawn

sys.path.insert(0, str(ROOT / "scripts"))
from serve_cluster import find_nginx  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
OUTPUT = ROOT / "test-output" / "deployment"
WORKERS = 2
START_TIMEOUT = 180  # seconds: two Streamlit processes on a busy 2-core machine

needs_nginx = pytest.mark.skipif(
    find_nginx() is None,
    reason="nginx is not installed (python3 scripts/dev.py test installs Debian's nginx with apt-get)")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (python3 scripts/dev.py test installs it)")
pytestmark = needs_nginx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, headers: dict | None = None, timeout: float = 5):
    """(status, headers (an email.message.Message: get_all for repeated ones), body)."""
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        return answer.status, answer.headers, answer.read().decode()


def wait_drawn(page, after: int = 0, timeout: float = 60_000) -> int:
    """Wait until a run later than `after` has drawn the whole page (tests/drawn.py)."""
    return wait_until_drawn(page, after, timeout)


# Streamlit's frontend, opened on a page's path (/poverty), first looks for its server under that
# path (/poverty/_stcore/health, /poverty/_stcore/host-config) and gets 404 before it tries /.
# The same happens without nginx (tests/test_browser.py); any other failed request is an error.
BASE_PATH_PROBE = re.compile(r"^/[^/]+/_stcore/(health|host-config)$")


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme not in ("http", "https", "ws", "wss") or parsed.hostname in LOCAL_HOSTS


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("cluster")
    port = free_port()
    log = open(run_dir / "serve_cluster.out", "w")
    process = subprocess.Popen(
        [sys.executable, "scripts/serve_cluster.py", "--port", str(port), "--workers", str(WORKERS),
         "--run-dir", str(run_dir)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    state = run_dir / "cluster.json"
    while not state.is_file():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the cluster did not start:\n{(run_dir / 'serve_cluster.out').read_text()}")
        time.sleep(0.3)
    info = {**json.loads(state.read_text()), "process": process, "run_dir": run_dir, "url": url}
    yield info
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
    log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def worker_addresses(cluster) -> set[str]:
    return {f"127.0.0.1:{w['port']}" for w in cluster["workers"]}


def test_health_through_nginx_and_of_every_process(cluster):
    status, headers, body = get(f"{cluster['url']}/_stcore/health")
    assert (status, body) == (200, "ok")
    assert headers["Server"].startswith("nginx")
    assert headers["X-Upstream"] in worker_addresses(cluster)
    assert any(cookie.startswith("st_route=") for cookie in headers.get_all("Set-Cookie"))
    for worker in cluster["workers"]:
        assert get(f"http://127.0.0.1:{worker['port']}/_stcore/health")[2] == "ok"


def test_nginx_config_routes_websocket_and_sticks(cluster):
    config = (cluster["run_dir"] / "nginx.conf").read_text()
    stream = re.search(r"location = /_stcore/stream \{(.*?)\}", config, re.S).group(1)
    assert "proxy_set_header Upgrade $http_upgrade;" in stream
    assert "proxy_set_header Connection $connection_upgrade;" in stream
    assert int(re.search(r"proxy_read_timeout (\d+)s;", stream).group(1)) >= 3600
    assert "proxy_http_version 1.1;" in config
    assert "hash $st_route_key consistent;" in config
    assert "location = /_stcore/health" in config
    for address in worker_addresses(cluster):
        assert f"server {address} " in config
    assert f"listen 127.0.0.1:{urlparse(cluster['url']).port};" in config


def test_a_cookie_keeps_its_process(cluster):
    seen = {}
    for route in ("a", "b", "c", "d", "e", "f", "g", "h"):
        answers = {get(f"{cluster['url']}/_stcore/health", {"Cookie": f"st_route={route}"})[1]["X-Upstream"]
                   for _ in range(3)}
        assert len(answers) == 1, f"route {route} was sent to {answers}"
        seen[route] = answers.pop()
    assert set(seen.values()) <= worker_addresses(cluster)


@needs_chromium
@pytest.mark.parametrize("path, lang", [("coverage", "en"), ("poverty", "ru")])
def test_pages_draw_through_nginx(cluster, browser, path, lang):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    requests, console_errors, failed = [], [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("websocket", lambda socket_: requests.append(socket_.url))
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    answer = page.goto(f"{cluster['url']}/{path}?lang={lang}")
    assert answer.status == 200 and answer.headers["x-upstream"] in worker_addresses(cluster)
    wait_drawn(page)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{path}-{lang}.png"), full_page=True)
    assert page.locator("[data-testid='stException']").count() == 0
    if path == "coverage":
        assert page.locator("[data-testid='stDataFrame']").count() == 1
    else:
        assert page.locator(".js-plotly-plot .main-svg").count() > 0
        assert page.locator("[data-testid='stPlotlyChart']").count() >= 3
    assert any(urlparse(u).scheme == "ws" and u.endswith("/_stcore/stream") for u in requests), \
        "the page's WebSocket did not open through nginx"
    outside = [u for u in requests if not is_local(u)]
    assert outside == [], f"requests left localhost: {outside}"
    assert [u for u in failed if not BASE_PATH_PROBE.match(urlparse(u).path)] == []
    assert [e for e in console_errors if not e.startswith("Failed to load resource")] == []
    assert len(console_errors) <= len(failed)
    context.close()


def stream_lines(run_dir: Path) -> list[tuple[str, str]]:
    """(route cookie, upstream) of every WebSocket nginx logged (logged when it closes)."""
    lines = (run_dir / "access.log").read_text().splitlines()
    found = []
    for line in lines:
        if '"GET /_stcore/stream' in line:
            match = re.search(r'route="([^"]*)" upstream="([^"]*)"', line)
            found.append((match.group(1), match.group(2)))
    return found


@needs_chromium
def test_browsers_are_spread_over_processes_and_each_stays_on_its_own(cluster, browser):
    url = cluster["url"]
    # New browsers get a random route cookie with their first answer: open some until two
    # of them are on different processes (the chance that 16 all land on one is 2 in 65,536).
    chosen, spare = {}, []
    for _ in range(16):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.request.get(f"{url}/_stcore/health")
        upstream = context.request.get(f"{url}/_stcore/health").headers["x-upstream"]
        route = next(c["value"] for c in context.cookies() if c["name"] == "st_route")
        if upstream in chosen:
            spare.append(context)
        else:
            chosen[upstream] = (context, route)
        if len(chosen) == WORKERS:
            break
    for context in spare:
        context.close()
    assert set(chosen) == worker_addresses(cluster), f"16 browsers were all sent to {set(chosen)}"

    served = {}
    for upstream, (context, route) in chosen.items():
        page = context.new_page()
        served[upstream] = set()
        # blob: and data: URLs the page makes itself never reach a server
        page.on("response", lambda response, seen=served[upstream]: seen.add(response.headers.get("x-upstream"))
                if response.url.startswith("http") else None)
        page.goto(f"{url}/coverage?lang=en")
        wait_drawn(page)
        page.reload()
        wait_drawn(page)
        assert page.locator("[data-testid='stException']").count() == 0
    for upstream in chosen:
        assert served[upstream] == {upstream}, f"a browser on {upstream} was also answered by {served[upstream]}"
    for context, _ in chosen.values():
        context.close()

    # Each browser's WebSockets (one per page load) went to its process.
    routes = {route: upstream for upstream, (_, route) in chosen.items()}
    deadline = time.monotonic() + 15
    while True:
        streams = [(r, u) for r, u in stream_lines(cluster["run_dir"]) if r in routes]
        if len(streams) >= 2 * len(routes) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert len(streams) >= 2 * len(routes), f"nginx logged these WebSockets: {streams}"
    for route, upstream in streams:
        assert upstream == routes[route], f"a WebSocket of the browser on {routes[route]} went to {upstream}"


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state


def test_stops_cleanly_on_sigterm(cluster):
    """Runs last: SIGTERM stops nginx and every process, and the script exits 0."""
    process = cluster["process"]
    pids = [cluster["nginx_pid"], *(w["pid"] for w in cluster["workers"])]
    assert all(alive(pid) for pid in pids)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0, (cluster["run_dir"] / "serve_cluster.out").read_text()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [pid for pid in pids if alive(pid)] == []
    for port in [urlparse(cluster["url"]).port, *(w["port"] for w in cluster["workers"])]:
        with socket.socket() as sock:
            sock.settimeout(1)
            assert sock.connect_ex(("127.0.0.1", port)) != 0, f"port {port} still answers"
    assert "stopped" in (cluster["run_dir"] / "serve_cluster.out").read_text()
