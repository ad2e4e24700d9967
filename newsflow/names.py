"""Names stage: one name, one spelling.

Plain Python (no Prefect). The pipeline calls, per run::

    index = NameIndex.load(path, alias_files=[...], policy="native")
    for article in batch: index.observe(article.text)
    for article in batch: article.text_normalized, mentions = normalize(article.text, index)
    index.save(path)

Vocabulary (see docs/names.md for the long form):

* **name span** – a run of capitalised words in running text (plus Arabic
  articles and particles such as ``al-``, ``bin``, ``de``), with leading
  stop words and titles ("Turkish Foreign Minister") trimmed off and any
  apostrophe suffix ("'s", Turkish "'nun") kept outside the span.
* **key** – :func:`name_key`: a matching key that folds case (Turkish-aware),
  Latin diacritics, Cyrillic/Greek script (via ``anyascii``), apostrophe
  suffixes, hyphens and the spelling of the Arabic article. Two spellings with
  one key are the same name. Greek keys keep the stressed vowel (``athi'na``) so
  that Αθήνα and Αθηνά stay apart.
* **link** – a rule that joins two *different* keys: an alias row (user files
  first, then the shipped ``data/aliases.csv``), or a corpus rule that needs
  both spellings to be present in the index: German expansion (Mueller ->
  Müller), a dropped Arabic article inside a full name (Bashar Assad -> Bashar
  al-Assad), Greek without its stress mark (Athina -> Αθήνα) and Cyrillic press
  romanisation (Алексей Навальный -> Alexei Navalny). Links only ever join a
  key to one target; an ambiguous rule joins nothing.
* **group** – the keys joined by links; it has one canonical spelling.

Text is only rewritten inside name spans and never changes script: a Cyrillic
span is rewritten (if at all) to the canonical Cyrillic spelling. Mentions carry
the raw key of the surface, so read-time resolution is a join with the names
table on ``key``.
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Iterable

from anyascii import anyascii

__all__ = [
    "POLICIES",
    "NameIndex",
    "find_names",
    "name_key",
    "normalize",
    "renormalize",
    "suggest",
    "suggest_rows",
    "load_alias_rows",
]

POLICIES = ("native", "most_frequent", "ascii")
INDEX_FORMAT = 1

# ---------------------------------------------------------------------------
# Character classes (stdlib ``re`` has no \p{Lu}; build them once from unicodedata)


def _char_class(pred) -> str:
    out: list[str] = []
    start = prev = None
    for cp in range(0x10000):  # the BMP holds every cased script we handle
        if pred(chr(cp)):
            if start is None:
                start = prev = cp
            elif cp == prev + 1:
                prev = cp
            else:
                out.append(_rng(start, prev))
                start = prev = cp
    if start is not None:
        out.append(_rng(start, prev))
    return "".join(out)


def _rng(a: int, b: int) -> str:
    ea, eb = re.escape(chr(a)), re.escape(chr(b))
    return ea if a == b else f"{ea}-{eb}"


_CAT = unicodedata.category
_UPPER = _char_class(lambda c: _CAT(c) in ("Lu", "Lt"))
_LETTER = _char_class(lambda c: _CAT(c)[0] in "LM")
U = f"[{_UPPER}]"
L = f"[{_LETTER}]"

APOS = "'\u2019"
# Arabic article written before a hyphen: al-, el-, and the sun-letter forms.
_ART_PREFIX = r"(?:al|el|ul|il|ad|adh|an|ar|as|ash|at|ath|az|ez|es|esh|ed|en|er|et|ud|ur|us|un|ut|uz)[-\u2010]"
_TOKEN = rf"(?:{_ART_PREFIX})?{U}{L}*(?:[-\u2010{APOS}]{L}+)*"
# Lower-case particles allowed between two capitalised words of one name.
CONNECTORS = ("al", "el", "bin", "ibn", "bint", "ben", "de", "del", "della", "der", "den", "van", "von", "da",
              "das", "do", "dos", "du", "la", "le", "di", "y", "ul", "ud", "zu", "ter", "ten", "e")
_CONN = "|".join(sorted(CONNECTORS, key=len, reverse=True))
_SP = "[ \u00a0]"
_PIECE_RE = re.compile(rf"{_TOKEN}|(?<![{_LETTER}])(?:{_CONN})(?![{_LETTER}])")

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")

# ---------------------------------------------------------------------------
# Word lists (closed-class English words and titles: grammar, not name data)

STOPWORDS = frozenset(
    """a an the this that these those there here it its he she they we i you his her their our my your
    in on at by for from with of to into onto over under about after before during since until upon
    and but or nor so yet if when while where why how what who whom whose which as than then
    also however meanwhile moreover furthermore nevertheless still thus therefore instead indeed
    according all some many most more much no not yes any each every both either neither other
    earlier later today yesterday tomorrow tonight now just only even once again already
    asked said says told added noted mr mrs ms dr us me him them then though although because despite
    without within among between against toward towards through via per such several few nearly almost
    amid unlike like whether unless""".split()
)
# The pattern starts with the upper-case letter itself (and checks the character before it
# with a look-behind), which lets the regex engine skip quickly to candidate positions: 4x
# faster than a leading look-behind. An Arabic article before the first word ("al-Assad
# said") is added back by _extend_article.
_SPAN_RE = re.compile(
    rf"{U}(?<![{_LETTER}\d]{U}){L}*(?:[-\u2010{APOS}]{L}+)*(?:{_SP}(?:(?:{_CONN}){_SP})*{_TOKEN})*")
_ART_BEFORE = re.compile(rf"(?<![{_LETTER}\d]){_ART_PREFIX}$")


def _match_text(text: str, m) -> tuple[int, str]:
    """(start, text) of a span match, with a leading article ("al-", "ash-") put back."""
    s0 = m.start()
    if s0 and text[s0 - 1] in "-\u2010":
        am = _ART_BEFORE.search(text[max(0, s0 - 5):s0])
        if am:
            s0 -= len(am.group())
            return s0, text[s0:m.end()]
    return s0, m.group()


# Titles and roles: everything up to the last title word of a span is trimmed,
# so "Turkish Foreign Minister Mevlut Cavusoglu" is the name "Mevlut Cavusoglu".
TITLES = frozenset(
    """president presidential vice minister ministers prime premier chancellor secretary spokesman spokeswoman
    spokesperson ambassador envoy king queen prince princess crown emir pope ayatollah cardinal bishop
    archbishop mayor governor senator sen rep gov congressman congresswoman lawmaker mp deputy chief
    commander gen lt col sgt capt maj adm colonel captain lieutenant sergeant major admiral marshal
    judge director chairman chairwoman chairperson ceo officer executive leader speaker mr mrs ms dr prof
    professor coach striker midfielder defender goalkeeper foreign interior defense defence finance
    justice""".split()
)

# The same closed classes in the other languages of the corpus (fr, de, tr, es, it). Capitalised
# function words open sentences ("Selon Dmitri Peskov", "Nach Angaben ...", "Bu Erdoğan ...") and titles
# precede names ("Außenminister Mevlüt Çavuşoğlu", "Dışişleri Bakanı Mevlüt Çavuşoğlu", "Kremlsprecher
# Dmitri Peskow"): without them such a word glued onto the name made a new key, so the name itself
# was never seen alone in running text. Compared lower-cased (İ -> i), exact: "Über" is a stop word,
# "Uber" is not. Words that also begin names (von, van, de, da, du, Son, Su, Sur) are left out.
FOREIGN_STOPWORDS = frozenset(
    """selon dans pour après avant depuis chez avec et mais ce cet cette ces il elle ils elles nous on lors
    pendant contre sans vers donc ainsi aussi puis alors cependant toutefois parmi malgré dont leur leurs
    quant face outre hier aujourd'hui au aux
    nach bei mit aus auf für über unter vor seit laut und aber auch er sie es wir ihr dieser diese dieses
    wie wenn als dass doch noch nun schon jedoch bereits damit dabei dort zwischen gegen ohne durch trotz
    während wegen zudem außerdem inzwischen unterdessen sein seine seinem seinen seiner ihre ihrem ihren
    im am zum zur beim ins ans gestern heute
    bu şu bunu ve ile için ama ancak fakat göre gibi kadar sonra önce daha ayrıca bir her tüm bütün dün
    bugün ise
    según con para por desde tras sobre entre pero también este esta estos estas ese esa
    secondo dopo durante nel nella nei anche""".split()
)
# Articles: a span that starts with one at the start of a sentence ("Der Außenminister ...", "Die
# Türkei ...", "Le président ...") is weak, like any sentence-initial word: it counts as written only
# when the index knows the whole span (La Paz, Le Pen, Los Angeles), else without the article.
ARTICLES = frozenset("le la les un une des der die das den dem ein eine einer einem einen el los las il lo gli "
                     "uno una".split())
# Titles in those languages, compared ASCII-folded (name_key folding: ß -> ss, ä -> a, ı -> i);
# German compounds by their head noun (Außenminister, Kremlsprecher, Bundeskanzlerin).
_TITLES_OTHER = """président présidente ministre porte-parole secrétaire ambassadeur maire député sénateur
    monsieur madame mme homologue chef chefin
    präsident präsidentin kanzler kanzlerin minister ministerin sprecher sprecherin botschafter
    botschafterin vorsitzende vorsitzender generalsekretär bürgermeister amtskollege amtskollegin herr frau
    bakan bakanı bakanımız başkan başkanı cumhurbaşkanı başbakan başbakanı sözcü sözcüsü büyükelçi
    büyükelçisi yardımcısı komutanı valisi lideri sekreteri müsteşarı temsilcisi sayın
    presidente presidenta ministro ministra canciller portavoz embajador alcalde señor señora""".split()
_DE_TITLE_HEADS = ("minister", "ministerin", "prasident", "prasidentin", "kanzler", "kanzlerin", "sprecher",
                   "sprecherin", "botschafter", "botschafterin", "vorsitzende", "vorsitzender", "sekretar",
                   "burgermeister", "kommandeur", "vertreter", "vertreterin", "chef", "chefin")
_TITLE_CACHE: dict[str, bool] = {}


def _low(word: str) -> str:
    return word.lower().replace("\u0307", "")


def _is_title(word: str) -> bool:
    """A title or role word in English or another corpus language (folded, hyphen parts too)."""
    hit = _TITLE_CACHE.get(word)
    if hit is None:
        low = _low(word)
        f = _fold_token(word)
        hit = (low in TITLES or low.rsplit("-", 1)[-1] in TITLES or f in _TITLES_OTHER_F
               or (f.endswith(_DE_TITLE_HEADS) and len(f) > 6 and not _is_caps(word)))
        if len(_TITLE_CACHE) > 100_000:
            _TITLE_CACHE.clear()
        _TITLE_CACHE[word] = hit
    return hit


def _is_stop(word: str) -> bool:
    """A closed-class word (English or another corpus language) that never starts or ends a name."""
    if _is_caps(word):
        return False
    low = _low(word)
    return low in STOPWORDS or low in FOREIGN_STOPWORDS

# Turkish case/possessive suffixes written after an apostrophe (plus their ASCII-folded forms).
_TR_VOWEL_INITIAL = {"ın", "in", "un", "ün", "ı", "i", "u", "ü", "a", "e", "ı", "a", "ıyla", "iyle"}
_TR_AFTER_VOWEL = {"nın", "nin", "nun", "nün", "yı", "yi", "yu", "yü", "ya", "ye", "yla", "yle", "na", "ne",
                   "nı", "ni", "nu", "nü", "nda", "nde", "ndan", "nden", "ndaki", "ndeki", "sı", "si", "su",
                   "sü", "sına", "sine", "sında", "sinde", "nı", "ydı", "ydi"}
_TR_ANY = {"da", "de", "ta", "te", "dan", "den", "tan", "ten", "daki", "deki", "taki", "teki", "la", "le",
           "lar", "ler", "ları", "leri", "ların", "lerin", "lara", "lere", "larda", "lerde", "lardan",
           "lerden", "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür", "lı", "li", "lu", "lü", "ca", "ce",
           "ça", "çe", "dı", "di", "ti", "tı"}


def _fold_tr(s: str) -> str:
    return s.translate(_TR_FOLD)


_TR_FOLD = str.maketrans({"ı": "i", "ü": "u", "ö": "o", "ş": "s", "ç": "c", "ğ": "g"})
_VOWELS = set("aeıioöuüAEIİOÖUÜâîûÂÎÛéÉ")


def split_suffix(token: str) -> tuple[str, str]:
    """Split an apostrophe suffix off a name token: "Çavuşoğlu'nun" -> ("Çavuşoğlu", "'nun").

    English possessive ("'s", "’s") and Turkish case/possessive suffixes are
    recognised; other apostrophes (O'Brien, Ma'arrat, Nu'man, Sana'a) are part of
    the name. A Turkish suffix must fit the stem: after a vowel it starts with
    a buffer letter (Ankara'nın, Ankara'ya), after a consonant with a vowel
    (Erdoğan'ın, Akar'a).
    """
    for i in range(len(token) - 1, 0, -1):
        if token[i] in APOS:
            stem, suf = token[:i], token[i + 1:]
            if not stem or not suf.islower() or not suf.isalpha():
                if suf == "" and i == len(token) - 1 and stem.endswith(("s", "S")):
                    return stem, token[i:]  # plural possessive: Assads'
                return token, ""
            low = suf.lower()
            folded = _fold_tr(low)
            if low == "s":
                return stem, token[i:]
            if len(stem) < 2:
                return token, ""
            last = stem[-1]
            stem_vowel = last in _VOWELS
            if low in _TR_ANY or folded in _TR_ANY_F:
                return stem, token[i:]
            if not stem_vowel and (low in _TR_VOWEL_INITIAL or folded in _TR_VOWEL_INITIAL_F):
                return stem, token[i:]
            if stem_vowel and (low in _TR_AFTER_VOWEL or folded in _TR_AFTER_VOWEL_F):
                return stem, token[i:]
            return token, ""
    return token, ""


_TR_VOWEL_INITIAL_F = {_fold_tr(x) for x in _TR_VOWEL_INITIAL}
_TR_AFTER_VOWEL_F = {_fold_tr(x) for x in _TR_AFTER_VOWEL}
_TR_ANY_F = {_fold_tr(x) for x in _TR_ANY}

# ---------------------------------------------------------------------------
# Keys

# Turkish and other letters whose lower-casing or transliteration needs care
# before anyascii: 'İ'.lower() is 'i̇' (i + combining dot) in Python.
_PRE = str.maketrans({"İ": "i", "I": "i", "ı": "i", "\u0307": None, "’": "'", "ʼ": "'", "‘": "'"})
_GREEK_TONOS = set("άέήίόύώΐΰΆΈΉΊΌΎΏ")
_SUN = {"ad": "d", "adh": "dh", "an": "n", "ar": "r", "as": "s", "ash": "sh", "at": "t", "ath": "th",
        "az": "z", "ez": "z", "es": "s", "esh": "sh", "ed": "d", "en": "n", "er": "r", "et": "t", "ud": "d",
        "ur": "r", "us": "s", "un": "n", "ut": "t", "uz": "z"}
_ALFORMS = {"al", "el", "ul", "il"}
_KEY_CACHE: dict[str, str] = {}
_TOKSPLIT = re.compile(r"([\s\-\u2010\u2011\u2013]+)")


def _fold_token(tok: str) -> str:
    if tok.isascii():
        return "".join(ch for ch in tok.lower() if ch.isalnum())
    tok = unicodedata.normalize("NFC", tok).translate(_PRE)
    if _GREEK.search(tok):
        # keep the stressed vowel: Αθήνα -> athi'na, Αθηνά -> athina' (a contrast, not a spelling variant)
        parts = []
        for ch in tok:
            parts.append(anyascii(ch))
            if ch in _GREEK_TONOS:
                parts.append("'")
        out = "".join(parts).lower()
        return "".join(ch for ch in out if ch.isalnum() or ch == "'")
    out = anyascii(tok).lower()
    return "".join(ch for ch in out if ch.isalnum())


_TITLES_OTHER_F = frozenset(_fold_token(w) for w in _TITLES_OTHER)


def _key_tokens(surface: str) -> list[str]:
    """Folded tokens of a surface, with the Arabic article spelled "al"."""
    pieces = _TOKSPLIT.split(surface.strip())
    toks: list[tuple[str, str, bool]] = []  # (raw, folded, hyphen_after)
    for i in range(0, len(pieces), 2):
        raw = pieces[i]
        if not raw:
            continue
        sep = pieces[i + 1] if i + 1 < len(pieces) else ""
        f = _fold_token(raw)
        if f:
            toks.append((raw, f, "-" in sep or "\u2010" in sep or "\u2011" in sep))
    out: list[str] = []
    for j, (raw, f, hyph) in enumerate(toks):
        if j + 1 < len(toks):
            nxt = toks[j + 1][1]
            if f in _ALFORMS and (hyph or raw.islower() or raw[:1].isupper()):
                f = "al"
            elif f in _SUN and (hyph or raw.islower()) and nxt.startswith(_SUN[f]):
                f = "al"
        out.append(f)
    return out


def name_key(surface: str) -> str:
    """Matching key of a name: same key, same name.

    >>> name_key("Çavuşoğlu'nun") == name_key("Cavusoglu's") == name_key("ÇAVUŞOĞLU") == "cavusoglu"
    True
    >>> name_key("DİYARBAKIR"), name_key("Deir ez-Zor"), name_key("Сергей Лавров")
    ('diyarbakir', 'deir al zor', 'sergey lavrov')
    """
    k = _KEY_CACHE.get(surface)
    if k is not None:
        return k
    s = surface.strip()
    # strip an apostrophe suffix from the last word
    m = re.search(r"\S+$", s)
    if m:
        stem, suf = split_suffix(m.group(0))
        if suf:
            s = s[: m.start()] + stem
    k = " ".join(_key_tokens(s))
    if len(_KEY_CACHE) > 200_000:
        _KEY_CACHE.clear()
    _KEY_CACHE[surface] = k
    return k


def _script(s: str) -> str:
    if s.isascii():
        return "latn"
    if _CYRILLIC.search(s):
        return "cyrl"
    if _GREEK.search(s):
        return "grek"
    return "latn"


def _is_caps(s: str) -> bool:
    """All capitals, two letters or more (AA, FETÖ, ERDOĞAN)."""
    return len(s) > 1 and s.isupper()


_TR_SPECIFIC = set("ıİğĞşŞ")


def _upper(s: str) -> str:
    """Upper-case, Turkish-aware when the spelling is Turkish (i -> İ, ı -> I)."""
    if any(c in _TR_SPECIFIC for c in s):
        s = s.replace("i", "İ").replace("ı", "I")
    return s.upper()


def _nonascii_letters(s: str) -> int:
    return sum(1 for c in s if ord(c) > 127 and c.isalpha())


# German expansion of a spelling: Müller -> Mueller, Gößling -> Goessling.
_DE_EXPAND = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_DE_CHARS = set("äöüÄÖÜß")


def _skeleton(key: str) -> str:
    """Romanisation skeleton for matching a Cyrillic key to a Latin press spelling.

    Collapses only the well-known ambiguities of romanising Russian/Ukrainian:
    -iy/-yy/-y/-i endings (Dmitriy/Dmitry/Dmitri), ey/ei, oy/oi, ya/ia, yu/iu,
    initial ye/e, x/ks, inner y/i (Volodimir/Volodymyr). Feminine endings (-a,
    -aya) are untouched, so Lavrov and Lavrova stay apart.
    """
    out = []
    for t in key.split():
        t = t.replace("x", "ks")
        if t.startswith("ye"):
            t = t[1:]
        t = re.sub(r"(?:iy|yy|ij|ii|yi|y|i)$", "Y", t)
        t = t.replace("y", "i")
        t = t.replace("ii", "i")
        out.append(t)
    return " ".join(out)


# ---------------------------------------------------------------------------
# Finding name spans


# A candidate name span is a plain tuple (fast to build; there are tens of thousands per MB):
# (start, end, surface, key, initial, headline, tokens, base, rem) with absolute offsets;
# tokens are (rel_start, rel_end, text) relative to ``base``, the start of the regex match;
# rem is the span without its first word, or None.
_S, _E, _SURF, _KEY, _INIT, _HEAD, _TOKS, _BASE, _REM = range(9)


_OPENERS = frozenset(" \t\u00a0\"'“”‘’«»([{-–—•*·|")
_ENDERS = frozenset(".!?:;…")
_HYPHEN_WORD = re.compile(r"(?<=[^\W\d_]{2})[-\u2010](?:[a-z]{4,}|led|run|era|old)(?![^\W\d_])")


def _headline_line(line: str) -> bool:
    """All-caps or Title-Case line (a headline): capitalisation there says nothing about names.

    Title case needs at least three words, 70% of them capitalised, and a capitalised
    function word after the first word ("Delegation To Arrive In Ankara") or no
    lower-case word at all.
    """
    tail = line.rstrip()[-1:]
    if not tail or (tail in ".!?\"”’»" and not line.isupper()):
        return False  # a paragraph, not a headline (cheap test first: this runs for every line)
    # lower-case name particles (al, bin, de, van) do not count: rewriting "Assad" to "al-Assad"
    # must not turn a headline into running text (normalize would not be idempotent)
    words = [w for w in _WORD2.findall(line) if w not in _CONNECTOR_SET]
    if not words:
        return False
    if len(words) >= 2 and all(w.isupper() for w in words if len(w) > 1):
        return True
    if len(words) < 3 or _SENTENCE_BREAK.search(line):
        return False
    caps = [w for w in words if w[0].isupper()]
    if len(caps) / len(words) < 0.7:
        return False
    return len(caps) == len(words) or any(w.lower() in STOPWORDS for w in caps[1:])


_WORD2 = re.compile(rf"{L}{{2,}}")
_CONNECTOR_SET = frozenset(CONNECTORS)
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s+\S")


_PARSE_CACHE: dict[str, tuple] = {}
_DUTCH_ARTICLE = frozenset(("der", "den"))
_CAPS_STOP = frozenset(w.upper() for w in STOPWORDS if len(w) > 1) - {"US"}


def _parse_match(mt: str) -> tuple:
    """Names inside one regex match (cached: names recur). Offsets are relative to the match."""
    groups: list[list[tuple]] = [[]]
    prev = ""
    for pm in _PIECE_RE.finditer(mt):
        ps, ptxt = pm.start(), pm.group(0)
        if ptxt in _DUTCH_ARTICLE and prev not in ("van", "von", "Van", "Von"):
            # German articles join a name only after van/von (von der Leyen, Van den Berg):
            # "traf Erdogan den Kanzler", "sagte Lawrow der Zeitung" are two spans
            groups.append([])
            prev = ptxt
            continue
        prev = ptxt
        hm = _HYPHEN_WORD.search(ptxt)
        if hm:  # Russia-backed, Saudi-led: the name ends before the hyphen
            stem, suf = ptxt[: hm.start()], ptxt[hm.start():]
        else:
            stem, suf = split_suffix(ptxt)
        if stem in _CAPS_STOP:  # "ERDOGAN IN MOSCOW": a capitalised stop word separates names
            groups.append([])
            continue
        groups[-1].append((ps, ps + len(stem), stem))
        if suf:
            groups.append([])
    out = []
    for gi, toks in enumerate(groups):
        if not toks:
            continue
        # leading stop words and titles, trailing stop words and connectors
        i = 0
        dropped = False
        while i < len(toks) and _is_stop(toks[i][2]):
            i += 1
            dropped = True
        last_title = -1
        for j in range(i, len(toks) - 1):
            if _is_title(toks[j][2]):
                last_title = j
        if last_title >= 0:
            i = last_title + 1
            dropped = True
        toks = toks[i:]
        while toks and (toks[-1][2] in CONNECTORS or _is_stop(toks[-1][2])
                        or (_low(toks[-1][2]) in ARTICLES and not _is_caps(toks[-1][2]))):
            toks = toks[:-1]
        while toks and toks[0][2] in CONNECTORS:
            toks = toks[1:]
        if not toks or (len(toks) == 1 and (len(toks[0][2]) < 2 or _is_title(toks[0][2])
                                            or _low(toks[0][2]) in ARTICLES)):
            continue
        start, end = toks[0][0], toks[-1][1]
        surface = mt[start:end]
        key = name_key(surface)
        if not key:
            continue
        # a sentence-initial word may be a common word; several capitalised words rarely are
        # ("Deir ez-Zor was", "Mevlut Cavusoglu said"), unless the first is "Visiting", "Asked", "Reportedly"
        # (or an article: "Der Außenminister ...", "Die Türkei ...", "La Paz ...")
        may_be_initial = gi == 0 and not dropped and (
            len(toks) == 1 or toks[0][2].lower().endswith(("ing", "ed", "ly"))
            or (_low(toks[0][2]) in ARTICLES and not _is_caps(toks[0][2])))
        rem = None
        if len(toks) > 1:
            rt = toks[1:]
            while rt and rt[0][2] in CONNECTORS:
                rt = rt[1:]
            if rt and not (len(rt) == 1 and len(rt[0][2]) < 2):
                rsurf = mt[rt[0][0]: rt[-1][1]]
                rkey = name_key(rsurf)
                if rkey:
                    rem = (rt[0][0], rt[-1][1], rsurf, rkey, tuple(rt))
        out.append((start, end, surface, key, may_be_initial, tuple(toks), rem))
    res = tuple(out)
    if len(_PARSE_CACHE) > 200_000:
        _PARSE_CACHE.clear()
    _PARSE_CACHE[mt] = res
    return res


def _scan(text: str) -> list[tuple]:
    """Candidate name spans with flags (sentence-initial, headline line), line by line."""
    out: list[tuple] = []
    append = out.append
    cache = _PARSE_CACHE
    openers, enders = _OPENERS, _ENDERS
    finditer = _SPAN_RE.finditer
    n = len(text)
    ls = 0
    while ls < n:
        le = text.find("\n", ls)
        if le < 0:
            le = n
        headline = None
        for m in finditer(text, ls, le):
            base, mt = _match_text(text, m)
            parsed = cache.get(mt)
            if parsed is None:
                parsed = _parse_match(mt)
            if not parsed:
                continue
            if headline is None:
                headline = le - ls <= 300 and _headline_line(text[ls:le])
            for start, end, surface, key, may_be_initial, toks, rem in parsed:
                initial = False
                if may_be_initial:
                    k = base + start - 1
                    while k >= ls and text[k] in openers:
                        k -= 1
                    initial = k < ls or text[k] in enders
                append((base + start, base + end, surface, key, initial, headline, toks, base, rem))
        ls = le + 1
    return out


def find_names(text: str) -> list[tuple[int, int, str]]:
    """Proper-noun spans (start, end, surface) in ``text``; ``text[start:end] == surface``.

    Without an index, a capitalised word at the start of a sentence or in a
    headline-cased line counts only when the same key also appears in running
    text of the same article ("Turkey has ..." counts when "in Turkey" does).
    The span excludes an apostrophe suffix and leading titles.

    >>> find_names("Foreign Minister Mevlüt Çavuşoğlu'nun said Cavusoglu's aide.")
    [(17, 33, 'Mevlüt Çavuşoğlu'), (43, 52, 'Cavusoglu')]
    """
    cands = _scan(text)
    strong = {c[_KEY] for c in cands if not (c[_INIT] or c[_HEAD])}
    res = []
    for c in cands:
        if (c[_INIT] or c[_HEAD]) and c[_KEY] not in strong:
            c = _remainder(c)
            if c is None or c[_KEY] not in strong:
                continue
        res.append((c[_S], c[_E], c[_SURF]))
    return res


def _remainder(c: tuple) -> tuple | None:
    """A multi-word span without its first word (Visiting Turkish -> Turkish)."""
    rem = c[_REM]
    if rem is None:
        return None
    rs, re_, surf, key, toks = rem
    base = c[_BASE]
    return (base + rs, base + re_, surf, key, False, c[_HEAD], toks, base, None)


# ---------------------------------------------------------------------------
# Alias files


def load_alias_rows(path) -> list[tuple[str, str]]:
    """Rows (canonical, variant) of an alias CSV: header optional, '#' comments, blank lines ignored."""
    rows = []
    with open(path, newline="", encoding="utf-8") as fh:
        for rec in csv.reader(fh):
            if not rec or not rec[0].strip() or rec[0].lstrip().startswith("#"):
                continue
            if len(rec) < 2:
                raise ValueError(f"{path}: alias row needs canonical,variant: {rec!r}")
            can = unicodedata.normalize("NFC", rec[0].strip())
            var = unicodedata.normalize("NFC", rec[1].strip())
            if (can.lower(), var.lower()) == ("canonical", "variant"):
                continue
            if can and var:
                rows.append((can, var))
    return rows


def shipped_alias_path() -> Path:
    return Path(str(resources.files("newsflow") / "data" / "aliases.csv"))


# ---------------------------------------------------------------------------
# The index


class NameIndex:
    """Spellings seen across the dataset, alias links and the canonical spelling of every key.

    Persisted as JSON beside the dataset (``save``/``load``); alias files are
    re-read on every ``load`` so that editing them takes effect on the next run.
    """

    def __init__(self, policy: str = "native"):
        if policy not in POLICIES:
            raise ValueError(f"policy must be one of {POLICIES}, not {policy!r}")
        self.policy = policy
        self._var: dict[str, Counter] = defaultdict(Counter)  # key -> surface -> count
        self._strong: Counter = Counter()  # key -> occurrences in running text
        self._alias_link: dict[str, tuple[str, str]] = {}  # variant key -> (canonical key, origin)
        self._alias_spell: dict[str, tuple[str, str]] = {}  # canonical key -> (spelling, origin)
        self._dirty = True
        self._link: dict[str, tuple[str, str]] = {}
        self._group: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}
        self._canon: dict[str, tuple[str, str]] = {}
        self._script_canon: dict[tuple[str, str], str] = {}
        self._ambiguous: set[str] = set()
        self._names: set[str] = set()
        self._aliased: set[str] = set()
        self._alias_tokens: set[str] = set()
        self._surf_cache: dict[str, tuple] = {}
        self._split_cache: dict[str, tuple | None] = {}

    # -- persistence -------------------------------------------------------
    @classmethod
    def load(cls, path, *, alias_files: Iterable = (), policy: str = "native") -> "NameIndex":
        """Index at ``path`` (missing -> empty), plus shipped aliases, plus the user's alias files.

        User alias files win over shipped aliases; of several user files, the earlier wins.
        """
        idx = cls(policy=policy)
        if path is not None and Path(path).exists():
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if data.get("format") != INDEX_FORMAT:
                raise ValueError(f"{path}: unknown name index format {data.get('format')!r}")
            for key, variants in data.get("variants", {}).items():
                idx._var[key].update(variants)
            idx._strong.update(data.get("strong", {}))
        ship = shipped_alias_path()
        if ship.exists():
            idx.add_aliases(load_alias_rows(ship), origin="shipped")
        for f in reversed(list(alias_files)):  # earlier files override later ones
            idx.add_aliases(load_alias_rows(f), origin="alias")
        return idx

    def save(self, path) -> None:
        """Write the observed spellings as JSON, atomically (temp file + os.replace)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "format": INDEX_FORMAT,
            "policy": self.policy,
            "variants": {k: dict(sorted(v.items())) for k, v in sorted(self._var.items()) if v},
            "strong": {k: n for k, n in sorted(self._strong.items()) if n},
        }
        fd, tmp = tempfile.mkstemp(prefix=".names-", suffix=".json.tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise

    # -- input -------------------------------------------------------------
    def add_aliases(self, rows: Iterable[tuple[str, str]], origin: str = "alias") -> None:
        """Add alias rows (canonical, variant). A row overrides earlier rows for the same variant."""
        for can, var in rows:
            ck, vk = name_key(can), name_key(var)
            if not ck or not vk:
                continue
            self._alias_spell[ck] = (can, origin)
            if vk != ck:
                self._alias_link[vk] = (ck, origin)
                self._alias_link.pop(ck, None) if self._alias_link.get(ck, ("",))[0] == vk else None
        self._dirty = True

    def observe(self, text: str) -> None:
        """Count the name spans of one article (call once per article, before ``normalize``).

        Same decisions as ``normalize`` over the spans of ``_scan``: a word that opens a
        sentence or sits in a headline counts as a spelling, but does not make its key a name.
        """
        seen: list[tuple[str, str]] = []   # (key, surface) of every span
        named: list[str] = []              # keys seen in running text
        add, add_named = seen.append, named.append
        for _start, _end, surface, key, initial, headline, _toks, _base, rem in _scan(text):
            add((key, surface))
            if headline:
                continue
            if initial:
                if rem is not None:
                    add((rem[3], rem[2]))
                    add_named(rem[3])
                continue
            add_named(key)
        var, strong = self._var, self._strong
        for (key, surface), cnt in Counter(seen).items():
            var[key][surface] += cnt
        strong.update(named)
        self._dirty = True

    def observe_surface(self, surface: str, count: int = 1) -> None:
        """Record one spelling as a name seen in running text (for lists of names, tests, benchmarks)."""
        k = name_key(surface)
        if k:
            self._var[k][unicodedata.normalize("NFC", surface.strip())] += count
            self._strong[k] += count
            self._dirty = True

    # -- resolution --------------------------------------------------------
    def is_name(self, key: str) -> bool:
        """A key counts as a name once it was seen in running text, or when an alias row names it."""
        self._ensure()
        return key in self._names

    def _ensure(self) -> None:
        if self._dirty:
            self._build()

    def _build(self) -> None:
        names = {k for k, n in self._strong.items() if n > 0}
        # The last word of a full name seen in running text is a name too (the surname: "Erdogan"
        # of "Recep Tayyip Erdoğan"), once it was seen on its own anywhere. Otherwise a surname
        # that happens to occur alone only at sentence starts or in headlines ("| Erdogan et
        # Poutine ...", "Erdoğan said ...") was never a name, and "le président Erdogan" kept
        # its spelling. Its spelling comes from the full names (below); if they disagree on it
        # (Amartya Sen / Ahmet Şen) it is ambiguous and left as written.
        surnames = set()
        for k in names:
            if " " in k:
                last = k.rsplit(" ", 1)[1]
                if len(last) >= 3 and last not in names and last in self._var and last != "al":
                    surnames.add(last)
        names |= surnames
        known = names | set(self._alias_link) | set(self._alias_spell)
        self._names = known
        self._aliased = set(self._alias_link) | set(self._alias_spell)
        self._alias_tokens = {t for k in self._aliased for t in k.split()}
        self._surf_cache: dict[str, tuple] = {}
        self._split_cache: dict[str, tuple | None] = {}
        link: dict[str, tuple[str, str]] = {}
        # 1-2. alias rows (user over shipped: add_aliases order already encodes it)
        for vk, (ck, origin) in self._alias_link.items():
            link[vk] = (ck, origin)

        def propose(rule_hits: dict[str, set[str]], origin: str) -> None:
            for src, targets in rule_hits.items():
                if src in link or len(targets) != 1:
                    continue  # an ambiguous rule joins nothing
                (dst,) = targets
                if dst != src:
                    link[src] = (dst, origin)

        # 3. German expansion: Mueller -> Müller, only when both are in the index
        hits: dict[str, set[str]] = defaultdict(set)
        for k in names:
            for surf in self._var.get(k, ()):
                if _DE_CHARS.intersection(surf):
                    ek = name_key(surf.translate(_DE_EXPAND))
                    if ek != k and ek in known:
                        hits[ek].add(k)
        propose(hits, "corpus:german_expansion")
        # 4. dropped Arabic article inside a full name: Bashar Assad -> Bashar al-Assad
        hits = defaultdict(set)
        for k in known:
            toks = k.split()
            if len(toks) >= 3 and "al" in toks[1:-1]:
                dk = " ".join([toks[0]] + [t for t in toks[1:] if t != "al"])
                if dk != k and dk in known:
                    hits[dk].add(k)
        propose(hits, "corpus:article")
        # 5. Greek without the stress mark (Latin romanisation or capitals): Athina -> Αθήνα
        hits = defaultdict(set)
        for k in known:
            if "'" in k:
                base = k.replace("'", "")
                if base in known:
                    hits[base].add(k)
        propose(hits, "corpus:greek_stress")
        # 6. Cyrillic to the Latin press spelling with the same romanisation skeleton
        latin_by_skel: dict[str, set[str]] = defaultdict(set)
        cyr: list[str] = []
        for k in known:
            surfs = self._var.get(k) or {}
            spell = self._alias_spell.get(k)
            scripts = {_script(s) for s in surfs} | ({_script(spell[0])} if spell else set())
            if "latn" in scripts:
                latin_by_skel[_skeleton(k)].add(k)
            if scripts == {"cyrl"}:
                cyr.append(k)
        hits = defaultdict(set)
        for k in cyr:
            for t in latin_by_skel.get(_skeleton(k), ()):
                hits[k].add(t)
        propose(hits, "corpus:script")

        # groups
        group: dict[str, str] = {}

        def root(k: str) -> str:
            seen = {k}
            while k in link:
                k = link[k][0]
                if k in seen:
                    break
                seen.add(k)
            return k

        for k in known | set(link):
            group[k] = root(k)
        members: dict[str, list[str]] = defaultdict(list)
        for k, g in group.items():
            members[g].append(k)
        self._link, self._group, self._members = link, group, dict(members)
        self._canon, self._script_canon, self._ambiguous = {}, {}, set()
        # single-word surnames: borrow the spelling of full names ending in them, unless those disagree
        self._last_token_spell: dict[str, Counter] = {}
        self._dirty = False
        lasts: dict[str, dict[str, int]] = defaultdict(dict)
        for g in members:
            if " " not in g:
                continue
            can, origin = self._group_canonical(g)
            ctoks = can.split()
            gk = g.split()
            last_can = ctoks[-1] if ctoks else ""
            if name_key(last_can) != gk[-1]:
                continue
            n = sum(sum(self._var.get(m, {}).values()) for m in members[g])
            lasts[gk[-1]][last_can] = lasts[gk[-1]].get(last_can, 0) + max(n, 1)
        for tok, spells in lasts.items():
            if tok not in group:
                continue
            g = group[tok]
            if g != tok:
                continue
            if len(spells) > 1:
                self._ambiguous.add(tok)
            else:
                self._last_token_spell[tok] = Counter(spells)
        self._canon = {}

    def _surfaces(self, g: str) -> Counter:
        c: Counter = Counter()
        for m in self._members.get(g, [g]):
            c.update(self._var.get(m, {}))
        return c

    def _choose(self, items: list[tuple[str, int]]) -> str:
        nocaps = [(s, n) for s, n in items if not _is_caps(s)]
        items = nocaps or items
        if self.policy == "native":
            best = max(items, key=lambda sn: (_nonascii_letters(sn[0]) > 0, sn[1], _nonascii_letters(sn[0]), sn[0]))
        elif self.policy == "most_frequent":
            best = max(items, key=lambda sn: (sn[1], _nonascii_letters(sn[0]), sn[0]))
        else:  # ascii
            best = max(items, key=lambda sn: (sn[0].isascii(), sn[1], sn[0]))
            if not best[0].isascii() and _script(best[0]) == "latn":
                return _ascii_spelling(best[0])
        return best[0]

    def _group_canonical(self, g: str) -> tuple[str, str]:
        """(canonical spelling, origin) of a group, for mentions and the names table (Latin preferred)."""
        hit = self._canon.get(g)
        if hit is not None:
            return hit
        if g in self._alias_spell:
            spell, origin = self._alias_spell[g]
            if self.policy == "ascii" and _script(spell) == "latn" and not spell.isascii():
                spell = _ascii_spelling(spell)
            res = (spell, origin)
        else:
            surf = self._surfaces(g)
            items = list(surf.items())
            origin = "corpus"
            if " " not in g and g in self._last_token_spell:
                items = items + [(s, 0) for s in self._last_token_spell[g] if s not in surf]
                extra = self._last_token_spell[g]
                items = [(s, n + extra.get(s, 0)) for s, n in items]
            if g in self._ambiguous:
                origin = "ambiguous"
            latin = [(s, n) for s, n in items if _script(s) == "latn"]
            pool = latin or items
            if not pool:
                res = (g, "key")
            else:
                spell = self._choose(pool)
                if len({s for s, _ in items}) <= 1 and origin == "corpus":
                    origin = "single"
                res = (spell, origin)
        self._canon[g] = res
        return res

    def _canonical_in_script(self, g: str, script: str) -> str | None:
        ck = (g, script)
        if ck in self._script_canon:
            return self._script_canon[ck]
        spell, origin = self._group_canonical(g)
        res: str | None
        if _script(spell) == script:
            res = spell
        else:
            items = [(s, n) for s, n in self._surfaces(g).items() if _script(s) == script]
            res = self._choose(items) if items else None
        self._script_canon[ck] = res
        return res

    def resolve(self, key: str) -> str:
        """Group key of a key (the key itself when nothing joins it)."""
        self._ensure()
        return self._group.get(key, key)

    def canonical(self, surface: str) -> tuple[str, str]:
        """(key, canonical spelling) of a surface; an unknown name keeps its spelling (suffix removed)."""
        self._ensure()
        key = name_key(surface)
        g = self._group.get(key)
        if g is None:
            stem = surface.strip()
            m = re.search(r"\S+$", stem)
            if m:
                s, suf = split_suffix(m.group(0))
                stem = stem[: m.start()] + s
            return key, unicodedata.normalize("NFC", stem)
        return key, self._group_canonical(g)[0]

    def origin(self, key: str) -> str:
        self._ensure()
        g = self._group.get(key, key)
        if key in self._link and g not in self._alias_spell:
            return self._link[key][1]
        return self._group_canonical(g)[1]

    def rows(self) -> list[dict]:
        """Rows for the NAMES table: one per key seen in the dataset as a name (alias-only keys have no row).

        ``canonical`` is the group's spelling, so joining mentions on ``key``
        resolves every mention to today's canonical; ``origin`` says why:
        ``alias`` (user file), ``shipped``, ``corpus`` (chosen among spellings
        with one key, or joined by a corpus rule ``corpus:<rule>``),
        ``single`` (one spelling seen), ``ambiguous`` (the key is spelled
        differently in different full names: its single-word mentions are left
        as written).
        """
        self._ensure()
        out = []
        keys = sorted(k for k in self._group if self._var.get(k) and self.is_name(k))
        for k in keys:
            variants = self._var.get(k, {})
            out.append({
                "key": k,
                "canonical": self._group_canonical(self._group[k])[0],
                "origin": self.origin(k),
                "variants": [{"surface": s, "count": int(n)}
                             for s, n in sorted(variants.items(), key=lambda sn: (-sn[1], sn[0]))],
                "mentions": int(sum(variants.values())),
            })
        return out

    def same(self, a: str, b: str) -> bool:
        """True when two spellings resolve to one name."""
        self._ensure()
        ka, kb = name_key(a), name_key(b)
        return self._group.get(ka, ka) == self._group.get(kb, kb)

    def __len__(self) -> int:
        return len(self._var)


def _ascii_spelling(s: str) -> str:
    out = []
    for ch in s:
        if ch.isascii():
            out.append(ch)
        elif ch == "İ":
            out.append("I")
        elif ch == "ı":
            out.append("i")
        else:
            a = anyascii(ch)
            out.append(a if ch.isupper() else a.lower())
    return "".join(out)


# ---------------------------------------------------------------------------
# Normalising one article


def _rewrite(surface: str, g: str, index: NameIndex) -> str:
    script = _script(surface)
    target = index._canonical_in_script(g, script)
    if target is None:
        return surface
    if _is_caps(surface):
        if index.policy != "ascii" and _nonascii_letters(surface):
            return surface
        target = _upper(target) if index.policy != "ascii" else _ascii_spelling(target).upper()
    if target != surface and index.resolve(name_key(target)) != g:
        return surface  # never write a spelling that would not map back to the same name
    return target


def _alias_parts(surface: str, key: str, toks: tuple, index: NameIndex) -> tuple | None:
    n = len(toks)
    t0 = toks[0][0]
    aliased = index._aliased
    if key in aliased or not index._alias_tokens.intersection(key.split()):
        return None
    out = []
    i = rest = 0
    found = False

    def part(a: int, b: int):
        pt = toks[a:b]
        while pt and pt[0][2] in CONNECTORS:
            pt = pt[1:]
        while pt and pt[-1][2] in CONNECTORS:
            pt = pt[:-1]
        if pt:
            surf = surface[pt[0][0] - t0: pt[-1][1] - t0]
            k = name_key(surf)
            if k:
                # offsets relative to the span's start: the parts are cached by surface, and one
                # surface sits at different offsets of different regex matches
                out.append((pt[0][0] - t0, pt[-1][1] - t0, surf, k, tuple((a - t0, b - t0, w) for a, b, w in pt)))

    while i < n:
        hit = 0
        for j in range(n, i, -1):
            if i == 0 and j == n:
                continue
            if name_key(surface[toks[i][0] - t0: toks[j - 1][1] - t0]) in aliased:
                hit = j
                break
        if hit:
            found = True
            if rest < i:
                part(rest, i)
            part(i, hit)
            i = rest = hit
        else:
            i += 1
    if not found:
        return None
    if rest < n:
        part(rest, n)
    return tuple(out)


def _surface_info(c: tuple, index: NameIndex) -> tuple:
    """Per-surface facts of one run, cached: (group key, rewritten spelling, mention canonical,
    (last word key, its spelling) of a full name for single-word borrowing, alias split parts)."""
    surface, key = c[_SURF], c[_KEY]
    g = index._group.get(key, key)
    if g not in index._members:  # a name this index never saw: as written
        new = canonical = surface
    elif g in index._ambiguous and " " not in key:
        new = canonical = surface
    else:
        new = _rewrite(surface, g, index)
        canonical = index._group_canonical(g)[0]
    borrow = None
    if " " in key and not _is_caps(new):
        last = new.rsplit(None, 1)[-1]
        klast = key.rsplit(" ", 1)[-1]
        if name_key(last) == klast:
            borrow = (klast, last)
    parts = None
    toks = c[_TOKS]
    if len(toks) > 1 and index._aliased:
        parts = _alias_parts(surface, key, toks, index)
    res = (g, new, canonical, borrow, parts)
    index._surf_cache[surface] = res
    return res


def normalize(text: str, index: NameIndex) -> tuple[str, list[dict]]:
    """(text_normalized, mentions) for one article.

    Only name spans change, each to the canonical spelling of its key's group
    in the span's own script (all-caps spans stay all caps; suffixes stay).
    Mentions list every accepted name span with offsets into ``text``
    (``text[start:end] == surface``): ``{key, canonical, surface, start, end}``.
    Running it again on its own output changes nothing.
    """
    index._ensure()
    names = index._names
    cache = index._surf_cache
    accepted: list[tuple] = []
    infos: list[tuple] = []
    local: dict[str, set[str]] = {}
    for c in _scan(text):
        info = None
        if (c[_INIT] or c[_HEAD]) and c[_KEY] not in names:
            # an unknown weak span: its alias parts ("Kiev Bashar Assad" in a headline), else
            # the span without its first word ("Visiting Turkish")
            info = cache.get(c[_SURF]) or _surface_info(c, index)
            if info[4] is None:
                c = _remainder(c)
                if c is None or c[_KEY] not in names:
                    continue
                info = None
        info = info or cache.get(c[_SURF]) or _surface_info(c, index)
        parts = info[4]
        if parts is not None:
            base = c[_S]
            for i, (rs, re_, surf, key, ptoks) in enumerate(parts):
                p = (base + rs, base + re_, surf, key, c[_INIT] and i == 0, c[_HEAD], ptoks, base, None)
                if key in names or not (p[_INIT] or p[_HEAD]):
                    pinfo = cache.get(surf) or _surface_info(p, index)
                    accepted.append(p)
                    infos.append(pinfo)
                    if pinfo[3] is not None:
                        local.setdefault(pinfo[3][0], set()).add(pinfo[3][1])
            continue
        accepted.append(c)
        infos.append(info)
        if info[3] is not None:
            local.setdefault(info[3][0], set()).add(info[3][1])
    pieces: list[str] = []
    mentions: list[dict] = []
    pos = 0
    for c, (g, new, canonical, _b, _p) in zip(accepted, infos):
        surface, k, start, end = c[_SURF], c[_KEY], c[_S], c[_E]
        if k in local and " " not in k:
            spells = local[k]
            if len(spells) == 1:
                borrowed = _borrow(surface, next(iter(spells)), k, index)
                if borrowed is not None:
                    new = borrowed
                    if g in index._ambiguous:
                        canonical = borrowed
        mentions.append({"key": k, "canonical": canonical, "surface": surface, "start": start, "end": end})
        if new != surface:
            pieces.append(text[pos:start])
            pieces.append(new)
            pos = end
    if not pieces:
        return text, mentions
    pieces.append(text[pos:])
    return "".join(pieces), mentions


def _borrow(surface: str, spell: str, key: str, index: NameIndex) -> str | None:
    if _script(surface) != _script(spell):
        return None
    if _is_caps(surface):
        if _nonascii_letters(surface) and index.policy != "ascii":
            return None
        spell = _upper(spell)
    if index.policy == "ascii":
        spell = _ascii_spelling(spell)
    return spell if name_key(spell) == key else None


def renormalize(text: str, index: NameIndex) -> tuple[str, list[dict]]:
    """What compaction calls: normalize the ORIGINAL cleaned text again with today's index."""
    return normalize(text, index)


# ---------------------------------------------------------------------------
# Suggestions (never change data)

_FEMININE = ("a", "aya", "ya", "na")


def _extension_ok(short: str, long: str) -> bool:
    extra = long[len(short):]
    return len(extra) == 1 and (extra == short[-1:] or extra == "h")


def suggest(index: NameIndex, cooccurrence: dict | None = None, limit: int = 50,
            min_similarity: float = 0.9) -> list[dict]:
    """Candidate alias rows: pairs of names that look alike but that no rule joins.

    Scores each pair of name keys (same first letter, length within 2) by
    Jaro-Winkler similarity and Levenshtein distance, and boosts pairs that
    co-occur in one story. ``cooccurrence`` maps a story id to the names
    (surfaces or keys) seen in it. Pairs that one key extends with more than a
    doubled letter (Gül/Güler, Lavrov/Lavrova, Syria/Syrian) are left out.
    Returns rows ``{canonical, variant, score, jaro_winkler, edit_distance,
    cooccurrence, canonical_count, variant_count}`` sorted by score; the first two
    columns are a ready ``canonical,variant`` alias row for a person to approve.
    """
    from rapidfuzz.distance import JaroWinkler, Levenshtein

    index._ensure()
    counts: Counter = Counter()
    for g, ms in index._members.items():
        if any(index._strong.get(m, 0) > 0 for m in ms):
            counts[g] = sum(sum(index._var.get(m, {}).values()) for m in ms)
    groups = sorted(counts)
    co: Counter = Counter()
    if cooccurrence:
        for _story, names in cooccurrence.items():
            gs = sorted({index.resolve(n if n in index._group else name_key(n)) for n in names} & set(counts))
            for i in range(len(gs)):
                for j in range(i + 1, len(gs)):
                    co[(gs[i], gs[j])] += 1
    blocks: dict[str, list[str]] = defaultdict(list)
    for g in groups:
        if len(g.replace(" ", "")) >= 4:
            blocks[g[0]].append(g)
    out = []
    for block in blocks.values():
        block.sort(key=len)
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if len(b) - len(a) > 2:
                    break
                if a.count(" ") != b.count(" "):
                    continue
                jw = JaroWinkler.normalized_similarity(a, b)
                if jw < min_similarity:
                    continue
                ed = Levenshtein.distance(a, b)
                if ed > max(2, len(a) // 5):
                    continue
                short, long = (a, b) if len(a) <= len(b) else (b, a)
                if long.startswith(short) and not _extension_ok(short, long):
                    continue
                if any(long == short + f or long == short[:-1] + f for f in _FEMININE if short[-1:] != "a"):
                    continue
                if any(short.endswith(f) and long.startswith(short[: -len(f)]) for f in ("a",)) and \
                        long.endswith(("ov", "ev", "in", "yn")):
                    continue
                pair = (a, b) if a < b else (b, a)
                n_co = co.get(pair, 0)
                ca, cb = index._group_canonical(a)[0], index._group_canonical(b)[0]
                na, nb = counts[a], counts[b]
                if (nb, _nonascii_letters(cb), cb) > (na, _nonascii_letters(ca), ca):
                    ca, cb, na, nb = cb, ca, nb, na
                out.append({
                    "canonical": ca, "variant": cb,
                    "score": round(jw + 0.05 * min(n_co, 4), 4),
                    "jaro_winkler": round(jw, 4), "edit_distance": ed, "cooccurrence": n_co,
                    "canonical_count": int(na), "variant_count": int(nb),
                })
    out.sort(key=lambda r: (-r["score"], -r["canonical_count"] - r["variant_count"], r["canonical"]))
    return out[:limit]


def _read_columns(table_dir: Path, columns: list[str]) -> list[dict]:
    """Rows of a dataset table (parquet files, hive partitions), only ``columns``; [] when absent."""
    if not table_dir.is_dir():
        return []
    import pyarrow.dataset as pads

    try:
        dset = pads.dataset(str(table_dir), format="parquet", partitioning="hive",
                            ignore_prefixes=[".", "_"], exclude_invalid_files=True)
        if any(c not in dset.schema.names for c in columns):
            return []
        return dset.to_table(columns=columns).to_pylist()
    except (FileNotFoundError, ValueError, OSError):
        return []


def suggest_rows(out_dir, alias_files: Iterable = (), policy: str = "native", limit: int = 50) -> list[dict]:
    """What ``newsflow names suggest`` prints: :func:`suggest` over a dataset, read-only.

    Loads the index from ``OUT/_state/names.json`` (plus shipped aliases and ``alias_files``,
    so pairs the user already joined are not proposed again) and builds story co-occurrence
    from ``OUT/mentions`` (article_id, key) joined to ``OUT/articles`` (article_id, story_id)
    when both tables exist; a missing table just means no co-occurrence bonus. Writes nothing.
    """
    out = Path(out_dir)
    idx = NameIndex.load(out / "_state" / "names.json", alias_files=alias_files, policy=policy)
    cooc: dict[str, set[str]] | None = None
    mentions = _read_columns(out / "mentions", ["article_id", "key"])
    if mentions:
        story_of = {r["article_id"]: r["story_id"]
                    for r in _read_columns(out / "articles", ["article_id", "story_id"]) if r["story_id"]}
        if story_of:
            cooc = defaultdict(set)
            for r in mentions:
                sid = story_of.get(r["article_id"])
                if sid is not None and r["key"]:
                    cooc[sid].add(r["key"])
    return suggest(idx, cooccurrence=cooc, limit=limit)
