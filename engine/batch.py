"""A batch: files → parsed documents → evaluations → one scorecard per agency and period."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from engine.ingest.submissions import SubmissionLog, is_submission_log, load_log
from engine.model import ERROR, Fact, InputError, ParsedReport, Scorecard
from engine.pipeline import expand, parse_file
from engine.profiles import Profiles, load_profiles
from engine.rules.loader import RULES_DIR, RuleSet, load_rules
from engine.rules.runner import Evaluation, Evaluator
from engine.scoring import group_key, score

DEFAULT_REPORTS = Path(__file__).resolve().parents[1] / "reports"


@dataclass(slots=True)
class Engine:
    """Everything compiled once per process: the rule set, its durable host, the profiles."""

    ruleset: RuleSet
    profiles: Profiles
    evaluator: Evaluator

    @classmethod
    def load(cls, rules_dir: Path | None = None, backend: str = "durable") -> Engine:
        rules_dir = rules_dir or RULES_DIR
        ruleset = load_rules(rules_dir)
        return cls(ruleset, load_profiles(rules_dir / "profiles", ruleset), Evaluator(ruleset, backend))


@dataclass(slots=True)
class BatchResult:
    cards: list[Scorecard] = field(default_factory=list)
    errors: list[ParsedReport] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)


def _read_logs(files: list[Path], result: BatchResult) -> SubmissionLog:
    log = SubmissionLog()
    for path in files:
        try:
            load_log(path, log)
        except InputError as exc:
            result.errors.append(ParsedReport(str(path), ERROR, error=str(exc)))
    return log


def _attach_submissions(report: ParsedReport, log: SubmissionLog, today: date) -> None:
    agency, year = report.value("doc.agency"), report.value("doc.year")
    missed = log.missed(agency, year, today) if agency and isinstance(year, int) else None
    if missed is not None:
        report.facts["submissions.missed_months"] = Fact(
            [m for m, _ in missed], "; ".join(f"{m}: {why}" for m, why in missed)[:300] or "按月按时报送")


def run(engine: Engine, paths: list[Path], profile: str = "auto", today: date | None = None) -> BatchResult:
    today = today or date.today()
    files, errors = expand(paths, with_logs=True)
    result = BatchResult(errors=errors)
    log = _read_logs([f for f in files if is_submission_log(f)], result)
    for path in files:
        if is_submission_log(path):
            continue
        for report in parse_file(path):
            if report.status == ERROR:
                result.errors.append(report)
                continue
            if log.entries:
                _attach_submissions(report, log, today)
            result.evaluations.append(engine.evaluator.evaluate(report))
    groups: dict[tuple[str, str], list[Evaluation]] = defaultdict(list)
    for ev in result.evaluations:
        groups[group_key(ev)].append(ev)
    rules = engine.ruleset.by_id()
    for group in groups.values():
        first = group[0].report
        chosen, warning = engine.profiles.choose(profile, first.value("doc.kind"), first.value("doc.level"),
                                                 first.value("doc.year"))
        result.cards.append(score(group, chosen, rules, today, [warning] if warning else []))
    return result
