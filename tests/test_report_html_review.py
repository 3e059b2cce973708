"""The review walked in real Chromium: a fact-checker accepts one conflict with a note and confirms another
as an error, reloads, downloads the baseline and the CSV; ``pytest --claimcheck`` with that baseline then
passes the accepted story and still fails the confirmed one.  Notes and imported baselines never run as code.

The two stories go through the real pipeline with the fake encoder, so the page's fingerprints are the
plugin's.  Screenshots go to reports/test-screenshots/.
"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.baseline import load_baseline
from claimcheck.report_html import render_html, render_index

try:
    from report_html_browser import (SCREENSHOTS, VIEWPORT, clear_storage, js, open_page, settled_text, severe_errors,
                                     start_chromium, wait_for_file)
    from report_html_story import seeds_like_report
except ImportError:  # tests/ imported as a package
    from tests.report_html_browser import (SCREENSHOTS, VIEWPORT, clear_storage, js, open_page, settled_text,
                                           severe_errors, start_chromium, wait_for_file)
    from tests.report_html_story import seeds_like_report

pytestmark = pytest.mark.browser

STORIES = {
    "invest": {  # es says millions where fr and en say billions
        "es": "Resultados de la empresa.\n\nLa empresa invirtió 11 millones de dólares en 2019. "
              "El director habló con la prensa el lunes.\n",
        "fr": "Résultats de l'entreprise.\n\nL'entreprise a investi 11 milliards de dollars en 2019. "
              "Le directeur a parlé à la presse lundi.\n",
        "en": "Company results.\n\nThe company invested $11 billion in 2019. The director spoke to the press on Monday.\n",
    },
    "bridge": {  # fr says 45 where es and en say 40
        "es": "El nuevo puente costó 40 millones de euros. Los vecinos celebraron la apertura.\n",
        "fr": "Le nouveau pont a coûté 45 millions d'euros. Les riverains ont fêté l'ouverture.\n",
        "en": "The new bridge cost 40 million euros. Residents celebrated the opening.\n",
    },
}
ACCEPT_NOTE = "Las fuentes difieren: es cita el primer tramo — reviewed by desk"
CONFIRM_NOTE = "Real error, reported to the desk on Monday"
HOSTILE_NOTE = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> "quoted" & done'
ELSEWHERE = {  # an entry of a story these reports do not hold: every download must keep it as it was
    "fingerprint": "0123456789abcdef", "story": "elsewhere", "type": "value", "severity": "low",
    "explanation": "kept as it was", "articles": ["a", "b"], "note": "an older decision",
    "claims": [{"article": "a", "kind": "count", "text": "5", "value": 5.0, "unit": "count", "qualifier": "exact",
                "lang": "en", "sentence": "5 things."},
               {"article": "b", "kind": "count", "text": "6", "value": 6.0, "unit": "count", "qualifier": "exact",
                "lang": "en", "sentence": "6 things."}],
}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """Two story folders, their reports (real pipeline, fake encoder), the baseline they were built with,
    and their pages plus the batch index."""
    from claimcheck.api import check
    from claimcheck.embed import load_encoder

    root = tmp_path_factory.mktemp("review-project")
    (root / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    encoder = load_encoder("fake")
    reports = {}
    for story, texts in STORIES.items():
        folder = root / "stories" / story
        folder.mkdir(parents=True)
        for lang, text in texts.items():
            (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
        reports[story] = check([folder], encoder=encoder, story=story)
        assert reports[story].conflicts, f"the pipeline found no conflict in {story}"
    built_with = root / "built-with-baseline.json"
    built_with.write_text(json.dumps({"version": 1, "conflicts": [ELSEWHERE]}), encoding="utf-8")
    pages = root / "pages"
    pages.mkdir()
    for story, report in reports.items():
        (pages / f"{story}.html").write_text(render_html(report, baseline=built_with), encoding="utf-8")
    (pages / "index.html").write_text(render_index([(s, r, f"{s}.html") for s, r in reports.items()],
                                                   baseline=built_with), encoding="utf-8")
    return {"root": root, "reports": reports, "pages": pages, "built_with": built_with}


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


# Chromium commits a document's storage writes asynchronously and, on a loaded machine, now and then lets a new
# document read the storage from before them (a decision made, then read back undecided). The scenarios that cross
# documents run again from a cleared storage when that happens, at most this many times in all; a real regression
# fails every attempt.
STORAGE_ATTEMPTS = 3


def storage_race_retried(test):
    """Run a browser scenario that crosses documents again (a fresh ``tmp_path`` folder each time) when it fails."""
    import functools

    @functools.wraps(test)
    def run(**kwargs):
        from selenium.common.exceptions import TimeoutException

        for attempt in range(STORAGE_ATTEMPTS):
            given = dict(kwargs)
            if "tmp_path" in given:
                given["tmp_path"] = kwargs["tmp_path"] / f"attempt-{attempt}"
                given["tmp_path"].mkdir()
            try:
                return test(**given)
            except (AssertionError, TimeoutException):
                if attempt == STORAGE_ATTEMPTS - 1:
                    raise
    return run


def download_to(browser, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
    return folder


def card(browser):
    """The story's first card (one per finding; these stories have one wrong figure each)."""
    return browser.find_elements("css selector", "li.card")[0]


def decide(browser, decision: str, note: str, timeout: float = 20.0) -> None:
    """The same decision and note on every card of the page (every conflict of the story), returning once a
    fresh document of the page reads them back: Chromium commits a document's storage writes asynchronously,
    and on a loaded machine a reload or another page could otherwise open before they land."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    for c in browser.find_elements("css selector", "li.card"):
        field = c.find_element("css selector", "input.rv-note")
        field.clear()
        field.send_keys(note)
        c.find_element("css selector", f"button.rv[data-set='{decision}']").click()

    def reloaded_with_the_decisions(_):
        # read the storage itself: a reload restores what was typed into the note fields, stored or not
        browser.refresh()
        return js(browser, """
            var note = arguments[0], decision = arguments[1];
            return Object.keys(localStorage).some(function (k) {
              var s = null;
              try { s = JSON.parse(localStorage.getItem(k)); } catch (e) { return false; }
              return !!(s && s.decisions) && Object.keys(s.decisions).some(function (fp) {
                return s.decisions[fp].decision === decision && s.decisions[fp].note === note;
              });
            });""", note, decision)

    WebDriverWait(browser, timeout, poll_frequency=0.2, ignored_exceptions=(StaleElementReferenceException,)).until(
        reloaded_with_the_decisions)


def run_pytest(root: Path, baseline: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-v", "--claimcheck", "stories",
         "--claimcheck-model", "fake", "--claimcheck-baseline", str(baseline)],
        cwd=root, capture_output=True, text=True, timeout=120,
    )


@storage_race_retried
def test_review_export_and_pytest_with_the_exported_baseline(browser, project, tmp_path):
    pages = project["pages"]
    clear_storage(browser, (pages / "invest.html").as_uri())
    assert card(browser).find_element("css selector", ".decision").text == "○ undecided"
    decide(browser, "accepted", ACCEPT_NOTE)
    assert card(browser).find_element("css selector", ".decision").text == "✓ accepted"
    assert " reviewed (" in browser.find_element("id", "cc-progress").text
    assert "(0 accepted" not in browser.find_element("id", "cc-progress").text

    open_page(browser, (pages / "bridge.html").as_uri())
    decide(browser, "confirmed_error", CONFIRM_NOTE)
    browser.refresh()  # the decision survives a reload
    c = card(browser)
    assert c.find_element("css selector", ".decision").text == "✖ confirmed error"
    assert c.find_element("css selector", "input.rv-note").get_attribute("value") == CONFIRM_NOTE
    assert "decided here: “" + CONFIRM_NOTE in c.find_element("css selector", ".from").text
    assert severe_errors(browser) == []

    # the index reads both stories' progress and downloads every decision at once
    n_invest, n_bridge = (len(project["reports"][s].conflicts) for s in ("invest", "bridge"))
    n_cards = {s: len(r.findings) or len(r.conflicts) for s, r in project["reports"].items()}
    wanted = {"invest": f"{n_cards['invest']} / {n_cards['invest']} ({n_cards['invest']} accepted, 0 errors)",
              "bridge": f"{n_cards['bridge']} / {n_cards['bridge']} (0 accepted, {n_cards['bridge']} errors)"}
    progress = settled_text(browser, (pages / "index.html").as_uri(), lambda b: {
        r.find_element("css selector", "th").text: r.find_element("css selector", ".review-progress").text
        for r in b.find_elements("css selector", "tr[data-key]")}, wanted)
    assert progress == wanted
    assert browser.find_element("id", "cc-progress").text.startswith(f"{sum(n_cards.values())} of "
                                                                     f"{sum(n_cards.values())} findings reviewed")
    folder = download_to(browser, tmp_path / "downloads")
    browser.find_element("id", "cc-download-baseline").click()
    exported = wait_for_file(folder / "claimcheck-baseline.json")
    browser.find_element("id", "cc-download-csv").click()
    exported_csv = wait_for_file(folder / "claimcheck-review.csv")

    # the file is baseline.py's format: the plugin reads it, and Python writes it back byte for byte
    text = exported.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    data = json.loads(text)
    accepted = load_baseline(exported)
    assert ELSEWHERE in accepted  # the baseline it was built with is merged in, untouched
    invest = [e for e in accepted if e["story"] == "invest"]
    assert len(invest) == n_invest and all(e["note"] == ACCEPT_NOTE for e in invest)
    assert not [e for e in accepted if e["story"] == "bridge"]  # a confirmed error is never accepted
    confirmed = data["confirmed_errors"]
    assert len(confirmed) == n_bridge and {e["story"] for e in confirmed} == {"bridge"}
    assert all(e["note"] == CONFIRM_NOTE for e in confirmed)

    result = run_pytest(project["root"], exported)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "stories/invest PASSED" in out.replace("::", "/") or "invest PASSED" in out, out
    assert "bridge FAILED" in out, out
    assert f"story 'bridge' has {n_bridge} new conflict" in out
    assert "story 'invest' has" not in out

    rows = list(csv.DictReader(exported_csv.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == n_invest + n_bridge
    by_story = {s: [r for r in rows if r["story"] == s] for s in STORIES}
    assert {(r["decision"], r["note"], r["decided_in"]) for r in by_story["invest"]} == {("accepted", ACCEPT_NOTE, "page")}
    assert {(r["decision"], r["note"]) for r in by_story["bridge"]} == {("confirmed_error", CONFIRM_NOTE)}
    assert any(r[q].startswith("45 millions") for r in by_story["bridge"] for q in ("quote_a", "quote_b"))

    # a story page's download keeps the decisions made on the other story's page too (a new document reads the
    # storage other pages wrote asynchronously: the page is opened again until it does, as ``settled_text``)
    attempts = iter(range(50))

    def story_page_download(_):
        open_page(browser, (pages / "bridge.html").as_uri())
        folder = download_to(browser, tmp_path / f"from-a-story-page-{next(attempts)}")
        browser.find_element("id", "cc-download-baseline").click()
        return wait_for_file(folder / "claimcheck-baseline.json").read_text(encoding="utf-8")

    from_story_page = settled_text(browser, None, story_page_download, text, timeout=20.0)
    assert from_story_page == text

    # a page built with the exported baseline shows the accepted conflict as accepted, with its note
    rebuilt = tmp_path / "invest-again.html"
    rebuilt.write_text(render_html(project["reports"]["invest"], baseline=exported), encoding="utf-8")
    clear_storage(browser, rebuilt.as_uri())
    c = card(browser)
    assert c.find_element("css selector", ".decision").text == "✓ accepted"
    assert c.find_element("css selector", ".from").text == f"in baseline: “{ACCEPT_NOTE}”"


def test_check_with_baseline_shows_accepted_conflicts_with_their_notes(project, tmp_path):
    """``claimcheck check --baseline FILE --format html``: the page says accepted, and quotes the note."""
    baseline = tmp_path / "claimcheck-baseline.json"
    from claimcheck.baseline import baseline_entries, dump_baseline

    entries = baseline_entries(project["reports"]["invest"])
    for entry in entries:
        entry["note"] = "es <b>rounds</b> differently"
    baseline.write_text(dump_baseline(entries), encoding="utf-8")
    out = tmp_path / "invest.html"
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", str(project["root"] / "stories" / "invest"), "--format", "html",
         "--model", "fake", "--baseline", str(baseline), "-o", str(out), "--no-progress"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    html = out.read_text(encoding="utf-8")
    assert 'class="card sev-border-high decided-accepted"' in html or "decided-accepted" in html
    assert "✓ accepted" in html and "es &lt;b&gt;rounds&lt;/b&gt; differently" in html and "<b>rounds" not in html


@storage_race_retried
def test_notes_and_imported_baselines_never_run(browser, project, tmp_path):
    pages = project["pages"]
    clear_storage(browser, (pages / "invest.html").as_uri())
    decide(browser, "accepted", HOSTILE_NOTE)
    browser.refresh()
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 20, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda _: HOSTILE_NOTE in card(browser).find_element("css selector", ".from").text)  # shown as text
    c = card(browser)
    assert js(browser, "return window.__xss") is None
    assert browser.find_elements("css selector", "main img, main script") == []

    # downloaded, then embedded in a page built with it: still text
    folder = download_to(browser, tmp_path / "downloads")
    browser.find_element("id", "cc-download-baseline").click()
    exported = wait_for_file(folder / "claimcheck-baseline.json")
    notes = {e["story"]: e["note"] for e in json.loads(exported.read_text(encoding="utf-8"))["conflicts"]}
    assert notes["invest"] == HOSTILE_NOTE
    rebuilt = tmp_path / "rebuilt.html"
    rebuilt.write_text(render_html(project["reports"]["invest"], baseline=exported), encoding="utf-8")
    assert "<script>window.__xss" not in rebuilt.read_text(encoding="utf-8")
    clear_storage(browser, rebuilt.as_uri())
    assert HOSTILE_NOTE in card(browser).find_element("css selector", ".from").text
    assert js(browser, "return window.__xss") is None

    # imported in the page, from a file whose very name is hostile
    clear_storage(browser, (pages / "invest.html").as_uri())
    data = json.loads(exported.read_text(encoding="utf-8"))
    for entry in data["conflicts"]:
        entry["note"] = HOSTILE_NOTE.replace("xss=1", "xss=3")
        entry["story"] = entry["story"] if entry["story"] == "invest" else '<img src=x onerror="window.__xss=4">'
    data["conflicts"].append({"fingerprint": '"><img src=x onerror="window.__xss=5">', "story": "invest",
                              "note": "<svg onload=window.__xss=6>"})
    hostile_file = tmp_path / '<img src=x onerror="window.__xss=7">.json'
    hostile_file.write_text(json.dumps(data), encoding="utf-8")
    browser.find_element("id", "cc-import").send_keys(str(hostile_file))
    from selenium.webdriver.support.ui import WebDriverWait

    status = browser.find_element("id", "cc-tool-status")
    WebDriverWait(browser, 10).until(lambda _: status.text.startswith("Imported"))
    n_invest = len(project["reports"]["invest"].conflicts)  # one decision per conflict pair of the finding
    assert status.text == (f'Imported {n_invest} decision{"" if n_invest == 1 else "s"} from '
                           '<img src=x onerror="window.__xss=7">.json.')

    c = card(browser)
    assert c.find_element("css selector", ".decision").text == "✓ accepted"
    assert "<script>window.__xss=3</script>" in c.find_element("css selector", ".from").text
    assert js(browser, "return window.__xss") is None
    assert browser.find_elements("css selector", "main img, main svg, main script") == []
    js(browser, "localStorage.clear()")


def test_seeds_like_report_opens_on_its_three_conflicting_facts(browser, tmp_path):
    """At 1,400 x 900 the three conflicting facts and their aligned passages are on screen before any
    agreeing fact; the screenshot is kept as a test artifact."""
    page = tmp_path / "openai-board.html"
    page.write_text(render_html(seeds_like_report()), encoding="utf-8")
    open_page(browser, page.as_uri())
    assert js(browser, "return [innerWidth, innerHeight]") == list(VIEWPORT)
    facts = browser.find_elements("css selector", "article.fact")
    assert len(facts) == 3
    for fact in facts:
        passage = fact.find_element("css selector", "table.passage")
        bottom = js(browser, "return arguments[0].getBoundingClientRect().bottom", passage)
        assert bottom <= VIEWPORT[1], (fact.get_attribute("id"), bottom)
        assert len(passage.find_elements("css selector", "td")) == 5
    assert js(browser, "return document.getElementById('cc-diff').getBoundingClientRect().top") > VIEWPORT[1]
    assert js(browser, "return document.getElementById('h-agreeing').getBoundingClientRect().top") > VIEWPORT[1]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for where in (SCREENSHOTS / "seeds-like-report-1400x900.png", tmp_path / "seeds-like-report-1400x900.png"):
        browser.save_screenshot(str(where))
        assert where.stat().st_size > 10_000


@storage_race_retried
def test_csv_keeps_a_formula_like_note_as_text(browser, project, tmp_path):
    clear_storage(browser, (project["pages"] / "invest.html").as_uri())
    decide(browser, "accepted", '=HYPERLINK("http://example.invalid","open")')
    folder = download_to(browser, tmp_path / "downloads")
    browser.find_element("id", "cc-download-csv").click()
    rows = list(csv.DictReader(wait_for_file(folder / "claimcheck-review.csv").read_text(encoding="utf-8-sig")
                               .splitlines()))
    assert rows and all(r["note"] == "'=HYPERLINK(\"http://example.invalid\",\"open\")" for r in rows)
    js(browser, "localStorage.clear()")


@storage_race_retried
def test_an_open_index_follows_decisions_made_in_another_tab(browser, project):
    """An editor keeps the index open while deciding in a story page in a second tab: its progress follows (by
    the storage event, or once its tab is focused again)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    pages = project["pages"]
    clear_storage(browser, (pages / "index.html").as_uri())
    index_tab = browser.current_window_handle

    def invest_progress(_=None):
        return {r.find_element("css selector", "th").text: r.find_element("css selector", ".review-progress").text
                for r in browser.find_elements("css selector", "tr[data-key]")}["invest"]

    WebDriverWait(browser, 30, ignored_exceptions=(StaleElementReferenceException, KeyError)).until(
        lambda _: invest_progress().startswith("0 / 1"))
    browser.switch_to.new_window("tab")
    open_page(browser, (pages / "invest.html").as_uri())
    decide(browser, "confirmed_error", CONFIRM_NOTE)
    story_tab = browser.current_window_handle
    # back to the index with the story's tab still open (closing it at once may drop a write Chromium has not
    # committed yet): the index redraws its rows when the storage event arrives; wait for the settled text (a row
    # read mid-redraw is stale or not yet filled in), with room for a loaded machine
    browser.switch_to.window(index_tab)
    expected = "1 / 1 (0 accepted, 1 errors)"
    from selenium.common.exceptions import TimeoutException
    try:
        WebDriverWait(browser, 15, ignored_exceptions=(StaleElementReferenceException, KeyError)).until(
            lambda _: invest_progress() == expected)
    except TimeoutException:
        # a loaded headless Chromium may hold back the storage event of a background tab; an editor who comes
        # back to the index focuses its tab, and the index reads the decisions then
        js(browser, "window.dispatchEvent(new Event('focus'))")
        WebDriverWait(browser, 15, ignored_exceptions=(StaleElementReferenceException, KeyError)).until(
            lambda _: invest_progress() == expected)
    assert invest_progress() == expected
    browser.switch_to.window(story_tab)
    browser.close()
    browser.switch_to.window(index_tab)
    js(browser, "localStorage.clear()")
