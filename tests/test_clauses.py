"""Which names a figure's clause gives its holder (``clauses.own_names``), and when two names are one
(``clauses.same_name``): what tells a version that swapped two figures from a pairing that crossed them."""
from __future__ import annotations

import pytest

from claimcheck.clauses import names_pair, own_names, same_name
from claimcheck.extract import extract_text


def _figures(text: str, lang: str):
    claims = extract_text(text, lang, reference_year=2025)
    assert len(claims) == 2, [c.text for c in claims]
    return claims


@pytest.mark.parametrize("text,lang,first,second", [
    # the name after a figure is that figure's, though the next figure stands nearer it past "und"
    ("Davon entfielen 7,1 Millionen auf die Balearen und 5,3 Millionen auf die Kanaren.", "de", "balearen", "kanaren"),
    ("Of these, 7.1 million went to the Balearics and 5.3 million to the Canaries.", "en", "balearics", "canaries"),
    # a name before its figure: the word before the next figure joins that one
    ("до 43,6 градуса в Марселе и 41,2 градуса в Авиньоне", "ru", "марселе", "авиньоне"),
])
def test_each_figure_keeps_its_own_name(text, lang, first, second):
    a, b = _figures(text, lang)
    assert first in own_names(a, [b]) and second not in own_names(a, [b])
    assert second in own_names(b, [a]) and first not in own_names(b, [a])


@pytest.mark.parametrize("u,v,same", [
    ("malaysia", "malaysian", True),       # one stem
    ("marseille", "марселе", True),        # two scripts, three consonants
    ("dodekanes", "dodecanese", True),     # two Latin spellings, four consonants
    ("portugal", "paraty", False),         # three Latin consonants alone tie nothing
    ("madrid", "murdoch", False),
])
def test_names_written_alike(u, v, same):
    assert same_name({u}, {v}) is same


@pytest.mark.parametrize("en,es,pair", [
    # a holder set off by commas before its figure: the names before the figure, back to the first figure's clause
    # (True: the names pair the first figure of each; False: the first of one with the second of the other)
    ("The Norte terminal of Rivas Grain shipped 700,000 tonnes, while the Sur terminal of Delta Agro loaded 1.2 million "
     "tonnes.", "La terminal Norte, de Rivas Grain, embarcó 1,2 millones de toneladas, y la terminal Sur, de Delta Agro, "
     "700.000 toneladas.", True),
    ("The Norte terminal of Rivas Grain shipped 700,000 tonnes, while the Sur terminal of Delta Agro loaded 1.2 million "
     "tonnes.", "La terminal Sur, de Delta Agro, embarcó 700.000 toneladas, y la terminal Norte, de Rivas Grain, "
     "1,2 millones de toneladas.", False),
    # what follows the first figure in its own clause is its own: nothing tells the second figure's holder
    ("Last winter, flu put 4,300 older Danes in hospital, and 310 of them died.",
     "El invierno pasado, la gripe llevó al hospital a 310 daneses mayores, y 4.300 de ellos murieron.", None),
])
def test_names_tell_which_figure_pairs_with_which(en, es, pair):
    a, a2 = _figures(en, "en")
    b, b2 = _figures(es, "es")
    assert names_pair(a, a2, b, b2) is pair


def test_a_latin_name_inside_unspaced_text_is_a_name_of_its_own():
    """"6艘…LNG运输船": the acronym ends where the Han text goes on, so the clause names "LNG"."""
    from claimcheck.clauses import clause_names
    a, b = _figures("船厂承接了5艘LNG运输船和9艘集装箱船。", "zh")
    assert "lng" in clause_names(a)
    assert "lng" in own_names(a, [b]) and not own_names(b, [a])


@pytest.mark.parametrize("zh,pair", [
    ("船厂承接了5艘LNG运输船和9艘集装箱船。", True),
    ("船厂承接了9艘集装箱船和5艘LNG运输船。", False),
])
def test_a_name_one_figure_of_each_pair_gives_ties_the_pairing_for_the_comparison(zh, pair):
    """One figure's clause names "LNG" in both versions, the other's nothing: asked by the comparison (``one_side``),
    the name ties the pairing (the version swapped the figures, no pairing crossed); grouping does not ask it."""
    a, a2 = _figures("The yard won orders for five LNG carriers and nine container ships.", "en")
    b, b2 = _figures(zh, "zh")
    assert names_pair(a, a2, b, b2, one_side=True) is pair
    assert names_pair(a, a2, b, b2) is None


def test_a_sentences_subject_before_its_first_figure_ties_no_pairing():
    """"Lumensia drew 198,000 spectators to three concerts" against "ルメンシア（LUMENSIA）が…3回の公演に…19万8000人":
    the band's name stands before the first figure of each, far from it: it names the sentence's subject, no figure's
    holder, so it does not tie the 198,000 to the three."""
    a, a2 = _figures("The boy band Lumensia drew a total of 198,000 spectators to three solo concerts.", "en")
    b, b2 = _figures("ボーイズグループのルメンシア（LUMENSIA）がソウルの競技場で開いた3回の単独公演に、計19万8000人が集まった。", "ja")
    assert names_pair(a, a2, b2, b, one_side=True) is None
    # nor a name that opens the sentence, however near its figure
    a, a2 = _figures("ZEPHRA draws 150,000 fans to five-night Tokyo dome run", "en")
    b, b2 = _figures("ZEPHRA东京五场巨蛋演唱会吸引15万人次", "zh")
    assert names_pair(a, a2, b2, b, one_side=True) is None
