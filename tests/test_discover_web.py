"""Feeds, sitemaps, URL lists, WARC and the incremental fetch state (discovery only, no extraction)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "web"))
import webfixture as W  # noqa: E402

from newsflow import discover_web as dw  # noqa: E402
from newsflow import fetchstate  # noqa: E402
from newsflow.config import Config, HttpSettings, Settings, SourceConfig  # noqa: E402

FAST = HttpSettings(per_host_delay_s=0.02, backoff_base_s=0.02, backoff_cap_s=2.0, deadline_s=2.0,
                    read_timeout_s=1.0, connect_timeout_s=1.0, retries=1)

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
<item><title>a</title><link>/news/a.html</link><pubDate>Tue, 10 Oct 2023 10:00:00 GMT</pubDate></item>
<item><title>b</title><guid isPermaLink="true">https://ex.org/news/b.html</guid><dc:date>2023-10-11T10:00:00Z</dc:date></item>
<item><title>c</title><guid isPermaLink="false">tag:1</guid></item>
<item><title>d</title><link>javascript:alert(1)</link></item>
</channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>x</title><link rel="self" href="https://ex.org/self"/><link href="https://ex.org/x.html"/>
<published>2024-01-02T03:04:05+02:00</published></entry></feed>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://ex.org/n1.html</loc><news:news><news:publication_date>2024-03-01T08:00:00Z</news:publication_date>
<news:title>n1</news:title></news:news></url>
<url><loc>https://ex.org/n2.html</loc><lastmod>2024-02-01</lastmod></url>
</urlset>"""


# ---------------------------------------------------------------- parsing


def test_parse_rss_resolves_links_and_skips_non_http():
    entries, warning = dw.parse_feed(RSS, "https://ex.org/feed.xml")
    assert warning is None
    assert [e.url for e in entries] == ["https://ex.org/news/a.html", "https://ex.org/news/b.html"]
    assert entries[0].published.isoformat() == "2023-10-10T10:00:00+00:00"
    assert entries[1].published.isoformat() == "2023-10-11T10:00:00+00:00"


def test_parse_atom_prefers_alternate_link():
    entries, _ = dw.parse_feed(ATOM)
    assert [e.url for e in entries] == ["https://ex.org/x.html"]
    assert entries[0].published.isoformat() == "2024-01-02T01:04:05+00:00"


def test_parse_rdf_feed():
    rdf = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
    <channel rdf:about="https://ex.org/"><title>t</title></channel>
    <item rdf:about="https://ex.org/r1"><title>r1</title><link>https://ex.org/r1</link></item></rdf:RDF>"""
    assert [e.url for e in dw.parse_feed(rdf)[0]] == ["https://ex.org/r1"]


def test_malformed_feed():
    with pytest.raises(dw.ParseError):
        dw.parse_feed(b"<rss><channel><item><title>broken & unescaped")
    with pytest.raises(dw.ParseError):
        dw.parse_feed(b"<html><body>not a feed</body></html>")
    # a small breakage (unescaped &) is repaired, with a warning
    entries, warning = dw.parse_feed(b"<rss><channel><item><title>A & B</title><link>https://ex.org/1</link>"
                                     b"</item></channel></rss>")
    assert [e.url for e in entries] == ["https://ex.org/1"] and warning


def test_billion_laughs_is_not_expanded():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">
    <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><rss><channel><item><title>&lol3;</title>
    <link>https://ex.org/ok</link></item></channel></rss>"""
    try:
        entries, _ = dw.parse_feed(bomb)
        assert [e.url for e in entries] == ["https://ex.org/ok"]
    except dw.ParseError:
        pass


def test_parse_sitemaps():
    kind, entries, _ = dw.parse_sitemap(NEWS_SITEMAP)
    assert kind == "urlset" and [e.url for e in entries] == ["https://ex.org/n1.html", "https://ex.org/n2.html"]
    assert entries[0].published.isoformat() == "2024-03-01T08:00:00+00:00"
    assert entries[1].lastmod.isoformat() == "2024-02-01T00:00:00+00:00"
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://ex.org/s1.xml</loc><lastmod>2024-01-01</lastmod></sitemap></sitemapindex>"""
    kind, entries, _ = dw.parse_sitemap(index)
    assert kind == "index" and entries[0].url == "https://ex.org/s1.xml"
    with pytest.raises(dw.ParseError):
        dw.parse_sitemap(RSS)


def test_url_list_and_sniffing():
    body = b"# comment\nhttps://ex.org/1\n\n  http://ex.org/2  \nftp://x/3\nnot a url\n"
    assert [e.url for e in dw.parse_url_list(body)] == ["https://ex.org/1", "http://ex.org/2"]
    assert dw.sniff_kind(RSS, "application/xml", "u") == "feed"
    assert dw.sniff_kind(ATOM, None, "u") == "feed"
    assert dw.sniff_kind(NEWS_SITEMAP, "text/xml", "u") == "sitemap"
    assert dw.sniff_kind(b"<!DOCTYPE html><html></html>", "text/html", "u") == "page"
    assert dw.sniff_kind(b"https://ex.org/1\nhttps://ex.org/2\n", "text/plain", "u") == "urls"
    assert dw.sniff_kind(b"WARC/1.0\r\n", None, "u") == "warc"


@hsettings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=3000),
                 st.builds(lambda a, b: a + b, st.sampled_from([RSS[:200], ATOM[:120], NEWS_SITEMAP[:300],
                                                                b"<rss>", b"<urlset>", b"<?xml"]),
                           st.binary(max_size=500))))
def test_parsers_on_random_bytes_return_entries_or_parse_error(body):
    for parse in (lambda b: dw.parse_feed(b, "https://ex.org/")[0], lambda b: dw.parse_sitemap(b)[1]):
        try:
            entries = parse(body)
        except dw.ParseError:
            continue
        assert all(e.url.startswith(("http://", "https://")) for e in entries)
    assert all(e.url.startswith(("http://", "https://")) for e in dw.parse_url_list(body))
    assert dw.sniff_kind(body, None, "https://ex.org/x") in ("feed", "sitemap", "warc", "urls", "page")


@hsettings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parse_date_never_raises(text):
    when = dw.parse_date(text)
    assert when is None or when.tzinfo is not None


# ---------------------------------------------------------------- discovery over HTTP, incremental


def article(n: int) -> bytes:
    return f"<html><head><title>Article {n}</title></head><body><p>Story number {n}.</p></body></html>".encode()


@pytest.fixture()
def site():
    s = W.WebServer().start()
    items = "".join(f"<item><title>a{i}</title><link>{s.url(f'/news/a{i}.html')}</link></item>" for i in range(3))
    s.static("/feed.xml", f"<rss><channel><title>t</title>{items}</channel></rss>".encode(), "application/rss+xml")
    s.static("/news-sitemap.xml", (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(f"<url><loc>{s.url(f'/news/s{i}.html')}</loc><news:news><news:publication_date>"
                  f"2024-03-0{i + 1}T08:00:00Z</news:publication_date></news:news></url>" for i in range(2))
        + "</urlset>").encode(), "application/xml")
    s.static("/sitemap-index.xml", (
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{s.url('/news-sitemap.xml')}</loc></sitemap></sitemapindex>").encode(), "application/xml")
    for i in range(3):
        s.static(f"/news/a{i}.html", article(i))
    for i in range(2):
        s.static(f"/news/s{i}.html", article(10 + i))
    yield s
    s.stop()


def make_config(tmp_path, *sources, **http) -> Config:
    return Config(settings=Settings(out=str(tmp_path / "out"), allow_private_network=True,
                                    http=FAST.model_copy(update=http)),
                  sources=list(sources))


def article_hits(s) -> int:
    return sum(1 for _, p, _ in s.requests if p.startswith("/news/"))


def test_feed_and_sitemap_index_then_nothing_new(site, tmp_path):
    config = make_config(tmp_path, SourceConfig(name="feed", kind="feed", location=site.url("/feed.xml")),
                         SourceConfig(name="maps", kind="sitemap", location=site.url("/sitemap-index.xml")))
    items, log = dw.discover_web(config.sources, config, commit_now=True)
    assert sorted(i.url.rsplit("/", 1)[-1] for i in items) == ["a0.html", "a1.html", "a2.html", "s0.html", "s1.html"]
    for item in items:
        assert Path(item.path).is_file() and item.kind == "html" and item.encoding == "utf-8"
        assert item.source == "127.0.0.1" and item.fetched_at is not None
    assert {r.outcome for r in log if not r.url.endswith("/robots.txt")} == {"fetched"}
    hits = article_hits(site)
    # second run: conditional requests for the listings, no article downloaded again
    items2, log2 = dw.discover_web(config.sources, config, commit_now=True)
    assert items2 == []
    assert article_hits(site) == hits
    listing_rows = [r for r in log2 if not r.url.endswith("robots.txt")]
    assert {r.outcome for r in listing_rows} == {"not_modified"}
    conditional = [h for _, p, h in site.requests if p == "/feed.xml"][-1]
    assert conditional.get("If-None-Match")


def test_feed_with_a_lying_etag_is_compared_by_body_hash(site, tmp_path):
    body = site.routes["/feed.xml"]
    counter = {"n": 0}

    def lying(h):   # a new ETag every time, same body
        counter["n"] += 1
        rss = f"<rss><channel><item><link>{site.url('/news/a0.html')}</link></item></channel></rss>".encode()
        h.send_bytes(200, rss, "application/rss+xml", {"ETag": f'"v{counter["n"]}"'})

    site.route("/lying.xml", lying)
    config = make_config(tmp_path, SourceConfig(name="lying", kind="feed", location=site.url("/lying.xml")))
    assert len(dw.discover_web(config.sources, config, commit_now=True)[0]) == 1
    items, log = dw.discover_web(config.sources, config, commit_now=True)
    assert items == [] and [r.outcome for r in log if r.url.endswith("lying.xml")] == ["unchanged"]
    assert body is not None


def test_max_items_leaves_the_rest_for_the_next_run(site, tmp_path):
    source = SourceConfig(name="feed", kind="feed", location=site.url("/feed.xml"), max_items=2)
    config = make_config(tmp_path, source)
    first = dw.discover_web([source], config, commit_now=True)[0]
    second = dw.discover_web([source], config, commit_now=True)[0]
    third = dw.discover_web([source], config, commit_now=True)[0]
    assert (len(first), len(second), len(third)) == (2, 1, 0)
    assert len({i.url for i in first + second}) == 3


def test_include_exclude_patterns(site, tmp_path):
    source = SourceConfig(name="feed", kind="feed", location=site.url("/feed.xml"), include=[r"/a[01]\.html$"],
                          exclude=[r"a1"])
    items, _ = dw.discover_web([source], make_config(tmp_path, source), commit_now=True)
    assert [i.url.rsplit("/", 1)[-1] for i in items] == ["a0.html"]


def test_state_is_committed_only_once_the_fetch_log_is_stored(site, tmp_path):
    """A run that dies before writing its rows leaves the state as it was: its articles are fetched again."""
    from newsflow import pipeline, store

    source = SourceConfig(name="feed", kind="feed", location=site.url("/feed.xml"))
    config = make_config(tmp_path, source)
    items, _ = dw.discover_web([source], config)            # "crash": no fetch_log written
    assert len(items) == 3
    items, log = dw.discover_web([source], config)         # the pending state of the dead run is dropped
    assert len(items) == 3
    rows, parts = pipeline.error_rows(log, "run-2")
    store.append(config.settings.out, "fetch_log", rows, parts)
    assert dw.discover_web([source], config)[0] == []       # run 2's state was confirmed by its log rows


def test_auto_detects_feed_sitemap_and_page(site, tmp_path):
    sources = [SourceConfig(name="f", kind="auto", location=site.url("/feed.xml")),
               SourceConfig(name="s", kind="auto", location=site.url("/news-sitemap.xml")),
               SourceConfig(name="p", kind="auto", location=site.url("/news/a0.html"))]
    items, log = dw.discover_web(sources, make_config(tmp_path, *sources), commit_now=True)
    assert sorted(i.url.rsplit("/", 1)[-1] for i in items) == ["a0.html", "a1.html", "a2.html", "s0.html", "s1.html"]


def test_a_bad_source_does_not_stop_the_others(site, tmp_path):
    site.static("/broken.xml", b"<rss><channel><item><title>oops", "application/rss+xml")
    sources = [SourceConfig(name="broken", kind="feed", location=site.url("/broken.xml")),
               SourceConfig(name="missing", kind="urls", location=str(tmp_path / "nope.txt")),
               SourceConfig(name="dead", kind="feed", location="http://127.0.0.1:9/feed.xml"),
               SourceConfig(name="feed", kind="feed", location=site.url("/feed.xml"))]
    items, log = dw.discover_web(sources, make_config(tmp_path, *sources, retries=0), commit_now=True)
    assert len(items) == 3
    outcomes = {r.source: r.outcome for r in log if not r.url.endswith("robots.txt")}
    assert outcomes["broken"] == "parse_error"
    assert outcomes["missing"] == "source_error"
    assert outcomes["dead"] == "host_skipped"


def test_local_url_list(site, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# ours\n{site.url('/news/a0.html')}\n{site.url('/news/s1.html')}\n")
    source = SourceConfig(name="list", kind="urls", location=str(listing))
    items, _ = dw.discover_web([source], make_config(tmp_path, source), commit_now=True)
    assert sorted(i.url.rsplit("/", 1)[-1] for i in items) == ["a0.html", "s1.html"]


# ---------------------------------------------------------------- WARC


def write_warc(path: Path, pages: list[tuple[str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for url, body, ctype in pages:
            status = "404 Not Found" if "missing" in url else "200 OK"
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def test_warc_html_response_records_only(tmp_path):
    warc = tmp_path / "CC-NEWS-20240101000000-00001.warc.gz"
    tr = '<html><head><meta charset="windows-1254"></head><body>Şişli</body></html>'.encode("cp1254")
    write_warc(warc, [("https://ex.org/a.html", article(1), "text/html; charset=utf-8"),
                      ("https://ex.org/logo.png", b"\x89PNG...", "image/png"),
                      ("https://ex.org/missing.html", b"<html>404</html>", "text/html"),
                      ("https://ex.org/tr.html", tr, "text/html")])
    source = SourceConfig(name="cc", kind="warc", location=str(warc))
    config = make_config(tmp_path, source)
    items, log = dw.discover_web([source], config, commit_now=True)
    assert [i.url for i in items] == ["https://ex.org/a.html", "https://ex.org/tr.html"]
    assert Path(items[0].path).read_bytes() == article(1)
    assert items[1].encoding == "windows-1254" and items[0].source == "ex.org"
    assert [r.outcome for r in log] == ["listed"]
    items, log = dw.discover_web([source], config, commit_now=True)     # same file again: nothing
    assert items == [] and [r.outcome for r in log] == ["unchanged"]


def test_spool_is_removed_when_its_process_is_gone(tmp_path):
    out = tmp_path / "out"
    spool = fetchstate.new_spool(out)
    (spool / "x.body").write_bytes(b"x")
    assert fetchstate.sweep_spools(out) == 0            # still held by this process
    fetchstate.remove_spool(spool)
    assert not spool.exists()
