"""Fuzzing ingest and parsing: mutated real and generated PDF, DOCX, HTML and text files each end in a result or
an error line that names the file, with no exception escaping and none stuck past the per-file budget.

Bounded by a case count (about a minute on an idle CI machine), not by time, so every run checks the same
cases; bench/fuzz.py runs thousands more through the batch's supervised workers. Inputs that once failed live
in tests/fuzz_regressions/ and are checked on every run.
"""

from __future__ import annotations

from pathlib import Path

import hostile_files as H
import pytest
from fuzzing import cases

from engine import limits
from engine.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]
REGRESSIONS = Path(__file__).resolve().parent / "fuzz_regressions"
COUNT = 1500  # about a minute on one idle core
STATUSES = ("ok", "not_a_report", "error")


def seeds() -> dict[str, bytes]:
    """Generated files of every format, and the shipped sample reports (our own prose)."""
    found = {
        "gen.txt": H.REPORT.encode("utf-8"),
        "gen-gbk.txt": H.REPORT.encode("gbk"),
        "gen.html": H.html(H.REPORT),
        "gen.docx": H.docx(H.REPORT.splitlines()),
        "gen.pdf": H.pdf([H.text_ops(["Annual report 2023", "1. Overview", "Requests 9 | 0 | 9"])]),
    }
    for path in sorted((ROOT / "reports").iterdir()):
        if path.suffix in (".txt", ".html", ".docx", ".pdf") and path.stat().st_size < 200_000:
            found[path.name] = path.read_bytes()
    return found


def check(path: Path) -> None:
    """One input: results or one error line naming the file; never an internal error or a stray exception."""
    results = parse_file(path)
    assert results, path
    for r in results:
        assert r.status in STATUSES, (path, r.status)
        if r.status == "error":
            assert r.error and str(path) in r.error, (path, r.error)
            assert "internal error" not in r.error and "Traceback" not in r.error, r.error


@pytest.fixture
def budget():
    saved = limits.current()
    limits.configure(limits.Limits(seconds=30, unpacked_mb=20))  # small: a bomb among the mutations stays cheap
    yield
    limits.configure(saved)


def test_mutated_files_end_in_a_result_or_an_error_line(tmp_path, budget):
    failures = []
    for case in cases(seeds(), COUNT):
        path = tmp_path / f"case{case.suffix}"
        path.write_bytes(case.data)
        try:
            check(path)
        except Exception as exc:  # noqa: BLE001 - collected, so one run reports every failing case
            failures.append(f"{case.name}: {type(exc).__name__}: {exc}"[:300])
            (tmp_path / f"failed-{len(failures)}{case.suffix}").write_bytes(case.data)
    assert not failures, "\n".join(failures) + f"\n(the failing inputs are in {tmp_path})"


@pytest.mark.parametrize("path", sorted(REGRESSIONS.iterdir()) if REGRESSIONS.is_dir() else [],
                         ids=lambda p: p.name)
def test_inputs_that_once_failed(path, budget):
    check(path)
