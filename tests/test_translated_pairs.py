"""Translated pairs whose figures differ must conflict; pairs that agree must not.

Each row is a two-article story: an English news sentence and its faithful translation (``unchanged``) or the
translation with one figure changed -- its digits, its scale word (million/billion), its unit or currency, its
date or weekday, or its qualifier ("more than", "about", "up to"). Rows that state the same figure the local way
(a rounded unit conversion, "about 10,000" against "10,000", lakh crore against trillion) must give no conflict.
The stories run through the public API with the default encoders (one load for the module), as a user would:
``claimcheck.check({"en": ..., "de": ...})``. A row the tool does not yet get right is an xfail naming the stage
that misses it (extraction, matching or comparison).
"""
from __future__ import annotations

import pytest

import claimcheck
from claimcheck.api import Encoders

pytestmark = pytest.mark.model


def _xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


MONTH = ("extraction: a month named alone (no day, no year: 'in August', '6월 말') is no claim, so a changed month "
         "is never compared")
CROWNS = ("extraction: en 'crowns' names no currency (Czech, Danish, Swedish and Norwegian crowns alike), so "
          "'15 billion crowns' is a count and never meets the Czech amount of money in one fact")
BOUND = ("comparison: a bound whose range holds the other figure is judged consistent ('more than 300' against "
         "'300', 'about 300' or 'more than 300' against 'about 300'), by design, for stories from several sources")
INCLUSIVE = ("comparison: an inclusive floor and ceiling at one figure ('at least 27' / 'hasta 27') share the figure "
             "and are left to the intervals (compare._opposite_bounds; 'more than' / 'up to' conflicts)")
H42_MIL = ("extraction: the Scandinavian mile is a scaled unit (no/sv 'mil' = 10 km), read as km with the figure "
           "scaled, so '24,5 mil' against '24.5 kilometres' (the same figure in another unit) is 245 km against 24.5 km "
           "and typed scale, not unit")
H42_PER_DAY = ("extraction: en 'barrels a day' is read as barrels (bbl; only 'barrels per day' is bpd), no 'fat per dag' "
               "as barrels per day (bpd), so the production figure is a volume against a rate: a unit conflict")
H42_RESTATED = ("comparison: an amount restated in another currency in both versions ('33.8 billion dollars, about 520 "
                "trillion rupiah' / 'US$33,8 miliar atau sekitar Rp520 triliun') forms one fact of four claims; a changed "
                "dollar figure is also judged against the rupiah amounts and reported as unit conflicts (USD vs IDR 'do "
                "not convert'), besides its own scale or value slip")
H42_HIJRI = ("extraction: a Solar Hijri date ('۲۴ خرداد ۱۴۰۳') is left unread (no calendar conversion), so a changed day "
             "against the Gregorian '12 June 2024' is never compared")



# The English sentences, by pair.
EN = {
    # de
    "de_invest": "The company invested 2.5 billion euros in the new plant in Leipzig.",
    "de_evac": "More than 300 people were evacuated after the fire on Tuesday.",
    "de_inflation": "Inflation fell to 2.3 percent in October, the lowest level in three years.",
    "de_bridge": "The new bridge is 1,200 metres long and cost 85 million euros.",
    # fr
    "fr_strike": "The strike affected 4,500 flights across Europe on 12 March.",
    "fr_wage": "The minimum wage will rise by 2% to 1,398 euros a month.",
    "fr_demo": "Around 15,000 demonstrators marched in Paris on Saturday, according to police.",
    "fr_heat": "The heatwave pushed temperatures to 41 degrees Celsius in Marseille.",
    # es
    "es_aid": "The government approved aid of 1.2 billion euros for farmers affected by the drought.",
    "es_jobs": "Unemployment fell to 11.8% in the second quarter, with 2.8 million people out of work.",
    "es_quake": "The magnitude 6.4 earthquake struck at 3:15 a.m. local time.",
    "es_flood": "At least 27 people died in the floods, the ministry said on Friday.",
    # it
    "it_gdp": "The Italian economy grew by 0.9% in 2023, Istat said.",
    "it_tunnel": "The tunnel, 57 kilometres long, will open in 2032.",
    "it_fans": "Tickets cost 35 euros and more than 60,000 fans are expected at the stadium.",
    "it_ship": "The ship was carrying 120 migrants when it sank on 3 October.",
    # pt
    "pt_selic": "Brazil's central bank raised the Selic rate by 0.5 percentage points to 11.25%.",
    "pt_fire": "The fire destroyed 12,000 hectares of forest in four days.",
    "pt_profit": "The company reported a net profit of 3.1 billion reais in the third quarter.",
    "pt_lisbon": "Lisbon's population grew to 545,000 in 2021.",
    # ru
    "ru_grain": "Russia's grain harvest reached 147 million tonnes last year.",
    "ru_train": "The train from Moscow to Vladivostok travels 9,289 kilometres in seven days.",
    "ru_rally": "About 200 people took part in the rally on 5 May.",
    "ru_deficit": "The budget deficit is expected to reach 1.7% of GDP.",
    # zh
    "zh_cars": "The company sold 1.3 million electric cars last year, up 38% from 2022.",
    "zh_dam": "The Three Gorges Dam is 2,335 metres long and 181 metres high.",
    "zh_exports": "China's exports rose 7.6% in September to 299 billion dollars.",
    "zh_marathon": "More than 10,000 runners took part in the marathon on Sunday.",
    # ja
    "ja_stimulus": "The government will spend 2 trillion yen on the stimulus package.",
    "ja_typhoon": "The typhoon brought 500 millimetres of rain in 48 hours.",
    "ja_tokyo": "Tokyo's population reached 14.1 million in 2024.",
    "ja_match": "The match starts at 7 p.m. on 15 June.",
    # ko
    "ko_samsung": "Samsung's operating profit rose to 10.4 trillion won in the third quarter.",
    "ko_concert": "About 3,000 people attended the concert in Seoul on Saturday.",
    "ko_subway": "The new subway line is 23 kilometres long and has 15 stations.",
    "ko_debt": "Household debt reached 1,886 trillion won at the end of June.",
    # ar
    "ar_attack": "The ministry said 45 people were killed and 120 injured in the attack.",
    "ar_suez": "Egypt received 2.4 billion dollars from the Suez Canal in the first half of the year.",
    "ar_heat": "Temperatures will reach 48 degrees Celsius in Kuwait on Thursday.",
    "ar_oil": "Oil production rose to more than 9 million barrels a day.",
    # tr
    "tr_rate": "The central bank raised its key interest rate to 50 percent on 21 March.",
    "tr_factory": "The company invested 2.5 billion lira in the factory, which will employ 3,000 people.",
    "tr_quake": "The magnitude 7.8 earthquake killed more than 50,000 people.",
    "tr_bridge": "The bridge over the Dardanelles is 4,608 metres long.",
    # nl
    "nl_homes": "The Netherlands will build 100,000 new homes a year until 2030.",
    "nl_dyke": "The dyke was raised by 1.5 metres at a cost of 40 million euros.",
    "nl_schiphol": "Schiphol handled 61.9 million passengers last year, 3% fewer than in 2019.",
    "nl_storm": "The storm on Friday left 30,000 households without power.",
    # pl
    "pl_defence": "Poland will spend 4.1% of its GDP on defence next year.",
    "pl_motorway": "The new motorway section, 38 kilometres long, cost 2.1 billion zlotys.",
    "pl_firemen": "Nearly 5,000 firefighters fought the flood on 15 September.",
    "pl_salary": "The average salary rose to 8,000 zlotys a month.",
    # cs
    "cs_rate": "The Czech National Bank cut its key rate by 0.25 percentage points to 4.75%.",
    "cs_flood": "The flood damage is estimated at 15 billion crowns.",
    "cs_protest": "More than 2,000 people attended the protest in Prague on Sunday.",
    "cs_skoda": "The Skoda plant produced 870,000 cars in 2023.",
    # hi
    "hi_gdp": "India's GDP grew by 7.8% in the first quarter.",
    "hi_package": "The government announced a relief package of 1.7 trillion rupees.",
    "hi_stampede": "About 50 people were injured in the stampede on Tuesday.",
    "hi_train": "The train covers 1,384 kilometres in 16 hours.",
    # consistent notations: the same figure written the local way
    "de_wind": "The storm brought gusts of up to 80 miles per hour to the coast.",
    "fr_about": "About 10,000 people were left homeless by the floods.",
    "es_half": "Half a million tourists visited the island in August.",
    "zh_share": "Three quarters of the residents voted for the plan.",
    # several figures of one kind, reordered or converted
    "fr_medals": "Germany won 12 gold, 9 silver and 5 bronze medals in Paris.",
    "ja_order": "The airline ordered 20 planes worth 3 billion dollars, with deliveries from 2027.",
    "zh_crash": "Three people were killed and 12 injured when the bus overturned.",
    "es_acres": "The wildfire has burned 50,000 acres since Monday.",
    "de_deal": "The deal is worth 2 billion euros ($2.2 billion), the company said.",
    # --- h42: sv da no fi he fa id vi, end to end
    # sv
    "sv_h42_rate": "Sweden's central bank cut its policy rate by 0.25 percentage points to 3.5 percent on Wednesday.",
    "sv_h42_storm": "The storm left 45,000 households without electricity on Saturday.",
    "sv_h42_mine": "The mining company will invest 1.2 billion dollars in the new mine, which will employ 800 people.",
    "sv_h42_heat": "Temperatures reached 34 degrees Celsius in Stockholm at 3 p.m. on Monday.",
    "sv_h42_evac": "Just over 300 people were evacuated from the island on 3 April.",
    "sv_h42_heatus": "The heat in Phoenix reached 95 degrees Fahrenheit on Monday, according to forecasters.",
    # da
    "da_h42_wind": "The offshore wind farm will produce 1,000 megawatts and cost 3.4 billion euros.",
    "da_h42_court": "The court sentenced the man to eight years in prison on 14 March.",
    "da_h42_metro": "Half a million passengers used the new metro line in its first two weeks.",
    "da_h42_vote": "The party won 27.5 percent of the vote and 48 seats.",
    "da_h42_loan": "The club received a loan of 1.5 million kroner from the bank.",
    # no
    "no_h42_fund": "Norway's oil fund earned 213 billion dollars in the first half of the year.",
    "no_h42_avalanche": "Three skiers were killed in an avalanche on Sunday.",
    "no_h42_tunnel": "The tunnel is 24.5 kilometres long and took five years to build.",
    "no_h42_ferry": "The ferry, with 250 passengers on board, ran aground at 11:30 p.m.",
    "no_h42_crowd": "Nearly 40,000 spectators watched the final on Sunday.",
    "no_h42_oilprod": "Equinor produced 2.1 million barrels a day, one and a half million of them in Norway.",
    # fi
    "fi_h42_jobless": "Finland's unemployment rate rose to 8.2 percent, the highest in five years.",
    "fi_h42_frost": "Temperatures fell to minus 38 degrees in Lapland on Tuesday.",
    "fi_h42_cuts": "The company will cut its workforce by 5 percent and close three factories.",
    "fi_h42_plant": "The factory will close in 2026 and 350 workers will lose their jobs.",
    "fi_h42_snow": "Up to 40 centimetres of snow fell in Helsinki overnight.",
    "fi_h42_grant": "The city granted 4.5 million euros to 12 schools on 14 March.",
    # he
    "he_h42_rockets": "More than 150 rockets were fired at Israel on Saturday.",
    "he_h42_budget": "The Knesset approved a budget of 584 billion shekels.",
    "he_h42_heat": "Temperatures will reach 40 degrees in Jerusalem on Wednesday.",
    "he_h42_startup": "The startup raised 75 million dollars in 2023.",
    "he_h42_arrest": "A 45-year-old man was arrested in Haifa on Monday.",
    "he_h42_demo": "Half a million people protested in Tel Aviv on 25 March 2023.",
    # fa
    "fa_h42_quake": "The magnitude 5.9 earthquake injured 40 people on 12 June 2024.",
    "fa_h42_oil": "Iran exported 1.5 million barrels of oil a day last month.",
    "fa_h42_inflation": "Inflation reached 40 percent, the central bank said.",
    "fa_h42_flights": "Flights to Mashhad were suspended for two weeks.",
    "fa_h42_rial": "The rial fell to 600,000 against the dollar, a drop of 12 percent in one month.",
    "fa_h42_fire": "The fire started at 3 p.m. and 25 firefighters were injured.",
    # id
    "id_h42_rice": "Indonesia will import 2 million tonnes of rice this year.",
    "id_h42_meals": "The government allocated 71 trillion rupiah for the free meals programme.",
    "id_h42_volcano": "The volcano erupted at 9:45 p.m., forcing 2,000 residents to flee.",
    "id_h42_ferry": "About 300 passengers were rescued after the ferry sank on 3 July.",
    "id_h42_quake": "The magnitude 5.6 earthquake killed 331 people in Cianjur on 21 November 2022.",
    "id_h42_nickel": "Nickel exports rose to 33.8 billion dollars, about 520 trillion rupiah.",
    # vi
    "vi_h42_gdp": "Vietnam's economy grew 7.09 percent in 2024.",
    "vi_h42_exports": "Exports reached 405 billion dollars, up 14 percent.",
    "vi_h42_typhoon": "Typhoon Yagi killed 299 people and caused damage of 81,500 billion dong.",
    "vi_h42_metro": "The metro line is 19.7 kilometres long and has 14 stations.",
    "vi_h42_damage": "The storm caused damage of 1.7 trillion dong and left half a million homes without power.",
    "vi_h42_flight": "The flight from Hanoi to Ho Chi Minh City takes two hours and costs 2 million dong.",
}

# (pair, language, translation, the expected conflict type (a tuple: each of them) or None: no conflict)
ROWS = [
    # --- de
    ("de_invest", "de", "Das Unternehmen investierte 2,5 Milliarden Euro in das neue Werk in Leipzig.", None),
    ("de_invest", "de", "Das Unternehmen investierte 2,5 Millionen Euro in das neue Werk in Leipzig.", "scale"),
    ("de_invest", "de", "Das Unternehmen investierte 2,5 Milliarden Dollar in das neue Werk in Leipzig.", "unit"),
    ("de_evac", "de", "Nach dem Brand am Dienstag wurden mehr als 300 Menschen evakuiert.", None),
    ("de_evac", "de", "Nach dem Brand am Dienstag wurden mehr als 350 Menschen evakuiert.", "value"),
    ("de_evac", "de", "Nach dem Brand am Mittwoch wurden mehr als 300 Menschen evakuiert.", "date"),
    ("de_evac", "de", "Nach dem Brand am Dienstag wurden weniger als 300 Menschen evakuiert.", "qualifier"),
    pytest.param("de_evac", "de", "Nach dem Brand am Dienstag wurden 300 Menschen evakuiert.", "qualifier", marks=_xfail(BOUND)),
    ("de_inflation", "de", "Die Inflation sank im Oktober auf 2,3 Prozent, den niedrigsten Stand seit drei Jahren.", None),
    ("de_inflation", "de", "Die Inflation sank im Oktober auf 3,2 Prozent, den niedrigsten Stand seit drei Jahren.", "value"),
    ("de_inflation", "de", "Die Inflation sank im Oktober auf 2,3 Prozent, den niedrigsten Stand seit vier Jahren.", "value"),
    ("de_bridge", "de", "Die neue Brücke ist 1.200 Meter lang und kostete 85 Millionen Euro.", None),
    ("de_bridge", "de", "Die neue Brücke ist 1.200 Kilometer lang und kostete 85 Millionen Euro.", "unit"),
    ("de_bridge", "de", "Die neue Brücke ist 1.200 Meter lang und kostete 58 Millionen Euro.", "value"),
    # --- fr
    ("fr_strike", "fr", "La grève a touché 4 500 vols à travers l'Europe le 12 mars.", None),
    ("fr_strike", "fr", "La grève a touché 4 500 vols à travers l'Europe le 21 mars.", "date"),
    ("fr_strike", "fr", "La grève a touché 4 800 vols à travers l'Europe le 12 mars.", "value"),
    ("fr_strike", "fr", "La grève a touché 45 000 vols à travers l'Europe le 12 mars.", "scale"),
    ("fr_wage", "fr", "Le salaire minimum augmentera de 2 % pour atteindre 1 398 euros par mois.", None),
    ("fr_wage", "fr", "Le salaire minimum augmentera de 2 % pour atteindre 1 398 dollars par mois.", "unit"),
    ("fr_wage", "fr", "Le salaire minimum augmentera de 3 % pour atteindre 1 398 euros par mois.", "value"),
    ("fr_demo", "fr", "Environ 15 000 manifestants ont défilé à Paris samedi, selon la police.", None),
    ("fr_demo", "fr", "Environ 25 000 manifestants ont défilé à Paris samedi, selon la police.", "value"),
    ("fr_demo", "fr", "Environ 150 000 manifestants ont défilé à Paris samedi, selon la police.", "scale"),
    ("fr_demo", "fr", "Environ 15 000 manifestants ont défilé à Paris dimanche, selon la police.", "date"),
    pytest.param("fr_demo", "fr", "Plus de 15 000 manifestants ont défilé à Paris samedi, selon la police.", "qualifier",
                 marks=_xfail(BOUND)),
    ("fr_heat", "fr", "La canicule a fait grimper les températures à 41 degrés Celsius à Marseille.", None),
    ("fr_heat", "fr", "La canicule a fait grimper les températures à 44 degrés Celsius à Marseille.", "value"),
    ("fr_heat", "fr", "La canicule a fait grimper les températures à 41 degrés Fahrenheit à Marseille.", "unit"),
    # --- es
    ("es_aid", "es", "El Gobierno aprobó ayudas por 1.200 millones de euros para los agricultores afectados por la sequía.", None),
    ("es_aid", "es", "El Gobierno aprobó ayudas por 1.200 millones de dólares para los agricultores afectados por la sequía.", "unit"),
    ("es_aid", "es", "El Gobierno aprobó ayudas por 1.200 billones de euros para los agricultores afectados por la sequía.", "scale"),
    ("es_aid", "es", "El Gobierno aprobó ayudas por 2.100 millones de euros para los agricultores afectados por la sequía.", "value"),
    ("es_jobs", "es", "El paro bajó al 11,8 % en el segundo trimestre, con 2,8 millones de personas sin empleo.", None),
    ("es_jobs", "es", "El paro bajó al 11,3 % en el segundo trimestre, con 2,8 millones de personas sin empleo.", "value"),
    ("es_jobs", "es", "El paro bajó al 11,8 % en el segundo trimestre, con 28 millones de personas sin empleo.", "scale"),
    ("es_quake", "es", "El terremoto de magnitud 6,4 se produjo a las 3.15 hora local.", None),
    ("es_quake", "es", "El terremoto de magnitud 6,4 se produjo a las 5.15 hora local.", "date"),
    ("es_quake", "es", "El terremoto de magnitud 4,6 se produjo a las 3.15 hora local.", "value"),
    ("es_flood", "es", "Al menos 27 personas murieron en las inundaciones, informó el ministerio el viernes.", None),
    ("es_flood", "es", "Menos de 27 personas murieron en las inundaciones, informó el ministerio el viernes.", "qualifier"),
    ("es_flood", "es", "Al menos 72 personas murieron en las inundaciones, informó el ministerio el viernes.", "value"),
    ("es_flood", "es", "Al menos 27 personas murieron en las inundaciones, informó el ministerio el jueves.", "date"),
    pytest.param("es_flood", "es", "Hasta 27 personas murieron en las inundaciones, informó el ministerio el viernes.", "qualifier",
                 marks=_xfail(INCLUSIVE)),
    # --- it
    ("it_gdp", "it", "L'economia italiana è cresciuta dello 0,9% nel 2023, ha comunicato l'Istat.", None),
    ("it_gdp", "it", "L'economia italiana è cresciuta dello 0,9% nel 2022, ha comunicato l'Istat.", "date"),
    ("it_gdp", "it", "L'economia italiana è cresciuta dell'1,9% nel 2023, ha comunicato l'Istat.", "value"),
    ("it_tunnel", "it", "Il tunnel, lungo 57 chilometri, sarà aperto nel 2032.", None),
    ("it_tunnel", "it", "Il tunnel, lungo 57 metri, sarà aperto nel 2032.", "unit"),
    ("it_tunnel", "it", "Il tunnel, lungo 57 chilometri, sarà aperto nel 2023.", "date"),
    ("it_fans", "it", "I biglietti costano 35 euro e allo stadio sono attesi oltre 60.000 tifosi.", None),
    ("it_fans", "it", "I biglietti costano 35 euro e allo stadio sono attesi oltre 40.000 tifosi.", "value"),
    ("it_fans", "it", "I biglietti costano 35 sterline e allo stadio sono attesi oltre 60.000 tifosi.", "unit"),
    ("it_fans", "it", "I biglietti costano 35 euro e allo stadio sono attesi oltre 6.000 tifosi.", "scale"),
    pytest.param("it_fans", "it", "I biglietti costano 35 euro e allo stadio sono attesi circa 60.000 tifosi.", "qualifier",
                 marks=_xfail(BOUND)),
    ("it_ship", "it", "La nave trasportava 120 migranti quando è affondata il 3 ottobre.", None),
    ("it_ship", "it", "La nave trasportava 120 migranti quando è affondata il 3 novembre.", "date"),
    ("it_ship", "it", "La nave trasportava 210 migranti quando è affondata il 3 ottobre.", "value"),
    # --- pt
    ("pt_selic", "pt", "O Banco Central do Brasil elevou a taxa Selic em 0,5 ponto percentual, para 11,25%.", None),
    ("pt_selic", "pt", "O Banco Central do Brasil elevou a taxa Selic em 0,5 ponto percentual, para 11,75%.", "value"),
    ("pt_selic", "pt", "O Banco Central do Brasil elevou a taxa Selic em 0,25 ponto percentual, para 11,25%.", "value"),
    ("pt_fire", "pt", "O incêndio destruiu 12 mil hectares de floresta em quatro dias.", None),
    ("pt_fire", "pt", "O incêndio destruiu 12 mil hectares de floresta em cinco dias.", "value"),
    ("pt_fire", "pt", "O incêndio destruiu 120 mil hectares de floresta em quatro dias.", "scale"),
    ("pt_profit", "pt", "A empresa registrou lucro líquido de R$ 3,1 bilhões no terceiro trimestre.", None),
    ("pt_profit", "pt", "A empresa registrou lucro líquido de US$ 3,1 bilhões no terceiro trimestre.", "unit"),
    ("pt_profit", "pt", "A empresa registrou lucro líquido de R$ 3,1 milhões no terceiro trimestre.", "scale"),
    ("pt_lisbon", "pt", "A população de Lisboa cresceu para 545 mil habitantes em 2021.", None),
    ("pt_lisbon", "pt", "A população de Lisboa cresceu para 454 mil habitantes em 2021.", "value"),
    ("pt_lisbon", "pt", "A população de Lisboa cresceu para 545 mil habitantes em 2011.", "date"),
    # --- ru
    ("ru_grain", "ru", "Урожай зерна в России в прошлом году достиг 147 миллионов тонн.", None),
    ("ru_grain", "ru", "Урожай зерна в России в прошлом году достиг 147 тысяч тонн.", "scale"),
    ("ru_grain", "ru", "Урожай зерна в России в прошлом году достиг 174 миллионов тонн.", "value"),
    ("ru_train", "ru", "Поезд из Москвы во Владивосток проходит 9289 километров за семь дней.", None),
    ("ru_train", "ru", "Поезд из Москвы во Владивосток проходит 9289 километров за шесть дней.", "value"),
    ("ru_train", "ru", "Поезд из Москвы во Владивосток проходит 9289 миль за семь дней.", "unit"),
    ("ru_rally", "ru", "В митинге 5 мая приняли участие около 200 человек.", None),
    ("ru_rally", "ru", "В митинге 5 мая приняли участие около 300 человек.", "value"),
    ("ru_rally", "ru", "В митинге 15 мая приняли участие около 200 человек.", "date"),
    pytest.param("ru_rally", "ru", "В митинге 5 мая приняли участие более 200 человек.", "qualifier", marks=_xfail(BOUND)),
    ("ru_deficit", "ru", "Дефицит бюджета, как ожидается, составит 1,7% ВВП.", None),
    ("ru_deficit", "ru", "Дефицит бюджета, как ожидается, составит 7,1% ВВП.", "value"),
    # --- zh
    ("zh_cars", "zh", "该公司去年售出130万辆电动汽车，比2022年增长38%。", None),
    ("zh_cars", "zh", "该公司去年售出13万辆电动汽车，比2022年增长38%。", "scale"),
    ("zh_cars", "zh", "该公司去年售出130万辆电动汽车，比2022年增长83%。", "value"),
    ("zh_cars", "zh", "该公司去年售出130万辆电动汽车，比2021年增长38%。", "date"),
    ("zh_dam", "zh", "三峡大坝全长2335米，高181米。", None),
    ("zh_dam", "zh", "三峡大坝全长2335米，高185米。", "value"),
    ("zh_dam", "zh", "三峡大坝全长2335公里，高181米。", "unit"),
    ("zh_exports", "zh", "中国9月出口增长7.6%，达到2990亿美元。", None),
    ("zh_exports", "zh", "中国9月出口增长7.6%，达到2990亿元人民币。", "unit"),
    ("zh_exports", "zh", "中国9月出口增长7.6%，达到299亿美元。", "scale"),
    ("zh_exports", "zh", "中国9月出口增长6.7%，达到2990亿美元。", "value"),
    ("zh_marathon", "zh", "超过1万名跑者参加了周日的马拉松比赛。", None),
    ("zh_marathon", "zh", "不到1万名跑者参加了周日的马拉松比赛。", "qualifier"),
    ("zh_marathon", "zh", "超过1万名跑者参加了周六的马拉松比赛。", "date"),
    # --- ja
    ("ja_stimulus", "ja", "政府は景気対策に2兆円を投じる。", None),
    ("ja_stimulus", "ja", "政府は景気対策に2億円を投じる。", "scale"),
    ("ja_stimulus", "ja", "政府は景気対策に2兆ドルを投じる。", "unit"),
    ("ja_typhoon", "ja", "台風は48時間で500ミリの雨をもたらした。", None),
    ("ja_typhoon", "ja", "台風は24時間で500ミリの雨をもたらした。", "value"),
    ("ja_typhoon", "ja", "台風は48時間で300ミリの雨をもたらした。", "value"),
    ("ja_tokyo", "ja", "東京の人口は2024年に1410万人に達した。", None),
    ("ja_tokyo", "ja", "東京の人口は2024年に1140万人に達した。", "value"),
    ("ja_tokyo", "ja", "東京の人口は2014年に1410万人に達した。", "date"),
    ("ja_match", "ja", "試合は6月15日午後7時に始まる。", None),
    ("ja_match", "ja", "試合は6月15日午後8時に始まる。", "date"),
    ("ja_match", "ja", "試合は6月16日午後7時に始まる。", "date"),
    # --- ko
    ("ko_samsung", "ko", "삼성전자의 3분기 영업이익은 10조4000억원으로 늘었다.", None),
    ("ko_samsung", "ko", "삼성전자의 3분기 영업이익은 10조4000억 달러로 늘었다.", "unit"),
    ("ko_samsung", "ko", "삼성전자의 3분기 영업이익은 1조4000억원으로 늘었다.", "value"),
    ("ko_concert", "ko", "토요일 서울에서 열린 콘서트에 약 3000명이 참석했다.", None),
    ("ko_concert", "ko", "토요일 서울에서 열린 콘서트에 약 5000명이 참석했다.", "value"),
    ("ko_concert", "ko", "일요일 서울에서 열린 콘서트에 약 3000명이 참석했다.", "date"),
    ("ko_subway", "ko", "새 지하철 노선은 길이 23킬로미터에 역이 15개다.", None),
    ("ko_subway", "ko", "새 지하철 노선은 길이 23킬로미터에 역이 17개다.", "value"),
    ("ko_subway", "ko", "새 지하철 노선은 길이 32킬로미터에 역이 15개다.", "value"),
    ("ko_debt", "ko", "6월 말 가계부채는 1886조원에 달했다.", None),
    ("ko_debt", "ko", "6월 말 가계부채는 1886억원에 달했다.", "scale"),
    pytest.param("ko_debt", "ko", "3월 말 가계부채는 1886조원에 달했다.", "date", marks=_xfail(MONTH)),
    # --- ar
    ("ar_attack", "ar", "قالت الوزارة إن 45 شخصا قتلوا وأصيب 120 آخرون في الهجوم.", None),
    ("ar_attack", "ar", "قالت الوزارة إن 54 شخصا قتلوا وأصيب 120 آخرون في الهجوم.", "value"),
    ("ar_attack", "ar", "قالت الوزارة إن 45 شخصا قتلوا وأصيب 210 آخرون في الهجوم.", "value"),
    ("ar_suez", "ar", "تلقت مصر 2.4 مليار دولار من قناة السويس في النصف الأول من العام.", None),
    ("ar_suez", "ar", "تلقت مصر 2.4 مليون دولار من قناة السويس في النصف الأول من العام.", "scale"),
    ("ar_suez", "ar", "تلقت مصر 2.4 مليار يورو من قناة السويس في النصف الأول من العام.", "unit"),
    ("ar_heat", "ar", "ستصل درجات الحرارة إلى 48 درجة مئوية في الكويت يوم الخميس.", None),
    ("ar_heat", "ar", "ستصل درجات الحرارة إلى 48 درجة مئوية في الكويت يوم الجمعة.", "date"),
    ("ar_heat", "ar", "ستصل درجات الحرارة إلى 38 درجة مئوية في الكويت يوم الخميس.", "value"),
    ("ar_oil", "ar", "ارتفع إنتاج النفط إلى أكثر من 9 ملايين برميل يوميا.", None),
    ("ar_oil", "ar", "ارتفع إنتاج النفط إلى أقل من 9 ملايين برميل يوميا.", "qualifier"),
    ("ar_oil", "ar", "ارتفع إنتاج النفط إلى أكثر من 9 آلاف برميل يوميا.", "scale"),
    # --- tr
    ("tr_rate", "tr", "Merkez Bankası 21 Mart'ta politika faizini yüzde 50'ye yükseltti.", None),
    ("tr_rate", "tr", "Merkez Bankası 21 Mart'ta politika faizini yüzde 45'e yükseltti.", "value"),
    ("tr_rate", "tr", "Merkez Bankası 22 Mart'ta politika faizini yüzde 50'ye yükseltti.", "date"),
    ("tr_factory", "tr", "Şirket, 3 bin kişiye istihdam sağlayacak fabrikaya 2,5 milyar lira yatırım yaptı.", None),
    ("tr_factory", "tr", "Şirket, 3 bin kişiye istihdam sağlayacak fabrikaya 2,5 milyon lira yatırım yaptı.", "scale"),
    ("tr_factory", "tr", "Şirket, 3 bin kişiye istihdam sağlayacak fabrikaya 2,5 milyar dolar yatırım yaptı.", "unit"),
    ("tr_factory", "tr", "Şirket, 5 bin kişiye istihdam sağlayacak fabrikaya 2,5 milyar lira yatırım yaptı.", "value"),
    ("tr_quake", "tr", "7,8 büyüklüğündeki deprem 50 binden fazla kişinin ölümüne yol açtı.", None),
    ("tr_quake", "tr", "7,8 büyüklüğündeki deprem 50 binden az kişinin ölümüne yol açtı.", "qualifier"),
    ("tr_quake", "tr", "7,6 büyüklüğündeki deprem 50 binden fazla kişinin ölümüne yol açtı.", "value"),
    ("tr_bridge", "tr", "Çanakkale Boğazı üzerindeki köprü 4.608 metre uzunluğunda.", None),
    ("tr_bridge", "tr", "Çanakkale Boğazı üzerindeki köprü 4.608 kilometre uzunluğunda.", "unit"),
    ("tr_bridge", "tr", "Çanakkale Boğazı üzerindeki köprü 4.806 metre uzunluğunda.", "value"),
    # --- nl
    ("nl_homes", "nl", "Nederland gaat tot 2030 jaarlijks 100.000 nieuwe woningen bouwen.", None),
    ("nl_homes", "nl", "Nederland gaat tot 2035 jaarlijks 100.000 nieuwe woningen bouwen.", "date"),
    ("nl_homes", "nl", "Nederland gaat tot 2030 jaarlijks 10.000 nieuwe woningen bouwen.", "scale"),
    ("nl_dyke", "nl", "De dijk werd 1,5 meter verhoogd, wat 40 miljoen euro kostte.", None),
    ("nl_dyke", "nl", "De dijk werd 1,5 meter verhoogd, wat 40 miljard euro kostte.", "scale"),
    ("nl_dyke", "nl", "De dijk werd 2,5 meter verhoogd, wat 40 miljoen euro kostte.", "value"),
    ("nl_schiphol", "nl", "Schiphol verwerkte vorig jaar 61,9 miljoen passagiers, 3 procent minder dan in 2019.", None),
    ("nl_schiphol", "nl", "Schiphol verwerkte vorig jaar 16,9 miljoen passagiers, 3 procent minder dan in 2019.", "value"),
    ("nl_schiphol", "nl", "Schiphol verwerkte vorig jaar 61,9 miljoen passagiers, 3 procent minder dan in 2018.", "date"),
    ("nl_storm", "nl", "Door de storm van vrijdag zaten 30.000 huishoudens zonder stroom.", None),
    ("nl_storm", "nl", "Door de storm van donderdag zaten 30.000 huishoudens zonder stroom.", "date"),
    ("nl_storm", "nl", "Door de storm van vrijdag zaten 3.000 huishoudens zonder stroom.", "scale"),
    # --- pl
    ("pl_defence", "pl", "Polska przeznaczy w przyszłym roku na obronność 4,1 proc. PKB.", None),
    ("pl_defence", "pl", "Polska przeznaczy w przyszłym roku na obronność 4,7 proc. PKB.", "value"),
    ("pl_motorway", "pl", "Nowy odcinek autostrady o długości 38 kilometrów kosztował 2,1 mld zł.", None),
    ("pl_motorway", "pl", "Nowy odcinek autostrady o długości 38 kilometrów kosztował 2,1 mln zł.", "scale"),
    ("pl_motorway", "pl", "Nowy odcinek autostrady o długości 38 kilometrów kosztował 2,1 mld euro.", "unit"),
    ("pl_motorway", "pl", "Nowy odcinek autostrady o długości 83 kilometrów kosztował 2,1 mld zł.", "value"),
    ("pl_firemen", "pl", "Blisko 5 tys. strażaków walczyło z powodzią 15 września.", None),
    ("pl_firemen", "pl", "Blisko 5 tys. strażaków walczyło z powodzią 16 września.", "date"),
    ("pl_firemen", "pl", "Blisko 8 tys. strażaków walczyło z powodzią 15 września.", "value"),
    ("pl_salary", "pl", "Przeciętne wynagrodzenie wzrosło do 8 tys. zł miesięcznie.", None),
    ("pl_salary", "pl", "Przeciętne wynagrodzenie wzrosło do 8 tys. euro miesięcznie.", "unit"),
    ("pl_salary", "pl", "Przeciętne wynagrodzenie wzrosło do 6 tys. zł miesięcznie.", "value"),
    # --- cs
    ("cs_rate", "cs", "Česká národní banka snížila základní sazbu o 0,25 procentního bodu na 4,75 %.", None),
    ("cs_rate", "cs", "Česká národní banka snížila základní sazbu o 0,25 procentního bodu na 4,5 %.", "value"),
    ("cs_flood", "cs", "Škody po povodni se odhadují na 15 miliard korun.", None),
    pytest.param("cs_flood", "cs", "Škody po povodni se odhadují na 15 milionů korun.", "scale", marks=_xfail(CROWNS)),
    pytest.param("cs_flood", "cs", "Škody po povodni se odhadují na 15 miliard eur.", "unit", marks=_xfail(CROWNS)),
    ("cs_protest", "cs", "Protestu v Praze se v neděli zúčastnilo přes 2000 lidí.", None),
    ("cs_protest", "cs", "Protestu v Praze se v sobotu zúčastnilo přes 2000 lidí.", "date"),
    ("cs_protest", "cs", "Protestu v Praze se v neděli zúčastnilo méně než 2000 lidí.", "qualifier"),
    ("cs_skoda", "cs", "Závod Škoda vyrobil v roce 2023 celkem 870 000 aut.", None),
    ("cs_skoda", "cs", "Závod Škoda vyrobil v roce 2023 celkem 780 000 aut.", "value"),
    ("cs_skoda", "cs", "Závod Škoda vyrobil v roce 2022 celkem 870 000 aut.", "date"),
    # --- hi
    ("hi_gdp", "hi", "पहली तिमाही में भारत की जीडीपी 7.8% बढ़ी।", None),
    ("hi_gdp", "hi", "पहली तिमाही में भारत की जीडीपी 8.7% बढ़ी।", "value"),
    ("hi_package", "hi", "सरकार ने 1.7 लाख करोड़ रुपये के राहत पैकेज की घोषणा की।", None),
    ("hi_package", "hi", "सरकार ने 1.7 हज़ार करोड़ रुपये के राहत पैकेज की घोषणा की।", "scale"),
    ("hi_package", "hi", "सरकार ने 1.7 लाख करोड़ डॉलर के राहत पैकेज की घोषणा की।", "unit"),
    ("hi_stampede", "hi", "मंगलवार को भगदड़ में करीब 50 लोग घायल हो गए।", None),
    ("hi_stampede", "hi", "बुधवार को भगदड़ में करीब 50 लोग घायल हो गए।", "date"),
    ("hi_stampede", "hi", "मंगलवार को भगदड़ में करीब 80 लोग घायल हो गए।", "value"),
    ("hi_train", "hi", "ट्रेन 16 घंटे में 1,384 किलोमीटर की दूरी तय करती है।", None),
    ("hi_train", "hi", "ट्रेन 18 घंटे में 1,384 किलोमीटर की दूरी तय करती है।", "value"),
    ("hi_train", "hi", "ट्रेन 16 घंटे में 1,384 मील की दूरी तय करती है।", "unit"),
    # --- consistent notations
    ("de_wind", "de", "Der Sturm brachte Böen von bis zu 130 Kilometern pro Stunde an die Küste.", None),
    ("de_wind", "de", "Der Sturm brachte Böen von bis zu 180 Kilometern pro Stunde an die Küste.", "value"),
    ("fr_about", "fr", "Les inondations ont laissé 10 000 personnes sans abri.", None),
    ("fr_about", "fr", "Les inondations ont laissé 1 000 personnes sans abri.", "scale"),
    ("es_half", "es", "Medio millón de turistas visitaron la isla en agosto.", None),
    ("es_half", "es", "Unos 500.000 turistas visitaron la isla en agosto.", None),
    pytest.param("es_half", "es", "Medio millón de turistas visitaron la isla en julio.", "date", marks=_xfail(MONTH)),
    ("zh_share", "zh", "四分之三的居民投票支持该计划。", None),
    ("zh_share", "zh", "75%的居民投票支持该计划。", None),
    ("zh_share", "zh", "三分之一的居民投票支持该计划。", "value"),
    ("fr_medals", "fr", "L'Allemagne a remporté 12 médailles d'or, 9 d'argent et 5 de bronze à Paris.", None),
    ("fr_medals", "fr", "L'Allemagne a remporté 12 médailles d'or, 6 d'argent et 5 de bronze à Paris.", "value"),
    ("fr_medals", "fr", "L'Allemagne a remporté 12 médailles d'or, 9 d'argent et 3 de bronze à Paris.", "value"),
    ("ja_order", "ja", "同航空会社は2027年から納入される30億ドル相当の旅客機20機を発注した。", None),
    ("ja_order", "ja", "同航空会社は2028年から納入される30億ドル相当の旅客機20機を発注した。", "date"),
    ("ja_order", "ja", "同航空会社は2027年から納入される30億円相当の旅客機20機を発注した。", "unit"),
    ("ja_order", "ja", "同航空会社は2027年から納入される30億ドル相当の旅客機25機を発注した。", "value"),
    ("zh_crash", "zh", "大巴侧翻事故造成3人死亡、12人受伤。", None),
    ("zh_crash", "zh", "大巴侧翻事故造成3人死亡、21人受伤。", "value"),
    pytest.param("zh_crash", "zh", "大巴侧翻事故造成5人死亡、12人受伤。", "value", marks=_xfail(
        "matching: with '5人' for 'Three people' the two sentences are no longer read as aligned (every pair keeps "
        "the 0.6 bar): 'Three people'/'5人' p=0.555, '12 injured'/'12人' p=0.528, so no fact forms; with '3人' or "
        "'21人' the slot bar is 0.05 and both facts form")),
    ("es_acres", "es", "El incendio ha quemado 20.000 hectáreas desde el lunes.", None),
    pytest.param("es_acres", "es", "El incendio ha quemado 200.000 hectáreas desde el lunes.", "scale", marks=_xfail(
        "comparison: a power-of-ten slip across a unit conversion (50,000 acres = 20,234 ha against 200,000 ha) is "
        "typed value: compare._scale_power asks the written figures for the same digits, which a conversion changes")),
    ("es_acres", "es", "El incendio ha quemado 20.000 hectáreas desde el martes.", "date"),
    ("de_deal", "de", "Der Deal ist 2 Milliarden Euro (2,2 Milliarden Dollar) wert, teilte das Unternehmen mit.", None),
    ("de_deal", "de", "Der Deal ist 2 Milliarden Euro wert, teilte das Unternehmen mit.", None),
    # the dollars conflict with the euros (unit) and with the English dollar figure (value)
    ("de_deal", "de", "Der Deal ist 2 Milliarden Dollar wert, teilte das Unternehmen mit.", ("unit", "value")),
    # --- h42: sv da no fi he fa id vi, end to end (unchanged, rendered another way, changed)
    # sv
    ("sv_h42_rate", "sv", "Riksbanken sänkte på onsdagen styrräntan med 0,25 procentenheter till 3,5 procent.", None),
    ("sv_h42_rate", "sv", "Riksbanken sänkte på onsdagen styrräntan med 0,25 procentenheter till 3,25 procent.", "value"),
    ("sv_h42_rate", "sv", "Riksbanken sänkte på tisdagen styrräntan med 0,25 procentenheter till 3,5 procent.", "date"),
    ("sv_h42_storm", "sv", "Stormen lämnade 45 000 hushåll utan ström på lördagen.", None),
    ("sv_h42_storm", "sv", "Stormen lämnade 4 500 hushåll utan ström på lördagen.", "scale"),
    ("sv_h42_storm", "sv", "Stormen lämnade 45 000 hushåll utan ström på söndagen.", "date"),
    ("sv_h42_mine", "sv", "Gruvbolaget ska investera 1,2 miljarder dollar i den nya gruvan, som ska sysselsätta 800 personer.", None),
    ("sv_h42_mine", "sv", "Gruvbolaget ska investera 1,2 mdr dollar i den nya gruvan, som ska sysselsätta 800 personer.", None),
    ("sv_h42_mine", "sv", "Gruvbolaget ska investera 1,2 miljoner dollar i den nya gruvan, som ska sysselsätta 800 personer.", "scale"),
    ("sv_h42_mine", "sv", "Gruvbolaget ska investera 1,2 miljarder kronor i den nya gruvan, som ska sysselsätta 800 personer.", "unit"),
    ("sv_h42_mine", "sv", "Gruvbolaget ska investera 1,2 miljarder dollar i den nya gruvan, som ska sysselsätta 600 personer.", "value"),
    ("sv_h42_heat", "sv", "Temperaturen nådde 34 grader i Stockholm klockan 15 på måndagen.", None),
    ("sv_h42_heat", "sv", "Temperaturen nådde 34 grader i Stockholm klockan 17 på måndagen.", "date"),
    ("sv_h42_heat", "sv", "Temperaturen nådde 31 grader i Stockholm klockan 15 på måndagen.", "value"),
    ("sv_h42_evac", "sv", "Drygt 300 personer evakuerades från ön den 3 april.", None),
    pytest.param("sv_h42_evac", "sv", "Knappt 300 personer evakuerades från ön den 3 april.", "qualifier", marks=_xfail(BOUND)),
    ("sv_h42_evac", "sv", "Drygt 300 personer evakuerades från ön den 13 april.", "date"),
    ("sv_h42_evac", "sv", "Drygt 400 personer evakuerades från ön den 3 april.", "value"),
    ("sv_h42_heatus", "sv", "Värmen i Phoenix nådde 35 grader i måndags, enligt meteorologerna.", None),
    ("sv_h42_heatus", "sv", "Värmen i Phoenix nådde 95 grader Fahrenheit i måndags, enligt meteorologerna.", None),
    ("sv_h42_heatus", "sv", "Värmen i Phoenix nådde 45 grader i måndags, enligt meteorologerna.", "value"),
    # da
    ("da_h42_wind", "da", "Havvindmølleparken kommer til at producere 1.000 megawatt og vil koste 3,4 mia. euro.", None),
    ("da_h42_wind", "da", "Havvindmølleparken kommer til at producere 1.000 megawatt og vil koste 3,4 milliarder euro.", None),
    ("da_h42_wind", "da", "Havvindmølleparken kommer til at producere 1.000 megawatt og vil koste 3,4 mio. euro.", "scale"),
    ("da_h42_wind", "da", "Havvindmølleparken kommer til at producere 1.000 megawatt og vil koste 3,4 mia. kroner.", "unit"),
    ("da_h42_wind", "da", "Havvindmølleparken kommer til at producere 1.400 megawatt og vil koste 3,4 mia. euro.", "value"),
    ("da_h42_court", "da", "Retten idømte den 14. marts manden otte års fængsel.", None),
    ("da_h42_court", "da", "Retten idømte den 14. marts manden seks års fængsel.", "value"),
    ("da_h42_court", "da", "Retten idømte den 15. marts manden otte års fængsel.", "date"),
    ("da_h42_metro", "da", "En halv million passagerer brugte den nye metrolinje i de første to uger.", None),
    ("da_h42_metro", "da", "500.000 passagerer brugte den nye metrolinje i de første 14 dage.", None),
    ("da_h42_metro", "da", "En halv million passagerer brugte den nye metrolinje i de første tre uger.", "value"),
    ("da_h42_vote", "da", "Partiet fik 27,5 procent af stemmerne og 48 mandater.", None),
    ("da_h42_vote", "da", "Partiet fik 25,7 procent af stemmerne og 48 mandater.", "value"),
    ("da_h42_vote", "da", "Partiet fik 27,5 procent af stemmerne og 46 mandater.", "value"),
    ("da_h42_loan", "da", "Klubben har fået et lån på 1,5 mio. kr. af banken.", None),
    ("da_h42_loan", "da", "Klubben har fået et lån på halvanden million kroner af banken.", None),
    ("da_h42_loan", "da", "Klubben har fået et lån på en og en halv million kroner af banken.", None),
    ("da_h42_loan", "da", "Klubben har fået et lån på 1,5 mia. kr. af banken.", "scale"),
    ("da_h42_loan", "da", "Klubben har fået et lån på 2,5 mio. kr. af banken.", "value"),
    # no
    ("no_h42_fund", "no", "Oljefondet tjente 213 milliarder dollar i første halvår.", None),
    ("no_h42_fund", "no", "Oljefondet tjente 213 mrd. dollar i første halvår.", None),
    ("no_h42_fund", "no", "Oljefondet tjente 213 milliarder kroner i første halvår.", "unit"),
    ("no_h42_fund", "no", "Oljefondet tjente 213 millioner dollar i første halvår.", "scale"),
    ("no_h42_avalanche", "no", "Tre skiløpere ble drept i et snøskred søndag.", None),
    ("no_h42_avalanche", "no", "Fire skiløpere ble drept i et snøskred søndag.", "value"),
    ("no_h42_avalanche", "no", "Tre skiløpere ble drept i et snøskred lørdag.", "date"),
    ("no_h42_tunnel", "no", "Tunnelen er 24,5 kilometer lang og tok fem år å bygge.", None),
    ("no_h42_tunnel", "no", "Tunnelen er 24,5 km lang og tok fem år å bygge.", None),
    ("no_h42_tunnel", "no", "Tunnelen er 2,45 mil lang og tok fem år å bygge.", None),
    pytest.param("no_h42_tunnel", "no", "Tunnelen er 24,5 mil lang og tok fem år å bygge.", "unit", marks=_xfail(H42_MIL)),
    ("no_h42_tunnel", "no", "Tunnelen er 24,5 engelske mil lang og tok fem år å bygge.", "unit"),
    ("no_h42_tunnel", "no", "Tunnelen er 24,5 kilometer lang og tok seks år å bygge.", "value"),
    ("no_h42_ferry", "no", "Ferja, med 250 passasjerer om bord, gikk på grunn klokken 23.30.", None),
    ("no_h42_ferry", "no", "Ferja, med 250 passasjerer om bord, gikk på grunn klokken 22.30.", "date"),
    ("no_h42_ferry", "no", "Ferja, med 520 passasjerer om bord, gikk på grunn klokken 23.30.", "value"),
    ("no_h42_crowd", "no", "Nesten 40 000 tilskuere så finalen søndag.", None),
    ("no_h42_crowd", "no", "Snaut 40 000 tilskuere så finalen søndag.", None),
    pytest.param("no_h42_crowd", "no", "Vel 40 000 tilskuere så finalen søndag.", "qualifier", marks=_xfail(BOUND)),
    ("no_h42_crowd", "no", "Nesten 4000 tilskuere så finalen søndag.", "scale"),
    pytest.param("no_h42_oilprod", "no", "Equinor produserte 2,1 millioner fat per dag, halvannen million av dem i Norge.", None, marks=_xfail(H42_PER_DAY)),
    pytest.param("no_h42_oilprod", "no", "Equinor produserte 2,1 millioner fat per dag, en og en halv million av dem i Norge.", None, marks=_xfail(H42_PER_DAY)),
    pytest.param("no_h42_oilprod", "no", "Equinor produserte 2,1 millioner fat per dag, en halv million av dem i Norge.", "value", marks=_xfail(H42_PER_DAY)),
    # fi
    ("fi_h42_jobless", "fi", "Suomen työttömyysaste nousi 8,2 prosenttiin, korkeimmaksi viiteen vuoteen.", None),
    ("fi_h42_jobless", "fi", "Suomen työttömyysaste nousi 8,7 prosenttiin, korkeimmaksi viiteen vuoteen.", "value"),
    ("fi_h42_jobless", "fi", "Suomen työttömyysaste nousi 8,2 prosenttiin, korkeimmaksi kuuteen vuoteen.", "value"),
    ("fi_h42_frost", "fi", "Lämpötila laski tiistaina Lapissa miinus 38 asteeseen.", None),
    ("fi_h42_frost", "fi", "Lämpötila laski tiistaina Lapissa -38 asteeseen.", None),
    ("fi_h42_frost", "fi", "Lämpötila laski tiistaina Lapissa miinus 33 asteeseen.", "value"),
    ("fi_h42_frost", "fi", "Lämpötila laski keskiviikkona Lapissa miinus 38 asteeseen.", "date"),
    ("fi_h42_cuts", "fi", "Yhtiö vähentää henkilöstöään 5 prosentilla ja sulkee kolme tehdasta.", None),
    ("fi_h42_cuts", "fi", "Yhtiö vähentää henkilöstöään viidellä prosentilla ja sulkee kolme tehdasta.", None),
    ("fi_h42_cuts", "fi", "Yhtiö vähentää henkilöstöään 5 prosentilla ja sulkee neljä tehdasta.", "value"),
    ("fi_h42_cuts", "fi", "Yhtiö vähentää henkilöstöään 15 prosentilla ja sulkee kolme tehdasta.", "value"),
    ("fi_h42_plant", "fi", "Tehdas suljetaan vuonna 2026, ja 350 työntekijää menettää työnsä.", None),
    ("fi_h42_plant", "fi", "Tehdas suljetaan vuonna 2027, ja 350 työntekijää menettää työnsä.", "date"),
    ("fi_h42_plant", "fi", "Tehdas suljetaan vuonna 2026, ja 530 työntekijää menettää työnsä.", "value"),
    ("fi_h42_snow", "fi", "Helsinkiin satoi yön aikana jopa 40 senttimetriä lunta.", None),
    ("fi_h42_snow", "fi", "Helsinkiin satoi yön aikana jopa 40 cm lunta.", None),
    ("fi_h42_snow", "fi", "Helsinkiin satoi yön aikana jopa 40 millimetriä lunta.", "unit"),
    ("fi_h42_snow", "fi", "Helsinkiin satoi yön aikana jopa 30 senttimetriä lunta.", "value"),
    ("fi_h42_grant", "fi", "Kaupunki myönsi 14. maaliskuuta 4,5 miljoonaa euroa 12 koululle.", None),
    ("fi_h42_grant", "fi", "Kaupunki myönsi 14.3. 4,5 miljoonaa euroa 12 koululle.", None),
    ("fi_h42_grant", "fi", "Kaupunki myönsi 14. maaliskuuta 4,5 miljoonaa euroa kahdelletoista koululle.", None),
    ("fi_h42_grant", "fi", "Kaupunki myönsi 14. maaliskuuta 4,5 miljardia euroa 12 koululle.", "scale"),
    ("fi_h42_grant", "fi", "Kaupunki myönsi 14. huhtikuuta 4,5 miljoonaa euroa 12 koululle.", "date"),
    ("fi_h42_grant", "fi", "Kaupunki myönsi 14. maaliskuuta 4,5 miljoonaa euroa 21 koululle.", "value"),
    # he
    ("he_h42_rockets", "he", "יותר מ-150 רקטות שוגרו לעבר ישראל בשבת.", None),
    ("he_h42_rockets", "he", "יותר מ-120 רקטות שוגרו לעבר ישראל בשבת.", "value"),
    ("he_h42_rockets", "he", "פחות מ-150 רקטות שוגרו לעבר ישראל בשבת.", "qualifier"),
    ("he_h42_rockets", "he", "יותר מ-150 רקטות שוגרו לעבר ישראל ביום שישי.", "date"),
    ("he_h42_budget", "he", "הכנסת אישרה תקציב של 584 מיליארד שקל.", None),
    ("he_h42_budget", "he", 'הכנסת אישרה תקציב של 584 מיליארד ש"ח.', None),
    ("he_h42_budget", "he", "הכנסת אישרה תקציב של 584 מיליון שקל.", "scale"),
    ("he_h42_budget", "he", "הכנסת אישרה תקציב של 584 מיליארד דולר.", "unit"),
    ("he_h42_heat", "he", "הטמפרטורות יגיעו ל-40 מעלות בירושלים ביום רביעי.", None),
    ("he_h42_heat", "he", "הטמפרטורות יגיעו ל-42 מעלות בירושלים ביום רביעי.", "value"),
    ("he_h42_heat", "he", "הטמפרטורות יגיעו ל-40 מעלות בירושלים ביום חמישי.", "date"),
    ("he_h42_startup", "he", "הסטארט-אפ גייס 75 מיליון דולר ב-2023.", None),
    ("he_h42_startup", "he", "הסטארט-אפ גייס 75 מיליון דולר ב-2022.", "date"),
    ("he_h42_startup", "he", "הסטארט-אפ גייס 57 מיליון דולר ב-2023.", "value"),
    ("he_h42_arrest", "he", "גבר בן 45 נעצר בחיפה ביום שני.", None),
    ("he_h42_arrest", "he", "גבר בן 54 נעצר בחיפה ביום שני.", "value"),
    ("he_h42_arrest", "he", "גבר בן 45 נעצר בחיפה ביום שלישי.", "date"),
    ("he_h42_demo", "he", "חצי מיליון איש הפגינו בתל אביב ב-25 במרץ 2023.", None),
    ("he_h42_demo", "he", "500 אלף איש הפגינו בתל אביב ב-25 במרץ 2023.", None),
    ("he_h42_demo", "he", "חצי מיליון איש הפגינו בתל אביב ב-25 במאי 2023.", "date"),
    ("he_h42_demo", "he", "מיליון איש הפגינו בתל אביב ב-25 במרץ 2023.", "value"),
    # fa
    ("fa_h42_quake", "fa", "زلزله ۵٫۹ ریشتری روز ۱۲ ژوئن ۲۰۲۴ چهل نفر را زخمی کرد.", None),
    ("fa_h42_quake", "fa", "زلزله ۵٫۹ ریشتری روز ۲۳ خرداد ۱۴۰۳ چهل نفر را زخمی کرد.", None),
    ("fa_h42_quake", "fa", "زلزله ۵٫۹ ریشتری روز ۱۲ ژوئن ۲۰۲۴ پنجاه نفر را زخمی کرد.", "value"),
    ("fa_h42_quake", "fa", "زلزله ۶٫۹ ریشتری روز ۱۲ ژوئن ۲۰۲۴ چهل نفر را زخمی کرد.", "value"),
    ("fa_h42_quake", "fa", "زلزله ۵٫۹ ریشتری روز ۱۳ ژوئن ۲۰۲۴ چهل نفر را زخمی کرد.", "date"),
    pytest.param("fa_h42_quake", "fa", "زلزله ۵٫۹ ریشتری روز ۲۴ خرداد ۱۴۰۳ چهل نفر را زخمی کرد.", "date", marks=_xfail(H42_HIJRI)),
    ("fa_h42_oil", "fa", "ایران ماه گذشته روزانه ۱٫۵ میلیون بشکه نفت صادر کرد.", None),
    ("fa_h42_oil", "fa", "ایران ماه گذشته روزانه یک و نیم میلیون بشکه نفت صادر کرد.", None),
    ("fa_h42_oil", "fa", "ایران ماه گذشته روزانه ۱٫۵ هزار بشکه نفت صادر کرد.", "scale"),
    ("fa_h42_oil", "fa", "ایران ماه گذشته روزانه ۲٫۵ میلیون بشکه نفت صادر کرد.", "value"),
    ("fa_h42_inflation", "fa", "بانک مرکزی اعلام کرد تورم به ۴۰ درصد رسید.", None),
    ("fa_h42_inflation", "fa", "بانک مرکزی اعلام کرد تورم به 40 درصد رسید.", None),
    ("fa_h42_inflation", "fa", "بانک مرکزی اعلام کرد تورم به ۴۵ درصد رسید.", "value"),
    ("fa_h42_flights", "fa", "پروازها به مشهد به مدت دو هفته متوقف شد.", None),
    ("fa_h42_flights", "fa", "پروازها به مشهد به مدت ۱۴ روز متوقف شد.", None),
    ("fa_h42_flights", "fa", "پروازها به مشهد به مدت سه هفته متوقف شد.", "value"),
    ("fa_h42_rial", "fa", "ریال در برابر دلار به ۶۰۰ هزار سقوط کرد که ۱۲ درصد کاهش در یک ماه است.", None),
    ("fa_h42_rial", "fa", "ریال در برابر دلار به ۶۰۰٬۰۰۰ سقوط کرد که ۱۲ درصد کاهش در یک ماه است.", None),
    ("fa_h42_rial", "fa", "ریال در برابر دلار به ۶۰ هزار سقوط کرد که ۱۲ درصد کاهش در یک ماه است.", "scale"),
    ("fa_h42_rial", "fa", "ریال در برابر دلار به ۶۰۰ هزار سقوط کرد که ۲۱ درصد کاهش در یک ماه است.", "value"),
    ("fa_h42_fire", "fa", "آتش‌سوزی ساعت ۱۵ آغاز شد و ۲۵ آتش‌نشان زخمی شدند.", None),
    ("fa_h42_fire", "fa", "آتش‌سوزی ساعت ۳ بعدازظهر آغاز شد و ۲۵ آتش‌نشان زخمی شدند.", None),
    ("fa_h42_fire", "fa", "آتش‌سوزی ساعت ۵ بعدازظهر آغاز شد و ۲۵ آتش‌نشان زخمی شدند.", "date"),
    ("fa_h42_fire", "fa", "آتش‌سوزی ساعت ۱۵ آغاز شد و ۳۵ آتش‌نشان زخمی شدند.", "value"),
    # id
    ("id_h42_rice", "id", "Indonesia akan mengimpor 2 juta ton beras tahun ini.", None),
    ("id_h42_rice", "id", "Indonesia akan mengimpor 2 ribu ton beras tahun ini.", "scale"),
    ("id_h42_rice", "id", "Indonesia akan mengimpor 3 juta ton beras tahun ini.", "value"),
    ("id_h42_meals", "id", "Pemerintah mengalokasikan Rp71 triliun untuk program makan bergizi gratis.", None),
    ("id_h42_meals", "id", "Pemerintah mengalokasikan Rp 71 T untuk program makan bergizi gratis.", None),
    ("id_h42_meals", "id", "Pemerintah mengalokasikan 71 triliun rupiah untuk program makan bergizi gratis.", None),
    ("id_h42_meals", "id", "Pemerintah mengalokasikan Rp71 miliar untuk program makan bergizi gratis.", "scale"),
    ("id_h42_meals", "id", "Pemerintah mengalokasikan Rp17 triliun untuk program makan bergizi gratis.", "value"),
    ("id_h42_volcano", "id", "Gunung itu meletus pukul 21.45, memaksa 2.000 warga mengungsi.", None),
    ("id_h42_volcano", "id", "Gunung itu meletus pukul 20.45, memaksa 2.000 warga mengungsi.", "date"),
    ("id_h42_volcano", "id", "Gunung itu meletus pukul 21.45, memaksa 3.000 warga mengungsi.", "value"),
    ("id_h42_ferry", "id", "Sekitar 300 penumpang diselamatkan setelah kapal feri tenggelam pada 3 Juli.", None),
    ("id_h42_ferry", "id", "Lebih dari 300 penumpang diselamatkan setelah kapal feri tenggelam pada 3 Juli.", None),
    ("id_h42_ferry", "id", "Sekitar 300 penumpang diselamatkan setelah kapal feri tenggelam pada 3 Juni.", "date"),
    ("id_h42_ferry", "id", "Sekitar 200 penumpang diselamatkan setelah kapal feri tenggelam pada 3 Juli.", "value"),
    ("id_h42_quake", "id", "Gempa bermagnitudo 5,6 menewaskan 331 orang di Cianjur pada 21 November 2022.", None),
    ("id_h42_quake", "id", "Gempa M5,6 menewaskan 331 orang di Cianjur pada 21/11/2022.", None),
    ("id_h42_quake", "id", "Gempa bermagnitudo 5,6 menewaskan 313 orang di Cianjur pada 21 November 2022.", "value"),
    ("id_h42_quake", "id", "Gempa bermagnitudo 6,5 menewaskan 331 orang di Cianjur pada 21 November 2022.", "value"),
    ("id_h42_quake", "id", "Gempa bermagnitudo 5,6 menewaskan 331 orang di Cianjur pada 21 Desember 2022.", "date"),
    ("id_h42_nickel", "id", "Ekspor nikel naik menjadi US$33,8 miliar atau sekitar Rp520 triliun.", None),
    ("id_h42_nickel", "id", "Ekspor nikel naik menjadi 33,8 miliar dolar AS atau sekitar Rp 520 T.", None),
    pytest.param("id_h42_nickel", "id", "Ekspor nikel naik menjadi US$33,8 juta atau sekitar Rp520 triliun.", "scale", marks=_xfail(H42_RESTATED)),
    pytest.param("id_h42_nickel", "id", "Ekspor nikel naik menjadi US$38,3 miliar atau sekitar Rp520 triliun.", "value", marks=_xfail(H42_RESTATED)),
    # vi
    ("vi_h42_gdp", "vi", "Kinh tế Việt Nam tăng trưởng 7,09% trong năm 2024.", None),
    ("vi_h42_gdp", "vi", "Kinh tế Việt Nam tăng trưởng 7,9% trong năm 2024.", "value"),
    ("vi_h42_gdp", "vi", "Kinh tế Việt Nam tăng trưởng 7,09% trong năm 2023.", "date"),
    ("vi_h42_exports", "vi", "Xuất khẩu đạt 405 tỷ USD, tăng 14%.", None),
    ("vi_h42_exports", "vi", "Xuất khẩu đạt 405 tỉ đô la, tăng 14%.", None),
    ("vi_h42_exports", "vi", "Xuất khẩu đạt 405 triệu USD, tăng 14%.", "scale"),
    ("vi_h42_exports", "vi", "Xuất khẩu đạt 405 tỷ USD, tăng 41%.", "value"),
    ("vi_h42_typhoon", "vi", "Bão Yagi làm 299 người chết và gây thiệt hại 81.500 tỷ đồng.", None),
    ("vi_h42_typhoon", "vi", "Bão Yagi làm 299 người chết và gây thiệt hại 81.500 tỷ USD.", "unit"),
    ("vi_h42_typhoon", "vi", "Bão Yagi làm 292 người chết và gây thiệt hại 81.500 tỷ đồng.", "value"),
    ("vi_h42_metro", "vi", "Tuyến metro dài 19,7 km và có 14 nhà ga.", None),
    ("vi_h42_metro", "vi", "Tuyến metro dài 19,7 km và có 16 nhà ga.", "value"),
    ("vi_h42_metro", "vi", "Tuyến metro dài 19,7 dặm và có 14 nhà ga.", "unit"),
    ("vi_h42_damage", "vi", "Cơn bão gây thiệt hại 1.700 tỷ đồng và khiến nửa triệu hộ dân mất điện.", None),
    ("vi_h42_damage", "vi", "Cơn bão gây thiệt hại 1,7 nghìn tỷ đồng và khiến 500.000 hộ dân mất điện.", None),
    ("vi_h42_damage", "vi", "Cơn bão gây thiệt hại 1.700 tỷ đồng và khiến 50.000 hộ dân mất điện.", "scale"),
    ("vi_h42_damage", "vi", "Cơn bão gây thiệt hại 1,7 triệu tỷ đồng và khiến nửa triệu hộ dân mất điện.", "scale"),
    ("vi_h42_flight", "vi", "Chuyến bay từ Hà Nội đến TP.HCM mất hai giờ và có giá 2 triệu đồng.", None),
    ("vi_h42_flight", "vi", "Chuyến bay từ Hà Nội đến TP.HCM mất 2 tiếng và có giá 2 triệu đồng.", None),
    ("vi_h42_flight", "vi", "Chuyến bay từ Hà Nội đến TP.HCM mất hai giờ và có giá 2 triệu USD.", "unit"),
    ("vi_h42_flight", "vi", "Chuyến bay từ Hà Nội đến TP.HCM mất ba giờ và có giá 2 triệu đồng.", "value"),
]

# Stories of three and four versions: (name, {article id: text}, expected conflict type or None, the outlier)
MULTI = [
    ("invest_four", {
        "en": EN["de_invest"],
        "de": "Das Unternehmen investierte 2,5 Milliarden Euro in das neue Werk in Leipzig.",
        "fr": "L'entreprise a investi 2,5 milliards d'euros dans la nouvelle usine de Leipzig.",
        "es": "La empresa invirtió 2,5 millones de euros en la nueva planta de Leipzig.",
    }, "scale", "es"),
    ("tokyo_three", {
        "en": EN["ja_tokyo"],
        "ja": "東京の人口は2024年に1410万人に達した。",
        "zh": "2024年东京人口达到1410万。",
    }, None, None),
    ("flood_three", {
        "en": EN["cs_flood"],
        "cs": "Škody po povodni se odhadují na 15 miliard korun.",
        "pl": "Szkody po powodzi szacuje się na 15 mld koron.",
    }, None, None),
    ("rally_four", {
        "en": EN["ru_rally"],
        "ru": "В митинге 5 мая приняли участие около 200 человек.",
        "de": "An der Kundgebung am 5. Mai nahmen rund 200 Menschen teil.",
        "it": "Alla manifestazione del 5 maggio hanno partecipato circa 200 persone.",
    }, None, None),
    ("rally_four_date", {
        "en": EN["ru_rally"],
        "ru": "В митинге 5 мая приняли участие около 200 человек.",
        "de": "An der Kundgebung am 5. Juni nahmen rund 200 Menschen teil.",
        "it": "Alla manifestazione del 5 maggio hanno partecipato circa 200 persone.",
    }, "date", "de"),
]


def _row_ids(rows) -> list[str]:
    """pair-expected-n: the n-th row of its pair."""
    ids, seen = [], {}
    for row in rows:
        pair, _, _, expected = row.values if hasattr(row, "values") else row
        seen[pair] = seen.get(pair, 0) + 1
        ids.append(f"{pair}-{'-'.join(sorted(_types(expected))) if expected else 'same'}-{seen[pair]}")
    return ids


@pytest.fixture(scope="module")
def encoders():
    """The default encoders, each loaded once for the module (hi and cs stories take the covering one)."""
    return Encoders()


def _types(expected) -> set[str]:
    return {expected} if isinstance(expected, str) else set(expected)


def _conflict_types(report) -> set[str]:
    return {c.type for c in report.conflicts}


def _describe(report) -> str:
    claims = [f"{c.id} {c.text!r} {c.quantity.kind} {c.quantity.value} {c.quantity.unit} {c.quantity.qualifier}"
              for c in report.claims]
    facts = [f"{f.id}: {f.claims}" for f in report.facts]
    conflicts = [f"{c.type}: {c.explanation}" for c in report.conflicts]
    return "\n".join(["claims:", *claims, "facts:", *facts, "conflicts:", *conflicts])


@pytest.mark.parametrize("pair, lang, text, expected", ROWS, ids=_row_ids(ROWS))
def test_translated_pair(encoders, pair, lang, text, expected):
    report = claimcheck.check({"en": EN[pair], lang: text}, encoder=encoders)
    assert {a.lang for a in report.articles} == {"en", lang}
    if expected is None:
        assert not report.conflicts, _describe(report)
    else:
        assert _conflict_types(report) == _types(expected), _describe(report)


@pytest.mark.parametrize("name, texts, expected, outlier", MULTI, ids=[m[0] for m in MULTI])
def test_multilingual_story(encoders, name, texts, expected, outlier):
    report = claimcheck.check(texts, encoder=encoders)
    if expected is None:
        assert not report.conflicts, _describe(report)
    else:
        assert _conflict_types(report) == {expected}, _describe(report)
        assert {c.outlier for c in report.conflicts} == {outlier}, _describe(report)
        assert len(report.conflicts) == len(texts) - 1, _describe(report)
