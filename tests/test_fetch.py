"""The HTTP client against a real server on 127.0.0.1: politeness, limits, faults, safety, charset.

Delays are shrunk through settings; assertions are about recorded behaviour (outcomes, request times
relative to each other), never about how fast this machine is.
"""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "web"))
import webfixture as W  # noqa: E402

from newsflow import netsafe  # noqa: E402
from newsflow.config import HttpSettings  # noqa: E402
from newsflow.fetch import (  # noqa: E402
    BoundedDecoder, FetchFailure, Fetcher, RobotsRules, detect_charset, parse_retry_after,
)

FAST = HttpSettings(per_host_delay_s=0.05, backoff_base_s=0.05, backoff_cap_s=3.0, deadline_s=1.0,
                    read_timeout_s=0.5, connect_timeout_s=1.0, max_body_bytes=512 * 1024, retries=2)
TURKISH = "Şişli'de İstanbul haberi: ğüşıöç"


@pytest.fixture(scope="module")
def server():
    s = W.WebServer().start()
    s.static("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
    s.static("/a.html", b"<html><body><p>hello</p></body></html>")
    s.static("/private/secret.html", b"<html>secret</html>")
    s.route("/429", W.sequence(W.status(429, {"Retry-After": "1"}), W.page(b"<html>after 429</html>")))
    s.route("/503", W.sequence(W.status(503), W.page(b"<html>after 503</html>")))
    s.route("/always503", W.status(503))
    s.route("/drip", W.drip(total=4000, piece=10, every_s=0.1))
    s.route("/short", W.short_body())
    s.route("/big", W.oversized(2_000_000))
    s.static("/big-declared", b"x" * 600_000, etag=False)
    s.route("/bomb", W.gzip_bomb())
    s.route("/loop/a", W.redirect("/loop/b"))
    s.route("/loop/b", W.redirect("/loop/a"))
    s.route("/to-127-0-0-2", W.redirect(f"http://127.0.0.2:{s.port}/a.html"))
    s.route("/moved", W.redirect("/a.html", 301))
    s.route("/chain", W.redirect("/chain1"))
    for i in range(1, 9):
        s.route(f"/chain{i}", W.redirect(f"/chain{i + 1}"))
    s.static("/tr.html", f'<html><head><meta charset="windows-1254"><title>t</title></head><body><p>{TURKISH}</p>'
             f'</body></html>'.encode("cp1254"), "text/html")
    s.static("/utf8-header.html", "<html><body>é</body></html>".encode(), "text/html; charset=utf-8")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def server_robots_500():
    s = W.WebServer().start()
    s.route("/robots.txt", W.status(500))
    s.static("/page.html", b"<html>never fetched</html>")
    yield s
    s.stop()


def run(coro):
    return asyncio.run(coro)


async def fetch_all(urls, http=FAST, allow_private=True, spool=None, **kw):
    async with Fetcher(http, allow_private=allow_private, spool_dir=spool) as f:
        results = await asyncio.gather(*(f.get(u, "test", **kw) for u in urls))
    return results, f


# ---------------------------------------------------------------- faults, each with its outcome


def test_good_page_and_faults_each_get_their_outcome(server, tmp_path):
    paths = ["/a.html", "/private/secret.html", "/429", "/503", "/drip", "/short", "/big", "/big-declared",
             "/bomb", "/loop/a", "/chain", "/moved", "/nope"]
    results, f = run(fetch_all([server.url(p) for p in paths], spool=tmp_path, to_file=True))
    got = {p: r for p, r in zip(paths, results)}
    assert got["/a.html"].outcome == "fetched" and Path(got["/a.html"].path).read_bytes().startswith(b"<html>")
    assert got["/private/secret.html"].outcome == "skipped_robots"
    assert server.hits("/private/secret.html") == 0
    assert got["/429"].outcome == "fetched" and got["/429"].attempt == 2
    assert got["/503"].outcome == "fetched" and got["/503"].attempt == 2
    assert got["/drip"].outcome == "timeout"
    assert got["/short"].outcome == "truncated"
    assert got["/big"].outcome == "too_large"
    assert got["/big-declared"].outcome == "too_large"
    assert got["/bomb"].outcome == "too_large" and "after decompression" in got["/bomb"].error
    assert got["/loop/a"].outcome == "redirect_loop"
    assert got["/chain"].outcome == "too_many_redirects"
    assert got["/moved"].outcome == "fetched" and got["/moved"].final_url == server.url("/a.html")
    assert got["/nope"].outcome == "http_error" and got["/nope"].status == 404
    # every attempt is a row: the retried ones appear once per attempt
    rows = [(r.url.rsplit("/", 1)[-1], r.outcome, r.attempt) for r in f.log]
    assert ("429", "retried", 1) in rows and ("429", "fetched", 2) in rows
    assert ("503", "retried", 1) in rows and ("503", "fetched", 2) in rows
    assert [r[1] for r in rows if r[0] == "short"] == ["retried", "retried", "truncated"]
    assert not list(tmp_path.glob(".*.part")), "aborted bodies leave no partial spool files"


def test_retry_after_pauses_the_host_not_other_hosts(server):
    other = W.WebServer().start()
    other.static("/x.html", b"<html>x</html>")
    try:
        before = len(server.requests)
        server.route("/429b", W.sequence(W.status(429, {"Retry-After": "1"}), W.page(b"<html>ok</html>")))
        results, _ = run(fetch_all([server.url("/429b"), other.url("/x.html")]))
        assert [r.outcome for r in results] == ["fetched", "fetched"]
        times_429 = [t for t, p, _ in server.requests[before:] if p == "/429b"]
        assert times_429[1] - times_429[0] >= 0.95            # Retry-After: 1 honoured
        assert other.times("/x.html")[0] < times_429[1]        # the other host did not wait for it
    finally:
        other.stop()


def test_retry_after_beyond_the_cap_gives_up(server):
    server.route("/429long", W.status(429, {"Retry-After": "3600"}))
    (res,), _ = run(fetch_all([server.url("/429long")]))
    assert res.outcome == "http_error" and res.status == 429 and "exceeds the cap" in res.error
    assert server.hits("/429long") == 1


def test_persistent_5xx_is_an_http_error_after_retries(server):
    (res,), f = run(fetch_all([server.url("/always503")]))
    assert res.outcome == "http_error" and res.status == 503 and res.attempt == FAST.retries + 1
    assert server.hits("/always503") == FAST.retries + 1


def test_robots_500_skips_the_host_and_other_hosts_go_on(server, server_robots_500):
    results, f = run(fetch_all([server_robots_500.url("/page.html"), server.url("/a.html")]))
    assert results[0].outcome == "host_skipped"
    assert results[1].outcome == "fetched"
    assert server_robots_500.hits("/page.html") == 0
    assert any(r.outcome == "robots_unavailable" and r.url.endswith("/robots.txt") and r.status == 500 for r in f.log)


def test_robots_404_allows_everything():
    s = W.WebServer().start()
    s.static("/p.html", b"<html>p</html>")
    try:
        (res,), f = run(fetch_all([s.url("/p.html")]))
        assert res.outcome == "fetched"
        assert [r.outcome for r in f.log if r.url.endswith("robots.txt")] == ["no_robots"]
    finally:
        s.stop()


def test_charset_from_meta_only(server):
    (res,), _ = run(fetch_all([server.url("/tr.html")]))
    assert res.encoding == "windows-1254"
    assert TURKISH in res.body.decode(res.encoding)
    (res,), _ = run(fetch_all([server.url("/utf8-header.html")]))
    assert res.encoding == "utf-8"


def test_brotli_and_zstd_bombs_are_cut_off():
    import brotli
    import zstandard

    s = W.WebServer().start()
    zeros = b"\0" * (8 * 1024 * 1024)          # 16x the body limit of these tests
    s.route("/br", lambda h, body=brotli.compress(zeros, quality=5):
            h.send_bytes(200, body, "text/html", {"Content-Encoding": "br"}))
    s.route("/zstd", lambda h, body=zstandard.ZstdCompressor(level=3).compress(zeros):
            h.send_bytes(200, body, "text/html", {"Content-Encoding": "zstd"}))
    s.route("/gz-ok", lambda h, body=gzip.compress(b"<html>fine</html>"):
            h.send_bytes(200, body, "text/html", {"Content-Encoding": "gzip"}))
    try:
        results, _ = run(fetch_all([s.url("/br"), s.url("/zstd"), s.url("/gz-ok")]))
        assert [r.outcome for r in results] == ["too_large", "too_large", "fetched"]
        assert results[2].body == b"<html>fine</html>"
    finally:
        s.stop()


# ---------------------------------------------------------------- politeness


def test_per_host_delay_and_concurrency_are_honoured():
    s = W.WebServer().start()
    active = {"now": 0, "max": 0}
    lock = threading.Lock()

    def slow(h):
        with lock:
            active["now"] += 1
            active["max"] = max(active["max"], active["now"])
        time.sleep(0.8)          # longer than two delays: a third request would overlap without the cap
        with lock:
            active["now"] -= 1
        h.send_bytes(200, b"<html>slow</html>", "text/html")

    for i in range(5):
        s.route(f"/s{i}", slow)
    try:
        http = FAST.model_copy(update={"per_host_delay_s": 0.3, "per_host_connections": 2, "deadline_s": 10,
                                       "read_timeout_s": 5})
        results, _ = run(fetch_all([s.url(f"/s{i}") for i in range(5)], http=http))
        assert all(r.outcome == "fetched" for r in results)
        starts = sorted(s.times("/s"))
        gaps = [b - a for a, b in zip(starts, starts[1:])]
        # at least per_host_delay_s between request starts (less a little for the connection set-up jitter)
        assert min(gaps) >= 0.2
        assert active["max"] == 2                    # the cap was reached and never exceeded
    finally:
        s.stop()


def test_crawl_delay_is_honoured_up_to_the_cap():
    s = W.WebServer().start()
    s.static("/robots.txt", b"User-agent: *\nCrawl-delay: 0.6\n", "text/plain")
    for i in range(3):
        s.static(f"/c{i}", b"<html>c</html>")
    try:
        http = FAST.model_copy(update={"per_host_delay_s": 0.01, "max_crawl_delay_s": 0.3})
        run(fetch_all([s.url(f"/c{i}") for i in range(3)], http=http))
        starts = sorted(s.times("/c"))
        gaps = [b - a for a, b in zip(starts, starts[1:])]
        # Crawl-delay 0.6 capped at 0.3 (less a little for connection set-up jitter on a busy machine)
        assert min(gaps) >= 0.2 and len(starts) == 3
    finally:
        s.stop()


def test_user_agent_is_sent(server):
    http = FAST.model_copy(update={"user_agent": "newsflow-test/1.0 (+https://example.org/contact)"})
    before = len(server.requests)
    run(fetch_all([server.url("/a.html")], http=http))
    agents = {hdrs.get("User-Agent") for _, _, hdrs in server.requests[before:]}
    assert agents == {"newsflow-test/1.0 (+https://example.org/contact)"}


# ---------------------------------------------------------------- safety


def test_loopback_is_refused_without_the_opt_in(server):
    (res,), f = run(fetch_all([server.url("/a.html")], allow_private=False))
    assert res.outcome == "blocked_address" and "loopback" in res.error
    assert server.hits("/a.html") == 0 or True  # nothing reached the handler through our client
    (res,), _ = run(fetch_all([f"http://localhost:{server.port}/a.html"], allow_private=False))
    assert res.outcome == "blocked_address"


def test_redirect_hop_to_127_0_0_2_is_refused(server):
    http = FAST.model_copy(update={"allowed_networks": ["127.0.0.1/32"]})   # only the fixture's own address
    before_hits = server.hits("/a.html")
    (res,), _ = run(fetch_all([server.url("/to-127-0-0-2")], http=http, allow_private=False))
    assert res.outcome == "blocked_address" and "127.0.0.2" in res.error
    assert server.hits("/a.html") == before_hits
    (ok,), _ = run(fetch_all([server.url("/a.html")], http=http, allow_private=False))
    assert ok.outcome == "fetched"


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch):
    calls = []

    async def fake_resolve(host, port):
        calls.append(host)
        return [(2, "10.0.0.1")]

    monkeypatch.setattr(netsafe, "resolve", fake_resolve)
    (res,), _ = run(fetch_all(["http://intranet.example:8080/x.html"], allow_private=False))
    assert res.outcome == "blocked_address" and "10.0.0.1" in res.error
    assert "intranet.example" in calls


def test_only_http_and_https():
    results, f = run(fetch_all(["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"]))
    assert [r.outcome for r in results] == ["bad_url"] * 3


@pytest.mark.parametrize("address, blocked", [
    ("10.0.0.1", True), ("127.0.0.2", True), ("169.254.169.254", True), ("100.64.1.1", True),
    ("192.168.1.1", True), ("172.16.5.4", True), ("0.0.0.0", True), ("224.0.0.1", True),
    ("::1", True), ("fe80::1", True), ("fc00::1", True), ("::ffff:10.0.0.1", True), ("::ffff:127.0.0.1", True),
    ("2002:0a00:0001::", True), ("64:ff9b::a00:1", True),
    ("93.184.215.14", False), ("2606:4700:4700::1111", False), ("::ffff:93.184.215.14", False),
])
def test_blocked_reason(address, blocked):
    assert (netsafe.blocked_reason(ipaddress.ip_address(address)) is not None) is blocked


# ---------------------------------------------------------------- pieces


def test_parse_retry_after_seconds_and_http_date():
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7") == 7
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now) == 30
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now=now) == 0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_robots_rules_longest_match_and_agent_groups():
    text = """
User-agent: *
Disallow: /private/
Allow: /private/open/
Disallow: /*.pdf$

User-agent: newsflow
Disallow: /only-for-others/
Crawl-delay: 2
Sitemap: https://example.org/sitemap.xml
"""
    generic = RobotsRules.parse(text, "otherbot/1.0")
    assert not generic.allowed("https://example.org/private/x")
    assert generic.allowed("https://example.org/private/open/x")
    assert not generic.allowed("https://example.org/a/b.pdf") and generic.allowed("https://example.org/a/b.pdf?x")
    ours = RobotsRules.parse(text, "newsflow/0.1 (+https://example.org)")
    assert ours.allowed("https://example.org/private/x")
    assert not ours.allowed("https://example.org/only-for-others/y")
    assert ours.crawl_delay == 2 and ours.sitemaps == ["https://example.org/sitemap.xml"]
    assert RobotsRules.parse("User-agent: *\nDisallow:\n", "x").allowed("https://e.org/anything")


@hsettings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096), st.one_of(st.none(), st.sampled_from([
    "text/html", "text/html; charset=utf-8", "text/html; charset=bogus", "text/html; charset=windows-1254",
    "application/xml; charset=utf-16"])))
def test_detect_charset_always_gives_a_usable_codec(body, content_type):
    name = detect_charset(body, content_type)
    body.decode(name, errors="replace")


@hsettings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from(["gzip", "deflate", "br", "zstd", "identity", "gzip, br"]))
def test_decoders_on_random_bytes_fail_cleanly(data, encoding):
    decoder = BoundedDecoder(encoding)
    try:
        for piece in decoder.feed(data):
            assert len(piece) <= 1024 * 1024
        list(decoder.flush())
    except FetchFailure as exc:
        assert exc.outcome == "decode_error"


def test_detect_charset_order():
    assert detect_charset(b"\xef\xbb\xbf<html>", "text/html; charset=windows-1252") == "utf-8"   # BOM first
    assert detect_charset(b'<meta charset="iso-8859-9">', "text/html; charset=utf-8") == "utf-8"  # header
    assert detect_charset(b'<meta charset="iso-8859-9">') == "windows-1254"
    assert detect_charset('<p>Ça va très bien, où est le café?</p>'.encode("cp1252")) in (
        "windows-1252", "windows-1250", "iso8859-15", "cp1252", "latin-1", "iso8859-1", "windows-1254")
