"""`xxgk rules doc`: the rules as a Markdown catalogue grouped by legal basis."""

from __future__ import annotations

from collections import defaultdict

from engine.rules.loader import RuleSet


def _cell(s: str) -> str:
    return " ".join(str(s).split()).replace("|", "\\|")


def catalogue(ruleset: RuleSet) -> str:
    by_basis = defaultdict(list)
    for rule in ruleset.rules:
        by_basis[rule.basis.split(" ")[0].split("第")[0] or rule.basis].append(rule)
    lines = ["# xxgk rule catalogue", "", f"{len(ruleset.rules)} rules.", ""]
    for basis in sorted(by_basis):
        lines += [f"## {basis}", "", "| id | title | basis | topic | severity | points | veto |",
                  "| --- | --- | --- | --- | --- | --- | --- |"]
        for r in sorted(by_basis[basis], key=lambda r: r.id):
            lines.append(f"| `{r.id}` | {_cell(r.title)} | {_cell(r.basis)} | {r.topic} | {r.severity} | "
                         f"{r.points:g} | {'yes' if r.veto else ''} |")
        lines.append("")
    return "\n".join(lines)
