"""Fetch benchmark: pages/s and peak memory against 20 loopback hosts with politeness on, and peak memory
while reading a WARC file of several hundred MB built from data/samples.

    .venv/bin/python benchmarks/fetch.py                      # defaults: 20 hosts x 15 pages, 1 s delay, 300 MB WARC
    .venv/bin/python benchmarks/fetch.py --pages 30 --delay 0.2 --warc-mb 500

Each measurement runs in its own process so that its peak RSS (ru_maxrss) is its own. "Hosts" are 20
servers on 127.0.0.1, one port each (origins differ by port, so politeness applies per port).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "web"))
SAMPLES = sorted((ROOT / "data" / "samples").glob("*/*.html"))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_http(hosts: int, pages: int, delay: float, connections: int) -> dict:
    import webfixture as W

    from newsflow.config import Config, HttpSettings, Settings, SourceConfig
    from newsflow.discover_web import discover_web

    bodies = [p.read_bytes() for p in SAMPLES]
    servers, sources = [], []
    for h in range(hosts):
        s = W.WebServer().start()
        s.static("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
        links = []
        for i in range(pages):
            path = f"/news/{h}-{i}.html"
            s.static(path, bodies[(h + i) % len(bodies)].replace(b"<title>", f"<title>{h}-{i} ".encode()))
            links.append(f"<item><link>{s.url(path)}</link></item>")
        s.static("/feed.xml", f"<rss><channel>{''.join(links)}</channel></rss>".encode(), "application/rss+xml")
        servers.append(s)
        sources.append(SourceConfig(name=f"host{h}", kind="feed", location=s.url("/feed.xml")))
    out = tempfile.mkdtemp(prefix="newsflow-bench-")
    http = HttpSettings(per_host_delay_s=delay, per_host_connections=connections)
    config = Config(settings=Settings(out=out, allow_private_network=True, http=http), sources=sources)
    import newsflow.pipeline  # noqa: F401 - not part of the timing
    rss_before = peak_rss_mb()
    start = time.perf_counter()
    items, log = discover_web(sources, config, commit_now=True)
    elapsed = time.perf_counter() - start
    for s in servers:
        s.stop()
    outcomes: dict[str, int] = {}
    for row in log:
        outcomes[row.outcome] = outcomes.get(row.outcome, 0) + 1
    return {"hosts": hosts, "pages": len(items), "seconds": round(elapsed, 2),
            "pages_per_s": round(len(items) / elapsed, 1), "per_host_delay_s": delay,
            "per_host_connections": connections,
            "bound_by_politeness_pages_per_s": round(hosts / delay, 1) if delay else None,
            "peak_rss_mb": round(peak_rss_mb(), 1), "rss_before_mb": round(rss_before, 1), "outcomes": outcomes}


def make_warc(path: Path, target_mb: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    bodies = [p.read_bytes() for p in SAMPLES]
    written = n = 0
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        while handle.tell() < target_mb * 1024 * 1024:
            body = bodies[n % len(bodies)] + f"<!-- copy {n} -->".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://news{n % 50}.example/a/{n}.html", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
            written += len(body)
            n += 1
    return n


def bench_warc(path: Path) -> dict:
    from newsflow.config import Config, Settings, SourceConfig
    from newsflow.discover_web import discover_web
    from newsflow import fetchstate

    import newsflow.pipeline  # noqa: F401
    out = tempfile.mkdtemp(prefix="newsflow-bench-warc-")
    source = SourceConfig(name="cc-news", kind="warc", location=str(path))
    config = Config(settings=Settings(out=out), sources=[source])
    rss_before = peak_rss_mb()
    start = time.perf_counter()
    items, log = discover_web([source], config, commit_now=True)
    elapsed = time.perf_counter() - start
    spooled = sum(Path(i.path).stat().st_size for i in items)
    fetchstate.remove_spool(Path(items[0].path).parent) if items else None
    return {"warc_mb": round(path.stat().st_size / 2**20, 1), "records": len(items),
            "html_mb_spooled": round(spooled / 2**20, 1), "seconds": round(elapsed, 2),
            "records_per_s": round(len(items) / elapsed, 1), "peak_rss_mb": round(peak_rss_mb(), 1),
            "rss_before_mb": round(rss_before, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages", type=int, default=15, help="pages per host")
    parser.add_argument("--delay", type=float, default=1.0, help="per_host_delay_s (default: the shipped 1 s)")
    parser.add_argument("--connections", type=int, default=2, help="per_host_connections")
    parser.add_argument("--warc-mb", type=int, default=300)
    parser.add_argument("--child", choices=("http", "warc"))
    parser.add_argument("--warc-path")
    args = parser.parse_args()
    if args.child == "http":
        print(json.dumps(bench_http(args.hosts, args.pages, args.delay, args.connections)))
        return
    if args.child == "warc":
        print(json.dumps(bench_warc(Path(args.warc_path))))
        return

    def child(*extra: str) -> dict:
        proc = subprocess.run([sys.executable, __file__, *extra], capture_output=True, text=True, check=True)
        return json.loads(proc.stdout.strip().splitlines()[-1])

    print(f"fetch benchmark: {args.hosts} loopback hosts x {args.pages} pages, politeness on "
          f"(robots.txt, {args.connections} per host, {args.delay} s apart)")
    result = child("--child", "http", "--hosts", str(args.hosts), "--pages", str(args.pages),
                   "--delay", str(args.delay), "--connections", str(args.connections))
    print(json.dumps(result, indent=2))
    if args.delay >= 0.2:
        fast = child("--child", "http", "--hosts", str(args.hosts), "--pages", str(args.pages),
                     "--delay", "0.05", "--connections", str(args.connections))
        print("same with per_host_delay_s=0.05 (what the client does when politeness is not the bound):")
        print(json.dumps(fast, indent=2))
    if args.warc_mb:
        with tempfile.TemporaryDirectory(prefix="newsflow-warc-") as tmp:
            path = Path(tmp) / "CC-NEWS-bench.warc.gz"
            start = time.perf_counter()
            records = make_warc(path, args.warc_mb)
            print(f"WARC: {path.stat().st_size / 2**20:.0f} MB gzip, {records} records from data/samples "
                  f"(built in {time.perf_counter() - start:.0f} s)")
            print(json.dumps(child("--child", "warc", "--warc-path", str(path)), indent=2))


if __name__ == "__main__":
    main()
