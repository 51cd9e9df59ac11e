"""Write engine/ingest/t2s_keys.py: what in a text can make OpenCC's t2s change it, read from t2s's own dictionaries.

    pip install --target /tmp/marisa marisa-trie     # the reader of OpenCC's .ocd2 tries; not a project dependency
    PYTHONPATH=/tmp/marisa python bench/make_t2s_keys.py

OpenCC's t2s replaces, at each position of the text, the longest key of its dictionaries found there by that key's
value (the normalization dictionary first, then the conversion group, whose first dictionary holding a key gives
its value). A text is therefore left as it is when no key found in it has a value other than itself. This script
lists, from the keys of every dictionary t2s.json names (read from the .ocd2 files with marisa-trie; the values
asked of OpenCC itself, one key at a time):

- SINGLE: each one-character conversion key OpenCC changes, and every key of the normalization dictionaries;
- PHRASES: each longer key OpenCC changes that holds none of SINGLE's characters (a phrase holding one of them is
  found through that character anyway: 乾燥 → 干燥 where 乾 alone stays), grouped under its first character that
  the conversion changes (its hinge: 反覆 → 反复 under 覆);
- DICTIONARIES: the SHA-256 of t2s.json and of each dictionary file, so that engine.ingest.normalise uses these
  lists only with the very dictionaries they were read from (another OpenCC release: every text is converted).

Run it again whenever OpenCC's version changes (tests/test_t2s_keys.py fails until then).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import marisa_trie  # type: ignore[import-not-found]
import opencc

OUT = Path(__file__).resolve().parent.parent / "engine" / "ingest" / "t2s_keys.py"
HEADER = b"OPENCC_MARISA_0.2.5"


def ocd2_files(node: object) -> list[str]:
    """The .ocd2 files a part of an OpenCC config names, in order."""
    if isinstance(node, dict):
        own = [node["file"]] if node.get("type") == "ocd2" else []
        return own + [f for value in node.values() for f in ocd2_files(value)]
    if isinstance(node, list):
        return [f for value in node for f in ocd2_files(value)]
    return []


def keys(path: str) -> list[str]:
    data = Path(path).read_bytes()
    if not data.startswith(HEADER):
        raise SystemExit(f"{path}: not an OpenCC marisa dictionary")
    trie = marisa_trie.Trie()
    trie.frombytes(data[len(HEADER):])
    return trie.keys()


def main() -> None:
    share = opencc._opencc_share_dir
    config = json.loads(Path(share, "t2s.json").read_text("utf-8"))
    unknown = set(config) - {"name", "normalization", "conversion_chain"}
    if unknown:  # a step this reading does not model (a segmentation of its own, ...)
        raise SystemExit(f"t2s.json has steps this script does not know: {sorted(unknown)}")
    normalization = ocd2_files(config.get("normalization", []))
    conversion = ocd2_files(config["conversion_chain"])
    converter = opencc.OpenCC("t2s")
    single: set[str] = set()
    for name in normalization:
        single |= set(keys(os.path.join(share, name)))  # all of them, changed or not: they are rare
    phrases: set[str] = set()
    for name in conversion:
        for key in keys(os.path.join(share, name)):
            if converter.convert(key) != key:
                (single if len(key) == 1 else phrases).add(key)
    if any(len(k) != 1 for k in single):
        raise SystemExit("a normalization key longer than one character: not modelled")
    hinged: dict[str, list[str]] = {}
    for phrase in sorted(phrases):
        if set(phrase) & single:
            continue
        value = converter.convert(phrase)
        changed = [a for a, b in zip(phrase, value, strict=False) if a != b] if len(value) == len(phrase) else []
        hinged.setdefault((changed or list(phrase))[0], []).append(phrase)
    digests = {name: hashlib.sha256(Path(share, name).read_bytes()).hexdigest()
               for name in ["t2s.json", *normalization, *conversion]}
    bmp = "".join(sorted(c for c in single if ord(c) <= 0xFFFF))
    lines = [
        '"""What can make OpenCC\'s t2s change a text, read from its dictionaries by bench/make_t2s_keys.py',
        f"(OpenCC {opencc.__version__ if hasattr(opencc, '__version__') else '1.4.2'}). Generated: do not edit; "
        'run the script again when OpenCC changes."""',
        "",
        "# SHA-256 of t2s.json and of each dictionary it names, as read",
        f"DICTIONARIES = {json.dumps(digests, indent=4)}",
        "",
        f"# the {len(bmp)} characters (of the Basic Multilingual Plane) whose presence alone can change a text:",
        "# one-character keys t2s changes and normalization keys",
        "SINGLE = (",
        *(f"    {json.dumps(bmp[i:i + 100], ensure_ascii=False)}" for i in range(0, len(bmp), 100)),
        ")",
        "",
        "# the longer keys t2s changes that hold no character of SINGLE, under the character each changes",
        f"PHRASES = {json.dumps(hinged, ensure_ascii=False, indent=4)}",
        "",
    ]
    OUT.write_text("\n".join(lines), "utf-8")
    print(f"{OUT}: {len(bmp)} characters (+{len(single) - len(bmp)} beyond the BMP), "
          f"{sum(map(len, hinged.values()))} phrases under {len(hinged)} characters")


if __name__ == "__main__":
    main()
