"""Find the numeric claims in an article and normalise them with its language's grammar.

Why a hand-written, data-driven scanner (the ``regex`` module) and not a library:
the engines measured in ``notes/libraries.md`` either miss what news text needs
(Recognizers-Text: no fr space grouping, no ``$10bn``/``Mrd.``, no ratios, no
qualifiers, spurious "un"→1 and "GPT-3"→-3, ~87 sentences/s; duckling invents a
value for "1 XNUMX milliards") or cover one language.  Here one compiled
pattern per language (built by ``langdata`` from ``lang/<lang>.json``) finds
number *cores* (digits, spelled numbers, CJK numerals, garbled placeholders);
small anchored patterns then read what stands right of a core (scale word,
currency, percent, unit, counted noun, ratio or range partner) and left of it
(currency symbol, qualifier, "Category"/"Phase").  Values come from
``numbers.py``; dates from per-language templates.  A text with no digit and
no number word is rejected by one prefilter search, so prose costs ~nothing.

Dates without a year get one from, in order: the weekday written next to them
("lunes 3 de marzo" → the year nearest the reference year whose 3 March is a
Monday), another weekday-anchored date of the same article, the closest fully
written date before (else after) it, the latest year the article mentions up
to the reference year, the reference year.  The reference is the caller's
``reference_year``, else the latest year the story (``extract_story``) or the
article mentions — never the clock, so output does not depend on the day it
runs.  A date with no year anywhere is the ISO 8601 partial date "--MM-DD".
``extract_story`` then lets a date that had no such anchor take the year
another article of the story gives the same day and month.

A currency is never invented: a bare scaled number ("2,2 milliards", "1億") is
money only in the same sentence as a stated amount it continues ("€2.400
millones, de los que 85 millones"); money words alone ("presupuesto",
"budget") do not make it money, since the currency they would need is unknown.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import importlib
import json
import math
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable

import regex

from claimcheck.langdata import LangRules, Lookup, fold, locale_code, rules_for
from claimcheck.langdata import DIGIT
from claimcheck.numbers import _power_of_thousand, combine_words, normalise_digits, parse_cjk, parse_digits
from claimcheck.quantities import CHANGE_UNITS, canonical_unit, significant_digits, unit_dimension
from claimcheck.records import Article, Claim, Quantity, Sentence, Skipped

#: a pattern written where it is used, compiled once (``regex.match(p, s)`` looks ``p`` up in the module's cache each time)
_rx = lru_cache(maxsize=None)(regex.compile)
_LEFT_WINDOW = 48
# After a "changed by" word (``change_by_before``), "by X to Y" of two bare counts is a change and the level it
# reached, no range, when Y is at least this many times X (sv "minskat med 12 000 till 368 000"); a range's ends
# are rarely so far apart, while a change is usually a small share of the level ("rose by 2 to 3 percent" stays one).
CHANGE_TO_LEVEL_RATIO = 4
_SENTENCE_END = regex.compile(r"[.!?]\s|[。！？\n]")
_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+)\s*\Z")
_NEXT_WORD = regex.compile(r"[^\S\n]+([\p{L}\p{M}]+)")
_ENDS_WITH_DIGIT = regex.compile(r"\d\s*$")
_YEAR_OF = regex.compile(r"\s*(?:19|20)\d\d(?!\d)")
# A weekday date in a story that writes no year at all ("Saturday, September 20") is read near this
# year, fixed so the same text gives the same claims on any day; pass ``reference_year`` to move it.
UNDATED_REFERENCE_YEAR = 2025
_YEAR_MIN, _YEAR_MAX = 1900, 2099
_SENT_FALLBACK = regex.compile(r"[^\n.!?。！？]*(?:[.!?。！？]+[\"'”’»）)]*|\n|$)")
# a letter, or a vowel sign that ends a word of an Indic script ("पॉइंटने")
_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")
_LATIN_AFTER = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
_CAPS_CODE_AFTER = regex.compile(r"\p{Lu}{1,2}(?![\p{Latin}\d])")  # "5G", "3D", "4K": capitals closing a name
# "16:42", "16 h 42", "16: 42"; "22: 15 people" (a colon spaced from a figure that a word follows) is punctuation
_TIME = regex.compile(r"\s?(?:h\s?|:(?:\s(?=[0-5]\d(?!\d)(?!\s*\p{L})))?)[0-5]\d(?!\d)")
_HAN = regex.compile(r"\p{Han}+")
_URL = regex.compile(r"(?:https?://|www\.)\S+|(?<!\d)\d{3}[-. ]\d{3}[-. ]\d{4}(?!\d)")
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


@dataclass
class _Found:
    """A claim being built: spans and a quantity; ``core`` is the number itself."""

    start: int
    end: int
    core: tuple[int, int]
    quantity: Quantity
    subject: list[str] = field(default_factory=list)
    date_parts: tuple[int | None, int, int] | None = None  # (year, month, day) for dated claims
    year_source: str = ""  # "written", "weekday", "" (missing: filled later)
    weekday: int | None = None
    noun: bool = False  # a counted noun follows the number
    starts_change: bool = False  # the first figure of a from-to pair that states a change: the level left
    change_size: bool = False  # a percentage that is the size of a change ("rose by 5%"), not a level
    half_of_day: str = ""  # a clock's: "said" (pm, "रात", "午後", noon), "open" (a bare 1-12), "" (24-hour)


# ----------------------------------------------------------------------------------------
# sentences


def _sentences(text: str, lang: str | None) -> list[Sentence]:
    try:
        from claimcheck.segment import split_sentences

        sents = split_sentences(text, lang)
        if sents:
            return sents
    except ImportError:  # the reader's segmenter is optional for this module
        pass
    out = []
    for m in _SENT_FALLBACK.finditer(text):
        if m.group().strip():
            out.append(Sentence("", len(out), m.start(), m.end(), m.group()))
    return out


# ----------------------------------------------------------------------------------------
# dates


def _calendar_year(year, r: LangRules):
    """``calendar_year_offset`` (th ``{"offset": 543, "from": 2443, "to": 2642}``): a year of the language's own
    calendar in that span, the Buddhist Era's 2567, is the common era's year the offset before it (2024); any
    other figure, and every year of a language without the key, is returned as it is."""
    off = r.data.get("calendar_year_offset")
    if off and year is not None and off["from"] <= year <= off["to"]:
        return type(year)(year - off["offset"])
    return year


def _calendar_date(g: dict, start: int, text: str, r: LangRules, weekday: int | None) -> tuple[int, int, int] | None:
    """A day of another calendar the language's press dates by (``calendar_months``: fa the Solar Hijri, "۱۵ آبان
    ۱۴۰۲") as the common era's (2023-11-06), converted by ``convertdate``; a date written without its year takes
    the calendar's year the article writes nearest before it (else after it), or, with a weekday beside it, the
    year near the article's (``year_offset`` between the calendars) whose day is that weekday; with none, or a
    day the month lacks, it is None: no claim rather than a date a day or a year off."""
    cal = r.data["calendar_months"]
    raw = normalise_digits(g["cmonth"])
    month = int(raw) if raw.isdigit() else {fold(k): v for k, v in cal["months"].items()}.get(fold(g["cmonth"]))
    day = _day_number(g["day"], r) if g.get("day") else None
    if not month or not day:
        return None
    low, high = cal["years"]
    if g.get("year"):
        year = int(_group_number(g["year"], r))
    else:
        written = [(ym.start(), int(normalise_digits(ym.group("year")))) for ym in _rx(cal["year_pattern"]).finditer(text)]
        written = [(pos, y) for pos, y in written if low <= y <= high]
        before = [y for pos, y in written if pos < start]
        year = before[-1] if before else (written[0][1] if written else None)
    calendar = importlib.import_module(f"convertdate.{cal['calendar']}")
    if year is None and weekday is not None:
        # "روز سه‌شنبه ۲۷ آبان" and no year in the article: the calendar's year nearest the reference whose day
        # is that weekday, as a Gregorian "Tuesday, 18 November" reads
        years = [int(y) for y in _rx(r"(?<!\d)(?:19|20)\d\d(?!\d)").findall(normalise_digits(text))]
        ref = (max(years) if years else UNDATED_REFERENCE_YEAR) - cal["year_offset"]
        year = _year_for_weekday(month, day, weekday, ref, calendar.to_gregorian)
    if year is None or not low <= year <= high:
        return None
    try:
        gregorian = calendar.to_gregorian(year, month, day)
    except ValueError:
        return None
    if tuple(calendar.from_gregorian(*gregorian)) != (year, month, day):
        return None  # a day the month has not ("۳۱ مهر"): the conversion rolled it over
    return tuple(gregorian)


def _date_candidates(text: str, r: LangRules) -> list[_Found]:
    found: list[_Found] = []
    for pat in r.patterns["dates"]:
        for m in pat.finditer(text):
            g = m.groupdict()
            if g.get("cmonth"):
                weekday = r.weekdays.find(g["weekday"]) if g.get("weekday") else None
                parts = _calendar_date(g, m.start(), text, r, weekday)
                if parts:
                    f = _Found(m.start(), m.end(), (m.start(), m.end()), Quantity(kind="date", value=None, unit="date"))
                    f.date_parts, f.year_source, f.weekday = parts, "written", weekday
                    found.append(f)
                continue
            month_raw = g.get("month")
            if month_raw is None:
                year = _calendar_year(int(g["year"]), r) if (g.get("year") or "").isdigit() else None
                if year is not None and _YEAR_MIN <= year <= _YEAR_MAX:  # a template of a year alone: vi "quý III/2024"
                    q = Quantity(kind="date", value=f"{year:04d}", unit="date")
                    found.append(_Found(m.start(), m.end(), (m.start(), m.end()), q, year_source="written"))
                continue
            month = int(month_raw) if month_raw.isdigit() else r.months.find(month_raw)
            if not month and _ROMAN_MONTH.fullmatch(month_raw):
                month = _roman_number(month_raw)  # a month group in capital Roman numerals (pl "1 IX 2025 r.")
            if not month and r.myriad and _group_number(month_raw, r) in range(1, 13):
                month = int(_group_number(month_raw, r))  # "三月", "十二月"
            day = g.get("day")
            day_n = _day_number(day, r) if day else None
            year = int(_group_number(g["year"], r)) if g.get("year") else None  # "2024", "二〇二四"
            year = _calendar_year(year, r)  # th "15 มีนาคม 2567": the Buddhist Era's 2567 is 2024
            if year is not None and not _YEAR_MIN - 100 <= year <= _YEAR_MAX:
                continue
            garbled = _garbled_date(m, month, day_n)
            if garbled is None:
                continue
            if garbled:
                month, day_n = int(month), int(day) if day else None
            wd = r.weekdays.find(g["weekday"]) if g.get("weekday") else None
            q = Quantity(kind="date", value=None, unit="date", qualifier="garbled" if garbled else "exact")
            f = _Found(m.start(), m.end(), (m.start(), m.end()), q)
            if day_n is None:
                q.value = f"{year:04d}-{month:02d}"
                f.year_source = "written"
            else:
                f.date_parts = (year, month, day_n)
                f.year_source = "written" if year else ""
                f.weekday = wd
            found.append(f)
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            if f.end - f.start > kept[-1].end - kept[-1].start and f.start == kept[-1].start:
                kept[-1] = f
            continue
        kept.append(f)
    return kept


def _garbled_date(m: regex.Match, month: int | None, day_n: int | None) -> bool | None:
    """Whether a date match holds a day or month no calendar has ("40 мая 2005 г.", "4000 October 1918", "91月6日",
    "0月"): still that date, garbled, so a slip in it is reported; None when the match is no date at all. An odd
    day stands in a date's place when the year is written or the date goes on after it ("45 May", "3月45日", not
    "in March 45 people"), a longer run only between its month and year; a month of 13-31 written after its
    day ("05/13/2020") may be a US date, month first, so only one before its day ("13月6日") or with none is read."""
    day, month_raw = m.group("day") if "day" in m.re.groupindex else None, m.group("month")
    odd_month = month_raw.isdigit() and not 1 <= int(month_raw) <= 12
    if not month and not odd_month:
        return None
    if day and day_n is None and not day.isdigit():
        return None
    odd_day = bool(day) and day_n is None
    if not (odd_day or odd_month):
        return False
    year = m.group("year") if "year" in m.re.groupindex else None
    if odd_day and len(day) > 2 and not (year and m.start("day") < m.start("month")):
        return None
    if odd_day and not (year or m.end("day") < m.end()):
        return None
    if odd_month and int(month_raw) <= 31 and day and m.start("day") < m.start("month"):
        return None
    return True


def _day_number(day: str, r: LangRules) -> int | None:
    """A day of the month as written in a date: digits, "1er", or a word ("el dos de mayo", "primero de mayo")."""
    if day.lower() == "1er":
        n = 1
    elif day.isdigit():
        n = int(day)
    else:
        v = _group_number(day, r) or r.data.get("ordinal_words", {}).get(fold(day))
        if not v or v != int(v):
            return None
        n = int(v)
    return n if 1 <= n <= 31 else None


def _real_date(year: int, month: int, day: int) -> bool:
    """Has ``month`` of ``year`` a ``day`` (29 February)?"""
    try:
        return bool(_dt.date(year, month, day))
    except ValueError:
        return False


def _is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    """Is ``day`` of ``month`` in ``year`` a real date falling on ``weekday`` (0 = Monday)?"""
    try:
        return _dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _year_for_weekday(month: int, day: int, weekday: int, reference: int, to_gregorian=None,
                      tie_toward: int | None = None) -> int | None:
    """The year nearest ``reference`` whose ``day`` of ``month`` is ``weekday``; of two as near, the one nearer
    ``tie_toward`` (a reference the text gives may be a year it cites or a target: "the reform of 2023", "by 2028"),
    else the earlier; in another calendar, where ``to_gregorian(year, month, day)`` gives the common era's."""
    toward = reference if tie_toward is None else tie_toward
    for delta in sorted(range(-12, 13), key=lambda d: (abs(d), abs(reference + d - toward), d > 0)):
        y = reference + delta
        try:
            if _is_weekday(*(to_gregorian(y, month, day) if to_gregorian else (y, month, day)), weekday):
                return y
        except ValueError:
            continue  # a day another calendar's year lacks
    return None


def _finish_date(f: _Found, year: int | None, source: str) -> None:
    y, m, d = f.date_parts
    y = y or year
    f.year_source = f.year_source or source
    if y is None:
        f.quantity.value = f"--{m:02d}-{d:02d}"  # unknown year: never equal to a full date
        return
    try:
        _dt.date(y, m, d)
    except ValueError:
        f.quantity.ambiguous = True
    f.quantity.value = f"{y:04d}-{m:02d}-{d:02d}"


# ----------------------------------------------------------------------------------------
# numbers


def _word_value(token: str, r: LangRules) -> float | None:
    direct = r.number_words.find(token)
    if direct is not None:
        return float(direct)
    glued = _glued_words(token, r) if r.data.get("glued_number_words") and not _rx(r"\s").search(token) else None
    if glued:  # before the joiners: "dreihundertfünfzig" holds "und"
        return combine_words(glued)
    pieces = r.patterns["joiner_split"].split(token)  # the longest joiner first: bg " и " before " "
    words, seps = pieces[0::2], pieces[1::2]
    # the longest run of joined parts that is itself a number word reads as one: "quatre-vingt-quinze" is
    # "quatre-vingt" (80) and "quinze", not 4 + 20 + 15
    parts, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + 4), i + 1, -1):  # no number word joins more than four parts
            run = "".join(w + s for w, s in zip(words[i:j - 1], seps[i:j - 1])) + words[j - 1]
            if r.number_words.find(run.strip()) is not None:
                parts.append(run)
                i = j
                break
        else:
            parts.append(words[i])
            i += 1
    values = []
    for part in parts:
        if not part or not part.strip():
            continue
        v = r.number_words.find(part.strip())
        if v is not None and values and part.strip().lower() in r.approx_words:
            values = [combine_words(values) * float(v)]  # "два десятка": two tens, 20 (a collective counted)
            continue
        if v is not None:
            values.append(float(v))
            continue
        for word in part.split():  # "dos mil", "two hundred": a multiplier after a space
            v = r.number_words.find(word)
            glued = _glued_words(word, r) if v is None and r.data.get("glued_number_words") else None
            if glued:  # fi "kaksituhatta kolmesataa": glued words on either side of the space
                values.append(combine_words(glued))
                continue
            if v is None:
                return None
            values.append(float(v))
    return combine_words(values)


def _power_of_ten_unit(word: str, factor) -> tuple[str, float] | None:
    """(word, factor) of a unit word whose factor is a power of ten ("декара" 0.1, "decades" 10); None for
    any other factor ("5 minusgrader" -1)."""
    if isinstance(factor, (int, float)) and factor > 0 and factor != 1 and math.log10(factor).is_integer():
        return word.strip(), factor
    return None


def _times(x: float, mult: float) -> float:
    """A figure times the scale its unit carries, to the digits written (8.5 ‰ is 0.85 %, not 0.8500000000000001)."""
    return float(f"{x * mult:.12g}")


def _place(v: float) -> float:
    """The smallest place a round figure fills: 200 → 100, 30 → 10, 2000 → 1000; 1 for 2, 0 for 2.5."""
    if v != int(v) or v < 10:
        return 1.0 if v == int(v) else 0.0
    n, p = int(v), 1
    while n % 10 == 0:
        n, p = n // 10, p * 10
    return float(p)


# The most words one spelled number takes ("seven hundred and fifty-three thousand two hundred and ninety-nine").
_CUT_WORDS = 24


def _words_cut(tok: str, r: LangRules) -> int | None:
    """Where a run of spelled numbers joined by a joiner or a space stops being one number: a joiner
    ("and", "y", "et", "og", "и", a space) joins the next number word only when the number on its left is
    round above it and the next completes it ("two hundred and fifty", "treinta y dos", "hundred and five",
    "двести тридцать"), or multiplies it ("две тысячи", "два десятка"); "two and three", "ten and fifteen",
    "dos y tres millones" are two numbers, the first ending at the offset returned (None: one number).
    Where the language puts the unit before the ten ("{unit}und{ten}") a unit may join a round ten."""
    if not _rx(r"\s").search(tok) and r.data.get("glued_number_words") and _glued_words(tok, r):
        return None
    sep = r.patterns["number_word_gap"]
    words, i = [], 0
    for sm in sep.finditer(tok):
        if sm.start() > i:
            words.append((i, sm.start()))
        i = sm.end()
        if len(words) >= _CUT_WORDS:
            break  # no number is spelled in more words: a long run is cut within its head, so a scan stays linear
    else:
        if i < len(tok):
            words.append((i, len(tok)))
    if len(words) < 2:
        return None
    groups, i = [], 0  # the longest run of parts that is itself a number word ("quatre-vingt-quinze", "one and a half")
    while i < len(words):
        for j in range(min(len(words), i + 4), i, -1):
            v = r.number_words.find(tok[words[i][0]:words[j - 1][1]].strip())
            if v is not None:
                groups.append((words[i][0], words[j - 1][1], float(v)))
                i = j
                break
        else:
            return None  # a part that is no number word: the reading stays as it was
    pattern = (r.data.get("compound_numbers") or {}).get("pattern", "")
    unit_first = "{unit}" in pattern and pattern.find("{unit}") < pattern.find("{ten}")
    values = [groups[0][2]]
    for k in range(1, len(groups)):
        right = groups[k][2]
        word = tok[groups[k][0]:groups[k][1]].strip().lower()
        left = combine_words(values)
        ok = (right == 100 or right >= 1000 and _power_of_thousand(right) or word in r.approx_words
              or right < _place(left)
              or left in r.data.get("vigesimal_tens", ()) and 10 <= right < 20  # "soixante et onze", "quatre-vingt-onze"
              or unit_first and 1 <= left <= 9 and len(values) == 1 and 20 <= right <= 90 and right % 10 == 0)
        if ok and left == 10 and _rx(r"\p{L}").search(tok[groups[k - 1][1]:groups[k][0]]):
            ok = False  # "ten and two thousand": no language joins its teens with a word (vi "mười hai" a space)
        if ok and right < 1 and tok[groups[k - 1][0]:groups[k - 1][1]].strip().lower() in r.approx_words:
            ok = False  # "un centenar y medio": half of the collective (150, read as its half), not 100.5
        if ok and right < 1 and left >= 1000:
            ok = False  # ca "un milió i mig": half of the scale word (1.5 million, read as its half), not 1,000,000.5
        if not ok:
            return groups[k - 1][1]
        values.append(right)
    return None


def _glued_words(word: str, r: LangRules) -> list[float] | None:
    """"dreihundertfünfzig" → [3, 100, 50]: a word made of number words, cut at each step after the longest
    number word it starts with ("femtiotusen" is 50 × 1000, not fem + tio + tusen; "tvåhundrafemtio" 250),
    except a listed word that is itself made of number words of its value ("neunundvierzigtausend",
    "cinquantamila", sv "etttusen"), which is cut too, so a thousand glued last scales all before it and a
    hundred after it adds ("duecentocinquantamila": 250 × 1000, not 200 + 50,000;
    "neunundvierzigtausendeinhundert" 49,100; "åttahundraetttusen" 801,000)."""
    if len(word) > 80:
        return None
    cache = r.number_words.__dict__.setdefault("glued_cache", {})  # per table: a word's cut never changes
    if word in cache:
        return cache[word]
    cache[word] = None  # no word is made of itself
    got = None
    for end in range(len(word) - 1, 0, -1):
        v = r.number_words.find(word[:end])
        if v is None or _made_of_words(word[:end], v, r):
            continue
        rest = word[end:]
        whole = r.number_words.find(rest)
        tail = ([float(whole)] if whole is not None and not _made_of_words(rest, whole, r) else None) \
            or _glued_words(rest, r) or ([float(whole)] if whole is not None else None)
        if tail:
            got = [float(v)] + tail
            break
    if len(cache) > 8192:
        cache.clear()
    cache[word] = got
    return got


def _made_of_words(word: str, value: float, r: LangRules) -> bool:
    """A listed number word that the glued reading cuts into smaller ones of the same value
    ("neunundvierzigtausend" 49 × 1000, "etttusen" 1 × 1000; "femtio" is no fem + tio)."""
    if float(value) < 20:
        return False
    parts = _glued_words(word, r)
    return bool(parts) and len(parts) > 1 and combine_words(parts) == float(value)


_LAKH_GROUPING = regex.compile(r"(?!\p{Numeric_Value=0})\d\d?(?:,\d\d)+,\d{3}\Z")  # any script's digits: hi "१,२४,३५०"


def _core_value(m: regex.Match, r: LangRules) -> tuple[float | None, float, bool, bool, float | None] | None:
    """(value, scale, ambiguous, garbled, denominator) of a core match, None when it is no number."""
    kind = m.lastgroup
    tok = m.group()
    if kind == "garbled":
        return None, 1.0, False, True, None
    if kind in ("digits", "spaced"):
        for word in r.data.get("decimal_words", ()) if not tok.isdigit() else ():  # bn "২ দশমিক ৫": 2.5
            tok = _rx(rf"[ \u00a0]{regex.escape(word)}[ \u00a0]").sub(r.decimal, tok)
        for point in r.data.get("cjk_decimal_points", ()) if r.data.get("cjk_decimal_follow") else ():
            tok = tok.replace(point, r.decimal)  # ja "２８・４度": 28.4
        if "/" in tok and r.data.get("decimal_slash"):
            tok = tok.replace("/", r.decimal)  # fa "۳/۵": 3.5
        p = parse_digits("0" + tok if tok.startswith(".") else tok, r.decimal, r.groups)  # ".588"
        if p is None and _LAKH_GROUPING.match(tok):
            # "Rs 1,20,000", "12,50,00,000": the Indian grouping, two digits a group above the thousands
            return float(tok.replace(",", "")), 1.0, False, False, None
        if p is None:
            return None
        return p.value, 1.0, p.ambiguous, False, None
    if kind == "words":
        if fold(tok) in r.multiplier_only:
            return None  # "тысячи домов": "thousands of houses", a multiplier with no number is no figure
        if tok[:1].isupper() and _SENTENCE_GOES_ON.search(m.string, max(0, m.start() - 40), m.start()) and (
                r.data.get("glued_number_words") and r.number_words.find(tok) is None
                or not r.data.get("capitalised_nouns") and (not _title_case_line(m.string, m.start())
                                                             or _plain_word_after(m.string, m.end(), r))):
            return None  # "il Novecento", "Sedm samurajů", "Dokuz Eylül": a capital inside a sentence makes a name
        v = _word_value(tok, r)
        return (v, 1.0, False, False, None) if v is not None else None
    if kind == "fraction":
        v = r.fractions.find(tok)
        return (float(v), 1.0, False, False, 1.0) if v is not None else None
    if kind == "vulgar":
        whole = parse_digits(tok[:-1]) if len(tok) > 1 else None
        if len(tok) > 1 and whole is None:
            return None
        return (whole.value if whole else 0.0) + _VULGAR[tok[-1]], 1.0, False, False, None
    if kind == "pctprefix":
        p = parse_digits(_rx(r"^\D+").sub("", tok), r.decimal, r.groups)
        return (p.value, 1.0, p.ambiguous, False, None) if p else None
    if kind == "pctprefixw":
        v = _word_value(tok.split(None, 1)[1], r)
        return (v, 1.0, False, False, None) if v is not None else None
    if kind == "counted":
        return float(r.data["counter_number_words"][tok]), 1.0, False, False, None
    if kind == "prefixed":
        p = parse_digits(_rx(r"^\D+").sub("", tok), r.decimal, r.groups)
        return (p.value, 1.0, False, False, None) if p else None
    if kind == "vague":
        low, _high = r.table("vague_amounts").find(tok)
        return float(low), 1.0, False, False, None
    if kind == "ordword":
        v = r.data["ordinal_words"].get(fold(tok), r.data["ordinal_words"].get(tok))
        return (float(v), 1.0, False, False, None) if v is not None else None
    if kind == "phrase":
        spec = r.table("phrase_quantities").find(tok)
        return (float(spec[1]), 1.0, False, False, None) if spec else None
    if kind == "glued":
        return _glued_value(tok, r)
    if kind == "slashfrac":
        a, b = tok.split("/")
        pa, pb = parse_digits(a), parse_digits(b)
        if not pa or not pb or pb.value == 0:
            return None
        return pa.value / pb.value, 1.0, False, False, 1.0  # a share, written like "a fifth" is
    if kind == "cjkfrac":
        num = _cjk_or_digits(m.group("num"), r)
        den = _cjk_or_digits(m.group("den"), r)
        if num is None or not den:
            return None
        return num / den, 1.0, False, False, 1.0  # "五分之一" is the share 0.2, as "a fifth" / "un quinto"
    if kind in ("cjk", "cjkapprox"):
        pair = _adjacent_pair(tok, r)
        if pair is not None:
            return pair[1], 1.0, False, False, None
        if kind == "cjkapprox":
            return None
    if kind in ("cjk", "cjkpct", "cjkmixed"):
        body = "".join(tok.replace(",", "").replace("，", "").split()) if kind == "cjkmixed" else tok
        for pre in r.data.get("percent_before", []):
            if body.startswith(pre):
                body = body[len(pre):]
        if (kind == "cjk" and body[0] in r.cjk_multipliers and body[0] not in r.initial_multipliers
                and not (len(body) > 1 and body[0] in r.data.get("leading_multipliers", [])
                         and r.cjk_multipliers.get(body[-1], 0) >= 1e4)
                and not _bare_multiplier(m, r)):
            return None  # "万", "千万" (by all means), "百" alone are words; "百億", "十五", "逾千" are numbers
        if not any(ch.isdigit() or ch in r.cjk_digits or ch in r.cjk_multipliers for ch in body):
            return None
        points = r.data.get("cjk_decimal_points", [])
        if kind in ("cjkpct", "cjk") and any(pt in body for pt in points):  # "五点一": digits after the point, one by one
            whole, frac = regex.split("|".join(map(regex.escape, points)), body, maxsplit=1)
            if kind == "cjk":
                return _cjk_decimal_value(whole, frac, r)
            head = parse_cjk(whole, r.cjk_digits, r.cjk_multipliers) if whole else (0.0, 1.0)
            digits = [r.cjk_digits.get(ch, int(ch) if ch.isdigit() else None) for ch in frac]
            if head is None or None in digits:
                return None
            return head[0] + float("0." + "".join(str(int(x)) for x in digits)), 1.0, False, False, None
        res = parse_cjk(body, r.cjk_digits, r.cjk_multipliers)
        if res is None:
            return None
        return res[0], res[1], False, False, None
    return None


_SPACES = regex.compile(r"\s+")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}


# a word or comma before the figure on the same line: a line break ends a headline or a paragraph
_SENTENCE_GOES_ON = regex.compile(r"[\p{L}\p{N},;][^\S\n]*\Z")


def _plain_word_after(text: str, pos: int, r: LangRules) -> bool:
    """A lowercase word that is no grammar word follows: no Title Case Headline goes on so ("The Group of
    Seven met in Italy": a short line of names, still a sentence)."""
    w = _rx(r"[ \u00a0]+(\p{Ll}[\p{L}\p{M}]*)").match(text[pos:pos + 40])
    return bool(w) and w.group(1) not in r.stopwords


def _glued_multiplier(v: float) -> float:
    """The hundred or power of a thousand a one-word number ends in, its digit before it ("dreihundert" 300,
    "tremila" 3,000, "trescientas" 300: 100, 1,000), where it is a digit times that; else 0."""
    for mult in (1e9, 1e6, 1000.0, 100.0):
        if v >= 2 * mult and v % mult == 0 and v / mult < 10:
            return mult
    return 0.0


def _title_case_line(text: str, pos: int) -> bool:
    """A Title Case Headline capitalises most words, so a capital there says nothing of a name: most
    words of four letters or more outside the capitalised run at ``pos`` (the name itself) are capitalised."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    words = [(mm.start(), mm.group()) for mm in _rx(r"\p{L}[\p{L}\p{M}'’-]*").finditer(text[start:end])]
    at = next((i for i, (s, _) in enumerate(words) if start + s >= pos), len(words))
    lo, hi = at, at
    while lo > 0 and words[lo - 1][1][0].isupper():
        lo -= 1
    while hi < len(words) and words[hi][1][0].isupper():
        hi += 1
    rest = [w for _, w in words[:lo] + words[hi:] if len(w) >= 4]
    return sum(w[0].isupper() for w in rest) > 0.6 * len(rest) if rest else True


def _bare_multiplier(m: regex.Match, r: LangRules) -> bool:
    """A multiplier alone ("千", "百", "千万") counts one of itself only beside a bound ("逾千人", "近百人",
    "百余人"): elsewhere it is part of a word ("千万别", "百姓", "千岛湖")."""
    before, after = r.patterns.get("bare_multiplier_before"), r.patterns.get("bare_multiplier_after")
    return (bool(before and before.search(m.string, max(0, m.start() - 12), m.start()))
            or bool(after and after.match(m.string, m.end())))


def _glued_value(tok: str, r: LangRules):
    """"zehnjährige" → 10: the number stem of a one-word compound of number and unit."""
    low = tok.lower()
    for stem, v in sorted(r.data["glued_number_units"]["stems"].items(), key=lambda kv: -len(kv[0])):
        if low.startswith(stem.lower()):
            return float(v), 1.0, False, False, None
    return None


def _glued_unit(tok: str, r: LangRules) -> str | None:
    low = tok.lower()
    spec = r.data["glued_number_units"]
    for stem in sorted(spec["stems"], key=len, reverse=True):
        if low.startswith(stem.lower()):
            rest = low[len(stem):]
            for suffix, unit in sorted(spec["suffixes"].items(), key=lambda kv: -len(kv[0])):
                if rest.startswith(suffix.lower()):
                    return unit
    return None


def _is_currency_code(reading: str | None) -> bool:
    return bool(reading) and len(reading) == 3 and reading.isalpha() and reading.isupper()


def _myriads_after(text: str, pos: int, r: LangRules) -> tuple[float, int]:
    """The myriad characters right after ``pos`` ("亿", "億", "兆", "万亿") as one multiplier, and where they end."""
    mult, end = 1.0, pos
    while r.myriad and end < len(text) and r.cjk_multipliers.get(text[end], 0) >= 1e4:
        mult, end = mult * r.cjk_multipliers[text[end]], end + 1
    return mult, end


def _cjk_decimal_value(whole: str, frac: str, r: LangRules):
    """A Han decimal ("三点五" 3.5, "一点二亿" 1.2e8): the digits after the point one by one, then a myriad."""
    tail = frac.lstrip("".join(r.cjk_digits))
    frac = frac[:len(frac) - len(tail)]
    head = parse_cjk(whole, r.cjk_digits, r.cjk_multipliers)
    mult = parse_cjk("一" + tail, r.cjk_digits, r.cjk_multipliers) if tail else (1.0, 1.0)
    if head is None or mult is None or not frac:
        return None
    value = (head[0] + float("0." + "".join(str(r.cjk_digits[ch]) for ch in frac))) * mult[0]
    return float(f"{value:.12g}"), max(head[1], mult[1]), False, False, None


def _adjacent_pair(tok: str, r: LangRules) -> tuple[float, float] | None:
    """Two neighbouring numerals side by side, before a multiplier or closing the figure, are a span (zh "两三百"
    200–300, "四五十" 40–50, "一百五六十" 150–160, "十二三" 12–13; ja "二、三十" 20–30, "2、3百" 200–300, with an
    ``approx_pair_marks`` mark between them): (low, high), None when the figure is no such pair ("十一", "一二三",
    "二〇一二")."""
    body = tok
    for mark in r.data.get("approx_pair_marks", []):
        body = body.replace(mark, "")
    if len(body) < 2:
        return None
    vals = [r.cjk_digits.get(ch, int(normalise_digits(ch)) if normalise_digits(ch).isdigit() else None) for ch in body]
    for i in range(len(body) - 1):
        a, b = vals[i], vals[i + 1]
        if a is None or b is None or not (1 <= a <= 8 and b == a + 1):
            continue
        before_ok = i == 0 or body[i - 1] in r.cjk_multipliers
        after = body[i + 2] if i + 2 < len(body) else None
        if not before_ok or (after is not None and after not in r.cjk_multipliers):
            return None
        if after is None and i == 0 and body != tok:
            return None  # ja "3月2、3日": two days, no span; a marked pair needs its multiplier
        low = parse_cjk(body[:i + 1] + body[i + 2:], r.cjk_digits, r.cjk_multipliers)
        high = parse_cjk(body[:i] + body[i + 1:], r.cjk_digits, r.cjk_multipliers)
        return (low[0], high[0]) if low and high and low[0] < high[0] else None
    return None


def _cjk_or_digits(tok: str, r: LangRules) -> float | None:
    if tok.isdigit():
        return float(tok)
    res = parse_cjk(tok, r.cjk_digits, r.cjk_multipliers)
    return res[0] if res else None


@dataclass
class _Reading:
    """The state one figure's readers share while they build its quantity."""

    m: regex.Match
    core_kind: str
    cs: int
    ce: int
    start: int
    pos: int
    value: float | None
    garbled: bool = False
    quantity: Quantity | None = None
    qualifier: str = "exact"
    scale_qualifier: str = ""
    unit_found: bool = False
    currency: str | None = None
    glued_letter_ok: bool = False
    is_year: bool = False
    collective: bool = False  # a collective numeral ("une dizaine"): about its figure, read as a span
    case_hyphened: bool = False  # hu "15-öt": a case ending hyphened to the figure, whose noun is left out


@dataclass
class _Stop:
    """A reader's verdict that ends the reading: the claim, or None for no claim."""

    result: "_Found | None"


@dataclass
class _LookupMatch:
    """What a pattern match offers the readers, for a phrase found by table lookup."""

    phrase: str
    begin: int
    finish: int

    def group(self, name: str = "x") -> str:
        return self.phrase

    def start(self, name: str = "x") -> int:
        return self.begin

    def end(self, name: str = "x") -> int:
        return self.finish


class _Scanner:
    def __init__(self, text: str, r: LangRules):
        self.text = text
        self.r = r
        self.p = r.patterns
        self.skipped: list[tuple[int, int, str]] = []  # numbers considered and not claimed, with the reason
        self.resume = 0  # where a skipped reading that took its scale word ends (a rate's base)
        self.claimed_until = 0  # where the figure read before ends: its words are no part of the next one
        self._currency_cues: dict[tuple[str, str], str | None] = {}  # (symbol or word, table's code) -> reading
        self.open_words: dict[str, tuple[str, tuple[str, ...]]] = {}  # word -> (reading, others): no place picked
        self._codes_scaled: dict[str, bool] = {}  # ISO code -> written before a scaled figure in the article
        self._signs_scaled: dict[str, bool] = {}  # code or sign -> written right before a scaled figure
        self._subunits = _subunit_names(r)

    @cached_property
    def _lower(self) -> str:
        """The article lowercased, for the cues that say which currency a shared symbol or word stands for."""
        return self.text.lower()

    @cached_property
    def _qualified_codes(self) -> frozenset[str]:
        """The currencies the article writes out by a name of several words ("danske kroner", "norska kronor"): the
        ones its bare shared word may be told in (``_told_in_other``)."""
        return frozenset(code for phrase, code in self.r.data.get("currency_words", {}).items()
                         if code and " " in phrase and phrase.lower() in self._lower)

    def _told_in_other(self, code: str, other: str, word: str) -> bool:
        """Is the article's money told in ``other``, so that its bare ``word`` means that one? It writes ``other``
        out by name more often than it writes ``code`` out and the bare word together, and it writes ``code`` out
        only right after an amount of ``other`` or of the bare word, in brackets or after a conversion word: a Danish
        story on Oslo's budget in "norske kroner", "(ca. 23.900 danske kroner)", "svarende til 9,1 mia. danske
        kroner". A list of prices in both ("500 norska kronor, i Stockholm 450 svenska kronor") is no conversion, and
        a Swedish article that converts one Danish sum and then prices a fare in bare "kronor" keeps its own."""
        def names(c: str) -> regex.Pattern | None:
            phrases = sorted((p.lower() for p, k in self.r.data.get("currency_words", {}).items() if k == c and " " in p),
                             key=len, reverse=True)
            return _rx(r"(?<!\w)(?:" + "|".join(map(regex.escape, phrases)) + r")(?!\w)") if phrases else None
        own_names, other_names = names(code), names(other)
        if own_names is None or other_names is None:
            return False
        bare = _rx(r"\d\S*\s(?:\S+\s)?" + regex.escape(word) + r"(?!\w)")
        own = [m.start() for m in own_names.finditer(self._lower)]
        others = sum(1 for _ in other_names.finditer(self._lower))
        unnamed = other_names.sub(lambda m: " " * len(m.group()), own_names.sub(lambda m: " " * len(m.group()), self._lower))
        if not own or others <= len(own) + sum(1 for _ in bare.finditer(unnamed)):
            return False
        markers = self.r.data.get("conversion_markers", [])
        for at in own:
            window = self._lower[max(0, at - 90):at]
            ends = [m.end() for m in other_names.finditer(window)] + [m.end() for m in bare.finditer(window)]
            if not ends:
                return False
            gap = window[max(ends):]
            if not ("(" in gap or any(_rx(r"(?<!\w)" + regex.escape(w) + r"(?!\w)").search(gap) for w in markers)):
                return False
        return True

    def _bracketed_age(self, start: int, end: int) -> bool:
        """ko "한도윤(29·탐라개발)": after a name and its bracket (``age_left``), a figure and a middle dot before
        what the person belongs to (``age_affiliation``) is the person's age, no label."""
        p = self.p
        return (p.get("age_affiliation") is not None and p["age_left"] is not None
                and bool(p["age_left"].search(self.window(start))) and bool(p["age_affiliation"].match(self.text, end)))

    def _currency_of_symbol(self, symbol: str) -> str | None:
        """The currency a symbol stands for here: the table's, unless the symbol is one several
        currencies share and the article names one of them ("¥" with "yuan" in the text is CNY); where the table's
        own currency is listed too and the article names it, it holds (es "$" in a story naming Estados Unidos stays
        USD, though it names México too)."""
        code = self.r.currency_before.find(symbol)
        shared = self.r.data.get("ambiguous_symbols", {}).get(symbol)
        if shared and (symbol, code) not in self._currency_cues:
            marked = self._marks_table_currency(symbol)
            own = not marked and any(w in self._lower for w in shared.get(code, ()))
            other = None if own else next(
                (other for other, words in shared.items() if other != code and any(w in self._lower for w in words)),
                None)
            if not own and other is None and marked:
                other = self._named_home(symbol, code)
                if other is None:
                    # no one home named: one of the sign's other currencies, open to the rest
                    homes = self._marked_homes(symbol, code)
                    if homes:
                        other = homes[0]
                        self.open_words[symbol.lower()] = (other, tuple(homes[1:]))
            elif other is not None and code and not marked:
                # "$" read as CAD for a "Vancouver-based" firm; an article that marks the table's own ("US$") has said
                # its bare sign is not that one
                self._open_to_table(symbol, other, code)
            self._currency_cues[(symbol, code)] = other or code
        return self._currency_cues.get((symbol, code), code)

    def _marks_table_currency(self, symbol: str) -> bool:
        """Does the article write the table's currency with a mark of its own before a figure (``marked_symbols``:
        es "US$ 289,7 millones", "U$S 40")? Then its bare symbol is another currency: "$420.000 millones" in
        that article is the peso."""
        marks = self.r.data.get("marked_symbols", {}).get(symbol)
        return bool(marks) and any(regex.search(r"(?<![\p{L}])" + regex.escape(m) + r"\s?\d", self.text,
                                                flags=regex.IGNORECASE) for m in marks)

    def _named_home(self, symbol: str, code: str | None) -> str | None:
        """The one currency other than ``code`` whose home the article names by a country or a city CLDR knows
        (``symbol_places``: "Mendoza" for ARS), as whole words, among the currencies the language's press writes
        with the bare sign beside a marked one (``marked_symbol_homes``: en "US$" beside "$" for Canadian, Australian
        or Singapore dollars, never pesos, which an English wire names in words); None where none or several."""
        allowed = self.r.data.get("marked_symbol_homes", {}).get(symbol)
        homes = [other for other, found in (self.p.get("symbol_places") or {}).get(symbol, ())
                 if other != code and (allowed is None or other in allowed) and found.search(self._lower)]
        return homes[0] if len(homes) == 1 else None

    def _marked_homes(self, symbol: str, code: str | None) -> list[str]:
        """The currencies other than ``code`` that the bare sign may be, in an article that marks ``code``'s own
        (``marked_symbols``) and names no one home: those the language's press writes so (``marked_symbol_homes``),
        narrowed to the ones a currency word of the article names ("devaluó el peso": the pesos); sorted; none where
        the article names the table currency's own home."""
        allowed = self.r.data.get("marked_symbol_homes", {}).get(symbol)
        places = (self.p.get("symbol_places") or {}).get(symbol, ())
        if any(other == code and found.search(self._lower) for other, found in places):
            return []  # "The Chicago fund raised US$8 million after raising $5 million": the table's home named
        homes = {other for other, _ in places if other != code and (allowed is None or other in allowed)}
        worded = {c for word, shared in self.r.data.get("ambiguous_currency_words", {}).items()
                  if regex.search(r"(?<![\p{L}])" + regex.escape(word.lower()) + r"(?![\p{L}])", self._lower)
                  for c in shared} & homes
        return sorted(worded or homes)

    def _code_before_scaled(self, code: str) -> bool:
        """Does the article write this ISO code, or symbol of letters (a currency only before a scaled figure,
        ``currency_before_need_scale``), before a scaled figure somewhere? Then it is the article's currency before a bare one too: "a subsidy of
        EGP 1.8 billion" makes "tickets rise from EGP 8 to EGP 10" money, where "RON 95" alone stays a fuel grade."""
        iso = len(code) == 3 and code.isupper()
        if not iso and not (len(code) >= 2 and code.isalpha()):
            return False  # "R", "P": one letter before a bare figure is a name whatever the article says
        if code not in self._codes_scaled:
            # a symbol of letters ("Sh") by its own scaled figures alone: "Sh64.5 billion" makes "up to Sh40,000"
            # shillings; the country named is no evidence for it
            self._codes_scaled[code] = self._written_before_scaled(code) or (iso and self._names_currency_country(code))
        return self._codes_scaled[code]

    def _written_before_scaled(self, code: str) -> bool:
        """Does the article write ``code`` (a code or a sign) right before a scaled figure somewhere ("EGP 1.8
        billion", "N5.4 trillion")?"""
        if code not in self._signs_scaled:
            self._signs_scaled[code] = any(
                self.match("scale", m.end()) or self.match("suffix_scale", m.end())
                for m in regex.finditer(r"(?<![\w])" + regex.escape(code) + r"\s?\d[\d.,]*\s?", self.text))
        return self._signs_scaled[code]

    def _letter_sign_here(self, letter: str, st: "_Reading") -> bool:
        """Is a one-letter sign glued to a grouped or decimal figure ("N1,340 per litre", "R3.50") money, where the
        article writes that letter before a scaled figure too ("N5.4 trillion")? A name's number is written bare
        ("N95", "R2 road")."""
        return len(letter) == 1 and bool(regex.search(r"\d[.,]\d", self.text[st.cs:st.ce])) and \
            self._written_before_scaled(letter)

    def _names_currency_country(self, code: str) -> bool:
        """Does the article name the country of the currency whose ISO code this is (the country words
        ``ambiguous_currency_words`` keeps for it: "egypt", "cairo" for EGP)? A story about Egypt writes "EGP 150"
        for money; a code that is also a grade before a bare figure (``codes_never_bare``: "RON 95") never is."""
        if code in self.r.entries("codes_never_bare"):
            return False
        return any(w in self._lower for w in self.p["currency_country_words"].get(code, ()))

    def _most_named(self, shared: dict[str, list[str]], hits: list[str]) -> str | None:
        """Of the currencies whose countries the article names, the one whose country words it writes most often,
        where one leads; None on a tie."""
        counts = {c: sum(self._lower.count(w.lower()) for w in shared[c]) for c in hits}
        top = max(counts.values(), default=0)
        leaders = [c for c, n in counts.items() if n == top]
        return leaders[0] if len(leaders) == 1 else None

    def _open_to_table(self, written: str, picked: str, code: str) -> None:
        """A currency picked from the article's words alone stays open to the table's own reading where another
        version writes that currency ("$" read as CAD for a "Vancouver-based" firm against es "1,850 mdd"); an
        article that writes the picked currency out ("Canadian dollars") has said which."""
        if picked not in self._qualified_codes:
            self.open_words[written.lower()] = (picked, (code,))

    def _currency_of_word(self, word: str, code: str | None, scaled: bool = False) -> str | None:
        """The currency a currency word stands for here (``ambiguous_currency_words``): the table's, unless the
        word is one several currencies share and the article names the country of exactly one other of them and not
        the table's (ar "175 ألف ريال" in a story about Iran is IRR; in one about Riyadh, or naming both, SAR). A word
        with no reading of its own that names one currency only is that currency after a scale word, where no
        country is named ("412,5 millions de lei", CLDR's "lei roumains"): a sum in millions of it is money."""
        shared = self.r.data.get("ambiguous_currency_words", {}).get(word.lower())
        if not shared or code is None:
            return code or None
        if (word.lower(), code) not in self._currency_cues:
            hits = [c for c, words in shared.items() if any(w.lower() in self._lower for w in words)]
            named = [c for c in shared if c and c != code and c in self._qualified_codes]
            if code and len(named) == 1 and self._told_in_other(code, named[0], word.lower()):
                # a story told in another crown ("norske kroner") means that one by the bare word: "3,8 mia. kr."
                self._currency_cues[(word.lower(), code)] = named[0]
            else:
                # a word with no reading of its own ("" : de "Kronen", en "crowns") is the one crown the article names;
                # of several, the one it names most ("Jujuy, na Argentina" twice, "fronteira com o Chile" once)
                lead = hits[0] if len(hits) == 1 else self._most_named(shared, hits) if code not in hits else None
                self._currency_cues[(word.lower(), code)] = (code if code in hits or lead is None else lead) or None
            picked = self._currency_cues[(word.lower(), code)]
            if not hits and code and any(shared.values()):  # a word of no country cues ("kr.") is never open
                self.open_words[word.lower()] = (code, tuple(c for c in shared if c and c != code))
            elif code and picked and picked != code and len(hits) == 1:
                # fr "dollars" read as CAD for a firm "coté à Toronto"
                self._open_to_table(word, picked, code)
            elif len(hits) > 1 and picked and picked in hits:
                # the countries of two other readings named, not the table's: the one named most, open to the others
                # and to the table's ("pesos" in a Jujuy story that names Chile once)
                self.open_words[word.lower()] = (picked, tuple(c for c in (code, *hits) if c and c != picked))
            elif len(hits) > 1 and code and code not in hits:
                # the countries of two other readings named as often, not the table's (ur "روپے" in a story from
                # Patna that names India and Nepal): the table's reading stays, open to theirs
                self.open_words[word.lower()] = (code, tuple(c for c in hits if c))
        cue = self._currency_cues[(word.lower(), code)]
        if cue is None and scaled and code == "":
            only = [c for c in shared if c]
            return only[0] if len(only) == 1 else None
        return cue

    def _ambiguous_reading(self, phrase: str, default: str | None, start: int, end: int) -> str | None:
        """The reading of a unit word that names several things ("pounds": GBP or lb), from the cues of its
        sentence (``ambiguous_units``): another reading only when its cues are there and the default's are not."""
        readings = self.p["ambiguous_units"].find(phrase) if self.p.get("ambiguous_units") else None
        if not readings:
            return default
        lo = start
        while lo > max(0, start - 300) and not _SENTENCE_BREAK.match(self.text, lo - 1):
            lo -= 1
        brk = _SENTENCE_BREAK.search(self.text, end, min(len(self.text), end + 300))
        sentence = self.text[lo:brk.start() if brk else min(len(self.text), end + 300)]
        hits = [reading for reading, cues in readings.items() if cues.search(sentence)]
        if "°" in readings and "°" not in hits and _WRITTEN_TEMPERATURE.search(sentence):
            hits.append("°")  # "The average was 30.4C, 1.6 degrees above normal": a degree beside a temperature
        if default in hits or len(hits) != 1:
            return default
        return hits[0]

    def _set_phrase(self, st):
        """The ``set_phrases`` entry that holds the number: one that starts with it ("三番五次", "两家公司") or that
        starts before it and covers it (a sport's name, zh "冬季两项" biathlon, "铁人三项" triathlon; nl "record voor
        één editie"), where the number alone ("两项比赛": two events) stays a count."""
        sp = self.p["set_phrase"]
        if sp is None:
            return None
        hit = sp.match(self.text, st.cs)
        if hit is not None:
            return hit
        reach = max(map(len, self.r.data.get("set_phrases", [])), default=0)
        for pos in range(st.cs - 1, max(0, st.cs - reach) - 1, -1):
            hit = sp.match(self.text, pos)
            if hit is not None and hit.end() >= st.ce:
                return hit
        return None

    def _index_level(self, st) -> int | None:
        """The end of the mark of points after a figure that an ``index_level`` verb stands before (zh "报38912.40点",
        "收于3050点", "涨至18000点", "下跌120点"): an index's level or move in points, a count as en "fell 1.2% to
        38,912.40" and "at 38,460 points" read, no label ("12点" alone stays one)."""
        before = self.p.get("index_level_before")
        if before is None or not before.search(self.window(st.cs)):
            return None
        after = self.p["index_level_after"].match(self.text, st.ce) if self.p.get("index_level_after") is not None else None
        return after.end() if after else None

    def _counted_before_label(self, cs: int) -> bool:
        """Does a total or a bound stand right before the figure (``counted_before_label``: ja "計682便", "約680便"
        flights), so that a `not_after` mark that is also a classifier counts, where alone it names ("日航123便": a
        flight's number)?"""
        before = self.p.get("counted_before_label")
        return before is not None and bool(before.search(self.window(cs)))

    def _skip_set_phrase(self, st, spm):
        """Skip a ``set_phrases`` entry as a whole, so that no figure inside it is read ("三番五次")."""
        self.resume = max(st.ce, spm.end())
        return self._skip(st.cs, self.resume, "set phrase")

    def _skip(self, start: int, end: int, reason: str) -> None:
        self.skipped.append((start, end, reason))
        return None

    def window(self, end: int) -> str:
        return self.text[max(0, end - _LEFT_WINDOW):end]

    def match(self, name: str, pos: int, scaled: bool = False):
        pat = self.p.get(name)
        m = pat.match(self.text, pos) if pat is not None else None
        if name == "currency_after" and self.p.get("currency_words_lookup") is not None:
            # the longer of a written currency word and a CLDR name: "dólares" is USD, but
            # "dólares australianos" (a name the supplement does not write) is AUD
            named = self._looked_up(pos, *self.p["currency_words_lookup"])
            if named is not None and (m is None or named.end() > m.end()):
                return named
        if name == "currency_after" and m is not None and self.r.currency_after.find(m.group("x")) == "" \
                and self._currency_of_word(m.group("x"), "", scaled) is None:
            return None  # a bare crown ("Kronen", "crowns") in an article naming no one crown country: no currency
        if name == "currency_after" and m is not None and self._currency_verb(pos, m.start("x")):
            return None  # en "who in 2016 won the presidency", "won his third title": the verb, no KRW
        return m

    def _scaled_money_after(self, end: int) -> bool:
        """A scale word and then a currency right after a figure ("3,2 mld zł", "2.5 billion euros"): an amount of
        money, never a reference number, whatever word stands before the figure."""
        sm = self.match("scale", end) or self.match("suffix_scale", end)
        return sm is not None and sm.end() > end and self.match("currency_after", sm.end()) is not None

    def _currency_verb(self, end: int, word: int) -> bool:
        """A currency word that is also a verb (``currency_verbs``: en "won") is the verb where the words after it
        say so ("won the", "won his", "won 3 games"), or after a bare year where they are no price's ("in 2016 won
        re-election"; "2016 won a kilogram" stays money)."""
        p = self.p
        if p.get("currency_verb_after") is not None and p["currency_verb_after"].match(self.text, word):
            return True
        return bool(p.get("currency_verb_after_year") is not None and _BARE_YEAR_END.search(self.text, max(0, end - 6), end)
                    and p["currency_verb_after_year"].match(self.text, word))

    def _looked_up(self, pos: int, pattern, table: "Lookup"):
        """The longest run of the words at ``pos`` that ``table`` holds (CLDR currency names), as a match."""
        m = pattern.match(self.text, pos)
        if m is not None and not self.r.word_boundaries:
            # zh/ja/ko: the name is glued to the words after it ("42億香港ドルを", "42억 홍콩달러를"), and CLDR may
            # space it ("홍콩 달러"): the longest leading run of letters the table holds, written with or without spaces
            x = m.group("x")
            unspaced = table.unspaced()
            for n in range(min(len(x), table.longest_unspaced), 1, -1):
                key = unspaced.get(fold(x[:n]).replace(" ", "")) if x[n - 1] != " " else None
                if key is not None:  # the phrase as the table writes it, so that the currency table finds it
                    return _LookupMatch(key, m.start("x"), m.start("x") + n)
            return None
        if m is None or m.group("x").split(None, 1)[0].lower().rstrip(".,") not in table.first_words:
            return None
        words = list(_rx(r"[^ \u00a0]+").finditer(m.group("x")))
        for n in range(len(words), 0, -1):
            phrase = m.group("x")[:words[n - 1].end()]
            if table.find(phrase) is not None:
                return _LookupMatch(phrase, m.start("x"), m.start("x") + len(phrase))
            stripped = phrase.rstrip(".,")
            if stripped != phrase and table.find(stripped) is not None:
                return _LookupMatch(stripped, m.start("x"), m.start("x") + len(stripped))
        return None

    def read(self, m: regex.Match) -> _Found | None:
        """Build one quantity around the core ``m``; None when it claims nothing.

        Named readers run in turn over one ``_Reading``: what the number itself is (guards), its
        scale, spelled-number rules, units, ratios and shares, ranges, the words on its left, and
        the finish (ages, years, names, the counted noun).  A reader returns ``_Stop(result)`` to
        end the reading early."""
        got = _core_value(m, self.r)
        if got is None:
            return None
        value, scale, ambiguous, garbled, denominator = got
        cs, ce = m.span()
        if self.skipped and self.skipped[-1][2] == "product name" and self.skipped[-1][0] < cs < self.skipped[-1][1]:
            return None  # the rest of a name already skipped ("7-Eleven": "Eleven")
        if m.lastgroup == "slashfrac" and self._slash_idiom(m, value):
            return self._skip(cs, ce, "set phrase")  # "24/7", "9/11": an idiom, no share
        special = self._read_special(m, value)
        if special is not None:
            return special or None
        kind = "cjk" if m.lastgroup == "cjkapprox" else m.lastgroup
        st = _Reading(m=m, core_kind=kind, cs=cs, ce=ce, start=cs, pos=ce, value=value, garbled=garbled)
        stop = self._read_guards(st)
        if stop is not None:
            return stop.result
        st.quantity = Quantity(kind="count", value=st.value, unit=None, scale=scale, ambiguous=ambiguous, garbled=garbled)
        pair = _adjacent_pair(m.group(), self.r) if kind == "cjk" else None
        if pair is not None:  # "两三百", "二、三十": a span, read as ranges are (the upper end, up_to)
            st.quantity.low, st.quantity.high, st.qualifier = pair[0], pair[1], "up_to"
        if denominator is not None:  # "a third of", "五分之一": a share of a whole, in percent
            st.value = float(f"{st.value * 100:.10g}")
            st.quantity.kind, st.quantity.unit, st.quantity.value = "percent", "%", st.value
        if st.core_kind in ("cjkpct", "pctprefix", "pctprefixw"):
            st.quantity.kind, st.quantity.unit = "percent", "%"
            ppb = self.p.get("pp_before_prefix") if st.core_kind != "cjkpct" else None
            pm = ppb.search(self.window(st.start)) if ppb is not None else None
            if pm:  # sw "pointi za asilimia 0.5": a `pp_words` phrase that ends in the percent word, percentage points
                st.quantity.unit = "pp"
                st.start -= len(self.window(st.start)) - pm.start()
            elif st.core_kind == "pctprefix" and _rx(r"\s*[\d\p{Nd}].*$").sub("", m.group()).lower() in self.p["pp_word_set"]:
                st.quantity.unit = "pp"  # si "ප්‍රතිශත ඒකක 0.6": a `percent_prefix` entry that is a `pp_words` one
        part = self._fraction_of(ce, kind == "fraction") if kind == "fraction" or kind == "words" and 0 < (value or 0) < 1 else None
        if part:  # "a quarter of a million" 250,000, "half a percentage point" 0.5 pp: a part of a scale or a point
            mult, st.pos = part
            st.value = float(f"{value * (mult or 1):.10g}")
            st.quantity.kind, st.quantity.unit = ("count", None) if mult else ("percent", "pp")
            st.quantity.value, st.quantity.scale = st.value, mult or 1.0
        st.unit_found = st.quantity.kind in ("ratio", "percent")
        for reader in (self._read_scale, self._read_number_words, self._read_units, self._read_ratio,
                       self._read_range, self._read_left):
            stop = reader(st)
            if stop is not None:
                return stop.result
        return self._finish(st)

    def _read_guards(self, st: "_Reading") -> "_Stop | None":
        """What the number itself is: a time, a footnote, an ordinal, a code, a label, a reference, a sign."""
        r, text, m = self.r, self.text, st.m
        if self.p.get("negative_around") is not None and self.p["negative_around"].match(text, st.cs):
            return _Stop(self._skip(st.cs, st.ce, "word"))  # the zero of "शून्य से 5 डिग्री नीचे", no range from it
        co = self._compound_ordinal(st) if st.core_kind == "words" else None
        if co:  # "the twenty-second time", "la vingt-deuxième fois", "в двадцать второй раз": one ordinal, not a ten
            n, found = len(self.skipped), self._ordinal(st.cs, co[0], co[1])
            if found is not None or not self.match("duration", st.ce):
                return _Stop(found)
            del self.skipped[n:]  # "a thirty-second ad": the ordinal is also a unit of time, read as seconds
        # times (10:30, 9h30), footnote markers [1], version numbers
        if st.core_kind in ("digits", "cjk") and self.p.get("anniversary") is not None:
            ann = self._anniversary(st.cs, st.ce, st.value)
            if ann is not None:
                return _Stop(ann)  # "40th anniversary", "60周年": years since, a claim
        if st.core_kind == "digits" and self.p.get("ordinal_prefix") is not None:
            op = self.p["ordinal_prefix"].search(self.window(st.cs))
            if op:  # "posisi ke-3", "HUT ke-80": an ordinal, its mark before the digits
                return _Stop(self._ordinal(st.cs - (len(self.window(st.cs)) - op.start()), st.ce, st.value))
        if self._quoted_title(st.cs):
            return _Stop(self._skip(st.cs, st.ce, "title"))  # bg "Вестник „24 часа“", uk "Роман «Сто років самотності»"
        if st.core_kind == "digits" and self._house_number(st.cs, st.ce):
            return _Stop(self._skip(st.cs, st.ce, "house number"))  # "вул. Хрещатик, 22", "Aleksanterinkatu 5:ssä"
        if st.core_kind in ("digits", "spaced"):
            if ((_TIME.match(text, st.ce) and not (len(m.group()) == 4 and _YEAR_MIN <= (st.value or 0) <= _YEAR_MAX))
                    or (st.cs >= 1 and text[st.cs - 1] == ":" and st.cs >= 2 and text[st.cs - 2].isdigit())):
                return _Stop(self._skip(st.cs, st.ce, "time or code"))
            if st.cs >= 1 and text[st.cs - 1] == "[" and text[st.ce:st.ce + 1] == "]":
                return _Stop(self._skip(st.cs, st.ce, "footnote mark"))
            om = r.patterns["ordinal"].match(text, st.ce) if r.patterns["ordinal"] is not None else None
            if om and not (text[st.ce:st.ce + 1] in "-‐" and len(m.group()) == 4 and m.group().isdigit()
                           and _YEAR_MIN <= (st.value or 0) <= _YEAR_MAX
                           and not (self.p["rank_after"] is not None and self.p["rank_after"].match(text, om.end()))):
                return _Stop(self._ordinal(st.cs, om.end(), st.value))
            if om:
                st.pos = om.end()  # "з 2014-го", "в 2024-м году": a year with its case ending, read as the year
            dord = self.p["digit_ordinal"].match(text, st.ce) if self.p["digit_ordinal"] is not None else None
            if dord and self.p["rank_after"] is not None and self.p["rank_after"].match(text, dord.end() + 1):
                return _Stop(self._ordinal(st.cs, dord.end() + 1, st.value))  # "34. Minute", "3.º puesto"
            if st.cs >= 1 and text[st.cs - 1] in "#№":
                return _Stop(self._skip(st.cs, st.ce, "reference number"))
            if len(m.group()) > 1 and m.group()[0] in "0０" and m.group()[1].isdigit():
                return _Stop(self._skip(st.cs, st.ce, "code"))  # "03", "007": codes and clock digits, not amounts
            if (self.p["rank_after"] is not None and self.p["rank_after"].match(text, st.ce) and r.data.get("rank_nouns_after_digits")
                    and not self._currency_over_rank(st.ce)):
                return _Stop(self._ordinal(st.cs, st.ce, st.value))  # "8号機", "第3位"; ko "4499위안" is yuan
            if self.p["rank_after_bare"] is not None and self.p["rank_after_bare"].match(text, st.ce):
                return _Stop(self._ordinal(st.cs, st.ce, st.value))  # ru "на 14 минуте": the 14th minute
            level_end = self._index_level(st)
            if level_end is not None:
                st.pos = level_end  # zh "报38912.40点": an index's level in points, a count as en "to 38,912.40"
            elif (self.p["not_after"] is not None and (na := self.p["not_after"].match(text, st.ce))
                    and not self.match("currency_after", st.ce)  # "150日元" is yen, as "一亿日元"
                    and not (na.group().strip() in self.r.data.get("classifiers", ()) and self._counted_before_label(st.cs))
                    and not self._longer_classifier(st.ce, na.end()) and not self._bracketed_age(st.start, st.ce)):
                return _Stop(self._skip(st.cs, st.ce, "label"))  # "12点": a time of day, "60周年" an anniversary

        if (st.core_kind == "counted" and self.p["rank_after"] is not None and r.data.get("rank_nouns_after_digits")
                and self.p["rank_after"].match(text, st.ce)):
            return _Stop(self._ordinal(st.cs, st.ce, st.value))  # ko "두 번째 우승" as "2번째 우승": a native numeral's rank
        if st.core_kind == "counted" and self._set_phrase(st):
            return _Stop(self._skip(st.cs, st.ce, "set phrase"))  # ko "한 번 더", "두 번 다시": once more, never again
        if (st.core_kind in ("digits", "spaced") and st.cs >= 1 and text[st.cs - 1] in "-−–+"
                and (st.cs == 1 or text[st.cs - 2] in " \t\n(（[:"
                     or self.p["currency_before"].search(self.window(st.cs - 1)))):  # "$-12 million": the sign after the symbol
            if text[st.cs - 1] != "+":
                st.value = -st.value  # "−0.4%", "-5 °C": the sign is part of the figure
            st.start = st.cs - 1
        nb = self.p["not_before"].search(self.window(st.cs)) if self.p["not_before"] is not None else None
        if (nb and nb.group().strip() in r.entries("currency_before_need_scale")
                and (self.match("scale", st.ce) or self.match("suffix_scale", st.ce))):
            nb = None  # "P2.5 billion": the peso before a scaled figure, no page
        if nb and self._scaled_money_after(st.ce):
            nb = None  # pl "modernizację linii 3,2 mld zł": a scale word and a currency after it, money, no line number
        if nb and st.core_kind in ("digits", "spaced") and text[st.cs - 1:st.cs].isspace() and \
                (self.match("duration", st.ce) or self.match("unit", st.ce) or self.match("percent", st.ce)):
            nb = None  # de "ging die Linie 14 Monate später in Betrieb": a unit after it, the figure is the unit's;
            # vi "thấp hơn cùng kỳ 35%" (than the same period): a share, no term number
        if nb and st.core_kind in ("digits", "spaced") and nb.group().endswith(("-", "\u05be")) and \
                (self.match("scale", st.ce) or self.match("unit", st.ce) or self.match("currency_after", st.ce)):
            nb = None  # he "עבר את ה-160 אלף מ"ק": an article glued to a figure with a scale or unit, no ordinal
        if nb and not r.word_boundaries and st.core_kind == "digits" and nb.end() == len(self.window(st.cs)) and \
                self.p["classifier"] is not None and self.match("classifier", st.ce) and \
                not (self.p["rank_after"] is not None and self.p["rank_after"].match(text, st.ce)):
            nb = None  # zh "起降航班248架次": a counter after the digits counts the noun, no flight number ("航班248")
        ob = self.p["other_before"].search(self.window(st.cs)) if nb else None
        if ob and not self._other_in_context(r.other_before.find(ob.group("x")), st.cs, st.ce):
            ob = None  # "el número 10 del Barcelona": a rank marker only by its context words ("del mundo")
        ob = ob or (self.p["age_before"].search(self.window(st.cs)) if nb and self.p["age_before"] is not None else None)
        if nb and not (ob and ob.start() < nb.start()) and not self._title_year(m, st.value):  # no "ble **nummer** tre", he "בן ה-42": a longer phrase holds it
            if ((self.p["rank_after"] is not None and self.p["rank_after"].match(text, st.ce))
                    or (self.p.get("rank_superlative") is not None and self.p["rank_superlative"].match(text, st.ce))):
                return _Stop(self._ordinal(st.cs, st.ce, st.value))  # "第8次发射", "第3位", "第三大城市": a position
            if self._glued_rank_verb(st.cs):
                return _Stop(self._ordinal(st.cs, st.ce, st.value, ranked=True))  # "排名第三": ranked third
            return _Stop(self._skip(st.cs, st.ce, "reference number"))  # "artículo 135", "Section 230", "第三"
        if (st.core_kind == "cjk" and self.p["not_after"] is not None and self.p["not_after"].match(text, st.ce)
                and not self.match("currency_after", st.ce)):
            ra = self.p["rank_after"].match(text, st.ce) if self.p["rank_after"] is not None else None
            if (ra and len(ra.group("x")) > 1 and r.data.get("rank_nouns_after_digits")
                    and not self._set_phrase(st)):
                return _Stop(self._ordinal(st.cs, st.ce, st.value))  # ja "二度目", "三号機" as "2度目"; "三位" may count persons
            return _Stop(self._skip(st.cs, st.ce, "label"))  # "六十周年", "十二点"; but "一亿日元" is yen
        if (st.core_kind == "words" and text.startswith("-", st.ce) and self.p["not_after"] is not None
                and self.p["not_after"].match(text, st.ce)):
            return _Stop(self._skip(st.cs, st.ce, "label"))  # "a five-point scale" as "a 5-point scale": its size, no count
        if (st.value == 1 and self.p["one_of_before"] is not None and self.p["one_of_before"].search(self.window(st.cs))
                and self.p["one_of_after"].match(text, st.ce)):
            return _Stop(self._skip(st.cs, st.ce, "one of"))  # "そのうち1つは", "議員の1人が": one of a set, no count
        if st.core_kind == "fraction" and self._set_phrase(st):
            return _Stop(self._skip(st.cs, st.ce, "set phrase"))  # "half the time": often, no share
        if (st.core_kind == "fraction" and self.p.get("fraction_part_before") is not None
                and self.p["fraction_part_before"].search(self.window(st.cs))):
            return _Stop(self._skip(st.cs, st.ce, "part of a period"))  # "in the first half", "the second half of the year"
        if (st.core_kind == "fraction" and self.p["fraction_link"] is not None and not self.p["fraction_link"].match(text, st.ce)
                and m.group().lower() not in r.data.get("fraction_words_free", []) and not self._fraction_of(st.ce)
                and not (self.p.get("fraction_free_before") is not None
                         and self.p["fraction_free_before"].search(self.window(st.cs)))
                and not (self.p["fraction_listed"] is not None and not self._noun_after(st.ce)
                         and self.p["fraction_listed"].search(self.text, max(0, st.cs - 200), st.cs))):
            last = m.group().split()[-1]
            ow = r.data.get("ordinal_words", {}).get(last.lower())
            if ow is not None:  # "for a third time": the ordinal's own noun may make it a claim
                return _Stop(self._ordinal(st.ce - len(last), st.ce, float(ow)))
            return _Stop(self._skip(st.cs, st.ce, "ordinal"))  # "a third of the staff" is a share; "a third defeat" is an ordinal
        if st.core_kind == "fraction" and self.p["fraction_link"] is not None:
            link = self.p["fraction_link"].match(text, st.ce)
            if link and _YEAR_OF.match(text, link.end()):
                return _Stop(None)  # "the first half of 2019": part of a year, a date not a share
        return None


    def _fraction_of(self, pos: int, fraction: bool = True) -> tuple[float | None, int] | None:
        """A fraction before a scale word or a point, linked by "of" or an article or neither ("a quarter of a
        million", "three quarters of a million", "un cuarto de millón", "четверть миллиона", "a quarter of a
        percentage point", "half a percentage point", after a fraction word ``fraction_pp_words``: "a quarter
        point", "un quart de point", "un cuarto de punto"): (the scale, or None for percentage points; the end)."""
        link = self.p["fraction_of"].match(self.text, pos)
        if not link:
            return None
        for j in ([link.end(), link.start("a")] if link.group("a") else [link.end()]):
            if j == link.end() and link.group("a") and fold(link.group("a")) not in self.r.article_words:
                continue
            sm = self.match("scale", j)
            if sm and self.r.scales.find(sm.group("x")):
                return self.r.scales.find(sm.group("x")), sm.end()
            pp = self.match("pp", j)
            pp_word = self.p["fraction_pp_word"] if fraction else None  # not "half a point behind"
            if not pp and pp_word is not None:
                pp = pp_word.match(self.text, j)
            if pp:
                return None, pp.end()
        return None

    def _scale_after_of(self, pos: int):
        """A scale word after the language's "of" ("centaine **de** millions", "decina **di** milioni")."""
        of_word = self.p["of_word"]
        of = of_word.match(self.text, pos, pos + 12) if of_word is not None else None
        return self.match("scale", of.end()) if of else None

    def _read_scale(self, st: "_Reading") -> "_Stop | None":
        """Scale words ("millones", "亿", "bn"), a qualifier inside ("3000多万"), a sum ("4 bin 500"), a half."""
        r, text = self.r, self.text
        qa = self.match("qual_after", st.pos) if r.myriad else None
        if qa and qa.group("x") in r.data.get("qualifiers_inside", []) and (
                self.match("scale", qa.end()) or self.match("duration", qa.end()) or self.match("unit", qa.end())):
            # "3000多万", "10余年", "三十多岁": the qualifier stands between the number and its scale or unit
            st.qualifier = r.qualifiers_after.find(qa.group("x"), "exact")
            st.pos = qa.end()
        if st.value is not None or st.garbled:
            hm = self.match("half", st.pos) if st.value is not None else None
            if hm and self.match("scale", hm.end()):  # pl "trzy i pół tysiąca": 3.5 thousand
                st.value += 0.5
                st.pos = hm.end()
            sm = self.match("scale", st.pos)
            if not sm and st.core_kind in ("digits", "spaced", "words"):
                sm = self.match("scale_after_word", st.pos)  # "six autres millions"
            if not sm and st.core_kind == "words" and st.m.group().lower() in r.approx_words:
                sm = self._scale_after_of(st.pos)  # "une centaine de millions d'euros": about 100 million
            um = self.match("unit", st.pos) if sm else None
            if um and um.end() > sm.end():
                sm = None  # "5兆瓦", "2千兆瓦时", "5千克": a unit that starts with a scale word is that unit
            if sm and self._era_mark(st, sm):
                st.pos, sm = sm.end(), None  # id "tahun 1820 M" (Masehi): the year's era, no scale of "Rp 500 M"
            if sm:
                mult = r.scales.find(sm.group("x"))
                if mult:
                    if st.value is not None:
                        st.value *= mult
                    st.quantity.scale *= mult
                    st.pos = sm.end()
                    st.glued_letter_ok = True
                    # id "Rp350 jutaan": some 350 million (``scale_qualifiers``); a bound before it wins
                    st.scale_qualifier = r.data.get("scale_qualifiers", {}).get(sm.group("x").lower(), "")
                    if st.value is not None:
                        st.pos = self._scaled_sum(st, mult)
                    qa = self.match("qual_after", st.pos) if r.myriad else None
                    if qa and qa.group("x") in r.data.get("qualifiers_inside", []):
                        st.qualifier = r.qualifiers_after.find(qa.group("x"), "exact")  # "1万多人"
                        st.pos = qa.end()
            elif st.core_kind == "digits" and st.pos == st.ce and (osm := self.match("ordinal_scale", st.pos)):
                # "the 5 millionth passenger", fr "le 5 millionième voyageur": the count a milestone reached
                mult = float(self.r.data["ordinal_scales"][osm.group("x").lower()])
                if st.value is not None:
                    st.value *= mult
                st.quantity.scale, st.pos = mult, osm.end()
            elif st.core_kind in ("digits",) and st.pos == st.ce:
                ss = self.match("suffix_scale", st.pos)
                if ss:
                    suffix = ss.group("x")
                    need_money = suffix in r.suffix_need_money
                    has_money_left = bool(self.p["currency_before"].search(self.window(st.start)))
                    has_money_right = bool(self.match("currency_after", ss.end()))
                    unit_here = self.match("unit", st.pos)
                    noun_follows = self._suffix_noun(ss.end())
                    race = need_money and not unit_here and self._suffix_noun(ss.end(), measure=True)  # "a 5K race"
                    # "a 42m-tonne load", "a 3bn-euro plan": the unit or currency after the hyphen is what it counts
                    hyphened = self.text[ss.end():ss.end() + 1] == "-" and bool(
                        self.match("unit", ss.end() + 1) or self.match("currency_after", ss.end() + 1))
                    if (not need_money or has_money_left or has_money_right or not unit_here and not race
                            or noun_follows or hyphened):
                        mult = r.suffix_scales.find(suffix)
                        if st.value is not None:
                            st.value *= mult
                        st.quantity.scale = mult
                        st.pos = ss.end()
                        st.glued_letter_ok = True
        hm = self.match("half", st.pos) if st.value is not None else None
        if hm:  # "a dozen and a half": half the collective numeral, 18
            st.value += (st.value / 2 if st.core_kind == "words" and st.m.group().lower() in self.r.approx_words
                         else 0.5 * (self._spelled_scale(st) or st.quantity.scale))
            st.pos = hm.end()
            st.glued_letter_ok = True
        return None

    def _spelled_scale(self, st: "_Reading") -> float | None:
        """ca "un milió i mig", "el milió i mig": a number word that is itself a scale word ends the phrase, so a
        half after it is half of that scale (1.5 million), not half a unit."""
        if st.core_kind != "words" or st.quantity.scale != 1.0:
            return None
        big = self.r.scales.find(st.m.group().split()[-1])
        return big if isinstance(big, (int, float)) and big > 1 else None

    def _scaled_sum(self, st: "_Reading", mult: float) -> int:
        """"1 milyon 250 bin", "5 लाख 20 हजार", "3 mln 200 tys.": a smaller scaled part right after a larger
        one (a space, or a ``scale_sum_joiners`` word between) adds to it, one figure; and where the language
        writes sums so (``scale_sum``, tr "4 bin 500": 4500, fa "۹۰ هزار و ۵۰۰": 90,500), bare digits below the
        last scale. A figure with a fraction of its scale ("1,7 миллионами четыре года") takes no sum: no one writes
        1.7 million and four. The end of what was read."""
        pos = st.pos
        closing = self.r.data.get("scale_forms_closing")
        if closing and any(self.text.endswith(form, 0, pos) for form in closing):
            return pos  # ta "ரூ.3,918 கோடியில் 360 எம்.எல்.டி.": a scale word in a case closes its figure
        whole = st.value is not None and mult > 0 and round(st.value / mult, 6).is_integer()
        while whole and (gap := self.match("scale_sum_gap", pos)):
            nm = _match_core(self.p["core_follow_alts"], self.text, gap.end())
            got = _core_value(nm, self.r) if nm and nm.lastgroup in ("digits", "words", "counted") else None
            if not got or got[0] is None:
                break
            sm = self.match("scale", nm.end())
            small = self.r.scales.find(sm.group("x")) if sm else None
            part, end = (got[0] * small, sm.end()) if small else (got[0], nm.end())
            if not small and nm.lastgroup == "words":  # "पचास हजार": the thousand is a number word of the part
                small = self.r.number_words.find(nm.group().split()[-1])
                small = small if small and small >= 1000 else None
            if (not small and self.r.data.get("scale_sum") and nm.lastgroup in ("words", "counted")
                    and 1 <= part < mult and part == int(part)):
                st.value += part  # vi "ba nghìn hai trăm": spelled, as "4 bin 500" in digits, the last part
                pos = end
                break
            if not small or small >= mult or part >= mult:
                break
            st.value += part
            mult, pos = small, end
        part = self._digits_under_scale(pos, mult) if whole else None
        if part:  # a space, or a joiner: fa "۹۰ هزار و ۵۰۰ تومان" is 90,500 tomans
            st.value += part[0]
            pos = part[1]
        if self.r.data.get("stacked_scales"):  # bn "৭ লাখ ৯৭ হাজার কোটি টাকা", ur "5 ہزار ارب روپے": a larger scale
            sm = self.match("scale", pos)     # after the whole multiplies it (797,000 crore; 5,000 arab)
            big = self.r.scales.find(sm.group("x")) if sm else None
            if big and big > mult:
                self._scale_by(st, big)
                pos = sm.end()
        return pos

    def _digits_under_scale(self, pos: int, mult: float) -> tuple[float, int] | None:
        """Bare digits after a scale that add to it where the language writes sums so (``scale_sum``: tr "4 bin
        500", es-MX "6 mil 300"): (the part, its end), or None."""
        if not self.r.data.get("scale_sum"):
            return None
        gap = self.match("scale_sum_gap", pos)
        # the part may end a sentence ("fark ise 214 bin 447."), not run on into more digits ("4 bin 500.000")
        rest = _rx(rf"\s*({DIGIT}{{1,3}})(?![0-9]|[.,]{DIGIT})").match(self.text[gap.end():gap.end() + 8]) if gap else None
        if not rest:
            return None
        end = gap.end() + rest.end()
        scaled = self.match("scale", end)
        if scaled and (self.r.scales.find(scaled.group("x")) or 0) and self.r.scales.find(scaled.group("x")) <= mult:
            return None  # ar "بين 40 ألفا و45 ألف مزرعة": a scaled figure of its own (a range's end), no sum;
            # a larger scale after the sum scales it all (fa "هزار و ۵۰۰ میلیارد تومان": 1,500 billion)
        if self.match("month_after", end):
            return None  # ru "3 тыс. 10 марта": a date's day
        part = float(normalise_digits(rest.group(1)))
        return (part, end) if part < mult else None

    def _read_number_words(self, st: "_Reading") -> "_Stop | None":
        """Spelled numbers that are articles ("un", "a", "一") or name a known set ("les deux marques")."""
        r, text, m = self.r, self.text, st.m
        last = (r.number_words.find(m.group().split()[-1]) if st.core_kind == "words" and r.data.get("scale_sum")
                and st.pos == st.ce and st.value is not None and st.quantity.scale == 1.0 else None)
        if isinstance(last, (int, float)) and last >= 1000:
            st.pos = self._scaled_sum(st, last)  # fa "هزار و ۲۰۰ نفر": a spelled thousand and digits, 1,200
            sm = self.match("scale", st.pos) if st.pos > st.ce else None
            if sm and r.scales.find(sm.group("x")):  # "هزار و ۲۰۰ میلیارد تومان": 1,200 billion
                self._scale_by(st, r.scales.find(sm.group("x")))
                st.pos = sm.end()
        if st.core_kind in ("words",) and r.word_boundaries:
            tok = fold(m.group())
            dm_art = self.match("duration", st.pos)
            rng = self.match("range", st.pos) if tok in r.article_words else None
            rng_word = rng is not None and _rx(r"\p{L}").match(rng.group("x")) and _match_core(self.p["core_follow_alts"], text, rng.end())
            if (tok in r.article_words and st.pos == st.ce and not self._ratio_follows(st.pos, st.value) and not rng_word
                    and not (st.value == 1 and self.match("percent", st.pos))  # "one percent", "el uno por ciento"
                    and not (dm_art and not self._article_ordinal(dm_art.end()) and (self._bound_before(st.cs)
                                         or (text.startswith(("-", "\u2010"), st.ce)  # "a one-week inquiry",
                                             # not inside a compound ("a 300-tonne-a-day plant": per day)
                                             and not (st.cs > 1 and text[st.cs - 1] in "-\u2010" and text[st.cs - 2].isalnum()))
                                         or self.match("half", dm_art.end()) or self.match("quarter", dm_art.end())
                                         or self._article_duration(st.cs, dm_art.end())))
                    and not self._article_measure(st.cs, st.pos)):
                return _Stop(None)  # "un", "a", "one": an article, not a claim (unless "one in five", "más de un minuto")

        if (st.core_kind == "cjk" and m.group() in r.article_words or m.group() in ("1", "１")) \
                and st.quantity.scale == 1.0 and r.data.get("rate_periods"):
            dm = self.match("duration", st.pos)
            if dm and text[st.cs:dm.end()] in r.data.get("rate_periods", []):
                # "1日約1万3500台": a bound or an average word may stand before the figure counted per the period
                nxt = self.p["rate_period_next"].match(text, dm.end(), dm.end() + 8)
                if nxt:  # "一周四天工作制", "一日350ドル": a week, a day per which the next figure counts
                    return _Stop(self._skip(st.cs, dm.end(), "rate period"))
        if (st.core_kind in ("cjk",) and m.group() in r.article_words and st.quantity.scale == 1.0
                and not self.match("duration", st.pos)):
            return _Stop(None)  # "一" is an article, but "一年半" a duration
        spm = self._set_phrase(st) if st.core_kind in ("words", "cjk") and st.quantity.scale == 1.0 else None
        if spm and st.core_kind == "words" and self.match("duration", st.pos):
            return _Stop(self._skip_set_phrase(st, spm))  # fr "sept jours sur sept": an idiom, though it names a unit
        if (st.core_kind in ("words", "cjk") and st.quantity.scale == 1.0
                and not (st.core_kind == "words" and self.match("duration", st.pos))):
            # "les deux marques", "the two airlines", "两家公司": a known set, not a figure
            # (but "the six-month gig" is a duration)
            pair_after = self._shared_scale_pair(st)
            if spm and not pair_after:
                return _Stop(self._skip_set_phrase(st, spm))
            hyphened = text[st.ce:st.ce + 1] == "-" and text[st.ce + 1:st.ce + 2].isalpha()
            sequence = self.p["sequence_after"].match(text, st.ce) if self.p["sequence_after"] is not None else None
            dm_seq = self.match("duration", sequence.end() + 1) if sequence and text[sequence.end():sequence.end() + 1].isspace() else None
            if dm_seq:  # "ces deux dernières années", "de tre senaste åren": that many units, as "the last two years"
                st.quantity.kind, st.quantity.unit = "duration", r.duration_units.find(dm_seq.group("x"))
                st.pos, st.unit_found = dm_seq.end(), True
            if (self.p["set_determiner"] is not None and self.p["set_determiner"].search(self.window(st.cs))
                    and st.value is not None and st.value <= r.data.get("set_max_value", 3)
                    and not hyphened  # "the three-time champion" counts titles, it names no set
                    and not sequence  # "los tres partidos anteriores", "les deux premiers tours": a count of a run
                    and not pair_after):
                return _Stop(self._skip(st.cs, st.ce, "set phrase"))
        return None

    def _other_over_unit(self, st: "_Reading", um) -> bool:
        """A magnitude or category marker wins over the unit word at um: an ``other_after`` marker that reaches past
        it ("5,8 stopnia w skali Richtera") or an ``other_before`` one before a figure of degrees ("zemětřesení
        o síle 6,4 stupně", "o sile 5 stopni"): no temperature, the unit word is the scale's."""
        om = self.match("other_after", st.pos)
        if om and om.end() > um.end():
            return True
        ob = self.p["other_before"].search(self.window(st.cs)) if self.p.get("other_before") is not None else None
        other = self.r.other_before.find(ob.group("x")) if ob else None
        if other and any(t in um.group("x") for t in self.r.data.get("other_context", {}).get(other, [])):
            return True  # "oro de 18 quilates", "or 18 carats": a marker whose context word is the unit word, purity
        if self.r.units.find(um.group("x")) not in ("°", "°C", "°F"):
            return False
        return other in ("magnitude", "category")

    def _longer_classifier(self, pos: int, label_end: int) -> bool:
        """A counter word that opens with a label and goes on past it (ko "47차례", 47 times, against "1차", the first
        round): the longer word is read, as a counted figure."""
        cl = self.p["classifier"].match(self.text, pos) if self.r.data.get("classifiers") else None
        return cl is not None and cl.end() > label_end

    def _spelled_pair_end(self, st: "_Reading") -> bool:
        """The number word is one end of a ``range_pairs`` pair whose other end is a number word too ("from three
        to two", "von drei auf zwei", "de trois à deux"): two ends spelled alike count what the sentence named."""
        text = self.text
        for before, between in self.p["range_pairs"]:
            if before.search(self.window(st.cs)):
                z = between.match(text, st.ce)
                other = _match_core(self.p["core_follow_alts"], text, z.end()) if z else None
                if other is not None and other.lastgroup == "words":
                    return True
            for at in range(max(0, st.cs - 16), st.cs):  # the second end: the pair's word right before it
                z = between.match(text, at)
                if z is None or z.end() != st.cs:
                    continue
                word = _LAST_WORD.search(text, max(0, at - 40), at)
                if (word is not None and self.r.number_words.find(word.group(1)) is not None
                        and before.search(self.window(word.start(1)))):
                    return True
        return False

    _CLAUSE_END = regex.compile(r"[ \u00a0]*(?:[.,;!?)]|\Z)")

    def _gapped_count(self, st: "_Reading") -> bool:
        """A number word of two or more that closes its clause after a few words of no figure, where a clause before
        it in the sentence, set off by a comma or list connector, states digits and a noun: the second clause
        leaves out what the first one counts ("19 Menschen starben in Deutschland, in Japan acht")."""
        if st.value is None or st.value < 2 or not self._CLAUSE_END.match(self.text, st.ce):
            return False
        before = _rx(r"[.!?;。]").split(self.text[max(0, st.cs - 200):st.cs])[-1]
        gap = self.p["gapped_clause"].search(before)
        if gap is None or not 1 <= len(gap.group("gap").split()) <= 4:
            return False
        return bool(_rx(r"\d[\d.,]*[ \u00a0]+\p{L}").search(before[:gap.start()]))

    def _shared_scale_pair(self, st: "_Reading") -> bool:
        """The number opens a range pair whose upper end is a hundred times it or more: the low end of a range
        sharing the scale word ("tra le due e le tremila persone", no set "le due"; "tra le due e le tre" stays)."""
        for before, between in self.p["range_pairs"]:
            z = between.match(self.text, st.ce) if before.search(self.window(st.cs)) else None
            hm = _match_core(self.p["core_follow_alts"], self.text, z.end()) if z else None
            hv = _core_value(hm, self.r) if hm and hm.lastgroup == "words" else None
            if hv and hv[0] is not None and st.value and hv[0] >= 100 * st.value:
                return True
        return False

    def _read_units(self, st: "_Reading") -> "_Stop | None":
        """What follows the figure: tenths, percent, currency, scaled units, measures, a year suffix,
        durations (and a half after them), other scales ("级")."""
        r, text, m = self.r, self.text, st.m
        if st.core_kind == "digits" and st.pos == st.ce and text.startswith(("-", "\u2010"), st.pos):
            ce_end = self.match("figure_case_ending", st.pos)
            if ce_end:  # hu "12-t", "15-öt": the accusative, no tonne nor five; a bound may open with it ("12-t meghaladó")
                if not self.match("qual_after", st.pos):
                    st.pos, st.case_hyphened = ce_end.end(), True
                return None
        if st.quantity.kind == "count" and not st.unit_found and self.match("unit_compound", st.pos):
            st.unit_found = True  # vi "3 đồng phạm", "ba tiếng nổ": a noun that opens with a unit word, counted
            return None
        # percent / percentage points
        tm = self.match("tenths", st.pos) if st.quantity.kind == "count" and st.value is not None else None
        if tm:  # "4割", "四成": tenths of a whole, in percent
            st.value *= 10
            st.quantity.kind, st.quantity.unit = "percent", "%"
            st.quantity.scale = 10.0  # written to a tenth: "約2割" is what rounds to 20 %
            st.pos, st.unit_found = tm.end(), True
            hm = self.match("hundredths", st.pos)
            if hm:  # "3割5分": and hundredths, 35 %
                st.quantity.scale = 1.0
                n = hm.group("n")
                st.value += int(n) if n.isdigit() else r.cjk_digits[n]
                st.pos = hm.end()
                km = self.match("thousandths", st.pos)
                if km:  # "5割8分8厘": and thousandths, 58.8 %
                    n = km.group("n")
                    st.value = round(st.value + (int(n) if n.isdigit() else r.cjk_digits[n]) / 10, 1)
                    st.pos = km.end()
        if st.quantity.kind not in ("ratio", "percent"):
            pp = self.match("pp", st.pos)
            pc = self.match("percent", st.pos)
            if (pp and st.value is not None and abs(st.value) > 100
                    and pp.group("x").lower() in r.lowered("pp_words_index")):
                pp = None  # tr "4.390 puan", ko "4451.28포인트", ja "310.45ポイント": an index's points, no share's
            if pp and (not pc or pp.end() >= pc.end()):
                st.quantity.kind, st.quantity.unit = "percent", "pp"
                st.pos, st.unit_found = pp.end(), True
            elif pc:
                st.quantity.kind, st.quantity.unit = "percent", "%"
                st.pos, st.unit_found = pc.end(), True
        # a currency word that carries its scale ("120 Mkr", "3 mdkr": SEK in millions, billions); after thousands
        # too where it counts millions or more, es-MX "3 mil 840 mdd" (3,840 million dollars)
        if not st.unit_found and st.quantity.scale in (1.0, 1000.0) and self.p.get("scaled_currency") is not None:
            sc = self.match("scaled_currency", st.pos)
            code, mult = r.table("scaled_currencies").find(sc.group("x")) if sc else (None, 0)
            if sc and (st.quantity.scale == 1.0 or mult >= 1e6):
                st.currency = code
                self._scale_by(st, mult)
                st.pos, st.unit_found = sc.end(), True
        # st.currency after the number ("euros", "d'euros", "美元", "€")
        if not st.unit_found:
            scaled = st.quantity.scale >= 1e6
            cm = self.match("currency_after", st.pos, scaled)
            if cm:
                st.currency = self._currency_of_word(cm.group("x"), r.currency_after.find(cm.group("x")), scaled)
                st.pos, st.unit_found = cm.end(), True
                # a figure in millions keeps the table's reading ("50 millones de libras"): weights are seldom so written
                reading = (self._ambiguous_reading(cm.group("x"), st.currency, st.cs, cm.end())
                           if st.quantity.scale < 1e6 else st.currency)
                if reading == "count":  # fr "Il a publié 12 livres": books, the word its counted noun
                    st.currency, st.unit_found, st.pos = None, False, cm.start()
                elif reading != st.currency and not _is_currency_code(reading):
                    st.currency = None  # "the bear weighed 550 pounds": a mass, not sterling
                    st.quantity.kind, st.quantity.unit = "measure", reading
                else:
                    st.currency = reading
                self._join_subunit(st)
                hm = self._half_after_noun(st) if st.currency and st.quantity.scale == 1.0 else None
                if hm:  # "dos euros y medio", "3 دولارات ونصف": the half after the currency word
                    st.value += 0.5
                    st.pos = hm.end()
        if not st.unit_found:
            su = self.match("scaled_unit", st.pos)
            if su:  # "12 bcm" = 12e9 m3: a unit that carries its own scale
                unit, mult = self.p["scaled_units"].find(su.group("x"))
                if st.value is not None:  # to the digits written: 8.5 ‰ is 0.85 %, not 0.8500000000000001
                    st.value = _times(st.value, mult)
                st.quantity.written_unit = _power_of_ten_unit(su.group("x"), mult)
                dim = unit_dimension(unit)  # "two decades" = 20 years, a duration; "12 bcm" a volume
                st.quantity.kind, st.quantity.unit = ("percent" if unit in ("pp", "%", "bp") else
                                                      "duration" if dim and dim[0] == "time" else "measure"), unit
                st.pos, st.unit_found = su.end(), True
        # measure units
        if not st.unit_found:
            um = self.match("unit", st.pos)
            if um and not self._unit_word_fits(um):
                um = None  # "del 2027 ha concesso", "ha aumentado": the verb "ha", not hectares
            if um and self._ambiguous_reading(um.group("x"), r.units.find(um.group("x")), st.cs, um.end()) == "count":
                um = None  # "turned 180 degrees": an angle, no temperature (``ambiguous_units`` reading "count")
            if um and self.p.get("year_after") is not None and self.p["year_after"].match(text, st.pos) and \
                    self._year_like(m, st.value, st.quantity):
                um = None  # "с 1994 г.": a year and its abbreviation ("год"), not grams
            if um and self._other_over_unit(st, um):
                um = None  # "6,2 stopnia w skali Richtera": a magnitude whose marker holds a unit word, no °C
            reading = self._ambiguous_reading(um.group("x"), r.units.find(um.group("x")), st.cs, um.end()) if um else None
            if um and _is_currency_code(reading):  # "заплатил 3 фунта": the unit word's money reading, sterling
                st.currency, st.pos, st.unit_found, um = reading, um.end(), True, None
            if um:
                unit = reading
                win = self.window(st.start)
                rate = self.p["rate_before"].search(win)
                qual = self.p["qual_before"].search(win) if rate is None else None
                if qual:  # tr "saatte **en fazla** 80 kilometre": a bound between the rate word and the figure
                    rate = self.p["rate_before"].search(win, 0, qual.start())
                    bound = r.qualifiers_before.find(qual.group("x")) if rate else None
                    if bound and bound != "exact" and st.qualifier == "exact":
                        st.qualifier = bound  # read here: the claim now opens at the rate word, left of it
                if rate and _ENDS_WITH_DIGIT.search(win, 0, rate.start()):
                    rate = None  # bn "২৪ ঘণ্টায় ১৫০ মিলিমিটার": in 24 hours, no rate of the figure after it
                speeds = r.data.get("rate_units", {})
                per = r.rate_before.find(rate.group("x"), "/h") if rate else None
                if rate and unit not in speeds and unit_dimension(unit + per) is None:
                    rate = None  # tr "saniyede 11 kilometre": no unit of km a second, left a distance; ko "시간당
                    # 120㎜" of rain: no unit of mm an hour, left the depth
                if rate:  # "每小时240公里", "時速240キロ"; else the entry's suffix, tr "saniyede 20 metre" (/s): m/s
                    # a unit that is a rate already ("ঘণ্টায় ৬৫ কিলোমিটার বেগে") is restated, not divided again
                    unit = unit if "/" in unit else speeds.get(unit, unit + per)
                    st.start -= len(win) - rate.start()
                pre = self.p["unit_prefix"].search(win) if self.p.get("unit_prefix") is not None else None
                named = r.data["unit_prefixes"][pre.group("x")] if pre and not rate else None
                dims = (unit_dimension(named), unit_dimension(unit)) if named else (None, None)
                if named and (unit == "°" or None not in dims and dims[0][0] == dims[1][0]):
                    # "摂氏40度", "摄氏40度": the scale named before the figure, its degrees after; one of the
                    # dimension replaces the table's ("화씨 104도": °F, where bare "도" is °C)
                    unit = named
                    st.start -= len(win) - pre.start()
                st.quantity.kind, st.quantity.unit = "measure", unit
                st.pos, st.unit_found = um.end(), True
                speed = r.data.get("rate_units", {}).get(unit)
                ra = self.p["rate_after"].match(text, st.pos) if speed and self.p.get("rate_after") is not None else None
                if ra:  # "800 km orari", "km por hora", "km à l'heure", "км в час": a speed
                    st.quantity.unit, st.pos = speed, ra.end()
                flow = self.p.get("per_second_after")
                fa = flow.match(text, st.pos) if flow is not None and "/" not in unit and \
                    (unit_dimension(unit) or ("",))[0] == "volume" and unit_dimension(unit + "/s") else None
                if fa:  # "3800 кубометров воды в секунду", "3,8 tys. m sześc. na sekundę": a flow, what flows between
                    st.quantity.unit, st.pos = unit + "/s", fa.end()
        # durations
        st.is_year = self._year_like(m, st.value, st.quantity)
        if not st.unit_found and st.is_year and r.patterns["year_suffix"] is not None:
            ym = r.patterns["year_suffix"].match(text, st.pos)
            if ym and not self._year_count_after(st.pos):
                st.quantity.kind, st.quantity.unit, st.quantity.value = "date", "date", f"{int(_calendar_year(st.value, r)):04d}"
                return _Stop(_Found(st.cs, ym.end(), (st.cs, st.ce), st.quantity, year_source="written"))
        if not st.unit_found:
            dm = self.match("duration", st.pos)
            if dm is None and st.core_kind == "words" and m.group().lower() in r.approx_words:
                dm = self.match("duration_linked", st.pos)  # "une quarantaine d'années", "una decina di giorni"
            qa = self.match("qual_after", st.pos) if dm else None
            if qa and qa.end() > dm.end():
                dm = None  # "двадцать с лишним": the longer phrase, a qualifier, not "с" for seconds
            if dm and (st.value or 0) >= 2 and fold(dm.group("x")) in r.data.get("singular_units", ()):
                dm = None  # pt "até 2030 segundo o governo": after two or more, "segundo" is "according to"
            if dm and self._ambiguous_reading(dm.group("x"), r.duration_units.find(dm.group("x")), st.cs, dm.end()) == "count":
                st.pos, st.unit_found = dm.end(), True  # ko "자사주 100만 주": shares, no weeks (`ambiguous_units`)
                dm = None
            if dm and st.is_year and r.duration_units.find(dm.group("x")) == "year" and (
                    st.value != int(st.value) or not self._years_counted(st.pos, dm)):
                dm = None  # "2027年", "в 2000 году", "the 2024 year-end": the year, not a duration
            if dm:
                st.quantity.kind, st.quantity.unit = "duration", r.duration_units.find(dm.group("x"))
                st.pos, st.unit_found = dm.end(), True
                inside = [q for q in r.data.get("qualifiers_inside", []) if q in dm.group("x")]
                if inside and st.qualifier == "exact":  # "三个多月": the unit word holds the qualifier
                    st.qualifier = r.qualifiers_after.find(max(inside, key=len), "exact")
        if st.unit_found and st.quantity.kind in ("duration", "measure") and st.value is not None and st.value == int(st.value):
            hm = self.match("half", st.pos)
            if hm:  # "un anno e mezzo", "两年半", "ocho puntos y medio": half after the unit
                st.value += 0.5
                st.pos = hm.end()
            elif st.quantity.kind == "duration" and self.match("quarter", st.pos):
                qm = self.match("quarter", st.pos)  # fr "deux heures et quart": 2.25 hours
                st.value += r.table("quarter_words").find(qm.group("x"))
                st.pos = qm.end()
        if not st.unit_found:
            om = self.match("other_after", st.pos)
            if om:
                other = r.other_after.find(om.group("x"))
                if not self._other_in_context(other, st.cs, om.end()):
                    return _Stop(None)  # "二级谋杀" (second-degree murder): a grade, not a storm category
                st.quantity.kind, st.quantity.unit = "other", other
                st.pos, st.unit_found = om.end(), True

        return None

    def _read_ratio(self, st: "_Reading") -> "_Stop | None":
        """Shares ("nove em cada dez") and ratios ("185 of the 212", "212例中的185例")."""
        r, text = self.r, self.text
        # share "nove em cada dez", "uno de cada cinco": a share of a whole, in percent
        if not st.unit_found and st.quantity.kind == "count" and st.value is not None and self.p.get("share") is not None:
            sh = self.match("share", st.pos)
            dm2 = _match_core(self.p["core_follow_alts"], text, sh.end()) if sh else None
            if dm2 and dm2.lastgroup in ("digits", "words"):
                den = _core_value(dm2, r)
                if den and den[0] and den[0] >= st.value:
                    st.value = st.value / den[0] * 100
                    st.quantity.kind, st.quantity.unit = "percent", "%"
                    st.pos, st.unit_found = dm2.end(), True
        # ratio "700 de 770" / "185 of the 212" / "212例中的185例"
        if not st.unit_found and st.quantity.kind == "count" and st.value is not None and st.quantity.scale == 1.0:
            rm = self.match("ratio", st.pos)
            if rm and rm.group("x").lower() not in [c.lower() for c in r.data.get("ratio_connectors", [])]:
                rm = rm if fold(st.m.group()) in r.article_words else None  # pl "jeden na pięciu", not "z 3 na 4"
            if rm:
                dm2 = _match_core(self.p["core_follow_alts"], text, rm.end())
                if dm2 and dm2.lastgroup in ("digits", "spaced", "words"):
                    den = _core_value(dm2, r)
                    strict = rm.group("x").lower() in r.data.get("ratio_strict", [])
                    if den and den[0] and den[0] >= st.value and not (
                            dm2.lastgroup == "digits" and _YEAR_MIN <= den[0] <= _YEAR_MAX and "." not in dm2.group()
                            and "," not in dm2.group()) and not (strict and den[0] == st.value):
                        after_den = self.match("scale", dm2.end())
                        if not after_den and not self.match("percent", dm2.end()) and not self.match("currency_after", dm2.end()):
                            st.quantity.kind, st.quantity.unit, st.quantity.denominator = "ratio", "ratio", den[0]
                            st.pos, st.unit_found = dm2.end(), True
            if not st.unit_found and r.data.get("ratio_reversed"):
                rv = self.match("ratio_reversed", st.pos) or self.match("ratio_reversed_noun", st.pos)
                if rv:
                    nm = _match_core(self.p["core_follow_alts"], text, rv.end())
                    same_cls = rv.group("x") in r.data.get("ratio_reversed_same_classifier", [])
                    if same_cls:  # "5人に1人" (1 in 5) but not "3人に1万円" (1万 yen to 3 people)
                        cl_num = self.match("classifier", nm.end()) if nm else None
                        if not (rv.group("cls") and cl_num and cl_num.group("x") == rv.group("cls")):
                            nm = None
                    num = _core_value(nm, r) if nm and nm.lastgroup in ("digits", "cjk", "counted") else None
                    if not num and not same_cls:  # tr "beş kişiden biri", ko "세 명 중 한 명": "one" as a word
                        nm = _rx(r"[\p{L}\p{M}]+").match(text[rv.end():rv.end() + 20])
                        one = r.number_words.find(nm.group()) if nm else None
                        nm = _LookupMatch(nm.group(), rv.end(), rv.end() + nm.end()) if one is not None else None
                        num = (float(one),) if nm else None
                    if (num and self.p["rank_after"] is not None and nm is not None
                            and self.p["rank_after"].match(text, nm.end())):
                        num = None  # ja "180カ国中46位": a place among 180, no share; the whole stays a count
                    if num and num[0] is not None and num[0] <= st.value:
                        st.quantity.kind, st.quantity.unit = "ratio", "ratio"
                        st.quantity.denominator, st.quantity.value = st.value, num[0]
                        st.value = num[0]
                        st.pos, st.unit_found = nm.end(), True
                        cl = self.match("classifier", st.pos)
                        if cl:
                            st.pos = cl.end()

        return None

    def _read_range(self, st: "_Reading") -> "_Stop | None":
        """Ranges ("1200至1500", "entre 10 y 20"), names glued to the figure, a qualifier after it."""
        r, text, m = self.r, self.text, st.m
        hn = self._hyphen_number_name(st.ce) if st.core_kind == "digits" and st.pos == st.ce else None
        if hn:
            return _Stop(self._skip(st.cs, hn, "product name"))  # "7-Eleven": a name, no range
        # range "1200至1500", "entre 10 y 20", "1,200 to 1,500"
        if not st.unit_found or st.quantity.kind in ("money", "measure", "percent", "duration", "count"):
            rng = self._range(m, st.start, st.pos, st.value, st.quantity, priced=st.currency is not None)
            if rng is not None and st.quantity.kind == "count" and r.data.get("month_range_after") and regex.match(
                    r.data["month_range_after"], text[rng[0]:rng[0] + 8]):
                return _Stop(self._skip(st.cs, rng[0], "month range"))  # "1至9月", "7~9月期": months, no count
            if rng is not None:
                st.pos, st.value = rng
                st.qualifier = "up_to"
                pc = self.match("percent", st.pos) if st.quantity.kind == "percent" else None
                if pc:
                    st.pos = pc.end()  # "entre un 1% y un 2%", "between 1% and 2%": the upper end's own sign is the claim's
                st.unit_found = st.unit_found or st.quantity.kind != "count"
                # what follows the upper end applies to both
                if st.quantity.unit is None and st.currency is None:
                    return _Stop(self._reread_after_range(m, st.start, st.cs, st.ce, st.pos, st.quantity, st.value))
        ce_end = self.match("figure_case_ending", st.ce) if st.pos == st.ce and not st.glued_letter_ok else None
        if ce_end and ce_end.end() > st.ce:
            st.pos = ce_end.end()  # eu "%15eko", "2025ean", "100etik gora": the figure's case ending, no name
        if (r.word_boundaries or _CAPS_CODE_AFTER.match(text, st.ce)) and not st.glued_letter_ok and st.pos == st.ce \
                and st.ce < len(text) and _LATIN_AFTER.match(text, st.ce):  # unspaced scripts: "5G 서비스", "3D打印"
            return _Stop(self._skip(st.cs, st.ce, "name"))  # "4K", "5G", "3D": part of a name
        if st.qualifier == "exact" and st.pos > st.ce and r.data.get("qualifier_endings"):
            st.qualifier = self._qualifier_ending(st)
        qa = self.match("qual_after", st.pos)
        ending = (self.r.data.get("qualifiers_after_noun") or {}).get(qa.group("x").lower()) if qa else None
        if ending and _LETTER_OR_MARK.match(text, st.pos - 1) and \
                not _rx(ending + r"\Z").search(text[max(0, st.pos - 40):st.pos]):
            qa = None  # hu "3 millióval több": a scale or unit in the case of a difference, no bound ("100 főnél több")
        if qa and text[st.pos - 1:st.pos].isdigit() and qa.group("x").lower() in self.r.data.get("qualifiers_not_after_figure", ()):
            qa = None  # tr "yüzde 20 fazla" 20% more, "5 yakın arkadaşı": the bound needs a case ending ("20'den fazla")
        if (qa and not r.word_boundaries and len(qa.group("x")) == 1 and qa.start("x") > st.pos
                and text[qa.end():qa.end() + 1].isalpha() and not self.match("classifier", qa.end())):
            qa = None  # ko "737 여객기": a spaced word that starts with the one-letter bound "여" ("300 여명" keeps it)
        if (qa and st.is_year and not st.unit_found
                and qa.group("x").lower() in self.r.data.get("qualifiers_not_before_years", [])):
            qa = None  # hi "2030 तक पूरा होगा": a bound written after a year means until it, a date, no "up to 2030"
        if qa and st.quantity.kind == "duration" and self._lasting_after(qa):
            st.pos, qa = qa.end(), None  # hi "तीन सप्ताह तक चली": it lasted for three weeks, no "up to"
        if qa and self._verb_after(qa):
            st.pos, qa = qa.end(), None  # ur "96 دن سے کم ہو کر": decreased from 96 days, no "less than"
        if qa and st.qualifier == "exact" and not self._number_at(qa.end(), qualified=True):  # "50 % plus one vote": a sum
            st.qualifier = r.qualifiers_after.find(qa.group("x"), "exact")
            st.pos = qa.end()
            dm = self.match("duration", st.pos) if not st.unit_found else None
            if dm:  # "15 с лишним лет": the unit after the qualifier
                st.quantity.kind, st.quantity.unit = "duration", r.duration_units.find(dm.group("x"))
                st.pos, st.unit_found = dm.end(), True

        return None

    @staticmethod
    def _scale_by(st: "_Reading", mult: float) -> None:
        """Scale the figure (and a range's ends) by a scale its unit carries."""
        if st.value is not None:
            st.value = _times(st.value, mult)
        st.quantity.scale *= mult
        if st.quantity.low is not None:
            st.quantity.low, st.quantity.high = _times(st.quantity.low, mult), _times(st.quantity.high, mult)

    def _currency_over_rank(self, pos: int) -> bool:
        """A currency word after the digits that is longer than the rank noun it starts with (ko "4499**위안**",
        yuan, against "3**위**", third): the amount wins."""
        cm = self.match("currency_after", pos)
        ra = self.p["rank_after"].match(self.text, pos)
        return bool(cm and ra and cm.end() > ra.end())

    def _half_after_noun(self, st: "_Reading") -> "regex.Match | None":
        """A half word right after the noun of a whole figure ("ocho puntos **y medio**", "2 dollars **and a half**"),
        unless the half belongs to the next noun ("40 personas y media hora después")."""
        if st.value is None or st.value != int(st.value):
            return None
        hm = self.match("half", st.pos)
        after = self.p["word"].match(self.text, hm.end() + 1) if hm and self.text[hm.end():hm.end() + 1] == " " else None
        return None if after and after.group().lower() not in self.r.stopwords else hm

    def _join_subunit(self, st: "_Reading") -> None:
        """An amount told in a currency and its hundredth, one figure (ja "4451円28銭" 4,451.28 JPY, ru "5 рублей
        20 копеек" 5.20 RUB, ar "١٢ جنيهًا و٥٠ قرشًا" 12.50 EGP): one or two digits and a ``scaled_currencies`` word of
        the same currency worth less than it right after a whole amount in units, or after a list connector there."""
        if (self.p.get("scaled_currency") is None or st.currency is None or st.value is None
                or st.value != int(st.value)):
            return
        dm = self.match("subunit_digits", st.pos)
        sc = self.match("scaled_currency", dm.end()) if dm else None
        if not sc:
            return
        code, mult = self.r.table("scaled_currencies").find(sc.group("x"))
        if code != st.currency or not mult < 1:
            return
        st.value = round(st.value + int(normalise_digits(dm.group("n"))) * mult, 6)
        st.pos = sc.end()

    def _read_left(self, st: "_Reading") -> "_Stop | None":
        """Words before the figure: currency symbols, qualifiers, "Category"; then counters ("212架")."""
        r, m = self.r, st.m
        # --- left side --------------------------------------------------------------
        win = self.window(st.start)
        sb = (self.p["scale_before"].search(win) if self.p.get("scale_before") is not None and st.core_kind == "digits"
              and st.quantity.scale == 1.0 and st.start == st.cs and not st.garbled else None)
        if sb:  # sw "shilingi bilioni 2.5", "watu milioni 3": the scale word written before its figure (``scales_before``)
            self._scale_by(st, float(r.scales.find(sb.group("x")) or 1.0))
            st.start -= len(win) - sb.start()
            win = self.window(st.start)
        ub = (self.p["unit_before"].search(win) if self.p.get("unit_before") is not None and not st.unit_found
              and st.currency is None and st.quantity.kind == "count" and not st.is_year and not st.garbled else None)
        if ub:  # sw "kilomita 175", "miezi 18", "miaka mitatu": the unit or unit of time written before its figure
            word = ub.group("x")
            st.quantity.kind, st.quantity.unit = _unit_written_before(word, r)
            st.unit_found = True
            rest = None if st.quantity.kind == "duration" else _UNIT_GOES_ON.match(self.text, st.pos)
            for k in range(len(rest.captures("w")) if rest else 0, 0, -1):
                whole = r.units.find(word + " " + " ".join(rest.captures("w")[:k]))
                if whole:  # sw "kilomita 160 kwa saa" (160 km/h): the unit goes on after its figure
                    st.quantity.unit, st.pos = whole, rest.ends("w")[k - 1]
                    break
            st.start -= len(win) - ub.start()
            win = self.window(st.start)
        cb = self.p["currency_before"].search(win)
        if cb and st.start - len(win) + cb.start("x") < self.claimed_until:
            cb = None  # fa "۲۰ هزار ریال ۵ درصد": the currency word closes the figure before, not this one's sign
        if (cb and st.currency is None and st.quantity.scale == 1.0
                and cb.group("x").strip() in r.entries("currency_before_need_scale")
                and not self._code_before_scaled(cb.group("x").strip())
                and not (cb.end("x") == len(win) and self._letter_sign_here(cb.group("x").strip(), st))):
            # en "R2.5bn", "N2.5bn", "P2.5 billion", "Sh2bn": a letter that is a currency only before a scaled
            # figure; glued to a bare one it is a name ("N95 masks", "R2 road"), spaced a letter ("Plan B 5")
            if cb.end("x") == len(win):
                return _Stop(self._skip(st.cs, st.ce, "code"))
            cb = None
        gc = (self.p["glued_code_before"].search(win) if cb is None and st.currency is None
              and st.quantity.scale > 1.0 and st.start == st.cs and self.p.get("glued_code_before") is not None else None)
        if gc:  # "MAD9.6bn", "MAD 13.2 billion": a code that is also a word in capitals is a currency before a scaled figure
            st.currency = gc.group("x")
            st.start -= len(win) - gc.start()
            win = self.window(st.start)
        if cb is None and st.currency is None and not st.unit_found:
            qb = self.p["qual_before"].search(win)
            before = self.p["currency_before"].search(win, 0, qb.start()) if qb else None
            if before and st.start - len(win) + before.start("x") >= self.claimed_until:
                # ne "भारु करिब २ अर्ब": the sign before a bound word; the bound is read as ever, right before the figure
                st.currency = self._currency_of_symbol(before.group("x").strip())
        if cb and (st.currency is None):
            st.currency = self._currency_of_symbol(cb.group("x").strip())
            st.start -= len(win) - cb.start()
            if (st.start >= 1 and self.text[st.start - 1] in "-−" and st.value and st.value > 0 and st.start == st.cs - len(cb.group())
                    and (st.start == 1 or self.text[st.start - 2] in " \t\n(（[:")):
                st.value, st.start = -st.value, st.start - 1  # "-$12 million": a sign before the symbol
            win = self.window(st.start)
        scb = (self.p["scaled_currency_before"].search(win) if self.p.get("scaled_currency_before") is not None
               and st.currency is None and not st.unit_found and st.quantity.scale == 1.0 else None)
        if scb:  # "MSEK 120": the scaled currency written before the figure
            st.currency, mult = r.table("scaled_currencies").find(scb.group("x"))
            self._scale_by(st, mult)
            st.unit_found = True
            st.start -= len(win) - scb.start()
            win = self.window(st.start)
        fb = (self.p["fraction_before_digits"].search(win) if self.p.get("fraction_before_digits") is not None
              and st.core_kind == "digits" and st.quantity.low is None and not st.garbled and st.start == st.cs else None)
        core = _cjk_or_digits(m.group(), r) if fb else None
        if fb and core is not None and core == int(core) and st.value is not None \
                and abs(st.value - _times(core, st.quantity.scale)) <= 1e-9 * abs(st.value or 1):
            # bn "সাড়ে ১২ হাজার ডলার" 12,500, ur "ساڑھے 3 لاکھ" 350,000, "পৌনে ৩ লাখ" 275,000: a fraction of one of
            # the figure's own place, as the spelled "সাড়ে তিন" 3.5 reads
            frac = float(r.table("fraction_before_digits").find(fb.group("x")))
            st.value = _times(core + frac, st.quantity.scale)
            st.start -= len(win) - fb.start()
            win = self.window(st.start)
        qb = self.p["qual_before"].search(win)
        if qb is None and r.data.get("qualifier_noun_gap") and not st.is_year:
            gap = _NOUN_GAP.search(win)  # sw "zaidi ya watu 300", "takriban watu 200": the counted noun between
            qb = self.p["qual_before"].search(win[:gap.start()]) if gap and not r.number_words.find(gap.group(1)) else None
        if qb and self._excluded_qualifier(st.start - (len(win) - qb.start()), qb.group("x")):
            qb = None
        ys = self.p.get("year_before_strong")
        if (qb and st.is_year and not st.unit_found and ys is not None and win[qb.end("x"):].strip()
                and ys.search(win)):
            qb = None  # el "περισσότεροι από το 2023": a bound glued to a year by a singular article is its comparison base
        ya = self.p.get("year_after")
        yam = ya.match(self.text, st.ce) if qb and st.is_year and not st.unit_found and ya is not None else None
        if yam and (yam.group("x").startswith(".") or not r.duration_units.find(yam.group("x")) or st.value % 100):
            # et "rohkem kui 2019. aastal", lv "vairāk nekā 2022. gadā", lt "daugiau nei 2020 m.": a figure marked as a
            # year is the comparison base (a round one before a mark that also counts years, lt "daugiau nei 2000
            # metų", may be 2,000 years)
            qb = None
        if (qb and st.is_year and not st.unit_found
                and qb.group("x").lower() in r.data.get("qualifiers_not_before_years", [])):
            qs = st.start - (len(win) - qb.start())
            before = self.text[max(0, qs - 8):qs]
            prev_year = self._YEAR_BEFORE.search(before)
            if (st.value % 100 == 0 and self._counted_noun_after(st.pos) and not _SENTENCE_START.search(before)
                    and not (prev_year and _YEAR_MIN <= int(prev_year.group(1)) <= _YEAR_MAX)):
                st.is_year = False  # "bis 2000 Menschen", "до 2000 человек": up to a count of people
            else:
                qb = None  # "bis 2030", "до 2030 года": until a year, a date and not "up to 2030 things"
        if qb:
            q = r.qualifiers_before.find(qb.group("x"))
            if q == "up_to" and self._level_reached(st.start - (len(win) - qb.start()), st.start, st.pos):
                q = "exact"  # "выросла до 5%", "subió hasta el 5%": the level a change reached, no ceiling
            if q in ("less_than", "more_than") and (st.quantity.kind == "duration" or self._span_noun(st)) and self._during_bound(
                    st.start - (len(win) - qb.start()), st.cs):
                q = "exact"  # sv "följde patienter under tio år", no "over fem år": during the span, no bound
            if q == "more_than" and st.quantity.kind == "measure" and self._extent_bound(
                    st.start - (len(win) - qb.start()), st.cs, st.quantity.unit):
                q = "exact"  # "spread over 590 hectares": the ground it covers, no bound
            if q and q != "exact":
                st.qualifier = q if st.qualifier == "exact" else st.qualifier
            st.start -= len(win) - qb.start()
        if st.core_kind == "words" and m.group().lower() in r.approx_words:
            # "plus d'une vingtaine" stays the bound "more than 20"; "presque une vingtaine" is a span below 20
            st.collective = st.qualifier in ("exact", "about", "almost")
            st.qualifier = "about" if st.qualifier == "exact" else st.qualifier
        if not st.unit_found:
            ob = self.p["other_before"].search(self.window(st.cs))
            # the marker itself may hold the trigger ("magnitūda bija 4,2": a marker of two words)
            if ob and not self._other_in_context(r.other_before.find(ob.group("x")),
                                                 st.cs - (len(self.window(st.cs)) - ob.start()), st.pos):
                ob = None  # "medalla de oro de 2012": gold's purity only by carats
            if ob:
                other = r.other_before.find(ob.group("x"))
                if other == "ordinal" or (other == "occurrence" and st.value == 1):
                    return _Stop(None)  # vi "lần thứ 1": a first occurrence, no count of them (as "for the first time")
                st.quantity.kind, st.quantity.unit = "other", other
                st.start = min(st.start, st.cs - (len(self.window(st.cs)) - ob.start()))
                st.unit_found = True

        if st.currency:
            st.quantity.kind, st.quantity.unit = "money", st.currency
            st.unit_found = True
            st.value = self._comma_grouped_money(st)
        # zh/ja classifiers: "212架飞机", "14人"
        if not st.unit_found and r.data.get("classifiers"):
            cl = self.match("classifier", st.pos)
            if cl and st.value == 1 and st.core_kind in ("digits", "spaced") and cl.group("x") in r.data.get("article_classifiers", []):
                cl = None  # ja "1つの作品": one work, the article as "一つ" is (``bare_one_article`` reads it), but "三つの案" 3
            if cl:
                st.pos = cl.end()
                st.quantity.unit = "count"
                st.unit_found = True
                qa = self.match("qual_after", st.pos)
                if qa and st.qualifier == "exact":
                    st.qualifier = r.qualifiers_after.find(qa.group("x"), "exact")
                    st.pos = qa.end()
        return None

    def _finish(self, st: "_Reading") -> _Found | None:
        """Garbled figures, ages, bare years, product names, and the counted noun of a count."""
        r, text, m = self.r, self.text, st.m
        if st.garbled:
            st.quantity.qualifier = "garbled"
            st.quantity.value = None
            noun = 0
            if st.quantity.kind == "count":
                st.quantity.unit = "count"
                noun = self._counted_noun(st.pos, spelled=False) or 0
            return _Found(st.start, noun or st.pos, (st.cs, st.ce), st.quantity, noun=True)

        # "Narcis Termes, 68," / "aged 33": an age, read as other languages write it ("68 años", "68歳")
        if (not st.unit_found and st.quantity.kind == "count" and st.core_kind in ("digits", "words") and st.quantity.scale == 1.0
                and st.value is not None and 0 < st.value < 120 and st.value == int(st.value) and self.p["age_left"] is not None
                and ((self.p["age_left"].search(self.window(st.start)) and self.p["age_right"].match(text, st.pos))
                     or self._bracketed_age(st.start, st.pos)
                     or (self.p["age_before"] is not None and self.p["age_before"].search(self.window(st.start))))):
            st.quantity.kind, st.quantity.unit, st.quantity.value, st.quantity.qualifier = "duration", "year", st.value, st.qualifier
            return _Found(st.start, st.pos, (st.cs, st.ce), st.quantity, noun=True)

        # bare years → dates
        if not st.unit_found and st.is_year and st.qualifier == "exact" and st.quantity.kind == "count":
            if st.start == st.cs and self._name_word_year(st.cs):
                return self._skip(st.cs, st.ce, "product name")  # "Russell 2000 stocks": an index, no year
            year = _calendar_year(st.value, r)  # th "ปี 2567": 2024
            st.quantity.kind, st.quantity.unit, st.quantity.value = "date", "date", f"{int(year):04d}"
            # a year past the century ("June 3009": a slip) is read, but never dates the article's other dates
            far = year > _YEAR_MAX + 1
            return _Found(st.cs, st.ce, (st.cs, st.ce), st.quantity, year_source="far" if far else "written")

        if self._rate_base(st):
            self.resume = st.pos
            return self._skip(st.cs, st.pos, "rate base")  # "5 cases per 100,000 people": the base, no claim
        has_noun = False
        if (st.quantity.kind == "count" and st.core_kind == "digits" and st.quantity.scale == 1.0 and st.qualifier == "exact"
                and st.start == st.cs and (self._after_name(st.cs) or self._uncased_name_before(st.cs))):
            return self._skip(st.cs, st.ce, "product name")  # "Microsoft 365", "Grok 3", "Boeing 737"
        if st.core_kind == "words" and st.quantity.scale == 1.0 and self._in_hyphened_name(st.cs, st.ce):
            return self._skip(st.cs, st.ce, "name")
        if st.quantity.kind == "count":
            if st.core_kind == "cjk" and not st.unit_found and st.quantity.scale == 1.0:
                return self._skip(st.cs, st.ce, "word")  # "四价", "十分": CJK numerals count something only with a classifier or unit
            homograph = r.data.get("verb_homographs", {}).get(m.group().lower()) if st.core_kind == "words" else None
            if homograph and not st.unit_found and st.quantity.scale == 1.0 and _rx(r"\s+(?:" + homograph + ")").match(text[st.pos:st.pos + 40]):
                return self._skip(st.cs, st.ce, "word")  # it "sei furiosa": "you are", not six
            st.quantity.unit = "count"
            noun = 0 if st.case_hyphened else self._counted_noun(st.pos, spelled=st.core_kind == "words")
            if noun and st.quantity.scale >= 1e6 and r.data.get("scale_noun_after_of") and \
                    self.p["of_word"] is not None and not self.p["of_word"].match(text, st.pos):
                noun = 0  # pt "1,6 mil milhões vêm do PRR": the noun follows "de"; a word right after is a verb
            uc = self.match("unit_compound", st.pos) if noun is None else None
            noun = uc.end() if uc else noun  # vi "ba đồng nghiệp": the compound is the counted noun
            if noun is None:
                bare_from = r.data.get("bare_number_words_from")
                if (st.core_kind == "words" and bare_from is not None and st.value is not None
                        and st.value >= bare_from and st.qualifier == "exact" and self.p["list_gap"] is not None
                        and self._enumerates_count(st.cs)):
                    noun = 0  # "Tre persone sono morte e ventidue sono rimaste ferite": the noun is elided
                elif st.core_kind == "words" and fold(m.group()) in r.data.get("personal_number_words", ()):
                    noun = 0  # bg "петима бяха ранени", hu "négyen": a numeral of persons, its noun in it
                elif (st.core_kind == "words" and st.qualifier == "exact" and self.p["elided_count_before"] is not None
                      and self.p["elided_count_before"].search(self.window(st.cs))):
                    noun = 0  # "a mother of two", "killing nine": the counted noun is understood
                elif (st.core_kind == "words" and st.qualifier == "exact" and self.p["elided_count_after"] is not None
                      and self._enumerates_count(st.cs, short=True) and self.p["elided_count_after"].match(text, st.pos)):
                    noun = 0  # "13 people were hurt and three were taken to hospital": the subject of a passive
                elif st.core_kind == "words" and st.qualifier == "exact" and (
                        self._part_of_breakdown(st.cs) or self._parallel_part(st.cs, st.ce)):
                    noun = 0  # "13 trains a week: eight to Poland and five to Ukraine": the parts of a total
                elif (st.core_kind == "words" and st.quantity.scale > 1
                      and (st.qualifier != "exact" or fold(m.group().split()[0]) not in r.article_words)):
                    # "Of these, two million are children", "vivono sei milioni", "casi mil millones.", "nearly two
                    # million.": the scale word counts; after a bound an article is the number ("más de un millón")
                    noun = 0
                elif (st.core_kind == "words" and st.value == 0 and st.quantity.scale == 1.0
                      and self.p.get("zero_level_before") is not None
                      and self.p["zero_level_before"].search(self.window(st.start))):
                    noun = 0  # "cut emissions to almost zero", "ramené à zéro", "auf null gesenkt": the level a change reached
                elif st.core_kind == "words" and st.unit_found:
                    noun = 0  # vi "hai trăm người.": the classifier read after it is what it counts
                elif st.core_kind == "words" and st.qualifier == "exact" and self._spelled_pair_end(st):
                    noun = 0  # "cut the shifts from three to two", "de trois à deux": the noun was named before
                elif st.core_kind == "words" and st.qualifier == "exact" and self._gapped_count(st):
                    noun = 0  # "19 Menschen starben in Deutschland, in Japan acht.": the verb and noun are left out
                elif st.core_kind in ("words", "cjk", "fraction"):
                    return self._skip(st.cs, st.ce, "word")  # spelled numbers must count something: "les deux" alone is no claim
            elif noun:
                st.pos, has_noun = self._qualifier_after_noun(st, text[st.pos:noun].strip(), noun), True
                st.value = self._comma_grouped_count(st)
                hm = self._half_after_noun(st)
                if hm:  # "ocho puntos y medio": the half after the counted noun
                    st.value += 0.5 * (self._spelled_scale(st) or 1)
                    st.pos = hm.end()
            if (not noun and st.core_kind in ("digits", "spaced") and st.value == 1 and not st.unit_found
                    and st.quantity.scale == 1.0 and self.p["bare_one_article"] is not None
                    and self.p["bare_one_article"].match(text, st.pos)):
                return self._skip(st.cs, st.ce, "article")  # ja "1つの作品", "1 周後": "one work", "a lap later"
            has_noun = has_noun or st.unit_found
        self._below_zero(st)
        st.quantity.value = st.value
        if st.scale_qualifier and st.qualifier == "exact":
            st.qualifier = st.scale_qualifier
        st.quantity.qualifier = st.qualifier
        if st.collective and st.quantity.low is None and st.value:
            # "une dizaine", "una decina", "десяток": a round figure for what may be a few less or more
            # ("a dozen", "more than a dozen", "two weeks" for "une quinzaine de jours")
            st.quantity.low = float(f"{st.value / COLLECTIVE_REACH:.2g}")
            # "presque une vingtaine", "почти десяток": the span stops at the figure
            st.quantity.high = st.value if st.qualifier == "almost" else float(f"{st.value * COLLECTIVE_REACH:.2g}")
        return _Found(st.start, st.pos, (st.cs, st.ce), st.quantity, noun=has_noun)

    def _rate_base(self, st: "_Reading") -> bool:
        """The base a rate is counted per (``rate_base``): a round figure, one or a power of ten, of a count or a
        measure, behind a ``before`` word ("5 cases **per** 100,000 people", "pour 100 000 habitants", zh "**每**10万人")
        or before an ``after`` mark past its unit (ja "1リットル**当たり**175円"); shares and durations never, money
        only as one unit of a currency before an ``after`` mark, an exchange rate's base (ja "**1ドル**＝151.2円",
        zh "**1美元**兑151.2日元", ko "**1달러**에 1380원", every language "**1 euro** = 1.08 dollars": the rate is the
        amount after it)."""
        before, after = self.p.get("rate_base_before"), self.p.get("rate_base_after")
        if st.quantity.kind == "money":
            return (st.value == 1 and st.quantity.scale == 1.0 and st.qualifier == "exact" and after is not None
                    and bool(after.match(self.text, st.pos)))
        if (st.quantity.kind not in ("count", "measure") or st.qualifier != "exact" or not st.value
                or st.value < 1 or abs(math.log10(st.value) - round(math.log10(st.value))) > 1e-9):
            return False
        if ((before is not None and before.search(self.window(st.start)))
                or (after is not None and after.match(self.text, st.pos))):
            return True
        # a preposition also of price or change ("por", "pour", "на"): after a figure, before a base noun or a unit
        cond, nouns = self.p.get("rate_base_before_noun"), self.p.get("rate_base_nouns")
        return bool(cond is not None and cond.search(self.window(st.start))
                    and (st.quantity.kind == "measure" or (nouns is not None and nouns.match(self.text, st.pos))))

    def _qualifier_after_noun(self, st: "_Reading", noun: str, end: int) -> int:
        """A qualifier after the counted noun, where the noun's case ending links them (``qualifiers_after_noun``:
        tr "5 kişi**den fazla**" more than 5 people; "5 kişi fazla", 5 more people, is no bound). Returns the end."""
        wanted = self.r.data.get("qualifiers_after_noun")
        qa = self.match("qual_after", end) if wanted and st.qualifier == "exact" else None
        if wanted and st.qualifier == "exact" and qa is None:
            # eu "1.200 zuzeneko lanpostu baino gehiago": the noun's attribute came first, the bound follows the noun
            second = _NEXT_WORD.match(self.text, end)
            qa = self.match("qual_after", second.end()) if second else None
            noun = second.group(1) if qa else noun
        ending = wanted.get(qa.group("x").lower()) if qa else None
        if ending and _rx(ending + r"\Z").search(noun) and not self._number_at(qa.end()):
            st.qualifier = self.r.qualifiers_after.find(qa.group("x"), "exact")
            if self._verb_after(qa):
                st.qualifier = "exact"  # tr "500 kişiye kadar yükseldi": the level reached
            return qa.end()
        return end

    def _below_zero(self, st: "_Reading") -> None:
        """A temperature that words put below zero ("minus 15 degrees", "零下15摄氏度", "15 grados bajo cero",
        "15 градусов мороза"), a percentage after a minus word ("minus 3 percent", "um minus 2 Prozent",
        "moins 2 %"; not "5 minus 3"): the figure is negative, as "-15 °C", "-3 %" write it."""
        if st.value is None or st.value <= 0:
            return
        if st.quantity.kind == "percent" and self.p["minus_before"] is not None:
            win = self.window(st.start)
            mb = self.p["minus_before"].search(win)
            if mb and not self.match("minus_not_before", st.pos):
                st.start -= len(win) - mb.start()
                st.value = -st.value
            return
        cue = (self.r.data.get("negative_temperature") or {}).get("elided_unit_context")
        if (cue and st.quantity.kind == "count" and not st.unit_found and st.quantity.scale == 1.0
                and self.p["negative_before"] is not None and self.p["negative_before"].search(self.window(st.start))
                and _rx(cue).search(_rx(r"[.!?]\s").split(self.text[max(0, st.cs - 150):st.cs])[-1])):
            st.quantity.kind, st.quantity.unit = "measure", "°C"  # hr "Temperatura je pala na minus 18.": -18 °C
        if st.quantity.kind != "measure" or (unit_dimension(st.quantity.unit) or ("",))[0] != "temperature":
            return
        win = self.window(st.start)
        before = self.p["negative_before"].search(win) if self.p["negative_before"] is not None else None
        after = self.match("negative_after", st.pos)
        if not (before or after) and self.p.get("negative_around") is not None:
            before = self.p["negative_around_before"].search(win)
            after = self.match("negative_around_after", st.pos) if before else None
            before = before if after else None
        if before:
            st.start -= len(win) - before.start()
        elif self.p["negative_before"] is not None and st.start < st.cs:
            # zh "华氏零下16度": the sign word inside the claim, after the scale named before it
            before = self.p["negative_before"].search(self.text[st.start:st.cs])
        if after:
            st.pos = after.end()
        if before or after:
            st.value = -st.value

    _CONJ_BEFORE = regex.compile(r"[,;]?\s+(?P<c>\p{L}{1,3})\s+\Z")

    def _enumerates_count(self, cs: int, short: bool = False) -> bool:
        """A list connector ("e", "and", "y") right before the figure, inside a sentence that goes on from before it
        (``short``: a clause of its own before the connector will do, "Three trams burned and six ...")."""
        m = self._CONJ_BEFORE.search(self.text, max(0, cs - 8), cs)
        if not m or m.group("c").lower() not in self.r.lowered("list_connectors"):
            return False
        before = self.text[max(0, cs - 80):m.start()]
        if short:
            clause = _rx(r"[.!?;。]").split(before)[-1]
            return len(clause.split()) >= 3
        return bool(before.strip()) and not _rx(r"[.!?;。]").search(before[-60:])

    _BREAKDOWN = regex.compile(r"\d[^.!?;:。\d]{0,60}:\s*(?P<rest>[^.!?;:。\d]{0,60})\Z")
    _PART_SEPARATOR = regex.compile(r"(?:,|\s+(?P<c>\p{L}{1,3}))\s+\Z")

    def _part_of_breakdown(self, cs: int) -> bool:
        """A spelled number that opens, or continues, a breakdown of a total after a colon that follows a figure in its
        sentence ("13 поездов в неделю: восемь – в Польшу и пять – в Украину", pl "13 pociągów tygodniowo: osiem w
        stronę Ukrainy i pięć …"), after a dash that follows a figure, spelled or not ("Sieben Menschen kamen ums
        Leben – drei in Polen, vier in Tschechien"), or after an ``elided_count_before`` phrase ("из них восемь … и
        пять"): each part counts what the total counts. A later part follows the one before it by a comma
        or a list connector, a few words on."""
        m = self._BREAKDOWN.search(self.text, max(0, cs - 130), cs)
        if m:
            return self._continues_parts(m.group("rest"))
        dash = self._dash_breakdown(cs)
        if dash and self._continues_parts(dash.group("rest")):
            return True
        # the breakdown opened by "of which", "из них", "w tym" ("из них восемь – в Польшу и пять – в Украину")
        opener = self.p["elided_count_opener"]
        window = self.text[max(0, cs - 70):cs]
        found = list(opener.finditer(window)) if opener is not None else []
        rest = window[found[-1].end():] if found else ""
        if not rest.strip() or _rx(r"[.!?;:。\d]").search(rest):
            return False
        return self._continues_parts(rest)

    def _continues_parts(self, rest: str) -> bool:
        """``rest``, the text from a breakdown's opening to the figure, is nothing (the first part) or earlier parts,
        a comma or a list connector after them."""
        if not rest.strip():
            return True
        sep = self._PART_SEPARATOR.search(rest)
        return bool(sep and (sep.group("c") is None or sep.group("c").lower() in self.r.lowered("list_connectors"))
                    and len(rest.split()) <= 8 and
                    self.r.number_words.find(rest.split()[0].strip(",")) is not None)

    _DASH_BREAK = regex.compile(r"\s[–—]\s*(?P<rest>[^.!?;:。\d–—]{0,60})\Z")

    def _dash_breakdown(self, cs: int) -> regex.Match | None:
        """The spaced dash that opens a breakdown before ``cs``, where the clause before it, in its sentence, holds a
        figure (digits, or a number word that is no article)."""
        m = self._DASH_BREAK.search(self.text, max(0, cs - 70), cs)
        if m is None:
            return None
        head = _rx(r"[.!?;。]").split(self.text[max(0, m.start() - 80):m.start()])[-1]
        return m if self._holds_figure(head) else None

    # a part told by the place it is in, as the part before it was ("tři lidé v Česku a čtyři v Polsku")
    _PLACE_AFTER = regex.compile(r"[ \u00a0]+(?P<p>\p{Ll}{1,4})[ \u00a0]+(?:\p{Ll}{1,3}[ \u00a0]+)?\p{Lu}")
    _PART_AFTER_SEPARATOR = regex.compile(r"(?:,[ \u00a0]*(?:\p{L}{1,3}[ \u00a0]+)?|[ \u00a0]+(?P<c>\p{L}{1,3})[ \u00a0]+)\Z")

    def _parallel_part(self, cs: int, ce: int) -> bool:
        """A spelled number with no noun, after a comma or a list connector, followed by a preposition and a place,
        where a figure before it in its sentence is followed, a few words on, by the same preposition and a place:
        the parts of a count told by place, the noun said with the first ("tři lidé v Česku a čtyři v Polsku", pl
        "cztery zginęły w Polsce, a trzy w Czechach", "three in Poland and four in Slovakia")."""
        after = self._PLACE_AFTER.match(self.text, ce)
        sep = self._PART_AFTER_SEPARATOR.search(self.text, max(0, cs - 8), cs)
        if after is None or sep is None or (sep.group("c") is not None
                                            and sep.group("c").lower() not in self.r.lowered("list_connectors")):
            return False
        before = _rx(r"[.!?;。]").split(self.text[max(0, cs - 100):sep.start()])[-1]
        place = regex.escape(after.group("p")) + r"[ \u00a0]+(?:\p{Ll}{1,3}[ \u00a0]+)?\p{Lu}"
        part = regex.compile(r"(?:(?<![\p{L}\d])\d[\d.,]*|(?<!\p{L})(?P<w>\p{L}+))[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,2}?"
                             + place)
        if any(m.group("w") is None or self._number_word(m.group("w")) for m in part.finditer(before, overlapped=True)):
            return True
        # the first part, where the total's figure came before it and a later part follows it alike ("devět hasičů,
        # pět v Brně a čtyři v Olomouci")
        rest = _rx(r"[.!?;。]").split(self.text[after.end():after.end() + 100])[0]
        later = regex.compile(r"(?:,|[ \u00a0](?P<c>\p{L}{1,3}))[ \u00a0]+(?P<w>\p{L}+)[ \u00a0]+" + place).search(rest)
        return bool(later and self._number_word(later.group("w"))
                    and (later.group("c") is None or later.group("c").lower() in self.r.lowered("list_connectors"))
                    and self._holds_figure(before))

    def _number_word(self, word: str) -> bool:
        """A spelled number that is no article ("drei", not "ein")."""
        return word.lower() not in self.r.article_words and self.r.number_words.find(word) is not None

    def _holds_figure(self, text: str) -> bool:
        """Does ``text`` hold a figure: digits, or a spelled number that is no article?"""
        return bool(regex.search(r"\d", text)) or any(self._number_word(w) for w in regex.findall(r"\p{L}+", text))

    _NEXT_WORD = regex.compile(r"[ \u00a0]+(?P<w>\p{Ll}+)")

    def _unit_word_fits(self, um: regex.Match) -> bool:
        """A unit symbol that is also a word of the language ("ha") is a unit only when the next
        lowercase word, if any, is one the table lists as able to follow it ("ha di bosco")."""
        if self._capitalised_unit_name(um):
            return False  # "In 2019 Stone said", "the 2017 Volt sold": a name after a year, no unit
        allowed = self.r.data.get("unit_followers", {}).get(um.group("x"))
        if allowed is None:
            return True
        nxt = self._NEXT_WORD.match(self.text, um.end())
        return nxt is None or nxt.group("w") in allowed

    def _capitalised_unit_name(self, um: regex.Match) -> bool:
        """A unit name the table writes in lower case, written with a capital inside a sentence of a language
        that capitalises no nouns, is a name ("Stone", "Volt", "Miles", "Pound"); a Title Case Headline says
        nothing ("Man Loses 14 Stone"), nor does a symbol in capitals ("MW") or one listed as written ("Kt.")."""
        x, units = um.group("x"), self.r.data.get("units", {})
        return bool(x[:1].isupper() and not x.isupper() and x not in units and x.lower() in units
                    and not self.r.data.get("capitalised_nouns") and not _title_case_line(self.text, um.start()))

    def _other_in_context(self, other: str, start: int, end: int) -> bool:
        """A category/phase marker that needs a trigger word nearby ("级" only near "飓风", "地震"...)."""
        triggers = self.r.data.get("other_context", {}).get(other)
        if not triggers:
            return True
        near = self.text[max(0, start - 12):end + 12]
        return any(t in near for t in triggers)

    def _ratio_follows(self, pos: int, value) -> bool:
        """"one in five", "uno de cada cinco" (but not "one of nine": that counts nine)."""
        rm = self.match("ratio", pos)
        if not rm or rm.group("x").lower() not in [c.lower() for c in self.r.data.get("ratio_article_connectors", [])]:
            return False
        nxt = _match_core(self.p["core_follow_alts"], self.text, rm.end())
        return bool(nxt and nxt.lastgroup in ("digits", "words"))

    def _level_reached(self, qs: int, cs: int, end: int) -> bool:
        """A bound of ``level_reached`` ``bounds`` ("до", "hasta el", "jusqu'à", "tot") after a verb of change in its
        clause (``before``, searched at the end of the text before the bound) or before one written last (``after``,
        matched at ``end``, after the figure and its unit: nl "tot 2,4 procent **gedaald**"): the new level, not
        "up to". ``cs`` is where the figure's reading starts, a currency written before it included (af "tot R23,9":
        the bound is "tot")."""
        lr, la = self.p.get("level_reached_before"), self.p.get("level_reached_after")
        if lr is None and la is None:
            return False
        between = _rx(r"\p{Sc}").sub(" ", self.text[qs:cs])  # ru "подорожала на 1,4%, до $82,5": a symbol between
        if fold(" ".join(between.split())) not in self.r.data["level_reached"]["bounds"]:
            return False
        return bool(lr is not None and lr.search(self.text[max(0, qs - 120):qs])) or bool(
            la is not None and la.match(self.text, end))

    def _era_mark(self, st: "_Reading", sm) -> bool:
        """A scale word that is also an era's mark after a year (``year_era_marks``: id "M", Masehi): after four
        digits of 1900-2099, or of a year named before ("tahun 1820 M"), with no currency on either side it marks the
        year ("1945 M")."""
        yb = self.p.get("year_before")
        return (sm.group("x") in self.r.data.get("year_era_marks", ()) and st.core_kind == "digits"
                and len(st.m.group()) == 4 and 1000 <= (st.value or 0) <= _YEAR_MAX
                and (st.value >= _YEAR_MIN or (yb is not None and bool(yb.search(self.window(st.cs)))))
                and not self.p["currency_before"].search(self.window(st.cs))
                and not self.match("currency_after", sm.end()))

    # CJK corner brackets quote too (ja "探査機「はやぶさ2」"), a name's letters glued before the digits where words are not spaced
    _OPEN_QUOTE = regex.compile(r"(?:[„«“\"‚‘]\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}|[「『][\p{L}\p{N}ー・\s]{0,12})\Z")
    _CLOSE_QUOTE = regex.compile(r"[^„«“\"»”「『.!?;:。！？]{0,60}[»”“\"」』]")

    def _quoted_title(self, cs: int) -> bool:
        """A figure inside quotes that open right after a word naming a work or paper (``quoted_title_before``: bg
        "Вестник „24 часа“", "Филмът „Трима приятели“", uk "Роман «Сто років самотності»", el an article, "Τα
        «Δώδεκα Ευαγγέλια»"), the quotes closing within a few words: part of the title, no claim."""
        qt = self.p.get("quoted_title_before")
        if qt is None:
            return False
        win = self.window(cs)
        oq = self._OPEN_QUOTE.search(win)
        return bool(oq and qt.search(win[:oq.start()]) and self._CLOSE_QUOTE.match(self.text, cs))

    def _house_number(self, cs: int, ce: int) -> bool:
        """Digits after a street's name (``address_before``: uk "вул. Хрещатик, 22", bg "ул. „Граф Игнатиев“ 15",
        fi "Aleksanterinkatu 5:ssä") with no counted noun after them (a grammar word, a mark or the end): a house
        number; "на вулиці Хрещатик, 22 людини", "5 тисяч людей" stay counts."""
        if self.p.get("address_after") is not None and self.p["address_after"].match(self.text, ce):
            return True  # vi "tại 123 Nguyễn Huệ": the number before the street's name
        if self.p.get("address_before") is None or not self.p["address_before"].search(self.window(cs)):
            return False
        w = self.p["word"].match(self.text, ce + 1) if self.text[ce:ce + 1] == " " else None
        return w is None or w.group().lower() in self.r.stopwords

    def _span_noun(self, st) -> bool:
        """A count whose noun is a ``during_bounds`` ``nouns`` entry, the steps a span is made of ("cast ballots
        over seven **phases**", "20 goals over ten **games**"): after a verb of a span the bound is "during" too."""
        nouns = (self.r.data.get("during_bounds") or {}).get("nouns")
        if not nouns or st.quantity.kind != "count" or st.unit_found:
            return False
        w = self.p["word"].match(self.text, st.pos + 1) if self.text[st.pos:st.pos + 1] == " " else None
        return bool(w) and w.group().lower() in nouns

    def _bound_listed(self, qs: int, cs: int, table: str) -> bool:
        """Is the bound written from ``qs`` to ``cs`` one of the ``bounds`` of the language's ``table``, folded and
        with its spaces as one?"""
        return fold(" ".join(self.text[qs:cs].split())) in self.r.data[table]["bounds"]

    def _extent_bound(self, qs: int, cs: int, unit: str | None) -> bool:
        """A bound right after a verb of extent (``extent_bounds``: en "spread over 590 hectares", "stretches over
        12 km", de "erstreckt sich über 950 Hektar") before a length or an area: the ground covered, exact; "covers
        over 500 hectares" stays more than."""
        eb = self.p.get("extent_before")
        if eb is None or not self._bound_listed(qs, cs, "extent_bounds"):
            return False
        dim = unit_dimension(unit) if unit else None
        return dim is not None and dim[0] in ("length", "area") and bool(eb.search(self.text[max(0, qs - 60):qs]))

    def _during_bound(self, qs: int, cs: int) -> bool:
        """A bound of ``during_bounds`` ``bounds`` (sv "under", no "over") before a unit of time after a verb of a
        span in its clause (``before``): "during" the span, no bound ("följde 12 000 patienter under tio år",
        "nedbetales over 25 år"); right after a ``not_after`` preposition it stays one ("på under två år", "i over ti år")."""
        db = self.p.get("during_before")
        if db is None or not self._bound_listed(qs, cs, "during_bounds"):
            return False
        before = self.text[max(0, qs - 120):qs]
        na = self.p.get("during_not_after")
        return not (na is not None and na.search(before)) and bool(db.search(before))

    def _excluded_qualifier(self, qstart: int, phrase: str) -> bool:
        """"签约五年": the qualifier's characters end a longer word ("签约" signed), so they qualify nothing."""
        for word in self.r.data.get("qualifier_exclusions", []):
            if word.endswith(phrase) and self.text[max(0, qstart - len(word) + len(phrase)):qstart + len(phrase)] == word:
                return True
        # ``qualifier_property_after``: the words after the phrase name the property it is the maximum of (zh
        # "最高时速250公里", ko "최대 시속 250㎞": top speed), and the figure is that maximum, no bound
        prop = self.r.data.get("qualifier_property_after")
        if prop and _rx(prop).match(self.text, qstart + len(phrase)):
            return True
        # ``qualifier_not_after``: a regex before the phrase that makes it no bound (de "eine Umfrage unter 20.000
        # Schülern": among them, a count; "unter 20.000 Euro" stays less than)
        before = self.p["qualifier_not_after"].find(phrase)
        return bool(before is not None and before.search(self.text[max(0, qstart - _GUARD_WINDOW):qstart]))

    _NAME_BEFORE = regex.compile(r"(?<![\p{Latin}\p{Cyrillic}\p{Greek}])(?P<w>\p{Lu}[\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)[ \u00a0]?\Z")
    # where words are not spaced, a name is its cased letters alone ("华为Mate 60"; "SCIS加盟の74校" names no "SCIS加盟の")
    _NAME_BEFORE_UNSPACED = regex.compile(
        r"(?<![\p{Latin}\p{Cyrillic}\p{Greek}])(?P<w>\p{Lu}[\p{Latin}\p{N}]*|\p{Ll}+\p{Lu}[\p{Latin}\p{N}]*)[ \u00a0]?\Z")

    def _after_name(self, cs: int) -> bool:
        """A capitalised word that is no known grammar word stands right before the number."""
        tok = _rx(r"['’]s\Z").sub("", self.text[cs:cs + 12].split()[0])  # "Radio 4's Today programme"
        if not self.r.word_boundaries:  # "iPhone 15正式发售": the digits glued to the next word
            tok = _rx(r"[\d.,]*").match(tok).group()
        if not tok.rstrip(".,;:)!?").isdigit():
            return False  # grouped or decimal figures ("2.810") are amounts, not model numbers
        window = self.text[max(0, cs - 30):cs]
        m = (self._NAME_BEFORE if self.r.word_boundaries else self._NAME_BEFORE_UNSPACED).search(window)
        if not m:
            return False
        w = m.group("w")
        r = self.r
        label = self._label_before(cs, w)
        before = self.text[max(0, cs - len(window) + m.start("w") - 3):cs - len(window) + m.start("w")].strip()
        line_start = self.text.rfind("\n", 0, cs) + 1
        line = self.text[line_start:self.text.find("\n", cs) if self.text.find("\n", cs) != -1 else len(self.text)]
        if ((not before or before[-1] in ".!?:;\"'«»“”\n") and not label and not _rx(r"\p{Ll}+\p{Lu}").match(w)
                and not (_LATIN_WORD.fullmatch(w) and _OTHER_SCRIPT.search(line))):
            # sentence-initial capital ("Llegaron 2.810 ..."); a camel-cased name holds ("iPhone 15"), as does a Latin
            # word in a sentence of another script (ru "Boeing 737 пролетел": no grammar word of the language)
            return False
        if not label and self._place_before_name(cs, m.start("w") + cs - len(window)):
            return False  # it "in Calabria 640 evacuati", en "in Texas 300 homes": a place, then its count
        words = [x for x in line.split() if x[:1].isalpha()][1:]  # the line's first word is capitalised anyway
        if words and sum(x[0].isupper() for x in words) > 0.6 * len(words) and not label:
            return False  # Title Case Headline: every word is capitalised
        if (r.data.get("capitalised_nouns") and w.lower() not in r.data.get("name_words", [])
                and not any(c.isupper() for c in w[1:]) and label != "caps"):
            return False  # German capitalises every noun: "Ausgaben 512" is no name
        if any(w.endswith(e) and len(w) > len(e) + 2 for e in r.data.get("name_adjective_endings", ())):
            return False  # eu "Euskadiko 300 ontzi": a place's adjective ("of the Basque Country"), no model name
        cn = self.p.get("count_noun_after_name")
        if label != "word" and cn is not None and cn.match(self.text, cs + len(tok.rstrip(".,;:)!?"))):
            return False  # hu "A Fidesz 135 mandátumot", fi "SDP 43 paikkaa": a subject, its count in the object's case
        known = (r.months.find(w) is not None or r.weekdays.find(w) is not None or r.qualifiers_before.find(w) or r.other_before.find(w)
                 or w.lower() in r.stopwords
                 or (r.currency_before.find(w) and w not in r.entries("currency_before_need_scale")))
        return not known

    _LOWER_AFTER = regex.compile(r"[ \u00a0]+\p{Ll}")
    _WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?P<w>[\p{L}\p{M}]+)[ \u00a0]+\Z")

    def _place_before_name(self, cs: int, name_start: int) -> bool:
        """A ``place_prepositions`` word before the capitalised word, a lowercase word after the figure: the word
        names where, and the figure counts what follows it ("in Calabria 640 evacuati"); a ``name_words`` entry is
        labelled before this is asked, and stays a model ("in Formula 1 races")."""
        preps = self.r.lowered("place_prepositions")
        m = self._WORD_BEFORE.search(self.text, max(0, name_start - 20), name_start)
        if not (preps and m and m.group("w").lower() in preps):
            return False
        return bool(self._LOWER_AFTER.match(self.text, cs + len(self.text[cs:].split(None, 1)[0].rstrip(".,;:)!?"))))

    def _uncased_name_before(self, cs: int) -> bool:
        """A ``name_words`` entry of a script without capitals right before the digits (zh "波音737", ja
        "ボーイング737型機", he "אייפון 15", hi "आईफोन 15", ar "غالاكسي إس 24"): a model number, no count."""
        tail = self.text[max(0, cs - 30):cs].rstrip(" \u00a0")
        marks = regex.escape("".join(self.r.data.get("acronym_marks", [])))
        if self.r.word_boundaries and marks:  # an acronym with its marks inside is one word
            m = _rx(rf"(?:^|[^\p{{L}}\p{{M}}{marks}])?([\p{{L}}\p{{M}}]+(?:[{marks}][\p{{L}}\p{{M}}]+)?)\Z").search(tail)
        else:
            m = _rx(r"(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+)\Z" if self.r.word_boundaries else r"[\p{L}\p{M}]+\Z").search(tail)
        if not m:
            return False
        word = m.group(m.lastindex or 0)
        names = [n for n in self.r.data.get("name_words", []) if n.lower() == n.upper()]
        return any(word == n if self.r.word_boundaries else word.endswith(n) for n in names)

    def _name_word_year(self, cs: int) -> bool:
        """A ``name_words`` entry before a year-like figure with a lowercase word after ("Russell 2000 stocks")."""
        m = self._NAME_BEFORE.search(self.text[max(0, cs - 30):cs])
        return bool(m) and self._label_before(cs, m.group("w")) == "word"

    def _comma_grouped_count(self, st: "_Reading"):
        """"Asistieron 1,500 personas", "Погибли 1,200 человек": in a decimal-comma language one comma before three
        digits that would make a counted noun a fraction (1.5 people) groups thousands, as US and Latin-American
        text writes them; the figure stays flagged ambiguous."""
        if (st.quantity.ambiguous and self.r.decimal == "," and st.core_kind == "digits" and st.quantity.scale == 1.0
                and not st.unit_found and st.value is not None and st.value != int(st.value)
                and _rx(r"\d{1,3},\d{3}").fullmatch(st.m.group()) and st.value == float(st.m.group().replace(",", "."))):
            return float(st.m.group().replace(",", ""))
        return st.value

    def _comma_grouped_money(self, st: "_Reading"):
        """es "$1,500 pesos", "2,000 MDD", "1,800 mdp": in a decimal-comma language one comma before three digits groups
        thousands in an amount of a currency the table lists in ``comma_group_money`` (a code, or the word written
        right after the figure), as Mexico writes them (2,000 million dollars, no 2.0); the figure stays flagged ambiguous."""
        listed = self.r.data.get("comma_group_money")
        if not (listed and st.quantity.ambiguous and self.r.decimal == "," and st.core_kind == "digits"
                and st.value is not None and _ONE_COMMA_GROUP.fullmatch(st.m.group())):
            return st.value
        after = _MONEY_WORD_AFTER.match(self.text, st.ce, st.ce + 20)
        if st.currency not in listed and not (after and after.group(1) in listed):
            return st.value
        scale = st.quantity.scale or 1.0
        if abs(st.value - float(st.m.group().replace(",", ".")) * scale) > 1e-6 * abs(st.value or 1):
            return st.value
        return float(st.m.group().replace(",", "")) * scale

    def _slash_idiom(self, m: regex.Match, value) -> bool:
        """A slash pair that is a ``set_phrases`` entry ("24/7", "9/11") or more than a whole ("24/7" read as
        342 %: no share is) is no fraction."""
        sp = self.p["set_phrase"]
        hit = sp.match(self.text, m.start()) if sp is not None else None
        return bool(hit and hit.end() == m.end()) or (value is not None and value > 1)

    _HYPHEN_NUMBER_NAME = regex.compile(r"[-‐](?P<w>\p{Lu}\p{Ll}+)(?![\p{L}-])")

    _HYPHENED_BEFORE = regex.compile(r"(?<![\p{L}-])(?P<w>\p{L}+)[-‐]$")
    _HYPHENED_AFTER = regex.compile(r"[-‐](?P<w>\p{L}+)(?![\p{L}])")

    def _in_hyphened_name(self, cs: int, ce: int) -> bool:
        """A number word hyphened to a capitalised word that is no number is part of a name ("Entre-deux-Mers",
        "Deux-Sèvres", "Trois-Rivières"); "Vingt-deux", "Twenty-two" are numbers, and where every noun is capitalised
        the compound is a noun's ("Zwei-Drittel-Mehrheit")."""
        if self.r.data.get("capitalised_nouns"):
            return False
        words = [m.group("w") for m in (self._HYPHENED_BEFORE.search(self.text[max(0, cs - 40):cs]),
                                          self._HYPHENED_AFTER.match(self.text, ce)) if m]
        return any(w[0].isupper() and self.r.number_words.find(w.lower()) is None for w in words)

    def _hyphen_number_name(self, ce: int) -> int | None:
        """Digits hyphened to a capitalised number word are a name ("7-Eleven"), no range: its end."""
        hm = self._HYPHEN_NUMBER_NAME.match(self.text, ce)
        return hm.end() if hm and self.r.number_words.find(hm.group("w")) is not None else None

    def _label_before(self, cs: int, w: str) -> str | None:
        """A name that a figure and then a lowercase word (a verb, not a Capitalised headline word) follow:
        "caps" for a token of two capitals or more ("The FTSE 100 fell", "S&P 500 rose", "Der DAX 40 stieg"),
        "word" for a ``name_words`` entry ("Apollo 11 landed", "Formula 1 returns"); they hold even opening a
        sentence or in a short line of capitals, where another capitalised word before a figure may be a verb
        ("Llegaron 200 personas") or a headline's ("Storm Kills 12 People")."""
        if not self._LOWER_AFTER.match(self.text, cs + len(self.text[cs:].split(None, 1)[0].rstrip(".,;:)!?"))):
            return None
        tok = self.text[:cs].rstrip(" \u00a0").rsplit(None, 1)[-1] if self.text[:cs].strip() else ""
        if sum(c.isupper() for c in tok) >= 2 and any(c.islower() for c in self.text[cs:cs + 40]):
            return "caps"
        return "word" if w.lower() in self.r.data.get("name_words", []) else None

    def _title_year(self, m: regex.Match, value) -> bool:
        """"the Data Protection Act 2018", "the Treaty 1648": four digits of 1000-2100 right after a word that closes
        a capitalised document's name (``title_year_before``) are the year of the title, no reference number ("Act 3" stays one);
        "Regulation 2016/679" is a number."""
        tb = self.p.get("title_year_before")
        tm = (tb.search(self.window(m.start())) if tb is not None and m.lastgroup == "digits" and len(m.group()) == 4
              and m.group().isdigit() and value is not None and 1000 <= value <= 2100 else None)
        tn = self.p.get("title_number_before")  # "Republic Act 1425": a law's number
        return bool(tm and not tm.group()[0].islower()  # a name's capital: "the agreement 1500 workers signed" counts
                    and not _rx(r"[/\-‐–]\d").match(self.text[m.end():m.end() + 2])
                    and not (tn is not None and tn.search(self.window(m.start()))))

    def _year_like(self, m: regex.Match, value, quantity: Quantity) -> bool:
        """A four-digit figure is a year when its words say so ("in", "im Jahr", "году", "年"), or,
        with no such word, when it lies in the years news is about."""
        tok = m.group()
        digit_by_digit = m.lastgroup == "cjk" and all(ch in self.r.cjk_digits for ch in tok)  # "二〇二四年" as "2024年"
        if not ((m.lastgroup == "digits" and tok.isdigit() or digit_by_digit) and len(tok) == 4
                and quantity.scale == 1.0 and value is not None):
            return False
        if _calendar_year(value, self.r) != value:  # th "ปี 2567", "พ.ศ. 2567": a year of the language's calendar, only
            yb = self.p.get("year_before")  # after a word that names a year (a bare 2500 counts)
            return yb is not None and bool(yb.search(self.window(m.start())))
        if _YEAR_MIN <= value <= _YEAR_MAX:  # ro "2000 de oameni": a count's link to its noun, no year ("în 2024 de guvern")
            yb, ca = self.p.get("year_before"), self.p.get("count_after_year")
            if (value % 100 == 0 and self._counted_range_end(m.end())
                    and not (yb is not None and yb.search(self.window(m.start())))):
                return False  # "2000 to 2200 jobs", "2000至2200个岗位": the range's upper end counts, and so does this
            return not (ca is not None and ca.match(self.text, m.end())
                        and not (yb is not None and yb.search(self.window(m.start()))))
        if not 1000 <= value <= 9999:
            return False
        if self._title_year(m, value):
            return True  # "the Treaty 1648"
        mb = self.p.get("month_before")
        if mb is not None and mb.search(self.window(m.start())) and not (value > _YEAR_MAX and self._noun_after(m.end())):
            return True  # "in June 3009": a year, mistyped or not; fa "تا ۳۰ ژوئن ۲۸۰۰ پرستار": by 30 June, 2,800 nurses
        yb, ya = self.p.get("year_before"), self.p.get("year_after")
        ys = self.p.get("year_before_strong")
        if yb is not None and yb.search(self.window(m.start())) and (
                not self._noun_after(m.end()) or (ys is not None and ys.search(self.window(m.start())))):
            return True  # "in 1870,", "since 3987": but "in 1500 homes" counts homes; el "Το 1821 ξέσπασε" a year
        if value > 2999:
            # "в 4020 году", "在6014年服役", "6014年3月": only words that never count years make a later figure a year
            ya = self.p.get("year_after_any_value")
        after = ya.match(self.text, m.end()) if ya is not None else None
        if after is None:
            return False
        longer = self.match("duration", m.end())  # "1500年间", "2500年历史": a longer duration phrase, not a year
        return not (longer and longer.end() > after.end())

    def _counted_range_end(self, pos: int) -> bool:
        """Does a range word and a four-digit figure round to the hundred that counts follow ``pos``: a classifier
        after it (zh "个", "名"), or a noun where words are spaced, and no year mark? A bound on a count is round;
        "von 2020 bis 2025 Windräder bauen" spans years."""
        rg = self.match("range", pos)
        hm = _match_core(self.p["core_follow_alts"], self.text, rg.end()) if rg else None
        if not (hm and hm.lastgroup == "digits" and len(hm.group()) == 4 and hm.group().isdigit()
                and int(hm.group()) % 100 == 0):
            return False
        ys, ya = self.p.get("year_suffix"), self.p.get("year_after")
        if any(x is not None and x.match(self.text, hm.end()) for x in (ys, ya)):
            return False
        return bool((self.r.data.get("classifiers") and self.match("classifier", hm.end()))
                    or self._noun_after(hm.end()))

    def _years_counted(self, pos: int, dm) -> bool:
        """A year-like figure with a unit of years after it counts years ("2000 years old", "vor 2000 Jahren",
        "il y a 2000 ans", "2000 лет назад") unless the word after it marks a year (``year_after``: "в 2000 году",
        "2000 yılında", "2000年") or the unit goes on past a hyphen ("the 2024 year-end")."""
        ya = self.p.get("year_after")
        counted = self._year_count_after(pos)
        if ya is not None and ya.match(self.text, pos) and ya.match(self.text, pos).end() >= dm.end() and not counted:
            return False
        if self.p.get("year_suffix") is not None and self.p["year_suffix"].match(self.text, pos) and not counted:
            return False
        return not _rx(r"[-‐'’]").match(self.text[dm.end():dm.end() + 1])

    def _year_count_after(self, pos: int) -> bool:
        """``year_count_after``: words after a year-like figure that make it a count of years, though its
        year mark follows ("2000年の歴史", "有2000年历史", ja "2000年前": 2000 years, not the year 2000)."""
        yc = self.p.get("year_count_after")
        return yc is not None and yc.match(self.text, pos) is not None

    _WORD_AFTER = regex.compile(r"[ \u00a0]+(?P<w>\p{L}[\p{L}\p{M}]*)")

    def _noun_after(self, pos: int) -> bool:
        """A word that may be a counted noun follows the figure ("in 1500 homes", "in 1500 Häusern"): no
        grammar word, lowercase, or capitalised where every noun is (de; a lowercase word there is a verb)."""
        if not self.r.word_boundaries:
            return False
        w = self._WORD_AFTER.match(self.text, pos)
        if not w or w.group("w").lower() in self.r.stopwords:
            return False
        if not w.group("w")[0].isupper() and not w.group("w")[0].islower():
            return True  # he "עד 2000 איש", ar, hi: a script without case, any word but a grammar word
        return w.group("w")[0].isupper() if self.r.data.get("capitalised_nouns") else w.group("w")[0].islower()

    _YEAR_BEFORE = regex.compile(r"(?<!\d)(\d{4})\s*$")  # "van 2019 tot 2023 daalde": the end of a span of years

    def _counted_noun_after(self, pos: int) -> bool:
        """After "until"/"up to" a figure is counted when a noun follows that names no month or year
        ("do 2000 widzów", but "do 2030 roku", "bis 2030.", "hasta 2030 en"); the caller keeps the year
        where the phrase opens a sentence ("Do 2030 powstanie most": a verb, not a counted noun) and for a
        figure not round to the hundred: a bound on a count is round, and no word list tells every verb or
        adverb after a year ("até 2019 quando", "до 2030 включительно", "bis 2030 Windräder bauen")."""
        if not self._noun_after(pos):
            return False
        ya = self.p.get("year_after")
        if ya is not None and ya.match(self.text, pos):
            return False
        w = self._WORD_AFTER.match(self.text, pos).group("w")
        return not (self.r.months.find(w) is not None or self.r.weekdays.find(w) is not None)

    _NOTHING_AFTER = regex.compile(r"\s*(?:[\p{P}\p{S}]|\Z)")

    def _read_special(self, m: regex.Match, value):
        """Cores that are read whole: ordinal words, fixed phrases, number-unit compounds.
        None: not one of them; False: no claim; else the claim."""
        kind = m.lastgroup
        cs, ce = m.span()
        if kind == "ordword":
            return self._ordinal(cs, ce, value) or False
        if kind == "prefixed":
            prefix = _rx(r"\D+").match(m.group()).group()
            quantity = Quantity(kind="other", value=value, unit=self.r.data["glued_prefixes"][prefix])
            if quantity.unit == "magnitude" and value is not None and value >= 10:
                return self._skip(cs, ce, "code") or False  # "the M25": a road, no magnitude
            return _Found(self._qualify_left(cs, quantity), ce, (cs, ce), quantity, noun=True)
        if kind == "vague":
            if (m.group().lower() in self.r.data.get("vague_amounts_need_noun", [])
                    and self._NOTHING_AFTER.match(self.text, ce)):
                return False  # "единственная команда десятки.": the ten (a set), not tens of something
            nb = (self.r.data.get("vague_amounts_not_before") or {}).get(m.group().lower())
            if nb and _rx(nb + r"\Z").search(self.window(cs)):
                return False  # uk "увійшла до десятки": the genitive of "десятка" (the top ten) after a preposition
            low, high = self.r.table("vague_amounts").find(m.group())
            mult, end = _myriads_after(self.text, ce, self.r)
            if mult > 1 and self.match("unit", ce) is None:  # "数千亿元", "数十兆円": the order times a myriad
                low, high, ce = low * mult, (high + 1) * mult - 1, end  # (not zh "数千兆瓦": MW, a unit)
            quantity = Quantity(kind="count", value=float(low), unit="count", qualifier="about",
                                low=float(low), high=float(high))
            start = self._qualify_left(cs, quantity)
            cm = self.match("currency_after", ce)
            code = self.r.currency_after.find(cm.group("x")) if cm else None
            if code and _is_currency_code(code):  # "数千万美元", "수억 원": an amount of money of that order
                quantity.kind, quantity.unit = "money", code
                return _Found(start, cm.end(), (cs, ce), quantity, noun=True)
            dm = self.match("duration", ce) or self.match("duration_linked", ce)
            if dm:  # "desítky let", "dozens of years", "dizaines d'années"... read as the duration they are
                quantity.kind, quantity.unit = "duration", self.r.duration_units.find(dm.group("x"))
                return _Found(start, dm.end(), (cs, ce), quantity, noun=True)
            um = self.match("unit", ce)
            unit = self.r.units.find(um.group("x")) if um and self._unit_word_fits(um) else None
            if unit and self._ambiguous_reading(um.group("x"), unit, cs, um.end()) != "count":
                quantity.kind, quantity.unit = "measure", self._ambiguous_reading(um.group("x"), unit, cs, um.end())
                return _Found(start, um.end(), (cs, ce), quantity, noun=True)  # id "belasan kilometer": tens of km
            noun = self._counted_noun(ce, spelled=False)
            return _Found(start, noun or ce, (cs, ce), quantity, noun=bool(noun))
        if kind not in ("phrase", "glued") or value is None:
            return None
        qualifier = "exact"
        follow = self.r.table("phrase_follow").find(m.group()) if kind == "phrase" else None
        if follow and not _rx(follow).match(self.text[ce:ce + 12]):
            return False  # zh "通过半导体": "过半" only where what follows lets it be "more than half"
        if kind == "phrase" and self.p["phrase_not_after"] is not None and self.p["phrase_not_after"].search(self.window(cs)):
            return False  # zh "上半年": the first half of a year, no half-year's time
        if kind == "phrase":  # a fourth item is the phrase's own bound (zh "过半", ja "過半数": more than half)
            q_kind, _, unit, *rest = self.r.table("phrase_quantities").find(m.group())
            qualifier = rest[0] if rest else qualifier
        else:
            q_kind, unit = "duration", _glued_unit(m.group(), self.r)
            if unit is None:
                return False
        quantity = Quantity(kind=q_kind, value=value, unit=unit, qualifier=qualifier)
        quantity.written_unit = self._written_unit(m.group(), unit)
        start = self._qualify_left(cs, quantity)
        if kind == "phrase" and quantity.qualifier == "exact" and not follow and \
                self.r.table("qualified_phrase_quantities").find(m.group()) is not None:
            return False  # "года" alone is no year's time; "более года" is more than one (he "שעה ו-20 דקות":
            # a `phrase_follow` context makes it one on its own)
        hm = self.match("half", ce) if q_kind == "duration" and value == int(value) else None
        if hm:  # "ساعتين ونصف" (two hours and a half), as "3 ساعات ونصف" after a figure; half of the phrase's own
            # written unit ("a decade and a half": 15 years)
            quantity.value += 0.5 * (quantity.written_unit[1] if quantity.written_unit else 1)
        end = hm.end() if hm else ce
        qa = self.match("qual_after", end) if kind == "phrase" and quantity.qualifier == "exact" else None
        if qa and not self._number_at(qa.end()):  # ko "열흘 넘게", "이틀 가량": a bound after the phrase
            quantity.qualifier, end = self.r.qualifiers_after.find(qa.group("x"), "exact"), qa.end()
        return _Found(start, end, (cs, ce), quantity, noun=True)

    def _written_unit(self, phrase: str, unit: str | None) -> tuple[str, float] | None:
        """The unit word of a phrase that carries its own power of ten ("a decade": 10 years written as one
        decade; "ćwierć wieku"), where it names the phrase's unit (``Quantity.written_unit``)."""
        pattern = self.p.get("scaled_unit")
        m = pattern.search(phrase) if pattern is not None else None
        entry = self.p["scaled_units"].find(m.group("x")) if m else None
        if not entry or canonical_unit(entry[0]) != canonical_unit(unit):
            return None
        return _power_of_ten_unit(m.group("x"), entry[1])

    def _lasting_after(self, qa: regex.Match) -> bool:
        """A ``qualifiers_after`` bound after a duration that a verb of lasting or being follows
        (``lasting_after``: hi "तीन सप्ताह **तक चली**", "एक साल **तक जेल में रहा**") means "for", no ceiling."""
        lasting = self.p.get("lasting_after")
        verb = lasting.find(qa.group("x")) if lasting is not None else None
        return verb is not None and bool(verb.match(self.text, qa.end()))

    def _qualifier_ending(self, st: "_Reading") -> str:
        """The bound a word read after the figure holds at its end (``qualifier_endings``: ml "100 കോടിയിലധികം രൂപ",
        "60 ശതമാനത്തിലധികം", "500 കോടി രൂപയോളം", uz "5 yilgacha"), or "exact"; a verb of change right after the word
        makes it the level reached, no bound, as after a written bound (``qualifier_verb_after``: uz "3,1 foizgacha
        pasaydi" fell to 3.1 %)."""
        endings = self.r.longest_first("qualifier_endings")
        found = next(((e, q) for word in self.text[st.ce:st.pos].split() for e, q in endings
                      if word.endswith(e) and len(word) > len(e)), None)
        if found is None:
            return "exact"
        after = self.p.get("qualifier_verb_after")
        verb = after.find(found[0]) if after is not None else None
        return "exact" if verb is not None and verb.match(self.text, st.pos) else found[1]

    def _verb_after(self, qa: regex.Match) -> bool:
        """A ``qualifiers_after`` bound that a verb of change follows (``qualifier_verb_after``, the verb-final order of
        ``level_reached``): the figure is the level reached or the start of the change, exact, no bound (tr "eksi 8
        dereceye **kadar düştü**", hi "45 डिग्री सेल्सियस **तक पहुंच गया**", kk "5,1 пайызға **дейін төмендеді**", ur "96 دن
        **سے کم ہو کر** 71 دن" fell from 96 to 71 days; "%50'ye kadar indirim", "96 دن سے کم" stay bounds). A bound of
        several words also finds the entry of its last word (tr "'e kadar")."""
        after = self.p.get("qualifier_verb_after")
        bound = qa.group("x")
        verb = (after.find(bound) or after.find(bound.split()[-1])) if after is not None else None
        return verb is not None and bool(verb.match(self.text, qa.end()))

    def _bound_before(self, start: int) -> regex.Match | None:
        """The qualifier right before ``start`` that bounds it ("more than a year"), not one that compares another
        figure ("12% more than a year earlier": ``qualifier_not_after``) or ends a longer word ("签约")."""
        win = self.window(start)
        qb = self.p["qual_before"].search(win)
        return qb if qb and not self._excluded_qualifier(start - (len(win) - qb.start()), qb.group("x")) else None

    def _qualify_left(self, start: int, quantity: Quantity) -> int:
        """Read a qualifier written before ``start`` into ``quantity``; the new start."""
        win = self.window(start)
        qb = self._bound_before(start)
        if qb:
            q = self.r.qualifiers_before.find(qb.group("x"))
            if q and quantity.qualifier == "exact":
                quantity.qualifier = q
            return start - (len(win) - qb.start())
        return start

    def _anniversary(self, cs: int, end: int, value) -> _Found | None:
        """"40th anniversary", "40e anniversaire", "21º aniversário", "zum 60. Geburtstag", "60周年", "60-летие":
        an anniversary or birthday states a number of years (as "68 años" and "68歳" do), after the figure's
        ordinal ending if it has one (``anniversary_after``). An implausible count of years ("40000th
        anniversary") is still read: it is a slip to catch against the other article, not a reason to drop it."""
        if value is None or value != int(value) or not 0 < value < 1e7:
            return None
        p, text = self.p, self.text
        pos = end
        for name in ("ordinal", "digit_ordinal"):
            om = p[name].match(text, pos) if p.get(name) is not None else None
            if om:
                pos = om.end()
                break
        if value >= 1000 and pos == end:
            return None  # "the 2019 anniversary concert": a four-digit figure with no ordinal ending is a year
        am = p["anniversary"].match(text, pos)
        if not am:
            return None
        if pos == end and p.get("year_after") is not None and p["year_after"].match(text, end):
            return None  # tr "30 yılı aşkın": a word that marks a year is an anniversary after an ordinal only ("100. yılı")
        quantity = Quantity(kind="duration", value=float(value), unit="year")
        return _Found(cs, am.end(), (cs, end), quantity, noun=True)

    def _article_duration(self, cs: int, end: int) -> bool:
        """"within a month", "an hour later", "il y a un an", "vor einem Jahr": an article with a unit of time is
        a duration of one when a word of time stands before or after it (``article_duration_context``: ``before``,
        ``after``, and ``not_before`` for the base of a comparison, "from a year earlier"); bare ("a year of
        turmoil") or in a rate ("twice a day", "$5 a day") it stays an article."""
        p = self.p
        if p["article_duration_not_before"] is not None and p["article_duration_not_before"].search(self.window(cs)):
            return False  # "fell 0.9% from a year earlier": the base of a comparison, no stated duration
        if self._article_ordinal(end):
            return False  # "for a second time": the ordinal, no second of time
        return bool((p["article_duration_before"] is not None and p["article_duration_before"].search(self.window(cs)))
                    or (p["article_duration_after"] is not None and p["article_duration_after"].match(self.text, end)))

    def _article_measure(self, cs: int, end: int) -> bool:
        """"about a mile away", "nearly a kilometre long", "à près d'un kilomètre", "knapp einen Kilometer": an article
        with a unit of length, mass, area or volume is one of it after a bound or in a distance phrase
        (``article_measure_context``: ``before`` searched before the article, ``after`` matched after the unit);
        hyphened ("a metre-high wall") or bare ("a mile of road") it stays an article."""
        p = self.p
        um = self.match("unit", end) if p["article_measure_unit"] is not None else None
        if not um or self.text[um.end():um.end() + 1] in "-‐" or not p["article_measure_unit"].match(um.group("x")):
            return False
        return bool((p["article_measure_before"] is not None and p["article_measure_before"].search(self.window(cs)))
                    or (p["article_measure_after"] is not None and p["article_measure_after"].match(self.text, um.end())))

    def _article_ordinal(self, end: int) -> bool:
        """"for a second **time**", "nearly a second **term**", "après une seconde **vague**": the unit word is the ordinal
        before a noun (``article_duration_context`` ``not_after``), with or without a bound before it."""
        na = self.p["article_duration_not_after"]
        return na is not None and bool(na.match(self.text, end))

    _GLUED_RANK_VERBS: dict[str, "regex.Pattern | None"] = {}

    def _glued_rank_verb(self, cs: int) -> bool:
        """zh "排名第三", "位居第二": a ranking verb glued to the ordinal marker (``rank_verbs`` of a language
        without word boundaries, each ending in its marker) makes the ordinal a rank."""
        if self.r.word_boundaries:
            return False
        pat = self._GLUED_RANK_VERBS.get(self.r.lang, False)
        if pat is False:
            verbs = self.r.data.get("rank_verbs", [])
            pat = self._GLUED_RANK_VERBS[self.r.lang] = (regex.compile(
                "(?:" + "|".join(regex.escape(v) for v in sorted(verbs, key=len, reverse=True)) + r")\s*\Z")
                if verbs else None)
        return bool(pat is not None and pat.search(self.window(cs)))

    def _ordinal(self, cs: int, end: int, value, ranked: bool = False) -> _Found | None:
        """"terzo posto", "3rd place", "第8次发射", "finishing third", "the 11th and final round": an
        ordinal is a claim when its words say what sequence it is a position in; otherwise skipped."""
        text, p = self.text, self.p
        if value is None:
            return None
        if p.get("anniversary") is not None:
            ann = self._anniversary(cs, end, value)
            if ann is not None:
                return ann  # "the fortieth anniversary": years since
        ab = p["anniversary_before"].search(self.window(cs)) if p.get("anniversary_before") is not None else None
        if ab and value == int(value) and 0 < value < 1e7:
            # id "HUT ke-80", "ulang tahun ke-60": the anniversary named before its ordinal, years since
            start = cs - (len(self.window(cs)) - ab.start())
            return _Found(start, end, (cs, end), Quantity(kind="duration", value=float(value), unit="year"), noun=True)
        seq, start = None, cs
        ra = p["rank_after"].match(text, end) if p["rank_after"] is not None else None
        sup = p["rank_superlative"].match(text, end) if not ra and p.get("rank_superlative") is not None else None
        scope = p["rank_scope"].match(text, end) if not (ra or sup) and p.get("rank_scope") is not None else None
        if ra:
            seq, end = self.r.data["rank_nouns"].get(ra.group("x").lower(), self.r.data["rank_nouns"].get(ra.group("x"), "rank")), ra.end()
        elif sup or scope:
            seq, end = "rank", (sup or scope).end()
        elif p["ordinal_total"] is not None and p["ordinal_total"].match(text, end):
            quantity = Quantity(kind="count", value=value, unit="count")  # "the 11th and final round": 11 rounds
            return _Found(cs, end, (cs, end), quantity, noun=True)
        else:
            win = self.window(cs)
            rb = p["rank_before"].search(win) if p["rank_before"] is not None else None
            if rb:
                seq = self.r.data["rank_nouns"].get(rb.group("x").lower(), "rank")
                start = cs - (len(win) - rb.start())
            elif ranked or (p["rank_verb"] is not None and p["rank_verb"].search(win)):
                seq = "rank"
            elif (p["rank_elided_before"] is not None and p["rank_elided_before"].search(win)
                  and p["rank_elided_after"].match(text, end)):
                seq = "rank"  # "ABC was second with 3.26 million", "in seventh by the end": the place noun left out
            elif (p.get("rank_fronted_after") is not None
                  and (_CLAUSE_OPEN.search(win) or (cs == len(win) and not win.strip(" \t\n'\"„“«")))
                  and p["rank_fronted_after"].match(text, end)):
                seq = "rank"  # "Third was the German", "Dritter wurde der Deutsche": a fronted ordinal, its noun left out
        if seq is None or (seq == "occurrence" and value == 1):  # "for the first time": no count of occurrences
            self.skipped.append((cs, end, "ordinal"))
            return None
        return _Found(start, end, (cs, end), Quantity(kind="other", value=value, unit=seq), noun=True)

    def _number_at(self, pos: int, qualified: bool = False) -> bool:
        """Does a number (digits or a number word) follow ``pos`` as the next word of a spaced script? Where
        words are not spaced a bound's mark may close it right before the next figure ("1分以上48分未満").
        ``qualified``: also a number after a bound of its own ("plus up to 15 million", "plus about 3")."""
        gap = _SPACES.match(self.text, pos)
        if not gap or not self.r.word_boundaries:
            return False
        hm = _match_core(self.p["core_follow_alts"], self.text, gap.end())
        if not hm and qualified:  # "85 million euros plus up to 15 million": the next figure after its own bound
            qb = self.match("qual_follow", gap.end())
            gap = _SPACES.match(self.text, qb.end()) if qb else None
            hm = _match_core(self.p["core_follow_alts"], self.text, gap.end()) if gap else None
        return bool(hm) and hm.lastgroup in ("digits", "spaced", "words", "cjk")

    def _range(self, m, start, pos, value, quantity, priced: bool = False):
        """Upper end of a range written after the number; (new pos, high value) or None (``priced``: a currency
        read with it, lt "padidės 50 eurų iki 620 eurų", carries it as a unit does)."""
        if value is None or self._year_like(m, value, quantity):
            return None
        if self._subunits and self.text[m.end():pos].strip().lower() in self._subunits:
            return None  # ar "انخفض 26 سنتا إلى 108.58 دولار": a fall of a hundredth to a price, no range of cents
        if _change_pair(self.text, start, pos, self, carried=quantity.kind != "count" or quantity.scale != 1.0 or priced):
            return None  # "rose from 5 to 7 dollars", "stieg von 5 auf 7 Euro": a change, two figures, as a fall is
        rg = self.match("range", pos)
        if (rg and rg.group("x") in ("-", "‐") and not _match_core(self.p["core_follow_alts"], self.text, rg.end())
                and self.text[rg.end():rg.end() + 1] not in _SIGNS):
            rg = None  # "zwischen zwei- und dreihundert": an elided compound's hyphen, the pair's word after it
        pair_ok = unordered = False
        if not rg:
            win = self.window(start)
            wins = self._with_own_bound_off(win)  # "between about 300 and 400": the lower end's bound
            for (before, between), either_way in zip(self.p["range_pairs"], self.p["range_pair_unordered"]):
                if any(before.search(w) for w in wins):
                    rg = between.match(self.text, pos)
                    if rg:
                        pair_ok, unordered = True, either_way
                        break
            for between, closing in self.p["range_pairs_after"] if not rg else ():
                rg = between.match(self.text, pos)  # "10 és 15 ezer forint között": the closing word after
                if rg and closing.match(self.text, rg.end()):
                    pair_ok = True
                    break
                rg = None
            if not rg:
                return None
        if (rg.groupdict().get("x") == "—" and rg.group()[:1].isspace() and rg.group()[-1:].isspace()
                and quantity.kind == "duration" and _rx(r"\p{L}").search(self.text[m.end():pos])):
            # ru "за два сезона — 97 голов", uk "за три роки — 500 тисяч гривень": a spaced em dash after a span
            # written with its unit stands for the clause's elided verb, no range of years
            return None
        hstart, sign = rg.end(), 1.0
        if (self.text[hstart:hstart + 1] in _SIGNS and self.text[hstart + 1:hstart + 2].isdigit()
                and (self.text[start:start + 1] in _SIGNS or _rx(r"\p{L}").search(rg.group()))):
            # a signed upper end ("от -3 до -8 градусов", "+28…+30", "-3 bis -8 Grad"): the sign is part of it,
            # after a signed first figure or a connector word
            sign, hstart = (1.0 if self.text[hstart] == "+" else -1.0), hstart + 1
        hm, shift = _match_core(self.p["core_follow_alts"], self.text, hstart), 0
        if not hm and hstart and self.text[hstart - 1].isalpha():
            # a connector glued to the word after it (ar "بين خمسة **و**عشرة"): the word is read on its own
            hm, shift = _match_core(self.p["core_follow_alts"], self.text[hstart:hstart + 200]), hstart
        if not hm or hm.lastgroup not in ("digits", "spaced", "words", "cjk") and not (
                hm.lastgroup == "pctprefix" and m.lastgroup == "pctprefix"):  # tr "yüzde 45 ile yüzde 50 arasında"
            return None
        if sign < 0 and hm.lastgroup != "digits":
            return None
        hv = _core_value(hm, self.r)
        if not hv or hv[0] is None:
            return None
        high = sign * hv[0]
        hpos = hm.end() + shift
        if (self.r.word_boundaries and (_rx(r"\p{L}").search(rg.group()) or _SPACED_DASH.fullmatch(rg.group()))
                and _rx(r"\p{L}").search(self.text[m.end():pos])
                and _WORD_AFTER.match(self.text, hpos)
                and not any(self.match(k, hpos) for k in _RANGE_END_UNITS)):
            # "granted 4.5 million euros to 12 schools", sv "stängd i 14 timmar – 160 tåg ställdes in": the first
            # figure closed by its scale or unit, a word connector or a dash set apart by spaces, and a bare figure
            # counting a noun of its own: an amount and a count, no range
            return None
        if (hm.lastgroup == "digits" and _BARE_YEAR.fullmatch(hm.group())
                and (quantity.scale != 1.0 or _rx(r"\p{L}").search(self.text[m.end():pos]))
                and not any(self.match(k, hpos) for k in _RANGE_END_UNITS)):
            # "1,2 Milliarden Euro bis 2030", "$1.2 billion to 2030", "Rp 1,2 triliun hingga 2030", sw "dola bilioni 1.2
            # hadi 2030": a figure closed by its scale or unit, then a bare year: the amount's deadline, no range of
            # 1.2 to 2,030 billion
            return None
        if m.lastgroup == "words" and hm.lastgroup == "words" and quantity.scale == 1.0:
            # "between two and three hundred", "entre dos y tres mil": the multiplier closing the upper end
            # scales the lower one too (200-300, 2,000-3,000), as a scale word does ("two to three million")
            last = self.r.number_words.find(hm.group().split()[-1]) if hm.group().split() else None
            mult = float(last) if last is not None else 0.0
            if len(hm.group().split()) == 1 and not (mult == 100 or mult >= 1000 and _power_of_thousand(mult)):
                mult = _glued_multiplier(hv[0])  # "zwei bis dreihundert", "da due a trecento", "dos y trescientas"
            if (mult == 100 or mult >= 1000 and _power_of_thousand(mult)) and value < mult and value * mult < high:
                value *= mult
        after_high = self.match("pp", hpos) or self.match("percent", hpos)
        if quantity.kind == "percent" and not after_high and (
                self.match("scale", hpos) or self.match("currency_after", hpos) or self.match("unit", hpos)):
            return None  # "steeg met 8% tot 27,6 miljard euro": a change and a new amount, not a range
        if after_high and (quantity.kind == "money" or (quantity.kind != "percent" and (
                priced or _rx(r"\p{L}").search(self.text[m.end():pos])))):
            # "rose by €2bn to 8%": an amount and a rate; "9,4 Millionen Euro – 12 Prozent weniger": a figure closed
            # by its own words, then a percent, no range from one to the other ("5 to 7 percent" stays one)
            return None
        if (not pair_ok and quantity.kind == "percent" and not after_high and hm.lastgroup != "pctprefix"
                and (self.match("percent", m.end()) or self.match("pp", m.end()))):
            return None  # "fell 1.3% to 7,450 points", "in calo dell'1,3% a 33.450 punti": a change and a level
        if (not pair_ok and quantity.kind == "percent" and rg.group("x").strip() in ("-", "‐")
                and _PERCENT_SIGN_END.search(self.text, 0, pos) and _PERCENT_SIGN_START.match(self.text, hpos)):
            return None  # "41%-52%": two percentages each with its sign, listed with a hyphen; "41-52%" is a range
        if (not pair_ok and quantity.kind == "percent" and after_high and high > 2 * value
                and _rx(r"\p{L}").search(rg.group("x")) and self.p.get("change_size_before") is not None
                and self.p["change_size_before"].search(self.window(start))):
            # "fell 13% to 81%": the size of a change (``change_size_before``) and the level it reached, the level
            # more than twice the change; "to rise 5% to 7%" stays a range
            return None
        if quantity.kind == "duration" and quantity.unit:
            du = self.match("duration", hpos)
            if du and self.r.duration_units.find(du.group("x")) not in (None, quantity.unit):
                return None  # "from 2 hours to 50 minutes": two durations, each in its own unit, no 2-50 hours
        if quantity.kind in ("duration", "measure") and quantity.unit and not after_high and (
                self.match("currency_after", hpos)
                or self.match("unit" if quantity.kind == "duration" else "duration", hpos)):
            # cs "za 72 hodin až 300 milimetrů srážek" (in 72 hours up to 300 mm of rain): a span and an amount of
            # another dimension after it, the connector a bound on the second, no 72-300 hours
            return None
        if after_high and quantity.unit in ("%", "pp"):
            high_unit = "pp" if self.match("pp", hpos) else "%"
            if high_unit != quantity.unit:
                return None  # "rose 1.2 percentage points to 2.3%": a change and a level, not a range
        if quantity.scale != 1.0 and not self.r.myriad:
            sm = self.match("scale", hpos)
            glued = self._glued_scale(hpos, start) if not sm and hm.lastgroup == "digits" else None
            if sm:
                hpos = sm.end()
                mult = self.r.scales.find(sm.group("x")) or 1
                high *= mult
                words = sm.group("x").split()
                if len(words) > 1 and self.r.scales.find(words[0]) == quantity.scale and mult > quantity.scale:
                    # "entre 2 mil y 3 mil millones": the lower end's "mil" is the first word of the upper's
                    # "mil millones", whose rest it shares (2,000-3,000 million)
                    value *= mult / quantity.scale
                    quantity.scale = mult
                high, hpos, larger = self._range_end_sum(high, mult, hpos)
                if larger:  # es-MX "entre 6 mil 100 y 6 mil 300 millones": the millions scale both ends
                    high, value = high * larger[0], value * larger[0]
                    quantity.scale *= larger[0]
                    hpos = larger[1]
            else:
                high *= glued[0] if glued else quantity.scale  # "$10bn-12bn"
                hpos = glued[1] if glued else hpos
        elif self.r.myriad:
            sm = self.match("scale", hpos)
            if sm:
                mult = self.r.scales.find(sm.group("x")) or 1
                high *= mult
                hpos = sm.end()
                if quantity.scale == 1.0:
                    value *= mult
                    quantity.scale = mult
        else:
            sm = self.match("scale", hpos)
            glued = self._glued_scale(hpos, start) if not sm and hm.lastgroup == "digits" else None
            if sm or glued:
                mult = glued[0] if glued else (self.r.scales.find(sm.group("x")) or 1)
                high *= mult
                value *= mult
                quantity.scale = mult
                hpos = glued[1] if glued else sm.end()
        if value < 0 and high < value and self._temperature_at(quantity, hpos):
            # below zero a forecast writes the range from the warmer end ("-3 to -8C", "от -3 до -8 градусов"):
            # the figure written last, the span from the lower ("fell from -3 to -8 percent" stays a fall)
            quantity.low, quantity.high = high, value
            return hpos, high
        if unordered and high < value:
            quantity.low, quantity.high = high, value  # "tra il 70 e il 43%": one range, its ends as written
            return hpos, value
        if not value < high:
            return None
        if not pair_ok and rg.group("x") in ("-", "–") and _YEAR_MIN <= high <= _YEAR_MAX:
            return None
        cbb = self.p.get("change_by_before")
        if (0 < value and CHANGE_TO_LEVEL_RATIO * value <= high and quantity.kind == "count" and _rx(r"\p{L}").search(rg.group())
                and not any(self.match(k, hpos) for k in _RANGE_END_UNITS)
                and cbb is not None and cbb.search(self.window(start))):
            # sv "minskat med 12 000 till 368 000": by a bare count to a level well above it, no range; "rose by
            # 2 to 3 percent" stays one
            return None
        quantity.low, quantity.high = value, high
        return hpos, high

    def _with_own_bound_off(self, win: str) -> list[str]:
        """The window before a figure, and the same window without the figure's own bound at its end ("from
        **about**", "entre **unas**"), for the words a pair or a change opens with."""
        qual = self.p["qual_before"].search(win)
        return [win, win[:qual.start()]] if qual else [win]

    def _range_end_sum(self, high: float, mult: float, pos: int) -> tuple[float, int, tuple[float, int] | None]:
        """A range's upper end read to its scale, where the language writes sums of scaled parts (``scale_sum``,
        es-MX "6 mil 300"): bare digits under the scale add to it, as ``_scaled_sum`` adds them to a lone figure;
        a larger scale after it (and its multiplier, end) scales the whole range. (high, end, larger or None)."""
        if not self.r.data.get("scale_sum") or not round(high / mult, 6).is_integer():
            return high, pos, None
        part = self._digits_under_scale(pos, mult)
        if part:
            high, pos = high + part[0], part[1]
        sm = self.match("scale", pos)
        bigger = self.r.scales.find(sm.group("x")) if sm else None
        return high, pos, ((bigger, sm.end()) if bigger and bigger > mult else None)

    def _glued_scale(self, pos: int, start: int) -> tuple[float, int] | None:
        """A scale glued to a range's upper end scales both ends ("$10-12bn", "£3-4m", "2-3m people"), where
        the figure alone would take it (a currency or a counted noun by "m"; "3-4m hurdles" stays metres)."""
        ss = self.match("suffix_scale", pos)
        if not ss:
            return None
        r, suffix = self.r, ss.group("x")
        if (suffix in r.suffix_need_money and not self.p["currency_before"].search(self.window(start))
                and not self.match("currency_after", ss.end()) and self.match("unit", pos)
                and not self._suffix_noun(ss.end())):
            return None
        return r.suffix_scales.find(suffix), ss.end()

    _SUFFIX_NOUN = regex.compile(r" (\p{Ll}{3,}|\p{Lu}\p{Ll}+[^\Ws]s(?![\p{L}])|\p{Lu}{2,5}s?(?![\p{L}]))")

    def _suffix_noun(self, pos: int, measure: bool = False) -> bool:
        """A counted noun after a glued "m", "k" (a million, a thousand: "2m people"), not a measure word ("400m
        hurdles"); a capitalised plural too ("Some 2.5m Americans", "3m Britons"), but no month or weekday; a noun
        in capitals ("7m TEU", "2m EVs").
        ``measure``: whether a measure word follows instead ("a 5K race": a distance, no thousand)."""
        nxt = _rx(r" (\p{L}{2,})").match(self.text[pos:pos + 40]) if measure else self._SUFFIX_NOUN.match(self.text, pos)
        if measure or not nxt or nxt.group(1).lower() in self.r.suffix_measure_words:
            return bool(measure and nxt and nxt.group(1).lower() in self.r.suffix_measure_words)
        w = nxt.group(1)
        return w[0].islower() or not (self.r.months.find(w) is not None or self.r.weekdays.find(w) is not None
                                         or self.r.weekdays.find(w[:-1]) is not None)

    def _temperature_at(self, quantity, pos: int) -> bool:
        """The figure is a temperature, or a temperature unit is written at ``pos``."""
        unit = quantity.unit
        if unit is None:
            um = self.match("unit", pos)
            unit = self.r.units.find(um.group("x")) if um else None
        return (unit_dimension(unit) or ("",))[0] == "temperature" if unit else False

    def _reread_after_range(self, m, start, cs, ce, pos, quantity, value=None):
        """A range whose unit follows the upper end: read the units there (``value``: the end written last)."""
        r = self.r
        qualifier = "up_to"
        unit_found = False
        sc = (self.match("scaled_currency", pos) if self.p.get("scaled_currency") is not None and quantity.scale == 1.0
              else None)
        if sc:  # "10-12 Mkr": SEK in millions
            code, mult = r.table("scaled_currencies").find(sc.group("x"))
            quantity.kind, quantity.unit, quantity.scale = "money", code, quantity.scale * mult
            quantity.low, quantity.high = _times(quantity.low, mult), _times(quantity.high, mult)
            value = _times(value, mult) if value is not None else None
            pos, unit_found = sc.end(), True
        for name in ("percent", "currency_after", "unit", "duration") if not unit_found else ():
            um = self.match(name, pos)
            if um:
                x = um.group("x")
                if name == "percent":
                    quantity.kind, quantity.unit = "percent", "%"
                elif name == "currency_after":
                    code = self._currency_of_word(x, r.currency_after.find(x))
                    reading = self._ambiguous_reading(x, code, cs, um.end())
                    quantity.kind, quantity.unit = ("money" if reading == code or _is_currency_code(reading) else "measure"), reading
                elif name == "unit":
                    reading = self._ambiguous_reading(x, r.units.find(x), cs, um.end())
                    if reading == "count":
                        break  # "turned 90 to 180 degrees": an angle, no temperature
                    quantity.kind, quantity.unit = "measure", reading
                else:
                    quantity.kind, quantity.unit = "duration", r.duration_units.find(x)
                pos, unit_found = um.end(), True
                break
        om = self.match("other_after", pos) if not unit_found else None
        if om and self._other_in_context(r.other_after.find(om.group("x")), cs, om.end()):
            quantity.kind, quantity.unit = "other", r.other_after.find(om.group("x"))  # el "4-5 Ρίχτερ": magnitude
            pos, unit_found = om.end(), True
        if not unit_found:
            cb = self.p["currency_before"].search(self.window(start))
            if cb:
                quantity.kind, quantity.unit = "money", self._currency_of_symbol(cb.group("x").strip())
                start -= len(self.window(start)) - cb.start()
                unit_found = True
        ub = self.p["unit_before"].search(self.window(start)) if not unit_found and self.p.get("unit_before") else None
        if ub:  # sw "dakika 8 hadi 12", "kilomita 10 hadi 15": the range's unit written before it
            quantity.kind, quantity.unit = _unit_written_before(ub.group("x"), r)
            start -= len(self.window(start)) - ub.start()
            unit_found = True
        if not unit_found:
            quantity.unit = "count"
            if r.data.get("classifiers"):
                cl = self.match("classifier", pos)
                if cl:
                    pos = cl.end()
            noun = self._counted_noun(pos, spelled=False)
            if noun:
                pos = noun
            elif self._age_span(start, quantity):  # "aged 4 to 9", "aged between 8 and 12": ages, as "de 4 à 9 ans"
                quantity.kind, quantity.unit = "duration", "year"
        win = self.window(start)
        qb = self.p["qual_before"].search(win)
        if qb:
            start -= len(win) - qb.start()
        quantity.value = quantity.high if value is None else value
        if (unit_found and quantity.kind == "measure" and quantity.low is not None and quantity.low >= 0
                and (unit_dimension(quantity.unit) or ("",))[0] == "temperature"):
            # "3...5 градусів морозу", "5 to 10 degrees below zero": both ends below zero
            nb = self.p["negative_before"].search(win) if self.p["negative_before"] is not None else None
            na = self.match("negative_after", pos)
            if nb or na:
                quantity.low, quantity.high, quantity.value = -quantity.high, -quantity.low, -quantity.value
                if nb and not qb:
                    start -= len(win) - nb.start()
                pos = na.end() if na else pos
        quantity.qualifier = qualifier
        return _Found(start, pos, (cs, ce), quantity)

    def _compound_ordinal(self, st: "_Reading") -> tuple[int, float] | None:
        """A round ten, a ``word_joiners`` joiner and an ordinal word below ten (below twenty after a
        ``vigesimal_tens`` ten: fr "soixante-dixième") are one ordinal: (its end, its value)."""
        ords, v = self.r.data.get("ordinal_words", {}), st.value
        if not ords or not v or v % 10 or not 20 <= v <= 90:
            return None
        for j in self.r.data.get("word_joiners", []):
            om = _match_core(self.p["core_alts"], self.text, st.ce + len(j)) if self.text.startswith(j, st.ce) else None
            ov = ords.get(fold(om.group())) if om and om.lastgroup == "ordword" else None
            if ov and (ov < 10 or (ov < 20 and v in self.r.data.get("vigesimal_tens", []))):
                return om.end(), v + ov
        return None

    def _age_span(self, start: int, quantity: Quantity) -> bool:
        """A bare span right after an ``age_before`` phrase, or after it and a span's opening word ("between")."""
        ab, win = self.p["age_before"], self.window(start)
        if ab is None or quantity.kind != "count" or not quantity.high or not 0 < quantity.high < 120:
            return False
        opener = next((bm for bm in (before.search(win) for before, _ in self.p["range_pairs"]) if bm), None)
        return bool(ab.search(win) or (opener and ab.search(win[:opener.start()])))

    def _counted_noun(self, pos: int, spelled: bool) -> int | None:
        """End of the counted noun right after ``pos`` (0 when there is none worth including),
        None when nothing word-like follows (a spelled number then claims nothing)."""
        text, r = self.text, self.r
        if not r.word_boundaries:  # no spaces: the characters right after are the noun
            h = _HAN.match(text, pos)
            return pos if h else (None if spelled else 0)
        j = pos
        while j < len(text) and text[j] in " \u00a0\u202f\t":
            j += 1
        if spelled and j == pos and text[pos:pos + 1] == "-":
            hw = self.p["word"].match(text, pos + 1)
            if (hw and hw.group().lower() not in r.stopwords and r.number_words.find(hw.group().lower()) is None
                    and not hw.group().lower().endswith(tuple(r.data.get("hyphen_noun_suffixes", ())))):
                # "a two-goal lead", "the three-time champion": the counted noun joined by a hyphen
                # (not a noun made of the number: "a two-wheeler", "a three-pointer")
                return hw.end()
        if j == pos and pos < len(text) and text[pos].isalpha():
            return None
        w = self.p["word"].match(text, j)
        if not w:
            return None if spelled else 0
        if (j > pos and text[pos - 1:pos] == "." and w.group()[:1].isupper() and not r.data.get("capitalised_nouns")
                and not self.r.currency_after.find(w.group())):
            return None if spelled else 0  # ru "8,98 млн. ОАЭ привлекают": the abbreviation's dot ends the sentence
        word = w.group().lower()
        modifiers = r.data.get("noun_modifiers", ())
        while word in modifiers and text[w.end():w.end() + 1] == " ":
            nxt = self.p["word"].match(text, w.end() + 1)  # "three new berths", "five more days": the noun after
            if not nxt or nxt.group().lower() in r.stopwords or r.number_words.find(nxt.group().lower()) is not None:
                break
            w, word = nxt, nxt.group().lower()
        am = self.p["noun_after_article"].match(text, pos) if spelled and self.p.get("noun_after_article") is not None else None
        nw = self.p["word"].match(text, am.end()) if am else None
        if nw and nw.group().lower() not in r.stopwords and r.number_words.find(nw.group().lower()) is None:
            return nw.end()  # it "tutte e quattro le (sue) partite", nl "alle vier de wedstrijden": an article before the noun
        if word in r.stopwords:
            # "1,76 millones de personas": include "de personas" after a scale word
            w2 = self.p["word"].match(text, w.end() + 1) if w.end() < len(text) and text[w.end()] == " " else None
            of_words = r.data.get("of_words", ())
            if w2 and word in of_words and w2.group().lower() not in r.stopwords:
                return w2.end()
            if spelled and word in r.data.get("partitive_articles", ()) and w2 and w2.group().lower() not in r.stopwords:
                return w2.end()  # "tres del destacamento", "drei der Soldaten", "deux des victimes"
            if spelled and word in {c.lower() for c in r.data.get("ratio_connectors", [])}:
                return 0  # "zwei von ihnen", "two of them"
            if spelled and word in of_words and w2 and w2.group().lower() in r.stopwords:
                return 0  # "four of their matches", "three of the detachment": a part of a named whole
            return None if spelled else 0
        if r.number_words.find(word) is not None:
            return None if spelled else 0
        if r.data.get("capitalised_nouns") and w.group()[0].islower():
            return self._capitalised_noun_end(w.end(), spelled, w.end())
        return w.end()

    _LOWER_WORDS_NOUN = regex.compile(r"(?:[ \u00a0]+\p{Ll}[\p{L}\p{M}-]*){0,2}[ \u00a0]+(?P<n>\p{Lu}[\p{L}\p{M}-]*)")

    def _capitalised_noun_end(self, pos: int, spelled: bool, old_end: int) -> int | None:
        """Where every noun is capitalised (de), the counted noun after a lowercase word is the capitalised noun
        after up to three lowercase adjectives ("5 neue Mitarbeiter", "3 kleine Kinder"); with none, the lowercase
        word is a verb, no noun ("die er 15 kennenlernte"): a figure of digits then has no counted noun."""
        nm = self._LOWER_WORDS_NOUN.match(self.text, pos)
        words = _rx(r"\p{Ll}[\p{L}\p{M}-]*").findall(self.text[self.text.rfind(" ", 0, pos) + 1:nm.start("n")]) if nm else []
        if nm and not any(w in self.r.stopwords or self.r.number_words.find(w) is not None for w in words):
            return nm.end()  # no grammar word, no number between ("1,7 Millionen vor vier Jahren": two claims)
        return old_end if spelled else 0


# ----------------------------------------------------------------------------------------
# subject words


def _classifier_noun(text: str, f: _Found, r: LangRules) -> list[str]:
    """The one-character Han classifier of a count inside its claim, less the scale before it and a bound glued
    after it ("11万8000人超": "人")."""
    own = _HAN.search(text, f.core[1], f.end)
    noun = own.group() if own else ""
    while noun and r.scales.find(noun[0]) is not None:
        noun = noun[1:]
    bounds = [q for q in r.qualifiers_after.keys() if q and noun.endswith(q) and q != noun]
    if bounds:
        noun = noun[:-max(map(len, bounds))]
    # one character: a counter that is its noun ("店", "人", "台"); a longer counter ("安打", "打数") is a word of the
    # trade, whose figures the sentence tells apart by other words
    return [noun] if len(noun) == 1 else []


def _subject(text: str, sent_start: int, sent_end: int, f: _Found, r: LangRules) -> list[str]:
    words: list[str] = []
    if not r.word_boundaries:
        after = _HAN.match(text, f.end)
        if after:
            words.append(after.group()[:4])
        elif f.quantity.kind == "count":
            # no noun after it: the classifier inside the claim names what it counts ("612店を", "11万8000人超": stores,
            # people), as "48.000 contenedores" does where words are spaced ("830家门店" keeps its noun "门店")
            words.extend(_classifier_noun(text, f, r))
        before = text[max(sent_start, f.start - 6):f.start]
        hb = _HAN.findall(before)
        if hb:
            words.append(hb[-1][-4:])
        return [w for w in words if w and w not in r.stopwords]
    word_re = r.patterns["word"]
    stop = r.stopwords
    clause_end = sent_end
    for ch in ",;:()":
        k = text.find(ch, f.end, sent_end)
        if k != -1:
            clause_end = min(clause_end, k)
    for w in word_re.finditer(text, f.end, clause_end):
        lw = w.group().lower()
        if lw in stop or len(lw) < 3 or r.number_words.find(lw) is not None:
            continue
        words.append(lw)
        if len(words) >= 2:
            break
    # numbers inside the claim's own span may carry the noun ("48.000 contenedores")
    span_words = [w.group().lower() for w in word_re.finditer(text, f.core[1], f.end)] if f.quantity.kind == "count" else []
    own = [w for w in span_words if w not in stop and len(w) >= 3 and r.currency_after.find(w) is None
           and r.scales.find(w) is None and r.units.find(w) is None and r.duration_units.find(w) is None]
    clause_start = sent_start
    for ch in ",;:()":
        k = text.rfind(ch, sent_start, f.start)
        if k != -1:
            clause_start = max(clause_start, k + 1)
    before = [w.group().lower() for w in word_re.finditer(text, clause_start, f.start)]
    before = [w for w in before if w not in stop and len(w) >= 3 and r.qualifiers_before.find(w) is None
              and r.number_words.find(w) is None][-2:]
    if not (own or words or before) and clause_start > sent_start and text[clause_start - 1] == ",":
        # an appositive figure ("Ana Ruiz, 24, won"; "el ciclista navarro, de 29 años,") says something of the
        # noun phrase before its comma
        prev_start = sent_start
        for ch in ",;:()":
            k = text.rfind(ch, sent_start, clause_start - 1)
            if k != -1:
                prev_start = max(prev_start, k + 1)
        before = [w.group().lower() for w in word_re.finditer(text, prev_start, clause_start - 1)]
        before = [w for w in before if w not in stop and len(w) >= 3 and r.number_words.find(w) is None][-2:]
    seen: list[str] = []
    for w in own + words + before[::-1]:
        if w not in seen:
            seen.append(w)
    return seen[:4]


# ----------------------------------------------------------------------------------------
# main entry points


def _scan(article: Article, reference_year: int | None, story_year: int | None = None,
          story_date_year: int | None = None) -> tuple[list[Claim], list[_Found], list[tuple[int, int, str]]]:
    found, skipped, r = _scan_found(article)
    return _years_and_claims(article, found, skipped, r, reference_year, story_year, story_date_year)


def _years_and_claims(article: Article, found: list[_Found], skipped: list[tuple[int, int, str]], r: LangRules | None,
                      reference_year: int | None, story_year: int | None = None, story_date_year: int | None = None,
                      split: dict[int, list[Sentence]] | None = None
                      ) -> tuple[list[Claim], list[_Found], list[tuple[int, int, str]]]:
    """The end of ``_scan``: years for the dates, then the claims (``split``: ``_to_claims``)."""
    if r is None:
        return [], [], []
    _fill_years(article.text, found, reference_year, story_year, story_date_year)
    _date_clocks(found, article.text)
    _dateline_clocks(found, article.text)
    return _to_claims(article, found, r, split), found, skipped


_ISO_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")


def _date_clocks(found: list[_Found], text: str) -> None:
    """Give each time of day the month of its day (``Quantity.day_month``), which picks its zone's season where its
    sentence names no month, and the day itself where its year is written or its weekday settles it (``day_date``):
    the calendar day (a month and its day) its paragraph states nearest before it, else the article's first. Only
    days of the year the article's days fall in most: "a ban in force since 1 September 2019" is no day of a story
    of January 2015; and a day told further back in the article ("the record of March 17") is no clock's day, where
    the lead dates the story."""
    dated = sorted((f for f in found if f.date_parts and f.date_parts[1] and f.date_parts[2]
                    and f.quantity.unit != "time"), key=lambda f: f.start)
    # a day's year as written or as filled in (by its weekday, the story's year)
    years = [f.date_parts[0] or (int(str(f.quantity.value)[:4]) if _ISO_DAY.fullmatch(str(f.quantity.value)) else None)
             for f in dated]
    # ties: the year of a day told with its weekday, the news, where another is its background ("survivors of the 6
    # February 2023 quake got their keys on Saturday 14 March"); then the first
    weekdays = [y for f, y in zip(dated, years) if f.weekday is not None]
    story_year = max(years, key=lambda y: (years.count(y), weekdays.count(y), -years.index(y))) if years else None
    days = [(f.start, f) for f, y in zip(dated, years) if y == story_year]
    if not days:
        return
    for f in found:
        if f.quantity.unit == "time" and f.quantity.kind == "date":
            paragraph = text.rfind("\n", 0, f.start) + 1
            before = [d for at, d in days if paragraph <= at < f.start]
            dated_by = before[-1] if before else days[0][1]
            f.quantity.day_month = dated_by.date_parts[1]
            value = str(dated_by.quantity.value)
            if _ISO_DAY.fullmatch(value):
                f.quantity.day_date = value
                # a year guessed could move a change of clocks by a week
                f.quantity.day_year_guessed = dated_by.year_source not in ("written", "weekday")


# a news dateline, the place first in the lead before a dash: "ISTANBUL, March 18 (Reuters) -", "Istanbul –",
# "BRUMMERWAARD, Netherlands -"
_DATELINE = regex.compile(r"\s*(?P<place>\p{Lu}[\p{L}\p{M}'’. ]{1,40}?(?:\s*,\s*[\p{L}\p{M}'’. ]{2,40}?)?)"
                          r"(?:\s*,\s*[^\n()–—-]{1,30}?)?(?:\s*\([^()\n]{1,30}\))?\s*(?:[–—]|--?)\s")


def _dateline_clocks(found: list[_Found], text: str) -> None:
    """Give each time of day its article's dateline place (``Quantity.dateline``): the lead's first words before a
    dash, on the line after the headline (or the first line, where the text has no headline)."""
    first = text.find("\n")
    lead = text[first:].lstrip() if first >= 0 and text[:first].strip() else text.lstrip()
    m = _DATELINE.match(lead)
    if m is None:
        return
    for f in found:
        if f.quantity.unit == "time" and f.quantity.kind == "date":
            f.quantity.dateline = m.group("place")


def _dates_copied(found: list[_Found]) -> list[_Found]:
    """``found`` with its dated entries copied: all that ``_years_and_claims`` changes, so it can run again."""
    return [replace(f, quantity=replace(f.quantity)) if f.date_parts else f for f in found]


# a figure that shows its decimal mark: a percentage ("4.8%", "4,8 %") or a figure with one decimal ("22.4
# pulgadas"); a clock's two digits of minutes ("15.30 horas") and a date's closing point ("22.4.") show none
_DECIMAL_SHOWN = regex.compile(r"(?<![\d.,])\d+(?P<mark>[.,])(?:\d{1,2}\s?[%٪％]|\d(?![\d.,]))")
# thousands grouped twice ("1,250,000", "2.315.000") or once before three zeros ("226.000", "940,000": no one writes
# a decimal so): the mark groups, whatever the language
_GROUPED_TWICE = regex.compile(r"(?<![\d.,])\d{1,3}(?P<mark>[.,])\d{3}(?P=mark)\d{3}(?!\d)")
_GROUPED_ZEROS = regex.compile(r"(?<![\d.,])\d{1,3}(?P<mark>[.,])000(?![\d.,]\d|\d)")


def _own_separators(r: LangRules, text: str) -> LangRules:
    """An article's decimal mark is its own, not its language's: Mexican and Dominican Spanish write "4.8%", "22.4
    pulgadas" and "1,642 millones de dólares" (1,642 million), a translator's English may write "4,8%". Where two or
    more of its figures show the other mark as decimal (or its language's as grouping) and none the reverse, its
    figures are read with that mark, and its language's decimal mark groups thousands. An Italian translation that
    writes "magnitudo 6.8" beside "226.000 persone" keeps its own marks."""
    other = "." if r.decimal == "," else ","
    if r.decimal not in ".,":
        return r
    shown = [m.group("mark") for m in _DECIMAL_SHOWN.finditer(text)]
    grouped = [m.group("mark") for pattern in (_GROUPED_TWICE, _GROUPED_ZEROS) for m in pattern.finditer(text)]
    for_other = shown.count(other) + grouped.count(r.decimal)
    for_own = shown.count(r.decimal) + grouped.count(other)
    if for_other < 2 or for_own:
        return r
    return replace(r, decimal=other, groups=(r.decimal,) + tuple(g for g in r.groups if g not in ".,"))


def _scan_found(article: Article) -> tuple[list[_Found], list[tuple[int, int, str]], LangRules | None]:
    """What ``_scan`` reads before it gives the dates their years (nothing there depends on a year)."""
    text = article.text or ""
    r = _own_separators(rules_for(locale_code(article.lang, article.region)), text)
    if not text or not (r.patterns["has_digit"].search(text) or r.patterns["prefilter"].search(text)):
        return [], [], None
    scanner = _Scanner(text, r)
    # whole-span readers first (dates, times of day, race times, days of the month); the number
    # scanner then reads what they left
    # a match clock first: "on 13:10" is a moment of play, not the time of day it could spell; a race time
    # before the times of day, so that of two equal spans the narrower pattern wins (fr "terminé en 2 h 05",
    # "12 h 30 de route": a time taken, no 02:05)
    dates = _without_overlaps(_game_clock_candidates(text, r) + _clock_duration_candidates(text, r)
                              + _date_candidates(text, r) + _time_candidates(text, r, scanner)
                              + _decade_candidates(text, r)
                              + _compound_length_candidates(text, r, scanner) + _share_pattern_candidates(text, r, scanner)
                              + _title_count_candidates(text, r)
                              + _day_candidates(text, r) + _age_decade_candidates(text, r)
                              + _era_year_candidates(text, r) + _short_year_candidates(text, r)
                              + _relative_date_candidates(text, r))
    before_number: list[tuple[int, _Found]] = []
    dates = _without_overlaps(dates + _weekday_candidates(text, r, dates, before_number))
    # a zone's offset from UTC ("(UTC+3:30)", "GMT+5") is no clock, score or count
    offsets = [(m.start("n"), m.end()) for m in _UTC_OFFSET.finditer(text)]
    if offsets:
        dates = [d for d in dates if not any(a < d.end and d.start < b for a, b in offsets)]
        scanner.skipped += [(a, b, "zone offset") for a, b in offsets]
    # URLs, e-mail addresses and phone numbers hold digits that claim nothing
    skip = [u.span() for u in _URL.finditer(text)] + offsets
    if "@" in text:
        skip += [u.span() for u in _EMAIL.finditer(text)]
    scanner.skipped += [(a, b, "address") for a, b in skip]
    phones = _phone_spans(text, r, dates)
    scanner.skipped += [(a, b, "identifier") for a, b in phones]
    skip += phones
    # "three times as large", "в три раза", "3倍": a small multiplier, read in no language (as "tripled" is not)
    multipliers = [mm.span() for pat in r.patterns["multipliers"] for mm in pat.finditer(text) if _small_multiplier(mm, r)]
    scanner.skipped += [(a, b, "multiplier") for a, b in multipliers]
    skip += multipliers
    other_days = [(a, b) for pat in r.patterns["other_calendar_days"] for a, b in (mm.span() for mm in pat.finditer(text))
                  if not any(d.start < b and a < d.end for d in dates)]
    scanner.skipped += [(a, b, "other calendar") for a, b in other_days]
    skip += other_days
    taken = sorted([(d.start, d.end) for d in dates] + skip)
    taken_starts = [s for s, _ in taken]
    found: list[_Found] = list(dates)
    consumed = 0
    for m in _core_matches(text, r):
        s, e = m.span()
        if s < consumed:
            continue
        if m.lastgroup == "words" and text[s - 1:s] in ("-", "\u2010") and text[s - 2:s - 1].isdigit() \
                and scanner.match("figure_case_ending", s - 1):
            continue  # hu "közül 5-öt": the case ending of the digits before it, no five
        k = bisect.bisect_right(taken_starts, s) - 1
        if k >= 0 and taken[k][0] <= s < taken[k][1]:
            continue
        if k + 1 < len(taken) and s < taken[k + 1][0] < e:
            continue
        tally = (_TALLY if r.word_boundaries else _TALLY_UNSPACED).match(text, s) if m.lastgroup == "digits" else None
        if tally:
            found += _tally(tally)
            consumed = tally.end()
            continue
        sc = r.patterns["score"].match(text, s) if m.lastgroup in ("digits", "vulgar") else None
        if sc and sc.group("c") in r.data.get("score_words", []) and _score_word_is_range(text, sc, scanner):
            sc = None  # "de 10 a 5 millones": a fall from one amount to another, no score
        if sc and _garbled_clock(text, sc, r):
            q = Quantity(kind="date", value=f"{sc.group('a')}:{sc.group('b')}", unit="time", qualifier="garbled")
            found.append(_Found(sc.start(), sc.end(), sc.span(), q, year_source="time"))
            consumed = sc.end()
            continue
        if sc and _half_points(sc) and not _half_score(text, sc, scanner):
            sc = None  # "2.5-3.5 million", "1,5-2 Mio.": a range of decimals, not a tally of half points
        each = _distributive(text, sc, r) if sc else None
        if each is not None:
            found.append(each)
            consumed = each.end
            continue
        if sc and (_is_score(sc, r) or _result_score(text, sc, scanner)):
            found.append(_score(sc))
            consumed = sc.end()
            continue
        scanner.claimed_until = consumed
        f = scanner.read(m)
        if f is None:
            consumed = max(consumed, scanner.resume)  # a rate's base read up to its scale word ("100 mil habitantes")
            continue
        found.append(f)
        consumed = f.end
    if before_number:
        found += _weekdays_before_counts(found, before_number)
    found.sort(key=lambda f: f.core[0])
    _skip_leftover_digits(text, found, scanner.skipped)
    # Claims never overlap: words read around a number (a qualifier on the left, a noun on the
    # right) give way to the neighbouring claim's own span.
    for prev, cur in zip(found, found[1:]):
        if cur.start < prev.end:
            prev.end = max(prev.core[1], min(prev.end, cur.core[0]))
            cur.start = min(max(cur.start, prev.end), cur.core[0])
    _date_range_days(text, found, r)
    _short_span_years(text, found, r)
    _drop_counter_ordinals(text, found, scanner.skipped, r)
    headline = _headline_cut(text)
    _fill_months(found, text, headline, r.patterns["moved_month_before"])
    _merge_compound_durations(text, found, r)
    _merge_compound_measures(text, found, r, scanner.skipped)
    _money_ellipsis(text, found, headline, r)
    _measure_ellipsis(text, found)
    _sibling_currency(text, found, r)
    _subunit_currency(text, found, r)
    _elided_dimension(text, found, r)
    _share_list_unit(text, found, r)
    _points_in_percent_context(text, found, r)
    _clock_restated_in_brackets(text, found)
    _restated_halves(text, found)
    _pair_unit(text, found, scanner)
    _unit_each_end_range(text, found, scanner)
    _change_starts(text, found, scanner)
    _level_left_after(text, found, scanner)
    _change_sizes(text, found, scanner)
    _open_readings(text, found, scanner)
    return found, scanner.skipped, r


def _open_readings(text: str, found: list[_Found], scanner: "_Scanner") -> None:
    """Each amount written with a currency word the article picked no place for (``_Scanner.open_words``) keeps the
    word's other currencies (``Quantity.readings``)."""
    for word, (code, others) in scanner.open_words.items():
        for f in found:
            q = f.quantity
            if q.kind == "money" and q.unit == code and others and word in text[f.start:f.end].lower():
                q.readings = others


def _distributive(text: str, sc: regex.Match, r: LangRules) -> _Found | None:
    """hi "4-4 लाख रुपये", "2-2 किलो": a figure said twice means that much each, one figure with what
    follows it, read as if written once; a pair of equal counts with nothing after them stays a score
    ("मैच 2-2 से ड्रॉ")."""
    if not r.data.get("distributive_repeat") or sc.group("c") not in "-–" or sc.group("a") != sc.group("b"):
        return None
    once = text[:sc.start()] + " " * (sc.start("b") - sc.start()) + text[sc.start("b"):]
    second = _match_core(r.patterns["core_alts"], once, sc.start("b"))
    if second is None:
        return None
    scanner = _Scanner(once, r)
    scanner.claimed_until = sc.start("b")
    f = scanner.read(second)
    if f is None or (f.quantity.kind == "count" and f.quantity.value == _side(sc.group("b"))):
        return None
    f.start = min(f.start, sc.start())
    return f


def _match_core(alternatives, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
    """The match the core's alternation makes at ``pos``: that of the first of its alternatives that matches
    there (an alternation tries them in order), found without compiling the alternation."""
    for alt in alternatives:
        m = alt.match(text, pos) if endpos is None else alt.match(text, pos, endpos)
        if m is not None:
            return m
    return None


class _CoreSearch:
    """``core.search(text, pos)``, the same match, found faster: the core is one alternation, which ``regex`` tries
    alternative by alternative at every position; the first position where it matches is the nearest where one of
    its alternatives (``core_alts``, each searched alone) does, and there the first of them in order that matches
    is the one the core takes, with the same span and group. The next match of each alternative is kept while the
    scan has not passed it, so each alternative reads the text about once."""

    __slots__ = ("text", "alts", "found", "since")

    def __init__(self, text: str, r: LangRules):
        self.text, self.alts = text, r.patterns["core_alts"]
        self.found: list[regex.Match | None] = [None] * len(self.alts)  # each alternative's next match, from ``since``
        self.since = [-1] * len(self.alts)  # -1: not searched yet

    def search(self, pos: int) -> regex.Match | None:
        best = None
        for i, alt in enumerate(self.alts):
            m = self.found[i]
            if not (0 <= self.since[i] <= pos and (m is None or pos <= m.start())):
                m = self.found[i] = alt.search(self.text, pos)
                self.since[i] = pos
            if m is not None and (best is None or m.start() < best.start()):
                best = m  # of two at one position the earlier alternative, as the core's alternation takes it
        return best


def _core_matches(text: str, r: LangRules):
    """The core matches in order, as ``finditer`` gives them, but a run of number words that is two numbers
    ("two and three years", "dos y tres millones": ``_words_cut``) ends after the first, and the scan goes on
    from there, so the second is read too (as the upper end of a range, or alone: "two and three percent")."""
    core, search, pos = r.patterns["core_alts"], _CoreSearch(text, r).search, 0
    while pos <= len(text):
        m = search(pos)
        if m is None:
            return
        if m.lastgroup == "words":
            cut = _words_cut(m.group("words"), r)
            shorter = _match_core(core, text, m.start(), m.start("words") + cut) if cut else None
            if shorter is not None and shorter.lastgroup == "words":
                m = shorter
        if m.lastgroup == "phrase":  # zh "经过半年", "超过半数": a phrase ("过半") yields to one begun inside it that goes on
            later = search(m.start() + 1)
            if later is not None and later.lastgroup == "phrase" and later.start() < m.end() < later.end():
                m = later
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


_DIGIT_RUN = regex.compile(rf"{DIGIT}+")
_GLUED_LETTER_BEFORE = regex.compile(r"[\p{L}][-‐/]?\Z")
_GLUED_LETTER_AFTER = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
_RANGE_BEFORE = regex.compile(rf"{DIGIT}\s?[-‐–/]\s?\Z")
_RANGE_AFTER = regex.compile(rf"\s?[-‐–/]\s?(?:to\s|a\s|auf\s)?{DIGIT}")
# after a range's bare upper end: a word (its own counted noun, ``_Scanner._range``) unless one of these
_SPACED_DASH = regex.compile(r"\s+[–—-]\s+")
_WORD_AFTER = regex.compile(r"\s+\p{L}")
_LATIN_WORD = regex.compile(r"[\p{Latin}\p{N}-]+")
_OTHER_SCRIPT = regex.compile(r"[^\P{L}\p{Latin}]")  # a letter of a script other than Latin
_BARE_YEAR = regex.compile(r"(?:1[89]|20)\d\d")  # a range's upper end that reads as a year when nothing closes it
_RANGE_END_UNITS = ("scale", "suffix_scale", "currency_after", "unit", "percent", "pp", "duration")


# three or more groups of 2-4 digits, one separator throughout ("0212 555 12 34", "22 123 45 67", "+48 22-123-45-67")
_PHONE = regex.compile(r"(?<![\d.,\p{L}])(?:\+\d{1,3}\s?)?(?:\(\d{1,4}\)\s?)?\d{2,4}(?P<sep>[ .\-])\d{2,4}(?:(?P=sep)\d{2,4})+"
                       r"(?![\d\p{L}]|[.,]\d)")
_PHONE_NUMBER = regex.compile(r"[\s:.：]*(?P<n>\+?\(?\d[\d()]*(?:[ .\-/]\(?\d[\d()]*)*)")
# two groups that no figure writes: a leading zero ("0800 1111", "555-0123"), an area code in brackets ("(212) 555-0199")
# or hyphened to seven digits or more ("210-3456789": no range)
_PHONE_SHORT = regex.compile(r"(?<![\d.,\p{L}])(?:\(\d{2,4}\)\s?\d{3,4}[ \-]\d{4}|0\d{2,4}[ \-]\d{3,8}|\d{3}-0\d{3}|\d{2,4}-\d{7,8})"
                             r"(?![\d\p{L}]|[.,]\d)")
_PHONE_DIGITS = regex.compile(r"(?<![\d.,])\d{2,}(?:[ \-]\d{2,})*(?![\d.,])")
_PHONE_WORD_AFTER = regex.compile(r"\s*(?P<w>[\p{L}\p{M}]+)")


def _a_year(digits: str) -> bool:
    """Four digits of the years news is about: a year, never a phone or emergency number."""
    return digits.isdigit() and len(digits) == 4 and _YEAR_MIN <= int(digits) <= _YEAR_MAX


def _dialled(text: str, n: regex.Match, r: LangRules) -> bool:
    """Digits after a calling verb that may also mean something else (``phone_verbs``: "call", "ring", "ligue") are a
    number dialled only with no word after them but a ``phone_verb_follow`` one ("ring 101 **for**", "dial 911
    **immediately**"), a list connector or a number word ("dialled 999 **three** times"); never a year either
    (``_phone_after_cue``: "critics call 2024 a turning point")."""
    w = _PHONE_WORD_AFTER.match(text, n.end())
    return (w is None or fold(w.group("w")) in r.data.get("list_connectors", []) or r.number_words.find(fold(w.group("w")))
            or r.patterns["phone_verb_follow"] is not None and bool(r.patterns["phone_verb_follow"].match(text, n.end())))


def _phone_after_cue(text: str, n: regex.Match, r: LangRules, strict: bool = False) -> bool:
    """Digits right after a phone word are its number: three or more always ("dial 911", "拨打110"); two
    ("composez le 17 ou le 112"), or any past a name (``strict``: "call the Samaritans on 116 123"), only where
    no word that could be their counted noun follows ("call 20 witnesses", "call on 193 countries")."""
    if _rx(r"\d{1,2}\s?[-–:]\s?\d{1,2}").fullmatch(n.group("n")):
        return False  # "marcó el 2-1": a score
    if _a_year(n.group("n")):
        return False  # "la ligne 2025": a year
    digits = sum(ch.isdigit() for ch in n.group("n"))
    if digits >= 3 and not strict:
        return True
    if digits < 2:
        return False
    w = _PHONE_WORD_AFTER.match(text, n.end())
    return w is None or r.word_boundaries and fold(w.group("w")) in r.data.get("list_connectors", [])


def _phone_spans(text: str, r: LangRules, dates: list[_Found]) -> list[tuple[int, int]]:
    """Phone numbers are identifiers, no claims: a run of digit groups in a phone's shape, seven
    digits or more (not a figure grouped in thousands, "12 400 000"), or two groups no figure writes ("0800 1111",
    "(212) 555-0199"), digits right after a `phone_words` word ("numer 22 1234567", "电话：010-12345678", "dial 911"),
    after a `phone_verbs` verb (``_dialled``), past a name (`phone_link`: "call the Samaritans on 116 123"), before a
    `phone_after` word (ja "119番通報"), or a postcode (``postcode_patterns``, nl "1012 AB")."""
    out = []
    for m in _PHONE.finditer(text):
        groups = _rx(r"[ .\-]").split(m.group().lstrip("+"))
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3 or sum(map(len, groups)) < 7:
            continue
        out.append(m.span())
    cues = [(w, False) for w in r.patterns["phone_word"].finditer(text)] if r.patterns.get("phone_word") is not None else []
    cues += [(w, True) for w in r.patterns["phone_verb"].finditer(text)] if r.patterns["phone_verb"] is not None else []
    if cues:
        link = r.patterns["phone_link"]
        for w, verb in cues:
            n, strict = _PHONE_NUMBER.match(text, w.end()), False
            if n and verb and not _dialled(text, n, r):
                continue  # "call 300 witnesses", "critics call 2024 a turning point": the verb's other sense
            if n is None and link is not None and (lk := link.match(text, w.end())):
                n, strict = _PHONE_NUMBER.match(text, lk.end()), True  # "call the Samaritans on 116 123"
            if n and "." in text[w.end():n.start("n")].rstrip():
                continue  # "the call. 300 people": a sentence ends between them
            while n and _phone_after_cue(text, n, r, strict):
                out.append(n.span("n"))
                lk = r.patterns["phone_list"].match(text, n.end()) if r.patterns["phone_list"] is not None else None
                n = _PHONE_NUMBER.match(text, lk.end()) if lk else None  # "composez le 17 **ou le** 112"
    if r.patterns["phone_after"] is not None:  # ja "119番通報", ko "112에 신고"
        for m in _PHONE_DIGITS.finditer(text):
            if r.patterns["phone_after"].match(text, m.end()) and not _a_year(m.group()):
                out.append(m.span())  # but "werden 2025 wählen": a year
    out += [m.span() for m in _PHONE_SHORT.finditer(text)]
    for pat in r.data.get("postcode_patterns", []):
        for m in regex.finditer(pat, text):
            tail = _rx(r"\p{L}+\Z").search(m.group())
            if not (tail and (r.units.find(tail.group()) or r.currency_after.find(tail.group()))):
                out.append(m.span())  # "1012 AB", but "1000 MW" is a measure
    return sorted({s for s in out if not any(d.start < s[1] and s[0] < d.end for d in dates)})


def _skip_leftover_digits(text: str, found: list[_Found], skipped: list[tuple[int, int, str]]) -> None:
    """Digits no reader took: name them when they are part of a code ("Covid-19", "F-35", "HER2",
    "iPhone6") or one end of a span ("1950-53", "1348/9"), so the skipped list shows they were seen.
    Anything else stays unlisted: a number nobody read, which the coverage benchmark reports."""
    spans = sorted([(f.start, f.end) for f in found] + [(a, b) for a, b, _ in skipped])
    starts = [a for a, _ in spans]
    for m in _DIGIT_RUN.finditer(text):
        s, e = m.span()
        k = bisect.bisect_right(starts, e - 1) - 1
        if k >= 0 and spans[k][1] > s:
            continue
        before = text[max(0, s - 2):s]
        if _GLUED_LETTER_BEFORE.search(before) or _GLUED_LETTER_AFTER.match(text, e):
            skipped.append((s, e, "identifier"))
        elif _RANGE_BEFORE.search(text[max(0, s - 3):s]) or _RANGE_AFTER.match(text, e):
            skipped.append((s, e, "range"))


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """Earliest first, the longer of two spans that start together; later overlapping spans dropped."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def _time_candidates(text: str, r: LangRules, scanner: "_Scanner") -> list[_Found]:
    """Times of day ("16:42", "16h42", "7.42 Uhr", "7:42am", "午前6時20分", "오전 5시께") → "HH:MM"."""
    out = []
    for pat in r.patterns["times"]:
        for m in pat.finditer(text):
            g = m.groupdict()
            # digits, or a number word ("a la una de la tarde"); en "at noon", "at midnight": 12:00, 00:00
            if g.get("six_hour"):  # sw "saa tano asubuhi" (11:00): a clock whose hours count from 6 a.m. and 6 p.m.
                hour = _group_number(g["six_hour"], r)
                hour = (hour + 6) % 12 if hour is not None and hour == int(hour) and 1 <= hour <= 12 else None
            else:
                hour = 12 if g.get("noon") else 0 if g.get("midnight") else _group_number(g["hour"], r)
            if hour is None or hour != int(hour):
                continue
            if g.get("odd_hour") or g.get("odd_minute"):
                if (hour > 24 or int(g.get("minute") or 0) > 59) and _garbled_time(text, m, r):
                    q = Quantity(kind="date", value=f"{g['hour']}:{g['minute']}", unit="time", qualifier="garbled")
                    out.append(_Found(m.start(), m.end(), m.span(), q, year_source="time"))
                continue
            minute = _group_number(g["minute"], r) if g.get("minute") else 0  # "三点十五分": Han minutes too
            if minute is None:
                continue
            hour, minute = int(hour), (30 if g.get("half") else 15 if g.get("quarter") else int(minute))
            if g.get("half_to") or g.get("quarter_to"):
                # "halb zehn" (9:30), "diez menos cuarto", "quarter to ten" (9:45): before the hour named
                hour, minute = (hour - 1) % 24, (30 if g.get("half_to") else 45)
            elif g.get("quarter_of"):  # ru "четверть десятого" (9:15): a quarter into the hour named
                hour, minute = (hour - 1) % 24, 15
            ampm = (g.get("ampm") or "").lower()
            half = "p" if g.get("pm") or ampm.startswith("p") else "a" if g.get("am") or ampm.startswith("a") else ""
            # One end of a span borrows the other's half of the day: the first end the second's ("between 11 and 1
            # p.m.", "entre las 11 y la 1 de la tarde": a larger hour before it lies in the other half), the second
            # end the first's (tr "sabah 10 ile 1 arasında", hu "reggel 10 és 1 között": a smaller hour after it does)
            if half and (g.get("range_hour") and hour % 12 > int(g["range_hour"]) % 12
                         or g.get("range_from") and hour % 12 < int(g["range_from"]) % 12):
                half = "p" if half == "a" else "a"
            if half == "p" and hour < 12:
                hour += 12
            if half == "a" and hour == 12:
                hour = 0
            if g.get("night") and 6 <= hour < 12:
                hour += 12  # "रात 10 बजे" (10 at night) is 22:00; "रात 2 बजे" stays 02:00
            if g.get("midday") and hour < 7:
                hour += 12  # sw "saa saba mchana" 13:00, "saa sita mchana" 12:00; "saa nne mchana" stays 10:00
            if hour > 24 or minute > 59:
                continue
            q = Quantity(kind="date", value=f"{hour:02d}:{minute:02d}", unit="time",
                         qualifier="about" if g.get("about") else "exact")
            start = scanner._qualify_left(m.start(), q)
            if q.qualifier == "up_to":
                # "bis 18:00 Uhr", "jusqu'à 18 h", "до 18:00", "by 6 p.m.": a deadline names a moment, the clock
                # itself, as "until 6 p.m." and "do 23.30" read; the bound word stays in the claim's text
                q.qualifier = "exact"
            marked = bool(half or g.get("night") or g.get("midday") or g.get("noon") or g.get("midnight")
                          or g.get("six_hour"))
            out.append(_Found(start, m.end(), m.span(), q, year_source="time",
                              half_of_day="said" if marked else _open_half(m, hour)))
    return out


_TWENTY_FOUR_HOUR = regex.compile(r"[0０]\d|\d{4}")


def _open_half(m: regex.Match, hour: int) -> str:
    """"open" when a clock could name either half of the day ("9", "9.30"), not "09:30", "1030 GMT" nor "21:30"."""
    if not 1 <= hour <= 12:
        return ""
    at = m.start("hour") if m.re.groupindex.get("hour") and m.group("hour") else -1
    return "" if at >= 0 and _TWENTY_FOUR_HOUR.match(m.string, at) else "open"


# how far back a ``qualifier_not_after`` guard may read: past a genitive owner ("Die Aufträge der griechischen Reederei
# Aegea Maritime über acht Schiffe": orders for eight ships)
_GUARD_WINDOW = 80
_SIGNS = ("-", "−", "+", "–")
# up to three words right after a figure whose unit was written before it (``units_before``)
_UNIT_GOES_ON = regex.compile(r"(?:[^\S\n]+(?P<w>[\p{L}\p{M}]+)){1,3}")
# sw "zaidi ya watu 300": one lowercase word (the counted noun) between a qualifier and its figure (``qualifier_noun_gap``)
_NOUN_GAP = regex.compile(r"(?<![\p{L}\p{M}])(\p{Ll}[\p{L}\p{M}]*)[^\S\n]+\Z")
_ONE_COMMA_GROUP = regex.compile(r"\d{1,3},\d{3}")  # es "2,000 MDD": one comma before three digits
_MONEY_WORD_AFTER = regex.compile(r"\s*([^\s\d.,;:()]+)")  # the word right after a figure ("mdd", "pesos")
_BARE_YEAR_END = regex.compile(r"(?<![\d.,\p{L}])(?:1[89]|20)\d\d\Z")  # "in 2016" before a currency verb
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# what may stand between a weekday and the calendar date it belongs to ("Friday, 3 March", "vendredi le 3",
# "9月17日周三", "3 March (Friday)", ar "الأحد، 1 آذار"): punctuation, spaces and one short word
_WEEKDAY_TO_DATE = regex.compile(r"[\s,，、،(（]*(?:\p{L}{1,3}\.?\s+)?[(（]?\s*\Z")
_DATE_TO_WEEKDAY = regex.compile(r"[\s,，、،(（)）]*\Z")
#: digits right before a word ("14 недеља"): a weekday name that is also a unit of time there is that unit
_FIGURE_BEFORE_WORD = regex.compile(r"\d[ \u00a0]?\Z")


def _weekday_candidates(text: str, r: LangRules, dates: list[_Found],
                        before_number: list[tuple[int, _Found]] | None = None) -> list[_Found]:
    """A weekday named alone ("el viernes", "samedi", "周五", "金曜日") → kind date, unit ``weekday``, value the
    English name ("friday").  A weekday beside a calendar date ("Friday, 3 March", "9月17日周三") is part of
    that date, not a claim of its own. A weekday before a day number ("Friday 13") is left out too, and goes to
    ``before_number`` with the number's position: if the number counts something ("On Monday 15 people were
    hurt"), the scan takes the weekday back (``_weekdays_before_counts``)."""
    pat = r.patterns.get("bare_weekday")
    cap = r.patterns.get("capitalised_weekday")
    if pat is None and cap is None:
        return []
    out = []
    calendar_dates = [d for d in dates if d.quantity.kind == "date" and d.quantity.unit == "date"]
    matches = list(pat.finditer(text)) if pat is not None else []
    if cap is not None:
        taken = [m.span() for m in matches]
        matches += [m for m in cap.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)
                    and _capitalised_weekday_here(text, m, r)]
        matches.sort(key=lambda m: m.start())
    for m in matches:
        s, e = m.span()
        if _FIGURE_BEFORE_WORD.search(text, max(0, s - 2), s) and r.duration_units.find(m.group("x")) is not None:
            continue  # sr "14 недеља", "14 nedelja": fourteen weeks, no Sunday (the weekday is also the unit)
        if any(n > e - s and text[s:s + n].lower() in phrases for n, phrases in r.by_length("phrase_quantities")):
            continue  # sr "za nedelju dana": a week, the phrase's duration ("nedelju dana"), no Sunday
        n = r.data["_bare_weekdays"].find(m.group("x"))
        if n is None:
            n = r.data["_capitalised_weekdays"].get(m.group("x"))
        beside = next((d for d in calendar_dates
                       if (0 <= d.start - e <= 16 and _WEEKDAY_TO_DATE.match(text[e:d.start]))
                       or (0 <= s - d.end <= 16 and _DATE_TO_WEEKDAY.match(text[d.end:s]))), None)
        if beside is not None:
            if n is not None and beside.weekday is None and beside.date_parts and not _weekday_in_name(text, s, e, r):
                # "csütörtökön (szeptember 17.)", "September 17 (Thursday)": the date's own weekday, which dates
                # it and is compared with it, so the claim spans both
                beside.start, beside.end = min(s, beside.start), max(e, beside.end)
                inside = text[beside.start:beside.end]
                if text[beside.end:beside.end + 1] in (")", "）") and inside.count("(") + inside.count("（") > (
                        inside.count(")") + inside.count("）")):
                    beside.end += 1
                if beside.date_parts[0] is None:
                    beside.weekday = int(n)
            continue
        day = r.patterns["day_number_after"].match(text, e)
        if day:  # "Friday 13", "viernes, 3": the day of the month follows
            if before_number is not None and n is not None and not _weekday_in_name(text, s, e, r):
                q = Quantity(kind="date", value=WEEKDAY_NAMES[int(n)], unit="weekday")
                before_number.append((_digits_start(text, e, day.end()),
                                      _Found(s, e, (s, e), q, year_source="weekday-name", noun=True)))
            continue
        if (not r.word_boundaries and s > 0 and text[s - 1] in r.cjk_digits and e < len(text)
                and text[e] not in " \u3000" and r.patterns["duration"].match(text, e)):
            continue  # "一周四天": a week of four days, not Thursday ("周四")
        if n is None:
            continue
        if _weekday_in_name(text, s, e, r):
            continue  # "Saturday Night Live", "The Sunday Times": a title, no day
        q = Quantity(kind="date", value=WEEKDAY_NAMES[int(n)], unit="weekday")
        out.append(_Found(s, e, (s, e), q, year_source="weekday-name", noun=True))
        out[:0] = _elided_weekdays(text, s, m.group("x"), r)
    return out


def _digits_start(text: str, start: int, end: int) -> int:
    """Where the digits of ``text[start:end]`` begin."""
    m = _rx(r"\d").search(text[start:end])
    return start + m.start() if m else end


def _weekdays_before_counts(found: list[_Found], before_number: list[tuple[int, _Found]]) -> list[_Found]:
    """The weekdays of ``before_number`` whose number the scan read as a figure with what it counts or measures
    ("Monday 15 people", "lunes 15 personas"): no day of the month, so the weekday is a claim of its own."""
    counted = {f.core[0] for f in found if f.quantity.kind != "date" and f.end > f.core[1]}
    return [w for at, w in before_number if at in counted]


# what ends a sentence before a word that opens the next one (quotes and brackets may stand between)
_SENTENCE_START = regex.compile(r"(?:\A|[.!?…:;]|\n)[\s\"'«»“”„(\[–—-]*\Z")
# a number right before a weekday word makes it the common noun ("3 Minggu", "Trei Luni": title case)
_NUMBER_BEFORE = regex.compile(r"(?:\d[\d.,]*|(?P<w>\p{L}+))\s+\Z")


def _capitalised_weekday_here(text: str, m, r: LangRules) -> bool:
    """A ``capitalised_weekdays`` name (el "Τρίτη", ro "Luni", id "Minggu", vi "thứ Hai") is the weekday as
    written inside a sentence; where its only capital is the first letter and it opens the sentence ("Minggu
    lalu": last week) only with a comma or a day number after it ("Luni, Guvernul...", "Minggu, 5 Mei");
    never after a number ("3 Minggu": weeks, in a title-case headline) nor after a capitalised word inside
    the sentence ("Pasar Minggu", a place; "Η Τρίτη Ηλικία" is a ``weekday_name_parts`` title)."""
    s, e = m.span()
    word = m.group("x")
    before = text[max(0, s - 40):s]
    nb = _NUMBER_BEFORE.search(before)
    if nb and (nb.group("w") is None or r.number_words.find(nb.group("w")) is not None):
        return False
    if sum(ch.isupper() for ch in word) == 1 and _SENTENCE_START.search(before):
        return bool(_rx(r"\s*,").match(text, e) or r.patterns["day_number_after"].match(text, e))
    # a capitalised word before it, itself inside the sentence, makes it part of a name ("Pasar Minggu")
    cw = _rx(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*[ \u00a0]\Z").search(before)
    return not (cw and not _SENTENCE_START.search(before[:cw.start()]))


def _elided_weekdays(text: str, s: int, name: str, r: LangRules) -> list[_Found]:
    """pt "segunda e terça-feira", "de segunda a sexta-feira": weekdays before a coordinated one that drop the
    ending it carries (``weekday_elision``: the ending and the connectors), each a weekday of its own."""
    spec = r.data.get("weekday_elision")
    if not spec or not name.lower().endswith(spec["ending"]):
        return []
    out: list[_Found] = []
    conn = "|".join(regex.escape(c) for c in spec["connectors"])
    while True:
        m = _rx(rf"(?<![\p{{L}}-])(?P<w>\p{{L}}+)\s*(?:,|\s(?:{conn}))\s+\Z").search(text[max(0, s - 40):s])
        n = r.data["_bare_weekdays"].find(m.group("w") + spec["ending"]) if m else None
        if n is None:
            return out
        ws = s - (len(text[max(0, s - 40):s]) - m.start("w"))
        we = ws + len(m.group("w"))
        out.insert(0, _Found(ws, we, (ws, we), Quantity(kind="date", value=WEEKDAY_NAMES[int(n)], unit="weekday"),
                             year_source="weekday-name", noun=True))
        s = ws


def _weekday_in_name(text: str, s: int, e: int, r: LangRules) -> bool:
    """A capitalised weekday that is part of a title (``weekday_name_parts``: the words after it, or
    before it when a capitalised word follows, that make it one: "Saturday Night Live", "The Sunday
    Times", "Sunday Telegraph"; "The Saturday before" stays a day; ``before_any``: words before it that
    make it a name whatever follows, a saint or place, el "Αγία Παρασκευή είναι")."""
    p = r.patterns
    after, before, before_any = p["weekday_name_after"], p["weekday_name_before"], p["weekday_name_before_any"]
    first = text[s:s + 1]
    if not (after or before or before_any) or (first.lower() != first.upper() and not first.isupper()):
        return False  # a cased script writes a title's weekday with a capital; Han has no case
    left = text[max(0, s - 40):s]
    if before_any is not None and before_any.search(left):
        return True
    if after is not None and after.match(text[e:e + 40]):
        return True
    return bool(before is not None and _rx(r"[ \u00a0]\p{Lu}").match(text[e:e + 2]) and before.search(left))


def _age_decade_candidates(text: str, r: LangRules) -> list[_Found]:
    """"in her 30s": an age given as a decade → duration in years, 30 to 39 (low/high), qualifier about."""
    out = []
    for pat in r.patterns["age_decades"]:
        for m in pat.finditer(text):
            word = m.group("decade")
            # digits ("30s"), or a decade word of the table ("forties", "Vierzigern": ``age_decade_words``)
            low = float(word) if word.isdigit() else r.data.get("age_decade_words", {}).get(word.lower())
            if low is None:
                continue
            low = float(low)
            first = m.groupdict().get("low")  # "40～50代": a span of decades, from the first one's start
            q = Quantity(kind="duration", value=low, unit="year", qualifier="about",
                         low=float(first) if first and float(first) < low else low, high=low + 9)
            out.append(_Found(m.start(), m.end(), m.span(), q, noun=True))
    return out


def _group_number(tok: str, r: LangRules) -> float | None:
    """A pattern group's number: digits, Han numerals, or a number or ordinal word of the language."""
    tok = normalise_digits(tok)
    if tok.isdigit():
        return float(tok)
    seps = "".join(regex.escape(g) for g in r.data.get("group", ()) if g != r.data.get("decimal"))
    if seps and _rx(rf"\d{{1,3}}(?:[{seps}]\d{{3}})+|\d{{1,2}}(?:[{seps}]\d{{2}})*[{seps}]\d{{3}}").fullmatch(tok):
        return float(_rx(rf"[{seps}]").sub("", tok))  # "1,200", "১২,০০,০০০": groups the language writes
    if r.myriad:
        got = _cjk_or_digits(tok, r)
        if got is not None:
            return got
    got = r.number_words.find(fold(tok))
    return got if got is not None else r.data.get("ordinal_words", {}).get(fold(tok))  # "o siódmej": the seventh hour


def _compound_length_candidates(text: str, r: LangRules, scanner: "_Scanner") -> list[_Found]:
    """A measure written in a larger and a smaller unit as one ("6-foot-6", "6 ft 6 in", "5'10\"", "six feet four
    inches", "6フィート6インチ", "6 pies y 6 pulgadas", fr "1m98"): the pattern's two groups are named after
    the units (``ft``, ``inch``; ``m``, ``cm``) → one measure in the larger unit (6.5 ft, 1.98 m), not two figures."""
    out = []
    for pat in r.patterns["compound_lengths"]:
        big_unit, small_unit = list(pat.groupindex)[:2]
        big_dim, small_dim = unit_dimension(big_unit), unit_dimension(small_unit)
        for m in pat.finditer(text):
            big, small = _group_number(m.group(big_unit), r), _group_number(m.group(small_unit), r)
            if big is None or small is None or not 0 <= small * small_dim[1] < big_dim[1]:
                continue
            q = Quantity(kind="measure", value=_in_larger_unit(big, small, big_dim, small_dim), unit=big_unit)
            out.append(_Found(scanner._qualify_left(m.start(), q), m.end(), m.span(), q, noun=True))
    return out


def _in_larger_unit(big: float, small: float, big_dim: tuple, small_dim: tuple) -> float:
    """6 ft + 6 in = 6.5 ft, 2 lb + 4 oz = 2.25 lb: the units' ratio as the small fraction it is (1/12, 1/16, 1/100)."""
    return float(big + Fraction(small) * Fraction(small_dim[1] / big_dim[1]).limit_denominator(1000))


#: the smaller unit a bare figure right after a small figure of a larger one names ("1 m 98": centimetres, two
#: digits; "5 ft 11": inches; "3 kg 200": grams, three digits), as heights, jumps and birth weights are written (no
#: "100 m 10-mal": the larger below ten)
_IMPLIED_PART = {"m": ("cm", 2), "ft": ("inch", 0), "kg": ("g", 3)}
_LEADING_ZERO_PART = regex.compile(r"[ \u00a0\u202f]{0,2}(0\d)(?![\p{L}\d-]|[.,]\d)")


def _merge_compound_measures(text: str, found: list[_Found], r: LangRules, skipped: list) -> None:
    """"1 м 98 см", "2 kg 300 g", "1 m 98", "5 ft 11": a whole figure of a larger unit followed directly by a
    figure of a smaller unit of the same dimension, below one of the larger, is one measure in the larger unit
    (1.98 m, 2.3 kg); a comma, connector or range word between them ("1 m, 98 cm", "2 kg und 300 g") keeps two,
    but for a bare part closing the clause (it "1 metro e 98.", es "un metro y 98,")."""
    for a in found:  # "2 м 04", "2米08": a part with its leading zero, which alone is a code
        q = a.quantity
        zero = _LEADING_ZERO_PART.match(text, a.end) \
            if q.kind == "measure" and q.unit in _IMPLIED_PART and q.value in range(1, 10) else None
        if zero and _IMPLIED_PART[q.unit][1] == 2 and (zero.start(1), zero.end(1), "code") in skipped:
            skipped.remove((zero.start(1), zero.end(1), "code"))
            q.value = _in_larger_unit(q.value, float(zero.group(1)), unit_dimension(q.unit),
                                      unit_dimension(_IMPLIED_PART[q.unit][0]))
            a.end = zero.end()
    i = 0
    while i < len(found) - 1:
        a, b = found[i], found[i + 1]
        qa, qb = a.quantity, b.quantity
        whole = qa.kind == "measure" and isinstance(qa.value, float) and qa.value == int(qa.value)
        big = unit_dimension(qa.unit) if whole else None
        small_unit = qb.unit if qb.kind == "measure" else None
        if (big and qb.kind == "count" and not b.noun and b.end == b.core[1] and qa.unit in _IMPLIED_PART
                and qa.value < 10 and not _rx(r"[-\p{L}\d]").match(text[b.end:b.end + 1])):
            small_unit, width = _IMPLIED_PART[qa.unit]  # "1 m 98", "5 ft 11": the part's unit left out
            digits = text[b.core[0]:b.core[1]]
            small_unit = small_unit if digits.isdigit() and (not width or len(digits) == width) else None
        small = unit_dimension(small_unit) if small_unit else None
        gap = text[a.end:b.start]
        closing_part = qb.kind == "count" and _rx(r"\s*(?:[.,;:!?)]|\Z)").match(text, b.end)
        if (big and small and big[0] == small[0] and big[0] != "temperature" and isinstance(qb.value, float)
                and qa.low is None and qb.low is None and qb.qualifier == "exact" and 0 <= qb.value * small[1] < big[1]
                and (_rx(r"[ \u00a0\u202f]{0,2}").fullmatch(gap)
                     or (closing_part and gap.strip() and r.patterns["list_gap"].match(gap) and "," not in gap))):
            qa.value = _in_larger_unit(qa.value, qb.value, big, small)
            a.end = b.end
            del found[i + 1]
        i += 1


_GROUP_GOES_ON = regex.compile(rf"[.,'’\u00a0\u202f ]?{DIGIT}")


def _share_pattern_candidates(text: str, r: LangRules, scanner: "_Scanner") -> list[_Found]:
    """A share named by its whole ("jedes fünfte Kind", "un enfant sur cinq", "каждый пятый", "einer von 4") → a ratio
    with its whole, as "one in five" reads: group ``den`` (digits, a number word or an ordinal word), group ``num``
    (optional, else one)."""
    out = []
    for pat in r.patterns["share_patterns"]:
        for m in pat.finditer(text):
            g = m.groupdict()
            if _GROUP_GOES_ON.match(text, m.end("den")):
                continue  # "Un sondaggio su 20.000 studenti": the pattern took the head of a grouped number
            if scanner.match("unit", m.end("den")):
                continue  # "a wave of 1.3 m, and one of 80 centimeters": "one" is the thing measured, no share
            den = _group_number(g["den"], r)
            if den is None:
                den = r.data.get("ordinal_words", {}).get(g["den"].lower())
            num = _group_number(g["num"], r) if g.get("num") else 1.0
            if not den or num is None or not 0 < num < den:
                continue
            # a share of a whole, kept as "one in five" reads: the whole stays, so a count of it is no conflict
            q = Quantity(kind="ratio", value=num, unit="ratio", denominator=den)
            out.append(_Found(scanner._qualify_left(m.start(), q), m.end(), m.span(), q, noun=True))
    return out


def _title_count_candidates(text: str, r: LangRules) -> list[_Found]:
    """A count of wins written into a title's adjective ("der dreifache Weltmeister", "двукратный чемпион"),
    as "the three-time champion" reads: a count of that number over the adjective (``title_counts``: the
    patterns say which nouns make it a title, so "die dreifache Menge", a multiplier, stays no claim); and a rank
    glued to its superlative (``glued_ranks``: "die zweitgrößte Stadt", as "the second-largest" reads)."""
    out = []
    for key, kind, unit in (("title_counts", "count", "count"), ("glued_ranks", "other", "rank")):
        stems = {k.lower(): v for k, v in (r.data.get(key) or {}).get("stems", {}).items()}
        for pat in r.patterns[key]:
            for m in pat.finditer(text):
                value = stems.get(m.group("stem").lower())
                if value is None:
                    continue
                end = _rx(r"[\p{L}-]*").match(text, m.end()).end()  # the whole word: "tricampeão"
                q = Quantity(kind=kind, value=float(value), unit=unit)
                out.append(_Found(m.start(), end, (m.start(), end), q, noun=True))
    return out


_ROMAN = regex.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_MONTH = regex.compile(r"XI{0,2}|IX|IV|V?I{0,3}")  # I-XII: a ``date_patterns`` month group so written


def _roman_number(s: str) -> int:
    """A century in Roman numerals ("XIX" 19), as decades after it write it ("lata 30. XIX wieku")."""
    vals = [{"I": 1, "V": 5, "X": 10}[c] for c in s]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


def _decade_candidates(text: str, r: LangRules) -> list[_Found]:
    """Decades ("the 1930s", "anni '30", "20世纪30年代", "1930年代") → a date "193X" (EDTF: the decade)."""
    out = []
    for pat in r.patterns["decades"]:
        for m in pat.finditer(text):
            g = m.groupdict()
            # numeral words read as digits are ("八十年代", "二十世纪八十年代", "los años ochenta", "achtziger Jahre")
            nums = {k: _roman_number(v) if k == "century" and _ROMAN.fullmatch(v) else _group_number(v, r)
                    for k, v in g.items() if v and k in ("decade", "century", "short")}  # "XIX wieku", "XIXe siècle"
            if g.get("short") and nums["short"] is None:  # "the nineties": a decade word of the table
                nums["short"] = r.data.get("age_decade_words", {}).get(fold(g["short"]))
            if None in nums.values():
                continue
            if nums.get("decade"):
                year = int(nums["decade"])
            elif nums.get("century"):
                year = (int(nums["century"]) - 1) * 100 + int(nums["short"])
            else:
                short = int(nums["short"])
                year = (1900 if short >= 30 else 2000) + short  # "'30": the 1930s; "'10": the 2010s
            if year % 10:
                continue
            q = Quantity(kind="date", value=f"{year // 10:03d}X", unit="date")
            out.append(_Found(m.start(), m.end(), m.span(), q, year_source="decade"))
    return out


def _clock_duration_candidates(text: str, r: LangRules) -> list[_Found]:
    """Race times and gaps written with marks ("4h51'37\"", "4h51m37s", "1'12\"") → seconds."""
    out = []
    before = r.patterns.get("clock_before")
    for pat in r.patterns["clock_durations"]:
        for m in pat.finditer(text):
            g = m.groupdict()
            if (":" in m.group() and before is not None and g.get("h") is not None and int(g["h"]) < 24
                    and before.search(text[max(0, m.start() - 24):m.start()])):
                # "at 13:45:00", "um 13:45:00": a clock of three parts in a time's place is the time of day
                q = Quantity(kind="date", value=f"{int(g['h']):02d}:{int(g['m']):02d}", unit="time")
                out.append(_Found(m.start(), m.end(), m.span(), q, year_source="time"))
                continue
            secs = int(g.get("h") or 0) * 3600 + int(g.get("m") or 0) * 60 + int(g.get("s") or 0)
            if g.get("frac"):  # ko "9초58", ja "9秒58": hundredths of the second written after its mark
                secs = float(f"{secs + float('0.' + g['frac']):.6g}")
            out.append(_Found(m.start(), m.end(), m.span(), Quantity(kind="duration", value=float(secs), unit="second"),
                              noun=True))
    return out


def _small_multiplier(m: regex.Match, r: LangRules) -> bool:
    """Up to four times: what other languages say with a verb ("doubled", "tripled", "verdreifacht", "翻番",
    "quadrupled"), so no language may read a figure there. A larger multiplier ("200 times the energy", "200倍")
    is written as a numeral everywhere and stays the count it reads as."""
    tok = m.groupdict().get("n") or m.groupdict().get("w")
    if not tok:
        return True  # "twice as", "threefold"
    value = _group_number(tok, r)
    if value is None and _rx(rf"{DIGIT}+[.,]{DIGIT}+").fullmatch(tok):
        value = float(normalise_digits(tok).replace(",", "."))
    return value is not None and value <= 4


def _relative_date_candidates(text: str, r: LangRules) -> list[_Found]:
    """"내년 4월", "April next year", "en avril prochain", "去年3月5日", "1. April nächsten Jahres": a month (and
    day) of a year named relative to the day the story was written, which the text does not give: its month
    (and day) with no year, ISO "--04" / "--03-05"."""
    out = []
    gate = r.patterns.get("relative_words")
    if gate is None or not gate.search(text):
        return out
    for pat in r.patterns["relative_dates"]:
        for m in pat.finditer(text):
            tok = m.group("month")
            month = int(normalise_digits(tok)) if _rx(rf"{DIGIT}+").fullmatch(tok) else (
                r.months.find(tok) or _group_number(tok, r))  # a name ("April"), or numerals ("去年十二月")
            day = m.groupdict().get("day")
            day_n = _day_number(normalise_digits(day), r) if day else None
            garbled = _garbled_date(m, month if month and 1 <= month <= 12 else None, day_n)
            if garbled is None or month != int(month):
                continue
            if garbled and day:
                day_n = int(day)
            value = f"--{int(month):02d}" + (f"-{day_n:02d}" if day else "")
            q = Quantity(kind="date", value=value, unit="date", qualifier="garbled" if garbled else "exact")
            out.append(_Found(m.start(), m.end(), m.span(), q, year_source="relative", noun=True))
    return out


def _month_day(m: regex.Match) -> str:
    """The "-MM" or "-MM-DD" of an ISO date from a match's ``month`` and ``day`` groups (either may be absent)."""
    g = m.groupdict()
    if not g.get("month"):
        return ""
    out = f"-{int(normalise_digits(g['month'])):02d}"
    return out + (f"-{int(normalise_digits(g['day'])):02d}" if g.get("day") else "")


def _era_year_candidates(text: str, r: LangRules) -> list[_Found]:
    """A year counted in an era ("平成30年" = 2018, "令和元年5月1日" = 2019-05-01; ``era_years``: era name → the
    year before its first): a date, never a duration of 30 years."""
    pat = r.patterns["era_year"]
    if pat is None:
        return []
    eras = r.data["era_years"]
    out = []
    for m in pat.finditer(text):
        n_tok = m.group("n")
        n = 1.0 if n_tok == r.data.get("era_first_year") else _group_number(n_tok, r)
        if not n:
            continue
        year = int(eras[m.group("era")] + n)
        q = Quantity(kind="date", value=f"{year:04d}{_month_day(m)}", unit="date")
        out.append(_Found(m.start(), m.end(), m.span(), q, year_source="written", noun=True))
    return out


def _short_year_candidates(text: str, r: LangRules) -> list[_Found]:
    """A year of this century written in two digits where the press abbreviates it (``short_year_patterns``, group
    ``yy`` and optionally ``month`` and ``day``: ja "27年末" the end of 2027, "26年3月期" the year to March 2026,
    "25年度"): a date, never a duration of 27 years."""
    out = []
    for pat in r.patterns["short_years"]:
        for m in pat.finditer(text):
            year = 2000 + int(normalise_digits(m.group("yy")))
            q = Quantity(kind="date", value=f"{year:04d}{_month_day(m)}", unit="date")
            out.append(_Found(m.start(), m.end(), m.span(), q, year_source="written", noun=True))
    return out


def _game_clock_candidates(text: str, r: LangRules) -> list[_Found]:
    """A moment of play on the match clock ("on 27:37", "al minuto 27:37", "aos 27:37"; ``game_clock_patterns``,
    groups ``m`` and ``s``): the time played in seconds, as "27分37秒" reads, never a score nor a time of day."""
    out = []
    for pat in r.patterns["game_clocks"]:
        for m in pat.finditer(text):
            secs = int(normalise_digits(m.group("m"))) * 60 + int(normalise_digits(m.group("s")))
            out.append(_Found(m.start(), m.end(), m.span(), Quantity(kind="duration", value=float(secs), unit="second"),
                              noun=True))
    return out


_LINE = regex.compile(r"[^\n]+")


def _day_candidates(text: str, r: LangRules) -> list[_Found]:
    """A day of the month written alone ("18日", "16일(화)", "terça-feira (2)"): a date whose month and
    year come from the dates around it, or from the story."""
    out = []
    # each line on its own: a headline's last words end it as the text's do ("… fino a domenica 19")
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    for pat in r.patterns["day_dates"]:
        for m in (m for start, end in lines for m in pat.finditer(text, start, end)):
            day = int(m.group("day"))
            if not 1 <= day <= 31:
                continue
            wd = r.weekdays.find(m.group("weekday")) if m.groupdict().get("weekday") else None
            f = _Found(m.start(), m.end(), m.span(), Quantity(kind="date", value=None, unit="date"))
            f.date_parts = (None, None, day)
            f.weekday = wd
            out.append(f)
    return out


def _short_span_years(text: str, found: list[_Found], r: LangRules) -> None:
    """"2019年から23年", "2019年至23年间": two digits with the year mark that close a span opened by a full
    year (a ``range_connectors`` word between) are that year written short (2023), no duration of 23 years."""
    ys, opener = r.patterns["year_suffix"], r.patterns["short_span_opener"]
    if opener is None:
        return
    for f in found:
        q, core = f.quantity, text[f.core[0]:f.core[1]]
        om = opener.search(text, max(0, f.core[0] - 12), f.core[0])
        ym = ys.match(text, f.core[1])
        if not (om and ym and q.kind == "duration" and q.unit == "year" and _rx(r"\d\d").fullmatch(core)
                and q.qualifier == "exact" and _YEAR_MIN <= int(om.group(1)) <= _YEAR_MAX):
            continue
        first = int(om.group(1))
        year = first - first % 100 + int(core) + (100 if int(core) <= first % 100 else 0)
        f.quantity = Quantity(kind="date", value=f"{year:04d}", unit="date")
        f.start, f.end, f.year_source = f.core[0], ym.end(), "written"


def _drop_counter_ordinals(text: str, found: list[_Found], skipped: list, r: LangRules) -> None:
    """ja "7年目", "3日目", "2回目", "3 つ目": a counted unit followed by an ordinal suffix (``ordinal_after_counter``) is a
    position (the 7th year), not a duration or a count of seven; skipped as an ordinal."""
    suffixes = r.data.get("ordinal_after_counter")
    if not suffixes:
        return
    for f in list(found):
        rest = text[f.end:f.end + 6].lstrip(" \u3000")
        if f.quantity.kind in ("duration", "count") and any(rest.startswith(x) for x in suffixes):
            found.remove(f)
            skipped.append((f.start, f.end + 1, "ordinal"))


def _date_range_days(text: str, found: list[_Found], r: LangRules) -> None:
    """"from 12 to 14 March", "du 12 au 14 mars", "del 12 al 14 de marzo", "12-14 March": a bare day number
    joined to a written date by a range or list word is the first day of that month, not a count; so is a
    first day written as an ordinal with a dot ("5.-7. juni", "od 5. do 20. lipnja", "7.–9. března"),
    even where the dot made it an ordinal that was no claim."""
    added = []
    for i, cur in enumerate(found):
        parts = cur.date_parts or _relative_parts(cur)
        if cur.quantity.kind != "date" or not parts or not parts[1] or not parts[2]:
            continue
        dm = _DOTTED_FIRST_DAY.search(text, max(0, cur.start - 12), cur.start)
        if dm and i and found[i - 1].end > dm.start():
            continue  # read already (the loop below joins a count there to the date)
        if (not dm or not 1 <= int(dm.group("d")) < parts[2]
                or not text[dm.end():cur.start].strip()  # "5. 20. června": no word or dash between, no range
                or not r.patterns["day_range_gap"].match(text[dm.end():cur.start])):
            continue
        q = Quantity(kind="date", value=None, unit="date")
        f = _Found(dm.start("d"), dm.end("d") + 1, (dm.start("d"), dm.end("d")), q, year_source=cur.year_source)
        if cur.date_parts:
            f.date_parts = (cur.date_parts[0], cur.date_parts[1], int(dm.group("d")))
        else:
            q.value = f"--{parts[1]:02d}-{int(dm.group('d')):02d}"
        added.append(f)
    if added:
        found.extend(added)
        found.sort(key=lambda f: f.core[0])
    for prev, cur in zip(found, found[1:]):
        q = prev.quantity
        parts = cur.date_parts or _relative_parts(cur)
        if (cur.quantity.kind != "date" or not parts or not parts[1] or not parts[2]
                or q.kind != "count" or prev.noun or q.scale != 1.0 or q.denominator is not None):
            continue
        day = q.low if q.low is not None else q.value
        core = text[prev.core[0]:prev.core[1]]
        if (not _rx(r"\d{1,2}").fullmatch(core) or day is None or day != int(day) or not 1 <= day < parts[2]
                or cur.start - prev.core[1] > 8
                or not r.patterns["day_range_gap"].match(text[prev.core[1] + (text[prev.core[1]:prev.core[1] + 1] == "."):cur.start])
                or text[prev.core[1]:prev.core[1] + 1] == "." and not text[prev.core[1] + 1:cur.start].strip()):
            continue
        prev.quantity = Quantity(kind="date", value=None, unit="date")
        prev.end = prev.core[1]
        prev.year_source = cur.year_source
        if cur.date_parts:
            prev.date_parts = (cur.date_parts[0], cur.date_parts[1], int(day))
        else:  # "12 to 14 March next year": the first day of a month with no year
            prev.quantity.value = f"--{parts[1]:02d}-{int(day):02d}"


# a first day of a day range written as an ordinal, its dot after it, right before the range word ("od 5. do")
_DOTTED_FIRST_DAY = regex.compile(r"(?<![\d.,:\p{L}])(?P<d>\d{1,2})\.(?!\d)")


def _relative_parts(f: _Found) -> tuple[None, int, int] | None:
    """(None, month, day) of a dated day whose year is named relative to now ("--03-14"), else None."""
    m = _rx(r"--(\d\d)-(\d\d)").fullmatch(str(f.quantity.value)) if f.year_source == "relative" else None
    return (None, int(m.group(1)), int(m.group(2))) if m else None


def _headline_cut(text: str) -> int:
    """Where the text's headline ends (0 where it has none, or without the segmenter), as the segmenter reads it."""
    try:
        from claimcheck.segment import headline_end
    except ImportError:  # the reader's segmenter is optional for this module
        return 0
    return headline_end(text) or 0


def _fill_months(found: list[_Found], text: str, headline: int, moved: "regex.Pattern | None" = None) -> None:
    """Give a day written alone ("am 18.", "18日") the month (and year) of the last dated day before it ("9月19日",
    "7월 26일"), else of a month named alone before it in its own sentence ("2031年5月に開業し、同月20日"). A month
    without its day elsewhere is another event, a plan or a background fact ("9月19日 … 2023年12月に契約 … 日本時間
    20日": 20 September; "em julho de 2027. … nesta sexta-feira (13)"), and so is a dated day in the headline
    (``headline``: where it ends), the news's coming event ("新交通は7月18日開業" over "大阪府は13日、…発表した"),
    a month named only later (a plan, a deadline: "18日に発表 … 2026年4月に着工"), and a month named alone in which
    the day's weekday does not fall ("de agosto de 2025 a julho de 2026, … divulgados nesta quarta-feira (5)": 5 July
    2026 is a Sunday). A day with none of these
    keeps no month: the story gives it one (``extract_story``: the same day another article dates). Nor does a
    dated day marked as in another month than now (``moved``: ko "지난 4월 18일", ja "去る4月18日"), where the
    press writes a day of the current month alone ("29일")."""
    months = [(f.start, f.date_parts[0], f.date_parts[1], True, f.date_parts[2], f.weekday) for f in found
              if f.date_parts and f.date_parts[1] and f.date_parts[2] is not None and f.start >= headline
              and not (moved is not None and moved.search(text[max(0, f.start - 12):f.start]))]
    months += [(f.end, int(f.quantity.value[:4]), int(f.quantity.value[5:7]), False, None, None) for f in found
               if f.quantity.kind == "date" and not f.date_parts and isinstance(f.quantity.value, str)
               and len(f.quantity.value) == 7 and f.quantity.value[4] == "-" and f.quantity.value[:4].isdigit()]
    if not months:
        return
    months.sort(key=lambda x: x[0])
    for f in found:
        if f.date_parts and f.date_parts[1] is None:
            dated = [x for x in months if x[0] < f.start and x[3]]
            if f.weekday is not None:
                # a weekday beside the day ("hasta el viernes 26") takes the last dated day its weekday fits: a
                # background date written in between ("el récord del 13 de julio de 2017") is not its month
                fits = [x for x in dated if _weekday_fits(x, f.date_parts[2], f.weekday)]
                if fits and not any(_weekday_told(x) for x in fits):
                    # no dated day tells its weekday (no year, no weekday of its own): the story gives the day its
                    # month (pt "propostas serão abertas em 15 de abril … publicou nesta segunda-feira (9)")
                    fits, dated = [], []
                dated = fits or dated
            named = [x for x in months if x[0] <= f.start and not x[3] and not _SENTENCE_END.search(text, x[0], f.start)
                     and (f.weekday is None or _weekday_fits(x, f.date_parts[2], f.weekday))]
            pick = dated[-1] if dated else named[-1] if named else None
            if pick is None:
                continue
            y, mo = pick[1:3]
            f.date_parts = (y, mo, f.date_parts[2])
            f.year_source = "written" if y else ""


def _weekday_told(dated: tuple) -> bool:
    """Can a dated day (start, year, month, _, its day, its weekday) tell the weekday of another day of its month:
    its year written, or a weekday of its own?"""
    return bool(dated[1]) or (dated[5] is not None and dated[4] is not None)


def _weekday_fits(dated: tuple, day: int, weekday: int) -> bool:
    """Can ``day``, named with ``weekday``, lie in the month of ``dated`` (start, year, month, _, its day, its
    weekday)? By the calendar where the year is written, else by the days between two weekdays of one month."""
    _, year, month, _, other_day, other_weekday = dated
    if year:
        return _is_weekday(year, month, day, weekday)
    if other_weekday is None or other_day is None:
        return True
    return (day - other_day - (weekday - other_weekday)) % 7 == 0


_SCORE_SIDE = r"\d{1,3}½?|½"


# "a record of 13-21-3", "went 10-2-1": three or more whole figures joined by hyphens tally wins, losses and draws
# (other languages spell them out: "13 vittorie, 21 sconfitte e 3 pareggi"); no range, no score
_TALLY = regex.compile(r"(?<![\d\p{L}.,:/\-–])\d{1,3}(?:[-–]\d{1,3}){2,}(?![\d\p{L}/]|[.,:\-–]\d)")
# where words are not spaced (zh, ja, ko) the tally is glued to the words around it ("战绩为13-21-3。",
# "成績は13-21-3となった", "13-21-3을"): only Latin letters beside it make it a code
_TALLY_UNSPACED = regex.compile(r"(?<![\d\p{Latin}.,:/\-–])\d{1,3}(?:[-–]\d{1,3}){2,}(?![\d\p{Latin}/]|[.,:\-–]\d)")


def _tally(m: regex.Match) -> list[_Found]:
    """Each figure of a tally, a count of its own."""
    out = []
    for part in _rx(r"\d+").finditer(m.group()):
        a, b = m.start() + part.start(), m.start() + part.end()
        out.append(_Found(a, b, (a, b), Quantity(kind="count", value=float(part.group()), unit="count")))
    return out


def _score(m: regex.Match) -> _Found:
    """"3-1", "2½–1½": a match score, the points of the side named first (both sides in ``score``)."""
    a, b = (_side(m.group("a")), _side(m.group("b")))
    q = Quantity(kind="other", value=a, unit="score", score=(a, b))
    return _Found(m.start(), m.end(), m.span(), q, noun=True)


def _side(tok: str) -> float:
    return (float(tok[:-1] or 0) + 0.5) if tok.endswith("½") else float(tok.replace(",", "."))


def _merge_compound_durations(text: str, found: list[_Found], r: LangRules) -> None:
    """"4 horas, 51 minutos y 37 segundos", "une minute et douze secondes": one time told in parts is
    one duration in seconds."""
    order = {"hour": 3600, "minute": 60, "second": 1}
    _minutes_after_hours(text, found, r)
    i = 0
    while i < len(found):
        a = found[i]
        chain = [a]
        j = i + 1
        while (j < len(found) and found[j].quantity.kind == "duration" and chain[-1].quantity.kind == "duration"
               and chain[-1].quantity.unit in order and found[j].quantity.unit in order
               and order[found[j].quantity.unit] < order[chain[-1].quantity.unit]
               and found[j].start - chain[-1].end <= 6
               and found[j].quantity.qualifier == "exact"  # pl "z 2 godzin do 50 minut": a fall, no 2 h 50 min
               # a bound is no time told in parts: "in just under two hours, 35 minutes faster than today"
               and chain[0].quantity.qualifier in ("exact", "about")
               and not _from_form(text[chain[-1].start:chain[-1].end], r)
               and not _change_pair_gap(text, chain[0].start, chain[-1].end, found[j].start, r)
               and r.patterns["list_gap"].match(_past_unit_point(text, chain[-1].end, found[j].start))):
            chain.append(found[j])
            j += 1
        if len(chain) > 1 and all(isinstance(c.quantity.value, float) for c in chain):
            total = sum(c.quantity.value * order[c.quantity.unit] for c in chain)
            a.quantity.value, a.quantity.unit, a.end = total, "second", chain[-1].end
            del found[i + 1:j]
        elif (a.quantity.kind == "duration" and a.quantity.unit in ("second", "minute")
              and isinstance(a.quantity.value, float) and a.quantity.qualifier == "exact"):
            lead = _ARTICLE_UNIT.search(text[max(0, a.start - 24):a.start])
            if lead and r.article_words and lead.group("a").lower() in r.article_words:
                unit = r.duration_units.find(lead.group("u"))
                if unit in order and order[unit] > order[a.quantity.unit]:
                    # "une minute et douze secondes", "una hora y 25 minutos": the article's one unit and the figure's
                    a.quantity.value = a.quantity.value * order[a.quantity.unit] + order[unit]
                    a.quantity.unit = "second"
                    a.start -= len(lead.group())
        i += 1


def _minutes_after_hours(text: str, found: list[_Found], r: LangRules) -> None:
    """zh "1小时52分": a figure glued to a duration in hours, its mark one that alone may be a point or a cent
    (``minutes_after_hours``), counts that time's minutes."""
    marks = r.data.get("minutes_after_hours")
    if not marks:
        return
    for hours, f in zip(found, found[1:]):
        q = f.quantity
        if (hours.quantity.kind == "duration" and hours.quantity.unit == "hour" and f.start == hours.end
                and q.kind == "count" and q.qualifier == "exact" and q.scale == 1.0 and isinstance(q.value, float)
                and q.value == int(q.value) and 0 <= q.value < 60):
            mark = next((m for m in marks if text.startswith(m, f.core[1])), None)
            if mark is not None:
                f.quantity = replace(q, kind="duration", unit="minute")
                f.end, f.noun = f.core[1] + len(mark), False


_UNIT_ABBREVIATION_POINT = regex.compile(r"(?<![\p{L}])\p{L}{1,3}\Z")


def _past_unit_point(text: str, end: int, nxt: int) -> str:
    """The gap between two parts of one time, past the point of an abbreviated unit before it (ru "29 мин. 41 сек.",
    uk "2 год. 15 хв."): an abbreviation's point, no sentence end."""
    if text.startswith(".", end) and _UNIT_ABBREVIATION_POINT.search(text, max(0, end - 4), end):
        end += 1
    return text[end:nxt]


def _change_pair_gap(text: str, start: int, end: int, nxt: int, r: LangRules) -> bool:
    """Do a ``change_pairs`` pair's words stand before the figure at ``start`` and between its end and the next
    figure (de "**von** 2 Stunden **auf** 50 Minuten")? Then the two are the ends of a change, no one time."""
    win, gap = text[max(0, start - _LEFT_WINDOW):start], text[end:nxt]
    for before, between in r.patterns.get("change_pairs") or ():
        bm = between.match(gap)
        if before.search(win) and bm and bm.end() == len(gap):
            return True
    return False


def _from_form(claim_text: str, r: LangRules) -> bool:
    """Does the duration end in a unit form that says "from" (``duration_from_forms``: tr "2 **saatten** 50
    dakikaya", from 2 hours to 50 minutes), so that it opens a from-to pair, no compound duration?"""
    forms = r.data.get("duration_from_forms")
    low = claim_text.lower()
    return bool(forms) and any(low.endswith(f) for f in forms)


_ARTICLE_UNIT = regex.compile(r"(?P<a>\p{L}+)\s+(?P<u>\p{L}+)\s*(?:,|\s\p{L}{1,3})\s+\Z")


def _unit_written_before(word: str, r: LangRules) -> tuple[str, str | None]:
    """The kind and unit of a ``units_before`` word (sw "miezi" a duration in months, "kilomita" a measure in km)."""
    dur = r.duration_units.find(word)
    return ("duration", dur) if dur else ("measure", r.units.find(word))


_ELLIPSIS_REACH = 160
_ACRONYM_AFTER = regex.compile(r"[^\S\n]?\p{Lu}{2,}(?![\p{Ll}\p{Lu}])")


# how far a headline's bare scaled figure may round its body's amount and take its currency ("1.2조" over "1조2400억 원")
HEADLINE_ROUNDING = 0.05


def _headline_rounding(q: Quantity, body: Quantity) -> bool:
    """Is a headline's bare scaled figure a rounding of the body's amount: within ``HEADLINE_ROUNDING`` of it and
    written to fewer digits ("1.2조" over "1조2400억 원", "1,8 Mrd." over "1,83 Milliarden Euro")?"""
    if not q.value or not body.value or not isinstance(q.value, (int, float)) or not isinstance(body.value, (int, float)):
        return False
    near = abs(float(q.value) - float(body.value)) <= HEADLINE_ROUNDING * abs(float(body.value))
    return near and significant_digits(q.value) < significant_digits(body.value)


def _money_ellipsis(text: str, found: list[_Found], headline: int, r: LangRules | None = None) -> None:
    """"€2.400 millones, de los que 85 millones", "85 millones, más hasta 15 millones de euros": a
    scaled bare number takes the currency of an amount stated in the same sentence right before or
    after it (an enumeration of amounts), or the currency of the same figure stated near it ("60 millones de
    euros. Los 60 millones ...", a headline's "48 milioni" over the body's "48 milioni di euro"; anywhere in the article
    for a figure of two significant digits or more, a recap's "l'operazione da 1,26 miliardi").  Nothing else makes a
    currency: "2,2 milliards" alone, or a sentence after an amount, stays a count, so a translation that drops the
    currency word is not given one it never wrote."""
    money = [f for f in found if f.quantity.kind == "money"]
    noun_after = r.patterns.get("ellipsis_noun_after") if r is not None else None
    for f in found:
        q = f.quantity
        if q.kind != "count" or q.scale == 1.0 or (f.noun and not _amount_noun(text, f, r)):
            continue
        if noun_after is not None and noun_after.match(text, f.end):
            continue  # "up to 50 million of its own shares, worth 250 billion yen": what it counts named after "of"
        if _ACRONYM_AFTER.match(text, f.end):
            continue  # ko "1조4500억 원이 투입된 … 연간 300만 TEU를": what it counts in capitals after it
        near = [m for m in money
                if (0 <= f.start - m.end < _ELLIPSIS_REACH and not _SENTENCE_BREAK.search(text, m.end, f.start))
                or (0 <= m.start - f.end < _ELLIPSIS_REACH and not _SENTENCE_BREAK.search(text, f.end, m.start))]
        # "Los 60 millones se pagarán..." after "60 millones de euros": the same figure said again; and a
        # headline's or lead's "48 milioni" that the body states as "48 milioni di euro", however far on
        near = near or [m for m in money if (0 <= f.start - m.end < 1500 or 0 <= m.start - f.end < 1500
                                             or (f.end <= headline < m.start))
                        and (m.quantity.value == q.value or (f.end <= headline < m.start and
                                                             _headline_rounding(q, m.quantity)))]
        # a recap's "l'operazione da 1,26 miliardi" paragraphs after "1,26 miliardi di euro": a figure of two significant
        # digits or more, the same anywhere in its article, is that amount said again
        near = near or [m for m in money if m.quantity.value == q.value and significant_digits(q.value) >= 2]
        # "vendido por 30 millones": a price word before the figure carries the article's last currency over
        cue = r.patterns.get("money_cue") if r is not None else None
        if not near and cue is not None and cue.search(text[max(0, f.start - 40):f.start]):
            # a headline's "za bezmála pět miliard", before any amount: the currency its body states first; a
            # bracketed conversion is an aside ("38,5 millions de francs (environ 41 millions d'euros). La
            # Confédération en financera 23,1 millions": francs)
            before = [m for m in money if m.end <= f.start]
            near = ([m for m in before if not _in_closed_aside(text, m, f)][-1:] or before[-1:]
                    or [m for m in money if m.start >= f.end][:1])
        if near:
            # "3,1 milliards d'euros (3,6 milliards de dollars), contre 2,2 milliards": a bracketed
            # conversion is an aside; the figure continues the amount outside the bracket
            outside = [m for m in near if not _in_closed_aside(text, m, f)]
            nearest = min(outside or near, key=lambda m: min(abs(f.start - m.end), abs(m.start - f.end)))
            q.kind, q.unit = "money", nearest.quantity.unit
            money.append(f)  # an enumeration goes on from it: "entra com 400 milhões e o Estado espanhol com 350 milhões"


def _amount_noun(text: str, f: _Found, r: LangRules | None) -> bool:
    """Is the noun a figure counts one that names an amount of money (``amount_nouns``: "9,4 millions de recettes")?"""
    pat = r.patterns.get("amount_noun") if r is not None else None
    return pat is not None and pat.search(text, f.core[1], f.end) is not None


def _measure_ellipsis(text: str, found: list[_Found]) -> None:
    """it "41 milioni di ettolitri, davanti alla Francia, che scende a 39,3 milioni", "48 millones de toneladas y
    este año 39,3 millones": a scaled bare number with no noun takes the unit of the scaled measure stated right
    before it in the same sentence, as ``_money_ellipsis`` gives it the currency; an unscaled bare figure, one
    after a sentence break or one with a noun of its own stays a count."""
    measures = [f for f in found if f.quantity.kind == "measure" and f.quantity.scale != 1.0 and f.quantity.unit]
    for f in found:
        q = f.quantity
        if q.kind != "count" or q.scale == 1.0 or f.noun or q.denominator is not None:
            continue
        near = [m for m in measures if 0 <= f.start - m.end < _ELLIPSIS_REACH
                and not _SENTENCE_BREAK.search(text, m.end, f.start)]
        if near:
            q.kind, q.unit = "measure", max(near, key=lambda m: m.end).quantity.unit


# the start of a sentence or of a clause of a list ("..., third was"): where a fronted ordinal may stand
_CLAUSE_OPEN = regex.compile(r"(?:[.!?…:;,]['\"”»)]*\s+|\n\s*)['\"„“«]?\Z")


def _elided_dimension(text: str, found: list[_Found], r: LangRules | None) -> None:
    """"600 metres long and 150 wide", it "lunga circa 600 metri e larga 150", de "600 Meter lang und 150 breit":
    a bare figure with a word of a dimension after it (``dimension_words`` ``after``) or before it (``before``),
    listed right after a length in the same clause (a list connector or a comma between), is in the length's unit."""
    gap_ok = r.patterns.get("dimension_gap") if r is not None else None
    if gap_ok is None:
        return
    after, before = r.patterns["dimension_after"], r.patterns["dimension_before"]
    ordered = sorted(found, key=lambda f: f.core[0])
    for prev, f in zip(ordered, ordered[1:]):
        q, pq = f.quantity, prev.quantity
        if q.kind != "count" or q.unit != "count" or pq.kind != "measure" or not pq.unit:
            continue
        if (unit_dimension(pq.unit) or ("",))[0] != "length" or not text[f.core[0]:f.core[1]][:1].isdigit():
            continue
        if not ((after is not None and after.match(text, f.core[1]))
                or (before is not None and before.search(text[max(0, f.core[0] - 60):f.core[0]]))):
            continue
        if gap_ok.match(text[prev.core[1]:f.core[0]]) is None or prev.core[1] > f.core[0] - 2:
            continue
        q.kind, q.unit = "measure", pq.unit


def _sibling_currency(text: str, found: list[_Found], r: LangRules | None) -> None:
    """"15 800 norska kronor ... 11 500 kronor", da "172 mia. norske kroner ... 62,50 kroner": a bare currency
    word that the table reads as the home currency (sv "kronor" SEK, da "kroner" DKK, no "kroner" NOK) takes the
    currency of the last amount before it in the article that wrote the same word qualified by a country
    (``currency_words`` entries of two words or more ending in the bare word: "norska kronor" NOK, "danske kroner"
    DKK), as a translator names a neighbour's crown once and then drops the adjective; an amount qualified as the
    home currency ("svenska kronor") turns the bare ones after it back. A bare word with no qualified amount
    before it keeps the table's reading."""
    sibling = r.patterns.get("sibling_currency") if r is not None else None
    if sibling is None:
        return
    names, qualified, bare = sibling
    family_words = {p.split()[-1] for p in qualified}
    current: dict[str, str] = {}  # home code of the bare word -> the currency it stands for now
    for f in sorted(found, key=lambda f: f.core[0]):
        q = f.quantity
        if q.kind != "money":
            continue
        tail = text[f.core[1]:f.end].lower()
        named = names.search(tail)
        if named:
            home, code = qualified[named.group()]
            if code == q.unit:
                current[home] = code
            continue
        tokens = _rx(r"\p{L}+(?:-\p{L}+)*").findall(tail)  # "US-Dollar" is no bare "Dollar"
        word = next((t for t in tokens if t in family_words), None)
        if word is not None and q.unit == bare[word] and current.get(q.unit, q.unit) != q.unit:
            q.unit = current[q.unit]


def _subunit_names(r: LangRules) -> dict[str, frozenset[str]]:
    """Each ``subunit_words`` word, lowercased, and the currencies it can be the hundredth of."""
    return {w.lower(): frozenset(codes) for w, codes in r.data.get("subunit_words", {}).items()}


def _subunit_currency(text: str, found: list[_Found], r: LangRules | None) -> None:
    """"Water now costs $1.10 a cubic metre, up 46 cents": a bare subunit word (``subunit_words``: en "cents", de
    "Cent", es "centavos") is the hundredth of the currency the article speaks of, the amount nearest before it (else
    after it) in one of the currencies the word names (de "8,70 Kronen (rund 36 Cent)" is no hundredth of the crown);
    a count where the article names none of them."""
    subunits = _subunit_names(r) if r is not None else None
    if not subunits:
        return
    money = sorted((f for f in found if f.quantity.kind == "money" and f.quantity.unit), key=lambda f: f.core[0])
    names = {id(f): subunits.get(text[f.core[1]:f.end].strip().lower()) for f in money}  # not "4.9 euro cents"
    for f in [f for f in money if names[id(f)]]:
        others = [o for o in money if o.quantity.unit in names[id(f)] and not names[id(o)]]
        before = [o for o in others if o.core[0] < f.core[0]]
        source = before[-1] if before else next((o for o in others if o.core[0] > f.core[0]), None)
        q = f.quantity
        if source is not None:
            q.unit = source.quantity.unit
        else:  # no money to take it from: a count, as another language's default would be a false unit conflict
            q.kind, q.unit, q.scale = "count", "count", 1.0
            q.value, q.low, q.high = (None if v is None else round(v * 100, 9) for v in (q.value, q.low, q.high))


_OPEN, _CLOSE = "([（", ")]）"


def _in_closed_aside(text: str, m: _Found, f: _Found) -> bool:
    """Whether amount ``m`` sits inside a bracket that ``f`` stands outside of."""
    if m.end <= f.start:
        gap, depth = text[m.end:f.start], 0
        for ch in gap:
            depth += (ch in _OPEN) - (ch in _CLOSE)
            if depth < 0:
                return True  # a bracket closes after m before reaching f
        return False
    gap, depth = text[f.end:m.start], 0
    for ch in reversed(gap):
        depth += (ch in _CLOSE) - (ch in _OPEN)
        if depth < 0:
            return True  # a bracket opens after f before reaching m
    return False


def _list_gap(gap: str, r: LangRules) -> bool:
    """What joins two figures of one enumeration: a comma or a list connector ("y", "and"), which may be
    followed by a determiner the language repeats before each figure ("dei 200 e dei 400 metri",
    "the 200 and the 400 metres"; ``list_determiners``)."""
    if not gap.strip():
        return False
    if len(gap) <= 8 and r.patterns["list_gap"].match(gap):
        return True
    det = r.patterns["list_determiner"]
    dm = det.search(gap) if det is not None else None
    return bool(dm and dm.start() > 0 and len(gap[:dm.start()]) <= 8 and gap[:dm.start()].strip()
                and r.patterns["list_gap"].match(gap[:dm.start()]))


# after a whole figure: the full stop and the capitalised name of a results list's position ("2. Leclerc (MON)")
_RESULT_POSITION = regex.compile(r"\.[ \u00a0]\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*)?[ \u00a0]\((?-i:\p{Lu}{3})\)")


def _share_list_unit(text: str, found: list[_Found], r: LangRules) -> None:
    """"33, 34 y 39 años", "aged 10 and 11", "10 e 11 anni": one unit written once for an enumeration
    applies to every bare figure of it (translations put it after the last figure or before the first)."""
    chains: list[list[_Found]] = []
    for f in found:
        prev = chains[-1][-1] if chains else None
        if (prev is not None and f.quantity.kind != "date" and prev.quantity.kind != "date" and f.start > prev.end
                and _list_gap(text[prev.end:f.start], r)
                and not _change_pair_gap(text, prev.start, prev.end, f.start, r)):  # "von 2,7 auf 4,5 Millionen
            chains[-1].append(f)  # Tonnen": a change's ends, whose scale ``_change_unit`` carries too
        else:
            chains.append([f])
    for chain in chains:
        if len(chain) < 2:
            continue
        units = {(f.quantity.kind, f.quantity.unit) for f in chain if f.quantity.kind in ("duration", "measure", "percent")}
        bare = [f for f in chain if f.quantity.kind == "count" and not f.noun and f.quantity.scale == 1.0
                and f.quantity.denominator is None]
        while len(chain) > 1 and chain[-1] in bare and _RESULT_POSITION.match(text, chain[-1].end):
            # "1:14:38.6, 2. Leclerc (MON) +5.8 s": a results list's next position, no figure of the time before it
            bare.remove(chain.pop())
        if len(units) != 1 or not bare or len(bare) + sum(f.quantity.kind != "count" for f in chain) != len(chain):
            continue
        kind, unit = units.pop()
        if kind == "percent":
            # it "erano 542.314, il 37% in più", de "stieg auf 542.314, 37 Prozent mehr": a figure far above every
            # percentage beside it is the level the change is of, no share of the list
            top = max((abs(f.quantity.value) for f in chain if f.quantity.kind == "percent"
                       and isinstance(f.quantity.value, (int, float))), default=100.0)
            if any(isinstance(f.quantity.value, (int, float)) and f.quantity.value > max(100.0, 10 * top) for f in bare):
                continue
        for f in bare:
            f.quantity.kind, f.quantity.unit = kind, unit


# a sentence's end (the money ellipsis, the cues of an ambiguous unit word, a share in points; one definition:
# a second one was shadowed by it and is gone); the Devanagari danda "।" (and "॥") and the Arabic question mark "؟" end a
# sentence too: hi "आबादी 65.2 लाख है। ... 4.5 करोड़ डॉलर" leaves the count in the sentence before the amount a count;
# the CJK full stop ends one with no space after it (zh "…2.97万亿日元。月活跃用户达1.16亿": a count, no yen)
_SENTENCE_BREAK = regex.compile(r"[.!?。！？।॥؟]\s|[。！？]|\n")
# A temperature written with its scale ("30.4C", "31,8 °C", "28℃", "75 degrees Fahrenheit"), in any language
_WRITTEN_TEMPERATURE = regex.compile(
    r"\d\s?(?:°\s?[CF](?!\p{L})|[℃℉])|\d[.,]\d+\s?[CF](?!\p{L})|(?i:celsius|fahrenheit)")


def _marked(gap: regex.Match | None) -> bool:
    """Does a ``conversion_gap`` match hold a ``conversion_markers`` word or a bracket, not a comma or space alone?"""
    return bool(gap and (gap.group("m") or gap.group("br") or gap.group("m2")))


def _restated_as(gap: str, r: LangRules) -> bool:
    """Does ``gap`` between two figures say the second restates the first ("45 points, **or** 0.6 percent",
    "45 points **(**0.6%)")?"""
    pat = r.patterns.get("conversion_gap")
    return _marked(pat.match(gap) if pat is not None else None)


# a clock's own zone words may stand between it and the brackets that restate it ("à 14 h, heure suisse (9 h sur la
# côte Est …)", "a las 15.00 hora local (16.00 en la España peninsular)"); an article may open the brackets ("(le 9
# sulla costa orientale)", "(las 3.50 del miércoles en la India)")
_BRACKET_AFTER_CLOCK = regex.compile(r"[^\d()\[\].!?;。]{0,30}[(（]\s*(?:\p{Ll}{1,4}\s+)?\Z")
_CLOCK_FIGURE = regex.compile(r"(?P<hour>[01]?\d|2[0-3])(?:\s?[.:h]\s?(?P<minute>[0-5]\d)|\s?h(?!\p{L}))?(?!\d|[.,]\d)")
# a figure written with its minutes may follow a few words of the brackets' own ("(v Soulu bylo 17.30)", "(in
# Seoul it was 17.30)"): hours and minutes say it is a clock, where a bare "9" needs the brackets to open on it
_WORDS_BRACKET_AFTER_CLOCK = regex.compile(r"[^\d()\[\].!?;。]{0,30}[(（]\s*(?:\p{L}+\s+){1,3}\Z")


def _clock_restated_in_brackets(text: str, found: list[_Found]) -> None:
    """A bare figure that opens the brackets right after a time of day, its zone words between, is that time in
    another zone: "à 14 h, heure suisse (9 h sur la côte Est des États-Unis)", it "alle 14 ora svizzera (le 9 sulla
    costa orientale)", es "a las 15.00 hora local (16.00 en la España peninsular)". The brackets drop the
    preposition that makes a figure a clock; the clock before them says what the figure is."""
    for clock, f in zip(found, found[1:]):
        q = f.quantity
        if clock.quantity.kind != "date" or clock.quantity.unit != "time" or q.kind != "count" or \
                q.scale != 1.0 or q.qualifier != "exact":
            continue
        if f.noun and len(text[f.core[1]:f.end].strip()) > 5:
            continue  # "(9 personnes …)": a count of its own; "9 h", "le 9 sulla" read a mark or a word as its noun
        m = _CLOCK_FIGURE.match(text, f.core[0])
        if m is None or m.end() < f.core[1]:
            continue
        if not _BRACKET_AFTER_CLOCK.search(text, clock.end, f.core[0]) and not (
                m.group("minute") and _WORDS_BRACKET_AFTER_CLOCK.search(text, clock.end, f.core[0])):
            continue
        minute = int(m.group("minute") or 0)
        f.quantity = replace(q, kind="date", value=f"{int(m.group('hour')):02d}:{minute:02d}", unit="time")
        f.end, f.noun, f.half_of_day = m.end(), False, _open_half(m, int(m.group("hour")))


_UTC_AFTER = regex.compile(r"\s?(?:GMT|UTC)(?![\p{L}])")

# what may stand between a clock and its restatement in brackets: zone words, no sentence's end
_RESTATED_CLOCK_GAP = regex.compile(r"[^\d.!?;。]{0,40}")
# a time zone's offset from UTC written after its name (group ``n``: the hours, and minutes after a colon)
_UTC_OFFSET = regex.compile(r"(?<![\p{L}])(?:UTC|GMT)\s?[+−–-]\s?(?P<n>\d{1,2}(?::[0-5]\d)?)(?!\d)")


def _restated_halves(text: str, found: list[_Found]) -> None:
    """A clock with no half of the day beside one that says it, the one restating the other in brackets, is in
    the half nearest it: ur "رات ساڑھے 10 بجے (پاکستانی وقت کے مطابق ساڑھے 9 بجے)", "10.30pm (9.30 in Karachi)"
    are 21:30 there, since zones a few hours apart keep a night a night. An article that writes any clock in 24
    hours ("1030 GMT", "21:45", "07:10") may mean its bare "10:30" so too, and keeps it."""
    clocks = [f for f in found if f.quantity.kind == "date" and f.quantity.unit == "time"]
    if any(not f.half_of_day for f in clocks):
        return
    for a, b in zip(clocks, clocks[1:]):
        if {a.half_of_day, b.half_of_day} != {"said", "open"}:
            continue
        gap = _RESTATED_CLOCK_GAP.fullmatch(text, a.end, b.start)
        if gap is None or not ("(" in gap.group() or "（" in gap.group()):
            continue
        said, open_ = (a, b) if a.half_of_day == "said" else (b, a)
        if _UTC_AFTER.match(text, open_.end):
            continue  # "6.30pm local time (11.30 GMT)": a clock in UTC is written in 24 hours
        hour, minute = (int(x) for x in open_.quantity.value.split(":"))
        ref_hour, ref_minute = (int(x) for x in said.quantity.value.split(":"))
        there = ref_hour * 60 + ref_minute
        readings = [(hour % 12 + half) * 60 + minute for half in (0, 12)]
        apart = [min(abs(r - there), 1440 - abs(r - there)) for r in readings]
        if apart[0] != apart[1]:
            best = readings[apart.index(min(apart))]
            open_.quantity = replace(open_.quantity, value=f"{best // 60:02d}:{best % 60:02d}")


def _points_in_percent_context(text: str, found: list[_Found], r: LangRules) -> None:
    """"won 30.5% of the vote, up 2.3 points", "El paro bajó dos puntos, hasta el 11%": a figure of bare "points"
    (``fraction_pp_words``) after a ``points_change_before`` word in a sentence that gives a percentage is a change
    in percentage points ("scored 30 points on 60% shooting" stays a count)."""
    pat, change, after = (r.patterns.get("fraction_pp_word"), r.patterns.get("points_change_before"),
                          r.patterns.get("points_change_after"))
    pcts = [f for f in found if f.quantity.kind == "percent" and f.quantity.unit == "%"] if pat and (change or after) else []
    for f in found if pcts else ():
        q = f.quantity
        if q.kind != "count" or q.scale != 1.0 or q.value is None or not 0 < q.value < 100 or q.denominator is not None:
            continue
        pm = pat.match(text, f.core[1])
        # the points word closes the claim ("2.3 points"), or the claim closes on its figure, where the table reads
        # no counted noun after it (th "เพิ่มขึ้น 6 จุด")
        changed = pm and (text[f.end:pm.end()] in ("", ".") or f.end == f.core[1]) and (
            (change is not None and change.search(text[max(0, f.start - 40):f.start]))
            or (after is not None and after.match(text, pm.end())))  # el "τρεις μονάδες λιγότερο": the change after
        if changed and any(p.core[0] >= pm.end() and _restated_as(text[pm.end():p.core[0]], r) for p in pcts):
            continue  # "the Dow fell 45 points, or 0.6 percent", "(0.6%)": an index's points, restated as a percentage
        # the points word's own abbreviation dot ends no sentence (pl "zyskał 2 pkt. i ma 31 proc.")
        if changed and any(not _SENTENCE_BREAK.search(text[min(p.end, pm.end()):max(p.start, f.start)]) for p in pcts):
            q.kind, q.unit = "percent", "pp"


_SIGN_AFTER = regex.compile(r"\s*[-‐–—]")


# How far before a from-to pair its change word may stand: a transitive verb's object comes between ("will raise
# the terminal's annual handling capacity from 2.7 million tonnes to 4.5 million"), longer than ``_LEFT_WINDOW``.
_CHANGE_WINDOW = 96
_SIGN_BEFORE = regex.compile(r"\p{Lu}{0,3}\p{Sc}\Z")


def _change_pair(text: str, start: int, pos: int, scanner: "_Scanner", carried: bool = False) -> bool:
    """Is the figure at ``start`` (its end at ``pos``) the first of a from-to pair that states a change: a
    ``change_before`` word and the pair's opening word before it ("rose from", "stieg von", "est passé de", "вырос с",
    "an increase from"), a ``change_after`` change word after it (zh "增至", ja "から60ドルに上昇"), or a
    ``change_pairs`` pair around it (de "von 5 auf 7", nl "van 5 naar 7")? ``carried``: the figure carries its own
    unit, scale, currency or percent, so a ``change_by_before`` word before it ("dropped by 2 million tonnes to
    11.3 million") makes the pair a change by an amount to a level; a bare one stays a range ("fell by 2 to 3 percent")."""
    win = text[max(0, start - _CHANGE_WINDOW):start]
    sign = _SIGN_BEFORE.search(win)
    if sign:
        win = win[:sign.start()]  # "rose from $5 billion to 7 billion": the currency sign is the figure's
    # "rose from its usual 185 centimetres to 712", de "stieg von üblichen 185 auf 721": up to two lowercase words
    # (a determiner, an adjective) between the pair's word and the figure
    wins = [win]
    gap = _LOWER_WORDS_BEFORE.search(win)
    if gap:
        one = _LOWER_WORD_BEFORE.search(win)
        wins += [win[:one.start()], win[:gap.start()]] if one and one.start() != gap.start() else [win[:gap.start()]]
    # "rose from about 3.9 to 5.2", ar "رفع ... من نحو ٣٫٩ إلى ٥٫٢": the figure's own bound stands between
    wins += scanner._with_own_bound_off(win)[1:]
    # ar "ارتفعت رسوم مناولة الحاوية (20 قدماً) من 35 ألف روبية إلى 42 ألف": an aside in brackets stands between
    wins += [w for w in (_ASIDE.sub("", w) for w in wins) if w not in wins]
    cb = scanner.p.get("change_before")
    if cb is not None and any(cb.search(w) for w in wins):
        return True
    cbb = scanner.p.get("change_by_before")
    if carried and cbb is not None and cbb.search(win) and not _SIGN_AFTER.match(text, pos):
        return True  # "fell by $5bn-$6bn": a sign between the ends keeps the range
    ca = scanner.p.get("change_after")  # zh "从5亿增至7亿元", ja "30ドルから60ドルに上昇": the change word after it
    if ca is not None and ca.match(text, pos):
        return True
    return any(before.search(w) and between.match(text, pos) for before, between in scanner.p.get("change_pairs") or ()
               for w in wins)


_ASIDE = regex.compile(r"\s*[(（][^()（）\n]{1,40}[)）]")
_LOWER_WORDS_BEFORE = regex.compile(r"(?:\s+\p{Ll}[\p{L}'’]*){1,2}\s*\Z")
_LOWER_WORD_BEFORE = regex.compile(r"\s+\p{Ll}[\p{L}'’]*\s*\Z")


def _change_unit(text: str, found: list[_Found], scanner: "_Scanner") -> None:
    """"rose from 5 to 7 dollars", "stiegen von 1,5 auf 2 Milliarden Euro", "wzrosły z 5 do 7 złotych": in a change
    the bare first figure takes the currency, unit or percent and the scale written once after the second, as a
    fall's does ("from 2 to 3 million": 2 million; "from 500 to 1.5 million" stays 500), and the pair's word before
    the second is no bound of it (pl "do 7 złotych", ru "до 7 рублей": exact)."""
    for f, g in zip(found, found[1:]):
        fq, gq = f.quantity, g.quantity
        if (fq.kind != "count" or fq.scale not in (1.0, gq.scale) or fq.denominator is not None or fq.low is not None
                or not isinstance(fq.value, float) or not isinstance(gq.value, float) or gq.low is not None
                or gq.kind not in ("money", "percent", "measure", "duration", "count")
                or not _change_pair(text, f.start, f.core[1], scanner, carried=fq.scale != 1.0)):
            continue
        gaps = _pair_words_after(text, f.core[1], scanner)
        verb = scanner.p["change_after"].match(text, f.core[1]) if scanner.p.get("change_after") is not None else None
        gaps.append(verb)  # zh "从5亿**增至**7亿元": the change verb between the figures
        gap = next((x for x in gaps if x and g.start <= x.end() <= g.core[0]), None)
        if gap is None or gq.kind == "count" and gq.scale == 1.0:
            continue  # "from 150 to 200 people": two counts as written
        if f.noun and gap is not verb and not (f.end <= gap.end() and text[f.core[1]:f.end].strip() == gap.group().strip()):
            continue  # a counted noun of its own; nl "steeg van 5 tot 7 euro": the pair's word is no noun
        f.end, f.noun = min(f.end, f.core[1]) if f.noun and gap is not verb else f.end, False
        if text[g.start:gap.end()].strip() == "":
            g.start = max(g.start, gap.end())
        if fq.scale == 1.0 < gq.scale and fq.value * gq.scale <= 100 * abs(gq.value) and fq.value > 0:
            fq.value, fq.scale = fq.value * gq.scale, gq.scale  # "von 1,5 auf 2 Milliarden Euro": 1.5 billion
        elif gq.kind == "count" and fq.scale == 1.0:
            continue
        fq.kind, fq.unit = gq.kind, gq.unit  # zh "从5亿增至7亿元": the scale its own, the currency the second's
        if gq.qualifier == "up_to" and g.start < gap.end() and g.start < g.core[0]:
            gq.qualifier, g.start = "exact", max(g.start, gap.end())  # pl "z 5 do 7 złotych": "do" is the pair's


def _change_starts(text: str, found: list[_Found], scanner: "_Scanner") -> None:
    """Marks the first figure of each from-to pair that states a change ("expanded the fund from 27 trillion won
    to 34.5 trillion won", ja "27兆ウォンから34兆5000億ウォン（…）に拡大"): the level left, which a headline or
    another version stating only the level reached does not restate."""
    ca = scanner.p.get("change_after")
    for f, g, when in _figure_pairs_over_dates(text, found):
        if f.quantity.low is not None or g.quantity.low is not None or isinstance(f.quantity.value, str) \
                or isinstance(g.quantity.value, str) or f.quantity.value is None or g.quantity.value is None:
            continue
        if _ARROW.fullmatch(text, f.end, g.start) and f.quantity.kind in (g.quantity.kind, "count"):
            f.starts_change = True  # ko "대출 한도 6억→4억 원", "LTV 50%→40%": an arrow between two figures is a change
            continue
        # after the number, or after its unit, or after the moment the first figure held ("from 412 last
        # Wednesday to 689 on Monday", es "de 689 el miércoles pasado a 412")
        for pos in dict.fromkeys((f.core[1], f.end) + ((when,) if when else ())):
            if not _change_pair(text, f.start, pos, scanner, carried=True):
                continue
            between = _pair_words_after(text, pos, scanner)  # the pair's word right before the second figure
            verb = ca.match(text, pos) if ca is not None else None  # a change word, between or past the figures
            if any(x and g.start <= x.end() <= g.core[0] for x in (*between, verb)) or \
                    (verb and verb.start() <= g.start and verb.end() > g.core[0]):
                f.starts_change = True
                break


_ARROW = regex.compile(r"\s*(?:→|⟶|⇒|->|=>)\s*")
_WHEN_GAP_WORDS = 2  # words beside the moment between a change's two figures ("last", "el … pasado")


def _figure_pairs_over_dates(text: str, found: list[_Found]):
    """Each figure with the next, as (first, second, None), and, where only dates stand between two figures and
    a few words beside them, (first, second, end of the last date): a change written with its moments."""
    for i, f in enumerate(found[:-1]):
        yield f, found[i + 1], None
        j = i + 1
        while j < len(found) and found[j].quantity.kind == "date" and isinstance(found[j].quantity.value, str):
            j += 1
        if j == i + 1 or j == len(found) or f.quantity.kind == "date":
            continue
        gap, at = [], f.end
        for d in found[i + 1:j]:
            gap.append(text[at:d.start])
            at = d.end
        tail = text[found[j - 1].end:found[j].start]
        words = len(regex.findall(r"[\p{L}\p{M}]+", "".join(gap)))
        if _SENTENCE_BREAK.search("".join(gap) + tail):
            continue
        # the pair's word may follow the moment at once or after a word of it ("el miércoles pasado a 412")
        for w in [None, *regex.finditer(r"[\p{L}\p{M}]+", tail)][:_WHEN_GAP_WORDS + 1 - words]:
            yield f, found[j], found[j - 1].end + (w.end() if w else 0)


# what a level left written after the level reached may be: an amount, a share or a measure, or a bare count
_LEVEL_KINDS = ("money", "percent", "measure", "count")
# the most words between the level reached and the level left ("to £512 million in the year to March, up from")
_LEVEL_GAP_WORDS = 8
_LEVEL_GAP_BREAK = regex.compile(r"(?<!\bvs)[.!?;。！？；।؟]\s|[。！？；\n]")  # "vs." abbreviates, ends nothing


def _level_left_after(text: str, found: list[_Found], scanner: "_Scanner") -> None:
    """Marks the second of two figures of one kind as the level a change left where the words before it say so
    and it follows the level reached ("profit rose to £512 million in 2025 from £389 million", fr "à 512 millions,
    contre 389 millions", ru "до 5,2% против 4,9%"): the mirror of ``_change_starts``' "from X to Y". A second
    figure that counts a noun of its own ("50 athletes from 12 countries") is another count, no level."""
    marker = scanner.p.get("level_left_before")
    if marker is None:
        return
    figures = [f for f in found if f.quantity.kind != "date"]  # "to £512m in 2025 from": the year is scope
    for f, g in zip(figures, figures[1:]):
        fq, gq = f.quantity, g.quantity
        if f.starts_change or g.starts_change or fq.kind not in _LEVEL_KINDS or gq.kind != fq.kind \
                or fq.low is not None or gq.low is not None or fq.denominator is not None \
                or not isinstance(fq.value, float) or not isinstance(gq.value, float) \
                or (gq.kind == "count" and g.noun):
            continue
        gap = text[f.end:g.start]
        if len(gap.split()) > _LEVEL_GAP_WORDS or _LEVEL_GAP_BREAK.search(gap):
            continue
        if marker.search(gap):
            g.starts_change = True


def _change_sizes(text: str, found: list[_Found], scanner: "_Scanner") -> None:
    """Marks the percentages that state the size of a change, not a level: percentage points, and a percentage right
    after a change word and its word for "by" (``change_size_before``: "rose by 5%", uk "зросла на 5%", cs "zvýšila
    o 13 %"), so a version's "up five points to 17%" and another's "на 5% і досягла 17%" pair change with change."""
    before = scanner.p.get("change_size_before")
    for f in found:
        q = f.quantity
        if q.kind != "percent":
            continue
        if (q.unit or "").lower() in CHANGE_UNITS or (
                before is not None and before.search(text[max(0, f.start - 60):f.start])):
            f.change_size = True


def _pair_words_after(text: str, pos: int, scanner: "_Scanner") -> list[regex.Match | None]:
    """The words at ``pos`` that may join the first figure of a pair to the second: a range word, or the second
    word of a ``range_pairs`` pair ("to", "a", "до")."""
    return [scanner.match("range", pos)] + [between.match(text, pos) for _b, between in scanner.p["range_pairs"]]


def _change_rate_unit(text: str, found: list[_Found], scanner: "_Scanner") -> None:
    """zh "最高时速由180公里降至130公里", ja "時速180キロから130キロに": in a change whose first figure is a speed (a
    rate word before it), the second, written in the speed's length unit alone, is that speed too."""
    for f, g in zip(found, found[1:]):
        fq, gq = f.quantity, g.quantity
        if (fq.kind == gq.kind == "measure" and fq.unit and gq.unit and fq.unit.startswith(gq.unit + "/")
                and _change_pair(text, f.start, f.end, scanner, carried=True)):
            gq.unit = fq.unit


def _change_second_unit(text: str, found: list[_Found], scanner: "_Scanner") -> None:
    """"fell from 40 euros to 35", "grew from 2.7 million tonnes to 4.5 million", "climbed from 12 percent to 15":
    in a change the bare second figure (no noun of its own) takes the currency, unit or percent of the first, and
    its scale where it writes none ("to 4.5": 4.5 million) -- the mirror of ``_change_unit``."""
    for f, g in zip(found, found[1:]):
        fq, gq = f.quantity, g.quantity
        if (fq.kind not in ("money", "percent", "measure", "duration") or not fq.unit or gq.kind != "count" or g.noun
                or gq.denominator is not None or gq.low is not None or fq.low is not None
                or not isinstance(fq.value, float) or not isinstance(gq.value, float)
                or gq.scale not in (1.0, fq.scale) or not _change_pair(text, f.start, f.end, scanner, carried=True)):
            continue
        if not any(x and x.end() == g.core[0] for x in _pair_words_after(text, f.end, scanner)):
            continue
        if gq.scale == 1.0 < fq.scale and 0 < gq.value * fq.scale <= 100 * abs(fq.value):
            gq.value, gq.scale = gq.value * fq.scale, fq.scale
        gq.kind, gq.unit = fq.kind, fq.unit


def _pair_unit(text: str, found: list[_Found], scanner: "_Scanner") -> None:
    """"fell from 4 to 3 percent", "spadło z 6 na 5 proc.", ja "30から6インチ": the first figure of a from-to pair
    (a pair word before it, or a range word between) takes the unit written once after the second (a change,
    ``change_before``, is two figures too and takes money and scale as well: ``_change_unit``)."""
    _change_unit(text, found, scanner)
    _change_second_unit(text, found, scanner)
    _change_rate_unit(text, found, scanner)
    for f, g in zip(found, found[1:]):
        if (f.quantity.kind != "count" or f.noun or f.quantity.scale != 1.0 or f.quantity.denominator is not None
                or g.quantity.kind not in ("percent", "measure", "duration")):
            continue
        left = text[max(0, f.core[0] - _LEFT_WINDOW):f.core[0]]
        word = scanner.match("range", f.core[1])
        if word and word.end() == g.core[0] and _rx(r"\p{L}").search(word.group()):
            f.quantity.kind, f.quantity.unit = g.quantity.kind, g.quantity.unit  # ja "30から6インチ", "30 to 6 inches"
            continue
        for before, between in scanner.p["range_pairs"]:
            gap = between.match(text, f.core[1])
            if gap and gap.end() == g.core[0] and before.search(left):
                f.quantity.kind, f.quantity.unit = g.quantity.kind, g.quantity.unit
                if g.quantity.qualifier == "up_to" and g.start < g.core[0] and g.quantity.high is None:
                    g.quantity.qualifier, g.start = "exact", g.core[0]  # ru "с 5 до 4 процентов": "до" is the pair's
                break


def _unit_each_end_range(text: str, found: list[_Found], scanner: "_Scanner") -> None:
    """A range whose two ends each carry the currency or the counter ("between $50 and $200", "from £100 to
    £1,000", "$5bn-$6bn", ru "от $100 до $500", ja "200人から300人", "5000円から2万円") is one range, as
    "between 50 and 200 dollars" reads: the upper end, up_to, low and high; a fall ("from $100 to $50") stays
    two figures, as "fell from 4 to 3 percent" does, and so do amounts a bare word joins ("rose $5 to $40")."""
    i = 0
    while i + 1 < len(found):
        f, g = found[i], found[i + 1]
        fq, gq = f.quantity, g.quantity
        if (fq.kind not in ("money", "count", "measure") or (fq.kind, fq.unit) != (gq.kind, gq.unit)
                or fq.low is not None or gq.low is not None or fq.qualifier != "exact"
                or _change_pair(text, f.start, f.end, scanner, carried=True)  # "rose from $5 to $7", "von 5 Euro auf 7 Euro": a change
                or not isinstance(fq.value, float) or not isinstance(gq.value, float) or not 0 <= fq.value < gq.value
                or fq.denominator is not None or gq.denominator is not None or f.end > g.core[0]):
            i += 1
            continue
        # a bare connector joins ends of one size ("$5-$6", "$900 - $1,000"; "gained 24 points to 2,712 points":
        # a change and a level); a count's ends name the same noun ("200人から300人")
        # "$16 to $36 million", "$16-$36 million": the lower end elided the scale that closes the upper one
        elided = fq.scale == 1.0 and gq.scale > 1.0 and fq.value < gq.value / gq.scale
        low = fq.value * gq.scale if elided else fq.value
        near = gq.value <= 10 * low and (fq.kind != "count" or
                                         text[f.core[1]:f.end].strip() == text[g.core[1]:g.end].strip() != "")
        bare = scanner.match("range", f.end) if near else None
        if bare and scanner.r.word_boundaries and _rx(r"\p{L}").search(bare.group()) and not elided:
            bare = None  # "shares rose $5 to $40": a change and a level; a word joins two amounts only in a pair
        gaps = [bare]
        left = text[max(0, f.start - _LEFT_WINDOW):f.start]
        gaps += [between.match(text, f.end) for before, between in scanner.p["range_pairs"]
                 if before.search(left) and (fq.kind != "count" or near)]
        gap = next((x for x in gaps if x and (x.end() == g.start or g.start < x.end() <= g.core[0]
                                               and gq.qualifier == "up_to")), None)
        if gap is None or (gq.qualifier != "exact" and gap.end() == g.start):
            i += 1
            continue
        if fq.scale == 1.0 and gq.scale > 1.0 and fq.value < gq.value / gq.scale:
            fq.value *= gq.scale  # "between $5 and $6 billion": the scale closing the upper end scales both
        fq.low, fq.high, fq.value, fq.qualifier = fq.value, gq.value, gq.value, "up_to"
        fq.scale = gq.scale
        f.end, f.noun = g.end, f.noun or g.noun
        del found[i + 1]


# a collective numeral of N ("une dizaine" 10, "una ventina" 20, "un millier" 1,000) spans N / 1.5 to N × 1.5
COLLECTIVE_REACH = 1.5
_PERCENT_SIGN_END = regex.compile(r"[%％٪]\s*$")
_PERCENT_SIGN_START = regex.compile(r"\s?[%％٪]")


def _half_points(m: regex.Match) -> bool:
    return any(_rx(r"[.,]5$").search(m.group(g)) for g in ("a", "b"))


def _half_score(text: str, m: regex.Match, scanner: "_Scanner") -> bool:
    """"2.5-1.5", "2,5:1,5": a chess or golf tally in half points, whose two sides add up to whole games (so both
    carry the half) and which no unit, scale or currency follows."""
    if not all(_rx(r"[.,]5$").search(m.group(g)) for g in ("a", "b")):
        return False
    return not any(scanner.match(name, m.end()) for name in ("scale", "unit", "currency_after", "percent", "duration"))


def _garbled_clock(text: str, m: regex.Match, r: LangRules) -> bool:
    """"at 11:95", "um 16:85 Uhr", "北京时间18:77": minutes that can be no minutes (over 59) in a time's place
    (``clock_context_before`` / ``clock_context_after``): a garbled time (kind date, unit time, the value as
    written, qualifier garbled), never a score; without such words it stays a score. Hours past 24 alone
    ("32:28", a game clock "27:37") are no sign of a time, but with the words that follow a time ("39:30 BST") they are one."""
    a, b = m.group("a"), m.group("b")
    if m.group("c") not in (":", "：") or len(b) != 2 or not (a.isdigit() and b.isdigit()):
        return False
    p = r.patterns
    if int(b) <= 59:
        # "32:28", "27:37": a score or a game clock; hours past 24 are a garbled time only with the words that
        # follow a time of day ("at about 39:30 BST", "um 31:15 Uhr"), never with a preposition alone
        return int(a) > 24 and p.get("clock_after") is not None and bool(p["clock_after"].match(text, m.end()))
    return _clock_words_around(text, m.start(), m.end(), r)


def _clock_words_around(text: str, start: int, end: int, r: LangRules) -> bool:
    """Words before or after a figure that make it a time of day (``clock_context_before`` / ``_after``)."""
    p = r.patterns
    return bool((p.get("clock_before") is not None and p["clock_before"].search(text[max(0, start - 24):start]))
                or (p.get("clock_after") is not None and p["clock_after"].match(text, end)))


def _garbled_time(text: str, m: regex.Match, r: LangRules) -> bool:
    """"às 52h55", "à 23 h 75", "um 25.70 Uhr": a time written with its mark whose minutes are past 59, or whose
    hour is past 24 with the words of a time around it (as ``_garbled_clock``: "26 h 15" alone may be a
    duration), is a garbled time, not two counts."""
    hour, minute = m.group("hour"), m.groupdict().get("minute")
    if not (minute and hour.isdigit() and minute.isdigit()):
        return False
    if int(minute) > 59 and int(hour) > 24:  # "verlor 85:92", "pobedio Crvenu zvezdu 89:84": no part of it a clock's,
        return _clock_words_around(text, m.start(), m.end(), r)  # a score; a time only with a clock's words around it
    return int(minute) > 59 or _clock_words_around(text, m.start(), m.end(), r)


def _is_score(m: regex.Match, r: LangRules) -> bool:
    """"3-1", "2 à 0", "3:1", "2比1": a match result or a tally, not two claims (a range has low < high;
    a colon or a score mark, "比", "対", is a score in any order)."""
    a, b = _side(m.group("a")), _side(m.group("b"))
    return m.group("c") in (":", "：") or m.group("c") in r.data.get("score_marks", []) or a >= b


_PAIR = regex.compile(r"(\d{1,2})[-–](\d{1,2})(?!\s?\))")


def _score_list(text: str, m: regex.Match, p) -> bool:
    """"beating Djokovic 6-4, 3-6, 7-6 (7-4), 6-2": a pair written lower first in a list of pairs of which one is
    written higher first is a set's score, as the list's others are (a list of ranges, "aged 3-6, 7-10", rises)."""
    left = p["pair_list_before"].search(text, max(0, m.start() - 80), m.start())
    right = p["pair_list_after"].match(text, m.end())
    if left is None and right is None:
        return False
    run = (left.group() if left else "") + (right.group() if right else "")
    return any(int(a) > int(b) for a, b in _PAIR.findall(run))


def _result_score(text: str, m: regex.Match, scanner: "_Scanner") -> bool:
    """"lost 2-4 to Boston", ko "2-4로 패해", ja "2-4で敗れ": a hyphened pair of small whole figures (one or two
    digits a side) right after or before a word of a match's result (``score_context``: a verb or noun of losing,
    winning or drawing) is a score written loser or away side first, no range; with a unit, scale, currency,
    percent or duration after it, or a word the language's ``not_after`` names (en a counted noun: "lost 2-4
    games"), it stays a range ("lost 2-4 kg")."""
    a, b = m.group("a"), m.group("b")
    if m.group("c") not in ("-", "–") or not all(x.isdigit() and len(x) <= 2 for x in (a, b)):
        return False
    p = scanner.p
    if _score_list(text, m, scanner.p):
        return not any(scanner.match(name, m.end()) for name in ("scale", "unit", "currency_after", "percent", "duration"))
    before, after, not_after = (p.get("score_context_before"), p.get("score_context_after"),
                                p.get("score_context_not_after"))
    if not ((before is not None and before.search(scanner.window(m.start())))
            or (after is not None and after.match(text, m.end()))):
        return False
    if not_after is not None and not_after.match(text, m.end()):
        return False
    return not any(scanner.match(name, m.end()) for name in ("scale", "unit", "currency_after", "percent", "duration"))


def _score_word_is_range(text: str, m: regex.Match, scanner: "_Scanner") -> bool:
    """A score word ("a", "à") also joins the ends of a range or a change ("de 10 a 5 millones", "entre 3 à
    2 ans"): not a score after a range's first word, nor with a unit, scale, currency or percent after it."""
    win = scanner.window(m.start())
    if any(before.search(win) for before, _between in scanner.p["range_pairs"]):
        return True
    return any(scanner.match(name, m.end()) for name in ("scale", "unit", "currency_after", "percent", "duration"))


def _fill_years(text: str, found: list[_Found], reference_year: int | None, story_year: int | None = None,
                story_date_year: int | None = None) -> None:
    """Give year-less dates a year; ``story_year``/``story_date_year``: the latest year / full-date year
    any article of the story writes."""
    years_written = []
    for f in found:
        if f.quantity.kind == "date" and isinstance(f.quantity.value, str) and f.year_source == "written":
            years_written.append((f.start, int(str(f.quantity.value)[:4])))
        elif f.date_parts and f.date_parts[0]:
            years_written.append((f.start, f.date_parts[0]))
    # The reference is the caller's year, else the latest year the text itself mentions; never the
    # clock, so the same text gives the same claims on any day (tests and baselines reproduce).
    ref = reference_year
    # Weekdays recur every 5-11 years, so any centre near the story's time picks the right one: the
    # caller's year, else the latest full date of the story (one centre for every version: a birth date in
    # one and a contract's end in another must not read one "Thursday 2 July" in two years), else of the
    # article, else a fixed year (bare years are often past events or targets: "the 2019 strike").
    weekday_ref = reference_year or story_date_year or _latest_year(found, full_only=True) or UNDATED_REFERENCE_YEAR
    for f in found:
        if f.date_parts and f.date_parts[1] is None:
            f.quantity.value = f"---{f.date_parts[2]:02d}"  # a day with no month anywhere: ISO 8601 "---DD"
            f.year_source = "day"
            continue
        if f.date_parts and f.date_parts[0] is None and f.weekday is not None:
            # a year the text mentions is a lower bound (news cites past years), the caller's is a centre
            y = _year_for_weekday(f.date_parts[1], f.date_parts[2], f.weekday, weekday_ref,
                                  tie_toward=None if reference_year else UNDATED_REFERENCE_YEAR)
            if y:
                _finish_date(f, y, "weekday")
        elif f.date_parts and f.date_parts[0] is not None:
            _finish_date(f, None, "written")
    full = [(f.start, int(str(f.quantity.value)[:4]), f.year_source) for f in found
            if f.date_parts and f.year_source in ("written", "weekday") and isinstance(f.quantity.value, str)]
    for f in found:
        if f.date_parts and f.quantity.value is None and f.date_parts[1] is not None:
            before = [(y, src) for pos, y, src in full if pos < f.start]
            after = [(y, src) for pos, y, src in full if pos > f.start]
            if before or after:
                # running text continues from the last date whose year is written or its weekday gives
                y, src = before[-1] if before else after[0]
                _finish_date(f, y, "article-weekday" if src == "weekday" else "article-date")
                continue
            recent = [y for _, y in years_written if not ref or y <= ref]
            if recent:
                _finish_date(f, max(recent), "article-year")
            elif ref or story_year:
                _finish_date(f, ref or story_year, "reference")
            else:
                _finish_date(f, None, "none")  # "--03-03" until the story gives a year


def _latest_year(found: list[_Found], full_only: bool = False) -> int | None:
    """The latest year written in a full date ("3 March 2025", "March 2025"), else in a bare year."""
    full = [f.date_parts[0] for f in found if f.date_parts and f.date_parts[0]]
    full += [int(str(f.quantity.value)[:4]) for f in found if f.quantity.kind == "date" and not f.date_parts
             and f.quantity.unit == "date" and isinstance(f.quantity.value, str) and len(str(f.quantity.value)) == 7
             and str(f.quantity.value)[:4].isdigit()]
    if full or full_only:
        return max(full, default=None)
    bare = [int(str(f.quantity.value)) for f in found if f.quantity.kind == "date" and not f.date_parts and f.quantity.unit == "date"
            and f.year_source != "far" and isinstance(f.quantity.value, str) and len(str(f.quantity.value)) == 4 and str(f.quantity.value).isdigit()]
    return max(bare) if bare else None


def _to_claims(article: Article, found: list[_Found], r: LangRules,
               split: dict[int, list[Sentence]] | None = None) -> list[Claim]:
    """The claims of ``found``, each with its sentence; ``split`` keeps each article's sentences by ``id(article)``
    (``extract_story`` reads an article twice when the story gives its dates their years)."""
    if not found:
        return []
    text = article.text
    sents = split.get(id(article)) if split is not None else None
    if sents is None:
        sents = _sentences(text, article.lang)
        if split is not None:
            split[id(article)] = sents
    starts = [s.start for s in sents]
    claims = []
    prev: Claim | None = None
    prev_found: _Found | None = None
    for n, f in enumerate(found, start=1):
        k = max(0, bisect.bisect_right(starts, f.start) - 1)
        sent = sents[k] if sents else Sentence(article.id, 0, 0, len(text), text)
        c = Claim(
            id=f"{article.id}:{n}", article=article.id, start=f.start, end=f.end, text=text[f.start:f.end],
            quantity=_without_float_noise(f.quantity), lang=r.lang if article.lang else (article.lang or None),
            sentence=sent.text, sentence_start=sent.start, sentence_end=sent.end, sentence_index=k,
        )
        c.lang = article.lang or r.lang
        c.subject = _subject(text, sent.start, sent.end, f, r) if f.quantity.kind != "date" else []
        c.starts_change = f.starts_change
        c.change_size = f.change_size
        if prev is not None and prev_found is not None and _is_conversion(text, prev_found, f, r):
            c.conversion_of = prev.id
            _per_hour_of(c, prev)
        elif len(claims) >= 2 and _restated_clock_over_day(text, found[n - 3], prev_found, f):
            c.conversion_of = claims[-2].id  # "6:24 a.m. on Thursday, February 18 (21:42 GMT on Wednesday)"
        claims.append(c)
        prev, prev_found = c, f
    return claims


# a distance's speed per hour
_PER_HOUR = {"km": "km/h", "mi": "mph", "nmi": "kn"}


def _per_hour_of(conversion: Claim, source: Claim) -> None:
    """A conversion of a speed that leaves out its "per hour" is a speed: zh "时速165英里（265公里）", en "165 mph
    (265 km)"."""
    if source.unit in _PER_HOUR.values() and conversion.unit in _PER_HOUR and conversion.kind == "measure":
        conversion.quantity.unit = _PER_HOUR[conversion.unit]


def _without_float_noise(q: Quantity) -> Quantity:
    """The figures to 15 significant digits: a scale applied in binary floating point leaves 4.1 × 10⁹ at
    4099999999.9999995, which a reader of the JSON report should never see (no figure is written to more)."""
    for name in ("value", "low", "high", "denominator"):
        v = getattr(q, name)
        if isinstance(v, float) and math.isfinite(v):
            setattr(q, name, float(f"{v:.15g}"))
    return q


def _is_conversion(text: str, a: _Found, b: _Found, r: LangRules) -> bool:
    """Is ``b``, written right after ``a``, ``a`` again in another unit or currency ("$5 million (about €4.6
    million)"), or a clock restated in another zone? Then the two are one claim's figure and its conversion."""
    qa, qb = a.quantity, b.quantity
    if qa.unit == qb.unit == "time" and qa.kind == qb.kind == "date":
        return _restated_clock(text, a, b)
    if qa.unit == qb.unit == "date" and qa.kind == qb.kind == "date":
        # a day restated in brackets, in another calendar ("دوشنبه ۲۵ آبان ۱۴۰۵ (۱۷ نوامبر ۲۰۲۶)") or as written abroad
        return all(_FULL_DAY.fullmatch(str(q.value)) for q in (qa, qb)) and \
            bool(_BRACKET_OPENS.fullmatch(text, a.end, b.start)) and bool(_BRACKET_CLOSES.match(text, b.end))
    if qa.kind != qb.kind or qa.kind not in ("money", "measure", "duration") or qa.unit == qb.unit:
        return False
    if b.start - a.end > 40 or b.start < a.end:
        return False
    gap = text[a.end:b.start]
    g = r.patterns["conversion_gap"].match(gap)
    if g:
        return _marked(g) or qb.qualifier in ("about", "almost")
    return any(reads(text, gap, a, b, r) for reads in _NOUN_GAP_READERS)


def _gap_after_noun(text: str, gap: str, a: _Found, b: _Found, r: LangRules) -> bool:
    """The language's own ``conversion_gap_after_noun``: the amount's noun, then the conversion."""
    pattern = r.patterns.get("conversion_gap_after_noun")
    return pattern is not None and bool(pattern.match(gap))


def _gap_unspaced_noun(text: str, gap: str, a: _Found, b: _Found, r: LangRules) -> bool:
    """zh "完成8500万美元B轮融资，按当前汇率约合1258万奈拉": in a script written without spaces, the amount's noun, a
    comma, a marker; ja "約2.9トンで、高度約680キロ" is a mass and a height."""
    return not r.word_boundaries and bool(_UNSPACED_NOUN_GAP.fullmatch(gap)) and \
        _one_dimension(a.quantity, b.quantity) and \
        any(text.startswith(m, b.start) or gap.endswith(m) for m in r.data.get("conversion_markers", []))


def _gap_noun_then_bracket(text: str, gap: str, a: _Found, b: _Found, r: LangRules) -> bool:
    """"a $650 million loan agreement (about 26.6 billion lira)", "6.5亿美元贷款（约合266亿里拉）": the amount's noun,
    then the other figure alone in brackets."""
    return bool(_NOUN_THEN_BRACKET.match(gap)) and bool(_BRACKET_CLOSES.match(text, b.end))


# where no conversion marker follows the first figure, the ways a gap holding the amount's noun still converts it
_NOUN_GAP_READERS = (_gap_after_noun, _gap_unspaced_noun, _gap_noun_then_bracket)


def _one_dimension(qa: Quantity, qb: Quantity) -> bool:
    """Two amounts of money, or two measures of one dimension (a mass and a length are none)."""
    if qa.kind == "money":
        return True
    da, db = unit_dimension(qa.unit), unit_dimension(qb.unit)
    return da is not None and db is not None and da[0] == db[0]


def _restated_clock(text: str, a: _Found, b: _Found) -> bool:
    """A clock restated in brackets in another zone: "10.30am Berlin time (9.30am in London)", "7:30 p.m. (1030
    GMT)", "um 14 Uhr (9 Uhr an der US-Ostküste)": one moment, as a converted amount is one amount."""
    gap = _RESTATED_CLOCK_GAP.fullmatch(text, a.end, b.start)
    return (gap is not None and ("(" in gap.group() or "（" in gap.group()) and a.quantity.value != b.quantity.value
            and bool(_CLOCK_BRACKET_CLOSES.match(text, b.end)))


def _restated_clock_over_day(text: str, a: _Found, day: _Found, b: _Found) -> bool:
    """A clock restated in brackets after the day its clock names: "at 6:24 a.m. on Thursday, February 18 (21:42 GMT
    on Wednesday)", "à 10 h, mardi 3 mars (9 h GMT)"; or with its own day in the brackets: "24일 오전 11시(한국시간
    25일 오전 1시)"."""
    if not (a.quantity.unit == b.quantity.unit == "time" and day.quantity.kind == "date"
            and day.quantity.unit in ("date", "weekday")):
        return False
    before, after = (_RESTATED_CLOCK_GAP.fullmatch(text, x, y) for x, y in ((a.end, day.start), (day.end, b.start)))
    if before is None or after is None:
        return False
    opens = _BRACKET_OPEN.search(after.group()) or (_BRACKET_OPEN.search(before.group())
                                                    and not _BRACKET_SHUT.search(before.group()))
    return (bool(opens)
            and not after.group().rstrip().endswith(("+", "-", "−", "UTC", "GMT"))  # "(UTC+3:30)": an offset
            and a.quantity.value != b.quantity.value and bool(_CLOCK_BRACKET_CLOSES.match(text, b.end)))


# in a script written without spaces, the amount's noun, a comma and a few words before the marker ("B轮融资，按当前汇率")
_UNSPACED_NOUN_GAP = regex.compile(r"[\p{L}\p{M}\p{N}]{1,10}[,，、][\p{L}\p{M}]{0,8}")
_BRACKET_OPEN = regex.compile(r"[(（]")
_BRACKET_SHUT = regex.compile(r"[)）]")
_CLOCK_BRACKET_CLOSES = regex.compile(r"[^()（）\d.!?;。]{0,40}[)）]")
_NOUN_THEN_BRACKET = regex.compile(r"\s*(?:[\p{L}\p{M}'’-]+\s*){1,3}[(（]\s*(?:[\p{L}\p{M}.]+\s*){0,2}\Z")
_BRACKET_CLOSES = regex.compile(r"\s*[)）]")
_BRACKET_OPENS = regex.compile(r"\s*[(（]\s*")
_FULL_DAY = regex.compile(r"\d{4}-\d\d-\d\d")


@lru_cache(maxsize=None)
def _fold_table(lang: str | None, region: str | None) -> dict[int, str] | None:
    """The language's ``fold_characters`` (generated from OpenCC: zh traditional characters to the simplified ones
    its table is written in) as a translation table; None where it folds nothing."""
    folds = rules_for(locale_code(lang, region)).data.get("fold_characters") if lang else None
    return str.maketrans(folds) if folds else None


class _NormalView:
    """An article whose text is not in Unicode NFC, read in NFC as the language tables are written, and the way
    back to the offsets of the text as given: a letter written precomposed where NFC decomposes it (hi "ज़"
    U+095B, "फ़ीसदी" with U+095E; bn "য়" U+09DF), an accent typed as a combining mark ("e" and U+0301). The text
    is normalised piece by piece, a piece being a character and the marks that combine with it, so each piece
    of the view comes from one piece of the text. Characters of another script of the language fold one to one
    into the table's (``_fold_table``: zh "39歲" reads as "39岁"); the claims keep the text as written."""

    def __init__(self, article: Article):
        self.article = article
        text = article.text or ""
        fold = _fold_table(article.lang, article.region)
        self.starts: list[int] = []  # view offset -> text offset where its piece starts
        self.ends: list[int] = [0]  # view offset -> text offset where the piece before it ends
        pieces, i = [], 0
        while i < len(text):
            j = i + 1
            while j < len(text) and (unicodedata.combining(text[j]) or "\u1160" <= text[j] <= "\u11ff"):
                j += 1  # combining marks, and Hangul vowel and final jamo, compose with what precedes them
            piece = unicodedata.normalize("NFC", text[i:j])
            if fold is not None:
                piece = piece.translate(fold)
            pieces.append(piece)
            self.starts += [i] * len(piece)
            self.ends += [j] * len(piece)
            i = j
        self.starts.append(len(text))
        self.view = replace(article, text="".join(pieces))

    @staticmethod
    def of(article: Article) -> "_NormalView | None":
        """The view of an article not in NFC or holding characters to fold; None for one that is in NFC and holds
        none (nearly every text: nothing to map)."""
        if not article.text:
            return None
        fold = _fold_table(article.lang, article.region)
        folds_nothing = fold is None or article.text == article.text.translate(fold)
        if unicodedata.is_normalized("NFC", article.text) and folds_nothing:
            return None
        return _NormalView(article)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end] if end > start else self.starts[start]

    def claim(self, c: Claim) -> Claim:
        text = self.article.text
        (start, end), (s_start, s_end) = self.span(c.start, c.end), self.span(c.sentence_start, c.sentence_end)
        return replace(c, start=start, end=end, text=text[start:end], sentence_start=s_start, sentence_end=s_end,
                       sentence=text[s_start:s_end])

    def skipped(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        return [(*self.span(a, b), why) for a, b, why in spans]


def extract_claims(article: Article, reference_year: int | None = None) -> list[Claim]:
    """All numeric claims of one article, in text order (ids ``"<article>:<n>"``)."""
    normal = _NormalView.of(article)
    claims = _scan(normal.view if normal else article, reference_year)[0]
    return [normal.claim(c) for c in claims] if normal else claims


def extract_skipped(article: Article) -> list[Skipped]:
    """The numbers of one article that were considered and are no claim, with the reason."""
    normal = _NormalView.of(article)
    spans = _scan(normal.view if normal else article, None)[2]
    return [Skipped(article.id, a, b, article.text[a:b], why) for a, b, why in (normal.skipped(spans) if normal else spans)]


def extract_story(articles: Iterable[Article], reference_year: int | None = None,
                  skipped: list[Skipped] | None = None) -> list[Claim]:
    """Claims of several articles telling one story; ``skipped``, when given, receives every number
    considered and not claimed, with the reason.

    Same as ``extract_claims`` on each, plus: a date written without a year and
    without a weekday takes the year another article gives the same day and
    month (with a written year or a weekday), rather than a guess.
    """
    given = [a for a in articles if a.ok]
    normals = [_NormalView.of(a) for a in given]
    articles = [n.view if n else a for a, n in zip(given, normals)]
    scanned = [_scan_found(a) for a in articles]
    # an article read again against the story's year below only gives its dates their years again
    before_years = [(_dates_copied(found), sk, r) if any(f.date_parts for f in found) else None
                    for found, sk, r in scanned]
    split: dict[int, list[Sentence]] = {}  # each article's sentences, split once for both readings
    per_article = [_years_and_claims(a, *s, reference_year, split=split) for a, s in zip(articles, scanned)]
    if reference_year is None:
        # an article that states no year reads its weekdays and bare dates against the story's latest year
        story_date = max((y for _, found, _ in per_article if (y := _latest_year(found, full_only=True))), default=None)
        story_ref = story_date or max((y for _, found, _ in per_article if (y := _latest_year(found))), default=None)
        if story_ref:
            per_article = [_years_and_claims(a, *again, None, story_ref, story_date, split)
                           if any(f.date_parts and f.year_source not in ("written", "article-date") for f in found)
                           and (again := before_years[n]) is not None else (cl, found, sk)
                           for n, (a, (cl, found, sk)) in enumerate(zip(articles, per_article))]
    _story_weekday_year(per_article, reference_year)
    anchored: dict[tuple[int, int], int] = {}
    dated_any: dict[tuple[int, int], int] = {}  # every day-and-month any article dates, its year however read
    for _, found, _ in per_article:
        for f in found:
            if not (f.date_parts and isinstance(f.quantity.value, str) and f.quantity.value[:1].isdigit()):
                continue
            y = int(f.quantity.value[:4])
            if f.year_source in ("written", "weekday"):
                anchored.setdefault(f.date_parts[1:], y)
            if f.date_parts[1] and f.date_parts[2]:
                dated_any.setdefault(f.date_parts[1:], y)
    story_years = list(anchored.values())
    story_year = max(set(story_years), key=story_years.count) if story_years else None
    claims = []
    for article, normal, (cl, found, sk) in zip(given, normals, per_article):
        if skipped is not None:
            skipped.extend(Skipped(article.id, a, b, article.text[a:b], why)
                           for a, b, why in (normal.skipped(sk) if normal else sk))
        for c, f in zip([c for c in cl], found):
            if f.date_parts and f.date_parts[1] is None:
                # a day of the month alone ("18日"): the month and year another article gives that day, else
                # those of the latest day the story dates (a month named without a day, "April 2026", is
                # usually a plan or a period, not the month the news happened in, so it is not taken); a
                # weekday beside it ("terça-feira (10)") picks, of those, a month and year whose day it is,
                # else the year nearest whose day it is
                day = f.date_parts[2]
                same_day = [(mo, y) for (mo, d), y in anchored.items() if d == day] or \
                    [(mo, anchored.get((mo, d)) or story_year or y) for (mo, d), y in dated_any.items() if d == day]
                dated_days = [(mo, y) for (mo, d), y in anchored.items() if d]
                if same_day or dated_days:
                    latest_first = sorted(dated_days, key=lambda x: (x[1], x[0]), reverse=True)
                    mo, y = same_day[0] if same_day else latest_first[0]
                    if f.weekday is not None and not _is_weekday(y, mo, day, f.weekday):
                        fitting = [x for x in same_day + latest_first if _is_weekday(x[1], x[0], day, f.weekday)]
                        mo, y = fitting[0] if fitting else (mo, _year_for_weekday(mo, day, f.weekday, y) or y)
                    f.date_parts, f.year_source, f.quantity.value = (y, mo, day), "", None
                    _finish_date(f, y, "story")
                continue
            if f.date_parts and f.year_source not in ("written", "weekday"):
                y = anchored.get(f.date_parts[1:])
                if y is None and story_years and f.year_source in ("reference", "article-year", "none"):
                    y = max(set(story_years), key=story_years.count)
                if y is not None:
                    f.year_source = ""
                    f.quantity.value = None
                    _finish_date(f, y, "story")
        _date_clocks(found, (normal.view if normal else article).text)  # the days the story gave a month count too
        claims.extend([normal.claim(c) for c in cl] if normal else cl)
    return claims


def _story_weekday_year(per_article: list, reference_year: int | None = None) -> None:
    """A weekday date whose weekday gave it another year than most of the story's weekday dates (two at least) agree
    on takes theirs: "Samstag, 15. März" against "zaterdag 14 maart" and "lørdag den 14. marts" is 15 March of 2026
    with a wrong weekday, not of 2025 (a drifted day moves its weekday with it, and the year that fits the weekday
    would hide the drift behind a year). Written years do not vote: a full date is often a past one ("planned for
    1 November 2025"); where the weekday dates do not settle it, a day another version writes with its year within
    a few days of this one in the story's latest written year does (``_year_of_written_day``), unless the caller
    gave the year weekdays are read near."""
    by_weekday = [f for _, found, _ in per_article for f in found
                  if f.year_source == "weekday" and f.date_parts and f.date_parts[0] is None
                  and isinstance(f.quantity.value, str) and f.quantity.value[:4].isdigit()]
    votes = Counter(int(f.quantity.value[:4]) for f in by_weekday)
    year = None
    if len(votes) >= 2:
        (year, n), (_, runner_up) = votes.most_common(2)
        if n < 2 or n == runner_up:
            year = None
    voted = {id(f) for f in by_weekday}
    anchors = _written_days(per_article) if reference_year is None else []
    latest = max((a.year for a in anchors), default=None)
    anchors = [a for a in anchors if a.year == latest]
    for _, found, _ in per_article:
        moved = {}
        for f in found:
            if id(f) not in voted:
                continue
            _, m, d = f.date_parts
            if year is not None:
                to = year if 0 < abs(int(f.quantity.value[:4]) - year) <= 11 else None
            else:
                to = _year_of_written_day(m, d, int(f.quantity.value[:4]), anchors)
            if to is not None and to != int(f.quantity.value[:4]):
                moved[int(f.quantity.value[:4])] = to
                f.quantity.value = f"{to:04d}-{m:02d}-{d:02d}"
        for f in found:  # the article's dates that took their year from the moved weekday follow it
            if (f.year_source == "article-weekday" and f.date_parts and isinstance(f.quantity.value, str)
                    and f.quantity.value[:4].isdigit() and int(f.quantity.value[:4]) in moved
                    and _real_date(moved[int(f.quantity.value[:4])], *f.date_parts[1:])):
                f.quantity.value = f"{moved[int(f.quantity.value[:4])]:04d}" + f.quantity.value[4:]


# how near, in days, a day another version dates with a written year must lie for a weekday date to take its year
WRITTEN_DAY_REACH = 3


def _written_days(per_article: list) -> list[_dt.date]:
    """Every full date the story's versions write with their year ("الأحد 4 أبريل 2027")."""
    out = []
    for _, found, _ in per_article:
        for f in found:
            if f.year_source == "written" and f.date_parts and all(f.date_parts):
                try:
                    out.append(_dt.date(*f.date_parts))
                except ValueError:
                    continue
    return out


def _year_of_written_day(month: int, day: int, year: int, anchors: list[_dt.date]) -> int | None:
    """The one year in which another version writes, with its year, a day within ``WRITTEN_DAY_REACH`` days of this
    weekday date's day and month (``anchors``: the story's latest written year's days), where none lies so near it in
    the year its weekday gave it: en "Sunday, April 5",
    whose weekday fits 2026, beside ar "الأحد 4 أبريل 2027" is 5 April 2027 with a wrong weekday (a drifted day moves
    its weekday with it, and the year that fits the weekday would hide the drift behind a year)."""
    def near(y: int) -> bool:
        try:
            at = _dt.date(y, month, day)
        except ValueError:
            return False
        return any(abs((a - at).days) <= WRITTEN_DAY_REACH for a in anchors)
    if near(year):
        return None
    years = {a.year + k for a in anchors for k in (-1, 0, 1) if near(a.year + k)}
    return years.pop() if len(years) == 1 else None


def extract_text(text: str, lang: str | None = None, article_id: str = "t", reference_year: int | None = None) -> list[Claim]:
    """Claims of a bare string (tests, notebooks)."""
    return extract_claims(Article(id=article_id, source="<text>", text=text, lang=lang), reference_year=reference_year)


# ----------------------------------------------------------------------------------------
# development entry point: python -m claimcheck.extract DIR... --output FILE


def _read_dev_inputs(paths: list[str]) -> list[Article]:
    try:
        from claimcheck.read import read_inputs

        return read_inputs(paths)
    except ImportError:
        arts = []
        for p in paths:
            for f in sorted(Path(p).glob("*.txt")) if Path(p).is_dir() else [Path(p)]:
                arts.append(Article(id=f.stem, source=str(f), text=f.read_text(encoding="utf-8"), lang=f.stem[:2]))
        return arts


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m claimcheck.extract", description="Extract numeric claims (development entry point).")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--output", "-o")
    ap.add_argument("--lang")
    args = ap.parse_args(argv)
    articles = _read_dev_inputs(args.inputs)
    for a in articles:
        if args.lang:
            a.lang = args.lang
        elif not a.lang:
            a.lang = a.id[:2].lower()
    claims = extract_story(articles)
    out = {"articles": [a.to_dict() for a in articles], "claims": [c.to_dict() for c in claims]}
    data = json.dumps(out, ensure_ascii=False, indent=1)
    if args.output:
        Path(args.output).write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

