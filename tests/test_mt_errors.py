"""The number errors machine translation makes: each must be reported, and the faithful versions must not be.

Each story is a short news item (3-5 sentences) in English and two or three of the nine judged languages, the way
each newsroom writes its figures (de "1.500", fr "1 500", "4.200 millones", "6590亿", "34兆"); the faithful set must
give no conflict. Then one version gets one error of the kind MT output is annotated with: a false-friend scale word
(de "Billion", fr "billion", es "billón", it "bilione", pt-PT "bilião" = 10^12 for en "billion"; "Trillion" 10^18 for
en "trillion"; "млн" for "млрд"; zh "万" for "亿"; ja "億" for "兆"), a separator read the other way (de "1.500" copied
into en), a date (day and month not swapped, a month or weekday mistranslated, a year off by one), a unit or currency
(dollars turned into euros, miles or pounds kept as km or kg, a °F figure with °C, pounds of cocaine as sterling), a
qualifier dropped or swapped, a percentage for percentage points or a share, a spelled number or an ordinal
mistranslated. The error must be reported with a sensible type and the changed version as the outlier. The stories
run through the public API with the default encoders (one load for the module). A row the tool does not get right
is a strict xfail naming the stage (extraction, matching, comparison) and the cause.
"""
from __future__ import annotations

import pytest

import claimcheck
from story_helpers import changed, describe, strict_xfail

pytestmark = pytest.mark.model


BOUND = ("comparison: a bound whose range holds the other figure is judged consistent by design ('more than 300' "
         "against '300'), for stories from several sources, so a dropped 'more than' is not reported")
INCLUSIVE = ("comparison: an inclusive floor and ceiling at one figure ('at least 45' / 'höchstens 45') share the "
             "figure and are left to the intervals by design (compare._opposite_bounds)")
DOZEN = ("comparison: 'a dozen' is a collective numeral read as about 12 with a span of 8-18 "
         "(extract.COLLECTIVE_REACH), by design, so 'dieci gare' (10) lies inside it")
ORDINAL = ("matching: en 'finished third' (rank 3) against fr 'a remporté trois fois' (a count of 3): the pairs "
           "score 0.295 (fr-en) and 0.296 (fr-it), over their leftover bar 0.05, but a rank and a count keep their "
           "raw probabilities in the average-link test (group._Groups.clash), which the en-it fact fails for fr, so "
           "the fr count stays a fact of its own and the rank/count change is never compared")


# The faithful stories, by error type (1 scales, 2 separators, 3 dates, 4 units, 5 qualifiers, 6 shares, 7 spelled).
S = {
 "scale_loans": {
  "en": "The European Investment Bank approved loans worth 4.2 billion euros on Monday. About 1,200 companies will benefit from the programme. The bank expects the loans to create 35,000 jobs.",
  "de": "Die Europäische Investitionsbank genehmigte am Montag Kredite im Wert von 4,2 Milliarden Euro. Rund 1.200 Unternehmen sollen von dem Programm profitieren. Die Bank erwartet, dass durch die Kredite 35.000 Arbeitsplätze entstehen.",
  "fr": "La Banque européenne d'investissement a approuvé lundi des prêts d'un montant de 4,2 milliards d'euros. Quelque 1 200 entreprises bénéficieront du programme. La banque estime que ces prêts créeront 35 000 emplois.",
  "es": "El Banco Europeo de Inversiones aprobó el lunes préstamos por valor de 4.200 millones de euros. Unas 1.200 empresas se beneficiarán del programa. El banco prevé que los préstamos creen 35.000 empleos.",
 },
 "scale_debt": {
  "en": "US federal debt passed 34 trillion dollars in January. Interest payments reached 659 billion dollars last year. The Treasury sold bonds worth 120 million dollars to small savers.",
  "ru": "Федеральный долг США в январе превысил 34 трлн долларов. Процентные платежи в прошлом году достигли 659 млрд долларов. Минфин продал мелким вкладчикам облигации на 120 млн долларов.",
  "zh": "美国联邦债务1月份突破34万亿美元。去年利息支付达到6590亿美元。财政部向小储户出售了价值1.2亿美元的债券。",
  "ja": "米連邦債務は1月に34兆ドルを超えた。昨年の利払いは6590億ドルに達した。財務省は小口投資家に1億2000万ドル相当の国債を販売した。",
  "es": "La deuda federal de EE. UU. superó en enero los 34 billones de dólares. Los pagos de intereses alcanzaron el año pasado 659.000 millones de dólares. El Tesoro vendió bonos por 120 millones de dólares a pequeños ahorradores.",
 },
 "sep_museum": {
  "en": "The museum welcomed 1,500 visitors on its opening day. Tickets cost 12.50 euros. The building covers 3,500 square metres.",
  "de": "Das Museum empfing am Eröffnungstag 1.500 Besucher. Die Eintrittskarten kosten 12,50 Euro. Das Gebäude umfasst 3.500 Quadratmeter.",
  "fr": "Le musée a accueilli 1 500 visiteurs le jour de son ouverture. Les billets coûtent 12,50 euros. Le bâtiment s'étend sur 3\u202f500 mètres carrés.",
 },
 "sep_rail": {
  "en": "The rail operator cut 2,500 jobs last year. Its revenue fell 1.5% to 8.7 billion euros.",
  "fr": "L'opérateur ferroviaire a supprimé 2 500 emplois l'an dernier. Son chiffre d'affaires a reculé de 1,5 % à 8,7 milliards d'euros.",
  "it": "L'operatore ferroviario ha tagliato 2.500 posti di lavoro l'anno scorso. Il fatturato è sceso dell'1,5% a 8,7 miliardi di euro.",
 },
 "date_summit": {
  "en": "The summit opened on Tuesday, March 12, 2024, in Brussels. Leaders will meet again on 3/4/2025.",
  "de": "Der Gipfel wurde am Dienstag, dem 12. März 2024, in Brüssel eröffnet. Die Staats- und Regierungschefs treffen sich am 4.3.2025 erneut.",
  "fr": "Le sommet s'est ouvert le mardi 12 mars 2024 à Bruxelles. Les dirigeants se retrouveront le 4 mars 2025.",
  "es": "La cumbre se inauguró el martes 12 de marzo de 2024 en Bruselas. Los líderes volverán a reunirse el 4 de marzo de 2025.",
 },
 "date_launch": {
  "en": "The satellite was launched on 2024-05-17 from Kourou. It will reach its orbit in May 2025.",
  "fr": "Le satellite a été lancé le 17 mai 2024 depuis Kourou. Il atteindra son orbite en mai 2025.",
  "es": "El satélite fue lanzado el 17 de mayo de 2024 desde Kurú. Alcanzará su órbita en mayo de 2025.",
 },
 "unit_marathon": {
  "en": "The marathon course is 26.2 miles (42.2 km) long. Temperatures reached 86°F (30°C) at the start. The winner earned $150,000.",
  "de": "Die Marathonstrecke ist 42,2 Kilometer lang. Beim Start wurden 30 Grad Celsius gemessen. Der Sieger erhielt 150.000 Dollar.",
  "fr": "Le parcours du marathon mesure 42,2 km. Les températures ont atteint 30 °C au départ. Le vainqueur a empoché 150 000 dollars.",
 },
 "unit_cargo": {
  "en": "The ship carried 25,000 tonnes of grain to Alexandria. The cargo was insured for 3 million pounds, the London insurer said.",
  "de": "Das Schiff brachte 25.000 Tonnen Getreide nach Alexandria. Die Ladung war nach Angaben des Londoner Versicherers mit 3 Millionen Pfund versichert.",
  "es": "El barco transportaba 25.000 toneladas de grano a Alejandría. La carga estaba asegurada por 3 millones de libras, según la aseguradora londinense.",
 },
 "unit_seizure": {
  "en": "Police seized 2,200 pounds of cocaine in the port of Miami on Friday. The drugs were worth an estimated 30 million dollars.",
  "de": "Die Polizei beschlagnahmte am Freitag im Hafen von Miami rund 1.000 Kilogramm Kokain. Die Drogen hatten einen geschätzten Wert von 30 Millionen Dollar.",
  "es": "La policía incautó el viernes 2.200 libras de cocaína en el puerto de Miami. La droga tenía un valor estimado de 30 millones de dólares.",
 },
 "qual_storm": {
  "en": "More than 300 people were injured in the storm and at least 45 died. Up to 2,000 homes may stay without power. Nearly 50 roads remain closed.",
  "de": "Mehr als 300 Menschen wurden bei dem Sturm verletzt, mindestens 45 starben. Bis zu 2.000 Haushalte könnten ohne Strom bleiben. Fast 50 Straßen sind weiterhin gesperrt.",
  "fr": "Plus de 300 personnes ont été blessées dans la tempête et au moins 45 sont mortes. Jusqu'à 2 000 foyers pourraient rester sans électricité. Près de 50 routes restent fermées.",
  "es": "Más de 300 personas resultaron heridas en la tormenta y al menos 45 murieron. Hasta 2.000 hogares podrían quedarse sin electricidad. Casi 50 carreteras siguen cortadas.",
 },
 "qual_census": {
  "en": "About 12,000 people live on the island. Fewer than 400 of them are farmers.",
  "it": "Sull'isola vivono circa 12.000 persone. Meno di 400 di loro sono agricoltori.",
  "pt": "Cerca de 12.000 pessoas vivem na ilha. Menos de 400 delas são agricultores.",
 },
 "pct_rates": {
  "en": "The central bank raised its key rate by 0.5 percentage points to 4.5%. Consumer prices rose 3.2 percent in May.",
  "de": "Die Zentralbank erhöhte den Leitzins um 0,5 Prozentpunkte auf 4,5 Prozent. Die Verbraucherpreise stiegen im Mai um 3,2 Prozent.",
  "fr": "La banque centrale a relevé son taux directeur de 0,5 point de pourcentage à 4,5 %. Les prix à la consommation ont augmenté de 3,2 % en mai.",
 },
 "pct_share": {
  "en": "A third of voters stayed at home, and half of those who voted backed the reform.",
  "de": "Ein Drittel der Wähler blieb zu Hause, und die Hälfte der Wähler stimmte für die Reform.",
  "fr": "Un tiers des électeurs sont restés chez eux, et la moitié des votants ont soutenu la réforme.",
  "es": "Un tercio de los votantes se quedó en casa, y la mitad de quienes votaron apoyó la reforma.",
 },
 "spell_rescue": {
  "en": "Rescuers pulled fifteen miners from the shaft after two days. Three of them were taken to hospital.",
  "de": "Rettungskräfte holten nach zwei Tagen fünfzehn Bergleute aus dem Schacht. Drei von ihnen kamen ins Krankenhaus.",
  "es": "Los rescatistas sacaron a quince mineros del pozo tras dos días. Tres de ellos fueron trasladados al hospital.",
 },
 "spell_race": {
  "en": "The Kenyan runner finished third in the 10,000 metres. She had won a dozen races this season.",
  "fr": "La coureuse kényane a terminé troisième du 10 000 mètres. Elle avait remporté une douzaine de courses cette saison.",
  "it": "La corridrice keniana è arrivata terza nei 10.000 metri. Aveva vinto una dozzina di gare in questa stagione.",
 },
}


def _changed(name: str, lang: str, old: str, new: str) -> dict:
    """The story ``name`` with the first ``old`` replaced by ``new`` in its ``lang`` version."""
    return changed(S[name], lang, old, new, count=1)


# One error injected into one version: (name, texts, expected conflict type(s), outlier).
ERRORS = [
 # 1 scales
 ("scale_de_billion", _changed("scale_loans", "de", "4,2 Milliarden Euro", "4,2 Billionen Euro"), "scale", "de"),
 ("scale_fr_billion", _changed("scale_loans", "fr", "4,2 milliards d'euros", "4,2 billions d'euros"), "scale", "fr"),
 ("scale_es_billon", _changed("scale_loans", "es", "4.200 millones de euros", "4,2 billones de euros"), "scale", "es"),
 ("scale_it_bilione", {**S["scale_loans"], "it": "La Banca europea per gli investimenti ha approvato lunedì prestiti per 4,2 bilioni di euro. Circa 1.200 aziende beneficeranno del programma."}, "scale", "it"),
 ("scale_pt_biliao", {**S["scale_loans"], "pt": "O Banco Europeu de Investimento aprovou na segunda-feira empréstimos no valor de 4,2 biliões de euros. Cerca de 1.200 empresas vão beneficiar do programa."}, "scale", "pt"),
 ("scale_es_trillon", _changed("scale_debt", "es", "34 billones de dólares", "34 trillones de dólares"), "scale", "es"),
 ("scale_en_trillion_de", {**S["scale_debt"], "de": "Die US-Bundesschulden überstiegen im Januar 34 Trillionen Dollar. Die Zinszahlungen erreichten im vergangenen Jahr 659 Milliarden Dollar."}, "scale", "de"),
 ("scale_ru_mln", _changed("scale_debt", "ru", "659 млрд долларов", "659 млн долларов"), "scale", "ru"),
 ("scale_zh_wan", _changed("scale_debt", "zh", "6590亿美元", "6590万美元"), "scale", "zh"),
 ("scale_ja_oku", _changed("scale_debt", "ja", "34兆ドル", "34億ドル"), "scale", "ja"),
 # 2 separators
 ("sep_en_dot", _changed("sep_museum", "en", "1,500 visitors", "1.500 visitors"), "value", "en"),
 ("sep_de_area", _changed("sep_museum", "de", "3.500 Quadratmeter", "3,500 Quadratmeter"), "value", "de"),
 # 3 dates
 ("date_de_copied", _changed("date_summit", "de", "am 4.3.2025", "am 3.4.2025"), "date", "de"),
 ("date_fr_month", _changed("date_summit", "fr", "12 mars 2024", "12 mai 2024"), "date", "fr"),
 ("date_de_weekday", _changed("date_summit", "de", "am Dienstag", "am Mittwoch"), "date", "de"),
 ("date_de_year", _changed("date_summit", "de", "12. März 2024", "12. März 2023"), "date", "de"),
 ("date_es_iso_day", _changed("date_launch", "es", "17 de mayo", "7 de mayo"), "date", "es"),
 ("date_fr_month2", _changed("date_launch", "fr", "en mai 2025", "en mars 2025"), "date", "fr"),
 # 4 units
 ("unit_de_usd_eur", _changed("unit_marathon", "de", "150.000 Dollar", "150.000 Euro"), "unit", "de"),
 ("unit_de_miles_km", _changed("unit_marathon", "de", "42,2 Kilometer", "26,2 Kilometer"), ("unit", "value"), "de"),
 ("unit_fr_f_as_c", _changed("unit_marathon", "fr", "30 °C", "86 °C"), ("unit", "value"), "fr"),
 ("unit_fr_doubled", _changed("unit_marathon", "fr", "mesure 42,2 km", "mesure 42,2 milles (67,9 km)"), ("unit", "value"), "fr"),
 ("unit_es_lb_gbp", _changed("unit_seizure", "es", "2.200 libras de cocaína", "2.200 libras esterlinas de cocaína"), "unit", "es"),
 ("unit_de_lb_as_kg", _changed("unit_seizure", "de", "rund 1.000 Kilogramm", "rund 2.200 Kilogramm"), "unit", "de"),
 ("unit_de_tons_pounds", _changed("unit_cargo", "de", "25.000 Tonnen", "25.000 Pfund"), "unit", "de"),
 # 5 qualifiers
 pytest.param("qual_de_dropped", _changed("qual_storm", "de", "Mehr als 300", "300"), "qualifier", "de", marks=strict_xfail(BOUND)),
 ("qual_fr_swapped", _changed("qual_storm", "fr", "Jusqu'à 2 000", "Plus de 2 000"), "qualifier", "fr"),
 ("qual_es_nearly_over", _changed("qual_storm", "es", "Casi 50", "Más de 50"), "qualifier", "es"),
 pytest.param("qual_de_atleast_atmost", _changed("qual_storm", "de", "mindestens 45", "höchstens 45"), "qualifier", "de", marks=strict_xfail(INCLUSIVE)),
 ("qual_it_fewer_more", _changed("qual_census", "it", "Meno di 400", "Più di 400"), "qualifier", "it"),
 # 6 percent
 ("pct_de_pp_pct", _changed("pct_rates", "de", "0,5 Prozentpunkte", "0,5 Prozent"), "unit", "de"),
 ("pct_fr_third_30", _changed("pct_share", "fr", "Un tiers des", "30 % des"), "value", "fr"),
 ("pct_es_half_15", _changed("pct_share", "es", "la mitad de quienes", "el 15 % de quienes"), "value", "es"),
 ("pct_de_third_quarter", _changed("pct_share", "de", "Ein Drittel", "Ein Viertel"), "value", "de"),
 # 7 spelled
 ("spell_de_fifty", _changed("spell_rescue", "de", "fünfzehn", "fünfzig"), "value", "de"),
 pytest.param("spell_it_dozen_ten", _changed("spell_race", "it", "una dozzina di gare", "dieci gare"), "value", "it", marks=strict_xfail(DOZEN)),
 pytest.param("spell_fr_third_three", _changed("spell_race", "fr", "a terminé troisième du", "a remporté trois fois le"), "value", "fr", marks=strict_xfail(ORDINAL)),
 ("spell_es_three_thirteen", _changed("spell_rescue", "es", "Tres de ellos", "Trece de ellos"), "value", "es"),
]

# Faithful variants that must stay quiet: a separator slip that leaves one reading (en '12,50 euros', fr '2,500
# emplois' of people, it '1.5%'), ru 'биллион' (10^9 in Russian usage), a share as its percentage, an English
# date in figures kept with its slashes (either order may be meant).
VARIANTS = [
 ("sep_en_comma_decimal", _changed("sep_museum", "en", "12.50 euros", "12,50 euros")),
 ("sep_fr_comma_group_count", _changed("sep_rail", "fr", "2 500 emplois", "2,500 emplois")),
 ("sep_it_point_decimal", _changed("sep_rail", "it", "dell'1,5%", "dell'1.5%")),
 ("scale_ru_billion_short", _changed("scale_debt", "ru", "659 млрд долларов", "659 биллионов долларов")),
 ("pct_half_as_50", _changed("pct_share", "fr", "la moitié des votants", "50 % des votants")),
 ("pct_third_as_33", _changed("pct_share", "es", "Un tercio de los votantes", "El 33 % de los votantes")),
 ("date_en_slashes_kept", _changed("date_summit", "de", "am 4.3.2025", "am 3/4/2025")),
]


AGREEING = [(name, texts) for name, texts in S.items()] + VARIANTS


@pytest.mark.parametrize("name, texts", AGREEING, ids=[row[0] for row in AGREEING])
def test_a_faithful_story_gives_no_conflict(encoders, name, texts):
    report = claimcheck.check(texts, encoder=encoders)
    assert {a.lang for a in report.articles} == set(texts)
    assert not report.conflicts, describe(report)
    assert any(len(f.claims) == len(texts) for f in report.facts), describe(report)  # the versions were matched


@pytest.mark.parametrize("name, texts, expected, outlier", ERRORS,
                         ids=[(row.values if hasattr(row, "values") else row)[0] for row in ERRORS])
def test_an_injected_mt_error_is_reported_against_its_version(encoders, name, texts, expected, outlier):
    report = claimcheck.check(texts, encoder=encoders)
    types = {expected} if isinstance(expected, str) else set(expected)
    assert report.conflicts, describe(report)
    assert {c.type for c in report.conflicts} == types, describe(report)
    assert {c.outlier for c in report.conflicts} == {outlier}, describe(report)


# "nearly 300" is just under 300 (qualifier almost): a version that says "more than 300" cannot be true with it
NEARLY_TRAIN = {
    "it": "Lunedì un treno regionale è deragliato vicino a Bologna. A bordo c'erano quasi 300 passeggeri. "
          "Due carrozze sono uscite dai binari e 14 persone sono state ricoverate in ospedale.",
    "ru": "В понедельник под Болоньей сошёл с рельсов региональный поезд. В нём ехали почти 300 пассажиров. "
          "С путей сошли два вагона, 14 человек госпитализированы.",
    "ar": "خرج قطار إقليمي عن مساره يوم الاثنين قرب بولونيا. وكان على متنه أكثر من 300 راكب. "
          "وخرجت عربتان عن القضبان ونقل 14 شخصا إلى المستشفى.",
}




# "près de", "blisko", "close to" approach a figure from below, as "nearly" does
CLOSE_TO_JOBS = {
    "fr": "La nouvelle usine de batteries d'Arras créera près de 4 500 emplois d'ici 2029. "
          "Le chantier doit débuter en mars et coûtera 2 milliards d'euros.",
    "pl": "Nowa fabryka baterii w Arras stworzy blisko 4500 miejsc pracy do 2029 roku. "
          "Budowa ma ruszyć w marcu i pochłonie 2 mld euro.",
    "en": "The new battery plant in Arras will create close to 4,500 jobs by 2029. "
          "Construction is due to start in March and will cost 2 billion euros.",
    "pt": "A nova fábrica de baterias de Arras vai criar mais de 4.500 empregos até 2029. "
          "As obras devem começar em março e vão custar 2 mil milhões de euros.",
}


@pytest.mark.parametrize("texts, outlier, against", [(NEARLY_TRAIN, "ar", ["it", "ru"]),
                                                    (CLOSE_TO_JOBS, "pt", ["en", "fr", "pl"])],
                         ids=["nearly", "close-to"])
def test_an_approach_from_below_against_more_than_is_one_qualifier_finding_against_the_floor(encoders, texts,
                                                                                             outlier, against):
    report = claimcheck.check(texts, encoder=encoders)
    assert len(report.findings) == 1, describe(report)
    finding = report.findings[0]
    assert (finding.type, finding.outlier, sorted(finding.against)) == ("qualifier", outlier, against), describe(report)
    assert {report.claim(c).qualifier for c in finding.claims} == {"more_than", "almost"}
