"""A cluster worker's death under load (benchmarks/load.py --kill-test).

scripts/serve_cluster.py with 2 processes behind nginx; --sessions tabs (50) switch page and language every
--interval s; after 20 s one process is killed (SIGKILL). A tab whose connection drops does what Streamlit's
frontend does: it polls /_stcore/health, opens a new WebSocket with its cookies and reloads the view of its
URL (page and ?lang=), here until it has one. It prints:
  - errors of the tabs on the surviving process (target: none), and exceptions anywhere;
  - the tabs that were on the killed process: how many, and the time from the kill to each one's view
    shown again (target: within 10 s);
  - the killed process: the time until serve_cluster.py has restarted it and it answers /_stcore/health,
    and until a tab opened on it directly has its page (target: within 10 s);
  - nginx (its access.log): the requests it sent to the dead process after its first failure there.
"""
from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import time
from pathlib import Path

from load_client import LANGUAGES, Session, SessionError, http_get
from load_servers import ClusterServer

SETTLE = 20.0        # seconds of load before the kill
AFTER = 40.0         # seconds of load after it
RETRY = 0.5          # the tab's first reconnection delay, doubled up to 4 s (the frontend backs off too)


async def reconnect(url: str, page: str, lang: str, cookies: dict, timeout: float) -> tuple[Session, object]:
    """Health first, then a new session on the view of the tab's URL; until it loads."""
    delay = RETRY
    while True:
        try:
            status, _ = await http_get(url, "/_stcore/health", dict(cookies), 5.0)
            if status == 200:
                session = Session(url, timeout)
                session.cookies = dict(cookies)
                return session, await session.open(page, lang)
        except (SessionError, OSError):
            pass
        await asyncio.sleep(delay)
        delay = min(delay * 2, 4.0)


async def kill_test(cluster: ClusterServer, sessions: int, interval: float, timeout: float, pages: list[str],
                    seed: int = 1) -> dict:
    rng = random.Random(seed)
    stopping = asyncio.Event()
    killed: dict = {}
    # exceptions: exception elements (and failed first loads) anywhere; lost: a connection lost on the process
    # that was not killed; recovered: seconds from the kill to the view shown again, per tab on the killed one
    report = {"exceptions": [], "lost": [], "recovered": [], "not_recovered": 0, "on_killed": 0, "landed": {}}

    async def tab(index: int) -> None:
        tab_rng = random.Random(rng.random())
        await asyncio.sleep(tab_rng.uniform(0, interval))
        session = Session(cluster.url, timeout)
        try:
            run = await session.open(tab_rng.choice(pages), tab_rng.choice(LANGUAGES))
        except SessionError as error:
            report["exceptions"].append(f"load: {error}")
            return
        report["exceptions"].extend(run.errors)
        while not stopping.is_set():
            # The frontend sees a closed WebSocket at once: wait for the next switch or for that.
            closed = asyncio.ensure_future(session.ws.wait_closed())
            await asyncio.wait([closed], timeout=interval * tab_rng.uniform(0.8, 1.2))
            if stopping.is_set() and not closed.done():
                closed.cancel()
                break
            try:
                if closed.done():
                    raise SessionError("connection closed")
                closed.cancel()
                run = await session.switch(tab_rng.choice([p for p in pages if p != session.page]),
                                           tab_rng.choice(LANGUAGES))
            except SessionError as error:
                if not (killed and session.upstream.endswith(f":{killed['port']}")):
                    report["lost"].append(f"{session.upstream}: {error}")
                    return
                report["on_killed"] += 1
                try:   # the view in the tab's URL: the page and ?lang= it last showed
                    session, run = await asyncio.wait_for(
                        reconnect(cluster.url, session.page, session.lang, session.cookies, timeout), AFTER)
                except asyncio.TimeoutError:
                    report["not_recovered"] += 1
                    return
                report["recovered"].append(time.monotonic() - killed["at"])
                report["landed"][session.upstream] = report["landed"].get(session.upstream, 0) + 1
            report["exceptions"].extend(run.errors)
        await session.close()

    tasks = [asyncio.create_task(tab(i)) for i in range(sessions)]
    await asyncio.sleep(SETTLE)
    victim = cluster.state()["workers"][0]
    killed.update(port=victim["port"], pid=victim["pid"], at=time.monotonic(), wall=time.time())
    os.kill(victim["pid"], signal.SIGKILL)
    worker_url = f"http://127.0.0.1:{victim['port']}"
    while True:
        try:
            if (await http_get(worker_url, "/_stcore/health", {}, 2.0))[0] == 200:
                break
        except OSError:
            pass
        await asyncio.sleep(0.2)
    report["restarted_healthy"] = time.monotonic() - killed["at"]
    direct = Session(worker_url, timeout)
    await direct.open("", "en")
    report["restarted_served"] = time.monotonic() - killed["at"]
    await direct.close()
    await asyncio.sleep(max(0.0, AFTER - (time.monotonic() - killed["at"])))
    stopping.set()
    await asyncio.gather(*tasks)
    report["victim"] = victim
    report["killed_wall"] = killed["wall"]
    return report


LOG_TIME = re.compile(r"\[(\d+/\w+/\d+:\d+:\d+:\d+ [+-]\d+)\]")


def dead_requests(access_log: Path, port: int, since: float) -> tuple[int, int]:
    """(requests nginx tried on the dead process after the kill, of which after its first failure there)."""
    from datetime import datetime

    tried = after_first = 0
    failed_once = False
    for line in access_log.read_text(errors="replace").splitlines():
        stamp = LOG_TIME.search(line)
        upstream = re.search(r'upstream="([^"]*)"', line)
        if not stamp or not upstream or datetime.strptime(stamp.group(1), "%d/%b/%Y:%H:%M:%S %z").timestamp() < since - 1:
            continue
        addresses = [a.strip() for a in upstream.group(1).split(",")]
        dead = f"127.0.0.1:{port}"
        if dead in addresses[:-1]:          # tried there, then passed on to the next process: a failure
            tried += 1
            after_first += failed_once
            failed_once = True
    return tried, after_first


def run_kill_test(args) -> int:
    from load import DEFAULT_SESSIONS, PAGES, path_of, say, warm   # here: load.py imports this module when asked

    with ClusterServer(args.port + 2, 2, args.flag, root=args.root) as cluster:
        for url in cluster.worker_urls:
            asyncio.run(warm(url, PAGES))
        sessions = args.sessions[0] if args.sessions != DEFAULT_SESSIONS else 50
        say(f"{sessions} sessions on {cluster.url}; process 0 is killed after {SETTLE:.0f} s")
        report = asyncio.run(kill_test(cluster, sessions, args.interval, args.timeout,
                                       [path_of(p) for p in (args.pages or PAGES)], args.seed))
        tried, after_first = dead_requests(cluster.dir / "access.log", report["victim"]["port"], report["killed_wall"])
    recovered = sorted(report["recovered"])
    say(f"tabs on the killed process: {report['on_killed']}; view shown again after "
        f"{recovered[0]:.1f}-{recovered[-1]:.1f} s (median {recovered[len(recovered) // 2]:.1f} s)"
        if recovered else f"tabs on the killed process: {report['on_killed']}; none recovered")
    say(f"not recovered within {AFTER:.0f} s: {report['not_recovered']}; reconnected to: {report['landed']} "
        f"(the killed process was {report['victim']['port']})")
    say(f"sessions lost on the surviving process: {len(report['lost'])}; exceptions anywhere: "
        f"{len(report['exceptions'])}")
    for error in (report["lost"] + report["exceptions"])[:5]:
        print(f"    error: {error[:300]}", flush=True)
    say(f"killed process restarted and healthy after {report['restarted_healthy']:.1f} s, its first page "
        f"served after {report['restarted_served']:.1f} s")
    say(f"nginx: {tried} requests tried on the dead process, {after_first} of them after its first failure")
    ok = (not report["lost"] and not report["exceptions"] and not report["not_recovered"]
          and (not recovered or recovered[-1] <= 10) and report["restarted_served"] <= 10 and after_first == 0)
    return int(not ok)
