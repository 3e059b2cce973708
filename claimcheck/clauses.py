"""The clause of a sentence that holds a figure, and the names it gives: what tells two figures of one sentence
apart where each clause names its own holder ("ESM holds 51 %, KESH 49 %"). Used by the comparison's crossed
pairings and the grouping (``names_pair``), and the countries it names, which keep the same measure of two countries two
facts (``features.place_clash``); plain text, no model. (As a term of the figure-slot assignment it changed
nothing on the held-out stories: where a version swaps two holders, the holder of one figure is often the
sentence's subject, outside the figure's clause; card round 26.)"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

import regex
from anyascii import anyascii

from claimcheck.records import Claim

# A clause of a sentence: what lies between its commas, semicolons, colons and dashes.
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s[—–]\s|[，；：、]")
# A name: a word of a cased script that starts with a capital (two letters or more).
# (``one_side``, asked by the comparison of a pairing that crossed) a pair of figures one of which has an acronym beside
# it in both versions and the other none: the acronym alone ties the pairing ("LNG 운반선 8척 … 컨테이너선 6척" against
# "6艘…LNG运输船 … 8艘…集装箱船"). Grouping does not ask it: two facts untangled by one name cost more than they gave
ONE_SIDE_NAMES = True
# a capitalised word; a Latin name ends where a script written without spaces goes on ("6艘17.4万立方米级LNG运输船")
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_NAME = re.compile(rf"(?<![^\W{_UNSPACED}])(?<!-)[^\W\d_a-z{_UNSPACED}](?:[^\W{_UNSPACED}]|-)+")


@lru_cache(maxsize=16384)
def _clause_of(sentence: str, at: int, length: int) -> tuple[int, int, tuple[tuple[str, int, int], ...]]:
    """The span of the clause holding ``sentence[at:at + length]`` and its names with their spans."""
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence) if m.end() <= at]
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(sentence, at + length)] + [len(sentence)]
    clause = sentence[starts[-1]:ends[0]]
    lead = len(clause) - len(clause.lstrip())
    names = tuple((m.group().lower(), starts[-1] + m.start(), starts[-1] + m.end()) for m in _NAME.finditer(clause)
                  if m.group()[0].isupper() and not (starts[-1] == 0 and m.start() == lead and len(m.group()) <= 4))
    return starts[-1], ends[0], names


def _names_around(sentence: str, at: int, length: int) -> frozenset[str]:
    return frozenset(name for name, _, _ in _clause_of(sentence, at, length)[2])


def clause_names(c: Claim) -> frozenset[str] | None:
    """The names (capitalised words, lower-cased) of the clause of ``c``'s sentence that holds its figure, a short
    first word of the sentence ("The", "Las") left out; None where the sentence is unknown."""
    at = c.start - c.sentence_start
    if not c.sentence or not 0 <= at <= len(c.sentence):
        return None
    return _names_around(c.sentence, at, len(c.text))


def same_name(x, y) -> bool:
    """Do two sets of names share one, written alike or with one stem ("Malaysia", "Malaysian"), or with one romanised
    stem: three consonants in two scripts ("Marseille", "Марселе"), four in Latin ("Kykladen", "Cyclades")?"""
    return any(u == v or (min(len(u), len(v)) >= 5 and u[:5] == v[:5]) or _romanised_alike(u, v)
               for u in x for v in y)


# Consonants of a romanised name that tie it across scripts: vowels, doubled letters and the spelling of one sound
# differ between romanisations ("Marseille", ru "Марселе" Marsele, "Warszawa", "Варшаве" Varshave).
SKELETON_TIE = 3
SKELETON_TIE_LATIN = 4
_SKELETON_SPELLING = str.maketrans({"w": "v", "c": "k", "q": "k"})


@lru_cache(maxsize=16384)
def _skeleton(name: str) -> tuple[bool, str]:
    """Whether ``name`` is written in Latin letters, and its consonants as anyascii romanises them."""
    latin = all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())
    letters = "".join(ch for ch in anyascii(name).lower() if "a" <= ch <= "z").translate(_SKELETON_SPELLING)
    consonants = re.sub(r"[aeiouy]", "", letters)
    return latin, re.sub(r"(.)\1+", r"\1", consonants)


def _romanised_alike(u: str, v: str) -> bool:
    (latin_u, sk_u), (latin_v, sk_v) = _skeleton(u), _skeleton(v)
    # two Latin spellings of one name differ by a letter for one sound ("Kykladen", "Cyclades"): one more consonant
    n = SKELETON_TIE if latin_u != latin_v else SKELETON_TIE_LATIN
    return min(len(sk_u), len(sk_v)) >= n and sk_u[:n] == sk_v[:n]


def own_names(c: Claim, others: Sequence[Claim]) -> frozenset[str]:
    """The names of ``c``'s clause that no clause of ``others`` (figures of its sentence) gives: its holder's. Where
    another figure stands in the same clause ("240 mm fell on Lysá hora and 118 mm in Ostrava-Poruba"), a name is
    the nearer figure's."""
    mine = clause_names(c) or frozenset()
    here = _span(c)
    for o in others:
        there = _span(o)
        if here is not None and there is not None and here[:2] == there[:2]:
            nearer_o = {name for name, lo, hi in here[2] if _nearer(lo, hi, o, c)}
            mine = mine - nearer_o
        else:
            mine = mine - (clause_names(o) or frozenset())
    return mine


def figure_countries(c: Claim, others: Sequence[Claim]) -> frozenset[str]:
    """The countries and regions ("Southeast Asia", "Europe") named beside ``c``'s figure in its clause, no other
    figure of ``others`` between: before it ("Shipments to China came to 5,600", ja "中国向けが8200台"), else after it
    ("5,600 to China"). Unlike ``own_names``, read through the country tables, so a pairing can be told across
    scripts."""
    span = _span(c)
    if span is None:
        return frozenset()
    lo, hi = span[0], span[1]
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    figure_before = False
    for o in others:
        o_at, o_end = o.start - o.sentence_start, o.end - o.sentence_start
        if o.id == c.id or o_end <= lo or o_at >= hi or (o_at < end and o_end > at):
            continue
        if o_end <= at:
            lo, figure_before = max(lo, o_end), True
        else:
            hi = min(hi, o_at)
    if figure_before:
        lo = _after_last_connector(c.sentence, lo, at, c.lang)
    before, after = c.sentence[lo:at], c.sentence[end:hi]
    return (countries_in(before, c.lang) | countries_in(before, c.lang, "regions")
            or countries_in(after, c.lang) | countries_in(after, c.lang, "regions"))


def _after_last_connector(sentence: str, lo: int, hi: int, lang: str | None) -> int:
    """Where the words of ``sentence[lo:hi]`` (between two figures) after its last list connector begin (``lo`` where
    none stands): what comes before "and" belongs to the figure before it ("four ships for Greece's Aegea and eight
    ships for Japan's Minato": Greece is the four ships', not the eight's)."""
    connectors = _connectors(lang)
    for m in _WORD.finditer(sentence, lo, hi):
        if m.group().lower() in connectors:
            lo = m.end()
    return lo


def _span(c: Claim) -> tuple[int, int, tuple[tuple[str, int, int], ...]] | None:
    """``_clause_of`` the claim's figure; None where its sentence is unknown."""
    at = c.start - c.sentence_start
    if not c.sentence or not 0 <= at <= len(c.sentence):
        return None
    return _clause_of(c.sentence, at, len(c.text))


# how near a figure, in characters, a name stands in the figure's own noun phrase ("eight LNG carriers", "LNG 운반선
# 8척", "6艘17.4万立方米级LNG运输船")
NAME_BESIDE = 12


def _acronyms_beside(c: Claim) -> frozenset[str]:
    """The acronyms of ``c``'s clause within ``NAME_BESIDE`` characters of its figure, on either side ("LNG", "TEU"):
    a label of what the figure counts. Not a name in lower case letters, a person or a place that is the sentence's
    subject ("Mohammed Shami took 5 wickets for 38 runs" against "Mohammed Shami 38 sayı vererek 5 wicket aldı"), nor
    one that opens the sentence ("AURIEL draws 232,000 fans to four-night Seoul stadium run")."""
    span = _span(c)
    if span is None:
        return frozenset()
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    opening = len(c.sentence) - len(c.sentence.lstrip())
    return frozenset(name for name, lo, hi in span[2]
                     if lo - end <= NAME_BESIDE and at - hi <= NAME_BESIDE and lo > opening
                     and c.sentence[lo:hi].isupper())


def clause_bounds(c: Claim) -> tuple[int, int] | None:
    """Where the clause holding the claim's figure begins and ends in its sentence; None where its sentence is
    unknown."""
    span = _span(c)
    return None if span is None else (span[0], span[1])


def _nearer(lo: int, hi: int, o: Claim, c: Claim) -> bool:
    """Is the name at ``lo:hi`` nearer the figure of ``o`` than that of ``c``? A list connector between a name and one
    figure only gives it to the other; else between two figures at one distance it is the one before it: the word on
    its other side joins the next figure ("до 43,6 градуса в Марселе и 41,2 градуса в Авиньоне")."""
    joined_o, joined_c = _joins(lo, hi, o), _joins(lo, hi, c)
    if joined_o != joined_c:  # "8,4 Millionen auf den Kykladen und 11,2 Millionen": "und" starts the next figure's part
        return joined_c
    gap_o, gap_c = _gap(lo, hi, o), _gap(lo, hi, c)
    return gap_o < gap_c or gap_o == gap_c and o.end - o.sentence_start <= lo and c.start - c.sentence_start >= hi


def _joins(lo: int, hi: int, c: Claim) -> bool:
    """Does a list connector (``list_connectors``: "und", "and", "y") stand between the name at ``lo:hi`` and the
    figure of ``c`` after it? Then the figure opens the next part of a list."""
    at = c.start - c.sentence_start
    return at >= hi and any(w in _connectors(c.lang) for w in c.sentence[hi:at].lower().split())


def _language_entry(lang: str | None, key: str, default):
    """``key`` of the language's table (read lazily: the tables load on first use), ``default`` where the language
    or the key is unknown."""
    from claimcheck.langdata import language_table

    try:
        return language_table(lang)[1].get(key, default)
    except Exception:
        return default


@lru_cache(maxsize=None)
def _connectors(lang: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in _language_entry(lang, "list_connectors", []))


def _gap(lo: int, hi: int, c: Claim) -> int:
    """Characters between a name at ``lo:hi`` of the sentence and the figure of ``c``."""
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    return max(at - hi, lo - end, 0)


@lru_cache(maxsize=None)
def _countries(lang: str | None, table: str = "countries") -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """The language's names of countries (``countries``, from CLDR; or of the world's regions, ``regions``): one-word
    names of a cased script by their stem (less the last letter, so inflected forms match: ru "Испании", de
    "Spaniens"), stems two countries share left out; longer names, and names in scripts without capitals, whole."""
    names = _language_entry(lang, table, {})
    stems: dict[str, set[str]] = {}
    whole = []
    for low, code in names.items():
        if " " in low or "-" in low or low == low.upper():
            whole.append((low, code))
        else:
            stems.setdefault(low[:max(4, len(low) - 1)], set()).add(code)
    return {s: next(iter(c)) for s, c in stems.items() if len(c) == 1}, tuple(whole)


def clause_countries(c: Claim) -> frozenset[str]:
    """The countries (CLDR codes) that the clause holding ``c``'s figure names."""
    span = _span(c)
    return frozenset() if span is None else countries_in(c.sentence[span[0]:span[1]], c.lang)


@lru_cache(maxsize=16384)
def countries_in(clause: str, lang: str | None, table: str = "countries") -> frozenset[str]:
    """The countries (CLDR codes) that a text names; with ``table="regions"``, the world's regions it names
    ("Southeast Asia" 035, "欧洲" 150) and no country."""
    stems, whole = _countries(lang, table)
    found = set()
    for m in _NAME.finditer(clause):
        w = m.group().lower()
        code = next((stems[w[:n]] for n in range(len(w), 3, -1) if w[:n] in stems), None)
        if code and m.group()[0].isupper():
            found.add(code)
    if whole:
        found.update(_whole_names_in(clause.lower(), lang, table))
    if table != "countries":
        return frozenset(found)
    abbreviations = _abbreviations(lang)
    for m in _ABBREVIATION.finditer(clause):
        code = abbreviations.get(m.group()) or abbreviations.get(m.group().rstrip("."))  # "the UAE."
        if code:
            found.add(code)
    return frozenset(found)


# a run of capitals and dots standing as a word ("UK", "U.S.", "UAE"), looked up as written
_ABBREVIATION = regex.compile(r"(?<![\p{L}\p{N}.])(?:\p{Lu}\.?){2,5}(?![\p{L}\p{N}\p{Sc}])")  # not "US$"


@lru_cache(maxsize=None)
def _abbreviations(lang: str | None) -> dict[str, str]:
    """``country_abbreviations`` (``common.json``, under every language; by hand: CLDR's short forms "UK", "US" are
    not in babel's tables), matched as written so that "US" is never the pronoun."""
    return dict(_language_entry(lang, "country_abbreviations", {}))


_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.-]*[\p{L}\p{M}]|[\p{L}\p{M}]")


@lru_cache(maxsize=None)
def _name_affixes(lang: str | None) -> tuple[regex.Pattern | None, regex.Pattern | None]:
    """``name_proclitic`` and ``name_ending``: what a language glues before a name (ar "وإيران") and after it
    (ko "한국의"), each compiled, None where the language glues nothing."""
    proclitic, ending = (_language_entry(lang, key, None) for key in ("name_proclitic", "name_ending"))
    return (regex.compile(proclitic) if proclitic else None), (regex.compile(ending) if ending else None)


@lru_cache(maxsize=None)
def _whole_tables(lang: str | None, table: str = "countries"
                  ) -> tuple[dict[str, str], tuple[tuple[str, str], ...], int]:
    """The names ``_countries`` keeps whole: those of spaced scripts by their words (with the most words a name
    has), those of scripts written without spaces (zh, ja, th) apart, to be found anywhere in a text."""
    spaced, unspaced = {}, []
    for name, code in _countries(lang, table)[1]:
        if _UNSPACED.search(name):
            unspaced.append((name, code))
        else:
            spaced[" ".join(_WORD.findall(name))] = code
    return spaced, tuple(unspaced), max((k.count(" ") + 1 for k in spaced), default=0)


def _whole_names_in(low: str, lang: str | None, table: str = "countries") -> set[str]:
    """Codes of the whole names a lower-cased text holds: runs of its words (a word may carry what the language
    glues to a name, ``_name_affixes``), and names of unspaced scripts anywhere."""
    spaced, unspaced, longest = _whole_tables(lang, table)
    proclitic, ending = _name_affixes(lang)
    found = {code for name, code in unspaced if name in low}
    words = _WORD.findall(low)
    for i, first in enumerate(words):
        for n in range(1, min(longest, len(words) - i) + 1):
            code = spaced.get(" ".join(words[i:i + n]))
            if code is None and n == 1 and proclitic is not None:
                code = spaced.get(proclitic.sub("", first, count=1))
            if code is None and n == 1 and ending is not None:
                code = next((spaced[first[:k]] for k in range(len(first) - 1, 1, -1)
                             if first[:k] in spaced and ending.fullmatch(first, k)), None)
            if code:
                found.add(code)
    return found


def names_pair(a: Claim, a2: Claim, b: Claim, b2: Claim, one_side: bool = False) -> bool | None:
    """Two figures of one sentence (``a`` and ``a2`` beside it) against two of another version's (``b``, ``b2``): do
    the names their clauses give pair ``a`` with ``b`` (True) or with ``b2`` (False)? ("ESM 51 %, KESH 49 %" against
    "ESM 49 %, KESH 51 %": each figure's clause names something of its own, and a figure's clause names the holder its
    counterpart's does.) None where the names cannot tell. The comparison asks it of a pairing whose figures cross
    (True: the version swapped them); the grouping of two facts the names cross (``group.untangle_named_pairs``)."""
    if any(clause_names(c) is None for c in (a, a2, b, b2)):
        return None
    own = [own_names(a, [a2]), own_names(a2, [a]), own_names(b, [b2]), own_names(b2, [b])]
    clause_own = list(own)
    for k, (x, x2) in ((0, (a, a2)), (2, (b, b2))):
        if not (own[k] and own[k + 1]) and x.sentence_index == x2.sentence_index and x.article == x2.article:
            lead, lead2 = _leading_names(x, x2), _leading_names(x2, x)
            own[k:k + 2] = lead - lead2, lead2 - lead
    one_sided = False
    if not all(own) and one_side and ONE_SIDE_NAMES:
        # only an acronym beside its figure, in its noun phrase: a sentence's subject before its first figure
        # ("Lumensia drew 198,000 spectators to three concerts", "ルメンシア（LUMENSIA）が…3回の公演に…19万8000人") ties nothing
        beside = [names & _acronyms_beside(x) for names, x in zip(clause_own, (a, a2, b, b2))]
        one_sided = bool((beside[0] or beside[1]) and (beside[2] or beside[3]))
        if one_sided:
            own = beside
    if all(own) or one_sided:
        tied = same_name(own[0], own[2]) or same_name(own[1], own[3])
        crossed = same_name(own[0], own[3]) or same_name(own[1], own[2])
        if tied != crossed:
            return tied
    return _country_pair(a, a2, b, b2)


def _leading_names(c: Claim, other: Claim) -> frozenset[str]:
    """The names written before ``c``'s figure, across commas: from the sentence's start where ``other``'s figure
    comes after it, else from the end of ``other``'s clause. The holder a figure's clause leaves to an apposition
    before it ("La Terminal Timbúes Sur, de Agroexport Paraná, embarcó 1,35 millones de toneladas, y la Terminal San
    Lorenzo Norte, de Oleaginosas Carcarañá, 980.000 toneladas"); what follows the first figure in its own clause
    is its own ("4,300 older Danes in hospital, and 310 of them died")."""
    at, o_at = c.start - c.sentence_start, other.start - other.sentence_start
    if not c.sentence or not 0 <= at <= len(c.sentence) or not 0 <= o_at <= len(c.sentence):
        return frozenset()
    if o_at < at:
        return _names_in(c.sentence, min(at, _clause_of(c.sentence, o_at, len(other.text))[1]), at)
    return _names_in(c.sentence, 0, at)


def _names_in(sentence: str, lo: int, hi: int) -> frozenset[str]:
    """The names of ``sentence[lo:hi]``, a short first word of the sentence left out."""
    part = sentence[lo:hi]
    lead = len(part) - len(part.lstrip())
    return frozenset(m.group().lower() for m in _NAME.finditer(part)
                     if m.group()[0].isupper() and not (lo == 0 and m.start() == lead and len(m.group()) <= 4))


def _country_pair(a: Claim, a2: Claim, b: Claim, b2: Claim) -> bool | None:
    """``names_pair`` by the countries named beside the figures (``figure_countries``, each figure's own: not also
    beside its neighbour), which ties a pairing across scripts ("to China 5,600 units" against "中国向けが8200台"):
    the version swapped the figures (True), the pairing crossed (False), or None where the countries cannot tell.
    Only between figures of one unit: where the units differ, the pairing that keeps them tells (``_aligned_swap``)."""
    if not a.unit == a2.unit == b.unit == b2.unit:
        return None
    ca, ca2 = figure_countries(a, [a2]), figure_countries(a2, [a])
    cb, cb2 = figure_countries(b, [b2]), figure_countries(b2, [b])
    own = [ca - ca2, ca2 - ca, cb - cb2, cb2 - cb]
    # each of the two figures must have a holder of its own in some version, a country or a name ("North America"):
    # a country before the first figure alone may be the whole clause's ("to Duisburg in Germany has been cut to 12
    # days from 16 to 18 days", "由原来的16至18天缩短至12天")
    if not (own[0] or own[2] or own_names(a, [a2]) or own_names(b, [b2])) or \
            not (own[1] or own[3] or own_names(a2, [a]) or own_names(b2, [b])):
        return None
    tied = bool(own[0] & own[2] or own[1] & own[3])
    crossed = bool(own[0] & own[3] or own[1] & own[2])
    return tied if tied != crossed else None
