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
_raised: BaseException | None = None  # raised by stop(), not yet seen by the command's handler (delivered)


def stop(exc: BaseException) -> None:
    """Called from a signal handler: raise `exc` now, or when the current shielded block ends."""
    global _pending, _raised
    if _depth:
        _pending = exc
        return
    _raised = exc
    raise exc


def check() -> None:
    """Raise again a stop whose raise Python swallowed. A signal handled while the interpreter runs a callback (an
    import lock's, a weakref's) has its exception printed as "Exception ignored in …" and dropped, and the batch went
    on to its end (seen in CI: SIGTERM during a batch, exit 0 instead of 143). Called where a batch moves on to its
    next file, so never while the stop is already on its way up."""
    global _raised
    if _raised is not None:
        exc, _raised = _raised, None
        raise exc


def delivered() -> None:
    """The stop reached the command's handler (or a command starts): nothing is left to raise again."""
    global _pending, _raised
    _pending = _raised = None


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
