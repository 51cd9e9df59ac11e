"""Synthetic information-disclosure annual reports (政府/高校信息公开工作年度报告) for throughput tests.

`generate(n, seed)` yields (file name, text) for n documents of about 10 KB each (UTF-8), the same for the
same seed; a shorter run is a prefix of a longer one. Kinds come in shuffled blocks of 20 so every kind
appears in every 20 files:

  6 gov2007     2008–2018 prose reports in seven parts (province, city, county, township, department)
  3 gov2019     2019–2020 reports in the trial format (表二/表三/表四 flattened to lines; 表三 has 23 rows)
  7 gov2021     2021–2024 reports in the prescribed format (表三 has 25 rows)
  2 university  高校 academic-year reports (10 清单 categories, 招生十公开)
  1 summary     a 政务公开工作总结 (not a report)
  1 template    a blank report template full of XX (not a report)

About 30% of the documents carry a defect: each block features four defect types in rotation (so 40 files
cover all seven) and two more drawn at random, and one defective document in seven gets a second one.

  late           published after the deadline (2008–2018: 31 March; 2019+: 31 January for departments,
                 31 March for governments; universities: 31 October after the academic year)
  missing_part   statutory parts left out (2007 prose: 收费/复议诉讼/问题/其他; 2019+: 四/五/六);
                 universities: half the 招生十公开 items not mentioned
  placeholders   XX / ×× / 20XX年 left in the text
  table3         表三 does not add up (a row total, a column total or the first row is off by a few)
  trial_columns  a 2021+ report with the 2019 trial 表二 (本年新制作数量, 政府集中采购 …)
  cost_fees      a 2019+ report charging 检索费/复制费 instead of 信息处理费
  no_review      neither 保密审查 nor any other review arrangement is mentioned

Agencies come from invented place names × agency types and are reused across years, so one agency has
several reports (history). One file per block is GBK-encoded (`Synth.encoding`, "-gbk" in the name).

The prose is assembled from phrase lists written for this file; padding never contains a number with a
unit, a heading marker or a word the parser keys on (see FORBIDDEN), so it cannot change what is parsed.

usage: python bench/synth.py --n 100 --out DIR [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# ---------------------------------------------------------------------------------------------------------
# kinds, defects, schedule

BLOCK = (("gov2007", 6), ("gov2019", 3), ("gov2021", 7), ("university", 2), ("summary", 1), ("template", 1))
KINDS = tuple(k for k, _ in BLOCK)
BLOCK_SIZE = sum(n for _, n in BLOCK)
PARSED_KIND = {"gov2007": "government_annual", "gov2019": "government_annual", "gov2021": "government_annual",
               "university": "university_annual", "summary": "work_summary", "template": "template"}
DEFECTS = ("table3", "late", "missing_part", "placeholders", "cost_fees", "trial_columns", "no_review")
COMPATIBLE = {
    "gov2007": ("late", "missing_part", "placeholders", "no_review"),
    "gov2019": ("table3", "late", "missing_part", "placeholders", "cost_fees", "no_review"),
    "gov2021": DEFECTS,
    "university": ("late", "missing_part", "placeholders", "no_review"),
    "summary": (), "template": (),
}
FEATURED_PER_BLOCK = 4
RANDOM_PER_BLOCK = 2
SECOND_DEFECT_RATE = 1 / 7
LEVEL_WEIGHTS = (("department", 45), ("county", 20), ("city", 14), ("township", 15), ("province", 6))
REUSE_RATE = 0.75  # chance that a government document goes to an agency already used

# ---------------------------------------------------------------------------------------------------------
# vocabulary (written for this file)

PLACE_1 = "青白云柳金石清东西南平永长新龙凤桂松梅兰竹泉溪河湖江山丰宁阳华荣嘉明德兴乐庆福瑞临望秀玉沙横桃杏芦"
PLACE_2 = "川岭阳江州源宁丰台浦塘门林口湾桥城原坪溪峰泽陵水亭田坝洲安和宜昌平隆盛滨"
TOWN_SUFFIX = ("镇", "镇", "镇", "乡")
# (name, how it calls itself, area of work, first and last year of the name): the 2018 reform renamed many
# departments, so a department's name fits the years it reports on
DEPARTMENTS = (
    ("财政局", "我局", "财政", 2008, 2030), ("教育局", "我局", "教育", 2008, 2030),
    ("环境保护局", "我局", "环境保护", 2008, 2018), ("生态环境局", "我局", "生态环境", 2019, 2030),
    ("人力资源和社会保障局", "我局", "人社", 2009, 2030), ("国土资源局", "我局", "国土资源", 2008, 2018),
    ("自然资源和规划局", "我局", "自然资源", 2019, 2030), ("住房和城乡建设局", "我局", "住房城乡建设", 2008, 2030),
    ("交通运输局", "我局", "交通运输", 2009, 2030), ("水利局", "我局", "水利", 2008, 2030),
    ("农业局", "我局", "农业", 2008, 2018), ("农业农村局", "我局", "农业农村", 2019, 2030),
    ("卫生局", "我局", "卫生", 2008, 2013), ("卫生和计划生育委员会", "我委", "卫生计生", 2014, 2018),
    ("卫生健康委员会", "我委", "卫生健康", 2019, 2030), ("民政局", "我局", "民政", 2008, 2030),
    ("发展和改革委员会", "我委", "发展改革", 2008, 2030), ("司法局", "我局", "司法行政", 2008, 2030),
    ("商务局", "我局", "商务", 2008, 2030), ("统计局", "我局", "统计", 2008, 2030),
    ("安全生产监督管理局", "我局", "安全监管", 2008, 2018), ("应急管理局", "我局", "应急管理", 2019, 2030),
    ("工商行政管理局", "我局", "工商", 2008, 2018), ("质量技术监督局", "我局", "质监", 2008, 2018),
    ("市场监督管理局", "我局", "市场监管", 2019, 2030), ("文化广电新闻出版局", "我局", "文化", 2010, 2018),
    ("文化广电和旅游局", "我局", "文化旅游", 2019, 2030), ("医疗保障局", "我局", "医疗保障", 2019, 2030),
    ("审计局", "我局", "审计", 2008, 2030), ("林业局", "我局", "林业", 2008, 2030),
    ("退役军人事务局", "我局", "退役军人事务", 2019, 2030), ("科学技术局", "我局", "科技", 2008, 2030),
    ("规划局", "我局", "规划", 2008, 2018),
)
PROVINCE_DEPARTMENTS = (
    ("教育厅", "我厅", "教育", 2008, 2030), ("财政厅", "我厅", "财政", 2008, 2030),
    ("交通运输厅", "我厅", "交通运输", 2009, 2030), ("环境保护厅", "我厅", "环境保护", 2008, 2018),
    ("生态环境厅", "我厅", "生态环境", 2019, 2030), ("民政厅", "我厅", "民政", 2008, 2030),
    ("国土资源厅", "我厅", "国土资源", 2008, 2018), ("自然资源厅", "我厅", "自然资源", 2019, 2030),
    ("卫生健康委员会", "我委", "卫生健康", 2019, 2030), ("工商行政管理局", "我局", "工商", 2008, 2018),
    ("市场监督管理局", "我局", "市场监管", 2019, 2030), ("水利厅", "我厅", "水利", 2008, 2030),
    ("司法厅", "我厅", "司法行政", 2008, 2030),
)
UNIVERSITY_TYPES = ("大学", "理工大学", "师范大学", "理工学院", "师范学院", "医学院", "职业技术学院", "财经学院",
                    "农林大学", "工程学院", "科技学院", "交通职业学院")

FOCUS = (
    "财政预决算", "重大建设项目", "公共资源配置", "社会救助", "义务教育", "公共卫生", "生态环境保护",
    "食品药品安全", "安全生产", "征地补偿", "保障性住房", "就业创业", "养老服务", "农村集体“三资”管理",
    "国土空间规划", "市场监管执法", "政府采购", "国有资产管理", "审计整改", "应急管理", "防汛抗旱",
    "文化惠民工程", "城市更新", "医疗保障", "水资源保护", "耕地保护", "交通基础设施", "污染防治",
    "城乡环境整治", "重大民生项目",
)
FOCUS_ERA = (("新农村建设", 2008, 2017), ("乡村振兴", 2018, 2030), ("疫情防控", 2020, 2022),
             ("“放管服”改革", 2016, 2030), ("减税降费", 2016, 2030), ("优化营商环境", 2017, 2030),
             ("脱贫攻坚", 2016, 2020), ("“十二五”规划实施", 2011, 2015), ("“十三五”规划实施", 2016, 2020),
             ("“十四五”规划实施", 2021, 2030), ("保障性安居工程", 2008, 2016), ("医药卫生体制改革", 2009, 2015),
             ("稳就业保民生", 2020, 2022), ("老旧小区改造", 2019, 2030), ("助企纾困", 2022, 2030))
CHANNELS = (("政府门户网站", 2008), ("政府公报", 2008), ("新闻发布会", 2008), ("政务公开栏", 2008),
            ("档案馆查阅点", 2008), ("公共图书馆查阅点", 2008), ("广播电视", 2008), ("政务微博", 2011),
            ("政务微信公众号", 2014), ("“12345”热线", 2015), ("移动客户端", 2016), ("政务服务中心公开专区", 2017),
            ("政务短视频账号", 2020))
VOCAB: dict[str, tuple[str, ...]] = {
    "priority": ("重要位置", "突出位置", "全局工作的重要位置", "依法行政的基础位置"),
    "action": ("完善", "健全", "规范", "优化", "细化", "落实"),
    "mechanism": ("信息发布协调机制", "政策解读与回应关切机制", "公开目录动态更新机制", "政务舆情收集研判机制",
                  "重大决策预公开制度", "政务公开工作联络员制度", "网站内容更新通报制度", "公众参与重大决策制度",
                  "公开事项动态调整制度", "依申请公开办理工作规程", "政策文件集中发布制度"),
    "effect": ("公开的针对性和实效性进一步增强", "群众的知情权、参与权和监督权得到较好保障",
               "政府工作透明度稳步提升", "政务公开的规范化水平明显提高", "社会各界对政府工作的理解和支持不断增加",
               "公开工作的质量和效率有了新的提高", "政务公开助推重点工作落实的作用更加明显"),
    "group": ("企业和群众", "市场主体", "基层群众", "老年人等特殊群体", "外来务工人员", "困难群众",
              "中小微企业", "社会公众", "服务对象", "辖区居民"),
    "form": ("图解", "短视频", "问答", "在线访谈", "专家解读", "长图", "动漫", "政策明白卡", "案例解读"),
    "work": ("重点项目建设", "优化营商环境", "民生实事", "基层治理", "作风建设", "法治政府建设", "数字政府建设",
             "“放管服”改革", "乡村治理", "安全生产专项整治"),
    "column": ("政策文件库", "政策解读", "重点领域信息公开", "民生实事", "惠企政策", "公示公告",
               "建议提案办理", "政府开放日", "财政信息", "人事信息"),
    "content": ("政策依据", "实施方案", "资金分配结果", "项目审批结果", "监督检查结果", "补助对象名单", "办事指南",
                "责任人名单", "工作进展情况", "年度计划", "执行情况", "绩效评价结果", "招标投标信息", "批准文件",
                "建设进度", "验收结果", "受益对象", "服务标准"),
    "event": ("政府开放日", "政策宣讲进社区", "局长接待日", "公开日", "走进直播间", "政策进企业"),
    "reason": ("对政务公开工作的认识还不够到位", "工作力量相对薄弱，兼职人员较多", "统筹协调和督促指导还不够有力",
               "制度执行的刚性约束不足", "业务学习的针对性不够强", "基层单位之间工作进展不够平衡"),
    "problem": ("部分单位公开意识不强，主动公开的内容与群众期待还有差距",
                "个别栏目更新不够及时，信息发布存在重发布、轻维护的现象",
                "政策解读的形式比较单一，文字解读多，图解和视频解读少", "基层政务公开的标准化规范化水平还不高",
                "依申请公开答复的说理还不够充分", "政务新媒体的互动回应功能发挥不够充分",
                "公开信息的可读性和易用性还需提升", "工作人员业务能力参差不齐，人员变动较为频繁",
                "网站搜索和导航功能不够便捷", "重大决策预公开的范围还不够广",
                "部分公开内容格式不规范、要素不完整", "政务数据开放程度还不高", "与群众的互动交流还不够深入"),
    "measure": ("建立栏目更新定期巡查和通报制度", "推行政策文件与解读材料同步起草、同步发布",
                "加强业务学习，提升工作人员的政策水平和业务能力", "完善政务公开标准目录并实行动态调整",
                "规范依申请公开办理流程，增强答复文书的说理性", "拓展图解、短视频等解读形式",
                "推动政务公开向基层延伸", "优化网站搜索功能和栏目设置", "扩大重大决策预公开范围",
                "加强政务新媒体管理，提升互动回应质量", "把政务公开工作纳入年度工作要点统筹推进",
                "建立健全公众意见收集和反馈机制", "加强对基层单位的业务指导"),
    "future": ("推动政务公开工作再上新台阶", "切实提高政务公开的质量和实效", "更好地服务经济社会发展",
               "进一步增强政府公信力", "让政务公开更好地惠及群众"),
    "uni_goal": ("依法治校", "建设现代大学制度", "推进民主管理", "提升治理能力"),
    "uni_unit": ("职能部门", "二级学院", "直属单位", "教学单位"),
    "uni_column": ("基本信息", "财务资产", "人事师资", "教学质量", "学生管理服务", "学风建设", "对外交流"),
    "uni_channel": ("学校主页", "校报", "校园广播", "官方微信", "教代会", "电子显示屏"),
    "uni_problem": ("部分二级学院网页信息更新偏慢", "信息公开网的查找功能不够方便", "个别部门对信息公开的重视程度不够",
                    "公开信息的解读说明还不够充分", "师生参与信息公开监督的渠道还不多",
                    "信息公开工作人员多为兼职，业务水平有待提高", "部分栏目的内容与师生关注点结合不够紧密"),
    "uni_measure": ("把二级学院网页纳入定期检查", "升级信息公开网的查找功能", "加强信息公开联络员队伍建设",
                    "拓展师生意见反馈渠道", "完善信息公开工作责任制", "加强对重要信息的解读说明",
                    "及时公开师生关注的热点事项"),
    "uni_focus": ("食堂饭菜价格", "宿舍调整", "校园安全", "后勤服务", "评奖评优", "校园建设工程", "图书资源建设"),
    "t_topic": ("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障", "政策解读", "回应关切",
                "公开载体建设", "重点领域信息公开"),
    "t_req": ("文字应简洁明了", "数据应与统计表格保持一致", "不得空项漏项", "突出本年度工作特点",
              "有关数据以统计期限内的实际情况为准", "内容应真实准确", "表述应规范统一"),
    "t_note": ("表格中无数据的栏目请填写“0”", "本模板中的XX为待填写内容，正式发布前应全部替换",
               "请勿改变表格的行列顺序", "报告正文与表格数据须相互印证", "金额单位按表头要求填写",
               "报告正文不宜过长，重点说明本年度的新做法"),
}

# padding sentences by theme: {name} is filled from VOCAB or the document's context, {name2} is a second,
# different pick from the same list
PAD: dict[str, tuple[str, ...]] = {
    "general": (
        "{self}把政务公开摆在{priority}，围绕{focus}、{focus2}等重点工作部署公开任务，{effect}。",
        "在{channel}开设“{column}”专栏，集中发布{focus}方面的信息，方便{group}查询获取。",
        "坚持政策发布与解读同步，综合运用{form}、{form2}等方式解读重要政策，让{group}看得懂、用得上。",
        "围绕{group}普遍关心的{focus}问题，主动发布权威信息，及时回应社会关切，正确引导舆论。",
        "{action}{mechanism}，明确各{subunit}的职责分工和办理时限，形成上下联动、协调一致的工作格局。",
        "依托{channel}和{channel2}推动信息多渠道同步发布，扩大政府信息的覆盖面和影响力。",
        "把政务公开与{work}结合起来，以公开促落实、促规范、促服务，{effect}。",
        "对照政务公开标准目录，逐项梳理{focus}等领域的公开事项，明确公开内容、公开时限和公开方式。",
        "加强政府网站和政务新媒体日常管理，落实内容保障和信息更新责任，及时清理错链断链和空白栏目。",
        "通过“{event}”等活动邀请{group}走进机关、参与监督，增进了解、凝聚共识。",
        "推进{focus}领域基层政务公开标准化规范化建设，统一栏目设置和公开格式。",
        "建立健全政策文件库，对现行有效的规范性文件集中分类展示，并根据清理结果及时更新。",
        "{self}主要负责同志多次听取政务公开工作汇报，研究解决工作中遇到的困难和问题。",
        "每年初印发政务公开工作要点，将任务分解到各{subunit}，明确责任人和完成时限，并在年中开展督促检查。",
        "注重发挥政务公开在{work}中的作用，做到决策过程公开、执行过程透明、结果及时发布。",
        "坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开，保障{group}的知情权。",
        "进一步{action}{mechanism}，推动公开工作从“有没有”向“好不好”转变。",
        "重大行政决策事项在出台前广泛听取{group}意见，并通过{channel}反馈意见采纳情况。",
        "针对{focus}领域信息专业性强的特点，组织业务科室编写通俗易懂的办事指引，减少群众跑腿。",
        "注重从{group}的视角梳理公开内容，把群众想知道的和政府该公开的结合起来。",
        "在{focus}方面，重点公开了{content}、{content2}和{content3}，{effect}。",
        "围绕{focus}，及时发布{content}和{content2}，主动接受社会监督。",
        "对{focus}等群众关注度高的信息，做到应公开尽公开、应解读尽解读。",
        "{self}注重公开工作的制度建设，先后{action}{mechanism}和{mechanism2}，工作基础进一步夯实。",
        "把握公开时效，涉及{group}切身利益的政策文件在印发后及时上网，解读材料同步发布。",
        "坚持需求导向，通过{channel}收集{group}的意见建议，作为改进公开工作的重要参考。",
        "以标准目录为依据，对{focus}等事项实行清单化管理，公开内容更加系统完整。",
        "发挥{channel}传播快、覆盖广的优势，把政策信息及时送到{group}手中。",
        "在{focus}工作中推行阳光操作，把办事依据、办理流程和办理结果一并公开。",
        "对重要政策的出台背景、主要内容和执行要点进行解读，帮助{group}准确理解政策。",
        "组织各{subunit}开展公开内容自查，对格式不规范、内容不完整等问题逐项整改。",
        "推动政务公开与政务服务深度融合，在办事指南中同步公开政策依据和办理条件。",
        "坚持把政务公开作为转变作风、改进服务的重要抓手，推动各项工作在阳光下运行。",
        "结合{work}梳理形成公开事项清单，逐项明确责任单位和公开时限。",
        "建立政策问答知识库，对{group}反映集中的问题统一口径、及时答复。",
        "注重用群众语言讲政策，减少专业术语，增强公开信息的可读性。",
        "对{focus}相关的重大决策，通过听证会、座谈会等形式广泛听取意见。",
        "加强政务舆情监测，对涉及{focus}的社会关切及时回应，做到早发现、早研判、早处置。",
        "将政务公开列入{self}年度重点任务，与业务工作同部署、同推进、同落实。",
        "督促各{subunit}按时更新公开内容，对更新不及时的栏目及时提醒、限期整改。",
        "把条例和相关文件纳入干部学习内容，提高依法公开的意识和能力。",
        "在{channel}集中展示{focus}领域的政策文件和办事指南，提供一站式查询服务。",
        "推行政务公开清单化管理，做到公开事项清单化、公开程序规范化、公开时限明确化。",
        "{action}{mechanism}，把公开要求嵌入{work}的各个环节。",
        "围绕{work}，及时公开{content}和{content2}，让{group}看得见、能监督。",
    ),
    "platform": (
        "完成{channel}栏目优化调整，对“{column}”等栏目的内容进行梳理整合，提升了栏目的实用性。",
        "推进政府网站集约化建设，统一信息发布标准和技术规范，实现数据互通、资源共享。",
        "加强政务新媒体规范管理，对开设的账号进行清理整合，建立信息发布和互动回应台账。",
        "在政务服务大厅设立政务公开专区，配备自助查询终端，为{group}提供政策查询和办事指引服务。",
        "优化网站智能搜索功能，支持按主题、发文机关和成文日期查找政策文件。",
        "推动{channel}与{channel2}联动发布，重要信息做到同步推送、及时更新。",
        "开展网站和政务新媒体常态化监测，发现的问题当日交办、限时整改。",
        "在{channel}设置无障碍浏览和适老化服务功能，方便{group}获取政府信息。",
        "整合“{column}”与“{column2}”栏目，减少重复发布，方便公众集中查阅。",
        "规范政务新媒体信息发布流程，做到发布有依据、转载有来源、更新有记录。",
        "推进政务公开专区标准化建设，统一标识、统一设施、统一服务规范。",
        "完善网站留言办理机制，对{group}的留言按时答复并公开办理结果。",
        "依托{channel}开设政策问答栏目，集中解答{group}关心的常见问题。",
        "对网站的栏目设置和页面布局进行优化，重要信息在首页醒目位置展示。",
    ),
    "requests": (
        "规范依申请公开办理流程，实行登记、承办、答复、归档全过程管理，确保办理过程有据可查。",
        "对涉及第三方合法权益的申请，依法书面征求第三方意见，按时作出答复。",
        "注重答复文书的规范性和说理性，告知申请人获取信息的途径和救济渠道。",
        "加强与申请人的沟通，对申请内容不明确的，及时告知需要补正的事项。",
        "定期分析依申请公开的热点，对申请较为集中的信息及时转为主动公开。",
        "编制依申请公开答复文书参考文本，统一办理标准，提高答复质量。",
        "对申请人要求获取的信息，能够当场提供的当场提供，不能当场提供的在法定期限内答复。",
        "在网站公布依申请公开的受理渠道、办理流程和申请表样式，方便申请人提出申请。",
        "对疑难申请实行集体研究，防止答复依据不准确、告知内容不完整等问题。",
        "加强与相关部门的会商，对涉及多个部门的申请统一答复口径。",
    ),
    "problems": (
        "从日常检查情况看，{problem}，主要原因是{reason}。",
        "同时也要看到，{problem}，与{group}的期待相比仍有差距。",
        "对照上级要求，{problem}，这些问题需要在今后的工作中认真加以解决。",
        "此外，{problem}，究其原因，主要是{reason}。",
        "客观地说，{problem}，这在一定程度上影响了公开效果。",
        "在工作中还发现，{problem}，需要引起足够重视。",
        "从{group}反映的情况看，{problem}，这也是今后需要着力改进的方面。",
    ),
    "measures": (
        "下一步，{self}将{measure}，{measure2}，{future}。",
        "针对上述问题，{self}将{measure}，同时{measure2}。",
        "{self}将继续坚持问题导向，{measure}，{future}。",
        "在此基础上，进一步{measure}，{future}。",
        "同时，{measure}，{future}。",
        "{self}将以问题整改为契机，{measure}，{measure2}。",
        "围绕{focus}等重点领域，{measure}，{future}。",
        "持续{measure}，确保各项改进措施落到实处。",
    ),
    "university": (
        "学校把信息公开作为{uni_goal}的重要举措，纳入学校年度工作要点统筹推进。",
        "各{uni_unit}按照职责分工及时提供公开信息，学校办公室负责统筹协调和日常管理。",
        "学校信息公开网设置“{uni_column}”“{uni_column2}”等栏目，并在校园网首页设置醒目链接。",
        "通过{uni_channel}、{uni_channel2}等渠道及时发布师生关心的信息，扩大信息公开的覆盖面。",
        "围绕{uni_focus}等师生关注的事项，学校及时发布相关信息并作出说明。",
        "学校重视收集师生对信息公开工作的意见建议，对合理意见及时研究采纳。",
        "学校加强信息公开工作队伍建设，组织联络员参加业务学习，提升工作能力。",
        "学校把信息公开与{uni_goal}结合起来，推动校务公开、党务公开协调发展。",
        "学校坚持以公开促管理、以公开促发展，推动各项工作规范运行。",
        "围绕{uni_focus}，学校通过{uni_channel}及时发布信息，听取师生意见。",
        "学校定期检查信息公开网各栏目的更新情况，对更新不及时的栏目督促整改。",
        "各{uni_unit}将信息公开与日常管理结合起来，做到工作推进到哪里、信息公开到哪里。",
        "对涉及师生切身利益的事项，学校在决策前广泛听取意见，决策后及时公开结果。",
        "针对{uni_problem}的问题，学校将{uni_measure}，推动信息公开工作持续改进。",
        "学校将{uni_measure}，并{uni_measure2}，不断提高信息公开的质量。",
    ),
    "template": (
        "（填写说明：本部分应围绕{t_topic}进行概括说明，{t_req}。）",
        "（编写提示：{t_req}，避免照搬往年表述。）",
        "（请结合本单位实际，简要说明{t_topic}的主要做法和成效，{t_req}。）",
        "（注：{t_note}。）",
        "（本部分可以分条目撰写，各条目先概括后举例，{t_req}。）",
    ),
}
# what padding must never contain: numbers with units, headings, and every word the parser keys on
FORBIDDEN = re.compile(
    r"维持|尚未|本年新收|审查|审核|审签|三审|先审|保密|谁公开|考核|评议|追究|收费|收取|费用|信息处理费|复议|诉讼"
    r"|[Xx×]|检索|复制|邮寄|减免|招生|录取|复查|违规|申诉|考生|学年|高校|信息公开事项清单|第二十条|填写|填报|总结"
    r"|[一二三四五六七八九十]、|篇\s*\d|(?:^|[。\s,，:：“])年"
    r"|[\d零〇一二两三四五六七八九十百千]\s*万?[余多]?\s*(?:条|件|篇|项|份|宗|起|元|人次|次|个|人)"
)
# template guidance may say XX and 填写, but still no figures
FORBIDDEN_TEMPLATE = re.compile(
    r"[\d零〇一二两三四五六七八九十百千]\s*万?[余多]?\s*(?:条|件|篇|项|份|宗|起|元|人次|次|个|人)")

REVIEW = (
    "严格落实保密审查制度，拟公开的信息经承办科室初审、分管领导复核后方可发布",
    "坚持“谁公开谁审查、谁审查谁负责、先审查后公开”，全年未发生泄密和不当公开个人信息的情况",
    "对拟公开的政府信息一律进行保密审查，涉及个人信息的内容按规定作去标识化处理",
    "建立信息发布“三审”制度，未经审核的信息一律不得上网",
    "修订政府信息公开保密审查办法，明确审查主体、审查程序和审查责任",
)
REVIEW_UNIVERSITY = (
    "拟公开的信息实行保密审查，由发布部门负责人审核签字后再上网",
    "坚持“谁公开谁审查、谁审查谁负责、先审查后公开”，本学年未发生泄密事件",
    "学校修订信息公开保密审查办法，明确各部门的审查责任",
)
ASSESSMENT = (
    "将政务公开工作纳入年度绩效考核，分值占{p}%",
    "组织{group}代表开展社会评议，满意率为{q}%",
    "年度考核中对政务公开工作落后的单位进行了通报",
    "本年度未发生需要责任追究的情形",
    "将政务公开纳入对各单位的年度综合考核，考核结果作为评先评优的依据",
)
CN_DIGIT = "〇一二三四五六七八九"


# ---------------------------------------------------------------------------------------------------------
# records


@dataclass(slots=True)
class Agency:
    name: str
    level: str
    self_ref: str  # how the report refers to itself: 市政府, 我局 …
    scope: str  # 全市, 全县, 全局 …
    office: str  # who signs
    area: str = ""
    since: int = 2000  # years the name is valid for
    until: int = 2100
    years: set[int] = field(default_factory=set)

    def free(self, years: range) -> list[int]:
        """Years in `years` this agency existed under its name and has no document for yet."""
        return [y for y in years if self.since <= y <= self.until and y not in self.years]


@dataclass(slots=True)
class Synth:
    """One generated document and what it was made to contain."""

    name: str
    text: str
    kind: str  # one of KINDS
    agency: str
    level: str
    period: str
    year: int | None
    published: str
    defects: tuple[str, ...]
    encoding: str  # utf-8 | gbk
    figures: dict[str, Any] = field(default_factory=dict)

    @property
    def parsed_kind(self) -> str:
        return PARSED_KIND[self.kind]

    def data(self) -> bytes:
        return self.text.encode("gbk" if self.encoding == "gbk" else "utf-8")

    def manifest(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "parsed_kind": self.parsed_kind, "agency": self.agency,
                "level": self.level, "period": self.period, "year": self.year, "published": self.published,
                "defects": list(self.defects), "encoding": self.encoding, "bytes": len(self.data()),
                "figures": self.figures}


class Slot:
    """A place in a document where padding paragraphs may go."""

    __slots__ = ("theme", "paras")

    def __init__(self, theme: str):
        self.theme = theme
        self.paras: list[str] = []


# ---------------------------------------------------------------------------------------------------------
# small helpers

_SLOT = re.compile(r"\{([a-z_]+?)(\d?)\}")


class Ctx:
    """Per-document context: random source, who is speaking, which year's vocabulary applies.

    Padding sentences and vocabulary are drawn without replacement within a document (a bag per theme and
    per word list, refilled when empty), so a document repeats itself only once it has used everything.
    """

    def __init__(self, rng: random.Random, agency: Agency | None, year: int, subunits: tuple[str, ...]):
        self.rng = rng
        self.agency = agency
        self.year = year
        self.values = {"self": agency.self_ref if agency else "我单位", "scope": agency.scope if agency else "",
                       "year": str(year), "next": str(year + 1)}
        self.pools: dict[str, tuple[str, ...]] = {
            "focus": FOCUS + tuple(f for f, lo, hi in FOCUS_ERA if lo <= year <= hi),
            "channel": tuple(c for c, since in CHANNELS if since <= year),
            "subunit": subunits,
        }
        self._bags: dict[str, list[str]] = {}

    def _draw(self, key: str, pool: tuple[str, ...], avoid: Collection[str] = ()) -> str:
        bag = self._bags.get(key)
        if not bag or all(v in avoid for v in bag):
            bag = self._bags[key] = [v for v in pool if v not in avoid] or list(pool)
            self.rng.shuffle(bag)
        for i in range(len(bag) - 1, -1, -1):
            if bag[i] not in avoid:
                return bag.pop(i)
        return bag.pop()

    def take(self, key: str, avoid: Collection[str] = ()) -> str:
        """A word from list `key` not yet used in this document (until the list runs out)."""
        return self._draw(key, self.pools.get(key) or VOCAB[key], avoid)

    def fill(self, template: str, **extra: str) -> str:
        used: dict[str, str] = {}

        def sub(m: re.Match[str]) -> str:
            key = m.group(1)
            if key in extra:
                return extra[key]
            if key in self.values:
                return self.values[key]
            if m.group(0) not in used:
                used[m.group(0)] = self.take(key, set(used.values()))
            return used[m.group(0)]

        return _SLOT.sub(sub, template)

    def sentences(self, theme: str, k: int) -> str:
        return "".join(self.fill(self._draw("pad:" + theme, PAD[theme])) for _ in range(k))

    def pick(self, seq):
        return self.rng.choice(seq)


def cn_date(d: date) -> str:
    year = "".join(CN_DIGIT[int(c)] for c in str(d.year))
    return f"{year}年{_cn_small(d.month)}月{_cn_small(d.day)}日"


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGIT[tens] + "十")
    return head + (CN_DIGIT[ones] if ones else "") if n else "〇"


def _split(rng: random.Random, total: int, weights: tuple[float, ...]) -> list[int]:
    counts = [0] * len(weights)
    for i in rng.choices(range(len(weights)), weights=weights, k=total):
        counts[i] += 1
    return counts


def _renumber(sections: list[tuple[str, list[Any]]]) -> list[Any]:
    out: list[Any] = []
    for i, (heading, body) in enumerate(sections):
        out.append(f"{_cn_small(i + 1)}、{heading}")
        out.extend(body)
        out.append("")
    return out


def _phone(rng: random.Random) -> str:
    return f"0{rng.randint(300, 999)}-{rng.randint(2, 8)}{rng.randint(1000000, 9999999)}"


def _index_no(rng: random.Random, year: int) -> str:
    return f"{rng.randint(10000000, 99999999)}/{year}-{rng.randint(1, 300):05d}"


# ---------------------------------------------------------------------------------------------------------
# agencies


class Registry:
    """Invented agencies; a government document goes to a known agency (a year it has no report for) or a new one."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.places: set[str] = set()
        self.by_level: dict[str, list[Agency]] = defaultdict(list)
        self.universities: list[Agency] = []

    def place(self) -> str:
        for _ in range(200):
            name = self.rng.choice(PLACE_1) + self.rng.choice(PLACE_2)
            if name not in self.places and name[0] != name[1]:
                self.places.add(name)
                return name
        name = self.rng.choice(PLACE_1) + self.rng.choice(PLACE_2) + self.rng.choice(PLACE_2)
        self.places.add(name)
        return name

    def new(self, level: str, years: range) -> Agency:
        rng, p = self.rng, self.place()
        if level == "province":
            a = Agency(f"{p}省人民政府", level, "省政府", "全省", f"{p}省人民政府办公厅")
        elif level == "city":
            a = Agency(f"{p}市人民政府", level, "市政府", "全市", f"{p}市人民政府办公室")
        elif level == "county":
            unit = rng.choice("县县县区")
            a = Agency(f"{p}{unit}人民政府", level, f"{unit}政府", f"全{unit}", f"{p}{unit}人民政府办公室")
        elif level == "township":
            style = rng.random()
            if style < 0.6:
                suffix = rng.choice(TOWN_SUFFIX)
                county = self.place() + rng.choice("县区")
                a = Agency(f"{county}{p}{suffix}人民政府", level, f"{suffix}政府", f"全{suffix}", "")
            elif style < 0.85:
                suffix = rng.choice(TOWN_SUFFIX)
                a = Agency(f"{p}{suffix}人民政府", level, f"{suffix}政府", f"全{suffix}", "")
            else:
                district = self.place() + "区"
                a = Agency(f"{district}{p}街道办事处", level, "街道办事处", "全街道", "")
            a.office = a.name
        elif level == "department":
            province = rng.random() < 0.12
            kinds = [d for d in (PROVINCE_DEPARTMENTS if province else DEPARTMENTS)
                     if d[3] <= years[-1] and d[4] >= years[0]]
            dept, me, area, since, until = rng.choice(kinds)
            prefix = f"{p}省" if province else p + rng.choice("市市县县区")
            a = Agency(f"{prefix}{dept}", level, me, f"全{prefix[-1]}{area}系统", f"{prefix}{dept}", area, since, until)
        else:
            raise ValueError(level)
        self.by_level[level].append(a)
        return a

    def government(self, level: str, years: range) -> tuple[Agency, int]:
        known = [a for a in self.by_level[level] if a.free(years)]
        agency = self.rng.choice(known) if known and self.rng.random() < REUSE_RATE else self.new(level, years)
        year = self.rng.choice(agency.free(years))
        agency.years.add(year)
        return agency, year

    def university(self, years: range) -> tuple[Agency, int]:
        known = [a for a in self.universities if any(y not in a.years for y in years)]
        if known and self.rng.random() < REUSE_RATE:
            agency = self.rng.choice(known)
        else:
            name = self.place() + self.rng.choice(UNIVERSITY_TYPES)
            agency = Agency(name, "university", "我校", "全校", name)
            self.universities.append(agency)
        year = self.rng.choice([y for y in years if y not in agency.years])
        agency.years.add(year)
        return agency, year


# ---------------------------------------------------------------------------------------------------------
# dates


def deadline(kind: str, level: str, year: int) -> date:
    if kind == "university":
        return date(year + 1, 10, 31)
    if year <= 2018:
        return date(year + 1, 3, 31)
    return date(year + 1, 1, 31) if level == "department" else date(year + 1, 3, 31)


def published_on(rng: random.Random, kind: str, level: str, year: int, late: bool) -> date:
    due = deadline(kind, level, year)
    if late:
        return due + timedelta(days=rng.randint(3, 110))
    earliest = date(year + 1, 9, 10) if kind == "university" else date(year + 1, 1, 6)
    span = (due - earliest).days
    return due - timedelta(days=min(span, int(rng.triangular(0, span, span * 0.2))))


# ---------------------------------------------------------------------------------------------------------
# tables

T3_LABELS = (
    ("一、本年新收政府信息公开申请数量", ""), ("二、上年结转政府信息公开申请数量", ""),
    ("（一）予以公开", ""), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
    ("1.属于国家秘密", "（三）不予公开"), ("2.其他法律行政法规禁止公开", ""), ("3.危及“三安全一稳定”", ""),
    ("4.保护第三方合法权益", ""), ("5.属于三类内部事务信息", ""), ("6.属于四类过程性信息", ""),
    ("7.属于行政执法案卷", ""), ("8.属于行政查询事项", ""),
    ("1.本机关不掌握相关政府信息", "（四）无法提供"), ("2.没有现成信息需要另行制作", ""),
    ("3.补正后申请内容仍不明确", ""),
    ("1.信访举报投诉类申请", "（五）不予处理"), ("2.重复申请", ""), ("3.要求提供公开出版物", ""),
    ("4.无正当理由大量反复申请", ""), ("5.要求行政机关确认或重新出具已获取信息", ""),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ""), ("3.其他", ""),
    ("（七）总计", ""), ("四、结转下年度继续办理", ""),
)
T3_LABELS_TRIAL = (*T3_LABELS[:20], ("（六）其他处理", ""), *T3_LABELS[23:])
RESULT_WEIGHTS = (0.36, 0.10, 0.005, 0.01, 0.01, 0.03, 0.01, 0.03, 0.01, 0.01, 0.22, 0.05, 0.03,
                  0.04, 0.02, 0.005, 0.005, 0.005, 0.02, 0.002, 0.02)
APPLICANT_WEIGHTS = (0.78, 0.10, 0.01, 0.01, 0.04, 0.06)
REQUEST_SCALE = {"province": (150, 700), "city": (40, 320), "county": (8, 140), "township": (0, 9),
                 "department": (0, 90), "university": (0, 12)}
PROACTIVE_SCALE = {"province": (20000, 90000), "city": (3000, 20000), "county": (1500, 9000),
                   "township": (80, 900), "department": (150, 3200), "university": (300, 3000)}


def table3_grid(rng: random.Random, level: str, trial: bool) -> list[list[int]]:
    """25 (or 23) rows × 7 columns satisfying every identity of the format; the last column is the total."""
    lo, hi = REQUEST_SCALE[level]
    total_new = rng.randint(lo, hi) if rng.random() > 0.08 else 0
    new = _split(rng, total_new, APPLICANT_WEIGHTS)
    old = _split(rng, rng.randint(0, max(0, total_new // 12)), APPLICANT_WEIGHTS)
    fwd = [0] * 6
    pending = rng.randint(0, max(0, (total_new + sum(old)) // 10))
    for _ in range(pending):
        free = [new[c] + old[c] - fwd[c] for c in range(6)]
        if not any(free):
            break
        fwd[rng.choices(range(6), weights=free)[0]] += 1
    results = [[0] * 6 for _ in RESULT_WEIGHTS]
    for c in range(6):
        for r, v in enumerate(_split(rng, new[c] + old[c] - fwd[c], RESULT_WEIGHTS)):
            results[r][c] = v
    if trial:  # (六)其他处理 is one row
        results = [*results[:18], [sum(col) for col in zip(*results[18:], strict=True)]]
    done = [sum(row[c] for row in results) for c in range(6)]
    rows = [new, old, *results, done, fwd]
    return [[*row, sum(row)] for row in rows]


def break_table3(rng: random.Random, grid: list[list[int]]) -> str:
    """Make 表三 not add up, the ways real tables fail; returns which way."""
    how = rng.choice(("row_total", "column_total", "first_row", "carried_forward"))
    k = rng.choice((1, 1, 2, 3))
    if how == "row_total":  # one result row's 总计 is not the sum of its applicants
        grid[rng.randint(2, len(grid) - 3)][6] += k
    elif how == "column_total":  # (七)总计 misses a few 自然人 applications
        grid[-2][0] = max(0, grid[-2][0] - k) if grid[-2][0] >= k else grid[-2][0] + k
        grid[-2][6] = sum(grid[-2][:6])
    elif how == "first_row":  # 本年新收 counted twice somewhere
        grid[0][0] += k
        grid[0][6] += k
    else:
        grid[-1][0] += k
        grid[-1][6] += k
    return how


def table3_lines(rng: random.Random, grid: list[list[int]], trial: bool, pipe: bool) -> list[str]:
    sep = " | " if pipe else " "
    own_line = rng.random() < 0.3  # group labels (三)…(六) on a line of their own
    results_line = not pipe and rng.random() < 0.8
    out = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] if rng.random() < 0.85 else []
    out += [sep.join(("申请人情况", "自然人", "法人或其他组织", "总计")),
            sep.join(("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"))]
    labels = T3_LABELS_TRIAL if trial else T3_LABELS
    for i, ((label, group), row) in enumerate(zip(labels, grid, strict=True)):
        if i == 2 and results_line:
            out.append("三、本年度办理结果")
        if group and own_line:
            out.append(group)
        elif group:
            label = f"{group} {label}"
        out.append(sep.join((label, *map(str, row))))
    return out


def table4_values(rng: random.Random, received: int) -> list[int]:
    values: list[int] = []
    for share in (14, 25, 60):
        total = rng.randint(0, max(0, received // share)) if received else 0
        parts = _split(rng, total, (0.65, 0.1, 0.1, 0.15))
        values += [*parts, total]
    return values


def table4_lines(values: list[int], pipe: bool) -> list[str]:
    if pipe:
        head = ("行政复议（结果维持、结果纠正、其他结果、尚未审结、总计） | 行政诉讼：未经复议直接起诉（结果维持、"
                "结果纠正、其他结果、尚未审结、总计） | 复议后起诉（结果维持、结果纠正、其他结果、尚未审结、总计）")
        return [head, " | ".join(map(str, values))]
    return ["行政复议 行政诉讼",
            "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
            "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
            " ".join(map(str, values))]


def table2_lines(rng: random.Random, level: str, trial: bool, pipe: bool, figures: dict[str, Any]) -> list[str]:
    sep = " | " if pipe else " "
    makes_rules = level in ("province", "city") and figures.get("government", False)
    rules = [rng.randint(0, 6), rng.randint(0, 3), rng.randint(5, 80)] if makes_rules else [0, 0, 0]
    docs = [rng.randint(0, 30), rng.randint(0, 15), rng.randint(5, 200)]
    if level == "township":
        docs = [rng.randint(0, 3), rng.randint(0, 2), rng.randint(0, 12)]
    scale = {"province": 40, "city": 10, "county": 4, "township": 0.2, "department": 1}[level]
    licensing = int(rng.randint(100, 4000) * scale)
    punishment = int(rng.randint(5, 900) * scale)
    enforcement = int(rng.randint(0, 150) * scale)
    fees = round(rng.uniform(0, 900) * scale, rng.choice((0, 1, 2))) if rng.random() > 0.2 else 0
    fees_s = f"{fees:g}" if fees else "0"
    figures.update({"table2.licensing": licensing, "table2.punishment": punishment})
    rows: list[tuple[str, ...]]
    if not trial:
        rows = [("第二十条第（一）项",), ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                ("规章", *map(str, rules)), ("行政规范性文件", *map(str, docs)),
                ("第二十条第（五）项",), ("信息内容", "本年处理决定数量"), ("行政许可", str(licensing)),
                ("第二十条第（六）项",), ("信息内容", "本年处理决定数量"), ("行政处罚", str(punishment)),
                ("行政强制", str(enforcement)),
                ("第二十条第（八）项",), ("信息内容", "本年收费金额（单位：万元）"), ("行政事业性收费", fees_s)]
    else:
        def delta() -> str:
            d = rng.choice((0, 0, 0, rng.randint(-9, 12)))
            return f"+{d}" if d > 0 else str(d)

        items = [rng.randint(3, 400) for _ in range(5)]
        rows = [("第二十条第（一）项",), ("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"),
                ("规章", str(rules[0]), str(rules[0]), str(rules[2])),
                ("规范性文件", str(docs[0]), str(docs[0]), str(docs[2])),
                ("第二十条第（五）项",), ("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
                ("行政许可", str(items[0]), delta(), str(licensing)),
                ("其他对外管理服务事项", str(items[1]), delta(), str(int(licensing * rng.uniform(0.5, 3)))),
                ("第二十条第（六）项",), ("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
                ("行政处罚", str(items[2]), delta(), str(punishment)),
                ("行政强制", str(items[3] // 10), delta(), str(enforcement)),
                ("第二十条第（八）项",), ("信息内容", "上一年项目数量", "本年增/减"),
                ("行政事业性收费", str(items[4] // 5), delta()),
                ("第二十条第（九）项",), ("信息内容", "采购项目数量", "采购总金额"),
                ("政府集中采购", str(rng.randint(1, 300)), f"{rng.uniform(10, 20000):.2f}")]
    return [sep.join(r) for r in rows]


# ---------------------------------------------------------------------------------------------------------
# documents


def _title(ctx: Ctx, agency: str, year_text: str, words: str = "政府信息公开工作年度报告") -> list[str]:
    style = ctx.rng.random()
    if style < 0.55:
        return [f"{agency}{year_text}年{words}"]
    if style < 0.8:
        return [f"{agency}{year_text}年度{words}"]
    if style < 0.9:
        return [f"{year_text}年{agency}{words}"]
    return [agency, f"{year_text}年{words}"]


def _header(ctx: Ctx, pub: str, agency: Agency, year: int) -> str:
    rng = ctx.rng
    style = rng.randrange(4)
    gap = "　　"
    if style == 0:
        return f"发布日期：{pub}{gap}发布机构：{agency.office}{gap}索引号：{_index_no(rng, year + 1)}"
    if style == 1:
        return (f"索引号：{_index_no(rng, year + 1)}{gap}发布机构：{agency.office}\n"
                f"成文日期：{pub}{gap}公开方式：主动公开")
    if style == 2:
        return f"来源：{agency.office}{gap}发布时间：{pub}{gap}浏览次数：{rng.randint(80, 5000)}"
    return f"信息来源：{agency.office}{gap}生成日期：{pub}"


def _signature(ctx: Ctx, agency: Agency, pub: date, placeholder: bool) -> list[str]:
    if placeholder:
        when = "20XX年X月X日"
    else:
        when = cn_date(pub) if ctx.rng.random() < 0.15 else f"{pub.year}年{pub.month}月{pub.day}日"
    return [agency.office, when]


def _placeholder_spots(ctx: Ctx, defects: set[str], spots: tuple[str, ...]) -> set[str]:
    if "placeholders" not in defects:
        return set()
    return set(ctx.rng.sample(spots, ctx.rng.randint(1, min(3, len(spots)))))


def _review_sentence(ctx: Ctx, defects: set[str], choices: tuple[str, ...] = REVIEW) -> str:
    return "" if "no_review" in defects else ctx.pick(choices) + "。"


def _assessment(ctx: Ctx) -> str:
    picks = ctx.rng.sample(ASSESSMENT, ctx.rng.randint(1, 3))
    p, q = str(ctx.rng.randint(2, 8)), f"{ctx.rng.uniform(86, 99.5):.1f}"
    return "；".join(ctx.fill(s, p=p, q=q) for s in picks) + "。"


def _three(ctx: Ctx, key: str) -> str:
    items = [ctx.take(key) for _ in range(ctx.rng.randint(2, 4))]
    marks = "一二三四"
    return "；".join(f"{marks[i]}是{item}" for i, item in enumerate(items)) + "。"


def _drop(sections: list[tuple[str, list[Any]]], drop: set[int], figures: dict[str, Any],
          stated_in: dict[int, tuple[str, ...]]) -> None:
    """Record the parts left out; the figures they stated are then not in the text."""
    figures["missing"] = [sections[i][0] for i in sorted(drop)]
    for i in drop:
        for name in stated_in.get(i, ()):
            figures[name] = None


def gov2007(ctx: Ctx, agency: Agency, year: int, defects: set[str],
            figures: dict[str, Any]) -> tuple[list[Any], bool]:
    rng = ctx.rng
    ph = _placeholder_spots(ctx, defects, ("proactive", "phone", "meeting", "signature", "period"))
    lo, hi = PROACTIVE_SCALE[agency.level]
    proactive = rng.randint(lo, hi)
    lo, hi = REQUEST_SCALE[agency.level]
    received = rng.randint(lo, hi) if rng.random() > 0.1 else 0
    figures.update({"proactive.new": None if "proactive" in ph else proactive, "requests.received": received})
    phone = "0XXX-XXXXXXXX" if "phone" in ph else _phone(rng)
    period = "20XX年1月1日至12月31日" if "period" in ph else f"{year}年1月1日至12月31日"
    intro = (f"本报告依照《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十一条、第三十二条的规定编制，"
             f"由{agency.office}负责汇总。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、"
             f"政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题及改进"
             f"措施、其他需要报告的事项。本报告所列数据的统计期限为{period}。"
             f"如对本报告有疑问，请与{agency.office}联系（电话：{phone}）。")
    # 一、概述
    heads = rng.sample(("加强组织领导", "健全工作制度", "拓宽公开渠道", "深化重点领域信息公开", "抓好政策解读",
                        "强化监督检查", "加强队伍建设", "夯实工作基础"), rng.randint(3, 4))
    overview: list[Any] = [ctx.fill("{year}年，{self}认真贯彻《条例》，把政府信息公开作为建设法治政府、"
                                    "服务型政府的一项基础工作，{effect}。")]
    review_at = rng.randrange(len(heads))
    for i, head in enumerate(heads):
        body = ctx.sentences(rng.choice(("general", "general", "platform")), rng.randint(2, 3))
        if i == review_at:
            body = _review_sentence(ctx, defects) + body
        overview += [f"（{_cn_small(i + 1)}）{head}。{body}", Slot("general")]
    # 二、主动公开
    cats = ("机构职能类", "政策法规及规范性文件", "规划计划类", "财政信息", "行政许可及办事指南", "重点领域信息",
            "人事信息", "工作动态及其他")
    chosen = rng.sample(cats, rng.randint(3, 6))
    shares = _split(rng, proactive, tuple(rng.uniform(0.5, 3) for _ in chosen))
    amount = "XX" if "proactive" in ph else str(proactive)
    lead = rng.choice(("全年共主动公开政府信息{n}条", "{year}年，{self}共主动公开政府信息{n}条",
                       "本年度通过各种渠道主动公开政府信息{n}条"))
    breakdown = "，".join(f"{c}{s}条" for c, s in zip(chosen, shares, strict=True))
    proactive_part: list[Any] = [ctx.fill(lead, n=amount) + f"。按内容分：{breakdown}。"]
    if rng.random() < 0.5:
        proactive_part[0] += f"截至{year}年底，累计主动公开政府信息{proactive * rng.randint(3, 9)}条。"
    meetings = "×" if "meeting" in ph else str(rng.randint(2, 40))
    proactive_part.append(ctx.fill("上述信息均在政府门户网站发布，同时通过{channel}同步推送；全年召开新闻发布会"
                                   f"{meetings}场，编印公开资料{rng.randint(2, 24)}期。"))
    proactive_part.append(Slot("platform"))
    # 三、依申请公开
    if received:
        online = rng.randint(0, received)
        letters = rng.randint(0, received - online)
        results = _split(rng, received, (0.6, 0.1, 0.06, 0.14, 0.06, 0.04))
        names = ("同意公开", "同意部分公开", "不予公开", "非本机关掌握", "信息不存在", "申请内容不明确")
        answered = "，".join(f"{n}{v}件" for n, v in zip(names, results, strict=True) if v)
        requests = [ctx.fill(f"（一）申请情况。全年{{self}}共受理政府信息公开申请{received}件，其中网上申请"
                             f"{online}件、信函申请{letters}件、当面申请{received - online - letters}件。"
                             "申请内容主要涉及{focus}、{focus2}等方面。"),
                    f"（二）答复情况。{received}件申请均已在法定期限内答复，其中{answered}。"]
        figures["requests.completed"] = received
        if results[2]:
            requests.append(f"（三）不予公开情况。不予公开的{results[2]}件中，涉及商业秘密或个人隐私的"
                            f"{(results[2] + 1) // 2}件，属于内部管理或过程性信息的{results[2] // 2}件，"
                            "均书面说明了理由。")
    else:
        requests = [ctx.fill("本年度{self}未收到政府信息公开申请。")]
    if rng.random() < 0.4:
        requests.append(f"全年接待群众现场及电话咨询{rng.randint(20, 3000)}人次。")
    requests.append(Slot("requests"))
    # 四、收费
    if rng.random() < 0.15 and received:
        fee = rng.randint(20, 900)
        fees = [f"本年度依申请提供政府信息，按规定收取检索费、复制费共计{fee}元；对{rng.randint(1, 5)}名经济困难的"
                "申请人依法减免了相关费用。"]
        figures["fees.charged_yuan"] = fee
    else:
        fees = [rng.choice(("本年度在办理政府信息公开申请过程中，未向申请人收取任何费用。",
                            "全年未收取检索、复制、邮寄等费用，也未发生费用减免的情况。",
                            "办理依申请公开事项，均未向申请人收取费用。"))]
        figures["fees.charged_yuan"] = 0
    # 五、复议诉讼
    review_n = rng.randint(0, max(0, received // 20)) if received else 0
    suits = rng.randint(0, review_n) if review_n else 0
    figures.update({"appeals.review": review_n, "appeals.litigation": suits})
    if review_n or suits:
        upheld = rng.randint(0, review_n)
        appeals = [f"全年因政府信息公开被申请行政复议{review_n}件，其中复议机关维持原答复{upheld}件，"
                   f"其余{review_n - upheld}件责令重新答复或正在审理中；被提起行政诉讼{suits}件。"]
    else:
        appeals = ["本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"]
    # 六、问题
    problems: list[Any] = [ctx.fill("对照《条例》要求，{self}的工作还存在一些不足：") + _three(ctx, "problem"),
                           Slot("problems"),
                           ctx.fill("{next}年，{self}将着力做好以下工作：") + _three(ctx, "measure"),
                           Slot("measures")]
    # 七、其他
    if rng.random() < 0.5:
        other = ["本年度无其他需要报告的事项。"]
    else:
        other = [f"全年办理人大代表建议{rng.randint(3, 300)}件、政协提案{rng.randint(3, 400)}件，"
                 "办理复文按规定公开。"]
    sections = [
        (rng.choice(("概述", "总体情况", "基本情况", "概况")), overview),
        (rng.choice(("主动公开政府信息情况", "主动公开情况")), proactive_part),
        (rng.choice(("依申请公开政府信息和不予公开政府信息情况", "依申请公开政府信息情况",
                     "政府信息公开申请的办理情况")), requests),
        (rng.choice(("政府信息公开的收费及减免情况", "收费及减免情况")), fees),
        (rng.choice(("因政府信息公开申请行政复议、提起行政诉讼的情况", "行政复议和行政诉讼情况")), appeals),
        (rng.choice(("存在的主要问题及改进措施", "存在的不足和改进措施", "工作中存在的问题和改进措施")), problems),
        ("其他需要报告的事项", other),
    ]
    drop: set[int] = set()
    if "missing_part" in defects:
        drop = set(rng.sample((3, 4, 5, 6), rng.randint(1, 3)))
        _drop(sections, drop, figures, {3: ("fees.charged_yuan",), 4: ("appeals.review", "appeals.litigation")})
    return [intro, "", *_renumber([s for i, s in enumerate(sections) if i not in drop])], "signature" in ph


def gov_modern(ctx: Ctx, agency: Agency, year: int, defects: set[str], figures: dict[str, Any],
               trial: bool) -> tuple[list[Any], bool]:
    rng = ctx.rng
    government = agency.level != "department"
    figures["government"] = government
    ph = _placeholder_spots(ctx, defects, ("proactive", "phone", "meeting", "signature", "period"))
    pipe = rng.random() < 0.3
    lo, hi = PROACTIVE_SCALE[agency.level]
    proactive = rng.randint(lo, hi)
    grid = table3_grid(rng, agency.level, trial)
    truth = {"requests.received": grid[0][6], "requests.carried_over": grid[1][6], "requests.completed": grid[-2][6],
             "requests.carried_forward": grid[-1][6]}
    if "table3" in defects:
        figures["table3_break"] = break_table3(rng, grid)
    new, old, done, fwd = grid[0][6], grid[1][6], grid[-2][6], grid[-1][6]
    t4 = table4_values(rng, truth["requests.received"])
    figures.update({"proactive.new": None if "proactive" in ph else proactive, **truth,
                    "appeals.review": t4[4], "appeals.litigation": t4[9] + t4[14]})
    phone = "0XXX-XXXXXXXX" if "phone" in ph else _phone(rng)
    period = "20XX年1月1日至20XX年12月31日" if "period" in ph else f"{year}年1月1日至{year}年12月31日"
    basis = ("政府信息公开工作年度报告格式（试行）" if trial else "国办公开办函〔2021〕30号规定的格式")
    intro = (f"本报告由{agency.office}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条的规定，"
             f"按照{basis}编制。报告中所列数据的统计期限为{period}。本报告电子版可在{agency.name}门户网站下载。"
             f"如对本报告有疑问，请与{agency.office}联系（电话：{phone}）。")
    amount = "XX" if "proactive" in ph else str(proactive)
    meetings = "×" if "meeting" in ph else str(rng.randint(1, 40))
    ov_proactive = ctx.fill("（一）主动公开。全年通过{channel}主动公开政府信息" + amount + "条，发布政策解读材料"
                            + str(rng.randint(3, 120)) + "篇，召开新闻发布会" + meetings + "场。")
    if new or old:
        ov_requests = (f"（二）依申请公开。全年新收政府信息公开申请{new}件，上年结转{old}件，办结{done}件，"
                       f"结转下年度继续办理{fwd}件。")
    else:
        ov_requests = ctx.fill("（二）依申请公开。本年度{self}未收到政府信息公开申请。")
    manage = _review_sentence(ctx, defects) + f"年内清理规范性文件{rng.randint(1, 60)}件，及时公布清理结果。"
    supervise = (_assessment(ctx) if government or rng.random() < 0.5 else "") + ctx.sentences("general", 1)
    overview: list[Any] = [ctx.fill("{year}年，{self}坚持以公开为常态、不公开为例外，围绕{focus}和{focus2}等"
                                    "重点工作推进政府信息公开。"),
                           ov_proactive, Slot("general"), ov_requests, Slot("requests"),
                           "（三）政府信息管理。" + manage + ctx.sentences("general", 1), Slot("general"),
                           "（四）政府信息公开平台建设。" + ctx.sentences("platform", 2), Slot("platform"),
                           "（五）监督保障。" + supervise, Slot("general")]
    old_columns = trial or "trial_columns" in defects
    t2 = table2_lines(rng, agency.level, old_columns, pipe, figures)
    t3 = table3_lines(rng, grid, trial, pipe)
    problems: list[Any] = []
    if not trial and rng.random() < 0.7:
        problems.append(ctx.fill("（一）上年度问题整改情况。针对上年度报告指出的问题，{self}{measure}，"
                                 "{measure2}，整改工作已基本完成。"))
        problems += ["（二）存在的主要问题。" + _three(ctx, "problem"), Slot("problems"),
                     "（三）改进措施。" + _three(ctx, "measure"), Slot("measures")]
    else:
        problems += [_three(ctx, "problem"), Slot("problems"),
                     ctx.fill("{next}年，{self}将") + _three(ctx, "measure"), Slot("measures")]
    if "cost_fees" in defects:
        fee = rng.randint(30, 1200)
        fee_text = f"本年度依申请提供政府信息，收取检索费、复制费共计{fee}元。"
        figures["fees.charged_yuan"] = fee
    elif year == 2019:
        fee_text = "本年度依申请提供政府信息，未向申请人收取任何费用。"
        figures["fees.charged_yuan"] = 0
    else:
        fee_text = rng.choice(("依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。",
                               "本年度收取信息处理费0元。", "本年度未收取信息处理费。"))
        figures["fees.charged_yuan"] = 0
    other = [fee_text]
    if rng.random() < 0.5:
        other.append(f"全年办理人大代表建议{rng.randint(3, 300)}件、政协提案{rng.randint(3, 400)}件，"
                     "办理复文按规定公开。")
    sections = [
        ("总体情况", overview),
        ("主动公开政府信息情况", t2),
        ("收到和处理政府信息公开申请情况", t3),
        ("政府信息公开行政复议、行政诉讼情况", table4_lines(t4, pipe)),
        ("存在的主要问题及改进情况", problems),
        ("其他需要报告的事项", other),
    ]
    drop = set()
    if "missing_part" in defects:
        choices = (3, 4) if "cost_fees" in defects else (3, 4, 5)
        drop = {rng.choice(choices)}
        _drop(sections, drop, figures, {3: ("appeals.review", "appeals.litigation"), 5: ("fees.charged_yuan",)})
    return [intro, "", *_renumber([s for i, s in enumerate(sections) if i not in drop])], "signature" in ph


UNI_CATEGORIES = (
    ("基本信息", "公开了办学规模、校级领导班子分工、机构设置、学校章程及规章制度、教代会工作报告和年度工作要点。"),
    ("招生考试信息", ""),
    ("财务资产及收费信息", "公开了财务和资产管理制度、年度部门预算和决算、受捐赠财产使用情况以及收费项目和标准。"),
    ("人事师资信息", "公开了校级领导干部社会兼职情况、岗位设置与聘用办法、干部任免和人员招聘信息。"),
    ("教学质量信息", "公开了教师数量及结构、专业设置、本科教学质量报告和毕业生就业质量年度报告。"),
    ("学生管理服务信息", "公开了学籍管理办法，奖学金、助学金、学费减免和勤工助学管理规定，以及学生申诉办法。"),
    ("学风建设信息", "公开了学风建设工作机构、学术规范制度和学术不端行为查处办法。"),
    ("学位学科信息", "公开了学位授予的基本要求和学位授权点建设情况。"),
    ("对外交流与合作信息", "公开了中外合作办学项目的基本情况和来华留学生管理规定。"),
    ("其他", "公开了巡视整改落实情况和突发事件应急预案。"),
)
ENROLLMENT_ITEMS = (
    "公开国家和所在省份的招生政策", "公开学校招生资格及招生类型", "公开经主管部门核定的招生章程",
    "公开分省分专业招生计划", "公开特殊类型招生入选考生资格及测试结果", "公开录取程序和批次安排",
    "公开分批次录取人数和最低分并提供录取结果查询", "公开招生咨询及申诉渠道", "设立重大违规事件及处理结果公示栏",
    "公开录取新生复查结果",
)


def university(ctx: Ctx, agency: Agency, year: int, defects: set[str], figures: dict[str, Any]) -> tuple[list[Any],
                                                                                                       bool]:
    rng = ctx.rng
    ph = _placeholder_spots(ctx, defects, ("proactive", "phone", "signature"))
    lo, hi = PROACTIVE_SCALE["university"]
    proactive = rng.randint(lo, hi)
    lo, hi = REQUEST_SCALE["university"]
    received = rng.randint(lo, hi)
    figures.update({"proactive.new": None if "proactive" in ph else proactive, "requests.received": received})
    basis = "《高等学校信息公开办法》（教育部令第29号）"
    if year >= 2014:
        basis += "、《高等学校信息公开事项清单》（教办函〔2014〕23号）"
    intro = (f"根据{basis}的要求，现将我校{year}-{year + 1}学年（{year}年9月1日至{year + 1}年8月31日）"
             "信息公开工作情况报告如下。")
    phone = "0XXX-XXXXXXXX" if "phone" in ph else _phone(rng)
    lead = "学校信息公开工作领导小组由校长任组长，学校办公室为信息公开工作机构，各职能部门明确信息公开联络员。"
    overview: list[Any] = [lead + _review_sentence(ctx, defects, REVIEW_UNIVERSITY) + ctx.sentences("university", 2),
                           Slot("university")]
    amount = "XX" if "proactive" in ph else str(proactive)
    proactive_part: list[Any] = [ctx.fill("本学年通过{uni_channel}、{uni_channel2}和学校信息公开网主动公开各类信息"
                                          + amount + "条，按照清单要求逐类说明如下。")]
    items = list(ENROLLMENT_ITEMS)
    if "missing_part" in defects:
        keep = sorted(rng.sample(range(len(items)), rng.randint(3, 5)))
        figures["missing"] = [ENROLLMENT_ITEMS[i] for i in range(len(items)) if i not in keep]
        items = [items[i] for i in keep]
    for i, (cat, body) in enumerate(UNI_CATEGORIES):
        if cat == "招生考试信息":
            body = "学校在本科招生网落实招生信息公开：" + "；".join(items) + "。"
        proactive_part.append(f"（{_cn_small(i + 1)}）{cat}。{body}")
    proactive_part.append(Slot("university"))
    if received:
        requests = [f"本学年共收到信息公开申请{received}件，均已按期答复，其中予以公开{received // 2}件，"
                    f"告知不属于本校公开范围或信息不存在{received - received // 2}件。"]
    else:
        requests = ["本学年学校未收到信息公开申请。"]
    requests.append("学校办理信息公开申请不收取费用。")
    figures.update({"fees.charged_yuan": 0, "appeals.review": 0, "appeals.litigation": 0})
    sections = [
        ("概述", overview),
        ("主动公开情况", proactive_part),
        ("依申请公开和不予公开情况", requests),
        ("对信息公开的评议情况", [f"学年末向师生发放问卷{rng.randint(200, 2000)}份，对学校信息公开工作表示满意的占"
                                  f"{rng.uniform(85, 99):.1f}%。"]),
        ("因学校信息公开工作受到举报、复议、诉讼的情况",
         ["本学年未发生因信息公开工作受到举报、申请行政复议或提起行政诉讼的情况。"]),
        ("主要问题和改进措施", [_three(ctx, "uni_problem"), _three(ctx, "uni_measure"), Slot("university")]),
        ("其他需要报告的事项", [f"如对本报告有疑问，请与学校办公室联系（电话：{phone}）。"]),
    ]
    return [intro, "", *_renumber(sections)], "signature" in ph


def summary(ctx: Ctx, agency: Agency, year: int) -> list[Any]:
    rng = ctx.rng
    heads = rng.sample(("健全工作机制", "突出重点内容", "推进标准化规范化", "加强政策解读和回应", "强化队伍建设",
                        "加强平台建设", "深化基层政务公开"), rng.randint(4, 5))
    done: list[Any] = []
    for i, head in enumerate(heads):
        theme = "platform" if "平台" in head else "general"
        done += [f"（{_cn_small(i + 1)}）{head}。" + ctx.sentences(theme, rng.randint(2, 3)), Slot(theme)]
    plans: list[Any] = []
    for i in range(rng.randint(3, 4)):
        plans.append(f"（{_cn_small(i + 1)}）" + ctx.fill("{measure}。"))
    plans.append(Slot("measures"))
    intro = ctx.fill(f"{year}年，{{self}}在上级政务公开主管部门的指导下，围绕{{focus}}、{{focus2}}等中心工作，"
                     "较好地完成了各项任务。现将全年政务公开工作情况报告如下。")
    sections = [("主要工作和成效", done), ("存在的不足", [_three(ctx, "problem"), Slot("problems")]),
                (f"{year + 1}年工作打算", plans)]
    return [intro, "", *_renumber(sections)]


def template(ctx: Ctx, style: int) -> list[Any]:
    intro = ("（说明：本模板供各单位编制年度报告时参考。请据实填写，数据以统计期限内的实际情况为准，"
             "表格中无数据的填“0”，不得空项。）")
    body = "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为20XX年1月1日至20XX年12月31日。" \
           "如对本报告有疑问，请与XX联系（电话：XXXX-XXXXXXXX）。"
    if style == 2:  # 2007-era prose template
        heads = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
                 "因政府信息公开申请行政复议、提起行政诉讼的情况", "存在的主要问题及改进措施", "其他需要报告的事项")
        fills = ("20XX年，我单位……", "全年共主动公开政府信息XX条，其中……", "全年共受理政府信息公开申请XX件……",
                 "本年度收取检索、复制费用XX元……", "本年度被申请行政复议XX件，被提起行政诉讼XX件……",
                 "一是……；二是……", "……")
        sections = [(h, [f, Slot("template")]) for h, f in zip(heads, fills, strict=True)]
        return [intro, body, "", *_renumber(sections)]
    trial = style == 1
    labels = T3_LABELS_TRIAL if trial else T3_LABELS
    t3 = ["申请人情况 自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他"]
    for i, (label, group) in enumerate(labels):
        if i == 2:
            t3.append("三、本年度办理结果")
        t3.append(f"{group} {label}" if group else label)
    if trial:
        t2 = ["第二十条第（一）项", "信息内容 本年新制作数量 本年新公开数量 对外公开总数量", "规章", "规范性文件",
              "第二十条第（五）项", "信息内容 上一年项目数量 本年增/减 处理决定数量", "行政许可",
              "其他对外管理服务事项",
              "第二十条第（六）项", "信息内容 上一年项目数量 本年增/减 处理决定数量", "行政处罚", "行政强制",
              "第二十条第（八）项", "信息内容 上一年项目数量 本年增/减", "行政事业性收费",
              "第二十条第（九）项", "信息内容 采购项目数量 采购总金额", "政府集中采购"]
    else:
        t2 = ["第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章", "行政规范性文件",
              "第二十条第（五）项", "信息内容 本年处理决定数量", "行政许可", "第二十条第（六）项",
              "信息内容 本年处理决定数量", "行政处罚", "行政强制", "第二十条第（八）项",
              "信息内容 本年收费金额（单位：万元）", "行政事业性收费"]
    overview: list[Any] = []
    for i, head in enumerate(("主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障")):
        overview += [f"（{_cn_small(i + 1)}）{head}。20XX年，……", Slot("template")]
    fee = "本年度收取信息处理费XX元。" if not trial else "本年度收取费用XX元。"
    sections = [("总体情况", overview), ("主动公开政府信息情况", t2), ("收到和处理政府信息公开申请情况", t3),
                ("政府信息公开行政复议、行政诉讼情况", [*table4_lines([], False)[:3], "（空）"]),
                ("存在的主要问题及改进情况", ["XX……", Slot("template")]),
                ("其他需要报告的事项", [fee, Slot("template")])]
    return [intro, body, "", *_renumber(sections)]


# ---------------------------------------------------------------------------------------------------------
# assembly


def _render(blocks: list[Any]) -> str:
    lines: list[str] = []
    for b in blocks:
        if isinstance(b, Slot):
            lines.extend(b.paras)
        else:
            lines.append(b)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _pad(ctx: Ctx, blocks: list[Any], target: int) -> None:
    """Add paragraphs to the slots until the UTF-8 text reaches `target` bytes."""
    slots = [b for b in blocks if isinstance(b, Slot)]
    size = sum(len(b.encode()) + 1 for b in blocks if isinstance(b, str))
    if not slots:
        return
    while size < target:
        slot = ctx.rng.choice(slots)
        para = ctx.sentences(slot.theme, ctx.rng.randint(2, 4))
        if slot.theme == "template":  # guidance, then sample wording to copy
            para = para[:para.index("）") + 1] + "（参考表述：" + ctx.sentences("general", 2) + "）"
        slot.paras.append(para)
        size += len(para.encode()) + 1


def _make(kind: str, defects: set[str], registry: Registry, rng: random.Random, index: int, gbk: bool) -> Synth:
    figures: dict[str, Any] = {}
    target = int(rng.uniform(8.6, 11.4) * 1024)
    if kind == "template":
        style = rng.choice((0, 0, 1, 2))
        title = rng.choice(("XX市XX局20XX年政府信息公开工作年度报告（模板）",
                            "××县人民政府20XX年政府信息公开工作年度报告（参考格式）",
                            "XX镇人民政府20XX年度政府信息公开工作年度报告（样本）",
                            "XX区XX局20XX年政府信息公开工作年度报告范本"))
        pub = date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28))
        ctx = Ctx(rng, None, pub.year, ("科室", "单位"))
        blocks = [title, f"发布日期：{pub.isoformat()}　　来源：XX市政务公开办公室", "", *template(ctx, style)]
        blocks += ["XX市XX局", "20XX年X月X日"]
        _pad(ctx, blocks, target)
        return Synth(_name(index, kind, "20XX", "unknown", (), gbk), _render(blocks), kind, "", "unknown",
                     "", None, pub.isoformat(), (), "gbk" if gbk else "utf-8", figures)
    if kind == "university":
        agency, year = registry.university(range(2010, 2024))
    else:
        years = {"gov2007": range(2008, 2019), "gov2019": range(2019, 2021), "gov2021": range(2021, 2025),
                 "summary": range(2010, 2025)}[kind]
        levels = ("department", "county") if kind == "summary" else None
        level = rng.choice(levels) if levels else rng.choices(*zip(*LEVEL_WEIGHTS, strict=True))[0]
        agency, year = registry.government(level, years)
    subunits = ("科室", "下属单位", "业务科室", "直属单位") if agency.level == "department" else \
        ("部门", "单位", "下级政府", "乡镇（街道）") if agency.level != "township" else ("站所", "村（社区）", "办公室")
    ctx = Ctx(rng, agency, year, subunits)
    if kind == "summary":
        pub = date(year, 12, rng.randint(10, 31)) if rng.random() < 0.7 else date(year + 1, 1, rng.randint(3, 25))
        summ = agency
        if agency.level == "county":  # a government's summary comes from its office
            summ = Agency(agency.office, "county", "我" + agency.scope[-1], agency.scope, agency.office)
            ctx.values["self"] = summ.self_ref
        title = f"{summ.name}{year}年{rng.choice(('政务公开', '政府信息公开'))}工作总结"
        blocks = [title, f"发布时间：{pub.isoformat()}　　来源：{summ.name}", "", *summary(ctx, summ, year),
                  summ.name, f"{pub.year}年{pub.month}月{pub.day}日"]
        _pad(ctx, blocks, target)
        return Synth(_name(index, kind, str(year), summ.level, (), gbk), _render(blocks), kind, summ.name,
                     summ.level, str(year), year, pub.isoformat(), (), "gbk" if gbk else "utf-8", figures)
    pub = published_on(rng, kind, agency.level, year, "late" in defects)
    figures["deadline"] = deadline(kind, agency.level, year).isoformat()
    if kind == "university":
        period = f"{year}-{year + 1}"
        title = [f"{agency.name}{period}学年{rng.choice(('', '度'))}信息公开工作年度报告"]
        body, sig_ph = university(ctx, agency, year, defects, figures)
        header = f"发布时间：{pub.isoformat()}　　发布单位：{rng.choice(('学校办公室', '党政办公室', '校长办公室'))}"
    else:
        period = str(year)
        title = _title(ctx, agency.name, str(year))
        if kind == "gov2007":
            body, sig_ph = gov2007(ctx, agency, year, defects, figures)
        else:
            body, sig_ph = gov_modern(ctx, agency, year, defects, figures, trial=kind == "gov2019")
        figures.pop("government", None)
        header = _header(ctx, pub.isoformat(), agency, year)
    top = [*title, header] if rng.random() < 0.75 else [header, "", *title]
    blocks = [*top, "", *body, *_signature(ctx, agency, pub, sig_ph)]
    _pad(ctx, blocks, target)
    ordered = tuple(d for d in DEFECTS if d in defects)
    return Synth(_name(index, kind, period, agency.level, ordered, gbk), _render(blocks), kind, agency.name,
                 agency.level, period, year, pub.isoformat(), ordered, "gbk" if gbk else "utf-8", figures)


def _name(index: int, kind: str, period: str, level: str, defects: tuple[str, ...], gbk: bool) -> str:
    tail = ("-" + "+".join(defects)) if defects else ""
    return f"{index:05d}-{kind}-{period}-{level}{tail}{'-gbk' if gbk else ''}.txt"


def _block_plan(rng: random.Random, block: int) -> list[tuple[str, set[str], bool]]:
    kinds = [k for k, n in BLOCK for _ in range(n)]
    rng.shuffle(kinds)
    defects: list[set[str]] = [set() for _ in kinds]
    featured = [DEFECTS[(block * FEATURED_PER_BLOCK + j) % len(DEFECTS)] for j in range(FEATURED_PER_BLOCK)]
    free = list(range(len(kinds)))
    for d in featured:
        fits = [i for i in free if d in COMPATIBLE[kinds[i]]]
        i = rng.choice(fits)
        defects[i].add(d)
        free.remove(i)
    for _ in range(RANDOM_PER_BLOCK):
        fits = [i for i in free if COMPATIBLE[kinds[i]]]
        i = rng.choice(fits)
        defects[i].add(rng.choice(COMPATIBLE[kinds[i]]))
        free.remove(i)
    for i, d in enumerate(defects):
        if d and rng.random() < SECOND_DEFECT_RATE:
            d.add(rng.choice([x for x in COMPATIBLE[kinds[i]] if x not in d]))
    gbk = rng.randrange(len(kinds))
    return [(k, d, i == gbk) for i, (k, d) in enumerate(zip(kinds, defects, strict=True))]


def generate_reports(n: int, seed: int = 0) -> Iterator[Synth]:
    """n documents; the same ones for the same seed, and generate_reports(m) is a prefix for m > n."""
    rng = random.Random(f"xxgk-synth:{seed}")
    registry = Registry(rng)
    plan: list[tuple[str, set[str], bool]] = []
    for index in range(n):
        if not plan:
            plan = _block_plan(rng, index // BLOCK_SIZE)
        kind, defects, gbk = plan.pop(0)
        synth = _make(kind, defects, registry, rng, index, gbk)
        if synth.encoding == "gbk":
            try:
                synth.text.encode("gbk")
            except UnicodeEncodeError:  # never expected: the vocabulary is GBK-safe
                synth.encoding = "utf-8"
                synth.name = synth.name.replace("-gbk", "")
        yield synth


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(file name, text) for n synthetic reports; write them with `write` to get the GBK ones right."""
    for s in generate_reports(n, seed):
        yield s.name, s.text


def write(out: Path, n: int, seed: int = 0, manifest: bool = True) -> list[Synth]:
    """Write n documents into `out` (created if needed) and, unless told not to, manifest.jsonl beside them."""
    out.mkdir(parents=True, exist_ok=True)
    docs = []
    lines = []
    for s in generate_reports(n, seed):
        (out / s.name).write_bytes(s.data())
        docs.append(s)
        if manifest:
            lines.append(json.dumps(s.manifest(), ensure_ascii=False))
    if manifest:
        (out / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docs


def padding_samples(seed: int = 0, k: int = 200) -> list[tuple[str, str]]:
    """(theme, filled sentence) samples of every padding theme, to check them against FORBIDDEN."""
    rng = random.Random(seed)
    out = []
    for year in (2009, 2016, 2020, 2023):
        ctx = Ctx(rng, Agency("青禾市财政局", "department", "我局", "全市财政系统", "青禾市财政局"), year,
                  ("科室", "单位"))
        for theme, templates in PAD.items():
            for _ in range(k // 4):
                out.append((theme, ctx.fill(rng.choice(templates))))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write N synthetic information-disclosure reports (UTF-8, some GBK).")
    ap.add_argument("--n", type=int, default=100, help="how many documents (default 100)")
    ap.add_argument("--out", type=Path, required=True, help="folder to write into (created if needed)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--no-manifest", action="store_true", help="do not write manifest.jsonl")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("--n must be >= 0")
    docs = write(args.out, args.n, args.seed, manifest=not args.no_manifest)
    size = sum(len(d.data()) for d in docs)
    kinds = Counter(d.kind for d in docs)
    defects = Counter(x for d in docs for x in d.defects)
    print(f"wrote {len(docs)} files, {size / 1e6:.2f} MB, to {args.out}")
    print("kinds:   " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("defects: " + ", ".join(f"{k} {defects[k]}" for k in DEFECTS)
          + f"; documents with any: {sum(1 for d in docs if d.defects)}")
    print(f"GBK: {sum(1 for d in docs if d.encoding == 'gbk')}; agencies: {len({d.agency for d in docs if d.agency})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
