"""engine/compile_parser.py: a build becomes build/compiled/<key>/ only whole, with a manifest the loader accepts; a
failed build or no mypy leaves the parser pure with one notice and never fails the set-up (the compiler is faked:
the real build is tests/test_compiled_parse.py's)."""

from __future__ import annotations

import pytest

from engine import compile_parser as cp
from engine import parser_build as pb

# a stand-in for mypyc and the compiler: empty extension files where the build puts them
FAKE_OK = f"""
import sys, pathlib
out = pathlib.Path(sys.argv[1]) / "engine" / "parse"
out.mkdir(parents=True)
for m in {(*pb.MODULES, "compiled__mypyc")!r}:
    (out / (m + {pb.ABI!r})).write_bytes(b"")
print("built")
"""
FAKE_FAIL = "import sys; print('error: command gcc failed: No such file or directory'); sys.exit(1)"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.delenv("XXGK_PURE", raising=False)
    monkeypatch.setattr(cp, "installed_mypy", lambda: "2.4.1")  # the build extra, whether or not it is installed
    root = tmp_path / "root"
    (root / "engine" / "parse").mkdir(parents=True)
    (root / "engine" / "__init__.py").write_text("", encoding="utf-8")
    (root / "engine" / "parse" / "__init__.py").write_text("", encoding="utf-8")
    (root / "engine" / "model.py").write_text("class Fact: pass\n", encoding="utf-8")
    for m in pb.MODULES:
        (root / "engine" / "parse" / f"{m}.py").write_text("from engine.model import Fact\n", encoding="utf-8")
    return root, tmp_path / "builds"


def test_a_whole_build_is_what_the_loader_takes(tree, monkeypatch):
    root, builds = tree
    monkeypatch.setattr(cp, "SETUP", FAKE_OK)
    assert set(cp.sources(root)) == {"engine/__init__.py", "engine/model.py", "engine/parse/__init__.py",
                                      *(f"engine/parse/{m}.py" for m in pb.MODULES)}
    target = cp.build(root=root, builds=builds)
    assert target is not None and target.parent == builds and pb.matches(target, root)
    assert pb.find_build(builds, root) == target
    assert not list(builds.glob(".tmp-*"))
    # up to date: the same build, not made again
    monkeypatch.setattr(cp, "SETUP", FAKE_FAIL)
    assert cp.build(if_missing=True, root=root, builds=builds) == target
    # a changed source is another key: a new build, and the loader no longer takes the old one
    (root / "engine" / "model.py").write_text("class Fact: x = 1\n", encoding="utf-8")
    assert pb.find_build(builds, root) is None
    monkeypatch.setattr(cp, "SETUP", FAKE_OK)
    again = cp.build(root=root, builds=builds)
    assert again is not None and again != target and pb.find_build(builds, root) == again


def test_a_failed_build_leaves_the_parser_pure_with_one_notice(tree, monkeypatch, capsys):
    root, builds = tree
    monkeypatch.setattr(cp, "SETUP", FAKE_FAIL)
    assert cp.main_in(root, builds, ["--if-missing"]) == 0
    err = capsys.readouterr().err
    assert "解析器编译失败" in err and "纯 Python" in err
    assert pb.find_build(builds, root) is None
    logs = list(builds.glob("*.failed.log"))
    assert len(logs) == 1 and "gcc failed" in logs[0].read_text(encoding="utf-8")
    # the next set-up does not try again, and says nothing; `./dev compile` tries again
    assert cp.main_in(root, builds, ["--if-missing"]) == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(cp, "SETUP", FAKE_OK)
    assert cp.main_in(root, builds, []) == 0
    assert pb.find_build(builds, root) is not None


def test_no_mypy_or_xxgk_pure_builds_nothing(tree, monkeypatch, capsys):
    root, builds = tree
    monkeypatch.setattr(cp, "SETUP", FAKE_OK)
    monkeypatch.setattr(cp, "installed_mypy", lambda: None)
    assert cp.main_in(root, builds, []) == 0
    assert "未安装 mypy" in capsys.readouterr().err
    assert cp.main_in(root, builds, ["--if-missing"]) == 0  # set-up: quiet
    assert capsys.readouterr().err == ""
    assert not builds.exists()
    monkeypatch.setattr(cp, "installed_mypy", lambda: "2.4.1")
    monkeypatch.setenv("XXGK_PURE", "1")
    assert cp.main_in(root, builds, []) == 0
    assert not builds.exists()


def test_a_builds_folder_that_cannot_be_made_is_no_failed_set_up(tree, monkeypatch, capsys):
    root, builds = tree
    monkeypatch.setattr(cp, "SETUP", FAKE_OK)
    builds.write_text("a file where the folder should be", encoding="utf-8")
    assert cp.main_in(root, builds, ["--if-missing"]) == 0
    assert "以纯 Python 运行" in capsys.readouterr().err
    assert pb.find_build(builds, root) is None
