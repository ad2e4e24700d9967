"""Helpers shared by the held-out generators make_heldout5.py ... make_heldout17.py.

Each generator keeps its own stories, residue pools, site names and templates; what is the same in all of
them (dates, residue placeholders, slots, slugs, the reuse check's text splitting, and the write/--check/--stats
command) lives here.
Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(lang, iso):
    y, m, d = iso.split("-")
    if lang == "en":
        return "%d %s %s" % (int(d), MONTHS_EN[int(m) - 1], y)
    return ("%s/%s/%s" if lang in ("fr", "es") else "%s.%s.%s") % (d, m, y)


def fill(s, rng, site, art):
    """A residue wording with its placeholders filled: {site}, a count {n}, minutes {m}, the story's date {d}
    and a clock time {t} (drawn from the page's own random generator, so pages stay deterministic)."""
    return (s.replace("{site}", site).replace("{n}", str(rng.randint(3, 260))).replace("{m}", str(rng.randint(2, 5)))
            .replace("{d}", fmt_date(art["lang"], art["date"])).replace("{t}", "%02d:%02d" % (rng.randint(7, 22),
                                                                                               rng.randint(0, 59))))


def safe_slots(art, start=1):
    """Positions for residue between blocks: after a story paragraph (not a list lead-in ending with ':',
    not a subheading, so a heading stays with its text) and before a paragraph or subheading."""
    b = art["blocks"]
    return [i for i in range(max(1, start), len(b))
            if b[i - 1][0] == "p" and not b[i - 1][1][-1:] == ":" and b[i][0] in ("p", "h")]


def slug(s):
    return re.sub(r"\W+", "-", s.lower()).strip("-")


def _sentences(s):
    s = s.lower().strip()
    return {s} | {x.strip() for x in re.split(r"(?<=[.!?])\s+", s) if x.strip()}


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from _strings(v)


def run(build, verify):
    """The command line of a generator: write its pages, or --check them, or print --stats."""
    pages, truth, meta = build()
    problems = verify(pages, truth)
    if problems:
        sys.exit("\n".join(problems))
    files = {os.path.join("pages", pid + ".html"): doc for pid, doc in pages.items()}
    if "--check" in sys.argv:
        bad = [f for f, c in files.items() if not os.path.exists(os.path.join(HERE, f))
               or open(os.path.join(HERE, f), encoding="utf-8").read() != c]
        committed = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
        bad += ["truth.json[%s]" % pid for pid in truth if committed.get(pid) != truth[pid]]
        print("mismatched files:", bad if bad else "none")
        sys.exit(1 if bad else 0)
    for f, c in files.items():
        with open(os.path.join(HERE, f), "w", encoding="utf-8") as fh:
            fh.write(c)
    if "--stats" in sys.argv:
        for pid in sorted(meta):
            print(pid, meta[pid]["template"], len(truth[pid].split()), ",".join(meta[pid]["residue"]))
    print("wrote %d pages (truth.json and split.json are written by make_pages.py)" % len(pages))


def blocks_and_marks(body):
    """The story's blocks, with the substack footnote marks ("[^n]" at the end of a paragraph) taken out."""
    import make_pages as mp  # (here: make_pages imports the part generators, which import this module)
    blocks, marks = [], {}
    for i, (kind, val) in enumerate(mp.parse_body(body)):
        m = re.search(r"\[\^(\d+)\]$", val) if kind == "p" else None
        if m:
            marks[i] = int(m.group(1))
            val = val[:m.start()]
        blocks.append((kind, val))
    return blocks, marks


def class_names(styles):
    """The class names of the given markup strings (a BEM element "x__y" counts as its block "x")."""
    names = set()
    for s in _strings(styles):
        for m in re.finditer(r'class="([^"]+)"', s):
            names.update(x for x in m.group(1).split() if "__" not in x)
            names.update(x.split("__")[0] for x in m.group(1).split() if "__" in x)
    return names
