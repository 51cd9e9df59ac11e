"""engine/compile_parser.py: a unit's build becomes build/<its folder>/<key>/ only whole, with a manifest the loader
accepts; a failed build or no mypy leaves that code pure with one notice for the run and never fails the set-up; an
edited ingest module makes a new ingest build and leaves the parser's (the compiler is faked: the real builds are
tests/test_compiled_parse.py's and tests/test_compiled_ingest.py's)."""

from __future__ import annotations

import pytest

from engine import compile_parser as cp
from engine import parser_build as pb

# a stand-in for mypyc and the compiler: empty extension files where the build puts them (argv: out, group, sources)
FAKE_OK = f"""
import sys, pathlib
package = sys.argv[2].rsplit(".", 1)[0].replace(".", "/")
out = pathlib.Path(sys.argv[1]) / package
out.mkdir(parents=True)
for m in [pathlib.Path(p).stem for p in sys.argv[3:]] + ["compiled__mypyc"]:
    (out / (m + {pb.ABI!r})).write_bytes(b"")
print("built")
"""
FAKE_FAIL = "import sys; print('error: command gcc failed: No such file or directory'); sys.exit(1)"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.delenv("XXGK_PURE", raising=False)
    monkeypatch.setattr(cp, "installed_mypy", lambda: "2.4.1")  # the build extra, whether or not it is installed
    root = tmp_path / "root"
    for unit in pb.UNITS:
        (root / unit.path).mkdir(parents=True)
        (root / unit.path / "__init__.py").write_text("", encoding="utf-8")
        for m in unit.modules:
            (root / unit.path / f"{m}.py").write_text("from engine.model import Fact\n", encoding="utf-8")
    (root / "engine" / "__init__.py").write_text("", encoding="utf-8")
    (root / "engine" / "model.py").write_text("class Fact: pass\n", encoding="utf-8")
    (root / "engine" / "ingest" / "pdf.py").write_text("X = 1\n", encoding="utf-8")  # not compiled, not imported
    return root, tmp_path / "build"


def test_a_whole_build_is_what_the_loader_takes(tree, monkeypatch):
    root, base = tree
    builds = base / pb.PARSE.folder
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
    root, base = tree
    monkeypatch.setattr(cp, "SETUP", FAKE_FAIL)
    assert cp.main_in(root, base, ["--if-missing"]) == 0
    err = capsys.readouterr().err
    # no compiler fails both units: one notice that names both, one line
    assert "解析器编译失败" in err and "文本提取编译失败" in err and "纯 Python" in err
    lines = err.splitlines()
    assert len(lines) == 3 and sum("失败" in line for line in lines) == 1  # the two progress lines and the notice
    for unit in pb.UNITS:
        assert pb.find_build(base / unit.folder, root, unit) is None
        logs = list((base / unit.folder).glob("*.failed.log"))
        assert len(logs) == 1 and "gcc failed" in logs[0].read_text(encoding="utf-8")
    # the next set-up does not try again, and says nothing; `./dev compile` tries again
    assert cp.main_in(root, base, ["--if-missing"]) == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(cp, "SETUP", FAKE_OK)
    assert cp.main_in(root, base, []) == 0
    for unit in pb.UNITS:
        assert pb.find_build(base / unit.folder, root, unit) is not None


def test_an_edited_ingest_module_rebuilds_ingest_alone(tree, monkeypatch, capsys):
    root, base = tree
    monkeypatch.setattr(cp, "SETUP", FAKE_OK)
    assert cp.main_in(root, base, []) == 0
    parse, ingest = (pb.find_build(base / u.folder, root, u) for u in (pb.PARSE, pb.INGEST))
    assert parse is not None and ingest is not None
    assert "engine/ingest/pdf.py" not in cp.sources(root, pb.INGEST)  # not imported by a compiled module
    assert not set(cp.sources(root, pb.INGEST)) & {f"engine/parse/{m}.py" for m in pb.MODULES}
    capsys.readouterr()
    (root / "engine" / "ingest" / "html.py").write_text("X = 2\n", encoding="utf-8")
    # stale: ingest runs pure at once, the parser keeps its build
    assert pb.find_build(base / "compiled-ingest", root, pb.INGEST) is None
    assert pb.find_build(base / "compiled", root, pb.PARSE) == parse
    assert cp.main_in(root, base, ["--if-missing"]) == 0
    err = capsys.readouterr().err
    assert "文本提取" in err and "解析器" not in err  # only the stale unit is built
    again = pb.find_build(base / "compiled-ingest", root, pb.INGEST)
    assert again is not None and again != ingest
    assert pb.find_build(base / "compiled", root, pb.PARSE) == parse


def test_no_mypy_or_xxgk_pure_builds_nothing(tree, monkeypatch, capsys):
    root, builds = tree
    monkeypatch.setattr(cp, "SETUP", FAKE_OK)
    monkeypatch.setattr(cp, "installed_mypy", lambda: None)
    assert cp.main_in(root, builds, []) == 0
    err = capsys.readouterr().err
    assert "未安装 mypy" in err and err.count("xxgk:") == 1
    assert cp.main_in(root, builds, ["--if-missing"]) == 0  # set-up: quiet
    assert capsys.readouterr().err == ""
    assert not builds.exists()
    monkeypatch.setattr(cp, "installed_mypy", lambda: "2.4.1")
    monkeypatch.setenv("XXGK_PURE", "1")
    assert cp.main_in(root, builds, []) == 0
    assert not builds.exists()


def test_a_builds_folder_that_cannot_be_made_is_no_failed_set_up(tree, monkeypatch, capsys):
    root, base = tree
    monkeypatch.setattr(cp, "SETUP", FAKE_OK)
    base.write_text("a file where the folder should be", encoding="utf-8")
    assert cp.main_in(root, base, ["--if-missing"]) == 0
    err = capsys.readouterr().err
    assert "以纯 Python 运行" in err and err.count("xxgk:") == 1
    assert pb.find_build(base / "compiled", root) is None
