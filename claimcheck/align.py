"""Alignment, at two levels: which sentences of two articles say the same thing, and inside a pair
of sentences, which figure is which.

Both are evidence for the same-fact model, not hard gates, and neither looks at the
figures' values.

Sentences: translations (NTREX, DEMETR, machine translation) keep the order of their
source, so when two articles look like translations of each other (similar number of
sentences, best matches that mostly run forward) a monotone alignment is found by
dynamic programming; articles written independently are aligned order-free, each
sentence to its best counterpart when that choice is mutual or clearly ahead.

Figures: inside a pair of sentences, figures are assigned one to one (Hungarian
assignment) by what they count or measure — the same dimension, the clause and the
counted noun around them — and by their order among the figures of that dimension
("from 5 to 6", "3 of 4" keep their roles across languages far more often than not).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

# A sentence pair joins a monotone path only if it beats the article pair's typical cosine by this much.
PATH_MARGIN = 0.05
# Two articles are treated as translations when this share of best matches runs forward.
MONOTONE_SHARE = 0.6
# Candidate sentences per sentence: the aligned one plus the best few by cosine. A translation states each fact in
# its counterpart sentence or a neighbour of it (a sentence split in two, two joined, a lead recast), so a few more
# of its best are cheap to let the matcher weigh; articles written apart get fewer, since each more sentence is one
# more chance to join two facts alike in wording. TOP_SENTENCES_TRANSLATION 3 -> 5 (card round 38): dev conflicts
# 0.901 -> 0.911 (e5-small 0.844 -> 0.878), held-out 0.810 -> 0.814, NTREX stories unchanged; 5 for articles written
# apart as well joined the seeds' es-cerebras "mil millones de dólares" to another article's investment.
TOP_SENTENCES = 3
TOP_SENTENCES_TRANSLATION = 5
# A text with fewer than this share of the other's sentences is no translation of it; between this and 0.6 it is
# one only where its best matches run forward this strictly (share of forward steps and rank correlation).
SPLIT_FINER = 0.4
SPLIT_FORWARD = 0.85


@dataclass
class SentenceAlignment:
    """The alignment of the claim-bearing sentences of two articles (rows: a, columns: b)."""

    article_a: str
    article_b: str
    sim: np.ndarray  # cosine matrix
    links: dict[tuple[int, int], float] = field(default_factory=dict)  # (row, col) -> cosine
    # (row, col) pairs that complete a link of a sentence split in two by the other text ("A. B." for "A, B")
    splits: set[tuple[int, int]] = field(default_factory=set)
    shift: float = 0.0  # raw cosine the two articles' sentences gain by sharing a language (``Calibration.same_language``)
    stretch: float = 1.0  # the calibrated step of articles written independently (``Calibration.independent_stretch``)
    monotone: bool = False
    best_ab: np.ndarray | None = None  # row -> best column
    best_ba: np.ndarray | None = None  # column -> best row

    def candidate_pairs(self, top: int | None = None) -> set[tuple[int, int]]:
        """Sentence pairs whose figures may state one fact: the links plus each sentence's best few (more where one
        article is the other's translation)."""
        if top is None:
            top = TOP_SENTENCES_TRANSLATION if self.monotone else TOP_SENTENCES
        pairs = set(self.links) | self.splits
        n_a, n_b = self.sim.shape
        if n_a == 0 or n_b == 0:
            return pairs
        k_b = min(top, n_b)
        rows = np.argpartition(-self.sim, k_b - 1, axis=1)[:, :k_b]
        for i in range(n_a):
            pairs.update((i, int(j)) for j in rows[i])
        k_a = min(top, n_a)
        cols = np.argpartition(-self.sim, k_a - 1, axis=0)[:k_a, :]
        for j in range(n_b):
            pairs.update((int(i), j) for i in cols[:, j])
        return pairs


def looks_like_translation(sim: np.ndarray) -> bool:
    """Similar length and best matches that mostly run forward: one text follows the other's order. Where one
    text has up to 2.5 times the other's sentences (a language that ends sentences with a bare space, cut at
    clauses too), one text's best matches must run forward almost without a step back."""
    n_a, n_b = sim.shape
    if min(n_a, n_b) < 3:
        return min(n_a, n_b) >= 1 and max(n_a, n_b) <= 2 * min(n_a, n_b) + 1
    if min(n_a, n_b) < SPLIT_FINER * max(n_a, n_b):
        return False
    if min(n_a, n_b) < 0.6 * max(n_a, n_b):
        return any(min(_forwardness(side)) >= SPLIT_FORWARD for side in (sim, sim.T))
    forward, rank = _forwardness(sim)
    return forward >= MONOTONE_SHARE and rank >= 0.5


def _forwardness(sim: np.ndarray) -> tuple[float, float]:
    """The share of forward steps of the rows' best columns, and their rank correlation with the rows' order."""
    best = sim.argmax(axis=1)
    forward = float(np.mean(np.diff(best) >= 0))
    rank = np.corrcoef(np.arange(len(best)), best)[0, 1] if np.std(best) > 0 else 0.0
    return forward, float(rank)


def _close(a: float, b: float) -> bool:
    """``np.isclose`` for two floats, without numpy's per-call cost (it runs once per step of the path)."""
    return abs(a - b) <= 1e-08 + 1e-05 * abs(b)


def monotone_path(sim: np.ndarray, margin: float) -> list[tuple[int, int]]:
    """The order-keeping one-to-one alignment maximising the summed gain ``sim - margin`` (skips cost nothing).

    Row by row in numpy: a cell is the best of its diagonal step (when it gains), the cell above,
    and (a running maximum) the cells to its left; the path is read back from the scores.
    """
    n_a, n_b = sim.shape
    gain = sim - margin
    score = np.zeros((n_a + 1, n_b + 1))
    for i in range(1, n_a + 1):
        diag = np.where(gain[i - 1] > 0, score[i - 1, :-1] + gain[i - 1], -np.inf)
        cand = np.maximum(score[i - 1, 1:], diag)
        score[i, 1:] = np.maximum.accumulate(np.maximum(cand, 0.0))
    path = []
    i, j = n_a, n_b
    rows = score.tolist()
    while i > 0 and j > 0:  # a diagonal step only where neither neighbour already holds the score
        if _close(rows[i][j], rows[i - 1][j]):
            i -= 1
        elif _close(rows[i][j], rows[i][j - 1]):
            j -= 1
        else:
            path.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return path[::-1]


def align_sentences(article_a: str, vecs_a: np.ndarray, article_b: str, vecs_b: np.ndarray,
                    unrelated: float = 0.0) -> SentenceAlignment:
    """Align two articles' sentences (rows of L2-normalised vectors).

    ``unrelated`` is the encoder's cosine for unrelated sentences: a link must beat it, and the
    article pair's own median cosine when there are enough sentences to have one.
    """
    sim = vecs_a @ vecs_b.T if len(vecs_a) and len(vecs_b) else np.zeros((len(vecs_a), len(vecs_b)))
    out = SentenceAlignment(article_a, article_b, sim)
    if sim.size == 0:
        return out
    out.best_ab = sim.argmax(axis=1)
    out.best_ba = sim.argmax(axis=0)
    typical = max(float(np.median(sim)), unrelated) if min(sim.shape) >= 3 else unrelated
    if looks_like_translation(sim):
        out.monotone = True
        for i, j in monotone_path(sim, typical + PATH_MARGIN):
            out.links[(i, j)] = float(sim[i, j])
        out.splits = split_links(out.links, vecs_a, vecs_b, typical) | sandwiched(out.links)
        return out
    # order-free: a mutual best, or a best clearly ahead of the runner-up
    for i in range(sim.shape[0]):
        j = int(out.best_ab[i])
        mutual = int(out.best_ba[j]) == i
        row = np.sort(sim[i])[::-1]
        ahead = len(row) < 2 or row[0] - row[1] >= 0.1
        if (mutual or ahead) and sim[i, j] > typical + PATH_MARGIN:
            out.links[(i, j)] = float(sim[i, j])
    return out


def split_links(links: dict[tuple[int, int], float], vecs_a: np.ndarray, vecs_b: np.ndarray,
                typical: float) -> set[tuple[int, int]]:
    """Sentence pairs that a one-to-one path leaves out where a translation split one sentence in two (or
    joined two): a sentence next to a linked one and linked to nothing itself, whose vector added to its
    neighbour's reads closer to the neighbour's partner than the neighbour alone does, as bertalign finds
    its 1-2 and 2-1 links. Monotone alignments only (a translation keeps its order)."""
    out: set[tuple[int, int]] = set()
    rows_taken, cols_taken = {r for r, _ in links}, {c for _, c in links}
    for (i, j) in links:
        for own, other, me, partner, flip in ((vecs_b, vecs_a, j, i, False), (vecs_a, vecs_b, i, j, True)):
            taken = rows_taken if flip else cols_taken
            base = float(other[partner] @ own[me])
            for near in (me - 1, me + 1):
                if not 0 <= near < len(own) or near in taken or float(other[partner] @ own[near]) <= typical:
                    continue
                merged = own[me] + own[near]
                merged = merged / (np.linalg.norm(merged) or 1.0)
                if float(other[partner] @ merged) > base:
                    out.add((near, partner) if flip else (partner, near))
    return out


def sandwiched(links: dict[tuple[int, int], float]) -> set[tuple[int, int]]:
    """Sentence pairs that complete a link of a sentence split in two, read from the path's shape alone: where a
    monotone path steps over exactly one sentence of one text while the other text's next sentence follows at once
    ("at 3:17 a.m. on Thursday ..., at a depth of 35 km." against "... 3시 17분 ... 발생했다. 진원 깊이는 35㎞다."),
    a translation left nothing out, so the skipped sentence is part of one of its two neighbours' counterparts:
    it is paired with both, and the figures decide. A split the encoder does not see (the short half reads unlike
    the whole sentence) is caught so; a one-sentence gap on both sides (a sentence each side added) is not, nor a
    sentence past the first or last link (a version may add one there: ``split_links`` reads those)."""
    out: set[tuple[int, int]] = set()
    path = sorted(links)
    for (i1, j1), (i2, j2) in zip(path, path[1:]):
        if i2 - i1 == 1 and j2 - j1 == 2:
            out.update({(i1, j1 + 1), (i2, j1 + 1)})
        elif j2 - j1 == 1 and i2 - i1 == 2:
            out.update({(i1 + 1, j1), (i1 + 1, j2)})
    return out


def assign_figures(score: np.ndarray) -> list[tuple[int, int]]:
    """One-to-one assignment of the figures of two sentences maximising the summed slot score."""
    if score.size == 0:
        return []
    rows, cols = linear_sum_assignment(-score)
    return [(int(r), int(c)) for r, c in zip(rows, cols)]


# Assignments this small (rows x columns x the smaller of the two; ~5 ms at worst) are solved here, not by scipy,
# whose import costs a short check ~0.4 s.
SMALL_ASSIGNMENT = 100_000


def linear_sum_assignment(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``scipy.optimize.linear_sum_assignment`` (minimising), with scipy's answer to the last tie: a single
    row or column is its first smallest entry, and a small matrix goes to ``_lsap_small``, scipy's algorithm
    step for step (``tests/test_perf_equivalence.py`` pins both to scipy); scipy is imported on first use."""
    cost = np.asarray(cost, dtype=np.float64)
    if cost.ndim == 2 and cost.size and np.isfinite(cost).all():
        if min(cost.shape) == 1:
            best = np.array([int(np.argmin(cost))], dtype=np.intp)
            zero = np.zeros(1, dtype=np.intp)
            return (zero, best) if cost.shape[0] == 1 else (best, zero)
        if cost.size * min(cost.shape) <= SMALL_ASSIGNMENT:
            rows, cols = _lsap_small(cost.tolist())
            return np.array(rows, dtype=np.intp), np.array(cols, dtype=np.intp)
    from scipy.optimize import linear_sum_assignment as lsap

    return lsap(cost)


def _lsap_small(cost: list[list[float]]) -> tuple[list[int], list[int]]:
    """(rows, cols) of the minimum-cost assignment of a small matrix of finite costs (rows of floats): the
    shortest augmenting path algorithm of scipy's ``rectangular_lsap.cpp`` (Crouse 2016), in its order of
    operations and with its tie-breaking, so that it assigns exactly as scipy does."""
    nr, nc = len(cost), len(cost[0])
    transpose = nc < nr
    if transpose:
        cost = [list(col) for col in zip(*cost)]
        nr, nc = nc, nr
    inf = math.inf
    u, v = [0.0] * nr, [0.0] * nc
    path, col4row, row4col = [-1] * nc, [-1] * nr, [-1] * nc
    spc = [inf] * nc
    for cur in range(nr):
        # shortest augmenting path from row ``cur``
        min_val = 0.0
        remaining = list(range(nc - 1, -1, -1))
        num = nc
        SR, SC = [False] * nr, [False] * nc
        spc = [inf] * nc
        i, sink = cur, -1
        while sink == -1:
            index, lowest = -1, inf
            SR[i] = True
            row, ui = cost[i], u[i]
            for it in range(num):
                j = remaining[it]
                r = min_val + row[j] - ui - v[j]
                if r < spc[j]:
                    path[j] = i
                    spc[j] = r
                if spc[j] < lowest or (spc[j] == lowest and row4col[j] == -1):
                    lowest = spc[j]
                    index = it
            min_val = lowest
            if min_val == inf:
                raise ValueError("cost matrix is infeasible")
            j = remaining[index]
            if row4col[j] == -1:
                sink = j
            else:
                i = row4col[j]
            SC[j] = True
            num -= 1
            remaining[index] = remaining[num]
        u[cur] += min_val
        for i in range(nr):
            if SR[i] and i != cur:
                u[i] += min_val - spc[col4row[i]]
        for j in range(nc):
            if SC[j]:
                v[j] -= min_val - spc[j]
        j = sink
        while True:
            i = path[j]
            row4col[j] = i
            col4row[i], j = j, col4row[i]
            if i == cur:
                break
    if transpose:
        order = sorted(range(nr), key=col4row.__getitem__)
        return [col4row[k] for k in order], order
    return list(range(nr)), col4row
