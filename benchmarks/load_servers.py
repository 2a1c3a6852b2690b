"""The servers benchmarks/load.py measures: one `streamlit run` process, or scripts/serve_cluster.py; their CPU
and memory read from /proc (Linux; the figures psutil would give, without adding it to the requirements)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from serve_cluster import healthy, stop_process  # noqa: E402

START_TIMEOUT = 180.0   # seconds for a server to answer /_stcore/health on a busy 2-core machine
TICKS = os.sysconf("SC_CLK_TCK")
# Streamlit's own defaults for the server settings .streamlit/config.toml changes, as `streamlit run` flags (the
# cluster gets them as STREAMLIT_* environment variables): the baseline the repository's settings are measured against.
STREAMLIT_DEFAULTS = ["--runner.postScriptGC", "true", "--server.fileWatcherType", "auto",
                      "--server.enableWebsocketCompression", "false"]


def wait_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not healthy(url):
        if process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode}:\n{log.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} not healthy within {START_TIMEOUT:.0f} s")
        time.sleep(0.25)


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of the processes (all their threads) so far; a pid gone counts 0."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])     # utime, stime (fields 14 and 15 of stat)
        except (OSError, IndexError):
            pass
    return total / TICKS


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


class Started:
    """What both kinds of server share: the address, and stopping it with its temporary directory."""
    port: int
    process: subprocess.Popen | None
    dir: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        raise NotImplementedError

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process, signal.SIGTERM)
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@dataclass
class Server(Started):
    """`streamlit run <script>` on 127.0.0.1:port with the given flags (with benchmarks/load_probe.py when probe)."""
    script: str
    port: int
    flags: list[str] = field(default_factory=list)
    probe: bool = False
    root: Path = ROOT        # the checkout served (a scratch copy to try a change)
    process: subprocess.Popen | None = None

    def __post_init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="kg-load-"))
        self.log = self.dir / "server.log"
        self.probe_file = self.dir / "probe.json"

    @property
    def pids(self) -> list[int]:
        return [self.process.pid] if self.process else []

    @property
    def worker_urls(self) -> list[str]:
        return [self.url]

    def start(self) -> Server:
        runner = [str(ROOT / "benchmarks" / "load_probe.py")] if self.probe else ["-m", "streamlit", "run"]
        command = [sys.executable, *runner, self.script, "--server.port", str(self.port),
                   "--server.address", "127.0.0.1", "--server.headless", "true", *self.flags]
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "KG_LOAD_PROBE": str(self.probe_file)}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(command, cwd=self.root, stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        wait_healthy(self.url, self.process, self.log)
        return self

    def read_probe(self) -> dict:
        try:
            return json.loads(self.probe_file.read_text())
        except (OSError, ValueError):
            return {}



def flags_as_env(flags: list[str]) -> dict[str, str]:
    """["--runner.postScriptGC", "true"] -> {"STREAMLIT_RUNNER_POST_SCRIPT_GC": "true"} (how Streamlit names them)."""
    from streamlit.config_option import ConfigOption

    env = {}
    for name, value in zip(flags[::2], flags[1::2]):
        env[ConfigOption(name.removeprefix("--"), description="", default_val=None).env_var] = value
    return env


@dataclass
class ClusterServer(Started):
    """scripts/serve_cluster.py as it is run (its restart loop included), nginx on 127.0.0.1:port."""
    port: int
    workers: int = 2
    flags: list[str] = field(default_factory=list)
    root: Path = ROOT
    process: subprocess.Popen | None = None

    def __post_init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="kg-load-cluster-"))
        self.log = self.dir / "serve_cluster.out"

    def state(self) -> dict:
        try:
            return json.loads((self.dir / "cluster.json").read_text())
        except (OSError, ValueError):
            return {}

    @property
    def pids(self) -> list[int]:
        """The Streamlit processes (read each time: a restarted one has a new pid)."""
        return [worker["pid"] for worker in self.state().get("workers", [])]

    @property
    def worker_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{worker['port']}" for worker in self.state().get("workers", [])]

    def start(self) -> ClusterServer:
        command = [sys.executable, str(self.root / "scripts" / "serve_cluster.py"), "--port", str(self.port),
                   "--workers", str(self.workers), "--run-dir", str(self.dir)]
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **flags_as_env(self.flags)}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(command, cwd=self.root, stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT * 2
        while "ready:" not in self.log.read_text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"serve_cluster.py did not start:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.25)
        return self

