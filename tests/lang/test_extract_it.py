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
