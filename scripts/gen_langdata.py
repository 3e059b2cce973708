#!/usr/bin/env python3
"""Generate the CLDR layer of each language table: ``claimcheck/lang/cldr/<lang>.json``.

Why: currency names and symbols, unit names, scale words, separators, month and
weekday names exist for every locale in CLDR (shipped in Python by ``babel``), and the
characters one script of a language writes for another's in OpenCC (``opencc``); a
hand-written table per language cannot keep up with them.  This script writes
them once, in the table's own keys; ``claimcheck.langdata`` merges that layer
under the hand-written supplement (``claimcheck/lang/<lang>.json``), so the
supplement adds and overrides, and ``cldr_exclude`` in the supplement removes
generated entries that are wrong for news text (en "pound" is a weight).  Run
time reads the committed JSON, never babel.

    .venv/bin/python scripts/gen_langdata.py            # rewrite claimcheck/lang/cldr/*.json
    .venv/bin/python scripts/gen_langdata.py --check    # exit 1 when the committed files are stale
    .venv/bin/python scripts/gen_langdata.py --unit-cases-from DIR   # refresh scripts/data/cldr_unit_cases.json

babel drops the grammatical case forms CLDR gives unit names (ru "{0} литрами", de "{0} Litern", cs "{0}
kilometrech"), so they come from CLDR's own JSON (the npm package ``cldr-units-full``, ``make cldr-cases``):
``--unit-cases-from`` keeps the case patterns of the units the tables read in ``scripts/data/cldr_unit_cases.json``,
which every run (and ``--check``) reads, offline.

``make langdata`` runs the first; ``tests/lang/test_langdata_schema.py`` the second.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from functools import lru_cache, partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG_DIR = ROOT / "claimcheck" / "lang"
OUT_DIR = LANG_DIR / "cldr"
#: the case forms of unit names (``--unit-cases-from``): {locale: {unit id: ["{0} литрами", ...]}}
UNIT_CASES = ROOT / "scripts" / "data" / "cldr_unit_cases.json"

#: CLDR unit id -> the unit symbol claimcheck normalises to (measures)
MEASURE_UNITS = {
    "length-kilometer": "km", "length-meter": "m", "length-centimeter": "cm", "length-millimeter": "mm",
    "length-mile": "mi", "length-foot": "ft", "length-inch": "inch", "mass-kilogram": "kg", "mass-gram": "g",
    "mass-tonne": "t", "volume-liter": "l", "volume-cubic-meter": "m3", "volume-cubic-kilometer": "km3",
    "area-square-kilometer": "km2", "area-square-meter": "m2", "area-hectare": "ha", "area-acre": "acre",
    "speed-kilometer-per-hour": "km/h", "speed-mile-per-hour": "mph", "speed-meter-per-second": "m/s",
    "pressure-hectopascal": "hPa", "temperature-celsius": "°C", "temperature-fahrenheit": "°F",
    "power-watt": "W", "power-kilowatt": "kW", "power-megawatt": "MW", "power-gigawatt": "GW",
    "energy-kilowatt-hour": "kWh",
    # every other unit of claimcheck/data/units.json that CLDR names (no Wh, MWh..TWh, TW, Mt: CLDR has none)
    "length-yard": "yd", "length-nautical-mile": "nmi", "speed-knot": "kn", "area-square-mile": "mi2",
    "area-square-foot": "ft2", "volume-milliliter": "ml", "volume-gallon": "gal", "volume-barrel": "bbl",
    "mass-pound": "lb", "mass-ounce": "oz", "temperature-kelvin": "K", "pressure-pascal": "Pa",
    "pressure-kilopascal": "kPa", "pressure-megapascal": "MPa", "power-horsepower": "hp",
    "digital-byte": "B", "digital-kilobyte": "kB", "digital-megabyte": "MB", "digital-gigabyte": "GB",
    "digital-terabyte": "TB", "digital-megabit": "Mbit", "digital-gigabit": "Gbit", "digital-terabit": "Tbit",
    "frequency-hertz": "Hz", "frequency-kilohertz": "kHz", "frequency-megahertz": "MHz", "frequency-gigahertz": "GHz",
    # units news writes that units.json gained later; a food "calorie" is a kilocalorie in news text (CLDR's small
    # calorie is chemistry's), so both calorie ids, listed after the kilocalorie ids, read as kcal ("500 Kalorien")
    "mass-carat": "ct", "mass-stone": "st", "mass-milligram": "mg", "mass-microgram": "µg",
    "energy-kilocalorie": "kcal", "energy-foodcalorie": "kcal", "energy-calorie": "kcal",
    "energy-joule": "J", "energy-kilojoule": "kJ", "concentr-permillion": "ppm",
    "electric-volt": "V", "electric-ampere": "A",
    "consumption-mile-per-gallon": "mpg", "consumption-liter-per-100-kilometer": "l/100km",
    "pressure-bar": "bar", "pressure-atmosphere": "atm", "pressure-millimeter-ofhg": "mmHg",
    "pressure-pound-force-per-square-inch": "psi",
    "volume-cubic-foot": "ft3", "volume-hectoliter": "hl", "volume-megaliter": "Ml", "volume-pint": "pt",
    "length-micrometer": "µm", "length-nanometer": "nm", "length-light-year": "ly",
}
#: CLDR unit names that are other words in news text, dropped in every language: a unit's plural that is the
#: drinks place or the material ("three bars", "threw stones", pl "kamieni", cs "kámen", hr "kamen", fa "سنگ"),
#: "times" (hi "3 बार", fa "سه بار"), a month (es "julio" joule), a number (ar "ستون" sixty), a bound noun (ko
#: "줄" line, "바"; he "בר"), a glued prefix (zh "巴" of 巴西), a curling stone (ja, ko), a chapter (ru "гл"), a
#: prefix written before the figure (zh "百万分之"), a name whose inner "100" the figure stripping ate (ar, he)
UNIT_NAME_WORDS = {
    "mass-stone": {"stones", "Stones", "kamieni", "kamienia", "kamienie", "kamień", "kamene", "kameny", "kamenů",
                   "kámen", "kamen", "kamena", "سنگ", "ستون", "ストーン", "스톤"},
    "pressure-bar": {"bars", "bares", "bary", "barów", "barů", "бара", "бари", "барів", "baari", "baaria", "बार",
                     "بار", "בר", "巴", "바"},
    "energy-joule": {"julio", "julios", "줄"},
    "volume-hectoliter": {"гл"},
    "concentr-permillion": {"百万分之"},
    "consumption-liter-per-100-kilometer": {"لتران لكل  كيلومتر", "ליטר/ ק״מ"},
}
#: short CLDR unit names that are ordinary words in news text, dropped in every language ("gal" gallon, "cal")
SHORT_NAME_WORDS = {"gal", "cal", "Cal", "кал", "卡", "سع", "atm"}  # "a .50 cal rifle", ru "кал", zh "卡" of 卡车;
# a short name of three lowercase letters matches in capitals too: "5 ATM machines" are cash machines
#: units whose one-letter short names the tables always read (ru "м", "т", "г", "л"); any other's are dropped
LETTER_NAMES_KEPT = {"length-meter", "mass-gram", "mass-tonne", "volume-liter"}
#: units of one unit per another that CLDR names no compound for: data rates and flows in the second's or the
#: hour's "per" form ("{0} por segundo", ar "{0} في الثانية", "cubic meters per second") and mass concentrations in
#: the cubic metre's or the litre's ("{0} per cubic meter", th "{0} ต่อลูกบาศก์เมตร", ru "{0} на кубический метр"),
#: each filled with the first unit's names; where a locale puts the divisor first (ko "초당 {0}") the words before
#: the figure are its ``rate_before`` (``_rate_prefixes``)
PER_UNITS = {
    "duration-second": {"digital-megabit": "Mbit/s", "digital-gigabit": "Gbit/s", "digital-terabit": "Tbit/s",
                        "volume-cubic-meter": "m3/s", "volume-liter": "l/s"},
    "duration-hour": {"volume-cubic-meter": "m3/h"},
    "volume-cubic-meter": {"mass-microgram": "µg/m3", "mass-milligram": "mg/m3"},
    "volume-liter": {"mass-milligram": "mg/l", "mass-microgram": "µg/l", "mass-gram": "g/l"},
}
DURATION_UNITS = {
    "duration-second": "second", "duration-minute": "minute", "duration-hour": "hour", "duration-day": "day",
    "duration-week": "week", "duration-month": "month", "duration-year": "year",
}
#: numbers whose plural category covers every form a language inflects a noun for after a figure
COUNTS = (1, 2, 3, 5, 11, 21, 22, 100, 1.5)


def current_currencies() -> list[str]:
    """ISO 4217 codes some territory uses today (no historical currencies such as "mark")."""
    from babel.core import get_global

    codes = set()
    for spans in get_global("territory_currencies").values():
        for code, _start, end, tender in spans:
            if end is None and tender:
                codes.add(code)
    return sorted(codes)


def _strip_number(formatted: str) -> str | None:
    """"5 kilometres" -> "kilometres"; "5 ヘクトパスカル" -> "ヘクトパスカル"; None when no number is in it."""
    import regex

    m = regex.search(r"[\d.,\u00a0\u202f\u066b\u066c٠-٩]+", formatted)
    if not m:
        return None
    name = (formatted[:m.start()] + formatted[m.end():]).strip(" \u00a0\u202f\u200f\u061c")
    return name or None


def _long_unit_name(unit_id: str, lang: str) -> str | None:
    """The locale's long name of one of a unit, without its number ("cubic meter", hi "घन मीटर"); None where the
    locale has no data for it or babel writes the unit's id in its place."""
    from babel.units import format_unit

    try:
        name = _strip_number(format_unit(1, unit_id, length="long", locale=lang))
    except Exception:  # a unit this locale has no data for
        return None
    return name if name and unit_id not in name else None


@lru_cache(maxsize=None)
def _unit_cases() -> dict[str, dict[str, list[str]]]:
    return json.loads(UNIT_CASES.read_text(encoding="utf-8")) if UNIT_CASES.exists() else {}


def _unit_case_names(locale: str, table: dict[str, str]) -> dict[str, str]:
    """The long names of ``table``'s units in each grammatical case CLDR gives the locale (ru "литрами", "литрах",
    de "Litern", cs "kilometrech"), lower case, mapped to the unit's symbol; names that are other words in news
    text (``UNIT_NAME_WORDS``) or close on no letter (da "tons'") are left out."""
    names: dict[str, str] = {}
    for unit_id, patterns in _unit_cases().get(locale.replace("_", "-"), {}).items():
        if unit_id not in table:
            continue
        for pattern in patterns:
            if not (pattern.startswith("{0}") or pattern.endswith("{0}")):
                continue
            name = pattern.replace("{0}", "").replace("\u200e", "").replace("\u200f", "").strip(" \u00a0\u202f")
            if name and name.lower() not in {w.lower() for w in UNIT_NAME_WORDS.get(unit_id, ())} \
                    and not any(ch.isdigit() for ch in name) \
                    and (name[-1].isalpha() or unicodedata.category(name[-1]).startswith("M")):
                names.setdefault(name.lower(), table[unit_id])
    return names


def write_unit_cases(package: Path) -> int:
    """Keep the case patterns of the tables' units from an unpacked ``cldr-units-full`` (``package/main/<locale>/
    units.json``) for every locale the tables are generated from; the number of locales that have any."""
    import regex

    locales = set()
    for lang in supported():
        path = LANG_DIR / f"{lang}.json"
        listed = json.loads(path.read_text(encoding="utf-8")).get("cldr_locales") if path.exists() else None
        locales.update(loc.partition(":")[0].replace("_", "-") for loc in (listed or [lang]))
    unit_ids = {**MEASURE_UNITS, **DURATION_UNITS}
    out: dict[str, dict[str, list[str]]] = {}
    for locale in sorted(locales):
        path = package / "main" / locale / "units.json"
        if not path.exists():
            continue
        long = json.loads(path.read_text(encoding="utf-8"))["main"][locale]["units"]["long"]
        cases = {}
        for unit_id in unit_ids:
            forms = long.get(unit_id) or {}
            # "<case>-count-<plural>": the case forms; "unitPattern-count-*" are the nominative babel already has
            patterns = sorted({p for k, p in forms.items() if regex.match(r"(?!unitPattern-)\w+-count-", k)})
            if patterns:
                cases[unit_id] = patterns
        if cases:
            out[locale] = cases
    UNIT_CASES.parent.mkdir(parents=True, exist_ok=True)
    UNIT_CASES.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _unit_cases.cache_clear()
    return len(out)


def _per_pattern(loc, divisor: str, length: str) -> str | None:
    """A locale's "per" pattern of a divisor unit ("{0} per second", ko "초당 {0}"), read from its data: no public
    accessor of babel holds it."""
    return loc._data.get("unit_patterns", {}).get(divisor, {}).get(length, {}).get("per")


def _per_unit_names(loc, lang: str) -> dict[str, str]:
    """The names of ``PER_UNITS``: "gigabits por segundo", "تيرابت في الثانية", "micrograms per cubic meter".
    Babel's ``format_compound_unit`` writes the unit's id where a locale lacks its long name (ar "digital-gigabit
    في الثانية"), so each divisor's "per" pattern is read from the locale data (no public accessor holds it) and
    filled with each name ``format_unit`` gives."""
    from babel.units import format_unit

    out: dict[str, str] = {}
    compound = loc._data.get("compound_unit_patterns", {}).get("per", {}).get("long", {}).get("compound")
    for divisor, units in PER_UNITS.items():
        per, short_per = _per_pattern(loc, divisor, "long"), _per_pattern(loc, divisor, "short")
        # the locale's general "per" compound filled with the divisor's name, where its own "per" form is a slash
        # (hi "{0}/घन मीटर", while the press writes "माइक्रोग्राम प्रति घन मीटर" as "{0} प्रति {1}" builds it)
        divisor_name = _long_unit_name(divisor, lang)
        general = compound.replace("{1}", divisor_name) if compound and divisor_name \
            and compound.startswith("{0}") and per and "/" in per else None
        for unit_id, symbol in units.items():
            for length, n in ((length, n) for length in ("long", "short") for n in COUNTS):
                try:
                    name = _strip_number(format_unit(n, unit_id, length=length, locale=lang))
                except Exception:  # a unit this locale has no data for
                    continue
                if not name or unit_id in name:
                    continue
                # a short name that is a word ("تيرابت") where the locale has no long one; not a symbol ("Gb/s", "Tb")
                if per and per.startswith("{0}") and (length == "long" or (len(name) > 2 and name.isalpha())):
                    out.setdefault(per.replace("{0}", name).strip().lower(), symbol)
                if general and length == "long":
                    out.setdefault(general.replace("{0}", name).strip().lower(), symbol)
                # the short name in the short form, in a script of its own (ru "мкг/м³", "Гбит/с"; "µg/m³" is common)
                if length == "short" and short_per and short_per.startswith("{0}") and not name.isascii() and \
                        len(name) > 1:
                    out.setdefault(short_per.replace("{0}", name).strip(), symbol)
    return out


#: units of energy CLDR names no compound for, spelled as the locale spells the kilowatt-hour with the prefix of its
#: own name for the megawatt or the gigawatt ("kilowatthodin" -> "gigawatthodin", "kilowatogodzin" -> "gigawatogodzin")
PREFIXED_HOURS = {"power-megawatt": "MWh", "power-gigawatt": "GWh"}


def _prefixed_hours(lang: str, names: dict[str, str]) -> dict[str, str]:
    """Long names of the megawatt-hour and the gigawatt-hour: each long name of the kilowatt-hour that holds the
    locale's long name of the kilowatt, with the megawatt's or the gigawatt's in its place."""
    kilo = (_long_unit_name("power-kilowatt", lang) or "").lower()
    out: dict[str, str] = {}
    if len(kilo) < 5:
        return out
    for unit_id, symbol in PREFIXED_HOURS.items():
        other = (_long_unit_name(unit_id, lang) or "").lower()
        if not other:
            continue
        for name, unit in names.items():
            if unit == "kWh" and kilo in name:
                out[name.replace(kilo, other)] = symbol
    return out


def _rate_prefixes(loc) -> dict[str, str]:
    """The words written before a figure for "per second" and "per hour" where the locale's "per" pattern puts the
    divisor first (ko "초당 {0}", zh_Hant "每秒 {0}"): ``rate_before``, which joins "/s" or "/h" to the unit the figure
    carries ("초당 1950㎥": m3/s)."""
    out: dict[str, str] = {}
    for divisor, suffix in (("duration-second", "/s"), ("duration-hour", "/h")):
        per = _per_pattern(loc, divisor, "long")
        if per and per.endswith("{0}") and not per.startswith("{0}"):
            out[per[:-len("{0}")].strip()] = suffix
    return out


def generate(lang: str) -> dict:
    """The generated layer of ``lang``: ``_generate_cldr``, and where the supplement names an OpenCC conversion
    (``fold_characters_from``: zh "t2s"), the characters it folds one to one (``fold_characters``)."""
    path = LANG_DIR / f"{lang}.json"
    supplement = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    out = _generate_cldr(lang, supplement.get("cldr_locales"))
    if supplement.get("fold_characters_from"):
        written = set(path.read_text(encoding="utf-8")) | set(json.dumps(out, ensure_ascii=False))
        out["fold_characters"] = _opencc_characters(supplement["fold_characters_from"], written)
    return out


def _opencc_characters(config: str, written: set[str]) -> dict[str, str]:
    """Each CJK ideograph OpenCC's ``config`` turns into one other character ("t2s": 歲 → 岁, 屆 → 届), so a text
    written in the other script reads as the table is written, offsets unchanged; a character the tables write
    themselves is read as written (zh "日圓", "萬": the table has them)."""
    import opencc

    convert = opencc.OpenCC(config).convert
    out = {}
    for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF)):
        for code in range(lo, hi + 1):
            ch = chr(code)
            folded = convert(ch)
            if len(folded) == 1 and folded != ch and ch not in written:
                out[ch] = folded
    return out


def _generate_cldr(lang: str, locales: list[str] | None) -> dict:
    """The CLDR layer of ``lang``: of its own locale, or of each locale its supplement lists in ``cldr_locales``
    (a language written in two scripts, sr Cyrillic and Latin: ``["sr", "sr_Latn"]``), merged in that order
    (the first locale's separators and names win where two name one thing); "ar_MA:months" takes only the keys
    named after the colon."""
    if not locales:
        return _generate_locale(lang)
    out = {"_generated": f"from CLDR via babel for locales {', '.join(map(repr, locales))} by "
                         "scripts/gen_langdata.py; do not edit"}
    for locale in locales:
        # "ar_MA:months": of that locale only the names listed after the colon (its Maghreb month names, not
        # its number separators)
        locale, _, only = locale.partition(":")
        for key, value in _generate_locale(locale).items():
            if key == "_generated" or (only and key not in only.split(",")):
                continue
            if isinstance(value, dict):
                merged = {**value, **out.get(key, {})}
                out[key] = dict(sorted(merged.items()))
            elif isinstance(value, list):
                out[key] = out.get(key, []) + [v for v in value if v not in out.get(key, [])]
            else:
                out.setdefault(key, value)
    return out


def _all_han(word: str) -> bool:
    """Written in Chinese characters only: two of them make a currency's whole name ("泰铢", "卢布")."""
    return all(unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH") for ch in word)


def _generate_locale(lang: str) -> dict:
    from babel import Locale, localedata
    from babel.numbers import get_currency_name, get_currency_symbol, get_decimal_symbol, get_group_symbol
    from babel.units import format_unit

    # babel resolves a locale's aliases into the parent data it caches, shared with every later locale (after
    # "he", Hindi's generated months held Hebrew ones): each language reads freshly loaded data
    localedata._cache.clear()
    loc = Locale.parse(lang)
    out: dict = {"_generated": f"from CLDR via babel for locale {lang!r} by scripts/gen_langdata.py; do not edit"}
    out["decimal"] = get_decimal_symbol(lang)
    out["group"] = [get_group_symbol(lang)]

    words: dict[str, str] = {}
    symbols: dict[str, set[str]] = {}
    for code in current_currencies():
        for n in COUNTS:
            name = get_currency_name(code, count=n, locale=lang)
            if name and name != code and (len(name) >= 3 or len(name) == 2 and _all_han(name)):
                words.setdefault(name.lower(), code)
        sym = get_currency_symbol(code, lang)
        if sym and sym != code and (len(sym) >= 2 or not sym.isalpha()):
            symbols.setdefault(sym, set()).add(code)
    out["currency_words"] = dict(sorted(words.items()))
    bare = _bare_currency_words(loc, words)
    if bare:
        out["ambiguous_currency_words"] = bare
    unique = {s: next(iter(c)) for s, c in symbols.items() if len(c) == 1}
    out["currency_before"] = dict(sorted(unique.items()))
    out["currency_after"] = dict(sorted(unique.items()))

    for key, table in (("units", MEASURE_UNITS), ("duration_units", DURATION_UNITS)):
        names: dict[str, str] = {}
        for unit_id, symbol in table.items():
            for length in ("long", "short"):
                for n in COUNTS:
                    try:
                        name = _strip_number(format_unit(n, unit_id, length=length, locale=lang))
                    except Exception:  # a unit this locale has no data for
                        continue
                    if name == unit_id:  # babel writes the id where the locale has no name for it
                        continue
                    name = name.replace("\u200e", "").replace("\u200f", "").strip() if name else name
                    if name in UNIT_NAME_WORDS.get(unit_id, ()):
                        continue
                    # a short name that is one letter of a cased script ("Б" byte, "К" kelvin) or a word ("gal")
                    # would make "5 Б" (a class) or "a 22 gal" a measure: common.json holds the safe symbols
                    if length == "short" and name and ((len(name) == 1 and name.isalpha() and name.lower() != name.upper()
                                                        and key == "units" and unit_id not in LETTER_NAMES_KEPT)
                                                       or name in SHORT_NAME_WORDS):
                        continue
                    # short Latin names of two letters are words too ("in", "ac"): common.json holds the safe ones
                    if name and (length == "long" or len(name) > 2 or not name.isascii()) \
                            and not any(ch.isdigit() for ch in name):
                        names.setdefault(name if length == "short" else name.lower(), symbol)
        for name, symbol in _unit_case_names(str(loc), table).items():
            names.setdefault(name, symbol)
        if key == "units":
            names.update({k: v for k, v in _per_unit_names(loc, lang).items() if k not in names})
            names.update({k: v for k, v in _prefixed_hours(lang, names).items() if k not in names})
        # CLDR multiplies units with the dot operator ("кВт⋅ч"); news types the middle dot ("кВт·ч")
        names.update({k.replace("\u22c5", "\u00b7"): v for k, v in names.items() if "\u22c5" in k})
        out[key] = dict(sorted(names.items()))
    rates = _rate_prefixes(loc)
    if rates:
        out["rate_before"] = rates

    scales: dict[str, float] = {}
    for length in ("long", "short"):
        formats = loc.compact_decimal_formats.get(length) or {}
        for magnitude, pattern in (formats.get("other") or {}).items():
            text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
            zeros = text.count("0")
            word = text.replace("0", "").replace("'", "").replace(".", "").strip(" \u00a0\u200f")
            if not word or zeros == 0 or any(ch.isdigit() for ch in word):
                continue
            scale = float(int(magnitude) // 10 ** (zeros - 1))
            if scale >= 1000 and (length == "long" or len(word) > 2 or not word.isascii()):
                scales.setdefault(word if length == "short" else word.lower(), scale)
    out["scales"] = dict(sorted(scales.items()))

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    wide_weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for n, name in loc.days[context]["wide"].items():
            wide_weekdays.setdefault(name.lower(), int(n))
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for n, name in loc.months[context][width].items():
                if not any(ch.isdigit() for ch in name) and len(name) > 2:
                    months.setdefault(name.lower(), int(n))
            for n, name in loc.days[context][width].items():
                if len(name) > 2:
                    weekdays.setdefault(name.lower(), int(n))
    out["months"] = dict(sorted(months.items()))
    out["weekdays"] = dict(sorted(weekdays.items()))
    # full names only: a weekday standing alone ("on Friday") is a claim; abbreviations ("Sa", "mar") are words
    out["weekdays_wide"] = dict(sorted(wide_weekdays.items()))
    # countries by name (two-letter codes: no regions such as "Europe"), so that two figures' clauses can say they
    # are of different countries (``clauses.countries_in``)
    out["countries"] = dict(sorted({str(name).lower(): code for code, name in loc.territories.items()
                                    if len(code) == 2 and code.isalpha()}.items()))
    # the world's regions by name (numeric codes, "World" left out), so that a figure's clause can name its region
    # ("exports to Southeast Asia", ja "東南アジア向け") where it names no country (``clauses.figure_countries``)
    out["regions"] = dict(sorted({str(name).lower(): code for code, name in loc.territories.items()
                                  if code.isdigit() and code != "001"}.items()))
    out["symbol_places"] = _symbol_places(loc)
    zones = _zone_names(loc)
    if zones:
        out["time_zone_words"] = sorted(zones)
        out["time_zone_offsets"] = dict(sorted(zones.items()))
    cities = _zone_cities(loc)
    if cities:
        out["zone_cities"] = dict(sorted(cities.items()))
    countries = _zone_countries(loc)
    if countries:
        out["zone_countries"] = dict(sorted(countries.items()))
    ids = _zone_ids(loc, cities, countries)
    if ids:
        out["zone_ids"] = dict(sorted(ids.items()))
    return out


def _zone_ids(loc, cities: dict, countries: dict) -> dict[str, str]:
    """For each city and country of ``zone_cities`` and ``zone_countries`` that keeps summer time (two offsets), the
    IANA zone it is read in, so that a clock's day picks the offset in force that day by that place's own rules of
    change, where the zones keeping its two offsets disagree that day (Beirut and Gaza in late March): a city's own
    zone, a country's first."""
    from babel.core import get_global

    out: dict[str, str] = {}
    for tz, territory in sorted(get_global("zone_territories").items()):
        name = loc.territories.get(territory)
        if name and isinstance(countries.get(str(name)), list) and str(name) not in out:
            out[str(name)] = tz
    for tz, city in _zone_city_names(loc):
        if isinstance(cities.get(city), list) and _kept_offsets(tz) == tuple(cities[city]):
            out[city] = tz
    return out


def _zone_countries(loc) -> dict[str, int | list[int]]:
    """The countries whose every time zone keeps the same UTC offsets (January and July, one where they are equal),
    by the locale's name for each (en "India", "Sri Lanka", ar "الهند"), for the press's "India time", "بتوقيت الهند"
    (``city_time_formats`` of the supplement, as ``zone_cities``); a country of several offsets (Russia, Brazil) is
    left out."""
    from babel.core import get_global

    pairs: dict[str, set[tuple[int, ...]]] = {}
    for tz, territory in get_global("zone_territories").items():
        pair = _kept_offsets(tz)
        if pair is not None:
            pairs.setdefault(territory, set()).add(pair)
    out: dict[str, int | list[int]] = {}
    for code, name in loc.territories.items():
        if len(code) == 2 and code.isalpha() and len(pairs.get(code, ())) == 1:
            (pair,) = pairs[code]
            out[str(name)] = list(pair) if len(pair) > 1 else pair[0]
    return out


def _kept_offsets(tz: str) -> tuple[int, ...] | None:
    """The UTC offsets, in minutes, an IANA zone keeps in January and July, sorted, one where they are equal; None
    where the database lacks the zone."""
    import datetime
    import zoneinfo

    try:
        zone = zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    return tuple(sorted({int(zone.utcoffset(datetime.datetime(2025, m, 15)).total_seconds() // 60) for m in (1, 7)}))


def _zone_city_names(loc) -> list[tuple[str, str]]:
    """Each IANA zone with the city the locale names it after; where the locale writes its cities in Latin letters,
    a zone it names no city for is called as its id says ("Asia/Tehran": "Tehran")."""
    from babel.core import get_global

    own = [str(z.get("city")) for z in loc.time_zones.values() if z.get("city")]
    latin = sum(c.isascii() for c in own) * 2 > len(own)
    out = []
    for tz in sorted(set(get_global("meta_zones")) | set(loc.time_zones)):
        names = loc.time_zones.get(tz, {})
        city = names.get("city") or (tz.rsplit("/", 1)[-1].replace("_", " ") if latin and "/" in tz else None)
        if city and len(str(city)) >= 2 and not any(ch.isdigit() for ch in str(city)):
            out.append((tz, str(city)))
    return out


def _zone_cities(loc) -> dict[str, int | list[int]]:
    """The cities CLDR names the locale's time zones after (en "Kyiv", es "Kiev", zh "基辅"), each with its zone's
    UTC offsets in minutes by today's rules (January and July, one where they are equal), for the press's "Kyiv
    time", "hora de Kiev" (``city_time_formats`` of the supplement). A city two zones of other offsets share is
    left out."""
    found: dict[str, set[tuple[int, ...]]] = {}
    for tz, city in _zone_city_names(loc):
        pair = _kept_offsets(tz)
        if pair is not None:
            found.setdefault(city, set()).add(pair)
    return {city: (list(rs[0]) if len(rs[0]) > 1 else rs[0][0]) for city, r in found.items()
            for rs in [sorted(r)] if len(rs) == 1}


@lru_cache(maxsize=1)
def _metazone_offsets() -> dict[str, tuple[int, int]]:
    """Each CLDR metazone's UTC offsets in minutes (January, July), by today's rules of the tz database: those most
    of its zones have."""
    import datetime
    import zoneinfo
    from collections import Counter

    from babel.core import get_global

    seen: dict[str, Counter] = {}
    for tz, metazone in get_global("meta_zones").items():
        try:
            zone = zoneinfo.ZoneInfo(tz)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
        pair = tuple(int(zone.utcoffset(datetime.datetime(2025, m, 15)).total_seconds() // 60) for m in (1, 7))
        seen.setdefault(metazone, Counter())[pair] += 1
    return {metazone: counts.most_common(1)[0][0] for metazone, counts in seen.items()}


def _unaccented(word: str) -> str:
    """The word with the accents of Latin, Greek and Cyrillic letters dropped (other scripts' vowel signs are
    parts of their letters and stay)."""
    import unicodedata

    import regex
    return "".join(regex.sub(r"\p{Mn}", "", unicodedata.normalize("NFD", ch))
                   if regex.match(r"[\p{Latin}\p{Greek}\p{Cyrillic}]", ch) else ch for ch in word)


def _zone_names(loc) -> dict[str, int | list[int]]:
    """The time zones CLDR names in the locale (each metazone's long names: ja "モスクワ時間", es "hora de Moscú",
    de "Moskauer Zeit", en "Moscow Time"), each with its UTC offsets in minutes: the generic name both seasons',
    the standard name the lesser, the summer name the greater (only where the zone keeps summer time now). Only
    names that hold a place (a country or a zone's city): es "hora central" may open "hora central europea". A
    name that is only its place (ru "Москва") is none; a name two zones of other offsets share is left out."""
    from babel.core import get_global

    offsets = _metazone_offsets()
    places = {str(v).lower() for v in loc.territories.values()}
    countries = {str(v).lower() for k, v in loc.territories.items() if k.isalpha()}  # not regions ("Asia Central")
    cities = {str(z.get("city")).lower() for z in loc.time_zones.values() if z.get("city")}
    cities |= {tz.rsplit("/", 1)[-1].replace("_", " ").lower() for tz in get_global("meta_zones")}  # "Moscow"
    named = [p for p in countries | cities if len(p) >= 3]
    place_words = {w for p in named for w in p.split() if len(w) >= 5}
    folded_places = {_unaccented(w) for w in place_words}
    names: dict[str, set[tuple[int, ...]]] = {}
    for metazone, widths in loc.meta_zones.items():
        if metazone not in offsets:
            continue
        winter, summer = offsets[metazone]
        long = widths.get("long") or {}
        readings = {"generic": tuple(sorted({winter, summer})), "standard": (min(winter, summer),)}
        if winter != summer:
            readings["daylight"] = (max(winter, summer),)
        for variant, reading in readings.items():
            name = long.get(variant)
            if not name or name.lower() in places:
                continue
            if " " not in name and not all(ord(ch) >= 0x2E80 for ch in name):
                continue  # one word of a spaced script: a place ("Москва"), no zone
            low = name.lower()
            # accents folded: "Horário de Brasília" holds the country "Brasil"
            tokens = [_unaccented(t) for t in low.split()]
            if not (any(p in low for p in named) or any(_common_prefix(w, t) >= max(5, len(w) - 2)
                                                         for w in folded_places for t in tokens)):
                continue  # no place in it ("hora central", "Eastern Time"): a phrase that may begin a longer one
            names.setdefault(name, set()).add(reading)
    return {name: (list(r[0]) if len(r[0]) > 1 else r[0][0]) for name, rs in names.items()
            for r in [sorted(rs)] if len(rs) == 1}


# a sign several countries write for their own currency, at home ("$": the peso in Mexico, Argentina, Chile)
SHARED_HOME_SIGNS = ("$",)


def _symbol_places(loc) -> dict[str, dict[str, list[str]]]:
    """For each sign several countries write for their own currency (``SHARED_HOME_SIGNS``), the places that say
    which one an article means: each currency's countries and the cities CLDR names their time zones after, in the
    locale's words ("mendoza", "argentina" for ARS): a bare "$" in a story from Mendoza is the peso."""
    from babel.core import Locale, get_global
    from babel.languages import get_official_languages
    from babel.numbers import get_currency_symbol

    zone_territories = get_global("zone_territories")
    out: dict[str, dict[str, set[str]]] = {}
    for territory, code in _tender_currencies():
        for lang in get_official_languages(territory, de_facto=True):
            try:
                sign = get_currency_symbol(code, Locale.parse(f"{lang}_{territory}")).strip("\u200b\u200e\u200f ")
            except Exception:  # no locale for this language in this country
                continue
            if sign not in SHARED_HOME_SIGNS:
                continue
            places = out.setdefault(sign, {}).setdefault(code, set())
            country = loc.territories.get(territory)
            if country:
                places.add(str(country).lower())
            for zone, where in zone_territories.items():
                if where == territory and "/" in zone and not zone.startswith("Etc/"):
                    city = (loc.time_zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
                    if len(city) >= 4:
                        places.add(str(city).lower())
    return {sign: {code: sorted(places) for code, places in sorted(by_code.items()) if places}
            for sign, by_code in sorted(out.items())}


# the shortest stem of a country word that names it ("chil" of "Chile", "chilijskie"; "датс" of "датска", "датски")
MIN_COUNTRY_STEM = 4


def _tender_currencies() -> list[tuple[str, str]]:
    """(territory, currency) for each current currency that is legal tender in a territory now (CLDR), by
    territory."""
    from babel.core import get_global

    current = set(current_currencies())
    return [(territory, code) for territory, history in sorted(get_global("territory_currencies").items())
            for code, _start, end, tender in history if code in current and end is None and tender]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _names_country(word: str, countries: list[str], least: int = MIN_COUNTRY_STEM) -> bool:
    """Whether a word of a currency's name is its country's ("türkische" of "Türkei"; "turcas" of "Turquía" shares
    three letters)."""
    return any(word == c or _common_prefix(word, c) >= least for c in countries)  # ja "タイ" of "タイ バーツ"


def _bare_currency_words(loc, words: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    """The word several currencies share once their country is dropped from their CLDR names ("peso" of "peso
    chilijskie" and "peso meksykańskie", ja "ペソ" of "チリ ペソ", zh "比索" of "智利比索"): news writes it bare where the
    article names the country ("1,17 mld peso" in a story about Chile). Each currency with its cues (what
    ``ambiguous_currency_words`` searches the article for): the stem its names' country word keeps in every form
    ("шведск" of "шведска крона", "шведски крони") and its countries' names; a word one of whose currencies has no
    cue is left out."""
    countries: dict[str, list[str]] = {}
    for territory, code in _tender_currencies():
        name = (loc.territories.get(territory) or "").lower()
        if name:
            countries.setdefault(code, []).append(name)
    users: dict[str, set[str]] = {}  # word of a two-word name -> the currencies whose names hold it
    for name, code in words.items():
        for token in name.split():
            users.setdefault(token, set()).add(code)
    adjectives: dict[tuple[str, str], set[str]] = {}  # (bare word, currency) -> its country words
    own_words: set[str] = set()  # bare words one currency's names give (the others need two currencies)
    for name, code in words.items():
        tokens = name.split()
        if len(tokens) == 2:
            shared = [t for t in tokens if len(users[t]) >= 2]
            if not shared:  # one currency's own word ("liras" of "liras turcas"): the other word names its country
                own = countries.get(code, [])
                named = [t for t in tokens if _names_country(t, own, 3)]
                if len(named) == 1 and not any(len(t) >= 3 and t in named[0] and not _names_country(t, own, 3)
                                               for t in users):
                    shared = [t for t in tokens if t != named[0]]  # not "neue" of "Neue Taiwan-Dollar"
                    own_words.update(shared)
            if len(shared) == 1:
                base = shared[0]
                adjectives.setdefault((base, code), set()).add(tokens[1 - tokens.index(base)])
        elif len(tokens) == 1:  # a script without spaces: the country's name written first ("智利比索")
            for country in countries.get(code, []):
                if name.startswith(country) and len(name) > len(country):
                    adjectives.setdefault((name[len(country):], code), set()).add(country)
                    if all(ord(ch) >= 0x2E80 for ch in name):  # "里拉" of "土耳其里拉"; not "nos" of "bolivianos"
                        own_words.add(name[len(country):])
    bases: dict[str, dict[str, list[str]]] = {}
    for (base, code), adjs in adjectives.items():
        stem = min(adjs)[:min(_common_prefix(min(adjs), a) for a in adjs)]  # "шведск" of "шведска", "шведски"
        named = max((_common_prefix(stem, c) for c in countries.get(code, [])), default=0)  # "chil" of "Chile"
        cue = stem[:named] if named >= MIN_COUNTRY_STEM else stem[:max(MIN_COUNTRY_STEM, len(stem) - 2)]
        bases.setdefault(base, {})[code] = sorted({cue} | set(countries.get(code, [])))
    every_country = [c for names in countries.values() for c in names]
    return {base: dict(sorted(by_code.items())) for base, by_code in sorted(bases.items())
            if base[0].isalpha() and len(base) >= 2 and base not in words and not any(ch.isdigit() for ch in base)
            and (len(by_code) >= 2 or base in own_words and not _names_country(base, every_country))}


def generate_home_symbols() -> dict:
    """The symbol each currency has in the locales of the countries that use it (CLDR: "RM" MYR in ms_MY, "Rp" IDR
    in id_ID, "₸" KZT in kk_KZ), and its ISO 4217 code: news in any language writes a foreign amount so ("RM8.9
    billion", "OMR450 million"). Only symbols one currency has, of two characters or more or not a letter (one letter
    is a word or an initial); the hand-written ``common.json`` drops what reads as a word (``cldr_exclude``: "Le",
    "ALL", "TOP") and its own symbols win."""
    from babel.core import Locale
    from babel.languages import get_official_languages
    from babel.numbers import get_currency_symbol

    current = set(current_currencies())
    symbols: dict[str, set[str]] = {}
    written_after: set[str] = set()
    for territory, code in _tender_currencies():
        for lang in get_official_languages(territory):
            try:
                locale = Locale.parse(f"{lang}_{territory}")
                sym = get_currency_symbol(code, locale).strip("\u200b\u200e\u200f ")
                pattern = locale.currency_formats["standard"].pattern.split(";")[0]
            except Exception:  # no locale for this language in this country
                continue
            if sym and sym != code and (len(sym) >= 2 or not sym.isalpha()):
                symbols.setdefault(sym, set()).add(code)
                if pattern.index("\u00a4") > pattern.index("0"):
                    written_after.add(sym)
    unique = {s: next(iter(c)) for s, c in symbols.items() if len(c) == 1}
    # after the figure as its home writes it ("8,70 Kč", "120 zł", "15 лв."): only a symbol no plain word can be
    # (a currency sign, a letter outside ASCII, or an abbreviation's full stop); "KM", "DA", "FC" stay before
    after = {s: c for s, c in unique.items() if s in written_after and s != c and (
        any(unicodedata.category(ch) == "Sc" or (ch.isalpha() and not ch.isascii()) for ch in s) or "." in s)}
    for code in sorted(current):  # the ISO 4217 code itself, as wires write it before a figure ("OMR450 million")
        unique.setdefault(code, code)
    return {"_generated": "home-country currency symbols and ISO 4217 codes from CLDR via babel by "
                          "scripts/gen_langdata.py; do not edit",
            "currency_before": dict(sorted(unique.items())),
            "currency_after": dict(sorted(after.items()))}


def supported() -> list[str]:
    return sorted(p.stem for p in LANG_DIR.glob("*.json") if p.stem != "common")


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare with the committed files")
    ap.add_argument("--unit-cases-from", type=Path, metavar="DIR",
                    help="an unpacked cldr-units-full package: refresh the unit case forms first")
    args = ap.parse_args(argv)
    if args.unit_cases_from:
        print(f"unit case forms of {write_unit_cases(args.unit_cases_from)} locales -> {UNIT_CASES}")
    OUT_DIR.mkdir(exist_ok=True)
    stale = []
    layers = {lang: partial(generate, lang) for lang in supported()}
    layers["common"] = generate_home_symbols  # under every language: the currencies' home symbols and codes
    for lang, make in layers.items():
        text = render(make())
        path = OUT_DIR / f"{lang}.json"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(lang)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"stale CLDR layer for: {', '.join(stale)}; run `make langdata`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
