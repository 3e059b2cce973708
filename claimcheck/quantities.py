"""What a quantity is, apart from any story: units, their dimension, significant digits.

Shared by matching (which may look at a claim's *dimension* — money, count, length —
but never at its figure) and comparison (which compares figures). Kept apart so
neither stage imports the other.
"""
from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from claimcheck.records import Claim, Quantity


@lru_cache(maxsize=None)
def data(name: str) -> dict:
    return json.loads(resources.files("claimcheck.data").joinpath(name).read_text(encoding="utf-8"))


def usd_rates(currency: str | None) -> tuple[float, float] | None:
    """Rough value of one unit of ``currency`` in US dollars as (lowest, highest): one figure twice, or the span
    of a currency that has an official and a market rate at once (the rial: 42,000 or 1,100,000 a dollar);
    None when unknown."""
    if not currency:
        return None
    rate = data("rates.json").get(currency.upper())
    if isinstance(rate, (int, float)):
        return float(rate), float(rate)
    if isinstance(rate, list) and len(rate) == 2:
        return float(rate[0]), float(rate[1])
    return None


def usd_rate(currency: str | None) -> float | None:
    """One rough value of a unit of ``currency`` in US dollars (the middle of a span of rates), None when unknown."""
    rates = usd_rates(currency)
    if not rates:
        return None
    return rates[0] if rates[0] == rates[1] else (rates[0] * rates[1]) ** 0.5


def canonical_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    u = unit.strip()
    aliases = data("units.json")["aliases"]
    return aliases.get(u, aliases.get(u.lower(), u))


# A temperature whose scale the text does not name (en "80 degrees" in the heat, unit "°"): a temperature,
# read as °C here; comparison may read it on whichever scale (°C or °F) puts it nearer the other figure.
UNKNOWN_SCALE = "°"


@lru_cache(maxsize=4096)
def unit_dimension(unit: str | None) -> tuple[str, float, float] | None:
    """(dimension, factor, offset) taking a value in ``unit`` to its dimension's base unit."""
    u = canonical_unit(unit)
    if u == UNKNOWN_SCALE:
        return "temperature", 1.0, 0.0
    for dim, table in data("units.json").items():
        if dim.startswith("_") or dim == "aliases":
            continue
        if u in table:
            spec = table[u]
            factor, offset = (spec if isinstance(spec, list) else (spec, 0.0))
            return dim, float(factor), float(offset)
    return None


def duration_grain(c: Claim) -> float | None:
    """A span of time's unit in seconds (a year's, a minute's); None for any other claim."""
    if c.kind != "duration" or is_date(c):
        return None
    dim = unit_dimension(c.unit)
    return dim[1] if dim and dim[0] == "time" else None


def is_date(c: Claim) -> bool:
    return c.kind == "date" or isinstance(c.value, str)


def looks_like_year(c: Claim) -> bool:
    """A bare four-digit whole number of the last millennium or this one, without unit or grouping ("in 1870"): one
    language's reader may call it a date, another's a count. Read from the claim alone: a figure whose claim text
    names what it counts after it ("some 1200 sailors", "1500 Mitarbeiter", "1200名"), or whose noun is glued to it
    ("1706脱北人员"), is a count, not a year. Any four digits would keep a mistyped year ("de 2116") in the year's
    slot, but a count one scale off ("5000" for 5) would leave its own: refit on NTREX train, the matcher then
    trusts dimensions less (dev leave one story out 0.898 -> 0.857, models/MATCHER_CARD.md round 15)."""
    q = c.quantity
    if c.kind not in ("count", "other") or (c.unit or "count") != "count" or q.scale != 1.0 or q.garbled:
        return False
    if not isinstance(q.value, (int, float)) or q.qualifier not in ("exact", "about", "almost"):
        return False
    v = float(q.value)
    if not (v.is_integer() and 1000 <= v <= 2100):
        return False
    digits = str(int(v))
    at = c.text.find(digits)
    if at < 0 or any(ch.isalpha() for ch in c.text[at + len(digits):]):
        return False  # a counted noun or counter after it
    after = c.end - c.sentence_start
    return not (c.sentence and 0 <= after < len(c.sentence) and c.sentence[after].isalpha())


# percentage points and basis points: a percentage's change, never its level
CHANGE_UNITS = ("pp", "bp")
# power and energy (GW vs GWh) are one family: a classic slip, so the two stay comparable
_FAMILY = {"energy": "power", "count": "count", "ratio": "count"}
# A figure of kind "other" is a position in a sequence ("second place", "the 7th flight", "lap 12"), a match
# score or a magnitude: none counts things, so none shares a slot with a count ("ABC was second with 3.26
# million viewers"). Measured on NTREX train: stories with a conflict 28 -> 27, sentence-pair false alarms
# 0.0075 -> 0.0025; dev unchanged.
_OWN_DIMENSION = ("score", "magnitude")


def dimension(c: Claim) -> str:
    """The claim's family of quantity — money, count, percent, date, length, mass … — never its unit or currency.

    Matching may use this (a figure of money and one of kilometres are rarely one
    fact); it says nothing about whether the figures agree.
    """
    if is_date(c):
        # a time of day ("05:20") and a calendar date ("11 March") are different things to state
        return "time_of_day" if (c.unit or "") == "time" else "date"
    kind = c.kind
    if looks_like_year(c):
        return "date"
    if kind == "percent" and (c.unit or "").lower() in CHANGE_UNITS:
        return "percent_change"  # a change in points, not a level
    if kind in ("measure", "duration"):
        dim = unit_dimension(c.unit)
        name = dim[0] if dim else (kind if kind == "duration" else f"measure:{canonical_unit(c.unit)}")
        if name == "time":
            name = "duration"
        return _FAMILY.get(name, name)
    if kind == "other":
        return c.unit if c.unit in _OWN_DIMENSION else "position"
    return _FAMILY.get(kind, kind)


def matching_dimension(c: Claim) -> str:
    """The dimension matching blocks and pairs on: a change in points and a percentage are one family
    there ("rose by 0.3 points" translated "rose by 0.3 %" is one slot written two ways; comparison
    then reads the two as a unit conflict)."""
    d = dimension(c)
    return "percent" if d == "percent_change" else d


# ---------------------------------------------------------------- numbers ---

def clean(v: float) -> float:
    """Drop float noise (2.81 * 1e12) so digit-based rules see the written digits."""
    return float(f"{v:.12g}")


def significant(v: float) -> tuple[str, int]:
    """(significant digits, exponent of the last one): 2.4e9 -> ("24", 8)."""
    if v == 0:
        return "0", 0
    d = Decimal(repr(clean(abs(v)))).normalize()
    sign, digits, exponent = d.as_tuple()
    return "".join(map(str, digits)), int(exponent)


def significant_digits(v: float) -> int:
    """How many digits a figure is written to, zeros at its end aside (1.24e12: 3; 1.2e12: 2; 10: 1): a rounding
    is written to fewer than the figure it rounds, and a round figure at another power of ten is no slipped one."""
    return len(significant(v)[0])


def same_digits(a: float, b: float) -> bool:
    return significant(a)[0] == significant(b)[0]


def has_figure(q: Quantity) -> bool:
    return not q.garbled and q.value is not None


def bare_count(c: Claim) -> bool:
    """A figure with no unit or currency read for it ("935", "21,4 Milliarden Zloty" when the reader misses
    the currency): what it counts is not known, so it can stand for a figure of any dimension."""
    return c.kind in ("count", "other") and (c.unit or "count") == "count" and c.quantity.denominator is None
