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


@pytest.mark.model
def test_the_only_calendar_day_of_two_translations_is_one_fact_though_one_moved_it():
    """A translation that moved the day of the event into its lead leaves its sentence nothing to match: the only
    calendar day each version states is one fact (``group.SOLE_DAYS``)."""
    report = check_texts(FERRY, langs={k: k for k in FERRY}, encoder=load_encoder(None))
    by_text = {c.text: c.id for c in report.claims}
    fact = {c: f.id for f in report.facts for c in f.claims}
    en = next(i for t, i in by_text.items() if "12 June" in t)
    es = next(i for t, i in by_text.items() if "13 de junio" in t)
    assert fact[en] == fact[es]
    assert any({en, es} == set(c.claims) and c.type == "date" for c in report.conflicts)
