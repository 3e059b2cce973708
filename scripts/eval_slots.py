#!/usr/bin/env python3
"""Figure-slot assignment on NTREX *train* lines: the current value-blind slot score
(``features.slot_scores``) against SimAlign-style token alignment with multilingual-e5-small
(``claimcheck.tokalign``), alone and added to the current score.

    .venv/bin/python scripts/eval_slots.py [--per-lang 1000] [--seed 1] [--layers 8[,6,...]] [--partial]
        [--cost | --cost-only | --integration 8,12,16] [--show 5] [--json /tmp/eval_slots.json] [--dump /tmp/eval_slots.pkl]

Gold: an English line and its translation (NTREX lines are aligned) that hold the same number
(>= 2) of figures of one dimension, paired by equal value, every value unique on both sides
(values build the gold only; no method sees them). Each method assigns the figures of that
dimension one-to-one (Hungarian); accuracy is the share of gold pairs assigned right, per
language, on groups of >= 3 figures, on reordered groups (the translation puts them in another
order) and overall; "fixed/broken" counts the groups a method gets more / less right than the
current assignment. Sets: "unchanged"; "changed": one figure of the English line gets other
digits (``eval_ntrex.perturb_text``) before any method runs, the gold stays; "chg-all": every
figure of the group changed; ``--partial``: the groups left out above (unequal counts, repeated
values), scored on their figures with a unique value. ``--cost``: ms per sentence pair (numpy
backend and torch, 1 and 2 threads; batched or not), the first call in a fresh process and its
peak memory, and how many line pairs of a 9-version story need token alignment at all.
``--integration 8,12,16``: ``features.token_slot_scores`` (the weights given) switched on in
``features.build_context`` on the same two-line stories, every figure of both sentences.
Only ``train`` documents are read (SPLIT.tsv): never ``test``, never DEMETR.
"""
from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ntrex_stories  # noqa: E402
from eval_ntrex import perturb_text  # noqa: E402

CACHE = Path("/tmp/claimcheck_eval_slots_claims.pkl")


# ----------------------------------------------------------------------------- gold


def _value_key(c):
    q = c.quantity
    if q.garbled or q.value is None:
        return None
    v = q.value
    if isinstance(v, float):
        v = float(f"{v:.9g}")
    return (v, q.low, q.high, q.denominator)


def line_claims(split: str = "train") -> dict:
    """doc -> lang -> line -> [(line-relative claim, dimension)], extracted once per document (cached in /tmp)."""
    if CACHE.exists():
        data = pickle.loads(CACHE.read_bytes())
        if data.get("split") == split:
            return data
    from claimcheck.extract import extract_story
    from claimcheck.quantities import dimension

    docs = ntrex_stories.load_documents(split=split)
    out: dict = {}
    for doc, versions in sorted(docs.items()):
        arts = ntrex_stories.articles_for(doc, versions)
        per: dict = defaultdict(lambda: defaultdict(list))
        for c in extract_story(arts):
            text = next(a.text for a in arts if a.id == c.article)
            ls = text.rfind("\n", 0, c.start) + 1
            line = text.count("\n", 0, c.start)
            if text.count("\n", 0, c.end) != line:
                continue
            rel = replace(c, start=c.start - ls, end=c.end - ls,
                          sentence_start=c.sentence_start - ls, sentence_end=c.sentence_end - ls)
            per[c.article][line].append((rel, dimension(c)))
        out[doc] = {"lines": versions, "claims": {k: dict(v) for k, v in per.items()}}
    data = {"split": split, "docs": out}
    CACHE.write_bytes(pickle.dumps(data))
    return data


def instances(data: dict, rng: random.Random, per_lang: int, partial: bool = False) -> list[dict]:
    """Line pairs (en, xx) with >= 2 figures of one dimension on both sides, equal counts, and a full
    value-unique gold pairing of that dimension. ``partial``: instead the groups left out for unequal
    counts or repeated values, scored on their figures with a value unique on both sides (-1: no gold)."""
    by_lang = defaultdict(list)
    for doc, d in sorted(data["docs"].items()):
        en_lines = d["lines"]["en"]
        for lang, lines in d["lines"].items():
            if lang == "en":
                continue
            for i in range(len(en_lines)):
                ca = d["claims"].get("en", {}).get(i, [])
                cb = d["claims"].get(lang, {}).get(i, [])
                for dim in sorted({x for _, x in ca}):
                    A = [c for c, x in ca if x == dim]
                    B = [c for c, x in cb if x == dim]
                    if len(A) < 2 or len(B) < 2 or (len(A) != len(B) and not partial):
                        continue
                    ka, kb = [_value_key(c) for c in A], [_value_key(c) for c in B]
                    if partial:  # every figure whose value is unique on both sides, counts may differ
                        gold = [kb.index(k) if k is not None and ka.count(k) == 1 and kb.count(k) == 1 else -1
                                for k in ka]
                        if sum(g >= 0 for g in gold) < 1 or (len(A) == len(B) and all(g >= 0 for g in gold)):
                            continue  # the full-gold groups are the main set
                    else:
                        if None in ka or None in kb or len(set(ka)) != len(ka) or set(ka) != set(kb):
                            continue
                        gold = [kb.index(k) for k in ka]
                    by_lang[lang].append(dict(doc=doc, line=i, lang=lang, dim=dim, sent_a=en_lines[i],
                                              sent_b=lines[i], A=A, B=B, gold=gold,
                                              all_a=[c for c, _ in ca], all_b=[c for c, _ in cb]))
    out = []
    for lang in sorted(by_lang):
        items = by_lang[lang]
        rng.shuffle(items)
        out.extend(items[:per_lang])
    return out


def change_all(inst: dict, rng: random.Random) -> dict | None:
    """Every English figure of the group with other digits (the aligner may not lean on any value)."""
    out = inst
    for k in range(len(inst["A"])):
        new = change(out, rng, only=k)
        if new is not None:
            out = new
    return out if out is not inst else None


def change(inst: dict, rng: random.Random, only: int | None = None) -> dict | None:
    """The instance with one English figure of the group given other digits (offsets of later claims shifted)."""
    order = list(range(len(inst["A"])))
    rng.shuffle(order)
    for k in ([only] if only is not None else order):
        c = inst["A"][k]
        edit = perturb_text(inst["sent_a"], c.start, c.end, rng, is_date=c.kind == "date")
        if edit is None:
            continue
        text, s, e, _ = edit
        delta = len(text) - len(inst["sent_a"])

        def moved(x, s=s, e=e, delta=delta, text=text):
            if x.end <= s and x.start < s:  # before the edit
                st, en = x.start, x.end
            elif x.start <= s < x.end + 1 and x.start < e:  # holds the edit
                st, en = x.start, x.end + delta
            else:
                st, en = x.start + delta, x.end + delta
            sent_end = x.sentence_end + (delta if x.sentence_end >= s else 0)
            sent = text[x.sentence_start:sent_end] if x.sentence_start >= 0 else x.sentence
            return replace(x, start=st, end=en, text=text[st:en], sentence=sent, sentence_end=sent_end)

        new = dict(inst)
        new["sent_a"] = text
        new["A"] = [moved(x) for x in inst["A"]]
        new["all_a"] = [moved(x) for x in inst["all_a"]]
        new["changed"] = k
        return new
    return None


# ----------------------------------------------------------------------------- methods


def current_scores(insts: list[dict], encoder) -> list[np.ndarray]:
    """claimcheck's slot score (features.slot_scores) for each instance's figure group, from a two-line story."""
    from claimcheck.features import build_context, slot_scores
    from claimcheck.records import Article

    out = []
    for inst in insts:
        arts = [Article(id="en", source="a", text=inst["sent_a"], lang="en"),
                Article(id=inst["lang"], source="b", text=inst["sent_b"], lang=inst["lang"])]
        claims = [replace(c, article="en", id=f"en:{n}") for n, c in enumerate(inst["all_a"])] + \
                 [replace(c, article=inst["lang"], id=f"b:{n}") for n, c in enumerate(inst["all_b"])]
        ctx = build_context(claims, arts, encoder)
        pos_a = {(c.start, c.end) for c in inst["A"]}
        pos_b = {(c.start, c.end) for c in inst["B"]}
        na = len(inst["all_a"])
        left = sorted((k for k, c in enumerate(inst["all_a"]) if (c.start, c.end) in pos_a),
                      key=lambda k: inst["all_a"][k].start)
        right = sorted((na + k for k, c in enumerate(inst["all_b"]) if (c.start, c.end) in pos_b),
                       key=lambda k: claims[k].start)
        out.append(slot_scores(ctx, left, right))
    return out


def integration(insts: list[dict], weights: list[float], encoder) -> None:
    """Gold pairs that end in ``ctx.assigned`` of ``features.build_context`` (sentence level, every figure of
    both sentences), with the current ``slot_scores`` and with ``features.token_slot_scores`` at weight ``w``."""
    from claimcheck import features
    from claimcheck.records import Article

    shipped = features.TOKEN_SLOT_WEIGHT
    try:
        for w in [0.0, *weights]:
            features.TOKEN_SLOT_WEIGHT = w
            ok = n = 0
            t = time.time()
            for inst in insts:
                arts = [Article(id="en", source="a", text=inst["sent_a"], lang="en"),
                        Article(id=inst["lang"], source="b", text=inst["sent_b"], lang=inst["lang"])]
                claims = [replace(c, article="en", id=f"en:{k}") for k, c in enumerate(inst["all_a"])] + \
                         [replace(c, article=inst["lang"], id=f"b:{k}") for k, c in enumerate(inst["all_b"])]
                ctx = features.build_context(claims, arts, encoder, token_slots=bool(w))
                na = len(inst["all_a"])
                ia = {(c.start, c.end): k for k, c in enumerate(inst["all_a"])}
                ib = {(c.start, c.end): na + k for k, c in enumerate(inst["all_b"])}
                for r, g in enumerate(inst["gold"]):
                    i = ia[(inst["A"][r].start, inst["A"][r].end)]
                    j = ib[(inst["B"][g].start, inst["B"][g].end)]
                    ok += (min(i, j), max(i, j)) in ctx.assigned
                    n += 1
            name = f"current + {w:g} * tokalign" if w else "current slot_scores"
            print(f"build_context, {name:24s}: {ok}/{n} = {ok / n:.3f} gold pairs assigned ({time.time() - t:.0f} s)")
    finally:
        features.TOKEN_SLOT_WEIGHT = shipped


def order_scores(inst: dict) -> np.ndarray:
    n = len(inst["A"])
    return np.eye(n, len(inst["B"]))


def assign_accuracy(score: np.ndarray, gold: list[int]) -> tuple[int, int]:
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(-score)
    got = dict(zip(rows.tolist(), cols.tolist()))
    return sum(got.get(r) == g for r, g in enumerate(gold) if g >= 0), sum(g >= 0 for g in gold)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-lang", type=int, default=1000, help="figure groups per language (all: ~45)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--layers", default="8", help="comma-separated e5 layers to try (1..12); combos use the first")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (with --backend torch)")
    ap.add_argument("--backend", default="numpy", choices=("numpy", "torch"))
    ap.add_argument("--json")
    ap.add_argument("--cost", action="store_true", help="also time the token alignment (see above)")
    ap.add_argument("--cost-only", action="store_true", help="only the timing")
    ap.add_argument("--integration", metavar="W[,W...]",
                    help="only: the suggested slot_scores (current + W * tokalign) patched into build_context")
    ap.add_argument("--stats", action="store_true", help="only count the instances")
    ap.add_argument("--partial", action="store_true",
                    help="also the groups with unequal counts or repeated values (figures with a unique value)")
    ap.add_argument("--dump", help="pickle the instances and every score matrix here")
    ap.add_argument("--show", type=int, default=0, help="print N groups the current assignment gets wrong")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    t0 = time.time()
    data = line_claims("train")
    insts = instances(data, rng, args.per_lang)
    print(f"{len(insts)} instances ({time.time() - t0:.0f} s)", file=sys.stderr)
    if args.stats:
        from collections import Counter
        print(Counter(i["lang"] for i in insts), Counter(i["dim"] for i in insts),
              Counter(len(i["A"]) for i in insts))
        return 0
    if args.integration:
        from claimcheck.embed import load_encoder

        integration(insts, [float(w) for w in args.integration.split(",")], load_encoder(None, cache=False))
        return 0
    if args.cost_only:
        need(data)
        cost(insts, int(args.layers.split(",")[0]))
        return 0
    changed = [change(i, rng) for i in insts]
    changed_all = [change_all(i, rng) for i in insts]
    pairs = [(i, c, d) for i, c, d in zip(insts, changed, changed_all) if c is not None and d is not None]
    print(f"{len(pairs)} instances with a changeable English figure", file=sys.stderr)
    sets = {"unchanged": [p[0] for p in pairs], "changed": [p[1] for p in pairs], "chg-all": [p[2] for p in pairs]}
    if args.partial:
        part = instances(data, random.Random(args.seed), args.per_lang, partial=True)
        sets["partial"] = part
        sets["partial-chg"] = [change(i, rng) or i for i in part]

    from claimcheck.embed import load_encoder

    encoder = load_encoder(None, cache=False)
    t = time.time()
    scores: dict[str, dict[str, list[np.ndarray]]] = {name: {} for name in sets}
    for name, items in sets.items():
        scores[name]["current"] = current_scores(items, encoder)
        scores[name]["order"] = [order_scores(i) for i in items]
    print(f"current slot scores: {time.time() - t:.0f} s", file=sys.stderr)

    for layer in [int(x) for x in args.layers.split(",")]:
        tok = token_scores(sets, layer, args.threads, args.backend)
        for name in sets:
            for key, mats in tok[name].items():
                scores[name][f"L{layer}:{key}"] = mats
    if args.dump:
        Path(args.dump).write_bytes(pickle.dumps({"sets": sets, "scores": scores}))
    results = report(sets, scores, int(args.layers.split(",")[0]))
    if args.show:
        show(sets["unchanged"], scores["unchanged"], args.show)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    if args.cost:
        need(data)
        cost(sets["unchanged"], int(args.layers.split(",")[0]))
    return 0


def token_scores(sets: dict, layer: int, threads: int | None, backend: str = "numpy") -> dict:
    """Every tokalign score, on raw and on number-masked text, for every instance of every set."""
    from claimcheck.tokalign import TokenStates, mask_numbers, pair_scores

    states = TokenStates(layer=layer, threads=threads, backend=backend)
    texts: dict[str, int] = {}
    prepared = {}
    for name, items in sets.items():
        for n, inst in enumerate(items):
            sa = [(c.start, c.end) for c in inst["A"]]
            sb = [(c.start, c.end) for c in inst["B"]]
            for mode in ("raw", "masked"):
                if mode == "raw":
                    ta, pa, tb, pb = inst["sent_a"], sa, inst["sent_b"], sb
                else:
                    only = mode == "figmask"  # only the figures being assigned, other numbers kept
                    (ta, pa), (tb, pb) = mask_numbers(inst["sent_a"], sa, only_spans=only), \
                        mask_numbers(inst["sent_b"], sb, only_spans=only)
                texts.setdefault(ta, len(texts))
                texts.setdefault(tb, len(texts))
                prepared[(name, n, mode)] = (ta, pa, tb, pb)
    t = time.time()
    states.load()
    enc = states.encode(list(texts))
    print(f"layer {layer}: {len(texts)} texts encoded in {time.time() - t:.1f} s", file=sys.stderr)
    out: dict = {name: defaultdict(list) for name in sets}
    for (name, n, mode), (ta, pa, tb, pb) in prepared.items():
        for key, mat in pair_scores(enc[texts[ta]], pa, enc[texts[tb]], pb).items():
            out[name][f"{mode}-{key}"].append(mat)
    return out


def _z(m: np.ndarray) -> np.ndarray:
    return m


COMBOS = (4, 8, 16)  # current + w * token score


def report(sets: dict, scores: dict, layer: int) -> dict:
    """Accuracy (gold pairs assigned right) per method, language and set; for current + w * token score also
    the figure groups it fixes and breaks against the current assignment."""
    langs = sorted({i["lang"] for i in sets["unchanged"]})
    methods = [m for m in scores["unchanged"]]
    combos = {f"current+{w}*L{layer}:{base}": (f"L{layer}:{base}", w)
              for base in ("masked-slot", "masked-context", "masked-soft") for w in COMBOS}
    combos[f"current+8*L{layer}:raw-soft"] = (f"L{layer}:raw-soft", 8)
    results: dict = {}
    for name, items in sets.items():
        table = {}
        for m in methods + list(combos):
            if m in combos:
                base, w = combos[m]
                mats = [c + w * s for c, s in zip(scores[name]["current"], scores[name][base])]
            else:
                mats = scores[name][m]
            per = defaultdict(lambda: [0, 0])
            fixed = broken = 0
            for inst, mat, cur in zip(items, mats, scores[name]["current"]):
                ok, n = assign_accuracy(mat, inst["gold"])
                ok0, _ = assign_accuracy(cur, inst["gold"])
                fixed, broken = fixed + (ok > ok0), broken + (ok < ok0)
                g = [x for x in inst["gold"] if x >= 0]
                keys = [inst["lang"], "all"] + (["n>=3"] if len(inst["A"]) >= 3 else []) + \
                    (["reord"] if g != sorted(g) else [])
                for key in keys:
                    per[key][0] += ok
                    per[key][1] += n
            table[m] = {k: v[0] / max(1, v[1]) for k, v in per.items()}
            table[m].update(_pairs=per["all"][1], _reord_pairs=per["reord"][1], _fixed=fixed, _broken=broken)
        results[name] = table
    cols = langs + ["n>=3", "reord", "all"]
    print(f"{'method':36s} {'set':11s} " + " ".join(f"{c:>5s}" for c in cols) + "  fixed/broken groups")
    for m in methods + list(combos):
        for name in sets:
            row = results[name][m]
            print(f"{m:36s} {name:11s} " + " ".join(f"{row.get(c, float('nan')):5.3f}" for c in cols) +
                  f"  {row['_fixed']}/{row['_broken']}")
    for name in sets:
        r = results[name]["current"]
        print(f"{name}: {r['_pairs']} gold pairs ({r['_reord_pairs']} in reordered groups) over "
              f"{len(sets[name])} figure groups")
    return results


def show(items: list[dict], scores: dict, n: int) -> None:
    """Groups the current slot assignment gets wrong, with what each token score assigns."""
    from scipy.optimize import linear_sum_assignment

    shown = 0
    for k, inst in enumerate(items):
        ok, tot = assign_accuracy(scores["current"][k], inst["gold"])
        if ok == tot or shown >= n:
            continue
        shown += 1
        print(f"--- {inst['doc']} line {inst['line']} {inst['lang']} {inst['dim']} gold {inst['gold']}")
        print("  A:", inst["sent_a"], [c.text for c in inst["A"]])
        print("  B:", inst["sent_b"], [c.text for c in inst["B"]])
        for m, mats in scores.items():
            print(f"  {m:24s} -> {linear_sum_assignment(-mats[k])[1].tolist()}")


def need(data: dict) -> None:
    """How much of a story needs token alignment: aligned line pairs (every pair of the 9 versions) where both
    lines hold >= 2 figures of one dimension, and the distinct lines to encode."""
    pairs = lines = total = 0
    per_doc = []
    for d in data["docs"].values():
        langs = sorted(d["claims"])
        multi = {}
        for lang in langs:
            for i, cl in d["claims"][lang].items():
                dims = defaultdict(int)
                for _, dim in cl:
                    dims[dim] += 1
                multi[(lang, i)] = {x for x, n in dims.items() if n >= 2}
        n_lines = len(d["lines"]["en"])
        doc_pairs, doc_lines = 0, set()
        for x in range(len(langs)):
            for y in range(x + 1, len(langs)):
                for i in range(n_lines):
                    total += 1
                    if multi.get((langs[x], i), set()) & multi.get((langs[y], i), set()):
                        doc_pairs += 1
                        doc_lines |= {(langs[x], i), (langs[y], i)}
        pairs += doc_pairs
        lines += len(doc_lines)
        per_doc.append(len(doc_lines))
    print(f"NTREX train, 9 versions a story: {pairs} of {total} aligned line pairs need token alignment "
          f"({100 * pairs / max(1, total):.1f}%); {lines} distinct lines to encode over {len(data['docs'])} stories "
          f"(median {int(np.median(per_doc))}, max {max(per_doc)} a story)")


COLD = """
import re, sys, time
def hwm():  # peak RSS of this process (ru_maxrss would report the parent's, inherited across exec)
    return int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) // 1024
base = hwm()
t = time.time()
from claimcheck.tokalign import TokenStates
TokenStates(backend=sys.argv[1]).encode(["The port cost 0 euros.", "Le port a coûté 0 euros."])
print(f"{time.time() - t:.1f} {hwm()} {base}")
"""


def cost(items: list[dict], layer: int) -> None:
    """ms per sentence pair (forward passes of both masked sentences + scores) per backend and thread count,
    batched or not; the first call in a fresh process (imports + load) and its peak RSS."""
    import subprocess

    from claimcheck.tokalign import TokenStates, mask_numbers, pair_scores

    for backend in ("numpy", "torch"):
        out = subprocess.run([sys.executable, "-c", COLD, backend], capture_output=True, text=True,
                             check=False).stdout.split()
        print(f"{backend}: first call in a fresh python {out[0]} s (imports, load, 2 sentences), "
              f"peak RSS {out[1]} MB (python alone {out[2]} MB)" if len(out) == 3 else f"{backend}: cold start failed")
    prepared = []
    for inst in items:
        (ta, pa), (tb, pb) = (mask_numbers(inst["sent_a"], [(c.start, c.end) for c in inst["A"]]),
                              mask_numbers(inst["sent_b"], [(c.start, c.end) for c in inst["B"]]))
        prepared.append((ta, pa, tb, pb))
    texts = [t for ta, _, tb, _ in prepared for t in (ta, tb)]
    for backend, threads in (("numpy", 1), ("numpy", 2), ("torch", 1), ("torch", 2)):
        st = TokenStates(layer=layer, threads=threads, backend=backend)
        st.load()
        if backend == "torch":
            import torch

            torch.set_num_threads(threads)
        tokens = np.mean([len(st._tok.encode(x).ids) for x in texts])
        for bs in (1, 16):
            st.batch_size = bs
            st._cache.clear()
            st.encode(texts[:8])
            st._cache.clear()
            t = time.perf_counter()
            enc = st.encode(texts)
            t1 = time.perf_counter()
            for k, (ta, pa, tb, pb) in enumerate(prepared):
                pair_scores(enc[2 * k], pa, enc[2 * k + 1], pb)
            t2 = time.perf_counter()
            print(f"{backend} threads={threads} batch={bs:2d}: {1000 * (t2 - t) / len(prepared):.1f} ms "
                  f"per sentence pair (forward {1000 * (t1 - t) / len(prepared):.1f}, scores "
                  f"{1000 * (t2 - t1) / len(prepared):.1f}; {len(prepared)} pairs, {tokens:.0f} tokens a sentence)")


if __name__ == "__main__":
    sys.exit(main())
