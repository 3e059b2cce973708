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
