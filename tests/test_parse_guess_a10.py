"""No value the page gives for something else, no contradiction it does not contain, no part it does have left
unread (issue 12, a10-guess). Each case both ways where a plain form exists: the guarded form gives nothing (or the
right thing), the plain form is read as before. Names, places and prose are invented."""

import pytest

from engine.parse import parse_text
from engine.parse.checks import total_part_contradictions


# --- a count in brackets is a part of the count before it; a count written as a lower bound -------------------

@pytest.mark.parametrize("sentence", [
    # the bracketed 60 is part of the website's 420, not a third part of the total
    "2022年,我乡主动公开政府信息共600条,其中通过县政府网站公开信息共420条(其中专题专栏公开信息60条),"
    "通过公示栏公开政府信息共计180条。",
    # full-width brackets
    "全年共受理咨询90人次,其中电话咨询50人次（其中夜间热线12人次）,现场咨询40人次。",
    # 余 on both sides: no sum of lower bounds can contradict a lower bound
    "全年共主动公开政府信息700余条,其中网站公开400余条,公示栏公开350余条。",
    # a total of at least 500 and exact parts above it
    "全年共发布信息500余条,其中工作动态320条,通知公告210条。",
    # parts of at least their sum, below an exact total
    "全年共发布信息500条,其中工作动态300余条,通知公告150余条。",
])
def test_nested_and_approximate_counts_are_no_contradiction(sentence):
    assert total_part_contradictions(sentence) == []


@pytest.mark.parametrize("sentence", [
    # the plain forms still contradict: a bracket elsewhere does not hide the parts
    "全年共主动公开政府信息600条,其中政策文件200条(含解读稿),工作动态300条,通知公告50条。",
    # an exact total above approximate parts' sum can still be exceeded
    "全年共发布信息500条,其中工作动态400余条,通知公告150余条。",
    # an approximate total below exact parts' sum
    "全年共发布信息500余条,其中工作动态200条,通知公告100条,其他信息50条。",
])
def test_plain_breakdowns_still_contradict(sentence):
    assert len(total_part_contradictions(sentence)) == 1
