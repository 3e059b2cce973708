"""German: "." groups thousands, Mrd./Mio. abbreviations, "Milliarde" = 1e9, "Billion" = 1e12, dates "4. März"."""
import pytest

from extract_helpers import assert_quantity

LANG = "de"

CLAIMS = [
    ("Wellen von 20 Fuß trafen die Küste.", "measure", 20, "ft", "exact"),
    ("Der Sturm zieht mit 136 Kilometern pro Stunde.", "measure", 136, "km/h", "exact"),
    ("Es fallen bis zu 15 Zentimetern Regen.", "measure", 15, "cm", "up_to"),
    ("Man erwartet Mehreinnahmen von bis 120 Millionen Pfund.", "money", 1.2e8, "GBP", "up_to"),
    ("Michael Vann, 72, sagte, er sei stolz.", "duration", 72, "year", "exact"),
    ("Der Bund plant Ausgaben von 512 Milliarden Euro.", "money", 5.12e11, "EUR", "exact"),
    ("Die Schulden liegen bei 2,5 Billionen Euro.", "money", 2.5e12, "EUR", "exact"),
    ("Der Umsatz stieg auf 3,5 Mio. €.", "money", 3.5e6, "EUR", "exact"),
    ("Die Förderung beträgt 1,2 Mrd. Euro.", "money", 1.2e9, "EUR", "exact"),
    ("Das Werk kostet 4,6 Milliarden Dollar.", "money", 4.6e9, "USD", "exact"),
    ("Rund 48.000 Container stecken fest.", "count", 48000, "count", "about"),
    ("Mehr als 600 Haushalte sind ohne Strom.", "count", 600, "count", "more_than"),
    ("Bis zu 1.500 Stellen fallen weg.", "count", 1500, "count", "up_to"),
    ("Mindestens 14 Menschen starben.", "count", 14, "count", "at_least"),
    ("Das Defizit darf höchstens 0,35 Prozent betragen.", "percent", 0.35, "%", "at_most"),
    ("Die Preise stiegen um 2,1 Prozentpunkte.", "percent", 2.1, "pp", "exact"),
    ("Die Gewerkschaft fordert 7,5 Prozent mehr Lohn.", "percent", 7.5, "%", "exact"),
    ("Der Streik dauerte neun Tage.", "duration", 9, "day", "exact"),
    ("Die Fläche beträgt 124 Quadratkilometer.", "measure", 124, "km2", "exact"),
    ("Das Gelände umfasst 110 Hektar.", "measure", 110, "ha", "exact"),
    ("Die Fabrik soll 40 Gigawattstunden liefern.", "measure", 40, "GWh", "exact"),
    ("Zwei Menschen kamen ums Leben.", "count", 2, "count", "exact"),
    ("Etwa 2100 Feuerwehrleute waren im Einsatz.", "count", 2100, "count", "about"),
]

DATES = [
    ("Der Streik begann am Dienstag, 4. März.", "2025-03-04"),
    ("Das Gesetz gilt seit dem 1. Januar 2024.", "2024-01-01"),
    ("Die Wahl war am 23.02.2025.", "2025-02-23"),
    ("Die Brücke wurde 1972 eröffnet.", "1972"),
]

NOT_CLAIMS = [
    "Aguero traf in der 65. Minute.",
    "Der 50. Jahrestag naht.",
    "Der Laden ist bis 18 Uhr offen.",
    "Er kaufte ein Auto.",
    "Die beiden Firmen fusionieren.",
    "Der Airbus A350 startete pünktlich.",
    "Das ist eine gute Nachricht.",
]


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_german_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_german_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_german_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []


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
