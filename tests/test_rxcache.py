"""The on-disk cache of compiled patterns (newsflow.rxcache): same patterns as re.compile, and a damaged,
foreign or disabled cache only means compiling as usual."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsflow import clean, rxcache

# patterns of the shapes the cleaner builds: groups, named groups, lookarounds, classes, a trie, flags
PATTERNS = [
    (r"^(?:photo|foto|fotoğraf)\s*[:|/]\s*\w+", 0),
    (r"(?<!\w)(?:share (?:this|the) (?:article|story))(?!\w)", 0),
    (r"(?P<who>[A-ZÀ-Þ][\w'’.-]*)\s+(?:said|says)\b", 0),
    (r"(?=((?:c(?:ook(?:ie(?:s)?)?|onsent)|abonn(?:ez|ement))))", 0),
    (r"^\W*(?:©|\(c\))\s*\d{4}", re.I),
    (r"(?-i:[A-Z]{2,})\s+\d+", 0),
    (r"[^\W\d_]{3,}(?:\s+[^\W\d_]{3,}){0,4}[.!?]$", re.M),
]


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
    monkeypatch.setenv(rxcache.ENV_DIR, str(tmp_path))
    rxcache.reset()
    yield tmp_path
    rxcache.reset()


def _same(a: re.Pattern, b: re.Pattern, text: str) -> bool:
    ma, mb = a.search(text), b.search(text)
    if ma is None or mb is None:
        return ma is None and mb is None
    return ma.span() == mb.span() and ma.groups() == mb.groups() and ma.groupdict() == mb.groupdict()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abcookiesABCPHOTSar é©()2024:|/ .!?Şşfotoğraf'", max_size=60), min_size=1,
                max_size=5))
def test_cached_patterns_match_like_re_compile(texts):
    for pattern, flags in PATTERNS:
        fresh = rxcache.compile(pattern, flags)
        reference = re.compile(pattern, flags)
        assert fresh.pattern == reference.pattern and fresh.flags == reference.flags
        assert fresh.groupindex == reference.groupindex and fresh.groups == reference.groups
        for text in texts:
            assert _same(fresh, reference, text)


def test_a_saved_cache_is_used_by_the_next_process(cache_in):
    for pattern, flags in PATTERNS:
        rxcache.compile(pattern, flags)
    assert rxcache.save()
    files = list(cache_in.glob("patterns-*.marshal"))
    assert len(files) == 1
    stored = marshal.loads(files[0].read_bytes())["code"]
    assert {f"{int(f)}:{p}" for p, f in PATTERNS} <= set(stored)
    assert not rxcache.save()   # nothing new since
    # another interpreter reads it and compiles nothing: its parser is never called
    probe = (
        "import re._parser as P\n"
        "calls = []\n"
        "orig = P.parse\n"
        "P.parse = lambda *a, **k: calls.append(a) or orig(*a, **k)\n"
        "from newsflow import rxcache\n"
        f"rx = rxcache.compile({PATTERNS[2][0]!r})\n"
        "print(len(calls), rx.search('Then Ayşe Demir said it').group('who'))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "Demir"]


def test_a_damaged_cache_file_means_compiling_as_usual(cache_in):
    path = rxcache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    pattern = PATTERNS[0][0]
    for damage in (b"\x00not marshal at all", marshal.dumps([1, 2, 3]),
                   # well formed, but the SRE code is nonsense: _sre rejects it, the pattern is compiled afresh
                   marshal.dumps({"code": {f"0:{pattern}": (0, [999, 1, 2], 0, {}, ())}, "memo": {}}),
                   marshal.dumps({"code": {f"0:{pattern}": "not an entry"}, "memo": {}})):
        path.write_bytes(damage)
        rxcache.reset()
        rx = rxcache.compile(pattern)
        assert rx.match("foto: Reuters") and not rx.match("the photo agency")


def test_invalid_patterns_raise_like_re(cache_in):
    with pytest.raises(re.error):
        rxcache.compile(r"(unclosed")


def test_disabled_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(rxcache.ENV_DIR, "off")
    rxcache.reset()
    try:
        assert rxcache.cache_file() is None
        assert rxcache.compile(PATTERNS[1][0]).search("please share this article now")
        assert rxcache.memo("k", "x", lambda: 5) == 5
        assert not rxcache.save()
    finally:
        rxcache.reset()


def test_memo_is_kept_per_kind_and_key(cache_in):
    calls = []
    value = rxcache.memo("kind-a", "key", lambda: calls.append(1) or (frozenset({"ab"}), True))
    assert value == (frozenset({"ab"}), True)
    assert rxcache.memo("kind-a", "key", lambda: calls.append(1)) == value
    assert rxcache.memo("kind-b", "key", lambda: 7) == 7
    assert calls == [1]
    rxcache.save()
    rxcache.reset()
    assert rxcache.memo("kind-a", "key", lambda: pytest.fail("recomputed")) == value


CLEAN_INPUT = """Harbour cranes idle as dockers strike
HOME | NEWS | PORTS
We use cookies to improve your experience. Accept all cookies
Dockers at the container terminal stopped work on Monday morning over a dispute about night-shift pay.
The union said talks with the operator had broken down after three weeks without a new offer on the table.
"We are not going back until the offer is in writing," she said.
Ships were diverted to the southern quay, where a smaller crew kept two cranes running through the night.
Photo: Harbour Press
Share this article
Sign up for our morning newsletter"""


def test_clean_gives_the_same_result_with_a_cold_and_a_warm_cache(cache_in):
    def run():
        clean._analyse.cache_clear()
        clean._first_chars.cache_clear()
        clean.load_patterns.cache_clear()
        result = clean.clean(CLEAN_INPUT, title="Harbour cranes idle as dockers strike", language="en")
        return result.text, [(r["line"], r["rule"]) for r in result.removed]

    cold = run()
    assert rxcache.save()
    rxcache.reset()
    warm = run()
    assert warm == cold
    assert "Photo: Harbour Press" not in cold[0] and "dockers" in cold[0].lower()
    clean.load_patterns.cache_clear()
