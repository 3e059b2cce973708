"""Polish: inflected milion/miliard/tysiąc, zł, 'ponad', 'około', 'prawie', 'do'."""
import pytest

from extract_helpers import assert_quantity

LANG = "pl"

CLAIMS = [
    ('Firma zainwestuje ponad 2,5 mld zł w nową fabrykę.', 'money', 2500000000.0, 'PLN', 'more_than'),
    ('Pomoc trafi do 3 milionów osób.', 'count', 3000000.0, 'count', 'up_to'),
    ('Rząd przekazał pomoc 3 milionom rodzin.', 'count', 3000000.0, 'count', 'exact'),
    ('Koszt wyniesie około 450 mln złotych.', 'money', 450000000.0, 'PLN', 'about'),
    ('Poparcie wynosi prawie 40 procent.', 'percent', 40, '%', 'about'),
    ('Strajk trwał dziewięć dni.', 'duration', 9, 'day', 'exact'),
    ('Pożar strawił 6 800 hektarów lasu.', 'measure', 6800, 'ha', 'exact'),
    ('Budżet wynosi 1,2 miliarda euro.', 'money', 1200000000.0, 'EUR', 'exact'),
]

DATES = [
    ('Umowę podpisano 3 marca 2025 r.', '2025-03-03'),
    ('Wybory odbyły się 23.02.2025.', '2025-02-23'),
]

NOT_CLAIMS = ['Tysiące osób wyszły na ulice.', 'Kupił samochód.']


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_polish_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_polish_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_polish_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []
