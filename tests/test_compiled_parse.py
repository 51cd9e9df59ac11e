"""The compiled parser (./dev compile, engine/compile_parser.py) against the pure-Python one: the modules imported are
the build's, and every fact with its evidence is the same on reports/ and ../shared/corpus (the pure parse in a
subprocess with XXGK_PURE=1). Skipped when the current sources have no build, unless XXGK_REQUIRE_COMPILED=1
(.ci/run sets it: CI builds the parser and must test the build)."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import engine.parse
from engine.parser_build import ABI, MODULES

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (ROOT.parent / "shared" / "corpus", Path("/work/shared/corpus")) if p.is_dir()), None)
BUILD = engine.parse.BUILD

if BUILD is None:
    if os.environ.get("XXGK_REQUIRE_COMPILED") == "1":
        raise AssertionError("XXGK_REQUIRE_COMPILED=1 but the parser runs as pure Python: no build for these "
                             "sources (./dev compile; its log under build/compiled/*.failed.log)")
    pytestmark = pytest.mark.skip(reason="no compiled build of the parser for these sources (./dev compile)")


def test_the_compiled_modules_are_the_ones_imported():
    where = BUILD / "engine" / "parse"
    for name in MODULES:
        module = importlib.import_module(f"engine.parse.{name}")
        # (mypyc names a module's file from its shared runtime module's folder plus the module's path:
        # build/compiled/<key>/engine/parse/engine/parse/<name>.so, a file that does not exist)
        assert isinstance(module.__loader__, importlib.machinery.ExtensionFileLoader), name
        assert module.__file__.startswith(f"{where}/") and module.__file__.endswith(f"/{name}{ABI}"), name
        functions = [v for v in vars(module).values() if callable(v) and getattr(v, "__module__", "") == module.__name__
                     and not isinstance(v, type)]
        assert functions and not any(isinstance(f, types.FunctionType) for f in functions), name
    assert sys.modules["engine.parse.compiled__mypyc"].__file__ == str(where / f"compiled__mypyc{ABI}")
    assert engine.parse.__file__ == str(ROOT / "engine" / "parse" / "__init__.py")  # the package itself is pure


def test_pure_python_when_asked():
    code = ("import engine.parse, engine.parse.tables as t; "
            "print(engine.parse.BUILD is None, t.__file__.endswith('.py'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env=dict(os.environ, XXGK_PURE="1", PYTHONPATH=str(ROOT))).stdout.split()
    assert out == ["True", "True"]


def test_compiled_and_pure_parse_alike(tmp_path):
    """Every report's status, text and facts with their evidence, compiled (here) and pure (a child)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from same_facts import parsed
    finally:
        sys.path.remove(str(ROOT / "bench"))
    paths = [str(ROOT / "reports"), *([str(SHARED)] if SHARED else [])]
    texts = tmp_path / "texts.pickle"
    compiled = json.loads(json.dumps(parsed(paths, str(texts)), ensure_ascii=False, sort_keys=True, default=str))
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); from same_facts import parsed; import engine.parse; "
            "assert engine.parse.BUILD is None; "
            "json.dump(parsed(sys.argv[4:], sys.argv[3]), open(sys.argv[2], 'w'), ensure_ascii=False, sort_keys=True, "
            "default=str)")
    subprocess.run([sys.executable, "-c", code, str(ROOT / "bench"), str(tmp_path / "pure.json"), str(texts),
                    *paths], check=True, cwd=ROOT, env=dict(os.environ, XXGK_PURE="1", PYTHONPATH=str(ROOT)))
    pure = json.loads((tmp_path / "pure.json").read_text(encoding="utf-8"))
    assert len(compiled) >= 20
    differ = sorted(k for k in compiled.keys() | pure.keys() if compiled.get(k) != pure.get(k))
    assert not differ, differ[:10]
