"""Headless Chromium for the HTML report's browser tests: one browser per test module.

Needs Debian's ``chromium`` and ``chromium-driver``; a module is skipped without them, except in
CI (env CI set), where a missing browser is a failure.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CLAIMCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("CLAIMCHECK_CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "reports" / "test-screenshots"
VIEWPORT = (1400, 900)


def start_chromium(profile: Path, downloads: Path | None = None):
    """A headless Chromium whose viewport is exactly 1,400 x 900 CSS pixels; downloads land in ``downloads``."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        reason = f"headless Chromium not installed ({', '.join(missing)} missing): apt-get install chromium chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    width, height = VIEWPORT
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    if downloads is not None:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def open_page(browser, url):
    browser.get(url)
    browser.get_log("browser")  # drop messages from earlier pages
    return browser


def js(browser, script, *args):
    return browser.execute_script(script, *args)


def clear_storage(browser, url, timeout: float = 30.0):
    """Open ``url`` with this browser's localStorage empty.

    Chromium applies a document's storage calls asynchronously, so a ``clear()`` is only known to have
    landed once a fresh document reads the storage empty; decisions made before that may be wiped later.
    """
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, url)
    # a sentinel written after the clear, by the same document, lands after it: once a fresh document reads the
    # sentinel alone, the clear has landed (reading the storage empty proves nothing where it was empty before)
    sentinel = f"cc-test-cleared-{time.monotonic_ns()}"
    js(browser, "localStorage.clear(); localStorage.setItem(arguments[0], '1')", sentinel)

    def reads(_, wanted):
        browser.refresh()
        return js(browser, "return Object.keys(window.localStorage)") == wanted

    WebDriverWait(browser, timeout, poll_frequency=0.2).until(lambda b: reads(b, [sentinel]))
    js(browser, "localStorage.removeItem(arguments[0])", sentinel)
    WebDriverWait(browser, timeout, poll_frequency=0.2).until(lambda b: reads(b, []))
    browser.get_log("browser")
    return browser


def settled_text(browser, url, read, wanted, timeout: float = 10.0):
    """What ``read(browser)`` gives on ``url`` once it equals ``wanted``, reloading meanwhile (storage written
    by another page reaches a new document asynchronously); the last reading when it never does. ``url`` None:
    ``read`` opens the page itself."""
    deadline = time.monotonic() + timeout
    while True:
        if url is not None:
            open_page(browser, url)
        got = read(browser)
        if got == wanted or time.monotonic() > deadline:
            return got
        time.sleep(0.2)


def severe_errors(browser) -> list[dict]:
    return [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def wait_for_file(path: Path, timeout: float = 10.0) -> Path:
    """A downloaded file, once Chromium has finished writing it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size > 0 and not path.with_name(path.name + ".crdownload").exists():
            return path
        time.sleep(0.05)
    raise AssertionError(f"{path.name} was not downloaded within {timeout} s")


def in_viewport(browser, element) -> bool:
    return js(browser, """
        const r = arguments[0].getBoundingClientRect();
        return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    """, element)
