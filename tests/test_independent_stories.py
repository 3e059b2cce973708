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
from story_helpers import strict_xfail

pytestmark = pytest.mark.model


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
    "ipo": {
        "en": ("Chinese electric-car maker Zhiyun raised 4.2 billion Hong Kong dollars in its initial public offering "
               "in Hong Kong on Thursday. The company sold 150 million shares at 28 Hong Kong dollars each, the top of "
               "its range of 24 to 28 Hong Kong dollars. The shares rose 12% on their first day of trading. Zhiyun "
               "delivered 186,000 cars last year, up 65% from 2023. Its revenue reached 31.5 billion yuan, while its "
               "net loss narrowed to 2.8 billion yuan. The company was founded in 2017 and employs about 9,500 people. "
               "It is the largest listing in Hong Kong this year, ahead of a 3.1 billion Hong Kong dollar offering by a "
               "battery maker in March."),
        "zh": ("中国电动汽车制造商智云周四在香港上市，首次公开募股筹资42亿港元。公司以每股28港元的价格发售1.5亿股，处于24至28港元"
               "招股价区间的上限。首日股价上涨12%。智云去年交付了18.6万辆汽车，比2023年增长65%。营收达到315亿元人民币，净亏损收窄"
               "至28亿元人民币。2023年净亏损为41亿元人民币。公司成立于2017年，员工约9500人。"),
        "ja": ("中国の電気自動車メーカー、智雲は木曜日、香港証券取引所に上場し、新規株式公開で42億香港ドルを調達した。"
               "1株28香港ドルで1億5000万株を売り出した。初日の株価は12%上昇した。昨年の納車台数は前年比65%増の18万6000台だった。"
               "売上高は315億元、純損失は28億元に縮小した。従業員は約9500人。"),
    },
    "hurricane": {
        "en": ("Hurricane Lidia made landfall near Cancún at 3:40 a.m. on Tuesday, 8 October, with winds of 205 km/h. "
               "It was the strongest storm to hit the area since Wilma in 2005, whose winds reached 295 km/h. At least "
               "14 people died and about 250,000 homes lost power. Some 38,000 tourists were moved to shelters. Up to "
               "400 millimetres of rain fell in 48 hours. Insured losses are estimated at 3.5 billion dollars. The "
               "government freed 10 billion pesos for reconstruction."),
        "es": ("El huracán Lidia tocó tierra cerca de Cancún a las 3.40 horas del martes 8 de octubre con vientos de 205 "
               "kilómetros por hora. Fue el más fuerte en la zona desde Wilma en 2005, cuyos vientos alcanzaron 295 km/h. "
               "Al menos 14 personas murieron y unas 250.000 viviendas se quedaron sin electricidad. Más de 38.000 "
               "turistas fueron trasladados a albergues. En 48 horas cayeron hasta 400 milímetros de lluvia. El Gobierno "
               "liberó 10.000 millones de pesos para la reconstrucción. El año pasado, el huracán Otis causó daños por "
               "16.000 millones de dólares en Acapulco."),
        "fr": ("L'ouragan Lidia a touché terre mardi près de Cancún, vers 3 h 40, avec des vents de 205 km/h. Il est le "
               "plus puissant à frapper la région depuis Wilma en 2005. Au moins 14 personnes ont péri. Environ 250 000 "
               "foyers ont été privés d'électricité et 38 000 touristes ont été évacués vers des abris. Il est tombé "
               "jusqu'à 400 mm de pluie en deux jours. Les assureurs estiment les pertes à 3,5 milliards de dollars. Le "
               "tourisme rapporte chaque année 15 milliards de dollars à l'État de Quintana Roo."),
    },
    "boxoffice": {
        "en": ("The Hindi action film Toofan earned 112 crore rupees in India in its opening weekend, the biggest debut "
               "of the year. The film opened on Friday, 15 August, on more than 4,500 screens. On its first day alone it "
               "collected 41 crore rupees. Made on a budget of about 250 crore rupees, the film runs for 2 hours and 48 "
               "minutes. Worldwide, its takings reached 180 crore rupees in three days. Last year's biggest opener, "
               "Jawan, earned 129 crore rupees in its first weekend in India."),
        "hi": ("हिंदी एक्शन फ़िल्म 'तूफ़ान' ने भारत में पहले सप्ताहांत में 112 करोड़ रुपये कमाए। फ़िल्म शुक्रवार, 15 अगस्त को 4,500 "
               "से ज़्यादा स्क्रीनों पर रिलीज़ हुई। पहले दिन फ़िल्म ने 41 करोड़ रुपये का कारोबार किया। फ़िल्म का बजट लगभग 250 "
               "करोड़ रुपये है। इसकी अवधि 2 घंटे 48 मिनट है। तीन दिनों में दुनिया भर में इसकी कमाई 180 करोड़ रुपये तक पहुंच गई। "
               "पिछले साल 'जवान' ने पहले सप्ताहांत में 129 करोड़ रुपये कमाए थे।"),
        "de": ("Der Hindi-Actionfilm „Toofan“ hat am ersten Wochenende in Indien 1,12 Milliarden Rupien eingespielt. Der "
               "Film lief am Freitag, dem 15. August, in mehr als 4500 Kinosälen an. Die Produktion kostete rund 2,5 "
               "Milliarden Rupien. Der Film dauert knapp drei Stunden. Weltweit spielte er in drei Tagen 1,8 Milliarden "
               "Rupien ein. Am ersten Tag waren es 410 Millionen Rupien. Die indische Filmbranche setzte im vergangenen "
               "Jahr rund 120 Milliarden Rupien an den Kinokassen um."),
    },
    "trade": {
        "en": ("The European Union and the Mercosur bloc signed a trade agreement in Montevideo on Friday, 6 December, "
               "after 25 years of talks. The deal will remove tariffs on 91% of goods traded between the two sides. It "
               "covers a market of about 780 million people. Trade between the blocs reached 111 billion euros in 2023, "
               "while EU exports alone were worth 56 billion euros. EU exporters are expected to save 4 billion euros a "
               "year in duties. Mercosur will cut its 35% tariff on European cars over 15 years. Beef imports from South "
               "America will be capped at 99,000 tonnes a year."),
        "de": ("Die EU und der südamerikanische Staatenbund Mercosur haben am Freitag in Montevideo ein Handelsabkommen "
               "unterzeichnet. Die Verhandlungen hatten 25 Jahre gedauert. Das Abkommen schafft eine Freihandelszone mit "
               "rund 780 Millionen Einwohnern. Zölle auf 91 Prozent der Waren fallen weg. Europäische Exporteure sollen "
               "jährlich vier Milliarden Euro an Zöllen sparen. Der Zoll von 35 Prozent auf Autos aus Europa wird über "
               "15 Jahre abgebaut. Für Rindfleisch gilt eine Quote von 99.000 Tonnen pro Jahr. Deutschland exportierte "
               "2023 Waren im Wert von 17 Milliarden Euro in die Mercosur-Staaten."),
        "nl": ("De Europese Unie en het Zuid-Amerikaanse handelsblok Mercosur hebben vrijdag 6 december in Montevideo "
               "een handelsakkoord gesloten. Over het verdrag werd 25 jaar onderhandeld. De importheffingen op 91 "
               "procent van de goederen verdwijnen. De handel tussen beide blokken bedroeg vorig jaar 111 miljard euro. "
               "Europese bedrijven besparen naar verwachting jaarlijks 4 miljard euro aan heffingen. Voor rundvlees geldt "
               "een quotum van 99.000 ton per jaar. Nederland voerde vorig jaar voor 5,3 miljard euro aan goederen uit "
               "naar de Mercosur-landen."),
        "pt": ("A União Europeia e o Mercosul assinaram nesta sexta-feira, 6 de dezembro, em Montevidéu, um acordo "
               "comercial, após 25 anos de negociações. O acordo elimina tarifas sobre 91% dos produtos comercializados. "
               "O bloco reúne cerca de 780 milhões de pessoas. O comércio entre os dois blocos somou 111 bilhões de "
               "euros em 2023. A tarifa de 35% sobre carros europeus será eliminada em 15 anos. A cota de carne bovina "
               "será de 99 mil toneladas por ano. O Brasil exportou 46 bilhões de dólares para a UE no ano passado."),
    },
    "exam": {
        "en": ("About 3.1 million candidates sat Turkey's university entrance exam on 15 and 16 June, the exam body "
               "ÖSYM said on Thursday, 11 July. Results were announced at 10:00. Only 42 candidates achieved the top "
               "score of 560 points. The basic proficiency test lasted 165 minutes and had 120 questions. Some 1.2 "
               "million applicants were 18 or younger. Universities offer about 950,000 places this year, up from "
               "870,000 last year. The exam fee was 450 lira. Last year, 3 million candidates took the exam."),
        "tr": ("Yükseköğretim Kurumları Sınavı'nın sonuçları 11 Temmuz Perşembe günü saat 10.00'da açıklandı. 15-16 "
               "Haziran'da yapılan sınava yaklaşık 3,1 milyon aday katıldı. 560 tam puan alan aday sayısı yalnızca 42 "
               "oldu. Temel Yeterlilik Testi 165 dakika sürdü ve 120 sorudan oluştu. Bu yıl üniversitelerde yaklaşık "
               "950 bin kontenjan bulunuyor. Geçen yıl kontenjan 870 bin idi. Sınav ücreti 450 lira olarak "
               "belirlenmişti. Geçen yıl sınava 3 milyon aday girmişti."),
        "ru": ("В Турции в четверг, 11 июля, объявили результаты вступительного экзамена в вузы. Экзамен 15–16 июня "
               "сдавали около 3,1 млн абитуриентов. Максимальные 560 баллов набрали всего 42 человека. Основной тест "
               "длился 165 минут и состоял из 120 вопросов. В этом году вузы предлагают около 950 тысяч мест, год назад "
               "их было 870 тысяч. Регистрационный взнос составил 450 лир."),
    },
    "mine": {
        "en": ("A methane explosion killed 7 miners at the Pniówek coal mine in southern Poland on Wednesday, 20 April. "
               "The blast happened at about 00:15 at a depth of 1,000 metres. 42 miners were working in the area at the "
               "time; 21 of them were taken to hospital. Around 150 rescuers took part in the operation, which lasted "
               "30 hours. It was suspended after a second explosion injured 10 rescuers. It was the deadliest accident "
               "in Polish mining since 2018, when 5 miners died in the Zofiówka mine. The mine employs 3,000 people and "
               "produced 4.6 million tonnes of coal last year."),
        "pl": ("W środę 20 kwietnia w kopalni Pniówek w Pawłowicach doszło do wybuchu metanu. Zginęło siedmiu górników. "
               "Do eksplozji doszło około godz. 0.15 na głębokości 1000 metrów. W rejonie zagrożenia przebywały 42 "
               "osoby, 21 trafiło do szpitali. W akcji ratowniczej uczestniczyło ok. 150 ratowników. Po drugim wybuchu, "
               "w którym rannych zostało 10 ratowników, akcję wstrzymano. Pniówek zatrudnia 3 tys. osób i wydobył w "
               "zeszłym roku 4,6 mln ton węgla. W całej Polsce wydobyto w 2021 r. 55 mln ton węgla kamiennego."),
        "de": ("Bei einer Methanexplosion im polnischen Steinkohlebergwerk Pniówek sind am Mittwoch sieben Bergleute ums "
               "Leben gekommen. Die Explosion ereignete sich kurz nach Mitternacht in rund 1000 Metern Tiefe. 42 "
               "Bergleute waren zu dem Zeitpunkt in dem Abschnitt, 21 wurden ins Krankenhaus gebracht. Rund 150 Retter "
               "waren im Einsatz. Nach einer zweiten Explosion mit zehn verletzten Rettern wurde die Suche unterbrochen. "
               "Die Rettungsaktion dauerte mehr als 24 Stunden. Das Bergwerk beschäftigt rund 3000 Menschen."),
    },
    "satellite": {
        "en": ("Japan's H3 rocket lifted off from the Tanegashima Space Center at 9:22 a.m. on Saturday, 17 "
               "February, and placed a test satellite into orbit about 16 minutes later. The 57-metre rocket carried "
               "a payload of 2.6 tonnes. Its first flight in March 2023 failed after the second-stage engine did not "
               "ignite. Development of the H3 has cost about 200 billion yen. JAXA aims to cut the launch price to "
               "around 5 billion yen, half the cost of the H-2A at 10 billion yen. The agency plans 6 launches a "
               "year by 2030."),
        "ja": ("宇宙航空研究開発機構は2月17日午前9時22分、種子島宇宙センターからH3ロケット2号機を打ち上げた。約16分後に試験衛星を予定の軌道に投入した。全長57メートルのロケットは重さ2.6トンの模擬衛星を搭載していた。2023年3月の初号機は第2段エンジンが着火せず失敗した。開発費は約2000億円。打ち上げ費用は約50億円と、H2Aの約100億円から半減を目指す。2030年までに年6機の打ち上げを計画している。"),
        "ko": ("일본의 H3 로켓이 2월 17일 오전 9시 22분 다네가시마 우주센터에서 발사됐다. 로켓은 발사 약 16분 뒤 시험 위성을 궤도에 올렸다. 길이 57m인 H3는 2.6t 무게의 "
               "탑재물을 실었다. 2023년 3월 첫 발사는 2단 엔진 점화 실패로 끝났다. 개발비는 약 2000억 엔이 들었다. 일본은 발사 비용을 50억 엔으로 낮출 계획이다. 한국의 누리호 "
               "개발에는 약 2조 원이 투입됐다."),
        "ar": ("أطلقت اليابان صاروخها الجديد من مركز تانيغاشيما الفضائي صباح السبت 17 فبراير، ووضع قمرا اصطناعيا "
               "تجريبيا في المدار بعد نحو 16 دقيقة. ويبلغ طول الصاروخ 57 مترا، وحمل حمولة تزن 2.6 طن. وفشلت الرحلة "
               "الأولى في مارس 2023. وبلغت تكلفة تطوير الصاروخ نحو 200 مليار ين. وتسعى وكالة الفضاء اليابانية إلى "
               "خفض تكلفة الإطلاق إلى نحو 5 مليارات ين. وتخطط الوكالة لتنفيذ 6 عمليات إطلاق سنويا بحلول عام 2030."),
    },
    "signing": {
        "en": ("Real Madrid signed Napoli striker Marco Ferri on Tuesday for 85 million euros plus up to 15 million "
               "euros in add-ons. The 24-year-old Italian signed a six-year contract and will earn about 12 million "
               "euros a season. Ferri scored 27 goals in 36 Serie A games last season and finished second in the "
               "scoring charts. Napoli bought him from Atalanta in 2021 for 30 million euros. He scored 52 goals in "
               "108 games for Napoli. Real Madrid paid 103 million euros for Jude Bellingham in 2023."),
        "it": ("Marco Ferri lascia il Napoli e passa al Real Madrid per 85 milioni di euro più 15 milioni di bonus. "
               "L'attaccante, 24 anni, ha firmato un contratto di sei anni da circa 12 milioni di euro a stagione. "
               "La scorsa stagione ha segnato 27 gol in 36 partite di Serie A, chiudendo al secondo posto nella "
               "classifica dei marcatori. Il Napoli lo aveva acquistato dall'Atalanta nel 2021 per 30 milioni. "
               "L'ufficialità è arrivata martedì 2 luglio. Nel 2016 la Juventus aveva pagato 90 milioni di euro per "
               "Higuaín."),
        "es": ("El Real Madrid fichó el martes 2 de julio al delantero italiano Marco Ferri, del Nápoles, por 85 "
               "millones de euros más hasta 15 millones en variables. Ferri, de 24 años, firmó un contrato de seis "
               "temporadas, hasta junio de 2030. Cobrará unos 12 millones de euros por temporada. La pasada campaña "
               "marcó 27 goles en 36 partidos de la Serie A y terminó en el segundo puesto de la tabla de "
               "goleadores. El Nápoles pagó 30 millones al Atalanta por él en 2021. El fichaje más caro de la "
               "historia del club sigue siendo el de Bellingham, por 103 millones de euros."),
    },
    'h63_drought': {
        'en': "Spain's reservoirs fell to 36.4% of their capacity on Tuesday, 14 May, the lowest level for the month since 1995. They now hold 20,400 cubic hectometres of water, 1,150 fewer than a week earlier. In Catalonia, reserves stand at just 15.8%, and the regional government has cut water for farming by 80%. Rainfall since October has been 28% below average. The agriculture ministry estimates losses at 2.3 billion euros. Between 40,000 and 45,000 farms are affected. The government approved aid of 950 million euros on Tuesday. Temperatures reached 38.5 degrees in Seville, 6 degrees above normal. More than 5.6 million people live under water restrictions. Two desalination plants will add 40 cubic hectometres a year from 2026.",
        'es': 'Los embalses españoles bajaron el martes 14 de mayo al 36,4 % de su capacidad, el nivel más bajo para ese mes desde 1995. Almacenan ahora 20.400 hectómetros cúbicos de agua, 1.150 menos que hace una semana. En Cataluña las reservas se sitúan en apenas el 15,8 %, y el Gobierno autonómico ha recortado un 80 % el agua para uso agrícola. Las lluvias desde octubre han sido un 28 % inferiores a la media. El Ministerio de Agricultura calcula las pérdidas en 2.300 millones de euros. Entre 40.000 y 45.000 explotaciones agrarias están afectadas. El Gobierno aprobó el martes ayudas por valor de 950 millones de euros. Los termómetros alcanzaron los 38,5 grados en Sevilla, 6 grados por encima de lo normal. Más de 5,6 millones de personas viven con restricciones de agua. Dos desaladoras aportarán 40 hectómetros cúbicos al año a partir de 2026.',
        'pt': 'Seca em Espanha: Governo aprova 950 milhões de euros de apoio aos agricultores. O Conselho de Ministros espanhol aprovou na terça-feira um pacote de 950 milhões de euros para ajudar o setor agrícola, afetado por uma seca que já causou prejuízos de 2,3 mil milhões de euros, segundo o Ministério da Agricultura. As albufeiras do país vizinho estão a 36,4% da capacidade, o valor mais baixo para maio desde 1995. A situação é mais grave na Catalunha, onde as reservas não passam dos 15,8%. Em Sevilha, os termómetros marcaram 38,5 graus. Mais de 5,6 milhões de espanhóis estão sujeitos a restrições no consumo de água. Em Portugal, as barragens do Alentejo estão a 61% da capacidade, segundo a Agência Portuguesa do Ambiente.',
    },
    'h63_port': {
        'en': "Dockworkers at the port of Rotterdam ended a 9-day strike on Friday, 7 June, after accepting a 7.5% pay rise over two years. The walkout cost the port about 180 million euros, the employers' association said. More than 240,000 containers were delayed and 63 ships waited at anchor. Some 4,800 workers took part. The deal also raises the night-shift allowance from 22% to 25%. Work resumed at 6 a.m. local time on Saturday. The union said 87% of its members voted for the deal, with a turnout of 71%. Rotterdam handled 13.4 million containers last year, making it Europe's largest port. The backlog should be cleared within 12 days.",
        'ru': 'Докеры порта Роттердама в пятницу, 7 июня, прекратили 9-дневную забастовку, согласившись на повышение зарплаты на 7,5% в течение двух лет. По данным ассоциации работодателей, забастовка обошлась порту примерно в 180 млн евро. Задержку получили более 240 тыс. контейнеров, 63 судна ожидали на рейде. В акции участвовали около 4800 рабочих. Соглашение также повышает надбавку за ночные смены с 22% до 25%. Работа возобновилась в субботу в 6:00 по местному времени. По словам профсоюза, за соглашение проголосовали 87% его членов при явке 71%. В прошлом году Роттердам обработал 13,4 млн контейнеров, оставаясь крупнейшим портом Европы. Скопившиеся грузы планируется разгрузить в течение 12 дней.',
        'tr': "Hollanda'nın Rotterdam Limanı'nda 9 gündür süren grev, cuma günü varılan anlaşmayla sona erdi. Sendika üyelerinin yüzde 87'si, iki yıllık sürede ücretlerin yüzde 7,5 artırılmasını öngören anlaşmayı onayladı. İşverenlere göre grevin maliyeti 180 milyon euro civarında. Grev boyunca 63 gemi demirde beklerken 240 binden fazla konteyner gecikmeli olarak işlem gördü. Liman cumartesi sabahı yerel saatle 06.00'da yeniden faaliyete geçti. Türkiye'den Rotterdam'a giden konteyner gemilerinin de grevden etkilendiği, Mersin Limanı'nda 14 geminin seferinin ertelendiği bildirildi.",
    },
    "czk_ratecut": {
        "en": ('The Czech National Bank cut its key two-week repo rate by 50 basis points to 5.75% on Thursday, 21 March '
               '2024. Five of the seven board members voted for the cut, while two preferred a smaller step of 25 basis '
               'points. Governor Aleš Michl, 49, announced the decision at 2:30 p.m. (13:30 GMT). Inflation slowed to '
               '2.0% in February from 2.3% in January, the lowest level since March 2021. The bank now expects the '
               'economy to grow by 1.2% this year, 0.3 percentage points less than it forecast in February. The koruna '
               "weakened by 0.6% to 25.12 per euro within an hour of the announcement. The Prague Stock Exchange's PX "
               "index rose 1.1% to 1,482.6 points. The bank's foreign-exchange reserves stood at 3.28 trillion koruna "
               '(about 130 billion euros) at the end of February. Economists expect the rate to fall to between 4% and '
               '4.5% by the end of the year. The next meeting is scheduled for 2 May. Last year, the central bank '
               'reported a loss of 45 billion koruna.'),
        "pl": ('Czeski bank centralny obniżył w środę 21 marca 2024 r. główną dwutygodniową stopę repo o 50 punktów '
               'bazowych, do 5,57 proc. Za obniżką głosowało pięciu z siedmiu członków zarządu banku, dwóch opowiadało '
               'się za mniejszym krokiem o 25 punktów bazowych. 49-letni prezes banku Aleš Michl ogłosił decyzję o godz. '
               '14.30 (13.30 GMT). Inflacja spadła w lutym do 2,0 proc. z 2,3 proc. w styczniu, to najniższy poziom od '
               'marca 2021 r. Bank oczekuje teraz, że gospodarka wzrośnie w tym roku o 1,2 proc., czyli o 0,3 pkt proc. '
               'mniej, niż prognozował w lutym. Korona osłabła w ciągu godziny od ogłoszenia decyzji o 0,6 proc., do '
               '25,12 za euro. Indeks praskiej giełdy PX wzrósł o 1,1 proc., do 1482,6 pkt. Rezerwy walutowe banku '
               'wyniosły na koniec lutego 3,28 bln koron (ok. 130 mld euro). Ekonomiści spodziewają się, że do końca roku '
               'stopa spadnie do 4–4,5 proc. Następne posiedzenie zaplanowano na 2 maja. W ubiegłym roku bank centralny '
               'odnotował stratę w wysokości 45 mld koron.'),
        "it": ('La banca centrale ceca ha tagliato giovedì il tasso di riferimento di mezzo punto percentuale, portandolo '
               'al 5,75%. La decisione è stata presa con cinque voti a favore e due contrari, ha spiegato il governatore '
               "Aleš Michl. A febbraio l'inflazione era scesa al 2%, dal 2,3% di gennaio. La corona ha perso lo 0,6%, a "
               "25,12 per euro. Per quest'anno la banca prevede una crescita dell'1,2%. Gli analisti si aspettano che il "
               "tasso scenda tra il 4 e il 4,5% entro fine anno. Nell'eurozona il tasso di riferimento della Bce resta al "
               '4,5%. La prossima riunione è in calendario il 2 maggio.'),
    },
    "monet_auction": {
        "en": ('A painting by Claude Monet sold for 74.2 million dollars (68.5 million euros), fees included, at '
               'Christie\'s in New York on Tuesday evening, 14 May. The work, "Meules" from 1890, had been estimated at '
               'between 55 and 65 million dollars. Bidding lasted 11 minutes and opened at 45 million dollars. It is the '
               'second-highest price ever paid for a Monet at auction, after 110.7 million dollars in 2019. The canvas '
               'measures 73 by 92 centimetres. The seller, a Swiss collector, had bought it in 1986 for 2.5 million '
               'dollars. In all, the evening sale of 48 lots raised 412 million dollars; six lots were withdrawn. Some '
               "1,200 people attended the sale, which began at 7 p.m. New York time. Christie's sales fell by 23% to 2.1 "
               'billion dollars in the first half of 2023. The buyer, who bid by telephone, was not named.'),
        "nl": ("Een schilderij van Claude Monet is dinsdagavond 14 mei bij Christie's in New York geveild voor 74,2 "
               "miljoen dollar (68,5 miljoen euro), inclusief kosten. Het werk, 'Meules' uit 1890, was geschat op 55 tot "
               '65 miljoen dollar. Het bieden duurde 17 minuten en begon bij 45 miljoen dollar. Het is de op een na '
               'hoogste prijs ooit betaald voor een Monet op een veiling, na 110,7 miljoen dollar in 2019. Het doek meet '
               '73 bij 92 centimeter. De verkoper, een Zwitserse verzamelaar, had het in 1968 gekocht voor 2,5 miljoen '
               'dollar. In totaal bracht de avondveiling van 48 kavels 412 miljard dollar op; zes kavels werden '
               "teruggetrokken. Zo'n 1200 mensen woonden de veiling bij, die om 19.00 uur New Yorkse tijd begon. De omzet "
               "van Christie's daalde in de eerste helft van 2023 met 23 procent tot 2,1 miljard dollar. De koper, die "
               'telefonisch bood, werd niet bekendgemaakt.'),
        "de": ('Ein Gemälde aus Claude Monets Heuhaufen-Serie ist in New York für 74,2 Millionen Dollar versteigert '
               "worden. Bei Christie's bot der Käufer am Dienstagabend telefonisch mit, die Auktion dauerte elf Minuten. "
               'Die Schätzung hatte zwischen 55 und 65 Millionen Dollar gelegen. Das 1890 entstandene Bild misst 73 mal '
               '92 Zentimeter. Ein Schweizer Sammler hatte es 1986 für 2,5 Millionen Dollar gekauft. Teurer war nur ein '
               'anderes Heuhaufen-Bild Monets, das 2019 für 110,7 Millionen Dollar versteigert wurde. Insgesamt brachte '
               'die Abendauktion 412 Millionen Dollar ein. Den Weltrekord hält Leonardo da Vincis „Salvator Mundi“, der '
               '2017 für 450,3 Millionen Dollar verkauft wurde.'),
    },
    "typhoon_h64": {
        "en": (
               'Typhoon Shanshan made landfall near Satsumasendai in Kagoshima prefecture at about 8am local time on '
               'Thursday 29 August, packing maximum sustained winds of 162km/h (100mph). Gusts of up to 252km/h were '
               'recorded on the island of Yakushima, the Japan Meteorological Agency said. At least three people '
               'were killed and 96 injured, and two more were missing. More than 250,000 households in Kyushu lost '
               'power at the peak of the storm. Up to 600mm (23.6in) of rain is forecast for parts of Kyushu in the '
               '24 hours to Friday morning, more than the average for the whole of August. Authorities issued '
               'evacuation orders for 4.6 million people in 10 prefectures. Japan Airlines and All Nippon Airways '
               'cancelled a combined 1,013 domestic flights on Thursday and Friday, affecting about 130,000 '
               'passengers. Central Japan Railway suspended bullet train services between Tokyo and Nagoya for 36 '
               'hours. The typhoon was moving north at 15km/h. Toyota halted production at all 14 of its factories '
               'in Japan, affecting about 13,500 vehicles a day. Insurers estimate losses at between ¥150bn and '
               '¥300bn ($1bn-$2bn).'),
        "ja": (
               '台風10号は29日（木）午前8時ごろ、鹿児島県薩摩川内市付近に上陸した。'
               '中心付近の最大風速は45メートル（時速約162キロ）。'
               '気象庁によると、屋久島では最大瞬間風速70メートル（時速252キロ）を観測した。'
               '少なくとも3人が死亡、96人が負傷し、2人の行方が分かっていない。九州ではピーク時に25万戸以上が停電した。'
               '九州の一部では金曜朝までの24時間に最大600ミリの雨が予想され、8月1か月分の平年値を上回る。'
               '当局は10県の460万人に避難指示を出した。'
               '日本航空と全日空は木、金の2日間で国内線計1013便を欠航し、約13万人に影響が出た。'
               'JR東海は東京―名古屋間の新幹線の運転を36時間見合わせた。台風は時速15キロで北へ進んでいる。'
               'トヨタ自動車は国内14工場すべてで生産を停止し、1日約1万3500台に影響が出る。'
               '保険会社は損害額を1500億～3000億円（10億～20億ドル）と見積もっている。'),
        "zh": (
               '新华社东京8月29日电 '
               '今年第10号台风“珊珊”29日上午8时许在日本鹿儿岛县萨摩川内市附近登陆，登陆时中心附近最大风速为每秒45米。日本航空和全日空两天内共取消1013个国内航班，约13万名旅客出行受到影响。截至目前，台风已造成至少3人死亡、96人受伤。九州地区一度有超过25万户停电。日本政府已向10个县的460万居民发布避难指示，其中鹿儿岛县约有5.2万人前往避难所。气象厅预计，到30日早晨的24小时内，九州部分地区降雨量最多可达600毫米。丰田汽车暂停了其在日本国内全部14家工厂的生产。'),
    },
    "chips_h64": {
        "ko": (
               'SK하이닉스는 10월 24일(목) 3분기 매출이 17조5731억 원으로 전년 동기 대비 93.8% 증가했다고 밝혔다. 영업이익은 7조300억 원으로 사상 최대를 기록했으며, '
               '영업이익률은 40%였다. 순이익은 5조7534억 원이었다. 고대역폭메모리(HBM) 매출은 전 분기보다 70% 이상 늘었다. HBM은 D램 매출의 30%를 차지했으며, 4분기에는 '
               '40%까지 늘어날 전망이다. 회사는 내년 시설투자를 20조 원 이상으로 늘릴 계획이다. 실적 발표 후 SK하이닉스 주가는 3.4% 오른 19만3000원에 마감했다. 코스피 지수는 '
               '0.9% 상승한 2599.62로 장을 마쳤다. 회사의 직원 수는 약 3만2000명이다. 용인 반도체 클러스터의 첫 공장은 2027년 5월 완공될 예정이며, 총 120조 원이 '
               '투입된다.'),
        "en": (
               'SK Hynix said Thursday, Oct. 24, that third-quarter revenue rose 93.8% from a year earlier to 17.57 '
               'trillion won ($12.7 billion). Operating profit hit a record 7.03 trillion won, for an operating '
               'margin of 40%. Net profit was 5.75 trillion won. Sales of high-bandwidth memory (HBM) chips jumped '
               'more than 70% from the previous quarter. HBM accounted for 30% of DRAM revenue and is expected to '
               'reach 40% in the fourth quarter. The company plans to raise capital spending to more than 20 '
               'trillion won next year. Its shares rose 3.4% to 193,000 won after the results. The benchmark Kospi '
               'index closed up 0.9% at 2,599.62. The company has about 32,000 employees. The first plant at the '
               'Yongin chip cluster is due to be completed in May 2027, part of a total investment of 120 trillion '
               'won.'),
        "ja": (
               '韓国半導体大手のSKハイニックスが24日発表した2024年7～9月期決算は、営業利益が7兆300億ウォンと四半期として過去最高になった。'
               '前年同期は1兆7920億ウォンの赤字だった。売上高は前年同期比94%増の17兆5731億ウォン。'
               '生成AI向けの広帯域メモリー（HBM）の販売が前四半期比で7割以上伸びた。純利益は5兆7534億ウォン。'
               '同日の韓国取引所で同社株は3.4%高の19万3000ウォンで取引を終えた。来年の設備投資は20兆ウォンを超える見通しだ。'),
    },
    # h79: five stories written independently in en, es, fr, de, it, pt (a hospital strike, a satellite launch, a wine
    # harvest in hectolitres and hectares, a takeover priced per share, a heatwave's records by city)
    "h79_strike": {
        "en": ("Junior doctors in England began a five-day strike at 7 a.m. on Thursday, 27 June. The British Medical "
               "Association said about 61,000 doctors were eligible to walk out. It is demanding a pay rise of 35%, "
               "while the government has offered 8.1%. NHS England said 54,000 appointments and operations had to be "
               "rescheduled during the last strike in February. The walkout will end at 7 a.m. on Tuesday, 2 July. "
               "A first-year doctor earns about 32,400 pounds a year. The waiting list stands at 7.6 million cases."),
        "fr": ("Les internes anglais ont entamé jeudi 27 juin à 7 heures (8 heures à Paris) une grève de cinq jours. "
               "Environ 61 000 médecins sont concernés, selon le syndicat BMA. Ils réclament une hausse de salaire de "
               "35 %, alors que le gouvernement propose 8,1 %. Lors de la précédente grève, en février, plus de "
               "50 000 rendez-vous avaient été reportés. Un interne de première année gagne environ 32 400 livres par "
               "an. La liste d'attente compte 7,6 millions de cas. Le syndicat compte 190 000 adhérents."),
        "de": ("In England sind am Donnerstag rund 61.000 Assistenzärzte in einen fünftägigen Streik getreten. Der "
               "Ausstand begann um 7 Uhr Ortszeit (8 Uhr MESZ) und endet am Dienstag, dem 2. Juli. Die "
               "Ärztegewerkschaft BMA fordert 53 Prozent mehr Lohn; die Regierung bietet 8,1 Prozent. Beim letzten "
               "Streik im Februar mussten 54.000 Termine verschoben werden. Ein Assistenzarzt im ersten Jahr verdient "
               "rund 32.400 Euro im Jahr. Die Warteliste umfasst 7,6 Millionen Behandlungen. Seit 2023 haben die "
               "Assistenzärzte bereits an 44 Tagen gestreikt."),
    },
    "h79_launch": {
        "en": ("A Vega-C rocket carrying Europe's Sentinel-1C radar satellite lifted off from Kourou, French Guiana, "
               "at 6:20 p.m. local time on Thursday, 5 December (21:20 GMT). The satellite weighs 2,200 kilograms and "
               "will orbit at an altitude of 693 kilometres. It separated from the rocket about 57 minutes after "
               "launch. The mission cost around 400 million euros. The 35-metre rocket returned to flight after a "
               "failure in December 2022. Avio, which builds the launcher, plans up to 5 launches next year."),
        "it": ("Il razzo Vega-C è decollato giovedì 5 dicembre alle 22:20 ora italiana dalla base di Kourou, nella "
               "Guyana francese, portando in orbita il satellite Sentinel-1C. Il satellite pesa 2,2 tonnellate e "
               "opererà a 693 chilometri di quota. Il distacco è avvenuto circa 57 minuti dopo il lancio. La missione "
               "è costata circa 400 milioni di euro. Il lanciatore, alto 35 metri, è costruito da Avio a Colleferro, "
               "dove lavorano circa 1.200 persone. Il Vega-C era fermo da dicembre 2022."),
        "es": ("El cohete europeo Vega-C despegó el miércoles a las 18.20 hora local desde Kurú (Guayana Francesa) "
               "con el satélite Sentinel-1C, de 2.200 kilos. El satélite orbitará a unos 693 kilómetros de altura y "
               "se separó del cohete unos 75 minutos después del despegue. La misión ha costado unos 400 millones de "
               "dólares. Avio prevé hasta cinco lanzamientos el próximo año. España aporta el 8 % del presupuesto "
               "del programa Copernicus, dotado con 5.400 millones de euros."),
    },
    "h79_wine": {
        "fr": ("La production de vin en France devrait atteindre 39,3 millions d'hectolitres en 2024, en baisse de "
               "18 % sur un an, selon le ministère de l'Agriculture. La récolte de 2023 avait atteint 48 millions "
               "d'hectolitres. Le vignoble français couvre environ 790 000 hectares. En Bourgogne, la production "
               "chute de 26 %. Les vendanges ont commencé le 19 août en Languedoc. L'Italie reste le premier "
               "producteur mondial avec 41 millions d'hectolitres."),
        "it": ("L'Italia si conferma primo produttore mondiale di vino nel 2024 con 41 milioni di ettolitri, davanti "
               "alla Francia, che scende a 39,3 milioni (-18%). Lo scorso anno la Francia aveva prodotto 48 milioni "
               "di ettolitri. I vigneti francesi si estendono su circa 7.900 chilometri quadrati. In Borgogna il calo "
               "è del 26%. In Italia il prezzo medio delle uve è salito del 4% e la superficie vitata è di 675.000 "
               "ettari."),
        "pt": ("A França deverá produzir 39,3 milhões de hectolitros de vinho em 2024, menos 81% do que no ano "
               "passado, quando colheu 48 milhões de hectolitros. A vinha francesa ocupa cerca de 790 mil hectares. "
               "Na Borgonha, a produção cai 26%. A vindima começou a 19 de setembro no Languedoc. A Itália lidera "
               "com 410 milhões de hectolitros. Em Portugal, a produção deverá rondar os 7,5 milhões de hectolitros."),
    },
    "h79_takeover": {
        "en": ("German chemicals group Lanxer agreed on Monday to buy Dutch rival Covanta for 48 euros per share in "
               "cash, valuing the company at about 6.2 billion euros including debt. The offer is a premium of 32% "
               "to Covanta's closing price on Friday of 36.40 euros. Covanta's shares jumped 27% to 46.20 euros in "
               "Amsterdam. Lanxer expects annual cost savings of 150 million euros by 2027. Covanta employs 4,300 "
               "people and had sales of 2.8 billion euros last year. The deal is expected to close in the first half "
               "of 2025."),
        "de": ("Der Chemiekonzern Lanxer übernimmt den niederländischen Konkurrenten Covanta für 48 Euro je Aktie. "
               "Das entspricht einem Aufschlag von 23 Prozent auf den Schlusskurs vom Freitag. Inklusive Schulden "
               "wird Covanta mit rund 6,2 Milliarden Dollar bewertet. Die Covanta-Aktie sprang am Montag um 27 "
               "Prozent auf 46,20 Euro. Lanxer rechnet bis 2027 mit jährlichen Einsparungen von 150 Millionen Euro. "
               "Covanta beschäftigt rund 4300 Mitarbeiter und setzte zuletzt 2,8 Milliarden Euro um. Lanxer selbst "
               "kam 2023 auf einen Umsatz von 11,5 Milliarden Euro."),
        "pt": ("O grupo químico alemão Lanxer vai comprar a holandesa Covanta por 48 euros por ação, um prémio de "
               "32% face ao fecho de sexta-feira, de 36,40 euros. A operação avalia a Covanta em cerca de 6,2 mil "
               "milhões de euros, incluindo dívida. As ações da Covanta subiram 27%, para 46,20 euros, na "
               "segunda-feira. A Covanta tem cerca de 4.300 trabalhadores e vendas de 2,8 mil milhões de euros. A "
               "Lanxer prevê poupanças anuais de 150 milhões de euros até 2027 e vai financiar a compra com um "
               "empréstimo de 4 mil milhões de euros."),
    },
    "h79_heat": {
        "es": ("La ola de calor batió el domingo 11 de agosto récords en varias ciudades españolas. Córdoba alcanzó "
               "46,2 grados, la temperatura más alta registrada allí en un mes de agosto. Sevilla llegó a 45,1 °C y "
               "Madrid a 40,8 grados. En Bilbao se registraron 42 grados. La Aemet activó avisos en 40 provincias. "
               "La demanda eléctrica alcanzó un máximo de 40.500 megavatios a las 14.00. Al menos 3 personas "
               "murieron por golpes de calor."),
        "fr": ("Records de chaleur en Espagne : dimanche, le thermomètre a atteint 46,2 °C à Cordoue, un record "
               "pour un mois d'août. Séville a enregistré 45,1 °C et Madrid 40,8 °C. À Bilbao, il a fait 42 degrés. "
               "Quarante provinces étaient en alerte. La consommation d'électricité a culminé à 40 500 mégawatts vers "
               "14 heures. Au moins trois personnes sont mortes d'un coup de chaleur. En France, Perpignan a atteint "
               "39,5 °C."),
        "it": ("Ondata di caldo record in Spagna sabato 11 agosto: a Cordova il termometro ha toccato i 46,2 gradi, "
               "a Siviglia 45,1. A Madrid si sono registrati 40,8 gradi e a Bilbao 24 gradi. L'allerta è scattata in "
               "40 province. Il picco di consumo elettrico è stato di 4.050 megawatt alle 14. Almeno tre persone sono "
               "morte per un colpo di calore. A Roma la temperatura ha raggiunto i 38 gradi."),
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
    ("czk_ratecut", "pl", "środę", "date"),
    ("czk_ratecut", "pl", "5,57 proc.", "value"),
    ("monet_auction", "nl", "412 miljard dollar", "scale"),
    ("monet_auction", "nl", "1968", "date"),
    ("monet_auction", "nl", "17 minuten", "value"),
    # h79
    ("h79_strike", "de", "53 Prozent", "value"),
    ("h79_strike", "de", "32.400 Euro", "unit"),
    ("h79_launch", "es", "miércoles", "date"),
    ("h79_launch", "es", "75 minutos", "value"),
    ("h79_launch", "es", "400 millones de dólares", "unit"),
    ("h79_wine", "pt", "81%", "value"),
    ("h79_wine", "pt", "19 de setembro", "date"),
    ("h79_wine", "pt", "410 milhões", "scale"),
    ("h79_takeover", "de", "23 Prozent", "value"),
    ("h79_takeover", "de", "6,2 Milliarden Dollar", "unit"),
    ("h79_heat", "it", "sabato 11 agosto", "date"),
    ("h79_heat", "it", "24 gradi", "value"),
    ("h79_heat", "it", "4.050 megawatt", "scale"),
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
    # the eight stories below carry no injected error: a row for every figure of every version
    ('ipo', 'en', '4.2 billion Hong Kong dollars'),
    ('ipo', 'en', 'Thursday'),
    ('ipo', 'en', '150 million shares'),
    ('ipo', 'en', '28 Hong Kong dollars'),
    ('ipo', 'en', '24 to 28 Hong Kong dollars'),
    ('ipo', 'en', '12%'),
    ('ipo', 'en', '186,000 cars'),
    ('ipo', 'en', '65%'),
    ('ipo', 'en', '2023'),
    ('ipo', 'en', '31.5 billion yuan'),
    ('ipo', 'en', '2.8 billion yuan'),                        # net loss beside revenue, both yuan
    ('ipo', 'en', '2017'),
    ('ipo', 'en', 'about 9,500 people'),
    ('ipo', 'en', '3.1 billion Hong Kong dollar'),            # distractor: a battery maker's offering in March
    ('ipo', 'zh', '周四'),
    ('ipo', 'zh', '42亿港元'),
    ('ipo', 'zh', '28港元'),
    ('ipo', 'zh', '1.5亿'),                                    # 150 million shares
    ('ipo', 'zh', '24至28港元'),
    ('ipo', 'zh', '12%'),
    ('ipo', 'zh', '18.6万辆'),
    ('ipo', 'zh', '2023年'),
    ('ipo', 'zh', '65%'),
    ('ipo', 'zh', '315亿元人民币'),
    ('ipo', 'zh', '28亿元人民币'),
    ('ipo', 'zh', '41亿元人民币'),                                 # distractor: the 2023 net loss, only in zh
    ('ipo', 'zh', '2017年'),
    ('ipo', 'zh', '约9500人'),
    ('ipo', 'ja', '木曜日'),
    ('ipo', 'ja', '42億香港ドル'),                                 # 4.2 billion HKD (CLDR name glued to the particle)
    ('ipo', 'ja', '28香港ドル'),                                  # "1株28香港ドル": per share; "1株" is the rate's base
    ('ipo', 'ja', '1億5000万株'),
    ('ipo', 'ja', '12%'),
    ('ipo', 'ja', '65%'),
    ('ipo', 'ja', '18万6000台'),                                # 186,000
    ('ipo', 'ja', '315億元'),                                   # 31.5 billion yuan
    ('ipo', 'ja', '28億元'),
    ('ipo', 'ja', '約9500人'),
    ('hurricane', 'en', '3:40 a.m.'),
    ('hurricane', 'en', 'Tuesday, 8 October'),
    ('hurricane', 'en', '205 km/h'),
    ('hurricane', 'en', '2005'),
    ('hurricane', 'en', '295 km/h'),                          # distractor: Wilma's winds in 2005
    ('hurricane', 'en', 'At least 14 people'),
    ('hurricane', 'en', 'about 250,000 homes'),
    ('hurricane', 'en', 'Some 38,000 tourists'),
    ('hurricane', 'en', 'Up to 400 millimetres'),
    ('hurricane', 'en', '48 hours'),
    ('hurricane', 'en', '3.5 billion dollars'),
    ('hurricane', 'en', '10 billion pesos'),
    ('hurricane', 'es', '3.40 horas'),
    ('hurricane', 'es', 'martes 8 de octubre'),
    ('hurricane', 'es', '205 kilómetros por hora'),
    ('hurricane', 'es', '2005'),
    ('hurricane', 'es', '295 km/h'),                          # distractor: Wilma
    ('hurricane', 'es', 'Al menos 14 personas'),
    ('hurricane', 'es', 'unas 250.000 viviendas'),
    ('hurricane', 'es', 'Más de 38.000 turistas'),            # a floor against "Some 38,000"
    ('hurricane', 'es', '48 horas'),
    ('hurricane', 'es', 'hasta 400 milímetros'),
    ('hurricane', 'es', '10.000 millones de pesos'),          # 10 billion pesos
    ('hurricane', 'es', '16.000 millones de dólares'),        # distractor: Otis's damage last year
    ('hurricane', 'fr', 'mardi'),
    ('hurricane', 'fr', 'vers 3 h 40'),                       # about 03:40
    ('hurricane', 'fr', '205 km/h'),
    ('hurricane', 'fr', '2005'),
    ('hurricane', 'fr', 'Au moins 14 personnes'),
    ('hurricane', 'fr', 'Environ 250 000 foyers'),
    ('hurricane', 'fr', '38 000 touristes'),
    ('hurricane', 'fr', "jusqu'à 400 mm"),
    ('hurricane', 'fr', 'deux jours'),                        # 2 days against 48 hours
    ('hurricane', 'fr', '3,5 milliards de dollars'),
    ('hurricane', 'fr', '15 milliards de dollars'),           # distractor: tourism revenue a year
    ('boxoffice', 'en', '112 crore rupees'),
    ('boxoffice', 'en', 'Friday, 15 August'),
    ('boxoffice', 'en', 'more than 4,500 screens'),
    ('boxoffice', 'en', '41 crore rupees'),
    ('boxoffice', 'en', 'about 250 crore rupees'),
    ('boxoffice', 'en', '2 hours and 48 minutes'),
    ('boxoffice', 'en', '180 crore rupees'),
    ('boxoffice', 'en', 'three days'),
    ('boxoffice', 'en', '129 crore rupees'),                  # distractor: last year's biggest opener
    ('boxoffice', 'hi', '112 करोड़ रुपये'),
    ('boxoffice', 'hi', 'शुक्रवार, 15 अगस्त'),
    ('boxoffice', 'hi', '4,500 से ज़्यादा स्क्रीनों'),
    ('boxoffice', 'hi', '41 करोड़ रुपये'),
    ('boxoffice', 'hi', 'लगभग 250 करोड़ रुपये'),
    ('boxoffice', 'hi', '2 घंटे 48 मिनट'),
    ('boxoffice', 'hi', 'तीन दिनों'),
    ('boxoffice', 'hi', '180 करोड़ रुपये तक'),
    ('boxoffice', 'hi', '129 करोड़ रुपये'),                   # distractor: Jawan
    ('boxoffice', 'de', '1,12 Milliarden Rupien'),            # 112 crore
    ('boxoffice', 'de', 'Freitag, dem 15. August'),
    ('boxoffice', 'de', 'mehr als 4500 Kinosälen'),
    ('boxoffice', 'de', 'rund 2,5 Milliarden Rupien'),
    ('boxoffice', 'de', 'knapp drei Stunden'),                # just under 3 hours against 2 h 48 min
    ('boxoffice', 'de', 'drei Tagen'),
    ('boxoffice', 'de', '1,8 Milliarden Rupien'),
    ('boxoffice', 'de', '410 Millionen Rupien'),              # 41 crore
    ('boxoffice', 'de', 'rund 120 Milliarden Rupien'),        # distractor: the industry's takings last year
    ('trade', 'en', 'Friday, 6 December'),
    ('trade', 'en', '25 years'),
    ('trade', 'en', '91%'),
    ('trade', 'en', 'about 780 million people'),
    ('trade', 'en', '111 billion euros'),
    ('trade', 'en', '2023'),
    ('trade', 'en', '56 billion euros'),                      # distractor: EU exports alone
    ('trade', 'en', '4 billion euros'),
    ('trade', 'en', '35%'),
    ('trade', 'en', 'over 15 years'),
    ('trade', 'en', '99,000 tonnes'),
    ('trade', 'de', 'Freitag'),
    ('trade', 'de', '25 Jahre'),
    ('trade', 'de', 'rund 780 Millionen Einwohnern'),
    ('trade', 'de', '91 Prozent'),
    ('trade', 'de', 'vier Milliarden Euro'),
    ('trade', 'de', '35 Prozent'),
    ('trade', 'de', 'über 15 Jahre'),
    ('trade', 'de', '99.000 Tonnen'),
    ('trade', 'de', '2023'),
    ('trade', 'de', '17 Milliarden Euro'),                    # distractor: German exports to Mercosur
    ('trade', 'nl', 'vrijdag 6 december'),
    ('trade', 'nl', '25 jaar'),
    ('trade', 'nl', '91 procent'),
    ('trade', 'nl', '111 miljard euro'),
    ('trade', 'nl', '4 miljard euro'),
    ('trade', 'nl', '99.000 ton'),
    ('trade', 'nl', '5,3 miljard euro'),                      # distractor: Dutch exports to Mercosur
    ('trade', 'pt', 'sexta-feira, 6 de dezembro'),
    ('trade', 'pt', '25 anos'),
    ('trade', 'pt', '91%'),
    ('trade', 'pt', 'cerca de 780 milhões de pessoas'),
    ('trade', 'pt', '111 bilhões de euros'),
    ('trade', 'pt', '2023'),
    ('trade', 'pt', '35%'),
    ('trade', 'pt', '15 anos'),                               # "em 15 anos" against "over 15 years"
    ('trade', 'pt', '99 mil toneladas'),                      # 99 thousand tonnes
    ('trade', 'pt', '46 bilhões de dólares'),                 # distractor: Brazil's exports to the EU
    ('exam', 'en', 'About 3.1 million candidates'),
    ('exam', 'en', '15'),                                     # "on 15 and 16 June"
    ('exam', 'en', '16 June'),
    ('exam', 'en', 'Thursday, 11 July'),
    ('exam', 'en', '10:00'),
    ('exam', 'en', '42 candidates'),
    ('exam', 'en', '560 points'),
    ('exam', 'en', '165 minutes'),
    ('exam', 'en', '120 questions'),
    ('exam', 'en', 'Some 1.2 million applicants'),
    ('exam', 'en', '18'),
    ('exam', 'en', 'about 950,000 places'),
    ('exam', 'en', '870,000'),                                # distractor: last year's places
    ('exam', 'en', '450 lira'),
    ('exam', 'en', '3 million candidates'),                   # distractor: last year's candidates
    ('exam', 'tr', '11 Temmuz Perşembe'),
    ('exam', 'tr', '10.00'),
    ('exam', 'tr', '15'),                                     # "15-16 Haziran"
    ('exam', 'tr', '16 Haziran'),
    ('exam', 'tr', 'yaklaşık 3,1 milyon aday'),
    ('exam', 'tr', '560'),
    ('exam', 'tr', '42'),
    ('exam', 'tr', '165 dakika'),
    ('exam', 'tr', '120 sorudan'),
    ('exam', 'tr', 'yaklaşık 950 bin kontenjan'),
    ('exam', 'tr', '870 bin'),                                # distractor: last year's places
    ('exam', 'tr', '450 lira'),
    ('exam', 'tr', '3 milyon aday'),                          # distractor: last year's candidates
    ('exam', 'ru', 'в четверг, 11 июля'),
    ('exam', 'ru', '15'),                                     # "15–16 июня"
    ('exam', 'ru', '16 июня'),
    ('exam', 'ru', 'около 3,1 млн абитуриентов'),
    ('exam', 'ru', '560 баллов'),
    ('exam', 'ru', '42 человека'),
    ('exam', 'ru', '165 минут'),
    ('exam', 'ru', '120 вопросов'),
    ('exam', 'ru', 'около 950 тысяч мест'),
    ('exam', 'ru', 'год назад'),
    ('exam', 'ru', '870 тысяч'),                              # distractor: last year's places
    ('exam', 'ru', '450 лир'),
    ('mine', 'en', '7 miners'),
    ('mine', 'en', 'Wednesday, 20 April'),
    ('mine', 'en', 'about 00:15'),
    ('mine', 'en', '1,000 metres'),
    ('mine', 'en', '42 miners'),
    ('mine', 'en', '21 of them'),                             # 21 of the 42
    ('mine', 'en', 'Around 150 rescuers'),
    ('mine', 'en', '30 hours'),
    ('mine', 'en', '10 rescuers'),
    ('mine', 'en', '2018'),
    ('mine', 'en', '5 miners'),                               # distractor: the 2018 accident
    ('mine', 'en', '3,000 people'),
    ('mine', 'en', '4.6 million tonnes'),
    ('mine', 'pl', 'środę 20 kwietnia'),
    ('mine', 'pl', 'siedmiu górników'),                       # spelled: seven
    ('mine', 'pl', 'około godz. 0.15'),
    ('mine', 'pl', '1000 metrów'),
    ('mine', 'pl', '42 osoby'),
    ('mine', 'pl', '21'),
    ('mine', 'pl', 'ok. 150 ratowników'),
    ('mine', 'pl', '10 ratowników'),
    ('mine', 'pl', '3 tys. osób'),
    ('mine', 'pl', '4,6 mln ton'),
    ('mine', 'pl', '2021'),
    ('mine', 'pl', '55 mln ton'),                             # distractor: the country's output
    ('mine', 'de', 'Mittwoch'),
    ('mine', 'de', 'sieben Bergleute'),                       # spelled: seven
    ('mine', 'de', 'rund 1000 Metern'),
    ('mine', 'de', '42 Bergleute'),
    ('mine', 'de', '21'),
    ('mine', 'de', 'Rund 150 Retter'),
    ('mine', 'de', 'zehn verletzten Rettern'),                # spelled: ten
    ('mine', 'de', 'mehr als 24 Stunden'),                    # a floor under 30 hours
    ('mine', 'de', 'rund 3000 Menschen'),                     # about 3,000 against 3,000
    ('satellite', 'en', '9:22 a.m.'),
    ('satellite', 'en', 'Saturday, 17 February'),
    ('satellite', 'en', 'about 16 minutes'),
    ('satellite', 'en', '57-metre'),
    ('satellite', 'en', '2.6 tonnes'),
    ('satellite', 'en', 'March 2023'),
    ('satellite', 'en', 'second-stage'),
    ('satellite', 'en', 'about 200 billion yen'),
    ('satellite', 'en', 'around 5 billion yen'),
    ('satellite', 'en', 'half'),
    ('satellite', 'en', '10 billion yen'),                    # distractor: the H-2A's launch price
    ('satellite', 'en', '6 launches'),
    ('satellite', 'en', '2030'),
    ('satellite', 'ja', '2月17日'),
    ('satellite', 'ja', '午前9時22分'),
    ('satellite', 'ja', '2号機'),                               # flight 2, only in ja
    ('satellite', 'ja', '約16分'),
    ('satellite', 'ja', '57メートル'),
    ('satellite', 'ja', '2.6トン'),
    ('satellite', 'ja', '2023年3月'),
    ('satellite', 'ja', '約2000億円'),
    ('satellite', 'ja', '約50億円'),
    ('satellite', 'ja', '約100億円'),                            # distractor: the H2A
    ('satellite', 'ja', '2030年'),
    ('satellite', 'ja', '6機'),
    ('satellite', 'ko', '2월 17일'),
    ('satellite', 'ko', '오전 9시 22분'),
    ('satellite', 'ko', '약 16분'),
    ('satellite', 'ko', '57m'),
    ('satellite', 'ko', '2.6t'),
    ('satellite', 'ko', '2023년 3월'),
    ('satellite', 'ko', '2'),                                 # every ko figure with a 2: dates, 22 minutes, 2.6 t, yen, won
    ('satellite', 'ko', '약 2000억 엔'),
    ('satellite', 'ko', '50억 엔'),
    ('satellite', 'ko', '약 2조 원'),                            # distractor: Korea's Nuri rocket
    ('satellite', 'ar', 'السبت 17 فبراير'),
    ('satellite', 'ar', 'نحو 16 دقيقة'),
    ('satellite', 'ar', '57 مترا'),
    ('satellite', 'ar', '2.6 طن'),
    ('satellite', 'ar', 'مارس 2023'),
    ('satellite', 'ar', 'نحو 200 مليار ين'),
    ('satellite', 'ar', 'نحو 5 مليارات ين'),
    ('satellite', 'ar', '6 عمليات'),
    ('satellite', 'ar', '2030'),
    ('signing', 'en', 'Tuesday'),
    ('signing', 'en', '85 million euros'),                    # "85 million euros plus up to 15 million": no floor
    ('signing', 'en', 'up to 15 million euros'),
    ('signing', 'en', '24-year-old'),
    ('signing', 'en', 'six-year'),
    ('signing', 'en', 'about 12 million euros'),
    ('signing', 'en', '27 goals'),
    ('signing', 'en', '36'),
    ('signing', 'en', 'second'),
    ('signing', 'en', '2021'),
    ('signing', 'en', '30 million euros'),                    # distractor: the fee Napoli paid in 2021
    ('signing', 'en', '52 goals'),                              # distractor: his goals for Napoli in all
    ('signing', 'en', '108 games'),
    ('signing', 'en', '103 million euros'),                   # distractor: Bellingham's fee
    ('signing', 'en', '2023'),
    ('signing', 'it', '85 milioni di euro'),
    ('signing', 'it', '15 milioni'),
    ('signing', 'it', '24 anni'),
    ('signing', 'it', 'sei anni'),
    ('signing', 'it', 'circa 12 milioni di euro'),
    ('signing', 'it', '27 gol'),
    ('signing', 'it', '36 partite'),
    ('signing', 'it', 'secondo posto'),
    ('signing', 'it', '2021'),
    ('signing', 'it', '30 milioni'),                          # distractor: the fee Napoli paid
    ('signing', 'it', 'martedì 2 luglio'),
    ('signing', 'it', '2016'),
    ('signing', 'it', '90 milioni di euro'),                  # distractor: Higuaín's fee in 2016
    ('signing', 'es', 'martes 2 de julio'),
    ('signing', 'es', '85 millones de euros'),
    ('signing', 'es', 'hasta 15 millones'),
    ('signing', 'es', '24 años'),
    ('signing', 'es', 'seis temporadas'),                     # six seasons against a six-year contract
    ('signing', 'es', 'junio de 2030'),
    ('signing', 'es', 'unos 12 millones de euros'),
    ('signing', 'es', '27 goles'),
    ('signing', 'es', '36 partidos'),
    ('signing', 'es', 'segundo puesto'),
    ('signing', 'es', '30 millones'),
    ('signing', 'es', '2021'),
    ('signing', 'es', '103 millones de euros'),               # distractor: Bellingham
    # h63: independently written by a Portuguese outlet (Lusa style: the aid in the headline, Alentejo's own figure)
    ('h63_drought', 'pt', '950 milhões de euros'),
    ('h63_drought', 'pt', '2,3 mil milhões de euros'),
    ('h63_drought', 'pt', '36,4%'),
    ('h63_drought', 'pt', '1995'),
    ('h63_drought', 'pt', '15,8%'),                             # "não passam dos 15,8%" against "just 15.8%"
    ('h63_drought', 'pt', '38,5 graus'),
    ('h63_drought', 'pt', 'Mais de 5,6 milhões'),
    ('h63_drought', 'pt', 'terça-feira'),
    ('h63_drought', 'pt', '61%'),                               # distractor: Alentejo's reservoirs, only in pt
    # h63: independently written by a Turkish outlet (a Mersin figure of its own)
    ('h63_port', 'tr', '9 gündür'),
    ('h63_port', 'tr', 'cuma'),
    ('h63_port', 'tr', 'yüzde 87'),
    ('h63_port', 'tr', 'yüzde 7,5'),
    ('h63_port', 'tr', '180 milyon euro civarında'),
    ('h63_port', 'tr', '63 gemi'),
    ('h63_port', 'tr', '240 binden fazla'),
    ('h63_port', 'tr', '06.00'),
    ('h63_port', 'tr', '14 geminin'),                           # distractor: ships held at Mersin, only in tr
    ('h63_port', 'en', '13.4 million containers'),
    ("czk_ratecut", "it", "mezzo punto percentuale"),  # half a point against 50 basis points
    ("czk_ratecut", "it", "cinque voti"),
    ("czk_ratecut", "it", "2%"),
    ("czk_ratecut", "it", "25,12"),
    ("czk_ratecut", "it", "4,5%"),  # distractor: the ECB's rate
    ("czk_ratecut", "it", "2 maggio"),
    ("czk_ratecut", "it", "giovedì"),
    ("monet_auction", "de", "elf Minuten"),  # elf against 11
    ("monet_auction", "de", "1986"),
    ("monet_auction", "de", "2,5 Millionen Dollar"),
    ("monet_auction", "de", "110,7 Millionen Dollar"),
    ("monet_auction", "de", "450,3 Millionen Dollar"),  # distractor: Salvator Mundi, only in de
    ("monet_auction", "de", "74,2 Millionen Dollar"),
    ('typhoon_h64', 'en', 'Thursday 29 August'),
    ('typhoon_h64', 'en', '162km/h'),
    ('typhoon_h64', 'en', 'At least three people'),
    ('typhoon_h64', 'en', '1,013 domestic'),
    ('typhoon_h64', 'en', 'Up to 600mm'),
    ('typhoon_h64', 'ja', '最大風速は45メートル'),
    ('typhoon_h64', 'ja', '460万人'),
    ('typhoon_h64', 'zh', '8月29日'),
    ('typhoon_h64', 'zh', '上午8时许'),
    ('typhoon_h64', 'zh', '风速为每秒45米'),             # 45 m/s against 45 metres and 162 km/h
    ('typhoon_h64', 'zh', '约13万名'),
    ('typhoon_h64', 'zh', '至少3人'),
    ('typhoon_h64', 'zh', '96人'),
    ('typhoon_h64', 'zh', '超过25万户'),
    ('typhoon_h64', 'zh', '460万'),
    ('typhoon_h64', 'zh', '约有5.2万人'),                # zh only: evacuees in shelters in Kagoshima
    ('typhoon_h64', 'zh', '最多可达600毫米'),
    ('typhoon_h64', 'zh', '14家'),
    ('chips_h64', 'ko', '7조300억 원'),
    ('chips_h64', 'ko', '93.8%'),
    ('chips_h64', 'en', '93.8%'),
    ('chips_h64', 'en', '7.03 trillion won'),
    ('chips_h64', 'ja', '7兆300億ウォン'),
    ('chips_h64', 'ja', '1兆7920億ウォン'),              # ja only: the operating loss a year earlier
    ('chips_h64', 'ja', '94%'),                          # 93.8% rounded
    ('chips_h64', 'ja', '17兆5731億ウォン'),
    ('chips_h64', 'ja', '7割以上'),                      # "more than 70%"
    ('chips_h64', 'ja', '5兆7534億ウォン'),
    ('chips_h64', 'ja', '3.4%'),
    ('chips_h64', 'ja', '19万3000ウォン'),
    ('chips_h64', 'ja', '20兆ウォン'),
    # h79
    ('h79_strike', 'en', 'five-day'),
    ('h79_strike', 'fr', 'cinq jours'),
    ('h79_strike', 'de', 'fünftägigen'),                     # five days three ways
    ('h79_strike', 'fr', '8 heures'),                        # "(8 heures à Paris)": 7 a.m. in London
    ('h79_strike', 'de', '8 Uhr'),                           # "(8 Uhr MESZ)"
    ('h79_strike', 'de', '7 Uhr'),
    ('h79_strike', 'de', 'Donnerstag'),                      # a weekday against "Thursday, 27 June"
    ('h79_strike', 'de', 'Dienstag, dem 2. Juli'),
    ('h79_strike', 'de', 'rund 61.000'),
    ('h79_strike', 'fr', 'plus de 50 000'),                  # a floor under 54,000
    ('h79_strike', 'de', '54.000 Termine'),
    ('h79_strike', 'de', '8,1 Prozent'),
    ('h79_strike', 'fr', '190 000 adhérents'),               # distractor: the union's members, only in fr
    ('h79_strike', 'de', '44 Tagen'),                        # distractor: strike days since 2023, only in de
    ('h79_strike', 'de', '7,6 Millionen'),
    ('h79_launch', 'it', '22:20'),                           # "ora italiana" against 6:20 p.m. local, 21:20 GMT
    ('h79_launch', 'es', '18.20'),
    ('h79_launch', 'en', '21:20'),
    ('h79_launch', 'it', '2,2 tonnellate'),                  # 2.2 t against 2,200 kg
    ('h79_launch', 'es', '2.200 kilos'),
    ('h79_launch', 'es', 'unos 693 kilómetros'),
    ('h79_launch', 'es', 'hasta cinco'),                     # spelled: five
    ('h79_launch', 'it', 'dicembre 2022'),
    ('h79_launch', 'it', '35 metri'),
    ('h79_launch', 'it', 'circa 1.200 persone'),             # distractor: Avio's staff, only in it
    ('h79_launch', 'es', '8 %'),                             # distractor: Spain's share of Copernicus
    ('h79_launch', 'es', '5.400 millones de euros'),         # distractor: Copernicus's budget
    ('h79_wine', 'it', '-18%'),                              # signed against "en baisse de 18 %"
    ('h79_wine', 'fr', '18 %'),
    ('h79_wine', 'it', '39,3 milioni'),                      # the unit elided after "41 milioni di ettolitri"
    ('h79_wine', 'fr', "39,3 millions d'hectolitres"),
    ('h79_wine', 'it', 'circa 7.900 chilometri quadrati'),   # 7,900 km2 against 790,000 ha
    ('h79_wine', 'pt', 'cerca de 790 mil hectares'),
    ('h79_wine', 'pt', '48 milhões de hectolitros'),
    ('h79_wine', 'it', '26%'),
    ('h79_wine', 'it', '675.000 ettari'),                    # distractor: Italy's vineyards, only in it
    ('h79_wine', 'it', '4%'),                                # distractor: Italian grape prices
    ('h79_wine', 'pt', '7,5 milhões de hectolitros'),        # distractor: Portugal's harvest, only in pt
    ('h79_wine', 'it', '41 milioni di ettolitri'),
    ('h79_wine', 'pt', '39,3 milhões'),
    ('h79_takeover', 'pt', '32%'),
    ('h79_takeover', 'pt', '36,40 euros'),
    ('h79_takeover', 'de', '46,20 Euro'),
    ('h79_takeover', 'de', '27 Prozent'),
    ('h79_takeover', 'de', 'rund 4300 Mitarbeiter'),         # about 4,300 against 4,300
    ('h79_takeover', 'pt', 'cerca de 4.300'),
    ('h79_takeover', 'de', '150 Millionen Euro'),
    ('h79_takeover', 'de', 'Montag'),
    ('h79_takeover', 'pt', 'segunda-feira'),
    ('h79_takeover', 'de', '11,5 Milliarden Euro'),          # distractor: Lanxer's own sales, only in de
    ('h79_takeover', 'pt', '4 mil milhões de euros'),        # distractor: the loan, only in pt
    ('h79_heat', 'es', 'alcanzó un máximo de 40.500'),       # a peak reached, no ceiling
    ('h79_heat', 'fr', '40 500 mégawatts'),
    ('h79_heat', 'fr', 'Quarante provinces'),                # spelled: forty
    ('h79_heat', 'it', 'Almeno tre persone'),
    ('h79_heat', 'fr', 'vers 14 heures'),
    ('h79_heat', 'it', '46,2 gradi'),
    ('h79_heat', 'fr', 'dimanche'),
    ('h79_heat', 'fr', '39,5 °C'),                           # distractor: Perpignan, only in fr
    ('h79_heat', 'it', '38 gradi'),                          # distractor: Rome, only in it
    ('h79_heat', 'it', '40,8 gradi'),
    ('h79_heat', 'es', '42 grados'),
    ('h79_heat', 'fr', '42 degrés'),
]

# trade: each of two distractors (another country's exports, in de and pt) joins a fact of the story
_TRADE_EXPORTS_DE = (
    "matching: de's distractor 'Deutschland exportierte 2023 Waren im Wert von 17 Milliarden Euro' (German exports "
    "to Mercosur) is linked with the trade between the blocs, en '111 billion euros' (p 0.984), pt '111 bilhões de "
    "euros' (0.986), nl '111 miljard euro' (0.538): value conflicts")
_TRADE_EXPORTS_PT = (
    "matching: pt's distractor 'O Brasil exportou 46 bilhões de dólares para a UE' (its last sentence) is linked "
    "with the yearly duty savings, en '4 billion euros' (p 0.987), de 'vier Milliarden Euro' (0.991), nl '4 miljard "
    "euro' (0.923): unit conflicts EUR/USD (nl's distractor 'Nederland voerde ... voor 5,3 miljard euro ... uit' no "
    "longer joins: its clause names another country than pt's, features.place_clash)")

_H63_MERSIN = (
    "matching: tr's distractor 'Mersin Limanı'nda 14 geminin seferinin ertelendiği' (ships held in Mersin, its last "
    "sentence) is linked with Rotterdam's yearly throughput, en '13.4 million containers' (p 0.885) and ru '13,4 млн "
    "контейнеров' (p 0.901): scale conflicts 14 vs 13.4 million")

_H79_WINE = (
    "matching: it merges Italy's and France's harvests in one sentence ('L'Italia ... con 41 milioni di ettolitri, "
    "davanti alla Francia, che scende a 39,3 milioni (-18%)'), which aligns with fr/pt's first sentence on France's "
    "harvest; its first figure, Italy's '41 milioni di ettolitri', is linked with fr '39,3 millions d'hectolitres' "
    "(p 0.768) and pt '39,3 milhões de hectolitros' (p 0.928), while it '39,3 milioni' stays under the bar (p 0.494 "
    "to fr, bar 0.60): a value conflict 41 vs 39.3 million hl")
_H79_HEAT = (
    "matching: it 'A Madrid si sono registrati 40,8 gradi e a Bilbao 24 gradi' is linked by its verb with es 'En "
    "Bilbao se registraron 42 grados' (p 0.988) and fr 'À Bilbao, il a fait 42 degrés' (p 0.965), not with "
    "Madrid's es '40,8 grados' (p 0.023) / fr '40,8 °C' (p 0.016): the city names weigh less than the verb, "
    "value conflicts 42 vs 40.8")

# (story, version, claim text) -> why the tool misses it yet (the stage, then the cause)
XFAIL: dict[tuple, str] = {
    ("ecb", "es", "3,6 %"): (
        "matching: the es distractor 'En España, la inflación de mayo fue del 3,6 %' is linked with en/it euro-zone "
        "May inflation 2.6% (one fact: value conflicts), while es's own '2,6 % registrado en mayo' stays alone"),
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
    ('trade', 'de', '17 Milliarden Euro'): _TRADE_EXPORTS_DE,
    ('trade', 'en', '111 billion euros'): _TRADE_EXPORTS_DE,
    ('trade', 'nl', '111 miljard euro'): _TRADE_EXPORTS_DE,
    ('trade', 'pt', '111 bilhões de euros'): _TRADE_EXPORTS_DE,
    ('trade', 'pt', '46 bilhões de dólares'): _TRADE_EXPORTS_PT,
    ('trade', 'en', '4 billion euros'): _TRADE_EXPORTS_PT,
    ('trade', 'de', 'vier Milliarden Euro'): _TRADE_EXPORTS_PT,
    ('trade', 'nl', '4 miljard euro'): _TRADE_EXPORTS_PT,
    ('h63_port', 'tr', '14 geminin'): _H63_MERSIN,
    ('h63_port', 'en', '13.4 million containers'): _H63_MERSIN,
    # h79
    ('h79_wine', 'it', '41 milioni di ettolitri'): _H79_WINE,
    ('h79_wine', 'pt', '39,3 milhões'): _H79_WINE,
    ('h79_heat', 'it', '40,8 gradi'): _H79_HEAT,
    ('h79_heat', 'es', '42 grados'): _H79_HEAT,
    ('h79_heat', 'fr', '42 degrés'): _H79_HEAT,
}

_REPORTS: dict[str, object] = {}


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
    return pytest.param(*row, marks=strict_xfail(XFAIL[key])) if key in XFAIL else row


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
