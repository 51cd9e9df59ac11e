"""The ranking sheet prints: converted by LibreOffice (headless, as an office would print it) to PDF, every
column header is on page 1, a sheet's header row repeats on its next pages, pages are landscape with the 考核
title above and page numbers below. Needs Debian's libreoffice-calc and poppler-utils (./dev test installs them)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from engine.glossary import TOPICS
from engine.model import Finding, Scorecard
from engine.render import render
from engine.render.csv_out import headers, topics

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                                reason="needs libreoffice-calc and poppler-utils (installed by ./dev test)")


def _cards() -> list[Scorecard]:
    """Sixty departments of one year, each losing points in several topics: a wide, long ranking."""
    codes = sorted(TOPICS)[:10]
    cards = []
    for i in range(60):
        findings = [Finding(rule=f"gov2019.probe.rule_{k}", topic=t, title="缺少某部分", basis="条例第五十条",
                            severity="minor", points=1.0, evidence="原文") for k, t in enumerate(codes) if (i + k) % 3]
        lost = {f.topic: 1.0 for f in findings}
        cards.append(Scorecard(agency=f"某市第{i + 1}局", period="2023", profile="gov-2019",
                               score=100.0 - len(lost), grade="优秀", veto=False, findings=findings,
                               inputs=[f"{i}.txt"], level="department", deductions=lost))
    return cards


def _pdf(tmp_path: Path, data: bytes) -> Path:
    book = tmp_path / "考核.xlsx"
    book.write_bytes(data)
    profile = tmp_path / "lo-profile"  # its own profile: another soffice running elsewhere must not lock it
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(book)], check=True, capture_output=True, timeout=300)
    return tmp_path / "考核.pdf"


def _page(pdf: Path, n: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_ranking_sheet_prints_every_column_on_page_one(tmp_path):
    cards = _cards()
    pdf = _pdf(tmp_path, render(cards, "xlsx"))
    first, third = _page(pdf, 1), _page(pdf, 3)  # the ranking fits one page; 扣分明细 runs from page 2 on
    wanted = headers(topics(cards), adjusted=False)
    assert len(wanted) >= 23
    missing = [h for h in wanted if h not in first]
    assert not missing, (missing, first[:2000])
    assert "信息公开工作年度报告考核" in first and "2023年度 市直部门排名" in first  # the page header
    assert "第 1 页" in first and "第 3 页" in third  # page numbers in the footer
    assert "扣分明细" in third and "扣分原因" in third and "规则编号" in third  # its header row repeats
    size = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    width, height = (float(x) for x in size.split("Page size:")[1].split("pts")[0].split(" x "))
    assert width > height  # landscape
