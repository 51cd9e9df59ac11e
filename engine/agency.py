"""When two written names mean the same agency ("临川县石湾镇人民政府" and "石湾镇人民政府")."""

from __future__ import annotations

import re
import unicodedata

GENERIC = re.compile(r"(?:人民政府|政府)?(?:办公室|办公厅)?$")


def normalise_name(name: str) -> str:
    return re.sub(r"[\s()（）]", "", unicodedata.normalize("NFKC", name))


def same_agency(a: str, b: str) -> bool:
    """Equal after normalising, or one is the other with its higher-level place prefix dropped; the shorter
    must still name a place of its own (not just "县人民政府")."""
    a, b = normalise_name(a), normalise_name(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.endswith(short) and len(GENERIC.sub("", short)) >= 3
