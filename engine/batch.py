"""A batch: files → parsed documents → evaluations → one scorecard per agency and period."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from engine.model import ERROR, ParsedReport, Scorecard
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


def run(engine: Engine, paths: list[Path], profile: str = "auto", today: date | None = None) -> BatchResult:
    today = today or date.today()
    files, errors = expand(paths)
    result = BatchResult(errors=errors)
    for path in files:
        for report in parse_file(path):
            if report.status == ERROR:
                result.errors.append(report)
            else:
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
