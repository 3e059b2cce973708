"""The bundled example story reads cleanly: four articles, their languages, sentence-sized paragraphs."""
from __future__ import annotations

from pathlib import Path

from claimcheck.read import read_inputs
from claimcheck.segment import split_sentences

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_example_folder_reads_four_articles_in_their_languages_and_skips_the_readme():
    articles = read_inputs([str(EXAMPLES)])
    assert [a.id for a in articles] == ["en", "es", "fr", "zh"]
    assert all(a.ok for a in articles)
    assert all(a.lang == a.id and a.lang_source == "detected" for a in articles)


def test_example_articles_are_short_stories_of_six_to_twelve_sentences():
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = split_sentences(text, path.stem)
        assert 6 <= len(sentences) <= 12, (path.name, len(sentences))
