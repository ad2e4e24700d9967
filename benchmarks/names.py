"""Names stage benchmark: quality on the labelled pairs, and throughput.

    .venv/bin/python benchmarks/names.py            # both
    .venv/bin/python benchmarks/names.py --quality  # labelled pairs only
    .venv/bin/python benchmarks/names.py --speed --mb 4

Quality: benchmarks/data/names/pairs.csv (written independently; see its
README). A pair counts as merged when both spellings resolve to one name group.
Four settings, from the mechanical key alone to the realistic one:

* ``key``      name_key(a) == name_key(b): folding rules only, no corpus, no aliases
* ``corpus``   a fresh index that saw both spellings, without shipped aliases (adds the
               corpus rules: German expansion, dropped article, Greek stress, Cyrillic skeleton)
* ``shipped``  the same plus newsflow/data/aliases.csv (the default)
* ``global``   one index that saw every spelling of the whole file at once, with shipped
               aliases: the realistic "whole dataset" setting, where rules could chain

For ``same`` categories the table gives recall; for ``different`` categories the
number of false merges (must be 0). Precision is over all pairs.

Speed: observe + normalize (the names stage) over synthetic news text made of
the seed articles (/work/shared/seeds, read in place, when present) with names
drawn fresh for every paragraph so that caches do not flatter the result.
"""

from __future__ import annotations

import argparse
import csv
import glob
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsflow.names import NameIndex, name_key, normalize, suggest  # noqa: E402

PAIRS = ROOT / "benchmarks" / "data" / "names" / "pairs.csv"
SEEDS = Path(os.environ.get("NEWSFLOW_SEEDS", "/work/shared/seeds"))


def load_pairs():
    with open(PAIRS, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _fresh(shipped: bool) -> NameIndex:
    if shipped:
        return NameIndex.load(None)
    return NameIndex()


def merged(pairs, mode: str) -> list[bool]:
    if mode == "key":
        return [name_key(p["a"]) == name_key(p["b"]) for p in pairs]
    if mode in ("corpus", "shipped"):
        out = []
        for p in pairs:
            idx = _fresh(mode == "shipped")
            idx.observe_surface(p["a"])
            idx.observe_surface(p["b"])
            out.append(idx.same(p["a"], p["b"]))
        return out
    if mode == "global":
        idx = _fresh(True)
        for p in pairs:
            idx.observe_surface(p["a"])
            idx.observe_surface(p["b"])
        return [idx.same(p["a"], p["b"]) for p in pairs]
    raise ValueError(mode)


def quality(verbose: bool = True) -> dict:
    pairs = load_pairs()
    modes = ["key", "corpus", "shipped", "global"]
    res = {m: merged(pairs, m) for m in modes}
    cats = defaultdict(list)
    for i, p in enumerate(pairs):
        cats[(p["label"], p["category"])].append(i)
    print(f"labelled pairs: {len(pairs)} ({PAIRS.relative_to(ROOT)})")
    print(f"{'label':9} {'category':18} {'n':>4} " + " ".join(f"{m:>9}" for m in modes))
    summary = {}
    for label in ("same", "different"):
        for (lab, cat), idxs in sorted(cats.items()):
            if lab != label:
                continue
            cells = []
            for m in modes:
                k = sum(res[m][i] for i in idxs)
                cells.append(f"{k / len(idxs):9.3f}" if label == "same" else f"{k:>6} FM")
                summary[(label, cat, m)] = k / len(idxs)
            print(f"{label:9} {cat:18} {len(idxs):>4} " + " ".join(cells))
    print("-" * 70)
    for m in modes:
        tp = sum(1 for i, p in enumerate(pairs) if p["label"] == "same" and res[m][i])
        fp = sum(1 for i, p in enumerate(pairs) if p["label"] == "different" and res[m][i])
        n_same = sum(1 for p in pairs if p["label"] == "same")
        prec = tp / (tp + fp) if tp + fp else 1.0
        print(f"{m:8} precision {prec:.3f}  recall(same) {tp / n_same:.3f} ({tp}/{n_same})  "
              f"false merges on near-miss pairs {fp}")
        summary[("all", m)] = (prec, tp / n_same, fp)
    if verbose:
        print("\nmissed 'same' pairs (setting: shipped):")
        for i, p in enumerate(pairs):
            if p["label"] == "same" and not res["shipped"][i]:
                print(f"  [{p['category']}] {p['a']} / {p['b']}")
        print("missed 'same' pairs only in the global setting:")
        for i, p in enumerate(pairs):
            if p["label"] == "same" and res["shipped"][i] and not res["global"][i]:
                print(f"  [{p['category']}] {p['a']} / {p['b']}")
        print("false merges (any setting):")
        bad = [p for i, p in enumerate(pairs) if p["label"] == "different" and any(res[m][i] for m in modes)]
        for p in bad:
            print(f"  [{p['category']}] {p['a']} / {p['b']}")
        if not bad:
            print("  none")
    return summary


# ---------------------------------------------------------------------------

# Spelling variants substituted into the seed paragraphs (so that every run sees native and
# ASCII forms of the same names), and fresh invented names (so that no cache sees only repeats).
_SWAP = {
    "Cavusoglu": ["Çavuşoğlu", "Cavusoglu", "Çavuşoğlu'nun", "Cavusoglu's"],
    "Çavuşoğlu": ["Çavuşoğlu", "Cavusoglu", "ÇAVUŞOĞLU"],
    "Mevlut": ["Mevlüt", "Mevlut"], "Mevlüt": ["Mevlüt", "Mevlut"],
    "Erdogan": ["Erdoğan", "Erdogan", "Erdoğan’ın"], "Erdoğan": ["Erdoğan", "Erdogan"],
    "Saraqib": ["Saraqib", "Saraqeb"], "Saraqeb": ["Saraqib", "Saraqeb"],
    "Idlib": ["Idlib", "İdlib", "Idleb", "Idlib'de"],
    "Lavrov": ["Lavrov", "Лавров"], "Putin": ["Putin", "Путин", "Putin's"],
    "Ankara": ["Ankara", "Ankara'da", "ANKARA"], "Moscow": ["Moscow", "Moskova"],
    "Sochi": ["Sochi", "Soçi"], "Damascus": ["Damascus", "Şam"],
}
_SWAP_RE = None
_PEOPLE = ["Gent Cakaj", "Miroslav Lajcak", "Talha Ozturk", "Hulusi Akar", "Ibrahim Kalin"]


def _fresh_name(rnd: random.Random) -> str:
    def word():
        return "".join(rnd.choice("bcdfgklmnprstvzşç") + rnd.choice("aeiouıöü") for _ in range(rnd.randint(2, 4))).title()
    return f"{word()} {word()}" if rnd.random() < 0.6 else word()


def _corpus(mb: float, seed: int = 7) -> list[str]:
    import re

    rnd = random.Random(seed)
    paras: list[str] = []
    files = sorted(glob.glob(str(SEEDS / "*.txt")))
    for f in files:
        paras += [p for p in Path(f).read_text(encoding="utf-8").split("\n") if p.strip()]
    if not paras:
        paras = ["The delegation met Cavusoglu and officials from Ankara in Idlib on Monday to discuss the "
                 "situation, Gent Cakaj said in a statement, adding that talks would continue next week."] * 10
    swap = re.compile("|".join(sorted(map(re.escape, list(_SWAP) + _PEOPLE), key=len, reverse=True)))

    def sub(m):
        w = m.group(0)
        return rnd.choice(_SWAP[w]) if w in _SWAP else _fresh_name(rnd)

    target = int(mb * 1_000_000)
    docs, size = [], 0
    while size < target:
        doc = "\n\n".join(swap.sub(sub, rnd.choice(paras)) for _ in range(rnd.randint(10, 30)))
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def speed(mb: float = 4.0) -> dict:
    docs = _corpus(mb)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    idx = NameIndex.load(None)
    t0 = time.process_time()
    for d in docs:
        idx.observe(d)
    t1 = time.process_time()
    idx._ensure()
    t2 = time.process_time()
    n_mentions = 0
    for d in docs:
        _, ms = normalize(d, idx)
        n_mentions += len(ms)
    t3 = time.process_time()
    sug = suggest(idx, limit=20)
    t4 = time.process_time()
    mbs = nbytes / 1e6
    stage = t3 - t0
    print(f"\nspeed (CPU time of this process, one core): {len(docs)} docs, {mbs:.2f} MB UTF-8, "
          f"{n_mentions} mentions ({nbytes / max(n_mentions, 1):.0f} bytes per mention), {len(idx)} keys")
    print(f"  observe    {t1 - t0:6.2f} s  {mbs / (t1 - t0):6.2f} MB/s")
    print(f"  build      {t2 - t1:6.2f} s  (links and groups, once per run)")
    print(f"  normalize  {t3 - t2:6.2f} s  {mbs / (t3 - t2):6.2f} MB/s")
    print(f"  stage      {stage:6.2f} s  {mbs / stage:6.2f} MB/s  (observe + build + normalize)")
    print(f"  suggest    {t4 - t3:6.2f} s  ({len(sug)} rows)")
    return {"stage_mb_s": mbs / stage}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quality", action="store_true")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--mb", type=float, default=4.0)
    a = ap.parse_args(argv)
    both = not (a.quality or a.speed)
    if a.quality or both:
        quality()
    if a.speed or both:
        speed(a.mb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
