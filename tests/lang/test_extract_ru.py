"""Russian: млн/млрд/трлн abbreviations, space-grouped thousands, "из" ratios, genitive month names."""
import pytest

from extract_helpers import assert_quantity

LANG = "ru"




def test_ratio_iz(only_claim):
    c = only_claim("Подписали 700 из 770 сотрудников.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 700, 770)
