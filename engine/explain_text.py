"""`xxgk explain`: a card's deductions in sentences for a person — 扣N分：what was found, the legal basis, the
quote and where it is. From a stored run (AGENCY YEAR), or a report file scored now. The rule trace (each
condition, its fact and whether it held) is `--trace --rule ID`, in engine/cli.py."""

from __future__ import annotations

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
        store = Store(target)
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
    engine = Engine.load(rules)
    result = run(engine, [path])
    for error in result.errors:
        print(f"error: {error.error}", file=sys.stderr)
    for card in result.cards:
        sys.stdout.write(describe(card, f"评分方案 {card.profile}"))
    return 3 if result.errors else 0
