"""The IO layer: owns paths, partitions, atomic files and idempotent appends.

Layout (docs/storage.md has the full contract)::

    OUT/<table>/date=YYYY-MM-DD/part-<time>-<uuid>.parquet   partitioned tables
    OUT/<table>/<table>.parquet                              snapshot tables (names)
    OUT/_state/                                              run state, key caches, compaction staging

Tables: articles, mentions, fetch_log, names, and the history tables
articles_history and mentions_history that compaction fills with superseded
versions. Run state lives under ``OUT/_state/``, which no table glob matches.

Atomicity: every file is written under a hidden temporary name in its final
folder (``.<uuid>.parquet.tmp``: no reader globs or lists it), flushed and
fsynced, then renamed. A crash leaves at most a stray temp file, which
``sweep_temp_files`` removes. Compaction replaces a whole partition folder in
one atomic directory exchange (``renameat2(RENAME_EXCHANGE)``), see
newsflow.compact.

Idempotency: each table declares a row key (schema.TABLES). ``append`` drops
rows whose key is already stored (in the table or its history), under the
writer lock, so a retried or repeated run adds nothing. The stored keys come
from a per-table key cache under ``_state/keys/`` that is validated against the
file listing on every use, so it can never be stale, only incomplete (and then
it reads the missing files).

Crash points: ``NEWSFLOW_CRASH_AT=<point>:<n>[,<point>:<n>...]`` makes the
process SIGKILL itself the n-th time it reaches ``<point>`` (see
``crash_point``); the crash tests use it to kill writers at chosen places. A
commit's child process counts on from the run's hits and kills the run with it.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import json
import os
import shutil
import signal
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

if TYPE_CHECKING:
    import pyarrow.dataset as ds

from newsflow.paths import STATE_DIR, check_writable, state_dir  # noqa: F401  (re-exported)
from newsflow.schema import DUCKDB_HIVE_TYPES, NO_STATISTICS, PARTITION_COLUMN, SCHEMA_VERSION, TABLES, Table

TEMP_SUFFIX = ".parquet.tmp"
KEYS_DIR = "keys"
STAGING_DIR = "compact"
JOURNAL_SUFFIX = ".journal.json"
PARQUET_COMPRESSION = "zstd"
# Files of one append written at once: Parquet encoding and fsync release the GIL, and a run
# over many days writes one small file per day partition (fsync latency dominates then).
WRITE_THREADS = 16

# ---------------------------------------------------------------- crash points

_crash_hits: Counter = Counter()
_crash_lock = threading.Lock()


def crash_point(name: str) -> None:
    """SIGKILL this process here if NEWSFLOW_CRASH_AT names this point (testing only).

    ``NEWSFLOW_CRASH_AT=before_rename:3`` kills at the third rename of the
    process; several points may be given, comma-separated. Points used by the
    store: ``temp_partial`` (half a temp file on disk), ``before_rename``,
    ``after_rename``, ``append_done`` (one table appended: between tables),
    ``cache_saved``; by compaction: ``compact_read``, ``compact_history``,
    ``compact_staged``, ``compact_swapped``, ``compact_partition_done``.
    Other modules may add their own (the crash workload uses ``fetch``).
    """
    spec = os.environ.get("NEWSFLOW_CRASH_AT")
    if not spec:
        return
    with _crash_lock:  # files are written from several threads
        _crash_hits[name] += 1
        hits = _crash_hits[name]
    for item in spec.split(","):
        point, _, nth = item.strip().partition(":")
        if point == name and hits == int(nth or 1):
            if _commit_parent is not None:   # a commit's child process: the whole run dies, as it would in one
                os.kill(_commit_parent, signal.SIGKILL)
            os.kill(os.getpid(), signal.SIGKILL)


_commit_parent: int | None = None


def mark_commit_child() -> None:
    """Called in a commit's child process (newsflow.runners.run_forked): crash points kill the run with it."""
    global _commit_parent
    _commit_parent = os.getppid()


def crash_hits() -> dict[str, int]:
    """Crash-point hits so far in this process (a commit's child sends them back to the run)."""
    with _crash_lock:
        return dict(_crash_hits)


def merge_crash_hits(hits: dict[str, int]) -> None:
    """Continue the counts of a commit's child, so ``point:n`` counts over the whole run."""
    with _crash_lock:
        _crash_hits.update({k: max(v, _crash_hits[k]) for k, v in hits.items()})


# ---------------------------------------------------------------- folders and locks

@contextlib.contextmanager
def writer_lock(out_dir: str | Path, timeout_s: float | None = None) -> Iterator[None]:
    """Exclusive lock for writers of one dataset (ingest and compaction take turns).

    flock is released by the kernel when the process dies, so a killed run
    never leaves the dataset locked. Not re-entrant: do not nest it (a second
    flock on a new descriptor blocks, even in the same process). With
    ``timeout_s`` raise TimeoutError instead of waiting longer.
    """
    lock_path = state_dir(out_dir) / "writer.lock"
    with open(lock_path, "a+b") as handle:
        if timeout_s is None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        else:
            deadline = time.monotonic() + timeout_s
            while True:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise TimeoutError(f"{out_dir}: another writer holds the lock") from None
                    time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _fsync_enabled() -> bool:
    """fsync makes a write survive power loss. NEWSFLOW_FSYNC=0 skips it (tests only: a killed
    process loses nothing the kernel already has, so crash tests don't need it)."""
    return os.environ.get("NEWSFLOW_FSYNC", "1") != "0"


def _fsync(fd: int) -> None:
    if _fsync_enabled():
        os.fsync(fd)


def _fsync_dir(path: Path) -> None:
    if not _fsync_enabled():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- memory of a long run

def use_system_allocator() -> None:
    """Let Arrow allocate from the C library instead of its default mimalloc pool.

    A run's commits encode many small files from several threads; mimalloc kept those pages,
    so a run's peak memory rose with every commit (measured, parent process, benchmarks/out/
    pages-N: 292 MB at 1k pages, 374 MB at 5k; with the C allocator and ``release_memory`` after
    each commit: 208 and 244 MB). newsflow/__init__.py sets ARROW_DEFAULT_MEMORY_POOL=system
    before Arrow is imported, which covers Arrow's C++ internals too; this call covers a process
    that imported pyarrow first (a notebook), for the buffers pyarrow allocates itself. A pool
    the user chose with ARROW_DEFAULT_MEMORY_POOL is kept.
    """
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL", "system") == "system" \
            and pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


def release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the system (glibc), between commits."""
    import gc

    gc.collect()
    global _libc_trim
    if _libc_trim is None:
        try:
            _libc_trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _libc_trim = False
    if _libc_trim:
        _libc_trim(0)


_libc_trim = None


# ---------------------------------------------------------------- files

def file_metadata(name: str) -> dict[bytes, bytes]:
    """Key-value metadata every data file carries (readers ignore it; humans and tools can look)."""
    return {b"newsflow.table": name.encode(), b"newsflow.schema_version": str(SCHEMA_VERSION).encode()}


def _leaf_paths(name: str, type_: pa.DataType) -> list[str]:
    """Parquet column paths of a field ("removed.list.element.line" for a list of structs)."""
    if pa.types.is_list(type_) or pa.types.is_large_list(type_):
        return _leaf_paths(f"{name}.list.element", type_.value_type)
    if pa.types.is_struct(type_):
        return [p for i in range(type_.num_fields) for p in _leaf_paths(f"{name}.{type_.field(i).name}",
                                                                          type_.field(i).type)]
    return [name]


def statistics_columns(schema: pa.Schema) -> list[str]:
    """Columns whose min/max statistics are written: all but the long text ones, whose min and max are two
    whole articles copied into the footer (doubling a small file) and prune nothing."""
    return [p for field in schema if field.name not in NO_STATISTICS for p in _leaf_paths(field.name, field.type)]


def parquet_bytes(table: pa.Table, row_group_size: int | None = None) -> pa.Buffer:
    """Encode a table as one Parquet file in memory."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression=PARQUET_COMPRESSION, row_group_size=row_group_size,
                   write_statistics=statistics_columns(table.schema))
    return sink.getvalue()


def write_file_atomic(table: pa.Table | pa.Buffer, final_path: Path) -> Path:
    """Write ``table`` (or already encoded Parquet bytes) to ``final_path`` through a hidden temp file and a rename.

    The temp file lives in the final folder (so the rename stays on one file
    system), is named ``.<uuid>.parquet.tmp`` (no ``*.parquet`` glob and no
    pyarrow/pandas/Polars listing of hidden files sees it), and is fsynced
    before the rename; the folder is fsynced after it.
    """
    data = table if isinstance(table, pa.Buffer) else parquet_bytes(table)
    final_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = final_path.parent / f".{uuid.uuid4().hex}{TEMP_SUFFIX}"
    try:
        with open(tmp, "wb") as handle:
            view = memoryview(data)
            half = len(view) // 2
            handle.write(view[:half])
            handle.flush()
            crash_point("temp_partial")
            handle.write(view[half:])
            handle.flush()
            _fsync(handle.fileno())
        crash_point("before_rename")
        os.replace(tmp, final_path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    crash_point("after_rename")
    _fsync_dir(final_path.parent)
    return final_path


def write_files_atomic(jobs: list[tuple[pa.Table, Path]]) -> None:
    """write_file_atomic for several files, WRITE_THREADS at a time; each file is all or nothing.

    If one fails, the error is raised after the others finished: the files already renamed
    stay (their rows are keyed, so the retry or next run completes the table without duplicates).
    """
    if len(jobs) <= 1:
        for table, path in jobs:
            write_file_atomic(table, path)
        return
    with ThreadPoolExecutor(max_workers=min(WRITE_THREADS, len(jobs)), thread_name_prefix="newsflow-write") as pool:
        futures = [pool.submit(write_file_atomic, table, path) for table, path in jobs]
    for future in futures:
        future.result()


def new_file_name() -> str:
    """A unique, time-sortable file name for one write."""
    return f"part-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:12]}.parquet"


def table_dir(out_dir: str | Path, name: str) -> Path:
    return Path(out_dir) / name


def partition_dir(out_dir: str | Path, name: str, value: str) -> Path:
    return table_dir(out_dir, name) / f"{PARTITION_COLUMN}={value}"


def _visible(rel: Path) -> bool:
    return not any(part.startswith((".", "_")) for part in rel.parts)


def data_files(out_dir: str | Path, name: str) -> list[Path]:
    """The committed Parquet files of one table (never temp files, nothing under hidden folders)."""
    root = table_dir(out_dir, name)
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*.parquet") if _visible(p.relative_to(root)))


def partitions(out_dir: str | Path, name: str) -> list[str]:
    """The partition values (``YYYY-MM-DD``) present in a partitioned table."""
    root = table_dir(out_dir, name)
    if not root.exists():
        return []
    prefix = f"{PARTITION_COLUMN}="
    return sorted(p.name[len(prefix):] for p in root.iterdir() if p.is_dir() and p.name.startswith(prefix))


def empty_table(schema: pa.Schema) -> pa.Table:
    """A table of no rows (pyarrow's Schema.empty_table imports pandas, 0.3 s a process that writes never needs)."""
    return pa.Table.from_batches([], schema=schema)


def partition_of(path: Path) -> str | None:
    prefix = f"{PARTITION_COLUMN}="
    return path.parent.name[len(prefix):] if path.parent.name.startswith(prefix) else None


def _hive_partitioning() -> ds.Partitioning:
    # The partition value stays a string in pyarrow (readers cast it: see docs/storage.md).
    import pyarrow.dataset as ds   # here, not at import: it imports pandas (0.3 s) that writing never needs

    return ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.string())]), flavor="hive")


def dataset(out_dir: str | Path, name: str, files: list[Path] | None = None) -> ds.Dataset | None:
    """A pyarrow dataset over one table with its declared schema, or None when empty.

    The declared schema makes files written before a column was added read
    with that column null (schema evolution), whatever order files come in.
    """
    spec = TABLES[name]
    files = data_files(out_dir, name) if files is None else files
    if not files:
        return None
    import pyarrow.dataset as ds   # see _hive_partitioning
    if spec.partitioned:
        return ds.dataset([str(f) for f in files], schema=spec.schema, format="parquet",
                          partitioning=_hive_partitioning(), partition_base_dir=str(table_dir(out_dir, name)))
    return ds.dataset([str(f) for f in files], schema=spec.schema, format="parquet")


def _empty(spec: Table, columns: list[str] | None) -> pa.Table:
    schema = spec.schema
    if columns:
        schema = pa.schema([schema.field(c) if c in schema.names else pa.field(c, pa.string()) for c in columns])
    return empty_table(schema)


def _read_one(out_dir: str | Path, name: str, columns: list[str] | None) -> pa.Table:
    spec = TABLES[name]
    cols = _cache_columns(spec)
    if columns and cols and set(columns) <= set(cols) and spec.unique_key:   # (the cache holds a
        return key_index(out_dir, name).select(columns)                      # repeated key once)
    dset = dataset(out_dir, name)
    if dset is None:
        return _empty(spec, columns)
    return dset.to_table(columns=columns)


def read_table(out_dir: str | Path, name: str, columns: list[str] | None = None,
               include_history: bool = True) -> pa.Table:
    """Read a whole table, all versions, as a pyarrow Table; empty table when nothing is stored.

    For articles and mentions "all versions" includes the rows compaction
    moved to the history table (a row present in both after a crash mid-way
    counts once). Columns that are all key columns (plus ``version``) are
    answered from the key cache without reading the data files.
    """
    spec = TABLES[name]
    live = _read_one(out_dir, name, columns)
    if not (include_history and spec.history):
        return live
    hist = _read_one(out_dir, spec.history, columns)
    if hist.num_rows == 0:
        return live
    if spec.unique_key and set(spec.key) <= set(live.column_names):
        hist = hist.filter(pc.invert(pc.is_in(_joined_key(hist, spec.key), value_set=_joined_key(live, spec.key))))
    return pa.concat_tables([live, hist.select(live.column_names).cast(live.schema)])


def read_current(out_dir: str | Path, name: str = "articles", columns: list[str] | None = None) -> pa.Table:
    """The current view: the highest ``version`` of each article (mentions: of the current versions).

    Between compactions the articles folder holds old versions too; this is
    what the DuckDB view ``articles_current`` computes.
    """
    keys = key_index(out_dir, "articles")
    if keys.num_rows:
        best = keys.group_by("article_id").aggregate([("version", "max")])
        current = keys.join(best, keys=["article_id", "version"], right_keys=["article_id", "version_max"],
                            join_type="inner")
        current_keys = _joined_key(current, ("article_id", "content_hash"))
    else:
        current_keys = pa.array([], pa.string())
    if name == "articles":
        dset = dataset(out_dir, "articles")
        if dset is None:
            return _empty(TABLES["articles"], columns)
        table = dset.to_table()
        # exact duplicate rows can't exist after append's key check; keep one row per key anyway
        table = table.filter(pc.is_in(_joined_key(table, ("article_id", "content_hash")), value_set=current_keys))
        table = _first_per_key(table, ("article_id",))
    elif name == "mentions":
        dset = dataset(out_dir, "mentions")
        if dset is None:
            return _empty(TABLES["mentions"], columns)
        table = dset.to_table()
        table = table.filter(pc.is_in(_joined_key(table, ("article_id", "content_hash")), value_set=current_keys))
    else:
        raise ValueError(f"no current view for table {name!r}")
    return table.select(columns) if columns else table


def _first_per_key(table: pa.Table, key: tuple[str, ...]) -> pa.Table:
    """Keep the first row of each key, in table order."""
    if table.num_rows == 0:
        return table
    idx = pa.array(range(table.num_rows), pa.int64())
    first = pa.table({"k": _joined_key(table, key), "i": idx}).group_by("k", use_threads=False)
    first = first.aggregate([("i", "min")]).column("i_min").to_pylist()
    return table.take(sorted(first))


def _joined_key(table: pa.Table, key: tuple[str, ...] | list[str]) -> pa.Array:
    """One string per row for a composite key (unit separator between parts)."""
    parts = [pc.cast(table.column(c), pa.string()).fill_null("\x00") for c in key]
    if len(parts) == 1:
        return parts[0].combine_chunks()
    return pc.binary_join_element_wise(*parts, "\x1f").combine_chunks()


# ---------------------------------------------------------------- key cache

def _cache_columns(spec: Table) -> list[str]:
    """The columns the key cache keeps for a table: its key, plus version when it has one."""
    if not spec.key:
        return []
    cols = list(spec.key)
    if "version" in spec.schema.names and "version" not in cols:
        cols.append("version")
    return cols


def _cache_path(out_dir: str | Path, name: str) -> Path:
    return Path(out_dir) / STATE_DIR / KEYS_DIR / f"{name}.arrow"


def _signature(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _load_cache(path: Path) -> tuple[dict, pa.Table | None]:
    try:
        with pa.memory_map(str(path)) as source:
            table = ipc.open_file(source).read_all()
        meta = json.loads((table.schema.metadata or {}).get(b"files", b"{}"))
        return meta, table
    except (OSError, ValueError, pa.ArrowInvalid, json.JSONDecodeError):
        return {}, None


def _save_cache(path: Path, files: dict, table: pa.Table) -> None:
    """Atomic replace; any process may save, every version is valid (validated on load)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.parent / f".{uuid.uuid4().hex}.arrow.tmp"
        table = table.replace_schema_metadata({b"files": json.dumps(files).encode()})
        with pa.OSFile(str(tmp), "wb") as sink:
            with ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)
        os.replace(tmp, path)
        crash_point("cache_saved")
    except OSError:
        with contextlib.suppress(Exception):
            tmp.unlink()


def key_index(out_dir: str | Path, name: str, with_files: bool = False) -> pa.Table:
    """The key columns (and ``version``) of every stored row of one table, from the validated cache.

    For a table whose key names a group of rows (mentions), each key appears once per file.

    Files listed in the cache whose size or mtime changed, or that are gone,
    are dropped; files not in the cache are read. With ``with_files`` the
    result carries a ``__file`` column (path relative to the table folder).
    """
    spec = TABLES[name]
    cols = _cache_columns(spec)
    if not cols:
        raise ValueError(f"table {name!r} has no key")
    root = table_dir(out_dir, name)
    current = {}
    for path in data_files(out_dir, name):
        sig = _signature(path)
        if sig is not None:
            current[path.relative_to(root).as_posix()] = sig
    cache_path = _cache_path(out_dir, name)
    cached_files, cached = _load_cache(cache_path)
    schema = _cache_schema(spec, cols)
    if cached is None or cached.schema.remove_metadata() != schema:
        cached_files, cached = {}, empty_table(schema)
    valid = [f for f, sig in cached_files.items() if current.get(f) == sig]
    valid_set = set(valid)
    missing = [f for f in current if f not in valid_set]
    changed = len(valid) != len(cached_files) or bool(missing)
    parts = []
    if len(valid) != len(cached_files):
        cached = cached.filter(pc.is_in(cached.column("__file"), value_set=pa.array(valid, pa.string())))
    parts.append(cached.select(schema.names))
    if missing:
        dset = dataset(out_dir, name, files=[root / f for f in missing])
        fresh = dset.to_table(columns=cols + ["__filename"])
        rel = pc.utf8_slice_codeunits(fresh.column("__filename"), len(str(root)) + 1)
        parts.append(_cache_rows(spec, schema, rel, fresh))
    table = pa.concat_tables(parts) if len(parts) > 1 else parts[0]
    if changed:
        _save_cache(cache_path, {f: current[f] for f in valid + missing}, table)
    table = table.replace_schema_metadata(None)
    return table if with_files else table.drop(["__file"])


def _cache_schema(spec: Table, cols: list[str]) -> pa.Schema:
    return pa.schema([pa.field("__file", pa.string())] + [spec.schema.field(c).with_nullable(True) for c in cols])


def _cache_rows(spec: Table, schema: pa.Schema, files: pa.Array | pa.ChunkedArray, table: pa.Table) -> pa.Table:
    """Key-cache rows for ``table``'s rows, read from (or just written to) ``files`` (one name per row)."""
    rows = pa.table([files] + [table.column(c) for c in schema.names[1:]], schema=schema)
    if not spec.unique_key:
        # mentions: one key per article version, repeated on each of its rows; the cache needs it once
        # per file (25 times smaller, and a commit reads and rewrites the whole cache)
        rows = rows.group_by(schema.names, use_threads=False).aggregate([]).select(schema.names)
    return rows


def _cache_written(out_dir: str | Path, name: str, jobs: list[tuple[pa.Table, Path]]) -> None:
    """Add the keys of files just written to the table's key cache, so that the next ``key_index`` (the next
    commit's) need not read them back. Each file goes in with its signature, so the cache stays exactly as
    valid as before: a file changed or removed later is dropped by ``key_index`` as usual."""
    spec = TABLES[name]
    cols = _cache_columns(spec)
    if not cols or not jobs:
        return
    cache_path = _cache_path(out_dir, name)
    cached_files, cached = _load_cache(cache_path)
    schema = _cache_schema(spec, cols)
    root = table_dir(out_dir, name)
    if cached is None or cached.schema.remove_metadata() != schema:
        # No usable cache (the table's first write): start one with these files. Any other file is simply
        # not listed in it, and key_index reads what the cache does not list.
        cached_files, cached = {}, empty_table(schema)
    files, tables = [], []
    for table, path in jobs:
        sig = _signature(path)
        if sig is None:
            continue
        rel = path.relative_to(root).as_posix()
        cached_files[rel] = sig
        files.extend([rel] * table.num_rows)
        tables.append(table.select(schema.names[1:]))
    if not tables:
        return
    written = _cache_rows(spec, schema, pa.array(files, pa.string()), pa.concat_tables(tables))
    _save_cache(cache_path, cached_files, pa.concat_tables([cached.select(schema.names).replace_schema_metadata(None),
                                                             written]))


def existing_keys(out_dir: str | Path, spec: Table) -> set[tuple]:
    """The row keys already stored in a table (and in its history table)."""
    if not spec.key:
        return set()
    names = [spec.name] + ([spec.history] if spec.history else [])
    keys: set[tuple] = set()
    for name in names:
        stored = key_index(out_dir, name)
        keys.update(zip(*[stored.column(c).to_pylist() for c in spec.key]))
    return keys


# ---------------------------------------------------------------- writing

def conform(rows: pa.Table | list[dict], schema: pa.Schema) -> pa.Table:
    """Cast rows to the declared schema, so an all-null column keeps its declared type.

    Missing optional columns become null columns of their declared type; a
    required (non-nullable) column that is missing or holds nulls is an error.
    """
    if isinstance(rows, pa.Table):
        cols = []
        for field in schema:
            if field.name in rows.column_names:
                cols.append(rows.column(field.name).cast(field.type))
            else:
                cols.append(pa.nulls(rows.num_rows, field.type))
        table = pa.Table.from_arrays(cols, schema=schema.remove_metadata())
    else:
        table = pa.Table.from_pylist(list(rows), schema=schema.remove_metadata())
    for field in schema:
        if not field.nullable and table.column(field.name).null_count:
            raise ValueError(f"column {field.name!r} is required but {table.column(field.name).null_count} "
                             f"row(s) have no value")
    return table


def append(out_dir: str | Path, name: str, rows: pa.Table | list[dict], partitions: Iterable[str] | None = None) -> int:
    """Append rows to a table, skipping rows whose key is already stored.

    ``partitions`` gives each row's partition value (``YYYY-MM-DD``) for
    partitioned tables. Returns the number of rows written. Call inside
    ``writer_lock`` when several writers may run at once. One file per
    partition per call; a file is all or nothing, so a key group (all
    mentions of one article version, which share one partition) is too.
    """
    spec = TABLES[name]
    table = conform(rows, spec.schema)
    parts = list(partitions) if partitions is not None else None
    if spec.partitioned and (parts is None or len(parts) != table.num_rows):
        raise ValueError(f"{name}: one partition value per row is required")
    if spec.key and table.num_rows:
        batch = _joined_key(table, spec.key)
        # Only the stored keys that share the batch's first key part (its article ids) can match: joining
        # just those keeps a commit's working memory the size of the batch, not of the whole dataset.
        first = spec.key[0]
        wanted = pc.unique(table.column(first))

        def relevant(stored_keys: pa.Table) -> pa.Table:
            return stored_keys.filter(pc.is_in(stored_keys.column(first), value_set=wanted))

        stored = [_joined_key(relevant(key_index(out_dir, n)), spec.key)
                  for n in [name] + ([spec.history] if spec.history else [])]
        known = pa.chunked_array(stored, pa.string()).combine_chunks() if stored else pa.array([], pa.string())
        is_known = pc.is_in(batch, value_set=known).to_pylist()
        keep = []
        batch_keys = set()
        for i, (key, hit) in enumerate(zip(batch.to_pylist(), is_known)):
            if hit:
                continue
            if spec.unique_key and key in batch_keys:
                continue  # also de-duplicates within the batch
            keep.append(i)
            batch_keys.add(key)
        table = table.take(pa.array(keep, pa.int64()))
        if parts is not None:
            parts = [parts[i] for i in keep]
    if table.num_rows == 0:
        crash_point("append_done")
        return 0
    table = table.replace_schema_metadata(file_metadata(name))
    root = table_dir(out_dir, name)
    if not spec.partitioned:
        jobs = [(table, root / new_file_name())]
        write_file_atomic(*jobs[0])
    else:
        by_part: dict[str, list[int]] = {}
        for i, value in enumerate(parts):
            by_part.setdefault(value, []).append(i)
        jobs = [(table.take(by_part[value]), partition_dir(out_dir, name, value) / new_file_name())
                for value in sorted(by_part)]
        write_files_atomic(jobs)
    _cache_written(out_dir, name, jobs)
    crash_point("append_done")
    return table.num_rows


def replace_snapshot(out_dir: str | Path, name: str, rows: pa.Table | list[dict]) -> int:
    """Replace a snapshot table (one file) atomically: the new file is renamed over the old one."""
    spec = TABLES[name]
    table = conform(rows, spec.schema).replace_schema_metadata(file_metadata(name))
    root = table_dir(out_dir, name)
    old = data_files(out_dir, name)
    target = root / f"{name}.parquet"
    write_file_atomic(table, target)
    for path in old:
        if path != target:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    return table.num_rows


# ---------------------------------------------------------------- partition swap (compaction)

_libc = None
RENAME_EXCHANGE = 2
AT_FDCWD = -100


def exchange_dirs(a: Path, b: Path) -> bool:
    """Atomically swap two folders (Linux renameat2 RENAME_EXCHANGE); False when unsupported here."""
    global _libc
    if _libc is None:
        try:
            _libc = ctypes.CDLL(None, use_errno=True)
            _libc.renameat2  # noqa: B018 - raises AttributeError on old libcs
        except (OSError, AttributeError):
            _libc = False
    if _libc is False:
        return False
    res = _libc.renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    if res == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def staging_root(out_dir: str | Path) -> Path:
    return Path(out_dir) / STATE_DIR / STAGING_DIR


def replace_partition(out_dir: str | Path, name: str, value: str, staged: Path) -> None:
    """Make the folder ``staged`` the content of partition ``value`` of ``name`` in one atomic step.

    ``staged`` must live under ``staging_root`` (same file system, and outside
    every table folder, since DuckDB's ``**`` glob descends into hidden
    folders). Readers see the old partition or the new one, never a mix. Where
    the file system can't exchange folders, a journaled two-rename fallback is
    used: a crash in between is rolled forward by ``recover``; readers may
    then briefly see the partition missing (never duplicated).
    Call under ``writer_lock``.
    """
    live = partition_dir(out_dir, name, value)
    live.parent.mkdir(parents=True, exist_ok=True)
    if not live.exists():
        live.mkdir()
    if exchange_dirs(staged, live):
        crash_point("compact_swapped")
        _fsync_dir(live.parent)
        shutil.rmtree(staged, ignore_errors=True)   # now holds the old files
    else:
        old = staged.with_name(staged.name + ".old")
        journal = staged.with_name(staged.name + JOURNAL_SUFFIX)
        _write_json_atomic(journal, {"live": str(live), "new": str(staged), "old": str(old)})
        os.rename(live, old)
        crash_point("compact_swapped")
        os.rename(staged, live)
        _fsync_dir(live.parent)
        shutil.rmtree(old, ignore_errors=True)
        journal.unlink()
    with contextlib.suppress(OSError):
        live.rmdir()   # only succeeds when the partition ended up empty


def _write_json_atomic(path: Path, obj: dict) -> None:
    tmp = path.parent / f".{uuid.uuid4().hex}.json.tmp"
    with open(tmp, "w") as handle:
        json.dump(obj, handle)
        handle.flush()
        _fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def recover(out_dir: str | Path) -> dict[str, int]:
    """Undo what a killed writer left behind. Call under ``writer_lock`` (ingest and compaction do).

    Removes temp files and compaction staging folders (before the exchange
    they hold unpublished new files, after it the replaced old ones: either
    way the live partition is whole), and rolls forward a two-rename
    fallback swap that a journal says was half done.
    """
    removed = {"temp_files": 0, "staging": 0, "rolled_forward": 0}
    root = staging_root(out_dir)
    if root.exists():
        for journal in root.glob(f"*{JOURNAL_SUFFIX}"):
            try:
                info = json.loads(journal.read_text())
            except (OSError, ValueError):
                journal.unlink(missing_ok=True)
                continue
            live, new, old = Path(info["live"]), Path(info["new"]), Path(info["old"])
            if not live.exists() and new.exists():
                os.rename(new, live)
                removed["rolled_forward"] += 1
            journal.unlink(missing_ok=True)
        for entry in root.iterdir():
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
                removed["staging"] += 1
    removed["temp_files"] = _sweep(out_dir, 0.0)
    return removed


def _sweep(out_dir: str | Path, older_than_s: float) -> int:
    root = Path(out_dir)
    if not root.exists():
        return 0
    now = time.time()
    removed = 0
    for tmp in root.rglob(f".*{TEMP_SUFFIX}"):
        try:
            if now - tmp.stat().st_mtime >= older_than_s:
                tmp.unlink()
                removed += 1
        except FileNotFoundError:
            pass
    return removed


def sweep_temp_files(out_dir: str | Path, older_than_s: float = 0.0) -> int:
    """Remove temp files (and compaction leftovers) a crashed writer left behind; returns how many temp files.

    With the default ``older_than_s=0`` call it under ``writer_lock`` only: it
    also runs ``recover``.
    """
    if older_than_s <= 0:
        return recover(out_dir)["temp_files"]
    return _sweep(out_dir, older_than_s)


# ---------------------------------------------------------------- readers

def table_glob(out_dir: str | Path, name: str) -> str:
    """The glob every reader should use for one table (matches no temp file)."""
    spec = TABLES[name]
    root = table_dir(out_dir, name)
    return f"{root}/**/*.parquet" if spec.partitioned else f"{root}/*.parquet"


def duckdb_connect(out_dir: str | Path, con=None):
    """A DuckDB connection with one view per table plus ``articles_current`` and ``mentions_current``.

    Views read the Parquet directly (``hive_partitioning``, ``hive_types``
    date=DATE, ``union_by_name`` for files written before a column was
    added); an empty table is an empty view with the declared columns.
    """
    import duckdb

    con = con or duckdb.connect()
    hive = ", ".join(f"'{k}': '{v}'" for k, v in DUCKDB_HIVE_TYPES.items())
    for name, spec in TABLES.items():
        if data_files(out_dir, name):
            path = table_glob(out_dir, name).replace("'", "''")
            if spec.partitioned:
                con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('{path}', "
                            f"hive_partitioning=true, hive_types={{{hive}}}, union_by_name=true)")
            else:
                con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('{path}', "
                            f"union_by_name=true)")
        else:
            empty = spec.schema.empty_table()
            if spec.partitioned:
                empty = empty.append_column(PARTITION_COLUMN, pa.array([], pa.date32()))
            con.register(f"_empty_{name}", empty)
            con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM _empty_{name}")
    con.execute("""CREATE OR REPLACE VIEW articles_current AS
                   SELECT * FROM articles
                   QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1""")
    con.execute("""CREATE OR REPLACE VIEW mentions_current AS
                   SELECT m.* FROM mentions m
                   SEMI JOIN articles_current a USING (article_id, content_hash)""")
    con.execute("""CREATE OR REPLACE VIEW articles_all AS
                   SELECT * FROM articles
                   UNION ALL BY NAME
                   SELECT * FROM articles_history h
                   WHERE NOT EXISTS (SELECT 1 FROM articles a
                                     WHERE a.article_id = h.article_id AND a.content_hash = h.content_hash)""")
    return con


def polars_scan(out_dir: str | Path, name: str):
    """A Polars LazyFrame over one table: hive date partition typed pl.Date, declared schema for evolution."""
    import polars as pl

    spec = TABLES[name]
    schema = pl.from_arrow(spec.schema.empty_table()).schema
    if not data_files(out_dir, name):
        frame = pl.DataFrame(schema=schema)
        if spec.partitioned:
            frame = frame.with_columns(pl.lit(None, pl.Date).alias(PARTITION_COLUMN))
        return frame.lazy()
    if spec.partitioned:
        return pl.scan_parquet(table_glob(out_dir, name), hive_partitioning=True,
                               hive_schema={PARTITION_COLUMN: pl.Date}, schema=schema, missing_columns="insert")
    return pl.scan_parquet(table_glob(out_dir, name), schema=schema, missing_columns="insert")


def polars_current(out_dir: str | Path):
    """Polars LazyFrame of the current articles (highest version per article_id)."""
    import polars as pl

    lf = polars_scan(out_dir, "articles")
    return lf.filter(pl.col("version") == pl.col("version").max().over("article_id")).unique(
        subset=["article_id"], keep="first")
