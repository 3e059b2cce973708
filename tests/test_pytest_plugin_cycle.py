"""The baseline cycle through the real pipeline (read, extract, match, compare) with the fake encoder.

A developer's CI: a drifting number fails, an accepted one passes, unrelated edits keep
passing, a new drift fails again, and a fixed conflict shows up as a stale entry.
"""
from __future__ import annotations

import json

import pytest

pytest_plugins = ["pytester"]

INVEST = {
    "es": "Resultados de la empresa.\n\nLa empresa invirtió 11 millones de dólares en 2019. "
          "El director habló con la prensa el lunes.\n",
    "fr": "Résultats de l'entreprise.\n\nL'entreprise a investi 11 milliards de dollars en 2019. "
          "Le directeur a parlé à la presse lundi.\n",
    "en": "Company results.\n\nThe company invested $11 billion in 2019. "
          "The director spoke to the press on Monday.\n",
}
BRIDGE = {
    "es": "El nuevo puente costó 40 millones de euros. Los vecinos celebraron la apertura.\n",
    "fr": "Le nouveau pont a coûté 40 millions d'euros. Les riverains ont fêté l'ouverture.\n",
    "en": "The new bridge cost 40 million euros. Residents celebrated the opening.\n",
}


@pytest.fixture(scope="module", autouse=True)
def pipeline_loaded_once():
    """Run the pipeline once here: pytester's in-process runs forget modules first imported
    inside them, and numpy (pulled in by matching) refuses a second import."""
    from claimcheck.api import check_texts

    check_texts({"es": INVEST["es"], "fr": INVEST["fr"]}, model="fake")


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeini("[pytest]\nclaimcheck_model = fake\n")
    for story, texts in (("invest", INVEST), ("bridge", BRIDGE)):
        folder = pytester.path / "stories" / story
        folder.mkdir(parents=True)
        for lang, text in texts.items():
            (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    return pytester


def edit(pytester: pytest.Pytester, story: str, article: str, old: str, new: str) -> None:
    path = pytester.path / "stories" / story / f"{article}.txt"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def accepted(pytester: pytest.Pytester) -> list[dict]:
    return json.loads((pytester.path / "claimcheck-baseline.json").read_text(encoding="utf-8"))["conflicts"]


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess("--claimcheck", "stories", *args)


def test_baseline_cycle_with_the_real_pipeline(project):
    first = run(project)
    first.assert_outcomes(passed=1, failed=1)
    first.stdout.fnmatch_lines([
        "*claimcheck: story 'invest' has 2 new conflicts (not in the baseline claimcheck-baseline.json)",
        "*1 wrong figure:",
        "*es vs en, fr: es says 11,000,000 USD (“11 millones de dólares”) where en, fr say 11,000,000,000 USD.",
        '*es* "11 millones de dólares" = 11,000,000 USD',
        "*in: La empresa invirtió 11 millones de dólares en 2019.",
    ])
    assert "Traceback" not in first.stdout.str()

    run(project, "--claimcheck-update-baseline").assert_outcomes(passed=2)
    entries = accepted(project)
    assert entries and all(e["story"] == "invest" and "es" in e["articles"] for e in entries)

    run(project).assert_outcomes(passed=2)

    edit(project, "invest", "fr", "Le directeur a parlé à la presse lundi.",
         "Le directeur, visiblement satisfait, a longuement parlé à la presse lundi.")
    edit(project, "invest", "es", "Resultados de la empresa.", "Resultados de la empresa.\n\nUn año difícil.")
    run(project).assert_outcomes(passed=2)

    edit(project, "bridge", "fr", "40 millions d'euros", "40 milliards d'euros")
    drift = run(project)
    drift.assert_outcomes(passed=1, failed=1)
    drift.stdout.fnmatch_lines(["*claimcheck: story 'bridge' has * new conflict*", '*fr* "40 milliards d\'euros"*'])

    edit(project, "bridge", "fr", "40 milliards d'euros", "40 millions d'euros")
    edit(project, "invest", "es", "11 millones de dólares", "11.000 millones de dólares")
    fixed = run(project)
    fixed.assert_outcomes(passed=2)
    fixed.stdout.fnmatch_lines([
        "stale baseline entries (accepted conflicts no longer found) in claimcheck-baseline.json:",
        '  invest: * conflict, *"11 millones de dólares"*',
    ])

    run(project, "--claimcheck-update-baseline").assert_outcomes(passed=2)
    assert accepted(project) == []


def test_fixture_with_the_real_pipeline(pytester: pytest.Pytester):
    pytester.makeini("[pytest]\nclaimcheck_model = fake\n")
    pytester.makepyfile(test_texts=f"""
        def test_drift(claimcheck):
            claimcheck.assert_consistent({{"es": {INVEST["es"]!r}, "fr": {INVEST["fr"]!r}}})

        def test_agree(claimcheck):
            claimcheck.assert_consistent({{"es": {BRIDGE["es"]!r}, "fr": {BRIDGE["fr"]!r}}})
    """)
    result = pytester.runpytest_inprocess("test_texts.py")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["E*conflict* between es, fr:", 'E*es* "11 millones de dólares" = 11,000,000 USD'])


def test_baseline_written_outside_pytest_is_the_file_pytest_reads(project):
    """``claimcheck baseline stories`` (write_baseline_for) and ``--claimcheck-update-baseline`` agree byte for byte."""
    from claimcheck.baseline import write_baseline_for

    path = project.path / "claimcheck-baseline.json"
    written = write_baseline_for([project.path / "stories"], path, model="fake")
    assert written == len(accepted(project)) > 0
    by_cli = path.read_text(encoding="utf-8")

    run(project).assert_outcomes(passed=2)
    run(project, "--claimcheck-update-baseline").assert_outcomes(passed=2)
    assert path.read_text(encoding="utf-8") == by_cli
