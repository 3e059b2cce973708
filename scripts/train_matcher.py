#!/usr/bin/env python3
"""Train the value-blind same-fact matcher on NTREX ``train`` documents and save it as plain JSON.

Each NTREX document is one story told in 9 languages whose line i is the same
sentence everywhere. The real extractor runs on every version; labels come from
alignment only, never from agreeing figures:

- two claims on the same line, of the same dimension (money, count, date …), with
  the same rank among that line's figures of that dimension, and the line holding as
  many such figures in both versions, state one fact (a positive);
- two claims on different lines, or of different documents, state two (a negative);
  the same line with a different number of figures of one dimension is left out.

In two of four story variants one version has figures changed *before* anything is
computed: any size and kind of change (random figures of any length, digits,
scale, and for some the dimension: a count where the others have money). The change
is written into the sentence that gets embedded. Labels stay those of the
alignment, so the model never sees "different figure => different fact". Another
variant slips an article of another document into the story (other facts, similar
sentence patterns). Half the versions have their lines shuffled (independent
articles tell a story in another order).

``--omit N`` (card round 9; measured, not installed) adds N variants per document in which
versions leave out 20-60 % of their lines -- the text re-extracted without them, as an
independently written article leaves facts out -- so a claim whose counterpart is gone has
only negatives (a lone candidate of its dimension included), and fits the lone-candidate
features with them.

The model is a scikit-learn LogisticRegression over ``claimcheck.features.FEATURES``;
coefficients, scaler, link threshold and the per-encoder cosine calibration go into
``claimcheck/data/matcher.json``. Metrics come from 5-fold cross-validation grouped
by document.

    .venv/bin/python scripts/train_matcher.py [--encoder use-multilingual] [--cache /tmp/ntrex_train.pkl]
    .venv/bin/python scripts/train_matcher.py --calibrate e5-small      # only re-measure one encoder's calibration

Another encoder's calibration is read relative to the fitted one (``features.relative_calibration``): its
cosines are placed so that they carry the evidence the fitted encoder's do.

Never point it at NTREX ``test`` documents or DEMETR: those measure the product.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import os
import pickle
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ntrex_stories  # noqa: E402

from claimcheck.features import (FEATURES, STRUCTURE, Calibration, build_context, feature_matrix,  # noqa: E402
                                 relative_calibration, structure_matrix)
from claimcheck.model import Matcher  # noqa: E402
from claimcheck.quantities import matching_dimension as dimension  # noqa: E402
from claimcheck.records import Article, Claim  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "claimcheck" / "data" / "matcher.json"


def extract(article: Article) -> list[Claim]:
    from claimcheck.extract import extract_claims

    claims = extract_claims(article)
    for n, c in enumerate(claims):
        c.id = f"{article.id}#{n}"
    return claims


def extract_corpus(docs, cache: Path | None):
    """{doc: (articles, claims, line of each claim)}; cached in a pickle of our own making."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    rng = random.Random(7)
    out = {}
    for doc, versions in docs:
        shuffled, orders = {}, {}
        for lang, lines in versions.items():
            order = list(range(len(lines)))
            if rng.random() < 0.5:  # independent articles tell a story in another order
                rng.shuffle(order)
            shuffled[lang] = [lines[i] for i in order]
            orders[lang] = order
        arts = ntrex_stories.articles_for(doc, shuffled)
        claims, line = [], {}
        for a in arts:
            for c in extract(a):
                claims.append(c)
                line[c.id] = orders[a.id][ntrex_stories.line_of(a, c.start)]
        out[doc] = (arts, claims, line)
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def _figure_key(c: Claim) -> str | None:
    """The figure as written in the unchanged translation, for resolving a line's extra or missing figures."""
    v = c.quantity.value
    if v is None or c.quantity.garbled:
        return None
    return str(v) if isinstance(v, str) else f"{float(v):.4g}"


def slots(claims: list[Claim], line: dict[str, int]) -> dict[str, tuple]:
    """claim id -> (source line, dimension, rank among that line's figures of the dimension, how many,
    the unchanged figure, how often that figure occurs on the line in its version)."""
    groups = defaultdict(list)
    keys = defaultdict(list)
    for c in claims:
        groups[(c.article, line[c.id], dimension(c))].append(c)
        keys[(c.article, line[c.id])].append(_figure_key(c))
    out = {}
    for (art, ln, dim), cs in groups.items():
        cs.sort(key=lambda c: c.start)
        for r, c in enumerate(cs):
            k = _figure_key(c)
            out[c.id] = (ln, dim, r, len(cs), k, keys[(art, ln)].count(k))
    return out


def label(a: Claim, b: Claim, slot, doc_of) -> int | None:
    """1 same fact, 0 different, None unsure (left out): from line and within-line figure alignment.

    Same line, same dimension and as many figures of it in both versions: the figures pair by rank.
    Where the versions differ in that (a figure one translation spells out and the extractor skips, a
    year read as a date in one language and a number in another), the pairing of the *unchanged*
    translations is resolved by the figure each states, counted only when it is unique on the line;
    changed versions keep those labels, so a changed figure still pairs with its counterpart.
    """
    if doc_of[a.id] != doc_of[b.id]:
        return 0
    la, da, ra, na, ka, ua = slot[a.id]
    lb, db, rb, nb, kb, ub = slot[b.id]
    if la != lb:
        return 0
    if da == db and na == nb:
        return int(ra == rb)
    if ka is None or kb is None:
        return None
    if ka == kb:
        return 1 if ua == 1 and ub == 1 else None
    return 0


# A changed figure sometimes changes dimension too (a count where the others have money): a unit conflict
# in one slot must stay one fact. Rare, like in real translations.
KIND_SWAP_RATE = 0.05
_KIND_SWAP = {"money": ("count", None), "count": ("money", "USD"), "percent": ("count", None),
              "ratio": ("percent", "%"), "measure": ("count", None), "duration": ("count", None)}


def random_figure(rng: random.Random, v: float) -> float:
    """Any other figure: a random number of a random length, or the same digits at another scale."""
    r = rng.random()
    if r < 0.3:
        return v * rng.choice((10.0, 100.0, 1000.0, 1e6, 0.1, 0.01, 0.001))
    if r < 0.5:
        return v + rng.choice((-1, 1)) * max(1.0, abs(v) * rng.uniform(0.01, 0.5))
    length = rng.randint(1, 7)
    return float(rng.randint(10 ** (length - 1), 10 ** length - 1))


def perturb(c: Claim, rng: random.Random) -> Claim | None:
    """A copy of ``c`` with its figure changed in any way (and sometimes its dimension), shown in its sentence."""
    q = c.quantity
    if q.garbled or q.value is None:
        return None
    p = copy.deepcopy(c)
    if isinstance(q.value, str):
        parts = q.value.split("-")
        if parts[0].isdigit():
            parts[0] = str(int(parts[0]) + rng.randint(-30, 30))
        if len(parts) == 3:
            parts[2] = f"{rng.randint(1, 28):02d}"
        p.quantity.value = "-".join(parts)
    else:
        p.quantity.value = random_figure(rng, float(q.value))
        if rng.random() < KIND_SWAP_RATE and q.kind in _KIND_SWAP:
            p.quantity.kind, p.quantity.unit = _KIND_SWAP[q.kind]
    # write the change into the embedded sentence: every digit of the claim's text becomes another one
    rel = p.start - p.sentence_start
    if p.sentence and 0 <= rel <= len(p.sentence):
        span = p.sentence[rel:rel + len(p.text)]
        new = re.sub(r"\d", lambda m: str(rng.randrange(10)), span)
        if rng.random() < 0.3:
            new = re.sub(r"\d+", lambda m: m.group(0) + "0" * rng.randint(1, 3), new, count=1)
        p.sentence = p.sentence[:rel] + new + p.sentence[rel + len(p.text):]
        p.end = p.start + len(new)
        p.sentence_end = p.sentence_start + len(p.sentence)
        p.text = new
    p.id = c.id + "~"
    return p


def omit_lines(article: Article, claims: list[Claim], line: dict[str, int], share: float,
               rng: random.Random) -> tuple[Article, list[Claim], dict[str, int]]:
    """The version as an independently written article that leaves facts out: ``share`` of its lines
    removed from the text (its order, shuffled or not, kept), the shortened text re-extracted.

    Returns the shortened article, its claims (ids ``<lang>#o<n>``) and the source line of each. A
    claim on a line that held none in the full extraction has no known source line and is dropped
    (the extractor reads context, rarely). Labels still come from lines only: a claim whose line was
    removed from another version has no counterpart there, and every candidate it finds there is a
    negative (a lone candidate of its dimension included)."""
    lines = article.text.split("\n")
    source = {ntrex_stories.line_of(article, c.start): line[c.id] for c in claims if c.article == article.id}
    drop = set(rng.sample(range(len(lines)), int(round(share * len(lines)))))
    kept = [p for p in range(len(lines)) if p not in drop]
    short = dataclasses.replace(article, text="\n".join(lines[p] for p in kept))
    out, out_line = [], {}
    for c in extract(short):
        p = kept[ntrex_stories.line_of(short, c.start)]
        if p not in source:
            continue
        c.id = c.id.replace("#", "#o", 1)
        out.append(c)
        out_line[c.id] = source[p]
    return short, out, out_line


@dataclass
class Block:
    """The candidate pairs of one story: features, claim indexes, each claim's article, labels (-1 unsure)."""

    X: np.ndarray
    pairs: np.ndarray
    articles: list
    y: np.ndarray
    tags: np.ndarray
    group: int | str
    weight: float = 1.0


# Omission variants (``--omit N``): N more variants per document in which versions leave out a share of
# their lines, as independently written articles leave out facts (round 9 of the card).
OMIT_VERSIONS = 4          # versions in an omission variant
OMIT_RATE = 0.75           # chance that each of them omits lines
OMIT_SHARE = (0.2, 0.6)    # the share of lines it omits
OMIT_PERTURB = 0.5         # chance that one version of the variant also has figures changed


def build_rows(corpus, encoder, calibration: Calibration, seed: int = 13, omit: int = 0):
    rng = random.Random(seed)
    blocks: list[Block] = []
    docs = sorted(corpus)
    for di, doc in enumerate(docs):
        articles, claims, line = corpus[doc]
        if not claims:
            continue
        art_by_id = {a.id: a for a in articles}
        langs = [a.id for a in articles]
        variants = [("clean", rng.sample(langs, 5), None, None, ())]
        for _ in range(2):
            keep = rng.sample(langs, 4)
            variants.append(("perturbed", keep, rng.choice(keep), None, ()))
        other = docs[(di + rng.randrange(1, len(docs))) % len(docs)]
        variants.append(("intruder", rng.sample(langs, 3), None, other, ()))
        orng = random.Random(f"omit-{seed}-{doc}")  # its own draws: the variants above stay as they were
        for _ in range(omit):
            keep = orng.sample(langs, min(OMIT_VERSIONS, len(langs)))
            omitted = tuple((lang, orng.uniform(*OMIT_SHARE)) for lang in keep if orng.random() < OMIT_RATE)
            perturbed_lang = orng.choice(keep) if orng.random() < OMIT_PERTURB else None
            variants.append(("omitted", keep, perturbed_lang, None, omitted))
        for tag, keep, perturbed_lang, intruder_doc, omitted in variants:
            story_articles = [art_by_id[lang] for lang in keep]
            story_claims = [c for c in claims if c.article in keep]
            story_line = dict(line)
            if omitted:
                base_claims = [c for c in story_claims if c.article not in dict(omitted)]
                for lang, share in omitted:
                    short, short_claims, short_line = omit_lines(art_by_id[lang], claims, line, share, orng)
                    story_articles = [short if a.id == lang else a for a in story_articles]
                    base_claims += short_claims
                    story_line.update(short_line)
                story_claims = base_claims
            base = list(story_claims)
            doc_of = {c.id: doc for c in story_claims}
            changed_ids = set()
            if perturbed_lang:
                vrng = orng if tag == "omitted" else rng
                share = vrng.uniform(0.3, 1.0)
                changed = []
                for c in story_claims:
                    if c.article == perturbed_lang and vrng.random() < share:
                        p = perturb(c, vrng)
                        if p is not None:
                            changed.append(p)
                            story_line[p.id] = story_line[c.id]
                            changed_ids.add(p.id)
                            continue
                    changed.append(c)
                story_claims = changed
            for c in story_claims:
                doc_of.setdefault(c.id, doc)
            slot = slots(base, story_line)
            for c in story_claims:  # a changed claim keeps the slot of the figure it replaced
                if c.id.endswith("~"):
                    slot[c.id] = slot[c.id[:-1]]
            if intruder_doc:
                i_articles, i_claims, i_line = corpus[intruder_doc]
                lang = rng.choice([a.id for a in i_articles if a.id not in keep] or [a.id for a in i_articles])
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
                        story_line[c2.id] = i_line[c.id]
                slot.update({"x-" + k: v for k, v in slots([c for c in i_claims if c.article == lang],
                                                           i_line).items()})
                story_articles = story_articles + [ia]
                story_claims = story_claims + moved
            # the source lines each article states: a claim whose line another article left out has no counterpart there
            lines_of = defaultdict(set)
            for c in story_claims:
                lines_of[c.article].add(slot[c.id][0])
            ctx = build_context(story_claims, story_articles, encoder, calibration)
            X = feature_matrix(ctx)
            y, tag = np.full(len(X), -1), np.array(["none"] * len(X), dtype=object)
            for k, (i, j) in enumerate(ctx.pairs):
                a, b = story_claims[int(i)], story_claims[int(j)]
                lab = label(a, b, slot, doc_of)
                if lab is None:
                    continue
                y[k] = lab
                changed = a.id in changed_ids or b.id in changed_ids
                tag[k] = ("hard_pos" if changed and lab else "hard_neg" if doc_of[a.id] != doc_of[b.id]
                          else "pos" if lab else "omit_neg" if omitted and (
                              slot[a.id][0] not in lines_of[b.article] or slot[b.id][0] not in lines_of[a.article])
                          else "neg")
            blocks.append(Block(X, ctx.pairs, [c.article for c in story_claims], y, tag, di))
    return blocks


def _sentence_pairs(corpus, encoder, seed: int, per_claim: int, cap: int, docs_limit: int = 0):
    """Random pairs of claims of each NTREX train document: (cosine of their sentences, one line?, one
    version?), ``min(cap, per_claim × claims)`` draws per document from ``random.Random(seed)``."""
    from claimcheck.embed import claim_contexts

    rng = random.Random(seed)
    for doc in sorted(corpus)[: docs_limit or None]:
        _, claims, line = corpus[doc]
        if len(claims) < 2:
            continue
        sentences, _ = claim_contexts(claims)
        unique = list(dict.fromkeys(sentences))
        vecs = encoder.encode(unique)
        row = {t: i for i, t in enumerate(unique)}
        v = vecs[[row[s] for s in sentences]]
        for _ in range(min(cap, per_claim * len(claims))):
            i, j = rng.randrange(len(claims)), rng.randrange(len(claims))
            yield float(v[i] @ v[j]), line[claims[i].id] == line[claims[j].id], claims[i].article == claims[j].article


def measure_calibration(corpus, encoder, docs_limit: int = 0) -> Calibration:
    """Mean cosine of a claim's sentence with its translation (same line, other language) and with
    unrelated sentences (other lines) on NTREX train: the encoder's scale."""
    same, other = [], []
    for cos, one_line, one_language in _sentence_pairs(corpus, encoder, 3, 4, 200, docs_limit):
        if not one_language:
            (same if one_line else other).append(cos)
    return Calibration(round(float(np.mean(other)), 4), round(float(np.mean(same)), 4))


def measure_scale(corpus, encoder, docs_limit: int = 0) -> dict:
    """An encoder's cosines of claims' sentences on NTREX train: the means and standard deviations of
    translations (one line, two languages) and of unrelated sentences (two lines, two languages), and for the
    record the mean of unrelated sentences of one language (two lines of one version); what
    ``features.relative_calibration`` reads."""
    pairs: dict[str, list[float]] = {"translation": [], "unrelated": [], "same_language": []}
    for cos, one_line, one_language in _sentence_pairs(corpus, encoder, 5, 8, 400, docs_limit):
        kind = None if one_line and one_language else "translation" if one_line else \
            "same_language" if one_language else "unrelated"
        if kind:
            pairs[kind].append(cos)
    out = {k: round(float(np.mean(xs)), 4) for k, xs in pairs.items()}
    out.update({f"sd_{k}": round(float(np.std(pairs[k])), 4) for k in ("unrelated", "translation")})
    out["pairs"] = {k: len(xs) for k, xs in pairs.items()}
    return out


def _measured_elsewhere(refit_of: str | None = None) -> dict:
    """What the installed matcher holds that other scripts measure (``calibration_independent``, by
    ``scripts/calibrate_independent.py`` on the gold stories): carried into a refit, not dropped. A refit of
    the installed top level (``refit_of`` its encoder) also keeps the models fitted for other encoders
    (``models``, ``--add-encoder-model``); nothing else carries them (a fold, a fit on another encoder, would
    otherwise read the installed model instead of its own)."""
    try:
        installed = json.loads(DEFAULT_OUT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {k: installed[k] for k in ("calibration_independent",) if k in installed}
    if refit_of and refit_of == installed.get("encoder") and installed.get("models"):
        out["models"] = {k: v for k, v in installed["models"].items() if k != refit_of}
    return out


# Features computed but left out of the model (see the card: rank-only evidence made it overconfident
# where one article is about something else).
UNUSED = tuple(n for n in os.environ.get("CLAIMCHECK_UNUSED_FEATURES", "").split(",") if n)
# The lone-candidate features are fitted only with omission variants (``--omit``): on translations alone, where a
# lone candidate is nearly always the counterpart, they only add confidence (dev leave one story out conflicts
# F1 0.864 -> 0.847, card round 9).
LONE_FEATURES = ("lone_candidate", "lone_window")


def _lr(X, y, w, C: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(X)
    model = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(X), y, sample_weight=w)
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    return {"coef": model.coef_[0].astype(float), "intercept": float(model.intercept_[0]),
            "mean": scaler.mean_.astype(float), "scale": scale.astype(float)}


# Two claims of one article in different sentences (a headline and the body) join one fact through a link
# this sure, or when their words read alike (``group.REPEAT_CONTEXT``). Chosen on dev: 0.9 -> 0.8 took
# matching F1 0.878 -> 0.887 (a fact restated in headline and body, split in every article), conflicts
# unchanged; 0.7 and 0.6 gave 0.886 and 0.888.
REPEAT_THRESHOLD = 0.8


def fit(blocks: list[Block], C: float, calibration: dict, threshold: float = 0.5, info: dict | None = None,
        unused: tuple = UNUSED) -> Matcher:
    """Both stages: the pair model over ``FEATURES``, then the structure model over its probabilities."""
    names = [n for n in FEATURES if n != "bias" and n not in unused]
    cols = [FEATURES.index(n) for n in names]
    lab = [b.y >= 0 for b in blocks]
    X = np.concatenate([b.X[m][:, cols] for b, m in zip(blocks, lab)])
    y = np.concatenate([b.y[m] for b, m in zip(blocks, lab)])
    w = np.concatenate([np.full(int(m.sum()), b.weight) for b, m in zip(blocks, lab)])
    s1 = _lr(X, y, w, C)
    matcher = Matcher(names, s1["coef"], s1["intercept"], s1["mean"], s1["scale"], threshold, REPEAT_THRESHOLD,
                      calibration, info or {})
    S = np.concatenate([structure_matrix(b.pairs, matcher.probability(b.X), b.articles)[m]
                        for b, m in zip(blocks, lab)])
    keep2 = [k for k, n in enumerate(STRUCTURE) if n not in unused]
    s2 = _lr(S[:, keep2], y, w, C)
    matcher.stage2 = {"features": [STRUCTURE[k] for k in keep2], **{k: [round(float(x), 6) for x in v] if k != "intercept"
                                                      else round(v, 6) for k, v in s2.items()}}
    return matcher


def predict(matcher: Matcher, b: Block) -> np.ndarray:
    return matcher.story_probability(b.X, b.pairs, b.articles)


def crossval(blocks: list[Block], C: float, calibration: dict, folds: int = 5, unused: tuple = UNUSED) -> dict:
    from sklearn.metrics import roc_auc_score

    groups = sorted({b.group for b in blocks}, key=str)
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    oof, ys, tags = [], [], []
    for f in range(folds):
        train = [b for b in blocks if fold_of[b.group] != f]
        m = fit(train, C, calibration, unused=unused)
        for b in blocks:
            if fold_of[b.group] == f:
                keep = b.y >= 0
                oof.append(predict(m, b)[keep])
                ys.append(b.y[keep])
                tags.append(b.tags[keep])
    oof, y, tags = np.concatenate(oof), np.concatenate(ys), np.concatenate(tags)
    best = (0.0, 0.5)
    for t in np.arange(0.1, 0.96, 0.025):
        pred = oof >= t
        tp = float((pred & (y == 1)).sum())
        p, r = tp / max(pred.sum(), 1), tp / max((y == 1).sum(), 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if f1 > best[0]:
            best = (f1, float(round(t, 3)))
    t = best[1]
    pred = oof >= t
    tp = float((pred & (y == 1)).sum())
    return {
        "auc": round(float(roc_auc_score(y, oof)), 4), "threshold": t,
        "precision": round(tp / max(pred.sum(), 1), 4), "recall": round(tp / max((y == 1).sum(), 1), 4),
        "f1": round(best[0], 4),
        "changed_figure_recall": round(float(pred[tags == "hard_pos"].mean()), 4) if (tags == "hard_pos").any() else None,
        "other_document_false_match": round(float(pred[tags == "hard_neg"].mean()), 4)
        if (tags == "hard_neg").any() else None,
        "omitted_counterpart_false_match": round(float(pred[tags == "omit_neg"].mean()), 4)
        if (tags == "omit_neg").any() else None,
        "pairs": int(len(y)), "positives": int(y.sum()),
        "by_tag": {k: int((tags == k).sum()) for k in sorted(set(tags))},
    }


def add_encoder_model(out: Path, fit_path: Path) -> None:
    """Store the fit in ``fit_path`` as ``out``'s model for the encoder it was fitted on (``models``), whole:
    its own coefficients, stages, thresholds and calibration (the fitted encoder's own anchors)."""
    d = json.loads(out.read_text(encoding="utf-8"))
    fit_d = json.loads(fit_path.read_text(encoding="utf-8"))
    fit_d.pop("models", None)
    name = fit_d.get("encoder")
    if not name or name == d.get("encoder"):
        raise SystemExit(f"{fit_path}: fitted on {name!r}, which is {out}'s own encoder: refit it instead")
    if name not in fit_d.get("calibration", {}):
        raise SystemExit(f"{fit_path}: holds no calibration of its own encoder {name!r}")
    fit_d["calibration"] = {name: fit_d["calibration"][name]}  # read only when its own encoder matches
    Matcher.from_dict(fit_d)  # readable as a matcher, or stop here
    d.setdefault("models", {})[name] = fit_d
    out.write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: model for {name} added from {fit_path} (trained {fit_d.get('trained')})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--encoder", default="use-multilingual")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--install", action="store_true",
                    help="allow writing the installed matcher (the default --out); without it a run that would "
                         "replace it stops before any work: fit to another --out, score it against the installed "
                         "fit (leave one story out, NTREX train), then install")
    ap.add_argument("--cache", default="",
                    help="keep extracted claims in this pickle between runs (delete it after changing the extractor)")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--omit", type=int, default=0,
                    help="variants per document whose versions leave out 20-60%% of their lines (facts an "
                         "independent article does not state), fitted with the lone-candidate features; card "
                         "round 9: measured, not installed. 0 (default): none")
    ap.add_argument("--threshold", type=float, default=0.0,
                    help="link threshold instead of the cross-validated F1 optimum (to measure its effect)")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N train documents (quick runs)")
    ap.add_argument("--dev", default="", help="also train on these gold stories, scored leave-one-story-out")
    ap.add_argument("--dev-weight", type=float, default=10.0, help="weight of a dev pair against an NTREX pair")
    ap.add_argument("--folds", type=int, default=0,
                    help="score the gold stories in this many folds (each fold by a fit without it) instead of "
                         "leaving one story out at a time: hundreds of stories need hundreds of fits otherwise")
    ap.add_argument("--also-calibrate", nargs="*", default=["e5-small"],
                    help="other encoders whose calibration is measured and stored beside the fitted one")
    ap.add_argument("--story-anchor", nargs="*", default=[], metavar="ENCODER=Q",
                    help="read this encoder's unrelated anchor from each story's own background too (the Q quantile "
                         "of its cross-article sentence cosines; features.story_anchored; measured in round 10, off)")
    ap.add_argument("--calibrate", default="",
                    help="only measure this encoder's cosine calibration and add it to --out")
    ap.add_argument("--score-encoder", default="",
                    help="score every left-out dev story with this encoder (as --model does) instead of the one a "
                         "user's run picks: a fit's leave-one-story-out figure on another encoder's cosines")
    ap.add_argument("--runtime-calibration", action="store_true",
                    help="compute the training features with the calibration the fit applies at run time (the "
                         "one-language shift of calibration_scale, calibration_independent for articles the "
                         "alignment does not read as translations) instead of the bare NTREX anchors")
    ap.add_argument("--add-encoder-model", default="", metavar="FIT",
                    help="only add FIT (a matcher.json a run with --encoder NAME wrote, measured first) to --out as "
                         "the model used when NAME is the encoder (``models``: Matcher.for_encoder); the top level "
                         "of --out, the default encoder's fit, is left as it is")
    args = ap.parse_args()
    if Path(args.out).resolve() == DEFAULT_OUT.resolve() and not args.install:
        # a refit is sensitive to what the extractor calls a dimension (card round 15: leave one story out
        # 0.898 -> 0.857 after one extractor change), so it never replaces the installed fit unmeasured
        raise SystemExit(f"{args.out} is the installed matcher: write the fit elsewhere (--out), measure it "
                         f"against the installed one, and pass --install to replace it")

    if args.add_encoder_model:
        add_encoder_model(Path(args.out), Path(args.add_encoder_model))
        return
    from claimcheck.embed import load_encoder

    t0 = time.time()
    docs = list(ntrex_stories.load_documents(None, "train").items())
    if args.limit:
        docs = docs[: args.limit]
    corpus = extract_corpus(docs, Path(args.cache) if args.cache else None)
    n_claims = sum(len(v[1]) for v in corpus.values())
    print(f"{len(corpus)} train documents, {n_claims} claims extracted ({time.time() - t0:.0f}s)", flush=True)
    if args.calibrate:
        d = json.loads(Path(args.out).read_text(encoding="utf-8"))
        fitted = load_encoder(d.get("encoder", args.encoder))
        encoder = load_encoder(args.calibrate)
        if encoder.name == fitted.name:
            raise SystemExit(f"{encoder.name} is the encoder the matcher was fitted on: refit to re-measure it")
        fitted_scale = measure_scale(corpus, fitted)
        scale = measure_scale(corpus, encoder)
        d.setdefault("calibration", {})[encoder.name] = relative_calibration(scale, fitted_scale).as_list()
        d.setdefault("calibration_scale", {}).update({fitted.name: fitted_scale, encoder.name: scale})
        Path(args.out).write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"scale of {fitted.name}: {fitted_scale}\nscale of {encoder.name}: {scale}\n"
              f"calibration of {encoder.name}: {d['calibration'][encoder.name]} ({time.time() - t0:.0f}s)")
        return
    encoder = load_encoder(args.encoder)
    cal = measure_calibration(corpus, encoder)
    print(f"calibration of {encoder.name}: {cal}", flush=True)
    calibration = {encoder.name: [cal.unrelated, cal.translation]}
    scales = {encoder.name: measure_scale(corpus, encoder)} if args.also_calibrate else {}
    for name in args.also_calibrate:  # the other built-ins: leave-one-story-out may pick them (hi, cs)
        other = load_encoder(name)
        scales[other.name] = measure_scale(corpus, other)
        calibration[other.name] = relative_calibration(scales[other.name], scales[encoder.name]).as_list()
        print(f"calibration of {other.name}: {calibration[other.name]} ({time.time() - t0:.0f}s)", flush=True)
    story_anchor = {name: float(q) for name, q in (spec.split("=", 1) for spec in args.story_anchor)}
    anchor_info = {"story_anchor": story_anchor} if story_anchor else {}
    cal.story_quantile = story_anchor.get(encoder.name, 0.0)
    if args.runtime_calibration:
        runtime = Matcher([], np.zeros(0), 0.0, np.zeros(0), np.ones(0), calibration=calibration,
                          info={**({"calibration_scale": scales} if scales else {}), **anchor_info,
                                **_measured_elsewhere()})
        cal = runtime.calibration_for(encoder.name)
        print(f"training features read on the run-time calibration: {cal}", flush=True)
    blocks = build_rows(corpus, encoder, cal, omit=args.omit)
    n_pairs = sum(int((b.y >= 0).sum()) for b in blocks)
    print(f"NTREX train: {n_pairs} labelled pairs ({time.time() - t0:.0f}s)", flush=True)
    stories = []
    if args.dev:
        import dev_folds

        stories = dev_folds.load_stories(Path(args.dev))
        for s in stories:
            X, pairs, arts, y = dev_folds.story_block(s, encoder, cal)
            blocks.append(Block(X, pairs, arts, y, np.array(["dev"] * len(y), dtype=object), s.name, args.dev_weight))
        print(f"dev: {len(stories)} stories added as folds (weight {args.dev_weight})", flush=True)
    unused = UNUSED if args.omit else UNUSED + LONE_FEATURES
    metrics = crossval(blocks, args.C, calibration, unused=unused)
    print(json.dumps(metrics, indent=1), flush=True)
    threshold = args.threshold or metrics["threshold"]
    if stories:
        from claimcheck.api import Encoders

        results = {}
        # each left-out story is read with the calibration the installed fit will carry (the same-language
        # shift of ``calibration_scale``, ``calibration_independent``), not the bare anchors
        loo_info = {**anchor_info, **({"calibration_scale": scales} if scales else {}), **_measured_elsewhere()}
        chooser = Encoders(args.score_encoder or (None if args.encoder == "use-multilingual" else args.encoder))
        fold_of = {s.name: (n % args.folds if args.folds else n) for n, s in enumerate(stories)}
        fold_fits = {}
        for s in stories:  # leave one dev story (or fold) out, score it end to end with the encoder a user's run picks
            fold = fold_of[s.name]
            if fold not in fold_fits:
                left_out = {name for name, f in fold_of.items() if f == fold}
                fold_fits[fold] = fit([b for b in blocks if b.group not in left_out], args.C, calibration,
                                      threshold, dict(loo_info), unused=unused)
            m = fold_fits[fold]
            story_encoder, _ = chooser.for_languages([a.lang for a in s.articles])
            r = results[s.name] = dev_folds.score_story(s, story_encoder, m)
            print(f"{s.name:30s} match {r['matching']['tp']}/{r['matching']['gold']} (sys {r['matching']['system']})"
                  f"  conflicts {r['conflicts']['tp']}/{r['conflicts']['gold']} (sys {r['conflicts']['system']})",
                  flush=True)
        total = dev_folds.summary(results)
        metrics["dev_leave_one_story_out"] = {k: total[k] for k in ("matching_prf", "conflict_prf",
                                                                     "conflicts_by_type")}
        print(json.dumps(metrics["dev_leave_one_story_out"]))
    import sklearn

    info = {"name": "claimcheck value-blind matcher (two-stage logistic regression)", "encoder": encoder.name,
            "data": "NTREX-128 train documents (CC BY-SA 4.0), 9 languages"
                    + (f"; {len(stories)} dev stories (weight {args.dev_weight})" if stories else ""),
            "documents": len(corpus), "sklearn": sklearn.__version__, "C": args.C, "cv": metrics,
            **({"calibration_scale": scales} if scales else {}), **anchor_info, **_measured_elsewhere(encoder.name),
            "trained": time.strftime("%Y-%m-%d", time.gmtime())}
    matcher = fit(blocks, args.C, calibration, threshold, info, unused)
    Path(args.out).write_text(json.dumps(matcher.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    weights = sorted(zip(matcher.features, matcher.coef), key=lambda kv: -abs(kv[1]))
    print("weights (standardised):", ", ".join(f"{n} {w:+.2f}" for n, w in weights))
    print("second stage:", dict(zip(matcher.stage2["features"], matcher.stage2["coef"])))
    print(f"wrote {args.out} ({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
