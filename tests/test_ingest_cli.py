"""The CLI contract end to end, in real processes: samples, seeds, bad input, re-runs, readers."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.dataset as ds
import pytest

from tests.conftest import ROOT

NEWSFLOW = [sys.executable, "-m", "newsflow.cli"]


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PREFECT_HOME=str(home))
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([*NEWSFLOW, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


def read_counts(out: Path) -> dict[str, int]:
    glob = f"{out}/articles/**/*.parquet"
    return {
        "duckdb": duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning=true)").fetchone()[0],
        "pandas": len(pd.read_parquet(out / "articles")),
        "pyarrow": ds.dataset(out / "articles", format="parquet", partitioning="hive").count_rows(),
        "polars": pl.scan_parquet(glob, hive_partitioning=True).select(pl.len()).collect().item(),
    }


def articles(out: Path) -> pd.DataFrame:
    return duckdb.sql(f"SELECT * FROM read_parquet('{out}/articles/**/*.parquet', hive_partitioning=true)").df()


@pytest.fixture(scope="module")
def prefect_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("prefect-home-cli")


@pytest.fixture(scope="module")
def samples_run(tmp_path_factory, samples_dir, prefect_home):
    """Ingest the bundled samples plus a few broken files, twice."""
    src = tmp_path_factory.mktemp("src")
    shutil.copytree(samples_dir, src / "samples")
    bad = src / "samples" / "broken-outlet"
    bad.mkdir()
    (bad / "truncated.html.gz").write_bytes(gzip.compress(b"<html><body><p>cut</p></body></html>")[:25])
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "binary.html").write_bytes(bytes(range(256)) * 40)
    out = tmp_path_factory.mktemp("out")
    first = run_cli("ingest", "--source", str(src / "samples"), "--out", str(out), "--json", home=prefect_home)
    counts_first = read_counts(out)
    second = run_cli("ingest", "--source", str(src / "samples"), "--out", str(out), "--json", home=prefect_home)
    return {"out": out, "first": first, "second": second, "counts_first": counts_first}


def test_samples_ingest_exits_zero_and_every_reader_agrees(samples_run, samples_dir):
    assert samples_run["first"].returncode == 0, samples_run["first"].stderr[-3000:]
    manifest = json.loads((samples_dir / "manifest.json").read_text(encoding="utf-8"))
    counts = samples_run["counts_first"]
    assert set(counts.values()) == {len(manifest)}, counts


def test_rerun_adds_no_rows(samples_run):
    assert samples_run["second"].returncode == 0, samples_run["second"].stderr[-3000:]
    report = json.loads(samples_run["second"].stdout)
    assert report["new"] == 0 and report["updated"] == 0
    assert read_counts(samples_run["out"]) == samples_run["counts_first"]


def test_bad_files_are_logged_with_reasons_not_fatal(samples_run):
    out = samples_run["out"]
    log = duckdb.sql(f"SELECT url, outcome, error FROM read_parquet('{out}/fetch_log/**/*.parquet')").df()
    by_name = {Path(u).name: (o, e) for u, o, e in log.itertuples(index=False)}
    for name in ("truncated.html.gz", "empty.txt", "binary.html"):
        assert name in by_name, f"{name} missing from fetch_log: {sorted(by_name)}"
        outcome, error = by_name[name]
        assert outcome in {"read_error", "extract_error", "empty_text"} and error
    report = json.loads(samples_run["first"].stdout)
    assert sum(report["errors"].values()) >= 3


def test_sample_boilerplate_gone_and_story_kept(samples_run, samples_dir):
    manifest = json.loads((samples_dir / "manifest.json").read_text(encoding="utf-8"))
    df = articles(samples_run["out"])
    by_file = {Path(u.removeprefix("file://")).relative_to(Path(u.removeprefix("file://")).parents[1]).as_posix(): t
               for u, t in zip(df.url, df.text)}
    problems = []
    for rel, entry in manifest.items():
        text = by_file.get(rel)
        if text is None:
            problems.append(f"{rel}: not ingested")
            continue
        lines = {ln.strip() for ln in text.split("\n")}
        problems += [f"{rel}: boilerplate kept: {b!r}" for b in entry["boilerplate"] if b.strip() in lines]
        problems += [f"{rel}: story sentence lost: {k!r}" for k in entry["keep"] if k not in text]
    assert not problems, "\n".join(problems)


def test_samples_unify_name_spellings(samples_run):
    df = articles(samples_run["out"])
    normalized = "\n".join(df.text_normalized)
    assert "Cavusoglu" not in normalized and "Çavuşoğlu" in normalized
    assert "Erdogan" not in normalized.replace("Erdoğan", "")
    # the original spellings stay in `text`
    assert "Cavusoglu" in "\n".join(df.text)


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory, seeds_dir, prefect_home):
    out = tmp_path_factory.mktemp("seeds-out")
    result = run_cli("ingest", "--source", str(seeds_dir), "--out", str(out), "--json", home=prefect_home)
    return {"out": out, "result": result}


SEED_BOILERPLATE = ["AA Photo", "Contact Us", "+", "All news", "MİDDLE EAST", "Alaturka Politika Haberleri",
                    "News Service AA"]


def test_seeds_five_rows_clean_text_unified_names(seeds_run):
    assert seeds_run["result"].returncode == 0, seeds_run["result"].stderr[-3000:]
    df = articles(seeds_run["out"])
    assert len(df) == 5
    for row in df.itertuples():
        lines = [ln.strip() for ln in row.text.split("\n") if ln.strip()]
        assert not any("cookie" in ln.lower() and "policy" in ln.lower() for ln in lines), row.url
        assert not set(lines) & set(SEED_BOILERPLATE), (row.url, set(lines) & set(SEED_BOILERPLATE))
        assert lines[0] != row.title, f"repeated title kept in {row.url}"
        assert "Cavusoglu" not in row.text_normalized
        assert "Mevlut" not in row.text_normalized and "Erdogan" not in row.text_normalized
    assert all("Çavuşoğlu" in t for t in df.text_normalized)


def test_cli_errors_are_one_line_and_nonzero(tmp_path, prefect_home):
    missing = run_cli("ingest", "--source", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), home=prefect_home)
    assert missing.returncode == 2 and "no such source" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    bad_cfg = tmp_path / "bad.yaml"
    bad_cfg.write_text("sources:\n  - {name: x, kind: nonsense, location: y}\n", encoding="utf-8")
    bad = run_cli("ingest", "--config", str(bad_cfg), home=prefect_home)
    assert bad.returncode == 2 and "sources[0]" in bad.stderr and "kind" in bad.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    unwritable = run_cli("ingest", "--source", str(ROOT / "data" / "samples"), "--out", str(blocker / "out"),
                         home=prefect_home)
    assert unwritable.returncode == 2 and "not writable" in unwritable.stderr


def test_help_runs_in_a_real_process(prefect_home):
    top = run_cli("--help", home=prefect_home)
    assert top.returncode == 0 and "ingest" in top.stdout
    ingest = run_cli("ingest", "--help", home=prefect_home)
    for option in ("--config", "--source", "--out", "--aliases"):
        assert option in ingest.stdout
