#!/usr/bin/env python3
"""Speed and memory of a whole `newsflow ingest` against trafilatura alone, on the same pages.

    .venv/bin/python benchmarks/pipeline.py                      # 905, 1k and 5k pages (about 10 min)
    .venv/bin/python benchmarks/pipeline.py --sizes 1000 --engines plain --workers 1 2

For each size N it generates N distinct pages (benchmarks/make_pages.py; 905 = five copies
of 181 articles) and runs, each as its own process, timed from start to exit:

- trafilatura alone: one process, `bare_extraction(html, with_metadata=True)` on every page
  (text and metadata), read from disk like newsflow does; and text only (`extract`);
- `newsflow ingest --source PAGES --out TMP --json` per engine and per number of workers
  (settings.workers in a sources file):
  - `plain`: no Prefect;
  - `prefect`: the Prefect flow in ephemeral mode (its private server started and stopped
    inside the timed process);
  - `server`: `--engine auto` with a Prefect server already running on this machine (started
    once by this script, before the timings, as a user keeps `prefect server start` or
    `make serve` running): the CLI finds it and the flow reports there. The server's own
    RSS is printed separately (it is not a child of the timed process).

It reports wall seconds, CPU seconds, docs/s, peak RSS (the sum over the process and its
children, sampled every 20 ms; the largest single process too) and newsflow's seconds per
stage. Every run is done twice: timed alone, then again with the memory sampler (whose reads
of /proc cost CPU that a run using both cores would lose), so the timings are not the
sampler's. The pattern cache (newsflow.rxcache) is the benchmark's own and starts empty: one
timed plain run at the first size fills it, as a first run on a new machine does, and is
reported on its own line; every other run finds it filled.
The machine's load is printed with the results: on a shared machine the numbers are noisy.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
PYTHON = sys.executable

TRAFILATURA_ALONE = r"""
import sys, time
from pathlib import Path
import trafilatura
with_metadata = sys.argv[2] == "metadata"
files = sorted(Path(sys.argv[1]).rglob("*.html"))
ok = 0
for f in files:
    html = f.read_bytes().decode("utf-8", "replace")
    if with_metadata:
        doc = trafilatura.bare_extraction(html, with_metadata=True)
        ok += bool(doc and doc.text)
    else:
        ok += bool(trafilatura.extract(html))
print(ok)
"""


def _run(cmd: list[str], env: dict | None, cwd: Path, sample: bool) -> dict:
    """Run cmd once: wall seconds and CPU seconds of its process tree; with ``sample``, peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd, text=True)
    peak = {"sum": 0, "max": 0, "pss": 0}
    done = threading.Event()

    def sample_memory() -> None:
        while not done.is_set():
            try:
                procs = [proc] + proc.children(recursive=True)
                rss, pss = [], []
                for p in procs:
                    try:
                        info = p.memory_full_info()   # pss: shared pages counted once across the processes
                        rss.append(info.rss)
                        pss.append(getattr(info, "pss", info.rss))
                    except psutil.Error:
                        pass
                peak["sum"] = max(peak["sum"], sum(rss))
                peak["max"] = max(peak["max"], max(rss, default=0))
                peak["pss"] = max(peak["pss"], sum(pss))
            except psutil.Error:
                pass
            done.wait(0.02)

    sampler = threading.Thread(target=sample_memory, daemon=True)
    if sample:
        sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    if sample:
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed ({proc.returncode}):\n{stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "rss_sum_mb": peak["sum"] / 2**20, "rss_max_mb": peak["max"] / 2**20,
            "pss_sum_mb": peak["pss"] / 2**20, "stdout": stdout}


def measure(cmd: list[str], env: dict | None = None, cwd: Path = ROOT, fresh=None) -> dict:
    """Run cmd twice: once timed with nothing else running, once with the memory sampler.

    The sampler walks /proc for the process tree and reads every process's smaps every 20 ms; on a
    2-core machine that takes CPU from a run whose workers use both cores (it slowed a 905-page run
    by about 2 s), so wall and CPU seconds come from the pass without it, memory from the pass
    with it. ``fresh()``, when given, is called before each pass and returns the command (a new
    empty output folder, so the second pass does the same work as the first).
    """
    timed = _run(fresh() if fresh else cmd, env, cwd, sample=False)
    sampled = _run(fresh() if fresh else cmd, env, cwd, sample=True)
    return {**sampled, "wall_s": timed["wall_s"], "cpu_s": timed["cpu_s"], "stdout": timed["stdout"]}


def pages_for(n: int) -> Path:
    folder = OUT / f"pages-{n}"
    if not folder.is_dir() or sum(1 for _ in folder.rglob("*.html")) != n:
        subprocess.run([PYTHON, str(ROOT / "benchmarks" / "make_pages.py"), "--n", str(n), "--out", str(folder)],
                       check=True, stdout=subprocess.DEVNULL)
    return folder


def run_trafilatura(pages: Path, n: int, metadata: bool) -> dict:
    result = measure([PYTHON, "-c", TRAFILATURA_ALONE, str(pages), "metadata" if metadata else "text"])
    name = "trafilatura alone, text+metadata" if metadata else "trafilatura alone, text only"
    return {"run": name, "docs": n, "extracted": int(result["stdout"].strip()), **result}


def prefect_env(home: Path, port: int | None = None) -> dict:
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING")
    env.pop("PREFECT_API_URL", None)
    if port:
        env["PREFECT_SERVER_API_PORT"] = str(port)
    return env


class LocalServer:
    """`prefect server start` on a free loopback port, for the `server` arm; stopped on exit."""

    def __init__(self, home: Path):
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.env = prefect_env(home / "server", self.port)
        self.proc = psutil.Popen([str(ROOT / ".venv" / "bin" / "prefect"), "server", "start", "--host", "127.0.0.1",
                                  "--port", str(self.port)], env=self.env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
        import urllib.request

        deadline = time.time() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/health", timeout=1):
                    break
            except OSError:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("the Prefect server did not start") from None
                time.sleep(0.5)

    def rss_mb(self) -> float:
        procs = [self.proc] + self.proc.children(recursive=True)
        return sum(p.memory_info().rss for p in procs if p.is_running()) / 2**20

    def stop(self) -> None:
        import signal

        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(30)


def run_newsflow(pages: Path, n: int, engine: str, workers: int, home: Path, server: LocalServer | None = None,
                 cold: bool = False) -> dict:
    """One newsflow arm; ``cold``: a single timed pass with the pattern cache still empty (a first run)."""
    with tempfile.TemporaryDirectory(prefix="newsflow-bench-") as tmp:
        passes = iter(range(2))

        def fresh() -> list[str]:   # each pass ingests into a new, empty dataset
            config = Path(tmp) / f"sources-{next(passes)}.yaml"
            config.write_text(f"settings:\n  out: {config.with_suffix('')}-out\n  workers: {workers}\n"
                              f"sources:\n  - name: bench\n    kind: local\n    location: {pages}\n",
                              encoding="utf-8")
            return [str(ROOT / ".venv" / "bin" / "newsflow"), "ingest", "--config", str(config), "--json",
                    "--engine", "auto" if engine == "server" else engine]

        env = server.env if engine == "server" else prefect_env(home)
        if cold:
            result = _run(fresh(), env, ROOT, sample=False)
            result.update(rss_sum_mb=float("nan"), rss_max_mb=float("nan"), pss_sum_mb=float("nan"))
        else:
            result = measure([], env=env, fresh=fresh)
    report = json.loads(result["stdout"])
    if engine == "server" and "server running" not in report["engine"]:
        raise RuntimeError(f"the CLI did not reuse the running server: {report['engine']}")
    name = "prefect, server running" if engine == "server" else engine
    name += " (first run, empty pattern cache)" if cold else ""
    return {"run": f"newsflow ingest, {name}, {workers} worker{'s' * (workers > 1)}", "docs": n,
            "extracted": report["new"] + report["updated"] + report["unchanged"], "stages": report["timings_s"],
            **result}


def fmt(row: dict) -> str:
    stages = " ".join(f"{k}={v:.1f}" for k, v in row.get("stages", {}).items())
    return (f"{row['run']:<60} {row['docs']:>5} {row['extracted']:>5} {row['wall_s']:>7.1f} {row['cpu_s']:>6.1f} "
            f"{row['docs'] / row['wall_s']:>7.1f} {row['rss_sum_mb']:>8.0f} {row['pss_sum_mb']:>8.0f} "
            f"{row['rss_max_mb']:>8.0f}  {stages}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[905, 1000, 5000])
    parser.add_argument("--engines", nargs="+", default=["plain", "server", "prefect"],
                        choices=["plain", "server", "prefect"])
    parser.add_argument("--workers", type=int, nargs="+", default=[2],
                        help="worker counts to compare (default 2; the 1-vs-2 comparison runs at 1000 pages)")
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    args = parser.parse_args(argv)

    rows = []
    print(f"machine: {os.cpu_count()} cores, load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    header = (f"{'run':<60} {'docs':>5} {'ok':>5} {'wall s':>7} {'cpu s':>6} {'docs/s':>7} {'RSS MB':>8} {'PSS MB':>8} {'max 1p':>8}"
              f"  seconds per stage")
    print(header)
    with tempfile.TemporaryDirectory(prefix="newsflow-bench-prefect-") as home:
        # A pattern cache of this benchmark's own (newsflow.rxcache), empty at the start: the first newsflow
        # run fills it, as the first run on a machine does, and is reported as such; the others find it.
        os.environ["NEWSFLOW_CACHE_DIR"] = str(Path(home) / "pattern-cache")
        server = LocalServer(Path(home)) if "server" in args.engines else None
        try:
            for i, n in enumerate(args.sizes):
                pages = pages_for(n)
                batch = [run_trafilatura(pages, n, metadata=True), run_trafilatura(pages, n, metadata=False)]
                if i == 0:
                    batch.append(run_newsflow(pages, n, "plain", max(args.workers), Path(home), cold=True))
                workers = sorted(set(args.workers) | ({1, 2} if n == 1000 else set()))
                for engine in args.engines:
                    for w in workers:
                        if engine != "plain" and w != max(workers):
                            continue  # 1 vs 2 workers: plain engine only, the flow adds a constant
                        batch.append(run_newsflow(pages, n, engine, w, Path(home), server))
                for row in batch:
                    print(fmt(row), flush=True)
                rows.extend(batch)
            if server:
                print(f"the running Prefect server's own RSS at the end: {server.rss_mb():.0f} MB")
        finally:
            if server:
                server.stop()
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("wall s and cpu s (user + system of the process tree) come from a pass without memory sampling; the "
          "memory columns from a second pass of the same run with it.")
    print("RSS MB = peak of the summed RSS of the process and all its children (workers, Prefect's ephemeral "
          "server); PSS MB = the same with shared pages (forked workers) counted once; max 1p = largest single "
          "process.")
    if args.json:
        args.json.write_text(json.dumps([{k: v for k, v in r.items() if k != "stdout"} for r in rows], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
