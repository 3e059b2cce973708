"""The same-fact model: a logistic regression over ``claimcheck.features.FEATURES``, kept as plain numbers.

``claimcheck/data/matcher.json`` holds the coefficients, the link thresholds and,
per built-in encoder, the cosine calibration that puts that encoder's cosines on
the scale the model was fitted on (``scripts/train_matcher.py`` writes all of it;
card in ``models/MATCHER_CARD.md``). No pickle, no scikit-learn at run time.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from claimcheck.features import FEATURES, STRUCTURE, Calibration, structure_matrix

MATCHER_FILE = "matcher.json"
_KEYS = ("features", "coef", "intercept", "mean", "scale", "threshold", "repeat_threshold", "calibration", "stage2")


@dataclass
class Matcher:
    features: list[str]
    coef: np.ndarray
    intercept: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float = 0.5
    repeat_threshold: float = 0.9  # two claims of one article join one fact only through links this sure
    calibration: dict[str, list[float]] = field(default_factory=dict)  # encoder name -> [unrelated, translation]
    info: dict = field(default_factory=dict)
    stage2: dict | None = None  # coefficients over ``STRUCTURE``: links read against the whole story
    _per_encoder: dict = field(default_factory=dict, repr=False, compare=False)  # ``for_encoder``'s fits, built once

    def story_probability(self, X: np.ndarray, pairs: np.ndarray, articles: list[str]) -> np.ndarray:
        """First-stage probabilities, then (when trained) the second stage over the story's structure."""
        p = self.probability(X)
        if not self.stage2 or len(p) == 0:
            return p
        S = structure_matrix(pairs, p, articles)
        st = self.stage2
        cols = [STRUCTURE.index(n) for n in st["features"]]
        z = ((S[:, cols] - np.array(st["mean"])) / np.array(st["scale"])) @ np.array(st["coef"]) + st["intercept"]
        return 1.0 / (1.0 + np.exp(-z))

    def probability(self, X: np.ndarray) -> np.ndarray:
        """Same-fact probability per row of a ``FEATURES`` matrix."""
        if len(X) == 0:
            return np.zeros(0)
        cols = [FEATURES.index(name) for name in self.features]
        z = ((X[:, cols] - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def for_encoder(self, encoder_name: str | None) -> "Matcher":
        """The model fitted on this encoder's own cosines when the matcher holds one (``models``: a whole
        matcher per encoder name, written by ``scripts/train_matcher.py --add-encoder-model``), else this one.
        The default encoder's fit is the top level, so a run on it reads exactly what it read before."""
        block = self.info.get("models", {}).get(encoder_name or "")
        if not block:
            return self
        cached = self._per_encoder.get(encoder_name)
        if cached is None:
            cached = self._per_encoder[encoder_name] = Matcher.from_dict(block)
        return cached

    def calibration_for(self, encoder_name: str | None) -> Calibration | None:
        """The cosine calibration measured for this encoder, None when it was never measured; with the
        story-relative anchor's quantile when the matcher names one for it (``story_anchor``, off when absent),
        and the raw cosine two unrelated sentences of one language gain over two of different languages
        (``calibration_scale``, NTREX train: 0.032 for the default encoder, 0.041 for e5-small, whose
        translations stand only 0.08 above unrelated text: without it two articles in one language read as
        each other's translations)."""
        spec = self.calibration.get(encoder_name or "")
        if not spec:
            return None
        scale = self.info.get("calibration_scale", {}).get(encoder_name or "", {})
        shift = scale["same_language"] - scale["unrelated"] if "same_language" in scale and "unrelated" in scale else 0.0
        independent, stretch = 0.0, 1.0
        own = self.info.get("calibration_independent", {}).get(encoder_name or "")
        if own:  # [unrelated, translation] for articles written independently, on this encoder's scale
            independent, stretch = own[0] - spec[0], (spec[1] - spec[0]) / (own[1] - own[0])
        return Calibration(*spec[:2], story_quantile=float(self.info.get("story_anchor", {}).get(encoder_name, 0.0)),
                           same_language=max(0.0, shift), independent=independent, independent_stretch=stretch)

    @classmethod
    def from_dict(cls, d: dict) -> "Matcher":
        return cls(list(d["features"]), np.array(d["coef"], dtype=np.float64), float(d["intercept"]),
                   np.array(d["mean"], dtype=np.float64), np.array(d["scale"], dtype=np.float64),
                   float(d.get("threshold", 0.5)), float(d.get("repeat_threshold", 0.9)),
                   dict(d.get("calibration", {})), {k: v for k, v in d.items() if k not in _KEYS},
                   d.get("stage2"))

    def to_dict(self) -> dict:
        return {"features": self.features, "coef": [round(float(c), 6) for c in self.coef],
                "intercept": round(self.intercept, 6), "mean": [round(float(m), 6) for m in self.mean],
                "scale": [round(float(s), 6) for s in self.scale], "threshold": self.threshold,
                "repeat_threshold": self.repeat_threshold, "calibration": self.calibration,
                "stage2": self.stage2, **self.info}


# Hand weights used only when no trained matcher is installed (a fresh checkout before training).
_FALLBACK = {"bias": -3.0, "cos_sentence": 2.0, "cos_clause": 2.0, "top1_mutual": 1.5, "top1_ab": 0.5,
             "sent_linked": 1.0, "slot_assigned": 1.5, "dim_same": 2.0, "entity_jaccard": 1.0,
             "scope_mismatch": -0.7, "sibling_best": 1.0}


def fallback_matcher() -> Matcher:
    names = [n for n in FEATURES if n != "bias"]
    coef = np.array([_FALLBACK.get(n, 0.0) for n in names])
    return Matcher(names, coef, _FALLBACK["bias"], np.zeros(len(names)), np.ones(len(names)), 0.5, 0.9,
                   {}, {"name": "fallback hand weights"})


def load_matcher(path: str | None = None) -> Matcher:
    """``path``, else $CLAIMCHECK_MATCHER, else ``claimcheck/data/matcher.json``, else hand weights."""
    return _load_matcher(path or os.environ.get("CLAIMCHECK_MATCHER") or None)


@lru_cache(maxsize=4)
def _load_matcher(path: str | None) -> Matcher:
    if path:
        try:
            return Matcher.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError) as exc:
            from claimcheck.errors import UserError

            raise UserError(f"matcher {path}: cannot read it ({exc})") from exc
    res = resources.files("claimcheck.data").joinpath(MATCHER_FILE)
    if res.is_file():
        d = json.loads(res.read_text(encoding="utf-8"))
        if list(d.get("features", [])) and set(d["features"]) <= set(FEATURES):
            return Matcher.from_dict(d)
    return fallback_matcher()
