"""Comparison rules that depend on the precision a text shows: exact figures, approximations, limits
stated twice, ranges and scores end by end, conversions, years, fractions.

Every row says what must be found (a conflict type) or what must stay an agreement ("ok", with
the reason when one is expected). Each pair is judged in both orders.
"""
import pytest

from claimcheck.compare import compare_facts, conversion_fits, duration_conversion_fits, judge, shown_precision
from claimcheck.records import Claim, Fact, Quantity


def claim(cid, article, kind, value, unit=None, qualifier="exact", text=None, **extra):
    q = Quantity(kind, value, unit, qualifier, **extra)
    return Claim(cid, article, 0, 1, text or str(value), q, lang=article[:2])


def q(kind, value, unit=None, qualifier="exact", **extra):
    return dict(kind=kind, value=value, unit=unit, qualifier=qualifier, **extra)


def _claim(spec, cid, article):
    spec = dict(spec)
    return claim(cid, article, spec.pop("kind"), spec.pop("value"), spec.pop("unit"), spec.pop("qualifier"), **spec)


def check(a, b, expected):
    x, y = _claim(a, "a", "de"), _claim(b, "b", "en")
    for first, second in ((x, y), (y, x)):
        verdict = judge(first, second)
        assert verdict is not None
        if expected.startswith("ok"):
            assert verdict.agree, verdict
            if ":" in expected:
                assert str(verdict.reason) == expected.split(":", 1)[1]
        else:
            assert not verdict.agree, verdict
            assert verdict.type == expected


# --- exact figures: rounding only to the precision the text writes ----------------------------------
EXACT = [
    # a whole number written out in full states its last digit, trailing zeros included
    (q("count", 3400), q("count", 3412), "value"),
    (q("count", 50000), q("count", 50003), "value"),
    (q("money", 780000, "USD", scale=1e3), q("money", 784000, "USD"), "value"),  # "780 thousand" vs 784,000
    (q("count", 3400), q("count", 3400), "ok:None"),
    # digits before a scale word are the precision: "6.2 million" is anything that rounds to it
    (q("count", 6.2e6, scale=1e6), q("count", 6.23e6, scale=1e6), "ok:rounding"),
    (q("count", 6.2e6, scale=1e6), q("count", 6.3e6, scale=1e6), "value"),
    (q("money", 780000, "USD", scale=1e3), q("money", 780400, "USD"), "ok:rounding"),
    # decimals written are the precision
    (q("measure", 41.2, "km"), q("measure", 41.237, "km"), "ok:rounding"),
    (q("measure", 41.2, "km"), q("measure", 41.3, "km"), "value"),
    # a lone digit is not a rounding of anything ("7 %" is not 7.4 %)
    (q("percent", 7, "%"), q("percent", 7.4, "%"), "value"),
]


@pytest.mark.parametrize("a,b,expected", EXACT)
def test_exact_figures_agree_only_at_the_precision_they_are_written_to(a, b, expected):
    check(a, b, expected)


def test_shown_precision_reads_the_written_digits():
    assert shown_precision(3400, Quantity("count", 3400)) == (1.0, 4)
    assert shown_precision(6.2e6, Quantity("count", 6.2e6, scale=1e6))[1] == 2
    assert shown_precision(6.2e6, Quantity("count", 6.2e6, scale=1e6))[0] == pytest.approx(1e5)
    assert shown_precision(41.25, Quantity("measure", 41.25, "km"))[0] == pytest.approx(0.01)


# --- approximations: ±5 %, but never beyond one unit of the last digit they show ---------------------
ABOUT = [
    (q("count", 437600, "count", "about"), q("count", 437900), "value"),  # "circa 437,600" is not 437,900
    (q("count", 437600, "count", "about"), q("count", 437650), "ok:about"),
    (q("count", 512e6, "count", "about"), q("count", 537e6, "count", "about"), "value"),  # 512 vs 537 million
    (q("count", 512e6, "count", "about"), q("count", 512.4e6), "ok:about"),
    (q("count", 20000, "count", "about"), q("count", 30000, "count", "about"), "value"),  # round: still ±5 %
    (q("count", 20000, "count", "about"), q("count", 20700), "ok:about"),
    (q("count", 20000, "count", "about"), q("count", 21300), "value"),
    (q("percent", 8, "%", "about"), q("percent", 8.4, "%"), "ok:about"),  # "about 8" is 7.5-8.5
    # a share named by a fraction word shows no hundredths: "about two thirds" is 63-70 %
    (q("percent", 66.67, "%", "about"), q("percent", 69, "%"), "ok:about"),
    (q("percent", 66.67, "%", "about"), q("percent", 72, "%"), "value"),
    (q("percent", 66.67, "%"), q("percent", 69, "%"), "value"),  # "two thirds" said exactly
    # a share told in tenths (ja "約2割", zh "两成", scale 10) is what rounds to it: 15-25 %
    (q("percent", 20, "%", "about", scale=10.0), q("percent", 18.6, "%"), "ok:about"),
    (q("percent", 20, "%", "about", scale=10.0), q("percent", 27, "%"), "value"),
    (q("percent", 30, "%", scale=10.0), q("percent", 33.5, "%"), "ok"),
]


@pytest.mark.parametrize("a,b,expected", ABOUT)
def test_an_approximation_reaches_no_further_than_the_precision_it_shows(a, b, expected):
    check(a, b, expected)


def vague(low, high):
    """A vague plural as the readers give it ("hundreds": 100-999)."""
    return q("count", low, "count", "about", low=low, high=high)


VAGUE = [
    (vague(100, 999), vague(1000, 9999), "scale"),  # "hundreds" against "thousands"
    (vague(1000, 9999), vague(10000, 99999), "scale"),  # "thousands" against "tens of thousands"
    (vague(12, 99), vague(100, 999), "value"),  # "dozens" against "hundreds"
    (vague(12, 99), vague(10, 99), "ok"),  # "dozens" against "des dizaines"
    (vague(1000, 9999), vague(1000, 9999), "ok"),
    (vague(1000, 9999), q("count", 10000, "count", "about"), "ok"),  # "about 10,000" reaches 9,500
    (vague(1000, 9999), q("count", 12000, "count", "about"), "value"),
]


@pytest.mark.parametrize("a,b,expected", VAGUE)
def test_two_vague_plurals_of_different_orders_of_magnitude_conflict(a, b, expected):
    check(a, b, expected)


# --- two limits in one direction state one figure -----------------------------------------------------
LIMITS = [
    (q("count", 640000, "count", "more_than"), q("count", 640500, "count", "more_than"), "value"),
    (q("count", 12000, "count", "at_least"), q("count", 12800, "count", "more_than"), "value"),
    (q("count", 75, "count", "less_than"), q("count", 85, "count", "less_than"), "value"),
    (q("count", 75, "count", "less_than"), q("count", 80, "count", "up_to"), "value"),
    (q("count", 3.6e4, "count", "more_than", scale=1e4), q("count", 36200, "count", "more_than"),
     "ok"),  # "3.6万" is written to a thousand: 36,200 rounds to it
    (q("count", 640000, "count", "more_than"), q("count", 640000, "count", "at_least"), "ok:None"),
    (q("count", 75, "count", "less_than"), q("count", 75, "count", "up_to"), "ok:None"),
    # one limit against one figure keeps the containment rule
    (q("count", 640000, "count", "more_than"), q("count", 641300), "ok:bound"),
    (q("count", 75, "count", "less_than"), q("count", 71), "ok:bound"),
    (q("count", 75, "count", "less_than"), q("count", 78), "qualifier"),
]


@pytest.mark.parametrize("a,b,expected", LIMITS)
def test_two_floors_or_two_ceilings_compare_their_figures(a, b, expected):
    check(a, b, expected)


# --- ranges and scores, end by end -----------------------------------------------------------------
ENDS = [
    (q("percent", 61, "%", "up_to", low=25, high=61), q("percent", 610, "%", "up_to", low=25, high=610), "scale"),
    (q("count", 90, "count", "up_to", low=40, high=90), q("count", 95, "count", "up_to", low=40, high=95), "value"),
    (q("count", 90, "count", "up_to", low=40, high=90), q("count", 90, "count", "up_to", low=40, high=90), "ok:None"),
    (q("other", 21, "score", score=(21.0, 9.0)), q("other", 21, "score", score=(21.0, 6.0)), "value"),
    (q("other", 21, "score", score=(21.0, 9.0)), q("other", 9, "score", score=(9.0, 21.0)), "ok"),  # sides swapped
    (q("other", 3, "score", score=(3.0, 0.0)), q("count", 7, "count", "up_to", low=3, high=7), "value"),
    (q("other", 3, "score", score=(3.0, 0.0)), q("count", 3, "count", "up_to", low=0, high=3), "ok"),
    # a range against one figure: containment, as before
    (q("count", 90, "count", "up_to", low=40, high=90), q("count", 65), "ok:bound"),
    # vague plurals name no ends: "тысячи" (1,000-9,999) and "thousands" (2,000-9,999) agree
    (q("count", 1000, "count", "about", low=1000, high=9999), q("count", 2000, "count", "about", low=2000, high=9999),
     "ok"),
]


@pytest.mark.parametrize("a,b,expected", ENDS)
def test_ranges_and_scores_are_compared_end_by_end(a, b, expected):
    check(a, b, expected)


# --- conversions: the converted figure rounds the source at the precision it shows -------------------
CONVERSIONS = [
    (q("measure", 35, "mi"), q("measure", 56, "km"), "ok:conversion"),  # 56.3 km
    (q("measure", 35, "mi"), q("measure", 54, "km"), "value"),  # 54 km is no rounding of 56.3 km
    (q("measure", 450, "kg"), q("measure", 990, "lb"), "ok:conversion"),  # 992 lb
    (q("measure", 450, "kg"), q("measure", 1050, "lb"), "value"),  # 476 kg: 5.8 %, inside the old 10 % band
    (q("measure", 60, "mi"), q("measure", 100, "km"), "ok:conversion"),  # 96.6 km, "100" written to a hundred
    (q("measure", 25, "°C"), q("measure", 77, "°F"), "ok"),
    (q("measure", 25, "°C"), q("measure", 79, "°F"), "value"),  # 26.1 °C
    (q("measure", 25, "°C", "about"), q("measure", 79, "°F"), "ok:conversion"),  # "about 25" reaches 26
]


@pytest.mark.parametrize("a,b,expected", CONVERSIONS)
def test_a_conversion_follows_the_precision_of_the_converted_figure(a, b, expected):
    check(a, b, expected)


def test_conversion_fits_is_directional():
    miles = Quantity("measure", 35, "mi")  # 56.3 km
    assert conversion_fits(miles, Quantity("measure", 56, "km"))
    assert not conversion_fits(miles, Quantity("measure", 55, "km"))
    assert not conversion_fits(Quantity("measure", 55, "km"), miles)  # 34.2 miles


# --- durations between the calendar's units: a month is 28-31 days, a year 365-366 ---------------------
DURATIONS = [
    (q("duration", 60, "day"), q("duration", 2, "month"), "ok:conversion"),  # 1.94-2.14 months
    (q("duration", 60, "day"), q("duration", 3, "month"), "value"),  # three months are 84-93 days
    (q("duration", 50, "day"), q("duration", 2, "month"), "value"),  # 1.61-1.79 months: more than 10 % off
    (q("duration", 90, "day"), q("duration", 3, "month"), "ok:conversion"),
    (q("duration", 4, "week"), q("duration", 1, "month"), "ok:conversion"),  # 28 days
    (q("duration", 3, "week"), q("duration", 1, "month"), "value"),
    (q("duration", 180, "day"), q("duration", 6, "month"), "ok:conversion"),  # 168-186 days
    (q("duration", 360, "day"), q("duration", 1, "year"), "ok:conversion"),  # 365-366 days, written to ten
    (q("duration", 300, "day"), q("duration", 1, "year"), "value"),
    (q("duration", 15, "day"), q("duration", 2, "week"), "ok:conversion"),  # 2.14 weeks, a rounded conversion
    (q("duration", 10, "day"), q("duration", 1, "week"), "value"),
    (q("duration", 48, "hour"), q("duration", 2, "day"), "ok:conversion"),  # exact
    (q("duration", 36, "hour"), q("duration", 2, "day"), "value"),
    (q("duration", 14, "month"), q("duration", 1, "year"), "value"),  # months and years convert exactly
    (q("duration", 60, "day"), q("duration", 2, "month", "about"), "ok:conversion"),
    (q("duration", 60, "day"), q("duration", 2, "month", "more_than"), "ok"),  # two short months are 59 days
    (q("duration", 60, "day"), q("duration", 3, "month", "more_than"), "qualifier"),  # more than 84 days
]


@pytest.mark.parametrize("a,b,expected", DURATIONS)
def test_a_duration_converted_between_calendar_units_agrees_at_the_precision_it_shows(a, b, expected):
    check(a, b, expected)


def test_a_calendar_conversion_says_the_range_it_used():
    v = judge(claim("a", "en", "duration", 60, "day"), claim("b", "zh", "duration", 2, "month"))
    assert v.agree and v.reason == "conversion"
    assert v.detail == "60 days is 1.94–2.14 months (a month is 28–31 days), rounded to 2 months"
    assert duration_conversion_fits(Quantity("duration", 2, "month"), Quantity("duration", 60, "day"))  # 56-62
    assert not duration_conversion_fits(Quantity("duration", 2, "month"), Quantity("duration", 50, "day"))
    assert not duration_conversion_fits(Quantity("duration", 2, "day"), Quantity("duration", 2, "day"))


def test_figures_in_one_unit_are_compared_directly_even_when_the_fact_also_has_another_unit():
    # "35 miles (56 km)" in one version, "35 miles (55 km)" in the other: the kilometres differ
    claims = [claim("a1", "de", "measure", 35, "mi"), claim("a2", "de", "measure", 56, "km"),
              claim("b1", "en", "measure", 35, "mi"), claim("b2", "en", "measure", 55, "km")]
    for c in claims:
        c.sentence_index = 0
    a2, b2 = claims[1], claims[3]
    a2.conversion_of, b2.conversion_of = "a1", "b1"
    conflicts, _ = compare_facts([Fact("f1", [c.id for c in claims])], claims)
    pairs = [set(c.claims) for c in conflicts]
    assert {"a2", "b2"} in pairs  # 56 km against 55 km, without a conversion band
    assert all("b2" in p for p in pairs)  # 55 km is also no rounding of the other's 35 miles; nothing else


def test_a_figure_disagreeing_in_its_own_unit_is_compared_with_the_other_articles_other_units_too():
    # one article gives only "9 Milliarden Euro" where the other says "PLN 9bn (€2.1bn)": a currency swap
    de = claim("d", "de", "money", 9e9, "EUR", scale=1e9)
    pln = claim("p", "en", "money", 9e9, "PLN", scale=1e9)
    eur = claim("e", "en", "money", 2.1e9, "EUR", scale=1e9)
    de.sentence_index, pln.sentence_index, eur.sentence_index = 0, 1, 2
    conflicts, _ = compare_facts([Fact("f1", ["d", "p", "e"])], [de, pln, eur])
    assert {frozenset(c.claims): c.type for c in conflicts} == {frozenset(("d", "e")): "value",
                                                               frozenset(("d", "p")): "unit"}
    # agreeing in the shared currency, the cross-currency pair is not compared (rates drift)
    de_ok = claim("d", "de", "money", 2.1e9, "EUR", scale=1e9)
    conflicts, _ = compare_facts([Fact("f1", ["d", "p", "e"])], [de_ok, pln, eur])
    assert conflicts == []


def test_a_figure_its_own_article_restates_in_a_slipped_unit_is_compared_with_every_version():
    # one version's headline says "310 mm" of rain, its body "310 cm": its own figures name no common unit, so the
    # slipped one is compared with the other version's millimetres, and within its article
    other = claim("e", "en", "measure", 310, "mm")
    head = claim("h", "mr", "measure", 310, "mm")
    body = claim("b", "mr", "measure", 310, "cm")
    other.sentence_index, head.sentence_index, body.sentence_index = 0, 0, 3
    conflicts, _ = compare_facts([Fact("f1", ["e", "h", "b"])], [other, head, body])
    assert {frozenset(c.claims) for c in conflicts} == {frozenset(("e", "b")), frozenset(("h", "b"))}
    # a restatement that converts ("310 mm" and "31 cm") is no slip: nothing to report
    body_ok = claim("b", "mr", "measure", 31, "cm")
    body_ok.sentence_index = 3
    conflicts, _ = compare_facts([Fact("f1", ["e", "h", "b"])], [other, head, body_ok])
    assert conflicts == []


def test_two_figures_in_one_unit_both_rounding_a_third_in_another_unit_agree():
    claims = [claim("e", "en", "measure", 1200, "lb"), claim("d", "de", "measure", 540, "kg"),
              claim("f", "fr", "measure", 500, "kg")]  # 544 kg: 540 and (written to a hundred) 500
    conflicts, _ = compare_facts([Fact("f1", ["e", "d", "f"])], claims)
    assert conflicts == []
    alone = [claim("d", "de", "measure", 540, "kg"), claim("f", "fr", "measure", 500, "kg")]
    conflicts, _ = compare_facts([Fact("f1", ["d", "f"])], alone)
    assert [c.type for c in conflicts] == ["value"]


# --- years read as numbers, fractions read as percentages -------------------------------------------
OTHER = [
    (q("date", "2016", "date"), q("count", 20160), "date"),  # a digit appended to a year is no year
    (q("date", "2016", "date"), q("count", 2016000), "date"),
    (q("date", "2016", "date"), q("count", 2016), "ok"),  # the same year read as a count by one reader
    (q("date", "2016-04", "date"), q("count", 2016), "ok"),
    (q("date", "2016", "date"), q("count", 2017), "date"),
    (q("ratio", 1, "ratio", denominator=4), q("percent", 25, "%"), "ok:fraction"),  # one in four
    (q("ratio", 1, "ratio", denominator=3), q("percent", 33, "%"), "ok:fraction"),  # rounded to the unit
    (q("ratio", 1, "ratio", denominator=4), q("percent", 40, "%"), "value"),
    (q("ratio", 2, "ratio", denominator=3), q("percent", 76, "%"), "value"),
    # a share named by a fraction word (a repeating decimal): the percentage cut or rounded to the unit
    (q("percent", 200 / 3, "%"), q("percent", 66, "%"), "ok:rounding"),  # "two thirds" / "66 %"
    (q("percent", 200 / 3, "%"), q("percent", 67, "%"), "ok:rounding"),
    (q("percent", 200 / 3, "%"), q("percent", 66.7, "%"), "ok:rounding"),
    (q("percent", 200 / 3, "%"), q("percent", 65, "%"), "value"),
    (q("percent", 200 / 3, "%"), q("percent", 68, "%"), "value"),
    (q("percent", 100 / 3, "%"), q("percent", 33, "%"), "ok:rounding"),
    (q("percent", 100 / 3, "%"), q("percent", 34, "%"), "value"),  # a third is never 34 %
    (q("percent", 100 / 3, "%"), q("percent", 200 / 3, "%"), "value"),
    (q("percent", 25, "%"), q("percent", 24, "%"), "value"),  # "a quarter" has digits that can be written
]


@pytest.mark.parametrize("a,b,expected", OTHER)
def test_years_against_numbers_and_fractions_against_percentages(a, b, expected):
    check(a, b, expected)


def test_a_year_against_a_date_whose_year_is_only_inferred_is_not_compared():
    year = Claim("y", "en", 0, 4, "2004", Quantity("date", "2004", "date"))
    day = Claim("d", "zh", 0, 6, "12月26日", Quantity("date", "2018-12-26", "date"))  # year from the story
    assert judge(year, day).agree and judge(day, year).agree
    stated = Claim("s", "de", 0, 17, "26. Dezember 2018", Quantity("date", "2018-12-26", "date"))
    assert judge(year, stated).type == "date"


@pytest.mark.parametrize("bare, year, comparable", [(70, 1970.0, False), (70, "1970", False), (70, 1975.0, True),
                                                    (60, 1970.0, True)])
def test_a_bare_two_digit_decade_against_the_decade_s_first_year_is_not_compared(bare, year, comparable):
    kind = "date" if isinstance(year, str) else "count"
    v = judge(claim("b", "it", "count", bare, "count", text=str(bare)),
              claim("y", "pt", kind, year, "date" if kind == "date" else "count", text=str(year)[:4]))
    assert (v is not None and not v.agree) is comparable


def test_a_score_conflict_names_both_sides_as_written():
    a = claim("a", "es", "other", 21, "score", score=(21.0, 9.0), text="21-9")
    b = claim("b", "en", "other", 21, "score", score=(21.0, 6.0), text="21-6")
    conflicts, _ = compare_facts([Fact("f1", ["a", "b"])], [a, b])
    (c,) = conflicts
    assert "21–9" in c.explanation and "21–6" in c.explanation


@pytest.mark.parametrize("a,b,expected", [
    (q("money", 2200, "XOF"), q("money", 2200, "XAF"), "ok"),  # "FCFA" names either franc: one sum at par
    (q("money", 5000, "USD"), q("money", 5000, "PAB"), "ok"),
    (q("money", 2200, "XOF"), q("money", 2400, "XAF"), "value"),
    (q("money", 2200, "XOF"), q("money", 2200, "EUR"), "unit"),
])
def test_currencies_at_par_compare_as_one(a, b, expected):
    check(a, b, expected)


@pytest.mark.parametrize("a,b", [
    (q("money", 80e6, "GBP"), q("money", 70e6, "EUR")),    # 25 % under the table's €92m: no conversion either way
    (q("money", 61e6, "GBP"), q("money", 70e6, "EUR")),    # a conversion either way
    (q("money", 5e9, "USD"), q("money", 3.6e9, "EUR")),
])
def test_a_currency_conversion_is_judged_alike_whichever_figure_is_converted(a, b):
    x, y = _claim(a, "a", "en"), _claim(b, "b", "it")
    assert judge(x, y).agree is judge(y, x).agree
