"""Omitted facts (matcher card, round 9): the training variant in which a version leaves lines out, as an
independently written article leaves facts out, and the lone-candidate features that let the matcher weigh a
figure that is the best candidate only because it is the only one."""
import random
import sys
from pathlib import Path

import numpy as np

from claimcheck.embed import FakeEncoder
from claimcheck.features import FEATURES, build_context, feature_matrix
from claimcheck.records import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import ntrex_stories  # noqa: E402
import train_matcher  # noqa: E402

LINES = [
    "The council approved a budget of 12 million euros on Monday.",
    "About 300 workers will build the new bridge over the river.",
    "The old bridge carried 40,000 cars a day before it was closed.",
    "Tolls on the new crossing will rise by 5 percent next year.",
    "The mayor said 7 firms had bid for the contract.",
    "The river rose by 3 metres during the spring floods.",
]


def _article(lines, aid="en"):
    return Article(id=aid, source=f"{aid}.txt", text="\n".join(lines), lang="en", lang_source="given")


def test_an_omitting_version_lacks_the_lines_and_their_claims_and_keeps_the_rest_where_they_are():
    article = _article(LINES)
    claims = train_matcher.extract(article)
    line = {c.id: ntrex_stories.line_of(article, c.start) for c in claims}
    assert len(set(line.values())) == len(LINES)
    short, kept, kept_line = train_matcher.omit_lines(article, claims, line, 0.5, random.Random(3))
    short_lines = short.text.split("\n")
    assert len(short_lines) == 3 and set(short_lines) < set(LINES)
    # the text really lacks the omitted sentences, and no claim of them survives
    assert {LINES[n] for n in kept_line.values()} == set(short_lines)
    assert {line[c.id] for c in claims if LINES[line[c.id]] in short_lines} == set(kept_line.values())
    for c in kept:  # offsets index the shortened text; each claim keeps its source line for the labels
        assert short.text[c.start:c.end] == c.text
        assert c.text in LINES[kept_line[c.id]]
        assert "#o" in c.id and c.id not in line
    assert article.text == "\n".join(LINES)  # the full version is left as it was


def test_omission_variants_leave_the_other_variants_as_they_were_and_label_a_lost_counterpart_negative():
    rows = [LINES, [s.replace("Monday", "Tuesday") for s in LINES], [s.replace("The ", "A ", 1) for s in LINES],
            [s.replace(".", "!") for s in LINES], [s.replace("said", "stated") for s in LINES]]
    other = [[s.replace("bridge", "tunnel").replace("river", "valley") for s in lines] for lines in rows]
    docs = [(name, {f"v{k}": lines for k, lines in enumerate(versions)})
            for name, versions in (("doc1", rows), ("doc2", other))]  # a second document for the intruder variant
    corpus = train_matcher.extract_corpus(docs, None)
    for arts in corpus.values():  # one language, five versions
        for a in arts[0]:
            a.lang = "en"
    encoder = FakeEncoder()
    cal = train_matcher.Calibration(0.05, 0.35)
    before = train_matcher.build_rows(corpus, encoder, cal, omit=0)
    after = train_matcher.build_rows(corpus, encoder, cal, omit=2)
    assert len(before) == 8 and len(after) == 12  # per document: four variants, then the two omission variants
    for b0, b1 in zip(before, after[:4] + after[6:10]):
        assert np.array_equal(b0.X, b1.X) and np.array_equal(b0.y, b1.y)
    omitted = after[4:6] + after[10:]
    tags = np.concatenate([b.tags for b in omitted])
    ys = np.concatenate([b.y for b in omitted])
    assert (ys[tags == "omit_neg"] == 0).all()
    assert (ys == 1).any()


def _lone_column(texts):
    articles = [Article(aid, f"{aid}.txt", t, lang="en", lang_source="given") for aid, t in texts.items()]
    claims = []
    for a in articles:
        claims += train_matcher.extract(a)
    ctx = build_context(claims, articles, FakeEncoder())
    X = feature_matrix(ctx)
    pairs = {(ctx.claims[i].text, ctx.claims[j].text): k for k, (i, j) in enumerate(ctx.pairs)}
    return X, pairs


def test_a_lone_candidate_is_marked_as_such_whatever_the_figures():
    lone = {"a": "The plant cost 12 million euros to build.", "b": "The plant cost 15 million euros to build."}
    X, pairs = _lone_column(lone)
    k = next(iter(pairs.values()))
    assert X[k, FEATURES.index("lone_candidate")] == 1.0
    assert X[k, FEATURES.index("lone_window")] == np.clip(X[k, FEATURES.index("cos_window")], -1, 1)
    contested = {"a": "The plant cost 12 million euros to build.",
                 "b": "The plant cost 15 million euros to build and 2 million euros to run."}
    X2, pairs2 = _lone_column(contested)
    for k in pairs2.values():  # the claim of a has two candidates in b; each of b's has one in a
        assert X2[k, FEATURES.index("lone_candidate")] == 0.5
    changed = {"a": "The plant cost 99 million euros to build.",
               "b": "The plant cost 15 million euros to build and 2 million euros to run."}
    X3, _ = _lone_column(changed)
    assert np.array_equal(X3[:, FEATURES.index("lone_candidate")], X2[:, FEATURES.index("lone_candidate")])
