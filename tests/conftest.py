"""Shared test setup: the benchmark scripts in bench/ are importable (synth, parse_accuracy, throughput), and
the workbench tests share one scored store (web_support.build), each test working on its own copy."""

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The workbench's store, scored once for all its tests."""
    from web_support import build
    return build(tmp_path_factory.mktemp("web"))


@pytest.fixture
def db(built, tmp_path) -> Path:
    """Each test's own copy of it: decisions and sign-offs do not leak between tests."""
    copy = tmp_path / "runs.db"
    shutil.copy(built, copy)
    return copy
