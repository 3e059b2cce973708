"""The only measure of its dimension, clock time or calendar day in two aligned translations is one fact
(``group.SOLE_MEASURES``, ``SOLE_DAYS``), and a figure of gas restated as its energy is no wrong conversion
(``compare._wrong_conversion_partner``)."""
import pytest

from claimcheck.api import check_texts
from claimcheck.compare import _restatement
from claimcheck.embed import load_encoder
from claimcheck.records import Claim, Quantity

DAM = {
    "ko": ("한빛건설이 필리핀 전력공사로부터 저수 용량 2억4000만㎥급 수력발전 댐 2기와 터빈 6대를 수주했다고 5일 오후 2시 "
           "공시했다. 계약 금액은 3200억 원(2억3000만 달러)으로 창사 이래 최대 규모다.\n"
           "공사는 2027년 말 끝날 예정이며 근로자 800명이 투입된다.\n"
           "회사 측은 올해 수주액이 1조 원을 넘었다고 말했다."),
    "en": ("Hanbit Construction has won an order for two hydroelectric dams and six turbines from the Philippine power "
           "utility worth 320 billion won ($230 million), the largest in its history, it said in a filing on the 5th.\n"
           "Each reservoir will hold 420 million cubic metres of water. The filing was made at 3 p.m.\n"
           "Work is due to finish at the end of 2027 and will employ 800 workers.\n"
           "The company said its orders this year had passed 1 trillion won."),
}


@pytest.mark.model
def test_the_only_volume_and_clock_of_two_translations_are_one_fact_though_one_moved_them_to_sentences_of_their_own():
    report = check_texts(DAM, langs={k: k for k in DAM}, encoder=load_encoder(None))
    by_text = {c.text: c.id for c in report.claims}
    fact = {c: f.id for f in report.facts for c in f.claims}
    for ko, en, kind in (("2억4000만㎥", "420 million cubic metres", "value"), ("오후 2시", "3 p.m.", "date")):
        ko, en = by_text[ko], by_text[en]
        assert fact[ko] == fact[en]
        assert any({ko, en} == set(c.claims) and c.type == kind for c in report.conflicts)


def _claim(cid, article, value, unit, sentence_index, conversion_of=None):
    return Claim(cid, article, 0, 1, "x", Quantity(kind="measure", value=value, unit=unit), lang=article,
                 sentence_index=sentence_index, conversion_of=conversion_of)


def test_gas_stated_with_its_energy_is_compared_within_each_unit_only():
    """"1.5 billion cubic metres (about 16 TWh)" in two articles: each unit's figures are compared with each
    other, the cubic metres of one never with the other's terawatt-hours (no factor converts them)."""
    pl = [_claim("pl1", "pl", 1.5e9, "m3", 0), _claim("pl2", "pl", 15.8, "TWh", 3)]
    ro = [_claim("ro1", "ro", 1.5e9, "m3", 2), _claim("ro2", "ro", 16, "TWh", 2, conversion_of="ro1")]
    members = pl + ro
    assert _restatement(pl[1], ro[0], members)
    assert _restatement(pl[0], ro[1], members)


FERRY = {
    "en": ("Northwind Ferries will open a night route between Split and Ancona, the company said.\n"
           "The crossing takes eleven hours, and the ship carries 1,200 passengers and 300 cars.\n"
           "Announcing the route at a press conference in Zagreb on Friday, 12 June 2026, chief executive Ana Kovač "
           "said bookings had doubled since 2019."),
    "es": ("La naviera Northwind Ferries inaugurará el sábado 13 de junio de 2026 una ruta nocturna entre Split y "
           "Ancona, informó la compañía.\n"
           "La travesía dura once horas y el buque transporta 1.200 pasajeros y 300 coches.\n"
           "Según su consejera delegada, Ana Kovač, las reservas se han duplicado desde 2019."),
}


PLANT = {
    "en": ("Voltane opens battery plant in Linz\n"
           "The plant will employ 1,400 people and make cells for 150,000 cars a year.\n"
           "Voltane invested 2.1 billion euros in the site, which covers 45 hectares.\n"
           "Production started on Monday, 9 March 2026, chief executive Lena Hofer told reporters."),
    "de": ("Am Dienstag, dem 10. März 2026, hat Voltane in Linz die Zellproduktion aufgenommen.\n"
           "Das Land Oberösterreich steuerte 120 Millionen Euro zu den Kosten von 2,1 Milliarden Euro bei.\n"
           "Auf dem 45 Hektar großen Gelände sollen 1.400 Menschen arbeiten."),
}


@pytest.mark.model
@pytest.mark.parametrize("story", [FERRY, PLANT], ids=["translated", "independent"])
def test_the_only_calendar_day_of_two_versions_is_one_fact_though_one_moved_it(story):
    """A version that moved the day of the event into its lead leaves its sentence nothing to match: the only
    calendar day each version states is one fact (``group.SOLE_DAYS``), in translations and in articles written
    apart alike (unlike a sole tonnage, a sole day is the story's own)."""
    report = check_texts(story, langs={k: k for k in story}, encoder=load_encoder(None))
    fact = {c: f.id for f in report.facts for c in f.claims}
    days = [c.id for c in report.claims if c.kind == "date" and len(str(c.value)) == 10]
    assert len(days) == 2 and fact[days[0]] == fact[days[1]]
    assert any(set(days) == set(c.claims) and c.type == "date" for c in report.conflicts)


STRIKE = {
    "en": ("Dockers in Rostock will strike from Thursday, 27 June, the union said.\n"
           "The strike will involve 2,300 workers at the container terminal."),
    "de": ("Die Gewerkschaft kündigte an, dass 2.300 Hafenarbeiter in Rostock ab Donnerstag streiken.\n"
           "Die Tarifverhandlungen sollen am Dienstag, dem 2. Juli, fortgesetzt werden."),
}


@pytest.mark.model
def test_a_weekday_alone_is_a_day_its_article_states_so_its_other_day_is_not_sole():
    """"ab Donnerstag" and "am Dienstag, dem 2. Juli": the German states two days, so its one calendar day is not
    the English "Thursday, 27 June"."""
    report = check_texts(STRIKE, langs={k: k for k in STRIKE}, encoder=load_encoder(None))
    fact = {c: f.id for f in report.facts for c in f.claims}
    en = next(c.id for c in report.claims if "27 June" in c.text)
    de = next(c.id for c in report.claims if "2. Juli" in c.text)
    assert fact[en] != fact[de]
    assert not any({en, de} == set(c.claims) for c in report.conflicts)


TUNNEL = {
    "en": ("Alpine Rail opened the new Col tunnel on Monday, the operator said.\n"
           "Trains will run every 20 minutes through the 27.4km (17 miles) bore, it said.\n"
           "The project cost 2.1 billion francs."),
    "de": ("Alpine Rail hat am Montag den neuen Col-Tunnel eröffnet, teilte der Betreiber mit.\n"
           "Die Züge fahren alle 20 Minuten.\n"
           "Die 24,7 Kilometer lange Röhre kostete 2,1 Milliarden Franken."),
}


@pytest.mark.model
def test_a_measure_with_its_own_conversion_is_still_its_articles_only_measure():
    """"the 27.4km (17 miles) bore" states one length: its conversion does not make a second, so the length the
    other translation moved into another sentence is one fact with it, and the slip is reported."""
    report = check_texts(TUNNEL, langs={k: k for k in TUNNEL}, encoder=load_encoder(None))
    by_text = {c.text: c.id for c in report.claims}
    en, de = by_text["27.4km"], by_text["24,7 Kilometer"]
    assert any({en, de} == set(c.claims) for c in report.conflicts)


PLANT_CLOCK = {
    "en": ("Voltane opens battery plant in Linz\n"
           "The plant will employ 1,400 people and make cells for 150,000 cars a year.\n"
           "Voltane invested 2.1 billion euros in the site, which covers 45 hectares.\n"
           "The first cells left the line at 10:45 a.m., chief executive Lena Hofer told reporters."),
    "de": ("Um 11.45 Uhr hat Voltane in Linz die Zellproduktion aufgenommen.\n"
           "Das Land Oberösterreich steuerte 120 Millionen Euro zu den Kosten von 2,1 Milliarden Euro bei.\n"
           "Auf dem 45 Hektar großen Gelände sollen 1.400 Menschen arbeiten."),
}


@pytest.mark.model
def test_the_only_clock_time_of_two_versions_written_apart_is_one_moment():
    """A version written apart that put the moment in its lead shares no words with the other's sentence: the only
    clock time each states is one fact (``group.SOLE_MEASURES``, clocks as days in articles written apart), and
    the hour between them is reported."""
    report = check_texts(PLANT_CLOCK, langs={k: k for k in PLANT_CLOCK}, encoder=load_encoder(None))
    fact = {c: f.id for f in report.facts for c in f.claims}
    clocks = [c.id for c in report.claims if c.unit == "time"]
    assert len(clocks) == 2 and fact[clocks[0]] == fact[clocks[1]]
    assert any(set(clocks) == set(c.claims) and c.type == "date" for c in report.conflicts)
