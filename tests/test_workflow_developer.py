"""The developer's workflow in a throwaway project: story folders checked by ``pytest --claimcheck``, texts
checked by the ``claimcheck`` fixture, neither passing when something could not be checked."""
from __future__ import annotations

import pytest

from story_helpers import UNSUPPORTED_ARTICLE

pytest_plugins = ["pytester"]

FLOOD = {
    "de": "Nach den schweren Regenfällen mussten 2.500 Menschen ihre Häuser verlassen.\n",
    "it": "Dopo le forti piogge, 2.500 persone hanno dovuto lasciare le loro case.\n",
}


@pytest.fixture(scope="module", autouse=True)
def pipeline_loaded_once():
    """pytester's in-process runs forget modules first imported inside them; numpy refuses a second import."""
    from claimcheck.api import check_texts

    check_texts(FLOOD, model="fake")


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeini("[pytest]\nclaimcheck_model = fake\n")
    return pytester


def test_fixture_fails_when_a_text_could_not_be_read(project):
    project.makepyfile(test_texts=f"""
        def test_agree(claimcheck):
            claimcheck.assert_consistent({FLOOD!r})

        def test_empty_translation(claimcheck):
            claimcheck.assert_consistent({{**{FLOOD!r}, "pt": "   "}})

        def test_language_without_a_table(claimcheck):
            claimcheck.assert_consistent({{**{FLOOD!r}, {UNSUPPORTED_ARTICLE[0]!r}: {UNSUPPORTED_ARTICLE[2]!r}}})

        def test_one_text_compares_nothing(claimcheck):
            claimcheck.assert_consistent({{"de": {FLOOD["de"]!r}}})
    """)
    result = project.runpytest_inprocess("test_texts.py")
    result.assert_outcomes(passed=1, failed=3)
    result.stdout.fnmatch_lines([
        "E*claimcheck: 1 of 3 inputs could not be read, so not everything was checked "
        "(--claimcheck-allow-unreadable to accept that); these texts could not be read:",
        "E*pt: The text is empty.",
    ])
    result.stdout.fnmatch_lines([f"E*{UNSUPPORTED_ARTICLE[0]}: The text reads as {UNSUPPORTED_ARTICLE[1]} ({UNSUPPORTED_ARTICLE[0]})*"])
    result.stdout.fnmatch_lines(["E*only 1 readable article; a story needs at least 2 to compare*"])


def test_fixture_allow_unreadable_relaxes_it(project):
    project.makepyfile(test_texts=f"""
        def test_empty_translation(claimcheck):
            claimcheck.assert_consistent({{**{FLOOD!r}, "pt": ""}})
    """)
    project.runpytest_inprocess("test_texts.py", "--claimcheck-allow-unreadable").assert_outcomes(passed=1)


def test_story_with_an_unreadable_article_fails_naming_it(project):
    folder = project.path / "stories" / "flood"
    folder.mkdir(parents=True)
    for lang, text in FLOOD.items():
        (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    (folder / "pt.html").write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav>"
                                    "</body></html>", encoding="utf-8")
    result = project.runpytest_inprocess("--claimcheck", "stories")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*stories/flood/pt.html: The file holds no article text*"])
