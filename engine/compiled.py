"""Checked rules and profiles as data: cached on disk, and shipped to batch workers, so only the first start
after a change pays for YAML, the schemas and the checks.

The rule set and profiles are encoded as JSON with a few tags (tuple, set, frozenset, date, and the known
dataclasses by name), never pickle: a cache file can describe rules, not run code. The cache key hashes
every rule and profile file, the schemas, the engine modules that shape the loaded objects and the engine
version, so an edit to any of them is a miss and is loaded and checked in full. A file is written only when
decoding it gives back exactly what was loaded; when the cache folder cannot be written, nothing is cached.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from engine import __version__
from engine.profiles import Profile, Profiles, Tier, Waiver
from engine.rules.condition import TextPatterns
from engine.rules.loader import SCHEMAS, Rule, RuleSet

ENGINE_DIR = Path(__file__).resolve().parent
# the modules whose code decides what a loaded rule set or profile holds
SHAPING = ("compiled.py", "profiles.py", "facts.py", "university_items.py", "rules/loader.py",
           "rules/yamlpos.py", "rules/condition.py")
KEEP = 8  # cache files kept; older ones (earlier versions of the rules) are removed
_CLASSES = {c.__name__: c for c in (Rule, RuleSet, Profile, Profiles, Tier, Waiver)}


def cache_dir() -> Path:
    """$XXGK_CACHE_DIR, else $XDG_CACHE_HOME/xxgk, else ~/.cache/xxgk."""
    if os.environ.get("XXGK_CACHE_DIR"):
        return Path(os.environ["XXGK_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "xxgk"


def fingerprint(rules_dir: Path) -> tuple[str, str]:
    """(rules version, cache key). The rules version hashes the engine version and every rule and profile
    file: the store's key for results (unchanged from before the cache). The cache key adds the schemas and
    the engine modules that shape a loaded rule set."""
    version = hashlib.sha256(__version__.encode())
    key = hashlib.sha256(__version__.encode())
    for path in sorted(rules_dir.rglob("*.yaml")):
        data = path.relative_to(rules_dir).as_posix().encode() + b"\0" + path.read_bytes()
        version.update(data)
        key.update(data + b"\0")
    # a .yml / .YAML file is not loaded but reported (FILE:1: not loaded): its presence must miss the cache too
    for path in sorted(p for p in rules_dir.rglob("*") if p.suffix.lower() in (".yml", ".yaml")
                       and p.suffix != ".yaml"):
        key.update(b"odd\0" + path.relative_to(rules_dir).as_posix().encode() + b"\0")
    for name, path in [*((f"schemas/{p.name}", p) for p in sorted(SCHEMAS.glob("*.json"))),
                       *((f"engine/{name}", ENGINE_DIR / name) for name in SHAPING)]:
        key.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return version.hexdigest()[:16], key.hexdigest()[:32]


def _enc(x: Any) -> Any:
    if x is None or isinstance(x, bool | int | float | str):
        return x
    if isinstance(x, list):
        return [_enc(v) for v in x]
    if isinstance(x, dict):
        if not all(type(k) is str for k in x):
            raise TypeError("a mapping with keys that are not strings")
        return {"m": {k: _enc(v) for k, v in x.items()}}
    if isinstance(x, tuple):
        return {"t": [_enc(v) for v in x]}
    if isinstance(x, frozenset | set):
        return {"f" if isinstance(x, frozenset) else "s": [_enc(v) for v in sorted(x, key=repr)]}
    if type(x) is date:
        return {"D": x.isoformat()}
    if isinstance(x, TextPatterns):
        return {"P": _enc(x.fields)}
    if dataclasses.is_dataclass(x) and _CLASSES.get(type(x).__name__) is type(x):
        return {"c": [type(x).__name__, {f.name: _enc(getattr(x, f.name)) for f in dataclasses.fields(x)}]}
    raise TypeError(f"cannot encode {type(x).__name__}")


def _dec(x: Any) -> Any:
    if isinstance(x, list):
        return [_dec(v) for v in x]
    if not isinstance(x, dict):
        return x
    (tag, v), = x.items()
    if tag == "m":
        return {k: _dec(i) for k, i in v.items()}
    if tag == "t":
        return tuple(_dec(i) for i in v)
    if tag == "f":
        return frozenset(_dec(i) for i in v)
    if tag == "s":
        return {_dec(i) for i in v}
    if tag == "D":
        return date.fromisoformat(v)
    if tag == "P":
        patterns = TextPatterns()
        patterns.fields = _dec(v)
        return patterns
    if tag == "c":
        name, fields = v
        return _CLASSES[name](**{k: _dec(i) for k, i in fields.items()})
    raise ValueError(f"unknown tag {tag!r}")


def dumps(ruleset: RuleSet, profiles: Profiles) -> str:
    return json.dumps({"ruleset": _enc(ruleset), "profiles": _enc(profiles)}, ensure_ascii=False,
                      separators=(",", ":"))


def loads(text: str) -> tuple[RuleSet, Profiles]:
    data = json.loads(text)
    return _dec(data["ruleset"]), _dec(data["profiles"])


def same(a: tuple[RuleSet, Profiles], b: tuple[RuleSet, Profiles]) -> bool:
    """Exactly the same rules, text patterns, fields and profiles (types included: a tuple is not a list)."""
    (ra, pa), (rb, pb) = a, b
    return all(_exact(x, y) for x, y in ((ra.rules, rb.rules), (ra.fields, rb.fields),
                                         (ra.patterns.fields, rb.patterns.fields), (pa, pb)))


def _exact(a: Any, b: Any) -> bool:
    """Equality that also tells a tuple from a list and 1 from 1.0 and True, all the way down."""
    return a == b and json.dumps(_enc(a)) == json.dumps(_enc(b))


def read(key: str) -> str | None:
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return (cache_dir() / f"rules-{key}.json").read_text(encoding="utf-8")
    return None


def write(key: str, text: str) -> None:
    """Atomically (another process may be reading), readable by this user only; errors are ignored."""
    folder = cache_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".rules-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, folder / f"rules-{key}.json")
        except OSError:
            os.unlink(tmp)
            raise
        for old in sorted(folder.glob("rules-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]:
            old.unlink()
