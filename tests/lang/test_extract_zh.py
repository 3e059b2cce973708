"""Chinese: 万/亿/万亿 scales glued to digits or numerals, 百分之, classifiers, qualifiers on both sides, 约合 conversions."""
import pytest

from extract_helpers import assert_quantity

LANG = "zh"


def test_range_zhi(only_claim):
    q = only_claim("将裁减1200至1500个岗位。", LANG).quantity
    assert (q.value, q.qualifier, q.low, q.high) == (1500, "up_to", 1200, 1500)


def test_reversed_ratio_zhong_de(only_claim):
    c = only_claim("212例中的185例出现在安慰剂组。", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 185, 212)


def test_fraction_fen_zhi_is_a_share_in_percent_like_a_fraction_word(only_claim):
    c = only_claim("他们拿出五分之一的算力。", LANG)
    assert (c.kind, c.value, c.unit) == ("percent", 20, "%")


def test_scale_of_yi_is_recorded(only_claim):
    assert only_claim("总估值32亿欧元。", LANG).quantity.scale == 1e8


def test_yuehe_marks_a_conversion(claims_of):
    a, b = claims_of("投资46亿欧元，约合50亿美元。", LANG)
    assert b.conversion_of == a.id


def test_qian_signed_is_not_about(only_claim):
    assert only_claim("双方签约五年。", LANG).qualifier == "exact"


def test_fullwidth_digits(only_claim):
    assert only_claim("共有２１２架飞机。", LANG).value == 212
