"""Which code engine.parse and engine.ingest run: their compiled builds (./dev compile, engine/compile_parser.py),
each only when it was made from the sources as they are now; else the .py files.

Two units are compiled, each a mypyc group of its own with its own key, build folder and manifest (UNITS): the
parser (engine/parse, build/compiled/<key>/) and ingest's text extraction with the finish step's loops
(engine/ingest's finish, html, normalise and text, build/compiled-ingest/<key>/). A build holds one extension
module per compiled module and the group's shared runtime module (`<package>.compiled__mypyc`) beside them, never
beside the sources; the ingest group is apart so that the batch parent, which reads pages' markup through
engine.ingest but never parses, imports no parser with it.

Called first by the package's __init__, `use_build` puts a build's folder first on the package's `__path__` when its
manifest (written last, when the build is whole) lists this interpreter's extension suffix (the Python ABI) and every
file it lists — the compiled modules and the project modules they import — hashes as it did when the build was made.
An edited .py therefore always runs as written: its unit's build no longer matches, and that package stays pure
until the next `./dev compile` (which `./dev` runs itself when the current sources have no build); the other unit
keeps its build. XXGK_PURE=1 skips both. A corrupt or partial build, another Python, a missing file: pure Python,
never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = "manifest.json"
ABI = EXTENSION_SUFFIXES[0]  # ".cpython-311-x86_64-linux-gnu.so": names the interpreter the build is for
# and the interpreter's own build: two of one ABI (pyenv's 3.11.7 and Debian's 3.11.2) keep a build each, never
# loading code compiled against the other's headers
INTERPRETER = sys.version


@dataclass(frozen=True)
class Unit:
    """A package's modules compiled together (one mypyc group), into `folder` under build/."""
    package: str  # "engine.parse"
    modules: tuple[str, ...]
    folder: str  # build/<folder>/<key>/
    name: str  # what the notices call it
    takes: str  # how long its build takes, as the notice says it

    @property
    def path(self) -> str:
        """The package's folder, relative to the checkout: engine/parse."""
        return self.package.replace(".", "/")

    @property
    def group(self) -> str:
        """mypyc's group name; its shared runtime module is `<group>__mypyc`, a module inside the package."""
        return f"{self.package}.compiled"

    def builds(self, root: Path = ROOT) -> Path:
        return root / "build" / self.folder


# engine/parse's modules that are compiled: all but __init__ and gate (it reads re's private parser)
MODULES = ("author", "checks", "counts", "divisions", "headfix", "kind", "mentions", "meta", "numbers", "prescan",
           "region", "scan", "sections", "split", "tables", "textutil", "university")
PARSE = Unit("engine.parse", MODULES, "compiled", "解析器", "约 2–4 分钟")
# engine/ingest's modules a worker runs on every .txt and web page: the HTML walk (−18–24% of a page's extraction,
# bench/README.md "a17-compiled"), the normalisation and the decoding; and finish, the Python loops of the sketch
# and the payload's facts, moved out of similarity and records, which sit in the package every process imports first
# (bench/README.md "a25-worker"). Not pdf/docx (their time is in PDFium and lxml), not derive.
INGEST = Unit("engine.ingest", ("finish", "html", "normalise", "text"), "compiled-ingest", "文本提取", "约半分钟")
UNITS = (PARSE, INGEST)
BUILDS = PARSE.builds()


def pure_forced() -> bool:
    return os.environ.get("XXGK_PURE", "") not in ("", "0")


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def matches(build: Path, root: Path = ROOT, unit: Unit = PARSE) -> bool:
    """Whether `build` holds every compiled module of `unit` for this interpreter, made from the files under `root`
    as they are now (its manifest's hashes)."""
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
        files = manifest["files"]
        if (manifest["abi"], manifest.get("python")) != (ABI, INTERPRETER) \
                or list(manifest["modules"]) != list(unit.modules) \
                or any(f"{unit.path}/{m}.py" not in files for m in unit.modules):
            return False
        if not all((build / unit.path / f"{m}{ABI}").is_file() for m in (*unit.modules, "compiled__mypyc")):
            return False
        return all(file_hash(root / rel) == digest for rel, digest in files.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def find_build(builds: Path | None = None, root: Path = ROOT, unit: Unit = PARSE) -> Path | None:
    """The newest build of `unit` under `builds` (default: build/<its folder>/) that matches the sources under
    `root`, or None (also with XXGK_PURE=1)."""
    if pure_forced():
        return None
    if builds is None:
        builds = unit.builds(root)
    try:
        found = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")),
                       key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    return next((b for b in found if matches(b, root, unit)), None)


def use_build(package_path: list[str], builds: Path | None = None, root: Path = ROOT,
              unit: Unit = PARSE) -> Path | None:
    """Put the matching build's package folder first on `package_path` (the package's __path__); the build, or
    None."""
    build = find_build(builds, root, unit)
    if build is not None:
        package_path.insert(0, str(build / unit.path))
    return build
