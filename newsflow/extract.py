"""Extraction: raw bytes of one document -> text, title, authors, date, language, canonical URL.

HTML goes through trafilatura (main text without comments, metadata with dates via htmldate); plain text
takes its first non-empty line as the title. Bytes are decoded with the fetcher's charset, else BOM, <meta>
charset or detection, then repaired (ftfy) and NFC-normalised. Each document runs under a time limit, and
every failure is raised as `ExtractError` with a one-line reason for the pipeline to record.
"""

from __future__ import annotations

import codecs
import collections
import copy
import functools
import itertools
import re
import signal
import threading
import types
import unicodedata
from datetime import date, datetime, timezone

import lxml.etree
import lxml.html
import py3langid
from trafilatura import bare_extraction
from trafilatura.settings import Extractor
from trafilatura.utils import is_dubious_html, repair_faulty_html

from .clean import _OPENS_QUOTE, _SERVICE_READING, _label_key, load_patterns, mark_repaired, repair_text
from .records import Extracted, RawDocument

MAX_HTML_CHARS = 8_000_000   # larger pages are refused rather than parsed


class ExtractError(Exception):
    """Extraction failed for one document; the message is the one-line reason for the error log."""


# ---------------------------------------------------------------------------------------------------------
# Decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_SINGLE_BYTE_WESTERN = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec   # as browsers do


def decode_bytes(body: bytes, encoding: str | None = None, *, sniff_meta: bool = True) -> str:
    """Bytes to str: BOM, then the given charset, then <meta charset>, then UTF-8, then detection."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(name, errors="replace")
    declared = _codec(encoding)
    if declared is None and sniff_meta:
        m = _META_CHARSET.search(body[:4096])
        declared = _codec(m.group(1).decode("ascii", "ignore")) if m else None
    # A page labelled Latin-1/cp1252 whose bytes are valid UTF-8 with non-ASCII is UTF-8 in practice.
    if declared and not (declared in _SINGLE_BYTE_WESTERN and not body.isascii() and _is_utf8(body)):
        try:
            return body.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    if _is_utf8(body):
        return body.decode("utf-8")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        if best is not None and best.encoding:
            return body.decode(best.encoding, errors="replace")
    except Exception:  # detection is best effort
        pass
    return body.decode(declared or "cp1252", errors="replace")


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


# ---------------------------------------------------------------------------------------------------------
# Time limit


class _Deadline(BaseException):
    """Raised by the alarm handler; a BaseException so library `except Exception` blocks do not eat it."""


def _on_alarm(signum, frame):
    raise _Deadline()


def run_with_timeout(fn, timeout_s: float | None):
    """Run fn() with a wall-clock limit; raise ExtractError on timeout.

    In the main thread a SIGALRM timer interrupts the work itself. Elsewhere (thread runners) the work runs in
    a daemon thread that is abandoned on timeout, so the batch goes on while the stray thread finishes.
    """
    if not timeout_s or timeout_s <= 0:
        return fn()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        previous = signal.getsignal(signal.SIGALRM)
        if signal.getitimer(signal.ITIMER_REAL)[0] == 0 and previous in (signal.SIG_DFL, signal.SIG_IGN, None, _on_alarm):
            signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout_s)
            try:
                return fn()
            except _Deadline:
                raise ExtractError(f"timeout: extraction took longer than {timeout_s:g} s") from None
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the caller below
            box["error"] = exc

    worker = threading.Thread(target=target, name="newsflow-extract", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        raise ExtractError(f"timeout: extraction took longer than {timeout_s:g} s")
    if "error" in box:
        raise box["error"]
    return box.get("value")


# ---------------------------------------------------------------------------------------------------------
# Entry point


def extract(raw: RawDocument, *, timeout_s: float = 10.0) -> Extracted:
    """Extract one document. Raises ExtractError (one-line reason) for anything that goes wrong."""
    try:
        if raw.kind == "txt":
            return run_with_timeout(lambda: _extract_txt(raw), timeout_s)
        if raw.kind == "html":
            return run_with_timeout(lambda: _extract_html(raw), timeout_s)
        raise ExtractError(f"unsupported document kind {raw.kind!r}")
    except ExtractError:
        raise
    except Exception as exc:
        message = " ".join(str(exc).split())[:200]
        raise ExtractError(f"{type(exc).__name__}: {message}" if message else type(exc).__name__) from exc


def _extract_txt(raw: RawDocument) -> Extracted:
    text = repair_text(decode_bytes(raw.body, raw.encoding, sniff_meta=False))
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines:
        raise ExtractError("empty text file")
    # The first line is the title, unless it is a navigation/section label ("All news"): then the first line
    # that is not one is the title and the labels stay in the body, where clean() removes and records them.
    pats = load_patterns()
    t = 0
    while t < len(lines) - 1 and t < 3 and _is_label(lines[t], pats):
        t += 1
    title = lines[t]
    body = "\n".join(lines[:t] + lines[t + 1:])
    mark_repaired(body)
    return Extracted(
        title=title,
        text=body,
        authors=[],
        published_at=None,
        language=_norm_lang(raw.language_hint) or identify_language(body or title),
        canonical_url=None,
        line_context=None,
    )


def _is_label(line: str, pats) -> bool:
    key = _label_key(line)
    return bool(key) and any(f.labels and f.labels.search(key) for f in pats.families)


def _extract_html(raw: RawDocument) -> Extracted:
    html = decode_bytes(raw.body, raw.encoding)
    if len(html) > MAX_HTML_CHARS:
        raise ExtractError(f"page too large: {len(html)} characters")
    if not html.strip():
        raise ExtractError("empty page")
    tree = load_html(html)
    if tree is None:
        raise ExtractError("not parseable as HTML")
    url = raw.url if raw.url and not raw.url.startswith("file:") else None
    unwrap_layout_tables(tree)
    unwrap_page_forms(tree)
    classes = ClassCounts(tree)     # (class values are not changed by the steps below: counted once)
    split_inline_furniture(tree, classes=classes)
    drop_note_marks(tree)
    drop_heading_anchors(tree)
    # the extractions below work on copies (`_fast_extraction`, `bare_extraction`), so `tree` stays intact for
    # the line features below.
    options = _options(url)
    doc = _main_text(tree, url, options)
    if doc is None or not (doc.text or "").strip():
        raise ExtractError("no main text found")
    meta = _metadata(tree, url, options)
    text = "\n".join(ln.strip() for ln in repair_text(doc.text).split("\n") if ln.strip())
    mark_repaired(text)
    title = repair_text(meta.title).strip() if meta.title else None
    authors = _authors(meta.author, meta.sitename)
    return Extracted(
        title=title or None,
        text=text,
        authors=authors,
        published_at=_published(meta.date, raw.fetched_at),
        language=_page_language(tree) or _norm_lang(raw.language_hint) or identify_language(text),
        canonical_url=_canonical(tree) or (meta.url if meta.url and meta.url != url else None),
        line_context=line_contexts(tree, text.split("\n"), classes=classes),
        site_name=_declared_site_name(tree),
    )


# ---------------------------------------------------------------------------------------------------------
# Parsing

def _html_parser() -> lxml.etree.HTMLParser:
    """trafilatura's parser settings, with every element an `HtmlElement` chosen in C.

    lxml.html's own parser picks each element's class in a Python callback (a form, an input, a label ...
    each get their own class), run every time an element is touched from Python: half a million calls over
    the benchmark's 618 pages. Neither trafilatura nor this module uses those classes, only `HtmlElement`'s
    methods (text_content, drop_tag, ...), which every element keeps."""
    parser = lxml.etree.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                   remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


_PARSER = _html_parser()


def load_html(html: str):
    """Parse a decoded page as trafilatura's `load_html` does (repair, then text, then bytes), with
    `_PARSER`; None when it is not HTML."""
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree = None
    try:
        tree = lxml.html.fromstring(html, parser=_PARSER)
    except Exception:      # (ValueError: "Unicode strings with encoding declaration are not supported.")
        tree = None
    if tree is None or len(tree) < 1:
        try:
            tree = lxml.html.fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
        except Exception:
            tree = None
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


# ---------------------------------------------------------------------------------------------------------
# trafilatura options and metadata

_OPTIONS: dict[str, Extractor] = {}


def _options(url: str | None) -> Extractor:
    """trafilatura settings: main text without comments, and `fast` (no readability/justext comparison:
    clean() handles what it would catch). Built once a day (the date limit of htmldate is today), copied
    per document with its URL: reading the config for every page costs more than the copy."""
    day = date.today().isoformat()
    base = _OPTIONS.get(day)
    if base is None:
        _OPTIONS.clear()
        base = _OPTIONS[day] = Extractor(output_format="python", fast=True, comments=False, with_metadata=False)
    opts = copy.copy(base)
    opts.url = url
    opts.source = url
    return opts


def _fast_extraction(tree, url, options: Extractor):
    """`bare_extraction(tree, options=options)` in `fast` mode without the metadata, minus trafilatura's
    recall escalation; None when trafilatura finds no text.

    The escalation re-runs the extraction in recall mode when its text is under 3,000 characters and a fifth
    of the page's. Deciding that measures the page's whole text (`html2txt`: a copy of the page, a cleaning
    pass and a walk), which cost 1.25 ms of a 10 ms page over the benchmark's short pages, on every page with
    a short story. `_misses_prose` and `_recover_prose` do that job here, better informed: they count the
    page's paragraphs the text misses and retry with the prose box alone or trafilatura's own default
    extraction (which keeps its escalation). Also left out: a backup copy of the cleaned page that only the
    slow comparison reads.

    The steps are trafilatura 2.3's own (`trafilatura_sequence`, `bare_extraction`), called in the same
    order; a test compares the result with `bare_extraction` on pages where the escalation cannot fire. On
    another trafilatura layout, or with options these steps do not cover, it is `bare_extraction` itself."""
    t = _trafilatura_steps()
    if t is None or options.comments or not options.fast or options.with_metadata or options.lang \
            or options.dedup or options.format != "python":
        return bare_extraction(tree, url=url, options=options)
    try:
        work = _pruned(copy.copy(tree), options, t)      # (trafilatura prunes and cleans in place)
        cleaned = t.convert_tags(t.tree_cleaning(work, options), options, url)
        body, text = t.extract_content(cleaned, options)
        if len(text) < options.min_extracted_size and options.focus != "precision":
            # trafilatura's rescue, on the raw page pruned as above but not cleaned
            b_body, b_text, b_len = t.baseline(_pruned(copy.copy(tree), options, t))
            if b_len > len(text):
                body, text = b_body, b_text
        if options.max_tree_size and len(body) > options.max_tree_size:
            t.strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return None
        if len(text) < options.min_output_size and options.min_output_comm_size > 0:
            return None
    except (TypeError, ValueError):
        return None
    doc = t.Document()
    doc.text = doc.raw_text = t.xmltotxt(body, options.formatting)
    doc.body = body
    return doc


def _pruned(tree, options: Extractor, t):
    """trafilatura's pruning of the raw page before its cleaning (in place)."""
    forum = t.forum(tree)
    tree = t.prune_unwanted_nodes(tree, t.RAW_TREE_PRUNE_XPATH)
    if not options.comments and (options.focus == "precision" or not forum):
        tree = t.prune_unwanted_nodes(tree, t.REMOVE_COMMENTS_AND_LISTS_XPATH)
    return tree


@functools.lru_cache(maxsize=1)
def _trafilatura_steps():
    """The functions of trafilatura's extraction sequence, or None when this trafilatura lays them out
    differently."""
    try:
        from lxml.etree import strip_tags
        from trafilatura.baseline import baseline
        from trafilatura.core import _forum_thread_page
        from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
        from trafilatura.main_extractor import extract_content
        from trafilatura.metadata import Document
        from trafilatura.xml import xmltotxt
        from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH
    except ImportError:
        return None
    return types.SimpleNamespace(
        baseline=baseline, forum=_forum_thread_page, convert_tags=convert_tags,
        prune_unwanted_nodes=prune_unwanted_nodes, tree_cleaning=tree_cleaning, extract_content=extract_content,
        Document=Document, xmltotxt=xmltotxt, strip_tags=strip_tags, RAW_TREE_PRUNE_XPATH=RAW_TREE_PRUNE_XPATH,
        REMOVE_COMMENTS_AND_LISTS_XPATH=REMOVE_COMMENTS_AND_LISTS_XPATH)


_PROSE_XPATH = lxml.etree.XPath(
    "//p[not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header or ancestor::form)]")
_MISS_SHARE, _MISS_PARAS, _MISS_CHARS = 0.4, 3, 400


_PROSE_MIN_WORDS = 8


def _prose(tree, *, min_words: int = _PROSE_MIN_WORDS) -> list[tuple[str, object]]:
    """The page's prose: its `<p>`s of at least `min_words` words outside nav, aside, header, footer and forms,
    as (text with spaces folded, element)."""
    out = []
    for p in _PROSE_XPATH(tree):
        words = p.text_content().split()
        if len(words) >= min_words:
            out.append((" ".join(words), p))
    return out


# Boxes whose <p>s are never the story, named by their class or id: a cookie or consent banner, a comment
# thread (or marked up as a schema.org Comment, see `_not_story`). Their paragraphs are long enough to count as
# prose, and an extraction that rightly left them out looked as if it missed part of the story, which cost a
# second and third extraction of the page. Checked only for text an extraction left out (few paragraphs): in
# `_missed_prose` and before a dropped tail, list intro or aside is put back.
# (not "cmp", a consent platform's initials and also the prefix of every Adobe Experience Manager component:
# "cmp-text" holds the story's paragraphs there)
_NOT_STORY_TOKENS = frozenset({"cookie", "cookies", "consent", "gdpr", "onetrust", "didomi",
                               "comment", "comments", "commentlist"})
_NOT_STORY_LEVELS = 6
_COMMENT_ITEM_LEVELS = 10     # (a forum's reply text sits nine levels inside its <article>)
_LIST_SEPARATORS = frozenset("·|•")


def _not_story(el, words: list[str], named: dict) -> bool:
    """A run of text that is no part of a story whatever the extraction does: a list of links separated by
    "·" or "|" (a menu, a footer line, share links), or text inside a cookie banner or a comment thread (named
    so by its class or id within a few levels and below any `<article>`, or marked up as a schema.org
    `Comment`, as a forum's replies under the story are, each an `<article>`, within ten). ``named``
    remembers, per element and whether its names still count, whether it is such a box (paragraphs share
    ancestors)."""
    if sum(1 for w in words if w in _LIST_SEPARATORS) >= 3:
        return True
    node = el
    named_boxes = True      # class and id names count up to the first <article>; above it only an itemtype does
    for level in range(_COMMENT_ITEM_LEVELS):
        if node is None or not isinstance(node.tag, str) or node.tag in _PAGE_ROOTS:
            return False
        named_boxes = named_boxes and node.tag not in _STOP and level < _NOT_STORY_LEVELS
        key = (node, named_boxes)
        hit = named.get(key)
        if hit is None:
            hit = named[key] = _COMMENT_ITEM.search(node.get("itemtype") or "") is not None or (
                named_boxes and any(name and not _NOT_STORY_TOKENS.isdisjoint(_split_names_cached(name))
                                    for name in (node.get("class"), node.get("id"))))
        if hit:
            return True
        node = node.getparent()
    return False


_PAGE_ROOTS = frozenset({"main", "body", "html"})


_COMMENT_ITEM = re.compile(r"schema\.org/(?:Comment|UserComments)\b", re.I)


# Blocks that hold a story's text directly, with <br>s between its paragraphs (a post typed into a forum-era
# CMS editor: uCoz, DataLife Engine, old phpBB portals), outside the page's navigation and forms
_TEXT_BLOCKS = lxml.etree.XPath(
    "//*[self::div or self::td or self::section or self::article or self::blockquote or self::font]"
    "[text()[normalize-space()]]")
_OUTSIDE_PROSE = {"nav", "aside", "footer", "header", "form"}
_RUN_INLINE = {"a", "b", "strong", "i", "em", "u", "span", "font", "small", "sup", "sub", "mark", "cite", "abbr",
               "q", "time", "s"}


def _br_prose(tree, *, min_words: int = 8) -> list[tuple[str, object]]:
    """The page's prose outside `<p>`s: runs of text directly in a block (its own text and its inline
    children's, up to the next <br> or child block) of at least `min_words` words, outside nav, aside,
    header, footer and forms, as (text with spaces folded, block). A story written with <br><br> between its paragraphs has no `<p>` for `_prose` to see."""
    out = []
    for block in _TEXT_BLOCKS(tree):
        if any(a.tag in _OUTSIDE_PROSE for a in block.iterancestors()):
            continue
        run = [block.text or ""]
        runs = []
        for child in block:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _RUN_INLINE:
                run.append(child.text_content())
            else:
                runs.append(run)
                run = []
            run.append(child.tail or "")
        runs.append(run)
        for parts in runs:
            words = "".join(parts).split()
            if len(words) >= min_words:
                out.append((" ".join(words), block))
    return out


def _missed_prose(tree, doc, *, min_words: int = 8, prose=None) -> tuple[int, int, int, int]:
    """(characters missed, paragraphs missed, characters of prose, characters extracted); see `_prose`."""
    got = " ".join((doc.text or "").split()) if doc is not None else ""
    total = missed = n_missed = 0
    named: dict = {}
    for text, el in (prose if prose is not None else _prose(tree, min_words=min_words)):
        if text not in got:
            if _not_story(el, text.split(), named):
                continue   # left out rightly: not counted as prose at all
            missed += len(text)
            n_missed += 1
        total += len(text)
    return missed, n_missed, total, len(got)


def _too_much(missed: int, n_missed: int, total: int, got: int = 0) -> bool:
    return missed > _MISS_SHARE * max(total, got) or (n_missed >= _MISS_PARAS and missed >= _MISS_CHARS)


def _misses_prose(tree, doc, *, prose=None) -> bool:
    """True when the extraction leaves out much of the page's prose: the paragraphs missing from the text make
    more than 40 % of the prose (and of the text), or at least 3 paragraphs of 400 characters in all. A
    cookie notice or a comment prompt left out is one short paragraph; the posts of a live blog are many."""
    return _too_much(*_missed_prose(tree, doc, prose=prose))


def _main_text(tree, url, options):
    """trafilatura's main text, checked against the page's prose.

    `fast` extraction trusts trafilatura's first guess of the main box, which is the first `<article>` when
    there is one. On a live blog or a story in parts the posts are sibling `<article>`s and that guess is the
    first post. So when sibling `<article>`s other than the first hold so much of the page's prose that
    leaving them out would count as missing it (see `_misses_prose`), they are made `<div>`s (on a copy)
    before the one extraction, so that the box holding all of them is chosen. If the result still misses
    much prose, `_recover_prose` tries the other ways."""
    prose = _prose(tree)
    merged = None
    if prose and _split_over_articles(tree, prose):
        merged = copy.deepcopy(tree)
        _merge_sibling_articles(merged)
    doc = _fast_extraction(tree if merged is None else merged, url, options)
    tried: dict = {}     # the other extractions of the page, made once
    if prose and doc is not None and _flattened(doc, prose):
        doc = _unflatten(tree, doc, url, options, prose, tried)
    if _misses_prose(tree, doc, prose=prose):
        doc = _recover_prose(tree, doc, url, options, prose=prose, merged=merged is not None, tried=tried)
    rows = _table_rows(doc.text) if doc is not None else 0
    if doc is not None and (rows >= _TABLE_ROWS_MIN or len(prose) < _FEW_PARAGRAPHS
                            or len(doc.text or "") < _SHORT_TEXT_CHARS):
        # Table rows in the text (trafilatura may have taken a table design's side column for the story), or
        # hardly any <p>, or a text too short for a story (the page's few <p>s its boxes, the story typed in
        # <div>s: Tilda's "t-text" blocks): the story may be typed between <br>s, with no <p> for the checks
        # above to count, so now they count those runs too. (Only here: on other pages such runs are mostly comments, captions
        # and footers the extraction rightly leaves out, and looking for them costs time on every page.)
        checked = prose + _br_prose(tree)
        if _misses_prose(tree, doc, prose=checked):
            doc = _recover_prose(tree, doc, url, options, prose=checked, merged=merged is not None, tried=tried)
        if rows >= _TABLE_ROWS_MIN:
            doc = _without_side_tables(tree, doc, url, options, checked, tried)
    if doc is not None and doc.text:
        if prose:
            _add_lead_in(doc, prose)
        # (page builders that set every paragraph as a <div> have no prose to count, but do have subheadings)
        _add_dropped_subheadings(tree, doc)
        _add_dropped_text_boxes(tree, doc)
        _add_dropped_tails(tree, doc)
        _add_dropped_lists(tree, doc)
        _add_dropped_asides(tree, doc)
        if prose:
            _add_dropped_frames(doc, prose)
            _add_dropped_boxed_paragraphs(doc, prose)
    return doc


_SUBHEAD_MAX_WORDS = 14
_SUBHEAD_LINE_CHARS = 160
_SUBHEAD_NEXT_MIN_WORDS = 8       # the paragraph a recovered subheading opens must be running prose ...
_LIST_INTRO_MIN_WORDS = 4         # ... or a shorter line opening a list ("Longest waits are in three villages:")
_LIST_INTRO = re.compile(r"[:：]\s*$")
_SUBHEAD_OUTSIDE = {"nav", "aside", "footer", "header", "form", "figure", "a", "button", "li", "table"}
_SUBHEAD_PROBE = 40               # elements passed over (empty or skipped) before the search gives up
_PROSE_MARK = re.compile(r"[.!?…]['\"”’»)\]]*(?:\s|$)|[:：]\s*$")   # a sentence ends in it, or it opens a list


def _in_furniture(el, outside: frozenset | set = _SUBHEAD_OUTSIDE) -> bool:
    """`el` sits in a nav, aside, header, footer, form, figure, link, list item or table (`outside`), or in a
    box whose class or id says furniture, a comment thread or a consent banner (`_hinted_container`)."""
    return any(a.tag in outside for a in el.iterancestors()) or any(
        _hinted_container(a) for a in el.iterancestors() if a.tag not in _STOP)


_ANCHOR_MARKS = re.compile(r"^[#¶§🔗\s]+|[\s#¶§🔗]+$")
_NON_WORD = re.compile(r"[\W_]+")


def _loose(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().lower()


def _next_text(el) -> str | None:
    """The text that follows `el` in document order (its tail, or the first following element that has text),
    spaces folded; None when nothing does within a few elements."""
    return next(_texts_after(el), None)


def _texts_after(el, limit: int = 1):
    """The texts that follow `el` in document order, nearest first (its tail, each following element with
    text), spaces folded, at most `limit` of them within a few elements."""
    node, probes, found = el, 0, 0
    while node is not None and probes < _SUBHEAD_PROBE:
        if node.tail and node.tail.strip():
            found += 1
            yield _key(node.tail)
            if found >= limit:
                return
        for sib in node.itersiblings():
            probes += 1
            if isinstance(sib.tag, str) and sib.tag not in _SKIP:
                text = _key(sib.text_content())
                if text:
                    found += 1
                    yield text
                    if found >= limit:
                        return
            if sib.tail and sib.tail.strip():
                found += 1
                yield _key(sib.tail)
                if found >= limit:
                    return
            if probes >= _SUBHEAD_PROBE:
                return
        node = node.getparent()


def _add_dropped_subheadings(tree, doc) -> int:
    """Put back the story's subheadings that trafilatura left out while keeping the paragraphs around them
    (page builders set them as `<h2 class="... t-title ...">`, a class trafilatura takes for the page title).

    A heading (`h2`–`h4`, at most 14 words, not in nav/aside/header/footer/form/figure/list/table/link, no
    boilerplate or standfirst class on it or its parent) is put back only when the text that follows it in
    the page opens an extracted line that is running prose (8+ words with a sentence end in it) or opens a
    list (4+ words ending in a colon), and is not the first line. A related-links box's heading is followed by its links, which are not in the text, so it is
    never put back; what goes back is still judged by clean() like any other line. Returns how many."""
    # (and a bold line of its own between <br>s, as a page typed with <br>s sets its crossheads: "<strong>A longer
    # wait</strong><br><br>" after a box, which trafilatura leaves out with the box)
    heads = [h for h in tree.iter("h2", "h3", "h4", "strong", "b") if h.tag[0] == "h" or _bold_line_of_its_own(h)]
    if not heads:
        return 0
    whole = doc.text
    lines: list[str] | None = None
    inserts: dict[int, str] = {}
    for h in heads:
        # (a permalink mark inside the heading, "Title #", is not part of it)
        text = _ANCHOR_MARKS.sub("", _key(h.text_content()))
        # a heading whose words are anywhere in the text is kept already (or too common to place): most are
        if not text or text in whole or len(text) > _SUBHEAD_LINE_CHARS or len(text.split()) > _SUBHEAD_MAX_WORDS \
                or _SENTENCE_END.search(text):
            continue
        if any(a.tag in _SUBHEAD_OUTSIDE for a in h.iterancestors()):
            continue
        after = _next_text(h)
        if not after:
            continue
        if lines is None:
            lines = whole.split("\n")
        for i in range(1, len(lines)):
            line = lines[i]
            if not after.startswith(line[:60]) or not _PROSE_MARK.search(line):
                continue
            words = len(line.split())
            if words >= _SUBHEAD_NEXT_MIN_WORDS or words >= _LIST_INTRO_MIN_WORDS and _LIST_INTRO.search(line):
                if i not in inserts and _loose(lines[i - 1]) != _loose(text) and not _hinted_box(h) and not (
                        h.getparent() is not None and _hinted_box(h.getparent())):
                    inserts[i] = text
                break
    if not inserts:
        return 0
    out = []
    for i, ln in enumerate(lines):
        if i in inserts:
            out.append(inserts[i])
        out.append(ln)
    doc.text = "\n".join(out)
    return len(inserts)


def _bold_line_of_its_own(el) -> bool:
    """A <strong>/<b> that is a whole line in a run of text typed with <br>s: nothing but space around it, a <br>
    right after it, and before it a <br>, a block or the start of its parent."""
    if (el.tail or "").strip():
        return False
    nxt = el.getnext()
    if nxt is None or nxt.tag != "br":
        return False
    prev = el.getprevious()
    if prev is None:
        return not (el.getparent().text or "").strip()
    return not (prev.tail or "").strip() and (prev.tag == "br" or prev.tag in _BLOCK_TAGS)


_BLOCK_TAGS = frozenset({"div", "p", "ul", "ol", "dl", "table", "blockquote", "section", "figure", "h2", "h3", "h4",
                         "h5", "h6", "hr", "aside"})


# <div>s with text of their own, no block inside, no <p> beside them and 40+ characters in all (filtered in
# libxml2: most pages have hundreds of <div>s and none of these)
_TEXT_DIVS = lxml.etree.XPath(
    "//div[normalize-space(text()) != ''][not(p or div or ul or ol or table or blockquote or section or article"
    " or figure or h1 or h2 or h3 or h4 or h5 or h6 or li or form)][not(../p)]"
    "[string-length(normalize-space(.)) > 40]")
_DROPPED_BOX_MIN_WORDS = 8
_DROPPED_BOX_MAX_WORDS = 120
_LETTER = re.compile(r"[^\W\d_]")


def _texts_before(el, limit: int = 3):
    """The texts that come before `el` in document order, nearest first (each preceding element or text with a
    letter in it, spaces folded), at most `limit` of them within a few elements."""
    node, probes, found = el, 0, 0
    while node is not None and probes < _SUBHEAD_PROBE and found < limit:
        for sib in node.itersiblings(preceding=True):
            probes += 1
            if sib.tail and _LETTER.search(sib.tail):
                found += 1
                yield _key(sib.tail)
            if isinstance(sib.tag, str) and sib.tag not in _SKIP:
                text = _key(sib.text_content())
                if _LETTER.search(text):
                    found += 1
                    yield text
            if probes >= _SUBHEAD_PROBE or found >= limit:
                return
        parent = node.getparent()
        if parent is not None and parent.text and _LETTER.search(parent.text):
            found += 1
            yield _key(parent.text)
        node = parent


_SLOT_HEAD_CHARS = 12


def _slot(el, loose_lines: list[str]) -> int | None:
    """Where a box the extraction left out belongs: i such that lines i and i+1 of the text are the story on
    both sides of it -- a text before it in the page (the nearest, or one of the next two when those were left
    out too: an embed's placeholder) ends with line i, and the text after it (the nearest, or one of the next
    two: a "continue reading" button the extraction left out, or a picture whose caption the story repeats
    further down) starts with line i+1 (or a box before it, of which the extraction kept the first line, starts
    with line i)."""
    joined: str | None = None
    befores: list[str] | None = None
    for after in _texts_after(el, limit=3):
        la = _loose(after)
        nexts = [i for i in range(1, len(loose_lines)) if loose_lines[i] and la.startswith(loose_lines[i][:60])]
        if not nexts:
            # (a text that is in the extraction but opens no line of it is no dropped button: the box is elsewhere)
            joined = joined if joined is not None else "\n".join(loose_lines)
            if la[:60] in joined:
                return None
            continue
        if befores is None:
            befores = [_loose(before) for before in _texts_before(el)]
        found = _slot_after(befores, nexts, loose_lines)
        if found is not None:
            return found
    return None


def _slot_after(befores: list[str], nexts: list[int], loose_lines: list[str]) -> int | None:
    """i - 1 for the first line i of `nexts` whose line before ends a text before the box (see `_slot`)."""
    for lb in befores:
        for i in nexts:
            # (or starts with it: a box before it of which the extraction kept only the heading, "Elsewhere
            # this week" over the links it dropped -- a heading of a few words at least; no word boundary is
            # asked for, since a box's text runs its heading into its first item, "Elsewhere this weekVillage")
            # (a line without a letter, a box's "→" button the extraction kept, stands for nothing: the text
            # before the box ends with the line before that)
            k = i - 1
            while k > 0 and not loose_lines[k]:
                k -= 1
            line = loose_lines[k]
            if line and (lb.endswith(line) or len(line) >= _SLOT_HEAD_CHARS and (
                    lb.startswith(line)
                    # (a table's or a list's text runs its cells together, "teknelermetre başına", where the
                    # extraction wrote the last row as one line with spaces)
                    or lb.replace(" ", "").endswith(line.replace(" ", ""))
                    or _ends_before_dropped(lb, line, loose_lines))):
                return i - 1
    return None


def _ends_before_dropped(before: str, line: str, loose_lines: list[str]) -> bool:
    """The text before a box is a block of the story ending with `line` and then only text the extraction left
    out: the body's last paragraph and a related-links box the editor put after it, inside the same block as
    the paragraph ("...151 of them as a first preference." + "Elsewhere in the valley ..." before a fact box)."""
    at = before.rfind(line)
    if at < 0:
        return False
    rest = before[at + len(line):].strip()
    return bool(rest) and not any(len(ll) >= _SLOT_HEAD_CHARS and (ll[:60] in rest or rest[:60] in ll)
                                  for ll in loose_lines)


def _holds_blocks_through_font(el) -> bool:
    """`el` has a block child, or one inside a <font> or <center> child (an old rich-text editor's wrapper)."""
    return _holds_blocks(el) or any(isinstance(k.tag, str) and k.tag in ("font", "center")
                                    and _holds_blocks_through_font(k) for k in el)


def _holds_blocks(el, *, deep: bool = False) -> bool:
    """`el` has a block element inside it (a child, or with `deep` any descendant); inline boxes (a, span,
    small) do not count."""
    return any(isinstance(k.tag, str) and k.tag in _BLOCK and k.tag not in ("a", "span", "small")
               for k in (el.iterdescendants() if deep else el))


def _splice(doc, lines: list[str], inserts: dict[int, list[str]]) -> None:
    """Put the recovered lines back into the text, each group after the line it follows (at -1: before the
    first line)."""
    out = list(inserts.get(-1, ()))
    for i, ln in enumerate(lines):
        out.append(ln)
        out.extend(inserts.get(i, ()))
    doc.text = "\n".join(out)


def _add_dropped_text_boxes(tree, doc) -> int:
    """Put back a paragraph of the story typed straight into a `<div>` inside a box (a Ghost callout card's
    `kg-callout-text`, a page builder's text widget) that trafilatura left out while keeping the paragraphs
    on both sides of it: it keeps text in `<div>`s only at the top of its box.

    The `<div>` holds only inline content, 8-120 words with a sentence end, has no `<p>` beside it, sits in no nav, aside, header,
    footer, form, figure, list, table or link and in no box whose class says furniture, and the story's
    text goes on on both sides of it (`_slot`). What goes back is
    judged by clean() like any other line (a boxed line goes there unless it is running prose). Returns how
    many."""
    whole = doc.text
    lines: list[str] | None = None
    inserts: dict[int, list[str]] = {}
    for div in _TEXT_DIVS(tree):
        # (inside a card or widget of its own: a bare <div> among the story's <p>s is a pasted notice, which
        # trafilatura leaves out rightly -- the XPath asks for no <p> beside it)
        text = _key(div.text_content())
        if text in whole or not _SENTENCE_END.search(text):
            continue
        if _holds_blocks(div):
            continue
        words = len(text.split())
        if not _DROPPED_BOX_MIN_WORDS <= words <= _DROPPED_BOX_MAX_WORDS:
            continue
        if _in_furniture(div) or _hinted_box(div):
            continue
        if lines is None:
            lines = whole.split("\n")
            loose_lines = [_loose(ln) for ln in lines]
        i = _slot(div, loose_lines)
        if i is None and _ends_story(div, loose_lines):
            i = len(lines) - 1
        if i is not None:
            inserts.setdefault(i, []).append(text)
    if inserts:
        _splice(doc, lines, inserts)
    return sum(len(v) for v in inserts.values())


def _ends_story(el, loose_lines: list[str]) -> bool:
    """`el` comes right after the story's last extracted line, and nothing after it in its container is
    in the extraction: a closing paragraph of the story set in a box of its own. A picture with its caption
    between them, which the extraction left out, is passed over: the box still closes the story."""
    if not loose_lines or not loose_lines[-1]:
        return False
    before = next(_texts_before(el, limit=1), None)
    joined = "\n".join(loose_lines)
    if not before or not _loose(before).endswith(loose_lines[-1]):
        prev = _lettered_before(el)
        # (a picture, or a short line the extraction left out, an advertisement's label or a promo: up to two)
        for _ in range(_PASSED_OVER):
            if prev is None or not (_is_picture(prev) or _left_out_line(prev, joined)):
                return False
            # (the story's last line right before it, beside it in one container)
            last = _lettered_before(prev, climb=False)
            if last is not None and _loose(_key(last.text_content())).endswith(loose_lines[-1]):
                break
            prev = last
        else:
            return False
    return not any(_loose(after)[:60] in joined for after in _texts_after(el, limit=3))


_PASSED_OVER = 2
_LEFT_OUT_WORDS = 20


def _left_out_line(el, joined: str) -> bool:
    """A short box (a paragraph or a <div> of at most twenty words, no sentence, no list or table) whose text is
    not in the extraction: furniture between the story's last line and its closing box."""
    text = _key(el.text_content())
    return el.tag in ("p", "div") and 0 < len(text.split()) <= _LEFT_OUT_WORDS and not _SENTENCE_END.search(text) \
        and next(el.iter("ul", "ol", "table", "dl"), None) is None and _loose(text)[:60] not in joined


_PICTURE_CAPTION_WORDS = 40


_STORY_BOUNDARY = frozenset({"article", "main", "aside", "body", "header", "footer", "nav"})


def _lettered_before(el, climb: bool = True):
    """The nearest element before `el` in document order (a preceding sibling, or with `climb` one of an
    ancestor's, not beyond an article, main or aside) with a letter in its text, when no loose text with a
    letter comes between them; else None."""
    node = el
    for _ in range(_SUBHEAD_PROBE if climb else 1):
        if node.tag in _STORY_BOUNDARY:      # (not out of the story's own article into another's)
            return None
        for sib in node.itersiblings(preceding=True):
            if sib.tail and _LETTER.search(sib.tail):
                return None
            if isinstance(sib.tag, str) and sib.tag not in _SKIP and _LETTER.search(sib.text_content()):
                return sib
        node = node.getparent()
        if node is None or node.text and _LETTER.search(node.text):
            return None
    return None


def _is_picture(el) -> bool:
    """A picture and at most its caption: a <figure>, or a box holding an image and a few words."""
    if el.tag == "figure":
        return True
    return next(el.iter(*_MEDIA), None) is not None and len(el.text_content().split()) <= _PICTURE_CAPTION_WORDS


# blocks after which a story typed between <br>s goes on as loose text (a picture's <p>, a list, a box)
_TAILED = ("p", "div", "figure", "ul", "ol", "table", "blockquote", "dl")
_TAIL_LINE_CHARS = 40


def _tail_run(el) -> tuple[str, object | None]:
    """The loose text right after `el`: its tail and the inline elements after it, up to the next <br> or
    block, spaces folded; and the element that ends the run (None at the end of its parent)."""
    parts = [el.tail or ""]
    for sib in el.itersiblings():
        tag = sib.tag if isinstance(sib.tag, str) else ""
        if tag not in _RUN_INLINE:
            return _key("".join(parts)), sib
        parts.append(sib.text_content())
        parts.append(sib.tail or "")
    return _key("".join(parts)), None


def _add_dropped_tails(tree, doc) -> int:
    """Put back a paragraph of a story typed between <br>s that comes right after a block -- the picture's
    `<p>` in the middle of the story, a list, a box -- when trafilatura left it out (it keeps the text that
    follows a <br>, not the tail of a block it dropped or moved) while keeping the story on both sides.

    The run holds 8-120 words and ends with a sentence end and a <br>, holds no line of the extraction, sits
    in no nav, aside, header, footer, form, figure, list, table or link and in no box whose class says
    furniture, a comment thread or a consent banner, and the story goes on after it: it goes back before the
    line that text opens, after the line the text before it ends or the heading a box before it starts with
    (`_slot`), or as the first line when the text
    after it opens the extraction. A shorter tail that opens a list of the text goes back before the list
    (`_dropped_list_intro`). What goes back is judged by clean() like any other line. Returns how many."""
    whole = doc.text
    lines: list[str] | None = None
    inserts: dict[int, list[str]] = {}
    first: list[str] = []
    named: dict = {}
    intros: list = []
    for el in tree.iter(*_TAILED):
        tail = el.tail
        if not tail or not _LETTER.search(tail):
            continue
        if len(tail) < 40:
            if ":" in tail:
                intros.append(el)
            continue
        text, end = _tail_run(el)
        if end is None or end.tag != "br" or text in whole or not _SENTENCE_END.search(text):
            continue
        if not _DROPPED_BOX_MIN_WORDS <= len(text.split()) <= _DROPPED_BOX_MAX_WORDS:
            continue
        parent = el.getparent()
        if parent is None or _in_furniture(el) or _not_story(parent, text.split(), named):
            continue
        if lines is None:
            lines = whole.split("\n")
            loose_lines = [_loose(ln) for ln in lines]
        # (a run holding a line the extraction has is two paragraphs with no <br> between them: not one lost)
        loose_text = _loose(text)
        if any(len(ll) >= _TAIL_LINE_CHARS and ll in loose_text for ll in loose_lines):
            continue
        i = _slot(end, loose_lines)
        if i is not None:
            inserts.setdefault(i, []).append(text)
            continue
        after = _next_text(end)
        if after and loose_lines[0] and _loose(after).startswith(loose_lines[0][:60]) and not first:
            first.append(text)
    for el in intros:
        text, i = _dropped_list_intro(el, whole, named)
        if text is None:
            continue
        if lines is None:
            lines = whole.split("\n")
            loose_lines = [_loose(ln) for ln in lines]
        # (the line before the list's first item must be no intro already: one intro per list)
        at = next((k for k in range(1, len(lines)) if loose_lines[k].startswith(i)), None)
        if at is not None and not _LIST_INTRO.search(lines[at - 1]):
            inserts.setdefault(at - 1, []).append(text)
    if inserts:
        _splice(doc, lines, inserts)
    if first:
        doc.text = first[0] + "\n" + doc.text
    return sum(len(v) for v in inserts.values()) + len(first)


_DROPPED_INTRO_MAX_WORDS = 30


def _dropped_list_intro(el, whole: str, named: dict) -> tuple[str | None, str]:
    """The line that opens a list of the story ("Die Messreihe zeigt:") typed as the tail of a box trafilatura
    dropped (a "see also" box before it takes its tail along), when the list right after it (past <br>s) is in
    the text (the caller looks for the item's line): (the line, the list's first item folded as `_loose` folds
    lines), else (None, "")."""
    text, end = _tail_run(el)
    if end is None or not _LIST_INTRO.search(text) or text in whole \
            or not 1 < len(text.split()) <= _DROPPED_INTRO_MAX_WORDS:
        return None, ""
    while end is not None and isinstance(end.tag, str) and end.tag == "br" and not (end.tail or "").strip():
        end = end.getnext()
    if end is None or end.tag not in ("ul", "ol"):
        return None, ""
    item = next((li for li in end if isinstance(li.tag, str) and li.tag == "li"), None)
    first = _loose(item.text_content()) if item is not None else ""
    if not first:
        return None, ""
    parent = el.getparent()
    if parent is None or _in_furniture(el) or _not_story(parent, text.split(), named):
        return None, ""
    return text, first[:60]


_DROPPED_LIST_ITEMS = 20


def _add_dropped_lists(tree, doc) -> int:
    """Put back a list the story introduces ("Under the rules of the offer:") when trafilatura kept the line
    that opens it and the paragraph after it but left the list out.

    The list (`<ul>`/`<ol>`, at most twenty items, few links) sits in no nav, aside, header, footer, form,
    figure or table and in no box whose class says furniture; none of its items is in the text; and it lies
    between the extracted line that opens it (a line ending in a colon) and the next extracted line
    (`_slot`). Its items go back as extraction writes them ("- item"), to be judged by clean(). Returns how
    many lists."""
    whole = doc.text
    if ":" not in whole:
        return 0
    lines: list[str] | None = None
    inserts: dict[int, list[str]] = {}
    for lst in tree.iter("ul", "ol"):
        lis = [li for li in lst if isinstance(li.tag, str) and li.tag == "li"]
        if not 0 < len(lis) <= _DROPPED_LIST_ITEMS:      # (a menu's many items: no text to read)
            continue
        items = [_key(li.text_content()) for li in lis]
        if not all(items) or any(item in whole for item in items):
            continue
        text = sum(len(item) for item in items)
        linked = sum(len(_key(a.text_content())) for a in lst.iter("a"))
        if linked > _DROPPED_ASIDE_LINKS * text or _hinted_box(lst) or _in_furniture(lst, _SUBHEAD_OUTSIDE - {"li"}):
            continue
        if lines is None:
            lines = whole.split("\n")
            loose_lines = [_loose(ln) for ln in lines]
        i = _slot(lst, loose_lines)
        if i is not None and _LIST_INTRO.search(lines[i]) and i not in inserts:
            inserts[i] = ["- " + item for item in items]
    if inserts:
        _splice(doc, lines, inserts)
    return len(inserts)


_DROPPED_ASIDE_MAX_WORDS = 250
_RECOVERED = "data-newsflow-recovered"
_RUN_IN_LABEL = "data-newsflow-run-in-label"
_DROPPED_ASIDE_LINKS = 0.2
_MEDIA = ("img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed")
_FORM_PARTS = ("form", "input", "button", "select", "textarea")
_ASIDE_LINES = {"h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "div", "dt", "dd"}


def _box_lines(box) -> list[str]:
    """The lines of a box as extraction writes them: each heading, paragraph and list item ("- item") of it,
    in order (a block holding other blocks gives theirs)."""
    out = []
    for el in box.iter(*_ASIDE_LINES):
        if _holds_blocks(el, deep=True):
            continue
        text = _key(el.text_content())
        if text:
            out.append("- " + text if el.tag == "li" else text)
    return out


_FACT_BOX_BODY = {"ul", "ol", "p", "dl"}
# asides, figures, and the <div>s whose first child is a heading (filtered in libxml2: pages have many <div>s)
_BOX_CANDIDATES = lxml.etree.XPath(
    "//aside | //figure | //div[*[1][self::h2 or self::h3 or self::h4 or self::h5 or self::h6]]")


def _fact_box(div) -> bool:
    """A `<div>` shaped as a fact box: a heading, then only lists and paragraphs (trafilatura drops such a box
    when a class of it reads as an embed or a share widget, "html-embed factbox")."""
    kids = [k for k in div if isinstance(k.tag, str)]
    return (len(kids) >= 2 and kids[0].tag in _HEADINGS
            and all(k.tag in _FACT_BOX_BODY for k in kids[1:]))


def _add_dropped_asides(tree, doc) -> int:
    """Put back a fact box or a pull quote of the story set as an `<aside>` or a `<figure>` between two of its
    paragraphs ("So geht es jetzt weiter" and its list; a quote block in a figure), which trafilatura leaves
    out as it does every aside and every figure without a picture.

    The box has no picture, video, embed or form control, is not in a nav, header, footer or another aside,
    has no class that says furniture on it or around it, is mostly not link text (a related-links aside is),
    holds 8-250 words not already in the text, and the story's text goes on on both sides of it (`_slot`). Its lines go back as extraction writes them, and clean()
    judges each. Returns how many boxes."""
    whole = doc.text
    lines: list[str] | None = None
    inserts: dict[int, list[str]] = {}
    n = 0
    loose_whole: str | None = None
    for box in _BOX_CANDIDATES(tree):
        # (a figure without a picture is a quote block or an embed's placeholder: only the quote is the story's)
        if box.tag == "figure" and box.find(".//blockquote") is None:
            continue
        if box.tag == "div" and not _fact_box(box):
            continue
        if next(box.iter(*_MEDIA), None) is not None or next(box.iter(*_FORM_PARTS), None) is not None:
            continue
        if any(a.tag in ("nav", "header", "footer", "aside", "figure", "form") for a in box.iterancestors()):
            continue
        if _hinted_box(box) or any(_hinted_container(a) for a in box.iterancestors() if a.tag not in _STOP):
            continue
        text = _key(box.text_content())
        words = len(text.split())
        if not _DROPPED_BOX_MIN_WORDS <= words <= _DROPPED_ASIDE_MAX_WORDS or text[:80] in whole:
            continue
        linked = sum(len(_key(a.text_content())) for a in box.iter("a"))
        if linked > _DROPPED_ASIDE_LINKS * len(text):
            continue
        box_lines = _box_lines(box)
        if loose_whole is None:
            loose_whole = _loose(whole)
        # a pull quote repeating a sentence of the story is no new text (quotation marks and case aside)
        if not box_lines or any(_loose(ln) in loose_whole for ln in box_lines):
            continue
        if lines is None:
            lines = whole.split("\n")
            loose_lines = [_loose(ln) for ln in lines]
        i = _slot(box, loose_lines)
        if i is not None:
            inserts.setdefault(i, []).extend(box_lines)
            # (its lines are the story's now: the aside landmark is no related-links hint for them)
            box.set(_RECOVERED, "1")
            n += 1
    if inserts:
        _splice(doc, lines, inserts)
    return n


_LEAD_IN_MAX = 3                  # paragraphs taken from the box before the body at most
_LEAD_IN_SKIP = {"article", "aside", "nav", "header", "footer", "form", "figure", "section", "ul", "ol", "table"}


def _add_lead_in(doc, prose) -> bool:
    """Put back the story's first paragraphs when a CMS keeps them in their own box just before the body box
    and trafilatura chose the body box alone (Joomla K2 `itemIntroText` + `itemFullText`, Drupal summary +
    body, "article-lead" + "article-body"). The body box is the smallest element holding every extracted
    prose paragraph; its nearest preceding sibling with text (empty clearing divs are passed over) gives its
    missed prose paragraphs only if that sibling is a plain box (no heading, not an article/aside/section/
    list/table/figure, no boilerplate, standfirst or teaser class on it or on the paragraph or between them)
    and each paragraph is a finished sentence that is not mostly link text, at most 3 of them. A standfirst
    (class `standfirst`, `dek`, `subtitle`, ... or in the `<header>`), a teaser card or a related summary is
    therefore never taken. The paragraphs are inserted before the body's first paragraph; returns True if
    any were."""
    text = doc.text
    got = " ".join(text.split())
    inside = [el for t, el in prose if t in got]
    if not inside or len(inside) == len(prose):
        return False
    box = inside[0]
    members = set(inside[1:])
    while box is not None and not all(_is_within(el, box) for el in members):
        box = box.getparent()
    if box is None or box.getparent() is None or box.tag in ("body", "html"):
        return False
    prev = box.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or not prev.text_content().strip()):
        prev = prev.getprevious()
    if prev is None or prev.tag in _LEAD_IN_SKIP or _hinted_box(prev):
        return False
    if any(h.tag in ("h1", *_HEADINGS) for h in prev.iter("h1", *_HEADINGS)):
        return False
    missed = [(t, el) for t, el in prose if t not in got and _is_within(el, prev)]
    # a paragraph set wholly in bold without a sentence's end is the headline or a kicker repeated in the
    # intro box (K2 editors often start the intro so): not taken, and no reason to doubt the box
    missed = [(t, el) for t, el in missed if _SENTENCE_END.search(t) or not _all_bold(el, t)]
    # ... nor is a row of options or links joined by middle dots or bars ("News options: Print · Save as PDF ·
    # Send to a friend") that the editor left at the top of the intro box: the page's, and clean() would judge it
    # anyway, but it says nothing against the paragraph after it
    missed = [(t, el) for t, el in missed if _SENTENCE_END.search(t) or len(_LEAD_LABEL_ROW.findall(t)) < 2]
    if not missed or len(missed) > _LEAD_IN_MAX:
        return False
    for t, el in missed:
        if not _SENTENCE_END.search(t):
            return False
        link_chars = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        if 2 * link_chars > len(t):
            return False
        node = el
        while node is not None and node is not prev:
            if _hinted_box(node):
                return False
            node = node.getparent()
    first = " ".join(inside[0].text_content().split())[:40]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if first and " ".join(ln.split()).startswith(first):
            doc.text = "\n".join(lines[:i] + [t for t, _ in missed] + lines[i:])
            return True
    return False


_FRAME_LEVELS = 5                  # a paragraph's content block is at most this many levels above it
_FRAME_OUTSIDE = {"nav", "aside", "header", "footer", "form", "figure"}
_FRAME_LINE_OUTSIDE = (_SUBHEAD_OUTSIDE - {"header"}) | {"ul", "ol"}


def _add_dropped_frames(doc, prose) -> int:
    """Put back a section of the story that the CMS keeps in a content block of its own, one of a run of
    sibling blocks of one class (TYPO3's `frame-type-text`, a page builder's text components), when
    trafilatura deleted that block -- a widget inside it, a row of links, made it look like a link box --
    while keeping the blocks around it.

    The block is the nearest ancestor (up to 4 levels) of a missed prose paragraph that shares its tag and
    class with a sibling holding extracted prose; it holds none itself, has no class that says furniture on
    it or around it and is in no nav, aside, header, footer, form or figure. Its headings and its paragraphs
    that end a sentence and are mostly not link text go back (not its lists or boxed widgets), after the
    extracted lines of the story block before it; clean() judges each. Returns how many blocks."""
    got = " ".join(doc.text.split())
    missed = [el for t, el in prose if t not in got]
    inside = [el for t, el in prose if t in got]
    if not missed or not inside:
        return 0
    story: set = set()
    for el in inside:
        node = el
        for _ in range(_FRAME_LEVELS + 1):
            node = node.getparent()
            if node is None:
                break
            story.add(node)
    # (parent, tag, class) of every story block: a sibling of the same kind is found without a walk
    kinds = {(n.getparent(), n.tag, n.get("class")) for n in story if n.get("class")}
    done: set = set()
    inserts: dict[int, list[str]] = {}
    lines = doc.text.split("\n")
    for el in missed:
        frame = _dropped_frame(el, story, kinds)
        if frame is None or frame in done:
            continue
        done.add(frame)
        new = _frame_lines(frame, got)
        at = _after_story_block(frame, story, lines) if new else None
        if at is None and new:
            # the story's first block (Strikingly's first blog section, its share row inside it): before the next
            at = _before_story_block(frame, story, lines)
        if at is not None:
            inserts.setdefault(at, []).extend(new)
    if inserts:
        _splice(doc, lines, inserts)
    return len(inserts)


def _add_dropped_boxed_paragraphs(doc, prose) -> int:
    """Put back a paragraph of the story that the CMS set in a box of its own between two of its paragraphs
    (a rich-text editor's embedded "info box" entry, a highlighted paragraph's `<div>`) when trafilatura left the
    box out -- its class reads as an embed -- while keeping the paragraphs around it.

    The paragraph is prose (8+ words) missing from the text, the only element of its `<div>` or `<section>`,
    ends a sentence, is mostly not link text, sits in no nav, aside, header, footer, form, figure, list, table
    or link and in no box whose class says furniture, a comment thread or a consent banner, and the story's
    extracted lines stand on both sides of the box (`_slot`), running prose before it. clean() judges it like
    any other line (a boxed line speaking as the publisher goes there). Returns how many."""
    got = " ".join(doc.text.split())
    lines: list[str] | None = None
    inserts: dict[int, list[str]] = {}
    named: dict = {}
    for text, p in prose:
        if text in got or not _SENTENCE_END.search(text) or len(text.split()) > _DROPPED_BOX_MAX_WORDS:
            continue
        box = p.getparent()
        # (beside it at most an icon without text: a page builder's message box, "<div class=...-icon><i ...></i>
        # </div><p>The road will be closed ...</p>")
        if box is None or box.tag not in ("div", "section") or any(
                isinstance(k.tag, str) and k is not p and _key(k.text_content()) for k in box):
            continue
        linked = sum(len(_key(a.text_content())) for a in p.iter("a"))
        if linked > _DROPPED_ASIDE_LINKS * len(text) or _not_story(box, text.split(), named) or _hinted_box(box) \
                or _in_furniture(box):
            continue
        if lines is None:
            lines = doc.text.split("\n")
            loose_lines = [_loose(ln) for ln in lines]
        i = _slot(box, loose_lines)
        # (between two paragraphs of running prose: not after the headline, where banners and notices sit)
        if i is not None and len(lines[i].split()) >= _SUBHEAD_NEXT_MIN_WORDS and _SENTENCE_END.search(lines[i]):
            inserts.setdefault(i, []).append(text)
    if inserts:
        _splice(doc, lines, inserts)
    return sum(len(v) for v in inserts.values())


def _dropped_frame(el, story: set, kinds: set):
    node = el
    for _ in range(_FRAME_LEVELS):
        node = node.getparent()
        if node is None or node in story or node.tag in _STOP or node.tag in _FRAME_OUTSIDE:
            return None
        value = node.get("class")
        if value and (node.getparent(), node.tag, value) in kinds:
            if _hinted_box(node) or any(a.tag in _FRAME_OUTSIDE or (a.tag not in _STOP and _hinted_container(a))
                                        for a in node.iterancestors()):
                return None
            return node
    return None


def _frame_lines(frame, got: str) -> list[str]:
    """A dropped block's headings and prose paragraphs as lines (none already in the text, quotation marks,
    case and spaces aside: a kicker glued to the paragraph, "Vie localeÀ partir du ...", is on a line of its own
    in the text)."""
    out = []
    loose_got = _loose(got)
    solid_got = loose_got.replace(" ", "")
    for el in frame.iter("p", *_HEADINGS):
        # (a <header> inside the block is its own heading's, as TYPO3 writes it)
        if any(a.tag in _FRAME_LINE_OUTSIDE for a in el.iterancestors() if a is not frame and _is_within(a, frame)):
            continue
        text = _key(el.text_content())
        if not text or text in got or _loose(text).replace(" ", "") in solid_got or _hinted_box(el):
            continue
        if el.tag == "p":
            linked = sum(len(_key(a.text_content())) for a in el.iter("a"))
            if not _SENTENCE_END.search(text) or 2 * linked > len(text):
                continue
        elif len(text.split()) > _SUBHEAD_MAX_WORDS:
            continue
        out.append(text)
    return out if any(not _is_heading_line(ln, frame) for ln in out) else []


def _is_heading_line(line: str, frame) -> bool:
    return any(_key(h.text_content()) == line for h in frame.iter(*_HEADINGS))


def _after_story_block(frame, story: set, lines: list[str]) -> int | None:
    """The index of the last line of the story block just before `frame` among its siblings."""
    found = _lines_of(_story_sibling(frame, story, preceding=True), lines)
    return found[-1] if found else None


def _before_story_block(frame, story: set, lines: list[str]) -> int | None:
    """The index of the line before the first line of the story block just after `frame` among its siblings
    (-1 when that is the text's first line)."""
    found = _lines_of(_story_sibling(frame, story, preceding=False), lines)
    return found[0] - 1 if found else None


def _story_sibling(frame, story: set, *, preceding: bool):
    """The nearest sibling of `frame`, before or after it, of its tag and class that holds the story's text."""
    return next((s for s in frame.itersiblings(preceding=preceding)
                 if s.tag == frame.tag and s.get("class") == frame.get("class") and s in story), None)


def _lines_of(block, lines: list[str]) -> list[int]:
    """The indexes of the text's lines (20 characters or more, a list item's dash aside) that `block` holds."""
    if block is None:
        return []
    content = _key(block.text_content())
    out = []
    for i, ln in enumerate(lines):
        k = _key(ln)
        if k.startswith("- "):
            k = k[2:]
        if len(k) >= 20 and k in content:
            out.append(i)
    return out


def _all_bold(el, text: str) -> bool:
    """Every word of the paragraph sits in <strong>/<b> (one or several)."""
    bold = " ".join(" ".join(b.text_content().split()) for b in el.iter("strong", "b"))
    return bool(bold) and bold == text


def _is_within(el, box) -> bool:
    while el is not None:
        if el is box:
            return True
        el = el.getparent()
    return False


def _hinted_box(el) -> bool:
    """The element's class/id names a boilerplate family or the headline's standfirst."""
    if not el.get("id"):
        return _names_furniture(el.get("class") or "")
    return any(tok in _TOKEN_HINT or tok in _STANDFIRST_TOKENS for tok in _name_tokens(el))


def _hinted_container(el) -> bool:
    """`_hinted_box` for a container around a box: its id is never the anchor slug of a heading's words, so
    the costly slug check over all of its text is skipped."""
    value = el.get("class")
    if value and _names_furniture(value):
        return True
    value = el.get("id")
    return bool(value) and _names_furniture(value)


@functools.lru_cache(maxsize=4096)   # a page's few class values are asked about for box after box
def _names_furniture(value: str) -> bool:
    """A class or id value with a token naming a boilerplate family or the headline's standfirst."""
    return any(tok in _TOKEN_HINT or tok in _STANDFIRST_TOKENS for tok in _split_names_cached(value)) \
        if value else False


def _split_over_articles(tree, prose) -> bool:
    """Sibling `<article>`s after the first of their group hold enough of the page's prose that an extraction
    of the first one alone would miss too much."""
    total = sum(len(t) for t, _ in prose)
    where = {el: len(t) for t, el in prose}
    for parent in {a.getparent() for a in tree.iter("article") if a.getparent() is not None}:
        group = [c for c in parent if c.tag == "article"]
        if len(group) < 2:
            continue
        lengths = [where[p] for a in group[1:] for p in a.iter("p") if p in where]
        if _too_much(sum(lengths), len(lengths), total):
            return True
    return False


_FLAT_PARAGRAPHS = 3
_FLAT_SLACK = 0.1


def _flattened(doc, prose) -> bool:
    """The extraction ran the page's paragraphs together: its longest line holds three prose paragraphs or
    more (trafilatura's fast mode can give one line for a whole page when its first guess finds little)."""
    longest = max((doc.text or "").split("\n"), key=len)
    if len(longest) < 400:
        return False
    folded = " ".join(longest.split())
    found = 0
    for para, _el in prose:
        if para in folded:
            found += 1
            if found >= _FLAT_PARAGRAPHS:
                return True
    return False


def _box_extraction(box, url, options, tried: dict):
    """`box` extracted alone, made once per page (kept in `tried`)."""
    if tried.get("box", (None,))[0] is not box:
        tried["box"] = (box, _fast_extraction(_alone(box), url, options))
    return tried["box"][1]


def _slow_extraction(tree, url, options, tried: dict):
    """The page extracted as trafilatura does by default, with its readability/justext comparison (`fast`
    off), made once per page (kept in `tried`)."""
    if "slow" not in tried:
        slow = copy.copy(options)
        slow.fast = False
        tried["slow"] = bare_extraction(tree, url=url, options=slow)
    return tried["slow"]


def _unflatten(tree, doc, url, options, prose, tried: dict):
    """A flattened extraction (`_flattened`) replaced by the box holding the prose extracted alone, or else by
    trafilatura with its readability/justext comparison, when that one keeps the paragraphs apart and misses
    no more of the prose."""
    missed, _, total, _ = _missed_prose(tree, doc, prose=prose)
    # (a blob holds every text of the page, notices and link lines too: the lines kept apart may rightly leave a
    # little of that out)
    allowed = missed + _FLAT_SLACK * total
    box = _prose_box(prose)
    tries = [lambda: _box_extraction(box, url, options, tried)] if box is not None else []
    for make in (*tries, lambda: _slow_extraction(tree, url, options, tried)):
        alt = make()
        if alt is not None and (alt.text or "").strip() and not _flattened(alt, prose) \
                and _missed_prose(tree, alt, prose=prose)[0] <= allowed:
            return alt
    return doc


def _recover_prose(tree, doc, url, options, *, prose=None, merged: bool = False, tried: dict | None = None):
    """A second try when the extraction still left out much of the page's prose: (1) the other treatment of
    sibling `<article>`s (merged into `<div>`s on a copy if they were not, as they were otherwise); then, only
    while the best so far misses more than 40 % of the prose (`_MISS_SHARE`: trafilatura took another box for
    the story), (2) the box holding most of the prose (`_prose_box`) extracted alone and (3) trafilatura with
    its readability/justext comparison (`fast` off), as it runs by default. The result missing the least prose
    is kept (the earlier one on a tie). The box alone costs a fraction of an extraction of the page, the
    comparison more than one, so the box comes first. `tried` keeps the other extractions of the page for a
    second call with more prose to count (they do not depend on it).

    A few paragraphs left out of a story found whole (the posts of a live blog aside, which (1) is for) are
    the page's own: a bio, the site's description, a caption, a sign-up pitch set in a `<p>`. On the 46
    benchmark pages where only those were missing, the box and the default extraction had never brought
    anything back, at a cost of more than the page's cleaning."""
    if prose is None:
        prose = _prose(tree)
    tried = tried if tried is not None else {}
    best, counts = doc, _missed_prose(tree, doc, prose=prose)      # (counts: the best result's, kept with it)

    def consider(alt):
        nonlocal best, counts
        if alt is not None and (alt.text or "").strip():
            alt_counts = _missed_prose(tree, alt, prose=prose)
            if alt_counts[0] < counts[0]:
                best, counts = alt, alt_counts

    def misses_most() -> bool:
        missed, _, total, got = counts
        return missed > _MISS_SHARE * max(total, got)

    if "other" not in tried:
        alt = None
        if merged:
            alt = _fast_extraction(tree, url, options)
        elif _sibling_articles(tree):      # (a copy of the page only when there is something to merge on it)
            copied = copy.deepcopy(tree)
            if _merge_sibling_articles(copied):
                alt = _fast_extraction(copied, url, options)
        tried["other"] = alt
    consider(tried["other"])
    if misses_most():
        box = _prose_box(prose)
        if box is not None:
            consider(_box_extraction(box, url, options, tried))
    if misses_most():
        consider(_slow_extraction(tree, url, options, tried))
    return best


_BOX_SHARE = 0.6
_TABLE_ROWS_MIN = 3
_FEW_PARAGRAPHS = 3
_SHORT_TEXT_CHARS = 1000


def _table_rows(text: str | None) -> int:
    """Lines of the extracted text that are flattened table rows ("| a | b |")."""
    return sum(1 for ln in (text or "").split("\n") if ln.startswith("| ") and ln.rstrip().endswith("|"))


def _without_side_tables(tree, doc, url, options, prose, tried: dict | None = None):
    """The main text taken from the box that holds the page's prose (`_prose_box`) when trafilatura's own box
    also brought in table rows from outside it (a table design's side column: login form, category list,
    calendar, visitor counter) and the prose box misses no more of the prose. A data table inside the story
    is inside the prose box, so it stays."""
    box = _prose_box(prose)
    if box is None:
        return doc
    if all(_is_within(t, box) for t in tree.iter("table")):
        return doc      # every table is the story's: the box alone would bring the same rows, or fewer of them
    alt = _box_extraction(box, url, options, tried if tried is not None else {})
    if alt is None or not (alt.text or "").strip() or _table_rows(alt.text) >= _table_rows(doc.text):
        return doc
    # the rows of the story's own tables must still be rows there: a table inside an old page's <font>
    # comes out of the box alone flattened into one line ("Bureau Inscrits Oui Non Saint-Vérand ...")
    if _table_rows(alt.text) < sum(len(_rows(t)) for t in box.iter("table")):
        return doc
    inside = [(t, el) for t, el in prose if el is box or any(a is box for a in el.iterancestors())]
    if _missed_prose(tree, alt, prose=inside)[0] <= _missed_prose(tree, doc, prose=inside)[0]:
        return alt
    return doc


def _prose_box(prose) -> object | None:
    """The innermost element holding at least 60 % of the page's prose (by characters), below <body>, widened
    to the outermost wrapper around it that holds no other prose: where the story is when trafilatura took
    another box (a side column of tables, a comment list) for the main text."""
    total = sum(len(t) for t, _ in prose)
    if not total:
        return None
    held: dict = {}
    depth: dict = {}
    for text, el in prose:
        chain = [el, *el.iterancestors()]
        for d, anc in enumerate(reversed(chain)):
            held[anc] = held.get(anc, 0) + len(text)
            depth[anc] = d
    inside = [el for el, n in held.items() if n >= _BOX_SHARE * total and el.tag not in ("html", "body")]
    if not inside:
        return None
    box = max(inside, key=depth.get)
    # then out through the wrappers that add no prose of their own: a table or a list beside the story's
    # text block, in the same cell, belongs to it; the entry's info line or the comments do not
    while True:
        parent = box.getparent()
        if parent is None or parent.tag in ("html", "body") or held.get(parent, 0) > held[box]:
            return box
        box = parent


def _alone(box):
    """A new page holding a copy of `box` as its only content, in an <article>: trafilatura then takes the box as
    the main text whole (without an article container it keeps only paragraphs and drops lists and headings)."""
    page = lxml.html.fromstring("<html><body><article></article></body></html>")
    page.find("body").find("article").append(copy.deepcopy(box))
    return page


def _sibling_articles(tree) -> bool:
    """Some `<article>` of the page has a sibling `<article>` (what `_merge_sibling_articles` renames)."""
    parents = [a.getparent() for a in tree.iter("article")]
    return len(parents) > len(set(parents))


def _merge_sibling_articles(tree) -> int:
    """Rename to `<div>` every `<article>` that has a sibling `<article>` (posts of one live blog or parts of
    one story), in place; returns how many."""
    n = 0
    for parent in {a.getparent() for a in tree.iter("article") if a.getparent() is not None}:
        group = [c for c in parent if c.tag == "article"]
        if len(group) >= 2:
            for a in group:
                a.tag = "div"
                n += 1
    return n


def _metadata(tree, url: str | None, options: Extractor):
    """Title, author, date (htmldate), site name and URL as trafilatura's `extract_metadata` finds them,
    without the categories, tags and licence it also collects (unused here, and a sixth of its cost)."""
    try:
        from htmldate import find_date
        from trafilatura import metadata as tm

        meta = tm.examine_meta(tree)
        if meta.author and " " not in meta.author:
            meta.author = None
        try:
            meta = tm.extract_meta_json(tree, meta)
        except Exception:  # trafilatura's JSON-LD parser has its own bugs; the meta tags stay
            pass
        if not meta.title:
            meta.title = tm.extract_title(tree)
        if not meta.author:
            meta.author = tm.extract_author(tree)
        if not meta.url:
            meta.url = tm.extract_url(tree, url)
        meta.date = find_date(tree, **{**options.date_params, "url": meta.url})
        if not meta.sitename:
            meta.sitename = tm.extract_sitename(tree)
        if meta.sitename:
            meta.sitename = meta.sitename.lstrip("@")
        return meta
    except (ImportError, AttributeError):   # another trafilatura layout: its own complete metadata
        from trafilatura.metadata import extract_metadata

        return extract_metadata(tree, url, options.date_params, options.fast, options.author_blacklist)


# ---------------------------------------------------------------------------------------------------------
# Layout tables

_SECTIONS = ("thead", "tbody", "tfoot")


def _rows(table) -> list:
    return [r for r in table if r.tag == "tr"] + [r for s in table if s.tag in _SECTIONS for r in s if r.tag == "tr"]


def _is_layout_table(table) -> bool:
    """A table whose cells hold page structure (a headline, several paragraphs, a figure, long prose) is layout.

    Data tables hold short values per cell; an old fixed-width page puts menu, headline and story into cells,
    and trafilatura then flattens each row into one `| ... |` line mixing furniture and story.
    """
    for row in _rows(table):
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            if cell.find(".//h1") is not None or cell.find(".//h2") is not None or cell.find(".//figure") is not None:
                return True
            if len(cell.findall(".//p")) >= 2 or cell.find(".//table") is not None:
                return True
            if len(cell.text_content()) > 600:
                return True
    return False


_PICTURE_CAPTION_MAX = 300


def _picture_table(table) -> bool:
    """A table that only lays out one picture and its caption (Blogger's `tr-caption-container`, old CMS
    image boxes): at most three rows, one image, the image's cell without text, the other cells short text."""
    rows = _rows(table)
    if not rows or len(rows) > 3 or len(table.findall(".//img")) != 1 or table.find(".//table") is not None:
        return False
    caption = 0
    for row in rows:
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            text = cell.text_content().strip()
            if cell.find(".//img") is not None:
                if text:
                    return False
            else:
                caption += len(text)
    return 0 < caption <= _PICTURE_CAPTION_MAX


def _to_figure(table) -> None:
    """The picture table as <figure>: its text cells become <figcaption>, the rest <div>s."""
    for row in _rows(table):
        for cell in row:
            if cell.tag in ("td", "th"):
                has_img = cell.find(".//img") is not None
                cell.tag = "div" if has_img or not cell.text_content().strip() else "figcaption"
        row.tag = "div"
    for child in table:
        if child.tag in _SECTIONS:
            child.tag = "div"
    table.tag = "figure"


def unwrap_page_forms(tree) -> int:
    """Make a `<form>` that wraps the page a `<div>`, in place; returns how many.

    ASP.NET WebForms puts the whole page inside one `<form id="aspnetForm">` (its postback needs it), and a
    form is furniture everywhere else here (no prose is counted inside one, nothing is put back from one,
    its lines get a sign-up hint). A form holding more than half of the text a reader sees on the page (not
    scripts, styles or a drop-down's options) is that wrapper, much as trafilatura's cleaning decides it; a
    search, login or sign-up form holds little text and stays."""
    forms = list(tree.iter("form"))
    if not forms:
        return 0
    body = tree.find(".//body")
    root = body if body is not None else tree
    # (cheap bounds first: a form's raw text is at least what a reader sees of it, and the page's raw text less
    # every script's, style's and drop-down's is at most what a reader sees of the page; a search box is out
    # at once, and only a form that may be the wrapper is walked)
    raw = len(root.text_content())
    least = raw - sum(len(el.text_content()) for el in root.iter(*_INVISIBLE))
    total = None
    n = 0
    for form in forms:
        if 2 * len(form.text_content()) <= least:
            continue
        if total is None:
            total = _visible_chars(root)
        if total and _visible_chars(form) > total / 2:
            form.tag = "div"
            n += 1
    return n




def _visible_chars(el) -> int:
    """Characters of text a reader sees in `el`: not a script's, a style's or a drop-down's options."""
    hidden: set = set()
    n = 0
    for node in el.iter():
        parent = node.getparent()
        parent_hidden = parent is not None and parent in hidden
        if parent_hidden or not isinstance(node.tag, str) or node.tag in _INVISIBLE:
            hidden.add(node)
        elif node.text:
            n += len(node.text.strip())
        if node is not el and node.tail and not parent_hidden:
            n += len(node.tail.strip())
    return n


def unwrap_layout_tables(tree) -> int:
    """Turn layout tables (see `_is_layout_table`) into nested <div>s and picture tables (see `_picture_table`)
    into <figure>s, in place; returns how many."""
    n = 0
    for table in list(tree.iter("table")):
        if _picture_table(table):
            _to_figure(table)
            n += 1
            continue
        if not _is_layout_table(table):
            continue
        n += 1
        for row in _rows(table):
            for cell in row:
                if cell.tag in ("td", "th"):
                    cell.tag = "div"
            row.tag = "div"
        for child in table:
            if child.tag in _SECTIONS:
                child.tag = "div"
        table.tag = "div"
    return n


# ---------------------------------------------------------------------------------------------------------
# Metadata helpers


_SITE_NAME = lxml.etree.XPath('/html/head/meta[@property="og:site_name"]/@content')


def _declared_site_name(tree) -> str | None:
    """The outlet's name as the page declares it in `og:site_name` (not trafilatura's guesses from the
    publisher's URL, a JSON-LD page name or the title, which may name a page or a person)."""
    for value in _SITE_NAME(tree):
        name = " ".join(repair_text(value).split())
        if name and "://" not in name:
            return name
    return None


def _authors(author: str | None, sitename: str | None) -> list[str]:
    if not author:
        return []
    site = (sitename or "").casefold().strip()
    out: list[str] = []
    for name in re.split(r"\s*;\s*", repair_text(author)):
        name = " ".join(name.split())
        if name and name.casefold() != site and name not in out:
            out.append(name)
    return out


def _published(value: str | None, fetched_at: datetime | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    dt = dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)
    now = datetime.now(timezone.utc)
    limit = now
    if fetched_at is not None:
        fa = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=timezone.utc)
        limit = min(now, fa)
    # date-only values mean "some time that day": compare days when the time is midnight
    if (dt.time() == datetime.min.time() and dt.date() > limit.date()) or (dt.time() != datetime.min.time() and dt > limit):
        return None
    return dt


def _norm_lang(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().replace("_", "-").split("-")[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _page_language(tree) -> str | None:
    root = tree.getroottree().getroot()
    declared = locale = None
    for meta in root.iter("meta"):     # (a loop over the few <meta>s costs less than an XPath query of the page)
        if declared is None and (meta.get("http-equiv") or "").lower() == "content-language":
            declared = meta.get("content")
        elif locale is None and meta.get("property") == "og:locale":
            locale = meta.get("content")
    for value in (root.get("lang"), root.get("xml:lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  declared, locale):
        lang = _norm_lang(value)
        if lang:
            return lang
    return None


def identify_language(text: str) -> str | None:
    """Language of a text by py3langid (ISO 639-1), None when there is too little text."""
    sample = text[:4000]
    if len(re.findall(r"\w", sample)) < 20:
        return None
    lang, _ = py3langid.classify(sample)
    return lang


def _canonical(tree) -> str | None:
    canonical = og_url = None
    for el in tree.iter("link", "meta"):
        if canonical is None and el.tag == "link" and el.get("rel") == "canonical":
            canonical = el.get("href")
        elif og_url is None and el.tag == "meta" and el.get("property") == "og:url":
            og_url = el.get("content")
    for value in (canonical, og_url):
        if value and value.strip():
            return value.strip()
    return None


# ---------------------------------------------------------------------------------------------------------
# Line context: where each extracted line sat in the page

_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link"}
_INVISIBLE = frozenset(_SKIP | {"select", "option", "textarea"})     # (what no reader sees as text)
_BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "td", "th", "dd", "dt", "blockquote",
          "div", "section", "article", "aside", "footer", "header", "nav", "caption", "pre", "address",
          "figure", "form", "ul", "ol", "table", "main", "body", "span", "small", "label", "button", "a"}
_STOP = {"article", "main", "body", "html"}
_LANDMARK = {"nav": "navigation", "footer": "navigation", "aside": "related", "form": "newsletter",
             "button": "share", "figcaption": "photo_credit"}
_CLASS_HINTS = {
    "cookies": {"cookie", "cookies", "consent", "gdpr", "onetrust", "didomi", "privacy"},   # (no "cmp": see above)
    "newsletter": {"newsletter", "subscribe", "subscription", "signup", "optin", "paywall", "regwall"},
    "share": {"share", "sharing", "social", "sociallinks", "follow", "sharebar"},
    "related": {"related", "recommended", "recirculation", "readmore", "teaser", "promo", "outbrain", "taboola",
                "alsoread", "readalso", "mustread", "readnext", "morestories"},
    "advertising": {"ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "dfp", "adslot"},
    "photo_credit": {"caption", "credit", "credits", "photocredit", "figcaption", "imagecredit"},
    "copyright": {"copyright", "legal", "disclaimer"},
    "navigation": {"nav", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "kicker", "flag", "uptitle",
                   "overline", "eyebrow", "supertitle", "logo", "tags", "tag",
                   "topics", "category", "categories", "rubric", "sectionlabel"},
    # reading-time boxes, named by compounds of hyphenated class names ("read-time", "reading-duration")
    "timestamp": {"readtime", "readingtime", "readduration", "readingduration", "timetoread", "readlength",
                  "readingestimate"},
    "wire_end": {"wireend", "storyend", "endmark"},
    # an author's numbered note under the story (Substack's "footnote-content", WordPress plugins' "footnotes",
    # "endnote"): no sentence of the story itself, whatever it says (trafilatura drops a "footnotes" box whole)
    "footnote": {"footnote", "footnotes", "footnotecontent", "endnote", "endnotes"},
    # readers' comments under the story, when the extraction kept them: the thread's list or a comment's text
    # (not "comment" alone: British papers call their opinion section "Comment"; not "comments" alone either: a
    # story's wrapper says "has-comments", a box of readers' views "reader-comments")
    "comments": {"commentlist", "commentslist", "commentcontent", "commentbody", "commenttext", "commentthread"},
}
_TOKEN_HINT = {tok: fam for fam, toks in _CLASS_HINTS.items() for tok in toks}
# Class/id tokens of the headline's companion line (dek, standfirst, strapline; "spot" and "sapo"/"chapo" as
# Turkish and French newsrooms call it, "soustitre", "Unterzeile", "subtítulo"/"entradilla"/"bajada",
# "подзаголовок", the Scandinavian "ingress", Sitevision's "preamble", Shorthand's "Theme-LeadIn"). Not a family
# hint: clean() only removes such a line before the story starts (rule "standfirst"), so a crosshead styled
# "subtitle" in the story stays.
_STANDFIRST_TOKENS = {"subtitle", "standfirst", "dek", "deck", "strapline", "subheadline", "sapo", "chapo",
                      "chapeau", "spot", "subheader", "subhead", "subheading", "underheadline", "descr",
                      "soustitre", "unterzeile", "subtitulo", "entradilla", "bajada", "podzagolovok", "description",
                      "summary", "ingress", "preamble", "leadin"}
# ... and a weaker one, a standfirst only right after the <h1>: Optimizely's (Episerver's) Alloy templates write
# <h1> then <p class="introduction">; elsewhere an "introduction" or "chapter-introduction" may open the story (not
# "intro": a "story-intro" box holds the story's first paragraph; not "lead": "lead-initial" is one with a drop cap)
_STANDFIRST_AFTER_H1 = frozenset({"introduction"})
# ... and the same words closing a compound the class name was written in camel case, after a word for the article
# itself ("edn_articleSummary", "postSubtitle" come out as "articlesummary", "postsubtitle"; a "matchSummary",
# "keyPointsSummary" or "sectionSubtitle" is the story's own box or crosshead). "excerpt" only so: the post's
# excerpt WordPress and October CMS themes print under the title ("entry-excerpt", "blog-post-excerpt"), where a
# "book-excerpt" opening a review is the story's
_STANDFIRST_OWNERS = ("article", "post", "entry", "news", "headline", "title", "story")
_STANDFIRST_SUFFIXES = ("summary", "subtitle", "standfirst", "strapline", "subheadline", "excerpt")
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}


def _owned_by_article(tok: str) -> bool:
    """A compound whose words before its closing one name the article ("articlesummary", "postsubtitle", and
    with a platform's prefix before them, Sitefinity's "sfnewsSummary" -> "sfnewssummary")."""
    suffix = next(s for s in _STANDFIRST_SUFFIXES if tok.endswith(s))
    head = tok[:-len(suffix)]
    return head.startswith(_STANDFIRST_OWNERS) or len(head) <= 8 and head.endswith(_STANDFIRST_OWNERS)


_SPLIT_CLASS = re.compile(r"[\W_]+")     # (letters outside ASCII stay in their token: an id "sonraki-adım")


_FIRST_TOKEN = re.compile(r"\S+")


def _key(text: str) -> str:
    return " ".join(text.split())


def line_contexts(tree, lines: list[str], *, max_words: int = 40, classes: "ClassCounts | None" = None) -> list[dict]:
    """Per extracted line: block tag, link density, figure membership and boilerplate hints from the markup.

    Only lines of up to `max_words` words are located (long paragraphs are story text whatever their markup);
    a line is found by the text node it starts with. Hints come from boxes holding at least half of the line
    and not much more than it. Lines not looked up or not found get {}.
    """
    out: list[dict] = [{} for _ in lines]
    wanted: dict[str, list[int]] = {}
    keys: dict[int, str] = {}
    for i, line in enumerate(lines):
        k = _key(line)
        if k.startswith("- "):     # a list item: trafilatura writes "- " before the item's own text
            k = k[2:]
        elif k.startswith("| "):   # a table row, "| cell | cell |": located by its first cell
            k = next((c.strip() for c in k.strip("|").split(" | ") if c.strip() and set(c.strip()) - set("-:")), "")
        if k and len(k.split()) <= max_words:
            keys[i] = k
            first = k.split(" ", 1)[0]
            wanted.setdefault(first, []).append(i)
            # (a bold label whose colon sits in the text after it, "<b>Tonight</b>: cloud 10% ...", starts its
            # line with a text node of the bare word)
            bare = first.rstrip(":;,")
            if bare and bare != first:
                wanted.setdefault(bare, []).append(i)
    if not wanted:
        return out
    signup = _signup_boxes(tree)
    classes = classes if classes is not None else ClassCounts(tree)
    texts: dict = {}   # element -> its text_content(): the lines of one box share their ancestors
    # Every place a line could sit, in document order. The extracted lines follow the page's order, so each
    # line takes its first place after the place of the line before it: a heading repeated earlier in a table
    # of contents or a key-points list is then not mistaken for the heading in the story.
    # The walk assigns them as it goes and stops once every line has its place in order; what is left when
    # the page ends (a line found only before the line preceding it) is assigned after the walk, the same way.
    places: dict[int, list[tuple[int, object]]] = {}
    hidden: dict[int, object] = {}
    order = sorted(keys)
    nxt, after = 0, -1
    for position, (node, owner) in enumerate(_line_starts(tree, wanted)):
        nk = _key(node)
        first = nk.split(" ", 1)[0]
        if first not in wanted or owner is None or not isinstance(owner.tag, str) or owner.tag in _SKIP:
            continue
        for i in wanted[first]:
            if keys[i].startswith(nk) and _holds(owner, nk, keys[i]):
                if _hidden(owner):
                    # (a hidden copy is the line's place only when the reader sees it nowhere: a sign-up
                    # form's thank-you message, hidden until the form is sent)
                    hidden.setdefault(i, owner)
                else:
                    places.setdefault(i, []).append((position, owner))
        while nxt < len(order) and places.get(order[nxt]) and places[order[nxt]][-1][0] > after:
            i = order[nxt]
            position, owner = next(p for p in places[i] if p[0] > after)
            out[i] = _context_of(owner, keys[i], signup, texts, classes)
            after, nxt = position, nxt + 1
        if nxt == len(order):
            break
    for i in order[nxt:]:
        found = places.get(i)
        if not found:
            if i in hidden:
                out[i] = _context_of(hidden[i], keys[i], signup, texts, classes)
            continue
        position, owner = next((p for p in found if p[0] > after), found[0])
        out[i] = _context_of(owner, keys[i], signup, texts, classes)
        after = position
    return out


# every text node holding more than whitespace, in document order, as lxml "smart strings" that know their element
_TEXT_NODES = lxml.etree.XPath("//text()[normalize-space(.) != '']")


def _line_starts(tree, firsts) -> list[tuple[str, object]]:
    """(text node, the element it sits in) for each text node of the page, in document order, whose first
    word is in `firsts` (the first words of the lines looked for).

    libxml2 skips the whitespace-only nodes in C (most of a page's text nodes are the indentation between
    tags), which costs less than walking every start and end of every element in Python."""
    out = []
    for node in _TEXT_NODES(tree):
        first = node.split(None, 1)   # (empty for a node of non-breaking spaces, which XPath keeps)
        if first and first[0] in firsts:
            parent = node.getparent()
            out.append((node, parent.getparent() if node.is_tail and parent is not None else parent))
    return out


def _hidden(el) -> bool:
    """`el` sits in a box hidden from the reader by an inline style or the hidden attribute (a stylesheet's
    hiding is out of sight here). A hidden copy of a line (schema.org microdata in a "display: none" span, as
    Plone prints the description) is no place of it: the line is where the reader sees it."""
    node = el
    for _ in range(_HIDDEN_LEVELS):
        if node is None:
            return False
        if node.get("hidden") is not None:
            return True
        style = node.get("style")
        if style and "none" in style and "display:none" in style.replace(" ", "").lower():
            return True
        node = node.getparent()
    return False


_HIDDEN_LEVELS = 3      # (the hidden microdata and form messages sit within a few levels of their text)


def _holds(owner, node_text: str, line: str, *, levels: int = 4) -> bool:
    """The text node starting `line` is really where it sits: the node is the whole line, or a box around it
    not much larger than the line holds all of it. (A link "Power cuts" in a key-events list is not the subheading "Power cuts rise to
    38,000 homes" further down, though the line starts with its text.)"""
    if len(node_text) >= len(line):
        return True
    el, limit = owner, 2 * len(line) + 50
    for _ in range(levels):
        if el is None or not isinstance(el.tag, str):
            return False
        content = _key(el.text_content())
        if len(content) > limit:          # a box much larger than the line says nothing about it
            return False
        # (cells and list items join without a space in the box's text, "CrossingStatusChain ferry", where the
        # extraction flattening them wrote one: the line is there all the same)
        if line in content or " " in line and line.replace(" ", "") in content.replace(" ", ""):
            return True
        el = el.getparent()
    return False


def _text_of(el, texts: dict | None) -> str:
    if texts is None:
        return el.text_content()
    try:
        return texts[el]
    except KeyError:
        content = texts[el] = el.text_content()
        return content


def _in_mediawiki_text(el) -> bool:
    """`el` sits in MediaWiki's parsed page text ("mw-parser-output", or the "mw-content-text" box)."""
    return any(a.get("id") == "mw-content-text" or "mw-parser-output" in (a.get("class") or "").split()
               for a in el.iterancestors())


_TEASER_WORDS = 25            # a teaser card's text: a line or two under its title
_TEASER_CARD_LEVELS = 4
_TEASER_CARDS_MIN = 3


def _in_teaser_card(block, texts: dict | None) -> bool:
    """The paragraph sits in one of a run of three or more sibling cards of one class, each with a heading and a
    link to another page of the site: a grid of teasers to other stories ("More from ..." tiles under the story,
    Mobirise's "features" items: picture, title, one line, a button); the page's story has no link in every
    section, and a listicle's cards link out to other sites."""
    node = block
    for _ in range(_TEASER_CARD_LEVELS):
        card = node.getparent()
        if card is None or card.tag in _STOP:
            return False
        value = card.get("class")
        # (a card of a grid has a neighbour of its class: most boxes have none, and are passed at once)
        if value and (_same_class(card.getnext(), value) or _same_class(card.getprevious(), value)):
            grid = card.getparent()
            if grid is not None and _remembered(texts, (grid, value, "teasers"), lambda: _teaser_grid(grid, value)):
                return True
        node = card
    return False


def _same_class(el, value: str) -> bool:
    return el is not None and el.get("class") == value


def _teaser_grid(grid, value: str) -> bool:
    cards = [c for c in grid if isinstance(c.tag, str) and c.get("class") == value]
    return len(cards) >= _TEASER_CARDS_MIN and all(
        next(c.iter(*_HEADINGS), None) is not None and any(_own_site_link(a.get("href")) for a in c.iter("a"))
        for c in cards)


def _own_site_link(href: str | None) -> bool:
    """A link to another page of the same site, written relative ("/news/x", "x.html"): a teaser's. A listicle's
    cards link out to the places they review, with full addresses."""
    href = (href or "").strip()
    return bool(href) and href[0] != "#" and not _ABSOLUTE_LINK.match(href)


_ABSOLUTE_LINK = re.compile(r"(?:[a-z][a-z0-9+.-]*:|//)", re.I)


def _remembered(memo: dict | None, key, compute):
    """`compute()`, remembered in `memo` under `key` (the lines of one box share their ancestors)."""
    if memo is None:
        return compute()
    try:
        return memo[key]
    except KeyError:
        value = memo[key] = compute()
        return value


def _in_page(a) -> bool:
    """A link to a place on the same page ("#why"): a permalink or a jump, not a way off the page."""
    return (a.get("href") or "").lstrip().startswith("#")


def _context_of(el, line: str, signup: frozenset = frozenset(), texts: dict | None = None,
                classes: "ClassCounts | None" = None) -> dict:
    block = el
    while block is not None and (not isinstance(block.tag, str) or block.tag not in _BLOCK or block.tag in ("a", "span", "small")):
        parent = block.getparent()
        if parent is None:
            break
        block = parent
    if block is None:
        block = el
    total = len(_text_of(block, texts).strip()) or 1
    # (a heading's link to itself, "<h2 id=why><a href=#why>Why ...?</a></h2>" as Markdown renderers write their
    # permalinks, leads nowhere: a crosshead stays story text)
    if block.tag in _HEADINGS:
        linked = sum(len(a.text_content().strip()) for a in block.iter("a") if not _in_page(a))
    else:
        linked = _remembered(texts, (block, "a"), lambda: sum(len(a.text_content().strip()) for a in block.iter("a")))
    # the link the line starts in: the element itself, or a link around it inside the block ("<a href=/brief><b>The
    # Town Hall Brief: ...</b></a>" run into a paragraph's end and split off onto a line of its own)
    link = el
    while link is not None and link is not block and link.tag != "a":
        link = link.getparent()
    if link is not None and link.tag == "a" and block is not link and not (block.tag in _HEADINGS and _in_page(link)):
        linked = max(linked, len(link.text_content().strip()))
        # the line is the link (after a <br> in a paragraph of the story); a link around bold text split off a
        # paragraph's end only when it is no sentence (a promo's label; a linked sentence "The full list is on the
        # ministry's website." is the story's)
        if _key(link.text_content()) == line and (link is el or not _SENTENCE_END.search(line)):
            linked = total
    ctx: dict = {"tag": block.tag, "link_density": round(min(1.0, linked / total), 3), "in_figure": False}
    hints: list[str] = []
    limit = max(2.5 * len(line), 250)
    need = 0.5 * len(line)
    node, depth, small, covers, in_table = el, 0, True, False, False
    above_block = False
    while node is not None and depth < 12:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _STOP:
            break
        above_block = above_block or node is block
        if tag == "table":
            if not in_table and "infobox" in (node.get("class") or "").split() and "infobox" not in hints \
                    and _in_mediawiki_text(node):
                # MediaWiki's infobox: the summary table the wiki's template floats beside the article (a
                # news CMS's "infobox" is the story's fact box, and a table so named on a news page its table)
                hints.append("infobox")
            in_table = True
        elif tag == "figcaption" or tag == "figure" and not in_table:
            # (a table the editor wraps in a <figure>, as CKEditor 5 does, is the story's table, not a picture)
            ctx["in_figure"] = True
        # ancestors only grow: once one is much larger than the line, its classes describe a container; a
        # box holding less than half of the line (a credit span the line runs on from) does not describe it
        if small:        # once an ancestor is too large all above it are: only figure tags are still looked for
            content = _text_of(node, texts)
            small = len(content) <= limit
            covers = covers or len(_key(content)) >= need
        if small and covers:
            if tag == "a" and node is not block and above_block and node.get("href") and not _in_page(node):
                # a card whose headings and text all sit inside one link (a link preview: title, description,
                # domain): every line of it is link text, though no <a> is inside its own block
                ctx["link_density"] = 1.0
            if node.get(_RUN_IN_LABEL) is not None and "navigation" not in hints:
                hints.append("navigation")     # a section label split off the paragraph it ran into
            fam = _LANDMARK.get(tag)
            if fam and fam not in hints and tag != "figcaption" and node.get(_RECOVERED) is None:
                hints.append(fam)
            # (most boxes have neither class nor id: nothing to read, and nothing worth remembering)
            cls = node.get("class")
            if cls or node.get("id"):
                fams, standfirst = _remembered(texts, (node, "names"), lambda: _name_hints(node, content))
                for fam in fams:
                    if fam not in hints:
                        hints.append(fam)
                if standfirst:
                    ctx["standfirst"] = True
                elif cls and not _STANDFIRST_AFTER_H1.isdisjoint(_split_names(cls)) and _after_h1(node):
                    ctx["standfirst"] = True
        node = node.getparent()
        depth += 1
    if signup and len(line) <= _SIGNUP_LINE_CHARS and _in_signup_box(el, signup):
        if "newsletter" not in hints:
            hints.append("newsletter")
        ctx["signup"] = True
    elif signup and len(line) <= _SIGNUP_LINE_CHARS and _before_signup_box(
            block, _remembered(texts, "before_signup", lambda: _before_signup(signup))):
        ctx["before_signup"] = True
    if "comments" not in hints and _remembered(texts, "comment_lists", lambda: _comment_lists_on_page(el, classes)) \
            and _in_comment_list(el):
        hints.append("comments")
    if block.tag == "p" and not hints and len(line.split()) <= _TEASER_WORDS and _in_teaser_card(block, texts):
        hints.append("related")
    if hints:
        ctx["hints"] = hints
    if block.tag in ("p", "div") and (_in_headline_header(block) or ctx.get("standfirst") is True and (
            _after_h1(block) and _names_the_dek(block) or _between_headline_and_body(block))):
        # (where it sits, not only what it is called: see clean; a paragraph the class also names, "article-full__
        # intro" in the headline's header, is the header's all the same; and so is one its class calls the
        # standfirst right under the <h1> by a word that names nothing else, or Grav's microformat "p-summary": a
        # "summary" or "description" may be the story's first paragraph -- unless it stands between the headline
        # and the box of the story's paragraphs, outside that box: a CMS's summary field printed over its body)
        ctx["standfirst"] = "header"
    elif "standfirst" not in ctx and block.tag in _HEADINGS and _under_headline(block):
        ctx["standfirst"] = True
    elif "standfirst" not in ctx and (block.get("itemprop") or "").lower() == "alternativeheadline":
        # (schema.org's subtitle, which Contao's and other CMSs' templates print under the <h1>)
        ctx["standfirst"] = True
    if not ctx["in_figure"] and block.tag in ("p", "div") and _image_first(block, line, texts):
        ctx["in_figure"] = True
    if block.tag in _HEADINGS and _heads_link_list(block):
        ctx["links_under"] = True
    apart = _set_apart(el, block, line, texts, classes)
    if apart == "classed_p":
        # a box, of the weakest kind: a <p> of the story's run with a class of its own ("notice-box"), which
        # editors also give the story's own practical note
        ctx["apart"], ctx["classed_p"] = "box", True
    elif apart:
        ctx["apart"] = apart
    return ctx


# An inline element wrapping a whole line (a paragraph, or a line after a <br>): small print, or emphasis
# (italic or bold) as publishers set their notes, prompts and update lines apart from the story's paragraphs.
_APART_INLINE = {"small": "fine_print", "em": "italic", "i": "italic", "strong": "bold", "b": "bold"}
_SMALL_FONT = {"1", "2", "-1", "-2"}      # <font size="1"> is the small print of old table layouts
# Class words of a box that holds the story's own text (one text component per paragraph, a lead, a quote, a
# fact box, an update): such a box is not set apart from the story even when it is the only one of its kind.
_CONTENT_TOKENS = {"body", "content", "bodytext", "richtext", "prose", "article", "entry", "story", "post",
                   "paragraph", "para", "lead", "intro", "quote", "blockquote", "pullquote", "frame", "field",
                   "chunk", "section", "dropcap", "drop", "first", "opening", "fact", "facts", "factbox", "keyfacts",
                   "update", "updates", "infobox", "infokasten"}
# ... and the compounds editors name their fact boxes with ("factfile", "factsheet", "facts-panel")
_CONTENT_PREFIXES = ("fact",)
# Class words that say how a box looks or where it sits, not what it is ("has-text-align-center", "t-col_8",
# the wrappers and table styles of SharePoint's editor, "canvasRteResponsiveTable", "simpleTableStyleNeutral";
# "rte", a rich-text editor, is a look too: CMSs add it to promo fields as well as to the story).
_STYLE_WORDS = {"text", "wrapper", "wrap", "inner", "outer", "container", "column", "col", "row", "grid", "block",
                "align", "aligncenter", "center", "left", "right", "justify", "has", "font", "size", "large", "small",
                "medium", "color", "background", "bold", "italic", "clearfix", "layout", "flow", "constrained",
                "global", "padding", "margin", "full", "wide", "the", "and", "item", "widget", "element", "table",
                "fixed", "striped", "bordered", "responsive", "hover", "group", "style", "simple", "neutral", "banded",
                "rte", "canvas", "alternate", "rows", "dashed", "dotted", "border", "borders", "zebra", "stripes",
                "condensed", "compact", "sortable"}
# modifiers of state or style, and the cards of Ghost's editor ("kg-callout-card", "kg-toggle-card"): cards
# the author writes into the post, so their class says nothing of the page's furniture. (The Froala editor's
# table styles, Kentico's rich text, "fr-alternate-rows", "fr-dashed-borders", are look words above; not the
# whole "fr-" prefix, which the French government's design system uses for its callouts and share boxes.)
_MODIFIER_PREFIXES = ("has-", "is-", "has_", "is_", "kg-")
_BOX_SLACK = 1.5, 40       # a box "holds only the line" when its text is at most this much longer
_PANEL_CHARS, _PANEL_BLOCKS = 400, 4
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NAME_WORD = re.compile(r"[a-z]*[aeiouy][a-z]*")


@functools.lru_cache(maxsize=4096)   # a page's few class values are asked about for line after line
def _names_a_box(value: str, *, content: bool = False) -> bool:
    """A class that names what its box is: a word of three letters or more (with a vowel) that is neither
    about looks nor (unless `content`) about story content. Generated names ("_2Bkyp", "kvdbP", "ci bh ew"),
    style classes and content wrappers say nothing of the sort."""
    words = _class_words(value)
    return (content or _CONTENT_TOKENS.isdisjoint(words) and not any(w.startswith(_CONTENT_PREFIXES) for w in words)) \
        and any(len(w) >= 3 and w not in _STYLE_WORDS and _NAME_WORD.fullmatch(w) for w in words)


@functools.lru_cache(maxsize=4096)
def _class_words(value: str) -> frozenset[str]:
    """The words of a class attribute, camelCase split too ("itemIntroText" gives item, intro, text). Of a BEM
    name ("article-body__share-note") only the element's part counts: it says what the box is, the block's
    part only where it sits."""
    # (a modifier of state or style says nothing of what the box is: WordPress's "has-pale-ocean-gradient-
    # background", "is-layout-flow", a theme's "is-style-rounded"; see _MODIFIER_PREFIXES)
    return frozenset(t for name in value.split() if not name.startswith(_MODIFIER_PREFIXES) for t in _name_words(name))


def _bem_element(name: str) -> str:
    """The element's part of a BEM name, or the whole name when that part only repeats the tag or a look
    ("seismic-feed__table", "closures__wrapper": the block's part is then what names the box)."""
    block, sep, element = name.rpartition("__")
    if not sep:
        return name
    words = [w for w in _SPLIT_CLASS.split(_CAMEL.sub(" ", element).lower()) if w]
    return name if all(w in _STYLE_WORDS for w in words) else element


def _set_apart(el, block, line: str, texts: dict | None = None, classes: "ClassCounts | None" = None) -> str | None:
    """How the line's paragraph is set apart from the story's plain paragraphs, if it is:

    - "fine_print": the whole line is in <small> (or an old layout's <font size="1">);
    - "italic" or "bold": the whole line is in one <em> or <i>, <strong> or <b> (a paragraph of its own, or a
      line after a <br> in a paragraph of the story);
    - "box": the paragraph is the only text of a box (<div>, <aside>, <section>) whose class names it and no
      other element of the page has, alone or with a heading or button, a <p> with such a class among the
      story's paragraphs, or a text <div> with such a class (a callout, a card, a note, a prompt); also a
      heading of such a box (see `_heading_apart`).

    This is markup evidence, not a verdict: subheadings and interview questions are set in bold too, and
    `clean` weighs it with the line's own features."""
    if block.tag in _HEADINGS:
        return _heading_apart(block, texts, classes) or _card_apart(block, texts, classes)
    if block.tag in ("td", "th", "caption"):
        return _table_apart(block, classes) or _card_apart(block, texts, classes)
    if block.tag in _CARD_ITEMS:
        return _card_apart(block, texts, classes)
    if block.tag not in ("p", "div"):
        return None
    if block.tag == "p" and _card_apart(block, texts, classes):
        return "box"
    node = el
    while node is not None and node is not block:
        tag = node.tag if isinstance(node.tag, str) else ""
        kind = _APART_INLINE.get(tag) or ("fine_print" if tag == "font" and node.get("size") in _SMALL_FONT else None)
        # the whole line in it: a paragraph of its own, or a line after a <br> in a paragraph of the story
        if kind and _key(_text_of(node, texts)) == line:
            return kind
        # a short line that is a one-off inline box named as one, split off the story's line
        # (`split_inline_furniture`): "<span class=img-provenance>Photo from the family album</span>"
        if tag == "span" and classes is not None and len(line.split()) <= _SPAN_BOX_WORDS:
            value = node.get("class")
            if value and _names_a_box(value) and classes.get(value, 0) == 1 and _key(_text_of(node, texts)) == line:
                return "box"
        node = node.getparent()
    # one of a kind: no other element of the page has the class (a wrapper every paragraph gets is not a box)
    once = (lambda value: classes.get(value, 0) == 1) if classes is not None else (lambda value: True)
    if block.tag == "div":
        # a text box of its own (a <div> holding only the line's text, no blocks inside), named as a box
        # (blocks inside an old editor's <font> count too, and the div must hold little more than the line:
        # a <font> may wrap the whole story typed with <br>s in the div)
        own = block.get("class")
        if own and _names_a_box(own) and once(own) and not _holds_blocks_through_font(block) \
                and len(_key(_text_of(block, texts))) <= _BOX_SLACK[0] * len(line) + _BOX_SLACK[1]:
            return "box"
        return None
    parent = block.getparent()
    if parent is None:
        return None
    own = block.get("class")
    if own and _names_a_box(own) and once(own):
        # among the story's paragraphs: the nearest ancestor holding a few (each may have a wrapper of its own)
        scope = parent
        for _ in range(_SCOPE_LEVELS + 1):
            if _count_paragraphs(scope) >= 3:
                return "classed_p"
            scope = scope.getparent()
            if scope is None:
                break
    box_class = _box_name(parent)
    # a paragraph that wears the class the story's other paragraphs wear ("body-text") is the story's own
    # paragraph, highlighted in a panel: not the panel's furniture
    if own and classes is not None and classes.get(own, 0) > 1:
        return None
    if parent.tag in ("div", "aside", "section") and box_class and _names_a_box(box_class) and once(box_class):
        content = _key(_text_of(parent, texts))
        whole = _key(_text_of(block, texts))
        if len(content) <= _BOX_SLACK[0] * len(whole) + _BOX_SLACK[1]:
            return "box"
        # a small panel: the line, its only paragraph, with a heading and a button or link (a sign-up, an appeal,
        # a tip line); a wrapper of several paragraphs (a paywall's rest of the story) is not one, nor is a
        # highlighted box of the story (a subheading and its paragraph, no control)
        kids = [k for k in parent if isinstance(k.tag, str)]
        if len(content) <= _PANEL_CHARS and len(kids) <= _PANEL_BLOCKS and sum(k.tag == "p" for k in kids) == 1 \
                and _has_control(kids):
            return "box"
    return None


_SCOPE_LEVELS = 4
_LIST_ITEMS_MAX = 12


_WRAPPER_CHILDREN = 3      # (an only element child, beside a comment or two)


def _box_name(box) -> str | None:
    """The class that names `box`: its own, or when it is a wrapper that only styles the box ("wp-block-group
    has-background"), the class of the box it alone fills, up to two levels up ("newspack-inline-popup")."""
    named, value = box, box.get("class")
    for _ in range(2):
        if value and _names_a_box(value, content=True):
            break
        outer = named.getparent()
        if outer is None or outer.tag not in ("div", "aside", "section") or len(outer) > _WRAPPER_CHILDREN \
                or sum(1 for k in outer if isinstance(k.tag, str)) != 1:
            break
        named, value = outer, outer.get("class")
    return value


def _heading_apart(heading, texts: dict | None, classes: "ClassCounts | None") -> str | None:
    """A heading set apart ("box"): it heads a one-off named box of the page's furniture rather than a part of
    the story -- the box holds only the heading and a list of links (a module of headlines), or the heading
    with one short paragraph and a button (a sign-up or an appeal panel)."""
    box = heading.getparent()
    value = _box_name(box) if box is not None else None
    # (a module of links is never the story's text, so "story-recirc" names one)
    if box is None or box.tag not in ("div", "aside", "section") or not value or not _names_a_box(value, content=True):
        return None
    if classes is not None and classes.get(value) != 1:
        return None
    kids = [k for k in box if isinstance(k.tag, str) and k is not heading]
    if len(kids) == 1 and kids[0].tag == "table":
        # the heading of a widget's small table ("Power cuts now" over its areas) is apart when the table is
        cell = next(kids[0].iter("td", "th"), None)
        return "box" if cell is not None and _table_apart(cell, classes) == "box" else None
    if len(kids) == 1 and kids[0].tag in ("ul", "ol"):
        items = [li for li in kids[0] if li.tag == "li"]
        text = len(_key(_text_of(kids[0], texts))) or 1
        linked = sum(len(_key(a.text_content())) for a in kids[0].iter("a"))
        return "box" if 0 < len(items) <= _LIST_ITEMS_MAX and linked >= 0.6 * text else None
    if _names_a_box(value) and len(kids) <= _PANEL_BLOCKS - 1 and sum(k.tag == "p" for k in kids) <= 1 \
            and not any(k.tag in _HEADINGS or k.tag in ("ul", "ol", "figure", "table") for k in kids) \
            and len(_key(_text_of(box, texts))) <= _PANEL_CHARS and _has_control(kids):
        return "box"
    return None


_LINK_ITEM_SHARE = 0.8


def _heads_link_list(heading) -> bool:
    """The heading's next element is a list of two or more items that are each all but wholly link text (a
    related-links module: "Elsewhere in the borough today" over its headlines). The extraction may drop the
    list and keep the heading, which clean() then knows for that module's title."""
    nxt = heading.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):      # (a comment)
        nxt = nxt.getnext()
    if nxt is None or nxt.tag not in ("ul", "ol") or (heading.tail or "").strip():
        return False
    items = [li for li in nxt if isinstance(li.tag, str)]
    if len(items) < 2 or any(li.tag != "li" for li in items):
        return False
    for li in items:
        text = len(_key(li.text_content()))
        links = [a for a in li.iter("a") if not _in_page(a)]
        # (links to documents, "The full inspection report (PDF)", are the story's sources under its crosshead)
        if any(_DOCUMENT_LINK.search(a.get("href") or "") for a in links):
            return False
        linked = sum(len(_key(a.text_content())) for a in links)
        if not text or linked < _LINK_ITEM_SHARE * text:
            return False
    return True


_DOCUMENT_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|ods|csv|pptx?|zip)(?:[?#]|$)", re.I)


_CARD_ITEMS = ("li", "dt", "dd")
_CARD_BODY = ("ul", "ol", "dl", "table")
_CARD_LEVELS = 4
_CARD_ITEM_WORDS = 14
_CARD_NOTE_WORDS = 20
_CARD_LINK_WORDS = 4
_STORY_LIST_WORDS = {"story", "article", "body", "content", "post", "entry", "prose", "richtext"}


def _card_apart(block, texts: dict | None, classes: "ClassCounts | None") -> str | None:
    """A line of a data card ("box"): a one-off box named as one, whose only children are one list, definition
    list or table of at most twelve short items that are no sentences, and a title (a heading or a short
    paragraph) before it, a source line after it, or both -- a widget's readings, opening times, dates or
    scores ("Snow report" over its depths and lifts, "Showing today" over films and times). A fact box of the
    story is named as one ("factbox", "key-facts") or not named at all, and its items may be sentences."""
    node = block
    for _ in range(_CARD_LEVELS):
        box = node.getparent()
        if box is None:
            return None
        if box.tag in ("div", "aside", "section"):
            return _remembered(texts, (box, "card"), lambda: _is_card(box, texts, classes))
        node = box
    return None


def _is_card(box, texts: dict | None, classes: "ClassCounts | None") -> str | None:
    kids = [k for k in box if isinstance(k.tag, str)]
    bodies = [k for k in kids if k.tag in _CARD_BODY]
    if len(bodies) != 1 or not 2 <= len(kids) <= 3:
        return None
    # a title before the list, a source line after it ("Live data from the operator"), or both: each a heading
    # or a short paragraph, no paragraph of the story
    # (or the card's link to its page, "All clean-ups ›", a bare arrow, or its search form, "Postcode [ ] Search")
    for k in kids:
        if k is not bodies[0] and not (k.tag in _HEADINGS or k.tag == "p"
                                       and len(_key(_text_of(k, texts)).split()) <= _CARD_NOTE_WORDS
                                       or k.tag in ("a", "form")
                                       and len(_key(_text_of(k, texts)).split()) <= _CARD_LINK_WORDS):
            return None
    value = box.get("class")
    if not value or not _names_a_box(value) or _data_named(value):
        return None
    if classes is not None and classes.get(value) != 1:
        return None
    body = bodies[0]
    # (a list or table that says it is the story's own, "results-table" or "story-list", is no widget's; what the
    # card's own list is called, "sun-card__facts", does not make the card a fact box: its box's name says that)
    words = _class_words(body.get("class") or "")
    if _data_named(body.get("class") or "") or not _STORY_LIST_WORDS.isdisjoint(words):
        return None
    items = [_key(_text_of(item, texts)) for item in body.iter("li", "dt", "tr")]
    if not 0 < len(items) <= _LIST_ITEMS_MAX:
        return None
    # a box whose name ends on what a widget is ("memorial-bench-notice", "rail-bus-panel", "pitch-booker") is
    # the page's own service panel: its items may run longer and read as clauses ("Insurance: public liability
    # cover of at least £5m, from a broker or your residents' group"), though never as sentences
    # ... and so is a box named for its subject in two words or more, none of them a story box's ("clinic-sessions",
    # "bat-help"), whose every item, three or more, is a label and its value, and which tells when or how to reach
    # the service (an hour, a phone number, an address): a service panel, set out as one (a story's cost box,
    # "<b>Bridge structure:</b> £1.2m ...", gives none of these)
    # ... and so is a one-off box whose labels, most of them, ask the reader's questions or speak to the reader
    # ("Who can get one", "Where to collect", "Please bring", "Wie einlösen"): the way to a service, set out for
    # its users (a story's figures are labelled by what they measure, "Lowest temperature", "Seats won")
    widget = (_widget_named(value) or len(items) >= _SERVICE_PANEL_ITEMS and (
        _subject_named(value) and any(_SERVICE_READING.search(item) for item in items)
        or _reader_labels(body))) and _all_labelled(body, items)
    longest = _CARD_READINGS_WORDS if widget else _CARD_ITEM_WORDS
    for item in body.iter("li", "dt", "dd", "td", "th"):
        text = _key(_text_of(item, texts))
        words = text.split()
        # (a separator between a reading's parts, "Sat 9 May · Marram Bay dunes · 9.30am", is no word)
        count = sum(1 for w in words if any(c.isalnum() for c in w))
        # (a service panel's term may be the reader's question, "¿Hay que pedir cita en el centro?", its answer
        # after it: a sentence in it is no story's)
        if count > longest and not (count <= _CARD_READINGS_WORDS and _readings(text)) \
                or len(words) > 4 and words[-1][-1] in ".!?" and not (widget and item.tag == "dt" and words[-1][-1] == "?"):
            return None
    # a list whose every item is a clause in words (the rules in force in a fact box: "Birds, eggs and poultry
    # litter cannot be moved without a licence") is the story's; a card's items are readings -- figures, times,
    # names and values run together ("A629 Brigstone Road updated 1 min ago", "Mill Lane Chemist · until 8pm")
    if not widget and len(items) >= 2 and all(_clause_item(item) for item in items):
        return None
    return "box"


# a widget's item: a label and a colon before its value ("Apply by: eight weeks before"), or parts set off by a spaced
# dash, a middle dot or a bar ("Pinewood Park, by the bandstand, £1,200 – around 18 months")
_LABELLED_ITEM = re.compile(r"^[^:]{2,60}:\s\S|\s[–—]\s|[·|•]")


def _all_labelled(body, items: list[str]) -> bool:
    """Every item of the list (`items`, its texts) is a widget's reading (`_LABELLED_ITEM`, or a label in bold
    opening the item, `_bold_label`); a definition list pairs its labels and values itself, and so does a table
    whose every row is a short label's cell and its value's. A story's list of rules or candidates, in clauses, is
    not so set out."""
    if body.tag == "dl":
        return True
    if body.tag == "table":
        labels = _row_labels(body)
        return labels is not None and all(len(label.split()) <= _ROW_LABEL_WORDS for label in labels)
    elements = list(body.iter("li", "dt", "tr"))
    return bool(items) and len(elements) == len(items) and all(
        _LABELLED_ITEM.search(text) or _bold_label(element) for text, element in zip(items, elements))


_BOLD_LABEL_WORDS = 8


def _bold_label(item) -> bool:
    """The item opens with a few words in bold and goes on after them: a label and its value ("<b>With further
    assessment</b> (people who cannot walk far): a form ..."), however the two are joined."""
    if (item.text or "").strip() or not len(item) or item[0].tag not in ("b", "strong"):
        return False
    label = item[0].text_content().split()
    # (an interview's question, "<b>Why now?</b> Because ...", and a person's name, "<b>Jane Doe</b> (Labour): a
    # teacher ...", open the items of the story's own boxes: no label of a reading)
    if not label or label[-1].endswith("?") or 2 <= len(label) <= 4 and all(w[:1].isupper() for w in label):
        return False
    return len(label) <= _BOLD_LABEL_WORDS and bool((item[0].tail or "").strip())


# the last word of a box's name that says it is a widget of the page, not a box of the story ("box" too, since
# session 27: "report-tipping-box"; its items must all be labelled readings, which a "text-box" holding the story's
# own list in clauses is not) ...
_WIDGET_NAME_HEADS = frozenset({"card", "panel", "widget", "notice", "board", "strip", "booker", "finder",
                                "locator", "checker", "planner", "tracker", "box"})
# ... unless another of its words names what editors put in a story's box (a fact box, a callout, a highlight,
# a note, the key points, a timeline; any "info..." word, below)
_STORY_BOX_WORDS = frozenset({"callout", "highlight", "highlights", "note", "notes", "quote", "summary", "keypoints",
                              "takeaways", "explainer", "timeline", "chronology", "history", "glossary", "background",
                              "context", "tip", "tips", "key", "editor", "editorial", "measures",
                              "rules", "changes", "candidates", "demands", "pledges", "promises", "questions", "qa",
                              "faq", "encadre", "claves", "recuadro", "kasten", "interview", "voices", "people",
                              "portrait", "portraits", "profile", "profiles", "quotes", "vox", "ward", "kandidaty",
                              "claim", "claims", "verdict", "reality", "factcheck", "realitycheck"})


def _says_story(words: frozenset) -> bool:
    """A class word names what editors put in a story's box or the story's content (a fact box, a callout, a
    timeline, the body text, any "info..." word)."""
    return not _STORY_BOX_WORDS.isdisjoint(words) or not _CONTENT_TOKENS.isdisjoint(words) \
        or any(w.startswith(_CONTENT_PREFIXES) or w.startswith("info") for w in words)


@functools.lru_cache(maxsize=4096)
def _widget_named(value: str) -> bool:
    """A box's class names a widget: a name's last word (a look's word aside) is one of `_WIDGET_NAME_HEADS`,
    and no word of the class says story content, a fact box or a story's callout."""
    words = _class_words(value)
    if _says_story(words):
        return False
    for name in value.split():
        if name.startswith(_MODIFIER_PREFIXES):
            continue
        # (a code after the name, a build's hash or a site's suffix, "tree-sponsor-box-w97", names nothing)
        heads = [w for w in _name_words(name) if w not in _STYLE_WORDS and _NAME_WORD.fullmatch(w)]
        if heads and heads[-1] in _WIDGET_NAME_HEADS:
            return True
    return False


_SERVICE_PANEL_ITEMS = 3
_ROW_LABEL_WORDS = 8
# a label that asks a question on the reader's behalf or speaks to the reader, in the six languages: a question
# word with an infinitive or a modal after it ("Who can get one", "Where to collect", "Wie einlösen", "Comment
# la demander", "Nasıl istenir"), or the reader addressed ("Please bring", "Ihre Unterlagen"). A fact box's labels
# describe the story ("What changes", "Was sich ändert", "Wer ausgenommen ist") or are a bare "When", "Where".
_READER_LABEL = re.compile(
    r"^(?:how|where|when|what) to\b|^who (?:can|may|should|is eligible|qualifies)\b"
    r"|^(?:wie|wo|wann|wohin|woher) \w+en$|^wer (?:kann|darf|bekommt|sollte)\b"
    r"|^(?:comment|où|quand) (?:l[ae] |les |s['’]|y )?\w+(?:er|ir|re)\b|^qui (?:peut|a droit)\b"
    r"|^¿?(?:cómo|dónde|cuándo) \w+(?:ar|er|ir)(?:lo|la|los|las|se)?\b|^¿?quién(?:es)? (?:puede|pueden|tiene derecho)\b"
    r"|^(?:как|где|куда|когда) \w+(?:ть|ться)\b|^кто (?:может|имеет право)\b"
    r"|^(?:nasıl|nereden|nereye|nerede|ne zaman) \w+(?:ulur|ülür|ılır|ilir|unur|ünür|ınır|inir|nır|nir|ur|ür|ır|ir)\b"
    r"|^kim(?:ler)? \w+(?:abilir|ebilir)\b"
    r"|\b(?:you|your|please|bitte|ihr|ihre|ihren|ihrem|ihrer|vous|votre|vos|usted|ustedes|вы|вам|вас|ваш\w*|"
    r"siz|sizin|size|lütfen)\b", re.I)


def _row_labels(body) -> list[str] | None:
    """The labels of a labelled list: a definition list's terms, a table's first cells (None unless every row
    has two cells), the bold labels opening a list's items or their text before a colon."""
    if body.tag == "dl":
        return [_key(dt.text_content()) for dt in body.iter("dt")]
    if body.tag == "table":
        rows = [[c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")] for tr in body.iter("tr")]
        if not rows or any(len(cells) != 2 for cells in rows):
            return None
        return [_key(cells[0].text_content()) for cells in rows]
    out = []
    for li in body.iter("li"):
        if _bold_label(li):
            out.append(_key(li[0].text_content()))
        else:
            head, colon, _ = _key(li.text_content()).partition(":")
            out.append(head if colon else "")
    return out


def _reader_labels(body) -> bool:
    """Most of a labelled list's labels, two at least, ask the reader's question or speak to the reader (see
    `_READER_LABEL`)."""
    labels = [label for label in (_row_labels(body) or []) if label]
    asking = sum(1 for label in labels if _READER_LABEL.search(label))
    return asking >= 2 and 2 * asking > len(labels)


@functools.lru_cache(maxsize=4096)
def _subject_named(value: str) -> bool:
    """A class naming its box by a subject of two words or more ("clinic-sessions-k100", "pavementFines"): real
    words (no look's word, code or hash), none of a story's box or of content (a fact box, a timeline, any
    "info..." word, the body text)."""
    words = _class_words(value)
    if _says_story(words):
        return False
    return any(len([w for w in _name_words(name) if len(w) >= 3 and w not in _STYLE_WORDS and (
        _NAME_WORD.fullmatch(w) or len(w) <= _ACRONYM_LETTERS and w.isalpha())])
               >= 2 for name in value.split() if not name.startswith(_MODIFIER_PREFIXES))


_ACRONYM_LETTERS = 4      # (an initialism names a subject as well as a word: "spf-points", "nhs-dentists")


_CLAUSE_ITEM_WORDS = 6
_CARD_READINGS_WORDS = 24     # an item of three readings or more may run longer ("Old phone kiosk, Ashwell Green ·
_READING_WORDS = 7            # code from the 999 call handler · 24 hours, heated cabinet"), each reading short
_READING_SEPARATORS = re.compile(r"[·|•]")


def _readings(text: str) -> bool:
    """The item is three readings or more parted by dots or bars, each of a few words (a place, a way in, its
    hours). (Spaced dashes part a timeline's date, event and outcome as well: no reading's mark.)"""
    parts = [p for p in _READING_SEPARATORS.split(text) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= _READING_WORDS for p in parts)
_ITEM_SEPARATORS = re.compile(r"[·|•]|\s[–—]\s")   # (a spaced dash parts a name from its details: "Nell – Collie")


def _clause_item(text: str) -> bool:
    """A list item worded as a clause: at least six words, at most one of them holding a figure, no separators
    (a middle dot, a bar, a spaced dash)."""
    words = text.split()
    return len(words) >= _CLAUSE_ITEM_WORDS and sum(1 for w in words if any(c.isdigit() for c in w)) <= 1 \
        and not _ITEM_SEPARATORS.search(text)


_TABLE_WIDGET_ROWS = 6
# class words of a table holding the story's own figures (results, standings, statistics): never a widget
_DATA_TABLE_WORDS = {"data", "stats", "statistics", "results", "result", "standings", "figures", "poll", "polls",
                     "election", "budget", "comparison"}
# the last word of a class names what the thing is; these name a widget, and a data word before them only says
# what the widget shows ("census-figures-panel", "stats-office-card"); an outcome's panel is kept apart below
_WIDGET_HEADS = {"card", "panel", "widget", "module", "tile", "promo", "teaser"}
_OUTCOME_WORDS = {"results", "result", "election", "poll", "polls", "standings"}


def _name_words(name: str) -> list[str]:
    """The words of one class name, camelCase split, of a BEM name its element's part ("rail-bus-panel__list" ->
    list; "closures__wrapper" -> closures, wrapper)."""
    return [w for w in _SPLIT_CLASS.split(_CAMEL.sub(" ", _bem_element(name)).lower()) if w]


@functools.lru_cache(maxsize=4096)
def _data_named(value: str) -> bool:
    """A class that says its table or list holds the story's own figures: a data word ("results", "stats")
    in a name whose last word (a look's word aside) is no widget's ("results-table", "data-table", "stats";
    not "census-figures-panel__grid")."""
    for name in value.split():
        if name.startswith(_MODIFIER_PREFIXES):
            continue
        words = _name_words(name)
        if _DATA_TABLE_WORDS.isdisjoint(words):
            continue
        # (an outcome's panel, "election-results-panel", "match-results-card", holds the figures a story reports)
        heads = [w for w in words if w not in _STYLE_WORDS and _NAME_WORD.fullmatch(w)]
        if not heads or heads[-1] not in _WIDGET_HEADS or not _OUTCOME_WORDS.isdisjoint(words):
            return True
    return False


def _table_apart(cell, classes: "ClassCounts | None") -> str | None:
    """A cell of a small table (at most six rows) whose class names a widget of the page and no other element
    has ("performance-times", "listings-table"): set apart like a box. A table of the story's own figures has
    no class, a class about looks, or one that says it holds data ("results-table")."""
    table = next((a for a in cell.iterancestors("table")), None)
    value = table.get("class") if table is not None else None
    if not value or not _names_a_box(value) or _data_named(value):
        return None
    if classes is not None and classes.get(value) != 1:
        return None
    return "box" if sum(1 for _ in table.iter("tr")) <= _TABLE_WIDGET_ROWS else None


_CONTROLS = {"a", "button", "form", "input", "select"}


def _has_control(kids) -> bool:
    """A panel of the page has a control beside its text -- a link or button to act on, a form -- where a
    highlighted box of the story (a subheading and its paragraph) has none."""
    return any(k.tag in _CONTROLS or any(True for _ in k.iter(*_CONTROLS)) for k in kids if k.tag != "p")


def _count_paragraphs(el) -> int:
    return sum(1 for _ in el.iter("p"))


class ClassCounts:
    """How many elements of the page carry each class attribute value, counted on the first question (most
    lines never ask: their box's class says nothing, or they sit in no classed box).

    A page builder that numbers its blocks ("avia_textblock avia-builder-el-7", "-el-8", ...) gives each of the
    story's text blocks a value of its own: a value met once counts with the others that differ from it only in
    their numbers."""

    def __init__(self, tree) -> None:
        self._tree = tree
        self._counts: dict[str, int] | None = None
        self._numbered: dict[str, int] | None = None

    def values(self):
        """Every class attribute value of the page."""
        return self._counted().keys()

    def _counted(self) -> dict[str, int]:
        if self._counts is None:
            self._counts = collections.Counter(_CLASS_VALUES(self._tree))
        return self._counts

    def get(self, value: str, default: int = 0) -> int:
        count = self._counted().get(value, default)
        if count == 1:
            plain = value.translate(_NO_DIGITS)
            if plain != value:
                if self._numbered is None:
                    numbered: collections.Counter = collections.Counter()
                    for v, n in self._counts.items():
                        p = v.translate(_NO_DIGITS)
                        if p != v:
                            numbered[p] += n
                    self._numbered = numbered
                return self._numbered.get(plain, count)
        return count


_NO_DIGITS = str.maketrans("", "", "0123456789")


_CLASS_VALUES = lxml.etree.XPath("//@class", smart_strings=False)


# class words that name the dek and nothing else
_DEK_TOKENS = frozenset({"standfirst", "dek", "deck", "strapline", "subheadline", "sapo", "chapo", "chapeau", "subtitle",
                         "soustitre", "unterzeile", "subtitulo", "entradilla", "bajada", "podzagolovok", "ingress",
                         "preamble", "leadin"})


def _names_the_dek(block) -> bool:
    """The block's class names the dek and nothing else, or it is a microformat entry's summary ("p-summary")
    outside the entry's content ("e-content"), which holds the story."""
    value = block.get("class") or ""
    if not _DEK_TOKENS.isdisjoint(_split_names(value)):
        return True
    if "p-summary" not in value.split():
        return False
    entry = next((a for a in block.iterancestors() if "h-entry" in (a.get("class") or "").split()), None)
    return entry is not None and not any(_is_entry_content(a) for a in block.iterancestors()) \
        and any(_is_entry_content(d) for d in entry.iter() if isinstance(d.tag, str))


def _is_entry_content(el) -> bool:
    return "e-content" in (el.get("class") or "").split()


_BODY_BOX_SIBLINGS = 4       # elements after the summary looked at for the body's box (a byline, a picture between)
_BODY_BOX_PARAGRAPHS = 3     # (a gallery's or a bio's two captions or lines are no story's body)


def _between_headline_and_body(block) -> bool:
    """The block (or the wrapper it alone fills) has the page's <h1> among its earlier siblings and, among its next
    few boxes, one of three paragraphs or more, with no paragraph of prose beside it before that box: a summary
    printed between the headline and the story's body, outside it (EasyDNN's "edn_articleSummary" before
    "edn_articleContent", a theme's "post-excerpt" before "content")."""
    node = block
    parent = node.getparent()
    while parent is not None and node.getprevious() is None and node.getnext() is None and parent.tag == "div":
        node, parent = parent, parent.getparent()
    if not any(s.tag == "h1" for s in node.itersiblings("h1", preceding=True)):
        return False
    # (the story's paragraphs beside the summary, right after it: it is their first, whatever follows them)
    k = 0
    for sibling in node.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag == "p":
            if len(sibling.text_content().split()) >= _PROSE_MIN_WORDS:
                return False
            continue
        if sibling.tag in ("div", "section", "article", "main"):
            if sum(1 for _ in itertools.islice(sibling.iter("p"), _BODY_BOX_PARAGRAPHS)) >= _BODY_BOX_PARAGRAPHS:
                return True
            k += 1
            if k >= _BODY_BOX_SIBLINGS:
                break
    return False


def _after_h1(el) -> bool:
    """The element comes right after the page's <h1> (its previous element sibling)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):     # comments, processing instructions
        prev = prev.getprevious()
    return prev is not None and prev.tag == "h1"


def _under_headline(heading) -> bool:
    """A heading that directly follows the page's <h1> inside the headline's own <header> or <hgroup> is the
    headline's companion line (HTML's own markup for a subtitle), whatever its class says. So is one anywhere
    right after the <h1> that is a whole sentence (Hashnode's subtitle, an <h2> under the title): a crosshead
    opening the story is a few words, no sentence."""
    if not _after_h1(heading):
        return False
    parent = heading.getparent()
    if parent is not None and parent.tag in ("header", "hgroup"):
        return True
    text = _key(heading.text_content())
    if len(text.split()) < _SUBTITLE_MIN_WORDS or _SENTENCE_CLOSE.search(text) is None or _ENTRY_START.match(text):
        return False
    # (a live blog's entry heading, or a story's opening crosshead, has the story's paragraph right under it; a
    # subtitle has the byline, the date or the picture)
    nxt = heading.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt is None or nxt.tag != "p"


_SUBTITLE_MIN_WORDS = 6
_ENTRY_START = re.compile(r"\d|(?:update|updated|aktualisiert|mise à jour|actualización|güncelleme|обновлено)\b", re.I)
_SENTENCE_CLOSE = re.compile(r"[.!…]['\"”’»)]*$")


def _in_headline_header(block, levels: int = 3) -> bool:
    """A paragraph after the <h1> inside the headline's own <header> (or <hgroup>) is the headline's companion
    line, its dek, however the CMS wraps it ("<div class=article__intro><p>...</p></div>"): the story's own
    paragraphs come after the header. A box named as the header does as well (a page builder's "<div
    data-framer-name=Header>", "<div class=entry-header>") when it holds no more than that one paragraph of
    prose, the story goes on after it, and the paragraph is the page's own description: a box so named around
    the whole story, or around its lede, is no header."""
    node = block
    for _ in range(levels):
        node = node.getparent()
        if node is None or node.tag in _STOP:
            return False
        named = node.tag not in ("header", "hgroup") and _named_header(node)
        if node.tag in ("header", "hgroup") or named:
            for el in node.iter("h1", block.tag):
                if el is block:
                    return False
                if el.tag == "h1":
                    return not named or sum(1 for p in node.iter("p", "div") if not _holds_blocks(p)
                                            and len(p.text_content().split()) >= _HEADER_PROSE_WORDS) <= 1 \
                        and _story_follows(node) and _is_description(block)
            return False
    return False


_HEADER_PROSE_WORDS = 8
_STORY_AFTER_CHARS = 300


_DESCRIPTIONS = lxml.etree.XPath(
    "/html/head/meta[@name='description' or @property='og:description' or @name='twitter:description']/@content",
    smart_strings=False)


def _is_description(block) -> bool:
    """The block's text is the page's own description (its meta description): what a dek is, where a lede that
    a box named as the header happens to hold is the story's first paragraph."""
    text = _key(block.text_content())
    root = block.getroottree().getroot()
    return bool(text) and any(_key(d) == text for d in _DESCRIPTIONS(root))


def _story_follows(box) -> bool:
    """Text of a story's length comes after the box, in the boxes after it up to the page's main box: a news
    brief wholly in a box named as the header has its only paragraph there, and it is the story."""
    node, seen = box, 0
    while node is not None and node.tag not in _STOP:
        for sib in node.itersiblings():
            if isinstance(sib.tag, str) and sib.tag not in _SKIP:
                seen += len(sib.text_content().strip())
                if seen >= _STORY_AFTER_CHARS:
                    return True
        node = node.getparent()
    return False


# where a box is named: its class and id, and a page builder's own name for a block, where its classes are hashed
# ("data-framer-name", beside "framer-ryxyku")
_HEADER_NAME_ATTRS = ("class", "id", "data-framer-name", "data-name")


def _named_header(node) -> bool:
    """The box's class, id or builder's name calls it a header ("entry-header", "ArticleHeader", "Header")."""
    for attr in _HEADER_NAME_ATTRS:
        value = node.get(attr)
        if value and "eader" in value and _names_header(value):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _names_header(value: str) -> bool:
    return any(t.endswith("header") for t in _split_names_cached(value))


_ICON = {"emoji", "icon", "smiley", "wp", "avatar", "logo", "flag"}


_IMAGE_BOX_LEVELS = 3


def _image_first(block, line: str, texts: dict | None = None) -> bool:
    """A picture and its caption in one paragraph (<p><img><br><em>The square at dawn.</em></p>), or in one
    box around the line's paragraph (a newsletter platform's "<div class=image><img><div class=image__source><span>
    <p>The square at dawn.</p></span></div></div>"): the block, or a box up to three levels above it named as a
    picture's, opens with an image, before any text, and holds nothing but the line besides it, a short one. An
    icon or emoji image opening a story paragraph is no picture."""
    box, named = block, False
    for level in range(_IMAGE_BOX_LEVELS + 1):
        if box is None or not isinstance(box.tag, str) or box.tag in _STOP or level and len(box) > _IMAGE_BOX_CHILDREN:
            return False
        content = _text_of(box, texts)
        # (a box much longer than the line holds more than it: no need to fold its spaces to know)
        if len(content) > 2 * len(line) + _IMAGE_BOX_SLACK or _key(content) != line:
            return False
        if not (box.text or "").strip() and _opens_with_picture(box):
            # (above the paragraph itself only a caption's box: a short line in a box of its own below the
            # picture's, named as a caption's or the picture's part, "image__source" -- a photo essay's paragraph
            # sits beside its picture in a box of its own too, "<div class=photo-block><img><div><p>...")
            return level == 0 or named and len(line.split()) <= _BOXED_CAPTION_WORDS
        named = named or not _PICTURE_BOX_WORDS.isdisjoint(_split_names(box.get("class")))
        box = box.getparent()
    return False


_IMAGE_BOX_SLACK = 200
_IMAGE_BOX_CHILDREN = 4
_PICTURE_BOX_WORDS = frozenset({"image", "img", "picture", "photo", "figure", "caption", "media", "credit", "source"})
_BOXED_CAPTION_WORDS = 20


def _opens_with_picture(block) -> bool:
    """The first thing in `block` is a picture (no icon), before any text."""
    for node in block.iterdescendants():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("img", "picture"):
            if _ICON & set(_name_tokens(node)):
                return False
            size = [int(v) for v in (node.get("width"), node.get("height")) if v and v.isdigit()]
            return not size or min(size) >= 48
        if (node.text or "").strip() or (node.tail or "").strip():
            return False
    return False


# ---------------------------------------------------------------------------------------------------------
# Inline furniture in running text

_INLINE = ("span", "a", "font", "i", "em", "b", "strong", "small", "label", "cite", "mark", "u")
_LINE_BREAKERS = {"br", "hr", *_BLOCK} - {"span", "small", "label", "a"}
_SENTENCE_END = re.compile(r"[.!?…](?:\s?['\"”’»)\]])*\s*$")


def _hinted(el) -> bool:
    if not el.get("id"):
        return _class_hinted(el.get("class") or "")
    return any(tok in _TOKEN_HINT for tok in _name_tokens(el))


@functools.lru_cache(maxsize=4096)
def _class_hinted(value: str) -> bool:
    return any(tok in _TOKEN_HINT for tok in _split_names_cached(value)) if value else False


_WORDS = re.compile(r"\w+")


_SIGNUP_BOX_CHARS = 600
_SIGNUP_LINE_CHARS = 200     # a form's title or pitch is short
_EMAIL_LABEL = re.compile(r"^\W*(?:your\s+)?(?:e-?mail|courriel|correo|e-?posta|эл(?:ектронная|\.)?\s*почта|почта)\b", re.I)


def _signup_boxes(tree, levels: int = 12) -> frozenset:
    """The small boxes (at most 600 characters of text, up to twelve levels above the field) around each e-mail
    field of the page: a line inside one is the title or pitch of a sign-up form, whatever the classes."""
    boxes: set = set()      # the elements themselves: an lxml proxy keeps its identity only while it is alive
    # (one walk of the page for the three kinds of element looked for: e-mail fields, labels, newsletter links)
    found = _signup_parts(tree)
    fields = [el for el in found if el.tag == "input"]
    # (or a plain text field under a label that names the e-mail address, as Weebly's form builder sets it:
    # "<label>E-Mail *</label><div><input type=text name=_u5612...></div>")
    for label in found:
        if label.tag == "label" and _EMAIL_LABEL.search(label.text_content()):
            parent = label.getparent()
            field = next(parent.iter("input"), None) if parent is not None else None
            if field is not None and field not in fields:
                fields.append(field)
    for field in fields:
        node = field
        for _ in range(levels):
            node = node.getparent()
            if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html", "article", "main"):
                break
            if len(node.text_content()) > _SIGNUP_BOX_CHARS:
                break
            boxes.add(node)
    # a link to the site's newsletter page ("/newsletters/mail-at-noon/") is a sign-up prompt's button or title:
    # the link, and the boxes around it whose other text is no sentence (the prompt's pitch beside its button);
    # a paragraph of the story that ends on such a link stays out
    for a in found:
        if a.tag != "a" or not _NEWSLETTER_HREF.search((a.get("href") or "").lower()):
            continue
        boxes.add(a)
        own = len(a.text_content())
        node = a
        for _ in range(_NEWSLETTER_LINK_LEVELS):
            node = node.getparent()
            if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html", "article", "main"):
                break
            text = node.text_content()
            if len(text) > _SIGNUP_LINE_CHARS + own or _SENTENCE_STOP.search(text.replace(a.text_content(), " ", 1)):
                break
            boxes.add(node)
    return frozenset(boxes)


# (a few plain substring tests, no case folding: the scan of every link of every page is what this costs, and
# newsletter paths are written in lower case, "/newsletters/", "/Newsletter/")
_NEWSLETTER_LINK_PARTS = ("ewslett", "infolettre", "boletin")
_EMAIL_NAME = str.maketrans("EMAIL", "email")


def _signup_parts(tree) -> list:
    """The page's e-mail fields (type, autocomplete or name "email"), labels and links whose address names a
    newsletter, in document order: one walk over those three tags (an XPath union of the three cost twice as
    much)."""
    out = []
    for el in tree.iter("input", "label", "a"):
        tag = el.tag
        if tag == "label":
            out.append(el)
        elif tag == "a":
            href = el.get("href")
            if href and any(part in href for part in _NEWSLETTER_LINK_PARTS):
                out.append(el)
        elif el.get("type") == "email" or el.get("autocomplete") == "email" \
                or (el.get("name") or "").translate(_EMAIL_NAME) == "email":
            out.append(el)
    return out
_SENTENCE_STOP = re.compile(r"[.!?…](?:['\"”’»)\]])*(?:\s|$)")
_NEWSLETTER_HREF = re.compile(r"/(?:newsletters?|infolettres?|boletin(?:es)?)(?:[/?#._-]|$)")
_NEWSLETTER_LINK_LEVELS = 3


_FACT_BOX_TOKENS = {"fact", "facts", "factbox", "keyfacts", "infobox", "faktenbox", "infokasten"}


def _name_hints(el, content: str | None = None) -> tuple[tuple[str, ...], bool]:
    """(the boilerplate families an element's class and id name, in order; whether they name a standfirst)."""
    if not el.get("id"):      # the class alone: a page's few class values recur, their reading is remembered
        return _class_hints(el.get("class") or "")
    return _token_hints(tuple(_name_tokens(el, content)))


@functools.lru_cache(maxsize=4096)
def _class_hints(value: str) -> tuple[tuple[str, ...], bool]:
    return _token_hints(_split_names_cached(value) if value else ())


def _token_hints(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    fams: list[str] = []
    standfirst = False
    if not _FACT_BOX_TOKENS.isdisjoint(tokens):
        # a box the class calls the story's fact box is the story's own, whatever else the class says (eZ's
        # rich text wraps it as a "custom tag": "ez-custom-tag ez-custom-tag--factbox")
        tokens = tuple(t for t in tokens if t in _STANDFIRST_TOKENS)
    for tok in tokens:
        fam = _TOKEN_HINT.get(tok)
        if fam:
            if fam not in fams:
                fams.append(fam)
        elif tok in _STANDFIRST_TOKENS or tok.endswith(_STANDFIRST_SUFFIXES) and _owned_by_article(tok):
            standfirst = True
    return tuple(fams), standfirst


# the list or thread of readers' comments by its class ("sf-Comments-list", "commentlist", "comment-thread"): every
# line inside is a reader's, however large the list is (other hints need a box about the line's size)
_COMMENT_LISTS = frozenset({"commentlist", "commentslist", "commentthread", "commentsthread"})


def _comment_lists_on_page(el, classes: "ClassCounts | None" = None) -> bool:
    """Some element of `el`'s page has a class naming a comment list (most pages have none: then no line need
    look for one above it)."""
    values = classes.values() if classes is not None else set(_CLASS_VALUES(el.getroottree()))
    return any("comment" in value.lower() and not _COMMENT_LISTS.isdisjoint(_split_names(value)) for value in values)


def _in_comment_list(el, levels: int = _COMMENT_ITEM_LEVELS) -> bool:
    node = el
    for _ in range(levels):
        if node is None or not isinstance(node.tag, str) or node.tag in _STOP:
            return False
        cls = node.get("class")
        # (every name in _COMMENT_LISTS has "comment" in it: most classes are passed over on that test alone)
        if cls and "comment" in cls.lower() and not _COMMENT_LISTS.isdisjoint(_split_names(cls)):
            return True
        node = node.getparent()
    return False


def _before_signup_box(block, before: frozenset, levels: int = 3) -> bool:
    """The next thing after the line's block, past empty spacers (or after the box it closes, a few levels up),
    is a sign-up form's box or holds one: a pitch set as a paragraph of its own right above the form (Weebly's
    "paragraph" element before its form element). `before`: the elements right before such boxes
    (`_before_signup`)."""
    node = block
    for _ in range(levels):
        if node in before:
            return True
        if _next_content(node) is not None:
            return False
        node = node.getparent()
        if node is None or node.tag in _STOP:
            return False
    return False


def _next_content(node):
    """The element after `node` that holds something, past empty spacers and breaks."""
    nxt = node.getnext()
    while nxt is not None and _is_spacer(nxt):
        nxt = nxt.getnext()
    return nxt


def _is_spacer(el) -> bool:
    """An element that holds nothing a reader sees: a comment, a script, a break, an empty box."""
    return not isinstance(el.tag, str) or el.tag in _SKIP or el.tag == "br" or not (len(el) or (el.text or "").strip())


def _before_signup(boxes: frozenset) -> frozenset:
    """The elements whose next element holding something is a sign-up box, or the parent of one."""
    out = set()
    for box in boxes:
        for target in (box, box.getparent()):
            if target is None:
                continue
            prev = target.getprevious()
            while prev is not None and _is_spacer(prev):
                prev = prev.getprevious()
            if prev is not None and _next_content(prev) is target:
                out.add(prev)
    return frozenset(out)


def _in_signup_box(el, boxes: frozenset, levels: int = 5) -> bool:
    node = el
    for _ in range(levels):
        node = node.getparent()
        if node is None:
            return False
        if node in boxes:
            return True
    return False


def _name_tokens(el, content: str | None = None) -> list[str]:
    """Tokens of an element's class and id. An id made of the element's own words is an anchor slug of its
    text (<h2 id="tracking-before-consent">Tracking before consent</h2>), not a name for the box: skipped."""
    tokens = _split_names(el.get("class"))
    raw_id = el.get("id")
    if raw_id:
        # spelt as the slug of the text would be: accents dropped ("también-las-cookies" -> tambien, las, ...)
        folded_id = "".join(c for c in unicodedata.normalize("NFKD", raw_id.lower()) if not unicodedata.combining(c))
        plain = [t for t in _SPLIT_CLASS.split(folded_id) if t]
        if len(plain) >= 2:
            words = _slug_words(el.text_content() if content is None else content)
            if 3 * sum(1 for t in plain if t in words) >= 2 * len(plain):
                return tokens
        tokens.extend(_split_names(raw_id))
    return tokens


def _split_names(value: str | None) -> list[str]:
    """Tokens of a class/id attribute (see _split_names_cached)."""
    return list(_split_names_cached(value)) if value else []


@functools.lru_cache(maxsize=4096)   # a site's few class names recur on every line and page
def _split_names_cached(value: str) -> tuple[str, ...]:
    """Tokens of a class/id attribute: each name split at hyphens, underscores and the like, plus the
    compounds its neighbouring parts make, so "read-time", "wire_end" or "also-read-title" also give
    "readtime", "wireend" and "alsoread" (the parts alone are too common to name a box). A word numbered as a
    page builder numbers its block types ("footer3", "features1") also gives the word."""
    out: list[str] = []
    for name in (value or "").lower().split():
        parts = [t for t in _SPLIT_CLASS.split(name) if t]
        out.extend(parts)
        out.extend(m.group(1) for t in parts if t[-1].isdigit() and (m := _NUMBERED_WORD.fullmatch(t)))
        for a, b in zip(parts, parts[1:]):
            out.append(a + b)
        if len(parts) >= 3:
            out.extend(a + b + c for a, b, c in zip(parts, parts[1:], parts[2:]))
    return tuple(out)


_NUMBERED_WORD = re.compile(r"([a-z]{3,})\d{1,2}")


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o", "ı": "i", "œ": "oe"})


def _slug_words(text: str) -> set[str]:
    """Words of a text as an anchor slug spells them: lower case, accents dropped (ä as a or ae)."""
    low = text.lower()
    out: set[str] = set()
    for variant in (low, low.translate(_TRANSLIT)):
        plain = "".join(c for c in unicodedata.normalize("NFKD", variant) if not unicodedata.combining(c))
        out.update(_WORDS.findall(plain))
    return out


_TRAILING_SEPARATORS = " \t\r\n\xa0|·•/—–"     # (and a double slash, " // "; a dash left hanging, " — ")


def _starts_line(el) -> bool:
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        # an inline parent (<font><span class=category>...) starts a line when it does itself
        return parent.tag not in _INLINE or _starts_line(parent)
    return isinstance(prev.tag, str) and prev.tag in _LINE_BREAKERS and not (prev.tail or "").strip()


def _text_before(el) -> str:
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        return (parent.text or "") if parent is not None else ""
    if (prev.tail or "").strip():
        return prev.tail
    if isinstance(prev.tag, str) and prev.tag in _LINE_BREAKERS:
        return ""
    return prev.text_content()


def _ends_line(el) -> bool:
    # a separator left after the element (" | ", " · ") ends the line as well as nothing does
    if (el.tail or "").strip(_TRAILING_SEPARATORS):
        return False
    nxt = el.getnext()
    return nxt is None or (isinstance(nxt.tag, str) and nxt.tag in _LINE_BREAKERS)


def _run_in_note(el) -> bool:
    """Furniture run into the end of a story paragraph, after its finished last sentence: a bracketed note of
    3+ words in italics or small print ("... she said. <i>(Reporting contributed by the Reporter's staff)</i>",
    "<em>– With reporting by ...</em>"; a one-word "(laughs)" stays) or a link's label so set that ends in its
    arrow, or a bold passage of 4+ words ("... free of charge. <b>Were you there? Text
    the newsroom on ...</b>"). Split onto its own line, the cleaner judges it as a line: a bold sentence of
    the story stays there unless it addresses the reader or has a notice's form."""
    if el.tag not in _NOTE_INLINE and el.tag not in ("b", "strong"):
        return False
    text = el.text_content().strip()
    words = len(text.split())
    outer = _sole_wrapper(el)
    # a link's label ending in the link's arrow ("... was nicht hineingehört. <a href=/book-boxes/add><em>Einen
    # Bücherschrank auf der Karte eintragen ›</em></a>", "... Nordufer. <a><b>Aktueller Brückenstatus ›</b></a>")
    linked = outer.tag == "a" and _LINK_ARROW_END.search(text) is not None
    if el.tag in _NOTE_INLINE:
        if not ((_BRACKETED_NOTE.fullmatch(text) or linked) and words >= _NOTE_MIN_WORDS):
            return False
    # a shorter bold passage only as such a label, or left hanging on a separator with nothing after it ("... 60
    # сантиметров.<b>Вдоль границы: Город</b> | ")
    elif words < _RUN_IN_MIN_WORDS and not (
            (linked or _DANGLING_TAIL.fullmatch(outer.tail or "")) and _LETTER.search(text)):
        return False
    return _ends_line(outer) and bool(_SENTENCE_END.search(_text_before(outer)))


def _sole_wrapper(el):
    """The outermost inline element around `el` that holds nothing else (a link around a bold prompt,
    "<a href=/newsletters><strong>Sign up ...</strong></a>"): where the run-in passage starts."""
    while True:
        parent = el.getparent()
        if parent is None or parent.tag not in ("a", "span", "font") or (parent.text or "").strip() \
                or len(parent) != 1 or (el.tail or "").strip():
            return el
        el = parent


_RUN_IN_MIN_WORDS = 4
_NOTE_INLINE = {"i", "em", "small"}
_EMPHASIS = frozenset(_NOTE_INLINE | {"b", "strong"})     # (the tags of run-in notes and labels)
_LEAD_LABEL_WORDS = (2, 8)
_ARROW_LABEL_WORDS = 12
_RUN_IN_BOX_MIN_WORDS = 3
_SPAN_BOX_WORDS = 12
_LEAD_LABEL_SEP = re.compile(r"^\s*(?:[–—|·•-]|//?)\s+(?=[\"“„«‚'‘]?[^\W\d_])")
_LEAD_LABEL_ROW = re.compile(r"\s[·•|›]\s")     # (labels joined as a row or a trail, "Sport · today", "Town › People")
_GUILLEMET_TRAIL = re.compile(r"[^«:\d»]+(?: » [^«:\d»]+)+")
_LEAD_LABEL_BAR = re.compile(r"^\s*(?:[|·•]|//)\s")
_SLASH_SEP = re.compile(r"^\s*//?")     # a double slash, or a single one ("<b>Rubrik Hohenmoor</b> / Dass ...")
_DANGLING_TAIL = re.compile(r"\s*(?:\||//|[—–])\s*")
_LABEL_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"            # letters, hyphenated or not ("round-up")
_LABEL_NAME = rf"{_LABEL_WORD}(?:\s{_LABEL_WORD})?"       # one or two of them
_LEAD_LABEL_PAIR = re.compile(rf"{_LABEL_NAME}(?::|\s[–—-])\s{_LABEL_NAME}")
_LEAD_LABEL_KICKER = re.compile(rf"{_LABEL_WORD}\s{_LABEL_WORD}")      # two words (case is checked apart)
_LEAD_LABEL_ARROW = re.compile(r"(?:[›→»▸]|>>?)\s*$")
# a page or section of the site named in a label ("Pinned to the Local page of ...", "an die Seite Stadt von ...")
_SITE_PLACE = re.compile(r"\b(?:page|pages|section|desk|seite|ressort|rubrik|rubrique|secci[oó]n|p[aá]gina|"
                         r"sayfa\w*|b[öo]l[üu]m\w*|servis\w*|раздел\w*|рубрик\w*|страниц\w*|отдел\w*)\b", re.I)
_LINK_ARROW_END = re.compile(r"(?:[›→▸]|>>?)\s*$")        # (without the guillemet, which closes quotations)


def _run_in_label(el) -> bool:
    """A section or link label in bold run into the start of a paragraph, joined to the story by a dash or
    bar: "<b>All stories from the business desk ›</b> – Drivers in ..." The bold words are a label when they
    are joined by a bar or bullet, end in a link's arrow, hold a link, are a label of a pattern family
    ("Aus dem Ressort Lokales") or a desk's pointer to a section of the site ("Recién llegado de la sección de
    Sociedad"); a
    bold opening phrase of the story ("<b>The decision is final</b> – so the council ...") or a dateline
    ("<b>BERLIN</b> – ...") is none of these and stays on the story's line."""
    if el.tag not in ("b", "strong") or not _LEAD_LABEL_SEP.match(el.tail or "") or not _starts_line(el):
        return False
    if _labels_a_list_item(el):
        return False
    text = el.text_content().strip()
    arrow = _LEAD_LABEL_ARROW.search(text) is not None
    # (a link's label ending in its arrow may run longer, "Todas las noticias de Cultura en un solo lugar ›"; not
    # a quotation closed by a guillemet, «Nous ne fermerons jamais cette école tant que je serai maire»)
    words = sum(1 for w in text.split() if any(c.isalnum() for c in w))
    # Joined to the story by a bar or a bullet, which no sentence uses as punctuation ("<b>Kept in the
    # Education file</b> | More children ..."; a bold opening phrase of the story is joined by a dash), the
    # label may run as long as a link's: "Pinned to the Local page of Halverton Evening Mail | ..."
    barred = _LEAD_LABEL_BAR.match(el.tail or "") is not None
    # (past eight words only when it names a page or section of the site and holds no figure: a review's or a
    # result's header, "<b>Leeds United 3 Sheffield Wednesday 1, Elland Road</b> | ...", is the story's)
    long_barred = barred and _SITE_PLACE.search(text) is not None and not any(c.isdigit() for c in text)
    longest = _ARROW_LABEL_WORDS if long_barred or _LINK_ARROW_END.search(text) and not _OPENS_QUOTE.search(text) \
        else _LEAD_LABEL_WORDS[1]
    if not _LEAD_LABEL_WORDS[0] <= words <= longest:
        return False
    # (or joins labels with a middle dot, bullet or bar, "Sport · today", as no phrase of a story does)
    # A section and its format named as a pair, "Culture: review", "Kultur — Reportage": two names of one or two
    # words joined by a colon or a spaced dash, no sentence between them.
    # Or a desk's kicker of two words in sentence case, "Courts update", "Yemek gündemi" (a dateline in capitals,
    # "NEW YORK", or a place's name, "New York", stays).
    kicker = not text.isupper() and _LEAD_LABEL_KICKER.fullmatch(text) is not None \
        and text.split()[1][:1].islower()
    # Or joined to the story by a bar or a bullet (above); a slash, single or double, also joins a dateline or a speaker's
    # name to what follows ("NEW YORK // ...", "Marie Dupont, maire // ..."), so after one the label must say
    # it is one: a page or section of the site, an arrow, a link, labels joined by a middle dot or a bullet
    # ("Environment · Aldwater edition / ..."), a family's label or a desk's pointer
    if _SLASH_SEP.match(el.tail or ""):
        # (a spaced guillemet joins a trail as a chevron does, "Town » History", where no quotation opens; not a
        # route, "Line 12: Centre » Hospital")
        return (_SITE_PLACE.search(text) is not None or arrow or el.find(".//a") is not None
                or _LEAD_LABEL_ROW.search(text) is not None or _GUILLEMET_TRAIL.fullmatch(text) is not None
                or _is_label(text, load_patterns()) or _points_at_section(text)) and not text.endswith("?")
    # (a chevron joins a trail of sections, "Town › People", not a route, "Route 12: Millbrook › Lendford")
    row = _LEAD_LABEL_ROW.search(text) is not None and not ("›" in text and any(c.isdigit() for c in text))
    return barred or arrow or row or bool(_LEAD_LABEL_PAIR.fullmatch(text)) \
        or kicker or el.find(".//a") is not None or _is_label(text, load_patterns()) or _points_at_section(text)


def _labels_a_list_item(el) -> bool:
    """The bold words open an item of a list whose other items open in bold too: each item's label before its
    value ("<li><b>The law</b> — dogs must be chipped by ...</li>" among "<li><b>What to bring</b> — ..."), no
    section's label run into a paragraph of the story."""
    item = next((a for a in el.iterancestors() if a.tag in ("li", "p", "div")), None)
    if item is None or item.tag != "li":
        return False
    parent = item.getparent()
    if parent is None:
        return False
    return any(li is not item and li.tag == "li" and not (li.text or "").strip() and len(li)
               and li[0].tag in ("b", "strong") for li in parent)


def _points_at_section(label: str) -> bool:
    """The whole label is a desk's pointer of the language files' `section_pointer`: a lead such as "fresh",
    "lo último", "neu", then the site's section it comes from ("Fresh from the business desk", "Recién llegado de
    la sección de Sociedad"); an opening phrase of the story that merely ends on a department stays."""
    pointer = load_patterns().section_pointer
    return pointer is not None and pointer.search(_label_key(label)) is not None


# a note in brackets, or led by a dash as a signature is ("– With reporting by ..."), or by a middle dot or a
# bullet as a partner desk's credit, no sentence ("<small>· With the Valley Post's farming desk</small>"; a story's
# sentence set in small print after a bullet, "· The consultation closes on 30 April.", stays on the line)
_BRACKETED_NOTE = re.compile(r"\([^()]+\)|\[[^\[\]]+\]|[–—]\s.+|[·•]\s[^.!?…]+")
_NOTE_MIN_WORDS = 3


def _break_after(el) -> None:
    """A <br> right after `el`, before its tail: what follows starts a line of its own."""
    br = lxml.html.Element("br")
    br.tail, el.tail = el.tail, None
    el.addnext(br)


_ONE_OFF_BOX_MAX_WORDS = 12
_NEXT_SENTENCE = re.compile(r"\s*(?:[–—|·•-]\s*)?[\"“„«‘'(]?\s*([^\W\d_])")


def split_inline_furniture(tree, *, max_words: int = 16, classes: "ClassCounts | None" = None) -> int:
    """Put a short inline box whose class says furniture on a line of its own when it shares a line of
    running text with the story, in place; returns how many.

    `<span class="photo-credit">Photo: X</span> The council ...` or `<span class="category">News</span> The
    council ...` in a text block separated by <br>s is otherwise extracted as ONE line, which the cleaner can
    only keep whole (furniture left) or drop whole (story lost). The box is split off with a <br> when it
    starts a line and a new sentence follows it (capital letter, quote), or when it ends a line after a
    finished sentence; a hinted link inside a sentence ("... said <a class=tag>Apple</a> on Monday") stays.
    A bracketed note in italics or small print after a paragraph's finished last sentence is split off too,
    and a bold section or link label opening a paragraph before a dash (`_run_in_label`).

    A box its class names as furniture of up to `max_words` words: a reader's photo note with the outlet's name
    runs to 15 ("<span class=phone-snap-tag>Snapped on a phone by one of our readers and sent to ..."); splitting
    only makes it a line the cleaner judges. A one-off box the class does not name as furniture, up to 12: in
    German a longer one is as often the start of a sentence whose next word is a capitalised noun.
    """
    n = 0
    for el in list(tree.iter(*_INLINE)):
        if el.tag in _EMPHASIS:
            if _run_in_note(el):
                _sole_wrapper(el).addprevious(lxml.html.Element("br"))
                n += 1
                continue
            if _run_in_label(el):
                # the label on its own line, marked as one for the line features; the story's line starts after
                # the dash
                el.set(_RUN_IN_LABEL, "1")
                el.tail = _LEAD_LABEL_SEP.sub("", el.tail, count=1)
                _break_after(el)
                n += 1
                continue
        if not (el.get("class") or el.get("id")):
            continue
        hinted = _hinted(el)
        if not hinted and (el.tag != "span" or not el.get("class")):
            continue
        words = len(el.text_content().split())
        if not 1 <= words <= (max_words if hinted else _ONE_OFF_BOX_MAX_WORDS):
            continue
        if not hinted:
            # a one-off inline box named as one ("img-provenance") opening a line: 3+ words (a dateline span,
            # "<span class=place>BERLIN</span>", is shorter), and only where a new sentence follows (below)
            # (a highlighted first sentence, "<span class=hl>Prices fell again.</span> The ...", is a sentence
            # of the paragraph: a label ends without a sentence's punctuation)
            value = el.get("class")
            if words < _RUN_IN_BOX_MIN_WORDS or not _names_a_box(value) or _SENTENCE_END.search(el.text_content()):
                continue
            classes = classes or ClassCounts(tree)
            if classes.get(value) != 1:
                continue
        # (the tail opens the next sentence: a letter, a quotation mark or a separator first; ": Sie müssen ..."
        # or ", and ..." goes on with the sentence the box began)
        first = _NEXT_SENTENCE.match(el.tail or "")
        if first and first.group(1).isupper() and _starts_line(el):
            _break_after(el)
            n += 1
            continue
        if hinted and _ends_line(el) and _SENTENCE_END.search(_text_before(el)):
            el.addprevious(lxml.html.Element("br"))
            n += 1
    return n


# ---------------------------------------------------------------------------------------------------------
# Note marks

_NOTE_MARK = re.compile(r"[\[(]?(?:\d{1,3}|[*†‡§¶]{1,3})[\])]?")


def drop_heading_anchors(tree) -> int:
    """Remove the permalink marks that static-site and documentation generators add to headings, in place;
    returns how many.

    markdown-it-anchor, Sphinx and many themes put a link to the heading's own anchor inside it, whose text is
    only a mark: "<h2 id=fees>Pitch fees <a class=header-anchor href=#fees>#</a></h2>" (also "¶", "🔗", "⚓").
    Extraction would make the crosshead "Pitch fees #". A link with words in it is the heading's text and
    stays."""
    n = 0
    for h in tree.iter(*_HEADINGS, "h1"):
        for a in list(h.iter("a")):
            href = (a.get("href") or "").strip()
            if href.startswith("#") and _PERMALINK_MARK.fullmatch(a.text_content().strip()):
                _drop_keep_tail(a)
                n += 1
    return n


_PERMALINK_MARK = re.compile(r"(?:[#¶🔗⚓][\ufe0e\ufe0f]?)?")     # (not "§", the mark of a law's section)


def drop_note_marks(tree) -> int:
    """Remove footnote and reference marks from running text, in place; returns how many.

    A mark is a link to a place in the same page (`href="#..."`) whose whole text is a note number or sign
    ("1", "[2]", "*", "†"), alone or in a `<sup>`, glued to the word or punctuation before it:
    "... in the first fortnight.<a href="#fn1">1</a>". Extraction would otherwise make "fortnight.1". A link
    to an anchor after a space ("see table <a href="#t2">2</a>") and a number in `<sup>` without a link
    ("m<sup>2</sup>") are text and stay.
    """
    n = 0
    for a in list(tree.iter("a")):
        href = (a.get("href") or "").strip()
        if not href.startswith("#") or len(href) < 2 or any(c.tag not in ("sup", "span") for c in a.iterdescendants()):
            continue
        if not _NOTE_MARK.fullmatch(a.text_content().strip()):
            continue
        box = a
        parent = a.getparent()
        if parent is not None and parent.tag == "sup" and len(parent) == 1 and not (parent.text or "").strip() \
                and not (a.tail or "").strip():
            box = parent
        if not _glued(box):
            continue
        _drop_keep_tail(box)
        n += 1
    return n


def _glued(el) -> bool:
    """The element follows a word or punctuation mark with no space between."""
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        text = (parent.text or "") if parent is not None else ""
        return bool(text) and not text[-1].isspace()
    if prev.tail:
        return not prev.tail[-1].isspace()
    if not isinstance(prev.tag, str) or prev.tag in _LINE_BREAKERS:
        return False
    content = prev.text_content()
    return bool(content) and not content[-1].isspace()


def _drop_keep_tail(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)
