"""Counts the text does not give as the year's own: items reported up to a higher body, a count up to a day before
the year's end (issue 12, a7-guess). Each case both ways: the guarded form is absent, the plain form is read."""

import pytest

from engine.parse.counts import count_facts


def new(text: str, year: int = 2024):
    fact = count_facts(text, {}, year).get("proactive.new")
    return fact.value if fact else None


@pytest.mark.parametrize("text", [
    "一年来，我镇共上传信息132条，被录用18条。",          # taken up by the higher body: reported upward
    "全年向县政府报送政务信息45条，采用12条。",
    "本年度共上报信息66条。",
    "我局向上级报送了45条政务信息。",                    # the count before its word, the verb 报送 in the phrase
])
def test_information_reported_upward_is_no_proactive_count(text):
    assert new(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("全年共上传信息385条。", 385),                        # uploaded to its own site: the year's count
    ("一年来，我镇共上传信息132条。", 132),
    ("我局主动公开了45条政务信息。", 45),
])
def test_information_published_is_read(text, value):
    assert new(text) == value


@pytest.mark.parametrize("text", [
    "截至2024年12月13日，我镇主动公开政府信息474条。",     # up to a day in December, not the year's end
    "截止2024年11月底，本局共发布各类信息210条。",
    "截至2025年1月10日，我镇主动公开政府信息474条。",      # a day past the year: nor is it the year's
    "截至11月30日，我镇主动公开了210条政府信息。",
])
def test_count_up_to_a_day_is_not_the_years(text):
    assert new(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("截至2024年12月31日，我镇主动公开政府信息474条。", 474),  # the year's last day: the year's count
    ("2024年，我镇主动公开政府信息474条。", 474),
])
def test_count_up_to_the_years_end_is_read(text, value):
    assert new(text) == value


@pytest.mark.parametrize(("text", "value"), [
    # a website's count, then the year's total stated in a sentence of its own: the total
    ("通过政府网站公开信息85条。全年共主动公开政府信息1200条。", 1200),
    ("在区政府网站信息公开专栏更新信息85条。本年度合计主动公开政府信息1200条。", 1200),
])
def test_total_stated_after_a_website_count_wins(text, value):
    assert new(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("通过政府网站公开信息85条。", 85),                                    # the only count: it stands for the year
    ("通过政府网站公开信息85条。通过政务公开栏发布政务公开信息共76条。", 85),  # 共 of another place is no total
    ("通过政府网站公开信息85条。在“招标投标”等栏目中，共发布招投标信息40条。", 85),
    ("通过政府网站公开信息85条。公开文件20件。", 85),                       # a later count without 共 is a part
])
def test_website_count_stands_without_a_stated_total(text, value):
    assert new(text) == value


def complaints(text: str):
    fact = count_facts(text, {}, 2024).get("appeals.complaints")
    return fact.value if fact else None


@pytest.mark.parametrize("text", [
    "全年办理政务服务投诉12件。",                 # a service's complaints, not about disclosure
    "通过政务热线受理群众投诉15件。",
    "全年受理政务服务便民热线投诉举报326件。",
])
def test_service_complaints_are_no_disclosure_complaints(text):
    assert complaints(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("收到政府信息公开工作投诉2件。", 2),
    ("受理政务公开方面的举报投诉1件。", 1),
    ("未收到政府信息公开方面的投诉。", 0),
])
def test_disclosure_complaints_are_read(text, value):
    assert complaints(text) == value
