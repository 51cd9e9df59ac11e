"""Regular expressions compiled once for every process, not once in each.

`re` turns a pattern's text into its matcher's code in every process that starts: ≈ 1,200 patterns as the engine is
imported, ≈ 0.29 s of a fork server's or a command's start, most of it on the large CJK classes. That code depends only
on the pattern, its flags and the interpreter. `./dev compile` keeps it (`write`: build/patterns/<interpreter>.bin),
and `install`, run first by the package, makes each pattern found there from its code with `_sre.compile`, the call
`re`'s own compile ends with; `re`'s cache in front of it is left as it is. A pattern not in the file (new, changed or
a library's), another interpreter, a damaged file or a `re` without these internals: `re` compiles it as always.

`re._compiler` and `_sre` are CPython's private API, so the file is named for the exact interpreter and `write` keeps
only a pattern that it made equal to `re`'s own (its code, flags, groups and group names).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import pkgutil
import sys
from array import array
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "build" / "patterns"

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    STOCK = _compiler.compile
    TAG = (f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-"
           f"{hashlib.sha256(sys.version.encode()).hexdigest()[:12]}")
    USABLE = array("I").itemsize == _sre.CODESIZE
except (ImportError, AttributeError):  # another implementation of `re`
    USABLE = False

# (pattern, flags) → (flags, code as array("I") bytes, groups − 1, group index, index group): _sre.compile's arguments
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def path(folder: Path = FOLDER) -> Path:
    return folder / f"{TAG}.bin"


def _made(pattern: str, entry: Entry) -> Any:
    """The pattern made from its entry (TypeError, ValueError or RuntimeError where _sre refuses the entry)."""
    final, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final, array("I", code).tolist(), groups, dict(groupindex), indexgroup)


def _compiled(table: dict[tuple[str, int], Entry]):
    def compile(p: Any, flags: int = 0) -> Any:
        entry = table.get((p, flags)) if type(p) is str else None
        if entry is None:
            return STOCK(p, flags)
        try:
            return _made(p, entry)
        except (TypeError, ValueError, RuntimeError):  # a damaged entry (_sre checks the code): as always
            return STOCK(p, flags)
    return compile


def install(folder: Path = FOLDER) -> bool:
    """`re` makes the patterns kept for this interpreter from their code (True), or compiles as always (False)."""
    if not USABLE or _compiler.compile is not STOCK:
        return False
    tag, _, table = _read(folder)
    if tag != TAG or not isinstance(table, dict):
        return False
    _compiler.compile = _compiled(table)
    return True


def _entry(pattern: str, flags: int) -> Entry:
    """What re._compiler.compile passes to _sre.compile for this pattern, as it does it."""
    tree = _parser.parse(pattern, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    code = array("I", [int(c) for c in _compiler._code(tree, flags)]).tobytes()
    return flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def _same(a: Any, b: Any) -> bool:
    return a == b and a.groups == b.groups and a.groupindex == b.groupindex


def record() -> dict[tuple[str, int], Entry]:
    """Every str pattern `re` compiles while the engine's modules are imported (in a process that has imported none
    but this one), each kept only when its entry makes a pattern equal to `re`'s own. A module that fails to import
    (an optional dependency missing) is passed over: its patterns compile as always."""
    import re

    import engine
    table: dict[tuple[str, int], Entry] = {}

    def recording(p: Any, flags: int = 0) -> Any:
        stock = STOCK(p, flags)
        if type(p) is str and not flags & _compiler.SRE_FLAG_DEBUG:
            entry = _entry(p, flags)
            with contextlib.suppress(TypeError, ValueError, RuntimeError):  # (refused: not kept)
                if _same(_made(p, entry), stock):
                    table[(p, flags)] = entry
        return stock

    re.purge()  # (a pattern already in re's cache would not reach the compile)
    _compiler.compile = recording
    try:  # walk_packages imports each package (engine.parse: all its modules) to list its modules
        for module in pkgutil.walk_packages(engine.__path__, "engine.", onerror=lambda name: None):
            with contextlib.suppress(Exception):
                importlib.import_module(module.name)
    finally:
        _compiler.compile = STOCK
    return table


def sources(root: Path = ROOT) -> str:
    """A hash of the engine's sources, which hold its patterns: the file written from other sources is rewritten."""
    h = hashlib.sha256()
    for source in sorted(root.joinpath("engine").rglob("*.py")):
        h.update(source.relative_to(root).as_posix().encode() + b"\0" + source.read_bytes() + b"\0")
    return h.hexdigest()


def _read(folder: Path = FOLDER) -> tuple[Any, Any, Any]:
    try:
        tag, made_from, table = marshal.loads(path(folder).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None, None, None
    return tag, made_from, table


def current(folder: Path = FOLDER, root: Path = ROOT) -> bool:
    """Whether the file for this interpreter was written from the sources as they are now (or cannot be)."""
    if not USABLE:
        return True
    tag, made_from, _ = _read(folder)
    return tag == TAG and made_from == sources(root)


def write(folder: Path = FOLDER) -> Path | None:
    """(In a fresh process: engine/compile_parser.py runs it) the engine's patterns kept for this interpreter in
    `folder`; None where `re` has no such internals."""
    if not USABLE:
        return None
    made_from = sources()
    table = record()
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".tmp-{os.getpid()}"  # whole, then in place: a process starting meanwhile reads the old file
    tmp.write_bytes(marshal.dumps((TAG, made_from, table)))
    os.replace(tmp, path(folder))
    return path(folder)
