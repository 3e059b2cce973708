"""Regional styles of figures, end to end: Mexican Spanish, Brazilian and European Portuguese, Canadian French.

Each story is told in English and in one or two regional variants that write the same figures their own way:
Mexico "$12,000 millones" (pesos, a comma grouping thousands), "63,300 mdd" (millions of dollars) against Spain
"12.000 millones de pesos"; Brazil
"R$ 38,2 bilhões", "US$ 102 bilhões", "2 milhões e 200 mil barris", "às 14h30" against Portugal "38,2 mil milhões de reais"; Quebec "2,5 G$"
(billions of Canadian dollars), "1er mars" against France "2,5 milliards de dollars canadiens". The agreeing sets must give no conflict; a copy with one figure changed
must be reported, with the changed version as the outlier. The stories run through the public API with the default
encoders (one load for the module). A row the tool does not yet get right is a strict xfail naming the stage.
"""
from __future__ import annotations

import pytest

import claimcheck
from story_helpers import changed, describe

pytestmark = pytest.mark.model


STORIES = {
    "mx_budget": {
        "en": ("Remittances to Mexico reached 63.3 billion dollars in 2023, the central bank said on Tuesday. "
               "The government will invest 12 billion pesos in the Maya Train this year. "
               "About 1,500 people were evacuated in Acapulco after the storm. "
               "Annual inflation closed at 4.66%."),
        "es": ("Las remesas a México alcanzaron 63,300 mdd en 2023, informó el martes el banco central. "
               "El gobierno invertirá $12,000 millones en el Tren Maya este año. "
               "Unas 1,500 personas fueron evacuadas en Acapulco tras la tormenta. "
               "La inflación anual cerró en 4.66%."),
        "es-ES": ("Las remesas a México alcanzaron 63.300 millones de dólares en 2023, informó el martes el banco "
                  "central. El Gobierno invertirá 12.000 millones de pesos en el Tren Maya este año. "
                  "Unas 1.500 personas fueron evacuadas en Acapulco tras la tormenta. "
                  "La inflación anual cerró en el 4,66 %."),
    },
    "br_petrobras": {
        "en": ("Petrobras reported a net profit of 38.2 billion reais in the third quarter. "
               "The company plans to invest 102 billion dollars over five years. "
               "Output averaged 2.2 million barrels a day. "
               "Its shares rose 3.5% on Thursday. "
               "The board met at 2:30 p.m. in Rio de Janeiro."),
        "pt-BR": ("A Petrobras registrou lucro líquido de R$ 38,2 bilhões no terceiro trimestre. "
                  "A empresa planeja investir US$ 102 bilhões em cinco anos. "
                  "A produção média foi de 2 milhões e 200 mil barris por dia. "
                  "As ações subiram 3,5% na quinta-feira. "
                  "O conselho se reuniu às 14h30 no Rio de Janeiro."),
        "pt-PT": ("A Petrobras registou um lucro líquido de 38,2 mil milhões de reais no terceiro trimestre. "
                  "A empresa prevê investir 102 mil milhões de dólares em cinco anos. "
                  "A produção média foi de 2,2 milhões de barris por dia. "
                  "As ações subiram 3,5% na quinta-feira. "
                  "O conselho reuniu-se às 14h30 no Rio de Janeiro."),
    },
    "qc_dam": {
        "en": ("Hydro-Québec will invest C$2.5 billion in the new dam, the utility said on Monday. "
               "The project will create 1,200 jobs in the region. "
               "Construction will begin on 1 March 2025 and last six years. "
               "The site lies 350 kilometres north of Montreal."),
        "fr": ("Hydro-Québec investira 2,5 G$ dans le nouveau barrage, a annoncé la société d'État lundi. "
               "Le projet créera 1 200 emplois dans la région. "
               "Les travaux commenceront le 1er mars 2025 et dureront six ans. "
               "Le chantier se trouve à 350 kilomètres au nord de Montréal."),
        "fr-FR": ("Hydro-Québec va investir 2,5 milliards de dollars canadiens dans le nouveau barrage, a annoncé "
                  "l'entreprise lundi. Le projet créera 1200 emplois dans la région. Les travaux débuteront le "
                  "1er mars 2025 et dureront six ans. Le chantier est situé à 350 km au nord de Montréal."),
    },
}


def _changed(name: str, version: str, old: str, new: str) -> dict:
    return changed(STORIES[name], version, old, new)


# (name, versions) that agree: no conflict
AGREEING = [
    ("mx_budget", STORIES["mx_budget"]),
    ("br_petrobras", STORIES["br_petrobras"]),
    ("qc_dam", STORIES["qc_dam"]),
]

# (name, versions with one figure changed, expected conflict type, the outlier)
CHANGED = [
    ("mx_budget_value", _changed("mx_budget", "es", "$12,000 millones", "$21,000 millones"), "value", "es"),
    ("mx_budget_unit", _changed("mx_budget", "es", "63,300 mdd", "63,300 mdp"), "unit", "es"),
    ("br_petrobras_scale", _changed("br_petrobras", "pt-PT", "38,2 mil milhões de reais", "38,2 milhões de reais"),
     "scale", "pt-PT"),
    ("br_petrobras_output", _changed("br_petrobras", "pt-BR", "2 milhões e 200 mil barris", "2 milhões e 800 mil barris"),
     "value", "pt-BR"),
    ("br_petrobras_time", _changed("br_petrobras", "pt-BR", "às 14h30", "às 16h30"), "date", "pt-BR"),
    ("qc_dam_scale", _changed("qc_dam", "fr", "2,5 G$", "2,5 M$"), "scale", "fr"),
    ("qc_dam_date", _changed("qc_dam", "fr", "le 1er mars 2025", "le 1er mai 2025"), "date", "fr"),
]


@pytest.mark.parametrize("name, texts", AGREEING, ids=[(r.values if hasattr(r, "values") else r)[0] for r in AGREEING])
def test_regional_story_agrees(encoders, name, texts):
    report = claimcheck.check(texts, encoder=encoders)
    assert {a.lang.split("-")[0] for a in report.articles} == {k.split("-")[0] for k in texts}, describe(report)
    assert not report.conflicts, describe(report)


@pytest.mark.parametrize("name, texts, expected, outlier", CHANGED,
                         ids=[(r.values if hasattr(r, "values") else r)[0] for r in CHANGED])
def test_regional_story_changed(encoders, name, texts, expected, outlier):
    report = claimcheck.check(texts, encoder=encoders)
    assert report.conflicts, describe(report)
    assert {c.type for c in report.conflicts} == {expected}, describe(report)
    assert {c.outlier for c in report.conflicts} == {outlier}, describe(report)
    assert len(report.conflicts) == len(texts) - 1, describe(report)


# A version named by its region reads "$" as that region's currency with no country named (``regions``).
REGION_ROWS = [
    ("es-MX", "El litro cuesta $24.50 y la obra 3,500 mdp.", [(24.5, "MXN"), (3.5e9, "MXN")]),
    ("es-AR", "Las jubilaciones subieron a $150.000.", [(150000.0, "ARS")]),
    ("es", "Las jubilaciones subieron a $150.000.", [(150000.0, "USD")]),
    ("fr-CA", "Le prix atteint 1,85 $ le litre et le contrat vaut 12 millions de dollars.", [(1.85, "CAD"), (1.2e7, "CAD")]),
    ("fr", "Le prix atteint 1,85 $ le litre et le contrat vaut 12 millions de dollars.", [(1.85, "USD"), (1.2e7, "USD")]),
]


@pytest.mark.parametrize("lang, text, expected", REGION_ROWS, ids=[f"{r[0]}-{n}" for n, r in enumerate(REGION_ROWS)])
def test_region_reads_its_dollar(lang, text, expected):
    from claimcheck.extract import extract_claims
    from claimcheck.records import Article
    claims = extract_claims(Article(id="x", source="-", text=text, lang=lang))
    assert [(c.quantity.value, c.quantity.unit) for c in claims] == expected


# The region reaches the extractor from wherever a reader names the locale: a file named for it, ``lang`` given
# with a region, a JSONL record's "lang" field. The article's language stays the language ("es").
REGION_TEXT = "La Corte Suprema fijó una multa de $4.500.000 a la empresa."


def test_file_named_by_its_locale_reads_the_local_dollar(tmp_path):
    (tmp_path / "es-CL.txt").write_text(REGION_TEXT, encoding="utf-8")
    (tmp_path / "es.txt").write_text(REGION_TEXT, encoding="utf-8")
    report = claimcheck.extract([tmp_path / "es-CL.txt", tmp_path / "es.txt"])
    assert [(a.id, a.lang, a.region) for a in report.articles] == [("es-CL", "es", "CL"), ("es", "es", None)]
    assert [(c.article, c.quantity.unit) for c in report.claims] == [("es-CL", "CLP"), ("es", "USD")]


def test_given_locale_and_jsonl_field_read_the_local_dollar(tmp_path):
    assert [c.quantity.unit for c in claimcheck.extract({"a": REGION_TEXT}, lang="es_ar").claims] == ["ARS"]
    path = tmp_path / "story.jsonl"
    path.write_text('{"id": "mx", "lang": "es-MX", "text": "%s"}\n{"id": "x", "lang": "es", "text": "%s"}\n'
                    % (REGION_TEXT, REGION_TEXT), encoding="utf-8")
    report = claimcheck.extract([path])
    assert [(a.region, c.quantity.unit) for a, c in zip(report.articles, report.claims)] == [("MX", "MXN"), (None, "USD")]


def test_an_id_naming_another_language_gives_no_region():
    report = claimcheck.extract({"fr-CA": "Le gouvernement a annoncé 12 millions de dollars pour le port."})
    assert report.articles[0].lang == "fr" and report.articles[0].region == "CA"
    report = claimcheck.extract({"es-MX": "The government announced $12 million for the port on Tuesday."})
    assert report.articles[0].lang == "en" and report.articles[0].region is None
    assert report.claims[0].quantity.unit == "USD"
