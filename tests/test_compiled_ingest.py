"""Ingest's compiled text extraction (engine/ingest's html, normalise and text: engine/parser_build.py's INGEST unit,
built by ./dev compile) against the pure-Python modules: the modules imported are the build's, no parser comes with
them, and every text ingest makes — reports/, ../shared/corpus and generated gov-site pages in UTF-8 and GBK — is the
pure modules' (run in a child with XXGK_PURE=1). Skipped when the current sources have no ingest build, unless
XXGK_REQUIRE_COMPILED=1 (.ci/run sets it)."""

from __future__ import annotations

import importlib.machinery
import json
import os
import random
import subprocess
import sys
import types
from pathlib import Path

import pytest

import engine.ingest
from engine.parser_build import ABI, INGEST

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (ROOT.parent / "shared" / "corpus", Path("/work/shared/corpus")) if p.is_dir()), None)
BUILD = engine.ingest.BUILD

if BUILD is None:
    if os.environ.get("XXGK_REQUIRE_COMPILED") == "1":
        raise AssertionError("XXGK_REQUIRE_COMPILED=1 but ingest runs as pure Python: no build for these sources "
                             "(./dev compile; its log under build/compiled-ingest/*.failed.log)")
    pytestmark = pytest.mark.skip(reason="no compiled build of ingest for these sources (./dev compile)")


def test_the_compiled_modules_are_the_ones_imported():
    where = BUILD / "engine" / "ingest"
    for name in INGEST.modules:
        module = importlib.import_module(f"engine.ingest.{name}")  # finish: imported by its first use
        assert isinstance(module.__loader__, importlib.machinery.ExtensionFileLoader), name
        assert module.__file__.startswith(f"{where}/") and module.__file__.endswith(f"/{name}{ABI}"), name
        functions = [v for v in vars(module).values() if callable(v) and getattr(v, "__module__", "") == module.__name__
                     and not isinstance(v, type)]
        assert functions and not any(isinstance(f, types.FunctionType) for f in functions), name
    assert sys.modules["engine.ingest.compiled__mypyc"].__file__ == str(where / f"compiled__mypyc{ABI}")
    assert engine.ingest.__file__ == str(ROOT / "engine" / "ingest" / "__init__.py")  # the package itself is pure
    assert sys.modules["engine.ingest.pdf"].__file__ == str(ROOT / "engine" / "ingest" / "pdf.py")  # not compiled


def _child(code: str, **env: str) -> list[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), **env)).stdout.split()


def test_pure_python_when_asked_and_no_parser_with_the_build():
    code = ("import sys, engine.ingest, engine.ingest.html as h; "
            "print(engine.ingest.BUILD is None, h.__file__.endswith('.py'), 'engine.parse' in sys.modules)")
    assert _child(code, XXGK_PURE="1") == ["True", "True", "False"]
    # the batch parent reads pages through engine.ingest and never parses: the build brings no parser module
    code = ("import sys, engine.ingest; "
            "print(engine.ingest.BUILD is not None, [m for m in sys.modules if m.startswith('engine.parse.')], "
            "'engine.parse' in sys.modules)")
    assert _child(code) == ["True", "[]", "False"]


def _pages(folder: Path) -> list[str]:
    """Gov-site pages with chrome, as bench/mixed.py makes them (a share in GBK)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import mixed
        import synth
    finally:
        sys.path.remove(str(ROOT / "bench"))
    paths = []
    for i, s in enumerate(synth.generate_reports(40, 17)):
        path = folder / f"{i:02d}-{s.encoding}.html"
        path.write_bytes(mixed.to_html(s, mixed._chrome(random.Random(i))))
        paths.append(str(path))
    return paths


LOAD = """
import json, sys
from pathlib import Path
import engine.ingest as ingest
out = {}
for p in sys.argv[2:]:
    for f in sorted(q for q in (Path(p).rglob("*") if Path(p).is_dir() else [Path(p)])
                    if q.suffix.lower() in (".txt", ".html", ".htm")):
        try:
            d = ingest.load(f)
            out[str(f)] = [d.text, d.format, d.encoding]
        except Exception as e:
            out[str(f)] = [type(e).__name__, str(e)]
json.dump({"build": ingest.BUILD is not None, "texts": out}, open(sys.argv[1], "w"), ensure_ascii=False)
"""


def test_compiled_and_pure_ingest_alike(tmp_path):
    """The text, format and encoding (or the error) of every file, compiled and pure, each in a child."""
    pages = tmp_path / "pages"
    pages.mkdir()
    paths = [str(ROOT / "reports"), *([str(SHARED)] if SHARED else []), *_pages(pages)]
    got = {}
    for side, env in (("compiled", {}), ("pure", {"XXGK_PURE": "1"})):
        subprocess.run([sys.executable, "-c", LOAD, str(tmp_path / f"{side}.json"), *paths], check=True, cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=str(ROOT), **env))
        got[side] = json.loads((tmp_path / f"{side}.json").read_text(encoding="utf-8"))
    assert got["compiled"]["build"] and not got["pure"]["build"]
    compiled, pure = got["compiled"]["texts"], got["pure"]["texts"]
    assert len(compiled) >= 60 and sum(v[1] == "html" for v in compiled.values()) >= 40
    assert any(v[2] not in ("utf_8", "html") for v in compiled.values())  # GBK pages among them
    differ = sorted(k for k in compiled.keys() | pure.keys() if compiled.get(k) != pure.get(k))
    assert not differ, differ[:10]
