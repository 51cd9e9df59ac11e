"""A seeded mutator of report files, shared by the fuzz test (tests/test_fuzz.py) and its long run
(bench/fuzz.py).

Each case is a real or generated report (txt, html, docx, pdf) changed the way damage and malice change files:
flipped bits, cut-off ends, repeated or spliced chunks, hostile insertions (NUL runs, deep nesting, huge
numbers, zlib bombs), and, inside a .docx, the same damage to its XML members while the zip stays valid, so the
mutation reaches the XML reader rather than stopping at the zip check. The same seed gives the same cases.
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

_INSERTS = (
    b"\x00" * 64, b"\xff\xfe", b"\xef\xbb\xbf", "第一百二十三页".encode(), b"9" * 400, b"<div>" * 2000,
    b"<table><tr><td>" * 300, "一、二、三、四、".encode() * 200, b"%PDF-1.4\n", b"PK\x03\x04", b"endstream\nendobj\n",
    b"stream\n" + zlib.compress(b" " * (1 << 20), 9) + b"\nendstream", b"<< /Type /Page >>", b"(cid:12)" * 100,
    b"&#x10FFFF;&#0;&amp;" * 50, b"\r\r\r\n\n", "表三\n申请数量 | 1 | 2 | 3\n".encode() * 100,
)


@dataclass(frozen=True, slots=True)
class Case:
    name: str  # seed name and mutation, for messages and regression files
    suffix: str
    data: bytes


def mutate(data: bytes, rnd: random.Random, seeds: list[bytes]) -> tuple[str, bytes]:
    """One random damage to `data`; its name and the result."""
    if not data:
        return "insert", rnd.choice(_INSERTS)
    kind = rnd.choice(("flip", "bytes", "truncate", "repeat", "insert", "splice", "delete"))
    buf = bytearray(data)
    at = rnd.randrange(len(buf))
    if kind == "flip":
        for _ in range(rnd.randint(1, 16)):
            i = rnd.randrange(len(buf))
            buf[i] ^= 1 << rnd.randrange(8)
    elif kind == "bytes":
        for _ in range(rnd.randint(1, 64)):
            buf[rnd.randrange(len(buf))] = rnd.randrange(256)
    elif kind == "truncate":
        del buf[at:]
    elif kind == "repeat":
        end = min(len(buf), at + rnd.randint(1, 4096))
        buf[at:at] = bytes(buf[at:end]) * rnd.randint(2, 50)
    elif kind == "insert":
        buf[at:at] = rnd.choice(_INSERTS)
    elif kind == "splice":
        other = rnd.choice(seeds)
        start = rnd.randrange(len(other)) if other else 0
        buf[at:at] = other[start:start + rnd.randint(1, 8192)]
    else:
        del buf[at:at + rnd.randint(1, 4096)]
    return kind, bytes(buf)


def mutate_zip(data: bytes, rnd: random.Random, seeds: list[bytes]) -> tuple[str, bytes]:
    """The same damage to one member of a .docx, written back into a valid zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            members = [(info, src.read(info)) for info in src.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        return mutate(data, rnd, seeds)
    xml = [i for i, (info, _) in enumerate(members) if info.filename.endswith(".xml") or "rels" in info.filename]
    index = rnd.choice(xml or range(len(members)))
    kind, changed = mutate(members[index][1], rnd, seeds)
    members[index] = (members[index][0], changed)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, body in members:
            dst.writestr(info.filename, body)
    return f"member {members[index][0].filename}: {kind}", out.getvalue()


def cases(seeds: dict[str, bytes], count: int, seed: int = 14) -> Iterator[Case]:
    """`count` mutated files, cycling through the seeds (name → bytes; the suffix comes from the name), each
    damaged one to three times."""
    rnd = random.Random(seed)
    names = sorted(seeds)
    pool = [seeds[n] for n in names]
    for k in range(count):
        name = names[k % len(names)]
        data, steps = seeds[name], []
        suffix = "." + name.rsplit(".", 1)[-1]
        for _ in range(rnd.randint(1, 3)):
            kind, data = (mutate_zip if suffix == ".docx" and rnd.random() < 0.7 else mutate)(data, rnd, pool)
            steps.append(kind)
        yield Case(f"{k:04d}-{name}: {', '.join(steps)}", suffix, data)
