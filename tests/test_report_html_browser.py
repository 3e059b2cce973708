"""The HTML report in real headless Chromium: conflicts jump to their passage in the aligned versions and
back, headers stay in view, columns can be chosen, right-to-left text runs right to left, printing unrolls
the diff, and hostile text never runs.  The review itself is walked in test_report_html_review.py.

Screenshots go to reports/test-screenshots/.
"""
from __future__ import annotations

import pytest

from claimcheck.records import Article, Claim, Conflict, Fact, Quantity, Report
from claimcheck.report_html import render_html, render_index

try:
    from report_html_browser import (SCREENSHOTS, clear_storage, in_viewport, js, open_page, severe_errors,
                                     start_chromium)
    from report_html_story import XSS_TEXT, XSS_URL, hostile_report, seeds_like_report, story_report
except ImportError:  # tests/ imported as a package
    from tests.report_html_browser import (SCREENSHOTS, clear_storage, in_viewport, js, open_page, severe_errors,
                                           start_chromium)
    from tests.report_html_story import XSS_TEXT, XSS_URL, hostile_report, seeds_like_report, story_report

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


def eight_versions() -> Report:
    """Eight versions of one sentence, one of them disagreeing: the diff must scroll sideways."""
    langs = ["en", "es", "fr", "de", "it", "pt", "nl", "pl"]
    articles, claims = [], []
    for lang in langs:
        text = f"Intro sentence in {lang}.\n\nThe plant cost {80 if lang == 'pl' else 40} million euros. Closing words."
        quote = f"{80 if lang == 'pl' else 40} million euros"
        start = text.index(quote)
        articles.append(Article(id=f"{lang}-version", source=f"{lang}.txt", text=text, lang=lang))
        claims.append(Claim(id=f"{lang}:1", article=f"{lang}-version", start=start, end=start + len(quote), text=quote,
                            quantity=Quantity("money", 8e7 if lang == "pl" else 4e7, "EUR"), lang=lang))
    facts = [Fact("f1", [c.id for c in claims], kind="money", unit="EUR")]
    conflicts = [Conflict("f1", ("pl:1", f"{lang}:1"), "value", "high", "pl says 80 million", outlier="pl-version")
                 for lang in langs[:-1]]
    return Report(articles=articles, claims=claims, facts=facts, conflicts=conflicts, story="eight")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("html-report")
    out = {}
    for name, report in (("story", story_report()), ("seeds", seeds_like_report()), ("hostile", hostile_report()),
                         ("eight", eight_versions())):
        (folder / f"{name}.html").write_text(render_html(report), encoding="utf-8")
        out[name] = (folder / f"{name}.html").as_uri()
    (folder / "index.html").write_text(render_index([
        ("openai-investment", story_report(depth=1), "story.html"),
        ("<img src=x onerror=window.__xss=7>", hostile_report(), "javascript:window.__xss=8"),
    ]), encoding="utf-8")
    out["index"] = (folder / "index.html").as_uri()
    return out


def test_page_script_runs_and_every_status_has_its_own_underline(browser, pages):
    open_page(browser, pages["seeds"])
    assert browser.find_element("id", "cc-tools").is_displayed()  # shown by the page's own script, under its CSP
    assert browser.find_element("id", "cc-progress").text.startswith("0 of 3 reviewed")
    styles = {status: js(browser, "return getComputedStyle(document.querySelector('#cc-diff-table mark.st-' + "
                                  "arguments[0])).textDecorationStyle", status)
              for status in ("conflict", "consistent", "unmatched", "garbled", "skipped")}
    assert len(set(styles.values())) == 5, styles  # a cue besides colour, also in print
    glyphs = {js(browser, "return getComputedStyle(document.querySelector('mark.st-' + arguments[0]), '::before')"
                          ".content", s) for s in styles}
    assert len(glyphs) == 5
    assert severe_errors(browser) == []


def test_show_in_the_aligned_versions_and_back(browser, pages):
    open_page(browser, pages["seeds"])
    fact = browser.find_element("id", "cc-fact-1")  # "signed": fr-journal says 750
    link = fact.find_element("css selector", "a.to-diff")
    link.click()
    marked = browser.find_elements("css selector", "#cc-diff-table mark[aria-current='true']")
    assert sorted(m.text for m in marked) == sorted(["700 of the 770", "700 de los 770", "750 des 770",
                                                     "770名员工中已有700人", "700 من أصل 770"])
    assert all(in_viewport(browser, m) for m in marked[:3])
    assert not in_viewport(browser, fact.find_element("css selector", "h3"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "report-diff-jump.png"))
    back = browser.find_element("id", "cc-back")
    assert back.is_displayed()
    back.click()
    assert in_viewport(browser, fact.find_element("css selector", "h3"))
    assert not back.is_displayed() and not browser.find_elements("css selector", "mark[aria-current='true']")
    # and from a conflicting figure in the diff, its ↑ link leads to its fact
    arrow = browser.find_element("css selector", "#cc-diff-table a.back[href='#cc-fact-2']")
    js(browser, "arguments[0].scrollIntoView({block: 'center'})", arrow)
    arrow.click()
    assert in_viewport(browser, browser.find_element("css selector", "#cc-fact-2 h3"))


def test_diff_headers_stick_while_its_rows_scroll(browser, pages):
    open_page(browser, pages["story"])  # 30 filler sentences per version: a long diff
    box = browser.find_element("css selector", ".diff-scroll")
    js(browser, "arguments[0].scrollIntoView({block: 'start'})", box)
    js(browser, "arguments[0].scrollTop = 1500", box)
    th = browser.find_element("css selector", "#cc-diff-table th")
    top = js(browser, "return arguments[0].getBoundingClientRect().top - arguments[1].getBoundingClientRect().top",
             th, box)
    assert js(browser, "return arguments[0].scrollTop", box) > 1000 and abs(top) <= 2


def test_eight_versions_scroll_sideways_and_columns_can_be_chosen(browser, pages):
    open_page(browser, pages["eight"])
    box = browser.find_element("css selector", ".diff-scroll")
    assert js(browser, "return arguments[0].scrollWidth > arguments[0].clientWidth", box)
    heads = browser.find_elements("css selector", "#cc-diff-table th")
    assert len(heads) == 8 and not in_viewport(browser, heads[-1])
    picker = browser.find_element("id", "cc-columns")
    for box_el in picker.find_elements("css selector", "input")[2:6]:  # show four of eight
        box_el.click()
    visible = [h.text.split()[0] for h in heads if h.is_displayed()]
    assert visible == ["en-version", "es-version", "nl-version", "pl-version"]
    assert not js(browser, "return arguments[0].scrollWidth > arguments[0].clientWidth + 1", box)
    # the conflict's passage shows the odd version beside the others
    passage = browser.find_element("css selector", "#cc-fact-0 table.passage")
    assert "80 million euros" in passage.text and "40 million euros" in passage.text


def test_arabic_runs_right_to_left_and_chinese_keeps_its_script(browser, pages):
    open_page(browser, pages["seeds"])
    direction = "return getComputedStyle(arguments[0]).direction"
    ar_cells = browser.find_elements("css selector", "#cc-diff-table td[lang='ar']")
    assert ar_cells and all(js(browser, direction, c) == "rtl" for c in ar_cells)
    assert js(browser, direction, browser.find_element("css selector", "#cc-diff-table td[lang='en']")) == "ltr"
    assert js(browser, direction, browser.find_element("css selector", "q.quote[lang='ar']")) == "rtl"
    zh = browser.find_element("css selector", "#cc-fact-0 td[lang='zh']")
    assert "130亿美元" in zh.text


def test_print_unrolls_the_diff_and_hides_the_controls(browser, pages):
    open_page(browser, pages["story"])
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        box = browser.find_element("css selector", ".diff-scroll")
        assert js(browser, "return getComputedStyle(arguments[0]).overflowY", box) == "visible"
        assert js(browser, "return arguments[0].scrollHeight <= arguments[0].clientHeight + 1", box)
        assert not browser.find_element("id", "cc-toolbar").is_displayed()
        assert not browser.find_element("css selector", ".review-controls").is_displayed()
        assert browser.find_element("css selector", ".decision").is_displayed()  # the decision itself prints
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_review_buttons_work_with_the_keyboard(browser, pages):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    clear_storage(browser, pages["story"])
    element = browser.switch_to.active_element
    for _ in range(60):  # tab until an Accept button has focus
        if element.get_attribute("data-set") == "accepted":
            break
        ActionChains(browser).send_keys(Keys.TAB).perform()
        element = browser.switch_to.active_element
    else:
        raise AssertionError("no Accept button reachable with Tab")
    assert js(browser, "return getComputedStyle(document.activeElement).outlineStyle") != "none"
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    assert element.get_attribute("aria-pressed") == "true"
    assert browser.find_element("css selector", ".card .decision").text == "✓ accepted"
    js(browser, "localStorage.clear()")


def test_hostile_article_text_and_file_names_do_not_run(browser, pages):
    open_page(browser, pages["hostile"])
    for button in browser.find_elements("css selector", "button.rv, a.to-diff"):  # exercise every script path
        if button.is_displayed():
            button.click()
    for element in browser.find_elements("css selector", "main *")[:300]:  # hover targets of onmouseover
        js(browser, "arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", element)
    assert js(browser, "return window.__xss") is None
    assert browser.title != "pwned" and browser.title.startswith("claimcheck:")
    assert XSS_TEXT in browser.find_element("css selector", "#cc-diff-table td").text  # shown as text
    assert browser.find_elements("css selector", "main img, main iframe, a[href^='javascript']") == []
    assert XSS_URL in browser.find_element("css selector", ".unsafe-url").text
    assert not [e for e in browser.get_log("browser") if "Content Security Policy" in e["message"]]
    js(browser, "localStorage.clear()")


def test_hostile_story_names_on_the_index_do_not_run(browser, pages):
    open_page(browser, pages["index"])
    links = browser.find_elements("css selector", "table a")
    assert [link.text for link in links] == ["openai-investment", "<img src=x onerror=window.__xss=7>"]
    assert links[1].get_property("href").startswith("file:///")  # a relative file link, not javascript:
    assert js(browser, "return window.__xss") is None
    assert browser.find_elements("css selector", "img") == []
    assert browser.find_element("css selector", "tr[data-key] .review-progress").text.startswith("0 / 4")  # findings


def test_findings_filter_by_decision_and_severity(browser, pages):
    from selenium.webdriver.support.ui import Select

    clear_storage(browser, pages["seeds"])
    cards = browser.find_elements("css selector", "li.card")
    cards[1].find_element("css selector", "button.rv[data-set='accepted']").click()
    Select(browser.find_element("id", "cc-filter-decision")).select_by_value("undecided")
    assert [c.is_displayed() for c in cards] == [True, False, True]
    assert not browser.find_element("id", "cc-fact-1").is_displayed()  # its only finding is decided
    assert browser.find_element("id", "cc-filter-status").text == "showing 2 of 3"
    Select(browser.find_element("id", "cc-filter-severity")).select_by_value("high")
    assert [c.is_displayed() for c in cards] == [True, False, False]
    Select(browser.find_element("id", "cc-filter-decision")).select_by_value("all")
    Select(browser.find_element("id", "cc-filter-severity")).select_by_value("low")
    assert all(c.is_displayed() for c in cards)
    js(browser, "localStorage.clear()")
