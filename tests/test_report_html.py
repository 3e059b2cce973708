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
    from report_html_story import PAYLOADS, SEEDS_SENTENCES, TEXTS, XSS_URL, hostile_report, seeds_like_report, story_report
except ImportError:  # tests/ imported as a package
    from tests.report_html_story import (PAYLOADS, SEEDS_SENTENCES, TEXTS, XSS_URL, hostile_report, seeds_like_report,
                                         story_report)


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
        (Quantity("count", 300.0, "count", qualifier="almost"), "almost 300"),
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


def _diff_cells(html: str) -> list[dict[str, str | None]]:
    """The <td> cells of the aligned diff, in document order (one per version and row)."""
    body = html[html.index('id="cc-diff-table"'):html.index("</table>", html.index('id="cc-diff-table"'))]
    return Elements(body).find("td")


@pytest.mark.parametrize("article_id, lang, direction", [
    ("es-comment", "es", "ltr"), ("fr-comment", "fr", "ltr"), ("zh-72hours", "zh", "ltr"), ("ar-news", "ar", "rtl"),
])
def test_diff_columns_and_quotes_carry_language_and_direction(story_html, article_id, lang, direction):
    readable = [a.id for a in story_report().articles if a.ok]
    column = readable.index(article_id)
    cells = [c for c in _diff_cells(story_html) if c["class"] == f"c{column}"]
    assert cells and all((c["lang"], c["dir"]) == (lang, direction) for c in cells)
    quotes = Elements(story_html).find("q", lang=lang)
    assert quotes and all(q["dir"] == direction for q in quotes)


def test_unknown_language_gets_und_and_auto_direction():
    report = Report(articles=[Article(id="x", source="x.txt", text="Sin idioma 5 casas.", lang=None)])
    (cell,) = _diff_cells(render_html(report))
    assert (cell["lang"], cell["dir"]) == ("und", "auto")


def _facts(html: str) -> list[str]:
    return re.findall(r'<article class="fact [^"]*" id="cc-fact-\d+"[^>]*>(.*?)</article>', html, re.S)


def test_conflicts_are_grouped_by_fact_with_outlier_and_likely_value(story_html):
    facts = _facts(story_html)
    assert len(facts) == 2  # f1 (three scale conflicts) and f3 (garbled); f2 agrees, f4 is alone
    money = next(f for f in facts if "Fact <bdi>f1</bdi>" in f)
    assert money.count('<li class="card ') == 3  # no findings in this report: one card per conflict
    assert "11 millones de dólares" in money and "11 milliards de dollars" in money and "110亿美元" in money
    assert "11,000,000 USD (11 mn)" in money and "11,000,000,000 USD (11 bn)" in money
    assert "odd one out" in money and "Likely right: <strong>11,000,000,000 USD (11 bn)</strong>" in money
    assert story_html.index("Fact <bdi>f1</bdi>") < story_html.index("Fact <bdi>f3</bdi>")  # high before low


def test_conflicts_come_before_the_diff_and_agreeing_facts(story_html):
    assert story_html.index('id="cc-conflicts"') < story_html.index('id="cc-diff"') < story_html.index('id="h-agreeing"')


def test_one_card_per_finding_when_the_report_has_findings():
    html = render_html(seeds_like_report())
    facts = _facts(html)
    assert [re.search(r"Fact <bdi>(\w+)</bdi>", f).group(1) for f in facts] == ["invest", "signed", "date"]
    for fact, odd in zip(facts, ("es-agencia", "fr-journal", "zh-daily")):
        assert fact.count('<li class="card ') == 1
        card = Elements(fact).find("li")[0]
        assert len(card["data-fps"].split()) == 4  # the finding's four conflict pairs, decided together
        assert re.search(r'<span class="side odd"><bdi class="who">' + odd, fact)


def test_passage_shows_every_version_aligned_on_the_fact(story_html):
    money = next(f for f in _facts(story_html) if "Fact <bdi>f1</bdi>" in f)
    passage = money[money.index('<table class="passage"'):money.index("</table>")]
    cells = Elements(passage).find("td")
    assert [c["lang"] for c in cells] == ["es", "fr", "zh", "ar"] and cells[3]["dir"] == "rtl"
    assert "Microsoft invirtió" in passage and "微软向OpenAI投资" in passage and "OpenAI." in passage
    days = next(f for f in _facts(story_html) if "Fact <bdi>f3</bdi>" in f)
    assert days.count("— not stated —") == 2  # zh and ar say nothing about how long it lasted


def test_diff_rows_follow_the_sentence_alignment_when_there_is_one():
    from claimcheck.records import SentenceLink

    report = seeds_like_report(aligned=True)
    html = render_html(report)
    rows = re.findall(r'<tr id="cc-row-\d+" class="([^"]*)">(.*?)</tr>', html, re.S)
    linked = [body for cls, body in rows if cls.startswith("linked")]
    # sentences 0..3 of en, es, fr, zh (0..2 of ar) are linked: four rows, in the first version's order
    assert len(linked) == 4
    assert "17 November 2023" in linked[0] and "2023年11月18日" in linked[0] and "17 نوفمبر 2023" in linked[0]
    assert "$86 billion" in linked[3] and "860亿美元" in linked[3] and "ChatGPT" not in linked[3]
    # a link that joins two sentences of one version makes one row holding both
    report.alignment.append(SentenceLink("en-wire", 4, "es-agencia", 3, 0.5))
    rows2 = re.findall(r'<tr id="cc-row-\d+" class="([^"]*)">(.*?)</tr>', render_html(report), re.S)
    joined = [b for c, b in rows2 if "$86 billion" in b]
    assert len(joined) == 1 and "100 million weekly users" in joined[0]


def test_without_alignment_rows_line_up_the_sentences_of_each_fact():
    html = render_html(seeds_like_report())
    rows = re.findall(r'<tr id="cc-row-\d+" class="([^"]*)">(.*?)</tr>', html, re.S)
    signed = [b for c, b in rows if "700 of the 770" in b]
    assert len(signed) == 1 and "750 des 770" in signed[0] and "770名员工中已有700人" in signed[0]
    # every sentence of every version appears once, in its own order
    import html as html_lib

    for article in seeds_like_report().articles:
        column = [a.id for a in seeds_like_report().articles].index(article.id)
        cells = re.findall(rf'<td class="c{column}"[^>]*>(.*?)</td>', html[html.index('id="cc-diff-table"'):], re.S)
        texts = [html_lib.unescape(re.sub(r"<[^>]+>", "", re.sub(r'<a class="back".*?</a>', "", m))) for m in cells]
        joined = "".join(texts)
        positions = [joined.find(s) for s in SEEDS_SENTENCES[article.id][1]]
        assert -1 not in positions and positions == sorted(positions), article.id


def test_order_rows_slots_other_versions_after_their_previous_sentence():
    from claimcheck.report_html import _order_rows

    groups = [{0: [0], 1: [0]}, {0: [1]}, {0: [2], 1: [2]}, {1: [1]}, {1: [3]}, {2: [0]}]
    order = _order_rows(groups, 3)
    assert order.index(3) == order.index(0) + 1  # version 1's sentence 1 right after its sentence 0
    assert order.index(4) > order.index(2)  # its sentence 3 after the row of sentence 2
    assert order[-1] == 5  # a version with no links at all goes last
    assert order.index(1) < order.index(2)


def test_omissions_name_the_silent_versions_and_list_garbled_and_skipped():
    html = render_html(seeds_like_report())
    section = html[html.index('id="cc-oddities"'):html.index("</section>", html.index('id="cc-oddities"'))]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", section))
    assert "Stated by only some versions" in text
    assert re.search(r"founded\s.*2015.*es-agencia es , fr-journal fr , zh-daily zh , ar-news ar", text)
    assert re.search(r"valuation .*ar-news ar", text)  # four of five state the valuation
    assert "Garbled figures (1)" in text and "1 XNUMX مليون" in text
    assert "Skipped numbers (2)" in text and "product name" in text and "identifier" in text
    assert "GPT-4" in text and "section 2" in text
    diff = html[html.index('id="cc-diff-table"'):]
    assert '<mark class="claim st-skipped"' in diff and 'title="skipped: product name"' in diff


def test_summary_counts_conflicts_by_severity_and_type_and_shows_read_errors(story_html):
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", story_html))
    assert "high 3" in text and "low 1" in text and "medium 0" in text
    assert "scale 3" in text and "garbled 1" in text
    assert "read error unsupported file type .pdf" in text


def test_diff_keeps_every_character_of_each_sentence():
    """Highlighting only wraps slices: stripping the marks and numbers gives back each sentence."""
    import html as html_lib

    report = story_report(depth=2)
    html = render_html(report)
    units = re.findall(r'<span class="unit"><span class="sn"[^>]*>\d+</span>(.*?)</span>(?=<span class="unit"|</td>)',
                       html[html.index('id="cc-diff-table"'):], re.S)
    shown = [html_lib.unescape(re.sub(r'<a class="back"[^>]*>.*?</a>|</?mark[^>]*>', "", u)) for u in units]
    for article in report.articles:
        for paragraph in TEXTS.get(article.id, ("", []))[1]:
            first = paragraph.split(". ")[0]
            assert any(first in u for u in shown), first


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
    assert data["stories"][0]["story"] == report.story
    assert [c["name"] for c in data["columns"]] == [a.id for a in report.articles if a.ok]
    (conflict,) = data["stories"][0]["conflicts"]
    assert conflict["sides"][0]["text"] == report.claims[0].text


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
    section = story_html[story_html.index('id="h-agreeing"'):story_html.index('id="h-summary"')]
    assert "Facts that agree (1)" in section and "<bdi>f2</bdi>" in section
    for quote in ("700 de 770", "700 des 770", "770名员工中有700人", "700 من أصل 770"):
        assert quote in section
    assert "about 700 of 770" in section
    assert "<bdi>f4</bdi>" not in section  # one article only: not an agreement


def _baseline_file(tmp_path, report, accepted=(), confirmed=(), note="the desk checked it"):
    from claimcheck.baseline import conflict_entry

    def entry(i):
        e = conflict_entry(report.conflicts[i], report)
        e["note"] = note
        return e

    path = tmp_path / "claimcheck-baseline.json"
    path.write_text(json.dumps({"version": 1, "conflicts": [entry(i) for i in accepted],
                                "confirmed_errors": [entry(i) for i in confirmed]}), encoding="utf-8")
    return path


def test_baseline_decisions_show_on_their_cards_with_notes(tmp_path):
    report = seeds_like_report()
    invest = report.findings[0].conflicts  # all four pairs of the invest finding accepted
    path = _baseline_file(tmp_path, report, accepted=invest, confirmed=[report.findings[1].conflicts[0]],
                          note='<b>sources differ</b> & "agreed"')
    html = render_html(report, baseline=path)
    cards = {c["id"]: c for c in Elements(html).find("li") if c.get("data-fps")}
    assert "decided-accepted" in cards["cc-card-0"]["class"]
    assert "decided-mixed" in cards["cc-card-1"]["class"]  # one of its four pairs confirmed, the rest open
    assert "decided" not in cards["cc-card-2"]["class"]
    assert "in baseline: “<bdi>&lt;b&gt;sources differ&lt;/b&gt; &amp; &#34;agreed&#34;</bdi>”" in html
    assert "<b>sources" not in html
    data = json.loads(Elements(html).scripts[0][1])
    decisions = [c.get("baseline", {}).get("decision") for c in data["stories"][0]["conflicts"]]
    assert decisions[:5] == ["accepted"] * 4 + ["confirmed_error"] and set(decisions[5:]) == {None}
    assert data["baseline"]["name"] == "claimcheck-baseline.json"


def test_export_header_is_what_baseline_py_writes():
    from claimcheck.baseline import dump_baseline

    data = json.loads(Elements(render_html(seeds_like_report())).scripts[0][1])
    expected = json.loads(dump_baseline([]))
    expected.pop("conflicts")
    header = data["baseline"]["header"]
    assert header.pop("model", None) in (None, "fake-trigram") and header == expected


def test_a_broken_baseline_file_is_a_one_line_error(tmp_path):
    from claimcheck.baseline import BaselineError

    bad = tmp_path / "claimcheck-baseline.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(BaselineError, match="not valid JSON"):
        render_html(seeds_like_report(), baseline=bad)
    assert "0 to review" not in render_html(seeds_like_report(), baseline=tmp_path / "missing.json")


def test_a_report_without_story_name_takes_its_folders_name():
    report = story_report(depth=1, story="")
    for a in report.articles:
        a.source = f"/data/stories/openai-investment/{a.id}.txt"
    data = json.loads(Elements(render_html(report)).scripts[0][1])
    assert data["stories"][0]["story"] == "openai-investment"


def test_links_without_alignment_never_cross_or_double_a_version():
    from claimcheck.report_html import _Links

    links = _Links()
    assert links.union((0, 1), (1, 2), strict=True)  # es 1 = fr 2
    assert not links.union((0, 2), (1, 1), strict=True)  # es 2 = fr 1 would cross it
    assert not links.union((0, 1), (1, 3), strict=True)  # a second fr sentence in the same row
    assert links.union((0, 3), (1, 4), strict=True) and links.union((0, 3), (2, 0), strict=True)
    assert links.find((2, 0)) == links.find((1, 4))


def test_alignment_links_keep_order_and_allow_a_sentence_translated_as_two():
    from claimcheck.report_html import _Links

    links = _Links()
    assert links.union((0, 0), (1, 0), strict=True, adjacent=True)
    assert links.union((0, 1), (1, 1), strict=True, adjacent=True)
    assert links.union((0, 1), (1, 2), strict=True, adjacent=True)  # fr 1 and 2 both translate es 1
    assert not links.union((0, 3), (1, 0), strict=True, adjacent=True)  # crosses the first row
    assert not links.union((0, 1), (1, 5), strict=True, adjacent=True)  # not a neighbour of fr 1-2


def test_rows_keep_every_version_in_order_even_after_slotted_sentences():
    from claimcheck.report_html import _order_rows

    # en 0-1 linked with zh 0-1; ja 2 (alone) and ja 3 = zh 3 come after; zh 2 (alone) must precede zh 3
    groups = [{0: [0], 3: [0]}, {0: [1], 1: [1], 3: [1]}, {1: [2]}, {1: [3], 3: [3]}, {3: [2]}, {1: [0]}]
    order = _order_rows(groups, 4)
    position = {r: order.index(r) for r in range(len(groups))}
    assert position[4] < position[3]  # zh 2 before zh 3
    assert position[5] < position[1] < position[2] < position[3]  # ja in order
