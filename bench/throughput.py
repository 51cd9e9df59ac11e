"""Throughput of the pipeline on synthetic reports: one core, in-process, every stage timed per report.

usage: python bench/throughput.py --n N [--seed S] [--backend durable|python] [--keep DIR] [--json FILE]
       python bench/throughput.py --cpu DIR [--rounds R] [--limit N] [--src OTHER --pairs P] [--json FILE]

Generates N reports with bench/synth.py (in a child process) into a temporary folder (or DIR, kept), pins
this process to one CPU, then for every file times with time.perf_counter:

  ingest    engine.ingest.load (read, decode, extract, normalise)
  parse     engine.parse.parse (facts with evidence, tables, kind)
  rules     Evaluator.evaluate with --backend (derive + row + applicability + matching + findings)
  derive    engine.derive.derive alone (already inside rules; shown to separate it from matching)
  scoring   Profiles.choose("auto", ...) + engine.scoring.score for the report alone

End to end = ingest + parse + rules + scoring. The other backend evaluates the same reports in the same
loop, so the durable/python ratio compares like with like: once for the whole evaluate() and once for the
rule matching alone (Evaluator.fired_indexes on the same row), which is where the backends differ.

--cpu DIR times, in CPU seconds (time.process_time), what a batch worker spends per report on the files already
in DIR (a `--keep` folder of this script or of bench/mixed.py): ingest, parse, rules, the text sketch, the store
payload (payload + history) and pickling the slimmed result for the parent; the fastest of R passes after a
warm-up pass, so a shared machine's load moves it far less than wall time (--rounds 0: one plain pass without
the warm-up, each step of each file timed once, as a worker meets them). With --src OTHER, the same run
alternates between OTHER (another checkout, e.g. the commit before a change) and this one, P pairs, in fresh
processes, and prints the fastest of each.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from engine.batch import Engine
from engine.derive import derive
from engine.ingest import load
from engine.model import ERROR, InputError
from engine.parse import parse
from engine.rules.runner import Evaluator
from engine.scoring import score

SYNTH = Path(__file__).resolve().with_name("synth.py")
STAGES = ("ingest", "parse", "rules", "derive", "scoring")
PIPELINE = ("ingest", "parse", "rules", "scoring")


def rss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _idle_ticks() -> dict[int, int]:
    ticks = {}
    with open("/proc/stat", encoding="ascii") as stat:
        for line in stat:
            name, *fields = line.split()
            if name.startswith("cpu") and name[3:].isdigit():
                ticks[int(name[3:])] = int(fields[3]) + int(fields[4])  # idle + iowait
    return ticks


def pin_one_cpu() -> str:
    """Pin this process to one CPU: the idlest over half a second (the machine may be shared)."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    allowed = os.sched_getaffinity(0)
    try:
        before = _idle_ticks()
        time.sleep(0.5)
        after = _idle_ticks()
        cpu = max(allowed, key=lambda c: after.get(c, 0) - before.get(c, 0))
    except OSError:
        cpu = min(allowed)
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu} of {len(allowed)}"


def calibrate() -> float:
    """Seconds for a fixed pure-Python loop: how fast this (possibly shared, virtual) CPU is right now."""
    t0 = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i * i
    return time.perf_counter() - t0


def write_corpus(out: Path, n: int, seed: int) -> tuple[list[tuple[Path, str]], int, float]:
    """Run bench/synth.py in a child process, so generating does not count in this process's peak RSS."""
    t0 = time.perf_counter()
    cmd = [sys.executable, str(SYNTH), "--n", str(n), "--out", str(out), "--seed", str(seed)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    files, size = [], 0
    with (out / "manifest.jsonl").open(encoding="utf-8") as manifest:
        for line in manifest:
            entry = json.loads(line)
            files.append((out / entry["name"], entry["parsed_kind"]))
            size += entry["bytes"]
    return files, size, time.perf_counter() - t0


def ms(values: list[float]) -> dict[str, float]:
    if not values:
        return {"mean": 0.0, "p50": 0.0, "p95": 0.0, "max": 0.0, "total_s": 0.0}
    ordered = sorted(values)
    return {"mean": 1000 * statistics.fmean(values), "p50": 1000 * ordered[len(ordered) // 2],
            "p95": 1000 * ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], "max": 1000 * ordered[-1],
            "total_s": sum(values)}


def run(files: list[tuple[Path, str]], backend: str) -> dict[str, Any]:
    rss_before = rss_mb()
    t0 = time.perf_counter()
    engine = Engine.load(backend=backend)
    compile_s = time.perf_counter() - t0
    other_backend = "python" if backend == "durable" else "durable"
    t0 = time.perf_counter()
    other = Evaluator(engine.ruleset, other_backend)
    other_compile_s = time.perf_counter() - t0
    rules = engine.ruleset.by_id()
    today = date.today()
    times: dict[str, list[float]] = {s: [] for s in STAGES}
    compare = {"evaluate": {backend: [], other_backend: []}, "match": {backend: [], other_backend: []}}
    kinds: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    disagreements = 0
    rss_loaded = rss_mb()
    wall0 = time.perf_counter()
    for path, expected in files:
        t0 = time.perf_counter()
        try:
            doc = load(path)
        except InputError as exc:
            errors.append(str(exc))
            continue
        t1 = time.perf_counter()
        reports = parse(doc)
        t2 = time.perf_counter()
        times["ingest"].append(t1 - t0)
        times["parse"].append(t2 - t1)
        for report in reports:
            if report.status == ERROR:
                errors.append(report.error or report.source)
                continue
            kinds[(expected, report.value("doc.kind") or "?")] += 1
            a = time.perf_counter()
            facts = derive(report)
            b = time.perf_counter()
            ev = engine.evaluator.evaluate(report)
            c = time.perf_counter()
            chosen, _ = engine.profiles.choose("auto", report.value("doc.kind"), report.value("doc.level"),
                                               report.value("doc.year"))
            score([ev], chosen, rules, today)
            d = time.perf_counter()
            times["derive"].append(b - a)
            times["rules"].append(c - b)
            times["scoring"].append(d - c)
            # the other backend on the same report, and the matching step alone on the same row
            e = time.perf_counter()
            ev_other = other.evaluate(report)
            f = time.perf_counter()
            row = engine.evaluator.row(facts, report.text)
            g = time.perf_counter()
            fired = engine.evaluator.fired_indexes(row)
            h = time.perf_counter()
            fired_other = other.fired_indexes(row)
            i = time.perf_counter()
            compare["evaluate"][backend].append(c - b)
            compare["evaluate"][other_backend].append(f - e)
            compare["match"][backend].append(h - g)
            compare["match"][other_backend].append(i - h)
            if fired != fired_other or ev.fired != ev_other.fired:
                disagreements += 1
    wall = time.perf_counter() - wall0
    stage = {s: ms(v) for s, v in times.items()}
    pipeline_s = sum(stage[s]["total_s"] for s in PIPELINE)
    n_reports = len(times["rules"])
    ratio = {k: (statistics.fmean(v["durable"]) / statistics.fmean(v["python"]) if v["python"] else 0.0)
             for k, v in compare.items()}
    return {
        "backend": backend, "rules": len(engine.ruleset.rules), "compile_s": compile_s,
        "other_backend": other_backend, "other_compile_s": other_compile_s,
        "files": len(times["ingest"]), "reports": n_reports, "errors": errors, "stages": stage,
        "pipeline_s": pipeline_s, "loop_wall_s": wall,
        "python_ms": {k: 1000 * statistics.fmean(v["python"]) for k, v in compare.items() if v["python"]},
        "durable_ms": {k: 1000 * statistics.fmean(v["durable"]) for k, v in compare.items() if v["durable"]},
        "durable_python_ratio": ratio, "backend_disagreements": disagreements,
        "kind_agreement": sum(n for (e, g), n in kinds.items() if e == g) / max(1, n_reports),
        "kind_mismatches": {f"{e}->{g}": n for (e, g), n in kinds.items() if e != g},
        "rss_mb": {"before_engine": rss_before, "engine_loaded": rss_loaded, "peak": rss_mb()},
    }


def show(result: dict[str, Any], n: int, size: int, gen_s: float, total_s: float, pinned: str) -> None:
    st = result["stages"]
    pipe = result["pipeline_s"]
    mb = size / 1e6
    print(f"N = {n} files, {result['reports']} reports, {mb:.2f} MB ({size / max(1, n) / 1024:.1f} KB/file); "
          f"{pinned}; backend {result['backend']}")
    print(f"generate: {gen_s:.2f} s (child process; not counted below)")
    print(f"rule set: {result['rules']} rules; compile (Engine.load, {result['backend']}): "
          f"{1000 * result['compile_s']:.0f} ms; {result['other_backend']} evaluator: "
          f"{1000 * result['other_compile_s']:.0f} ms")
    print(f"end to end (ingest+parse+rules+scoring): {pipe:.2f} s -> {result['reports'] / pipe:.0f} reports/s, "
          f"{mb / pipe:.2f} MB/s")
    print(f"{'stage':<9}{'mean ms':>9}{'p50':>8}{'p95':>8}{'max':>8}{'share':>8}")
    for s in STAGES:
        share = f"{100 * st[s]['total_s'] / pipe:.0f}%" if s in PIPELINE else "(in rules)"
        print(f"{s:<9}{st[s]['mean']:>9.3f}{st[s]['p50']:>8.3f}{st[s]['p95']:>8.3f}{st[s]['max']:>8.2f}{share:>8}")
    d, p, r = result["durable_ms"], result["python_ms"], result["durable_python_ratio"]
    print(f"durable vs python: evaluate {d['evaluate']:.3f} vs {p['evaluate']:.3f} ms (x{r['evaluate']:.2f}); "
          f"matching alone {d['match']:.3f} vs {p['match']:.3f} ms (x{r['match']:.1f}); "
          f"disagreements {result['backend_disagreements']}")
    rss = result["rss_mb"]
    print(f"peak RSS: {rss['peak']:.0f} MB (before engine {rss['before_engine']:.0f} MB, "
          f"engine loaded {rss['engine_loaded']:.0f} MB)")
    mism = ", ".join(f"{k} {v}" for k, v in sorted(result["kind_mismatches"].items())) or "none"
    print(f"kind agreement with the generator: {100 * result['kind_agreement']:.2f}% (mismatches: {mism}); "
          f"errors: {len(result['errors'])}")
    print(f"total wall time: {total_s:.1f} s (stage loop {result['loop_wall_s']:.1f} s incl. the second backend)")
    print(f"calibration: a 3M-iteration Python loop took {1000 * result['calibration_s']:.0f} ms "
          "(mean of before and after; compare runs by it)")


WORKER_STAGES = ("ingest", "parse", "rules", "sketch", "payload", "pickle")
ROOT = Path(__file__).resolve().parents[1]


def worker_cpu(folder: Path, rounds: int, limit: int = 0) -> dict[str, Any]:
    """CPU ms per report of each step a batch worker takes (engine.batch.STEPS, with the store), fastest of `rounds`
    passes; ingest and parse also per input format (ms per file)."""
    import engine
    from engine.batch import slim
    from engine.ingest import SUPPORTED_SUFFIXES
    from engine.records import history_payload, payload
    from engine.similarity import sketch
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)[: limit or None]
    eng = Engine.load()
    clock = time.process_time

    def one_pass() -> tuple[dict[str, float], dict[str, list], int]:
        spent, by_format, reports = dict.fromkeys(WORKER_STAGES, 0.0), {}, 0
        for path in files:
            t0 = clock()
            try:
                doc = load(path)
            except InputError:
                continue
            t1 = clock()
            parsed = parse(doc)
            t2 = clock()
            spent["ingest"] += t1 - t0
            spent["parse"] += t2 - t1
            fmt = by_format.setdefault(path.suffix.lower().lstrip("."), [0.0, 0.0, 0])
            fmt[0], fmt[1], fmt[2] = fmt[0] + t1 - t0, fmt[1] + t2 - t1, fmt[2] + 1
            for report in parsed:
                if report.status == ERROR:
                    continue
                reports += 1
                a = clock()
                ev = eng.evaluator.evaluate(report)
                b = clock()
                ev.sketch = sketch(report.text)
                c = clock()
                ev.stored, ev.history = payload(ev), history_payload(ev)
                d = clock()
                pickle.dumps(slim(ev, eng.keep))
                e = clock()
                for stage, t in zip(WORKER_STAGES[2:], (b - a, c - b, d - c, e - d), strict=True):
                    spent[stage] += t
        return spent, by_format, reports

    if rounds > 0:
        one_pass()  # warm-up: caches, OpenCC's dictionaries
    best: dict[str, float] = {}
    best_format: dict[str, list] = {}
    reports = 0
    for _ in range(max(1, rounds)):  # --rounds 0: one plain pass, each file met once as a worker meets it
        spent, by_format, reports = one_pass()
        best = {k: min(best.get(k, v), v) for k, v in spent.items()}
        for k, (i, p, n) in by_format.items():
            old = best_format.get(k, [i, p, n])
            best_format[k] = [min(old[0], i), min(old[1], p), n]
    per = {k: 1000 * v / max(1, reports) for k, v in best.items()}
    return {"engine": str(Path(engine.__file__).parent), "files": len(files), "reports": reports,
            "ms": {**per, "total": sum(per.values())},
            "by_format": {k: {"files": n, "ingest_ms": 1000 * i / n, "parse_ms": 1000 * p / n}
                          for k, (i, p, n) in sorted(best_format.items())},
            "load": os.getloadavg()[0]}


def _cpu_child(folder: Path, rounds: int, limit: int, src: Path) -> dict[str, Any]:
    """worker_cpu in a fresh interpreter with `src` first on the path."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cpu.json"
        cmd = [sys.executable, __file__, "--cpu", str(folder), "--rounds", str(rounds), "--limit", str(limit),
               "--json", str(out)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, PYTHONPATH=str(src)))
        return json.loads(out.read_text(encoding="utf-8"))


def _show_cpu(name: str, r: dict[str, Any]) -> None:
    ms = r["ms"]
    formats = "; ".join(f"{k} {v['ingest_ms']:.2f} + {v['parse_ms']:.2f} ({v['files']})"
                        for k, v in r["by_format"].items())
    print(f"{name}: " + ", ".join(f"{k} {ms[k]:.3f}" for k in (*WORKER_STAGES, "total"))
          + f" ms/report ({r['reports']} reports, load {r['load']:.1f}); ingest + parse ms/file by format: {formats}")


def cpu_main(args: argparse.Namespace) -> int:
    if args.src is None:
        result = worker_cpu(args.cpu, args.rounds, args.limit)
        _show_cpu(result["engine"], result)
        if args.json:
            args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    runs: dict[str, list[dict[str, Any]]] = {"other": [], "this": []}
    for _ in range(args.pairs):  # alternating, so both see the same minutes of a shared machine
        for name, src in (("other", args.src.resolve()), ("this", ROOT)):
            runs[name].append(_cpu_child(args.cpu, args.rounds, args.limit, src))
            _show_cpu(f"{name} ({runs[name][-1]['engine']})", runs[name][-1])
    best = {name: {k: min(r["ms"][k] for r in rs) for k in (*WORKER_STAGES, "total")} for name, rs in runs.items()}
    for name, ms in best.items():
        print(f"fastest, {name}: " + ", ".join(f"{k} {v:.3f}" for k, v in ms.items()))
    if args.json:
        args.json.write_text(json.dumps({"runs": runs, "fastest": best}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    start = time.perf_counter()
    ap = argparse.ArgumentParser(description="Time the pipeline stage by stage on N synthetic reports, one core.")
    ap.add_argument("--n", type=int, default=1000, help="number of reports (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    ap.add_argument("--backend", choices=("durable", "python"), default="durable",
                    help="rule backend of the timed pipeline (default durable); the other one is timed beside it")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="write the reports here and keep them")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the numbers as JSON")
    ap.add_argument("--cpu", type=Path, metavar="DIR", help="CPU per report of a worker's steps on the files in DIR")
    ap.add_argument("--rounds", type=int, default=3,
                    help="--cpu: timed passes, the fastest is kept (default 3); 0: one plain pass, no warm-up")
    ap.add_argument("--limit", type=int, default=0, help="--cpu: the first N files only")
    ap.add_argument("--src", type=Path, metavar="OTHER", help="--cpu: alternate with another checkout")
    ap.add_argument("--pairs", type=int, default=2, help="--cpu --src: alternating pairs (default 2)")
    args = ap.parse_args(argv)
    if args.cpu:
        return cpu_main(args)
    if args.n <= 0:
        ap.error("--n must be positive")
    with tempfile.TemporaryDirectory(prefix="xxgk-bench-") as tmp:
        out = args.keep or Path(tmp)
        files, size, gen_s = write_corpus(out, args.n, args.seed)
        pinned = pin_one_cpu()
        calib_before = calibrate()
        result = run(files, args.backend)
        result["calibration_s"] = (calib_before + calibrate()) / 2
    total_s = time.perf_counter() - start
    show(result, args.n, size, gen_s, total_s, pinned)
    if args.json:
        result.update({"n": args.n, "seed": args.seed, "bytes": size, "generate_s": gen_s, "total_s": total_s,
                       "errors": result["errors"][:20]})
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
