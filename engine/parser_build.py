"""Which code engine.parse runs: its compiled build (./dev compile, engine/compile_parser.py), only when that build
was made from the sources as they are now; else the .py files.

A build lives in build/compiled/<key>/engine/parse/ (one extension module per compiled module, and mypyc's shared
runtime module `engine.parse.compiled__mypyc` beside them), never beside the sources. Called first by
engine/parse/__init__, `use_build` puts a build's folder first on the package's `__path__` when its manifest
(written last, when the build is whole) lists this interpreter's extension suffix (the Python ABI) and every file it
lists — the compiled modules and the project modules they take types from — hashes as it did when the build was
made. An edited .py therefore always runs as written: its build no longer matches, and the package stays pure until
the next `./dev compile` (which `./dev` runs itself when the current sources have no build). XXGK_PURE=1 skips
the build. A corrupt or partial build, another Python, a missing file: pure Python, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILDS = ROOT / "build" / "compiled"
MANIFEST = "manifest.json"
# engine/parse's modules that are compiled: all but __init__ and gate (it reads re's private parser)
MODULES = ("author", "checks", "counts", "divisions", "kind", "mentions", "meta", "numbers", "prescan", "region",
           "scan", "sections", "split", "tables", "textutil", "university")
ABI = EXTENSION_SUFFIXES[0]  # ".cpython-311-x86_64-linux-gnu.so": names the interpreter the build is for


def pure_forced() -> bool:
    return os.environ.get("XXGK_PURE", "") not in ("", "0")


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def matches(build: Path, root: Path = ROOT) -> bool:
    """Whether `build` holds every compiled module for this interpreter, made from the files under `root` as they
    are now (its manifest's hashes)."""
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
        files = manifest["files"]
        if manifest["abi"] != ABI or list(manifest["modules"]) != list(MODULES) \
                or any(f"engine/parse/{m}.py" not in files for m in MODULES):
            return False
        if not all((build / "engine" / "parse" / f"{m}{ABI}").is_file() for m in (*MODULES, "compiled__mypyc")):
            return False
        return all(file_hash(root / rel) == digest for rel, digest in files.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def find_build(builds: Path = BUILDS, root: Path = ROOT) -> Path | None:
    """The newest build under `builds` that matches the sources under `root`, or None (also with XXGK_PURE=1)."""
    if pure_forced():
        return None
    try:
        found = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")),
                       key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    return next((b for b in found if matches(b, root)), None)


def use_build(package_path: list[str], builds: Path = BUILDS, root: Path = ROOT) -> Path | None:
    """Put the matching build's engine/parse first on `package_path` (the package's __path__); the build, or None."""
    build = find_build(builds, root)
    if build is not None:
        package_path.insert(0, str(build / "engine" / "parse"))
    return build
