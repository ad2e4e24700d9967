"""Compiled boilerplate patterns and their analyses, kept on disk between processes.

The boilerplate tables (newsflow/data/boilerplate) become about 2,900 regular expressions. Parsing and
compiling them, and analysing them for the cleaner's literal pre-filters, costs about 2 s of CPU in every
process that meets them all, and each worker of a run pays it again for the patterns its pages need: on the
905-page benchmark that was over a second of each worker's seven. Python cannot pickle a compiled pattern,
but what its compiler produces from one -- the SRE code, a list of integers -- is plain data, and
``_sre.compile`` (what ``re.compile`` itself ends with) turns it back into the same pattern object in
microseconds. This module keeps that code, and the cleaner's analyses of each pattern, in one file per
Python build in the user's cache folder.

The file is read with ``marshal`` (plain values only: it cannot run code) and every entry is checked for
shape before use. A missing, unreadable or foreign file only means compiling as usual: the cache is an
optimisation, never a source of truth. Set ``NEWSFLOW_CACHE_DIR`` to choose the folder, or to ``off`` to
disable the cache.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, Callable

try:  # the compiler's own parts; if this Python lays them out otherwise, compile as usual
    import _sre
    import re._compiler as _compiler
    import re._parser as _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

ENV_DIR = "NEWSFLOW_CACHE_DIR"
FORMAT = 1                      # bump when the file layout changes
_MAX_ENTRIES = 50_000           # a file that grew past this (tables edited many times) starts afresh

_lock = threading.Lock()
_state: dict[str, Any] = {"loaded": False, "code": {}, "memo": {}, "dirty": False, "path": None}


def cache_dir() -> Path | None:
    """The cache folder (None when disabled): $NEWSFLOW_CACHE_DIR, else $XDG_CACHE_HOME/newsflow, else
    ~/.cache/newsflow."""
    chosen = os.environ.get(ENV_DIR)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsflow"


def cache_file() -> Path | None:
    """This Python build's cache file: the SRE code of a pattern depends on the interpreter's version."""
    folder = cache_dir()
    if folder is None or _sre is None:
        return None
    build = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}"
    return folder / f"patterns-{build}-sre{_sre.MAGIC}-v{FORMAT}.marshal"


def _load() -> None:
    if _state["loaded"]:
        return
    _state["loaded"] = True
    path = _state["path"] = cache_file()
    if path is None:
        return
    data = _read(path)
    _state["code"], _state["memo"] = data.get("code", {}), data.get("memo", {})


def _read(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())
    except Exception:   # missing, truncated, written by another Python: start empty
        return {}
    if not (isinstance(data, dict) and isinstance(data.get("code"), dict) and isinstance(data.get("memo"), dict)):
        return {}
    return data


def _entry_ok(entry: Any) -> bool:
    return (isinstance(entry, tuple) and len(entry) == 5 and isinstance(entry[0], int)
            and isinstance(entry[1], list) and isinstance(entry[2], int) and isinstance(entry[3], dict)
            and isinstance(entry[4], tuple))


def _code_of(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile hands to _sre.compile, as plain values."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = {str(k): int(i) for k, i in parsed.state.groupdict.items()}
    indexgroup: list = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | parsed.state.flags), code, int(parsed.state.groups - 1), groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name says what it replaces
    """``re.compile(pattern, flags)``, from the cached compiler output when this pattern was compiled before."""
    if _sre is None:
        return re.compile(pattern, flags)
    pattern, flags = str(pattern), int(flags)
    with _lock:
        _load()
        if _state["path"] is None:
            return re.compile(pattern, flags)
        key = f"{flags}:{pattern}"
        entry = _state["code"].get(key)
    if entry is not None and _entry_ok(entry):
        try:
            return _sre.compile(pattern, entry[0], entry[1], entry[2], entry[3], entry[4])
        except Exception:   # invalid SRE code (a foreign or damaged entry): compile afresh below
            pass
    try:
        entry = _code_of(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:   # the compiler's internals differ from what this module expects
        return re.compile(pattern, flags)
    with _lock:
        _state["code"][key] = entry
        _state["dirty"] = True
    return compiled


def memo(kind: str, key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, remembered on disk under (kind, key). The value must be made of marshal's plain types
    (str, int, bool, None, tuple, frozenset...); ``kind`` names the computation and its code's version."""
    with _lock:
        _load()
        table = _state["memo"].get(kind)
        if table is not None and key in table:
            return table[key]
    value = compute()
    if _state["path"] is not None:
        with _lock:
            _state["memo"].setdefault(kind, {})[key] = value
            _state["dirty"] = True
    return value


def code_version(*sources: str) -> str:
    """A short hash of source files, to name a memo kind after the code that computes it."""
    digest = hashlib.sha1()
    for source in sources:
        try:
            digest.update(Path(source).read_bytes())
        except OSError:
            digest.update(source.encode())
    return digest.hexdigest()[:12]


def save() -> bool:
    """Write what this process added since it loaded the file (merged with what other processes wrote
    meanwhile), through a temp file and a rename. True when a file was written; errors are ignored."""
    with _lock:
        path = _state["path"]
        if not _state["dirty"] or path is None:
            return False
        on_disk = _read(path)
        code, memo_ = on_disk.get("code", {}), on_disk.get("memo", {})
        if len(code) + sum(len(t) for t in memo_.values()) > _MAX_ENTRIES:
            code, memo_ = {}, {}
        code.update(_state["code"])
        for kind, table in _state["memo"].items():
            memo_.setdefault(kind, {}).update(table)
        _state["code"], _state["memo"], _state["dirty"] = code, memo_, False
        try:
            blob = marshal.dumps({"code": code, "memo": memo_})
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(blob)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except (OSError, ValueError):   # a read-only home, a full disk: run on without the cache
            return False
        return True


def reset() -> None:
    """Forget the loaded file (tests; or after NEWSFLOW_CACHE_DIR changed in this process)."""
    with _lock:
        _state.update(loaded=False, code={}, memo={}, dirty=False, path=None)
