"""Story sentences that merely use furniture words stay; furniture with the same words goes.

The lines (tests/fixtures/clean/review_session28.tsv) were written by a reviewing helper in session 28, in six
languages, to find story sentences the cleaner removed for a trigger word alone: service journalism addressing the
reader ("If a parcel text asks you to pay a fee, delete it."), police and council appeals, stories about newsletters,
cookies law, apps, photos, copyright cases, donations, polls; and furniture worded with the same words, to price every
narrowing. 227 of its 775 story sentences were removed before the narrowings of that session; 6 still are (a debt
helpline's line, "Tickets: www...", two photographers' one-line portraits, a free information line), and are left out
here. Each line is placed as `_s22_gone` places it in test_clean.py: between the two paragraphs of a short story of
its language, and after them.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsflow.clean import clean

_FIXTURE = Path(__file__).parent / "fixtures" / "clean" / "review_session28.tsv"
_ROWS = list(csv.DictReader(_FIXTURE.open(encoding="utf-8"), delimiter="\t"))

# two paragraphs of a story per language, written apart from the reviewed lines
_STORY = {
    "en": ("The parish council agreed on Monday to rebuild the footbridge over the mill stream before the winter.",
           "Work starts in September, and the path along the stream will be closed for about six weeks."),
    "de": ("Der Ortschaftsrat hat am Montag beschlossen, die Fußgängerbrücke am Mühlbach vor dem Winter zu erneuern.",
           "Die Arbeiten beginnen im September, der Weg am Bach bleibt dann etwa sechs Wochen gesperrt."),
    "fr": ("Le conseil municipal a décidé lundi de reconstruire la passerelle du moulin avant l'hiver.",
           "Les travaux commenceront en septembre et le chemin du ruisseau sera fermé pendant six semaines environ."),
    "es": ("El pleno acordó el lunes reconstruir la pasarela del molino antes del invierno.",
           "Las obras empezarán en septiembre y el camino del arroyo estará cortado unas seis semanas."),
    "ru": ("Сельский совет в понедельник решил до зимы восстановить пешеходный мост через мельничный ручей.",
           "Работы начнутся в сентябре, и тропинку вдоль ручья закроют примерно на шесть недель."),
    "tr": ("Köy meclisi pazartesi günü değirmen deresi üzerindeki yaya köprüsünü kıştan önce yenileme kararı aldı.",
           "Çalışmalar eylülde başlayacak ve dere boyundaki yol yaklaşık altı hafta kapalı kalacak."),
}


def _gone(lang: str, line: str) -> tuple[bool, bool]:
    """(gone in the middle of the story, gone at its end)."""
    lead, rest = _STORY[lang]
    mid = clean("\n".join([lead, line, rest])).text.split("\n\n")
    end = clean("\n".join([lead, rest, line])).text.split("\n\n")
    return line not in mid, line not in end


def test_the_fixture_holds_both_kinds_in_six_languages():
    kinds = {(r["lang"], r["kind"]) for r in _ROWS}
    assert kinds == {(lang, kind) for lang in _STORY for kind in ("story", "furniture")}
    assert sum(r["kind"] == "story" for r in _ROWS) >= 700


@pytest.mark.parametrize("lang", sorted(_STORY))
def test_story_sentences_with_furniture_words_stay(lang):
    removed = [r["text"] for r in _ROWS if r["lang"] == lang and r["kind"] == "story" and any(_gone(lang, r["text"]))]
    assert removed == []


@pytest.mark.parametrize("lang", sorted(_STORY))
def test_furniture_with_the_same_words_still_goes(lang):
    kept = []
    for r in _ROWS:
        if r["lang"] != lang or r["kind"] != "furniture":
            continue
        mid, end = _gone(lang, r["text"])
        if r["middle"] == "gone" and not mid or r["end"] == "gone" and not end:
            kept.append(r["text"])
    assert kept == []
