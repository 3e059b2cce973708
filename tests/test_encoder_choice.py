"""A story in a language the default encoder was not trained on is matched with one that was."""
from __future__ import annotations

import pytest

import claimcheck
from claimcheck import embed
from claimcheck.embed import COVERING_MODEL, DEFAULT_MODEL, FakeEncoder

HINDI = {"en": "The dam released 4,500 cubic metres of water on Monday.",
         "hi": "सोमवार को बांध से 4,500 घन मीटर पानी छोड़ा गया।"}
SPANISH = {"en": "The dam released 4,500 cubic metres of water on Monday.",
           "es": "La presa liberó 4.500 metros cúbicos de agua el lunes."}


class Named(FakeEncoder):
    def __init__(self, name):
        super().__init__()
        self.name = name


@pytest.fixture()
def loads(monkeypatch):
    seen = []

    def fake_load(name=None, *args, **kwargs):
        seen.append(name)
        return Named(name or DEFAULT_MODEL)

    monkeypatch.setattr(embed, "load_encoder", fake_load)
    return seen


def test_uncovered_language_gets_the_covering_model(loads):
    report = claimcheck.check_texts(HINDI, langs={"en": "en", "hi": "hi"})
    assert report.model == COVERING_MODEL
    assert any("hi" in n and COVERING_MODEL in n for n in report.notices)
    assert not any("may be matched poorly" in n for n in report.notices)


def test_covered_languages_keep_the_default(loads):
    report = claimcheck.check_texts(SPANISH, langs={"en": "en", "es": "es"})
    assert report.model == DEFAULT_MODEL
    assert not report.notices


def test_a_chosen_model_is_kept_and_the_gap_is_said(loads):
    report = claimcheck.check_texts(HINDI, langs={"en": "en", "hi": "hi"}, model=DEFAULT_MODEL)
    assert report.model == DEFAULT_MODEL
    assert any("not trained on hi" in n for n in report.notices)


def test_batch_loads_each_model_once(loads, tmp_path):
    for name, texts in (("a-hindi", HINDI), ("b-spanish", SPANISH), ("c-hindi", HINDI)):
        folder = tmp_path / name
        folder.mkdir()
        for lang, text in texts.items():
            (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    models = {name: report.model for name, report in claimcheck.batch(tmp_path)}
    assert models == {"a-hindi": COVERING_MODEL, "b-spanish": DEFAULT_MODEL, "c-hindi": COVERING_MODEL}
    assert sorted(loads, key=str) == sorted([COVERING_MODEL, None], key=str)
