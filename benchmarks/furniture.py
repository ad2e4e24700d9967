"""Score the cleaner on the furniture corpus: lines placed one at a time in a story of the same language.

    python benchmarks/furniture.py                    # every file of benchmarks/data/furniture
    python benchmarks/furniture.py --show kept        # furniture lines the cleaner keeps
    python benchmarks/furniture.py --show lost        # story traps the cleaner removes

The corpus (benchmarks/data/furniture/*.json, a list of {family, lang, kind, where, text}) was written by helpers
who read none of newsflow's code, patterns or tests: furniture lines of 48 known and 30 new families in six
languages, and story sentences that use the same trigger words ("traps"). Each furniture line is placed where
it says it appears (start, middle or end of a story taken from benchmarks/data/extraction/truth.json, same
language), each trap in the middle and at the end, as plain text with plain <p> markup context and no title:
the hardest case, since a real page adds class names and neighbours. It is a tuning set, not a held-out
measure: the held-out parts of benchmarks/extraction.py are that.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsflow.clean import clean  # noqa: E402

_CTX = {"tag": "p", "link_density": 0.0, "in_figure": False}


def stories_by_language(truth: dict) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = collections.defaultdict(list)
    for pid, body in sorted(truth.items()):
        lang = pid.split("-")[-2]
        paras = [p for p in body.split("\n\n") if p.strip()]
        if len(paras) >= 6:
            out[lang].append(paras)
    return out


def removed(paras: list[str], line: str, where: str) -> str | None:
    """The rule that removes `line` placed at `where` in the story, else None."""
    ps = list(paras)
    if where == "start":
        ps.insert(0, line)
    elif where == "middle":
        ps.insert(3, line)
    else:
        ps.append(line)
    out = clean("\n".join(ps), line_context=[dict(_CTX) for _ in ps])
    return next((r["rule"] for r in out.removed if r["line"] == line), None)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data" / "furniture")
    ap.add_argument("--show", choices=["kept", "lost"])
    args = ap.parse_args(argv)
    truth = json.loads((ROOT / "benchmarks" / "data" / "extraction" / "truth.json").read_text(encoding="utf-8"))
    stories = stories_by_language(truth)
    items = [it for f in sorted(args.data.glob("*.json")) for it in json.loads(f.read_text(encoding="utf-8"))]
    gone = collections.Counter()
    total = collections.Counter()
    kept_by_family = collections.Counter()
    for k, it in enumerate(items):
        paras = stories[it["lang"]][k % len(stories[it["lang"]])]
        if it["kind"] == "furniture":
            where = it["where"] if it["where"] in ("start", "middle", "end") else "end"
            rule = removed(paras, it["text"], where)
            total["furniture"] += 1
            gone["furniture"] += rule is not None
            if rule is None:
                kept_by_family[it["family"]] += 1
                if args.show == "kept":
                    print(f"KEPT  {it['family']:<14} {it['lang']} {where:<6} {it['text']}")
        else:
            for where in ("middle", "end"):
                rule = removed(paras, it["text"], where)
                total["story"] += 1
                gone["story"] += rule is not None
                if rule is not None and args.show == "lost":
                    print(f"LOST  {it['family']:<14} {it['lang']} {where:<6} [{rule}] {it['text']}")
    print(f"furniture lines removed: {gone['furniture']} of {total['furniture']}"
          f" ({gone['furniture'] / max(1, total['furniture']):.1%})")
    print(f"story traps removed:     {gone['story']} of {total['story']} placements")
    print("furniture kept, by family:", ", ".join(f"{f} {n}" for f, n in kept_by_family.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
