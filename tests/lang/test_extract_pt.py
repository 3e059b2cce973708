"""Portuguese: "mil milhões" (pt-PT) and "bilhão" (pt-BR) are both 1e9, "bilião" (pt-PT) is 1e12; R$ is BRL."""
import pytest

from extract_helpers import assert_quantity

LANG = "pt"




def test_ratio_de(only_claim):
    c = only_claim("Votaram 700 de 770 funcionários.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 700, 770)


def test_o_equivalente_a_marks_a_conversion_whatever_the_figures(claims_of):
    """"o equivalente a" says the second figure converts the first, even where the two do not agree (a version's
    slipped scale is compared with its own conversion)."""
    a, b = claims_of("A obra custará US$ 75 bilhões, o equivalente a cerca de R$ 420 milhões.", LANG)
    assert (a.unit, b.unit, b.conversion_of) == ("USD", "BRL", a.id)
