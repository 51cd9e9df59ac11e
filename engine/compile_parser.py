"""`./dev compile`: each unit of engine/parser_build.py's UNITS compiled with mypyc, a group of its own: engine/parse's
modules (MODULES) into build/compiled/<key>/, engine/ingest's finish, html, normalise and text into
build/compiled-ingest/<key>/; key = a hash of the files the unit's build reads (its compiled modules and the project
modules they import, transitively), the mypy version and the Python ABI. A unit whose sources did not change keeps
its build.

    python -m engine.compile_parser [--if-missing]

The build runs in a folder of its own (a subprocess: mypyc through setuptools' build_ext) and becomes
build/compiled/<key>/ only when whole, its manifest written last; the parser uses it only while the manifest
matches the sources (engine/parser_build.py). No mypy, no compiler, no Python headers or any failure: that code
stays pure Python, with one notice in Chinese for the whole run and the log kept, and set-up goes on (exit 0).
--if-missing (./dev's set-up, every run) builds only when the current key has no build and no failed attempt; without
it a failed key is tried again. XXGK_PURE=1 skips building. The newest KEEP builds of each unit are kept.
Then the engine's compiled patterns are kept in build/patterns/ (engine/patterns.py; with --if-missing only when the
file was written from other sources).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import fcntl
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from engine import patterns
from engine.parser_build import ABI, INTERPRETER, MANIFEST, PARSE, ROOT, UNITS, Unit, file_hash, matches, pure_forced

KEEP = 3
# mypyc's multi_file: one C file a module (the group's header found beside them), compiled side by side on every
# core — one 17 MB file took gcc -O3 6½ minutes on one core, the 17 files ≈ 2 on two, and the parse runs the same
# instructions (docs/design.md "CI's time"); distutils compiles an extension's files one after another, so its
# compile step is run here over a thread pool (gcc in subprocesses), the largest file first
SETUP = """
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from setuptools import setup
from distutils.ccompiler import CCompiler
from mypyc.build import mypycify


def compile_all(self, sources, output_dir=None, macros=None, include_dirs=None, debug=False, extra_preargs=None,
                extra_postargs=None, depends=None):
    macros, objects, extra_postargs, pp_opts, build = self._setup_compile(output_dir, macros, include_dirs, sources,
                                                                          depends, extra_postargs)
    cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
    todo = sorted(((o, *build[o]) for o in objects if o in build), key=lambda t: -os.path.getsize(t[1]))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    with ThreadPoolExecutor(cores) as pool:
        for done in [pool.submit(self._compile, o, src, ext, cc_args, extra_postargs, pp_opts)
                     for o, src, ext in todo]:
            done.result()
    return objects


CCompiler.compile = compile_all
out, group, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
modules = mypycify(["--ignore-missing-imports", *paths], group_name=group, target_dir=out + "/c", multi_file=True)
for module in modules:
    module.include_dirs.append(os.path.join(out, "c", *group.split(".")[:-1]))
setup(name=group.replace(".", "-"), ext_modules=modules,
      script_args=["build_ext", "--build-lib", out, "--build-temp", out + "/tmp"])
"""


def sources(root: Path = ROOT, unit: Unit = PARSE) -> list[str]:
    """The unit's compiled modules and every project module they import, transitively (paths relative to root)."""
    todo = [f"{unit.path}/{m}.py" for m in unit.modules] + [p for p in ("engine/__init__.py",
                                                                       f"{unit.path}/__init__.py")
                                                            if (root / p).is_file()]  # run before any of them
    seen: list[str] = []
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.append(rel)
        for node in ast.walk(ast.parse((root / rel).read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module, *(f"{node.module}.{a.name}" for a in node.names)] \
                if isinstance(node, ast.ImportFrom) and node.module and not node.level else []
            for name in names:
                parts = name.split(".")
                if parts[0] != "engine":
                    continue
                for candidate in (Path(*parts).with_suffix(".py"), Path(*parts) / "__init__.py"):
                    if (root / candidate).is_file():
                        todo.append(candidate.as_posix())
                # a package's __init__ runs on the way to its modules
                for i in range(1, len(parts)):
                    if (root / Path(*parts[:i]) / "__init__.py").is_file():
                        todo.append((Path(*parts[:i]) / "__init__.py").as_posix())
    return sorted(seen)


def build_key(files: dict[str, str], mypy_version: str) -> str:
    h = hashlib.sha256(f"{mypy_version}\0{ABI}\0{INTERPRETER}\0".encode())
    for rel, digest in sorted(files.items()):
        h.update(f"{rel}\0{digest}\0".encode())
    return h.hexdigest()[:20]


def _notice(message: str) -> None:
    print(f"xxgk: {message}", file=sys.stderr)


def _prune(builds: Path, keep: str) -> None:
    """Keep the newest KEEP builds (with `keep` among them) and failure records; remove the rest."""
    done = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [p for p in done if p.name != keep][KEEP - 1:]:
        shutil.rmtree(old, ignore_errors=True)
    for tmp in builds.glob(".tmp-*"):  # a build killed half way
        shutil.rmtree(tmp, ignore_errors=True)


def installed_mypy() -> str | None:
    """mypy's version, or None when mypy (the build extra) is not installed. Read from mypy/version.py rather than
    imported: importing mypy loads its own compiled runtime (≈ 0.1 s of CPU on every ./dev)."""
    spec = importlib.util.find_spec("mypy")
    if spec is None or not spec.origin:
        return None
    try:
        text = (Path(spec.origin).parent / "version.py").read_text(encoding="utf-8")
    except OSError:
        return None
    m = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    return m.group(1) if m else None


def build(if_missing: bool = False, root: Path = ROOT, builds: Path | None = None, unit: Unit = PARSE,
          notice: Callable[[str], None] = _notice) -> Path | None:
    """The unit's build for the current sources (made if needed), or None: that code runs as pure Python. A failure
    is told through `notice` (main_in gathers the units' into one)."""
    if pure_forced():
        return None
    if builds is None:
        builds = unit.builds(root)
    mypy_version = installed_mypy()
    if mypy_version is None:
        if not if_missing:
            notice("未安装 mypy，解析器与文本提取未编译，以纯 Python 运行"
                   "（pip install -e '.[build]' 后再运行 ./dev compile）")
        return None
    files = {rel: file_hash(root / rel) for rel in sources(root, unit)}
    key = build_key(files, mypy_version)
    target, failed = builds / key, builds / f"{key}.failed"
    if matches(target, root, unit):
        return target
    if if_missing and failed.exists():
        return None  # noticed once when it failed; `./dev compile` tries again
    builds.mkdir(parents=True, exist_ok=True)
    with open(builds / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another ./dev building the same sources: wait for it, then use its build
        if matches(target, root, unit):
            return target
        tmp = builds / f".tmp-{key}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        log = tmp / "build.log"
        started = time.monotonic()
        print(f"xxgk: 正在编译{unit.name}（mypyc，{unit.takes}；XXGK_PURE=1 可跳过）→ build/{unit.folder}/{key}",
              file=sys.stderr)
        with open(log, "w") as out:
            done = subprocess.run([sys.executable, "-c", SETUP, str(tmp), unit.group,
                                   *(str(root / f"{unit.path}/{m}.py") for m in unit.modules)],
                                  cwd=tmp, stdout=out, stderr=subprocess.STDOUT, check=False)
        whole = done.returncode == 0 and all((tmp / unit.path / f"{m}{ABI}").is_file()
                                             for m in (*unit.modules, "compiled__mypyc"))
        # the sources must not have changed while they were compiled
        if whole and {rel: file_hash(root / rel) for rel in files} == files:
            for scratch in ("c", "tmp", ".mypy_cache", "ops.txt"):  # keep the modules and the log
                shutil.rmtree(tmp / scratch, ignore_errors=True) if (tmp / scratch).is_dir() else \
                    (tmp / scratch).unlink(missing_ok=True)
            manifest = {"modules": list(unit.modules), "abi": ABI, "mypy": mypy_version, "python": INTERPRETER,
                        "files": files, "seconds": round(time.monotonic() - started, 1)}
            (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
            shutil.rmtree(target, ignore_errors=True)
            os.replace(tmp, target)
            with contextlib.suppress(OSError):
                failed.unlink()
            _prune(builds, key)
            return target
        kept = builds / f"{key}.failed.log"
        shutil.copyfile(log, kept)
        shutil.rmtree(tmp, ignore_errors=True)
        failed.write_text(str(kept), encoding="utf-8")
        notice(f"{unit.name}编译失败（缺少编译器或 Python 头文件？日志: {kept}），以纯 Python 运行，结果不受影响")
        return None


def _keep_patterns(root: Path, folder: Path, told: list[str]) -> None:
    """The engine's compiled patterns kept for every process's start (engine/patterns.py), written by a fresh
    interpreter: one that has compiled none of them yet."""
    done = subprocess.run([sys.executable, "-c", "import sys, pathlib; from engine.patterns import write; "
                           "write(pathlib.Path(sys.argv[1]))", str(folder)],
                          cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or [""])[-1]
        told.append(f"正则表达式未能预编译（{why}），各进程启动稍慢，结果不受影响")


def main_in(root: Path, base: Path, argv: list[str] | None = None, units: tuple[Unit, ...] = UNITS,
            patterns_folder: Path | None = None) -> int:
    """Build every unit into base/<its folder>/ (base: the checkout's build/); then, when `patterns_folder` is given,
    the patterns kept there (with --if-missing only when written from other sources); the failures, told once."""
    ap = argparse.ArgumentParser(
        prog="./dev compile",
        description="用 mypyc 编译解析器（engine/parse）到 build/compiled/、文本提取（engine/ingest）到 "
                    "build/compiled-ingest/，并把正则表达式的编译结果存入 build/patterns/；"
                    "结果与纯 Python 相同，运行更快。失败时以纯 Python 运行，不影响使用。",
        epilog="示例：./dev compile（立即重新编译）；XXGK_PURE=1 ./dev test（跳过编译，以纯 Python 运行）")
    ap.add_argument("--if-missing", action="store_true", help="仅当当前源码尚无编译结果时编译（./dev 每次启动时使用）")
    args = ap.parse_args(argv)
    told: list[str] = []
    for unit in units:
        try:
            found = build(if_missing=args.if_missing, root=root, builds=base / unit.folder, unit=unit,
                          notice=told.append)
        except Exception as e:  # noqa: BLE001  (a folder that cannot be written, …: never a failed set-up)
            told.append(f"{unit.name}未编译（{type(e).__name__}: {e}），以纯 Python 运行，结果不受影响")
            found = None
        if found is not None and not args.if_missing:
            print(f"xxgk: {unit.name}已编译: {found.relative_to(root) if found.is_relative_to(root) else found}")
    if patterns_folder is not None and not pure_forced() and not (args.if_missing and patterns.current(patterns_folder,
                                                                                                      root)):
        _keep_patterns(root, patterns_folder, told)
    if told:  # one notice: no compiler fails every unit alike
        _notice("；".join(dict.fromkeys(told)))
    return 0  # never a failed set-up: without a build that code runs as pure Python


def main(argv: list[str] | None = None) -> int:
    return main_in(ROOT, ROOT / "build", argv, patterns_folder=patterns.FOLDER)


if __name__ == "__main__":
    sys.exit(main())
