"""German: "." groups thousands, Mrd./Mio. abbreviations, "Milliarde" = 1e9, "Billion" = 1e12, dates "4. März"."""
import pytest

from extract_helpers import assert_quantity

LANG = "de"


def test_von_ratio(only_claim):
    c = only_claim("Es stimmten 150 von 200 Delegierten zu.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 150, 200)


def test_rund_marks_a_conversion(claims_of):
    a, b = claims_of("Der Auftrag über 9 Milliarden Euro, rund 10 Milliarden Dollar, ging an eine Werft.", LANG)
    assert b.conversion_of == a.id and b.qualifier == "about"


def test_german_capitalised_noun_before_number_is_no_model_name(only_claim):
    assert only_claim("Die Stadt meldete Schäden an Häusern 36 Tage lang.", LANG).value == 36


def test_bis_before_a_year_is_a_date_not_up_to(only_claim):
    c = only_claim("Bis 2030 sinkt der Verbrauch.", LANG)
    assert (c.kind, c.value, c.quantity.qualifier) == ("date", "2030", "exact")
