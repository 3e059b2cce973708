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


GRANTS = {
    "en": ("Lublin to spend 212 million zlotys on replacing coal stoves\n"
           "The city council approved the programme on Tuesday after a two-hour debate.\n"
           "In total the city is setting aside 212 million zlotys for the grants, of which 60 million zlotys will be "
           "paid this year."),
    "de": ("Lublin gibt 212 Millionen Zloty für den Austausch von Kohleöfen aus\n"
           "Der Stadtrat billigte das Programm am Dienstag nach zweistündiger Debatte.\n"
           "Insgesamt stellt die Stadt für die Zuschüsse 212 Millionen Zloty (rund 50 Millionen Euro) bereit, 60 "
           "Millionen Zloty davon noch in diesem Jahr."),
    "fr": ("Lublin consacre 212 millions de zlotys au remplacement des poêles à charbon\n"
           "Le conseil municipal a approuvé le programme mardi après deux heures de débat.\n"
           "Au total, la ville réserve 212 milliards de zlotys aux subventions, dont 60 millions de zlotys seront "
           "versés dès cette année."),
}


@pytest.mark.model
def test_a_restatement_with_its_own_conversion_still_states_one_figure():
    """"212 Millionen Zloty (rund 50 Millionen Euro)" is one statement: the version whose body slipped a scale
    ("212 milliards") is compared with every headline too."""
    report = check_texts(GRANTS, langs={k: k for k in GRANTS}, encoder=load_encoder(None))
    slip = next(c for c in report.claims if c.text.startswith("212 milliards"))
    heads = [c for c in report.claims if c.value == 2.12e8 and c.sentence_index == 0]
    assert len(heads) == 3
    for c in heads:
        assert any({c.id, slip.id} == set(k.claims) and k.type == "scale" for k in report.conflicts), c.text


OPENING = {
    "en": ("Lloyd cycle tunnel opens on 14 March, four months late\n"
           "The tunnel under the river will finally open to cyclists on Saturday, 14 March, the city said."),
    "nl": ("Lloydtunnel gaat 14 maart open, vier maanden te laat\n"
           "De tunnel onder de rivier gaat op zaterdag 14 maart eindelijk open voor fietsers, meldt de gemeente."),
    "de": ("Lloydtunnel öffnet am 15. März, vier Monate zu spät\n"
           "Der Tunnel unter dem Fluss wird am Samstag, 15. März, endlich für Radfahrer geöffnet, teilte die Stadt mit."),
}


@pytest.mark.model
def test_a_day_every_version_states_in_headline_and_body_is_one_fact():
    """The day of the opening in each headline and again in each lead (``group.RESTATED_DAYS``): the version that
    moved it a day is compared with every other statement, the headlines' and the leads'."""
    report = check_texts(OPENING, langs={k: k for k in OPENING}, encoder=load_encoder(None))
    drifted = [c.id for c in report.claims if c.article == "de" and c.kind == "date"]
    right = [c.id for c in report.claims if c.article != "de" and c.kind == "date"]
    assert len(drifted) == 2 and len(right) == 4
    for d in drifted:
        for r in right:
            assert any({d, r} == set(k.claims) and k.type == "date" for k in report.conflicts), (d, r)


TURBINES = {
    "en": ("Coastal wind farm to get 46 turbines\n"
           "The operator will spend two years on the site, which covers 1,900 hectares.\n"
           "The 276 MW farm will be spread across 46 turbines, the company said."),
    "es": ("El parque eólico costero tendrá 46 aerogeneradores\n"
           "La operadora dedicará dos años a las obras del predio, de 1.900 hectáreas.\n"
           "El parque de 276 MW se repartirá en 46 aerogeneradores, informó la empresa."),
    "pt": ("Parque eólico costeiro terá 64 aerogeradores\n"
           "A operadora vai dedicar dois anos às obras do terreno, de 1.900 hectares.\n"
           "O parque de 276 MW será distribuído em 64 aerogeradores, informou a empresa."),
}


@pytest.mark.model
def test_a_small_count_restated_with_its_noun_is_one_fact():
    """"46 turbines" in each headline and again in each body (``group.RESTATED_SMALL_COUNTS``): the version that
    wrote 64 in both is compared with every other statement, the headlines' and the bodies'."""
    report = check_texts(TURBINES, langs={k: k for k in TURBINES}, encoder=load_encoder(None))
    drifted = [c.id for c in report.claims if c.value == 64]
    right = [c.id for c in report.claims if c.value == 46]
    assert len(drifted) == 2 and len(right) == 4
    for d in drifted:
        for r in right:
            assert any({d, r} == set(k.claims) for k in report.conflicts), (d, r)


MARKET = {
    "en": ("Riverside night market returns on 21 August\n"
           "The market will reopen on Friday, 21 August, with 140 stalls along the quay, the organisers said."),
    "it": ("Il mercato notturno del lungofiume torna il 22 agosto\n"
           "Il mercato riaprirà venerdì 22 agosto con 140 bancarelle lungo la banchina, hanno detto gli organizzatori."),
    "fr": ("Le marché nocturne des quais fait son retour\n"
           "Le marché rouvrira le vendredi 21 août avec 140 stands le long du quai, ont indiqué les organisateurs."),
}


@pytest.mark.model
def test_a_day_some_versions_restate_in_their_headline_is_one_fact_with_every_body():
    """Two headlines date the reopening, the third does not (``group.RESTATED_SUBSET``): the headline fact's
    versions each restate their day in the body, so the two are one fact, and the version that moved the day is
    compared with the third's body as well."""
    report = check_texts(MARKET, langs={k: k for k in MARKET}, encoder=load_encoder(None))
    head = next(c for c in report.claims if c.article == "it" and c.kind == "date" and c.sentence_index == 0)
    body = next(c for c in report.claims if c.article == "fr" and c.kind == "date")
    assert any({head.id, body.id} == set(k.claims) and k.type == "date" for k in report.conflicts)


CLIMB = {
    "en": ("British climber, 61, killed in fall on Mont Blanc\n"
           "A 61-year-old climber from Leeds died on Thursday after falling about 200 metres on the Goûter route, "
           "the gendarmerie in Chamonix said.\n"
           "His two companions were flown to hospital with minor injuries.\n"
           "Rescuers reached the site by helicopter shortly after 9 a.m.\n"
           "He had climbed the mountain twice before, a friend told local radio.\n"
           "Seven people have died on the Goûter route this summer."),
    "fr": ("Un alpiniste britannique de 61 ans a trouvé la mort jeudi sur la voie du Goûter, au Mont-Blanc, après une "
           "chute d'environ 200 mètres, selon le peloton de gendarmerie de haute montagne de Chamonix.\n"
           "Le secours est arrivé en hélicoptère peu après 9 heures.\n"
           "Ses deux compagnons de cordée ont été hélitreuillés et transportés à l'hôpital, légèrement blessés.\n"
           "Depuis le début de l'été, sept personnes ont perdu la vie sur cet itinéraire."),
    "de": ("Britischer Bergsteiger (16) am Mont Blanc tödlich verunglückt\n"
           "Am Donnerstag ist ein Bergsteiger aus Leeds am Mont Blanc rund 200 Meter in die Tiefe gestürzt.\n"
           "Der 16-Jährige war mit zwei Begleitern auf der Goûter-Route unterwegs, die verletzt ins Krankenhaus "
           "gebracht wurden.\n"
           "In diesem Sommer starben auf der Route bereits sieben Menschen.\n"
           "Der Mann hatte den Berg nach Angaben eines Freundes schon zweimal bestiegen."),
}


@pytest.mark.model
def test_a_figure_left_alone_joins_the_fact_its_own_article_states_it_in():
    """"Der 16-Jährige" finds no counterpart of its own, but its article's headline "(16)" sits in the others' age
    of the climber (``group.LONE_RESTATED``): it is that age stated again, and compared with every version's."""
    report = check_texts(CLIMB, langs={k: k for k in CLIMB}, encoder=load_encoder(None))
    again = next(c for c in report.claims if c.text == "16-Jährige")
    ages = [c for c in report.claims if c.unit == "year" and c.article != "de"]
    fact = next(f for f in report.facts if again.id in f.claims)
    assert len(ages) == 3 and all(c.id in fact.claims for c in ages)
    for c in ages:
        assert any({c.id, again.id} == set(k.claims) and k.type == "value" for k in report.conflicts), c.text


SHIPS = {
    "en": ("Port of Varna handles 1,450 ships in a record year\n"
           "The port of Varna handled 1,450 ships last year, its authority said on Monday.\n"
           "The port employs 900 dockworkers and runs 14 berths.\n"
           "In all, 1,450 ships called at Varna, more than in any year before."),
    "de": ("Hafen Warna fertigt 1.540 Schiffe im Rekordjahr ab\n"
           "Der Hafen Warna fertigte im vergangenen Jahr 1.540 Schiffe ab, teilte seine Verwaltung am Montag mit.\n"
           "Der Hafen beschäftigt 900 Hafenarbeiter und betreibt 14 Liegeplätze.\n"
           "Insgesamt liefen 1.450 Schiffe Warna an, mehr als in jedem Jahr zuvor."),
    "fr": ("Le port de Varna accueille 1 450 navires, une année record\n"
           "Le port de Varna a accueilli 1 450 navires l'an dernier, a indiqué lundi son administration.\n"
           "Le port emploie 900 dockers et exploite 14 postes d'amarrage.\n"
           "Au total, 1 450 navires ont fait escale à Varna, plus qu'aucune année auparavant."),
}


@pytest.mark.model
def test_a_headline_its_lead_restates_is_one_statement_when_the_body_states_the_figure_again():
    """Each version states the figure in its headline, its lead and its body: the headline and lead, one fact, state
    it once per version, so the body's restatement joins them, and the version whose headline and lead slipped
    ("1.540") is compared with the others' body too."""
    report = check_texts(SHIPS, langs={k: k for k in SHIPS}, encoder=load_encoder(None))
    slips = [c for c in report.claims if c.value == 1540]
    body = [c for c in report.claims if c.value == 1450 and c.sentence_index == 3 and c.article != "de"]
    assert len(slips) == 2 and len(body) == 2
    for s in slips:
        for c in body:
            assert any({c.id, s.id} == set(k.claims) and k.type == "value" for k in report.conflicts), (s.text, c.text)


CRANES = {
    "en": ("Port of Gdynia to invest 318.5 million zlotys in new cranes\n"
           "The port authority will invest 318.5 million zlotys in four cranes, it said on Monday.\n"
           "Most of the 318.5 million zlotys will go to the quay, which dates from 1976."),
    "de": ("Hafen Gdynia investiert 318,5 Millionen Zloty in neue Kräne\n"
           "Die Hafenbehörde investiert 318,5 Millionen Zloty in vier Kräne, teilte sie am Montag mit.\n"
           "Der größte Teil der 318,5 Millionen Zloty fließt in den Kai, der aus dem Jahr 1976 stammt."),
    "fr": ("Le port de Gdynia investit 318,5 milliards de zlotys dans de nouvelles grues\n"
           "L'autorité portuaire investira 318,5 milliards de zlotys dans quatre grues, a-t-elle indiqué lundi.\n"
           "L'essentiel des 318,5 millions de zlotys ira au quai, qui date de 1976."),
}


@pytest.mark.model
def test_a_specific_sum_restated_in_the_body_is_one_fact_whatever_its_subject():
    """A headline and lead state "318.5 million zlotys", the body again as what most of it goes to: the subject
    words differ, but a sum of four significant digits restated by every version is one fact, so the version whose
    headline and lead slipped a scale is compared with the others' body too, and with its own."""
    report = check_texts(CRANES, langs={k: k for k in CRANES}, encoder=load_encoder(None))
    sums = [c for c in report.claims if c.kind == "money"]
    assert len(sums) == 9
    fact = next(f for f in report.facts if sums[0].id in f.claims)
    assert {c.id for c in sums} == set(fact.claims)
    slips = [c.id for c in sums if c.value == 318.5e9]
    body = next(c.id for c in sums if c.article == "fr" and c.value == 318.5e6)
    assert len(slips) == 2 and all(any({s, body} == set(k.claims) for k in report.conflicts) for s in slips)


def test_a_hedge_is_written_alike_for_a_restatement():
    """A headline's "450 firefighters" and the lead's "Some 450 firefighters" state one figure (``group``'s
    restated key); "more than 450" bounds it and stays another."""
    from claimcheck.group import _restated_key
    from claimcheck.records import Claim, Quantity

    def count(text, qualifier):
        return Claim("en:1", "en", 0, len(text), text, Quantity("count", 450.0, "count", qualifier), lang="en")
    head, lead, bound = count("450", "exact"), count("Some 450", "about"), count("more than 450", "more_than")
    assert _restated_key(head, "count") == _restated_key(lead, "count") != _restated_key(bound, "count")


DREDGING = {
    "en": ("Port board approves about €48 million for dredging the outer channel\n"
           "The board met on Monday after months of delay.\n"
           "The contract, worth €47.6 million, goes to a Dutch consortium, and work starts in May."),
    "de": ("Hafenrat bewilligt fast 48 Millionen Euro für die Ausbaggerung der Außenrinne\n"
           "Der Rat tagte am Montag nach monatelanger Verzögerung.\n"
           "Der Auftrag über 47,6 Millionen Euro geht an ein niederländisches Konsortium, die Arbeiten beginnen im Mai."),
    "fr": ("Le conseil portuaire approuve plus de 47 milliards d'euros pour draguer le chenal extérieur\n"
           "Le conseil s'est réuni lundi après des mois de retard.\n"
           "Le contrat, d'un montant de 47,6 milliards d'euros, revient à un consortium néerlandais et les travaux "
           "commencent en mai."),
}


@pytest.mark.model
@pytest.mark.parametrize("rounded", [True, False])
def test_a_headline_that_rounds_or_bounds_its_body_figure_states_the_same_fact(monkeypatch, rounded):
    """Each headline hedges the body's exact sum ("about €48 million", "fast 48 Millionen", "plus de 47 milliards"
    over 47.6): with ``group.HEADLINE_ROUNDED`` the headlines and bodies are one fact, so the version that slipped
    its scale in both is compared with every other statement; without it, the hedged headlines stand apart."""
    from claimcheck import group
    monkeypatch.setattr(group, "HEADLINE_ROUNDED", rounded)
    assert _slip_meets_every_statement(DREDGING, lambda c: c.kind == "money") == rounded


def _slip_meets_every_statement(texts, stated) -> bool:
    """Does each of fr's two slipped statements (of the six claims ``stated`` picks) make a scale conflict with
    every statement of the other versions?"""
    report = check_texts(texts, langs={k: k for k in texts}, encoder=load_encoder(None))
    claims = [c for c in report.claims if stated(c)]
    assert len(claims) == 6
    pairs = {frozenset(k.claims) for k in report.conflicts if k.type == "scale"}
    return all(frozenset((s.id, c.id)) in pairs for s in claims if s.article == "fr"
               for c in claims if c.article != "fr")


BRIDGE = {
    "en": ("Lisbon studies a second bridge over the Tagus\n"
           "The planned crossing would be 18 miles long and carry rail and road traffic.\n"
           "Engineers expect construction to take six years."),
    "de": ("Lissabon prüft eine zweite Brücke über den Tejo\n"
           "Die geplante Querung wäre 18 Kilometer lang und soll Schiene und Straße tragen.\n"
           "Für die 18 Kilometer lange Brücke rechnen die Ingenieure mit sechs Jahren Bauzeit."),
    "fr": ("Lisbonne étudie un second pont sur le Tage\n"
           "Le franchissement prévu mesurerait 18 kilomètres et porterait le rail et la route.\n"
           "Pour ce pont de 18 kilomètres, les ingénieurs prévoient six ans de travaux."),
}


@pytest.mark.model
def test_a_figure_two_versions_restate_where_a_third_left_the_sentence_out_is_one_fact():
    """de and fr state the length again in a sentence the English left out (``RESTATED_SUBSET`` since round 46):
    both restatements are the lead's fact, so the English miles are compared with them too."""
    report = check_texts(BRIDGE, langs={k: k for k in BRIDGE}, encoder=load_encoder(None))
    miles = next(c for c in report.claims if c.text.startswith("18 miles"))
    later = [c for c in report.claims if c.value == 18 and c.unit == "km" and c.sentence_index == 2]
    assert len(later) == 2
    for c in later:
        assert any({c.id, miles.id} == set(k.claims) and k.type == "unit" for k in report.conflicts), c.text


LOSSES = {
    "en": ("Brenner Glassworks closes its oldest furnace\n"
           "After a loss of nearly €57 million last year, the company will close its oldest furnace in March.\n"
           "The works employ 1,240 people.\n"
           "According to the annual accounts, last year's loss came to €56.4 million on sales of €610 million."),
    "de": ("Brenner Glashütte schließt ihren ältesten Ofen\n"
           "Nach einem Verlust von knapp 57 Millionen Euro im vergangenen Jahr schließt das Unternehmen im März "
           "seinen ältesten Ofen.\nDie Hütte beschäftigt 1.240 Menschen.\n"
           "Laut Jahresabschluss belief sich der Verlust im vergangenen Jahr auf 56,4 Millionen Euro bei einem Umsatz "
           "von 610 Millionen Euro."),
    "fr": ("La verrerie Brenner ferme son plus ancien four\n"
           "Après une perte de près de 57 milliards d'euros l'an dernier, l'entreprise fermera son plus ancien four "
           "en mars.\nL'usine emploie 1 240 personnes.\n"
           "Selon les comptes annuels, la perte de l'an dernier s'est élevée à 56,4 milliards d'euros pour un chiffre "
           "d'affaires de 610 millions d'euros."),
}


@pytest.mark.model
@pytest.mark.parametrize("anywhere", [True, False])
def test_a_lead_that_rounds_the_body_figure_states_the_same_fact(monkeypatch, anywhere):
    """Not only a headline: the lead's "nearly €57 million" rounds the accounts' "€56.4 million" in every version
    (``group.ROUNDED_ANYWHERE``), so the version that slipped its scale in both is compared with every statement
    of the others; without the rule the rounded leads stand apart from the exact figures."""
    from claimcheck import group
    monkeypatch.setattr(group, "ROUNDED_ANYWHERE", anywhere)
    loss = (57e6, 57e9, 56.4e6, 56.4e9)
    assert _slip_meets_every_statement(LOSSES, lambda c: c.kind == "money" and c.value in loss) == anywhere


def test_a_bound_far_from_a_body_figure_is_no_rounding_of_it():
    """"more than 3,000 jobs" takes in 3,500 by its one written digit, but a rounding is near what it rounds
    (``group.ROUNDED_NEAR``): in the body they are two figures; "nearly 57" over 56.4 is one."""
    from claimcheck.group import ROUNDED_NEAR, _headline_takes_in
    from claimcheck.records import Claim, Quantity

    def claim(text, value, qualifier, unit="count"):
        kind = "count" if unit == "count" else "money"
        return Claim("en:1", "en", 0, len(text), text, Quantity(kind, value, unit, qualifier), lang="en")
    bound, jobs = claim("more than 3,000", 3000.0, "more_than"), claim("3,500", 3500.0, "exact")
    assert _headline_takes_in(bound, jobs)
    assert abs(jobs.value - bound.value) > ROUNDED_NEAR * bound.value
    lead, body = claim("nearly €57 million", 57e6, "almost", "EUR"), claim("€56.4 million", 56.4e6, "exact", "EUR")
    assert _headline_takes_in(lead, body) and abs(body.value - lead.value) <= ROUNDED_NEAR * lead.value


APPLICATIONS = {
    "en": ("Heat pump grants draw record demand in Graz\n"
           "Nearly 4,800 households have applied for the city's heat pump grant since it opened in May.\n"
           "The grant covers up to 40 percent of the cost.\n"
           "Officials said 4,763 households had applied by Friday evening, when the office closed."),
    "de": ("Wärmepumpen-Förderung in Graz stark gefragt\n"
           "Fast 4.800 Haushalte haben seit Mai die Wärmepumpen-Förderung der Stadt beantragt.\n"
           "Die Förderung deckt bis zu 40 Prozent der Kosten."),
    "fr": ("Les aides aux pompes à chaleur très demandées à Graz\n"
           "Près de 4 800 ménages ont demandé l'aide municipale aux pompes à chaleur depuis son ouverture en mai.\n"
           "L'aide couvre jusqu'à 40 % du coût."),
}


@pytest.mark.model
@pytest.mark.parametrize("lone", [True, False])
def test_an_exact_figure_only_one_version_gives_joins_its_own_rounding(monkeypatch, lone):
    """Only the English gives the exact tally (4,763), which its own lead rounds ("Nearly 4,800"): with
    ``group.LONE_ROUNDED`` the tally is the lead's fact, so it is compared with the other versions; without it,
    it stands alone."""
    from claimcheck import group
    monkeypatch.setattr(group, "LONE_ROUNDED", lone)
    report = check_texts(APPLICATIONS, langs={k: k for k in APPLICATIONS}, encoder=load_encoder(None))
    tally = next(c for c in report.claims if c.value == 4763)
    lead = next(c for c in report.claims if c.article == "en" and c.value == 4800)
    fact = next(f for f in report.facts if tally.id in f.claims)
    assert (lead.id in fact.claims) == lone



def _count(cid, article, value, qualifier="exact", noun="homes"):
    from claimcheck.records import Claim, Quantity
    return Claim(cid, article, 0, 1, f"{value} {noun}", Quantity("count", value, "count", qualifier), lang=article,
                 subject=[noun])


def test_a_hedged_figure_over_its_own_article_s_figure_states_that_figure():
    """"More than 400 homes" over its lead's "418 homes" is one statement of the lead's figure, so an article whose
    headline and lead are one fact still states that fact once (``group._unrounded``); a bare figure, or a bound its
    own article's figure falls outside, is a statement of its own."""
    from claimcheck.group import _unrounded

    head, lead = _count("h", "en", 400, "more_than"), _count("l", "en", 418)
    assert [c.id for c in _unrounded([head, lead], {"h"})] == ["l"]
    assert [c.id for c in _unrounded([_count("h", "en", 400), lead], {"h"})] == ["h", "l"]
    assert [c.id for c in _unrounded([_count("h", "en", 500, "more_than"), lead], {"h"})] == ["h", "l"]
    assert [c.id for c in _unrounded([head, _count("l", "de", 418)], {"h"})] == ["h", "l"]  # another article's


LIBRARY = {
    "en": ("Tallinn library season closes with 7.2 million euros in takings\n"
           "Over 61 days the city library's summer festival took in 7.2 million euros, the culture office said on Monday.\n"
           "The festival drew 48,000 visitors, a third of them from abroad.\n"
           "In all, the festival brought 7.2 million euros to the city's culture fund."),
    "de": ("Tallinner Bibliothekssaison endet mit 7,2 Millionen Euro Einnahmen\n"
           "In 61 Tagen nahm das Sommerfestival der Stadtbibliothek 7,2 Milliarden Euro ein, teilte das Kulturamt am Montag mit.\n"
           "Das Festival zog 48.000 Besucher an, ein Drittel davon aus dem Ausland.\n"
           "Insgesamt brachte das Festival dem Kulturfonds der Stadt 7,2 Millionen Euro."),
    "fr": ("La saison de la bibliothèque de Tallinn se clôt sur 7,2 millions d'euros de recettes\n"
           "En 61 jours, le festival d'été de la bibliothèque municipale a encaissé 7,2 millions d'euros, a indiqué lundi le service culturel.\n"
           "Le festival a attiré 48 000 visiteurs, dont un tiers venus de l'étranger.\n"
           "Au total, le festival a rapporté 7,2 millions d'euros au fonds culturel de la ville."),
}


@pytest.mark.model
def test_a_sum_in_millions_restated_in_headline_and_recap_joins_the_lead_that_slipped():
    """Each version states "7.2 million euros" in its headline, lead and recap; one lead slipped a scale. A sum of two
    significant digits in millions is specific enough that the headline and recap, one fact, take in the lead, so
    the slip is compared with every version's headline and recap too."""
    report = check_texts(LIBRARY, langs={k: k for k in LIBRARY}, encoder=load_encoder(None))
    sums = [c for c in report.claims if c.kind == "money"]
    assert len(sums) == 9
    slip = next(c.id for c in sums if c.value == 7.2e9)
    others = [c.id for c in sums if c.value == 7.2e6 and c.article != "de"]
    assert all(any({slip, o} == set(k.claims) for k in report.conflicts) for o in others)


def _stated(cid: str, art: str, value: float, unit: str = "m3", kind: str = "measure", subject=("water",)):
    from claimcheck.records import Claim, Quantity
    return Claim(cid, art, 0, 1, "x", Quantity(kind, value, unit), lang=art, subject=list(subject))


@pytest.mark.parametrize("ru_second,other_slip,joined", [
    ((2e11, "m3", "measure", ("water",)), False, True),   # "200 млрд кубометров" beside "200 млн": a slip, one fact
    ((2e11, "m3", "measure", ("water",)), True, False),   # a second version with two figures: two facts
    ((1.2e5, "INR", "money", ("loss",)), False, True),    # one currency: still one slip
    ((1.86e9, "count", "count", ("bushels",)), False, False),  # what they count differs: two facts
])
def test_one_version_may_state_a_fact_with_its_slip_beside_the_right_figure(ru_second, other_slip, joined):
    """The headline's fact holds each version's figure once; the body's fact holds one version's figure twice,
    once slipped. Only that version may, and only with one unit and, for counts, what it counts."""
    from claimcheck.group import _each_stated_once
    value, unit, kind, subject = ru_second
    base_unit, base_kind = (unit, kind) if kind != "measure" else ("m3", "measure")
    head = [_stated(f"h{a}", a, 2e8, base_unit, base_kind, subject) for a in ("en", "he", "ru")]
    body = [_stated(f"b{a}", a, 2e8, base_unit, base_kind, subject) for a in ("en", "he", "ru")]
    if kind == "count":
        body[2] = _stated("bru", "ru", 2e8, "count", "count", ("barges",))
        head[2] = _stated("hru", "ru", 2e8, "count", "count", ("barges",))
    body.append(_stated("sru", "ru", value, unit, kind, subject))
    if other_slip:
        body.append(_stated("sen", "en", value, unit, kind, subject))
    key_of = {c.id: (c.article, c.kind, c.unit, c.value) for c in head + body}
    assert _each_stated_once(head, body, key_of) is joined


MAAS_BRIDGE = {
    "en": ("Rotterdam approves a new bridge over the Maas\n"
           "The city council approved the bridge, which will cost 2.45 billion euros, on 13 January 2027.\n"
           "Construction is due to start in the spring and will take four years."),
    "fr": ("Rotterdam approuve un nouveau pont sur la Meuse\n"
           "Le conseil municipal a approuvé le 13 janvier 2027 le pont, qui coûtera 2,45 milliards d'euros.\n"
           "Les travaux doivent commencer au printemps et dureront quatre ans."),
    "de": ("Rotterdam genehmigt neue Brücke über die Maas\n"
           "Der Stadtrat hat am 13. Januar 2027 die Brücke genehmigt, die 2,45 Milliarden Euro kosten wird.\n"
           "Der Bau soll im Frühjahr beginnen und vier Jahre dauern.\n"
           "Kritiker halten die Summe von 2,45 Millionen Euro für zu hoch und fordern eine Prüfung durch den "
           "Rechnungshof."),
}


@pytest.mark.model
@pytest.mark.parametrize("rescaled", [True, False])
def test_a_lone_figure_its_own_article_states_under_another_scale_word_joins_that_fact(monkeypatch, rescaled):
    """Only the German repeats the cost, and slips its scale word ("2,45 Millionen Euro" beside its own "2,45
    Milliarden Euro"): with ``group.LONE_RESCALED`` the slip is the cost's fact, compared with every version; without
    it, nothing else in the story joins it to the cost. The written date is no figure the rule reads."""
    from claimcheck import group
    monkeypatch.setattr(group, "LONE_RESCALED", rescaled)
    report = check_texts(MAAS_BRIDGE, langs={k: k for k in MAAS_BRIDGE}, encoder=load_encoder(None))
    slip = next(c for c in report.claims if c.value == 2.45e6)
    fact = next(f for f in report.facts if slip.id in f.claims)
    costs = [c for c in report.claims if c.value == 2.45e9]
    assert len(costs) == 3
    assert all(c.id in fact.claims for c in costs) == rescaled
    assert any(k.type == "scale" and slip.id in k.claims for k in report.conflicts) == rescaled


@pytest.mark.parametrize("a,b,unit_b,joined", [
    (136, 163, "km", True),      # two neighbouring digits swapped
    (1214, 1241, "km", True),
    (36, 63, "km", False),       # two digits: too short to tell from another figure
    (136, 361, "km", False),     # not neighbours
    (27, 27, "mi", True),        # one figure under another unit of its dimension
    (27, 27, "kg", False),       # another dimension
], ids=["swap", "swap-4", "short", "far", "unit", "dimension"])
def test_a_lone_figure_slipped_in_its_digits_or_unit_is_told_apart_from_another(a, b, unit_b, joined):
    """``group.LONE_RESCALED`` reads a lone figure as its own article's other figure only where the two are written alike
    but for two neighbouring digits swapped (three digits or more) or the unit of one dimension."""
    from claimcheck.group import _reunited, _transposed
    from claimcheck.quantities import unit_dimension
    from claimcheck.records import Claim, Quantity

    def measure(value, unit):
        return Claim("x", "lv", 0, 1, f"{value} {unit}", Quantity("measure", float(value), unit), lang="lv")
    x, y = measure(a, "km"), measure(b, unit_b)
    same_dimension = unit_dimension("km")[0] == (unit_dimension(unit_b) or ("",))[0]
    assert (_transposed(x, y) if unit_b == "km" else same_dimension and _reunited(x, y)) is joined


def _joined_restatements(facts, dim):
    """The groups after ``join_parallel_restatements`` of two facts of claims built by hand (each a list of claims of
    one ``dim``), every article's text a headline over a long body."""
    from types import SimpleNamespace

    from claimcheck.group import _Groups, _restated_key, join_parallel_restatements
    from claimcheck.records import Article

    claims = [c for fact in facts for c in fact]
    ctx = SimpleNamespace(claims=claims, dims=[dim] * len(claims), _restated=[_restated_key(c, dim) for c in claims])
    articles = [Article(a, f"{a}.txt", "Headline\n" + "x" * 600, lang=a) for a in dict.fromkeys(c.article for c in claims)]
    groups = _Groups(claims, set())
    for fact in facts:
        for c in fact[1:]:
            groups.union(fact[0].id, c.id, force=True)
    join_parallel_restatements(groups, ctx, articles)
    return groups



@pytest.mark.parametrize("slips", [True, False], ids=["slip-restates", "slips-ignored"])
def test_a_version_that_restates_a_figure_with_its_own_slip_still_says_two_facts_are_one(monkeypatch, slips):
    """tr states "180 milyon lira" in its lead and again later; az states "180 milyon lirə" in its lead and "180 milyard
    lirə", a scale word off, later; en only later. Each of tr and az says the lead's fact and the later one are one
    (``group.RESTATED_SLIPS``): az's slip counts as a restatement where tr writes the two alike, and the two facts
    join, so az's slip meets every "180 million". Without it only tr restates, one version, too few."""
    from claimcheck import group
    from claimcheck.records import Claim, Quantity

    monkeypatch.setattr(group, "RESTATED_SLIPS", slips)

    def money(cid, value, sentence):
        article = cid.split(":")[0]
        return Claim(cid, article, 10 * sentence, 10 * sentence + 5, f"{value:g}", Quantity("money", value, "TRY",
                                                                                           scale=1e6 if value < 1e9 else 1e9),
                     lang=article, sentence_index=sentence, sentence_start=10 * sentence)
    lead = [money("tr:1", 180e6, 1), money("az:1", 180e6, 1)]
    later = [money("tr:2", 180e6, 3), money("az:2", 180e9, 3), money("en:1", 180e6, 3)]
    groups = _joined_restatements([lead, later], "money")
    assert (groups.find("tr:1") == groups.find("en:1")) is slips


def test_inflected_forms_of_one_counted_noun_are_one_noun():
    """az "binanın" and "binanı", de "Gebäude" and "Gebäuden" count one thing; "suden" and "sudna" (three letters
    in common) and "okul" and "school" do not share a noun by their letters."""
    from claimcheck.group import _shares_noun

    assert _shares_noun(["binanın"], ["binanı"]) and _shares_noun(["gebäude", "neue"], ["gebäuden"])
    assert not _shares_noun(["суден"], ["судна"]) and not _shares_noun(["okul"], ["school"])


@pytest.mark.parametrize("bound,joined", [("more_than", True), ("about", False)], ids=["bound", "hedge"])
def test_a_bound_far_from_its_own_article_s_figure_still_restates_it(bound, joined):
    """cs and pl each state "2 400 lidí" in one fact and "přes 2 000 lidí" (more than 2,000) in another; sk states
    "menej ako 2 000" there. A bound takes in its article's figure as far as its last written digit reaches
    (``group.BOUND_REACH``), so two versions say the facts are one and sk's bound meets every 2,400; "about 2,000"
    is no rounding of 2,400, and the facts stay two."""
    from claimcheck.records import Claim, Quantity

    def count(cid, value, sentence, qualifier="exact"):
        article = cid.split(":")[0]
        return Claim(cid, article, 100 * sentence, 100 * sentence + 5, f"{value:g}",
                     Quantity("count", value, qualifier=qualifier), lang=article, sentence_index=sentence,
                     sentence_start=100 * sentence, subject=["people"])
    exact = [count("cs:1", 2400, 2), count("pl:1", 2400, 2), count("sk:1", 2400, 2)]
    bounds = [count("cs:2", 2000, 5, bound), count("pl:2", 2000, 5, bound), count("sk:2", 2000, 5, "less_than")]
    groups = _joined_restatements([exact, bounds], "count")
    assert (groups.find("cs:1") == groups.find("sk:2")) is joined


REFIT = {
    "en": ("Offshore wind farm to grow to 318 MW after refit\n"
           "The operator said on Monday that the refit will raise the farm's capacity from 280 MW to 318 MW by 2028.\n"
           "Once the works are finished, its 318 MW will cover a larger share of the region's demand."),
    "es": ("El parque eólico marino crecerá hasta 318 MW tras la reforma\n"
           "El operador dijo el lunes que la reforma elevará la capacidad del parque de 280 MW a 381 MW en 2028.\n"
           "Una vez terminadas las obras, sus 318 MW cubrirán una parte mayor de la demanda de la región."),
    "fr": ("Le parc éolien en mer passera à 318 MW après sa rénovation\n"
           "L'exploitant a annoncé lundi que la rénovation portera la capacité du parc de 280 MW à 318 MW d'ici 2028.\n"
           "Une fois les travaux achevés, ses 318 MW couvriront une plus grande part de la demande de la région."),
}


@pytest.mark.model
def test_a_measure_of_three_digits_an_article_states_twice_is_one_fact_with_its_headline():
    """Each version states "318 MW" in its headline, its body and a recap; one body slipped to "381 MW". Two
    statements of a measure of three significant digits in one article name one thing, as a specific sum of money's
    do (``group._specific_figure``): the slip is compared with every headline, its own too."""
    report = check_texts(REFIT, langs={k: k for k in REFIT}, encoder=load_encoder(None))
    slip = next(c for c in report.claims if c.text == "381 MW")
    heads = [c for c in report.claims if c.value == 318 and c.sentence_index == 0]
    assert len(heads) == 3
    for c in heads:
        assert any({c.id, slip.id} == set(k.claims) and k.type == "value" for k in report.conflicts), c.text


@pytest.mark.parametrize("clocks", [True, False], ids=["clocks-restate", "clocks-ignored"])
def test_a_clock_each_version_writes_twice_is_one_moment(monkeypatch, clocks):
    """en and fr each give the fire's start, "14:35", in the lead and again later; pt writes "14h35" in the lead and
    its slip "14h53" later. Two versions say the lead's fact and the later one are one (``group.RESTATED_CLOCKS``):
    the facts join, and pt's slip meets every 14:35. Without it a clock is never restated, and the facts stay two."""
    from claimcheck import group
    from claimcheck.records import Claim, Quantity

    monkeypatch.setattr(group, "RESTATED_CLOCKS", clocks)

    def clock(cid, value, sentence):
        article = cid.split(":")[0]
        return Claim(cid, article, 100 * sentence, 100 * sentence + 5, value, Quantity("date", value, "time"),
                     lang=article, sentence_index=sentence, sentence_start=100 * sentence)
    lead = [clock("en:1", "14:35", 1), clock("fr:1", "14:35", 1), clock("pt:1", "14:35", 1)]
    later = [clock("en:2", "14:35", 6), clock("fr:2", "14:35", 6), clock("pt:2", "14:53", 6)]
    groups = _joined_restatements([lead, later], "time_of_day")
    assert (groups.find("en:1") == groups.find("pt:2")) is clocks
