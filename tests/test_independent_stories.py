"""Stories told independently: three versions of one news story, each written by another outlet in another language.

Unlike ``test_translated_pairs.py`` the versions are no translations: the sentences come in another order, are merged or
split, some figures are in one version only, a figure of another fact has the same unit (a distractor: "€1.5bn for flood
defences" beside "€2bn of damage"), and a figure is stated another consistent way (a bound "more than 3,000" against
"3,000", a conversion "8,400 hectares" against "84 square kilometres", "six" against "6"). One version of each story
carries 1-3 injected errors (a scale slip, a digit transposition, a wrong weekday or date, a currency swap).

Each expectation is one test: ``error`` -- a conflict of the given type holds the injected claim (found by its text in
that version); ``safe`` -- no conflict touches the claim (a consistent restatement or a distractor). The stories run
through the public API with the default encoders, once per story (reports are cached for the module). An expectation
the tool does not meet yet is an xfail naming the stage that misses it.
"""
from __future__ import annotations

import pytest

import claimcheck
from claimcheck.api import Encoders

pytestmark = pytest.mark.model


def _xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


# name -> {language: text}; the versions with injected errors are named in ERRORS.
STORIES = {
    "flood": {
        "en": ("Heavy rain caused severe flooding in southern Germany on Saturday. At least 6 people died and more "
               "than 3,000 residents were evacuated from their homes. In parts of Bavaria, 120 millimetres of rain "
               "fell within 24 hours. The Danube at Regensburg rose to 5.8 metres. Around 20,000 firefighters and "
               "volunteers were deployed. The state government promised 100 million euros in emergency aid. Insurers "
               "estimate the damage at 2 billion euros."),
        "de": ("Nach tagelangen Regenfällen sind in Süddeutschland mindestens sechs Menschen ums Leben gekommen. "
               "Innerhalb von 24 Stunden fielen in Bayern 120 Millimeter Regen. Die Donau stieg in Regensburg auf "
               "5,80 Meter. Rund 20.000 Feuerwehrleute und Helfer waren im Einsatz, über 3.000 Anwohner mussten ihre "
               "Häuser verlassen. Die Landesregierung sagte 100 Millionen Euro Soforthilfe zu; für den "
               "Hochwasserschutz sind bis 2030 weitere 1,5 Milliarden Euro vorgesehen. Versicherer schätzen den "
               "Schaden auf zwei Milliarden Euro."),
        "fr": ("Au moins six personnes sont mortes dans les inondations qui ont frappé dimanche le sud de "
               "l'Allemagne. Plus de 30 000 habitants ont été évacués. Le Danube a atteint 5,80 mètres à Ratisbonne. "
               "Les dégâts sont estimés à 2 milliards d'euros. Le gouvernement bavarois a débloqué 100 millions "
               "d'euros d'aide d'urgence."),
    },
    "ecb": {
        "en": ("The European Central Bank cut its deposit rate by 25 basis points to 3.75% on Thursday, its first "
               "cut since 2019. Inflation in the euro zone stood at 2.6% in May. The bank now expects inflation of "
               "2.5% this year and growth of 0.9%. Its balance sheet has shrunk to 6.5 trillion euros. Twenty-five "
               "of the 26 members of the Governing Council backed the decision."),
        "es": ("El Banco Central Europeo rebajó el jueves el tipo de depósito hasta el 3,75 %, el primer recorte "
               "desde 2019. El BCE prevé ahora una inflación del 2,5 % este año, frente al 2,6 % registrado en mayo, "
               "y un crecimiento del 0,9 %. En España, la inflación de mayo fue del 3,6 %. El balance del banco se ha "
               "reducido a 6,5 billones de euros."),
        "it": ("La Banca centrale europea ha tagliato mercoledì i tassi di 25 punti base, portando il tasso sui "
               "depositi al 3,57%. È il primo taglio dal 2019. L'inflazione nell'area dell'euro era al 2,6% a maggio; "
               "per quest'anno la Bce prevede il 2,5% e una crescita dello 0,9%."),
    },
    "quake": {
        "en": ("A magnitude 6.8 earthquake struck eastern Turkey at 04:17 local time on Monday. The quake hit at a "
               "depth of 10 kilometres near Malatya. At least 230 people were killed and more than 1,400 injured. "
               "Around 5,000 rescue workers were sent to the region. More than 300 aftershocks followed, the "
               "strongest of magnitude 5.1. The government released 2 billion lira in emergency funds."),
        "tr": ("Malatya'da pazartesi sabah saat 04.17'de 6,8 büyüklüğünde deprem meydana geldi. Deprem 10 kilometre "
               "derinlikte oldu. En az 230 kişi hayatını kaybetti, 1.400'den fazla kişi yaralandı. Enkaz altından 86 "
               "kişi canlı çıkarıldı. Bölgeye 5 bin kurtarma görevlisi gönderildi. Hükümet 2 milyar lira acil "
               "yardım ayırdı."),
        "ar": ("ضرب زلزال بقوة 6.8 درجات شرق تركيا يوم الاثنين على عمق 100 كيلومتر. وقتل 230 شخصا على الأقل وأصيب "
               "أكثر من 1400 آخرين. وسجلت أكثر من 300 هزة ارتدادية. وخصصت الحكومة 2 مليار دولار للإغاثة العاجلة."),
    },
    "toyota": {
        "en": ("Toyota said on Wednesday that its operating profit for the year ended in March doubled to 5.35 "
               "trillion yen. Revenue rose 21% to 45.1 trillion yen. The group sold 11.09 million vehicles worldwide. "
               "For the current year it expects an operating profit of 4.3 trillion yen. It will spend 1.7 trillion "
               "yen on research and development. The company employs about 380,000 people."),
        "ja": ("トヨタ自動車は水曜日、3月期の連結営業利益が前期比96%増の5兆3529億円だったと発表した。売上高は21%増の45兆953億円。"
               "世界販売台数は1109万台だった。今期の営業利益は4兆3000億円を見込む。設備投資は2兆1500億円を計画している。"),
        "zh": ("丰田汽车周三公布，截至3月的财年营业利润翻倍至5.35万亿日元，营收增长21%至45.1万亿日元。全球销量为1190万辆。"
               "公司预计本财年营业利润为4.3万亿日元，并将投入1.7万亿美元用于研发。"),
    },
    "marathon": {
        "en": ("More than 17,000 runners took part in the Rotterdam Marathon on Sunday, 14 April. About 900,000 "
               "spectators lined the 42-kilometre course. The temperature at the start was 9 degrees Celsius. Prize "
               "money totalled 250,000 euros, with 40,000 euros for each winner. The race was first held in 1981."),
        "nl": ("Ruim 17.000 lopers namen zondag 14 april deel aan de marathon van Rotterdam. Langs het parcours van 42 "
               "kilometer stonden ongeveer 900.000 toeschouwers en 80 verzorgingsposten. De winnaars ontvingen elk "
               "40.000 euro; het totale prijzengeld bedroeg 250.000 euro. Bij de start was het 9 graden. De marathon "
               "bestaat sinds 1981."),
        "pl": ("W niedzielę 14 kwietnia w maratonie w Rotterdamie wystartowało ponad 17 tys. biegaczy. Zwycięzcy "
               "otrzymali po 40 000 dolarów. Trasę o długości 42 km obserwowało około 90 tys. widzów. Najlepszy z "
               "Polaków zajął 12. miejsce. Maraton odbywa się od 1981 roku."),
    },
    "election": {
        "en": ("Portugal's centre-right Democratic Alliance won Sunday's election on 10 March with 29.5% of the vote. "
               "It took 79 of the 230 seats in parliament, two more than the Socialists with 77. The far-right Chega "
               "quadrupled its seats to 48. Turnout was 66%, the highest since 1995. About 10.8 million people were "
               "eligible to vote."),
        "pt": ("A Aliança Democrática venceu as eleições legislativas de domingo, 10 de março, com 29,5% dos votos e "
               "79 deputados, contra 77 do PS. O Chega passou de 12 para 48 deputados. A participação foi de 66%, a "
               "mais alta desde 1995. O parlamento tem 230 lugares."),
        "es": ("La Alianza Democrática ganó las elecciones portuguesas del domingo 17 de marzo con el 25,9% de los "
               "votos y 79 escaños. La ultraderecha de Chega logró 48 diputados. La participación fue del 66%, la más "
               "alta desde 1995. Unos 10,8 millones de portugueses estaban llamados a las urnas."),
    },
    "railway": {
        "de": ("Die neue Schnellfahrstrecke zwischen Ankara und Sivas ist 405 Kilometer lang. Die Züge fahren bis zu "
               "250 km/h schnell. Der Bau kostete 2,9 Milliarden Dollar und dauerte 14 Jahre. Täglich sollen 6.000 "
               "Fahrgäste befördert werden. Die Strecke wurde am Samstag eröffnet."),
        "ru": ("В субботу в Турции открыли скоростную железную дорогу Анкара — Сивас длиной 405 километров. Поезда "
               "развивают скорость до 250 км/ч. Строительство обошлось в 2,9 млрд долларов и заняло 14 лет. Ежедневно "
               "линия будет перевозить 6 тысяч пассажиров. Билет стоит 250 лир."),
        "tr": ("Ankara-Sivas hızlı tren hattı cumartesi günü açıldı. 405 kilometrelik hatta trenler saatte 250 "
               "kilometre hıza ulaşacak. Günde 6 bin yolcu taşınması bekleniyor. 2,9 milyar liraya mal olan hattın "
               "inşaatı 41 yıl sürdü."),
    },
    "wildfire": {
        "en": ("The fire in the Algarve has burned 8,400 hectares since Monday. More than 1,200 firefighters, "
               "supported by 14 aircraft, are fighting the flames. About 1,400 people were evacuated from 19 villages. "
               "Temperatures reached 44 degrees Celsius on Tuesday, with winds of up to 60 km/h."),
        "pt": ("O incêndio no Algarve já consumiu 84 mil hectares desde segunda-feira. Mais de 1.200 bombeiros e 41 "
               "meios aéreos combatem as chamas. Cerca de 1.400 pessoas foram retiradas de 19 aldeias. O vento "
               "soprou até 60 km/h."),
        "it": ("L'incendio in Algarve ha distrutto 8.400 ettari, pari a 84 chilometri quadrati. Oltre 1.200 vigili "
               "del fuoco sono al lavoro. Martedì le temperature hanno toccato i 44 gradi. Circa 1.400 persone sono "
               "state evacuate. L'anno scorso in Portogallo erano bruciati 34.000 ettari."),
    },
    "rocket": {
        "en": ("South Korea's Nuri rocket lifted off at 6:24 p.m. on 25 May 2023 from the Naro Space Center. The "
               "47.2-metre rocket weighs 200 tonnes. It placed 8 satellites into orbit at an altitude of 550 "
               "kilometres. The programme has cost about 2 trillion won since 2010. The next launch is planned for "
               "2025."),
        "ko": ("누리호가 2023년 5월 25일 오후 6시 24분 나로우주센터에서 발사됐다. 길이 47.2m, 무게 200t의 누리호는 위성 8기를 "
               "고도 550km 궤도에 올렸다. 2010년부터 약 2조원이 투입됐다. 다음 발사는 2025년이다."),
        "ja": ("韓国の国産ロケット「ヌリ号」が2023年5月25日午後6時42分、打ち上げられた。全長47.2メートルのロケットは衛星8基を"
               "高度550キロの軌道に投入した。開発には約2兆ドルが投じられた。"),
    },
    "sudan": {
        "en": ("The United Nations appealed on Tuesday for 2.7 billion dollars in aid for Sudan. More than 8 million "
               "people have fled their homes since the war began. About 25 million people need humanitarian aid, "
               "including 14 million children. Only 15% of last year's appeal was funded."),
        "ar": ("ناشدت الأمم المتحدة يوم الثلاثاء تقديم 2.7 مليار دولار لمساعدة السودان. وقالت إن 25 مليون شخص "
               "بحاجة إلى المساعدة، وإن أكثر من 8 ملايين شخص نزحوا من ديارهم. ولم يمول سوى 15% من نداء العام الماضي."),
        "fr": ("L'ONU a lancé lundi un appel de 2,7 milliards de dollars pour le Soudan. Plus de 80 millions de "
               "personnes ont fui leur foyer. Environ 25 millions de personnes ont besoin d'aide, dont 14 millions "
               "d'enfants. Seuls 51 % de l'appel de l'an dernier ont été financés."),
    },
    "budget": {
        "en": ("Poland's government approved the 2025 budget on Wednesday with a deficit of 289 billion zlotys. "
               "Defence spending will reach 186.6 billion zlotys, or 4.7% of GDP. Revenue is planned at 632.6 "
               "billion zlotys. The economy is expected to grow by 3.9% and inflation to average 5%."),
        "pl": ("Rząd przyjął w środę projekt budżetu na 2025 r. Dochody mają wynieść 632,6 mld zł, a wydatki 921,6 "
               "mld zł. Deficyt wyniesie 289 mld zł. Na obronność przeznaczono 186,6 mld zł, czyli 4,7 proc. PKB. "
               "Wzrost PKB ma wynieść 3,9 proc., a inflacja średnio 5 proc."),
        "ru": ("Правительство Польши в среду одобрило бюджет на 2025 год с дефицитом в 289 млн злотых. Доходы "
               "составят 623,6 млрд злотых. На оборону выделят 186,6 млрд злотых, или 4,7% ВВП. Рост экономики "
               "ожидается на уровне 3,9%."),
    },
    "phone": {
        "en": ("Samsung unveiled the Galaxy S25 on Wednesday in San Jose. Prices start at 799 dollars, the same as "
               "last year. The phone has a 6.2-inch screen and weighs 162 grams. Samsung sold 223 million smartphones "
               "in 2024. The phones go on sale on 7 February."),
        "zh": ("三星周三在圣何塞发布Galaxy S25，起售价799美元，与去年持平。该机配备6.2英寸屏幕，重162克。三星2024年售出2.23亿部"
               "智能手机。新机将于2月7日上市。"),
        "ko": ("삼성전자가 수요일 미국 새너제이에서 갤럭시 S25를 공개했다. 무게는 126g이고 화면은 6.2인치다. 가격은 799달러부터 "
               "시작한다. 새 제품은 2월 17일 출시된다."),
    },
    "court": {
        "en": ("A Prague court on Thursday sentenced former health minister Pavel Novák to 8 years in prison for "
               "corruption. The court found that he had accepted bribes worth 12 million koruna between 2016 and "
               "2019. He must also pay a fine of 3 million koruna. The damage to the state was put at 450 million "
               "koruna. Four other defendants received suspended sentences of up to 3 years. The trial lasted 14 "
               "months and heard 96 witnesses. The defence said it would appeal."),
        "cs": ("Městský soud v Praze ve čtvrtek poslal bývalého ministra zdravotnictví Pavla Nováka na osm let do "
               "vězení. Podle soudu v letech 2016 až 2019 přijal úplatky ve výši 12 milionů korun. Stát tím přišel "
               "o 450 milionů korun. Novák musí zaplatit také pokutu tři miliony korun a soud mu zabavil dům v "
               "hodnotě 20 milionů korun. Čtyři spoluobžalovaní dostali podmíněné tresty až na tři roky. Proces "
               "trval 14 měsíců. Obhajoba se odvolá."),
        "hu": ("Nyolc év börtönre ítélte szerdán a prágai bíróság Pavel Novák volt cseh egészségügyi minisztert. "
               "A bíróság szerint 2016 és 2019 között 12 milliárd cseh korona kenőpénzt fogadott el. Emellett 3 millió "
               "korona pénzbírságot kell fizetnie. Az államnak okozott kár 450 millió korona. A per 14 hónapig "
               "tartott, és 69 tanút hallgattak meg. Négy vádlott-társa legfeljebb három év felfüggesztett "
               "börtönbüntetést kapott."),
    },
    "vaccine": {
        "en": ("A trial of a new RSV vaccine for older adults showed an efficacy of 84% in the first season, the "
               "company said on Tuesday. The study enrolled 24,500 people aged 60 and over in 11 countries. There "
               "were 47 cases of RSV illness in the placebo group and 7 in the vaccine group. Side effects were "
               "mostly mild; 0.3% of participants had serious reactions. The company will seek approval in 2026 and "
               "plans to produce 30 million doses a year. The trial cost about 180 million dollars."),
        "sv": ("Ett nytt vaccin mot RS-virus skyddade 84 procent av de äldre deltagarna under den första säsongen, "
               "meddelade bolaget på tisdagen. I studien deltog drygt 24 000 personer över 60 år i elva länder. I "
               "placebogruppen insjuknade 47 personer, i vaccingruppen 7. Allvarliga biverkningar drabbade 0,3 "
               "procent av deltagarna. Bolaget räknar med att söka godkännande 2026 och vill tillverka 30 miljoner "
               "doser per år. Redan i dag tillverkar fabriken i Umeå 12 miljoner doser influensavaccin per år."),
        "fi": ("Uusi RS-virusrokote antoi ikääntyneille 84 prosentin suojan ensimmäisellä kaudella, yhtiö kertoi "
               "maanantaina. Tutkimukseen osallistui 24 500 yli 60-vuotiasta 11 maassa. Lumeryhmässä sairastui 47 "
               "ja rokoteryhmässä 7 henkilöä. Vakavia haittavaikutuksia oli 3 prosentilla osallistujista. Yhtiö "
               "aikoo hakea myyntilupaa vuonna 2026 ja valmistaa 30 miljoonaa annosta vuodessa. Tutkimus maksoi "
               "noin 180 miljoonaa euroa."),
    },
    "factory": {
        "en": ("Wind turbine maker Nordvind said on Monday it will close its blade factory in Esbjerg by the end of "
               "March 2026. About 1,100 employees will lose their jobs. The plant opened in 2008 and has produced "
               "more than 9,000 blades. Production will move to Poland, where the company employs 2,400 people. The "
               "closure will cost 650 million Danish kroner, but is expected to save 400 million Danish kroner a "
               "year. Nordvind's shares fell 7.5% on the news."),
        "da": ("Vindmølleproducenten Nordvind lukker sin vingefabrik i Esbjerg inden udgangen af marts 2026, oplyste "
               "selskabet mandag. 1.100 ansatte mister deres job. Fabrikken åbnede i 2008 og har produceret over "
               "9.000 vinger. Produktionen flyttes til Polen, hvor selskabet har 2.400 ansatte. Lukningen koster 650 "
               "mio. kr., men skal spare 400 mio. kr. om året. Kommunen har afsat 25 mio. kr. til omskoling af de "
               "ansatte. Aktien faldt 7,5 procent."),
        "no": ("Den danske vindturbinprodusenten Nordvind legger ned bladfabrikken i Esbjerg innen utgangen av mars "
               "2027. Rundt 1100 ansatte mister jobben. Fabrikken åpnet i 2008 og har laget over 9000 turbinblader. "
               "Nedleggelsen vil koste 650 millioner danske kroner, men skal gi årlige besparelser på 400 millioner "
               "euro. Aksjen falt 5,7 prosent mandag."),
    },
    "transfer": {
        "en": ("Olympiacos signed Croatian midfielder Luka Perić from Dinamo Zagreb on Friday for a club-record fee "
               "of 14 million euros. The 23-year-old agreed a contract until June 2029. Add-ons could raise the fee "
               "by 3 million euros. Perić scored 11 goals in 34 league games last season. Dinamo will also receive "
               "15% of any future sale."),
        "hr": ("Dinamo je u petak prodao veznjaka Luku Perića Olympiacosu za 14 milijuna eura, što je rekordni "
               "transfer grčkog kluba. Perić (23) potpisao je ugovor do lipnja 2029. Uz bonuse iznos može narasti "
               "za još tri milijuna eura. Prošle sezone zabio je 11 golova u 34 prvenstvene utakmice. Dinamo "
               "zadržava 15 posto od buduće prodaje. Dinamo je prije dvije godine za Perića platio 1,2 milijuna "
               "eura."),
        "el": ("Ο Ολυμπιακός ανακοίνωσε την Πέμπτη την απόκτηση του Κροάτη μέσου Λούκα Πέριτς από την Ντινάμο "
               "Ζάγκρεμπ έναντι 14 εκατ. ευρώ. Ο 23χρονος υπέγραψε συμβόλαιο έως τον Ιούνιο του 2029. Με τα μπόνους "
               "το ποσό μπορεί να αυξηθεί κατά 3 εκατ. δολάρια. Την περασμένη σεζόν σκόραρε 11 γκολ σε 43 αγώνες "
               "πρωταθλήματος. Η Ντινάμο θα λάβει το 15% από μελλοντική πώληση."),
    },
    "heatwave": {
        "en": ("A heat wave pushed temperatures in southern Iran to 51 degrees Celsius on Sunday. In Tehran the "
               "thermometer reached 42 degrees. Authorities closed government offices in 19 of the country's 31 "
               "provinces for two days to save electricity. Power demand hit a record 79,000 megawatts. At least "
               "1,200 people were treated for heatstroke."),
        "fa": ("موج گرما روز یکشنبه دمای هوا در جنوب ایران را به ۵۱ درجه سانتیگراد رساند. دمای تهران به ۴۲ درجه "
               "رسید. ادارات دولتی در ۱۹ استان از ۳۱ استان کشور به مدت دو روز تعطیل شد. مصرف برق به رکورد ۷۹ هزار "
               "مگاوات رسید. دست‌کم ۱۲۰۰ نفر به دلیل گرمازدگی درمان شدند. سال گذشته اوج مصرف ۷۳ هزار مگاوات بود."),
        "he": ("גל חום קיצוני הקפיץ ביום שני את הטמפרטורות בדרום איראן ל-51 מעלות צלזיוס. בטהרן נמדדו 24 מעלות. "
               "הרשויות סגרו משרדי ממשלה ב-19 מתוך 31 המחוזות למשך יומיים. הביקוש לחשמל הגיע לשיא של 79 אלף "
               "קילוואט. יותר מ-1,000 בני אדם טופלו בשל מכת חום."),
    },
    "ferry": {
        "en": ("A ferry carrying 212 people sank off the island of Sulawesi early on Wednesday. Rescuers saved 168 "
               "passengers, and 27 bodies were recovered. The ferry was 48 metres long and had capacity for 250 "
               "passengers. It sank about 3 nautical miles from the port of Baubau at 02:30 local time. Waves "
               "reached 4 metres. More than 400 rescuers and 12 ships took part in the search."),
        "id": ("Kapal feri yang mengangkut 212 orang tenggelam di perairan Sulawesi Tenggara pada Rabu dini hari. "
               "Tim SAR menyelamatkan 168 penumpang dan menemukan 27 jenazah. Kapal sepanjang 48 meter itu "
               "berkapasitas 250 penumpang. Kapal tenggelam sekitar pukul 02.30 WITA, kurang lebih 3 mil laut dari "
               "Pelabuhan Baubau. Tinggi gelombang mencapai 4 meter. Lebih dari 400 personel dan 12 kapal "
               "dikerahkan. Tahun lalu, 35 kapal mengalami kecelakaan di perairan Indonesia."),
        "vi": ("Một chiếc phà chở 212 người đã chìm ngoài khơi đảo Sulawesi của Indonesia vào rạng sáng thứ Năm. "
               "Lực lượng cứu hộ đã cứu được 186 hành khách và tìm thấy 27 thi thể. Con phà dài 48 feet, có sức chở "
               "250 hành khách. Sóng cao tới 4 mét. Hơn 400 nhân viên cứu hộ và 12 tàu đã tham gia tìm kiếm."),
    },
    "hryvnia": {
        "en": ("The National Bank of Ukraine kept its key policy rate at 15.5% on Thursday, 24 April. Inflation "
               "slowed to 14.6% in March. The bank expects inflation to fall to 9.7% by the end of the year. "
               "International reserves stood at 46.7 billion dollars. The next rate decision is due on 5 June."),
        "uk": ("Національний банк України в четвер, 24 квітня, зберіг облікову ставку на рівні 15,5%. Інфляція в "
               "березні сповільнилася до 14,6%. До кінця року НБУ очікує її зниження до 9,7%. Міжнародні резерви "
               "перевищили 46 млрд доларів. У квітні Нацбанк продав на міжбанку 3,2 млрд доларів. Наступне "
               "засідання з монетарної політики відбудеться 5 червня."),
        "ro": ("Banca Națională a Ucrainei a menținut joi, 24 aprilie, dobânda de politică monetară la 15,5%. "
               "Inflația a încetinit în martie la 16,4%. Banca estimează că inflația va scădea la 9,7% până la "
               "sfârșitul anului. Rezervele internaționale au ajuns la 46,7 miliarde de euro. Următoarea ședință de "
               "politică monetară va avea loc pe 5 iulie."),
    },
    "census": {
        "en": ("Bulgaria's population fell to 6.52 million, the results of the 2024 census published on Tuesday "
               "showed. That is 11.4% fewer people than in 2011, when 7.36 million were counted. Sofia has 1.27 "
               "million inhabitants. Around 24% of the population is aged 65 or over. The census cost 45 million "
               "leva and employed 30,000 enumerators."),
        "bg": ("Населението на България е 6,52 милиона души, сочат резултатите от преброяването през 2024 г., "
               "обявени във вторник. Това е с 11,4% по-малко, отколкото през 2011 г., когато са били преброени "
               "7,36 милиона. В София живеят 1,27 млн. души, а в Пловдив – 340 000. Около 24% от населението е на "
               "65 или повече години. Преброяването е струвало 45 млн. лева, а в него са участвали 30 000 "
               "преброители."),
        "hi": ("सोमवार को जारी 2024 की जनगणना के नतीजों के अनुसार बुल्गारिया की आबादी घटकर 65.2 लाख रह गई है। 2011 में "
               "यह 73.6 लाख थी। राजधानी सोफ़िया में 1.27 करोड़ लोग रहते हैं। लगभग 24 प्रतिशत आबादी 65 वर्ष या उससे "
               "अधिक उम्र की है। जनगणना पर 4.5 करोड़ डॉलर खर्च हुए।"),
    },
}

# (story, version, text of the injected claim, conflict type)
ERRORS = [
    ("flood", "fr", "dimanche", "date"),
    ("flood", "fr", "30 000", "scale"),
    ("ecb", "it", "3,57%", "value"),
    ("ecb", "it", "mercoledì", "date"),
    ("quake", "ar", "100 كيلومتر", "scale"),
    ("quake", "ar", "2 مليار دولار", "unit"),
    ("toyota", "zh", "1190万辆", "value"),
    ("toyota", "zh", "1.7万亿美元", "unit"),
    ("marathon", "pl", "40 000 dolarów", "unit"),
    ("marathon", "pl", "90 tys.", "scale"),
    ("election", "es", "25,9%", "value"),
    ("election", "es", "17 de marzo", "date"),
    ("railway", "tr", "41 yıl", "value"),
    ("railway", "tr", "2,9 milyar lira", "unit"),
    ("wildfire", "pt", "84 mil hectares", "scale"),
    ("wildfire", "pt", "41", "value"),
    ("rocket", "ja", "午後6時42分", "date"),
    ("rocket", "ja", "2兆ドル", "unit"),
    ("sudan", "fr", "lundi", "date"),
    ("sudan", "fr", "80 millions", "scale"),
    ("sudan", "fr", "51 %", "value"),
    ("budget", "ru", "289 млн", "scale"),
    ("budget", "ru", "623,6 млрд", "value"),
    ("phone", "ko", "126g", "value"),
    ("phone", "ko", "2월 17일", "date"),
    ("court", "hu", "szerdán", "date"),
    ("court", "hu", "12 milliárd cseh korona", "scale"),
    ("court", "hu", "69 tanút", "value"),
    ("vaccine", "fi", "maanantaina", "date"),
    ("vaccine", "fi", "3 prosentilla", "value"),
    ("vaccine", "fi", "180 miljoonaa euroa", "unit"),
    ("factory", "no", "mars 2027", "date"),
    ("factory", "no", "400 millioner euro", "unit"),
    ("factory", "no", "5,7 prosent", "value"),
    ("transfer", "el", "Πέμπτη", "date"),
    ("transfer", "el", "3 εκατ. δολάρια", "unit"),
    ("transfer", "el", "43 αγώνες", "value"),
    ("heatwave", "he", "ביום שני", "date"),
    ("heatwave", "he", "24 מעלות", "value"),
    ("heatwave", "he", "79 אלף קילוואט", "unit"),
    ("ferry", "vi", "thứ Năm", "date"),
    ("ferry", "vi", "186", "value"),
    ("ferry", "vi", "48 feet", "unit"),
    ("hryvnia", "ro", "16,4%", "value"),
    ("hryvnia", "ro", "46,7 miliarde de euro", "unit"),
    ("hryvnia", "ro", "5 iulie", "date"),
    ("census", "hi", "सोमवार", "date"),
    ("census", "hi", "1.27 करोड़", "scale"),
    ("census", "hi", "4.5 करोड़ डॉलर", "unit"),
]

# (story, version, text of a claim no conflict may touch): restated consistently, or a distractor
SAFE = [
    ("flood", "de", "sechs"),            # six against 6
    ("flood", "de", "über 3.000"),       # the bound of the right figure
    ("flood", "de", "5,80 Meter"),       # 5.80 against 5.8
    ("flood", "de", "1,5 Milliarden"),   # distractor: flood defences, not the damage
    ("flood", "en", "2 billion"),
    ("ecb", "es", "3,6 %"),              # distractor: Spanish inflation, not euro-zone
    ("ecb", "es", "6,5 billones"),       # long-scale billón = 6.5e12
    ("ecb", "es", "3,75 %"),             # "rebajó ... hasta el 3,75 %": the level reached, no ceiling
    ("quake", "tr", "86"),               # distractor: rescued alive, only in tr
    ("quake", "tr", "5 bin"),            # 5 bin against around 5,000
    ("toyota", "ja", "5兆3529億円"),      # rounded in en/zh: 5.35 trillion
    ("toyota", "ja", "45兆953億円"),      # 45.1 trillion
    ("toyota", "ja", "2兆1500億円"),      # distractor: capital spending
    ("marathon", "nl", "80"),            # distractor: refreshment stations
    ("marathon", "nl", "Ruim 17.000"),
    ("marathon", "pl", "12."),           # distractor: a rank
    ("election", "pt", "12"),            # Chega's seats before
    ("election", "pt", "230"),
    ("railway", "ru", "250 лир"),        # distractor: ticket price
    ("railway", "ru", "6 тысяч"),
    ("wildfire", "it", "84 chilometri quadrati"),  # conversion of 8,400 ha
    ("wildfire", "it", "34.000 ettari"),  # distractor: last year's total
    ("wildfire", "en", "8,400 hectares"),
    ("rocket", "ko", "47.2m"),
    ("rocket", "ko", "200t"),
    ("sudan", "ar", "8 ملايين"),
    ("budget", "pl", "921,6 mld"),       # distractor: spending
    ("budget", "pl", "289 mld"),
    ("phone", "zh", "2.23亿"),            # 223 million
    ("phone", "ko", "799달러"),
    ("court", "cs", "osm let"),           # spelled: eight years
    ("court", "cs", "tři miliony korun"),  # spelled: the fine of 3 million
    ("court", "cs", "20 milionů korun"),   # distractor: the house seized
    ("court", "hu", "Nyolc év"),
    ("court", "hu", "legfeljebb három év"),  # "up to 3 years", spelled, as a ceiling
    ("court", "cs", "tři roky"),
    ("vaccine", "sv", "drygt 24 000"),     # a floor under 24,500
    ("vaccine", "sv", "elva länder"),      # spelled: 11 countries
    ("vaccine", "sv", "12 miljoner doser"),  # distractor: flu vaccine made today
    ("vaccine", "fi", "yli 60-vuotiasta"),
    ("factory", "da", "25 mio. kr."),      # distractor: retraining money
    ("factory", "da", "over 9.000"),
    ("factory", "no", "Rundt 1100"),       # about 1,100 against 1.100
    ("factory", "no", "650 millioner danske kroner"),
    ("transfer", "hr", "1,2 milijuna eura"),  # distractor: the fee Dinamo paid two years ago
    ("transfer", "hr", "23"),              # "Perić (23)": his age
    ("transfer", "el", "23χρονος"),
    ("heatwave", "fa", "۷۳ هزار مگاوات"),  # distractor: last year's peak
    ("heatwave", "fa", "۷۹ هزار مگاوات"),  # 79 thousand against 79,000
    ("heatwave", "he", "יותר מ-1,000"),    # a floor under "at least 1,200"
    ("heatwave", "he", "19 מתוך 31"),
    ("ferry", "id", "35 kapal"),           # distractor: last year's accidents
    ("ferry", "id", "kurang lebih 3 mil laut"),
    ("ferry", "id", "02.30"),
    ("ferry", "vi", "4 mét"),
    ("hryvnia", "uk", "46 млрд"),          # "перевищили 46 млрд": exceeded, under 46.7 billion
    ("hryvnia", "uk", "3,2 млрд доларів"),  # distractor: interventions in April
    ("hryvnia", "uk", "до 9,7%"),
    ("census", "hi", "65.2 लाख"),           # 6.52 million in lakh
    ("census", "hi", "73.6 लाख"),           # 7.36 million in lakh
    ("census", "bg", "340 000"),            # distractor: Plovdiv
    ("census", "bg", "1,27 млн."),
]

# (story, version, claim text) -> why the tool misses it yet (the stage, then the cause)
XFAIL: dict[tuple, str] = {
    ("ecb", "es", "3,6 %"): (
        "matching: the es distractor 'En España, la inflación de mayo fue del 3,6 %' is linked with en/it euro-zone "
        "May inflation 2.6% (one fact: value conflicts), while es's own '2,6 % registrado en mayo' stays alone"),
    ("ecb", "es", "3,75 %"): (
        "matching: es left the 25 bp cut out; its level 'hasta el 3,75 %' is linked with en '25 basis points' / it "
        "'25 punti base' (the sentence's leftover figure) instead of en '3.75%': a unit conflict % vs bp"),
    ("toyota", "ja", "2兆1500億円"): (
        "matching: ja states no R&D figure; its capital spending '設備投資は2兆1500億円' is linked with en '1.7 "
        "trillion yen' R&D (value) and zh '1.7万亿美元' (unit)"),
    ("rocket", "ja", "2兆ドル"): (
        "matching: ja '開発には約2兆ドルが投じられた' is linked with neither en 'about 2 trillion won' nor ko '약 2조원' "
        "(fact of its own), so the currency swap won -> dollars is never compared"),
    ("budget", "pl", "921,6 mld"): (
        "matching: the pl spending distractor 'wydatki 921,6 mld zł' joins the deficit fact (en '289 billion "
        "zlotys', pl '289 mld zł', ru '289 млн'): value conflicts across and inside the pl article"),
    ("budget", "pl", "289 mld"): (
        "matching: pl '289 mld zł' shares its fact with pl's own spending figure '921,6 mld zł' (a value conflict "
        "inside one article) after the distractor joined the deficit fact"),
    ("census", "hi", "सोमवार"): (
        "matching: the two dates of hi's first sentence are crossed: hi 'सोमवार' is linked with en '2024' / bg "
        "'2024' and hi '2024' with en 'Tuesday' / bg 'вторник'; a weekday against a year is not compared, so the "
        "Monday/Tuesday slip is never judged"),
    ("heatwave", "he", "יותר מ-1,000"): (
        "comparison: two floors are read as the same minimum (compare.judge, _same_direction), so he 'more than "
        "1,000' against en 'At least 1,200' / fa 'دست‌کم ۱۲۰۰' is a value conflict though both bounds hold"),
    ("hryvnia", "uk", "46 млрд"): (
        "extraction: a verb of exceeding is no bound by the specs' convention (uk 'перевищила 15 млн осіб', ru "
        "'превысил триллион', fr 'dépasse 1 500 calories': exact), so 'перевищили 46 млрд доларів' is 46 billion "
        "exact against en '46.7 billion dollars': a value conflict"),
}

_REPORTS: dict[str, object] = {}


@pytest.fixture(scope="module")
def encoders():
    return Encoders()


def _report(name: str, encoders):
    if name not in _REPORTS:
        _REPORTS[name] = claimcheck.check(STORIES[name], encoder=encoders)
    return _REPORTS[name]


def _claim_ids(report, version: str, text: str) -> set[str]:
    ids = {c.id for c in report.claims if c.article == version and text in c.text}
    assert ids, f"no claim with {text!r} in {version}: " + ", ".join(
        repr(c.text) for c in report.claims if c.article == version)
    return ids


def _describe(report) -> str:
    lines = []
    for c in report.conflicts:
        a, b = (report.claim(i) for i in c.claims)
        lines.append(f"{c.type}: {a.article} {a.text!r} / {b.article} {b.text!r}")
    return "conflicts:\n  " + "\n  ".join(lines)


def _param(row):
    key = row[:3]
    return pytest.param(*row, marks=_xfail(XFAIL[key])) if key in XFAIL else row


@pytest.mark.parametrize("name, version, text, kind", [_param(r) for r in ERRORS],
                         ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in ERRORS])
def test_injected_error_reported(encoders, name, version, text, kind):
    report = _report(name, encoders)
    ids = _claim_ids(report, version, text)
    hits = [c for c in report.conflicts if ids & set(c.claims)]
    assert any(c.type == kind for c in hits), _describe(report)


@pytest.mark.parametrize("name, version, text", [_param(r) for r in SAFE],
                         ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in SAFE])
def test_consistent_figure_not_in_conflict(encoders, name, version, text):
    """A conflict with an injected error is right ("84 mil hectares" against "84 chilometri quadrati"); any
    other conflict touching the figure is a false alarm."""
    report = _report(name, encoders)
    ids = _claim_ids(report, version, text)
    injected = set().union(*(_claim_ids(report, v, t) for n, v, t, _ in ERRORS if n == name))
    wrong = [c for c in report.conflicts if ids & set(c.claims) and not injected & set(c.claims)]
    assert not wrong, _describe(report)
