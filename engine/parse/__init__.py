"""Text → ParsedReport: facts with evidence, and whether the text is a report at all."""

from __future__ import annotations

import re

from engine.parser_build import use_build

# first: a compiled build of this package that matches its sources goes first on its __path__ (engine/parser_build.py)
BUILD = use_build(__path__)

from engine.model import NOT_A_REPORT, OK, Document, Fact, ParsedReport
from engine.parse import headfix, kind, meta, split
from engine.parse.checks import (
    bare_total_contradictions,
    list_count_contradictions,
    other_year_contradictions,
    outcome_list_contradictions,
    parts_over_total_contradictions,
    prose_table_contradictions,
    restated_column_contradictions,
    restated_total_contradictions,
    share_contradictions,
    spanned_period_contradictions,
    total_part_contradictions,
)
from engine.parse.counts import count_facts
from engine.parse.mentions import mention_facts
from engine.parse.sections import headless_parts, section_facts, section_spans
from engine.parse.tables import read_tables
from engine.parse.textutil import OWN_VOICE
from engine.parse.university import university_facts

REPORT_KINDS = ("government_annual", "university_annual")


# pinyin that some sites print after each character: 公開(kāi), 國(guó) (tone marks or plain letters)
PINYIN_GLOSS = re.compile(r"\((?<=[\u4e00-\u9fff]\()[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")  # "(" first: a fast scan


def reposted_later(text: str, facts: dict[str, Fact]) -> bool:
    """A report's date after the season in which the report for the year after its own was due, with no index number
    of that year: a mirror's or an aggregator's re-posting time ("发布时间:2019-08-01" over a 2011 report), not the
    report's. A report is due in the season after its year (a school's in the autumn its academic year ends); from
    April two years on, the page is a re-post. A school's 2016-2017 report dated January 2018 is late, not re-posted,
    and keeps its date; so does a report whose title names a later year than its statistics period. The body's own
    portal that re-posts a report records the re-posting in its index number ("索引号: …/2015-28256")."""
    published, year = facts.get("doc.published_on"), facts.get("doc.year")
    if published is None or year is None:
        return False
    period, mismatch = facts.get("doc.period"), facts.get("doc.period_mismatch")
    last = year.value + 1 if period and "-" in str(period.value) else year.value  # an academic year's end
    titled = meta.titled_year(str(mismatch.value)) if mismatch else None
    if titled:
        last = max(last, titled)
    if published.value < f"{last + 2}-04-01":
        return False
    return not re.search(rf"索\s*引\s*[号號][^\n]{{0,60}}?(?<!\d){published.value[:4]}(?!\d)", text[:1500])


def parse_text(text: str, source: str, sha256: str = "") -> ParsedReport:
    # a Taiwan-style gateway's word for 信息; 谘 is the variant of 咨 that t2s leaves (諮詢 → 咨询, 谘詢 → 谘询)
    text = PINYIN_GLOSS.sub("", text)
    # (each replace asked only where one character of its word is: most texts hold neither, and a replace reads the
    # whole text for its word)
    if "讯" in text:
        text = text.replace("政府资讯", "政府信息")
    if "谘" in text:
        text = text.replace("谘询", "咨询")
    text = headfix.mend_head(text)  # a title a layout cut or letter-spaced: one title line for every reader
    facts: dict[str, Fact] = {}
    facts.update(meta.meta_facts(text))
    sections = section_facts(text)
    facts.update(sections)
    year = facts["doc.year"].value if "doc.year" in facts else None
    facts.update(count_facts(text, section_spans(text), year))
    tables = read_tables(text)
    facts.update(tables.facts)  # a table wins over the prose
    facts.update(mention_facts(text))
    problems = [*tables.inconsistencies, *total_part_contradictions(text), *share_contradictions(text),
                *bare_total_contradictions(text), *parts_over_total_contradictions(text),
                *restated_total_contradictions(text), *list_count_contradictions(text),
                *outcome_list_contradictions(text),
                *other_year_contradictions(text, year), *restated_column_contradictions(text, year),
                *spanned_period_contradictions(text)]
    if not any(p.startswith("表三") for p in tables.inconsistencies + tables.unread):  # read whole, holds together
        problems += prose_table_contradictions(text, tables.facts, tables.requests_at, year)
    facts["quality.inconsistencies"] = Fact(problems, "; ".join(problems)[:200])
    title = meta.title_match(text)
    title_line = text[title.start():text.find("\n", title.start())] if title else ""
    doc_kind, why = kind.classify(text, facts, title_line)
    facts["doc.kind"] = Fact(doc_kind, why)
    if doc_kind == "other" and "doc.agency" in facts \
            and (office := meta.notice_office(facts["doc.agency"], why, title_line)):
        facts["doc.agency"] = office  # (its level is its department's: the office is the department's own)
    if doc_kind != "other":  # (judged without them: a part read from a paragraph never makes a text a report)
        facts.update(headless_parts(text, sections))
    if doc_kind == "university_annual":
        facts.update(university_facts(text))
        facts["doc.level"] = Fact("university", facts["doc.level"].evidence)
    elif doc_kind == "other" and kind.SCHOOL.search(text, 0, 1500):
        # a school's page that is no report (its 信息公开目录, a 招生十公开 rule) still says which 清单 categories and
        # enrolment disclosures it names: kept where it names at least three of them
        listed = university_facts(text)
        if sum(1 for k, f in listed.items() if f.value and not k.startswith("university.item.")) >= 3:
            facts.update(listed)
    if doc_kind == "other":  # parts are parts of a report: an essay has none, nor speaks for an agency
        for name in sections:
            facts[name] = Fact(False, "不是报告")
        if why.startswith(kind.NEWS_REASONS) and "doc.agency" in facts:
            # a news item (an open day, a meeting, a reporter's lead) is written about a body, not by it: no author,
            # as the web corpus's news labels have none
            named = facts.pop("doc.agency")
            facts["doc.agency_missing"] = Fact(f"新闻报道, 文中的机关是报道对象: {named.value}", named.evidence)
        # (a notice, plan or speech in a body's voice, "结合我镇实际", still has that level; a news item has another's)
        if "doc.agency" not in facts and (why.startswith(kind.NEWS_REASONS)
                                          or not OWN_VOICE.search(text, 0, 4000) and not meta.unnamed_unit_level(text)):
            facts["doc.level"] = Fact("unknown", "未署名的文章")  # a level only where the text speaks for a body
    if doc_kind in REPORT_KINDS and reposted_later(text, facts):
        del facts["doc.published_on"]
    status = OK if doc_kind in REPORT_KINDS else NOT_A_REPORT
    return ParsedReport(source=source, status=status, facts=facts, text=text, sha256=sha256)


def parse(doc: Document) -> list[ParsedReport]:
    """One ParsedReport per document in the file; PATH#N when the file holds several."""
    pieces = split.split(doc.text)
    if len(pieces) == 1:
        return [parse_text(doc.text, doc.source, doc.sha256)]
    return [parse_text(p, f"{doc.source}#{i}", doc.sha256) for i, p in enumerate(pieces, 1)]
