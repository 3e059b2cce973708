"""Figures of two countries are two facts: the countries a figure's clause names, read with CLDR's names
(``clauses.countries_in``), keep a link from forming (``features.place_clash``), whatever the figures say."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from claimcheck.clauses import clause_countries, countries_in
from claimcheck.extract import extract_text
from claimcheck.features import place_clash


@pytest.mark.parametrize("text,lang,codes", [
    ("Die Dürre traf Spanien und Portugal.", "de", {"ES", "PT"}),
    ("Засуха охватила юг Испании.", "ru", {"ES"}),  # an inflected form, read by its stem
    ("Le Royaume-Uni et les États-Unis ont signé.", "fr", {"GB", "US"}),
    ("Los Estados Unidos enviaron ayuda.", "es", {"US"}),
    ("日本和韩国签署了协议。", "zh", {"JP", "KR"}),
    ("وصلت المساعدات إلى إيران وبالعراق أيضا", "ar", {"IR"}),
    ("وقعت مصر والأردن اتفاقا", "ar", {"EG", "JO"}),  # a proclitic glued to a name (``name_proclitic``)
    ("대한민국의 수출은 일본에서 늘었다", "ko", {"KR", "JP"}),  # particles glued after names (``name_ending``)
    ("مصرف برق استان بالا رفت", "fa", set()),  # "مصرف" (use) holds "مصر" (Egypt): a name is a whole word
    ("Francesco ha visitato la fabbrica.", "it", set()),
    ("He returned to the UK after 27 months in a Vietnamese prison.", "en", {"GB", "VN"}),  # an abbreviation
    ("Let us see what the U.S. says.", "en", {"US"}),  # "us" stays a pronoun
    ("La oferta fue de US$1.240 millones.", "es", set()),  # a currency's sign names no country
    ("首映於韓國時間晚間7時舉行", "zh", {"KR"}),  # the Hong Kong and Taiwan press's name, CLDR's is "南韓" (supplement)
    ("جلسہ شام 6 بجے شروع ہوا", "ur", set()),  # ur "شام" is the evening before it is Syria (``cldr_exclude``)
])
def test_countries_named(text, lang, codes):
    assert countries_in(text, lang) == frozenset(codes)


def _claim(text: str, lang: str, which: int = 0):
    return extract_text(text, lang, reference_year=2025)[which]


def _ctx(*claims):
    return SimpleNamespace(claims=list(claims), places=[clause_countries(c) for c in claims],
                           sentence_places=[countries_in(c.sentence or c.text, c.lang) for c in claims])


def test_same_measure_of_two_countries_is_two_facts():
    es = _claim("Los incendios han arrasado 120.000 hectáreas en Grecia, según el servicio europeo.", "es")
    it = _claim("In Turchia sono bruciati 120.000 ettari dall'inizio dell'estate.", "it")
    assert place_clash(_ctx(es, it), 0, 1)


def test_one_country_in_both_is_no_clash():
    es = _claim("Los incendios han arrasado 120.000 hectáreas en Grecia.", "es")
    it = _claim("In Grecia sono bruciati 95.000 ettari.", "it")
    assert not place_clash(_ctx(es, it), 0, 1)


def test_a_list_of_countries_in_the_other_sentence_is_no_clash():
    # the clause of "42 millió" names Hungary only, but the Romanian sentence names it too
    hu = _claim("A Bizottság 42 millió eurót különített el Magyarország, Románia és Bulgária számára.", "hu")
    ro = _claim("Comisia a alocat 42 de milioane de euro pentru România, Bulgaria și Ungaria.", "ro")
    assert not place_clash(_ctx(hu, ro), 0, 1)


def test_a_figure_whose_clause_names_no_country_is_no_clash():
    es = _claim("El Gobierno aprobó ayudas por 50 millones de euros.", "es")
    it = _claim("In Turchia il governo ha stanziato 40 milioni di euro.", "it")
    assert not place_clash(_ctx(es, it), 0, 1)


def test_clocks_are_left_to_their_zones():
    de = _claim("Die Konferenz beginnt um 14 Uhr Schweizer Zeit (9 Uhr in den USA).", "de", 1)
    fr = _claim("La conférence commence à 9 h aux États-Unis.", "fr")
    assert de.kind == "date" and not place_clash(_ctx(de, fr), 0, 1)
