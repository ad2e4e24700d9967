"""Copies and stories: URL keys, exact duplicates, near-duplicate clusters, story clusters, the index."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsflow.dedup import (
    DedupIndex,
    DedupParams,
    article_id_for,
    canonicalize_url,
    content_hash,
    facts_conflict,
    lead_facts,
)
from newsflow.records import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"   # ../shared/seeds, beside the repo
LABELLED = ROOT / "benchmarks" / "data" / "dedup" / "articles.jsonl"
T0 = datetime(2021, 3, 2, 9, 0, tzinfo=timezone.utc)


def art(url: str, text: str, *, title: str = "", published: datetime | None = T0, fetched: datetime = T0,
        mentions: list[dict] | None = None) -> Article:
    canon = canonicalize_url(url)
    return Article(article_id=article_id_for(canon), url=url, canonical_url=canon, source=url.split("/")[2],
                   title=title, authors=[], published_at=published, language="en", text=text, removed=[],
                   fetched_at=fetched, text_normalized=text, content_hash=content_hash(text),
                   mentions=mentions or [])


# Fictional fixtures in the style of agency copy (invented port, people and outlets).
PORT_STRIKE = (
    "HALVERN — Dock workers at the port of Halvern walked out on Tuesday over pay, halting container traffic "
    "at the country's second-largest harbour, the Harbour Workers' Union said.\n"
    "Union leader Marta Oskarsen said about 2,400 members joined the strike, which is due to last 48 hours. "
    "The union is demanding a 9 percent raise to offset inflation.\n"
    "\"We have waited eleven months for a serious offer,\" Oskarsen told reporters outside the main gate.\n"
    "The port authority said 14 ships were waiting at anchor and that perishable cargo would be diverted to "
    "the smaller terminal at Brenna.\n"
    "Halvern handles about a third of the country's container imports."
)
PORT_STRIKE_COPY = (
    "HALVERN (Coastal Wire) — Dock workers at the port of Halvern walked out on Tuesday over pay, halting "
    "container traffic at the country's second-largest harbour, the Harbour Workers' Union said.\n"
    "Union leader Marta Oskarsen said about 2,400 members joined the strike, which is due to last 48 hours. "
    "The union is demanding a 9 per cent raise to offset inflation.\n"
    "\"We have waited eleven months for a serious offer,\" Oskarsen told reporters outside the main gate.\n"
    "The port authority said 14 ships were waiting at anchor and that perishable cargo would be diverted to "
    "the smaller terminal at Brenna.\n"
    "Correction: an earlier version misspelled the name of the Brenna terminal."
)
PORT_STRIKE_OWN_WORDS = (
    "Container traffic at Halvern stopped on Tuesday morning as roughly 2,400 dockers downed tools in a "
    "dispute over wages, leaving ships queuing outside the harbour.\n"
    "Marta Oskarsen, who leads the Harbour Workers' Union, said her members wanted a raise of 9 percent and "
    "would stay out for two days.\n"
    "Exporters warned that fruit and fish shipments could spoil if the Halvern stoppage dragged on, and the "
    "port authority began sending refrigerated cargo to Brenna."
)
PORT_STRIKE_UPDATE = (
    "HALVERN — Dock workers at the port of Halvern returned to work on Thursday after the Harbour Workers' "
    "Union accepted a 6 percent raise, ending a strike that had halted container traffic for two days.\n"
    "Union leader Marta Oskarsen said 81 percent of members voted for the deal.\n"
    "The port authority said 14 ships were waiting at anchor and that perishable cargo would be diverted to "
    "the smaller terminal at Brenna.\n"
    "Halvern handles about a third of the country's container imports."
)
LIBRARY = (
    "The city of Orlen opened its new central library on Saturday, a timber building on the river that "
    "replaces a 1960s block closed after a fire.\n"
    "Mayor Ilse Brandvik said the library would stay open until midnight on weekdays and host a children's "
    "reading room, a music studio and a repair cafe.\n"
    "The project cost 38 million crowns, a fifth of it raised by residents in a public appeal."
)


# ---------------------------------------------------------------- URLs


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.Example.com/news/a-story?utm_source=tw&utm_medium=social#comments",
         "https://example.com/news/a-story"),
        ("https://example.com/news/a-story?fbclid=IwAR0x&gclid=abc&id=42", "https://example.com/news/a-story?id=42"),
        ("http://EXAMPLE.com:80/news/a-story/", "https://example.com/news/a-story"),
        ("https://m.example.com/news/a-story", "https://example.com/news/a-story"),
        ("https://amp.example.com/news/a-story", "https://example.com/news/a-story"),
        ("https://example.com/news/a-story/amp", "https://example.com/news/a-story"),
        ("https://example.com/amp/news/a-story", "https://example.com/news/a-story"),
        ("https://example.com/news/a-story.amp.html", "https://example.com/news/a-story.html"),
        ("https://example.com/news/a-story?amp=1", "https://example.com/news/a-story"),
        ("https://example.com/news/a-story?outputType=amp", "https://example.com/news/a-story"),
        ("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/a-story",
         "https://example.com/news/a-story"),
        ("https://example.com/news?b=2&a=1", "https://example.com/news?a=1&b=2"),
    ],
)
def test_canonicalize_url(url, expected):
    assert canonicalize_url(url) == expected


def test_canonical_hint_preferred_on_the_same_site_only():
    fetched = "https://m.example.com/story-123?utm_campaign=x"
    assert canonicalize_url(fetched, "https://www.example.com/world/story-123") == "https://example.com/world/story-123"
    assert canonicalize_url(fetched, "/world/story-123") == "https://example.com/world/story-123"
    # a syndicated copy pointing at the agency, or a page pointing at the home page, keeps its own key
    assert canonicalize_url(fetched, "https://agency.example.org/original") == "https://example.com/story-123"
    assert canonicalize_url(fetched, "https://example.com/") == "https://example.com/story-123"
    assert canonicalize_url(fetched, "") == "https://example.com/story-123"


def test_file_uris_pass_through_and_ids_are_stable():
    uri = "file:///data/samples/Outlet One/000 story.txt"
    assert canonicalize_url(uri) == uri
    assert article_id_for(uri) == article_id_for(uri)
    assert len(article_id_for(uri)) == 32 and int(article_id_for(uri), 16) >= 0
    assert article_id_for("https://example.com/a") != article_id_for("https://example.com/b")


_segments = st.text(alphabet="abcdefghij-0123456789", min_size=1, max_size=8)


@settings(max_examples=150, deadline=None)
@given(
    host=st.sampled_from(["example.com", "www.example.com", "M.Example.COM", "news.example.co.uk"]),
    path=st.lists(_segments, min_size=0, max_size=4),
    params=st.lists(st.tuples(st.sampled_from(["id", "page", "utm_source", "fbclid", "q", "amp"]), _segments),
                    max_size=4),
    frag=st.one_of(st.just(""), _segments),
)
def test_canonicalize_url_is_idempotent_and_drops_trackers(host, path, params, frag):
    query = "&".join(f"{k}={v}" for k, v in params)
    url = f"https://{host}/{'/'.join(path)}" + (f"?{query}" if query else "") + (f"#{frag}" if frag else "")
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once
    assert "#" not in once and "utm_" not in once and "fbclid" not in once
    assert once.startswith("https://") and once == once.split("?")[0].lower() + once[len(once.split("?")[0]):]


def test_content_hash_ignores_whitespace_only():
    assert content_hash("A  story\n\nabout   ships ") == content_hash("A story about ships")
    assert content_hash("A story about ships") != content_hash("A story about ship")
    assert content_hash("Cafe\u0301") == content_hash("Caf\u00e9")   # NFC
    # which spelling of a name is canonical does not change the hash (the index may learn a better one)
    assert content_hash("Mevlut Cavusoglu said") == content_hash("Mevlüt Çavuşoğlu said")


# ---------------------------------------------------------------- exact duplicates


def test_exact_duplicates_point_to_the_earliest_and_none_is_dropped():
    first = art("https://one.example/a", PORT_STRIKE, published=T0)
    second = art("https://two.example/b", PORT_STRIKE + "\n", published=T0 + timedelta(hours=2))
    third = art("https://three.example/c", "  " + PORT_STRIKE, published=T0 + timedelta(hours=5))
    batch = [third, first, second]
    DedupIndex().assign(batch)
    assert len(batch) == 3
    assert first.duplicate_of is None
    assert second.duplicate_of == first.article_id and third.duplicate_of == first.article_id
    assert len({a.cluster_id for a in batch}) == 1 and len({a.story_id for a in batch}) == 1


def test_exact_duplicate_in_a_later_run_points_to_the_stored_original(tmp_path):
    path = tmp_path / "dedup.idx"
    first = art("https://one.example/a", PORT_STRIKE)
    idx = DedupIndex.load(path)
    idx.assign([first])
    idx.save(path)
    later = art("https://two.example/b", PORT_STRIKE, published=T0 + timedelta(days=3))
    DedupIndex.load(path).assign([later])
    assert later.duplicate_of == first.article_id
    assert (later.cluster_id, later.story_id) == (first.cluster_id, first.story_id)


# ---------------------------------------------------------------- near duplicates and stories


def fixture_batch() -> list[Article]:
    return [
        art("https://wire.example/strike", PORT_STRIKE, title="Halvern dockers strike over pay"),
        art("https://coast.example/copy", PORT_STRIKE_COPY, title="Port of Halvern at standstill",
            published=T0 + timedelta(hours=3)),
        art("https://daily.example/own", PORT_STRIKE_OWN_WORDS, title="Ships queue as Halvern dockers walk out",
            published=T0 + timedelta(hours=5)),
        art("https://wire.example/deal", PORT_STRIKE_UPDATE, title="Halvern dockers end strike after pay deal",
            published=T0 + timedelta(days=2, hours=1)),
        art("https://city.example/library", LIBRARY, title="Orlen opens riverside library",
            published=T0 + timedelta(hours=1)),
    ]


def test_copies_share_a_cluster_and_own_words_share_only_the_story():
    wire, copy, own, update, library = batch = fixture_batch()
    DedupIndex().assign(batch)
    assert all(a.cluster_id and a.story_id for a in batch)
    assert copy.cluster_id == wire.cluster_id and copy.duplicate_of is None
    assert len({wire.cluster_id, own.cluster_id, update.cluster_id, library.cluster_id}) == 4
    assert own.story_id == wire.story_id
    assert update.story_id != wire.story_id   # a later development, outside the story window
    assert library.story_id != wire.story_id


def test_update_reusing_background_is_not_a_copy_even_when_close_in_time():
    wire = art("https://wire.example/strike", PORT_STRIKE)
    update = art("https://wire.example/deal", PORT_STRIKE_UPDATE, published=T0 + timedelta(hours=20))
    DedupIndex().assign([wire, update])
    assert wire.cluster_id != update.cluster_id
    assert facts_conflict(lead_facts(PORT_STRIKE), lead_facts(PORT_STRIKE_UPDATE))
    assert not facts_conflict(lead_facts(PORT_STRIKE), lead_facts(PORT_STRIKE_COPY))


def test_result_does_not_depend_on_input_order():
    ids = []
    for seed in range(3):
        batch = fixture_batch()
        random.Random(seed).shuffle(batch)
        DedupIndex().assign(batch)
        ids.append(sorted((a.article_id, a.duplicate_of, a.cluster_id, a.story_id) for a in batch))
    assert ids[0] == ids[1] == ids[2]


def test_copy_in_a_later_run_joins_the_existing_cluster_and_story(tmp_path):
    path = tmp_path / "state" / "dedup.idx"
    wire, own = art("https://wire.example/strike", PORT_STRIKE), art("https://daily.example/own", PORT_STRIKE_OWN_WORDS)
    idx = DedupIndex.load(path)
    assert len(idx) == 0
    idx.assign([wire, own])
    idx.save(path)
    assert [p.name for p in path.parent.iterdir()] == ["dedup.idx"]   # no temporary file left behind

    copy = art("https://coast.example/copy", PORT_STRIKE_COPY, published=T0 + timedelta(days=1))
    idx2 = DedupIndex.load(path)
    idx2.assign([copy])
    idx2.save(path)
    assert copy.cluster_id == wire.cluster_id and copy.story_id == wire.story_id

    # re-ingesting an article already in the index keeps its ids, whatever else is in the batch
    again = art("https://wire.example/strike", PORT_STRIKE)
    library = art("https://city.example/library", LIBRARY)
    idx3 = DedupIndex.load(path)
    idx3.assign([library, again])
    assert (again.duplicate_of, again.cluster_id, again.story_id) == (None, wire.cluster_id, wire.story_id)
    assert len(idx3) == 4


def test_new_version_of_an_article_stays_in_its_cluster():
    first = art("https://wire.example/strike", PORT_STRIKE)
    edited = art("https://wire.example/strike", PORT_STRIKE + "\nThe strike is the first at Halvern since 2009.",
                 published=T0 + timedelta(hours=4))
    idx = DedupIndex()
    idx.assign([first])
    idx.assign([edited])
    assert edited.article_id == first.article_id and edited.content_hash != first.content_hash
    assert edited.cluster_id == first.cluster_id and edited.duplicate_of is None


def test_rolling_window_forgets_old_entries():
    idx = DedupIndex(window_days=30)
    old = art("https://wire.example/strike", PORT_STRIKE)
    idx.assign([old])
    late_copy = art("https://coast.example/copy", PORT_STRIKE_COPY, published=T0 + timedelta(days=45))
    idx.assign([late_copy])
    assert late_copy.cluster_id != old.cluster_id
    assert len(idx) == 1


def test_unknown_dates_do_not_block_a_copy():
    wire = art("https://wire.example/strike", PORT_STRIKE)
    undated = art("file:///data/samples/coast/copy.txt", PORT_STRIKE_COPY, published=None,
                  fetched=T0 + timedelta(days=9))
    DedupIndex().assign([wire, undated])
    assert undated.cluster_id == wire.cluster_id and undated.story_id == wire.story_id


def test_mentions_are_used_as_names():
    mentions = [{"key": "marta oskarsen", "canonical": "Marta Oskarsen", "surface": "Oskarsen", "start": 0, "end": 8}]
    a = art("https://wire.example/strike", PORT_STRIKE, mentions=mentions)
    b = art("https://daily.example/own", PORT_STRIKE_OWN_WORDS, mentions=mentions)
    DedupIndex().assign([a, b])
    assert a.story_id == b.story_id


def test_empty_and_tiny_texts_get_ids():
    a, b = art("https://one.example/a", ""), art("https://two.example/b", "Short note.")
    c = art("https://three.example/c", "Short note.")
    DedupIndex().assign([a, b, c])
    assert all(x.cluster_id and x.story_id for x in (a, b, c))
    assert c.duplicate_of == b.article_id or b.duplicate_of == c.article_id


def test_index_from_other_parameters_is_not_reused(tmp_path):
    path = tmp_path / "dedup.idx"
    idx = DedupIndex()
    idx.assign([art("https://wire.example/strike", PORT_STRIKE)])
    idx.save(path)
    assert len(DedupIndex.load(path)) == 1
    assert len(DedupIndex.load(path, params=replace(DedupParams(), shingle=5))) == 0


def test_domain_code_does_not_import_prefect():
    code = "import sys, newsflow.dedup; assert not any(m.split('.')[0] == 'prefect' for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# ---------------------------------------------------------------- real seeds and the labelled set


def _read_seeds() -> list[Article]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        uri = path.resolve().as_uri()
        out.append(art(uri, body, title=title.strip(), published=None, fetched=datetime(2026, 1, 5, tzinfo=timezone.utc)))
    return out


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds are third-party text kept beside the repo in ../shared/seeds, absent here")
def test_seeds_copies_and_stories():
    seeds = _read_seeds()
    assert len(seeds) == 5
    DedupIndex().assign(seeds)
    c = [a.cluster_id for a in seeds]
    s = [a.story_id for a in seeds]
    assert c[0] == c[1] and len(set(c)) == 4            # 000+001 are one AA story; no other pair
    assert s[2] == s[3] == s[4]                         # Russian delegation expected in Ankara
    assert s[0] == s[1] and s[0] != s[2]                # Turkish delegation to visit Russia: another story
    assert all(a.duplicate_of is None for a in seeds)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds are third-party text kept beside the repo in ../shared/seeds, absent here")
def test_seeds_copy_reingested_in_a_later_run_joins_the_cluster(tmp_path):
    seeds = _read_seeds()
    idx = DedupIndex()
    idx.assign([seeds[0], seeds[2], seeds[3], seeds[4]])
    idx.save(tmp_path / "i")
    later = seeds[1]
    later.fetched_at += timedelta(days=2)
    DedupIndex.load(tmp_path / "i").assign([later])
    assert later.cluster_id == seeds[0].cluster_id and later.story_id == seeds[0].story_id


@pytest.mark.skipif(not LABELLED.exists(), reason="labelled dedup set not present")
def test_labelled_set_quality():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import dedup as bench
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rows = bench.load_rows(LABELLED)
    assert len(rows) >= 120
    for mode in ("batch", "daily"):
        res = bench.evaluate(rows, DedupParams(), mode)
        assert res["cluster"]["f1"] >= 0.95, (mode, res["cluster"])
        assert res["story"]["ari"] >= 0.85, (mode, res["story"])


def test_documented_stories_per_day_query(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsflow import schema

    doc = (ROOT / "docs" / "dedup.md").read_text(encoding="utf-8")
    sql = doc.split("<!-- stories-per-day:begin -->")[1].split("<!-- stories-per-day:end -->")[0]
    sql = sql.split("```sql")[1].split("```")[0]
    batch = fixture_batch()   # strike story (3 articles, 2 texts) on day 1, library on day 1, update on day 3
    DedupIndex().assign(batch)
    by_day: dict[str, list[dict]] = {}
    for a in batch:
        row = {f.name: None for f in schema.ARTICLES}
        row.update(article_id=a.article_id, url=a.url, canonical_url=a.canonical_url, source=a.source,
                   title=a.title, authors=[], published_at=a.published_at, text=a.text,
                   text_normalized=a.text_normalized, content_hash=a.content_hash, version=1,
                   duplicate_of=a.duplicate_of, cluster_id=a.cluster_id, story_id=a.story_id, removed=[],
                   ingested_at=T0, run_id="r1", schema_version=schema.SCHEMA_VERSION)
        by_day.setdefault(a.published_at.date().isoformat(), []).append(row)
    for day, rows in by_day.items():
        folder = tmp_path / "articles" / f"date={day}"
        folder.mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=schema.ARTICLES), folder / "part-0.parquet")
    sql = sql.replace("data/parquet/articles/*/*.parquet", f"{tmp_path}/articles/*/*.parquet")
    got = duckdb.sql(sql).fetchall()
    assert [(str(d), s, a, t) for d, s, a, t in got] == [("2021-03-02", 2, 4, 3), ("2021-03-04", 1, 1, 1)]


def test_rewritten_version_founds_its_own_cluster():
    first = art("https://wire.example/strike", PORT_STRIKE)
    rewritten = art("https://wire.example/strike", LIBRARY, published=T0 + timedelta(hours=6))
    idx = DedupIndex()
    idx.assign([first])
    idx.assign([rewritten])
    assert rewritten.article_id == first.article_id
    assert rewritten.cluster_id != first.cluster_id and rewritten.story_id != first.story_id


def test_undated_reports_naming_different_weekdays_never_share_a_story():
    monday = PORT_STRIKE_OWN_WORDS.replace("on Tuesday morning", "on Monday morning")
    a = art("https://wire.example/strike", PORT_STRIKE, published=None)
    b = art("https://daily.example/own", monday, published=None)
    DedupIndex().assign([a, b])
    assert a.story_id != b.story_id
    # the same pair naming the same weekday is one story
    c = art("https://wire.example/strike", PORT_STRIKE, published=None)
    d = art("https://daily.example/own", PORT_STRIKE_OWN_WORDS, published=None)
    DedupIndex().assign([c, d])
    assert c.story_id == d.story_id


def test_event_day_looks_past_a_standfirst():
    from newsflow.dedup import event_days

    text = ("Kicker\nThe minister said talks would go on despite the attack on the convoy near the border\n"
            "A delegation is expected to arrive in the capital on Saturday, the foreign minister said on Friday.")
    assert event_days(text) == {"e4", "e5"}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=20)))
def test_canonicalize_url_never_raises(junk, hint):
    for url in ("https://" + junk, "http://example.com/" + junk, junk):
        assert isinstance(canonicalize_url(url, hint), str)
    assert canonicalize_url("https://[::1]:8080/a?utm_source=x") == "https://[::1]:8080/a"


def test_minhash_is_datasketch_minhash_bit_for_bit():
    """The in-house MinHash must stay datasketch 2.0's (stored indexes and thresholds depend on it)."""
    import zlib

    import datasketch
    import numpy as np
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsflow import dedup

    hasher = dedup._MinHasher(128, 1)

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.binary(min_size=1, max_size=40), min_size=1, max_size=30))
    def check(items):
        ref = datasketch.MinHash(num_perm=128, seed=1, hashfunc=zlib.crc32)
        for item in items:
            ref.update(item)
        assert np.array_equal(ref.hashvalues.astype(np.uint64), hasher.signature(items).astype(np.uint64))

    check()


def _reference_text_features(title, text, p):
    """text_features as first written (plain loops), the standard the fast paths must meet."""
    import re
    import zlib

    import numpy as np

    from newsflow import dedup

    def toks_of(s):
        return [t.replace(",", ".") for t in re.findall(r"[a-z0-9]+(?:[.,][0-9]+)*", dedup.fold(s))]

    def long_paras(s, n):
        return [q for q in s.split("\n") if len(q.split()) >= 12][:n] or [s]

    toks = toks_of(text)
    if not toks:
        sh = set()
    elif len(toks) < p.shingle:
        sh = {" ".join(toks).encode()}
    else:
        sh = {" ".join(toks[i : i + p.shingle]).encode() for i in range(len(toks) - p.shingle + 1)}
    facts = set()
    for t in toks_of(long_paras(text, 1)[0]):
        if t in dedup.WEEKDAYS:
            facts.add(f"d{dedup.WEEKDAYS[t]}")
        elif t in dedup.NUMBER_WORDS:
            facts.add(f"n{dedup.NUMBER_WORDS[t]}")
        elif t[0].isdigit():
            facts.add(f"n{t}")
    facts |= {f"e{dedup.WEEKDAYS[t]}" for t in toks_of("\n".join(long_paras(text, 2))) if t in dedup.WEEKDAYS}
    tf: dict[str, float] = {}
    title_toks = toks_of(title or "")
    for weight, part in ((p.title_weight, title_toks), (1, toks)):
        words = [t for t in part if t not in dedup.stop_words() and len(t) > 1]
        for w in words:
            tf[w] = tf.get(w, 0.0) + weight
        for a, b in zip(words, words[1:]):
            tf[f"{a} {b}"] = tf.get(f"{a} {b}", 0.0) + weight
    terms: dict[int, float] = {}
    for term, c in sorted(tf.items(), key=lambda kv: -kv[1])[: p.max_terms]:
        h = zlib.crc32(term.encode())
        terms[h] = terms.get(h, 0.0) + c
    figures = frozenset(zlib.crc32(("#" + t).encode()) for t in title_toks + toks if t[0].isdigit() and len(t) >= 2)
    return (toks, sh, sorted(zlib.crc32(f.encode()) for f in facts),
            np.fromiter(terms.keys(), dtype=np.uint32), np.fromiter(terms.values(), dtype=np.float32), figures)


def test_text_features_fast_paths_equal_the_plain_loops():
    """tokens by str.split, shingles from one encoded string, lead facts by set operations, terms
    counted in C with bigram pairs, the blocked MinHash: the same values as the plain loops, on text
    built to hit their edges (decimal points and commas, a decimal running into a letter, non-ASCII
    runs, short and long paragraphs, weekdays, number words, repeated words)."""
    import numpy as np
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsflow import dedup

    words = st.sampled_from([
        "Monday", "freitag", "Çarşamba", "three", "zwölf", "one", "5,8", "5.8", "1.2.3", "5.5a", "a.5", "x.",
        ".5", "..", ",", "Çavuşoğlu", "Лавров", "İstanbul", "ß", "ﬁ", "said", "the", "a", "7", "42", "3,9bn",
        "\u0301", "e\u0301", "—", "’s", "\n", "\n\n", " ", "\t", "U.S.", "12:30", "A321neo", "😀",
    ])
    paragraph = st.lists(st.one_of(words, st.text(max_size=6)), max_size=18).map(" ".join)
    text_st = st.one_of(st.lists(words, max_size=80).map(" ".join), st.text(max_size=300),
                        st.lists(st.one_of(words, st.text(max_size=8)), max_size=60).map("".join),
                        st.lists(paragraph, max_size=14).map("\n".join))
    params = [dedup.DedupParams(), dedup.DedupParams(shingle=2, title_weight=1, max_terms=5, num_perm=16, seed=3)]

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.none(), text_st), text_st, st.sampled_from(params))
    def check(title, text, p):
        toks, sh, facts, terms_idx, terms_val, figures = _reference_text_features(title, text, p)
        assert dedup.tokens(text) == toks
        assert dedup.shingles(toks, p.shingle) == sh
        feats, all_toks = dedup._text_features(title, text, p, dedup._minhasher(p.num_perm, p.seed))
        assert all_toks == dedup.tokens(title or "") + toks
        assert feats.nsh == len(sh) and feats.facts == facts and feats.figures == figures
        assert feats.terms_idx.dtype == terms_idx.dtype and np.array_equal(feats.terms_idx, terms_idx)
        assert feats.terms_val.dtype == terms_val.dtype and np.array_equal(feats.terms_val, terms_val)
        hasher = dedup._minhasher(p.num_perm, p.seed)
        hv = np.array([dedup._shingle_hash(s) for s in sh], dtype=np.uint64)
        ref = (np.full(p.num_perm, 0xFFFFFFFF, dtype=np.uint64) if not len(hv) else
               ((_fmix32(hv)[:, None] * hasher.a.astype(np.uint64) + hasher.b.astype(np.uint64)) % (1 << 32)).min(axis=0))
        assert feats.sig.dtype == np.uint32 and np.array_equal(feats.sig.astype(np.uint64), ref)

    check()


def _fmix32(h):
    """MurmurHash3's 32-bit finalizer in uint64 arithmetic (no wrap-around to rely on)."""
    m = (1 << 32) - 1
    h = h ^ (h >> 16)
    h = (h * 0x85EBCA6B) & m
    h = h ^ (h >> 13)
    h = (h * 0xC2B2AE35) & m
    return h ^ (h >> 16)


def test_minhash_blocks_equal_one_block(monkeypatch):
    """Signatures of more shingles than one buffer block: the running minimum over blocks."""
    import numpy as np

    from newsflow import dedup

    items = [f"shingle {i}".encode() for i in range(5000)]
    whole = dedup._minhasher(128, 1).signature(items)
    monkeypatch.setattr(dedup, "SIG_BLOCK_ROWS", 7)
    monkeypatch.setattr(dedup._SIG_BUFFERS, "buf", None, raising=False)
    assert np.array_equal(dedup._MinHasher(128, 1).signature(items), whole)
    assert np.array_equal(dedup._MinHasher(128, 1).signature(items[:3]), dedup._minhasher(128, 1).signature(items[:3]))


def test_text_features_leads_far_down_the_text():
    """Leads found past the first paragraphs (and the whole text when none is long): the facts are
    those of the paragraphs lead_paragraphs picks, as in the plain loops."""
    from newsflow import dedup

    long_a = "The port authority said the strike by dock workers would continue for a third day"
    long_b = "Officials said on Friday that talks with the union would resume at 10 am next week"
    p = dedup.DedupParams()
    hasher = dedup._minhasher(p.num_perm, p.seed)
    texts = [
        "\n".join([long_a] + ["Short line %d" % i for i in range(12)] + [long_b, "Tail on Monday."]),
        "\n".join(["Byline %d" % i for i in range(3)] + [long_a, long_b] + ["x"] * 10),
        "\n".join(["Kicker %d on Sunday" % i for i in range(10)] + [long_b]),
        "\n".join(["Kicker %d on Sunday, 5,8" % i for i in range(5)]),
        long_b, "", "\n\n" + long_a + "\n\n" + long_b + "\n",
    ]
    for text in texts:
        feats, _ = dedup._text_features("T", text, p, hasher)
        assert feats.facts == _reference_text_features("T", text, p)[2]
    feats, _ = dedup._text_features("T", texts[0], p, hasher)
    assert dedup._h32("e4") in feats.facts
