"""Italian: "miliardi" = 1e9, "." groups thousands, "per cento", "su" ratios, "una decina" is about 10."""
import pytest

from extract_helpers import assert_quantity

LANG = "it"




def test_ratio_su(only_claim):
    c = only_claim("Hanno firmato 700 su 770 dipendenti.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 700, 770)


@pytest.mark.parametrize("text", ["Il bilancio del 2027 ha concesso fondi.", "Nel 2020 ha già vinto."])
def test_auxiliary_ha_after_a_year_is_no_hectare(only_claim, text):
    assert only_claim(text, LANG).kind == "date"


def test_range_tra_il_e_il_keeps_both_ends(only_claim):
    q = only_claim("Voterà tra il 30 e il 43% degli elettori.", LANG).quantity
    assert (q.kind, q.low, q.value, q.qualifier) == ("percent", 30, 43, "up_to")


def test_a_recap_restates_an_amount_paragraphs_later(claims_of):
    body = "I lavori dureranno tre anni e coinvolgeranno imprese del territorio lombardo. " * 30
    claims = claims_of(f"Il costo dell'opera è di 2,45 miliardi di euro.\n\n{body}\n\nSolo allora il progetto da "
                       f"2,45 miliardi potrà dirsi chiuso.", LANG)
    assert [c.unit for c in claims if c.value == 2.45e9] == ["EUR", "EUR"]


def test_a_round_figure_far_from_an_amount_stays_a_count(claims_of):
    body = "I lavori dureranno tre anni e coinvolgeranno imprese del territorio lombardo. " * 30
    claims = claims_of(f"Il costo dell'opera è di 2 milioni di euro.\n\n{body}\n\nNe beneficeranno 2 milioni.", LANG)
    assert [c.unit for c in claims if c.value == 2e6] == ["EUR", "count"]
