"""Spanish: long scale (mil millones = 1e9, billón = 1e12), "." groups thousands, "," is the decimal."""
import pytest

from extract_helpers import assert_quantity

LANG = "es"


def test_point_grouped_thousands_are_flagged_ambiguous(only_claim):
    q = only_claim("Llegaron 2.810 visitantes.", LANG).quantity
    assert q.value == 2810 and q.ambiguous


def test_point_with_two_decimals_is_a_decimal_not_thousands(only_claim):
    q = only_claim("El índice marcó 2.81 puntos.", LANG).quantity
    assert q.value == pytest.approx(2.81) and not q.ambiguous


def test_scale_word_is_recorded(only_claim):
    q = only_claim("Invirtió 13.000 millones de dólares.", LANG).quantity
    assert q.value == pytest.approx(1.3e10) and q.scale == 1e6


def test_ratio_de_los(only_claim):
    c = only_claim("Ganaron 185 de los 212 escaños.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 185, 212)


def test_range_is_annotated_as_upper_bound(only_claim):
    q = only_claim("Se perderán entre 1.200 y 1.500 empleos.", LANG).quantity
    assert (q.value, q.qualifier, q.low, q.high) == (1500, "up_to", 1200, 1500)


def test_bare_scaled_figure_takes_currency_of_previous_amount(claims_of):
    claims = claims_of("El traspaso costó 60 millones de euros. Los 60 millones se pagarán en dos plazos.", LANG)
    assert [c.unit for c in claims if c.value == 6e7] == ["EUR", "EUR"]


def test_a_headline_figure_takes_the_currency_the_body_gives_the_same_figure_however_far(claims_of):
    body = "La temporada empezó con lluvias y hoteles llenos en la costa. " * 30
    claims = claims_of(f"El turismo pierde 3.700 millones\n\n{body}Las pérdidas suman 3.700 millones de euros.", LANG)
    assert [c.unit for c in claims if c.value == 3.7e9] == ["EUR", "EUR"]


def test_subject_names_the_counted_noun(only_claim):
    assert "contenedores" in only_claim("Quedaron 5.000 contenedores en el muelle.", LANG).subject


def test_range_entre_el_y_el(only_claim):
    q = only_claim("Afecta a entre el 10 y el 15 % de la plantilla.", LANG).quantity
    assert (q.kind, q.value, q.low, q.high, q.qualifier) == ("percent", 15, 10, 15, "up_to")


def test_dateline_abbreviated_month(claims_of):
    (c,) = claims_of("MADRID, 12 ene (EFE).- El Gobierno se reunió.", LANG)
    assert c.value == "2025-01-12"


def test_unit_written_once_applies_to_the_whole_enumeration(claims_of):
    claims = claims_of("Tres hombres, de 33, 34 y 39 años, fueron detenidos.", LANG)
    assert [(c.value, c.unit) for c in claims] == [(3, "count"), (33, "year"), (34, "year"), (39, "year")]


def test_point_followed_by_three_zeros_is_grouping_without_doubt(only_claim):
    q = only_claim("Invirtió 13.000 millones de dólares.", LANG).quantity
    assert q.value == 13e9 and not q.ambiguous


def test_auxiliary_ha_after_a_year_is_no_hectare(only_claim):
    assert only_claim("En 2020 ha aumentado el paro.", LANG).kind == "date"
