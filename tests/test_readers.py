"""What analysts run: every reader sees the same rows, and the README's DuckDB and Polars queries are right.

The queries below are the README examples, verbatim apart from OUT (the
dataset folder) and the person's name: change them here and there together.
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from newsflow import compact, schema, store

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("newsflow_crash_workload", ROOT / "benchmarks" / "crash.py")
crash = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(crash)

# ---------------------------------------------------------------- the README's queries

DUCKDB_SETUP = """
CREATE VIEW articles AS SELECT * FROM read_parquet('OUT/articles/**/*.parquet',
    hive_partitioning = true, hive_types = {'date': 'DATE'}, union_by_name = true);
CREATE VIEW mentions AS SELECT * FROM read_parquet('OUT/mentions/**/*.parquet',
    hive_partitioning = true, hive_types = {'date': 'DATE'}, union_by_name = true);
CREATE VIEW names AS SELECT * FROM read_parquet('OUT/names/*.parquet');
-- the current version of each article (older versions stay until `newsflow compact` moves them to articles_history)
CREATE VIEW articles_current AS SELECT * FROM articles
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1;
CREATE VIEW mentions_current AS SELECT m.* FROM mentions m
    SEMI JOIN articles_current a USING (article_id, content_hash);
"""

DUCKDB_ARTICLES_PER_SOURCE_PER_DAY = """
SELECT date AS day, source, count(*) AS articles
FROM articles_current
GROUP BY day, source
ORDER BY day, source
"""

DUCKDB_MENTIONS_PER_OUTLET_PER_WEEK = """
SELECT date_trunc('week', m.date) AS week, m.source AS outlet, count(*) AS mentions
FROM mentions_current m
LEFT JOIN names n USING (key)            -- today's canonical spelling of the mention's key
WHERE coalesce(n.canonical, m.canonical) = 'Recep Tayyip Erdoğan'
GROUP BY week, outlet
ORDER BY week, outlet
"""

DUCKDB_STORIES_PER_DAY = """
SELECT date AS day, count(DISTINCT coalesce(story_id, article_id)) AS stories, count(*) AS articles
FROM articles_current
GROUP BY day
ORDER BY day
"""


def polars_queries(out: str) -> dict[str, pl.DataFrame]:
    """The README's Polars version of the same three questions."""
    hive = dict(hive_partitioning=True, hive_schema={"date": pl.Date})
    articles = pl.scan_parquet(f"{out}/articles/**/*.parquet", **hive)
    mentions = pl.scan_parquet(f"{out}/mentions/**/*.parquet", **hive)
    names = pl.scan_parquet(f"{out}/names/*.parquet").select("key", pl.col("canonical").alias("canonical_now"))

    current = articles.filter(pl.col("version") == pl.col("version").max().over("article_id"))
    mentions_current = mentions.join(current.select("article_id", "content_hash"),
                                     on=["article_id", "content_hash"], how="semi")

    per_source_day = (current.group_by(pl.col("date").alias("day"), "source")
                      .agg(pl.len().alias("articles")).sort("day", "source"))
    per_outlet_week = (mentions_current.join(names, on="key", how="left")
                       .filter(pl.coalesce("canonical_now", "canonical") == "Recep Tayyip Erdoğan")
                       .group_by(pl.col("date").dt.truncate("1w").alias("week"), pl.col("source").alias("outlet"))
                       .agg(pl.len().alias("mentions")).sort("week", "outlet"))
    stories_per_day = (current.group_by(pl.col("date").alias("day"))
                       .agg(pl.coalesce("story_id", "article_id").n_unique().alias("stories"),
                            pl.len().alias("articles"))
                       .sort("day"))
    return {"per_source_day": per_source_day.collect(), "per_outlet_week": per_outlet_week.collect(),
            "stories_per_day": stories_per_day.collect()}


def duckdb_queries(out: str) -> dict[str, list[tuple]]:
    con = duckdb.connect()
    for stmt in DUCKDB_SETUP.replace("OUT", out).split(";"):
        if stmt.strip():
            con.execute(stmt)
    return {"per_source_day": con.execute(DUCKDB_ARTICLES_PER_SOURCE_PER_DAY).fetchall(),
            "per_outlet_week": con.execute(DUCKDB_MENTIONS_PER_OUTLET_PER_WEEK).fetchall(),
            "stories_per_day": con.execute(DUCKDB_STORIES_PER_DAY).fetchall()}


# ---------------------------------------------------------------- a small known dataset

NOW = datetime(2024, 3, 20, 6, tzinfo=UTC)
ERDOGAN = "Recep Tayyip Erdoğan"


def _article(aid, source, day, story, version=1, text=None):
    text = text or f"{aid} v{version}: {ERDOGAN} met reporters."
    published = datetime(2024, 3, day, 10, tzinfo=UTC) if day else None
    return crash.article_row(aid, text, version, published, NOW, "r1", source, story_id=story)


def _mentions(row, surfaces):
    return [{"article_id": row["article_id"], "content_hash": row["content_hash"], "key": "recep tayyip erdogan",
             "canonical": "Recep Tayyip Erdogan", "surface": s, "start": i * 10, "end": i * 10 + len(s),
             "source": row["source"], "published_at": row["published_at"], "run_id": "r1",
             "schema_version": schema.SCHEMA_VERSION} for i, s in enumerate(surfaces)]


def build(out: Path) -> None:
    # 2024-03-04 is a Monday: days 4-10 are one week, 11-17 the next
    rows = [
        _article("a1", "north.example", 4, "s1"),
        _article("a2", "north.example", 4, "s1"),
        _article("a3", "south.example", 4, "s2"),
        _article("a4", "south.example", 5, None),
        _article("a5", "north.example", 12, "s3"),
        _article("a6", "east.example", None, "s4"),       # no publication date: ingest day 2024-03-20
    ]
    updated = _article("a1", "north.example", 4, "s1", version=2, text="a1 v2: corrected")
    mentions = (_mentions(rows[0], ["Erdogan", "Erdoğan"]) + _mentions(rows[2], ["Erdogan"])
                + _mentions(rows[4], ["ERDOĞAN", "Erdogan", "Erdoğan"]) + _mentions(updated, ["Erdoğan"]))
    part = lambda r: crash.partition_for(r["published_at"], r["ingested_at"])  # noqa: E731
    store.append(out, "mentions", mentions, [part(m | {"ingested_at": NOW}) for m in mentions])
    store.append(out, "articles", rows, [part(r) for r in rows])
    store.append(out, "articles", [updated], [part(updated)])
    store.replace_snapshot(out, "names", [{"key": "recep tayyip erdogan", "canonical": ERDOGAN, "origin": "observed",
                                           "variants": [], "mentions": 7, "updated_at": NOW, "schema_version": 1}])


EXPECTED = {
    "per_source_day": [(date(2024, 3, 4), "north.example", 2), (date(2024, 3, 4), "south.example", 1),
                       (date(2024, 3, 5), "south.example", 1), (date(2024, 3, 12), "north.example", 1),
                       (date(2024, 3, 20), "east.example", 1)],
    # a1's first version (2 mentions) is superseded; its current version has 1
    "per_outlet_week": [(date(2024, 3, 4), "north.example", 1), (date(2024, 3, 4), "south.example", 1),
                        (date(2024, 3, 11), "north.example", 3)],
    "stories_per_day": [(date(2024, 3, 4), 2, 3), (date(2024, 3, 5), 1, 1), (date(2024, 3, 12), 1, 1),
                        (date(2024, 3, 20), 1, 1)],
}


@pytest.fixture(params=["before_compaction", "after_compaction"])
def dataset_dir(request, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_FSYNC", "0")
    build(tmp_path)
    if request.param == "after_compaction":
        compact.compact(tmp_path)
        assert store.read_table(tmp_path, "articles_history").num_rows == 1
    return tmp_path


def _normalise(rows):
    return [tuple(v.date() if isinstance(v, datetime) else v for v in r) for r in rows]


def test_duckdb_queries(dataset_dir):
    got = duckdb_queries(str(dataset_dir))
    assert {k: _normalise(v) for k, v in got.items()} == EXPECTED


def test_polars_queries(dataset_dir):
    got = polars_queries(str(dataset_dir))
    assert {k: _normalise(v.rows()) for k, v in got.items()} == EXPECTED


def test_store_helpers_give_the_same_answers(dataset_dir):
    con = store.duckdb_connect(dataset_dir)
    assert _normalise(con.execute(DUCKDB_ARTICLES_PER_SOURCE_PER_DAY).fetchall()) == EXPECTED["per_source_day"]
    assert _normalise(con.execute(DUCKDB_STORIES_PER_DAY).fetchall()) == EXPECTED["stories_per_day"]
    current = store.polars_current(dataset_dir).collect()
    assert current.height == 6 and current.filter(pl.col("article_id") == "a1")["version"].to_list() == [2]
    assert store.read_current(dataset_dir).num_rows == 6
    assert store.read_current(dataset_dir, "mentions").num_rows == 1 + 1 + 3


def test_every_reader_sees_the_same_article_rows(dataset_dir):
    """pandas, pyarrow.dataset, DuckDB read_parquet(hive_partitioning=true) and Polars: same rows, same dates."""
    folder = dataset_dir / "articles"
    cols = ["article_id", "content_hash", "version", "source", "date"]
    part = ds.partitioning(pa.schema([("date", pa.date32())]), flavor="hive")

    def norm(rows):
        return sorted((a, h, int(v), s, str(d)[:10]) for a, h, v, s, d in rows)

    by_pandas = pd.read_parquet(folder, partitioning=part)[cols]
    by_pyarrow = ds.dataset(folder, format="parquet", partitioning=part).to_table(columns=cols)
    by_duckdb = duckdb.connect().execute(
        f"SELECT {', '.join(cols)} FROM read_parquet('{folder}/**/*.parquet', hive_partitioning=true, "
        "hive_types={'date': 'DATE'})").fetchall()
    by_polars = pl.scan_parquet(f"{folder}/**/*.parquet", hive_partitioning=True,
                                hive_schema={"date": pl.Date}).select(cols).collect()
    rows = norm(by_duckdb)
    assert rows == norm(by_pandas.itertuples(index=False))
    assert rows == norm(zip(*(by_pyarrow.column(c).to_pylist() for c in cols)))
    assert rows == norm(by_polars.rows())
    assert len(rows) == store.read_table(dataset_dir, "articles", include_history=False).num_rows
    assert by_polars.schema["date"] == pl.Date and by_pyarrow.schema.field("date").type == pa.date32()
