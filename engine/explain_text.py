"""`xxgk explain`: a card's deductions in sentences for a person — 扣N分：what was found, the legal basis, the
quote and where it is. From a stored run (AGENCY YEAR), or a report file scored now. The rule trace (each
condition, its fact and whether it held) is `--trace --rule ID`: for an author, still in the office's words, with
fact names and codes as they are written in the rule."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import sqlalchemy as sa

from engine.agency import same_agency
from engine.model import Scorecard
from engine.notice import category_of, deductions, find_agency
from engine.render import number


def describe(card: Scorecard, heading: str = "") -> str:
    lines = [f"{card.agency}　{card.period}年度　得分 {number(card.score)}　等级 {card.grade}"
             + (f"　（{heading}）" if heading else "")]
    if not card.submitted:
        lines.append("未报送：名单内应报送单位，本期未收到年度报告；按评分方案计分。")
    if not card.ranked:
        lines.append(f"不参与排名：{card.unranked_reason}")
    items = deductions(card)
    if not items:
        lines.append("没有扣分事项。")
    for i, d in enumerate(items, 1):
        lines.append(f"{i}. 扣{d.points}分{'（一票否决）' if d.veto else ''}：{d.title}")
        lines.append(f"   依据：{d.basis}")
        if d.quote:
            lines.append(f"   原文：“{d.quote}”")
        if d.where:
            lines.append(f"   出处：{d.where}")
        if d.review:
            lines.append(f"   {d.review}")
        lines.append(f"   规则编号：{d.rule}")
    listed = sum(float(d.points) for d in items)
    if items and round(100 - listed, 1) != card.score and not card.veto:
        lines.append(f"各项合计扣{number(listed)}分，按方案分项封顶后实际扣{number(100 - card.score)}分。")
    waived = [f for f in card.findings if f.waived]
    for f in waived:
        lines.append(f"不扣分（已豁免：{f.waived}）：{f.title}")
    return "\n".join(lines) + "\n"


def explain_stored(target: str, agency: str, year: str, run_id: int | None) -> int:
    from engine import runs
    from engine.batch import Engine
    from engine.store import Store, StoreError, scorecards
    try:
        store = Store(target, readonly=True)
        done = [r for r in runs.all_runs(store) if r.status == "done"]
        if run_id is not None:
            done = [runs.pick(store, run_id)]
    except (StoreError, runs.RunError) as exc:
        print(f"xxgk: {exc}", file=sys.stderr)
        return 2
    names: set[str] = set()
    for info in reversed(done):  # the latest run that holds the agency's card for that year
        with store.engine.connect() as conn:
            rows = conn.execute(sa.select(scorecards.c.agency, scorecards.c.period)
                                .where(scorecards.c.run_id == info.id)).all()
        names |= {r.agency for r in rows}
        if not any(r.period.startswith(year) and same_agency(r.agency, agency) for r in rows):
            continue
        cards, reviewed = runs.stored_cards(store, info.id, lambda: Engine.load(backend="python").profiles)
        found = find_agency([c for c in cards if c.period.startswith(year)], agency)
        assert isinstance(found, list)
        for card in found:
            sys.stdout.write(describe(card, f"{info.describe()}，{'复核后' if reviewed else '自动评分'}；"
                                            f"类别 {category_of(card)}"))
        return 0
    message = find_agency([_named(n) for n in sorted(names)], agency)
    text = message if isinstance(message, str) else f"有“{agency}”的评分，但没有 {year} 年度的"
    print(f"xxgk: {text.replace('本批评分中', '评分库中')}", file=sys.stderr)
    return 2


def _named(agency: str) -> Scorecard:
    return Scorecard(agency=agency, period="", profile="", score=0, grade="", veto=False, findings=[], inputs=[])


def explain_file(path: Path, rules) -> int:
    """Score one report now and explain its card(s)."""
    from engine.batch import Engine, run
    from engine.pipeline import unread_line
    engine = Engine.load(rules)
    result = run(engine, [path])
    for error in result.errors:
        print(unread_line(error.source, error.error or ""), file=sys.stderr)
    for card in result.cards:
        sys.stdout.write(describe(card, f"评分方案 {card.profile}"))
    return 3 if result.errors else 0


OPERATORS = {"eq": "等于", "ne": "不等于", "gt": "大于", "gte": "不小于", "lt": "小于", "lte": "不大于", "in": "属于"}
_LABELLED = {"doc.kind": "kind", "doc.level": "level", "doc.status": "status"}


def _value(name: str, value) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    shown = json.dumps(value, ensure_ascii=False)
    table = _LABELLED.get(name)
    if table and isinstance(value, str):
        from engine.glossary import label
        return f"{shown}（{label(table, value)}）"
    return shown


def trace(targets: list[str], rule_id: str | None, rules) -> int:
    """The rule trace: each condition of one rule, its fact's value and whether it holds."""
    from engine.batch import Engine
    from engine.model import ERROR
    from engine.pipeline import parse_file, unread_line
    from engine.rules import condition as C
    if not rule_id:
        print("xxgk：--trace 需要 --rule 规则编号（xxgk rules doc 列出全部规则）", file=sys.stderr)
        return 2
    if len(targets) != 1:
        print("xxgk：--trace 只跟踪一份报告文件", file=sys.stderr)
        return 2
    engine = Engine.load(rules)
    rule = engine.ruleset.by_id().get(rule_id)
    if rule is None:
        print(f"xxgk：没有规则 {rule_id!r}（xxgk rules doc 列出全部规则）", file=sys.stderr)
        return 2
    status = 0
    for report in parse_file(Path(targets[0])):
        if report.status == ERROR:
            print(unread_line(report.source, report.error or ""))
            status = 3
            continue
        ev = engine.evaluator.evaluate(report)
        outcome = "触发（扣分）" if rule.id in ev.fired else "未触发"
        applies = "" if rule.id in ev.applicable else "（本规则不适用于该文件）"
        print(f"{report.source}：规则 {rule.id} {outcome}{applies}")
        print(f"  {rule.title} — {rule.basis}")
        row = engine.evaluator.row(ev.facts, report.text)
        for leaf in C.leaves(rule.condition):
            if leaf[0] == "text":
                pattern = engine.ruleset.patterns.pattern_of(leaf[1])
                print(f"  文字 /{pattern}/：{'找到' if row.get(leaf[1]) else '未找到'}")
                continue
            name = C.fact_of(leaf[1])
            fact = ev.facts.get(name)
            if leaf[0] == "cmp":
                test = f"{OPERATORS.get(leaf[2], leaf[2])} {_value(name, leaf[3])}"
            else:
                test = "有值" if leaf[2] else "无值"
            value = "未读出" if fact is None else _value(name, fact.value)
            held = "成立" if C.evaluate(leaf, row) else "不成立"
            print(f"  {name} = {value}　条件：{test}，{held}"
                  + (f"　证据：{fact.evidence}" if fact and fact.evidence and fact.evidence != str(fact.value) else ""))
    return status
