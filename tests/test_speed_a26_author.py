"""a26-author: the author's scans gated by what every match holds or split per opening character — each held
against the form it replaces on made-up texts of its words."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.parse import author

FILLER = ["0", "3", "12", "2021", "年", "月", "日", "度", " ", "\t", "\n", "。", "，", ",", "、", ":", "：", "(", ")",
          "（", "）", ";", "；", "！", "x", "某", "县", "局", "本", "我", "和", "及"]


def _texts(words: list[str], max_size: int = 40):
    return st.lists(st.sampled_from(sorted({*words, *"".join(words), *FILLER})), max_size=max_size).map("".join)


def _found(matches) -> list[tuple]:
    return [(m.span(), m.groups(), [m.span(k) for k in range(1, len(m.groups()) + 1)]) for m in matches]


# ---------------------------------------------------------------- SIGNATURE tried only on a line that can end it

# every word AGENCY_END ends with (its branches' last characters), so that a generated line can end as a name does
AGENCY_WORDS = ["人民政府办公室", "政府办", "办公室", "委员会", "管委会", "街道办事处", "大学", "学校", "局", "厅",
                "署", "中心", "街道", "镇", "乡", "苏木", "县", "旗", "市", "州", "盟", "自治区", "省", "所", "院",
                "海关", "馆", "站", "队", "部门", "部", "商会", "残联", "工会", "供销社", "气象台", "新城", "科技园",
                "公司", "小学", "幼儿园", "二中", "林场"]
SIGNATURE_PIECES = ["某市某区", "某县水利局", "编制单位", "(盖章)", "（印）", "2023", "二〇二三", "年", "1", "月", "5",
                    "日", "\n", " ", "\t", ":", "市场", "。", "\r", *AGENCY_WORDS]


@settings(max_examples=500)
@given(_texts(SIGNATURE_PIECES, 30), st.integers(0, 40))
@example("某市某区\n某镇人民政府\n2023年1月5日", 0)
@example("编制单位:某县水利局(盖章)2023年1月5日 \t\n\n某镇人民政府", 0)
@example("某县二中\n某县林场\t\n某县幼儿园 (印) \n某县某局二〇二三年一月五日", 2)
@example("某县水利局。\n某县水利局\r\n", 0)
def test_signature_is_tried_only_where_a_line_can_end_it(text, start):
    assert _found(author.at_line_starts(author.SIGNATURE, text, start, author.SIGNATURE_ENDS)) \
        == _found(author.SIGNATURE.finditer(text, start))


def test_the_signature_ends_are_every_branch_s_last_character():
    """Read from AGENCY_END (a new branch adds its last character), with the date's 日 and the seal's brackets."""
    ends = author.SIGNATURE_ENDS
    assert ends is not None
    assert {"日", ")", "）", "局", "府", "室", "学", "园", "中", "场", "署", "司", "木"} <= ends
    assert "。" not in ends and "年" not in ends
    assert author.last_literals("(?:局|[一二]中(?!全)|(?<=[林农])场)") == frozenset("局中场")
    assert author.last_literals("(?:局|[业技]园|a+)") is None  # (a branch that ends in no literal: no gate)
    assert author.last_literals("局") is None


# ---------------------------------------------------------------- SITE_VIA per opening character, OWN_SITE gated

# (a36: 在 for 通过, the site's 官网 and 上; a38: a 子网站)
OLD_SITE_VIA = re.compile(rf"[我本](镇|乡|街道|局|委|办)\s*(?:通过|在)\s*[“\"]?({author.NAME_CHARS}{{2,30}}?"
                          r"(镇|乡|街道|局|委|办)(?:人民政府|政府|办事处)?)[”\"]?\s*(?:门户|官方|政务)?"
                          r"(?:子网站|网站|官网|网)?\s*上?"
                          r"\s*(?:共|累计)?(?:主动)?(?:发布|公开)")
SITE_PIECES = ["我镇", "本局", "我委", "本办", "我街道", "通过", "某镇人民政府", "某县水利局", "办事处", "门户", "官方",
               "政务", "网站", "网", "共", "累计", "主动", "发布", "公开", "“", "”", "和", "及", "、", "法制办", "某委",
               "在", "官网", "上", "子网站", "子"]


@settings(max_examples=1000)
@given(_texts(SITE_PIECES, 40))
@example("我镇通过某镇人民政府网站共发布信息66条,本局通过“某县水利局”门户网站主动公开")
@example("在市政府网站和法制办网站、某县水利局门户网站及 某委官方网站")
def test_site_via_finds_what_it_found(text):
    assert _found(author.SITE_VIA.finditer(text)) == _found(OLD_SITE_VIA.finditer(text))
    assert author.SITE_VIA.pattern == OLD_SITE_VIA.pattern


@settings(max_examples=330)
@given(_texts(["和", "及", "、", " ", "某县", "法制", "办", "局", "委", "门户", "官方", "网站", "网", "站"], 16))
@example("和某县委网站")
@example("及某县局官方网站")
@example("、 法制办门户网站")
def test_own_site_is_scanned_wherever_it_can_match(text):
    """The gate passes every text OWN_SITE finds a match in."""
    if any(author.OWN_SITE.finditer(text)):
        assert author.OWN_SITE_END.search(text) is not None


# ---------------------------------------------------------------- OWN_GROUP, META_BELOW, the area's voice per character

OLD_OWN_GROUP = re.compile(r"[我本](部|局|委|厅|署|办|镇|乡|街道|苏木)(?:[^。；;]{0,40}?[,，])?成立了?"
                           r"(?:[^。；;]{0,40}?的)?\s*([\u4e00-\u9fff]{2,30}?)(?:政府信息与政务公开|政府信息公开|政务公开|信息公开)"
                           r"(?:[和及与、]?(?:政府信息公开|政务公开|信息公开))?(?:工作)?领导小组")
OLD_META_BELOW = re.compile(r"(?:发布机构|发布机关|发文机关|发文机构|发文单位|发布单位|发布部门|信息来源|来源单位|"
                            r"所属机构|所属单位|公开主体|责任部门)"
                            r"[ \t]*[:：]?[ \t]*\n[ \t]*([^\s|:：]{2,40})[ \t]*$", re.M)
OLD_AREA_SELF = re.compile(r"[我本](?:县|区|市|旗)")
OLD_BELOW_AREA_SELF = re.compile(r"[我本](?:局|委|办|厅|署|中心|镇|乡|街道|校|院|所|站|馆|公司)")
VOICE_PIECES = ["我局", "本镇", "我街道", "我县", "本区", "本市", "我旗", "本公司", "我中心", "成立", "成立了", "的",
                "某县水利局", "政府信息公开", "政务公开", "信息公开", "工作", "领导小组", "发布机构", "信息来源",
                "责任部门", "所属单位", "公开主体", "发文机关", "某县民政局", "成文日期", "|"]


@settings(max_examples=1000)
@given(_texts(VOICE_PIECES, 40), st.integers(0, 30), st.integers(0, 60))
@example("我局高度重视,成立了由局长任组长的某县水利局政府信息公开工作领导小组", 0, 60)
@example("本镇成立某镇政务公开领导小组。我局成立局信息公开领导小组", 1, 60)
@example("本镇成立某镇政务公开领导小组", 0, 60)
@example("我局成立了某市某局政务公开和政府信息公开工作领导小组", 0, 60)
@example("发布机构\n某县民政局\n成文日期\n信息来源：\n 某县水利局 \n责任部门\n|x", 0, 60)
@example("责任部门\n某县水利局", 0, 60)
@example("我县本局我市", 0, 60)
@example("本旗本局", 0, 60)
def test_the_voice_led_scans_find_what_the_class_led_patterns_find(text, pos, endpos):
    assert _found(author.OWN_GROUP.finditer(text, pos, endpos)) == _found(OLD_OWN_GROUP.finditer(text, pos, endpos))
    assert _found(author.META_BELOW.finditer(text)) == _found(OLD_META_BELOW.finditer(text))
    for new, old in ((author.AREA_SELF, OLD_AREA_SELF), (author.BELOW_AREA_SELF, OLD_BELOW_AREA_SELF)):
        assert _found([m for m in [new.search(text, pos)] if m]) == _found([m for m in [old.search(text, pos)] if m])
    assert (author.OWN_GROUP.pattern, author.META_BELOW.pattern) == (OLD_OWN_GROUP.pattern, OLD_META_BELOW.pattern)
