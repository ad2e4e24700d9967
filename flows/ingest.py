"""The ingest flow: composition only; every step is a task over a batch."""

from __future__ import annotations

import uuid

from prefect import flow, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run

from newsflow import pipeline, store
from newsflow.config import build_config
from tasks import stages


@flow(name="ingest", log_prints=False, validate_parameters=True)
def ingest(config_path: str | None = None, sources: list[str] | None = None, out: str | None = None,
           aliases: list[str] | None = None, allow_private_network: bool | None = None,
           dask_address: str | None = None) -> dict:
    """Discover, fetch, extract, clean, unify names, deduplicate and store one run's articles."""
    config = build_config(config_path, sources, out, aliases, allow_private_network, dask_address)
    settings = config.settings
    out_dir = store.check_writable(settings.out)
    run_id = str(flow_run.get_id() or uuid.uuid4())
    ingested_at = pipeline.now_utc()
    stats = pipeline.RunStats(sources=len(config.sources))

    items, errors = stages.discover(config)
    stats.documents = len(items)
    memory, name_index, dedup_index = pipeline.load_state(
        out_dir, settings.aliases, settings.name_policy, settings.dedup_window_days)

    work = pipeline.batches(items, settings.batch_size)
    futures = stages.extract_clean.map(work, memory=unmapped(memory),
                                       extract_timeout_s=settings.extract_timeout_s,
                                       batch_no=list(range(len(work))))
    articles = []
    for result in (f.result() for f in futures):
        articles.extend(result.articles)
        errors.extend(result.errors)
        memory.merge(result.learned)
        stats.removed_lines += result.removed_lines

    with store.writer_lock(out_dir):
        store.sweep_temp_files(out_dir, older_than_s=0)
        known = pipeline.stored_versions(out_dir)
        fresh = stages.unify_names(articles, name_index, known, stats)
        fresh = stages.assign_clusters(fresh, dedup_index)
        pipeline.count_outcomes(stats, fresh, errors)
        pipeline.save_state(out_dir, memory, name_index, dedup_index)
        log_rows, log_parts = pipeline.error_rows(errors, run_id)
        stats.rows_written = stages.write(out_dir, fresh, log_rows, log_parts, name_index, run_id, ingested_at)

    report = pipeline.report_dict(stats, out_dir, run_id)
    create_markdown_artifact(markdown=pipeline.report_markdown(report), key="ingest-report",
                             description="newsflow ingest run report")
    return report
