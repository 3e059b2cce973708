"""Offline language identification for the languages claimcheck knows.

py3langid restricted to ``SUPPORTED_LANGUAGES`` (adding a language is one edit
here plus its extraction table), with script shortcuts first: kana means
Japanese even when most characters are Han, Han alone means Chinese, Cyrillic
means Russian.
"""
from __future__ import annotations

from functools import lru_cache

import regex

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de", "zh", "pt", "it", "ja", "ru", "pl", "cs", "nl", "hi")

_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_HAN = regex.compile(r"\p{Han}")
#: A text whose letters are mostly (at least the share) in one of these scripts is in that language.
_SCRIPT_LANGS = (
    (regex.compile(r"\p{Cyrillic}"), 0.5, "ru"),
    (regex.compile(r"\p{Devanagari}"), 0.5, "hi"),
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
        return None  # Greek, Arabic, Hangul...: none of the Latin-script languages
    lang, _prob = _identifier().classify(sample)
    return lang
