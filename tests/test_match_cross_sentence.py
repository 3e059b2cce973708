"""Cross-sentence links: a link between claims whose sentences the alignment pairs elsewhere needs strong
evidence (``group.CROSS_SENTENCE``); sentences the alignment leaves unpaired are not held to it, except
between independently written articles (``group.UNPAIRED_INDEPENDENT``)."""
import numpy as np

from claimcheck import group
from claimcheck.api import check_texts
from claimcheck.embed import FakeEncoder
from claimcheck.features import build_context
from claimcheck.group import CROSS_SENTENCE, UNPAIRED_INDEPENDENT, crosses_alignment, match_story, unpaired_independent

from test_match_grouping import story


def _translated_story():
    """Two sentences, each stating one count, in two versions written line by line alike (a translation)."""
    texts = {"en": "The port handled 12 ships on Monday.\nThe minister met 40 union leaders in Madrid.",
             "de": "The port handled 12 ships on Monday.\nThe minister met 40 union leaders in Madrid."}
    return story(texts, [("en", "12 ships", "count", 12, None), ("en", "40 union", "count", 40, None),
                         ("de", "12 ships", "count", 12, None), ("de", "40 union", "count", 40, None)])


def test_a_link_across_aligned_sentence_pairs_crosses_the_alignment():
    articles, claims = _translated_story()
    ctx = build_context(claims, articles, FakeEncoder())
    i = {c.id: n for n, c in enumerate(claims)}
    assert not crosses_alignment(ctx, i["c1"], i["c3"])  # the aligned pair
    assert crosses_alignment(ctx, i["c1"], i["c4"])  # ships against the other sentence's figure
    facts = match_story(claims, articles, FakeEncoder()).facts
    assert {frozenset(f.claims) for f in facts if len(f.claims) > 1} <= {frozenset({"c1", "c3"}),
                                                                           frozenset({"c2", "c4"})}
    assert 0.5 < CROSS_SENTENCE < 1.0


def test_sentences_the_alignment_leaves_unpaired_are_not_held_to_the_bar():
    texts = {"en": "Losses reached 2 million euros.", "ja": "損失は200万ユーロに達した。"}
    articles, claims = story(texts, [("en", "2 million euros", "money", 2e6, "EUR"),
                                     ("ja", "200万ユーロ", "money", 2e6, "EUR")])
    ctx = build_context(claims, articles, FakeEncoder())
    assert not crosses_alignment(ctx, 0, 1)


def test_the_second_half_of_a_split_sentence_does_not_cross_the_alignment():
    en = "Fox News averages 2.4 million prime-time viewers, and MSNBC topped cable with as many as 3.4 million viewers."
    de = "Fox News erreicht durchschnittlich 2,4 Millionen Zuschauer zur besten Sendezeit.\n" \
         "MSNBC führte die Einschaltquoten mit bis zu 3,5 Millionen Zuschauern an."
    articles, claims = story({"en": en, "de": de},
                             [("en", "2.4 million", "count", 2.4e6, None), ("en", "3.4 million", "count", 3.4e6, None),
                              ("de", "2,4 Millionen", "count", 2.4e6, None), ("de", "3,5 Millionen", "count", 3.5e6, None)])
    ctx = build_context(claims, articles, FakeEncoder())
    i = {c.id: n for n, c in enumerate(claims)}
    sa = next(iter(ctx.alignments.values()))
    assert sa.monotone and sa.splits  # one English sentence, two German ones
    assert not crosses_alignment(ctx, i["c2"], i["c4"])


INDEPENDENT_EN = ("The storm cut power to 40 towns on the coast.\nThe airport stays closed for 3 days.\n"
                  "Engineers inspected 2 bridges near the river.\nPower cuts closed the airport and the towns for 9 hours.")
# the same three sentences in another order, and a fourth that is no counterpart of any
INDEPENDENT_DE = ("Engineers inspected 2 bridges near the river.\nThe airport stays closed for 3 days.\n"
                  "The storm cut power to 40 towns on the coast.\nFerries to the islands waited 12 hours in port.")


def _independent_story():
    return story({"en": INDEPENDENT_EN, "de": INDEPENDENT_DE},
                 [("en", "40 towns", "count", 40, None), ("en", "3 days", "duration", 3, "day"),
                  ("en", "2 bridges", "count", 2, None), ("en", "9 hours", "duration", 9, "hour"),
                  ("de", "2 bridges", "count", 2, None), ("de", "3 days", "duration", 3, "day"),
                  ("de", "40 towns", "count", 40, None), ("de", "12 hours", "duration", 12, "hour")])


def test_figures_of_independent_articles_in_sentences_paired_with_nothing_are_unpaired():
    articles, claims = _independent_story()
    ctx = build_context(claims, articles, FakeEncoder())
    sa = next(iter(ctx.alignments.values()))
    assert not sa.monotone  # written in another order: not a translation
    i = {c.id: n for n, c in enumerate(claims)}
    assert unpaired_independent(ctx, i["c4"], i["c8"])  # neither sentence is paired with any
    assert not unpaired_independent(ctx, i["c1"], i["c7"])  # the pair the alignment links
    assert not unpaired_independent(ctx, i["c4"], i["c7"])  # c7's sentence is paired: CROSS_SENTENCE's case
    assert crosses_alignment(ctx, i["c4"], i["c7"]) and not crosses_alignment(ctx, i["c4"], i["c8"])


def test_a_link_between_unpaired_sentences_of_independent_articles_needs_the_higher_bar(monkeypatch):
    articles, claims = _independent_story()
    real = group.score_pairs

    def sure_of_every_pair(claims_, articles_, encoder, matcher=None):
        ctx, prob, notice, bars = real(claims_, articles_, encoder, matcher)
        ids = [(ctx.claims[a].id, ctx.claims[b].id) for a, b in ctx.pairs]
        unpaired = [k for k, pair in enumerate(ids) if set(pair) == {"c4", "c8"}]
        assert unpaired  # a candidate pair: the model is asked
        prob = prob.copy()
        prob[unpaired] = p_unpaired
        bars = bars.copy()
        bars[unpaired] = 0.5
        return ctx, prob, notice, bars

    monkeypatch.setattr(group, "score_pairs", sure_of_every_pair)
    p_unpaired = (0.6 + UNPAIRED_INDEPENDENT) / 2
    joined = {frozenset(f.claims) for f in match_story(claims, articles, FakeEncoder()).facts}
    assert frozenset({"c4", "c8"}) not in joined
    p_unpaired = UNPAIRED_INDEPENDENT + 0.05
    joined = {frozenset(f.claims) for f in match_story(claims, articles, FakeEncoder()).facts}
    assert frozenset({"c4", "c8"}) in joined


# A translation that splits one sentence in two, the short half reading unlike the whole to the encoder: the path
# steps over that half alone (``align.sandwiched``), so its figure still meets its counterpart.
SPLIT_STORY = {
    "en": ("Earthquake of magnitude 6.1 strikes off northern Chile\n\n"
           "SANTIAGO (Wire) – A magnitude 6.1 earthquake struck off the coast of northern Chile at 3:17 "
           "a.m. local time on Thursday, the US Geological Survey said, at a depth of 35 km.\n\n"
           "The quake was centred 48 km west of the port city of Iquique. Authorities briefly evacuated "
           "about 2,000 residents from coastal areas but lifted the tsunami alert after 90 minutes.\n\n"
           "A 73-year-old man died of a heart attack during the shaking, and 11 people suffered minor "
           "injuries. Power was cut to some 15,000 homes."),
    "pt": ("Terremoto de magnitude 6,1 atinge o norte do Chile\n\n"
           "SANTIAGO – Um terremoto de magnitude 6,1 atingiu a costa norte do Chile às 3h17 (hora local) "
           "desta quinta-feira, informou o Serviço Geológico dos EUA, a uma profundidade de 53 km.\n\n"
           "O epicentro ficou a 48 km a oeste da cidade portuária de Iquique. As autoridades retiraram "
           "cerca de 2 mil moradores das áreas costeiras, mas suspenderam o alerta de tsunami após 90 "
           "minutos.\n\n"
           "Um homem de 37 anos morreu de ataque cardíaco durante o tremor, e 11 pessoas tiveram ferimentos"
           " leves. A energia foi cortada em cerca de 15 mil residências."),
    "ko": ("칠레 북부 해안서 규모 6.1 지진\n\n"
           "【산티아고】 미국지질조사국(USGS)에 따르면 목요일 현지시간 오전 3시 17분 칠레 북부 해안에서 규모 "
           "6.1의 지진이 발생했다. 진원 깊이는 35㎞다.\n\n"
           "진앙은 항구도시 이키케에서 서쪽으로 48㎞ 떨어진 곳이다. 당국은 해안 지역 주민 약 2만 명을 일시 "
           "대피시켰으나 90분 뒤 쓰나미 경보를 해제했다.\n\n"
           "73세 남성이 지진 중 심장마비로 숨졌고, 11명이 경상을 입었다. 약 1만5000가구에 전기가 끊겼다."),
}


def test_the_half_a_translation_split_off_keeps_its_figure_in_the_fact(encoders):
    report = check_texts(SPLIT_STORY, encoder=encoders)
    by_id = {c.id: c for c in report.claims}
    fact = next(f for f in report.facts if any(by_id[i].text == "53 km" for i in f.claims))
    assert {by_id[i].article for i in fact.claims} == {"en", "pt", "ko"}, [by_id[i].text for i in fact.claims]
    depth = [c for c in report.conflicts if c.fact == fact.id]
    assert depth and {c.outlier for c in depth} == {"pt"}  # en and the Korean half agree


# An independent article gives a total where another lists the parts year by year (``group.DATED_SERIES``).
SERIES_EN = ("The fund has lent €8bn to the city since it was founded.\nThe airport stays closed for 3 days.\n"
             "Engineers inspected 2 bridges near the river.")
SERIES_DE = ("Engineers inspected 2 bridges near the river.\nThe airport stays closed for 3 days.\n"
             "In 2018 the fund lent €3bn to the city, and in 2022 another €5bn.")


def _series_story(de: str = SERIES_DE):
    specs = [("en", "€8bn", "money", 8e9, "EUR"), ("en", "3 days", "duration", 3, "day"),
             ("en", "2 bridges", "count", 2, None), ("de", "2 bridges", "count", 2, None),
             ("de", "3 days", "duration", 3, "day")]
    if "2022" in de:
        specs += [("de", "2018", "date", "2018", "date"), ("de", "€3bn", "money", 3e9, "EUR"),
                  ("de", "2022", "date", "2022", "date"), ("de", "€5bn", "money", 5e9, "EUR")]
    else:
        specs += [("de", "2018", "date", "2018", "date"), ("de", "€3bn", "money", 3e9, "EUR")]
    return story({"en": SERIES_EN, "de": de}, specs)


def test_a_part_of_a_dated_series_is_no_total_of_an_independent_article():
    articles, claims = _series_story()
    ctx = build_context(claims, articles, FakeEncoder())
    assert not next(iter(ctx.alignments.values())).monotone
    i = {c.text: n for n, c in enumerate(claims)}
    series = group.dated_series(ctx)
    assert series[i["€3bn"]] and series[i["€5bn"]] and not series[i["€8bn"]]
    assert group.part_against_total(ctx, series, i["€8bn"], i["€3bn"])
    assert not group.part_against_total(ctx, series, i["3 days"], i["3 days"] + 1)  # neither is dated


def test_one_dated_figure_is_no_series():
    articles, claims = _series_story("Engineers inspected 2 bridges near the river.\nThe airport stays closed for 3 days.\n"
                                     "In 2018 the fund lent €3bn to the city.")
    ctx = build_context(claims, articles, FakeEncoder())
    i = {c.text: n for n, c in enumerate(claims)}
    series = group.dated_series(ctx)
    assert not series[i["€3bn"]] and not group.part_against_total(ctx, series, i["€8bn"], i["€3bn"])


def test_a_translation_keeps_its_dated_part_comparable():
    de = "In 2018 the fund lent €3bn to the city, and in 2022 another €5bn.\nThe airport stays closed for 3 days."
    en = "In 2018 the fund lent €3bn to the city, and in 2022 another €5bn.\nThe airport stays closed for 3 days."
    articles, claims = story({"en": en, "de": de}, [("en", "€3bn", "money", 3e9, "EUR"), ("de", "€3bn", "money", 3e9, "EUR"),
                                                     ("en", "2018", "date", "2018", "date"),
                                                     ("de", "2018", "date", "2018", "date"),
                                                     ("en", "2022", "date", "2022", "date"),
                                                     ("de", "2022", "date", "2022", "date"),
                                                     ("en", "€5bn", "money", 5e9, "EUR"), ("de", "€5bn", "money", 5e9, "EUR")])
    ctx = build_context(claims, articles, FakeEncoder())
    assert next(iter(ctx.alignments.values())).monotone
    series = group.dated_series(ctx)
    assert series[0] and series[1] and not group.part_against_total(ctx, series, 0, 1)


def test_the_model_cannot_join_a_dated_part_to_an_undated_total(monkeypatch):
    articles, claims = _series_story()
    real = group.score_pairs
    ids = {c.text: c.id for c in claims}

    def sure_of_the_money(claims_, articles_, encoder, matcher=None):
        ctx, prob, notice, bars = real(claims_, articles_, encoder, matcher)
        money = [k for k, (a, b) in enumerate(ctx.pairs) if ids["€8bn"] in {ctx.claims[a].id, ctx.claims[b].id}
                 and ctx.claims[a].kind == ctx.claims[b].kind == "money"]
        assert money
        prob, bars = prob.copy(), bars.copy()
        prob[money], bars[money] = 0.99, 0.5
        return ctx, prob, notice, bars

    monkeypatch.setattr(group, "score_pairs", sure_of_the_money)
    joined = [f.claims for f in match_story(claims, articles, FakeEncoder()).facts]
    assert not any(ids["€8bn"] in f and (ids["€3bn"] in f or ids["€5bn"] in f) for f in joined)
    monkeypatch.setattr(group, "DATED_SERIES", False)
    joined = [f.claims for f in match_story(claims, articles, FakeEncoder()).facts]
    assert any(ids["€8bn"] in f and (ids["€3bn"] in f or ids["€5bn"] in f) for f in joined)


def _with_cosines(ctx, sentence: float, clause: float, window: float):
    from claimcheck.features import FEATURES

    X = np.zeros((len(ctx.pairs), len(FEATURES)))
    X[:, FEATURES.index("cos_sentence")], X[:, FEATURES.index("cos_clause")] = sentence, clause
    X[:, FEATURES.index("cos_window")] = window
    return X


def test_only_the_words_around_two_figures_do_not_join_independent_articles():
    articles, claims = _independent_story()
    ctx = build_context(claims, articles, FakeEncoder())
    assert len(ctx.pairs) and not next(iter(ctx.alignments.values())).monotone
    floor = group.CONTEXT_FLOOR
    assert group.window_alone_independent(ctx, _with_cosines(ctx, floor - 0.1, floor - 0.1,
                                                             group.WINDOW_ALONE_INDEPENDENT - 0.05)).all()
    assert not group.window_alone_independent(ctx, _with_cosines(ctx, floor - 0.1, floor - 0.1,
                                                                 group.WINDOW_ALONE_INDEPENDENT + 0.05)).any()
    assert not group.window_alone_independent(ctx, _with_cosines(ctx, floor + 0.1, floor - 0.1, 0.3)).any()


def test_a_translation_may_link_on_the_words_around_its_figures():
    articles, claims = _translated_story()
    ctx = build_context(claims, articles, FakeEncoder())
    assert next(iter(ctx.alignments.values())).monotone
    assert not group.window_alone_independent(ctx, _with_cosines(ctx, 0.0, 0.0, 0.3)).any()


# The same story, its towns sentence written anew: only the counted noun reads alike.
RETOLD_DE = ("Engineers inspected 2 bridges near the river.\nThe airport stays closed for 3 days.\n"
             "All night long, repair vans drove between 38 towns waiting in the dark.\n"
             "Ferries to the islands waited 12 hours in port.")


def _retold_story(de: str = RETOLD_DE, towns: str = "38 towns", extra=()):
    articles, claims = story({"en": INDEPENDENT_EN, "de": de},
                             [("en", "40 towns", "count", 40, None), ("en", "3 days", "duration", 3, "day"),
                              ("en", "2 bridges", "count", 2, None), ("en", "9 hours", "duration", 9, "hour"),
                              ("de", "2 bridges", "count", 2, None), ("de", "3 days", "duration", 3, "day"),
                              ("de", towns, "count", 38, None), ("de", "12 hours", "duration", 12, "hour"),
                              *extra])
    for c in claims:
        c.subject = [c.text.split()[1]] if c.kind == "count" else []  # the counted noun first, as extraction gives it
    return articles, claims


def _alike_pairs(articles, claims) -> set[frozenset[str]]:
    ctx, _, _, _ = group.score_pairs(claims, articles, FakeEncoder())
    return {frozenset((ctx.claims[int(a)].id, ctx.claims[int(b)].id))
            for (a, b), alike in zip(ctx.pairs, ctx.counted_alike) if alike}


def test_counts_of_independent_articles_with_one_counted_noun_are_counted_alike():
    assert _alike_pairs(*_retold_story()) == {frozenset({"c1", "c7"}), frozenset({"c3", "c5"})}


def test_a_counted_noun_two_counts_of_the_other_article_share_has_no_counterpart():
    de = RETOLD_DE + "\nAfter midnight 12 towns had their lights back."
    articles, claims = _retold_story(de, extra=[("de", "12 towns", "count", 12, None)])
    assert _alike_pairs(articles, claims) == {frozenset({"c3", "c5"})}


def test_translations_are_left_to_their_alignment():
    articles, claims = _retold_story(INDEPENDENT_EN.replace("40 towns", "38 towns").replace("9 hours", "12 hours"))
    assert next(iter(build_context(claims, articles, FakeEncoder()).alignments.values())).monotone
    assert not _alike_pairs(articles, claims)


def _joined(articles, claims) -> set[frozenset[str]]:
    return {frozenset(f.claims) for f in match_story(claims, articles, FakeEncoder()).facts}


def test_counts_alike_pass_the_gates_of_independent_articles(monkeypatch):
    """Where the words around two figures read unlike (``window_alone_independent``) and their sentences are
    paired with nothing (``unpaired_independent``), counts alike still link; nothing else does."""
    articles, claims = _retold_story()
    monkeypatch.setattr(group, "window_alone_independent", lambda ctx, X: np.ones(len(X), dtype=bool))
    monkeypatch.setattr(group, "unpaired_independent", lambda ctx, i, j: True)
    monkeypatch.setattr(group, "crosses_alignment", lambda ctx, i, j: True)
    assert _joined(articles, claims) == {frozenset({"c1", "c7"}), frozenset({"c3", "c5"}), frozenset({"c2"}),
                                         frozenset({"c6"}), frozenset({"c4"}), frozenset({"c8"})}
    monkeypatch.setattr(group, "COUNTED_ALIKE", 10.0)
    assert all(len(f) == 1 for f in _joined(articles, claims))
