#!/usr/bin/env python3
"""Generate N realistic, distinct news pages for the speed benchmark (deterministic, standard library).

    python benchmarks/make_pages.py --n 905 --out benchmarks/out/pages-905

The pages come from the 48 hand-written stories of benchmarks/data/extraction (6 languages),
rendered with that set's own site templates and in-container residue
(benchmarks/data/extraction/make_pages.py):

- 181 base articles: the 48 stories, and 133 more, each the first half of one story's
  paragraphs followed by the second half of another story's in the same language, with
  its own title, date, byline, section and figures;
- page j is base article j % 181, copy j // 181: every copy is published by a different
  outlet (another site name, template and residue), on another date, with its figures
  changed, one paragraph dropped and a sentence of its own, so no two pages are the same
  and copies of one article are near-duplicates, as agency copy is.

905 pages = five copies of 181 articles. Files: OUT/<outlet-slug>/<article>-c<copy>.html
(the folder is the source name newsflow gives a local file).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXTRACTION = HERE / "data" / "extraction"
N_BASE = 181

UPDATE = {
    "en": "This article was updated at {h}:{m:02d} with additional reporting from the {place} desk.",
    "de": "Dieser Artikel wurde um {h}:{m:02d} Uhr mit Material der Redaktion {place} aktualisiert.",
    "fr": "Cet article a été mis à jour à {h} h {m:02d} avec des informations de notre rédaction de {place}.",
    "es": "Esta noticia se actualizó a las {h}:{m:02d} con información de la redacción de {place}.",
    "tr": "Bu haber saat {h}.{m:02d}'de {place} bürosundan gelen bilgilerle güncellendi.",
    "ru": "Материал обновлён в {h}:{m:02d} с учётом данных корреспондентов из города {place}.",
}
PLACES = ["Leeds", "Lyon", "Bursa", "Kazan", "Graz", "Malaga", "Porto", "Turku", "Gdansk", "Brno", "Cork", "Bari"]


def _load_extraction_generator():
    """The extraction set's generator module (templates, residue, site names), loaded by path."""
    sys.path.insert(0, str(EXTRACTION))
    try:
        spec = importlib.util.spec_from_file_location("extraction_make_pages", EXTRACTION / "make_pages.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(EXTRACTION))


def _shift_numbers(text: str, rng: random.Random) -> str:
    """Change the figures of a paragraph (not years), so copies differ in their facts."""
    def bump(match: re.Match) -> str:
        value = match.group(0)
        if len(value) == 4 and value.startswith(("19", "20")):
            return value
        return str(max(1, int(value) + rng.choice([-3, -2, -1, 1, 2, 3, 5])))
    return re.sub(r"(?<![\w.,])\d{1,4}(?![\w.,])", bump, text)


def base_articles(gen) -> list[dict]:
    """The 48 stories and 133 spliced ones: 181 articles with parsed blocks."""
    stories = []
    for art in gen.ARTICLES:
        art = dict(art)
        art["blocks"] = gen.parse_body(art["body"])
        stories.append(art)
    by_lang: dict[str, list[dict]] = {}
    for art in stories:
        by_lang.setdefault(art["lang"], []).append(art)
    bases = [dict(a, id=f"b{n:03d}-{a['id']}") for n, a in enumerate(stories)]
    rng = random.Random("newsflow-bench-bases")
    n = len(bases)
    while len(bases) < N_BASE:
        first = stories[n % len(stories)]
        pool = [a for a in by_lang[first["lang"]] if a is not first]
        second = rng.choice(pool)
        half_a = first["blocks"][: max(2, len(first["blocks"]) // 2)]
        half_b = second["blocks"][len(second["blocks"]) // 2:]
        blocks = [(k, _shift_numbers(v, rng) if isinstance(v, str) else v) for k, v in half_a + half_b]
        year, month, day = (int(x) for x in first["date"].split("-"))
        bases.append(dict(
            first, id=f"b{n:03d}-{first['id']}x{second['id']}", blocks=blocks,
            title=f"{second['title'].split(':')[0]}: {first['section'].lower()} {rng.choice(['update', 'analysis', 'latest', 'explainer'])}"
            if first["lang"] == "en" else f"{second['title']} ({first['section']})",
            section=second["section"], byline=rng.choice(by_lang[first["lang"]])["byline"],
            date=f"{year}-{(month + rng.randint(0, 5) - 1) % 12 + 1:02d}-{min(28, day + rng.randint(0, 9)):02d}",
            caption=second["caption"], credit=first["credit"],
        ))
        n += 1
    return bases


def render_copy(gen, base: dict, copy: int) -> tuple[str, str, str]:
    """(outlet slug, file name, html) of copy ``copy`` of ``base``."""
    rng = random.Random(f"newsflow-bench-{base['id']}-{copy}")
    art = dict(base)
    blocks = list(base["blocks"])
    if copy:
        paragraphs = [i for i, (kind, _) in enumerate(blocks) if kind == "p"]
        if len(paragraphs) > 3:
            del blocks[rng.choice(paragraphs[1:])]
        blocks = [(k, _shift_numbers(v, rng) if isinstance(v, str) and k == "p" else v) for k, v in blocks]
        note = UPDATE[art["lang"]].format(h=rng.randint(7, 22), m=rng.randint(0, 59), place=rng.choice(PLACES))
        blocks.append(("p", note))
        year, month, day = (int(x) for x in base["date"].split("-"))
        art["date"] = f"{year}-{month:02d}-{min(28, day + copy):02d}"
    art["blocks"] = blocks
    ui = gen.UI[art["lang"]]
    index = int(base["id"][1:4])
    site = ui["sites"][(index + copy) % len(ui["sites"])]
    tname, tfun, mode = gen.TEMPLATES[(index * 4 + copy * 7 + index // 9) % len(gen.TEMPLATES)]
    art["id"] = f"{base['id']}-c{copy}"
    placed, _ = gen.residue_items(art, rng, site)
    page = tfun(art, ui, site, gen.body_html(art, placed, mode), rng)
    slug = re.sub(r"[^\w]+", "-", site.lower()).strip("-") + f"-{copy % 5}"
    return slug, f"{art['id']}.html", page


def generate(n: int, out: Path) -> int:
    gen = _load_extraction_generator()
    bases = base_articles(gen)
    written = 0
    for j in range(n):
        slug, name, page = render_copy(gen, bases[j % len(bases)], j // len(bases))
        folder = out / slug
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(page, encoding="utf-8")
        written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=905, help="number of pages (default 905 = 5 x 181)")
    parser.add_argument("--out", type=Path, required=True, help="output folder (emptied first)")
    args = parser.parse_args(argv)
    if args.out.exists():
        import shutil

        shutil.rmtree(args.out)
    count = generate(args.n, args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*.html"))
    print(f"wrote {count} pages ({size / 1e6:.1f} MB) under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
