"""End to end in headless Chromium (Debian's chromium + chromium-driver, driven by Selenium):
the real app served by uvicorn on a free local port. Screenshots go to tests/screenshots/."""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "tests" / "screenshots"
FIX = ROOT / "tests" / "fixtures" / "web"
PASSWORD = "e2e-password-1"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not (CHROMIUM.exists() and DRIVER.exists()), reason="needs Debian chromium + chromium-driver"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn
    from conftest import web_fixture_module

    from rasd.store.sqlite import Store
    from rasd.web import auth
    from rasd.web.app import create_app

    fx = web_fixture_module()
    db = tmp_path_factory.mktemp("e2e") / "e2e.db"
    ids = fx.build(db)
    s = Store(db)
    auth.add_user(s.db, "reviewer1", PASSWORD, "reviewer")
    s.close()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", ids
    srv.should_exit = True
    th.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="rasd-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
              f"--user-data-dir={profile}", "--window-size=1400,1000", "--lang=ar"):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(str(DRIVER)), options=opts)
    drv.set_page_load_timeout(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _click_and_wait(drv, el) -> None:
    """Click something that loads a new page and wait until the old page is gone."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def old_page_gone(_drv) -> bool:
        try:
            el.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            # chromedriver sometimes reports the element of a page already left this way instead
            # of as stale (a race inside its inspector)
            if "does not belong to the document" in str(e):
                return True
            raise

    el.click()
    WebDriverWait(drv, 15).until(old_page_gone)
    WebDriverWait(drv, 15).until(lambda x: x.execute_script("return document.readyState") == "complete")


def _csp_violations(drv) -> list[str]:
    return [e["message"] for e in drv.get_log("browser") if "Content Security Policy" in e["message"]]


def test_analyst_session(server, browser):  # one session, in the order a person would work
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, ids = server
    d = browser

    # log in
    d.get(base + "/events")
    assert "/login" in d.current_url
    d.find_element(By.ID, "name").send_keys("reviewer1")
    d.find_element(By.ID, "password").send_keys(PASSWORD)
    _click_and_wait(d, d.find_element(By.ID, "login-submit"))
    assert d.current_url.endswith("/events")
    assert d.execute_script("return getComputedStyle(document.documentElement).direction") == "rtl"

    # search in Arabic (switch the labels to Arabic first)
    d.get(base + "/search")
    _click_and_wait(d, d.find_element(By.ID, "lang-switch"))
    assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ar"
    q = d.find_element(By.ID, "q")
    q.send_keys("جيش الإسلام دوما")
    _click_and_wait(d, d.find_element(By.ID, "search-submit"))
    hits = d.find_elements(By.CSS_SELECTOR, "#hits .hit-title")
    assert hits and int(d.find_element(By.CSS_SELECTOR, "#result-count strong").text) == len(hits)
    assert d.find_elements(By.CSS_SELECTOR, "#hits mark")
    d.save_screenshot(str(SHOTS / "search.png"))

    # open the document and see the highlighted evidence
    _click_and_wait(d, next(h for h in hits if "يبيّن موقفه" in h.text))
    events = d.find_elements(By.CSS_SELECTOR, "#doc-text .hl.l-event")
    assert events and "القناة المركزية لقاعدة" in " ".join(e.text for e in events)
    border = d.execute_script("return getComputedStyle(arguments[0]).borderBottomStyle", events[0])
    assert border == "solid"
    assert d.find_elements(By.CSS_SELECTOR, "#doc-text .hl.l-place") and d.find_elements(By.CSS_SELECTOR, "#doc-text .hl.l-claim")
    assert d.execute_script("return getComputedStyle(document.getElementById('doc-text')).direction") == "rtl"
    font = d.execute_script("return getComputedStyle(document.body).fontFamily")
    assert "Noto Naskh Arabic" in font
    assert not d.find_element(By.ID, "boilerplate").get_attribute("open")     # collapsed
    d.save_screenshot(str(SHOTS / "document.png"))
    box = d.find_element(By.CSS_SELECTOR, "#layer-toggles input[data-layer='event']")
    box.click()                                   # the static script toggles a layer off
    assert "hide-event" in d.find_element(By.ID, "doc-text").get_attribute("class")
    assert d.execute_script("return getComputedStyle(arguments[0]).borderBottomStyle", events[0]) == "none"
    box.click()

    # edit an event, then see the edit in the export
    d.get(f"{base}/event/{ids['agree']}")
    Select(d.find_element(By.ID, "f-event_type")).select_by_value("Battles")
    sub = Select(d.find_element(By.ID, "f-sub_event_type"))
    assert {o.get_attribute("value") for o in sub.options if o.is_enabled()} == {
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
    sub.select_by_value("Armed clash")
    fat = d.find_element(By.ID, "f-fatalities")
    fat.clear()
    fat.send_keys("12")
    _click_and_wait(d, d.find_element(By.ID, "save-edit"))
    assert d.find_element(By.ID, "ev-fatalities").text == "12"
    d.save_screenshot(str(SHOTS / "event-edit.png"))
    csv_text = d.execute_async_script(
        "const done = arguments[0]; fetch('/exports/acled-csv').then(r => r.text()).then(done);")
    row = next(line for line in csv_text.splitlines() if ids["agree"] in line)
    assert ",Battles,Armed clash," in row and ",12," in row

    # reject an event: it leaves the default list
    d.get(base + "/events")
    row = d.find_element(By.ID, f"row-{ids['toll']}")
    _click_and_wait(d, row.find_element(By.CSS_SELECTOR, "button.reject"))
    assert not d.find_elements(By.ID, f"row-{ids['toll']}")
    d.get(base + "/events?status=rejected")
    assert d.find_elements(By.ID, f"row-{ids['toll']}")
    d.save_screenshot(str(SHOTS / "events.png"))

    # map and timeline
    d.get(base + "/map")
    assert d.find_elements(By.CSS_SELECTOR, "#map svg path.country")
    assert len(d.find_elements(By.CSS_SELECTOR, "#map svg circle.pt")) >= 2
    d.save_screenshot(str(SHOTS / "map.png"))
    d.get(base + "/timeline?bucket=month")
    assert d.find_elements(By.CSS_SELECTOR, "#timeline svg rect.bar")
    d.save_screenshot(str(SHOTS / "timeline.png"))

    # the XSS page is shown harmlessly
    d.get(f"{base}/doc/{ids['xss']}")
    with pytest.raises(NoAlertPresentException):
        d.switch_to.alert.text  # noqa: B018
    assert d.execute_script("return document.querySelectorAll('#doc-text script, #doc-text img, #doc-text a').length") == 0
    assert "<script>alert(1)</script>" in d.find_element(By.ID, "doc-text").text

    assert _csp_violations(d) == []
