"""engine.records.file_hashes: a batch's files hashed by several threads, each once, in order (a14-scale)."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import pytest

from engine import records, runs


def _files(tmp_path: Path, n: int) -> list[str]:
    out = []
    for i in range(n):
        p = tmp_path / f"f{i:03d}.txt"
        # sizes from empty to past hashlib.file_digest's 256 KB buffer, bytes differing by file
        p.write_bytes(bytes([i % 251]) * (i * 7919 % 300_000))
        out.append(str(p))
    return out


@pytest.mark.parametrize("threads", [1, 2, 3, 4, 64])
def test_same_hashes_in_order(tmp_path, threads):
    files = _files(tmp_path, 40)
    want = [hashlib.sha256(Path(f).read_bytes()).hexdigest() for f in files]
    assert records.file_hashes(files, threads) == want


def test_each_file_hashed_once_by_several_threads(tmp_path, monkeypatch):
    files = _files(tmp_path, 60)
    seen: list[tuple[str, int]] = []
    real = records.file_hash

    def slow(path):
        time.sleep(0.002)  # long enough for the helpers to take files too
        seen.append((str(path), threading.get_ident()))
        return real(path)

    monkeypatch.setattr(records, "file_hash", slow)
    assert records.file_hashes(files, 3) == [real(f) for f in files]
    assert sorted(f for f, _ in seen) == files  # every file once
    assert len({t for _, t in seen}) > 1  # and not all on one thread


def test_empty_and_default_threads(tmp_path):
    assert records.file_hashes([]) == []
    files = _files(tmp_path, 5)
    assert records.file_hashes(files) == [records.file_hash(f) for f in files]


def test_unreadable_file_raises_and_stops(tmp_path, monkeypatch):
    files = _files(tmp_path, 200)
    files[3] = str(tmp_path / "missing.txt")
    calls = []
    real = records.file_hash

    def slow(path):
        calls.append(path)
        time.sleep(0.002)
        return real(path)

    monkeypatch.setattr(records, "file_hash", slow)
    with pytest.raises(FileNotFoundError):
        records.file_hashes(files, 2)
    assert len(calls) < 100  # the other thread stopped taking files


def test_ctrl_c_stops_the_helpers(tmp_path, monkeypatch):
    files = _files(tmp_path, 200)
    main = threading.get_ident()
    calls = []
    real = records.file_hash

    def slow(path):
        calls.append(path)
        time.sleep(0.002)
        if threading.get_ident() == main and len(calls) > 6:
            raise KeyboardInterrupt
        return real(path)

    monkeypatch.setattr(records, "file_hash", slow)
    with pytest.raises(KeyboardInterrupt):
        records.file_hashes(files, 2)
    assert len(calls) < 100  # the helper was told to stop, not left to hash every file


def test_inputs_key_as_before(tmp_path):
    files = _files(tmp_path, 30)
    hashes: dict[str, str] = {}
    key = runs.inputs_key(files, "v1", "auto", "2026-12-01", [], "", hashes)
    digest = hashlib.sha256(b"v1\0auto\x002026-12-01")
    for h in sorted(hashlib.sha256(Path(f).read_bytes()).hexdigest() for f in files):
        digest.update(h.encode())
    assert key == digest.hexdigest()
    assert list(hashes) == files and all(hashes[f] == records.file_hash(f) for f in files)
    assert runs.inputs_key([*files, str(tmp_path / "gone.txt")], "v1", "auto", "2026-12-01", []) is None
