"""The ingest flow: composition only; every stage is a task, the CPU-bound batches run in parallel.

    discover ─► extract_clean × batches ─► unify_names ─► assign_clusters ─► write ─► report artifact

The order of the stages is newsflow.runners.run_ingest (written once, shared with the plain
engine); this file binds each stage to its Prefect task and picks the task runner of the
batches: one process per core, or an existing Dask cluster when dask_address is set.
"""

from __future__ import annotations

import uuid

from prefect import flow
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from newsflow import pipeline, runners
from newsflow.config import build_config
from tasks import stages


def _quoted(task):
    """Call ``task`` with every argument wrapped in quote(): Prefect passes the objects as they are
    instead of walking the run's article lists, indexes and rows looking for futures to resolve
    (that walk made these stages about twice as slow as in the plain engine)."""

    def call(*args):
        return task(*(quote(a) for a in args))

    return call


@flow(name="ingest", log_prints=False, validate_parameters=True)
def ingest(config_path: str | None = None, sources: list[str] | None = None, out: str | None = None,
           aliases: list[str] | None = None, allow_private_network: bool | None = None,
           dask_address: str | None = None) -> dict:
    """Discover, fetch, extract, clean, unify names, deduplicate and store one run's articles."""
    config = build_config(config_path, sources, out, aliases, allow_private_network, dask_address)
    run_id = str(flow_run.get_id() or uuid.uuid4())

    with runners.prefect_batch_runner(config.settings) as batch_runner:
        steps = runners.Steps(
            discover=stages.discover,
            map_batches=runners.prefect_map(stages.extract_clean, batch_runner, config.settings),
            unify_names=_quoted(stages.unify_names),
            assign_clusters=_quoted(stages.assign_clusters),
            write=_quoted(stages.write),
            batch_size=runners.prefect_batch_size(config.settings),
        )
        report = runners.run_ingest(config, run_id, steps)

    create_markdown_artifact(markdown=pipeline.report_markdown(report), key="ingest-report",
                             description="newsflow ingest run report")
    return report
