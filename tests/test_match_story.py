"""One small story end to end (read, extract, match, compare) with the deterministic fake encoder."""
import pytest

from claimcheck.api import check_texts
from claimcheck.embed import FakeEncoder

STORY = {
    "es": "Microsoft invirtió 11 millones de dólares en OpenAI en 2023.\n"
          "La empresa OpenAI tiene 770 empleados.",
    "fr": "Microsoft a investi 11 milliards de dollars dans OpenAI en 2023.\n"
          "L'entreprise OpenAI compte 770 employés.",
    "zh": "微软在2023年向OpenAI投资110亿美元。\nOpenAI公司有770名员工。",
}


@pytest.fixture(scope="module")
def report():
    return check_texts(STORY, langs={"es": "es", "fr": "fr", "zh": "zh"}, encoder=FakeEncoder())


def test_the_same_investment_is_one_fact_in_three_languages(report):
    money = [c for c in report.claims if c.kind == "money"]
    assert {c.article for c in money} == {"es", "fr", "zh"}
    facts = [f for f in report.facts if set(f.claims) & {c.id for c in money}]
    assert len(facts) == 1 and set(facts[0].claims) == {c.id for c in money}


def test_the_million_billion_slip_is_a_scale_conflict_against_the_spanish_article(report):
    scale = [c for c in report.conflicts if c.type == "scale"]
    assert len(scale) == 2  # es against fr and es against zh
    assert all(c.outlier == "es" and c.likely_value == pytest.approx(11e9) and c.severity == "high" for c in scale)
    assert all("11 millones de dólares" in c.explanation for c in scale)


def test_agreeing_figures_raise_no_conflict(report):
    assert [c for c in report.conflicts if c.type != "scale"] == []
    assert all(f.id == f"f{i}" for i, f in enumerate(report.facts, 1))
