"""The key that signs the workbench's session cookie, kept out of the store: whoever can read the store must not
be able to sign a cookie. From XXGK_WEB_SECRET when set, else a 0600 key file beside the store (`runs.db.key`;
for a server URL, one per URL under ~/.config/xxgk/). `xxgk users rotate-key` writes a new one."""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

ENV = "XXGK_WEB_SECRET"


def key_path(target: str) -> Path:
    if "://" in target:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "xxgk"
        return base / f"web-{hashlib.sha256(target.encode()).hexdigest()[:16]}.key"
    store = Path(target).resolve()
    return store.with_name(store.name + ".key")


def _write(path: Path) -> str:
    """A new key, written whole or not at all, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    tmp = path.with_name(path.name + f".{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(value + "\n")
    os.replace(tmp, path)
    return value


def secret(target: str) -> str:
    if os.environ.get(ENV):
        return os.environ[ENV]
    path = key_path(target)
    if not path.exists():
        return _write(path)
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)  # a copy that others could read: tightened, as ssh insists
    return path.read_text(encoding="utf-8").strip()


def rotate(target: str) -> Path:
    path = key_path(target)
    _write(path)
    return path
