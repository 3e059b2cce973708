"""The pytest plugin as a developer meets it: story items, failure text, the baseline cycle.

These runs swap the pipeline for a small stand-in (see ``STAND_IN``) so they pin down what
the plugin does, whatever extraction and matching decide; ``test_pytest_plugin_cycle.py``
walks the same cycle through the real pipeline.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

# pytester's in-process runs forget modules first imported inside them; numpy refuses a
# second import, so the pipeline's light modules are imported here, once.
import claimcheck.api  # noqa: F401
import claimcheck.embed  # noqa: F401
import claimcheck.read  # noqa: F401

pytest_plugins = ["pytester"]

# A stand-in pipeline, installed by a conftest in the pytester folder: every "<n> <scale word>"
# is a money claim in USD, the i-th such claim of each article is one fact, and differing
# values conflict.  It reads folders and Article objects like claimcheck.api.check.
STAND_IN = '''
import re
from pathlib import Path

import claimcheck.api
from claimcheck.records import Article, Claim, Conflict, Fact, Quantity, Report

SCALES = {"millones": 1e6, "millions": 1e6, "million": 1e6, "milliards": 1e9, "billion": 1e9}
ORIGINAL = claimcheck.api.check
CALLS = []


def stand_in_check(inputs, model=None, lang=None, encoder=None, story=""):
    CALLS.append(encoder)
    articles = []
    for item in inputs:
        if isinstance(item, Article):
            articles.append(item)
            continue
        for f in sorted(Path(item).iterdir()):
            if f.suffix == ".txt":
                try:
                    articles.append(Article(id=f.stem, source=str(f), text=f.read_text(encoding="utf-8"), lang=f.stem))
                except UnicodeDecodeError:
                    articles.append(Article(id=f.stem, source=str(f), error="not UTF-8 text"))
    claims, by_article = [], {}
    for a in articles:
        for s in re.finditer(r"[^.]+[.]?", a.text):
            for m in re.finditer(r"(\\d+) (\\w+)", s.group()):
                if m.group(2) in SCALES:
                    start = s.start() + m.start()
                    claim = Claim(
                        id=f"c{len(claims)}", article=a.id, start=start, end=start + len(m.group()),
                        text=m.group(), quantity=Quantity("money", float(m.group(1)) * SCALES[m.group(2)], "USD"),
                        lang=a.lang, sentence=s.group().strip(), sentence_start=s.start() + (len(s.group()) - len(s.group().lstrip())),
                    )
                    claims.append(claim)
                    by_article.setdefault(a.id, []).append(claim)
    facts, conflicts = [], []
    lists = list(by_article.values())
    for i in range(max((len(x) for x in lists), default=0)):
        group = [x[i] for x in lists if len(x) > i]
        facts.append(Fact(id=f"f{i + 1}", claims=[c.id for c in group], kind="money", unit="USD"))
        for other in group[1:]:
            if other.value != group[0].value:
                conflicts.append(Conflict(fact=f"f{i + 1}", claims=(group[0].id, other.id), type="scale",
                                          severity="high", explanation="the scale words differ"))
    return Report(articles=articles, claims=claims, facts=facts, conflicts=conflicts, story=story,
                  model=getattr(encoder, "name", None))


def pytest_configure(config):
    claimcheck.api.check = stand_in_check


def pytest_terminal_summary(terminalreporter):
    if CALLS:
        encoders = {id(e) for e in CALLS}
        terminalreporter.write_line(
            f"stand-in: {len(CALLS)} checks, {len(encoders)} encoder{'s' if len(encoders) > 1 else ''}: {CALLS[0].name}"
        )


def pytest_unconfigure(config):
    claimcheck.api.check = ORIGINAL
'''

ES = "Según el informe anual, la empresa invirtió 11 millones de dólares en 2019. Tiene 300 empleados.\n"
FR = "D'après le rapport, l'entreprise a investi 11 milliards de dollars en 2019. Elle a 300 salariés.\n"
EN = "According to the report, the company invested 11 billion dollars in 2019. It has 300 staff.\n"


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with one conflicting story (es says million, fr and en billion) and one consistent one."""
    pytester.makeconftest(STAND_IN)
    pytester.makeini("[pytest]\nclaimcheck_model = fake\n")
    write_story(pytester, "invest", es=ES, fr=FR, en=EN)
    write_story(pytester, "calm", es="Cuesta 5 millones.\n", fr="Cela coûte 5 millions.\n")
    return pytester


def write_story(pytester: pytest.Pytester, name: str, **articles: str) -> None:
    folder = pytester.path / "stories" / name
    folder.mkdir(parents=True, exist_ok=True)
    for aid, text in articles.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")


def edit(pytester: pytest.Pytester, story: str, article: str, old: str, new: str) -> None:
    path = pytester.path / "stories" / story / f"{article}.txt"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def baseline(pytester: pytest.Pytester) -> dict:
    return json.loads((pytester.path / "claimcheck-baseline.json").read_text(encoding="utf-8"))


def test_each_story_folder_is_an_item_named_after_it(project):
    result = project.runpytest_inprocess("--claimcheck", "stories", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["stories::calm", "stories::invest", "2 tests collected*"])


def test_stories_outside_the_rootdir_are_named_by_their_path(project):
    (project.path / "elsewhere").mkdir()
    stories = project.path / "stories"
    result = project.runpytest_inprocess("--claimcheck", str(stories), "--rootdir", "elsewhere", "--co", "-q")
    result.stdout.fnmatch_lines([f"{stories}::calm", f"{stories}::invest"])


def test_story_with_a_conflict_fails_with_a_readable_report(project):
    result = project.runpytest_inprocess("--claimcheck", "stories")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "*claimcheck: story 'invest' has 1 new conflict (not in the baseline claimcheck-baseline.json)",
        "",
        "1. scale conflict, severity high: en vs es (money, fact f1)",
        '   en  "11 billion" = 11,000,000,000 USD',
        "       in: According to the report, the company invested 11 billion dollars in 2019.",
        '   es  "11 millones" = 11,000,000 USD',
        "       in: Según el informe anual, la empresa invirtió 11 millones de dólares en 2019.",
        "   why: the scale words differ",
        "",
        "*accept them with: pytest --claimcheck-update-baseline",
    ])
    assert "Traceback" not in result.stdout.str() and "def runtest" not in result.stdout.str()
    assert not (project.path / "claimcheck-baseline.json").exists()


def test_baseline_cycle(project):
    """Accept, rerun, unrelated edit, a new drifting number, a fix showing up as stale."""
    project.runpytest_inprocess("--claimcheck", "stories").assert_outcomes(passed=1, failed=1)

    accepted = project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-update-baseline")
    accepted.assert_outcomes(passed=2)
    accepted.stdout.fnmatch_lines(["*baseline claimcheck-baseline.json updated: 1 accepted conflict in 2 stories; 1 added, 0 stale entries pruned"])
    entries = baseline(project)["conflicts"]
    assert [(e["story"], e["articles"], e["type"]) for e in entries] == [("invest", ["en", "es"], "scale")]

    project.runpytest_inprocess("--claimcheck", "stories").assert_outcomes(passed=2)

    edit(project, "invest", "fr", "Elle a 300 salariés.", "Elle emploie 300 salariés dans 4 pays.")
    edit(project, "invest", "es", "Según el informe anual,", "Según el informe anual publicado el lunes,")
    project.runpytest_inprocess("--claimcheck", "stories").assert_outcomes(passed=2)

    edit(project, "calm", "fr", "5 millions", "5 milliards")
    drift = project.runpytest_inprocess("--claimcheck", "stories")
    drift.assert_outcomes(passed=1, failed=1)
    drift.stdout.fnmatch_lines(["*story 'calm' has 1 new conflict (not in the baseline*"])

    edit(project, "invest", "es", "11 millones", "11000 millones")
    fixed = project.runpytest_inprocess("--claimcheck", "stories")
    fixed.assert_outcomes(passed=1, failed=1)  # calm still drifts
    fixed.stdout.fnmatch_lines([
        "*2 stories checked: 1 new conflict, 0 accepted in claimcheck-baseline.json, 1 stale baseline entry",
        "stale baseline entries (accepted conflicts no longer found) in claimcheck-baseline.json:",
        '  invest: scale conflict, en "11 billion" vs es "11 millones" *',
        "run pytest --claimcheck-update-baseline to prune them",
    ])
    assert len(baseline(project)["conflicts"]) == 1  # only an update rewrites the file

    pruned = project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-update-baseline")
    pruned.assert_outcomes(passed=2)
    pruned.stdout.fnmatch_lines(["*1 added, 1 stale entry pruned"])
    assert [e["story"] for e in baseline(project)["conflicts"]] == ["calm"]


def test_update_keeps_entries_of_stories_that_did_not_run(project):
    project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-update-baseline")
    edit(project, "calm", "fr", "5 millions", "5 milliards")
    project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-update-baseline", "-k", "calm")
    assert sorted({e["story"] for e in baseline(project)["conflicts"]}) == ["calm", "invest"]


def test_baseline_file_is_written_once_and_stable(project):
    project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-update-baseline")
    path = project.path / "claimcheck-baseline.json"
    first = path.read_text(encoding="utf-8")
    assert first.endswith("\n") and first == json.dumps(json.loads(first), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-update-baseline")
    assert path.read_text(encoding="utf-8") == first


def test_ini_paths_and_baseline_option(project):
    project.makeini("[pytest]\nclaimcheck_model = fake\nclaimcheck_paths =\n    stories/invest\n")
    result = project.runpytest_inprocess("--claimcheck-baseline", "ci/accepted.json", "--claimcheck-update-baseline")
    result.assert_outcomes(passed=1)
    assert (project.path / "ci" / "accepted.json").exists()
    assert not (project.path / "claimcheck-baseline.json").exists()
    project.runpytest_inprocess("--claimcheck-baseline", "ci/accepted.json").assert_outcomes(passed=1)
    project.runpytest_inprocess().assert_outcomes(failed=1)  # default baseline: none, so the conflict is new


def test_update_without_stories_is_a_usage_error(project):
    result = project.runpytest_inprocess("--claimcheck-update-baseline")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--claimcheck-update-baseline needs stories to check*"])


def test_header_names_stories_model_and_baseline(project):
    result = project.runpytest_inprocess("--claimcheck", "stories", "--co", "-q", "-v")
    result.stdout.fnmatch_lines(["claimcheck: stories in stories; model fake; baseline claimcheck-baseline.json"])


def test_path_holding_articles_is_one_story(project):
    result = project.runpytest_inprocess("--claimcheck", "stories/calm", "--claimcheck", "stories/invest")
    result.assert_outcomes(passed=1, failed=1)


def test_story_reached_twice_runs_once(project):
    result = project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck", "stories/calm")
    result.assert_outcomes(passed=1, failed=1)


def test_model_is_loaded_once_per_session(project):
    result = project.runpytest_inprocess("--claimcheck", "stories")
    result.stdout.fnmatch_lines(["stand-in: 2 checks, 1 encoder: fake-trigram"])


def test_unknown_model_fails_the_items_with_the_reason(project):
    result = project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-model", "/no/such/model")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*cannot load the claimcheck model '/no/such/model'*"])


def test_unreadable_article_fails_its_story_naming_the_file(project):
    (project.path / "stories" / "calm" / "de.txt").write_bytes(b"\xff\xfe\x00broken")
    result = project.runpytest_inprocess("--claimcheck", "stories", "-k", "calm")
    result.assert_outcomes(failed=1, deselected=1)
    result.stdout.fnmatch_lines(["*story 'calm': 1 of 3 inputs could not be read*these articles could not be read:", "*de.txt: not UTF-8 text"])


def test_broken_baseline_stops_the_run_with_its_name(project):
    (project.path / "claimcheck-baseline.json").write_text("{oops", encoding="utf-8")
    result = project.runpytest_inprocess("--claimcheck", "stories")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*claimcheck-baseline.json: not valid JSON*"])


def test_missing_path_is_a_collection_error(project):
    result = project.runpytest_inprocess("--claimcheck", "nowhere")
    result.stdout.fnmatch_lines(["*nowhere: no such folder of stories*"])
    assert result.ret == pytest.ExitCode.INTERRUPTED


def test_two_stories_with_one_name_are_refused(project):
    write_story(project, "more/calm", es="Cuesta 5 millones.\n")
    result = project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck", "stories/more")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*two stories are named 'calm'*"])


def test_fixture_lists_conflicts_in_the_assertion(project):
    project.makepyfile(test_texts="""
        def test_drift(claimcheck):
            claimcheck.assert_consistent({"es": "Invirtió 11 millones.", "fr": "Elle a investi 11 milliards."})

        def test_agree(claimcheck):
            report = claimcheck.assert_consistent({"es": "Cuesta 5 millones.", "fr": "Cela coûte 5 millions."})
            assert len(report.claims) == 2 and claimcheck.model == "fake"
    """)
    result = project.runpytest_inprocess("test_texts.py")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "E*1 conflict between es, fr:",
        "E*1. scale conflict, severity high: es vs fr (money, fact f1)",
        'E*es  "11 millones" = 11,000,000 USD',
    ])


def test_plugin_stays_quiet_without_claimcheck_options(pytester: pytest.Pytester):
    pytester.makepyfile("def test_plain():\n    assert True\n")
    result = pytester.runpytest_inprocess()
    result.assert_outcomes(passed=1)
    assert not [line for line in result.outlines if line.startswith("=") and "claimcheck" in line]  # no section


@pytest.mark.parametrize("autoload", [True, False], ids=["autoloaded", "autoload-disabled"])
def test_dash_p_claimcheck_loads_the_plugin_once(pytester: pytest.Pytester, monkeypatch, autoload):
    """``-p claimcheck`` names the entry point: loaded once whether or not pytest autoloads plugins."""
    if not autoload:
        monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(test_one="""
        def test_fixture_exists(claimcheck):
            assert claimcheck.model == "fake"
    """)
    result = pytester.runpytest_subprocess("-p", "claimcheck", "--claimcheck-model", "fake")
    result.assert_outcomes(passed=1)


def test_importing_the_plugin_loads_nothing_heavy():
    code = "import sys, claimcheck.pytest_plugin; print(sorted(m for m in ('torch', 'numpy', 'sentence_transformers', 'transformers', 'claimcheck.extract', 'claimcheck.match') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_story_with_one_readable_article_fails_as_the_cli_exits_2(project):
    write_story(project, "lonely", es="Cuesta 5 millones.\n")
    result = project.runpytest_inprocess("--claimcheck", "stories", "-k", "lonely")
    result.assert_outcomes(failed=1, deselected=2)
    result.stdout.fnmatch_lines(["*story 'lonely': only 1 readable article; a story needs at least 2*"])
    allowed = project.runpytest_inprocess("--claimcheck", "stories", "-k", "lonely", "--claimcheck-allow-unreadable")
    allowed.assert_outcomes(passed=1, deselected=2)


def test_allow_unreadable_passes_a_story_whose_readable_articles_agree(project):
    (project.path / "stories" / "calm" / "de.txt").write_bytes(b"\xff\xfe\x00broken")
    result = project.runpytest_inprocess("--claimcheck", "stories", "-k", "calm", "--claimcheck-allow-unreadable")
    result.assert_outcomes(passed=1, deselected=1)


def test_update_keeps_reviewer_fields_and_records_the_model(project):
    project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-update-baseline").assert_outcomes(passed=2)
    path = project.path / "claimcheck-baseline.json"
    data = baseline(project)
    assert data["model"] == "fake-trigram" and data["claimcheck"]
    for entry in data["conflicts"]:
        entry["note"] = "the French desk rounds differently"
        entry["reviewed_by"] = "ana"
    path.write_text(json.dumps(data), encoding="utf-8")
    edit(project, "invest", "es", "Tiene 300 empleados.", "Tiene 300 empleados en total.")  # unrelated edit
    project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-update-baseline").assert_outcomes(passed=2)
    entries = baseline(project)["conflicts"]
    assert entries and all(e["note"] == "the French desk rounds differently" and e["reviewed_by"] == "ana"
                           for e in entries)


def test_entries_of_stories_gone_are_listed_then_pruned_on_request(project):
    project.runpytest_inprocess("--claimcheck", "stories", "--claimcheck-update-baseline").assert_outcomes(passed=2)
    (project.path / "stories" / "invest").rename(project.path / "stories" / "investment")
    result = project.runpytest_inprocess("--claimcheck", "stories", "-k", "calm")
    result.stdout.fnmatch_lines(["*baseline entries of stories no longer found (kept; --claimcheck-prune-missing*invest (1)"])
    assert {e["story"] for e in baseline(project)["conflicts"]} == {"invest"}
    pruned = project.runpytest_inprocess("--claimcheck", "stories", "-k", "calm", "--claimcheck-prune-missing")
    pruned.stdout.fnmatch_lines(["*baseline entries of stories no longer found (pruned)*invest (1)"])
    assert baseline(project)["conflicts"] == []
