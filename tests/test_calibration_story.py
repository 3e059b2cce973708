"""The story-relative "unrelated" anchor (features.story_anchored, round 10): off unless the matcher names a
quantile for the encoder; raises the anchor to the story's own cross-article background, never lowers it."""
from types import SimpleNamespace

import numpy as np

from claimcheck.features import Calibration, story_anchored, story_background
from claimcheck.model import Matcher


def _claim(article: str, sentence: int) -> SimpleNamespace:
    """What the background reads of a claim: its article and sentence."""
    return SimpleNamespace(article=article, sentence_index=sentence)


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float64)
    return v / np.linalg.norm(v)


def test_background_is_a_quantile_of_cross_article_sentence_cosines_only():
    claims = [_claim("a", 0), _claim("a", 0), _claim("a", 1), _claim("a", 2), _claim("b", 0), _claim("b", 1)]
    # rows 0 and 1 share a sentence; a's sentences are alike (same article: not counted)
    vecs = np.stack([_unit(1, 0), _unit(1, 0), _unit(1, 0.1), _unit(1, 0.2), _unit(0, 1), _unit(0.5, 1)])
    rows_a, rows_b = [0, 2, 3], [4, 5]
    cross = sorted(float(vecs[i] @ vecs[j]) for i in rows_a for j in rows_b)
    assert np.isclose(story_background(vecs, claims, 0.0), cross[0])
    assert np.isclose(story_background(vecs, claims, 0.5), np.quantile(cross, 0.5))
    assert story_background(vecs[:4], claims[:4], 0.5) is None  # one article: no background


def test_no_background_when_counterparts_could_fill_the_quantile():
    pair = [_claim("a", 0), _claim("b", 0)]  # a sentence pair: its one cosine is the translation's
    assert story_background(np.stack([_unit(1, 0), _unit(1, 1)]), pair, 0.5) is None
    cal = Calibration(0.2, 0.7, story_quantile=0.65)
    assert story_anchored(cal, np.stack([_unit(1, 0), _unit(1, 1)]), pair) is cal


def test_anchor_rises_to_the_background_keeping_the_width_and_is_off_without_a_quantile():
    claims = [_claim(a, k) for a in "ab" for k in range(4)]
    vecs = np.stack([_unit(1, 1)] * 4 + [_unit(1, 0)] * 4)  # every cross pair at cosine 0.7071
    off = Calibration(0.2, 0.7)
    assert story_anchored(off, vecs, claims) is off
    cal = story_anchored(Calibration(0.2, 0.7, story_quantile=0.5), vecs, claims)
    assert np.isclose(cal.unrelated, 0.7071, atol=1e-4) and np.isclose(cal.translation - cal.unrelated, 0.5)
    high = Calibration(0.9, 0.95, story_quantile=0.5)  # background below the anchor: unchanged
    assert story_anchored(high, vecs, claims) is high


def test_matcher_names_the_quantile_per_encoder_and_none_by_default():
    m = Matcher(["cos_sentence"], np.ones(1), 0.0, np.zeros(1), np.ones(1),
                calibration={"e5-small": [0.81, 0.9], "use-multilingual": [0.26, 0.7]},
                info={"story_anchor": {"e5-small": 0.65}})
    assert m.calibration_for("e5-small").story_quantile == 0.65
    assert m.calibration_for("use-multilingual").story_quantile == 0.0
    assert m.calibration_for("e5-small").as_list() == [0.81, 0.9]
    assert "story_anchor" in m.to_dict()


def test_two_articles_in_one_language_read_against_the_anchor_of_one_language():
    """The anchors are measured across languages; two unrelated sentences of one language read closer
    (``calibration_scale``'s same_language), and the cosines of two articles in one language lose that gain."""
    from claimcheck.embed import FakeEncoder
    from claimcheck.features import FEATURES, build_context, feature_matrix

    from test_match_grouping import story

    m = Matcher(["cos_sentence"], np.ones(1), 0.0, np.zeros(1), np.ones(1),
                calibration={"e5-small": [0.81, 0.9]},
                info={"calibration_scale": {"e5-small": {"unrelated": 0.81, "same_language": 0.85}}})
    cal = m.calibration_for("e5-small")
    assert np.isclose(cal.same_language, 0.04)
    text = "The council approved 40 new buses for the city on Monday."
    cos = {}
    for ids in (("es", "fr"), ("es", "es-b")):
        articles, claims = story({ids[0]: text, ids[1]: text},
                                 [(ids[0], "40 new buses", "count", 40, None), (ids[1], "40 new buses", "count", 40, None)])
        ctx = build_context(claims, articles, FakeEncoder(), cal)
        cos[ids] = feature_matrix(ctx)[0, FEATURES.index("cos_sentence")]
        if ids[1] == "es-b":
            assert next(iter(ctx.alignments.values())).shift == cal.same_language
    assert np.isclose(cos[("es", "fr")] - cos[("es", "es-b")], 0.04 / (0.9 - 0.81))


def test_articles_written_independently_read_against_the_encoders_own_background():
    """``calibration_independent`` (scripts/calibrate_independent.py: [unrelated, translation] for articles written
    independently) places the cosines of two articles the sentence alignment does not read as translations (their
    order not kept); a translation's stay on the encoder's NTREX calibration."""
    from claimcheck.embed import FakeEncoder
    from claimcheck.features import FEATURES, build_context, feature_matrix

    from test_match_grouping import story

    m = Matcher(["cos_sentence"], np.ones(1), 0.0, np.zeros(1), np.ones(1), calibration={"e5-small": [0.81, 0.9]},
                info={"calibration_independent": {"e5-small": [0.83, 0.95]}})
    cal = m.calibration_for("e5-small")
    assert np.isclose(cal.independent, 0.02) and np.isclose(cal.independent_stretch, 0.09 / 0.12)
    plain = Matcher(["cos_sentence"], np.ones(1), 0.0, np.zeros(1), np.ones(1), calibration={"e5-small": [0.81, 0.9]})
    assert plain.calibration_for("e5-small").independent == 0 and plain.calibration_for("e5-small").independent_stretch == 1
    lines = ["The council approved 40 new buses on Monday.", "Fares will rise by 12 percent in May.",
             "The mayor said 300 drivers would be hired.", "The plan costs 90 million euros over five years."]
    figures = [("40 new buses", "count", 40, None), ("12 percent", "percent", 12, "%"),
               ("300 drivers", "count", 300, None), ("90 million euros", "money", 90e6, "EUR")]
    read = {}
    for order in ("kept", "reversed"):
        other = lines if order == "kept" else lines[::-1]
        articles, claims = story({"es": "\n".join(lines), "fr": "\n".join(other)},
                                 [(a, *f) for a in ("es", "fr") for f in figures])
        ctx = build_context(claims, articles, FakeEncoder(), cal)
        sa = next(iter(ctx.alignments.values()))
        X = feature_matrix(ctx)
        # the pair of the two "40 new buses" sentences, whatever the order
        k = next(k for k, (i, j) in enumerate(ctx.pairs) if {claims[i].text, claims[j].text} == {"40 new buses"})
        raw = float(ctx.sentence_vecs[ctx.pairs[k][0]] @ ctx.sentence_vecs[ctx.pairs[k][1]])
        read[order] = (sa.monotone, sa.shift, sa.stretch, raw, X[k, FEATURES.index("cos_sentence")])
    assert read["kept"][:3] == (True, 0.0, 1.0) and np.isclose(read["kept"][4], (read["kept"][3] - 0.81) / 0.09)
    assert read["reversed"][0] is False and np.isclose(read["reversed"][4], (read["reversed"][3] - 0.83) / 0.12)
