"""Offline language identification for the languages claimcheck knows.

py3langid restricted to ``SUPPORTED_LANGUAGES`` (adding a language is one edit
here plus its extraction table), with script shortcuts first: kana means
Japanese even when most characters are Han, Han alone means Chinese, Cyrillic
means Russian.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from claimcheck.langdata import language_data, supported_languages

#: Every language with a table in ``claimcheck/lang/`` (the tables are the one list of languages).
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(supported_languages())

_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_HAN = regex.compile(r"\p{Han}")
#: A text whose letters are mostly (at least the share) in one of these scripts is in that language:
#: each table's ``identify_script`` ({"script": Unicode script, "share": 0.5}).
_SCRIPT_LANGS = tuple(
    (regex.compile(r"\p{%s}" % hint["script"]), hint["share"], lang)
    for lang in SUPPORTED_LANGUAGES
    if (hint := language_data(lang).get("identify_script"))
)
_LETTER = regex.compile(r"\p{L}")
_LATIN = regex.compile(r"\p{Latin}")
# How much of a text the statistical model reads: enough for a stable answer, fast on long articles.
_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


def normalize_lang(code: str | None) -> str | None:
    """'es-ES', 'ES', 'zh_Hans' -> 'es', 'es', 'zh'; None or '' -> None."""
    if not code:
        return None
    return code.strip().replace("_", "-").split("-")[0].lower() or None


def _supported(lang: str) -> str | None:
    return lang if lang in SUPPORTED_LANGUAGES else None


def detect(text: str) -> str | None:
    """The language of ``text`` among ``SUPPORTED_LANGUAGES``, or None when it has no letters
    or is written in a script none of them uses."""
    sample = text[:_SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return None
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    if kana and (kana + han) >= 0.3 * letters:
        return _supported("ja")
    if han >= 0.3 * letters:
        return _supported("zh")
    for script, share, lang in _SCRIPT_LANGS:
        if len(script.findall(sample)) >= share * letters:
            return _supported(lang)
    if len(_LATIN.findall(sample)) < 0.5 * letters:
        return None  # Greek, Thai...: none of the Latin-script languages
    lang, _prob = _identifier().classify(sample)
    return lang
