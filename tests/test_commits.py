"""Commits in a child process (settings.isolate_commits, the plain engine's default): the same rows as
commits in the run's own process, the work really done elsewhere, and failures that come back as errors."""

from __future__ import annotations

import os
import signal
import threading
import uuid

import pytest

from newsflow import runners, store
from newsflow.config import build_config
from tests.test_flow import articles

pytestmark = pytest.mark.skipif(not runners.can_fork(), reason="commits in a child process need os.fork")


def _config(samples_dir, out, **settings):
    config = build_config(None, [str(samples_dir)], str(out))
    return config.model_copy(update={"settings": config.settings.model_copy(update={"batch_size": 5, **settings})})


def test_forked_call_returns_its_value_and_leaves_the_parent_untouched():
    seen = []

    def child_side(x):
        seen.append(x)          # lands in the child's copy of the list
        return os.getpid(), x * 2

    pid, doubled = runners.run_forked(child_side, 21)
    assert doubled == 42 and pid != os.getpid()
    assert seen == []


def test_an_exception_in_the_child_is_raised_in_the_parent_with_its_type():
    def bad():
        raise ValueError("column 'article_id' is required")

    with pytest.raises(ValueError, match="article_id"):
        runners.run_forked(bad)


def test_an_exception_that_cannot_be_pickled_comes_back_as_its_traceback():
    class Local(Exception):   # a local class does not pickle
        pass

    def bad():
        raise Local("held a lock object")

    with pytest.raises(RuntimeError, match="Local: held a lock object"):
        runners.run_forked(bad)


def test_a_child_killed_by_a_signal_is_a_clear_error_not_a_hang():
    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(runners.CommitProcessDied, match="signal 9"):
        runners.run_forked(die)
    # and the parent goes on: another call works
    assert runners.run_forked(lambda: "alive") == "alive"


def test_a_thread_of_the_parent_does_not_block_the_child():
    # The executor's threads exist in the parent while a commit forks; one that holds a lock the child
    # never touches must not matter.
    held, release = threading.Lock(), threading.Event()

    def hold():
        with held:
            release.wait(10)

    t = threading.Thread(target=hold)
    t.start()
    try:
        assert runners.run_forked(lambda: sum(range(1000))) == 499500
    finally:
        release.set()
        t.join()


def test_isolated_and_in_process_commits_write_the_same_rows(samples_dir, tmp_path):
    # commit_every=7 over the samples: several commits, each a child reading back what the last one saved
    reports = {}
    for isolate in (True, False):
        config = _config(samples_dir, tmp_path / f"out-{isolate}", commit_every=7, isolate_commits=isolate)
        reports[isolate] = runners.run_plain(config, str(uuid.uuid4()), progress=False)
    assert runners.plain_steps(None, _config(samples_dir, tmp_path, isolate_commits=True).settings).isolate_commits
    for figure in ("documents", "new", "updated", "unchanged", "exact_duplicates", "near_duplicates", "errors",
                   "boilerplate_lines_removed", "names_unified", "rows_written"):
        assert reports[True][figure] == reports[False][figure], figure
    assert reports[True]["new"] > 7
    assert articles(tmp_path / "out-True") == articles(tmp_path / "out-False")
    for name, cols in (("mentions", ["article_id", "content_hash", "key", "canonical", "surface", "start"]),
                       ("names", ["key", "canonical"])):
        got = sorted(map(str, store.read_table(tmp_path / "out-True", name, columns=cols).to_pylist()))
        want = sorted(map(str, store.read_table(tmp_path / "out-False", name, columns=cols).to_pylist()))
        assert got and got == want, name
    # a second isolated run over the same input adds nothing
    again = runners.run_plain(_config(samples_dir, tmp_path / "out-True", commit_every=7), str(uuid.uuid4()),
                              progress=False)
    assert again["new"] == 0 and again["unchanged"] == reports[True]["new"]


def test_the_commit_work_runs_outside_the_run_process(samples_dir, tmp_path):
    config = _config(samples_dir, tmp_path / "out", commit_every=10)
    pids = tmp_path / "pids"
    steps = runners.plain_steps(None, config.settings)
    write = steps.write

    def recording_write(*args):
        with pids.open("a") as f:
            f.write(f"{os.getpid()}\n")
        return write(*args)

    steps.write = recording_write
    report = runners.run_ingest(config, str(uuid.uuid4()), steps, progress=False)
    writers = pids.read_text().split()
    assert len(writers) == 3 and report["new"] > 10         # 24 samples: commits of 10, 10 and the rest
    assert str(os.getpid()) not in writers and len(set(writers)) == 3   # a fresh process each time


def test_a_result_that_cannot_be_sent_back_is_an_error():
    with pytest.raises(RuntimeError, match="could not be sent back"):
        runners.run_forked(lambda: threading.Lock())


def test_the_childs_traceback_travels_with_its_exception():
    def deep():
        raise KeyError("names.json")

    with pytest.raises(KeyError) as info:
        runners.run_forked(deep)
    assert any("in deep" in note for note in getattr(info.value, "__notes__", []))


def test_an_interrupted_parent_kills_and_reaps_its_child(monkeypatch):
    import time

    import psutil

    # the child's pid as fork returns it (a process another test started in the background, such as a Prefect
    # server, is a child of this process too, so "a child that was not there before" can be the wrong one)
    forked: list[int] = []
    real_fork = os.fork

    def recording_fork():
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", recording_fork)
    # Ctrl-C as Python delivers it by default (a test run earlier in the session may have left its own handler)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)

    def interrupt():   # Ctrl-C while the parent waits for the commit's result
        for _ in range(500):
            if forked and psutil.pid_exists(forked[0]):
                break
            time.sleep(0.01)
        time.sleep(0.1)
        os.kill(os.getpid(), signal.SIGINT)

    watchdog_killed: list[int] = []

    def watchdog():    # a child left running would keep the parent waiting for an hour: end it, and fail
        time.sleep(30)
        if forked and psutil.pid_exists(forked[0]):
            watchdog_killed.append(forked[0])
            os.kill(forked[0], signal.SIGKILL)

    threading.Thread(target=interrupt, daemon=True).start()
    threading.Thread(target=watchdog, daemon=True).start()
    try:
        with pytest.raises(KeyboardInterrupt):
            runners.run_forked(time.sleep, 3600)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert forked
    assert not watchdog_killed                 # the parent killed it, not the watchdog
    assert not psutil.pid_exists(forked[0])   # killed and reaped: not even a zombie is left
