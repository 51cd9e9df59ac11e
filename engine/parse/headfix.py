"""A title as a page or a PDF export cut it, mended before it is read: lines broken inside the title's own words,
and a year whose digits were spaced apart. The title readers (meta, author, kind) then see one title line."""

from __future__ import annotations

import re

from engine.parse.meta import TITLE_WORDS as TITLE_WORDS_READ

# the title's words without a line break, and with the one the title readers take already (before 年度报告)
TITLE_WORDS = re.compile(TITLE_WORDS_READ.replace(r"\n?", ""))
READ_ALREADY = re.compile(TITLE_WORDS_READ)
HEAD = 600  # a title is among a page's first lines
SHORT = 40  # a title's line; a sentence's or a paragraph's is longer or has its punctuation
SENTENCE = re.compile(r"[。，,;；:：!！?？>›»|]")  # (and a breadcrumb's or a table's marks)
YEAR_WORD = "年"  # in every YEAR_END match: a line without it is not searched
YEAR_END = re.compile(r"(?:(?:19|20)\d{2}|二[〇零○][一二三四五六七八九〇零○]{2})[ \t]*年度?[ \t]*$")
# "2 0 2 1年", a letter-spaced title's year (the spaces between Han characters are gone in normalise; those between
# digits stay there, where they may be a table row's columns)
# a page's own word on a line above the title ("目录", "正文"): the page's furniture, never the title's first part (a52)
PAGE_WORD = re.compile(r"目录|正文|全文|详情|详细内容|文章内容|打印|返回|关闭")
SPACED_YEAR = re.compile(r"(?<![\d ])[ ]?([12]) (\d) (\d) (\d)[ ]?(?=年)")


# a page flattened to one line whose title runs on into a signing name and its date before the first words of the
# text ("2009某市某区政府信息公开工作年度报告某市某区人民政府2010年2月20日引言本年度报告…", the spaces between
# them gone in normalise): the title, then the name and date on a line of their own, as the page showed them
RUN_ON = re.compile(rf"^([ \t]*[^\n。，,;；:：]{{0,60}}?{TITLE_WORDS.pattern})"
                    r"([^\n。，,;；:：\d]{2,30}?(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日)"
                    r"(?=[ \t]*(?:引[ \t]*言|前[ \t]*言|一[ \t]*、|根据|按照|依据|为|本))")


# a title a page printed twice with no break between, run on into the text ("某市2018年…年度报告某市2018年…年度报告
# 2018年,某市…"): the title on a line of its own (a52)
DOUBLED_TITLE = re.compile(r"^([ \t]*)([^\n。，,;；:：]{6,60}?(?:年度报告|年报))\2[ \t]*(?=\S)")


# a document-sharing site's copy ("资源描述\n1、某局政府信息公开工作 2016 年年度报告一、概述某局以…"): its first
# page, numbered 1、, holds the document's title run on into its text: the title on a line of its own, its spaces
# gone (a54)
SHARED_FIRST_PAGE = re.compile(r"(资源描述[:：]?[ \t]*\n\s*)1[、.．][ \t]*([^\n。，,;；:：]{4,60}?"
                               r"(?:年度报告|年报|工作报告|报告|总结))[ \t]*(?=\S)")


def mend_head(text: str) -> str:
    """The text with its title's layout breaks removed, or the text itself when its head has none."""
    head = text[:HEAD]
    mended = SPACED_YEAR.sub(r"\1\2\3\4", head) if " " in head else head
    if "报" in mended[:130]:
        mended = DOUBLED_TITLE.sub("\\1\\2\n", mended, count=1)
    mended = _join_wrapped_title(mended)
    if "日" in mended:
        mended = RUN_ON.sub("\\1\n\\2\n", mended, count=1)
    if "资源描述" in mended:
        mended = SHARED_FIRST_PAGE.sub(lambda m: m.group(1) + m.group(2).replace(" ", "") + "\n", mended, count=1)
    return text if mended == head else mended + text[HEAD:]


def _join_wrapped_title(head: str) -> str:
    """Two or three short lines whose join holds the title's words across a line break that the title readers do not
    take ("某局2021年政府信息\n公开工作年度报告", "某局2021年\n政府信息公开工作\n年度报告"): joined."""
    if "公开" not in head:
        return head
    lines = head.split("\n")
    # (every line of the head: a site's metadata block, one field a line, may push the title below its eighth line;
    # a23-agency-gov)
    for i in range(len(lines) - 1):
        for n in (2, 3):
            part = [p.strip() for p in lines[i:i + n]]
            if len(part) < n or i + n == len(lines) and len(head) == HEAD:  # the head's last line may be cut
                continue
            if any(not p or len(p) > SHORT or SENTENCE.search(p) for p in part) or PAGE_WORD.fullmatch(part[0]):
                break
            joined = "".join(part)
            words = TITLE_WORDS.search(joined)
            cuts = [len("".join(part[:k])) for k in range(1, n)]
            if words is None or not any(words.start() < cut < words.end() for cut in cuts):
                continue  # the title's words whole on a line of their own: the lines are not one title
            if n == 3 and words.end() <= cuts[1]:
                continue  # the title ends on its second line, the third is the text's ("…公开\n年度报告\n一、总体
                # 情况"; a42)
            already = READ_ALREADY.search("\n".join(part))
            if n == 3 or not (already and "\n" in already.group()):
                return "\n".join([*lines[:i], joined, *lines[i + n:]])
        # (the line's length and its 年 asked first: most lines are no such year)
        if len(lines[i]) <= SHORT and YEAR_WORD in lines[i] and YEAR_END.search(lines[i]) \
                and TITLE_WORDS.match(lines[i + 1].strip()) \
                and not SENTENCE.search(lines[i]) and not TITLE_WORDS.search(lines[i]) \
                and not SENTENCE.search(lines[i + 1]):  # (a title's words, no sentence: "截至2020年\n政府…已发布。")
            # "某局2021年\n政府信息公开年度报告", "2021年度\n政府信息公开工作年度报告": the year's line and the words'
            return "\n".join([*lines[:i], lines[i].strip() + lines[i + 1].strip(), *lines[i + 2:]])
    return head
