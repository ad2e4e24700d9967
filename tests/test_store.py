"""newsflow.store: atomic files, keyed idempotent appends, history-aware keys, the key cache, schema rules."""

from __future__ import annotations

import importlib.util
import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from newsflow import schema, store

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("newsflow_crash_workload", ROOT / "benchmarks" / "crash.py")
crash = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(crash)

T0 = datetime(2024, 3, 10, 6, tzinfo=UTC)


def art(aid: str, text: str, version: int = 1, day: int = 1, run: str = "r1", **extra) -> dict:
    published = None if day is None else datetime(2024, 3, day, 9, tzinfo=UTC)
    return crash.article_row(aid, text, version, published, T0, run, "north.example", **extra)


def put(out, rows):
    listed = rows.to_pylist() if isinstance(rows, pa.Table) else rows
    parts = [crash.partition_for(r["published_at"], r["ingested_at"]) for r in listed]
    return store.append(out, "articles", rows, parts)


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch):
    monkeypatch.setenv("NEWSFLOW_FSYNC", "0")


def test_layout_unique_names_and_partitions(tmp_path):
    put(tmp_path, [art("a", "one", day=1), art("b", "two", day=2), art("c", "three", day=None)])
    put(tmp_path, [art("d", "four", day=1)])
    files = store.data_files(tmp_path, "articles")
    rel = sorted(f.relative_to(tmp_path).parent.as_posix() for f in files)
    assert rel == ["articles/date=2024-03-01", "articles/date=2024-03-01", "articles/date=2024-03-02",
                   "articles/date=2024-03-10"]   # no publication date: ingest date
    assert len({f.name for f in files}) == len(files)
    meta = pq.read_schema(files[0]).metadata
    assert meta[b"newsflow.table"] == b"articles"
    assert meta[b"newsflow.schema_version"] == str(schema.SCHEMA_VERSION).encode()
    assert schema.PARTITION_COLUMN not in pq.read_schema(files[0]).names   # only in the folder name


def test_long_text_columns_carry_no_statistics(tmp_path):
    body = "The river rose past the old mill wheel overnight. " * 40
    put(tmp_path, [art("a", body, day=1), art("b", body.replace("river", "canal"), day=1)])
    meta = pq.ParquetFile(store.data_files(tmp_path, "articles")[0]).metadata
    stats = {meta.row_group(0).column(i).path_in_schema: meta.row_group(0).column(i).is_stats_set
             for i in range(meta.num_columns)}
    # whole texts would be copied into the footer as min and max; the keys and dates keep theirs for pruning
    assert not stats["text"] and not stats["text_normalized"] and not stats["removed.list.element.line"]
    assert stats["article_id"] and stats["published_at"] and stats["source"] and stats["authors.list.element"]


def test_reingest_adds_nothing(tmp_path):
    rows = [art("a", "one"), art("b", "two")]
    assert put(tmp_path, rows) == 2
    assert put(tmp_path, rows) == 0
    assert put(tmp_path, rows + [art("a", "one")]) == 0
    assert store.read_table(tmp_path, "articles").num_rows == 2
    assert len(store.data_files(tmp_path, "articles")) == 1


def test_batch_duplicates_dropped_but_mention_groups_kept(tmp_path):
    assert put(tmp_path, [art("a", "one"), art("a", "one")]) == 1
    m = [{"article_id": "a", "content_hash": "h", "key": k, "canonical": k, "surface": k, "start": i, "end": i + 1,
          "source": "s", "published_at": None, "run_id": "r", "schema_version": 1} for i, k in enumerate("xyz")]
    assert store.append(tmp_path, "mentions", m, ["2024-03-01"] * 3) == 3   # a key names a group of mentions
    assert store.append(tmp_path, "mentions", m, ["2024-03-01"] * 3) == 0
    # the key cache keeps the group's key once (per file); a read of the key columns still sees every row
    store.append(tmp_path, "mentions", [dict(r, content_hash="h2") for r in m], ["2024-03-02"] * 3)
    cached = store.key_index(tmp_path, "mentions")
    assert sorted(zip(*(cached.column(c).to_pylist() for c in ("article_id", "content_hash")))) == [
        ("a", "h"), ("a", "h2")]
    keys = store.read_table(tmp_path, "mentions", columns=["article_id", "content_hash"])
    assert keys.num_rows == 6
    assert store.append(tmp_path, "mentions", m, ["2024-03-01"] * 3) == 0


def test_update_is_new_version_and_history_keys_count(tmp_path):
    put(tmp_path, [art("a", "one", version=1)])
    put(tmp_path, [art("a", "one, corrected", version=2)])
    current = store.read_current(tmp_path, "articles")
    assert current.column("text").to_pylist() == ["one, corrected"]
    assert sorted(store.read_table(tmp_path, "articles", columns=["version"]).column(0).to_pylist()) == [1, 2]
    # once compaction moved v1 to history, re-ingesting v1's content still adds nothing
    from newsflow import compact

    compact.compact(tmp_path)
    assert store.read_table(tmp_path, "articles", include_history=False).num_rows == 1
    assert store.read_table(tmp_path, "articles_history").num_rows == 1
    assert put(tmp_path, [art("a", "one", version=3)]) == 0
    assert sorted(store.read_table(tmp_path, "articles", columns=["version"]).column(0).to_pylist()) == [1, 2]


def test_all_null_column_keeps_declared_type(tmp_path):
    rows = [art("a", "one", title=None, authors=None, language=None), art("b", "two", title=None, authors=None,
                                                                         language=None)]
    put(tmp_path, rows)
    # the same with a pyarrow table whose inferred types are null
    tbl = pa.Table.from_pylist([art("c", "three")]).set_column(
        4, "title", pa.nulls(1)).set_column(5, "authors", pa.nulls(1))
    assert tbl.schema.field("title").type == pa.null()
    put(tmp_path, tbl)
    for f in store.data_files(tmp_path, "articles"):
        s = pq.read_schema(f)
        assert s.field("title").type == pa.string()
        assert s.field("authors").type == pa.list_(pa.string())
        assert s.field("published_at").type == pa.timestamp("us", tz="UTC")
    # and every reader still reads the folder as a whole
    crash.check_readers(tmp_path)


def test_required_column_null_is_refused(tmp_path):
    with pytest.raises(ValueError, match="text"):
        put(tmp_path, [dict(art("a", "one"), text=None)])
    assert store.data_files(tmp_path, "articles") == []


def test_write_is_atomic_no_partial_file_visible(tmp_path, monkeypatch):
    """A writer stopped mid-file leaves only a hidden temp file that no reader sees."""
    target = tmp_path / "articles" / "date=2024-03-01" / store.new_file_name()
    real_replace = os.replace

    def boom(src, dst):
        raise KeyboardInterrupt("stopped before the rename")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        store.write_file_atomic(store.conform([art("a", "one")], schema.ARTICLES), target)
    monkeypatch.setattr(os, "replace", real_replace)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []   # the temp file is removed on the way out


def test_temp_files_invisible_to_readers(tmp_path):
    put(tmp_path, [art("a", "one")])
    folder = tmp_path / "articles" / "date=2024-03-01"
    (folder / f".{'0' * 32}{store.TEMP_SUFFIX}").write_bytes(b"PAR1 half a file")   # as a SIGKILL leaves it
    # a whole, valid file not yet renamed (killed just before the rename): also invisible
    (folder / f".{'1' * 32}{store.TEMP_SUFFIX}").write_bytes(store.data_files(tmp_path, "articles")[0].read_bytes())
    assert len(store.data_files(tmp_path, "articles")) == 1
    counts = crash.check_readers(tmp_path)   # DuckDB glob, pyarrow.dataset, pandas, Polars
    assert counts["articles"] == 1
    assert store.sweep_temp_files(tmp_path) == 2
    assert sorted(p.name for p in folder.iterdir()) == [store.data_files(tmp_path, "articles")[0].name]


def test_key_cache_is_validated_against_files(tmp_path):
    put(tmp_path, [art("a", "one"), art("b", "two", day=2)])
    assert len(store.key_index(tmp_path, "articles")) == 2
    cache = tmp_path / "_state" / "keys" / "articles.arrow"
    assert cache.exists()
    # a file removed behind the cache's back: its keys disappear
    store.data_files(tmp_path, "articles")[0].unlink()
    assert len(store.key_index(tmp_path, "articles")) == 1
    # a corrupt cache is rebuilt from the files
    cache.write_bytes(b"garbage")
    assert len(store.key_index(tmp_path, "articles")) == 1
    put(tmp_path, [art("c", "three")])
    assert sorted(store.key_index(tmp_path, "articles").column("article_id").to_pylist()) == ["b", "c"]


def test_written_files_go_into_the_key_cache_without_being_read_back(tmp_path, monkeypatch):
    put(tmp_path, [art("a", "one")])                  # the table's first file starts the cache
    put(tmp_path, [art("b", "two", day=2), art("c", "three", day=3)])
    m = [{"article_id": "a", "content_hash": "h", "key": k, "canonical": k, "surface": k, "start": i, "end": i + 1,
          "source": "s", "published_at": None, "run_id": "r", "schema_version": 1} for i, k in enumerate("xy")]
    store.append(tmp_path, "mentions", m, ["2024-03-01"] * 2)
    monkeypatch.setattr(store, "dataset", lambda *a, **k: pytest.fail("a written file was read back"))
    assert sorted(store.key_index(tmp_path, "articles").column("article_id").to_pylist()) == ["a", "b", "c"]
    assert store.key_index(tmp_path, "mentions").num_rows == 1
    monkeypatch.undo()
    # a file that changes behind the cache's back is still read again
    victim = store.data_files(tmp_path, "articles")[0]
    pq.write_table(pq.read_table(victim).slice(0, 0), victim)
    assert store.key_index(tmp_path, "articles").num_rows == 2


def test_schema_evolution_old_files_stay_readable(tmp_path):
    """Files written before a column existed read with that column null, by every reader."""
    put(tmp_path, [art("new", "with every column")])
    old_schema = pa.schema([f for f in schema.ARTICLES if f.name not in ("story_id", "cluster_id")])
    old = pa.Table.from_pylist([art("old", "written by schema 0", schema_version=0)], schema=old_schema)
    path = tmp_path / "articles" / "date=2024-02-01" / store.new_file_name()
    store.write_file_atomic(old, path)
    table = store.read_table(tmp_path, "articles")
    assert table.num_rows == 2 and table.schema.field("story_id").type == pa.string()
    import duckdb
    import polars as pl

    glob = store.table_glob(tmp_path, "articles")
    rows = duckdb.connect().execute(
        f"SELECT article_id, story_id FROM read_parquet('{glob}', hive_partitioning=true, union_by_name=true) "
        "ORDER BY article_id").fetchall()
    assert rows == [("new", None), ("old", None)]
    got = store.polars_scan(tmp_path, "articles").select("article_id", "story_id").sort("article_id").collect()
    assert got.rows() == [("new", None), ("old", None)]
    assert pl.scan_parquet(glob, hive_partitioning=True, missing_columns="insert",
                           schema=store.polars_scan(tmp_path, "articles").collect_schema()
                           ).select(pl.len()).collect().item() == 2
    con = store.duckdb_connect(tmp_path)
    assert con.execute("SELECT count(*) FROM articles_current").fetchone()[0] == 2


def test_writer_lock_serialises_and_times_out(tmp_path):
    order = []

    def hold():
        with store.writer_lock(tmp_path):
            order.append("held")
            time.sleep(0.3)
            order.append("released")

    t = threading.Thread(target=hold)
    t.start()
    time.sleep(0.05)
    with pytest.raises(TimeoutError):
        with store.writer_lock(tmp_path, timeout_s=0.05):
            pass
    with store.writer_lock(tmp_path):
        order.append("second")
    t.join()
    assert order == ["held", "released", "second"]


def test_fetch_log_retry_is_idempotent(tmp_path):
    log = [{"url": "https://x/1", "source": "x", "status": 500, "bytes": None, "elapsed_ms": 1.0, "attempt": 1,
            "outcome": "http_error", "error": "boom", "fetched_at": T0, "run_id": "r1", "schema_version": 1}]
    assert store.append(tmp_path, "fetch_log", log, ["2024-03-10"]) == 1
    assert store.append(tmp_path, "fetch_log", log, ["2024-03-10"]) == 0   # the write task's retry
    log2 = [dict(log[0], run_id="r2")]
    assert store.append(tmp_path, "fetch_log", log2, ["2024-03-10"]) == 1  # the next run logs again


def test_snapshot_replace(tmp_path):
    rows = [{"key": "k", "canonical": "K", "origin": "observed", "variants": [], "mentions": 1,
             "updated_at": T0, "schema_version": 1}]
    store.replace_snapshot(tmp_path, "names", rows)
    store.replace_snapshot(tmp_path, "names", rows * 1)
    assert [p.name for p in store.data_files(tmp_path, "names")] == ["names.parquet"]
    assert ds.dataset(tmp_path / "names").count_rows() == 1


def test_recover_removes_staging_left_by_a_killed_compaction(tmp_path):
    put(tmp_path, [art("a", "one")])
    staged = store.staging_root(tmp_path) / "articles.2024-03-01.dead"
    staged.mkdir(parents=True)
    (staged / "part-x.parquet").write_bytes(b"not yet swapped in")
    with store.writer_lock(tmp_path):
        result = store.recover(tmp_path)
    assert result["staging"] == 1 and not staged.exists()
    assert store.read_table(tmp_path, "articles").num_rows == 1


def test_fallback_swap_rolls_forward(tmp_path, monkeypatch):
    """Where folders can't be exchanged atomically, the journaled two-rename swap is used and recoverable."""
    put(tmp_path, [art("a", "one"), art("b", "two")])
    monkeypatch.setattr(store, "exchange_dirs", lambda a, b: False)
    from newsflow import compact

    put(tmp_path, [art("c", "three")])
    report = compact.compact(tmp_path, tables=["articles"])
    assert report["tables"]["articles"]["files_after"] == 1
    assert store.read_table(tmp_path, "articles").num_rows == 3
    # a half-done fallback swap (live renamed away, new not yet in) is rolled forward by recover
    live = store.partition_dir(tmp_path, "articles", "2024-03-01")
    new = store.staging_root(tmp_path) / "articles.2024-03-01.x"
    old = store.staging_root(tmp_path) / "articles.2024-03-01.x.old"
    os.rename(live, old)
    new.mkdir()
    for f in old.iterdir():
        os.link(f, new / f.name)
    (store.staging_root(tmp_path) / ("articles.2024-03-01.x" + store.JOURNAL_SUFFIX)).write_text(
        f'{{"live": "{live}", "new": "{new}", "old": "{old}"}}')
    with store.writer_lock(tmp_path):
        assert store.recover(tmp_path)["rolled_forward"] == 1
    assert store.read_table(tmp_path, "articles").num_rows == 3
    assert not any(store.staging_root(tmp_path).iterdir())
