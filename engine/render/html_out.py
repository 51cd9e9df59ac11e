"""One self-contained HTML page: counts, a searchable ranking, two inline SVG charts, one section per card.

The page makes no network request: inline CSS, inline SVG, a small inline script, and a Content-Security-Policy
that forbids everything else. Agency names, evidence and titles come from the reports themselves, so every value
from the data goes through `esc` (one line, then html.escape with quotes); the script reads nothing but escaped
data-* attributes and the page's own query string, so no data is ever spliced into JavaScript.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from engine.glossary import label
from engine.model import Finding, Scorecard
from engine.render import (
    ERRORS_TITLE,
    FINDING_HEADERS,
    OTHERS_TITLE,
    SUMMARY_HEADERS,
    SUMMARY_NUMERIC,
    TITLE,
    UNRANKED_HEADERS,
    UNRANKED_TITLE,
    Layout,
    category,
    clip,
    counted,
    effective,
    finding_rows,
    ledger,
    number,
    one_decimal,
    one_line,
    other_rows,
    reason,
    score_text,
    summary_rows,
    unranked_rows,
)

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")
BUCKETS = ((0, 59), (60, 69), (70, 79), (80, 89), (90, 100))

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;
margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1f2328;line-height:1.5}
h1{font-size:1.6rem;margin:.2rem 0}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
.counts{display:flex;gap:1rem;flex-wrap:wrap;padding:0;list-style:none}
.counts li{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.4rem .8rem}
.counts b{font-size:1.3rem;display:block}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa;white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.veto td{background:#fff1f0}tr.subtotal td{background:#f6f8fa;font-weight:600}
.waived{color:#6e7781}.review{color:#0a3069}
input[type=search]{font-size:1rem;padding:.3rem .5rem;width:22rem;max-width:100%}
.charts{display:flex;gap:2rem;flex-wrap:wrap}.charts figure{margin:0}
figcaption{font-weight:600;margin-bottom:.3rem}
section.card{border-top:2px solid #d0d7de;margin-top:1.5rem}
.meta{color:#57606a}.evidence{word-break:break-all}
table.ranking td:nth-child(2){white-space:nowrap}td.ids{font-size:.8rem;word-break:break-all;color:#57606a}
"""

# Filters the ranking by agency or rule id (both in each row's escaped data-q); ?q= in the URL pre-fills the box.
_JS = """
(function () {
  var box = document.getElementById("q"), out = document.getElementById("shown");
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.ranking tbody tr"));
  function apply() {
    var q = box.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (r) {
      var hit = !q || r.getAttribute("data-q").indexOf(q) >= 0;
      r.hidden = !hit;
      if (hit) { shown += 1; }
    });
    out.textContent = shown + " / " + rows.length;
  }
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { box.value = initial; }
  box.addEventListener("input", apply);
  apply();
  document.documentElement.setAttribute("data-js", "ready");
})();
"""


def esc(text: object) -> str:
    """Report text made inert: one line without control or bidi characters, then HTML-escaped quotes and all."""
    return html.escape(one_line(text), quote=True)


def render(view: Layout, errors: list[tuple[str, str]]) -> str:
    cards = view.cards
    counted_findings = sum(counted(c) for c in cards)
    vetoes = sum(1 for c in cards if c.veto)
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{TITLE}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{TITLE}</h1>",
        '<ul class="counts">',
        f'<li><b id="n-cards">{len(cards)}</b>份评分结果</li>',
        f"<li><b>{len({c.agency for c in view.ranked})}</b>个单位参与排名</li>",
        f"<li><b>{counted_findings}</b>个扣分项</li>",
        f"<li><b>{vetoes}</b>份一票否决</li>",
        f"<li><b>{len(view.unranked)}</b>份待人工确认</li>",
        f"<li><b>{len(errors)}</b>个文件未能读取</li>",
        "</ul>",
        "</header>",
    ]
    anchors = {id(c): i for i, c in enumerate(cards)}
    if cards:
        out += _ranking(view, anchors)
        out += ['<h2>分布</h2>', '<div class="charts">', *_score_chart(cards), *_topic_chart(cards), "</div>"]
        out += ["<h2>各单位扣分明细</h2>"]
        for i, card in enumerate(cards):
            out += _section(i, card)
    if errors:
        out += [f"<h2>{ERRORS_TITLE}</h2>", "<ul>",
                *(f"<li>{esc(source)}：{esc(reason(source, message))}</li>" for source, message in errors), "</ul>"]
    out += [f"<script>{_JS}</script>", "</body>", "</html>"]
    return "\n".join(out)


def _head(headers) -> str:
    return "<thead><tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr></thead>"


def _ranking(view: Layout, anchors: dict[int, int]) -> list[str]:
    out = [
        '<h2 id="ranking">排名</h2>',
        '<p><label>筛选（单位或规则编号）：<input type="search" id="q" autocomplete="off" '
        'placeholder="例如 常德 或 gov2019.content"></label> 显示 <output id="shown" for="q"></output>'
        "（筛选不改变名次）</p>",
    ]

    def table(headers, rows, cards, caption) -> list[str]:
        lines = [f"<h3>{esc(caption)}</h3>", '<table class="ranking">', _head(headers), "<tbody>"]
        for row, c in zip(rows, cards, strict=True):
            search = " ".join([c.agency, *sorted({f.rule for f in c.findings})]).lower()
            cls = ' class="veto"' if c.veto else ""
            cells = [f'<td class="n">{esc(v)}</td>' if h in SUMMARY_NUMERIC else
                     f'<td class="ids">{esc(v)}</td>' if h == "规则编号" else f"<td>{esc(v)}</td>"
                     for h, v in zip(headers, row, strict=True)]
            cells[1] = f'<td><a href="#card-{anchors[id(c)]}">{esc(c.agency)}</a></td>'
            lines.append(f'<tr{cls} data-q="{esc(search)}">' + "".join(cells) + "</tr>")
        return [*lines, "</tbody>", "</table>"]

    for group in view.groups:
        out += table(SUMMARY_HEADERS, summary_rows(group), group.cards, f"{group.name}（{len(group.cards)}家）")
    if view.others:
        out += table(SUMMARY_HEADERS, other_rows(view.others), view.others, OTHERS_TITLE)
    if view.unranked:
        out += [f'<h3 id="unranked">{UNRANKED_TITLE}</h3>', '<table class="unranked">', _head(UNRANKED_HEADERS),
                "<tbody>"]
        for row, c in zip(unranked_rows(view.unranked), view.unranked, strict=True):
            cells = [f"<td>{esc(v)}</td>" for v in row]
            cells[0] = f'<td><a href="#card-{anchors[id(c)]}">{esc(c.agency)}</a></td>'
            out.append("<tr>" + "".join(cells) + "</tr>")
        out += ["</tbody>", "</table>"]
    return out


def _bucket(score: float) -> int:
    for i, (_, high) in enumerate(BUCKETS):
        if score < high + 1:
            return i
    return len(BUCKETS) - 1


def _score_chart(cards: Sequence[Scorecard]) -> list[str]:
    """Vertical bars: how many cards fall in each score bucket; the count per grade is listed below."""
    counts = Counter(_bucket(effective(c)) for c in cards)
    top = max(counts.values(), default=0) or 1
    bar_w, gap, height, base = 60, 20, 160, 190
    width = len(BUCKETS) * (bar_w + gap) + gap
    out = [
        '<figure id="score-chart">',
        "<figcaption>得分分布</figcaption>",
        f'<svg width="{width}" height="220" viewBox="0 0 {width} 220" '
        'role="img" aria-label="得分分布">',
        f'<line x1="0" y1="{base}" x2="{width}" y2="{base}" stroke="#8c959f"/>',
    ]
    for i, (low, high) in enumerate(BUCKETS):
        n = counts.get(i, 0)
        h = round(height * n / top)
        x = gap + i * (bar_w + gap)
        out += [
            f'<rect x="{x}" y="{base - h}" width="{bar_w}" height="{h}" fill="#4c8bf5"><title>{low}-{high}：{n}</title>'
            "</rect>",
            f'<text x="{x + bar_w // 2}" y="{base - h - 5}" text-anchor="middle" font-size="13">{n}</text>',
            f'<text x="{x + bar_w // 2}" y="{base + 18}" text-anchor="middle" font-size="13">{low}-{high}</text>',
        ]
    out.append("</svg>")
    grades = Counter(c.grade for c in cards)
    out += ['<table class="grades"><thead><tr><th>等级</th><th>份数</th></tr></thead><tbody>',
            *(f'<tr><td>{esc(g)}</td><td class="n">{n}</td></tr>' for g, n in sorted(grades.items(),
                                                                                    key=lambda kv: (-kv[1], kv[0]))),
            "</tbody></table>", "</figure>"]
    return out


def _topic_chart(cards: Sequence[Scorecard]) -> list[str]:
    """Horizontal bars: points deducted per topic, summed over all cards, largest first."""
    totals: Counter[str] = Counter()
    for c in cards:
        for topic, pts in c.deductions.items():
            totals[topic] += pts
    items = sorted(((t, p) for t, p in totals.items() if p > 0), key=lambda kv: (-kv[1], kv[0]))
    top = max((p for _, p in items), default=0) or 1
    label_w, bar_max, row_h = 230, 300, 24
    height = max(1, len(items)) * row_h + 10
    width = label_w + bar_max + 60
    out = [
        '<figure id="topic-chart">',
        "<figcaption>各主题扣分合计</figcaption>",
        f'<svg width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="各主题扣分合计">',
    ]
    if not items:
        out.append('<text x="0" y="20" font-size="13">无扣分</text>')
    for i, (topic, pts) in enumerate(items):
        y = 5 + i * row_h
        w = max(1, round(bar_max * pts / top))
        out += [
            f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end" font-size="12">'
            f"{esc(clip(label('topic', topic), 16))}<title>{esc(label('topic', topic))}</title></text>",
            f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 6}" fill="#e5534b">'
            f"<title>{esc(label('topic', topic))}：{number(pts)}</title></rect>",
            f'<text x="{label_w + w + 5}" y="{y + 16}" font-size="12">{number(pts)}</text>',
        ]
    out += ["</svg>", "</figure>"]
    return out


def _section(i: int, card: Scorecard) -> list[str]:
    level = f" · 层级 {esc(label('level', card.level))}" if card.level else ""
    escalation = f" · 升级 {esc(card.escalation)}" if card.escalation else ""
    auto = "" if card.auto_score is None else f"（复核后；自动评分 {one_decimal(card.auto_score)}）"
    apart = "" if card.ranked else f" · 不参与排名：{esc(card.unranked_reason or '待人工确认')}"
    out = [
        f'<section class="card" id="card-{i}">',
        f"<h3>{esc(card.agency)}（{esc(card.period)}）</h3>",
        f'<p class="meta">类别 {esc(category(card))}{level} · 评分方案 {esc(label("scheme", card.profile))} · '
        f"得分 <b>{score_text(card)}</b>{auto} · 归一化 {one_decimal(card.normalised_score)} · "
        f"等级 {esc(card.grade)}{escalation}{apart}</p>",
    ]
    if card.findings:
        out += ["<table>", _head(FINDING_HEADERS), "<tbody>",
                *(_finding_row(f, row) for f, row in zip(card.findings, finding_rows(card), strict=True))]
        for s in ledger(card):
            note = f'<br><span class="waived">{esc(s.note)}</span>' if s.note else ""
            out.append(f'<tr class="subtotal"><td></td><td>小计：{esc(s.topic)}{note}</td><td></td><td></td>'
                       f'<td class="n">{number(s.counted)}</td><td></td><td></td><td></td></tr>')
        if not card.veto:
            out.append('<tr class="subtotal"><td></td><td>合计（100 − 合计 = 得分）</td><td></td><td></td>'
                       f'<td class="n">{number(round(100 - card.score, 1))}</td><td></td><td></td><td></td></tr>')
        out += ["</tbody>", "</table>"]
    else:
        out.append("<p>无扣分项。</p>")
    full = f"；适用规则满分 {number(card.applicable_points)}" if card.applicable_points else ""
    out.append(f"<p>不适用规则：{len(card.not_applicable)} 条{full}。</p>")
    if card.warnings:
        out += ["<p>提示：</p>", "<ul>", *(f"<li>{esc(w)}</li>" for w in card.warnings), "</ul>"]
    if card.inputs:
        out += ["<p>输入文件：</p>", "<ul>", *(f"<li>{esc(s)}</li>" for s in card.inputs), "</ul>"]
    out += ['<p><a href="#ranking">返回排名</a></p>', "</section>"]
    return out


def _finding_row(f: Finding, row: list[str]) -> str:
    n, title, topic, severity, pts, basis, evidence, rule = (esc(v) for v in row)
    title += f'<br><span class="waived">豁免：{esc(f.waived)}</span>' if f.waived else ""
    title += f'<br><span class="review">{esc(f.review)}</span>' if f.review else ""
    cls = ' class="waived"' if f.waived else ""
    return (f'<tr{cls}><td class="n">{n}</td><td>{title}</td><td>{topic}</td><td>{severity}</td>'
            f'<td class="n">{pts}</td><td>{basis}</td><td class="evidence">{evidence}</td><td>{rule}</td></tr>')
