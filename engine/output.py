"""Output files: the folder is checked before any work starts, and each file appears whole or not at all.

A batch of thousands of reports that fails at the very end on a read-only --out folder loses everything it did
(without a store). So the folder is created and a probe file written first; then each output is written to a
temporary file beside it and renamed over the target, which readers never see half-written.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class OutputError(Exception):
    """An output path cannot be written; the message says why and what to do."""


def check_dir(folder: Path) -> None:
    """Create `folder` if needed and prove a file can be written in it; OutputError otherwise."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".xxgk-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"{folder}: 无法写入输出文件夹（{_reason(exc)}）；请换一个可写的 --out 文件夹。"
                          "尚未开始评分。") from None


@contextlib.contextmanager
def atomic(target: Path):
    """A binary file to write `target` piece by piece (a large output need not be in memory whole): written
    beside it, flushed to disk and renamed over it when the block ends; removed if the block fails."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to a temporary file in the same folder, flush it to disk, then rename it over `target`."""
    with atomic(target) as f:
        f.write(data)


def _reason(exc: OSError) -> str:
    words = {30: "只读文件系统", 13: "没有写入权限", 28: "磁盘已满", 20: "路径中有一段是文件而不是文件夹",
             2: "路径不存在", 122: "超出磁盘配额"}
    return words.get(exc.errno or 0, exc.strerror or type(exc).__name__)
