"""What the store records of a document that needs no database: the content hash, the compressed payload,
the start of a period. Apart from engine.store so that batch workers, and runs without a store, never
import SQLAlchemy (a third of a worker's start-up)."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import threading
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engine.crossyear import NEEDED
from engine.model import Fact, Finding, Scorecard

try:  # ISA-L's deflate (python-isal): the same zlib format, ≈ 3× faster than zlib's level 1 on a payload
    from isal.isal_zlib import compress as _compress
except ImportError:  # (not installed: zlib's own; either is read back by zlib.decompress)
    from zlib import compress as _compress

if TYPE_CHECKING:
    from engine.rules.runner import Evaluation


def file_hash(path: Path | str) -> str:
    """The file's SHA-256 (a str path too: a batch hashes each of its files without making a Path)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


HASH_THREADS = 4  # at most: reading and hashing release the GIL, so threads hash files side by side


def file_hashes(files: Sequence[Path | str], threads: int | None = None) -> list[str]:
    """Each file's SHA-256, in order, made by `threads` threads (default: the cores, at most HASH_THREADS) taking
    the next file as they finish one: a batch's 2 GB are read and hashed on every core, not on one while the
    others wait for the workers to start. The first OSError met is raised (the threads stop taking files)."""
    n = len(files)
    threads = max(1, min(threads or min(os.cpu_count() or 1, HASH_THREADS), n))
    if threads == 1:
        return [file_hash(f) for f in files]
    out = [""] * n
    taken = itertools.count()  # next() on it is atomic under the GIL: each file is taken once
    failed: list[BaseException] = []  # an OSError met, or the main thread stopped (Ctrl-C): the threads stop

    def work() -> None:
        try:
            while not failed and (i := next(taken)) < n:
                out[i] = file_hash(files[i])
        except OSError as exc:
            failed.append(exc)

    helpers = [threading.Thread(target=work, daemon=True) for _ in range(threads - 1)]
    for t in helpers:
        t.start()
    try:
        work()
    except BaseException as exc:  # Ctrl-C (KeyboardInterrupt, or SIGTERM as the CLI raises it): stop the helpers
        failed.append(exc)
        raise
    finally:
        for t in helpers:
            t.join()
    if failed:
        raise failed[0]
    return out


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))  # flat fields: cheaper than dataclasses.asdict


def payload(ev: Evaluation, sketch: str | None = None) -> bytes:
    """Everything about one evaluated document, as the store keeps it: JSON, zlib-compressed. Each evidence
    text is written once and facts point to it (表三's 175 cells share 25). About 3 KB a report instead of 21:
    less for a worker to send, for the parent to hold until its group is written, and for the disk.
    `sketch`: the sketch's JSON when already made (`stored`). Compressed at level 1 by ISA-L where python-isal is
    installed (≈ 35 µs a 15 KB payload against zlib's ≈ 115, 1–2% larger), else by zlib: the bytes differ, the
    zlib stream they hold decompresses (zlib.decompress) to the same text."""
    from engine.ingest.finish import facts_json, strings_json  # (compiled with ingest: engine/ingest/finish.py)
    evidence: dict[str, int] = {}
    # json.dumps({"facts": …, "evidence": …, "report_facts": …, …, "sketch": …}).encode() in UTF-8 pieces joined once
    # (the text's encoding cost as much as writing it): the facts (as (value, evidence number) pairs) by finish's
    # loop, the evidence texts' and rule ids' JSON kept per string, the names' per list (_names), the findings by
    # the encoder
    findings = [{k: getattr(f, k) for k in _FINDING_FIELDS} for f in ev.findings]
    sketch = _ENCODE(list(ev.sketch)) if sketch is None else sketch
    parts = [b'{"facts": ']
    try:
        facts_json(ev.facts, evidence, _ENCODE, parts)
        parts.append(b', "evidence": ')
        strings_json(evidence, parts)
        parts += b', "report_facts": ', _names(ev.report.facts), b', "findings": ', _ENCODE(findings).encode("utf-8")
        # the rule ids (str) by their kept JSON, as the evidence texts: 26 a synth report, of a few hundred in all
        parts.append(b', "applicable": ')
        strings_json(ev.applicable, parts)
        parts.append(b', "fired": ')
        strings_json(ev.fired, parts)
        parts += b', "sha256": ', _ENCODE_STR(ev.report.sha256).encode("utf-8"), b', "sketch": ', sketch.encode(
            "utf-8"), b"}"
    except UnicodeEncodeError:  # a lone surrogate: the error the whole text's encoding raised, from the same text
        said: dict[str, int] = {}
        whole = {"facts": {k: (f.value, said.setdefault(f.evidence, len(said))) for k, f in ev.facts.items()},
                 "evidence": list(said), "report_facts": sorted(ev.report.facts), "findings": findings,
                 "applicable": list(ev.applicable), "fired": ev.fired, "sha256": ev.report.sha256}
        parts = [(_ENCODE(whole)[:-1] + ', "sketch": ' + sketch + "}").encode("utf-8")]
    return _compress(b"".join(parts), 1)


# the JSON of a report's sorted fact names, by those names in the report's order: a batch's reports hold few
# distinct name lists (49 in synth-2000's first 1,000), and the tuple's hash and compare cost far less than sorting
# ≈ 300 names and writing them (≈ 0.18 M instructions a report)
_NAMES: dict[tuple[str, ...], bytes] = {}
NAMES_KEPT = 256


def _names(facts: dict[str, Fact]) -> bytes:
    """json.dumps(sorted(facts)) in UTF-8: kept per tuple of the names in `facts`' order (the same names, the same
    sorted list), up to NAMES_KEPT lists."""
    key = tuple(facts)
    text = _NAMES.get(key)
    if text is None:
        from engine.ingest.finish import strings_json
        parts: list[bytes] = []
        strings_json(sorted(key), parts)
        text = b"".join(parts)
        if len(_NAMES) < NAMES_KEPT:
            _NAMES[key] = text
    return text


def sketch_json(ev: Evaluation) -> str:
    """The sketch as the payload and the history write it: made once for both (256 numbers of up to ten digits:
    about 60 µs each time, a tenth of the payload's cost)."""
    return _ENCODE(list(ev.sketch))


def _with_sketch(head: dict, ev: Evaluation, sketch: str | None) -> str:
    """json.dumps({**head, "sketch": ev.sketch}, ensure_ascii=False), with the sketch's JSON given or made."""
    return _ENCODE(head)[:-1] + ', "sketch": ' + (_ENCODE(list(ev.sketch)) if sketch is None else sketch) + "}"


# json.dumps(…, ensure_ascii=False) without a new encoder, and without its check for containers that hold
# themselves (an id kept in a dict for each of a payload's ≈ 150 lists while it is written): what is encoded here
# is parsed data, never circular; the text is the same (a circular value would raise RecursionError, not ValueError)
_ENCODE = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
_ENCODE_STR = json.encoder.encode_basestring  # what _ENCODE does with a str, without its call


def period_start(period: str) -> int | None:
    head = period.split("-")[0]
    return int(head) if head.isdigit() else None


def history_payload(ev: Evaluation, sketch: str | None = None) -> str:
    """What a later year's cross-year checks read of this report: a few facts, the rules fired, the sketch."""
    return _with_sketch({"facts": {k: f.value for k, f in ev.facts.items() if k in NEEDED or k.startswith("doc.")},
                         "fired": ev.fired}, ev, sketch)


# a scorecard's row (engine.store's scorecards) but for its change against an earlier period: agency, period, score,
# grade, the payload's JSON before and after its previous_period and change, level, region, veto, deductions' JSON,
# and the card's own previous_period and change (kept when it has no earlier period)
CardParts = tuple[str, str, float, str, str, str, str, str, bool, str, str, "float | None"]


def card_parts(card: Scorecard) -> CardParts:
    """What the store's row of a card (engine.store._card_row of its to_json) holds before the batch's changes
    against earlier periods are known (engine.batch._changes needs every card): made where the card is scored, so
    a large batch's forked copy makes its half's (engine.batch._score_all) and finish_run only joins them
    (`card_row`). Scorecard.to_json writes change right after previous_period."""
    d = card.to_json()
    keys = list(d)
    at = keys.index("previous_period")
    if keys[at + 1] != "change":  # (the payload is spliced around the pair: another order would misplace it)
        raise ValueError(f"Scorecard.to_json: change must follow previous_period, not {keys[at + 1]}")
    head = _ENCODE({k: d[k] for k in keys[:at]})[:-1]
    tail = _ENCODE({k: d[k] for k in keys[at + 2:]})[1:]
    return (d["agency"], d["period"], d["score"], d["grade"], head, tail, d.get("level", ""), d.get("region", ""),
            bool(d.get("veto")), _ENCODE(d.get("deductions", {})), d["previous_period"], d["change"])


def card_row(run_id: int, parts: CardParts, change: tuple[str, float] | None) -> dict[str, Any]:
    """engine.store._card_row(run_id, card.to_json()) of the card `parts` were made of, with the batch's change
    (engine.batch._changed) applied."""
    agency, period, score, grade, head, tail, level, region, veto, deductions, previous, delta = parts
    if change is not None:
        previous, delta = change
    return dict(run_id=run_id, agency=agency, period=period, score=score, grade=grade,  # (a period is a str)
                payload=f'{head}, "previous_period": {_ENCODE_STR(previous)}, "change": '
                        f'{"null" if delta is None else _ENCODE(delta)}, {tail}',
                level=level, region=region, veto=veto, change=delta, previous_period=previous, deductions=deductions)
