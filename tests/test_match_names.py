"""Story-shared names (round 4): a name counts only where two articles write it verbatim, and a link is
refused when the two claims' sentences name different subjects (``features.name_clash``). Value-blind."""
from claimcheck.embed import FakeEncoder
from claimcheck.features import build_context, name_clash, shared_names
from claimcheck.group import match_story

from test_match_grouping import story

ES = ("OpenAI y Microsoft firmaron un acuerdo en enero.\n"
      "Intel se retiró de invertir mil millones de dólares, dijo un portavoz de Intel.")
FR = ("Microsoft a investi 10 milliards de dollars dans OpenAI.\n"
      "Le siège de OpenAI est à San Francisco.")
DE = ("OpenAI und Microsoft unterzeichneten im Januar einen Vertrag.\n"
      "Das Unternehmen investierte 10 Milliarden Dollar.")
EN = ("Microsoft invested 10 billion dollars in OpenAI.\n"
      "The headquarters of OpenAI is in San Francisco.")


def test_shared_names_survive_translation_and_capitalised_nouns_do_not():
    articles, _ = story({"de": DE, "en": EN}, [])
    names = shared_names(articles)
    assert {"openai", "microsoft"} <= names["de"]
    assert not {"unternehmen", "vertrag", "januar", "das", "the"} & (names["de"] | names["en"])


def test_a_sentence_about_a_name_no_other_article_holds_is_not_linked_to_the_story_names():
    articles, claims = story({"es": ES, "fr": FR}, [("es", "mil millones de dólares", "money", 1e9, "USD"),
                                                    ("fr", "10 milliards de dollars", "money", 1e10, "USD")])
    ctx = build_context(claims, articles, FakeEncoder())
    assert ctx.private[0] == {"intel"} and ctx.names[1] >= {"openai", "microsoft"}
    assert name_clash(ctx, 0, 1) and name_clash(ctx, 1, 0)
    facts = match_story(claims, articles, FakeEncoder()).facts
    assert all(len(f.claims) == 1 for f in facts)


def test_german_common_nouns_are_no_names_of_their_own():
    articles, claims = story({"de": DE, "en": EN}, [("de", "10 Milliarden Dollar", "money", 1e10, "USD"),
                                                    ("en", "10 billion dollars", "money", 1e10, "USD")])
    ctx = build_context(claims, articles, FakeEncoder())
    assert not ctx.private[0]  # "Unternehmen", "Dollar": the language capitalises every noun
    assert not name_clash(ctx, 0, 1)


def test_sentences_sharing_a_name_do_not_clash():
    es = "Microsoft invirtió 10.000 millones de dólares en OpenAI, dijo Nadella.\nOpenAI tiene sede en San Francisco."
    fr = "Microsoft a investi 10 milliards de dollars dans OpenAI.\nNadella a parlé à San Francisco."
    articles, claims = story({"es": es, "fr": fr}, [("es", "10.000 millones de dólares", "money", 1e10, "USD"),
                                                    ("fr", "10 milliards de dollars", "money", 1e10, "USD")])
    ctx = build_context(claims, articles, FakeEncoder())
    assert not name_clash(ctx, 0, 1)


def test_one_story_name_against_a_name_of_its_own_is_enough_between_two_articles_of_one_language():
    """Two articles in one language are no translations of each other: a capitalised word only one of them
    writes is no translated word, so one shared name against it tells two subjects apart."""
    es_a = ("OpenAI y Microsoft firmaron un acuerdo en enero.\n"
            "Intel se retiró de invertir mil millones de dólares, dijo un portavoz de Intel.")
    es_b = "Microsoft ya puso 10.000 millones de dólares sobre la mesa para su socio.\nOpenAI tiene sede en San Francisco."
    fr_b = "Microsoft a investi 10 milliards de dollars dans l'entreprise.\nOpenAI a son siège à San Francisco."
    specs = [("a", "mil millones de dólares", "money", 1e9, "USD")]
    articles, claims = story({"a": es_a, "b": es_b}, specs + [("b", "10.000 millones de dólares", "money", 1e10, "USD")])
    for a in articles:
        a.lang = "es"
    for c in claims:
        c.lang = "es"
    ctx = build_context(claims, articles, FakeEncoder())
    assert ctx.private[0] == {"intel"} and ctx.names[1] == {"microsoft"}
    assert name_clash(ctx, 0, 1)
    articles, claims = story({"es": es_a, "fr": fr_b},
                             [("es", "mil millones de dólares", "money", 1e9, "USD"),
                              ("fr", "10 milliards de dollars", "money", 1e10, "USD")])
    ctx = build_context(claims, articles, FakeEncoder())
    assert ctx.private[0] == {"intel"} and ctx.names[1] == {"microsoft"}
    assert not name_clash(ctx, 0, 1)  # across languages a word of its own may be a translated one


def _written_apart(own: str, other: str):
    """Two articles in two languages whose figures' sentences run in no common order (written apart, not
    translated); the claim pair asked about is the first of each list."""
    pt = (f"A fábrica de Turim fecha após 30 anos.\nA Uilm convocou 2 dias de greve.\n{own}\n"
          "O governo promete 15 novos cursos.")
    it = (f"Il governo promette 15 corsi per Torino.\nLa Uilm ha indetto 2 giorni di sciopero.\n{other}\n"
          "La fabbrica di Torino chiude dopo 30 anni.")
    specs = [("pt", "40 milhões de euros", "money", 4e7, "EUR"), ("it", "60 milioni di euro", "money", 6e7, "EUR"),
             ("pt", "30 anos", "duration", 30, "year"), ("pt", "2 dias", "duration", 2, "day"),
             ("pt", "15 novos", "count", 15, "count"), ("it", "15 corsi", "count", 15, "count"),
             ("it", "2 giorni", "duration", 2, "day"), ("it", "30 anni", "duration", 30, "year")]
    articles, claims = story({"pt": pt, "it": it}, specs)
    return build_context(claims, articles, FakeEncoder())


def test_across_languages_one_story_name_is_enough_where_the_articles_were_written_apart():
    """Articles written apart carry over no words: a name only one of them writes ("Lisboa" where the other never
    names Lisbon) is a subject of its own, against a sentence naming a name the first article writes elsewhere
    ("Uilm")."""
    ctx = _written_apart("O investimento em Lisboa será de 40 milhões de euros.",
                         "La Uilm chiede 60 milioni di euro per Torino.")
    assert not next(iter(ctx.alignments.values())).monotone
    assert ctx.private[0] == {"lisboa"} and "uilm" in ctx.names[1]
    assert name_clash(ctx, 0, 1)


def test_a_name_the_other_article_spells_its_own_way_is_no_subject_of_its_own():
    """"Lisboa" against an article that writes "Lisbona": one city, two spellings, no clash."""
    ctx = _written_apart("O investimento em Lisboa será de 40 milhões de euros.",
                         "La Uilm chiede 60 milioni di euro, come a Lisbona, per Torino.")
    assert ctx.private[0] == {"lisboa"}
    assert not name_clash(ctx, 0, 1)


def test_a_capital_the_sentence_s_start_gives_is_no_name():
    """fr "Cela représente 1,6 km³": a word capitalised only where it opens a sentence is no private name where no
    other article writes French; one the story also capitalises inside a sentence ("selon Glamos") is."""
    from claimcheck.features import private_names
    from claimcheck.records import Article, Claim, Quantity

    fr = Article("fr", "fr.txt", "Les glaciers ont perdu 3,4 %. Cela représente 1,6 km³ selon Glamos. Glamos publie.",
                 lang="fr")
    it = Article("it", "it.txt", "I ghiacciai hanno perso il 3,4%, pari a 1,6 chilometri cubi.", lang="it")
    start = fr.text.index("Cela")
    sentence = fr.text[start:fr.text.index(". Glamos") + 1]
    claim = Claim("fr:2", "fr", fr.text.index("1,6"), fr.text.index("1,6") + 7, "1,6 km³", Quantity("measure", 1.6, "km3"),
                  lang="fr", sentence=sentence, sentence_start=start, sentence_index=1)
    assert private_names([claim], [fr, it]) == [frozenset({"glamos"})]
    # beside another French article the story's lower-case words show which words are common: an opening capital
    # is read as any other capital
    other = Article("fr2", "fr2.txt", "Les glaciers fondent. Le volume perdu atteint 1,6 km³.", lang="fr")
    assert private_names([claim], [fr, it, other]) == [frozenset({"glamos", "cela"})]
