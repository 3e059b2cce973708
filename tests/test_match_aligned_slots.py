"""Slots of sentences that read as translations of each other (``group.link_bars``): the figures the slot
assignment pairs link from a lower bar; where what is left of each sentence differs in dimension they link
too -- a kind or unit conflict, not two facts."""
import numpy as np
import pytest

from claimcheck.api import check_texts
from claimcheck.embed import FakeEncoder, load_encoder
from claimcheck.features import build_context, feature_matrix
from claimcheck.group import ALIGNED_SLOT_LINK, CROSS_DIMENSION, EVEN_SLOT_LINK, LEFTOVER_LINK, link_bars, masked_aligned

from test_match_grouping import story


def _bars(texts, specs, threshold=0.6):
    articles, claims = story(texts, specs)
    ctx = build_context(claims, articles, FakeEncoder())
    bars = link_bars(feature_matrix(ctx), threshold)
    ids = [(claims[int(i)].id, claims[int(j)].id) for i, j in ctx.pairs]
    return dict(zip(ids, bars.tolist()))


def test_the_lone_figures_of_two_aligned_sentences_link_across_dimensions():
    texts = {"en": "The choir first sang in the abbey in 1998, a reviewer recalled.",
             "de": "The choir first sang in the abbey in 1998 visitors, a reviewer recalled."}
    bars = _bars(texts, [("en", "1998", "date", "1998", "date"), ("de", "1998 visitors", "count", 1998, "count")])
    assert bars[("c1", "c2")] == LEFTOVER_LINK


def test_assigned_figures_of_one_dimension_in_aligned_sentences_get_the_lower_bar():
    texts = {"en": "The ferry carried 310 passengers and 42 cars across the bay on Sunday.",
             "fr": "The ferry carried 301 passengers and 42 cars across the bay on Sunday."}
    bars = _bars(texts, [("en", "310 passengers", "count", 310, "count"), ("en", "42 cars", "count", 42, "count"),
                         ("fr", "301 passengers", "count", 301, "count"), ("fr", "42 cars", "count", 42, "count")])
    # as many counts in each: every count's counterpart is known by elimination
    assert bars[("c1", "c3")] == EVEN_SLOT_LINK < ALIGNED_SLOT_LINK
    assert bars[("c2", "c4")] == EVEN_SLOT_LINK
    assert bars[("c1", "c4")] == 0.6  # the other slot keeps the matcher's bar


def test_assigned_figures_of_sentences_stating_more_figures_in_one_keep_the_slot_bar():
    texts = {"en": "The ferry carried 310 passengers, 42 cars and 6 buses across the bay on Sunday.",
             "fr": "The ferry carried 301 passengers and 42 cars across the bay on Sunday."}
    bars = _bars(texts, [("en", "310 passengers", "count", 310, "count"), ("en", "42 cars", "count", 42, "count"),
                         ("en", "6 buses", "count", 6, "count"),
                         ("fr", "301 passengers", "count", 301, "count"), ("fr", "42 cars", "count", 42, "count")])
    assert bars[("c1", "c4")] == ALIGNED_SLOT_LINK  # one version left a figure out: no elimination


def test_a_figure_with_a_same_dimension_partner_is_not_paired_across_dimensions():
    texts = {"en": "The museum opened in 2004 and drew 5,000 visitors in its first week.",
             "it": "The museum opened in 2004 and drew 5,000 visitors in its first week."}
    bars = _bars(texts, [("en", "2004", "date", "2004", "date"), ("en", "5,000 visitors", "count", 5000, "count"),
                         ("it", "2004", "date", "2004", "date"), ("it", "5,000 visitors", "count", 5000, "count")])
    assert bars[("c1", "c4")] == CROSS_DIMENSION  # a date against a count when each has its own partner
    assert bars[("c1", "c3")] == EVEN_SLOT_LINK


def test_sentences_that_are_not_translations_keep_the_matchers_bar():
    texts = {"en": "The choir was paid 400 euros for singing in the abbey, a reviewer recalled.",
             "de": "Ticket prices for the autumn league rose to 30 euros at most grounds."}
    bars = _bars(texts, [("en", "400 euros", "money", 400, "EUR"), ("de", "30 euros", "money", 30, "EUR")])
    assert bars[("c1", "c2")] == 0.6


@pytest.mark.model
@pytest.mark.parametrize("texts, langs", [
    # a year a translation turned into a count
    ({"es": "El coro cantó por primera vez en la abadía en 1998, recordó un crítico.",
      "en": "The choir first sang in the abbey in 1958 visitors, a critic recalled."}, {"es": "es", "en": "en"}),
    # a date whose day drifted, beside a duration both state
    ({"ja": "選挙は3週間後の10月8日に行われる予定だと委員会は述べた。",
      "en": "The election is due in three weeks, on October 3, the commission said."}, {"ja": "ja", "en": "en"}),
    # what is left of each sentence after the durations pair up: an age turned into a bare count
    ({"de": "Die Sängerin war 19 Jahre alt, als sie vor drei Jahren nach Wien zog.",
      "en": "The singer was 91000 when she moved to Vienna three years ago."}, {"de": "de", "en": "en"}),
])
def test_real_encoder_reports_the_drifted_figure_of_a_translated_sentence(texts, langs):
    report = check_texts(texts, langs=langs, encoder=load_encoder(None))
    assert report.conflicts, [f.claims for f in report.facts]


def test_two_dimensions_outside_an_aligned_slot_need_a_sure_link():
    texts = {"en": "The pipe is 1,420mm wide.\nIt will carry gas to the coast.",
             "tr": "The coast will get gas.\nIt will carry 16 billion cubic metres a year."}
    bars = _bars(texts, [("en", "1,420mm", "measure", 1420, "mm"), ("tr", "16 billion cubic metres", "measure", 16e9, "m3")])
    assert bars.get(("c1", "c2"), CROSS_DIMENSION) >= CROSS_DIMENSION


def test_two_lone_sentences_that_read_unlike_each_other_never_link(monkeypatch):
    """Each is the other's best (only) counterpart, so the structure says "same fact"; no context agrees
    (a coach's age against a manager's years in the job)."""
    import claimcheck.group as group
    from claimcheck.api import check_texts

    texts = {"en": "She is only three years into her career as a manager.",
             "pt": "O treinador de 42 anos tem sido bem sucedido no clube."}
    unrelated = check_texts(texts, langs={"en": "en", "pt": "pt"})
    assert not unrelated.conflicts and all(len(f.claims) == 1 for f in unrelated.facts)
    monkeypatch.setattr(group, "CONTEXT_FLOOR", float("-inf"))  # the structure alone would join them
    assert check_texts(texts, langs={"en": "en", "pt": "pt"}).conflicts
    monkeypatch.undo()
    related = check_texts({"en": "More than 40 schools were closed because of the storm.",
                           "de": "Mehr als 45 Schulen wurden wegen des Sturms geschlossen."}, langs={"en": "en", "de": "de"})
    assert [len(f.claims) for f in related.facts] == [2] and related.conflicts


def _conversion_story():
    texts = {"en": "The volcano sits 45 miles (71 km) southeast of the capital, geologists said.",
             "ja": "The volcano sits 45 miles (72 km) southeast of the capital, geologists said."}
    return story(texts, [("en", "45 miles", "measure", 45, "mi"), ("en", "71 km", "measure", 71, "km", "exact", "c1"),
                         ("ja", "45 miles", "measure", 45, "mi"), ("ja", "72 km", "measure", 72, "km", "exact", "c3")])


@pytest.mark.parametrize("own_bar,joined", [(True, True), (False, False)])
def test_slot_links_clearing_their_own_bar_count_as_sure_in_the_average_link_test(monkeypatch, own_bar, joined):
    """Each version states the distance and its conversion (one group each, by rule); the slots pair miles with
    miles and km with km at p 0.16, over their bar of 0.05 but far under the matcher's: the groups' average
    link counts those links as sure, or the two versions of one fact stay apart."""
    from claimcheck import group
    articles, claims = _conversion_story()
    real = group.score_pairs

    def weak_slots(claims_, articles_, encoder, matcher=None):
        ctx, prob, notice, bars = real(claims_, articles_, encoder, matcher)
        ids = [frozenset((ctx.claims[a].id, ctx.claims[b].id)) for a, b in ctx.pairs]
        slots = [k for k, pair in enumerate(ids) if pair in ({"c1", "c3"}, {"c2", "c4"})]
        assert len(slots) == 2
        prob, bars = np.zeros_like(prob), np.full_like(bars, 0.6)
        prob[slots], bars[slots] = 0.16, EVEN_SLOT_LINK
        return ctx, prob, notice, bars

    monkeypatch.setattr(group, "score_pairs", weak_slots)
    monkeypatch.setattr(group, "AVERAGE_OWN_BAR", own_bar)
    # each version's only length, its conversion aside, would join them by ``SOLE_MEASURES`` whatever the average
    monkeypatch.setattr(group, "SOLE_MEASURES", False)
    facts = {frozenset(f.claims) for f in group.match_story(claims, articles, FakeEncoder()).facts}
    assert (frozenset({"c1", "c2", "c3", "c4"}) in facts) is joined


def test_a_leftover_of_another_dimension_does_not_count_as_sure(monkeypatch):
    """A version's lone rank left over against a fact of counts that other versions share: its links to them
    clear the leftover bar but stay weak, and the average-link test keeps it out."""
    from claimcheck import group
    texts = {"en": "They sit three points off the top of the table.", "de": "They sit three points off the top of the table.",
             "zh": "They sit behind the leader of the table."}
    articles, claims = story(texts, [("en", "three points", "count", 3, "count"), ("de", "three points", "count", 3, "count"),
                                     ("zh", "leader", "other", 1, "rank")])
    real = group.score_pairs

    def leftover(claims_, articles_, encoder, matcher=None):
        ctx, prob, notice, bars = real(claims_, articles_, encoder, matcher)
        ids = [frozenset((ctx.claims[a].id, ctx.claims[b].id)) for a, b in ctx.pairs]
        prob, bars = np.zeros_like(prob), np.full_like(bars, 0.6)
        for k, pair in enumerate(ids):
            if pair == {"c1", "c2"}:
                prob[k] = 0.99
            elif "c3" in pair:
                prob[k], bars[k] = 0.1, LEFTOVER_LINK
        return ctx, prob, notice, bars

    monkeypatch.setattr(group, "score_pairs", leftover)
    facts = {frozenset(f.claims) for f in group.match_story(claims, articles, FakeEncoder()).facts}
    assert frozenset({"c1", "c2"}) in facts


_FERRY = "Ferry 4815162342 7730291846 5512093847 carried 310 passengers, code 9081726354 6677889900."


def _gate(other: str, counted: str):
    """The context and features of the ferry sentence against ``other`` (French), one count in each."""
    articles, claims = story({"en": _FERRY, "fr": other}, [("en", "310 passengers", "count", 310, "count"),
                                                           ("fr", counted, "count", 301, "count")])
    ctx = build_context(claims, articles, FakeEncoder())
    return ctx, feature_matrix(ctx)


def test_sentences_aligned_once_their_digits_are_masked_keep_the_slot_bar():
    # the figures (and codes) differ so much that the raw sentence cosine falls under the aligned bar; with
    # their digits masked the sentences read alike, so the slot keeps its low bar (group.MASKED_SENTENCE_GATE)
    ctx, X = _gate("Ferry 1357924680 2211334455 8899001122 carried 301 passengers, code 2468013579 3141592653.",
                   "301 passengers")
    aligned = masked_aligned(ctx, X)
    assert aligned.tolist() == [True]
    assert link_bars(X, 0.6).tolist() == [0.6]  # the raw cosine alone: the matcher's bar
    assert link_bars(X, 0.6, aligned).tolist() == [EVEN_SLOT_LINK]


def test_sentences_unlike_with_their_digits_masked_are_not_aligned_by_the_gate():
    ctx, X = _gate("Le musée 1357924680 2211334455 a reçu 301 visiteurs pendant 8899001122 jours 2468013579.",
                   "301 visiteurs")
    assert masked_aligned(ctx, X).tolist() == [False]
