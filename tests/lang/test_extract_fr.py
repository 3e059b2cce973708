"""French: space / NBSP / narrow NBSP group thousands, "milliard" = 1e9, elided "d'euros", "soit" conversions."""
import pytest

from extract_helpers import assert_quantity

LANG = "fr"


@pytest.mark.parametrize("text", ["Il a réalisé 1 XNUMX milliards de transactions.", "Soit XNUMX millions de passagers.",
                                  "Un total de 4\ufffd000 euros."])
def test_garbled_placeholder_is_flagged_never_read(only_claim, text):
    q = only_claim(text, LANG).quantity
    assert (q.garbled, q.qualifier, q.value) == (True, "garbled", None)


def test_ratio_sur(only_claim):
    c = only_claim("Au total, 700 sur 770 salariés ont signé.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 700, 770)


def test_soit_marks_a_conversion(claims_of):
    a, b = claims_of("Le contrat vaut 2 milliards d'euros, soit 2,2 milliards de dollars.", LANG)
    assert (a.unit, b.unit, b.conversion_of) == ("EUR", "USD", a.id)


def test_weekday_picks_the_year(claims_of):
    (c,) = claims_of("La grève a commencé le lundi 3 mars.", LANG)
    assert c.value == "2025-03-03"


def test_bare_scaled_figure_gets_no_currency_it_never_wrote(claims_of):
    claims = claims_of("Le budget atteint 3 milliards d'euros. La dette atteint 2,2 milliards.", LANG)
    assert [(c.value, c.unit) for c in claims] == [(3e9, "EUR"), (2.2e9, "count")]


def test_enumeration_in_one_sentence_shares_the_currency(claims_of):
    claims = claims_of("Le plan coûte 4 milliards d'euros, dont 2,2 milliards pour le rail.", LANG)
    assert [(c.value, c.unit) for c in claims] == [(4e9, "EUR"), (2.2e9, "EUR")]


def test_bracketed_conversion_lends_no_currency_to_a_figure_outside_it(claims_of):
    claims = claims_of("Il atteint 3,1 milliards d'euros (3,6 milliards de dollars), contre 2,2 milliards au départ.", LANG)
    assert [(c.value, c.unit) for c in claims] == [(3.1e9, "EUR"), (3.6e9, "USD"), (2.2e9, "EUR")]


def test_l_equivalent_de_marks_a_conversion(claims_of):
    a, b = claims_of("La rénovation coûte 90 millions de dollars, l'équivalent de 83 millions d'euros.", LANG)
    assert (a.unit, b.unit, b.conversion_of) == ("USD", "EUR", a.id)
