"""Lighthouse's accessibility score of the dashboard's pages, in Debian's headless Chromium.

    npm ci                                     # lighthouse@12.2.3 (package.json; 13 needs Node 22)
    .venv/bin/python benchmarks/lighthouse.py  # Overview, Poverty, Data and Regions in ky, ru and en
    .venv/bin/python benchmarks/lighthouse.py --url http://127.0.0.1:8810 --pages poverty --langs en

Starts the app (or uses --url), opens each page in Chromium through Lighthouse's own puppeteer, waits
until the page is drawn (tests/drawn.py, the wait the browser tests use: Lighthouse's load event
comes before Streamlit has drawn anything), then takes Lighthouse's snapshot of it and prints the
accessibility score with every audit that failed. Nothing leaves localhost.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.drawn import DRAWN  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
PAGES = ["overview", "poverty", "data", "regions"]
LANGS = ["ky", "ru", "en"]

# Lighthouse 12 is an ES module: a snapshot of a page that the script first waits on.
SNAPSHOT = r"""
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import {snapshot} from 'lighthouse';

const [url, chromium, drawn, out] = process.argv.slice(1);
const browser = await puppeteer.launch({executablePath: chromium, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run']});
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1400, height: 1000});
  await page.goto(url, {waitUntil: 'domcontentloaded'});
  await page.waitForFunction(`(${drawn})(0)`, {polling: 'raf', timeout: 90000});
  const result = await snapshot(page, {config: {extends: 'lighthouse:default',
                                                settings: {onlyCategories: ['accessibility']}}});
  fs.writeFileSync(out, JSON.stringify(result.lhr));
} finally {
  await browser.close();
}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_app() -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.address",
         "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                return process, url
        except OSError:
            time.sleep(0.3)
    process.kill()
    sys.exit("the app did not answer on /_stcore/health within 60 s")


def audit(url: str, out: Path) -> dict:
    # Run from the repository's top, where Node finds lighthouse in node_modules.
    subprocess.run(["node", "--input-type=module", "-e", SNAPSHOT, "--", url, CHROMIUM, DRAWN, str(out)], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL, timeout=300)
    return json.loads(out.read_text())


def failed_audits(report: dict) -> list[str]:
    """'id (weight): title' of every audit in the accessibility category that did not pass."""
    audits = report["audits"]
    shown = []
    for ref in report["categories"]["accessibility"]["auditRefs"]:
        found = audits[ref["id"]]
        if found["score"] is not None and found["score"] < 1:
            items = len((found.get("details") or {}).get("items") or [])
            shown.append(f"{ref['id']} (weight {ref['weight']}, {items} elements): {found['title']}")
    return shown


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="a running app (default: start one)")
    parser.add_argument("--pages", nargs="*", default=PAGES)
    parser.add_argument("--langs", nargs="*", default=LANGS)
    args = parser.parse_args(argv)
    if not (ROOT / "node_modules" / "lighthouse").is_dir():
        sys.exit("lighthouse is not installed: run `npm ci` at the top of the repository")
    if not shutil.which("node") or not Path(CHROMIUM).exists():
        sys.exit("this needs Node (20 or newer) and Debian's chromium")
    process, url = (None, args.url) if args.url else start_app()
    scores = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            for lang in args.langs:
                for name in args.pages:
                    path = "" if name == "overview" else name
                    report = audit(f"{url}/{path}?lang={lang}", Path(folder) / "report.json")
                    score = round(100 * report["categories"]["accessibility"]["score"])
                    scores[(name, lang)] = score
                    print(f"{name:10} {lang}  {score:3d}")
                    for line in failed_audits(report):
                        print(f"    {line}")
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
    print(f"lowest {min(scores.values())}, highest {max(scores.values())} over {len(scores)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
