"""The IO layer: owns paths, partitions, atomic files and idempotent appends.

Layout: ``OUT/<table>/date=YYYY-MM-DD/part-<time>-<uuid>.parquet`` for the
partitioned tables and ``OUT/<table>/<table>.parquet`` for snapshot tables
(names). Run state (fetch state, name index, learned boilerplate, dedup index)
lives under ``OUT/_state/``, which no Parquet glob matches and pyarrow ignores.

Atomicity: every file is written under a hidden temporary name in its final
folder (``.<uuid>.parquet.tmp``: no reader globs or lists it), flushed and
fsynced, then renamed. A crash leaves at most a stray temp file, which
``sweep_temp_files`` removes.

Idempotency: each table declares a row key (schema.TABLES). ``append`` drops
rows whose key is already stored, under an exclusive lock, so a retried or
repeated run adds nothing.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newsflow.schema import PARTITION_COLUMN, TABLES, Table

STATE_DIR = "_state"
TEMP_SUFFIX = ".parquet.tmp"


def state_dir(out_dir: str | Path) -> Path:
    """Folder for run state beside the dataset (created on demand)."""
    path = Path(out_dir) / STATE_DIR
    path.mkdir(parents=True, exist_ok=True)
    return path


def check_writable(out_dir: str | Path) -> Path:
    """Create OUT if needed and prove we can write there; raise OSError with a clear message if not."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".write-probe-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OSError(f"output folder {out} is not writable: {exc.strerror or exc}") from exc
    return out


@contextlib.contextmanager
def writer_lock(out_dir: str | Path) -> Iterator[None]:
    """Exclusive lock for writers of one dataset (ingest and compaction take turns).

    flock is released by the kernel when the process dies, so a killed run
    never leaves the dataset locked.
    """
    lock_path = state_dir(out_dir) / "writer.lock"
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_atomic(table: pa.Table, final_path: Path) -> Path:
    """Write ``table`` to ``final_path`` through a hidden temp file and a rename."""
    final_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = final_path.parent / f".{uuid.uuid4().hex}{TEMP_SUFFIX}"
    try:
        with open(tmp, "wb") as handle:
            pq.write_table(table, handle, compression="zstd")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, final_path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(final_path.parent)
    return final_path


def new_file_name() -> str:
    """A unique, time-sortable file name for one write."""
    return f"part-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:12]}.parquet"


def table_dir(out_dir: str | Path, name: str) -> Path:
    return Path(out_dir) / name


def data_files(out_dir: str | Path, name: str) -> list[Path]:
    """The committed Parquet files of one table (never temp files)."""
    root = table_dir(out_dir, name)
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*.parquet") if not p.name.startswith("."))


def dataset(out_dir: str | Path, name: str) -> ds.Dataset | None:
    """A pyarrow dataset over one table with its declared schema, or None when empty."""
    spec = TABLES[name]
    files = data_files(out_dir, name)
    if not files:
        return None
    if spec.partitioned:
        part = ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.string())]), flavor="hive")
        return ds.dataset([str(f) for f in files], schema=spec.schema, format="parquet",
                          partitioning=part, partition_base_dir=str(table_dir(out_dir, name)))
    return ds.dataset([str(f) for f in files], schema=spec.schema, format="parquet")


def read_table(out_dir: str | Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """Read a whole table (all versions) as a pyarrow Table; empty table when nothing is stored."""
    spec = TABLES[name]
    dset = dataset(out_dir, name)
    if dset is None:
        schema = spec.schema
        if columns:
            schema = pa.schema([schema.field(c) for c in columns])
        return schema.empty_table()
    return dset.to_table(columns=columns)


def existing_keys(out_dir: str | Path, spec: Table) -> set[tuple]:
    """The row keys already stored in a table."""
    if not spec.key:
        return set()
    stored = read_table(out_dir, spec.name, columns=list(spec.key))
    cols = [stored.column(c).to_pylist() for c in spec.key]
    return set(zip(*cols))


def conform(rows: pa.Table | list[dict], schema: pa.Schema) -> pa.Table:
    """Cast rows to the declared schema, so an all-null column keeps its declared type."""
    if isinstance(rows, pa.Table):
        return rows.select(schema.names).cast(schema)
    return pa.Table.from_pylist(list(rows), schema=schema)


def append(out_dir: str | Path, name: str, rows: pa.Table | list[dict], partitions: Iterable[str] | None = None) -> int:
    """Append rows to a table, skipping rows whose key is already stored.

    ``partitions`` gives each row's partition value (``YYYY-MM-DD``) for
    partitioned tables. Returns the number of rows written. Call inside
    ``writer_lock`` when several writers may run at once.
    """
    spec = TABLES[name]
    table = conform(rows, spec.schema)
    parts = list(partitions) if partitions is not None else None
    if spec.partitioned and (parts is None or len(parts) != table.num_rows):
        raise ValueError(f"{name}: one partition value per row is required")
    if spec.key and table.num_rows:
        seen = existing_keys(out_dir, spec)
        keys = list(zip(*[table.column(c).to_pylist() for c in spec.key]))
        keep = []
        for i, key in enumerate(keys):
            if key not in seen:
                keep.append(i)
                seen.add(key)  # also de-duplicates within the batch
        table = table.take(keep)
        if parts is not None:
            parts = [parts[i] for i in keep]
    if table.num_rows == 0:
        return 0
    root = table_dir(out_dir, name)
    if not spec.partitioned:
        write_file_atomic(table, root / new_file_name())
        return table.num_rows
    by_part: dict[str, list[int]] = {}
    for i, value in enumerate(parts):
        by_part.setdefault(value, []).append(i)
    for value in sorted(by_part):
        write_file_atomic(table.take(by_part[value]), root / f"{PARTITION_COLUMN}={value}" / new_file_name())
    return table.num_rows


def replace_snapshot(out_dir: str | Path, name: str, rows: pa.Table | list[dict]) -> int:
    """Replace a snapshot table (one file) atomically: new file in, old files out."""
    spec = TABLES[name]
    table = conform(rows, spec.schema)
    root = table_dir(out_dir, name)
    old = data_files(out_dir, name)
    target = root / f"{name}.parquet"
    write_file_atomic(table, target)
    for path in old:
        if path != target:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    return table.num_rows


def sweep_temp_files(out_dir: str | Path, older_than_s: float = 0.0) -> int:
    """Remove temp files a crashed writer left behind; returns how many."""
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
