"""Russian: млн/млрд/трлн abbreviations, space-grouped thousands, "из" ratios, genitive month names."""
import pytest

from extract_helpers import assert_quantity

LANG = "ru"

CLAIMS = [
    ("Землетрясение силой 7,5 баллов.", "other", 7.5, "magnitude", "exact"),
    ("Помощь получили 5 миллионам людей.", "count", 5e6, "count", "exact"),
    ("Фонд управляет 3 миллиардами долларов.", "money", 3e9, "USD", "exact"),
    ("Выплаты получили 2 тысячам семей.", "count", 2000, "count", "exact"),
    ("Рост составил 34 процентам.", "percent", 34, "%", "exact"),
    ("Свинья весом в 250 килограмм.", "measure", 250, "kg", "exact"),
    ("Выпадет 10 см осадков.", "measure", 10, "cm", "exact"),
    ("Арестован 20-летний баскетболист.", "duration", 20, "year", "exact"),
    ("Инвестиции составят 4,6 млрд евро.", "money", 4.6e9, "EUR", "exact"),
    ("Компания получила 11 млн долларов.", "money", 1.1e7, "USD", "exact"),
    ("Долг достиг 2 трлн рублей.", "money", 2e12, "RUB", "exact"),
    ("Более 3 000 рабочих мест будет создано.", "count", 3000, "count", "more_than"),
    ("Около 500 человек эвакуированы.", "count", 500, "count", "about"),
    ("Инфляция составила 7,5 процента.", "percent", 7.5, "%", "exact"),
    ("Забастовка длилась девять дней.", "duration", 9, "day", "exact"),
    ("Пожар уничтожил 6 800 гектаров леса.", "measure", 6800, "ha", "exact"),
    ("Ветер достигал 200 км/ч.", "measure", 200, "km/h", "exact"),
]

DATES = [
    ("Землетрясение произошло в сентябре 2017 г.", "2017-09"),
    ("Соглашение подписано 3 марта 2025 года.", "2025-03-03"),
    ("Выборы прошли 23.02.2025.", "2025-02-23"),
]

NOT_CLAIMS = ["Он купил машину.", "Обе компании объединятся.", "Разрушены тысячи домов.", "Отметили 60-летие победы."]


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_russian_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_russian_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_russian_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []


def test_ratio_iz(only_claim):
    c = only_claim("Подписали 700 из 770 сотрудников.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 700, 770)
