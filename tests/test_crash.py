"""SIGKILL a writer at chosen and random points; readers must still work and a re-run must be exact.

The killed process is benchmarks/crash.py's plain-Python worker (a full job:
four ingest runs, a compaction, two more runs, a compaction), killed by
NEWSFLOW_CRASH_AT=<point>:<n> (store.crash_point) or after a random delay.
After each kill DuckDB, pyarrow.dataset, pandas and Polars read every table
and agree; then the job runs again and every table's logical content must
equal that of a job that was never killed. One kill goes through the real
`newsflow ingest` CLI when the pipeline is importable.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_crash():
    spec = importlib.util.spec_from_file_location("newsflow_crash_workload", ROOT / "benchmarks" / "crash.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


crash = _load_crash()


@pytest.fixture(autouse=True, scope="module")
def _no_fsync():
    """Skip fsync in the killed workers and the re-runs: a SIGKILL loses nothing the kernel has
    (fsync is for power loss, which no test here can cause), and fsync is slow on a busy disk."""
    old = os.environ.get("NEWSFLOW_FSYNC")
    os.environ["NEWSFLOW_FSYNC"] = "0"
    yield
    if old is None:
        os.environ.pop("NEWSFLOW_FSYNC", None)
    else:
        os.environ["NEWSFLOW_FSYNC"] = old

# (point, n): the n-th time the job reaches the point. Per job: fetch 120, temp_partial/before_rename/
# after_rename 126, append_done 40, cache_saved 44, compact_* 24-36 (`python benchmarks/crash.py counts`).
KILL_POINTS = [
    "fetch:1",                  # while fetching, first run
    "fetch:75",                 # while fetching, a later run
    "temp_partial:1",           # half a temp file written
    "temp_partial:40",
    "before_rename:1",          # whole temp file, not renamed
    "before_rename:9",
    "before_rename:70",         # a temp file of the first compaction
    "after_rename:3",           # some partition files of a table written, others not
    "after_rename:17",
    "append_done:1",            # mentions written, articles not (between tables)
    "append_done:2",            # articles written, fetch_log not
    "append_done:3",            # fetch_log written, names snapshot not
    "append_done:14",
    "cache_saved:2",            # key cache just replaced
    "cache_saved:30",
    "compact_read:1",           # compaction read a partition
    "compact_history:1",        # superseded rows appended to history, partition not swapped yet
    "compact_history:9",
    "compact_staged:1",         # new files staged, not swapped in
    "compact_staged:20",        # in the second compaction
    "compact_swapped:1",        # partition swapped, old files not deleted
    "compact_swapped:7",
    "compact_swapped:30",
    "compact_partition_done:12",
]


def test_kill_points_are_reached():
    """Every chosen point exists and is reached at least n times in one job (else the test would not kill)."""
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "crash.py"), "counts"],
                          capture_output=True, text=True, check=True)
    import json

    counts = json.loads(proc.stdout)
    for item in KILL_POINTS:
        point, n = item.split(":")
        assert counts.get(point, 0) >= int(n), (item, counts)


@pytest.mark.slow
@pytest.mark.parametrize("crash_at", KILL_POINTS)
def test_kill_at_point(tmp_path, crash_at):
    out = tmp_path / "out"
    code = crash.crash_once(out, crash_at=crash_at)
    assert code == -signal.SIGKILL, f"{crash_at} was not reached"
    crash.verify_after_kill(out)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_at_random_time(tmp_path, seed):
    out = tmp_path / "out"
    delay = random.Random(seed).uniform(0.05, 1.5)
    crash.crash_once(out, delay_s=delay)
    crash.verify_after_kill(out)


def test_killed_twice_then_rerun(tmp_path):
    """A second kill on top of the wreck of the first (mid-compaction, then mid-ingest) still ends exact."""
    out = tmp_path / "out"
    assert crash.crash_once(out, crash_at="compact_staged:3") == -signal.SIGKILL
    assert crash.crash_once(out, crash_at="before_rename:5") == -signal.SIGKILL
    crash.verify_after_kill(out)


def _pipeline_importable() -> bool:
    try:
        import newsflow.pipeline  # noqa: F401
        import flows.ingest  # noqa: F401
    except Exception:  # noqa: BLE001 - any import problem means: not ready yet
        return False
    return True


@pytest.mark.slow
@pytest.mark.skipif(not _pipeline_importable(), reason="newsflow.pipeline is not importable yet")
def test_kill_real_cli_between_tables(tmp_path):
    """`newsflow ingest` (the Prefect flow) killed after mentions were written, before articles: readers work,
    and a re-run ends with exactly the rows of an unkilled run."""
    from newsflow import store

    samples = ROOT / "data" / "samples"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               DO_NOT_TRACK="1", PREFECT_LOGGING_LEVEL="ERROR")
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "newsflow.cli", "ingest", "--source", str(samples)]

    def run(out, crash_at=None, engine="auto"):
        e = dict(env)
        if crash_at:
            e["NEWSFLOW_CRASH_AT"] = crash_at
        log_path = tmp_path / f"{out.name}-{crash_at or 'run'}.log"
        with open(log_path, "w") as log:
            # own session: the run's process-pool workers (and anything else it started) outlive a
            # SIGKILL of the flow process and would hold our pipes; we kill the group when it ends
            proc = subprocess.Popen(cmd + ["--out", str(out), "--engine", engine], env=e, stdout=log, stderr=subprocess.STDOUT,
                                    start_new_session=True)
            try:
                code = proc.wait(timeout=300)
            finally:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
        return subprocess.CompletedProcess(cmd, code, log_path.read_text(), "")

    reference, out = tmp_path / "reference", tmp_path / "out"
    first = run(reference, engine="plain")   # same stages without Prefect: the expected rows, quicker
    assert first.returncode == 0, first.stdout[-2000:]
    killed = run(out, crash_at="append_done:1")
    assert killed.returncode == -signal.SIGKILL, killed.stdout[-2000:]
    crash.check_readers(out)
    assert store.read_table(out, "articles").num_rows == 0   # killed before the articles were written
    again = run(out)
    assert again.returncode == 0, again.stdout[-2000:]
    crash.check_readers(out)
    for name, cols in (("articles", ["article_id", "content_hash", "version"]),
                       ("mentions", ["article_id", "content_hash", "key", "start"])):
        got = sorted(tuple(r.values()) for r in store.read_table(out, name, columns=cols).to_pylist())
        want = sorted(tuple(r.values()) for r in store.read_table(reference, name, columns=cols).to_pylist())
        assert got == want, name


@pytest.mark.slow
@pytest.mark.skipif(not _pipeline_importable(), reason="newsflow.pipeline is not importable yet")
def test_kill_between_commits_keeps_the_first_and_the_rerun_completes(tmp_path):
    """A run committing every 6 documents, killed in its second commit (articles written, fetch_log
    not): the first commits stay readable, and a re-run ends with exactly the rows of an unkilled run."""
    from newsflow import store

    def config(out):
        path = tmp_path / f"{out.name}.yaml"
        path.write_text(f"settings:\n  out: {out}\n  batch_size: 5\n  commit_every: 6\nsources:\n"
                        f"  - name: samples\n    kind: local\n    location: {ROOT / 'data' / 'samples'}\n",
                        encoding="utf-8")
        return path

    def run(out, crash_at=None):
        env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"))
        if crash_at:
            env["NEWSFLOW_CRASH_AT"] = crash_at
        proc = subprocess.Popen([sys.executable, "-m", "newsflow.cli", "ingest", "--config", str(config(out)),
                                 "--engine", "plain"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            return proc.wait(timeout=300)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

    reference, out = tmp_path / "reference", tmp_path / "out"
    assert run(reference) == 0
    # append_done per commit: mentions, articles, fetch_log; the 5th is the second commit's articles
    assert run(out, crash_at="append_done:5") == -signal.SIGKILL
    crash.check_readers(out)
    stored = store.read_table(out, "articles").num_rows
    assert 6 <= stored < store.read_table(reference, "articles").num_rows  # two commits' articles, not all
    assert run(out) == 0
    crash.check_readers(out)
    for name, cols in (("articles", ["article_id", "content_hash", "version"]),
                       ("mentions", ["article_id", "content_hash", "key", "start"])):
        got = sorted(tuple(r.values()) for r in store.read_table(out, name, columns=cols).to_pylist())
        want = sorted(tuple(r.values()) for r in store.read_table(reference, name, columns=cols).to_pylist())
        assert got == want, name
