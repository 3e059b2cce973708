"""Chinese: 万/亿/万亿 scales glued to digits or numerals, 百分之, classifiers, qualifiers on both sides, 约合 conversions."""
import pytest

from extract_helpers import assert_quantity

LANG = "zh"

CLAIMS = [
    ("这头 550 磅重的公猪伤人。", "measure", 550, "lb", "exact"),
    ("海浪高达 20 英尺。", "measure", 20, "ft", "up_to"),
    ("罚款 550 英镑。", "money", 550, "GBP", "exact"),
    ("7.5级地震引发海啸。", "other", 7.5, "magnitude", "exact"),
    ("四级飓风登陆。", "other", 4, "category", "exact"),
    ("预算达到1亿。", "count", 1e8, "count", "exact"),
    ("公司宣布投资100亿美元。", "money", 1e10, "USD", "exact"),
    ("该公司市值达2.81万亿美元。", "money", 2.81e12, "USD", "exact"),
    ("合同金额为8500万欧元。", "money", 8.5e7, "EUR", "exact"),
    ("去年营收1200亿元人民币。", "money", 1.2e11, "CNY", "exact"),
    ("每剂不到70元人民币。", "money", 70, "CNY", "less_than"),
    ("奖金最高1500万欧元。", "money", 1.5e7, "EUR", "up_to"),
    ("约4100万人次乘坐了航班。", "count", 4.1e7, "count", "about"),
    ("逾2.8万名志愿者参加。", "count", 28000, "count", "more_than"),
    ("至少14人死亡。", "count", 14, "count", "at_least"),
    ("共有212架飞机。", "count", 212, "count", "exact"),
    ("现场有300多人。", "count", 300, "count", "more_than"),
    ("大约有5000人左右。", "count", 5000, "count", "about"),
    ("持股比例为百分之五十五。", "percent", 55, "%", "exact"),
    ("有效率为87%。", "percent", 87, "%", "exact"),
    ("失业率下降0.5个百分点。", "percent", 0.5, "pp", "exact"),
    ("随访期为18个月。", "duration", 18, "month", "exact"),
    ("他今年23岁。", "duration", 23, "year", "exact"),
    ("合同期限五年。", "duration", 5, "year", "exact"),
    ("风速达每小时240公里。", "measure", 240, "km/h", "exact"),
    ("厂区面积约1.1平方公里。", "measure", 1.1, "km2", "about"),
    ("产能为40吉瓦时。", "measure", 40, "GWh", "exact"),
    ("飓风以四级强度登陆。", "other", 4, "category", "exact"),
    ("疫苗完成了三期试验。", "other", 3, "phase", "exact"),
    ("两家德国汽车制造商签约。", "count", 2, "count", "exact"),
]

DATES = [
    ("飓风于9月20日登陆。", "2025-09-20"),
    ("会议于2023年11月21日召开。", "2023-11-21"),
    ("工厂将于2027年投产。", "2027"),
    ("2019年7月双方签约。", "2019-07"),
]

NOT_CLAIMS = [
    "庆祝建国60周年。",
    "他被控二级谋杀。",
    "一家公司宣布合并。",
    "此次合并有助于两家公司扩大规模。",
    "这是一款四价疫苗。",
    "他十分高兴。",
    "千万不要错过。",
    "会议从午夜12点开始。",
]


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_chinese_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_chinese_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_chinese_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []


def test_range_zhi(only_claim):
    q = only_claim("将裁减1200至1500个岗位。", LANG).quantity
    assert (q.value, q.qualifier, q.low, q.high) == (1500, "up_to", 1200, 1500)


def test_reversed_ratio_zhong_de(only_claim):
    c = only_claim("212例中的185例出现在安慰剂组。", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 185, 212)


def test_fraction_fen_zhi_is_a_share_like_a_fraction_word(only_claim):
    c = only_claim("他们拿出五分之一的算力。", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 0.2, 1)


def test_scale_of_yi_is_recorded(only_claim):
    assert only_claim("总估值32亿欧元。", LANG).quantity.scale == 1e8


def test_yuehe_marks_a_conversion(claims_of):
    a, b = claims_of("投资46亿欧元，约合50亿美元。", LANG)
    assert b.conversion_of == a.id


def test_qian_signed_is_not_about(only_claim):
    assert only_claim("双方签约五年。", LANG).qualifier == "exact"


def test_fullwidth_digits(only_claim):
    assert only_claim("共有２１２架飞机。", LANG).value == 212
