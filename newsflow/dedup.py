"""Copies and stories: URL keys, exact duplicates, near-duplicate clusters, story clusters.

Plain Python (no Prefect). Three levels, each a column on ``articles``:

* ``duplicate_of`` -- exact duplicates: same ``content_hash`` (hash of the
  whitespace-collapsed normalized text). The earliest row is the original and
  keeps ``duplicate_of = None``; every other row points to the original's
  ``article_id``. No row is ever dropped.
* ``cluster_id`` -- near-duplicates (syndicated copies with small edits):
  MinHash signatures (datasketch) over word shingles of the folded text,
  candidates from banded LSH, then a verification rule (see ``copy_decision``).
  Every article gets one; a singleton is a cluster of one.
* ``story_id`` -- one real-world event: TF-IDF over title and text plus shared
  names and figures, grouped by average linkage inside a time window. A cluster
  never spans two stories.

``DedupIndex`` persists what later runs need (signatures, story features, ids)
for a rolling window, so a copy ingested next week joins this week's cluster.
docs/dedup.md explains the choices and the measurements behind them.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import json
import logging
import os
import re
import tempfile
import threading
import unicodedata
import zlib
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from itertools import filterfalse
from operator import itemgetter
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import numpy as np
from anyascii import anyascii
from courlan.clean import TRACKERS_RE, normalize_url
from courlan.settings import ALLOWED_PARAMS

from newsflow.records import Article

# scipy.sparse is imported where the story matrices are built (lazily: it is not needed by the
# batch workers, which compute features only); datasketch and scikit-learn are not imported at all
# (datasketch's package pulls in scipy.integrate, ~1.2 s; sklearn ~1.5 s for a list of words):
# _MinHasher reproduces datasketch 2.0's MinHash (scheme affine32) bit for bit (same probe fingerprint,
# so stored indexes stay valid; the signatures of the 5,000 benchmark pages were compared one by one),
# and ENGLISH_STOP_WORDS is scikit-learn's list, copied.

log = logging.getLogger(__name__)

INDEX_FORMAT = 1
IDF_SAMPLE = 50_000
EDGE_BLOCK_ROWS = 512     # new rows per block of LSH candidates (bounds the candidate arrays)
PAIR_BLOCK = 16_384       # candidate pairs verified at once (2 x 8 MB of signatures)
STORY_BLOCK_ROWS = 256    # new story nodes per block of the similarity product

# ---------------------------------------------------------------- URLs

# Query parameters that never identify an article: dropped on top of courlan's
# tracker pattern. Names are compared lower-cased; a trailing "*" is a prefix.
TRACKING_PARAMS = {
    "utm_*", "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "igsh",
    "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
    "ref", "ref_src", "ref_url", "referrer", "src", "cmpid", "ocid", "smid", "smtyp", "spm",
    "share", "sharing", "ito", "xtor", "at_medium", "at_campaign", "at_custom1", "cmp", "s_cid",
    "wt.mc_id", "rss", "feed", "output", "outputtype", "amp", "amp_js_v", "usqp", "amp_gsa",
    "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "__twitter_impression",
}
_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.", "mob.", "touch.")
_AMP_CACHE = re.compile(r"^[a-z0-9-]+\.cdn\.ampproject\.org$")


def _is_tracking(name: str) -> bool:
    low = name.lower()
    if low in ALLOWED_PARAMS:
        return False
    if low in TRACKING_PARAMS or any(low.startswith(p[:-1]) for p in TRACKING_PARAMS if p.endswith("*")):
        return True
    return bool(TRACKERS_RE.search(low))


def _fold_host(host: str) -> str:
    host = host.lower().rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in _HOST_PREFIXES:
            rest = host[len(prefix):]
            if host.startswith(prefix) and "." in rest:
                host, changed = rest, True
    return host


def _fold_amp_path(path: str) -> str:
    if path.endswith("/amp") or path.endswith("/amp/"):
        path = path[: path.rstrip("/").rfind("/amp")] or "/"
    path = path.replace("/amp/", "/", 1) if path.startswith("/amp/") else path
    for suffix, repl in ((".amp.html", ".html"), (".amp.htm", ".htm"), (".amp", "")):
        if path.endswith(suffix):
            path = path[: -len(suffix)] + repl
            break
    return path


def _unwrap_amp_cache(url: str) -> str:
    """https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a -> https://www.example.com/a"""
    parts = urlsplit(url)
    if not _AMP_CACHE.match(parts.hostname or ""):
        return url
    m = re.match(r"^/[a-z]/(s/)?(.+)$", parts.path)
    if not m:
        return url
    scheme = "https" if m.group(1) else "http"
    rebuilt = f"{scheme}://{m.group(2)}"
    return rebuilt + (f"?{parts.query}" if parts.query else "")


def _normalize_http(url: str) -> str | None:
    """The canonical form of an http(s) URL, or None when it is not one (or is malformed)."""
    try:
        return _normalize_http_unchecked(url)
    except ValueError:   # bad port, bad IPv6 literal, ...
        return None


def _normalize_http_unchecked(url: str) -> str | None:
    url = _unwrap_amp_cache(url.strip())
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    try:
        base = normalize_url(urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")), strict=False,
                             trailing_slash=False)
    except ValueError:
        return None
    b = urlsplit(base)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query.sort()
    host = _fold_host(b.hostname or "")
    if ":" in host:
        host = f"[{host}]"   # IPv6 literal
    if b.port and b.port not in (80, 443):
        host = f"{host}:{b.port}"
    netloc = host
    path = _fold_amp_path(b.path) or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    # one scheme: http and https pages of one publisher are one article
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def _site(url: str) -> str:
    host = _fold_host(urlsplit(url).hostname or "")
    labels = host.split(".")
    # registrable-ish domain: last two labels, three when the second-level is short (co.uk, com.tr)
    keep = 3 if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def canonicalize_url(url: str, canonical_hint: str | None = None) -> str:
    """The URL key for ids and dedup. ``file://`` URIs pass through unchanged.

    Drops tracking parameters and the fragment, lower-cases the host, folds
    ``www.``/``m.``/``amp.`` hosts, AMP paths (``/amp``, ``.amp.html``,
    ``?amp=1``) and Google AMP-cache URLs, sorts the query and uses https.
    The page's ``<link rel=canonical>`` (``canonical_hint``, may be relative)
    wins when it is on the same site and is not the site's home page:
    publishers that point every page at their home page, or a syndicated copy
    at the agency's original, would otherwise merge different rows under one id.

    >>> canonicalize_url("http://M.Example.com/news/a-story/amp/?utm_source=x&id=7#top")
    'https://example.com/news/a-story?id=7'
    """
    if url.startswith("file:"):
        return url
    fetched = _normalize_http(url)
    if fetched is None:
        return url.strip()
    if canonical_hint and canonical_hint.strip():
        try:
            hint = _normalize_http(urljoin(url, canonical_hint.strip()))
        except ValueError:
            hint = None
        if hint and _site(hint) == _site(fetched) and urlsplit(hint).path not in ("", "/"):
            return hint
    return fetched


def article_id_for(canonical_url: str) -> str:
    """Stable 32-hex id of an article: sha256 of its canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:32]


def content_hash(text_normalized: str) -> str:
    """Exact-duplicate key: sha256 of the case- and diacritic-folded text, whitespace runs collapsed.

    Folding (Çavuşoğlu -> cavusoglu) makes the hash independent of which spelling of a name the
    index calls canonical today, so re-reading an unchanged page after the index learned a better
    spelling is not a new version of it.
    """
    text = " ".join(fold(text_normalized).split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# ---------------------------------------------------------------- text features

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")


def fold(text: str) -> str:
    """Case- and diacritic-folded ASCII text (Çavuşoğlu -> cavusoglu, ı -> i, Лавров -> lavrov)."""
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        # every non-ASCII run transliterated (what _NON_ASCII.sub(_ascii_run, text) does), without a
        # Python call per run: split keeps the runs at the odd positions
        parts = _NON_ASCII_SPLIT.split(text)
        parts[1::2] = map(_anyascii_cached, parts[1::2])
        text = "".join(parts)
    return text.lower()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_NON_ASCII_SPLIT = re.compile(r"([^\x00-\x7f]+)")


@functools.lru_cache(maxsize=65536)
def _anyascii_cached(run: str) -> str:
    return anyascii(run)


def _ascii_run(m: re.Match) -> str:
    return _anyascii_cached(m.group())


def tokens(text: str) -> list[str]:
    """Folded word tokens; decimal commas become points (5,8 -> 5.8) so figures match across languages."""
    # _TOKEN treats "," and "." alike everywhere ([.,] between digits, neither in [a-z0-9]), so
    # replacing every comma before matching finds the same tokens, with their commas replaced
    return _tokens_folded(fold(text).replace(",", "."))


# every ASCII byte outside [a-z0-9.] -> space (bytes.translate: a table lookup per byte)
_TOKEN_CHARS = bytes.maketrans(bytes(range(128)), bytes(c if re.match(rb"[a-z0-9.]", bytes([c])) else 32
                                                        for c in range(128)))
# a point that no token can contain: not followed by a digit, or not preceded by [a-z0-9]
_LONE_POINT = re.compile(r"\.(?:(?![0-9])|(?<![a-z0-9]\.))")
_DECIMAL_THEN_LETTER = re.compile(r"\.[0-9]+[a-z]")


def _tokens_folded(folded: str) -> list[str]:
    """_TOKEN.findall(folded) for folded ASCII text without commas, by str.split where that is the
    same: characters outside [a-z0-9.] and points no token can hold become spaces (no match
    contains them, so the matches stay the same), and then each run of what is left is one whole
    match, unless a decimal part runs into a letter ("5.5a": "5.5", "a"): then the regex decides."""
    if not folded.isascii():
        return _TOKEN.findall(folded)
    spaced = _LONE_POINT.sub(" ", folded.encode("ascii").translate(_TOKEN_CHARS).decode("ascii"))
    if _DECIMAL_THEN_LETTER.search(spaced):
        return _TOKEN.findall(folded)
    return spaced.split()


def _h32(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def _shingle_hash(b: bytes) -> int:
    """32-bit shingle hash for MinHash (crc32: C speed; datasketch's permutations spread it)."""
    return zlib.crc32(b)


class _MinHasher:
    """datasketch 2.0's ``MinHash(num_perm, seed, hashfunc=crc32)`` (scheme affine32), bit for bit.

    Permutations h -> a*h + b mod 2**32 (a odd) drawn from ``RandomState(seed)`` exactly as
    datasketch draws them, applied to the MurmurHash3-finalized crc32 of each shingle; the
    signature is the column minimum (2**32-1 when there are no shingles). Without the
    datasketch package, whose import pulls in scipy.integrate (~1.2 s per process).
    """

    def __init__(self, num_perm: int, seed: int):
        gen = np.random.RandomState(seed)
        self.num_perm = num_perm
        self.a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        self.b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)

    def signature(self, items) -> np.ndarray:
        """uint32[num_perm] MinHash of an iterable of bytes."""
        hv = np.fromiter(map(zlib.crc32, items), dtype=np.uint32)   # _shingle_hash, without the call
        if not len(hv):
            return np.full(self.num_perm, 0xFFFFFFFF, dtype=np.uint32)
        # uint32 array arithmetic wraps silently (no overflow check, so no np.errstate needed)
        hv ^= hv >> _U16
        hv *= _FMIX1
        hv ^= hv >> _U13
        hv *= _FMIX2
        hv ^= hv >> _U16
        # the (shingles, num_perm) permuted values, SIG_BLOCK_ROWS shingles at a time, into a buffer
        # kept per thread: a fresh array each call cost more (page faults) than the arithmetic
        buf = getattr(_SIG_BUFFERS, "buf", None)
        if buf is None or buf.shape != (SIG_BLOCK_ROWS, self.num_perm):
            buf = _SIG_BUFFERS.buf = np.empty((SIG_BLOCK_ROWS, self.num_perm), dtype=np.uint32)
        sig = None
        for s in range(0, len(hv), SIG_BLOCK_ROWS):
            blk = hv[s : s + SIG_BLOCK_ROWS]
            perm = np.multiply.outer(blk, self.a, out=buf[: len(blk)])
            perm += self.b
            if sig is None:
                sig = perm.min(axis=0)
            else:
                np.minimum(sig, perm.min(axis=0), out=sig)
        return sig


SIG_BLOCK_ROWS = 2048     # shingles permuted at once in _MinHasher.signature (a 1 MB buffer at 128)
_SIG_BUFFERS = threading.local()
_U16, _U13 = np.uint32(16), np.uint32(13)
_FMIX1, _FMIX2 = np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35)


def shingles(toks: list[str], k: int) -> set[bytes]:
    if not toks:
        return set()
    if len(toks) < k:
        return {" ".join(toks).encode()}
    # the k-word windows as tuples: zip(toks, toks[1:], ..., toks[k-1:]) stops at the last full one;
    # tokens hold no spaces, so encoding the joined text and splitting it gives each token's bytes
    joined = " ".join(toks)
    if k < 1 or joined.count(" ") != len(toks) - 1:   # (a token with a space: not from tokens())
        return {" ".join(toks[i : i + k]).encode() for i in range(len(toks) - k + 1)}
    btoks = joined.encode().split(b" ")
    return set(map(b" ".join, zip(*[btoks[j:] for j in range(k)])))


WEEKDAYS = {
    # en, de, tr (folded); each maps to a weekday number
    **{d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))},
    **{d: i for i, d in enumerate(("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"))},
    "sonnabend": 5,
    **{d: i for i, d in enumerate(("pazartesi", "sali", "carsamba", "persembe", "cuma", "cumartesi", "pazar"))},
}
NUMBER_WORDS = {
    w: str(i)
    for lang in (
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
        ("null", "eins", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf"),
    )
    for i, w in enumerate(lang)
    if w not in ("one", "eins", "null", "zero")
}


def _is_long(para: str, min_words: int) -> bool:
    """len(para.split()) >= min_words, splitting no further than needed: with maxsplit m, split
    gives min(words, m + 1) parts."""
    if type(min_words) is not int:
        return len(para.split()) >= min_words
    return min_words <= 0 or len(para.split(None, min_words - 1)) >= min_words


def lead_paragraph(text: str, min_words: int = 12) -> str:
    """The first paragraph long enough to be the lead (skips bylines, kickers, photo credits)."""
    for para in text.split("\n"):
        if _is_long(para, min_words):
            return para
    return text


def lead_paragraphs(text: str, n: int = 2, min_words: int = 12) -> list[str]:
    """The first n paragraphs long enough to be lead or standfirst."""
    out: list[str] = []
    if n > 0:
        for para in text.split("\n"):
            if _is_long(para, min_words):
                out.append(para)
                if len(out) == n:
                    break
    return out or [text]


_WEEKDAY_WORDS = WEEKDAYS.keys()
_NUMBER_WORDS = NUMBER_WORDS.keys()
_EVENT_DAY = {w: f"e{d}" for w, d in WEEKDAYS.items()}
_LEAD_DAY = {w: f"d{d}" for w, d in WEEKDAYS.items()}
_LEAD_NUMBER = {w: f"n{v}" for w, v in NUMBER_WORDS.items()}


def event_days(text: str) -> set[str]:
    """Weekdays named in the first two long paragraphs (a standfirst often comes before the lead):
    for an undated article, the only evidence of the day its event happened."""
    return _event_days(tokens("\n".join(lead_paragraphs(text))))


def _event_days(lead_toks) -> set[str]:
    return {_EVENT_DAY[t] for t in _WEEKDAY_WORDS & set(lead_toks)}


def lead_facts(text: str) -> set[str]:
    """Weekdays and figures in the lead: an update reports a new day or new numbers up front."""
    return _lead_facts(tokens(lead_paragraph(text)))


def _lead_facts(lead_toks) -> set[str]:
    # weekdays, else number words, else figures; the three are disjoint (words start with a letter,
    # a token starting with a digit is a figure: tokens are [a-z0-9]...)
    seen = set(lead_toks)
    facts = {_LEAD_DAY[t] for t in _WEEKDAY_WORDS & seen}
    facts.update(_LEAD_NUMBER[t] for t in _NUMBER_WORDS & seen)
    facts.update("n" + t for t in seen if t[0] <= "9")
    return facts


def facts_conflict(a: set[str], b: set[str]) -> bool:
    """Leads disagree: different weekdays, or each reports a figure the other does not."""
    return _conflict(a, b, _DAY_FACTS)


def _conflict(a: set, b: set, day_facts: set) -> bool:
    da, db = a & day_facts, b & day_facts
    if da and db and da != db:
        return True
    na, nb = a - da, b - db
    return bool(na - nb) and bool(nb - na)


_DAY_FACTS = {f"d{i}" for i in range(7)}


_EXTRA_STOP = {
    # news verbs and months carry no event identity; German and Turkish function words
    "said", "says", "told", "according", "also", "would", "could", "new", "year", "years", "last", "week",
    "der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "einer", "eines", "im", "in", "ist", "mit",
    "von", "zu", "auf", "fur", "sich", "nicht", "am", "an", "als", "auch", "es", "nach", "bei", "wie", "aus",
    "sie", "er", "wird", "wurde", "werden", "sei", "hat", "haben", "um", "vor", "uber", "sagte",
    "ve", "bir", "bu", "da", "de", "ile", "icin", "olarak", "olan", "dedi", "ise", "gibi", "daha", "cok",
    "en", "her", "mi", "ki", "o", "sonra", "kadar",
}


# scikit-learn's ENGLISH_STOP_WORDS (1.x), copied: importing sklearn for it cost 1.5 s per process.
ENGLISH_STOP_WORDS = frozenset((
    'a about above across after afterwards again against all almost alone along already also although always am '
    'among amongst amoungst amount an and another any anyhow anyone anything anyway anywhere are around as at back '
    'be became because become becomes becoming been before beforehand behind being below beside besides between '
    'beyond bill both bottom but by call can cannot cant co con could couldnt cry de describe detail do done down '
    'due during each eg eight either eleven else elsewhere empty enough etc even ever every everyone everything '
    'everywhere except few fifteen fifty fill find fire first five for former formerly forty found four from front '
    'full further get give go had has hasnt have he hence her here hereafter hereby herein hereupon hers herself '
    'him himself his how however hundred i ie if in inc indeed interest into is it its itself keep last latter '
    'latterly least less ltd made many may me meanwhile might mill mine more moreover most mostly move much must my '
    'myself name namely neither never nevertheless next nine no nobody none noone nor not nothing now nowhere of '
    'off often on once one only onto or other others otherwise our ours ourselves out over own part per perhaps '
    'please put rather re same see seem seemed seeming seems serious several she should show side since sincere six '
    'sixty so some somehow someone something sometime sometimes somewhere still such system take ten than that the '
    'their them themselves then thence there thereafter thereby therefore therein thereupon these they thick thin '
    'third this those though three through throughout thru thus to together too top toward towards twelve twenty '
    'two un under until up upon us very via was we well were what whatever when whence whenever where whereafter '
    'whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will '
    'with within without would yet you your yours yourself yourselves'
).split())


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """scikit-learn's English list plus news verbs and German/Turkish function words."""
    return ENGLISH_STOP_WORDS | _EXTRA_STOP

_CAP_STOP = {
    "the", "a", "an", "in", "on", "at", "but", "and", "it", "he", "she", "they", "we", "this", "that", "these",
    "there", "his", "her", "their", "our", "its", "as", "after", "for", "from", "with", "by", "of", "to", "if",
    "while", "when", "since", "earlier", "later", "also", "asked", "according", "speaking", "following", "today",
    "der", "die", "das", "ein", "eine", "im", "am", "bu", "ve", "bir",
} | {m for m in ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                 "october", "november", "december")} | set(WEEKDAYS)


def name_keys(text: str, mentions: list[dict] | None = None, toks: list[str] | None = None) -> list[str]:
    """Normalized names (and figures) an article mentions.

    The names stage's mention keys when there are any; otherwise capitalised
    words of the text, folded, with Turkish/English apostrophe suffixes cut
    (Bingöl'ün -> bingol). Figures with two or more characters (5.8, 46, 340)
    are added either way: they are the same in every language.
    """
    keys: list[str] = []
    if mentions:
        keys = [str(m.get("key") or fold(str(m.get("canonical", "")))) for m in mentions]
        keys = [k for k in keys if k]
    else:
        for w in _WORD.findall(text):
            if not w[0].isupper():
                continue
            base = re.split(r"['’]", w)[0]
            k = fold(base)
            k = re.sub(r"[^a-z0-9]", "", k)
            if len(k) >= 3 and k not in _CAP_STOP and k not in stop_words():
                keys.append(k)
    keys += ["#" + t for t in (tokens(text) if toks is None else toks) if t[0].isdigit() and len(t) >= 2]
    return keys


# ---------------------------------------------------------------- parameters


@dataclass(frozen=True)
class DedupParams:
    """Every tuned number in one place; docs/dedup.md says where each comes from."""

    num_perm: int = 128          # MinHash permutations
    seed: int = 20200205         # MinHash seed: changing it invalidates stored signatures
    shingle: int = 4             # words per shingle
    bands: int = 64              # LSH bands of `rows` hash values: candidates at Jaccard >= ~0.12
    rows: int = 2
    copy_jaccard: float = 0.30   # estimated Jaccard at or above which two texts are copies
    grey_jaccard: float = 0.16   # below copy_jaccard, copies only with the grey-zone checks
    grey_containment: float = 0.40
    grey_facts: bool = True      # copies below sure_jaccard must not disagree on the lead's weekdays/figures
    sure_jaccard: float = 0.60   # at or above: copies without the lead check (near-identical texts)
    grey_days: float = 2.0       # grey-zone copies must be published this close (unknown dates pass)
    min_shingles: int = 8        # shorter texts only join clusters through exact duplicates
    story_days: float = 2.0      # span of a story (first to last dated article)
    story_threshold: float = 0.12
    names_weight: float = 0.6    # similarity = (1-w) * tf-idf cosine + w * names cosine
    title_weight: int = 3        # title tokens count this many times
    max_terms: int = 64          # terms kept per article: highest weighted tf, ties to the earliest


def _ts(dt: datetime | None) -> float | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.timestamp()


@dataclass
class _Feat:
    article_id: str
    content_hash: str
    published: float            # NaN when unknown
    when: float                 # published, else fetched: orders rows and ages them out
    sig: np.ndarray             # uint32[num_perm]
    nsh: int
    facts: list[int]
    terms_idx: np.ndarray       # uint32 term hashes, highest weight first
    terms_val: np.ndarray       # float32 weights
    names: list[int]


@dataclass
class TextFeatures:
    """What dedup computes from an article's title and text alone: the costly, per-article part.

    ``text_features`` runs where the text is made (the batch workers, in parallel with
    extraction); ``DedupIndex.assign`` uses it when the text it sees is still the one these were
    computed from (``digest``) with the same parameters, else computes them again. Names come from
    the names stage later, so only the figures of the text are kept here.
    """

    digest: tuple               # (len, crc32) of title and text, and the parameters used
    sig: np.ndarray
    nsh: int
    facts: list[int]
    terms_idx: np.ndarray
    terms_val: np.ndarray
    figures: frozenset          # hashes of "#<figure>" name keys from title and text


def _digest(title: str | None, text: str, p: DedupParams) -> tuple:
    data = f"{title or ''}\x00{text}".encode("utf-8", "surrogatepass")
    return (len(data), zlib.crc32(data), p.num_perm, p.seed, p.shingle, p.title_weight, p.max_terms)


_DEFAULT_PARAMS = DedupParams()
_LEAD_SCAN = 8    # paragraphs searched for the leads by _text_features' own scan (else lead_paragraphs)


def text_features(title: str | None, text: str, params: DedupParams | None = None) -> TextFeatures:
    """Dedup's per-article features of ``title`` and ``text`` (see TextFeatures)."""
    p = params or _DEFAULT_PARAMS
    return _text_features(title, text, p, _minhasher(p.num_perm, p.seed))[0]


@functools.lru_cache(maxsize=1)
def _term_drop() -> frozenset[str]:
    """What the story terms leave out: stop words and one-character tokens (a token of one
    character is a letter or a digit: tokens are [a-z0-9]+ with optional decimals)."""
    return stop_words() | frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _text_features(title: str | None, text: str, p: DedupParams, hasher: _MinHasher) -> tuple[TextFeatures, list]:
    # lead_facts(text) | event_days(text) with each paragraph tokenized once: the lead is the first
    # of the (up to) two long paragraphs (lead_paragraphs), or the whole text when there is none.
    # The tokens of "a\nb" are those of a then those of b (no token holds a newline, and folding
    # works line by line: a newline neither composes nor transliterates), so the text's tokens are
    # those of the paragraphs up to the last lead, then those of the rest.
    paras = text.split("\n")
    leads: list[int] = []
    for i, para in enumerate(paras[:_LEAD_SCAN]):
        if _is_long(para, 12):
            leads.append(i)
            if len(leads) == 2:
                break
    if len(leads) < 2 and len(paras) > _LEAD_SCAN or not leads:   # leads not settled by the scan
        toks = tokens(text)
        lead_list = lead_paragraphs(text)
        if lead_list[0] is text:
            lead_toks = event_toks = toks
        else:
            lead_toks = tokens(lead_list[0])
            event_toks = lead_toks if len(lead_list) == 1 else lead_toks + tokens(lead_list[1])
    else:
        last = leads[-1]
        head = [tokens(q) for q in paras[: last + 1]]
        toks = [t for h in head for t in h]
        if last + 1 < len(paras):
            toks += tokens(text[sum(map(len, paras[: last + 1])) + last + 1 :])
        lead_toks = head[leads[0]]
        event_toks = lead_toks if len(leads) == 1 else lead_toks + head[leads[1]]
    sh = shingles(toks, p.shingle)
    sig = hasher.signature(sh)
    facts = sorted(map(_h32, _lead_facts(lead_toks) | _event_days(event_toks)))
    # story terms: title counted title_weight times, unigrams + bigrams of content words
    title_toks = tokens(title or "")
    weight = p.title_weight
    if type(weight) is int:
        # counted in C (Counter), in the order the loop below inserts them: title words, title
        # bigrams, then the text's; integer counts are the loop's float sums exactly
        drop = _term_drop()
        # bigrams are counted as (a, b) tuples and joined to "a b" only when kept: tokens hold no
        # spaces, so the pair and the string name the same term (and no word is a pair)
        words = list(filterfalse(drop.__contains__, title_toks))
        tf: dict = Counter(words)
        tf.update(zip(words, words[1:]))
        if weight != 1:
            for w in tf:
                tf[w] *= weight
        words = list(filterfalse(drop.__contains__, toks))
        tf.update(words)
        tf.update(zip(words, words[1:]))
    else:
        tf = {}
        stop = stop_words()
        for wt, part in ((weight, title_toks), (1, toks)):
            words = [t for t in part if t not in stop and len(t) > 1]
            for w in words:
                tf[w] = tf.get(w, 0.0) + wt
            for a, b in zip(words, words[1:]):
                tf[f"{a} {b}"] = tf.get(f"{a} {b}", 0.0) + wt
    # dicts keep first-seen order and the sort is stable (reverse=True too): ties go to the title
    # and the lead (news puts the event first)
    top = sorted(tf.items(), key=itemgetter(1), reverse=True)[: p.max_terms]
    terms: dict[int, float] = {}
    for term, c in top:
        h = zlib.crc32((term if type(term) is str else " ".join(term)).encode())
        terms[h] = terms.get(h, 0.0) + c
    all_toks = title_toks + toks
    # figures: tokens starting with a digit (t < ":" for a token of [a-z0-9...]), two characters or more
    figures = frozenset([zlib.crc32(b"#" + t.encode())
                         for t in set(filter(":".__gt__, all_toks)).difference("0123456789")])
    feats = TextFeatures(_digest(title, text, p), sig, len(sh), facts,
                         np.fromiter(terms.keys(), dtype=np.uint32, count=len(terms)),
                         np.fromiter(terms.values(), dtype=np.float32, count=len(terms)), figures)
    return feats, all_toks


def _features(art: Article, p: DedupParams, hasher: _MinHasher) -> _Feat:
    text = art.text_normalized or art.text or ""
    tf = getattr(art, "dedup_features", None)
    toks = None
    if not isinstance(tf, TextFeatures) or tf.digest != _digest(art.title, text, p):
        tf, toks = _text_features(art.title, text, p, hasher)
    if art.mentions:
        keys = [str(m.get("key") or fold(str(m.get("canonical", "")))) for m in art.mentions]
        names = sorted({_h32(k) for k in keys if k} | tf.figures)
    else:   # no names from the names stage: capitalised words of the text (and its figures)
        if toks is None:
            toks = tokens(art.title or "") + tokens(text)
        names = sorted({_h32(k) for k in name_keys(((art.title or "") + "\n" + text), None, toks)})
    pub = _ts(art.published_at)
    fetched = _ts(art.fetched_at)
    when = pub if pub is not None else (fetched if fetched is not None else 0.0)
    return _Feat(art.article_id, art.content_hash or content_hash(text), np.nan if pub is None else pub,
                 when, tf.sig, tf.nsh, tf.facts, tf.terms_idx, tf.terms_val, names)


# ---------------------------------------------------------------- union-find


@functools.lru_cache(maxsize=8)
def _minhasher(num_perm: int, seed: int) -> _MinHasher:
    return _MinHasher(num_perm, seed)


class _UF:
    def __init__(self, n: int):
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def _derive_id(kind: str, founder: str) -> str:
    return hashlib.sha256(f"{kind}:{founder}".encode()).hexdigest()[:32]


# ---------------------------------------------------------------- the index

_STR_COLS = ("article_id", "content_hash", "duplicate_of", "cluster_id", "story_id")


class DedupIndex:
    """Persistent state for dedup: one entry per (article_id, content_hash) seen in the window.

    Kept columnar (numpy) so a million entries fit in memory; the LSH band
    table is rebuilt from the signatures when needed and never saved.
    """

    def __init__(self, *, window_days: int = 30, params: DedupParams | None = None):
        self.window_days = window_days
        self.params = params or DedupParams()
        p = self.params
        self._hasher = _minhasher(p.num_perm, p.seed)
        self.cols: dict[str, np.ndarray] = {c: np.zeros(0, dtype="S32") for c in _STR_COLS}
        self.published = np.zeros(0, dtype=np.float64)
        self.when = np.zeros(0, dtype=np.float64)
        self.sig = np.zeros((0, p.num_perm), dtype=np.uint32)
        self.nsh = np.zeros(0, dtype=np.int32)
        self.story_rep = np.zeros(0, dtype=bool)  # an original text (not an exact duplicate): a story node
        self.facts = _CSR.empty(np.uint32)
        self.terms = _CSR.empty(np.uint32, np.float32)
        self.names = _CSR.empty(np.uint32)
        self._bands: tuple[np.ndarray, np.ndarray] | None = None

    # ------------------------------------------------------------ persistence

    def __len__(self) -> int:
        return len(self.nsh)

    @classmethod
    def load(cls, path, *, window_days: int = 30, params: DedupParams | None = None) -> "DedupIndex":
        """Read an index saved by ``save``; a missing file gives an empty index."""
        idx = cls(window_days=window_days, params=params)
        path = Path(path)
        if not path.exists():
            return idx
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(bytes(z["meta"]).decode())
            if meta.get("format") != INDEX_FORMAT or meta.get("params") != idx._sig_params():
                log.warning("dedup index %s was built with other parameters (%s); starting a new one",
                            path, meta.get("params"))
                return idx
            for c in _STR_COLS:
                idx.cols[c] = z[c]
            idx.published, idx.when, idx.sig, idx.nsh = z["published"], z["when"], z["sig"], z["nsh"]
            idx.story_rep = z["story_rep"]
            idx.facts = _CSR(z["facts_ptr"], z["facts_idx"])
            idx.terms = _CSR(z["terms_ptr"], z["terms_idx"], z["terms_val"])
            idx.names = _CSR(z["names_ptr"], z["names_idx"])
        return idx

    def save(self, path) -> None:
        """Write atomically: a temporary file in the same folder, then os.replace."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"format": INDEX_FORMAT, "params": self._sig_params(), "window_days": self.window_days,
                "entries": len(self), "saved_at": datetime.now(timezone.utc).isoformat()}
        arrays = dict(self.cols)
        arrays.update(
            meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8), published=self.published,
            when=self.when, sig=self.sig, nsh=self.nsh, story_rep=self.story_rep,
            facts_ptr=self.facts.ptr, facts_idx=self.facts.idx,
            terms_ptr=self.terms.ptr, terms_idx=self.terms.idx, terms_val=self.terms.val,
            names_ptr=self.names.ptr, names_idx=self.names.idx,
        )
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                np.savez(f, **arrays)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    # ------------------------------------------------------------ helpers

    def _sig_params(self) -> dict:
        """What makes stored signatures comparable with new ones, plus a probe signature: a
        datasketch release that permutes differently is caught even with equal parameters."""
        probe = self._hasher.signature([b"newsflow dedup probe", b"second probe shingle"])
        fingerprint = hashlib.sha256(probe.astype("<u8").tobytes()).hexdigest()[:16]
        return {**_sig_params(self.params), "probe": fingerprint}

    def _s(self, col: str, i: int) -> str | None:
        v = self.cols[col][i]
        return v.decode() if len(v) else None

    def _evict(self, newest: float) -> None:
        if not len(self):
            return
        keep = self.when >= newest - self.window_days * 86400.0
        if keep.all():
            return
        self._take(np.flatnonzero(keep))

    def _take(self, rows: np.ndarray) -> None:
        for c in _STR_COLS:
            self.cols[c] = self.cols[c][rows]
        self.published, self.when = self.published[rows], self.when[rows]
        self.sig, self.nsh, self.story_rep = self.sig[rows], self.nsh[rows], self.story_rep[rows]
        self.facts, self.terms, self.names = self.facts.take(rows), self.terms.take(rows), self.names.take(rows)
        self._bands = None

    def _band_keys(self, sig: np.ndarray) -> np.ndarray:
        """(n, bands) uint64 keys; band j's key mixes j in, so all bands share one sorted table."""
        p = self.params
        s = sig[:, : p.bands * p.rows].astype(np.uint64).reshape(len(sig), p.bands, p.rows)
        key = np.full((len(sig), p.bands), 0xCBF29CE484222325, dtype=np.uint64)
        key ^= np.arange(p.bands, dtype=np.uint64)[None, :] * np.uint64(0x9E3779B97F4A7C15)
        with np.errstate(over="ignore"):
            for r in range(p.rows):
                key = (key ^ s[:, :, r]) * np.uint64(0x100000001B3)
                key ^= key >> np.uint64(29)
        return key

    def _band_table(self) -> tuple[np.ndarray, np.ndarray]:
        if self._bands is None:
            keys = self._band_keys(self.sig).ravel()
            rows = np.repeat(np.arange(len(self), dtype=np.int32), self.params.bands)
            order = np.argsort(keys, kind="stable")
            self._bands = (keys[order], rows[order])
        return self._bands

    # ------------------------------------------------------------ assign

    def assign(self, articles: list[Article]) -> None:
        """Set duplicate_of, cluster_id and story_id on each article, then add them to the index.

        Deterministic and independent of the order of ``articles``. An article
        already in the index (same article_id and content_hash) keeps its ids.
        """
        if not articles:
            return
        p = self.params
        feats = [_features(a, p, self._hasher) for a in articles]
        newest = max([f.when for f in feats] + ([float(self.when.max())] if len(self) else []))
        self._evict(newest)

        batch_ids = np.array([f.article_id.encode() for f in feats], dtype="S32")
        hits = np.flatnonzero(np.isin(self.cols["article_id"], batch_ids)) if len(self) else []
        known = {(self.cols["article_id"][i].decode(), self.cols["content_hash"][i].decode()): int(i) for i in hits}
        # one unit per distinct (article_id, content_hash) not in the index, in a canonical order
        todo: dict[tuple[str, str], int] = {}
        for i, f in enumerate(feats):
            key = (f.article_id, f.content_hash)
            if key in known:
                continue
            j = todo.get(key)
            if j is None or (feats[i].when, i) < (feats[j].when, j):
                todo[key] = i
        order = sorted(todo.values(), key=lambda i: (feats[i].when, feats[i].article_id, feats[i].content_hash))
        new = [feats[i] for i in order]
        result: dict[tuple[str, str], tuple[str | None, str, str]] = {}
        if new:
            result = self._assign_new(new)
        for art, f in zip(articles, feats):
            key = (f.article_id, f.content_hash)
            if key in known:
                i = known[key]
                art.duplicate_of, art.cluster_id, art.story_id = (
                    self._s("duplicate_of", i), self._s("cluster_id", i), self._s("story_id", i))
            else:
                art.duplicate_of, art.cluster_id, art.story_id = result[key]
            if not art.content_hash:
                art.content_hash = f.content_hash

    def _assign_new(self, new: list[_Feat]) -> dict[tuple[str, str], tuple[str | None, str, str]]:
        n_old = len(self)
        # ---- exact duplicates: the earliest row with a hash is its original
        hashes = np.array([f.content_hash.encode() for f in new], dtype="S32")
        original_of_hash: dict[str, tuple[int, str]] = {}  # hash -> (row, article_id)
        if n_old:
            hit = np.flatnonzero(np.isin(self.cols["content_hash"], hashes) & (self.cols["duplicate_of"] == b""))
            for i in hit.tolist():
                original_of_hash.setdefault(self.cols["content_hash"][i].decode(),
                                            (i, self.cols["article_id"][i].decode()))
        dup_of: list[str | None] = []
        head: list[int] = []       # row whose cluster and story an exact duplicate takes
        for k, f in enumerate(new):
            g = n_old + k
            if f.content_hash in original_of_hash:
                row, aid = original_of_hash[f.content_hash]
                dup_of.append(aid if aid != f.article_id else None)
                head.append(row)
            else:
                original_of_hash[f.content_hash] = (g, f.article_id)
                dup_of.append(None)
                head.append(g)
        self._append(new, [d or "" for d in dup_of])
        uniq = [n_old + k for k in range(len(new)) if head[k] == n_old + k]   # new originals
        cluster: dict[int, str] = {}
        story: dict[int, str | None] = {}

        # ---- near-duplicates: LSH candidates among originals, verified, grouped
        edges = self._copy_edges(np.array(uniq, dtype=np.int64), n_old)
        uf = _UF(len(self))
        for a, b, _ in edges:
            if b >= n_old:
                uf.union(a, b)
        attach: dict[int, tuple[float, str, int]] = {}   # component root -> (sim, cluster_id, row)
        for a, b, sim in edges:
            if b < n_old:
                r = uf.find(a)
                cand = (sim, self.cols["cluster_id"][b].decode(), b)
                best = attach.get(r)
                if best is None or (-cand[0], cand[1]) < (-best[0], best[1]):
                    attach[r] = cand
        comps: dict[int, list[int]] = {}
        for g in uniq:
            comps.setdefault(uf.find(g), []).append(g)
        def founder_key(g: int) -> str:
            # article_id and content_hash: a rewritten version of an article founds a cluster of its own
            return f"{self.cols['article_id'][g].decode()}/{self.cols['content_hash'][g].decode()}"

        fresh: list[tuple[int, list[int]]] = []   # (founder, members) of new clusters
        for r, members in comps.items():
            if r in attach:
                _, cid, row = attach[r]
                sid = self.cols["story_id"][row].decode() or None
                for g in members:
                    cluster[g], story[g] = cid, sid
                    self.cols["story_id"][g] = (sid or "").encode()   # evidence for this run's stories
            else:
                founder = min(members, key=self._order_key)
                cid = _derive_id("cluster", founder_key(founder))
                for g in members:
                    cluster[g] = cid
                fresh.append((founder, sorted(members, key=self._order_key)))
            for g in members:
                self.story_rep[g] = True
        fresh.sort(key=lambda fm: self._order_key(fm[0]))

        # ---- stories for the new clusters
        unit_story = self._assign_stories([m for _, m in fresh], n_old)
        for (_, members), sid in zip(fresh, unit_story):
            for g in members:
                story[g] = sid
        out = {}
        for k, f in enumerate(new):
            g, h = n_old + k, head[k]
            if h != g:
                if h >= n_old:
                    cluster[g], story[g] = cluster[h], story[h]
                else:
                    cluster[g] = self.cols["cluster_id"][h].decode()
                    story[g] = self.cols["story_id"][h].decode() or None
            self.cols["cluster_id"][g] = cluster[g].encode()
            self.cols["story_id"][g] = (story[g] or "").encode()
            out[(f.article_id, f.content_hash)] = (dup_of[k], cluster[g], story[g])
        return out

    def _order_key(self, g: int) -> tuple:
        """Earliest first (published, else fetched), then article_id: who founds a cluster or story."""
        return (float(self.when[g]), self.cols["article_id"][g], self.cols["content_hash"][g])

    def _append(self, new: list[_Feat], dup_of: list[str | None]) -> None:
        m = len(new)
        self.cols["article_id"] = np.concatenate([self.cols["article_id"], np.array([f.article_id.encode() for f in new], dtype="S32")])
        self.cols["content_hash"] = np.concatenate([self.cols["content_hash"], np.array([f.content_hash.encode() for f in new], dtype="S32")])
        self.cols["duplicate_of"] = np.concatenate([self.cols["duplicate_of"], np.array([(d or "").encode() for d in dup_of], dtype="S32")])
        for c in ("cluster_id", "story_id"):
            self.cols[c] = np.concatenate([self.cols[c], np.zeros(m, dtype="S32")])
        self.published = np.concatenate([self.published, np.array([f.published for f in new])])
        self.when = np.concatenate([self.when, np.array([f.when for f in new])])
        self.sig = np.vstack([self.sig, np.stack([f.sig for f in new])])
        self.nsh = np.concatenate([self.nsh, np.array([f.nsh for f in new], dtype=np.int32)])
        self.story_rep = np.concatenate([self.story_rep, np.zeros(m, dtype=bool)])
        self.facts = self.facts.extend([np.array(f.facts, dtype=np.uint32) for f in new])
        self.terms = self.terms.extend([f.terms_idx for f in new], [f.terms_val for f in new])
        self.names = self.names.extend([np.array(f.names, dtype=np.uint32) for f in new])
        self._bands = None

    def _copy_edges(self, rows: np.ndarray, n_old: int) -> list[tuple[int, int, float]]:
        """Verified near-duplicate pairs (new row, other row, estimated Jaccard) among originals.

        Sorted by (new row, other row). Vectorized and in blocks of EDGE_BLOCK_ROWS new rows, so the
        candidate arrays stay bounded whatever the size of the run.
        """
        p = self.params
        if not len(rows):
            return []
        rows = rows[self.nsh[rows] >= p.min_shingles]
        if not len(rows):
            return []
        rows = np.sort(rows)
        keys, krows = self._band_table()
        n = len(self)
        is_new = np.zeros(n, dtype=bool)
        is_new[rows] = True
        # an other row: an original long enough, stored or one of this call's new rows
        ok_b = (self.cols["duplicate_of"] == b"") & (self.nsh >= p.min_shingles)
        ok_b[n_old:] &= is_new[n_old:]
        facts: dict[int, frozenset] = {}
        out: list[tuple[int, int, float]] = []
        for lo_row in range(0, len(rows), EDGE_BLOCK_ROWS):
            block = rows[lo_row : lo_row + EDGE_BLOCK_ROWS]
            q = self._band_keys(self.sig[block]).ravel()
            lo = np.searchsorted(keys, q, side="left")
            hi = np.searchsorted(keys, q, side="right")
            qrow = np.repeat(block, p.bands)
            multi = (hi - lo) > 1
            lo, cnt, qrow = lo[multi], (hi - lo)[multi], qrow[multi]
            if not len(cnt):
                continue
            a = np.repeat(qrow, cnt)
            starts = np.repeat(lo - (np.cumsum(cnt) - cnt), cnt)
            b = krows[starts + np.arange(len(a), dtype=np.int64)].astype(np.int64)
            m = (b != a) & ok_b[b] & ~(is_new[b] & (b < a))   # a new-new pair once, from its lower row
            pair = np.unique(a[m] * n + b[m])
            A, B = pair // n, pair % n
            sims = self._copy_decisions(A, B, facts)
            good = ~np.isnan(sims)
            out.extend(zip(A[good].tolist(), B[good].tolist(), sims[good].tolist()))
        return out

    def copy_decision(self, a: int, b: int) -> float | None:
        """Estimated Jaccard when rows a and b are copies of one text, else None.

        Within the index window (both dates known and further apart: never copies):
        * Jaccard >= sure_jaccard: copies.
        * copy_jaccard <= Jaccard < sure_jaccard: copies unless their leads disagree on weekdays or
          figures: an update or follow-up that reuses background paragraphs reports a new day or new
          numbers up front ("returned to work on Thursday", "death toll rises to four").
        * grey_jaccard <= Jaccard < copy_jaccard: a heavily edited copy, or an update. Copies only when
          also the estimated containment of the shorter text is >= grey_containment and both are
          published within grey_days (an unknown date passes).
        """
        sim = self._copy_decisions(np.array([a], dtype=np.int64), np.array([b], dtype=np.int64), {})[0]
        return None if np.isnan(sim) else float(sim)

    def _copy_decisions(self, A: np.ndarray, B: np.ndarray, facts: dict[int, frozenset]) -> np.ndarray:
        """copy_decision for pairs of rows at once: the estimated Jaccard, NaN where not copies.
        ``facts`` caches each row's lead facts (without event days) across calls."""
        p = self.params
        out = np.full(len(A), np.nan)
        for s in range(0, len(A), PAIR_BLOCK):
            a, b = A[s : s + PAIR_BLOCK], B[s : s + PAIR_BLOCK]
            sa, sb = self.nsh[a].astype(np.int64), self.nsh[b].astype(np.int64)
            ok = np.minimum(sa, sb) >= p.min_shingles
            j = np.count_nonzero(self.sig[a] == self.sig[b], axis=1) / p.num_perm
            ok &= j >= p.grey_jaccard
            pa, pb = self.published[a], self.published[b]
            undated = np.isnan(pa) | np.isnan(pb)
            dt = np.where(undated, 0.0, np.abs(np.where(undated, 0.0, pa - pb)) / 86400.0)
            ok &= ~(dt > self.window_days)
            sure = j >= p.sure_jaccard
            containment = j / (1.0 + j) * (sa + sb) / np.maximum(np.minimum(sa, sb), 1)
            ok &= sure | ~((j < p.copy_jaccard) & ((containment < p.grey_containment) | (dt > p.grey_days)))
            if p.grey_facts:
                for i in np.flatnonzero(ok & ~sure).tolist():
                    if _facts_conflict_hashed(self._lead_facts(int(a[i]), facts), self._lead_facts(int(b[i]), facts)):
                        ok[i] = False
            out[s : s + PAIR_BLOCK][ok] = j[ok]
        return out

    def _lead_facts(self, row: int, cache: dict[int, frozenset]) -> frozenset:
        f = cache.get(row)
        if f is None:
            f = cache[row] = frozenset(self.facts.row(row).tolist()) - _EVENT_HASHES
        return f

    # ------------------------------------------------------------ stories

    def _assign_stories(self, units: list[list[int]], n_old: int) -> list[str]:
        """Average-linkage grouping of the new clusters with each other and with existing stories.

        Nodes are the originals (exact duplicates add nothing). A new cluster is
        one unit; an existing story (its nodes in the window) is a fixed unit: a
        new cluster may join it, two existing stories never merge, and no id
        that was written changes. Two units merge, most similar first, while the
        average node similarity is >= story_threshold and
        * their dated nodes stay within story_days of each other (a story's span), and
        * no pair with an unknown date has leads naming different weekdays
          ("said on Wednesday" / "said on Friday"): without a date, the lead's
          weekday is the only evidence of when the event happened.
        Returns one story id per unit.
        """
        p = self.params
        if not units:
            return []
        span = p.story_days * 86400.0
        new_nodes = [g for u in units for g in u]
        when_new = self.when[new_nodes]
        lo_t, hi_t = float(when_new.min()) - span, float(when_new.max()) + span
        # stored nodes, and this run's copies of stored texts (their story is already known)
        old = np.flatnonzero(self.story_rep & (self.cols["story_id"] != b""))
        if len(old):
            pub = self.published[old]
            old = old[np.isnan(pub) | ((pub >= lo_t) & (pub <= hi_t))]
        nodes = np.concatenate([np.array(new_nodes, dtype=np.int64), old.astype(np.int64)])
        k = len(new_nodes)
        X = self._tfidf(self.terms, nodes, sublinear=True)
        N = self._tfidf(self.names, nodes, sublinear=False)
        node_pub = self.published[nodes]
        # rank of each node in _order_key order (when, article_id, content_hash), vectorized
        order = np.lexsort((self.cols["content_hash"][nodes], self.cols["article_id"][nodes], self.when[nodes]))
        node_key = np.empty(len(nodes), dtype=np.int64)
        node_key[order] = np.arange(len(nodes))
        sub = self.facts.take(nodes)
        is_event = np.isin(sub.idx, np.array(sorted(_EVENT_HASHES), dtype=sub.idx.dtype))
        has_days = np.bincount(np.repeat(np.arange(len(nodes)), np.diff(sub.ptr)), weights=is_event,
                               minlength=len(nodes)) > 0
        day_cache: dict[int, frozenset] = {}

        def days(i: int) -> frozenset:
            if i not in day_cache:
                day_cache[i] = frozenset(self.facts.row(int(nodes[i])).tolist()) & _EVENT_HASHES
            return day_cache[i]

        def conflict(i: int, j: int) -> bool:
            return bool((np.isnan(node_pub[i]) or np.isnan(node_pub[j])) and days(i) and days(j)
                        and not (days(i) & days(j)))

        # units: each new cluster; each stored story with nodes in the window (built only when linked)
        n_units = len(units)
        new_unit_of = np.repeat(np.arange(n_units), [len(u) for u in units])
        story_names, story_inv = np.unique(self.cols["story_id"][old], return_inverse=True)
        story_inv = story_inv.ravel()
        unit_of = np.concatenate([new_unit_of, n_units + story_inv]).astype(np.int64)
        grp_order = np.argsort(story_inv, kind="stable")
        grp_ptr = np.concatenate([[0], np.cumsum(np.bincount(story_inv, minlength=len(story_names)))])
        members: dict[int, list[int]] = {}
        start = 0
        for u, us in enumerate(units):
            members[u] = list(range(start, start + len(us)))
            start += len(us)
        frozen: dict[int, str] = {}
        # pair sums between units: (i, j) once, inside the window, no weekday conflict. Computed in
        # blocks of STORY_BLOCK_ROWS new nodes, each against the nodes inside its time window only, so
        # memory stays flat in the size of the run (the whole product grew with its square).
        undated = np.isnan(node_pub)
        base = n_units + len(story_names) + 1
        dated_nodes = np.flatnonzero(~undated)
        dated_nodes = dated_nodes[np.argsort(node_pub[dated_nodes], kind="stable")]
        dated_ts = node_pub[dated_nodes]
        undated_nodes = np.flatnonzero(undated)
        pairs, totals = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        for r0 in range(0, k, STORY_BLOCK_ROWS):
            r1 = min(k, r0 + STORY_BLOCK_ROWS)
            ts = node_pub[r0:r1]
            if np.isnan(ts).any():   # an undated node is compared with every node
                cols, Xc, Nc = None, X, N
            else:                     # dated: nodes within span of the block's dates, and the undated
                a_lo = np.searchsorted(dated_ts, float(ts.min()) - span - 1.0, side="left")
                a_hi = np.searchsorted(dated_ts, float(ts.max()) + span + 1.0, side="right")
                cols = np.sort(np.concatenate([dated_nodes[a_lo:a_hi], undated_nodes]))
                Xc, Nc = X[cols], N[cols]
            blk = ((1 - p.names_weight) * (X[r0:r1] @ Xc.T) + p.names_weight * (N[r0:r1] @ Nc.T)).tocoo()
            I = blk.row.astype(np.int64) + r0
            J = blk.col.astype(np.int64) if cols is None else cols[blk.col].astype(np.int64)
            V = blk.data
            del blk, Xc, Nc
            keep = (I != J) & (V > 0) & ~((J < k) & (J < I))
            with np.errstate(invalid="ignore"):
                keep &= ~(np.abs(node_pub[I] - node_pub[J]) > span)   # NaN (unknown date) passes
            check = keep & has_days[I] & has_days[J] & (undated[I] | undated[J])
            for pos in np.flatnonzero(check).tolist():
                if conflict(int(I[pos]), int(J[pos])):
                    keep[pos] = False
            UI, UJ, V = unit_of[I[keep]], unit_of[J[keep]], V[keep]
            diff = UI != UJ
            pair = np.minimum(UI, UJ)[diff] * base + np.maximum(UI, UJ)[diff]
            V = V[diff]
            # add to the running totals, entry by entry in order (as one bincount over all would)
            merged = np.union1d(pairs, pair)
            acc = np.zeros(len(merged), dtype=np.float64)
            acc[np.searchsorted(merged, pairs)] = totals
            np.add.at(acc, np.searchsorted(merged, pair), V)
            pairs, totals = merged, acc
        sums: dict[tuple[int, int], float] = {
            (int(q // base), int(q % base)): float(t) for q, t in zip(pairs.tolist(), totals.tolist())
        }
        for pair_units in sums:
            for u in pair_units:
                if u >= n_units and u not in members:
                    g = u - n_units
                    members[u] = (k + grp_order[grp_ptr[g] : grp_ptr[g + 1]]).tolist()
                    frozen[u] = story_names[g].decode()
        neigh: dict[int, dict[int, float]] = {u: {} for u in members}
        for (a, b), s in sums.items():
            neigh[a][b] = s
            neigh[b][a] = s

        def dated(u: int) -> tuple[float, float]:
            ts = node_pub[members[u]]
            ts = ts[~np.isnan(ts)]
            return (float(ts.min()), float(ts.max())) if len(ts) else (np.inf, -np.inf)

        spans = {u: dated(u) for u in members}
        firsts = {u: int(node_key[members[u]].min()) if members[u] else 0 for u in members}
        with_days = {u: [m for m in members[u] if has_days[m]] for u in members}
        heap: list = []

        def push(a: int, b: int, s: float) -> None:
            if a in frozen and b in frozen:
                return
            avg = s / (len(members[a]) * len(members[b]))
            if avg >= p.story_threshold:
                fa, fb = sorted((firsts[a], firsts[b]))
                heapq.heappush(heap, (-avg, fa, fb, a, b))

        for (a, b), s in sums.items():
            push(a, b, s)
        alive = set(members)
        next_uid = n_units + len(story_names) + 1
        while heap:
            _, _, _, a, b = heapq.heappop(heap)
            if a not in alive or b not in alive:
                continue
            lo, hi = min(spans[a][0], spans[b][0]), max(spans[a][1], spans[b][1])
            if hi - lo > span or any(conflict(i, j) for i in with_days[a] for j in with_days[b]):
                continue
            w, next_uid = next_uid, next_uid + 1
            members[w] = members[a] + members[b]
            with_days[w] = with_days[a] + with_days[b]
            spans[w], firsts[w] = (lo, hi), min(firsts[a], firsts[b])
            if a in frozen or b in frozen:
                frozen[w] = frozen.get(a) or frozen[b]
            alive -= {a, b}
            alive.add(w)
            nb: dict[int, float] = {}
            for x in (a, b):
                for y, s in neigh.pop(x).items():
                    if y not in (a, b):
                        nb[y] = nb.get(y, 0.0) + s
                        del neigh[y][x]
            neigh[w] = nb
            for y, s in nb.items():
                neigh[y][w] = s
                push(w, y, s)
        unit_sid: dict[int, str] = {}
        for u in alive:
            new_members = [m for m in members[u] if m < k]
            if not new_members:
                continue
            if u in frozen:
                sid = frozen[u]
            else:
                founder = min(new_members, key=lambda m: node_key[m])
                g = int(nodes[founder])
                sid = _derive_id("story", f"{self.cols['article_id'][g].decode()}/{self.cols['content_hash'][g].decode()}")
            for m in new_members:
                unit_sid[int(new_unit_of[m])] = sid
        return [unit_sid[u] for u in range(len(units))]

    def _tfidf(self, csr: "_CSR", nodes: np.ndarray, *, sublinear: bool) -> sparse.csr_matrix:
        """L2-normalized rows for nodes; idf from the story nodes (original texts) in the index,
        an evenly spaced sample of at most IDF_SAMPLE of them (a document frequency needs no more)."""
        reps = np.flatnonzero(self.story_rep)
        if len(reps) > IDF_SAMPLE:
            reps = reps[:: -(-len(reps) // IDF_SAMPLE)]
        rep_terms = csr.take(reps).idx
        sub = csr.take(nodes)
        # one sort for both: document frequencies and the nodes' column numbers
        vocab, inv = np.unique(np.concatenate([rep_terms, sub.idx]), return_inverse=True)
        inv = inv.ravel()
        df = np.bincount(inv[: len(rep_terms)], minlength=len(vocab))
        cols = inv[len(rep_terms):]
        idf = np.log((1.0 + len(reps)) / (1.0 + df[cols])) + 1.0
        tf = (1.0 + np.log(np.maximum(sub.val, 1.0))) if (sublinear and sub.has_val) else 1.0
        from scipy import sparse

        X = sparse.csr_matrix((tf * idf, cols, sub.ptr), shape=(len(nodes), max(1, len(vocab))))
        X.sum_duplicates()
        return _l2(X)


def _l2(X: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    from scipy import sparse

    return sparse.diags(1.0 / norms) @ X


def _sig_params(p: DedupParams) -> dict:
    keep = ("num_perm", "seed", "shingle", "bands", "rows")
    return {"hash": "crc32", **{k: v for k, v in asdict(p).items() if k in keep}}


_DAY_HASHES = {_h32(f"d{i}") for i in range(7)}
_EVENT_HASHES = {_h32(f"e{i}") for i in range(7)}


def _facts_conflict_hashed(a: set[int], b: set[int]) -> bool:
    return _conflict(a, b, _DAY_HASHES)


class _CSR:
    """A ragged array: row i is idx[ptr[i]:ptr[i+1]] (and val, when there are values)."""

    def __init__(self, ptr: np.ndarray, idx: np.ndarray, val: np.ndarray | None = None):
        self.ptr, self.idx = ptr.astype(np.int64), idx
        self.val = val if val is not None else np.zeros(0, dtype=np.float32)
        self.has_val = val is not None

    @classmethod
    def empty(cls, idx_dtype, val_dtype=None) -> "_CSR":
        return cls(np.zeros(1, dtype=np.int64), np.zeros(0, dtype=idx_dtype),
                   np.zeros(0, dtype=val_dtype) if val_dtype else None)

    def row(self, i: int) -> np.ndarray:
        return self.idx[self.ptr[i] : self.ptr[i + 1]]

    def vals(self, i: int) -> np.ndarray:
        return self.val[self.ptr[i] : self.ptr[i + 1]]

    def extend(self, rows: list[np.ndarray], vals: list[np.ndarray] | None = None) -> "_CSR":
        lens = np.array([len(r) for r in rows], dtype=np.int64)
        ptr = np.concatenate([self.ptr, self.ptr[-1] + np.cumsum(lens)])
        idx = np.concatenate([self.idx] + rows) if rows else self.idx
        val = np.concatenate([self.val] + vals) if vals is not None else None
        return _CSR(ptr, idx.astype(self.idx.dtype), val.astype(np.float32) if val is not None else None)

    def take(self, rows: np.ndarray) -> "_CSR":
        rows = np.asarray(rows, dtype=np.int64)
        starts, lens = self.ptr[rows], self.ptr[rows + 1] - self.ptr[rows]
        ptr = np.concatenate([[0], np.cumsum(lens)]).astype(np.int64)
        sel = np.arange(ptr[-1], dtype=np.int64) - np.repeat(ptr[:-1], lens) + np.repeat(starts, lens)
        return _CSR(ptr, self.idx[sel], self.val[sel] if self.has_val else None)
