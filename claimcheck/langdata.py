"""Load the per-language number grammar in ``claimcheck/lang/<lang>.json`` and compile it.

Everything language-specific the extractor knows (scale words, currency names,
number words, qualifiers, units, separators, months, weekdays, ratio and range
connectors, conversion markers, date patterns) lives in those JSON tables;
``common.json`` holds what every language shares (currency symbols, unit
symbols, garbled placeholders).  Adding a language means adding a table, not
code.  Tables are merged (common first, language second), compiled into
``regex`` patterns once and cached per language.

Unknown or missing languages fall back to English rules plus the common ones,
so an article whose language could not be identified still gets its digits,
symbols and percentages read.
"""
from __future__ import annotations

import atexit
import contextlib
import json
import os
import pickle
import sys
import tempfile
import threading
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from claimcheck.quantities import unit_dimension

LANG_DIR = Path(__file__).with_name("lang")
DEFAULT_LANG = "en"

# A decimal digit of any script (Unicode Nd): ASCII, full-width (CJK), Devanagari (hi), Bengali (bn), Arabic-Indic (ar,
# fa/ur), Thai (th "๑๒ คน")...; ``numbers.normalise_digits`` reads each as its ASCII digit.
DIGIT = r"[\p{Nd}]"
# A Latin/Cyrillic/Greek letter glued to a number makes it part of a name (GPT-3, A380, HX-D4).
# A Devanagari letter makes a code only through a hyphen (hi "कोविड-19", "चंद्रयान-3"), see ``lead_full``.
NAME_LETTER = r"[\p{Latin}\p{Cyrillic}\p{Greek}]"


class UnknownLanguage(ValueError):
    """A language code with no table in ``claimcheck/lang/``; the message lists the supported ones."""

    def __init__(self, lang: str):
        self.lang = lang
        self.supported = supported_languages()
        super().__init__(f"unknown language {lang!r}; supported: {', '.join(self.supported)}")


@lru_cache(maxsize=1)
def _language_files() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.json") if p.stem != "common"))


def supported_languages() -> list[str]:
    """The language codes claimcheck reads numbers in: one per table in ``claimcheck/lang/``."""
    return list(_language_files())


available_languages = supported_languages  # the older name


def language_data(lang: str) -> dict[str, Any]:
    """The raw table of one language (no common layer, not compiled): for language identification."""
    return _raw(lang)


def sentence_abbreviations(lang: str | None) -> list[dict[str, Any]]:
    """The sentence splitter's abbreviation tables for ``lang``: the shared one, then the language's."""
    tables = [_raw("common").get("sentence_abbreviations", {})]
    if lang:
        tables.append(_raw(lang).get("sentence_abbreviations", {}))
    return tables


@lru_cache(maxsize=1)
def scope_words() -> dict[str, list[str]]:
    """Scope name -> lower-case substrings, over every language ("quarter": ["quarter", "trimestre", "분기"]):
    words that tie a figure to a period or a previous state (read by the matcher)."""
    merged: dict[str, list[str]] = {}
    for name in ("common", *_language_files()):
        for scope, words in _raw(name).get("scope_words", {}).items():
            merged.setdefault(scope, [])
            merged[scope] += [w for w in words if w not in merged[scope]]
    return merged


@lru_cache(maxsize=1)
def page_chrome_classes() -> frozenset[str]:
    """Lower-case words that, in a class name or id of a news page's element, mark chrome around the article
    (a byline, dateline or related-article box: "byline", es "firma", it "correlati"), over every language: the
    page is read before its language is known (``read``)."""
    return frozenset(w.lower() for name in ("common", *_language_files())
                     for w in _raw(name).get("page_chrome_classes", []))


def region_of(code: str | None) -> str | None:
    """The region a language code names, upper-cased: 'es-CL' -> 'CL', 'pt_br' -> 'BR', 'zh-Hant-TW' -> 'TW',
    'es-419' -> '419'; None for a bare language ('es') or none at all."""
    if not code:
        return None
    for tag in code.strip().replace("_", "-").split("-")[1:]:
        if (len(tag) == 2 and tag.isalpha()) or (len(tag) == 3 and tag.isdigit()):
            return tag.upper()
    return None


def locale_code(lang: str | None, region: str | None) -> str | None:
    """The code whose table ``rules_for`` reads for a language and region ('es', 'CL' -> 'es-CL'); the language
    alone without a region or when the code already names one."""
    if not lang or not region or region_of(lang):
        return lang
    return f"{lang}-{region}"


def base_language(code: str | None) -> str | None:
    """'pt-BR' -> 'pt', 'ZH_Hans' -> 'zh'; None or '' -> None."""
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower() or None
    return _code_aliases().get(base, base)


@lru_cache(maxsize=1)
def _code_aliases() -> dict[str, str]:
    """Other codes of a table's language (``code_aliases``: tl "fil", the ISO 639-2 code of Filipino)."""
    return {alias: name for name in _language_files() for alias in _raw(name).get("code_aliases", [])}


def get_language(code: str) -> "LangRules":
    """Compiled rules of a supported language ("es", "pt-BR"); ``UnknownLanguage`` for any other code.

    ``rules_for`` is the lenient twin used on articles whose language could not be identified."""
    base = base_language(code)
    if base not in _language_files():
        raise UnknownLanguage(code)
    return rules_for(code)


@lru_cache(maxsize=None)
def _raw(name: str) -> dict[str, Any]:
    path = LANG_DIR / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as exc:  # a broken table is a developer error: say which file
        raise ValueError(f"{path}: invalid JSON: {exc}") from exc


_LEAD = r"(?<![\p{L}\p{M}])"  # a word starts here: no letter or mark before it
_PAIR_WORD = r"(?:[^\s.!?;:]|(?<=\d)\.(?=\d))+"  # a word, or a figure with its point
_TRAIL = r"(?!\w)"  # a word ends here: no word character after it


def _body(p: str) -> str:
    """One literal phrase as a pattern without boundaries: spaces match any whitespace."""
    return regex.escape(p).replace(r"\ ", r"\s+")


def _bounds(p: str, boundary: bool) -> tuple[bool, bool]:
    """Whether the phrase needs a word boundary before it and after it (words do, symbols do not); a word may end
    in a combining vowel sign (hi "आधा" half, "फीसदी"), which is no symbol: "आधार" (basis) holds no "आधा"."""
    return boundary and p[0].isalnum(), boundary and (p[-1].isalnum() or unicodedata.category(p[-1])[0] == "M")


def _with_proclitics(qualifiers: dict[str, str], proclitics: dict[str, int]) -> dict[str, str]:
    """A qualifier word with a `glued_proclitics` conjunction or preposition written onto it (ar "**و**أكثر من 3.5
    مليون", "**ب**نحو 20 %", "**ل**أكثر من عامين") is that qualifier; a form the table lists keeps its own reading."""
    grown = {glue + word: reading for glue in proclitics for word, reading in qualifiers.items() if word[:1].isalpha()}
    return {**grown, **qualifiers}


def _glued_qualifier_lead(alt: str, r, d: dict) -> str:
    """he "כשלושה" (about three), "כמיליון", "כמחצית": a `glued_qualifiers` proclitic (a `qualifiers_before`
    entry) written onto a number or fraction word, which then starts after it; the qualifier is read before it
    as a spaced one is. Not before a word of one ("כאחד": alike, "כאחד מ": as one of)."""
    glued = d.get("glued_qualifiers", [])
    proclitics = d.get("glued_proclitics", {})
    if not glued and not proclitics:
        return alt
    leads = [_LEAD]
    if glued:
        ones = [w for w, v in r.number_words.items() if v == 1]
        not_one = ("(?!" + _alternation(ones, boundary=False) + r"(?![\p{L}]))") if ones else ""
        leads.append(rf"(?<={_LEAD}{_alternation(glued, boundary=False)}){not_one}")
    # ar "بست درجات" (by six degrees), "لثلاثة أيام": a preposition or conjunction written onto the number word,
    # which then starts after it; each proclitic with the fewest letters the word after it must have (ar "لست",
    # "I am not", and "وست" of "وست هام" are no six)
    for n in sorted(set(proclitics.values())):
        group = [c for c, m in proclitics.items() if m == n]
        leads.append(rf"(?<={_LEAD}{_alternation(group, boundary=False)})(?=\p{{L}}{{{int(n)}}})")
    return alt.replace(_LEAD, "(?:" + "|".join(leads) + ")")


def _longest_first(phrases) -> list[str]:
    """Longest first; phrases of one length in code-point order, so a pattern is the same text in every
    process (what the pattern store is keyed by; which of two same-length phrases comes first changes no
    match: both match only the same text)."""
    return sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))


def _runs(items: list[str], key) -> list[tuple[Any, list[str]]]:
    """Consecutive items with the same ``key(item)``, in order: [(key, [items...]), ...]."""
    runs: list[tuple[Any, list[str]]] = []
    for item in items:
        k = key(item)
        if runs and runs[-1][0] == k:
            runs[-1][1].append(item)
        else:
            runs.append((k, [item]))
    return runs


def _factored(lead: bool, trail: bool, phrases: list[str]) -> str:
    """``lead (?:p1|p2|...) trail``: the boundaries of a run of phrases written once, not once per phrase.

    The same pattern as the phrases' own alternation, in the same order (a failing boundary after ``p1``
    backtracks into ``p2`` as before); several times faster to compile, with a tenth of the lookarounds."""
    alt = "|".join(_body(p) for p in phrases)
    if len(phrases) > 1 and (lead or trail):
        alt = f"(?:{alt})"
    return (_LEAD if lead else "") + alt + (_TRAIL if trail else "")


def article_measure_units(r) -> list[str]:
    """Unit words of length, mass, area or volume an article may stand before as one of them, where a language gives an
    ``article_measure_context`` ("about a mile away", "knapp einen Kilometer", "un litre et demi"; the scanner checks the context);
    not a word that is also money ("less than a pound")."""
    if not r.data.get("article_measure_context"):
        return []
    ambiguous = {fold(w) for w in r.data.get("ambiguous_units", {})}
    return [w for w, u in r.units.items() if isinstance(u, str) and len(w) > 2 and fold(w) not in ambiguous
            and r.currency_after.find(w) is None and (unit_dimension(u) or ("",))[0] in ("length", "mass", "area", "volume")]


def _alternation(phrases, boundary: bool, flags_i: bool = True) -> str:
    """Longest-first alternation of literal phrases; words get letter boundaries, symbols do not."""
    items = _longest_first(phrases)
    if not items:
        return "(?!)"
    alt = "|".join(_factored(*bounds, run) for bounds, run in _runs(items, lambda p: _bounds(p, boundary)))
    return f"(?i:{alt})" if flags_i else f"(?:{alt})"


def _mixed(mapping, boundary: bool) -> str:
    """Longest-first alternation where short/upper-case entries match case exactly, the rest ignore case."""
    items = _longest_first(mapping)
    if not items:
        return "(?!)"
    parts = []
    for (exact, *bounds), run in _runs(items, lambda k: (len(k) <= 2 or k.isupper(), *_bounds(k, boundary))):
        body = _factored(*bounds, run)
        parts.append(body if exact else f"(?i:{body})")
    return "(?:" + "|".join(parts) + ")"


def fold(text: str) -> str:
    """Lower case for lookups; the Turkish dotted capital "İ" lowers to "i" (Python gives "i" plus a combining dot)."""
    return text.replace("İ", "i").lower()


class Lookup(dict):
    """A phrase table looked up exactly, then case-insensitively with whitespace collapsed."""

    def __init__(self, mapping: dict[str, Any]):
        super().__init__(mapping)
        self.folded = {" ".join(fold(k).split()): v for k, v in mapping.items()}
        self.first_words = frozenset(k.split()[0] for k in self.folded if k)  # cheap test before a lookup

    def unspaced(self) -> dict[str, Any]:
        """The phrases folded with their spaces taken out -> the phrase as the table writes it, for scripts that
        write words unspaced ("홍콩 달러" as "홍콩달러"); built on first use."""
        if not hasattr(self, "_unspaced"):
            self._unspaced = {fold(k).replace(" ", ""): k for k in self}
            self.longest_unspaced = max(map(len, self), default=0)
        return self._unspaced

    def find(self, phrase: str, default=None):
        if phrase in self:
            return self[phrase]
        return self.folded.get(" ".join(fold(phrase).split()), default)


@dataclass
class LangRules:
    """One language's compiled grammar: lookups plus the patterns the scanner runs."""

    lang: str
    data: dict[str, Any]
    word_boundaries: bool  # words are delimited: phrases need letter boundaries (not zh/ja, nor ko with its glued particles)
    myriad: bool  # Han/Hangul numerals and myriad scale characters (万 억): mixed digit-numeral figures, counters
    decimal: str
    groups: tuple[str, ...]
    number_words: Lookup
    article_words: frozenset[str]
    fractions: Lookup
    scales: Lookup
    suffix_scales: Lookup
    suffix_need_money: frozenset[str]
    currency_before: Lookup
    currency_after: Lookup
    units: Lookup
    duration_units: Lookup
    other_before: Lookup
    other_after: Lookup
    qualifiers_before: Lookup
    qualifiers_after: Lookup
    months: Lookup
    weekdays: Lookup
    cjk_digits: dict[str, int]
    cjk_multipliers: dict[str, float]
    rate_before: Lookup
    stopwords: frozenset[str]
    approx_words: frozenset[str]
    multiplier_only: frozenset[str] = frozenset()
    suffix_measure_words: frozenset[str] = frozenset()
    initial_multipliers: frozenset[str] = frozenset()
    patterns: dict[str, Any] = field(default_factory=dict)
    tables: dict[Any, Any] = field(default_factory=dict, repr=False)  # tables derived from ``data``, built on first use

    def table(self, key: str) -> "Lookup":
        """``Lookup(data[key])`` (empty where the language has none), built once per language, not per claim."""
        got = self.tables.get(key)
        if got is None:
            got = self.tables[key] = Lookup(self.data.get(key, {}))
        return got

    def entries(self, key: str) -> frozenset[str]:
        """The entries of the list ``data[key]`` as written, a set built once per language (looked up per figure)."""
        got = self.tables.get((key, "set"))
        if got is None:
            got = self.tables[(key, "set")] = frozenset(self.data.get(key, ()))
        return got

    def lowered(self, key: str) -> frozenset[str]:
        """The entries of ``data[key]`` in lower case, built once per language."""
        got = self.tables.get((key, "lower"))
        if got is None:
            got = self.tables[(key, "lower")] = frozenset(w.lower() for w in self.data.get(key, ()))
        return got

    def longest_first(self, key: str) -> tuple[tuple[str, Any], ...]:
        """The (entry, value) pairs of the map ``data[key]``, longest entry first, built once per language."""
        got = self.tables.get((key, "longest first"))
        if got is None:
            got = self.tables[(key, "longest first")] = tuple(
                sorted(self.data.get(key, {}).items(), key=lambda kv: -len(kv[0])))
        return got

    def by_length(self, key: str) -> tuple[tuple[int, frozenset[str]], ...]:
        """The entries of ``data[key]`` in lower case grouped by their length as written: whether a text holds one at a
        position is one set lookup per length (``text[s:s + n].lower() in entries``), not a scan of the table."""
        got = self.tables.get((key, "by length"))
        if got is None:
            lengths: dict[int, set[str]] = {}
            for w in self.data.get(key, ()):
                lengths.setdefault(len(w), set()).add(w.lower())
            got = self.tables[(key, "by length")] = tuple((n, frozenset(ws)) for n, ws in sorted(lengths.items()))
        return got


def _compounds(spec: dict[str, Any] | None) -> dict[str, int]:
    """Number words written as one token ("dreiundzwanzig" = 3 + 20), generated from a template."""
    if not spec:
        return {}
    return {spec["pattern"].format(unit=u, ten=t): uv + tv
            for u, uv in spec["units"].items() for t, tv in spec["tens"].items()}


def _layer(under: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` on top of ``under``: maps merge (``over`` wins), lists concatenate, scalars are replaced."""
    merged: dict[str, Any] = {k: v for k, v in under.items() if not k.startswith("_")}
    for key, mine in over.items():
        if key.startswith("_"):
            continue
        base = merged.get(key)
        if isinstance(base, dict) and isinstance(mine, dict):
            merged[key] = {**base, **mine}
        elif isinstance(base, list) and isinstance(mine, list):
            merged[key] = base + [x for x in mine if x not in base]
        else:
            merged[key] = mine
    return merged


@lru_cache(maxsize=None)
def _home_symbols() -> dict[str, Any]:
    """Under every language's CLDR layer: each currency's symbol in its own countries ("RM" MYR, "Rp" IDR; after the
    figure where its home writes it there, "Kč", "zł": ``lang/cldr/common.json``), less what ``common.json``'s
    ``cldr_exclude`` drops as words ("Le", "SR")."""
    home = _raw("cldr/common")
    exclude = _raw("common").get("cldr_exclude", {})
    out = {}
    for key in ("currency_before", "currency_after"):
        drop = set(exclude.get(key, ()))
        out[key] = {k: v for k, v in home.get(key, {}).items() if k not in drop}
    return out


@lru_cache(maxsize=None)
def _glued_codes() -> list[str]:
    """The ISO codes ``cldr_exclude`` drops because they are also words in capitals ("MAD", "TOP", "PEN"): a currency
    still where glued to, or a space before, a scaled figure ("MAD9.6bn", "MAD 13.2 billion"), as no word is."""
    home = _raw("cldr/common").get("currency_before", {})
    dropped = _raw("common").get("cldr_exclude", {}).get("currency_before", ())
    return sorted(k for k in dropped if home.get(k) == k and len(k) == 3 and k.isascii() and k.isupper())


def _codes_need_scale(language_cldr: dict[str, Any], own: dict[str, Any]) -> list[str]:
    """The ISO codes of the home layer that no table of the language names itself: a currency only before a scaled
    figure ("OMR450 million", "QAR 2 billion"), since a code before a bare number is a grade or a model ("RON 95")."""
    written = set(language_cldr.get("currency_before", {})) | set(_raw("common").get("currency_before", {})) | \
        set(own.get("currency_before", {}))
    return sorted(k for k, v in _home_symbols()["currency_before"].items() if k == v and k not in written)


# tables whose words a generated bare currency word must not be (``_merged``)
_OTHER_WORD_TABLES = ("units", "glued_units", "duration_units", "other_after", "other_before", "ambiguous_units",
                      "number_words", "scales", "classifiers")


def _merged(lang: str) -> dict[str, Any]:
    """Three layers, later ones winning: the CLDR layer generated by ``scripts/gen_langdata.py``
    (``lang/cldr/<lang>.json``), what all languages share (``common.json``), the hand-written
    supplement (``<lang>.json``); ``cldr_exclude`` in the supplement drops generated entries."""
    own = _raw(lang) or _raw(DEFAULT_LANG)
    name = lang if _raw(lang) else DEFAULT_LANG
    generated = _layer(_home_symbols(), _raw(f"cldr/{name}"))
    for key, drop in own.get("cldr_exclude", {}).items():
        if isinstance(generated.get(key), dict):
            generated[key] = {k: v for k, v in generated[key].items() if k not in drop}
    for key in ("decimal", "group"):  # separators: the supplement says how news text writes them
        if key in own:
            generated.pop(key, None)
    # a bare word CLDR's names share (``ambiguous_currency_words``: "peso", "ペソ") is generated only where no table
    # reads it: a hand-written reading ("pesos": MXN, "dollars": USD) stays as it is, and a unit ("pound") a unit
    read = {w.lower() for layer in (_raw("common"), own) for key in ("currency_words", "currency_after", "currency_before")
            for w in layer.get(key, {})} | \
        {w.lower() for layer in (generated, _raw("common"), own) for key in _OTHER_WORD_TABLES for w in layer.get(key, {})}
    if generated.get("ambiguous_currency_words"):
        generated["ambiguous_currency_words"] = {w: v for w, v in generated["ambiguous_currency_words"].items()
                                                 if w not in read}
    merged = _squared_unit_symbols(_case_endings(_tanween_spellings(_layer(_layer(generated, _raw("common")), own))))
    merged = _fraction_forms(merged)
    merged = _city_times(merged)
    merged = _subunit_groups(merged)
    merged["currency_before_need_scale"] = merged.get("currency_before_need_scale", []) + \
        _codes_need_scale(_raw(f"cldr/{name}"), own)
    merged["glued_currency_codes"] = _glued_codes()
    # CLDR currency names are hundreds of phrases: looked up word by word, not compiled into a pattern
    written = set(_raw("common").get("currency_words", {})) | set(own.get("currency_words", {}))
    merged["looked_up_currency_words"] = sorted(set(generated.get("currency_words", {})) - written)
    return merged


def _subunit_groups(table: dict[str, Any]) -> dict[str, Any]:
    """Each ``subunit_words`` entry's currencies, with a group of ``common.json``'s ``subunit_currencies`` ("cent": the
    currencies whose hundredth is a cent) written out: the nineteen languages that say "cent" name the list once."""
    groups = table.pop("subunit_currencies", {})
    if table.get("subunit_words"):
        table["subunit_words"] = {word: list(dict.fromkeys(c for name in names for c in groups.get(name, [name])))
                                  for word, names in table["subunit_words"].items()}
    return table


@lru_cache(maxsize=1)
def currencies_at_par() -> tuple[frozenset[str], ...]:
    """Currencies pegged one to one, whose figures are the same sum (``common.json``'s ``currencies_at_par``: the
    two CFA francs, which "FCFA" names either; the balboa, Bahamian and Bermudian dollars and the US dollar; the
    ngultrum and the Indian rupee; the loti, lilangeni, Namibian dollar and rand)."""
    return tuple(frozenset(group) for group in _raw("common").get("currencies_at_par", ()))


def _city_times(table: dict[str, Any]) -> dict[str, Any]:
    """A clock given in a city's time (``city_time_formats`` of the supplement, each with "{0}" for the city: en "{0}
    time", es "hora de {0}", zh "{0}时间") for every city CLDR names a zone after (``zone_cities``: "Kyiv time",
    "hora de Kiev", "基辅时间"), with that zone's offsets, as ``time_zone_words``; a name the tables give keeps
    theirs."""
    formats = table.get("city_time_formats") or []
    # a country all of whose zones keep one pair of offsets is told as a city is ("India time", "بتوقيت الهند");
    # a city of the same name keeps its own zone
    countries = table.get("zone_countries") or {}
    # a country's adjective names its time as the country does (``zone_demonyms``: en "Finnish time", "Turkish time")
    demonyms = {adj: countries[name] for adj, name in (table.get("zone_demonyms") or {}).items() if name in countries}
    cities = {**countries, **demonyms, **(table.get("zone_cities") or {})}
    if not (formats or table.get("city_time_after_clock")) or not cities:
        return table
    out = dict(table)
    offsets = dict(table.get("time_zone_offsets") or {})
    words = list(table.get("time_zone_words") or [])
    known = {w.lower() for w in words} | {w.lower() for w in offsets}
    # a preposition that merges with the article a city's name begins with (``city_time_contractions``: it "ora di
    # Il Cairo" is written "ora del Cairo", fr "heure de Le Caire" "heure du Caire")
    contractions = table.get("city_time_contractions") or []
    # a city right after a clock, by a preposition alone (``city_time_after_clock``: fr "midi à Paris", pt "7h em
    # Brasília", en "1 p.m. in Singapore"), is that clock's zone only: elsewhere in a sentence it is a place
    after = []
    # the IANA zone of a place that keeps summer time (``zone_ids``), for the offset in force on a clock's day
    zone_ids, ids = table.get("zone_ids") or {}, {}
    for templates, into in ((formats, words), (table.get("city_time_after_clock") or [], after)):
        for template in templates:
            for city, reading in cities.items():
                filled = template.replace("{0}", city)
                for name in (filled, *(filled.replace(a, b) for a, b in contractions if a in filled)):
                    if name.lower() not in known:
                        known.add(name.lower())
                        into.append(name)
                        offsets[name] = reading
                    if city in zone_ids and offsets.get(name) == reading:
                        ids[name] = zone_ids[city]  # a name the tables give too ("heure de Paris"), at its offsets
    out["time_zone_words"], out["time_zone_offsets"] = words, offsets
    out["time_zone_ids"] = ids
    out["time_zone_words_after_clock"] = after
    return out


# Unicode's CJK compatibility block of squared unit symbols ("㎾", "㎿", "㏊", "㎥"): one character each, which NFKC
# spells out ("kW", "MW", "ha", "m3").
_SQUARED_UNITS = range(0x3380, 0x33E0)


def _squared_unit_symbols(table: dict[str, Any]) -> dict[str, Any]:
    """The squared unit symbols whose NFKC spelling the table's ``units`` read ("126만㎾" as "126만 kW"), each with
    that reading; an entry the table writes keeps its own."""
    units = table.get("units") or {}
    squared = {}
    for cp in _SQUARED_UNITS:
        spelled = unicodedata.normalize("NFKC", chr(cp)).replace("\u2215", "/")
        if spelled in units:
            squared[chr(cp)] = units[spelled]
    if not squared:
        return table
    return {**table, "units": {**squared, **units}}


# the mark that silences a consonant's vowel in the Indic scripts that glue case endings to a word (ta, ml, te, kn)
_VIRAMAS = frozenset("\u0bcd\u0d4d\u0c4d\u0ccd")


def _case_endings(table: dict[str, Any]) -> dict[str, Any]:
    """A language that glues case endings to a unit word (``unit_case_endings``: tr "5,3 megavat**la**", "450
    megavat**lık**", "38 kilometre**ye**") reads every unit word of its table with each, the endings after a vowel
    for a word that ends in one, the others for the rest; a form the table lists keeps its own reading, a form
    ``other_after`` or ``other_before`` reads keeps theirs, and a word of ``ambiguous_units`` grows none."""
    endings = table.get("unit_case_endings")
    if not endings:
        return table
    out = dict(table)
    # a word read by its sentence's cues ("font": pounds or sterling) keeps them; a grown form would lose them
    cued = {w.lower() for w in table.get("ambiguous_units") or {}}
    # a form another table reads as written keeps that reading (bn "ক্যারেটের": gold's purity, no carats of mass)
    written = {w.lower() for key in ("other_after", "other_before") for w in table.get(key) or {}}
    for key in endings.get("tables", ("units", "glued_units")):
        words = table.get(key) or {}
        grown = {}
        for word, unit in words.items():
            # a word may close on a letter or on a mark of its script (a vowel sign, a virama: bn "ঘণ্টা", ta "மீட்டர்")
            if not (word[-1:].isalpha() or unicodedata.category(word[-1:] or " ").startswith("M")) or len(word) < 3 \
                    or word.lower() in cued:
                continue
            last_vowel = word[-1].lower() in endings.get("vowels", "")
            for ending in endings["after_vowel" if last_vowel else "after_consonant"]:
                # "{V}": the word's last vowel again, as a Finnish illative doubles it ("kruunu" -> "kruunuun");
                # "{-}": the word without its closing virama, the ending's vowel sign taking its place (ta
                # "மீட்டர்" -> "மீட்டரில்"); "{C}": its last consonant again (ta "டன்" -> "டன்னாக")
                if ending.startswith("{-}"):
                    form = word[:-1] + ending[3:] if word[-1] in _VIRAMAS else None
                elif ending.startswith("{C}"):
                    form = word + word[-2] + ending[3:] if word[-1] in _VIRAMAS else None
                else:
                    form = word + ending.replace("{V}", word[-1])
                if form is not None and form.lower() not in written:
                    grown.setdefault(form, unit)
        out[key] = {**grown, **words}
    return out


def _fraction_forms(table: dict[str, Any]) -> dict[str, Any]:
    """A language that names a fraction by a number word and its denominator's plural (``fraction_denominators``:
    en "four-fifths", "seven tenths", fr "quatre cinquièmes", de "vier Fünftel") reads every such pair its
    ``number_words`` allow, numerator below denominator, joined as ``fraction_joiners`` say; a form the table
    lists keeps its own reading."""
    denominators = table.get("fraction_denominators")
    if not denominators:
        return table
    numbers = {w: v for w, v in (table.get("number_words") or {}).items() if isinstance(v, (int, float))}
    grown = {}
    for word, den in denominators.items():
        for number, num in numbers.items():
            if 2 <= num < den and num == int(num):
                for joiner in table.get("fraction_joiners", [" "]):
                    grown.setdefault(f"{number}{joiner}{word}", round(num / den, 10))
    return {**table, "fraction_words": {**grown, **(table.get("fraction_words") or {})}}


# The accusative ending written two ways in Arabic script, the mark before or after the alif ("هكتاراً" / "هكتارًا"):
# CLDR writes one, hand tables often the other.
_TANWEEN = ("\u0627\u064b", "\u064b\u0627")


_BARE_ACCUSATIVE = regex.compile(r"(?<=[\u0621-\u064a]{2})\u0627(?=\s|\Z)")


def _tanween_spellings(table: dict[str, Any]) -> dict[str, Any]:
    """Every word of the table's word lists and word tables that holds the accusative ending, also in its other
    spellings: with the mark after or before its alif, or an entry of two words or more written with bare alifs
    ("مترا مكعبا") with the mark too ("متراً مكعباً"); a table without it is returned as it is."""
    def others(word: str) -> list[str]:
        for a, b in (_TANWEEN, _TANWEEN[::-1]):
            if a in word:
                return [word.replace(a, b)]
        if " " in word and len(_BARE_ACCUSATIVE.findall(word)) >= 2:
            return [_BARE_ACCUSATIVE.sub(t, word) for t in _TANWEEN]
        return []
    out = dict(table)
    for key, value in table.items():
        if isinstance(value, dict) and any(isinstance(k, str) and others(k) for k in value):
            out[key] = {**{o: v for k, v in value.items() if isinstance(k, str) for o in others(k)}, **value}
        elif isinstance(value, list) and any(isinstance(w, str) and others(w) for w in value):
            out[key] = value + [o for w in value if isinstance(w, str) for o in others(w) if o not in value]
    return out


@lru_cache(maxsize=None)
def language_table(lang: str | None) -> tuple[str, dict[str, Any]]:
    """The base language and merged table (common layer, language, region) behind ``rules_for(lang)``,
    without compiling its patterns: ``rules_for(lang).data`` is this table."""
    code = (lang or DEFAULT_LANG).replace("_", "-")
    base = code.split("-")[0].lower()
    if not (LANG_DIR / f"{base}.json").exists():
        base = DEFAULT_LANG
    d = _merged(base)
    region = d.get("regions", {}).get(code) or d.get("regions", {}).get(code.lower())
    if region:  # regional overrides (pt-BR bilhão vs pt-PT bilião) replace whole entries
        d = {**d, **{k: ({**d.get(k, {}), **v} if isinstance(v, dict) else v) for k, v in region.items()}}
    return base, d


def _unspaced_too(d: dict) -> dict[str, str]:
    """The currency words, and in a language written without spaces each CLDR name that has one also without it: ja
    news writes "オーストラリアドル", "カナダドル" for CLDR's "オーストラリア ドル", "カナダ ドル"."""
    words = d.get("currency_words", {})
    if d.get("word_boundaries", True):
        return words
    return {**{w.replace(" ", ""): code for w, code in words.items() if " " in w}, **words}


@lru_cache(maxsize=None)
def rules_for(lang: str | None) -> LangRules:
    """Compiled rules for ``lang`` ("es", "pt-BR", None → English + common)."""
    base, d = language_table(lang)
    d = dict(d)  # its own copy: compiling and the extractor add private entries
    if d.get("qualified_phrase_quantities"):  # read as phrases, but only after a qualifier (``extract``)
        d["phrase_quantities"] = {**d.get("phrase_quantities", {}), **d["qualified_phrase_quantities"]}
    r = LangRules(
        lang=base,
        data=d,
        word_boundaries=bool(d.get("word_boundaries", True)),
        myriad=bool(d.get("myriad", False)),
        decimal=d.get("decimal", "."),
        groups=tuple(d.get("group", [])),
        number_words=Lookup({**d.get("number_words", {}), **_compounds(d.get("compound_numbers"))}),
        article_words=frozenset(fold(w) for w in d.get("article_words", [])),
        fractions=Lookup(d.get("fraction_words", {})),
        scales=Lookup(d.get("scales", {})),
        suffix_scales=Lookup(d.get("suffix_scales", {})),
        suffix_need_money=frozenset(d.get("suffix_scales_need_money", [])),
        currency_before=Lookup(d.get("currency_before", {})),
        # a word of ``ambiguous_currency_words`` the tables give no currency ("Kronen", "crowns"): "" until the article
        # names the country of exactly one of its currencies
        currency_after=Lookup({**{w: "" for w in d.get("ambiguous_currency_words", {})},
                               **d.get("currency_after", {}), **_unspaced_too(d)}),
        units=Lookup({**d.get("glued_units", {}), **d.get("units", {})}),
        duration_units=Lookup(d.get("duration_units", {})),
        other_before=Lookup(d.get("other_before", {})),
        other_after=Lookup(d.get("other_after", {})),
        qualifiers_before=Lookup(_with_proclitics(d.get("qualifiers_before", {}), d.get("glued_proclitics", {}))),
        qualifiers_after=Lookup(d.get("qualifiers_after", {})),
        months=Lookup(d.get("months", {})),
        weekdays=Lookup(d.get("weekdays", {})),
        cjk_digits=d.get("cjk_digits", {}),
        cjk_multipliers=d.get("cjk_multipliers", {}),
        rate_before=Lookup(d.get("rate_before", {})),
        stopwords=frozenset(w.lower() for w in d.get("stopwords", [])),
        approx_words=frozenset(w.lower() for w in d.get("approx_words", [])),
        multiplier_only=frozenset(w.lower() for w in d.get("multiplier_only_words", [])),
        suffix_measure_words=frozenset(w.lower() for w in d.get("suffix_scales_measure_words", [])),
        initial_multipliers=frozenset(d.get("initial_multipliers", [])),
    )
    r.patterns = _compile(r)
    return r


class _Later:
    """A value built the first time it is looked up in a ``Patterns`` table: ``build(*args)``."""

    __slots__ = ("build", "args")

    def __init__(self, build, *args):
        self.build, self.args = build, args


class _PatternUnpickler(pickle.Unpickler):
    """Reads compiled patterns and nothing else (a pickle names the functions it calls)."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is no compiled pattern")


class _PatternStore:
    """One language's compiled patterns kept between runs, keyed by pattern text and flags.

    ``regex`` spends ~0.1-0.5 s parsing the patterns of one language; a pickled pattern holds its
    compiled program and loads in microseconds.  The key is the pattern itself, so an edited table or
    code change can only miss (and compile), never load a stale pattern; the folder names the ``regex``
    and Python versions that wrote it.  New patterns are written out after 0.2 s of compiling and at
    exit; a cache that cannot be read or written only costs the compiling.  Below the cache lies what
    ``make install`` compiled for the environment (``build_installed_patterns``), read-only: a first run
    with an empty cache compiles nothing the tables held at install."""

    SAVE_AFTER_S = 0.2
    MAX_ENTRIES = 1000  # past this (patterns of many table versions), a save keeps what this process used

    def __init__(self, lang: str):
        from claimcheck.paths import cache_root

        from claimcheck.paths import installed_root

        self.path = cache_root() / "patterns" / _PATTERN_VERSION / f"{lang}.pickle"
        self.installed_path = installed_root() / "patterns" / _PATTERN_VERSION / f"{lang}.pickle"
        self.installed: dict[tuple[str, int], Any] | None = None
        self.known: dict[tuple[str, int], Any] | None = None
        self.used: set[tuple[str, int]] = set()
        self.unsaved_s = 0.0
        self.saved_at_exit = False
        self.lock = threading.Lock()

    @staticmethod
    def _load(path: Path) -> dict[tuple[str, int], Any]:
        try:
            with open(path, "rb") as fh:
                known = _PatternUnpickler(fh).load()
            return known if isinstance(known, dict) else {}
        except Exception:  # noqa: BLE001 (missing, unreadable, truncated or foreign: compile instead)
            return {}

    def compile(self, pattern: str, flags: int = 0):
        key = (pattern, int(flags))
        with self.lock:
            if self.known is None:
                self.installed, self.known = self._load(self.installed_path), self._load(self.path)
            found = self.installed.get(key)
            if found is None:
                found = self.known.get(key)
                self.used.add(key)
        if found is not None:
            return found
        t = time.perf_counter()
        compiled = regex.compile(pattern, flags)
        with self.lock:
            if not self.saved_at_exit:
                self.saved_at_exit = True
                atexit.register(self.save)
            self.known[key] = compiled
            self.unsaved_s += time.perf_counter() - t
            due = self.unsaved_s >= self.SAVE_AFTER_S
        if due:
            self.save()
        return compiled

    def compile_each(self, patterns, flags: int = 0) -> list:
        return [self.compile(t, flags) for t in patterns]

    def later(self, pattern: str, flags: int = 0) -> "_Later":
        """``compile(pattern, flags)`` when first used (the string is built now: errors in the table show)."""
        return _Later(self.compile, pattern, flags)

    def later_each(self, patterns, flags: int = 0) -> "_Later":
        """The list of ``patterns`` compiled, when first used."""
        return _Later(self.compile_each, tuple(patterns), flags)

    def save(self) -> None:
        with self.lock:
            if not self.unsaved_s:
                return
            self.unsaved_s = 0.0
            keep = self.known if len(self.known) <= self.MAX_ENTRIES else {k: self.known[k] for k in self.used}
            data = pickle.dumps(keep, protocol=pickle.HIGHEST_PROTOCOL)
        tmp = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".pickle")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self.path)
        except OSError:  # a read-only or full cache: the next run compiles again
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


_PATTERN_VERSION = f"regex-{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}"


@lru_cache(maxsize=None)
def _pattern_store(lang: str) -> _PatternStore:
    return _PatternStore(lang)


def build_installed_patterns() -> int:
    """Compile every pattern of every language table into the environment's read-only layer of the pattern
    store (``make install``); the number of languages written."""
    written = 0
    for lang in supported_languages():
        store = _pattern_store(lang)
        get_language(lang).patterns.compile_all()
        with store.lock:
            keep = {**(store.installed or {}), **(store.known or {})}
            store.unsaved_s = 0.0  # the install writes its own layer, not the user's cache
        store.installed_path.parent.mkdir(parents=True, exist_ok=True)
        store.installed_path.write_bytes(pickle.dumps(keep, protocol=pickle.HIGHEST_PROTOCOL))
        written += 1
    return written


class Patterns(dict):
    """One language's patterns, each compiled the first time it is looked up.

    Compiling every pattern of a language takes ~0.1-0.2 s and most texts need a part of them (the
    prefilter only runs on a text without a digit; dates, ranks, ratios only where a text has one), so
    a check of a few articles spends less time compiling what it never runs.  ``compile_all`` builds
    every entry (a test does it for every language, so a broken pattern in a table still fails early)."""

    def __getitem__(self, key: str) -> Any:
        value = dict.__getitem__(self, key)
        if type(value) is _Later:
            value = value.build(*value.args)
            dict.__setitem__(self, key, value)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = dict.get(self, key, _Later)  # the class itself: no entry
        if value is _Later:
            return default
        return self[key] if type(value) is _Later else value

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def compile_all(self) -> "Patterns":
        for key in self:
            self[key]  # noqa: B018 (the lookup builds it)
        return self


def _cjk_decimal(r: LangRules) -> str:
    """The decimal part of a figure in Han numerals, digits after a point word one by one (zh "三点五" 3.5,
    "零点五个百分点", "一点二亿"; ja "〇・五％"): none before what makes the point a clock's hour
    (``cjk_decimal_not_before``: "三点五分", "十二点一刻"; a small multiplier, "三点五十分"), and where the point
    is also a list mark (ja "・": "一・二号機", "五・一五事件") only before ``cjk_decimal_follow`` (a unit)."""
    points = "".join(regex.escape(p) for p in r.data.get("cjk_decimal_points", []))
    if not points:
        return ""
    digits = "".join(r.cjk_digits)
    small = "".join(ch for ch, v in r.cjk_multipliers.items() if v < 1e4)
    myriads = "".join(ch for ch, v in r.cjk_multipliers.items() if v >= 1e4)
    not_before = r.data.get("cjk_decimal_not_before", "(?!)")
    follow = r.data.get("cjk_decimal_follow")
    return (rf"(?:(?<=[{digits}{small}])[{points}][{digits}]++(?![{points}{small}]|{not_before})[{myriads}]*"
            + (rf"(?={follow})" if follow else "") + ")?")


def _compile(r: LangRules) -> dict[str, Any]:
    d = r.data
    b = r.word_boundaries  # word boundaries only where words are separated
    sp = r"\s*"
    store = _pattern_store(r.lang)
    _later, _later_each = store.later, store.later_each
    p = Patterns()

    # --- number cores -------------------------------------------------------------
    space_groups = [g for g in r.groups if g.isspace()]
    punct_groups = [g for g in r.groups if not g.isspace()] + ["." , ","]
    punct_cls = "[" + regex.escape("".join(sorted(set(punct_groups + ["'", "’", "٫", "٬"])))) + "]"
    alts = []
    garbled_tokens = _alternation(d.get("garbled", []), boundary=False, flags_i=False)
    num_simple = rf"{DIGIT}+(?:[.,]{DIGIT}+)?"
    alts.append(rf"(?P<garbled>(?:{num_simple}[ \u00a0\u202f]?)?(?:{garbled_tokens})(?:[.,]?{DIGIT}+)?)")
    lead = "\x00LEAD\x00"
    if space_groups:
        sp_cls = "[" + "".join(regex.escape(g) for g in space_groups) + "]"
        alts.append(rf"(?P<spaced>(?={DIGIT}){lead}{DIGIT}{{1,3}}(?:{sp_cls}{DIGIT}{{3}})+(?:[.,]{DIGIT}+)?(?!{DIGIT}))")
    if r.myriad:
        # before plain digits: "3分の2" is a fraction, not the number 3 followed by "分" (minutes)
        cjk_chars = "".join(r.cjk_digits) + "".join(r.cjk_multipliers)
        pct_before = _alternation(d.get("percent_before", []), boundary=False, flags_i=False)
        points = "".join(d.get("cjk_decimal_points", []))  # "百分之五点一": a decimal point written as a word
        alts.append(rf"(?P<cjkpct>(?:{pct_before})[{cjk_chars}0-9０-９.]+(?:[{points or '.'}][{''.join(r.cjk_digits)}0-9０-９]+)?)")
        frac = d.get("fraction_pattern")
        if frac:
            alts.append(rf"(?P<cjkfrac>{lead}{frac})")
    if r.myriad:
        # "1億2千万", "1万2000": digits, a myriad unit, then more of the same number (one figure, not two)
        myriads = "".join(ch for ch, v in r.cjk_multipliers.items() if v >= 1e4)
        # ko "3천200", zh "3千2百": digits, a thousand or hundred, then the rest of the figure
        hundreds = "".join(ch for ch, v in r.cjk_multipliers.items() if 100 <= v < 1e4)
        digit_chars = "".join(r.cjk_digits)
        gap = r"\s?" if d.get("myriad_group_space") else ""  # ko "2조 4천억": myriad groups apart
        mixed = (rf"(?={DIGIT}){lead}{DIGIT}+(?:\.{DIGIT}+)?[{myriads}{hundreds}]{gap}(?=[0-9０-９{digit_chars}])"
                 rf"(?:[0-9０-９{cjk_chars}]|(?<=[{myriads}]){gap}(?=[0-9０-９])|[,，]{DIGIT}{{3}}(?!{DIGIT}))+"  # "37万5,000", "1億4,200万"
                 rf"(?:(?<=[{myriads}][0-9０-９]{{1,4}})[.．][0-9０-９]+(?![{cjk_chars}]|[.．]?[0-9０-９]))?")  # "3万8912.40ドル": the last group's decimals
        if d.get("myriad_digit_space"):
            # ja "1 万 5 千ドル", "1 億 4 千万ドル": a space on either side of each multiplier, within one figure
            mults = "".join(r.cjk_multipliers)
            group = rf"[ \u00a0]?(?:{DIGIT}{{1,4}}|[{digit_chars}]+)[ \u00a0]?[{mults}]+"
            units = _alternation(d.get("myriad_digit_space_units", []), False, False)
            last = rf"[ \u00a0]?{DIGIT}{{1,4}}(?!{DIGIT}|[.,]{DIGIT}|[ \u00a0]?{units})"
            mixed = (rf"(?={DIGIT}){lead}{DIGIT}+(?:\.{DIGIT}+)?[ \u00a0]?[{myriads}]"
                     rf"(?:(?:{group})+(?:{last})?|{last})|" + mixed)
        alts.append(rf"(?P<cjkmixed>{mixed})")
        marks = _alternation(d.get("approx_pair_marks", []), boundary=False, flags_i=False)
        if d.get("approx_pair_marks"):  # ja "二、三十人", "2、3百棟": neighbouring numerals, a span (extract._adjacent_pair)
            one = rf"[0-9０-９{digit_chars}]"
            mults = "".join(r.cjk_multipliers)
            alts.append(rf"(?P<cjkapprox>(?:[{cjk_chars}]*[{mults}])?{one}(?:{marks}){one}[{mults}][{cjk_chars}]*)")
    # bn "২ দশমিক ৫" (2.5): a decimal point written as a word between the digits (``decimal_words``)
    dec_words = _alternation(d.get("decimal_words", []), boundary=False, flags_i=False) if d.get("decimal_words") else ""
    dec_tail = rf"(?:[ \u00a0](?:{dec_words})[ \u00a0]{DIGIT}+)?" if dec_words else ""
    # a decimal point with no zero before it, three places after a space (a batting average "batted .588")
    point_lead = r"(?:(?<=^|[\s(])\.(?=[0-9]{3}(?![0-9.,])))?" if r.decimal == "." else ""
    # fa "۳/۵ درصد" (3.5 %): Iranian papers write the decimal point as a slash (``decimal_slash``); one to three
    # digits before it with no slash before them, one or two after it and no slash after: "۱۴۰۲/۰۸/۱۵" stays a date
    slash_tail = (rf"(?:(?<=(?<![/\p{{Nd}}]){DIGIT}{{1,3}})/{DIGIT}{{1,2}}(?!{DIGIT}|/))?"
                  if d.get("decimal_slash") else "")
    # ja "氷点下２８・４度" (28.4 degrees below): the point word of Han numerals between digits too, where it is also a
    # list mark only before a unit (``cjk_decimal_follow``: "１・２号機" stays two reactors)
    cjk_points = "".join(regex.escape(x) for x in d.get("cjk_decimal_points", []))
    point_tail = (rf"(?:(?<!{DIGIT}[{cjk_points}]{DIGIT}+)[{cjk_points}]{DIGIT}+(?={d['cjk_decimal_follow']}))?"
                  if cjk_points and d.get("cjk_decimal_follow") else "")
    alts.append(rf"(?P<digits>{point_lead}(?={DIGIT}){lead}{DIGIT}+(?:{punct_cls}{DIGIT}+)*"
                rf"{dec_tail}{slash_tail}{point_tail}(?!{DIGIT}|/{DIGIT}))")
    if r.myriad:
        alts.append(rf"(?P<cjk>[{cjk_chars}]+{_cjk_decimal(r)})")
    words = [w for w in r.number_words if w.lower() not in r.article_words]
    articles = [w for w in r.number_words if w.lower() in r.article_words]
    measure_units = article_measure_units(r)
    if articles:
        # "un millón", "one in five", "bir buçuk": an article is a number only before a scale word, a ratio partner
        # or a half
        follow = _alternation(list(r.scales) + d.get("ratio_connectors", []) + d.get("ratio_article_connectors", [])
                              + list(r.duration_units) + d.get("half_words", []) + list(d.get("quarter_words", {}))
                              + d.get("pp_words", []) + d.get("percent_words", []) + measure_units,
                              boundary=True)  # "half a percentage point", "one percent of voters", "about a mile away"
        words.append("\x00ART\x00")
    if words:
        w_alt = _alternation([w for w in words if w != "\x00ART\x00"], boundary=True)
        if articles:
            # "un millón", "un'ora": an article joins the next word across a space or an elided vowel
            # da "en til to timer", "one to two hours": the article as the first end of a range of number words;
            # hyphened to a unit of time it is one of it ("a one-week inquiry")
            rng = [c for c in d.get("range_connectors", []) if c[:1].isalpha()]
            rng_follow = (r"|\s+" + _alternation(rng, boundary=True) + r"\s+" + w_alt) if rng else ""
            w_alt = "(?:" + w_alt + "|" + _alternation(articles, boundary=True) + rf"(?=(?:\s+|['’]|[-\u2010](?=\p{{L}})){follow}{rng_follow}))"
        joiners = d.get("word_joiners", [])
        j_alt = "|".join(regex.escape(j).replace(r"\ ", r"\s+") for j in sorted(joiners, key=len, reverse=True)) or "(?!)"
        mult_alt = _alternation([w for w, v in r.number_words.items() if v in (100, 1000)] or ["\x00"], boundary=True)
        # after a joiner the next word needs no letter boundary before it (ar " و" is glued to it: "ثلاثة وعشرون");
        # after a hundred or a thousand a number word may follow across a space ("deux cent trente", "trois mille cinq")
        w_next = w_alt.replace(r"(?<![\p{L}\p{M}])", "")
        tens = [w for w, v in r.number_words.items() if isinstance(v, (int, float)) and 20 <= v <= 90 and v % 10 == 0]
        joined_articles = [w for w in d.get("joined_articles", []) if w in r.number_words]
        if joined_articles and tens:
            # an article that after a round ten and a joiner is its unit ("vingt et un", "treinta y un", "vinte e um")
            w_next = (w_next + "|(?<=" + _alternation(tens, boundary=True) + "(?:" + j_alt + "))"
                      + _alternation(joined_articles, boundary=True).replace(r"(?<![\p{L}\p{M}])", ""))
        # glued, a compound ending in one goes on too (fi "kolmesataa viisikymmentä" 350, "kaksituhatta kolmesataa")
        hundreds = _alternation([w for w, v in r.number_words.items()
                                 if isinstance(v, (int, float)) and (v == 1000 or (100 <= v < 1000 and v % 100 == 0))]
                                or ["\x00"], boundary=not d.get("glued_number_words"))
        first = w_alt
        if d.get("glued_number_words"):
            # "dreihundertfünfzig", "milleduecento", "driehonderdvijftig": number words written as one after a
            # round hundred or thousand, and a hundred or thousand glued after any ("duecentocinquantamila")
            plain = [w for w in words if w != "\x00ART\x00"]
            plain_alt = _alternation(plain, boundary=False)
            round_alt = _alternation([w for w in plain if r.number_words[w] >= 100 and r.number_words[w] % 100 == 0],
                                     boundary=False)
            mult_glued = _alternation([w for w, v in r.number_words.items() if v in (100, 1000)] or ["\x00"], boundary=False)
            # possessive: "hundert" is both a word after a round one and a glued hundred, no backtracking between them
            glued_word = rf"(?<![\p{{L}}\p{{M}}]){plain_alt}(?:(?<={round_alt}){plain_alt}|{mult_glued})++(?![\p{{L}}])"
            first = rf"{glued_word}|{w_alt}"
            w_next = rf"{glued_word}|{w_next}"  # hu "egymillió-kétszázezer": a glued word after a joiner too
        after_hundred = first  # glued, the word after a hundred or a thousand may be glued too ("kolmesataa")
        first = _glued_qualifier_lead(first, r, d)
        words_body = rf"(?:{first})(?:(?:{j_alt})(?:{w_next})|\s+(?:{mult_alt})|(?<=(?:{hundreds}))\s+(?:{after_hundred}))*"
        alts.append(rf"(?P<words>{words_body})")
        if d.get("percent_prefix"):  # tr "yüzde elli beş": a spelled figure after the percent word
            alts.insert(1, rf"(?P<pctprefixw>(?:{_alternation(d['percent_prefix'], boundary=b)})\s+{words_body})")
    frac_words = list(r.fractions)
    if frac_words:
        # a fraction that starts a longer number phrase ("half" in "half a dozen") gives way to it
        frac_parts = []
        for f in sorted(frac_words, key=len, reverse=True):
            longer = [w[len(f):] for w in r.number_words if w.lower().startswith(f.lower() + " ")]
            guard = ("(?!" + _alternation(longer, boundary=True) + ")") if longer else ""
            frac_parts.append(_glued_qualifier_lead(_alternation([f], boundary=True), r, d) + guard)
        alts.insert(len(alts) - (1 if words else 0), "(?P<fraction>" + "|".join(frac_parts) + ")")
    if not d.get("decimal_slash"):  # where a slash is the decimal point, "۳/۵" is 3.5, no three fifths
        alts.insert(1, rf"(?P<slashfrac>(?<![0-9/]){DIGIT}{{1,2}}/{DIGIT}{{1,2}}(?![0-9/]))")
    # "8½", "2½": a digit with a vulgar-fraction glyph
    alts.insert(1, rf"(?P<vulgar>(?=[½¼¾⅓⅔]|{DIGIT}+[½¼¾⅓⅔]){lead}{DIGIT}*[½¼¾⅓⅔](?!{DIGIT}))")
    pct_prefix = d.get("percent_prefix", [])
    if pct_prefix:  # tr "%22", "yüzde 22": the percent sign written before the figure
        alts.insert(1, rf"(?P<pctprefix>(?:{_alternation(pct_prefix, boundary=b)})\s?{DIGIT}+(?:[.,]{DIGIT}+)?(?!{DIGIT}))")
    phrases = d.get("phrase_quantities", {})
    if phrases:  # "半年", "一半", "a dozen times": fixed phrases that state a quantity
        alts.insert(1, "(?P<phrase>" + _alternation(phrases, boundary=b) + ")")
    glued = d.get("glued_number_units")
    if glued:  # "zehnjährige", "pięcioletnich": a number stem glued to a unit stem, one word
        alts.insert(1, "(?P<glued>(?<![\\p{L}])(?i:" + _alternation(glued["stems"], False, False)
                    + ")(?i:" + _alternation(glued["suffixes"], False, False) + ")\\p{L}*)")
    prefixes = d.get("glued_prefixes", {})
    if prefixes:  # "M6.4": a scale named by a letter glued before the figure
        # where words are not spaced (ja "最大M5.4") only a Latin letter before the prefix makes it part of a word
        alts.insert(1, "(?P<prefixed>(?<![" + ("\\p{L}" if b else "\\p{Latin}") + "\\d])(?:" + _alternation(prefixes, False, False) + rf")(?={DIGIT}){DIGIT}+(?:[.,]{DIGIT}+)?(?!{DIGIT}))")
    counted = d.get("counter_number_words", {})
    if counted:  # ko "세 명", "열두 명": native numerals, numbers only before a counter
        # a counter that an ordinal suffix follows ("세 번째로") is left to the phrases; a rank noun that opens with
        # that suffix reads as after digits ("두 번째 우승" as "2번째 우승"), not "두 라운드" (two rounds)
        not_ord = ("(?!\\s?" + _alternation(d["ordinal_after_counter"], False, False) + ")") if d.get("ordinal_after_counter") else ""
        ord_ranks = [n for n in d.get("rank_nouns", {}) if n.startswith(tuple(d.get("ordinal_after_counter", [])) or ("\x00",))]
        ranks = ("|" + _alternation(ord_ranks, False, False)) if d.get("rank_nouns_after_digits") and ord_ranks else ""
        alts.insert(1, "(?P<counted>(?<![\\p{L}])(?:" + _alternation(counted, False, False) + r")(?=\s?(?:(?:"
                    + _alternation(d.get("classifiers", []), False, False) + ")" + not_ord + ranks + ")))")
    vague = d.get("vague_amounts", {})
    if vague:  # "dozens", "tens of thousands", "数万", "何百万": an order of magnitude, read as an interval
        alts.insert(1, "(?P<vague>" + _alternation(vague, boundary=b) + ")")
    ord_words = d.get("ordinal_words", {})
    if ord_words:  # "terzo posto", "eighth flight": an ordinal word is a position in a sequence
        # an ordinal that opens a fraction word gives way to it (ru "пятая часть": a fifth, no fifth place)
        opening = {}
        for f in frac_words:
            head, _, rest = f.partition(" ")
            if rest and head in ord_words:
                opening.setdefault(head, []).append(rest)
        plain_ords = [w for w in ord_words if w not in opening]
        guarded = [_alternation([w], boundary=True) + "(?!\\s+" + _alternation(rests, boundary=True) + ")"
                   for w, rests in opening.items()]
        alts.insert(1, "(?P<ordword>" + "|".join(guarded + ([_alternation(plain_ords, boundary=True)] if plain_ords else [])) + ")")
    # a letter glued before a number makes it a name ("A380"), unless the letters are a currency ("SR7.5bn")
    letter_symbols = [k for k in r.currency_before if k[-1:].isalpha()] + d.get("glued_currency_codes", [])
    glued_currency = ("(?<=(?<![\\p{L}])" + _alternation(letter_symbols, False, False) + ")|") if letter_symbols else ""
    # "mid-2025", "mi-2025", "pre-2020": a word hyphened to a year leaves it a year (a code is "Covid-19", "MiG-29")
    year_prefixes = d.get("year_hyphen_prefixes", [])
    glued_year = (rf"(?<=(?<![\p{{L}}])(?i:{_alternation(year_prefixes, False, False)})[-‐])(?=(?:1[89]|20)\d\d(?!\d))|"
                  if year_prefixes else "")
    # id "ke-3", "HUT ke-80": an ordinal mark hyphened before the digits (``ordinal_prefixes``) leaves them a number
    ord_prefixes = d.get("ordinal_prefixes", [])
    glued_ordinal = (rf"(?<=(?<![\p{{L}}])(?i:{_alternation(ord_prefixes, False, False)}))(?={DIGIT})|"
                     if ord_prefixes else "")
    p["ordinal_prefix"] = _later(rf"(?<![\p{{L}}])(?i:{_alternation(ord_prefixes, False, False)})\Z") if ord_prefixes else None
    lead_full = (rf"(?:{glued_currency}{glued_year}{glued_ordinal}(?<!{NAME_LETTER})(?<!{NAME_LETTER}[-‐/])(?<!(?![०-९])\p{{Devanagari}}[-‐]?))"
                 rf"(?<!{DIGIT[:-1]}_]|{DIGIT}[.,/]|{DIGIT}[-‐])")  # never inside a run of digits of any script
    # The core's alternatives one pattern each, never their alternation: ``regex`` searches a long alternation of
    # lookbehinds and word lists position by position, each alternative alone far faster (``extract._CoreSearch``
    # takes the nearest of them; ``extract._match_core`` the first that matches at a place, as the alternation would).
    p["core_alts"] = _later_each([a.replace("\x00LEAD\x00", lead_full) for a in alts], regex.V0)
    # the second number of a range or ratio ("1,200-1,500") follows a hyphen by design; the alternatives without a
    # lead are the same text, so the pattern store compiles them once for both lists
    p["core_follow_alts"] = _later_each([a.replace("\x00LEAD\x00", rf"(?<!{DIGIT})") for a in alts], regex.V0)

    # Prefilter: one cheap search tells whether a text holds anything number-like at all.
    pre = [DIGIT, garbled_tokens]
    if r.myriad:
        pre.append("[" + "".join(r.cjk_digits) + "".join(r.cjk_multipliers) + "]")
    if words:
        pre.append(first)
    if frac_words:
        pre.append(_glued_qualifier_lead(_alternation(frac_words, boundary=True), r, d))
    if ord_words:
        pre.append(_alternation(ord_words, boundary=True))
    if vague:
        pre.append(_alternation(vague, boundary=b))
    if counted:
        pre.append(_alternation(counted, False, False))
    if phrases:
        pre.append(_alternation(phrases, boundary=b))
    if glued:
        pre.append("(?i:" + _alternation(glued["stems"], False, False) + ")")
    # a weekday named alone ("on Friday", "周五"): full names from CLDR plus the supplement's forms
    bare_wd = {**d.get("weekdays_wide", {}), **d.get("bare_weekdays", {})}
    d["_bare_weekdays"] = Lookup(bare_wd)
    if bare_wd:
        wd_alt = _alternation(bare_wd, boundary=b)
        p["bare_weekday"] = _later("(?P<x>" + wd_alt + ")" + (r"(?![\p{L}\p{M}])" if b else ""))
        pre.append(wd_alt)
    else:
        p["bare_weekday"] = None
    # weekday names that are also common words, a weekday only as written with its capital (el "Τρίτη" vs
    # "τρίτη" third, ro "Luni" vs "luni" months, id "Minggu" vs "minggu" week, vi "thứ Hai" vs "thứ hai"
    # second): matched case-sensitively, as written or with its first letter capitalised (a sentence's start)
    cap_wd = {}
    for k, v in d.get("capitalised_weekdays", {}).items():
        cap_wd[k] = v
        cap_wd[k[:1].upper() + k[1:]] = v
    d["_capitalised_weekdays"] = cap_wd
    if cap_wd:
        cap_alt = "|".join(regex.escape(k) for k in sorted(cap_wd, key=len, reverse=True))
        p["capitalised_weekday"] = _later(r"(?<![\p{L}\p{M}])(?P<x>" + cap_alt + r")(?![\p{L}\p{M}])")
        pre.append("(?:" + cap_alt + ")")
    else:
        p["capitalised_weekday"] = None
    # "Friday 13", "viernes, 3", "(3)": a day of the month after a weekday, unless an hour mark makes it a time ("Friday 13h")
    p["day_number_after"] = _later(rf"[\s,，、(（]*[(（]?\s*{DIGIT}{{1,2}}(?!{DIGIT}|[.,:]{DIGIT}|\s?"
                                          + _alternation(d.get("hour_marks", []), False) + ")")
    # decades in numeral words glued into a compound ("achtziger Jahre"): the number words alone do not find them
    # (a pattern with digits passes the digit test; one after a context word, "años ochenta", has its number word)
    # and decades or ages written in words after a context word ("W latach dziewięćdziesiątych", "in his forties"):
    # every such pattern that needs no digit is part of the prefilter (and a time with its hour in words,
    # "à uma da tarde", whose article-like "uma" is no number word of the prefilter)
    for t in d.get("decade_patterns", []) + d.get("age_decade_patterns", []) + d.get("time_patterns", []):
        if not regex.search(r"\\d|\[\d", t):
            pre.append("(?i:" + t[4:] + ")" if t.startswith("(?i)") else "(?:" + t + ")")
    # "the two-time champion" in one word: "der dreifache Weltmeister", "двукратный чемпион" (stems need no digit)
    # and a rank glued to its superlative, de "die zweitgrößte Stadt" (``glued_ranks``, the same shape)
    for key in ("title_counts", "glued_ranks"):
        table = d.get(key) or {}
        if table and not (isinstance(table.get("stems"), dict) and isinstance(table.get("patterns"), list)):
            raise ValueError(f"{r.lang}: {key} needs 'stems' (stem -> number) and 'patterns' (regexes with group 'stem')")
        p[key] = _later_each(table.get("patterns", []))
        for t in table.get("patterns", []):
            if "(?P<stem>" not in t:
                raise ValueError(f"{r.lang}: {key} pattern without group 'stem': {t}")
            pre.append("(?i:" + t[4:] + ")" if t.startswith("(?i)") else "(?:" + t + ")")
    # "next April", "en avril prochain", "im April nächsten Jahres": a month named relative to now needs no digit
    relative_dates = _relative_date_patterns(r)
    pre += relative_dates
    if d.get("era_years") and d.get("era_first_year"):  # "令和元年", "民国元年": an era's first year needs no digit
        pre.append(_alternation(d["era_years"], False, False) + r"\s?" + regex.escape(d["era_first_year"]))
    p["prefilter"] = _later("|".join(pre))
    bare = d.get("bare_multiplier_context") or {}
    p["bare_multiplier_before"] = _later("(?:" + bare["before"] + r")\Z") if bare.get("before") else None
    p["bare_multiplier_after"] = _later(bare["after"]) if bare.get("after") else None
    p["has_digit"] = _later(DIGIT)  # the common case, answered before the full prefilter

    # --- right-hand pieces (matched at a position) --------------------------------
    def right(mapping_keys, glue=sp, boundary=b, case_split_map=None):
        if case_split_map is not None:
            alt = _mixed(case_split_map, boundary)
        else:
            alt = _alternation(mapping_keys, boundary)
        return _later(rf"{glue}(?P<x>{alt})" + (r"(?![\p{L}])" if boundary else ""))

    p["scale"] = right(None, glue=r"(?:\s*|-)", case_split_map=dict(r.scales))
    # "the 5 millionth passenger": an ordinal of a scale after digits names the count reached (``ordinal_scales``)
    ordinal_scales = d.get("ordinal_scales") or {}
    p["ordinal_scale"] = _later(r"[^\S\n]+(?P<x>(?i:" + _alternation(list(ordinal_scales), False, False) + r"))(?![\p{L}])") \
        if ordinal_scales else None
    # "six autres millions", "deux nouveaux milliards": an adjective between the number and its scale word
    between = d.get("scale_intervening_words", [])
    # the language's "of" between a collective and its scale word ("centaine de millions", "decina di milioni")
    of_words = sorted(d.get("of_words", ()), key=len, reverse=True)
    p["of_word"] = _later(r"\s+(?:" + "|".join(regex.escape(w) for w in of_words) + r")(?:\s+|(?<=['’]))") \
        if of_words else None
    p["scale_after_word"] = _later(
        r"\s+" + _alternation(between, b) + r"\s+(?P<x>" + _mixed(dict(r.scales), b) + r")(?![\p{L}])") if between else None
    p["suffix_scale"] = _later(
        "(?P<x>" + _alternation(r.suffix_scales, boundary=False, flags_i=False) + r")(?![\p{L}])")
    link = d.get("currency_link", [])
    link_alt = "|".join(
        regex.escape(l) + ("" if l.endswith(("'", "’")) else r"\s+") for l in sorted(link, key=len, reverse=True))
    looked_up = set(d.get("looked_up_currency_words", []))
    cur_alt = _mixed({k: v for k, v in r.currency_after.items() if k not in looked_up}, b)
    longest = max((len(k.split()) for k in looked_up), default=0)
    p["currency_words_lookup"] = _Later(lambda pattern=(
        (rf"\s*(?:(?i:{link_alt}))?" if link_alt else r"\s*") + r"(?P<x>[\p{L}\p{M}$.]+(?:[ \u00a0][\p{L}\p{M}$.]+){0,%d})" % max(longest - 1, 0)),
        lookup=Lookup({k: r.currency_after[k] for k in looked_up}): (store.compile(pattern), lookup)) if looked_up else None
    # "a 95-lira toll", "ein 5-Euro-Schein": a currency word hyphened to its figure, as a unit's ("a 7,000-ton frigate")
    p["currency_after"] = _later(rf"(?:\s*|-(?=\p{{L}}))(?:(?i:{link_alt}))?(?P<x>{cur_alt})" if link_alt
                                 else rf"(?:\s*|-(?=\p{{L}}))(?P<x>{cur_alt})")
    pct_words = d.get("percent_words", [])
    p["percent"] = _later(
        r"\s*(?P<x>" + _alternation(d.get("percent", []), False, False) + "|" + _alternation(pct_words, b) + ")")
    p["pp"] = _later(r"\s*(?P<x>" + _alternation(d.get("pp_words", []), b) + ")" + (r"(?![\p{L}])" if b else ""))
    unit_alt = _mixed({k: v for k, v in r.units.items() if k not in d.get("glued_units", {})}, b)
    # "115 millones de toneladas": the currency link words also link a scaled figure to its unit
    unit_link = rf"(?:(?i:{link_alt}))?" if link_alt else ""
    p["unit"] = _later(rf"(?:\s*|-){unit_link}(?P<x>{unit_alt})" + (r"(?![\p{L}0-9²³])" if b else ""))
    if d.get("glued_units"):  # en "12in", "(23.6in)": a unit symbol that is also a word, read glued to digits only
        glued = "|".join(regex.escape(k) for k in sorted(d["glued_units"], key=len, reverse=True))
        p["unit"] = _later(rf"(?<=[0-9])(?P<x>{glued})(?![\p{{L}}0-9])|(?:\s*|-){unit_link}(?P<x>{unit_alt})"
                           + (r"(?![\p{L}0-9²³])" if b else ""))
    p["set_determiner"] = _later(_alternation(d.get("set_determiners", []), b) + r"\s+\Z") if d.get("set_determiners") else None
    # "los tres partidos anteriores", "les deux premiers tours": a word of sequence in the noun phrase makes
    # the determined number a count of a run of a series, not a known set
    seq_words = d.get("sequence_words", [])
    p["sequence_after"] = _later(r"(?i)\s+(?:\p{L}+\s+)?" + _alternation(seq_words, True) + r"(?![\p{L}])") \
        if seq_words else None
    p["set_phrase"] = _later(_alternation(d.get("set_phrases", []), b)) if d.get("set_phrases") else None
    # the joiners of spelled numbers, the longest first (bg " и " before " "): a split keeping them ("twenty-two"),
    # and what separates two number words (a joiner or a space: "two and three", "dos y tres millones")
    joined = "|".join(regex.escape(j).replace(r"\ ", r"\s+") for j in sorted(d.get("word_joiners", []), key=len, reverse=True))
    p["joiner_split"] = _later("(" + (joined or "(?!)") + ")")
    p["number_word_gap"] = _later("(?:" + (joined + "|" if joined else "") + r"\s+)")
    # "a quarter of a million", "half a percentage point": the link after a fraction, and the words that make a bare
    # "point" a percentage point after one (``fraction_pp_words``)
    of = "|".join(regex.escape(w.strip()) for w in d.get("fraction_link", []) if w.strip())
    p["fraction_of"] = _later(r"(?:\s*(?:" + of + r")(?![\p{L}]))?\s*(?<=[\s'’])(?:(?P<a>\p{L}+)\s+)?" if of else
                              r"\s+(?:(?P<a>\p{L}+)\s+)?", regex.I)
    pp_words = d.get("fraction_pp_words", [])
    # where words are not spaced (th "เพิ่มขึ้น 6 จุดจากปีก่อน") no letter bounds them
    p["fraction_pp_word"] = (_later(r"\s*(?:" + "|".join(map(regex.escape, pp_words)) + r")" + (r"(?![\p{L}])" if b else ""),
                                    regex.I) if pp_words else None)
    change = d.get("points_change_before")  # "up 2.3 points" beside a percentage: percentage points
    p["points_change_before"] = (_later(r"(?i)(?<![\p{L}])(?:" + change + r")\s+\Z") if b else
                                 _later(r"(?i)(?:" + change + r")\s*\Z")) if change else None
    # "rose by 5%", uk "зросла на 5%", cs "zvýšila o 13 %": a percentage right after a change word (and its word
    # for "by", ``change_by_words``) is the size of a change, not a level (``Claim.change_size``)
    by_words = d.get("change_by_words") or []
    p["change_size_before"] = _later(r"(?i)(?<![\p{L}])(?:" + change + r")(?:\s+(?:" + _alternation(by_words, True)
                                     + r"))?\s+\Z") if change and by_words else p["points_change_before"]
    change_after = d.get("points_change_after")  # el "τρεις μονάδες λιγότερο", nl "drie punten hoger": the change after
    p["points_change_after"] = _later(r"(?i)\s*,?\s*(?:" + change_after + r")(?![\p{L}])") if change_after else None
    # a word right before a fixed phrase that makes it part of another word (zh "上半年", "下半年": a half of the year)
    p["phrase_not_after"] = _later("(?:" + "|".join(d["phrase_not_after"]) + r")\Z") if d.get("phrase_not_after") else None
    part = d.get("fraction_part_before", [])  # "the first half": a part of a match or a year, no share
    p["fraction_part_before"] = _later(r"(?i:" + "|".join(part) + r")\s+\Z") if part else None
    free = d.get("fraction_free_before", [])  # "fell by half", "cut in half", "chuté de moitié": a share with no link
    # an elided article ends glued to the fraction: fr "baissé d'un tiers en dix ans"
    p["fraction_free_before"] = _later(r"(?i:" + "|".join(free) + r")(?:(?<=['’])|\s+)\Z") if free else None
    p["not_before"] = _later("(?P<x>" + _alternation(d.get("not_before", []), b) + r")\s*\Z") if d.get("not_before") else None
    # "the Data Protection Act 2018", "the Treaty 1648": a year closing a document's name (``title_year_before``)
    p["title_year_before"] = (_later(r"(?<![\p{L}])" + _alternation(d["title_year_before"], b) + r"\s+\Z")
                              if d.get("title_year_before") else None)
    # "Republic Act 1425", "Public Act 1425": a title word after these words is a law's number, no year
    p["title_number_before"] = (_later(r"(?<![\p{L}])" + _alternation(d["title_number_before"], b) + r"\s+"
                                       + _alternation(d["title_year_before"], b) + r"\s+\Z")
                                if d.get("title_number_before") and d.get("title_year_before") else None)
    p["fraction_link"] = _later(r"\s*" + _alternation(d["fraction_link"], b) + r"|\s*[,.;:)]|\s*\Z") if d.get("fraction_link") else None
    # "A third of this is paid by Vienna and half by the state": a fraction word after a list word, where a share
    # with its link opened the list in the same sentence, takes that link too
    p["fraction_listed"] = _later(
        r"(?<![\p{L}])(?:" + _alternation(list(d["fraction_words"]), b) + r")\s*(?:" + _alternation(d["fraction_link"], b)
        + r")[^.!?;:]*?(?:,|\s(?:" + _alternation(d["list_connectors"], b) + r"))\s*\Z") \
        if d.get("fraction_link") and d.get("fraction_words") and d.get("list_connectors") else None
    p["not_after"] = _later(r"\s*" + _alternation(d.get("not_after", []), b)) if d.get("not_after") else None
    p["duration"] = _later(r"(?:\s*|[-‐])(?P<x>" + _alternation(r.duration_units, b) + ")" + (r"(?![\p{L}])" if b else ""))
    # "dizaines d'années", "decenas de años", "dozens of years": a vague amount linked to its unit of time
    p["duration_linked"] = _later(rf"\s*(?i:{link_alt})(?P<x>" + _alternation(r.duration_units, b) + ")" + (r"(?![\p{L}])" if b else "")) \
        if link_alt else None
    p["other_after"] = right(r.other_after)
    p["qual_after"] = right(r.qualifiers_after)
    # a bound right before the next figure ("85 million euros plus **up to** 15 million"): ``_number_at`` looks past it
    p["qual_follow"] = right(r.qualifiers_before)
    # ``digit_classifiers``: counters glued to digits only (ko "80척"), where a number word glued to them is
    # another word ("세척", washing)
    p["classifier"] = _later(r"\s?(?P<x>" + _alternation(d.get("classifiers", []) + d.get("digit_classifiers", []),
                                                         False, False) + ")")
    connectors = d.get("ratio_connectors", []) + d.get("ratio_article_connectors", [])
    # no "fem av de **siste** seks kampene": a sequence word between the connector and the whole
    seq_alt = (r"(?:" + _alternation(d.get("sequence_words", []), True) + r"\s+)?") if d.get("sequence_words") else ""
    # "23 of the city's 50 districts": an owner between the connector and the whole (``ratio_owner``)
    owner = ("(?:" + d["ratio_owner"] + r")?") if d.get("ratio_owner") else ""
    p["ratio"] = _later(r"\s*(?P<x>" + _alternation(connectors, True) + r")\s*" + owner + seq_alt)
    p["ratio_reversed"] = _later(
        r"(?:\s?(?P<cls>" + _alternation(d.get("classifiers", []), False, False) + r"))?(?P<x>" +
        _alternation(d.get("ratio_reversed", []), False) + ")")
    # the whole's counted noun in the case that says "out of" (hu "a 21 állomás**ból** 18")
    ends = d.get("ratio_reversed_noun_endings")
    p["ratio_reversed_noun"] = _later(r"\s+(?P<x>[\p{L}\p{M}]+(?:" + _alternation(ends, False) + r"))\s+") if ends else None
    # a suspended hyphen may stand before the connector ("18- to 29-year-olds", "18- bis 29-Jährige"); no
    # line break before it: a line starting "- " is the next list item ("堤防62キロ\n- 4000万立方メートル")
    p["range"] = _later(r"(?:[-‐](?=\s))?[^\S\n]*(?P<x>" + _alternation(d.get("range_connectors", []), b) + r")\s*")
    p["year_suffix"] = _later(r"\s?" + regex.escape(d["year_suffix"])) if d.get("year_suffix") else None
    # "2019年から23年": a full year and a range word before a short year that closes the span
    p["short_span_opener"] = _later(
        r"(?<!\d)(\d{4})\s?" + regex.escape(d["year_suffix"]) + r"\s?(?:"
        + "|".join(map(regex.escape, d["range_connectors"])) + r")\s?\Z") \
        if d.get("year_suffix") and d.get("range_connectors") else None
    # de "eine Umfrage unter 20.000 Schülern": words before a qualifier phrase that make it no bound; one guard
    # serves every phrase it names (each form of a verb of exceeding is unbound by the same negation)
    unbound_after: dict[str, str] = {}
    for guard in d.get("qualifier_not_after") or []:
        for phrase in guard["phrases"]:
            unbound_after[phrase] = f"{unbound_after[phrase]}|{guard['before']}" if phrase in unbound_after \
                else guard["before"]
    p["qualifier_not_after"] = _Later(lambda: Lookup({phrase: store.compile(r"(?:" + before + r")\s+\Z")
                                                      for phrase, before in unbound_after.items()}))
    ordinal = d.get("ordinal")
    p["ordinal"] = _later(ordinal) if ordinal else None

    # --- left-hand pieces (searched in a window ending at the number) -------------
    def left(keys, boundary=b, flags_i=True, tail=r"\s*"):
        return _later("(?P<x>" + _alternation(keys, boundary, flags_i) + ")" + tail + r"\Z")

    # searched right to left: with hundreds of CLDR symbols a forward search of the window is 20x slower
    p["currency_before"] = _later("(?P<x>" + _mixed(r.currency_before, b) + r")\s?\Z", regex.REVERSE)
    glued_codes = d.get("glued_currency_codes")
    # glued or a space apart ("MAD9.6bn", "MAD 13.2 billion")
    p["glued_code_before"] = _later(r"(?<![\p{L}\d])(?P<x>" + "|".join(glued_codes) + r")[ \u00a0]?\Z") if glued_codes else None
    glue = d.get("qualifier_glue", [])
    glue_alt = ("(?:" + (r"\s+" if b else r"\s*") + _alternation(glue, b) + ")?") if glue else ""
    p["qual_before"] = _later("(?P<x>" + _alternation(r.qualifiers_before, b) + ")" + glue_alt + r"\s*\Z")
    # ja "マグニチュードは6.3", "規模（マグニチュード）は6.3": a particle (and the marker's closing bracket) between
    # the marker and its figure (``other_before_gap``)
    gap = d.get("other_before_gap")
    p["other_before"] = left(r.other_before, tail=rf"(?:{gap})?\s*" if gap else r"\s*")
    # bn "সাড়ে ১২ হাজার", ur "ساڑھے 3 لاکھ": a word before digits that adds a fraction of one (``fraction_before_digits``)
    # eu "%15eko", "2025ean", "100etik gora": a case ending glued to the digits (``figure_case_endings``), no name
    p["figure_case_ending"] = _later(r"(?i:" + "|".join(d["figure_case_endings"]) + r")(?![\p{L}\p{M}\d])") \
        if d.get("figure_case_endings") else None
    p["fraction_before_digits"] = left(list(d["fraction_before_digits"]), tail=r"[^\S\n]+") \
        if d.get("fraction_before_digits") else None
    # zh "华氏零下16度": the sign word of a temperature (``negative_temperature``) may stand between scale and figure
    below = (d.get("negative_temperature") or {}).get("before") or []
    p["unit_prefix"] = left(list(d["unit_prefixes"]), tail=(r"\s*(?:" + _alternation(below, b) + r")?\s*") if below
                            else r"\s*") if d.get("unit_prefixes") else None
    # sw "bilioni 2.5", "milioni 54": `scales` entries written before their figure (``scales_before``)
    p["scale_before"] = left(d["scales_before"], tail=r"[^\S\n]+") if d.get("scales_before") else None
    # sw "pointi za asilimia 0.5": the words of a `pp_words` phrase before the `percent_prefix` word it ends in
    pp_heads = [w[: -len(pre)].strip() for w in d.get("pp_words", []) for pre in d.get("percent_prefix", [])
                if w.lower().endswith(" " + pre.lower())]
    p["pp_before_prefix"] = left(pp_heads, tail=r"[^\S\n]+") if pp_heads else None
    p["pp_word_set"] = frozenset(w.lower() for w in d.get("pp_words", []))
    # sw "kilomita 175", "miezi 18": `units`/`duration_units` entries written before their figure (``units_before``)
    # ar "الساعات الـ24": what joins the unit word to its figure, where the language links them (``units_before_link``)
    link = d.get("units_before_link")
    p["unit_before"] = left(d["units_before"], tail=r"[^\S\n]+" + (f"(?:{link})" if link else "")) \
        if d.get("units_before") else None
    p["phone_word"] = _later(_alternation(d["phone_words"], b)) if d.get("phone_words") else None
    p["phone_verb"] = _later(_alternation(d["phone_verbs"], b)) if d.get("phone_verbs") else None  # "call", "ligar"
    p["phone_verb_follow"] = _later(d["phone_verb_follow"]) if d.get("phone_verb_follow") else None  # "ring 101 **for**"
    p["phone_link"] = _later(d["phone_link"]) if d.get("phone_link") else None  # "call the Samaritans **on** 116 123"
    conn = d.get("list_connectors", [])
    p["phone_list"] = _later(r"\s*(?:,|" + _alternation(conn, b) + r")\s*(?:\p{L}{1,3}\s+)?") if conn and b else None
    # the hundredths of an amount told with its subunit ("4451円**28**銭", ar "١٢ جنيهًا **و٥٠** قرشًا"), after a list
    # connector ("and") or none
    p["subunit_digits"] = _later(r"\s?(?:" + _alternation(conn, False, False) + r"\s?)?(?P<n>\d{1,2})(?![\d.,])")
    p["phone_after"] = _later(d["phone_after"]) if d.get("phone_after") else None  # ja "119**番通報**"
    # a match score ("3-1", "2½–1½", "3:1"), also with a word or mark between its sides ("ganó 3 a 1",
    # "s'est imposé 3 à 0", "2比1"); a pair inside a clock of three parts ("10:15:30") is none; the full-width hyphen
    # of CJK text is the hyphen ("5－3で勝った"); a colon glued to the figure before it and spaced from the one after,
    # which a word follows, is punctuation ("has risen to 22: 15 people drowned"; "is therefore 3: 4." a ratio)
    marks, words = d.get("score_marks", []), d.get("score_words", [])
    p["score"] = _later(
        r"(?<![\d.,]|\d[:：])(?P<a>\d{1,3}(?:[.,]5)?½?|½)\s?(?P<c>[-–－&]|(?<!\d)[:：]|[:：](?!\s\d{1,3}(?:[.,]5)?½?(?![\d½])\s*\p{L})"
        + ("|" + _alternation(marks, False, False) if marks else "")
        + (r"|(?<=\s)(?:" + _alternation(words, False, False) + r")(?=\s)" if words else "")
        + r")\s?(?P<b>\d{1,3}(?:[.,]5)?½?|½)(?!\d|[.,]\d|\s?%|[:：]\d|[\p{Latin}\p{Cyrillic}])")
    # a temperature below zero in words: "minus 15", "零下15", "15 grados bajo cero", "15 градусов мороза"
    negative = d.get("negative_temperature", {})
    p["negative_before"] = left(negative["before"]) if negative.get("before") else None
    p["negative_after"] = right(negative["after"], glue=r"\s*") if negative.get("after") else None
    # "शून्य से 5 डिग्री नीचे" (from zero 5 degrees down): words on both sides, the zero no range's start
    around = negative.get("around", {})
    p["negative_around_before"] = left(around["before"]) if around else None
    p["negative_around_after"] = right(around["after"], glue=r"\s*") if around else None
    p["negative_around"] = _later(_alternation(around["before"], b) + r"\s*\d[\d.,]*\s*(?:\S+\s*){1,2}?"
                                  + _alternation(around["after"], b)) if around else None
    # "minus 3 percent", "moins 2 %": a minus word right before a percentage, not after a figure ("5 minus 3")
    minus = d.get("minus_words", {})
    not_after = rf"(?<!(?:{_alternation(minus['not_after'], b)})\s*)" if minus.get("not_after") else ""
    p["minus_before"] = _later(rf"(?<![0-9０-９%％]\s*){not_after}(?P<x>{_alternation(minus['before'], b)})\s+\Z") \
        if minus.get("before") else None
    # pt "menos 7% **do que** no ano anterior", "menos 2,1% **face a** 2011": words after the percentage that make
    # the minus word a comparative (7% less than), the figure no negative one
    p["minus_not_before"] = right(minus["not_before"]) if minus.get("not_before") else None
    p["rate_before"] = left(r.rate_before, boundary=False)
    # "800 km orari", "km por hora", "km à l'heure", "км в час": words after a length unit that make it a speed
    rate_after = d.get("rate_after", [])
    p["rate_after"] = _later(r"\s*(?P<x>" + _alternation(rate_after, b) + ")" + (r"(?![\p{L}])" if b else "")) if rate_after else None
    # "1 milyon 250 bin", ar "3 ملايين و500 ألف": what may stand between the scaled parts of one figure
    sum_joiners = _alternation(d.get("scale_sum_joiners", []), b).replace(_TRAIL, r"(?![\p{L}\p{M}])")
    p["scale_sum_gap"] = _later(rf"[ \u00a0](?:{sum_joiners}\s*)?")
    pairs = d.get("range_pairs", [])
    # the second word may be glued to the figure after it (ar "بين 10 و15"): no letter after it, a digit may be
    # and where it is a word joiner glued to the next word (ar " و"), to a number word after it ("بين خمسة وعشرة"),
    # which the range reader reads on its own
    glued_joiners = {j.strip() for j in d.get("word_joiners", []) if j.strip() and not j.endswith(" ")}
    pair_patterns = [(_alternation([a], b) + r"\s*\Z",
                      r"(?:[-‐](?=\s))?\s*" + _alternation([z], b).replace(
                          _TRAIL, "" if z.strip() in glued_joiners else r"(?![\p{L}\p{M}])") + r"\s*")
                     for a, z in pairs]
    p["range_pairs"] = _Later(lambda: [(store.compile(a), store.compile(z)) for a, z in pair_patterns])
    # a from-to pair that states a change is two figures, no range: ``change_before``, a regex of the change word and
    # the pair's opening word at the end of the text before the first figure ("rose from", "stieg von", "passé de");
    # ``change_pairs``, pairs that state a change whatever the verb (de "von … auf", nl "van … naar")
    change_before = d.get("change_before")
    p["change_before"] = _later(r"(?i)(?<![\p{L}\p{M}])(?:" + change_before + r")\s*\Z") if change_before else None
    change_patterns = [(_alternation([a], b) + r"\s*\Z",
                        r"(?:[-‐](?=\s))?\s*" + _alternation([z], b).replace(_TRAIL, r"(?![\p{L}\p{M}])") + r"\s*")
                       for a, z in d.get("change_pairs", [])]
    p["change_pairs"] = _Later(lambda: [(store.compile(a), store.compile(z)) for a, z in change_patterns])
    # ``change_after``: a regex matched right after the first figure that reaches the change word written after it,
    # between the figures (zh "从5亿**增至**7亿元") or after the second (ja "30ドル**から60ドルに上昇**")
    p["change_after"] = _later(d["change_after"]) if d.get("change_after") else None
    # "between X and Y" names two ends in either order ("tra il 70 e il 43%" is one range, written reversed);
    # "from X to Y" is a direction ("fell from 30 to 6"). A pair is of the first sort when its opening word opens
    # no pair but ones closed by a list connector ("and", "y", "und"; de "von … auf" opens "von … bis" too)
    connectors = {w.lower() for w in d.get("list_connectors", [])}
    closes: dict[str, set[bool]] = defaultdict(set)
    for a, z in pairs:
        closes[a.split()[0].lower()].add(z.split()[0].lower() in connectors)
    p["range_pair_unordered"] = [closes[a.split()[0].lower()] == {True} for a, _z in pairs]
    # hu "10 és 15 ezer forint **között**", fi "10 ja 15 asteen **välillä**": the pair's closing word after the
    # second figure (up to three words of scale and unit between; a figure's own point or comma, tr "1.200 ile
    # 1.400 arasında", ends no word)
    after_pairs = [(r"\s*" + _alternation([z], b) + r"\s*",
                    _PAIR_WORD + r"(?:\s+" + _PAIR_WORD + r"){0,3}?\s+"
                    + _alternation(list(close), b).replace(_TRAIL, r"(?![\p{L}\p{M}])"))
                   for z, *close in d.get("range_pairs_after", [])]
    p["range_pairs_after"] = _Later(lambda: [(store.compile(z), store.compile(c)) for z, c in after_pairs])
    p["conversion_gap"] = _later(
        r"\s*[,，;]?\s*(?:(?P<m>" + _alternation(d.get("conversion_markers", []), b) + r")\s*)?(?P<br>[(（])?\s*(?:(?P<m2>"
        + _alternation(d.get("conversion_markers", []), b) + r")\s*)?\Z")
    # "1,24 mld dol. płatności wstępnej, czyli ok. 1,17 mld peso": the amount's noun, a comma and a marker that is
    # no bound or approximation word of its own ("czyli", "i.e.", "soit", not "about"), then the conversion
    qualifier_words = {w.lower() for w in d.get("qualifiers_before", {})}
    strong = [m for m in d.get("conversion_markers", []) if m.lower() not in qualifier_words and m.lower() != "or"]
    p["conversion_gap_after_noun"] = _later(
        r"(?:\s+[\p{L}\p{M}][\p{L}\p{M}'’-]*){1,3}\s*[,，]\s*(?P<m>" + _alternation(strong, b) + r")\s*[,，]?\s*\Z"
    ) if strong else None

    # --- ranks, halves, tenths, scaled units, times --------------------------------
    rank_nouns = d.get("rank_nouns", {})
    word_end = r"(?![\p{L}])" if b else ""
    # "fifth floor", "fifth-floor room", "third-place finish"; ``rank_nouns_side``: a noun read on one side of its ordinal only
    # (nl "derde keer", never "twee keer tweede")
    side = d.get("rank_nouns_side", {})
    after_nouns = [n for n in rank_nouns if side.get(n, "after") == "after"]
    before_nouns = [n for n in rank_nouns if side.get(n, "before") == "before"]
    # ``rank_nouns_not_before``: a word after the noun that makes it part of another noun (en "the third time zone")
    compound = d.get("rank_nouns_not_before", [])
    rank_end = word_end + (r"(?!\s+" + _alternation(compound, b) + ")" if compound else "")
    p["rank_after"] = _later(r"[ \u00a0-]?(?P<x>" + _alternation(after_nouns, b) + ")" + rank_end) if after_nouns else None
    # an ordinal before a superlative is a rank, the noun it ranks left to follow (``superlatives``: the language's
    # superlative as a pattern, with its own word end: nl "tweede grootste", cs "druhý nejdelší", ms "ketiga terbesar")
    sup = d.get("superlatives")
    p["rank_superlative"] = _later(r"[ \u00a0-]?(?P<x>" + sup + ")") if sup else None
    # an ordinal before a noun and the ranking's scope is a rank, its superlative left out (``rank_scope_after``: es
    # "quinto exportador mundial", fr "deuxième économie mondiale")
    scope = d.get("rank_scope_after")
    p["rank_scope"] = _later(scope) if scope else None
    # a case form of a rank noun that no count takes makes bare digits an ordinal (ru "на 14 минуте", pl "w 14 minucie")
    bare_ranks = d.get("rank_nouns_after_bare_digits", [])
    p["rank_after_bare"] = _later(r"[ \u00a0]?(?P<x>" + _alternation(bare_ranks, b) + ")" + rank_end) if bare_ranks else None
    p["rank_before"] = _later("(?P<x>" + _alternation(before_nouns, b) + r")\s*\Z") if before_nouns else None
    verbs = d.get("rank_verbs", [])
    p["rank_verb"] = _later("(?P<x>" + _alternation(verbs, b) + r")\s+\Z") if verbs else None
    # "40th anniversary", "40e anniversaire", "60周年", "60-летие", "21st birthday": a number of years
    ann = d.get("anniversary_after", [])
    p["anniversary"] = _later(r"[ \u00a0-]?(?P<x>" + _alternation(ann, b) + ")" + word_end) if ann else None
    # id "HUT ke-80", "ulang tahun ke-60": the anniversary noun before the ordinal
    ann_before = d.get("anniversary_before", [])
    # (the name it is of may stand between, up to two capitalised words: "HUT RI ke-80", "HUT Kota Bogor ke-543")
    p["anniversary_before"] = _later("(?P<x>" + _alternation(ann_before, b) + r")(?:\s+\p{Lu}[\p{L}\p{M}\d.]*){0,2}\s*\Z"
                                     ) if ann_before else None
    totals = d.get("ordinal_total_after", [])
    p["ordinal_total"] = _later(r"\s+" + _alternation(totals, b)) if totals else None
    digit_ord = d.get("digit_ordinal")
    p["digit_ordinal"] = _later(digit_ord) if digit_ord else None
    half = d.get("half_words", [])
    p["half"] = _later(r"\s*(?P<x>" + _alternation(half, b) + ")" + word_end) if half else None
    quarters = d.get("quarter_words", {})  # fr "deux heures et quart": a fraction of the unit of time after it
    p["quarter"] = _later(r"\s*(?P<x>" + _mixed(quarters, b) + ")" + word_end) if quarters else None
    tenths = d.get("tenth_words", [])
    p["tenths"] = _later(r"\s?(?P<x>" + _alternation(tenths, b) + ")") if tenths else None
    hundredths = d.get("hundredth_words", [])
    # ``hundredth_digit_after``: the hundredths' digit written alone after the tenths (zh "两成五" 25 %), before what
    # this pattern says may follow it
    bare = d.get("hundredth_digit_after")
    ways = ([r"(?P<x>" + _alternation(hundredths, b) + ")"] if hundredths else []) + (["(?=" + bare + ")"] if bare else [])
    p["hundredths"] = _later(r"(?P<n>\d|[" + "".join(d.get("cjk_digits", {})) + "])(?:" + "|".join(ways) + ")"
                             ) if ways and tenths else None
    thousandths = d.get("thousandth_words", [])  # ja "5割8分8厘": one digit after the hundredths
    p["thousandths"] = _later(r"(?P<n>\d|[" + "".join(d.get("cjk_digits", {})) + "])(?P<x>" + _alternation(thousandths, b) + ")"
                              ) if thousandths and hundredths and tenths else None
    scaled_units = d.get("scaled_units", {})
    p["scaled_unit"] = _later(r"(?:\s*|-)(?P<x>" + _mixed(scaled_units, b) + ")" + word_end) if scaled_units else None
    p["scaled_units"] = _Later(Lookup, scaled_units)  # the unit and factor of each
    # a currency word that carries its scale (sv "120 Mkr", "3 mdkr", "500 tkr", "MSEK 120"): after or before the figure
    scaled_cur = d.get("scaled_currencies", {})
    p["scaled_currency"] = _later(r"\s*(?P<x>" + _mixed(scaled_cur, b) + ")" + word_end) if scaled_cur else None
    # a currency word only ever written after its figure ("85p", never "p 85": that is a page)
    before_cur = {k: v for k, v in scaled_cur.items() if k not in d.get("scaled_currencies_after_only", [])}
    p["scaled_currency_before"] = _later("(?P<x>" + _mixed(before_cur, b) + r")\s?\Z") if before_cur else None
    shares = d.get("share_connectors", [])
    p["share"] = _later(r"\s+(?P<x>" + _alternation(shares, b) + r")\s+") if shares else None
    cues = d.get("money_cues", [])
    p["money_cue"] = _later("(?:" + _alternation(cues, b) + r")\s*(?:\p{L}+\s+){0,2}\Z") if cues else None
    # a unit word that names a currency and a measure ("pounds", "ポンド"): phrase -> reading -> cue pattern
    p["ambiguous_units"] = _Later(lambda: Lookup({
        phrase: {reading: store.compile("|".join(f"(?:{c})" for c in cues), regex.I) for reading, cues in readings.items()}
        for phrase, readings in d.get("ambiguous_units", {}).items()}))
    # "às 52h55", "à 23 h 75": figures no clock has, in a time's place (groups ``odd_hour``, ``odd_minute``)
    p["times"] = _later_each([_widen_places(t, _TIME_PLACES) for t in d.get("time_patterns", [])])
    p["decades"] = _later_each(d.get("decade_patterns", []))
    p["age_decades"] = _later_each(d.get("age_decade_patterns", []))
    # "6-foot-6", "6 ft 6 in", "6フィート6インチ": feet and inches, one length in feet
    p["compound_lengths"] = _later_each(d.get("compound_length_patterns", []))
    # race times and gaps with marks ("4h51'37\"", "1'12\""), moments of play ("on 27:37"), and small
    # multipliers ("three times as large", "3倍") that no language reads as a claim
    p["clock_durations"] = _later_each(d.get("clock_duration_patterns", []))
    p["game_clocks"] = _later_each(d.get("game_clock_patterns", []))
    p["multipliers"] = _later_each(d.get("multiplier_patterns", []))
    # days of a calendar the tables do not convert ("5 رجب 1448 هـ"): no claim, no count of their digits
    p["other_calendar_days"] = _later_each(d.get("other_calendar_patterns", []))
    p["era_year"] = _era_year_pattern(r, store.compile)
    p["short_years"] = _later_each(d.get("short_year_patterns", []))
    # "내년 4월" (marks after digits) and the templates of "April next year", "l'an prochain en avril"
    marked = [_relative_year_month_pattern(r, store.compile)] if d.get("relative_year_marks") else []
    p["relative_dates"] = _Later(lambda: marked + [store.compile(t) for t in relative_dates])
    # every one of them holds a relative word: one search for those spares the patterns on most texts
    rel_words = [w.replace("’", "'") for key in ("relative_years", "relative_month_words") for w in d.get(key, {})]
    p["relative_words"] = _later(_alternation(rel_words, r.word_boundaries).replace("'", "['’]")) \
        if rel_words and (marked or relative_dates) else None
    # "지난 4월 18일", "去る4月18日": a dated day marked as in a month before or after now is not the month a
    # day written alone falls in (``_fill_months``)
    moved = [w.replace("’", "'") for key in ("relative_years", "relative_month_words")
             for w, offset in d.get(key, {}).items() if offset]
    p["moved_month_before"] = _later("(?:" + _alternation(moved, b).replace("'", "['’]") + r")\s?\Z") \
        if moved else None
    # "at 11:95", "um 16:85 Uhr": minutes that can be no minutes, in a time's place (a garbled time, not a score)
    before, after = d.get("clock_context_before", []), d.get("clock_context_after", [])
    p["clock_before"] = _later("(?:" + "|".join(before) + r")\s*\Z") if before else None
    p["clock_after"] = _later(r"\s?(?:" + "|".join(after) + ")") if after else None
    # "jedes fünfte Kind", "un enfant sur cinq", "каждый пятый": a share of a whole, in percent
    p["share_patterns"] = _later_each(d.get("share_patterns", []))
    p["day_dates"] = _later_each([_date_pattern(t, r) for t in d.get("day_patterns", [])])
    p["year_before"] = _later("(?P<x>" + _alternation(d.get("year_before", []), b) + r")\s*\Z") if d.get("year_before") else None
    # "June 3009", "May 30, 2505", "30. Mai 2505": a four-digit figure after a month name (and a day) is a year
    p["month_before"] = _later("(?:" + _alternation(list(r.months), b) + r")\.?[ \u00a0]+(?:\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+)?\Z") \
        if r.months and b else None
    # ru "3 тыс. 10 марта", tr "3 bin 10 Mart'ta": digits before a month name are a date's day, no part of a ``scale_sum``
    p["month_after"] = _later(r"[ \u00a0]+(?:" + _alternation(list(r.months), False) + ")") \
        if r.months and d.get("scale_sum") else None
    p["year_after"] = _later(r"\s*(?P<x>" + _alternation(d.get("year_after", []), b) + ")") if d.get("year_after") else None
    p["year_after_any_value"] = _later(d["year_after_any_value"]) if d.get("year_after_any_value") else None
    p["year_count_after"] = _later(d["year_count_after"]) if d.get("year_count_after") else None
    # read by the comparison: a negation before or after a bound, a time zone named in a sentence
    p["negation_before"] = _later(_alternation(d.get("negation_words", []), b))
    p["negation_after"] = _later(_alternation(d.get("negation_words_after", []), b))
    p["negation_idiom"] = _later(_alternation(d.get("negation_idioms", []), b)) if d.get("negation_idioms") else None
    p["time_zone"] = _later(_mixed(d.get("time_zone_words", []) + d.get("local_time_words", []), b))
    p["local_time"] = _later(_mixed(d.get("local_time_words", []), b)) if d.get("local_time_words") else None
    # after a comma too: es "a las 15.00 horas, en Bruselas", fr "à 15 heures, à Bruxelles"
    p["time_zone_after_clock"] = _later(r"[\s\u00a0]*(?:,[\s\u00a0]*)?(?P<x>" + _mixed(d["time_zone_words_after_clock"], b)
                                        + ")") if d.get("time_zone_words_after_clock") else None
    # zone word -> the IANA zone of the place it names, where that place keeps summer time (``zone_ids``)
    p["time_zone_ids"] = Lookup(d.get("time_zone_ids") or {})
    # zone word -> its offsets from UTC in minutes (one, or the standard and the summer one: "CET" (60, 120))
    zone_offsets = d.get("time_zone_offsets", {})
    p["time_zone_offsets"] = _Later(lambda: Lookup({w: tuple(o) if isinstance(o, list) else (o,)
                                                    for w, o in zone_offsets.items()}))

    # --- dates ----------------------------------------------------------------------
    p["dates"] = _later_each([_date_pattern(_widen_places(item["pattern"], _date_places(r)), r)
                              for item in d.get("date_patterns", [])])
    p["word"] = _later(r"[\p{L}](?:[\p{L}\p{M}]|-(?!\p{N}))*(?:(?<=\p{Latin})-\p{N}+|-)?")  # a designation is one word: "F-16", "T-72"
    # an age written as an apposition ("Narcis Termes, 68,"): left context searched, right matched
    # "33, 34 and 39 years", "10 e 11 anni": the gap between the figures of one enumeration
    # "6-4, 3-6, 7-6 (7-4)": hyphened pairs of small figures a list joins (a match's set scores), before and after one
    pair = r"\d{1,2}[-–]\d{1,2}"
    pair_join = rf"(?:\s?\({pair}\))?,?\s(?:{_alternation(d.get('list_connectors', []), b)}\s)?"
    p["pair_list_before"] = _later(rf"(?:{pair}{pair_join})+\Z")
    p["pair_list_after"] = _later(rf"(?:{pair_join}{pair}(?![\d.,]\d))+")
    p["list_gap"] = _later(r"\s*(?:[,，、]\s*)?(?:" + _alternation(d.get("list_connectors", []), b) + r")?\s*\Z")
    # "…, in Japan acht": the few words after a comma or list connector that a gapped clause's number word closes
    connectors = d.get("list_connectors", [])
    p["gapped_clause"] = _later(r"(?i)(?:,|\s" + _alternation(connectors, b) + r"\s)(?P<gap>[^,\d]{0,40})\Z" if connectors
                                else r",(?P<gap>[^,\d]{0,40})\Z")
    # "dei 200 e dei 400 metri": a determiner repeated before each figure of an enumeration
    determiners = d.get("list_determiners", [])
    p["list_determiner"] = _later(r"(?i)(?<![\p{L}])(?:" + "|".join(
        regex.escape(w) for w in sorted(determiners, key=len, reverse=True)) + r")\s*\Z") if determiners else None
    # "12-14 March", "du 12 au 14 mars": what joins two days of one month
    day_joiners = set(d.get("range_connectors", [])) | set(d.get("list_connectors", [])) | {z for _a, z in pairs}
    p["day_range_gap"] = _later(
        rf"(?i)\s*(?:[-–‐/,]|(?<![\p{{L}}]){_alternation(day_joiners, False)}(?![\p{{L}}]))?\s*\Z")
    # ja "1つの作品", "1 周後": a digit one before a noun it does not count is the article "one", "a"
    p["bare_one_article"] = _later(d["bare_one_article"]) if d.get("bare_one_article") else None
    p["zero_level_before"] = _later(d["zero_level_before"]) if d.get("zero_level_before") else None
    # zh "报38912.40点", "收于3050点": a verb of an index's level before the figure, its mark of points after it
    il = d.get("index_level") or {}
    p["index_level_before"] = _later("(?:" + il["before"] + r")\Z") if il.get("before") else None
    p["index_level_after"] = _later(il["after"]) if il.get("after") else None
    # ja "計682便", "約680便": a total or a bound before the figure makes a `not_after` mark its counter
    p["counted_before_label"] = _later("(?:" + d["counted_before_label"] + r")\Z") if d.get("counted_before_label") else None
    # "600 metres long and 150 wide": a dimension word after or before a bare figure, and the gap from the length
    # before it (a comma or a list connector, in one clause) -- ``extract._elided_dimension``
    dw = d.get("dimension_words") or {}
    p["dimension_after"] = _later(dw["after"]) if dw.get("after") else None
    p["dimension_before"] = _later("(?:" + dw["before"] + r")\Z") if dw.get("before") else None
    conn = "|".join(regex.escape(c) for c in d.get("list_connectors", []))
    p["dimension_gap"] = _later(r"[^.;:!?\n]{0,40}\Z" if not conn else
                                r"(?=.*(?:,|(?<![\p{L}])(?:" + conn + r")(?![\p{L}])))[^.;:!?\n]{0,40}\Z",
                                regex.I | regex.S) if dw else None
    # "15 800 norska kronor ... 11 500 kronor": currency words qualified by a country ending in a bare word the table
    # reads as the home currency, each with (that home reading, its own code) -- ``extract._sibling_currency``
    words = {k.lower(): v for k, v in (d.get("currency_words") or {}).items()}
    bare = {w: c for w, c in words.items() if " " not in w}
    qualified = {n: (bare[n.split()[-1]], c) for n, c in words.items() if len(n.split()) >= 2 and n.split()[-1] in bare}
    p["sibling_currency"] = _Later(lambda pattern=(
        r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, sorted(qualified, key=len, reverse=True))) + r")(?![\p{L}])"),
        qualified=qualified, bare=bare: (store.compile(pattern), qualified, bare)) if qualified else None
    # en "who in 2016 won the presidency", "won his third title": a currency word that is also a verb
    # (``currency_verbs``), matched at the word: the verb where the words after it say so (``after``), or, after a
    # bare year, ``after_year`` -- ``extract._Scanner.match``
    cverbs = d.get("currency_verbs") or {}
    for k in ("after", "after_year"):
        alts = [rf"{_alternation([w], True)}(?:{c[k]})" for w, c in cverbs.items() if c.get(k)]
        p["currency_verb_" + k] = _later("(?:" + "|".join(alts) + ")") if alts else None
    # "dropped by 2 million tonnes to 11.3 million": the word of a change by an amount before its first figure
    # (``change_by_before``), and what a bare scaled figure counts named after it, no money (``ellipsis_noun_after``)
    p["change_by_before"] = _later(r"(?i)(?<![\p{L}\p{M}])(?:" + d["change_by_before"] + r")\s*\Z") \
        if d.get("change_by_before") else None
    p["ellipsis_noun_after"] = _later(d["ellipsis_noun_after"]) if d.get("ellipsis_noun_after") else None
    # "9,4 millions de recettes", "€2m in revenue": a noun that names an amount of money counts none
    p["amount_noun"] = _later(r"(?<![\p{L}])(?:" + _alternation(d["amount_nouns"], b) + r")\W*\Z") \
        if d.get("amount_nouns") else None
    # "rose to $512 million from $389 million", fr "512 millions, contre 389": the words before a second figure
    # that make it the level a change left, written after the level reached (``level_left_before``)
    p["level_left_before"] = _later(r"(?i)(?<![\p{L}\p{M}])(?:" + d["level_left_before"] + r")\s*\Z") \
        if d.get("level_left_before") else None
    # "1日約1万3500台", "一日350ドル": what may follow a ``rate_periods`` period before the figure counted per it
    bounds = d.get("rate_period_bounds", [])
    p["rate_period_next"] = _later(r"\s*" + (rf"(?:{_alternation(bounds, boundary=False, flags_i=False)})?\s*" if bounds else "")
                                   + "[0-9０-９" + "".join(r.cjk_digits) + "]") if d.get("rate_periods") else None
    # an article with a unit of time or measure that is one of it in these contexts ("within a month", "about a mile
    # away"; ``article_duration_context``, ``article_measure_context``), and the measure units it may stand before
    adc, amc = d.get("article_duration_context") or {}, d.get("article_measure_context") or {}
    for k in ("before", "after", "not_before", "not_after"):
        p["article_duration_" + k] = _later(adc[k]) if adc.get(k) else None
    for k in ("before", "after"):
        p["article_measure_" + k] = _later(amc[k]) if amc.get(k) else None
    p["article_measure_unit"] = _later(_alternation(measure_units, False) + r"\Z") if measure_units else None
    # it "tutte e quattro le partite", nl "alle vier de wedstrijden": the article between a spelled number and its noun
    p["noun_after_article"] = _later(d["noun_after_article"]) if d.get("noun_after_article") else None
    # "a mother of two", "killing nine": words before a spelled number whose counted noun is understood
    p["elided_count_before"] = _later("(?:" + d["elided_count_before"] + r")\Z") if d.get("elided_count_before") else None
    p["elided_count_after"] = _later(d["elided_count_after"]) if d.get("elided_count_after") else None
    # the same words anywhere in a window: a breakdown they open ("из них восемь … и пять")
    p["elided_count_opener"] = _later(d["elided_count_before"]) if d.get("elided_count_before") else None
    # the country words of each currency code (``ambiguous_currency_words`` keeps them per bare word)
    by_code: dict[str, set[str]] = {}
    for words_by_code in d.get("ambiguous_currency_words", {}).values():
        for code, words in words_by_code.items():
            by_code.setdefault(code, set()).update(w.lower() for w in words)
    p["currency_country_words"] = {code: tuple(sorted(words)) for code, words in by_code.items()}
    # "5 cases per 100,000 people", "10万人当たり", "每10万人": the base of a rate, no claim of its own
    rb = d.get("rate_base") or {}
    p["rate_base_before"] = _later("(?:" + rb["before"] + r")\Z") if rb.get("before") else None
    p["rate_base_after"] = _later(rb["after"]) if rb.get("after") else None
    p["rate_base_before_noun"] = _later("(?:" + rb["before_noun"] + r")\Z") if rb.get("before_noun") else None
    p["rate_base_nouns"] = _later(r"\s*(?i:" + "|".join(map(regex.escape, rb["nouns"])) + r")(?![\p{L}])") if rb.get("nouns") else None
    # "lost 2-4 to Boston", "2-4로 패해", "2-4で敗れ": the words of a match's result around a hyphened pair
    sc = d.get("score_context") or {}
    p["score_context_before"] = _later("(?:" + sc["before"] + r")\Z") if sc.get("before") else None
    p["score_context_after"] = _later(sc["after"]) if sc.get("after") else None
    p["score_context_not_after"] = _later(sc["not_after"]) if sc.get("not_after") else None
    # hi "तीन सप्ताह तक चली": a bound after a duration that a verb of lasting follows means "for"
    lasting = d.get("lasting_after") or {}
    p["lasting_after"] = _Later(lambda: Lookup({phrase: store.compile(after) for phrase, after in lasting.items()})) \
        if lasting else None
    # tr "%3'e kadar düştü", ur "96 دن سے کم ہو کر 71 دن": a verb right after a bound written after its figure makes it
    # the level reached or the start of a change, no bound (``qualifier_verb_after``)
    verb_after = d.get("qualifier_verb_after") or {}
    p["qualifier_verb_after"] = _Later(lambda: Lookup({phrase: store.compile(after) for phrase, after in verb_after.items()})) \
        if verb_after else None
    # "выросла до 5%", "subió hasta el 5%": a verb of change before a bound makes it the level reached
    lr = (d.get("level_reached") or {}).get("before")
    # an abbreviation's point inside the clause is no sentence end: ru "вырос на 1,2 руб., до", uk "на 1 в. п. — до"
    p["level_reached_before"] = _later("(?:" + lr + r")(?:[^.!?;,:]|(?<=[0-9])[.,](?=[0-9])|(?<=\p{L})\.(?=\s*[\p{Ll},—–-])){0,80}"
                                       r"(?:,\s*)?\Z") if lr else None
    # nl "is tot 2,4 procent gedaald", af "het tot 5,4 persent gedaal": the verb of change written after the figure
    lr_after = (d.get("level_reached") or {}).get("after")
    p["level_reached_after"] = _later(lr_after) if lr_after else None
    ys = d.get("year_before_strong")  # el "Το 1821 ξέσπασε": a singular article, a year whatever follows
    p["year_before_strong"] = _later(r"(?<![\p{L}])(?:" + _alternation(ys, True) + r")\s+\Z") if ys else None
    p["count_after_year"] = _later(d["count_after_year"]) if d.get("count_after_year") else None
    # ``weekday_name_parts``: words after a weekday, or before it, that make it part of a title or name
    wn = d.get("weekday_name_parts") or {}
    wn_gap, wn_end = (r"[ \u00a0]", r"(?![\p{L}\p{M}])") if b else ("", "")  # Han: "周六夜现场"
    p["weekday_name_after"] = _later(wn_gap + "(?:" + "|".join(wn["after"]) + ")" + wn_end) if wn.get("after") else None
    for key in ("before", "before_any"):
        p["weekday_name_" + key] = _later(r"(?<![\p{L}\p{M}])(?:" + "|".join(wn[key]) + r")[ \u00a0]\Z") if wn.get(key) else None
    ab = d.get("address_before")  # uk "вул. Хрещатик, 22", bg "ул. „Граф Игнатиев“ 15": a house number, no claim
    p["address_before"] = _later("(?:" + ab + r")\Z") if ab else None
    p["quoted_title_before"] = _later("(?:" + d["quoted_title_before"] + r")\s*\Z") if d.get("quoted_title_before") else None
    p["count_noun_after_name"] = _later(d["count_noun_after_name"]) if d.get("count_noun_after_name") else None
    p["address_after"] = _later(d["address_after"]) if d.get("address_after") else None
    uc = d.get("unit_compound_nouns", [])  # vi "3 đồng phạm" (accomplices): a noun opening with a unit word
    # where words are not spaced a particle is glued after the noun (ko "59도루를", "10도움을": no °C)
    p["unit_compound"] = _later(r"\s*" + _alternation(uc, b) + (r"(?![\p{L}])" if b else "")) if uc else None
    db = d.get("during_bounds") or {}  # sv "följde patienter under tio år": a bound after a verb of a span, "during"
    p["during_before"] = _later("(?:" + db["before"] + r")(?:[^.!?;,:]|(?<=[0-9])[.,](?=[0-9])){0,80}\Z") \
        if db.get("before") else None
    p["during_not_after"] = _later(_alternation(db.get("not_after", []), True) + r"\s+\Z") if db.get("not_after") else None
    ps = d.get("per_second_after")  # "кубометров воды в секунду": a volume, perhaps what flows, then a second
    p["per_second_after"] = _later(r"[^\S\n]+(?:[\p{L}'’]+[^\S\n]+){0,2}?" + _alternation(ps, b) +
                                   (r"(?![\p{L}])" if b else "")) if ps else None
    eb = d.get("extent_bounds") or {}  # "spread over 590 hectares": a bound after a verb of extent, the ground covered
    p["extent_before"] = _later("(?:" + eb["before"] + r")\Z") if eb.get("before") and eb.get("bounds") else None
    # "そのうち1つは", "議員の1人が": a one that picks a member of a set ("one of them"), no count
    one_of = d.get("one_of_context") or {}
    if one_of and not (isinstance(one_of.get("before"), str) and isinstance(one_of.get("after"), str)):
        raise ValueError(f"{r.lang}: one_of_context needs regexes 'before' and 'after'")
    p["one_of_before"] = _later("(?:" + one_of["before"] + r")\Z") if one_of else None
    p["one_of_after"] = _later(one_of["after"]) if one_of else None
    # "was second with", "in seventh by the end", "for fourth.": an ordinal whose place noun is left out
    elided = d.get("rank_elided_context") or {}
    if elided and not (isinstance(elided.get("before"), str) and isinstance(elided.get("after"), str)):
        raise ValueError(f"{r.lang}: rank_elided_context needs regexes 'before' and 'after'")
    p["rank_elided_before"] = _later("(?:" + elided["before"] + r")\Z") if elided else None
    p["rank_elided_after"] = _later(elided["after"]) if elided else None
    # "Third was the German", "Trzeci był Niemiec": an ordinal opening a clause before a copula and its subject
    p["rank_fronted_after"] = _later(d["rank_fronted_after"]) if d.get("rank_fronted_after") else None
    p["age_left"] = _later(d["age_left"] + r"\Z") if d.get("age_left") else None
    # "aged 14 and ...", "at the age of 17": words that make the number an age whatever follows
    p["age_before"] = _later(d["age_before"] + r"\Z") if d.get("age_before") else None
    p["age_right"] = _later(d["age_right"]) if d.get("age_right") else None
    # ko "한도윤(29·탐라개발)": an age bracketed with what the person belongs to, after a middle dot
    p["age_affiliation"] = _later(d["age_affiliation"]) if d.get("age_affiliation") else None
    # es "$420.000 millones" in a story from Mendoza: each currency a bare symbol may be, with its places
    places = d.get("symbol_places") or {}
    p["symbol_places"] = _Later(lambda: _place_finders(store, places)) if places else None
    return p


def _place_finders(store: "_PatternStore", places: dict[str, dict[str, list[str]]]) -> dict[str, list[tuple[str, Any]]]:
    """``symbol_places`` compiled: for each symbol, each currency with one pattern of its places as whole words."""
    return {symbol: [(code, store.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
                                          + r")(?![\p{L}])")) for code, names in by_code.items() if names]
            for symbol, by_code in places.items()}


def _relative_date_patterns(r: LangRules) -> list[str]:
    """The ``relative_date_patterns`` templates as regexes: ``{month}`` a month name (or a group ``month`` of
    digits, "지난 4월"), ``{relative_year}`` a
    ``relative_years`` phrase ("next year", "l'an prochain"), ``{relative_month}`` a ``relative_month_words``
    word ("next", "prochain"); an apostrophe in a phrase matches either form ("l'an", "l’an")."""
    d = r.data
    templates = d.get("relative_date_patterns", [])
    if not (isinstance(templates, list) and all(isinstance(t, str) for t in templates)):
        raise ValueError(f"{r.lang}: relative_date_patterns is a list of templates")
    for key in ("relative_years", "relative_month_words"):
        offsets = d.get(key, {})
        if not (isinstance(offsets, dict) and all(isinstance(v, int) for v in offsets.values())):
            raise ValueError(f"{r.lang}: {key} maps each phrase to its offset (an integer)")
    if d.get("relative_years") and not (templates or d.get("relative_year_marks")):
        raise ValueError(f"{r.lang}: relative_years needs relative_year_marks or relative_date_patterns")
    if d.get("relative_month_words") and not templates:
        raise ValueError(f"{r.lang}: relative_month_words needs relative_date_patterns")

    def words(key: str) -> str:
        phrases = [w.replace("’", "'") for w in d.get(key, {})]
        return _alternation(phrases, r.word_boundaries).replace("'", "['’]")

    out = []
    for t in templates:
        if not ("{month}" in t or "(?P<month>" in t) or not ("{relative_year}" in t or "{relative_month}" in t):
            raise ValueError(f"{r.lang}: a relative date pattern names {{month}} (or a group 'month') and "
                             f"{{relative_year}} or {{relative_month}}: {t}")
        t = t.replace("{relative_year}", f"(?P<rel>{words('relative_years')})")
        t = t.replace("{relative_month}", f"(?P<rel>{words('relative_month_words')})")
        out.append(_date_pattern(t, r))
    return out


def _relative_year_month_pattern(r: LangRules, compiler=regex.compile) -> "regex.Pattern | None":
    """"내년 4월", "来年4月1日": a word naming a year relative to now (``relative_years``), then a month and
    optionally a day, each followed by its ``relative_year_marks`` mark (digits no month or day has, "今年0月", read
    as garbled)."""
    d = r.data
    words = d.get("relative_years")
    if not words:
        return None
    marks = d.get("relative_year_marks", {})
    if not (marks.get("month") and marks.get("day")):
        raise ValueError(f"{r.lang}: relative_years needs relative_year_marks with month and day")
    # "去年十二月", "去年五月三日": month and day in numerals too, where the language writes them (as eras do)
    numerals = _small_numerals(r)
    spelled = f"|[{numerals}]{{1,3}}" if numerals else ""
    return compiler(
        rf"(?P<rel>{_alternation(words, False, False)})\s?(?P<month>1[0-2]|0?[1-9]|\d\d?{spelled})\s?(?:{marks['month']})"
        rf"(?:\s?(?P<day>[0-3]?\d|\d\d{spelled})\s?(?:{marks['day']}))?(?!{DIGIT})")


def _small_numerals(r: LangRules) -> str:
    """The numeral characters that write a number below 100 ("三", "十二", "三十一"): digits and the ten."""
    return ("".join(r.cjk_digits) if r.myriad else "") + "".join(ch for ch, v in r.cjk_multipliers.items() if v == 10)


def _era_year_pattern(r: LangRules, compiler=regex.compile) -> "regex.Pattern | None":
    """"平成30年", "令和元年5月1日": an era name, its year (``era_first_year`` or a number up to 999, in
    digits or numerals), then optionally month and day, each followed by its ``era_date_suffixes`` mark."""
    d = r.data
    eras = d.get("era_years")
    if not eras:
        return None
    suffixes = d.get("era_date_suffixes", {})
    if not all(suffixes.get(part) for part in ("year", "month", "day")):
        raise ValueError(f"{r.lang}: era_years needs era_date_suffixes with year, month and day")
    marks = {part: regex.escape(suffixes[part]) for part in ("year", "month", "day")}
    years = [rf"{DIGIT}{{1,3}}"]  # up to 999: the ROC calendar ("民国113年") runs past 99
    if d.get("era_first_year"):
        years.insert(0, regex.escape(d["era_first_year"]))
    numerals = _small_numerals(r)
    if numerals:
        years.append(f"[{numerals}]{{1,5}}")  # "一百一十三"
    return compiler(
        rf"(?P<era>{_alternation(eras, False, False)})\s?(?P<n>{'|'.join(years)})\s?{marks['year']}"
        rf"(?:\s?(?P<month>{DIGIT}{{1,2}})\s?{marks['month']}(?:\s?(?P<day>{DIGIT}{{1,2}})\s?{marks['day']})?)?")


_TIME_PLACES = (("hour", r"(?P<odd_hour>\d\d)"), ("minute", r"(?P<odd_minute>\d\d)"))


def _date_places(r: LangRules) -> tuple[tuple[str, str], ...]:
    """What a date pattern's digit groups also take: figures no day or month has (groups ``odd_day``,
    ``odd_month``: "40 мая 2005 г.", "4000 October 1918", "91月6日", "0月"), which the extractor keeps as a
    garbled date; and where the language writes dates in Han numerals ("二〇二四年三月五日", "十二月二十五日"),
    those: the year digit by digit, the month and day as numbers."""
    numerals = _small_numerals(r) if r.cjk_digits else ""
    if not numerals:
        return ("day", r"(?P<odd_day>\d{2,4})"), ("month", r"(?P<odd_month>\d\d?)")
    return (("year", f"[{''.join(r.cjk_digits)}]{{4}}"), ("day", rf"(?P<odd_day>\d{{2,4}})|[{numerals}]{{1,3}}"),
            ("month", rf"(?P<odd_month>\d\d?)|[{numerals}]{{1,3}}"))


def _widen_places(template: str, places) -> str:
    """A pattern whose named groups (``places``: name, regex) are written in digits, with each regex as one more
    alternative of its group; a group of words ("dos", "vinte e um", "1er") is left as it is."""
    for name, extra in places:
        start = template.find(f"(?P<{name}>")
        if start < 0:
            continue
        body_start = start + len(name) + 5
        depth, i = 1, body_start
        while depth and i < len(template):
            if template[i] == "\\":
                i += 1
            elif template[i] in "()":
                depth += 1 if template[i] == "(" else -1
            i += 1
        body = template[body_start:i - 1]
        if regex.search(r"\p{L}", body.replace(r"\d", "").replace("1er", "")):
            continue
        template = f"{template[:i - 1]}|{extra}{template[i - 1:]}"
    return template


def _date_pattern(template: str, r: LangRules) -> str:
    case_sensitive = bool(r.data.get("case_sensitive_months"))

    def names(mapping: Lookup) -> str:
        if not mapping:
            return "(?!)"
        keys = list(mapping)
        if case_sensitive:
            keys = [k[:1].upper() + k[1:] for k in keys]
        return _alternation(keys, boundary=r.word_boundaries, flags_i=not case_sensitive)

    out = template.replace("{month}", f"(?P<month>{names(r.months)})").replace("{weekday}", f"(?P<weekday>{names(r.weekdays)})")
    calendar = r.data.get("calendar_months")
    if "{calendar_month}" in out:
        if not calendar:
            raise ValueError(f"{r.lang}: a date pattern names {{calendar_month}} without a 'calendar_months' table")
        out = out.replace("{calendar_month}", "(?P<cmonth>" + _alternation(
            list(calendar["months"]), boundary=r.word_boundaries, flags_i=not case_sensitive) + ")")
    lead = r"(?<![\w.,])" if r.word_boundaries else r"(?<![0-9])"
    return lead + "(?:" + out + ")" + (r"(?!\w)" if r.word_boundaries else "")
