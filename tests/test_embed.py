"""Encoder interface, embedding cache, claim contexts and the e5 weight format: no real model."""
from __future__ import annotations

import logging
import struct

import numpy as np
import pytest

from claimcheck import e5convert, embed
from claimcheck.embed import CachedEncoder, FakeEncoder, ModelError, clause_span, embed_claim_contexts, load_encoder
from claimcheck.records import Claim, Quantity


class OtherFake(FakeEncoder):
    name = "other-fake"


@pytest.fixture
def cache_file(tmp_path):
    return tmp_path / "emb.sqlite"


def test_fake_encoder_rows_are_unit_float32():
    vecs = FakeEncoder().encode(["Hola mundo", "", "港口损失24亿欧元"])
    assert vecs.dtype == np.float32
    norms = np.linalg.norm(vecs, axis=1)
    assert np.allclose(norms[[0, 2]], 1.0)


def test_cache_encodes_each_unseen_text_once(cache_file):
    inner = FakeEncoder()
    enc = CachedEncoder(inner, cache_file)
    texts = ["uno", "dos", "uno", "tres", "dos"]
    first = enc.encode(texts)
    assert (enc.misses, enc.hits, inner.calls) == (3, 0, 3)
    assert np.allclose(first, FakeEncoder().encode(texts))
    second = enc.encode(["tres", "uno", "cuatro"])
    assert (enc.misses, enc.hits, inner.calls) == (4, 2, 4)
    assert np.allclose(second, FakeEncoder().encode(["tres", "uno", "cuatro"]))


def test_cache_survives_a_new_process_handle(cache_file):
    CachedEncoder(FakeEncoder(), cache_file).encode(["Le port a perdu 2,4 milliards d'euros."])
    inner = FakeEncoder()
    again = CachedEncoder(inner, cache_file)
    vec = again.encode(["Le port a perdu 2,4 milliards d'euros."])
    assert inner.calls == 0 and again.hits == 1
    assert vec.shape == (1, inner.dim) and vec.dtype == np.float32


def test_cache_is_keyed_by_model_name(cache_file):
    CachedEncoder(FakeEncoder(dim=64), cache_file).encode(["same text"])
    other_inner = OtherFake(dim=32)
    other = CachedEncoder(other_inner, cache_file)
    vec = other.encode(["same text"])
    assert other.misses == 1 and other_inner.calls == 1
    assert vec.shape == (1, 32)


def test_cache_returns_rows_in_input_order(cache_file):
    enc = CachedEncoder(FakeEncoder(), cache_file)
    enc.encode(["b", "a"])
    vecs = enc.encode(["a", "c", "b", "a"])
    ref = FakeEncoder().encode(["a", "c", "b", "a"])
    assert np.allclose(vecs, ref)


def test_unusable_cache_location_still_encodes(tmp_path, caplog):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    enc = CachedEncoder(FakeEncoder(), blocker / "emb.sqlite")
    with caplog.at_level(logging.WARNING):
        vecs = enc.encode(["texto"])
    assert vecs.shape == (1, 256)
    assert "cache" in caplog.text


@pytest.mark.parametrize("env, cached", [("", True), ("1", False), ("0", True)])
def test_no_cache_env_var_disables_the_wrapper(monkeypatch, tmp_path, env, cached):
    monkeypatch.setenv("CLAIMCHECK_CACHE", str(tmp_path))
    monkeypatch.setenv("CLAIMCHECK_NO_CACHE", env)
    enc = load_encoder("use-multilingual")  # lazy: nothing is loaded until encode
    assert isinstance(enc, CachedEncoder) is cached
    assert enc.name == "use-multilingual"


def test_cache_false_argument_disables_the_wrapper(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMCHECK_CACHE", str(tmp_path))
    assert not isinstance(load_encoder("use", cache=False), CachedEncoder)


def test_default_model_is_a_builtin():
    assert load_encoder(None, cache=False).name == embed.DEFAULT_MODEL


@pytest.mark.parametrize("name", ["fake", "fake-trigram"])
def test_fake_encoder_is_never_cached(name):
    assert isinstance(load_encoder(name), FakeEncoder)


def test_missing_folder_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="no such folder"):
        load_encoder(str(tmp_path / "nope" / "model"))


def test_a_file_is_not_a_model(tmp_path):
    f = tmp_path / "model.bin"
    f.write_bytes(b"\0")
    with pytest.raises(ModelError, match="folder"):
        load_encoder(str(f))


def test_unknown_hub_name_offline_is_a_model_error(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf" / "hub"))
    with pytest.raises(ModelError, match="HF_HUB_OFFLINE"):
        load_encoder("someone/no-such-model-xyz", cache=False)


# --------------------------------------------------------------------------- clauses


@pytest.mark.parametrize(
    "lang, sentence, quote, expected",
    [
        # decimal commas and thousands dots are not clause breaks
        ("es", "Según el sindicato, la huelga costó 2,4 millones de euros al puerto de Valencia, dijo.",
         "2,4 millones de euros", "la huelga costó 2,4 millones de euros al puerto de Valencia"),
        ("fr", "Selon la chambre de commerce, la grève a coûté 2,4 milliards d'euros; le port est fermé.",
         "2,4 milliards d'euros", "la grève a coûté 2,4 milliards d'euros"),
        ("zh", "据工会称，这次罢工给港口造成的损失估计高达24亿欧元，港口已经关闭了整整九天时间。",
         "24亿欧元", "这次罢工给港口造成的损失估计高达24亿欧元"),
        ("de", "Der Streik dauerte neun Tage und kostete den Hafen rund 2,4 Mrd. Euro",
         "neun Tage", "Der Streik dauerte neun Tage und kostete den Hafen rund 2,4 Mrd. Euro"),
        ("en", "The strike, which lasted nine days, cost the port an estimated $2.6bn, officials said.",
         "nine days", "The strike, which lasted nine days, cost the port an estimated $2.6bn"),
    ],
)
def test_clause_span_is_the_clause_around_the_claim(lang, sentence, quote, expected):
    start = sentence.index(quote)
    a, b = clause_span(sentence, start, start + len(quote))
    assert sentence[a:b].strip(" ,;:，；") == expected


def test_short_clause_is_widened_to_the_minimum():
    s = "En 2023, OpenAI recibió 10.000 millones de dólares de Microsoft, según fuentes del sector."
    a, b = clause_span(s, s.index("2023"), s.index("2023") + 4, min_chars=40)
    assert b - a >= 40 and "2023" in s[a:b]


def test_clause_of_a_sentence_without_breaks_is_the_sentence():
    s = "Das Budget steigt um 4,5 Prozent"
    assert clause_span(s, 21, 32) == (0, len(s))


def _claim(cid, article, sentence, quote, sentence_start=100):
    start = sentence_start + sentence.index(quote)
    return Claim(id=cid, article=article, start=start, end=start + len(quote), text=quote,
                 quantity=Quantity(kind="money", value=1.0), sentence=sentence,
                 sentence_start=sentence_start, sentence_end=sentence_start + len(sentence))


def test_embed_claim_contexts_encodes_each_distinct_text_once():
    sent = "La huelga duró nueve días y costó 2.400 millones de euros, según el sindicato portuario local."
    claims = [
        _claim("es:1", "es", sent, "nueve días"),
        _claim("es:2", "es", sent, "2.400 millones de euros"),
        _claim("fr:1", "fr", "La grève a coûté 2,4 milliards d'euros.", "2,4 milliards d'euros"),
    ]
    enc = FakeEncoder()
    sent_vecs, clause_vecs = embed_claim_contexts(claims, enc)
    assert sent_vecs.shape == clause_vecs.shape == (3, enc.dim)
    assert np.allclose(sent_vecs[0], sent_vecs[1])
    # distinct texts: 2 sentences + es clause (both es claims share it) ; the short fr sentence is its own clause
    assert enc.calls == 3
    assert np.allclose(sent_vecs[2], clause_vecs[2])
    assert np.allclose(np.linalg.norm(clause_vecs, axis=1), 1.0)


def test_claim_without_sentence_falls_back_to_its_text():
    c = Claim(id="x", article="a", start=0, end=5, text="13 mm", quantity=Quantity(kind="measure", value=13.0))
    sents, clauses = embed.claim_contexts([c])
    assert sents == ["13 mm"] and clauses == ["13 mm"]


# --------------------------------------------------------------------------- e5 weights format


def test_q4_dequantisation_nibble_layout():
    # one block of 32 weights: scale 0.5; byte j holds weight j (low nibble) and j+16 (high nibble)
    qs = bytes(((j % 16) | (((15 - j) % 16) << 4)) for j in range(16))
    raw = struct.pack("<e", 0.5) + qs
    w = e5convert._dequantize_q4(raw, 1, 32)[0]
    expected_low = [(j % 16 - 8) * 0.5 for j in range(16)]
    expected_high = [((15 - j) % 16 - 8) * 0.5 for j in range(16)]
    assert w.tolist() == expected_low + expected_high


def test_normaliser_exceptions_keep_only_what_nfkc_does_not_do():
    norm_map = {0x01: "", 0x0A: " ", 0xFF10: "0", 0x200B: " "}  # ０ is plain NFKC: no exception
    delete, space = e5convert._normalizer_rules(norm_map)
    assert delete == "[\\u0001]"
    assert space == "[\\u000a\\u200b]"


@pytest.mark.parametrize("marker", [None, "{broken", '{"format": 1}'])
def test_e5_folder_without_a_current_marker_is_rebuilt(tmp_path, marker):
    (tmp_path / "model.safetensors").write_bytes(b"")
    if marker is not None:
        (tmp_path / e5convert.MARKER).write_text(marker)
    assert not e5convert.is_built(tmp_path)
    (tmp_path / e5convert.MARKER).write_text(f'{{"format": {e5convert.FORMAT}}}')
    assert e5convert.is_built(tmp_path)


def test_builtin_cache_key_names_the_package_version(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMCHECK_CACHE", str(tmp_path))
    monkeypatch.delenv("CLAIMCHECK_NO_CACHE", raising=False)
    enc = load_encoder("use")
    assert enc.model_key.startswith("use-multilingual@") and enc.model_key != "use-multilingual@unknown"
