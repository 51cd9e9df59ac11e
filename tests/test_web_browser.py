"""The workbench in a real browser: Debian's headless Chromium driven by its own chromedriver through selenium
(an explicit driver path, so nothing is downloaded). Sign in, open a run, open a finding, dismiss it with a
reason, see the score change, sign off, export xlsx. Skipped without /usr/bin/chromium or /usr/bin/chromedriver.
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
    from selenium.webdriver.support.ui import WebDriverWait
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

    browser.find_element(By.LINK_TEXT, "柏川市生态环境局").click()
    wait.until(EC.presence_of_element_located((By.ID, "findings")))
    before = float(text(browser, "reviewed-score"))
    shot(browser, "agency")

    browser.find_elements(By.CLASS_NAME, "open-finding")[0].click()
    wait.until(EC.presence_of_element_located((By.ID, "decide")))
    marks = browser.find_elements(By.CSS_SELECTOR, "#source mark")
    assert marks and marks[0].is_displayed()
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("data-js") == "ready"  # the app's script ran
    shot(browser, "finding")
    browser.find_element(By.ID, "action-dismiss").click()
    browser.find_element(By.ID, "reason").send_keys("发布日期以门户网站首次发布为准，已核实按期")
    browser.find_element(By.ID, "record").click()
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    assert text(browser, "state").startswith("撤销")
    assert "已核实按期" in text(browser, "trail")

    browser.find_element(By.ID, "back-to-card").click()
    wait.until(EC.presence_of_element_located((By.ID, "findings")))
    after = float(text(browser, "reviewed-score"))
    assert after > before and float(text(browser, "auto-score")) == before
    shot(browser, "agency-reviewed")

    browser.find_element(By.CSS_SELECTOR, "#findings a code").click()  # the rule behind the first finding
    wait.until(EC.presence_of_element_located((By.ID, "hit-rate")))
    assert text(browser, "basis")
    shot(browser, "rule")

    browser.get(server + "/runs/1/audit")
    assert "已核实按期" in text(browser, "audit")
    shot(browser, "audit")

    browser.get(server + "/runs/1")
    browser.find_element(By.ID, "signoff").click()
    wait.until(EC.alert_is_present()).accept()  # the app's script asks once more
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
               if r[headers.index("单位")] == "柏川市生态环境局")
    assert row[headers.index("得分")] == after and row[headers.index("自动得分")] == before
