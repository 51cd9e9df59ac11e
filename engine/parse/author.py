"""Who is reporting: every place a report names its author, gathered and picked by one stated order.

Order (the first usable candidate wins; docs/parsing.md):
  1. title       the title line (agency before or after the year) or the line above/below it
  2. opening     the opening sentences: 由XX编制, 现将/现公布/特向社会公布XX…报告, 结合XX(工作)实际, XX坚持/按照…
  3. signature   a line of its own near the end holding just the name (and maybe the date)
  4. metadata    site metadata: 发布机构, 来源, 发布者, 发文机关
  5. guide       the name of the agency's own 《…信息公开指南》
  6. contact     请与XX联系 / 请联系:XX
  7. site        the body whose website carries the report (本报告电子版可从XX网站下载), in that body's voice (我局)
A candidate is usable when it is a name (ends with an agency word) and is not advertising (a spam mirror's gambling
brand; where the brand replaced only the place, what is left must still name a place or be generic like 县水务局). A
name whose place part is no known division (divisions.py: "标题县政府办", a site's label glued to it) is taken only when
no other usable name is found (places newer than the table, or invented ones in samples, stay usable). A generic
winner (区政府办) gives way to a longer form of itself found anywhere else (向阳区人民政府办公室). When nothing is
usable the agency is absent and `resolve` says why (doc.agency_missing). A title that abbreviates its body
("某市科技局") gives way to the full name the sentence that compiles or publishes the report spells out (A350).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from engine.parse import divisions, scan
from engine.parse.textutil import clause_bounds, holds_word, last_of, snippet

ORDER = ("title", "opening", "signature", "metadata", "guide", "contact", "site", "breadcrumb")
# the sources outside the report's own words: their name is completed to the form the text gives it (own_form), and
# meta's level reading weighs them below the text's voice
OUTSIDE_SOURCES = ("metadata", "guide", "contact", "site", "breadcrumb")
SOURCE_WORDS = {"title": "标题", "opening": "正文开头", "signature": "落款", "metadata": "网页发布信息",
                "guide": "本机关信息公开指南", "contact": "联系方式", "site": "报告发布网站", "breadcrumb": "网页导航"}

# schools below the universities and public farms: 某县实验小学, 某县二中, 某幼儿园, 某林场, 园艺场 (never 市场, 广场,
# 现场, nor 中小学; 三中 not before 全会; a19-agency); meta.AGENCY_END ends with them too
LOWER_UNIT_END = r"(?<!中)小学|幼儿园|[一二三四五六七八九十]中(?!全)|(?<=[林农牧茶渔果艺殖种])场"
# (署 never after 部: 研究部署 is a verb, a news headline's "某机关党组研究部署2022年政务公开工作"; a23-blind-doc)
AGENCY_END = (r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办|政府|办公室|研究室|参事室|办公厅|委员会|"
              r"管理委员会|管委会|管委|街道办事处|办事处|大学|学院|学校|中学|局|厅|委|办|中心|(?<!部)署|街道|街|镇|乡|苏木|区|县|旗|市|州|盟|自治区|省|所|院|"
              r"海关|馆|站|队|处|部门|部|联合会|商会|协会|残联|妇联|工商联|红十字会|工会|"
              # (the central bank's branches report under the Regulations: 中国人民银行某中心支行; a52)
              r"支行|分行|"
              # (a supply and marketing cooperative by any of its names; a38)
              r"供销合作社联合社|供销合作联社|供销合作总社|供销合作社|供销联社|供销总社|供销社|气象台|电视台|新城|[业技创]园|"
              # a public enterprise reporting under the Regulations (桐乡市水务集团有限公司; a15-agency)
              # (and a public utility's company by its service: 某市某区供电公司, 某县自来水公司; a22-agency-other)
              # (and any company a known place's name opens, as clean requires: 某市动力公司, 某市公共交通公司; its
              # level none, L17; A123, a24-agency-other; every pattern that ends with AGENCY_END reads two
              # characters of the name before it, so 公司 alone needs no class of its own: a [\u4e00-\u9fff] here
              # costs the import a charset optimisation per pattern that embeds it)
              rf"有限责任公司|有限公司|集团公司|公司|{LOWER_UNIT_END})")
# (a name's characters include the rare ideographs of the extensions that some place names need: 塘㙍镇; a51)
NAME_CHARS = r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f()]"
NAME = re.compile(rf"{NAME_CHARS}{{2,30}}?{AGENCY_END}")
# advertising that spam mirrors put in place of names: ASCII runs and the vocabulary of betting/adult sites
# (a bureau's own 体育 or 彩票 is not advertising: 教育体育局, 文化体育和旅游局, 福利彩票发行中心)
SPAM_WORD = re.compile(r"[A-Za-z0-9_|\-【】\[\]]{2,}|娱乐|"
                       # (a bureau's 体育 inside its name: 文化体育广播电视和旅游局, 旅游和文化广电体育厅; a45;
                       # 文化旅游体育广电局: a48)
                       r"(?<!文化)(?<!广电)(?<!教育)(?<!旅游)体育(?!局|和|事业|中心|运动|馆|总局|学院|厅|委|广播|广电)"
                       r"|比分|直播|官网|"
                       r"中文网|主页|官方网站|网址|投注|彩票(?!发行|管理|中心)|足球|篮球|博彩|棋牌|竞猜|买球|下载|导航|菠菜|真人|电竞|开户|赌|金沙|威尼斯人|葡京|百家乐|老虎机|VIP|vip"
                       # the brands such mirrors carry (a name never holds them; 驻澳门办事处 is a real office)
                       r"|华体会|亚博|九游|乐鱼|米乐|必威|雷竞技|欧宝|爱游戏|皇冠|(?<!驻)澳门"
                       # (and a betting site's account talk, "…打水账号怎么防止封号气象局": A125, a24-agency-other)
                       # (and its cash talk, "…365提款一直在处理中人民政府办公室": a40; "…官网提现说维护统计局": a55)
                       r"|账号|封号|提款|提现|出款|充值|处理中|说维护"
                       # (and a lottery site's name, "中国体彩网,体彩网公安局…"; a lottery's own centre keeps it: a56)
                       r"|体彩网?(?!中心|管理|发行)"
                       # (and a question site's name a spam title carries, "…的365天知乎政府办公室": a40)
                       r"|知乎|百度知道"
                       # (and an answer site's question, "…是什么意思信访局": a44)
                       r"|是什么意思")
# bodies by their quantity ("绝大多数政府机关", "部分单位"): many bodies, no one's name (kind reads them too)
BODIES_QUANTITY = r"绝大多数|大多数|多数|少数|部分|一些|个别|所有|许多"
# (校, 三是: "三是校信息公开办…", an enumeration and the school's own office; 现将…: an opening's verb, no name)
GENERIC_START = re.compile(r"^(?:人民政府|政府|办公室|办公厅|委员会|局|委|办|中心|街道|关于|我|本|该|各|全|此|其|年|"
                           r"标题|题|根据|按照|结合|为|在|对|向|由|将|与|和|及|的|校|[一二三四五六七八九十]是|现将|现把|现就|现予|现公布|特将"
                           # (a conjunction opening a clause: "既缘于制度倒逼和教育部…"; a content farm's
                           # "最新街道政务公开工作总结2024字精品五篇": a40)
                           r"|既|也|但|而|最新"
                           # (a demonstrative, "这些政府网站…": bodies spoken of, no name; and a title that opens with
                           # its verb, "转发国土资源部办公厅关于…的通知": the forwarded document's issuer; a51)
                           r"|这|那|转发|印发|批转"
                           # (a leader's duties: "主管某镇全面工作", "分管…", "协助…"; a41)
                           r"|主管|分管|协助|负责"
                           # (a zone's committee by its unit alone, "管委会党政办公室": whose, unsaid; a44)
                           r"|管委会|管理委员会"
                           # (a year by its relation, "上一年度政府信息公开…": its 政府 is the topic's; a44)
                           r"|上一?年|下一?年|今年|去年|明年|全年"
                           # (a quantity of bodies: "绝大多数政府机关认真编制了…年度报告", a survey's finding; a44)
                           rf"|{BODIES_QUANTITY})")
# a street office's or a township government's full name whose first character is also a function word (和平街道办事处,
# 与儿街镇人民政府): the whole form says it is one body's name (a36 A57; a39)
# (and 向阳, a common township's name: 向阳楼街道, 向阳镇; a44)
FUNCTION_WORD_TOWNSHIP = re.compile(r"[和与及][\u4e00-\u9fff]{1,4}?(?:街道办事处|(?:镇|乡|苏木)人民政府)"
                                    r"|向阳[\u4e00-\u9fff]{0,2}?(?:街道办事处|街道|镇|乡)(?:人民政府)?")
# a county named by one character and its unit (NAME wants two before it); not the table's 城区/矿区/东区, which are
# also common words, nor 和县/新县, whose first character opens phrases (和县政府…, 新县城)
ONE_CHARACTER_COUNTY = re.compile(r"[^和新]县|.市")
BARE_UNIT = re.compile(r"^[省市县区州镇乡旗]")
# a mass organisation by its short form under a bare unit (区妇联, 县残联, 市科协, 县总工会): a generic name, as A11
# keeps 县民政局, read outside a title only in its own voice (我会/本会; labelling A121, a24-agency-other)
# (and a supply and marketing cooperative's, 区供销社; a41)
MASS_SHORT = re.compile(r"[省市县区州旗](?:妇联|残联|科协|侨联|文联|工商联|总工会|红十字会|计生协"
                        r"|供销合作社联合社|供销合作联社|供销合作社|供销联社|供销社)")
MASS_VOICE = re.compile(r"[我本][会社]")  # (我社: a 供销社 speaks so; a43)
# an office inside the reporting body: 两城镇人民政府党政办公室, 某大学信息公开办公室 → the body itself
INTERNAL_OFFICE = re.compile(r"^(.{2,30}(?:大学|(?<!科)学院|(?<!大学)(?<!学院)学校)(?!长))"
                             r"[\u4e00-\u9fff]{0,16}?(?:办公室|办)(?:、[\u4e00-\u9fff]{1,8}?(?:办公室|办))?$"
                             # (its two offices together, "某大学党委办公室、校长办公室", a46)
                             # (the school's name to its last school word: an independent college keeps its own,
                             # 某大学某学院办公室 → 某大学某学院, labelling A10, a13-audit; not the 学校 in 大学校长
                             # or 大学学校办公室)
                             r"|^(.{2,30}?(?:街道办事处|(?:镇|乡|苏木)(?:人民)?政府|街道))"
                             r"[\u4e00-\u9fff]{0,16}?(?:办公室|办)(?:[\u4e00-\u9fff]{1,4}[科股])?$"
                             # a township's own office, named under its district government or as its 党政办:
                             # 某区人民政府某镇办公室, 某镇党政综合办公室 (苏木: a township in Inner Mongolia)
                             r"|^(.{2,30}?(?:人民政府|政府).{1,8}?(?:镇|乡|苏木))(?:党政|党政综合|综合)?(?:办公室|办)$"
                             r"|^(.{2,30}?(?:镇|乡|苏木))(?:党政|党政综合)(?:办公室|办)$"
                             # (and a zone's: 某高新区党政办公室 → the zone; a39)
                             r"|^(.{2,30}?(?:高新区|开发区|经开区|新区|园区|试验区|管理区))(?:党政|党政综合)(?:办公室|办)$"
                             # (or its office by no other word: 某县某乡办公室, never a 城乡 body's; lead, a24)
                             r"|^(.{2,30}?(?:镇|(?<!城)乡|苏木))办公室$"
                             # a school's, a farm's or a hospital's office: 某县二中政府信息公开办公室, 某县某林场办公室
                             # (a19-agency), 某县中医院行政办公室 (a22, lead), 某市图书馆办公室, 某区档案馆办公室
                             # (a23-agency-other)
                             r"|^(.{2,30}?(?:中学|小学|[一二三四五六七八九十]中|幼儿园|(?<=[林农牧茶渔果艺殖种])场"
                             r"|医院|保健院|卫生院|档案馆|图书馆|博物馆|文化馆|纪念馆|美术馆|科技馆))"
                             r"[\u4e00-\u9fff]{0,12}?(?:办公室|办)$"
                             # a ministry's 司 and its 处: 某部信息化司综合处 → the ministry (never a 公司)
                             r"|^(.{2,20}?(?:部|委员会|总局|局|署))(?!公)[\u4e00-\u9fff]{1,10}?(?<!公)司"
                             r"(?:[\u4e00-\u9fff]{1,8}?处)?$"
                             # a body's general office and a division of it: 某署办公厅政务公开处 → the body (a13-audit;
                             # a government's 办公厅 and its divisions are left to the rules below)
                             r"|^(.{2,20}?(?:总署|(?<!公)署|部|总局|局))(?:办公厅|办公室)[\u4e00-\u9fff]{1,8}?[处科]$"
                             # the office of a unit inside a bureau: 某县公安局指挥中心办公室, 某局政务公开科办公室
                             r"|^(.{2,30}?(?:局|厅|署))[\u4e00-\u9fff]{2,8}?(?:中心|支队|大队|科|处|股)办公室$"
                             # a bureau's own office or section: 某县水利局办公室, 某市统计局综合科 (a 委员会办公室
                             # is itself an agency, and so is a government's 办公室)
                             # (a 行政公署 is a government: its 办公室 is kept as a government's is, a15-agency; so is
                             # its short form 行署's, 某盟行署外事办公室 a department of it: a44)
                             # (an office by its task too, 某市公安局行政审批办公室, A19; never a body inside the
                             # bureau, 某市公安局某区分局办公室: a38)
                             # (not a centre's 管理办公室, the body that runs it: 某市政务服务中心管理办公室; a42)
                             r"|^(.{2,30}?(?:局|厅|(?<![公行])署|中心|人民政府办公室|人民政府办公厅))(?!管理办公室$)"
                             r"(?:(?:(?![局委院厅署所馆队站处])[\u4e00-\u9fff]){0,6}?办公室|综合科"
                             r"|[\u4e00-\u9fff]{1,6}[科股]|信息中心)$"
                             # a division of a bureau, a commission or a department called 办公室: 某市人民政府
                             # 外事办公室综合处 → the office (a44; never a street's 办事处, nor a government office's
                             # divisions)
                             r"|^(.{2,30}?(?:局|(?<!政府办公)厅|(?<!公)署|委员会|(?<!政府)办公室))"
                             r"[\u4e00-\u9fff]{1,6}?(?<!办事)处$"
                             # an academy's or an institute's own office: 某省农业科学院办公室, 中国科学院某研究所综合
                             # 办公室 (an academy is no school: its 学院 above is read as a school's only without 科;
                             # a23-agency-other)
                             r"|^(.{2,30}?(?:科学院|研究院|研究所))(?:党政|综合|行政)?办公室$"
                             # a bureau's disclosure unit, maybe with its office: 某局政府信息公开工作机构-办公室
                             # (or its desk for requests: 某局政府信息公开申请受理机构; a24-agency-dept)
                             r"|^(.{2,30}?(?:局|厅|署|委员会|委))(?:政府|政务)?(?:信息公开|政务公开)(?:工作|申请受理)?机构"
                             r"(?:[-—–:：]?(?:办公室|[\u4e00-\u9fff]{1,6}[科股]))?$"
                             # a government office's disclosure unit: 某市人民政府办公室政府信息公开中心 → the office
                             r"|^(.{2,30}?(?:人民政府办公室|人民政府办公厅|政府办公室))"
                             r"(?:政府信息公开|政务公开|信息公开)(?:中心|办公室|处)$")
# a breadcrumb line (当前位置: 首页 > … > 某区人民政府 > 年报): the site's sections and owner, never the author
# (a segment never opens a title in angle brackets: "《关于印发<某院信息公开指南><某院信息公开目录>的通知》" nests
# document titles, no breadcrumb; a22, lead)
CHROME = re.compile(r"(?:[您你](?:现在)?(?:所在)?的?|当前(?:所在)?|所在)位置|首页\s*[>›»/]"
                    r"|[>›»]\s*[^>›»<\n]{1,30}\s*[>›»]")
# CHROME as searched: its leading group and classes written out per word and character (the same branches in the
# same order, so the same answer), every branch opening with a literal, so `re` skips ahead to the first characters
# instead of trying the pattern at every one; CHROME itself is what its gate (gate.needs) reads
CHROME_SCAN = re.compile(r"您(?:现在)?(?:所在)?的?位置|你(?:现在)?(?:所在)?的?位置|当前(?:所在)?位置|所在位置"
                         r"|首页\s*[>›»/]|" + "|".join(c + r"\s*[^>›»<\n]{1,30}\s*[>›»]" for c in ">›»"))


def chrome_line(line: str) -> bool:
    """CHROME_SCAN.search(line) is not None, searched only where the line holds what every match holds: 位置, 首页 or
    one of >›» (a title line holds none; `re` tests its every character against the branches' eight first ones)."""
    return ("位置" in line or "首页" in line or ">" in line or "›" in line or "»" in line) \
        and CHROME_SCAN.search(line) is not None
GOVERNMENT_WITH_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:人民政府|政府)"
                                    r"\([\u4e00-\u9fff]{2,20}(?:办公室|办公厅)\)")
BODY_WITH_ALIAS = re.compile(rf"[\u4e00-\u9fff]{{2,30}}?{AGENCY_END}\([\u4e00-\u9fff]{{2,30}}?{AGENCY_END}\)")
# a body with several other names in brackets, joined by 、 ("某县委宣传部(县委网信办、县政府新闻办)": a party
# department that is also the government's press office, one body under three names; a23-agency-other)
BODY_WITH_ALIASES = re.compile(rf"[\u4e00-\u9fff]{{2,30}}?{AGENCY_END}\([\u4e00-\u9fff]{{2,20}}?{AGENCY_END}"
                               rf"(?:、[\u4e00-\u9fff]{{2,20}}?{AGENCY_END})+\)")
GOVERNMENT = re.compile(r"(?:[省市区县州旗])(?:人民)?政府$")
SCHOOL = re.compile(r"(?:大学|学院|学校)$")
SCHOOL_BELOW = re.compile(r"(?:中学|小学|[一二三四五六七八九十]中|幼儿园)$")  # (its 我校 too: a19-agency)
# the units a19-agency added to AGENCY_END, read outside a title only in their own voice
LOWER_UNIT = re.compile(r"(?:小学|幼儿园|[一二三四五六七八九十]中|(?<=[林农牧茶渔果艺殖种])场)$")
UNIT_VOICE = re.compile(r"[我本][校园场]")
# the voice of a body other than a company (我镇, 我局, 本委…): a text that speaks so is no utility company's
OTHER_VOICE = re.compile(r"我(?:镇|乡|街道|局|委|办|县|区|市|省|旗|厅|校|院|中心|所)|本(?:镇|乡|局|委|办|厅)")
# 白云街: a street office too; 苏木: a 乡 in Inner Mongolia
TOWNSHIP = re.compile(r"(?:镇|乡|苏木|街道|街|街道办事处)(?:人民政府|政府)?$")
BARE_DEPARTMENT = re.compile(r"(?:局|委|办|厅|署|中心|委员会)$")
OFFICE_OF_GOVERNMENT = re.compile(r"政府(?:办|办公室|办公厅)$")
LOWER_BODY = re.compile(r"(?:镇|乡|苏木|街道|街道办事处|局|委|委员会|办|中心)(?:人民政府|政府)?$")
# the unit a contact line sends enquiries to for its government (某县政务服务中心, 某市行政服务中心): no body below it
# (and a government's information centre that runs its portal, 某县政府信息中心; a36)
# (and the information centre of a government's office, which runs the site: "请与某旗政府办网络信息中心联系"; a38)
SERVICE_UNIT = re.compile(r"(?:政务服务|行政服务|便民服务|政务公开|信息公开|政府信息)(?:管理|工作)?(?:中心|办公室|办)$"
                          r"|(?:政府办|政府办公室)(?:网络|电子政务)?信息中心$"
                          # (and the bureau that runs the area's service centre, as the contact of a text that
                          # does not speak as it: "请与某县政务服务和大数据管理局联系"; a40)
                          r"|政务服务(?:和大数据|和数据|数据)?管理局$"
                          # (and the area's data bureau that took the service centre over: "请与某县数据局联系"; a50)
                          r"|[县区市旗州盟](?:大)?数据(?:资源)?(?:发展)?(?:管理)?局$")
# the desk a contact line sends enquiries to for a whole area (省政务公开办公室, 某省人民政府信息公开办公室; 工作 too,
# 某县人民政府信息公开工作办公室: a38; a general office's division, 处/科: a39)
ENQUIRY_DESK = re.compile(r"(?:政务公开|信息公开)(?:工作)?(?:办公室|办|处|科)$")
# such a desk by its name alone, no body before it ("政务公开办公室", "政府信息公开工作领导小组办公室")
BARE_DESK = re.compile(r"(?:政府|政务)?(?:信息公开|政务公开)(?:工作)?(?:领导小组)?(?:办公室|办)")
# a department's or an institution's own disclosure desk: the body, then its desk
DESK_OF_BODY = re.compile(r"(.{2,30}?(?:局|委员会|委|中心|院|厅|署|所|馆|队))(?:政府|政务)?(?:信息公开|政务公开)"
                          r"(?:工作)?(?:办公室|办)")
# (a government's office or an area's service or data bureau runs the desk for the whole area: no author)
DESK_OWNER_NOT_AUTHOR = re.compile(r"政府|政务服务|数据")
BODY_END = re.compile(r"(?:政府|政府办|办公室|办公厅|委员会|局|委|办|厅|中心|街道|镇|乡|苏木|大学|学院|署)$")
# "某部(含某局)": what a body's report also covers, in brackets at the name's end
SCOPE_BRACKET = re.compile(r"\(含[\u4e00-\u9fff、]{2,30}\)$")
# a government with no place before a township's own name ("区人民政府某街道办事处", its place cut by advertising)
PLACELESS_OWNER = re.compile(r"^[省市区县旗](?:人民)?政府(?=[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道|街道办事处|办事处)$)")
OWNER_GLUED = re.compile(r"^[\u4e00-\u9fff]{2,20}?[省市区县旗](?:人民)?政府"
                         r"(?=[\u4e00-\u9fff]{2,10}?(?:镇|乡)(?:人民政府|政府)?$)")
SITE_SUFFIX = re.compile(r"(?:门户)?网站$|政务网$|官网$")  # "某委员会网站": the body whose site it is
# "青龙乡党委政府", "某镇党委、政府": the party committee and the government of one place report as that place (its
# government only where written in full, "某镇党委、人民政府"; a street's 党工委、办事处 as its office, A172; a zone's
# 党工委、管委会 as its committee, a49)
PARTY_AND_GOVERNMENT = re.compile(r"(?:党委|党工委)、?(?:和)?(?:(人民政府|办事处|管委会|管理委员会)|政府)$")
# the party committee and the government of a place named by their units alone ("县委县政府", "市委、市政府"): the
# leadership a report obeys, never its author
LEADERSHIP = re.compile(r"^[省市县区州旗]委[、和及]?[省市县区州旗]?(?:人民)?政府")
# (and cadres assigned, "安排干部积极做好…": a verb and its object, no body; a39)
# (and a reader's verb, "查阅并全文检索办事处主动公开的…": what the public can do, no body; a40)
# (and one body acting for another, "市政府办公室代表市政府共受理…": a clause, not a name; 驻京代表处 is a body; a41)
# (nor a clause with 的 or 由 inside, "内容和主题的确定可由省政府办公厅…": no name holds them but 自由贸易; a44)
# (推进 as a verb, never a centre's or an office's name, "某区重点区域建设推进中心"; a44)
# (nor a verb of doing, "做好街道业务工作的宣传": the work done, never a body's name; a49)
NOT_A_NAME = re.compile(r"机制|构建|建立|加强|推进(?!中心|办)|推动|努力|落实|完善|贯彻|高度重视|通过|是指|干部$|检索"
                        r"|做好|抓好|做实"
                        # (nor an address, "地址:某区某市场对面原社保局大楼", nor a plan's chapter, "第八章高标准布局
                        # 产业园区": a place to find and a part of a document, no body; a49)
                        r"|对面|隔壁|旁边|^第[一二三四五六七八九十百零\d]+[章节篇]"
                        # (nor a verb of aim, "确保全办…", or a category of information, "国土资源城乡建设…类"; a46)
                        r"|确保|保证|(?:资源|住房|统筹|规划)城乡$"
                        r"|代表(?!处)"
                        r"|的|(?<!自)由"
                        # (nor a site's corner, "长者专区", "政民互动区": a page's menu or a hall's zone; a44)
                        r"|专区$|互动区$"
                        # (nor a content farm's category path, "…范文网总结计划乡镇工作总结镇": a genre, no body; a51)
                        r"|总结"
                        # (nor a guide's line that says which body does what, "现场受理机构为某办公室秘书处"; nor a
                        # headline's verb of holding, "某市举办2021年政务公开培训会": its 办 is no office's; a52)
                        r"|(?:机构|单位|部门|地点|机关)(?:为|是)|(?:举|承|主|协|创|筹|兴|操)办$"
                        # (nor 部 as a word of quantity or place, "…信息全部按照规范流程办理完毕": all of them; a54)
                        r"|(?:全|内|外|局)部$")
WORKING_GROUP = re.compile(r"联席会议|领导小组|工作小组")
# a notice's covering sentence ("现将《某市政府信息公开保密审查制度》…印发给你们"): the documents it issues, whose
# names are no author's (a40)
ISSUED_TO_YOU = re.compile(r"(?:印发|转发|下发)给你")
# "某县水利局政府信息公开工作领导小组办公室": the group of one body, which the body's name before it says
# (its topics may be two: "某局政务公开政府信息公开工作领导小组办公室"; a40)
GROUP_OF_BODY = re.compile(r"(?:(?:政府|政务)?(?:信息公开|政务公开)){0,2}(?:工作)?(?:领导小组|工作小组)(?:办公室)?$")
# "某局政府信息公开工作" (a title whose year comes later: 某局政府信息公开工作2025年度报告): the topic is no part of the
# name, nor is the 政府 of "政府信息公开" after a body that is no government (某局政府 → 某局)
TOPIC_TAIL = re.compile(r"(?:信息公开|政务公开|政务信息)(?:工作)?$")  # (政务信息: the body's reporting work, a34)
# 某局政府, 某中心政府, 某学院政府, 某部政府, 某外事办公室政府 (室: a20-agency)
BODY_THEN_GOVERNMENT = re.compile(r"(?<=[局委办厅院校署心学部室])政府$")
SELF_REFERENCE = re.compile(r"[我本该此其][局委办镇乡区县市厅院校街所站队处中馆]")  # (我馆: a43)
BARE_BODY = ("学校", "大学", "学院", "高等学校", "高等学院", "普通高等学校", "高等院校",  # (the genre's, a14-agency)
             "研究所", "研究院", "科学院")  # (and a research body's, its name left out: a44)
# an office with no body before it ("党政办公室" in a table's last cell): a unit of a body the text does not name
# (and an information centre with no owner, "来源:信息中心": a unit of a government the page does not name; a39)
OFFICE_ALONE = re.compile(r"(?:党政|党政综合|综合|行政|校长|院长)?(?:办公室|办)|(?:政务)?信息(?:网络)?中心|网络中心")
# a school's office with no school's name before it ("由学校党政办公室编制", "请联系学校信息公开办公室"): as
# OFFICE_ALONE, the genre's word is no name (labelling A10; not 学院路街道办, a township's office; a23-agency-other)
BARE_BODY_OFFICE = re.compile(r"(?:学校|学院|大学|高等学校)(?![\u4e00-\u9fff]*街道)[\u4e00-\u9fff]{0,12}?(?:办公室|办)")
YEARS = r"(?:(?:19|20)\d{2}\s*(?:(?:——|[-—–~至到])?\s*(?:19|20)\d{2})?\s*(?:学年|年)?度?)"  # a site may lose the dash
# the title line as a site shows it: 某单位2020年…报告, 某单位关于…的通知, 某单位2016-2017学年…, 某局召开…会 (news of
# the body's own meeting); an explainer's "关于《某局2021年…报告》的解读" names the report's body the same way
# (a colon after the name only before a year of a title, "某局:2019年度…"; never a label's date, "发布日期:2023-01-03")
TITLE_LINE = re.compile(rf"^\s*(?:关于(?=[《“\"]))?[“\"「《<【\[]?((?!关于){NAME_CHARS}{{2,30}}?)[”\"」》>】\]]?\s*"
                        r"(?:[:：]\s*(?=(?:19|20)\d{2}\s*(?:年|[-—–~至到/]\s*(?:19|20)?\d{2}\s*学年)))?"
                        rf"(?:关于|召开|{YEARS}\s*(?:年度)?[^\n]{{0,30}}?(?:报告|年报|总结|汇报|通报|通知|信息公开|政务公开"
                        # (or a yearly account's title, "某省2023年度法治政府建设情况", "某区政府2015年推进依法行政工作
                        # 情况及2016年工作打算"; a47)
                        # (or its open day's paper, "某局2025年“政府开放日”活动实施方案"; a49)
                        r"|建设情况|工作情况|开放日|开放月))")
# the title of a body under its several names (BODY_WITH_ALIASES)
TITLE_WITH_ALIASES = re.compile(rf"^\s*({BODY_WITH_ALIASES.pattern})\s*{YEARS}\s*(?:年度)?[^\n]{{0,30}}?"
                                r"(?:报告|年报)\s*$")
# the name after a title that names no one: "2019年政府信息公开工作年度报告(某局)", "…年度报告——某局"
# (also after the year in brackets: "…年度报告(2021年)某局", "…年度报告(二〇二一年) 某局")
TITLE_THEN_NAME = re.compile(rf"^\s*{YEARS}?[^\n()]{{0,30}}?(?:报告|年报)\s*"
                             r"(?:\(\s*(?:(?:19|20)\d{2}|二[〇零○][一二三四五六七八九〇零○]{2})\s*年?度?\s*\)\s*)?"
                             r"(?:\(|——|—|--|(?<=\))|(?<=\)) )\s*"
                             rf"({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*\)?\s*$")
# an article's source at its end, as news and document sites reprint it: "…(来源:某县民政局)"
TAIL_SOURCE = re.compile(r"[(（]\s*(?:来源|信息来源|稿源|文章来源)\s*[:：]\s*([^()（）\s]{2,40})\s*[)）]")
CANON = tuple((re.compile(p), r)
              for p, r in (("人民政府", "政府"), ("办公室$", "办"), ("委员会$", "委"), ("办事处$", "")))

# a short form the text declares right after a name: (以下简称“镇政府”); also its typo 以上简称 (a44)
ALSO_CALLED_OPT = r"(?:[(（]\s*(?:以[下上])?(?:简称|下称)[^)）。\n]{0,20}[)）]\s*)?"
# the body's own sections after its name in the compiler's clause ("结合2023年某市某区某街道各科室的信息公开工作实际
# 情况编制本报告"): the body compiles from its own units' work, and reports (a23-agency-gov; a township's or a
# department's sections only, never 各部门 or 各单位, a government's bodies)
OWN_SECTIONS = r"(?:各(?:业务)?(?:科室|股室|处室|站所|办站所|内设机构)\s*)?"
# "某局办公室负责本报告的编制工作" (a sentence's subject: from its start; tried at every character, so only where
# IN_CHARGE, its verb, is)
OPENING_IN_CHARGE = re.compile(rf"(?:^|[。；;\n])\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*负责(?:本|此)?(?:年度)?"
                               r"报告的?(?:编制|编写|汇总)")
IN_CHARGE = re.compile(r"负责(?:本|此)?(?:年度)?报告的?(?:编制|编写|汇总)")
OPENING = (
    re.compile(r"由\s*([^\s。\n]{2,60}?)\s*(?:负责)?(?:编制|编写|制作|汇总)(?=[。,，的而了形完并本]|$)", re.M),
    # 由某局根据《条例》…编制, 由某局围绕2020年度…工作情况编制 (the compiler before the publishing sentences below,
    # which name the report's body in the report's title, A3: "特向社会公布长春市某区档案馆…报告…本报告由某区档案馆
    # 办公室依据《条例》编制而成" is the compiler's; a23-agency-rest)
    # (two offices of one body, "由某大学党委办公室、校长办公室根据…编制"; a46)
    re.compile(rf"由\s*({NAME_CHARS}{{2,30}}?(?:、{NAME_CHARS}{{2,12}}?)?)\s*(?:根据|按照|依据|依照|结合|围绕|对照)"),
    # "本报告由某区人民政府办公室发布。": the publisher (a document "由国务院办公厅发布的《…》" is a superior's, and
    # the subject of this sentence is the report: 本报告/本年报 right before 由)
    re.compile(r"(?:本|该)(?:年度)?(?:报告|年报)\s*由\s*([^\s。\n《》]{2,60}?)\s*(?:负责|统一)?(?:发布|公布|印发)(?=[。,，并]|$)",
               re.M),
    # (现/特/现予/特此/特向社会/现面向社会 + 公布/公开/发布: "特公布某镇2016年…", "现公开某街道政府信息公开2023年度…";
    # every branch a literal, so that the scan for their first characters stays fast)
    # (现把 for 现将: "现把某市某局2019年度政府信息公开工作情况报告如下"; a44)
    re.compile(rf"(?:现将|现把|现就|现公布|现公开|现发布|特公布|特公开|特发布|特此公布|特此公开|现予公布|现予公开|现向社会公布"
               rf"|现向社会公开|特向社会公开报告|向社会公开报告|特向社会公布|特向社会公开|现面向社会公布|现面向社会公开|向社会公布|向社会公开|现编制|特编制"
               # (and to the whole of society: "特向全社会公布2011年度某厅…报告"; a40)
               rf"|特向全社会公布|特向全社会公开|向全社会公布|向全社会公开"
               rf"|编制了|编制完成|编制形成|并形成|形成了"
               rf"|编制(?=\s*《)|编制(?=\s*(?:19|20)\d{{2}})"
               # (and 发布 before the report's own title in brackets: "…要求,发布《某市审计局2021年…年度报告》"; a42)
               rf"|发布(?=\s*《[^》\n]{{2,40}}?(?:年度报告|年报)》)"
               # (or with no brackets, the name then the year of the report: "…要求,发布某区某局2023年…年度报告"; a43)
               # (its short form declared between: "发布某省某局(以下简称某省某局)2023年…年度报告"; a47)
               rf"|发布(?=[\u4e00-\u9fff]{{2,20}}?(?:\((?:以下简称|下称)[^()]{{1,12}}\))?(?:19|20)\d{{2}}\s*年度?"
               rf"(?:政府|政务)?信息公开[^。\n,，]{{0,12}}?(?:报告|年报))"
               # (the report as the copula's object: "本年报是根据《条例》要求编制的某局2018年度…报告"; a53)
               rf"|编制的(?=[\u4e00-\u9fff]{{2,20}}?(?:19|20)\d{{2}}\s*年度?(?:政府|政务)?(?:信息公开|政务公开))"
               # "编制某州2023年政府信息公开工作年度报告": a name, then the year right before the topic
               rf"|编制(?=[\u4e00-\u9fff]{{2,20}}?(?:19|20)\d{{2}}\s*年度?(?:政府|政务)?(?:信息公开|政务公开))"
               # (its synonym 编写 so too: "编写某县2017年度政府信息公开工作年度报告"; a24-agency-town)
               rf"|编写(?=[\u4e00-\u9fff]{{2,20}}?(?:19|20)\d{{2}}\s*年度?(?:政府|政务)?(?:信息公开|政务公开))"
               # (and 制定 of the report itself: "…要求,制定某市某局2020年政府信息公开工作年度报告"; a plan of the year,
               # "制定某县2020年政务公开工作要点", is no report; a41)
               rf"|制定(?=[\u4e00-\u9fff]{{2,20}}?(?:19|20)\d{{2}}\s*年度?(?:政府|政务)?(?:信息公开|政务公开)"
               rf"[^。\n,，]{{0,12}}?(?:报告|年报))"
               # (and 制定 of the report itself: "结合我校工作实际,现制定某大学2016—2017学年度信息公开工作年度报告";
               # a plan or a guide it makes, "现制定本单位…指南", has no report noun in the clause; lead, a24)
               rf"|现制定(?=[^。\n,，]{{2,50}}?(?:报告|年报)))了?"
               # ("特编制并向社会公布某局2014年度…", "编制公布某镇2019年…": the second verb is no part of the name; a48)
               rf"(?:并?\s*(?:向社会|面向社会)?\s*(?:公布|公开|发布))?"
               rf"\s*[《“\"「〔【]?\s*{YEARS}?\s*"
               # (the year as 本学年度/本年度 after the name: "现将某大学本学年度信息公开工作情况报告如下"; a53)
               rf"({NAME_CHARS}[^。\n]{{1,60}}?)\s*{YEARS}?\s*(?:本学?年度|年度)?(?:本级)?(?:政府|政务)?(?:信息公开|政务公开)"),
    # "现将某街道办事处2024年度政府信息工作年度报告予以公开": the report's own name, its year and its noun before the
    # publishing verb at the end (whatever the topic a site wrote between them)
    # (a literal first, the verb's first character checked behind it: a pattern that opens with a literal is fast)
    re.compile(rf"将(?<=[现特]将)\s*[《“\"「〔【]?\s*({NAME_CHARS}{{2,40}}?)[”\"」〕】]?\s*{YEARS}\s*(?:年度)?[^。\n,，《》]{{0,20}}?(?:报告|年报)"
               r"\s*》?\s*(?:予以|向社会|面向社会)?(?:公开|公布|发布)"),
    # "《2020年度某县某局信息公开工作年度报告》已经研究同意,现予公开发布": the report's own title quoted in the
    # opening, its year before or after the name (a46)
    re.compile(rf"《(?=[^》\n]{{0,50}}?(?:19|20)\d{{2}})\s*{YEARS}?\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*{YEARS}?\s*(?:年度)?"
               r"(?:政府|政务)?信息公开"
               r"(?:工作)?(?:年度)?(?:报告|年报)\s*》"),
    # "全文包括某苏木人民政府2022年政府信息公开总体情况，…": the report's list of parts names its author first
    re.compile(rf"全文包括\s*({NAME_CHARS}{{2,40}}?)\s*{YEARS}?\s*(?:年度)?(?:政府|政务)?信息公开(?:工作)?(?:总体|基本)情况"),
    # "一、概述\n某市2016年政府信息公开工作,认真贯彻落实…": a line that opens with the body, its year and its
    # disclosure work as the subject (a41; meta.NAME_YEAR_WORK reads the year)
    re.compile(rf"(?:^|\n)[ \t]*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*(?:19|20)\d{{2}}\s*年度?(?:政府|政务)?"
               r"(?:信息公开|政务公开)工作\s*(?:[,，]|在|取得)"),
    # "本报告系根据《条例》…要求编制,总结某市某区人民政府办公室2021年政府信息公开工作情况": whose year of work the
    # report sums up (a41)
    # (and the work the report speaks of: "现从…五方面就某区某局2016年政府信息公开工作情况报告如下"; a54)
    re.compile(rf"(?:总结|就)\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*(?:19|20)\d{{2}}\s*年度?的?(?:政府|政务)?"
               r"(?:信息公开|政务公开)工作"),
    # "本报告由…六部分组成,涵盖了2022年某区自然资源局政府信息公开工作": whose year of work the parts cover (a38)
    re.compile(rf"涵盖了?\s*{YEARS}?\s*({NAME_CHARS}{{2,40}}?{AGENCY_END})\s*{YEARS}?\s*的?(?:政府|政务)?信息公开工作"),
    # "由某局综合全年信息公开情况编制而成": the compiler, then its own year it summed up (a17-agency; not a government
    # office summing up the government's bodies, "由某区人民政府办公室综合区政府所属各行政机关的…编制": A5)
    re.compile(rf"由\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})(?<!政府办公室)(?<!政府办公厅)(?<!政府办)\s*"
               rf"综合(?:全年|本年度?|年度|全局|本局|本单位)[^。\n,，各]{{0,20}}?(?:编制|形成)"),
    # (and a government that sums up its own area's bodies itself, "由某区人民政府综合全区各部门和各乡镇…年度报告
    # 和统计数据编制而成": the government as written, the compiler that reports; its office doing so is A5's, the
    # area's: AREA_OFFICE_SUMMED; a42)
    re.compile(rf"由\s*({NAME_CHARS}{{2,20}}?(?:人民政府|政府))\s*综合\s*全[县区市旗]各[^。\n]{{0,60}}?(?:编制|汇总|形成)"),
    # "本报告内容主要为某州人民政府办公厅2012年度的政府信息公开工作情况": whose work the report covers
    # (the topic looked ahead for first: "本报告为…" with no such topic after it is not tried name by name)
    re.compile(rf"本(?:年度)?报告的?(?:内容)?(?:主要)?(?:为|反映了?)\s*(?=[^。\n]{{2,50}}?(?:信息公开|政务公开)工作)"
               rf"({NAME_CHARS}{{2,40}}?{AGENCY_END})\s*{YEARS}?\s*(?:年度)?的?(?:政府|政务)?(?:信息公开|政务公开)工作"),
    OPENING_IN_CHARGE,
    # (not "结合某区工作实际制定信息公开指南": the body's other document, made in a clause of its own; a declared short
    # form may follow the name: "结合某县某镇人民政府(以下简称“镇政府”)2025年度…工作实际编制")
    re.compile(rf"结合\s*({NAME_CHARS}{{2,30}}?)\s*{ALSO_CALLED_OPT}{OWN_SECTIONS}(?:的)?(?:政务公开|政府信息公开|信息公开)?(?:工作)?实际"
               r"(?![^。\n,，]{0,4}(?:制定|修订|编制|更新|完善)[^。\n,，]{0,6}(?:指南|目录|制度|办法|方案|清单))"),
    # (and the year between the name and its work's reality: "结合省财政厅2024年政府信息公开工作实际,编制本报告"; a43)
    re.compile(rf"结合\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*{YEARS}\s*的?(?:政务公开|政府信息公开|信息公开)工作实际"
               r"(?![^。\n,，]{0,4}(?:制定|修订|编制|更新|完善)[^。\n,，]{0,6}(?:指南|目录|制度|办法|方案|清单))"),
    # (or its work's state, then the verb that publishes or makes the report: "结合市某局工作情况,特向社会公布2019年
    # 本局信息公开年度报告", "结合某县某局信息公开工作情况,制定本年报"; a46)
    re.compile(rf"结合\s*{YEARS}?\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*{YEARS}?\s*(?:年度)?的?(?:政府|政务)?"
               r"(?:信息公开|政务公开)?工作情况\s*[,，]?\s*[特现]?\s*(?:向社会公布|向社会公开|编制|制定|撰写)"
               r"(?=[^。\n]{0,30}?(?:报告|年报))"),
    # "结合某学院2018-2019学年度信息公开工作开展情况编制": the body whose year of work the report is compiled from
    re.compile(rf"结合\s*({NAME_CHARS}{{2,30}}?)\s*{ALSO_CALLED_OPT}{YEARS}\s*[^。\n,，]{{0,8}}?(?:信息公开|政务公开)工作"
               r"[^。\n,，]{0,12}?(?:编制|撰写|形成)"),
    # "根据某大学医学院2020-2021学年信息公开工作执行情况编制而成" (or 依据, a37), "结合2016~2017学年某职业技术学院信息
    # 公开工作实际情况编制": the body whose year of work the report is compiled from, its year before or after its name
    # (a14-agency)
    # (or the verb right after the work: "结合2021年某县残疾人联合会政府信息公开工作编制而成"; A122, a24-agency-other)
    # (and its figures, its declared short form between: "结合国家税务总局某区税务局(以下简称“某区税务局”)政府信息
    # 公开工作有关统计数据撰写", the tax system's opening; a35)
    # (and the work after the rules it cites: "根据《条例》(…)和2023年某市财政局政府信息公开工作开展情况编制"; a42)
    # (each branch a literal, the bracket looked behind for: a class first is tested at every character, ≈ 50 µs)
    re.compile(rf"(?:根据|依据|结合|和(?<=[》)）]和)|及(?<=[》)）]及)|及(?<=[》)）]以及))\s*{YEARS}?\s*"
               rf"({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*{ALSO_CALLED_OPT}"
               rf"{YEARS}?\s*(?:年度)?的?"
               r"(?:政府|政务)?(?:信息公开|政务公开)(?:工作(?:[^。\n,，]{0,6}?(?:情况|数据)[^。\n]{0,10}?|\s*)"
               # (or 情况 with no 工作: "依据2010年度某区某局政府信息公开情况编制本报告"; a44)
               r"|情况[^。\n]{0,10}?)"
               r"(?:编制|撰写|编写|形成)"),
    # (or its work's reality, the year first and the verb right after: "根据2023年某市司法局信息公开工作实际编制而成"; a
    # 结合 before it has a pattern of its own above, which a generic name or a body's sections do not pass; a41)
    # (按照 so too: "本年报按照2022年某区某街道政务信息公开工作实际编制而成"; a42)
    re.compile(rf"(?:根据|依据|按照)\s*{YEARS}\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*(?:政府|政务)?(?:信息公开|政务公开)工作"
               r"实际(?:情况)?\s*(?:编制|撰写|编写|形成)"),
    # (or 工作 left out, the year between the name and the work: "根据某大学2019-2020年度信息公开实际情况编写"; lead,
    # a24 — without the year, "结合园区政府信息公开实际工作情况", 政府 is the topic's, not a name's)
    re.compile(rf"(?:根据|依据|结合)\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*{YEARS}\s*(?:年度)?的?(?:政府|政务)?"
               r"(?:信息公开|政务公开)[^。\n,，]{0,6}?情况[^。\n]{0,10}?(?:编制|撰写|编写|形成)"),
    # "特向社会公布本机关(某镇人民政府)2021年度…报告", "我局(某县水利局)…": the text's self-reference with its
    # name in brackets (a14-agency)
    # (the voices written out as words, [我本][局…] a word each: every branch opens with 我 or 本, so the scan is led
    # by those two characters instead of trying the pattern at every one; no two words share a start, the same
    # matches)
    re.compile(rf"(?:本机关|本行政机关|本单位|本部门|我局|我委|我办|我镇|我乡|我厅|本局|本委|本办|本镇|本乡|本厅)\s*[(（]"
               rf"\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*[)）]"),
    # "汇总2020年度某乡的政府信息公开年度报告编制而成": the body whose report of the year is compiled (a14-agency)
    re.compile(rf"汇总\s*{YEARS}?\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*{YEARS}?\s*(?:年度)?的?(?:政府|政务)?"
               r"(?:信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报|情况)[^。\n]{0,6}?(?:编制|形成)"),
    # "某实验小学,以…为特色", "某中学始建于1950年": a body that opens the text by introducing itself (the text's
    # very start only; a school or farm in its own voice, as resolve requires of LOWER_UNIT; a20-agency)
    re.compile(rf"\A\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*(?:[,，](?=以|是|位于|地处|创建|创办|始建|成立)|是一所|位于|地处|"
               r"(?:创建|创办|始建|成立)于)"),
    # "为认真做好某局政府信息公开工作，我局…" (a bare 市/县 before it is the government the text obeys, not a name)
    re.compile(r"(?:做好|抓好|做实)\s*([^\s省市县区州镇乡旗我本全各该\d][\u4e00-\u9fff()]{1,29}?)\s*的?"
               r"(?:政府信息公开|政务公开|信息公开)工作"),
)


def _by_opening(regex: re.Pattern) -> re.Pattern | scan.Led:
    """`regex` as a scan.Led where it opens with a choice of 2 to scan.MAX_PARTS first characters (`(?:根据|结合)`,
    `(?:本|该)`): one scan per character, the same matches (scan.Led); else as it is."""
    parts = scan.split_by_opening(regex.pattern)
    return scan.Led(regex.pattern, regex.flags) if parts and len(parts) <= scan.MAX_PARTS else regex


OPENING_SCANS = tuple(_by_opening(regex) for regex in OPENING)
# 公布 with no 现 before it, after its clause's comma, as the 发布 branch of OPENING reads it: "…的规定,公布某市人民政府
# 办公室(以下简称市政府办公室)2013年…年度报告" (apart from OPENING and asked only where the text holds ",公布": a
# branch there opening with 公 was tried at every 公 of 公开, +1.5% a report; a49)
PUBLISHED_AFTER_COMMA = re.compile(rf"[,，]公布\s*({NAME_CHARS}{{2,20}}?(?:\((?:以下简称|下称)[^()]{{1,12}}\))?)\s*"
                                   r"(?=(?:19|20)\d{2}\s*年度?(?:政府|政务)?信息公开[^。\n,，]{0,12}?(?:报告|年报))")
# the report saying whose year it reflects: "该报告全面客观地反映了某街道2017年度政府信息公开工作取得的成效" (a50)
REPORT_REFLECTS = re.compile(rf"[本该此](?:年度)?(?:报告|年报)[^。\n]{{0,12}}?反映(?:了|出)?\s*"
                             rf"({NAME_CHARS}{{2,20}}?)\s*"
                             r"(?=(?:19|20)\d{2}\s*年度?[^。\n,，]{0,6}?(?:政府|政务)?信息公开)")
# the same with the year before the name ("结合2025年某市某街道办事处政府信息公开工作实际"): read only for a name that
# opens with a known place (a zone by its kind, "结合2020年高新区…工作实际", is the area, not who reports; a20-agency)
YEAR_THEN_OWN_WORK = re.compile(rf"结合\s*{YEARS}\s*({NAME_CHARS}{{2,30}}?)\s*{OWN_SECTIONS}(?:的)?"
                                r"(?:政务公开|政府信息公开|信息公开)?(?:工作)?实际(?![^。\n,，]{0,4}(?:制定|修订|编制|更新|完善)[^。\n,，]{0,6}"
                                r"(?:指南|目录|制度|办法|方案|清单))")
# the compiler's name cut by a line break, as a PDF's or a narrow page's layout wraps it ("本报告由某市住房和城乡建设
# \n局编制"): the two parts joined, only when the first opens with a known place (a17-agency)
# (or by a PDF's space: "由某市住房和城乡建设 局综合全年信息公开情况编制而成")
WRAPPED_COMPILER = re.compile(r"由[ \t]*([\u4e00-\u9fff]{2,30})(?:[ \t]*\n[ \t]*|[ \t]+)"
                              r"([\u4e00-\u9fff()]{1,12}?)[ \t]*"
                              r"(?:负责|综合(?:全年|本年度?|年度|全局|本局|本单位)[^。\n,，各]{0,20}?)?(?:编制|编写|汇总)(?=[。,，的而了形完并本]|$)",
                              re.M)
# the working body of a guide's own body ("本行政机关政府信息公开工作机构为某乡人民政府党政综合办公室,具体承担…")
GUIDE_WORKING_BODY = re.compile(rf"本(?:行政)?机关(?:的)?(?:政府)?信息公开(?:工作)?(?:的)?(?:工作)?机构(?:为|是)\s*"
                                rf"({NAME_CHARS}{{2,30}}{AGENCY_END})(?=[,，。;；\s]|具体|负责)")
GUIDE_ISSUER = (
    re.compile(rf"(?:做好|抓好)\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})(?:以及|及|和)(?:县直|市直|区直|所属|下属|相关|直属)"
               r"[^的。，,]{0,12}的(?:政府信息公开|政务公开|信息公开)工作"),
    re.compile(rf"(?:^|[。；;\n])\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*负责(?:向社会|向公众)?(?:主动)?公开", re.M),
    # whose information it helps the public find: "方便公众…查找某市人民政府及办公厅依法公开的政府信息"
    re.compile(rf"(?:查找|获取|查阅)\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})(?:(?:及|和|以及)[\u4e00-\u9fff]{{1,10}}?)?"
               r"(?:依法|依照)?(?:主动)?公开的(?:政府)?信息"),
)
# (or its information alone: "为了保障公民…依法获取某市医疗保障局(的)政府信息,…制定本指南": a body's, never a bare
# area's, "依法获取某区的政府信息"; a45)
# (and offered or obtained, its short form declared: "向公民…提供某镇人民政府暨镇政府办公室的政府信息",
# "依法保障社会公众获取某职业学校(以下简称“本单位”)的公开信息"; a47)
# (and the standard phrase's "公民、法人和其他组织获取某局的政府信息"; a52)
GUIDE_OBTAIN = re.compile(rf"(?:依法获取|(?<=[保障公众社会织])获取|提供)\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})"
                          r"(?:暨[\u4e00-\u9fff]{2,12}?(?:办公室|办公厅))?(?:\((?:以下简称|下称)[^()]{1,12}\))?"
                          r"的?(?:政府|公开)信息(?!公开)")
# the statute's own words for a body's information in a guide's purpose ("获取由某镇制作或者获取的政府信息"): the body
# that makes it, a bare place too (A71: a guide's bare place stays as written; a53)
GUIDE_MADE_BY = re.compile(rf"获取由\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*(?:制作|产生)(?:或者?|和|及)"
                           r"(?:获取|保存)的(?:政府)?信息")
# a guide's or a catalogue's own field naming its body ("机构名称:某市应急管理局"), and the body that takes in the
# applications it describes ("目前,某市某局受理申请人的当面申请、信函申请"); its own office is the body (A1, A19; a47)
GUIDE_AGENCY_FIELD = re.compile(rf"^[ \t]*(?:机构名称|单位名称)[ \t]*[:：][ \t]*({NAME_CHARS}{{2,30}}?{AGENCY_END})"
                                r"[ \t]*$", re.M)
GUIDE_INTAKE = re.compile(rf"(?:^|[。;；\n]|目前[,，]|申请方式)\s*([\u4e00-\u9fff]{NAME_CHARS}{{1,29}}?{AGENCY_END})"
                          r"\s*(?:负责)?受理申请人")
# (and the office in charge of its disclosure, "某市司法局办公室是某市司法局信息公开的主管部门": the bureau; a
# government's office stays itself, L1) and the first item of what it publishes, its own functions ("公开范围\n1.某省
# 某局职能、机构设置、办公地点…")
GUIDE_IN_CHARGE = re.compile(rf"(?:^|[。\n])\s*([\u4e00-\u9fff]{NAME_CHARS}{{1,29}}?(?:办公室|办公厅))"
                             r"是[^。\n]{0,24}?(?:政府|政务)?信息公开(?:工作)?的?主管部门")
GUIDE_SCOPE_FIRST = re.compile(rf"^\s*[1１][.、．]\s*([\u4e00-\u9fff]{NAME_CHARS}{{1,29}}?{AGENCY_END})的?"
                               r"(?:职能|机构职能|机构设置|主要职责|机构概况|概况|简介)", re.M)
BODYS_OWN_OFFICE = re.compile(r"(?<=[会局委府])(?:党政|综合|行政)?办公室$|(?<=学院)学院办公室$|(?<=大学)学校办公室$")
# the report published, named by its year alone ("…向社会发布2018年政府信息公开工作年度报告"), or by its title in
# brackets ("某局现向社会公开《2023年政府信息公开工作年度报告》"; a54)
_REPORT_BY_YEAR = r"(?:19|20)\d{2}\s*年度?(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)"
OWN_REPORT_BY_YEAR = rf"(?=\s*{_REPORT_BY_YEAR})"
OWN_REPORT_TITLED = rf"(?=\s*《\s*{_REPORT_BY_YEAR})"
SUBJECT_VERB = re.compile(r"(?:领导班子|党组|党委|党工委)?(?:坚持|认真|高度重视|紧紧围绕|深入|严格|进一步|按照|始终|"
                          # "2023年,县某局紧密结合…工作实际" (a38)
                          r"紧密结合|紧密围绕|"
                          # "…,某委加强对信息公开工作的组织领导" (a42)
                          r"加强(?=对[^。，,]{0,16}(?:领导|指导))|"
                          # "…要求,某街现将2021年度信息公开工作报告如下": the publisher of its own report, as the
                          # subject before 现将 (a42); "2024年,某局坚决贯彻…" (a42)
                          r"现将(?=\s*(?:19|20)\d{2}\s*年度?[^。\n,，]{0,24}?(?:报告|年报))|坚决(?=贯彻|落实)|"
                          # "…要求,某市对2018年政府信息公开进行梳理和汇总,形成本报告": the subject that sums up its
                          # year's work into the report (a43)
                          r"对(?=\s*(?:19|20)\d{2}\s*年度?[^。，,]{0,16}?进行了?(?:全面)?(?:梳理|总结|汇总))|"
                          # "七宝镇贯彻《条例》…": the subject before the statute it carries out (a43), or the centre's
                          # plans ("2020年,某市人民政府办公室贯彻党中央、国务院…决策部署"; a54)
                          r"贯彻(?=《|党中央|中央)|"
                          # "今年以来，某镇按县政府…要求": 按 before the government whose requirement it follows
                          r"按(?=上级|[省市县区州旗](?:委|人民政府|政府))|"
                          # (and the principle it works by: "某办政务公开工作本着…的原则"; a35)
                          r"本着|"
                          # (and the aim it works for: "2022年,某镇人民政府为充分尊重人民群众知情权,…"; a46)
                          r"为(?=充分|进一步|切实|加强|推进|保障)|"
                          # (and what it puts its effort into: "思明区着力加强领导,…"; a46)
                          r"着力(?=加强|推进|提升|抓好|做好|构建|打造|完善)|"
                          # (and what it set up or mended in time: "…要求,某镇人民政府及时完善了…领导小组"; a54)
                          r"及时(?=完善|调整|成立|建立|健全)|健全完善|"
                          r"全面|根据|结合|积极|扎实|以习近平|以[^。，,]{2,20}为(?:指导|指引|核心|主线|抓手|统领|引领|导向|遵循)|牢固树立|紧扣|大力|强化|扎实推进|着力推进|编制了|"
                          # (and the statute it goes by: "2020年,市某局依据《条例》,认真贯彻…"; a45)
                          r"依据(?=《)|依照(?=《)|"
                          # "…,按照上级部署,某局编制本报告": the compiler as the last clause's subject (a20-agency)
                          # (or the report by its year: "…,某区某街道特编制2023年政府信息公开年度报告"; a24-agency-town)
                          r"特?(?:编制|制定|撰写)(?=[本此](?:年度)?(?:报告|年报)|(?:19|20)\d\d\s*年度?(?:政府|政务)?信息公开)|"
                          # "根据《条例》,某自治区形成了《2016年政府信息公开年度报告》": the report it made (a40)
                          r"形成了(?=《?(?:19|20)\d\d\s*年度?(?:政府|政务)?信息公开)|"
                          # (and with 此: "…,某镇人民政府特此编制2024年度…年度报告"; a40)
                          r"特此(?:编制|制定|撰写)(?=[本此](?:年度)?(?:报告|年报)|(?:19|20)\d\d\s*年度?(?:政府|政务)?信息公开)|"
                          # "…要求,某管委会办公室组织编制完成本报告" (a37)
                          r"组织(?:编制|撰写)(?:完成)?了?(?=[本此](?:年度)?(?:报告|年报))|"
                          # "…要求,某局特向社会公布2024年度本机关信息公开工作报告": the publisher of its own
                          # report, 本机关 saying whose (a24-agency-dept)
                          # (and 本级: "某办事处向社会公布2021年度本级政府信息公开年度报告"; a42)
                          r"特?向社会(?:公布|公开)(?=\s*(?:19|20)\d{2}\s*年度?\s*本(?:机关|单位|级))|"
                          # (本单位 before the year: "…要求,国家税务总局某市税务局向社会公布本单位2020年…年度报告"; a45)
                          r"特?向社会(?:公布|公开|发布)(?=\s*本(?:机关|单位|级)\s*(?:19|20)\d{2}\s*年)|"
                          # "近日,某省人民政府正式向社会发布2018年…年度报告": its own report's publisher (a33)
                          # (正式 written out as a branch of its own: every branch opens with a literal, VERB_ALONE)
                          r"正式向社会(?:公布|公开|发布)" + OWN_REPORT_BY_YEAR + "|"
                          r"特?向社会(?:公布|公开|发布)" + OWN_REPORT_BY_YEAR + "|"
                          # (现 before it, the report by its title: "某局现向社会公开《2023年…年度报告》"; a54)
                          r"现向社会(?:公布|公开|发布)" + OWN_REPORT_TITLED + "|"
                          # (or its arrangement or organising: "…在县委、县政府的统筹安排下和局党组的精心组织下,认真…";
                          # a34)
                          r"在[^。，,]{0,24}(?:领导|指导|指引|统筹安排|部署|组织|带领)下)")
_LITERAL = r"[^\\.^$*+?{}\[\]|()]"
_OPTIONAL_FIRST = re.compile(rf"({_LITERAL})\?(?![?+])")  # `特?…`: an optional literal character first
_WORDS_FIRST = re.compile(rf"\(\?:((?:{_LITERAL}+\|)+{_LITERAL}+)\)(?![?*+{{])")  # `(?:编制|制定)…`: words first


def _written_out(branch: str) -> list[str]:
    m = _OPTIONAL_FIRST.match(branch)
    if m:  # `c?R`: a match tries c then R, then R alone
        return [*_written_out(m.group(1) + branch[m.end():]), *_written_out(branch[m.end():])]
    m = _WORDS_FIRST.match(branch)
    if m:  # `(?:w1|w2)R`: w1 then R, then w2 then R
        return [word + branch[m.end():] for word in m.group(1).split("|")]
    return [branch]


def literal_led(pattern: str) -> str:
    """`(?:B1|B2|…)` written so that its branches open with a literal: `c?R` (an optional literal character) as
    `cR|R`, `(?:w1|w2|…)R` (literal words) as `w1R|w2R|…` — what a backtracking match tries at each position, in
    the same order, so the same matches. One branch that opens with neither literal nor class (`特?(?:编制|…)`) leaves
    `re` no set of first characters: it tries the whole choice of some 30 branches at every character (≈ 100 ns a
    character, 250 µs over an opening of 2,500). Any other pattern (a capturing group, not one group) as it is."""
    inner = pattern[3:-1] if pattern.startswith("(?:") and pattern.endswith(")") else ""
    branches = scan.top_level(inner) if inner else None
    if not branches or re.compile(pattern).groups:
        return pattern
    try:
        for branch in branches:
            re.compile(branch)  # ("(?:a)|(?:b)" is no single group: its inner branches do not compile)
    except re.error:
        return pattern
    return "(?:" + "|".join(w for branch in branches for w in _written_out(branch)) + ")"


# verbs that open a report's figures ("2023年，区政府办公室共受理…"): a subject before them only right after the year
SUBJECT_PREFIXES = ("领导班子", "党组", "党委", "党工委")
VERB_ALONE = re.compile(literal_led(SUBJECT_VERB.pattern.removeprefix(f"(?:{'|'.join(SUBJECT_PREFIXES)})?")))
# (and "2022年,某新区在某平台(网址)主动公开…": the place it published on between the subject and its verb, a20-agency)
# (and what it did not receive: "2020年,县医院未收到…申请", a hospital's text in its voice, 我院; A124)
# (and the rules it carried out: "2021年,某区某局贯彻落实《条例》…", the commonest opening of a 2021-format report;
# lead, a24)
YEAR_SUBJECT_VERB = re.compile(r"共受理|共收到|未收到|共主动|主动公开|共发布|持续|着力|切实|围绕|聚焦|立足|继续|不断"
                               # (and what it checks itself against: "2017年,某镇对照公共服务事项清单…"; a56)
                               r"|对照"
                               # ("2021年内,某街道共办理4件政府信息公开申请"; a42)
                               r"|共办理"
                               # (and the stance it takes: "2025年,某区人民政府办公室准确把握…部署", "…主动适应新形势";
                               # a47)
                               r"|准确把握|牢牢把握|主动适应|锚定|紧盯|聚力|全力(?=推进|推动|做好|抓好|打造)"
                               r"|依托(?=[^。，,\n]{2,40}?(?:主动公开|发布|公开))"
                               # (sent up to the site that publishes it: "2022年,某中心共向区信息中心报送信息"; a43)
                               r"|共向(?=[^。，,\n]{2,20}?(?:报送|推送|提供)[^。，,\n]{0,6}?信息)"
                               r"|贯彻(?=落实|执行|《)"
                               # (and the year's whole before them: "2021年,某医院全年主动公开…"; A127)
                               r"|全年(?=(?:共|累计)?(?:主动公开|受理|收到|未收到|发布))"
                               r"|在(?=[^。，,\n]{2,80}?主动公开)"
                               # (and the means it published by: "2020年,区某局通过政府网站主动公开…", a23-agency-rest)
                               r"|通过(?=[^。，,\n]{2,40}?(?:主动公开|发布|公开))"
                               # (and the work it put first: "2016年,某厅把大力推行政府信息公开作为…抓手"; a49)
                               r"|把(?=[^。，,\n]{2,30}?(?:政府信息公开|政务公开|信息公开)[^。，,\n]{0,12}?(?:作为|列为|纳入))")
# "2012年某局政府信息公开工作在…方面取得了新进展": the body whose year of disclosure work the sentence sums up, the
# topic's possessor after the year (a23-agency-lib); or with 的, the work done strictly as told ("2021年,县某局的
# 政府信息公开工作严格按照…"; a37)
OWN_WORK_VERB = re.compile(r"(?:政府信息公开|政务公开)工作(?=在[^。，,\n]{2,30}?取得|取得|运行正常|稳步推进|有序推进"
                           r"|严格(?:按照|落实|执行))")
# (a place's party committee and government as one subject, "某镇党委、政府高度重视…": PARTY_AND_GOVERNMENT; a20-agency)
# (a street's party working committee and its office as one: "新开河街道党工委、办事处按照…"; a38)
# (a zone's party working committee and its committee: "某高新区党工委、管委会高度重视…"; a49)
SUBJECT = re.compile(r"[\u4e00-\u9fff()]{2,30}|[\u4e00-\u9fff()]{2,24}(?:党委|党工委)、(?:(?:人民)?政府|办事处|管委会"
                     r"|管理委员会)")
# where the clause a subject stands in begins (\Z: a name on the line above the verb is a header, not a subject)
CLAUSE_START = re.compile(r"[^。\n,，;；:：]*\Z")
CLAUSE_STOPS = "。\n,，;；:："
# the overview's heading a flattened page runs into the opening sentence, the subject after it
RUN_HEADING = re.compile(r"(?:总体情况|概述|基本情况)\s*(?=[\u4e00-\u9fff()]{2,30}\Z)")


def clause_cut(lead: str) -> int:
    """Where the last clause of `lead` starts, less one: CLAUSE_START.search(lead).start() - 1 (the last stop's
    index, or -1), by a find per stop instead of a regex tried at every start."""
    return last_of(lead, CLAUSE_STOPS)
# a year a subject follows: calendar, academic (2021-2022学年度) or half (2021上半年)
YEAR_WORD = r"(?:19|20)\d{2}\s*(?:[-—–~至到]\s*(?:19|20)\d{2}\s*)?(?:学年|年|上半年|下半年)度?(?:以来|内)?"
LEADING_YEAR = re.compile(rf"^\s*(?:(?:{YEAR_WORD}|今年以来|本年度|一年来)\s*[,，]?\s*)?")


def without_leading_year(clause: str) -> str:
    """LEADING_YEAR.sub("", clause): its one match is at the start (it always matches there, `^` nowhere else)."""
    return clause[LEADING_YEAR.match(clause).end():]  # type: ignore[union-attr]
# (the lookbehind after the year's first digit, not before it: the pattern opens with 1 or 2, so `re` skips ahead to
# them instead of trying it at every character; the same matches)
YEAR_LEAD = re.compile(r"(?:1(?<!\d1)9|2(?<!\d2)0)" + YEAR_WORD.removeprefix("(?:19|20)")
                       + r"\s*[,，]?\s*(?=[\u4e00-\u9fff])")
# (a label before it — 编制单位:/报告单位:/填报单位: — and a seal's mark after it — (盖章) — are no part of the name)
# (the date may stand before the name on its line: "2022年1月15日 某镇人民政府", a14-agency)
# a signing date after a name, in figures or in Chinese numerals (二〇二三年…)
SIGNED_DATE = r"(?:(?:19|20)\d{2}\s*年[^\n]{0,12}日|二[〇零○][一二三四五六七八九〇零○]{2}\s*年[^\n]{0,12}日)"
# (a flattened table's cell mark may close the date's line: "某市人民政府办公室 2019年12月9日 |"; a50)
SIGNATURE = re.compile(r"^[ \t]*(?:(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日[ \t]*)?"
                       rf"(?:(?:编制|报告|填报|发布)单位[ \t]*[:：][ \t]*)?({NAME_CHARS}{{2,30}}{AGENCY_END})"
                       rf"[ \t]*(?:[(（](?:盖章|章|印)[)）])?[ \t]*(?:{SIGNED_DATE}(?:[ \t]*\|)?)?[ \t]*$", re.M)
# an attachment's own heading on a line of its own ("附件", "附件2", "附件:"), after the text it is attached to (a line
# naming the attachment, meta.ATTACHMENT_LINE's "附件:某…统计表", is no heading)
ATTACHMENT_HEADING = re.compile(r"^[ \t]*附件[ \t]*\d{0,2}[ \t]*[:：]?[ \t]*$", re.M)


def attachment_start(text: str) -> int:
    """Where the first ATTACHMENT_HEADING line after the text's opening starts, or the text's length."""
    at = text.find("附件", 100)
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if ATTACHMENT_HEADING.match(text, line):
            return line
        at = text.find("附件", at + 2)
    return len(text)


# the next numbered item under a line ("\n\n2.规范…", "\n(三)…", "\n四、…"): no signature closes the text above it
NEXT_ITEM = re.compile(r"\s*\n\s*(?:\d{1,2}\s*[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                       r"|[一二三四五六七八九十]{1,3}、)")
# a signature block whose name the page cut over two lines, the date under it or on its line ("某市某区\n某镇人民政府
# \n2023年1月5日", "某市某区市场\n监督管理局 2023年1月15日"): the two lines joined when the first opens with a known
# place and is a bare place or no whole name (A37's rule for a title or a compiler, a20-agency)
SPLIT_SIGNATURE = re.compile(rf"^[ \t]*([\u4e00-\u9fff]{{2,20}})[ \t]*\n[ \t]*({NAME_CHARS}{{2,30}}{AGENCY_END})[ \t]*"
                             rf"(?:{SIGNED_DATE}[ \t]*$|\n[ \t]*{SIGNED_DATE})", re.M)


def at_line_starts(regex: re.Pattern, text: str, start: int,
                   ends: frozenset[str] | None = None) -> Iterator[re.Match]:
    """regex.finditer(text, start) for SIGNATURE and SPLIT_SIGNATURE (MULTILINE, `^` first): tried only where a line
    starts, not at every character (`re` tries `^` at each, 10–15 ns a character). A match holds a name, so is never
    empty, and ends at a name, a date or `$`, never just after a line break: the next can start only at a line after
    its end, as in finditer. With `ends` (a pattern whose match is one whole line, as SIGNATURE's), only a line whose
    last character other than a space or tab is one of them is tried (a line of prose ends with 。: ≈ 1 µs a try)."""
    at = start
    while True:
        line_end = text.find("\n", at)
        if (at == 0 or text[at - 1:at] == "\n") and (ends is None or _last_on_line(text, at, line_end) in ends):
            m = regex.match(text, at)
            if m is not None:
                yield m
                at = m.end()
                line_end = text.find("\n", at)
        if line_end < 0:
            return
        at = line_end + 1


def _last_on_line(text: str, at: int, line_end: int) -> str:
    """The last character other than a space or tab of the line from `at` to `line_end` (-1: the text's end)."""
    end = len(text) if line_end < 0 else line_end
    while end > at and text[end - 1] in " \t":
        end -= 1
    return text[end - 1] if end > at else ""


def last_literals(group: str, also: str = "") -> frozenset[str] | None:
    """The last character of each branch of `group` (`(?:a|b|…)`, a lookahead closing a branch aside) and those of
    `also`, or None when a branch ends in anything but a literal character."""
    branches = scan.top_level(group[3:-1]) if group.startswith("(?:") and group.endswith(")") else None
    if not branches:
        return None
    last = {re.sub(r"\(\?[=!][^()]*\)$", "", branch)[-1:] for branch in branches}
    return None if any(not c or c in "\\.^$*+?{}[]|()" for c in last) else frozenset(last) | frozenset(also)


# the last character of a whole line SIGNATURE matches, spaces and tabs aside: a date's 日, a seal's bracket or an
# agency word's last (its `$` is the line's end; None, every line tried, if AGENCY_END ends a branch otherwise)
SIGNATURE_ENDS = last_literals(AGENCY_END, "日)）|")


# (a match can start only at the text's last stop: what follows its stop — spaces, the name's characters, the date —
# holds no stop; so it is matched there, not searched for over the text's end)
RUN_ON_STOPS = "。！;；"
RUN_ON_SIGNATURE = re.compile(rf"[。！;；]\s*({NAME_CHARS}{{2,30}}{AGENCY_END})\s*"
                              r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\Z")


def run_on_signature(text: str, start: int) -> re.Match | None:
    """RUN_ON_SIGNATURE.search(text, start): matched at the last stop from `start` on, the one place it can start."""
    at = last_of(text, RUN_ON_STOPS, start)
    return RUN_ON_SIGNATURE.match(text, at) if at >= 0 else None
META = re.compile(r"(?:发布机构|发布机关|发文机关|发文机构|发文单位|发布单位|发布部门|发布者|发布来源|信息来源|来源单位"
                  # (not a picture's credit: "图片来源:教育部网站"; a42)
                  r"|来源(?<!图片来源)(?<!照片来源)|稿源|所属机构|所属单位|公开主体|责任主体|责任部门|供稿单位|信息提供单位"
                  r"|提供单位|编制单位|编制机关"
                  r"|作者)"
                  # (the key may stand in brackets: "[ 发布机构 ] 某乡人民政府 [ 有效性 ]"; a48)
                  r"\s*[:：|\]]\s*\|?\s*([^\s|\[\]]{2,60}?)"
                  r"(?=\s|\||$|发布日期|发布时间|成文日期|生成日期|日期|时间|索引号|来源|浏览|字号|字体|点击|作者|分类"
                  # (a grid's next key run on: "发布机构:某局发文日期:…", "发文机关:某局发文字号:…")
                  r"|发文(?:日期|时间|字号)\s*[:：]|印发日期|公开主体\s*[:：]|责任(?:主体|部门)\s*[:：]"
                  r"|公开方式|公开范围|公开时限|主题分类|文号|有效性|体裁|组配分类"
                  # the labels a site runs on once its spaces are gone ("来源:某局编辑:某局", "发布机构:某局审核:…")
                  r"|(?:责任)?编辑\s*[:：]|审核\s*[:：]|发布人\s*[:：]|阅读|打印|分享|关键[词字]|公开日期|信息分类"
                  # (and the page's update stamp: "来源:某部更新时间:2012-04-14"; a45)
                  r"|更新(?:时间|日期)"
                  # the opening sentence run on once the spaces are gone ("来源:某局根据《条例》…")
                  r"|根据|按照|依据|依照)",
                  re.M)
# (and its whole list of what it publishes: "更新完善《某街道政务公开全清单》", "《某委政府信息主动公开全清单》"; a42)
GUIDE = re.compile(r"《([\u4e00-\u9fff]{2,30}?(?:人民政府)?)(?:(?:政府|政务)?信息(?:主动)?公开|政务公开)"
                   r"(?:指南|目录|实施细则|实施办法|全?清单)"
                   r"(?:\((?:试行|暂行|修订)\))?》")
# a plan or rules the body issued itself ("印发了《某局2019年政务公开工作实施方案》"): only a body below a government
# (the plans a report obeys — 按照《某市2019年政务公开工作要点》 — are its government's, never issued by it)
# (also its own rules it set up: "建立了《某局网上信息公开审查制度》、《某局信息公开保密制度》")
# (and its rules for what it posts, "制定了《某局网站信息发布制度》"; a42)
# (and "制定实施《某局2022年政务公开工作实施方案》", "认真实施《某局机关政务信息公开实施办法》"; a township's own
# 《某乡信息公开保密审查机制》 only in a text that speaks as one, 我乡/本镇: a14-agency)
OWN_PLAN = re.compile(r"《(?<=(?:印发|制定|出台|建立|修订|完善|实施)《|(?:发了|定了|台了|立了|订了|善了|施了)《)"
                      rf"({NAME_CHARS}{{2,30}}?(?:局|委员会|委|厅|署|中心|镇|乡|苏木|街道|办"
                      # (a county's or a city's own, the topic right after the place: "《某市政府信息公开工作考核暂行
                      # 办法》"; a place before a body's words, "《某区人防办…制度》", is that body's: a33)
                      r"|[市县区旗](?=\s*(?:(?:19|20)\d{2}\s*年度?)?\s*(?:政务公开|政府信息公开))))"
                      rf"\s*{YEARS}?\s*"
                      # (or its rules for what it posts: "制定印发《某区司法局信息发布管理制度》"; a42)
                      r"[\u4e00-\u9fff]{0,4}?(?:政务公开|政府信息公开|政务信息公开|信息公开|政务信息|信息发布|政府信息依申请公开)(?:工作)?"
                      r"[\u4e00-\u9fff]{0,4}?"
                      r"(?:要点|实施方案|工作方案|方案|制度|办法|实施细则|机制)")
# the body's own report that it sends up, under its name, in its own voice ("我部按要求上报《外交部落实…自查情况报告》",
# "我局报送了《某局…总结》"): the name, when it ends in the voice's unit (部 for 我部) — a document of another kind of
# body, or one the text follows (按照《…》), names no one
OWN_REPORT_TAIL = (r"(部|局|委|厅|署|办)(?:按要求|按照要求|及时)?(?:上报|报送|呈报|编制|形成|撰写)了?"
                   r"《([\u4e00-\u9fff]{2,30}?)(?:落实|关于|开展|\d{4}年)[^》]{0,40}(?:报告|总结)》")
# (scanned as 我… and 本…: a scan per voice's first character, where a class first is tested at every character)
OWN_REPORT = scan.Led("[我本]" + OWN_REPORT_TAIL, parts=["我" + OWN_REPORT_TAIL, "本" + OWN_REPORT_TAIL])
# a department's budget or final accounts under its name ("某市国资委2022年度部门决算公开", "2022年度某市审计局\n部门
# 决算公开"): the unit is the agency of this look-alike (docs/labelling.md L9)
# (a PDF's title spaces its year out, "某管理处 2021 年度决算公开说明", and may drop 部门)
BUDGET_TITLE = re.compile(r"(?:^|\n)[ \t]*(?:\d{4}[ \t]*年度?)?(?P<name>(?!部门)[\u4e00-\u9fff()]{2,30}?)[ \t]*"
                          r"(?:\d{4}[ \t]*年度?)?[ \t\n]*(?:部门(?:决算|预算)|(?<=[年度 \t])(?:决算|预算)公开)")


RULES_TITLE = re.compile(rf"^[ \t]*({NAME_CHARS}{{2,30}}?(?:人民政府|政府))(?:工作规则|议事规则)[ \t]*$", re.M)
# the body's own working group, set up in its own voice ("我局成立了由局长任组长…的某县农业农村局政府信息公开工作领导
# 小组"): the name, when it ends in the voice's unit, as for OWN_REPORT
# (also later in the sentence that speaks as it: "我局严格遵守…,成立市统计局政府信息公开工作领导小组", a traditional
# mirror's only naming; a23-agency-lib)
# (and a township's in its voice: "我镇高度重视…,成立某镇政府信息公开领导小组"; lead, a24)
# (scanned as 我… and 本…, as OWN_REPORT: a class first is tested at every character of the text's first 4,000)
OWN_GROUP_TAIL = (r"(部|局|委|厅|署|办|镇|乡|街道|苏木)(?:[^。；;]{0,40}?[,，])?成立了?(?:[^。；;]{0,40}?的)?\s*"
                  r"([\u4e00-\u9fff]{2,30}?)(?:政府信息与政务公开|政府信息公开|政务公开|信息公开)"
                  # (two topics, "…政务公开和政府信息公开工作领导小组", "…政务公开政府信息公开…"; a51)
                  r"(?:[和及与、]?(?:政府信息公开|政务公开|信息公开))?(?:工作)?领导小组")
OWN_GROUP = scan.Led("[我本]" + OWN_GROUP_TAIL, parts=["我" + OWN_GROUP_TAIL, "本" + OWN_GROUP_TAIL])
# a site's metadata table flattened one cell a line: the label alone on its line, the value on the next
# ("发布机构\n某县民政局\n成文日期\n…"); only the labels that name a body, never a bare 来源 (the label first: a
# pattern that opens with a literal is scanned fast)
# (scanned per opening character, six parts: a choice of six first characters is tested at every character, ≈ 10
# times the instructions of a scan to one)
META_BELOW_PATTERN = (r"(?:发布机构|发布机关|发文机关|发文机构|发文单位|发布单位|发布部门|信息来源|来源单位|所属机构|"
                      r"所属单位|公开主体|责任部门)[ \t]*[:：]?[ \t]*\n[ \t]*([^\s|:：]{2,40})[ \t]*$")
META_BELOW = scan.Led(META_BELOW_PATTERN, re.M, parts=scan.split_by_opening(META_BELOW_PATTERN))
# a grid whose separators are gone, the issuer's label run into its value and the next label ("发文机关宋村镇人民政府
# 主题词"; a43): only 发文机关, and a name that ends as a body's does
META_GLUED = re.compile(rf"(?:^|[ \t])发文机关({NAME_CHARS}{{2,30}}?{AGENCY_END})"
                        r"(?=[ \t]|$|主题词|主题分类|发布日期|成文日期|发文日期|索引号|文号)", re.M)
# a school's own rules on its disclosure (《某大学信息公开办法》, 《某学院信息公开条例(试行)》): only a school's — a
# government's 《某市政府信息公开规定》 is the rule of the government above a department
# (and its guide or rules with words between: 《某大学信息公开工作指南》, 《某学院信息公开保密审查办法》)
# (an academy's — 《某科学院信息公开工作管理办法》 — is the rule of the body above its school, not a school's own; and
# 《教育部高等学校信息公开办法》, 《某省高等学校…实施细则》 are the rules of the authority over every school)
SCHOOL_RULES = re.compile(r"《([\u4e00-\u9fff]{2,20}?(?:大学|(?<!科)学院|(?<!高等)学校))(?:信息公开|校务公开)"
                          r"[\u4e00-\u9fff]{0,6}?(?:条例|办法|规定|实施意见|细则|指南|事项清单)(?:\((?:试行|暂行|修订)\))?》")
# rules that open at their first chapter or article, the school named with its short form or as its full name
RULES_OPENING = re.compile(r"\s*第[一1]\s*(?:章|条)")
RULES_SCHOOL = re.compile(r"(?:保证|获取|规范|做好|推进|促进|加强|维护)\s*"
                          r"(?P<name>[\u4e00-\u9fff]{2,20}?(?:大学|(?<!科)学院|学校))\s*[(（]\s*(?:以下)?简称"
                          r"|(?:学校|学院)(?:中文)?全称\s*[:：为是]?\s*[“\"]?(?P<full>[\u4e00-\u9fff]{2,20}?(?:大学|学院))")
# the last step of a breadcrumb line (当前位置: 首页 > … > 某局2021年…报告)
BREADCRUMB_LAST = re.compile(r"[>›»]\s*([^>›»\n]{6,90}?)\s*$")
# (the year of the rules may stand before the name: "本章程适用于2019年某职业技术学院…招生工作"; a33)
RULES_SCOPE = re.compile(r"本(?:章程|办法|规定|细则|制度|规则)适用于\s*(?:(?:19|20)\d{2}\s*年度?\s*)?"
                         r"([\u4e00-\u9fff]{2,20}?(?:大学|(?<!科)学院|学校))"
                         r"(?!各|所属|下属|二级)")
GUIDE_BARE = re.compile(r"(?:^|[如、])([^\s如、,，和及\d][\u4e00-\u9fff]{1,29}?)"  # in a list: 如X实施细则、Y指南
                        r"(?:政府|政务)?信息公开(?:指南|实施细则|实施办法)"
                        r"(?=\(|[、,，。等])", re.M)
# (and a call: "如对本报告有任何疑问,可致电某区人民政府办公室,电话:…"; a41)
# (and an enquiry with its colon: "公众如对本报告有任何疑问可咨询:某区某街道办公室(地址:…)"; a42)
CONTACT_OPENING = r"(?:请与|请(?:联系|联络|咨询)\s*[:：]?|请致电|直接与|可与|可致电|可咨询\s*[:：])"
# (the opening per first character, each in the order the choice tries it: a scan per character, scan.Led's parts)
CONTACT_OPENINGS = (r"请(?:与|(?:联系|联络|咨询)\s*[:：]?|致电)", "直接与", r"可(?:与|致电|咨询\s*[:：])")
CONTACT_TAIL = rf"\s*({NAME_CHARS}{{2,40}}?)\s*(?:联系|[,,(。;；]|$)"
# (scanned per opening character: a choice of first characters is tested character by character over the text)
CONTACT = scan.Led(CONTACT_OPENING + CONTACT_TAIL, re.M, parts=[w + CONTACT_TAIL for w in CONTACT_OPENINGS])
# a contact line that names a person after the unit ("请与某县卫生局办公室陈某联系"): the unit
# a contact line whose body's place a spam mirror's advertising replaced ("请联系365某某网址生态环境局办公室(电话…)"):
# read only for what place_replaced leaves (CONTACT's name holds no ASCII)
SPAM_CONTACT_TAIL = r"\s*([^\s。,，;；(（]{2,60}?)\s*(?:联系|[,，(（。;；]|$)"
SPAM_CONTACT = scan.Led(CONTACT_OPENING + SPAM_CONTACT_TAIL, re.M,
                        parts=[w + SPAM_CONTACT_TAIL for w in CONTACT_OPENINGS])
CONTACT_PERSON = scan.led(rf"(?:请与|直接与|可与)\s*({NAME_CHARS}{{2,40}}?(?:办公室|科|股|室|办))\s*"
                            r"[\u4e00-\u9fff]{2,3}?(?:同志)?\s*联系")
# a contact block that names its body by label ("联系地址:… 联系电话:… 单位:某镇人民政府", 联系单位:…)
# (单 before its lookbehind, not after it: every branch opens with a literal, so `re` skips ahead to the first
# characters instead of trying the pattern at every one; the same matches)
CONTACT_LABEL_TAIL = rf"\s*[:：]\s*({NAME_CHARS}{{2,40}}?{AGENCY_END})(?=[\s,，;；。]|$|联系|地址|电话|邮编|传真)"
CONTACT_LABEL = scan.Led(
    rf"(?:联系单位|联系部门|受理单位|受理机构|单(?<=[\s\d,，;；]单)位(?:名称)?){CONTACT_LABEL_TAIL}", re.M,
    parts=[w + CONTACT_LABEL_TAIL
           for w in ("(?:联系单位|联系部门)", "(?:受理单位|受理机构)", r"单(?<=[\s\d,，;；]单)位(?:名称)?")])


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    source: str  # one of ORDER
    evidence: str | tuple[int, int]  # a snippet, or the span to cut one from (only the winner's is ever cut)
    note: str = ""
    beside: bool = False  # a title's name read from the line above/below it: maybe the site's header
    issuer: bool = False  # the body a notice comes from ("某领导小组办公室关于…的通知"): a working group's office too
    weak: bool = False  # read from a clause the body does not head (A16, A18): never over a title's naming of it


@lru_cache(maxsize=4096)
def canon(name: str) -> str:
    for pattern, repl in CANON:
        name = pattern.sub(repl, name)
    return name


PLACEHOLDER = re.compile(r"[xX×Ｘ]{2,}|[xX×Ｘ]+(?=[省市县区镇乡局委办])")  # XX市XX局: a template's blank
# a sample's made-up body: 某县/某某镇/某市某区 and 甲县/乙市 (a masked copy's "**市监察局" keeps the rest, as the
# labels do; a sample names no one)
# a blank before the unit that opens a generic name: "xx县中医院" (县中医院, its county left blank)
LEADING_BLANK = re.compile(r"^[xX×Ｘ]+(?=[省市县区镇乡])")
SAMPLE_NAME = re.compile(r"某{1,3}(?=[省市县区州镇乡局委办街])|^[甲乙丙丁](?=[省市县区镇乡])")
QUOTES_AND_EDGES = re.compile(r"[\s\"“”‘’'《》<>「」『』【】〔〕\[\]*]|^[|:：,，。]+|[|:：,，。]+$")
# a list's item ("(八)负责与学院", a cut page's last line): no body's name, whatever it ends with
# (its opening bracket lost at a title's edge too: "六)编制学校信息公开工作年度报告;", a rules text's item; a39)
LIST_ITEM = re.compile(r"^[(（]?[一二三四五六七八九十\d]{1,3}[)）]")
# a rules' article number run into the subject that follows it ("第七条学校坚持…"): no part of the name
ARTICLE_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}条")
# a company's name that a spam mirror put where a department's place was ("某某公司市统计局"): a company holds no
# government bureau, so what follows it is the department's name as the advertising left it (web README's spam rule)
COMPANY_BEFORE_UNIT = re.compile(r"^[\u4e00-\u9fff]{2,16}?公司(?=[省市县区州旗][\u4e00-\u9fff]{1,14}?(?:局|委员会)$)")
PLACE_THEN_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{1,20}(?<!人民)(?<![我本全该])[省市州县区旗盟镇乡]政府")
ALSO_CALLED = re.compile(r"[(（](?:以[下上])?(?:简称|下称)[^)）]{0,20}[)）]")  # 某县人民政府(以下简称县政府)
# (and a page's button word glued before the title: "浏览某学院2019-2020学年度…报告"; a38)
TITLE_LABEL = re.compile(r"^(?:(?P<key>(?:信息|文件|文章)?(?:标题|题名|名称))[:：]?|浏览|打印|分享到?|收藏)")
# (or only the academic year's word, its digits taken by the pattern's YEARS: "结合2017-2018学年学校信息公开工作…"
# gave 学年学校; a38)
YEAR_FIRST = re.compile(r"^(?:(?:19|20)\d{2}年度?|[二][〇零○][一二三四五六七八九〇零○]{2}年|学年度?)")
# the report named as the sentence's subject, its copula after it: "(本年度)报告是某办根据…编制的"
REPORT_IS = re.compile(r"^(?:本|该|此)?(?:年度)?(?:报告|年报)(?:是|为|系)")
# kinds of unit alone, no name ("乡镇街道", "各乡镇", "镇街"): many bodies, no body
UNIT_KINDS = re.compile(r"各?(?:乡|镇|街道|街|苏木|办事处|社区|村|县|区|市)+")
# (a brand's own words glued after its advertising: "某品牌体育平台区人民政府办公室" — the 平台 is the brand's)
SPAM_TAIL = re.compile(rf"^[^\u4e00-\u9fff]*(?:平台|国际|集团)?[^\u4e00-\u9fff]*"
                       rf"(?:{NAME_CHARS}*?(?:场|网|站|台|址|城)[^\u4e00-\u9fff]+)?")


# a site's own desk after its name (某旗电子政务网站服务中心): whoever runs the site, no reporting body
SITE_DESK = re.compile(r"(?:服务|管理|运维|信息|技术|运行)中心|编辑部|管理处|办公室")
# a site's own name glued before the author's once spaces are gone ("某县人民政府门户网站某镇", "某地政务网某镇"); the
# last one wins (a "某委员会网站" at the end is the body whose site it is, SITE_SUFFIX)
PORTAL = re.compile(r"^.*(?:门户网站|门户网|政府网站|政务网站|政务网|政府网|信息网|官方网站|网站)(?!络)")
# a portal's header and navigation glued before a title once spaces are gone ("某区人民政府首页政务公开互动交流某镇"):
# the name is what follows the last navigation word
NAVIGATION = re.compile(r"(?:网站)?首页|政务公开|新闻(?:动态|中心|资讯)|互动交流|政民互动|政务服务|办事服务|网上办事|"
                        r"公众参与|专题专栏|信息公开|走进[\u4e00-\u9fff]{2,3}(?=首页|政务|新闻|互动|办事|公众|专题|信息)")


SPAM_REPLACED = "名称被广告替换"
# what advertising that took only the place left of a department's name ("365某某网址自然资源和规划局编制了…")
# an opening's name that advertising opens with, which OPENING's names (Chinese first) never read ("现公布365某某网址
# 水利局2021年度…报告", "结合abc88某某网址审计局工作实际"): read only for what place_replaced leaves (never a year)
SPAM_OPENING = scan.led(r"(?:现公布|现公开|向社会公布|向社会公开|结合|由)\s*((?!(?:19|20)\d\d(?!\d))[A-Za-z0-9_]"
                          r"[^\s。\n,，《》]{1,60}?(?:局|委员会|办公室|中心))")
UNIT_OFFICE_END = re.compile(r"(?:党政|综合|行政)(?:办公室|办)$")
DEPARTMENT_REST = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:局|委员会|办公室|中心)")


@lru_cache(maxsize=1024)  # (gather's filter and resolve ask of the same name)
def place_replaced(raw: str) -> str | None:
    """The department's name a spam mirror left when its advertising replaced only the place before it: the rest is
    the name, as the web corpus labels it ("where it replaced only the place part, the rest is the label") and as A11
    keeps a generic name. The resolver takes it only when no other candidate names the body (a23 lead)."""
    raw = QUOTES_AND_EDGES.sub("", raw)
    spam = list(SPAM_WORD.finditer(raw))
    if not spam or divisions.place_chain(raw[:spam[0].start()]) or PLACEHOLDER.search(raw):
        return None  # (a template's blank, "XX局", is no advertising)
    rest = SPAM_TAIL.sub("", raw[spam[-1].end():])
    if not DEPARTMENT_REST.fullmatch(rest) or GENERIC_START.match(rest):
        return None
    name = clean(rest)[0]
    # (a unit's own office left after a brand, "某某原料网党政办公室": the brand took the body's whole name, whose
    # office it was; a department's own office is reduced to the department by clean, 生态环境局办公室 → 生态环境局;
    # so is a disclosure desk, "立博官网政务公开办公室": a39)
    return None if name and (UNIT_OFFICE_END.search(name) or ENQUIRY_DESK.search(name)) else name


# the bodies under a government or a unit, named as a whole ("市政府所属部门", "各所属单位")
# (and every level's: "中央有关单位和地方各级党委政府", a39)
# (and a place's governments at two or three levels, "市县两级政府", a template's subject; a41)
# (and a bare unit after 和 at a name's end, "区域发展形势和街道": two things — a body's own 和 is inside its name,
# 住房和城乡建设局; and a body's units together, "院内各系部"; a42)
MANY_BODIES = re.compile(r"所属(?:各)?(?:部门|单位|机构)|各级|[两三四五]级(?:人民)?政府"
                         r"|和(?:街道|镇|乡|社区|村|单位|部门)$|各(?:系部|系|院系|部门|单位|科室|处室|学院|二级学院)$"
                         # (the governments of several levels, the superiors a text obeys: "国务院和省市政府高度重视…",
                         # "市县政府"; a53)
                         r"|^国务院[和及与、]|^[省市县区乡镇]{2,4}(?:人民)?政府$")


# a second body glued after a first, by its bare unit ("某市政务公开办公室市政府新闻办公室": two issuers, their
# space lost; a44)
SECOND_BODY = re.compile(r"(?:办公室|局|委员会)[省市县区](?:人民)?政府")
# a township whose own name holds 和 before its unit (百和镇, 太和镇, 平和乡), after its county perhaps: one body,
# not units joined ("各街道和镇"; a44)
HE_TOWNSHIP = re.compile(r"(?:(?![乡镇街道村区县])[\u4e00-\u9fff]){1,2}和(?:镇|乡)")


def _doubled_place(raw: str) -> int:
    """How many characters of a place the name writes twice at its start ("由北京市某区北京市某区发展和改革委员会编制",
    a typing slip), or of the whole name written twice (a header run into its title, "某局某分局某局某分局"; a53): the
    first writing's length, else 0 (a38)."""
    if len(raw) >= 8 and raw[:len(raw) // 2] * 2 == raw:
        return len(raw) // 2
    chain = divisions.place_chain(raw)
    for k in range(2, len(chain) // 2 + 1):
        if raw.startswith(raw[:k], k) and divisions.place_chain(raw[:k]) == raw[:k]:
            return k
    return 0


# an area as a whole at a phrase's end ("…活动,促进全区"): no body's name ends so (a43)
WHOLE_AREA_END = re.compile(r"全[区县市省镇乡旗州盟]$")


# the offices a government names beside itself as one author ("某区人民政府及其办公室", "某市人民政府暨市政府办公室")
OWN_OFFICE = re.compile(r"(?:其|本级?|[省市县区州旗盟]政府|[省市县区州旗盟]人民政府)?办公[室厅]")
# what joins two authors' names (meta.find_level reads the first one's level)
JOINT_SEPARATOR = re.compile(r"、|及其|及|暨")


def joint_bodies(raw: str) -> bool:
    """Two bodies that compile one report together: co-located tax bureaus ("某区国家税务局、某市地方税务局某区
    分局"), a statistics bureau with its survey corps (国家统计局某调查总队), a government with its own office
    (及/及其/暨). The first is a place's body; the second a place's or the nation's body, or that government's office
    (a45)."""
    first, *rest = JOINT_SEPARATOR.split(raw)
    return bool(rest) and len(rest) == 1 and bool(NAME.fullmatch(first)) and divisions.place_chain(first) != "" \
        and all(OWN_OFFICE.fullmatch(part)
                or NAME.fullmatch(part) and (divisions.place_chain(part) != "" or part.startswith("国家"))
                for part in rest)


REPORT_TAIL = re.compile(r"^(?:(?:政府|政务)?信息公开)?(?:工作)?(?:年度)?(?:报告|年报)(?=[\u4e00-\u9fff]{2})")
# a government's name with no unit before 人民政府 (省/市/县/区/州/旗/盟/镇/乡/苏木/街道): a name that lost one (a46)
UNITLESS_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{2,}(?<![省市县区州旗盟镇乡木道])人民政府$")
ASK_TO_CONTACT = re.compile(r"^(?:请与|请联系|联系)+")
# a university named with its campus's region in brackets: 中国石油大学(华东), 中国地质大学(武汉) (a46)
SCHOOL_WITH_CAMPUS = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:大学|学院)\([\u4e00-\u9fff]{2,4}\)")
# a document the text says a government made, right before its bracket ("市政府编制的《…》"): another body's (a53)
GOVERNMENT_MADE = re.compile(r"政府(?:编制|制定|印发)的$")
# a bureau's, a department's or a committee's unit word typed twice (a46)
DOUBLED_UNIT = re.compile(r"(局|厅|委)\1")


# a notice's title: its issuer, then the verb that passes on another body's document
FORWARDS = re.compile(r"(?:转发|印发|批转)")


# a party committee issuing a report jointly with its government, the two names run together: the government, the
# administrative body among them (the labels: 3 of 3)
PARTY_COMMITTEE_FIRST = re.compile(r"^中共[\u4e00-\u9fff]{2,20}?委员会\s*"
                                   r"(?=[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|办事处)$)")


# what may follow a place's short name in a body's name: a zone's words (本溪高新技术产业开发区…, 全椒经济开发区…)
ZONE_AFTER_SHORT = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:开发区|高新区|新区|园区|试验区|示范区|保税区)")


@lru_cache(maxsize=4096)
def clean(raw: str) -> tuple[str | None, str]:
    """(name or None, why not): the agency name inside a captured phrase, advertising removed."""
    if SAMPLE_NAME.search(raw):
        return None, "名称是占位符"  # "某县民政局", "甲县…": a sample's body, no name
    if (at := raw.rfind("《")) > 0 and raw[at + 1:].strip("《》 "):
        if GOVERNMENT_MADE.search(raw, 0, at):
            return None, "不是机关名称"  # "参见市政府编制的《某市政府信息公开目录》": the government's, cited (a53)
        raw = raw[at + 1:]  # "…的内容具体参见《某镇人民政府": a name never runs across a title's bracket
    raw = YEAR_FIRST.sub("", QUOTES_AND_EDGES.sub("", ALSO_CALLED.sub("", raw)))
    raw = DOUBLED_UNIT.sub(r"\1", raw[_doubled_place(raw):])  # "某区教育局局党政办公室": a unit's word typed twice
    raw = ASK_TO_CONTACT.sub("", raw)  # "请联系请联系某街道党政办公室": the contact's verb written twice (a46)
    raw = REPORT_IS.sub("", raw)  # "本年度报告是国务院侨办根据…": the report's copula before the name (a38)
    raw = REPORT_TAIL.sub("", raw)  # "工作年度报告 某县某局2017年…年度报告…": a title's tail cut off above (a46)
    raw = PARTY_COMMITTEE_FIRST.sub("", raw)  # "中共某镇委员会 某镇人民政府关于…的报告": the government (a47)
    if (forwards := FORWARDS.search(raw)) and NAME.fullmatch(raw[:forwards.start()]):
        raw = raw[:forwards.start()]  # "某县人民政府办公室转发省政府办公厅关于…的通知": the issuer that forwards (a51)
    if LIST_ITEM.match(raw) or UNIT_KINDS.fullmatch(raw):
        return None, "不是机关名称"  # (nor "乡镇街道", "各镇街": kinds of unit, many bodies; a36)
    raw = COMPANY_BEFORE_UNIT.sub("", ARTICLE_NUMBER.sub("", raw))
    label = TITLE_LABEL.match(raw)
    if label and (divisions.place_chain(raw[label.end():]) or divisions.place_prefix(raw[label.end():])
                  or label.group("key") and len(raw) - label.end() >= 4 and not BARE_UNIT.match(raw[label.end():])):
        # "标题连云区教育局…": a metadata table's label glued on once spaces are gone; a title's own key before any
        # name but a bare unit's ("名称 某街道办事处2023年…年度报告"; a47) — no body's name opens with 名称 or 标题
        raw = raw[label.end():]
    # (a working group's topic is no navigation: "某局政务公开政府信息公开工作领导小组办公室"; a40)
    if "首页" in raw or len(NAVIGATION.findall(GROUP_OF_BODY.sub("", raw))) >= 2:
        raw = raw[list(NAVIGATION.finditer(raw))[-1].end():]
    portal = PORTAL.search(raw)
    if portal and portal.end() < len(raw):
        raw = raw[portal.end():]  # "某县人民政府门户网站某镇…", "某地政务网分水镇…": the site's name glued before
        if SITE_DESK.fullmatch(raw):
            return None, "不是机关名称"  # "某旗电子政务网站服务中心": the site's own desk, no body below it (a35)
    if PLACEHOLDER.search(raw):
        return None, "名称是占位符"
    if SPAM_WORD.search(raw):
        spam = list(SPAM_WORD.finditer(raw))
        head, tail = raw[:spam[0].start()], raw[spam[-1].end():]
        place = divisions.place_chain(head)
        tail = SPAM_TAIL.sub("", tail)
        if not place:
            # "某品牌官网区人民政府某街道办事处": the brand took the district's name; what is left of its government is
            # no place, only the township under it names one
            tail = PLACELESS_OWNER.sub("", tail)
        raw = place + tail
        # what the advertising left must still say where: its known place before the advertising or at the start
        # of what follows it ("某品牌官网安徽省人民政府"), a bare unit (县水务局), or a township's own name
        # (北城街道办事处); a bare 水务局 means the place itself was replaced, and another mention may still have it
        if not raw or GENERIC_START.match(tail) or not (place or BARE_UNIT.match(tail) or divisions.place_chain(tail)
                                                        or TOWNSHIP.search(tail)):
            return None, SPAM_REPLACED
    # (the two as one subject name the place: "某镇党委、政府" → 某镇, never a 某镇政府 the text does not write; a48)
    raw = PARTY_AND_GOVERNMENT.sub(r"\1", SITE_SUFFIX.sub("", raw))
    if raw.endswith("人民") and len(raw) > 3:
        raw += "政府"  # "某镇人民政府信息公开年度报告": the name's 政府 is also the topic's 政府信息公开
    if raw.endswith(("(机关)", "(本级)", "(机关本级)", "(本级机关)")) and BODY_END.search(raw[:raw.rindex("(")]) \
            or (scope := SCOPE_BRACKET.search(raw)) and NAME.fullmatch(raw[:scope.start()]):
        # "某镇政府(机关)信息公开年度报告": the body's own organs, the body (a15-agency); "某部(含某局)": the scope
        # its report covers, a body it runs, not a second name (a24-agency-dept)
        raw = raw[:raw.rindex("(")]
    if raw.endswith("机关") and BODY_END.search(raw[:-2]):
        # "某县人民政府机关": a government and its office reporting together as the government; "某市某局机关": a
        # bureau's own organs (apart from the system under it), the bureau
        raw = raw[:-2]
    if raw.endswith(("公开", "工作")):
        body = BODY_THEN_GOVERNMENT.sub("", TOPIC_TAIL.sub("", raw))
        if PLACE_THEN_GOVERNMENT.fullmatch(body):
            raw = body[:-2]  # "阿坝州政府信息公开工作": the place speaking as itself (its 政府 is the topic's)
        else:  # (only a name that says where: "努力推动政府信息公开工作" is a phrase)
            raw = body if divisions.place_chain(body) or not body.endswith("政府") or township_government(body) \
                else raw
    raw = OWNER_GLUED.sub("", raw)  # "某区人民政府三河镇…": a site's name glued before the title's own
    if LEADERSHIP.match(raw):
        return None, "不是机关名称"  # "县委县政府高度重视…": the party committee and government above the author
    if NOT_A_NAME.search(raw):
        return None, "不是机关名称"  # "构建信息公开长效机制学校": a heading glued to a subject
    inner = INTERNAL_OFFICE.match(raw)
    if inner:
        raw = next(g for g in inner.groups() if g)
        if raw in BARE_BODY:
            return None, "只写了“学校”等泛称"
    if raw in BARE_BODY:
        return None, "只写了“学校”等泛称"  # 《高等学校信息公开清单》: the genre's rules, not a school's own list
    if BARE_BODY_OFFICE.fullmatch(raw):
        return None, "只写了内设机构"  # "由学校党政办公室编制": an office of a school the text does not name (A10)
    if OFFICE_ALONE.fullmatch(raw):
        return None, "只写了内设机构"  # "党政办公室": whose office, the text does not say (a14-agency)
    if WORKING_GROUP.search(raw):
        body = GROUP_OF_BODY.sub("", raw)
        if body == raw or WORKING_GROUP.search(body) or not NAME.fullmatch(body) or GENERIC_START.match(body):
            return None, "不是机关名称"
        raw = body  # 信息公开联席会议办公室, 领导小组: a working group, not the reporting body
    if SELF_REFERENCE.search(raw):
        return None, "不是机关名称"  # "现就我局…": the text speaking of itself, no name
    aliases = BODY_WITH_ALIASES.fullmatch(raw)
    joint = joint_bodies(raw)
    if re.search(r"[及、]", raw) and not aliases and not joint \
            or "与" in raw and all(BODY_END.search(part) for part in raw.split("与")):
        return None, "不止一个机关"  # 市政府及政府办: two bodies reporting together (自然资源与规划局 is one)
    if MANY_BODIES.search(raw) and not HE_TOWNSHIP.fullmatch(raw[len(divisions.place_chain(raw)):]) \
            or SECOND_BODY.search(raw):
        return None, "不止一个机关"  # "市政府所属部门和县市区": a government's bodies, a rule's addressees (a35)
    head = raw.partition("(")[0]  # (one body under two names: "某区农业农村局(某区乡村振兴局)")
    place = divisions.place_chain(head)
    if place and len(head) > 2 * len(place) and head.find(place, len(place) + 1) > 0 and not joint:
        return None, "不止一个机关"  # "某区人民政府办公室某区考评委员会办公室关于…": two issuers, their space lost
    # "某市人民政府(市人民政府办公厅)": a government with the office that compiles its report, one name
    # (and "某区农业农村局(某区乡村振兴局)": one body under two names)
    # (and a mass organisation's short form under a bare unit, MASS_SHORT: 区妇联)
    m = joint or NAME.fullmatch(raw) or MASS_SHORT.fullmatch(raw) \
        or ((GOVERNMENT_WITH_OFFICE.fullmatch(raw) or BODY_WITH_ALIAS.fullmatch(raw) or aliases)
            and NAME.fullmatch(raw[:raw.index("(")])) \
        or ONE_CHARACTER_COUNTY.fullmatch(raw) and divisions.place_chain(raw) == raw \
        or SCHOOL_WITH_CAMPUS.fullmatch(raw)  # 陇县, 沛县, 理县 (a39); 中国某大学(华东) (a46)
    # (a known place by its short name whose first character opens GENERIC_START too: 本溪…, 全椒…; a52)
    if m is None or (GENERIC_START.match(raw) and not divisions.place_chain(raw)
                     and not FUNCTION_WORD_TOWNSHIP.fullmatch(raw)
                     and not (len(short := divisions.place_prefix(raw)) >= 2
                              and ZONE_AFTER_SHORT.match(raw, len(short)))) or len(raw) < 2:
        return None, "不是机关名称"
    if raw[0] in "年" or raw in ("市", "县", "区", "镇", "乡", "省"):
        return None, "不是机关名称"
    if raw.endswith("部门") and not ((place := divisions.place_prefix(raw))
                                     and SYSTEM.fullmatch(raw[len(place):])):
        # "某市气象部门": a vertically managed system named as a whole under a known place (a17-agency, A34);
        # 相关部门, 各部门, 市直部门, 政府部门 are no body's name
        return None, "不是机关名称"
    if (place := divisions.place_chain(raw)) and raw[len(place):len(place) + 1] in ("各", "全", "所"):
        return None, "不止一个机关"  # "某旗各苏木镇", "某县全体…": the place's units together, not one body
    if WHOLE_AREA_END.search(raw):
        return None, "不是机关名称"  # "…活动,促进全区政务公开工作": the whole area after a verb
    if raw.endswith("公司") and not divisions.opens_with_place(divisions.GRID_BRAND.sub("", raw)):
        # a company is a public enterprise only under a known place's name (a15-agency); the State Grid's short
        # brand may open it, the place following (国网某市某区供电公司: that place's power company; a22-agency-other)
        return None, "不是机关名称"
    if raw.endswith(("系统政府", "系统人民政府")):
        return None, "不是机关名称"  # "某区文体广电旅游系统政府信息…目录": the system's 政府信息, no government (a47)
    if UNITLESS_GOVERNMENT.search(raw):
        return None, "不是机关名称"  # "共和人民政府信息公开指南": a heading that lost its 镇; no government is unitless
    return raw, ""


# a township's own government by its name, its 政府 also the topic's ("2014年,某乡人民政府信息公开工作紧紧围绕…")
TOWNSHIP_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:乡|镇|苏木|街道)人民政府")


def township_government(body: str) -> bool:
    """Whether body is one township's government named in full (某乡人民政府), a name the division table may lack; not
    a phrase that ends so ("推动全乡人民政府…": its words are no township's name)."""
    m = TOWNSHIP_GOVERNMENT.fullmatch(body)
    return m is not None and not NOT_IN_TOWNSHIP_NAME.search(m.group(1)) and not NOT_A_NAME.search(m.group(1))


LINE = re.compile(r"[^\n]+")
# a site's menu entry, a bullet and a few words (• 政府信息公开指南, • 2023年): no title, passed over as the rows are
MENU_ITEM = re.compile(r"\s*[•·]\s*[^\s•·]{1,10}\s*")
# a site's switches and links on a line of their own ("简体版|繁体版", "支持IPv6", "微信"): no title, and no line of
# the title's window (a53)
SITE_SWITCHES = re.compile(r"\s*(?:(?:简体版|繁体版|繁體版|无障碍|长辈版|关怀版|适老版|English|手机版|移动版"
                           r"|支持IPv6|IPv6|微信|微博|网站地图|RSS)\s*[|/｜]?\s*)+")
# a page's metadata row, its key first (索 引 号:…, • 发布机构:…, | 成文日期 | …, [ 发文字号 ]): no title
META_ROW = re.compile(r"[\s•·*|\[]*(?:索\s*引\s*号|发布机构|发文机关|发文字号|成文日期|发布日期|发文日期|公开日期"
                      r"|生成日期|公开方式|公开范围|主题分类|体裁分类|公文种类|信息分类|有\s*效\s*性|文\s*号"
                      # (and a page's key words: "关键词: 公开载体 年度报告 年度考核 …暂行办法"; a50)
                      r"|关\s*键\s*[词字])\s*[:：|\]]"
                      # (and the catalogue the page is filed in, its value run on once ingest joined the grid's
                      # words: "公开目录镇街信息公开年报发布日期 2016-03-14"; a55)
                      r"|[\s•·*|\[]*(?:公开目录|所属目录|组配分类)\s*[:：|\]]?(?=\S)")


def gather(text: str, title_names: list[tuple[str, str, bool]]) -> Iterator[Candidate]:
    """Every candidate in ORDER (within a source, in text order), each with the snippet it came from; lazily,
    so that a report named in its title is not searched further."""
    if "〔" in text[:1500]:
        # a document's head flattened onto one line, "某政办字〔2019〕33号某市人民政府办公室关于印发…的通知": the
        # issuer between its number and its title, over the places the title names (the plan's, not the issuer's)
        for issued in NUMBER_THEN_ISSUER.finditer(text, 0, 1500):
            if CITED_ON_LINE.search(text, text.rfind("\n", 0, issued.start()) + 1, issued.start()):
                continue  # "本报告由某局根据…的通知国办公开办函〔2021〕30号某盟某办公室关于做好…的通知》要求…": the
                # documents a basis clause cites, one after another, not the page's head (a38)
            yield Candidate(issued.group(1), "title", issued.span(1), issuer=True)
    if "关于" in text[:600] and (cover := COVER_LETTER_REPORT.search(text, 0, 600)):
        # a cover letter sending the report up ("某市人民政府办公室\n关于上报《某市2017年度…年度报告》的报告"): the
        # report's own name in its quoted title, not the office that sends it (a47)
        yield Candidate(cover.group(1), "title", cover.span(1))
    yield from (Candidate(n, "title", ev, beside=beside, issuer=n + "关于" in text[:600])
                for n, ev, beside in title_names)
    every = [(m.start(), m.group()) for m in LINE.finditer(text, 0, 600) if m.group().strip()]
    # (all of them: a byline below the first four is read after the title lines, below); the title's window skips a
    # page's metadata rows above the title ("• 索引号:…\n• 发布机构:…\n• 成文日期:…\n• 公开方式:…\n某镇人民政府关于…
    # 的报告"; a47)
    lines = [line for line in every if not META_ROW.match(line[1]) and not MENU_ITEM.fullmatch(line[1])
             and not SITE_SWITCHES.fullmatch(line[1])]
    # the first four lines; and a breadcrumb below them with the three lines under it, where a page's title stands
    # under a site's menu of short lines (a23-agency-rest)
    below = next((k for k in range(4, min(len(lines), 16)) if chrome_line(lines[k][1])), 0)
    # (and a breadcrumb among the first four, its title right under it: "• 繁体版\n• 无障碍\n• 长辈版\n您当前所在的
    # 位置:…" over "某厅政府信息公开管理办法(试行)"; a46)
    crumb_at = next((k for k in range(min(len(lines), 4) - 1, 0, -1) if chrome_line(lines[k][1])), 0)
    lines = lines[:4] + lines[below:below + 4] if below else lines[:crumb_at + 5] if crumb_at else lines[:4]
    for i, (start, line) in enumerate(lines):
        m = TITLE_LINE.match(line)
        if m is None and i + 1 < len(lines) and len(lines[i + 1][1].strip()) <= 24 \
                and WRAPPED_TAIL.match(lines[i + 1][1]):
            line = line.rstrip() + lines[i + 1][1].strip()  # "某街道办事处2023年度政府\n信息公开工作年度报告"
            m = TITLE_LINE.match(line)
        body = TITLE_THEN_BODY.match(line) if len(line) > 90 else None
        line = body.group(1) if body else line  # "某学院2014-2015学年度…年度报告 根据《…》…": the title part
        if m and i and place_cut_off(lines[i - 1][1].strip(), m.group(1)):
            continue  # "某县\n水利局2021年…": the name's place on the line above (meta reads the two joined, A54)
        if m and len(meta_cut(line)) <= 90 and not chrome_line(line) and not line.rstrip().endswith("。"):
            yield Candidate(m.group(1), "title", (start, start + len(line)), issuer=m.group().endswith("关于"))
        elif (crumb := BREADCRUMB_LAST.search(line)) and chrome_line(line) \
                and (last := TITLE_LINE.match(crumb.group(1))) and len(meta_cut(crumb.group(1))) <= 90:
            # "当前位置:首页 > 信息公开 > 年度报告 > 某局2021年政府信息公开工作年度报告": the page's title as the
            # breadcrumb's last step, kept nowhere else (the steps before it are the site's sections; a14-agency)
            yield Candidate(last.group(1), "title", (start + crumb.start(1), start + len(line)))
        elif "、" in line and (joint := TITLE_WITH_ALIASES.match(line)):
            # "某县委宣传部(县委网信办、县政府新闻办)2020年…年度报告": one body under its several names
            yield Candidate(joint.group(1), "title", (start, start + len(line)))
        elif (after := TITLE_THEN_NAME.match(line)) and not chrome_line(line):
            yield Candidate(after.group(1), "title", (start, start + len(line)))
        elif (guide := GUIDE_TITLE.match(line)) and not CHROME.search(line):
            # a disclosure guide's own title on a line of its own ("某镇政务信息公开指南"): its issuer, a bare place
            # before 政府信息公开指南 as written (the labels: 9 of 9 guides titled so keep the bare place, 6 of them
            # with the government written in full in the body; A71 revised, a44)
            yield Candidate(guide.group(1), "title", (start, start + len(line)))
        elif (rules := OWN_RULES_TITLE.match(line)) and not CHROME.search(line) and own_rules_body(rules.group(1)):
            yield Candidate(rules.group(1), "title", (start, start + len(line)))
        elif i and line.lstrip().startswith("关于"):
            # "某县人民政府办公室\n关于印发《…》的通知": the issuer on the line above the title
            m = SIGNATURE.match(lines[i - 1][1])
            if m:
                yield Candidate(m.group(1), "title", (lines[i - 1][0], start + len(line)), issuer=True)
    if len(lines) >= 2 and (COVER_DATE.match(lines[1][1]) or OPENING_LINE.match(lines[1][1])):
        # a cover: the name alone on the first line, the date alone under it; or a header: the name alone on the
        # first line, the opening sentence under it ("某区某局\n根据《条例》…现公布区政府某局2022年…报告")
        m = SIGNATURE.match(lines[0][1])
        # (over the opening only a body below a government: a government there is the site's header)
        if m and (COVER_DATE.match(lines[1][1]) or not GOVERNMENT.search(m.group(1))):
            end = lines[1][0] + len(lines[1][1]) if COVER_DATE.match(lines[1][1]) else lines[0][0] + len(lines[0][1])
            yield Candidate(m.group(1), "title", (lines[0][0], end), beside=True)
    for k in range(1, min(len(every), 10) - 1):
        # a byline: the issuer alone on the line under the document's title, the date alone under it ("…统计公报\n
        # 某县统计局\n(2020年7月10日)"), as a cover sets the name over its date (a36)
        if COVER_DATE.match(every[k + 1][1]) and DOCUMENT_TITLE_END.search(every[k - 1][1]) \
                and (m := SIGNATURE.match(every[k][1])):
            yield Candidate(m.group(1), "title", (every[k - 1][0], every[k + 1][0] + len(every[k + 1][1])))
    if holds_word(text[:1500], "关于印发《", 2):
        # a notice's title at a line's start, its page flattened into one line ("某市人民政府办公室关于印发《…》的通知
        # 【制定机关】…"): the issuer (a notice cited in a sentence, "根据《…关于印发…》", is not at a line's start)
        for m in NOTICE_AT_LINE_START.finditer(text, 0, 1500):
            yield Candidate(m.group(1), "title", m.span(1), issuer=True)
    if holds_word(text[:600], "规则", 1):
        # a government's own working rules under its name, a line of their own ("某县人民政府工作规则")
        for m in RULES_TITLE.finditer(text, 0, 600):
            yield Candidate(m.group(1), "title", m.span(1))
    if "决算" in text[:300] or "预算" in text[:300]:
        m = BUDGET_TITLE.search(text, 0, 300)
        if m:
            yield Candidate(m.group("name"), "title", m.span("name"))
    if holds_word(text[:1500], "标题", 0) or holds_word(text[:1500], "题名", 1):
        # a site's metadata grid flattened a cell a line: the title cell's value under its label
        for cell in TITLE_CELL.finditer(text, 0, 1500):
            m = TITLE_LINE.match(cell.group(1))
            if m and not chrome_line(cell.group(1)):
                yield Candidate(m.group(1), "title", cell.span(1), issuer=m.group().endswith("关于"))
    head = text[:2500]
    for regex in OPENING_SCANS:
        if regex is OPENING_IN_CHARGE and not IN_CHARGE.search(head):
            continue
        for m in regex.finditer(head):
            if not ISSUED_TO_YOU.search(head, m.end(), clause_bounds(head, m.end(), 400)[1]):
                yield Candidate(m.group(1), "opening", m.span(1))
    if "反映" in head:
        yield from (Candidate(m.group(1), "opening", m.span(1)) for m in REPORT_REFLECTS.finditer(head))
    if ",公布" in head or "，公布" in head:
        yield from (Candidate(m.group(1), "opening", m.span(1)) for m in PUBLISHED_AFTER_COMMA.finditer(head))
    for m in SPAM_OPENING.finditer(head):
        if place_replaced(m.group(1)):
            yield Candidate(m.group(1), "opening", m.span(1))
    yield from _area_summed(head)
    if "结合" in head:
        yield from (Candidate(m.group(1), "opening", m.span(1)) for m in YEAR_THEN_OWN_WORK.finditer(head)
                    if divisions.place_chain(m.group(1)))
    for m in WRAPPED_COMPILER.finditer(head):
        if divisions.place_chain(m.group(1)):
            yield Candidate(m.group(1) + m.group(2), "opening", (m.start(1), m.end(2)))
    if holds_word(head[:1500], "本指南", 2) or holds_word(head[:1500], "公开指南", 3):
        # a guide names its issuer in its scope: "做好某县政府办公室以及县直单位的政府信息公开工作", "某县人民政府
        # 办公室负责向社会主动公开下列信息"
        for regex in GUIDE_ISSUER:
            yield from (Candidate(m.group(1), "opening", m.span(1)) for m in regex.finditer(head))
        yield from (Candidate(m.group(1), "opening", m.span(1)) for m in GUIDE_OBTAIN.finditer(head)
                    if divisions.place_chain(m.group(1)) != m.group(1))
        yield from (Candidate(m.group(1), "opening", m.span(1)) for m in GUIDE_MADE_BY.finditer(head))
        # the body a guide's working body works for: the government or department before its office (A1, A19; a36)
        for m in GUIDE_WORKING_BODY.finditer(head):
            office = OFFICE_OF_GOVERNMENT.search(m.group(1))  # (某县人民政府办公室: the government it works for)
            yield Candidate(m.group(1)[:office.start() + len("政府")] if office else m.group(1), "opening", m.span(1))
    yield from _subject_before_verb(text, head)
    tail_start = max(0, len(text) - 600, len(text) // 2)  # a signature closes the text: a name at its top is a header
    for m in at_line_starts(SPLIT_SIGNATURE, text, tail_start):
        first = m.group(1)
        place = divisions.place_chain(first)
        if place and (place == first or not NAME.fullmatch(first)):
            yield Candidate(first + m.group(2), "signature", (m.start(1), m.end(2)))
    for m in at_line_starts(SIGNATURE, text, tail_start, SIGNATURE_ENDS):
        if NEXT_ITEM.match(text, m.end()):
            continue  # "…动态更新。\n司法所\n2.规范…": a plan's table, the unit that carries out an item (a42)
        yield Candidate(m.group(1), "signature", m.span(1))
    if (attached := attachment_start(text)) < tail_start:
        # a notice's signature above its attachment ("…\n某区人民政府办公室\n2017年5月8日\n附件\n…统计表 | …"):
        # the attachment's table is no part of the text the signature closes (a50)
        signed = text[:attached]
        for m in at_line_starts(SIGNATURE, signed, max(0, len(signed) - 600, len(signed) // 2), SIGNATURE_ENDS):
            if m.start() < tail_start and not NEXT_ITEM.match(signed, m.end()):
                yield Candidate(m.group(1), "signature", m.span(1))
    if holds_word(text[:3000], "印发给你", 2):
        # a covering notice's signature above the plan or rules it issues ("…现印发给你们，请认真贯彻执行。\n某县人民
        # 政府办公室\n2021年6月28日\n2021年某县政务公开工作要点…"): the issuer, though the text goes on
        for m in COVER_SIGNATURE.finditer(text, 0, 3000):
            yield Candidate(m.group(1), "signature", m.span(1))
    m = run_on_signature(text, tail_start)
    if m:  # a page flattened to one line: "…工作水平。某街道办事处2013年3月7日" at the very end
        yield Candidate(m.group(1), "signature", m.span(1))
    yield from (Candidate(m.group(1), "metadata", m.span())
                for m in META.finditer(text[:1200]))
    yield from (Candidate(m.group(1), "metadata", m.span()) for m in META_BELOW.finditer(text[:1200]))
    if "发文机关" in text[:1200]:
        yield from (Candidate(m.group(1), "metadata", m.span()) for m in META_GLUED.finditer(text[:1200]))
    yield from (Candidate(m.group(1), "metadata", m.span()) for m in TAIL_SOURCE.finditer(text, tail_start))
    yield from (Candidate(m.group(1), "guide", m.span(1))
                for m in GUIDE.finditer(text[:4000]) if not _rules_obeyed(text, m))
    yield from (Candidate(m.group(1), "guide", m.span(1)) for m in SCHOOL_RULES.finditer(text[:4000]))
    # a school's own rules say whose they are: "本章程适用于某学院普通本科…招生工作"
    if holds_word(text[:3000], "适用于", 0):
        yield from (Candidate(m.group(1), "guide", m.span(1)) for m in RULES_SCOPE.finditer(text, 0, 3000))
    if RULES_OPENING.match(text):
        # a school's rules that open at their first chapter or article name the school they are for: "第一条 为…保证
        # 某职业技术学院(以下简称“某职院”)…", "学校全称:某大学" (a43)
        for m in RULES_SCHOOL.finditer(text, 0, 1500):
            group = "name" if m.group("name") else "full"
            yield Candidate(m.group(group), "guide", m.span(group))
    yield from (Candidate(m.group(1), "guide", m.span(1)) for m in OWN_PLAN.finditer(text[:4000])
                if _plan_of_its_own(m.group(1), text))
    yield from (Candidate(m.group(2), "guide", m.span(2)) for m in OWN_REPORT.finditer(text, 0, 3000)
                if m.group(2).endswith(m.group(1)))
    if holds_word(text[:4000], "成立", 1):
        yield from (Candidate(m.group(2), "guide", m.span(2)) for m in OWN_GROUP.finditer(text, 0, 4000)
                    if m.group(2).endswith(m.group(1)))
    if "机构名称" in text[:4000] or "单位名称" in text[:4000]:
        yield from (Candidate(BODYS_OWN_OFFICE.sub("", m.group(1)), "guide", m.span(1))
                    for m in GUIDE_AGENCY_FIELD.finditer(text, 0, 4000))
    if "主管部门" in text[:4000] and ("本指南" in text[:1500] or "简称《指南》" in text[:1500]):
        # (a guide's own: a regulation names the office in charge of a whole area, "国务院办公厅是全国…主管部门")
        for m in GUIDE_IN_CHARGE.finditer(text, 0, 4000):
            name = m.group(1)
            yield Candidate(name if OFFICE_OF_GOVERNMENT.search(name) else BODYS_OWN_OFFICE.sub("", name), "guide",
                            m.span(1))
    if "公开范围" in text[:4000]:
        yield from (Candidate(m.group(1), "guide", m.span(1)) for m in GUIDE_SCOPE_FIRST.finditer(text, 0, 4000))
    if "受理申请人" in text[:4000]:
        yield from (Candidate(BODYS_OWN_OFFICE.sub("", m.group(1)), "guide", m.span(1))
                    for m in GUIDE_INTAKE.finditer(text, 0, 4000))
    if holds_word(text, "信息公开指南", 5) or holds_word(text, "信息公开实施", 5):
        yield from (Candidate(m.group(1), "guide", m.span(1)) for m in GUIDE_BARE.finditer(text[:4000]))
    yield from (Candidate(m.group(1), "contact", m.span(1)) for m in CONTACT.finditer(text))
    yield from (Candidate(m.group(1), "contact", m.span(1)) for m in SPAM_CONTACT.finditer(text)
                if SPAM_WORD.search(m.group(1)) and place_replaced(m.group(1)))
    if "联系" in text:
        yield from (Candidate(m.group(1), "contact", m.span(1)) for m in CONTACT_PERSON.finditer(text))
    if "单位" in text:  # "单位:" in a line that also gives a contact's 地址/电话/邮编
        for m in CONTACT_LABEL.finditer(text):
            line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
            if m.group(0).startswith(("联系", "受理")) or re.search(r"联系|地址|电话|邮编", line):
                yield Candidate(m.group(1), "contact", m.span(1))
    # the weakest namings: a township the text names once in a clause and otherwise speaks as (我乡); a department
    # that speaks as 我办/我局 and names its own website by its short name ("在市政府网站和法制办网站…公开")
    yield from _township_in_sentence(head)
    if holds_word(head, "我局", 0) or holds_word(head, "本局", 1):
        yield from _bureau_in_clause(text, BUREAU_MENTION)
    for voice, mention in OTHER_BODY_MENTIONS:  # (我委, 我办: a commission or an office named so; a52)
        if voice in head:
            yield from _bureau_in_clause(text, mention)
    yield from _generic_body_before_year(head)
    if OWN_SITE_END.search(head):
        for m in OWN_SITE.finditer(head):
            if not head.endswith(SITE_WORD_ENDS, 0, m.start()):
                continue  # the 和 inside a name ("海口人力资源和社会保障局网站"), not between two sites (a39)
            if "我" + m.group(2) in head or "本" + m.group(2) in head:
                yield Candidate(m.group(1), "guide", m.span(1))
    if holds_word(head, "电子版", 2):
        # the body whose site the report is published on, in a text that speaks as that kind of body ("本报告的
        # 电子版可从某市公安局网站下载" under 我局): the weakest naming, for a text that names itself nowhere else
        # (a19-agency); a government's own site only under its area's voice alone (A40; a24-blind-doc)
        copies = (ELECTRONIC_COPY, ELECTRONIC_COPY_GOVERNMENT) if "人民政府" in head and area_voice(head) \
            else (ELECTRONIC_COPY,)
        for copy in copies:
            for m in copy.finditer(head):
                if "我" + m.group(2) in head or "本" + m.group(2) in head:
                    yield Candidate(m.group(1), "site", m.span(1))
    yield from _site_published(head)
    yield from _own_channel(head)
    if "网站" in head and "栏" in head:
        # the body's own site, where it opened the column that carries its disclosures ("在某市水务局门户网站上开设
        # 政务公开专栏", traditional pages' 入口網站), in that kind of body's voice (我局): the same weakest naming
        # (a22-agency-gov)
        for m in SITE_COLUMN.finditer(head):
            if "我" + m.group(2) in head or "本" + m.group(2) in head:
                yield Candidate(m.group(1), "site", m.span(1))
    # the body's own site it published through, named after the text's voice ("我镇通过某镇人民政府(网站)共发布
    # 信息66条", "我局在某市某局官网上主动公开…"): the same weakest naming, the site a body of the voice's kind
    # (a23-agency-rest; scanned from 我 and 本 with no gate since a36's 在, which every opening holds)
    for m in SITE_VIA.finditer(head):
        name = m.group(2)
        # (a name that says where: never "上级主管局")
        if m.group(1) == m.group(3) and (TOWNSHIP.search(name) or BARE_UNIT.match(name)
                                         or SHORT_FORM_PLACE.match(name)):
            yield Candidate(name, "site", m.span(2))
    yield from _breadcrumb_body(lines)


def _site_published(head: str) -> Iterator[Candidate]:
    """SITE_PUBLISHED's names: a name that opens with its known place (never the clause's other words, "全年通过局
    …"), in a text that speaks as that kind of body."""
    at = head.find("网站")
    while at >= 0:
        if SITE_PUBLISHED_WHAT.match(head, at):
            start = max(0, at - 40)
            m = SITE_PUBLISHED_NAME.search(head[start:at])
            if m and ("我" + m.group(2) in head or "本" + m.group(2) in head) and divisions.place_chain(m.group(1)):
                yield Candidate(m.group(1), "site", (start + m.start(1), start + m.end(1)))
        at = head.find("网站", at + 2)


BREADCRUMB_MARK = re.compile(r"[>›»]")
BREADCRUMB_STEP = re.compile(r"[^>›»]+")


def _breadcrumb_body(lines: list[tuple[int, str]]) -> Iterator[Candidate]:
    """The one step of a page's breadcrumb that names a body below a government ("首页 > 政务公开 > 某县水利局 > 年报"):
    the section the page is filed under, the weakest naming (A55). A government's step is the site's own, and a
    breadcrumb that names two bodies says nothing of which one reports."""
    for start, line in lines:
        if not chrome_line(line) or len(BREADCRUMB_MARK.findall(line)) < 2:
            continue
        steps = []
        for m in BREADCRUMB_STEP.finditer(line):
            step = m.group().strip(" \t\u3000|｜")  # (a table's bars between steps: ">> 政务公开 | >> 某局 |")
            name = clean(step)[0] if NAME.fullmatch(step) else None
            if name and not GOVERNMENT.search(name) and not OFFICE_OF_GOVERNMENT.search(name) \
                    and (divisions.place_chain(name) or divisions.unknown_place(name) or BARE_UNIT.match(name)):
                steps.append(Candidate(name, "breadcrumb", (start + m.start(), start + m.end()), weak=True))
        if len(steps) == 1:
            yield steps[0]


BARE_NAME_HEAD = re.compile(r"[\u4e00-\u9fff]{2,20}")
UNIT_START = re.compile(r"[省市县区州盟旗镇乡]")  # a name that opens with its unit alone is generic (A11)


def own_rules_body(name: str) -> bool:
    """Whether the name before a rules or catalogue title is a body: not a bare place (the place's government or the
    place and the topic: the text says which) nor a category of bodies under its place (某省高等学校)."""
    place = divisions.place_chain(name) or ""
    # (a township's or a street's rules are its own: "某街道依申请公开制度"; a47)
    return (not BARE_PLACE.fullmatch(name) or TOWNSHIP_NAME_END.search(name) is not None) \
        and name[len(place):] not in BODY_CATEGORY and name not in BARE_BODY


def place_cut_off(above: str, name: str) -> bool:
    """A bare place alone on the line above a title whose name opens with no place ("某县\n水利局2021年…报告"): the
    name's own place, which the layout cut off (A54) — a known place or one the table lacks, never a government."""
    return BARE_NAME_HEAD.fullmatch(above) is not None and not UNIT_START.match(name) \
        and not divisions.place_chain(name) and above in (divisions.place_chain(above), divisions.unknown_place(above))


# the opening sentence under a header line (the report's basis, its own name, or its purpose)
OPENING_LINE = re.compile(r"\s*(?:根据|按照|依据|依照|本(?:年度)?报告|本年报|现将|现就|现公布"
                          r"|为(?:深入|进一步|认真|贯彻|做好))")
# a guide's title as a line of its own: "某镇人民政府信息公开指南", "某镇政务信息公开指南" (the name's 人民 before the
# topic's 政府 is completed by clean)
# (or an item of a list, with the date it was posted: "- 某局政府信息公开指南 2021-10-14"; and its edition in the
# bracket: "…指南(2022年版)", "…指南(2024年5月修订)"; a43)
# (and behind a spam mirror's brand glued before it, "bt365…中文官方网站某县人民政府机关政府信息公开指南": the name
# is the rest, as the web labels keep it; a45)
GUIDE_TITLE = re.compile(rf"^\s*(?:[-•·]\s*)?(?:[A-Za-z0-9_]{{2,}}[^\n]{{0,40}}?(?:官方网站|官网|网站|网址))?"
                         rf"[“\"「《]?({NAME_CHARS}{{2,30}}?)(?:政务|政府)?信息公开指南"
                         r"(?:\((?:试行|暂行|修订|(?:19|20)\d{2}\s*年(?:\d{1,2}月)?(?:版|修订)?)\))?"
                         r"[”\"」》]?\s*(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2})?\s*$")
# the body's own disclosure rules, catalogue or the catalogue's notes under its name, a line of their own
# ("某水务集团有限公司信息公开制度", "某大学信息公开目录编制说明", "某检察院检务公开信息发布实施办法(试行)"): whose
# document the page is, as a guide's title names its issuer (a23-agency-other)
OWN_RULES_TITLE = re.compile(rf"^[\s|]*[“\"「《]?({NAME_CHARS}{{2,30}}?{AGENCY_END})"
                             r"(?:政务|政府|检务|校务|院务|企业|居务|村务)?"
                             # (and its catalogue by kind: "某厅政府信息主动公开基本目录", "某局主动公开事项目录",
                             # "某社区居务公开事项标准目录", "某局政府公开标准化目录(2024)", "某街道依申请公开
                             # 制度"; a47)
                             r"(?:信息)?(?:主动|依申请)?公开(?:信息)?(?:工作)?(?:事项)?(?:发布|管理|保密审查)?"
                             r"(?:基本|标准化|事项标准|标准)?"
                             r"(?:目录编制说明|目录|编制说明|制度|实施办法|管理办法|办法|实施细则|工作规定|规定"
                             # (and 实施暂行办法, 暂行办法: a46)
                             # (and a bare 细则, "某学院信息依申请公开细则"; a49)
                             r"|实施暂行办法|暂行办法|细则)"
                             # (or its date in the bracket: "某办政务公开实施细则(20180206)"; a42)
                             # (and its edition's year, "…标准化目录(2024)", a grid's empty cells after it; a47)
                             r"(?:\((?:试行|暂行|修订|(?:19|20)\d{6}|(?:19|20)\d{2}年?版?)\))?[”\"」》]?[\s|]*$")
# a category of bodies after its place, no body ("某省高等学校信息公开实施办法": the province's rules for its schools)
BODY_CATEGORY = ("学校", "高等学校", "高等院校", "高校", "中小学", "中小学校", "幼儿园", "医院", "医疗机构",
                 "医疗卫生机构", "事业单位", "企事业单位", "公共企事业单位", "国有企业", "企业", "单位", "机关",
                 "行政机关", "部门")
TITLE_CELL = re.compile(r"^[ \t]*(?:标题|题名)[ \t]*[:：]?[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*([^\n]{6,90})$", re.M)
COVER_SIGNATURE = re.compile(rf"印发给你(?:们|单位)[^\n]{{0,40}}\n(?:[ \t]*\n)*[ \t]*"
                             rf"({NAME_CHARS}{{2,30}}{AGENCY_END})[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:19|20)\d{{2}}\s*年")
# the basis a sentence cites its documents under, before a number on the same line
CITED_ON_LINE = re.compile(r"根据|按照|依据|依照|遵照|贯彻|落实")
NUMBER_THEN_ISSUER = re.compile(rf"〔\s*(?:19|20)\d{{2}}\s*〕\s*\d+\s*号[ \t]*"
                                rf"([\u4e00-\u9fff]{NAME_CHARS}{{1,29}}?{AGENCY_END})[ \t]*关于")
NOTICE_AT_LINE_START = re.compile(rf"^[ \t]*({NAME_CHARS}{{2,30}}?{AGENCY_END})关于印发《", re.M)
DOCUMENT_TITLE_END = re.compile(r"(?:报告|年报|公报|总结|要点|方案|通知|意见)\s*$")
# (or its month alone: "某市人民政府\n2013年3月"; a43)
COVER_DATE = re.compile(r"^\s*[((]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?\s*[))]?\s*$")
WRAPPED_TAIL = re.compile(r"\s*[\u4e00-\u9fff]{0,12}(?:报告|年报|总结)\s*$")
# (an explainer's title too, "…年度报告图文解读 2023年,…": the report's body names it, A20; a19-agency)
# (the title may declare its short form first: "某县2009年…年度报告(以下简称年报)根据《条例》…", a23-blind-doc)
TITLE_THEN_BODY = re.compile(r"^(.{6,80}?(?:报告|年报)(?:的?(?:图文|文字|图片|视频)?解读)?)\s*"
                             r"(?:[(（]以下简称[^()（）\n]{1,8}[)）]\s*)?"
                             # (or as the opening sentence's subject: "某镇2019年…年度报告是根据…编制并公布"; a44)
                             r"(?=(?:是|系)?(?:根据|按照|依据)|为(?:深入|进一步|认真|贯彻)|本(?:年度)?报告|现将"
                             # a page flattened to one line: the first heading, or the site's metadata, after the title
                             r"|[一1][、.．]\s*(?:总体|概述|基本|引言|主动|政府信息|信息公开|加强|工作)|[(（]一[)）]"
                             r"|(?:发布时间|发布日期|时间|来源|作者|浏览次数|点击数|字号|索引号)\s*[:：]|(?:19|20)\d{2}-\d"
                             # the opening sentence's year and its comma ("…报告图文解读2023年,某中心…")
                             r"|(?:19|20)\d{2}\s*年\s*[,，])")
TRAILING_META = re.compile(r"(?:发布时间|发布日期|来源|作者|浏览次数|点击数|字号|索引号)\s*[:：]")
# a table row's empty cells after its one filled cell, as a flattened page writes them ("…年度报告 | ||||…")
EMPTY_CELLS = re.compile(r"(?:\s*\|)+\s*$")


def meta_cut(line: str) -> str:
    """A title line without the metadata a site runs on after it ("…年度报告 发布时间:… 来源:… 浏览次数:…"), nor the
    empty cells of the table row it stands in (a35)."""
    cut = TRAILING_META.split(line, maxsplit=1)[0]
    return EMPTY_CELLS.sub("", cut) if "|" in cut else cut


def _subject_before_verb(text: str, head: str) -> Iterator[Candidate]:
    """"2022年，某镇坚持…", "…,某镇结合工作实际…": the words between a sentence or clause start and a verb the
    subject of a report's opening uses; found from the verb backwards, never by trying every clause."""
    for regex in (SUBJECT_VERB, YEAR_SUBJECT_VERB):
        yield from _subjects(text, head, regex, after_year=regex is YEAR_SUBJECT_VERB)
    lower = LOWER_VOICE.search(head) is not None
    for c in _subjects(text, head, OWN_WORK_VERB, after_year=True):
        # (a place or its government summed up in a bureau's or a township's text, "2012年,某市政府信息公开工作取得
        # 新进展。我局…": the area above the author, not the author)
        # (but a township summed up in its own voice is the author: "截至2011年年底,某街道政府信息公开工作运行正常"
        # in a text that says 本街道; labelling A16, a56)
        if not (lower and (BARE_PLACE.fullmatch(c.name) or c.name.endswith(("人民", "政府")))) \
                or TOWNSHIP_NAME_END.search(c.name) and speaks_as_township(c.name, head):
            yield c


# a department's own website by its short name, beside another site: "在市政府网站和法制办网站进行了主动公开"
# (the character before the name taken in, not looked behind for: a scan per character, where a pattern that opens
# with a lookbehind is tried at every character; the same groups, the whole match a character longer)
OWN_SITE = scan.led(r"(?:和|及|、)\s*([\u4e00-\u9fff]{2,8}?(办|局|委))(?:门户|官方)?网站")
# what the site before OWN_SITE's conjunction ends with ("市政府网站和", "政务平台、", "“某某”公众号及")
SITE_WORD_ENDS = ("网站", "网", "平台", "”", "号", "端")
# what every match of OWN_SITE ends with, searched from its 网 (a literal first: fast) before the three scans of 和, 及
# and 、 (≈ 9 µs over an opening): it is in about one synth opening of six
OWN_SITE_END = re.compile(r"网站(?:(?<=[办局委]网站)|(?<=[办局委]门户网站)|(?<=[办局委]官方网站))")
# where a report's electronic copy is published: "电子版可从某局网站下载", "电子版可在“某局”门户网站查阅"
COPY_AT = r"电子版[^。\n]{0,16}?(?:从|在|于|通过|登录|到)\s*[“\"《]?"
COPY_SITE = r"[”\"》]?\s*(?:门户|官方|政务)?网站?"
ELECTRONIC_COPY = re.compile(rf"{COPY_AT}({NAME_CHARS}{{2,30}}?(局|委|办|厅|馆|中心|站|所)){COPY_SITE}")
# ...and a government's under its area's voice ("电子版可在某县人民政府门户网站下载", 我县; a24-blind-doc)
ELECTRONIC_COPY_GOVERNMENT = re.compile(rf"{COPY_AT}({NAME_CHARS}{{2,20}}?(县|区|市|旗)人民政府){COPY_SITE}")

# a text that speaks as its area (我县, 本区) and never as a body below or inside it (我局, 我中心, 我镇, 我办…)
# (each searched as 我… and 本…: a scan per character, where a class first is tested at every character)
AREA_SELF = scan.Led(r"[我本](?:县|区|市|旗)", parts=["我(?:县|区|市|旗)", "本(?:县|区|市|旗)"])
BELOW_AREA_SELF_UNITS = r"(?:局|委|办|厅|署|中心|镇|乡|街道|校|院|所|站|馆|公司)"
BELOW_AREA_SELF = scan.Led("[我本]" + BELOW_AREA_SELF_UNITS,
                           parts=["我" + BELOW_AREA_SELF_UNITS, "本" + BELOW_AREA_SELF_UNITS])


def area_voice(head: str) -> bool:
    """Whether the opening speaks as a county, district, city or banner only."""
    return AREA_SELF.search(head) is not None and BELOW_AREA_SELF.search(head) is None


def speaks_as_area(head: str, unit: str) -> bool:
    """Whether the opening speaks as an area of that unit (县, 区, 市, 旗) — 我县, 本县 or the whole 全县 — and never as
    a body below or inside it."""
    return any(word + unit in head for word in "我本全") and BELOW_AREA_SELF.search(head) is None


# the site a body published through, after the text's voice: "我镇通过某镇人民政府网站共发布…" (a23-agency-rest)
# (scanned as 我… and 本…, as OWN_REPORT: a class first is tested at every character of the opening)
# (and "我局在某市某局官网上主动公开…": 在 for 通过, the site's 官网 and 上; a36)
SITE_VIA_TAIL = (rf"(镇|乡|街道|局|委|办)\s*(?:通过|在)\s*[“\"]?({NAME_CHARS}{{2,30}}?(镇|乡|街道|局|委|办)"
                 r"(?:人民政府|政府|办事处)?)[”\"]?\s*(?:门户|官方|政务)?(?:子网站|网站|官网|网)?\s*上?\s*(?:共|累计)?(?:主动)?"
                 r"(?:发布|公开)")
SITE_VIA = scan.Led("[我本]" + SITE_VIA_TAIL, parts=["我" + SITE_VIA_TAIL, "本" + SITE_VIA_TAIL])
# the body's own site as the subject or place of its publishing, in that kind of body's voice ("2022年,某市某局网站
# 公开信息357条", "在某局网站公开信息457条" under 我局; a42): the site's 网站 found first (a literal), the name
# before it matched back from there, what it published after it (a pattern that opens with a name is tried at every
# character: ≈ 400 µs a report)
SITE_PUBLISHED_NAME = re.compile(rf"(?:在|通过|于)?({NAME_CHARS}{{2,30}}?(局|委|办|中心))[”\"]?\s*"
                                 r"(?:门户|官方|政务)?\Z")
SITE_PUBLISHED_WHAT = re.compile(r"网站\s*上?\s*(?:共|累计)?(?:主动)?(?:公开|发布)(?:了)?(?:各类)?(?:政府)?"
                                 r"(?:信息|文件)")
# a body's own channel named after it, the text in that kind of body's voice ("以市文体新广局网站为主体", "运用某市
# 人民医院微信公众号…发布", "开辟的某镇微信公众号" under 我局/我院/我镇): the weakest naming, for a text that names
# itself nowhere else (a52)
# (the channel's own word found first, a literal; the site's qualifier before it, 门户/官方/政务, read back from there)
OWN_CHANNEL = re.compile(r"网站|外网|微信公众号|公众号|政务微博|专栏")
CHANNEL_QUALIFIERS = ("门户", "官方", "政务")
CHANNEL_VOICES = ("局", "委", "办", "镇", "乡", "院", "中心")
CHANNEL_NAME_OPENERS = frozenset("以在至于经到将的用过托和及、")  # the verb, preposition or 和 before a name


def _own_channel(head: str) -> Iterator[Candidate]:
    """The one body of the text's voice (我局: a 局) named before a channel of its own: a name that opens with a known
    place, or a generic one (市某局) after the clause's verb; none when the text names two such bodies."""
    units = [unit for unit in CHANNEL_VOICES if "我" + unit in head or "本" + unit in head]
    if not units:
        return
    found: dict[str, tuple[int, int]] = {}
    last = 0  # (a name never runs back over the channel before it: "在县某局网站和市某局网站")
    for m in OWN_CHANNEL.finditer(head):
        end = m.start() - 2 if head.endswith(CHANNEL_QUALIFIERS, 0, m.start()) else m.start()
        bound, last = max(last, end - 20), m.end()
        unit = next((u for u in units if head.endswith(u, 0, end)), None)
        if unit is None:
            continue
        start = end
        while start > bound and "\u4e00" <= head[start - 1] <= "\u9fff":
            start -= 1
        run = head[start:end]
        for k in range(len(run) - len(unit) - 1):
            if divisions.place_chain(run[k:]) or (k == 0 or run[k - 1] in CHANNEL_NAME_OPENERS) \
                    and (run[k] in divisions.BARE_UNITS or unit in "镇乡" and len(run) - k <= 5):
                name = run[k:]
                if NAME.fullmatch(name) and clean(name)[0] == name and not NOT_A_NAME.search(name):
                    found.setdefault(name, (start + k, end))
                    break
    if len(found) == 1:
        name, span = next(iter(found.items()))
        yield Candidate(name, "site", span, weak=True)


# the site where a body opened its disclosure column: "在某局门户网站上开设…专栏", "在“某局”网站设立…栏目"
SITE_COLUMN = re.compile(rf"在\s*[“\"]?({NAME_CHARS}{{2,30}}?(局|委|办|厅|馆|中心|站|所))[”\"]?\s*"
                         r"(?:门户|入口|官方|政务)?网站?上?\s*(?:开设|设立|设置|设定|开辟|建立|开通)[^。\n]{0,16}?(?:专栏|栏目)")


# a township or street named as a clause's subject in a text that speaks as one ("2014年,某乡未收取任何…费用",
# "我乡…"): after a clause's start or a year, the name, then more words (never 乡镇/乡村/镇级…); found from the unit
# backwards (a literal search), never by trying every character
TOWNSHIP_UNIT = re.compile(r"乡|镇|街道")
TOWNSHIP_OWN_VOICE = {"乡": ("我乡", "本乡"), "镇": ("我镇", "本镇"), "街道": ("我街道", "本街道", "我街")}


# the basis a sentence names before a document ("根据《条例》和《某部政府信息公开实施办法》有关要求"), in the sentence
# up to that document
BASIS = re.compile(r"(?:根据|按照|依据|依照|遵照|参照)[^。\n;；]*\Z")
RULES_END = re.compile(r"(?:办法|细则)(?:\((?:试行|暂行|修订)\))?》$")


def _rules_obeyed(text: str, guide: re.Match) -> bool:
    """Rules on disclosure the sentence cites as its basis ("根据…《生态环境部政府信息公开实施办法》有关要求,编制本报
    告" in a city bureau's report): a ministry's or a government's rules for the bodies below it, not the reporter's
    own; a guide or catalogue (指南, 目录) is always its own body's (a23-agency-gov)."""
    if GOVERNMENT_MADE.search(text, max(0, guide.start() - 8), guide.start()):
        return True  # "根据市政府编制的《某市政府信息公开指南》制定了…": the government's, another body's own (a53)
    if RULES_END.search(guide.group()) is None:
        # a guide is its own body's, but not the superiors' guides a guide cites for its own ("根据…《某省人民政府
        # 信息公开指南》和《某州人民政府信息公开指南》有关规定,编制本指南"; a40)
        # (nor a government's guide a body below it follows: "我局…严格按照《条例》和《某市人民政府信息公开指南》
        # 要求"; a50; its place bare too, "根据《条例》和《某市政府信息公开指南》等有关规定,编制发布本报告"; a53)
        if BASIS.search(text, max(0, guide.start() - 120), guide.start()) is None:
            return False
        return OWN_GUIDE_AFTER.search(text, guide.end(), guide.end() + 120) is not None \
            or (guide.group(1).endswith("人民政府") or divisions.place_chain(guide.group(1)) == guide.group(1)) \
            and GUIDE_REQUIRES.match(text, guide.end()) is not None and BELOW_AREA_SELF.search(text[:3000]) is not None
    return BASIS.search(text, max(0, guide.start() - 120), guide.start()) is not None


# a guide compiled in the sentence: "…有关规定,编制本指南" (A204)
OWN_GUIDE_AFTER = re.compile(r"(?:编制|制定|修订)本指南")
# what a body takes from the guide it follows: "…指南》要求", "…指南》的有关规定"
GUIDE_REQUIRES = re.compile(r"(?:等)?(?:的)?(?:有关|相关)?(?:要求|规定)")


def _plan_of_its_own(name: str, text: str) -> bool:
    """A plan or rules named after a body (OWN_PLAN) are its own: a township's only in a text that speaks as one
    (我乡/本镇; 苏木 as 镇), since a county's report names its townships' rules too (a14-agency); a county's or a
    city's own ("我市…制定并印发了《某市政府信息公开工作考核暂行办法》") only when the name is a known division and the
    text speaks as that area alone (我市, never 我局: a bureau's report names its government's rules; a33)."""
    if name[-1] in "市县区旗":
        return divisions.place_chain(name) == name and area_voice(text[:3000]) \
            and ("我" + name[-1] in text[:4000] or "本" + name[-1] in text[:4000])
    return not TOWNSHIP_NAME_END.search(name) or speaks_as_township(name, text[:4000])


def speaks_as_township(name: str, head: str) -> bool:
    """A township's name (TOWNSHIP_NAME_END) in a text that speaks as that kind of township (我镇 for a 镇, 苏木 as
    镇): the text's own name, not a township it oversees or works with."""
    unit = "街道" if name.endswith("街道") else "镇" if name.endswith("苏木") else name[-1]
    return any(voice in head for voice in TOWNSHIP_OWN_VOICE[unit])
CLAUSE_OPENERS = frozenset("。；;，,：:\n")
COVER_LETTER_REPORT = re.compile(rf"关于(?:上报|报送|呈报)\s*《\s*({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*"
                                 r"(?:19|20)\d{2}\s*(?:[-—–至]\s*(?:19|20)?\d{2}\s*学?)?年")
YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年度?\s*\Z")
NOT_AFTER_TOWNSHIP = frozenset("镇乡村级长域内外区政")  # (某镇政府…: a subject the verbs' reading finds)
# words no township's own name holds: a clause's verbs, the text's voice, quantities ("要求全乡", "在本镇")
# (and a clause's verbs and the adverbs before them: "…维护,均接受街道年终考核"; 均 itself stays: 均安镇)
NOT_IN_TOWNSHIP_NAME = re.compile(r"[我本全各该此其每对为向由经按据与和及的了是到至等从将把被于以在共也已并再又皆]"
                                  r"|要求|通过|今年|全年|负责|统一|组织|分管|协调"
                                  r"|接受|参加|参与|配合|开展|落实|完成|进行|报送|上报|接到|收到|受理"
                                  # (a verb whose object opens with 乡/镇: "…,形成乡主要领导管理、…的工作格局"; clean's
                                  # NOT_A_NAME has 建立, 构建, 完善…)
                                  r"|形成|健全|实现|确保|做到|强化|提高|提升|坚持|树立"
                                  # (a verb of aiming whose object is the unit's own bodies: "紧紧围绕镇党委
                                  # 政府重点工作", "聚焦乡中心工作"; a24-agency-town)
                                  r"|围绕|紧扣|聚焦|立足|服务|结合"
                                  # (and one that builds what is named after it: "建起某镇信息管理报送系统"; a42)
                                  r"|建起|建成|建设|搭建|打造|开通|开设|升级")


# a township whose name opens with a character that is also a function word: 对坊乡, 和平镇, 向阳街道
# (with its government or office as the title writes it: 和平街道办事处, 向阳镇人民政府; a24-agency-town)
FUNCTION_TOWNSHIP = re.compile(r"[为在对向由将与和及]([\u4e00-\u9fff]{1,2})(?:乡|镇|街道)(?:办事处|人民政府|政府)?")


def function_char_township(name: str, text: str) -> bool:
    """A title's name like 对坊乡, which clean turns down for its first character, is a township when the division
    table knows its opening (和平, 向阳: divisions' short names) or the text names the township's own government; not
    when the rest is a clause's word ("对全乡", "向各镇") or the character stands before a known place ("对福州市…")."""
    m = FUNCTION_TOWNSHIP.fullmatch(name)
    if m is None or NOT_IN_TOWNSHIP_NAME.search(m.group(1)) or UNIT_START.search(m.group(1)) \
            or NOT_A_NAME.search(name) or divisions.place_prefix(name[1:]):
        return False
    return bool(divisions.place_prefix(name)) or any(name + body in text for body in ("人民政府", "政府", "办事处"))


# a township whose own name is one character before its unit (某苏木 in Inner Mongolia, 某镇), which NAME's two
# characters turn down
ONE_CHAR_TOWNSHIP = re.compile(r"[\u4e00-\u9fff](?:镇|乡|苏木)")


def one_char_township(name: str, text: str) -> bool:
    """A title's one-character township ("某苏木2025年…年度报告") is a township when the text names its own government
    in full ("全文包括某苏木人民政府信息公开总体情况"): the title's bare form, as A2 keeps a bare place (a33); never a
    clause's word (全镇, 各乡) or a bare unit."""
    return ONE_CHAR_TOWNSHIP.fullmatch(name) is not None and not NOT_IN_TOWNSHIP_NAME.search(name[0]) \
        and not UNIT_START.search(name[0]) and name + "人民政府" in text


def _township_in_sentence(head: str) -> Iterator[Candidate]:
    """The one township a text that speaks as a township (我乡, 本镇, 我街道) names as a clause's subject: its own
    name, written once perhaps, the rest of the text in its voice (a page that names two such places names none)."""
    units = [unit for unit, voices in TOWNSHIP_OWN_VOICE.items() if any(v in head for v in voices)]
    if not units:
        return
    found: dict[str, tuple[int, int]] = {}
    for m in TOWNSHIP_UNIT.finditer(head):
        # "截至12月31日,某乡人民政府通过信息平台公开…": the full name, as written (a13-audit; its office, 某乡人民政府
        # 办公室/党政办, is left to the stronger sources)
        end = m.end() + 4 if head.startswith("人民政府", m.end()) else m.end()
        if m.start() < 2 or head[m.start() - 1] in "我本全各该乡" or m.group() not in units or end >= len(head) \
                or head[end] in NOT_AFTER_TOWNSHIP or end > m.end() and head[end] in "办党机" \
                or not "\u4e00" <= head[end] <= "\u9fff":
            continue
        for at in range(m.start() - 1, max(-1, m.start() - 6), -1):  # the shortest name opening a clause
            if not "\u4e00" <= head[at] <= "\u9fff":
                break
            if m.start() - at < 2:
                continue
            before = head[at - 1] if at else "\n"
            if before in CLAUSE_OPENERS or before in "年度" and YEAR_BEFORE.search(head, max(0, at - 12), at):
                name = head[at:end]
                if not NOT_IN_TOWNSHIP_NAME.search(head[at:m.end()]):
                    found.setdefault(name, (at, end))
                break
    if len(found) == 1:
        name, span = next(iter(found.items()))
        yield Candidate(name, "opening", span, weak=True)


# a bureau named once in a text that speaks as one (我局…, "将某市某局已过时的60部规范性文件…废止"): the words
# around a mention that make it another body the text deals with — its superior, a partner, a recipient, a document
BUREAU_OTHER_BEFORE = re.compile(r"(?:按照|根据|依据|依照|遵照|在|经|向|报|报送|上报|上级|配合|协助|会同|联合|与|和|同|"
                                 r"及|、|请|由|受|接受|对|督促|指导|参加|参与|邀请|协调|转发|落实|贯彻|执行|获|被|给)$")
# (局属 units, but not the body's own rank: "某办公室属正科级行政机关"; a52)
BUREAU_OTHER_AFTER = re.compile(r"(?:长|属(?![正副]|于|[省厅处县科乡股]级)|系统|要求|部署|安排|指导|领导|统一|批准|"
                                r"同意|通知|印发|下发|转发|关于|和|及|、|与|等|组织|检查|考核|督查|通报|表彰|评|授予|发布的|制定的|出台的|文件|牵头|主持|召开|党组|"
                                r"的要求)")
BUREAU_MENTION = re.compile(r"局")
OTHER_BODY_MENTIONS = (("我委", re.compile(r"委员会|委(?!员)")), ("我办", re.compile(r"办公室|办(?!公|事|理|法)")))


def _bureau_in_clause(text: str, mention: re.Pattern) -> Iterator[Candidate]:
    """The one bureau with a known place a text that speaks as a bureau (我局/本局) names (or a commission or an office
    under 我委 or 我办: `mention` is the unit's word), when every mention of it
    is the text's own doing ("将某市某局已过时的规范性文件向社会公布"): never a superior, partner or recipient (按照/
    向/与 某局, 某局要求/部署/印发…), never inside a document's title, and none when the text names two such bureaus
    (docs/labelling.md A18). The weakest source: only when nothing stronger names the author."""
    span = text[:4000]
    found: dict[str, tuple[int, int]] = {}
    rejected: set[str] = set()
    for m in mention.finditer(span):
        end = m.end()
        start = end - 1
        while start > max(0, end - 22) and "\u4e00" <= span[start - 1] <= "\u9fff":
            start -= 1
        run = span[start:end]
        at = next((k for k in range(min(5, len(run) - 2)) if divisions.place_chain(run[k:])), -1)
        if at < 0 or start > 0 and "\u4e00" <= span[start - 1] <= "\u9fff":
            continue  # (near a clause's start: "…工作营口市某局由某某" after a title is a byline, not a clause)
        name = run[at:]
        if not NAME.fullmatch(name) or is_generic(name) or name[len(divisions.place_chain(name)):] in ("", m.group()) \
                or ENQUIRY_DESK.search(name) or SERVICE_UNIT.search(name):  # (an area's desk: A285)
            continue
        before = span[max(0, start - 4):start + at]
        inside_title = span.rfind("《", 0, start) > span.rfind("》", 0, start)
        if BUREAU_OTHER_BEFORE.search(before) or BUREAU_OTHER_AFTER.match(span, end) or inside_title:
            rejected.add(name)
        else:
            found.setdefault(name, (start + at, end))
    if len(found) == 1 and not rejected:
        name, where = next(iter(found.items()))
        yield Candidate(name, "opening", where, weak=True)


# "县某局2019年全年主动公开政府信息302条" (a sample's 201x too): a body named by its unit and kind as the subject of its
# year's figures, its year after its name (the figures' verbs as YEAR_SUBJECT_VERB's); found from the year backwards
# (the lookbehind after the year's first digit, as YEAR_LEAD's: the scan is led by 1 and 2)
YEAR_AFTER_BODY = re.compile(r"(?:1(?<=[局委办]1)9|2(?<=[局委办]2)0)\d[\dxX]\s*年度?\s*(?:全年|度内)?\s*(?:共|累计)?"
                             r"(?:主动公开|受理|收到|发布)")
GENERIC_BODY_END = re.compile(r"[省市县区州旗][\u4e00-\u9fff]{1,12}?(局|委|办)$")
GENERIC_BODY_VOICES = ("我局", "本局", "我委", "本委", "我办", "本办")  # 我/本 + GENERIC_BODY_END's unit


def _generic_body_before_year(head: str) -> Iterator[Candidate]:
    """A generic bureau (县招投标局, A11) as the subject of its year's figures in a text in its voice (我局): the
    weakest naming of the opening, for a text that names itself nowhere else."""
    if not any(voice in head for voice in GENERIC_BODY_VOICES):
        return  # (its name is taken only under its voice: none, no name)
    for m in YEAR_AFTER_BODY.finditer(head):
        name = GENERIC_BODY_END.search(head, max(0, m.start() - 14), m.start())
        if name and ("我" + name.group(1) in head or "本" + name.group(1) in head):
            yield Candidate(name.group(0), "opening", name.span(), weak=True)


# a bureau's inner unit named with no place (出入境管理处, 特警支队, 办公室 is not one: 区政府办公室 reports)
INNER_UNIT = re.compile(r"(?:处|科|股|支队|大队|中队|派出所)$")
PLACE_CHAR = re.compile(r"[省市县区州旗盟镇乡街]")
# a clause that opens with its copula says what something is, it names no subject ("…的重要举措,更是学院进一步…")
COPULA_LEAD = re.compile(r"(?:更|也|还|就|正|乃|才|都)?是")
META_LABEL_END = re.compile(r"(?:来源|发布机构|发布机关|发布单位|发布者|作者|来源单位)\s*[:：]\s*$")


def _verb_starts(head: str, verb: re.Pattern) -> Iterator[int]:
    """Where each match of verb.finditer(head) starts. SUBJECT_VERB opens with an optional 党组/党委…, so `re`
    would try it at every character: its verbs are scanned alone (they open with literals) and a prefix right
    before a verb, not inside the last match, moves the start back — the same starts (no verb opens with a
    prefix's characters; tests compare the two)."""
    if verb is not SUBJECT_VERB:
        for m in verb.finditer(head):
            yield m.start()
        return
    last_end = 0
    for m in VERB_ALONE.finditer(head):
        start = m.start()
        for prefix in SUBJECT_PREFIXES:
            if start - len(prefix) >= last_end and head.startswith(prefix, start - len(prefix)):
                start -= len(prefix)
                break
        yield start
        last_end = m.end()


# a short form the subject declares before its verb (a20-agency)
DECLARED_AT_END = re.compile(r"\s*[(（]\s*(?:以[下上])?(?:简称|下称)[^()（）]{0,20}[)）]$")
# the disclosure work as the object before the subject's verb ("某办对政府信息公开工作高度重视"; a23-agency-rest)
TOPIC_OBJECT = re.compile(r"对(?:政府|政务)?(?:信息公开|政务公开|公开)工作$")
# (never the leadership a report obeys: "县政府对…高度重视", "区委对…", "局党组对…")
LEADER_SUBJECT = re.compile(r"政府$|^[省市县区州旗盟镇乡]委$|党委$|党组$|党工委$|领导$")
# a time phrase between a subject and its verb: since the body was set up ("县某局自2019年3月挂牌成立以来,坚持…"; a53)
SINCE_BEFORE_VERB = re.compile(r"(?<=[\u4e00-\u9fff])自(?:19|20)\d{2}\s*年[^。;,，]{0,16}?(?:成立|组建|挂牌)以来"
                               r"\s*[,，]$")
# (and as of its end: "截至2011年年底,"; and the leadership it worked under after the year: "2020年,在区委、区政府的
# 正确领导下,"; a56)
YEAR_PHRASE_END = re.compile(r"(?:(?:19|20)\d{2}\s*年(?:度内?|内|底|末|年底|年末)?|今年以来|本年度|一年来"
                             r"|是[^。,，]{0,20}的一年)\s*[,，]?"
                             r"(?:在[^。,，;；]{2,24}?(?:领导|指导|带领)下\s*[,，]?)?$")


# the compiling verbs after which a subject's 由 marks the compiler ("由某市某办编制2020年度…报告")
COMPILE_VERBS = ("编制", "特编制", "撰写", "制定")


def _subjects(text: str, head: str, verb: re.Pattern, after_year: bool) -> Iterator[Candidate]:
    for verb_start in _verb_starts(head, verb):
        lead = head[max(0, verb_start - 40):verb_start]
        # a time phrase between the subject and its verb ("县某局自2019年3月挂牌成立以来,坚持…"; a53)
        since = SINCE_BEFORE_VERB.search(lead)
        skip = len(since.group()) if since else 0
        lead = lead[:len(lead) - skip]
        cut = clause_cut(lead)
        clause = lead[cut + 1:] if cut >= 0 or verb_start <= 40 else ""
        bare = without_leading_year(clause).strip()
        if not SUBJECT.fullmatch(bare):
            if SPAM_WORD.search(bare) and place_replaced(bare):
                # "365某某网址自然资源和规划局编制了…": advertising in the place of the subject's place; the resolver
                # keeps what is left only when nothing else names the body (place_replaced)
                yield Candidate(bare, "opening", (verb_start - len(bare), verb_start))
                continue
            # a flattened page runs a heading or the title into the sentence ("一、总体情况2022年某乡严格…",
            # "…工作总结2021上半年某局…在…领导下"): the clause starts at the last year before the verb
            # (or, with no year, at the end of the heading run into it: "一、 总体情况 某镇贯彻…"; a43)
            year = list(YEAR_LEAD.finditer(lead))
            if year:
                cut, clause = year[-1].start() - 1, lead[year[-1].start():]
            elif (heading := RUN_HEADING.search(lead)) is not None:
                cut, clause = heading.end() - 1, lead[heading.end():]
            else:
                continue
        if META_LABEL_END.search(lead, 0, cut + 1):
            continue  # "来源:某县人民政府办公室 根据《条例》…": the site's metadata, weighed as such (META)
        if after_year and not (YEAR_PHRASE_END.search(lead[:cut + 1].rstrip(",，")) or YEAR_LEAD.match(clause)):
            continue
        subject = without_leading_year(clause).strip()
        declared = DECLARED_AT_END.search(subject)
        tail = len(subject) - declared.start() if declared else 0
        subject = subject[:len(subject) - tail]  # "某局(以下简称“区某局”)坚持…": the name without its short form
        if verb is OWN_WORK_VERB and subject.endswith("的"):
            tail += 1
            subject = subject[:-1]  # "县某局的政府信息公开工作严格按照…": the possessor without its 的
        if (topic := TOPIC_OBJECT.search(subject)) is not None and not LEADER_SUBJECT.search(subject, 0, topic.start()):
            tail += len(subject) - topic.start()
            subject = subject[:topic.start()]  # "市某办对政府信息公开工作高度重视": the subject before its object
        if subject.startswith("由") and head.startswith(COMPILE_VERBS, verb_start):
            subject = subject[1:]  # "…要求,由某市某办编制2020年度…报告": the compiler after its 由 (a54)
        if INNER_UNIT.search(subject) and not PLACE_CHAR.search(subject):
            continue  # "出入境管理处进一步…", "特警支队认真…": a unit inside the body the text speaks as (我局)
        if COPULA_LEAD.match(subject) or "是" in REPORT_IS.sub("", subject):
            continue  # (and a copula inside: "开展信息公开工作是学校深入贯彻…的重要环节" says what the work is; a39)
        if 2 <= len(subject) <= 30 and SUBJECT.fullmatch(subject):
            end = verb_start - skip - tail
            yield Candidate(subject, "opening", (end - len(subject), end))


def _places_after(text: str, ch: str) -> list[int]:
    """The index after each `ch` in `text`."""
    places, at = [], text.find(ch)
    while at >= 0:
        places.append(at + 1)
        at = text.find(ch, at + 1)
    return places


def _declared(head: str, called: list[int], short: str) -> bool:
    """`"称" + short in head or "称“" + short in head`, `called` the places after each 称 of `head`: the two words
    looked for only there (resolve asks it of each candidate; two whole `in`s of the head cost ≈ 30 k instructions
    a report, a28-parse)."""
    quoted = "“" + short
    for at in called:
        if head.find(short, at, at + len(short)) >= 0 or head.find(quoted, at, at + len(quoted)) >= 0:
            return True
    return False


def resolve(text: str, title_names: list[tuple[str, str, bool]]) -> tuple[str | None, str, bool]:
    """(name, evidence "来源: snippet", site) of the reporting body — `site`: a government read where a site shows
    its own name (the line beside a title, 发布机构), which meta_facts weighs against the text's voice — or
    (None, why there is none, False)."""
    best: Candidate | None = None
    doubtful: Candidate | None = None  # the first name whose place is not a known division
    leftover: Candidate | None = None  # the first department whose place advertising replaced (place_replaced)
    reasons: list[str] = []
    head = text[:3000]
    called = _places_after(head, "称")
    cands = gather(text, title_names)
    for c in cands:
        short = QUOTES_AND_EDGES.sub("", c.name)
        # (the declarations read only for a name the opening declares as a short form: "简称“市残联”")
        if short and _declared(head, called, short) and (full := short_forms(text).get(short)):
            c = Candidate(full, c.source, c.evidence, c.note, c.beside, c.issuer, c.weak)  # 市残联 → 某市残疾人联合会
        # (a group's office issuing a notice: the office, not the place its name starts with)
        name, why = (c.issuer and issuing_group(c.name) or None), ""
        if name is None and c.source == "opening" and (bare := BARE_GOVERNMENT.fullmatch(c.name)) \
                and isinstance(c.evidence, tuple) and text[c.evidence[1]:c.evidence[1] + 2] not in ("信息", "政务") \
                and speaks_as(text, bare.group(1)):
            # "2021年,旗政府始终…" in a text that says 我旗: the generic name as written (A11); not the 政府 of a
            # topic ("公开2016年度镇政府信息公开年度报告": the unit alone, no name)
            name = c.name
        if name is None:
            name, why = clean(c.name)
            if name is not None and name != short and _declared(head, called, name) \
                    and (full := short_forms(text).get(name)):
                name = full  # "医学院信息公开工作在…" under "某大学医学院(以下简称医学院)": the short form once its
                # topic is cut off stands for the full name too (A12; a43)
            if why == SPAM_REPLACED and leftover is None and (rest := place_replaced(c.name)) \
                    and not (c.source == "contact" and SERVICE_UNIT.search(rest)
                             and BELOW_AREA_SELF.search(head) is None):
                # (not the area's service desk as the contact, "请与某某官网政务服务和大数据管理局联系"; a40)
                leftover = Candidate(rest, c.source, c.evidence, " (地名被广告替换)")
        if name is None and (blank := LEADING_BLANK.match(c.name)) and BARE_UNIT.match(rest := c.name[blank.end():]) \
                and re.search(rf"(?<![xX×Ｘ]){re.escape(rest)}", text):
            # "由xx县中医院编制" in a text that calls itself 县中医院 too: the generic name it writes (A11), never the
            # blank (labelling A58, a22-agency-other)
            name, why = clean(rest)
        if name is None and c.source == "title" and (function_char_township(short, text)
                                                    or one_char_township(short, text)):
            name = short  # "对坊乡2023年…年度报告": a township whose name opens as a function word does
        if name is None and c.source == "opening" and isinstance(c.evidence, tuple) \
                and YEAR_BEFORE.search(text, max(0, c.evidence[0] - 8), c.evidence[0]) \
                and function_char_township(short, text):
            name = short  # "现将2008年度与儿街镇政府信息公开年度报告公布如下": after a year, no conjunction (a47)
        if name is None and c.source == "title" and system_title(short):
            name = short  # "某市规划和自然资源系统2025年…年度报告": a bureau and its branches reporting as one
        if name is not None and c.source != "title" \
                and (LOWER_UNIT.search(name) and not UNIT_VOICE.search(head)
                     or name.endswith("公司") and OTHER_VOICE.search(head)
                     or MASS_SHORT.fullmatch(name) and not MASS_VOICE.search(head)) \
                and not (isinstance(c.evidence, tuple) and publishes_own(text, c.evidence)):
            # a name that is not the text's voice: "2022年,规模养殖场坚持…", "城区某小学…" in a bureau's report (我局)
            # is a unit it oversees (a school or farm names itself so only in its own voice, 我校/本园/我场;
            # a19-agency); "2022年,某县自来水公司积极配合我镇…" a utility working with the author (a utility's company
            # reports in its own voice, 公司/本公司; a22-agency-other; and so any company, A123); "区妇联" in a
            # township's or a bureau's text a partner (A121). Unless the sentence publishes the report as that
            # unit's own ("现将县供销社2019政府信息公开工作年度报告如下"; A351)
            name, why = None, "正文不以该单位口吻"
        if name is None:
            reasons.append(f"{SOURCE_WORDS[c.source]}: {why}")
            continue
        if best is None and c.source == "contact" and (desk := DESK_OF_BODY.fullmatch(name)) \
                and not DESK_OWNER_NOT_AUTHOR.search(desk.group(1)):
            # "请与某市疾病预防控制中心政府信息公开办公室联系": a body's own desk, the body (A19: a body's office is
            # the body); a government's desk answers for its whole area (below; a36)
            name = desk.group(1)
        if c.source == "opening" and BARE_DESK.fullmatch(name):
            # "结合我区实际,由政务公开办公室编制": a disclosure desk with no body before it names whose desk it is only
            # where the text names the body (the contact's "某区政务公开办公室"; labelling A366)
            reasons.append(f"{SOURCE_WORDS[c.source]}: 未写明所属机关的公开办公室")
            continue
        if best is None and c.source == "contact" and ENQUIRY_DESK.search(name) \
                and (desk := AREA_DESK.fullmatch(name)) and divisions.place_chain(desk.group(1)) == desk.group(1) \
                and speaks_as_area(head, desk.group(1)[-1]):
            # "请联系某县政府信息公开办公室" as the only name, the text in the area's voice (我县, 全县): the area's
            # desk answers for the area's report, as the area's desk that compiles it does (AREA_DESK; labelling A365)
            name = desk.group(1)
        if best is None and c.source == "contact" and (ENQUIRY_DESK.search(name)
                                                       or SERVICE_UNIT.search(name)
                                                       and BELOW_AREA_SELF.search(head) is None):
            # "如有疑问请与省政务公开办公室联系" as the only name: the desk that answers enquiries, not who reports; so
            # is a government's service centre under the area's voice ("请联系某县政务服务中心", 我县; a24-blind-doc),
            # or under no voice of a body below the area (a centre's own report speaks as 我中心; a36)
            reasons.append(f"{SOURCE_WORDS[c.source]}: 答复咨询的机构, 不是作者")
            continue
        if (c.source == "contact" or c.source == "opening" and isinstance(c.evidence, tuple)
                and compiler_clause(text, c.evidence)) and (office := ZONE_COMMITTEE_OFFICE.fullmatch(name)):
            # "本报告由某经济区管理委员会办公室编制": the committee's own office compiles, the committee reports (as a
            # department's office does, labelling A19, A24; a committee office named in the title reports itself);
            # and the office as the contact, "请与某县某园区管委会办公室联系", answers for it (A198; a40)
            name = office.group(1)
        if c.source == "opening" and isinstance(c.evidence, tuple) and (desk := AREA_DESK.fullmatch(name)) \
                and divisions.place_chain(desk.group(1)) == desk.group(1) \
                and compiler_clause(text, c.evidence, COMPILES_IN_SENTENCE):
            # "本报告由某区政务公开办公室编制", "由某市经济信息中心汇总": the area's own desk compiles the area's
            # report, the area reports (as its government's office does, A5; a46)
            name = desk.group(1)
        if c.source == "contact" and (office := COMMITTEE_OFFICE.fullmatch(name)) \
                and divisions.place_chain(office.group(1)[:-1]) != office.group(1)[:-1]:
            # "请与县发改委办公室联系": a committee's own office answers for it, as a bureau's does (A19); not a party
            # committee's general office, "县委办公室", itself a body (A202; a40)
            name = office.group(1)
        if best is not None and c.source == "contact" and name.endswith("办公室") and not name.endswith("政府办公室") \
                and canon(name[:-3]).endswith(canon(best.name)):
            # "请与某市卫生健康委办公室联系" beside a title that names the body without its place ("2020年卫生健康委员会
            # …报告"): the body's own office is the body (A19), the longer form of the title's name (A36; a38); a
            # government's office is a body of its own
            name = name[:-3]
        if best is not None:
            if best.beside and c.source != "metadata" and len(name) > len(best.name) \
                    and canon(name).endswith(canon(best.name)):
                # "某区某苏木\n2025年…年度报告" over "本报告由某市某区某苏木党政综合办公室编制": the line above the
                # title is the title's own name, which the compiler writes with a longer prefix (A21: the title's form)
                best = Candidate(best.name, best.source, best.evidence)
                break
            if best.beside and c.source != "metadata" and gives_way(best.name, name, c.source):
                # "某区人民政府\n2022年…年度报告" (or "发布机构: 某区人民政府") over "三河镇坚持…": the site's header or
                # owner, not the author
                best = Candidate(name, c.source, c.evidence)
                break
            if best.source == "title" and BARE_UNIT.match(best.name) and name.endswith("政府办公室") \
                    and len(name) - 3 > len(best.name) and canon(name[:-3]).endswith(canon(best.name)) \
                    and not is_generic(name[:-3]):
                # a title's generic government ("县人民政府\n2016年…年度报告") under "本报告由曹县人民政府办公室…编制":
                # the title's body, with the place its office writes (a42)
                best = Candidate(name[:-3], c.source, c.evidence)
                break
            if len(name) > len(best.name) and not is_generic(name) \
                    and (canon(name).endswith(canon(best.name))
                         or best.source == "title" and abbreviates(best.name, name)) \
                    and len(divisions.unknown_place(name) or "") <= 4 \
                    and not (c.weak and (best.source == "title" or best.source == "opening" and not best.weak)):
                # (not a name read from a clause the body does not head, "紧抓某市气象局政务公开清单", over a title's
                # generic form of it: the title is the text's own naming, A11/A17; a17-agency; nor over the generic
                # name the text's own sentences take as their subject, "县统计局通过…公开…" beside "通过某县统计局
                # 网站发布…": A11 keeps it as written; a22-area)
                # a generic winner gives way to a longer form of itself — one that is a name by the same test as any
                # other ("• 中文名某县交通局…", a wiki mirror's label glued before it, is none; a13-audit); a generic
                # title also to the full name it abbreviates (市城管执法局 → 某市城市管理行政执法局, A36; a generic
                # subject keeps its form against a contact's, A17, even said once: A11's web labels; a36's A150)
                best = Candidate(name, c.source, c.evidence)
                break
            continue
        unknown = divisions.unknown_place(name)
        if unknown:
            if doubtful and canon(name) == canon(doubtful.name):
                best = doubtful  # two places in the text give the same name: a real place the table lacks
                break
            if len(unknown) > 4:  # "校长主持学区": a phrase, not a place newer than the table
                reasons.append(f"{SOURCE_WORDS[c.source]}: 不是机关名称")
                continue
            doubtful = doubtful or Candidate(name, c.source, c.evidence, f" (地名“{unknown}”不在行政区划表中)")
            continue
        site = c.beside or c.source == "metadata"  # where a site shows its own name as well as the author's
        # (a bare place on the line beside a title, "某区\n2022年…年度报告", over a text in a lower unit's voice,
        # 我镇/我局: the site's header too, which a body below it that the text names replaces; a20-agency)
        # (a township by its name, "某市某乡\n2021年…报告" under 我乡, is the title's own: A26)
        header = c.beside and BARE_PLACE.fullmatch(name) is not None and not TOWNSHIP_NAME_END.search(name) \
            and LOWER_VOICE.search(head) is not None
        best = Candidate(name, c.source, c.evidence, beside=site and GOVERNMENT.search(name) is not None or header,
                         weak=c.weak)
        if not is_generic(name) and not best.beside:
            if name.endswith("海关关区") and c.source == "title":  # (its 区 is no place's: BARE_PLACE's test)
                best = customs_compiles(best, text) or best
            elif BARE_PLACE.fullmatch(name):
                best = c.source != "title" and compiled_by_government(best, text) or guide_government(best, text) \
                    or c.source == "title" and heading_government(best, text) or best
            elif c.source == "title" and name.endswith("委员会办公室"):
                best = commission_reports(best, text) or best
            break
    if best is not None and best.source == "title" and not best.beside and not is_generic(best.name):
        best = _spelled_out(text, best, cands) or best
    if best is not None and best.source == "title" and best.name.endswith("部门") \
            and (bureau := _system_compiler(text, best.name)):
        best = bureau
    if best is not None and doubtful is not None and is_generic(best.name) \
            and canon(doubtful.name).endswith(canon(best.name)):
        # "区政府…" after "某区人民政府严格落实…", its district newer than the table: the full form (a46)
        best = doubtful
    # a name with an unknown place ("标题县政府办", or a place newer than the table) only when there is no other
    best = best or doubtful or leftover
    if best is None:
        why = "; ".join(dict.fromkeys(reasons)) or "文中未写明发布机关"
        return None, why[:200], False
    said = best.evidence if isinstance(best.evidence, str) else snippet(text, *best.evidence)
    name = best.name
    if best.source in OUTSIDE_SOURCES and not best.beside:
        name = own_form(text, name)
    return name, f"{SOURCE_WORDS[best.source]}: {said}{best.note}", best.beside


# a name the opening publishes the report under: a publishing verb right before it, the report's year and noun
# right after ("现将县供销社2019政府信息公开工作年度报告如下", "特向社会公布某镇2016年…报告")
PUBLISHES_BEFORE = re.compile(r"(?:现将|现把|公布|公开|发布|编制)[《“\"]?\s*$")
OWN_REPORT_AFTER = re.compile(r"\s*(?:19|20)\d{2}\s*年?度?[^。\n,，]{0,20}?(?:报告|年报)")


def publishes_own(text: str, span: tuple[int, int]) -> bool:
    """Whether the name at `span` is the one a publishing clause gives the report (see PUBLISHES_BEFORE)."""
    return PUBLISHES_BEFORE.search(text, max(0, span[0] - 8), span[0]) is not None \
        and OWN_REPORT_AFTER.match(text, span[1]) is not None


# the report itself named after a name, in the clause that compiles or publishes it ("现发布《某局2022年…年度报告》",
# "结合某局实际,编制本部门2025年度…年度报告"): not a guide or a rule the clause compiles
REPORT_AFTER = re.compile(r"[^。\n]{0,40}?(?:报告|年报)")


def _spelled_out(text: str, title: Candidate, rest: Iterator[Candidate]) -> Candidate | None:
    """A title's name that abbreviates its body under its place ("白银市科技局") and an opening sentence that
    compiles or publishes the report under the full name ("现发布《白银市科学技术局2022年…报告》"): the full name
    (labelling A3, A350). `rest`: the candidates after the title, read only when the head spells the name out."""
    place = divisions.place_chain(title.name)
    short = title.name[len(place):]
    if not place or len(short) < 3 or not _spelled_in(text[:1500], place, short):
        return None
    for c in rest:
        if c.source == "title":
            continue
        if c.source != "opening":
            return None
        if not isinstance(c.evidence, tuple) or not (compiler_clause(text, c.evidence)
                                                     or REPORT_AFTER.match(text, c.evidence[1])):
            continue
        name, _ = clean(c.name)
        if name and len(name) > len(title.name) and divisions.place_chain(name) == place and abbreviates(short, name):
            return Candidate(name, c.source, c.evidence)
    return None


def _spelled_in(head: str, place: str, short: str) -> bool:
    """Whether `head` writes the place, then a longer name that `short` abbreviates (same first and last character)."""
    at = head.find(place + short[0])
    while at >= 0:
        body = head[at + len(place):at + len(place) + 30]
        end = body.find(short[-1], len(short))
        while end >= 0:
            if abbreviates(short, place + body[:end + 1]):
                return True
            end = body.find(short[-1], end + 1)
        at = head.find(place + short[0], at + 1)
    return False


# a vertically managed system named as a whole (某市气象部门, A34): a domain of two to six characters before 部门
# that is not one of the words for departments in general (相关/有关/职能/政府/市直/各…)
SYSTEM = re.compile(r"(?![相有职政市县区直各所成责牵主业行执重其涉本我该])[\u4e00-\u9fff]{2,6}部门")
# a bureau's system under its place, as a report's title names it (某省邮政管理系统, 某市规划和自然资源系统): the bureau
# and its branches reporting as one (labelling A299); not a piece of software (信息系统, 服务网系统, 办公系统)
SYSTEM_TITLE = re.compile(r"[\u4e00-\u9fff]{2,12}?系统")
NOT_A_SYSTEM_OF_BODIES = re.compile(r"信息|网|平台|办公|数据|软件|服务|审批|公开")


def system_title(name: str) -> bool:
    """Whether a title's `name` is a bureau's system under a known place (see SYSTEM_TITLE)."""
    place = divisions.place_chain(name)
    stem = name[len(place):-2]
    return bool(place) and SYSTEM_TITLE.fullmatch(name) is not None and len(stem) >= 2 \
        and NOT_A_SYSTEM_OF_BODIES.search(stem) is None and GENERIC_START.match(stem) is None


# a government named only by its unit (旗政府, 县人民政府) as the subject of a text that speaks as that unit (我旗): the
# generic name (A11), read only from the opening's subject (a17-agency)
BARE_GOVERNMENT = re.compile(r"([省市县区州旗盟镇乡])(?:人民)?政府")


# the bureau that compiles a system's report: "本报告由某市气象局办公室根据…编制", or as the subject of the
# compiling verb with the report's title as its object ("某市气象局特编制《某市气象部门2022年…年度报告》")
SYSTEM_COMPILER = re.compile(r"由\s*([\u4e00-\u9fff]{2,20}?局)(?:办公室)?\s*(?:根据|按照|依据|负责|编制)"
                             r"|([\u4e00-\u9fff]{2,20}局)(?:办公室)?\s*特?\s*编制了?\s*《[^》]{0,40}?年度报告")


def _system_compiler(text: str, system: str) -> Candidate | None:
    """"某省某市气象部门2021年…报告" and "本报告由某市气象局办公室…编制": the title names the system, the compiler the
    bureau that leads it and reports (A34 keeps the system where no bureau compiles it; a38). A subject's words run
    on from the clause before it ("…的规定徐州市气象局"): the bureau is the longest tail the system's name ends in."""
    domain = system[:-2]
    for m in SYSTEM_COMPILER.finditer(text, 0, 1500):
        group = 1 if m.group(1) else 2
        words = m.group(group)[:-1]
        tail = next((k for k in range(len(words) - 1) if domain.endswith(words[k:])), None)
        if tail is not None and (group == 2 or tail == 0):
            return Candidate(words[tail:] + "局", "opening", (m.start(group) + tail, m.end(group)))
    return None


def speaks_as(text: str, unit: str) -> bool:
    """Whether the text speaks as the unit (我旗, 本县) and not as a department (我局, 本委…)."""
    head = text[:3000]
    return ("我" + unit in head or "本" + unit in head) and re.search(r"[我本][局委办厅署]", head) is None


# a body named in full with the short form the text then uses ("某市残疾人联合会(以下简称“市残联”)"): the bracket
# found first (a literal), the full name read backwards from it (a search for a name from every character of the
# opening costs a third of the parse)
SHORT_FORM_BRACKET = re.compile(r"[(（]\s*(?:以[下上])?(?:简称|下称)\s*[“\"'「]?\s*([\u4e00-\u9fff]{2,12}?)\s*[”\"'」]?"
                                r"\s*[)）]")
SHORT_FORM_BODY = re.compile(rf"{AGENCY_END}$")
FULL_NAME_BEFORE = re.compile(rf"({NAME_CHARS}{{2,30}}?{AGENCY_END})\s*$")
FULL_NAME_LEAD = re.compile(r"^.*(?:获取|了解|查询|查阅|知晓|便于|方便|以及)")


def short_forms(text: str) -> dict[str, str]:
    """{short form: full name} the opening declares: a candidate in the short form ("市残联政府信息公开工作年度报告")
    stands for the full name (docs/labelling.md A12)."""
    found: dict[str, str] = {}
    for m in SHORT_FORM_BRACKET.finditer(text, 0, 3000):
        short = m.group(1)
        if not SHORT_FORM_BODY.search(short):
            continue  # (以下简称《条例》), (以下简称“三公”经费): no body
        full = FULL_NAME_BEFORE.search(text, max(0, m.start() - 32), m.start())
        # (the clause's verb before the name is no part of it: "便于公民…依法获取第四师某市(以下简称“师市”)的…"; a50)
        name = FULL_NAME_LEAD.sub("", full.group(1)).lstrip("(（") if full else ""
        if len(name) > len(short):
            found[short] = name
    return found


# the start of the shorter form: a place (青禾区, 某县), never 市场/市政
SHORT_FORM_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市(?!场|政)|州|盟|县|区(?!域)|旗)")
PLACE_END = "省区市州盟县旗"


def own_form(text: str, name: str) -> str:
    """A name read from a guide's title, a contact line or a site's metadata ("《眉山市某区某镇人民政府信息公开指南》")
    that only puts places before the form the text uses for itself elsewhere, on its own and at least twice ("在某区某镇
    人民政府政务信息专栏…"): that form (docs/labelling.md A4: a prefix is not added from an address or a contact
    line). The longest such form; else the name."""
    for k in range(2, len(name) - 2):  # (the generic form of a short name too: 某市水利局 → 市水利局)
        if name[k - 1] not in PLACE_END:
            continue
        if len(name) - k >= 5 and SHORT_FORM_PLACE.match(name, k):
            short, prefix = name[k:], name[:k]
        elif k >= 3 and name[k - 1] in "市县区旗":
            # "平度市政府办公室" in the contact line, "市政府办公室共发布…" in the text: the generic form the text
            # uses for itself (docs/labelling.md A11: kept generic, not completed from a contact line)
            short, prefix = name[k - 1:], name[:k - 1]
        else:
            continue
        alone = sum(1 for m in re.finditer(re.escape(short), text)
                    if not text.endswith(prefix, 0, m.start())
                    and (m.start() == 0 or text[m.start() - 1] not in PLACE_END))
        if alone >= 2 and alone >= text.count(name):
            return short
    return name


# the voice of a body below a county's government: a township's or a department's (not 本办法)
# (a branch per voice's first character, no class first: a scan led by 我 and 本, the same matches)
LOWER_VOICE = scan.led(r"我(?:办|处|镇|乡|街道|局|委|中心|站|队)|本(?:镇|乡|街道|局|委|中心|站|队)")
# a place alone, no body after it (桐庐县, 福州市晋安区, 分水镇, 青枫街道): the area a title or a sentence names
BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,20}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|旗|区|镇|乡|苏木|街道)")
# the place's government, then the verb: 某县人民政府根据…, 某镇政府编制2020年… (its disclosure desk compiling,
# 某区人民政府信息公开办编制, is the area's: AREA_DESK; a46)
# (the government may publish its report itself: "某省人民政府正式向社会发布2018年…年度报告", the publisher's
# sentence, A3; a street's 办事处 compiling stays the bare street of the title, A9; a33)
GOVERNMENT_COMPILES = re.compile(r"((?:人民)?政府)\s*(?:负责)?"
                                 r"(?P<verb>编制|编写|汇总|根据|按照|依据|依照|结合|(?:正式)?向社会(?:公布|发布|公开))"
                                 r"(?P<what>(?=(?:公布|发布)?(?:[本了该此]|(?:19|20)\d\d"
                                 # (or the report by its body's name and year: "某镇人民政府编制公布某镇2019年…"; a48)
                                 r"|[\u4e00-\u9fff]{2,20}?(?:19|20)\d\d)))?")


# "某镇人民政府根据《条例》…的要求,特编制…报告": the basis in a clause between the subject and its verb of compiling
BASIS_VERBS = ("根据", "按照", "依据", "依照")
COMPILES_LATER = re.compile(r"[^。\n]{0,100}?[,，]\s*(?:特|现|并|遂)?\s*(?:编制|编写)")


TOWNSHIP_NAME_END = re.compile(r"(?:镇|乡|苏木|街道)$")
TOWNSHIP_OFFICE_COMPILES = re.compile(r"((?:人民)?政府)(?:党政|党政综合|综合)?办公室\s*(?:负责)?"
                                      r"(?P<verb>编制|编写|汇总)(?P<what>(?!))?")


# the office of a zone's committee (某经济区管理委员会办公室, 某高新区管委会党政办公室)
ZONE_COMMITTEE_OFFICE = re.compile(r"(.{2,40}?(?:管理委员会|管委会))(?:党政|综合)?(?:办公室|办)")
# a committee's own office by the committee's short name (县发改委办公室, A202)
# (or by its full name, "请与某市发展和改革委员会办公室联系"; a41)
COMMITTEE_OFFICE = re.compile(r"(.{1,20}?(?:委员会|委))办公室")
COMPILES_AFTER = re.compile(r"\s*(?:负责)?(?:编制|编写|制作|汇总)")
# an area's own disclosure desk or information centre, which compiles the whole area's report: 某区政务公开办公室,
# 某区人民政府信息公开办公室, 某市经济信息中心, 某旗政府办公室网络信息中心 (the place first, nothing between)
AREA_DESK = re.compile(r"(.{2,20}?)(?:人民)?(?:政府)?(?:办公室|办)?"
                       r"(?:(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:办公室|办)|(?:网络|电子政务|经济)?信息中心)")
# the verb of compiling later in the sentence of "由X…": "由某区政务公开办公室根据《条例》…编制而成"
COMPILES_IN_SENTENCE = re.compile(r"[^。\n]{0,120}?(?:编制|编写|撰写|汇总|综合)")
# (or as the subject that compiles this report: "某管委会办公室组织编制完成本报告"; a37)
COMPILES_THIS = re.compile(r"\s*(?:负责|组织)?(?:编制|编写|撰写)(?:完成)?了?[本此](?:年度)?(?:报告|年报)")


def compiler_clause(text: str, span: tuple[int, int], verb: re.Pattern = COMPILES_AFTER) -> bool:
    """Whether the name at `span` is the one of "由X编制" (its 由 right before, its `verb` after: right after by
    default, or later in the sentence with COMPILES_IN_SENTENCE) or of "X组织编制完成本报告"."""
    start, end = span
    return text[max(0, start - 3):start].rstrip().endswith("由") and verb.match(text, end) is not None \
        or COMPILES_THIS.match(text, end) is not None


# a report compiled by summing up an area's bodies: its government's office combining the government's departments and
# its towns ("由某区人民政府办公室综合区政府各委、办、局,各街道…的工作情况编制而成"), or the area's counties' and
# departments' own reports ("综合2017年度某市各县(市、区)政府和市级各部门的…报告编制而成"). The area reports, not the
# office that compiles (labelling A5): the place as the text writes it (a22, lead)
# (or its disclosure office: "由某市人民政府政务公开办公室综合…", a36)
AREA_OFFICE_SUMMED = re.compile(rf"由\s*({NAME_CHARS}{{2,20}}?)(?:人民)?政府(?:政务公开|信息公开)?办公[室厅]\s*"
                                r"(?:负责|组织)?\s*综合[^。\n]{0,30}?各[^。\n]{0,60}?(?:编制|汇总|形成)")
# the area's bodies summed up after 综合, or their reports after 结合, each pattern matched at its word found (a literal
# search: 结合 is in most openings)
# (结合 their reports: "结合2014年某县各乡镇人民政府及县政府各工作部门的…年度报告编成本报告"; a42 — not their work,
# "结合2023年某区各部门的信息公开工作实际情况编制": no author, a23)
# (and 以及/根据 their reports: "本报告根据《条例》…,以及2012年某县各乡镇、各部门等…年度报告编制"; a50)
# (and the place's government before its departments: "以及2018年度某市政府各部门和各区、市政府的…年度报告编制"; a55)
AREA_REPORTS_SUMMED = (rf"\s*{YEARS}?\s*({NAME_CHARS}{{2,20}}?)(?:人民)?(?:政府)?(?:本级)?"
                       r"各(?:县|区|市|乡|镇|街道|部门|委|单位)"
                       r"[^。\n]{0,60}?(?:年度报告|报告)[^。\n]{0,6}?(?:编制|汇总|形成|编成)")
AREA_SUMMED_AT = (
    ("综合", re.compile(rf"综合\s*{YEARS}?\s*({NAME_CHARS}{{2,20}}?)(?:本级)?各(?:县|区|市|乡|镇|街道|部门|委|单位)"
                      r"[^。\n]{0,60}?(?:编制|汇总|形成|编成)")),
    *((word, re.compile(word + AREA_REPORTS_SUMMED)) for word in ("结合", "以及", "根据")),
)
# the area's disclosure office summing up the area's bodies' reports: "本年度报告是某区政务公开办公室依据《条例》…和
# 全区政府机关信息公开年度报告情况汇总后编制而成的" (a42)
AREA_DISCLOSURE_OFFICE_SUMMED = re.compile(
    rf"(?:报告|年报)(?:是|由)\s*({NAME_CHARS}{{2,20}}?)(?:人民)?(?:政府)?(?:政务公开|信息公开|政府信息公开)"
    r"(?:工作)?(?:领导小组)?办公室\s*(?:依据|根据|按照)[^。\n]{0,80}?全[县区市旗州盟][^。\n]{0,24}?"
    r"(?:年度报告|报告)[^。\n]{0,16}?(?:编制|汇总|形成)"
    # (or as its clause's subject: "…要求,某市人民政府信息公开办公室汇总全市政府信息公开情况编制而成本报告"; a44)
    rf"|(?:^|[,，。\n])\s*({NAME_CHARS}{{2,20}}?)(?:人民)?(?:政府)?(?:政务公开|信息公开|政府信息公开)(?:工作)?"
    r"(?:领导小组)?办公室\s*(?:汇总|综合)\s*全[县区市旗州盟][^。\n]{0,30}?(?:编制|形成)")


def _area_summed(head: str) -> Iterator[Candidate]:
    """The places an opening says its area's bodies were summed up for (AREA_OFFICE_SUMMED, AREA_SUMMED_AT,
    AREA_DISCLOSURE_OFFICE_SUMMED), each pattern asked only where its word is."""
    matches = list(AREA_OFFICE_SUMMED.finditer(head)) if holds_word(head, "综合", 0) else []
    if holds_word(head, "公开办公室", 2):
        matches.extend(AREA_DISCLOSURE_OFFICE_SUMMED.finditer(head))
    for word, regex in AREA_SUMMED_AT:
        at = head.find(word)
        while at >= 0:
            if (m := regex.match(head, at)) is not None:
                matches.append(m)
            at = head.find(word, at + 2)
    for m in matches:
        place = m.group(m.lastindex or 1)  # (each pattern's branch holds one group: the one it matched)
        if divisions.place_chain(place) == place:  # a known place, whole (never 区政府, 市级)
            yield Candidate(place, "opening", m.span(m.lastindex or 1))


def compiled_by_government(place: Candidate, text: str) -> Candidate | None:
    """A sentence's bare place ("2016年，桐庐县…") gives way to the body the opening says compiled the report when
    that body is the same place's government ("本报告由桐庐县人民政府根据《条例》编制", "…要求，唐村镇政府编制2020年…
    报告"): the place is the area covered, the compiler is who reports. A title's bare place is asked no more: it
    stays, as the labels keep it (A310, a48). Nothing else replaces it (a government named in the contact line or as
    a sentence's subject is left as the labels leave it). Found from the place's own name forwards (a literal
    search), not by running the opening's patterns again."""
    head = text[:2500]
    for name in own_names(place.name):
        found = _compiled_by(head, name)
        if found is not None:
            return found
    return None


def own_names(place: str) -> list[str]:
    """The place as written, then a township's own name without the places above it ("天长市永丰镇" → 永丰镇): the
    opening's compiler writes its government so ("由永丰镇人民政府…编制而成"; a24-agency-town)."""
    above = divisions.place_prefix(place)
    own = place[len(above):]
    if above and len(own) >= 3 and TOWNSHIP_NAME_END.search(own):
        return [place, own]
    return [place]


def _compiled_by(head: str, name: str) -> Candidate | None:
    at = head.find(name)
    while at >= 0:
        m = GOVERNMENT_COMPILES.match(head, at + len(name))
        if m is None and TOWNSHIP_NAME_END.search(name):
            # "本报告由某镇人民政府办公室编制" under the title "某镇2021年…": a township's office compiles for its
            # government (labelling A1, A2; a county's office compiling its area's report leaves the area, A5)
            m = TOWNSHIP_OFFICE_COMPILES.match(head, at + len(name))
        if m:
            lead = head[max(0, at - 3):at].rstrip()
            before = head[:at].rstrip(" \t\u3000")[-1:]  # (a line's indent is no part of the opening)
            opens = not before or before in "。，,；;\n"
            verb = m.group("verb")
            compiles = verb == "编制" or "向社会" in verb
            if lead.endswith("由") or opens and (compiles and m.group("what") is not None
                                                or verb in BASIS_VERBS and COMPILES_LATER.match(head, m.end())):
                return Candidate(name + m.group(1), "opening", (at, m.end(1)))
        at = head.find(name, at + len(name))
    return None


# the document's own heading under the page's title: the place's government right before the year and the report
# ("某区某镇人民政府2016年政府信息公开年度报告 本年报…", "某市某区人民政府\n2014年政府信息公开工作年度报告")
HEADING_GOVERNMENT = re.compile(rf"((?:人民)?政府)[ \t]*\n?[ \t]*{YEARS}\s*(?:政府|政务)?信息公开[^\n。]{{0,12}}?"
                                r"(?:年度报告|年报)")


def heading_government(place: Candidate, text: str) -> Candidate | None:
    """A page title's bare place ("龙归镇" of "2016年龙归镇…年度报告") gives way to the document's own heading below it
    when that heading names the same place's government, maybe after the places above it, at its line's start
    ("武江区龙归镇人民政府2016年…年度报告"): the document's heading is its own naming (a23-blind-doc). A page title
    above the bare place's heading is not its heading (a36: the heading below wins either way)."""
    head, name = text[:800], place.name
    said = place.evidence if isinstance(place.evidence, str) else ""
    at = head.find(name, max(0, head.find(said)) if said else 0)
    while at >= 0:
        line_start = head.rfind("\n", 0, at) + 1
        prefix = head[line_start:at].strip()
        m = HEADING_GOVERNMENT.match(head, at + len(name))
        if m and (not prefix or divisions.place_chain(prefix) == prefix):
            return Candidate(prefix + name + m.group(1), "title", (line_start, m.end()))
        at = head.find(name, at + len(name))
    return None


def customs_compiles(district: Candidate, text: str) -> Candidate | None:
    """A title's customs district ("某海关关区2019年…年报") gives way to its customs when the opening says that customs
    compiled the report ("本年报由某海关根据《条例》…编制"): the compiler's sentence over the title (labelling A3; the
    district is its customs, L18). A title alone keeps the district (a15)."""
    customs = district.name[:-2]
    at = text.find("由" + customs, 0, 1500)
    if at < 0 or not COMPILER_AFTER_NAME.match(text, at + 1 + len(customs)):
        return None
    return Candidate(customs, "opening", (at + 1, at + 1 + len(customs)))


# a commission the body takes as its subject, at a clause's start or after its year ("2018年,某委员会认真…")
SUBJECT_START = r"(?:^|[\n。,，;；:：]|年度?)\s*"


def commission_reports(office: Candidate, text: str) -> Candidate | None:
    """A commission's own office heading a report sent up (某委员会办公室\n关于2018年度…的报告) gives way to its
    commission when the body takes the commission as its subject ("2018年,某委员会认真贯彻…"): the office sends it,
    the commission reports (A19). An office the body never leaves (a 编委办 reporting for itself) is kept."""
    commission = office.name[:-3]
    if not re.search(re.escape(office.name) + r"\s*关于[^\n。]{0,40}(?:报告|汇报)", text[:600]):
        return None  # (a notice the office issues stays the office's)
    m = re.search(SUBJECT_START + f"({re.escape(commission)})" + r"(?!办公室)(?=[\u4e00-\u9fff])", text[:3000], re.M)
    return Candidate(commission, "opening", m.span(1)) if m else None


# what follows a compiler's name in 由…编制: the verb, or the basis the body compiles by first
COMPILER_AFTER_NAME = re.compile(r"\s*(?:负责)?(?:编制|编写|汇总|根据|按照|依据|依照|结合)")


# the rest of a guide's title after its bare place (GUIDE's): not the place's own rules or plan, which OWN_PLAN reads as
# written ("《某市政府信息公开工作考核暂行办法》" that 我市 made is 某市's, A29; a33)
GUIDE_TAIL = re.compile(r"政府信息公开(?:指南|目录|实施细则|实施办法|清单)(?:\((?:试行|暂行|修订)\))?》")


def guide_government(place: Candidate, text: str) -> Candidate | None:
    """A bare place read from a guide's title ("《白云乡政府信息公开指南》": the place's government, or the place
    and the topic 政府信息公开) is the place's government when the text writes that government in full
    ("白云乡人民政府"): the guide is the government's (a23-agency-rest). So is the bare place a guide's opening
    names ("结合白云乡实际", A71) when the text is that place's guide by its own name (a24-blind-doc)."""
    full = place.name + "人民政府"
    if not isinstance(place.evidence, tuple) or full not in text:
        return None
    if not (place.source == "guide" and GUIDE_TAIL.match(text, place.evidence[1])
            or place.source == "opening" and _own_guide(text, place.name)):
        return None
    return Candidate(full, place.source, place.evidence)


def _own_guide(text: str, place: str) -> bool:
    """Whether the text opens as the place's guide: its name 《某乡政府信息公开指南》 with no report named before it
    (a report that says it compiled its guide is still a report, A2)."""
    at = text.find(f"《{place}政府信息公开指南》", 0, 1500)
    return at >= 0 and re.search(r"报告|年报", text[:at]) is None


def issuing_group(raw: str) -> str | None:
    """The office of a working group that issues a notice in its own name ("某市政务公开领导小组办公室关于…的通知"):
    an author there, though never in a report's contact line. It must say where; advertising or blanks in it: no."""
    raw = QUOTES_AND_EDGES.sub("", raw)
    if WORKING_GROUP.search(raw) and raw.endswith(("办公室", "办")) and divisions.place_chain(raw) \
            and not SPAM_WORD.search(raw) and not PLACEHOLDER.search(raw) and NAME.fullmatch(raw):
        return raw
    return None


def gives_way(site: str, name: str, source: str) -> bool:
    """A government's name that may be the site's (header line, 发布机构) yields to a name in the text that is a body
    below a government (a 镇/街道, a school, a 局/委/办 named by the text itself: opening, signature, its own guide
    or contact) or lies in another place."""
    here, there = divisions.place_chain(site), divisions.place_chain(name)
    if here and there and not (here.endswith(there) or there.endswith(here)):
        return True
    if OFFICE_OF_GOVERNMENT.search(name) or source == "contact" and SERVICE_UNIT.search(name):
        return False  # 区政府办 answers for the government (meta.meta_facts); so does the contact's 政务服务中心
    return bool(TOWNSHIP.search(name) or SCHOOL.search(name) or LOWER_BODY.search(name))


def snippet_of(evidence: str) -> str:
    """The text snippet of an evidence string, without the "来源: " prefix resolve puts before it."""
    head, sep, rest = evidence.partition(": ")
    return rest if sep and head in SOURCE_WORDS.values() else evidence


# a school by its number or kind alone ("第三中学", "实验小学"; a spam brand took its place): a county has one, as it
# has one 公安局 (a20-agency)
NUMBERED_SCHOOL = re.compile(r"(?:第[一二三四五六七八九十]{1,3}|实验|中心)(?:中学|小学|幼儿园)"
                             r"|[一二三四五六七八九十]中")
# a zone that calls itself by its kind alone ("开发区坚持…", "经开区管委会"): generic, as 区政府办 is
BARE_ZONE = re.compile(r"(?:经济技术开发区|经济开发区|开发区|高新区|经开区|新区|园区)(?:管委会|管理委员会|管委)?")
# a unit of a place in a department's name (白沙市…, 某县…): a place the division table may lack (not 乡 or 镇: a
# township has no 局, and 住房和城乡建设局 holds 乡)
PLACE_LIKE = re.compile(r"[省市县区州旗盟]")


def abbreviates(short: str, full: str) -> bool:
    """Whether a generic name is the short form of a full one under a place of its unit ("市城管执法局" for "某市城市
    管理行政执法局", "县农机局" for "某县农业机械管理局"): the short name's words in order inside the full one's, the
    same first and last character — the abbreviation a reader resolves, never a different body of the same kind
    (a24-agency-dept); or a body's name with no unit of a place at all ("住建局" for "某市住房和城乡建设局", a41)."""
    place = divisions.place_chain(full)
    # (three characters for a committee's or a federation's two: 县科委, 市残联; a42)
    if (len(short) >= 4 or len(short) == 3 and short.endswith(("委", "联"))) and short[0] in divisions.BARE_UNITS \
            and place.endswith(short[0]):
        rest = short[1:]
    elif len(short) >= 3 and place and not divisions.place_chain(short) \
            and not PLACE_LIKE.search(short.replace("市场", "")):
        rest = short
    else:
        return False
    body = full[len(place):]
    if rest.endswith("委") and body.endswith("委员会"):
        body = body[:-2]  # "发改委" for "发展和改革委员会": a committee's short form ends with 委 (a41)
    elif rest.endswith("联") and body.endswith("联合会"):
        body = body[:-2]  # "残联" for "残疾人联合会": a federation's short form ends with 联 (a42)
    if len(body) <= len(rest) or body[0] != rest[0] or body[-1] != rest[-1]:
        return False
    letters = iter(body)
    return all(ch in letters for ch in rest)


def is_generic(name: str) -> bool:
    """A name that opens with a bare unit (区政府办, 县统计局), is a bare department or numbered school with no place
    (公安局, 第三中学; a longer department's name too when nothing in it looks like a place: 文体旅游广电局 and
    人力资源和社会保障局 say no more where than 公安局, while 白沙市教育体育局 may open with a place the table lacks;
    a23-agency-lib) or a zone by its kind alone (开发区)."""
    bare_kind = BARE_DEPARTMENT.search(name) or NUMBERED_SCHOOL.fullmatch(name)
    return bool(BARE_UNIT.match(name)) or bare_kind is not None and not divisions.place_chain(name) \
        and (len(name) <= 6 or PLACE_LIKE.search(name) is None) or BARE_ZONE.fullmatch(name) is not None
