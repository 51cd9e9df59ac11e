"""engine/patterns.py: every pattern kept for the engine's start is the one `re` compiles itself (code, flags, groups,
names), for the engine's own patterns and for generated ones; a file for another interpreter or a damaged one is not
used; `./dev compile` keeps the file current and tells a failure once; a process starts with the kept patterns."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import compile_parser as cp
from engine import patterns

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not patterns.USABLE, reason="this interpreter's re has no _sre.compile to feed")


def _written(folder: Path) -> dict:
    """The engine's patterns written into `folder` by a fresh interpreter, as compile_parser does."""
    subprocess.run([sys.executable, "-c", "import sys, pathlib; from engine.patterns import write; "
                    "write(pathlib.Path(sys.argv[1]))", str(folder)], cwd=ROOT, check=True,
                   env=dict(os.environ, PYTHONPATH=str(ROOT)))
    tag, made_from, table = marshal.loads(patterns.path(folder).read_bytes())
    assert tag == patterns.TAG and made_from == patterns.sources()
    return table


@pytest.fixture(scope="module")
def kept(tmp_path_factory) -> dict:
    return _written(tmp_path_factory.mktemp("patterns"))


def test_every_kept_pattern_is_the_one_re_compiles(kept):
    for (pattern, flags), entry in kept.items():  # (made by _sre itself: a refused entry raises, not falls back)
        assert patterns._same(patterns._made(pattern, entry), patterns.STOCK(pattern, flags)), pattern


def test_the_engines_patterns_are_kept(kept):
    """The module-level patterns of the parse and ingest modules are all in the file."""
    import engine.ingest.html
    import engine.parse.author
    import engine.parse.counts
    import engine.parse.meta
    import engine.parse.tables
    texts = {pattern for pattern, _ in kept}
    module_patterns = [v for m in (engine.parse.author, engine.parse.counts, engine.parse.meta, engine.parse.tables,
                                   engine.ingest.html)
                       for v in vars(m).values() if isinstance(v, re.Pattern) and isinstance(v.pattern, str)]
    assert len(module_patterns) > 100 and all(p.pattern in texts for p in module_patterns)
    assert len(kept) > 1000


def test_a_changed_code_is_not_the_same_pattern(kept):
    """The check `write` keeps a pattern by has teeth: one word of its code changed, it fails; a code _sre rejects
    falls back to re's own."""
    (pattern, flags), entry = next((k, e) for k, e in kept.items() if len(e[1]) > 40)
    final, code, groups, groupindex, indexgroup = entry
    taken = rejected = 0
    for k in range(len(code) // 4):
        changed = array("I", code)
        changed[k] ^= 1
        damaged = (final, changed.tobytes(), groups, groupindex, indexgroup)
        try:
            made = patterns._made(pattern, damaged)
        except RuntimeError:
            rejected += 1
            assert patterns._same(patterns._compiled({(pattern, flags): damaged})(pattern, flags),
                                  patterns.STOCK(pattern, flags))
            continue
        taken += 1
        assert not patterns._same(made, patterns.STOCK(pattern, flags)), k
    assert taken and rejected


CJK = st.sampled_from(list("省市县区镇乡街道办公开政府信息年度报告第一二三（）〔〕、。：0123456789abcXYZ .-"))
ATOMS = st.one_of(
    CJK.map(re.escape),
    st.sampled_from([r"\d", r"\s", r"\w", r"\S", ".", r"[0-9０-９]", r"[省市县区]", r"[^。；]", r"[\u4e00-\u9fa5]",
                     r"[一二三四五六七八九十]", r"\b", "^", "$", r"(?<=年)", r"(?!公开)"]))


@st.composite
def _patterns(draw, depth=2):
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        if depth and draw(st.booleans()):
            inner = draw(_patterns(depth=depth - 1))
            kind = draw(st.sampled_from(["(?:{})", "({})", f"(?P<g{draw(st.integers(0, 9))}>{{}})"]))
            part = kind.format(inner)
        else:
            part = draw(ATOMS)
        part += draw(st.sampled_from(["", "?", "*", "+", "{1,3}", "*?"]))
        parts.append(part)
    branch = "".join(parts)
    return branch if not draw(st.booleans()) else branch + "|" + draw(CJK).replace("\\", "")


@settings(max_examples=100, deadline=None)
@given(_patterns(), st.sampled_from([0, re.I, re.M | re.S, re.X, re.A]))
def test_an_entry_makes_what_re_makes(pattern, flags):
    try:
        stock = patterns.STOCK(pattern, int(flags))
    except re.error:  # (a generated pattern re refuses, e.g. a repeated group name)
        return
    entry = patterns._entry(pattern, int(flags))
    assert patterns._same(patterns._made(pattern, entry), stock)


def test_only_this_interpreters_whole_file_is_installed(tmp_path, monkeypatch):
    from re import _compiler  # type: ignore[attr-defined]
    monkeypatch.setattr(_compiler, "compile", patterns.STOCK)  # as if no file had been installed at import
    entry = patterns._entry("公开(?P<n>\\d+)件", 0)
    for content in (marshal.dumps(("another-python", "", {("公开(?P<n>\\d+)件", 0): entry})), b"\x00damaged"):
        patterns.path(tmp_path).write_bytes(content)
        assert not patterns.install(tmp_path) and _compiler.compile is patterns.STOCK
    patterns.path(tmp_path).write_bytes(marshal.dumps((patterns.TAG, "", {("公开(?P<n>\\d+)件", 0): entry})))
    assert patterns.install(tmp_path) and _compiler.compile is not patterns.STOCK
    assert not patterns.install(tmp_path)  # once
    kept = re.compile("公开(?P<n>\\d+)件")
    assert patterns._same(kept, patterns.STOCK("公开(?P<n>\\d+)件", 0)) and kept.search("共公开12件")["n"] == "12"
    assert re.compile("不在文件里(\\d)").match("不在文件里7")[1] == "7"  # not kept: re compiles it
    named = "(?P<a>甲)|(?P<b>乙)"  # the index → name map (Match.lastgroup), which Pattern's == does not compare
    assert patterns._made(named, patterns._entry(named, 0)).match("乙").lastgroup == "b"


def test_compile_keeps_the_file_current_and_tells_a_failure_once(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("XXGK_PURE", raising=False)  # (a pure run keeps no file: the set-up's own choice, not here)
    folder = tmp_path / "patterns"
    assert cp.main_in(ROOT, tmp_path / "build", ["--if-missing"], units=(), patterns_folder=folder) == 0
    assert patterns.current(folder, ROOT)
    made = patterns.path(folder).stat().st_mtime_ns
    assert cp.main_in(ROOT, tmp_path / "build", ["--if-missing"], units=(), patterns_folder=folder) == 0
    assert patterns.path(folder).stat().st_mtime_ns == made  # current: not written again
    assert capsys.readouterr().err == ""
    blocked = tmp_path / "a-file"  # a folder that cannot be made: the write fails, the set-up does not
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    assert cp.main_in(ROOT, tmp_path / "build", ["--if-missing"], units=(), patterns_folder=blocked / "p") == 0
    err = capsys.readouterr().err
    assert "正则表达式未能预编译" in err and err.count("xxgk:") == 1


def test_a_process_starts_with_the_kept_patterns():
    if not patterns.current():
        if os.environ.get("XXGK_REQUIRE_COMPILED") == "1":
            raise AssertionError("XXGK_REQUIRE_COMPILED=1 but build/patterns has no current file (./dev compile)")
        pytest.skip("no current build/patterns file (./dev compile)")
    code = "import engine, re; from re import _compiler; print(_compiler.compile.__qualname__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT))).stdout.strip()
    assert out == "_compiled.<locals>.compile"
