"""Split an article's text into sentences with offsets into that text.

Built on ``sentencex`` (fast, keeps numbers with their units); paragraphs and
single-line paragraphs (scraped pages, headlines) are split first, then a few
wrong splits sentencex makes are undone with per-language abbreviation data
(``segment_abbreviations.json``).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from sentencex import get_sentence_boundaries

from claimcheck.records import Sentence

_DATA = Path(__file__).with_name("segment_abbreviations.json")
# sentencex knows these; anything else is split with English rules.
_SENTENCEX_FALLBACK = "en"
_LINE = re.compile(r"[^\n]*\n?")
_TERMINAL = set(".!?。！？…:;\"'”’»）)」』")


@lru_cache(maxsize=None)
def _abbreviations(lang: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(never-final abbreviations, number scale abbreviations, month words) for ``lang``, lowercased."""
    try:
        data = json.loads(_DATA.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return frozenset(), frozenset(), frozenset()
    common = data.get("*", {})
    mine = data.get(lang or "", {})

    def both(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in common.get(key, []) + mine.get(key, []))

    return both("before_name"), both("after_number"), both("months")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of text blocks: a blank line always ends one; a single newline does
    unless the line runs on (no closing punctuation and the next starts lowercase)."""
    spans: list[tuple[int, int]] = []
    start = None
    prev_line_end_char = ""
    pos = 0
    for m in _LINE.finditer(text):
        line = m.group()
        if not line:
            break
        body = line.rstrip("\n").rstrip()
        line_start, line_end = m.start(), m.start() + len(line.rstrip("\n"))
        if not body.strip():
            if start is not None:
                spans.append((start, pos))
                start = None
        else:
            first = body.lstrip()[:1]
            runs_on = (
                start is not None
                and prev_line_end_char not in _TERMINAL
                and (first.islower() or first.isdigit())
            )
            if start is not None and not runs_on:
                spans.append((start, pos))
                start = None
            if start is None:
                start = line_start
            pos = line_end
            prev_line_end_char = body[-1:]
    if start is not None:
        spans.append((start, pos))
    return spans


def _should_join(left: str, right: str, lang: str | None) -> bool:
    """True when sentencex split after an abbreviation or a number that belongs to what follows."""
    before_name, after_number, months = _abbreviations(lang)
    left = left.rstrip()
    right = right.lstrip()
    if not left or not right:
        return False
    last = left.split()[-1].lower() if left.split() else ""
    last_word = last.lstrip("(\"'«“")
    first_word = right.split()[0].lower().strip(",.;:") if right.split() else ""
    if last_word in before_name:
        return True
    if last_word in after_number and len(left.split()) >= 2 and re.search(r"\d$", left.split()[-2]):
        return True
    if re.fullmatch(r"\d{1,2}\.", last_word) and (first_word in months or right[:1].islower()):
        return True
    if last_word.endswith(".") and (right[:1].islower() or right[:1].isdigit()) and not last_word[:-1].isdigit():
        return True
    return False


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Sentences of ``text``; ``start``/``end`` index ``text``; ``article`` is left "" for the caller."""
    language = lang or _SENTENCEX_FALLBACK
    pieces: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
        block = text[p_start:p_end]
        merged: list[tuple[int, int]] = []
        for b in get_sentence_boundaries(language, block):
            if b.get("is_paragraph_break"):
                continue
            s, e = p_start + b["start_index"], p_start + b["end_index"]
            if not text[s:e].strip():
                continue
            if merged and _should_join(text[merged[-1][0]:merged[-1][1]], text[s:e], lang):
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        pieces.extend(merged)
    sentences: list[Sentence] = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.append(Sentence(article="", index=len(sentences), start=s, end=e, text=text[s:e]))
    return sentences
