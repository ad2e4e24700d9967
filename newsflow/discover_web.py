"""Web sources: RSS/Atom feeds, sitemaps (index, Google News), URL lists, single pages and WARC files.

``discover_web(sources, config)`` fetches every web source of a run in one
event loop with one polite ``Fetcher`` (newsflow.fetch), spools each article
body to ``OUT/_state/spool/<run>/`` and returns work items that point at
those files, plus one fetch_log row (a DocError) per attempt::

    items, log = discover_web([SourceConfig(name="ex", kind="feed", location="https://ex.org/rss")], config)

What a source kind means:

- ``feed``: RSS 2.0, RSS 1.0 (RDF) or Atom; entry links become articles.
- ``sitemap``: ``<urlset>`` (with Google News ``news:publication_date``) or
  ``<sitemapindex>`` (children fetched, newest first); ``.xml.gz`` accepted.
- ``urls``: a text file or URL with one URL per line (``#`` comments).
- ``page``: one article URL.
- ``warc``: a WARC/WARC.gz file or URL (Common Crawl CC-NEWS layout:
  ``response`` records with HTTP headers); only 200 HTML responses are read,
  streaming, record by record.
- ``auto``: fetch the location and decide from the response (feed, sitemap,
  URL list, WARC or page); what ``newsflow ingest --source URL`` uses.

Incremental (newsflow.fetchstate): feeds, sitemaps and pages are requested
with their stored validators, a body whose hash did not change is not parsed
again, and an article URL already fetched is never downloaded again.
Include/exclude patterns and ``max_items`` apply to article URLs; entries over
``max_items`` wait in the backlog for the next run.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import hashlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsflow import fetchstate
from newsflow.config import Config, SourceConfig
from newsflow.fetch import TRANSIENT_OUTCOMES, Fetcher, Response, TooLarge, bounded_gunzip, detect_charset
from newsflow.records import DocError

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
SITEMAP_ACCEPT = "application/xml, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1"
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_SITEMAP_DEPTH = 3
MAX_LIST_URLS = 100_000


class ParseError(ValueError):
    """A feed, sitemap or URL list that cannot be read."""


@dataclass
class Entry:
    """One article URL a listing names, with the dates it gives."""

    url: str
    published: datetime | None = None
    lastmod: datetime | None = None

    @property
    def when(self) -> datetime | None:
        return self.published or self.lastmod


# ---------------------------------------------------------------- parsing (pure)


def parse_date(text: str | None) -> datetime | None:
    """An ISO 8601 / W3C or RFC 822 date as an aware UTC datetime; None when unreadable."""
    if not text:
        return None
    text = text.strip()
    if not text or len(text) > 64:
        return None
    when: datetime | None = None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if when is None:
        return None
    try:
        return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def clean_url(href: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL without fragment, or None."""
    if not href:
        return None
    href = href.strip()
    if not href or len(href) > 4096 or any(c in href for c in "\r\n\t "):
        return None
    try:
        url = urljoin(base, href) if base else href
        parts = urlsplit(url)
        parts.port  # noqa: B018 - validates the port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url.split("#", 1)[0]


def _parser(recover: bool) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True, recover=recover)


def _root(body: bytes) -> tuple[etree._Element, str | None]:
    """The root element of an XML document; tolerates small breakage (returns a warning)."""
    body = body.lstrip(b"\xef\xbb\xbf \t\r\n") if body[:3] == b"\xef\xbb\xbf" else body.lstrip()
    if not body:
        raise ParseError("empty document")
    try:
        root = etree.fromstring(body, _parser(False))
        warning = None
    except etree.XMLSyntaxError as exc:
        warning = f"malformed XML ({exc})"
        try:
            root = etree.fromstring(body, _parser(True))
        except (etree.XMLSyntaxError, ValueError) as exc2:
            raise ParseError(f"not XML: {exc2}") from None
    except ValueError as exc:
        raise ParseError(f"not XML: {exc}") from None
    if root is None or not isinstance(root.tag, str):
        raise ParseError(f"not XML: {warning or 'no root element'}")
    return root, warning


def _local(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _children(el, name: str) -> Iterator:
    return (c for c in el if _local(c) == name)


def _text(el, name: str) -> str | None:
    for child in _children(el, name):
        return (child.text or "").strip() or None
    return None


def sniff_xml_kind(body: bytes) -> str | None:
    """'feed' or 'sitemap' from the root element name, without a full parse."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    m = re.search(rb"<(?!\?|!)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)", head)
    if not m:
        return None
    name = m.group(1).lower()
    if name in (b"rss", b"feed", b"rdf"):
        return "feed"
    if name in (b"urlset", b"sitemapindex"):
        return "sitemap"
    return None


def parse_feed(body: bytes, base_url: str | None = None) -> tuple[list[Entry], str | None]:
    """Entries of an RSS 2.0, RSS 1.0 or Atom feed, and a warning when the XML had to be repaired.

    Raises ParseError when the document is not a feed or yields no readable structure.
    """
    root, warning = _root(body)
    kind = _local(root)
    if kind not in ("rss", "feed", "rdf"):
        raise ParseError(f"not a feed: root element <{kind}>")
    base = root.get("{http://www.w3.org/XML/1998/namespace}base") or base_url
    if kind == "feed":
        items = list(_children(root, "entry"))
    elif kind == "rss":
        items = [i for ch in _children(root, "channel") for i in _children(ch, "item")]
    else:
        items = list(_children(root, "item")) + [i for ch in _children(root, "channel") for i in _children(ch, "item")]
    entries: list[Entry] = []
    for item in items:
        url = None
        if kind == "feed":
            links = list(_children(item, "link"))
            preferred = [ln for ln in links if (ln.get("rel") or "alternate") == "alternate"]
            for ln in preferred or links:
                url = clean_url(ln.get("href"), item.get("{http://www.w3.org/XML/1998/namespace}base") or base)
                if url:
                    break
        else:
            url = clean_url(_text(item, "link"), base) or clean_url(item.get(
                "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"), base)
            if not url:
                for guid in _children(item, "guid"):
                    if (guid.get("isPermaLink") or "true").lower() != "false":
                        url = clean_url(guid.text, base)
        if not url:
            continue
        published = parse_date(_text(item, "pubdate") or _text(item, "published") or _text(item, "date")
                               or _text(item, "issued"))
        updated = parse_date(_text(item, "updated") or _text(item, "modified"))
        entries.append(Entry(url=url, published=published, lastmod=updated))
    if warning and not entries:
        raise ParseError(f"malformed feed with no readable entries: {warning}")
    return entries, warning


def parse_sitemap(body: bytes, base_url: str | None = None) -> tuple[str, list[Entry], str | None]:
    """('urlset' | 'index', entries, warning) of a sitemap; news:publication_date is read.

    Raises ParseError when the document is not a sitemap.
    """
    root, warning = _root(body)
    kind = _local(root)
    if kind not in ("urlset", "sitemapindex"):
        raise ParseError(f"not a sitemap: root element <{kind}>")
    child = "url" if kind == "urlset" else "sitemap"
    entries: list[Entry] = []
    for node in _children(root, child):
        url = clean_url(_text(node, "loc"), base_url)
        if not url:
            continue
        published = None
        for news in _children(node, "news"):
            published = parse_date(_text(news, "publication_date"))
        entries.append(Entry(url=url, published=published, lastmod=parse_date(_text(node, "lastmod"))))
        if len(entries) >= MAX_LIST_URLS:
            break
    if warning and not entries:
        raise ParseError(f"malformed sitemap with no readable entries: {warning}")
    return ("urlset" if kind == "urlset" else "index"), entries, warning


def parse_url_list(body: bytes, base_url: str | None = None) -> list[Entry]:
    """One URL per line; blank lines and ``#`` comments skipped; non-http(s) lines ignored."""
    text = body.decode("utf-8", "replace")
    entries = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url = clean_url(line.split()[0], base_url)
        if url:
            entries.append(Entry(url=url))
        if len(entries) >= MAX_LIST_URLS:
            break
    return entries


def sniff_kind(body: bytes, content_type: str | None, url: str) -> str:
    """What a fetched location is: 'feed', 'sitemap', 'warc', 'urls' or 'page'."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if body[:2] == b"\x1f\x8b":
        return "warc" if ".warc" in url.lower() else "sitemap"
    if body[:5] == b"WARC/" or ctype == "application/warc":
        return "warc"
    xml_kind = sniff_xml_kind(body)
    if xml_kind:
        return xml_kind
    if ctype in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    head = body[:2048].lstrip().lower()
    if ctype in HTML_TYPES or head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "page"
    if ctype == "text/plain" and parse_url_list(body[:65536]):
        lines = [ln for ln in body[:65536].decode("utf-8", "replace").splitlines() if ln.strip()
                 and not ln.strip().startswith("#")]
        if lines and all(ln.strip().lower().startswith(("http://", "https://")) for ln in lines[:50]):
            return "urls"
    return "page"


def matches(url: str, source: SourceConfig) -> bool:
    if source.include and not any(re.search(rx, url) for rx in source.include):
        return False
    return not any(re.search(rx, url) for rx in source.exclude)


def publisher(url: str) -> str:
    """The publisher domain of a URL (its host without a leading www.)."""
    host = (urlsplit(url).hostname or "web").lower()
    return host[4:] if host.startswith("www.") else host


# ---------------------------------------------------------------- WARC


def iter_warc_html(path: str | Path) -> Iterator[tuple[str, str | None, object]]:
    """(target URI, Content-Type, record) for each HTML 200 response record, streaming.

    The record's ``content_stream()`` is valid only until the next iteration.
    """
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle, arc2warc=True):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            if not url or record.http_headers.get_statuscode() != "200":
                continue
            ctype = record.http_headers.get_header("Content-Type")
            if ctype and ctype.split(";")[0].strip().lower() not in HTML_TYPES:
                continue
            yield url, ctype, record


# ---------------------------------------------------------------- the run


class _Run:
    """One discovery run over the web sources: shared fetcher, state, spool and output."""

    def __init__(self, config: Config, fetcher: Fetcher, state: fetchstate.FetchState, spool: Path):
        self.config = config
        self.http = config.settings.http
        self.fetcher = fetcher
        self.state = state
        self.spool = spool
        self.items: list = []
        self.extra_log: list[DocError] = []
        self.claimed: set[str] = set()
        self.now = datetime.now(UTC)

    # ------------------------------------------------------------ helpers

    def note(self, url: str, source: str, outcome: str, error: str | None = None, **kw) -> DocError:
        row = DocError(url=url, source=source, outcome=outcome, error=error, at=datetime.now(UTC), **kw)
        self.extra_log.append(row)
        return row

    def work_item(self, source: SourceConfig, path: str, url: str, encoding: str | None, fetched_at: datetime,
                  kind: str = "html"):
        from newsflow.pipeline import WorkItem

        self.items.append(WorkItem(source=publisher(url), path=path, url=url, kind=kind, encoding=encoding,
                                   fetched_at=fetched_at, language_hint=source.language))

    async def listing(self, url: str, source: SourceConfig, accept: str) -> tuple[Response, bytes | None]:
        """Fetch a feed/sitemap/list conditionally. Returns the response and the body when it changed."""
        known = self.state.doc(url)
        res = await self.fetcher.get(url, source.name, etag=known and known.etag,
                                     last_modified=known and known.last_modified,
                                     max_bytes=self.http.max_feed_bytes, accept=accept)
        if res.outcome == "not_modified":
            return res, None
        if not res.ok:
            if _transient(res):
                self.state.retry_later(url, source.name, res.outcome, self.now, 0)  # retried next run
            return res, None
        if known and known.body_hash == res.body_hash:
            res.mark("unchanged", "same body hash as the last run; not parsed again")
            self.state.settle(url, etag=res.etag, last_modified=res.last_modified, body_hash=res.body_hash,
                              status=res.status, outcome="unchanged", fetched_at=res.fetched_at)
            return res, None
        body = res.body or b""
        if body[:2] == b"\x1f\x8b":
            try:
                body = bounded_gunzip(body, self.http.max_feed_bytes)
            except TooLarge as exc:
                res.mark("too_large", str(exc))
                return res, None
            except Exception as exc:  # noqa: BLE001 - a broken .gz is a parse error of this source
                res.mark("parse_error", f"bad gzip: {exc}")
                return res, None
        return res, body

    def commit_listing(self, res: Response) -> None:
        self.state.settle(res.url, etag=res.etag, last_modified=res.last_modified, body_hash=res.body_hash,
                          status=res.status, outcome="fetched", fetched_at=res.fetched_at)

    # ------------------------------------------------------------ sources

    async def source(self, source: SourceConfig) -> None:
        try:
            await self._source(source)
        except Exception as exc:  # noqa: BLE001 - one bad source never stops the run
            self.note(source.location, source.name, "source_error", f"{type(exc).__name__}: {exc}")

    async def _source(self, source: SourceConfig) -> None:
        location = source.location
        is_url = "://" in location and not location.startswith("file://")
        kind = source.kind
        if kind == "auto" and re.search(r"\.warc(\.gz)?$", urlsplit(location).path if is_url else location):
            kind = "warc"
        if kind == "warc":
            await self.warc(source, is_url)
            return
        if kind == "page":
            await self.articles(source, [Entry(location)], page=True)
            return
        if not is_url:
            body = _read_local(location, self.http.max_feed_bytes)
            if kind == "auto":
                kind = sniff_kind(body, None, location)
            entries = self.parse(source, kind, body, Path(location).resolve().as_uri(), None)
            if entries is None:
                return
            if isinstance(entries, tuple):          # a local sitemap index
                entries = await self.sitemap_children(source, entries[1], depth=1)
            await self.articles(source, entries)
            return
        accept = {"feed": FEED_ACCEPT, "sitemap": SITEMAP_ACCEPT}.get(kind, PAGE_ACCEPT)
        res, body = await self.listing(location, source, accept)
        entries: list[Entry] = []
        if body is not None:
            if kind == "auto":
                kind = sniff_kind(body, res.content_type, res.final_url or location)
                if kind == "warc":
                    res.mark("parse_error", "a WARC file: configure it with kind: warc")
                    return
                if kind == "page":
                    await self.page_from_memory(source, res, body)
                    return
            parsed = self.parse(source, kind, body, res.final_url or location, res)
            if parsed is None:
                return
            if isinstance(parsed, tuple):
                parsed = await self.sitemap_children(source, parsed[1], depth=1)
            entries = parsed
            self.commit_listing(res)
        await self.articles(source, entries)

    def parse(self, source: SourceConfig, kind: str, body: bytes, base: str, res: Response | None):
        """Entries of a listing; a sitemap index comes back as ('index', children). None on parse errors."""
        try:
            if kind == "feed":
                entries, warning = parse_feed(body, base)
            elif kind == "sitemap":
                sub, entries, warning = parse_sitemap(body, base)
                if sub == "index":
                    return ("index", entries)
            elif kind == "urls":
                entries, warning = parse_url_list(body, base), None
            else:
                raise ParseError(f"source kind {kind!r} cannot be listed")
        except ParseError as exc:
            if res is not None:
                res.mark("parse_error", str(exc))
            else:
                self.note(base, source.name, "parse_error", str(exc), bytes=len(body))
            return None
        if warning and res is not None and res.row is not None:
            res.row.error = f"{warning}; {len(entries)} entries recovered"
        return entries

    async def sitemap_children(self, source: SourceConfig, children: list[Entry], depth: int) -> list[Entry]:
        """Entries of the child sitemaps of an index, newest child first, stopping once max_items is met."""
        if depth > MAX_SITEMAP_DEPTH:
            return []
        ordered = sorted(children, key=lambda e: e.lastmod or datetime.min.replace(tzinfo=UTC), reverse=True)
        found: list[Entry] = []
        for child in ordered:
            if source.max_items and len(found) >= source.max_items * 2:
                break
            res, body = await self.listing(child.url, source, SITEMAP_ACCEPT)
            if body is None:
                continue
            parsed = self.parse(source, "sitemap", body, res.final_url or child.url, res)
            if parsed is None:
                continue
            if isinstance(parsed, tuple):
                parsed = await self.sitemap_children(source, parsed[1], depth + 1)
            found.extend(parsed)
            self.commit_listing(res)
        return found

    # ------------------------------------------------------------ articles

    def select(self, source: SourceConfig, entries: list[Entry]) -> list[tuple[Entry, bool]]:
        """(entry, conditional) pairs to fetch now; the rest of max_items goes to the backlog."""
        fresh: list[tuple[Entry, bool]] = []
        for entry in sorted(entries, key=lambda e: (e.when is not None, e.when or self.now), reverse=True):
            url = entry.url
            if url in self.claimed or not matches(url, source):
                continue
            known = self.state.doc(url)
            conditional = False
            if known is not None:
                changed = entry.lastmod and known.fetched_at and entry.lastmod > known.fetched_at
                if not changed:
                    continue                       # fetched before: never downloaded twice
                conditional = True
            waiting = self.state.backlog(url)
            if waiting and waiting[1] > self.now:
                continue                           # failed recently; a later run retries it
            self.claimed.add(url)
            fresh.append((entry, conditional))
        for url, _tries in self.state.backlog_due(source.name, self.now):
            if url not in self.claimed and matches(url, source):
                self.claimed.add(url)
                fresh.append((Entry(url), False))
        if source.max_items and len(fresh) > source.max_items:
            for entry, _ in fresh[source.max_items:]:
                previous = self.state.backlog(entry.url)
                self.state.defer(entry.url, source.name, tries=previous[0] if previous else 0, next_at=self.now,
                                 outcome="over_max_items")
            fresh = fresh[: source.max_items]
        return fresh

    async def articles(self, source: SourceConfig, entries: list[Entry], page: bool = False) -> None:
        if page:
            chosen = [(e, True) for e in entries if e.url not in self.claimed]
            self.claimed.update(e.url for e in entries)
        else:
            chosen = self.select(source, entries)
        queue = list(reversed(chosen))

        async def worker() -> None:
            while queue:
                entry, conditional = queue.pop()
                await self.article(source, entry.url, conditional or page)

        workers = min(len(queue), self.http.max_connections)
        await asyncio.gather(*(worker() for _ in range(workers)))

    async def article(self, source: SourceConfig, url: str, conditional: bool) -> None:
        known = self.state.doc(url) if conditional else None
        res = await self.fetcher.get(url, source.name, etag=known and known.etag,
                                     last_modified=known and known.last_modified, to_file=True, accept=PAGE_ACCEPT)
        self.settle_article(source, res, known)

    def settle_article(self, source: SourceConfig, res: Response, known) -> None:
        url = res.url
        if res.outcome == "not_modified":
            self.state.settle(url, etag=res.etag or (known and known.etag),
                              last_modified=res.last_modified or (known and known.last_modified),
                              body_hash=known and known.body_hash, status=304, outcome="not_modified",
                              fetched_at=res.fetched_at)
            return
        if not res.ok:
            if _transient(res):
                if res.outcome == "host_skipped":
                    previous = self.state.backlog(url)
                    self.state.defer(url, source.name, tries=previous[0] if previous else 0, next_at=self.now,
                                     outcome=res.outcome)
                else:
                    self.state.retry_later(url, source.name, res.outcome, self.now, self.http.retry_failed_after_s)
            elif res.outcome not in ("blocked_address", "bad_url", "skipped_robots"):
                self.state.settle(url, status=res.status, outcome=res.outcome, fetched_at=res.fetched_at)
            return
        ctype = (res.content_type or "").split(";")[0].strip().lower()
        kind = "txt" if ctype == "text/plain" else "html"
        if ctype and ctype not in HTML_TYPES and ctype != "text/plain":
            _unlink(res.path)
            res.mark("unsupported_type", f"Content-Type {ctype} is not an article page")
            self.state.settle(url, status=res.status, outcome="unsupported_type", fetched_at=res.fetched_at)
            return
        if known is not None and known.body_hash == res.body_hash:
            _unlink(res.path)
            res.mark("unchanged", "same body hash as the last fetch")
        else:
            self.work_item(source, res.path, res.final_url or url, res.encoding, res.fetched_at, kind)
        self.state.settle(url, etag=res.etag, last_modified=res.last_modified, body_hash=res.body_hash,
                          status=res.status, outcome=res.outcome, fetched_at=res.fetched_at)
        if res.final_url and res.final_url != url:
            self.claimed.add(res.final_url)
            self.state.settle(res.final_url, body_hash=res.body_hash, status=res.status, outcome="fetched",
                              fetched_at=res.fetched_at)

    async def page_from_memory(self, source: SourceConfig, res: Response, body: bytes) -> None:
        """An auto source that turned out to be a page: its body is the article."""
        if res.url in self.claimed:
            return                                # another source of this run has it already
        self.claimed.add(res.url)
        if len(body) > self.http.max_body_bytes:
            res.mark("too_large", f"page larger than {self.http.max_body_bytes} bytes")
            return
        path = self.spool / f"{hashlib.sha256(res.url.encode()).hexdigest()[:40]}.body"
        path.write_bytes(body)
        res.path = str(path)
        self.settle_article(source, res, self.state.doc(res.url))

    # ------------------------------------------------------------ WARC

    async def warc(self, source: SourceConfig, is_url: bool) -> None:
        location = source.location
        if is_url:
            known = self.state.doc(location)
            res = await self.fetcher.get(location, source.name, etag=known and known.etag,
                                         last_modified=known and known.last_modified, to_file=True,
                                         max_bytes=self.http.max_warc_bytes, deadline_s=self.http.warc_deadline_s,
                                         accept="application/warc, */*;q=0.5")
            if not res.ok:
                if _transient(res):
                    self.state.retry_later(location, source.name, res.outcome, self.now, 0)
                return
            if known is not None and known.body_hash == res.body_hash:
                _unlink(res.path)
                res.mark("unchanged", "same WARC as the last run")
                return
            path, uri, fingerprint, meta = res.path, location, res.body_hash, res
        else:
            file = Path(location[7:] if location.startswith("file://") else location)
            stat = file.stat()
            path, uri = str(file), file.resolve().as_uri()
            fingerprint = f"size={stat.st_size};mtime_ns={stat.st_mtime_ns}"
            known = self.state.doc(uri)
            if known is not None and known.body_hash == fingerprint:
                self.note(uri, source.name, "unchanged", "same WARC file as the last run", bytes=stat.st_size)
                return
            meta = None
        try:
            count = await asyncio.to_thread(self._read_warc, source, path)
        finally:
            if is_url:
                _unlink(path)
        if meta is not None:
            meta.row and setattr(meta.row, "error", f"{count} HTML records")
            self.state.settle(location, etag=meta.etag, last_modified=meta.last_modified, body_hash=fingerprint,
                              status=meta.status, outcome="fetched", fetched_at=meta.fetched_at)
        else:
            self.note(uri, source.name, "listed", f"{count} HTML records", bytes=Path(path).stat().st_size)
            self.state.settle(uri, body_hash=fingerprint, outcome="listed", fetched_at=self.now)

    def _read_warc(self, source: SourceConfig, path: str) -> int:
        """Spool every HTML response record (bounded); runs in a thread, memory flat in file size."""
        limit = self.http.max_body_bytes
        count = 0
        fetched_at = datetime.now(UTC)
        for url, ctype, record in iter_warc_html(path):
            url = clean_url(url)
            if not url or not matches(url, source):
                continue
            if source.max_items and count >= source.max_items:
                break
            target = self.spool / f"{hashlib.sha256(url.encode()).hexdigest()[:40]}.body"
            stream = record.content_stream()
            size = 0
            head = bytearray()
            too_large = False
            with open(target, "wb") as out:
                while chunk := stream.read(65536):
                    size += len(chunk)
                    if size > limit:
                        too_large = True
                        break
                    if len(head) < 65536:
                        head += chunk[: 65536 - len(head)]
                    out.write(chunk)
            if too_large:
                target.unlink(missing_ok=True)
                self.note(url, source.name, "too_large", f"WARC record larger than {limit} bytes", bytes=size)
                continue
            count += 1
            self.work_item(source, str(target), url, detect_charset(bytes(head), ctype, truncated=size > len(head)),
                           fetched_at)
        return count


def _transient(res: Response) -> bool:
    return res.outcome in TRANSIENT_OUTCOMES or (
        res.outcome == "http_error" and res.status is not None and (res.status == 429 or res.status >= 500))


def _unlink(path: str | None) -> None:
    if path:
        Path(path).unlink(missing_ok=True)


def _read_local(location: str, limit: int) -> bytes:
    path = Path(location[7:] if location.startswith("file://") else location)
    if path.name.endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            body = handle.read(limit + 1)
    else:
        with open(path, "rb") as handle:
            body = handle.read(limit + 1)
    if len(body) > limit:
        raise ValueError(f"{location}: larger than {limit} bytes")
    return body


# ---------------------------------------------------------------- entry point


def _run_coroutine(coro):
    """asyncio.run, also from inside a running event loop (then in a helper thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="newsflow-fetch") as pool:
        return pool.submit(asyncio.run, coro).result()


async def _discover_async(sources: list[SourceConfig], config: Config, state: fetchstate.FetchState,
                          spool: Path, transport=None) -> tuple[list, list[DocError], Fetcher]:
    async with Fetcher(config.settings.http, allow_private=config.settings.allow_private_network,
                       spool_dir=spool, transport=transport) as fetcher:
        run = _Run(config, fetcher, state, spool)
        await asyncio.gather(*(run.source(s) for s in sources))
    log = fetcher.log + run.extra_log
    log.sort(key=lambda row: row.at)
    return run.items, log, fetcher


_lock = threading.Lock()
last_run_stats: dict = {}


def discover_web(sources: list[SourceConfig], config: Config, *, commit_now: bool = False,
                 transport=None) -> tuple[list, list[DocError]]:
    """Fetch the web sources of a run: (work items pointing at spooled bodies, fetch_log rows).

    The fetch state is committed once this run's fetch_log rows are stored (checked at the start of the
    next run), or at once with ``commit_now`` (for callers that do not write a fetch_log).
    """
    out = config.settings.out
    import newsflow.pipeline  # noqa: F401 - WorkItem's module, imported here and not inside the event loop
    with _lock:
        state = fetchstate.FetchState(out)
        try:
            state.confirm_pending()
            fetchstate.sweep_spools(out)
            spool = fetchstate.new_spool(out)
            items, log, fetcher = _run_coroutine(_discover_async(sources, config, state, spool, transport))
            marker = next((row for row in log if row.at is not None), None)
            state.save((marker.url, marker.at) if marker else None, immediate=commit_now)
        finally:
            state.close()
    if not items:
        fetchstate.remove_spool(spool)
    last_run_stats.clear()
    last_run_stats.update(requests=fetcher.requests, items=len(items), spool=str(spool))
    return items, log
