"""The compact flow: composition only; the work is in newsflow.compact, wrapped by tasks/compact.py."""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from newsflow import compact as plan
from newsflow import store
from newsflow.config import DEFAULT_CONFIG_NAME, Config, load_config
from tasks import compact as steps


@flow(name="compact", log_prints=False, validate_parameters=True)
def compact(config_path: str | None = None, out: str | None = None, target_mb: float = 128.0,
            tables: list[str] | None = None, rematerialise_names: bool = True,
            aliases: list[str] | None = None) -> dict:
    """Merge small files per partition, move superseded versions to history, re-derive name columns."""
    if config_path is None and not out and Path(DEFAULT_CONFIG_NAME).is_file():
        config_path = DEFAULT_CONFIG_NAME
    settings = (load_config(config_path) if config_path else Config()).settings
    out_dir = store.check_writable(str(Path(out).expanduser().resolve()) if out else settings.out)
    started = time.monotonic()
    target_bytes = int(target_mb * 1024 * 1024)
    recovered = steps.recover(out_dir)
    normalize = (plan.load_normalizer(out_dir, list(settings.aliases) + list(aliases or []), settings.name_policy)
                 if rematerialise_names else None)
    reports = [steps.compact_table(out_dir, name, target_bytes, normalize) for name in (tables or plan.ORDER)]
    report = plan.summary(out_dir, reports, recovered, target_bytes, normalize is not None,
                          time.monotonic() - started)
    create_markdown_artifact(markdown=plan.report_markdown(report), key="compact-report",
                             description="newsflow compaction report")
    return report
