"""Compaction: merge small files per partition, move superseded versions to history, re-derive names.

    for each table (articles, mentions, fetch_log, then the history tables):
        superseded = article versions below the highest version of their article_id
        for each partition, under the writer lock:
            rewrite = small files (when 2 or more) + files holding superseded rows
                      + files whose derived name columns differ from the current name index
            superseded rows  ─► <table>_history (keyed append: a repeat adds nothing)
            kept rows        ─► sorted, split into files near the target size, staged under _state/compact/
            untouched files  ─► hard-linked into the staging folder
            staging folder   ◄─► live partition folder   (one atomic exchange; old files deleted after)

Atomic: readers see the old partition or the new one (store.replace_partition).
Idempotent: a second run finds nothing to do (each output file is over half the
target unless it is the partition's only file; history appends are keyed).
Ingest-safe: each partition is rewritten under store.writer_lock, the lock
ingest takes to write, so no row an ingest writes can be lost; ingest only has
to wait for one partition, not for the whole compaction.

Nothing here imports Prefect; flows/compact.py composes these functions.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from newsflow import store
from newsflow.schema import PARTITION_COLUMN, SCHEMA_VERSION, TABLES

DEFAULT_TARGET_BYTES = 128 * 1024 * 1024
SMALL_FRACTION = 0.5           # a file under target * SMALL_FRACTION is "small"
NAMES_STATE = "names.json"     # same file as newsflow.pipeline.NAMES_STATE
ORDER = ("articles", "mentions", "fetch_log", "articles_history", "mentions_history")
SORT_KEYS = {
    "articles": ["source", "published_at", "article_id", "version"],
    "articles_history": ["source", "published_at", "article_id", "version"],
    "mentions": ["article_id", "content_hash", "start"],
    "mentions_history": ["article_id", "content_hash", "start"],
    "fetch_log": ["fetched_at", "url"],
}
ARTICLE_KEY = ("article_id", "content_hash")

Normalizer = Callable[[str], tuple[str, list[dict]]]


@dataclass
class TableReport:
    table: str
    partitions: int = 0
    partitions_rewritten: int = 0
    files_before: int = 0
    files_after: int = 0
    rows_before: int = 0
    rows_after: int = 0
    moved_to_history: int = 0
    renormalized: int = 0
    bytes_before: int = 0
    bytes_after: int = 0
    seconds: float = 0.0
    file_sizes: list[int] = field(default_factory=list)


# ---------------------------------------------------------------- inputs

def load_normalizer(out_dir: str | Path, alias_files: list[str] | None = None,
                    policy: str | None = None) -> Normalizer | None:
    """``text -> (text_normalized, mentions)`` from the saved name index, or None when unavailable.

    Uses newsflow.names (NameIndex.load, renormalize: normalize the original
    cleaned ``text`` again with today's index) when it is importable and
    OUT/_state/names.json exists; otherwise compaction keeps the stored
    derived columns as they are.
    """
    path = Path(out_dir) / store.STATE_DIR / NAMES_STATE
    if not path.exists():
        return None
    try:
        from newsflow import names as names_mod
    except ImportError:
        return None
    try:
        index = names_mod.NameIndex.load(path, alias_files=list(alias_files or []), policy=policy or "native")
    except TypeError:
        index = names_mod.NameIndex.load(path)
    fn = getattr(names_mod, "renormalize", None) or names_mod.normalize
    return lambda text: fn(text, index)


def superseded_keys(out_dir: str | Path) -> pa.Array:
    """Joined (article_id, content_hash) keys of every version that is not its article's highest."""
    keys = store.key_index(out_dir, "articles")
    parts = []
    if keys.num_rows:
        best = keys.group_by("article_id").aggregate([("version", "max")])
        joined = keys.join(best, keys="article_id", join_type="inner")
        old = joined.filter(pc.less(joined.column("version"), joined.column("version_max")))
        parts.append(store._joined_key(old, ARTICLE_KEY))
    hist = store.key_index(out_dir, "articles_history")
    if hist.num_rows:
        parts.append(store._joined_key(hist, ARTICLE_KEY))
    if not parts:
        return pa.array([], pa.string())
    return pc.unique(pa.chunked_array(parts).combine_chunks())


# ---------------------------------------------------------------- one partition

def _visible_files(folder: Path) -> list[Path]:
    if not folder.exists():
        return []
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith((".", "_")))


def _read(out_dir: str | Path, name: str, files: list[Path]) -> pa.Table:
    """Rows of some files with the declared schema (old files get new columns as nulls), no partition column."""
    table = store.dataset(out_dir, name, files=files).to_table()
    if PARTITION_COLUMN in table.column_names and PARTITION_COLUMN not in TABLES[name].schema.names:
        table = table.drop([PARTITION_COLUMN])
    return table


def _mention_signature(rows: list[dict]) -> list[tuple]:
    return sorted((m["key"], m["canonical"], m["surface"], int(m["start"]), int(m["end"])) for m in rows)


def _renormalize_articles(table: pa.Table, normalize: Normalizer) -> tuple[pa.Table, int]:
    """Recompute text_normalized; returns the table and how many rows changed."""
    texts = table.column("text").to_pylist()
    stored = table.column("text_normalized").to_pylist()
    fresh = [normalize(t)[0] for t in texts]
    changed = sum(1 for a, b in zip(stored, fresh) if a != b)
    if not changed:
        return table, 0
    idx = table.schema.get_field_index("text_normalized")
    return table.set_column(idx, table.schema.field(idx), pa.array(fresh, pa.string())), changed


def _expected_mentions(out_dir: str | Path, value: str, normalize: Normalizer,
                       superseded: pa.Array) -> dict[str, list[dict]]:
    """The mention rows the current name index gives the current articles of one partition."""
    files = _visible_files(store.partition_dir(out_dir, "articles", value))
    if not files:
        return {}
    arts = _read(out_dir, "articles", files).select(
        ["article_id", "content_hash", "text", "source", "published_at", "run_id"])
    arts = arts.filter(pc.invert(pc.is_in(store._joined_key(arts, ARTICLE_KEY), value_set=superseded)))
    expected: dict[str, list[dict]] = {}
    for row in arts.to_pylist():
        _, mentions = normalize(row["text"])
        expected[f"{row['article_id']}\x1f{row['content_hash']}"] = [
            {"article_id": row["article_id"], "content_hash": row["content_hash"], "key": m["key"],
             "canonical": m["canonical"], "surface": m["surface"], "start": m["start"], "end": m["end"],
             "source": row["source"], "published_at": row["published_at"], "run_id": row["run_id"],
             "schema_version": SCHEMA_VERSION} for m in mentions]
    return expected


def _write_balanced(table: pa.Table, name: str, folder: Path, target_bytes: int) -> list[int]:
    """Write ``table`` as n files of near-equal size, n = ceil(encoded size / target); returns the sizes."""
    table = table.replace_schema_metadata(store.file_metadata(name))
    if table.num_rows == 0:
        return []
    whole = store.parquet_bytes(table)
    n = max(1, math.ceil(whole.size / target_bytes))
    if n == 1:
        store.write_file_atomic(whole, folder / store.new_file_name())
        return [whole.size]
    sizes = []
    step = math.ceil(table.num_rows / n)
    for start in range(0, table.num_rows, step):
        path = store.write_file_atomic(table.slice(start, step), folder / store.new_file_name())
        sizes.append(path.stat().st_size)
    return sizes


def compact_partition(out_dir: str | Path, name: str, value: str, *, target_bytes: int = DEFAULT_TARGET_BYTES,
                      superseded: pa.Array | None = None, normalize: Normalizer | None = None,
                      files_with_superseded: set[str] | None = None) -> dict:
    """Compact one partition of one table. Call under ``store.writer_lock``; returns figures."""
    spec = TABLES[name]
    live = store.partition_dir(out_dir, name, value)
    files = _visible_files(live)
    sizes = {f: f.stat().st_size for f in files}
    result = {"files_before": len(files), "bytes_before": sum(sizes.values()), "rewritten": False,
              "moved": 0, "renormalized": 0, "rows_before": 0, "rows_after": 0,
              "files_after": len(files), "bytes_after": sum(sizes.values()), "sizes": sorted(sizes.values())}
    if not files and not (normalize is not None and name == "mentions"):
        return result
    small = [f for f in files if sizes[f] < target_bytes * SMALL_FRACTION]
    rewrite = set(small) if len(small) >= 2 else set()
    moving = spec.history is not None and superseded is not None and len(superseded) > 0
    if moving and files_with_superseded:
        rewrite |= {f for f in files if f.name in files_with_superseded}
    expected: dict[str, list[dict]] = {}
    if normalize is not None and name == "articles":
        for f in files:
            if f in rewrite:
                continue
            probe = _read(out_dir, name, [f]).select(["text", "text_normalized"])
            if _renormalize_articles(probe, normalize)[1]:
                rewrite.add(f)
    if normalize is not None and name == "mentions":
        expected = _expected_mentions(out_dir, value, normalize, superseded if moving else pa.array([], pa.string()))
        stored = (store.dataset(out_dir, name, files=files).to_table(columns=spec.schema.names + ["__filename"])
                  if files else spec.schema.empty_table().append_column("__filename", pa.array([], pa.string())))
        stored_keys = store._joined_key(stored, ARTICLE_KEY)
        groups: dict[str, list[dict]] = {}
        for row, key in zip(stored.to_pylist(), stored_keys.to_pylist()):
            groups.setdefault(key, []).append(row)
        expected = {k: rows for k, rows in expected.items()
                    if _mention_signature(rows) != _mention_signature(groups.get(k, []))}
        if expected and files:
            hit = pc.is_in(stored_keys, value_set=pa.array(sorted(expected), pa.string()))
            rewrite |= {Path(p) for p in pc.unique(stored.filter(hit).column("__filename")).to_pylist()}
            if not rewrite:
                rewrite.add(files[-1])   # groups with no stored rows yet: rewrite one file to add them
    if not rewrite and not expected:
        return result

    rewrite_list = [f for f in files if f in rewrite]
    table = _read(out_dir, name, rewrite_list) if rewrite_list else spec.schema.empty_table()
    result["rows_before"] = table.num_rows
    store.crash_point("compact_read")
    if moving:
        mask = pc.is_in(store._joined_key(table, ARTICLE_KEY), value_set=superseded)
        old = table.filter(mask)
        table = table.filter(pc.invert(mask))
        if old.num_rows:
            store.append(out_dir, spec.history, old, [value] * old.num_rows)
            result["moved"] = old.num_rows
        store.crash_point("compact_history")
    if normalize is not None and name == "articles":
        table, result["renormalized"] = _renormalize_articles(table, normalize)
    if expected:
        keys = store._joined_key(table, ARTICLE_KEY)
        table = table.filter(pc.invert(pc.is_in(keys, value_set=pa.array(sorted(expected)))))
        new_rows = [row for rows in expected.values() for row in rows]
        table = pa.concat_tables([table, store.conform(new_rows, spec.schema)])
        result["renormalized"] = len(expected)
    table = store.conform(table, spec.schema)
    table = table.sort_by([(c, "ascending") for c in SORT_KEYS.get(name, [])])
    result["rows_after"] = table.num_rows

    staged = store.staging_root(out_dir) / f"{name}.{value}.{uuid.uuid4().hex[:12]}"
    staged.mkdir(parents=True)
    new_sizes = _write_balanced(table, name, staged, target_bytes)
    for f in files:
        if f not in rewrite:
            (staged / f.name).hardlink_to(f)
            new_sizes.append(sizes[f])
    store.crash_point("compact_staged")
    store.replace_partition(out_dir, name, value, staged)
    store.crash_point("compact_partition_done")
    result.update(rewritten=True, files_after=len(new_sizes), bytes_after=sum(new_sizes), sizes=sorted(new_sizes))
    return result


# ---------------------------------------------------------------- tables

def compact_table(out_dir: str | Path, name: str, *, target_bytes: int = DEFAULT_TARGET_BYTES,
                  normalize: Normalizer | None = None, lock: bool = True) -> TableReport:
    """Compact every partition of one table, each under the writer lock (ingest waits for one partition at most)."""
    started = time.monotonic()
    report = TableReport(table=name)
    spec = TABLES[name]
    if not spec.partitioned:
        return report
    superseded = None
    by_file: set[str] | None = None
    if spec.history:
        superseded = superseded_keys(out_dir)
        if len(superseded):
            idx = store.key_index(out_dir, name, with_files=True)
            hit = pc.is_in(store._joined_key(idx, ARTICLE_KEY), value_set=superseded)
            by_file = {Path(p).name for p in pc.unique(idx.filter(hit).column("__file")).to_pylist()}
    if name not in ("articles", "mentions"):
        normalize = None
    values = store.partitions(out_dir, name)
    if normalize is not None and name == "mentions":   # articles whose first mentions appear only now
        values = sorted(set(values) | set(store.partitions(out_dir, "articles")))
    for value in values:
        ctx = store.writer_lock(out_dir) if lock else _nullcontext()
        with ctx:
            res = compact_partition(out_dir, name, value, target_bytes=target_bytes, superseded=superseded,
                                    normalize=normalize, files_with_superseded=by_file)
        report.partitions += 1
        report.partitions_rewritten += int(res["rewritten"])
        report.files_before += res["files_before"]
        report.files_after += res["files_after"]
        report.bytes_before += res["bytes_before"]
        report.bytes_after += res["bytes_after"]
        report.rows_before += res["rows_before"]
        report.rows_after += res["rows_after"]
        report.moved_to_history += res["moved"]
        report.renormalized += res["renormalized"]
        report.file_sizes.extend(res["sizes"])
    report.seconds = round(time.monotonic() - started, 3)
    return report


class _nullcontext:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def recover(out_dir: str | Path) -> dict:
    """Clean up after killed writers (temp files, staging folders), under the lock."""
    with store.writer_lock(out_dir):
        return store.recover(out_dir)


def compact(out_dir: str | Path, tables: list[str] | None = None, *, target_bytes: int = DEFAULT_TARGET_BYTES,
            renormalize: bool = True, alias_files: list[str] | None = None, name_policy: str | None = None) -> dict:
    """Compact a dataset: the whole job as one plain call (the flow runs the same steps as tasks)."""
    started = time.monotonic()
    recovered = recover(out_dir)
    normalize = load_normalizer(out_dir, alias_files, name_policy) if renormalize else None
    reports = [compact_table(out_dir, name, target_bytes=target_bytes, normalize=normalize)
               for name in (tables or ORDER)]
    return summary(out_dir, reports, recovered, target_bytes, normalize is not None, time.monotonic() - started)


def summary(out_dir: str | Path, reports: list[TableReport], recovered: dict, target_bytes: int,
            renormalized: bool, seconds: float) -> dict:
    tables = {}
    for r in reports:
        d = asdict(r)
        sizes = d.pop("file_sizes")
        d["median_file_bytes"] = sorted(sizes)[len(sizes) // 2] if sizes else 0
        tables[r.table] = d
    return {"out": str(out_dir), "target_bytes": target_bytes, "recovered": recovered,
            "names_rematerialised": renormalized, "seconds": round(seconds, 3), "tables": tables}


def report_markdown(report: dict) -> str:
    lines = [f"# newsflow compaction of `{report['out']}`", "",
             f"target file size {report['target_bytes']:,} bytes; names re-materialised: "
             f"{report['names_rematerialised']}; {report['seconds']} s", "",
             "| table | partitions rewritten | files before → after | rows moved to history | "
             "names re-derived | MB before → after |", "|---|---|---|---|---|---|"]
    for name, t in report["tables"].items():
        lines.append(f"| {name} | {t['partitions_rewritten']}/{t['partitions']} | {t['files_before']} → "
                     f"{t['files_after']} | {t['moved_to_history']} | {t['renormalized']} | "
                     f"{t['bytes_before'] / 1e6:.1f} → {t['bytes_after'] / 1e6:.1f} |")
    return "\n".join(lines)
