"""Japanese: 万/億/兆 scales, 円 = JPY, counters (人, 機), right-hand qualifiers (以上, 約)."""
import pytest

from extract_helpers import assert_quantity

LANG = "ja"

CLAIMS = [
    ("女性に37万5,000ドルを手渡した。", "money", 375000, "USD", "exact"),
    ("1億4,200万人のフォロワーがいる。", "count", 1.42e8, "count", "exact"),
    ("費用は22憶ユーロに膨らんだ。", "money", 2.2e9, "EUR", "exact"),
    ("彼は4日後に殺害された。", "duration", 4, "day", "exact"),
    ("週4日労働を検討する。", "duration", 4, "day", "exact"),
    ("私が32年前に入党した。", "duration", 32, "year", "exact"),
    ("最大風速85マイルに達した。", "measure", 85, "mph", "exact"),
    ("歳入は1億2千万ポンドに上る。", "money", 1.2e8, "GBP", "exact"),
    ("増員は1万2000人だった。", "count", 12000, "count", "exact"),
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


def test_n_ni_one_with_the_same_counter_is_a_ratio(only_claim):
    c = only_claim("子どもの5人に1人が隠している。", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 1, 5)


def test_ni_before_an_amount_of_another_kind_is_no_ratio(claims_of):
    assert [c.kind for c in claims_of("3人に1万円を配った。", LANG)] == ["count", "money"]
