"""Group the claims of one story into facts: the same figure told by several articles.

Candidates are claims of compatible kind and unit in different articles. A small
logistic regression (trained by ``scripts/train_matcher.py`` on NTREX, stored as
plain coefficients in ``claimcheck/data/matcher.json``) scores each candidate pair
from structured features: sentence and clause cosines, value agreement and the
power of ten between the values, qualifiers, shared names and numbers, time-scope
words, position. Pairs are then joined best first into connected components that
never put two claims of one article with different values, or from one sentence,
into one fact (plain components chain wrong links). Two rules link without the
model: a figure repeated in one article (headline and body) and a conversion the
extractor marked ("€2bn ($2.2bn)").

``python -m claimcheck.match DIR --output FILE [--model M]`` checks one story and
writes its JSON report (used by the scorer in development).
"""
from __future__ import annotations

import json
import math
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

from claimcheck import compare
from claimcheck.records import Article, Claim, Fact

MATCHER_FILE = "matcher.json"
REPEAT_TOLERANCE = 0.002

# --------------------------------------------------------------- features ---

FEATURES = (
    "bias",
    "cos_sentence", "cos_clause", "cos_subject", "has_subjects",
    "top1_ab", "top1_mutual", "cos_margin",
    "value_equal", "value_compatible", "log_ratio", "pow10_dist", "pow1000_dist", "same_digits",
    "unit_same", "currency_differs", "date_prefix", "year_gap",
    "qual_both_exact", "qual_same", "qual_bound",
    "entity_jaccard", "entity_missing", "shared_numbers", "scope_mismatch", "scope_shared",
    "pos_gap", "both_lead",
    "log_candidates",
    "kind_date", "kind_money", "kind_count", "kind_percent", "kind_other",
    "cos_x_equal", "cos_x_notequal", "small_integer",
    "digit_edit", "sibling_best", "has_siblings",
)

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]+")


@lru_cache(maxsize=None)
def _scope_words() -> dict[str, list[str]]:
    data = json.loads(resources.files("claimcheck.data").joinpath("scope_words.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def scope_classes(text: str) -> frozenset[str]:
    """Which period or state words ("nine months", "前三季度", "previous") the text holds."""
    low = text.lower()
    return frozenset(name for name, words in _scope_words().items() if any(w in low for w in words))


def entities(text: str, lang: str | None) -> frozenset[str]:
    """Names that survive translation: capitalised words in Latin-script text, any Latin word in CJK/Cyrillic text.

    The first word of a sentence is capitalised anyway, so a short one ("Las", "The")
    counts only if it also appears capitalised elsewhere; lower-cased for comparison.
    """
    latin_script = sum(ch.isascii() and ch.isalpha() for ch in text) > 0.5 * max(1, sum(ch.isalpha() for ch in text))
    if latin_script:
        words = [m.group(0) for m in re.finditer(r"\b[A-Z][\w\-]*", text)]
        first = re.match(r"\W*(\w+)", text)
        out = {w.lower() for w in words if len(w) >= 2}
        if first and words and words[0] == first.group(1) and words.count(words[0]) == 1 and len(words[0]) <= 4:
            out.discard(words[0].lower())
        return frozenset(out)
    return frozenset(w.lower() for w in _LATIN_WORD.findall(text) if len(w) >= 2)


def _comparable(c: Claim) -> float | None:
    return compare._comparable_value(c.quantity)


def _is_date(c: Claim) -> bool:
    return c.kind == "date" or isinstance(c.value, str)


def compatible_kinds(a: Claim, b: Claim) -> bool:
    """Could these two claims state one fact (other values allowed, other unit family not)?"""
    if _is_date(a) != _is_date(b):
        return False
    if a.kind != b.kind:
        return {a.kind, b.kind} <= {"count", "ratio"}
    if a.kind in ("money", "count", "ratio", "percent", "date"):
        return True
    ua, ub = compare.canonical_unit(a.unit), compare.canonical_unit(b.unit)
    if ua == ub:
        return True
    da, db = compare.unit_dimension(ua), compare.unit_dimension(ub)
    if da and db:
        # power vs energy is a classic slip (GW vs GWh): keep them candidates so the conflict shows
        return da[0] == db[0] or {da[0], db[0]} == {"power", "energy"}
    return False


@dataclass
class StoryContext:
    """What the features need about every claim of the story, computed once."""

    claims: list[Claim]
    sentence_vecs: np.ndarray
    clause_vecs: np.ndarray
    subject_vecs: np.ndarray
    has_subject: list[bool]
    clauses: list[str]
    article_length: dict[str, int]
    index: dict[str, int] = field(default_factory=dict)
    entities: list[frozenset[str]] = field(default_factory=list)
    scopes: list[frozenset[str]] = field(default_factory=list)
    sentence_numbers: list[set[str]] = field(default_factory=list)
    candidates: dict[str, list[str]] = field(default_factory=dict)  # claim id -> candidate ids
    siblings: dict[str, list[Claim]] = field(default_factory=dict)  # other claims of the same sentence
    best: dict[tuple[str, str], str] = field(default_factory=dict)  # (claim, other article) -> best cand
    margin: dict[tuple[str, str], float] = field(default_factory=dict)


def _number_key(c: Claim) -> str | None:
    v = c.value
    if v is None:
        return None
    if isinstance(v, str):
        return v
    return compare.significant(float(v))[0] if c.kind != "date" else str(v)


def build_context(claims: Sequence[Claim], articles: Sequence[Article], encoder) -> StoryContext:
    from claimcheck.embed import claim_contexts, embed_claim_contexts

    claims = list(claims)
    if claims:
        sent_vecs, clause_vecs = embed_claim_contexts(claims, encoder)
    else:
        sent_vecs = clause_vecs = np.zeros((0, 1), dtype=np.float32)
    _, clauses = claim_contexts(claims)
    subjects = [" ".join(c.subject) for c in claims]
    has_subject = [bool(s.strip()) for s in subjects]
    unique = list(dict.fromkeys(s for s in subjects if s.strip()))
    if unique:
        vecs = encoder.encode(unique)
        row = {t: i for i, t in enumerate(unique)}
        subj_vecs = np.stack([vecs[row[s]] if s.strip() else np.zeros(vecs.shape[1], dtype=vecs.dtype)
                              for s in subjects])
    else:
        subj_vecs = np.zeros((len(claims), 1), dtype=np.float32)
    lengths = {a.id: max(1, len(a.text)) for a in articles}
    ctx = StoryContext(claims, sent_vecs, clause_vecs, subj_vecs, has_subject, clauses, lengths)
    ctx.index = {c.id: i for i, c in enumerate(claims)}
    ctx.entities = [entities(c.sentence or c.text, c.lang) for c in claims]
    ctx.scopes = [scope_classes(cl) for cl in clauses]
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.article, c.sentence_index)].append(c)
    for c in claims:
        same = [o for o in by_sentence[(c.article, c.sentence_index)] if o.id != c.id]
        ctx.siblings[c.id] = [o for o in same if o.conversion_of != c.id and c.conversion_of != o.id]
        ctx.sentence_numbers.append({k for o in same if (k := _number_key(o))})
    for a in claims:
        ctx.candidates[a.id] = [b.id for b in claims if b.article != a.article and compatible_kinds(a, b)]
    # best candidate per other article by mean cosine, and the margin over the runner-up
    for a in claims:
        ia = ctx.index[a.id]
        per_article: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for bid in ctx.candidates[a.id]:
            ib = ctx.index[bid]
            per_article[claims[ib].article].append((_mean_cos(ctx, ia, ib), bid))
        for art, scored in per_article.items():
            scored.sort(reverse=True)
            ctx.best[(a.id, art)] = scored[0][1]
            ctx.margin[(a.id, art)] = scored[0][0] - (scored[1][0] if len(scored) > 1 else 0.0)
    return ctx


def _mean_cos(ctx: StoryContext, i: int, j: int) -> float:
    return 0.5 * float(ctx.sentence_vecs[i] @ ctx.sentence_vecs[j]) + 0.5 * float(ctx.clause_vecs[i] @ ctx.clause_vecs[j])


def pair_features(a: Claim, b: Claim, ctx: StoryContext) -> dict[str, float]:
    """The structured evidence that claims ``a`` and ``b`` (other articles) state one fact."""
    ia, ib = ctx.index[a.id], ctx.index[b.id]
    f = dict.fromkeys(FEATURES, 0.0)
    f["bias"] = 1.0
    f["cos_sentence"] = float(ctx.sentence_vecs[ia] @ ctx.sentence_vecs[ib])
    f["cos_clause"] = float(ctx.clause_vecs[ia] @ ctx.clause_vecs[ib])
    if ctx.has_subject[ia] and ctx.has_subject[ib]:
        f["cos_subject"] = float(ctx.subject_vecs[ia] @ ctx.subject_vecs[ib])
        f["has_subjects"] = 1.0
    ab = ctx.best.get((a.id, b.article)) == b.id
    ba = ctx.best.get((b.id, a.article)) == a.id
    f["top1_ab"] = float(ab) + float(ba)
    f["top1_mutual"] = float(ab and ba)
    f["cos_margin"] = (ctx.margin.get((a.id, b.article), 0.0) if ab else 0.0) + \
                      (ctx.margin.get((b.id, a.article), 0.0) if ba else 0.0)
    f.update(value_features(a, b))
    ea, eb = ctx.entities[ia], ctx.entities[ib]
    if ea or eb:
        f["entity_jaccard"] = len(ea & eb) / len(ea | eb)
        f["entity_missing"] = float(bool(ea) != bool(eb))
    na, nb = ctx.sentence_numbers[ia], ctx.sentence_numbers[ib]
    if na and nb:
        f["shared_numbers"] = len(na & nb) / min(len(na), len(nb))
    sa, sb = ctx.scopes[ia], ctx.scopes[ib]
    f["scope_mismatch"] = float(len(sa ^ sb) > 0)
    f["scope_shared"] = float(len(sa & sb) > 0)
    pa = a.start / ctx.article_length.get(a.article, 1)
    pb = b.start / ctx.article_length.get(b.article, 1)
    f["pos_gap"] = abs(pa - pb)
    f["both_lead"] = float(pa < 0.15 and pb < 0.15)
    n_b = sum(1 for cid in ctx.candidates[a.id] if ctx.claims[ctx.index[cid]].article == b.article)
    n_a = sum(1 for cid in ctx.candidates[b.id] if ctx.claims[ctx.index[cid]].article == a.article)
    f["log_candidates"] = math.log1p(0.5 * (n_a + n_b))
    kind = "date" if _is_date(a) else a.kind
    key = {"date": "kind_date", "money": "kind_money", "count": "kind_count", "ratio": "kind_count",
           "percent": "kind_percent"}.get(kind, "kind_other")
    f[key] = 1.0
    cos = 0.5 * (f["cos_sentence"] + f["cos_clause"])
    f["cos_x_equal"] = cos * f["value_equal"]
    f["cos_x_notequal"] = cos * (1.0 - f["value_compatible"])
    sib_a = [x for x in ctx.siblings[a.id] if compatible_kinds(x, b)]
    sib_b = [x for x in ctx.siblings[b.id] if compatible_kinds(x, a)]
    if sib_a or sib_b:
        f["has_siblings"] = 1.0
        best_a = all(_sibling_score(a, b, ctx) >= _sibling_score(x, b, ctx) for x in sib_a)
        best_b = all(_sibling_score(b, a, ctx) >= _sibling_score(x, a, ctx) for x in sib_b)
        f["sibling_best"] = 0.5 * (float(best_a) + float(best_b))
    else:
        f["sibling_best"] = 1.0
    return f


def _sibling_score(x: Claim, other: Claim, ctx: StoryContext) -> float:
    """How well ``x`` fits ``other`` compared with the figures beside it in its sentence (what is counted, the value)."""
    ix, io = ctx.index[x.id], ctx.index[other.id]
    score = float(ctx.clause_vecs[ix] @ ctx.clause_vecs[io])
    if ctx.has_subject[ix] and ctx.has_subject[io]:
        score += float(ctx.subject_vecs[ix] @ ctx.subject_vecs[io])
    v = compare.judge(x, other)
    if v is not None and v.agree and _close(x, other, 1.5):
        score += 1.0
    elif _plausible_slip(x, other):
        score += 0.5
    return score


def _plausible_slip(a: Claim, b: Claim) -> bool:
    """A power of ten, transposed digits or one digit off: the ways a figure goes wrong in translation."""
    if not isinstance(a.value, (int, float)) or not isinstance(b.value, (int, float)) or a.quantity.garbled \
            or b.quantity.garbled:
        return False
    return digit_edit(float(a.value), float(b.value)) <= 1


def digit_edit(a: float, b: float) -> int:
    """Edits (substitution, insertion, deletion, swap of neighbours) between the significant digits of two figures.

    0 for a pure scale slip (11 millones vs 11 milliards), 1 for "84,000" vs "48,000" or "2027" vs "2028".
    """
    x, y = compare.significant(a)[0], compare.significant(b)[0]
    if x == y:
        return 0
    n, m = len(x), len(y)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] != y[j - 1]))
            if i > 1 and j > 1 and x[i - 1] == y[j - 2] and x[i - 2] == y[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[n][m]


def value_features(a: Claim, b: Claim) -> dict[str, float]:
    """How the two figures relate: equal, compatible, a power of ten apart, same digits."""
    f: dict[str, float] = {}
    qa, qb = a.quantity, b.quantity
    verdict = compare.judge(a, b)
    # a bound agrees with anything on its side ("more than 30" with 48,000): only a close one is evidence
    f["value_compatible"] = float(verdict is not None and verdict.agree and _close(a, b, 1.5))
    f["qual_both_exact"] = float(qa.qualifier == "exact" and qb.qualifier == "exact")
    f["qual_same"] = float(qa.qualifier == qb.qualifier)
    f["qual_bound"] = float(qa.qualifier in compare.LOWER_BOUNDS | compare.UPPER_BOUNDS or
                            qb.qualifier in compare.LOWER_BOUNDS | compare.UPPER_BOUNDS)
    if _is_date(a):
        va, vb = str(a.value), str(b.value)
        f["value_equal"] = float(va == vb)
        f["date_prefix"] = float(compare._dates_agree(va, vb))
        ya, yb = va[:4], vb[:4]
        if ya.isdigit() and yb.isdigit():
            f["year_gap"] = min(abs(int(ya) - int(yb)), 10) / 10
        diff = sum(x != y for x, y in zip(va, vb)) + abs(len(va) - len(vb))
        f["digit_edit"] = min(diff, 3) / 3
        f["unit_same"] = 1.0
        return f
    f["unit_same"] = float(compare.canonical_unit(qa.unit) == compare.canonical_unit(qb.unit)
                           or a.kind in ("count", "ratio"))
    f["currency_differs"] = float(a.kind == "money" and (qa.unit or "").upper() != (qb.unit or "").upper())
    va, vb = _comparable(a), _comparable(b)
    if a.kind == "money" and (va is None or vb is None) and isinstance(qa.value, (int, float)) \
            and isinstance(qb.value, (int, float)):
        va, vb = float(qa.value), float(qb.value)
    if va is None or vb is None or va <= 0 or vb <= 0:
        if isinstance(qa.value, (int, float)) and isinstance(qb.value, (int, float)):
            f["value_equal"] = float(qa.value == qb.value)
        f["log_ratio"] = 1.0
        return f
    lr = abs(math.log10(va / vb))
    tol = compare.CURRENCY_BAND if f["currency_differs"] else compare.EQUAL_TOLERANCE
    f["value_equal"] = float(abs(va - vb) <= tol * max(va, vb))
    f["log_ratio"] = min(lr, 6.0) / 6.0
    f["pow10_dist"] = abs(lr - round(lr)) if lr >= 0.5 else 0.5
    f["pow1000_dist"] = abs(lr / 3 - round(lr / 3)) * 3 if lr >= 1.5 else 1.5
    if isinstance(qa.value, (int, float)) and isinstance(qb.value, (int, float)) and not qa.garbled and not qb.garbled:
        f["same_digits"] = float(compare.same_digits(float(qa.value), float(qb.value)))
        f["digit_edit"] = min(digit_edit(float(qa.value), float(qb.value)), 3) / 3
        small = max(abs(float(qa.value)), abs(float(qb.value))) < 10 and a.kind in ("count", "ratio", "other")
        f["small_integer"] = float(small)
    return f


# ------------------------------------------------------------------ model ---

@dataclass
class Matcher:
    """A logistic regression kept as plain numbers: no pickle, no scikit-learn at run time."""

    features: list[str]
    coef: np.ndarray
    intercept: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float = 0.5
    info: dict = field(default_factory=dict)
    conflict_threshold: float | None = None  # a link between disagreeing figures needs this much

    def probability(self, rows: list[dict[str, float]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        x = np.array([[r.get(name, 0.0) for name in self.features] for r in rows], dtype=np.float64)
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    @classmethod
    def from_dict(cls, d: dict) -> "Matcher":
        return cls(list(d["features"]), np.array(d["coef"], dtype=np.float64), float(d["intercept"]),
                   np.array(d["mean"], dtype=np.float64), np.array(d["scale"], dtype=np.float64),
                   float(d.get("threshold", 0.5)),
                   {k: v for k, v in d.items()
                    if k not in ("features", "coef", "intercept", "mean", "scale", "threshold", "conflict_threshold")},
                   d.get("conflict_threshold"))

    def to_dict(self) -> dict:
        return {"features": self.features, "coef": [round(float(c), 6) for c in self.coef],
                "intercept": round(self.intercept, 6), "mean": [round(float(m), 6) for m in self.mean],
                "scale": [round(float(s), 6) for s in self.scale], "threshold": self.threshold,
                "conflict_threshold": self.conflict_threshold, **self.info}


# Hand weights used only when no trained matcher is installed (a fresh checkout before training).
_FALLBACK = {"bias": -4.0, "cos_sentence": 2.5, "cos_clause": 2.5, "top1_mutual": 1.5, "top1_ab": 0.5,
             "value_equal": 2.5, "value_compatible": 1.0, "same_digits": 1.0, "pow10_dist": -2.0,
             "entity_jaccard": 1.0, "shared_numbers": 1.0, "scope_mismatch": -0.7, "kind_date": -1.0,
             "small_integer": -1.0}


def fallback_matcher() -> Matcher:
    coef = np.array([_FALLBACK.get(n, 0.0) for n in FEATURES])
    bias = coef[0]
    coef[0] = 0.0
    return Matcher(list(FEATURES), coef, float(bias), np.zeros(len(FEATURES)), np.ones(len(FEATURES)),
                   0.5, {"name": "fallback hand weights"})


def load_matcher(path: str | None = None) -> Matcher:
    """The trained matcher: ``path``, else $CLAIMCHECK_MATCHER, else ``claimcheck/data/matcher.json``, else hand weights."""
    return _load_matcher(path or os.environ.get("CLAIMCHECK_MATCHER") or None)


@lru_cache(maxsize=4)
def _load_matcher(path: str | None) -> Matcher:
    if path:
        p = Path(path)
        try:
            return Matcher.from_dict(json.loads(p.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError) as exc:
            from claimcheck.errors import UserError

            raise UserError(f"matcher {path}: cannot read it ({exc})") from exc
    res = resources.files("claimcheck.data").joinpath(MATCHER_FILE)
    if res.is_file():
        return Matcher.from_dict(json.loads(res.read_text(encoding="utf-8")))
    return fallback_matcher()


# --------------------------------------------------------------- grouping ---

def repeat_link(a: Claim, b: Claim) -> bool:
    """The same figure stated twice in one article (headline and body): one fact."""
    if a.article != b.article or a.sentence_index == b.sentence_index or a.kind != b.kind:
        return False
    qa, qb = a.quantity, b.quantity
    if qa.garbled or qb.garbled or qa.value is None or qb.value is None:
        return False
    if qa.qualifier in ("range",) or qb.qualifier in ("range",):
        return False
    if _is_date(a) or isinstance(qa.value, str) or isinstance(qb.value, str):
        return str(qa.value) == str(qb.value) and len(str(qa.value)) >= 7  # a full month or day, not a bare year
    if compare.canonical_unit(qa.unit) != compare.canonical_unit(qb.unit) and a.kind != "count":
        return False
    va, vb = float(qa.value), float(qb.value)
    if a.kind in ("count", "ratio", "other", "duration") and max(abs(va), abs(vb)) < 100 and va == int(va):
        return False  # "two", "9", "2019"-like small integers recur for unrelated things
    return abs(va - vb) <= REPEAT_TOLERANCE * max(abs(va), abs(vb))


def _close(a: Claim, b: Claim, factor: float) -> bool:
    pa, pb = _comparable(a), _comparable(b)
    if pa is None or pb is None or pa <= 0 or pb <= 0:
        return True
    return max(pa, pb) <= factor * min(pa, pb)


def same_figure(a: Claim, b: Claim) -> bool:
    """Could two claims of one article be one fact stated twice? Agreeing and close, not merely overlapping bounds."""
    verdict = compare.judge(a, b)
    if verdict is None or not verdict.agree:
        return False
    pa, pb = _comparable(a), _comparable(b)
    if pa is None or pb is None:
        return True
    return abs(pa - pb) <= 0.05 * max(abs(pa), abs(pb))


class _Groups:
    """Union-find whose unions refuse to put clashing claims of one article together."""

    def __init__(self, claims: list[Claim], links: set[frozenset[str]]):
        self.parent = {c.id: c.id for c in claims}
        self.members = {c.id: [c] for c in claims}
        self.links = links  # rule links: exempt from the same-sentence ban

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def clash(self, ra: str, rb: str) -> bool:
        for x in self.members[ra]:
            for y in self.members[rb]:
                if x.article != y.article:
                    if not compare.is_slip(x, y):
                        return True
                    continue
                if frozenset((x.id, y.id)) in self.links:
                    continue
                if x.sentence_index == y.sentence_index:
                    return True
                if not same_figure(x, y):
                    return True
        return False

    def union(self, a: str, b: str, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and self.clash(ra, rb):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return True


def score_pairs(claims: Sequence[Claim], articles: Sequence[Article], encoder,
                matcher: Matcher | None = None) -> tuple[list[tuple[str, str]], np.ndarray, StoryContext]:
    """Every cross-article candidate pair and its same-fact probability."""
    matcher = matcher or load_matcher()
    ctx = build_context(claims, articles, encoder)
    by_id = {c.id: c for c in claims}
    pairs, rows = [], []
    for a in claims:
        for bid in ctx.candidates[a.id]:
            if ctx.index[a.id] > ctx.index[bid]:
                continue  # each unordered pair once (candidacy is symmetric)
            pairs.append((a.id, bid))
            rows.append(pair_features(a, by_id[bid], ctx))
    return pairs, matcher.probability(rows), ctx


def match_claims(claims: list[Claim], articles: list[Article], encoder, matcher: Matcher | None = None) -> list[Fact]:
    """One Fact per fact of the story (ids f1, f2, … in reading order); every claim is in exactly one."""
    matcher = matcher or load_matcher()
    claims = [c for c in claims]
    if not claims:
        return []
    pairs, prob, _ = score_pairs(claims, articles, encoder, matcher)
    by_id = {c.id: c for c in claims}
    links: set[frozenset[str]] = set()
    for c in claims:
        if c.conversion_of and c.conversion_of in by_id:
            links.add(frozenset((c.id, c.conversion_of)))
    groups = _Groups(claims, links)
    for link in links:
        a, b = tuple(link)
        groups.union(a, b, force=True)
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article].append(c)
    for members in by_article.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if repeat_link(a, b):
                    groups.union(a.id, b.id)
    weakest: dict[str, float] = {}
    order = np.argsort(-prob, kind="stable")
    for k in order:
        p = float(prob[k])
        if p < matcher.threshold:
            break
        a, b = pairs[k]
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb:
            continue
        if matcher.conflict_threshold is not None and p < matcher.conflict_threshold and \
                _would_disagree(groups.members[ra], groups.members[rb]):
            continue  # a link that would report a conflict (directly or through the facts it joins) needs more
        w = min(weakest.get(ra, 1.0), weakest.get(rb, 1.0), p)
        if groups.union(a, b):
            weakest[groups.find(a)] = w
    _attach_contradictions(groups, pairs, prob, by_id, matcher, weakest)
    position = {c.id: (i, c.start) for i, c in enumerate(claims)}
    comps = sorted(groups.members.items(), key=lambda kv: min(position[c.id] for c in kv[1]))
    facts = []
    for n, (root, members) in enumerate(comps, 1):
        members = sorted(members, key=lambda c: position[c.id])
        units = {c.unit for c in members}
        facts.append(Fact(id=f"f{n}", claims=[c.id for c in members], kind=members[0].kind,
                          unit=members[0].unit if len(units) == 1 else None,
                          score=round(weakest.get(root, 1.0), 4)))
    return facts


def _would_disagree(left: list[Claim], right: list[Claim]) -> bool:
    """Would joining these two groups put figures of two articles that disagree into one fact?

    A weak link between two agreeing figures can still chain a disagreeing one in
    ("fünf Kindern" joined to "1人" through a third claim): such a merge reports a
    conflict as surely as a direct link would, so it needs the same evidence.
    """
    for x in left:
        for y in right:
            if x.article != y.article:
                verdict = compare.judge(x, y)
                if verdict is not None and not verdict.agree:
                    return True
    return False


def _attach_contradictions(groups: _Groups, pairs, prob, by_id: dict[str, Claim], matcher: Matcher,
                           weakest: dict[str, float]) -> None:
    """Let a figure left alone join the fact it strongly matches even though its own article states that
    fact with another figure elsewhere (headline 84,000, body 48,000): a contradiction inside one article.

    Only for claims still alone, only through a link at the conflict-link threshold, and only when the
    figure differs from every member in a way a slip explains.
    """
    bar = matcher.conflict_threshold if matcher.conflict_threshold is not None else max(matcher.threshold, 0.8)
    best: dict[str, tuple[float, str]] = {}
    for (a, b), p in zip(pairs, prob):
        if p < bar:
            continue
        for x, y in ((a, b), (b, a)):
            if len(groups.members[groups.find(x)]) == 1 and p > best.get(x, (0.0, ""))[0]:
                best[x] = (float(p), y)
    for x, (p, y) in sorted(best.items(), key=lambda kv: -kv[1][0]):
        rx, ry = groups.find(x), groups.find(y)
        if rx == ry or len(groups.members[rx]) != 1:
            continue
        cx = by_id[x]
        members = groups.members[ry]
        if not any(m.article == cx.article for m in members):
            continue  # nothing of its own article there: the ordinary grouping already declined it
        if any(m.article == cx.article and m.sentence_index == cx.sentence_index for m in members):
            continue
        if all(compare.is_slip(cx, m) for m in members):
            w = min(weakest.get(ry, 1.0), p)
            groups.union(x, y, force=True)
            weakest[groups.find(x)] = w


# -------------------------------------------------------------------- CLI ---

def main(argv: list[str] | None = None) -> int:
    import argparse

    from claimcheck.api import check

    ap = argparse.ArgumentParser(prog="python -m claimcheck.match",
                                 description="Check one story folder and write its JSON report (development entry).")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--output", "-o", required=True)
    ap.add_argument("--model", default=None, help="encoder name or path (default: the built-in)")
    ap.add_argument("--matcher", default=None, help="matcher JSON (default: the installed one)")
    args = ap.parse_args(argv)
    if args.matcher:
        os.environ["CLAIMCHECK_MATCHER"] = args.matcher
    from claimcheck.errors import UserError

    try:
        report = check(args.paths, model=args.model)
    except UserError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return 2
    Path(args.output).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    for article in report.errors:
        print(f"claimcheck: {article.source}: {article.error}", file=sys.stderr)
    if not report.articles or len(report.errors) == len(report.articles):
        return 2
    return 1 if report.conflicts else 0


if __name__ == "__main__":
    raise SystemExit(main())
