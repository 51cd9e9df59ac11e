"""`xxgk notice`: one 整改通知 .docx per agency and one 通报 .docx for the run, from templates an office edits.

The wording lives in Jinja2 templates (rules/notices/*.j2, run in Jinja's sandbox) that write a light markup,
one paragraph a line: `# ` title, `## ` heading, `### ` sub-heading, `> ` right-aligned (落款, 日期), lines of
`| a | b |` a table (the first row its header), `[[图表]]` the chart of the most common problems. The folder is
written in a temporary sibling and renamed into place: it is complete or absent.
"""

from __future__ import annotations

import difflib
import io
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from engine import render
from engine.agency import normalise_name, same_agency
from engine.glossary import label
from engine.locate import page_of
from engine.model import Finding, Scorecard
from engine.render import number, one_line

NOTICES_DIR = Path(__file__).resolve().parents[1] / "rules" / "notices"
QUOTE = 160  # characters of a quote in a notice
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class TemplateError(Exception):
    """A template that cannot be used: `FILE:LINE: message`."""


@dataclass(frozen=True, slots=True)
class Templates:
    notice: jinja2.Template
    summary: jinja2.Template


@dataclass(frozen=True, slots=True)
class Deduction:
    """One numbered item of a notice, in the words the template uses."""

    points: str
    title: str
    basis: str
    quote: str
    where: str
    topic: str
    topic_label: str
    rule: str
    veto: bool
    review: str


def load_template(folder: Path | None) -> Templates:
    """The notice and summary templates of `folder` (default rules/notices/); a syntax error is FILE:LINE."""
    folder = folder or NOTICES_DIR
    env = SandboxedEnvironment(loader=jinja2.FileSystemLoader(str(folder)), undefined=jinja2.StrictUndefined,
                               lstrip_blocks=True, keep_trailing_newline=True)  # a line of tags alone: blank
    try:
        return Templates(env.get_template("notice.j2"), env.get_template("summary.j2"))
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or folder}:{exc.lineno}: 通知模板有误：{exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{folder}:1: 缺少通知模板 {exc.name}（需要 notice.j2 和 summary.j2）") from None


def find_agency(cards: list[Scorecard], name: str) -> list[Scorecard] | str:
    """The cards of the agency asked for, or a sentence naming the closest names in the run."""
    found = [c for c in cards if same_agency(c.agency, name)]
    if found:
        return found
    names = sorted({c.agency for c in cards})
    keys = {normalise_name(n): n for n in names}
    close = [keys[k] for k in difflib.get_close_matches(normalise_name(name), list(keys), n=5, cutoff=0.4)]
    close += [n for n in names if normalise_name(name) in normalise_name(n) and n not in close][:5 - len(close)]
    hint = f"相近的有：{'、'.join(close)}" if close else f"本批共 {len(names)} 个单位，可用 xxgk export 查看名单"
    return f"本批评分中没有“{name}”；{hint}"


def ranks_by_category(cards: list[Scorecard]) -> dict[tuple[str, str], tuple[int, int, str, bool]]:
    """(agency, period) → (rank, how many ranked, category, tied) within the card's category and period: the
    rankings every export prints (engine.render.layout), so a tie is 并列 in a notice as on the sheet. Cards kept
    out of the ranking are not counted."""
    out = {}
    for group in render.layout(cards, render.ALL_PERIODS).groups:
        for card, rank, tied in zip(group.cards, group.ranks, group.tied, strict=True):
            out[(card.agency, card.period)] = (rank, len(group.cards), group.category, tied)
    return out


def category_of(card: Scorecard) -> str:
    """The card's ranking group, the same as in every export (engine.render.category)."""
    return render.category(card)


def deductions(card: Scorecard) -> list[Deduction]:
    """The card's deductions worst first (waived ones are not deductions and are left out)."""
    items = sorted((f for f in card.findings if not f.waived), key=lambda f: (not f.veto, -f.points, f.rule))
    return [_deduction(f) for f in items]


def _deduction(f: Finding) -> Deduction:
    page = page_of(f.source, f.evidence) if f.source else None
    where = f.source.split("/")[-1] if f.source else ""
    where = f"{where} 第{page}页" if page else where
    quote = one_line(render.readable(f.evidence))
    return Deduction(points=number(f.points), title=one_line(f.title), basis=one_line(f.basis),
                     quote=quote if len(quote) <= QUOTE else quote[:QUOTE - 1] + "…", where=where, topic=f.topic,
                     topic_label=label("topic", f.topic), rule=f.rule, veto=f.veto, review=f.review)


def common_problems(cards: list[Scorecard], titles: dict[str, str], limit: int = 10) -> list[tuple[str, int]]:
    """The problems found most often: (the rule's title, number of agencies), most first. Counted by rule, as
    each finding's own sentence names its year and figures."""
    counts: Counter[str] = Counter()
    for card in cards:
        counts.update({f.rule for f in card.findings if not f.waived and f.points > 0})
    named = [(one_line(titles.get(rule, rule)), n) for rule, n in counts.items()]
    return sorted(named, key=lambda kv: (-kv[1], kv[0]))[:limit]


def write_notices(cards: list[Scorecard], chosen: list[Scorecard] | None, out: Path, templates: Templates,
                  run, reviewed: bool, signed: date, titles: dict[str, str]) -> int:
    """Write the folder: a notice per chosen card (every card when None) and, for the whole run, the 通报.
    Everything goes into a temporary folder beside `out` first, renamed into place at the end."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        ranks = ranks_by_category(cards)
        common = {"run_title": run.title, "run_id": run.id, "reviewed": reviewed, "date": _chinese_date(signed)}
        targets = chosen if chosen is not None else cards
        for i, card in enumerate(sorted(targets, key=lambda c: (category_of(c), -c.score, c.agency)), 1):
            rank = ranks.get((card.agency, card.period))
            text = templates.notice.render(
                card=card, agency=card.agency, year=card.period, score=number(card.score), grade=card.grade,
                rank=rank[0] if rank else None, ranked_count=rank[1] if rank else None, category=category_of(card),
                tied=bool(rank and rank[3]),
                deductions=deductions(card), **common)
            _write_docx(text, staging / f"{i:03d}-{_safe(card.agency)}-{_safe(card.period)}-整改通知.docx", [])
        if chosen is None:
            _write_summary(cards, ranks, templates, common, staging, titles)
        written = len(list(staging.iterdir()))
        if out.exists():
            out.rmdir()  # checked empty by the caller
        os.replace(staging, out)
        return written
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _write_summary(cards, ranks, templates: Templates, common: dict, folder: Path, titles: dict[str, str]) -> None:
    groups: dict[str, list[dict]] = {}
    several = len({c.period for c in cards if c.ranked}) > 1  # a ranking is within one year: one table each
    for card in sorted(cards, key=lambda c: (not c.ranked, category_of(c), c.period, -c.score, c.agency)):
        rank = ranks.get((card.agency, card.period))
        group = category_of(card) + (f"（{card.period}年度）" if several else "") if card.ranked else "未参与排名"
        groups.setdefault(group, []).append(
            {"rank": render.rank_text(rank[0], rank[3]) if rank else "", "agency": card.agency, "year": card.period,
             "score": number(card.score),
             "grade": card.grade, "submitted": card.submitted, "reason": card.unranked_reason,
             "deductions": sum(1 for f in card.findings if not f.waived)})
    problems = common_problems(cards, titles)
    assessed = [c for c in cards if c.ranked and c.submitted]  # 未报送 agencies are named, not counted
    grades = Counter(c.grade for c in assessed)
    text = templates.summary.render(groups=groups, problems=problems, grades=grades, total=len(assessed),
                                    missing=[c.agency for c in cards if not c.submitted],
                                    years=sorted({c.period for c in cards if c.period and c.ranked}), **common)
    _write_docx(text, folder / "考核情况通报.docx", problems)


def _safe(name: str) -> str:
    return _UNSAFE_NAME.sub("_", name)[:60] or "未命名"


def _chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


# ------------------------------------------------------------------------------------------------ docx

BODY_FONT, TITLE_FONT = "仿宋", "黑体"


def _write_docx(text: str, path: Path, problems: list[tuple[str, int]]) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    _fonts(doc)
    table_rows: list[list[str]] = []

    def flush_table() -> None:
        if not table_rows:
            return
        columns = max(len(r) for r in table_rows)
        table = doc.add_table(rows=len(table_rows), cols=columns)
        table.style = "Table Grid"
        table.autofit = False
        longest = [max(len(r[c]) if c < len(r) else 0 for r in table_rows) + 2 for c in range(columns)]
        widths = [Cm(15.5 * n / sum(longest)) for n in longest]  # the page's width shared by how much each holds
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for r, row in enumerate(table_rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.width = widths[c]
                cell.text = value
                if r == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        table_rows.clear()

    for raw in text.splitlines():
        line = _clean(raw.rstrip())
        if not line.strip():
            continue  # blank lines (a template's tags alone on a line) do not end a table
        if line.startswith("|"):
            table_rows.append([cell.strip() for cell in line.strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("# "):
            p = doc.add_paragraph()
            run = p.add_run(line[2:])
            run.bold, run.font.size = True, Pt(18)
            _east_asian(run, TITLE_FONT)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif line.startswith("### "):
            p = doc.add_paragraph()
            run = p.add_run(line[4:])
            run.bold = True
        elif line.startswith("## "):
            p = doc.add_paragraph()
            run = p.add_run(line[3:])
            run.bold, run.font.size = True, Pt(15)
            _east_asian(run, TITLE_FONT)
        elif line.startswith("> "):
            p = doc.add_paragraph(line[2:])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.keep_with_next = True  # 落款 and 日期 stay on one page
        elif line.strip() == "[[图表]]":
            if problems:
                doc.add_picture(io.BytesIO(problem_chart(problems)), width=Cm(15))
        else:
            doc.add_paragraph(line.strip()).paragraph_format.first_line_indent = Pt(28)  # two characters
    flush_table()
    doc.save(str(path))


def _clean(text: str) -> str:
    """Text that XML can carry: report quotes may hold control characters."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)


def _fonts(doc) -> None:
    from docx.shared import Pt
    style = doc.styles["Normal"]
    style.font.size = Pt(14)
    style.font.name = "Times New Roman"
    _east_asian(style, BODY_FONT)


def _east_asian(target, font: str) -> None:
    """Chinese text in a Chinese font (python-docx sets only the Latin one)."""
    from docx.oxml.ns import qn
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), font)


# ------------------------------------------------------------------------------------------------ chart

def problem_chart(problems: list[tuple[str, int]]) -> bytes:
    """A horizontal bar chart (PNG) of how many agencies each problem was found at, drawn with Pillow."""
    from PIL import Image, ImageDraw
    width, bar_h, gap, left, top = 1500, 44, 18, 620, 70
    height = top + len(problems) * (bar_h + gap) + 30
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font, small = _font(30), _font(26)
    draw.text((20, 15), "常见问题（涉及单位数）", fill="black", font=font)
    most = max(n for _, n in problems)
    for i, (title, n) in enumerate(problems):
        y = top + i * (bar_h + gap)
        shown = title if len(title) <= 19 else title[:18] + "…"
        draw.text((20, y + 6), shown, fill="black", font=small)
        length = int((width - left - 120) * n / most)
        draw.rectangle((left, y, left + max(length, 4), y + bar_h), fill=(192, 57, 43))
        draw.text((left + max(length, 4) + 12, y + 6), f"{n}家", fill="black", font=small)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _font(size: int):
    from PIL import ImageFont
    path = chinese_font()
    return ImageFont.truetype(path, size) if path else ImageFont.load_default(size)


def chinese_font() -> str | None:
    """A font file with Chinese glyphs (fontconfig's choice; Debian's fonts-wqy-zenhei in CI)."""
    try:
        listed = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        listed = ""
    files = sorted(line.split(":")[0].strip() for line in listed.splitlines() if line.strip())
    return files[0] if files else None
