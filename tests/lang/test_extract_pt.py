"""Portuguese: "mil milhões" (pt-PT) and "bilhão" (pt-BR) are both 1e9, "bilião" (pt-PT) is 1e12; R$ is BRL."""
import pytest

from extract_helpers import assert_quantity

LANG = "pt"

CLAIMS = [
    ("O governo investiu R$ 2,5 bilhões no porto.", "money", 2.5e9, "BRL", "exact"),
    ("A empresa recebeu 3 mil milhões de euros.", "money", 3e9, "EUR", "exact"),
    ("A dívida chegou a 1,1 biliões de euros.", "money", 1.1e12, "EUR", "exact"),
    ("O clube pagou 45 milhões de euros.", "money", 4.5e7, "EUR", "exact"),
    ("Mais de 1.200 trabalhadores aderiram.", "count", 1200, "count", "more_than"),
    ("Cerca de 300 famílias foram retiradas.", "count", 300, "count", "about"),
    ("Pelo menos 7 pessoas morreram.", "count", 7, "count", "at_least"),
    ("A inflação subiu 4,5% em maio.", "percent", 4.5, "%", "exact"),
    ("O desemprego caiu 0,8 pontos percentuais.", "percent", 0.8, "pp", "exact"),
    ("A greve durou dez dias.", "duration", 10, "day", "exact"),
    ("O incêndio queimou 5.000 hectares.", "measure", 5000, "ha", "exact"),
    ("Ventos de 150 km/h atingiram a costa.", "measure", 150, "km/h", "exact"),
]

DATES = [
    ("A votação será na sexta-feira, 28 de novembro.", "2025-11-28"),
    ("O acordo foi assinado em 3 de março de 2024.", "2024-03-03"),
]

NOT_CLAIMS = ["Ele comprou uma casa.", "As duas empresas vão fundir-se."]


@pytest.mark.parametrize("text,kind,value,unit,qualifier", CLAIMS)
def test_reads_portuguese_quantity(only_claim, text, kind, value, unit, qualifier):
    assert_quantity(only_claim(text, LANG), kind, value, unit, qualifier)


@pytest.mark.parametrize("text,value", DATES)
def test_reads_portuguese_date(only_claim, text, value):
    assert_quantity(only_claim(text, LANG), "date", value, "date", "exact")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_ignores_portuguese_non_claims(claims_of, text):
    assert claims_of(text, LANG) == []


def test_ratio_de(only_claim):
    c = only_claim("Votaram 700 de 770 funcionários.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 700, 770)
