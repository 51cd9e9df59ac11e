"""./dev's choice of the interpreter a new .venv is made with (docs/design.md, "The interpreter"): $PYTHON when set;
else Debian's own python3 when it is python3's release and can make a venv and compile the parser; else python3.

The block is run as ./dev runs it, with stand-ins for both interpreters on PATH and for /usr/bin/python3."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SYSTEM = "/usr/bin/python3"


def _block() -> str:
    """The lines of ./dev from `release=` to the `fi` that ends the choice."""
    lines = (ROOT / "dev").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("release="))
    end = next(i for i in range(start, len(lines)) if lines[i] == "fi")
    return "\n".join(lines[start:end + 1])


def _stand_in(path: Path, release: str, can_serve: bool) -> Path:
    """An interpreter that says its release and whether it has ensurepip and Python.h (./dev's two questions)."""
    path.write_text("#!/bin/sh\n"
                    'case "$2" in\n'
                    f'  *ensurepip*) exit {0 if can_serve else 1} ;;\n'
                    f'  *version_info*) echo "{release}" ;;\n'
                    "esac\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def _chosen(tmp_path: Path, system: tuple[str, bool] | None, path_release: str, python: str = "") -> str:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _stand_in(bin_dir / "python3", path_release, True)
    block = _block()
    if system is not None:
        block = block.replace(SYSTEM, str(_stand_in(tmp_path / "system-python3", *system)))
    else:
        block = block.replace(SYSTEM, str(tmp_path / "absent"))
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", **({"PYTHON": python} if python else {})}
    run = subprocess.run(["bash", "-c", f'set -euo pipefail\n{block}\necho "$PY"'], capture_output=True, text=True,
                         env=env, check=True)
    return run.stdout.strip()


def test_debian_python_of_the_same_release_that_can_serve_is_chosen(tmp_path):
    assert _chosen(tmp_path, ("3 11", True), "3 11") == str(tmp_path / "system-python3")


@pytest.mark.parametrize("system, path_release", [
    (("3 11", False), "3 11"),  # no python3-venv or no python3-dev: it cannot make the venv or compile the parser
    (("3 13", True), "3 11"),  # another release than python3's: the switch would change what the project runs on
    (None, "3 11"),  # no /usr/bin/python3
])
def test_otherwise_python3_on_the_path(tmp_path, system, path_release):
    assert _chosen(tmp_path, system, path_release) == "python3"


def test_python_variable_wins(tmp_path):
    assert _chosen(tmp_path, ("3 11", True), "3 11", python="/opt/py/bin/python3.11") == "/opt/py/bin/python3.11"


@pytest.mark.skipif(not os.access(SYSTEM, os.X_OK), reason="no /usr/bin/python3 here")
def test_the_real_question_runs_in_debian_python():
    """The ensurepip/Python.h question is valid Python for the real interpreter: it answers 0 or 1, never an error
    (a syntax error would read as "cannot serve" for ever)."""
    block = _block()
    code = block[block.index("-c '", block.index("&& " + SYSTEM)) + 4:]
    code = code[:code.index("'")]
    run = subprocess.run([SYSTEM, "-c", code], capture_output=True, text=True)
    assert run.returncode in (0, 1) and not run.stderr
