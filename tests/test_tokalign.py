"""Figure slots from aligned subword tokens (claimcheck.tokalign): the number masking, the alignment
arithmetic on hand-made states, and (marked ``model``) e5-small on real translations."""
from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from claimcheck import tokalign
from claimcheck.tokalign import NUMBER, figure_alignment, figure_tokens, itermax, mask_numbers, pair_scores


def spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in NUMBER.finditer(text)]


def test_mask_numbers_replaces_every_number_and_maps_the_spans():
    text = "It cost 2.4 billion euros in 2019 and 13 000 people left."
    masked, mapped = mask_numbers(text, [(8, 19), (29, 33), (38, 44)])
    assert masked == "It cost 0 billion euros in 0 and 0 people left."
    assert [masked[s:e] for s, e in mapped] == ["0 billion", "0", "0"]


def test_mask_numbers_is_the_same_whatever_the_digits():
    a, sa = mask_numbers("Von 1.127 auf 2.706 Fälle, 2011.", [(4, 9), (14, 19)])
    b, sb = mask_numbers("Von 9 auf 31.250 Fälle, 1999.", [(4, 5), (10, 16)])
    assert a == b and sa == sb


def test_mask_numbers_only_inside_the_spans_keeps_other_numbers():
    text = "In 2011 there were 2,706, last year 1,127."
    masked, mapped = mask_numbers(text, [(19, 24), (36, 41)], only_spans=True)
    assert masked == "In 2011 there were 0, last year 0."
    assert [masked[s:e] for s, e in mapped] == ["0", "0"]


def test_figure_tokens_overlap_and_fallback():
    offsets = np.array([[0, 2], [2, 7], [7, 9], [9, 17]])
    assert figure_tokens(offsets, (8, 9)).tolist() == [2]
    assert figure_tokens(offsets, (8, 17)).tolist() == [2, 3]
    assert figure_tokens(offsets, (20, 21)).tolist() == [3]  # nothing overlaps: the nearest token


def test_itermax_adds_links_among_tokens_left_unlinked():
    sim = np.array([[0.9, 0.8, 0.1],
                    [0.85, 0.2, 0.1],
                    [0.1, 0.1, 0.7]])
    first = tokalign.mutual_argmax(sim)
    assert first.sum() == 2 and first[0, 0] and first[2, 2]
    links = itermax(sim)
    # the second round: token 1 of A (unlinked) joins token 0 of B, token 1 of B joins token 0 of A
    assert np.argwhere(links & ~first).tolist() == [[0, 1], [1, 0]]


def _states(words: list[str], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """One-hot 'states' per word (a translation shares the word ids), offsets a word apart."""
    vecs = np.zeros((len(words), len(vocab)), dtype=np.float32)
    for i, w in enumerate(words):
        vecs[i, vocab[w]] = 1.0
    vecs += 0.01
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    offsets = np.array([[i * 10, i * 10 + 9] for i in range(len(words))])
    return offsets, vecs


def test_context_score_follows_the_counted_noun_across_reordering():
    vocab = {w: i for i, w in enumerate(["hired", "0", "engineers", "and", "opened", "offices", "new"])}
    a = _states(["hired", "0", "engineers", "and", "opened", "0", "new", "offices"], vocab)
    b = _states(["opened", "0", "new", "offices", "and", "hired", "0", "engineers"], vocab)
    fa = [(10, 19), (50, 59)]  # the two placeholders of A
    fb = [(10, 19), (60, 69)]
    scores = pair_scores(a, fa, b, fb)
    for name in ("context", "slot"):
        _, cols = linear_sum_assignment(-scores[name])
        assert cols.tolist() == [1, 0], name


def test_no_figures_no_model():
    assert figure_alignment("Nothing here.", [], "Rien ici.", [(0, 4)]).shape == (0, 1)


# --------------------------------------------------------------------------- e5-small


@pytest.fixture(scope="module")
def states():
    from claimcheck import e5convert

    e5convert.build_e5_model()  # reuses a verified folder from an earlier run
    return tokalign.TokenStates()


REORDERED = [
    ("The company hired 300 engineers and opened 12 new offices.",
     "公司开设了12个新办事处，并聘请了300名工程师。"),
    ("The bridge is 182 km long and 35 m high.",
     "Le pont, haut de 35 m, est long de 182 km."),
    ("Some supporters who gave $1,000 to men would give her only $250.",
     "Descobriu que alguns apoiantes apenas lhe dariam 250 dólares, embora tivessem dado 1000 dólares a homens."),
]


@pytest.mark.model
@pytest.mark.parametrize("a,b", REORDERED)
def test_e5_alignment_finds_the_counterpart_of_reordered_figures(states, a, b):
    scores = figure_alignment(a, spans(a), b, spans(b), states=states)
    _, cols = linear_sum_assignment(-scores)
    assert cols.tolist() == [1, 0]


@pytest.mark.model
def test_e5_alignment_is_blind_to_the_values(states):
    a, b = REORDERED[0]
    changed = a.replace("300", "4500").replace("12", "7")
    same = figure_alignment(a, spans(a), b, spans(b), states=states)
    other = figure_alignment(changed, spans(changed), b, spans(b), states=states)
    np.testing.assert_allclose(same, other)


@pytest.mark.model
def test_e5_states_are_cached_per_text(states):
    first = states.encode(["Der Hafen kostete 0 Euro."])[0]
    again = states.encode(["Der Hafen kostete 0 Euro.", "Le port a coûté 0 euros."])
    assert again[0][1] is first[1]
    offsets, vecs = again[1]
    assert vecs.shape == (len(offsets), 384)
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, rtol=1e-5)


# transformers.BertModel's layer-8 states of this sentence (TokenStates(backend="torch")), tokens 0, 5 and the
# last, first six dimensions: the numpy forward must give the same (importing torch here would cost ~10 s)
REFERENCE_TEXT = "Le pont, haut de 0 m, est long de 0 km."
REFERENCE = np.array([[-0.01123, -0.02757, 0.00585, -0.02809, 0.08117, 0.02378],
                      [0.01493, -0.01436, -0.03065, 0.05374, -0.01674, 0.01975],
                      [0.03660, -0.05081, 0.04952, 0.01598, 0.05351, -0.00141]])


@pytest.mark.model
def test_numpy_bert_gives_the_transformers_states(states):
    (offsets, vecs), = states.encode([REFERENCE_TEXT])
    assert offsets.tolist()[:4] == [[0, 2], [2, 7], [7, 8], [8, 13]] and len(offsets) == 14
    np.testing.assert_allclose(vecs[[0, 5, -1]][:, :6], REFERENCE, atol=2e-5)
