"""Spanish: long scale (mil millones = 1e9, billón = 1e12), "." groups thousands, "," is the decimal."""
import pytest

from extract_helpers import assert_quantity

LANG = "es"

CLAIMS = [
    ("Olas de 18 pies golpearon la costa.", "measure", 18, "ft", "exact"),
    ("Ardieron 300 ha de bosque.", "measure", 300, "ha", "exact"),
    ("Pagó 300 rupias indias.", "money", 300, "INR", "exact"),
    # (sentence, kind, value, unit, qualifier)
    ("La fábrica costó 3.500 millones de euros.", "money", 3.5e9, "EUR", "exact"),
    ("El fondo reunió 7 mil millones de dólares.", "money", 7e9, "USD", "exact"),
    ("La deuda pública supera los 1,2 billones de euros según el informe.", "money", 1.2e12, "EUR", "exact"),
    ("El club pagó 45 millones de euros por el delantero.", "money", 4.5e7, "EUR", "exact"),
    ("Las ventas alcanzaron 950.000 dólares en marzo.", "money", 9.5e5, "USD", "exact"),
    ("Más de 3.200 vecinos fueron desalojados.", "count", 3200, "count", "more_than"),
    ("Unos 800 agricultores cortaron la carretera.", "count", 800, "count", "about"),
    ("Al menos 12 personas resultaron heridas.", "count", 12, "count", "at_least"),
    ("La subvención será de hasta 40 millones de euros.", "money", 4e7, "EUR", "up_to"),
    ("Menos de 5 dólares por unidad.", "money", 5, "USD", "less_than"),
    ("La inflación subió un 3,4% en octubre.", "percent", 3.4, "%", "exact"),
    ("El paro bajó 1,5 puntos porcentuales.", "percent", 1.5, "pp", "exact"),
    ("Un 62 por ciento de los encuestados.", "percent", 62, "%", "exact"),
    ("La huelga duró once días.", "duration", 11, "day", "exact"),
    ("Firmó un contrato por cuatro temporadas.", "duration", 4, "year", "exact"),
    ("El incendio arrasó 2.300 hectáreas de pinar.", "measure", 2300, "ha", "exact"),
    ("Vientos de 180 km/h azotaron la costa.", "measure", 180, "km/h", "exact"),
    ("Rachas de 95 millas por hora.", "measure", 95, "mph", "exact"),
    ("Tenía 31 años cuando fichó.", "duration", 31, "year", "exact"),
    ("Cayeron lluvias de hasta 250 mm en la sierra.", "measure", 250, "mm", "up_to"),
    ("Era una tormenta de categoría 3 al tocar tierra.", "other", 3, "category", "exact"),
    ("El ensayo de fase 2 terminó.", "other", 2, "phase", "exact"),
    ("Dos policías resultaron heridos.", "count", 2, "count", "exact"),
]

DATES = [
    ("La votación será el martes 14 de octubre.", "2025-10-14"),
    ("El acuerdo se firmó el 2 de febrero de 2021.", "2021-02-02"),
    ("Las obras empezaron en julio de 2019.", "2019-07"),
    ("El puerto abrió en 1998.", "1998"),
]

NOT_CLAIMS = [
    "El gol llegó en el minuto 29.",
    "Celebra su 50 aniversario.",
    "Compró un coche y una casa.",
    "Es uno de los mejores jugadores.",
    "El avión A320 aterrizó sin problemas.",
    "La versión GPT-4 llegó después.",
    "Quedó en el 3.º puesto.",
    "Los dos equipos empataron.",
    "El Real Madrid ganó 3-1 al Betis.",
    "Lo prevé el artículo 135 de la Constitución.",
]


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_spanish_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_spanish_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_spanish_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []


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
