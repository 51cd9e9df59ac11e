"""A batch's per-report and per-card records on disk, so the parent's memory does not grow with the batch.

The parent of a 50,000-file batch used to hold every evaluation (findings with evidence, facts, the sketch) and
every scorecard until the end: about 6 KB a report. Now each evaluation goes to a temporary file as the worker
pickled it, its sketch to another, and the parent keeps a `Brief` (a few fields: what grouping, the cross-year
checks and the summary line read). Scoring reads a group's evaluations back one group at a time; the cards go to
a third file and are read back for the store, the output and the caller (`Spilled`, a read-only sequence).
The files are unnamed temporary files: they vanish when the batch's result is dropped or the process ends.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
import weakref
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from engine.crossyear import NEEDED

FIGURES = tuple(sorted(NEEDED))  # the figures an earlier year's report lends the cross-year checks


class Records:
    """Append-only pickled records in an unnamed temporary file, read back by position."""

    def __init__(self) -> None:
        self._fd, name = tempfile.mkstemp(prefix="xxgk-batch-")
        os.unlink(name)  # nameless: the space is freed when the descriptor is closed, however the process ends
        self._closed = weakref.finalize(self, os.close, self._fd)
        self._offsets, self._sizes = array("Q"), array("Q")
        self._end = 0

    def add_bytes(self, blob: bytes) -> int:
        os.pwrite(self._fd, blob, self._end)
        self._offsets.append(self._end)
        self._sizes.append(len(blob))
        self._end += len(blob)
        return len(self._offsets) - 1

    def add(self, item: Any) -> int:
        return self.add_bytes(pickle.dumps(item, pickle.HIGHEST_PROTOCOL))

    def replace(self, i: int, item: Any) -> None:
        """Record i becomes `item` (written at the end; the old bytes stay unused)."""
        self.replace_bytes(i, pickle.dumps(item, pickle.HIGHEST_PROTOCOL))

    def replace_bytes(self, i: int, blob: bytes) -> None:
        os.pwrite(self._fd, blob, self._end)
        self._offsets[i], self._sizes[i] = self._end, len(blob)
        self._end += len(blob)

    def size(self, i: int) -> int:
        return self._sizes[i]

    def raw(self, i: int) -> bytes:
        return os.pread(self._fd, self._sizes[i], self._offsets[i])

    def __getitem__(self, i: int) -> Any:
        return pickle.loads(self.raw(i))

    def __len__(self) -> int:
        return len(self._offsets)

    def places(self) -> tuple[array, array, int]:
        """Where each record lies in the file: what another process holding the same descriptor (a fork) needs to
        read them (`adopt`)."""
        return self._offsets, self._sizes, self._end

    def adopt(self, places: tuple[array, array, int]) -> None:
        """Read the records another process wrote to this same file, by their `places`."""
        self._offsets, self._sizes, self._end = places

    def close(self) -> None:
        self._closed()


class Sketches(Sequence):
    """Every report's sketch (4-byte hashes) in one temporary file; `sketches[i]` reads one back."""

    def __init__(self) -> None:
        self._records = Records()

    def add_bytes(self, blob: bytes) -> int:
        return self._records.add_bytes(blob)

    def replace(self, i: int, sketch: Sequence[int]) -> None:
        self._records.replace_bytes(i, array("I", sketch).tobytes())

    def size(self, i: int) -> int:
        """How many hashes sketch i has (0: none; such a report takes no part in the resemblance checks)."""
        return self._records.size(i) // 4

    def __getitem__(self, i):  # type: ignore[override]
        out = array("I")
        out.frombytes(self._records.raw(i))
        return out

    def __len__(self) -> int:
        return len(self._records)


@dataclass(slots=True)
class Brief:
    """What the parent keeps of one evaluated document until the batch ends (its record, sketch and figures are
    on disk): enough to group it, to find it as an earlier year's report, and to count it."""

    source: str  # "" once stored, when the document names its agency (the record on disk has it)
    status: str
    digest: bytes  # the first 8 bytes of the file's SHA-256: which documents have corrections (then checked whole)
    agency: str | None
    region: str | None
    period: str | None
    year: object
    figures: tuple[tuple[str, object], ...]  # (name, value) of the FIGURES the report has; on disk in the parent
    fired: tuple[str, ...]
    at: int = -1  # its position in the batch (its record and sketch on disk), set in the parent

    def __reduce__(self):  # pickled by its fields (as engine.model.Fact): the dataclass' setstate is 3x slower
        return Brief, (self.source, self.status, self.digest, self.agency, self.region, self.period, self.year,
                       self.figures, self.fired, self.at)


def digest(sha256: str) -> bytes:
    return bytes.fromhex(sha256[:16]) if sha256 else b""


def brief(ev) -> Brief:
    """The Brief of an evaluation (in the worker or the parent)."""
    report, facts = ev.report, ev.facts
    return Brief(report.source, report.status, digest(report.sha256), report.value("doc.agency"),
                 report.value("doc.region"), report.value("doc.period"), report.value("doc.year"),
                 tuple((k, facts[k].value) for k in FIGURES if k in facts), tuple(ev.fired))


def shared(b: Brief, strings: dict[Any, Any]) -> Brief:
    """In the parent: the strings many reports repeat (rule ids, periods, regions, figure names) held once."""
    intern = sys.intern
    b.fired = tuple(intern(r) for r in b.fired)
    b.fired = strings.setdefault(b.fired, b.fired)
    b.status = intern(b.status)
    if isinstance(b.year, int):
        b.year = strings.setdefault(b.year, b.year)
    if b.period:
        b.period = intern(b.period)
    if b.region:
        b.region = intern(b.region)
    if b.agency:
        b.agency = strings.setdefault(b.agency, b.agency)
    return b


class Spilled(Sequence):
    """A read-only sequence of n items made by `get(i)` when used (read back from disk): it holds none of them."""

    def __init__(self, n: int, get: Callable[[int], Any]):
        self._n, self._get = n, get

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._get(k) for k in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return self._get(i)

    def __iter__(self) -> Iterator[Any]:
        for i in range(self._n):
            yield self._get(i)

    def __repr__(self) -> str:
        return f"Spilled({self._n} items)"


@dataclass(slots=True)
class Done:
    """One evaluated document as a worker hands it to the parent: its Brief, the slim evaluation pickled (sketch
    apart, as 4-byte integers), and the store's payload and history column when a store is written."""

    brief: Brief
    blob: bytes
    sketch: bytes
    stored: bytes = b""
    history: str = ""

    def __reduce__(self):  # one a report through the pipe: as Brief's
        return Done, (self.brief, self.blob, self.sketch, self.stored, self.history)
