"""Paths of the output folder that need no Parquet machinery (so a process can check them before it
imports pyarrow: the CLI forks its workers first, and they never need it). `newsflow.store` re-exports them."""

from __future__ import annotations

import uuid
from pathlib import Path

STATE_DIR = "_state"


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
