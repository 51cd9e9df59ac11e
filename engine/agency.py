"""When two written names mean the same agency ("临川县石湾镇人民政府" and "石湾镇人民政府")."""

from __future__ import annotations

import re
import unicodedata

GENERIC = re.compile(r"(?:人民政府|政府)?(?:办公室|办公厅)?$")


def normalise_name(name: str) -> str:
    return re.sub(r"[\s()（）]", "", unicodedata.normalize("NFKC", name))


def bucket(name: str) -> str:
    """Names that can be the same agency share a bucket: the last three characters of the name without its
    generic ending (临川县石湾镇人民政府 and 石湾镇人民政府 both land in 石湾镇), so matching stays linear."""
    core = GENERIC.sub("", normalise_name(name))
    return core[-3:] or normalise_name(name)[-3:]


def same_agency(a: str, b: str) -> bool:
    """Equal after normalising, or one is the other with its higher-level place prefix dropped; the shorter
    must still name a place of its own (not just "县人民政府")."""
    a, b = normalise_name(a), normalise_name(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.endswith(short) and len(GENERIC.sub("", short)) >= 3
