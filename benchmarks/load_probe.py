"""`streamlit run` with a probe: what the server holds, written to a file every second (benchmarks/load.py).

    KG_LOAD_PROBE=/tmp/probe.json .venv/bin/python benchmarks/load_probe.py server.py --server.port 8760 ...

The arguments are those of `streamlit run`. The probe thread writes one JSON object (replaced atomically):
  active        sessions with an open WebSocket
  stored        disconnected sessions kept for a reconnect and not yet expired (server.disconnectedSessionTTL)
  stored_kept   the same with the expired ones the store has not reaped yet (it reaps on its next write)
  alive         AppSession objects not yet freed (weak references; a cycle waits for the garbage collector)
  gc_full, gc_full_seconds   full collections (generation 2) and the time they took, from gc.callbacks
  post_script_gc   the runner.postScriptGC the server runs with
Only reads: it changes nothing the server does (reading the store's length would reap it, so it does not).
"""
from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time
import weakref
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_sessions: weakref.WeakSet = weakref.WeakSet()
_gc = {"full": 0, "seconds": 0.0, "started": 0.0}


def _on_gc(phase: str, info: dict) -> None:
    if info.get("generation") != 2:
        return
    if phase == "start":
        _gc["started"] = time.perf_counter()
    else:
        _gc["full"] += 1
        _gc["seconds"] += time.perf_counter() - _gc["started"]


def _track_sessions() -> None:
    from streamlit.runtime.app_session import AppSession

    original = AppSession.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        _sessions.add(self)

    AppSession.__init__ = init


def snapshot() -> dict:
    from streamlit import config
    from streamlit.runtime import Runtime

    state = {"time": time.time(), "alive": len(_sessions), "gc_full": _gc["full"],
             "gc_full_seconds": round(_gc["seconds"], 4),
             "post_script_gc": config.get_option("runner.postScriptGC")}
    if Runtime.exists():
        manager = Runtime.instance()._session_mgr
        store = manager._session_storage._cache
        state.update(active=len(manager.list_active_sessions()), stored=store.currsize, stored_kept=len(store._data))
    return state


def _write_every_second(path: Path) -> None:
    partial = path.with_suffix(".partial")
    while True:
        try:
            partial.write_text(json.dumps(snapshot()))
            os.replace(partial, path)
        except Exception as error:   # the probe must never stop the server it watches
            print(f"[load_probe] {error!r}", file=sys.stderr, flush=True)
        time.sleep(1.0)


def main() -> None:
    path = Path(os.environ["KG_LOAD_PROBE"])
    gc.callbacks.append(_on_gc)
    _track_sessions()
    threading.Thread(target=_write_every_second, args=(path,), daemon=True, name="load-probe").start()
    sys.path[0] = os.getcwd()   # as `python -m streamlit` run in the checkout: not benchmarks/ first
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", *sys.argv[1:]]
    cli.main()


if __name__ == "__main__":
    main()
