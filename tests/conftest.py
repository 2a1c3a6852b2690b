import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
# The tests read data/, never a release store a developer published into (analysis/releases.py);
# servers the tests start inherit the empty store.
os.environ["KG_RELEASES_DIR"] = tempfile.mkdtemp(prefix="kg-test-releases-")

from analysis import loader  # noqa: E402

SHARED = ROOT.parent / "shared"
DATA = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

needs_shared = pytest.mark.skipif(
    not (SHARED / "sources" / "nsc-sdg-kg").is_dir(),
    reason="../shared (the official source files) is not beside the repository; "
           "provenance checks against the sources need it",
)


@pytest.fixture(scope="session")
def data() -> loader.Dataset:
    return loader.load(DATA)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ for tests that break a file on purpose."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target
