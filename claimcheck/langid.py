"""Offline language identification: which of the languages claimcheck knows a text is in, and
when it is plainly in one claimcheck has no table for, which.

py3langid over all its languages: a text the model gives to a language without a table
in ``claimcheck/lang/`` (Swedish, Greek...) with little doubt is reported as such, not
read with the grammar of its nearest supported neighbour ("45 miljoner" read as Dutch
is 45, its scale word unknown). Otherwise the best supported language, with script
shortcuts: kana means Japanese even when most characters are Han, Han alone means
Chinese, a script one table claims (``identify_script``) means that language.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from claimcheck.langdata import base_language, language_data, supported_languages

#: Every language with a table in ``claimcheck/lang/`` (the tables are the one list of languages).
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(supported_languages())

# Each pattern matches runs of its characters: the characters are counted as the runs' summed length,
# far fewer matches than one per character (``_count``).
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]+")
_HAN = regex.compile(r"\p{Han}+")


def _script_languages() -> tuple[tuple["regex.Pattern", float, tuple[str, ...]], ...]:
    """(script runs, share, languages): a text whose letters are mostly (at least the share) in the script
    is in one of its languages; from each table's ``identify_script`` ({"script", "share", "default"}).
    Where several tables claim one script (Russian, Ukrainian, Bulgarian; Arabic, Persian) the model picks;
    on a line too short for it to be sure, the table that says it is the script's default (listed first)
    keeps it unless another is far ahead (``SHORT_LEAD``)."""
    claims: dict[str, tuple[float, list[str]]] = {}
    for lang in SUPPORTED_LANGUAGES:
        if hint := language_data(lang).get("identify_script"):
            share, langs = claims.setdefault(hint["script"], (hint["share"], []))
            langs = [lang] + langs if hint.get("default") else langs + [lang]
            claims[hint["script"]] = (min(share, hint["share"]), langs)
    return tuple((regex.compile(r"\p{%s}+" % script), share, tuple(langs)) for script, (share, langs) in claims.items())


_SCRIPT_LANGS = _script_languages()
_LETTER = regex.compile(r"\p{L}+")
_LATIN = regex.compile(r"\p{Latin}+")
# How much of a text the statistical model reads: enough for a stable answer, fast on long articles.
_SAMPLE_CHARS = 4000
#: The model's answer stands without the script shortcuts when it gives one language at least this share
#: (its regional and dialect labels folded into the language they belong to: ``_MACRO``)...
SURE_SHARE = 0.9
#: ...of a text of at least this many letters: a headline alone can read as a neighbour (Galician for
#: Portuguese) where an article does not. A sure answer without a table is a language claimcheck cannot read.
SURE_MIN_LETTERS = 120
#: On a line too short to be sure of, another language of a script wins over the script's default only when
#: the model gives it this many times the default's share ("Компания объявила об инвестициях" reads 0.65
#: Bulgarian against 0.34 Russian; a Bulgarian line 0.74 against 0.08).
SHORT_LEAD = 3.0
# ``Identification.other`` of a text in a script no supported language uses, whatever the model says.
UNDETERMINED = "und"
# py3langid labels that are a dialect or a written variety of another label, and "no language" (zxx).
_MACRO = {"arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh", "nn": "no", "uzs": "uz", "hbo": "he", "grc": "el",
          "zxx": None}


@dataclass(frozen=True)
class Identification:
    """A text's language: ``lang`` one claimcheck reads (None when none), ``other`` the language it is
    plainly written in when claimcheck has no table for that one."""

    lang: str | None
    other: str | None = None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = _model_arrays()
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _model_arrays():
    """py3langid's model, from an uncompressed copy in claimcheck's cache when there is one: the
    shipped file is xz-compressed and takes ~0.5 s to unpack, once per process, before the first
    article is read."""
    import array
    import importlib.metadata
    import os
    import tempfile
    from pathlib import Path

    import numpy as np

    from claimcheck.paths import cache_root

    version = importlib.metadata.version("py3langid")
    copy = cache_root() / "langid" / f"py3langid-{version}-all.npz"
    try:
        with np.load(copy, allow_pickle=False) as z:
            nextmove, row = array.array("I"), array.array("H")
            # straight from the arrays' buffers: a copy through tobytes() cost ~0.1 s of every run
            nextmove.frombytes(memoryview(np.ascontiguousarray(z["nextmove"], dtype=np.uint32)).cast("B"))
            row.frombytes(memoryview(np.ascontiguousarray(z["row"], dtype=np.uint16)).cast("B"))
            return z["ptc"], z["pc"], z["classes"].tolist(), nextmove, row, z["output"].tolist()
    except (OSError, KeyError, ValueError):
        pass
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(Path(MODEL_DIR) / MODEL_FILE)
    ptc, pc = np.asarray(ptc), np.asarray(pc)
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=copy.parent, suffix=".npz")
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, ptc=ptc, pc=pc, classes=np.array(classes),
                     nextmove=np.frombuffer(nextmove, dtype=np.uint32), row=np.frombuffer(row, dtype=np.uint16),
                     output=np.array(output, dtype=np.int64))
        os.replace(tmp, copy)
    except OSError:
        pass  # a read-only cache only costs the unpacking next time
    return ptc, pc, classes, nextmove, row, output


def normalize_lang(code: str | None) -> str | None:
    """'es-ES', 'ES', 'zh_Hans' -> 'es', 'es', 'zh'; None or '' -> None."""
    return base_language(code)  # "fil" -> "tl" (``code_aliases``)


def _supported(lang: str) -> str | None:
    return lang if lang in SUPPORTED_LANGUAGES else None


def _count(runs: "regex.Pattern", text: str) -> int:
    """How many characters of ``text`` the one-class pattern ``runs`` (``[…]+``) covers."""
    return sum(map(len, runs.findall(text)))


def identify(text: str) -> Identification:
    """The language of ``text`` among ``SUPPORTED_LANGUAGES``, or (``other``) the language without a table
    it is plainly written in; neither when it has no letters, or none the model and the scripts tell."""
    sample = text[:_SAMPLE_CHARS]
    letters = _count(_LETTER, sample)
    if letters == 0:
        return Identification(None)
    kana = _count(_KANA, sample)
    han = _count(_HAN, sample)
    if kana and (kana + han) >= 0.3 * letters:
        return Identification(_supported("ja"))
    if han >= 0.3 * letters:
        return Identification(_supported("zh"))
    shares = _shares(sample)
    best = max(shares, key=shares.__getitem__) if shares else None
    if best and shares[best] >= SURE_SHARE and letters >= SURE_MIN_LETTERS:
        return Identification(best) if best in SUPPORTED_LANGUAGES else Identification(None, best)
    for script, share, langs in _SCRIPT_LANGS:
        if _count(script, sample) >= share * letters:
            best_here = max(langs, key=lambda lang: shares.get(lang, 0.0))
            ahead = shares.get(best_here, 0.0) >= SHORT_LEAD * shares.get(langs[0], 0.0)
            return Identification(best_here if ahead else langs[0])
    if _count(_LATIN, sample) < 0.5 * letters:  # a script no table claims, and no Latin-script language
        return Identification(None, best if best and best not in SUPPORTED_LANGUAGES else UNDETERMINED)
    return Identification(max(SUPPORTED_LANGUAGES, key=lambda lang: shares.get(lang, 0.0)))


@lru_cache(maxsize=32)
def _shares(sample: str) -> dict[str, float]:
    """The model's probability of each language for ``sample``, dialect labels folded into their language (kept for
    the last few samples: ``identify_named`` asks again for the text ``identify`` just read)."""
    out: dict[str, float] = {}
    for label, share in _identifier().rank(sample):
        lang = _MACRO.get(label, label)
        if lang:
            out[lang] = out.get(lang, 0.0) + share
    return out


#: An article named by a language code ("uk.txt", "pt-br.html", ``{"da": text}``) settles a text the model is
#: not sure of between languages of one script: the named language wins over the one identified when the model
#: gives it at least this share of that one's ("Фестиваль відбудеться з 5 по 9 липня", short and without і ї є ґ,
#: reads as Russian). A text the model is sure of keeps its language whatever its name ("uk.txt" in English).
NAME_HINT_SHARE = 0.1


#: Members of one ISO 639-3 macrolanguage (Serbo-Croatian "hbs", Malay "msa", Norwegian "nor"): the model reads
#: Serbian in Latin script as Bosnian or Croatian ("miliona evra", "30 odsto" at hr 0.25, sr 0.003), so between
#: them an article's name decides, however sure the model is.
MACROLANGUAGES = ({"hr", "sr", "bs"}, {"ms", "id"}, {"no", "nb", "nn"})


def identify_named(text: str, name: str | None) -> Identification:
    """``identify``, with the article's name as a hint where it is a supported language code (``NAME_HINT_SHARE``):
    the named language must be written in the script the identified one is (kana and Han are never overruled);
    within one macrolanguage the name wins (``MACROLANGUAGES``)."""
    found = identify(text)
    hint = normalize_lang(name)
    if hint not in SUPPORTED_LANGUAGES or found.lang is None or hint == found.lang or {hint, found.lang} & {"ja", "zh"}:
        return found
    if any({hint, found.lang} <= group for group in MACROLANGUAGES):
        return Identification(hint)
    sample = text[:_SAMPLE_CHARS]
    shares = _shares(sample)
    best = max(shares, key=shares.__getitem__) if shares else None
    if best and shares[best] >= SURE_SHARE and _count(_LETTER, sample) >= SURE_MIN_LETTERS:
        return found
    if not _scripts_of(hint) & _scripts_of(found.lang):
        return found
    return Identification(hint) if shares.get(hint, 0.0) >= NAME_HINT_SHARE * shares.get(found.lang, 0.0) else found


def _scripts_of(lang: str) -> set[str]:
    """The scripts a language is written in: the one its table claims (``identify_script``), with Latin where the
    table says it is written in Latin too (``latin_too``: sr), Latin alone for the others."""
    hint = language_data(lang).get("identify_script")
    return ({hint["script"]} | ({"Latin"} if hint.get("latin_too") else set())) if hint else {"Latin"}


def detect(text: str) -> str | None:
    """The language of ``text`` among ``SUPPORTED_LANGUAGES``, or None when it has no letters, is written
    in a script none of them uses, or plainly in a language claimcheck has no table for (``identify``)."""
    return identify(text).lang
