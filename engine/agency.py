"""When two written names mean the same agency ("临川县石湾镇人民政府" and "石湾镇人民政府"), and an index
that finds an agency's entries among tens of thousands by name and region in time linear in the name."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Generic, TypeVar

GENERIC = re.compile(r"(?:人民政府|政府)?(?:办公室|办公厅)?$")
MIN_OWN = 3  # a shortened name must keep this many characters of its own (not just "县人民政府")
T = TypeVar("T")


def normalise_name(name: str) -> str:
    return re.sub(r"[\s()（）]", "", unicodedata.normalize("NFKC", name))


def same_agency(a: str, b: str) -> bool:
    """Equal after normalising, or one is the other with its higher-level place prefix dropped; the shorter
    must still name a place of its own (not just "县人民政府")."""
    a, b = normalise_name(a), normalise_name(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.endswith(short) and len(GENERIC.sub("", short)) >= MIN_OWN


def same_region(a: str | None, b: str | None) -> bool:
    """Regions agree when either is unknown or one is the other with higher levels dropped (江苏省淮安市 and
    淮安市); two stated, different regions keep namesakes apart (临川县 and 南城县 城关镇人民政府)."""
    if not a or not b:
        return True
    a, b = normalise_name(a), normalise_name(b)
    return a.endswith(b) or b.endswith(a)


def short_forms(name: str) -> range:
    """Start offsets of the suffixes of `name` that can stand for it (see same_agency)."""
    own = len(GENERIC.sub("", name))
    return range(1, max(1, own - MIN_OWN + 1))


class AgencyIndex(Generic[T]):
    """Entries by agency name: `find` returns those whose name is the same agency as the one asked for
    (same_agency) and whose region agrees (same_region), in the order they were added. Each name is filed
    under itself and its short forms, so a lookup is a few dictionary reads, not a scan."""

    def __init__(self) -> None:
        self._exact: dict[str, list[tuple[int, str | None, T]]] = defaultdict(list)
        self._by_suffix: dict[str, list[tuple[int, str | None, T]]] = defaultdict(list)
        self._added = 0

    def add(self, name: str, region: str | None, item: T) -> None:
        key = normalise_name(name)
        entry = (self._added, region, item)
        self._added += 1
        self._exact[key].append(entry)
        for i in short_forms(key):
            self._by_suffix[key[i:]].append(entry)

    def find(self, name: str, region: str | None = None) -> list[T]:
        key = normalise_name(name)
        # the same name, longer names of it, and shorter names it is a longer form of: three disjoint sets
        found = [*self._exact.get(key, ()), *self._by_suffix.get(key, ())]
        for i in short_forms(key):
            found += self._exact.get(key[i:], ())
        return [item for _, r, item in sorted(found, key=lambda e: e[0]) if same_region(r, region)]
