"""Sentence embeddings behind one small interface (SKELETON: the encoder helper fills this in).

Every encoder returns L2-normalised float32 rows, so a dot product is a cosine.
"""
from __future__ import annotations

import hashlib
from typing import Protocol, Sequence

import numpy as np


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class FakeEncoder:
    """Deterministic bag-of-character-trigrams encoder for unit tests: no model, same text -> same vector."""

    name = "fake-trigram"

    def __init__(self, dim: int = 256):
        self.dim = dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            t = f"  {text.lower()}  "
            for j in range(len(t) - 2):
                h = int.from_bytes(hashlib.blake2b(t[j : j + 3].encode(), digest_size=4).digest(), "little")
                out[i, h % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


def load_encoder(name_or_path: str | None = None) -> Encoder:
    if name_or_path in ("fake", "fake-trigram"):
        return FakeEncoder()
    raise NotImplementedError("real encoders are being built")
