"""Numbers and quantities in words, for the explanations the comparison writes.

The comparison stage must not import a renderer (a later stage), so the few
spellings its explanations need live here; the renderers may use them too.
"""
from __future__ import annotations

import math
import re

from claimcheck.records import Quantity

QUALIFIER_WORDS = {"about": "about", "almost": "almost", "more_than": "more than", "less_than": "less than",
                   "at_least": "at least", "at_most": "at most", "up_to": "up to"}


def format_number(value) -> str:
    """A normalised number as a person reads it: thousands separators, at most 6 significant digits
    (2.81e12 -> '2,810,000,000,000', 1234567.5 -> '1,234,568', 4.7 -> '4.7')."""
    if value is None:
        return "?"
    if isinstance(value, str):
        return format_date(value)
    v = float(value)
    if not math.isfinite(v):
        return str(v)
    v = float(f"{v:.12g}")
    if abs(v) >= 1e18 or (v and abs(v) < 1e-4):
        return f"{v:.6g}"
    if v.is_integer():
        return f"{int(v):,}"
    return f"{v:,.0f}" if abs(v) >= 1e6 else f"{v:,.6g}"


def format_date(value: str) -> str:
    """An ISO 8601 date as a person reads it; the partial forms say what the text left out
    ("---18": day 18 of a month no article gives; "--03-05": 03-05 of a year none gives)."""
    if re.fullmatch(r"---\d\d", value):
        return f"day {int(value[3:])} (no month given)"
    if re.fullmatch(r"--\d\d-\d\d", value):
        return f"{value[2:]} (no year given)"
    return value


def format_value(value, unit: str | None = None) -> str:
    text = format_number(value)
    if unit and unit not in ("date", "count"):
        text = f"{text} {unit}"
    return text


def describe_quantity(q: Quantity) -> str:
    """A quantity as a sentence would say it: 'about 11,000,000,000 USD', '1,200–1,500', '700 of 770', '17–5 score'."""
    if q.garbled or q.qualifier == "garbled":
        return "garbled (no readable value)" if q.value is None else f"garbled, read as {format_value(q.value, q.unit)}"
    if q.denominator is not None:
        return f"{format_number(q.value)} of {format_number(q.denominator)}"
    if q.score is not None and len(q.score) == 2 and None not in q.score:
        # both sides of a score: "17-5" and "17-8" are not the same statement
        unit = f" {q.unit}" if q.unit and q.unit not in ("count", "date") else ""
        return f"{format_number(q.score[0])}–{format_number(q.score[1])}{unit}"
    if q.qualifier == "range" or (q.low is not None and q.high is not None):
        qualifier, body = "", f"{format_number(q.low)}–{format_number(q.high if q.high is not None else q.value)}"
    else:
        qualifier, body = QUALIFIER_WORDS.get(q.qualifier, ""), format_number(q.value)
    unit = q.unit if q.unit and q.unit not in ("count", "date") else ""
    text = f"{body}{unit}" if unit == "%" else f"{body} {unit}"
    return f"{qualifier} {text}".strip()
