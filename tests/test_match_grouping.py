"""Grouping claims into facts: features, the linking rules, no chaining, and one small story end to end."""
import pytest

from claimcheck.compare import compare_facts
from claimcheck.embed import FakeEncoder
from claimcheck.match import (FEATURES, build_context, compatible_kinds, entities, fallback_matcher, load_matcher,
                              match_claims, pair_features, repeat_link, scope_classes)
from claimcheck.records import Article, Claim, Quantity


def story(texts: dict[str, str], specs):
    """Articles from texts (one sentence a line) and claims located by quote: (article, quote, kind, value, unit, qual)."""
    articles = [Article(aid, f"{aid}.txt", text, lang=aid[:2]) for aid, text in texts.items()]
    claims, seen = [], {}
    for n, (aid, quote, kind, value, unit, *rest) in enumerate(specs):
        text = texts[aid]
        start = text.find(quote, seen.get((aid, quote), -1) + 1)
        assert start >= 0, quote
        seen[(aid, quote)] = start
        s0 = text.rfind("\n", 0, start) + 1
        s1 = text.find("\n", start)
        s1 = len(text) if s1 < 0 else s1
        q = Quantity(kind, value, unit, rest[0] if rest else "exact")
        claims.append(Claim(f"c{n + 1}", aid, start, start + len(quote), quote, q, lang=aid[:2],
                            sentence=text[s0:s1], sentence_start=s0, sentence_end=s1,
                            sentence_index=text.count("\n", 0, start),
                            conversion_of=rest[1] if len(rest) > 1 else None))
    return articles, claims


PORT = {
    "es": "Huelga en el puerto de Valmar.\nLas pérdidas se estiman en 2.400 millones de euros.\n"
          "Unos 48.000 contenedores quedaron bloqueados en Valmar.\nLa huelga empezó el lunes 3 de marzo.\n"
          "Los exportadores perdieron 2.400 millones de euros en total.",
    "fr": "Grève au port de Valmar.\nLes pertes sont estimées à 2,4 milliards d'euros.\n"
          "Près de 48 000 conteneurs sont bloqués à Valmar.\nLa grève a commencé le lundi 3 mars.",
    "en": "Strike at the port of Valmar.\nLosses are estimated at €2.4bn.\n"
          "Some 84,000 containers are stranded at Valmar.\nThe strike began on March 3.",
}
PORT_CLAIMS = [
    ("es", "2.400 millones de euros", "money", 2.4e9, "EUR"),
    ("es", "48.000 contenedores", "count", 48000, "count", "about"),
    ("es", "lunes 3 de marzo", "date", "2025-03-03", "date"),
    ("es", "2.400 millones de euros", "money", 2.4e9, "EUR"),
    ("fr", "2,4 milliards d'euros", "money", 2.4e9, "EUR"),
    ("fr", "48 000 conteneurs", "count", 48000, "count", "about"),
    ("fr", "lundi 3 mars", "date", "2025-03-03", "date"),
    ("en", "€2.4bn", "money", 2.4e9, "EUR"),
    ("en", "84,000 containers", "count", 84000, "count"),
    ("en", "March 3", "date", "2025-03-03", "date"),
]


def _groups(facts):
    return {frozenset(f.claims) for f in facts}


def test_small_story_groups_each_fact_across_languages_and_flags_the_transposed_count():
    articles, claims = story(PORT, PORT_CLAIMS)
    facts = match_claims(claims, articles, FakeEncoder())
    groups = _groups(facts)
    assert frozenset({"c1", "c4", "c5", "c8"}) in groups  # headline-and-body repeat joins too
    assert frozenset({"c2", "c6", "c9"}) in groups
    assert frozenset({"c3", "c7", "c10"}) in groups
    assert [f.id for f in facts] == [f"f{i}" for i in range(1, len(facts) + 1)]
    assert sorted(c for f in facts for c in f.claims) == sorted(c.id for c in claims)
    conflicts, _ = compare_facts(facts, claims)
    assert {frozenset(c.claims) for c in conflicts} == {frozenset({"c9", "c2"}), frozenset({"c9", "c6"})}
    assert all(c.type == "value" and c.outlier == "en" for c in conflicts)


def test_two_claims_of_one_article_with_different_values_never_join_through_a_third():
    texts = {"es": "El puerto registró 100 barcos.\nAl año siguiente llegaron 200 barcos.",
             "fr": "Le port a accueilli 100 navires."}
    articles, claims = story(texts, [("es", "100 barcos", "count", 100, "count"),
                                      ("es", "200 barcos", "count", 200, "count"),
                                      ("fr", "100 navires", "count", 100, "count")])
    facts = match_claims(claims, articles, FakeEncoder())
    for f in facts:
        assert not {"c1", "c2"} <= set(f.claims)


def test_two_claims_from_one_sentence_never_join_unless_one_converts_the_other():
    texts = {"en": "Revenue was €2bn ($2.2bn) and profit €2bn.",
             "de": "Der Umsatz betrug 2 Milliarden Euro."}
    articles, claims = story(texts, [("en", "€2bn", "money", 2e9, "EUR"),
                                      ("en", "$2.2bn", "money", 2.2e9, "USD", "exact", "c1"),
                                      ("en", "€2bn", "money", 2e9, "EUR"),
                                      ("de", "2 Milliarden Euro", "money", 2e9, "EUR")])
    facts = match_claims(claims, articles, FakeEncoder())
    groups = [set(f.claims) for f in facts]
    assert any({"c1", "c2"} <= g for g in groups)  # the bracketed conversion is the same fact
    assert not any({"c1", "c3"} <= g for g in groups)  # revenue and profit in one sentence stay apart
    conflicts, consistent = compare_facts(facts, claims)
    assert conflicts == []
    assert any(set(c.claims) == {"c1", "c2"} and c.reason.startswith("conversion") for c in consistent)


@pytest.mark.parametrize("a,b,linked", [
    (("money", 2.4e9, "EUR"), ("money", 2.4e9, "EUR"), True),
    (("money", 2.4e9, "EUR"), ("money", 2.5e9, "EUR"), False),
    (("count", 2, "count"), ("count", 2, "count"), False),  # small counts recur for unrelated things
    (("date", "2025-03-03", "date"), ("date", "2025-03-03", "date"), True),
    (("date", "2019", "date"), ("date", "2019", "date"), False),
    (("money", 2.4e9, "EUR"), ("money", 2.4e9, "USD"), False),
])
def test_repeat_link_joins_only_the_same_figure_in_two_sentences_of_one_article(a, b, linked):
    qa, qb = Quantity(a[0], a[1], a[2]), Quantity(b[0], b[1], b[2])
    x = Claim("x", "es", 0, 1, "", qa, sentence_index=0)
    y = Claim("y", "es", 5, 6, "", qb, sentence_index=3)
    assert repeat_link(x, y) is linked
    assert repeat_link(x, Claim("z", "es", 5, 6, "", qb, sentence_index=0)) is False  # one sentence
    assert repeat_link(x, Claim("w", "fr", 5, 6, "", qb, sentence_index=3)) is False  # other article


@pytest.mark.parametrize("ka,ua,kb,ub,ok", [
    ("money", "EUR", "money", "USD", True), ("count", "count", "ratio", "ratio", True),
    ("measure", "GW", "measure", "GWh", True), ("measure", "km", "measure", "ha", False),
    ("date", "date", "count", "count", False), ("percent", "%", "count", "count", False),
])
def test_candidates_need_compatible_kind_and_unit(ka, ua, kb, ub, ok):
    a = Claim("a", "es", 0, 1, "", Quantity(ka, "2020" if ka == "date" else 1.0, ua))
    b = Claim("b", "fr", 0, 1, "", Quantity(kb, "2020" if kb == "date" else 1.0, ub))
    assert compatible_kinds(a, b) is ok


def test_features_see_value_agreement_powers_of_ten_and_shared_names():
    texts = {"es": "Microsoft invirtió 11 millones de dólares en OpenAI.",
             "fr": "Microsoft a investi 11 milliards de dollars dans OpenAI."}
    articles, claims = story(texts, [("es", "11 millones de dólares", "money", 11e6, "USD"),
                                      ("fr", "11 milliards de dollars", "money", 11e9, "USD")])
    ctx = build_context(claims, articles, FakeEncoder())
    f = pair_features(claims[0], claims[1], ctx)
    assert set(f) == set(FEATURES)
    assert f["value_equal"] == 0 and f["same_digits"] == 1 and f["pow10_dist"] < 0.01 and f["pow1000_dist"] < 0.01
    assert f["entity_jaccard"] == 1.0  # Microsoft, OpenAI in both
    assert f["top1_mutual"] == 1.0


@pytest.mark.parametrize("text,scope", [("revenue in the first nine months", "nine_months"),
                                        ("前三季度营收", "nine_months"), ("el trimestre", "quarter"),
                                        ("此前的纪录", "previous")])
def test_scope_words_are_found_per_language(text, scope):
    assert scope in scope_classes(text)


@pytest.mark.parametrize("text,lang,expected", [
    ("Microsoft invirtió en OpenAI.", "es", {"microsoft", "openai"}),
    ("微软向OpenAI投资10亿美元", "zh", {"openai"}),
    ("Las pérdidas de Valmar.", "es", {"valmar"}),
])
def test_entities_are_names_that_survive_translation(text, lang, expected):
    assert entities(text, lang) == expected


def test_installed_matcher_has_the_current_features():
    m = load_matcher()
    assert set(m.features) <= set(FEATURES)
    assert 0 < m.threshold < 1
    assert fallback_matcher().probability([dict.fromkeys(FEATURES, 0.0)]).shape == (1,)


def test_a_figure_contradicting_its_own_article_joins_the_fact_and_is_reported():
    texts = {"en": "Some 84,000 containers are stranded at the port of Valmar.\nDockworkers ended the strike.\n"
                   "Some 48,000 containers are stranded at the port of Valmar, officials said.",
             "us": "Some 48,000 containers are stranded at the port of Valmar, officials said."}
    articles, claims = story(texts, [("en", "84,000 containers", "count", 84000, "count"),
                                      ("en", "48,000 containers", "count", 48000, "count"),
                                      ("us", "48,000 containers", "count", 48000, "count")])
    facts = match_claims(claims, articles, FakeEncoder())
    assert any(set(f.claims) == {"c1", "c2", "c3"} for f in facts)
    conflicts, _ = compare_facts(facts, claims)
    assert {frozenset(c.claims) for c in conflicts} == {frozenset({"c1", "c2"}), frozenset({"c1", "c3"})}
    inside = next(c for c in conflicts if set(c.claims) == {"c1", "c2"})
    assert "same article" in inside.explanation


def test_a_weak_agreeing_link_does_not_chain_two_disagreeing_groups_into_one_fact():
    """"2023" agrees with both "1 May 2023" and "1 June 2023"; linking it weakly to both would report a conflict."""
    import numpy as np

    from claimcheck.match import Matcher

    texts = {"en": "It opened on 1 May 2023.", "de": "Es öffnete am 1. Mai 2023.", "it": "Aprì nel 2023.",
             "fr": "Il a ouvert le 1er juin 2023.", "es": "Abrió el 1 de junio de 2023."}
    articles, claims = story(texts, [("en", "1 May 2023", "date", "2023-05-01", "date"),
                                      ("de", "1. Mai 2023", "date", "2023-05-01", "date"),
                                      ("it", "2023", "date", "2023", "date"),
                                      ("fr", "1er juin 2023", "date", "2023-06-01", "date"),
                                      ("es", "1 de junio de 2023", "date", "2023-06-01", "date")])
    names = ["bias", "value_equal", "date_prefix"]
    # equal dates link surely (0.996), a year against a full date of that year weakly (0.62), others not (0.12)
    matcher = Matcher(names, np.array([0.0, 5.0, 2.5]), -2.0, np.zeros(3), np.ones(3), threshold=0.425,
                      conflict_threshold=0.865)
    facts = match_claims(claims, articles, FakeEncoder(), matcher)
    assert not any({"c1", "c4"} <= set(f.claims) for f in facts)
    assert compare_facts(facts, claims)[0] == []
    sure = Matcher(names, np.array([0.0, 5.0, 2.5]), -2.0, np.zeros(3), np.ones(3), threshold=0.425,
                   conflict_threshold=0.6)
    facts = match_claims(claims, articles, FakeEncoder(), sure)
    assert any({"c1", "c4"} <= set(f.claims) for f in facts)  # with evidence above the bar the conflict shows
