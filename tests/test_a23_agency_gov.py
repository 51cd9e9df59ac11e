"""Who reports on government pages (issue 12, a23-agency-gov): the classes a sample of fresh real government pages
showed — the compiler's clause that names the body with its own sections after it (结合…某街道各科室的…实际), a title
cut after its year below a site's metadata block of many lines, and the disclosure rules of a ministry or a government
that the opening cites as its basis (根据《某部政府信息公开实施办法》), read before as the reporter's own. Every text is
invented for the test; the wording is this file's own (the place chains before invented towns and bureaus are real
divisions, which the readers of a year-first clause require).
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

from engine.parse import headfix

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息86条。\n"
         "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n")


# the compiler's clause with the body's own sections after its name: the body
def test_a_compiler_clause_with_the_body_s_own_sections_names_the_body():
    cases = (
        ("结合2023年苏州市吴中区云岭街道各科室的信息公开工作实际情况编制本报告。如对本报告有疑问,请联系:苏州市吴中区"
         "人民政府云岭街道办事处。\n一、总体情况\n2023年,本街道认真落实条例。\n", "苏州市吴中区云岭街道", "township"),
        ("结合2022年湖州市吴兴区青禾镇各站所的政务公开工作实际,编制本年度报告。\n一、总体情况\n2022年,我镇认真落实条例。\n",
         "湖州市吴兴区青禾镇", "township"),
        ("结合2021年宁波市鄞州区水利局各业务科室的信息公开工作实际编制本报告。\n一、总体情况\n2021年,我局认真落实条例。\n",
         "宁波市鄞州区水利局", "department"),
        ("根据《条例》要求,结合青禾县水利局各股室的工作实际编制本报告。\n一、总体情况\n2021年,我局认真落实条例。\n",
         "青禾县水利局", "department"),
    )
    for opening, name, level in cases:
        r = parse(opening + PARTS)
        assert fact(r, "doc.agency") == name
        assert evidence(r, "doc.agency").startswith("正文开头:")
        assert fact(r, "doc.level") == level


def test_an_area_s_departments_after_a_place_name_no_author():
    # 各部门, 各单位 are a government's bodies, not one body's sections: the clause names no author
    for units in ("各部门", "各单位", "各乡镇"):
        r = parse(f"结合2023年宁波市鄞州区{units}的信息公开工作实际情况编制本报告。\n"
                  "一、总体情况\n2023年,全区认真落实条例。\n" + PARTS)
        assert fact(r, "doc.agency") is None


# a title cut after its year (or inside its words) below a site's metadata block, one field a line
META_BLOCK = ("首页\n>信息公开>政府信息公开年报>2020\n索引号 11330000/2021-00001\n主题分类: 综合政务\n文号:\n"
              "发布机构: 区水利局\n公开方式 主动公开\n成文日期: 2021-01-15\n组配分类: 政府信息公开年报\n"
              "公开范围: 面向全社会\n\n")


def test_a_title_cut_below_a_long_metadata_block_is_read_whole():
    for title in ("宁波市鄞州区水利局2020年\n政府信息公开工作年度报告",
                  "宁波市鄞州区水利局2020年政府信息\n公开工作年度报告",
                  "宁波市鄞州区水利局\n2020年政府信息公开工作\n年度报告"):
        text = META_BLOCK + title + "\n\n一、总体情况\n2020年,区水利局认真落实条例,我局主动公开信息86条。\n" + PARTS
        assert "宁波市鄞州区水利局" + "2020年政府信息公开工作年度报告" in headfix.mend_head(text)
        r = parse(text)
        assert fact(r, "doc.agency") == "宁波市鄞州区水利局"
        assert evidence(r, "doc.agency").startswith("标题:")
        assert fact(r, "doc.year") == 2020


def test_table_cells_and_sentences_below_the_block_are_not_joined():
    for head in ("| 2020年 |\n| 政府信息公开工作年度报告 |\n", "截至2020年\n政府信息公开工作年度报告已按时发布。\n"):
        text = META_BLOCK + head + "一、总体情况\n我局认真落实条例。\n" + PARTS
        assert headfix.mend_head(text) == text


# the disclosure rules a sentence cites as its basis: the rules of the body above, not the reporter's own
def test_rules_cited_as_the_basis_name_no_author():
    for basis in ("根据《中华人民共和国政府信息公开条例》和《生态环境部政府信息公开实施办法》有关要求,编制本报告。",
                  "依据《水利部政府信息公开实施细则》的规定,现将我局2021年度政府信息公开工作情况报告如下。",
                  "按照《海关总署政府信息公开实施办法(试行)》要求,编制本年度报告。"):
        r = parse(basis + "\n一、总体情况\n2021年,我局坚持以公开为常态。\n" + PARTS)
        assert fact(r, "doc.agency") is None
        assert fact(r, "doc.level") == "department"


def test_the_body_s_own_rules_and_guide_still_name_it():
    for sentence in ("我局制定了《宁波市鄞州区水利局政府信息公开实施办法》,规范了公开流程。",
                     "根据《宁波市鄞州区水利局政府信息公开指南》,公众可向我局申请公开政府信息。"):
        r = parse("一、总体情况\n2021年,我局坚持以公开为常态。" + sentence + "\n" + PARTS)
        assert fact(r, "doc.agency") == "宁波市鄞州区水利局"
