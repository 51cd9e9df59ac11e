"""End to end: the installed `xxgk` console script in a subprocess: values, evidence, exit codes, output.

Expected figures come from reports/README.md; exit codes and output shapes from shared/spec/contract.md.
Every run also checks that no Python traceback reaches the user (stdout or stderr).
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

XXGK = Path(sys.executable).parent / "xxgk"
GOOD = "reports/15-minghu-city-2022-clean.txt"
GOOD_AGENCY = "明湖市人民政府"
LATE = "reports/05-baichuan-eeb-2022-late.txt"
DEADLINE_RULE = "gov2019.timeliness.report_deadline"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def both(self) -> str:
        return self.out + self.err

    def records(self) -> list[dict]:
        """stdout as JSON Lines: one object per non-empty line."""
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def repo() -> Path:
    return Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def xxgk(repo: Path) -> Callable[..., Run]:
    assert XXGK.is_file(), f"console script not found at {XXGK}; install the package (pip install -e .)"

    def run(*args: object, cwd: Path | None = None) -> Run:
        proc = subprocess.run([str(XXGK), *map(str, args)], cwd=cwd or repo, capture_output=True, timeout=120)
        result = Run(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
        assert "Traceback" not in result.both, result.both
        return result

    return run


def by_source(run: Run) -> dict[str, dict]:
    return {r["source"]: r for r in run.records()}


# --- parse: values and evidence ---------------------------------------------------------------------------------

MINGHU = {  # reports/README.md, row 15
    "doc.agency": "明湖市人民政府", "doc.year": 2022, "doc.kind": "government_annual", "doc.level": "city",
    "doc.published_on": "2023-03-20", "proactive.new": 12684,
    "requests.received": 168, "requests.carried_over": 7, "requests.completed": 170, "requests.carried_forward": 5,
    "appeals.review": 13, "appeals.litigation": 7, "fees.charged_yuan": 0,
}
# figures printed as such in the text, so the evidence snippet must show them
SHOWN_IN_EVIDENCE = ("doc.agency", "doc.year", "proactive.new", "requests.received", "requests.carried_over",
                     "requests.completed", "requests.carried_forward")


def test_parse_clean_report_values_and_evidence(xxgk):
    run = xxgk("parse", GOOD)
    assert run.code == 0, run.both
    [record] = run.records()  # exactly one JSON line
    assert record["source"] == GOOD
    assert record["status"] == "ok"
    facts = record["facts"]
    for name, want in MINGHU.items():
        assert name in facts, f"{name} missing"
        assert facts[name]["value"] == want, name
        evidence = facts[name]["evidence"]
        assert isinstance(evidence, str) and evidence.strip(), f"{name} has no evidence"
        if name in SHOWN_IN_EVIDENCE:
            assert str(want) in evidence, (name, evidence)
    published = facts["doc.published_on"]["evidence"]
    assert any(d in published for d in ("2023-03-20", "2023年3月20日", "2023年03月20日")), published
    # every fact has the contract's shape, whatever else the parser adds
    for name, fact in facts.items():
        assert set(fact) >= {"value", "evidence"}, name
        assert isinstance(fact["evidence"], str), name


def test_parse_compilation_gives_one_record_per_document(xxgk):
    path = "reports/17-townships-2018-compilation.txt"
    run = xxgk("parse", path)
    assert run.code == 0, run.both
    records = run.records()
    assert [r["source"] for r in records] == [f"{path}#1", f"{path}#2"]
    agencies = [r["facts"]["doc.agency"]["value"] for r in records]
    assert agencies == ["白沙镇人民政府", "河口乡人民政府"]
    assert all(r["status"] == "ok" and r["facts"]["doc.year"]["value"] == 2018 for r in records)


# sample → (status, doc.kind, doc.agency or None, doc.year or None), from reports/README.md
SAMPLES = {
    "reports/09-meixi-county-2019-gbk.txt": ("ok", "government_annual", "梅溪县人民政府", 2019),
    "reports/10-qingshi-civil-affairs-2017-trad.txt": ("ok", "government_annual", "青石区民政局", 2017),
    "reports/11-tingzhou-transport-2021.html": ("ok", "government_annual", "汀州市交通运输局", 2021),
    "reports/12-nanping-amr-2023.docx": ("ok", "government_annual", "南屏县市场监督管理局", 2023),
    "reports/13-liuxi-water-2020-summary.txt": ("not_a_report", "work_summary", "柳溪县水利局", 2020),
    "reports/14-template-2021-format.txt": ("not_a_report", "template", None, None),
    "reports/18-shazhou-health-2021-bom.txt": ("ok", "government_annual", "沙洲区卫生健康局", 2021),
    "reports/21-shiwan-town-2022-copied.txt": ("ok", "government_annual", "临川县石湾镇人民政府", 2022),
    "reports/22-chengguan-town-2021-linchuan.txt": ("ok", "government_annual", "城关镇人民政府", 2021),
    "reports/23-chengguan-town-2021-nanshan.txt": ("ok", "government_annual", "城关镇人民政府", 2021),
}


@pytest.fixture(scope="session")
def parsed_samples(xxgk) -> dict[str, dict]:
    run = xxgk("parse", *SAMPLES)
    assert run.code == 0, run.both  # not_a_report is a result, not a read failure
    return by_source(run)


@pytest.mark.parametrize("path", list(SAMPLES), ids=lambda p: Path(p).stem)
def test_parse_sample_formats_and_kinds(parsed_samples, path):
    status, kind, agency, year = SAMPLES[path]
    record = parsed_samples[path]
    facts = record["facts"]
    assert record["status"] == status
    assert facts["doc.kind"]["value"] == kind
    if agency is None:  # the template names no agency: left out, never guessed
        assert "doc.agency" not in facts or "XX" in facts["doc.agency"]["value"]
    else:
        assert facts["doc.agency"]["value"] == agency
        assert facts["doc.agency"]["evidence"].strip()
    if year is not None:
        assert facts["doc.year"]["value"] == year


# --- bad input: each gets an error line, the rest are still done, exit 3 ---------------------------------------

def _png(p: Path) -> None:
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00" * 4)


def _huge(p: Path) -> None:
    chunk = ("本机关全年主动公开政府信息，依申请公开办理情况良好。\n" * 20_000).encode("utf-8")
    with p.open("wb") as f:
        while f.tell() < 21 * 2**20:
            f.write(chunk)


def _random_bytes(n: int) -> bytes:
    rng = random.Random(20240601)
    return bytes(rng.randrange(256) for _ in range(n))


BAD_INPUTS: dict[str, tuple[str, Callable[[Path], None] | None, str]] = {
    # id: (file name, maker (None: leave absent), a word the error sentence must contain)
    "missing": ("nosuch.txt", None, "文件或文件夹不存在"),
    "empty-folder": ("nothing-here", lambda p: p.mkdir(), "文件夹中没有报告文件"),
    "empty-txt": ("empty.txt", lambda p: p.write_bytes(b""), "文件是空的"),
    "png-as-txt": ("scan.txt", _png, "PNG"),
    "over-20MB": ("huge.txt", _huge, "MB"),
    "undecodable": ("garbage.txt", lambda p: p.write_bytes(b"\x80\xff" * 5000), "编码"),
    "corrupt-docx": ("broken.docx", lambda p: p.write_bytes(_random_bytes(4000)), "docx"),
    "corrupt-pdf": ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.4\n" + _random_bytes(4000)), "PDF"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_reported_and_the_rest_still_run(xxgk, tmp_path, case):
    name, make, word = BAD_INPUTS[case]
    bad = tmp_path / name
    if make:
        make(bad)

    run = xxgk("parse", bad, GOOD)
    assert run.code == 3, run.both
    records = by_source(run)
    assert set(records) == {str(bad), GOOD}
    error = records[str(bad)]
    assert error["status"] == "error"
    assert isinstance(error.get("error"), str) and len(error["error"]) > 10
    assert word.lower() in error["error"].lower(), error["error"]
    assert records[GOOD]["status"] == "ok"
    assert records[GOOD]["facts"]["doc.agency"]["value"] == GOOD_AGENCY

    run = xxgk("score", bad, GOOD)
    assert run.code == 3, run.both
    assert GOOD_AGENCY in run.out  # the good report is still scored
    assert name in run.err  # and the bad one is named on stderr


def test_usage_errors_exit_2(xxgk):
    for args in (("parse",), (), ("score", "--format", "nosuch")):
        run = xxgk(*args)
        assert run.code == 2, (args, run.both)
        assert "用法" in run.err


# --- rules: lint and test ---------------------------------------------------------------------------------------

PROBE = """\
id: common.quality.probe
title: 探针规则
basis: 测试用
basis_status: unverified
topic: quality.placeholder
severity: minor
points: 1
when:
  all:
    - fact: doc.year
      gt: 2000
    - fact: quality.placeholders
      eq: true
examples:
  - title: 触发
    facts: {doc.kind: government_annual, doc.year: 2021, quality.placeholders: true}
    fires: true
  - title: 不触发
    facts: {doc.kind: government_annual, doc.year: 2021, quality.placeholders: false}
    fires: false
"""
PROBE_FILE = "rules/common/quality/probe.yaml"


def line_of(text: str, needle: str) -> int:
    """1-based line of the only line containing `needle`."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


def _probe(old: str, new: str, *marks: str) -> Callable[[Path], tuple[str, set[int], str]]:
    """A breakage: the probe rule with `old` replaced; the problem may be reported on the line of any mark."""
    def make(rules: Path) -> tuple[str, set[int], str]:
        assert PROBE.count(old) == 1
        text = PROBE.replace(old, new)
        (rules / "common" / "quality" / "probe.yaml").write_text(text, encoding="utf-8")
        return PROBE_FILE, {line_of(text, m) for m in marks}, ""
    return make


def _duplicate_id(rules: Path) -> tuple[str, set[int], str]:
    text = (rules / "common" / "quality" / "placeholders.yaml").read_text(encoding="utf-8")
    (rules / "common" / "quality" / "zz_copy.yaml").write_text(text.replace("title:", "title: 副本", 1), "utf-8")
    return "rules/common/quality/zz_copy.yaml", {line_of(text, "id: common.quality.placeholders")}, "重复"


def _unknown_disabled_rule(rules: Path) -> tuple[str, set[int], str]:
    path = rules / "profiles" / "gov-2019.yaml"
    text = path.read_text(encoding="utf-8")
    assert "disable" not in text
    text = text.rstrip("\n") + "\ndisable:\n  - gov2019.fees.not_info_fee\n  - gov2019.nosuch.rule\n"
    path.write_text(text, encoding="utf-8")
    return "rules/profiles/gov-2019.yaml", {line_of(text, "gov2019.nosuch.rule")}, "gov2019.nosuch.rule"


RULE_BREAKAGES = {
    "bad-yaml": _probe("title: 探针规则", "title: 探针: 规则", "title: 探针"),
    "unknown-fact": _probe("fact: doc.year", "fact: doc.nosuch", "doc.nosuch"),
    "bool-fact-vs-number": _probe("      eq: true", "      eq: 1", "fact: quality.placeholders", "eq: 1"),
    "number-op-on-str-fact": _probe("fact: doc.year\n      gt: 2000", "fact: doc.agency\n      gt: 5",
                                    "fact: doc.agency", "gt: 5"),
    # a bad leaf nested under all/any is reported at the leaf, not at the line of `all:`
    "gt-string": _probe("gt: 2000", 'gt: "x"', "fact: doc.year", 'gt: "x"'),
    "invalid-re2": _probe("    - fact: quality.placeholders\n      eq: true\n", '    - text: "(unclosed"\n',
                          "(unclosed"),
    "duplicate-id": _duplicate_id,
    "profile-disables-unknown-rule": _unknown_disabled_rule,
}


@pytest.fixture
def rules_copy(repo, tmp_path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(repo / "rules", target)
    return target


@pytest.mark.parametrize("breakage", list(RULE_BREAKAGES.values()), ids=list(RULE_BREAKAGES))
def test_broken_rules_are_located_and_nothing_is_scored(xxgk, repo, tmp_path, rules_copy, breakage):
    file, lines, word = breakage(rules_copy)
    # cwd=tmp_path: messages show paths relative to the working folder, i.e. rules/...
    located = re.compile(rf"^{re.escape(file)}:(\d+): \S", re.M)

    run = xxgk("rules", "lint", rules_copy, cwd=tmp_path)
    assert run.code == 2, run.both
    found = [int(n) for n in located.findall(run.both)]
    assert found, f"no {file}:LINE: message in\n{run.both}"
    assert set(found) & lines, f"{file}: reported at line(s) {found}, expected one of {sorted(lines)}\n{run.both}"
    assert word in run.both

    run = xxgk("score", "--rules", rules_copy, repo / GOOD, cwd=tmp_path)
    assert run.code == 2, run.both
    assert located.search(run.both), run.both
    assert GOOD_AGENCY not in run.out and "得分" not in run.out  # nothing scored


def test_shipped_rules_lint_and_examples_pass(xxgk):
    run = xxgk("rules", "lint")
    assert run.code == 0, run.both
    run = xxgk("rules", "test")
    assert run.code == 0, run.both


def test_rules_test_reports_a_failing_example(xxgk, tmp_path, rules_copy):
    path = rules_copy / "gov2019" / "timeliness" / "report_deadline.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    flip = next(i for i, line in enumerate(lines) if line.strip() == "fires: false")
    start = max(i for i in range(flip) if lines[i].startswith("  - "))  # the example's first line
    lines[flip] = lines[flip].replace("fires: false", "fires: true")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    run = xxgk("rules", "test", rules_copy, cwd=tmp_path)
    assert run.code == 1, run.both
    assert f"rules/gov2019/timeliness/report_deadline.yaml:{start + 1}: {DEADLINE_RULE}" in run.out, run.both


# --- score: table, json, md, profiles ---------------------------------------------------------------------------

def row(text: str, *parts: str) -> str:
    """The first line containing every part."""
    return next((line for line in text.splitlines() if all(p in line for p in parts)), "")


def test_score_default_table(xxgk, tmp_path):
    run = xxgk("score", cwd=tmp_path)  # scores the shipped reports/, from any working folder
    assert run.code == 0, run.both
    assert row(run.out, "单位", "得分"), run.out
    assert re.search(r"(?<![\d.])100\.0(?![\d])", row(run.out, GOOD_AGENCY)), run.out
    assert row(run.out, "柏川市生态环境局", DEADLINE_RULE), run.out


def test_score_json_validates_and_findings_are_complete(xxgk, repo):
    run = xxgk("score", "--format", "json")
    assert run.code == 0, run.both
    cards = json.loads(run.out)
    schema = json.loads((repo / "schemas" / "scorecard.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(cards, schema)
    assert cards and sum(len(c["findings"]) for c in cards) > 0
    for card in cards:
        for finding in card["findings"]:
            for key in ("rule", "basis", "points", "evidence"):
                assert key in finding, (card["agency"], key)
            assert finding["rule"] and finding["basis"] and isinstance(finding["evidence"], str), finding
    minghu = next(c for c in cards if c["agency"] == GOOD_AGENCY)
    assert minghu["score"] == 100.0 and minghu["findings"] == []
    baichuan = next(c for c in cards if c["agency"] == "柏川市生态环境局")
    assert DEADLINE_RULE in {f["rule"] for f in baichuan["findings"]}


def test_score_markdown_out(xxgk, tmp_path):
    out = tmp_path / "out"
    run = xxgk("score", LATE, GOOD, "--format", "md", "--out", out)
    assert run.code == 0, run.both
    text = (out / "scorecards.md").read_text(encoding="utf-8")
    assert re.search(r"^\|.*单位.*\|\s*$", text, re.M), text
    assert re.search(r"^\|(\s*:?-{3,}:?\s*\|)+\s*$", text, re.M), text  # header separator row
    assert row(text, "|", GOOD_AGENCY)
    assert DEADLINE_RULE in text.replace("\\_", "_")  # Markdown may escape the underscore


def test_score_profiles(xxgk, tmp_path):
    run = xxgk("score", GOOD, "--profile", "nosuch")
    assert run.code == 2, run.both
    assert "nosuch" in run.err and GOOD_AGENCY not in run.out

    # a usage error makes nothing: no store file is left behind, whether the workers were started or not
    for jobs in ("1", "2"):
        store = tmp_path / f"new-{jobs}.db"
        run = xxgk("score", GOOD, LATE, "--profile", "nosuch", "--jobs", jobs, "--store", store)
        assert run.code == 2 and "nosuch" in run.err, run.both
        assert not store.exists(), jobs

    run = xxgk("score", "reports/03-shiwan-town-2021.txt", "--profile", "university")
    assert run.code == 0, run.both
    assert "临川县石湾镇人民政府" in run.out
    assert row(run.both, "警告") or row(run.both, "university", "warn"), run.both


# --- help and explain -------------------------------------------------------------------------------------------

def test_help_shows_examples(xxgk):
    for args in (("--help",), ("score", "--help")):
        run = xxgk(*args)
        assert run.code == 0, run.both
        assert "示例" in run.out, run.out
        assert "xxgk score" in run.out


def test_explain(xxgk):
    run = xxgk("explain", LATE, "--rule", DEADLINE_RULE)
    assert run.code == 0, run.both
    assert "触发（扣分）" in run.out and "未触发" not in run.out
    assert re.search(r"\b36\b", row(run.out, "days_late")), run.out  # 2023-03-08 vs 2023-01-31

    run = xxgk("explain", LATE, "--rule", "nosuch")
    assert run.code == 2, run.both
    assert "nosuch" in run.err


_PRESTART_PROBE = """
import sys
from engine import workers
calls = []
real = workers.prestart
workers.prestart = lambda modules: calls.append(("engine.batch" in sys.modules, tuple(modules))) or real(modules)
from engine.cli import main
code = main(sys.argv[1:])
print(code, calls)
"""


def test_the_fork_server_starts_before_the_batch_modules_are_imported_when_the_batch_is_large(tmp_path):
    """a17-start: with --jobs 2 and two files or more, or 50 files and more, xxgk score starts the workers' fork
    server before it imports engine.batch (its imports then run beside the parent's); a small folder with jobs
    left to choose runs in this process and starts none."""
    import os

    from engine import batch, cli

    root = Path(__file__).resolve().parents[1]
    assert (batch.__name__, *batch.WORKER_MODULES) == cli.WORKER_IMPORTS
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("03-shiwan-town-2021.txt", "06-yunling-county-2021-badtables.txt"):
        (folder / name).write_bytes((root / "reports" / name).read_bytes())
    run = [sys.executable, "-c", _PRESTART_PROBE, "score", str(folder), "--format", "json", "--today", "2022-06-01",
           "--out", str(tmp_path / "out")]
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run([*run, "--jobs", "2"], capture_output=True, text=True, env=env, check=True).stdout
    code, calls = out.strip().splitlines()[-1].split(" ", 1)
    assert code == "0" and eval(calls)[0] == (False, cli.WORKER_IMPORTS)  # noqa: S307 (our own repr)
    out = subprocess.run(run, capture_output=True, text=True, env=env, check=True).stdout
    assert out.strip().splitlines()[-1] == "0 []"


_START_POOL_PROBE = """
import sys
from engine import batch
calls = []
real = batch.start_pool
batch.start_pool = lambda *a, **k: calls.append("engine.store" in sys.modules) or real(*a, **k)
from engine.cli import main
code = main(sys.argv[1:])
print(code, calls)
"""


def test_into_a_new_store_the_workers_start_before_the_store_is_opened(tmp_path):
    """A new store holds no run to reuse, so the rules are loaded and the workers started before SQLAlchemy is
    imported and the store made (≈ 0.2 s, then beside the workers' set-up); into a store that exists the run to
    reuse is looked for first, as before (a28-lead)."""
    import os

    root = Path(__file__).resolve().parents[1]
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("03-shiwan-town-2021.txt", "06-yunling-county-2021-badtables.txt"):
        (folder / name).write_bytes((root / "reports" / name).read_bytes())
    run = [sys.executable, "-c", _START_POOL_PROBE, "score", str(folder), "--jobs", "2", "--store",
           str(tmp_path / "runs.db"), "--format", "json", "--today", "2022-06-01", "--out", str(tmp_path / "out")]
    env = {**os.environ, "PYTHONPATH": str(root)}
    first = subprocess.run(run, capture_output=True, text=True, env=env, check=True).stdout.strip().splitlines()
    assert first[-1] == "0 [False]"
    again = subprocess.run([*run, "--force"], capture_output=True, text=True, env=env, check=True).stdout
    assert again.strip().splitlines()[-1] == "0 [True]"
    cards = [json.loads((tmp_path / "out" / "scorecards.json").read_text(encoding="utf-8"))]
    assert len(cards[0]) == 2
