"""The workbench in a real browser: Debian's headless Chromium driven by its own chromedriver through selenium
(an explicit driver path, so nothing is downloaded). Sign in, open a run, open a finding, try a dismissal without
a reason (the page comes back with the input kept), dismiss it with a reason and land on the next pending finding,
see the score change, confirm several findings at once, sign off (the confirmation counts the pending findings),
export xlsx, withdraw the sign-off with a reason, correct a misread date, print a card, open one's account.
Skipped without /usr/bin/chromium or /usr/bin/chromedriver.
With XXGK_UPDATE_SCREENSHOTS=1 each page is saved to docs/screenshots/workbench-*.png.
"""

from __future__ import annotations

import io
import os
import socket
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from web_support import PASSWORD, ROOT, build

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SHOTS = ROOT / "docs" / "screenshots"

pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and DRIVER.exists()),
                                reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
                                       "chromium-driver; CI installs them)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from engine.web.app import create_app
    db = build(tmp_path_factory.mktemp("browser"))
    port = _free_port()
    app_server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port,
                                               log_level="warning"))
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not app_server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1400,1000", "--lang=zh-CN"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    yield driver
    driver.quit()


def shot(driver, name: str) -> None:
    if os.environ.get("XXGK_UPDATE_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SHOTS / f"workbench-{name}.png"))


def text(driver, element_id: str) -> str:
    from selenium.webdriver.common.by import By
    return driver.find_element(By.ID, element_id).text


def test_review_a_run_in_a_browser(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait
    wait = WebDriverWait(browser, 15)

    browser.get(server + "/runs")
    assert browser.current_url.endswith("/login")
    browser.find_element(By.ID, "name").send_keys("rita")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    shot(browser, "login")
    browser.find_element(By.ID, "sign-in").click()
    wait.until(EC.presence_of_element_located((By.ID, "runs")))
    assert "rita" in text(browser, "who")
    shot(browser, "runs")

    browser.find_element(By.LINK_TEXT, "#1").click()
    wait.until(EC.presence_of_element_located((By.ID, "ranking")))
    assert "<script>" in browser.find_element(By.ID, "ranking").text  # shown as text, not run
    shot(browser, "ranking")
    browser.find_element(By.CSS_SELECTOR, "details.settings summary").click()  # a season's run: title, current
    browser.find_element(By.ID, "run-title").send_keys("2021年度政府信息公开工作年度报告考核")
    browser.find_element(By.ID, "run-current").click()
    browser.find_element(By.ID, "save-settings").click()
    wait.until(EC.presence_of_element_located((By.ID, "current-badge")))
    browser.get(server + "/runs")
    assert "2021年度政府信息公开工作年度报告考核" in text(browser, "runs")
    shot(browser, "runs")
    browser.find_element(By.LINK_TEXT, "#1").click()
    wait.until(EC.presence_of_element_located((By.ID, "ranking")))

    browser.find_element(By.LINK_TEXT, "云岭县人民政府").click()
    wait.until(EC.presence_of_element_located((By.ID, "findings")))
    before = float(text(browser, "reviewed-score"))
    shot(browser, "agency")

    browser.find_elements(By.CLASS_NAME, "open-finding")[0].click()
    wait.until(EC.presence_of_element_located((By.ID, "decide")))
    assert browser.find_element(By.ID, "source")  # the report text (表三's sums are marked by the cells' row)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("data-js") == "ready"  # the app's script ran
    shot(browser, "finding")
    assert not any(r.is_selected() for r in browser.find_elements(By.CSS_SELECTOR, "#decide input[type=radio]"))
    first_finding = browser.current_url
    browser.find_element(By.ID, "action-dismiss").click()
    browser.find_element(By.ID, "reason").send_keys("   ")
    browser.find_element(By.ID, "record").click()
    wait.until(EC.presence_of_element_located((By.ID, "form-error")))
    assert "须写明理由" in text(browser, "form-error")
    assert browser.find_element(By.ID, "action-dismiss").is_selected()  # the choice is kept
    shot(browser, "form-error")
    browser.find_element(By.ID, "reason").clear()
    browser.find_element(By.ID, "reason").send_keys("发布日期以门户网站首次发布为准，已核实按期")
    browser.find_element(By.ID, "record").click()
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    assert "已记录：撤销" in text(browser, "flash")
    assert browser.current_url != first_finding and text(browser, "state") == "待复核"  # the next pending one
    shot(browser, "next-pending")
    browser.get(first_finding)
    assert text(browser, "state").startswith("撤销")
    assert "已核实按期" in text(browser, "trail")

    browser.find_element(By.ID, "back-to-card").click()
    wait.until(EC.presence_of_element_located((By.ID, "findings")))
    after = float(text(browser, "reviewed-score"))
    assert after > before and float(text(browser, "auto-score")) == before
    shot(browser, "agency-reviewed")
    boxes = browser.find_elements(By.CSS_SELECTOR, "#findings input[name=fp]")
    assert len(boxes) >= 2
    for box in boxes[:2]:
        box.click()
    browser.find_element(By.ID, "confirm-selected").click()
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    assert "确认 2 项" in text(browser, "flash")
    browser.find_element(By.ID, "only-pending").click()
    wait.until(EC.presence_of_element_located((By.ID, "show-all")))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#findings input[name=fp]")) == len(boxes) - 2
    shot(browser, "agency-pending")
    browser.find_element(By.ID, "show-all").click()
    browser.find_element(By.ID, "print-link").click()
    wait.until(EC.presence_of_element_located((By.ID, "print-title")))
    assert "云岭县人民政府" in text(browser, "print-title") and "已核实按期" in text(browser, "print-findings")
    shot(browser, "print")
    browser.back()
    wait.until(EC.presence_of_element_located((By.ID, "findings")))

    browser.find_element(By.CSS_SELECTOR, "#findings a code").click()  # the rule behind the first finding
    wait.until(EC.presence_of_element_located((By.ID, "hit-rate")))
    assert text(browser, "basis")
    shot(browser, "rule")

    browser.get(server + "/runs/1/audit")
    assert "已核实按期" in text(browser, "audit")

    browser.get(server + "/runs/1")
    pending = int(text(browser, "pending-count").split()[1])
    browser.find_element(By.ID, "signoff").click()
    alert = wait.until(EC.alert_is_present())  # the app's script asks once more, with the pending count
    assert f"还有 {pending} 个扣分项待复核" in alert.text
    alert.accept()
    wait.until(EC.presence_of_element_located((By.ID, "locked")))
    assert not browser.find_elements(By.ID, "signoff")
    shot(browser, "signed-off")

    browser.find_element(By.ID, "export-xlsx").click()
    deadline = time.monotonic() + 20
    while not (files := [f for f in browser.downloads.glob("*.xlsx")]):
        assert time.monotonic() < deadline, "the xlsx did not download"
        time.sleep(0.1)
    time.sleep(0.2)
    book = openpyxl.load_workbook(io.BytesIO(files[0].read_bytes()))
    rankings = [s for s in book if s.title not in ("扣分明细", "待人工确认", "未能读取")]  # by category and period
    headers = [c.value for c in rankings[0][1]]
    row = next(r for s in rankings for r in s.iter_rows(min_row=2, values_only=True)
               if r[headers.index("单位")] == "云岭县人民政府")
    assert row[headers.index("得分")] == after and row[headers.index("自动得分")] == before

    browser.get(server + "/runs/1")
    browser.find_element(By.ID, "withdraw-reason").send_keys("漏审一份补报的报告")
    shot(browser, "withdraw")
    browser.find_element(By.ID, "withdraw").click()
    wait.until(EC.presence_of_element_located((By.ID, "unlocked")))
    assert "撤回签发" in text(browser, "flash") and browser.find_elements(By.ID, "signoff")
    browser.get(server + "/runs/1/audit")
    assert "漏审一份补报的报告" in text(browser, "acts") and "撤回签发" in text(browser, "acts")
    shot(browser, "audit")

    browser.get(server + "/runs/1")
    assert text(browser, "run-scheme").startswith("自动选择")  # the profile in words, not its code
    assert "未识别或非年度报告文件，请人工确认" in text(browser, "apart") and "（未署名）" in text(browser, "unranked")
    assert "（未署名）" not in text(browser, "ranking")
    Select(browser.find_element(By.ID, "filter-period")).select_by_value("all")  # 柏川 reported for 2022
    browser.find_element(By.CSS_SELECTOR, ".filters button").click()
    wait.until(EC.presence_of_element_located((By.LINK_TEXT, "柏川市生态环境局")))
    browser.find_element(By.LINK_TEXT, "柏川市生态环境局").click()
    browser.find_elements(By.CLASS_NAME, "open-finding")[0].click()
    wait.until(EC.presence_of_element_located((By.ID, "decide")))
    marks = browser.find_elements(By.CSS_SELECTOR, "#source mark")
    assert marks and marks[0].is_displayed()  # the evidence marked in place and scrolled into view
    browser.find_element(By.CSS_SELECTOR, "#correct-box summary").click()  # the publication date was misread
    Select(browser.find_element(By.ID, "correct-fact")).select_by_value("doc.published_on")
    browser.find_element(By.ID, "correct-value").send_keys("2023-01-15")
    browser.find_element(By.ID, "correct-reason").send_keys("原文落款日期为 2023 年 1 月 15 日")
    shot(browser, "correction")
    browser.find_element(By.ID, "correct").click()
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    assert "已更正发布日期" in text(browser, "flash")
    assert "report_deadline" not in browser.find_element(By.TAG_NAME, "main").text  # re-scored
    assert "人工更正" in browser.find_element(By.TAG_NAME, "main").text
    shot(browser, "corrected")
    browser.find_element(By.CSS_SELECTOR, "#inputs a.open-document").click()  # a document and its facts
    wait.until(EC.presence_of_element_located((By.ID, "source")))
    assert browser.find_element(By.ID, "correct-form")
    shot(browser, "document")

    browser.get(server + "/account")
    assert browser.find_element(By.ID, "password-form") and "rita" in text(browser, "users")
    shot(browser, "account")
