"""Which statutory parts a report covers (sections.*) and which 清单 categories a university report names
(university.checklist.*): from what the report covers and discloses, not from a list of contents, a citation or
words that only resemble a part or a category. Every text here is written for the test."""

from __future__ import annotations

from engine.ingest import normalise
from engine.parse import parse_text


def facts(text: str) -> dict:
    return parse_text(normalise(text), "t.txt").facts


def parts(text: str) -> dict[str, bool]:
    return {k.split(".")[1]: f.value for k, f in facts(text).items() if k.startswith("sections.")}


GOV = (
    "本年度报告根据《中华人民共和国政府信息公开条例》编制，全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、"
    "政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题及改进措施。\n"
)


# ---------------------------------------------------------------- a list of contents is not the part


def test_a_list_of_contents_is_not_the_fees_part():
    text = GOV + ("一、概述\n本局设信息公开办公室，配备兼职人员2名。\n"
                  "二、主动公开政府信息情况\n全年主动公开政府信息88条。\n"
                  "三、依申请公开政府信息情况\n全年收到申请3件，均已答复。\n"
                  "四、因政府信息公开申请行政复议和提起行政诉讼的情况\n本年度未发生行政复议和行政诉讼。\n")
    got = parts(text)
    assert got["fees"] is False and got["requests"] is True and got["review_litigation"] is True
    stated = text + "五、政府信息公开的收费及减免情况\n本年度未向申请人收取任何费用。\n"
    assert parts(stated)["fees"] is True
    paragraph = text + "本局办理政府信息公开申请，均未收取信息处理费。\n"
    assert parts(paragraph)["fees"] is True  # a paragraph of its own on fees, with no heading


# ---------------------------------------------------------------- the opening


def test_a_lead_in_that_cites_the_regulations_is_not_the_overview():
    text = ("根据《中华人民共和国政府信息公开条例》的规定，现将我镇2012年度政府信息公开工作情况报告如下:"
            "一、主动公开政府信息情况 全年在政府网站主动公开信息52条，涵盖政策文件、通知公告等。"
            "二、依申请公开政府信息情况 本年度未收到公开申请。三、收费及减免情况 未收取任何费用。"
            "四、行政复议和行政诉讼情况 未发生。五、存在的主要问题和改进措施 公开内容还不够全面。\n")
    got = parts(text)
    assert got["overview"] is False
    assert got["proactive"] and got["requests"] and got["fees"] and got["review_litigation"] and got["problems"]


def test_an_opening_that_describes_the_years_work_is_the_overview():
    text = ("2012年，我局把政府信息公开列入年度目标考核，明确一名副局长分管，办公室配备专职人员两名，全年组织业务培训"
            "三次，公开工作总体运行平稳。\n一、主动公开政府信息情况\n全年主动公开信息40条。\n"
            "二、依申请公开政府信息情况\n本年度未收到公开申请。\n")
    assert parts(text)["overview"] is True
    preamble = ("本报告根据《中华人民共和国政府信息公开条例》要求，由青禾县林业局编制。"
                "本报告电子版可在县政府门户网站下载，"
                "如对本报告有疑问，请与县林业局办公室联系，电话0000-1234567。\n一、主动公开政府信息情况\n全年主动公开信息40条。\n")
    assert parts(preamble)["overview"] is False
    staffing = ("2012年，我局成立了由局长任组长、各股室负责人组成的政务公开领导小组，坚持密切联系群众，"
                "按季度研究公开工作，全年召开专题会议四次。\n" + text.split("\n", 1)[1])
    assert parts(staffing)["overview"] is True  # 组成 and 联系 in the work's own words are no preamble


# ---------------------------------------------------------------- parts under other words


def test_parts_under_differently_worded_headings():
    text = ("一、概述\n本局成立信息公开工作领导小组。\n二、政府信息公开情况\n全年通过局网站公开信息76条。\n"
            "三、依申请公开办理情况\n本年度收到申请1件，已按期答复。\n四、下一步工作措施\n继续完善公开目录。\n"
            "五、需要说明的事项\n本报告数据统计期限为2013年全年。\n")
    got = parts(text)
    assert got["proactive"] and got["requests"] and got["problems"] and got["other"]


def test_an_unnumbered_paragraph_lead_counts_for_the_proactive_part():
    text = ("一、总体情况\n2022年，本局继续推进政务公开标准化建设，做好政策解读工作。\n"
            "主动公开方面。全年在门户网站发布信息"
            "312条，更新权责清单一次。\n")
    assert parts(text)["proactive"] is True


def test_headings_run_together_without_bodies_are_each_found():
    text = ("一、总体情况 2021年，本镇按照条例做好公开工作，全年未发生泄密事件。"
            "二、主动公开政府信息情况三、收到和处理政府"
            "信息公开申请情况四、行政复议、行政诉讼情况五、存在问题及改进措施 栏目更新不够及时。\n")
    got = parts(text)
    assert got["proactive"] and got["requests"] and got["review_litigation"] and got["problems"]


def test_a_point_of_the_overview_is_not_the_proactive_part_and_a_heading_cut_short_is_not_its_part():
    text = ("一、概述\n(一)深入推进重点领域信息公开。本局围绕财政预决算开展公开工作。\n"
            "(二)完善工作机制。落实专人负责。\n"
            "二、依申请公开政府")
    got = parts(text)
    assert got["proactive"] is False and got["requests"] is False and got["overview"] is True


# ---------------------------------------------------------------- 清单 categories


UNI = ("根据《高等学校信息公开办法》，现将我校2021-2022学年（2021年9月1日至2022年8月31日）信息公开工作情况报告如下。\n"
       "一、概述\n学校信息公开工作领导小组由校长任组长。四是在工作经费方面，信息公开工作所需经费纳入学校年度预算。"
       "学校组织各单位学习信息公开有关法律法规和规章制度。\n"
       "二、主动公开情况\n学校突出对招生、财务、人事、招标等重点领域的信息公开，内容涉及人才培养、学科建设等。\n"
       "三、依申请公开和不予公开情况\n本学年收到信息公开申请2件，均按期答复。\n"
       "四、因学校信息公开工作受到举报、复议、诉讼的情况\n本学年未发生。\n")


def checklist(text: str) -> set[str]:
    return {k.rsplit(".", 1)[1] for k, f in facts(text).items() if k.startswith("university.checklist.") and f.value}


def test_words_that_resemble_a_category_do_not_name_it():
    assert facts(UNI)["doc.kind"].value == "university_annual"
    assert checklist(UNI) == set()


def test_categories_named_as_points_of_their_own_or_loosely_as_a_class():
    text = UNI.replace("二、主动公开情况\n", "二、主动公开情况\n（三）财务、资产及收费信息公开。公开年度预算和决算。\n"
                       "在学生管理服务类增加了国家奖学金评定结果；（十）其他。公开突发事件应急预案。\n")
    assert checklist(text) == {"finance", "students", "other"}
    evidence = facts(text)["university.checklist.finance"].evidence
    assert "财务、资产及收费信息" in evidence
