#!/usr/bin/env python3
"""Measure, for each built-in encoder the matcher was not fitted on, its calibration for two independently
written articles on one story, and write it into the matcher (``calibration_independent``: [unrelated,
translation] on that encoder's raw scale; ``features.Calibration.independent`` and ``independent_stretch``).

The cosine calibration (``train_matcher.measure_scale``) is measured on NTREX lines: translations against
other lines of one translated document. Independently written articles on one story are another
background: sentences about the same events that are not each other's counterpart. On the gold stories
(``../shared/eval/dev``: which mentions state one fact), every pair of claim sentences of two articles of
an independent story that hold no mention of a common fact is such background. The fitted encoder's
calibrated background is the target: the other encoder's anchors are placed so that its background, calibrated,
has the same mean and spread (e5-small: [0.8277, 0.9275] against NTREX's [0.8124, 0.9018]; leave one story out
0.8260-0.8292 and 0.9204-0.9310). Only the gold's sentence pairing is read, never a figure.

    .venv/bin/python scripts/calibrate_independent.py ../shared/eval/dev            # print
    .venv/bin/python scripts/calibrate_independent.py ../shared/eval/dev --write    # into claimcheck/data/matcher.json
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimcheck.embed import load_encoder  # noqa: E402
from claimcheck.segment import split_sentences  # noqa: E402

MATCHER = ROOT / "claimcheck" / "data" / "matcher.json"


def background_pairs(dev: Path) -> tuple[list[tuple], dict[tuple, str]]:
    """(story, sentence a, sentence b) of every pair of claim sentences of two articles of an independent
    story that state no common fact, and the text of each sentence."""
    pairs, texts = [], {}
    for story_dir in sorted(p for p in dev.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((story_dir / "gold.json").read_text(encoding="utf-8"))
        if not gold.get("independent"):
            continue
        sentences = {}
        for art, meta in gold["articles"].items():
            path = next(p for p in story_dir.glob(f"{art}.*") if p.suffix != ".json")
            text = path.read_text(encoding="utf-8")
            sentences[art] = (text, split_sentences(text, meta.get("lang")))
        facts_of: dict[tuple[str, int], set[str]] = {}
        for fact in gold["facts"]:
            for m in fact["mentions"]:
                text, sents = sentences[m["article"]]
                pos = -1
                for _ in range(m.get("occurrence", 1)):
                    pos = text.find(m["quote"], pos + 1)
                idx = next((k for k, s in enumerate(sents) if s.start <= pos < s.end), None) if pos >= 0 else None
                if idx is not None:
                    facts_of.setdefault((m["article"], idx), set()).add(fact["id"])
        keys = sorted(facts_of)
        for x, a in enumerate(keys):
            for b in keys[x + 1:]:
                if a[0] != b[0] and not facts_of[a] & facts_of[b]:
                    pairs.append((story_dir.name, a, b))
        for art, (text, sents) in sentences.items():
            for k, s in enumerate(sents):
                texts[(story_dir.name, art, k)] = text[s.start:s.end]
    return pairs, texts


def cosines(encoder_name: str, pairs: list[tuple], texts: dict[tuple, str]) -> np.ndarray:
    keys = sorted(texts)
    at = {k: i for i, k in enumerate(keys)}
    vecs = np.asarray(load_encoder(encoder_name).encode([texts[k] for k in keys]), dtype=np.float64)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    a = np.array([at[(s,) + x] for s, x, _ in pairs])
    b = np.array([at[(s,) + y] for s, _, y in pairs])
    return np.einsum("ij,ij->i", vecs[a], vecs[b])


def independent_calibration(own: np.ndarray, fitted: np.ndarray, fitted_cal: list[float]) -> list[float]:
    """[unrelated, translation] on ``own``'s raw scale that give its background the mean and spread the
    fitted encoder's background has on its calibrated scale."""
    target = (fitted - fitted_cal[0]) / (fitted_cal[1] - fitted_cal[0])
    width = float(np.std(own) / np.std(target))
    low = float(np.mean(own) - np.mean(target) * width)
    return [round(low, 4), round(low + width, 4)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", type=Path, help="gold stories (one folder each, with gold.json)")
    ap.add_argument("--matcher", type=Path, default=MATCHER)
    ap.add_argument("--write", action="store_true", help="write the shifts into the matcher")
    args = ap.parse_args(argv)
    matcher = json.loads(args.matcher.read_text(encoding="utf-8"))
    fitted = matcher.get("encoder", "use-multilingual")
    pairs, texts = background_pairs(args.dev)
    if not pairs:
        print("no independent gold story", file=sys.stderr)
        return 2
    base = cosines(fitted, pairs, texts)
    stories = sorted({s for s, _, _ in pairs})
    out = {}
    for name, cal in matcher["calibration"].items():
        if name == fitted:
            continue
        own = cosines(name, pairs, texts)
        out[name] = independent_calibration(own, base, matcher["calibration"][fitted])
        folds = np.array([independent_calibration(own[keep], base[keep], matcher["calibration"][fitted])
                          for st in stories if (keep := np.array([s != st for s, _, _ in pairs])).any()])
        print(f"{name}: {out[name]} against {cal} on translations (leave one story out "
              f"{folds.min(axis=0).tolist()}-{folds.max(axis=0).tolist()}; {len(pairs)} sentence pairs, "
              f"{len(stories)} stories)")
    if args.write:
        matcher["calibration_independent"] = out
        args.matcher.write_text(json.dumps(matcher, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
