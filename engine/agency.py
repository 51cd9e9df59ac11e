"""When two written names mean the same agency ("临川县石湾镇人民政府" and "石湾镇人民政府", "石湾镇"), and an
index that finds an agency's entries among tens of thousands by name and region in time linear in the name."""

from __future__ import annotations

import re
import unicodedata
from array import array
from functools import lru_cache
from typing import Generic, TypeVar

GENERIC = re.compile(r"(?:人民政府|政府)?(?:办公室|办公厅)?$")
_IGNORED = re.compile(r"[\s()（）]")
MIN_OWN = 3  # a shortened name must keep this many characters of its own (not just "县人民政府")
# A place's name stands for the body that governs it, and reports write it either way: 石湾镇 = 石湾镇人民政府,
# 民治街道 = 民治街道办事处 (A9 of docs/labelling.md), 南城县政府 = 南城县人民政府. Its offices and departments
# (县人民政府办公室, 县教育局) stay bodies of their own.
_OWN_BODY = re.compile(r"(?<=[省市县区旗州盟乡镇])(?:人民)?政府$|(?<=街道)办事处$")
_BARE_GOVERNMENT = re.compile(r"(?<!人民)政府(?=办公[室厅]$)")
T = TypeVar("T")


def normalise_name(name: str) -> str:
    return _IGNORED.sub("", unicodedata.normalize("NFKC", name))


# a batch's tail keys each name about five times (grouping, the cross-year index and its lookups, the changes
# against earlier cards): each distinct name worked out once, 2,048 remembered (a 2,000 batch's names; at 50,000 the
# three caches hold ≈ 1.5 MB: bench/README.md "a27-tail")
@lru_cache(maxsize=2048)
def agency_key(name: str) -> str:
    """The name as agencies are compared: normalised, a place's own government written as the place."""
    return _OWN_BODY.sub("", _BARE_GOVERNMENT.sub("人民政府", normalise_name(name)))


def names_its_own(key: str) -> bool:
    """The key still names a place of its own once the generic government words are dropped (石湾镇 does;
    区人民政府办公室, 县人民政府 do not: whose?)."""
    return len(GENERIC.sub("", key)) >= MIN_OWN


@lru_cache(maxsize=2048)  # (as agency_key: a batch groups by it in each scoring process)
def card_key(name: str) -> str:
    """What a batch gathers one agency's documents into one card by: the agency_key (石湾镇 = 石湾镇人民政府), or
    the name as written where the key names no place of its own (区政府办公室, 区人民政府办公室: two districts'?)."""
    key = agency_key(name)
    return key if names_its_own(key) else name


def same_agency(a: str, b: str) -> bool:
    """The same key (agency_key), or one key is the other with its higher-level place prefix dropped; the
    shorter must still name a place of its own (names_its_own)."""
    a, b = agency_key(a), agency_key(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.endswith(short) and names_its_own(short)


def same_region(a: str | None, b: str | None) -> bool:
    """Regions agree when either is unknown or one is the other with higher levels dropped (江苏省淮安市 and
    淮安市); two stated, different regions keep namesakes apart (临川县 and 南城县 城关镇人民政府)."""
    if not a or not b:
        return True
    a, b = normalise_name(a), normalise_name(b)
    return a.endswith(b) or b.endswith(a)


@lru_cache(maxsize=2048)  # (as agency_key: every lookup in an AgencyIndex asks it)
def short_forms(name: str) -> range:
    """Start offsets of the suffixes of `name` that can stand for it (see same_agency)."""
    own = len(GENERIC.sub("", name))
    return range(1, max(1, own - MIN_OWN + 1))


class AgencyIndex(Generic[T]):
    """Entries by agency name: `find` returns those whose name is the same agency as the one asked for
    (same_agency) and whose region agrees (same_region), in the order they were added. Entries may be filed in
    parts (the cross-year checks file each report under its year) and `find` then asks one part. Each name is
    filed once under itself and its short forms however many entries name it, and an entry is its part, region
    and item in three columns, so a batch of 50,000 reports costs about 24 bytes a report and a lookup is a few
    dictionary reads, not a scan."""

    def __init__(self) -> None:
        self._names: dict[str, int] = {}  # normalised name -> its number
        self._by_suffix: dict[str, array] = {}  # short form -> the numbers of the names it can stand for
        self._entries: list[array] = []  # a name's number -> its entries' numbers, in the order added
        self._part, self._region, self._item = array("i"), [], []
        self.parts: set[int] = set()

    def add(self, name: str, region: str | None, item: T, part: int = 0) -> None:
        key = agency_key(name)
        n = self._names.get(key)
        if n is None:
            n = self._names[key] = len(self._entries)
            self._entries.append(array("i"))
            for i in short_forms(key):
                self._by_suffix.setdefault(key[i:], array("i")).append(n)
        self._entries[n].append(len(self._item))
        self._part.append(part)
        self._region.append(region)
        self._item.append(item)
        self.parts.add(part)

    def find(self, name: str, region: str | None = None, part: int = 0) -> list[T]:
        parts, regions = self._part, self._region
        found = sorted(e for n in self._named(name) for e in self._entries[n] if parts[e] == part)
        return [self._item[e] for e in found if same_region(regions[e], region)]

    def by_part(self, name: str, region: str | None = None) -> dict[int, list[T]]:
        """`find` for every part at once: part → its entries (one lookup for a report's earlier years)."""
        parts, regions, items = self._part, self._region, self._item
        out: dict[int, list[T]] = {}
        for e in sorted(e for n in self._named(name) for e in self._entries[n]):
            if same_region(regions[e], region):
                out.setdefault(parts[e], []).append(items[e])
        return out

    def _named(self, name: str) -> list[int]:
        """The numbers of the names that are the same agency: the same name, longer names of it, and shorter
        names it is a longer form of (three disjoint sets)."""
        key = agency_key(name)
        names = [*self._by_suffix.get(key, ())]
        names += (n for k in (key, *(key[i:] for i in short_forms(key))) if (n := self._names.get(k)) is not None)
        return names
