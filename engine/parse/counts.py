"""Counts stated in prose: proactive items, requests, consultations, appeals, fees, spending.

Each fact has patterns tried in order, first inside the part of the report it belongs to, then in the
whole text. A statement that something did not happen ("没有收到申请", "未收取任何费用") is a 0; a
fact with no statement is left out. Tables (engine/parse/tables.py) override these where present.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from engine.model import Fact
from engine.parse.numbers import NUMBER, to_int
from engine.parse.scan import ByOpening, Led, by_opening, led
from engine.parse.textutil import NEGATION, clause, clause_bounds, clause_start, last_of, line_end, phrase, snippet

N = NUMBER
W = r"[^。;!?\n]"  # within one clause
W_CLAUSE = r"[^。;!?\n,，]"  # within one clause, no comma crossed
# the rest of a list of the procedure's steps after one ("接收、登记、审核、办理、答复程序"): no verb of the year
STEPS = r"\s*、[^。,，;；]{0,24}?(?:程序|流程|环节)"
# the last few years together ("近四年累计…889条", "近3年"): a running total, not the year's
RECENT_YEARS = r"近(?:[一二两三四五六七八九十]|\d{1,2})?年"
CUMULATIVE = re.compile(rf"截至|截止|至今|迄今|以来|历年|{RECENT_YEARS}|累计|总量|到目前|至目前|目前已")
ITEM = r"(?:条|件|篇|项)"
# who applied, as the statute names them: "公民、法人和其他组织提出的", "公民、法人或者其他组织递交的"
APPLICANTS = r"(?:(?:公民|自然人|法人|其他组织)(?:、|和|及|或者|或)?){1,3}(?:提出|提交|递交)?(?:的)?"
SINCE = r"以来"  # "今年以来" is the year so far, not a running total (YEAR_SO_FAR, checked after a match)
YEAR_SO_FAR = ("今年", "本年", "年初", "全年")

PATTERNS: dict[str, list[str]] = {
    "proactive.new": [
        # (文章: "局门户网站12个栏目共发布公开文章83篇")
        # (公示 only before the government's information: "通过公示栏公示政务信息36条"; not "公示低保信息")
        rf"(?:主动公开|主动发布|公开发布|发布|公开|公布|编发|公示(?=(?:各类)?(?:政府|政务)信息))"
        # (two verbs for one count: "共主动公开、更新各类信息222条"; a39)
        rf"(?:[、和及](?:更新|发布|公布))?(?:的)?(?:各类|各项|各种)?(?:政府|政务)?(?:工作)?"
        # "学院网站公布各类信息570条", "在门户网站编发政务信息220条" (a23-blind-figures: and the statutory items by
        # their name, "政府网站发布法定主动公开内容5312条")
        # (and "2021年共依法主动公开相关内容64条"; a39)
        rf"(?:信息|文件|文章|(?:法定)?主动公开内容|相关内容){W}{{0,14}}?{N}\s*{ITEM}",
        rf"(?:主动公开|发布|公开)(?:各类|各种)?{N}\s*(?:条|篇)(?:政府)?(?:信息|文件)",
        # (not across another count: "主动公开…2107条,市政府网站共采用672条")
        rf"主动公开(?:(?!\d+\s*[条件篇项]){W}){{0,24}}?(?:共计|共|合计|总计|累计){W}{{0,4}}?{N}\s*{ITEM}",
        # the count right after what was published: "公开…重大项目等政府信息24102条", "共上传信息385条"
        # (and "公开政策文件、工作动态、通知公告等各类信息共计215条": the total after the list of kinds); with a verb
        # before it in the phrase (LEAD_NEEDS)
        # (an estimate too: "主动公开各类交通运输信息约1964条")
        rf"(?:信息|文件)\s*(?:共计|合计|总计)?\s*(?:约|近)?\s*{N}\s*(?:条|篇|件)",
        # the count right after the verb: "通过政府网站主动公开86条", "全年共发布212条"
        rf"(?:主动|共)(?:公开|发布)了?\s*{N}\s*(?:条|篇)",
        # "主动公开总数146条", "主动公开政府信息数量为88条"
        # (and "主动公开的各类政府信息数量66件")
        rf"主动公开(?:的)?(?:各类|各项)?(?:政府)?(?:信息)?(?:总数|数量|条数)(?:为|达到?|共计?|是)?\s*{N}\s*{ITEM}",
        # the words the other way round: "我镇2023年政府信息公开数量为86条"
        rf"(?:政府|政务)信息(?:主动)?公开(?:的)?(?:总数|数量|条数)(?:为|达到?|共计?|是)?\s*{N}\s*{ITEM}",
        # the part named first, the count after it with a bare verb: "主动公开方面,全年公开86条",
        # "在主动公开工作中,本年度共发布142条"
        rf"主动公开(?:政府信息)?(?:方面|工作中|工作方面)[,，:：]?\s*(?:全年|本年度?|今年|年内)?(?:共|共计|累计)?"
        rf"(?:公开|发布)了?(?:各类)?(?:政府|政务)?(?:信息)?\s*{N}\s*(?:条|篇)",
        # the year's share given beside a running total: "累计公开信息8775条(2025年新增388条)"
        rf"(?:(?:19|20)\d{{2}}\s*年|本年|今年|当年)(?:度)?新增(?:主动公开)?(?:政府)?(?:信息)?\s*{N}\s*(?:条|篇)",
        # documents counted in copies right after the verb and what was disclosed: "主动公开政府文件4份"
        rf"主动公开(?:各类)?(?:政府|政务)?(?:信息|文件)\s*{N}\s*份",
        # a long list of what was disclosed closed by 等, then its total (a24-blind-figures): "主动公开规划信息、统计
        # 信息、许可服务、…、公益事业建设事项等共计80余条" (pattern 2 reads 24 characters to the total word)
        rf"主动公开[^。;!?\n,，\d]{{0,80}}?、[^。;!?\n,，\d]{{0,40}}?等(?:各类|方面)?(?:的)?(?:政府|政务)?"
        rf"(?:信息|内容|事项)?\s*(?:共计|合计|总计|共)\s*{N}\s*{ITEM}",
        # the year's disclosure as a noun, then its total: "本年度政府信息公开共530条,包括…" (a41; a body's name
        # before it, "某办公室信息公开16526条", is not read: F147)
        rf"(?:本年度|本年|全年|今年)\s*(?:政府|政务)?信息(?:主动)?公开(?:共计|共|总计|合计)\s*{N}\s*{ITEM}",
        # the long list's total after a comma, what the list is of between 等 and it: "主动公开的政府信息主要包括
        # 概况信息、党政文件、…等9大项的相关政府信息,共计118条" (a51)
        rf"主动公开[^。;!?\n,，\d]{{0,80}}?、[^。;!?\n,，\d]{{0,40}}?等[^。;!?\n,，]{{0,12}}?(?:信息|内容|事项)\s*[,，]\s*"
        rf"(?:共计|合计|总计)\s*{N}\s*{ITEM}",
    ],
    "proactive.cumulative": [
        rf"(?:截至|截止|至今|{SINCE}|历年|近年){W}{{0,40}}?(?:累计|共计|总计|共){W}{{0,20}}?{N}\s*{ITEM}",
        # 到目前累计…100条, 自2012年起累计…979条, 到2015年底累计…60条
        # (and "至2015年12月31日,累计…74条": 至 alone opening the clause; a36)
        rf"(?:{RECENT_YEARS}|历年|{SINCE}|目前|(?<=[年月日])起|(?<=到)(?:(?:19|20)\d{{2}}\s*)?年[底末]"
        rf"|(?<![\u4e00-\u9fff])至\s*(?:19|20)\d{{2}}\s*年(?:\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|[底末])?){W}{{0,10}}?累计"
        rf"{W}{{0,20}}?{N}\s*{ITEM}",
        rf"{SINCE}{W}{{0,20}}?(?:公开|发布){W}{{0,8}}?{N}\s*{ITEM}",
        # 累计 right after the year's count in its sentence: "共主动公开…222条,累计主动公开信息2382条" (a39)
        rf"(?<=[条件篇项][,，])累计(?:主动)?(?:公开|发布){W}{{0,8}}?{N}\s*{ITEM}",
        # "…累计主动公开政府信息已达657条": 已达, the total reached (a39)
        rf"累计{W}{{0,20}}?已达\s*{N}\s*{ITEM}",
    ],
    "requests.received": [
        # not across a count already given ("收到12件信息依申请公开,其中10件…": 10 is the answered part)
        # (nor across a count in another unit: "共收到26份…依申请公开件,其中申请人自行撤销2件";
        # 新收: the 2021 format's word)
        # (and 接受: "2021年共接受民众申请政府信息公开23件"; a43)
        # (no other figure between the noun and the count: "收到…申请87分别为予以公开45件", a site that lost 件; a43)
        rf"(?:收到|受理|接到|接收|接受|共受理|办理|新收)(?!{STEPS})(?:各类|依)?(?:(?!\d+\s*[件份条宗个次项起]){W}){{0,25}}?申请"
        rf"(?:(?!\d){W}){{0,12}}?{N}\s*"
        # (项: "共收到依申请公开16项"; 例: "受理…申请事项23例"; 起: "共收到信息公开申请22起", a36)
        rf"(?:件|份|条|宗|个|次|项|例|起)",
        # (never a part after 其中: "收到9件“依申请公开”申请,其中5件为…" counts 9; a43)
        rf"申请(?:数|总数|数量)?(?:(?!其中){W}){{0,4}}?(?:共|计|为)?\s*{N}\s*件",
        # (how they came, for all of them: "共收到2份书面政府信息公开申请"; not when the sentence names another way)
        # (and the statute's applicants between: "收到7件公民、法人和其他组织提出的政府信息公开申请"; a40)
        # (and how formally: "收到2宗正式提交的政府信息公开申请"; a42)
        # (and in 项: "接到2项政府信息公开的申请"; a43)
        # (and in 次: "共收到33次政府信息公开申请"; a53)
        rf"(?:收到|受理|接到|接收)(?:各类)?{N}\s*(?:件|起|份|个|宗|条|项|次)(?:{APPLICANTS})?(?:正式(?:提交|提出|递交)的)?"
        # (and the part's name in quotes: "共收到9件“依申请公开”申请"; a43)
        # (and an environment body's: "收到2份政府环境信息公开申请"; a53)
        rf"(?:书面|网上|当面|电子|信函)?(?:政府)?(?:环境)?(?:信息)?(?:公开)?(?:的)?(?:[“\"]依申请公开[”\"])?依?申请",
        # the count before the part's own name: "受理0条依申请公开"
        rf"(?:收到|受理|接到|接收)\s*{N}\s*(?:件|条|项)\s*依申请公开(?!\s*(?:行政)?(?:复议|诉讼))",
        # the count straight after the word, as a list of the year's work gives it: "依申请公开3次,行政复议0次",
        # "(二)依申请公开方面 依申请公开2条"
        # (and 共计: "某乡依申请公开信息共计0条"; a39)
        # (and 政府信息 after it: "我苏木依申请公开政府信息共4件,其中,予以公开2件"; a43)
        rf"依(?<![未无没]依)申请公开(?:政府)?(?:信息)?(?:数|数量|总数)?(?:为|共计|共|计)?\s*{N}\s*(?:件|条|次|项)",
        # the verb after the word: "依申请公开共受理2件", "依申请公开方面,全年收到3件"
        # (and received and closed in one: "依申请公开受理和办结6件"; a43)
        rf"依(?<![未无没]依)申请公开(?:方面)?[,，]?(?:全年|本年度?)?(?:共|合计)?(?:受理|收到|接到|接收)"
        rf"(?:(?:和|并|及)(?:办结|答复|处理))?\s*{N}\s*(?:件|条|项)",
        # the ways listed, then their closing total: "共收到群众网上申请105件,快递17件,合计122件" (a24-guesses)
        rf"(?:收到|受理|接到|接收)[^。;,，\d]{{0,12}}?(?:书面|网上|当面|电子邮件|信函|邮寄|传真|电话|在线|现场|快递)"
        rf"申请\s*\d+\s*件(?:[,，、][^。;,，\d]{{0,8}}\d+\s*件)+[,，]\s*(?:合计|共计|总计)\s*{N}\s*件",
        # the 2021 format's word with the year before it and no noun: "(二)依申请公开情况。2025年新收63件,上一年度结转
        # 1件,共计64件" (a38)
        # (and 新接收/新收到, "其中,本年度新接收91件"; a39)
        # (and right after the 其中 of the year's load: "共受理…申请15件,其中新收到14件"; a40)
        # (and with the noun between: "(其中本年度新收申请数112件,上年结转…)"; a41)
        rf"(?:(?:19|20)\d{{2}}\s*年度?|本年度?|全年|其中[,，]?)新(?:收|接收|收到)(?:申请)?(?:数|数量)?(?:为)?\s*{N}\s*件",
        # (and the year's own intake inside the year's load: "共办理4件…申请(其中当年收到3件,上年转结1件)"; a41)
        rf"其中[,，]?(?:当年|本年度?)(?:新)?(?:收到|受理|接收)\s*{N}\s*件",
        # "2025年度有1件依申请公开信息": the year had so many (not a share: "其中有2件…")
        rf"(?<!其中)(?<![没未])有\s*{N}\s*(?:件|项)(?:政府信息)?依申请公开(?:的)?(?:申请|信息|事项)?"
        r"(?!超期|逾期|被|未|尚|属于|不予|转)",
    ],
    "requests.carried_over": [
        # (within its clause: "4件为上年度结转办结,12件结转下年度" holds no count after it; a41)
        # (counted in 宗 too: "上年结转申请17宗"; a56)
        rf"上(?:一)?年(?:度)?(?:结转|转结){W_CLAUSE}{{0,12}}?{N}\s*(?:件|项|条|宗)",  # (转结: "上年转结…申请0件")
        # the words the other way round: "新收依申请公开5件,另结转上年7件" (a33)
        # (and the requests named: "结转上年度政府信息公开申请3件", a36)
        # (and what was done with them: "结转上年度办理1件"; a40)
        rf"结转上(?:一)?年(?:度)?(?:的)?(?:政府信息公开|依申请公开|信息公开)?(?:申请)?(?:继续)?(?:办理)?\s*{N}\s*(?:件|项|条|宗)",
        # the year before named by its number ("共办理申请114件(含2019年结转18件)" in a 2020 report): only the
        # report's year before (_the_requests_own; a35)
        # (and the requests named, "2021年结转政府信息公开申请2件", counted in 宗 too: a36)
        # (and what was done with them: "其中,本年度新接收91件,2020年结转办理1件"; a43)
        rf"(?:19|20)\d{{2}}\s*年(?:度)?(?:结转|转结)(?:的)?(?:政府信息公开|依申请公开|信息公开)?(?:申请)?(?:继续)?(?:办理)?"
        rf"\s*{N}\s*(?:件|项|条|宗)",
    ],
    "requests.completed": [
        # (and the verb with 处理 after it: "回复处理0件", "依法答复处理18件"; a33)
        # (and 办理完成 as 办理完毕: "共办理完成6件"; a41, as F139 reads "并已全部办理完成")
        # (and the two verbs with the noun left at its topic: "共答复办结政府信息公开312件"; a41)
        # (and 已办 with its count: "共收到…申请8件,已办8件,办结率100%"; a43)
        # (not 受理办结 before the count: "共受理办结…20起(含上年度转结1起),办结19起" is the year's load; a44)
        # (and 答复完毕 as 办理完毕: "答复完毕6件,办理中1件"; a54)
        rf"(?:(?<!受理)办结|答复办结|答复完毕|回复完毕|答复|回复|已答复|已办结|按时办结|按期办结|依法办结|处理完毕|办理完毕|办理完成|处理完成|办理"
        rf"|已办(?=\s*\d)"
        rf"|已完成)(?:处理)?(?:数|总数|的|件)?"
        # (not the stages of the work: "依法审查、规范办理、限时答复三个环节"; a43)
        # (and the part's full name: "共办结政府信息依申请公开733件"; a44)
        rf"(?:政府信息公开申请|依申请公开申请|政府信息依申请公开|依申请公开|政府信息公开|申请)?(?:为|共|计|了)?\s*{N}\s*"
        rf"(?:件|项|条|个(?!环节|方面|阶段|步骤|层次|重点|原则)|宗|例|起)",
        # received and handled in one verb ("共收到并妥善处理依申请公开信息13件")
        # (and with no 并: "收到处理依申请公开件4件"; not 办理, which joined to 收到 counts what came in)
        # (and 回复 as 答复: "受理并按时回复…事项19项"; a42)
        rf"(?:收到|受理)(?:并(?:妥善|及时|依法|按时|按期){{0,2}}(?:处理|办理|答复|回复|办结)|处理|答复|办结)(?:了)?{W}{{0,16}}?"
        rf"{N}\s*"
        rf"(?:件|项|条|个)",
        # 办理 alone as the year's verb, the requests named between it and the count: "全年办理政府信息公开申请60件",
        # "共办理依申请信息公开事项91件" — those handled (F14, a42: the web README's 处理 for completed; the blind
        # labels read them so)
        # (within its clause: "…办理流程,全年收到…申请5件" is another verb's count)
        # (and 处理 alone, the README's own word: "全年处理政府信息公开申请2条", "处理依申请公开23件"; a43)
        # (not an outcome's kind, "另处理重复申请1件": the table's 重复申请 row; a44)
        rf"(?:办理|处理)(?:各类|依)?(?:(?!\d+\s*[件份条宗个次项起]){W_CLAUSE}){{0,25}}?(?<!重复)申请{W_CLAUSE}{{0,12}}?{N}\s*"
        rf"(?:件|份|条|宗|个|次|项|例|起)",
        # the requests named between the verb and the count: "共办结依申请政府信息公开事项1件"
        rf"(?:办结|处理完毕|办理完毕)(?:(?!\d){W}){{0,12}}?申请(?:(?!\d){W}){{0,10}}?{N}\s*(?:件|项|条|个|宗|例)",
        # the count before its verb, after the year's intake: "收到…申请9条,其中7条已经按时限回复,2条转接到2023年答复"
        # (a54)
        # (only where the rest are carried on or none is left, not beside another outcome: "其中1项已答复,3项部分答复")
        rf"其中[,，]?\s*{N}\s*(?:件|条|项)(?:已经|已|均已)(?:按时限?|按期|依法|及时)?(?:回复|答复|办结)"
        # (no stop in a pattern, counts.STOPS: said as no other count after it unless that one is carried on)
        rf"(?![,，]\s*\d+\s*[件条项](?!\s*(?:转|结转|正在|尚在|仍在|顺延)))",
        # the requests answered as the verb's object: "省税务局对49份政府信息公开申请依法作出答复" (a41)
        rf"对\s*{N}\s*(?:件|份|条|个|项)(?:政府信息公开|依申请公开|信息公开)?申请(?:均|全部|依法|及时|按时){{0,2}}"
        rf"(?:作出|予以|进行)了?(?:书面)?答复",
    ],
    "requests.carried_forward": [
        # (counted in 个 or 宗 too: "收到政府信息公开申请1个,结转下年度继续办理1个"; a37)
        # (and the requests named: "结转下年度继续办理政府信息公开申请7件"; a39)
        rf"结转(?:至|到)?(?:下|次)(?:一)?年(?:度)?(?:继续)?(?:办理)?(?:的)?(?:政府信息公开|依申请公开|信息公开)?"
        # (the count in the clause of its phrase: "…3件转下年度继续办理,并按一件一档…" holds none after it; a41)
        rf"(?:申请)?{W_CLAUSE}{{0,4}}?{N}\s*(?:件|项|个|宗)",
        # "转下一年办理0件" (the 结 left out)
        # (and 转接: "转接下年度办理45件"; a44; and 转结, the two characters swapped: "转结下年度办理1件"; a51)
        rf"(?<!结)转(?:至|到|入|接|结)?下(?:一)?年(?:度)?(?:继续)?办理{W_CLAUSE}{{0,4}}?{N}\s*(?:件|项|宗)",
        # into the next year named by its number ("结转至2024年1件"): only the report's next year (_judged)
        # (and with no 至: "结转2023年度继续办理2件"; a36)
        # (and what is left to do and the requests named: "结转至2026年作出答复的政府信息公开申请2件"; a38)
        # (and 顺延 for 结转: "顺延到2022年度申请2件"; the next year by its word has a34's pattern below; a41)
        # (and 转至 with no 结: "…申请25件,转至2026年办理2件"; a54)
        rf"(?:结转|顺延|转至|转到|转入)(?:至|到)?\s*(?:19|20)\d{{2}}\s*年(?:度)?(?:继续)?(?:作出答复|答复|办理)?(?:的)?"
        # (the count in its clause: "除2件结转2025年继续办理,其他13件均按时答复" is the rest's; a43)
        rf"(?:政府信息公开|依申请公开|信息公开)?(?:申请)?{W_CLAUSE}{{0,4}}?{N}\s*(?:件|项)",
        # "顺延至下一年答复2件": put off into the next year (a34)
        rf"(?:顺延|延续)(?:至|到)(?:下|次)(?:一)?年(?:度)?(?:继续)?(?:答复|办理){W}{{0,4}}?{N}\s*(?:件|项)",
    ],
    "requests.overdue": [
        rf"(?:超期|逾期|超过法定期限|超出法定期限)(?:答复|办理|办结)?{W}{{0,6}}?{N}\s*件",
    ],
    "consultations.total": [
        rf"咨询{W}{{0,14}}?{N}\s*(?:人次|次|件|条|个|人)",
    ],
    # (and 条, 项: "政府信息公开行政复议、行政诉讼0条", "行政复议1项"; a36)
    # (and the count before the noun, as a list of cases gives it: "本年度有12件行政复议案件,15件行政诉讼案件"; a43)
    # (not a category of items disclosed: "…类信息60条,行政复议类信息24条"; a50)
    "appeals.review": [rf"行政复议(?!类){W}{{0,10}}?{N}\s*(?:件|起|宗|次|个|条|项)",
                       rf"(?:有|发生|收到|共|[,，]){N}\s*(?:件|起|宗)(?:政府信息公开)?行政复议(?:案件|案)"],
    "appeals.litigation": [rf"行政诉讼(?!类){W}{{0,10}}?{N}\s*(?:件|起|宗|次|个|条|项)",
                           rf"(?:有|发生|收到|共|[,，]){N}\s*(?:件|起|宗)(?:政府信息公开)?行政诉讼(?:案件|案)",
                           # one count of none for the pair, the suit without its 行政: "提起行政复议、诉讼0件" (a
                           # count above none would not say how it splits; a55)
                           rf"行政复议\s*(?:、|和|及|与)\s*诉讼(?:案件)?\s*(?:均为|为|共)?\s*(?=0\s*[件起宗])"
                           rf"{N}\s*(?:件|起|宗)"],
    # (申述: a common typo for 申诉)
    "appeals.complaints": [rf"(?:举报|投诉|申诉|申述){W}{{0,10}}?{N}\s*(?:件|起|宗|次|个)"],
    "fees.charged_yuan": [
        rf"(?:收取|收费|信息处理费)(?:金额|总额|共计|合计)?{W}{{0,16}}?"
        # (the kinds of fee in brackets between the word and the amount: "收取的费用(检索费、复制费等)为0元")
        rf"(?:[(（][^()（）。;!?\n]{{1,24}}[)）]\s*(?:为|是|共|计)?\s*)?{N}\s*元",
    ],
    "budget.spend_yuan": [
        rf"(?:支出|经费|投入|花费){W}{{0,20}}?{N}\s*元",
    ],
}
# (scan.led: a pattern that opens with a choice of words is scanned per opening character where that is faster)
COMPILED = {k: [led(p) for p in v] for k, v in PATTERNS.items()}
# proactive.new's first pattern opens with eight verbs whose first characters (主, 公, 发, 编) `re` tests at every
# character of the window (a set of four CJK characters: ≈ 60 instructions each), and tries the rest at each 公 of a
# report (≈ 90). Scanned per opening character (scan.Led's parts, written out: split_by_opening takes no lookahead),
# each part led by its literal, its verbs in the pattern's order, and with the first character the rest needs (的,
# 各, 政, 工, 信, 文, 法 or 主: the words before the last are optional) looked ahead for before the rest is tried: the
# same matches (tests/test_speed_a25_counts.py); a whole-report scan 0.52 → 0.24 M instructions (、和及: a second
# verb, 相: 相关内容; a39)
_NEW_VERBS = "(?:主动公开|主动发布|公开发布|发布|公开|公布|编发|公示(?=(?:各类)?(?:政府|政务)信息))"
_NEW_REST = "(?=[的各政工信文法主、和及相])" + PATTERNS["proactive.new"][0].removeprefix(_NEW_VERBS)
COMPILED["proactive.new"][0] = Led(PATTERNS["proactive.new"][0], parts=[
    f"主动(?:公开|发布){_NEW_REST}", f"公(?:开发布|开|布|示(?=(?:各类)?(?:政府|政务)信息)){_NEW_REST}",
    f"发布{_NEW_REST}", f"编发{_NEW_REST}"])
# patterns that start at the counted word and need the verb in the phrase before it (a scan led by a frequent
# verb such as 公开 costs far more than one led by what is counted)
# (公布 too, the first pattern's verb: "通过…公告公示栏、…平台等公布党务政务、…等信息共计186条"; a42)
LEAD_NEEDS = {COMPILED["proactive.new"][3]: re.compile(r"公开|发布|公布|上传|录入|更新")}

# "nothing happened" statements, per fact: a keyword in a clause that also holds a negation
ZERO_KEYS: dict[str, re.Pattern | Led] = {
    # (per opening: 超, 逾, 法, 规, 按 — five literal scans cost less than `re` testing each character against five)
    "requests.overdue": Led(r"超期|逾期|法定期限|规定期限|按时|按期"),
    "requests.received": re.compile(r"申请"),
    "requests.completed": re.compile(r"申请"),
    # (and "无上年和下年结转件", "无下年度结转": the years before the word)
    # (and "上年无结转": the negation inside the words; a33)
    "requests.carried_over": re.compile(r"上(?:一)?年(?:度)?(?:(?:和|及|与)下(?:一)?年(?:度)?)?(?:结转|转结)"
                                        r"|上(?:一)?年(?:度)?(?:无|没有)结转"),
    "requests.carried_forward": led(r"结转(?:至|到)?(?:下|次|\d{4})|下(?:一)?年(?:度)?结转"),  # (per opening: 结, 下)
    "consultations.total": re.compile(r"咨询"),
    "appeals.review": re.compile(r"复议"),
    # (and 起诉 for 诉讼: "未发生政府信息公开行政复议、起诉"; a45)
    "appeals.litigation": re.compile(r"诉讼|起诉"),
    "appeals.complaints": led(r"举报|投诉|申诉|申述"),
    "fees.charged_yuan": led(r"收取|收费|费用"),
}


def _led(leads: str, tail: str) -> str:
    """`(?:a|b)tail` written `atail|btail`: every branch opens with a literal, so `re` skips ahead to the first
    characters instead of trying each one (a ZERO_VERB pattern is only asked whether it matches: same answer)."""
    return "|".join(lead + tail for lead in leads.split("|"))


# (the patterns as first written are in tests/test_counts_scans.py, which checks each says yes where it said yes)
ZERO_VERB: dict[str, re.Pattern | Led] = {
    "requests.overdue": re.compile(
        _led("没有|未|无|不存在", "(?:出现|发生)?(?:超期|逾期)") + "|"
        + _led("均|全部|都|均已|已全部", "(?:已)?(?:在|于)?(?:法定期限|规定期限|按时|按期)")),
    # (a24-guesses: 没 alone, "我局2016年没收到政府信息公开申请")
    # (and 接获: "未接获公民或法人的依申请公开诉求"; a44)
    "requests.received": re.compile(_led("没有|没|未|无", "(?:收到|受理|接到|接收|接受|接获)") + "|"
                                    # (not what was applied for: "经检索没有所申请公开信息的,告知…"; a39)
                                    # (nor what needs none, "…查询全文,无需申请": a40)
                                    # (nor what requests caused: "全年无因依申请公开引起投诉、复议…"; a43)
                                    # (nor a word that opens with 无: "无偿为申请者提供", "无论申请…", "无法申请"; a54)
                                    + _led("未发生|没有发生|没有|无", "(?![需须因偿论法条])[^。,所]{0,4}(?:依)?申请")
                                    # "未发生涉及本单位…的依申请公开情况": the part's own name closing its clause
                                    + "|" + _led("未发生|没有发生|未有", "[^。,;]{0,30}?依申请公开(?:的)?(?:情况|事项)"
                                                                  "(?=[。,，;；]|$)")
                                    # the 2007 format's part by its name: "全年未出现依申请公开政府信息和不予公开政府
                                    # 信息的情况" (a42)
                                    + "|" + _led("未发生|没有发生|未有|未出现|没有出现",
                                                 "依申请公开政府信息和不予公开政府信息的?情况")
                                    + "|申请[^。]{0,6}(?:为零|为0(?![\\d.]))"
                                    # "无外单位和个人向我院申请公开信息": no one applied to the body (a44)
                                    # (and 对: "本年度无单位和个人对本局提交公开政府信息的申请"; a54)
                                    + "|" + _led("没有|无|未有", "[^。,，;；]{0,12}?[向对](?:我|本)[\u4e00-\u9fff]{1,3}"
                                                                  "(?:提出|提交)?(?:公开)?(?:政府信息公开|信息公开|政府信息)?"
                                                                  "的?申请")
                                    # "年度内未有公民、法人或其他组织提出政府信息公开申请": no applicant applied (a54)
                                    + "|" + _led("没有|无|未有", "(?:任何)?(?:公民|单位|个人|法人|组织)"
                                                                  "[^。,，;；]{0,16}?(?:提出|提交)"
                                                                  "(?:政府信息公开|信息公开)?(?:的)?申请")
                                    # "2021年,无政府信息公开申请事项。": the requests' name closing its clause (a39)
                                    # (and none happened: "2016年未发生政府信息公开申请。"; a55)
                                    + "|" + _led("无|没有|未发生|没有发生",
                                                 "(?:政府)?信息公开申请(?:事项)?(?=[。,，;；]|$)")
                                    # "2.行政机关依申请公开政府信息的数量:无": a list of the items, none (a36); and the
                                    # item by the requests it took, "依申请受理信息公开申请:无" (a55)
                                    + r"|依申请(?:公开[^。\n:：]{0,12}(?:数量|数|情况)|[^。\n:：]{0,12}申请)"
                                    r"\s*[:：]\s*无(?![\u4e00-\u9fff])"
                                    # "依申请和不予公开政府信息条数0条": a joint count of nothing, so no application
                                    + r"|依申请(?:公开)?(?:和|及|与)[^。,]{0,20}?数\s*(?:为|共|是)?\s*0\s*[条件]"),
    # "未收到和处理政府信息公开申请": none received, so none handled
    # (searched over the whole part first: per opening, 没, 未, 无)
    "requests.completed": led(_led("没有|未|无", "(?:收到|受理|接到)(?:和|及|并|或)(?:处理|办理|答复)")),
    "consultations.total": re.compile(r"(?:没有|未|无)(?:收到|接到|接受到?|受理|接待|发生)"),
    "requests.carried_over": re.compile(_led("没有|无|未有",
                                             "上(?:一)?年(?:度)?(?:(?:和|及|与)下(?:一)?年(?:度)?)?结转")
                                        + "|上(?:一)?年(?:度)?(?:无|没有)结转"),
    "requests.carried_forward": re.compile(_led("没有|无|未有|不存在", "(?:需要)?结转")
                                           + "|结转[^。,]{0,12}(?:为零|为0(?![\\d.]))"
                                           + "|" + _led("没有|无|未有", "(?:上(?:一)?年(?:度)?(?:和|及|与))?"
                                                                   "下(?:一)?年(?:度)?结转")),
    "appeals.review": re.compile(_led("没有|未|无", "(?:发生|出现|收到|涉及|因|产生|提起|接到)")
                                 + "|均为零|均为0|为零|无此类|无一(?:例|起|件)"
                                 # "无行政复议、行政诉讼的情况发生", "没有与…因…申请行政复议…的案件"
                                 # (a23-blind-figures: and without 的, "全年无依申请公开行政复议、行政诉讼情况")
                                 # (and 事项, 情形: "全年无引起行政复议、行政诉讼的事项", "无…复议和诉讼等情形"; a55)
                                 + "|" + _led("无|没有|未有", "[^。,;]{1,30}?(?:发生|的?案件|的?案例|的?情况|[议讼]案"
                                                           "|的?事项|的?情形)")
                                 # "无政府信息公开申请行政复议、行政诉讼" closing its phrase: the appeals named, no more
                                 # (a55: and the requests and complaints denied before them, "我乡无受理群众申请事项及
                                 # 相关举报投诉、行政复议及行政诉讼")
                                 + "|" + _led("无|没有", "[^。,，;；可能应须需]{0,24}?行政(?:复议|诉讼)"
                                                       "(?:[、和及与或](?:提起)?(?:行政)?(?:复议|诉讼|投诉|申诉|申述))*"
                                                       "(?=[。,，;；\n]|$)")
                                 # "5、因政府信息公开申请行政复议、提起行政诉讼的情况:无": a list of the items, none (as
                                 # fees and requests say it; a55)
                                 # (each branch opens with a literal: a group first costs +1.3% of a parse, cachegrind)
                                 + "|" + _led("复议|诉讼", r"[^。\n:：]{0,8}?情况\s*[:：]\s*无(?![\u4e00-\u9fff])")),
    "fees.charged_yuan": re.compile(
        # (未对公众…收取任何费用; and "我局未收过任何费用": a41)
        # (and 出现: "没有出现收取依申请公开信息相关费用的情况"; a42)
        _led("没有|未|不|无", "(?:发生|产生|出现)?(?:[向对][^。]{0,20})?(?:收取|收费|收过(?=(?:任何)?费用))") + "|"
        # (免费 not of 减免费用, a part's name: a35)
        # (and 出现: "全年未出现政府信息公开的收费及减免情况"; a42)
        + _led("没有|未|无", "(?:发生|产生|关于|出现)[^。,]{0,10}收费") + "|免费(?<!减免费)|收费[^。]{0,4}为零"
        # (a24-guesses: fees suspended for every applicant, "对申请公开政府信息暂免收费")
        + "|暂免收(?:费|取)"
        # "4.政府信息公开的收费及减免情况:无": a list of the items, none (a36)
        + r"|收费[^。\n:：]{0,8}\s*[:：]\s*无(?![\u4e00-\u9fff])"
        # "没有公民、法人和其他组织的政府信息公开收费和减免情况"
        # (or "没有因依申请公开信息收取或减免费用情况": the verb, not the noun; a36)
        + "|" + _led("没有|无|未有", "[^。,;]{0,30}?(?:收费|收取)[^。,;]{0,8}情况")
        # "没有依申请公开方面的收费": the fees of the work named as its closing noun
        + "|" + _led("没有|无|未有", "[^。,;]{0,24}?方面的?收费(?=[。,，;；]|$)")),
}
ZERO_VERB["appeals.litigation"] = ZERO_VERB["appeals.review"]
# (and "依申请公开实现“零逾期、零投诉”": a disclosure work with no complaint, 0 as the labels take it, row F3)
ZERO_VERB["appeals.complaints"] = re.compile(ZERO_VERB["appeals.review"].pattern + "|零(?:投诉|举报|申诉|申述)")
ANY_COUNT = re.compile(r"[1-9]\d*\s*(?:件|起|元|次|人次)")
OVERDUE_COUNT = re.compile(r"[1-9]\d*\s*件[^。,]{0,6}(?:超期|逾期)|(?:超期|逾期)[^。,]{0,6}[1-9]\d*\s*件")
SECTION_OF = {
    "requests.overdue": ("requests", "overview"),
    "proactive.new": ("proactive", "overview"), "proactive.cumulative": ("proactive", "overview"),
    "requests.received": ("requests", "overview"), "requests.completed": ("requests", "overview"),
    "requests.carried_over": ("requests",), "requests.carried_forward": ("requests",),
    "consultations.total": ("requests",), "appeals.review": ("review_litigation",),
    "appeals.litigation": ("review_litigation",), "appeals.complaints": ("review_litigation",),
    "fees.charged_yuan": ("fees", "other", "requests"), "budget.spend_yuan": ("other",),
}
# clauses that mention these are about something else (the 表二 fee row, fee income, policy readings)
EXCLUDE_CLAUSE = {
    "fees.charged_yuan": re.compile(r"行政事业性收费|收费项目|收费标准|收费金额\(单位"),
    # "依申请公开政府信息支出0元": the cost of answering requests, not what the disclosure work was given
    "budget.spend_yuan": re.compile(r"收费|收取|依申请"),
    # "学校档案馆接待…咨询500余人次": the visitors of an archive or library the body runs, not its consultations
    # (and the service hall's or a policy or legal advice desk's enquiries, "政务服务中心接受咨询501284人次",
    # "提供各类政策、法律咨询24次": the body's other services, not enquiries about disclosure; a49)
    "consultations.total": re.compile(r"档案馆|图书馆|校史馆|博物馆|纪念馆|政务服务(?:中心|大厅)"
                                      r"|政策(?:、法律)?咨询|法律咨询|业务咨询"
                                      # (and a kind of answer to requests: "不属于政府信息公开范围咨询1件"; a54)
                                      r"|范围咨询"),
    # "共发行《某市政报》12期,发布政府信息662条": the gazette's issues and what they carried, one channel (a40)
    "proactive.new": re.compile(r"(?:发行|编印|印制|出版|刊印|编辑)[^。;,，]{0,12}(?:政报|公报)"),
}
# (and a count that leaves a kind out, "主动公开政府信息数(除公文发布外)621条": a part, the whole not stated; a39)
# (nor the checklist's own items, "公开内容以教育部《清单》50条为基准"; a40)
EXCLUDE_MATCH = {"proactive.new": re.compile(r"解读|回应|政务微博|微信|新闻发布会|公报|除[^。;,，]{1,12}外"
                                             r"|清单》?\s*\d+\s*[条项]"
                                             # (nor the party's own affairs, "发布党建业务信息52条"; a51)
                                             r"|党建|党务(?![、和及与]?政务)"),
                 # "自2008年以来,累计受理政府信息公开申请56件": applications since, not items disclosed since
                 "proactive.cumulative": re.compile(r"申请|咨询|复议|诉讼|投诉|举报|留言|来信|信访"
                                                 # (and the requests by their verb: "累计收到82件,办结61件"; a43)
                                                 r"|收到|受理|接到|办结"),
                 # "群众咨询、投诉143件": consultations counted together with complaints or requests for help
                 "consultations.total": re.compile(r"投诉|举报|求助|诉求|建议"
                                                   # "发布…政策咨询问答信息467条": items of a Q&A column published
                                                   r"|问答"
                                                   # (nor a kind of answer to requests, "咨询说明和其他的9件",
                                                   # "咨询件1件", "咨询类信息1件", nor advice given in an answer,
                                                   # "建议申请人向…咨询),…办结5件"; a54)
                                                   r"|咨询说明|咨询件|咨询类信息|咨询[)）]"),
                 # "收到因申请引起的行政复议1件" counts reviews, not requests
                 # (and the public's letters or the hotline's cases counted with them, "收到12345群众来信、依申请信息
                 # 公开等26件"; a44)
                 "requests.received": re.compile(r"复议|诉讼|引起|引发|投诉|举报|咨询|结转|群众来信|12345"),
                 # (来信 as the requests' way in, "通过来信收到申请件4件", is theirs; a38)
                 # (and carried on in other words, "转接下年度办理45件"; a44)
                 "requests.completed": re.compile(r"复议|诉讼|投诉|举报|咨询|信箱|来信(?![^。;,，]{0,4}申请)|结转"
                                                  r"|转(?:至|到|入|接|结)?下(?:一)?年"),
                 # "办结价格举报案件及咨询件123件": complaints counted together with enquiries (a22, lead)
                 "appeals.complaints": re.compile(r"咨询|求助|建议"),
                 # "2022年财政预算支出4413.07万元": the body's own budget it disclosed, not what the disclosure work
                 # cost (a39)
                 "budget.spend_yuan": re.compile(r"预算|决算")}
# a channel's count is not the year's total (where no total is given, only a website count stands for it),
# nor is a count of channels ("通过四条途径")
# (an app with a spam mirror's advertising right after it, "某品牌app官网下载安装", is no channel but the brand)
APP = r"(?:APP|app)(?!\s*(?:官网|官方|下载(?!专区|中心|量)|入口|登录|苹果|安卓|手机版))"
# (快手 accounts too, as 抖音: a36)
CHANNEL = {"proactive.new": re.compile(rf"微信|微博|公众号|新媒体|客户端|抖音|快手|头条|视频号|政务号|{APP}"),
           "consultations.total": re.compile(r"在线|网上|网友|留言|信箱|热线|来信|投诉")}
# press conferences, news media, the gazette, papers, broadcasting: such a channel's count in a list of the counts
# of items per channel ("政府网站公开信息3698条,…,新闻发布会公开信息12条,新闻媒体公开信息12条") is that channel's; alone
# in its sentence ("全年通过政府公报主动公开政府信息2793条,发布政策解读材料3篇") it is the year's
PRESS = re.compile(r"新闻发布会|新闻媒体|政府公报|报刊|广播电视")
ITEMS_COUNT = re.compile(rf"{N}\s*条")
# requests withdrawn, right before their count's noun
# (and repeated ones handled apart, "另处理重复申请1件": a kind of the year's requests, no count of them; a39)
WITHDRAWN_BEFORE = re.compile(r"撤销|撤回|重复")
# a kind of applicant before a count of requests
APPLICANT_KIND = re.compile(r"公民|自然人|法人|其他组织|个人")
# received and answered in one verb ("受理答复", "收到并办结")
RECEIVED_AND_DONE = re.compile(r"(?:受理|收到|接到)并?(?:答复|办结|处理|办理)")
# some of a count carried on into the next year, said after it ("其中2件结转下年度继续办理")
# (not when none is: "…5件,均按时完成,无结转下年度办理信件"; a54)
CARRIED_ON_AFTER = re.compile(r"(?<!无)(?<!没有)(?<!未)(?:结转(?:至|到)?(?:下|次)一?年|转(?:至|到|入)(?:下|次)一?年)")
# what a clause after the requests' noun counts instead of them (licences, penalties, items shown)
ANOTHER_COUNTED = re.compile(r"许可|处罚|公示|发布")
# a consultation count led by its channel and followed by another channel's: one channel of several
# (接待: in person, 接听: by phone, "接待咨询访问230人次,接听咨询电话500余次"; a38)
CHANNEL_BEFORE = re.compile(r"(?:电话|来电|现场|当面|窗口|在线|网上|网络|留言|来信|信函|邮件|接待|接听)\s*$")
# (and in the next sentence, joined by 并/另/同时: "共接受现场咨询800余人次。并通过电话、微信…回应200余人次"; a39)
SIBLING_AFTER = re.compile(r"\s*[、,，]\s*[^。;,，、]{0,10}咨询"
                           r"|\s*。\s*(?:并|另|同时|此外)[^。;]{0,20}?(?:咨询|回应|解答)[^。;]{0,4}?\d")
# a count of two kinds written together, the other kind before the joining word ("办结价格举报案件及咨询件123件",
# "受理政府信息公开咨询及投诉15件"): a count of both is no count of either (F22, F27)
JOINED_BEFORE = {
    "consultations.total": re.compile(r"(?:举报|投诉|求助|信访)[^,，。;；、!?\n]{0,4}(?:及|和|与|以及|、)$"),
    # (or written together with no joining word: "县长信箱咨询投诉类信件138件"; a38)
    "appeals.complaints": re.compile(r"咨询[^,，。;；、!?\n]{0,2}(?:及|和|与|以及|、)$|咨询$"),
    # "涉行政复议、行政诉讼案件743件": reviews named right before the suits (a35)
    "appeals.litigation": re.compile(r"复议[^,，。;；、!?\n\d]{0,2}(?:及|和|与|以及|、)$"),
}
CHANNEL_COUNT_BEFORE = re.compile(r"(?:电话|来电|现场|当面|窗口|在线|网上|网络|来信|信函|接待)咨询[^。;,，、]{0,4}?"
                                  r"\s*\d")
# what follows "…信息220条、" is another kind of thing when it counts in other units ("、解答电话咨询200多次")
NEXT_ITEM = re.compile(r"、([^、,，。;；\n]{0,24})")
# (and counted in 万, or a site's visits by name: "…27855条、年访问量突破1573万次"; a41)
OTHER_UNIT = re.compile(r"\d\s*(?:多|余)?\s*(?:万|千|亿)?\s*(?:多|余)?\s*(?:次|人次|场|期|个|人)|访问量|浏览量|点击量")
SAME_UNIT = re.compile(r"\d\s*(?:多|余)?\s*(?:条|件|篇|项|份)")


def _other_kind_after(text: str, end: int) -> bool:
    """The item after the count's 、 counts something else (a different unit and none of the same): the count is
    no category of a list of information."""
    m = NEXT_ITEM.match(text, end)
    return bool(m and (OTHER_UNIT.search(m.group(1)) and not SAME_UNIT.search(m.group(1))
                       or OTHER_WORK.match(m.group(1))))


# the next item a task of its own, opened by its verb ("主动发布信息31852条、完成留言办理700条、征集调查5期"; a40)
# (or another way the year's items were disclosed: "其中主动公开政府信息368条、依申请公开政府信息4条", the items made
# sorted by how they are disclosed, the proactive count the year's; a56)
OTHER_WORK = re.compile(r"(?:完成|办理|回复|答复|开展|组织|举办|征集|受理|接听|处理|依申请公开|不予公开|免予公开)")


# "…文件79件、会议信息23条": a later item of a list (and after items in other units, "招商项目3900个、相关政策800余项、
# 招商信息1000余条"; a40)
ENUMERATED = re.compile(r"\d\s*(?:余|多)?\s*(?:条|件|篇|个|项|份)、")
# 政务动态类信息 is one category (各类信息 is all), and so are a portal's columns: 工作动态, 通知公告, 人事信息…
# (and the kind named before 类: "其它主动公开信息类8条", "安全生产信息类10条"; a41)
CATEGORY = re.compile(r"(?<![各多几])类(?:政务|政府)?信息|信息类|工作动态|动态信息|通知公告|公示公告|人事信息|领导活动"
                      r"|政策解读|会议信息|招标|采购|预决算|规范性文件|政策性?文件"
                      # (and the rest by its kind or its way: "主动公开其他文件1件", "通过其他方式公开…179条"; a35)
                      r"|其他(?:文件|事项|方式|渠道|途径|形式)")
# the channels listed and closed by "the other ones" ("通过政府网站、微信公众号、…及其他渠道或形式主动公开…130余条"):
# every channel, the total, not "通过其他方式公开…179条", the rest (a40)
EVERY_CHANNEL = re.compile(r"、[^。;,，]{0,30}(?:及|和|以及|与)\s*其他(?:方式|渠道|途径|形式)")
# per fact, looked up once per call: (clause exclusion, match exclusion, channel), and each pattern with its LEAD_NEEDS
GUARDS = {f: (EXCLUDE_CLAUSE.get(f), EXCLUDE_MATCH.get(f), CHANNEL.get(f)) for f in PATTERNS}
# words one of which every match holds: where a window has none of them its scan is skipped (a `find` costs far
# less than the scan; 逾期, 累计, 举报, 元 are absent from most sections). tests/test_counts_scans.py checks the words.
SCAN_WORDS = {
    COMPILED["proactive.cumulative"][0]: ("截至", "截止", "至今", SINCE, "历年", "近年"),
    COMPILED["proactive.cumulative"][1]: ("累计",),
    COMPILED["requests.overdue"][0]: ("超期", "逾期", "超过法定期限", "超出法定期限"),
    COMPILED["requests.carried_forward"][2]: ("转", "顺延"),  # (结转, 转至: a54)
    COMPILED["proactive.new"][6]: ("信息公开", "信息主动公开"),
    COMPILED["appeals.complaints"][0]: ("举报", "投诉", "申诉", "申述"),
    COMPILED["fees.charged_yuan"][0]: ("元",),
    COMPILED["budget.spend_yuan"][0]: ("元",),
    ZERO_KEYS["appeals.complaints"]: ("举报", "投诉", "申诉", "申述"),
    ZERO_KEYS["requests.overdue"]: ("超期", "逾期", "法定期限", "规定期限", "按时", "按期"),  # (its branches)
    # (a27-counts: one character every match holds, where a window lacks it more often than not: 咨 is absent from 9
    # in 10 of the windows consultations are scanned over, 转 (结转, 转结, 转下年) from about half of the requests'
    # windows, 来 of 以来 and 份 likewise; a one-character find costs a third of the literal-led scan it spares)
    COMPILED["consultations.total"][0]: ("咨询",),
    ZERO_KEYS["consultations.total"]: ("咨询",),
    COMPILED["requests.carried_over"][0]: ("转",),
    COMPILED["requests.carried_over"][2]: ("转",),
    COMPILED["requests.carried_forward"][0]: ("转",),
    COMPILED["requests.carried_forward"][1]: ("转",),
    ZERO_KEYS["requests.carried_over"]: ("转",),
    ZERO_KEYS["requests.carried_forward"]: ("转",),
    COMPILED["proactive.cumulative"][2]: ("来",),
    COMPILED["proactive.new"][9]: ("份",),
}


# the share of consultations about disclosure, after a count of consultations on everything
DISCLOSURE_SHARE_AFTER = re.compile(r"其中[^。;；]{0,20}(?:信息公开|依申请公开|政务公开)[^。;；,，]{0,8}咨询")


def _sentence_stop(text: str, pos: int) -> int:
    """Where the sentence going on at `pos` ends (at most 120 characters on)."""
    ends = [e for e in (text.find(c, pos, pos + 120) for c in "。;；!?\n") if e >= 0]
    return min(ends) if ends else min(len(text), pos + 120)


CASES_BEFORE = re.compile(r"来信|来访|信访|热线|信箱|转办|工单")
HOTLINE_KINDS = re.compile(r"\s*(?:[,，]\s*占[^,，;；、。]{0,8}?%\s*)?[,，、;；]+\s*"
                           r"(?:投诉|求助|建议|举报|感谢|表扬)类")
# a place that takes consultations, counted by the piece ("设立咨询台20个")
CONSULTATION_DESK = re.compile(r"咨询(?:服务)?(?:台|点|桌|站|展位|窗口)")
# a sibling kind of the same calls earlier in the sentence ("求助类2252件,占82.8%;咨询类77件"), or of the items
# published ("在主动公开的信息中,工作动态信息类248条,…;问题咨询类48条": a kind of post, a42)
# (or any service's kinds listed before it: "律师类11075件、公证类365件、…、电话咨询类1795件"; a43)
HOTLINE_KIND_BEFORE = re.compile(r"(?:投诉|求助|建议|举报|感谢|表扬|信息)类\s*\d"
                                 r"|[\u4e00-\u9fff]{2,4}类\s*\d+\s*[件个次]\s*[、,，]")


def _part_of_cases(text: str, at: int) -> bool:
    """The count at `at` stands after a 其中 whose whole, earlier in the sentence, counts a hotline's calls or
    letters and visits (CASES_BEFORE): one kind of those cases."""
    start = clause_start(text, at, 120, "。!?\n")
    share = text.rfind("其中", start, at)
    return share >= 0 and CASES_BEFORE.search(text, start, share) is not None


# a count with the year's share after it, in brackets or after a comma ("…615条(2012年新增94条)",
# "…615条,今年新增94条"): the count is the running total the share is of
YEARS_SHARE_AFTER = re.compile(r"\s*(?:[(（][^()（）。]{0,12}新增"
                               r"|[,，]\s*(?:(?:19|20)\d{2}\s*年|本年|今年|当年)度?新增)")
# a year's share named after a count up to a year's end ("截止2016年底…公开信息457条,其中2016年公开政务信息46条"):
# the count before it is the running total, the share the year's (a51)
YEAR_NAMED_SHARE_AFTER = re.compile(r"\s*[,，;；]\s*(其中)\s*[,，:：]?\s*(?:(?:19|20)\d{2}\s*年|本年|今年|当年)")


# the character a word of SCAN_WORDS is looked for by (holds_any) where its first is a poor one: its rarest in the
# reports (synth-2000, a report: 来 4 against 以's 7, 诉 4 against 申's 22, 限 5 against 法's 8, 转 4 against 结's 17)
PROBE = {"至今": "今", SINCE: "来", "申诉": "诉", "申述": "述", "法定期限": "限", "规定期限": "限", "行政复议": "议",
         "行政诉讼": "讼", "结转": "转", "转入": "转"}


def _plan(words: tuple[str, ...]) -> list[tuple[str, list[tuple[str, int]]]]:
    """`words` grouped by the character each is looked for by (PROBE, else its first), each with where in the word
    that character stands."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for w in words:
        probe = PROBE.get(w, w[0])
        groups.setdefault(probe, []).append((w, w.index(probe)))
    return list(groups.items())


def holds_any(text: str, win: tuple[int, int], words: tuple[str, ...] | None) -> bool:
    """Whether text[win] holds one of `words` (always, for None): _holds with the words' _plan."""
    return _holds(text, win, None if words is None else _plan(words))


def _holds(text: str, win: tuple[int, int], plan: list[tuple[str, list[tuple[str, int]]]] | None) -> bool:
    """holds_any with the words' plan made once (the scans' plans are made at import: a dict keyed by a pattern
    hashes its whole code). Each word is found from its probe character: a one-character `find` is ≈10× faster
    than a two-character one (4 instructions a character, more than `re`'s scan of a literal) and a word mostly
    absent; where the probe is there, the word is checked at each place it stands (a `find` within the word's own
    length). Words that share their probe are found in one pass."""
    if plan is None:
        return True
    lo, hi = win  # (the bounds named, not *win: a call with *args takes the slow generic path in the compiled parser)
    for probe, group in plan:
        at = text.find(probe, lo, hi)
        while at >= 0:
            for w, k in group:
                s = at - k
                if s >= lo and s + len(w) <= hi and text.find(w, s, s + len(w)) == s:
                    return True
            at = text.find(probe, at + 1, hi)
    return False


def _plan_of(regex: re.Pattern | Led) -> list[tuple[str, list[tuple[str, int]]]] | None:
    words = SCAN_WORDS.get(regex)
    return None if words is None else _plan(words)


# (a29-counts) the scans found from the places of their opening words (scan.ByOpening: a `find` of each opening
# character — memchr, well under 1 instruction a character where the character's low byte is rare in CJK text,
# against ≈ 7 for each of `re`'s literal scans — and a `match` call only where a word stands), chosen where each
# measured cheaper over synth reports' windows (replayed alone, compiled): split patterns of several rare words.
# The others keep `re`'s scan: where the words stand often (公开, 申请, 信息, 行政复议 in the tables' headings) the
# `match` calls cost more than the skipping saves. tests/test_speed_a29_counts.py holds ByOpening to `re`'s scan.
FROM_OPENING_NUMBERS = {"proactive.cumulative": (2,), "requests.received": (0, 2, 5), "requests.carried_forward": (0,),
                        "requests.completed": (0, 1), "requests.overdue": (0,), "appeals.complaints": (0,),
                        "budget.spend_yuan": (0,)}
FROM_OPENING_KEYS = frozenset(("requests.overdue", "requests.carried_forward", "appeals.litigation",
                               "appeals.complaints", "fees.charged_yuan"))
FROM_OPENING_VERBS = frozenset(("requests.completed",))


def _from_opening(regex: re.Pattern | Led) -> ByOpening | re.Pattern | Led:
    """`regex` scanned from the places of its opening words (scan.by_opening); the regex itself where they are not
    read (another Python's `re` parser: the same matches, found by `re`'s scan; tests/test_speed_a29_counts.py checks
    that each is read here)."""
    found = by_opening(regex)
    return regex if found is None else found


COMPILED_WITH_NEEDS = {f: [(r, LEAD_NEEDS.get(r), _plan_of(r)) for r in regs] for f, regs in COMPILED.items()}
# what each pattern of COMPILED is scanned with (the pattern itself, or it from its opening words)
COMPILED_SCANS = {f: [_from_opening(r) if i in FROM_OPENING_NUMBERS.get(f, ()) else r for i, r in enumerate(regs)]
                  for f, regs in COMPILED.items()}
# "监督投诉等栏目,详细类别53个": a count of a site's columns, not of what the words name
COLUMNS_BETWEEN = re.compile(r"栏目|类别|子目录|专栏")
# (and the report's parts: "…收到和处理政府信息公开申请情况等六个部分组成"; a42; or 方面, a46)
COUNTED_THING_AFTER = re.compile(r"\s*(?:途径|渠道|方式|措施|举措|制度|原则|部分|方面)")
# a part whose whole body says nothing happened ("本年度无此类情况。") states 0 for its figures
QUIET_SECTION = {"review_litigation": ("appeals.review", "appeals.litigation"), "fees": ("fees.charged_yuan",)}


SITE = re.compile(r"(?:在|通过)\s*([^。;,，在通过]{0,20}?(?:网站|政务网|信息网|门户网|门户|网))(?:上)?")
SITE_COUNT = re.compile(rf"(?:在|通过)\s*([^。;,，在通过]{{0,20}}?(?:网站|政务网|信息网|门户网|门户|网))(?:上)?"
                        rf"{W}{{0,20}}?(?:发布|公开){W}{{0,16}}?{N}\s*(?:条|篇)")


# a list item's label: "政府网站:发布…", "1.微信公众号…", "(2)公开栏…"
ITEM_LABEL = re.compile(r"\s*(?:[^\s:：,，。;；]{2,12}[:：]|\d{1,2}\s*[.、]|\(\d{1,2}\)|[①-⑩])")
LIST_INTRO = re.compile(r"(?:具体)?(?:包括|包含|如下|分别为|分别是)\s*[:：]\s*$")


def _list_intro(text: str, line_start: int) -> str | None:
    """The line that opens the list the line at `line_start` is an item of ("…累计…424条,具体包括:" over
    "政府网站:发布信息42条" and the items after it), looked for up to five lines up; None when the line is no item
    of such a list."""
    end = line_start - 1
    for _ in range(5):
        if end <= 0:
            return None
        start = text.rfind("\n", max(0, end - 200), end) + 1
        line = text[start:end].rstrip()
        if LIST_INTRO.search(line):
            return line
        if not line or len(line) > 120:
            return None
        end = start - 1
    return None


def part_of_running_total(text: str, pos: int, years: tuple[int, ...]) -> bool:
    """"截止…累计主动公开65条，其中网上公开信息20条": a share of a running total, not the year's figure; and an item
    of a list under a running total ("…累计主动公开…424条,具体包括:\n政府网站:发布信息42条"). A share that names the
    report's own year ("其中2016年公开政务信息46条") is the year's figure."""
    back = text[max(0, pos - 120):pos]
    line_start = back.rfind("\n")
    back = back[line_start + 1:]
    share = back.rfind("其中")
    if share < 0 and line_start >= 0 and ITEM_LABEL.match(back) \
            and (intro := _list_intro(text, max(0, pos - 120) + line_start + 1)):
        back, share = intro + "其中" + back, len(intro)  # the intro's total, and the item as its share
    if share < 0 or re.search(r"本年|今年|全年|新增|当年", back[share:]) or own_year_share(back, share, years):
        return False  # "累计…11000余条，其中本年度新增…1000余条" is the year's figure
    before = back[:share].rstrip("。,，:： ")
    return bool(CUMULATIVE.search(before[before.rfind("。") + 1:]))


# a share named by a year ("其中2016年公开政务信息46条")
SHARE_YEAR = re.compile(r"其中\s*[,，:：]?\s*((?:19|20)\d{2})\s*年")


def own_year_share(text: str, share: int, years: tuple[int, ...]) -> bool:
    """The 其中 at `share` names the report's own year: the share is the year's figure, the whole a longer span's."""
    named = SHARE_YEAR.match(text, share)
    return bool(named and years and int(named.group(1)) == years[0])


# the whole right before a 其中 ("…信息126条,其中…", "…约196.4万条(含…),其中:"): the count the parts after it are of
WHOLE_BEFORE_SHARE = re.compile(rf"{N}\s*(?:条|篇|件)\s*(?:[(（][^()（）。]{{0,40}}[)）])?\s*[,，:：]?\s*$")
# a count disclosed or published closing the sentence before a 其中 that opens the next (no 主动 needed: "2022年政府
# 门户网站公开信息63条。其中,…")
WHOLE_ENDING_SENTENCE = re.compile(rf"(?:公开|发布)[^。;；\n]{{0,60}}?{N}\s*条\s*。\s*$")
# a part that is the report's own figure: the disclosed share, the year's share of a running total, the body's own
# (the disclosed share names the whole of what was disclosed, or nothing: "其中主动公开各类政府信息2107条",
# "其中主动公开2107条"; not one kind, "其中主动公开政策文件352条,新闻类信息854条…", a list of kinds)
DISCLOSED_WHOLE = r"主动公开(?:(?:的)?(?:各类|各项|全部)?(?:的)?(?:政府|政务)?(?:信息|内容)|(?=\s*(?:共|计|为)?\s*\d))"
# (a24-blind-figures: the place the share was put before it, "其中:门户网站上主动公开政府信息496条")
SHARE_PLACE = r"(?:(?:在|通过)?[^,，。;；:：\d]{0,16}?(?:网站|门户|平台)上?)?"
YEARS_OWN_SHARE = re.compile(r"\s*[:：,，]?\s*(?:属于)?(?:" + SHARE_PLACE + DISCLOSED_WHOLE
                             + r"|本年|今年|全年|新增|当年"
                             r"|(?:我|本)(?:镇|乡|街道|街|局|委|办|单位|部门|院|校)"
                             # the items of the disclosure work: "其中,发布政府信息公开信息共399条"
                             r"|(?:发布|公开)?(?:的)?(?:政府)?信息公开(?:类)?信息)")


def part_of_stated_count(text: str, m: re.Match, years: tuple[int, ...]) -> bool:
    """"发布…等方面信息126条,其中部门工作公开信息78条": a count after the 其中 of a larger count earlier in its sentence
    is one of its parts, not the year's figure (unless the part is the disclosed share, the year's or the body's
    own: SHARE_DISCLOSED, part_of_running_total, wider_area_total)."""
    start = last_of(text, "。;!?\n", max(0, m.start() - 600), m.start()) + 1
    share = text.rfind("其中", start, m.start())
    if share < 0 or YEARS_OWN_SHARE.match(text, share + 2) or own_year_share(text, share, years):
        return False
    whole = WHOLE_BEFORE_SHARE.search(text, max(start, share - 60), share)
    if whole is None and not text[start:share].strip(" ,，"):
        # (the 其中 opening the next sentence: "…等信息312条。其中,政府网站动态84条,…媒体发布信息21条"; a39)
        whole = WHOLE_ENDING_SENTENCE.search(text, max(0, start - 120), start)
    if whole is None:
        return False
    total, part = to_int(whole.group(1), whole.group(2)), to_int(m.group(1), m.group(2))
    return total is not None and part is not None and part < total


# a proactive total right before the 其中 of its parts ("全年累计主动公开政府信息7396条。其中,…")
# (and to whom before the verb, a long list of kinds after it: "主动向广大群众公开食品、药品安全、…等信息312条。其中,
# …省级媒体发布信息21条"; a39)
PROACTIVE_TOTAL_BEFORE = re.compile(r"主动(?:向[^。;；\n,，]{1,8})?公开[^。;；\n]{0,60}?\d+\s*条[。,，;；]?\s*$")


def share_of_proactive_total(text: str, m: re.Match) -> bool:
    """The count is a part in the 其中 list of a proactive total ("…主动公开政府信息7396条。其中,政府信息公开2202条,…,
    依申请公开8条"): the year's items sorted by how they are disclosed, no applications (F19; a35)."""
    share = text.rfind("其中", max(0, m.start() - 120), m.start())
    if share < 0 or "。" in text[share:m.start()] or "\n" in text[share:m.start()]:
        return False
    return PROACTIVE_TOTAL_BEFORE.search(text, max(0, share - 80), share) is not None


SITES_LISTED = re.compile(r"等|、|和|及")


def other_site_count(text: str, m: re.Match, lead: str) -> bool:
    """"在政务网上发布63条…在公众信息网上发布85条" with no total: two websites' counts, neither is the total."""
    site = SITE.search(lead)
    if site is None or SITES_LISTED.search(lead):
        return False  # "通过政府门户网站、政务新媒体等形式…": the total over every channel
    for other in SITE_COUNT.finditer(text, m.end(), min(len(text), m.end() + 600)):
        if other.group(1) != site.group(1) and not EXCLUDE_MATCH["proactive.new"].search(other.group(0)):
            return True  # (not the readings or responses it posted: "通过网站互动…发布回应信息42条"; a40)
    return False


# complaints, fees and requests handled are the disclosure work's only when the sentence says so
# (政务服务, 政务热线 and the like are services' complaints: "受理政务服务投诉12件" is no disclosure complaint)
ABOUT_DISCLOSURE = {"appeals.complaints": re.compile(r"公开|申请|政务(?!服务|热线|大厅|中心|便民)"),
                    # "答复网民留言56条", "办理人大建议12件": handled, but not disclosure requests
                    # (the requests part's own numbered heading for the answers opening the paragraph, "(二)答复情况。
                    # 共答复30件", names them: its intake is the paragraph above; a53)
                    "requests.completed": re.compile(r"申请|^\s*[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*"
                                                     r"答复(?:办理)?情况"),
                    # "政务服务中心代办证照不收取费用", "提供信息咨询服务不收费": other services' fees
                    # (收费及减免: the statutory part's own words, "2015年未有收费及减免情况"; a36)
                    "fees.charged_yuan": re.compile(r"公开|申请|查询|查阅|复制|复印|检索|信息处理费|收取信息"
                                                    r"|收费及减免"),
                    # "投入资金200万元建设便民服务中心" is not what the disclosure work cost
                    "budget.spend_yuan": re.compile(r"公开")}


# a heading of the fees part at a line's start ("三、政府信息公开的收费及减免情况", "(四)收费情况")
FEE_HEADING = re.compile(r"[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]|\(\s*[一二三四五六七八九十]{1,3}\s*\))"
                         r"[^\n。]{0,24}收费")


def _context(text: str, pos: int, fact: str) -> str:
    """Where ABOUT_DISCLOSURE is looked for: the sentence (for spending with the heading line above it), or for
    requests handled the paragraph up to the count ("共收到政府信息公开申请132件…。目前依法办结122件")."""
    if fact == "budget.spend_yuan":  # the sentence, and the heading right above it ("六、政府信息公开支出情况")
        start, end = clause_bounds(text, pos, 120)
        above = text.rfind("\n", max(0, start - 41), max(0, start - 1)) if text[start - 1:start] == "\n" else -1
        return text[above + 1 if above >= 0 else start:end]
    if fact == "fees.charged_yuan" and FEE_HEADING.match(text, line := text.rfind("\n", 0, pos) + 1):
        # the part's heading opening the paragraph ("三、政府信息公开的收费及减免情况。…没有产生对公民…的收费情况"):
        # the paragraph is about the disclosure's fees (a36)
        return text[line:clause_bounds(text, pos, 120)[1]]
    if fact != "requests.completed":
        return clause(text, pos, 120)
    start = max(text.rfind("\n", max(0, pos - 300), pos) + 1, pos - 300, 0)
    return text[start:pos + 20]


def _windows(text: str, spans: dict[str, tuple[int, int]], fact: str) -> list[tuple[int, int]]:
    wins = [spans[s] for s in SECTION_OF.get(fact, ()) if s in spans]
    return [*wins, (0, len(text))]


YEAR_WORD = re.compile(r"((?:19|20)\d{2})\s*年")


RUNNING_TOTAL = re.compile(rf"截至|截止|以来|历年|{RECENT_YEARS}|到\s*(?:(?:19|20)\d{{2}}\s*)?年[底末]"
                           # ("至2015年12月31日,累计…": 至 alone opening the clause; a36)
                           r"|(?<![\u4e00-\u9fff])至\s*(?:19|20)\d{2}\s*年")
# (and with the body named between: "全年我局累计公开信息236条")
WHOLE_YEAR_SUM = re.compile(r"(?:全年|本年度?|今年|年内|年度内|当年)"
                            r"(?:(?:(?!截[至止]|目前|至今|以来|历年)[^。,，;；:：\d\s]){0,6}?|\s*)累计")
WHOLE_YEAR_LEAD = re.compile(r"\s*(?:全年|本年度内?|年度内|年内)")
# a sentence that opens with the whole year and sums it with 累计 before its count, no running word between
# (and the year gone by, "一年来,通过某网站…等平台,累计主动公开政府信息29条", as THIS_YEAR_SINCE reads 一年以来; a56)
WHOLE_YEAR_SENTENCE = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?\s*[,，]?\s*)?(?:全年|本年度内?|年度内|年内|一年来)"
                                 r"(?:(?!截[至止]|目前|至今|以来|历年)[^。;；!?\n]){0,40}?累计")

# "2023年1—12月，我委在…网站累计发布信息313条": the months of the whole year, so the year's sum
WHOLE_YEAR_SPAN = re.compile(r"(?<!\d)1\s*月?份?\s*[-—–~至到]\s*12\s*月")
# a channel opened during the years, counted since: "新开设“某某专栏”，自开设至今共发布…", "开通以来累计推送…"
CHANNEL_OPENED = re.compile(r"开设|开通|上线|开办|创建|建成")
OWN_CHANNEL = re.compile(r"专栏|栏目|专题|公众号|微博|抖音|快手|客户端|APP|App|app|头条号|视频号")


def channel_since_opening(text: str, pos: int) -> bool:
    """The sentence up to `pos` counts a column or account since it was opened: that channel's own running total,
    not the body's."""
    start = clause_start(text, pos, 120, "。!?\n")
    return bool(CHANNEL_OPENED.search(text, start, pos) and OWN_CHANNEL.search(text, start, pos))


def social_running_total(text: str, m: re.Match) -> bool:
    """"截至12月31日,某街官方微博共累计发布微博120条": a social account's running total of its posts, named alone
    (no website, no list of channels): that account's, not the body's disclosed information (a24-blind-figures)."""
    said = text[m.start():m.start(1)]
    return bool(SOCIAL.search(said)) and not SITE_NAMED.search(said) and not LISTED.search(said)


def _year_total(text: str, m: re.Match, years: tuple[int, ...]) -> bool:
    """A cumulative word that still gives the year's figure: "2016年累计公开…", "2022年，我局在…平台累计主动公开…"."""
    if WHOLE_YEAR_SUM.search(text, max(0, m.start() - 30), m.end()) \
            or WHOLE_YEAR_SPAN.search(text, clause_bounds(text, m.start(), 80)[0], m.start()):
        return True  # "全年累计主动公开…500条" (or "1—12月…累计…") sums the year, "截止12月31日" before it or not
    if WHOLE_YEAR_SENTENCE.match(text, clause_start(text, m.start(), 120), m.start()):
        return True  # "全年通过局门户网站累计主动公开…1700余条": the sentence sums the whole year (a51)
    if years and (now := UNTIL_NOW.search(text, clause_bounds(text, m.start(), 80)[0], m.start())) \
            and int(now.group(1)) == years[0] and not RUNNING_WORDS.search(text, now.end(), m.end()):
        return True  # "截止目前2018年主动公开信息16条" in a 2018 report: the year so far, as 今年以来 (no 累计)
    if years and any(since_this_year(text, w.start(), years)
                     for w in START_WORD.finditer(text, clause_bounds(text, m.start(), 80)[0], m.start())):
        return True  # "自2020年1月起,…累计主动公开信息1416条" in a 2020 report: the year so far, as 今年以来
    if own_year_items(text, m, years):
        return True  # "累计主动公开2009年度政府信息28条" in a 2009 report: the running word sums the year's items
    if sums_channels_before(text, m):
        return True  # "…174条。…603条。…368条,累计发布政府信息1145条": the channels' counts added up (a40)
    if RUNNING_TOTAL.search(text, clause_bounds(text, m.start(), 80)[0], m.start()):
        return False  # "截至2022年底，累计公开…": the running total, whatever year it names
    if WHOLE_YEAR_LEAD.match(text, clause_bounds(text, m.start(), 80)[0]) \
            and ("累计" in m.group(0) or "总量" in m.group(0)):
        return True  # "全年通过门户网站…等渠道主动公开各类政府信息累计300余条": the sentence counts the year
    if re.search(r"\d{4}\s*年[^。]{0,12}累计", text[max(0, m.start() - 30):m.end()]):
        return True  # "2016年累计公开…" sums that year
    return bool(years and re.match(rf"\s*{years[0]}\s*年(?!\s*\d)", text[clause_bounds(text, m.start(), 80)[0]:])
                and not RUNNING_TOTAL.search(clause(text, m.start(), 80)))


# from a month on ("自2020年1月起", "自2020年1月1日起"): since_this_year tells the year so far from a running total
# (a year alone, "2018年以来累计…", stays a running total: F42)
START_WORD = re.compile(r"(?<=[月日])\s*起")
# the items of one year named after the running word ("累计主动公开2009年度政府信息28条"); not a year a total runs
# from ("累计公开2003年以来信息…")
OWN_YEAR_AFTER = re.compile(r"(?:累计|总计)[^。;,，\d]{0,8}?((?:19|20)\d{2})\s*年度?"
                            r"(?!\s*\d|[^。;,，]{0,4}?(?:以来|起|至))")


def own_year_items(text: str, m: re.Match, years: tuple[int, ...]) -> bool:
    """The running word before the count names the report's own year's items: "累计主动公开2009年度政府信息28条"."""
    own = OWN_YEAR_AFTER.search(text, clause_bounds(text, m.start(), 80)[0], m.end())
    return bool(own and years and int(own.group(1)) == years[0])


# up to now, then the report's own year named (_year_total): "截止目前2018年…", "截至目前,2018年度…"
UNTIL_NOW = re.compile(r"截[至止](?:到)?目前\s*[,，]?\s*((?:19|20)\d{2})\s*年")


# a phrase about the year before ("上一年度收到申请3件", "去年公开…"); 上年结转 is this report's own figure
# (nor 结转上年, the same words the other way round: a33)
PRIOR_YEAR = re.compile(r"(?<!结转)(?<!转结)(?:上一?年|去年|前年)(?!度?(?:结转|转结|同期))")


def about_prior_year(text: str, pos: int) -> bool:
    """The comma-bounded phrase up to `pos` speaks of the year before: "上一年度收到申请3件", "去年公开…"."""
    lead = text[max(0, pos - 40):pos]
    if "年" not in lead or "上" not in lead and "去" not in lead and "前" not in lead:
        return False  # (every match holds 年 and one of 上, 去, 前: 7 in 10 leads lack them, settled by four finds)
    return bool(PRIOR_YEAR.search(lead[last_of(lead, "。;!?\n,，") + 1:]))


def in_closed_bracket(text: str, at: int, start: int, end: int) -> bool:
    """Whether `at` lies inside a bracket that opens after `start` and closes before `end`."""
    return text.rfind("(", start, at) > text.rfind(")", start, at) and text.find(")", at, end) >= 0


def about_other_year(text: str, pos: int, years: tuple[int, ...], starts_ok: bool = False) -> bool:
    """The clause up to `pos` names a year, and none of the report's: "2010年度主动公开信息54条" in a 2011 report;
    or the phrase up to `pos` speaks of the year before (about_prior_year). With `starts_ok` (a running total), the
    year a total runs from ("2019年以来累计…", "自2015年起") is not another year."""
    if about_prior_year(text, pos):
        return True
    if not years:
        return False
    start = clause_start(text, pos, 80)
    if "年" not in text[start:pos]:
        return False
    # the phrase's own year first: "2011年我局没有收到申请,2010年共收到申请2件" gives 2010's count, whatever year
    # the sentence opened with
    phrase_start = last_of(text, ",，", start, pos) + 1
    said, own = set(), set()
    for m in YEAR_WORD.finditer(text, start, pos):
        if in_closed_bracket(text, m.start(), start, pos):
            continue  # "申请114件(含2019年结转18件),办结113件": the bracket's year is its own aside's (a35)
        if m.start() < phrase_start and OWN_PHRASE_COUNT.match(text, m.end(), phrase_start):
            continue  # "收到申请9695件,2020年结转312件,共办结9816件": the carried phrase's own year (a41)
        if not (starts_ok and (START_YEAR_AFTER.match(text, m.end()) or text[max(0, m.start() - 1):m.start()]
                               in ("自", "从"))):
            said.add(int(m.group(1)))
            if m.start() >= phrase_start:
                own.add(int(m.group(1)))
    if own:
        return not own & set(years)
    return bool(said) and not said & set(years)


# a phrase of last year's carried requests with its own count ("2020年结转312件,"): its year is that phrase's
OWN_PHRASE_COUNT = re.compile(r"(?:度)?(?:结转|转结)[^,，;；\d]{0,12}?\d+\s*(?:件|条|项)\s*[,，;；]")
START_YEAR_AFTER = re.compile(r"(?:\d{1,2}\s*月份?)?(?:\d{1,2}\s*日)?\s*(?:以来|起)")
# (and the year gone by: "一年以来,全县主动…公开信息11489条"; a38)
THIS_YEAR_SINCE = re.compile(r"(?:今年|本年|年初|全年|本年度|(?<![近几十数\d])一年)\s*$")


def since_this_year(text: str, pos: int, years: tuple[int, ...]) -> bool:
    """The 以来 at `pos` counts from the report's own year ("今年以来", "自2022年1月以来" in a 2022 report): the
    year so far, not a running total."""
    back = text[max(0, pos - 16):pos]
    if THIS_YEAR_SINCE.search(back):
        return True
    year = re.search(r"((?:19|20)\d{2})\s*年\s*(?:1\s*月份?\s*(?:1\s*日)?|初)?\s*$", back)
    return bool(year and years and int(year.group(1)) == years[0])


def running_total_word(text: str, start: int, end: int, years: tuple[int, ...]) -> bool:
    """A running-total word in text[start:end] (截至, 累计, 以来…), 以来 from the report's own year set aside."""
    return any(not (w.group() == "以来" and since_this_year(text, w.start(), years))
               for w in CUMULATIVE.finditer(text, start, end))


YEAR_END = re.compile(r"截[至止](?:到)?\s*(?:((?:19|20)\d{2})\s*年)?\s*(?:底|末|12\s*月)")


RUNNING_WORDS = re.compile(r"累计|总计|历年|近年|以来|至今")


# a channel's count in the paragraph ("通过政府信息公开网公开政府信息174条", "通过…公众号公开政府信息603条")
CHANNEL_ITEMS = re.compile(r"通过[^。;,，\n]{1,30}?(\d+)\s*条")


def _channels_summed(text: str, total: re.Match) -> list[re.Match]:
    """The channels' counts before `total` in its paragraph, when there are two or more and they add up to it."""
    value = to_int(total.group(1), total.group(2))
    start = text.rfind("\n", 0, total.start()) + 1
    counts = list(CHANNEL_ITEMS.finditer(text, start, total.start()))
    return counts if value is not None and len(counts) >= 2 and sum(int(c.group(1)) for c in counts) == value else []


def sums_channels_before(text: str, m: re.Match) -> bool:
    """"…174条。…603条。通过新媒体公开政务信息368条,累计发布政府信息1145条": a 累计 that adds up the channels'
    counts before it in its paragraph is the year's sum of them (the dev README: a 累计 summing the year's parts is
    the year's), no running total (a39)."""
    return bool(_channels_summed(text, m))


# the total closing a paragraph of channels' counts ("…,累计发布政府信息1145条"; "共计", "合计", "总计" alike)
CHANNELS_TOTAL = re.compile(rf"(?:累计|共计|合计|总计)[^。;,，\d\n]{{0,12}}?{N}\s*条")


def summed_after(text: str, m: re.Match) -> bool:
    """"通过…网公开政府信息174条。…603条。…368条,累计发布政府信息1145条": one channel's count whose paragraph closes
    with the sum of the channels' counts, the year's (sums_channels_before: that 累计 is no running total; a40)."""
    if text.rfind("通过", text.rfind("\n", 0, m.start()) + 1, m.start()) < 0:
        return False  # (no channel's count: most matches end here)
    totals = CHANNELS_TOTAL.finditer(text, m.end(), line_end(text, m.end(), 400))
    return any(c.start(1) == m.start(1) for total in totals for c in _channels_summed(text, total))


def only_year_end(lead: str, years: tuple[int, ...]) -> bool:
    """"2020年度(截止12月31日)我局…公开…121条": the lead's only running word bounds the report's year at its end
    (YEAR_END, no year or the report's), so the count is the year's (a40)."""
    found = list(CUMULATIVE.finditer(lead))
    return bool(found) and all((end := YEAR_END.match(lead, c.start())) is not None
                               and (end.group(1) is None or bool(years) and int(end.group(1)) == years[0])
                               for c in found)


def this_year_until(text: str, m: re.Match) -> bool:
    """"今年截至12月末,累计…发布各类信息13条": this year up to a day of it, its 累计 the year's sum, no running total
    (a39)."""
    return text.startswith(("截至", "截止"), m.start()) \
        and THIS_YEAR_SINCE.search(text, max(0, m.start() - 8), m.start()) is not None


def year_end_count(text: str, m: re.Match, years: tuple[int, ...]) -> bool:
    """"截至2022年12月31日，共主动公开…140余条" in a 2022 report: the year's count up to its last day, not a
    running total (a running total says 累计, 历年, 以来)."""
    end = YEAR_END.match(text, m.start())
    if end is None or RUNNING_WORDS.search(m.group(0)):
        return False
    return end.group(1) is None or bool(years) and int(end.group(1)) == years[0]


# a count for part of the year ("第一季度…36条", "上半年…", "1-6月…", "12月份…"); 按季度/每季度 is how often, not when
PART_OF_YEAR = re.compile(r"(?<![按每分])(?:[第前][一二三四1-4两]|[一二三四1-4])?季度(?!性)|[上下]半年"
                          # (not from January on, "自2019年1月份以来": the year so far; a40)
                          r"|(?<![\d\-—–~至到])(?!1\s*月份\s*(?:以来|起))\d{1,2}\s*月份"
                          r"|(?<![\d月日])(\d{1,2})\s*月?\s*[-—–~至到]\s*(\d{1,2})\s*月")
WHOLE_YEAR = re.compile(r"全年|本年度|年度内|一年来|全年度")
# a count for a part of the body: a sub-site or one named column ("在“乡村振兴”专题专栏发布…")
PART_OF_BODY = re.compile(r"二级网站|子网站|子站|专题专栏|专题栏目|专题网页|专题页面|[”\"」』]\s*(?:专栏|栏目|专题)"
                          # (the same named column with its closing quote lost: "六稳”“六保专栏共发布…96条")
                          r"|“[^”\"\s,，。;；]{1,6}(?:专栏|栏目|专题)"
                          # (a column named by the one kind it carries, quotes or none: "在规范性文件栏目发布文件38件",
                          # "在工作动态栏目发布…"; a33)
                          r"|(?:规范性文件|政策文件|工作动态|通知公告|政策解读|财政预决算|预决算|人事信息)(?:栏目|专栏)"
                          # "各单位、各学院在本单位网站发布…": each unit on its own site (not a body's own 本单位网站)
                          r"|各[^\s,，。;；]{0,6}(?:单位|学院|院系|部门|科室)[^。;；,，]{0,12}"
                          r"(?:本单位|本部门|各自)(?:的)?网站")
# a figure planned or aimed at, not done ("计划主动公开200条", "力争…不少于100条")
TO_BE_DISCLOSED = re.compile(r"[拟待](?:主动)?(?:公开|发布)")  # items still to go out
PLANNED = re.compile(r"计划|力争|争取|目标|预计|确保|不少于|不低于|至少")
# a difference, not a figure ("同比增长20条", "增加了30条")
DIFFERENCE = re.compile(r"(?:增长|增加|减少|下降|上升|提高|多|少)了?\s*$")
# a time limit, not a count ("自受理申请之日起15个工作日内")
TIME_AFTER = re.compile(r"(?:工作)?日|自然日|月|小时|天")


def part_of_year(text: str, pos: int) -> bool:
    """The sentence up to `pos` is about part of the year: a quarter, a half, a span of months that is not 1-12,
    one month ("12月份"), unless it also says it speaks of the whole year (全年, 本年度)."""
    near = text[max(0, pos - 300):pos]
    if "月" not in near and "季" not in near[-100:] and "半年" not in near[-100:]:
        return False  # most candidates: no month, quarter or half in reach (odd_window needs a 月 too)
    start = last_of(text, "。;!?\n", max(0, pos - 100), pos) + 1
    said = text[max(start, pos - 100):pos]
    if WHOLE_YEAR.search(said):
        return False
    for m in PART_OF_YEAR.finditer(said):
        if m.group(1) is None or (int(m.group(1)), int(m.group(2))) != (1, 12):
            return True
    return odd_window(text, pos)


# website-like channels and social channels, each phrase of a sentence judged on its own
WEBSITE = re.compile(r"网站|平台|门户|政务网|信息网")
SITE_NAMED = re.compile(r"网站|门户|政务网|信息网|政府网")  # (政府网: "通过某区政府网、某公众号…等方式")
SOCIAL = re.compile(rf"微信|微博|公众号|新媒体|客户端|抖音|快手|头条|视频号|政务号|{APP}")
PHRASE_COUNT = re.compile(rf"(?:公开|发布|更新|上传){W}{{0,16}}?{N}\s*(?:条|篇)")
# documents counted in 件 or 份: a sibling when the count is the candidate itself or names where they went
# ("通过办公系统发布文件共134份,通过网站发布信息940条"; not "印发并公开的规范性文件17件" beside a site's total)
DOCS_COUNT = re.compile(rf"(?:公开|发布|更新|上传){W}{{0,16}}?{N}\s*(?:件|份)")
DOCS_PLACE = re.compile(r"(?:在|通过|依托|利用)[^,，。;；]{0,24}(?:网|栏|门户|平台|系统|屏)")
# documents counted in 篇 ("发布规范性文件7篇" after "主动公开政府信息1203条"): documents as DOCS_COUNT's, a sibling
# only when they name where they went
DOCS_PIECES = re.compile(rf"文件{W}{{0,4}}?{N}\s*篇")
SITE_OR_COLUMN = re.compile(r"网站|门户|政务网|信息网|栏目|专栏")
# where items were put ("通过政务公开栏发布…共76条", "等栏目中，共发布…"): a count of one place, even with 共
PLACE = re.compile(r"网|栏|门户|平台|专题|窗口|屏")
TOTAL_WORD = re.compile(r"(?<![公])共(?![同享建])|合计|总计|累计|各类|全部")  # not 公共卫生


INCLUDED = re.compile(r"包括|包含")


def sibling_counts(text: str, pos: int) -> bool:
    """"通过公开平台公开信息93条，政府网站公开信息508条，微信公众号公开信息42条": counts of two places (sites,
    platforms, a field's pages) side by side and none called the total: neither is the year's figure. Side by side
    is within one clause, or two websites' counts across a ';'. Social channels beside one website do not count
    (the website's count stands for the total, as the labels take it), nor do the parts after 其中 (or after a 包括
    that follows the count), 解读/回应 counts or a running total; after a ';' a category's count ("…主动公开政府信息
    318条;细化公开预决算信息4条") is a list, not a sibling."""
    start = last_of(text, "。!?\n", max(0, pos - 200), pos) + 1
    ends = [e for e in (text.find(c, pos, pos + 200) for c in "。!?\n") if e >= 0]
    sentence = text[start:min(ends) if ends else min(len(text), pos + 200)]
    own = pos - start
    share = sentence.find("其中")
    if share < 0 and (listed := INCLUDED.search(sentence, own)):
        share = listed.start()  # "…32条,包括领导信息类1条、…": the parts of the count are listed after it
    if share >= 0:
        sentence = sentence[:share]
    at = 0
    sites, clauses, mine = 0, [], None
    placed = False  # whether a counted part names where it went (a site, a column, a screen)
    own_first = False  # whether the count is the clause's first, the body's own proactive items named by no place
    values: list[tuple[bool, int | None]] = []  # (whether it is the count's own part, the part's count)
    own_year = YEAR_WORD.search(sentence[last_of(sentence, ",;", 0, own) + 1:own])
    for n, clause_text in enumerate(sentence.split(";")):
        counts, seen = 0, ""
        for part in clause_text.split(","):
            here = at <= own < at + len(part) + 1
            at += len(part) + 1
            before, seen = seen, seen + part + ","
            if not (PHRASE_COUNT.search(part) or DOCS_COUNT.search(part) and (here or DOCS_PLACE.search(part))) \
                    or not here and DOCS_PIECES.search(part) and not DOCS_PLACE.search(part) \
                    or SOCIAL.search(part) or EXCLUDE_MATCH["proactive.new"].search(part) \
                    or not here and ATTRIBUTE_PART.search(part) \
                    or not here and (CUMULATIVE.search(part) or own_year and _other_year(part, own_year.group(1))
                                     or host_total_phrase(part) or NEWS_PART.search(part)):
                continue  # a social channel, a 解读 count, a running total (截至年底累计…), another year's count
                # ("2014年…公开206条,2013年…公开202条") or the host site's own total (host_site_total) is no sibling
            counts += 1
            site = bool(WEBSITE.search(part))
            sites += site
            placed = placed or PLACE.search(part) is not None
            if (c := PHRASE_COUNT.search(part) or DOCS_COUNT.search(part)) is not None:
                values.append((here, to_int(c.group(1), c.group(2))))
            if here:
                kind = one_category(part)  # one named kind of item: neither the total (共) nor the sum of what follows
                own_first = counts == 1 and not kind and OWN_PROACTIVE.search(part) is not None \
                    and not PLACE.search(part)
                if TOTAL_WORD.search(part) and not kinds_of_one_channel(part, before) and not kind \
                        and not outlets_total_after_own_count(part, before):
                    return False
                mine = (n, site, kind)
        clauses.append(counts)
    if mine is None:
        return False
    mine_value = next((v for own_part, v in values if own_part), None)
    if own_first and mine_value is not None and all(v is not None and v <= mine_value for _, v in values):
        # "主动公开信息23条,网站公开23条", "我局主动公开政府信息623条,网站更新各类信息604条": the body's own count,
        # named by no place, and no place's count above it: the places carried its items, none a second total (a41)
        return False
    if own_first and not placed:
        # "2023年,我办主动公开信息4521条,发布涉企政策举措60余条": the body's own proactive count first, no place named
        # by it or by the counts after it: those are items it picks out, not places beside it (a41)
        return False
    return (clauses[mine[0]] > 1 or mine[1] and sites > 1) and (mine[2] or not _parts_make_it(sentence, own))


# news items a site put out beside the body's disclosed information ("在政府门户网站上发布政务新闻共804条,主动公开
# 政府信息数共计449条"): no second place's count of it (a41)
NEWS_PART = re.compile(r"政务新闻|政务要闻|新闻稿件|新闻报道|新闻动态")
# the statutory verb of the year's items with what it counts ("主动公开信息4521条", "主动公开政府信息…"; a41)
# (公开 alone with the government's information named: "2010年度公开政府信息84条,在政务网站共主动公开…32条"; a53)
OWN_PROACTIVE = re.compile(r"主动公开(?:各类)?(?:政府|政务)?信息|公开(?:各类)?(?:政府|政务)信息")
# items by another way of going out ("…主动公开信息1470条,依申请公开信息37条"): no other place's count (a40)
ATTRIBUTE_PART = re.compile(r"依申请公开|(?:不予|免予|免于)公开")
PARTS_AFTER = re.compile(rf"{N}\s*(?:条|篇)")


def _parts_make_it(sentence: str, own: int) -> bool:
    """"主动公开信息10866条,公开概况类信息167条,公开政务动态类信息3371条,公开目录信息7328条": the counts that follow
    in the clause add up to the count at `own` exactly, so it is their total (no sibling of theirs)."""
    first = PARTS_AFTER.match(sentence, own)
    total = to_int(first.group(1), first.group(2)) if first else None
    if first is None or not total:
        return False
    stop = sentence.find(";", first.end())
    run, parts = 0, 0
    for p in PARTS_AFTER.finditer(sentence, first.end(), len(sentence) if stop < 0 else stop):
        value = to_int(p.group(1), p.group(2))
        if value is None:
            return False
        run, parts = run + value, parts + 1
        if run >= total:
            return run == total and parts >= 2
    return False


# outlets listed and closed by 等 before a total ("在区新闻网、区人大网等发布信息共计300多条")
OUTLETS_LISTED = re.compile(r"(?:在|通过|向)[^。;,，]{0,30}、[^。;,，]{0,30}等")


def outlets_total_after_own_count(part: str, before: str) -> bool:
    """The count's part totals outlets it lists ("在区新闻网、区人大网等发布信息共计300多条") after a count of the
    body's own that names no place ("本镇发布政府信息400多条,"): the outlets' total, one channel beside the whole."""
    if not OUTLETS_LISTED.search(part):
        return False
    return any(PHRASE_COUNT.search(p) and not PLACE.search(p) for p in before.split(",")[:-1])


# "同时通过…党政网、…led等媒体，公开发布政务服务各类信息500余条": 各类/全部 says what kinds of items, not that the
# count sums the channels; with its own channel named just before ("通过X等媒体"), the count is that channel's
OWN_CHANNEL_LEAD = re.compile(r"(?:同时|另外|此外|还|并)\s*(?:在|通过|利用|依托)[^。;,，]{0,30}"
                              r"(?:网|平台|媒体|栏|屏|号)[^。;]{0,4}$")


def kinds_of_one_channel(part: str, before: str) -> bool:
    """The count's part says only 各类/全部 (kinds of items, no sum: 共, 合计, 总计, 累计) and the clause just before
    it names a further channel of its own ("同时通过…等媒体，公开发布各类信息500余条")."""
    words = {m.group() for m in TOTAL_WORD.finditer(part)}
    return words <= {"各类", "全部"} and bool(OWN_CHANNEL_LEAD.search(before[-40:].rstrip(",，")))


VERB_THEN_COUNT = re.compile(rf"(?:公开|发布|更新|上传)了?((?:(?!公开|发布|更新|上传)[^\d])*?)\s*{N}\s*(?:条|篇)")
# what every item is: the whole of what was published, not one kind of it (and the count's own word after it,
# "主动公开政府信息数1066条", "信息数量为88条": the total named as a number; a53)
GENERIC_OBJECT = re.compile(r"(?:的)?(?:各类|各项|全部|相关|主动公开)?(?:的)?(?:政府|政务)?(?:工作)?(?:信息|文件)?"
                            r"(?:总数|数量|条数|数)?(?:为|达到?|是)?(?:共计?|合计|总计|累计)?")


def one_category(part: str) -> bool:
    """"全年共公开社会救助信息10条" beside "发布新闻动态3条,…": the 共 counts one kind of item (a named kind, not
    政府信息 or 各类信息, and no list of topics with 、 or 等), so the phrase is one of the list's items, not their
    total."""
    m = VERB_THEN_COUNT.search(part)
    if m is None:
        return False
    what = m.group(1)
    return not GENERIC_OBJECT.fullmatch(what) and "、" not in what and "等" not in what and len(what) >= 3


# what was published named as one kind of information ("经济服务管理信息"; not "政府信息", "的信息有", "各类…信息")
KIND_OBJECT = re.compile(r"((?:(?![的有为是共各我本该])[\u4e00-\u9fff]){2,8}?)类?信息")


def one_kind_on_a_site(phrase: str) -> bool:
    """"在政府门户网站上公开经济服务管理信息7条": a website's count of one named kind of information (no 各类, 共…)
    is that kind's, so it does not stand for the year's total where none follows."""
    m = VERB_THEN_COUNT.search(phrase)
    kind = KIND_OBJECT.fullmatch(m.group(1)) if m else None
    return kind is not None and not GENERIC_OBJECT.fullmatch(kind.group(1)) and not TOTAL_WORD.search(phrase)


def _other_year(part: str, year: str) -> bool:
    return any(y.group(1) != year for y in YEAR_WORD.finditer(part))


def social_only(text: str, m: re.Match) -> bool:
    """"依托微信公众号、视频号等平台，…，全年发布各类政务信息100余条": the sentence (or its clause after a ';':
    "…网站发布…2765条;…通过官方微博、官方微信等发布信息1500余条") names only social channels, so what they
    published is their count, not the year's (a count said to be 主动公开 still stands)."""
    start = last_of(text, "。;；!?\n", max(0, m.start() - 120), m.start()) + 1
    said = text[max(start, m.start() - 120):m.start()]
    return bool(SOCIAL.search(said)) and not SITE_NAMED.search(said) and "主动" not in m.group(0) \
        and not OTHER_MEDIA.search(said) \
        and not sums_channels_before(text, m)  # "利用…公众号、纸质媒体、网络平台及其它方式…公开…132条": every
    # channel; "…网…174条。…公众号…603条。通过微博…368条,累计…1145条": the channels added up (a40)


# channels besides the social ones and the websites: print, boards, broadcast, "other ways", "many channels"
OTHER_MEDIA = re.compile(r"纸质|报纸|报刊|公开栏|宣传栏|公示栏|公告栏|电视|广播|其[它他](?:方式|渠道|形式)"
                         r"|多种(?:渠道|方式|形式|途径)|网络平台|线下")


WIDER_AREA = re.compile(r"全(?:县|区|市|省|州|旗|盟)"
                        # "区政府共收到…申请66件,本街道收到2件" (not 县政府办公室, 区政府网站, 市政府门户…)
                        r"|[县区市省州](?:人民)?政府(?![办网门信])"
                        # "各乡镇、各部门全年共公开信息12000条,我局公开260条"
                        r"|各(?:乡镇|乡|镇|街道|部门|单位|县区|区县|县|区)[、,，和及]")
OWN_SHARE = re.compile(r"其中\s*(?:我|本)(?:镇|乡|街道|街|局|委|办|单位|部门|院|校)"
                       # the body's own count in a later phrase: "全县共受理…120件,我局受理5件"
                       r"|(?<![^,，\s])\s*(?:我|本)(?:镇|乡|街道|街|局|委|办|单位|部门|院|校)[^。;,，]{0,20}?\d+\s*(?:条|件|篇|项)")


def wider_area_total(text: str, m: re.Match) -> bool:
    """"全县共主动公开政府信息5600条，其中我镇公开86条" ("…,我局受理5件", "区政府共收到…66件,本街道收到2件"): the
    total of the area or government above the reporting body, its own count following — not the report's figure.
    So too a site's total that names no body of its own with the body's share after 其中 ("政府网站全年发布信息
    3600条,其中我镇信息公开专栏发布126条")."""
    head = last_of(text, "。;!?\n", max(0, m.start() - 60), m.start()) + 1
    stop = min((e for e in (text.find(c, m.end(), m.end() + 80) for c in "。;!?\n") if e >= 0), default=m.end() + 80)
    if not WIDER_AREA.search(text, head, m.start(1)):
        return bool(SITE_NAMED.search(text, head, m.start(1)) and not BODY_OWN.search(text, head, m.start(1))
                    and OWN_SHARE_AFTER.match(text, m.end()))
    return bool(OWN_SHARE.search(text, m.end(), stop))


BODY_OWN = re.compile(r"(?:我|本)(?:镇|乡|街道|街|局|委|办|单位|部门|院|校|机关|中心)")
# the body's share said right after a count: ",其中我镇信息公开专栏发布126条"
OWN_SHARE_AFTER = re.compile(r"\s*[,，]\s*其中\s*(?:我|本)(?:镇|乡|街道|街|局|委|办|单位|部门|院|校|机关|中心)"
                             r"[^。;,，]{0,20}?\d+\s*(?:条|件|篇|项)")


# a count up to a day short of the year's end ("截至2024年12月13日", "截止11月底"): part of a year, not the year's
UNTIL_DAY = re.compile(r"截[至止]到?\s*(?:(?:19|20)\d{2}\s*年)?\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末|份)?")
# what was reported to a higher body ("报送信息132条", "上传信息132条，被录用18条"), not what the body published
UPWARD_BEFORE = re.compile(r"报送|上报|向上级|采用|录用|采纳")  # (and "市政府网站共采用672条")
UPWARD_AFTER = re.compile(r"录用|采用|采纳|刊用|刊发|刊登")


def until_a_day(text: str, pos: int, share: bool = False) -> bool:
    """The sentence up to `pos` counts up to a named day before 31 December: "截至2024年12月13日，…公开474条". The
    year's share named as such after a running total up to a day in December ("截至12月30日,…累计…615条,今年新增94
    条", `share`) is the year's."""
    start = clause_start(text, pos, 100, "。!?\n")
    return any(int(d.group(1)) < 12 or not share and d.group(2) is not None and int(d.group(2)) < 31
               for d in UNTIL_DAY.finditer(text, start, pos))


def reported_upward(text: str, head: int, m: re.Match) -> bool:
    """The phrase sends the items up (报送, 上报, 向上级…) or the sentence goes on to say how many were taken up
    (被录用18条): a count of information reported to a higher body."""
    ends = [e for e in (text.find(c, m.end(), m.end() + 40) for c in "。;!?\n") if e >= 0]
    own = text.rfind("主动公开", head, m.start(1))  # the body's own verb nearer the count than an upward word: the
    # count is what it disclosed ("经门户网站、信息报送、公开栏等渠道主动公开信息27条": 报送 names one channel)
    if UPWARD_BEFORE.search(text, own + len("主动公开") if own >= 0 else head, m.start(1)):
        return True
    # (what a higher site took up of the items the body put on its own portal does not make them sent up:
    # "通过区门户网站发布信息4583条,…,市政府网站共采用672条")
    return bool(UPWARD_AFTER.search(text, m.end(), min(ends) if ends else m.end() + 40)) \
        and not SITE_NAMED.search(text, clause_start(text, m.start(), 100, "。;!?\n"), m.start(1))


def stated_total(text: str, m: re.Match, phrase: str) -> bool:
    """"全年共主动公开政府信息1200条" after "通过政府网站公开信息85条": a total (共, 合计, 各类…) whose sentence
    names no place the items were put in."""
    start = clause_start(text, m.start(), 100, "。!?\n")
    if SHARE_DISCLOSED.search(phrase) or DISCLOSURE_ITEMS_SHARE.search(text, max(start, m.start() - 16), m.end()):
        return True  # "通过门户网站发布信息4583条,其中主动公开各类政府信息2107条": the disclosed part is the year's
        # (and "…发布各类信息8632条,其中,发布政府信息公开信息共399条": the items of the disclosure work)
    own = text[clause_start(text, m.start(), 30, "。!?\n,，、;；"):m.start(1)]
    if TOTAL_OPENING.match(own.lstrip()):
        return True  # "…网站更新信息14条,政务新媒体更新486条、全年总计更新主动公开信息500条": the list's closing total
    totals = [t.group(0) for t in TOTAL_WORD.finditer(phrase)]
    if totals == ["各类"] and EACH_KIND.search(phrase):
        return False  # "发布艾滋病、健康生活方式等各类宣传信息4条": every kind of one sort of item, no total (a40)
    return bool(totals) and not PLACE.search(text, start, m.start(1))


# 各类 before a sort of item ("各类宣传信息"), not before the items as a whole ("各类政府信息")
EACH_KIND = re.compile(r"各类(?!(?:的)?(?:政府|政务|工作|公开)?信息)[\u4e00-\u9fff]{1,6}信息")
# the words that open a list's closing total in its own clause (a39)
TOTAL_OPENING = re.compile(r"(?:全年|本年度?)?(?:总计|合计|共计)")


SHARE_DISCLOSED = re.compile(r"其中\s*[:：,，]?\s*(?:属于)?" + SHARE_PLACE + DISCLOSED_WHOLE)
# the disclosed share right after a count (",其中主动公开政府信息496条"): that count is of everything issued, publicity
# included, and the share is the year's (F30; a count itself said 主动公开 stays the whole)
SHARE_AFTER = re.compile(r"\s*[,，]\s*" + SHARE_DISCLOSED.pattern)


def whole_before_disclosed_share(text: str, m: re.Match) -> bool:
    """"共对外发布信息542条,其中:门户网站上主动公开政府信息496条,…媒体发布宣传信息46条": the count before the share
    said 主动公开 is everything issued, not the items disclosed (a24-blind-figures)."""
    head = clause_start(text, m.start(), 40, "。;!?\n,，")
    return "主动公开" not in text[head:m.end()] and SHARE_AFTER.match(text, m.end()) is not None


DISCLOSURE_ITEMS_SHARE = re.compile(r"其中\s*[,，]?\s*(?:发布|公开)?(?:的)?(?:政府)?信息公开(?:类)?信息")


# a government's site as the subject of its own count ("县政府门户网站全年共发布信息12000余条", "该平台全年共公开…")
HOST_SITE = re.compile(r"\s*(?:全年|本年度?|今年|(?:19|20)\d{2}\s*年度?)?\s*(?:该|此|上述)(?:网站|平台|门户)"
                       r"|\s*(?:全年|本年度?|今年|(?:19|20)\d{2}\s*年度?)?\s*[^\s,，。;；在通过]{0,8}?[县区市省州旗](?:人民)?政府"
                       r"(?:门户网站|网站|门户网|门户|政务网|信息公开平台|信息公开网|网)")
# the body's own count beside it: in its own voice, or put on a site ("在县政府门户网站发布信息56条")
OWN_SITE_COUNT = re.compile(rf"(?:(?:我|本)(?:局|委|办|镇|乡|街道|街|单位|部门|院|校|中心|所)|(?:在|通过|依托|利用))"
                            rf"{W}{{0,30}}?(?:公开|发布|上传|报送)?{W}{{0,12}}?{N}\s*(?:条|篇)")


def host_total_phrase(phrase: str) -> bool:
    """The phrase opens with a government's site (or 该平台) as its subject and counts all of it (共, 累计…):
    "县政府门户网站全年共发布信息…" — not "区政府网站公开信息402条", one channel of several."""
    return bool(HOST_SITE.match(phrase) and TOTAL_WORD.search(phrase))


def host_site_total(text: str, m: re.Match) -> bool:
    """"全年在县政府门户网站发布信息56条,县政府门户网站全年共发布信息12000余条": the count of a higher government's
    site (or of "该平台"), its subject, beside the body's own count there — the host's total over every body it
    carries, not the report's figure."""
    head = clause_start(text, m.start(), 60, "。;!?\n,")
    if head > m.start(1) or not host_total_phrase(text[head:m.start(1)]):
        return False
    lo = clause_start(text, head, 200, "。!?\n")
    lo = clause_start(text, max(0, lo - 1), 200, "。!?\n") if lo > 0 else lo  # and the sentence before
    hi = _sentence_stop(text, m.end())
    return any(o.start() != m.start() and not (o.start() <= m.start(1) < o.end())
               for o in OWN_SITE_COUNT.finditer(text, lo, hi))


# "在主动公开的信息中,政务信息公开指南1条,占8%;…": what follows "among the items" are their parts
AMONG_ITEMS = re.compile(r"(?:信息|文件)中\s*[,，:：]")
CATCH_ALL_ITEM = re.compile(r"\s*其[他它]")
COUNT_BEFORE_ITEM = re.compile(r"\d\s*(?:余|多)?\s*(?:条|件|篇)")


# a numbered item of a list that opens with a column's name in quotes and a colon: that column's count
COLUMN_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.、．]|[(（][\d一二三四五六七八九十]{1,2}[)）]|[①-⑩])\s*"
                         r"[“\"「『][^”\"」』\n]{1,20}[”\"」』](?:栏目|专栏)?\s*[:：]")
# "主动公开政府信息:政策文件12件,工作动态56条,…": a kind's label after the colon, right before its count
LABEL_AFTER_COLON = re.compile(r"[:：]\s*([^\d:：,，、;；。]{1,12})$")
NOT_A_KIND = re.compile(r"共|合计|总计|累计|各类|全部|数|量|为|达|有|网|栏|台|号|屏|发布|公开|更新|上传|推送")
COUNT_AFTER_ITEM = re.compile(r"\s*[,，、;；]\s*[^\d,，、;；。]{1,12}?\d+\s*(?:余|多)?\s*(?:条|件|篇|项)")


def item_of_a_list(text: str, m: re.Match) -> bool:
    """One item of a list of kinds, not the year's count: a count after "在…信息中," (the parts of the items), the
    first of kinds listed after a colon ("主动公开政府信息:政策文件12件,工作动态56条,通知公告8篇"), or a
    catch-all (其他…3条) closing a sentence whose earlier clauses counted other kinds ("类别…为机构职能类信息1条,
    业务公文类0条,其他应当主动公开的政府信息3条"), or a numbered item named by its column in quotes
    ("1.“政府信息公开目录”:发布各类文件204件"): the kinds are listed, their total is not stated."""
    if AMONG_ITEMS.search(text, m.start(), m.start(1)):
        return True
    if COLUMN_ITEM.match(text, last_of(text, "\n", max(0, m.start() - 60), m.start()) + 1):
        return True
    label = LABEL_AFTER_COLON.search(text, max(0, m.start(1) - 16), m.start(1))
    if label and not NOT_A_KIND.search(label.group(1)) and COUNT_AFTER_ITEM.match(text, m.end()):
        return True
    own = clause_start(text, m.start(1), 40, "。;!?\n,，、")
    if not CATCH_ALL_ITEM.match(text, own):
        return False
    sentence = clause_start(text, own, 200)
    return COUNT_BEFORE_ITEM.search(text, sentence, own) is not None


# a total that closes a sentence listing kinds with their counts: "主动公开文件类信息12件、动态类信息45条,共计57条"
CLOSING_TOTAL = led(rf"(?:共计|合计|总计)\s*{N}\s*(?:条|篇|件)(?=\s*(?:[。;；\n]|$))")
CLOSING_LEAD = re.compile(r"[,，;；]\s*$")


def closes_a_list(text: str, m: re.Match) -> bool:
    """The sentence of `m` ends in a larger total after a count of another kind: `m` is one of the kinds it sums
    (a total restated at the end, "公开信息560条,…,共计560条", is not)."""
    total = CLOSING_TOTAL.search(text, m.end(), _sentence_stop(text, m.end()) + 1)
    if total is None:
        return False
    own, whole = to_int(m.group(1), m.group(2)), to_int(total.group(1), total.group(2))
    return own is not None and whole is not None and own < whole \
        and CLOSING_LEAD.search(text, m.end(), total.start()) is not None \
        and COUNT_BEFORE_ITEM.search(text, m.end(), total.start()) is not None


# the parts of a count after its 其中, in its sentence or the next one ("…420条,完成任务。其中重点工作186条,…")
PARTS_SHARE = re.compile(r"[^。;!?\n]{0,60}?[。,，]\s*其中\s*[:：,，]?")


def parts_after_make_it(text: str, m: re.Match) -> bool:
    """"主动公开政务动态类信息420条,…。其中重点工作186条,文化体育5条,…,其他信息91条": the parts listed after the
    count's 其中 add up to it exactly, so the kind named is the whole of what was disclosed (a24-blind-figures)."""
    share = PARTS_SHARE.match(text, m.end())
    if share is None:
        return False
    stop = _sentence_stop(text, share.end())
    return _parts_make_it(text[m.start(1):stop], 0)


def _closing_total(text: str, win: tuple[int, int], years: tuple[int, ...]) -> Fact | None:
    """The year's items as the total closing a list of kinds, after 主动公开 in the sentence ("主动公开政府信息情况
    如下:公开政策文件8件,工作动态52条,合计60条"): no channel, running total, request, other year or wider area."""
    for m in CLOSING_TOTAL.finditer(text, win[0], win[1]):
        start = clause_start(text, m.start(), 200)
        said = text[start:m.start()]
        if not CLOSING_LEAD.search(said) or "主动公开" not in said or len(COUNT_BEFORE_ITEM.findall(said)) < 2 \
                or CHANNEL["proactive.new"].search(said) or CUMULATIVE.search(said) or "申请" in said \
                or WIDER_AREA.search(said) or about_other_year(text, m.start(), years) or part_of_year(text, m.start()):
            continue
        value = to_int(m.group(1), m.group(2))
        if value is not None:
            return Fact(value, snippet(text, start, m.end()))
    return None


# the next clause disclosing another kind with its own verb and count: "主动公开文件9份,主动公开工作要点12份"
# (and 发布 with a list of kinds: "…民生信息2632条;发布价格与收费、…公共监管信息833条"; a40)
_KIND_SAID = r"([^\d,，、;；。]{1,12}?|[^\d,，;；。]{1,50}?、[^\d,，;；。]{1,30}?)"  # one kind, or a list of kinds
KIND_WITH_VERB_AFTER = re.compile(rf"\s*[,，、;；]\s*(?:并|还|另|同时)?(?:主动公开|发布)了?{_KIND_SAID}\s*{N}\s*"
                                  r"(?:条|件|篇|份|项|个)")
# what was disclosed said as the whole: (各类)政府信息, not one kind (文件, 工作要点)
# (and the statutory items by their name, "发布法定主动公开内容1208条": a23's year's count)
WHOLE_OBJECT = re.compile(r"(?:的)?(?:各类|各项|全部|相关)?(?:的)?(?:政府|政务)?(?:工作)?信息(?:共计?|合计|总计|累计)?"
                          r"|法定主动公开(?:的)?(?:内容|信息)")
KIND_WITH_VERB_BEFORE = re.compile(rf"(?:主动公开|发布)了?{_KIND_SAID}\s*{N}\s*(?:条|件|篇|份|项|个)\s*[,，、;；]"
                                   r"\s*(?:并|还|另|同时)?$")
DISCLOSED = re.compile(r"^(?:主动公开|主动发布|公开发布|发布|公开|公布|编发|公示)")


TOPICS_OF_WHOLE = re.compile(r"等(?:各类|各项|方面|领域)(?:的)?(?:政府|政务)?(?:信息|内容)?$")


def _one_kind(said: str) -> bool:
    """What was disclosed names one kind (文件, 工作要点), not the whole (各类政府信息), a total (共…) nor the topics of
    the whole ("森林防火、林木采伐等方面信息": a15; "…等公共资源配置信息" is one kind, a40)."""
    return not WHOLE_OBJECT.fullmatch(said) and not TOTAL_WORD.search(said) and not TOPICS_OF_WHOLE.search(said)


def one_of_kinds_disclosed(text: str, m: re.Match) -> bool:
    """A count of one kind beside another kind with its own 主动公开 and count ("今年来,主动公开文件9份,主动
    公开工作要点12份"): kinds side by side and no total, so none is the year's count (F7; F21's one kind holds
    when nothing else is said). A whole beside a kind ("主动公开政府信息120条,主动公开政策解读5条") stays."""
    phrase = text[m.start():m.start(1)]
    if not DISCLOSED.match(phrase):  # a match that opens at the noun ("信息2632条"): its verb is further back
        said = text[clause_start(text, m.start(1), 80, "。;!?\n,，;；"):m.start(1)]
        verb = max(said.rfind("主动公开"), said.rfind("发布"))
        phrase = said[verb:] if verb >= 0 else phrase
    own = DISCLOSED.sub("", phrase).strip()
    if not _one_kind(own):
        return False
    after = KIND_WITH_VERB_AFTER.match(text, m.end())
    if after is not None and _one_kind(after.group(1)):
        return True
    own_start = clause_start(text, m.start(1), 40, "。;!?\n,，、;；")
    # (the kind before may end with a ";": "…民生信息232条;发布…83条"; a40)
    before = KIND_WITH_VERB_BEFORE.search(text, clause_start(text, own_start, 80, "。!?\n"), own_start)
    return before is not None and _one_kind(before.group(1))


def not_the_years_own(text: str, m: re.Match, proactive: bool) -> bool:
    """A count the sentence gives for something other than the body's year: a difference (同比增长20条), part of
    the year, a plan (计划公开200条, 力争…不少于100条); for proactive items also requests (依申请公开…5件), part of the
    body (二级网站, “某”专栏), two places side by side, social channels alone, a wider area's total. Checked last, on
    a candidate every cheaper test has let through."""
    if DIFFERENCE.search(text, max(0, m.start(1) - 6), m.start(1)) or part_of_year(text, m.start(1)):
        return True
    head = clause_start(text, m.start(), 40, "。;!?\n,")
    if PLANNED.search(text, head, m.start(1)):
        return True
    if proactive and TO_BE_DISCLOSED.search(text, clause_start(text, m.start(1), 40, "。;!?\n,，"), m.start(1)):
        return True  # "审核拟公开信息620条": items checked before they go out, not items disclosed
    return proactive and ("申请" in text[head:m.start(1)] or answers_by_outcome(text, m)
                          or part_of_body(text, head, m.start(1))
                          or sibling_counts(text, m.start(1)) or social_only(text, m) or wider_area_total(text, m)
                          or until_a_day(text, m.start(1), _years_share(m.group(0), ()))
                          or reported_upward(text, head, m)
                          or host_site_total(text, m) or item_of_a_list(text, m) or closes_a_list(text, m)
                          or one_of_kinds_disclosed(text, m) or whole_before_disclosed_share(text, m)
                          or catalogue_items(text, m))


# the answers to requests sorted by what they were ("共答复30件,…同意公开6件,…不属于本行政机关公开信息1件")
ANSWER_OUTCOMES = re.compile(r"同意(?:部分)?公开|部分公开|不予公开|不同意公开|(?:答复|回复)\s*\d+\s*件")


def answers_by_outcome(text: str, m: re.Match) -> bool:
    """A count in 件 whose sentence, before it, counts the answers to requests or sorts them by outcome: one
    outcome's count ("不属于本行政机关公开信息1件"), not items disclosed; answers as a kind of item ("对人大建议…的
    答复等政府信息19件") are disclosed items (a53)."""
    return m.group(0).rstrip().endswith("件") \
        and ANSWER_OUTCOMES.search(text, clause_start(text, m.start(), 160, "。!?\n"), m.start()) is not None


# "主动公开的信息共16类50项", "《清单》要求公开事项共10大类50项,我校已公开40项…需进一步公开的10项": the items of a
# catalogue or of the schools' checklist (10 classes, 50 items), counted in 项, not the items the year disclosed (a41)
KINDS_THEN_ITEMS = re.compile(r"\d+\s*(?:个)?大?类\s*$")
CHECKLIST_SENTENCE = re.compile(r"清单|大类")


def catalogue_items(text: str, m: re.Match) -> bool:
    if not m.group(0).rstrip().endswith("项"):
        return False
    if KINDS_THEN_ITEMS.search(text, max(0, m.start(1) - 8), m.start(1)):
        return True
    start = last_of(text, "。!?\n", max(0, m.start() - 200), m.start()) + 1
    return CHECKLIST_SENTENCE.search(text, start, m.start(1)) is not None


# the body's own disclosure column, quoted ("在区政府网站“政府信息公开专栏”主动公开…18条"): all it disclosed, no part
DISCLOSURE_COLUMN = re.compile(r"(?:政府|政务)?(?:信息公开|政务公开)[”\"」』]?\s*(?:专栏|栏目)$")


def part_of_body(text: str, lo: int, hi: int) -> bool:
    """A part of the body (二级网站, a column named in quotes…) before the count, not the disclosure column (a40)."""
    return any(not DISCLOSURE_COLUMN.search(text, max(lo, p.start() - 8), p.end())
               for p in PART_OF_BODY.finditer(text, lo, hi))


def _verb_before_list(text: str, lo: int, pos: int, needs: re.Pattern) -> bool:
    """"主动公开涉及疫情防控、社会救助、…、安全生产等方面信息423条": the verb before a long list of what the items
    are about, farther back than the usual phrase (within the clause, 100 characters)."""
    start = max(lo, pos - 100)
    lead = text[start:pos]
    lead = lead[last_of(lead, "。;!?\n,") + 1:]
    return "、" in lead and "等" in lead and bool(needs.search(lead))


# how far back from a match its tests read within the window (_verb_before_list's 100; the lead's 40, the running
# total's 12): a match further in than this is judged the same in any window that holds it
WINDOW_REACH = 100

# Characters that no part of a PATTERNS or ZERO_KEYS pattern can match, lookarounds included (W stops at them; the
# words, digits, numerals and spaces never hold them: tests/test_counts_resume.py walks every pattern). A match
# holds none, and an attempt that starts before one reads no further than it: what a scan finds before a stop does
# not depend on where the scan's window ends after it.
STOPS = "。;"


def _stretch(text: str, lo: int, hi: int) -> tuple[int, int]:
    """(first, last): in the part text[lo:hi], the first stop at least WINDOW_REACH - 1 in and the last stop; (-1, -1)
    when there are not two, or they are less than MIN_STRETCH apart. A match that starts between them is the part's
    own scan's (both scans search on from just after `first`, and up to `last` neither reads beyond it), and starts
    at least WINDOW_REACH in."""
    first = -1
    for c in STOPS:
        at = text.find(c, lo + WINDOW_REACH - 1, hi if first < 0 else first)
        if at >= 0:
            first = at
    last = last_of(text, STOPS, first + 1, hi) if first >= 0 else -1
    return (first, last) if last - first >= MIN_STRETCH else (-1, -1)


MIN_STRETCH = 200  # a shorter stretch saves less than the scan it splits costs


def _pieces(text: str, spans: dict[str, tuple[int, int]], sections: tuple[str, ...]) -> list[tuple[int, int]]:
    """The whole text as the windows a scan of it reads, less the stretches (_stretch) of the parts `sections`:
    (0, first + 1), (last + 1, next first + 1), …, (last + 1, len(text)). Scanned one after the other they find
    regex.finditer(text)'s matches less those that start inside a stretch: the scan reaches the stretch's first
    stop, and goes on from just after its last one. [] when nothing is left out."""
    skips = []
    for section in sections:
        if section in spans:
            first, last = _stretch(text, spans[section][0], spans[section][1])
            if first >= 0:
                skips.append((first, last))
    if not skips:
        return []
    skips.sort()
    pieces, pos = [], 0
    for first, last in skips:
        if first >= pos:  # (not one that overlaps the one before it)
            pieces.append((pos, first + 1))
            pos = last + 1
    pieces.append((pos, len(text)))
    return pieces


def _scanned(regex: re.Pattern | Led | ByOpening, text: str, pieces: list[tuple[int, int]]) -> Iterator[re.Match]:
    """regex.finditer over each of `pieces` in turn (a helper: a comprehension in the caller would make its
    variables cells)."""
    scans = []
    for start, end in pieces:
        scans.append(regex.finditer(text, start, end))
    return chain.from_iterable(scans)


def _number_match(text: str, fact: str, win: tuple[int, int], years: tuple[int, ...] = (),
                  rejected: set[tuple[int, tuple[tuple[int, int], ...]]] | None = None,
                  pieces: list[tuple[int, int]] | None = None) -> Fact | None:
    """The fact's first count in `win` that every test lets through. `rejected` (kept by count_facts across the
    windows of one fact) holds the matches (pattern, spans of the match and its groups) an earlier window turned
    down for good — by a test that reads no more of the window than WINDOW_REACH before the match and keeps no
    state (not the website-count rule): the whole text, scanned after a part, does not judge them again. `pieces`
    (with `rejected`, for the whole text after its parts): the whole text less stretches of those parts whose every
    match is in `rejected` (_pieces), read instead of `win`."""
    exclude_clause, exclude_match, channel = GUARDS[fact]
    proactive = fact == "proactive.new"
    site_count = None  # a website's or column's count: the year's only where no total is stated after it
    # the gazette's or the press's count alone in its sentence: the year's only where no website count is given
    # either ("1.通过门户网站主动公开1945条信息 … 4.通过《某市人民政府公报》发布信息6条": the website's; a39)
    press_count = None
    # a request count one channel took in ("通过政务公开专区接收…申请12件"): the year's only where no other is given
    channel_count = None
    scans = COMPILED_SCANS[fact]
    for i, (_, needs, plan) in enumerate(COMPILED_WITH_NEEDS[fact]):
        if not _holds(text, win, plan):
            continue
        scan = scans[i]
        for m in _scanned(scan, text, pieces) if pieces and rejected is not None \
                else scan.finditer(text, win[0], win[1]):
            key = (i, m.regs)
            if rejected is not None:
                if key in rejected:
                    continue
                if m.start() - WINDOW_REACH >= win[0]:
                    rejected.add(key)  # taken back below if it is not turned down for good
            found = _judged(text, fact, win, years, m, proactive, exclude_clause, exclude_match, channel, needs)
            if found is None:
                continue
            if rejected is not None:
                rejected.discard(key)
            value, said = found
            if proactive:
                phrase = lead_of(text, win[0], m) + m.group(0)
                if site_count is None and SITE_OR_COLUMN.search(phrase):
                    if not one_kind_on_a_site(phrase):
                        site_count = Fact(value, snippet(text, m.start(), m.end()))
                    continue
                if site_count and not stated_total(text, m, phrase):
                    continue  # after a website's count, only a stated total stands for the year
                if PRESS.search(phrase) and not LISTED.search(phrase):
                    press_count = press_count or Fact(value, snippet(text, m.start(), m.end()))
                    continue
            if fact == "requests.received" \
                    and INTAKE_CHANNEL.search(text, clause_start(text, m.start(), 30, "。;!?\n,，"), m.start()):
                channel_count = channel_count or Fact(value, snippet(text, m.start(), m.end()))
                continue
            return Fact(value, snippet(text, m.start(), m.end()))
    return site_count or press_count or channel_count


def _the_years_requests(text: str, m: re.Match) -> bool:
    """Whether a received match counts the year's requests, not another thing after their noun or a part of them
    (a38)."""
    noun = text.rfind("申请", m.start(), m.start(1))
    between = text[noun + 2:m.start(1)] if noun >= 0 else ""
    if ("," in between or "，" in between) and ANOTHER_COUNTED.search(between):
        return False  # "依法办理政府信息公开申请,全年公示行政许可1097件": the count after the comma is another's
    if not text.startswith("申请", m.start()):
        return True
    # "申请人主动撤销申请42件": those withdrawn; "公民个人提出申请62件,…;法人或其他组织提出申请2件": one kind of
    # applicant's; "共收到4件信息公开申请,其中网络申请2件,信函申请2件": parts after 其中 (which may stand apart with
    # ;: "其中,通过信函提交申请的6件,…;当面提交申请的7件,…")
    return not (WITHDRAWN_BEFORE.search(text, max(0, m.start() - 4), m.start())
                or _one_kind_of_applicant(text, clause_start(text, m.start(), 20, "。;!?\n,，"), m.start())
                or text.find("其中", clause_start(text, m.start(), 80, "。!?\n"), m.start()) >= 0)


def _one_kind_of_applicant(text: str, lo: int, hi: int) -> bool:
    """A kind of applicant in text[lo:hi] ("公民个人提出申请62件"), not the public and the organisations together
    ("公民、法人提交的政府信息公开申请17件" is everyone's; a54)."""
    kinds = APPLICANT_KIND.findall(text, lo, hi)
    return bool(kinds) and not ("公民" in kinds and "法人" in kinds)


def _other_items_count(text: str, m: re.Match) -> bool:
    """Another count of items (N条) in the sentence of `m`, outside it."""
    start = last_of(text, "。!?\n", max(0, m.start() - 200), m.start()) + 1
    ends = [e for e in (text.find(c, m.end(), m.end() + 200) for c in "。!?\n") if e >= 0]
    end = min(ends) if ends else min(len(text), m.end() + 200)
    return any(not (m.start() <= c.start() < m.end()) for c in ITEMS_COUNT.finditer(text, start, end))


def lead_of(text: str, lo: int, m: re.Match) -> str:
    """The clause before a match, within the window from `lo` and 40 characters."""
    lead = text[max(lo, m.start() - 40):m.start()]
    return lead[last_of(lead, "。;!?\n,") + 1:]


LISTED = re.compile(r"等|、|和|及|与")  # several channels named: their total
# a list closed by 等 ("政府公报、区政府行政规范性文件、政府会议信息等"): what its total covers
LIST_CLOSED = re.compile(r"[^、,，。;；]*(?:、[^、,，。;；]*)+等")
# "公开政策文件、工作动态、通知公告等各类信息…": kinds listed and closed by 等, the count after them is their total
# (the whole's noun may follow: "…、政府会议信息等政府" before "信息 11000余条"; a40)
KINDS_LISTED = re.compile(r"、[^、,，。;]{1,10}等(?:各类|各项|方面)?(?:的)?(?:政府|政务)?$")
# the same list inside the match, its total word right before the count ("…、政府采购、公益事业建设事项等共计80余条")
LIST_TOTAL = re.compile(r"、[^、,，。;]{1,14}等(?:各类|方面)?(?:的)?(?:政府|政务)?(?:信息|内容|事项)?"
                        r"\s*(?:共计|合计|总计|共)\s*$"
                        # (and after a comma, what the list is of between: "…、工作动态等9大项的相关政府信息,共计118条";
                        # a51)
                        r"|、[^、,，。;]{1,14}等[^、,，。;]{0,12}?(?:信息|内容|事项)\s*[,，]\s*(?:共计|合计|总计)\s*$")


# a next year named by its number after 转至 ("…转至2026年办理2件"; a54)
INTO_NAMED_YEAR = r"转(?:至|到|入)\s*(?:19|20)\d{2}\s*年(?:度)?"
# the next year right before a verb of handling ("…下年度办理1件", "次年继续办理", INTO_NAMED_YEAR): what is left to do
NEXT_YEAR_BEFORE = re.compile(rf"(?:(?:下|次)(?:一)?年(?:度)?|{INTO_NAMED_YEAR})(?:继续)?\s*\Z")
# a bracket after a count that says it holds earlier years' items ("(此数含2008年以来所有主动公开信息数)")
SINCE_YEAR_BRACKET = re.compile(r"\s*[(（][^()（）]{0,8}?(?:含|包括)[^()（）]{0,12}?(?:19|20)\d{2}\s*年(?:以来|至今)")
# a character of a word right after a count's unit: the unit is the noun's classifier ("一项重要措施")
NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]")


def _judged(text: str, fact: str, win: tuple[int, int], years: tuple[int, ...], m: re.Match, proactive: bool,
            exclude_clause: re.Pattern | None, exclude_match: re.Pattern | None, channel: re.Pattern | None,
            needs: re.Pattern | None) -> tuple[int, str] | None:
    """(value, what was said) of a match every stateless test lets through (_number_match's tests but the
    website-count rule), else None."""
    if fact == "proactive.cumulative" and ((text.startswith("以来", m.start()) or START_WORD.match(text, m.start()))
                                           and since_this_year(text, m.start(), years) or year_end_count(text, m, years)
            or this_year_until(text, m) or own_year_items(text, m, years) or sums_channels_before(text, m)
            or WHOLE_YEAR_SUM.search(text, max(0, m.start() - 6), m.end())
            or channel_since_opening(text, m.start(1)) or social_running_total(text, m)):
        return None  # the year's sum ("全年累计…"), or a column's or an account's since it opened
    if exclude_clause and exclude_clause.search(clause(text, m.start(), 60)):
        return None
    if COUNTED_THING_AFTER.match(text, m.end()) or COLUMNS_BETWEEN.search(text, m.start(), m.start(1)) \
            or text[m.end() - 1] == "个" and (TIME_AFTER.match(text, m.end()) or m.group(1) == "一") \
            or text[m.end() - 1] == "项" and m.group(1) == "一" and NOUN_AFTER.match(text, m.end()):
        return None  # 通过四条途径; 15个工作日内; "举报处理,形成一个…体系": 一个 is an article, not a count; and
        # "…是公开政府信息的一项重要措施": 一项 before its noun (a42)
    said = m.group(0)
    if fact == "proactive.new" and SINCE_YEAR_BRACKET.match(text, m.end()):
        return None  # "共主动公开政府信息417条(此数含2008年以来所有主动公开信息数)": years of items (a42)
    if fact == "appeals.review" and text.find("审理", clause_start(text, m.start(), 30, "。;!?\n,，"), m.start(1)) >= 0:
        return None  # "审理政府信息公开行政复议案件7起": the cases the body heard as the review organ (a38)
    if fact == "requests.completed" and text.startswith(("办理", "处理"), m.start()) \
            and RECEIVED.search(text, m.start() + 2, m.start(1)):
        return None  # "(二)依申请公开办理全年共收到…申请70件": a heading's 办理 glued to the intake's sentence (a51)
    if fact == "requests.completed" and NEXT_YEAR_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None  # "转结下年度办理1件", "转接下年度办理…": handled next year, not this year's completed (a51)
    if fact == "requests.completed" and RECEIVED_AND_DONE.search(text, max(0, m.start() - 2), m.start(1)) \
            and CARRIED_ON_AFTER.search(text, m.end(), _sentence_stop(text, m.end())):
        return None  # "受理答复…申请12件,其中2件结转下年度继续办理": the requests received, not all answered (a38)
    if fact == "requests.received" and not _the_years_requests(text, m):
        return None
    if channel or needs or proactive:
        lead = text[max(win[0], m.start() - 40):m.start()]
        lead = lead[last_of(lead, "。;!?\n,") + 1:]
        if needs:  # a pattern that starts at the counted word is judged on the whole phrase, verb included
            if not needs.search(lead) and not _verb_before_list(text, win[0], m.start(), needs):
                return None
            said = lead + said
        if channel and channel.search(lead + m.group(0)) and not LISTED.search(lead) \
                and not TOTAL_OPENING.match(lead[max(lead.rfind("、"), lead.rfind(",")) + 1:]):
            return None  # one channel's count; "通过网站、新媒体等形式公开…" is the total (and "…新媒体更新486条、全年
            # 总计…500条", the list's closing total: a39)
        if proactive and PRESS.search(lead) and not LISTED.search(lead) \
                and _other_items_count(text, m):
            return None  # one channel's count among the other channels' counts
        if fact == "consultations.total" and CONSULTATION_DESK.match(text, m.start()) and m.group(0).endswith("个"):
            return None  # "设立咨询台20个": the desks set up at an event, not the consultations they took (a42)
        if fact == "consultations.total" and text.startswith("咨询类", m.start()) \
                and (HOTLINE_KINDS.match(text, m.end())
                     or CASES_BEFORE.search(text, clause_start(text, m.start(), 80, "。;!?\n"), m.start())
                     or HOTLINE_KIND_BEFORE.search(text, clause_start(text, m.start(), 80, "。!?\n"), m.start())):
            return None  # "咨询类1313件,投诉类2478件,求助类…": a hotline's calls by kind, not disclosure consultations;
            # "办理来信来访36件,其中政策咨询类36件": the kind of letters and visits, not consultations on disclosure
        if fact == "consultations.total" and "公开" not in lead + m.group(0) and _part_of_cases(text, m.start()):
            return None  # "接听热线电话3200个,其中政策咨询2100个": a kind of the hotline's calls, after its 其中
        if fact == "consultations.total" and "公开" not in lead + m.group(0) \
                and DISCLOSURE_SHARE_AFTER.search(text, m.end(), _sentence_stop(text, m.end())):
            return None  # "接受政务咨询1200余次,其中政府信息公开咨询30余次": the disclosure share follows
        if fact == "consultations.total" and CHANNEL_BEFORE.search(lead[-6:]) \
                and (SIBLING_AFTER.match(text, m.end())
                     or CHANNEL_COUNT_BEFORE.search(text, clause_start(text, m.start(), 60), m.start())):
            # "解答电话咨询200多次、在线留言咨询1条": one of the channels, and no total (nor "接待咨询访问230人次,接听
            # 咨询电话500余次", the sentence's clauses; a38)
            return None
        if proactive and (text.startswith("、", m.end()) and not _other_kind_after(text, m.end())
                          or ENUMERATED.search(lead) and not TOTAL_OPENING.match(lead[lead.rfind("、") + 1:])
                          or CATEGORY.search(lead[-8:] + m.group(0)[:m.start(1) - m.start()])
                          and not (KINDS_LISTED.search(lead) or LIST_TOTAL.search(text, m.start(), m.start(1))
                                   or parts_after_make_it(text, m) or EVERY_CHANNEL.search(lead))
                          or needs and CUMULATIVE.search(lead) and not own_year_items(text, m, years)
                          and not only_year_end(lead, years)
                          # (the whole year's sum is the year's: "全年累计发布相关信息6728条"; a42)
                          and not WHOLE_YEAR_SUM.search(lead)
                          # (and a sentence that opens with the whole year: "全年通过局门户网站、政务新媒体等平台,累计
                          # 发布…各类政务信息1700余条"; a51)
                          and not WHOLE_YEAR_SENTENCE.match(text, clause_start(text, m.start(), 120), m.start())):
            return None  # one category of an enumeration ("文件79件、会议信息23条"), not the total
        if proactive and (part_of_running_total(text, m.start(), years) or part_of_stated_count(text, m, years)
                          or other_site_count(text, m, lead) or summed_after(text, m)
                          or YEARS_SHARE_AFTER.match(text, m.end())
                          or (named := YEAR_NAMED_SHARE_AFTER.match(text, m.end())) is not None
                          and (CUMULATIVE.search(lead) or own_year_share(text, named.start(1), years))):
            return None  # (a count followed by "(2025年新增388条)" is the running total the year's share is of)
    if exclude_match and exclude_match.search(LIST_CLOSED.sub("", said) if proactive and "、" in said else said):
        return None  # (a gazette among the kinds a total lists, "发布政府公报、…、政府会议信息等政府信息11000余条",
        # is part of it; a40)
    if fact in APPEALS and APPEAL_AFTER.match(text, m.end()) \
            and any(c in text[m.start():m.start(1)] for c in "、,，"):
        return None  # "收到1件行政复议、1件行政诉讼": the count after the 、 is the next item's, written before it
        # (and after a comma: "有12件行政复议案件,15件行政诉讼案件"; a43)
    if fact in ABOUT_DISCLOSURE and not ABOUT_DISCLOSURE[fact].search(_context(text, m.start(), fact)):
        return None  # "受理群众投诉32件": complaints about anything, not about disclosure
    if fact in APPEALS and ANOTHER_APPEAL[fact].search(text, m.start() + 2, m.start(1)) \
            and not EACH_BEFORE.search(text, max(0, m.start(1) - 4), m.start(1)) and to_int(m.group(1), m.group(2)):
        return None  # "未发生行政复议,发生行政诉讼1起": the count is the next word's ("…各1件" and 0 are both's)
    if fact in JOINED_BEFORE and JOINED_BEFORE[fact].search(text, max(win[0], m.start() - 8), m.start()) \
            and not EACH_BEFORE.search(text, max(0, m.start(1) - 4), m.start(1)) and to_int(m.group(1), m.group(2)):
        return None  # "举报案件及咨询件123件", "咨询及投诉15件": two kinds in one count (JOINED_BEFORE; "…各3件" is
        # each's, and 0 is both's)
    if fact == "fees.charged_yuan" and PER_UNIT_BEFORE.search(text, max(0, m.start(1) - 10), m.start(1)):
        return None  # "按规定收取复印费每页0.5元": a rate, not what was charged
    if fact == "budget.spend_yuan" and spending_with_disclosure_share(text, m):
        return None  # "网站建设及维护经费12万元,其中政府信息公开专栏建设3万元": other spending, the share after it
    if fact in APPEALS and not_about_disclosure(text, m):
        return None  # "行政复议案件3起,其中涉及政府信息公开的0起", "…1起,均不涉及政府信息公开"
    if fact == "requests.completed" and (said_before := text[clause_bounds(text, m.start(), 80)[0]:m.start()]) \
            and (OTHER_HANDLED.search(said_before) and "申请" not in said_before
                 or OTHER_APPLICATION.search(said_before) and not OWN_REQUEST.search(said_before + m.group(0))):
        return None  # "受理群众咨询30件，答复30件": what the sentence handled is not requests; nor are reviews or
        # licences ("收到行政复议申请1件，已答复1件", "受理行政许可申请120件，办结118件": no request for information;
        # but the count that names the requests itself is theirs, "按照接收、登记…程序,…办理依申请公开事项1件"; a43)
    if fact == "requests.completed" and OTHER_HANDLED.search(
            asked := text[clause_start(text, m.start(), 40, "。;!?\n,，"):m.start()]) and "申请" not in asked:
        return None  # "收到申请3件，群众来信来访答复20件": the phrase of the count names what else was answered
    if fact == "requests.completed" and text.startswith(("答复", "回复"), m.start()) \
            and ANSWER_KIND_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None  # "同意公开答复2件", "书面答复3件", "延期答复1件": one outcome or way of answering, a part
    if fact == "requests.received" \
            and ANSWERED.search(text, (own := clause_start(text, m.start(1), 40, "。;!?\n,，")), m.start(1)) \
            and not RECEIVED.search(text, own, m.start(1)):
        return None  # "作出政府信息公开申请答复19件", "办理并答复…申请3件": the answers given, not what came in
    if fact == "requests.received" and _other_application(text, m):
        return None  # "受理行政复议申请1件", "受理行政许可申请356件", "上年度结转申请2件": another kind, or last year's
    if fact == "requests.received" and (one_way_of_several(text, m) or one_group_of_several(text, m)):
        return None  # "收到书面申请3件,网上申请2件", "政府新收…2件;部门新收…4件": one part, the whole not stated
    if fact == "requests.received" and attribute_items(text, m):
        return None  # "其中主动公开信息300条,依申请公开信息25条,不予公开信息90条": items by how they are disclosed
    if proactive and not _years_share(m.group(0), years) \
            and running_total_word(text, max(win[0], m.start() - 12), m.end(), years) \
            and not _year_total(text, m, years):
        return None  # (the year's share after its running total, "累计发布信息83条,2018年新增15条", is the year's)
    if fact in REQUEST_COUNTS and not _the_requests_own(text, fact, m, years):
        return None
    if about_other_year(text, m.start(), years, starts_ok=fact == "proactive.cumulative") \
            or about_prior_year(text, m.start(1)) or not_the_years_own(text, m, proactive):
        return None
    value = to_int(m.group(1), m.group(2))
    if value is None:
        return None
    if (head := _thousands_head(text, m.start(1))) and re.fullmatch(r"\d{3}", m.group(1)):
        value = int(head.group(1).replace(",", "") + m.group(1))  # "1,234条": the figure, not its last three digits
    if fact in ("fees.charged_yuan", "budget.spend_yuan") and m.group(2) is None:
        unit = text[m.end(1):m.end()]
        if "万" in unit:
            value *= 10000
    return value, said


# a count that opens with the year's share ("2018年新增15条", "本年新增…"): what the running total before it grew by
YEARS_SHARE = re.compile(r"(?:((?:19|20)\d{2})\s*年|本年|今年|当年)(?:度)?新增")


def _years_share(said: str, years: tuple[int, ...]) -> bool:
    """`said` opens with the share of the report's year (or of a year the text does not let us check)."""
    share = YEARS_SHARE.match(said)
    return share is not None and not (share.group(1) and years and int(share.group(1)) not in years)


# a received count's phrase that counts answers and names no intake (RECEIVED; a34)
ANSWERED = re.compile(r"答复|回复|办结")
REQUEST_COUNTS = frozenset(("requests.received", "requests.completed", "requests.carried_forward",
                            "requests.carried_over"))
# applications of another kind than for information: reviews and suits, licences, registrations, benefits, a service
# hall's cases ("受理行政许可申请356件", "共受理低保申请45件", "12345热线转办申请事项20件")
OTHER_APPLICATION = re.compile(r"复议|诉讼|仲裁|许可|审批|登记|注册|备案|认定|低保|救助|补贴|补助|办件|政务服务|热线"
                               # ("未接到公众关注热点或重大舆情回应的申请": a call to respond, no request; a42)
                               r"|信访|建议|提案|户籍|落户|执照|回应")
OWN_REQUEST = re.compile(r"公开申请|依申请|申请公开")
# a sentence about the approval services a body runs online (a24-blind-figures): its applications are those services'
APPROVAL_SERVICE = re.compile(r"行政审批|行政许可|审批(?:服务)?事项|政务服务事项|办事服务|审批大厅|政务服务大厅")
# the phrase before a count of 申请 that makes it another thing's: a complaint, last year's (and OTHER_APPLICATION)
OTHER_INTAKE = re.compile(r"投诉|举报|结转")
# what an answer was (公开, 不予公开, 信息不存在) or how or when it was given: a count of those answers is one part
ANSWER_KIND_BEFORE = re.compile(r"(?:公开|书面|当面|电话|邮件|邮寄|短信|网上|在线|口头|告知|不存在|延期|补正)$")


# the withheld items counted beside "依申请公开信息N条" in its sentence ("不予公开信息90条", "不予公开为0件"): the
# sentence sorts information items by how they are disclosed (with only a proactive count beside it, "主动公开信息120条,
# 依申请公开信息2条" may count requests answered: left as read)
# (a24-guesses: 免于/免予公开, the same withheld items in other words: "依申请公开2条,免于公开信息0条"; a40: and 数,
# "不予公开信息数151884条")
ATTRIBUTE_SIBLING = re.compile(r"(?:不予|免于|免予)公开(?:的)?(?:政府|政务)?(?:信息)?(?:数|数量)?(?:为|共|计)?"
                               r"\s*\d+\s*[条件]")
# the attribute with no object named: "依申请公开2条" (items, 条), not "依申请公开申请2条"
BARE_ATTRIBUTE = re.compile(r"依申请公开(?:为|共|计)?\s*\d+\s*条")
# (and the public's verb for the same count: "公众…向区政府提交政府信息公开申请187件"; a51)
RECEIVING = re.compile(r"收到|受理|接到|接收|新收|办理|提交|提出")


def _full_stop(text: str, pos: int) -> int:
    """Where the sentence from `pos` ends at its full stop (past its ';': "…依申请公开信息数227475条,占28.54%;不予公开
    信息数151884条。" sorts the items in one sentence; a40), at most 120 characters on."""
    end = text.find("。", pos, pos + 120)
    return min(len(text), pos + 120) if end < 0 else end


def attribute_items(text: str, m: re.Match) -> bool:
    """"依申请公开信息25条" with "不予公开信息90条" beside it in the sentence, or as a part of the proactive total
    (F84), and no verb of receiving before it: a count of information items disclosed on request (the attribute),
    not of applications."""
    said = m.group(0)
    if not said.startswith("依申请公开") or not said.rstrip().endswith("条") \
            or "信息" not in said and not BARE_ATTRIBUTE.fullmatch(said.strip()):
        return False
    lo = clause_start(text, m.start(), 200)
    if RECEIVING.search(text, clause_start(text, m.start(), 40, "。;!?\n,，"), m.start()):
        return False
    return bool(ATTRIBUTE_SIBLING.search(text[lo:m.start()]) or ATTRIBUTE_SIBLING.search(
        text, m.end(), _full_stop(text, m.end()))) or share_of_proactive_total(text, m) \
        or PROACTIVE_ITEM_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None


# the proactive count as the item right before in the same list ("其中主动公开政府信息368条、依申请公开政府信息4条"):
# the items sorted by how they are disclosed (a56)
# (a list's 、 only: after a comma the count may be the requests, "主动公开信息120条,依申请公开信息2条,均已按时答复")
PROACTIVE_ITEM_BEFORE = re.compile(r"主动公开(?:的)?(?:政府|政务)?(?:信息|文件)\s*\d+\s*[条件]\s*、\s*$")


# a bracket right after a received count that puts last year's carried-over requests inside it ("收到申请29件(含上年
# 结转1件)", "…124宗(含2021年度结转5宗)"): the count is the year's load, not what the year received (F18)
# (or the clause right after it: "共办理政府信息公开申请9件,其中上年结转1件")
# (the year's new intake may come first after 其中: "…92件,其中,本年度新接收91件,2020年结转办理1件"; a39)
# (and in a bracket, the new intake first: "121件(其中本年度新收申请数112件,上年结转申请9件)"; a41)
# (转结 for 结转 in the bracket too: "20起(含上年度转结1起)"; a44)
CARRY_INSIDE = re.compile(r"\s*(?:[(（](?!\s*(?:未|不)(?:包含|包括|含))[^()（）。]{0,4}?(?:含|包括|其中)"
                          r"(?:[^()（）。\d]{0,10}?新(?:收|接收|收到|受理)(?:申请)?(?:数|数量)?\s*\d+\s*[件宗项]\s*[,，、]\s*)?"
                          r"[^()（）。]{0,12}?(?:结转|转结)"
                          r"|[,，]\s*(?:其中|含|包括)[,，]?\s*"
                          r"(?:[^,，。;；()（）\d]{0,8}?新(?:收|接收|收到|受理)\s*\d+\s*[件宗项]\s*[,，、]\s*)?"
                          r"[^,，。;；()（）\d]{0,8}?(?:(?:上一?年度?|\d{4}\s*年度?)(?:结转|转结)"
                          # (the words the other way round: "…15件,其中新收到14件,结转上年度办理1件"; a40)
                          r"|(?:结转|转结)上一?年度?))")


def _other_application(text: str, m: re.Match) -> bool:
    """The phrase of a received count, up to the count, says the applications are of another kind or last year's;
    or a bracket after it says last year's are inside it; or its sentence is about approval services and names no
    request for information ("…审批事项已实现网上办理,全年通过网审平台收到申请4364件")."""
    lead = text[clause_start(text, m.start(), 20, "。;!?\n,，"):m.start(1)]
    if OTHER_INTAKE.search(lead) or OTHER_APPLICATION.search(lead) and not OWN_REQUEST.search(lead) \
            or CARRY_INSIDE.match(text, m.end()):
        return True
    said = text[clause_start(text, m.start(), 160, "。;!?\n"):m.start(1)]
    return "公开" not in said and APPROVAL_SERVICE.search(said) is not None


# a rate before an amount ("每页0.5元", "每件10元"): a price, not what was charged
PER_UNIT_BEFORE = re.compile(r"每\s*(?:页|件|张|份|次|条|项|小时)[^。;,，\d]{0,4}$")
# the share of the disclosure work after 其中 in the sentence of a spending
DISCLOSURE_SHARE_OF_SPENDING = re.compile(r"\s*[,，]\s*其中[^。;；]{0,20}公开[^。;；\d]{0,12}\d")


def spending_with_disclosure_share(text: str, m: re.Match) -> bool:
    """A spending whose own phrase names no disclosure, its disclosure share following after 其中 ("网站建设及维护
    经费12万元,其中政府信息公开专栏建设3万元"): the whole is other spending, not the disclosure work's."""
    own = text[clause_start(text, m.start(1), 40, "。;!?\n,，"):m.start(1)]
    return "公开" not in own and DISCLOSURE_SHARE_OF_SPENDING.match(text, m.end()) is not None


# how an application came, said of a received count ("收到2份书面…申请", "受理网上申请4件")
# (and a site as the way: "我局网站受理依申请公开9件;当面受理…7件"; a50)
# (and 网络 and 线下: "收到…网络申请6件,线下书面申请2件"; a54)
MANNER = re.compile(r"书面|网上|网络|线下|当面|电子邮件|信函|邮寄|传真|电话|在线|现场|快递|网站(?=受理|收到|提交|申请)")
# the next clause after a semicolon giving another way's count ("…9件;当面受理依申请公开7件"; a50)
# (or before it: "…;邮寄受理…15件;其他渠道受理…13件"; a50)
OTHER_WAY = re.compile(r"其他(?:渠道|方式|途径)")
# the count's own breakdown right after it ("…4条,其中信函申请4条")
PARTS_FOLLOW = re.compile(r"\s*[,，]?\s*其中")
NEXT_WAY = re.compile(rf"\s*(?:通过)?(?:{MANNER.pattern}|{OTHER_WAY.pattern})[^。;；,，]{{0,6}}?"
                      r"(?:受理|收到|接收|提交|申请)")


# the ways listed together before the verb and closed by 等形式/等方式 ("通过网站、信函…等形式接受"): all of them
WAYS_TOGETHER = re.compile(r"(?:通过|以|采取)[^。;,，]{0,40}、[^。;,，]{0,30}等(?:多种)?(?:形式|方式|渠道|途径)")


def one_way_of_several(text: str, m: re.Match) -> bool:
    """A received count of the applications that came one way ("受理网上申请4件") while the sentence names
    another way ("、当面申请1件"): one part of the year's requests, their whole not stated. One way alone
    ("共收到2份书面政府信息公开申请,均依法回复") is how all of them came."""
    own = clause_start(text, m.start(1), 30, "。;!?\n,，、;；")
    if not (MANNER.search(text, own, m.end()) or OTHER_WAY.search(text, own, m.end())):
        return False
    if WAYS_TOGETHER.search(text, clause_start(text, m.start(1), 80, "。;!?\n,，"), m.start(1)):
        return False  # "通过网站、信函、电子邮件…等形式接受…申请28条": every way together, the whole (a53)
    stop = _sentence_stop(text, m.end())
    return bool(MANNER.search(text, clause_start(text, own, 80), own)
                # (not the ways of its own breakdown: "受理书面申请4条,其中信函申请4条" is how its 4 came; a54)
                or PARTS_FOLLOW.match(text, m.end()) is None and MANNER.search(text, m.end(), stop)
                or text[stop:stop + 1] in (";", "；") and NEXT_WAY.match(text, stop + 1) is not None
                or text[own - 1:own] in (";", "；")
                and NEXT_WAY.match(text, clause_start(text, own - 1, 60, "。;；!?\n")) is not None)


# a group of bodies as the subject of a received count: the government's own and its departments' side by side
GROUP_INTAKE = re.compile(r"(政府|部门|本级|乡镇|街道)(?:本级)?共?(?:新收|收到|受理|接收|接到)")


def one_group_of_several(text: str, m: re.Match) -> bool:
    """A received count of one group of bodies ("政府新收申请2件") while the sentence names another group's,
    before or after it ("…;部门新收申请4件"): a part of the area's requests, their whole not stated. A whole
    before its groups ("全县共收到30件,其中县政府本级收到10件") is no group's and stays."""
    own = GROUP_INTAKE.search(text, clause_start(text, m.start(1), 40, "。;；!?\n,，"), m.start(1))
    if own is None:
        return False
    lo, stop = text.rfind("。", max(0, own.start() - 160), own.start()), text.find("。", m.end(), m.end() + 160)
    before = GROUP_INTAKE.finditer(text, lo + 1 if lo >= 0 else max(0, own.start() - 160), own.start())
    after = GROUP_INTAKE.finditer(text, m.end(), stop if stop >= 0 else min(len(text), m.end() + 160))
    return any(g.group(1) != own.group(1) for g in (*before, *after))


APPEALS = frozenset(("appeals.review", "appeals.litigation", "appeals.complaints"))
# the sentence after an appeal count says they are not about disclosure, or gives the disclosure share
OTHER_MATTER_AFTER = re.compile(r"(?:不|未|没有)涉及[^。;；,，]{0,6}信息公开|非(?:政府)?信息公开"
                                r"|与[^。;；,，]{0,10}信息公开[^。;；,，]{0,4}无关|其中[^。;；]{0,16}信息公开")
# between an appeal word and the count a pattern read for it, another appeal word: the count is that one's
_APPEAL_WORDS = {"appeals.review": "行政复议|复议", "appeals.litigation": "行政诉讼|诉讼",
                 "appeals.complaints": "举报|投诉|申诉|申述"}
ANOTHER_APPEAL = {f: re.compile("|".join(w for g, w in _APPEAL_WORDS.items() if g != f)) for f in _APPEAL_WORDS}
EACH_BEFORE = re.compile(r"(?:各|均|都)(?:为|是|有|计)?\s*$")


def not_about_disclosure(text: str, m: re.Match) -> bool:
    """An appeal count that is not one over disclosure: the sentence after it says so ("行政复议案件2起、行政诉讼
    案件1起,均不涉及政府信息公开", "行政诉讼1起(非政府信息公开类)") or gives the disclosure share after 其中
    (the whole counts every matter)."""
    return OTHER_MATTER_AFTER.search(text, m.end(), _sentence_stop(text, m.end())) is not None
APPEAL_AFTER = re.compile(r"(?:政府信息公开)?(?:的)?(?:行政复议|行政诉讼|举报|投诉|申诉|申述)")
# a verb that says it did not happen: "未收到政府信息公开申请,办理12345热线工单320件" has no count of requests
NEGATED_BEFORE = re.compile(r"(?:未|没有|没|无|不曾)\s*$")
# a request not finished: carried on into the next year ("结转下年度办理1件") or still open ("正在办理1件")
# (or sent on to the body that holds the information: "转交区政府办理1件")
NOT_DONE_BEFORE = re.compile(r"结转|转(?:至|到|入)?(?:下|次)一?年|(?:顺延|延续)(?:至|到)?(?:下|次)一?年|正在|尚在"
                             r"|仍在|尚未|未能|待|转交|转送|移交|移送")
NEXT_YEAR_NAMED = re.compile(r"(?:结转|顺延|转至|转到|转入)(?:至|到)?\s*((?:19|20)\d{2})\s*年")
PRIOR_YEAR_NAMED = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?(?:结转|转结)")
# the head of a figure written with thousands separators ("1,234"), right before the three digits a pattern read
THOUSANDS_HEAD = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})*),$")


def _thousands_head(text: str, at: int) -> re.Match | None:
    """THOUSANDS_HEAD's match right before `at`. Its `,$` ends at `at` or at a line break right before it: with no
    comma in the two characters before `at` there is none, and the search (a digit class tried at each of 12
    characters) is not made."""
    if text.find(",", max(0, at - 2), at) < 0:
        return None
    return THOUSANDS_HEAD.search(text, max(0, at - 12), at)


def _the_requests_own(text: str, fact: str, m: re.Match, years: tuple[int, ...]) -> bool:
    """A count of the year's requests: its verb not negated, not a higher government's or an area's total with the
    body's own count after it, for requests handled not those carried on or still open, for those carried forward
    into a year named by its number only the report's next year, for those carried over from a year named by its
    number only the report's year before."""
    if fact == "requests.carried_over":
        named = PRIOR_YEAR_NAMED.match(text, m.start())
        return named is None or bool(years) and int(named.group(1)) == years[0] - 1
    if NEGATED_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return False
    if fact == "requests.carried_forward":
        named = NEXT_YEAR_NAMED.match(text, m.start())
        return named is None or bool(years) and int(named.group(1)) == years[-1]
    if wider_area_total(text, m):
        return False
    if fact == "requests.completed" and text.startswith(("办理", "处理"), m.start()):
        noun = text.find("申请", m.start() + 2, m.start(1))
        if noun >= 0 and OTHER_MATTER_NAMED.match(text, m.start() + 2, noun):
            return False  # "办理挖掘(占用)城市道路申请件77件": another matter's applications, no disclosure named
        joined = INTAKE_AND.search(text, max(0, m.start() - 3), m.start()) is not None
        if joined and CARRIED_ON.search(text, m.end(), line_end(text, m.end(), 300)):
            return False  # "收到和办理…9件…结转至下一年度办理2件": joined to 收到 it counts the intake, some still open
        if not text.startswith(("办理完毕", "办理完成", "处理完毕", "处理完成"), m.start()):
            if RECEIVED.search(text, clause_start(text, m.start(), 120, "。!?\n"), m.start()):
                if text.startswith("处理", m.start()) and not joined:
                    return False  # "收到依法处理…29件": 处理 after the intake, apart from it, counts what came in;
                    # joined to it ("收到和处理…13件") those handled, unless some carried on (above; a43)
            # (the sentence past its 分号: "…申请76件,同比增长85.37%;上年结转1件,结转下年办理2件。"; a48)
            elif (CARRIED_ON_AFTER.search(text, m.end(), _full_stop(text, m.end()))
                  or DONE_COUNT_AFTER.search(text, m.end(), _sentence_stop(text, m.end()))
                  or LOAD_PARTS_AFTER.match(text, m.end())
                  or text.startswith("、", m.end())):
                return False  # "全年办理…申请96宗(结转下年度继续办理1宗)": handled, some still open — not all done;
                # "共办理…申请40件(…),办结38件": the year's load, those done counted after it; "共办理并答复…申请3件、
                # 纸质申请36件": one channel's (F14); "共处理…1717件,其中新收1641件": a load with its parts (a43)
    if fact == "requests.received" \
            and (text.startswith(("办理", "处理"), m.start()) or _handled_before(text, m.start(), m.start(1))) \
            and not ACCEPTED_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return False  # "全年办理依申请公开13件": those handled, not what came in (F14, a42; a20 page t-023's label
        # read it as received); "共接受办理…申请623件" received them too
    return fact != "requests.completed" or not NOT_DONE_BEFORE.search(
        text, clause_start(text, m.start(), 12, "。;!?\n,，"), m.start(1))


# the matter named between 办理 and 申请: four or more words of its own and none of the disclosure's (公开, 信息):
# another matter's applications ("办理挖掘(占用)城市道路申请件77件", a permit's; a56), not the requests
OTHER_MATTER_NAMED = re.compile(r"(?!.*(?:公开|信息))(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4}")


# those done, counted after the year's load in its sentence ("共办理…申请40件(含2019年结转5件),办结38件")
# (never another thing's: "依法办理依申请公开申请6件,办结人大代表建议案1件")
DONE_COUNT_AFTER = re.compile(r"(?:办结|答复|回复|完成)(?![^。;,，\d]{0,6}?(?:建议|提案|留言|来信|来访|诉求|热线|信访))"
                              r"[^。;,，\d]{0,6}?\d+\s*[件项宗]")
# the year's load split into its new and carried-over parts after it ("共处理…申请1717件,其中新收1641件"; a43)
LOAD_PARTS_AFTER = re.compile(r"\s*[,，(（]?\s*(?:其中|含)[,，:：]?[^。;,，\d]{0,6}?"
                              r"(?:新收|新接收|本年(?:度)?(?:新)?收到|当年收到|上(?:一)?年(?:度)?结转)")
# accepted, then handled ("全年共接受办理政府信息公开申请623件"): what came in
ACCEPTED_BEFORE = re.compile(r"(?:接受|受理)$")


def _handled_before(text: str, at: int, number: int) -> bool:
    """The clause before the match at `at` says the requests were handled (办理), and neither it nor the match before
    its `number` has a word for receiving them: "全区共办理依申请件27件" counts those handled (F14), "共办理4件…申请
    (其中当年收到3件" the year's intake after its 收到."""
    start = clause_start(text, at, 40, "。;!?\n,，")
    return (text.find("办理", start, at) >= 0 or HANDLED_ALONE.search(text, start, at) is not None) \
        and not RECEIVED.search(text, start, number)


# 处理 as the verb of the year's requests, not a part of another word (处理完毕 is done, 处理结果 an outcome)
HANDLED_ALONE = re.compile(r"(?<![并和及与])处理(?!完毕|完成|结果|决定|情况|流程|程序|机制|意见|方式)")


# received and handled in one phrase ("全年共收到和办理依申请公开9件", "接收并办理…37件")
INTAKE_AND = re.compile(r"(?:收到|受理|接到|接收)(?:和|及|与|并)$")


# counts written before their word ("除2件结转下年办理外", "线下公开的1860条信息"): found from the word backwards,
# never by trying every number; (the word, what the phrase before it must say)
WORD_AFTER_COUNT = {
    "requests.carried_forward": (
        # (and 转 alone: "其中,已办结34件,3件转下年度继续办理"; a41)
        # (or the next year by its number, "1件结转至2023年度办理" in a 2022 report: _count_before_word)
        # (and put off or passed on: "另有52件申请顺延到下年度答复", "13件申请按照《条例》规定顺延到下年度",
        # "除6件转接至下一年办理外"; a47)
        led(r"(?:件|项|宗)(?:申请)?(?:按规定|依法|按照[^,，。;；]{0,12}?规定)?(?:结转|转入|转接|转|顺延)(?:至|到)?"
            r"(?:(?:下|次)(?:一)?年|((?:19|20)\d{2})\s*年)"),
        None),
    # "(4件为上年度结转办结,…)": the part of the year's requests carried over from the year before (a41)
    # (or the year before by its number, "(3件为2023年结转至本年度办理)" in a 2024 report: _count_before_word)
    "requests.carried_over": (led(r"(?:件|项)(?:申请)?(?:为|系|是)(?:上(?:一)?年(?:度)?|((?:19|20)\d{2})\s*年(?:度)?)"
                                  r"(?:结转|转结)"), None),
    "proactive.new": (led(r"(?:条|篇)(?:各类)?(?:政府|政务)?信息"), re.compile(r"公开|发布")),
    # "其中10件已经按时按规完成答复": the part of the applications answered
    # (and "2024年受理的37件申请件已按规定在法定期限内予以答复": the year's received ones answered; a41)
    # (and the whole of them: "上年结转…1件,全部252件均按期办理完毕"; a47)
    "requests.completed": (re.compile(r"件(?:申请件?)?(?:已(?:经)?|均已?)(?:按时|按期|按规定|按规|依法|及时|规范|妥善"
                                      r"|在法定期限内|在规定时限内|在法定时限内){0,3}"
                                      r"(?:完成答复|完成办理|办结|答复完毕|予以答复|作出答复|办理完毕)"),
                           re.compile(r"其中|受理的|收到的|全部")),
}
# "收到1件行政复议、1件行政诉讼": each count written before its word, after a verb of receiving
APPEAL_BEFORE_NEEDS = re.compile(r"收到|发生|受理|提起|涉及")
for _fact, _word in (("appeals.review", "行政复议"), ("appeals.litigation", "行政诉讼")):
    WORD_AFTER_COUNT[_fact] = (led(rf"(?:件|起)(?:政府信息公开)?{_word}"), APPEAL_BEFORE_NEEDS)
    SCAN_WORDS[WORD_AFTER_COUNT[_fact][0]] = (_word,)
SCAN_WORDS[WORD_AFTER_COUNT["requests.completed"][0]] = ("已", "均")
# (结转, 转入, 转下年, 转2023年: a41; 顺延到下年度: a47)
SCAN_WORDS[WORD_AFTER_COUNT["requests.carried_forward"][0]] = ("转", "顺延")
SCAN_WORDS[WORD_AFTER_COUNT["requests.carried_over"][0]] = ("结转", "转结")
WORD_PLANS = {f: _plan_of(word) for f, (word, _) in WORD_AFTER_COUNT.items()}
COUNT_END = frozenset("0123456789零〇一二两三四五六七八九十百千万余多 ")
NUMBER_AT_END = re.compile(rf"{N}\s*$")


CLOSING_WORD = re.compile(r"共计|合计|总计|共")  # a clause that is only the total word before the count


def _count_before_word(text: str, fact: str, win: tuple[int, int], years: tuple[int, ...]) -> Fact | None:
    if fact not in WORD_AFTER_COUNT:
        return None
    word, needs = WORD_AFTER_COUNT[fact]
    if not _holds(text, win, WORD_PLANS[fact]):
        return None
    for m in word.finditer(text, win[0], win[1]):
        if m.start() == 0 or text[m.start() - 1] not in COUNT_END:
            continue  # not a number right before the word: most hits of 条/件 end here, cheaply
        before = NUMBER_AT_END.search(text, max(win[0], m.start() - 16), m.start())
        if before is None or about_other_year(text, before.start(), years) or part_of_year(text, before.start()):
            continue
        lead = text[max(win[0], before.start() - 40):before.start()]
        lead = lead[last_of(lead, "。;!?\n,") + 1:]
        if needs and not needs.search(lead) and CLOSING_WORD.fullmatch(lead.strip()):
            # "主动公开…、财政预决算等内容,共计25条信息": the total closing the sentence's verb and its list (a40)
            lead = text[clause_start(text, before.start(), 120, "。;!?\n"):before.start()]
        if needs and not needs.search(lead) or fact in CHANNEL and CHANNEL[fact].search(lead) \
                or PLANNED.search(lead) or DIFFERENCE.search(lead):
            continue
        if fact == "proactive.new" and (running_total_word(lead, 0, len(lead), years) or "申请" in lead
                                        or part_of_body(lead, 0, len(lead)) or UPWARD_BEFORE.search(lead)
                                        or until_a_day(text, before.start())):
            continue
        if fact == "requests.carried_over" and m.group(1) and not (years and int(m.group(1)) == years[0] - 1):
            continue  # only the report's year before
        if fact == "requests.carried_forward" and m.group(1) and not (years and int(m.group(1)) == years[-1]):
            continue  # only the report's next year (as NEXT_YEAR_NAMED)
        value = to_int(before.group(1), before.group(2))
        if value is not None:
            return Fact(value, snippet(text, before.start(), m.end()))
    return None


WINDOW = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:份)?\s*[至到—–\-~]\s*"
                    r"(?:((?:19|20)\d{2})\s*年)?\s*(\d{1,2})\s*月")


def odd_window(text: str, pos: int) -> bool:
    """The sentence up to `pos` opens a window of months that is no calendar year ("2009年9月至2010年10月")."""
    start = max(text.rfind("。", max(0, pos - 300), pos), text.rfind("\n", max(0, pos - 300), pos)) + 1
    if "月" not in text[start:pos]:
        return False
    for m in WINDOW.finditer(text, start, pos):
        one_year = m.group(3) in (None, m.group(1))
        if not (one_year and int(m.group(2)) == 1 and int(m.group(4)) == 12):
            return True
    return False


# what a review or a suit ended in: "没有…被纠错/败诉/被撤销的情况" denies an outcome, not that cases were brought
# (and "没有在行政诉讼案件中被判未依法履行…责任": what a court found, not whether a suit was brought)
OUTCOME = re.compile(r"纠错|纠正|败诉|撤销|确认违法|改变原|变更原|被判|判决|被认定")
OUTCOME_FACTS = frozenset(("appeals.review", "appeals.litigation", "appeals.complaints"))


def _phrase_end(text: str, start: int, reach: int) -> int:
    """Where the comma-bounded phrase that goes on at `start` ends (at most `reach` characters on)."""
    stop = min(len(text), start + reach)
    m = PHRASE_END.search(text, start, stop)
    return m.start() if m else stop


PHRASE_END = re.compile(r"[。,，;；]")


# (and a review or suit about requests: "未发生依申请公开政府信息方面的行政复议和行政诉讼" names no request)
REVIEW_APPLIED = re.compile(r"申请\s*(?:行政)?复议|提起\s*(?:行政)?诉讼"
                            r"|申请[^。,，;；、和及与]{0,16}的\s*(?:行政)?(?:复议|诉讼)")
# a review applied for over disclosure as what a denial's 收到 is of ("未收到因政府信息公开申请行政复议、提起行政诉讼
# 的情况": no review, nothing said of requests; "未收到和处理…申请、因…被申请行政复议" denies both; a49)
REVIEW_BECAUSE = re.compile(r"(?:收到|接到)\s*因[^。,，;；、]{0,12}?申请\s*(?:行政)?复议")
# (not a step in a list of the procedure: "按照接收、登记、审核、办理、答复程序"; a43)
RECEIVED = re.compile(rf"(?:收到|受理|接到|接收|新收)(?!{STEPS})")  # (新收: the 2021 format's word)
# the statutory pair with a comma where its 、 stood ("申请行政复议,提起行政诉讼的情况"): the suit's phrase goes on the
# review's, and so does a denial before it
COMMA_PAIR = re.compile(r"复议\s*[,，]\s*(?:提起|提出)\s*(?:行政)?诉讼")


ZERO_KEY_PLANS = {f: _plan_of(key) for f, key in ZERO_KEYS.items()}
ZERO_KEY_SCANS = {f: _from_opening(key) if f in FROM_OPENING_KEYS else key for f, key in ZERO_KEYS.items()}
ZERO_VERB_SCANS = {f: _from_opening(verb) if f in FROM_OPENING_VERBS else verb for f, verb in ZERO_VERB.items()}
# a second key, scanned only when the first found no statement: "未接到群众要求公开的信息" (no 申请 in it)
ZERO_KEYS_AFTER = {"requests.received": re.compile(r"要求公开(?![^。,]{0,12}申请)")}


def _zero_statement(text: str, fact: str, win: tuple[int, int],
                    rejected: set[tuple[int, int, int]] | None = None,
                    pieces: list[tuple[int, int]] | None = None) -> Fact | None:
    # (pieces: see _number_match; each of the fact's parts scanned its key whole, each match kept in `rejected` —
    # but for requests.completed, whose part holding no ZERO_VERB is not scanned)
    found = _zero_by_key(text, fact, win, ZERO_KEYS.get(fact), rejected, 0,
                         pieces if fact != "requests.completed" else None)
    if found is None and fact in ZERO_KEYS_AFTER:
        return _zero_by_key(text, fact, win, ZERO_KEYS_AFTER[fact], rejected, 1)
    return found


def cut_off(text: str, pos: int) -> bool:
    """The clause from `pos` runs into the end of a text cut mid-clause, close by (no stop of a clause after it)."""
    rest = text[pos:].rstrip()
    return len(rest) < 30 and not any(c in rest for c in "。,，;；!?)）")


FEE_WORD = re.compile(r"收取|收费|费用")
# enquiries about the items withheld, no statement on enquiries at all
WITHHELD_ASKED = re.compile(r"不予公开")
# complaints the work's failings would have caused ("因信息公开不及时被投诉", "因政府信息未公开…造成…群众投诉")
HARM_CAUSED = re.compile(r"因[^。,，;；]{0,16}(?:不及时|未公开|不准确)")
APPEALS_TOO = re.compile(r"复议|诉讼")
# ("任何单位、组织和个人": 个人 names the persons, but not in 个人信息/个人隐私)
PERSONS = re.compile(r"公民|自然人|个人(?!信息|隐私)")
# the public, persons and bodies alike ("未收到公众、法人或其他组织…的申请", "未收到群众…申请"; a42)
PUBLIC = re.compile(r"公众|群众")
# (本单位: the author itself; and bodies by their kinds, "自然人、公司、企业或社会团体": a44)
BODIES = re.compile(r"法人|组织|(?<![本我该])单位|企业|公司|社会团体")


def _zero_by_key(text: str, fact: str, win: tuple[int, int], key: re.Pattern | Led | None,
                 rejected: set[tuple[int, int, int]] | None = None, which: int = 0,
                 pieces: list[tuple[int, int]] | None = None) -> Fact | None:
    """The first statement in `win` that the fact's thing did not happen, found from the key's matches. A match is
    judged on the text around it, never on the window: one an earlier window of the fact turned down (`rejected`,
    kept by count_facts: the key, the match's span) is not judged again when the whole text is scanned."""
    verb = ZERO_VERB_SCANS.get(fact)
    if key is None or verb is None:
        return None
    first = key is ZERO_KEYS.get(fact)
    if not _holds(text, win, ZERO_KEY_PLANS[fact] if first else _plan_of(key)):
        return None
    scan = ZERO_KEY_SCANS[fact] if first else key
    if fact == "requests.completed" and not verb.search(text, win[0], win[1]):
        return None  # (none handled is said only with none received, "未收到和处理…": one scan, not one per 申请)
    for m in _scanned(scan, text, pieces) if pieces and rejected is not None else scan.finditer(text, win[0], win[1]):
        if rejected is not None:
            seen = (which, m.start(), m.end())
            if seen in rejected:
                continue
            rejected.add(seen)  # (a match that stands returns below: no later window asks)
        if not verb.search(text, max(0, m.start() - 60), m.start() + 60):
            continue  # no negation within the phrase's farthest reach: one scan, cheaper than cutting the phrase
        # the comma-bounded phrase: "没有收到申请,没有发生收费的情况" are two statements
        around = phrase(text, m.start(), 60)
        if fact == "appeals.litigation" and (pair := COMMA_PAIR.search(text, max(0, m.start() - 10), m.end() + 4)):
            around = phrase(text, pair.start(), 60) + around  # "未发生…行政复议,提起行政诉讼的情况": one denial
        # the ZERO_VERB patterns carry the negation themselves (没有收到, 未发生, 免费, 为零)
        stated = OVERDUE_COUNT if fact == "requests.overdue" else ANY_COUNT  # a count in the phrase is not "none"
        if verb.search(around) and not stated.search(around) \
                and (fact not in ABOUT_DISCLOSURE or ABOUT_DISCLOSURE[fact].search(_context(text, m.start(), fact))):
            if fact == "fees.charged_yuan" and EXCLUDE_CLAUSE[fact].search(around):
                continue
            if fact != "fees.charged_yuan" and FEE_WORD.search(around):
                continue  # "办理申请中未发生收取费用" is about fees, not about requests
            if fact == "consultations.total" and WITHHELD_ASKED.search(around):
                continue  # "未接到关于不予公开政府信息的电话咨询": enquiries about withheld items only (a54)
            if fact == "appeals.complaints" and HARM_CAUSED.search(around) and not APPEALS_TOO.search(around):
                continue  # "没有发生因政府信息公开不及时造成的不良影响和群众投诉": harm the work caused, a pledge kept,
                # not the complaints counted; denied with the reviews and suits it is the appeals part's (a54)
            if fact == "requests.overdue" and OTHER_ANSWERED.search(clause(text, m.start(), 60)):
                continue  # "对网民留言均已按时答复" is not about requests
            if odd_window(text, m.start()):
                continue  # "2009年9月至2010年10月,…没有发生行政复议": a window that is not the report's year
            if fact in OUTCOME_FACTS and OUTCOME.search(text, m.end(), _phrase_end(text, m.end(), 30)):
                continue  # "没有出现…行政复议及行政诉讼纠错的情况": no case lost, which says nothing of how many
            if fact == "requests.received" and (REVIEW_APPLIED.search(around) and not RECEIVED.search(around)
                                                or REVIEW_BECAUSE.search(around)
                                                or OTHER_APPLICATION.search(text, max(0, m.start() - 4), m.start())):
                continue  # "未发生申请行政复议和提起行政诉讼情况", "未收到…行政复议申请": reviews, not requests
            if cut_off(text, m.end()):
                continue  # "本年度未发生依申请公", "五、政府支出和收费\n由于本单位未发生" at a cut text's end: the
                # denial or what it denies is cut off (a40)
            if fact == "requests.received" and text[m.start() - 1:m.start()] == "被":
                continue  # "没有收到以本部为被申请人的…行政复议案件": the respondent in a review, no request (a38)
            if fact == "requests.received" and bool(PERSONS.search(around)) != bool(BODIES.search(around)) \
                    and not PUBLIC.search(around):
                continue  # "未收到法人…的申请" says nothing of the other applicants
            return Fact(0, snippet(text, m.start(), m.end()))
    return None


def count_facts(text: str, spans: dict[str, tuple[int, int]], year: int | None = None) -> dict[str, Fact]:
    """Prose counts; with the report's `year`, a count in a clause about another year is not taken."""
    years = (year, year + 1) if year else ()  # an academic year 2016-2017 speaks of both
    facts: dict[str, Fact] = {}
    pieces_of: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # the whole text less stretches, per parts
    for fact in PATTERNS:
        rejected: set[tuple[int, tuple[tuple[int, int], ...]]] = set()  # see _number_match
        zero_rejected: set[tuple[int, int, int]] = set()  # see _zero_by_key
        windows = _windows(text, spans, fact)
        for w, win in enumerate(windows):
            # the whole text, after every part of the fact was scanned and turned down: the parts' stretches skipped
            pieces = None
            if w and w == len(windows) - 1:
                sections = SECTION_OF[fact]
                if sections not in pieces_of:
                    pieces_of[sections] = _pieces(text, spans, sections)
                pieces = pieces_of[sections]
            found = (_all_handled(text, facts, win, years) if fact == "requests.completed" else None) \
                or (_count_before_overdue(text, win) if fact == "requests.overdue" else None) \
                or _number_match(text, fact, win, years, rejected, pieces) \
                or _count_before_word(text, fact, win, years) \
                or (_closing_total(text, win, years) if fact == "proactive.new" else None) \
                or _zero_statement(text, fact, win, zero_rejected, pieces)
            if found:
                facts[fact] = found
                break
    new, running = facts.get("proactive.new"), facts.get("proactive.cumulative")
    if new and running and new.value == running.value \
            and _same_figure(str(new.value), new.evidence, running.evidence):
        # the same figure of the same sentence: it is the year's or the running total, not both (its two snippets
        # may be cut a little differently; a39)
        del facts["proactive.cumulative"]
    _quiet_sections(text, spans, facts)
    return facts


# "均已按时办结", "办结率100%". Every branch opens with a literal (a branch opening with a group, as (?:均|全部…) or
# (?:按时|按期)?, is tried at every character: 10× slower), and it is searched per opening character (scan.Led: seven
# literal scans cost less than `re` testing each character against the seven, ≈ 0.22 → 0.14 M over a report);
# tests/test_counts_scans.py holds the pattern as it was written first and checks the two find the same
# (a23-blind-figures: the rules named, "已按照规定时限和程序依法依规进行了答复", "都已及时准确地进行了答复", and the
# outcome, "均…予以公开答复": every answer disclosed; a24-guesses: "在第一时间进行了回复", at once)
_DONE_AFTER = (r"(?:已)?(?:在[^。,;]{0,8}(?:期限|时限|时间)内|(?:在|于)?第一时间)?"
               # (to whom: "已全部在规定期限内向申请人答复告知"; a40)
               r"(?:向申请人|向当事人)?"
               # (and the verb first, its manner after: "均向当事人作出了及时的回复"; a43)
               r"(?:作出了?(?=[^。;,，]{1,6}?[地的]))?"
               # (the ways one after another with 、 between, and 的 for 地: "均…及时、详细的予以回复"; a35;
               # accepted first, "全部规范受理并及时予以答复", and by the procedure's 流程: a39)
               r"(?:[、和]?(?:按要求|依法依规|依法|依规|依程序|按程序|按规定(?:时间|期限|时限)?|按期限|按时限|按时|按期|按规"
               # ("均严格按照法定时限和规定程序予以答复"; a40; and formally, "均已正式答复": a43)
               # (and accepted, then closed: "均已及时受理并已按时办结"; a56)
               r"|及时|规范(?:格式)?|受理并(?:已)?|妥善|准确|详细|认真|严格|正式"
               # (received and closed in one word: "均已按要求受理办结"; a44)
               r"|受理(?=办结)"
               # (and "均严格按照规定时间、规范格式予以答复"; a41)
               # (and 按 alone before them: "已按规范程序进行答复", "均…按规定要求进行了答复"; a49)
               # (a longer name of the rules, "均…严格按照政府信息公开申请办理答复规范要求进行答复"; a53)
               r"|按照?[^。;,，]{0,16}?(?:要求|规定|程序|流程|时限|期限|时间)"
               # (and by the statute by its name: "已全部严格按照《中华人民共和国政府信息公开条例》进行答复"; a42)
               r"|按照《[^》。;,，]{1,30}》(?:的?(?:有关)?(?:规定|要求))?"
               # (and by the body's remit: "均已按我局职能范围回复"; a43)
               r"|按[^。;,，]{0,6}?(?:职能|职责)范围)){0,3}[地的]?"
               # (and 给予了: "均在规定时限内给予了答复"; a43)
               r"(?:进行了?|作出|予以|给予了?)?(?:有效|书面|合法|公开|行政|规范)?(?:办结|答复|回复|处理完毕|办理完毕|办理结束|完成答复"
               # ("已依规及时完成回复"; "均已按规定及时予以公开": every request answered by disclosing; a41)
               r"|完成回复|公开(?<=予以公开)(?![^。;,，]{0,2}(?:答复|回复))|完成办理"
               # "均已书面告知申请人": answered by a notice (告知书); not "告知申请人补正", still open (and by a letter,
               # "相关情况均已函告申请人"; a38)
               r"|告知(?![^。;,，]{0,8}补正)|函告"
               # "并已全部办理完成" (a40)
               r"|办理完成(?!率)"
               # "均在法定时间内办理答复" (a41; and the two verbs listed, "已在规定的期限内办理、答复": a53)
               r"|办理[、和及]?答复"
               # "均已按照相关程序和规定妥善处理" (a43)
               # (and handled in time, F214's 处理: "均已按期处理"; a47)
               r"|处理(?<=妥善处理)(?![中完])|处理(?<=[期时规法]处理)(?![中完]))")
_RATE_100 = r"率(?:为|达|达到)?\s*100\s*%"
# (and "收到…申请2条,已按规定时间完成答复": the clause right after the count answers them, naming no other count)
ALL_DONE = Led(rf"均(?:|已){_DONE_AFTER}|全部{_DONE_AFTER}|都{_DONE_AFTER}|已全部{_DONE_AFTER}"
               rf"|已(?<=[件条个][,，]已){_DONE_AFTER.removeprefix('(?:已)?')}"
               # (and right after the count: "19件已…答复,1件结转下年")
               rf"|已(?<=[件条个]已){_DONE_AFTER.removeprefix('(?:已)?')}"
               # (and after the requests' noun: "收到7件…申请,并已办理完成"; a40)
               rf"|并已(?<=申请[,，]并已){_DONE_AFTER.removeprefix('(?:已)?')}"
               rf"|按[时期](?:办结|答复){_RATE_100}|办结{_RATE_100}|答复{_RATE_100}|办复{_RATE_100}"
               # "按时办结,完成率100%"
               rf"|办结[,，]\s*完成{_RATE_100}"
               # "受理5起…,均依程序和期限办理": all handled as the rules say (F14: 办理 after a
               # received count counts those handled); not "…办理中"
               r"|均(?:严格|已|能)?(?:按照?|依照?|依据)[^。;,，转移]{0,8}?办理(?![中完])"
               # (and right after the count's clause, 已 for 均: "收到1条…事项,已按要求办理"; a49)
               r"|已(?<=[件条个项][,，]已)(?:按照?|依照?|依据)[^。;,，转移]{0,8}?办理(?![中完])"
               # "新收到申请3件,均及时办理" (a38)
               # (and two ways together: "均做到及时高效办理"; a43)
               r"|均(?:已)?(?:做到了?)?(?:及时|依法|按时|按期)(?:高效|规范|妥善)?办理(?![中完])"
               # "依申请公开政府信息7件,按时办结": the clause right after the count closes them all (a39)
               r"|按(?<=[件条个][,，]按)[时期]办结(?![率中数])")
ALL_DONE_SCAN = _from_opening(ALL_DONE)  # (a29-counts: from its opening words, see FROM_OPENING_NUMBERS)


# applications carried over from the year before, a count of them not 0 ("上年结转2件", "上年度结转的3件")
CARRIED_IN = re.compile(r"上(?:一)?年(?:度)?(?:结转|转结)[^。;,，\d]{0,8}?[1-9]\d*\s*[件项]")
# some applications carried on into the next year: "结转下年度继续办理1项", "转下一年办理2件"
# (and the words the other way round: "下年结转件2件"; a43)
# (and 转接/转结 for 结转: "转结下年度办理1件"; a51)
CARRIED_ON = re.compile(r"转(?:至|到|入|接|结)?(?:下|次)(?:一)?年(?:度)?(?:继续)?(?:办理)?"
                        r"[^。;,，\d]{0,6}?[1-9]\d*\s*[件项]"
                        r"|下(?:一)?年(?:度)?结转[^。;,，\d]{0,4}?[1-9]\d*\s*[件项]"
                        # (and the next year by its number: "…申请25件,转至2026年办理2件,均及时回复"; a54)
                        rf"|{INTO_NAMED_YEAR}(?:继续)?(?:办理)?[^。;,，\d]{{0,6}}?[1-9]\d*\s*[件项]")
# what else is answered "all, on time": messages, calls, deputies' proposals
OTHER_ANSWERED = re.compile(r"留言|来电|来访|建议|提案|诉求|热线|信访")
# the requests' own count in a clause of its own after the other thing ("及时回应群众的诉求,2024年,我局共收到和处理
# 政府信息公开申请2件,已依法…答复": the phrase answers the requests; a39)
OWN_COUNT_CLAUSE = re.compile(rf"[,，][^,，]*?(?:公开申请|依申请公开)[^,，]{{0,8}}?{N}\s*件")


def _other_answered(before: str) -> bool:
    """Whether an all-answered phrase follows another thing answered ("来信7件,网民留言3件,全部予以答复"), not the
    requests' own count clause after it."""
    ends = [m.end() for m in OTHER_ANSWERED.finditer(before)]
    return bool(ends) and OWN_COUNT_CLAUSE.search(before, ends[-1]) is None


OTHER_HANDLED = re.compile(r"留言|来电|来访|建议|提案|诉求|热线|信访|咨询|来信|信箱|投诉|举报")
HANDLED_COUNT = re.compile(rf"(?:办结|答复|回复|处理){N}\s*件")
COUNT_BEFORE = re.compile(rf"{N}\s*件(?:申请)?\s*$")
COUNT_AFTER = re.compile(r"\s*(?:了)?\s*\d+\s*[件条项个]")
OVERDUE_WORD = led(r"超期|逾期")  # (per opening: 超, 逾)
SCAN_WORDS[OVERDUE_WORD] = ("超期", "逾期")
OVERDUE_PLAN = _plan_of(OVERDUE_WORD)
OVERDUE_SCAN = _from_opening(OVERDUE_WORD)
OVERDUE_BEFORE = re.compile(rf"{N}\s*件[^。;,\n]{{0,6}}$")


def _count_before_overdue(text: str, win: tuple[int, int]) -> Fact | None:
    """"有2件超期答复": found from the rare word backwards, never by trying every number."""
    if not _holds(text, win, OVERDUE_PLAN):
        return None
    for m in OVERDUE_SCAN.finditer(text, win[0], win[1]):
        if text.find("件", max(0, m.start() - 16), m.start()) < 0:
            continue  # OVERDUE_BEFORE needs its 件: a find, not a regex tried at each of 16 places
        before = OVERDUE_BEFORE.search(text[max(0, m.start() - 16):m.start()])
        if before and (value := to_int(before.group(1), before.group(2))) is not None:
            return Fact(value, snippet(text, m.start() - len(before.group(0)), m.end()))
    return None


# the channel an intake came through, right before its verb ("通过政务公开专区接收", "通过网上平台收到"; a39)
INTAKE_CHANNEL = re.compile(r"通过[^。;,，]{0,16}?(?:专区|平台|窗口|系统|渠道|信箱)\s*$")


def _same_figure(value: str, one: str, other: str) -> bool:
    """Whether two evidence snippets show the same figure in the same words: the figure (`value` as written) with
    the eight characters before it is in both."""
    if one == other:
        return True
    figure = re.search(rf"[^\d\s]{{8}}{re.escape(value)}(?!\d)", one)
    return figure is not None and figure.group(0) in other


def _all_handled(text: str, facts: dict[str, Fact], win: tuple[int, int], years: tuple[int, ...]) -> Fact | None:
    """"共受理申请12件，均已按时办结" / "137件申请均已答复": all handled, stated in words."""
    for m in ALL_DONE_SCAN.finditer(text, win[0], win[1]):
        # "除2件结转下年外，均已答复" is not all; "来信7件/网民留言…全部予以答复" is about something else: the next
        # all-done words may be the requests' ("…热线…综合办结率100%。全年依申请公开3条,均…办结"; a53)
        before = text[clause_bounds(text, m.start(), 60)[0]:m.start()]
        if not ("除" in before or EXCLUDE_MATCH["requests.completed"].search(before[-24:]) or _other_answered(before)
                or OTHER_APPLICATION.search(before) and not OWN_REQUEST.search(before)
                or not ABOUT_DISCLOSURE["requests.completed"].search(
                    _context(text, m.start(), "requests.completed"))):
            break
    else:
        return _one_handled(text, facts) or _next_clause_done(text, facts)
    if COUNT_AFTER.match(text, m.end()):
        return None  # "…申请3件,已答复2件,结转…1件": the count after the verb is the number answered (_number_match)
    if about_other_year(text, m.start(), years) or PRIOR_YEAR_SAID.search(before):
        return None  # "2023年共收到申请10件，全部办结", "对上年度未办结的1件申请，已全部办结": another year's
    if m.group().endswith("%") and HANDLED_COUNT.search(before):
        return None  # "其中按期办结36件，按期办结率达100%": the count itself is read (_number_match)
    # the count right before the phrase is the number handled (searched from the rare phrase backwards,
    # so a long run of numbers never makes this quadratic)
    counted = COUNT_BEFORE.search(text[max(0, m.start() - 16):m.start()])
    if counted and (value := to_int(counted.group(1), counted.group(2))) is not None:
        return Fact(value, snippet(text, m.start() - len(counted.group(0)), m.end()))
    if (handled := HANDLED_PHRASE_BEFORE.search(text[max(0, m.start() - 40):m.start()])) \
            and (value := to_int(handled.group(1), handled.group(2))) is not None:
        return Fact(value, snippet(text, m.start() - len(handled.group(0)), m.end()))  # "答复…39件,均在…予以答复"
    received = facts.get("requests.received")
    listed = received is not None and parts_make_whole(before, received.value)
    if not listed and (REST_BEFORE.search(before)
                       or one_part_before(before, received.value if received else None)):
        return None  # "撤回1件，其余均已答复": the rest, a difference not stated; "其中网上3件，已答复": the 3 or all?
    if not listed and other_count_before(before, received):
        return None  # "…42件,同意公开答复20件,均…予以答复": the 20's (an outcome, F13) or all? Not said
    if received is None or received.value == 0:
        return None
    if CARRIED_ON.search(text, max(0, m.start() - 100), m.start()) \
            or CARRIED_ON.search(text, m.end(), line_end(text, m.end(), 300)):
        return None  # "…办理15项,结转下年度继续办理1项。均按时…答复": not all of those received were finished
        # (nor "…42件,均…予以答复,结转下年度继续办理3件", nor a later sentence of the paragraph, "…进行了规范答复,其中
        # …12件。转结下年度办理1件。"; a51)
    if CARRIED_IN.search(text, clause_start(text, m.start(), 200, "\n"), _sentence_stop(text, m.end())):
        return None  # "上年结转2件,本年收到6件,均已按时办结": all of 2 + 6, a sum the text does not state (the labels'
        # rule: no figure the text does not give); "…6件,均已办结,另有上年结转的2件也已办结" the same, and so is a
        # carried-over count the paragraph gives in the sentence before ("上年度结转的2件已办结。本年度新收5件,均已…")
    said = snippet(text, m.start(), m.end(), width=30)
    evidence = said if str(received.value) in said else f"{received.evidence[:50]} … {said}"
    return Fact(received.value, evidence)


# the phrase right before the all-done words counts those handled, its verb opening it ("答复依申请公开政府信息39件,"):
# the all-done words say how those were handled (not an outcome or a way, "同意公开答复2件", F13)
HANDLED_PHRASE_BEFORE = re.compile(rf"(?:^|[,，])\s*(?:共|已|并|全年|本年度?)?(?:答复|办结|回复|处理|办理)"
                                   rf"[^。;,，\d]{{0,16}}?{N}\s*件\s*[,，]\s*$")
# the year before, not in a comparison ("比上年增加2件,均已答复" answers this year's)
PRIOR_YEAR_SAID = re.compile(r"(?<![比较])(?:上一?年|去年)(?!度?(?:结转|转结|同期))")
REST_BEFORE = re.compile(r"(?:其余|其他|剩余|余下)(?:的)?(?:申请)?\s*$")
ONE_COUNT = re.compile(r"(\d+)\s*[件条项个]")


# the words that open a count's parts: "其中当面2件、网上3件", "包括信函申请2件、网络申请19件" (a35)
PARTS_WORDS = ("其中", "包括")


def _last_phrase(before: str) -> str:
    """The phrase right before the all-done words, with the 其中 or 包括 that opens it where a comma follows that word
    ("其中,部分公开2件,")."""
    lead = before.rstrip(",， ")
    cut = last_of(lead, ",，")
    part = lead[cut + 1:]
    opener = lead[max(0, cut - 2):cut] if cut >= 0 else ""
    return opener + part if opener in PARTS_WORDS else part


def other_count_before(before: str, received: Fact | None) -> bool:
    """The phrase right before the all-done words counts something with no verb of receiving ("同意公开答复20件,"):
    the words may be about that count alone, so they do not answer the received count. The received count's own
    phrase with no verb ("全年依申请公开3条,均在规定时限内办结") is not another count (a53)."""
    part = _last_phrase(before)
    count = ONE_COUNT.search(part)
    if count is None or RECEIVING.search(part) or part.startswith(PARTS_WORDS):
        return False
    return not (received is not None and OWN_REQUEST.search(part) and int(count.group(1)) == received.value)


def parts_make_whole(before: str, whole: int) -> bool:
    """The parts after 其中 before the all-done words add up to the received count ("受理…5件。其中,同意公开的3件,
    不属于本机关公开的2件,均依法依规答复"): every part listed, so the words answer the whole (a39). With no 其中, the
    parts right after the whole's own count ("收到申请3件,2件为自然人申请,1件为…申请,已全部办结"; a54)."""
    at = before.rfind("其中")
    if at >= 0:
        counts = [int(c) for c in ONE_COUNT.findall(before, at)]
    else:
        counts = [int(c) for c in ONE_COUNT.findall(before)]
        counts = counts[counts.index(whole) + 1:] if whole in counts else []
    return len(counts) >= 2 and sum(counts) == whole


def one_part_before(before: str, whole: int | None = None) -> bool:
    """The phrase right before the all-done words is one part after 其中 ("其中书面申请2件,"): they may answer that
    part or the whole. Parts that list the whole ("其中当面2件、网上3件,均已答复", "包括信函2件、网络19件,全部…办结")
    answer the whole, and so does one part as large as the whole (`whole`, "收到申请2件,其中,部分公开2件,均在时限内
    办结"; a38)."""
    part = _last_phrase(before)
    counts = ONE_COUNT.findall(part)
    return part.startswith(PARTS_WORDS) and len(counts) == 1 \
        and (whole is None or int(counts[0]) != whole)


def _quiet_sections(text: str, spans: dict[str, tuple[int, int]], facts: dict[str, Fact]) -> None:
    for section, names in QUIET_SECTION.items():
        if section not in spans or all(n in facts for n in names):
            continue
        start, end = spans[section]
        body_start = text.find("\n", start, end)
        body = text[body_start:end].strip() if body_start >= 0 else ""
        if section == "fees" and "申请" in body and not re.search(r"收费|收取|费用|免费|减免", body):
            continue  # "本单位未收到政府信息公开申请。": no requests, and nothing said of fees
        if section == "review_litigation" and re.search(r"咨询|申请", body) \
                and not re.search(r"复议|诉讼|此类|上述|以上|相关", body):
            continue  # "四、咨询处理及复议、诉讼…情况\n本年度未接到…咨询。": no enquiries, none of appeals (a43)
        if body and len(body) <= 40 and NEGATION.search(body) and not re.search(r"\d", body) \
                and not cut_off(text, body_start + 1):  # ("…收费\n由于本单位未发生" and the text ends: a40)
            for name in names:
                facts.setdefault(name, Fact(0, snippet(text, body_start + 1, end)))


UNIT_AFTER = re.compile(r"\s*[件条个项]")
# the whole clause after the count says how they were answered: "共收到14件依申请公开,按要求按时予以答复"
NEXT_DONE = re.compile(rf"(?:并|均|全部|已)?{_DONE_AFTER}[^\d。;,，]{{0,4}}")


NOT_ALL_DONE = re.compile(r"\d|正在|尚未|结转")


def _next_clause_done(text: str, facts: dict[str, Fact]) -> Fact | None:
    """A clause of the sentence after the received count that is all of it a way of answering, with no count in
    the clauses between ("接到依申请公开2件,主要为…事宜,…,依法依规予以答复"): all answered."""
    received = facts.get("requests.received")
    if received is None or not received.value:
        return None
    at = text.find(received.evidence[:20])
    if at < 0:
        return None
    digits, stop = str(received.value), at + 80
    at = text.find(digits, at, stop)
    unit = None
    while at >= 0 and unit is None:  # the count itself, not the same digits inside "2022年"
        unit = None if at > 0 and text[at - 1].isdigit() else UNIT_AFTER.match(text, at + len(digits))
        if unit is None:
            at = text.find(digits, at + 1, stop)
    if unit is None:
        return None
    comma = _phrase_end(text, unit.end(), 16)
    for _ in range(4):  # the clauses of the sentence after the count, up to its full stop
        if text[comma:comma + 1] not in (",", "，"):
            return None
        end = _phrase_end(text, comma + 1, 40)
        said = text[comma + 1:end]
        if end >= len(text.rstrip()):
            return None  # "…申请3010件,答复政府信" where the page's text ends: the clause's count may be lost (a46)
        if NOT_ALL_DONE.search(said) or OTHER_ANSWERED.search(said):
            return None  # a count of its own ("依法答复3件"), or messages answered: not all the applications
        if NEXT_DONE.fullmatch(said):
            if CARRIED_IN.search(text, clause_start(text, at, 200, "\n"), _sentence_stop(text, end)) \
                    or CARRIED_ON.search(text, end, _sentence_stop(text, end)):
                return None  # (as _all_handled: the carried-over ones are answered too, a sum not stated; or some
                # are carried on into the next year, "…均在法定期限内予以答复,结转下年度继续办理3件")
            return Fact(received.value, snippet(text, at, end, width=30))
        comma = end
    return None


# (and "…1件政府信息公开申请,并在规定时间内进行了回复公开": 进行了, done; a39)
ONE_DONE = re.compile(r"(?:完成|作出|予以|及时|已|依法|进行了)[^。;,]{0,10}"
                      r"(?:答复|办结|回复|函告|告知(?![^。;,，]{0,8}补正))"
                      r"|(?:答复|办结|回复)完毕"
                      # "已依照有关规定及时办理": handled (the dev README: one request stated as handled counts 1)
                      r"|已(?:经)?(?:按照|依照|根据|按)?[^。;,转]{0,12}?(?:及时|依法|按时|按期)办理(?!中)")


def _one_handled(text: str, facts: dict[str, Fact]) -> Fact | None:
    """"收到申请1件，在法定时限内完成审查、办理与答复": a single request said to be answered counts 1 (the labels'
    rule); read only in the sentence that gives the one request, and not where it is still open (正在/尚未)."""
    received = facts.get("requests.received")
    if received is None or received.value != 1:
        return None
    # (the evidence's whole first piece: its first words may name the body, written before too; a39)
    said = received.evidence.split("…")[0].strip()
    count = text.find(said) if len(said) >= 20 else -1
    if count < 0:
        count = text.find(received.evidence[:20])  # (spaces the evidence evened out)
    if count < 0:
        return None
    start, end = clause_bounds(text, count + 10, 200)
    done = ONE_DONE.search(text, start, end)
    if done is None and text.startswith("。", end):
        # "…受理信息公开申请1件。该申请事项为可公开内容,已完成答复工作。": the next sentence, about the request
        # and with no count of its own, says it was answered
        start, end = clause_bounds(text, end + 1, 200)
        said = text[start:end]
        # (or opens on what it asked for, its subject left out: "涉及某林区面积等相关信息,已…予以答复"; a38)
        if ("申请" in said or said.startswith("涉及")) and not re.search(r"\d", said) \
                and not OTHER_HANDLED.search(said):
            done = ONE_DONE.search(text, start, end)
    if done is None or re.search(r"正在|尚未|未能|结转", text[start:end]):
        return None
    return Fact(1, snippet(text, done.start(), done.end(), width=40))
