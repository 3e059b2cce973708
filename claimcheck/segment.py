"""Split an article's text into sentences with offsets into that text.

Built on ``sentencex`` (fast, keeps numbers with their units). Paragraphs and
single-line paragraphs (scraped pages, headlines) are split first; then the
boundaries sentencex misses (inside quotation marks, CJK 。 before a digit,
"etc. Luego") are added and its wrong splits (after "Sr.", in "2,5 Mio. Euro",
"27. März", "av. J.-C.") undone, with per-language abbreviation data in
``claimcheck/lang/`` (key ``sentence_abbreviations``).

On NTREX-128 documents (9 languages) boundary F1 is 0.960 against 0.886 for plain
sentencex (``benchmarks/bench_reader.py --ntrex``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex
from sentencex import get_sentence_boundaries

from claimcheck.langdata import language_data, language_table, rules_for, sentence_abbreviations
from claimcheck.langid import normalize_lang
from claimcheck.records import Sentence

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
    before_ordinal: frozenset[str]  # lowercased words that make "der 28." an ordinal
    ends_before_capital: re.Pattern | None  # "etc. " before a capitalised word ends the sentence

    def never_final(self, word: str) -> bool:
        return word in self.before_name or (word[:1].isupper() and word[:1].lower() + word[1:] in self.before_name)

    def known(self, word: str) -> bool:
        low = word.lower()
        return self.never_final(word) or low in self.after_number or low in self.months


@lru_cache(maxsize=None)
def _abbreviations(lang: str | None) -> _Abbreviations:
    tables = sentence_abbreviations(lang)

    def words(key: str) -> list[str]:
        return [w for table in tables for w in table.get(key, [])]

    return _Abbreviations(
        before_name=frozenset(words("before_name")),
        after_number=frozenset(w.lower() for w in words("after_number")),
        months=frozenset(w.lower() for w in words("months")),
        # a zone written in capitals goes on the clock's sentence ("11:40 p.m. CDT on Tuesday")
        unit_words=frozenset([w.lower() for w in words("unit_words")]
                             + [w.lower() for w in language_table(lang)[1].get("time_zone_words", []) if w.isupper()]),
        before_ordinal=frozenset(w.lower() for w in words("before_ordinal")),
        ends_before_capital=(
            re.compile(r"(?<!\w)(?:"
                       + "|".join(map(re.escape, sorted(set(words("ends_before_capital")), key=len, reverse=True)))
                       + r")\s+(?=[^\W\d_])")
            if words("ends_before_capital") else None
        ),
    )


@lru_cache(maxsize=None)
def _place_time(lang: str) -> "regex.Pattern | None":
    """A place's time as the language writes it after a clock (``city_time_formats`` that open with the place: en
    "{0} time", de "{0} Zeit", "{0}er Zeit"), for any capitalised place of up to three words, known to the zone
    tables or not: "9 a.m. Hanoi time (0200 GMT)" is one sentence."""
    forms = [f for f in language_table(lang)[1].get("city_time_formats", []) if f.startswith("{0}")]
    if not forms:
        return None
    place = r"(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*?"
    return regex.compile("|".join(place + regex.escape(f[3:]) + r"(?![\p{L}])" for f in forms))


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


# After a closing quote these continue the sentence: Japanese quotative と, a comma, a colon.
_QUOTE_CONTINUES = "と、，,：:"
_CJK_END = re.compile(r"[。！？!?]++[”’」』）)\"'》〉】]*+(?=\S)")
# "word. 2021 ..." inside a piece: sentencex keeps it whole in some languages (it fears ordinals); so too
# "word. „12 Euro …“" (a quotation opening with a figure).
_WORD_DOT_DIGIT = re.compile(r"(?<![\w.])(\w{4,})\.[\"'”’»)]*\s+(?=[„“\"«‘'(]?\d)")
_HAS_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_QUOTE_CHARS = re.compile("[\"“”«»„]")
# ". " between a word of 2+ lowercase letters (or a number, %, a bracket) and a capital:
# a boundary even inside quotation marks. Any quote glued to the stop closes (German “ too).
_LATIN_END = re.compile(
    r"(?:(?<=[a-zß-öø-ÿа-яё]{2})|(?<=[0-9%)]))"
    r"[\u00a0\u202f]?[.!?…]+(?:[\u00a0\u202f]?[\"”“»«’‘])*\s+"
    r"(?=[«»“”„\"‘’¿¡]?\s?[A-ZÀ-ÖØ-ÞА-ЯЁ¿¡])"  # fi, sv open a quotation with ” too: "EU-tukea. ”Alle 12 …"
)


def _resplit(text: str, start: int, end: int, lang: str | None) -> list[tuple[int, int]]:
    """Split a sentencex piece where it missed a boundary: CJK 。！？ before more text,
    ". Capital" inside quotation marks, "etc. Capital", and "word. 2021 ..." (a full
    word, not an abbreviation, then a number)."""
    piece = text[start:end]
    cuts: list[int] = []
    abbr = _abbreviations(lang)
    if _HAS_CJK.search(piece):
        # Inside quotes too, as in the other languages: a quote of several sentences is
        # several sentences, so the same claim has a context of the same size everywhere.
        for m in _CJK_END.finditer(piece):
            nxt = piece[m.end():m.end() + 1]
            # Latin "?!" between Latin words is not a CJK boundary.
            before = piece[m.start() - 1:m.start()] or " "
            if m.group()[0] in "!?" and not (_HAS_CJK.match(before) or _HAS_CJK.match(nxt)):
                continue
            if nxt in _QUOTE_CONTINUES and m.group()[-1] in _CLOSING:
                continue  # 「…。」と彼は言った / “…。”，他说: the attribution belongs to the quote
            cuts.append(m.end())
    elif _QUOTE_CHARS.search(piece):
        # sentencex never splits inside quotation marks; one stray " makes a paragraph one sentence.
        for m in _LATIN_END.finditer(piece):
            left, right = piece[max(0, m.end() - _WINDOW):m.end()], piece[m.end():m.end() + _WINDOW]
            if not abbr.known(left.split()[-1].lstrip("(\"'«“„")) and not _should_join(left, right, lang):
                cuts.append(m.end())
    if abbr.ends_before_capital is not None:
        cuts.extend(m.end() for m in abbr.ends_before_capital.finditer(piece) if piece[m.end()].isupper())
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


_LIST_NUMBER = re.compile(r"\(?\d{1,3}[.)]")


def _should_join(left: str, right: str, lang: str | None) -> bool:
    """True when sentencex split after an abbreviation or a number that belongs to what follows."""
    abbr = _abbreviations(lang)
    left_words = left.split()
    right = right.lstrip()
    if not left_words or not right:
        return False
    last = left_words[-1].lstrip("(\"'«“")
    first_word = right.split()[0].lower().strip(",.;:")
    if right[:1] in _QUOTE_CONTINUES and left.rstrip()[-1:] in _CLOSING:
        return True  # 「…。」と彼は言った
    if _LIST_NUMBER.fullmatch(left.strip()):
        return True  # "1." of a numbered list belongs to its item
    if abbr.never_final(last):
        return True
    script = language_data(lang).get("sentence_space_break") if lang else None
    if script and last.endswith(".") and regex.match(rf"\p{{{script}}}", right):
        return True  # th "11.00 น. ตามเวลา…": a script that ends no sentence with a dot; its spaces do (``_space_break``)
    # an abbreviation of two words ("8:30 a. m. (hora de Colombia)") is read as one
    spaced = len(left_words) >= 3 and " ".join(left_words[-2:]).lower() in abbr.after_number
    if spaced:
        left_words = left_words[:-2] + [" ".join(left_words[-2:])]
    if (spaced or last.lower() in abbr.after_number) and len(left_words) >= 2 and re.search(r"\d$", left_words[-2]):
        return first_word in abbr.unit_words or right[:1].islower() or right[:1] in "$€£¥%(" or \
            bool(lang and rules_for(lang).patterns["time_zone"].match(right)) or \
            bool(lang and (place := _place_time(lang)) and place.match(right))  # "5 p.m. Sri Lanka time": its zone
    if re.fullmatch(r"\d{1,3}\.", last) and (
        first_word in abbr.months or right[:1].islower()
        or (len(left_words) >= 2 and left_words[-2].lower() in abbr.before_ordinal)
    ):
        return True  # "27. März", "in der 28. Minute"
    if re.fullmatch(r"\d{4}\.", last) and (first_word in abbr.months or right[:1].islower()):
        return True  # a year's ordinal dot: hu "2025. március 15-én", hr "2024. godine", cs "v roce 2024. se"
    if last.endswith(".") and not last[:-1].isdigit() and right[:1].islower():
        return True
    return False


_CLOSING = "”’」』）)\"'》〉】»"


def _glued(text: str, left_start: int, cut: int) -> bool:
    """A cut with no space around it inside a word ("av. J.|-C."): only CJK and ?! end a sentence so."""
    if cut <= left_start or cut >= len(text) or text[cut - 1].isspace() or text[cut].isspace():
        return False
    if text[cut - 1] in "”’" and cut - 2 >= 0 and text[cut - 2].isspace():
        return False  # a right quotation mark after a space opens the next sentence: fi, sv "tukea. ”Alle 12 …"
    return text[left_start:cut].rstrip(_CLOSING)[-1:] not in "。！？!?…"


_OPENING = "«“„‹「『(（[\"‘”’"  # ” and ’ open a quotation in fi and sv; after a space they open one anywhere


def _move_opening_marks(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"…affirmé. «| Dr Ford…": an opening quote stranded at a piece's end (after a space:
    a quote glued to the stop closes it) starts the next piece."""
    out = list(pieces)
    for i in range(len(out) - 1):
        s, e = out[i]
        cut = e
        while cut > s and text[cut - 1].isspace():
            cut -= 1
        if cut - 1 > s and text[cut - 1] in _OPENING and text[cut - 2].isspace():
            cut -= 1
            out[i] = (s, cut)
            out[i + 1] = (cut, out[i + 1][1])
    return out


_WINDOW = 200
_INLINE_SPACE = " \u00a0\u202f\u2009"


def _closing_quotes_back(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'…built on Solid.|" In 1994…': a quote glued to the stop and followed by a space closes
    the sentence before it (sentencex loses track of which quotes open after a stray one)."""
    out = list(pieces)
    for i in range(len(out) - 1):
        cut = out[i][1]
        if cut != out[i + 1][0]:
            continue
        before = cut
        while before > out[i][0] and text[before - 1] in _INLINE_SPACE:
            before -= 1
        after = cut
        while after < out[i + 1][1] and text[after] in _INLINE_SPACE:
            after += 1  # French ". »" has a no-break space before the guillemet
        if (text[before - 1:before] and text[before - 1] in ".!?…" + _CLOSING and after + 1 < out[i + 1][1]
                and text[after] in _CLOSING and text[after + 1].isspace()):
            cut = after + 1
        out[i] = (out[i][0], cut)
        out[i + 1] = (cut, out[i + 1][1])
    return out


# sentencex's quote tracking is quadratic in a block's length: very long blocks (a scraped
# page on one line) go to it in chunks cut at a sentence end (or a space) past this size.
_MAX_BLOCK = 5000
_CHUNK_STOP = re.compile(r"[.!?。！？]\s")
_CHUNK_SPACE = re.compile(r"\s")


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > 2 * _MAX_BLOCK:
            stop = _CHUNK_STOP.search(text, start + _MAX_BLOCK, start + 2 * _MAX_BLOCK)
            space = stop or _CHUNK_SPACE.search(text, start + _MAX_BLOCK, start + 2 * _MAX_BLOCK)
            cut = space.end() if space else start + _MAX_BLOCK
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


# A piece longer than this (characters) in a language that ends sentences with a bare space holds several: a Thai
# article printed as one block ("…วันอังคาร กระทรวง…") matched 0, 2 and 1 figures of its English against 17, 15 and 21
# printed a sentence a line; split at its spaces, 13, 12 and 16, while a sentence a line (under this length) is kept
# whole (split too, its clause fragments matched 16, 11 and 18 and made two false conflicts).
SPACE_BREAK_OVER = 200


@lru_cache(maxsize=None)
def _space_break(lang: str):
    """Where a language that spaces no words apart ends a sentence with a space and no mark (th: the language
    table's ``sentence_space_break``, the script whose letters stand on both sides: "…วันอังคาร กระทรวง…"), or at
    a space after a figure, bare or with the words it takes (its unit, classifier, scale, currency or month: "…ในปี
    2566 ผู้มีรายได้…", "…อยู่ที่ 0.9% น้ำท่วม…", "…เสียชีวิต 15 คน รัฐบาล…"), before a letter of the script; never
    between a figure and a word it takes ("5 แสนล้านบาท", "15 มีนาคม 2567", "12 คน"). A word of
    ``sentence_space_continue`` after the space goes on with the sentence ("… 3,000 หลัง และมีผู้เสียชีวิต…": a
    clause), as does one of ``sentence_space_after_figure`` after a figure and its words ("2.8% เพิ่มขึ้นจาก 1.9% ในปี
    2566", "10,000 บาท ตั้งแต่เดือนมีนาคม"). A function of (text, start, end) giving the spans of the breaks."""
    data = language_data(lang)
    script = data.get("sentence_space_break")
    if not script:
        return None

    def alternation(words) -> str:
        return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True) if w) or "(?!)"

    letter = rf"\p{{{script}}}"
    going_on = alternation(data.get("sentence_space_continue") or [])
    taken = alternation([w for key in ("classifiers", "scales", "currency_words", "units", "duration_units", "months",
                                       "percent_words", "pp_words", "scaled_units", "scaled_currencies",
                                       "qualifiers_after", "other_after")
                         for w in (data.get(key) or [])])
    after_figure = alternation(data.get("sentence_space_after_figure") or [])
    space = regex.compile(rf"\s+(?={letter})(?!{going_on})", regex.IGNORECASE)
    figure_end = regex.compile(r"\d%?\Z")
    figure_words_end = regex.compile(rf"\d%?\s?(?:{taken})+\Z", regex.IGNORECASE)
    letter_end = regex.compile(rf"{letter}\Z")
    words_after = regex.compile(taken, regex.IGNORECASE)
    words_after_figure = regex.compile(after_figure, regex.IGNORECASE)

    def breaks(text: str, start: int, end: int):
        for m in space.finditer(text, start, end):
            before = text[max(start, m.start() - 60):m.start()]
            if figure_end.search(before):  # "ในปี 2566 ผู้มี…", not "5 แสนล้านบาท", "2.8% เพิ่มขึ้น"
                cut = not words_after.match(text, m.end()) and not words_after_figure.match(text, m.end())
            elif figure_words_end.search(before):  # "15 คน รัฐบาล…", not "10,000 บาท ตั้งแต่เดือน…"
                cut = not words_after_figure.match(text, m.end())
            else:
                cut = bool(letter_end.search(before))
            if cut:
                yield m.span()
    return breaks


def _split_at(breaks, text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    for s, e in breaks(text, start, end):
        out.append((at, s))
        at = e
    return out + [(at, end)]


# how a first line that is a sentence, not a headline, ends (the matcher's headline rule reads the same)
SENTENCE_ENDS = (".", "。", "．", "।")


def headline_end(text: str) -> int | None:
    """Where the headline ends: the end of the first line when more text follows and the line does not end as a
    sentence does (a headline, not the first sentence of a text written one sentence a line); None otherwise."""
    lead = len(text) - len(text.lstrip())
    cut = text.find("\n", lead)
    if cut < 0 or not text[cut:].strip() or text[lead:cut].rstrip().endswith(SENTENCE_ENDS):
        return None
    return cut


def _headline_whole(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A headline is one sentence though a full stop parts it ("Stocznia zbuduje dwa statki. Kontrakt za 2,4 mld
    zł"): it states the story's figures as one unit, and the other versions' headlines align with it whole."""
    cut = headline_end(text)
    inside = [p for p in pieces if p[1] <= cut] if cut is not None else []
    if len(inside) < 2:
        return pieces
    return [(inside[0][0], inside[-1][1])] + [p for p in pieces if p[1] > cut]


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Sentences of ``text``; ``start``/``end`` index ``text``; ``article`` is left "" for the caller."""
    lang = normalize_lang(lang)
    language = lang or _SENTENCEX_FALLBACK
    pieces: list[tuple[int, int]] = []
    for p_start, p_end in _bounded(text, _paragraphs(text)):
        block = text[p_start:p_end]
        merged: list[tuple[int, int]] = []
        raw = [(p_start + b["start_index"], p_start + b["end_index"])
               for b in get_sentence_boundaries(language, block) if not b.get("is_paragraph_break")]
        for s0, e0 in _closing_quotes_back(text, raw):
            for s, e in _resplit(text, s0, e0, lang):
                if not text[s:e].strip():
                    continue
                # Only the end of the sentence so far matters: a bounded window keeps this linear.
                left_start = max(merged[-1][0], merged[-1][1] - _WINDOW) if merged else 0
                if merged and (_glued(text, left_start, s)
                               or _should_join(text[left_start:merged[-1][1]], text[s:min(e, s + _WINDOW)], lang)):
                    merged[-1] = (merged[-1][0], e)
                else:
                    merged.append((s, e))
        pieces.extend(merged)
    pieces = _headline_whole(text, _move_opening_marks(text, pieces))
    if lang and (space_break := _space_break(lang)) is not None:
        pieces = [piece for s, e in pieces
                  for piece in (_split_at(space_break, text, s, e) if e - s > SPACE_BREAK_OVER else [(s, e)])]
    sentences: list[Sentence] = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.append(Sentence(article="", index=len(sentences), start=s, end=e, text=text[s:e]))
    return sentences
