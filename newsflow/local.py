"""Local sources: files and folders of .html, .htm, .html.gz and .txt article dumps."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

from newsflow.records import RawDocument

LOCAL_SUFFIXES = (".html.gz", ".html", ".htm", ".txt")
# A decompressed local file larger than this is refused (a gzip bomb or not an article).
MAX_LOCAL_BYTES = 20 * 1024 * 1024


class SourceError(Exception):
    """A source that does not exist or cannot be listed: the run cannot use it."""


def is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(LOCAL_SUFFIXES)


def discover_local(location: str | Path) -> list[Path]:
    """The article files at a path: the file itself, or a folder searched recursively (sorted)."""
    path = Path(location)
    if not path.exists():
        raise SourceError(f"no such source: {location}")
    if path.is_file():
        if not is_article_file(path):
            raise SourceError(f"not an article file (.html, .htm, .html.gz, .txt): {location}")
        return [path.resolve()]
    try:
        return sorted(p.resolve() for p in path.rglob("*") if p.is_file() and is_article_file(p))
    except OSError as exc:
        raise SourceError(f"cannot list {location}: {exc.strerror or exc}") from exc


def local_source_name(path: Path) -> str:
    """Local files take the name of the folder they sit in as their source."""
    return path.parent.name or "local"


def read_local(path: str | Path, language_hint: str | None = None) -> RawDocument:
    """Read one local file (decompressing .gz, bounded in size). Raises OSError or ValueError."""
    path = Path(path)
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            body = handle.read(MAX_LOCAL_BYTES + 1)
    else:
        with open(path, "rb") as handle:
            body = handle.read(MAX_LOCAL_BYTES + 1)
    if len(body) > MAX_LOCAL_BYTES:
        raise ValueError(f"file larger than {MAX_LOCAL_BYTES} bytes once decompressed")
    kind = "txt" if path.name.lower().endswith(".txt") else "html"
    return RawDocument(
        url=path.resolve().as_uri(),
        source=local_source_name(path),
        body=body,
        kind=kind,
        fetched_at=datetime.now(UTC),
        language_hint=language_hint,
    )
