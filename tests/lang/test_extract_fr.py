"""French: space / NBSP / narrow NBSP group thousands, "milliard" = 1e9, elided "d'euros", "soit" conversions."""
import pytest

from extract_helpers import assert_quantity

LANG = "fr"

CLAIMS = [
    ("Des vagues de 18 pieds ont frappé.", "measure", 18, "ft", "exact"),
    ("Six autres millions de personnes ont besoin d'aide.", "count", 6e6, "count", "exact"),
    ("Deux nouveaux milliards d'euros seront versés.", "money", 2e9, "EUR", "exact"),
    ("Un séisme d'une magnitude de 7,5 a frappé.", "other", 7.5, "magnitude", "exact"),
    ("Le projet coûtera 2,4 milliards d'euros.", "money", 2.4e9, "EUR", "exact"),
    ("Un prêt de 350 millions de dollars.", "money", 3.5e8, "USD", "exact"),
    ("Les pertes atteignent 12\u00a0500 euros par foyer.", "money", 12500, "EUR", "exact"),
    ("Le budget est de 1\u202f200 millions d'euros.", "money", 1.2e9, "EUR", "exact"),
    ("Plus de 3 000 habitants ont été évacués.", "count", 3000, "count", "more_than"),
    ("Près de 48 000 conteneurs attendent.", "count", 48000, "count", "about"),
    ("Moins de 10 milliards d'euros seront empruntés.", "money", 1e10, "EUR", "less_than"),
    ("Au moins 6 blessés sont signalés.", "count", 6, "count", "at_least"),
    ("Jusqu'à 2 500 emplois sont menacés.", "count", 2500, "count", "up_to"),
    ("Environ 40 navires patientent au large.", "count", 40, "count", "about"),
    ("La hausse atteint 7,5 pour cent.", "percent", 7.5, "%", "exact"),
    ("Le chômage recule de 0,3 point de pourcentage.", "percent", 0.3, "pp", "exact"),
    ("Les Verts obtiennent 18,2 % des voix.", "percent", 18.2, "%", "exact"),
    ("La grève a duré neuf jours.", "duration", 9, "day", "exact"),
    ("Un contrat de trois ans a été signé.", "duration", 3, "year", "exact"),
    ("Le feu a parcouru 6 800 hectares.", "measure", 6800, "ha", "exact"),
    ("Des rafales à 200 km/h ont été mesurées.", "measure", 200, "km/h", "exact"),
    ("L'usine produira 40 GWh par an.", "measure", 40, "GWh", "exact"),
    ("Deux morts sont à déplorer.", "count", 2, "count", "exact"),
]

DATES = [
    ("Le vote aura lieu le samedi 29 novembre.", "2025-11-29"),
    ("L'accord date du 1er janvier 2020.", "2020-01-01"),
    ("Les travaux débutent en mars 2026.", "2026-03"),
    ("La marque est née en 1952.", "1952"),
]

NOT_CLAIMS = [
    "Ils fêtent le 50 anniversaire de la ville.",
    "Il a acheté une voiture.",
    "C'est un des plus grands ports.",
    "Les deux marques seront conservées.",
    "Le Rafale F4 a volé.",
    "Il est arrivé 2e de la course.",
]


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_french_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_french_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_french_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []


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
