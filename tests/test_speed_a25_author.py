"""a25-author: the author's scans rewritten to open with a literal, split per opening character, gated or matched at
the one place they can start, and region's chains asked only where a place can end — each held against the form it
replaces on made-up texts of its words."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.parse import author, region

FILLER = ["0", "3", "12", "2021", "年", "月", "日", "度", " ", "\t", "\n", "。", "，", ",", "、", ":", "：", "(", ")",
          "（", "）", ";", "；", "！", "x", "某", "县", "局", "本", "我", "和", "及"]
NAMES = ["某县水利局", "某县人民政府办公室", "县统计局", "某镇", "某市", "某区政府办", "某中心", "365某某网址"]


def _texts(words: list[str], max_size: int = 40):
    return st.lists(st.sampled_from(sorted({*words, *"".join(words), *FILLER})), max_size=max_size).map("".join)


def _cjk_words(pattern: str) -> list[str]:
    return re.findall(r"[\u4e00-\u9fff、]+", pattern)


def _found(matches) -> list[tuple]:
    return [(m.span(), m.groups(), [m.span(k) for k in range(1, len(m.groups()) + 1)]) for m in matches]


def _groups(matches) -> list[tuple]:
    """Every group and its span (a scan that takes in a character before its first group starts its match earlier)."""
    return [(m.groups(), [m.span(k) for k in range(1, len(m.groups()) + 1)]) for m in matches]


# ---------------------------------------------------------------- the contact's scans, per opening character

# as they were before a25-author (one pattern each, a choice of first characters), with a41's calls (请致电, 可致电)
# and a42's enquiry (可咨询:)
OLD_CONTACT = re.compile(r"(?:请与|请(?:联系|联络|咨询)\s*[:：]?|请致电|直接与|可与|可致电|可咨询\s*[:：])"
                         rf"\s*({author.NAME_CHARS}{{2,40}}?)\s*(?:联系|[,,(。;；]|$)", re.M)
OLD_SPAM_CONTACT = re.compile(r"(?:请与|请(?:联系|联络|咨询)\s*[:：]?|请致电|直接与|可与|可致电|可咨询\s*[:：])"
                              r"\s*([^\s。,，;；(（]{2,60}?)"
                              r"\s*(?:联系|[,，(（。;；]|$)", re.M)
OLD_CONTACT_PERSON = re.compile(rf"(?:请与|直接与|可与)\s*({author.NAME_CHARS}{{2,40}}?(?:办公室|科|股|室|办))\s*"
                                r"[\u4e00-\u9fff]{2,3}?(?:同志)?\s*联系")
OLD_CONTACT_LABEL = re.compile(rf"(?:联系单位|联系部门|受理单位|受理机构|单(?<=[\s\d,，;；]单)位(?:名称)?)\s*[:：]\s*"
                               rf"({author.NAME_CHARS}{{2,40}}?{author.AGENCY_END})(?=[\s,，;；。]|$|联系|地址|电话|邮编|传真)",
                               re.M)
CONTACT_PIECES = ["请与", "请联系", "请联络", "请咨询", "直接与", "可与", "请致电", "可致电", "致电", "可咨询:", "咨询",
                  "联系", "同志", "陈某", "办公室", "科", "单位", "名称",
                  "联系单位", "联系部门", "受理单位", "受理机构", "地址", "电话", "abc", *NAMES]


@settings(max_examples=600)
@given(_texts(CONTACT_PIECES, 50))
@example("请与某县水利局办公室陈某联系。可与某县人民政府办公室联系")
@example("请联系：某县水利局,直接与365某某网址水利局联系")
@example("联系单位:某县水利局 地址\n单位：某镇 电话 受理机构:某县人民政府办公室。")
@example("请与请联系:某县水利局联系")
@example("可致电某县水利局,请致电可与某县人民政府办公室联系")
def test_the_contact_scans_find_what_the_patterns_as_written_find(text):
    assert _found(author.CONTACT.finditer(text)) == _found(OLD_CONTACT.finditer(text))
    assert _found(author.SPAM_CONTACT.finditer(text)) == _found(OLD_SPAM_CONTACT.finditer(text))
    assert _found(author.CONTACT_PERSON.finditer(text)) == _found(OLD_CONTACT_PERSON.finditer(text))
    assert _found(author.CONTACT_LABEL.finditer(text)) == _found(OLD_CONTACT_LABEL.finditer(text))


def test_the_contact_scans_are_read_as_written():
    """The patterns the scans stand for are the old ones (their match, and the pattern text other code reads)."""
    assert author.CONTACT.pattern == OLD_CONTACT.pattern
    assert author.SPAM_CONTACT.pattern == OLD_SPAM_CONTACT.pattern
    assert author.CONTACT_PERSON.pattern == OLD_CONTACT_PERSON.pattern
    assert author.CONTACT_LABEL.pattern == OLD_CONTACT_LABEL.pattern


# ---------------------------------------------------------------- the opening's patterns, per opening character

OLD_SELF_REFERENCE = re.compile(rf"(?:本机关|本行政机关|本单位|本部门|[我本][局委办镇乡厅])\s*[(（]\s*"
                                rf"({author.NAME_CHARS}{{2,30}}?{author.AGENCY_END})\s*[)）]")
OPENING_PIECES = [w for regex in author.OPENING for w in _cjk_words(regex.pattern)] + NAMES


@settings(max_examples=600)
@given(_texts(OPENING_PIECES, 60))
@example("特向社会公布本机关(某镇人民政府)2021年度报告。我局(某县水利局)")
@example("根据某大学2019-2020年度信息公开实际情况编写,结合2021年某县残联政府信息公开工作编制而成")
@example("本报告由某区人民政府办公室发布。该年报由某县水利局公布")
@example("为认真做好某局政府信息公开工作，做实某县水利局的政务公开工作")
@example("我厅(某省教育厅)、本乡（某乡人民政府）")
def test_the_opening_scans_find_what_the_opening_patterns_find(text):
    for regex, scan in zip(author.OPENING, author.OPENING_SCANS, strict=True):
        assert _found(scan.finditer(text)) == _found(regex.finditer(text)), regex.pattern
    self_reference = next(r for r in author.OPENING if r.pattern.startswith("(?:本机关"))
    assert _found(self_reference.finditer(text)) == _found(OLD_SELF_REFERENCE.finditer(text))


# ---------------------------------------------------------------- the weakest namings

OLD_OWN_SITE = re.compile(r"(?<=[和及、])\s*([\u4e00-\u9fff]{2,8}?(办|局|委))(?:门户|官方)?网站")


@settings(max_examples=500)
@given(_texts(["和", "及", "、", "市政府网站", "法制办", "网站", "门户", "官方", "某局", "某县水利局", "委", "办"], 40))
@example("在市政府网站和法制办网站、某县水利局门户网站及 某委官方网站")
@example("和和法制办网站网站及法制办网站")
def test_own_site_reads_the_names_the_lookbehind_read(text):
    assert _groups(author.OWN_SITE.finditer(text)) == _groups(OLD_OWN_SITE.finditer(text))


OLD_YEAR_AFTER_BODY = re.compile(r"(?<=[局委办])(?:19|20)\d[\dxX]\s*年度?\s*(?:全年|度内)?\s*(?:共|累计)?"
                                 r"(?:主动公开|受理|收到|发布)")


def _old_generic_body_before_year(head: str) -> list:
    found = []
    for m in OLD_YEAR_AFTER_BODY.finditer(head):
        name = author.GENERIC_BODY_END.search(head, max(0, m.start() - 14), m.start())
        if name and ("我" + name.group(1) in head or "本" + name.group(1) in head):
            found.append(author.Candidate(name.group(0), "opening", name.span(), weak=True))
    return found


@settings(max_examples=500)
@given(_texts(["县招投标局", "市某委", "区某办", "2019", "201x", "年度", "全年", "度内", "共", "累计", "主动公开",
               "受理", "收到", "发布", "我局", "本委", "我办", "本局"], 40))
@example("我局。县招投标局2019年全年主动公开政府信息302条")
@example("本委:市某委2020年度共受理")
@example("县招投标局2019年主动公开")
@example("本办:区某办2020年度共受理")
def test_a_generic_body_before_its_year_is_read_where_it_was(head):
    assert _found(author.YEAR_AFTER_BODY.finditer(head)) == _found(OLD_YEAR_AFTER_BODY.finditer(head))
    assert list(author._generic_body_before_year(head)) == _old_generic_body_before_year(head)


OLD_LOWER_VOICE = re.compile(r"我(?:办|处)|[我本](?:镇|乡|街道|局|委|中心|站|队)")


@settings(max_examples=400)
@given(_texts(["我", "本", "办", "处", "镇", "乡", "街道", "局", "委", "中心", "站", "队", "本办法"], 30))
@example("本办法我处")
@example("本中心我街道")
def test_the_lower_voice_is_found_where_it_was(text):
    old, new = OLD_LOWER_VOICE.search(text), author.LOWER_VOICE.search(text)
    assert (new and new.span()) == (old and old.span())


@settings(max_examples=200)
@given(_texts(["工作水平", "某街道办事处", "某县水利局", "2013", "年", "3", "月", "7", "日", " ", "\n", "。", "！", ";",
               "；", "(某镇)"], 40), st.integers(0, 60))
@example("…工作水平。某街道办事处2013年3月7日", 0)
@example("工作。某街道办事处 2013 年 3 月 7 日 \n", 3)
@example("；某县水利局2013年3月7日。某县水利局2013年3月7日", 0)
def test_a_run_on_signature_is_matched_at_the_last_stop(text, start):
    old = author.RUN_ON_SIGNATURE.search(text, start)
    new = author.run_on_signature(text, start)
    assert (new and (new.span(), new.group(1))) == (old and (old.span(), old.group(1)))


# ---------------------------------------------------------------- the signature, own report, spam opening

OLD_OWN_REPORT = re.compile(r"[我本](部|局|委|厅|署|办)(?:按要求|按照要求|及时)?(?:上报|报送|呈报|编制|形成|撰写)了?"
                            r"《([\u4e00-\u9fff]{2,30}?)(?:落实|关于|开展|\d{4}年)[^》]{0,40}(?:报告|总结)》")
OLD_SPAM_OPENING = re.compile(r"(?:现公布|现公开|向社会公布|向社会公开|结合|由)\s*((?!(?:19|20)\d\d(?!\d))[A-Za-z0-9_]"
                              r"[^\s。\n,，《》]{1,60}?(?:局|委员会|办公室|中心))")


@settings(max_examples=160)
@given(_texts([*_cjk_words(OLD_OWN_REPORT.pattern), *_cjk_words(OLD_SPAM_OPENING.pattern), "《", "》", "外交部",
               "2021年", "abc88", "365", "水利局"], 50), st.integers(0, 30), st.integers(0, 60))
@example("我部按要求上报《外交部落实2021年自查情况报告》", 0, 60)
@example("本局报送了《某局关于2021年工作总结》现公布365某某网址水利局2021年度", 0, 60)
@example("由abc88某某网址审计局结合2021", 0, 60)
@example("向社会公开abc88某某网址审计局", 0, 60)
def test_own_report_and_spam_opening_find_what_the_patterns_find(text, pos, endpos):
    assert _found(author.OWN_REPORT.finditer(text, pos, endpos)) == _found(OLD_OWN_REPORT.finditer(text, pos, endpos))
    assert _found(author.SPAM_OPENING.finditer(text)) == _found(OLD_SPAM_OPENING.finditer(text))


SIGNATURE_PIECES = ["某市某区", "某镇人民政府", "某县水利局", "监督管理局", "编制单位", "(盖章)", "2023", "二〇二三",
                    "年", "1", "月", "5", "日", "\n", " ", "\t", ":", "市场"]


@settings(max_examples=260)
@given(_texts(SIGNATURE_PIECES, 40), st.integers(0, 50))
@example("某市某区\n某镇人民政府\n2023年1月5日", 0)
@example("x\n某市某区市场\n监督管理局 2023年1月15日\n某县水利局\n某县水利局 2023\n年1月5日\n", 1)
@example("编制单位:某县水利局(盖章)2023年1月5日\n\n某镇人民政府", 0)
@example("某市某区\n某镇人民政府\n二零二三年一月五日\n某县水利局\n二零二三年一月六日", 0)
def test_signatures_are_tried_at_line_starts_with_the_same_matches(text, start):
    for regex in (author.SIGNATURE, author.SPLIT_SIGNATURE):
        assert _found(author.at_line_starts(regex, text, start)) == _found(regex.finditer(text, start))


# ---------------------------------------------------------------- region: a chain only where a place can end


def _old_chain_before(s: str) -> list[str]:
    starts = [0] + [i for i in range(1, len(s)) if s[:i].endswith(region.INTRODUCERS)]
    chains = [c for c in (region._chain_from(s, i) for i in reversed(starts)) if c]
    return max(chains, key=len, default=[])


def _old_name_places(agency: str) -> list[str]:
    for end in range(min(len(agency), 40), 1, -1):
        chain = region._chain_from(agency[:end], 0)
        if chain:
            return chain
    return []


REGION_PIECES = ["江苏省", "淮安市", "洪泽区", "人民政府", "自治区", "自治州", "自治县", "地区", "盟", "旗", "和县",
                 "城关镇", "本报告由", "由", "年度", "水利局", "市场监督管理局", "某", "东岚", "柳溪县", "县", "市",
                 "区", "省", "州"]


@settings(max_examples=200)
@given(_texts(REGION_PIECES, 24))
@example("本报告由江苏省淮安市洪泽区")
@example("东岚市柳溪县水利局")
@example("内蒙古自治区某盟某旗人民政府")
def test_region_chains_are_read_where_they_were(s):
    assert region._chain_before(s) == _old_chain_before(s)
    assert region.name_places(s) == _old_name_places(s)
