"""Hindi: Devanagari digits, लाख = 1e5, करोड़ = 1e7, अरब = 1e9, रुपये/₹ → INR, 'लगभग', 'से अधिक'."""
import pytest

from extract_helpers import assert_quantity

LANG = "hi"

CLAIMS = [
    ('सरकार ने ₹५०० करोड़ का निवेश किया।', 'money', 5000000000.0, 'INR', 'exact'),
    ('उन्हें 3 लाख रुपये मिले।', 'money', 300000.0, 'INR', 'exact'),
    ('कंपनी ने २ अरब डॉलर जुटाए।', 'money', 2000000000.0, 'USD', 'exact'),
    ('लगभग 40 प्रतिशत लोगों ने मतदान किया।', 'percent', 40, '%', 'about'),
    ('500 से अधिक लोग घायल हुए।', 'count', 500, 'count', 'more_than'),
    ('१,२५० लोग बचाए गए।', 'count', 1250, 'count', 'exact'),
]

DATES = [
    ('समझौते पर 3 मार्च 2025 को हस्ताक्षर हुए।', '2025-03-03'),
]

NOT_CLAIMS = ['हज़ारों लोग सड़कों पर उतरे।']


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_hindi_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_hindi_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_hindi_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []
