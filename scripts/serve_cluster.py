"""Serve the dashboard to many people: N Streamlit processes behind nginx with sticky sessions.

    .venv/bin/python scripts/serve_cluster.py                      # 2 processes, http://127.0.0.1:8080
    .venv/bin/python scripts/serve_cluster.py --port 8000 --workers 4
    .venv/bin/python scripts/serve_cluster.py --print-config        # the nginx.conf it would use

Each Streamlit process (server.py: the app, its data API and compressed assets) listens on its own
free 127.0.0.1 port; nginx (Debian's package, run as the current user with its pid, logs and temp
files in a run directory) listens on --address:--port and routes every browser to one process
(deploy/nginx.conf.template says how). The script waits until every process and nginx answer
/_stcore/health, prints the address, restarts a process that dies, and on Ctrl+C or SIGTERM stops
nginx first, then the processes, and exits 0.
See docs/deployment.md.
"""
from __future__ import annotations

import argparse
import ctypes
import getpass
import grp
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
SCRIPT = "server.py"       # what each process runs: the app with the data API (benchmarks/wire_bytes.py runs app.py)
NGINX_CANDIDATES = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")
START_TIMEOUT = 120.0      # seconds for every process and nginx to answer /_stcore/health
STOP_TIMEOUT = 15.0        # seconds a process gets to exit after SIGTERM before SIGKILL
MAX_RESTARTS = 3           # per process; a process that keeps dying stops the cluster


def say(message: str) -> None:
    print(f"[cluster] {message}", flush=True)


def find_nginx() -> str | None:
    found = shutil.which("nginx")
    if found:
        return found
    return next((path for path in NGINX_CANDIDATES if os.access(path, os.X_OK)), None)


def free_port(address: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((address, 0))
        return sock.getsockname()[1]


def healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=timeout) as answer:
            return answer.status == 200
    except OSError:
        return False


def render_config(listen: str, run_dir: Path, worker_ports: list[int], nginx_processes: int = 1,
                  template: Path = TEMPLATE) -> str:
    """nginx.conf from the template; placeholders in comment lines stay as they are."""
    user = ""
    if os.geteuid() == 0:
        # nginx started as root switches its workers to "nobody", which could not use the run directory.
        user = f"user {getpass.getuser()} {grp.getgrgid(os.getegid()).gr_name};"
    servers = "\n".join(f"        server 127.0.0.1:{port} max_fails=3 fail_timeout=10s;" for port in worker_ports)
    values = {"@LISTEN@": listen, "@RUN_DIR@": str(run_dir), "@USER@": user,
              "@WORKER_PROCESSES@": str(nginx_processes), "@UPSTREAM_SERVERS@": servers}
    lines = []
    for line in template.read_text().splitlines():
        if not line.lstrip().startswith("#"):
            for name, value in values.items():
                line = line.replace(name, value)
        lines.append(line)
    text = "\n".join(lines) + "\n"
    leftover = [line for line in text.splitlines() if "@" in line and not line.lstrip().startswith("#")]
    if leftover:
        raise ValueError(f"{template}: placeholders left unfilled: {leftover}")
    return text


def _die_with_parent() -> None:
    """In the child, before exec: get SIGTERM when this script dies, even by SIGKILL (Linux)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


@dataclass
class Worker:
    index: int
    port: int
    log: Path
    process: subprocess.Popen | None = None
    restarts: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Cluster:
    port: int = 8080
    workers: int = 2
    address: str = "127.0.0.1"
    run_dir: Path | None = None
    nginx: str | None = None
    nginx_processes: int = 1
    streamlit_args: list[str] = field(default_factory=list)
    script: str = SCRIPT
    template: Path = TEMPLATE

    def __post_init__(self) -> None:
        self.nginx = self.nginx or find_nginx()
        self.own_run_dir = self.run_dir is None
        self.run_dir = Path(self.run_dir or tempfile.mkdtemp(prefix="kg-dashboard-cluster-")).resolve()
        self.cookie_secret = secrets.token_hex(32)
        self.pool: list[Worker] = []
        self.nginx_process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{self.address}:{self.port}"

    # --- starting -----------------------------------------------------------------------------

    def start(self) -> None:
        if not self.nginx:
            raise RuntimeError("nginx is not installed: apt-get install nginx "
                               "(python3 scripts/dev.py test installs it)")
        if not self.template.is_file():
            raise RuntimeError(f"{self.template} is missing")
        self.run_dir.mkdir(parents=True, exist_ok=True)
        try:
            for index in range(self.workers):
                worker = Worker(index, free_port(), self.run_dir / f"worker-{index}.log")
                self.pool.append(worker)
                self._spawn(worker)
            self._start_nginx()
            self._wait_until_healthy()
        except BaseException:
            self.stop()
            raise
        self._write_state()

    def _spawn(self, worker: Worker) -> None:
        command = [
            sys.executable, "-m", "streamlit", "run", self.script,
            "--server.port", str(worker.port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--server.fileWatcherType", "none", "--server.runOnSave", "false",
            *self.streamlit_args,
        ]
        env = {**os.environ, "PYTHONUNBUFFERED": "1",
               # One secret for all processes: cookies Streamlit signs (XSRF) stay valid on any of them.
               "STREAMLIT_SERVER_COOKIE_SECRET": self.cookie_secret}
        with open(worker.log, "ab") as log:
            worker.process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                              stdin=subprocess.DEVNULL, env=env, start_new_session=True,
                                              preexec_fn=_die_with_parent)
        say(f"process {worker.index}: streamlit on {worker.url} (pid {worker.process.pid}, log {worker.log})")

    def _start_nginx(self) -> None:
        config = self.run_dir / "nginx.conf"
        config.write_text(render_config(f"{self.address}:{self.port}", self.run_dir,
                                        [w.port for w in self.pool], self.nginx_processes, self.template))
        base = [self.nginx, "-p", str(self.run_dir), "-c", str(config), "-e", str(self.run_dir / "error.log")]
        check = subprocess.run([*base, "-t", "-q"], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx rejected {config}:\n{check.stderr.strip()}")
        with open(self.run_dir / "nginx.out", "ab") as out:
            self.nginx_process = subprocess.Popen([*base, "-g", "daemon off;"], stdout=out, stderr=subprocess.STDOUT,
                                                  stdin=subprocess.DEVNULL, start_new_session=True,
                                                  preexec_fn=_die_with_parent)
        say(f"nginx on {self.url} (pid {self.nginx_process.pid}, config {config})")

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        waiting = [*self.pool, None]  # None: nginx itself
        while waiting:
            for item in list(waiting):
                process = self.nginx_process if item is None else item.process
                if process.poll() is not None:
                    name = "nginx" if item is None else f"process {item.index}"
                    log = self.run_dir / "error.log" if item is None else item.log
                    raise RuntimeError(f"{name} exited with status {process.returncode}:\n{tail(log)}")
                if healthy(self.url if item is None else item.url):
                    waiting.remove(item)
            if not waiting:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"not healthy within {START_TIMEOUT:.0f} s: "
                                   + ", ".join("nginx" if i is None else f"process {i.index}" for i in waiting))
            time.sleep(0.25)

    def _write_state(self) -> None:
        state = {"url": self.url, "nginx_pid": self.nginx_process.pid, "run_dir": str(self.run_dir),
                 "workers": [{"index": w.index, "port": w.port, "pid": w.process.pid} for w in self.pool]}
        (self.run_dir / "cluster.json").write_text(json.dumps(state, indent=2) + "\n")

    # --- running ------------------------------------------------------------------------------

    def check(self) -> None:
        """Restart a process that died (nginx skips it meanwhile); raise when nginx died or one keeps dying."""
        if self.nginx_process.poll() is not None:
            raise RuntimeError(f"nginx exited with status {self.nginx_process.returncode}:\n"
                               f"{tail(self.run_dir / 'error.log')}")
        for worker in self.pool:
            if worker.process.poll() is None:
                continue
            if worker.restarts >= MAX_RESTARTS:
                raise RuntimeError(f"process {worker.index} died {worker.restarts + 1} times:\n{tail(worker.log)}")
            worker.restarts += 1
            say(f"process {worker.index} exited with status {worker.process.returncode}; restarting it")
            self._spawn(worker)
            self._write_state()

    # --- stopping -----------------------------------------------------------------------------

    def stop(self) -> None:
        """nginx first (no new requests reach a stopping process), then every Streamlit process."""
        if self.nginx_process is not None:
            stop_process(self.nginx_process, signal.SIGQUIT)  # SIGQUIT: nginx's graceful shutdown
        for worker in self.pool:  # all at once, then wait for each
            if worker.process is not None and worker.process.poll() is None:
                worker.process.send_signal(signal.SIGTERM)
        for worker in self.pool:
            if worker.process is not None:
                stop_process(worker.process, signal.SIGTERM)
        if self.own_run_dir and self.run_dir.is_dir():
            shutil.rmtree(self.run_dir, ignore_errors=True)

    def __enter__(self) -> Cluster:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def stop_process(process: subprocess.Popen, sig: int) -> None:
    if process.poll() is None:
        try:
            process.send_signal(sig)
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT)
        except ProcessLookupError:
            pass


def tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"({path} is missing)"


class Stop(Exception):
    pass


def _raise_stop(signum, _frame) -> None:
    raise Stop(signal.Signals(signum).name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8080, help="port nginx listens on (default 8080)")
    parser.add_argument("--workers", type=int, default=2, help="Streamlit processes (default 2)")
    parser.add_argument("--address", default="127.0.0.1",
                        help="address nginx listens on (default 127.0.0.1; 0.0.0.0 to serve the network)")
    parser.add_argument("--run-dir", type=Path,
                        help="directory for nginx.conf, pid, logs and cluster.json (default: a new temporary "
                             "directory, removed on exit)")
    parser.add_argument("--nginx", help="the nginx binary (default: from PATH or /usr/sbin/nginx)")
    parser.add_argument("--print-config", action="store_true", help="print the nginx.conf and exit")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.print_config:
        ports = [8502 + i for i in range(args.workers)]
        print(render_config(f"{args.address}:{args.port}", (args.run_dir or Path("/tmp/kg-dashboard")).resolve(),
                            ports), end="")
        return 0

    cluster = Cluster(port=args.port, workers=args.workers, address=args.address, run_dir=args.run_dir,
                      nginx=args.nginx)
    # Children run in their own sessions: Ctrl+C reaches this script only, which stops them in order.
    signal.signal(signal.SIGINT, _raise_stop)
    signal.signal(signal.SIGTERM, _raise_stop)
    try:
        say(f"starting {args.workers} Streamlit process(es) and nginx (run directory {cluster.run_dir})")
        cluster.start()
        say(f"ready: {cluster.url} ({args.workers} processes; Ctrl+C stops)")
        while True:
            time.sleep(2)
            cluster.check()
    except Stop as stop:
        say(f"{stop}: stopping")
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        cluster.stop()
        say("stopped")
        return 0
    except RuntimeError as error:
        say(f"error: {error}")
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        cluster.stop()
        return 1


if __name__ == "__main__":
    sys.exit(main())
