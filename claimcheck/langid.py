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
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
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
        return "ja" if "ja" in SUPPORTED_LANGUAGES else None
    if han >= 0.3 * letters:
        return "zh" if "zh" in SUPPORTED_LANGUAGES else None
    if len(_CYRILLIC.findall(sample)) >= 0.5 * letters:
        return "ru" if "ru" in SUPPORTED_LANGUAGES else None
    if len(_DEVANAGARI.findall(sample)) >= 0.5 * letters:
        return "hi" if "hi" in SUPPORTED_LANGUAGES else None
    if len(_LATIN.findall(sample)) < 0.5 * letters:
        return None  # Greek, Arabic, Hangul...: none of the Latin-script languages
    lang, _prob = _identifier().classify(sample)
    return lang
