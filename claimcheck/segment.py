"""Split an article's text into sentences with offsets into that text.

Built on ``sentencex`` (fast, keeps numbers with their units); paragraphs and
single-line paragraphs (scraped pages, headlines) are split first, then a few
wrong splits sentencex makes are undone with per-language abbreviation data
(``segment_abbreviations.json``).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sentencex import get_sentence_boundaries

from claimcheck.langid import normalize_lang
from claimcheck.records import Sentence

_DATA = Path(__file__).with_name("segment_abbreviations.json")
# sentencex knows these; anything else is split with English rules.
_SENTENCEX_FALLBACK = "en"
_LINE = re.compile(r"[^\n]*\n?")
_TERMINAL = set(".!?。！？…:;\"'”’»）)」』")


@dataclass(frozen=True)
class _Abbreviations:
    """One language's splitting data (its own table plus the "*" table)."""

    before_name: frozenset[str]  # as listed: "M." (title) must not match "m."
    after_number: frozenset[str]  # lowercased
    months: frozenset[str]  # lowercased
    unit_words: frozenset[str]  # lowercased words that follow "2,5 Mio." ("euro")

    def never_final(self, word: str) -> bool:
        return word in self.before_name or (word[:1].isupper() and word[:1].lower() + word[1:] in self.before_name)

    def known(self, word: str) -> bool:
        low = word.lower()
        return self.never_final(word) or low in self.after_number or low in self.months


@lru_cache(maxsize=None)
def _abbreviations(lang: str | None) -> _Abbreviations:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    tables = [data.get("*", {}), data.get(lang or "", {})]

    def words(key: str) -> list[str]:
        return [w for table in tables for w in table.get(key, [])]

    return _Abbreviations(
        before_name=frozenset(words("before_name")),
        after_number=frozenset(w.lower() for w in words("after_number")),
        months=frozenset(w.lower() for w in words("months")),
        unit_words=frozenset(w.lower() for w in words("unit_words")),
    )


# A line that starts a list item or a Markdown heading starts a new block even in wrapped text.
_BLOCK_START = re.compile(r"\s*(?:[#>*•·\-–—|]|\d{1,3}[.)]\s)")


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width (e-mail, Markdown): many lines, none long, most of
    them stopping mid-sentence. Scraped pages and the corpus put a paragraph on one long line."""
    full = [line.rstrip() for line in lines if line.strip()]
    if len(full) < 4 or max(len(line) for line in full) > 100:
        return False
    if sorted(len(line) for line in full)[len(full) // 2] < 40:
        return False  # short lines: a menu, a list of headlines, a scraped page's chrome
    open_ended = sum(1 for line in full if line[-1] not in _TERMINAL)
    return open_ended >= 0.5 * len(full)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of text blocks. A blank line always ends one. A single newline ends one too
    (headlines, one-paragraph-per-line pages) unless the text is hard-wrapped or the line
    runs on: no closing punctuation and the next line starts in lowercase."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group()]
    wrapped = _looks_hard_wrapped([line for _, line in lines])
    spans: list[tuple[int, int]] = []
    start = None
    prev_line_end_char = ""
    pos = 0
    for line_start, line in lines:
        body = line.rstrip("\n").rstrip()
        line_end = line_start + len(line.rstrip("\n"))
        if not body.strip():
            if start is not None:
                spans.append((start, pos))
                start = None
            continue
        first = body.lstrip()[:1]
        runs_on = start is not None and (
            (wrapped and not _BLOCK_START.match(body))
            or (prev_line_end_char not in _TERMINAL and first.islower())
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


_CJK_END = re.compile(r"[。！？!?]++[”’」』）)\"'》〉】]*+(?=\S)")
# "word. 2021 ..." inside a piece: sentencex keeps it whole in some languages (it fears ordinals).
_WORD_DOT_DIGIT = re.compile(r"(?<![\w.])(\w{4,})\.[\"'”’»)]*\s+(?=\d)")
_HAS_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _resplit(text: str, start: int, end: int, lang: str | None) -> list[tuple[int, int]]:
    """Split a sentencex piece where it missed a boundary: CJK 。！？ before more text,
    and "word. 2021 ..." (a full word, not an abbreviation, then a number)."""
    piece = text[start:end]
    cuts: list[int] = []
    if _HAS_CJK.search(piece):
        for m in _CJK_END.finditer(piece):
            nxt = piece[m.end():m.end() + 1]
            # Latin "?!" between Latin words is not a CJK boundary.
            if m.group()[0] in "!?" and not (_HAS_CJK.match(piece[m.start() - 1:m.start()] or " ") or _HAS_CJK.match(nxt)):
                continue
            cuts.append(m.end())
    abbr = _abbreviations(lang)
    for m in _WORD_DOT_DIGIT.finditer(piece):
        word = m.group(1)
        if word.isdigit() or abbr.known(word + "."):
            continue
        cuts.append(m.end())
    if not cuts:
        return [(start, end)]
    spans, prev = [], 0
    for cut in sorted(set(cuts)):
        if 0 < cut < len(piece):
            spans.append((start + prev, start + cut))
            prev = cut
    spans.append((start + prev, end))
    return spans


def _should_join(left: str, right: str, lang: str | None) -> bool:
    """True when sentencex split after an abbreviation or a number that belongs to what follows."""
    abbr = _abbreviations(lang)
    left_words = left.split()
    right = right.lstrip()
    if not left_words or not right:
        return False
    last = left_words[-1].lstrip("(\"'«“")
    first_word = right.split()[0].lower().strip(",.;:")
    if abbr.never_final(last):
        return True
    if last.lower() in abbr.after_number and len(left_words) >= 2 and re.search(r"\d$", left_words[-2]):
        return first_word in abbr.unit_words or right[:1].islower() or right[:1] in "$€£¥%("
    if re.fullmatch(r"\d{1,2}\.", last) and (first_word in abbr.months or right[:1].islower()):
        return True
    if last.endswith(".") and not last[:-1].isdigit() and right[:1].islower():
        return True
    return False


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Sentences of ``text``; ``start``/``end`` index ``text``; ``article`` is left "" for the caller."""
    lang = normalize_lang(lang)
    language = lang or _SENTENCEX_FALLBACK
    pieces: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
        block = text[p_start:p_end]
        merged: list[tuple[int, int]] = []
        for b in get_sentence_boundaries(language, block):
            if b.get("is_paragraph_break"):
                continue
            s0, e0 = p_start + b["start_index"], p_start + b["end_index"]
            for s, e in _resplit(text, s0, e0, lang):
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
