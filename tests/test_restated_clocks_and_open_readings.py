"""Three readings a later comparison leans on: a clock whose sentence restates it in UTC in brackets has the offset
the restatement gives, with or without "local time" words; a currency a symbol or word was given by the article's
words alone stays open to the table's own currency; a sentence that states a figure at another power of ten left
nothing out."""
from __future__ import annotations

from dataclasses import replace

import pytest

from claimcheck import compare
from claimcheck.extract import extract_text
from claimcheck.moments import clock_minutes, clock_zone, one_moment


def _claims(text: str, lang: str, article: str):
    return extract_text(text, lang, article_id=article, reference_year=2027)


def _by_sentence(*groups):
    figures: dict = {}
    for claims in groups:
        for c in claims:
            figures.setdefault((c.article, c.sentence_index), []).append(c)
    return figures


def test_a_clock_restated_in_utc_in_brackets_takes_the_offset_the_restatement_gives():
    claims = _claims("The clinic will open to patients at 7 a.m. (0600 GMT) on Tuesday, March 2.", "en", "en")
    clock = next(c for c in claims if c.text.startswith("7"))
    zone = clock_zone(clock)
    assert zone.offsets == (60,) and zone.restated


def test_days_whose_clocks_no_zone_pair_explains_stay_two_days():
    """"7 a.m. (0600 GMT) on Tuesday, March 2" against "w poniedziałek 1 marca o godz. 19.00": read as 12 hours apart
    they would be one moment in two zones, but the English clock is UTC+1 by its own restatement and the Polish one
    Poland's, one hour apart: a day and a clock went wrong."""
    en = _claims("The clinic will open to patients at 7 a.m. (0600 GMT) on Tuesday, March 2.", "en", "en")
    pl = _claims("Przychodnia przyjmie pierwszych pacjentów w poniedziałek 1 marca o godz. 19.00.", "pl", "pl")
    day_en = next(c for c in en if c.unit == "date")
    day_pl = next(c for c in pl if c.unit == "date")
    assert one_moment(day_en, day_pl, _by_sentence(en, pl)) is None


def test_a_day_told_in_another_zone_with_its_clock_restated_stays_one_moment():
    en = _claims("The talks ended at 11 p.m. (2200 GMT) on Tuesday, March 2.", "en", "en")
    ja = _claims("協議は3月3日（水）午前7時に終わった。", "ja", "ja")
    day_en = next(c for c in en if c.unit == "date")
    day_ja = next(c for c in ja if c.unit == "date")
    assert one_moment(day_en, day_ja, _by_sentence(en, ja))


def test_brasilia_time_is_a_zone_in_every_language():
    for text, lang in (("The ceremony began at 9:30 a.m. Brasília time.", "en"),
                       ("La ceremonia empezó a las 9.30, hora de Brasilia.", "es"),
                       ("A cerimônia começou às 9h30, horário de Brasília.", "pt")):
        clock = next(c for c in _claims(text, lang, lang) if clock_minutes(c) is not None)
        assert clock_zone(clock).offsets == (-180,), (lang, clock_zone(clock))


def test_a_currency_the_articles_words_picked_stays_open_to_the_tables_own():
    """"$" in an article about a "Vancouver-based" miner is read as Canadian dollars, a guess from a city: another
    version's "1,850 mdd" (US dollars) is the same sum, no unit conflict."""
    en = _claims("The Vancouver-based company will invest $1.85 billion in the Mexican mine.", "en", "en")
    es = _claims("La empresa invertirá 1,850 mdd en la mina.", "es", "es")
    dollars = next(c for c in en if c.kind == "money")
    assert dollars.unit == "CAD" and "USD" in dollars.quantity.readings
    mdd = next(c for c in es if c.kind == "money")
    verdict = compare.judge(dollars, mdd)
    assert verdict is not None and verdict.agree


def test_a_bare_sign_beside_the_tables_own_marked_sign_is_not_open_to_it():
    """An Argentine article that writes dollars "US$" and names Rosario: its bare "$" is the peso, and not open to
    the dollar, so "$455 por tonelada" against another version's "US$ 455" is a unit conflict."""
    es = _claims("En Rosario, Argentina, el contrato vale US$ 40 millones y el precio quedó en $455 por tonelada.",
                 "es", "es")
    pesos = next(c for c in es if c.text.startswith("$"))
    assert pesos.unit == "ARS" and not pesos.quantity.readings
    dollars = _claims("O preço ficou em US$ 455 por tonelada.", "pt", "pt")[0]
    verdict = compare.judge(pesos, dollars)
    assert verdict is not None and not verdict.agree and verdict.type == "unit"


def test_an_own_conversion_a_power_of_ten_off_under_an_open_reading_is_a_slip():
    """"$460 million" of a Vancouver-based miner, read as Canadian dollars and open to the US dollar, converted "about
    1,200 million Tanzanian shillings": a thousand times short of 460 million US dollars' 1.2 trillion, so the article's
    own conversion slipped its scale and both figures are compared with the other versions."""
    en = _claims("The Vancouver-based company will invest $460 million, or about 1,200 million Tanzanian shillings.",
                 "en", "en")
    dollars = next(c for c in en if c.unit == "CAD")
    shillings = next(c for c in en if c.unit == "TZS")
    assert "USD" in dollars.quantity.readings and shillings.conversion_of == dollars.id
    assert compare._own_conversion_scaled(shillings, en)


def test_a_currency_the_article_names_is_no_guess():
    en = _claims("The company will invest $1.85 billion, paid in Canadian dollars.", "en", "en")
    dollars = next(c for c in en if c.kind == "money")
    assert dollars.unit == "CAD" and not dollars.quantity.readings


def test_a_figure_stated_at_another_power_of_ten_is_no_figure_left_out():
    """fr states the investment and its conversion, ar slipped the investment's scale and says more in the same
    sentence: ar's "4,2 مليون درهم" against fr's conversion "390 millions d'euros" is a slip to report, not a
    pairing that took a figure fr left out."""
    fr = _claims("Le projet a coûté 4,2 milliards de DH, soit environ 390 millions d'euros.", "fr", "fr")
    ar = _claims("وكلف المشروع في المغرب 4,2 مليون درهم (حوالي 390 مليون أورو)، يمول جزء منها بقرض قدره 150 مليون أورو.",
                 "ar", "ar")
    slipped = next(c for c in ar if c.kind == "money" and c.unit == "MAD")
    euros = next(c for c in fr if c.kind == "money" and c.unit == "EUR")
    assert slipped.value == 4.2e6 and euros.value == 3.9e8
    assert not compare._omitted_counterpart(slipped, euros, _by_sentence(fr, ar))


def test_a_figures_own_conversion_is_no_figure_a_shorter_sentence_left_out():
    """de states the two heights in two sentences and swapped them; en states both in one, one with its conversion in
    feet. The conversion is no third figure: de split the sentence, it left nothing out, and its "1720 Metern" against
    en's "1,270 metres" is a swap to report."""
    en = _claims("The breakthrough came at 1,270 metres above sea level, beneath 1,720 metres (5,640ft) of rock.",
                 "en", "en")
    de = _claims("Der Durchschlag erfolgte auf 1720 Metern Seehöhe. Darüber liegen 1270 Meter Fels.", "de", "de")
    swapped = next(c for c in de if c.value == 1720)
    altitude = next(c for c in en if c.value == 1270)
    assert not compare._omitted_counterpart(swapped, altitude, _by_sentence(en, de))


def test_an_open_reading_never_turns_a_conversion_into_a_slip():
    """es "$" read as Chilean pesos by the country the article names, open to US dollars: against "US$1.240
    millones" its "$1,17 billones" is the same sum in pesos at the day's rate, no scale slip in dollars."""
    es = _claims("Codelco pagará unos $1,17 billones en Chile, es decir US$1.240 millones.", "es", "es")
    pesos = next(c for c in es if c.kind == "money" and c.unit == "CLP")
    dollars = next(c for c in es if c.kind == "money" and c.unit == "USD")
    opened = replace(pesos, article="es2", quantity=replace(pesos.quantity, readings=("USD",)))
    verdict = compare.judge(opened, replace(dollars, article="en"))
    assert verdict is not None and verdict.agree


def test_a_bound_is_no_figure_two_roundings_in_another_unit_share():
    """"over 14km" holds 8.7 miles and 14 miles alike: it makes no common source of two figures in miles 60 %
    apart (it "14 miglia", a unit slip for 14 km, against en "8.7 miles")."""
    from claimcheck.records import Claim, Quantity

    def claim(cid, art, value, unit, qualifier="exact"):
        return Claim(cid, art, 0, 1, str(value), Quantity("measure", value, unit, qualifier), lang=art)
    bound, converted, slipped = claim("e1", "en", 14.0, "km", "more_than"), claim("e2", "en", 8.7, "mi"), \
        claim("i1", "it", 14.0, "mi")
    assert compare._common_source(converted, slipped, [bound, converted, slipped]) is None
    exact = claim("e3", "en", 14.0, "km")
    assert compare._common_source(converted, replace(converted, id="i2", article="it", quantity=replace(
        converted.quantity, value=8.75)), [exact, converted]) is not None


def test_two_open_readings_that_make_one_sum_agree():
    """hi "रुपये" read as Nepalese rupees by a flood that came from Nepal, bn "টাকা" read as taka, both open to the
    Indian rupee: "2,150 करोड़ रुपये" and "২,১৫০ কোটি টাকা" are one sum, and so is its conversion "$245 million"."""
    from claimcheck.records import Claim, Quantity

    def money(cid, art, value, unit, readings=()):
        return Claim(cid, art, 0, 1, str(value), Quantity("money", value, unit, readings=readings), lang=art)
    hi = money("h", "hi", 2.15e10, "NPR", ("INR",))
    bn = money("b", "bn", 2.15e10, "BDT", ("INR",))
    usd = money("e", "en", 2.45e8, "USD")
    assert compare.judge(hi, bn).agree and compare.judge(bn, hi).agree
    assert compare.judge(hi, usd).agree
    slipped = money("b2", "bn", 1.25e10, "BDT", ("INR",))
    assert not compare.judge(hi, slipped).agree


def test_a_figure_whose_own_conversion_fails_is_the_slip_not_a_figure_left_out():
    """The figures are counted without their conversions, but a conversion is still read: en "300 km (1,900 miles)"
    beside "190 km" against de's lone "190 km" is en's slip (300 km is 186 miles), no figure de left out."""
    from claimcheck.records import Claim, Quantity

    def km(cid, art, value, unit="km", start=0, conversion_of=None):
        return Claim(cid, art, start, start + 1, str(value), Quantity("measure", value, unit), lang=art,
                     sentence="s", sentence_index=0, sentence_start=0, conversion_of=conversion_of)
    source, converted, other = km("e1", "en", 300.0, start=0), km("e2", "en", 1900.0, "mi", 10, "e1"), \
        km("e3", "en", 190.0, start=20)
    lone = km("d1", "de", 190.0)
    figures = {("en", 0): [source, converted, other], ("de", 0): [lone]}
    assert not compare._omitted_counterpart(source, lone, figures)


def test_a_clock_restated_in_brackets_after_the_day_it_names_is_its_restatement():
    """"at 6:24 a.m. on Thursday, February 18 (21:42 GMT on Wednesday)": the bracketed clock restates the first across
    the day between them, so the article's own restatement is compared with it (24 minutes past against 42: no zone
    bridges them) and a wire's "at 8 p.m. on Sunday (1800 GMT)" gives the clock its offset."""
    claims = _claims("An earthquake struck at 6:24 a.m. on Thursday, February 18 (21:42 GMT on Wednesday).", "en", "en")
    local, gmt = (next(c for c in claims if c.text.startswith(t)) for t in ("6:24", "21:42"))
    assert gmt.conversion_of == local.id
    from claimcheck.records import Fact

    conflicts, _ = compare.compare_facts([Fact("f1", [local.id, gmt.id])], claims)
    assert len(conflicts) == 1
    vote = _claims("Polling stations closed at 8 p.m. on Sunday (1800 GMT).", "en", "en")
    assert clock_zone(next(c for c in vote if c.text.startswith("8"))).offsets == (120,)


@pytest.mark.parametrize("sentence,lang,first,second", [
    ("한결에너지는 현지시간 24일 오전 11시(한국시간 25일 오전 1시) 협약식을 열었다.", "ko", "오전 11시", "오전 1시"),
    ("同社は現地時間3日午後9時（日本時間4日午前10時）に発表した。", "ja", "午後9時", "午前10時"),
])
def test_a_clock_restated_in_brackets_with_its_own_day_is_its_restatement(sentence, lang, first, second):
    """"24일 오전 11시(한국시간 25일 오전 1시)": the bracket opens before the restated clock's own day, and still restates
    the clock before it, across midnight in another zone."""
    claims = _claims(sentence, lang, lang)
    a, b = (next(c for c in claims if c.text.startswith(t)) for t in (first, second))
    assert b.conversion_of == a.id
