"""engine/parser_build.py picks a compiled build of engine.parse only when its manifest matches the sources as they
are now (fake builds: empty extension files and a manifest, never imported)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from engine import parser_build as pb


def _tree(tmp_path: Path) -> tuple[Path, Path]:
    """A fake checkout (the compiled modules and one module they import) and a folder of builds."""
    root = tmp_path / "root"
    (root / "engine" / "parse").mkdir(parents=True)
    for m in pb.MODULES:
        (root / "engine" / "parse" / f"{m}.py").write_text(f"NAME = {m!r}\n", encoding="utf-8")
    (root / "engine" / "model.py").write_text("class Fact: pass\n", encoding="utf-8")
    return root, tmp_path / "builds"


def _build(builds: Path, root: Path, name: str = "k1", **changes) -> Path:
    build = builds / name
    (build / "engine" / "parse").mkdir(parents=True)
    for m in (*pb.MODULES, "compiled__mypyc"):
        (build / "engine" / "parse" / f"{m}{pb.ABI}").write_bytes(b"")
    files = {p.relative_to(root).as_posix(): pb.file_hash(p) for p in root.rglob("*.py")}
    manifest = {"modules": list(pb.MODULES), "abi": pb.ABI, "python": pb.INTERPRETER, "mypy": "2.4.1", "files": files,
                **changes}
    (build / pb.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return build


@pytest.fixture(autouse=True)
def _not_pure(monkeypatch):
    monkeypatch.delenv("XXGK_PURE", raising=False)


def test_a_matching_build_goes_first_on_the_package_path(tmp_path):
    root, builds = _tree(tmp_path)
    build = _build(builds, root)
    path = ["/src/engine/parse"]
    assert pb.use_build(path, builds, root) == build
    assert path == [str(build / "engine" / "parse"), "/src/engine/parse"]


def test_an_edited_source_is_what_runs(tmp_path):
    root, builds = _tree(tmp_path)
    _build(builds, root)
    (root / "engine" / "parse" / "tables.py").write_text("NAME = 'edited'\n", encoding="utf-8")
    path = ["/src/engine/parse"]
    assert pb.use_build(path, builds, root) is None
    assert path == ["/src/engine/parse"]


def test_an_edited_imported_module_or_a_missing_file_is_pure_too(tmp_path):
    root, builds = _tree(tmp_path)
    _build(builds, root)
    (root / "engine" / "model.py").write_text("class Fact: x: int\n", encoding="utf-8")
    assert pb.find_build(builds, root) is None
    root2, builds2 = _tree(tmp_path / "two")
    _build(builds2, root2)
    (root2 / "engine" / "model.py").unlink()
    assert pb.find_build(builds2, root2) is None


@pytest.mark.parametrize("damage", ["missing", "corrupt", "not an object", "other abi", "other interpreter",
                                    "no interpreter", "module left out",
                                    "source left out", "extension missing", "runtime missing"])
def test_a_damaged_build_is_pure(tmp_path, damage):
    root, builds = _tree(tmp_path)
    build = _build(builds, root)
    manifest = build / pb.MANIFEST
    data = json.loads(manifest.read_text(encoding="utf-8"))
    if damage == "missing":
        manifest.unlink()
    elif damage == "corrupt":
        manifest.write_text(manifest.read_text(encoding="utf-8")[:40], encoding="utf-8")
    elif damage == "not an object":
        manifest.write_text("[]", encoding="utf-8")
    elif damage == "other abi":
        manifest.write_text(json.dumps({**data, "abi": ".cpython-310-x86_64-linux-gnu.so"}), encoding="utf-8")
    elif damage == "other interpreter":  # the same ABI, another build of it (pyenv's 3.11.7 against Debian's 3.11.2)
        manifest.write_text(json.dumps({**data, "python": "3.11.2 (main, Apr 28 2025) [GCC 12.2.0]"}), encoding="utf-8")
    elif damage == "no interpreter":  # a manifest from before builds were told apart by interpreter
        manifest.write_text(json.dumps({k: v for k, v in data.items() if k != "python"}), encoding="utf-8")
    elif damage == "module left out":
        manifest.write_text(json.dumps({**data, "modules": data["modules"][1:]}), encoding="utf-8")
    elif damage == "source left out":
        files = {k: v for k, v in data["files"].items() if k != "engine/parse/counts.py"}
        manifest.write_text(json.dumps({**data, "files": files}), encoding="utf-8")
    elif damage == "extension missing":
        (build / "engine" / "parse" / f"counts{pb.ABI}").unlink()
    else:
        (build / "engine" / "parse" / f"compiled__mypyc{pb.ABI}").unlink()
    assert pb.find_build(builds, root) is None


def test_the_newest_matching_build_wins_and_a_stale_one_is_passed_over(tmp_path):
    root, builds = _tree(tmp_path)
    old = _build(builds, root, "old")
    new = _build(builds, root, "new")
    now = time.time()
    os.utime(old, (now - 100, now - 100))
    os.utime(new, (now, now))
    assert pb.find_build(builds, root) == new
    # the newest is stale (made from other sources): the older one that matches is used
    (new / pb.MANIFEST).write_text(json.dumps({**json.loads((new / pb.MANIFEST).read_text(encoding="utf-8")),
                                              "files": {"engine/model.py": "0" * 64}}), encoding="utf-8")
    assert pb.find_build(builds, root) == old


def test_xxgk_pure_and_no_builds_folder(tmp_path, monkeypatch):
    root, builds = _tree(tmp_path)
    assert pb.find_build(builds, root) is None  # no folder yet
    build = _build(builds, root)
    assert pb.find_build(builds, root) == build
    monkeypatch.setenv("XXGK_PURE", "1")
    assert pb.find_build(builds, root) is None
    monkeypatch.setenv("XXGK_PURE", "0")
    assert pb.find_build(builds, root) == build


def test_each_unit_goes_by_its_own_sources(tmp_path):
    """The ingest unit (engine/ingest's html, normalise, text) has a build of its own: an edited ingest module makes
    ingest pure and leaves the parser compiled, and the other way round."""
    root = tmp_path / "root"
    builds = {}
    for unit in pb.UNITS:
        (root / unit.path).mkdir(parents=True)
        for m in unit.modules:
            (root / unit.path / f"{m}.py").write_text(f"NAME = {m!r}\n", encoding="utf-8")
    (root / "engine" / "model.py").write_text("class Fact: pass\n", encoding="utf-8")
    for unit in pb.UNITS:
        build = unit.builds(root) / "k1"
        (build / unit.path).mkdir(parents=True)
        for m in (*unit.modules, "compiled__mypyc"):
            (build / unit.path / f"{m}{pb.ABI}").write_bytes(b"")
        files = {p.relative_to(root).as_posix(): pb.file_hash(p)
                 for p in [*(root / unit.path).glob("*.py"), root / "engine" / "model.py"]}
        (build / pb.MANIFEST).write_text(json.dumps({"modules": list(unit.modules), "abi": pb.ABI,
                                                     "python": pb.INTERPRETER, "files": files}), encoding="utf-8")
        builds[unit] = build
    path = ["/src/engine/ingest"]
    assert pb.use_build(path, root=root, unit=pb.INGEST) == builds[pb.INGEST]
    assert path == [str(builds[pb.INGEST] / "engine" / "ingest"), "/src/engine/ingest"]
    # a parser build is no ingest build: another folder, other modules
    assert not pb.matches(builds[pb.PARSE], root, pb.INGEST) and not pb.matches(builds[pb.INGEST], root, pb.PARSE)
    (root / "engine" / "ingest" / "html.py").write_text("NAME = 'edited'\n", encoding="utf-8")
    assert pb.find_build(root=root, unit=pb.INGEST) is None
    assert pb.find_build(root=root, unit=pb.PARSE) == builds[pb.PARSE]
    (root / "engine" / "model.py").write_text("class Fact: x: int\n", encoding="utf-8")  # imported by both
    assert pb.find_build(root=root, unit=pb.PARSE) is None
