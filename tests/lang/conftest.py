"""Helpers for the per-language extraction tables: one sentence in, one claim out."""
from __future__ import annotations

import pytest

from claimcheck.extract import extract_text

REFERENCE_YEAR = 2025  # dates without a year resolve against a fixed year, not the clock


def _only_claim(text: str, lang: str):
    claims = extract_text(text, lang, reference_year=REFERENCE_YEAR)
    assert len(claims) == 1, f"expected one claim in {text!r}, got {[(c.text, c.kind, c.value) for c in claims]}"
    return claims[0]


@pytest.fixture
def only_claim():
    return _only_claim


@pytest.fixture
def claims_of():
    return lambda text, lang: extract_text(text, lang, reference_year=REFERENCE_YEAR)
