"""The whole pipeline with real multilingual encoders on the bundled example story.

examples/README.md says what a reader should see: one scale conflict (Spanish
"29 millones" where the others say 29 billion, three pairs, Spanish the outlier),
and no conflict for the consistent notations, the lower bound, the garbled
French number or the two different investments.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module", params=["use-multilingual", "e5-small"])
def encoder(request, uncached_encoder):
    return uncached_encoder(request.param)


@pytest.fixture(scope="module")
def report(encoder):
    return claimcheck.check([EXAMPLES], encoder=encoder, story="examples")


def test_reads_all_four_languages(report):
    assert {a.id: a.lang for a in report.articles} == {"en": "en", "es": "es", "fr": "fr", "zh": "zh"}


def test_million_billion_slip_is_the_only_conflict(report):
    assert report.conflicts, "the Spanish '29 millones' must conflict"
    assert {c.type for c in report.conflicts} == {"scale"}
    assert {c.outlier for c in report.conflicts} == {"es"}
    texts = {report.claim(cid).text for c in report.conflicts for cid in c.claims}
    assert "29 millones de dólares" in texts
    assert len(report.conflicts) == 3  # es against en, fr and zh


def test_likely_value_is_the_majority_figure(report):
    assert {c.likely_value for c in report.conflicts} == {29e9}


def test_consistent_notations_share_one_fact(report):
    by_text = {}
    for fact in report.facts:
        for cid in fact.claims:
            by_text.setdefault(report.claim(cid).text, set()).add(fact.id)
    # the body's three notations of the investment are one fact (the headlines may form their own)
    assert by_text["13.000 millones de dólares"] & by_text["130亿美元"] & by_text["13 milliards de dollars"]


def test_garbled_number_is_marked_and_never_conflicts(report):
    garbled = [c for c in report.claims if c.quantity.garbled]
    assert [c.article for c in garbled] == ["fr"]
    assert garbled[0].value is None
    conflicting = {cid for c in report.conflicts for cid in c.claims}
    assert garbled[0].id not in conflicting
