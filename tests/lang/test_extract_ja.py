"""Japanese: 万/億/兆 scales, 円 = JPY, counters (人, 機), right-hand qualifiers (以上, 約)."""
import pytest

from extract_helpers import assert_quantity

LANG = "ja"

CLAIMS = [
    ("マグニチュード7.5の地震が発生した。", "other", 7.5, "magnitude", "exact"),
    ("予算は1億に達した。", "count", 1e8, "count", "exact"),
    ("祖母登志美さん（８１）が見つかった。", "duration", 81, "year", "exact"),
    ("議会の3分の2の賛成が必要だ。", "ratio", 2 / 3, "ratio", "exact"),
    ("時速12マイルで北上している。", "measure", 12, "mph", "exact"),
    ("投資額は46億ユーロに上る。", "money", 4.6e9, "EUR", "exact"),
    ("売上高は2兆円を超えた。", "money", 2e12, "JPY", "exact"),
    ("費用は5000万円だった。", "money", 5e7, "JPY", "exact"),
    ("約3000人が避難した。", "count", 3000, "count", "about"),
    ("100人以上が参加した。", "count", 100, "count", "more_than"),
    ("時速240キロの風が吹いた。", "measure", 240, "km/h", "exact"),
    ("支持率は45%だった。", "percent", 45, "%", "exact"),
    ("工期は3か月の予定だ。", "duration", 3, "month", "exact"),
    ("彼は23歳だ。", "duration", 23, "year", "exact"),
]

DATES = [
    ("3月3日（月）に発表した。", "2025-03-03"),
    ("2027年に稼働する。", "2027"),
    ("2023年11月21日に開催された。", "2023-11-21"),
]

NOT_CLAIMS = ["両社は合併する。", "午後3時に始まる。"]


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_japanese_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_japanese_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_japanese_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []


def test_range_with_wave_dash(only_claim):
    q = only_claim("1200～1500人が削減される。", LANG).quantity
    assert (q.value, q.low, q.high, q.qualifier) == (1500, 1200, 1500, "up_to")
