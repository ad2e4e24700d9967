"""The HTTP client: polite, bounded, safe, and honest about every attempt.

One ``Fetcher`` serves a whole run (all sources share its limits)::

    async with Fetcher(settings.http, allow_private=False, spool_dir=spool) as fetcher:
        res = await fetcher.get("https://example.org/feed.xml", source="example")
        res.outcome        # fetched, not_modified, skipped_robots, too_large, timeout, ...
    fetcher.log            # one DocError per attempt: the rows of OUT/fetch_log

What it guarantees, per request:

- politeness: a global connection cap, at most ``per_host_connections`` at once
  per origin, request starts at least ``per_host_delay_s`` apart per origin
  (raised to robots.txt's Crawl-delay, up to ``max_crawl_delay_s``);
- robots.txt fetched once per origin per run and obeyed (4xx: allowed; 5xx,
  timeout or connection error: the origin is skipped this run);
- connect/read timeouts plus an overall deadline per exchange;
- a body limit counted while streaming, on the wire and after each
  decompression step (gzip, deflate, br, zstd), so a bomb is cut off early;
- redirects followed by hand, at most ``max_redirects``, each hop checked
  (scheme, robots, address: see netsafe);
- retries on 429, 5xx and connection errors with exponential backoff and
  jitter, honouring Retry-After (seconds or HTTP-date) up to
  ``backoff_cap_s``; the wait holds no connection slot, so other hosts go on;
- charset from BOM, Content-Type header, meta/XML declaration, then detection.

Nothing here imports Prefect.
"""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import hashlib
import os
import random
import re
import time
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from newsflow.config import HttpSettings
from newsflow.netsafe import BlockedAddress, GuardedBackend, UnsafeURL, check_url
from newsflow.records import DocError

# Outcomes that are not errors (the run summary counts them apart).
from newsflow.records import OK_OUTCOMES  # noqa: E402  (defined beside DocError)
# Outcomes worth another try in a later run (fetchstate keeps them in its backlog).
TRANSIENT_OUTCOMES = frozenset({"timeout", "truncated", "connection_error", "host_skipped", "robots_unavailable"})
REDIRECT_CODES = (301, 302, 303, 307, 308)
ROBOTS_MAX_BYTES = 512 * 1024
HEAD_BYTES = 64 * 1024          # kept in memory for charset detection
_CHUNK = 64 * 1024              # largest piece a decoder emits at once


def now_utc() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------- errors


class FetchFailure(Exception):
    """One exchange failed with a known outcome."""

    def __init__(self, outcome: str, message: str, status: int | None = None, retryable: bool = False,
                 retry_after: float | None = None):
        super().__init__(message)
        self.outcome = outcome
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


class TooLarge(FetchFailure):
    def __init__(self, message: str, status: int | None = None):
        super().__init__("too_large", message, status)


# ---------------------------------------------------------------- bounded decompression


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        for i in range(0, len(data), _CHUNK):
            yield data[i : i + _CHUNK]

    def flush(self) -> Iterator[bytes]:
        return iter(())


class _Zlib:
    def __init__(self, wbits: int):
        self.d = zlib.decompressobj(wbits)

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            out = self.d.decompress(data, _CHUNK)
            yield out
            while self.d.unconsumed_tail:
                yield self.d.decompress(self.d.unconsumed_tail, _CHUNK)
        except zlib.error as exc:
            raise FetchFailure("decode_error", f"bad compressed body: {exc}") from None

    def flush(self) -> Iterator[bytes]:
        yield from self.feed(b"")


class _Brotli:
    def __init__(self):
        import brotli

        self.brotli = brotli
        self.d = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            out = self.d.process(data, output_buffer_limit=_CHUNK)
            yield out
            # can_accept_more_data() says nothing about pending output: drain while output keeps coming.
            while (out or not self.d.can_accept_more_data()) and not self.d.is_finished():
                out = self.d.process(b"", output_buffer_limit=_CHUNK)
                yield out
        except self.brotli.error as exc:
            raise FetchFailure("decode_error", f"bad brotli body: {exc}") from None

    def flush(self) -> Iterator[bytes]:
        return iter(())


class _Zstd:
    # zstd has no output cap per call; feeding small slices bounds each output
    # (an RLE block turns 4 input bytes into at most 128 KiB).
    SLICE = 32

    def __init__(self):
        import zstandard

        self.zstd = zstandard
        self.d = zstandard.ZstdDecompressor().decompressobj()

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            for i in range(0, len(data), self.SLICE):
                if self.d.eof:
                    return
                out = self.d.decompress(data[i : i + self.SLICE])
                if out:
                    yield out
        except self.zstd.ZstdError as exc:
            raise FetchFailure("decode_error", f"bad zstd body: {exc}") from None

    def flush(self) -> Iterator[bytes]:
        return iter(())


def _decoder(token: str):
    token = token.strip().lower()
    if token in ("", "identity"):
        return _Identity()
    if token in ("gzip", "x-gzip"):
        return _Zlib(16 + zlib.MAX_WBITS)
    if token == "deflate":
        return _Zlib(32 + zlib.MAX_WBITS)   # zlib or gzip header, auto-detected
    if token == "br":
        return _Brotli()
    if token == "zstd":
        return _Zstd()
    raise FetchFailure("decode_error", f"unsupported Content-Encoding {token!r}")


class BoundedDecoder:
    """Undo a Content-Encoding chain piece by piece, never holding more than one chunk of output.

    The caller counts what comes out and stops as soon as the limit is passed,
    so a small gzip/brotli/zstd bomb costs at most one chunk of memory.
    """

    def __init__(self, content_encoding: str | None):
        tokens = [t for t in (content_encoding or "").split(",") if t.strip()]
        if len(tokens) > 3:
            raise FetchFailure("decode_error", f"too many content encodings: {content_encoding!r}")
        # Content-Encoding lists codings in the order applied; undo them in reverse.
        self.stages = [_decoder(t) for t in reversed(tokens)] or [_Identity()]

    def _through(self, pieces: Iterator[bytes], index: int) -> Iterator[bytes]:
        if index == len(self.stages):
            yield from (p for p in pieces if p)
            return
        stage = self.stages[index]
        for piece in pieces:
            if piece:
                yield from self._through(stage.feed(piece), index + 1)

    def feed(self, data: bytes) -> Iterator[bytes]:
        return self._through(iter((data,)), 0)

    def flush(self) -> Iterator[bytes]:
        for index, stage in enumerate(self.stages):
            yield from self._through(stage.flush(), index + 1)


def bounded_gunzip(data: bytes, limit: int) -> bytes:
    """Decompress a gzip file body (e.g. sitemap.xml.gz) up to ``limit`` bytes; TooLarge beyond."""
    out = bytearray()
    decoder = _Zlib(16 + zlib.MAX_WBITS)
    for piece in _chain(decoder, data):
        out += piece
        if len(out) > limit:
            raise TooLarge(f"decompressed body larger than {limit} bytes")
    return bytes(out)


def _chain(decoder, data: bytes) -> Iterator[bytes]:
    yield from decoder.feed(data)
    yield from decoder.flush()


# ---------------------------------------------------------------- charset

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})["']""", re.I)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
# WHATWG: these labels mean windows-1252 on the web.
_WEB_ALIASES = {"latin1": "windows-1252", "iso8859-1": "windows-1252", "ascii": "windows-1252",
                "iso8859-9": "windows-1254"}


def normalize_charset(label: str | None) -> str | None:
    """A decodable codec name for a declared label, or None when Python does not know it."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    name = _WEB_ALIASES.get(name, name)
    if name.startswith("cp125"):
        name = "windows-" + name[2:]
    return name


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = _CT_CHARSET.search(content_type)
    return normalize_charset(m.group(1)) if m else None


def _valid_utf8(head: bytes, truncated: bool) -> bool:
    for cut in range(0, 4 if truncated else 1):
        try:
            (head[: len(head) - cut] if cut else head).decode("utf-8")
            return True
        except UnicodeDecodeError:
            continue
    return False


def detect_charset(head: bytes, content_type: str | None = None, truncated: bool = False) -> str:
    """The charset of a document from its first bytes: BOM, header, meta/XML declaration, detection.

    Always returns a codec name that ``bytes.decode`` accepts.
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    declared = charset_from_content_type(content_type)
    if declared:
        return declared
    sample = head[:16384]
    m = _XML_DECL.search(sample) or _META_CHARSET.search(sample)
    if m:
        declared = normalize_charset(m.group(1).decode("ascii", "replace"))
        # A page cannot declare a UTF-16/32 charset in ASCII bytes; the spec says utf-8 then.
        if declared and not declared.startswith(("utf-16", "utf-32")):
            return declared
    if _valid_utf8(head, truncated):
        return "utf-8"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(head[:HEAD_BYTES]).best()
        name = normalize_charset(best.encoding) if best is not None else None
    except Exception:  # noqa: BLE001 - detection is best effort on arbitrary bytes
        name = None
    return name or "windows-1252"


# ---------------------------------------------------------------- robots.txt


@dataclass
class RobotsRules:
    """The rules of one robots.txt for one user agent (RFC 9309: longest match wins, ties allow)."""

    rules: list[tuple[int, bool, re.Pattern]] = field(default_factory=list)
    crawl_delay: float | None = None
    sitemaps: list[str] = field(default_factory=list)

    @classmethod
    def allow_all(cls) -> RobotsRules:
        return cls()

    @classmethod
    def parse(cls, text: str, user_agent: str) -> RobotsRules:
        token = re.split(r"[/\s(]", user_agent.strip(), maxsplit=1)[0].lower() or "*"
        groups: list[tuple[list[str], list[tuple[str, str]]]] = []
        sitemaps: list[str] = []
        current: tuple[list[str], list[tuple[str, str]]] | None = None
        last_was_agent = False
        for raw in text.splitlines()[:10000]:
            line = raw.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            key, value = (part.strip() for part in line.split(":", 1))
            key = key.lower()
            if key == "user-agent":
                if current is None or not last_was_agent:
                    current = ([], [])
                    groups.append(current)
                current[0].append(value.lower())
                last_was_agent = True
                continue
            last_was_agent = False
            if key == "sitemap":
                sitemaps.append(value)
            elif current is not None and key in ("allow", "disallow", "crawl-delay"):
                current[1].append((key, value))
        best_len, chosen = -1, []
        for agents, lines in groups:
            for agent in agents:
                if agent != "*" and agent and token.startswith(agent) or agent == token:
                    if len(agent) > best_len:
                        best_len, chosen = len(agent), [lines]
                    elif len(agent) == best_len:
                        chosen.append(lines)
        if best_len < 0:
            chosen = [lines for agents, lines in groups if "*" in agents]
        rules = cls(sitemaps=sitemaps)
        for lines in chosen:
            for key, value in lines:
                if key == "crawl-delay":
                    try:
                        rules.crawl_delay = max(0.0, float(value))
                    except ValueError:
                        pass
                elif value:
                    rules.rules.append((len(value), key == "allow", _robots_pattern(value)))
                # an empty Disallow allows everything: no rule needed
        return rules

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if path == "/robots.txt":
            return True
        best: tuple[int, bool] | None = None
        for length, allow, pattern in self.rules:
            if pattern.match(path) and (best is None or length > best[0] or (length == best[0] and allow)):
                best = (length, allow)
        return True if best is None else best[1]


def _robots_pattern(value: str) -> re.Pattern:
    anchored = value.endswith("$")
    body = value[:-1] if anchored else value
    regex = ".*".join(re.escape(part) for part in body.split("*"))
    return re.compile(regex + ("$" if anchored else ""))


# ---------------------------------------------------------------- politeness


class HostGate:
    """Per-origin politeness: a connection cap and a minimum gap between request starts."""

    def __init__(self, connections: int, delay_s: float):
        self.sem = asyncio.Semaphore(connections)
        self.delay_s = delay_s
        self.next_start = 0.0
        self.paused_until = 0.0
        self.lock = asyncio.Lock()

    async def wait_turn(self) -> None:
        loop = asyncio.get_running_loop()
        async with self.lock:
            now = loop.time()
            start = max(now, self.next_start, self.paused_until)
            self.next_start = start + self.delay_s
        if start > now:
            await asyncio.sleep(start - now)
        while (gap := self.paused_until - loop.time()) > 0:   # a Retry-After arrived meanwhile
            await asyncio.sleep(gap)

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, asyncio.get_running_loop().time() + seconds)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}:{port}"


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or now_utc())).total_seconds())


# ---------------------------------------------------------------- responses


@dataclass
class Response:
    """The result of one logical fetch (after redirects and retries)."""

    url: str
    source: str | None
    outcome: str
    final_url: str | None = None
    status: int | None = None
    error: str | None = None
    body: bytes | None = None          # memory mode
    path: str | None = None            # file mode: the spooled body
    size: int = 0
    body_hash: str | None = None
    head: bytes = b""
    content_type: str | None = None
    encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: datetime = field(default_factory=now_utc)
    elapsed_ms: float | None = None
    attempt: int = 0
    row: DocError | None = None        # the fetch_log row of the final attempt (callers may refine it)

    def mark(self, outcome: str, error: str | None = None) -> None:
        """Refine the outcome of the final attempt (e.g. fetched -> unchanged, parse_error)."""
        self.outcome = outcome
        if error is not None:
            self.error = error
        if self.row is not None:
            self.row.outcome = outcome
            if error is not None:
                self.row.error = error

    @property
    def ok(self) -> bool:
        return self.outcome == "fetched"


class _Sink:
    """Where a body goes while it streams: memory or a spool file; hashes and keeps the head."""

    def __init__(self, spool_dir: Path | None, name: str | None = None):
        self.name = name
        self.sha = hashlib.sha256()
        self.head = bytearray()
        self.size = 0
        self.buffer: bytearray | None = None
        self.tmp: Path | None = None
        self.handle = None
        if spool_dir is None:
            self.buffer = bytearray()
        else:
            spool_dir.mkdir(parents=True, exist_ok=True)
            self.tmp = spool_dir / f".{uuid.uuid4().hex}.part"
            self.handle = open(self.tmp, "wb")

    def write(self, piece: bytes) -> None:
        self.sha.update(piece)
        self.size += len(piece)
        if len(self.head) < HEAD_BYTES:
            self.head += piece[: HEAD_BYTES - len(self.head)]
        if self.buffer is not None:
            self.buffer += piece
        else:
            self.handle.write(piece)

    def finish(self) -> tuple[bytes | None, str | None, str]:
        digest = self.sha.hexdigest()
        if self.buffer is not None:
            return bytes(self.buffer), None, digest
        self.handle.close()
        final = self.tmp.with_name(f"{self.name or digest}.body")
        os.replace(self.tmp, final)
        return None, str(final), digest

    def discard(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------- the client


class Fetcher:
    """One run's HTTP client; see the module docstring."""

    def __init__(self, http: HttpSettings, allow_private: bool = False, spool_dir: str | Path | None = None,
                 transport: httpx.AsyncBaseTransport | None = None):
        self.http = http
        self.allow_private = allow_private
        self.spool_dir = Path(spool_dir) if spool_dir else None
        self.log: list[DocError] = []
        self.requests = 0                       # exchanges actually sent (robots included)
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._global = asyncio.Semaphore(http.max_connections)
        self._hosts: dict[str, HostGate] = {}
        self._robots: dict[str, asyncio.Future] = {}

    async def __aenter__(self) -> Fetcher:
        transport = self._transport
        if transport is None:
            limits = httpx.Limits(max_connections=self.http.max_connections,
                                  max_keepalive_connections=self.http.max_connections)
            transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
            # Our backend resolves and vets every address before connecting (httpx 0.28 has no public hook).
            transport._pool._network_backend = GuardedBackend(self.allow_private,
                                                              allowed_networks=self.http.allowed_networks)
        timeout = httpx.Timeout(connect=self.http.connect_timeout_s, read=self.http.read_timeout_s,
                                write=self.http.read_timeout_s, pool=None)
        self._client = httpx.AsyncClient(transport=transport, timeout=timeout, follow_redirects=False,
                                         trust_env=False, headers={
                                             "User-Agent": self.http.user_agent,
                                             "Accept-Encoding": "gzip, deflate, br, zstd",
                                         })
        return self

    async def __aexit__(self, *exc) -> None:
        if self._client is not None:
            await self._client.aclose()

    # ------------------------------------------------------------ helpers

    def gate(self, origin: str) -> HostGate:
        gate = self._hosts.get(origin)
        if gate is None:
            gate = self._hosts[origin] = HostGate(self.http.per_host_connections, self.http.per_host_delay_s)
        return gate

    def record(self, res: Response, outcome: str | None = None, error: str | None = None) -> DocError:
        row = DocError(url=res.url, source=res.source, outcome=outcome or res.outcome,
                                 error=error if error is not None else res.error, at=res.fetched_at,
                                 status=res.status, bytes=res.size if res.size or res.status else None,
                                 elapsed_ms=res.elapsed_ms, attempt=res.attempt)
        self.log.append(row)
        res.row = row
        return row

    def _backoff(self, attempt: int) -> float:
        base = min(self.http.backoff_cap_s, self.http.backoff_base_s * (2 ** (attempt - 1)))
        return base * random.uniform(0.5, 1.0)

    # ------------------------------------------------------------ robots

    async def robots_for(self, url: str, source: str | None) -> RobotsRules | FetchFailure:
        """The cached robots.txt rules of a URL's origin (fetched once per run per origin)."""
        origin = origin_of(url)
        fut = self._robots.get(origin)
        if fut is None:
            fut = self._robots[origin] = asyncio.get_running_loop().create_future()
            try:
                fut.set_result(await self._fetch_robots(url, source))
            except BaseException as exc:  # never leave waiters hanging
                fut.set_result(FetchFailure("robots_unavailable", f"robots.txt: {exc}"))
                if not isinstance(exc, Exception):
                    raise
        return await asyncio.shield(fut)

    async def _fetch_robots(self, url: str, source: str | None) -> RobotsRules | FetchFailure:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        res = await self._one(robots_url, source, headers={}, max_bytes=ROBOTS_MAX_BYTES, to_file=False,
                              robots=False, retries=1, robots_fetch=True)
        if res.outcome == "fetched" and res.body is not None:
            rules = RobotsRules.parse(res.body.decode("utf-8", "replace"), self.http.user_agent)
            delay = self.http.per_host_delay_s
            if rules.crawl_delay is not None:
                delay = max(delay, min(rules.crawl_delay, self.http.max_crawl_delay_s))
            self.gate(origin_of(url)).delay_s = delay
            return rules
        if res.outcome == "too_large":
            return RobotsRules.allow_all()          # RFC 9309: parse at least 500 KiB; we are lenient
        if res.outcome == "no_robots" or (res.status is not None and 400 <= res.status < 500 and res.status != 429):
            return RobotsRules.allow_all()
        if res.outcome == "blocked_address":
            return FetchFailure("blocked_address", res.error or "blocked address")
        return FetchFailure("robots_unavailable", f"robots.txt {res.status or res.outcome}: {res.error or ''}".strip())

    # ------------------------------------------------------------ public

    async def get(self, url: str, source: str | None = None, *, etag: str | None = None,
                  last_modified: str | None = None, to_file: bool = False, max_bytes: int | None = None,
                  accept: str | None = None, deadline_s: float | None = None) -> Response:
        """Fetch one URL politely (robots, limits, retries); every attempt lands in ``self.log``."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        return await self._one(url, source, headers=headers, max_bytes=max_bytes or self.http.max_body_bytes,
                               to_file=to_file, robots=True, retries=self.http.retries, deadline_s=deadline_s)

    async def _one(self, url: str, source: str | None, *, headers: dict, max_bytes: int, to_file: bool,
                   robots: bool, retries: int, robots_fetch: bool = False,
                   deadline_s: float | None = None) -> Response:
        attempt = 0
        while True:
            attempt += 1
            res = Response(url=url, source=source, outcome="fetched", attempt=attempt)
            started = time.monotonic()
            try:
                await self._attempt(res, headers, max_bytes, to_file, robots, deadline_s or self.http.deadline_s)
            except FetchFailure as failure:
                res.outcome, res.error = failure.outcome, str(failure)
                res.status = failure.status if failure.status is not None else res.status
                res.elapsed_ms = round((time.monotonic() - started) * 1000, 1)
                if failure.retryable and attempt <= retries:
                    wait = failure.retry_after
                    if wait is not None and wait > self.http.backoff_cap_s:
                        res.error += f"; Retry-After {wait:.0f}s exceeds the cap of {self.http.backoff_cap_s:.0f}s"
                        self._finish(res, robots_fetch)
                        return res
                    if wait is None:
                        wait = self._backoff(attempt)
                    else:
                        self.gate(origin_of(res.final_url or url)).pause(wait)
                    self.record(res, outcome="retried", error=f"{res.outcome}: {res.error}; retry in {wait:.2f}s")
                    await asyncio.sleep(wait)
                    continue
            else:
                res.elapsed_ms = round((time.monotonic() - started) * 1000, 1)
            self._finish(res, robots_fetch)
            return res

    def _finish(self, res: Response, robots_fetch: bool) -> None:
        outcome = res.outcome
        if robots_fetch and outcome not in ("fetched", "blocked_address", "bad_url", "too_large"):
            client_error = res.status is not None and 400 <= res.status < 500 and res.status != 429
            outcome = "no_robots" if client_error else "robots_unavailable"
        self.record(res, outcome=outcome)

    async def _attempt(self, res: Response, headers: dict, max_bytes: int, to_file: bool, robots: bool,
                       deadline_s: float) -> None:
        """One attempt: follow redirects by hand, checking every hop; fill ``res`` or raise FetchFailure."""
        current = res.url
        chain = [current]
        hop_headers = dict(headers)
        while True:
            try:
                check_url(current)
            except UnsafeURL as exc:
                raise FetchFailure("bad_url", f"{current}: {exc}") from None
            if robots:
                rules = await self.robots_for(current, res.source)
                if isinstance(rules, FetchFailure):
                    outcome = "host_skipped" if rules.outcome == "robots_unavailable" else rules.outcome
                    raise FetchFailure(outcome, f"{rules}; host skipped this run, retried next run"
                                       if outcome == "host_skipped" else str(rules))
                if not rules.allowed(current):
                    raise FetchFailure("skipped_robots", f"disallowed by robots.txt: {current}")
            location = await self._exchange(res, current, hop_headers, max_bytes, to_file, deadline_s)
            if location is None:
                res.final_url = current
                return
            nxt = urljoin(current, location)
            nxt = nxt.split("#", 1)[0]
            if nxt in chain:
                raise FetchFailure("redirect_loop", "redirect loop: " + " -> ".join(chain + [nxt]), res.status)
            if len(chain) > self.http.max_redirects:
                raise FetchFailure("too_many_redirects",
                                   f"more than {self.http.max_redirects} redirects: " + " -> ".join(chain[:3]) + " ...",
                                   res.status)
            if origin_of(nxt) != origin_of(current):
                hop_headers = {k: v for k, v in headers.items() if k == "Accept"}  # validators are per URL
            chain.append(nxt)
            current = nxt
            res.final_url = current

    async def _exchange(self, res: Response, url: str, headers: dict, max_bytes: int, to_file: bool,
                        deadline_s: float) -> str | None:
        """One HTTP exchange under the host gate, the global cap and the deadline.

        Returns a redirect Location, or None when ``res`` holds the final answer.
        """
        gate = self.gate(origin_of(url))
        async with gate.sem:
            await gate.wait_turn()
            async with self._global:
                res.fetched_at = now_utc()
                self.requests += 1
                try:
                    async with asyncio.timeout(deadline_s):
                        return await self._stream(res, url, headers, max_bytes, to_file)
                except TimeoutError:
                    raise FetchFailure("timeout", f"no complete answer within the {deadline_s:g}s deadline",
                                       res.status) from None
                except BlockedAddress as exc:
                    raise FetchFailure("blocked_address", f"{url}: {exc}") from None
                except httpx.ConnectTimeout as exc:
                    raise FetchFailure("timeout", f"connect timeout: {exc or 'no answer'}", retryable=True) from None
                except httpx.TimeoutException as exc:
                    raise FetchFailure("timeout", f"{type(exc).__name__}: {exc or 'no data'}", res.status) from None
                except httpx.RemoteProtocolError as exc:
                    outcome = "truncated" if res.status else "connection_error"
                    raise FetchFailure(outcome, f"{exc}", res.status, retryable=True) from None
                except (httpx.TransportError, OSError) as exc:
                    raise FetchFailure("connection_error", f"{type(exc).__name__}: {exc}", res.status,
                                       retryable=True) from None
                except httpx.InvalidURL as exc:
                    raise FetchFailure("bad_url", str(exc)) from None

    async def _stream(self, res: Response, url: str, headers: dict, max_bytes: int, to_file: bool) -> str | None:
        async with self._client.stream("GET", url, headers=headers) as resp:
            res.status = resp.status_code
            res.content_type = resp.headers.get("content-type")
            if resp.status_code in REDIRECT_CODES and resp.headers.get("location"):
                return resp.headers["location"]
            if resp.status_code == 304:
                res.outcome = "not_modified"
                res.etag = resp.headers.get("etag")
                res.last_modified = resp.headers.get("last-modified")
                return None
            if resp.status_code == 429 or resp.status_code >= 500:
                raise FetchFailure("http_error", f"HTTP {resp.status_code}", resp.status_code, retryable=True,
                                   retry_after=parse_retry_after(resp.headers.get("retry-after")))
            if resp.status_code != 200:
                raise FetchFailure("http_error", f"HTTP {resp.status_code}", resp.status_code)
            declared = resp.headers.get("content-length")
            encoding = resp.headers.get("content-encoding")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise TooLarge(f"Content-Length {declared} exceeds the limit of {max_bytes} bytes", resp.status_code)
            decoder = BoundedDecoder(encoding)
            sink = _Sink(self.spool_dir if to_file else None, hashlib.sha256(res.url.encode()).hexdigest()[:40])
            wire = 0
            try:
                async for raw in resp.aiter_raw():
                    wire += len(raw)
                    if wire > max_bytes:
                        raise TooLarge(f"body larger than {max_bytes} bytes on the wire", resp.status_code)
                    for piece in decoder.feed(raw):
                        if sink.size + len(piece) > max_bytes:
                            raise TooLarge(f"body larger than {max_bytes} bytes after decompression "
                                           f"({encoding or 'identity'}; {wire} bytes received)", resp.status_code)
                        sink.write(piece)
                for piece in decoder.flush():
                    if sink.size + len(piece) > max_bytes:
                        raise TooLarge(f"body larger than {max_bytes} bytes after decompression", resp.status_code)
                    sink.write(piece)
                res.body, res.path, res.body_hash = sink.finish()
            except BaseException:
                sink.discard()
                raise
            res.size = sink.size
            res.head = bytes(sink.head)
            res.etag = resp.headers.get("etag")
            res.last_modified = resp.headers.get("last-modified")
            res.encoding = detect_charset(res.head, res.content_type, truncated=res.size > len(res.head))
            res.outcome = "fetched"
            return None
