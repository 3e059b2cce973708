"""The HTML report read by a fact-checker with stories in many scripts: a right-to-left quote inside an
English explanation keeps its figure after it, a run that could not check everything never looks like
success (on the story page and on the batch index), the baseline's decisions are said at the top, each
quoted figure of a finding leads to its sentence and back (with the keyboard too), and the page has
landmarks, a heading order without the filter's controls inside a heading, and quote marks outside the
isolated quote.  Unit tests on the HTML first, then a few in headless Chromium (each a few seconds).
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from claimcheck.records import Article, Claim, Conflict, Fact, Finding, Quantity, Report
from claimcheck.report_html import isolate_quotes, render_html, render_index

# (article, language, text); the claim of each is the quoted span below
PORT = {
    "en": ("en", "The port handled 3.1 million containers.\n\nCritics say the plan ignores the 1,500 fishermen."),
    "ar": ("ar", "وتعامل الميناء مع 3.1 مليون حاوية.\n\nويقول منتقدون إن الخطة تتجاهل 1500 صياد يعملون في الخليج."),
    "he": ("he", "הנמל טיפל ב-3.1 מיליון מכולות.\n\nהמבקרים טוענים שהתוכנית מתעלמת מ-1,500 הדייגים."),
    "fr": ("fr", "Le port a traité 3,1 millions de conteneurs.\n\nLe plan ignore les 15 000 pêcheurs de la baie."),
    "th": ("th", "ท่าเรือรองรับตู้คอนเทนเนอร์ 3.1 ล้านตู้\n\nผู้วิจารณ์กล่าวว่าแผนนี้มองข้ามชาวประมง 1,500 คน"),
    "zh": ("zh", "该港口处理了310万个集装箱。\n\n批评者说，该计划忽视了1500名渔民。"),
}
FISHERS = {"en": "1,500 fishermen", "ar": "1500 صياد", "he": "1,500 הדייגים", "fr": "15 000 pêcheurs",
           "th": "1,500 คน", "zh": "1500名渔民"}
BOXES = {"en": "3.1 million containers", "ar": "3.1 مليون حاوية", "he": "3.1 מיליון מכולות",
         "fr": "3,1 millions de conteneurs", "th": "3.1 ล้านตู้", "zh": "310万个集装箱"}
EXPLANATION = ("fr says 15,000 (“15 000 pêcheurs”) where ar, en, he, th, zh say 1,500. ar says “1500 صياد” "
               "(1,500); fr says “15 000 pêcheurs” (15,000): 10 times larger — a scale-word slip.")


def port_report(unreadable: bool = False, notices: tuple[str, ...] = (), drift: bool = True) -> Report:
    """Six versions in five scripts (two right to left, Thai and Chinese without spaces); fr slips a scale word."""
    articles = [Article(id=aid, source=f"stories/port/{aid}.txt", text=text, lang=lang)
                for aid, (lang, text) in PORT.items()]
    if unreadable:
        articles.append(Article(id='de "draft" & <b>', source='stories/port/de "draft" & <b>.txt', lang=None,
                                error="The file is not text: it contains NUL bytes (binary data?)."))
    claims = []
    for aid, (lang, text) in PORT.items():
        for key, quote, value in (("boxes", BOXES[aid], 3.1e6),
                                  ("fish", FISHERS[aid], 15000.0 if aid == "fr" and drift else 1500.0)):
            start = text.index(quote)
            claims.append(Claim(id=f"{aid}:{key}", article=aid, start=start, end=start + len(quote), text=quote,
                                quantity=Quantity("count", value, "count"), lang=lang))
    facts = [Fact("boxes", [f"{a}:boxes" for a in PORT], kind="count", unit="count", score=0.95),
             Fact("fish", [f"{a}:fish" for a in PORT], kind="count", unit="count", score=0.9)]
    conflicts, findings = [], []
    if drift:
        others = [a for a in PORT if a != "fr"]
        conflicts = [Conflict("fish", ("fr:fish", f"{a}:fish"), "scale", "high", EXPLANATION, outlier="fr",
                              likely_value=1500.0, likely_unit="count") for a in others]
        findings = [Finding(fact="fish", type="scale", severity="high", explanation=EXPLANATION,
                            conflicts=list(range(len(conflicts))), claims=[f"{a}:fish" for a in PORT],
                            outlier="fr", outlier_claim="fr:fish")]
    return Report(articles=articles, claims=claims, facts=facts, conflicts=conflicts, findings=findings,
                  story="port", model="fake-trigram", notices=list(notices))


class Tags(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.headings: list[tuple[int, list[str]]] = []  # level, tags opened inside it
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append((int(tag[1]), []))
        elif self.headings and any(re.fullmatch(r"h[1-6]", t) for t in self.stack):
            self.headings[-1][1].append(tag)
        if tag not in ("meta", "input", "br", "link", "img"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass


# ----------------------------------------------------------------------------- explanation and quotes


def test_quotes_in_an_explanation_are_isolated_so_the_figure_after_stays_after():
    html = render_html(port_report())
    assert "ar says “<bdi>1500 صياد</bdi>” (1,500); fr says “<bdi>15 000 pêcheurs</bdi>” (15,000)" in html
    assert str(isolate_quotes('x “<b>&</b>” y')) == "x “<bdi>&lt;b&gt;&amp;&lt;/b&gt;</bdi>” y"
    assert str(isolate_quotes("no quote <i>")) == "no quote &lt;i&gt;"


def test_quote_marks_stand_outside_the_isolated_right_to_left_quote():
    """“ and ” are text in the page's order around the quote, so an RTL quote never shows ”18%“."""
    html = render_html(port_report())
    assert '“<q class="quote" lang="ar" dir="rtl">1500 صياد</q>”' in html
    assert '“<q class="quote" lang="he" dir="rtl">1,500 הדייגים</q>”' in html


def test_a_fact_heading_does_not_repeat_its_kind_as_unit():
    html = render_html(port_report())
    heading = re.search(r'<article class="fact[^>]*>\s*<h3>(.*?)<small>', html, re.S).group(1)
    assert "count · count" not in re.sub(r"<[^>]+>", "", heading)


def test_each_quoted_figure_of_a_finding_links_to_its_mark_in_the_aligned_versions():
    html = render_html(port_report())
    card = html[html.index('<li class="card'):html.index("</li>", html.index('<li class="card'))]
    targets = re.findall(r'<a href="#(cc-claim-\d+)" class="jump-claim" data-targets="(cc-claim-\d+)"', card)
    assert targets and all(a == b for a, b in targets)
    diff = html[html.index('id="cc-diff-table"'):]
    for target, _ in targets:
        assert f'<mark class="claim st-conflict" id="{target}"' in diff or f'id="{target}"' in diff
    # every version of the finding can be reached from the card: fr (the odd one) and the five others
    assert len(targets) == 6


# ----------------------------------------------------------------------------- never looks like success


def _verdict(html: str) -> tuple[str, str]:
    m = re.search(r'<p class="verdict verdict-(\w+)" id="cc-verdict">(.*?)</p>', html, re.S)
    return m.group(1), re.sub(r"<[^>]+>", "", m.group(2))


def test_an_unreadable_article_makes_the_check_incomplete_even_without_conflicts():
    html = render_html(port_report(unreadable=True, drift=False))
    state, text = _verdict(html)
    assert state == "incomplete"
    assert text.startswith("⚠ Incomplete check: no conflicting figures among the 6 versions that could be read")
    assert "1 of 7 articles could not be read" in text
    assert "No conflicts: every number stated in more than one version agrees." not in html
    assert "No conflicts among what could be checked, but this check is incomplete" in html
    assert "de &#34;draft&#34; &amp; &lt;b&gt;" in html and 'de "draft" & <b>' not in html


def test_one_readable_version_is_incomplete_and_notices_are_caveats_and_a_clean_run_says_so():
    one = Report(articles=[Article(id="en", source="en.txt", text="It cost 5 dollars.", lang="en")], story="one")
    state, text = _verdict(render_html(one))
    assert state == "incomplete" and "fewer than two readable versions" in text
    notice = "the encoder use-multilingual was not trained on th: claims in those articles may be matched poorly"
    html = render_html(port_report(notices=(notice,), drift=False))
    state, text = _verdict(html)
    assert state == "caveats" and text.startswith("⚠ Checked with caveats") and "1 notice below" in text
    assert html.index('id="cc-verdict"') < html.index(notice) < html.index('id="cc-conflicts"')
    assert "this check is not certain" in html
    state, text = _verdict(render_html(port_report(drift=False)))
    assert (state, text) == ("clean", "✓ No conflicting figures among 6 versions.")
    state, text = _verdict(render_html(port_report()))
    assert (state, text) == ("findings", "▲ 1 finding to review among 6 versions.")


def test_the_index_marks_incomplete_stories_and_shows_their_notices():
    notice = "en: the article has 90,000 characters; only the first 50,000 were checked"
    html = render_index([("port", port_report(unreadable=True), "port.html"),
                         ("clean", port_report(drift=False), "clean.html"),
                         ("cut", port_report(drift=False, notices=(notice,)), "cut.html")])
    assert 'class="verdict verdict-incomplete"' in html
    assert "1 story is incomplete" in html and "1 story has notices to read" in html
    rows = {m.group(1): m.group(0) for m in re.finditer(r'<tr data-key="[^"]*">\s*<th scope="row"><a href="([^"]+)".*?</tr>',
                                                          html, re.S)}
    assert "⚠ incomplete" in rows["port.html"] and "read error" in rows["port.html"]
    assert "⚠ caveats" in rows["cut.html"] and notice in rows["cut.html"]
    assert "⚠" not in rows["clean.html"]
    assert '<span class="lang-code">und</span>' not in rows["port.html"]  # the unread file has no language


# ----------------------------------------------------------------------------- the baseline, said at the top


def _baseline(tmp_path, report, accepted, confirmed=()):
    from claimcheck.baseline import conflict_entry

    path = tmp_path / "claimcheck-baseline.json"
    path.write_text(json.dumps({"version": 1, "conflicts": [conflict_entry(report.conflicts[i], report) for i in accepted],
                                "confirmed_errors": [conflict_entry(report.conflicts[i], report) for i in confirmed]}),
                    encoding="utf-8")
    return path


def test_what_the_baseline_accepts_is_said_at_the_top_and_a_mixed_card_says_its_make_up(tmp_path):
    report = port_report()
    html = render_html(report, baseline=_baseline(tmp_path, report, accepted=[0, 1, 2]))
    summary = re.search(r'id="cc-baseline-summary">(.*?)</p>', html, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", summary)
    assert "Baseline claimcheck-baseline.json accepts 3 of 5 conflict pairs" in text
    assert "1 finding is only partly decided" in text
    assert html.index('id="cc-baseline-summary"') < html.index('id="cc-conflicts"')
    assert "in baseline (3 of 5 pairs accepted, 2 undecided)" in html
    assert 'id="cc-baseline-summary"' not in render_html(report)  # no baseline: no line


# ----------------------------------------------------------------------------- structure


def test_landmarks_heading_order_and_no_controls_inside_a_heading():
    html = render_html(port_report(unreadable=True))
    parsed = Tags(html)
    names = [t for t, _ in parsed.tags]
    assert names.index("header") < names.index("main") < names.index("footer")
    assert [a.get("aria-label") for t, a in parsed.tags if t == "nav"] == ["Sections of this report"]
    levels = [level for level, _ in parsed.headings]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:]))
    assert all(not {"select", "input", "button", "label"} & set(inside) for _, inside in parsed.headings)
    for href in re.findall(r'<nav class="toc"[^>]*>(.*?)</nav>', html, re.S)[0].split('href="#')[1:]:
        assert f'id="{href.split(chr(34))[0]}"' in html
    assert 'main id="main"' in html and 'href="#main"' in html


# ----------------------------------------------------------------------------- in headless Chromium

try:
    from report_html_browser import clear_storage, js, open_page, severe_errors, start_chromium
except ImportError:  # tests/ imported as a package
    from tests.report_html_browser import clear_storage, js, open_page, severe_errors, start_chromium


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def port_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("readers")
    report = port_report()
    page = folder / "port.html"
    page.write_text(render_html(report, baseline=_baseline(folder, report, accepted=[0, 1, 2])), encoding="utf-8")
    return page.as_uri()


@pytest.mark.browser
def test_rendered_explanation_keeps_the_figure_after_an_arabic_quote(browser, port_page):
    open_page(browser, port_page)
    why = browser.find_element("css selector", ".card .why")
    bdi = next(b for b in why.find_elements("css selector", "bdi") if b.text == "1500 صياد")
    # the "(1,500)" right after the quote is drawn to its right, not pulled into the Arabic run
    right_of_quote, figure_left = js(browser, """
        const bdi = arguments[0], text = bdi.nextSibling;  // '” (1,500); fr says …'
        const r = document.createRange();
        const at = text.textContent.indexOf('(1,500)');
        r.setStart(text, at); r.setEnd(text, at + 7);
        return [bdi.getBoundingClientRect().right, r.getBoundingClientRect().left];
    """, bdi)
    assert figure_left > right_of_quote
    assert js(browser, "return getComputedStyle(arguments[0]).direction", bdi) == "rtl"
    assert severe_errors(browser) == []


@pytest.mark.browser
def test_a_quoted_figure_leads_to_its_sentence_with_focus_and_escape_comes_back(browser, port_page):
    open_page(browser, port_page)
    link = browser.find_element("css selector", ".card .side.odd a.jump-claim")
    target = link.get_attribute("data-targets")
    link.send_keys("\n")  # the keyboard, not the mouse
    mark = browser.find_element("id", target)
    assert mark.get_attribute("aria-current") == "true" and mark.text == "15 000 pêcheurs"
    assert js(browser, "return document.activeElement.id") == target
    assert browser.find_element("id", "cc-back").is_displayed()
    js(browser, "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))")
    assert not browser.find_element("id", "cc-back").is_displayed()
    assert js(browser, "return document.activeElement === arguments[0]", link)
    assert not browser.find_elements("css selector", "mark[aria-current='true']")


@pytest.mark.browser
def test_a_partly_decided_finding_is_not_counted_reviewed_and_shows_under_undecided_only(browser, port_page):
    from selenium.webdriver.support.ui import Select

    open_page(browser, port_page)
    progress = browser.find_element("id", "cc-progress").text
    assert progress.startswith("0 of 1 reviewed") and "1 partly decided" in progress
    card = browser.find_element("css selector", ".card")
    assert card.find_element("css selector", ".from").text == "in baseline (3 of 5 pairs accepted, 2 undecided)"
    Select(browser.find_element("id", "cc-filter-decision")).select_by_value("undecided")
    assert card.is_displayed()
    Select(browser.find_element("id", "cc-filter-decision")).select_by_value("accepted")
    assert not card.is_displayed()


@pytest.mark.browser
def test_six_versions_in_five_scripts_sit_side_by_side_without_sideways_scrolling(browser, port_page):
    open_page(browser, port_page)
    for box in (".passage-scroll", ".diff-scroll"):
        assert js(browser, "const b = document.querySelector(arguments[0]); return b.scrollWidth <= b.clientWidth",
                  box), box
    # right-to-left columns run right to left, their sentence numbers at the right
    cell = browser.find_element("css selector", "#cc-diff-table td[lang='he']")
    assert js(browser, "return getComputedStyle(arguments[0]).direction", cell) == "rtl"
    number = cell.find_element("css selector", ".sn")
    assert js(browser, "return arguments[0].getBoundingClientRect().right > arguments[1].getBoundingClientRect().right - 40",
              number, cell)


@pytest.mark.browser
def test_findings_filter_by_type_and_odd_version_from_the_keyboard(browser, tmp_path):
    from selenium.webdriver.common.keys import Keys

    try:
        from report_html_story import seeds_like_report
    except ImportError:  # tests/ imported as a package
        from tests.report_html_story import seeds_like_report
    page = tmp_path / "seeds.html"
    page.write_text(render_html(seeds_like_report()), encoding="utf-8")
    clear_storage(browser, page.as_uri())
    cards = browser.find_elements("css selector", "li.card")
    types = [c.get_attribute("data-type") for c in cards]
    by_type = browser.find_element("id", "cc-filter-type")
    by_type.send_keys(Keys.ARROW_DOWN)  # the first type after "any type"
    assert js(browser, "return arguments[0].value", by_type) == "scale"
    assert [c.is_displayed() for c in cards] == [t == "scale" for t in types]
    by_type.send_keys(Keys.HOME)
    assert all(c.is_displayed() for c in cards)
    odd = browser.find_element("id", "cc-filter-version")
    options = [o.get_attribute("value") for o in odd.find_elements("tag name", "option")]
    fr = options[[o.text for o in odd.find_elements("tag name", "option")].index("fr-journal (fr)")]
    for _ in range(options.index(fr)):
        odd.send_keys(Keys.ARROW_DOWN)
    shown = [c for c in cards if c.is_displayed()]
    assert len(shown) == 1 and "fr-journal" in shown[0].find_element("css selector", ".side.odd").text
    assert browser.find_element("id", "cc-filter-status").text == f"showing 1 of {len(cards)}"
    odd.send_keys(Keys.HOME)
    assert all(c.is_displayed() for c in cards)
