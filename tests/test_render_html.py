"""The HTML report: one offline page whose data cannot become markup, and whose search script runs in a browser.

The browser tests drive Debian's headless Chromium directly (no selenium): `--dump-dom` shows the DOM after the
page's script ran, `--screenshot` proves it renders. They install nothing and are skipped without /usr/bin/chromium.
Set XXGK_UPDATE_SCREENSHOTS=1 to also write docs/screenshots/report-html.png.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

from engine.model import Finding, Scorecard
from engine.render import render

ROOT = Path(__file__).parent.parent
SCREENSHOT = ROOT / "docs" / "screenshots" / "report-html.png"
CHROMIUM = Path("/usr/bin/chromium")
SCRIPT = "<script>alert(1)</script>"
HOSTILE_AGENCY = f"某县{SCRIPT}政府办"
HOSTILE_EVIDENCE = f'第一行\n第二行{SCRIPT} <img src=x onerror="alert(2)"> & "引号" \x1b[31m'


def finding(rule: str, points: float = 5.0, evidence: str = "累计公开政府信息580条", **kw) -> Finding:
    return Finding(rule=rule, topic=kw.pop("topic", "content.missing_section"),
                   title=kw.pop("title", "缺少主动公开情况"), basis="《政府信息公开条例》(2019) 第五十条",
                   severity=kw.pop("severity", "major"), points=points, evidence=evidence, **kw)


def card(agency: str, score: float, grade: str, findings: list[Finding], period: str = "2018", **kw) -> Scorecard:
    deductions: dict[str, float] = {}
    for f in findings:
        if not f.waived:
            deductions[f.topic] = deductions.get(f.topic, 0) + f.points
    return Scorecard(agency=agency, period=period, profile=kw.pop("profile", "gov-2019"), score=score, grade=grade,
                     veto=kw.pop("veto", False), findings=findings, inputs=[f"reports/{agency}.txt"],
                     deductions=deductions, **kw)


CARDS = [
    card("常德市委编办", 87.5, "良好", [
        finding("gov2019.quality.placeholder", 3, HOSTILE_EVIDENCE, topic="quality.placeholder"),
        finding("gov2019.review.confidentiality", 2, "未见保密审查表述", topic="review.confidentiality",
                waived="省级方案不考核此项"),
        finding("gov2019.content.proactive", 5)], warnings=["未找到发布日期"], level="市级"),
    card("湖南大学", 96.0, "优秀", [], period="2016-2017", profile="university"),
    card(HOSTILE_AGENCY, 40.0, "不合格", [
        finding("gov2019.doc.not_annual_report", 60, "本文为2018年工作总结", topic="doc.not_annual_report",
                severity="critical", veto=True, occurrence=2)], veto=True, escalation="二级"),
    card("北京市东城区人民政府", 72.0, "合格", [
        finding("gov2019.timeliness.late", 10, topic="timeliness.annual_report"),
        finding("gov2019.content.proactive", 5), finding("gov2019.data.table_mismatch", 8, topic="data.tables"),
        finding("gov2019.content.applications", 5)], level="区县级"),
    card("梅溪县人民政府", 63.5, "基本合格", [finding("gov2019.data.table_mismatch", 16, topic="data.tables"),
                                     finding("gov2019.timeliness.late", 10, topic="timeliness.annual_report"),
                                     finding("gov2019.quality.placeholder", 3, topic="quality.placeholder")]),
]
ERRORS = [("reports/坏文件.pdf", "PDF 已加密，无法读取文字；请提供未加密的文件")]


class Collector(HTMLParser):
    """Parses the page strictly enough to notice unbalanced markup, and collects every tag and script body."""

    VOID = {"meta", "br", "input", "link", "img", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.scripts: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "script":
            self.scripts.append(data)
        self.text.append(data)


@pytest.fixture(scope="module")
def page() -> str:
    return render(CARDS, "html", errors=ERRORS)


@pytest.fixture(scope="module")
def parsed(page) -> Collector:
    parser = Collector()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], parser.stack
    return parser


# --- unit --------------------------------------------------------------------------------------------------------

def test_page_parses_and_is_balanced(page, parsed):
    assert page.startswith("<!DOCTYPE html>")
    assert [t for t, _ in parsed.tags].count("section") == len(CARDS)
    assert len(parsed.scripts) == 1  # only the page's own script: nothing from the data became a <script>


def test_page_requests_nothing_from_outside(page, parsed):
    lowered = page.lower()
    assert 'src="http' not in lowered and "href=\"http" not in lowered and "@import" not in lowered
    assert "url(" not in lowered and "<link" not in lowered and "<iframe" not in lowered
    for tag, attrs in parsed.tags:
        for name in ("src", "href", "action", "srcset"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
    csp = next(a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "img-src data:" in csp and "connect-src" not in csp


def test_hostile_text_is_escaped(page, parsed):
    assert SCRIPT not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in page
    assert "\x1b" not in page
    assert HOSTILE_AGENCY in "".join(parsed.text)  # shown to people as the text it is
    assert all("alert" not in s for s in parsed.scripts)


def test_every_agency_both_charts_and_the_errors(page, parsed):
    text = "".join(parsed.text)
    for c in CARDS:
        assert c.agency in text
    ids = {a.get("id") for _, a in parsed.tags}
    assert {"score-chart", "topic-chart", "ranking", "q", "shown"} <= ids
    assert [t for t, _ in parsed.tags].count("svg") == 2
    assert "坏文件.pdf" in text
    assert "豁免" in text and "省级方案不考核此项" in text and "未找到发布日期" in text


def test_ranking_links_to_each_section_best_first(parsed):
    links = [a["href"] for t, a in parsed.tags if t == "a" and a.get("href", "").startswith("#card-")]
    sections = [a["id"] for t, a in parsed.tags if t == "section"]
    assert sections == [f"card-{i}" for i in range(len(CARDS))]
    assert links == [f"#{s}" for s in sections]
    rows = [a["data-q"] for t, a in parsed.tags if t == "tr" and "data-q" in a]
    # one ranking per category of 2018 (未分类 first), then 湖南大学 of another period
    assert rows[0].startswith("梅溪县") and rows[1].startswith(HOSTILE_AGENCY.lower())
    assert rows[-1].startswith("湖南大学")
    assert "gov2019.timeliness.late" in rows[2]  # searchable by rule id


def test_score_buckets_and_topic_totals(page):
    bars = re.findall(r"<title>(\d+-\d+)：(\d+)</title>", page)
    assert bars == [("0-59", "1"), ("60-69", "1"), ("70-79", "1"), ("80-89", "1"), ("90-100", "1")]
    topics = [t for t in re.findall(r"<title>([^<：]+)：([\d.]+)</title>", page) if t not in bars]
    assert topics[0] == ("非年度报告", "60")  # topics in the office's words
    assert ("data.tables", "24") in topics and ("保密审查", "2") not in topics


def test_no_cards_still_renders():
    page = render([], "html", errors=ERRORS)
    parser = Collector()
    parser.feed(page)
    assert "坏文件.pdf" in page and parser.stack == []


# --- browser -----------------------------------------------------------------------------------------------------

NO_CHROMIUM = "Debian chromium not installed (CI installs it: apt-get install chromium chromium-driver)"
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def page_file(tmp_path, page) -> Path:
    path = tmp_path / "scorecards.html"
    path.write_text(page, encoding="utf-8")
    return path


@needs_chromium
def test_browser_runs_the_search_script(tmp_path, page_file):
    done = chromium(tmp_path, "--dump-dom", page_file.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert 'data-js="ready"' in dom, dom[:500]
    assert re.search(r'<output id="shown"[^>]*>5 / 5</output>', dom)
    assert dom.count("<svg") == 2 and "alert(1)</script>" not in dom


@needs_chromium
@pytest.mark.parametrize(("query", "shown"), [("湖南", 1), ("GOV2019.timeliness", 2), ("no-such-thing", 0)])
def test_browser_filters_by_agency_or_rule(tmp_path, page_file, query, shown):
    done = chromium(tmp_path, "--dump-dom", f"{page_file.as_uri()}?q={quote(query)}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(rf'<output id="shown"[^>]*>{shown} / 5</output>', done.stdout)
    rows = re.findall(r"<tr\b[^>]*data-q=[^>]*>", done.stdout)
    assert len(rows) == 5 and sum("hidden" not in r for r in rows) == shown


@needs_chromium
def test_browser_screenshot(tmp_path, page_file):
    png = tmp_path / "report-html.png"
    done = chromium(tmp_path, f"--screenshot={png}", "--window-size=1280,2000", "--hide-scrollbars",
                    page_file.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and 10_000 < len(data) < 500_000
    if os.environ.get("XXGK_UPDATE_SCREENSHOTS"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, SCREENSHOT)
