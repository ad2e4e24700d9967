"""Measure newsflow.dedup on the labelled set: quality of both levels, speed, index memory.

    .venv/bin/python benchmarks/dedup.py                 # quality + speed + memory (about 2-3 minutes)
    .venv/bin/python benchmarks/dedup.py --quick         # quality only
    .venv/bin/python benchmarks/dedup.py --sweep         # near-duplicate thresholds and story thresholds

Quality is measured on benchmarks/data/dedup/articles.jsonl (see its README):
pairwise precision / recall / F1 over article pairs, and the adjusted Rand
index, for near-duplicate clusters (`cluster` labels) and stories (`story`
labels). Two ways of feeding the pipeline are measured: everything in one
assign() call, and one run per calendar day through a saved and reloaded
index (what incremental ingestion does). The labelled set has no mentions from
the names stage, so names come from dedup's own fallback (capitalised words).

Speed: the labelled texts are expanded to 10,000 articles (each original gets
fresh words swapped in so it is a new text, copies keep their relation) and
assigned in batches of 1,000 through one growing index.

Memory: an index of N synthetic entries is built, its numpy arrays are
counted and the peak traced allocation is measured; the figure for 1M
entries is extrapolated linearly from N (every array is per entry).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsflow.dedup import DedupIndex, DedupParams, article_id_for, canonicalize_url, content_hash  # noqa: E402
from newsflow.records import Article  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "dedup" / "articles.jsonl"
FETCHED = datetime(2021, 6, 1, tzinfo=timezone.utc)


def load_rows(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def to_article(row: dict) -> Article:
    url = canonicalize_url(row["url"])
    text = row["text"].replace("\n\n", "\n")
    return Article(
        article_id=article_id_for(url), url=row["url"], canonical_url=url, source=row["source"],
        title=row.get("title"), authors=[], published_at=datetime.fromisoformat(row["published_at"]),
        language=row.get("language"), text=text, removed=[], fetched_at=FETCHED,
        text_normalized=text, content_hash=content_hash(text),
    )


def pairwise(truth: list[str], pred: list[str]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(truth)), 2):
        t, p = truth[i] == truth[j], pred[i] == pred[j]
        tp += t and p
        fp += p and not t
        fn += t and not p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def evaluate(rows: list[dict], params: DedupParams, mode: str = "batch") -> dict:
    arts = [to_article(r) for r in rows]
    if mode == "batch":
        idx = DedupIndex(params=params)
        idx.assign(list(reversed(arts)))   # order must not matter
    else:   # one run per day through a saved index
        by_day: dict[str, list[Article]] = defaultdict(list)
        for a in arts:
            by_day[a.published_at.astimezone(timezone.utc).date().isoformat()].append(a)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "dedup.idx"
            for day in sorted(by_day):
                idx = DedupIndex.load(path, params=params)
                idx.assign(by_day[day])
                idx.save(path)
    out = {}
    for level, attr in (("cluster", "cluster_id"), ("story", "story_id")):
        truth = [r[level] for r in rows]
        pred = [getattr(a, attr) for a in arts]
        p, r, f = pairwise(truth, pred)
        out[level] = {"precision": p, "recall": r, "f1": f, "ari": adjusted_rand_score(truth, pred),
                      "predicted": len(set(pred)), "labelled": len(set(truth))}
    out["_pred"] = [(a.cluster_id, a.story_id) for a in arts]
    return out


def report_quality(rows: list[dict], params: DedupParams) -> None:
    print(f"labelled set: {len(rows)} articles, {len({r['cluster'] for r in rows})} clusters, "
          f"{len({r['story'] for r in rows})} stories ({DATA.relative_to(ROOT)})")
    print(f"{'mode':<10} {'level':<8} {'precision':>9} {'recall':>7} {'F1':>6} {'ARI':>6} {'pred/lab':>9}")
    for mode in ("batch", "daily"):
        res = evaluate(rows, params, mode)
        for level in ("cluster", "story"):
            m = res[level]
            print(f"{mode:<10} {level:<8} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f1']:>6.3f} "
                  f"{m['ari']:>6.3f} {m['predicted']:>4}/{m['labelled']:<4}")


def errors(rows: list[dict], params: DedupParams) -> None:
    res = evaluate(rows, params)
    pred = res["_pred"]
    for level, k in (("cluster", 0), ("story", 1)):
        for i, j in itertools.combinations(range(len(rows)), 2):
            t = rows[i][level] == rows[j][level]
            p = pred[i][k] == pred[j][k]
            if t != p:
                print(f"{level} {'FN' if t else 'FP'} {rows[i]['id']} {rows[j]['id']} "
                      f"{rows[i]['story']} | {rows[j]['story']}")


def sweep(rows: list[dict]) -> None:
    base = DedupParams()
    print("near-duplicate level: copy_jaccard x grey_jaccard (F1 batch, F1 daily, seed check)")
    for cj in (0.2, 0.25, 0.3, 0.4, 0.5):
        line = []
        for gj in (0.12, 0.16, 0.2, None):
            params = replace(base, copy_jaccard=cj, grey_jaccard=cj if gj is None else min(gj, cj))
            a = evaluate(rows, params)["cluster"]["f1"]
            d = evaluate(rows, params, "daily")["cluster"]["f1"]
            s = seed_check(params)
            label = "no grey" if gj is None else f"grey {gj:.2f}"
            line.append(f"{label}: {a:.3f} {d:.3f} {'ok' if s is True else 'FAIL' if s is False else '-'}")
        print(f"  copy {cj:.2f}  " + "  ".join(line))
    print("grey-zone containment (F1 batch, seed check)")
    print("  " + "  ".join(
        f"{gc:.2f}: {evaluate(rows, replace(base, grey_containment=gc))['cluster']['f1']:.3f} "
        f"{'ok' if seed_check(replace(base, grey_containment=gc)) else 'FAIL'}" for gc in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)))
    print("ablation of the grey-zone checks (cluster F1 batch / FP pairs, seed check)")
    for label, params in (
        ("all checks", base),
        ("no lead-facts check", replace(base, grey_facts=False)),
        ("no grey_days check", replace(base, grey_days=1e9)),
        ("neither", replace(base, grey_facts=False, grey_days=1e9)),
        ("containment 0.30, all checks", replace(base, grey_containment=0.3)),
        ("containment 0.30, neither", replace(base, grey_facts=False, grey_days=1e9, grey_containment=0.3)),
    ):
        res = evaluate(rows, params)
        fp = sum(1 for i, j in itertools.combinations(range(len(rows)), 2)
                 if res["_pred"][i][0] == res["_pred"][j][0] and rows[i]["cluster"] != rows[j]["cluster"])
        print(f"  {label:<28} F1 {res['cluster']['f1']:.3f}  FP pairs {fp:>3}  seeds {'ok' if seed_check(params) else 'FAIL'}")
    print("story level: story_threshold x names_weight (ARI batch, ARI daily, seed check)")
    for th in (0.08, 0.1, 0.12, 0.15, 0.2, 0.25):
        line = []
        for nw in (0.0, 0.3, 0.5, 0.6, 0.7):
            params = replace(base, story_threshold=th, names_weight=nw)
            a = evaluate(rows, params)["story"]["ari"]
            d = evaluate(rows, params, "daily")["story"]["ari"]
            s = seed_check(params)
            line.append(f"w {nw:.1f}: {a:.3f} {d:.3f} {'ok' if s is True else 'FAIL' if s is False else '-'}")
        print(f"  threshold {th:.2f}  " + "  ".join(line))


SEEDS = Path("/work/shared/seeds")


def seed_articles() -> list[Article]:
    """The five real seed articles (first line title, rest body), undated like local .txt files."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        uri = path.resolve().as_uri()
        out.append(Article(article_id=article_id_for(uri), url=uri, canonical_url=uri, source="seeds",
                           title=title.strip(), authors=[], published_at=None, language="en", text=body,
                           removed=[], fetched_at=FETCHED, text_normalized=body, content_hash=content_hash(body)))
    return out


def seed_check(params: DedupParams | None = None) -> bool | None:
    """000+001 one cluster and no other pair; 002-004 one story; 000+001 another story. None without seeds."""
    arts = seed_articles()
    if len(arts) != 5:
        return None
    DedupIndex(params=params).assign(arts)
    c = [a.cluster_id for a in arts]
    s = [a.story_id for a in arts]
    clusters_ok = c[0] == c[1] and len(set(c)) == 4
    return clusters_ok and s[0] == s[1] and s[2] == s[3] == s[4] and s[0] != s[2]


def pipeline_seed_check() -> str:
    """The seeds through the real stages (local read, extract, clean, names) before assign."""
    try:
        from newsflow.pipeline import RunStats, WorkItem, load_state, process_batch, unify_names
    except Exception as exc:   # another stage missing or renamed: report, do not fail the benchmark
        return f"skipped ({type(exc).__name__}: {exc})"
    paths = sorted(SEEDS.glob("*.txt"))
    if len(paths) != 5:
        return "skipped, no seeds"
    with tempfile.TemporaryDirectory() as out:
        try:
            memory, names, dedup = load_state(out, [], "native", 30)
            res = process_batch([WorkItem(source="seeds", path=str(p)) for p in paths], memory=memory)
            arts = unify_names(res.articles, names, {}, RunStats())
        except Exception as exc:
            return f"skipped ({type(exc).__name__}: {exc})"
        dedup.assign(arts)
    by_name = {Path(a.url).name[:3]: a for a in arts}
    if sorted(by_name) != ["000", "001", "002", "003", "004"]:
        return f"skipped (pipeline returned {sorted(by_name)})"
    c = [by_name[k].cluster_id for k in sorted(by_name)]
    s = [by_name[k].story_id for k in sorted(by_name)]
    ok = c[0] == c[1] and len(set(c)) == 4 and s[0] == s[1] and s[2] == s[3] == s[4] and s[0] != s[2]
    return "passed" if ok else f"FAILED (clusters {[x[:6] for x in c]}, stories {[x[:6] for x in s]})"


# ---------------------------------------------------------------- speed and memory

_WORDS = ("amber basalt cedar delta ember falcon garnet harbor indigo juniper kestrel lagoon marble nectar "
          "onyx pepper quartz raven saffron timber umber violet willow xenon yarrow zephyr").split()


def synthetic(rows: list[dict], n: int, seed: int = 7, join: int = 1) -> list[Article]:
    """n articles from the labelled texts: each round re-words every text so rounds are not copies.

    join > 1 appends the next join-1 texts of the round, for articles of realistic length."""
    rng = random.Random(seed)
    out: list[Article] = []
    base = [to_article(r) for r in rows]
    rnd = 0
    while len(out) < n:
        swap = {w: rng.choice(_WORDS) + str(rnd) for w in {w for a in base for w in a.text.split()[::4]}}
        for k, a in enumerate(base):
            if len(out) >= n:
                break
            parts = [base[(k + j) % len(base)].text for j in range(join)]
            text = "\n".join(" ".join(swap.get(w, w) for w in part.split()) for part in parts)
            url = f"https://bench.example/{rnd}/{a.article_id}"
            out.append(replace(a, article_id=article_id_for(url), url=url, canonical_url=url,
                               published_at=a.published_at.replace(year=2021 + rnd // 3), text=text,
                               text_normalized=text, content_hash=content_hash(text), title=f"{a.title} {rnd}"))
        rnd += 1
    return out


def speed(rows: list[dict], n: int = 10_000, batch: int = 1_000, join: int = 1) -> None:
    arts = synthetic(rows, n, join=join)
    words = sum(len(a.text.split()) for a in arts) / len(arts)
    idx = DedupIndex(window_days=100_000)   # keep everything: the index grows to n entries
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, n, batch):
        idx.assign(arts[i : i + batch])
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    with tempfile.TemporaryDirectory() as tmp:
        t1 = time.perf_counter()
        idx.save(Path(tmp) / "i")
        t2 = time.perf_counter()
        DedupIndex.load(Path(tmp) / "i", window_days=100_000)
        t3 = time.perf_counter()
        size = (Path(tmp) / "i").stat().st_size
    print(f"speed: {n} articles of {words:.0f} words in batches of {batch}: {dt:.1f} s wall, {cpu:.1f} s CPU "
          f"({cpu / n * 10_000:.1f} CPU s per 10k articles, one core); save {t2 - t1:.2f} s, load {t3 - t2:.2f} s, file {size / 1e6:.1f} MB")


def memory(n: int = 100_000, rows: list[dict] | None = None) -> None:
    p = DedupParams()
    rng = np.random.default_rng(0)
    tracemalloc.start()
    idx = DedupIndex(params=p)
    m = n
    idx.cols = {c: rng.integers(0, 16, (m, 32), dtype=np.uint8).view("S32").ravel()
                for c in ("article_id", "content_hash", "duplicate_of", "cluster_id", "story_id")}
    idx.published = rng.random(m) * 1e9
    idx.when = idx.published.copy()
    idx.sig = rng.integers(0, 2**32 - 1, (m, p.num_perm), dtype=np.uint64).astype(np.uint32)
    idx.nsh = np.full(m, 300, dtype=np.int32)
    idx.story_rep = np.ones(m, dtype=bool)
    from newsflow.dedup import _CSR
    def ragged(per_row: int, vals: bool) -> _CSR:
        ptr = np.arange(0, (m + 1) * per_row, per_row, dtype=np.int64)
        idx_ = rng.integers(0, 2**32 - 1, m * per_row, dtype=np.uint64).astype(np.uint32)
        return _CSR(ptr, idx_, rng.random(m * per_row).astype(np.float32) if vals else None)
    # per article as measured on the labelled set: ~160 terms (capped), ~40 names, ~4 lead facts
    idx.terms, idx.names, idx.facts = ragged(p.max_terms, True), ragged(40, False), ragged(4, False)
    idx._band_table()
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    parts = {
        "signatures": idx.sig.nbytes,
        "LSH band table": sum(a.nbytes for a in idx._bands),
        "story terms": idx.terms.idx.nbytes + idx.terms.val.nbytes + idx.terms.ptr.nbytes,
        "names + facts": sum(x.idx.nbytes + x.ptr.nbytes for x in (idx.names, idx.facts)),
        "ids + times": sum(a.nbytes for a in idx.cols.values()) + idx.published.nbytes + idx.when.nbytes,
    }
    scale = 1_000_000 / n
    how = "measured" if n == 1_000_000 else f"extrapolated linearly from {n}"
    print(f"memory: index of {n} entries (tracemalloc current {cur / 1e6:.0f} MB, peak {peak / 1e6:.0f} MB "
          f"while building the band table); 1M entries: {cur * scale / 1e9:.2f} GB ({how})")
    for k, v in parts.items():
        print(f"  {k:<16} {v * scale / 1e9:6.2f} GB per 1M")
    if rows:
        # a day's batch after 30 days of entries, as in a daily run against a rolling window
        end = datetime(2021, 6, 1, tzinfo=timezone.utc).timestamp()
        batch = [replace(a, published_at=datetime.fromtimestamp(end - (i % 1440) * 60, timezone.utc))
                 for i, a in enumerate(synthetic(rows, 1000))]
        idx.published[:] = end - rng.random(len(idx.published)) * 30 * 86400
        idx.when[:] = idx.published
        t0, c0 = time.perf_counter(), time.process_time()
        idx.assign(batch)
        print(f"  one assign of 1,000 articles against these {n} entries (still {len(idx) - len(batch)} after the "
              f"window): {time.perf_counter() - t0:.1f} s wall, "
              f"{time.process_time() - c0:.1f} s CPU")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="quality only")
    ap.add_argument("--sweep", action="store_true", help="threshold sweeps")
    ap.add_argument("--errors", action="store_true", help="list the misgrouped pairs")
    ap.add_argument("--memory-n", type=int, default=100_000)
    args = ap.parse_args(argv)
    rows = load_rows()
    params = DedupParams()
    if args.sweep:
        sweep(rows)
        return 0
    if args.errors:
        errors(rows, params)
        return 0
    report_quality(rows, params)
    ok = seed_check(params)
    print("seed check (/work/shared/seeds):", {True: "passed", False: "FAILED", None: "skipped, no seeds"}[ok])
    print("seed check through the pipeline's read/extract/clean/names stages:", pipeline_seed_check())
    if not args.quick:
        speed(rows)
        speed(rows, join=4)
        memory(args.memory_n, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
