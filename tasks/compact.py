"""Thin Prefect wrappers around newsflow.compact (the logic stays in newsflow/).

Not cached, results kept in memory: compaction's idempotency comes from the
store (a second run finds nothing to do), not from Prefect's cache.
"""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from newsflow import compact

_common = dict(cache_policy=NO_CACHE, persist_result=False)


@task(name="recover", retries=1, retry_delay_seconds=2, **_common)
def recover(out_dir):
    """Remove what killed writers left behind (temp files, compaction staging), under the writer lock."""
    return compact.recover(out_dir)


@task(name="compact-table", task_run_name="compact[{name}]", retries=1, retry_delay_seconds=2, **_common)
def compact_table(out_dir, name: str, target_bytes: int, normalize=None):
    """Compact every partition of one table, one partition at a time under the writer lock."""
    return compact.compact_table(out_dir, name, target_bytes=target_bytes, normalize=normalize)
