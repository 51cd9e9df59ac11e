"""表三 from `|` rows as sites flatten them: padding cells after a row's values, and a page cut inside the table.
A row read by position is certain, zeros included; a cut flattened table without bars gives its whole rows only
(seven cells between a row's label and the next) and a note."""

from __future__ import annotations

from engine.ingest import normalise
from engine.parse import parse_text

HEAD = (
    "二、收到和处理政府信息公开申请情况\n"
    "(本列勾稽关系:第一、二项之和等于第三、四项之和) | 申请人情况 | ||||||||\n"
    "自然人 | 法人或其他组织 | 总计 | |||||||\n"
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
)


def facts(text: str) -> dict:
    return {k: f.value for k, f in parse_text(normalise(text), "t.txt").facts.items()}


def test_zeros_of_a_cut_table_with_padding_cells_are_read_by_position():
    text = HEAD + ("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n"
                   "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 1 | 3 | ||\n"
                   "三、本年度办理结果 | (一)予以公开 |")
    got = facts(text)
    assert got["requests.received"] == 0 and got["table3.new.natural"] == 0 and got["table3.new.total"] == 0
    assert got["requests.carried_over"] == 3 and got["table3.carried_over.other"] == 1
    assert "requests.completed" not in got and "requests.carried_forward" not in got  # cut before those rows
    assert any("截断" in note for note in got["tables.unread"])
    assert got["quality.inconsistencies"] == []


def test_a_blank_last_cell_stays_blank():
    text = HEAD + ("一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | |\n"
                   "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n三、本年度办理结果 |")
    got = facts(text)
    assert got["table3.new.natural"] == 4 and "table3.new.total" not in got and "requests.received" not in got
    assert any("空白" in note for note in got["tables.unread"])


def test_a_cut_table_flattened_without_bars_gives_only_its_whole_rows():
    # (a19-figures: before, nothing; a row whose seven cells stand between its own label and the next is placed by
    # its label as a `|` row is, and the row the cut leaves short is not read)
    text = ("二、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n"
            "一、本年新收政府信息公开申请数量\n0\n0\n0\n0\n0\n0\n0\n二、上年结转政府信息公开申请数量\n5\n")
    got = facts(text)
    assert got["requests.received"] == 0 and got["table3.new.natural"] == 0
    assert "requests.carried_over" not in got and not [k for k in got if k.startswith("table3.carried_over")]
    assert any("截断" in note for note in got["tables.unread"])
