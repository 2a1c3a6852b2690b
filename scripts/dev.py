"""The two commands of the README, on a fresh machine with only Python 3.11+.

    python3 scripts/dev.py app    # start the dashboard and its data API (/api/v1) on http://localhost:8501
                                  # (installs Debian's chromium if missing, for the charts' image downloads)
    python3 scripts/dev.py test   # run every test (installs Debian's chromium, nginx and npm if missing,
                                  # and axe-core, pinned in package-lock.json, with npm ci)

Each creates .venv and installs the pinned requirements when they are missing or changed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
CHROMIUM = Path("/usr/bin/chromium")
NGINX = Path("/usr/sbin/nginx")
NPM = Path("/usr/bin/npm")
# Debian package -> the file it installs that the tests use.
SYSTEM_PACKAGES = {"chromium": CHROMIUM, "nginx": NGINX, "npm": NPM}
NODE_STAMP = ROOT / "node_modules" / ".installed-package-lock"


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(command: list[str], **kwargs) -> None:
    subprocess.run(command, check=True, **kwargs)


def requirements_digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.read_bytes())
        for line in path.read_text().splitlines():
            if line.startswith("-r "):
                digest.update((path.parent / line[3:].strip()).read_bytes())
    return digest.hexdigest()


def ensure_venv(requirements: str) -> None:
    """Create .venv and install the pinned set; skip when the same set is already in."""
    files = [ROOT / requirements]
    stamp = VENV / f".installed-{requirements}"
    wanted = requirements_digest(files)
    if stamp.is_file() and stamp.read_text() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        say(f"creating a virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    say(f"installing {requirements} (pinned versions)")
    run([str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(ROOT / requirements)])
    stamp.write_text(wanted)


def ensure_node_packages() -> None:
    """axe-core for the accessibility test, as package-lock.json pins it (npm ci, without the benchmarks'
    development packages); skip when that lock file is already installed."""
    wanted = hashlib.sha256((ROOT / "package-lock.json").read_bytes()).hexdigest()
    if NODE_STAMP.is_file() and NODE_STAMP.read_text() == wanted:
        return
    say("installing axe-core (package-lock.json) with npm ci")
    run([str(NPM), "ci", "--omit=dev", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT)
    NODE_STAMP.write_text(wanted)


def ensure_system_packages(packages: tuple[str, ...] = ("chromium", "nginx", "npm"), required: bool = True) -> None:
    """The browser tests drive Debian's chromium, the deployment test runs nginx in front of the
    app and the accessibility test takes axe-core from npm; the app draws the charts' PNG and SVG downloads in chromium. Install whichever is missing
    with one apt-get call; where that cannot be done, stop (required) or say what is missing."""
    missing = [package for package in packages if not SYSTEM_PACKAGES[package].exists()]
    if not missing:
        return
    names = " ".join(missing)
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None or not shutil.which("apt-get"):
        wanted = ", ".join(f"{SYSTEM_PACKAGES[p]} ({p})" for p in missing)
        if not required:
            say(f"no {wanted}: the charts' PNG and SVG downloads are off ('apt-get install {names}' turns them on)")
            return
        sys.exit(f"[dev] the tests need Debian's {wanted}: "
                 f"install with 'apt-get install {names}' and run this again")
    say(f"installing Debian's {names} with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run([*prefix, "apt-get", "update", "-qq"], env=env)
    run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)


def chosen_port(options: list[str]) -> str:
    """The port `streamlit run` will use: --server.port N or --server.port=N among the options, else
    .streamlit/config.toml's 8501."""
    for i, option in enumerate(options):
        if option.startswith("--server.port="):
            return option.split("=", 1)[1]
        if option == "--server.port" and i + 1 < len(options):
            return options[i + 1]
    return "8501"


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        sys.exit("[dev] Python 3.11 or newer is needed")
    command = argv[0] if argv else ""
    if command == "app":
        ensure_venv("requirements.txt")
        ensure_system_packages(("chromium",), required=False)
        url = f"http://localhost:{chosen_port(argv[1:])}"
        say(f"starting the dashboard on {url}, its data API on {url}/api/v1 (Ctrl+C stops it)")
        os.chdir(ROOT)
        # server.py: the Streamlit app (app.py) with the data API and compressed assets, in one process.
        os.execv(str(PYTHON), [str(PYTHON), "-m", "streamlit", "run", "server.py", *argv[1:]])
    if command == "test":
        ensure_venv("requirements-dev.txt")
        ensure_system_packages()
        ensure_node_packages()
        os.chdir(ROOT)
        return subprocess.run([str(PYTHON), "-m", "pytest", *argv[1:]]).returncode
    sys.exit("usage: python3 scripts/dev.py app | test [pytest options]")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
