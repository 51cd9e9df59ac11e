"""What a42 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

OPENING = "根据《中华人民共和国政府信息公开条例》和上级有关通知要求,"
TAIL = "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n"
AS_BUREAU = OPENING + "全面推进我局政府信息公开工作。" + TAIL
AS_TOWN = OPENING + "全面推进我镇政府信息公开工作。" + TAIL


# --- names ---------------------------------------------------------------------------------------------------------


def test_the_subject_before_xianjiang_publishes_its_own_report():
    # "…要求,某街现将2021年度信息公开工作报告如下": the publisher of its own report as the subject before 现将 (A218)
    r = parse(OPENING + "梅岭街现将2021年度信息公开工作报告如下:\n一、总体情况\n2021年,我街道办认真落实各项要求。")
    assert fact(r, "doc.agency") == "梅岭街"
    assert "梅岭街现将2021年度" in evidence(r, "doc.agency")


def test_xianjiang_with_no_subject_before_it_names_no_one():
    # guard: "要求,现将2021年度…报告如下" under 我街道 names no body
    r = parse(OPENING + "现将2021年度信息公开工作报告如下:\n一、总体情况\n2021年,我街道办认真落实各项要求。")
    assert fact(r, "doc.agency") is None


def test_xianjiang_before_another_document_names_no_publisher():
    # guard: 现将 before a plan of the year, not a report, is no subject's report
    r = parse("2021年,梅岭街现将2021年度政务公开工作要点印发给各社区,请认真抓好落实。")
    assert fact(r, "doc.agency") is None


def test_a_subject_that_resolutely_carries_out_opens_the_body():
    # "在2024年,某局坚决贯彻…": 坚决 as 坚持/认真 before the work (A218)
    r = parse("一、总体情况\n在2024年,云溪市经济合作局坚决贯彻落实上级部署,推进政务公开。\n(一)主动公开\n"
              + "我局全年主动公开信息120条。")
    assert fact(r, "doc.agency") == "云溪市经济合作局"
    assert "坚决贯彻" in evidence(r, "doc.agency")


def test_the_bodys_own_site_it_published_on_in_its_voice():
    # "2021年,某市某局网站公开信息总数357条" in a text that speaks as 我局: the body's own site, the weakest naming
    # (A219)
    r = parse(AS_BUREAU + "(一)主动公开情况。2021年,玉溪市民政局网站公开信息总数"
              "357条,微信公众号发布信息138条。")
    assert fact(r, "doc.agency") == "玉溪市民政局"
    assert "网站公开信息总数357条" in evidence(r, "doc.agency")
    r = parse(AS_BUREAU + "(一)主动公开情况。在玉溪市投资促进局网站公开信息457条。")
    assert fact(r, "doc.agency") == "玉溪市投资促进局"


def test_another_kinds_site_names_no_author():
    # guard: a township's text (我镇) that publishes on a bureau's site does not take the bureau's name; nor does a
    # clause with no place name a body
    r = parse(AS_TOWN + "(一)主动公开情况。2021年,玉溪市民政局网站公开信息总数357条。")
    assert fact(r, "doc.agency") is None
    r = parse(AS_BUREAU + "(一)主动公开情况。全年通过局网站公开信息357条。")
    assert fact(r, "doc.agency") is None


def test_anzhao_the_year_and_the_bodys_work_in_reality():
    # "本年报按照2022年某区某街道政务信息公开工作实际编制而成": 按照 as 根据 (A220)
    r = parse("本年报按照2022年云溪区城南街道政务信息公开工作实际编制而成。本年报由总体情况等五部分组成。" + TAIL)
    assert fact(r, "doc.agency") == "云溪区城南街道"
    assert "工作实际编制而成" in evidence(r, "doc.agency")


def test_a_subject_with_its_aim_as_the_core_opens_the_body():
    # "2025年,某县政府办公室以提升…质效为核心,…": 以…为核心 as 以…为指导 (A221)
    r = parse(OPENING + "编制本报告。" + TAIL
              + "2021年,湖口县政府办公室以提升政务公开质效为核心,严格落实各项部署。")
    assert fact(r, "doc.agency") == "湖口县政府办公室"
    assert "为核心" in evidence(r, "doc.agency")


def test_the_work_after_the_rules_cited_with_he():
    # "根据《条例》(…)和2023年某市财政局政府信息公开工作开展情况编制": the body's year of work after the rules (A222)
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和2021年玉溪市财政局政府信息公开工作"
              "开展情况编制。" + TAIL)
    assert fact(r, "doc.agency") == "玉溪市财政局"
    assert "开展情况编制" in evidence(r, "doc.agency")


def test_a_superiors_rules_after_the_cited_rules_name_no_author():
    # guard: "根据《条例》和市政府有关要求编制": a superior's requirement, no year of the body's work
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》和玉溪市人民政府办公室有关通知要求编制。" + TAIL
              + "2021年,我局认真落实各项部署。")
    assert fact(r, "doc.agency") is None


def test_its_own_rules_for_what_it_posts_name_the_body():
    # "制定印发《某区司法局信息发布管理制度》" under 我局: the body's own rules, as its plan's (A223)
    r = parse(AS_BUREAU + "我局高度重视政府信息公开工作。为规范工作,制定印发《莲湖区司法局信息发布管理制度》,"
              "不断完善审核机制。")
    assert fact(r, "doc.agency") == "莲湖区司法局"
    assert "信息发布管理制度" in evidence(r, "doc.agency")


def test_rules_it_follows_for_what_it_posts_name_no_author():
    # guard: rules the body follows (按照《…》), not rules it made
    r = parse(AS_BUREAU + "我局高度重视政府信息公开工作。按照《西安市司法局信息发布管理制度》要求,不断完善审核机制。")
    assert fact(r, "doc.agency") is None


def test_a_government_summing_up_its_areas_bodies_itself():
    # "由某区人民政府综合全区各部门和各乡镇…年度报告和统计数据编制而成": the government as written (A224)
    r = parse("本报告依据《中华人民共和国政府信息公开条例》要求,由徐水区人民政府综合全区各部门和各乡镇政府信息公开工作"
              "年度报告和统计数据编制而成。" + TAIL)
    assert fact(r, "doc.agency") == "徐水区人民政府"
    assert "综合全区各部门" in evidence(r, "doc.agency")


def test_a_centres_managing_office_is_a_body_of_its_own():
    # "市政务服务中心管理办公室2017年…报告": the office that runs the centre, kept whole (A225); a bureau's own office
    # still gives way to the bureau
    r = parse("市政务服务中心管理办公室2017年政府信息公开工作年度报告\n" + OPENING + "编制本报告。" + TAIL)
    assert fact(r, "doc.agency") == "市政务服务中心管理办公室"
    r = parse("曲阜市水利局办公室2017年政府信息公开工作年度报告\n" + OPENING + "编制本报告。" + TAIL)
    assert fact(r, "doc.agency") == "曲阜市水利局"


def test_a_bare_unit_joined_by_he_is_no_name():
    # "结合区域发展形势和街道工作实际": two things, no body (A226); the opening's own subject names it
    r = parse("结合区域发展形势和街道工作实际,强化组织领导。\n2022年,余杭街道深入贯彻落实上级部署,推进政务公开。"
              + TAIL)
    assert fact(r, "doc.agency") == "余杭街道"


def test_a_federations_short_title_gives_way_to_its_full_name():
    # title "2024年市残联…" under "年度报告是由某市残疾人联合会依据…编制而成的": the full name (A227, as A213's 发改委)
    r = parse("2021年市残联政府信息公开工作年度报告\n年度报告是由长春市残疾人联合会依据《中华人民共和国政府信息公开"
              "条例》编制而成的。" + TAIL)
    assert fact(r, "doc.agency") == "长春市残疾人联合会"
    r = parse("2021年市残联政府信息公开工作年度报告\n年度报告是由长春市妇女联合会依据《中华人民共和国政府信息公开条例》"
              "编制而成的。" + TAIL)
    assert fact(r, "doc.agency") == "市残联"


def test_an_area_whose_bodies_reports_the_text_joins():
    # "结合2014年理县各乡镇人民政府及县政府各工作部门的…年度报告编成本报告": the area summed up, as 综合 (A228)
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》规定,结合2021年理县各乡镇人民政府及县政府各工作部门的"
              "政府信息公开工作年度报告编成本报告。" + TAIL + "2021年,我县紧紧围绕《条例》精神推进公开工作。")
    assert fact(r, "doc.agency") == "理县"
    assert "各乡镇人民政府" in evidence(r, "doc.agency")


def test_a_plans_unit_above_its_next_item_is_no_signature():
    # "…动态更新。\n\n司法所\n\n2.规范…": the unit that carries out an item of a plan's table, no signature (A229);
    # a name under the last item, with its date, still signs
    plan = ("信息来源:中山市横栏镇人民政府\n关于印发横栏镇2022年政务公开工作要点分工方案的通知\n各部门:\n"
            "现将分工方案印发给你们,请认真贯彻执行。\n" + "一、推进规章集中公开。\n" * 12
            + "1.依托政府信息公开平台,及时做好镇内规范性文件动态更新。\n\n司法所\n\n2.规范行政法规使用,确保文本为最新"
              "版本。\n\n各有关单位\n\n3.各村(社区)做好公开栏更新。\n")
    r = parse(plan)
    assert fact(r, "doc.agency") != "司法所"
    r = parse(plan + "\n横栏镇人民政府\n2022年7月29日\n")
    assert fact(r, "doc.agency") != "司法所"


def test_an_enquiry_with_its_colon_is_a_contact():
    # "公众如对本报告有任何疑问可咨询:某区某街道办公室(地址:…)": a contact line, the township's office (A230)
    r = parse(AS_TOWN + "2021年,我街道认真落实各项部署。\n公众如对本报告有任何疑问可咨询:仓山区对湖街道办公室(地址:"
              "仓山区马厂街15号,联系电话0591-88251761)。")
    assert fact(r, "doc.agency") == "仓山区对湖街道"
    assert "可咨询:仓山区对湖街道办公室" in evidence(r, "doc.agency")


def test_a_subject_within_the_year_handling_requests():
    # "2021年内,某街道共办理4件政府信息公开申请": 年内 as the year, 共办理 as the year's verb (A231)
    r = parse(AS_TOWN + "(二)依申请公开。2021年内,通济街道共办理4件政府信息公开申请,均已办结。")
    assert fact(r, "doc.agency") == "通济街道"
    assert "2021年内,通济街道共办理" in evidence(r, "doc.agency")


def test_its_whole_list_of_what_it_publishes_names_the_body():
    # "更新完善《某街道政务公开全清单》": the body's own list, as its guide (A232)
    r = parse(AS_TOWN + "按照工作要求动态更新完善《广外街道政务公开全清单》,全年删减5项主动公开事项。")
    assert fact(r, "doc.agency") == "广外街道"
    assert "政务公开全清单" in evidence(r, "doc.agency")


def test_fabu_the_reports_own_title_names_its_body_and_year():
    # "…要求,发布《某市审计局2021年政府信息公开工作年度报告》": the publisher's report by its own title (A233, P25); a
    # notice's title in brackets names neither
    r = parse("根据《中华人民共和国政府信息公开条例》规定,发布《重庆市审计局2021年政府信息公开工作年度报告》。\n"
              "一、总体情况\n公开了2020年度市级预算执行审计情况等8条审计结果。")
    assert fact(r, "doc.agency") == "重庆市审计局"
    assert fact(r, "doc.year") == 2021
    r = parse("根据市政府办公厅发布《关于做好2021年政府信息公开工作年度报告编制发布工作的通知》要求,我局认真编制本"
              "报告。\n一、总体情况\n2021年,我局认真落实各项部署。")
    assert fact(r, "doc.agency") is None


def test_a_subject_that_strengthens_its_leadership_of_the_work():
    # "按照…部署,某委加强对信息公开工作的组织领导": 加强对…领导 as the subject's verb (A234)
    r = parse(OPENING + "编制本报告。" + TAIL + "按照北京市和东城区工作部署,北京市东城区发展和改革委员会加强对信息公开"
              "工作的组织领导,明确牵头责任部门。")
    assert fact(r, "doc.agency") == "北京市东城区发展和改革委员会"


def test_a_subject_publishing_its_own_levels_report():
    # "某办事处向社会公布2021年度本级政府信息公开年度报告": 本级 as 本机关 (A235)
    r = parse("郑州高新技术产业开发区双桥办事处向社会公布2021年度本级政府信息公开年度报告。本报告共分五个部分。" + TAIL)
    assert fact(r, "doc.agency") == "郑州高新技术产业开发区双桥办事处"


def test_its_own_rules_titled_with_their_date():
    # "上海市口岸服务办公室政务公开实施细则(20180206)": the body's own rules, their date in the bracket (A236)
    r = parse("上海市口岸服务办公室政务公开实施细则(20180206)\n第一章 总则\n第一条 为推进政务公开,制定本细则。")
    assert fact(r, "doc.agency") == "上海市口岸服务办公室"


def test_a_verb_that_builds_is_no_part_of_a_townships_name():
    # "我镇加大投入,建起坦洲镇信息管理报送系统": the township after a verb of building names no subject (A237)
    r = parse(AS_TOWN + "过去两年,我镇加大投入,建起坦洲镇信息管理报送系统,要求各村确定1名信息员。")
    assert fact(r, "doc.agency") != "建起坦洲镇"


def test_a_pictures_credit_is_no_source_of_the_page():
    # "图片来源:教育部网站": the picture's credit, not the page's issuer (A238); the page's own 来源 still is
    r = parse("高校信息公开工作迈上新台阶\n文章来源:发布时间:2017-10-27\n图片来源:教育部网站\n近年来,各高校陆续发布"
              "信息公开年度报告,社会关注度不断提高。")
    assert fact(r, "doc.agency") is None


def test_a_bodys_units_together_are_no_author():
    # "我院依据院内各系部2020-2021学年信息公开情况编制本报告": the school's units, many (A239)
    r = parse("根据上级通知要求,我院依据院内各系部2020-2021学年信息公开情况编制本报告。\n一、概述\n"
              "学院认真落实各项要求。")
    assert fact(r, "doc.agency") != "院内各系部"


def test_a_titles_generic_government_takes_the_place_its_office_writes():
    # "县人民政府\n2016年…年度报告" under "本报告由曹县人民政府办公室…编制": the title's government with its
    # place (A240)
    r = parse("县人民政府\n\n2021年政府信息公开工作年度报告\n\n本报告由曹县人民政府办公室按照《中华人民共和国政府信息"
              "公开条例》要求编制。" + TAIL)
    assert fact(r, "doc.agency") == "曹县人民政府"


def test_an_areas_disclosure_office_summing_up_its_bodies_reports():
    # "本年度报告是某区政务公开办公室依据《条例》…和全区政府机关信息公开年度报告情况汇总后编制而成的": the area (A241,
    # as A5)
    r = parse("本年度报告是九台区政务公开办公室依据《中华人民共和国政府信息公开条例》和全区政府机关信息公开年度报告情况"
              "汇总后编制而成的。" + TAIL)
    assert fact(r, "doc.agency") == "九台区"


# --- figures -------------------------------------------------------------------------------------------------------


def test_chinese_digits_side_by_side_are_no_count():
    # "受理各类信息公开咨询,居民也可以通过位于东四六条17号…": 四六 is a street's name, 两三件 a few; neither a count
    # (F191); 二〇二一 and 四十六 still are numbers
    r = parse(AS_BUREAU + "在办公室设立了接待窗口,受理各类信息公开咨询,居民也可以通过位于东四六条17号的大厅索取材料。")
    assert fact(r, "consultations.total") is None
    r = parse(AS_BUREAU + "全年接受信息公开咨询四十六次。")
    assert fact(r, "consultations.total") == 46


def test_a_consultation_kind_among_the_kinds_of_items_published():
    # "在主动公开的信息中,工作动态信息类248条,…;问题咨询类48条": a kind of post, no consultations (F192)
    r = parse(AS_BUREAU + "2021年共主动公开政府信息524条。在主动公开的信息中,工作动态信息类248条,占总体比例约为47.3%;"
              "问题咨询类48条,占总体比例约为9.2%;通知公告类信息96条。")
    assert fact(r, "consultations.total") is None
    assert fact(r, "proactive.new") == 524
    r = parse(AS_BUREAU + "全年接受群众信息公开咨询类48条,均已答复。")
    assert fact(r, "consultations.total") == 48


def test_a_call_to_respond_is_no_request():
    # "未接到公众关注热点或重大舆情回应的申请": a call to respond to public concern, no disclosure request (F193)
    r = parse(AS_BUREAU + "2021年,我社未接到公众关注热点或重大舆情回应的申请。")
    assert fact(r, "requests.received") is None
    r = parse(AS_BUREAU + "2021年,我社未接到政府信息公开申请。")
    assert fact(r, "requests.received") == 0


# --- kind ----------------------------------------------------------------------------------------------------------


SUMMED_REPORT = ("2021年,在区委、区政府的正确领导下,梅岭镇认真贯彻执行《中华人民共和国政府信息公开条例》,不断规范公开"
                 "程序。现将有关工作总结如下。\n一、政府信息公开工作开展情况\n一是强化组织机构,镇领导小组负责日常工作。\n"
                 "二、主动公开政府信息情况\n2021年梅岭镇在区政府信息公开网站平台共主动公开各类政府信息44条。\n"
                 "三、依申请公开政府信息和不予公开政府信息的情况\n收到并受理公开政府信息申请15件,均按规定答复。\n")


def test_the_old_formats_parts_with_a_fee_part_make_a_report_whatever_the_opening_calls_it():
    # the 2007 format's proactive, request and fee parts under their own headings, the appeals part cut off, under
    # an opening that says 现将有关工作总结如下: the report (K47)
    r = parse(SUMMED_REPORT + "四、政府信息公开的收费及减免情况\n无。\n五、因政府信息公开申请行")
    assert fact(r, "doc.kind") == "government_annual"
    assert r.status == "ok"


def test_the_same_summary_with_no_fee_part_stays_a_summary():
    # guard: the same page cut before any fee part is the summary its opening says
    r = parse(SUMMED_REPORT + "四、存在的问题\n宣传力度有待加强。")
    assert fact(r, "doc.kind") == "work_summary"


def test_desks_set_up_are_no_consultations():
    # "设立咨询台20个": the desks at an event, not the consultations they took (F194); 咨询台 taking people is
    r = parse(AS_BUREAU + "活动现场设立咨询台20个,发放资料3000份。")
    assert fact(r, "consultations.total") is None
    r = parse(AS_BUREAU + "全年通过咨询台接待群众信息公开咨询20人次。")
    assert fact(r, "consultations.total") == 20


def test_none_from_the_public_and_bodies_is_none_received():
    # "未收到公众、法人或其他组织对政府信息公开的申请": the public stands for persons, so all applicants (F195); a
    # denial naming bodies alone still says nothing of persons
    r = parse(AS_BUREAU + "(二)依申请公开情况。2021年我局未收到公众、法人或其他组织对政府信息公开的申请。")
    assert fact(r, "requests.received") == 0
    r = parse(AS_BUREAU + "(二)依申请公开情况。2021年我局未收到法人或其他组织对政府信息公开的申请。")
    assert fact(r, "requests.received") is None


def test_banli_alone_counts_those_handled_and_no_intake():
    # "全年办理政府信息公开申请60件": those handled — the web README's 处理 for completed — and no received count
    # (F14 as a42 revised it); some carried on into the next year, or a later 办结 count, leave it the year's load
    r = parse(AS_BUREAU + "(二)依申请公开。全年办理政府信息公开申请60件;办理因政府信息公开引起的行政复议1件。")
    assert fact(r, "requests.completed") == 60
    assert fact(r, "requests.received") is None
    r = parse(AS_BUREAU + "(二)依申请公开。全年办理政府信息公开申请96宗(结转下年度继续办理1宗),做到了规范答复。")
    assert fact(r, "requests.completed") is None
    assert fact(r, "requests.received") is None
    assert fact(r, "requests.carried_forward") == 1
    r = parse(AS_BUREAU + "(二)依申请公开。全县共办理政府信息公开申请40件,办结38件。")
    assert fact(r, "requests.completed") == 38
    r = parse(AS_BUREAU + "(二)依申请公开。全年共接受办理政府信息公开申请623件。")
    assert fact(r, "requests.received") == 623


def test_the_reports_parts_counted_are_no_requests():
    # "本年报由总体情况、…、收到和处理政府信息公开申请情况等六个部分组成": the parts, no count (F196)
    r = parse("本年报由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分组成。" + TAIL
              + "2021年,我街道认真落实各项部署。")
    assert fact(r, "requests.received") is None


def test_a_fax_number_after_zero_is_no_none():
    # "传真申请:传真号码为021-63586443": a number that opens with 0, no "为0" (F197)
    r = parse(AS_BUREAU + "(一)申请渠道\n4、传真申请:传真号码为021-63586443。请注明“政府信息公开申请”字样。")
    assert fact(r, "requests.received") is None
    r = parse(AS_BUREAU + "(二)依申请公开。本年度依申请公开申请数为0。")
    assert fact(r, "requests.received") == 0


def test_yixiang_before_its_noun_is_no_count():
    # "政府公报…是公开政府信息的一项重要措施": 一项 the noun's classifier (F198); 一项 closing its clause counts
    r = parse(AS_BUREAU + "政府公报实行免费赠阅,是各级政府公开政府信息的一项重要措施。")
    assert fact(r, "proactive.new") is None


def test_requests_formally_submitted():
    # "收到2宗正式提交的政府信息公开申请": how formally, between the count and the noun (F199)
    r = parse(AS_BUREAU + "二、依申请公开政府信息情况\n2021年,省文化厅收到2宗正式提交的政府信息公开申请。")
    assert fact(r, "requests.received") == 2


def test_accepted_and_answered_with_huifu():
    # "受理并按时回复政府信息依申请公开事项19项": 回复 as 答复 (F200)
    r = parse(AS_BUREAU + "(二)依申请公开。2021年度,管委会受理并按时回复政府信息依申请公开事项19项,全部为自然人申请。")
    assert fact(r, "requests.completed") == 19
    assert fact(r, "requests.received") == 19


def test_all_answered_by_the_statute_by_its_name():
    # "…共50件,已全部严格按照《中华人民共和国政府信息公开条例》进行答复": all answered (F201)
    r = parse(AS_BUREAU + "(二)依申请公开。我局收到依申请信息公开共50件,已全部严格按照《中华人民共和国政府信息公开"
              "条例》进行答复。")
    assert fact(r, "requests.completed") == 50


# --- ingest --------------------------------------------------------------------------------------------------------


def test_the_variant_shaan_of_shaanxi_is_read_as_its_simplified_form():
    # 陜西: a variant of 陝 that mirrors write and t2s leaves alone (S25)
    r = parse("陜西省教育厅2021年政府信息公开工作年度报告\n" + OPENING + "编制本报告。" + TAIL)
    assert fact(r, "doc.agency") == "陕西省教育厅"
    assert fact(r, "doc.level") == "province"


def test_none_of_the_old_formats_request_and_fee_parts_by_their_names():
    # "全年未出现依申请公开政府信息和不予公开政府信息的情况", "全年未出现政府信息公开的收费及减免情况": the 2007
    # format's parts by their names, none (F202)
    r = parse(AS_TOWN + "(一)依申请公开政府信息和不予公开政府信息的情况\n全年未出现依申请公开政府信息和不予公开政府"
              "信息的情况。\n(二)政府信息公开的收费及减免情况\n全年未出现政府信息公开的收费及减免情况。")
    assert fact(r, "requests.received") == 0
    assert fact(r, "fees.charged_yuan") == 0


def test_another_things_done_count_leaves_banli_those_handled():
    # "依法办理依申请公开申请6件,办结人大代表建议案1件": the 办结 after it is a deputy's proposal's (F14, a42)
    r = parse(AS_BUREAU + "(二)依申请公开。依法办理依申请公开申请6件,办结人大代表建议案1件,均在规定工作日内予以回复。")
    assert fact(r, "requests.completed") == 6


def test_a_guides_parts_on_requests_and_fees_make_no_report():
    # a guide (指南) has parts on 主动公开, 依申请公开 and its fees too: K47 is no guide's
    r = parse("《指南》每年更新一次,公众可在本单位网站上查阅。\n一、主动公开信息\n(一)公开的范围。本机关主动向社会"
              "免费公开的信息范围参见本机关编制的目录。\n二、依申请公开信息\n(一)受理机构。本机关受理政府信息公开申请。\n"
              "三、收费及减免\n本机关依申请提供政府信息,不收取费用。\n")
    assert fact(r, "doc.kind") != "government_annual"


def test_gongbu_before_the_kinds_and_their_total():
    # "全年通过…公告公示栏、…平台等公布党务政务、项目建设…等信息共计186条": 公布 as the phrase's verb (F203)
    r = parse(AS_TOWN + "(一)主动公开。全年通过镇村两级公告公示栏、县人民政府网本镇平台等公布党务政务、项目建设、民政"
              "救助等信息共计186条。")
    assert fact(r, "proactive.new") == 186


def test_no_fee_charged_said_with_chuxian():
    # "没有出现收取依申请公开信息相关费用的情况": 出现 as 发生 (F204)
    r = parse(AS_BUREAU + "(二)依申请公开。没有出现收取依申请公开信息相关费用的情况。")
    assert fact(r, "fees.charged_yuan") == 0


def test_a_title_wrapped_before_its_noun_keeps_the_heading_under_it():
    # "某镇人民政府2019年度政府信息公开\n年度报告\n一、总体情况": the title ends on its second line; the third line is
    # the text's first heading, not the title's (S26) — a report, as its title says
    r = parse("埠子镇人民政府2021年度政府信息公开\n年度报告\n一、总体情况\n2021年,我镇认真贯彻落实《政府信息公开条例》,"
              "按照区委区政府的部署开展政府信息公开工作。全年主动公开各类信息100余条。\n")
    assert fact(r, "doc.kind") == "government_annual"
    assert r.status == "ok"


def test_a_count_whose_bracket_holds_earlier_years_is_not_the_years():
    # "本局2011年度共主动公开政府信息417条(此数含2008年以来所有主动公开信息数)": years of items (F205)
    r = parse(AS_BUREAU + "本局2021年度共主动公开政府信息417条(此数含2018年以来所有主动公开信息数),主动公开目录"
              "已更新。")
    assert fact(r, "proactive.new") is None
    r = parse(AS_BUREAU + "本局2021年度共主动公开政府信息417条,主动公开目录已更新。")
    assert fact(r, "proactive.new") == 417


def test_the_whole_years_sum_on_its_own_site_is_the_years():
    # "打造新版某委政务网站,全年累计发布相关信息6728条": 全年累计 sums the year (F206)
    r = parse(AS_BUREAU + "一是聚焦法定事项主动公开。打造新版重庆市农业农村委员会政务网站,全年累计发布相关信息6728条。"
              "公开公务员招考信息等相关信息2条。")
    assert fact(r, "proactive.new") == 6728
