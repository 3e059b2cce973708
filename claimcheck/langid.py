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

# Each pattern matches runs of its characters: the characters are counted as the runs' summed length,
# far fewer matches than one per character (``_count``).
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]+")
_HAN = regex.compile(r"\p{Han}+")
#: A text whose letters are mostly (at least the share) in one of these scripts is in that language:
#: each table's ``identify_script`` ({"script": Unicode script, "share": 0.5}).
_SCRIPT_LANGS = tuple(
    (regex.compile(r"\p{%s}+" % hint["script"]), hint["share"], lang)
    for lang in SUPPORTED_LANGUAGES
    if (hint := language_data(lang).get("identify_script"))
)
_LETTER = regex.compile(r"\p{L}+")
_LATIN = regex.compile(r"\p{Latin}+")
# How much of a text the statistical model reads: enough for a stable answer, fast on long articles.
_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = _model_arrays()
    identifier = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


def _model_arrays():
    """py3langid's model cut to ``SUPPORTED_LANGUAGES``, from an uncompressed copy in claimcheck's cache
    when there is one: the shipped file is xz-compressed and takes ~0.5 s to unpack, once per process,
    before the first article is read.  The copy keeps the class columns of the supported languages
    alone, the ones ``set_languages`` keeps (same columns, same order: the same scores), a tenth of the
    model's class table to read at every start."""
    import array
    import importlib.metadata
    import os
    import tempfile
    from pathlib import Path

    import numpy as np

    from claimcheck.paths import cache_root

    version = importlib.metadata.version("py3langid")
    copy = cache_root() / "langid" / f"py3langid-{version}-{'-'.join(SUPPORTED_LANGUAGES)}.npz"
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
    keep = [i for i, c in enumerate(classes) if c in set(SUPPORTED_LANGUAGES)]
    ptc, pc, classes = np.asarray(ptc)[:, keep], np.asarray(pc)[keep], [classes[i] for i in keep]
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
    if not code:
        return None
    return code.strip().replace("_", "-").split("-")[0].lower() or None


def _supported(lang: str) -> str | None:
    return lang if lang in SUPPORTED_LANGUAGES else None


def _count(runs: "regex.Pattern", text: str) -> int:
    """How many characters of ``text`` the one-class pattern ``runs`` (``[…]+``) covers."""
    return sum(map(len, runs.findall(text)))


def detect(text: str) -> str | None:
    """The language of ``text`` among ``SUPPORTED_LANGUAGES``, or None when it has no letters
    or is written in a script none of them uses."""
    sample = text[:_SAMPLE_CHARS]
    letters = _count(_LETTER, sample)
    if letters == 0:
        return None
    kana = _count(_KANA, sample)
    han = _count(_HAN, sample)
    if kana and (kana + han) >= 0.3 * letters:
        return _supported("ja")
    if han >= 0.3 * letters:
        return _supported("zh")
    for script, share, lang in _SCRIPT_LANGS:
        if _count(script, sample) >= share * letters:
            return _supported(lang)
    if _count(_LATIN, sample) < 0.5 * letters:
        return None  # Greek, Thai...: none of the Latin-script languages
    lang, _prob = _identifier().classify(sample)
    return lang
