"""The HTML report in real headless Chromium: conflicts jump to their spans, filters hide and show,
right-to-left text runs right to left, printing unrolls the columns, and hostile text never runs.

Needs Debian's ``chromium`` and ``chromium-driver``; skipped without them, except in CI (env CI set),
where a missing browser is a failure.  Screenshots go to reports/test-screenshots/.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from claimcheck.report_html import render_html, render_index

try:
    from report_html_story import XSS_TEXT, XSS_URL, hostile_report, story_report
except ImportError:  # tests/ imported as a package
    from tests.report_html_story import XSS_TEXT, XSS_URL, hostile_report, story_report

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CLAIMCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("CLAIMCHECK_CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "reports" / "test-screenshots"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
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
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_window_size(1400, 1000)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("html-report")
    story = folder / "story.html"
    story.write_text(render_html(story_report()), encoding="utf-8")
    hostile = folder / "hostile.html"
    hostile.write_text(render_html(hostile_report()), encoding="utf-8")
    index = folder / "index.html"
    index.write_text(render_index([
        ("openai-investment", story_report(depth=1), "story.html"),
        ("<img src=x onerror=window.__xss=7>", hostile_report(), "javascript:window.__xss=8"),
    ]), encoding="utf-8")
    return {"story": story.as_uri(), "hostile": hostile.as_uri(), "index": index.as_uri()}


def open_page(browser, url):
    browser.get(url)
    browser.get_log("browser")  # drop messages from earlier pages
    return browser


def js(browser, script, *args):
    return browser.execute_script(script, *args)


def conflict_button(browser, left_article, right_article):
    """The conflict button whose two sides name these articles."""
    for button in browser.find_elements("css selector", "button.conflict-button"):
        names = [w.text for w in button.find_elements("css selector", "bdi.who")]
        if names == [left_article, right_article]:
            return button
    raise AssertionError(f"no conflict {left_article} vs {right_article}")


def column_text(browser, article_id):
    for column in browser.find_elements("css selector", "section.column"):
        if column.find_element("css selector", ".column-head bdi").get_attribute("textContent") == article_id:
            return column.find_element("css selector", ".article-text")
    raise AssertionError(f"no column for {article_id}")


def span_in_view(browser, span, box) -> bool:
    return js(browser, """
        const s = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();
        return s.top >= b.top && s.bottom <= b.bottom && s.left >= b.left - 1 && s.right <= b.right + 1;
    """, span, box)


def test_conflict_list_and_highlights_are_present_and_script_ran(browser, pages):
    open_page(browser, pages["story"])
    assert len(browser.find_elements("css selector", "li.conflict")) == 4
    counts = {status: len(browser.find_elements("css selector", f"mark.claim.st-{status}"))
              for status in ("conflict", "consistent", "unmatched", "garbled")}
    assert counts == {"conflict": 5, "consistent": 4, "unmatched": 1, "garbled": 1}
    # the filters are shown by the page's own script: proof it ran under the page's CSP
    assert browser.find_element("id", "cc-filters").is_displayed()
    assert "Showing 4 of 4 conflicts" in browser.find_element("id", "cc-filter-status").text
    # non-colour cue: every status draws a different underline style
    styles = {status: js(browser, "return getComputedStyle(document.querySelector('mark.st-' + arguments[0]))"
                                  ".textDecorationStyle", status)
              for status in counts}
    assert len(set(styles.values())) == 4, styles
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_clicking_a_conflict_scrolls_both_columns_to_their_spans_and_marks_them(browser, pages):
    open_page(browser, pages["story"])
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "report-top.png"))
    es, fr, zh = (column_text(browser, a) for a in ("es-comment", "fr-comment", "zh-72hours"))
    assert js(browser, "return [arguments[0].scrollTop, arguments[1].scrollTop]", es, fr) == [0, 0]

    button = conflict_button(browser, "es-comment", "fr-comment")
    button.click()
    spans = [browser.find_element("id", t) for t in button.get_attribute("data-targets").split()]
    assert [s.text for s in spans] == ["11 millones de dólares", "11 milliards de dollars"]
    for span, box in zip(spans, (es, fr)):
        assert js(browser, "return arguments[0].scrollTop", box) > 0
        assert span_in_view(browser, span, box)
        assert span.get_attribute("aria-current") == "true" and "current" in span.get_attribute("class")
    assert span_in_view(browser, spans[0], browser.find_element("tag name", "html"))
    browser.save_screenshot(str(SCREENSHOTS / "report-conflict-selected.png"))

    # the next conflict moves the mark: the fr span is released, the zh span is shown
    conflict_button(browser, "es-comment", "zh-72hours").click()
    zh_span = browser.find_element("css selector", "mark.current:not([id='%s'])" % spans[0].get_attribute("id"))
    assert zh_span.text == "110亿美元" and span_in_view(browser, zh_span, zh)
    assert spans[1].get_attribute("aria-current") is None


def test_conflicts_are_reachable_and_usable_with_the_keyboard(browser, pages):
    open_page(browser, pages["story"])
    from selenium.webdriver.common.keys import Keys

    body = browser.find_element("tag name", "body")
    for _ in range(40):  # tab until a conflict button has focus
        body = browser.switch_to.active_element
        if "conflict-button" in (body.get_attribute("class") or ""):
            break
        body.send_keys(Keys.TAB)
    else:
        raise AssertionError("no conflict button reachable with Tab")
    assert js(browser, "return getComputedStyle(document.activeElement).outlineStyle") != "none"
    body.send_keys(Keys.ENTER)
    marked = browser.find_elements("css selector", "mark[aria-current='true']")
    assert len(marked) == 2


def test_filters_hide_and_show_conflicts_and_columns(browser, pages):
    open_page(browser, pages["story"])

    def box(name, value):
        return browser.find_element("css selector", f"#cc-filters input[name='{name}'][value='{value}']")

    def visible_conflicts():
        return [li.get_attribute("data-type") + ":" + li.get_attribute("data-langs")
                for li in browser.find_elements("css selector", "li.conflict") if li.is_displayed()]

    assert len(visible_conflicts()) == 4
    box("type", "scale").click()
    assert visible_conflicts() == ["garbled:es fr"]
    assert not browser.find_element("id", "cc-fact-0").is_displayed()  # the money fact has nothing left
    box("type", "scale").click()
    box("severity", "low").click()
    assert sorted(visible_conflicts()) == ["scale:ar es", "scale:es fr", "scale:es zh"]
    box("severity", "low").click()
    box("lang", "ar").click()
    assert sorted(visible_conflicts()) == ["garbled:es fr", "scale:es fr", "scale:es zh"]
    assert not column_text(browser, "ar-news").is_displayed()
    assert column_text(browser, "zh-72hours").is_displayed()
    assert "Showing 3 of 4 conflicts and 4 of 5 articles" in browser.find_element("id", "cc-filter-status").text
    box("lang", "ar").click()
    assert len(visible_conflicts()) == 4 and column_text(browser, "ar-news").is_displayed()


def test_arabic_column_runs_right_to_left(browser, pages):
    open_page(browser, pages["story"])
    direction = "return getComputedStyle(arguments[0]).direction"
    assert js(browser, direction, column_text(browser, "ar-news")) == "rtl"
    assert js(browser, direction, column_text(browser, "es-comment")) == "ltr"
    ar_quote = browser.find_element("css selector", "q.quote[lang='ar']")
    assert js(browser, direction, ar_quote) == "rtl"


def test_print_layout_unrolls_columns_and_hides_filters(browser, pages):
    open_page(browser, pages["story"])
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        es = column_text(browser, "es-comment")
        assert js(browser, "return arguments[0].scrollHeight <= arguments[0].clientHeight + 1", es)
        assert js(browser, "return getComputedStyle(arguments[0]).overflowY", es) == "visible"
        assert not browser.find_element("id", "cc-filters").is_displayed()
        assert js(browser, "return getComputedStyle(document.querySelector('.columns')).display") == "block"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_hostile_article_text_and_file_names_do_not_run(browser, pages):
    open_page(browser, pages["hostile"])
    for button in browser.find_elements("css selector", "button"):  # exercise every script path
        button.click()
    for element in browser.find_elements("css selector", "main *")[:300]:  # hover targets of onmouseover
        js(browser, "arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", element)
    assert js(browser, "return window.__xss") is None
    assert browser.title != "pwned" and browser.title.startswith("claimcheck:")
    es_text = browser.find_elements("css selector", ".article-text")[0].text
    assert XSS_TEXT in es_text  # shown as text
    assert XSS_TEXT in browser.find_element("css selector", ".article-title").text
    assert browser.find_elements("css selector", "main img, main iframe, a[href^='javascript']") == []
    assert XSS_URL in browser.find_element("css selector", ".unsafe-url").text
    # both spans of the conflict are found and marked despite hostile claim ids and article ids
    browser.find_element("css selector", "button.conflict-button").click()
    marked = browser.find_elements("css selector", "mark[aria-current='true']")
    assert [m.text for m in marked] == [hostile_report().claims[0].text, "11 milliards de dollars"]
    assert not [e for e in browser.get_log("browser") if "Content Security Policy" in e["message"]]


def test_hostile_story_names_on_the_index_do_not_run(browser, pages):
    open_page(browser, pages["index"])
    links = browser.find_elements("css selector", "table a")
    assert [link.text for link in links] == ["openai-investment", "<img src=x onerror=window.__xss=7>"]
    assert links[1].get_property("href").startswith("file:///")  # a relative file link, not javascript:
    assert js(browser, "return window.__xss") is None
    assert browser.find_elements("css selector", "img") == []


def test_clicking_a_claim_of_an_agreeing_fact_shows_it_in_its_column(browser, pages):
    open_page(browser, pages["story"])
    zh = column_text(browser, "zh-72hours")
    button = next(b for b in browser.find_elements("css selector", ".agreeing button.jump")
                  if "770名员工中有700人" in b.text)
    js(browser, "arguments[0].scrollIntoView()", button)
    button.click()
    (marked,) = browser.find_elements("css selector", "mark[aria-current='true']")
    assert marked.text == "770名员工中有700人" and "st-consistent" in marked.get_attribute("class")
    assert js(browser, "return arguments[0].scrollTop", zh) > 0 and span_in_view(browser, marked, zh)
