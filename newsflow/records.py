"""Plain records passed between stages (picklable, so they cross process and Dask boundaries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class RawDocument:
    """One fetched or read document, before extraction."""

    url: str                      # as fetched; file:// URI for local files
    source: str                   # publisher domain, or the folder name for local files
    body: bytes                   # raw bytes (already decompressed for .html.gz)
    kind: str                     # "html" or "txt"
    fetched_at: datetime          # UTC
    language_hint: str | None = None
    content_type: str | None = None
    encoding: str | None = None   # charset the fetcher determined, when it knows


@dataclass
class Extracted:
    """What extraction found in one document (text not yet cleaned)."""

    title: str | None
    text: str                     # one paragraph/block per line, "\n"-separated
    authors: list[str] = field(default_factory=list)
    published_at: datetime | None = None   # UTC, never in the future
    language: str | None = None
    canonical_url: str | None = None       # <link rel=canonical> / og:url when present
    site_name: str | None = None           # the outlet's name as the page declares it (og:site_name)
    # Optional per-line features from the HTML, aligned with text.split("\n"):
    # dicts with e.g. {"tag": "p", "link_density": 0.0, "in_figure": False}.
    line_context: list[dict] | None = None


@dataclass
class Article:
    """One processed article, ready for names, dedup and storage."""

    article_id: str
    url: str
    canonical_url: str
    source: str
    title: str | None
    authors: list[str]
    published_at: datetime | None
    language: str | None
    text: str
    removed: list[dict]           # [{"line", "rule", "position"}]
    fetched_at: datetime
    text_normalized: str = ""
    content_hash: str = ""
    mentions: list[dict] = field(default_factory=list)
    duplicate_of: str | None = None
    cluster_id: str | None = None
    story_id: str | None = None
    version: int = 1
    # dedup.TextFeatures of (title, text), computed in the batch worker; dedup recomputes them
    # when the text it sees differs (names changed a spelling). Not stored.
    dedup_features: object | None = None


# Fetch-log outcomes that are not errors (newsflow.fetch re-exports it; here so that counting outcomes does not
# import the HTTP stack).
OK_OUTCOMES = frozenset({"fetched", "not_modified", "unchanged", "retried", "no_robots", "listed"})


@dataclass
class DocError:
    """A document or source that could not be processed: recorded, never raised."""

    url: str
    source: str | None
    outcome: str                  # e.g. read_error, extract_error, empty_text, http_error
    error: str
    at: datetime
    status: int | None = None
    bytes: int | None = None
    elapsed_ms: float | None = None
    attempt: int | None = None
