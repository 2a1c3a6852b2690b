"""benchmarks/load.py against real servers: its sessions speak Streamlit's protocol as a browser does (pages
and languages switch, nothing fails), no first load fails however many arrive at once, and a long day of
sessions leaves the server's memory bounded and its sessions released. Conditions only: the timings are the
benchmark's (benchmarks/load.py prints them)."""
from __future__ import annotations

import asyncio
import os
import sys
import time

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from load import PAGES, path_of, run_load, soak  # noqa: E402
from load_client import LANGUAGES, Session  # noqa: E402
from load_servers import Server, rss_mb  # noqa: E402

PORTS = iter(range(8790, 8800))   # this file's servers (benchmarks/load.py uses 8760 and up)
SOAK_SESSIONS = 300
SOAK_TTL = 3                      # server.disconnectedSessionTTL for the soak, seconds (Streamlit's default 120)

# Makes the race of concurrent first loads certain: PIL.Image sits in sys.modules, uninitialised, for 1 s
# while it is imported. plotly looks it up there (without the import lock) for every figure it serialises,
# so a page drawing a chart in that second failed with "partially initialized module 'PIL.Image'".
SLOW_PIL_IMAGE = '''
import importlib.abc, importlib.util, sys, time

class SlowPILImage(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "PIL.Image":
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        run = spec.loader.exec_module
        def exec_module(module):
            time.sleep(1.0)
            run(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, SlowPILImage())
'''


@pytest.fixture(scope="module")
def server():
    with Server("server.py", next(PORTS)) as running:
        yield running


def test_sessions_switch_pages_and_languages(server):
    """Three tabs at once through every page in every language: each run is the page asked for (the client
    checks the page the server ran), each language shows its own title, no exception element anywhere."""
    async def tab(offset: int) -> list:
        session = Session(server.url, timeout=180)
        runs = [await session.open(path_of(PAGES[offset]), LANGUAGES[offset])]
        for step in range(1, len(PAGES) + 1):
            runs.append(await session.switch(path_of(PAGES[(offset + step) % len(PAGES)]),
                                             LANGUAGES[(offset + step) % len(LANGUAGES)]))
        await session.close()
        assert session.radio_id and len(session.pages) >= len(PAGES), "navigation or language switch not seen"
        return runs

    async def three() -> list:
        return await asyncio.gather(*(tab(offset) for offset in range(3)))

    runs = [run for tab_runs in asyncio.run(three()) for run in tab_runs]
    assert [error for run in runs for error in run.errors] == []
    assert {run.page for run in runs} == {path_of(page) for page in PAGES}
    titles = {lang: {run.title for run in runs if run.lang == lang and run.title} for lang in LANGUAGES}
    assert all(titles.values()), titles
    assert not (titles["ky"] & titles["ru"] or titles["ru"] & titles["en"] or titles["ky"] & titles["en"]), titles


def test_generator_accounts_for_every_session(server):
    """run_load, the benchmark's loop: three sessions held to the end, every rerun in the window counted."""
    result = asyncio.run(run_load(server.url, 3, lambda: server.pids, interval=1.0, duration=15.0, timeout=180))
    assert result.errors == []
    assert (result.held, result.not_loaded, len(result.loads)) == (3, 0, 3)
    assert result.switches, "no rerun was sent in the window"
    assert result.cpu > 0 and result.rss > 0, "the server's /proc figures were not read"


def test_first_loads_at_once_never_fail(tmp_path):
    """Twelve first loads at once on a fresh server, with PIL.Image's import made slow (see SLOW_PIL_IMAGE):
    every page draws, none shows an exception."""
    (tmp_path / "sitecustomize.py").write_text(SLOW_PIL_IMAGE)
    os.environ["PYTHONPATH"], before = str(tmp_path), os.environ.get("PYTHONPATH")
    try:
        with Server("server.py", next(PORTS)) as fresh:
            pages = ["data", "overview", "poverty", "wages", "labour", "pensions"]
            result = asyncio.run(run_load(fresh.url, 12, lambda: fresh.pids, interval=60.0, duration=0.5, ramp=0.0,
                                          timeout=240, pages=pages))
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before
    assert result.errors == []
    assert (result.held, len(result.loads)) == (12, 12)


def test_soak_memory_bounded_and_sessions_released():
    """Sessions one after another (open, a page switch, close): memory after them within 10% of after the
    first 100, and none held once server.disconnectedSessionTTL has passed (runner.postScriptGC off: no
    collection after each run, the memory must stay bounded without it)."""
    flags = ["--server.disconnectedSessionTTL", str(SOAK_TTL)]
    with Server("server.py", next(PORTS), flags, probe=True) as running:
        memory = {}
        errors = asyncio.run(soak(running.url, SOAK_SESSIONS, timeout=180,
                                  on_step=lambda done: memory.setdefault(done, rss_mb(running.pids))))
        deadline = time.monotonic() + SOAK_TTL + 60
        probe = running.read_probe()
        while (probe.get("active"), probe.get("stored")) != (0, 0) and time.monotonic() < deadline:
            time.sleep(1.0)
            probe = running.read_probe()
        # The store frees expired sessions on its next write: after one more session, only that one is kept.
        errors += asyncio.run(soak(running.url, 1, timeout=180))
        finished = time.time()
        reaped = running.read_probe()
        while reaped.get("time", 0) <= finished and time.monotonic() < deadline + 30:   # a snapshot taken after it
            time.sleep(0.5)
            reaped = running.read_probe()
    assert errors == []
    assert memory[SOAK_SESSIONS] <= memory[100] * 1.10, memory
    assert probe["post_script_gc"] is False
    assert (probe["active"], probe["stored"]) == (0, 0), probe
    assert reaped["stored_kept"] <= 1, reaped
