"""Compaction benchmark: 100k articles written by 1,000 small runs, then `compact`; file sizes and query times.

    python benchmarks/compaction.py                       # 1,000 runs x 100 articles, target 4 MiB
    python benchmarks/compaction.py --runs 100 --target-mb 1 --out /tmp/bench   # quicker

Every run appends through newsflow.store exactly as an ingest does (keyed,
under the writer lock, one file per partition it touches): 100 articles per
run, 100 runs per day over 10 days, each article published that day or the day
before, ~5% of each run being new versions of earlier articles. Then it times a
per-day count in DuckDB and Polars, compacts, checks every article is still
there, and times the same queries again.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsflow import compact, schema, store  # noqa: E402

SOURCES = [f"outlet{k:02d}.example" for k in range(20)]
DAY0 = datetime(2024, 5, 1, tzinfo=UTC)


def make_vocabulary(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(2, 10))) for _ in range(5000)]


def make_text(rng: random.Random, vocab: list[str], words: int) -> str:
    return " ".join(rng.choices(vocab, k=words))


def write_runs(out: Path, runs: int, per_run: int, seed: int) -> dict:
    rng = random.Random(seed)
    vocab = make_vocabulary(rng)
    sentences = [make_text(rng, vocab, 25) + "." for _ in range(4000)]
    versions: dict[str, int] = {}
    published_of: dict[str, datetime] = {}
    next_id = 0
    started = time.monotonic()
    written = 0
    runs_per_day = max(1, runs // 10)
    for r in range(runs):
        now = DAY0 + timedelta(days=r // runs_per_day, minutes=(r % runs_per_day) * 14)
        rows, parts = [], []
        for _ in range(per_run):
            if versions and rng.random() < 0.05:          # an update of an article seen earlier
                aid = rng.choice(list(versions)[-5000:])
                published = published_of[aid]
            else:
                aid = f"art{next_id:07d}"
                next_id += 1
                published = now - timedelta(hours=rng.choice([1, 3, 8, 30]))
            if aid in {row["article_id"] for row in rows}:
                continue
            version = versions.get(aid, 0) + 1
            versions[aid] = version
            published_of[aid] = published
            text = " ".join(rng.choices(sentences, k=rng.randint(8, 24)))
            source = SOURCES[hash(aid) % len(SOURCES)]
            rows.append({"article_id": aid, "url": f"https://{source}/{aid}", "canonical_url": f"https://{source}/{aid}",
                         "source": source, "title": make_text(rng, vocab, 8), "authors": ["Staff"],
                         "published_at": published, "language": "en", "text": text, "text_normalized": text,
                         "content_hash": f"{aid}-{version}", "version": version, "duplicate_of": None,
                         "cluster_id": None, "story_id": f"story{rng.randint(0, 20000)}", "removed": [],
                         "ingested_at": now, "run_id": f"run{r}", "schema_version": schema.SCHEMA_VERSION})
            parts.append(published.strftime("%Y-%m-%d"))
        with store.writer_lock(out):
            written += store.append(out, "articles", rows, parts)
        if (r + 1) % max(1, runs // 10) == 0:
            print(f"  {r + 1} runs, {written} rows, {time.monotonic() - started:.0f} s", flush=True)
    return {"rows": written, "articles": len(versions), "seconds": time.monotonic() - started}


DUCKDB_PER_DAY = """SELECT date, count(*) FROM read_parquet('{glob}', hive_partitioning = true,
    hive_types = {{'date': 'DATE'}}) GROUP BY date ORDER BY date"""
DUCKDB_CURRENT_PER_DAY = """SELECT date, count(*) FROM (SELECT date, article_id FROM read_parquet('{glob}',
    hive_partitioning = true, hive_types = {{'date': 'DATE'}})
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1) GROUP BY date ORDER BY date"""


def time_queries(out: Path, repeat: int) -> dict[str, float]:
    import duckdb
    import polars as pl

    glob = store.table_glob(out, "articles")
    timings = {}

    def best(fn):
        samples = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = fn()
            samples.append(time.perf_counter() - t0)
        return statistics.median(samples), result

    timings["duckdb per-day count"], a = best(
        lambda: duckdb.connect().execute(DUCKDB_PER_DAY.format(glob=glob)).fetchall())
    timings["duckdb per-day count of current versions"], _ = best(
        lambda: duckdb.connect().execute(DUCKDB_CURRENT_PER_DAY.format(glob=glob)).fetchall())
    timings["polars per-day count"], b = best(
        lambda: pl.scan_parquet(glob, hive_partitioning=True, hive_schema={"date": pl.Date})
        .group_by("date").agg(pl.len()).sort("date").collect())
    assert [tuple(r) for r in a] == [tuple(r) for r in b.rows()], "DuckDB and Polars disagree"
    return timings


def current_ids(out: Path) -> set[tuple]:
    t = store.read_current(out, "articles", columns=["article_id", "version"])
    return set(zip(t.column("article_id").to_pylist(), t.column("version").to_pylist()))


def file_stats(out: Path, name: str) -> tuple[int, list[int]]:
    sizes = sorted(p.stat().st_size for p in store.data_files(out, name))
    return len(sizes), sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--per-run", type=int, default=100)
    parser.add_argument("--target-mb", type=float, default=4.0)
    parser.add_argument("--repeat", type=int, default=5, help="query repetitions (median reported)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", help="dataset folder (default: a temporary folder, removed at the end)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "out"
        print(f"writing {args.runs} runs x {args.per_run} articles to {out}")
        w = write_runs(out, args.runs, args.per_run, args.seed)
        n_before, sizes_before = file_stats(out, "articles")
        mb = sum(sizes_before) / 1e6
        print(f"written: {w['rows']} rows ({w['articles']} articles, {w['rows'] - w['articles']} superseded versions) "
              f"in {w['seconds']:.1f} s ({w['seconds'] / args.runs * 1000:.0f} ms per run)")
        print(f"before compaction: {n_before} files, {mb:.1f} MB, median file {statistics.median(sizes_before) / 1e3:.1f} kB, "
              f"{len(store.partitions(out, 'articles'))} partitions")
        before = time_queries(out, args.repeat)
        ids_before = current_ids(out)
        target = int(args.target_mb * 1024 * 1024)
        t0 = time.monotonic()
        report = compact.compact(out, target_bytes=target)
        took = time.monotonic() - t0
        n_after, sizes_after = file_stats(out, "articles")
        ids_after = current_ids(out)
        assert ids_after == ids_before, "compaction changed the current view"
        hist = store.read_table(out, "articles_history", columns=["article_id"]).num_rows
        live = store.read_table(out, "articles", include_history=False, columns=["article_id"]).num_rows
        assert live == w["articles"] and live + hist == w["rows"], (live, hist, w)
        rel = [s / target for s in sizes_after]
        print(f"compaction (target {args.target_mb:g} MiB = {target:,} bytes): {took:.1f} s; "
              f"articles: {n_before} files -> {n_after} files; {hist} superseded versions moved to articles_history")
        print(f"after: file sizes {min(sizes_after) / 1e6:.2f}-{max(sizes_after) / 1e6:.2f} MB, median "
              f"{statistics.median(sizes_after) / 1e6:.2f} MB = {statistics.median(rel):.0%} of target "
              f"(range {min(rel):.0%}-{max(rel):.0%}); files under half the target: "
              f"{sum(1 for x in rel if x < 0.5)} (a partition's only file may be)")
        after = time_queries(out, args.repeat)
        print(f"\n| query (median of {args.repeat}) | before: {n_before} files | after: {n_after} files | speed-up |")
        print("|---|---|---|---|")
        for k in before:
            print(f"| {k} | {before[k] * 1000:.0f} ms | {after[k] * 1000:.0f} ms | {before[k] / after[k]:.1f}x |")
        again = compact.compact(out, target_bytes=target)
        rewritten = sum(t["partitions_rewritten"] for t in again["tables"].values())
        print(f"\nsecond compaction: {rewritten} partitions rewritten in {again['seconds']:.2f} s (idempotent)")
        print(f"rows: {w['rows']} written = {live} current + {hist} history; none lost, none duplicated")
        print(f"tables report: {report['tables']['articles']['bytes_before'] / 1e6:.1f} MB -> "
              f"{report['tables']['articles']['bytes_after'] / 1e6:.1f} MB (articles live), "
              f"{report['tables']['articles_history']['files_after']} history files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
