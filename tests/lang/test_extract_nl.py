"""Dutch: miljoen/miljard, long-scale biljoen = 1e12, 'ruim', 'bijna', 'ongeveer', 'meer dan', 'tot'."""
import pytest

from extract_helpers import assert_quantity

LANG = "nl"

CLAIMS = [
    ('Het project kost ruim 2,5 miljard euro.', 'money', 2500000000.0, 'EUR', 'more_than'),
    ('De staatsschuld bedraagt 1 biljoen euro.', 'money', 1000000000000.0, 'EUR', 'exact'),
    ('Bijna 300 mensen werden geëvacueerd.', 'count', 300, 'count', 'about'),
    ('Ongeveer 1.500 banen verdwijnen.', 'count', 1500, 'count', 'about'),
    ('De steun steeg tot meer dan 40 procent.', 'percent', 40, '%', 'more_than'),
    ('De boete kan oplopen tot 5 miljoen euro.', 'money', 5000000.0, 'EUR', 'up_to'),
    ('De staking duurde negen dagen.', 'duration', 9, 'day', 'exact'),
]

DATES = [
    ('Het akkoord werd op 3 maart 2025 getekend.', '2025-03-03'),
]

NOT_CLAIMS = ['Duizenden mensen gingen de straat op.', 'Hij kocht een auto.']


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_dutch_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_dutch_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_dutch_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []
