"""Thin Prefect wrappers around the plain stage functions of newsflow.pipeline.

They add retries, logging and names in the UI; the logic stays in newsflow/.
Results are kept in memory, not cached: batches are large and each run's
idempotency comes from the store's keys, not from Prefect's cache.
"""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from newsflow import pipeline, runners

_common = dict(cache_policy=NO_CACHE, persist_result=False)


@task(name="discover", retries=1, retry_delay_seconds=2, **_common)
def discover(config):
    """List the work of every configured source; bad sources come back as errors."""
    return pipeline.discover(config)


@task(name="extract-clean", task_run_name="extract-clean[{batch_no}]", **_common)
def extract_clean(items, memory, extract_timeout_s: float, batch_no: int = 0):
    """Read, extract and clean one batch (CPU-bound: on the run's process pool, or on a Dask worker)."""
    return runners.run_batch(items, memory, extract_timeout_s)


@task(name="unify-names", **_common)
def unify_names(articles, index, known, stats):
    """Give every name its canonical spelling; keep only new or changed content."""
    return pipeline.unify_names(articles, index, known, stats)


@task(name="assign-clusters", **_common)
def assign_clusters(articles, dedup_index):
    """Mark exact duplicates, near-duplicate clusters and stories."""
    dedup_index.assign(articles)
    return articles


@task(name="write", retries=2, retry_delay_seconds=1, **_common)
def write(out_dir, articles, log_rows, log_parts, name_index, run_id, ingested_at):
    """Append the run's rows atomically and idempotently (a retry adds nothing twice)."""
    return pipeline.write_run(out_dir, articles, log_rows, log_parts, name_index, run_id, ingested_at)
