"""Shared fixtures: paths to the bundled samples and the seeds, and one Prefect harness per session."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"

# Quiet, offline Prefect for every test process (and the subprocesses they start).
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
# The compiled-pattern cache (newsflow.rxcache) of this session, not the user's: the suite starts cold and
# warms it, so both paths run; removed at the end.
_OWN_CACHE = None if "NEWSFLOW_CACHE_DIR" in os.environ else tempfile.mkdtemp(prefix="newsflow-test-cache-")
if _OWN_CACHE:
    os.environ["NEWSFLOW_CACHE_DIR"] = _OWN_CACHE


def pytest_sessionfinish(session, exitstatus):
    if _OWN_CACHE and not hasattr(session.config, "workerinput"):
        shutil.rmtree(_OWN_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five third-party seed articles in ../shared/seeds (kept out of the repo)."""
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip(f"seed articles not found at {SEEDS}: they live beside the repo in ../shared/seeds, "
                    "which a fresh clone on its own does not have")
    return SEEDS


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    """One temporary Prefect backend for the whole session (it costs ~10 s to start)."""
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
