#!/usr/bin/env python3
"""Train the same-fact matcher on NTREX ``train`` documents and save it as plain JSON.

Each NTREX document is one story told in 9 languages whose line i is the same
sentence everywhere. The real extractor runs on every version; a pair of claims
in different versions is

- a positive when both sit on the same line with compatible values (or, when a
  line holds several figures of one kind, the same rank among them);
- a negative when they sit on different lines (pairs that state an equal,
  non-trivial figure on different lines are left out: they may be a repeat);
- a *hard positive* when one version had a figure changed (×1000, ÷1000, ×10^4,
  other digits) before matching: value disagreement alone must not split a fact;
- a *hard negative* when the claim comes from an article of another document
  slipped into the story (same sentence patterns, other facts).

The model is a scikit-learn LogisticRegression over ``claimcheck.match.FEATURES``;
the coefficients, scaler and threshold go into ``claimcheck/data/matcher.json``
(no pickle). Metrics come from 5-fold cross-validation grouped by document.

    .venv/bin/python scripts/train_matcher.py [--encoder use-multilingual] [--out claimcheck/data/matcher.json]

Never point it at NTREX ``test`` documents or DEMETR: those measure the product.
"""
from __future__ import annotations

import argparse
import copy
import json
import pickle
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ntrex_stories  # noqa: E402

from claimcheck import compare  # noqa: E402
from claimcheck.match import FEATURES, Matcher, build_context, pair_features  # noqa: E402
from claimcheck.records import Article, Claim  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def extract(article: Article) -> list[Claim]:
    from claimcheck.extract import extract_claims

    claims = extract_claims(article)
    for n, c in enumerate(claims):
        c.id = f"{article.id}#{n}"
    return claims


def extract_corpus(docs, cache: Path | None):
    """{doc: (articles, claims)}; cached in a pickle of our own making (never loaded from elsewhere)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    rng = random.Random(7)
    out = {}
    for doc, versions in docs:
        shuffled = {}
        orders = {}
        for lang, lines in versions.items():
            order = list(range(len(lines)))
            if rng.random() < 0.5:  # independent articles tell a story in another order
                rng.shuffle(order)
            shuffled[lang] = [lines[i] for i in order]
            orders[lang] = order
        arts = ntrex_stories.articles_for(doc, shuffled)
        for a in arts:
            a.line_map = orders[a.id]  # line in this text -> line of the source document
        claims = [c for a in arts for c in extract(a)]
        out[doc] = (arts, claims)
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def _rank_in_line(claims: list[Claim], articles: dict[str, Article]) -> dict[str, tuple[int, int, int]]:
    """claim id -> (line, rank among same-kind claims on that line, how many there are)."""
    by_line = defaultdict(list)
    for c in claims:
        art = articles[c.article]
        line = art.line_map[ntrex_stories.line_of(art, c.start)]
        kind = "date" if c.kind == "date" else c.kind
        by_line[(c.article, line, kind)].append(c)
    out = {}
    for (art, line, kind), cs in by_line.items():
        cs.sort(key=lambda c: c.start)
        for r, c in enumerate(cs):
            out[c.id] = (line, r, len(cs))
    return out


def _nontrivial_equal(a: Claim, b: Claim) -> bool:
    if a.value is None or b.value is None:
        return False
    if isinstance(a.value, str) or isinstance(b.value, str):
        return str(a.value) == str(b.value)
    va, vb = float(a.value), float(b.value)
    return abs(va - vb) <= 0.002 * max(abs(va), abs(vb)) and max(abs(va), abs(vb)) >= 10


def label(a: Claim, b: Claim, orig: dict[str, Claim], ranks, doc_of) -> int | None:
    """1 same fact, 0 different, None unsure (left out of training)."""
    if doc_of[a.id] != doc_of[b.id]:
        return 0
    oa, ob = orig.get(a.id, a), orig.get(b.id, b)
    la, ra, na = ranks[a.id]
    lb, rb, nb = ranks[b.id]
    if la != lb:
        return None if _nontrivial_equal(oa, ob) else 0
    verdict = compare.judge(oa, ob)
    agree = verdict is not None and verdict.agree
    if na == nb and ra == rb:
        return 1 if agree else None
    return None if agree else 0 if na == nb else None


def perturb(c: Claim, rng: random.Random) -> Claim | None:
    """A copy of ``c`` with its figure changed the way translations go wrong."""
    q = c.quantity
    if q.garbled or q.value is None:
        return None
    p = copy.deepcopy(c)
    if isinstance(q.value, str):  # a date: shift the day or the year
        parts = q.value.split("-")
        if len(parts) == 3:
            parts[2] = f"{(int(parts[2]) % 28) + 1:02d}" if parts[2].isdigit() else parts[2]
        elif parts[0].isdigit():  # a year: off by one, a digit changed, two digits swapped
            y = parts[0]
            parts[0] = rng.choice((str(int(y) + rng.choice((-1, 1))), y[:2] + y[3] + y[2],
                                   y[:2] + str((int(y[2]) + rng.randint(1, 9)) % 10) + y[3]))
            if parts[0] == y:
                return None
        p.quantity.value = "-".join(parts)
    else:
        v = float(q.value)
        choice = rng.random()
        if choice < 0.45 and v >= 100:
            p.quantity.value = v * rng.choice((1000.0, 0.001, 10000.0, 0.0001, 10.0))
        else:
            digits, exp = compare.significant(v)
            if len(digits) >= 2 and rng.random() < 0.5:
                d = list(digits)
                i = rng.randrange(len(d) - 1)
                d[i], d[i + 1] = d[i + 1], d[i]
                new = "".join(d)
            else:
                d = list(digits)
                i = rng.randrange(len(d))
                d[i] = str((int(d[i]) + rng.randint(1, 8)) % 10)
                new = "".join(d)
            if new == digits or new.lstrip("0") == "":
                return None
            p.quantity.value = float(int(new) * 10.0 ** exp)
    # show the change in the embedded sentence too (same length keeps the offsets right)
    m = re.search(r"\d", p.text)
    if m and p.sentence:
        rel = p.start - p.sentence_start + m.start()
        if 0 <= rel < len(p.sentence) and p.sentence[rel].isdigit():
            new_digit = str((int(p.sentence[rel]) + 3) % 10)
            p.sentence = p.sentence[:rel] + new_digit + p.sentence[rel + 1:]
    p.id = c.id + "~"
    return p


def build_rows(corpus, encoder, seed: int = 13):
    rng = random.Random(seed)
    rows, labels, groups, tags = [], [], [], []
    docs = sorted(corpus)
    for di, doc in enumerate(docs):
        articles, claims = corpus[doc]
        if not claims:
            continue
        art_by_id = {a.id: a for a in articles}
        langs = [a.id for a in articles]
        variants = [("clean", langs, None, None)]
        for _ in range(2):
            keep = rng.sample(langs, 5)
            variants.append(("perturbed", keep, rng.choice(keep), None))
        other = docs[(di + rng.randrange(1, len(docs))) % len(docs)]
        variants.append(("intruder", rng.sample(langs, 4), None, other))
        for tag, keep, perturbed_lang, intruder_doc in variants:
            story_articles = [art_by_id[lang] for lang in keep if lang in art_by_id]
            story_claims = [c for c in claims if c.article in keep]
            doc_of = {c.id: doc for c in story_claims}
            orig: dict[str, Claim] = {}
            if perturbed_lang and perturbed_lang in keep:
                changed = []
                for c in story_claims:
                    if c.article == perturbed_lang and rng.random() < 0.6:
                        p = perturb(c, rng)
                        if p is not None:
                            orig[p.id] = c
                            changed.append(p)
                            continue
                    changed.append(c)
                story_claims = changed
            if intruder_doc:
                i_articles, i_claims = corpus[intruder_doc]
                lang = rng.choice([a.id for a in i_articles])
                ia = copy.deepcopy(next(a for a in i_articles if a.id == lang))
                ia.id = f"x-{lang}"
                moved = []
                for c in i_claims:
                    if c.article == lang:
                        c2 = copy.deepcopy(c)
                        c2.article = ia.id
                        c2.id = "x-" + c.id
                        moved.append(c2)
                        doc_of[c2.id] = intruder_doc
                story_articles = story_articles + [ia]
                art_by_id_story = {**{a.id: a for a in story_articles}}
                story_claims = story_claims + moved
            else:
                art_by_id_story = {a.id: a for a in story_articles}
            for c in story_claims:
                doc_of.setdefault(c.id, doc)
            ranks = _rank_in_line(story_claims, art_by_id_story)
            ctx = build_context(story_claims, story_articles, encoder)
            by_id = {c.id: c for c in story_claims}
            for a in story_claims:
                for bid in ctx.candidates[a.id]:
                    if ctx.index[a.id] > ctx.index[bid]:
                        continue
                    b = by_id[bid]
                    y = label(a, b, orig, ranks, doc_of)
                    if y is None:
                        continue
                    f = pair_features(a, b, ctx)
                    rows.append([f[n] for n in FEATURES])
                    labels.append(y)
                    groups.append(di)
                    hard = "hard_pos" if (a.id in orig or b.id in orig) and y == 1 else \
                        "hard_neg" if y == 0 and doc_of[a.id] != doc_of[b.id] else ("pos" if y else "neg")
                    tags.append(hard)
    return np.array(rows), np.array(labels), np.array(groups), np.array(tags)


def fit(X, y, C: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    cols = [i for i, n in enumerate(FEATURES) if n != "bias"]
    scaler = StandardScaler().fit(X[:, cols])
    model = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(X[:, cols]), y)
    return cols, scaler, model


def to_matcher(cols, scaler, model, threshold: float, info: dict) -> Matcher:
    names = [FEATURES[i] for i in cols]
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    return Matcher(names, model.coef_[0].astype(float), float(model.intercept_[0]), scaler.mean_.astype(float),
                   scale.astype(float), threshold, info)


def crossval(X, y, groups, tags, C: float, folds: int = 5):
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(X, y, groups):
        cols, scaler, model = fit(X[train], y[train], C)
        oof[test] = model.predict_proba(scaler.transform(X[test][:, cols]))[:, 1]
    # The threshold maximises F2 (recall weighs double): the grouping that follows refuses links
    # that clash inside one article, which guards precision, while a missed link hides a conflict.
    # Translations are also easier to pair than independently written articles.
    best = (0.0, 0.5)
    for t in np.arange(0.1, 0.91, 0.025):
        pred = oof >= t
        tp = float((pred & (y == 1)).sum())
        p = tp / max(pred.sum(), 1)
        r = tp / max((y == 1).sum(), 1)
        f2 = 5 * p * r / (4 * p + r) if p + r else 0
        if f2 > best[0]:
            best = (f2, float(round(t, 3)))
    t = best[1]
    pred = oof >= t
    tp = float((pred & (y == 1)).sum())
    p, r = tp / max(pred.sum(), 1), tp / max((y == 1).sum(), 1)
    best = (2 * p * r / (p + r) if p + r else 0.0, t)
    pred = oof >= t
    tp = float((pred & (y == 1)).sum())
    # Links between figures that disagree turn into reported conflicts: their threshold maximises F0.5
    # (precision weighs double) over the disagreeing pairs alone.
    disagree = X[:, FEATURES.index("value_compatible")] == 0
    best_c = (0.0, t)
    for tc in np.arange(t, 0.991, 0.01):
        pc = oof[disagree] >= tc
        yc = y[disagree] == 1
        tpc = float((pc & yc).sum())
        prec, rec = tpc / max(pc.sum(), 1), tpc / max(yc.sum(), 1)
        f05 = 1.25 * prec * rec / (0.25 * prec + rec) if prec + rec else 0
        if f05 > best_c[0]:
            best_c = (f05, float(round(tc, 3)))
    tc = best_c[1]
    pc = oof[disagree] >= tc
    yc = y[disagree] == 1
    metrics = {
        "conflict_threshold": tc,
        "disagreeing_pairs": int(disagree.sum()),
        "disagreeing_precision": round(float((pc & yc).sum()) / max(pc.sum(), 1), 4),
        "disagreeing_recall": round(float((pc & yc).sum()) / max(yc.sum(), 1), 4),
        "auc": round(float(roc_auc_score(y, oof)), 4),
        "threshold": t,
        "precision": round(tp / max(pred.sum(), 1), 4),
        "recall": round(tp / max((y == 1).sum(), 1), 4),
        "f1": round(best[0], 4),
        "hard_positive_recall": round(float(pred[tags == "hard_pos"].mean()), 4) if (tags == "hard_pos").any() else None,
        "hard_negative_false_match": round(float(pred[tags == "hard_neg"].mean()), 4) if (tags == "hard_neg").any() else None,
        "pairs": int(len(y)), "positives": int(y.sum()),
        "by_tag": {k: int((tags == k).sum()) for k in sorted(set(tags))},
    }
    return metrics


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--encoder", default="use-multilingual")
    ap.add_argument("--out", default=str(REPO / "claimcheck" / "data" / "matcher.json"))
    ap.add_argument("--cache", default="",
                    help="keep extracted claims in this pickle between runs (delete it after changing the extractor)")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N train documents (quick runs)")
    args = ap.parse_args()

    from claimcheck.embed import load_encoder

    t0 = time.time()
    docs = list(ntrex_stories.load_documents(None, "train").items())
    if args.limit:
        docs = docs[: args.limit]
    corpus = extract_corpus(docs, Path(args.cache) if args.cache else None)
    n_claims = sum(len(c) for _, c in corpus.values())
    print(f"{len(corpus)} train documents, {n_claims} claims extracted ({time.time() - t0:.0f}s)", flush=True)
    encoder = load_encoder(args.encoder)
    X, y, groups, tags = build_rows(corpus, encoder)
    print(f"{len(y)} pairs, {int(y.sum())} positive ({time.time() - t0:.0f}s)", flush=True)
    metrics = crossval(X, y, groups, tags, args.C)
    print(json.dumps(metrics, indent=1))
    cols, scaler, model = fit(X, y, args.C)
    import sklearn

    info = {"name": "claimcheck matcher (logistic regression)", "encoder": getattr(encoder, "name", args.encoder),
            "data": "NTREX-128 train documents (CC BY-SA 4.0), 9 languages", "documents": len(corpus),
            "sklearn": sklearn.__version__, "C": args.C, "cv": metrics,
            "trained": time.strftime("%Y-%m-%d", time.gmtime())}
    matcher = to_matcher(cols, scaler, model, metrics["threshold"], info)
    matcher.conflict_threshold = metrics["conflict_threshold"]
    Path(args.out).write_text(json.dumps(matcher.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    weights = sorted(zip(matcher.features, matcher.coef), key=lambda kv: -abs(kv[1]))
    print("weights (standardised):", ", ".join(f"{n} {w:+.2f}" for n, w in weights))
    print(f"wrote {args.out} ({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
