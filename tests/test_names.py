"""Names stage: keys, spans, index, normalize, suggest (newsflow/names.py)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from newsflow.names import NameIndex, find_names, name_key, normalize, renormalize, suggest

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"   # ../shared/seeds, beside the repo
PAIRS = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "names" / "pairs.csv"


def seed_texts() -> list[str]:
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip("seed articles not available: ../shared/seeds beside the repo is absent (third-party text, not in the repo)")
    return [f.read_text(encoding="utf-8") for f in files]


def index_of(*texts, **kw) -> NameIndex:
    idx = NameIndex.load(None, **kw)
    for t in texts:
        idx.observe(t)
    return idx


# --- keys ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Çavuşoğlu", "Cavusoglu"), ("Mevlüt", "Mevlut"), ("Erdoğan", "Erdogan"), ("FETÖ", "FETO"),
    ("İstanbul", "Istanbul"), ("DİYARBAKIR", "Diyarbakır"), ("Yıldırım", "YILDIRIM"), ("ıI", "İi"),
    ("Çavuşoğlu'nun", "Cavusoglu"), ("Cavusoglu's", "Cavusoglu"), ("Erdoğan’ın", "Erdogan"),
    ("Ankara'da", "Ankara"), ("Ankara'nın", "Ankara"), ("Akar'a", "Akar"),
    ("Łódź", "Lodz"), ("Støre", "Store"), ("Gößling", "GÖSSLING"), ("Лавров", "Lavrov"),
    ("ΑΘΗΝΑ", "Athina"), ("al-Bab", "Al Bab"), ("Jisr ash-Shughur", "Jisr al-Shughur"),
    ("Abdel Fattah el-Sisi", "Abdel-Fattah al-Sisi"), ("Kim Jong-un", "Kim Jong Un"),
])
def test_key_joins_spellings(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", [
    ("Lavrov", "Lavrova"), ("Akar", "Akbar"), ("Akar", "Acar"), ("Gül", "Güler"), ("İzmir", "İzmit"),
    ("Αθήνα", "Αθηνά"), ("Sana'a", "Sana"), ("Ma'arrat", "Ma"), ("Nu'man", "Nu"), ("O'Brien", "O"),
    ("Ed Davey", "al Davey"),
])
def test_key_keeps_names_apart(a, b):
    assert name_key(a) != name_key(b)


def test_python_turkish_lower_pitfall():
    assert "İ".lower() != "i"          # Python gives 'i̇' (i + combining dot)
    assert name_key("İ") == name_key("I") == name_key("ı") == "i"
    assert name_key("DİYARBAKIR") == "diyarbakir"


# --- spans ----------------------------------------------------------------------------------------

def test_find_names_offsets_titles_suffixes():
    text = "Turkish Foreign Minister Mevlüt Çavuşoğlu'nun aide met Cavusoglu's guest in Ankara."
    spans = find_names(text)
    assert all(text[s:e] == surf for s, e, surf in spans)
    assert [x[2] for x in spans] == ["Mevlüt Çavuşoğlu", "Cavusoglu", "Ankara"]


def test_sentence_initial_common_words_are_not_names():
    text = "Asked about it, he said no. Praising the steps, Albania said yes.\nThe Kremlin agreed."
    surfs = [x[2] for x in find_names(text)]
    assert "Asked" not in surfs and "Praising" not in surfs and "The" not in surfs
    assert "Kremlin" in surfs and "Albania" in surfs


# --- normalize -------------------------------------------------------------------------------------

def test_suffix_kept_and_canonical_native():
    idx = index_of("Mevlüt Çavuşoğlu spoke. Later Çavuşoğlu'nun ekibi geldi. Cavusoglu's aide spoke.")
    out, ms = normalize("Çavuşoğlu'nun ekibi and Cavusoglu's aide.", idx)
    assert out == "Çavuşoğlu'nun ekibi and Çavuşoğlu's aide."
    assert {m["canonical"] for m in ms} == {"Çavuşoğlu"}


def test_ascii_only_name_stays_as_written():
    idx = index_of("He met Talha Ozturk in Belgrade.")
    out, _ = normalize("He met Talha Ozturk in Belgrade.", idx)
    assert out == "He met Talha Ozturk in Belgrade."


def test_different_names_never_merge_in_text():
    text = "Sergey Lavrov met Maria Lavrova. Minister Akar met Akbar. Gül met Güler and Gul."
    idx = index_of(text)
    out, ms = normalize(text, idx)
    assert out == text.replace("and Gul.", "and Gül.")
    assert {m["key"] for m in ms if m["surface"] in ("Akar", "Akbar")} == {"akar", "akbar"}


def test_common_words_untouched_even_when_a_name_shares_the_key():
    idx = index_of("The singer Café Tacvba played. Officials from Café Tacvba spoke.")
    out, _ = normalize("We met at the cafe and the Cafe.", idx)
    assert out == "We met at the cafe and the Cafe."


def test_policies():
    text = "Recep Tayyip Erdoğan met. Recep Tayyip Erdogan spoke. Recep Tayyip Erdogan left."
    assert "Erdoğan spoke" in normalize(text, index_of(text, policy="native"))[0]
    assert "Erdogan met" in normalize(text, index_of(text, policy="most_frequent"))[0]
    assert "Erdogan met" in normalize(text, index_of(text, policy="ascii"))[0]


def test_caps_stay_caps():
    text = "ERDOGAN IN MOSCOW\nRecep Tayyip Erdoğan met Vladimir Putin. President Erdoğan said so."
    idx = index_of(text)
    out, _ = normalize(text, idx)
    assert out.splitlines()[0] == "ERDOĞAN IN MOSCOW"
    assert normalize("HULUSİ AKAR spoke with Hulusi Akar.", index_of("Hulusi Akar"))[0].startswith("HULUSİ AKAR")


def test_script_is_never_changed():
    text = "Сергей Лавров встретился. Sergey Lavrov met Mevlüt Çavuşoğlu."
    idx = index_of(text)
    out, ms = normalize(text, idx)
    assert out == text
    assert {m["canonical"] for m in ms if m["key"].endswith("lavrov")} == {"Sergey Lavrov"}


def test_german_expansion_needs_both_spellings():
    idx = index_of("Thomas Müller scored. Thomas Mueller scored again. Michael Jackson sang.")
    assert idx.same("Thomas Mueller", "Thomas Müller")
    assert not idx.same("Michael", "Michäl")
    out, _ = normalize("Thomas Mueller scored.", idx)
    assert out == "Thomas Müller scored."


# --- index: aliases, persistence, rows -------------------------------------------------------------

def test_alias_files_precedence_and_persistence(tmp_path):
    a1 = tmp_path / "mine.csv"
    a1.write_text("canonical,variant\nSaraqib,Saraqeb\n# comment\nKiev,Kyiv\n", encoding="utf-8")
    path = tmp_path / "names.json"
    idx = NameIndex.load(path, alias_files=[a1])
    idx.observe("Troops took Saraqeb. Later Saraqib fell again. People in Kyiv and Kiev.")
    out, ms = normalize("Troops took Saraqeb near Kyiv.", idx)
    assert out == "Troops took Saraqib near Kiev."   # user alias beats the shipped Kyiv row
    assert {m["canonical"] for m in ms} == {"Saraqib", "Kiev"}
    idx.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["variants"]["saraqeb"] == {"Saraqeb": 1}
    again = NameIndex.load(path)           # no user alias file: only shipped aliases
    assert again.canonical("Saraqeb") == ("saraqeb", "Saraqeb")
    assert again.canonical("Kiev") == ("kiev", "Kyiv")


def test_missing_index_is_empty_and_save_is_atomic(tmp_path):
    idx = NameIndex.load(tmp_path / "nope.json")
    assert len(idx) == 0
    idx.observe("Mevlüt Çavuşoğlu met Mevlut Cavusoglu.")
    idx.save(tmp_path / "sub" / "names.json")
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["names.json"]


def test_rows_shape_and_read_time_resolution():
    idx = index_of("Mevlut Cavusoglu spoke. Mevlüt Çavuşoğlu spoke. Troops entered Saraqib.")
    rows = {r["key"]: r for r in idx.rows()}
    r = rows["mevlut cavusoglu"]
    assert r["canonical"] == "Mevlüt Çavuşoğlu" and r["origin"] == "corpus" and r["mentions"] == 2
    assert {v["surface"] for v in r["variants"]} == {"Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"}
    assert rows["saraqib"]["origin"] == "single"
    # a later alias changes the canonical of earlier mentions' key: read-time join on key
    idx.add_aliases([("Saraqeb", "Saraqib")])
    assert {r["key"]: r for r in idx.rows()}["saraqib"]["canonical"] == "Saraqeb"


def test_renormalize_is_normalize():
    idx = index_of("Mevlüt Çavuşoğlu and Mevlut Cavusoglu.")
    assert renormalize("Mevlut Cavusoglu.", idx) == normalize("Mevlut Cavusoglu.", idx)


# --- seeds (real third-party text, read in place) ------------------------------------------------

def test_seeds_unify_cavusoglu_mevlut_erdogan():
    texts = seed_texts()
    idx = index_of(*texts)
    for text in texts:
        out, ms = normalize(text, idx)
        for bad in ("Cavusoglu", "Mevlut", "Erdogan"):
            assert bad not in out
        for m in ms:
            assert text[m["start"]:m["end"]] == m["surface"]
            if m["key"] in ("cavusoglu", "mevlut cavusoglu", "recep tayyip erdogan"):
                assert m["canonical"] in ("Çavuşoğlu", "Mevlüt Çavuşoğlu", "Recep Tayyip Erdoğan")
        assert "Saraqeb" not in out or "Saraqeb" in text   # no alias: left alone
        assert normalize(out, idx)[0] == out


def test_seeds_one_alias_row_joins_saraqeb(tmp_path):
    texts = seed_texts()
    f = tmp_path / "aliases.csv"
    f.write_text("Saraqib,Saraqeb\n", encoding="utf-8")
    idx = NameIndex.load(None, alias_files=[f])
    for t in texts:
        idx.observe(t)
    outs = [normalize(t, idx) for t in texts]
    assert not any("Saraqeb" in o for o, _ in outs)
    assert {m["canonical"] for _, ms in outs for m in ms if m["key"] in ("saraqib", "saraqeb")} == {"Saraqib"}


def test_seeds_suggest_saraqib_without_alias():
    texts = seed_texts()
    idx = index_of(*texts)
    rows = suggest(idx)
    pairs = {(r["canonical"], r["variant"]) for r in rows}
    assert ("Saraqib", "Saraqeb") in pairs
    stories = {"idlib-talks": [m["surface"] for t in texts for m in normalize(t, idx)[1]]}
    top = suggest(idx, cooccurrence=stories)[0]
    assert (top["canonical"], top["variant"]) == ("Saraqib", "Saraqeb") and top["cooccurrence"] == 1
    # suggestions never change data
    assert normalize(texts[4], idx)[0].count("Saraqeb") == texts[4].count("Saraqeb")


# --- labelled set (independent): the bar of the issue ---------------------------------------------

def test_labelled_pairs_precision_and_recall():
    with open(PAIRS, newline="", encoding="utf-8") as fh:
        pairs = list(csv.DictReader(fh))
    idx = NameIndex.load(None)
    for p in pairs:
        idx.observe_surface(p["a"])
        idx.observe_surface(p["b"])
    same = [p for p in pairs if p["label"] == "same"]
    diff = [p for p in pairs if p["label"] == "different"]
    assert not [(p["a"], p["b"]) for p in diff if idx.same(p["a"], p["b"])]
    recall = sum(idx.same(p["a"], p["b"]) for p in same) / len(same)
    assert recall >= 0.94


# --- properties ------------------------------------------------------------------------------------

NAMES = ["Çavuşoğlu", "Cavusoglu", "Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "Erdoğan", "ERDOGAN", "Erdogan's",
         "Çavuşoğlu'nun", "İstanbul", "Istanbul", "Saraqib", "Saraqeb", "Лавров", "Lavrov", "Lavrova",
         "Müller", "Mueller", "Bashar al-Assad", "Bashar Assad", "Αθήνα", "Athina", "Kiev", "Kyiv", "FETÖ", "FETO"]
FILLER = ["the", "said", "on Monday", "met", "and", ",", ".", "\n", " ", "in", "“", "”", "cafe", "x"]
article = st.lists(st.one_of(st.sampled_from(NAMES), st.sampled_from(FILLER),
                             st.text(alphabet="abcçğıİöşüAZ ’'.-\n", max_size=8)), max_size=30).map(" ".join)
_IDX = NameIndex.load(None)
for _n in NAMES:
    _IDX.observe(f"He met {_n} today.")


@settings(max_examples=150, deadline=None)
@given(article)
def test_normalize_is_idempotent(text):
    out, _ = normalize(text, _IDX)
    assert normalize(out, _IDX)[0] == out


@settings(max_examples=150, deadline=None)
@given(article)
def test_text_outside_name_spans_is_unchanged(text):
    out, ms = normalize(text, _IDX)
    pos, outside = 0, []
    for m in ms:
        assert text[m["start"]:m["end"]] == m["surface"]
        outside.append(text[pos:m["start"]])
        pos = m["end"]
    outside.append(text[pos:])
    # the output is the text outside the spans, byte for byte, with something in each span's place
    pattern = "(.*?)".join(re.escape(piece) for piece in outside)
    assert re.fullmatch(pattern, out, flags=re.DOTALL)


# --- other languages: titles, function words, surnames (end-to-end problem on data/samples) -------

MULTI = [
    # the full name is seen in running text; the bare surname only at line starts and in headlines
    "ERDOĞAN VE PUTİN\nAnkara'da Cumhurbaşkanı Recep Tayyip Erdoğan konuştu.\nErdoğan ayrıca şunu söyledi.",
    "Der türkische Außenminister Mevlüt Çavuşoğlu traf Kremlsprecher Dmitri Peskow in Moskau.",
    "Dışişleri Bakanı Mevlüt Çavuşoğlu ve Kremlin Sözcüsü Dmitriy Peskov görüştü.",
    "Le porte-parole du Kremlin, Dmitri Peskov, a parlé avec Recep Tayyip Erdogan.",
]


def test_foreign_titles_and_articles_do_not_glue_onto_names():
    for text, name in [("Der Außenminister Mevlüt Çavuşoğlu sagte am Montag.", "Mevlüt Çavuşoğlu"),
                       ("Gestern sagte Kremlsprecher Dmitri Peskow etwas.", "Dmitri Peskow"),
                       ("Dışişleri Bakanı Mevlüt Çavuşoğlu açıklama yaptı.", "Mevlüt Çavuşoğlu"),
                       ("Cumhurbaşkanı Recep Tayyip Erdoğan konuştu.", "Recep Tayyip Erdoğan"),
                       ("Kremlin Sözcüsü Dmitriy Peskov konuştu.", "Dmitriy Peskov"),
                       ("Selon Dmitri Peskov, le sommet aura lieu.", "Dmitri Peskov"),
                       ("Según Recep Tayyip Erdoğan, no.", "Recep Tayyip Erdoğan")]:
        assert name in [x[2] for x in find_names(text)], text
        assert all(" " not in s or s == name for _, _, s in find_names(text) if "Peskow" in s or "Erdoğan" in s)


@pytest.mark.parametrize("sentence,expected", [
    ("Le président Erdogan et Poutine pourraient se retrouver.", "Le président Erdoğan et"),
    ("| Erdogan et Poutine pourraient se retrouver.", "| Erdoğan et"),
    ("Erdogan said on Monday that talks would go on.", "Erdoğan said"),
    ("Der Außenminister Cavusoglu sagte am Montag nichts.", "Der Außenminister Çavuşoğlu sagte"),
    ("Am Montag traf Bundespräsident Erdogan den Kanzler.", "Bundespräsident Erdoğan den"),
    ("Dışişleri bakanı Cavusoglu dedi ki.", "bakanı Çavuşoğlu dedi"),
    ("Dışişleri Bakanı Cavusoglu'nun açıklaması.", "Bakanı Çavuşoğlu'nun açıklaması"),
    ("— Mevlut Cavusoglu a déclaré.", "— Mevlüt Çavuşoğlu a"),
])
def test_surnames_unified_in_other_languages_and_at_line_start(sentence, expected):
    idx = index_of(*MULTI, sentence)   # the pipeline observes every article of a run before normalize
    out, ms = normalize(sentence, idx)
    assert expected in out
    assert not re.search(r"Erdogan|Cavusoglu|Mevlut", out)
    assert normalize(out, idx)[0] == out
    assert all(sentence[m["start"]:m["end"]] == m["surface"] for m in ms)


def test_surname_rule_keeps_apart_and_ambiguous():
    idx = index_of("Amartya Sen spoke. Ahmet Şen spoke. Sen was seen. Sergey Lavrov met Maria Lavrova.",
                   "Lavrova spoke. Lavrov spoke.")
    out, _ = normalize("Then Sen came, and Lavrov met Lavrova.", idx)
    assert out == "Then Sen came, and Lavrov met Lavrova."
    assert not idx.same("Lavrov", "Lavrova")


def test_common_words_after_titles_are_not_names():
    # German nouns with a title head, a bare title, articles and prepositions are never a name on their own
    spans = [x[2] for x in find_names("Die Außenministerin sprach. Laut Angaben kam er.\nDer Sprecher sagte nichts.")]
    assert "Außenministerin" not in spans and "Die" not in spans and "Der Sprecher" not in spans


def test_samples_have_no_ascii_leftovers():
    root = Path(__file__).resolve().parents[1] / "data" / "samples"
    texts = []
    for f in sorted(root.glob("*/*.txt")):
        lines = f.read_text(encoding="utf-8").splitlines()
        texts.append("\n".join(lines))
    if not texts:
        pytest.skip("data/samples absent")
    # the French sample as the pipeline's cleaner leaves it (one line, title after a '|')
    texts.append("| Erdogan et Poutine pourraient se retrouver à Sotchi au printemps | International Le président "
                 "turc Recep Tayyip Erdogan et son homologue russe Vladimir Poutine pourraient se rencontrer.")
    idx = index_of(*texts)
    for t in texts:
        out, _ = normalize(t, idx)
        assert not re.search(r"Erdogan|Cavusoglu|Mevlut", out), out[:200]


# --- suggest_rows: what `newsflow names suggest` calls ---------------------------------------------

def _write_table(dir_: Path, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    part = dir_ / "date=2020-10-14"
    part.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows), part / "part-0.parquet")


def _tree(root: Path) -> dict:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*")}


def test_suggest_rows_reads_index_and_story_cooccurrence(tmp_path):
    from newsflow.names import suggest_rows

    texts = {"a1": "Troops took Saraqeb on Monday. Officials in Ankara spoke.",
             "a2": "Fighting near Saraqib went on, officials in Ankara said.",
             "a3": "Rebels entered Atarib and Atareb later."}
    idx = NameIndex.load(None)
    for t in texts.values():
        idx.observe(t)
    idx.save(tmp_path / "_state" / "names.json")
    before = _tree(tmp_path)
    plain = suggest_rows(tmp_path)              # no mentions/articles tables: no co-occurrence
    row = next(r for r in plain if {r["canonical"], r["variant"]} == {"Saraqib", "Saraqeb"})
    assert row["cooccurrence"] == 0
    assert set(row) == {"canonical", "variant", "score", "jaro_winkler", "edit_distance", "cooccurrence",
                        "canonical_count", "variant_count"}
    _write_table(tmp_path / "mentions", [{"article_id": a, "key": m["key"], "surface": m["surface"]}
                                         for a, t in texts.items() for m in normalize(t, idx)[1]])
    before = _tree(tmp_path)
    _write_table(tmp_path / "articles", [{"article_id": "a1", "story_id": "s1", "text": texts["a1"]},
                                         {"article_id": "a2", "story_id": "s1", "text": texts["a2"]},
                                         {"article_id": "a3", "story_id": None, "text": texts["a3"]}])
    before = _tree(tmp_path)
    rows = suggest_rows(tmp_path, limit=5)
    assert (rows[0]["canonical"], rows[0]["variant"], rows[0]["cooccurrence"]) == ("Saraqib", "Saraqeb", 1)
    assert rows[0]["score"] > row["score"] and len(rows) <= 5
    assert _tree(tmp_path) == before            # never writes anything
    # an alias file that already joins the pair: no longer proposed
    f = tmp_path.parent / "mine.csv"
    f.write_text("Saraqib,Saraqeb\n", encoding="utf-8")
    assert not [r for r in suggest_rows(tmp_path, alias_files=[f]) if "Saraqeb" in (r["canonical"], r["variant"])]
    assert suggest_rows(tmp_path / "nothing-here") == []


@pytest.mark.parametrize("text", ["Çavuşoğlu Çavuşoğlu Kiev  Bashar Assad", "x Kiev Bashar Assad"])
def test_idempotent_when_a_rewrite_adds_an_article_to_a_headline_like_line(text):
    # found by hypothesis: "Assad" -> "al-Assad" used to turn a Title Case line into running text
    out, ms = normalize(text, _IDX)
    assert normalize(out, _IDX)[0] == out
    assert {m["surface"] for m in ms} >= {"Kiev", "Bashar Assad"}


def test_alias_parts_cached_by_surface_keep_offsets():
    # found by hypothesis: the alias split of "Saraqib Kiev" was cached with offsets of its first regex match
    idx = index_of("He met Saraqib today. He met Kiev today.")
    normalize("Çavuşoğlu Erdogan's Saraqib Kiev", idx)
    text = "x Saraqib Kiev"
    out, ms = normalize(text, idx)
    assert out == "x Saraqib Kyiv" and normalize(out, idx)[0] == out
    assert all(text[m["start"]:m["end"]] == m["surface"] for m in ms)
