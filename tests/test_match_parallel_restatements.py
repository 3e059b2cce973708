"""A figure every version states in its lead and again later is one fact (``group.RESTATED_PARALLEL``): the version
that changed its lead is compared with the others' later statement too."""
import pytest

from claimcheck.api import check_texts
from claimcheck.embed import load_encoder

SALES = {
    "en": ("Harbor Foods sold $2.48 billion of goods in the first quarter, up 5.2%, the company said on Tuesday.\n"
           "The company employs 4,300 people in six countries.\n"
           "Between January and March, sales rose from $2.36 billion to $2.48 billion compared with a year earlier."),
    "es": ("Harbor Foods vendió 2.480 millones de dólares en el primer trimestre, un 5,2% más, informó la empresa el "
           "martes.\nLa compañía emplea a 4.300 personas en seis países.\n"
           "Entre enero y marzo, las ventas pasaron de 2.360 a 2.480 millones de dólares frente al mismo periodo del "
           "año anterior."),
    "pt": ("A Harbor Foods vendeu US$ 2,84 bilhões no primeiro trimestre, alta de 5,2%, informou a empresa na "
           "terça-feira.\nA companhia emprega 4.300 pessoas em seis países.\n"
           "Entre janeiro e março, as vendas passaram de US$ 2,36 bilhões para US$ 2,48 bilhões em relação ao mesmo "
           "período do ano anterior."),
}


@pytest.mark.model
def test_a_lead_figure_every_version_restates_is_one_fact_with_its_restatement():
    report = check_texts(SALES, langs={k: k for k in SALES}, encoder=load_encoder(None))
    changed = next(c for c in report.claims if c.text == "US$ 2,84 bilhões")
    stated = [c for c in report.claims if c.value in (2.48e9, 2.84e9)]
    fact = next(f for f in report.facts if changed.id in f.claims)
    assert len(stated) == 6 and {c.id for c in stated} == set(fact.claims)  # both statements of each version
    for c in stated:
        if c.article != "pt":
            assert any({c.id, changed.id} == set(k.claims) and k.type == "value" for k in report.conflicts), c.text
