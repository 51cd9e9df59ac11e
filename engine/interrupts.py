"""Ctrl-C and SIGTERM, raised where it is safe.

A KeyboardInterrupt raised between two calls into durable_rules' C library leaves its state half-changed, and
the process then aborts on exit (seen: `munmap_chunk(): invalid pointer`, exit -6, instead of a clean stop).
So a stop that arrives while a report is being evaluated waits until that evaluation is done (milliseconds),
then is raised; anywhere else it is raised at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

_depth = 0
_pending: BaseException | None = None


def stop(exc: BaseException) -> None:
    """Called from a signal handler: raise `exc` now, or when the current shielded block ends."""
    global _pending
    if _depth:
        _pending = exc
        return
    raise exc


@contextlib.contextmanager
def shielded() -> Iterator[None]:
    global _depth, _pending
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
    if not _depth and _pending is not None:
        exc, _pending = _pending, None
        raise exc
