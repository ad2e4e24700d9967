"""The stages as plain functions over batches; tasks/ wraps them, flows/ composes them.

    discover ─► process_batch (read/fetch result ─► extract ─► clean) ─► unify_names ─► assign_clusters ─► write_run

Nothing here imports Prefect, so the same functions run from a test, a
notebook or a Dask worker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newsflow import rxcache
from newsflow.clean import BoilerplateMemory, clean
from newsflow.config import Config, SourceConfig
from newsflow.dedup import DedupIndex, article_id_for, canonicalize_url, content_hash, text_features
from newsflow.extract import ExtractError, extract
from newsflow.local import SourceError, discover_local, local_source_name, read_local
from newsflow.paths import state_dir
from newsflow.records import OK_OUTCOMES, Article, DocError, RawDocument

if TYPE_CHECKING:
    from newsflow.names import NameIndex

# The Parquet layer (store, schema: pyarrow) and the name index are imported by the functions that use them,
# not here: the batch workers import this module for process_batch and never need them, and the CLI forks
# those workers before the parent imports them (about 0.6 s the parent then spends while the workers work).

# State files under OUT/_state/.
BOILERPLATE_STATE = "boilerplate.json"
NAMES_STATE = "names.json"
DEDUP_STATE = "dedup.npz"


@dataclass
class WorkItem:
    """One document to process: a local path to read, or a document a fetcher already has."""

    source: str
    path: str | None = None           # a local file, or a fetched body spooled to disk
    raw: RawDocument | None = None
    language_hint: str | None = None
    url: str | None = None            # for spooled bodies: the URL they were fetched from
    kind: str | None = None           # "html" or "txt"; default from the file name
    encoding: str | None = None       # charset the fetcher determined
    fetched_at: datetime | None = None


@dataclass
class BatchResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[DocError] = field(default_factory=list)
    learned: BoilerplateMemory | None = None
    removed_lines: int = 0


@dataclass
class RunStats:
    sources: int = 0
    documents: int = 0
    fetched: int = 0                 # documents whose body was read or fetched
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    removed_lines: int = 0
    names_unified: int = 0
    rows_written: dict = field(default_factory=dict)
    per_source: Counter = field(default_factory=Counter)
    outcomes: Counter = field(default_factory=Counter)
    fetch_outcomes: Counter = field(default_factory=Counter)   # fetch_log rows of web sources by outcome
    cluster_members: Counter = field(default_factory=Counter)  # this run's articles per near-duplicate cluster


def now_utc() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------- discover

def discover(config: Config) -> tuple[list[WorkItem], list[DocError]]:
    """Turn the configured sources into work items; a bad source becomes an error, not a crash.

    Local paths are listed here; web sources (feeds, sitemaps, pages, WARC)
    are handled by newsflow.fetch when it is available.
    """
    items: list[WorkItem] = []
    errors: list[DocError] = []
    web = [s for s in config.sources if is_web_source(s)]
    for source in config.sources:
        if source in web:
            continue
        try:
            items.extend(discover_source(source, config))
        except SourceError as exc:
            errors.append(DocError(url=source.location, source=source.name, outcome="source_error",
                                   error=str(exc), at=now_utc()))
    if web:
        # Fetched bodies are spooled to OUT/_state/spool/; every fetch attempt comes back as a
        # fetch_log row in ``errors`` (outcome "fetched", "not_modified", ... as well as failures).
        from newsflow.discover_web import discover_web

        web_items, log = discover_web(web, config)
        items.extend(web_items)
        errors.extend(log)
    return items, errors


def is_web_source(source: SourceConfig) -> bool:
    """Feeds, sitemaps, URL lists, pages and WARC files (newsflow.discover_web); not local article files."""
    if source.kind == "local":
        return False
    if source.kind == "auto" and "://" not in source.location:
        path = Path(source.location)
        return not (path.is_dir() or (path.is_file() and path.name.lower().endswith((".html", ".htm", ".html.gz",
                                                                                        ".txt"))))
    return True


def discover_source(source: SourceConfig, config: Config) -> list[WorkItem]:
    if not is_web_source(source):
        paths = discover_local(source.location)
        paths = filter_locations(paths, source)
        return [WorkItem(source=local_source_name(p), path=str(p), language_hint=source.language) for p in paths]
    from newsflow.discover_web import discover_web

    return discover_web([source], config)[0]  # the fetch_log rows are returned by discover()


def filter_locations(paths: list, source: SourceConfig) -> list:
    """Apply include/exclude patterns and max_items to a list of paths or URLs."""
    kept = []
    for p in paths:
        text = str(p)
        if source.include and not any(re.search(rx, text) for rx in source.include):
            continue
        if any(re.search(rx, text) for rx in source.exclude):
            continue
        kept.append(p)
    return kept[: source.max_items] if source.max_items else kept


def batches(items: list, size: int) -> list[list]:
    """Split work into batches of ``size`` (the unit of a task run)."""
    return [items[i : i + size] for i in range(0, len(items), size)]


# ---------------------------------------------------------------- extract + clean

def process_batch(items: list[WorkItem], *, memory: BoilerplateMemory | None = None,
                  extract_timeout_s: float = 10.0) -> BatchResult:
    """Read, extract and clean one batch. Per-document failures are returned as errors."""
    result = BatchResult(learned=BoilerplateMemory())
    for item in items:
        url = item.raw.url if item.raw else (item.url or Path(item.path).resolve().as_uri())
        try:
            raw = item.raw or load_item(item)
        except (OSError, ValueError, EOFError) as exc:
            result.errors.append(DocError(url=url, source=item.source, outcome="read_error",
                                          error=_one_line(exc), at=now_utc()))
            continue
        try:
            extracted = extract(raw, timeout_s=extract_timeout_s)
        except ExtractError as exc:
            result.errors.append(DocError(url=url, source=raw.source, outcome="extract_error",
                                          error=_one_line(exc), at=now_utc(), bytes=len(raw.body)))
            continue
        lines = [ln for ln in extracted.text.split("\n") if ln.strip()]
        cleaned = clean(extracted.text, title=extracted.title, source=raw.source,
                        language=extracted.language or raw.language_hint,
                        line_context=extracted.line_context, memory=memory, site=extracted.site_name,
                        authors=extracted.authors)
        result.learned.observe(raw.source, lines)
        result.removed_lines += len(cleaned.removed)
        if not cleaned.text.strip():
            result.errors.append(DocError(url=url, source=raw.source, outcome="empty_text",
                                          error="no article text left after extraction and cleaning",
                                          at=now_utc(), bytes=len(raw.body)))
            continue
        canonical = canonicalize_url(raw.url, extracted.canonical_url)
        result.articles.append(Article(
            article_id=article_id_for(canonical), url=raw.url, canonical_url=canonical, source=raw.source,
            title=extracted.title, authors=list(extracted.authors or []), published_at=extracted.published_at,
            language=extracted.language or raw.language_hint, text=cleaned.text, removed=cleaned.removed,
            fetched_at=raw.fetched_at,
            # dedup's per-article features, here in parallel rather than serially in assign_clusters
            dedup_features=text_features(extracted.title, cleaned.text),
        ))
    rxcache.save()   # patterns this batch compiled first are ready for the next process (a no-op otherwise)
    return result


_WARM_UP_PAGE = """<html lang="en"><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>
<p>This page is processed once per worker process so that the pattern tables, the language
identifier and the extractor are loaded before the first real batch arrives.</p>
<p>Photo: newsflow</p><p>It is never stored anywhere, and nothing is learned from it.</p></article></body></html>"""


def warm_up() -> None:
    """Load what the first document would load (compiled boilerplate patterns, ~1 s; the
    language identifier; the extractor) by processing a small built-in page, and discard it."""
    process_batch([WorkItem(source="warm-up", raw=RawDocument(
        url="about:warm-up", source="warm-up", body=_WARM_UP_PAGE.encode(), kind="html", fetched_at=now_utc(),
        encoding="utf-8"))])


def load_item(item: WorkItem) -> RawDocument:
    """Read a work item's body from disk (a local file, or a fetched body the fetcher spooled)."""
    raw = read_local(item.path, item.language_hint)
    if item.url:
        raw.url = item.url
        raw.source = item.source
    if item.kind:
        raw.kind = item.kind
    if item.encoding:
        raw.encoding = item.encoding
    if item.fetched_at:
        raw.fetched_at = item.fetched_at
    return raw


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())[:500]


# ---------------------------------------------------------------- names, novelty

def stored_versions(out_dir: str | Path, article_ids: set[str] | None = None) -> dict[str, dict[str, int]]:
    """article_id -> {content_hash: version} for what is already stored (of ``article_ids`` only, when given)."""
    from newsflow import store

    table = store.read_table(out_dir, "articles", columns=["article_id", "content_hash", "version"])
    if article_ids is not None:
        import pyarrow as pa
        import pyarrow.compute as pc

        table = table.filter(pc.is_in(table.column("article_id"), value_set=pa.array(sorted(article_ids),
                                                                                      pa.string())))
    versions: dict[str, dict[str, int]] = {}
    for aid, chash, ver in zip(*(table.column(c).to_pylist() for c in ("article_id", "content_hash", "version"))):
        versions.setdefault(aid, {})[chash] = ver
    return versions


def unify_names(articles: list[Article], index: NameIndex, known: dict[str, dict[str, int]],
                stats: RunStats) -> list[Article]:
    """Normalize names, drop articles already stored unchanged, number new versions.

    Only new content feeds the name index, so re-running the same input does
    not inflate the counts behind the canonical choice.
    """
    from newsflow.names import normalize

    def normalize_all(batch: list[Article]) -> None:
        for art in batch:
            art.text_normalized, art.mentions = normalize(art.text, index)
            art.content_hash = content_hash(art.text_normalized)

    # The first pass only serves the novelty check, which needs a hash only where the article_id is
    # already stored or occurs twice in this run; every other article is new whatever its hash.
    counts = Counter(art.article_id for art in articles)
    normalize_all([art for art in articles if art.article_id in known or counts[art.article_id] > 1])
    fresh: list[Article] = []
    seen_in_run: set[tuple[str, str]] = set()
    for art in articles:
        versions = known.get(art.article_id, {})
        if versions or counts[art.article_id] > 1:
            if art.content_hash in versions or (art.article_id, art.content_hash) in seen_in_run:
                stats.unchanged += 1
                continue
            seen_in_run.add((art.article_id, art.content_hash))
        fresh.append(art)
    for art in fresh:
        index.observe(art.text)
    normalize_all(fresh)  # again, now that the index has seen this run's spellings
    by_id: dict[str, int] = {}
    for art in fresh:
        versions = known.get(art.article_id, {})
        previous = max(list(versions.values()) + [by_id.get(art.article_id, 0)], default=0)
        art.version = previous + 1
        by_id[art.article_id] = art.version
        if versions:
            stats.updated += 1
        else:
            stats.new += 1
        stats.names_unified += sum(1 for m in art.mentions if m["surface"] != m["canonical"])
    return fresh


# ---------------------------------------------------------------- rows

def partition_for(published_at: datetime | None, ingested_at: datetime) -> str:
    """Articles are partitioned by publication date, falling back to the ingest date."""
    return (published_at or ingested_at).astimezone(UTC).strftime("%Y-%m-%d")


def article_rows(articles: list[Article], run_id: str, ingested_at: datetime) -> tuple[list[dict], list[str]]:
    from newsflow import schema

    rows, parts = [], []
    for a in articles:
        rows.append({
            "article_id": a.article_id, "url": a.url, "canonical_url": a.canonical_url, "source": a.source,
            "title": a.title, "authors": a.authors, "published_at": a.published_at, "language": a.language,
            "text": a.text, "text_normalized": a.text_normalized, "content_hash": a.content_hash,
            "version": a.version, "duplicate_of": a.duplicate_of, "cluster_id": a.cluster_id,
            "story_id": a.story_id, "removed": a.removed, "ingested_at": ingested_at, "run_id": run_id,
            "schema_version": schema.SCHEMA_VERSION,
        })
        parts.append(partition_for(a.published_at, ingested_at))
    return rows, parts


def mention_rows(articles: list[Article], run_id: str, ingested_at: datetime) -> tuple[list[dict], list[str]]:
    from newsflow import schema

    rows, parts = [], []
    for a in articles:
        part = partition_for(a.published_at, ingested_at)
        for m in a.mentions:
            rows.append({"article_id": a.article_id, "content_hash": a.content_hash, "key": m["key"],
                         "canonical": m["canonical"], "surface": m["surface"], "start": m["start"],
                         "end": m["end"], "source": a.source, "published_at": a.published_at,
                         "run_id": run_id, "schema_version": schema.SCHEMA_VERSION})
            parts.append(part)
    return rows, parts


def error_rows(errors: list[DocError], run_id: str) -> tuple[list[dict], list[str]]:
    from newsflow import schema

    rows = [{"url": e.url, "source": e.source, "status": e.status, "bytes": e.bytes, "elapsed_ms": e.elapsed_ms,
             "attempt": e.attempt, "outcome": e.outcome, "error": e.error, "fetched_at": e.at,
             "run_id": run_id, "schema_version": schema.SCHEMA_VERSION} for e in errors]
    return rows, [partition_for(None, e.at) for e in errors]


def write_run(out_dir: str | Path, articles: list[Article], log_rows: list[dict], log_parts: list[str],
              name_index: NameIndex, run_id: str, ingested_at: datetime) -> dict[str, int]:
    """Write one run's rows. Order matters for crash safety: derived rows first, articles last.

    Every table's append skips keys already stored, so a run killed between
    two writes is completed, not duplicated, by the next run.
    """
    from newsflow import schema, store

    written = {}
    rows, parts = mention_rows(articles, run_id, ingested_at)
    written["mentions"] = store.append(out_dir, "mentions", rows, parts)
    rows, parts = article_rows(articles, run_id, ingested_at)
    written["articles"] = store.append(out_dir, "articles", rows, parts)
    written["fetch_log"] = store.append(out_dir, "fetch_log", log_rows, log_parts)
    now = now_utc()
    name_rows = [dict(r, updated_at=now, schema_version=schema.SCHEMA_VERSION) for r in name_index.rows()]
    written["names"] = store.replace_snapshot(out_dir, "names", name_rows)
    return written



# ---------------------------------------------------------------- state and report

def load_state(out_dir: str | Path, alias_files: list[str], name_policy: str, window_days: int):
    """Learned boilerplate, the name index and the dedup index, persisted beside the dataset."""
    return (load_memory(out_dir), *load_indexes(out_dir, alias_files, name_policy, window_days))


def load_memory(out_dir: str | Path) -> BoilerplateMemory:
    """The per-source boilerplate learned by earlier runs (the batches need it)."""
    return BoilerplateMemory.load(state_dir(out_dir) / BOILERPLATE_STATE)


def load_indexes(out_dir: str | Path, alias_files: list[str], name_policy: str,
                 window_days: int) -> tuple[NameIndex, DedupIndex]:
    """The name index and the dedup index (read under the writer lock: a run's commits update them)."""
    from newsflow.names import NameIndex

    sdir = state_dir(out_dir)
    names = NameIndex.load(sdir / NAMES_STATE, alias_files=alias_files, policy=name_policy)
    dedup = DedupIndex.load(sdir / DEDUP_STATE, window_days=window_days)
    return names, dedup


def save_state(out_dir: str | Path, memory: BoilerplateMemory, names: NameIndex, dedup: DedupIndex) -> None:
    """Saved before the rows are written: a crash in between re-derives the same ids next run."""
    sdir = state_dir(out_dir)
    memory.save(sdir / BOILERPLATE_STATE)
    names.save(sdir / NAMES_STATE)
    dedup.save(sdir / DEDUP_STATE)


def count_outcomes(stats: RunStats, articles: list[Article], errors: list[DocError]) -> None:
    for a in articles:
        stats.per_source[a.source] += 1
        if a.duplicate_of:
            stats.exact_duplicates += 1
    # cumulative over the run's commits: a cluster may gather members from several chunks
    stats.cluster_members.update(a.cluster_id for a in articles if a.cluster_id)
    stats.near_duplicates = sum(n - 1 for n in stats.cluster_members.values() if n > 1)
    for e in errors:
        if e.attempt is not None or e.outcome in OK_OUTCOMES:
            stats.fetch_outcomes[e.outcome] += 1   # every row of the fetch stage, good or bad
        if e.outcome not in OK_OUTCOMES:
            stats.outcomes[e.outcome] += 1


def report_dict(stats: RunStats, out_dir: str | Path, run_id: str) -> dict:
    return {
        "run_id": run_id, "out": str(out_dir), "sources": stats.sources, "documents": stats.documents,
        "fetched": stats.fetched,
        "new": stats.new, "updated": stats.updated, "unchanged": stats.unchanged,
        "exact_duplicates": stats.exact_duplicates, "near_duplicates": stats.near_duplicates,
        "errors": dict(stats.outcomes), "fetch": dict(sorted(stats.fetch_outcomes.items())),
        "boilerplate_lines_removed": stats.removed_lines,
        "names_unified": stats.names_unified, "rows_written": dict(stats.rows_written),
        "new_per_source": dict(sorted(stats.per_source.items())),
    }


def report_markdown(report: dict) -> str:
    """The run report as Markdown (the Prefect artifact and the CLI show the same figures)."""
    lines = [f"# newsflow ingest run `{report['run_id']}`", "",
             "| figure | value |", "|---|---|"]
    for key in ("sources", "documents", "fetched", "new", "updated", "unchanged", "exact_duplicates",
                "near_duplicates", "boilerplate_lines_removed", "names_unified"):
        lines.append(f"| {key.replace('_', ' ')} | {report[key]} |")
    errors = report["errors"] or {"none": 0}
    lines += ["", "**Errors by outcome**", ""] + [f"- {k}: {v}" for k, v in sorted(errors.items())]
    if report.get("fetch"):
        lines += ["", "**Fetch attempts by outcome**", ""] + [f"- {k}: {v}" for k, v in report["fetch"].items()]
    lines += ["", "**Rows written**", ""] + [f"- {k}: {v}" for k, v in report["rows_written"].items()]
    lines += ["", "**New rows per source**", ""] + [f"- {k}: {v}" for k, v in report["new_per_source"].items()]
    if report.get("timings_s"):
        lines += ["", "**Seconds per stage**", ""] + [f"- {k}: {v}" for k, v in report["timings_s"].items()]
    lines += ["", f"Data: `{report['out']}`"]
    return "\n".join(lines)
