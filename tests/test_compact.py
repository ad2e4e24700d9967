"""newsflow.compact: merge small files near a target size, history, name re-materialisation, idempotency, ingest-safety."""

from __future__ import annotations

import importlib.util
import threading
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsflow import compact, schema, store

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("newsflow_crash_workload", ROOT / "benchmarks" / "crash.py")
crash = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(crash)

NOW = datetime(2024, 3, 20, 6, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch):
    monkeypatch.setenv("NEWSFLOW_FSYNC", "0")


def art(aid, text, version=1, day=1, **extra):
    return crash.article_row(aid, text, version, datetime(2024, 3, day, 9, tzinfo=UTC), NOW, "r", "x.example",
                             **extra)


def put(out, rows):
    return store.append(out, "articles", rows, [r["published_at"].strftime("%Y-%m-%d") for r in rows])


def body(i: int) -> str:
    # incompressible-ish text so that file sizes mean something
    import hashlib

    return " ".join(hashlib.sha256(f"{i}-{k}".encode()).hexdigest() for k in range(12))


def test_small_files_merge_near_target_and_rows_survive(tmp_path):
    for run in range(40):
        put(tmp_path, [art(f"a{run}-{k}", body(run * 10 + k), day=1 + k % 2) for k in range(10)])
    before = store.read_table(tmp_path, "articles")
    assert len(store.data_files(tmp_path, "articles")) == 80
    target = 40_000
    report = compact.compact(tmp_path, target_bytes=target)
    t = report["tables"]["articles"]
    assert t["files_before"] == 80 and t["partitions_rewritten"] == 2
    files = store.data_files(tmp_path, "articles")
    sizes = [f.stat().st_size for f in files]
    assert len(files) < 20
    assert all(target * compact.SMALL_FRACTION < s <= target * 1.2 for s in sizes), sizes
    after = store.read_table(tmp_path, "articles")
    assert sorted(after.column("article_id").to_pylist()) == sorted(before.column("article_id").to_pylist())
    assert after.sort_by("article_id").equals(before.sort_by("article_id"))
    crash.check_readers(tmp_path)


def test_compaction_is_idempotent(tmp_path):
    for run in range(6):
        put(tmp_path, [art(f"a{run}", body(run)), art(f"b{run}", body(100 + run), day=2)])
    put(tmp_path, [art("a0", "edited", version=2)])
    first = compact.compact(tmp_path, target_bytes=1_000_000)
    files = sorted(p.name for p in store.data_files(tmp_path, "articles"))
    second = compact.compact(tmp_path, target_bytes=1_000_000)
    assert first["tables"]["articles"]["partitions_rewritten"] == 2
    assert all(t["partitions_rewritten"] == 0 for t in second["tables"].values()), second["tables"]
    assert sorted(p.name for p in store.data_files(tmp_path, "articles")) == files


def test_superseded_versions_move_to_history(tmp_path):
    put(tmp_path, [art("a", "v1"), art("b", "only")])
    put(tmp_path, [art("a", "v2", version=2, day=3)])        # the update lands in another partition
    put(tmp_path, [art("a", "v3", version=3, day=3)])
    m = [{"article_id": "a", "content_hash": crash.chash(t), "key": "k", "canonical": "K", "surface": "K",
          "start": 0, "end": 1, "source": "x", "published_at": None, "run_id": "r", "schema_version": 1}
         for t in ("v1", "v2", "v3")]
    store.append(tmp_path, "mentions", m, ["2024-03-01", "2024-03-03", "2024-03-03"])
    all_before = store.read_table(tmp_path, "articles", columns=["article_id", "version"]).sort_by([("article_id", "ascending"), ("version", "ascending")])
    current_before = store.read_current(tmp_path).sort_by("article_id")
    report = compact.compact(tmp_path)
    assert report["tables"]["articles"]["moved_to_history"] == 2
    assert report["tables"]["mentions"]["moved_to_history"] == 2
    live = store.read_table(tmp_path, "articles", include_history=False)
    assert sorted(zip(live.column("article_id").to_pylist(), live.column("version").to_pylist())) == [("a", 3),
                                                                                                     ("b", 1)]
    assert store.read_table(tmp_path, "articles_history", columns=["version"]).column(0).to_pylist() in ([1, 2],
                                                                                                        [2, 1])
    assert store.read_current(tmp_path).sort_by("article_id").equals(current_before)
    assert store.read_table(tmp_path, "articles", columns=["article_id", "version"]).sort_by([("article_id", "ascending"), ("version", "ascending")]).equals(
        all_before)
    assert store.read_current(tmp_path, "mentions").column("content_hash").to_pylist() == [crash.chash("v3")]
    con = store.duckdb_connect(tmp_path)
    assert con.execute("SELECT count(*) FROM articles_all").fetchone()[0] == 4
    assert con.execute("SELECT count(*) FROM articles_history").fetchone()[0] == 2


def test_names_are_rematerialised(tmp_path):
    names = pytest.importorskip("newsflow.names")
    texts = {"a": "Mevlüt Çavuşoğlu spoke today. Çavuşoğlu said more.",
             "b": "Mevlut Cavusoglu arrived in Ankara on Monday.",
             "c": "Mevlüt Çavuşoğlu met Mevlüt Çavuşoğlu."}
    # stored as if written when the index knew nothing: text_normalized = text, mentions as surfaces
    texts["d"] = "Mevlut Cavusoglu again, in a partition that had no mentions at all."
    rows = [art(aid, t, day=2 if aid == "d" else 1) for aid, t in texts.items()]
    mentions = [{"article_id": r["article_id"], "content_hash": r["content_hash"], "key": "stale",
                 "canonical": "stale", "surface": "x", "start": 0, "end": 1, "source": r["source"],
                 "published_at": r["published_at"], "run_id": "r", "schema_version": 1} for r in rows[:2]]
    store.append(tmp_path, "mentions", mentions, ["2024-03-01"] * 2)
    store.append(tmp_path, "articles", rows, [r["published_at"].strftime("%Y-%m-%d") for r in rows])
    index = names.NameIndex.load(None)
    for t in texts.values():
        index.observe(t)
    index.save(store.state_dir(tmp_path) / compact.NAMES_STATE)
    report = compact.compact(tmp_path, target_bytes=1_000_000)
    assert report["names_rematerialised"]
    stored = {r["article_id"]: r for r in store.read_table(tmp_path, "articles").to_pylist()}
    mrows = store.read_table(tmp_path, "mentions").to_pylist()
    for aid, text in texts.items():
        want_text, want_mentions = names.normalize(text, names.NameIndex.load(store.state_dir(tmp_path) / "names.json"))
        assert stored[aid]["text_normalized"] == want_text
        assert stored[aid]["content_hash"] == crash.chash(text)          # the version's identity is kept
        got = sorted((m["key"], m["canonical"], m["start"]) for m in mrows if m["article_id"] == aid)
        assert got == sorted((m["key"], m["canonical"], m["start"]) for m in want_mentions)
    assert "stale" not in {m["canonical"] for m in mrows}
    assert stored["b"]["text_normalized"] != texts["b"]                 # one spelling now
    assert any(m["article_id"] == "d" for m in mrows)                    # first mentions of "d" added
    again = compact.compact(tmp_path, target_bytes=1_000_000)
    assert again["tables"]["articles"]["renormalized"] == 0
    assert again["tables"]["mentions"]["partitions_rewritten"] == 0


def test_ingest_during_compaction_loses_nothing(tmp_path):
    """Writers append (under the writer lock) while compactions run: every row is there at the end, once."""
    for run in range(10):
        put(tmp_path, [art(f"seed{run}", body(run), day=1 + run % 3)])
    stop = threading.Event()
    written: list[str] = []
    errors: list[BaseException] = []

    def ingest():
        n = 0
        try:
            while not stop.is_set() or n < 30:
                rows = [art(f"live{n}", body(1000 + n), day=1 + n % 3)]
                with store.writer_lock(tmp_path):
                    put(tmp_path, rows)
                written.append(rows[0]["article_id"])
                n += 1
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    thread = threading.Thread(target=ingest)
    thread.start()
    for _ in range(5):
        compact.compact(tmp_path, target_bytes=20_000)
    stop.set()
    thread.join()
    assert not errors
    compact.compact(tmp_path, target_bytes=20_000)
    ids = store.read_table(tmp_path, "articles", columns=["article_id"]).column(0).to_pylist()
    assert len(ids) == len(set(ids)) == 10 + len(written)
    assert set(written) <= set(ids)


def test_old_schema_files_are_upgraded_on_rewrite(tmp_path):
    import pyarrow as pa

    old_schema = pa.schema([f for f in schema.ARTICLES if f.name != "story_id"])
    for k in range(3):
        old = pa.Table.from_pylist([art(f"old{k}", body(k))], schema=old_schema)
        store.write_file_atomic(old, store.partition_dir(tmp_path, "articles", "2024-03-01") / store.new_file_name())
    compact.compact(tmp_path, target_bytes=1_000_000)
    (only,) = store.data_files(tmp_path, "articles")
    assert pq.read_schema(only).names == schema.ARTICLES.names
    assert store.read_table(tmp_path, "articles").num_rows == 3
