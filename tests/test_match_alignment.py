"""Alignment: sentences across versions (monotone for translations, order-free otherwise), figures inside them."""
import numpy as np

from claimcheck.align import align_sentences, assign_figures, looks_like_translation, monotone_path


def _unit_rows(n, dim=16, seed=0):
    rng = np.random.default_rng(seed)
    v = rng.normal(size=(n, dim))
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_translations_align_in_order_even_where_one_sentence_reads_closer_elsewhere():
    a = _unit_rows(6)
    b = a + 0.3 * _unit_rows(6, seed=1)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    out = align_sentences("a", a, "b", b, unrelated=0.0)
    assert out.monotone
    assert sorted(out.links) == [(i, i) for i in range(6)]


def test_the_monotone_path_skips_a_sentence_one_version_leaves_out():
    sim = np.full((4, 3), 0.1)
    sim[0, 0] = sim[1, 1] = sim[3, 2] = 0.9  # a's sentence 2 has no counterpart
    assert monotone_path(sim, 0.3) == [(0, 0), (1, 1), (3, 2)]


def test_independent_articles_align_order_free():
    a = _unit_rows(5)
    order = [3, 0, 4, 1, 2]
    b = a[order]
    out = align_sentences("a", a, "b", b, unrelated=0.0)
    assert not out.monotone
    assert sorted(out.links) == sorted((order[j], j) for j in range(5))
    assert not looks_like_translation(a @ b.T)


def test_a_single_sentence_pair_aligns_when_it_beats_unrelated_text():
    v = _unit_rows(1)
    assert list(align_sentences("a", v, "b", v, unrelated=0.3).links) == [(0, 0)]
    assert not align_sentences("a", v, "b", -v, unrelated=0.3).links


def test_figures_are_assigned_one_to_one_by_slot_score():
    score = np.array([[0.9, 0.8, 0.1], [0.85, 0.2, 0.1]])
    assert sorted(assign_figures(score)) == [(0, 1), (1, 0)]


def test_a_sentence_split_in_two_by_the_translation_links_both_halves():
    halves = _unit_rows(2, seed=3)
    whole = halves.sum(axis=0, keepdims=True)
    whole /= np.linalg.norm(whole)
    out = align_sentences("a", whole, "b", halves, unrelated=0.1)
    assert out.monotone and len(out.links) == 1
    linked = next(iter(out.links))
    assert out.splits == {(0, 1 - linked[1])}  # the half the one-to-one path left out


def test_an_unrelated_neighbour_is_no_second_half():
    a = _unit_rows(2, seed=4)
    b = np.vstack([a[0], -a[0]])  # b's second sentence reads unlike anything of a
    out = align_sentences("a", a[:1], "b", b, unrelated=0.1)
    assert (0, 0) in out.links and not out.splits


def test_a_sentence_the_path_steps_over_between_two_links_is_paired_with_both_neighbours():
    """b's sentence 2 reads like nothing of a (the short half of a split the encoder does not see), but the path
    steps over it alone while a goes straight on: a translation left nothing out, so it is part of a's sentence 1
    or 2 and both pairs are candidates. A sentence added after the last link, or a gap on both sides, is not."""
    a = _unit_rows(4, seed=5)
    b = np.vstack([a[0], a[1], _unit_rows(1, seed=6)[0], a[2], a[3], _unit_rows(1, seed=7)[0]])
    out = align_sentences("a", a, "b", b, unrelated=0.1)
    assert out.monotone and sorted(out.links) == [(0, 0), (1, 1), (2, 3), (3, 4)]
    assert {(1, 2), (2, 2)} <= out.splits and not any(j == 5 for _, j in out.splits)
    assert {(1, 2), (2, 2)} <= out.candidate_pairs()
    both = np.vstack([a[0], _unit_rows(1, seed=8)[0], a[2]])
    wide = align_sentences("a", np.vstack([a[0], _unit_rows(1, seed=9)[0], a[2]]), "b", both, unrelated=0.1)
    assert sorted(wide.links) == [(0, 0), (2, 2)] and not any(r == 1 or c == 1 for r, c in wide.splits)


def test_a_translation_weighs_more_of_each_sentences_best_than_articles_written_apart():
    """A translation states a fact in its counterpart sentence or a neighbour of it, so each sentence's best five
    are candidates; articles written apart keep their best three, each more sentence one more chance to join two
    facts worded alike."""
    from claimcheck.align import TOP_SENTENCES, TOP_SENTENCES_TRANSLATION

    assert TOP_SENTENCES < TOP_SENTENCES_TRANSLATION
    a = _unit_rows(8, seed=11)
    b = a + 0.2 * _unit_rows(8, seed=12)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    translated = align_sentences("a", a, "b", b, unrelated=0.0)
    assert translated.monotone
    per_row = lambda out: max(sum(1 for r, _ in out.candidate_pairs() if r == i) for i in range(8))
    assert per_row(translated) >= TOP_SENTENCES_TRANSLATION
    order = [5, 2, 7, 0, 3, 6, 1, 4]
    apart = align_sentences("a", a, "b", b[order], unrelated=0.0)
    assert not apart.monotone
    rows = [sum(1 for r, _ in apart.candidate_pairs() if r == i) for i in range(8)]
    assert min(rows) >= TOP_SENTENCES and sorted(rows)[len(rows) // 2] < TOP_SENTENCES_TRANSLATION


def _split_finer(order, pieces_per_sentence=2, noise=0.2, seed=3):
    """A text of len(order) sentences and a translation of it cut into ``pieces_per_sentence`` clauses each,
    the clauses in the order ``order`` gives the sentences."""
    a = _unit_rows(len(order), seed=seed)
    pieces = []
    for k, i in enumerate(order):
        for p in range(pieces_per_sentence):
            v = a[i] + noise * _unit_rows(1, seed=100 + k * pieces_per_sentence + p)[0]
            pieces.append(v / np.linalg.norm(v))
    return a, np.array(pieces)


def test_a_translation_cut_finer_into_clauses_still_aligns_in_order():
    a, b = _split_finer(list(range(9)))  # 9 sentences against 18 clauses: a ratio the length test alone refuses
    assert looks_like_translation(a @ b.T)
    assert looks_like_translation(b @ a.T)
    assert align_sentences("en", a, "th", b).monotone


def test_texts_of_very_different_length_or_order_are_not_translations():
    order = [4, 0, 7, 2, 8, 1, 5, 3, 6]
    a, b = _split_finer(order)
    assert not looks_like_translation(a @ b.T)  # the same sentences, written in another order
    a, b = _split_finer(list(range(6)), pieces_per_sentence=3)  # one text three times the other's sentences
    assert not looks_like_translation(a @ b.T)
