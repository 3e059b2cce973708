"""Spans of time whose units lie far apart (an age in years, a race time in seconds) are never one fact stated
twice, however alike their sentences read (``features.GRAINS_APART``); neighbouring units (weeks for months)
stay comparable, so a unit slip between them is still found."""
from claimcheck.embed import FakeEncoder
from claimcheck.features import build_context
from claimcheck.group import match_story

from test_match_grouping import story

EN = "The winner, aged 29, finished 72 seconds ahead of the pack.\nThe bridge was closed for 16 months."
ES = "El ganador, de 29 años, llegó 72 segundos por delante.\nEl puente estuvo cerrado 16 semanas."


def _pairs(ctx):
    return {frozenset((ctx.claims[int(i)].text, ctx.claims[int(j)].text)) for i, j in ctx.pairs}


def test_an_age_and_a_race_time_are_not_candidates_for_one_fact():
    articles, claims = story({"en": EN, "es": ES}, [
        ("en", "29", "duration", 29, "year"), ("en", "72 seconds", "duration", 72, "second"),
        ("en", "16 months", "duration", 16, "month"),
        ("es", "29 años", "duration", 29, "year"), ("es", "72 segundos", "duration", 72, "second"),
        ("es", "16 semanas", "duration", 16, "week")])
    ctx = build_context(claims, articles, FakeEncoder())
    pairs = _pairs(ctx)
    assert frozenset(("29", "72 segundos")) not in pairs
    assert frozenset(("72 seconds", "29 años")) not in pairs
    assert frozenset(("16 months", "16 semanas")) in pairs  # weeks for months: a slip, still comparable
    facts = match_story(claims, articles, FakeEncoder()).facts
    by_claim = {c: f.id for f in facts for c in f.claims}
    assert by_claim["c1"] != by_claim["c5"] and by_claim["c2"] != by_claim["c4"]
