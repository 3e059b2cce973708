"""Czech: inflected milion/miliarda/tisíc, Kč, 'více než', 'přibližně', 'téměř', 'až'."""
import pytest

from extract_helpers import assert_quantity

LANG = "cs"

CLAIMS = [
    ('Firma investuje více než 2,5 miliardy Kč.', 'money', 2500000000.0, 'CZK', 'more_than'),
    ('Přibližně 300 lidí bylo evakuováno.', 'count', 300, 'count', 'about'),
    ('Pokuta může dosáhnout až 5 milionů korun.', 'money', 5000000.0, 'CZK', 'up_to'),
    ('Podpora stoupla na téměř 40 procent.', 'percent', 40, '%', 'about'),
    ('Stávka trvala devět dní.', 'duration', 9, 'day', 'exact'),
    ('Rozpočet činí 1,2 miliardy eur.', 'money', 1200000000.0, 'EUR', 'exact'),
    ('Vítr dosahoval 120 km/h.', 'measure', 120, 'km/h', 'exact'),
]

DATES = [
    ('Dohoda byla podepsána 3. března 2025.', '2025-03-03'),
]

NOT_CLAIMS = ['Tisíce lidí vyšly do ulic.', 'Koupil auto.']


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_czech_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_czech_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_czech_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []
