"""Persistent fetch state under OUT/_state/: what was fetched, its validators, what to retry.

``OUT/_state/fetch.sqlite`` holds two tables:

- ``docs``: every URL settled so far (fetched, or failed for good), with its
  ETag, Last-Modified, body hash, status, outcome and fetch time. A URL in
  ``docs`` that a feed or sitemap lists again is not downloaded again; a feed,
  sitemap or page source is re-requested with If-None-Match/If-Modified-Since,
  and a 200 whose body hash is unchanged counts as unchanged (feeds lie about
  ETags).
- ``backlog``: URLs to try in a later run: transient failures (timeouts,
  truncated bodies, connection errors, 429/5xx after retries, hosts whose
  robots.txt was unavailable) with a growing pause between runs, and entries
  left over by ``max_items``.

Crash safety: a run's changes are first written to ``OUT/_state/fetch-pending/
<token>.json`` together with one of the run's fetch_log rows (the marker). The
next run applies them only if that row is in OUT/fetch_log, which the flow
writes after the articles: a run that died before storing its articles leaves
no trace in the state, and its URLs are fetched again.

Spooled bodies live in ``OUT/_state/spool/<run>/`` while a run needs them;
each spool folder is locked by its process and removed at process exit, or by
the next run when its owner is gone.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

STATE_DB = "fetch.sqlite"
PENDING_DIR = "fetch-pending"
SPOOL_DIR = "spool"
GIVE_UP_AFTER = 5                # runs in a row with a transient failure before a URL is dropped

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, body_hash TEXT,
    status INTEGER, outcome TEXT, fetched_at TEXT
);
CREATE TABLE IF NOT EXISTS backlog (
    url TEXT PRIMARY KEY, source TEXT, tries INTEGER NOT NULL, next_at TEXT NOT NULL, outcome TEXT
);
CREATE INDEX IF NOT EXISTS backlog_source ON backlog (source, next_at);
"""


@dataclass
class DocState:
    url: str
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    status: int | None
    outcome: str | None
    fetched_at: datetime | None


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


def _parse(at: str | None) -> datetime | None:
    return datetime.fromisoformat(at) if at else None


def state_root(out_dir: str | Path) -> Path:
    path = Path(out_dir) / "_state"
    path.mkdir(parents=True, exist_ok=True)
    return path


class FetchState:
    """The fetch state of one dataset; changes of a run are buffered until ``save``."""

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)
        self.root = state_root(out_dir)
        self.db = sqlite3.connect(self.root / STATE_DB)
        self.db.executescript(_SCHEMA)
        self.ops: list[list] = []

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ reading

    def doc(self, url: str) -> DocState | None:
        row = self.db.execute("SELECT url, etag, last_modified, body_hash, status, outcome, fetched_at "
                              "FROM docs WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        return DocState(*row[:6], fetched_at=_parse(row[6]))

    def backlog(self, url: str) -> tuple[int, datetime] | None:
        row = self.db.execute("SELECT tries, next_at FROM backlog WHERE url = ?", (url,)).fetchone()
        return (row[0], _parse(row[1])) if row else None

    def backlog_due(self, source: str, now: datetime) -> list[tuple[str, int]]:
        rows = self.db.execute("SELECT url, tries FROM backlog WHERE source = ? AND next_at <= ? ORDER BY next_at",
                               (source, _iso(now))).fetchall()
        return [(url, tries) for url, tries in rows]

    def counts(self) -> dict[str, int]:
        return {"docs": self.db.execute("SELECT count(*) FROM docs").fetchone()[0],
                "backlog": self.db.execute("SELECT count(*) FROM backlog").fetchone()[0]}

    # ------------------------------------------------------------ buffered changes

    def settle(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
               body_hash: str | None = None, status: int | None = None, outcome: str,
               fetched_at: datetime) -> None:
        """A URL is done for now: fetched, unchanged, or failed for good."""
        self.ops.append(["doc", url, etag, last_modified, body_hash, status, outcome, _iso(fetched_at)])
        self.ops.append(["unbacklog", url])

    def defer(self, url: str, source: str, *, tries: int, next_at: datetime, outcome: str) -> None:
        """A URL to try again in a later run (not before ``next_at``)."""
        self.ops.append(["backlog", url, source, tries, _iso(next_at), outcome])

    def retry_later(self, url: str, source: str, outcome: str, now: datetime, pause_s: float) -> None:
        """A transient failure: back off across runs, give up after GIVE_UP_AFTER failures."""
        previous = self.backlog(url)
        tries = (previous[0] if previous else 0) + 1
        if tries >= GIVE_UP_AFTER:
            self.settle(url, outcome=f"gave_up_{outcome}", fetched_at=now)
            return
        self.defer(url, source, tries=tries, next_at=now + timedelta(seconds=pause_s * 3 ** (tries - 1)),
                   outcome=outcome)

    def apply(self, ops: list[list]) -> None:
        with self.db:
            for op in ops:
                if op[0] == "doc":
                    self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)", op[1:])
                elif op[0] == "backlog":
                    self.db.execute("INSERT OR REPLACE INTO backlog VALUES (?, ?, ?, ?, ?)", op[1:])
                elif op[0] == "unbacklog":
                    self.db.execute("DELETE FROM backlog WHERE url = ?", (op[1],))

    def save(self, marker: tuple[str, datetime] | None, immediate: bool = False) -> Path | None:
        """Persist this run's changes: now (``immediate``), or once the marker row is in fetch_log."""
        ops, self.ops = self.ops, []
        if not ops:
            return None
        if immediate or marker is None:
            self.apply(ops)
            return None
        folder = self.root / PENDING_DIR
        folder.mkdir(exist_ok=True)
        path = folder / f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"marker": [marker[0], _iso(marker[1])], "ops": ops}), encoding="utf-8")
        os.replace(tmp, path)
        return path

    def confirm_pending(self) -> dict[str, int]:
        """Apply the pending changes of earlier runs whose fetch_log rows were stored; drop the rest."""
        folder = self.root / PENDING_DIR
        done = {"applied": 0, "dropped": 0}
        if not folder.is_dir():
            return done
        for path in sorted(folder.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                url, at = data["marker"]
                stored = _logged(self.out_dir, url, datetime.fromisoformat(at))
            except Exception:  # noqa: BLE001 - unreadable: treat as not stored, the URLs are fetched again
                stored = False
                data = {"ops": []}
            if stored:
                self.apply(data["ops"])
                done["applied"] += 1
            else:
                done["dropped"] += 1
            path.unlink(missing_ok=True)
        return done


def _logged(out_dir: Path, url: str, at: datetime) -> bool:
    """Is the fetch_log row (url, fetched_at) stored in OUT/fetch_log?"""
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from newsflow import store

    day = at.astimezone(UTC).strftime("%Y-%m-%d")
    files = []
    for path in store.data_files(out_dir, "fetch_log"):
        part = next((p.split("=", 1)[1] for p in path.parts if p.startswith("date=")), None)
        if part is None or part >= day:          # only the partitions of that day and later
            files.append(path)
    if not files:
        return False
    wanted = pa.scalar(at.astimezone(UTC), pa.timestamp("us", tz="UTC"))
    expr = (ds.field("url") == url) & (ds.field("fetched_at") == wanted)
    for path in files:
        table = pq.read_table(path, columns=["url", "fetched_at"], filters=expr)
        if table.num_rows:
            return True
    return False


# ---------------------------------------------------------------- spool


_held: dict[str, object] = {}
_owner = os.getpid()


def new_spool(out_dir: str | Path) -> Path:
    """A fresh spool folder for this run, locked by this process and removed at its exit."""
    root = state_root(out_dir) / SPOOL_DIR
    root.mkdir(exist_ok=True)
    path = root / f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    path.mkdir()
    handle = open(path / ".lock", "a+b")  # noqa: SIM115 - held for the life of the spool
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    _held[str(path)] = handle
    return path


def remove_spool(path: str | Path) -> None:
    """Delete one spool folder (its bodies have been read)."""
    handle = _held.pop(str(path), None)
    shutil.rmtree(path, ignore_errors=True)
    if handle is not None:
        with contextlib.suppress(OSError):
            handle.close()


def sweep_spools(out_dir: str | Path) -> int:
    """Remove spool folders whose process is gone (their lock is free). Returns how many."""
    root = Path(out_dir) / "_state" / SPOOL_DIR
    if not root.is_dir():
        return 0
    removed = 0
    for folder in root.iterdir():
        if not folder.is_dir() or str(folder) in _held:
            continue
        try:
            with open(folder / ".lock", "a+b") as handle:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        except BlockingIOError:
            continue                     # a live run still reads it
        except OSError:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


@atexit.register
def _remove_held_spools() -> None:
    if os.getpid() != _owner:        # a forked worker must not delete its parent's spool
        return
    for path in list(_held):
        remove_spool(path)
