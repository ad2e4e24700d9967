"""How one ingest run executes: the order of the stages, and who runs the CPU-bound batches.

    discover ─► extract_clean (batches, in parallel) ─► unify_names ─► assign_clusters ─► write

``run_ingest`` is that order, written once. Two engines feed it their ``Steps``:

- ``prefect`` (flows/ingest.py): every stage is a Prefect task; the batches run on a
  ``ProcessPoolTaskRunner`` with one process per core, or, when ``settings.dask_address``
  is set, on an existing Dask cluster through prefect-dask's ``DaskTaskRunner``.
- ``plain`` (``plain_steps``): the same functions without Prefect; the batches run on a
  ``concurrent.futures`` process pool with one process per core.

``choose_engine`` picks one for the CLI: ``--engine auto`` (the default) runs the Prefect flow,
reporting to ``PREFECT_API_URL`` or to a server already answering on this machine (reused: no
start-up cost), else in Prefect's ephemeral mode (about 11 s of start-up here);
``--engine plain`` is the opt-in for quick manual runs without Prefect.

Nothing here imports Prefect at module level; ``prefect_task_runner`` imports it lazily.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass

from newsflow import pipeline, store
from newsflow.config import Config, Settings

ENGINES = ("auto", "prefect", "plain")
DEFAULT_SERVER_PORT = 4200

# (batches, memory, extract_timeout_s) -> (batch index, BatchResult) pairs, in any order
MapBatches = Callable[[list, object, float], Iterable[tuple[int, pipeline.BatchResult]]]


@dataclass
class Steps:
    """The stage callables one engine provides; run_ingest calls them in order."""

    discover: Callable
    map_batches: MapBatches
    unify_names: Callable
    assign_clusters: Callable
    write: Callable
    # documents per batch, given the run's number of documents; None = settings.batch_size
    batch_size: Callable[[int], int] | None = None


# ---------------------------------------------------------------- the composition

def run_ingest(config: Config, run_id: str, steps: Steps, progress: bool | None = None) -> dict:
    """One ingest run over ``config``; returns the run report (pipeline.report_dict + timings)."""
    settings = config.settings
    out_dir = store.check_writable(settings.out)
    ingested_at = pipeline.now_utc()
    stats = pipeline.RunStats(sources=len(config.sources))
    timings: dict[str, float] = {}
    bars = Progress(enabled=sys.stdout.isatty() if progress is None else progress)

    with bars:
        with _timed(timings, "discover"), bars.stage("discover"):
            items, errors = steps.discover(config)
        stats.documents = len(items)
        with _timed(timings, "load_state"):
            memory, name_index, dedup_index = pipeline.load_state(
                out_dir, settings.aliases, settings.name_policy, settings.dedup_window_days)

        size = steps.batch_size(len(items)) if steps.batch_size else settings.batch_size
        work = pipeline.batches(items, size)
        results: list[pipeline.BatchResult | None] = [None] * len(work)
        with _timed(timings, "extract_clean"), bars.stage("extract + clean", total=len(items)) as advance:
            for index, result in steps.map_batches(work, memory, settings.extract_timeout_s):
                results[index] = result
                advance(len(work[index]))
        articles = []
        for result in results:  # in batch order: the run is deterministic whatever finished first
            articles.extend(result.articles)
            errors.extend(result.errors)
            memory.merge(result.learned)
            stats.removed_lines += result.removed_lines
        stats.fetched = stats.documents - sum(1 for e in errors if e.outcome == "read_error")

        with store.writer_lock(out_dir):
            store.sweep_temp_files(out_dir, older_than_s=0)
            with _timed(timings, "unify_names"), bars.stage("names"):
                known = pipeline.stored_versions(out_dir)
                fresh = steps.unify_names(articles, name_index, known, stats)
            with _timed(timings, "assign_clusters"), bars.stage("dedup"):
                fresh = steps.assign_clusters(fresh, dedup_index)
            with _timed(timings, "write"), bars.stage("write"):
                pipeline.count_outcomes(stats, fresh, errors)
                pipeline.save_state(out_dir, memory, name_index, dedup_index)
                log_rows, log_parts = pipeline.error_rows(errors, run_id)
                stats.rows_written = steps.write(out_dir, fresh, log_rows, log_parts, name_index, run_id,
                                                 ingested_at)

    report = pipeline.report_dict(stats, out_dir, run_id)
    report["timings_s"] = {k: round(v, 3) for k, v in timings.items()}
    return report


@contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


# ---------------------------------------------------------------- progress bars

class Progress:
    """rich progress bars on stderr for a run in a terminal; a no-op otherwise (logs, workers, tests)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._progress = None
        self._depth = 0

    def __enter__(self) -> Progress:
        if self.enabled and self._depth == 0:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress,
                                       SpinnerColumn, TextColumn, TimeElapsedColumn)

            self._progress = RichProgress(SpinnerColumn(), TextColumn("{task.description:<16}"), BarColumn(),
                                          MofNCompleteColumn(), TimeElapsedColumn(),
                                          console=Console(file=sys.stderr), transient=False)
            self._progress.start()
        self._depth += 1
        return self

    def __exit__(self, *exc) -> None:
        self._depth -= 1
        if self._progress is not None and self._depth == 0:
            self._progress.stop()
            self._progress = None

    @contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
        """A bar for one stage; yields advance(n). Without a total it is a spinner until the stage ends."""
        if self._progress is None:
            yield lambda n=1: None
            return
        task = self._progress.add_task(name, total=total if total is not None else 1)
        yield lambda n=1: self._progress.advance(task, n)
        self._progress.update(task, completed=total if total is not None else 1)


# ---------------------------------------------------------------- the plain engine

def cpu_workers(settings: Settings) -> int:
    """Processes for the CPU-bound batches: settings.workers, else one per core."""
    return settings.workers or os.cpu_count() or 1


@contextmanager
def process_pool(workers: int) -> Iterator[Executor | None]:
    """A process pool for the batches; None (run in this process) for a single worker.

    On Linux the workers are forked, so they start with newsflow, trafilatura and
    their data already imported (spawned workers would spend ~2 s each importing them).
    """
    if workers <= 1:
        yield None
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method)) as pool:
        yield pool


def plain_steps(pool: Executor | None) -> Steps:
    """The stages as plain functions; the batches on ``pool`` (or serially when it is None)."""

    def map_batches(work, memory, extract_timeout_s):
        if pool is None or len(work) < 2:
            for index, batch in enumerate(work):
                yield index, pipeline.process_batch(batch, memory=memory, extract_timeout_s=extract_timeout_s)
            return
        futures = {pool.submit(pipeline.process_batch, batch, memory=memory, extract_timeout_s=extract_timeout_s): i
                   for i, batch in enumerate(work)}
        for future in as_completed(futures):
            yield futures[future], future.result()

    def assign_clusters(articles, dedup_index):
        dedup_index.assign(articles)
        return articles

    return Steps(discover=pipeline.discover, map_batches=map_batches, unify_names=pipeline.unify_names,
                 assign_clusters=assign_clusters, write=pipeline.write_run)


def run_plain(config: Config, run_id: str, progress: bool | None = None) -> dict:
    """The whole run without Prefect, the batches on one process per core."""
    # The pool is created (and, with fork, its workers started) before any thread exists here.
    with process_pool(cpu_workers(config.settings)) as pool:
        _warm_up(pool)
        return run_ingest(config, run_id, plain_steps(pool), progress=progress)


def _warm_up(pool: Executor | None) -> None:
    """Start the forked workers now, while this process has no threads yet."""
    if pool is not None:
        pool.submit(int).result()  # with fork, the first submit starts every worker


# ---------------------------------------------------------------- the Prefect engine

def prefect_task_runner(settings: Settings):
    """The Prefect task runner for the CPU-bound batches.

    Dask when settings.dask_address is set (an existing cluster, e.g. tcp://10.0.0.5:8786);
    otherwise a process pool with one process per core (the thread runner would leave the
    second core idle: extraction and cleaning are pure Python under the GIL); a thread
    runner of one when a single worker is configured.
    """
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    workers = cpu_workers(settings)
    if workers <= 1:
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=1)
    from prefect.task_runners import ProcessPoolTaskRunner

    return ProcessPoolTaskRunner(max_workers=workers)


@contextmanager
def prefect_batch_runner(settings: Settings) -> Iterator:
    """Start the batches' task runner, sharing this run's Prefect API with its processes.

    In ephemeral mode (no PREFECT_API_URL) the API is a private server of this process;
    a process-pool or Dask worker would otherwise start a server of its own (~6 s each)
    and record its task runs where the flow run cannot see them.
    """
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        with prefect_task_runner(settings) as runner:
            yield runner
        return
    api_url = str(get_client(sync_client=True).api_url).rstrip("/")
    with temporary_settings({PREFECT_API_URL: api_url}), prefect_task_runner(settings) as runner:
        yield runner


def prefect_batch_size(settings: Settings) -> Callable[[int], int]:
    """Fewer, larger batches on a Prefect process pool: each task run there costs ~0.1-0.3 s.

    About four batches per worker process keeps both cores busy to the end; never smaller
    than settings.batch_size. Dask keeps settings.batch_size (its workers are many and warm).
    """
    if settings.dask_address:
        return lambda n: settings.batch_size
    workers = cpu_workers(settings)
    return lambda n: max(settings.batch_size, -(-n // (4 * workers)))


def prefect_map(task, runner) -> MapBatches:
    """Map a batch task (tasks.stages.extract_clean) over the batches on a started Prefect task runner."""

    def map_batches(work, memory, extract_timeout_s):
        from prefect import unmapped
        from prefect.futures import as_completed as prefect_as_completed

        if len(work) <= 1:  # one batch: run it here, a worker process would only add its start-up
            for index, batch in enumerate(work):
                yield index, task(batch, memory, extract_timeout_s, batch_no=index)
            return
        futures = runner.map(task, {"items": work, "memory": unmapped(memory),
                                    "extract_timeout_s": unmapped(extract_timeout_s),
                                    "batch_no": list(range(len(work)))})
        index = {future.task_run_id: i for i, future in enumerate(futures)}
        for future in prefect_as_completed(list(futures)):
            yield index[future.task_run_id], future.result()

    return map_batches


# ---------------------------------------------------------------- choosing an engine

def local_server_url(port: int | None = None, timeout_s: float = 0.3) -> str | None:
    """The API URL of a Prefect server answering on 127.0.0.1 (default port 4200), or None."""
    port = port or int(os.environ.get("PREFECT_SERVER_API_PORT") or DEFAULT_SERVER_PORT)
    url = f"http://127.0.0.1:{port}/api"
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout_s) as response:  # noqa: S310 (loopback)
            return url if response.status == 200 else None
    except (OSError, ValueError):
        return None


def choose_engine(requested: str, settings: Settings) -> tuple[str, str]:
    """(engine, reason) for a CLI run. May set PREFECT_API_URL to a local server it found."""
    if requested == "plain" and settings.dask_address:
        raise ValueError("--dask-address needs the prefect engine (prefect-dask runs the batches)")
    if requested != "auto":
        return requested, f"--engine {requested}"
    if settings.dask_address:
        return "prefect", f"Dask cluster at {settings.dask_address}"
    if os.environ.get("PREFECT_API_URL"):
        return "prefect", f"Prefect API at {os.environ['PREFECT_API_URL']}"
    url = local_server_url()
    if url:
        os.environ["PREFECT_API_URL"] = url
        return "prefect", f"Prefect server running at {url}"
    # The contract (README, issue #2): with no API, the flow runs in Prefect's ephemeral mode.
    # `--engine plain` is the opt-in for a quick manual run that skips its ~11 s start-up.
    return "prefect", "no Prefect server running: Prefect's ephemeral mode (--engine plain skips its start-up)"


__all__ = ["ENGINES", "Steps", "run_ingest", "run_plain", "plain_steps", "process_pool", "cpu_workers",
           "prefect_task_runner", "prefect_batch_runner", "prefect_batch_size", "prefect_map", "choose_engine", "local_server_url", "Progress"]
