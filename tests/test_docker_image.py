"""The Docker image as far as this machine can try it without a container engine: the files its COPY lines
put in /app, alone in a folder, run with its CMD and answer its HEALTHCHECK, then serve every page and the
data API. Not tried here: the image build itself (apt-get, pip in python:3.11-slim), the unprivileged user,
the port published by `docker run`."""
from __future__ import annotations

import asyncio
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_deployment import free_port, get

sys.path.insert(0, str(ROOT / "benchmarks"))
from load import PAGES, path_of  # noqa: E402
from load_client import Session  # noqa: E402

# s: the HEALTHCHECK's --start-period, then its three failed checks 30 s apart, after which Docker calls the
# container unhealthy (a condition's time-out, not a timing: a healthy start ends the wait at once).
HEALTHY_WITHIN = 60 + 3 * 30


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (NAME, arguments), continuation lines joined, comments left out."""
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def exec_form(arguments: str) -> list[str]:
    """CMD ["a", "b"] -> ["a", "b"]."""
    return json.loads(arguments)


def image_files(target: Path) -> None:
    """What `COPY <sources...> <dest>` puts in WORKDIR, for the app's files (requirements.txt aside)."""
    for name, arguments in instructions():
        if name != "COPY":
            continue
        *sources, destination = shlex.split(arguments)
        if sources == ["requirements.txt"]:
            continue
        for source in sources:
            origin = ROOT / source
            if origin.is_dir():
                shutil.copytree(origin, target / destination, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                (target / destination).mkdir(parents=True, exist_ok=True)
                shutil.copy2(origin, target / destination / origin.name)


def on_port(command: list[str], port: int) -> list[str]:
    """The image's command on a free local port (8501 may be taken here), with this environment's Python."""
    swapped = [sys.executable if part == "python" else part for part in command]
    swapped = [part.replace("8501", str(port)).replace("0.0.0.0", "127.0.0.1") for part in swapped]
    return swapped


@pytest.fixture(scope="module")
def image(tmp_path_factory):
    app = tmp_path_factory.mktemp("image") / "app"
    app.mkdir()
    image_files(app)
    port = free_port()
    steps = dict(instructions())
    env = {key: value for key, value in os.environ.items() if not key.startswith(("KG_", "PYTHONPATH", "STREAMLIT_"))}
    env.update(dict(pair.split("=", 1) for pair in shlex.split(steps["ENV"])))
    log = app.parent / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(on_port(exec_form(steps["CMD"]), port), cwd=app, env=env, stdout=out,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        yield {"app": app, "port": port, "process": process, "log": log, "env": env, "steps": steps}
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_copies_what_the_app_reads(image):
    """Every top-level module and folder the app imports is in the image (a new one must be added there)."""
    app = image["app"]
    assert {"app.py", "server.py", ".streamlit", "analysis", "ui", "app_pages", "data"} <= {p.name for p in app.iterdir()}
    assert not (app / ".venv").exists() and not (app / "tests").exists() and not (app / ".git").exists()


def wait_healthy(image) -> None:
    """Until the HEALTHCHECK's own command, run as Docker runs it, says healthy."""
    healthcheck = image["steps"]["HEALTHCHECK"]
    command = on_port(exec_form(healthcheck.split("CMD", 1)[1]), image["port"])
    deadline = time.monotonic() + HEALTHY_WITHIN
    while subprocess.run(command, env=image["env"], capture_output=True).returncode != 0:
        assert image["process"].poll() is None, image["log"].read_text()[-3000:]
        assert time.monotonic() < deadline, f"unhealthy after {HEALTHY_WITHIN} s:\n{image['log'].read_text()[-3000:]}"
        time.sleep(0.5)


def test_starts_and_answers_its_health_check(image):
    wait_healthy(image)


def test_serves_every_page_and_the_api(image):
    """After the health check: every page runs without an exception (Overview first), and the API answers."""
    wait_healthy(image)
    url = f"http://127.0.0.1:{image['port']}"

    async def visit() -> list:
        session = Session(url, timeout=180)
        runs = [await session.open(path_of("overview"), "en")]
        for page in PAGES[1:]:
            runs.append(await session.switch(path_of(page), "en"))
        await session.close()
        return runs

    runs = asyncio.run(visit())
    assert [error for run in runs for error in run.errors] == []
    assert [run.page for run in runs] == [path_of(page) for page in PAGES]
    status, _, body = get(f"{url}/api/v1/indicators")
    assert status == 200 and "poverty_rate" in body
    assert "Traceback" not in image["log"].read_text()
