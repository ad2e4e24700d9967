"""The one place that owns the Parquet contract: schemas, partitioning, version.

Writers, readers, docs (docs/data-dictionary.md) and tests all use these
constants. A change of any schema bumps SCHEMA_VERSION and gets a line in the
data dictionary's changelog.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 1

# Every table is hive-partitioned by one string column in the folder name
# only (never inside the files), so that every reader sees the same type.
PARTITION_COLUMN = "date"
# Declared partition types, for readers that would otherwise guess.
DUCKDB_HIVE_TYPES = {PARTITION_COLUMN: "DATE"}
# Columns written without Parquet min/max statistics (a file format detail, not part of the schema): whole
# article texts, whose min and max would copy two articles into every file's footer and prune no query.
NO_STATISTICS = frozenset({"text", "text_normalized", "removed"})

_ts = pa.timestamp("us", tz="UTC")

REMOVED_LINE = pa.struct([("line", pa.string()), ("rule", pa.string()), ("position", pa.int32())])

ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("url", pa.string(), nullable=False),
        pa.field("canonical_url", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("authors", pa.list_(pa.string())),
        pa.field("published_at", _ts),
        pa.field("language", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("text_normalized", pa.string(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("version", pa.int32(), nullable=False),
        pa.field("duplicate_of", pa.string()),
        pa.field("cluster_id", pa.string()),
        pa.field("story_id", pa.string()),
        pa.field("removed", pa.list_(REMOVED_LINE)),
        pa.field("ingested_at", _ts, nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("schema_version", pa.int16(), nullable=False),
    ]
)

FETCH_LOG = pa.schema(
    [
        pa.field("url", pa.string(), nullable=False),
        pa.field("source", pa.string()),
        pa.field("status", pa.int32()),
        pa.field("bytes", pa.int64()),
        pa.field("elapsed_ms", pa.float64()),
        pa.field("attempt", pa.int32()),
        pa.field("outcome", pa.string(), nullable=False),
        pa.field("error", pa.string()),
        pa.field("fetched_at", _ts, nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("schema_version", pa.int16(), nullable=False),
    ]
)

MENTIONS = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("key", pa.string(), nullable=False),
        pa.field("canonical", pa.string(), nullable=False),
        pa.field("surface", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("source", pa.string()),
        pa.field("published_at", _ts),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("schema_version", pa.int16(), nullable=False),
    ]
)

NAME_VARIANT = pa.struct([("surface", pa.string()), ("count", pa.int64())])

NAMES = pa.schema(
    [
        pa.field("key", pa.string(), nullable=False),
        pa.field("canonical", pa.string(), nullable=False),
        pa.field("origin", pa.string(), nullable=False),
        pa.field("variants", pa.list_(NAME_VARIANT)),
        pa.field("mentions", pa.int64(), nullable=False),
        pa.field("updated_at", _ts, nullable=False),
        pa.field("schema_version", pa.int16(), nullable=False),
    ]
)


class Table:
    """How one table is laid out: its schema, its partitioning and its row key."""

    def __init__(self, name: str, schema: pa.Schema, key: tuple[str, ...], partitioned: bool = True,
                 unique_key: bool = True, history: str | None = None):
        self.name = name
        self.schema = schema
        self.key = key
        self.partitioned = partitioned
        # unique_key=False: the key names a group of rows written together (all
        # mentions of one article version); a batch may hold many rows per key.
        self.unique_key = unique_key
        # history: the table that compaction moves superseded versions to.
        self.history = history


# key: the columns that identify a row; writing a row whose key is already in
# the table is a no-op, which is what makes re-runs and retries idempotent.
# fetch_log's key makes a retried write task (same run, same rows) add nothing.
# *_history hold the versions compaction found superseded (same schema, same
# key, same partitions); see docs/storage.md.
TABLES: dict[str, Table] = {
    "articles": Table("articles", ARTICLES, ("article_id", "content_hash"), history="articles_history"),
    "articles_history": Table("articles_history", ARTICLES, ("article_id", "content_hash")),
    "fetch_log": Table("fetch_log", FETCH_LOG, ("run_id", "url", "fetched_at")),
    "mentions": Table("mentions", MENTIONS, ("article_id", "content_hash"), unique_key=False,
                      history="mentions_history"),
    "mentions_history": Table("mentions_history", MENTIONS, ("article_id", "content_hash"), unique_key=False),
    "names": Table("names", NAMES, ("key",), partitioned=False),
}
