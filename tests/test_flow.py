"""The ingest flow and its engines: same result with or without Prefect, batches on a process pool,
the run report as an artifact and in the CLI, progress bars only in a terminal, engine choice."""

from __future__ import annotations

import http.server
import json
import os
import pty
import select
import subprocess
import sys
import threading
import uuid

import pyarrow.dataset as ds
import pytest

from newsflow import pipeline, runners
from newsflow.config import Settings, build_config
from tests.conftest import ROOT

FIGURES = ("sources", "documents", "fetched", "new", "updated", "unchanged", "exact_duplicates",
           "near_duplicates", "errors", "boilerplate_lines_removed", "names_unified")


def articles(out) -> list[dict]:
    table = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table(
        columns=["article_id", "source", "title", "text", "text_normalized", "content_hash", "cluster_id",
                 "story_id", "duplicate_of", "version"])
    rows = sorted(table.to_pylist(), key=lambda r: r["article_id"])
    # Cluster and story ids are compared as groupings: dedup names a cluster and a story after its earliest
    # member, and an undated local file's time is when it was read, which differs between any two runs (on the
    # flow's process pool two undated copies can be read in either order: a fresh clone under load saw the
    # meridian-wire copy read before the ege-courier one, and its cluster named after it).
    for col in ("cluster_id", "story_id"):
        groups: dict = {}
        for r in rows:
            groups.setdefault(r[col], []).append(r["article_id"])
        for r in rows:
            r[col] = tuple(groups[r[col]]) if r[col] else None
    return rows


@pytest.fixture(scope="module")
def flow_run(prefect_harness, samples_dir, tmp_path_factory):
    """The Prefect flow over the samples in batches of 5, on the default runner (a process pool)."""
    from flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("flow")
    config = tmp / "sources.yaml"
    config.write_text(f"settings:\n  batch_size: 5\nsources:\n  - name: s\n    kind: local\n"
                      f"    location: {samples_dir}\n", encoding="utf-8")
    state = ingest(config_path=str(config), out=str(tmp / "out"), return_state=True)
    return {"state": state, "report": state.result(), "out": tmp / "out"}


def test_plain_engine_writes_what_the_flow_writes(flow_run, samples_dir, tmp_path):
    config = build_config(None, [str(samples_dir)], str(tmp_path / "out"))
    config = config.model_copy(update={"settings": config.settings.model_copy(update={"batch_size": 5})})
    report = runners.run_plain(config, str(uuid.uuid4()), progress=False)
    for figure in FIGURES:
        assert report[figure] == flow_run["report"][figure], figure
    assert articles(tmp_path / "out") == articles(flow_run["out"])


def test_commits_every_n_documents_store_every_article_once(flow_run, samples_dir, tmp_path):
    # commit_every=7 over 24 samples: four commits (names, dedup, write) while the pool goes on
    config = build_config(None, [str(samples_dir)], str(tmp_path / "out"))
    config = config.model_copy(update={"settings": config.settings.model_copy(
        update={"batch_size": 5, "commit_every": 7})})
    report = runners.run_plain(config, str(uuid.uuid4()), progress=False)
    # Names and clusters of a later commit build on the earlier ones, as in consecutive runs
    # (docs/dedup.md: "daily"), so only what does not depend on that is compared here.
    for figure in ("sources", "documents", "fetched", "new", "updated", "unchanged", "exact_duplicates",
                   "errors", "boilerplate_lines_removed"):
        assert report[figure] == flow_run["report"][figure], figure
    stored = articles(tmp_path / "out")
    reference = articles(flow_run["out"])
    assert [(r["article_id"], r["title"], r["text"], r["version"], r["duplicate_of"]) for r in stored] == [
        (r["article_id"], r["title"], r["text"], r["version"], r["duplicate_of"]) for r in reference]
    assert all(r["cluster_id"] and r["story_id"] for r in stored)
    assert report["rows_written"]["articles"] == len(stored) == len({r["article_id"] for r in stored})
    files = list((tmp_path / "out" / "articles").rglob("*.parquet"))
    assert len(files) > len({f.parent for f in files})  # written in several commits, not one
    again = runners.run_plain(config, str(uuid.uuid4()), progress=False)
    assert again["new"] == 0 and again["unchanged"] == flow_run["report"]["new"]


def test_batches_ran_as_task_runs_on_the_process_pool(flow_run):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        task_runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(
            any_=[flow_run["state"].state_details.flow_run_id])), limit=200, sort="EXPECTED_START_TIME_ASC")
    batches = sorted(t.name for t in task_runs if t.name.startswith("extract-clean["))
    n = -(-flow_run["report"]["documents"] // 5)
    assert batches == sorted(f"extract-clean[{i}]" for i in range(n))
    assert all(t.state.is_completed() for t in task_runs)


def test_default_runner_uses_every_core():
    from prefect.task_runners import ThreadPoolTaskRunner

    # one task thread per core; each hands its batch to the run's process pool (batch_pool)
    runner = runners.prefect_task_runner(Settings())
    assert isinstance(runner, ThreadPoolTaskRunner) and runner._max_workers == os.cpu_count()
    assert runners.cpu_workers(Settings()) == os.cpu_count()
    assert runners.cpu_workers(Settings(workers=1)) == 1


def _pid_and_preloaded(_=None) -> tuple[int, bool]:
    return os.getpid(), "newsflow.pipeline" in sys.modules and "trafilatura" in sys.modules


def test_flow_batch_pool_is_other_processes_with_newsflow_preloaded():
    # a deployment's flow run has Prefect's threads already: its pool comes from a fork server
    # that imported newsflow once, not from spawned interpreters that each import it
    with runners.batch_pool(Settings(workers=2)) as pool:
        assert runners._active_pool is pool
        seen = list(pool.map(_pid_and_preloaded, range(8)))
    assert runners._active_pool is None
    assert os.getpid() not in {pid for pid, _ in seen} and all(preloaded for _, preloaded in seen)
    with runners.batch_pool(Settings(workers=1)) as pool:
        assert pool is None  # a single worker: the batches run in the task's own process


def test_cli_pool_is_shared_with_the_flow():
    with runners.process_pool(2) as pool, runners.shared_pool(pool), runners.batch_pool(Settings()) as used:
        assert used is pool


def test_windowed_keeps_at_most_the_window_in_flight():
    from concurrent.futures import ThreadPoolExecutor

    state = {"running": 0, "peak": 0}

    def job(i):
        state["running"] += 1
        state["peak"] = max(state["peak"], state["running"])
        return i * i

    with ThreadPoolExecutor(4) as pool:
        def submit(i):
            future = pool.submit(job, i)
            return future

        results = {}
        inflight = []
        for index, value in runners.windowed(20, lambda i: (inflight.append(i), submit(i))[1],
                                             runners._first_done, window=3):
            results[index] = value
            state["running"] -= 1
            assert len(inflight) - len(results) <= 3   # never more than the window submitted ahead
    assert results == {i: i * i for i in range(20)}


def _pid_after(seconds: float) -> int:
    import time

    time.sleep(seconds)
    return os.getpid()


def test_plain_pool_runs_batches_in_other_processes():
    with runners.process_pool(2) as pool:
        pids = set(pool.map(_pid_after, [0.2] * 8))
    assert os.getpid() not in pids and len(pids) == 2


def test_each_flow_run_publishes_its_report_as_an_artifact(flow_run):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.objects import Artifact

    flow_run_id = str(flow_run["state"].state_details.flow_run_id)
    with get_client(sync_client=True) as client:
        # raw request: this client sends null defaults for sort/offset that the 3.8.8 server rejects
        response = client.request("POST", "/artifacts/filter", json={
            "artifacts": {"flow_run_id": {"any_": [flow_run_id]}}, "limit": 10, "offset": 0, "sort": "CREATED_DESC"})
    found = [Artifact.model_validate(a) for a in response.json()]
    (artifact,) = [a for a in found if a.key == "ingest-report"]
    report = flow_run["report"]
    assert artifact.type == "markdown" and artifact.data == pipeline.report_markdown(report)
    for label, key in (("sources", "sources"), ("fetched", "fetched"), ("new", "new"), ("updated", "updated"),
                       ("unchanged", "unchanged"), ("exact duplicates", "exact_duplicates"),
                       ("near duplicates", "near_duplicates"), ("boilerplate lines removed",
                       "boilerplate_lines_removed"), ("names unified", "names_unified")):
        assert f"| {label} | {report[key]} |" in artifact.data
    assert "Errors by outcome" in artifact.data and "Seconds per stage" in artifact.data


def run_cli(args: list[str], home, tty: bool) -> str:
    env = dict(os.environ, PREFECT_HOME=str(home), COLUMNS="100")
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "newsflow.cli", "ingest", *args]
    if not tty:
        result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
        assert result.returncode == 0, result.stderr
        return result.stdout + result.stderr
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, stdin=follower, stdout=follower, stderr=follower, env=env, cwd=ROOT)
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 300)
        try:
            data = os.read(leader, 65536) if ready else b""
        except OSError:  # the child closed the terminal
            data = b""
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    assert proc.wait(timeout=60) == 0, b"".join(chunks).decode(errors="replace")[-3000:]
    return b"".join(chunks).decode(errors="replace")


def test_cli_prints_the_report_and_progress_bars_only_in_a_terminal(samples_dir, tmp_path):
    # --engine plain: the same run_ingest and progress code as the flow, without 2 x 11 s of ephemeral server
    args = ["--source", str(samples_dir), "--engine", "plain"]
    piped = run_cli([*args, "--out", str(tmp_path / "a")], tmp_path / "home", tty=False)
    in_terminal = run_cli([*args, "--out", str(tmp_path / "b")], tmp_path / "home", tty=True)
    for text in (piped, in_terminal):
        assert "new" in text and "unchanged" in text and "boilerplate lines removed" in text
        assert "names unified" in text and "exact duplicates" in text and "seconds per stage" in text
    assert "extract + clean" not in piped and "━" not in piped
    assert "extract + clean" in in_terminal and "━" in in_terminal


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.send_response(200 if self.path == "/api/health" else 404)
        self.end_headers()
        self.wfile.write(b"true")

    def log_message(self, *args):
        pass


def test_engine_choice(monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    server = http.server.HTTPServer(("127.0.0.1", 0), _Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("PREFECT_SERVER_API_PORT", str(server.server_port + 1 if server.server_port < 65535
                                                             else 1))
        assert runners.choose_engine("auto", Settings())[0] == "prefect"  # nothing listening: ephemeral mode
        assert runners.choose_engine("auto", Settings(dask_address="tcp://127.0.0.1:1"))[0] == "prefect"
        assert runners.choose_engine("prefect", Settings())[0] == "prefect"
        monkeypatch.setenv("PREFECT_SERVER_API_PORT", str(server.server_port))
        engine, reason = runners.choose_engine("auto", Settings())
        assert engine == "prefect" and str(server.server_port) in reason  # a local server is reused
        assert os.environ["PREFECT_API_URL"] == f"http://127.0.0.1:{server.server_port}/api"
        monkeypatch.setenv("PREFECT_SERVER_API_PORT", str(server.server_port + 1))
        assert runners.choose_engine("auto", Settings())[0] == "prefect"  # PREFECT_API_URL is now set
        with pytest.raises(ValueError):
            runners.choose_engine("plain", Settings(dask_address="tcp://127.0.0.1:1"))
    finally:
        server.shutdown()


def test_report_is_json_serialisable_with_the_issue_figures(flow_run):
    report = json.loads(json.dumps(flow_run["report"], default=str))
    assert set(FIGURES) <= set(report) and set(report["timings_s"]) >= {
        "discover", "extract_clean", "unify_names", "assign_clusters", "write"}
