"""Two facts whose holders one version names crosswise change that version's claims (``group.untangle_named_pairs``),
and a weekday named alone pairs with a weekday, a calendar date with a date (``group.weekday_against_date``)."""
import pytest

from claimcheck.api import check_texts
from claimcheck.embed import load_encoder

# the Spanish version gives each country the other's tonnage; every version writes the figures in one order
SHIPMENTS = {
    "en": "Shipments to Chile reached 40,000 tonnes in May, and those to Peru 25,000 tonnes.\nPrices fell 3%.",
    "es": ("Los envíos a Perú alcanzaron 40.000 toneladas en mayo, y los destinados a Chile, 25.000 toneladas.\n"
           "Los precios bajaron un 3%."),
    "fr": ("Les livraisons vers le Chili ont atteint 40 000 tonnes en mai, et celles vers le Pérou 25 000 tonnes.\n"
           "Les prix ont baissé de 3 %."),
}

# each version names the announcement's weekday and the opening's date, in opposite orders; one moved the opening
OPENING = {
    "en": "The plant will open on Sunday, March 1, the water authority announced on Wednesday.",
    "de": "Die Wasserbehörde kündigte am Mittwoch an, dass die Anlage am Sonntag, 1. März, eröffnet wird.",
    "fr": "L'autorité de l'eau a annoncé mercredi que l'usine ouvrira le lundi 2 mars.",
}


@pytest.mark.model
def test_a_version_that_swapped_two_holders_figures_is_compared_figure_against_figure():
    report = check_texts(SHIPMENTS, langs={k: k for k in SHIPMENTS}, encoder=load_encoder(None))
    by_text = {c.text: c for c in report.claims}
    fact_of = {c: f.id for f in report.facts for c in f.claims}
    assert fact_of[by_text["40,000 tonnes"].id] == fact_of[by_text["25.000 toneladas"].id] == \
        fact_of[by_text["40 000 tonnes"].id]
    assert report.conflicts and all(k.outlier == "es" for k in report.conflicts)


@pytest.mark.model
def test_a_weekday_alone_and_a_calendar_date_never_cross_where_each_sentence_states_both():
    report = check_texts(OPENING, langs={k: k for k in OPENING}, encoder=load_encoder(None))
    units = {c.id: c.unit for c in report.claims}
    assert all(len({units[c] for c in f.claims}) == 1 for f in report.facts)
    moved = next(c for c in report.claims if c.article == "fr" and c.unit == "date")
    assert report.conflicts and all(moved.id in k.claims for k in report.conflicts)
