"""A matcher may hold a model fitted on another encoder's own cosines (``models``); it is used only when that
encoder is the one matching, and the default encoder's fit stays the top level, read as before."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from claimcheck.embed import FakeEncoder
from claimcheck.model import Matcher, load_matcher

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_match_grouping import story  # noqa: E402


class Named(FakeEncoder):
    def __init__(self, name):
        super().__init__()
        self.name = name


def _matcher(block_intercept: float | None) -> Matcher:
    """The installed fit, with (or without) a model for ``other-encoder`` that differs only in its intercept."""
    d = load_matcher().to_dict()
    d.pop("models", None)
    if block_intercept is not None:
        block = json.loads(json.dumps(d))
        block.update(intercept=block_intercept, encoder="other-encoder",
                     calibration={"other-encoder": d["calibration"]["use-multilingual"]})
        d["models"] = {"other-encoder": block}
    return Matcher.from_dict(d)


def test_the_model_of_the_encoder_in_use_is_chosen_and_the_top_level_otherwise():
    m = _matcher(-40.0)
    other = m.for_encoder("other-encoder")
    assert other is not m and other.intercept == -40.0 and other is m.for_encoder("other-encoder")
    for name in ("use-multilingual", None, "unknown-encoder"):
        assert m.for_encoder(name) is m
    plain = _matcher(None)
    assert plain.for_encoder("other-encoder") is plain


def test_matching_reads_the_probabilities_of_the_encoders_own_model():
    """The same story and vectors: the top-level fit links the two figures; a per-encoder model that never links
    (first-stage intercept -40) is what matching reads once the encoder bears its name."""
    from claimcheck.group import match_story, score_pairs

    text = "The council approved 40 new buses for the city on Monday."
    articles, claims = story({"en": text, "fr": text}, [("en", "40 new buses", "count", 40, None),
                                                      ("fr", "40 new buses", "count", 40, None)])
    m = _matcher(-40.0)
    _, p_own, _, _ = score_pairs(claims, articles, Named("use-multilingual"), m)
    _, p_other, _, _ = score_pairs(claims, articles, Named("other-encoder"), m)
    assert p_own[0] > 0.5 and p_other[0] < 0.01
    linked = [f for f in match_story(claims, articles, Named("use-multilingual"), m).facts if len(f.claims) == 2]
    alone = [f for f in match_story(claims, articles, Named("other-encoder"), m).facts if len(f.claims) == 2]
    assert linked and not alone


def test_a_matcher_round_trips_its_per_encoder_models():
    m = _matcher(-40.0)
    again = Matcher.from_dict(json.loads(json.dumps(m.to_dict())))
    assert again.for_encoder("other-encoder").intercept == -40.0
    assert "_per_encoder" not in m.to_dict()


def test_train_matcher_adds_a_fit_as_the_model_of_its_encoder_and_keeps_the_top_level(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import train_matcher

    top = load_matcher().to_dict()
    top.pop("models", None)
    out, fit = tmp_path / "matcher.json", tmp_path / "fit.json"
    out.write_text(json.dumps(top), encoding="utf-8")
    fitted = dict(top, encoder="other-encoder", intercept=-3.0,
                  calibration={"other-encoder": [0.8, 0.9]})
    fit.write_text(json.dumps(fitted), encoding="utf-8")
    train_matcher.add_encoder_model(out, fit)
    d = json.loads(out.read_text(encoding="utf-8"))
    assert {k: v for k, v in d.items() if k != "models"} == json.loads(json.dumps(top))
    assert d["models"]["other-encoder"]["intercept"] == -3.0
    assert Matcher.from_dict(d).for_encoder("other-encoder").calibration_for("other-encoder").as_list() == [0.8, 0.9]
    with pytest.raises(SystemExit):  # a fit on the matcher's own encoder is a refit, not an added model
        fit.write_text(json.dumps(dict(top)), encoding="utf-8")
        train_matcher.add_encoder_model(out, fit)


def test_the_default_encoders_run_reads_the_installed_top_level():
    m = load_matcher()
    assert m.for_encoder(m.info.get("encoder")) is m
    for name, block in m.info.get("models", {}).items():
        assert block["encoder"] == name and name in block["calibration"]
        assert m.for_encoder(name).threshold == block["threshold"]


def test_a_refit_of_the_top_level_keeps_the_other_encoders_models_and_nothing_else_carries_them(tmp_path, monkeypatch):
    """A default refit must not drop the e5 model; a fold or a fit on e5 must not read the installed one."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import train_matcher

    installed = tmp_path / "matcher.json"
    installed.write_text(json.dumps({"encoder": "use-multilingual", "calibration_independent": {"e5-small": [0.8, 0.9]},
                                     "models": {"e5-small": {"encoder": "e5-small"}}}), encoding="utf-8")
    monkeypatch.setattr(train_matcher, "DEFAULT_OUT", installed)
    assert train_matcher._measured_elsewhere("use-multilingual")["models"] == {"e5-small": {"encoder": "e5-small"}}
    for refit_of in ("e5-small", None):
        carried = train_matcher._measured_elsewhere(refit_of)
        assert "models" not in carried and carried["calibration_independent"] == {"e5-small": [0.8, 0.9]}
