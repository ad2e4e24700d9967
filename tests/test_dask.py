"""The CPU-bound batches on an existing Dask cluster (prefect-dask): a real LocalCluster, two worker processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        yield cluster


def sources_file(tmp_path, samples_dir, **settings) -> str:
    lines = ["settings:", "  batch_size: 5"] + [f"  {k}: {v}" for k, v in settings.items()]
    lines += ["sources:", "  - name: samples", "    kind: local", f"    location: {samples_dir}"]
    path = tmp_path / "sources.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_flow_runs_its_batches_on_the_cluster_given_by_the_config_key(prefect_harness, cluster, samples_dir,
                                                                      tmp_path):
    from distributed import Client, get_task_stream

    from flows.ingest import ingest

    config = sources_file(tmp_path, samples_dir, dask_address=cluster.scheduler_address)
    with Client(cluster.scheduler_address) as client, get_task_stream(client) as stream:
        report = ingest(config_path=config, out=str(tmp_path / "out"))
    manifest = json.loads((samples_dir / "manifest.json").read_text(encoding="utf-8"))
    assert report["new"] == len(manifest) and not report["errors"]
    ran_on = {t["worker"] for t in stream.data}
    assert len(stream.data) == -(-report["documents"] // 5)  # one Dask task per batch of 5
    assert ran_on == set(cluster.scheduler_info["workers"]), ran_on  # both worker processes took batches


def test_cli_dask_address_runs_the_flow_on_the_cluster(cluster, samples_dir, tmp_path):
    from distributed import Client, get_task_stream

    config = sources_file(tmp_path, samples_dir)
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"))
    env.pop("PREFECT_API_URL", None)
    with Client(cluster.scheduler_address) as client, get_task_stream(client) as stream:
        result = subprocess.run([sys.executable, "-m", "newsflow.cli", "ingest", "--config", config, "--out",
                                 str(tmp_path / "out"), "--dask-address", cluster.scheduler_address, "--json"],
                                capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["engine"].startswith("prefect") and report["new"] > 0
    assert len(stream.data) == -(-report["documents"] // 5)
