"""Render: every format lists cards best first, keeps every finding, and report text cannot break the output."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import jsonschema
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.model import Finding, Scorecard
from engine.render import BINARY, FORMATS, SUFFIX, SUMMARY_HEADERS, render

SCHEMA = json.loads((Path(__file__).parent.parent / "schemas" / "scorecard.schema.json").read_text("utf-8"))
HOSTILE = "第一行|第二列\n第二行<script>alert(1)</script> `code` & \x1b[31m红字" + "，其后还有很长的原文" * 6


def finding(rule: str, points: float = 5.0, evidence: str = "累计公开政府信息580条", **kw) -> Finding:
    return Finding(rule=rule, topic=kw.pop("topic", "content.missing_section"),
                   title=kw.pop("title", "缺少主动公开情况"), basis="《政府信息公开条例》(2019) 第五十条",
                   severity=kw.pop("severity", "major"), points=points, evidence=evidence, **kw)


def card(agency: str, score: float, grade: str, findings: list[Finding], period: str = "2018", **kw) -> Scorecard:
    return Scorecard(agency=agency, period=period, profile=kw.pop("profile", "gov-2019"), score=score, grade=grade,
                     veto=kw.pop("veto", False), findings=findings, inputs=[f"reports/{agency}.txt"], **kw)


HOSTILE_FINDING = finding("gov2019.quality.placeholder", 3, HOSTILE, topic="quality.placeholder", severity="minor")
WAIVED = finding("gov2019.review.confidentiality", 2, "未见保密审查表述", topic="review.confidentiality",
                 waived="省级方案不考核此项")
CARDS = [
    card("常德市委编办", 87.5, "良好", [HOSTILE_FINDING, WAIVED, finding("gov2019.content.proactive")],
         warnings=["未找到发布日期"], not_applicable=["gov2019.fees.charged", "gov2019.review.litigation"]),
    card("湖南大学", 96.0, "优秀", [], period="2016-2017", profile="university"),
    card("某县<script>alert(1)</script>|政府办", 40.0, "不合格", [
        finding("gov2019.doc.not_annual_report", 60, "本文为2018年工作总结", topic="doc.not_annual_report",
                severity="critical", veto=True, occurrence=2)], veto=True),
    card("北京市东城区人民政府", 87.5, "良好",
         [finding("gov2019.timeliness.late", 10, topic="timeliness.annual_report")]),
    card("常德市委编办", 87.5, "良好", [], period="2017"),
]
# score desc, then agency (code point order: 北 < 常), then period
ORDER = [("湖南大学", "2016-2017"), ("北京市东城区人民政府", "2018"), ("常德市委编办", "2017"),
         ("常德市委编办", "2018"), ("某县<script>alert(1)</script>|政府办", "2018")]
ERRORS = [("reports/坏文件.pdf", "PDF 已加密，无法读取文字；请提供未加密的文件")]


def width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def bare_pipes(line: str) -> int:
    """Pipes that split a GFM table row: a backslash escapes the character after it, pipes included."""
    count, i = 0, 0
    while i < len(line):
        if line[i] == "\\":
            i += 2
            continue
        count += line[i] == "|"
        i += 1
    return count


def md_tables(text: str) -> list[list[str]]:
    tables: list[list[str]] = []
    previous = ""
    for line in text.splitlines():
        if line.startswith("|"):
            if not previous.startswith("|"):
                tables.append([])
            tables[-1].append(line)
        previous = line
    return tables


# --- API ---------------------------------------------------------------------------------------------------------

def test_formats_and_suffixes():
    assert set(FORMATS) == {"table", "json", "md", "html", "xlsx", "csv"}
    assert SUFFIX == {"table": ".txt", "json": ".json", "md": ".md", "html": ".html", "xlsx": ".xlsx", "csv": ".csv"}


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="docx"):
        render(CARDS, "docx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_order_does_not_depend_on_input_order(fmt):
    assert render(CARDS, fmt, errors=ERRORS) == render(list(reversed(CARDS)), fmt, errors=ERRORS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_cards(fmt):
    text = render([], fmt, errors=ERRORS)
    if fmt in BINARY:  # xlsx and csv are bytes; their own tests read them back
        assert text
        return
    assert text.endswith("\n")
    if fmt == "json":
        assert json.loads(text) == []
    else:
        assert "坏文件.pdf" in text


# --- table -------------------------------------------------------------------------------------------------------

def test_table_ranks_agencies_and_shows_scores():
    text = render(CARDS, "table", errors=ERRORS)
    summary = text.split("\n\n")[0].splitlines()
    assert summary[0] == "排名：2018年度 未分类（3家）"  # the latest period; no level: 未分类
    assert summary[1].split() == list(SUMMARY_HEADERS)
    rows = [line.split() for line in summary[3:]]
    assert [(r[1], r[2]) for r in rows] == [(a, p) for a, p in ORDER if p == "2018"]
    assert [r[0] for r in rows] == ["1（并列）", "1（并列）", "3"]  # equal scores share a rank
    assert [r[5] for r in rows] == ["87.5", "87.5", "0（一票否决）"]
    assert rows[-1][7:9] == ["一票否决", "1"]  # veto, one finding
    assert rows[1][8] == "2"  # the waived finding is not counted
    others = text.split("\n\n")[1].splitlines()
    assert others[0] == "其他年度（不参与本次排名）"
    assert [line.split()[1] for line in others[3:]] == ["湖南大学", "常德市委编办"]


def test_table_columns_line_up_with_cjk():
    summary = render(CARDS, "table").split("\n\n")[0].splitlines()[1:]
    assert len({width(line.rstrip()) for line in summary[1:2]}) == 1, summary
    header_cols = [m.start() for m in re.finditer(r"-+", summary[1])]
    for line in summary[2:]:  # the 年度 column starts at the same display column in every row
        agency_end = line.index(line.split()[1]) + len(line.split()[1])
        rest = line[agency_end:]
        period_at = width(line[:agency_end]) + width(rest[: len(rest) - len(rest.lstrip())])
        assert period_at == header_cols[2]


def test_table_findings_warnings_and_errors():
    text = render(CARDS, "table", errors=ERRORS)
    lines = text.splitlines()
    hostile = next(line for line in lines if line.rstrip().endswith("gov2019.quality.placeholder"))
    assert "第一行|第二列 第二行<script>" in hostile  # one line: the newline became a space
    assert "\x1b" not in text  # no terminal escape sequences from report text
    assert "…" in hostile and hostile.rstrip().endswith("gov2019.quality.placeholder")  # ids last
    waived = next(line for line in lines if "gov2019.review.confidentiality" in line)
    assert "豁免" in waived
    assert "60（一票否决）（第2次）" in text
    assert "提示：常德市委编办 2018：未找到发布日期" in text
    tail = text[text.index("未能读取的文件"):]
    assert "reports/坏文件.pdf" in tail and "PDF 已加密" in tail


def test_table_card_waiting_for_review_says_it_is_not_ranked():
    """Its score is the automatic one of a file not yet confirmed as a report: the head says so, as md and html."""
    pending = card("柳溪县水利局", 100.0, "优秀", [finding("common.doc.kind_unconfirmed", 0, topic="doc.kind")],
                   period="2020", ranked=False, unranked_reason="自动识别为非年度报告（工作总结），待人工确认")
    lines = render([*CARDS, pending], "table").splitlines()
    assert "柳溪县水利局（2020）得分 100.0 优秀 · 不参与排名：自动识别为非年度报告（工作总结），待人工确认" in lines
    assert "常德市委编办（2018）得分 87.5 良好" in lines  # a ranked card's head is as it was


# --- json --------------------------------------------------------------------------------------------------------

def test_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_json_validates_and_keeps_every_finding():
    data = json.loads(render(CARDS, "json", errors=ERRORS))
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert [(c["agency"], c["period"]) for c in data] == ORDER
    by_key = {(c.agency, c.period): c for c in CARDS}
    for out in data:
        original = by_key[(out["agency"], out["period"])]
        assert out == original.to_json()
        assert [f["evidence"] for f in out["findings"]] == [f.evidence for f in original.findings]
    assert data[3]["findings"][0]["evidence"] == HOSTILE  # kept verbatim: JSON escapes it itself
    assert data[3]["findings"][1]["waived"] == "省级方案不考核此项"
    assert data[-1]["veto"] is True
    assert "坏文件" not in json.dumps(data, ensure_ascii=False)  # errors are not part of the array


@pytest.mark.parametrize("change", [
    lambda c: c.update(grade="很好"),
    lambda c: c.pop("inputs"),
    lambda c: c.update(score="87.5"),
    lambda c: c["findings"][0].update(severity="high"),
    lambda c: c["findings"][0].pop("evidence"),
    lambda c: c["findings"][0].update(occurrence=0),
])
def test_schema_rejects_broken_cards(change):
    data = json.loads(render(CARDS, "json"))
    change(data[1])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)


# --- md ----------------------------------------------------------------------------------------------------------

def test_md_escapes_report_text():
    text = render(CARDS, "md", errors=ERRORS)
    assert "<script>" not in text and "</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "`" not in text and "&#96;code&#96;" in text
    assert "\x1b" not in text
    assert "某县&lt;script&gt;alert(1)&lt;/script&gt;\\|政府办" in text
    assert "第一行\\|第二列 第二行" in text


def test_md_table_rows_keep_their_columns():
    text = render(CARDS, "md", errors=ERRORS)
    tables = md_tables(text)
    assert len(tables) == 2 + sum(1 for c in CARDS if c.findings)  # the ranking, other periods, each card's
    for table in tables:
        assert len({bare_pipes(row) for row in table}) == 1, table


def test_md_sections():
    text = render(CARDS, "md", errors=ERRORS)
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == [
        "### 北京市东城区人民政府（2018）", "### 常德市委编办（2018）",
        "### 某县&lt;script&gt;alert(1)&lt;/script&gt;\\|政府办（2018）", "### 湖南大学（2016-2017）",
        "### 常德市委编办（2017）",
    ]
    section = text[text.index("### 常德市委编办（2018）"):text.index("### 某县")]
    assert "| gov2019.review.confidentiality | 未报告保密审查" not in section  # title is the finding's own
    assert "（豁免：省级方案不考核此项） | 审查 | 较重 | 豁免 |" in section.replace("保密审查 | 较重", "审查 | 较重")
    assert "不适用规则：2 条" in section and "- 未找到发布日期" in section
    assert "无扣分项。" in text[text.index("### 湖南大学"):text.index("### 常德市委编办（2017）")]
    assert text.rstrip().endswith("- reports/坏文件.pdf：PDF 已加密，无法读取文字；请提供未加密的文件")


@settings(max_examples=200, deadline=None)
@given(agency=st.text(max_size=30), evidence=st.text(max_size=80), title=st.text(max_size=20))
def test_md_any_report_text_stays_in_its_cell(agency, evidence, title):
    cards = [card(agency, 50.0, "合格", [finding("gov2019.x.y", 1, evidence, title=title)])]
    text = render(cards, "md")
    assert "<" not in text and ">" not in text and "`" not in text
    for table in md_tables(text):
        assert len({bare_pipes(row) for row in table}) == 1, table
    assert sum(line.startswith("### ") for line in text.splitlines()) == 1


# ---- one_line's control characters (a10-after): one class instead of a category lookup per character ----

def _one_line_plain(text: object) -> str:
    """one_line as it was: each character's Unicode category looked up."""
    from engine.render import _BIDI, _SPACE
    s = _BIDI.sub("", str(text))
    s = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in s)
    return _SPACE.sub(" ", s).strip()


def test_one_line_class_is_every_control_and_separator_character():
    import sys

    from engine.render import _BREAKING
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    expected = {ch for ch in every if unicodedata.category(ch) in ("Cc", "Zl", "Zp")}
    assert set(_BREAKING.findall(every)) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("报告 \t\n\r\x00\x07\x1b\x7f\x85\x9f\u2028\u2029\u200e\u202e\u3000\xa0a1"))
               | st.characters()))
@example("甲  乙 ")
@example(" 甲\t乙")
@example("甲\u3000乙")
@example("甲\u202e 乙")
@example("甲\x00\x00乙")
def test_one_line_gives_what_the_category_lookup_gave(text):
    from engine.render import one_line
    assert one_line(text) == _one_line_plain(text)

