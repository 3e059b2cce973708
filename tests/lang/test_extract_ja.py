"""Japanese: 万/億/兆 scales, 円 = JPY, counters (人, 機), right-hand qualifiers (以上, 約)."""
import pytest

from extract_helpers import assert_quantity

LANG = "ja"




def test_range_with_wave_dash(only_claim):
    q = only_claim("1200～1500人が削減される。", LANG).quantity
    assert (q.value, q.low, q.high, q.qualifier) == (1500, 1200, 1500, "up_to")


def test_n_ni_one_with_the_same_counter_is_a_ratio(only_claim):
    c = only_claim("子どもの5人に1人が隠している。", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 1, 5)


def test_ni_before_an_amount_of_another_kind_is_no_ratio(claims_of):
    assert [c.kind for c in claims_of("3人に1万円を配った。", LANG)] == ["count", "money"]


def test_a_share_in_tenths_is_written_to_a_tenth(only_claim):
    """"約2割" is what rounds to 20 %: its scale is the tenth it is told in; "3割5分" is told to a point."""
    assert only_claim("利用者の約2割が高齢者だった。", LANG).quantity.scale == 10.0
    assert only_claim("支持率は3割5分に上った。", LANG).quantity.scale == 1.0
