"""What a47 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

import pytest
from parse_support import fact, parse

from engine.parse import divisions

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

PARTS = ("一、总体情况\n全年公开信息86条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
         "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n")
PERIOD = "本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n"
META_ROWS = "• 索 引 号:xz/2026-00012\n• 发布机构:某乡\n• 成文日期:\n• 公开方式:主动公开\n"

# --- an autonomous county by its plain unit ---------------------------------------------------------------------------


@needs_divisions
@pytest.mark.parametrize(("name", "place"), [
    ("和布克赛尔县铁布肯乌散乡", "和布克赛尔县"),  # 和布克赛尔蒙古自治县: its first character a conjunction's
    ("长阳县榔坪镇", "长阳县"),                    # 长阳土家族自治县
    ("鄂伦春旗大杨树镇", "鄂伦春旗"),              # 鄂伦春自治旗
])
def test_an_autonomous_county_written_with_its_plain_unit_is_a_known_place(name, place):
    assert divisions.place_chain(name) == place


@needs_divisions
def test_a_township_under_an_autonomous_county_by_its_short_name():
    r = parse("和布克赛尔县铁布肯乌散乡2025年度政府信息公开工作年度报告\n" + PERIOD + PARTS)
    assert fact(r, "doc.agency") == "和布克赛尔县铁布肯乌散乡"
    assert fact(r, "doc.level") == "township"


# --- the title under a page's metadata --------------------------------------------------------------------------------


@needs_divisions
@pytest.mark.parametrize("key", ["名称 ", "文件名称 ", "标题 "])
def test_a_title_keyed_by_its_metadata_label_without_a_colon(key):
    # "名称 某街道办事处2023年…" in a flattened grid: the key is no part of the name
    r = parse(f"宿城区人民政府\n\n{key}黄河街道办事处2023年政府信息公开工作年度报告\n索引号 0143/2024-00006\n\n"
              + PERIOD.replace("2025", "2023") + PARTS)
    assert fact(r, "doc.agency") == "黄河街道办事处"


@needs_divisions
def test_a_documents_title_below_four_metadata_rows():
    # a look-alike's own title ("某镇人民政府关于2025年法治政府建设情况的报告") under the site's metadata rows
    r = parse(META_ROWS + "东坝镇人民政府关于2025年法治政府建设情况的报告\n发布日期:2026-03-02\n\n"
              "2025年,东坝镇坚持依法行政,严格落实法治政府建设各项任务,行政执法规范化水平持续提升。\n")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == "东坝镇人民政府"


@needs_divisions
def test_metadata_rows_alone_give_no_title():
    # guard: the rows are passed over, the body's own subject still names the author
    r = parse(META_ROWS + PERIOD + "2025年,东坝镇认真贯彻落实《中华人民共和国政府信息公开条例》。\n" + PARTS)
    assert fact(r, "doc.agency") == "东坝镇"


# --- a yearly account titled by its topic -----------------------------------------------------------------------------


@needs_divisions
@pytest.mark.parametrize(("title", "name"), [
    ("云南省2024年度法治政府建设情况", "云南省"),
    ("泉州市丰泽区政府2016年推进依法行政工作情况及2017年工作打算", "泉州市丰泽区政府"),
])
def test_a_yearly_accounts_title_names_its_body(title, name):
    r = parse(f"{title}\n\n2024-02-20 09:30\n\n一年来,我们坚持依法行政,持续规范行政执法行为,"
              "推进政务公开和政府信息公开工作,法治政府建设取得新进展。\n")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == name


# --- what kind of page ------------------------------------------------------------------------------------------------


def test_a_generated_sample_to_adapt_is_a_template():
    text = ("以下是一篇关于《某市2025年度政府信息公开工作年度报告》的文章示例,你可以根据实际情况进行修改和完善: --- "
            "《某市2025年度政府信息公开工作年度报告》 一、总体情况 本报告依据《中华人民共和国政府信息公开条例》编制。"
            "全年公开政府信息X万余条,其中通过门户网站公开Y条,政务新媒体公开Z条。二、主动公开政府信息情况 "
            "三、收到和处理政府信息公开申请情况 全年收到申请X件。四、政府信息公开行政复议、行政诉讼情况\n")
    r = parse(text)
    assert fact(r, "doc.kind") == "template"


def test_a_report_that_offers_itself_for_download_stays_a_report():
    # guard: the lead asks for a sample to adapt; a report's own words never do
    r = parse("海口市2025年政府信息公开工作年度报告\n以下是本机关2025年度报告全文,可根据需要下载。\n" + PERIOD + PARTS)
    assert fact(r, "doc.kind") == "government_annual"


def test_a_journal_article_on_disclosure_is_no_report():
    text = ("李明 王芳\n[摘 要]高校信息公开是现代大学治理的重要内容,本文从制度执行的角度分析年度报告的质量。\n"
            "[关键词]信息公开;年度报告;大学治理\n中图分类号:G647 文献标识码:A\n一、引言\n"
            "《高等学校信息公开办法》施行以来,各校每年发布信息公开年度报告,本报告体例逐步统一。\n")
    r = parse(text)
    assert fact(r, "doc.kind") == "other"


# --- a bureau's system reporting as one -------------------------------------------------------------------------------


@needs_divisions
@pytest.mark.parametrize(("title", "name", "level"), [
    # (a provincial postal administration is a national body's branch: L50, a52)
    ("浙江省邮政管理系统2024年政府信息公开工作年度报告", "浙江省邮政管理系统", "unknown"),
    ("天津市规划和自然资源系统2025年政府信息公开工作年度报告", "天津市规划和自然资源系统", "department"),
])
def test_a_titles_system_of_a_bureau_is_the_reporting_body(title, name, level):
    r = parse(title + "\n" + PERIOD + "2025年,全系统认真贯彻落实《条例》,各项工作有序推进。\n" + PARTS)
    assert fact(r, "doc.agency") == name
    assert fact(r, "doc.level") == level


@needs_divisions
def test_a_piece_of_software_is_no_system_of_bodies():
    # guard: "某市政务服务网系统" names a website, not bureaus reporting together
    from engine.parse.author import system_title
    assert not system_title("杭州市政务服务网系统")
    assert not system_title("杭州市信息公开系统")
    assert system_title("杭州市市场监管系统")


# --- the overview's subject by its stance -----------------------------------------------------------------------------


@needs_divisions
@pytest.mark.parametrize("verb", ["准确把握上级决策部署", "主动适应新形势新要求", "锚定年度目标"])
def test_a_government_office_named_as_the_years_subject(verb):
    r = parse(PERIOD + "一、总体情况\n" + f"2025年,滨海区人民政府办公室{verb},扎实做好政府信息公开工作。\n" + PARTS)
    assert fact(r, "doc.agency") == "滨海区人民政府办公室"
    assert fact(r, "doc.level") == "department"


# --- requests put off into the next year, and all handled -------------------------------------------------------------

REQUESTS = "一、总体情况\n(二)依申请公开情况\n"


@pytest.mark.parametrize(("sentence", "forward"), [
    ("2025年共受理申请90件,办理96件(含上年度结转申请9件),另有3件申请顺延到下年度答复。", 3),
    ("共受理申请40件,另有5件申请按照《条例》规定顺延至下一年度答复。", 5),
    ("新受理申请20件,除2件转接至下一年办理外,均依法按时办结。", 2),
])
def test_requests_put_off_into_the_next_year_are_carried_forward(sentence, forward):
    r = parse(REQUESTS + sentence + "\n")
    assert fact(r, "requests.carried_forward") == forward


@pytest.mark.parametrize(("sentence", "completed"), [
    ("全年新收到政府信息公开申请30件,上年结转政府信息公开申请2件,全部32件均按期办理完毕。", 32),
    ("全年共接受政府信息公开申请17件,均已按期处理。", 17),
    ("全年共收到政府信息公开申请4件,均已依法处理。", 4),
])
def test_all_of_the_years_requests_handled(sentence, completed):
    r = parse(REQUESTS + sentence + "\n")
    assert fact(r, "requests.completed") == completed


def test_requests_passed_on_are_not_handled():
    # guard: 转交处理 hands them to another body; nothing is finished here
    r = parse(REQUESTS + "全年共收到政府信息公开申请5件,均已转交处理。\n")
    assert fact(r, "requests.completed") is None


# --- the page's own date ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("head", "day"), [
    # a grid whose only date is its effective date
    ("| 索引号: | 6230/2026-00011 | 发布机构: | 政府办 |\n| 生效日期: | 2026-02-12 | 废止日期: | |\n"
     "平凉县人民政府2025年政府信息公开工作年度报告\n", "2026-02-12"),
    # 时间 glued to the title once the space went
    ("上海市某局2025年政府信息公开工作年度报告 时间:2026-01-19\n", "2026-01-19"),
    # a list's date in brackets after the title
    ("2025年政府信息公开工作年度报告 ( 2026-01-30 )\n\n上海市某委员会\n", "2026-01-30"),
])
def test_the_date_a_page_shows_for_its_report(head, day):
    r = parse(head + PERIOD + PARTS)
    assert fact(r, "doc.published_on") == day


def test_a_labelled_period_is_no_publication_date():
    # guard: "报告时间:2014年1月1日至12月31日" in a wiki's box is the period
    r = parse("2014年度某省人民政府信息公开工作报告\n• 报告时间:2014年1月1日至12月31日\n" + PARTS)
    assert fact(r, "doc.published_on") is None


def test_a_later_label_wins_over_the_effective_date():
    # guard: 生效日期 is read only where no other label dates the page
    r = parse("| 发布日期: | 2026-01-20 | 生效日期: | 2026-02-01 |\n某县2025年政府信息公开工作年度报告\n"
              + PERIOD + PARTS)
    assert fact(r, "doc.published_on") == "2026-01-20"


# --- a guide's own body ---------------------------------------------------------------------------------------------

GUIDE_BODY = ("一、主动公开\n(一)公开范围\n本机关主动公开机构职能、政策文件、工作动态等政府信息。\n"
              "二、依申请公开\n(一)申请方式\n申请人可以通过信函、当面等方式提出申请。\n")


@needs_divisions
@pytest.mark.parametrize(("opening", "name"), [
    ("为更好地向公民、法人和其他组织提供易县白马镇人民政府暨镇政府办公室的政府信息,编制本指南。\n",
     "易县白马镇人民政府"),
    ("为依法保障社会公众获取青岛明德职业学校(以下简称“本单位”)的公开信息,制定本指南。\n", "青岛明德职业学校"),
    ("为方便公民依法获取政府信息,编制本目录。\n一、工作机构\n机构名称:郑州高新区管委会党政办公室\n办公地址:国槐街6号\n",
     "郑州高新区管委会"),
    ("除主动公开的政府信息外,申请人可以向本机关申请获取政府信息。\n目前,广汉市交通运输局受理申请人的当面申请、信函申请。\n",
     "广汉市交通运输局"),
])
def test_a_guides_own_body(opening, name):
    r = parse(opening + GUIDE_BODY)
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == name


def test_a_school_below_the_universities_has_no_level():
    # a 职业学校 or a primary school is none of the contract's levels; a 高等专科学校 reports as a university
    from engine.parse.meta import find_level
    assert find_level("青岛华夏职业学校") == "unknown"
    assert find_level("重庆医药高等专科学校") == "university"
    assert find_level("某某大学") == "university"


@needs_divisions
@pytest.mark.parametrize(("opening", "name"), [
    # the office in charge of the guide's body's disclosure: the bureau; a government's office stays itself
    ("根据《条例》的规定,编制本指南。\n福州市交通运输局办公室是福州市交通运输局信息公开的主管部门,负责日常工作。\n",
     "福州市交通运输局"),
    ("根据《条例》的规定,编制本指南。\n漳州市人民政府办公室是全市政府信息公开工作的主管部门,负责推进、指导。\n",
     "漳州市人民政府办公室"),
    # the first item of what it publishes: its own functions
    ("为方便公民获取政府信息,编制本指南。\n(一)公开范围\n1.安徽省气象局职能、机构设置、办公地点、领导姓名。\n",
     "安徽省气象局"),
])
def test_a_guides_body_in_its_own_lines(opening, name):
    r = parse(opening + GUIDE_BODY)
    assert fact(r, "doc.agency") == name


def test_a_regulation_naming_the_office_in_charge_of_an_area_names_no_author():
    # guard: "省政府办公厅是全省政府信息公开工作的主管部门" in a province's rules is the rule, not a guide's body
    text = ("第一条 为了保障公民依法获取政府信息,制定本规定。\n第二条 县级以上人民政府应当编制政府信息公开指南。\n"
            "第三条 省政府办公厅是全省政府信息公开工作的主管部门,负责推进、指导、协调、监督全省的政府信息公开工作。\n")
    r = parse(text)
    assert fact(r, "doc.agency") is None


# --- a body's own catalogue -------------------------------------------------------------------------------------------

CATALOGUE = ("序号 | 公开事项 | 公开内容 | 公开依据 | 公开时限 | 公开主体 |\n"
             "1 | 机构职能 | 本机关职能、内设机构 | 《条例》 | 20个工作日 |\n")


@needs_divisions
@pytest.mark.parametrize(("title", "name"), [
    ("四川省自然资源厅政府信息主动公开基本目录", "四川省自然资源厅"),
    ("| 新余市渝水区水利局主动公开事项目录 | ||||", "新余市渝水区水利局"),
    ("上海市崇明区卫生健康委员会政府公开标准化目录(2024)", "上海市崇明区卫生健康委员会"),
])
def test_a_bodys_own_catalogue_names_it(title, name):
    r = parse(title + "\n" + CATALOGUE)
    assert fact(r, "doc.agency") == name


def test_a_systems_government_information_is_no_government():
    # guard: "某区文体广电旅游系统政府信息主动公开事项目录" has no government named 某区…系统政府
    from engine.parse.author import clean
    assert clean("柳州市柳江区文体广电旅游系统政府")[0] is None


# --- the publishing sentence --------------------------------------------------------------------------------------


@needs_divisions
def test_the_published_reports_body_with_its_short_form_declared():
    r = parse("根据《条例》要求,发布山东省煤田地质局(以下简称省煤田地质局)2023年政府信息公开工作年度报告。\n"
              + PERIOD + PARTS)
    assert fact(r, "doc.agency") == "山东省煤田地质局"
    assert fact(r, "doc.level") == "province"


def test_a_township_opening_with_a_conjunctions_character_after_the_year():
    # "现将2008年度与儿街镇…": after a year 与 is no conjunction; the text names the township's government too
    r = parse("根据上级要求,现将2008年度与儿街镇政府信息公开年度报告公布如下。\n一、概述\n"
              "与儿街镇人民政府认真贯彻落实《条例》。\n" + PARTS)
    assert fact(r, "doc.agency") == "与儿街镇"


# --- a party committee and its government reporting together --------------------------------------------------------

LAW_REPORT = "县委、县政府:\n2025年,我镇坚持依法行政,法治政府建设各项任务扎实推进。\n"


@needs_divisions
@pytest.mark.parametrize("head", [
    "中共云阳县双江镇委员会\n云阳县双江镇人民政府\n关于2025年法治政府建设情况的报告\n",
    "中共山丹县位奇镇委员会 山丹县位奇镇人民政府关于2025年法治政府建设情况的报告\n",
])
def test_a_joint_party_and_government_report_names_the_government(head):
    r = parse(head + LAW_REPORT)
    assert fact(r, "doc.agency").endswith("镇人民政府")
    assert not fact(r, "doc.agency").startswith("中共")


@needs_divisions
def test_a_cover_letter_sending_the_report_up_names_the_reports_body():
    text = ("德政办〔2018〕12号\n德令哈市人民政府办公室\n关于上报《德令哈市2017年度政府信息公开\n工作年度报告》的报告\n"
            "州政府信息与政务公开办公室:\n现将《德令哈市2017年政府信息公开工作年度报告》报上,请审示。\n2018年3月9日\n"
            "德令哈市2017年政府信息公开工作年度报告\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "德令哈市"


def test_a_cover_letter_whose_quoted_title_names_no_body_keeps_its_issuer():
    # guard: "某镇人民政府\n关于报送《2011年政府信息公开年度报告》的报告" — the issuer is the body
    text = ("福全镇人民政府\n关于报送《2011年政府信息公开年度报告》的报告\n县人民政府办公室:\n根据《条例》要求,现将我镇"
            "2011年政府信息公开年度报告报送如下。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "福全镇人民政府"


@pytest.mark.parametrize("title", ["桃源县公安局政府信息公开指南", "某某医院院内信息公开管理制度",
                                   "溆浦县教育局政府信息公开指南(2024年版)"])
def test_a_page_titled_as_a_guide_or_rules_is_no_summary(title):
    # a guide speaks as its body (我局) about disclosure; its title says what it is
    r = parse(title + "\n为了方便公众获得政府信息,我局编制信息公开指南如下:\n一、主动公开信息的范围和方式\n"
              "我局主动公开机构职能、政策文件等信息。\n二、依申请公开\n公民可以向我局申请获取政府信息。\n")
    assert fact(r, "doc.kind") == "other"


def test_a_report_titled_as_a_report_stays_one():
    # guard: a report whose text mentions its guide is still the report
    r = parse("某某县公安局2023年政府信息公开工作年度报告\n" + PERIOD.replace("2025", "2023")
              + "我局及时更新政府信息公开指南。\n" + PARTS)
    assert fact(r, "doc.kind") == "government_annual"


@needs_divisions
def test_a_streets_own_rules_name_it():
    r = parse("秋浦街道依申请公开制度\n第一条 为规范信息公开工作,依据《中华人民共和国政府信息公开条例》,"
              "结合本机关工作实际,制定本制度。\n第二条 本制度适用于本街道依申请公开工作。\n")
    assert fact(r, "doc.agency") == "秋浦街道"
    assert fact(r, "doc.level") == "township"


@needs_divisions
def test_a_guides_title_under_a_sites_menu_of_bullets():
    menu = "政务公开 > 政府信息公开\n" + "".join(f"  • {item}\n\n" for item in (
        "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"))
    r = parse(menu + "天津市人民政府侨务办公室政府信息公开指南\n\n为方便公民获取本机关的政府信息,编制本指南。\n"
              + GUIDE_BODY)
    assert fact(r, "doc.agency") == "天津市人民政府侨务办公室"
