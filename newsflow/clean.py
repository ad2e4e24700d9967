"""Boilerplate removal and encoding repair on extracted article text.

`clean()` takes the text extraction produced (one paragraph per line) or a plain-text file's body and keeps
the story. Furniture is recognised by rules that generalise rather than by a list of known sentences:

* position: furniture gathers before the first and after the last *body sentence* (a line of at least eight
  words ending in sentence punctuation that is not a notice to the reader). Lines between them are the middle
  of the story and only whole-line labels, symbol-only lines, credits and markup evidence can remove them.
* line features: length in words, terminal punctuation, share of capitalised words, symbols, and, when the
  extractor passes `line_context`, link density, figure/caption markup and class/id hints of small boxes.
* pattern families per language, kept as data in `newsflow/data/boilerplate/*.json`.
* learning per source: `BoilerplateMemory` counts short lines per source; a line seen in many articles of a
  source is removed from that source's next articles.
* protections: a line reading as reported speech ("... he said", a line opening with a quote) is never
  removed by a cue, a learned line or a credit pattern; a cue (e.g. "cookie policy") only removes a line that
  also addresses the reader or speaks as the publisher.

Every removal is recorded as {"line", "rule", "position"} (position = index in `text.split("\\n")`) so a
wrong removal can be seen and reported. See docs/cleaning.md.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick
import ftfy
import re._constants as _C
import re._parser as _P
from ftfy.badness import BADNESS_RE as _BADNESS_RE
from ftfy.badness import is_bad as _is_bad
from ftfy.chardata import CONTROL_CHARS as _CONTROL_CHARS

from newsflow import rxcache

PATTERN_DIR = Path(__file__).parent / "data" / "boilerplate"

# Spellings as published: no quote uncurling, no ligature or width folding, no HTML unescaping (that would
# make repair non-idempotent on text that talks about "&amp;").
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)
# Characters some ftfy fixer other than the mojibake repair acts on (controls, C1, line breaks, surrogates,
# escape). A line without them and without mojibake (ftfy's own `is_bad`) only needs NFC.
_FTFY_TRIGGERS = re.compile(
    "[%s\x80-\x9f\r\x0b\x0c\x85\u2028\u2029\ud800-\udfff\x1b\ufffd\x1a]"
    % "".join(re.escape(chr(c)) for c in sorted(_CONTROL_CHARS) if c < 0x10000)
)


# ftfy's `is_bad` is one search of BADNESS_RE, an alternation of ~40 short sequences tried at every position
# of the text. Every alternative needs at least one character from a closed set (a literal or a bracketed class
# without categories or negation); per alternative the set least likely in prose is taken (symbols before
# letters of everyday alphabets and quotation marks, ASCII last) and their union is the gate. A match holds a
# gate character and is at most _BAD_WIDTH long, so it lies within _BAD_WIDTH - 1 characters of one: searching
# BADNESS_RE only in those windows (search with pos/endpos; `^` still means the real start) finds a match iff
# the whole text has one. Derived from the installed ftfy's pattern at import; anything unexpected in it (a
# branch without a closed set, unbounded width) leaves the plain `is_bad`.
def _closed_set(item) -> frozenset | None:
    op, av = item
    if op is _C.LITERAL:
        return frozenset(chr(av))
    if op is not _C.IN:
        return None
    chars: set[str] = set()
    for o, a in av:
        if o is _C.LITERAL:
            chars.add(chr(a))
        elif o is _C.RANGE:
            chars.update(chr(c) for c in range(a[0], a[1] + 1))
        else:   # NEGATE, CATEGORY: not a closed set
            return None
    return frozenset(chars)


def _prose_weight(ch: str) -> int:
    o, cat = ord(ch), unicodedata.category(ch)
    if o < 128:
        return 1000
    if cat[0] == "L" and (0xC0 <= o <= 0x24F or 0x370 <= o <= 0x3FF or 0x410 <= o <= 0x44F):
        return 10
    return 10 if cat in ("Pi", "Pf", "Ps", "Pe") else 1


def _badness_gate(pattern: re.Pattern) -> tuple[re.Pattern, int] | None:
    try:
        if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL):
            return None
        tree = _P.parse(pattern.pattern, pattern.flags)
        items = list(tree)
        if len(items) == 1 and items[0][0] is _C.BRANCH:
            branches = items[0][1][1]
        else:
            branches = [items]
        gate: set[str] = set()
        for branch in branches:
            sets = [s for s in map(_closed_set, list(branch)) if s]
            if not sets:
                return None
            gate |= min(sets, key=lambda s: (sum(map(_prose_weight, s)), len(s), sorted(s)))
        width = tree.getwidth()[1]
        if not 0 < width <= 64:
            return None
        return re.compile("[%s]" % "".join(re.escape(c) for c in sorted(gate))), width
    except Exception:   # a pattern this reading does not understand: no gate
        return None


_BAD_GATE = _badness_gate(_BADNESS_RE)


def _looks_bad(text: str) -> bool:
    """Exactly ftfy's is_bad(text), searching only around the characters every match needs."""
    if _BAD_GATE is None:
        return _is_bad(text)
    gate, width = _BAD_GATE
    search = _BADNESS_RE.search
    start = end = -1
    for m in gate.finditer(text):
        q = m.start()
        if q - width + 1 <= end:        # overlaps the current window: extend it
            end = q + width
            continue
        if end >= 0 and search(text, start, end):
            return True
        start, end = max(0, q - width + 1), q + width
    return end >= 0 and search(text, start, min(end, len(text))) is not None


# Texts that are known outputs of repair_text in this process (repairing them again is a no-op): extraction
# registers its text so that clean() need not run ftfy twice over it. Bounded, process-local, optional.
_REPAIRED: dict[int, str] = {}


def mark_repaired(text: str) -> None:
    if len(_REPAIRED) > 64:
        _REPAIRED.clear()
    _REPAIRED[id(text)] = text


def _known_repaired(text: str) -> bool:
    return _REPAIRED.get(id(text)) is text


def repair_text(text: str) -> str:
    """Repair mojibake and stray control characters (ftfy), then Unicode NFC. Idempotent."""
    if text.isascii() and not _FTFY_TRIGGERS.search(text):
        return text
    if not _FTFY_TRIGGERS.search(text) and not _looks_bad(text):
        return unicodedata.normalize("NFC", text)
    out = text
    for _ in range(4):
        fixed = unicodedata.normalize("NFC", ftfy.fix_text(out, config=_FTFY))
        if fixed == out:
            break
        out = fixed
    return out


# ---------------------------------------------------------------------------------------------------------
# Pattern families (data files)

_FAMILIES = ("cookies", "newsletter", "share", "photo_credit", "copyright", "navigation", "related", "advertising", "media",
             "credit", "timestamp", "correction", "wire_end", "contact", "disclosure", "helpline", "warning", "series",
             "comments", "feedback", "access", "syndication", "release", "widget")


_WORD = re.compile(r"\w+")
_PLAIN = re.compile(r"[\w' -]+")


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns if p)


def _required_literals(sub) -> set[str] | None:
    """Strings of which every match of the parsed pattern contains at least one (None: no such set known).

    Used as a cheap substring pre-filter, so a long line is only searched with the few patterns that can match.
    """
    best: tuple[int, set[str]] | None = None
    run: list[str] = []

    def consider(cand):
        nonlocal best
        if cand:
            # longer literals are rarer; so are letters outside ASCII in the mostly Latin-script text of most
            # lines (an accented vowel a Spanish form requires filters better than the "te" it ends with)
            score = min(len(x) + (2 if not x.isascii() else 0) for x in cand)
            if best is None or score > best[0]:
                best = (score, cand)

    def flush():
        if run:
            consider({"".join(run)})
            run.clear()

    for op, av in sub:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if op is _C.AT:            # zero-width: literals around it stay adjacent
            continue
        flush()
        if op is _C.SUBPATTERN:
            consider(_required_literals(av[-1]))
        elif op is _C.ASSERT:       # a lookaround that must match: what it requires, the match requires
            consider(_required_literals(av[1]))
        elif op is _C.IN:           # one of a few characters: each a one-character literal
            chars = _closed_set((op, av))
            if chars and len(chars) <= 12:
                consider(set(chars))
        elif op is _C.BRANCH:
            alts = [_required_literals(a) for a in av[1]]
            if all(alts):
                consider(set().union(*alts))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            consider(_required_literals(av[2]))
    flush()
    return best[1] if best else None


class _LiteralIndex:
    """Finds which of many literal strings occur in a line, in one pass (Aho-Corasick, in C).

    A scan of the line with a regex of every literal (as a trie, in a lookahead at each position) cost
    ~70 µs on a long story line against ~13 µs here; the test for any literal at all is ~2 µs."""

    __slots__ = ("_automaton",)

    def __init__(self, literals: dict[str, tuple]) -> None:
        """`literals`: each literal with the value `values` reports for it (the patterns it gates)."""
        automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for lit, value in literals.items():
            automaton.add_word(lit, value)
        automaton.make_automaton()
        self._automaton = automaton

    def any_in(self, text: str) -> bool:
        """Some literal occurs in `text`."""
        return next(self._automaton.iter(text), None) is not None

    def values(self, text: str) -> set:
        """The union of the values of every literal occurring in `text`."""
        out: set = set()
        for _, value in self._automaton.iter(text):
            out.update(value)
        return out


# the pattern analyses below are remembered on disk (newsflow.rxcache) under this file's version: an edit
# of the analysis code starts a new memo rather than reusing results it would no longer compute
_MEMO = "clean-" + rxcache.code_version(__file__)


def _starts_anchored(pattern: str) -> bool:
    """The pattern can only match at the start of the text: it opens with "^" outside any alternation."""
    return _analyse(pattern)[1]


@lru_cache(maxsize=None)
def _analyse(pattern: str) -> tuple[frozenset | None, bool]:
    """(required literals, starts anchored) of a pattern, from one parse. Wrapping the pattern in a group,
    word-boundary assertions or ^...$ (as _Matcher does) changes neither. Cached: the same pattern serves a
    family's matcher and the union matcher of its kind."""
    return rxcache.memo(_MEMO + "-analyse", pattern, lambda: _analyse_uncached(pattern))


def _analyse_uncached(pattern: str) -> tuple[frozenset | None, bool]:
    try:
        parsed = _P.parse(pattern)
        lits = _required_literals(parsed)
        # "^..." fails at once on a line opening otherwise -- unless lookarounds follow the "^": a pattern of
        # the form "^(?!...)(?=.*x)" scans the whole line, so it goes behind the literal gate instead
        at_start = len(parsed) > 0 and parsed[0] == (_C.AT, _C.AT_BEGINNING) and not (
            len(parsed) > 1 and parsed[1][0] in (_C.ASSERT, _C.ASSERT_NOT))
        return (frozenset(lits) if lits else None), at_start
    except Exception:  # analysis is an optimisation only
        return None, False


def _first_of(items) -> tuple[frozenset | None, bool]:
    """(characters a match of the parsed sequence can start with, whether it can match empty); None when the
    set is open (a category, a negation, any character)."""
    acc: set[str] = set()
    for op, av in items:
        if op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
            continue                                    # zero width
        if op is _C.LITERAL:
            return frozenset(acc | {chr(av)}), False
        if op is _C.IN:
            chars = _closed_set((op, av))
            if chars is None:
                return None, False
            return frozenset(acc | chars), False
        if op is _C.SUBPATTERN:
            first, empty = _first_of(av[-1])
        elif op is _C.BRANCH:
            parts = [_first_of(b) for b in av[1]]
            if any(f is None for f, _ in parts):
                return None, False
            first, empty = frozenset().union(*(f for f, _ in parts)), any(e for _, e in parts)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            first, empty = _first_of(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        acc |= first
        if not empty:
            return frozenset(acc), False
    return frozenset(acc), True


_START_CHARS_MAX = 4
_INDEX_MIN_ITEMS = 40      # below this, testing each pattern's literals is cheaper than the index's scan


@lru_cache(maxsize=None)
def _first_chars(body: str) -> tuple[frozenset | None, bool]:
    return rxcache.memo(_MEMO + "-first", body, lambda: _first_chars_uncached(body))


def _first_chars_uncached(body: str) -> tuple[frozenset | None, bool]:
    try:
        return _first_of(list(_P.parse(body)))
    except Exception:     # analysis is an optimisation only
        return None, False


class _StartIndex:
    """Start-anchored patterns ("^(subscribe|follow) ...") as one alternation per first character of the line.

    One alternation of every such pattern cost ~70 µs a line (the engine tries each branch); the branches
    that can begin with the line's first character are few. Patterns whose first character is open (a
    category such as a space class, or a negated set, or many characters) are in one more alternation, tried
    after the line's own."""

    def __init__(self, bodies: list[str]) -> None:
        self.bodies = bodies
        anywhere: list[str] = []
        by_char: dict[str, list[str]] = {}
        for body in bodies:
            first, empty = _first_chars(body)
            # a pattern that can start with many characters would be copied into many alternations
            if first is None or empty or len(first) > _START_CHARS_MAX:
                anywhere.append(body)
            else:
                for ch in first:
                    by_char.setdefault(ch, []).append(body)
        join = lambda group: _Lazy("|".join(f"(?:{b})" for b in group))  # noqa: E731
        self.by_char = {ch: join(group) for ch, group in by_char.items()}
        self.otherwise = join(anywhere) if anywhere else None

    def match(self, text: str) -> bool:
        rx = self.by_char.get(text[:1])
        if rx is not None and rx.match(text) is not None:
            return True
        return self.otherwise is not None and self.otherwise.match(text) is not None

    def compile_all(self) -> None:
        for rx in [*self.by_char.values(), self.otherwise]:
            if rx is not None:
                rx.compiled()


class _LazyGates:
    """Per case mode, an index of the literals every pattern of the mode requires (None when some pattern
    requires none, or the mode has no pattern), built on first use."""

    def __init__(self, items) -> None:
        self.literals: dict[bool, set | None] = {}
        for exact in (False, True):
            group = [it for it in items if it[0] == exact]
            if not group or any(lits is None for _, lits, _ in group):
                self.literals[exact] = None
            else:
                self.literals[exact] = {x for _, ls, _ in group for x in ls}
        self._built: dict[bool, _LiteralIndex | None] = {}

    def get(self, exact: bool) -> _LiteralIndex | None:
        try:
            return self._built[exact]
        except KeyError:
            lits = self.literals[exact]
            index = self._built[exact] = _LiteralIndex(dict.fromkeys(lits, ())) if lits is not None else None
            return index


class _Lazy:
    """A regex compiled on its first use: most of the ~2,000 patterns are behind a literal gate that few
    lines open, and compiling them all made loading the tables take about a second in every process."""

    __slots__ = ("source", "_rx")

    def __init__(self, source: str) -> None:
        self.source = source
        self._rx: re.Pattern | None = None

    @property
    def pattern(self) -> str:
        return self.source

    def compiled(self) -> re.Pattern:
        if self._rx is None:
            self._rx = rxcache.compile(self.source)
        return self._rx

    def search(self, text: str):
        return (self._rx or self.compiled()).search(text)

    def match(self, text: str):
        return (self._rx or self.compiled()).match(text)


class _Matcher:
    """A list of patterns searched one by one behind a literal pre-filter (much faster than one alternation).

    Patterns are matched on folded (lower-case) text; a pattern written as "(?-i:...)" is matched, case
    kept, on the original text. `words=True` adds word boundaries around each pattern.
    """

    def __init__(self, patterns: list[str], *, words: bool = False, anchored: bool = False) -> None:
        self.items: list[tuple[bool, tuple[str, ...] | None, re.Pattern]] = []
        # Patterns anchored at the start of the line ("^(subscribe|follow) ..."): tried with `match`, which
        # fails at once on a line opening otherwise, so they need no literal pre-filter (whose search over a
        # long line costs more than the match).
        self.at_start: list[tuple[bool, re.Pattern]] = []
        self.word_set: set[str] = set()      # plain words: matched by token, no regex
        self.phrases: list[str] = []         # plain multi-word phrases: " a b " in the token string
        self.exact_keys: set[str] = set()    # anchored plain labels: dictionary lookup
        start_with_literals: list[tuple[tuple[str, ...], str]] = []   # plain (not exact-case) ones
        for pat in patterns:
            if not pat:
                continue
            if anchored and _PLAIN.fullmatch(pat):
                self.exact_keys.add(pat.replace("ı", "i"))
                continue
            if words and _PLAIN.fullmatch(pat):
                toks = _WORD.findall(pat.replace("ı", "i"))
                if len(toks) == 1:
                    self.word_set.add(toks[0])
                elif toks:
                    self.phrases.append(" " + " ".join(toks) + " ")
                continue
            exact = pat.startswith("(?-i:")
            if not exact:
                pat = pat.replace("ı", "i")
            body = f"(?<!\\w)(?:{pat})(?!\\w)" if words else f"(?:{pat})"
            if anchored:
                body = f"^{body}$"
            lits, at_start = _analyse(pat)
            if at_start and not anchored:
                if lits and not exact:
                    start_with_literals.append((tuple(sorted(lits)), body))
                else:
                    self.at_start.append((exact, body))
                continue
            self.items.append((exact, tuple(sorted(lits)) if lits else None, _Lazy(body)))
        # A start-anchored pattern with required literals joins the literal index when there is one (many plain
        # patterns, see `finder` below): the one scan of the line finds its literals with the others', and a
        # line without them never tries it. Without an index, a `match` per start character is cheaper.
        if sum(1 for it in self.items if not it[0]) + len(start_with_literals) >= _INDEX_MIN_ITEMS:
            self.items.extend((False, lits, _Lazy(body)) for lits, body in start_with_literals)
        else:
            self.at_start.extend((False, body) for _, body in start_with_literals)
        self.phrase_heads: dict[str, list[str]] = {}
        for phrase in self.phrases:
            self.phrase_heads.setdefault(phrase.split()[0], []).append(phrase)
        # Gate: one search for any required literal; most lines pass no gate and cost one search per matcher.
        # (built on first use: a matcher whose lines never get this far never builds its index)
        self.gate = _LazyGates(self.items)
        self.has_exact = any(it[0] for it in self.items)
        # the items of each case mode apart: with only one mode's gate open, the other's items are not walked one
        # by one to be passed over (a union of every family's patterns holds hundreds, a few of them exact)
        self.by_mode = {mode: [(lits, rx) for exact, lits, rx in self.items if exact == mode] for mode in (False, True)}
        # Many plain patterns: index them by their literals. One scan finds every literal present, and only the
        # patterns of those literals are tried, instead of a substring test of every pattern's literals per line.
        self.finder: _LiteralIndex | None = None
        plain = [k for k, it in enumerate(self.items) if not it[0]]
        if self.gate.literals[False] is not None and len(plain) >= _INDEX_MIN_ITEMS:
            by_literal: dict[str, list[int]] = {}
            for k in plain:
                for lit in self.items[k][1]:
                    by_literal.setdefault(lit, []).append(k)
            self.finder = _LiteralIndex({lit: tuple(ks) for lit, ks in by_literal.items()})
        # the start-anchored patterns, per case mode, dispatched on the line's first character
        self.start_plain = _StartIndex([b for ex, b in self.at_start if not ex]) if self.at_start else None
        exact_bodies = [b for ex, b in self.at_start if ex]
        self.start_exact = _StartIndex(exact_bodies) if exact_bodies else None
        if self.start_plain is not None and not self.start_plain.bodies:
            self.start_plain = None

    def compile_all(self) -> None:
        """Compile every lazily compiled pattern now (a test checks that the data files all compile)."""
        for _, _, rx in self.items:
            rx.compiled()
        for index in (self.start_plain, self.start_exact):
            if index is not None:
                index.compile_all()

    def _starts(self, folded: str, original: str | None) -> bool:
        if self.start_plain is not None and self.start_plain.match(folded):
            return True
        return self.start_exact is not None and original is not None and self.start_exact.match(original)

    def search(self, folded: str, original: str | None = None, tokens: list[str] | None = None) -> bool:
        if folded in self.exact_keys:
            return True
        if self.word_set or self.phrases:
            toks = tokens if tokens is not None else _WORD.findall(folded)
            if not self.word_set.isdisjoint(toks):
                return True
            # (a phrase can only occur where its first word is one of the line's words)
            heads = self.phrase_heads.keys() & toks if self.phrases else None
            if heads:
                joined = " " + " ".join(toks) + " "
                if any(p in joined for h in heads for p in self.phrase_heads[h]):
                    return True
        if self.at_start and self._starts(folded, original):
            return True
        if not self.items:
            return False
        if self.finder is not None:
            found = self.finder.values(folded)
            if found:
                items = self.items
                for k in sorted(found):
                    if items[k][2].search(folded):
                        return True
            if not self.has_exact:
                return False
            open_plain = False
        else:
            gate = self.gate.get(False)
            open_plain = gate is None or gate.any_in(folded)
        if self.has_exact:
            gate = self.gate.get(True)
            open_exact = original is not None and (gate is None or gate.any_in(original))
        else:
            open_exact = False
        if not (open_plain or open_exact):
            return False
        for mode, text, is_open in ((False, folded, open_plain), (True, original, open_exact)):
            if not is_open:
                continue
            for lits, rx in self.by_mode[mode]:
                if lits is not None and not any(x in text for x in lits):
                    continue
                if rx.search(text):
                    return True
        return False

    def may_match(self, folded: str, original: str | None = None) -> bool:
        """Cheap necessary condition for `search`: an exact key, a start-anchored match or an open literal
        gate. Used on the union of every family's patterns of one kind, so that a line no family can match
        costs one gate search instead of one per family."""
        if folded in self.exact_keys:
            return True
        if self.at_start and self._starts(folded, original):
            return True
        if not self.items:
            return False
        gate = self.gate.get(False)
        if gate is None or gate.any_in(folded):
            return True
        if self.has_exact and original is not None:
            gate = self.gate.get(True)
            return gate is None or gate.any_in(original)
        return False

    def __bool__(self) -> bool:
        return bool(self.items or self.at_start or self.word_set or self.phrases or self.exact_keys)


@dataclass
class _Family:
    name: str
    labels: _Matcher
    short: _Matcher
    max_words: int
    cues: _Matcher
    notice: _Matcher


class _WordsByLang(dict):
    """Single words per language ({"en": frozenset, ...}); `for_lang` gives the words that count for an
    article in that language: its own and English, or every language's when the language is unknown."""

    def for_lang(self, lang: str | None) -> frozenset:
        cache = self.__dict__.setdefault("_cache", {})
        try:
            return cache[lang]
        except KeyError:
            if lang in self:
                words = self[lang] | self.get("en", frozenset()) | self.get("*", frozenset())
            else:
                words = frozenset().union(*self.values())
            cache[lang] = words
            return words


@dataclass
class _Patterns:
    families: list[_Family]
    byline: re.Pattern
    reporting: _Matcher
    voice: _Matcher
    # single words of the `reporting`, `voice` and `personal` lists, per language: short function words
    # collide across languages (German "du" is French "of the", German "so" is English "so"), so a word
    # counts in its own language, and in English (the language furniture most often comes in), when the
    # article's language is known; in every language when it is not
    reporting_words: _WordsByLang = field(default_factory=_WordsByLang)
    voice_words: _WordsByLang = field(default_factory=_WordsByLang)
    personal_words: _WordsByLang = field(default_factory=_WordsByLang)
    # the first person plural words of `voice` ("we", "wir", "nous"): the publisher's voice, and also a
    # reporter's or a group's in a story's own crossheads ("What we found")
    plural_self_words: _WordsByLang = field(default_factory=_WordsByLang)
    # the words that, before the outlet's own name, make a line its exclusivity badge ("Only in the <outlet>",
    # "Nur bei <outlet>"), all languages in one pattern matched on the folded words before the name
    outlet_exclusive: re.Pattern | None = None
    # a whole label that points at a section of the site, a lead and the section ("Fresh from the business
    # desk", "Recién llegado de la sección de Sociedad"), matched on the folded words of a label run into a
    # paragraph's start
    section_pointer: re.Pattern | None = None
    # how often a newsletter comes ("once a month", "alle zwei Monate", "chaque vendredi"): the pitch of a sign-up
    # form set as a paragraph right before the form says it, where a story's last paragraph reports
    delivery_frequency: re.Pattern | None = None
    # ... and what it brings ("email", "Neuigkeiten", "nouvelles"): a story's closing line about a market "once a
    # month" says how often, but not that
    delivery_content: re.Pattern | None = None
    # a prompt to follow, join or subscribe to a channel a third party named by a common noun owns ("Follow the
    # food bank's page on Facebook ...", "abonnez-vous à la lettre de l'association"): the story pointing at its
    # subject's own page, not the publisher's prompt; matched on the line as written (a lower-case owner)
    third_party_channel: re.Pattern | None = None
    personal: _Matcher | None = None
    # the union of every family's patterns of one kind: searched first, so that the family loop (which finds
    # the rule's name) runs only for the few lines some family matches
    any_labels: _Matcher | None = None
    any_short: _Matcher | None = None
    # the union of the `short` patterns of the families whose word limit admits a line of at most N words,
    # per distinct limit N (ascending): a long line is only tried with the few families that allow it
    short_unions: list = field(default_factory=list)
    any_cues: _Matcher | None = None
    any_notice: _Matcher | None = None
    # the smallest word limit of a family with notice forms: a shorter line is within every such family's limit
    notice_min_words: int = 0


@lru_cache(maxsize=4)
def load_patterns(directory: str | None = None) -> _Patterns:
    """Compile every language file in `directory` (default: the shipped boilerplate data)."""
    folder = Path(directory) if directory else PATTERN_DIR
    kinds = ("labels", "short", "cues", "notice")
    collected: dict[str, dict[str, list]] = {f: {**{k: [] for k in kinds}, "max_words": []} for f in _FAMILIES}
    byline: list[str] = []
    reporting: list[str] = []
    voice: list[str] = []
    personal: list[str] = []
    words: dict[str, dict[str, set]] = {"reporting": {}, "voice": {}, "personal": {}, "plural_self": {}}
    exclusive: list[str] = []
    pointers: list[str] = []
    frequency: list[str] = []
    delivered: list[str] = []
    third_party: list[str] = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for name, fam in data.get("families", {}).items():
            slot = collected.setdefault(name, {**{k: [] for k in kinds}, "max_words": []})
            for kind in kinds:
                slot[kind].extend(fam.get(kind, []))
            if "max_words" in fam:
                slot["max_words"].append(int(fam["max_words"]))
        byline.extend(data.get("byline", []))
        lang = str(data.get("language") or path.stem)
        for kind, rest in (("reporting", reporting), ("voice", voice), ("personal", personal)):
            for pat in data.get(kind, []):
                toks = _WORD.findall(pat.replace("ı", "i")) if _PLAIN.fullmatch(pat) else []
                if len(toks) == 1:
                    words[kind].setdefault(lang, set()).add(toks[0])
                else:
                    rest.append(pat)
        for word in data.get("plural_self", []):
            words["plural_self"].setdefault(lang, set()).add(word)
        exclusive.extend(p.replace("ı", "i") for p in data.get("outlet_exclusive", []))
        pointers.extend(p.replace("ı", "i") for p in data.get("section_pointer", []))
        frequency.extend(p.replace("ı", "i") for p in data.get("delivery_frequency", []))
        delivered.extend(p.replace("ı", "i") for p in data.get("delivery_content", []))
        third_party.extend(data.get("third_party_channel", []))
    families = [
        _Family(
            name=name,
            labels=_Matcher(slot["labels"], anchored=True),
            short=_Matcher(slot["short"]),
            max_words=max(slot["max_words"] or [12]),
            cues=_Matcher(slot["cues"]),
            notice=_Matcher(slot["notice"]),
        )
        for name, slot in collected.items()
    ]
    name_tok = r"[A-ZÀ-ÞĀ-ſА-ЯЁİÇŞĞÖÜ][\w'’.-]*"
    names = rf"{name_tok}(?:\s+{name_tok}){{0,3}}"
    byline_re = rxcache.compile(
        rf"^(?:{_alternation(byline)})\s*:?\s+(?P<names>{names}(?:\s*(?:,|&|and|und|et|y|ve|и)\s*{names})*)"
        r"(?:\s*[,|/–—-]\s*[\w .'’&-]{0,60})?\s*$",
        re.I,
    )
    # Name tokens must be capitalised even though the prefix is matched case-insensitively: re-checked in
    # _byline_names.
    return _Patterns(
        families=families,
        byline=byline_re,
        reporting=_Matcher(reporting, words=True),
        voice=_Matcher(voice, words=True),
        reporting_words=_WordsByLang((k, frozenset(v)) for k, v in words["reporting"].items()),
        voice_words=_WordsByLang((k, frozenset(v)) for k, v in words["voice"].items()),
        personal_words=_WordsByLang((k, frozenset(v)) for k, v in words["personal"].items()),
        plural_self_words=_WordsByLang((k, frozenset(v)) for k, v in words["plural_self"].items()),
        outlet_exclusive=rxcache.compile(f"(?:{_alternation(exclusive)})") if exclusive else None,
        section_pointer=rxcache.compile(f"(?:{_alternation(pointers)})") if pointers else None,
        delivery_frequency=rxcache.compile(f"(?:{_alternation(frequency)})") if frequency else None,
        delivery_content=rxcache.compile(f"(?:{_alternation(delivered)})") if delivered else None,
        third_party_channel=rxcache.compile(f"(?:{_alternation(third_party)})") if third_party else None,
        personal=_Matcher(personal, words=True),
        any_labels=_Matcher([p for slot in collected.values() for p in slot["labels"]], anchored=True),
        any_short=_Matcher([p for slot in collected.values() for p in slot["short"]]),
        short_unions=[(limit, _Matcher([p for fam in families if fam.short and fam.max_words >= limit
                                        for p in collected[fam.name]["short"]]))
                      for limit in sorted({fam.max_words for fam in families if fam.short})],
        any_cues=_Matcher([p for slot in collected.values() for p in slot["cues"]]),
        any_notice=_Matcher([p for slot in collected.values() for p in slot["notice"]]),
        notice_min_words=min((fam.max_words for fam in families if fam.notice), default=0),
    )


# ---------------------------------------------------------------------------------------------------------
# Line features

_TERMINAL = re.compile(r"[.!?…。！？؟:;](?:\s?['\"”’»)\]])*\s*$")
_OPENS_QUOTE = re.compile(r"^[\s–—-]*['\"“”„«»‘’‹›「『]")
# ... but not a line opening on a name in quotation marks, as Russian and German set an outlet's, a firm's or a
# film's name (a few words closed, then the sentence goes on: no comma or dash of a speech tag after it)
_QUOTED_NAME = re.compile(r"^[\s–—-]*[«„“\"](?:[^\s«»„“”\"]+\s?){1,4}[»“”\"]\s+(?:[·|•]\s+)?\w")
# the whole line one quotation ("« Bonjour ... Bonne route. »"), not a line opening on a quoted name
_WHOLE_QUOTE = re.compile(r"^\s*[\"“„«»‘‹「『].*[\"”“»«’›」』]\s*[.!?…]?\s*$")
_EDGE_DECOR = re.compile(r"^[\W_]+|[\W_]+$")
# pictographs opening a line ("🎧 Prefer to listen? ...", "► Read more"): patterns anchored at the start of the
# line look past them (arrows, shapes, dingbats, emoji; not ©, nor quotes, brackets or dashes)
_LEAD_PICTOGRAPHS = re.compile("^(?:[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff"
                               "\U0001F000-\U0001FAFF\ufe0f\u200d]+\\s*)+")
_OTHER_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# runs of spaces to fold into one " " (a lone " " needs no replacing: matching only what changes keeps `sub` from
# rebuilding every line space by space)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")


def _fold(text: str) -> str:
    """Lower-case fold for pattern matching; Turkish dotted/dotless i become plain i."""
    return text.lower().replace("\u0307", "").replace("ı", "i")


def _label_key(text: str) -> str:
    return _SPACES.sub(" ", _EDGE_DECOR.sub("", _fold(text))).strip()


def _feature(compute):
    """A `_Line` property computed on its first use and kept in the line's `_cache` (most lines never need the
    costly ones). The cache is looked up before anything else: features are read again and again by the rules,
    and a closure built per read cost more than the lookup."""
    name = compute.__name__

    def get(self):
        try:
            return self._cache[name]
        except KeyError:
            value = self._cache[name] = compute(self)
            return value

    return property(get, doc=compute.__doc__)


class _Line:
    """One line with its features, each computed on first use (most lines never need the costly ones)."""

    __slots__ = ("position", "text", "ctx", "pats", "lang", "words", "units", "terminal", "has_word", "_cache")

    def __init__(self, position: int, text: str, ctx: dict, pats: "_Patterns", lang: str | None = None) -> None:
        self.position = position
        self.text = text
        self.ctx = ctx
        self.pats = pats
        self.lang = lang
        toks = _WORD.findall(text)
        self.words = len(toks)
        self.units = max(len(toks), len(text) / 6.0)   # scripts without spaces: ~6 characters a word
        self.has_word = bool(toks)
        self.terminal = bool(_TERMINAL.search(text))
        self._cache: dict = {}

    @property
    def shaped_like_sentence(self) -> bool:
        return self.units >= 8 and self.terminal

    @property
    def sentence(self) -> bool:
        """A body sentence: anchors the story between the furniture at the edges. A line the markup calls the
        headline's standfirst (dek) does not, even when it is a full sentence, nor does a line that is all one
        link: a button or a teaser however it is worded ("Worth passing on to the people in your road group?"
        under the story, linking to the share sheet)."""
        return self.shaped_like_sentence and not _standfirst(self.ctx) and self.cue is None and not self.notice \
            and self.short not in _NEVER_ANCHOR \
            and float((self.ctx or {}).get("link_density") or 0) < _LINKED_LINE \
            and _NO_ANCHOR_HINTS.isdisjoint(_hints(self.ctx)) and not (
                # small print with a family's words is the publisher's note under the story ("X follows the
                # press code. If you think we got it wrong, write to ..."), never its last sentence
                (self.ctx or {}).get("apart") == "fine_print" and self.short is not None)

    @_feature
    def closing(self) -> bool:
        """A short story sentence ("The movement denies the accusations."): ends the story like a body sentence.

        At least four words, a full stop (or ! ?), not title case, no pattern family and no markup hint, so
        a subheading before a short last paragraph is not mistaken for furniture at the end.
        """
        if self.words < 4 or self.units >= 8 or not _CLOSING_END.search(self.text):
            return False
        if self.caps[0] >= 0.75 or _hints(self.ctx) or _standfirst(self.ctx) \
                or float((self.ctx or {}).get("link_density") or 0) >= 0.5:
            return False
        return not (self.labels or self.short is not None or self.cue is not None or self.notice)

    @_feature
    def notice(self) -> bool:
        """Has the form of a publisher's notice ("© 2024 ..."), so it never anchors the story. Looked for
        outside quotations: a sentence that quotes an appeal or a correction reports it."""
        if self.prefix_label in _PREFIX_NOTICES:
            return True
        notices = self.pats.any_notice
        # the gate alone first: one regex in C rejects nearly every line before the matcher's Python work
        if not (notices.may_match(self.folded) and notices.search(self.folded)):
            return False
        if self.unquoted is not self.text:
            return notices.search(_fold(self.unquoted))
        return True

    @_feature
    def headline_shaped(self) -> bool:
        """Reads like a headline: a few words, no sentence-final punctuation, opens with a capital or digit."""
        if not self.has_word or not (3 <= self.words <= 20) or len(self.text) > 160:
            return False
        if _SENTENCE_END.search(self.text):
            return False
        head = _BULLET.sub("", self.text).lstrip("\"'“”„«»‘’‹› ")
        return bool(head) and (head[0].isupper() or head[0].isdigit())

    @_feature
    def caps(self) -> tuple[float, bool]:
        cased = [t for t in _WORD.findall(self.text) if t[0].isalpha() and t[0].lower() != t[0].upper()]
        if not cased:
            return 0.0, False
        return sum(1 for t in cased if t[0].isupper()) / len(cased), all(t.isupper() for t in cased)

    @_feature
    def narrative(self) -> bool:
        """Reads as reported speech: a reporting verb or a line opening with a quotation mark."""
        return bool(
            _OPENS_QUOTE.search(self.text) and not _QUOTED_NAME.match(self.text)
            or not self.pats.reporting_words.for_lang(self.lang).isdisjoint(self.tokens)
            or self.pats.reporting.search(self.folded, self.bare, self.tokens))

    @_feature
    def voice(self) -> bool:
        """Addresses the reader or speaks as the publisher, outside quotations: a sentence that quotes a
        prompt (the channel added "Follow us, don't miss a deal" under each post) reports it."""
        text = self.unquoted
        if text is self.text:
            folded, tokens = self.folded, self.tokens
        else:
            folded = _fold(text)
            tokens = _WORD.findall(folded)
        if _LEXICAL_COMPOUND.search(folded):
            # (a noun that holds a pronoun addresses nobody)
            folded = _LEXICAL_COMPOUND.sub(" ", folded)
            tokens = _WORD.findall(folded)
        if not self.pats.voice_words.for_lang(self.lang).isdisjoint(tokens):
            return True
        return bool(self.pats.voice.search(folded, text, tokens))

    @_feature
    def personal(self) -> bool:
        """Speaks in the first person singular outside quotations ("I want to explain why"): a columnist or an
        editor writing to readers, not the publisher's notice (which says "we" or addresses "you")."""
        text = self.unquoted
        tokens = self.tokens if text is self.text else _WORD.findall(_fold(text))
        if not self.pats.personal_words.for_lang(self.lang).isdisjoint(tokens):
            return True
        return bool(self.pats.personal and self.pats.personal.search(_fold(text), text, tokens))

    @_feature
    def unquoted(self) -> str:
        """The line without the quotations inside it (the line itself when nothing is left outside them)."""
        if not _QUOTE_CHARS.search(self.text):
            return self.text
        rest = _QUOTED.sub(" ", self.text)
        return rest if rest != self.text and _WORD.search(rest) else self.text

    @property
    def prose(self) -> bool:
        """Running prose: a long line (20+ words) ending a sentence that does not address the reader and has no
        notice form (outside quotations: the publisher's notice is not the story, however it is punctuated).

        In the middle of the story no rule but a whole-line label removes it: credits, captions, markup
        hints, learned lines and cues all stop at it."""
        return self.units >= _PROSE_UNITS and bool(_CLOSING_END.search(self.text)) and not self.voice \
            and not self.notice

    @_feature
    def breadcrumb(self) -> bool:
        """A trail of section names ("News › Region", "Sport » Football » Cup"): 2–5 short capitalised parts
        joined by a breadcrumb separator (a slash needs three parts), no sentence punctuation."""
        if self.words > 12 or self.terminal or not _CRUMB_SEP.search(self.text):
            return False
        parts = [x.strip() for x in _CRUMB_SEP.split(self.text)]
        # "A / B" is as often a pair in a heading ("Berlin / Brandenburg"): a slash trail needs three parts,
        # unless set in capitals like a section kicker ("NEWS / REGION")
        slash_min = 3 if " / " in self.text and not self.caps[1] else 2
        if not slash_min <= len(parts) <= 5 or not all(parts):
            return False
        return all(1 <= len(_WORD.findall(x)) <= 3 and (x[0].isupper() or x[0].isdigit())
                   and not _TERMINAL.search(x) and not x.endswith(",") for x in parts)

    @_feature
    def bare(self) -> str:
        """The text without the pictographs opening it."""
        return _LEAD_PICTOGRAPHS.sub("", self.text) if self.text[:1] > "\u218f" else self.text

    @_feature
    def folded(self) -> str:
        return _fold(self.bare)

    @_feature
    def tokens(self) -> list[str]:
        return _WORD.findall(self.folded)

    @property
    def label(self) -> str | None:
        labels = self.labels
        return labels[0] if labels else None

    @_feature
    def labels(self) -> tuple[str, ...]:
        """Every family whose label list matches the whole line (first one is the removal rule)."""
        if self.words > _MAX_LABEL_WORDS:
            return ()
        key = _label_key(self.text)
        if not key or not self.pats.any_labels.search(key):
            return ()
        return tuple(fam.name for fam in self.pats.families if fam.labels and fam.labels.search(key))

    @_feature
    def short(self) -> str | None:
        union = next((m for limit, m in self.pats.short_unions if limit >= self.words), None)
        if union is not None and union.search(self.folded, self.bare):
            for fam in self.pats.families:
                if fam.short and self.words <= fam.max_words and fam.short.search(self.folded, self.bare):
                    return fam.name
        prefixed = self.prefix_label
        if prefixed is not None:
            fam = next(f for f in self.pats.families if f.name == prefixed)
            if self.words <= fam.max_words:
                return prefixed
        # a notice form is the publisher speaking ("Readers like you pay for ... Will you join them?"),
        # whatever its length: past the family's word limit, up to _NOTICE_MAX_WORDS
        if self.pats.notice_min_words < self.words <= _NOTICE_MAX_WORDS and self.notice:
            return next((fam.name for fam in self.pats.families if fam.notice and self.words > fam.max_words
                         and fam.notice.search(self.folded)), None)
        return None

    @_feature
    def prefix_label(self) -> str | None:
        """The family of a furniture label opening the line before a colon ("Correction: ...", "Photo: ...",
        "Text: the newsroom"): a line introduced by a notice, credit or media label is that notice, whatever
        follows. Only families whose labels name a notice (`_PREFIX_FAMILIES`), so "Politics: ..." is not."""
        m = _LABEL_PREFIX.match(self.text)
        if not m:
            return None
        key = _label_key(m.group(1))
        if not key or len(key.split()) > 4:
            return None
        if self.pats.any_labels.may_match(key, m.group(1)):
            for fam in self.pats.families:
                if fam.name in _PREFIX_FAMILIES and fam.labels and fam.labels.search(key):
                    return fam.name
        # "Story: the Standard newsdesk", "Words: agencies": a short label before a credit
        rest = _label_key(self.text[m.end() - 1:])
        if len(key.split()) <= 2 and rest and self.pats.any_labels.may_match(rest, rest):
            for fam in self.pats.families:
                if fam.name == "credit" and fam.labels.search(rest):
                    return fam.name
        return None

    @_feature
    def cue(self) -> str | None:
        hints = _hints(self.ctx)
        if not (self.voice or hints) or self.narrative:
            return None
        if self.units > _MARKUP_MIDDLE_UNITS and self.personal:
            return None
        # A sentence that quotes a prompt reports it: the cue must be found outside quotations too.
        folded = self.folded if self.unquoted is self.text else _fold(self.unquoted)
        if not self.pats.any_cues.search(folded):
            return None
        for fam in self.pats.families:
            if fam.cues and (self.voice or fam.name in hints) and fam.cues.search(folded):
                return fam.name
        return None


_MAX_LABEL_WORDS = 10
# the headline (an <h1>, or an <h2> on a page without one, reading as the title) found among this many first
# lines ends the page's top
_HEADLINE_WITHIN = 6
_NOTICE_MAX_WORDS = 40       # a line with a family's notice form is that furniture up to this length
_COUNTER = re.compile(r"(?=\D*\d)[\d\s.,\u00a0\u202f]{1,12}(?:[kKmM]|тыс\.?|млн\.?|b[iı]n)?\+?")
_CUE_MAX_UNITS = 25       # a cue removes a line only up to this length (at the edges too: a longer line with
                             # a cue alone was a story paragraph each time in the benchmark, 7 of 7) ...
_LONG_CUE_FAMILIES = frozenset({"cookies"})   # ... but a consent notice at the edges, legal text, runs long
_MIDDLE_SHORT_UNITS = 16     # a `short` form removes a terminated line in the middle of the story up to this length

# "Label: rest" -- the label is at most 40 characters before the first colon, and something follows it.
_LABEL_PREFIX = re.compile(r"^([^:：\n]{2,40}?)\s*[:：]\s*\S")
# Families whose label opening a line makes the whole line that furniture; of those, the ones that make it a
# notice (goes even with a reporting verb, never anchors the story).
_PREFIX_FAMILIES = frozenset({"correction", "photo_credit", "credit", "media", "copyright"})
_PREFIX_NOTICES = frozenset({"correction"})
# Families whose short form ("Copyright X 2026. No part ...", "... Photo: Ann Lake") is never a story sentence,
# however long and well punctuated: such a line does not anchor the story, so after the last sentence it goes.
# Comment-moderation rules and disclosures (a press regulator, a funder, AI use) are the publisher speaking too.
# (A cookie or paywall wording can be reported in a sentence, "To see the map, residents had to accept cookies".)
_NEVER_ANCHOR = frozenset({"copyright", "photo_credit", "credit", "helpline", "warning", "series", "comments",
                           "disclosure"})
_PROSE_UNITS = 20            # running prose in the middle of the story is never removed (see _Line.prose)
_MARKUP_MIDDLE_UNITS = 12    # markup hints alone remove only short lines in the middle ...
_MARKUP_MIDDLE_MAX = 20      # ... or up to this when the line also addresses the reader or matches a family
_QUOTE_CHARS = re.compile(r"[\"“”„«»‹›「」『』]")
_QUOTED = re.compile(r'"[^"\n]{1,400}"|“[^”\n]{1,400}”|„[^“”\n]{1,400}[“”]|«[^»\n]{1,400}»|»[^«\n]{1,400}«'
                     r'|‹[^›\n]{1,400}›|「[^」\n]{1,400}」|『[^』\n]{1,400}』')
_CRUMB_SEP = re.compile(r"\s+(?:[›»>→▸▶/|]|&gt;)\s+")
_BULLET = re.compile(r"^[-–—•·*▪►]\s+")     # a list item's bullet ("- " as extraction writes <li>)
_CLOSING_END = re.compile(r"[.!?…](?:\s?['\"”’»)\]])*\s*$")
_SENTENCE_END = re.compile(r"[.!…。！;:,](?:\s?['\"”’»)\]])*\s*$")
# Headings after which a list of headlines is related-links furniture (families of `label` rules).
_LIST_HEADINGS = {"related"}
_MIDDLE_LIST_MAX = 3


def _hints(ctx: dict | None) -> list[str]:
    return list((ctx or {}).get("hints") or [])


_STANDFIRST_UNITS = 60


_HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}
# boxes whose sentences are never the story's, so never its first or last sentence: an author's footnotes, and
# readers' comments an extraction kept
_NO_ANCHOR_HINTS = frozenset({"footnote", "comments"})


def _standfirst(ctx: dict | None) -> bool:
    """The markup calls the line the headline's standfirst/dek/subtitle (HTML only, see extract)."""
    return bool(ctx) and bool(ctx.get("standfirst"))


# ---------------------------------------------------------------------------------------------------------
# Per-source memory


def _memory_key(line: str) -> str:
    return _SPACES.sub(" ", _fold(unicodedata.normalize("NFC", line))).strip()


class BoilerplateMemory:
    """Short lines counted per source; a line present in many articles of a source is boilerplate there.

    `observe()` is called once per article (clean() only reads the memory). A line is judged boilerplate for a
    source once it was seen in at least `min_count` articles and in at least `min_share` of the articles
    observed for that source. Only lines up to `max_line_chars` are counted, and each source keeps at most
    `max_lines` distinct lines (the rarest are pruned), so the file stays small.
    """

    min_count = 3
    min_share = 0.1
    max_line_chars = 200
    max_lines = 5000

    def __init__(self) -> None:
        self.sources: dict[str, dict] = {}

    # persistence -----------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path) -> "BoilerplateMemory":
        mem = cls()
        p = Path(path)
        if not p.exists():
            return mem
        data = json.loads(p.read_text(encoding="utf-8") or "{}")
        for source, entry in (data.get("sources") or {}).items():
            mem.sources[source] = {
                "articles": int(entry.get("articles", 0)),
                "lines": {str(k): int(v) for k, v in (entry.get("lines") or {}).items()},
            }
        return mem

    def save(self, path) -> None:
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"version": 1, "sources": self.sources}, ensure_ascii=False, sort_keys=True)
        fd, tmp = tempfile.mkstemp(prefix=p.name + ".", suffix=".tmp", dir=p.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, p)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    # learning --------------------------------------------------------------------------------------------
    def observe(self, source: str, lines: list[str]) -> None:
        if not source:
            return
        entry = self.sources.setdefault(source, {"articles": 0, "lines": {}})
        entry["articles"] += 1
        seen = set()
        for raw in lines:
            for part in str(raw).split("\n"):
                key = _memory_key(part)
                if key and len(key) <= self.max_line_chars:
                    seen.add(key)
        counts = entry["lines"]
        for key in seen:
            counts[key] = counts.get(key, 0) + 1
        self._prune(entry)

    def merge(self, other: "BoilerplateMemory") -> None:
        for source, theirs in other.sources.items():
            mine = self.sources.setdefault(source, {"articles": 0, "lines": {}})
            mine["articles"] += theirs.get("articles", 0)
            for key, n in theirs.get("lines", {}).items():
                mine["lines"][key] = mine["lines"].get(key, 0) + n
            self._prune(mine)

    def _prune(self, entry: dict) -> None:
        counts = entry["lines"]
        if len(counts) <= self.max_lines:
            return
        keep = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: self.max_lines // 2]
        entry["lines"] = dict(keep)

    def is_boilerplate(self, source: str | None, line: str) -> bool:
        if not source:
            return False
        entry = self.sources.get(source)
        if not entry or entry["articles"] < self.min_count:
            return False
        n = entry["lines"].get(_memory_key(line), 0)
        return n >= self.min_count and n >= self.min_share * entry["articles"]


# ---------------------------------------------------------------------------------------------------------
# Cleaning


@dataclass
class Cleaned:
    text: str                 # lines kept, "\n\n" between paragraphs
    removed: list[dict]       # [{"line": str, "rule": str, "position": int}]
    authors: list[str] = field(default_factory=list)   # names taken from byline lines it removed


def _norm_title(text: str) -> str:
    return " ".join(_WORD.findall(_fold(text)))


# A page's <title> often carries the site, the section or the date after a separator ("Headline - 8 June 2026 -
# Site news", "Headline | The Gazette"): the headline repeated as the first line is then the part before one.
_TITLE_SUFFIX = re.compile(r"\s+[-|–—·:]{1,2}\s+")
_TITLE_MIN_WORDS = 3


def _title_keys(title: str) -> frozenset[str]:
    """The normalized title, and each of its leading parts before a separator that still has 3+ words."""
    keys = {_norm_title(title)}
    for sep in _TITLE_SUFFIX.finditer(title):
        head = _norm_title(title[:sep.start()])
        if len(head.split()) >= _TITLE_MIN_WORDS:
            keys.add(head)
    keys.discard("")
    return frozenset(keys)


def _split_lines(text: str, line_context: list[dict] | None, pats: _Patterns, lang: str | None = None) -> list[_Line]:
    out: list[_Line] = []
    repaired = _known_repaired(text)
    for pos, raw in enumerate(text.split("\n")):
        if not raw.strip():
            continue
        ctx = {}
        if line_context is not None and pos < len(line_context) and isinstance(line_context[pos], dict):
            ctx = line_context[pos]
        raw = _OTHER_BREAKS.sub(" ", raw)   # only "\n" separates lines; stray CR, VT, FF, U+2028 become spaces
        # Repair, then fold spaces; folding can make new mojibake ("Â" + tab -> "Â " = a broken NBSP), so
        # repeat until stable: cleaning the output again must give the same lines.
        for _ in range(3):
            fixed = raw if repaired else repair_text(raw)
            if len(fixed) > len(raw):      # never lengthen a line by repair (NFC alone is kept)
                fixed = unicodedata.normalize("NFC", raw)
            part = _SPACES.sub(" ", fixed.replace("\n", " ")).strip()
            if repaired or part == raw:
                break
            raw = part
        if part:
            out.append(_Line(pos, part, ctx, pats, lang))
    return out


_CROSSHEAD_WORDS = 6        # a short line in bold or italics before running prose is the story's crosshead ...
_PROMPT_MARKS = re.compile(r"[›»→:|·•/]|\d")   # ... unless it has a prompt's arrow, separator, colon or number
_CHOICE_MARKS = re.compile(r"[›→|·•/]")         # a bold line with these is a prompt or a trail, not a crosshead
_QUESTION_END = ("?", "？", "؟")


_CARD_ITEM_TAGS = frozenset({"li", "dt", "dd"})


def _set_apart(lines: list[_Line], i: int, edge: bool = False) -> bool:
    """A line the markup sets apart from the story's plain paragraphs (`extract._set_apart`) that reads as the
    publisher's furniture rather than the story's text.

    A one-off classed box or small print holding only the line is furniture unless the line reports speech
    (a pull quote): callouts, cards, notes and fallback texts come that way, in any wording. A whole paragraph
    in italics is how editors' notes, bios, warnings and translation credits are set, but so are some
    interview questions, crossheads and introductions: questions and crossheads stay, and running prose in
    italics needs a notice form or a family's pattern. Bold is also how leads, crossheads, interview questions
    and highlighted sentences are set, so a bold line in the middle of the story needs evidence of its own
    (at the edges bold is enough): it addresses the reader, has a notice form, matches a family, gives an
    address or carries a prompt's arrow or separator. A whole-line quotation in bold there is the story's
    one-line quote, whoever it addresses, unless it has a notice's form, a family's words or an address."""
    ln = lines[i]
    kind = ln.ctx.get("apart")
    # (a reporting word in a table's cell, "Holy Communion (said, chancel)", reports nobody's speech; nor does one
    # in a labelled item of a widget's card, "Watering: sponsors are asked to ...", a reading of the card)
    if ln.narrative and not ln.voice and not ln.text.startswith("|") \
            and not (kind == "box" and ln.ctx.get("tag") in _CARD_ITEM_TAGS and _READING_ITEM.search(ln.text)):
        return False
    # a sentence (8+ units) set in bold or italics right before an interview's first question is the
    # interview's introduction ("Since March there are no fixed visiting hours on the ward. We asked the head
    # nurse why.", "We sat down with her among the half-empty shelves."), whatever voice it speaks in; an
    # editor's note there has a notice's form
    if kind in ("bold", "italic") and i + 1 < len(lines) and _question_apart(lines[i + 1]) and ln.terminal \
            and ln.units >= _ITALIC_SENTENCE_UNITS and not (ln.notice or ln.short is not None or ln.cue is not None):
        return False
    # a whole sentence in bold inside the story that reports what someone said is the story's highlighted lead
    # or quote, even when what was said addresses the reader ("Stay out of the sun, paramedics said on Friday")
    if kind == "bold" and not edge and ln.narrative and ln.terminal and ln.units >= _BOLD_REPORT_UNITS \
            and not (ln.notice or ln.short is not None):
        return False
    if kind in ("box", "fine_print"):
        # a <p> of the story's run with a class of its own holding a sentence of the story's kind (no reader
        # addressed, no notice form, no family's words: "Residents without a smartphone can register by
        # phone.") is the story's note set in a box; the publisher's lines set so speak as the publisher
        if ln.ctx.get("classed_p") and ln.terminal and ln.units >= _CLASSED_P_UNITS and not (
                ln.voice or ln.notice or ln.short is not None or ln.pats.any_cues.search(ln.folded)):
            return False
        return True
    if ln.text.rstrip().endswith(_QUESTION_END):
        return False
    # in an interview (two questions in bold or more), a sentence in italics right after a bold question is the
    # answer set for emphasis ("А выходные?" -- "<i>Маяк не выключают на выходные.</i>"), unless it has a
    # notice's evidence
    if kind == "italic" and i > 0 and lines[i - 1].ctx.get("apart") == "bold" and _question_apart(lines[i - 1]) \
            and ln.terminal and not (ln.voice or ln.notice or ln.short is not None or ln.cue is not None
                                     or _has_address_mark(ln.text)) \
            and sum(1 for other in lines if other.ctx.get("apart") == "bold" and _question_apart(other)) \
            >= _INTERVIEW_MIN_QUESTIONS:
        return False
    # ... and a short sentence in italics between an interview's questions is the interviewer's note on the
    # scene ("He laughed at that.", "Er überlegt lange."), unless it has a notice's evidence
    if kind == "italic" and ln.terminal and ln.units <= _SCENE_NOTE_UNITS \
            and not (ln.voice or ln.notice or ln.short is not None or ln.cue is not None
                     or _has_address_mark(ln.text) or _bold_promo(ln) or _PAGE_POINTER.search(ln.folded)):
        questions = [k for k, other in enumerate(lines) if other.ctx.get("apart") == "bold" and _question_apart(other)]
        if len(questions) >= _INTERVIEW_MIN_QUESTIONS and questions[0] < i < questions[-1]:
            return False
    # a quotation set in italics is a message the story quotes ("« Bonjour, tout est prêt ... »" after "she
    # read out the message:"), not the publisher's note; one set in bold inside the story is its one-line quote
    # ("<b>"We did it ourselves."</b>" between two paragraphs), whoever it addresses, unless it has a notice's
    # form or a family's words
    if kind == "italic" and _WHOLE_QUOTE.match(ln.text):
        return False
    if kind == "bold" and not edge and _WHOLE_QUOTE.match(ln.text) and not (
            ln.notice or ln.short is not None or ln.cue is not None or _has_address_mark(ln.text)):
        return False
    if kind == "bold" and not (edge or ln.voice or ln.notice or ln.short is not None or ln.cue is not None
                               or _CHOICE_MARKS.search(ln.text) or _has_address_mark(ln.text)
                               or _bold_promo(ln)):
        return False
    # ... and where the story itself speaks as "we" (a newsletter's letter, "nous avons passé trois jours ...", a
    # residents' group's letter), a short bold sentence between two of its plain paragraphs is its highlighted line
    # when it speaks in that "we", addressing nobody ("Nous en avons trouvé neuf."), or is a plea of a few words that
    # names neither "we" nor "you" ("Please slow down."); a story that only tells "you" what to do lends it nothing,
    # and the publisher's bold lines speak to "you" ("We rely on readers like you.")
    if kind == "bold" and not edge and ln.voice and ln.terminal and 0 < i < len(lines) - 1 \
            and not _SECOND_PERSON.search(ln.folded) \
            and (_FIRST_PLURAL.search(ln.folded) or ln.units <= _PLEA_UNITS) \
            and _plain_paragraph(lines[i - 1]) and _plain_paragraph(lines[i + 1]) \
            and not (ln.notice or ln.short is not None or ln.cue is not None or _CHOICE_MARKS.search(ln.text)
                     or _has_address_mark(ln.text) or _bold_promo(ln)) \
            and sum(1 for k, other in enumerate(lines) if k != i and _plain_paragraph(other)
                    and _FIRST_PLURAL.search(other.folded)) >= _STORY_VOICE_PARAGRAPHS:
        return False
    # an italic sentence inside the story, a plain paragraph before it and after it one, a question or anything set
    # apart (the publisher's lines under the story), is the story's emphasis (a note
    # on what happens next) unless it has a notice's evidence as a bold one needs
    # (an embed's fallback link between them, "Open this photo on Instagram", is passed over)
    if kind == "italic" and not edge and 0 < i and (
            _plain_paragraph(lines[i - 1]) or _crosshead_shaped(lines[i - 1])) \
            and _plain_or_apart_after(lines, i) \
            and ln.terminal and ln.units >= _ITALIC_SENTENCE_UNITS and not (
            ln.voice or ln.notice or ln.short is not None or ln.cue is not None or _has_address_mark(ln.text)
            or _bold_promo(ln)):
        return False
    # a paragraph of running prose in italics (an interview's introduction) needs a notice's form or a family's
    # pattern: addressing the reader is not enough there ("Sie" is also "she" and "they")
    # (after the story's last plain paragraph, where editors' notes gather, a publisher's voice is enough:
    # "X follows the code of ethics. If you think we got it wrong, write to ...")
    if kind == "italic" and ln.units >= _PROSE_UNITS and ln.terminal and not (
            ln.notice or ln.short is not None or ln.cue is not None
            or ln.voice and (edge or all(later.ctx.get("apart") for later in lines[i + 1:]))):
        return False
    return not _crosshead(ln, lines[i + 1] if i + 1 < len(lines) else None)


_SCENE_NOTE_UNITS = 12
_PLEA_UNITS = 6
# words that point around the page or at its parts, not at the scene ("Scroll down to read the full transcript.")
_PAGE_POINTER = re.compile(r"\b(?:scroll\w*|below|above|transcript|continues?|weiter\w*|unten|oben|abschrift|défile\w*|"
                           r"ci-dessous|ci-dessus|transcription|suite|desplá\w*|abajo|arriba|transcripción|continúa|"
                           r"ниже|выше|расшифровк\w*|продолжени\w*|aşağı\w*|yukarı\w*|devam\w*)\b")
_STORY_VOICE_PARAGRAPHS = 2    # plain paragraphs speaking as "we" that make it the story's own voice
_FIRST_PLURAL = re.compile(r"\b(?:we|us|our|ours|wir|uns|unser\w*|nous|notre|nos|nosotr[oa]s|nuestr[oa]s?|hemos|"
                           r"мы|нас|нам|наш\w*|biz|bizim|bize|bizi|"
                           # (Turkish says "our" in a suffix, with a case ending or none: "köyümüzde", "gönüllülerimiz";
                           # the text is folded, so its dotless i is i)
                           r"\w+[iuü]m[iuü]z(?:[iuü]n|[dt][ae]n?|[iuü]|[ae]|l[ae])?)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|ihnen|euch|dich|dir|du|dein\w*|vous|votre|vos|tu|toi|ton|ta|tes|"
                            r"usted(?:es)?|vosotr[oa]s|tú|tu|tus|вы|вас|вам|ваш\w*|ты|тебя|тебе|siz|sizin|size|sen|"
                            r"senin|sana)\b")


def _plain_or_apart_after(lines: list[_Line], i: int) -> bool:
    """After line i, past an embed's fallback (a <blockquote> that is all one link, "Open this photo on
    Instagram"): nothing, a plain paragraph, a question set apart, or anything set apart."""
    def embed(k: int) -> bool:
        return lines[k].ctx.get("tag") == "blockquote" and float(lines[k].ctx.get("link_density") or 0) >= _LINKED_LINE

    after = next((k for k in range(i + 1, len(lines)) if not embed(k)), len(lines))
    return after == len(lines) or _plain_paragraph(lines[after]) or _question_apart(lines[after]) \
        or bool(lines[after].ctx.get("apart"))


def _question_apart(ln: _Line) -> bool:
    """An interview's question: set apart in bold or italics, ending with a question mark."""
    return ln.ctx.get("apart") in ("bold", "italic") and ln.text.rstrip().endswith(_QUESTION_END)


def _crosshead_shaped(ln: _Line) -> bool:
    """A few words set as a heading or in bold without a sentence's end or a prompt's marks."""
    return (ln.ctx.get("apart") == "bold" or ln.ctx.get("tag") in _HEADING_TAGS) and not ln.terminal \
        and ln.words <= _CROSSHEAD_WORDS and not _PROMPT_MARKS.search(ln.text)


def _plain_paragraph(ln: _Line) -> bool:
    """A sentence of the story's run: no markup sets it apart, and it is shaped as a sentence."""
    return not ln.ctx.get("apart") and ln.shaped_like_sentence


def _crosshead(ln: _Line, nxt: _Line | None) -> bool:
    """A few words without a sentence's end or a prompt's marks that head what follows: a paragraph, or the
    story's list ("How to sign up" over its intro or its steps). An imperative to the reader ("Send us your
    news and photos") heads nothing; a question may ("What does it mean for you?")."""
    if ln.terminal or ln.words > _CROSSHEAD_WORDS or _PROMPT_MARKS.search(ln.text):
        return False
    if ln.voice and ln.pats.voice.search(ln.folded, ln.bare, ln.tokens) and not ln.text.rstrip().endswith("?"):
        return False
    if nxt is None or nxt.ctx.get("apart"):
        return False
    return nxt.shaped_like_sentence or (nxt.words >= 4 and bool(_LIST_INTRO.search(nxt.text))) or (
        bool(_BULLET.match(nxt.text)) and float(nxt.ctx.get("link_density") or 0) < 0.5)


_BOLD_PROMO_UNITS = 16
_CLASSED_P_UNITS = 12
_BOLD_REPORT_UNITS = 12
_ITALIC_SENTENCE_UNITS = 8


def _bold_promo(ln: _Line) -> bool:
    """A bold line that is no sentence and carries a family's cue even without addressing the reader: a
    promo's slogan ("The Gazette on your phone - free for iPhone and Android"). (A bold crosshead of a few
    words before the story's next paragraph is spared by the crosshead guard.)"""
    return not ln.terminal and ln.units <= _BOLD_PROMO_UNITS and not ln.narrative \
        and bool(ln.pats.any_cues.search(ln.folded))


_EMBED_UNITS = 20
# an embed's fallback names its platform ("... shared this on Instagram: tap to open it")
_EMBED_PLATFORM = re.compile(r"\b(?:instagram|twitter|tiktok|facebook|youtube|threads|bluesky|mastodon|telegram|"
                             r"вконтакте|vk|x\.com)\b", re.I)
_ANY_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*(?:\s|\w|$)")
_DANGLING_SEPARATOR = re.compile(r"[^.!?…:;,]\s+(?:\||//)\s*$")
_DANGLING_LABEL_WORDS = 12


def _dangling_label(ln: _Line) -> bool:
    """A few words left hanging on a separator, a bar or a double slash, with nothing after it: a section's label
    split off the paragraph it ran into ("Latest from our Sport desk in town //"). No sentence ends so, and a
    table's row opens on its bar."""
    # (a line holding a sentence's end anywhere is a story's sentence with a label run into it: "... belong.Sport
    # desk //" stays whole rather than go whole)
    return ln.words <= _DANGLING_LABEL_WORDS and not ln.text.startswith("|") \
        and _DANGLING_SEPARATOR.search(ln.text) is not None and not _ANY_SENTENCE_END.search(ln.text)


# "... and we will pass your request on to <a named person>": the story's subject reached through the newsroom
_RELAY = re.compile(
    r"\b(?:pass|forward|send) (?:it|them|this|that|your [\w'’]+(?: [\w'’]+)?) on to\b|\bwe(?:['’]ll| will) (?:pass|forward)\b"
    r"|\bпередадим\b|\bleiten (?:wir )?(?:sie|es|ihre [\w]+)\b.{0,40}\bweiter\b|\btransmettrons\b"
    r"|\bharemos llegar\b|\btrasladaremos\b|\bileteceğiz\b|\biletiriz\b", re.I)
_NAMED_PERSON = re.compile(r"[A-ZÀ-ÞА-ЯЁİÇŞĞÖÜ][\w'’-]+\s+[A-ZÀ-ÞА-ЯЁİÇŞĞÖÜ][\w'’-]+")


_NAME_STEM = 5     # letters of a name kept to find it declined in another line ("Геннадию" -> "Генна")


# the families whose prompts point at a channel to follow or subscribe to (see `third_party_channel`)
_CHANNEL_FAMILIES = frozenset({"share", "newsletter"})


def _third_party_channel(ln: _Line, site_stems: tuple[str, ...] = ()) -> bool:
    """The line's prompt points at a channel a third party named by a common noun owns ("Follow the food bank's
    page on Facebook for the weekly list ...", "abonnez-vous à la lettre de l'association"): the story's pointer
    to its subject, where the publisher's prompt names itself ("Follow us", "the Herald's page", "our letter"),
    and a German owner in the genitive may be the outlet's name declined ("des Talboten": `site_stems`)."""
    rx = ln.pats.third_party_channel
    m = rx.search(ln.text) if rx is not None else None
    if m is None:
        return False
    # (the forms end on the owner's first letter: its word is read on to its end; a common noun in lower case,
    # "l'association", is no name, though the site may be the association's own)
    end = m.end()
    while end < len(ln.text) and (ln.text[end].isalnum() or ln.text[end] in "-'’"):
        end += 1
    owner = ln.text[m.end() - 1:end]
    return not (owner[:1].isupper() and any(stem in owner.casefold() for stem in site_stems))


@lru_cache(maxsize=256)
def _site_stems(site: str | None) -> tuple[str, ...]:
    """The stems of the site name's capitalised words of four letters or more, to find them declined ("Talbote"
    -> "talbo", as `_NAME_STEM` keeps a person's)."""
    return tuple(w[:_NAME_STEM].casefold() for w in _WORD.findall(site or "") if len(w) >= 4 and w[0].isupper())


def _relays_to_a_person(lines: list[_Line], i: int) -> bool:
    """A contact line that passes the reader's message on to a person the story names elsewhere ("напишите
    нам, и мы передадим вашу просьбу Геннадию Петровичу" after a story about Геннадий Петрович): the story's own
    closing offer, not the newsroom's tip line (which names its editor or desk nowhere else in the story)."""
    text = lines[i].text
    # (a tip line asks first, "Got a news tip? ... we will pass it on to Jane Doe, our news editor")
    m = _RELAY.search(text)
    if m is None or "?" in text:
        return False
    name = _NAMED_PERSON.search(text, m.end())
    if name is None:
        return False
    # (the first name, in a sentence of the story: the patronymic or title may differ, "Геннадий Сомов"; a byline
    # naming the reporter the tip line names is no sentence)
    stem = re.compile(rf"\b{re.escape(name.group().split()[0][:_NAME_STEM])}", re.I)
    return any(k != i and lines[k].shaped_like_sentence and stem.search(lines[k].text) for k in range(len(lines)))


def _signup_pitch(ln: _Line) -> bool:
    """A sign-up box's title or pitch, no sentence, however it opens: a newsletter's name in quotation marks
    reads as a quotation ("«Долина в 6:30»: дороги, реки ..." beside the button to the newsletter's page)."""
    return bool(ln.ctx.get("signup")) and not ln.terminal and _OPENS_QUOTE.search(ln.text) is not None


def _markup_short(ln: _Line) -> bool:
    """Markup hints alone remove a line in the middle of the story only when it is short, or a little longer
    when the line also addresses the reader or matches a pattern family, or is a heading (a sign-up box's
    title, "The morning brief: five stories, one email, before 7am", is no paragraph of the story)."""
    if ln.units <= _MARKUP_MIDDLE_UNITS:
        return True
    # (or a teaser: a line mostly of link text with no sentence end, "MORE FROM THE HERALD: <a>Bridge to close</a>")
    # (or the whole text of a one-off box, no sentence and no list item: a promo's pitch beside its button,
    # "«Долина в 6:30»: дороги, реки и администрация раньше всех, каждый будний день")
    boxed = ln.ctx.get("apart") == "box" and ln.ctx.get("tag") not in _BOX_ITEM_TAGS and not ln.text.startswith("- ")
    # (or a line of the small box around an e-mail field, sentence or not: the form's pitch, "Chaque vendredi,
    # l'essentiel de la vallée dans un seul e-mail." -- no story paragraph sits in a sign-up form's box)
    return ln.units <= _MARKUP_MIDDLE_MAX and (ln.voice or ln.short is not None or ln.cue is not None or ln.notice
                                               or ln.ctx.get("tag") in _HEADING_TAGS or bool(ln.ctx.get("signup"))
                                               or not ln.terminal and (
                                                   boxed or float(ln.ctx.get("link_density") or 0) >= 0.5))


def _byline_names(line: _Line, pats: _Patterns, *, middle: bool = False) -> list[str] | None:
    """Author names of a byline line ("By Jane Doe"), else None. In the middle of the story (the author line
    of each post of a live blog) only a short line whose every name has a first and a last name."""
    if line.words > (6 if middle else 9) or line.terminal:
        return None
    if middle and line.narrative:
        return None
    m = pats.byline.match(line.text)
    if not m:
        return None
    names = [n.strip() for n in re.split(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\bve\b|\bи\b)\s*", m.group("names")) if n.strip()]
    if not names or not all(tok[0].isupper() for n in names for tok in n.split()):
        return None
    if middle and not all(2 <= len(n.split()) <= 4 for n in names):
        return None
    return names


def _decide(lines: list[_Line], title_keys: frozenset[str], source, memory, pats,
            outlet: re.Pattern | None = None, known_authors: tuple[str, ...] = (),
            site_stems: tuple[str, ...] = ()) -> tuple[dict[int, str], list[str]]:
    n = len(lines)
    # Only the first and the last body sentence matter: they bound the edges where furniture gathers.
    # The headline repeated as the first line can itself be shaped like a sentence ("Registrations are open
    # for the May fair!"): it does not anchor the story, or it would shield itself from `title_repeat`.
    # The headline itself among the first lines (an <h1> reading as the title): what comes before it is the
    # page's furniture above the headline -- breadcrumbs, a kicker, a teaser -- and the story starts after it.
    # (a page without any <h1> among its first lines may set the headline as an <h2>, an old CMS's label)
    top = range(min(n, _HEADLINE_WITHIN))
    level = 1 if any(_heading_level(lines[i]) == 1 for i in top) else 2
    head = next((i for i in top if title_keys and _heading_level(lines[i]) == level
                 and _norm_title(lines[i].text) in title_keys), -1)
    if level == 2 and any(_plain_paragraph(lines[k]) for k in range(max(head, 0))):
        head = -1       # (a plain paragraph of the story above it: the <h2> is no page-top headline)
    first = next((i for i in range(head + 1, n) if lines[i].sentence
                  and not (title_keys and _norm_title(lines[i].text) in title_keys)), n)
    last = next((i for i in range(n - 1, -1, -1) if lines[i].sentence or lines[i].closing), -1) if first < n else -1
    has_anchor = first < n
    listed = _story_list_items(lines)
    tables = _figure_tables(lines)
    answers = _interview_answers(lines)
    drop: dict[int, str] = {}
    tails: list[int] = []
    authors: list[str] = []
    for i, ln in enumerate(lines):
        zone = "start" if i < first else "end" if i > last else "middle"
        edge = zone != "middle"
        ctx = ln.ctx
        hints = _hints(ctx)
        link_density = float(ctx.get("link_density") or 0.0) if ctx else 0.0
        # running prose in the middle of the story: only a whole-line label could remove it
        # (a long middle line no later rule could touch is guarded without asking whether it addresses the
        # reader: the voice search is the costliest feature and most story paragraphs need no rule at all)
        guarded = not edge and ln.units >= _PROSE_UNITS and (not _weak_evidence(ln, link_density, memory) or ln.prose)
        rule = None
        if i < head:
            rule = "above_headline"
        elif not ln.has_word:
            rule = "symbols"
        elif edge and _COUNTER.fullmatch(ln.text) and i not in listed:
            # a number alone before or after the story: a like, clap, share or comment count (in the middle
            # a number alone may head a part of the story, "1989")
            rule = "counter"
        elif title_keys and zone == "start" and _norm_title(ln.text) in title_keys:
            rule = "title_repeat"
        elif ln.label is not None:
            rule = ln.label
        elif edge and _standfirst(ctx) and ln.units <= _STANDFIRST_UNITS and (
                not ln.narrative or ctx.get("tag") in _HEADING_TAGS or ctx.get("standfirst") == "header"):
            # a dek set as a heading often summarises with a reporting verb ("The watchdog says ..."); a
            # heading is never a story paragraph, so the verb does not protect it there, nor does it protect
            # a paragraph inside the headline's own <header> (the story starts after the header)
            rule = "standfirst"
        elif outlet and i not in listed and i not in tables and _outlet_promo(lines, i, outlet):
            rule = "outlet_promo"
        elif i == n - 1 and i > first and (known_authors or authors) \
                and _author_bio(ln, (bio_names := known_authors + tuple(_author_names(authors))),
                                _author_card(lines, i, bio_names)):
            rule = "author_bio"
        elif ctx and ctx.get("before_signup") and ln.units <= _MARKUP_MIDDLE_MAX and not ln.narrative \
                and pats.delivery_frequency is not None and pats.delivery_frequency.search(ln.folded) \
                and pats.delivery_content is not None and pats.delivery_content.search(ln.folded):
            # the pitch of a sign-up form set as a paragraph of its own right before the form, saying how often
            # the newsletter comes and what it brings ("Neuigkeiten vom Familientreff, etwa einmal im Monat."): a
            # story's last paragraph sits there too, but reports something or tells of an event's days
            rule = "markup_newsletter"
        elif guarded:
            rule = None
        elif (edge or ln.units <= _MIDDLE_SHORT_UNITS or ln.voice or not ln.terminal or ln.notice) \
                and ln.short is not None and (not ln.narrative or ln.notice) \
                and (i not in answers or ln.notice or ln.units < _ANSWER_GUARD_UNITS or not ln.terminal) \
                and not (ln.short == "contact" and _relays_to_a_person(lines, i)) \
                and not (ln.short in _CHANNEL_FAMILIES and _third_party_channel(ln, site_stems)):
            # a notice form ("An earlier version of this story said ...") goes even with a reporting verb; an
            # interview's answer in full sentences is the interviewee speaking, whatever family's words it has
            # ("Be kind to the swans and firm with the hire boats."); a few words between a question and its
            # answer are a widget's ("Listen to this article.")
            rule = ln.short
        elif ctx and ctx.get("in_figure") and (edge or ln.units <= 40) and not ln.narrative:
            rule = "caption"
        elif "footnote" in hints:
            rule = "markup_footnote"
        elif hints and (edge or _markup_short(ln)) and (not ln.narrative or _signup_pitch(ln)):
            rule = "markup_" + hints[0]
        elif ctx and ctx.get("apart") and not _standfirst(ctx) and i not in listed and _set_apart(lines, i, edge):
            rule = "set_apart"
        elif ln.breadcrumb or _dangling_label(ln):
            rule = "navigation"
        elif _control_row(ln, edge) and i not in tables:
            rule = "controls"
        elif zone == "start" and has_anchor and _section_kicker(ln):
            rule = "section_kicker"
        elif _choice_line(ln):
            rule = "choice"
        elif _arrow_link(ln) or edge and link_density >= _LINKED_LINE and ln.words <= _LINKED_ARROW_WORDS \
                and _ARROW_END.search(ln.text) and not ln.narrative:
            # (at the edges a longer line that is all one link and ends in an arrow is a button too: "Subscriber?
            # Send this article to a friend for free - you still have gifts left this month ›")
            rule = "call_to_action"
        elif _empty_heading(lines, i):
            rule = "empty_heading"
        elif _wire_initials(ln):
            rule = "wire_end"
        elif _OF_COUNTER.match(ln.text) and _heading_level(ln) is None:
            rule = "counter"
        elif edge and _bracketed_note(ln):
            rule = "bracketed_note"
        elif _address_line(ln, edge):
            rule = "contact"
        elif zone == "end" and _PHONE_END.search(ln.text) and ln.words <= _ADDRESS_VOICE_WORDS and ln.voice \
                and not ln.narrative and any(drop.get(k) in _ARTICLE_END_RULES for k in range(last + 1, i)):
            # below the furniture that closes the article (its share row, a correction notice), a line that
            # addresses the reader and ends in a phone number is the publisher's tip line ("A story in your
            # street? WhatsApp 06 00 ..."); the story's own appeal ("If you saw the crash, call the police on
            # ...") comes before that furniture, though an advertisement or a caption may stand between
            rule = "contact"
        elif ctx and i not in listed and _prompt_shaped(ln, edge):
            rule = "prompt"
        elif link_density >= 0.6 and (ln.units <= 15 or ctx.get("tag") == "blockquote" and ln.units <= _EMBED_UNITS
                                      and _EMBED_PLATFORM.search(ln.text) is not None) \
                and (edge or not ln.terminal or _heading_level(ln) is not None) and i not in listed:
            # (a heading that links off the page is a card's or a teaser's title, not the story's crosshead, even
            # when it is a sentence: "Pupils lined the road to wave him off." under a linked headline; a
            # heading's permalink to itself is no link to extraction; an embed's fallback, a quotation block that
            # is all one link, may run longer: an account's transliterated name counts as several units)
            rule = "link_list"
        elif (
            memory is not None
            and (edge or not ln.shaped_like_sentence)
            and memory.is_boilerplate(source, ln.text)
            and not ln.narrative
        ):
            rule = "learned"
        elif (ln.units <= _CUE_MAX_UNITS or edge and ln.cue in _LONG_CUE_FAMILIES) and ln.cue is not None \
                and i not in answers and not (i == first - 1 and _opens_story(lines, i, first, last, outlet)) \
                and not (ln.cue in _CHANNEL_FAMILIES and _third_party_channel(ln, site_stems)):
            rule = ln.cue
        elif (names := _byline_names(ln, pats, middle=not edge)):
            rule = "byline"
            authors.extend(names)
        elif edge and has_anchor and i not in listed and i not in tables and _edge_label(lines, i, first, link_density):
            rule = "edge_label"
        elif zone == "end" and has_anchor and i not in listed and i not in tables and _tail_line(ln) \
                and not _echoes_story(ln, lines, first, last):
            tails.append(i)      # after the related lists: a headline under a related heading is that list's
        if rule:
            drop[i] = rule
    _related_lists(lines, drop, last, listed)
    _link_list_headings(lines, drop)
    _widget_lists(lines, drop, listed)
    _list_prompts(lines, drop)
    _opening_list_remnants(lines, drop, first)
    _boxed_list_remnants(lines, drop)
    for i in tails:
        drop.setdefault(i, "edge_tail")
    _keep_crossheads(lines, drop, first, last)
    _keep_lone_list_items(lines, drop, first, last)
    _orphaned_definitions(lines, drop)
    _orphaned_readings(lines, drop, last)
    return drop, authors


_BIO_MAX_WORDS = 45
# how a bio is set off from the story: a box, italics, small print (a plain paragraph opening with the reporter's
# name is the reporter in their own story: "Jane Holt was among the 40 volunteers ...")
_BIO_APART = frozenset({"box", "italic", "fine_print"})
# after the author's name in a bio: a verb ("has reported", "ist Redakteurin", "couvre"), or an apposition or
# dash first ("Jonas Kraft, Jahrgang 1985, berichtet ...", "Олег Зимин — колумнист ...")
_BIO_AFTER_NAME = re.compile(r"\s+[^\W\d_A-ZÀ-ÞА-ЯЁ]|\s*[,–—]\s")
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-ſА-ЯЁİÇŞĞÖÜ][\w'’.-]+")


# words that make a name an organisation's, not a person's (agencies, councils, police, papers, firms)
_ORGANISATION = re.compile(
    r"\b(?:Media|News|Press|Agency|Association|Council|Police|Office|Service|Ministry|Department|Staff|Desk|Team|"
    r"Times|Post|Herald|Gazette|Bahn|Bank|Group|Ltd|Inc|Gmbh|Ajans\w*|Belediye\w*|Agence|Agencia|Ayuntamiento|"
    r"Cruz|France|Landratsamt|Stadt|Verlag|Redaktion|Rédaction|Redacción|Мэрия|Агентство|Редакция)\b", re.I)


def _author_names(authors: list[str] | None) -> list[str]:
    """The full names among the article's authors (two to four capitalised words, none of them an organisation's
    word): "Staff", "AP", "PA Media" or "Kestrel Bay Council" name nobody a bio could be about."""
    names = []
    for author in authors or []:
        author = " ".join(str(author).split())
        parts = [p.strip() for p in author.split(",")]
        if len(parts) == 2 and len(parts[0].split()) == 1 and 1 <= len(parts[1].split()) <= 2:
            # (metadata that files a name as "Holt, Jane" or "HOLT, Jane"; "Jane Holt, Tom Price" is two people)
            family = parts[0].title() if parts[0].isupper() else parts[0]
            author = f"{parts[1]} {family}"
        words = author.split(" ")
        if 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) and not w.isupper() for w in words) \
                and not _ORGANISATION.search(" ".join(words)):
            names.append(" ".join(words))
    return names


def _author_bio(ln: _Line, names: tuple[str, ...], card: bool = False) -> bool:
    """Opens with the full name of one of the article's authors and goes on as a sentence about them, short, no
    quotation: the author's bio under the story. (The story's own sentences name its reporter rarely, and
    never as the text's last line opening with the full name.) Or, however it is set, it closes an author card
    (`card`, see `_author_card`): "Written by", "Jane Holt", "Freelance reporter in ...", which no story ends with."""
    if ln.words > _BIO_MAX_WORDS or _OPENS_QUOTE.search(ln.text) or _QUOTE_CHARS.search(ln.text):
        return False
    if card and not ln.narrative:
        return True
    if (ln.ctx or {}).get("apart") not in _BIO_APART:
        return False
    for name in names:
        if ln.text.startswith(name) and _BIO_AFTER_NAME.match(ln.text, len(name)):
            # (the author reported as speaking, "Jane Holt said ...", is the story's)
            after = _WORD.findall(_fold(ln.text[len(name):len(name) + 40]))
            return not (after and after[0] in ln.pats.reporting_words.for_lang(ln.lang))
    return False


def _author_card(lines: list[_Line], i: int, names: tuple[str, ...]) -> bool:
    """Line `i` closes an author card: right under a line that is one of the article's authors' full names alone,
    set as a heading or a link, itself under a short label ("Written by", "About the author", "Yazar"). A story's
    last line under a signature has no label over the name."""
    if i < 2:
        return False
    name, label = lines[i - 1], lines[i - 2]
    ctx = name.ctx or {}
    return " ".join(name.text.split()) in names \
        and (ctx.get("tag") in _HEADING_TAGS or float(ctx.get("link_density") or 0) >= 0.5) \
        and label.words <= _CARD_LABEL_WORDS and not label.terminal


_CARD_LABEL_WORDS = 4
_LIST_RUN_MIN = 3


def _keep_lone_list_items(lines: list[_Line], drop: dict[int, str], first: int, last: int) -> None:
    """An item of a list in the middle of the story that a family's pattern alone took ("- Download the
    council's app" among the steps "- Enter your postcode", "- Turn on alerts") stays when it is the only item
    of a list of three or more that went: a widget's or a share bar's list goes whole, item after item, while
    a story's list of steps merely mentions the words. (A whole-line label still goes.)"""
    i = 0
    n = len(lines)
    while i < n:
        if not _BULLET.match(lines[i].text):
            i += 1
            continue
        j = i
        while j < n and _BULLET.match(lines[j].text):
            j += 1
        gone = [k for k in range(i, j) if k in drop]
        if j - i >= _LIST_RUN_MIN and len(gone) == 1:
            k = gone[0]
            ln = lines[k]
            if first < k < last and drop[k] in (ln.short, ln.cue) and ln.label is None \
                    and float((ln.ctx or {}).get("link_density") or 0) < 0.5:
                del drop[k]
        i = j


_POINTER_MIN_WORDS = 3
# a pointer names the outlet's own desk, section or pages ("More from the Leisure desk", "Alle Meldungen aus dem
# Ressort Sport"); a label such as "The good news" or "Lo que hay que saber" may head a part of the story
_DESK_POINTER = re.compile(r"\b(?:desk|section|pages?|newsroom|bureau|ressort|\w*redaktion|rubrik|rubrique|rédaction|"
                           r"sección|páginas|redacción|раздела?|рубрики?|редакции|отдела|servis\w*|masa\w*|sayfa\w*)\b")


_POINTER_RULES = frozenset({"navigation", "related"})
# ... or names the section after a colon ("Around the lake: Environment", "Fresh from the valleys: People")
_SECTION_AFTER_COLON = re.compile(r"\s?:\s*[A-ZÀ-ÞА-ЯЁİÇŞĞÖÜ][\w'’-]+$")


def _keep_crossheads(lines: list[_Line], drop: dict[int, str], first: int, last: int) -> None:
    """A heading of the story that happens to be a furniture label ("Datenschutz" over a part about an app's
    data protection, "Newsletter" over one about the parish newsletter): in the middle of the story, a
    heading (<h2>-<h6>) removed only as a label, in no box of its own and without a markup hint, followed by
    a story paragraph that stays (the sign-up line under a "Newsletter" heading goes, and the heading with it)
    heads that part of the story and stays too. (A module's heading whose list extraction dropped is in a
    box, or hinted by its class.) A navigation or related-links label of three words or more points to another
    part of the site ("More from the Leisure desk", "Alle Meldungen aus dem Ressort Sport", "Gündem sayfasında
    neler kaçırdınız", "Around the lake: Environment"): no heading of this story."""
    for i, rule in list(drop.items()):
        ln = lines[i]
        if not first < i < last or _heading_level(ln) is None or ln.label != rule or ln.ctx.get("apart") \
                or _hints(ln.ctx) or rule in _POINTER_RULES and ln.words >= _POINTER_MIN_WORDS \
                and (_DESK_POINTER.search(ln.folded) or _SECTION_AFTER_COLON.search(ln.text)):
            continue
        nxt = i + 1
        if nxt < len(lines) and nxt not in drop and lines[nxt].shaped_like_sentence:
            del drop[i]


_LINK_LIST_MIN = 2
_LIST_LABEL_WORDS = 4


def _list_went(lines: list[_Line], drop: dict[int, str], i: int, rules: frozenset | None = None,
               boxed: bool = False) -> bool:
    """The list items right after line i (at least `_LINK_LIST_MIN`, up to the list's end) all went, by one of
    `rules` (any rule when None). `boxed`: the items of a list or a definition list (<dt>/<dd>) set in a box."""
    def item(k: int) -> bool:
        return _boxed_item(lines[k]) if boxed else (lines[k].ctx or {}).get("tag") == "li"

    j = i + 1
    while j < len(lines) and item(j) and j in drop and (rules is None or drop[j] in rules):
        j += 1
    return j - i - 1 >= _LINK_LIST_MIN and (j == len(lines) or not item(j))


def _table_went(lines: list[_Line], drop: dict[int, str], i: int) -> bool:
    """The rows of a table right after line i (its header, its rule and at least one more row, up to the
    table's end) all went: a widget's table set in a box."""
    j = i + 1
    while j < len(lines) and j in drop and _TABLE_ROW.match(lines[j].text):
        j += 1
    return j - i - 1 >= _LINK_LIST_MIN + 1 and (j == len(lines) or not _TABLE_ROW.match(lines[j].text))


_BOX_ITEM_TAGS = ("li", "dt", "dd")


_LINK_RULES = frozenset({"link_list", "related_list"})


def _link_list_headings(lines: list[_Line], drop: dict[int, str]) -> None:
    """A heading (<h2>-<h6>) whose whole list under it went as links ("link_list" / "related_list": list
    items that are all link text) heads that module, whatever it says ("Everything we have written on this so
    far"), and goes with it. A story's crosshead has prose under it; a heading over a list that stays is left.
    The same title written as the list's own first item ("- Add to your calendar:" over "- Google", "- iCal",
    ...): a short item ending in a colon whose every other item went, by whatever rule, goes with them.
    A heading set in a box whose list (or definition list, or table) in the box went whole, by whatever rule, is
    that box's title ("Health advice by pollution level" over the bands a widget lists) and goes too: a heading
    that reads like a sentence of reporting is no quotation when it titles a list."""
    for i, ln in enumerate(lines):
        if i in drop or ln.terminal:
            continue
        if _heading_level(ln) in (None, 1):
            # (a box's title set as a paragraph of bold words, "<p><strong>Fees by boat length</strong></p>" over
            # the box's table, is the box's title as a heading is)
            if _boxed_paragraph_title(ln) and (_list_went(lines, drop, i, boxed=True) or _table_went(lines, drop, i)):
                drop[i] = "list_heading"
            continue
        if _list_went(lines, drop, i, _LINK_RULES) or ln.ctx.get("apart") == "box" and (_list_went(
                lines, drop, i, boxed=True) or _table_went(lines, drop, i)):
            drop[i] = "list_heading"
        elif ln.ctx.get("links_under") and not (i + 1 < len(lines) and (
                (lines[i + 1].ctx or {}).get("tag") == "li" or lines[i + 1].text.startswith("- "))):
            # (its list of links was over it in the page and the extraction left the list out: the title of a
            # related-links module, "Elsewhere in the borough today", with nothing of its own under it)
            drop[i] = "list_heading"
    for i, ln in enumerate(lines):
        if i in drop or (ln.ctx or {}).get("tag") != "li" or not _LIST_INTRO.search(ln.text) \
                or ln.words > _LIST_LABEL_WORDS or i > 0 and (lines[i - 1].ctx or {}).get("tag") == "li":
            continue
        if _list_went(lines, drop, i):
            drop[i] = "list_heading"


def _boxed_paragraph_title(ln: _Line) -> bool:
    """A few words in a paragraph of a box, no heading tag, without a sentence's end or a prompt's marks."""
    return ln.ctx.get("apart") == "box" and ln.ctx.get("tag") in ("p", "div") and _heading_level(ln) is None \
        and ln.words <= _CARD_TITLE_WORDS and not ln.terminal and not _PROMPT_MARKS.search(ln.text)


# rules too weak to make a heading a widget's title, so that its list follows it out (`_widget_lists`)
_WEAK_HEADING_RULES = frozenset({"edge_label", "edge_tail", "controls", "set_apart", "title_repeat", "standfirst",
                                 "list_heading", "empty_heading", "link_list"})
_WIDGET_ITEM_WORDS = 8


def _widget_item(ln: _Line) -> bool:
    """A list item or a table row (or the rule under a table's header row) as extraction writes them."""
    tag = (ln.ctx or {}).get("tag")
    return bool(_BULLET.match(ln.text)) and tag == "li" or bool(_TABLE_ROW.match(ln.text)) and (
        tag in ("td", "th", "caption") or bool(_TABLE_RULE.match(ln.text)))


def _widget_lists(lines: list[_Line], drop: dict[int, str], listed: set[int]) -> None:
    """The list or table under a widget's heading ("Unwell tonight? Find a pharmacy ›" over "- Greenhill
    Pharmacy · open until 9pm", ...; "Check your ticket ›" over a table of the last draws) goes with its heading: the heading went by a rule of its own (a family's form, a
    prompt, a call to action, a class hint), and every item is a short line that is no sentence (a name, an
    opening time, a price). The story's list under its crosshead has a heading that stays."""
    for i, rule in list(drop.items()):
        if rule in _WEAK_HEADING_RULES or lines[i].ctx.get("tag") not in _HEADING_TAGS:
            continue
        j = i + 1
        while j < len(lines) and _widget_item(lines[j]):
            j += 1
        items = range(i + 1, j)
        if items and all(k not in listed and not lines[k].terminal and (
                lines[k].words <= _WIDGET_ITEM_WORDS or _TABLE_ROW.match(lines[k].text)) for k in items):
            for k in items:
                drop.setdefault(k, "widget_list")


_REMNANT_MIN_ITEMS = 3
_REMNANT_ITEM_WORDS = 12


def _opening_list_remnants(lines: list[_Line], drop: dict[int, str], first: int) -> None:
    """Before the story's first sentence, a definition list of three lines or more (terms and values) of which
    two thirds went by rules of their own is a widget's card (a meeting card's "- Committee", "- Date",
    "- Venue" with their values): a value left behind whose term went goes with it when it is a few words
    without a sentence's end ("- Council Chamber, Vale House, and on the webcast"), and so does a heading (not
    the headline) or a few bold words right above the card, its title, also when the whole card went
    ("Sprechen Sie mit Ihrer Kontaktbeamtin: nächste Sprechstunde" over "- Wann", "- Dienstag, 16–18 Uhr", ...).
    (Runs of list items are left alone:
    the story's key points may run on into a share row's items there.)"""
    for run in _runs(lines, lambda ln: (ln.ctx or {}).get("tag") in ("dt", "dd"), first):
        if _drop_remnants(lines, drop, run, lambda k: lines[k].ctx.get("tag") == "dd" and k - 1 in drop):
            above = run.start - 1
            if above >= 0 and above not in drop and _card_title(lines[above]):
                drop[above] = "list_heading"


def _runs(lines: list[_Line], member, end: int | None = None):
    """The maximal runs of consecutive lines before `end` (default: all) for which `member(line)` holds, as
    ranges of their indexes."""
    end = len(lines) if end is None else end
    i = 0
    while i < end:
        if not member(lines[i]):
            i += 1
            continue
        j = i
        while j < end and member(lines[j]):
            j += 1
        yield range(i, j)
        i = j


def _orphaned_definitions(lines: list[_Line], drop: dict[int, str]) -> None:
    """The values of a definition list whose terms all went (two or more): a card's readings ("- En la mochila"
    over "- almuerzo, gorra, crema solar"), whose values alone mean nothing once their labels are gone. (A
    story sets its facts as a list or a paragraph; a `<dl>` in one is rare, and it would keep its terms.)"""
    for run in _runs(lines, lambda ln: (ln.ctx or {}).get("tag") in ("dt", "dd")):
        terms = [k for k in run if lines[k].ctx.get("tag") == "dt"]
        if len(terms) < 2 or not all(k in drop for k in terms):
            continue
        for k in run:
            drop.setdefault(k, "widget_list")


# an item that is a reading: a label and its colon, or parts set off by a spaced dash, a middle dot or a bar, or a
# short question the item answers in lower case ("- Found a needle? don't touch it; ring ...")
_READING_ITEM = re.compile(r"^- [^:]{2,60}:\s\S|\s[–—]\s|\s[·|•]\s|^- [^?]{2,40}\?\s[^\W\d_A-ZÀ-ÞА-ЯЁ]")
_READINGS_MIN_ITEMS = 3


def _orphaned_readings(lines: list[_Line], drop: dict[int, str], last: int) -> None:
    """After the story's last sentence, the list under a heading that went (the page's panel under the story:
    "Where to get rid of used needles" over "- Bridge Street pharmacy — Monday to Saturday, 9am to 6pm", ...)
    goes with it when two thirds of its items or more are readings and none ends a sentence. A list the story
    keeps keeps its crosshead (`_keep_crossheads` ran before), and a story's own list of clauses ends them."""
    for run in _runs(lines, lambda ln: (ln.ctx or {}).get("tag") == "li"):
        head = run.start - 1
        if head <= last or head not in drop or len(run) < _READINGS_MIN_ITEMS or all(k in drop for k in run):
            continue
        items = [lines[k].text for k in run]
        if any(lines[k].terminal and lines[k].text.rstrip()[-1:] in ".!" for k in run):
            continue
        if 3 * sum(1 for t in items if _READING_ITEM.search(t)) < 2 * len(items):
            continue
        for k in run:
            drop.setdefault(k, "widget_list")


_LIST_PROMPT_WORDS = 8


def _list_prompts(lines: list[_Line], drop: dict[int, str]) -> None:
    """A list's first item that asks the reader to use the links below it ("- Notez-le dans votre agenda :"
    over "- Google Agenda", "- Apple", "- Outlook.com"), when every other item of the list (two or more) went:
    the widget's prompt. The story introduces its lists in a paragraph of its own, and its own item ending in
    a colon speaks to nobody. Over items that are each all one link (buttons: "- Als PDF laden", "- Activar
    avisos", "- Evet, yaradı") the prompt need not address the reader: "- Werkzeuge für diesen Bericht:", "- Pass
    it along the coast:" head nothing of the story once the buttons went. The prompt may follow another list
    that went, which the extraction wrote into the same run of items."""
    for run in _runs(lines, lambda ln: (ln.ctx or {}).get("tag") == "li"):
        # (the extraction writes two lists one after the other as one run of items: a list that went before
        # the prompt, a box's list of charges, is another list)
        for h in run:
            if h > run.start and h - 1 not in drop:
                continue
            head, rest = lines[h], range(h + 1, run.stop)
            if len(rest) >= 2 and h not in drop and all(k in drop for k in rest) \
                    and _LIST_INTRO.search(head.text) and head.words <= _LIST_PROMPT_WORDS and not head.narrative \
                    and (head.voice or all(float(lines[k].ctx.get("link_density") or 0) >= _LINKED_LINE
                                           for k in rest)):
                drop[h] = "widget_list"
                break


def _drop_remnants(lines: list[_Line], drop: dict[int, str], run: range, fits) -> bool:
    """The items of `run` left behind when two thirds of three or more went, each a few words without a
    sentence's end and `fits(k)`, go as "widget_list"; True when the run was a widget's so (nothing may be left)."""
    rest = [k for k in run if k not in drop]
    if len(run) < _REMNANT_MIN_ITEMS or 3 * (len(run) - len(rest)) < 2 * len(run) or not all(
            not lines[k].terminal and lines[k].words <= _REMNANT_ITEM_WORDS and fits(k) for k in rest):
        return False
    for k in rest:
        drop[k] = "widget_list"
    return True


_CARD_TITLE_WORDS = 10


def _card_title(ln: _Line) -> bool:
    """A card's title: a heading (not the headline nor a standfirst) or a few bold words, without a sentence's
    end ("Talk to your beat officer: next drop-in"); a standfirst above a dateline card is a sentence or two."""
    level = _heading_level(ln)
    return ln.words <= _CARD_TITLE_WORDS and not ln.terminal and not _standfirst(ln.ctx) and (
        level not in (None, 1) or level is None and _crosshead_shaped(ln))


def _boxed_list_remnants(lines: list[_Line], drop: dict[int, str]) -> None:
    """A list set in a box whose title (the boxed line above its first item) and two thirds of whose items
    went is a widget's: an item left behind, a few words without a sentence's end (one that reads like
    reporting, Spanish "según" in "- Familias numerosas, según el valor catastral"), goes with the rest."""
    for run in _runs(lines, _boxed_item):
        i = run.start
        if i == 0 or i - 1 not in drop or lines[i - 1].ctx.get("apart") != "box":
            continue
        _drop_remnants(lines, drop, run, lambda k: True)


def _boxed_item(ln: _Line) -> bool:
    return (ln.ctx or {}).get("tag") in _BOX_ITEM_TAGS and (ln.ctx or {}).get("apart") == "box"


_LIST_INTRO = re.compile(r"[:：]\s*$")


def _story_list_items(lines: list[_Line]) -> set[int]:
    """Lines of a list the story introduces ("The package includes:" then short items without punctuation).

    Items look like labels or headlines (short, capitalised in German, no final punctuation), so the weak
    rules (edge_label, related_list) leave them alone; a pattern rule still applies to each line.
    """
    items: set[int] = _figure_box(lines)
    for i, ln in enumerate(lines):
        # (an item of a list does not introduce the list it is in: "Send this story:" heading a share bar's links)
        if not _LIST_INTRO.search(ln.text) or ln.words < 3 or ln.labels or ln.short is not None \
                or (ln.ctx or {}).get("tag") == "li":
            continue
        j = i + 1
        while j < len(lines) and not lines[j].shaped_like_sentence and not _LIST_INTRO.search(lines[j].text):
            items.add(j)
            j += 1
    return items


# A box of the story's own figures: a short heading set apart, then three list items or more, nearly all opening
# with a figure ("1,930 falls attended by ambulance crews", "£640,000 spent on the building", "1742: the first barge
# unloads"), each in five words or more, none of them a link, and no more than one giving an hour, a phone number or
# an address; the heading does not speak as the outlet. A widget's list opens its items with names or labels, or
# gives bare readings ("3 bedrooms"), and an event listing opening with dates gives each date its hour.
_FIGURE_ITEM = re.compile(r"^-\s+(?:[£$€¥₺₽]\s?)?\d")
_FIGURE_BOX_ITEMS = 3
_FIGURE_BOX_SHARE = 0.75
_FIGURE_ITEM_WORDS = 5      # (with the list's "-")
# an hour ("9.20am", "10:00", "18 h 30", "14 Uhr"), a phone number, an e-mail or web address: a service's reading
# (also `extract`'s test of a service panel)
_SERVICE_READING = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|uhr)\b|\b\d{1,2}[.:]\d{2}\b|\b\d{1,2} ?h ?\d{2}\b"
                              r"|\b\d{3,5} ?\d{3} ?\d{2,4}\b|@|\bwww\.|https?://", re.I)


def _figure_box(lines: list[_Line]) -> set[int]:
    """The heading and items of each box of the story's figures (see `_FIGURE_ITEM`): the story's fact box, which
    the markup sets apart as it does a widget."""
    out: set[int] = set()
    for h, ln in enumerate(lines):
        ctx = ln.ctx or {}
        if ctx.get("apart") != "box" or ctx.get("tag") not in _HEADING_TAGS or ln.terminal or ln.words > _MAX_LABEL_WORDS \
                or ln.voice:      # ("Our year in numbers": the outlet's own promotion)
            continue
        j = h + 1
        while j < len(lines) and (lines[j].ctx or {}).get("tag") == "li" and (lines[j].ctx or {}).get("apart") == "box":
            j += 1
        items = lines[h + 1:j]
        if len(items) < _FIGURE_BOX_ITEMS or any(float((it.ctx or {}).get("link_density") or 0) > 0 for it in items):
            continue
        # (each a figure and what it counts, in a few words: "3 bedrooms", "14 °C today" are a widget's readings)
        if sum(1 for it in items if _FIGURE_ITEM.match(it.text) and len(it.text.split()) > _FIGURE_ITEM_WORDS) \
                < _FIGURE_BOX_SHARE * len(items) \
                or sum(1 for it in items if _SERVICE_READING.search(it.text)) > 1:
            continue
        out.update(range(h, j))
    return out


def _related_lists(lines: list[_Line], drop: dict[int, str], last: int, listed: set[int]) -> None:
    """Headline-shaped lines right after a related-links heading are that heading's links ("related_list").

    After the last body sentence the run goes on as long as lines are headline-shaped (or dropped anyway);
    in the middle of the story at most `_MIDDLE_LIST_MAX` lines, none reading as reported speech, and a line
    whose markup is known must be mostly link text.
    """
    for h, rule in list(drop.items()):
        if _LIST_HEADINGS.isdisjoint(lines[h].labels) or lines[h].label != rule:
            continue
        taken = 0
        j = h + 1
        while j < len(lines):
            ln = lines[j]
            if j in drop:
                j += 1
                continue
            if not ln.headline_shaped or j in listed:
                break
            if j <= last:
                ctx = ln.ctx
                if taken >= _MIDDLE_LIST_MAX or ln.narrative or (ctx and float(ctx.get("link_density") or 0) < 0.5):
                    break
            drop[j] = "related_list"
            taken += 1
            j += 1


# A row of controls or facts joined by a middle dot, bullet or bar ("Font size: small · medium · large",
# "Poll closed · 52 votes · see results", "3 min read | 12 comments"): prose never joins clauses so.
_ROW_SEP = re.compile(r"\s+[·•|]\s+")
_ROW_MAX_WORDS = 16
_ROW_PART_WORDS = 4


def _control_row(ln: _Line, edge: bool) -> bool:
    """A line of short parts joined by " · ", " • " or " | ", each at most four words, no line-final sentence
    punctuation, not a heading: at the edges of the story, or in the middle when it holds no figure."""
    if ln.words > _ROW_MAX_WORDS or not _ROW_SEP.search(ln.text) or _CLOSING_END.search(ln.text) \
            or _heading_level(ln) is not None:       # "Analysis | Why the budget failed" is a headline
        return False
    parts = _ROW_SEP.split(ln.text.strip())
    # in the middle of the story only a row without a figure ("The Ledger · Politics team", "Font size: small ·
    # large"): "Adults £6 · children £3" or "Saturday 14 June · 7pm · Town Hall" may be the story's own
    # practical line, and "Goals: Miller 12 · Kane 45" its score
    if len(parts) < 2 or not edge and any(c.isdigit() for c in ln.text):
        return False
    return all(p.strip() and len(_WORD.findall(p)) <= _ROW_PART_WORDS for p in parts[1:]) \
        and len(_WORD.findall(parts[0])) <= _ROW_PART_WORDS + 2


# A section's name and its desk's line joined by a middle dot or a bar ("Verkehr · vom Rathaus bis ins Ammertal",
# "«Природа» · от райцентра до дальних деревень"): one or two words (or a name in quotation marks), then a phrase of
# two to seven words, no figure and no sentence's end
_SECTION_KICKER = re.compile(r"(?:[«„“\"]?[^\W\d_][\w'’-]*(?:\s[\w'’-]+)?[»“”\"]?)\s+[·•|]\s+[^\W\d_][^\d·•|]*")
_KICKER_PHRASE_WORDS = (2, 7)


def _section_kicker(ln: _Line) -> bool:
    """Before the story's first sentence, a section's name and its desk's slogan ("Sport · from the touchline"), as a
    line of its own: a row of controls has short parts; this one's second part is a phrase, which before the
    story is the section's kicker (a headline "Analysis | Why the budget failed" is the title, or an <h1>/<h2>).
    Not joined by a dash: a dash also joins a subtitle's two halves ("Montpellier – une ville qui change") and
    stands for "is" in Russian ("Ипотека — не для всех")."""
    if ln.terminal or ln.words > 10 or not _SECTION_KICKER.fullmatch(ln.text.strip()) \
            or _heading_level(ln) in (1, 2):
        return False
    phrase = _ROW_SEP.split(ln.text.strip(), maxsplit=1)[1]
    # (the desk's line runs on in lower case, "vom Rathaus bis ins Ammertal"; a chapter's or a profile's title
    # after a dot opens with a capital, "Prolog · Ein Dorf wartet auf den Winter")
    return phrase[:1].islower() and _KICKER_PHRASE_WORDS[0] <= len(_WORD.findall(phrase)) <= _KICKER_PHRASE_WORDS[1]


# Answers offered at the end of a prompt. After a question up to three words an answer, joined by / | · •, and
# no figure ("? Yes, 412 residents / No, 388" reports a vote); after ":" or a dash, one or two words an
# answer and no figure ("Allow notifications: Allow | Block"), since "Entry: adults £6 / children £3" or "Open:
# weekdays till six / Saturday mornings" is the story's practical line.
_CHOICE_MAX_WORDS = 24
_CHOICE = re.compile(r"\?\s*(?:[^\s/|·•?\d]+(?:\s+[^\s/|·•?\d]+){0,2})(?:\s+[/|·•]\s+(?:[^\s/|·•?\d]+(?:\s+[^\s/|·•?\d]+){0,2})){1,3}\s*$")
# Longer answers, of up to five words ("? Je voterais pour · Je voterais contre · Il me faudrait plus d'infos"),
# only between the dots, bullets and bars of a widget's buttons and without a figure: a slash also joins the
# clauses of a sentence ("Who pays? The town pays half / the region the rest", "Yes said 412 / No said 388").
_CHOICE_LONG = re.compile(r"\?\s*(?:[^\s/|·•?\d]+(?:\s+[^\s/|·•?\d]+){0,4})(?:\s+[|·•]\s+(?:[^\s/|·•?\d]+(?:\s+[^\s/|·•?\d]+){0,4})){1,3}\s*$")
_CHOICE_AFTER_COLON = re.compile(r"[:：–—]\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?)(?:\s+[/|]\s+(?:[^\W\d_]+(?:\s+[^\W\d_]+)?)){1,3}\s*$")


# Answers given as symbols after a prompt ("Was this useful? 👍 👎", "Rate this article: ★ ★ ★"): two to five
# tokens without a letter or digit.
_SYMBOL_CHOICE = re.compile(r"[?:：–—]\s*[^\w\s]{1,3}(?:\s+[^\w\s]{1,3}){1,4}\s*$")


def _choice_line(ln: _Line) -> bool:
    """A prompt ending in the reader's choices, two to four ("Did this article answer your questions? Yes / No",
    "Should the council do it? Yes / No / Not sure"). A story seldom ends a paragraph so, so no reporting verb
    protects it: a site's name in quotation marks opens many such prompts."""
    if ln.words > _CHOICE_MAX_WORDS:
        return False
    m = _SYMBOL_CHOICE.search(ln.text)
    if m and len(_WORD.findall(ln.text[:m.start()])) >= 2:
        return True
    if "/" not in ln.text and "|" not in ln.text and "·" not in ln.text and "•" not in ln.text:
        return False
    m = _CHOICE.search(ln.text) or _CHOICE_LONG.search(ln.text)
    if m:
        return len(_WORD.findall(ln.text[:m.start()])) >= 2
    m = _CHOICE_AFTER_COLON.search(ln.text)
    return bool(m) and len(_WORD.findall(ln.text[:m.start()])) >= 4


# A link or button: a few words ending in an arrow ("See all photos ›", "Open the gallery →") or opened by a
# play or arrow glyph ("▶ Watch the video"). A closing guillemet counts only without an opening one.
_ARROW_END = re.compile(r"(?:[›→▸▶»]|>>|&gt;&gt;)\s*$")
_ARROW_START = re.compile(r"^\s*[▶►]\s*\w")     # a play button ("→ 12 new schools" may be a list's item)
_ARROW_WORDS = 12
_LINKED_ARROW_WORDS = 30
_LINKED_LINE = 0.9       # link density of a line that is all one link (a button, a teaser)


_TABLE_CELL = re.compile(r"^\|\s*(.*?)\s*\|$")     # a one-cell table row as extraction writes it: "| text |"


def _arrow_link(ln: _Line) -> bool:
    if ln.words > _ARROW_WORDS or ln.words < 1:
        return False
    cell = _TABLE_CELL.match(ln.text)
    text = cell.group(1) if cell and "|" not in cell.group(1) else ln.text
    if _ARROW_START.search(text):
        return (ln.ctx or {}).get("tag") != "li"
    if not _ARROW_END.search(text):
        return False
    return not (text.rstrip().endswith("»") and "«" in text) and not (text.rstrip().endswith("›") and "‹" in text)


# A whole line in brackets before or after the story is the desk's note, not the story: "(With agency
# material)", "(Updates with the mayor's reaction)", "(END)". A story's parenthesis sits inside a paragraph.
_BRACKETED = re.compile(r"^\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*\.?\s*$")
_BRACKETED_MAX_WORDS = 20


def _bracketed_note(ln: _Line) -> bool:
    return ln.words <= _BRACKETED_MAX_WORDS and bool(_BRACKETED.match(ln.text)) and not ln.narrative


# An e-mail address or a web address in a line that addresses the reader ("Send your tips to news@...",
# "Mehr unter www.example.de"), or in a few words at the edges or without a sentence's end: a contact or a
# pointer, not the story. A story line giving an address in the third person ("Residents can write to ...")
# stays.
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")
# A phone number ending the line: 8+ digits in groups split by spaces, or 10+ split by hyphens, an optional
# country code ("+44 20 7946 0000", "06 00 90 04 13", "01632-960-580"); dates and spans of years ("12.05.2026",
# "2026-05-12", "2015-2024") are none.
_PHONE_END = re.compile(r"(?<![\w.])\+?(?:(?=(?:\d[\u00a0 -]?){8})(?=[\d-]*[\u00a0 ])|(?=(?:\d-?){10}))"
                        r"\d[\d\u00a0 -]{6,}\d\W{0,2}$")
# the page's furniture that closes an article (its share row, correction and copyright notices): a line below it
# is no longer the story's
_ARTICLE_END_RULES = frozenset({"controls", "share", "correction", "copyright"})
_ADDRESS_VOICE_WORDS = 25
_ADDRESS_ALONE_WORDS = 8


def _has_address_mark(text: str) -> bool:
    """Cheap necessary condition of `_ADDRESS`."""
    return "@" in text or "www." in text or "://" in text


# What makes a full sentence with an address the publisher's prompt rather than the story's service line ("You can
# book tickets at www...", "Ihren Antrag können Sie unter www... stellen"): a question, the outlet's "we"/"us"/
# newsroom, or an imperative to write or send (session 28's review: voice alone took such sentences anywhere)
_ADDRESS_PROMPT = re.compile(
    r"\?|\b(?:us|our|we|newsroom|news ?desk|editor|uns|unsere?\w*|wir|redaktion|nous|notre|nos|rédaction|nosotros|"
    r"nuestr\w*|redacci[oó]n|нам|нас|наш\w*|редакци\w*|bize|biz|haber merkez\w*|schreiben sie|senden sie|"
    r"schicken sie|écrivez|envoyez|escr[ií]b\w*|env[ií]a\w*|manda\w*|пишите|напишите|присылайте|отправьте|yazın|"
    r"gönderin|ulaşın|iletin)\b|(?:^|[.?!:]\s+)(?:write|email|e-mail|send)\b", re.I)


def _address_line(ln: _Line, edge: bool) -> bool:
    if ln.words > _ADDRESS_VOICE_WORDS or not _has_address_mark(ln.text):
        return False
    if not _ADDRESS.search(ln.text) or ln.narrative:
        return False
    if (edge or not ln.terminal) and ln.words <= _ADDRESS_ALONE_WORDS:
        return True
    return ln.voice and (not ln.terminal or _ADDRESS_PROMPT.search(ln.unquoted) is not None)


# French "rendez-vous" after a determiner is the noun ("des rendez-vous pour ne plus attendre") and addresses
# nobody; alone it may be the imperative ("Rendez-vous sur ... pour suivre le match") and does.
_LEXICAL_COMPOUND = re.compile(r"\b(?:des|les|un|le|du|au|aux|ses|ces|ce|de|d'|mes|tes|nos|vos|leurs?|notre|votre|"
                               r"premier|prochain|nouveau|son|ton|mon)\s+rendez-vous\b")


# A gallery's or a series' position alone on its line ("3 of 12", "1 из 23", "2/9", "Bild 4 von 10").
_OF_COUNTER = re.compile(r"^\s*(?:[^\W\d_]+\s+)?\d{1,3}\s*(?:/|of|von|de|sur|из)\s*\d{1,3}\s*$", re.I)


# A wire service's slug of initials, alone on its line ("jmp/lv", "ab/cd/XYZ"): the desk's sign-off.
_WIRE_SLUG = re.compile(r"^[^\W\d_]{1,6}(?:/[^\W\d_]{1,6}){1,4}$")


def _wire_initials(ln: _Line) -> bool:
    """The desk's initials: one group at least in lower case, not a heading ("Pro/Contra", "Ost/West" stay)."""
    return bool(_WIRE_SLUG.match(ln.text)) and any(p.islower() for p in ln.text.split("/")) \
        and _heading_level(ln) is None


def _heading_level(ln: _Line) -> int | None:
    tag = ln.ctx.get("tag") if ln.ctx else None
    if tag in _HEADING_TAGS or tag == "h1":
        return int(tag[1])
    return None


_OUTLET_MIN_WORDS = 2      # words of the name besides an article: "The Independent", "Die Zeit", "El Tiempo" are
                           # everyday words of a story, "Upper Tansley Chronicle" is a name
_OUTLET_MAX_WORDS = 6
_OUTLET_OTHER_WORDS = 3    # words besides the name: "Only in the <outlet>", not a team's "<club> 2-1 Rovers"
_OUTLET_MAX_UNITS = 20     # a longer line is a paragraph that lost its full stop, not a promotion
_OUTLET_HEADING_WORDS = 12  # a heading or bold line of up to this many words over a sentence heads the story
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·-]\s+|\s*::\s*")     # "Headline | Outlet", "Headline - Outlet"
# (a whole word: "Lahntaler Rundschau" keeps its "La", "Theale Times" its "The"; "L'Écho" loses its "L'")
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|der|die|das|le|la|les|el|los|las|il|lo)\s+|l['’]\s*)", re.IGNORECASE)


def _outlet_key(site: str | None, title: str | None = None) -> re.Pattern | None:
    """A pattern for the outlet's name as written (its capitals, whole words, a leading article optional);
    None for a name of fewer than two words besides an article, or one the headline holds once a
    "| <outlet>" suffix is taken off (a story about the outlet itself)."""
    name = " ".join((site or "").split())
    core = _LEADING_ARTICLE.sub("", name)
    words = len(_WORD.findall(core))
    if not _OUTLET_MIN_WORDS <= words <= _OUTLET_MAX_WORDS or len(core) < 8:
        return None
    if title:
        parts = [p.strip() for p in _TITLE_SEPARATOR.split(" ".join(title.split()))]
        if any(core in p for p in parts if _LEADING_ARTICLE.sub("", p) != core):
            return None
    return _outlet_regex(core)


@lru_cache(maxsize=4096)
def _outlet_regex(core: str) -> re.Pattern:
    # (cached by name: one source's articles all carry it, and re's own cache of 512 patterns is shared with
    # every other module, so a batch of many sources kept compiling the same names again)
    return re.compile(r"(?<!\w)" + re.escape(core).replace(r"\ ", r"\s+") + r"(?!\w)")


def _outlet_promo(lines: list[_Line], i: int, outlet: re.Pattern) -> bool:
    """Names the outlet itself and is no sentence: a label or a promotion of its own ("<outlet> Breakfast
    Bulletin lands at 7am, free", "... antes en la app de <outlet>"). The story names the outlet in its
    sentences; a line of 20+ units, one carried on in lower case on the next line (a sentence broken by a
    <br>), a list item, a table row, a quotation, a line with a colon (a team sheet, "<outlet> poll: 62% ...")
    and a heading or bold line of up to 12 words over a sentence (a crosshead, a fact box's title, "What the
    <outlet> found in the records") stay. A line set apart in bold or a box that names the outlet in one sentence
    and addresses the reader in a later one is its appeal ("Members keep the <outlet> going. Join from £3 a
    month.")."""
    ln = lines[i]
    found = None
    if ln.words <= _BADGE_MAX_WORDS:
        found = outlet.search(ln.text)
        if found is None and ln.text.isupper():      # (a badge in capitals, "ONLY IN THE HERALD")
            found = rxcache.compile(outlet.pattern, re.I).search(ln.text)
        if found is not None and _exclusive_badge(ln, ln.text[:found.start()], ln.text[found.end():]):
            return True
        if found is None and _declined_badge(ln, outlet):
            return True
    if ln.terminal or ln.units > _OUTLET_MAX_UNITS or ":" in ln.text:
        return _outlet_appeal(ln, outlet)     # (a sentence, a long line or one with a colon: only as an appeal)
    if found is None:
        found = outlet.search(ln.text)
    if not found:
        return False
    before, after = ln.text[:found.start()], ln.text[found.end():]
    rest = before + " " + after
    if sum(1 for w in _WORD.findall(rest) if not w.isdigit()) < _OUTLET_OTHER_WORDS:
        return False
    if ln.text.startswith(("- ", "|")) or (ln.ctx and ln.ctx.get("tag") == "li") or _OPENS_QUOTE.search(ln.text):
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None and nxt.text[:1].islower():
        return False
    if ln.words <= _OUTLET_HEADING_WORDS and nxt is not None and nxt.shaped_like_sentence and (
            _heading_level(ln) is not None or (ln.ctx and ln.ctx.get("apart") in ("bold", "italic"))):
        return False
    return not ln.narrative


_OUTLET_APPEAL_UNITS = 30
_CLAUSE_BREAK = re.compile(r"\s*[:：]\s+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“„«‘']?[^\W\d_])")


def _outlet_appeal(ln: _Line, outlet: re.Pattern) -> bool:
    """Set apart (bold, a box, a heading), short, no reported speech, the outlet named in its first sentence (or
    clause before a colon) and a later one that addresses the reader."""
    if (ln.ctx or {}).get("apart") not in ("bold", "box") and _heading_level(ln) is None \
            or ln.units > _OUTLET_APPEAL_UNITS or ln.narrative:
        return False
    # a gift asked for the outlet itself, however worded ("Court reporters and a photographer: help keep them on
    # the patch with a one-off gift to <outlet>", "Un don à <outlet>, même petit, ...")
    if any(_GIFT_TO.search(ln.text, 0, m.start()) and _CLAUSE_END.match(ln.text, m.end())
           for m in outlet.finditer(ln.text)):
        return True
    sentences = _SENTENCE_BREAK.split(ln.text)
    if len(sentences) < 2:
        # (or two clauses joined by a colon: "Ce sont les lecteurs qui font vivre <outlet> : donnez chaque mois ...";
        # not the outlet's name alone before it, an interview's question label "<outlet>: Herr Weber, ...")
        sentences = _CLAUSE_BREAK.split(ln.text, maxsplit=1)
        if len(sentences) < 2:
            return False
        found = outlet.search(sentences[0])
        if found is not None and len(_WORD.findall(sentences[0][:found.start()] + " " + sentences[0][found.end():])) \
                < _OUTLET_OTHER_WORDS:
            return False
    return outlet.search(sentences[0]) is not None and any(_opens_addressing(s, ln) for s in sentences[1:])


# a gift or donation to the outlet named right after it, the name closing its clause (not "a donation to the
# <outlet> Christmas appeal", "his contributions to the <outlet> spanned five decades")
_CLAUSE_END = re.compile(r"[»\"”]?\s*(?:[.,;:!?)–—]|$)")
_GIFT_TO = re.compile(r"\b(?:gifts?|donations?|contributions?|dons?|spenden?|donativos?|donaci[oó]n|aportaci[oó]n|"
                      r"пожертвовани\w*)\s+(?:to|for|à|au|aux|an|für|a|al|para|для|в)\s+(?:the\s+|la\s+|le\s+|l['’]"
                      r"|das\s+|den\s+|die\s+|el\s+)?[«\"“„]?$", re.I)


def _opens_addressing(sentence: str, ln: _Line) -> bool:
    """The sentence's first word addresses the reader or speaks as the publisher ("Join ...", "Donnez ...", "We
    ..."): a question that merely says "you" further on ("Where does your council tax go?") is the story's."""
    first = _WORD.findall(sentence)[:1]
    return bool(first) and _Line(ln.position, first[0], ln.ctx, ln.pats, ln.lang).voice


# after the outlet's name in a badge: nothing, or a Turkish case ending ("Sadece Kıyı Gazetesi'nde")
_BADGE_END = re.compile(r"(?:['’]\w{1,4})?[\W_]*")
_BADGE_MAX_WORDS = 10
# before the outlet's name when the badge's word follows it ("A Kestrel Bay Herald exclusive"): nothing or an
# article; after it, a possessive ending ("The Herald's exclusive")
_BADGE_ARTICLE = re.compile(r"(?:an?|the|une?|las?|les?|el|los|una|eine?|der|die|das|bir)?")
_BADGE_PUNCT = re.compile(r"[:|·–—]")
_BADGE_POSSESSIVE = re.compile(r"^(?:['’]s?|['’]\w{1,4})(?=\s)")
_BADGE_TRIM = " -–—:|·«»\"“„‚‘”’"


_INFLECTION_KEEP = 4       # letters of a name's word kept as its stem; a shorter word is matched as written


def _declined_badge(ln: _Line, outlet: re.Pattern) -> bool:
    """The badge with the outlet's name declined after its words ("Только в «Вестях Заречья»", "Nur im Kestrel
    Kuriers"); only as the badge: the declined name counts for nothing else."""
    if ln.pats.outlet_exclusive is None:
        return False
    if _whole_words(ln.pats.outlet_exclusive).match(_fold(ln.text).lstrip(_BADGE_TRIM)) is None:
        return False
    found = _inflected_outlet(outlet).search(ln.text)
    return found is not None and _exclusive_badge(ln, ln.text[:found.start()], ln.text[found.end():])


@lru_cache(maxsize=8)
def _whole_words(pattern: re.Pattern) -> re.Pattern:
    """`pattern` ending on a word's end (Turkish "Özel" is no badge in "Özellikle")."""
    return rxcache.compile(f"(?:{pattern.pattern})(?!\\w)")


@lru_cache(maxsize=4096)
def _inflected_outlet(outlet: re.Pattern) -> re.Pattern:
    """The outlet's name with each long word's ending free (two letters off, up to three on): the case forms a
    Russian, German or Turkish badge puts it in ("Вести Заречья" -> "Вестях Заречья")."""
    core = outlet.pattern.removeprefix(r"(?<!\w)").removesuffix(r"(?!\w)")
    stems = []
    for word in core.split(r"\s+"):
        plain = re.sub(r"\\(.)", r"\1", word)
        if len(plain) > _INFLECTION_KEEP and plain[-2:].isalpha():
            stems.append(re.escape(plain[:max(_INFLECTION_KEEP, len(plain) - 2)]) + r"\w{0,3}")
        else:
            stems.append(word)
    return rxcache.compile(r"(?<!\w)" + r"\s+".join(stems) + r"(?!\w)")


def _exclusive_badge(ln: _Line, before: str, after: str) -> bool:
    """The outlet's exclusivity badge: its name after "Only in the", "Nur bei", "Solo en" ... and nothing else
    ("Only in the The Ashcombe Counter"), or its name and the badge's word alone ("Kestrel Bay Herald
    exclusive", "EXCLUSIVE: THE HERALD"). A crosshead naming the outlet says more ("What the <outlet> found")."""
    pattern = ln.pats.outlet_exclusive
    if pattern is None:
        return False
    lead = _SPACES.sub(" ", _BADGE_PUNCT.sub(" ", _fold(before))).strip(_BADGE_TRIM)
    if _BADGE_END.fullmatch(after) is not None and pattern.fullmatch(lead) is not None:
        return True
    tail = _SPACES.sub(" ", _fold(_BADGE_POSSESSIVE.sub("", after))).strip(_BADGE_TRIM)
    return bool(tail) and _BADGE_ARTICLE.fullmatch(lead) is not None and pattern.fullmatch(tail) is not None


def _empty_heading(lines: list[_Line], i: int) -> bool:
    """A heading (HTML h2-h6) with nothing under it: the next line is a heading of the same or a higher rank,
    or there is no next line. A story's crosshead always has paragraphs under it; a promo box's heading loses
    its links and teasers to extraction or to the rules before (removal runs until nothing more goes)."""
    level = _heading_level(lines[i])
    if level is None or level == 1:
        return False
    if i + 1 == len(lines):
        return True
    nxt = _heading_level(lines[i + 1])
    return nxt is not None and nxt <= level


_PROMPT_UNITS = 6
_PROMPT_END = re.compile(r"[.?;,:](?:\s?['\"”’»)\]])*\s*$")


def _prompt_shaped(ln: _Line, edge: bool) -> bool:
    """A few words addressing the reader, set as a paragraph rather than a heading, without a sentence's end
    ("You may have missed", "Keep reading", "Stay informed!"): a prompt or a teaser's heading, not story text.
    HTML only (the block tag tells a heading from a paragraph); a line of the story's list stays. Inside the
    story, "we" alone is no address to the reader: a crosshead set in bold speaks for the reporter or the
    people in the story ("What we did", "Was wir gemacht haben"; see `_plural_self_only`)."""
    if ln.units > _PROMPT_UNITS or ln.words < 2 or _PROMPT_END.search(ln.text):
        return False
    if (ln.ctx.get("tag") or "") in _HEADING_TAGS or ln.ctx.get("tag") in ("h1", "li", "blockquote"):
        return False
    if not ln.voice or ln.narrative or _OPENS_QUOTE.search(ln.text):
        return False
    return edge or ln.ctx.get("apart") != "bold" or not _plural_self_only(ln)


def _plural_self_only(ln: _Line) -> bool:
    """The line's voice rests on "we" alone, after the line's first word ("What we found", "Was wir wissen"):
    no second person, no imperative or publisher's phrase of the `voice` list. A line that opens with "we" is
    the publisher announcing itself ("We're on WhatsApp", "Wir suchen Verstärkung")."""
    hit = ln.pats.voice_words.for_lang(ln.lang).intersection(ln.tokens)
    we = ln.pats.plural_self_words.for_lang(ln.lang)
    if not hit or not hit <= we or not ln.tokens or ln.tokens[0] in we:
        return False
    return not ln.pats.voice.search(ln.folded, ln.text, ln.tokens)


def _weak_evidence(ln: _Line, link_density: float, memory) -> bool:
    """Cheap necessary conditions of the rules after the prose guard in `_decide` (for a middle line of
    `_PROSE_UNITS` or more): False means none of them can remove the line, guarded or not."""
    ctx = ln.ctx
    if ln.words <= 12 or link_density >= 0.6 or (ctx and (ctx.get("in_figure") or ctx.get("hints") or ctx.get("apart"))):
        return True
    if memory is not None and not ln.shaped_like_sentence:
        return True
    if ln.short is not None or _has_address_mark(ln.text):      # (_address_line)
        return True
    # (a long line in the middle ending in a widget's buttons, "? Je voterais pour · Je voterais contre · ...":
    # only the buttons' separators and no figure, since "? Yes, 412 residents / No, 388" reports a vote)
    if ln.words <= _CHOICE_MAX_WORDS and _CHOICE_LONG.search(ln.text):
        return True
    cues = ln.pats.any_cues
    return ln.units <= _CUE_MAX_UNITS and (bool(cues.at_start) or cues.may_match(ln.folded, ln.bare))


_TABLE_ROW = re.compile(r"^\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+\s*$")      # the rule under a header row, "|---|---|"


_INTERVIEW_MIN_QUESTIONS = 2
_ANSWER_GUARD_UNITS = 10  # an answer this long in full sentences is sheltered from the `short` forms
_ANSWER_UNITS = 6          # an answer that protects its question is a sentence, not a one-word prompt


def _interview_answers(lines: list[_Line]) -> set[int]:
    """The answers of an interview printed as questions and answers: the plain line after each question set
    in bold or italics, when the text has two such questions or more, and the questions so answered. An answer
    speaks in the interviewee's "we" ("We print 300 copies of the newsletter"), which is no publisher's prompt."""
    questions = [i for i, ln in enumerate(lines[:-1]) if ln.ctx.get("apart") in ("bold", "italic")
                 and ln.text.rstrip().endswith(_QUESTION_END)]
    if len(questions) < _INTERVIEW_MIN_QUESTIONS:
        return set()
    out = {i + 1 for i in questions if not lines[i + 1].ctx.get("apart")}
    # and the questions answered within the next two lines (a widget or a teaser the page put between them is
    # furniture, not the answer): the interviewer asking about a newsletter ("You started a newsletter. Why?")
    # is the story, however many family words the question holds
    out.update(i for i in questions if any(not nxt.ctx.get("apart") and nxt.terminal and nxt.units >= _ANSWER_UNITS
                                           for nxt in lines[i + 1:i + 3]))
    return out


_WORD_TABLE_ROWS = 3        # (cell rows: the header and two more)


def _figure_tables(lines: list[_Line]) -> set[int]:
    """Rows of the story's tables of figures as extraction writes them ("| North ward | 1,204 | 48% |"): in a
    run of rows of two cells or more (and their "|---|" rules) holding a figure and mostly not link text, the
    rows with a figure and the run's first row, its header ("| Ward | Votes | Share |"), and from an HTML table
    every row. The weak rules for
    loose lines at the edges (`controls`, `edge_label`, `edge_tail`) leave them alone; a widget table is still
    known by its markup (`set_apart`). (A one-cell row is a layout table's, or a score widget's
    "| FT · A 2-1 B |".)"""
    rows: set[int] = set()
    run: list[int] = []
    for i in range(len(lines) + 1):
        text = lines[i].text if i < len(lines) else ""
        if _TABLE_ROW.match(text) and (" | " in text.strip().strip("|") or _TABLE_RULE.match(text)):
            run.append(i)
            continue
        if not run:
            continue
        figures = [j for j in run if any(c.isdigit() for c in lines[j].text)]
        cells = [j for j in run if (lines[j].ctx or {}).get("tag") in ("td", "th")]
        unlinked = sum(float((lines[j].ctx or {}).get("link_density") or 0) for j in run) < 0.5 * len(run)
        if figures and unlinked:
            # the rows with a figure and the header; and the run's rows from HTML table cells: a row without a
            # figure is the table's too ("| Charity table | free | free |"); in plain text a row of words under
            # it may be a share row ("| Share | Tweet | Email |")
            rows.update(figures)
            rows.add(run[0])
            rows.update(cells)
        elif unlinked and len(cells) >= _WORD_TABLE_ROWS and (lines[run[0]].ctx or {}).get("tag") == "th" \
                and any(len(_WORD.findall(c)) >= 2 for j in cells[1:] for c in lines[j].text.strip().strip("|").split("|")):
            # an HTML table of words, its header row of <th> cells and two rows or more under it ("| Stage |
            # Streets | When |", "| First | Forest Road | May to July |"), a cell of two words or more among them:
            # a row of buttons is one row of <td>, and a table of buttons has a word to a cell ("| Listen | Print |")
            rows.update(run)
        run = []
    return rows


def _edge_label(lines: list[_Line], i: int, first: int, link_density: float) -> bool:
    ln = lines[i]
    if ln.units > 6 or ln.terminal or len(ln.text) > 60 or _OPENS_QUOTE.search(ln.text):
        return False       # (a quotation, « On reviendra. » with its spaced guillemet, is the story's)
    caps_share, all_caps = ln.caps
    if caps_share < 0.5 and link_density < 0.5:
        return False
    # a line ending on a comma that the next line goes on from in lower case is the start of a sentence, not a
    # label: a letter's salutation ("Liebe Mitglieder, liebe Moorhuser," then "es ist geschafft: ...")
    if ln.text.endswith(",") and i + 1 < len(lines) and lines[i + 1].text[:1].islower() \
            and lines[i + 1].shaped_like_sentence:
        return False
    # ... and one under the story, the last line or over a signature of a few words, its closing ("Bis nächste
    # Woche,")
    if _LETTER_CLOSING.match(ln.text) and i > first and (i + 1 == len(lines) or lines[i + 1].words <= _SIGNATURE_WORDS):
        return False
    # A dateline ("ANKARA") directly before the first body sentence is part of the story.
    if i == first - 1 and all_caps and ln.words <= 3:
        return False
    return True


_SIGNATURE_WORDS = 4
_LETTER_CLOSING = re.compile(r"^[^,:;]+,\s*$")     # one phrase and its comma, no label's colon, no list
_OPENING_CUE_UNITS = 15


def _opens_story(lines: list[_Line], i: int, first: int, last: int, outlet: re.Pattern | None) -> bool:
    """A long plain sentence right before the story's first one, with only a cue's words ("Subscribe to the
    Rangers' group chat and you will have seen ..."), that names someone or somewhere the story names too and not
    the outlet: the story's opening line, worded to catch the eye. A sign-up prompt names the outlet or its
    newsletter, seldom the people and places of the story under it."""
    ln = lines[i]
    if _PROMPT_OWN.search(ln.folded):
        return False
    if ln.units < _OPENING_CUE_UNITS or not ln.shaped_like_sentence or ln.short is not None or ln.label is not None \
            or ln.notice or _hints(ln.ctx) or (ln.ctx or {}).get("apart") \
            or float((ln.ctx or {}).get("link_density") or 0) > 0 or outlet is not None and outlet.search(ln.text):
        return False
    # (the line's own first word is capitalised as any sentence's is: not a name)
    own = {w[:_STEM].casefold() for w in _NAME_WORD.findall(ln.text.split(" ", 1)[-1]) if len(w) >= 4}
    if not own or first > last:
        return False
    story = {w[:_STEM].casefold() for k in range(first, min(last, first + _OPENING_ECHO_LINES) + 1)
             for w in _NAME_WORD.findall(lines[k].text) if len(w) >= 4}
    return bool(own & story)


_OPENING_ECHO_LINES = 8      # the story's first lines, where the names of its opening line come back
# ... and a prompt says "our" (newsletter, channel) or names what it sends and where: no story's opening line
_PROMPT_OWN = re.compile(r"\b(?:our|ours|unser\w*|notre|nos|nuestr[oa]s?|наш\w*|bizim|newsletters?|inbox|e-?mails?|"
                         r"briefing|bulletin|boletín|bülten\w*|рассылк\w*|телеграм\w*|postfach|boîte mail|correo)\b|"
                         r"\b\w+(?:imiz|ımız|umuz|ümüz)(?:a|e|ı|i|u|ü|da|de|dan|den)?\b")


_TAIL_WORDS = 8


def _tail_line(ln: _Line) -> bool:
    """A few words after the story's last sentence, neither a sentence nor a quotation ("Save for later",
    "Add to calendar", "More to follow."): the page's furniture under the story. Story text after the last
    sentence is a quotation or a list the story introduced (its intro and items), never a short loose phrase."""
    if ln.words > _TAIL_WORDS or _OPENS_QUOTE.search(ln.text) or _LIST_INTRO.search(ln.text) or ln.narrative:
        return False
    # a letter's closing before the signature, "See you next Sunday,", "À dimanche prochain,": the writer's, as
    # its greeting is (a filing line ending on a comma is a list of labels, "Posted in Community, Transport,")
    if _LETTER_CLOSING.match(ln.text):
        return False
    if ln.terminal and _CLOSING_DETAIL.search(ln.text):
        return False
    return not ln.terminal or ln.words < 4


# a story's closing practical detail, a sentence of two or three words ("Entry is free.", "Eintritt frei.", "Вход
# свободный.", "All welcome."): the event's, not the page's
_CLOSING_DETAIL = re.compile(
    r"^(?:entry|admission|eintritt|entrée|entrada|giriş|вход)\b.{0,20}\b(?:free|frei|libre|gratuit\w*|gratis|ücretsiz|"
    r"serbest|свободный|бесплатный)\b|^(?:all|everyone) (?:are )?welcome\b|^alle sind willkommen\b|"
    r"^tout le monde est (?:le )?bienvenu|^todos (?:son )?bienvenidos\b|^herkes davetli", re.I)


_STEM = 5    # letters of a word's start that stand for the word (inflections differ after it: станция/станции)


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in re.findall(r"[^\W\d_]+", text.casefold()) if len(w) >= _STEM}


def _echoes_story(ln: _Line, lines: list[_Line], first: int, last: int) -> bool:
    """A short sentence after the story's last one that speaks of the story's own subject ("Станция работает
    круглосуточно." under a story about the station): the story's last line, not furniture. Furniture under a
    story is the same on every page ("More to follow.", "Comments are closed."), so its words are not the
    story's; a loose phrase without a sentence end is left to `_tail_line`."""
    if not ln.terminal or first > last:
        return False
    own = _stems(ln.text)
    return bool(own) and bool(own & set().union(*(_stems(lines[k].text) for k in range(first, last + 1))))


def clean(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    language: str | None = None,
    line_context: list[dict] | None = None,
    memory: BoilerplateMemory | None = None,
    site: str | None = None,
    authors: list[str] | None = None,
) -> Cleaned:
    """Keep the story, drop the furniture, record each removal with its rule.

    Every language's furniture patterns apply to every article, since furniture is often in another language
    than the story. `language` (the article's, e.g. "fr") only scopes the single words of the `reporting`,
    `voice` and `personal` lists to that language and English, so that a short word of one language that is a
    function word of another (German "du", French "du") does not count. `memory` is only read (call
    `memory.observe` yourself once per article). `site` is the outlet's own name as the page gives it
    (`Extracted.site_name`): a line that names it without being a sentence is the outlet's own promotion.
    `authors` are the article's authors as the page's metadata gives them (`Extracted.authors`): a line closing
    the text that opens with one of their full names is the author's bio ("Rory Halloran has reported on sport
    for the Packet since 2019."); names from a byline line the cleaner removes count too.

    >>> clean("Share on Facebook\\nThe council met on Monday to approve the new budget for the city.").text
    'The council met on Monday to approve the new budget for the city.'
    """
    if not text or not text.strip():
        return Cleaned("", [])
    pats = load_patterns()
    lang = (language or "").strip().lower()[:2] or None
    live = _split_lines(text, line_context, pats, lang)
    title_keys = _title_keys(repair_text(title)) if title else frozenset()
    outlet = _outlet_key(site, title)
    stems = _site_stems(site)
    removed: list[dict] = []
    known = tuple(_author_names(authors))
    authors: list[str] = []
    # Removing lines can move the zone borders; repeat until nothing more goes, so clean() is idempotent.
    for _ in range(len(live) + 1):
        drop, names = _decide(live, title_keys, source, memory, pats, outlet, known + tuple(_author_names(authors)),
                              stems)
        if not drop:
            break
        for i, rule in drop.items():
            removed.append({"line": live[i].text, "rule": rule, "position": live[i].position})
        authors.extend(names)
        live = [ln for i, ln in enumerate(live) if i not in drop]
    removed.sort(key=lambda r: r["position"])
    seen: set[str] = set()
    authors = [a for a in authors if not (a in seen or seen.add(a))]
    return Cleaned("\n\n".join(ln.text for ln in live), removed, authors)
