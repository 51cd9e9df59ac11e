"""The benchmark scripts in bench/ are importable from tests (synth, parse_accuracy, throughput)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
