"""Crash workload and benchmark: SIGKILL a writer anywhere, then prove the dataset is readable and a re-run is exact.

The workload is a deterministic, plain-Python ingest (no Prefect, ~0.1 s per
run) that writes through newsflow.store exactly as pipeline.write_run does
(mentions, articles, fetch_log, names snapshot, under the writer lock), with
updated articles (new versions), repeats, articles without a publication date
(partitioned by ingest date) and a compaction in the middle and at the end.

    python benchmarks/crash.py bench --kills 100            # 100 random SIGKILLs, report clean/total
    python benchmarks/crash.py worker --out DIR             # run the whole job once (what gets killed)
    NEWSFLOW_CRASH_AT=before_rename:3 python benchmarks/crash.py worker --out DIR

After every kill the benchmark reads the dataset with DuckDB, pyarrow.dataset,
pandas and Polars (all must succeed and agree), re-runs the job, and compares
every table's logical content with a run that was never killed: no row lost,
none duplicated.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsflow import compact, schema, store  # noqa: E402

N_ARTICLES = 30
SOURCES = ["north.example", "south.example", "east.example", "west.example"]
PEOPLE = ["Recep Erdogan", "Angela Merkel", "Olaf Scholz", "Ursula von der Leyen", "Emmanuel Macron"]
JOB = ["ingest:1", "ingest:2", "ingest:3", "ingest:4", "compact", "ingest:5", "ingest:6", "compact"]
TARGET_BYTES = 20_000   # tiny, so the small workload still merges and splits files


def run_time(r: int) -> datetime:
    return datetime(2024, 3, 10, 6, tzinfo=UTC) + timedelta(days=r // 2, hours=r)


def edition(i: int, r: int) -> int:
    """Which edition of article i run r sees: changes every 2-4 runs, so later runs bring updates."""
    return r // (2 + i % 3)


def run_articles(r: int) -> list[dict]:
    """The documents run r 'fetches' (before versioning)."""
    docs = []
    for i in range(N_ARTICLES):
        if (i + r) % 3 == 0:
            continue
        aid = f"a{i:02d}"
        ed = edition(i, r)
        person = PEOPLE[i % len(PEOPLE)]
        text = f"Story {aid} edition {ed}. {person} spoke in {SOURCES[i % 4]} about item {i}." + " words" * (i % 7)
        published = None if i % 7 == 0 else datetime(2024, 3, 1 + i % 4, 8, i, tzinfo=UTC)
        docs.append({"article_id": aid, "source": SOURCES[i % 4], "text": text, "published_at": published,
                     "person": person})
    return docs


def chash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def article_row(aid: str, text: str, version: int, published_at, ingested_at, run_id: str, source: str,
                **extra) -> dict:
    """One articles row with every declared column (tests build rows with it too)."""
    row = {"article_id": aid, "url": f"https://{source}/{aid}", "canonical_url": f"https://{source}/{aid}",
           "source": source, "title": f"Title {aid}", "authors": ["A. Writer"], "published_at": published_at,
           "language": "en", "text": text, "text_normalized": text, "content_hash": chash(text),
           "version": version, "duplicate_of": None, "cluster_id": None, "story_id": None, "removed": [],
           "ingested_at": ingested_at, "run_id": run_id, "schema_version": schema.SCHEMA_VERSION}
    row.update(extra)
    return row


def partition_for(published_at, ingested_at) -> str:
    return (published_at or ingested_at).astimezone(UTC).strftime("%Y-%m-%d")


def ingest(out: str | Path, r: int, fetch_delay_s: float = 0.002) -> dict:
    """One plain-Python ingest run, in write_run's order, under the writer lock."""
    run_id, now = f"run-{r}", run_time(r)
    docs = []
    for doc in run_articles(r):          # "fetching"
        store.crash_point("fetch")
        time.sleep(fetch_delay_s)
        docs.append(doc)
    with store.writer_lock(out):
        store.sweep_temp_files(out)
        known: dict[str, dict[str, int]] = {}
        stored = store.read_table(out, "articles", columns=["article_id", "content_hash", "version"])
        for aid, h, v in zip(*(stored.column(c).to_pylist() for c in ("article_id", "content_hash", "version"))):
            known.setdefault(aid, {})[h] = v
        arts, parts, mentions, mparts = [], [], [], []
        for d in docs:
            h = chash(d["text"])
            versions = known.get(d["article_id"], {})
            if h in versions:
                continue
            version = max(versions.values(), default=0) + 1
            known.setdefault(d["article_id"], {})[h] = version
            part = partition_for(d["published_at"], now)
            arts.append(article_row(d["article_id"], d["text"], version, d["published_at"], now, run_id, d["source"]))
            parts.append(part)
            start = d["text"].index(d["person"])
            for k in range(1 + int(d["article_id"][1:]) % 3):   # 1-3 mention rows per version
                mentions.append({"article_id": d["article_id"], "content_hash": h,
                                 "key": d["person"].lower().replace(" ", "-"), "canonical": d["person"],
                                 "surface": d["person"], "start": start + k, "end": start + k + len(d["person"]),
                                 "source": d["source"], "published_at": d["published_at"], "run_id": run_id,
                                 "schema_version": schema.SCHEMA_VERSION})
                mparts.append(part)
        log = [{"url": f"https://{SOURCES[k]}/missing-{r}", "source": SOURCES[k], "status": 404, "bytes": 0,
                "elapsed_ms": 1.0, "attempt": 1, "outcome": "http_error", "error": "not found",
                "fetched_at": now, "run_id": run_id, "schema_version": schema.SCHEMA_VERSION} for k in range(2)]
        written = {"mentions": store.append(out, "mentions", mentions, mparts),
                   "articles": store.append(out, "articles", arts, parts),
                   "fetch_log": store.append(out, "fetch_log", log, [partition_for(None, now)] * len(log))}
        names = [{"key": p.lower().replace(" ", "-"), "canonical": p, "origin": "observed",
                  "variants": [{"surface": p, "count": 1}], "mentions": 1, "updated_at": now,
                  "schema_version": schema.SCHEMA_VERSION} for p in PEOPLE]
        written["names"] = store.replace_snapshot(out, "names", names)
    return written


def run_job(out: str | Path, steps: list[str] = JOB, fetch_delay_s: float = 0.002) -> None:
    for step in steps:
        if step == "compact":
            compact.compact(out, target_bytes=TARGET_BYTES)
        else:
            ingest(out, int(step.split(":")[1]), fetch_delay_s=fetch_delay_s)


# ---------------------------------------------------------------- checking

def logical_state(out: str | Path) -> dict:
    """Every table's content as sorted tuples (compaction may move rows between folders, not change these)."""
    def rows(table, cols):
        return sorted(tuple(str(v) for v in row) for row in zip(*(table.column(c).to_pylist() for c in cols)))

    key = ["article_id", "content_hash", "version"]
    mcols = ["article_id", "content_hash", "key", "start", "end"]
    live_m = store.read_table(out, "mentions", include_history=False)
    hist_m = store.read_table(out, "mentions_history")
    return {
        "articles_all": rows(store.read_table(out, "articles", columns=key), key),
        "articles_all_text": rows(store.read_table(out, "articles", columns=["article_id", "version", "text"]),
                                  ["article_id", "version", "text"]),
        "articles_current": rows(store.read_current(out, "articles"), key),
        "mentions_current": rows(store.read_current(out, "mentions"), mcols),
        # a crash between the history append and the partition swap may leave a group in both: count it once
        "mentions_all": sorted(set(rows(live_m, mcols)) | set(rows(hist_m, mcols))),
        "fetch_log": rows(store.read_table(out, "fetch_log"), ["run_id", "url"]),
        "names": rows(store.read_table(out, "names"), ["key"]),
    }


def check_unique(state: dict) -> None:
    for name, rows in state.items():
        if len(rows) != len(set(rows)):
            raise AssertionError(f"{name}: {len(rows) - len(set(rows))} duplicate row(s)")


def check_readers(out: str | Path) -> dict:
    """Read every table with DuckDB, pyarrow.dataset, pandas and Polars; all must work and agree."""
    import duckdb
    import pandas as pd
    import polars as pl
    import pyarrow.dataset as ds

    counts = {}
    for name in ("articles", "mentions", "fetch_log", "articles_history", "mentions_history"):
        folder = store.table_dir(out, name)
        if not store.data_files(out, name):
            continue
        glob = store.table_glob(out, name)
        got = {
            "duckdb": duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning=true, "
                                               f"hive_types={{'date': 'DATE'}}, union_by_name=true)").fetchone()[0],
            "pyarrow": ds.dataset(str(folder), format="parquet", partitioning="hive").count_rows(),
            "pandas": len(pd.read_parquet(folder)),
            "polars": pl.scan_parquet(glob, hive_partitioning=True, hive_schema={"date": pl.Date})
                        .select(pl.len()).collect().item(),
        }
        if len(set(got.values())) != 1:
            raise AssertionError(f"{name}: readers disagree: {got}")
        counts[name] = got["duckdb"]
    con = store.duckdb_connect(out)
    counts["articles_current"] = con.execute("SELECT count(*) FROM articles_current").fetchone()[0]
    dup = con.execute("SELECT count(*) - count(DISTINCT (article_id, content_hash)) FROM articles").fetchone()[0]
    if dup:
        raise AssertionError(f"articles: {dup} duplicate key(s) visible to readers")
    return counts


_expected_cache: dict = {}


def expected_state() -> dict:
    """The state of a job that was never killed (computed once per process)."""
    if "state" not in _expected_cache:
        with tempfile.TemporaryDirectory() as tmp:
            run_job(tmp, fetch_delay_s=0.0)
            _expected_cache["state"] = logical_state(tmp)
    return _expected_cache["state"]


def worker_cmd(out: str | Path) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "worker", "--out", str(out)]


def crash_once(out: str | Path, crash_at: str | None = None, delay_s: float | None = None) -> int:
    """Start the worker, kill it (at a named point, or after a delay); return its exit code."""
    env = dict(os.environ)
    env.pop("NEWSFLOW_CRASH_AT", None)
    if crash_at:
        env["NEWSFLOW_CRASH_AT"] = crash_at
    proc = subprocess.Popen(worker_cmd(out), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if delay_s is not None:
        try:
            proc.wait(timeout=delay_s)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
    proc.wait()
    if proc.returncode not in (0, -signal.SIGKILL):
        raise RuntimeError(f"worker failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    proc.stderr.close()
    return proc.returncode


def verify_after_kill(out: str | Path) -> dict:
    """Readers work on what the kill left; a full re-run then gives exactly the expected rows."""
    counts = check_readers(out)
    run_job(out, fetch_delay_s=0.0)
    state = logical_state(out)
    check_unique(state)
    expected = expected_state()
    for name in expected:
        if state[name] != expected[name]:
            missing = set(expected[name]) - set(state[name])
            extra = set(state[name]) - set(expected[name])
            raise AssertionError(f"{name}: {len(missing)} missing, {len(extra)} extra after re-run; "
                                 f"e.g. missing {sorted(missing)[:2]} extra {sorted(extra)[:2]}")
    return counts


# ---------------------------------------------------------------- commands

def bench(kills: int, seed: int) -> int:
    rng = random.Random(seed)
    expected_state()
    with tempfile.TemporaryDirectory() as tmp:       # how long an unkilled job takes, end to end
        t0 = time.monotonic()
        crash_once(Path(tmp) / "out")
        full = time.monotonic() - t0
    print(f"crash benchmark: {kills} random SIGKILLs of `{' '.join(JOB)}`, seed {seed}; "
          f"an unkilled worker takes {full:.2f} s")
    clean = killed = finished_first = 0
    started = time.monotonic()
    failures = []
    while killed < kills:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            delay = rng.uniform(0.0, full)
            if crash_once(out, delay_s=delay) != -signal.SIGKILL:
                finished_first += 1          # the worker beat the timer: not a kill, draw again
                continue
            killed += 1
            try:
                verify_after_kill(out)
                clean += 1
            except Exception as exc:  # noqa: BLE001 - every failure is reported, the run goes on
                failures.append(f"kill {killed} at {delay:.3f} s: {exc}")
    took = time.monotonic() - started
    print(f"kills: {killed} SIGKILLs that landed before the worker finished "
          f"({finished_first} more draws came too late and were not counted)")
    print(f"clean: {clean} of {killed}: DuckDB, pyarrow, pandas and Polars read every table after the kill; "
          f"the re-run ended with exactly the rows of an unkilled run (no loss, no duplicates)")
    print(f"time: {took:.1f} s ({took / max(kills, 1):.2f} s per kill + check + re-run)")
    for f in failures:
        print("FAIL", f)
    return 0 if clean == kills else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("worker", help="run the whole job once (the process the tests kill)")
    w.add_argument("--out", required=True)
    w.add_argument("--steps", default=",".join(JOB), help="comma-separated, e.g. ingest:1,ingest:2,compact")
    b = sub.add_parser("bench", help="random kills; prints how many of them ended clean")
    b.add_argument("--kills", type=int, default=100)
    b.add_argument("--seed", type=int, default=20240310)
    c = sub.add_parser("counts", help="how often each crash point is reached in one job")
    args = parser.parse_args(argv)
    if args.cmd == "worker":
        run_job(args.out, args.steps.split(","))
        return 0
    if args.cmd == "counts":
        os.environ["NEWSFLOW_CRASH_AT"] = "none:0"
        with tempfile.TemporaryDirectory() as tmp:
            run_job(tmp)
        print(json.dumps(dict(store._crash_hits), indent=1))
        return 0
    return bench(args.kills, args.seed)


if __name__ == "__main__":
    sys.exit(main())
