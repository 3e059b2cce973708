"""``batch`` loads the encoder while its worker reads the first story, and reports that time as load_model."""
from __future__ import annotations

import time

import pytest

from claimcheck import api, embed
from claimcheck.embed import ModelError


class _SlowModel:
    name = "slow"

    def __init__(self):
        self.loads = 0

    def load(self):
        time.sleep(0.05)
        self.loads += 1


def test_preload_loads_the_named_model_once_and_reports_its_seconds(monkeypatch):
    model = _SlowModel()
    asked = []
    monkeypatch.setattr(embed, "load_encoder", lambda name=None: asked.append(name) or model)
    encoders = api.Encoders("some-model")
    encoders.preload()
    assert model.loads == 1 and asked == ["some-model"]
    assert encoders.take_preload_seconds() >= 0.05
    assert encoders.take_preload_seconds() == 0.0  # reported once, with the next story
    assert encoders.for_languages(["en"])[0] is model and asked == ["some-model"]  # not loaded again


def test_preload_leaves_a_broken_model_to_fail_where_it_did(monkeypatch):
    def broken(name=None):
        raise ModelError("no such model")

    monkeypatch.setattr(embed, "load_encoder", broken)
    encoders = api.Encoders("missing")
    encoders.preload()  # quiet
    with pytest.raises(ModelError):
        encoders.for_languages(["en"])


def test_preload_skips_a_given_encoder():
    model = _SlowModel()
    encoders = api.Encoders(encoder=model)
    encoders.preload()
    assert model.loads == 0 and encoders.take_preload_seconds() == 0.0


def test_batch_reports_the_preload_in_the_first_story(tmp_path, monkeypatch):
    for story in ("a", "b"):
        (tmp_path / story).mkdir()
        (tmp_path / story / "en.txt").write_text("The plant employs 300 people.", encoding="utf-8")
        (tmp_path / story / "fr.txt").write_text("L'usine emploie 300 personnes.", encoding="utf-8")
    monkeypatch.delenv("CLAIMCHECK_NO_PREFETCH", raising=False)
    calls = []

    def preload(self):
        calls.append(self)
        self._preload_seconds += 100.0

    monkeypatch.setattr(api.Encoders, "preload", preload)
    reports = dict(api.batch(tmp_path, model="fake"))
    assert len(calls) == 1  # a worker reads the stories here (fork): the encoder loads meanwhile
    assert reports["a"].timings["load_model"] >= 100.0 > reports["b"].timings["load_model"]
