#!/usr/bin/env python3
"""Peak memory of a run's parent process: does it follow the run's size or the dataset's?

    .venv/bin/python benchmarks/memory.py            # about 2 minutes

Three plain-engine runs (`run_plain`, each in a process of its own; every 20 ms the RSS of that process
and of each of its children is sampled: the run's parent, and the child each commit runs in) over the
5000 benchmark pages (benchmarks/make_pages.py, as benchmarks/pipeline.py makes them):
copies 0-5 of each article (about 1000 pages) into an empty dataset; the other pages into a
second dataset; then the same 1000 pages into that second dataset. If the first and last peaks
are close, a run's memory does not grow with what is already stored; if the second is close
to them, it does not grow with the run's own size either.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import pages_for  # noqa: E402  (benchmarks/pipeline.py)

from newsflow import runners  # noqa: E402
from newsflow.config import build_config  # noqa: E402

PICK = [r"-c[0-5]\.html$"]   # copies 0-5 of each of the 181 articles


def peak_run(pages: Path, out: Path, include=(), exclude=()) -> tuple[int, float, float]:
    """(documents stored, peak RSS in MB of this process, of its largest child) for one plain run."""
    config = build_config(None, [str(pages)], str(out))
    source = config.sources[0].model_copy(update={"include": list(include), "exclude": list(exclude)})
    config = config.model_copy(update={"sources": [source]})
    me, peak, child_peak, stop = psutil.Process(), [0], [0], threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], me.memory_info().rss)
            for child in me.children(recursive=True):   # the pool's workers and each commit's child
                try:
                    child_peak[0] = max(child_peak[0], child.memory_info().rss)
                except psutil.Error:
                    pass
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        report = runners.run_plain(config, str(uuid.uuid4()), progress=False)
    finally:
        stop.set()
        sampler.join()
    return report["new"], peak[0] / 2**20, child_peak[0] / 2**20


def main() -> int:
    if sys.argv[1:2] == ["--one"]:   # one run in this process: --one OUT include|exclude
        out, mode = Path(sys.argv[2]), sys.argv[3]
        new, mb, child_mb = peak_run(pages_for(5000), out, **{mode: PICK})
        print(new, mb, child_mb)
        return 0
    pages_for(5000)
    runs = [("about 1000 pages into an empty dataset", "a", "include"),
            ("the other pages into a second dataset", "b", "exclude"),
            ("the same 1000 pages into that dataset", "b", "include")]
    with tempfile.TemporaryDirectory(prefix="newsflow-mem-") as tmp:
        for name, folder, mode in runs:
            result = subprocess.run([sys.executable, __file__, "--one", str(Path(tmp) / folder), mode],
                                    capture_output=True, text=True, check=True)
            new, mb, child_mb = result.stdout.split()[-3:]
            print(f"{name:<42} {new:>5} new rows   peak RSS: parent {float(mb):4.0f} MB, largest child "
                  f"{float(child_mb):4.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
