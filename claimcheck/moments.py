"""Days and clock times for the comparison: a date's fields, a clock's minutes, and the time zone each clock
is told in, read once (``ClockZone``), so that two versions giving one moment in two zones agree.

A clock's own zone is the zone word nearest it in its sentence (language data ``time_zone_words``), except
one after it with a figure between, which is that figure's ("20h00 (19h00 GMT)"). Its UTC offsets come from
``time_zone_offsets`` ("мск" 180; "à Paris" 60 or 120); "local time" (``local_time_words``) is the time of the
one place its sentence names (``_local_offsets``); where it names none, it and a zone word of no known offset
leave only the pattern of a zone shift: the same minute past another hour. A two-season zone keeps the offset of
the month its sentence names, else of its article's day (``Quantity.day_month``; in a month that straddles a
change of clocks, of that day itself, ``day_date``). Two rules need more than the
two claims: each version states a day and a clock time a whole number of hours apart ("21:20 GMT on Wednesday"
and "12日午前6時20分"), or one sentence gives the moment in both zones ("at 9 p.m. Finnish time (8 p.m. CET)") —
``one_moment``, read with the claims of each sentence.
"""
from __future__ import annotations

import datetime
import re
import zoneinfo
from dataclasses import dataclass, replace
from functools import lru_cache

from claimcheck.clauses import clause_bounds, countries_in
from claimcheck.langdata import fold, rules_for
from claimcheck.quantities import dimension
from claimcheck.records import Claim

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIME_ZONE_REACH = 14 * 60  # minutes: no two civil time zones a story names lie further apart (UTC+14)
TIME_ZONE_STEP = 30  # minutes: zones differ by whole or half hours
DAY_MINUTES = 24 * 60

_ISO_PARTS = (re.compile(r"(\d{3}[\dX])(?:-(\d\d)(?:-(\d\d))?)?"), re.compile(r"()--(\d\d)(?:-(\d\d))?"),
              re.compile(r"()()---(\d\d)"))
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_fields(value: str) -> tuple[str | None, str | None, str | None] | None:
    """(year, month, day) of an ISO 8601 date or partial date ("2025-11", "193X", "--03-05", "---18"); a field
    the text leaves out is None; None for anything else (a time of day)."""
    for pattern in _ISO_PARTS:
        m = pattern.fullmatch(value)
        if m:
            return tuple(g or None for g in m.groups())  # type: ignore[return-value]
    return None


def clock_minutes(c: Claim) -> int | None:
    """Minutes past midnight of a time of day ("21:20" is 1280); None for anything else."""
    m = _CLOCK.fullmatch(str(c.value)) if dimension(c) == "time_of_day" else None
    return int(m.group(1)) * 60 + int(m.group(2)) if m and int(m.group(1)) < 24 else None


def names_a_day(c: Claim) -> bool:
    """A weekday, or a date that gives its day of the month."""
    if c.kind != "date" or not isinstance(c.value, str):
        return False
    if c.unit == "weekday":
        return c.value.lower() in WEEKDAYS
    fields = date_fields(c.value)
    return bool(fields and fields[2])


def day_shift(a: Claim, b: Claim) -> int | None:
    """Days from the day ``a`` names to the day ``b`` names (weekdays one apart: ±1); a field one date
    leaves out is taken from the other; None where the gap cannot be told (days of unknown months)."""
    def weekday(c: Claim) -> int | None:
        if c.unit == "weekday":
            return WEEKDAYS.index(c.value.lower())
        if _FULL_DATE.fullmatch(c.value):
            try:
                return datetime.date.fromisoformat(c.value).weekday()
            except ValueError:
                return None
        return None

    if "weekday" in (a.unit, b.unit):
        wa, wb = weekday(a), weekday(b)
        if wa is None or wb is None:
            return None
        return {0: 0, 1: 1, 6: -1}.get((wb - wa) % 7)
    (ya, ma, da), (yb, mb, db) = date_fields(a.value), date_fields(b.value)
    ya, yb = ya or yb, yb or ya
    ma, mb = ma or mb, mb or ma
    if not (ma and mb):
        return int(db) - int(da)
    try:
        return (datetime.date(int(yb or 2001), int(mb), int(db)) -
                datetime.date(int(ya or 2001), int(ma), int(da))).days
    except ValueError:
        return None


def utc_clock(minutes: int) -> str:
    return f"{minutes % DAY_MINUTES // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class ClockZone:
    """The time zone a claim's sentence tells its clock in, as far as the language data can say."""

    names_zone: bool = False  # the sentence names a zone or says local time (``time_zone_words``)
    word: str | None = None  # the zone word nearest the clock, its own
    offsets: tuple[int, ...] = ()  # that word's UTC offsets in minutes; () when it names no one zone
    local: bool = False  # the clock is given as local time (``local_time_words``)
    abbreviations: frozenset[str] = frozenset()  # zone abbreviations the sentence names ("BST", "GMT")
    month: int | None = None  # the month the sentence names (``month_named``), which picks a zone's season
    month_said: bool = True  # the sentence names that month; else it is the month of the article's day (``day_month``)
    day: str | None = None  # the article's day in that month ("2026-03-17", ``day_date``), which picks the season in
    # a month that straddles a change of clocks
    restated: bool = False  # a clock whose offsets its own restatement in UTC gives (``_offset_restated``)


@dataclass(frozen=True)
class Season:
    """When two clocks are read: the month that picks a two-season zone's offset, and the days their articles date
    them on ("2026-03-17"), which pick it in a month that straddles a change of clocks."""

    month: int | None = None
    days: frozenset[str] = frozenset()


def _own_zone_word(c: Claim, zone_pattern):
    """The zone word that gives the clock its zone (module docstring); None where the sentence names none
    or the claim has no place in it."""
    start, end = c.start - c.sentence_start, c.end - c.sentence_start
    if not 0 <= start <= end <= len(c.sentence):
        return None
    zones = [z for z in zone_pattern.finditer(c.sentence)
             if not (z.start() >= end and _another_figure(c.sentence[end:z.start()], c.lang))
             and not (z.end() <= start and _closes_figure_clause(c.sentence, z, start))]
    brackets = _bracketed(c.sentence)
    # a zone inside brackets the clock is not in is another clock's ("モスクワ時間24日午前1時12分（日本時間同日午前7時12分）")
    outside = [z for z in zones if not any(lo <= z.start() < hi and not lo <= start < hi for lo, hi in brackets)]
    # and a clock in brackets takes a zone its brackets hold ("в 23:20 по варшавскому времени 6 ноября (в 00:20 7
    # ноября по Киеву)")
    inside = [z for z in outside if any(lo <= start < hi and lo <= z.start() < hi for lo, hi in brackets)]
    # a zone in brackets of its own is the clock's ("às 9h (horário de Brasília)"); one that brackets another figure
    # is that figure's ("5:40 a.m. on Sunday (2040 GMT on Saturday)")
    annotating = [z for z in zones if not any(
        lo <= z.start() < hi and _FIGURE.search(_UTC_OFFSET.sub("", c.sentence[lo:hi])) for lo, hi in brackets)]
    # a bracket right after the clock that opens with a zone word, closed off by a comma, names the clock's zone,
    # whatever it restates after ("lúc 7h08 (giờ Bắc Kinh, tức 6h18 giờ Hà Nội)", "at 7:08 (Beijing time; 6:18 in
    # Hanoi)"); a zone word right before the bracketed clock is that clock's ("午前9時（日本時間午後0時半）")
    annotating += [z for z in zones if any(lo <= z.start() < hi and not c.sentence[end:lo].strip()
                                           and not _FIGURE.search(c.sentence, lo, z.start())
                                           and _CLAUSE_BREAK.match(c.sentence, z.end()) for lo, hi in brackets)]
    if not inside and any(lo <= start < hi for lo, hi in brackets):
        # a clock in brackets that name no zone restates the clock outside them in another place ("o 10.30 SELČ (v
        # Soule bolo 17.30 h)"): a zone word right after that clock is its own, not the bracketed one's
        outside = [z for z in outside if not _FIGURE_BEFORE.search(c.sentence, 0, z.start())]
        annotating = outside
    return min(inside or outside or annotating, key=lambda z: max(z.start() - end, start - z.end(), 0), default=None)


def _closes_figure_clause(sentence: str, zone, start: int) -> bool:
    """Does a zone word before the clock close the clause of another figure before it, a comma between it and the
    clock ("lúc 20 giờ 30 ngày 12/10 theo giờ Đức, tức 1 giờ 30 sáng 13/10 theo giờ Việt Nam": Germany's time is
    the first clock's)? "Aprelin 16-da Bakı vaxtı ilə saat 09:00" keeps Baku's time."""
    if not _CLAUSE_BREAK.search(sentence, zone.end(), start):
        return False
    # a figure outside the brackets the zone word stands in is no neighbour of it ("（日本時間同日午後9時）")
    lo = next((lo for lo, hi in _bracketed(sentence) if lo <= zone.start() < hi), 0)
    before = list(_FIGURE.finditer(sentence, lo, zone.start()))
    return bool(before) and zone.start() - before[-1].end() <= start - zone.end()


_CLAUSE_BREAK = re.compile(r"[,;，；、]")


# a figure right before a zone word, a short mark of it between ("10.30 SELČ", "14 h CET", "9 Uhr MEZ")
_FIGURE_BEFORE = re.compile(r"\d[\s\u00a0]*(?:[^\W\d_]{1,3}\.?[\s\u00a0]*)?\Z")


_FIGURE = re.compile(r"\d+(?:[.,:]\d+)*")
# a zone's own offset is no figure of its bracket ("в 11:00 по времени Астаны (UTC+5)")
_UTC_OFFSET = re.compile(r"(?:UTC|GMT)\s?[+−–-]\s?\d{1,2}(?::?\d{2})?")
_WORD_AFTER = re.compile(r"\.?[\s\u00a0]*([^\W\d_]+)")


# a day written in digits with its month: "21/7", "21.7.", "21/07/2026"
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/])(?:0?[1-9]|[12]\d|3[01])([/.])(?:0?[1-9]|1[0-2])(?:\1(?:\d{4}|\d{2}))?\.?(?![\d/])")


def _another_figure(between: str, lang: str | None) -> bool:
    """Does the text between a clock and a zone word after it hold a figure other than the date the clock is dated
    with, its day before a month's name and its year ("00:20 7 ноября по Киеву", ar "١:٤٧ من فجر يوم الأحد ١٩
    أكتوبر/تشرين الأول ٢٠٢٥ بتوقيت السعودية": the zone is the clock's), or a day written in digits ("21/7")?"""
    months = rules_for(lang).data.get("months", {})
    between = _NUMERIC_DATE.sub(" ", between)  # vi "lúc 23h30 tối thứ Ba 21/7 (giờ Hà Nội)": the clock's own day
    for m in _FIGURE.finditer(between):
        text = m.group()
        if not text.isdigit():
            return True
        value = int(text)
        word = _WORD_AFTER.match(between, m.end())
        before = re.findall(r"[^\W\d_]+", between[:m.start()])
        if 1 <= value <= 31 and ((word and word.group(1).lower() in months) or (before and before[-1].lower() in months)):
            continue  # the day of the clock's date, before its month's name or after it ("May 12")
        if len(text) == 4 and 1800 <= value <= 2200 and any(w.lower() in months for w in before):
            continue  # the year of that date, after its month
        return True
    return False


_BRACKETED = re.compile(r"[(（\[][^()（）\[\]]*[)）\]]")


def _bracketed(sentence: str) -> list[tuple[int, int]]:
    """The spans of the sentence's bracketed asides, innermost ones."""
    return [m.span() for m in _BRACKETED.finditer(sentence)]


def _clock_zone(c: Claim) -> ClockZone:
    """The one reading of the zone a claim's sentence gives its clock: every zone rule below reads this.
    Local time is the clock's when the sentence says it and the local-time words are the clock's own zone
    word or there is none ("3:48 a.m. local time (00:48 GMT)": "00:48" is GMT, not local)."""
    if not c.sentence:
        return ClockZone()
    patterns = rules_for(c.lang).patterns
    found = patterns["time_zone"].findall(c.sentence)
    after = patterns.get("time_zone_after_clock")
    own_city = after.match(c.sentence, c.end - c.sentence_start) if after is not None and \
        0 <= c.end - c.sentence_start <= len(c.sentence) else None
    if own_city is not None:  # "midi à Paris", "7h em Brasília" (``city_time_after_clock``)
        return ClockZone(names_zone=True, word=own_city.group("x"),
                         offsets=tuple(patterns["time_zone_offsets"].find(own_city.group("x")) or ()),
                         abbreviations=frozenset(z for z in found if z.isascii() and z.isupper()))
    if not found:
        return _country_zone(c)
    own = _own_zone_word(c, patterns["time_zone"])
    local_pattern = patterns.get("local_time")
    local = local_pattern is not None and bool(local_pattern.search(c.sentence)) and (
        own is None or any(m.start() < own.end() and own.start() < m.end() for m in local_pattern.finditer(c.sentence)))
    offsets = tuple(patterns["time_zone_offsets"].find(own.group()) or ()) if own is not None else ()
    start = c.start - c.sentence_start
    mine = next(((lo, hi) for lo, hi in _bracketed(c.sentence) if lo <= start < hi), None)
    # a clock in brackets the local-time words stand outside of is another zone's: "… स्थानीय समयानुसार (रात 10 बजे …)"
    beside_local = own is not None and mine is not None and not mine[0] <= own.start() < mine[1]
    if local and own is None and mine is not None and not any(
            mine[0] <= m.start() < mine[1] for m in local_pattern.finditer(c.sentence)):
        local = False  # the same where the zone word outside is the outer clock's own: the bracketed one's zone is unknown
    restated = False
    if local and not offsets and not beside_local:
        offsets = _local_offsets(c)
        if not offsets:
            offsets = _offset_restated(c)
            restated = bool(offsets)
            if restated:
                # the dateline's place keeps other offsets in the clock's season: the restatement is the slip, not
                # the place's clock ("ADIYAMAN, Turkey – … at 11 a.m. local time (0900 GMT)": Turkey is UTC+3)
                dated = _dateline_offsets(c)
                season = _season_offset(dated, month_named(c) or _month_of_day_said(c))
                if season is not None and offsets[0] != season:
                    offsets, restated = dated, False
        if not offsets:
            offsets = _dateline_offsets(c)
    elif own is None and not local and not offsets and mine is None:
        # "at 7 a.m. (0600 GMT)": the zone word is the bracketed clock's, and the restatement gives this one's offset
        offsets = _offset_restated(c)
        restated = bool(offsets)
        if restated and DATELINE_OVER_RESTATEMENT:
            # under "TOKYO –", "at 11:30 a.m. (03:30 GMT)" is Tokyo's 11:30: the restatement is the slip, as for a
            # clock said to be local time
            dated = _dateline_offsets(c)
            season = _season_offset(dated, month_named(c) or _month_of_day_said(c))
            if season is not None and offsets[0] != season:
                offsets, restated = dated, False
    if own is not None and offsets == (0,):
        shift = _UTC_SHIFT.match(c.sentence, own.end())  # "UTC+5", "GMT+05:30", "UTC−3": the offset written
        if shift:
            minutes = int(shift.group(2)) * 60 + int(shift.group(3) or 0)
            offsets = (-minutes if shift.group(1) in "-−–" else minutes,)
    return ClockZone(names_zone=True, word=own.group() if own is not None else None, offsets=offsets, local=local,
                     abbreviations=frozenset(z for z in found if z.isascii() and z.isupper()), restated=restated)


def clock_zone(c: Claim) -> ClockZone:
    """The zone the claim's sentence gives its clock (``_clock_zone``), with the month its sentence names, which
    picks the zone's season (``month_named``), else the month of the day its article dates nearest it
    (``Quantity.day_month``). Read once per claim: comparison asks it of each clock against every other."""
    known = _ZONES.get(id(c))
    if known is not None and known[0] is c:
        return known[1]
    zone = _clock_zone(c)
    said = month_named(c)
    month = said or c.quantity.day_month
    day = c.quantity.day_date if c.quantity.day_date and int(c.quantity.day_date[5:7]) == month else None
    if day and c.quantity.day_year_guessed:
        day = GUESSED_YEAR + day
    zone = replace(zone, month=month, month_said=said is not None, day=day) if month is not None else zone
    if len(zone.offsets) == 2 and zone.day and zone.word:
        zone = replace(zone, offsets=_offset_that_day(c, zone))
    if len(_ZONES) >= _ZONES_KEPT:
        _ZONES.clear()
    _ZONES[id(c)] = (c, zone)  # the claim is held, so its id names no other claim while the entry lives
    return zone


def _offset_that_day(c: Claim, zone: ClockZone) -> tuple[int, ...]:
    """The one offset of a zone word's two in force on the clock's day, where the word names a place whose IANA zone
    the tables give (``time_zone_ids``): "بتوقيت بيروت" on 28 March 2026 is UTC+2 by Lebanon's rules, where the
    zones keeping its two offsets do not all agree that day (``_kept_on``); the two where the place is unknown."""
    tz = rules_for(c.lang).patterns["time_zone_ids"].find(zone.word)
    if not tz or len(_kept_on(zone.offsets, zone.day)) < 2:
        return zone.offsets  # the zones agree that day: the season rules read it, the pair kept for "one zone"
    try:
        at = datetime.datetime.fromisoformat(zone.day).replace(hour=12)
        offset = int(zoneinfo.ZoneInfo(tz).utcoffset(at).total_seconds() // 60)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        return zone.offsets
    return (offset,) if offset in zone.offsets else zone.offsets


# each claim's zone, by the claim's identity (claims are mutable dataclasses, no hashable keys); a story's clocks
# number a few dozen, the bound keeps a long batch's memory flat
_ZONES: dict[int, tuple[Claim, ClockZone]] = {}
_ZONES_KEPT = 4096


# an offset written after UTC or GMT: "UTC+5", "GMT+05:30", "UTC −3"
_UTC_SHIFT = re.compile(r"\s?([+−–-])\s?(\d{1,2})(?::?(\d{2}))?(?!\d)")

# a clock its sentence restates in UTC, naming no zone of its own, is in its dateline's place's time where the
# restatement gives another offset (``_clock_zone``), as a clock said to be local time is
DATELINE_OVER_RESTATEMENT = True

# a zone of two seasons beside a label named for its summer keeps the season its own day gives (``judge_clocks``)
SEASON_OF_ITS_OWN = True

# how far before a clock (characters, in its clause) the country it is told in may be named: "in Italia erano le 11.40"
COUNTRY_BEFORE_CLOCK = 30


def _country_zone(c: Claim) -> ClockZone:
    """A clock whose sentence names no zone, and the words just before it in its clause one country, is told in that
    country's time ("quando in Italia erano le 11.40"), where all the country's zones keep the same offsets
    (``country_offsets``)."""
    span = clause_bounds(c)
    start = c.start - c.sentence_start
    if span is None or not span[0] <= start <= span[1]:
        return ClockZone()
    before = c.sentence[max(span[0], start - COUNTRY_BEFORE_CLOCK):start]
    # a bracket between is another clock's place: "21:00 שעון פינלנד (20:00 …)"
    before = before[max(before.rfind(ch) for ch in "()（）[]") + 1:]
    countries = countries_in(before, c.lang)
    offsets = country_offsets(next(iter(countries))) if len(countries) == 1 else ()
    return ClockZone(names_zone=True, word=next(iter(countries)), offsets=offsets) if offsets else ClockZone()


# a clock in UTC in the brackets right after a clock ("11:00 local time (08:00 GMT)", "5:40 a.m. (2040 GMT)")
_UTC_RESTATED = re.compile(r"[^()（）]{0,40}?[(（][^()（）]{0,20}?(?<!\d)([01]?\d|2[0-3])[:.h]?([0-5]\d)\s?"
                           r"(?:GMT|UTC)(?!\s?[+−–-]\s?\d)")


def _offset_restated(c: Claim) -> tuple[int, ...]:
    """The offset of a local clock, or of one whose sentence names only its restatement's zone, that its sentence
    restates in UTC in the brackets right after it ("The ceremony began at 11:00 local time (08:00 GMT)": UTC+3;
    "will open at 7 a.m. (0600 GMT) on Tuesday": UTC+1), where some zone keeps it; () otherwise."""
    own = clock_minutes(c)
    at = c.end - c.sentence_start
    m = _UTC_RESTATED.match(c.sentence, at) if own is not None and 0 <= at <= len(c.sentence) else None
    if m is None:
        return ()
    offset = (own - int(m.group(1)) * 60 - int(m.group(2)) + 720) % DAY_MINUTES - 720
    return (offset,) if offset % 15 == 0 and _kept_offset(offset) else ()


def _local_offsets(c: Claim) -> tuple[int, ...]:
    """The offsets of local time where the clock's sentence names, outside its brackets, one country all of whose
    zones keep the same ("at Estonia's ministry at 11am local time (0900 GMT)": Estonia's time), or one zone city
    and no country ("left Chicago at 6:05 p.m. local time"); () otherwise. A place in brackets is another clock's
    ("14:37 ora locale (le 15:37 in Italia)")."""
    return _local_offsets_at(c.sentence or "", c.lang, c.start - c.sentence_start)


@lru_cache(maxsize=4096)
def _local_offsets_at(sentence: str, lang: str | None, start: int) -> tuple[int, ...]:
    """``_local_offsets`` of the clock at ``start`` in ``sentence``, read once per clock: every pair of clocks of a
    fact asks it."""
    countries, cities = _places(_BRACKETED.sub(" ", sentence), lang)
    if countries and cities:
        return ()  # "left Chicago at 6:05 p.m. local time" in a story that names the United States: no one place
    if len(countries) > 1:
        # "a Chinese maker ... in eastern Hungary, at 11:30 a.m. local time": the place is the country named last
        # before the clock
        nearest = _country_before(sentence, lang, start)
        return country_offsets(nearest) if nearest else ()
    return _place_offsets(countries, cities)


PLACE_BEFORE_LOCAL_CLOCK = 120  # characters before a local clock in which the country it is told in is looked for


def _country_before(sentence: str, lang: str | None, start: int) -> str | None:
    """The one country named nearest before the clock at ``start`` in its sentence, outside brackets; None where
    there is none."""
    before = _BRACKETED.sub(" ", sentence[max(0, start - PLACE_BEFORE_LOCAL_CLOCK):max(0, start)])
    spaced = rules_for(lang).word_boundaries
    for k in range(len(before) - 1, -1, -1):
        if spaced and k and before[k - 1].isalpha():
            continue  # where words are spaced, a country's name starts a word
        found = countries_in(before[k:], lang)
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def _dateline_offsets(c: Claim) -> tuple[int, ...]:
    """The offsets of local time where the clock's sentence names no place and restates it in no UTC: those of the
    one zone city, else the one country, its article's dateline names ("The ceremony began at 10 Uhr Ortszeit" under
    "Istanbul –": Turkey's); () otherwise."""
    place = c.quantity.dateline
    if not place or any(_places(_BRACKETED.sub(" ", c.sentence), c.lang)):
        return ()  # "signed in Athens at 3 p.m. local time, or 9 p.m. in Seoul" under "ULSAN -": not the dateline's
    (countries, cities), (title_countries, title_cities) = _places(place, c.lang), _places(place.title(), c.lang)
    return _place_offsets(countries | title_countries, cities | title_cities)  # "HELSINKI, Finland": the city's


@lru_cache(maxsize=4096)
def _places(text: str, lang: str | None) -> tuple[frozenset[str], frozenset[tuple[int, ...]]]:
    """The countries ``text`` names, and the offsets of the zone cities it names (read once per sentence: every pair
    of clocks of a fact asks it)."""
    return countries_in(text, lang), frozenset(_zone_cities_in(text, lang))


def _place_offsets(countries: frozenset[str], cities: set[tuple[int, ...]]) -> tuple[int, ...]:
    """The offsets of the one zone city named, else those of the one country named; () where several are named."""
    if cities:
        return next(iter(cities)) if len(cities) == 1 else ()
    return country_offsets(next(iter(countries))) if len(countries) == 1 else ()


@lru_cache(maxsize=None)
def _zone_city_pattern(lang: str | None):
    """The cities the language's table names zones after (``zone_cities``), four letters or more, as whole words."""
    cities = {name: tuple(o) if isinstance(o, list) else (o,) for name, o in
              (rules_for(lang).data.get("zone_cities") or {}).items() if len(name) >= 4}
    if not cities:
        return None, {}
    alt = "|".join(re.escape(n) for n in sorted(cities, key=len, reverse=True))
    whole = rules_for(lang).word_boundaries  # an unspaced script writes its cities inside words ("在基辅")
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)" if whole else f"(?:{alt})"), cities


def _zone_cities_in(text: str, lang: str | None) -> list[tuple[int, ...]]:
    """The offsets of each zone city ``text`` names ("Chicago": -360, -300)."""
    pattern, cities = _zone_city_pattern(lang)
    return [cities[m.group()] for m in pattern.finditer(text)] if pattern is not None else []


@lru_cache(maxsize=None)
def country_offsets(code: str) -> tuple[int, ...]:
    """The UTC offsets (minutes, January's then July's where they differ) every IANA zone of a country (CLDR's
    territory of each zone) keeps; () where its zones keep different ones (Russia, Brazil)."""
    kept = {offsets for name in _zones_by_territory().get(code, ()) if (offsets := _seasonal_offsets(name))}
    if len(kept) != 1:
        return ()
    january, july = kept.pop()
    return (january,) if january == july else (january, july)


@lru_cache(maxsize=1)
def _zones_by_territory() -> dict[str, list[str]]:
    """CLDR's IANA zone names by the territory each lies in."""
    from babel.core import get_global

    out: dict[str, list[str]] = {}
    for name, territory in get_global("zone_territories").items():
        out.setdefault(territory, []).append(name)
    return out


def _seasonal_offsets(name: str) -> tuple[int, int] | None:
    """The UTC offsets, in minutes, an IANA zone keeps in January and in July; None where the database lacks it."""
    try:
        zone = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None
    offsets = [datetime.datetime(2025, month, 15, tzinfo=zone).utcoffset() for month in (1, 7)]
    if any(o is None for o in offsets):
        return None
    january, july = (int(o.total_seconds() // 60) for o in offsets)
    return january, july


def home_offsets(c: Claim) -> tuple[int, ...]:
    """The UTC offsets of the zone the claim's language's press tells a clock in when it names none
    (``home_time_zone``: sv "svensk tid", uk "за київським часом"); () for a language of many zones (en, es, ar)."""
    r = rules_for(c.lang)
    home = r.data.get("home_time_zone")
    return tuple(r.patterns["time_zone_offsets"].find(home) or ()) if home else ()


# A zone that keeps two offsets (standard and summer time: CET 60 and CEST 120) keeps one of them on a day its clock's
# sentence dates by a month's name. North of the equator summer time holds from April to September and standard time
# from November to February; south of it (Chile, New Zealand) summer time from November to March and standard time
# from May to August. The other months straddle some zone's change of clocks, and keep both. Which hemisphere a pair
# of offsets is kept in comes from the tz database; a pair kept on both sides (Chile's and Atlantic Canada's -240 and
# -180) keeps both offsets in every month.
_SEASONS = {"north": ({11, 12, 1, 2}, {4, 5, 6, 7, 8, 9}), "south": ({5, 6, 7, 8}, {11, 12, 1, 2, 3})}


@lru_cache(maxsize=1)
def _two_season_zones() -> tuple[tuple[str, int, int], ...]:
    """Each IANA zone that changes its clocks, with its offsets in January and in July, read from the tz database
    once."""
    out = []
    for name in sorted(zoneinfo.available_timezones()):
        kept = _seasonal_offsets(name)
        if kept is not None and kept[0] != kept[1]:
            out.append((name, *kept))
    return tuple(out)


@lru_cache(maxsize=1)
def _hemispheres() -> dict[tuple[int, int], str | None]:
    """Each (standard, summer) pair of offsets some IANA zone keeps, with the hemisphere of the zones that keep it
    ("north": summer in July, "south": summer in January); None where zones on both sides keep it."""
    out: dict[tuple[int, int], str | None] = {}
    for _, january, july in _two_season_zones():
        side = "north" if january < july else "south"
        pair = (min(january, july), max(january, july))
        out[pair] = side if out.get(pair, side) == side else None
    return out


_UNIVERSAL = ("GMT", "UTC")


def seasonless(zone: ClockZone) -> bool:
    """Does the zone keep one offset all year: universal time ("GMT", "UTC"), or one offset no IANA zone takes as
    its standard or summer time ("Indochina Time", +7)? Or does it keep two, and the clock's month picks one
    ("Suomen aikaa" on an April day: UTC+3)? A clock restated in it an hour off is no season's slip."""
    if len(zone.offsets) == 2 and len(_in_season(zone.offsets, _season_of(zone))) == 1:
        return True
    if len(zone.offsets) != 1:
        return False
    if zone.offsets[0] == 0 and zone.word and any(u in zone.word.upper() for u in _UNIVERSAL):
        return True
    return not any(zone.offsets[0] in pair for pair in _hemispheres())


# months no zone of the northern or southern hemisphere changes its clocks in: each keeps January's or July's offset
_JANUARYS_MONTHS, _JULYS_MONTHS = frozenset({12, 1, 2}), frozenset({5, 6, 7, 8, 9})


def _season_offset(offsets: tuple[int, ...], month: int | None) -> int | None:
    """The one offset of a place's zone (``country_offsets``: January's then July's where they differ) in ``month``:
    its offset where it keeps one all year, January's in December to February, July's in May to September; None
    where the place keeps none or the month falls in a season's change."""
    if len(set(offsets)) == 1:
        return offsets[0]
    if len(offsets) == 2 and month is not None:
        return offsets[0] if month in _JANUARYS_MONTHS else offsets[1] if month in _JULYS_MONTHS else None
    return None


@lru_cache(maxsize=None)
def weekday_names(lang: str | None) -> tuple[re.Pattern | None, dict[str, int]]:
    """The language's weekday names as one pattern, longest first, and the day each folded name stands for (0 for
    Monday): names of at least three letters where words are spaced ("Mo.", "di." are too short to tell from other
    words), two where they are not ("周四"); each starts a word and may begin a compound ("dinsdagavond"), but for an
    abbreviation of three letters, a word of its own."""
    r = rules_for(lang)
    days = {name: int(day) for name, day in r.weekdays.folded.items() if isinstance(day, int)}
    names = sorted((n for n in days if len(n.rstrip(".")) >= (3 if r.word_boundaries else 2)), key=len, reverse=True)
    edge = r"(?<![\w])" if r.word_boundaries else ""
    # a name of three letters is an abbreviation, a word of its own: hu "Sze" (szerda) does not begin "szeptember"
    alts = [re.escape(n) + (r"(?!\w)" if r.word_boundaries and len(n.rstrip(".")) < 4 else "") for n in names]
    return (re.compile(edge + "(?:" + "|".join(alts) + ")") if names else None), days


def _month_of_day_said(c: Claim) -> int | None:
    """The month of the day its article dates nearest the clock (``Quantity.day_date``) where the clock's own sentence
    names that day's weekday ("At 6pm local time (1600 GMT) on Saturday" after "Saturday, January 9"): a clock whose
    sentence names no day may be of another day of its article, in another season."""
    day = c.quantity.day_date
    if not day or c.quantity.day_year_guessed or not c.sentence:
        return None
    try:
        weekday = datetime.date.fromisoformat(day).weekday()
    except ValueError:
        return None
    pattern, days = weekday_names(c.lang)
    said = {days[found.group()] for found in pattern.finditer(fold(c.sentence))} if pattern is not None else set()
    return int(day[5:7]) if weekday in said else None


def month_named(c: Claim) -> int | None:
    """The month (1-12) the clock's sentence names, where it names exactly one; None where it names none, or
    several."""
    if not c.sentence:
        return None
    months = {m for m in (_month_of(w, c.lang) for w in _month_names(c.lang).findall(c.sentence)) if m}
    return months.pop() if len(months) == 1 else None


def _season_of(zone: ClockZone) -> Season:
    return Season(zone.month, frozenset({zone.day}) if zone.day else frozenset())


def _in_season(offsets: tuple[int, ...], season: Season | None) -> tuple[int, ...]:
    """A two-season zone's offsets narrowed to the one every zone keeping the pair keeps on each of the ``season``'s
    days (the tz database: "17 marzo" 2026 is CET, the change comes on the 29th), else to the one its month keeps
    (``_SEASONS``, ``_hemispheres``)."""
    if season is None or season.month is None or len(offsets) != 2 or offsets[0] == offsets[1]:
        return offsets
    standard, summer = min(offsets), max(offsets)
    if season.days:
        # the day itself, where the articles give it: exact where the month is only a rule of thumb (Cairo keeps
        # winter time until the last Friday of April, Athens its summer time from the end of March)
        kept = {o for day in season.days for o in _kept_on((standard, summer), day)}
        return (kept.pop(),) if len(kept) == 1 else offsets
    side = _hemispheres().get((standard, summer))
    if side is not None:
        standard_months, summer_months = _SEASONS[side]
        if season.month in standard_months:
            return (standard,)
        if season.month in summer_months:
            return (summer,)
    return offsets


@lru_cache(maxsize=1)
def _zones_keeping() -> dict[tuple[int, int], tuple[str, ...]]:
    """The IANA zones that keep each (standard, summer) pair of offsets."""
    out: dict[tuple[int, int], list[str]] = {}
    for name, january, july in _two_season_zones():
        out.setdefault((min(january, july), max(january, july)), []).append(name)
    return {pair: tuple(names) for pair, names in out.items()}


# marks a day whose year is guessed (``Quantity.day_year_guessed``): "~2026-10-03"
GUESSED_YEAR = "~"
# the years either side of a guessed one in which a day must keep one season: a date's weekday takes every value
# within seven years, so every alignment of a change of clocks on a weekday is met
GUESSED_YEAR_REACH = 5


@lru_cache(maxsize=1024)
def _kept_on(pair: tuple[int, int], day: str) -> frozenset[int]:
    """The offsets the zones keeping ``pair`` keep at noon UTC on ``day``; both where the day is no date. On a day
    whose year is guessed, the offset it keeps in every year near that one, else both: "3 October" is summer time
    in Europe whichever year, "27 March" is either."""
    if day.startswith(GUESSED_YEAR):
        year, rest = int(day[1:5]), day[5:]
        kept = {_kept_on(pair, f"{y:04d}{rest}") for y in range(year - GUESSED_YEAR_REACH, year + GUESSED_YEAR_REACH + 1)}
        return kept.pop() if len(kept) == 1 else frozenset(pair)
    try:
        noon = datetime.datetime.fromisoformat(day + "T12:00:00+00:00")
    except ValueError:
        return frozenset(pair)
    kept = set()
    for name in _zones_keeping().get(pair, ()):
        offset = noon.astimezone(zoneinfo.ZoneInfo(name)).utcoffset()
        if offset is not None:
            kept.add(int(offset.total_seconds() // 60))
    return frozenset(kept & set(pair)) or frozenset(pair)


def _joint_season(*zones: ClockZone) -> Season | None:
    """The month clocks of one moment share: the one their sentences name, where they name no other, with the days
    their articles date them on in that month (a clock in GMT need give none; a version that slipped its day by one
    keeps the season).
    A month only the articles' days give picks no season against a zone named for one season ("7 Uhr MEZ" in May
    against "7:00 a.m. CET"): the press writes MEZ and CET for Central European time all year."""
    named = {z.month for z in zones if z.month is not None}
    if all(not z.month_said for z in zones if z.month is not None) and any(
            len(z.offsets) == 1 and not seasonless(z) for z in zones):
        return None
    if len(named) > 1 and not any(z.month_said for z in zones):
        # months only the articles' days give: a day its article settles by a written year or a weekday is the news
        # day, over one read from the article's first day ("am 28. Juli" of a fire against "Tuesday, October 13")
        settled = {z.month for z in zones if z.month is not None and z.day and not z.day.startswith(GUESSED_YEAR)}
        if len(settled) == 1:
            month = settled.pop()
            return Season(month, frozenset(z.day for z in zones if z.month == month and z.day))
    if len(named) != 1:
        return None
    return Season(named.pop(), frozenset(z.day for z in zones if z.month is not None and z.day))


@lru_cache(maxsize=None)
def _month_names(lang: str | None) -> "re.Pattern":
    """The language's month names (``months``), longest first, as whole words where the script spaces them."""
    r = rules_for(lang)
    names = sorted(r.months, key=len, reverse=True)
    if not names:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)" if r.word_boundaries else f"(?:{alt})", re.IGNORECASE)


def _month_of(word: str, lang: str | None) -> int | None:
    month = rules_for(lang).months.find(word)
    return month if isinstance(month, int) else None


def _season_pairs(xs: tuple[int, ...], ys: tuple[int, ...], season: Season | None = None) -> list[tuple[int, int]]:
    """The offsets two zones keep at one moment: winter with winter and summer with summer where both change
    their clocks (``[60, 120]`` against ``[120, 180]``: one hour apart, never two), else every pair; only those of
    the ``season`` (``_in_season``) where the sentences or their days give one."""
    xs, ys = _in_season(xs, season), _in_season(ys, season)
    return list(zip(xs, ys)) if len(xs) == len(ys) == 2 else [(x, y) for x in xs for y in ys]


def _same_moment(ma: int, mb: int, xs: tuple[int, ...], ys: tuple[int, ...],
                 season: Season | None = None) -> list[tuple[int, int]]:
    """The pairs of the two zones' offsets (``_season_pairs``) at which clocks ``ma`` and ``mb`` (minutes past
    midnight) are one moment."""
    return [(x, y) for x, y in _season_pairs(xs, ys, season) if (ma - x - (mb - y)) % DAY_MINUTES == 0]


def _one_zone_named(a: Claim, b: Claim, za: ClockZone, zb: ClockZone) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Both clocks' offsets where one sentence names a zone of known offsets and the other names none: that one
    is read in its press's home zone ("klockan 14.30" in a Swedish article, against "о 15:30 за київським
    часом"), or in the place's where the named one is local time (``LOCAL_AGAINST_NONE``); ((), ()) otherwise.
    Two clocks that name no zone are never read so: a translation copies its source's clock, and an hour between
    them is a slip."""
    if za.offsets and not zb.names_zone:
        return za.offsets, za.offsets if za.local else home_offsets(b)
    if zb.offsets and not za.names_zone:
        return zb.offsets if zb.local else home_offsets(a), zb.offsets
    return (), ()


def _gap(ma: int, mb: int) -> str:
    """How far apart two clocks are, the shorter way round the day ("1 hour", "2 h 30 min")."""
    d = min((ma - mb) % DAY_MINUTES, (mb - ma) % DAY_MINUTES)
    h, m = divmod(d, 60)
    return (f"{h} hour{'s' if h != 1 else ''}" if not m else f"{h} h {m} min" if h else f"{m} min")


# A clock whose sentence names no zone, against one that names a zone of known offsets, is read in its press's home
# zone or in the zone named (a translation keeps the place's clock); where neither makes one moment, they are two.
HOME_OR_NAMED = True

# A clock whose sentence names no zone, against one that names a zone, may also be the time of the place its
# sentence or its article's dateline names ("HANOÏ – ... à 14 h" against "0700 GMT"): a translation keeps it.
PLACE_OR_HOME = True

# A clock whose sentence names no zone, with the minutes of a bracketed restatement in UTC ("10:30 local time
# (08:30 GMT)"), is no copy of that restatement: it is read in its press's home zone.
RESTATEMENT_NOT_COPIED = True

# A clock whose press names its own home zone ("magyar idő szerint 11 órakor"), against the same figure in a press of
# another home zone that names none (ro "ora 11:00"), is no copy of it: the place is not in the zone named.
OWN_ZONE_NOT_COPIED = True

# A clock its sentence gives in local time, against one whose sentence names no zone, is one place's clock:
# an hour between them is a slip, not two zones (as two clocks each given in local time are).
LOCAL_AGAINST_NONE = True


def _place_in_zone(c: Claim, offsets: tuple[int, ...]) -> bool:
    """Does the clock's sentence, or its article's dateline, name a place kept in the zone of ``offsets``? Then the
    zone named is the place's too, which a version may copy without naming it."""
    countries, cities = _places(c.sentence or "", c.lang)
    if c.quantity.dateline:
        more = _places(c.quantity.dateline, c.lang)
        countries, cities = countries | more[0], cities | more[1]
    return any(set(o) & set(offsets) for o in cities) or any(set(country_offsets(k)) & set(offsets) for k in countries)


def judge_clocks(a: Claim, b: Claim) -> tuple[bool, str] | None:
    """Two times of day, by their zones: (agree, explanation), or None when the zones say nothing.

    Both zones known by their offsets: one moment exactly when their UTC times agree for some pair of the
    zones' offsets, modulo a day ("19:00 GMT" and "22:00 мск"; "21 heures à Paris", CET or CEST), else
    different moments ("01:48 بتوقيت غرينتش" and "00:48 GMT"). Otherwise the same minute past different hours
    ("21:20 GMT" and "凌晨5时20分") is one moment in two zones when one sentence names a zone (and, where that zone's
    offset is known, some zone keeps the offset the other clock would need: ``_kept_offset``), but not when both
    name the one zone ("10:15 BST" against "20:15 BST"), when the zone one names is the one the other's press tells
    its clocks in ("01.40 norsk tid" against a Hungarian "0 óra 40 perckor", both CET) or both say local time, nor
    on the hour or half hour ("13:00" and "14:00" are not assumed), nor twelve hours apart, where a version more
    likely slipped "a.m." for "p.m." ("12:40 p.m." against "00:40", each beside "23:40 GMT")."""
    ma, mb = clock_minutes(a), clock_minutes(b)
    if ma is None or mb is None:
        return None
    # an offset only its own restatement in UTC gives a local clock is no evidence against another clock: where they
    # differ, the restatement is compared with that clock itself ("8pm local time (20:00 GMT)" in Cairo: the GMT
    # figure is the wrong one, not the clock of the place); a clock that names no zone but its restatement's is read
    # as one that names none, in its press's home zone ("godz. 13.00 (9.00 UTC)" against "9 Uhr UTC" is CEST)
    za, zb = (replace(z, offsets=(), names_zone=z.local) if z.restated else z for z in (clock_zone(a), clock_zone(b)))
    season = _joint_season(za, zb)
    # sentences that name two months ("martes 16 de febrero, a las 11.30" against "mardi 16 mars, à 12 h 30") give no
    # one moment's season: each clock is read in its own month's
    own_seasons = season is None and len({z.month for z in (za, zb) if z.month_said and z.month is not None}) == 2
    if own_seasons:
        za, zb = (replace(z, offsets=_in_season(z.offsets, _season_of(z))) for z in (za, zb))
    elif season is None and SEASON_OF_ITS_OWN and any(
            len(x.offsets) == 1 and not seasonless(x) and len(y.offsets) == 2 and x.offsets[0] == max(y.offsets)
            for x, y in ((za, zb), (zb, za))):
        # a label named for the summer ("AEDT", "MESZ") gives the other clock no season, but a zone of two seasons
        # keeps the one its own day gives: "16h40 giờ Sydney" of 13 January is UTC+11, no 06:40 UTC beside "5.40pm
        # AEDT". A standard time's label ("MEZ", "CET") the press writes all year, so beside it the other keeps both
        za, zb = (replace(z, offsets=_in_season(z.offsets, _season_of(z))) if len(z.offsets) == 2 else z
                  for z in (za, zb))
    if za.offsets and zb.offsets:
        same = _same_moment(ma, mb, za.offsets, zb.offsets, season)
        if same:
            if ma == mb and any(x == y for x, y in same):
                return True, ""
            return True, (f"“{a.text}” ({za.word}) and “{b.text}” ({zb.word}) are both "
                          f"{utc_clock(ma - same[0][0])} UTC: one moment in two time zones")

        def utc(m: int, offsets: tuple[int, ...]) -> str:
            offsets = _in_season(offsets, season)
            return " or ".join(dict.fromkeys(utc_clock(m - o) for o in offsets)) + " UTC"
        return False, (f"different moments: “{a.text}” ({za.word}) is {utc(ma, za.offsets)}, "
                       f"“{b.text}” ({zb.word}) is {utc(mb, zb.offsets)}")
    oa, ob = _one_zone_named(a, b, za, zb)
    if own_seasons:
        oa, ob = _in_season(oa, _season_of(za)), _in_season(ob, _season_of(zb))
    if oa and ob:
        verdict = _home_against_named(a, b, za, zb, oa, ob, season)
        if verdict is not None:
            return verdict
    if not (za.names_zone or zb.names_zone):
        return None
    if za.abbreviations and za.abbreviations == zb.abbreviations:
        return None
    if not (za.abbreviations or zb.abbreviations) and za.local and zb.local:
        return None  # "3:15 a.m. local time" against "a las 5.15 hora local": one place's clock, an hour gone wrong
    if LOCAL_AGAINST_NONE and (za.local and not zb.names_zone or zb.local and not za.names_zone):
        return None  # "10:40 p.m. local time" against "a las 11:40 p. m.": a version that names no zone kept the
        # place's clock, as translations do; a press that converts to its own zone says so ("日本時間")
    if ma != mb and ma % 60 == mb % 60 and ma % 60 not in (0, 30) and (mb - ma) % 720:
        known = za.offsets or zb.offsets
        if known and not any(_kept_offset(o + (mb - ma if za.offsets else ma - mb)) for o in known):
            return None  # "5.45 p.m." against "05:45 இந்திய நேரப்படி": no zone keeps UTC-6:30, so it is no zone's
        return True, f"{a.value} and {b.value}: the same minute past the hour, in another time zone"
    return None


def _home_against_named(a: Claim, b: Claim, za: ClockZone, zb: ClockZone, oa: tuple[int, ...], ob: tuple[int, ...],
                        season: Season | None) -> tuple[bool, str] | None:
    """``judge_clocks`` where one sentence names a zone of known offsets and the other names none (``oa``, ``ob``:
    their offsets by ``_one_zone_named``): the zoneless clock is read in its press's home zone, or as the place's."""
    ma, mb = clock_minutes(a), clock_minutes(b)
    (home, named), named_zone, home_zone = ((b, a), za, zb) if za.offsets else ((a, b), zb, za)
    word, kept = named_zone.word, named_zone.offsets
    home_zone_name = rules_for(home.lang).data.get("home_time_zone")  # none where the named zone is local time
    if ma == mb and RESTATEMENT_NOT_COPIED and _restates_clock(named) and kept == (0,) \
            and not _same_moment(ma, mb, oa, ob, season):
        # sk "o 8.30 h" against "10:30 local time (08:30 GMT)": a version that names no zone keeps its press's
        # clock or the place's, not the figure a bracket restates for readers elsewhere
        return False, (f"“{home.text}”, read as {home_zone_name} since its sentence names no zone, is not "
                       f"“{named.text}” ({word}), which restates another clock of its sentence")
    if ma == mb and OWN_ZONE_NOT_COPIED:
        when = season or _season_of(named_zone)  # "BST" is no German press's own zone though CET keeps +1 in winter
        if (not named_zone.local and set(_in_season(kept, when)) == set(_in_season(home_offsets(named), when))
                and not _place_in_zone(named, kept) and not _same_moment(ma, mb, oa, ob, season)):
            # hu "magyar idő szerint 11 órakor" against ro "ora 11:00": a press that names its own zone has told the
            # moment for its readers; the same figure in a press of another zone, naming none, is that press's clock
            return False, (f"“{home.text}”, read as {home_zone_name} since its sentence names no zone, is not "
                           f"“{named.text}” ({word}), a clock its press tells in its own zone")
    if ma == mb:
        return None
    same = _same_moment(ma, mb, oa, ob, season)
    zone = "the local time" if named_zone.local else home_zone_name
    if same:
        return True, (f"“{a.text}” and “{b.text}” are both {utc_clock(ma - same[0][0])} UTC, reading “{home.text}”, "
                      f"whose sentence names no zone, as {zone}: one moment in two time zones")
    place = _in_season(_local_offsets(home) or _dateline_offsets(home), season or _season_of(home_zone)) \
        if PLACE_OR_HOME else ()
    if place and _same_moment(ma, mb, *((place, kept) if home is a else (kept, place)), season):
        # fr "HANOÏ – ... à 14 h" against "0700 GMT": the clock of the place its sentence or dateline names
        return True, (f"“{home.text}”, whose sentence names no zone, is the time of the place it names, "
                      f"one moment with “{named.text}” ({word})")
    if oa == ob:  # the zone named is the one the other press tells its clocks in: no other zone explains them
        return False, (f"“{named.text}” ({word}) and “{home.text}”, read as {zone} since its sentence names no "
                       f"zone, are one zone's clocks {_gap(ma, mb)} apart")
    if HOME_OR_NAMED and not _same_moment(ma, mb, kept, kept, season):
        # a clock whose sentence names no zone is its press's (no moment in common) or the place's, copied as
        # the other names it (no minute in common): no third zone is guessed for it
        return False, (f"“{named.text}” ({word}) and “{home.text}”, whose sentence names no zone, are "
                       f"{_gap(ma, mb)} apart, read as {zone} or as {word}")
    return None


@lru_cache(maxsize=1)
def _kept_offsets() -> frozenset[int]:
    """Every UTC offset, in minutes, some zone of the IANA time-zone database keeps in January or July."""
    return frozenset(o for name in zoneinfo.available_timezones() for o in (_seasonal_offsets(name) or ()))


def _kept_offset(minutes: int) -> bool:
    """Does some zone keep this UTC offset (taken round the day into -12 h .. +14 h)? Without a time-zone
    database every offset is taken as kept."""
    kept = _kept_offsets()
    minutes = (minutes + 720) % DAY_MINUTES - 720
    return not kept or minutes in kept or minutes + DAY_MINUTES in kept


def _nearest_in_sentence(y: Claim, wanted, sentence_figures: dict[tuple[str, int], list[Claim]]) -> Claim | None:
    """The claim of ``y``'s sentence, other than ``y``, that ``wanted`` accepts and that stands nearest to it; one
    inside the same brackets as ``y``, or outside all as it is, first ("11:47 p.m. on Friday, Aug. 14 (0447 GMT on
    Saturday)": Friday's clock is 11:47 p.m., not the bracketed one beside it)."""
    found = [o for o in sentence_figures.get((y.article, y.sentence_index), []) if o.id != y.id and wanted(o)]
    mine = _bracket_of(y)
    found = [o for o in found if _bracket_of(o) == mine] or found
    return min(found, key=lambda o: abs(o.start - y.start), default=None)


def _restates_clock(c: Claim) -> bool:
    """Is the clock a bracketed restatement of a figure before its brackets ("10:30 local time (08:30 GMT)")?"""
    span = _bracket_of(c)
    return span is not None and bool(_FIGURE.search(c.sentence or "", 0, span[0]))


def _bracket_of(c: Claim) -> tuple[int, int] | None:
    """The span of the bracketed aside of its sentence that holds the claim; None outside all."""
    at = c.start - c.sentence_start
    return next(((lo, hi) for lo, hi in _bracketed(c.sentence or "") if lo <= at < hi), None)


def _days_with_clocks(a: Claim, b: Claim, sentence_figures: dict[tuple[str, int], list[Claim]]) -> str | None:
    """Two days, or two times of day, that differ as one moment told in two time zones: each sentence states
    a day and a clock time, and the two (day, time) pairs lie a whole or half number of hours apart, at most
    14 h ("21:20 GMT on Wednesday, March 11" and "12日午前6時20分", 9 h later), and where both clocks' zones are
    known by their offsets, exactly the hours between those zones. The same clock time on another day ("09:30
    on Sunday" against "9h30 le samedi", 24 h), no clock time at all, or two sentences that name no zone ("at 9pm
    on Wednesday, March 11" against "jam 9 pagi, Khamis, 12 Mac": a translation keeps its source's clock) stay a
    conflict."""
    if a.article == b.article:
        return None
    if names_a_day(a) and names_a_day(b):
        days = (a, b)
        clocks = tuple(_nearest_in_sentence(x, lambda o: clock_minutes(o) is not None, sentence_figures)
                       for x in (a, b))
    elif clock_minutes(a) is not None and clock_minutes(b) is not None:
        clocks = (a, b)
        days = tuple(_nearest_in_sentence(x, names_a_day, sentence_figures) for x in (a, b))
    else:
        return None
    if None in clocks or None in days:
        return None
    shift = day_shift(*days)
    if not shift:
        return None
    offset = shift * DAY_MINUTES + clock_minutes(clocks[1]) - clock_minutes(clocks[0])
    if offset == 0 or abs(offset) > TIME_ZONE_REACH or offset % TIME_ZONE_STEP:
        return None
    za, zb = clock_zone(clocks[0]), clock_zone(clocks[1])
    if not (za.names_zone or zb.names_zone):
        return None
    # both clocks' zones known, or one named and the other its press's: the hours between must be theirs ("23:00
    # GMT" is no "07:00 JST")
    oa, ob = (za.offsets, zb.offsets) if za.offsets and zb.offsets else _one_zone_named(*clocks, za, zb)
    if (za.local and not zb.names_zone) or (zb.local and not za.names_zone):
        # a clock that names no zone against local time: the place's, or its press's told without saying; where the
        # place's offset and the press's are both known, the hours between must be one of theirs ("2 a.m. local
        # time" under "SAPPORO, Japan -" against ko "오후 2시": Japan's or Korea's clock, 12 hours is neither)
        local_a = za.local and not zb.names_zone
        place = (za if local_a else zb).offsets
        press = home_offsets(clocks[1] if local_a else clocks[0])
        if place and press:
            told = set(place) | set(press)
            pairs = [(x, y) for x in place for y in told] if local_a else [(x, y) for x in told for y in place]
            if all(offset != y - x for x, y in pairs):
                return None
        oa = ob = ()
    pairs = _season_pairs(oa, ob, _joint_season(za, zb)) if oa and ob else []
    if oa and ob and all(offset != y - x for x, y in pairs):
        ma, mb = clock_minutes(clocks[0]), shift * DAY_MINUTES + clock_minutes(clocks[1])
        if days == (a, b) and any((ma - x) // DAY_MINUTES == (mb - y) // DAY_MINUTES and abs(offset - (y - x)) <= 60
                                  for x, y in pairs):
            # "Monday, March 16, at 18:30 local time (16:30 GMT)" against "北京时间3月17日凌晨1时30分": one day in UTC,
            # the clocks an hour apart, judged as clocks; twelve hours apart ("1pm on Monday, June 15" against
            # "Montag, 16. Juni, um 1 Uhr nachts") the day slipped with the half of the day
            return (f"“{days[0].text}” at {clocks[0].value} and “{days[1].text}” at {clocks[1].value} fall on one "
                    f"day in UTC: the day differs by the time zones")
        return None
    return (f"“{days[0].text}” at {clocks[0].value} and “{days[1].text}” at {clocks[1].value} are "
            f"{abs(offset) / 60:g} hours apart: one moment in two time zones")


def known_apart(o: Claim, y: Claim) -> bool:
    """Are two clocks' zones both known by their offsets and apart in every season ("16 czasu kijowskiego" is no
    restatement of "16 hodin SEČ")? A clock whose sentence names no zone is in its press's home zone, unless the
    other is local time, which a version may copy as the place's clock (``LOCAL_AGAINST_NONE``): hi "सुबह 5:30 बजे"
    is no restatement of "5.30 am GMT"."""
    zo, zy = clock_zone(o), clock_zone(y)
    if zo.local and zy.local and (zo.restated or zy.restated):
        return False  # one place's clock, whatever offset a restatement in UTC gives it
    # a clock whose offset only its own restatement gives ("2:30 p.m. (13:30 GMT)") is known by no zone of its own:
    # where the restatement is the wrong figure, the clock is still the others' ("14.30 (12.30 GMT)")
    zo, zy = (replace(z, offsets=()) if z.restated and not z.local else z for z in (zo, zy))
    # a bracketed clock is a restatement, in a zone the data may not know ("(20:00 שעון מרכז אירופה)")
    yo = zy.offsets or (home_offsets(y) if not (zy.names_zone or zo.local or _bracket_of(y)) else ())
    return bool(zo.offsets and yo) and all(
        a != b for a, b in _season_pairs(zo.offsets, yo, _joint_season(zo, zy)))


def misconverted(o: Claim, x: Claim) -> bool:
    """Are two clocks of one sentence each in a zone of its own, both known by their offsets, and no moment in common
    ("10.00 Tehran time (TSİ 10.30)": 06:30 and 07:30 UTC)? Then the sentence restates no moment, and excuses no
    other clock."""
    mo, mx = clock_minutes(o), clock_minutes(x)
    zo, zx = clock_zone(o), clock_zone(x)
    return bool(zo.offsets and zx.offsets) and zo.word != zx.word and mo is not None and mx is not None and \
        not _same_moment(mo, mx, zo.offsets, zx.offsets, _joint_season(zo, zx))


def _restated_in_zone(a: Claim, b: Claim, sentence_figures: dict[tuple[str, int], list[Claim]]) -> str | None:
    """Two clock times a whole or half number of hours apart (at most 14 h), where the sentence of one names a time
    zone and itself states the other's clock time too: the article gives the moment in two zones ("at 9 p.m.
    Finnish time (8 p.m. CET)"), and the other version kept one of them ("kello 21 Suomen aikaa"), on the hour as
    well (``judge_clocks`` leaves whole hours to this). A clock that neither sentence states twice stays a
    conflict ("21.00 waktu Finlandia (20.00 CET)" changed to 22.00 against the English pair), and so do two clocks
    each given as local time ("11 a.m. local time (1000 GMT)" against "10 heures, heure locale"), and a local clock
    against one that names no zone (``LOCAL_AGAINST_NONE``), whatever the local clock's sentence restates."""
    ma, mb = clock_minutes(a), clock_minutes(b)
    if ma is None or mb is None or ma == mb:
        return None
    offset = min((ma - mb) % DAY_MINUTES, (mb - ma) % DAY_MINUTES)
    if offset > TIME_ZONE_REACH or offset % TIME_ZONE_STEP:
        return None
    za, zb = clock_zone(a), clock_zone(b)
    if za.local and zb.local:
        return None  # both say local time: one place, and an hour went wrong whatever else a sentence restates
    for x, y, my, zx, zy in ((a, b, mb, za, zb), (b, a, ma, zb, za)):
        if LOCAL_AGAINST_NONE and zx.local and not zy.names_zone:
            continue  # "14:00 по местному времени (15:00 мск)" against et "kell 15": the zoneless clock is the local one
        own = sentence_figures.get((x.article, x.sentence_index), [])
        # the two in one sentence restate each other only with one in brackets ("9 p.m. ... (8 p.m. CET)");
        # "20:15 BST" and "10:15 BST" said apart stay an hour gone wrong
        bracketed = any(re.search(r"[(（]\s*" + re.escape(z.text), x.sentence or "") for z in (x, y))
        if zx.names_zone and any(o.id != x.id and (o.id != y.id or bracketed) and clock_minutes(o) == my
                                 and not known_apart(o, y) and not misconverted(o, x)
                                 and not zone_named_apart(x, y, o) for o in own):
            return f"“{x.text}” is given in its sentence at {y.value} too: one moment in two time zones"
    return None


def _zone_word_offsets(c: Claim, zone: ClockZone) -> tuple[int, ...]:
    """The offsets of the clock's own zone word ("GMT", "北京时间"), where that word names them; () for local time
    and for a country's time read from its name ("quando in Italia erano le 11.40")."""
    if zone.local or not zone.word:
        return ()
    return tuple(rules_for(c.lang).patterns["time_zone_offsets"].find(zone.word) or ())


def readers_moment(x: Claim, y: Claim) -> bool:
    """Is ``x`` a clock in its own press's home zone, named by its zone word ("9 h à Paris" in a French article), and
    one moment with ``y`` in a zone ``y`` names ("0700 GMT" in October)? A restatement for the press's readers of the
    place's clock beside it ("à 14 h (9 h à Paris)"); one in UTC ("godz. 13.00 (9.00 UTC)") is no such thing."""
    zx, zy = clock_zone(x), clock_zone(y)
    mx, my = clock_minutes(x), clock_minutes(y)
    ox, oy = _zone_word_offsets(x, zx), _zone_word_offsets(y, zy)
    if not (ox and oy) or mx is None or my is None or set(ox) != set(home_offsets(x)):
        return False
    return bool(_same_moment(mx, my, ox, oy, _joint_season(zx, zy)))


def zone_named_apart(x: Claim, y: Claim, o: Claim) -> bool:
    """Does ``y`` name a zone that ``o``, a clock of ``x``'s sentence, cannot be in? Both ``x``'s and ``y``'s zones
    named and known by their offsets, ``o``'s is ``x``'s moved by the minutes between them ("11:30 a.m. (0830 GMT)":
    its 11:30 is UTC+3), and no offset of ``y``'s zone is it: "11:30 بتوقيت غرينتش" is no restatement of that 11:30,
    which its own sentence puts at 08:30 GMT."""
    zx, zy = clock_zone(x), clock_zone(y)
    mo, mx = clock_minutes(o), clock_minutes(x)
    if not (_zone_word_offsets(x, zx) and _zone_word_offsets(y, zy)) or mo is None or mx is None:
        return False  # only a zone named by its zone word: local time's come from a place, a country's from its name
    return all((a + mo - mx - b) % DAY_MINUTES for a in zx.offsets for b in zy.offsets)


def _day_restated_across_midnight(a: Claim, b: Claim,
                                  sentence_figures: dict[tuple[str, int], list[Claim]]) -> str | None:
    """Two days one apart, where the sentence of one gives the other's day too, each with a clock, one of them in
    brackets: the article tells the moment on both sides of midnight ("às 23h40 de terça-feira, 15 de dezembro
    (00h40 de quarta-feira na capital belga)"), and the other version kept the second ("ás 00.40 horas do mércores
    16 de decembro"). A day its sentence states once stays a conflict."""
    if a.article == b.article or not (names_a_day(a) and names_a_day(b)) or day_shift(a, b) not in (1, -1):
        return None
    for x, y in ((a, b), (b, a)):
        own = sentence_figures.get((x.article, x.sentence_index), [])
        mine = _bracket_of(x)
        for o in own:
            theirs = _bracket_of(o)
            if o.id == x.id or not names_a_day(o) or theirs == mine or None not in (mine, theirs) \
                    or day_shift(o, y) != 0 or day_shift(x, o) not in (1, -1):
                continue
            if all(any(clock_minutes(k) is not None and _bracket_of(k) == where for k in own) for where in (mine, theirs)):
                return (f"“{x.text}” is given in its sentence as “{o.text}” too, across midnight in another time "
                        f"zone: one moment in two time zones")
    return None


def one_moment(a: Claim, b: Claim, sentence_figures: dict[tuple[str, int], list[Claim]]) -> str | None:
    """Why two days or clock times that differ are one moment in two time zones, read with the other claims
    of their sentences (``sentence_figures``: (article, sentence index) -> claims); None when they are not."""
    return (_days_with_clocks(a, b, sentence_figures) or _restated_in_zone(a, b, sentence_figures)
            or _day_restated_across_midnight(a, b, sentence_figures))
