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
H41_HR_MATCH = "matching: a hr figure that changed is left out of the fact its English figure forms (the claims stay two facts of one claim each), where the same hr sentence with the English figure joins them: 'u 22.40 sati' / '11:40 p.m.', 'četiri bolnice' / 'three hospitals'"
H41_DECARE = "comparison: a unit that carries its own scale (bg 'декара' = 0.1 ha, a `scaled_units` entry) is converted at extraction, so a hectare slipped to a decare ('2000 декара' / '2,000 hectares') reaches compare as 200 ha against 2,000 ha and is typed scale ('a scale-word slip'), not unit"



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
    # h41
    "ru_h41_court": "The court sentenced the former mayor to 9 years in prison and fined him 300 million roubles.",
    "ru_h41_quake": "The earthquake struck at 4:30 p.m. local time on 14 August.",
    "ru_h41_repair": "Repairs to the bridge will take two weeks and cost 45 million roubles.",
    "pl_h41_vote": "Turnout in the parliamentary election reached 74.4 percent, the highest since 1989.",
    "pl_h41_storm": "Wind gusts reached 120 kilometres per hour and five people were injured.",
    "pl_h41_expo": "Half a million people visited the exhibition in Krakow.",
    "pl_h41_law": "The new law takes effect on 1 September 2025.",
    "cs_h41_hospital": "The new hospital will have 450 beds and will cost 120 million euros.",
    "cs_h41_fans": "Three Czech fans were injured and 25 were detained after the match on Saturday.",
    "cs_h41_train": "The train will leave Prague at 7:15 p.m. on 3 March.",
    "uk_h41_shelling": "Three people were killed and 14 injured in the shelling of Kharkiv on Monday.",
    "uk_h41_grain": "Ukraine exported 4.2 million tonnes of grain in October.",
    "uk_h41_aid": "The EU approved a 50 billion euro aid package for Ukraine on 1 February 2024.",
    "uk_h41_repair": "Repairs to the dam will take two weeks.",
    "bg_h41_wage": "The minimum wage will rise to 1,077 leva from 1 January 2025.",
    "bg_h41_fire": "The fire destroyed 2,000 hectares of forest and 15 houses near Sandanski.",
    "bg_h41_inflation": "Annual inflation in Bulgaria slowed to 3.1 percent in March.",
    "hr_h41_tourism": "Croatia recorded 21 million tourist arrivals in 2023, 9 percent more than a year earlier.",
    "hr_h41_quake": "The magnitude 5.5 earthquake hit Zagreb at 6:24 a.m. on 22 March 2020.",
    "hr_h41_ferry": "The new ferry can carry up to 600 passengers and 150 cars.",
    "el_h41_fire": "More than 500 firefighters battled the blaze north of Athens on Sunday.",
    "el_h41_debt": "Greece repaid 5.3 billion euros of its bailout loans ahead of schedule.",
    "el_h41_heat": "Temperatures reached 44 degrees Celsius in Athens on Wednesday.",
    "ro_h41_deficit": "Romania's budget deficit reached 8.6% of GDP in 2024.",
    "ro_h41_flood": "The floods killed seven people and forced the evacuation of 5,000 residents.",
    "ro_h41_plant": "The factory, which cost 230 million euros, will employ 1,200 workers.",
    "ro_h41_rank": "Simona Halep climbed to fourth place in the world rankings.",
    "hu_h41_rate": "The Hungarian central bank left its base rate at 6.5 percent on Tuesday.",
    "hu_h41_rail": "The new railway line between Budapest and Belgrade is 350 kilometres long and cost 2.1 billion euros.",
    "hu_h41_match": "The match kicks off at 8:45 p.m. on 10 September.",
    "hu_h41_petition": "Half a million people signed the petition in two weeks.",
    "ru_h41_evac": "More than two thousand people were evacuated from the flooded villages on Thursday.",
    "hr_h41_flight": "The plane landed at 11:40 p.m. after a 14-hour flight.",
    "hu_h41_fine": "The court heard five witnesses and fined the company 1.5 million euros.",
    "hu_h41_runner": "The runner finished third, 12 seconds behind the winner.",
    "pl_h41_hospitals": "The injured were taken to three hospitals in the capital.",
    "pl_h41_festival": "The festival will run from 5 to 9 June.",
    "ru_h41_refugees": "Half a million refugees have returned home this year.",
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
    # --- h41: ru pl cs uk bg hr el ro hu end to end: case forms of numerals ("двух тысяч", "pięciu", "tří",
    # "п'ятьох"), scale words abbreviated ("млн", "mld.", "δισ.", "mil."), 24-hour clocks for 12-hour ones, local
    # dates (genitive months, Roman-numeral months), ordinals, "half a million", "two weeks" as "14 дней"
    # h41 ru
    ("ru_h41_court", "ru", "Суд приговорил бывшего мэра к 9 годам заключения и оштрафовал его на 300 млн рублей.", None),
    ("ru_h41_court", "ru", "Суд приговорил бывшего мэра к девяти годам заключения и оштрафовал его на 300 миллионов рублей.", None),
    ("ru_h41_court", "ru", "Суд приговорил бывшего мэра к 9 годам заключения и оштрафовал его на 300 млрд рублей.", "scale"),
    ("ru_h41_court", "ru", "Суд приговорил бывшего мэра к семи годам заключения и оштрафовал его на 300 млн рублей.", "value"),
    ("ru_h41_quake", "ru", "Землетрясение произошло 14 августа в 16:30 по местному времени.", None),
    ("ru_h41_quake", "ru", "Землетрясение произошло 14 августа в 18:30 по местному времени.", "date"),
    ("ru_h41_quake", "ru", "Землетрясение произошло 4 августа в 16:30 по местному времени.", "date"),
    ("ru_h41_repair", "ru", "Ремонт моста займёт 14 дней и обойдётся в 45 млн рублей.", None),
    ("ru_h41_repair", "ru", "Ремонт моста займёт две недели и обойдётся в 45 миллионов рублей.", None),
    ("ru_h41_repair", "ru", "Ремонт моста займёт три недели и обойдётся в 45 миллионов рублей.", "value"),
    ("ru_h41_evac", "ru", "В четверг из затопленных сёл эвакуировали более двух тысяч человек.", None),
    ("ru_h41_evac", "ru", "В четверг из затопленных сёл эвакуировали более трёх тысяч человек.", "value"),
    ("hu_h41_fine", "ru", "Суд заслушал пятерых свидетелей и оштрафовал компанию на полтора миллиона евро.", None),
    ("hu_h41_fine", "ru", "Суд заслушал шестерых свидетелей и оштрафовал компанию на 1,5 млн евро.", "value"),
    ("ru_h41_refugees", "ru", "Полмиллиона беженцев вернулись домой в этом году.", None),
    ("ru_h41_refugees", "ru", "500 тысяч беженцев вернулись домой в этом году.", None),
    ("ru_h41_refugees", "ru", "Полтора миллиона беженцев вернулись домой в этом году.", "value"),
    # h41 pl
    ("pl_h41_vote", "pl", "Frekwencja w wyborach parlamentarnych wyniosła 74,4 proc. i była najwyższa od 1989 roku.", None),
    ("pl_h41_vote", "pl", "Frekwencja w wyborach parlamentarnych wyniosła 74,4 proc. i była najwyższa od 1998 roku.", "date"),
    ("pl_h41_vote", "pl", "Frekwencja w wyborach parlamentarnych wyniosła 47,4 proc. i była najwyższa od 1989 roku.", "value"),
    ("pl_h41_storm", "pl", "Porywy wiatru osiągały 120 km/h, a pięć osób zostało rannych.", None),
    ("pl_h41_storm", "pl", "Porywy wiatru osiągały 120 km/h, a sześć osób zostało rannych.", "value"),
    ("pl_h41_storm", "pl", "Porywy wiatru osiągały 120 mil na godzinę, a pięć osób zostało rannych.", "unit"),
    ("pl_h41_expo", "pl", "Wystawę w Krakowie odwiedziło pół miliona osób.", None),
    ("pl_h41_expo", "pl", "Wystawę w Krakowie odwiedziło 500 tys. osób.", None),
    ("pl_h41_expo", "pl", "Wystawę w Krakowie odwiedziło półtora miliona osób.", "value"),
    ("pl_h41_law", "pl", "Nowa ustawa wchodzi w życie 1 IX 2025 r.", None),
    ("pl_h41_law", "pl", "Nowa ustawa wchodzi w życie 1.09.2025 r.", None),
    ("pl_h41_law", "pl", "Nowa ustawa wchodzi w życie 1 października 2025 r.", "date"),
    ("pl_h41_hospitals", "pl", "Rannych przewieziono do trzech szpitali w stolicy.", None),
    ("pl_h41_hospitals", "pl", "Rannych przewieziono do czterech szpitali w stolicy.", "value"),
    ("pl_h41_festival", "pl", "Festiwal potrwa od 5 do 9 czerwca.", None),
    ("pl_h41_festival", "pl", "Festiwal potrwa od 5 do 9 VI.", None),
    ("pl_h41_festival", "pl", "Festiwal potrwa od 5 do 8 czerwca.", "date"),
    # h41 cs
    ("cs_h41_hospital", "cs", "Nová nemocnice bude mít 450 lůžek a bude stát 120 milionů eur.", None),
    ("cs_h41_hospital", "cs", "Nová nemocnice bude mít 450 lůžek a bude stát 120 mil. eur.", None),
    ("cs_h41_hospital", "cs", "Nová nemocnice bude mít 450 lůžek a bude stát 120 miliard eur.", "scale"),
    ("cs_h41_hospital", "cs", "Nová nemocnice bude mít 540 lůžek a bude stát 120 milionů eur.", "value"),
    ("cs_h41_fans", "cs", "Po zápase v sobotu byli zraněni tři čeští fanoušci a 25 jich policie zadržela.", None),
    ("cs_h41_fans", "cs", "Po zápase v sobotu byli zraněni čtyři čeští fanoušci a 25 jich policie zadržela.", "value"),
    ("cs_h41_fans", "cs", "Po zápase v neděli byli zraněni tři čeští fanoušci a 25 jich policie zadržela.", "date"),
    ("cs_h41_train", "cs", "Vlak odjede z Prahy 3. března v 19:15.", None),
    ("cs_h41_train", "cs", "Vlak odjede z Prahy 3. 3. v 19.15.", None),
    ("cs_h41_train", "cs", "Vlak odjede z Prahy 3. března v 17:15.", "date"),
    ("hr_h41_flight", "cs", "Letadlo přistálo ve 23.40 po čtrnáctihodinovém letu.", None),
    ("hr_h41_flight", "cs", "Letadlo přistálo ve 23.40 po dvanáctihodinovém letu.", "value"),
    # h41 uk
    ("uk_h41_shelling", "uk", "Троє людей загинули і 14 були поранені внаслідок обстрілу Харкова в понеділок.", None),
    ("uk_h41_shelling", "uk", "Внаслідок обстрілу Харкова в понеділок загинули три людини, ще чотирнадцять поранено.", None),
    ("uk_h41_shelling", "uk", "П'ятеро людей загинули і 14 були поранені внаслідок обстрілу Харкова в понеділок.", "value"),
    ("uk_h41_shelling", "uk", "Троє людей загинули і 14 були поранені внаслідок обстрілу Харкова у вівторок.", "date"),
    ("uk_h41_grain", "uk", "У жовтні Україна експортувала 4,2 млн тонн зерна.", None),
    ("uk_h41_grain", "uk", "У жовтні Україна експортувала 4,2 млн т зерна.", None),
    ("uk_h41_grain", "uk", "У жовтні Україна експортувала 4,2 тис. тонн зерна.", "scale"),
    ("uk_h41_grain", "uk", "У жовтні Україна експортувала 2,4 млн тонн зерна.", "value"),
    ("uk_h41_aid", "uk", "1 лютого 2024 року ЄС затвердив пакет допомоги Україні на 50 млрд євро.", None),
    ("uk_h41_aid", "uk", "01.02.2024 ЄС затвердив пакет допомоги Україні на п'ятдесят мільярдів євро.", None),
    ("uk_h41_aid", "uk", "1 березня 2024 року ЄС затвердив пакет допомоги Україні на 50 млрд євро.", "date"),
    ("uk_h41_aid", "uk", "1 лютого 2024 року ЄС затвердив пакет допомоги Україні на 50 млрд доларів.", "unit"),
    ("uk_h41_repair", "uk", "Ремонт греблі триватиме 14 днів.", None),
    ("uk_h41_repair", "uk", "Ремонт греблі триватиме два тижні.", None),
    ("uk_h41_repair", "uk", "Ремонт греблі триватиме 10 днів.", "value"),
    ("pl_h41_hospitals", "uk", "Постраждалих доправили до трьох лікарень столиці.", None),
    ("pl_h41_hospitals", "uk", "Постраждалих доправили до чотирьох лікарень столиці.", "value"),
    ("pl_h41_festival", "uk", "Фестиваль відбудеться з 5 по 9 червня.", None),
    ("pl_h41_festival", "uk", "Фестиваль відбудеться з 5 по 9 липня.", "date"),
    # h41 bg
    ("bg_h41_wage", "bg", "Минималната работна заплата ще се повиши на 1077 лева от 1 януари 2025 г.", None),
    ("bg_h41_wage", "bg", "От 1 януари 2025 г. минималната работна заплата ще бъде 1077 лв.", None),
    ("bg_h41_wage", "bg", "Минималната работна заплата ще се повиши на 1077 евро от 1 януари 2025 г.", "unit"),
    ("bg_h41_wage", "bg", "Минималната работна заплата ще се повиши на 1077 лева от 1 юли 2025 г.", "date"),
    ("bg_h41_wage", "bg", "Минималната работна заплата ще се повиши на 1770 лева от 1 януари 2025 г.", "value"),
    ("bg_h41_fire", "bg", "Пожарът унищожи 2000 хектара гора и 15 къщи край Сандански.", None),
    ("bg_h41_fire", "bg", "Пожарът унищожи 20 000 декара гора и петнадесет къщи край Сандански.", None),
    pytest.param("bg_h41_fire", "bg", "Пожарът унищожи 2000 декара гора и 15 къщи край Сандански.", "value",
                 marks=_xfail(H41_DECARE)),
    ("bg_h41_fire", "bg", "Пожарът унищожи 2000 хектара гора и 12 къщи край Сандански.", "value"),
    ("bg_h41_inflation", "bg", "Годишната инфлация в България се забави до 3,1% през март.", None),
    ("bg_h41_inflation", "bg", "Годишната инфлация в България се забави до 3,1 на сто през март.", None),
    ("bg_h41_inflation", "bg", "Годишната инфлация в България се забави до 3,7% през март.", "value"),
    # h41 hr
    ("hr_h41_tourism", "hr", "Hrvatska je 2023. zabilježila 21 milijun dolazaka turista, 9 posto više nego godinu ranije.", None),
    ("hr_h41_tourism", "hr", "Hrvatska je u 2023. zabilježila 21 mil. dolazaka turista, 9 % više nego godinu ranije.", None),
    ("hr_h41_tourism", "hr", "Hrvatska je 2023. zabilježila 12 milijuna dolazaka turista, 9 posto više nego godinu ranije.", "value"),
    ("hr_h41_tourism", "hr", "Hrvatska je 2022. zabilježila 21 milijun dolazaka turista, 9 posto više nego godinu ranije.", "date"),
    ("hr_h41_quake", "hr", "Potres magnitude 5,5 pogodio je Zagreb 22. ožujka 2020. u 6:24 sati.", None),
    ("hr_h41_quake", "hr", "Potres magnitude 5,5 pogodio je Zagreb 22. 3. 2020. u 6.24.", None),
    ("hr_h41_quake", "hr", "Potres magnitude 5,5 pogodio je Zagreb 22. ožujka 2020. u 8:24 sati.", "date"),
    ("hr_h41_quake", "hr", "Potres magnitude 5,3 pogodio je Zagreb 22. ožujka 2020. u 6:24 sati.", "value"),
    ("hr_h41_ferry", "hr", "Novi trajekt može prevesti do 600 putnika i 150 automobila.", None),
    ("hr_h41_ferry", "hr", "Novi trajekt može prevesti do 800 putnika i 150 automobila.", "value"),
    ("hr_h41_ferry", "hr", "Novi trajekt može prevesti više od 600 putnika i 150 automobila.", "qualifier"),
    ("ru_h41_evac", "hr", "U četvrtak je iz poplavljenih sela evakuirano više od dvije tisuće ljudi.", None),
    ("ru_h41_evac", "hr", "U četvrtak je iz poplavljenih sela evakuirano više od tri tisuće ljudi.", "value"),
    ("hr_h41_flight", "hr", "Zrakoplov je sletio u 23.40 sati nakon 14-satnog leta.", None),
    pytest.param("hr_h41_flight", "hr", "Zrakoplov je sletio u 22.40 sati nakon 14-satnog leta.", "date",
                 marks=_xfail(H41_HR_MATCH)),
    ("pl_h41_hospitals", "hr", "Ozlijeđeni su prevezeni u tri bolnice u glavnom gradu.", None),
    pytest.param("pl_h41_hospitals", "hr", "Ozlijeđeni su prevezeni u četiri bolnice u glavnom gradu.", "value",
                 marks=_xfail(H41_HR_MATCH)),
    # h41 el
    ("el_h41_fire", "el", "Περισσότεροι από 500 πυροσβέστες έδωσαν μάχη με τη φωτιά βόρεια της Αθήνας την Κυριακή.", None),
    ("el_h41_fire", "el", "Πάνω από 500 πυροσβέστες έδωσαν μάχη με τη φωτιά βόρεια της Αθήνας την Κυριακή.", None),
    ("el_h41_fire", "el", "Λιγότεροι από 500 πυροσβέστες έδωσαν μάχη με τη φωτιά βόρεια της Αθήνας την Κυριακή.", "qualifier"),
    ("el_h41_fire", "el", "Περισσότεροι από 500 πυροσβέστες έδωσαν μάχη με τη φωτιά βόρεια της Αθήνας το Σάββατο.", "date"),
    ("el_h41_fire", "el", "Περισσότεροι από 300 πυροσβέστες έδωσαν μάχη με τη φωτιά βόρεια της Αθήνας την Κυριακή.", "value"),
    ("el_h41_debt", "el", "Η Ελλάδα αποπλήρωσε πρόωρα δάνεια διάσωσης ύψους 5,3 δισ. ευρώ.", None),
    ("el_h41_debt", "el", "Η Ελλάδα αποπλήρωσε πρόωρα δάνεια διάσωσης ύψους 5,3 δισεκατομμυρίων ευρώ.", None),
    ("el_h41_debt", "el", "Η Ελλάδα αποπλήρωσε πρόωρα δάνεια διάσωσης ύψους 5,3 εκατ. ευρώ.", "scale"),
    ("el_h41_debt", "el", "Η Ελλάδα αποπλήρωσε πρόωρα δάνεια διάσωσης ύψους 3,5 δισ. ευρώ.", "value"),
    ("el_h41_heat", "el", "Η θερμοκρασία έφτασε τους 44 βαθμούς Κελσίου στην Αθήνα την Τετάρτη.", None),
    ("el_h41_heat", "el", "Η θερμοκρασία έφτασε τους 44 βαθμούς Κελσίου στην Αθήνα την Πέμπτη.", "date"),
    ("el_h41_heat", "el", "Η θερμοκρασία έφτασε τους 41 βαθμούς Κελσίου στην Αθήνα την Τετάρτη.", "value"),
    # h41 ro
    ("ro_h41_deficit", "ro", "Deficitul bugetar al României a ajuns la 8,6% din PIB în 2024.", None),
    ("ro_h41_deficit", "ro", "Deficitul bugetar al României a ajuns la 8,6 la sută din PIB în 2024.", None),
    ("ro_h41_deficit", "ro", "Deficitul bugetar al României a ajuns la 6,8% din PIB în 2024.", "value"),
    ("ro_h41_deficit", "ro", "Deficitul bugetar al României a ajuns la 8,6% din PIB în 2023.", "date"),
    ("ro_h41_flood", "ro", "Inundațiile au ucis șapte persoane și au dus la evacuarea a 5.000 de locuitori.", None),
    ("ro_h41_flood", "ro", "Inundațiile au ucis 7 persoane și au dus la evacuarea a cinci mii de locuitori.", None),
    ("ro_h41_flood", "ro", "Inundațiile au ucis nouă persoane și au dus la evacuarea a 5.000 de locuitori.", "value"),
    ("ro_h41_flood", "ro", "Inundațiile au ucis șapte persoane și au dus la evacuarea a 50.000 de locuitori.", "scale"),
    ("ro_h41_plant", "ro", "Fabrica, care a costat 230 de milioane de euro, va angaja 1.200 de muncitori.", None),
    ("ro_h41_plant", "ro", "Fabrica, care a costat 230 mil. euro, va angaja 1.200 de muncitori.", None),
    ("ro_h41_plant", "ro", "Fabrica, care a costat 230 de milioane de lei, va angaja 1.200 de muncitori.", "unit"),
    ("ro_h41_plant", "ro", "Fabrica, care a costat 230 de milioane de euro, va angaja 2.100 de muncitori.", "value"),
    ("ro_h41_rank", "ro", "Simona Halep a urcat pe locul 4 în clasamentul mondial.", None),
    ("ro_h41_rank", "ro", "Simona Halep a urcat pe locul patru în clasamentul mondial.", None),
    ("ro_h41_rank", "ro", "Simona Halep a urcat pe locul 5 în clasamentul mondial.", "value"),
    # h41 hu
    ("hu_h41_rate", "hu", "A Magyar Nemzeti Bank kedden 6,5 százalékon hagyta az alapkamatot.", None),
    ("hu_h41_rate", "hu", "A Magyar Nemzeti Bank szerdán 6,5 százalékon hagyta az alapkamatot.", "date"),
    ("hu_h41_rate", "hu", "A Magyar Nemzeti Bank kedden 6,75 százalékon hagyta az alapkamatot.", "value"),
    ("hu_h41_rail", "hu", "A Budapest és Belgrád közötti új vasútvonal 350 kilométer hosszú, és 2,1 milliárd euróba került.", None),
    ("hu_h41_rail", "hu", "A Budapest és Belgrád közötti új vasútvonal 350 km hosszú, és 2,1 mrd euróba került.", None),
    ("hu_h41_rail", "hu", "A Budapest és Belgrád közötti új vasútvonal 350 mérföld hosszú, és 2,1 milliárd euróba került.", "unit"),
    ("hu_h41_rail", "hu", "A Budapest és Belgrád közötti új vasútvonal 350 kilométer hosszú, és 2,1 millió euróba került.", "scale"),
    ("hu_h41_match", "hu", "A mérkőzés szeptember 10-én 20:45-kor kezdődik.", None),
    ("hu_h41_match", "hu", "A mérkőzés szeptember 10-én 20.45-kor kezdődik.", None),
    ("hu_h41_match", "hu", "A mérkőzés szeptember 11-én 20:45-kor kezdődik.", "date"),
    ("hu_h41_match", "hu", "A mérkőzés szeptember 10-én 18:45-kor kezdődik.", "date"),
    ("hu_h41_petition", "hu", "Félmillió ember írta alá a petíciót két hét alatt.", None),
    ("hu_h41_petition", "hu", "500 ezer ember írta alá a petíciót 14 nap alatt.", None),
    ("hu_h41_petition", "hu", "Egymillió ember írta alá a petíciót két hét alatt.", "value"),
    ("hr_h41_flight", "hu", "A repülőgép 23:40-kor szállt le egy 14 órás repülés után.", None),
    ("hr_h41_flight", "hu", "A repülőgép este 11 óra 40 perckor szállt le egy 14 órás repülés után.", None),
    ("hr_h41_flight", "hu", "A repülőgép 23:40-kor szállt le egy 12 órás repülés után.", "value"),
    ("hu_h41_runner", "hu", "A futó harmadikként ért célba, 12 másodperccel a győztes mögött.", None),
    ("hu_h41_runner", "hu", "A futó negyedikként ért célba, 12 másodperccel a győztes mögött.", "value"),
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
