"""Start-up: what every command and every batch worker pays before the first report.

    python bench/startup.py [--repeat 5] [--src DIR]

Each measurement runs in a fresh interpreter (`--src DIR`: another checkout of the engine, e.g. the commit
before a change, put first on the path), repeated; the median is printed, in wall seconds and in CPU seconds
(user + system, of the process and its children), since on a shared machine CPU time moves far less than
wall time. With the load average and the calibration loop of bench/throughput.py.

- import: `import engine.batch`
- Engine.load, cold: with an empty compiled-rules cache (YAML, schemas, checks), the first start after a change
- Engine.load, warm: from the cache (every later start)
- score one file: `xxgk score reports/05-baichuan-eeb-2022-late.txt`, the whole command, warm
- worker ready: a spawned pool worker from its start to its first answer (interpreter, imports, engine)
- forked worker, first / later: a worker forked from the fork server as a batch starts them (engine.workers):
  the first from `prestart` on (the server's imports included), a later one on its own; CPU is the worker's own
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput  # noqa: E402  (a sibling script)

ROOT = Path(__file__).resolve().parents[1]
ONE = "reports/05-baichuan-eeb-2022-late.txt"

_LOAD = """
import json, resource, time
t0 = time.perf_counter(); c0 = time.process_time()
from engine.batch import Engine
t1 = time.perf_counter(); c1 = time.process_time()
Engine.load()
t2 = time.perf_counter(); c2 = time.process_time()
print(json.dumps({"import": [t1 - t0, c1 - c0], "load": [t2 - t1, c2 - c1]}))
"""

_WORKER = """
import inspect, json, multiprocessing, resource, time
from datetime import date
from engine import batch
from engine.ingest.submissions import SubmissionLog
engine = batch.Engine.load()
if "packed" in inspect.signature(batch._worker_init).parameters:
    args = (None, batch._packed(engine), engine.rules_version, SubmissionLog(), date.today(), True)
else:
    args = (None, SubmissionLog(), date.today(), True)
ctx = multiprocessing.get_context("spawn")
t0 = time.perf_counter()
with ctx.Pool(1, initializer=batch._worker_init, initargs=args) as pool:
    pool.apply(len, ("ready",))
    wall = time.perf_counter() - t0
cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"worker": [wall, cpu.ru_utime + cpu.ru_stime]}))
"""

# a batch's worker as engine.workers starts it: forked from the fork server that `prestart` began while the parent
# listed, hashed and compiled (the server's imports are paid once a batch, not a worker); the first worker waits for
# the server's imports, a later one only for its own set-up. CPU: the worker's own (os.times inside it)
_FORKED = """
import json, multiprocessing, os, time
from datetime import date
from engine import batch, workers
from engine.ingest.submissions import SubmissionLog
engine = batch.Engine.load()
args = (None, batch._packed(engine), engine.rules_version, SubmissionLog(), date.today(), True)
t0 = time.perf_counter()
workers.prestart(["engine.batch", *batch.WORKER_MODULES])
ctx = multiprocessing.get_context("forkserver")
out = {}
for name in ("first", "later"):
    t1 = time.perf_counter()
    with ctx.Pool(1, initializer=batch._worker_init, initargs=args) as pool:
        times = pool.apply(os.times)
        out[name] = [time.perf_counter() - (t0 if name == "first" else t1), times.user + times.system]
workers.stop_idle()
print(json.dumps(out))
"""


def _python(code: str, env: dict[str, str], cwd: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out.splitlines()[-1])


def _command(argv: list[str], env: dict[str, str], cwd: Path) -> list[float]:
    """Wall and CPU seconds (user + system) of one command in a child process."""
    before = os.times()
    t0 = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = os.times()
    return [wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)]


def measure(repeat: int, src: str | None) -> dict[str, list[list[float]]]:
    env = dict(os.environ)
    cwd = Path(src).resolve() if src else ROOT  # `python -c` puts the working folder first on the path
    env["PYTHONPATH"] = str(cwd) + os.pathsep + env.get("PYTHONPATH", "")
    score = [sys.executable, "-c", "import sys; from engine.cli import main; sys.exit(main())", "score", ONE]
    runs: dict[str, list[list[float]]] = {"import": [], "load cold": [], "load warm": [], "score one file": [],
                                          "worker ready": [], "forked worker, first": [],
                                          "forked worker, later": []}
    with tempfile.TemporaryDirectory() as cache:
        env["XXGK_CACHE_DIR"] = cache
        for _ in range(repeat):
            for f in Path(cache).glob("*"):
                f.unlink()
            cold = _python(_LOAD, env, cwd)
            warm = _python(_LOAD, env, cwd)
            runs["import"].append(warm["import"])
            runs["load cold"].append(cold["load"])
            runs["load warm"].append(warm["load"])
            runs["score one file"].append(_command(score, env, cwd))
            runs["worker ready"].append(_python(_WORKER, env, cwd)["worker"])
            if (cwd / "engine" / "workers.py").read_text(encoding="utf-8").count("def prestart"):
                forked = _python(_FORKED, env, cwd)
                runs["forked worker, first"].append(forked["first"])
                runs["forked worker, later"].append(forked["later"])
    return runs


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--src", help="another checkout of the engine to measure instead of this one")
    args = p.parse_args(argv)
    load = os.getloadavg()
    runs = measure(args.repeat, args.src)
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} → {os.getloadavg()[0]:.1f}; "
          f"calibration {throughput.calibrate() * 1000:.0f} ms; {args.src or 'this checkout'}; "
          f"median of {args.repeat}")
    print(f"| {'':16} | wall s | CPU s |\n|---|---|---|")
    for name, values in ((n, v) for n, v in runs.items() if v):  # (no fork server in an older checkout)
        print(f"| {name:16} | {statistics.median(v[0] for v in values):.3f} | "
              f"{statistics.median(v[1] for v in values):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
