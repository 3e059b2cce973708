"""Cross-sentence links: a link between claims whose sentences the alignment pairs elsewhere needs strong
evidence (``group.CROSS_SENTENCE``); sentences the alignment leaves unpaired are not held to it."""
from claimcheck.embed import FakeEncoder
from claimcheck.features import build_context
from claimcheck.group import CROSS_SENTENCE, crosses_alignment, match_story

from test_match_grouping import story


def test_a_link_across_aligned_sentence_pairs_crosses_the_alignment():
    texts = {"en": "The port handled 12 ships on Monday.\nThe minister met 40 union leaders in Madrid.",
             "de": "The port handled 12 ships on Monday.\nThe minister met 40 union leaders in Madrid."}
    articles, claims = story(texts, [("en", "12 ships", "count", 12, None), ("en", "40 union", "count", 40, None),
                                     ("de", "12 ships", "count", 12, None), ("de", "40 union", "count", 40, None)])
    ctx = build_context(claims, articles, FakeEncoder())
    i = {c.id: n for n, c in enumerate(claims)}
    assert not crosses_alignment(ctx, i["c1"], i["c3"])  # the aligned pair
    assert crosses_alignment(ctx, i["c1"], i["c4"])  # ships against the other sentence's figure
    facts = match_story(claims, articles, FakeEncoder()).facts
    assert {frozenset(f.claims) for f in facts if len(f.claims) > 1} <= {frozenset({"c1", "c3"}),
                                                                           frozenset({"c2", "c4"})}
    assert 0.5 < CROSS_SENTENCE < 1.0


def test_sentences_the_alignment_leaves_unpaired_are_not_held_to_the_bar():
    texts = {"en": "Losses reached 2 million euros.", "ja": "損失は200万ユーロに達した。"}
    articles, claims = story(texts, [("en", "2 million euros", "money", 2e6, "EUR"),
                                     ("ja", "200万ユーロ", "money", 2e6, "EUR")])
    ctx = build_context(claims, articles, FakeEncoder())
    assert not crosses_alignment(ctx, 0, 1)


def test_the_second_half_of_a_split_sentence_does_not_cross_the_alignment():
    en = "Fox News averages 2.4 million prime-time viewers, and MSNBC topped cable with as many as 3.4 million viewers."
    de = "Fox News erreicht durchschnittlich 2,4 Millionen Zuschauer zur besten Sendezeit.\n" \
         "MSNBC führte die Einschaltquoten mit bis zu 3,5 Millionen Zuschauern an."
    articles, claims = story({"en": en, "de": de},
                             [("en", "2.4 million", "count", 2.4e6, None), ("en", "3.4 million", "count", 3.4e6, None),
                              ("de", "2,4 Millionen", "count", 2.4e6, None), ("de", "3,5 Millionen", "count", 3.5e6, None)])
    ctx = build_context(claims, articles, FakeEncoder())
    i = {c.id: n for n, c in enumerate(claims)}
    sa = next(iter(ctx.alignments.values()))
    assert sa.monotone and sa.splits  # one English sentence, two German ones
    assert not crosses_alignment(ctx, i["c2"], i["c4"])
