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

import contextlib
import copy
import multiprocessing
import os
import signal
import sys
import time
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass

from newsflow import paths, pipeline
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
    # commit each chunk in a child process forked for it (run_forked), or in this process
    isolate_commits: bool = False


# ---------------------------------------------------------------- the composition

def run_ingest(config: Config, run_id: str, steps: Steps, progress: bool | None = None) -> dict:
    """One ingest run over ``config``; returns the run report (pipeline.report_dict + timings).

    The batches stream: their results are taken in batch order (whatever finished first, so
    the run is deterministic), and every ``settings.commit_every`` documents the run unifies
    names, assigns clusters and writes that chunk (``commit_chunk``: in a child process forked for it when
    ``steps.isolate_commits``) while the pool goes on extracting the next.
    Memory holds one chunk, not the run, and a run killed half-way keeps its committed chunks.
    """
    settings = config.settings
    out_dir = paths.check_writable(settings.out)
    ingested_at = pipeline.now_utc()
    stats = pipeline.RunStats(sources=len(config.sources))
    timings: dict[str, float] = {}
    bars = Progress(enabled=sys.stdout.isatty() if progress is None else progress)

    with bars, ExitStack() as locked:
        with _timed(timings, "discover"), bars.stage("discover"):
            items, fetch_rows = steps.discover(config)
        # The fetch_log rows of discovery go with the last commit: one of them marks the run's
        # fetch state as done (newsflow.fetchstate), which must not happen before every chunk is stored.
        errors: list = []
        stats.documents = len(items)
        with _timed(timings, "load_state"):
            memory = pipeline.load_memory(out_dir)
        size = steps.batch_size(len(items)) if steps.batch_size else settings.batch_size
        work = pipeline.batches(items, size)
        del items
        state: dict = {}
        chunk: list = []

        def commit(articles: list, chunk_errors: list) -> None:
            nonlocal stats
            if "locked" not in state:  # first commit: take the writer lock, then sweep what a killed run left
                # the Parquet layer is imported here, not before the batches start: the workers, forked
                # earlier, are extracting meanwhile (see newsflow.pipeline)
                from newsflow import store

                store.use_system_allocator()
                locked.enter_context(store.writer_lock(out_dir))
                store.sweep_temp_files(out_dir, older_than_s=0)
                state["locked"] = True
            args = (config, steps, articles, chunk_errors, memory, stats, run_id, ingested_at)
            if steps.isolate_commits:
                # In a child process forked for this commit: what the commit allocates (its rows, Arrow's
                # buffers, the indexes read back from OUT/_state) goes back to the system when it exits, so
                # the parent's memory is the same before every chunk however many came before.
                # The writer lock's descriptor is inherited; the parent holds it throughout.
                stats, spent = run_forked(commit_chunk, *args)
            else:
                stats, spent = commit_chunk(*args, state=state)
            for name, seconds in spent.items():
                timings[name] = timings.get(name, 0.0) + seconds

        with _timed(timings, "extract_clean"), bars.stage("extract + clean", total=stats.documents) as advance:
            pending: dict[int, pipeline.BatchResult] = {}
            next_index = 0
            # Every batch sees the boilerplate learned before this run, whenever it is submitted:
            # the run's own learning is merged into ``memory`` as results arrive, and saved.
            learned_before = copy.deepcopy(memory)
            for index, result in steps.map_batches(work, learned_before, settings.extract_timeout_s):
                if not pending and next_index == 0:
                    _import_commit_modules()   # once, while the pool goes on extracting
                pending[index] = result
                advance(len(work[index]))
                while next_index in pending:  # in batch order
                    result = pending.pop(next_index)
                    work[next_index] = None  # the batch's work items are no longer needed
                    next_index += 1
                    chunk.extend(result.articles)
                    errors.extend(result.errors)
                    memory.merge(result.learned)
                    stats.removed_lines += result.removed_lines
                    if len(chunk) >= settings.commit_every:
                        with _paused(timings, "extract_clean"):
                            commit(chunk, errors)
                        chunk, errors = [], []
                        _release_memory()  # the chunk is stored: give its memory back
        commit(chunk, errors + fetch_rows)
        chunk = []

    stats.fetched = stats.documents - stats.outcomes.get("read_error", 0)
    report = pipeline.report_dict(stats, out_dir, run_id)
    report["timings_s"] = {k: round(v, 3) for k, v in timings.items()}
    return report


def commit_chunk(config: Config, steps: Steps, articles: list, errors: list, memory, stats: pipeline.RunStats,
                 run_id: str, ingested_at, state: dict | None = None) -> tuple[pipeline.RunStats, dict[str, float]]:
    """Unify names, assign clusters and write one chunk; returns the updated stats and seconds per stage.

    The name and dedup indexes come from ``state`` when the caller keeps them between commits (in-process
    commits), else from OUT/_state, where every commit saves them. The stored versions are those of this
    chunk's articles only (filtered from the articles' key cache, a memory-mapped file), so no dict of the
    whole dataset's versions is built.
    """
    settings = config.settings
    out_dir = settings.out
    timings: dict[str, float] = {}
    state = {} if state is None else state
    with _timed(timings, "load_state"):
        if "names" not in state:
            state["names"], state["dedup"] = pipeline.load_indexes(
                out_dir, settings.aliases, settings.name_policy, settings.dedup_window_days)
        known = pipeline.stored_versions(out_dir, {a.article_id for a in articles})
    with _timed(timings, "unify_names"):
        fresh = steps.unify_names(articles, state["names"], known, stats)
    with _timed(timings, "assign_clusters"):
        fresh = steps.assign_clusters(fresh, state["dedup"])
    with _timed(timings, "write"):
        pipeline.count_outcomes(stats, fresh, errors)
        pipeline.save_state(out_dir, memory, state["names"], state["dedup"])
        log_rows, log_parts = pipeline.error_rows(errors, run_id)
        written = steps.write(out_dir, fresh, log_rows, log_parts, state["names"], run_id, ingested_at)
        for table, n in written.items():
            stats.rows_written[table] = stats.rows_written.get(table, 0) + n
    return stats, timings


class CommitProcessDied(RuntimeError):
    """The child process of a commit ended without a result (killed, out of memory)."""


def can_fork() -> bool:
    return hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()


def run_forked(fn: Callable, *args):
    """``fn(*args)`` in a forked child process; its return value (or its exception) comes back pickled.

    The child shares the parent's imported modules and data at no cost (copy-on-write) and ends with
    ``os._exit``: no atexit handler, executor shutdown or buffered output of the parent runs twice. If the
    parent is interrupted while it waits, the child is killed and reaped before the interruption goes on (the
    child shares the writer lock's descriptor, which the parent then releases).
    """
    import pickle

    from newsflow import store

    sys.stdout.flush()
    sys.stderr.flush()
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        raise
    if pid == 0:   # the child
        code = 1
        try:
            os.close(read_fd)
            _fresh_std_streams()
            store.mark_commit_child()
            try:
                outcome = (True, fn(*args), store.crash_hits())
            except BaseException as exc:  # noqa: BLE001  (sent to the parent, which raises it)
                outcome = (False, _sendable(exc), store.crash_hits())
            try:
                payload = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # noqa: BLE001
                payload = pickle.dumps((False, RuntimeError(f"the commit's result could not be sent back: {exc!r}"),
                                        store.crash_hits()))
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(payload)
            code = 0
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        raise
    how = (f"killed by signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
           else f"exit code {os.waitstatus_to_exitcode(status)}")
    died = CommitProcessDied(f"the commit process ended without a result ({how}); the chunks committed before "
                             f"it are stored, and the next run completes this one")
    if not data or os.waitstatus_to_exitcode(status) != 0:
        raise died
    try:
        ok, value, hits = pickle.loads(data)
    except Exception as exc:  # noqa: BLE001  (a result cut short)
        raise died from exc
    store.merge_crash_hits(hits)
    if not ok:
        raise value
    return value


def _fresh_std_streams() -> None:
    """Give a forked child its own stdout/stderr objects on the same descriptors: another thread of the
    parent (rich's progress display, a log handler) may have held the old objects' locks at the fork."""
    for name, fd in (("stdout", 1), ("stderr", 2)):
        try:
            setattr(sys, name, open(os.dup(fd), "w", buffering=1, encoding="utf-8", errors="backslashreplace"))
        except OSError:
            setattr(sys, name, open(os.devnull, "w"))


def _sendable(exc: BaseException) -> BaseException:
    """The exception itself when it pickles, else a RuntimeError carrying its traceback text."""
    import pickle
    import traceback

    text = "".join(traceback.format_exception(exc))
    try:
        exc.add_note(f"in the commit's child process:\n{text}")
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError(text)


def _import_commit_modules() -> None:
    """Import what a commit needs (pyarrow, the Parquet layer, the name index: about 0.6 s) while the
    first batches are being extracted, rather than after the last one (or in every commit's child)."""
    import pandas  # noqa: F401  (pyarrow imports it on its first Table.from_pylist: 0.3 s)

    from newsflow import dedup, names, store  # noqa: F401


def _release_memory() -> None:
    from newsflow import store

    store.release_memory()


@contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


@contextmanager
def _paused(timings: dict[str, float], name: str) -> Iterator[None]:
    """Exclude a nested stage's time from the enclosing ``_timed(name)``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) - (time.perf_counter() - start)


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

def in_flight(workers: int) -> int:
    """Batches submitted ahead: three per worker keeps the pool busy while the parent commits."""
    return 3 * max(1, workers)


def windowed(n: int, submit: Callable[[int], object], first_done: Callable[[list], object],
             window: int) -> Iterator[tuple[int, object]]:
    """Run ``submit(0..n-1)`` with at most ``window`` futures in flight; yield (index, result) as they finish.

    A finished future is dropped as soon as its result is yielded, so a run holds ``window``
    results at most, however many batches it has (submitting everything at once kept every
    result alive in its future until the end of the run).
    """
    futures: dict = {}
    submitted = 0
    while submitted < n or futures:
        while submitted < n and len(futures) < window:
            futures[submit(submitted)] = submitted
            submitted += 1
        done = first_done(list(futures))
        index = futures.pop(done)
        yield index, done.result()
        del done


def _first_done(futures: list):
    """The first of some concurrent.futures futures to finish."""
    return next(as_completed(futures))


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


def plain_steps(pool: Executor | None, settings: Settings | None = None) -> Steps:
    """The stages as plain functions; the batches on ``pool`` (or serially when it is None)."""
    settings = settings or Settings()

    def map_batches(work, memory, extract_timeout_s):
        if pool is None:  # (a single batch goes to the pool too: its workers are warming up already)
            for index, batch in enumerate(work):
                yield index, pipeline.process_batch(batch, memory=memory, extract_timeout_s=extract_timeout_s)
            return

        def submit(index):
            return pool.submit(pipeline.process_batch, work[index], memory=memory,
                               extract_timeout_s=extract_timeout_s)

        yield from windowed(len(work), submit, _first_done, in_flight(getattr(pool, "_max_workers", 1)))

    def assign_clusters(articles, dedup_index):
        dedup_index.assign(articles)
        return articles

    def batch_size(n: int) -> int:
        # settings.batch_size, smaller for a small run so that every worker gets some of it
        workers = getattr(pool, "_max_workers", 1) if pool is not None else 1
        return max(1, min(settings.batch_size, -(-n // (4 * workers))))

    return Steps(discover=pipeline.discover, map_batches=map_batches, unify_names=pipeline.unify_names,
                 assign_clusters=assign_clusters, write=pipeline.write_run, batch_size=batch_size,
                 isolate_commits=settings.isolate_commits and can_fork())


def run_plain(config: Config, run_id: str, progress: bool | None = None) -> dict:
    """The whole run without Prefect, the batches on one process per core."""
    # The pool is created (and, with fork, its workers started) before any thread exists here.
    with process_pool(cpu_workers(config.settings)) as pool:
        warm_up(pool)
        return run_ingest(config, run_id, plain_steps(pool, config.settings), progress=progress)


def warm_up(pool: Executor | None) -> None:
    """Start the forked workers now, while this process has no threads yet, and let each load the
    pattern tables and the extractor (about 1 s) while this process goes on (with fork, the first
    submit starts every worker; the warm-up jobs queue ahead of the first batches)."""
    if pool is not None:
        for _ in range(getattr(pool, "_max_workers", 1)):
            pool.submit(pipeline.warm_up)


# ---------------------------------------------------------------- the Prefect engine

# The process pool that the flow's batch tasks hand their work to (set by ``batch_pool``), and the
# pool the CLI forked for the flow to use (set by ``shared_pool``).
_active_pool: Executor | None = None
_shared: Executor | None = None


@contextmanager
def shared_pool(pool: Executor | None) -> Iterator[None]:
    """Let the flow use ``pool`` for its batches: the CLI forks it before Prefect starts any thread."""
    global _shared
    previous, _shared = _shared, pool
    try:
        yield
    finally:
        _shared = previous


@contextmanager
def batch_pool(settings: Settings) -> Iterator[Executor | None]:
    """The process pool of a flow run's batches, active while the context is open.

    The CLI's pool when it made one (forked before any thread, so the workers start with
    everything imported); otherwise a new pool from a fork server that preloads newsflow
    (a deployment's flow run already has Prefect's threads, and fork is not safe then;
    spawned workers would each spend seconds importing). None for a single worker.
    """
    global _active_pool
    if _shared is not None:
        pool_cm = nullcontext(_shared)
    else:
        pool_cm = _preloaded_pool(cpu_workers(settings))
    with pool_cm as pool:
        previous, _active_pool = _active_pool, pool
        try:
            yield pool
        finally:
            _active_pool = previous


@contextmanager
def _preloaded_pool(workers: int) -> Iterator[Executor | None]:
    if workers <= 1:
        yield None
        return
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsflow.warm"])  # imports newsflow and warms it up
    else:
        context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield pool


def run_batch(items: list, memory, extract_timeout_s: float) -> pipeline.BatchResult:
    """One batch of a flow run: on the active process pool, else here (a Dask worker, or one worker)."""
    pool = _active_pool
    if pool is None:
        return pipeline.process_batch(items, memory=memory, extract_timeout_s=extract_timeout_s)
    return pool.submit(pipeline.process_batch, items, memory=memory, extract_timeout_s=extract_timeout_s).result()


def prefect_task_runner(settings: Settings):
    """The Prefect task runner of the batch tasks.

    Dask when settings.dask_address is set (an existing cluster, e.g. tcp://10.0.0.5:8786):
    each batch task runs on a Dask worker. Otherwise a thread runner with one thread per
    worker process: each batch task hands its batch to the run's process pool (``batch_pool``)
    and waits, so both cores work while every batch is still a task run with its state,
    retries and logs. Prefect's own ProcessPoolTaskRunner spawns fresh interpreters that
    import Prefect and run its task engine in each: measured on 905 pages it made the
    extract stage take 12-15 s against 6.6 s for the same pool without it.
    """
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=cpu_workers(settings))


@contextmanager
def prefect_batch_runner(settings: Settings) -> Iterator:
    """Start the batches' task runner (and, without Dask, the run's process pool).

    With Dask in ephemeral mode (no PREFECT_API_URL) the API is a private server of this
    process; the cluster's workers are given its URL, or each would start a server of its
    own and record its task runs where the flow run cannot see them.
    """
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if not settings.dask_address:
        with batch_pool(settings), prefect_task_runner(settings) as runner:
            yield runner
        return
    if PREFECT_API_URL.value():
        with prefect_task_runner(settings) as runner:
            yield runner
        return
    api_url = str(get_client(sync_client=True).api_url).rstrip("/")
    with temporary_settings({PREFECT_API_URL: api_url}), prefect_task_runner(settings) as runner:
        yield runner


def prefect_batch_size(settings: Settings) -> Callable[[int], int]:
    """Fewer, larger batches in a flow run: each task run costs a few API calls (and server time).

    About eight batches per worker process keeps both cores busy to the end; never smaller
    than settings.batch_size. Dask keeps settings.batch_size (its workers are many and warm).
    """
    if settings.dask_address:
        return lambda n: settings.batch_size
    workers = cpu_workers(settings)
    return lambda n: max(settings.batch_size, -(-n // (8 * workers)))


def prefect_map(task, runner, settings: Settings) -> MapBatches:
    """Run a batch task (tasks.stages.extract_clean) over the batches on a started Prefect task runner."""

    def map_batches(work, memory, extract_timeout_s):
        from prefect.futures import as_completed as prefect_as_completed
        from prefect.utilities.annotations import quote

        if len(work) <= 1:  # one batch: run it here, a worker process would only add its start-up
            for index, batch in enumerate(work):
                yield index, task(batch, memory, extract_timeout_s, batch_no=index)
            return

        def submit(index):
            # quote(): Prefect passes these as they are instead of walking them for futures
            # (prefect-dask's runner does not unwrap quote(): it gets them plain)
            wrap = (lambda x: x) if settings.dask_address else quote
            return runner.submit(task, parameters={"items": wrap(work[index]), "memory": wrap(memory),
                                                   "extract_timeout_s": extract_timeout_s, "batch_no": index})

        def first_done(futures):
            return next(prefect_as_completed(futures))

        # a Dask cluster may have many workers: keep more batches in flight there
        window = 32 if settings.dask_address else in_flight(cpu_workers(settings))
        yield from windowed(len(work), submit, first_done, window)

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
           "prefect_task_runner", "prefect_batch_runner", "batch_pool", "shared_pool", "run_batch", "prefect_batch_size", "prefect_map", "choose_engine", "local_server_url", "Progress"]
