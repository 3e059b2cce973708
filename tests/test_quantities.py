"""quantities.looks_like_year: a bare four-digit figure may be a year; one that names what it counts is a count."""
from __future__ import annotations

import pytest

from claimcheck.extract import extract_text
from claimcheck.quantities import dimension, looks_like_year, matching_dimension


def _claim(text: str, lang: str):
    claims = extract_text(text, lang, reference_year=2025)
    assert len(claims) == 1, [(c.text, c.kind, c.value) for c in claims]
    return claims[0]


@pytest.mark.parametrize("text,lang", [
    ("The ferry carries some 1200 sailors.", "en"),
    ("Das Werk beschäftigt 1500 Mitarbeiter.", "de"),
    ("A bordo viajaban unos 1800 pasajeros.", "es"),
    ("约1200名水兵在船上。", "zh"),
    ("去年有1406游客到访该岛。", "zh"),  # the counted noun glued to the figure, no counter between
])
def test_a_figure_with_its_counted_noun_is_a_count(text, lang):
    c = _claim(text, lang)
    assert c.kind == "count"
    assert not looks_like_year(c)
    assert dimension(c) == "count"


@pytest.mark.parametrize("text,lang", [
    ("The total was 1500.", "en"),
    ("Il totale era 1990.", "it"),
])
def test_a_bare_four_digit_figure_stays_year_like(text, lang):
    c = _claim(text, lang)
    assert c.kind in ("count", "date")
    if c.kind == "count":
        assert looks_like_year(c)
        assert dimension(c) == "date"


def test_a_temperature_of_unknown_scale_is_a_temperature():
    from claimcheck.quantities import unit_dimension
    c = _claim("The heat pushed the thermometer to 88 degrees.", "en")
    assert (c.kind, c.unit) == ("measure", "°")
    assert dimension(c) == "temperature"
    assert unit_dimension("°") == ("temperature", 1.0, 0.0)  # read as °C until comparison picks the nearer scale


@pytest.mark.parametrize("text,lang,dim", [
    ("The relay team finished third in the final.", "en", "position"),
    ("Le club a terminé à la quatrième place du championnat.", "fr", "position"),
    ("Der Verein gewann das Finale mit 3:1.", "de", "score"),
    ("The ferry carries 1200 sailors.", "en", "count"),
])
def test_a_position_or_a_score_is_not_a_count(text, lang, dim):
    """"ABC was second with 3.26 million viewers": a place in a ranking never fills a count's slot."""
    c = _claim(text, lang)
    assert dimension(c) == dim


def test_a_change_in_points_is_a_percentage_to_matching_and_its_own_dimension_to_comparison():
    """"stieg um 0,3 Prozentpunkte" and "subiu 0,3%" fill one slot: matching pairs them, comparison
    then reads a level against a change (a unit conflict)."""
    points = extract_text("Die Quote stieg um 0,3 Prozentpunkte.", "de")[0]
    level = extract_text("A taxa subiu 0,3%.", "pt")[0]
    assert dimension(points) != dimension(level)
    assert matching_dimension(points) == matching_dimension(level) == "percent"


def test_decades_and_centuries_are_years_times_ten_and_a_hundred():
    from claimcheck.quantities import unit_dimension

    year = unit_dimension("year")[1]
    assert unit_dimension("decade")[1] == pytest.approx(10 * year)
    assert unit_dimension("century")[1] == pytest.approx(100 * year)


@pytest.mark.parametrize("text,lang,unit", [
    ("The new network offers 100 Mbps to rural homes.", "en", "Mbit/s"),
    ("Die Leitung schafft 1 Gbit/s.", "de", "Gbit/s"),
])
def test_a_data_rate_is_a_measure_of_its_own_dimension(text, lang, unit):
    """"100 Mbps" and "0,1 Gbit/s" are one speed; neither is a count nor a size in bytes."""
    from claimcheck.quantities import unit_dimension

    c = _claim(text, lang)
    assert (c.kind, c.unit) == ("measure", unit)
    assert dimension(c) == "data_rate"
    assert unit_dimension("Gbit/s")[1] == 1000 * unit_dimension("Mbit/s")[1]
    assert unit_dimension("MB/s")[1] == 8 * unit_dimension("Mbit/s")[1]


@pytest.mark.parametrize("a,unit_a,b,unit_b", [
    (14, "st", 88.9, "kg"),        # mass: stone
    (102, "ct", 20.4, "g"),        # mass: carat (a diamond's)
    (200, "mg", 0.2, "g"),
    (1, "bar", 1000, "hPa"),       # pressure
    (1, "atm", 1013, "hPa"),
    (32, "psi", 2.2, "bar"),
    (120, "mmHg", 16, "kPa"),
    (5, "µm", 0.005, "mm"),        # length
    (3, "nm", 0.003, "µm"),
    (4.2, "ly", 40000000000000, "km"),
    (300, "ft3", 8.5, "m3"),       # volume
    (3, "hl", 300, "l"),
    (2, "pt", 0.95, "l"),          # a pint as CLDR's volume-pint, the US one
    (500, "kcal", 2092, "kJ"),     # energy: a food calorie is a kilocalorie
    (1000, "kJ", 0.28, "kWh"),
    (400, "kV", 400000, "V"),      # electric potential
    (10, "A", 10000, "mA"),        # electric current
    (0.42, "ppm", 420, "ppb"),     # concentration
    (30, "pyeong", 99, "m2"),      # area: ko 평
    (50, "Hz", 0.05, "kHz"),
])
def test_a_unit_read_from_cldr_converts_within_its_dimension(a, unit_a, b, unit_b):
    """"14 stone" is 88.9 kg, "1 bar" 1000 hPa, "5 µm" 0.005 mm: the comparison converts each unit units.json
    knows into the others of its dimension, rounded as the other figure is written."""
    from claimcheck.compare import conversion_fits
    from claimcheck.quantities import unit_dimension
    from claimcheck.records import Quantity

    assert unit_dimension(unit_a)[0] == unit_dimension(unit_b)[0]
    qa, qb = Quantity("measure", a, unit_a), Quantity("measure", b, unit_b)
    assert conversion_fits(qa, qb)
    assert not conversion_fits(qa, Quantity("measure", b * 1.5, unit_b))


def test_fuel_economy_and_fuel_consumption_never_convert():
    """Miles per gallon and litres per 100 km are inverse (30 mpg is 7.8 l/100km, 60 mpg 3.9): no factor takes
    one to the other, so they are two dimensions, and neither is a volume or a length."""
    from claimcheck.quantities import unit_dimension

    assert unit_dimension("mpg")[0] != unit_dimension("l/100km")[0]
    assert unit_dimension("mpg")[0] not in ("volume", "length", "speed")
    assert unit_dimension("L/100 km")[0] == unit_dimension("l/100km")[0]


@pytest.mark.parametrize("text,lang,unit,dim", [
    ("The grid runs at 50 Hz.", "en", "Hz", "frequency"),
    ("He weighed 14 stone before the diet.", "en", "st", "mass"),
    ("Der Reifendruck liegt bei 2,5 bar.", "de", "bar", "pressure"),
    ("Le taux de CO2 a atteint 420 ppm.", "fr", "ppm", "concentration"),
    ("La línea transporta 400 kV.", "es", "kV", "electric_potential"),
    ("Напряжение в сети 220 вольт.", "ru", "V", "electric_potential"),
    ("30평 아파트가 팔렸다.", "ko", "pyeong", "area"),
    ("Das Auto verbraucht 5,6 l/100 km.", "de", "l/100km", "fuel_consumption"),
])
def test_a_unit_news_writes_is_a_measure_of_its_dimension(text, lang, unit, dim):
    c = _claim(text, lang)
    assert (c.kind, c.unit) == ("measure", unit)
    assert dimension(c) == dim


@pytest.mark.parametrize("a,unit_a,b,unit_b,dim", [
    (4.2, "km3", 4.2e12, "l", "volume"),
    (1.5, "Gt", 1500, "Mt", "mass"),
    (5000, "mAh", 5, "Ah", "electric_charge"),
])
def test_units_the_tables_read_convert_within_their_dimension(a, unit_a, b, unit_b, dim):
    """Cubic kilometres (a reservoir's "4.2 km³"), gigatonnes of ice or CO2 and a battery's charge in mAh or Ah are
    units the tables read; each converts within its dimension, and a charge is no current ("5000 mAh" is not mA)."""
    from claimcheck.compare import conversion_fits
    from claimcheck.quantities import unit_dimension
    from claimcheck.records import Quantity

    assert unit_dimension(unit_a)[0] == unit_dimension(unit_b)[0] == dim
    qa, qb = Quantity("measure", a, unit_a), Quantity("measure", b, unit_b)
    assert conversion_fits(qa, qb)
    assert not conversion_fits(qa, Quantity("measure", b * 1.5, unit_b))
    assert unit_dimension("mAh")[0] != unit_dimension("mA")[0]
