"""The HTML report as text: values formatted, claims highlighted by status, hostile text escaped,
nothing loaded from the network.  The browser tests (test_report_html_browser.py) check behaviour."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from claimcheck.records import Article, Claim, Quantity, Report
from claimcheck.report_html import format_quantity, format_value, page_filename, render_html, render_index

try:
    from report_html_story import PAYLOADS, XSS_URL, hostile_report, story_report
except ImportError:  # tests/ imported as a package
    from tests.report_html_story import PAYLOADS, XSS_URL, hostile_report, story_report


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside each <script>."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


@pytest.fixture(scope="module")
def story_html() -> str:
    return render_html(story_report())


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render_html(hostile_report())


@pytest.mark.parametrize(
    "value, unit, expected",
    [
        (1.1e10, "USD", "11,000,000,000 USD (11 bn)"),
        (1.1e7, "USD", "11,000,000 USD (11 mn)"),
        (2.4e12, "EUR", "2,400,000,000,000 EUR (2.4 tn)"),
        (86_000_000_000.0, "USD", "86,000,000,000 USD (86 bn)"),
        (7.5, "%", "7.5%"),
        (2.81, "pp", "2.81 pp"),
        (13000.0, "count", "13,000"),
        (1234.5678, None, "1,234.57"),
        (3.0, "day", "3 days"),
        (1.0, "year", "1 year"),
        ("2023-11-17", "date", "2023-11-17"),
        (None, "USD", "no value"),
    ],
)
def test_format_value_is_readable_with_magnitude(value, unit, expected):
    assert format_value(value, unit) == expected


@pytest.mark.parametrize(
    "quantity, expected",
    [
        (Quantity("money", 1.1e10, "USD", qualifier="about"), "about 11,000,000,000 USD (11 bn)"),
        (Quantity("count", 700.0, "count", qualifier="more_than"), "more than 700"),
        (Quantity("ratio", 700.0, "ratio", denominator=770.0), "700 of 770"),
        (Quantity("count", 1500.0, "count", qualifier="up_to", low=1200.0, high=1500.0), "1,200 – 1,500"),
        (Quantity("money", 3e9, "EUR", qualifier="about", low=2e9, high=3e9), "about 2,000,000,000 – 3,000,000,000 EUR (3 bn)"),
        (Quantity("duration", None, "day", qualifier="garbled", garbled=True), "garbled (no readable value)"),
        (Quantity("count", 2810.0, "count", ambiguous=True), "2,810 (decimal separator ambiguous)"),
    ],
)
def test_format_quantity_says_qualifier_range_ratio_and_garbled(quantity, expected):
    assert format_quantity(quantity) == expected


def _marks(html: str) -> dict[str, tuple[str, str]]:
    """dom id -> (status, text) of every highlighted claim."""
    found = re.findall(r'<mark class="claim st-(\w+)" id="(cc-claim-\d+)"[^>]*>(.*?)</mark>', html, re.S)
    return {dom_id: (status, text) for status, dom_id, text in found}


def test_every_claim_is_highlighted_with_its_status(story_html):
    report = story_report()
    marks = _marks(story_html)
    by_text = {text: status for status, text in marks.values()}
    expected = {
        "11 millones de dólares": "conflict",
        "11 milliards de dollars": "conflict",
        "110亿美元": "conflict",
        "11 مليار دولار": "conflict",
        "700 de 770": "consistent",
        "770名员工中有700人": "consistent",
        "1 XNUMX días": "garbled",
        "3 jours": "conflict",
        "300 repas": "unmatched",
    }
    assert {k: by_text.get(k) for k in expected} == expected
    assert len(marks) == len(report.claims)


@pytest.mark.parametrize("article_id, lang, direction", [
    ("es-comment", "es", "ltr"), ("fr-comment", "fr", "ltr"), ("zh-72hours", "zh", "ltr"), ("ar-news", "ar", "rtl"),
])
def test_article_column_and_quotes_carry_language_and_direction(story_html, article_id, lang, direction):
    page = Elements(story_html)
    columns = page.find("div", **{"class": "article-text"})  # one per article, in report order
    column = columns[[a.id for a in story_report().articles].index(article_id)]
    assert (column["lang"], column["dir"]) == (lang, direction)
    quotes = page.find("q", lang=lang)
    assert quotes and all(q["dir"] == direction for q in quotes)


def test_unknown_language_gets_und_and_auto_direction():
    report = Report(articles=[Article(id="x", source="x.txt", text="Sin idioma 5 casas.", lang=None)])
    column = Elements(render_html(report)).find("div", **{"class": "article-text"})[0]
    assert (column["lang"], column["dir"]) == ("und", "auto")


def test_conflicts_are_grouped_by_fact_with_outlier_and_likely_value(story_html):
    facts = re.findall(r'<article class="fact" id="cc-fact-\d+">(.*?)</article>', story_html, re.S)
    assert len(facts) == 2  # f1 (three scale conflicts) and f3 (garbled); f2 agrees, f4 is alone
    money = next(f for f in facts if "Fact <bdi>f1</bdi>" in f)
    assert money.count('class="conflict ') == 3
    assert "11 millones de dólares" in money and "11 milliards de dollars" in money and "110亿美元" in money
    assert "11,000,000 USD (11 mn)" in money and "11,000,000,000 USD (11 bn)" in money
    assert "<dt>Outlier</dt><dd><bdi>es-comment</bdi></dd>" in money
    assert "<dt>Likely right value</dt><dd>11,000,000,000 USD (11 bn)</dd>" in money
    assert story_html.index("Fact <bdi>f1</bdi>") < story_html.index("Fact <bdi>f3</bdi>")  # high before low


def test_summary_counts_conflicts_by_severity_and_type_and_shows_read_errors(story_html):
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", story_html))
    assert "high 3" in text and "low 1" in text and "medium 0" in text
    assert "scale 3" in text and "garbled 1" in text
    assert "read error unsupported file type .pdf" in text


def test_article_text_is_reassembled_exactly_from_slices():
    """Highlighting only wraps slices: stripping the marks gives back each article's text."""
    report = story_report(depth=2)
    html = render_html(report)
    bodies = re.findall(r'<div class="article-text"[^>]*>(.*?)</div>', html, re.S)
    import html as html_lib

    for article, body in zip(report.articles, bodies):
        assert html_lib.unescape(re.sub(r"</?mark[^>]*>", "", body)) == article.text


def test_claims_with_bad_or_overlapping_offsets_do_not_break_the_page():
    text = "Invirtió 11 millones de dólares en 2023."
    q = Quantity("money", 1.1e7, "USD")
    claims = [
        Claim("ok", "a", 9, 31, text[9:31], q),
        Claim("inside", "a", 12, 20, text[12:20], q),  # overlaps "ok": dropped from highlighting
        Claim("past-end", "a", 30, 400, "x", q),
        Claim("wrong-text", "a", 0, 4, "nope", q),
        Claim("orphan", "missing-article", 0, 2, "In", q),
    ]
    report = Report(articles=[Article(id="a", source="a.txt", text=text, lang="es")], claims=claims)
    marks = _marks(render_html(report))
    assert [t for _, t in marks.values()] == ["11 millones de dólares"]
    assert "not located in text" in render_html(report)


def test_hostile_text_and_names_never_become_markup(hostile_html):
    page = Elements(hostile_html)
    tags = {t for t, _ in page.tags}
    assert "img" not in tags
    assert len(page.scripts) == 2  # our JSON data block and our own script, nothing injected
    for tag, attrs in page.tags:
        assert not [k for k in attrs if k.startswith("on") or k == "autofocus"], (tag, attrs)
        for key in ("href", "src", "action", "formaction"):
            assert not (attrs.get(key) or "").lower().lstrip().startswith("javascript:"), (tag, attrs)
    for payload in PAYLOADS:
        assert payload not in hostile_html
    assert XSS_URL.replace("'", "&#39;") in hostile_html  # shown as text, not as a link


def test_json_data_block_cannot_close_its_script_and_round_trips(hostile_html):
    page = Elements(hostile_html)
    (attrs, text), = [s for s in page.scripts if s[0].get("type") == "application/json"]
    assert "</" not in text and "<" not in text
    data = json.loads(text)
    report = hostile_report()
    assert data["story"] == report.story
    assert [a["name"] for a in data["articles"]] == [a.id for a in report.articles]


def test_content_security_policy_allows_only_the_pages_own_script(story_html):
    page = Elements(story_html)
    (csp,) = [a["content"] for a in page.find("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    (_, code), = [s for s in page.scripts if "type" not in s[0]]
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp


def test_page_loads_nothing_from_the_network_except_article_links():
    report = story_report()
    report.articles[0].url = "https://example.com/es-comment?x=1&y=2"
    report.articles[1].url = "http://example.fr/fr"
    html = render_html(report)
    page = Elements(html)
    allowed = {a.url for a in report.articles if a.url}
    for tag, attrs in page.tags:
        for key in ("src", "srcset", "href", "action", "data", "poster", "background"):
            value = attrs.get(key)
            if value and re.match(r"\s*(https?:)?//", value, re.I):
                assert tag == "a" and value in allowed, (tag, key, value)
    assert sorted(a["href"] for a in page.find("a") if a["href"].startswith("http")) == sorted(allowed)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html, re.I)
    assert not page.find("link") and not page.find("img") and not page.find("iframe")


def test_index_links_stories_and_neutralises_scheme_in_links():
    html = render_index([
        ("openai-investment", story_report(depth=1), "openai-investment.html"),
        ('javascript:alert(1)"><b>', hostile_report(), 'javascript:alert(1)"><b>.html'),
    ])
    page = Elements(html)
    hrefs = [a["href"] for a in page.find("a") if a.get("href") != "#main"]
    assert hrefs == ["openai-investment.html", "javascript%3Aalert%281%29%22%3E%3Cb%3E.html"]
    assert "<b>" not in html and "javascript:alert(1)&#34;&gt;&lt;b&gt;" in html
    assert "3</td><td class=\"num\">0</td><td class=\"num\">1</td>" in html  # high, medium, low of story 1


@pytest.mark.parametrize("story, expected", [
    ("openai-2023", "openai-2023.html"),
    ("../../etc/passwd", None),
    ("Ölpreis 2024", None),
])
def test_page_filename_is_safe_and_stable(story, expected):
    name = page_filename(story)
    assert re.fullmatch(r"[A-Za-z0-9._-]+\.html", name) and not name.startswith(".")
    assert name == page_filename(story)
    if expected:
        assert name == expected
    assert page_filename("a/b") != page_filename("a-b")


def test_render_time_is_small_for_a_long_story():
    import time

    report = story_report(depth=300)  # ~ 4 x 60 KB of text
    start = time.perf_counter()
    html = render_html(report)
    assert time.perf_counter() - start < 2.0
    assert len(html) > sum(len(a.text) for a in report.articles)


def test_facts_that_agree_are_listed_with_every_claim(story_html):
    section = story_html[story_html.index('id="h-agreeing"'):story_html.index('id="cc-articles"')]
    assert "Facts that agree (1)" in section and "Fact <bdi>f2</bdi>" in section
    for quote in ("700 de 770", "700 des 770", "770名员工中有700人", "700 من أصل 770"):
        assert quote in section
    assert "about 700 of 770" in section
    assert "Fact <bdi>f4</bdi>" not in section  # one article only: not an agreement
