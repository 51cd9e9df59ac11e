"""`xxgk rules doc`: the rules as a Markdown catalogue grouped by legal basis, each basis with its status.

A basis is verified when it was read in a stored text (the source says where) and unverified otherwise;
shipped profiles give 0 points to findings on an unverified basis. Era- or kind-specific bases are listed
under the rule. An office's rule author reads it: its words are the office's (engine.glossary), ids and
codes stay as written in the rule files."""

from __future__ import annotations

from collections import defaultdict

from engine.glossary import label
from engine.rules.loader import RuleSet


def _cell(s: str) -> str:
    return " ".join(str(s).split()).replace("|", "\\|")


def _status(status: str, source: str) -> str:
    return f"已核实：{_cell(source)}" if status == "verified" else "**未核实**"


def _when(applies: dict) -> str:
    years = applies.get("years", {})
    span = f"{years.get('from', '')}–{years.get('to', '')}" if years else ""
    return " ".join(filter(None, ["、".join(label("kind", k) for k in applies.get("kind", [])),
                                  f"{span}年度" if span else ""]))


def _bases(rule) -> str:
    return _cell(rule.basis) + "".join(f"<br>{_when(b['applies_to'])}: {_cell(b['basis'])}" for b in rule.bases)


def catalogue(ruleset: RuleSet) -> str:
    by_basis = defaultdict(list)
    for rule in ruleset.rules:
        by_basis[rule.basis.split(" ")[0].split("第")[0] or rule.basis].append(rule)
    lines = ["# xxgk 规则目录", "", f"共 {len(ruleset.rules)} 条规则。", ""]
    for basis in sorted(by_basis):
        lines += [f"## {basis}", "", "| 规则编号 | 标题 | 依据 | 依据核实情况 | 主题 | 严重程度 | 扣分 | 一票否决 |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for r in sorted(by_basis[basis], key=lambda r: r.id):
            lines.append(f"| `{r.id}` | {_cell(r.title)} | {_bases(r)} | {_status(r.basis_status, r.basis_source)}"
                         f"{''.join('<br>' + _status(b['basis_status'], b.get('basis_source', '')) for b in r.bases)}"
                         f" | {label('topic', r.topic)} | {label('severity', r.severity)} | {r.points:g}"
                         f"{'' if r.basis_status == 'verified' else '（未核实：0）'}"
                         f"{'/件' if r.points_per else ''} | {'是' if r.veto else ''} |")
        lines.append("")
    return "\n".join(lines)
