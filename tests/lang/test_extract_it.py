"""Italian: "miliardi" = 1e9, "." groups thousands, "per cento", "su" ratios, "una decina" is about 10."""
import pytest

from extract_helpers import assert_quantity

LANG = "it"

CLAIMS = [
    ("Onde alte 18 piedi hanno colpito.", "measure", 18, "ft", "exact"),
    ("Il fuoco ha bruciato 300 ha di bosco.", "measure", 300, "ha", "exact"),
    ("L'investimento è di 4,6 miliardi di euro.", "money", 4.6e9, "EUR", "exact"),
    ("Il prestito vale 350 milioni di dollari.", "money", 3.5e8, "USD", "exact"),
    ("Oltre 3.000 posti di lavoro sono a rischio.", "count", 3000, "count", "more_than"),
    ("Fino a 1.500 esuberi sono previsti.", "count", 1500, "count", "up_to"),
    ("Almeno 9 persone sono morte.", "count", 9, "count", "at_least"),
    ("L'inflazione è salita al 2,7 per cento.", "percent", 2.7, "%", "exact"),
    ("Lo sciopero è durato nove giorni.", "duration", 9, "day", "exact"),
    ("Raffiche di 150 chilometri orari.", "measure", 150, "km/h", "exact"),
    ("Il fuoco ha distrutto 800 ettari.", "measure", 800, "ha", "exact"),
    ("Una decina di navi attendono.", "count", 10, "count", "about"),
]

DATES = [
    ("Lo sciopero è iniziato lunedì 3 marzo.", "2025-03-03"),
    ("La legge è entrata in vigore il 1 gennaio 2024.", "2024-01-01"),
]

NOT_CLAIMS = ["Entrava alle ore 4.40 di giovedì.", "Ha comprato una macchina.", "Le due aziende si fonderanno."]


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_italian_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_italian_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_italian_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []


def test_ratio_su(only_claim):
    c = only_claim("Hanno firmato 700 su 770 dipendenti.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 700, 770)


@pytest.mark.parametrize("text", ["Il bilancio del 2027 ha concesso fondi.", "Nel 2020 ha già vinto."])
def test_auxiliary_ha_after_a_year_is_no_hectare(only_claim, text):
    assert only_claim(text, LANG).kind == "date"


def test_range_tra_il_e_il_keeps_both_ends(only_claim):
    q = only_claim("Voterà tra il 30 e il 43% degli elettori.", LANG).quantity
    assert (q.kind, q.low, q.value, q.qualifier) == ("percent", 30, 43, "up_to")
