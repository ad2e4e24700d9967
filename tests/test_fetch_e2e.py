"""End to end on loopback: feed + sitemap index + misbehaving endpoints -> articles and fetch_log.

First run: every good article is stored and every fault is in fetch_log with its outcome. Second
run: conditional requests only, 0 article bodies downloaded, 0 article rows added.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "web"))
import webfixture as W  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "samples").glob("*/*.html"))
TURKISH = "Beşiktaş'ta düzenlenen törende İstanbul Büyükşehir Belediyesi yetkilileri, şehrin ulaşım ağındaki " \
          "değişiklikleri açıkladı. Yeni hatların önümüzdeki ay hizmete gireceği bildirildi."


def turkish_page() -> bytes:
    paragraphs = "".join(f"<p>{TURKISH} Paragraf {i}.</p>" for i in range(6))
    return (f'<html lang="tr"><head><meta charset="windows-1254"><title>Ulaşım ağında değişiklik</title></head>'
            f"<body><article><h1>Ulaşım ağında değişiklik</h1>{paragraphs}</article></body></html>").encode("cp1254")


@pytest.fixture(scope="module")
def site():
    main = W.WebServer().start()
    down = W.WebServer().start()          # a second host whose robots.txt answers 500
    down.route("/robots.txt", W.status(500))
    down.static("/news/never.html", SAMPLES[0].read_bytes())
    main.static("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
    good = []
    for i, sample in enumerate(SAMPLES):
        path = f"/news/{sample.stem}.html"
        main.static(path, sample.read_bytes())
        good.append(path)
    main.static("/news/turkish.html", turkish_page(), "text/html")
    good.append("/news/turkish.html")
    main.route("/news/r429.html", W.sequence(W.status(429, {"Retry-After": "1"}), W.page(SAMPLES[0].read_bytes()
                                                                                         .replace(b"<title>", b"<title>429 "))))
    main.route("/news/r503.html", W.sequence(W.status(503), W.page(SAMPLES[1].read_bytes()
                                                                  .replace(b"<title>", b"<title>503 "))))
    faults = {
        "/news/drip.html": W.drip(total=4000, piece=10, every_s=0.1),
        "/news/short.html": W.short_body(),
        "/news/big.html": W.oversized(2_000_000),
        "/news/bomb.html": W.gzip_bomb(),
        "/news/loop.html": W.redirect("/news/loop2.html"),
        "/news/loop2.html": W.redirect("/news/loop.html"),
        "/news/to-127-0-0-2.html": W.redirect(f"http://127.0.0.2:{main.port}/news/x.html"),
    }
    for path, route in faults.items():
        main.route(path, route)
    feed_items = good[: len(good) // 2] + ["/news/r429.html", "/private/hidden.html", "/news/drip.html",
                                            "/news/short.html", "/news/big.html", "/news/bomb.html",
                                            "/news/loop.html"]
    main.static("/private/hidden.html", SAMPLES[0].read_bytes())
    items = "".join(f"<item><link>{main.url(p)}</link></item>" for p in feed_items)
    items += f"<item><link>{down.url('/news/never.html')}</link></item>"
    main.static("/feed.xml", f"<rss><channel><title>t</title>{items}</channel></rss>".encode(), "application/rss+xml")
    urls = good[len(good) // 2:] + ["/news/r503.html"]
    child = "".join(f"<url><loc>{main.url(p)}</loc></url>" for p in urls)
    main.static("/sitemap-news.xml", f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{child}</urlset>'
                .encode(), "application/xml")
    main.static("/sitemap.xml", ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>'
                                 f'{main.url("/sitemap-news.xml")}</loc></sitemap></sitemapindex>').encode(),
                "application/xml")
    main.static("/broken-feed.xml", b"<rss><channel><item><title>no end", "application/rss+xml")
    main.good = good + ["/news/r429.html", "/news/r503.html"]
    yield main, down
    main.stop()
    down.stop()


def write_config(tmp_path: Path, main, allow_private: bool, extra: str = "") -> Path:
    config = tmp_path / "sources.yaml"
    config.write_text(f"""
settings:
  out: {tmp_path / 'out'}
  allow_private_network: {str(allow_private).lower()}
  batch_size: 10
  workers: 1
  http:
    per_host_delay_s: 0.02
    backoff_base_s: 0.05
    backoff_cap_s: 3
    deadline_s: 1.5
    read_timeout_s: 0.5
    connect_timeout_s: 1
    max_body_bytes: 1048576
    retries: 2
{extra}
sources:
  - name: feed
    kind: feed
    location: {main.url('/feed.xml')}
  - name: sitemap
    kind: sitemap
    location: {main.url('/sitemap.xml')}
  - name: broken
    kind: feed
    location: {main.url('/broken-feed.xml')}
  - name: redirect-out
    kind: page
    location: {main.url('/news/to-127-0-0-2.html')}
  - name: samples
    kind: local
    location: {ROOT / 'data' / 'samples' / 'rhein-kurier'}
""")
    return config


def ingest(config: Path) -> tuple[dict, int]:
    """One run through the CLI (plain engine: the same stages, without a Prefect server)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "newsflow.cli", "ingest", "--config", str(config), "--engine",
                           "plain", "--json"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout[proc.stdout.index("{"):]), proc.returncode


def read(out: Path, table: str):
    from newsflow import store

    return store.read_table(out, table).to_pandas()


@pytest.mark.slow
def test_two_runs_against_a_misbehaving_site(site, tmp_path):
    main, down = site
    # 127.0.0.1 is reachable through an allowed network; the private-network opt-in stays off, so
    # the redirect hop to 127.0.0.2 must be refused.
    config = write_config(tmp_path, main, allow_private=False, extra='    allowed_networks: ["127.0.0.1/32"]')
    report, code = ingest(config)
    out = tmp_path / "out"
    articles = read(out, "articles")
    log = read(out, "fetch_log")
    fetched_urls = {u.replace(main.url(""), "") for u in articles["url"] if u.startswith("http")}
    assert set(main.good) <= fetched_urls, set(main.good) - fetched_urls
    assert any(u.startswith("file://") for u in articles["url"])             # the local source too
    turkish = articles[articles["url"].str.endswith("/news/turkish.html")]
    assert "Beşiktaş" in turkish["text"].iloc[0]                             # windows-1254 from the meta tag

    def outcome(path):
        rows = log[log["url"].str.endswith(path)]
        return list(rows.sort_values("attempt")["outcome"])

    assert outcome("/news/r429.html") == ["retried", "fetched"]
    assert outcome("/news/r503.html") == ["retried", "fetched"]
    assert outcome("/news/drip.html") == ["timeout"]
    assert outcome("/news/short.html")[-1] == "truncated"
    assert outcome("/news/big.html") == ["too_large"]
    assert outcome("/news/bomb.html") == ["too_large"]
    assert outcome("/news/loop.html") == ["redirect_loop"]
    assert outcome("/news/to-127-0-0-2.html") == ["blocked_address"]
    assert outcome("/private/hidden.html") == ["skipped_robots"]
    assert outcome("/news/never.html") == ["host_skipped"]
    assert "robots_unavailable" in outcome(down.url("/robots.txt").replace(down.url(""), ""))
    assert outcome("/broken-feed.xml") == ["parse_error"]
    assert report["fetch"]["fetched"] >= len(main.good)
    assert report["errors"]["too_large"] == 2 and "fetched" not in report["errors"]
    assert main.hits("/private/hidden.html") == 0 and down.hits("/news/never.html") == 0

    # second run: nothing new, no article body downloaded, no row added
    article_hits = {p: main.hits(p) for p in main.good}
    rows_before = len(articles)
    report2, code2 = ingest(config)
    assert {p: main.hits(p) for p in main.good} == article_hits
    assert len(read(out, "articles")) == rows_before
    assert report2["new"] == 0 and report2["rows_written"].get("articles", 0) == 0
    log2 = read(out, "fetch_log")
    second = log2[log2["run_id"] == report2["run_id"]]
    listings = second[second["url"].str.endswith(("/feed.xml", "/sitemap.xml"))]
    assert set(listings["outcome"]) == {"not_modified"}
    assert not second["url"].str.contains("/news/(?:drip|short|big|bomb)").any()   # not retried so soon
    assert not list((out / "_state" / "spool").glob("*/*.body")), "spool removed after the run"
