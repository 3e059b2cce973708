"""Portuguese: "mil milhões" (pt-PT) and "bilhão" (pt-BR) are both 1e9, "bilião" (pt-PT) is 1e12; R$ is BRL."""
import pytest

from extract_helpers import assert_quantity

LANG = "pt"




def test_ratio_de(only_claim):
    c = only_claim("Votaram 700 de 770 funcionários.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 700, 770)
