"""Every language claimcheck reads, end to end with the real encoders: one short story told in English and
in the language, one figure drifted (45 million euros against 54), found as the one conflict; the other
figures (a count in digits, one spelled, a qualifier, a weekday) agree.

A new language is data (its table and spec file); this pins that the data carries it through reading,
language identification, the encoder the story is matched with and comparison."""
from __future__ import annotations

import pytest

import claimcheck
from claimcheck.langid import SUPPORTED_LANGUAGES
from claimcheck.read import article_from_text

pytestmark = pytest.mark.model

ENGLISH = ("The government said on Tuesday that 1,200 people were evacuated after the storm, which caused "
           "damage worth 45 million euros.\nAround 300 homes were destroyed and 12 people died.\n")

DRIFTED = {
    "sv": "Regeringen sade på tisdagen att 1 200 personer evakuerades efter stormen, som orsakade skador för "
          "54 miljoner euro.\nOmkring 300 hem förstördes och tolv personer dog.\n",
    "uk": "Уряд заявив у вівторок, що після шторму було евакуйовано 1200 людей, а збитки склали 54 мільйони "
          "євро.\nБлизько 300 будинків було зруйновано, загинули дванадцять людей.\n",
    "vi": "Chính phủ cho biết hôm thứ Ba rằng 1.200 người đã được sơ tán sau cơn bão, gây thiệt hại 54 triệu "
          "euro.\nKhoảng 300 ngôi nhà bị phá hủy và 12 người thiệt mạng.\n",
    "id": "Pemerintah mengatakan pada hari Selasa bahwa 1.200 orang dievakuasi setelah badai, yang menyebabkan "
          "kerugian senilai 54 juta euro.\nSekitar 300 rumah hancur dan 12 orang tewas.\n",
    "el": "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι 1.200 άνθρωποι απομακρύνθηκαν μετά την καταιγίδα, η οποία "
          "προκάλεσε ζημιές ύψους 54 εκατομμυρίων ευρώ.\nΠερίπου 300 σπίτια καταστράφηκαν και 12 άνθρωποι "
          "σκοτώθηκαν.\n",
    "ro": "Guvernul a declarat marți că 1.200 de persoane au fost evacuate după furtună, care a provocat pagube "
          "de 54 de milioane de euro.\nAproximativ 300 de case au fost distruse și 12 persoane au murit.\n",
    "fa": "دولت روز سه‌شنبه اعلام کرد که پس از توفان ۱۲۰۰ نفر تخلیه شدند و خسارت‌ها به ۵۴ میلیون یورو رسید.\n"
          "حدود ۳۰۰ خانه ویران شد و ۱۲ نفر جان باختند.\n",
    "da": "Regeringen oplyste tirsdag, at 1.200 mennesker blev evakueret efter stormen, som forårsagede skader "
          "for 54 millioner euro.\nOmkring 300 hjem blev ødelagt, og tolv mennesker døde.\n",
    "no": "Regjeringen opplyste tirsdag at 1200 mennesker ble evakuert etter stormen, som forårsaket skader for "
          "54 millioner euro.\nRundt 300 hjem ble ødelagt, og tolv mennesker døde.\n",
    "fi": "Hallitus kertoi tiistaina, että myrskyn jälkeen evakuoitiin 1 200 ihmistä. Vahingot nousivat 54 "
          "miljoonaan euroon.\nNoin 300 kotia tuhoutui, ja kaksitoista ihmistä kuoli.\n",
    "hu": "A kormány kedden közölte, hogy a vihar után 1200 embert evakuáltak, a károk pedig 54 millió eurót "
          "tesznek ki.\nMintegy 300 ház megsemmisült, és tizenkét ember meghalt.\n",
    "he": "הממשלה הודיעה ביום שלישי כי 1,200 בני אדם פונו לאחר הסערה, שגרמה נזקים בשווי 54 מיליון יורו.\n"
          "כ-300 בתים נהרסו ו-12 בני אדם נהרגו.\n",
    "bg": "Правителството съобщи във вторник, че след бурята са били евакуирани 1200 души, а щетите възлизат на "
          "54 милиона евро.\nОколо 300 къщи са разрушени, а 12 души са загинали.\n",
    "hr": "Vlada je u utorak priopćila da je nakon oluje evakuirano 1200 ljudi, a šteta iznosi 54 milijuna eura.\n"
          "Oko 300 kuća je uništeno, a poginulo je dvanaest ljudi.\n",
    "ca": "El Govern va informar dimarts que 1.200 persones van ser evacuades després de la tempesta, que va "
          "causar danys per valor de 54 milions d'euros.\nUnes 300 cases van quedar destruïdes i dotze persones "
          "van morir.\n",
    "sk": "Vláda v utorok oznámila, že po búrke evakuovali 1 200 ľudí, pričom škody dosiahli 54 miliónov eur.\n"
          "Približne 300 domov bolo zničených a dvanásť ľudí zahynulo.\n",
    "sr": "Влада је у уторак саопштила да је након олује евакуисано 1200 људи, а штета износи 54 милиона "
          "евра.\nОко 300 кућа је уништено, а погинуло је дванаест људи.\n",
    "sl": "Vlada je v torek sporočila, da so po neurju evakuirali 1200 ljudi, škoda pa znaša 54 milijonov "
          "evrov.\nUničenih je bilo okoli 300 domov, umrlo je dvanajst ljudi.\n",
    "th": "รัฐบาลแถลงเมื่อวันอังคารว่า มีผู้อพยพ 1,200 คนหลังพายุ ซึ่งสร้างความเสียหายมูลค่า 54 ล้านยูโร\n"
          "บ้านเรือนประมาณ 300 หลังถูกทำลาย และมีผู้เสียชีวิต 12 คน\n",
    "ms": "Kerajaan berkata pada hari Selasa bahawa seramai 1,200 orang dipindahkan selepas ribut itu, yang menyebabkan "
          "kerosakan bernilai 54 juta euro.\nKira-kira 300 buah rumah musnah dan 12 orang terbunuh.\n",
    "bn": "সরকার মঙ্গলবার জানিয়েছে, ঝড়ের পর ১,২০০ জনকে সরিয়ে নেওয়া হয়েছে এবং ঝড়ে ৫৪ মিলিয়ন ইউরোর ক্ষতি "
          "হয়েছে।\nপ্রায় ৩০০টি বাড়ি ধ্বংস হয়েছে এবং ১২ জন মারা গেছেন।\n",
    "ur": "حکومت نے منگل کو بتایا کہ طوفان کے بعد 1,200 افراد کو نکالا گیا، اور طوفان سے 54 ملین یورو کا نقصان "
          "ہوا۔\nتقریباً 300 مکانات تباہ ہوئے اور 12 افراد ہلاک ہوگئے۔\n",
    "ta": "அரசு செவ்வாய்க்கிழமை அன்று, புயலுக்குப் பிறகு 1,200 பேர் வெளியேற்றப்பட்டதாகவும், புயலால் 54 மில்லியன் யூரோ மதிப்பிலான சேதம் ஏற்பட்டதாகவும் தெரிவித்தது.\nசுமார் 300 வீடுகள் அழிந்தன, 12 பேர் உயிரிழந்தனர்.\n",
    "mr": "सरकारने मंगळवारी सांगितले की वादळानंतर १,२०० लोकांना सुरक्षित स्थळी हलवण्यात आले आणि वादळामुळे ५४ दशलक्ष युरोचे नुकसान झाले.\nसुमारे ३०० घरे उद्ध्वस्त झाली आणि १२ जणांचा मृत्यू झाला.\n",
    "lt": "Vyriausybė antradienį pranešė, kad po audros buvo evakuota 1 200 žmonių, o audra padarė 54 milijonų eurų "
          "žalos.\nApie 300 namų buvo sugriauta, žuvo dvylika žmonių.\n",
    "sw": "Serikali ilisema Jumanne kwamba watu 1,200 walihamishwa baada ya dhoruba, iliyosababisha hasara ya euro "
          "milioni 54.\nNyumba zipatazo 300 ziliharibiwa na watu kumi na wawili walifariki.\n",
    "tl": "Sinabi ng pamahalaan noong Martes na 1,200 katao ang inilikas matapos ang bagyo, na nagdulot ng pinsalang "
          "nagkakahalaga ng 54 milyong euro.\nHumigit-kumulang 300 bahay ang nawasak at labindalawang tao ang namatay.\n",
    "lv": "Valdība otrdien paziņoja, ka pēc vētras tika evakuēti 1200 cilvēku, un vētra nodarīja zaudējumus 54 miljonu "
          "eiro apmērā.\nAptuveni 300 mājas tika nopostītas, un bojā gāja divpadsmit cilvēki.\n",
    "et": "Valitsus teatas teisipäeval, et pärast tormi evakueeriti 1200 inimest ning torm põhjustas 54 miljoni euro "
          "suuruse kahju.\nUmbes 300 kodu hävis ja kaksteist inimest hukkus.\n",
    "mk": "Владата соопшти во вторник дека по бурата биле евакуирани 1.200 лица, а бурата предизвика штета од 54 милиони "
          "евра.\nОколу 300 домови беа уништени, а загинаа дванаесет лица.\n",
    "az": "Hökumət çərşənbə axşamı bildirib ki, fırtınadan sonra 1200 nəfər təxliyə edilib və fırtına 54 milyon avro "
          "dəyərində ziyan vurub.\nTəxminən 300 ev dağılıb və on iki nəfər həlak olub.\n",
    "kk": "Үкімет сейсенбі күні дауылдан кейін 1200 адам эвакуацияланғанын, ал дауыл 54 миллион еуро көлемінде шығын "
          "келтіргенін хабарлады.\nШамамен 300 үй қирап, он екі адам қаза тапты.\n",
    "hy": "Կառավարությունը երեքշաբթի օրը հայտնեց, որ փոթորկից հետո տարհանվել է 1200 մարդ, իսկ փոթորկի պատճառած վնասը կազմել է 54 միլիոն եվրո։\n"
          "Մոտ 300 տուն ավերվել է, զոհվել է տասներկու մարդ։\n",
    "ka": "მთავრობამ სამშაბათს განაცხადა, რომ ქარიშხლის შემდეგ 1200 ადამიანი გაიყვანეს, ქარიშხალმა კი 54 მილიონი ევროს ზარალი მიაყენა.\n"
          "დაახლოებით 300 სახლი დაინგრა და თორმეტი ადამიანი დაიღუპა.\n",
    "ne": "सरकारले मंगलबार आँधीपछि १,२०० जनालाई सुरक्षित स्थानमा सारिएको र आँधीले ५४ मिलियन युरो बराबरको क्षति "
          "पुर्‍याएको जनाएको छ।\nकरिब ३०० घर ध्वस्त भएका छन् र बाह्र जनाको मृत्यु भएको छ।\n",
    "te": "తుఫాను తర్వాత 1,200 మందిని ఖాళీ చేయించామని, తుఫాను వల్ల 54 మిలియన్ యూరోల నష్టం వాటిల్లిందని ప్రభుత్వం "
          "మంగళవారం తెలిపింది.\nసుమారు 300 ఇళ్లు ధ్వంసమయ్యాయి, 12 మంది మరణించారు.\n",
    "af": "Die regering het Dinsdag gesê dat 1 200 mense ná die storm ontruim is. Die storm het skade van 54 miljoen euro "
          "veroorsaak.\nOngeveer 300 huise is verwoes en twaalf mense is dood.\n",
    "sq": "Qeveria tha të martën se pas stuhisë u evakuuan 1.200 persona, ndërsa stuhia shkaktoi dëme prej 54 milionë "
          "eurosh.\nRreth 300 shtëpi u shkatërruan dhe dymbëdhjetë persona vdiqën.\n",
    "gl": "O Goberno informou o martes de que 1.200 persoas foron evacuadas despois da tempestade, que causou danos por "
          "valor de 54 millóns de euros.\nArredor de 300 vivendas quedaron destruídas e morreron doce persoas.\n",
    "eu": "Gobernuak asteartean jakinarazi zuen ekaitzaren ondoren 1.200 pertsona ebakuatu zituztela, eta ekaitzak 54 "
          "milioi euroko kalteak eragin zituela.\n300 etxe inguru suntsitu ziren eta hamabi pertsona hil ziren.\n",
    "gu": "સરકારે મંગળવારે જણાવ્યું કે વાવાઝોડા બાદ ૧,૨૦૦ લોકોને સ્થળાંતરિત કરવામાં આવ્યા અને વાવાઝોડાને કારણે ૫૪ મિલિયન યુરોનું નુકસાન થયું.\n"
          "આશરે ૩૦૦ ઘરો નાશ પામ્યાં અને બાર લોકોનાં મોત થયાં.\n",
    "pa": "ਸਰਕਾਰ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਦੱਸਿਆ ਕਿ ਤੂਫ਼ਾਨ ਤੋਂ ਬਾਅਦ 1,200 ਲੋਕਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ 'ਤੇ ਪਹੁੰਚਾਇਆ ਗਿਆ ਅਤੇ ਤੂਫ਼ਾਨ ਕਾਰਨ 54 ਮਿਲੀਅਨ ਯੂਰੋ ਦਾ ਨੁਕਸਾਨ ਹੋਇਆ।\n"
          "ਲਗਭਗ 300 ਘਰ ਤਬਾਹ ਹੋ ਗਏ ਅਤੇ ਬਾਰਾਂ ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।\n",
    "kn": "ಸರ್ಕಾರ ಮಂಗಳವಾರ ತಿಳಿಸಿದಂತೆ, ಚಂಡಮಾರುತದ ನಂತರ 1,200 ಜನರನ್ನು ಸ್ಥಳಾಂತರಿಸಲಾಗಿದೆ ಮತ್ತು ಚಂಡಮಾರುತದಿಂದ 54 ಮಿಲಿಯನ್ ಯುರೋ ಮೌಲ್ಯದ ಹಾನಿಯಾಗಿದೆ.\n"
          "ಸುಮಾರು 300 ಮನೆಗಳು ನಾಶವಾಗಿವೆ ಮತ್ತು ಹನ್ನೆರಡು ಜನರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ.\n",
    "ml": "ചൊവ്വാഴ്ച സർക്കാർ അറിയിച്ചതനുസരിച്ച്, കൊടുങ്കാറ്റിനെത്തുടർന്ന് 1,200 പേരെ ഒഴിപ്പിച്ചു, കൊടുങ്കാറ്റിൽ 54 മില്യൺ യൂറോയുടെ നാശനഷ്ടമുണ്ടായി.\n"
          "ഏകദേശം 300 വീടുകൾ തകർന്നു, പന്ത്രണ്ട് പേർ മരിച്ചു.\n",
    "be": "Урад у аўторак паведаміў, што пасля шторму эвакуявалі 1200 чалавек, а страты склалі 54 мільёны еўра.\n"
          "Каля 300 дамоў было разбурана, загінулі дванаццаць чалавек.\n",
    "uz": "Hukumat seshanba kuni boʻrondan keyin 1200 kishi evakuatsiya qilinganini, boʻron 54 million yevrolik zarar yetkazganini maʼlum qildi.\n"
          "Taxminan 300 ta uy vayron boʻldi, oʻn ikki kishi halok boʻldi.\n",
    "si": "කුණාටුවෙන් පසු 1,200 දෙනෙකු ඉවත් කළ බවත්, කුණාටුවෙන් යුරෝ මිලියන 54ක හානියක් සිදු වූ බවත් රජය අඟහරුවාදා පැවසීය.\n"
          "නිවාස 300ක් පමණ විනාශ වූ අතර දොළොස් දෙනෙක් මිය ගියහ.\n",
}


@pytest.mark.parametrize("lang", sorted(DRIFTED))
def test_a_drifted_figure_is_the_one_conflict(encoders, lang):
    if lang not in SUPPORTED_LANGUAGES:
        pytest.skip(f"{lang} has no table")
    report = claimcheck.check([article_from_text("en", ENGLISH), article_from_text(lang, DRIFTED[lang])],
                              story=f"storm-{lang}", encoder=encoders)
    assert {a.id: a.lang for a in report.articles} == {"en": "en", lang: lang}  # identified, not given
    assert len(report.conflicts) == 1
    conflict = report.conflicts[0]
    values = sorted(report.claim(cid).quantity.value for cid in conflict.claims)
    assert values == [45e6, 54e6] and {report.claim(cid).unit for cid in conflict.claims} == {"EUR"}
    counts = {report.claim(cid).quantity.value for f in report.facts for cid in f.claims
              if report.claim(cid).article == lang}
    assert {1200, 300, 12} <= counts  # the agreeing figures matched their English counterparts


# h58: one dense budget story, told in English and in Catalan and Slovak (every figure agrees)
BUDGET_EN_H58 = ('The regional government approved on Thursday a budget of 42.5 billion euros for 2026, 6.3% more '
                 'than this year. Health will receive 13.8 billion euros, and education almost 7 billion. The '
                 'plan foresees hiring 2,500 new teachers and building 14 schools before September 2027. '
                 'Unemployment fell to 8.7 percent in the third quarter, 1.2 percentage points lower than a year '
                 'earlier. Around 320,000 people are still looking for work, according to the statistics office. '
                 'The opposition criticised the fact that public debt exceeds 85,000 million euros. Parliament '
                 'will debate the accounts for three weeks, starting on 12 January. The minister, 54, said the '
                 'final vote is scheduled for 10 a.m. on 3 February. More than 40 amendments have already been '
                 'submitted by the five opposition groups.\n')

ARTICLES_H58 = {
    "ca": ("El Govern va aprovar dijous un pressupost de 42.500 milions d'euros per al 2026, un 6,3 % més "
           "que aquest any. Salut rebrà 13.800 milions d'euros, i educació gairebé 7.000 milions. El pla "
           "preveu contractar 2.500 docents nous i construir 14 escoles abans del setembre de 2027. L'atur "
           'va baixar fins al 8,7 per cent en el tercer trimestre, 1,2 punts percentuals menys que un any '
           "abans. Unes 320.000 persones encara busquen feina, segons l'institut d'estadística. L'oposició "
           "va criticar que el deute públic supera els 85.000 milions d'euros. El Parlament debatrà els "
           'comptes durant tres setmanes, a partir del 12 de gener. La consellera, de 54 anys, va dir que '
           'la votació final està prevista per a les 10 del matí del 3 de febrer. Els cinc grups de '
           "l'oposició ja han presentat més de 40 esmenes.\n"),
    "sk": ('Krajská vláda vo štvrtok schválila rozpočet vo výške 42,5 miliardy eur na rok 2026, o 6,3 % '
           'viac ako tento rok. Zdravotníctvo dostane 13,8 miliardy eur a školstvo takmer 7 miliárd. Plán '
           'počíta s prijatím 2 500 nových učiteľov a výstavbou 14 škôl do septembra 2027. Nezamestnanosť v '
           'treťom štvrťroku klesla na 8,7 percenta, o 1,2 percentuálneho bodu menej ako pred rokom. Prácu '
           'si podľa štatistického úradu stále hľadá približne 320 000 ľudí. Opozícia kritizovala, že '
           'verejný dlh presahuje 85 miliárd eur. Parlament bude o rozpočte rokovať tri týždne, od 12. '
           'januára. Ministerka (54) uviedla, že záverečné hlasovanie je naplánované na 3. februára o 10.00 '
           'h. Päť opozičných klubov už predložilo viac ako 40 pozmeňujúcich návrhov.\n'),
}


# One dense news article of each new language's helper, translated faithfully (English and the language): every
# figure agrees, so no conflict is expected.
ARTICLE_EN_H59 = (
    "The Serbian government announced on Monday a plan worth 1.5 billion euros to modernise the railway network.\n"
    "The first phase, which will last three years, covers 280 kilometres of track between Belgrade and Niš.\n"
    "About 2,500 workers will be employed on the project, the minister said.\n"
    "Trains will reach speeds of up to 200 km/h, cutting the journey time to two hours.\n"
    "Last year 6.2 million passengers used the railway, 12% more than in 2023.\n"
    "The works are due to start on 1 March 2026.\n"
    "The state will provide 40% of the money and the rest will come from a loan.\n"
    "Nine stations will be rebuilt by the end of the decade.\n")
ARTICLES_H59 = {
    "sr": "Влада Србије је у понедељак представила план вредан 1,5 милијарди евра за модернизацију железничке мреже.\n"
          "Прва фаза, која ће трајати три године, обухвата 280 километара пруге између Београда и Ниша.\n"
          "На пројекту ће бити запослено око 2.500 радника, рекао је министар.\n"
          "Возови ће достизати брзину до 200 km/h, чиме ће се путовање скратити на два сата.\n"
          "Прошле године железницу је користило 6,2 милиона путника, 12 одсто више него 2023.\n"
          "Радови би требало да почну 1. марта 2026.\n"
          "Држава ће обезбедити 40 одсто новца, а остатак ће доћи из кредита.\n"
          "До краја деценије биће обновљено девет станица.\n",
    "sl": "Srbska vlada je v ponedeljek predstavila načrt, vreden 1,5 milijarde evrov, za posodobitev železniškega omrežja.\n"
          "Prva faza, ki bo trajala tri leta, zajema 280 kilometrov proge med Beogradom in Nišem.\n"
          "Pri projektu bo zaposlenih približno 2.500 delavcev, je dejal minister.\n"
          "Vlaki bodo dosegali hitrost do 200 km/h, kar bo potovanje skrajšalo na dve uri.\n"
          "Lani je železnico uporabljalo 6,2 milijona potnikov, 12 odstotkov več kot leta 2023.\n"
          "Dela naj bi se začela 1. marca 2026.\n"
          "Država bo zagotovila 40 odstotkov denarja, preostanek pa bo prišel iz posojila.\n"
          "Do konca desetletja bodo prenovili devet postaj.\n",
}


# A dense economic story (th, ms): a faithful translation of the English, every figure agreeing, no conflict expected
# (Buddhist-Era years in the Thai: "ในปี 2566" is 2023, "ปี 2569" 2026; Thai myriad scales: "5 แสนล้านบาท" 500 billion).
DENSE_EN_TH_MS = ("Thailand's cabinet on Tuesday approved a stimulus package worth 500 billion baht to support the economy.\n"
     'The finance ministry expects growth of 2.8% this year, up from 1.9% in 2023.\n'
     'About 12 million low-income people will each receive 10,000 baht from March 2024.\n'
     'Exports rose 4.2% in January, while inflation stood at 0.9%.\n'
     'Floods in the north damaged more than 3,000 homes and killed 15 people.\n'
     'The government will spend 1.2 billion baht on repairs over six months.\n'
     'Tourist arrivals reached 28 million last year, and the target for 2024 is 35 million.\n'
     'The central bank kept its policy rate at 2.5% at its meeting on 7 February.\n'
     'Officials said the new airport terminal, 240 kilometres from Bangkok, will open in 2026.\n')

DENSE_TH_MS = {
    "th": ('คณะรัฐมนตรีอนุมัติมาตรการกระตุ้นเศรษฐกิจวงเงิน 5 แสนล้านบาทเมื่อวันอังคาร\n'
           'กระทรวงการคลังคาดว่าเศรษฐกิจปีนี้จะขยายตัว 2.8% เพิ่มขึ้นจาก 1.9% ในปี 2566\n'
           'ผู้มีรายได้น้อยประมาณ 12 ล้านคนจะได้รับเงินคนละ 10,000 บาท ตั้งแต่เดือนมีนาคม 2567\n'
           'การส่งออกเดือนมกราคมเพิ่มขึ้น 4.2% ขณะที่อัตราเงินเฟ้ออยู่ที่ 0.9%\n'
           'น้ำท่วมในภาคเหนือทำให้บ้านเรือนเสียหายกว่า 3,000 หลัง และมีผู้เสียชีวิต 15 คน\n'
           'รัฐบาลจะใช้งบ 1,200 ล้านบาทในการซ่อมแซมภายใน 6 เดือน\n'
           'ปีที่แล้วมีนักท่องเที่ยวต่างชาติ 28 ล้านคน และเป้าหมายในปี 2567 คือ 35 ล้านคน\n'
           'ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ 2.5% ในการประชุมเมื่อวันที่ 7 กุมภาพันธ์\n'
           'เจ้าหน้าที่ระบุว่าอาคารผู้โดยสารแห่งใหม่ ซึ่งอยู่ห่างจากกรุงเทพฯ 240 กิโลเมตร จะเปิดให้บริการในปี 2569\n'),
    "ms": ('Kabinet Thailand pada hari Selasa meluluskan pakej rangsangan bernilai 500 bilion baht untuk menyokong ekonomi.\n'
           'Kementerian Kewangan menjangkakan pertumbuhan sebanyak 2.8% tahun ini, meningkat daripada 1.9% pada tahun 2023.\n'
           'Kira-kira 12 juta golongan berpendapatan rendah akan menerima 10,000 baht setiap seorang mulai Mac 2024.\n'
           'Eksport meningkat 4.2% pada bulan Januari, manakala inflasi berada pada 0.9%.\n'
           'Banjir di utara merosakkan lebih daripada 3,000 buah rumah dan mengorbankan 15 orang.\n'
           'Kerajaan akan membelanjakan 1.2 bilion baht untuk kerja pembaikan dalam tempoh enam bulan.\n'
           'Ketibaan pelancong mencecah 28 juta orang tahun lepas, dan sasaran bagi tahun 2024 ialah 35 juta.\n'
           'Bank pusat mengekalkan kadar dasar pada 2.5% dalam mesyuaratnya pada 7 Februari.\n'
           'Pegawai berkata terminal lapangan terbang baharu itu, yang terletak 240 kilometer dari Bangkok, akan dibuka pada tahun 2026.\n'),
}


# h60: one dense article (a budget, floods, a bridge, a rate rise, factories closed), told in English and translated
# faithfully into Bengali and Urdu; every figure agrees, so any conflict is a false alarm. Bengali writes the
# decimals with the word দশমিক and "৩৫ কোটি ডলার" (350 million), Urdu "35 کروڑ ڈالر", "3.6 ارب ڈالر".
ARTICLE_H60_EN = ("The government presented a budget of 45 billion dollars on Thursday, June 6, 2024.\n"
                  "The finance minister said the economy is expected to grow by 6.5 percent next year, while inflation stood at 9.7 percent in May.\n"
                  "About 1.2 million people were affected by floods in the north in the past two weeks, and at least 27 people died.\n"
                  "The government allocated 350 million dollars for relief and plans to build 15,000 new homes within 18 months.\n"
                  "Exports rose 12 percent to 55 billion dollars in the last fiscal year.\n"
                  "The central bank raised its policy rate by 0.5 percentage points to 8.5 percent.\n"
                  "The new bridge over the river is 6.15 kilometres long and cost 3.6 billion dollars.\n"
                  "More than 300 factories were closed for three days, and 40,000 workers lost their jobs.\n"
                  "The prime minister will address parliament at 11 a.m. on Monday.\n"
                  "Temperatures reached 41 degrees Celsius in the capital on Sunday.\n")
ARTICLES_H60 = {
    "bn": ("সরকার বৃহস্পতিবার, ৬ জুন ২০২৪ তারিখে ৪৫ বিলিয়ন ডলারের বাজেট পেশ করেছে।\n"
           "অর্থমন্ত্রী বলেছেন, আগামী বছর অর্থনীতির প্রবৃদ্ধি ৬ দশমিক ৫ শতাংশ হবে বলে আশা করা হচ্ছে, আর মে মাসে মূল্যস্ফীতি ছিল ৯ দশমিক ৭ শতাংশ।\n"
           "গত দুই সপ্তাহে উত্তরাঞ্চলে বন্যায় প্রায় ১২ লাখ মানুষ ক্ষতিগ্রস্ত হয়েছেন এবং কমপক্ষে ২৭ জন মারা গেছেন।\n"
           "সরকার ত্রাণের জন্য ৩৫ কোটি ডলার বরাদ্দ দিয়েছে এবং ১৮ মাসের মধ্যে ১৫ হাজার নতুন ঘর নির্মাণের পরিকল্পনা করেছে।\n"
           "গত অর্থবছরে রপ্তানি ১২ শতাংশ বেড়ে ৫৫ বিলিয়ন ডলারে দাঁড়িয়েছে।\n"
           "কেন্দ্রীয় ব্যাংক নীতি সুদহার ০.৫ শতাংশ পয়েন্ট বাড়িয়ে ৮.৫ শতাংশ করেছে।\n"
           "নদীর ওপর নতুন সেতুটির দৈর্ঘ্য ৬.১৫ কিলোমিটার এবং এটি নির্মাণে ব্যয় হয়েছে ৩৬০ কোটি ডলার।\n"
           "৩০০টির বেশি কারখানা তিন দিন বন্ধ ছিল এবং ৪০ হাজার শ্রমিক চাকরি হারিয়েছেন।\n"
           "প্রধানমন্ত্রী সোমবার সকাল ১১টায় সংসদে ভাষণ দেবেন।\n"
           "রোববার রাজধানীতে তাপমাত্রা ৪১ ডিগ্রি সেলসিয়াসে পৌঁছেছে।\n"),
    "ur": ("حکومت نے جمعرات، 6 جون 2024 کو 45 ارب ڈالر کا بجٹ پیش کیا۔\n"
           "وزیر خزانہ نے کہا کہ اگلے سال معیشت کی شرح نمو 6.5 فیصد رہنے کی توقع ہے، جبکہ مئی میں مہنگائی کی شرح 9.7 فیصد تھی۔\n"
           "گزشتہ دو ہفتوں کے دوران شمال میں سیلاب سے تقریباً 12 لاکھ افراد متاثر ہوئے اور کم از کم 27 افراد ہلاک ہوگئے۔\n"
           "حکومت نے امدادی کاموں کے لیے 35 کروڑ ڈالر مختص کیے اور 18 ماہ کے اندر 15 ہزار نئے گھر تعمیر کرنے کا منصوبہ بنایا ہے۔\n"
           "گزشتہ مالی سال میں برآمدات 12 فیصد اضافے کے ساتھ 55 ارب ڈالر تک پہنچ گئیں۔\n"
           "مرکزی بینک نے پالیسی ریٹ میں 0.5 فیصد پوائنٹ اضافہ کرکے اسے 8.5 فیصد کر دیا۔\n"
           "دریا پر بنے نئے پل کی لمبائی 6.15 کلومیٹر ہے اور اس پر 3.6 ارب ڈالر لاگت آئی۔\n"
           "300 سے زائد فیکٹریاں تین دن تک بند رہیں اور 40 ہزار مزدور بے روزگار ہوگئے۔\n"
           "وزیراعظم پیر کو صبح 11 بجے پارلیمنٹ سے خطاب کریں گے۔\n"
           "اتوار کو دارالحکومت میں درجہ حرارت 41 ڈگری سینٹی گریڈ تک پہنچ گیا۔\n"),
}


# Each new language's dense news article, translated faithfully from its English (every figure agrees): no conflict.


# Every drift of the dense story printed as one Thai block is the one conflict: the block is cut at the space after a
# sentence's last figure ("ในปี 2566 ผู้มี…", "0.9% น้ำท่วม…") and kept whole before a clause's conjunction ("28 ล้านคน
# และเป้าหมาย…", "3,000 หลัง และมีผู้เสียชีวิต 15 คน"), so each figure's piece reads as its English sentence.
THAI_BLOCK_DRIFTS = [("2.8%", "3.8%", "value"), ("4.2%", "4.7%", "value"), ("240 กิโลเมตร", "420 กิโลเมตร", "value"),
                     ("วันที่ 7 กุมภาพันธ์", "วันที่ 8 กุมภาพันธ์", "date"), ("10,000 บาท", "12,000 บาท", "value"),
                     ("28 ล้านคน", "23 ล้านคน", "value"), ("15 คน", "19 คน", "value"),
                     ("กว่า 3,000 หลัง", "กว่า 5,000 หลัง", "value")]


def _thai_block() -> str:
    return " ".join(DENSE_TH_MS["th"].split("\n")).strip()


def test_a_thai_article_printed_as_one_block_is_read_sentence_by_sentence(encoders):
    """Thai ends a sentence with a bare space (``sentence_space_break``): the dense story printed as one block, the
    way Thai sites print it, matches its English figure by figure (one block unsplit: 1 figure of 21)."""
    report = claimcheck.check({"en": DENSE_EN_TH_MS, "th": _thai_block()}, encoder=encoders)
    assert report.conflicts == []
    assert sum(1 for f in report.facts if len({report.claim(c).article for c in f.claims}) > 1) >= 14


@pytest.mark.parametrize("old, new, kind", THAI_BLOCK_DRIFTS)
def test_a_drifted_figure_in_a_thai_block_is_the_one_conflict(encoders, old, new, kind):
    drifted = claimcheck.check({"en": DENSE_EN_TH_MS, "th": _thai_block().replace(old, new)}, encoder=encoders)
    assert [c.type for c in drifted.conflicts] == [kind]


# h71: one dense flood story (a relief package, damage, evacuations, rain, crops, roads, growth, schools), told in English
# and translated faithfully into Tamil and Marathi; every figure agrees, so any conflict is a false alarm. Both write
# Indian amounts: "1,500 கோடி ரூபாய்", "१,५०० कोटी रुपये" (15 billion rupees), "4.5 லட்சம்", "४.५ लाख" (450,000).
ARTICLE_H71_EN = ("The state government announced on Wednesday a flood relief package worth 15 billion rupees.\n"
                  "Heavy rain lasting three days damaged more than 20,000 homes and killed 17 people.\n"
                  "About 450,000 people were moved to relief camps, officials said.\n"
                  "Each affected family will receive 10,000 rupees from December 1.\n"
                  "The city recorded 24 centimetres of rain in 24 hours, the highest in 50 years.\n"
                  "Crops on 120,000 hectares were destroyed.\n"
                  "The chief minister said repairs to 350 kilometres of roads will be completed within six months.\n"
                  "The state's economy grew by 8.2 percent last year.\n"
                  "Schools will reopen on Monday at 9 a.m.\n")
ARTICLES_H71 = {
    "ta": ("மாநில அரசு புதன்கிழமை 1,500 கோடி ரூபாய் மதிப்பிலான வெள்ள நிவாரணத் தொகுப்பை அறிவித்தது.\n"
           "மூன்று நாட்கள் நீடித்த கனமழையால் 20,000-க்கும் மேற்பட்ட வீடுகள் சேதமடைந்தன, 17 பேர் உயிரிழந்தனர்.\n"
           "சுமார் 4.5 லட்சம் பேர் நிவாரண முகாம்களுக்கு மாற்றப்பட்டதாக அதிகாரிகள் தெரிவித்தனர்.\n"
           "பாதிக்கப்பட்ட ஒவ்வொரு குடும்பத்துக்கும் டிசம்பர் 1 முதல் 10,000 ரூபாய் வழங்கப்படும்.\n"
           "நகரில் 24 மணி நேரத்தில் 24 செ.மீ. மழை பதிவானது, இது 50 ஆண்டுகளில் இல்லாத அளவாகும்.\n"
           "1.2 லட்சம் ஹெக்டேர் பயிர்கள் அழிந்தன.\n"
           "350 கிலோமீட்டர் சாலைகளின் சீரமைப்பு ஆறு மாதங்களுக்குள் முடிக்கப்படும் என்று முதல்வர் கூறினார்.\n"
           "கடந்த ஆண்டு மாநிலப் பொருளாதாரம் 8.2 சதவீதம் வளர்ந்தது.\n"
           "பள்ளிகள் திங்கள்கிழமை காலை 9 மணிக்கு மீண்டும் திறக்கப்படும்.\n"),
    "mr": ("राज्य सरकारने बुधवारी १,५०० कोटी रुपयांचे पूर मदत पॅकेज जाहीर केले.\n"
           "तीन दिवस चाललेल्या मुसळधार पावसामुळे २०,००० हून अधिक घरांचे नुकसान झाले आणि १७ जणांचा मृत्यू झाला.\n"
           "सुमारे ४.५ लाख लोकांना मदत छावण्यांमध्ये हलवण्यात आल्याचे अधिकाऱ्यांनी सांगितले.\n"
           "प्रत्येक बाधित कुटुंबाला १ डिसेंबरपासून १०,००० रुपये मिळतील.\n"
           "शहरात २४ तासांत २४ सेमी पावसाची नोंद झाली, जी गेल्या ५० वर्षांतील सर्वाधिक आहे.\n"
           "१.२ लाख हेक्टरवरील पिके नष्ट झाली.\n"
           "३५० किलोमीटर रस्त्यांची दुरुस्ती सहा महिन्यांत पूर्ण केली जाईल, असे मुख्यमंत्र्यांनी सांगितले.\n"
           "गेल्या वर्षी राज्याची अर्थव्यवस्था ८.२ टक्क्यांनी वाढली.\n"
           "सोमवारी सकाळी ९ वाजता शाळा पुन्हा सुरू होतील.\n"),
}


# h70: one dense article (a port expansion, a rate cut, a fire, a heatwave), told in English and translated faithfully
# into Lithuanian and Latvian; every figure agrees, so any conflict is a false alarm. Lithuanian writes "2024 m.
# kovo 15 d.", "mln.", "proc.", Latvian "2024. gada 15. martā", "milj.", "plkst.".
ARTICLE_H70_EN = ("The port of Klaipėda will invest 240 million euros in a new container terminal by 2027.\n"
                  "The project was approved on Friday, March 15, 2024, and will create about 600 jobs.\n"
                  "Last year the port handled 36.3 million tonnes of cargo, 7.5% more than in 2022.\n"
                  "The new quay will be 1,200 metres long and the channel will be deepened to 17 metres.\n"
                  "The central bank cut its key rate by 0.25 percentage points to 3.75 percent.\n"
                  "A forest fire near Riga destroyed more than 400 hectares in three days.\n"
                  "Around 150 firefighters and two helicopters fought the blaze.\n"
                  "Temperatures reached 34 degrees Celsius on Sunday.\n"
                  "The minister, 52, said the tender will open at 10 a.m. on Monday.\n")
ARTICLES_H70 = {
    "lt": ("Klaipėdos uostas iki 2027 metų investuos 240 mln. eurų į naują konteinerių terminalą.\n"
           "Projektas patvirtintas 2024 m. kovo 15 d., penktadienį, ir sukurs apie 600 darbo vietų.\n"
           "Pernai uostas perkrovė 36,3 mln. tonų krovinių – 7,5 proc. daugiau nei 2022 metais.\n"
           "Nauja krantinė bus 1 200 metrų ilgio, o kanalas bus pagilintas iki 17 metrų.\n"
           "Centrinis bankas sumažino bazinę palūkanų normą 0,25 procentinio punkto iki 3,75 procento.\n"
           "Miško gaisras prie Rygos per tris dienas nusiaubė daugiau nei 400 hektarų.\n"
           "Su liepsnomis kovojo apie 150 ugniagesių ir du sraigtasparniai.\n"
           "Sekmadienį temperatūra pakilo iki 34 laipsnių šilumos.\n"
           "52 metų ministras sakė, kad konkursas bus paskelbtas pirmadienį 10 val. ryto.\n"),
    "lv": ("Klaipēdas osta līdz 2027. gadam investēs 240 miljonus eiro jaunā konteineru terminālī.\n"
           "Projekts tika apstiprināts piektdien, 2024. gada 15. martā, un radīs aptuveni 600 darbavietu.\n"
           "Pagājušajā gadā osta pārkrāva 36,3 miljonus tonnu kravu, par 7,5 % vairāk nekā 2022. gadā.\n"
           "Jaunā piestātne būs 1200 metrus gara, un kanāls tiks padziļināts līdz 17 metriem.\n"
           "Centrālā banka samazināja pamatlikmi par 0,25 procentpunktiem līdz 3,75 procentiem.\n"
           "Meža ugunsgrēks pie Rīgas trīs dienās nopostīja vairāk nekā 400 hektārus.\n"
           "Ar liesmām cīnījās aptuveni 150 ugunsdzēsēju un divi helikopteri.\n"
           "Svētdien temperatūra sasniedza 34 grādus pēc Celsija.\n"
           "Ministrs (52) sacīja, ka konkurss tiks izsludināts pirmdien plkst. 10.00.\n"),
}


# h76: one dense article (a budget, defence spending, inflation, a railway, a storm), told in English and translated
# faithfully into Estonian and Macedonian; every figure agrees, so any conflict is a false alarm. Estonian writes
# "2026. aasta", "1. märtsil 2026", "3,3 protsendini", "1,6 miljardi euroni"; Macedonian "1.200", "17,5 милијарди евра",
# "во 10 часот". Neither is in the default encoder: the story is matched with e5-small.
ARTICLE_H76_EN = ("The Estonian government approved on Thursday a budget of 17.5 billion euros for 2026.\n"
                  "Defence spending will rise to 3.3 percent of GDP, about 1.6 billion euros.\n"
                  "Inflation fell to 4.1 percent in October, 1.5 percentage points lower than in September.\n"
                  "About 450,000 people live in Tallinn, according to the statistics office.\n"
                  "The new Rail Baltica line will be 213 kilometres long and will cost more than 2 billion euros.\n"
                  "The works are due to start on 1 March 2026 and will last four years.\n"
                  "More than 1,200 workers will be employed on the project.\n"
                  "The minister, 47, said the vote is scheduled for 10 a.m. on 3 December.\n"
                  "A storm on Sunday left 35,000 homes without electricity.\n")
ARTICLES_H76 = {
    "et": ("Eesti valitsus kinnitas neljapäeval 2026. aasta eelarve mahuga 17,5 miljardit eurot.\n"
           "Kaitsekulutused tõusevad 3,3 protsendini SKP-st ehk umbes 1,6 miljardi euroni.\n"
           "Inflatsioon langes oktoobris 4,1 protsendini, mis on 1,5 protsendipunkti vähem kui septembris.\n"
           "Statistikaameti andmetel elab Tallinnas umbes 450 000 inimest.\n"
           "Uus Rail Balticu raudtee on 213 kilomeetrit pikk ja maksab üle 2 miljardi euro.\n"
           "Tööd peaksid algama 1. märtsil 2026 ja kestma neli aastat.\n"
           "Projektis töötab üle 1200 töötaja.\n"
           "Minister (47) ütles, et hääletus toimub 3. detsembril kell 10.\n"
           "Pühapäevane torm jättis 35 000 kodu elektrita.\n"),
    "mk": ("Естонската влада во четврток усвои буџет од 17,5 милијарди евра за 2026 година.\n"
           "Трошоците за одбрана ќе пораснат на 3,3 проценти од БДП, околу 1,6 милијарди евра.\n"
           "Инфлацијата во октомври падна на 4,1 процент, 1,5 процентни поени помалку отколку во септември.\n"
           "Според заводот за статистика, во Талин живеат околу 450.000 луѓе.\n"
           "Новата пруга Рејл Балтика ќе биде долга 213 километри и ќе чини повеќе од 2 милијарди евра.\n"
           "Работите треба да започнат на 1 март 2026 година и ќе траат четири години.\n"
           "На проектот ќе бидат вработени повеќе од 1.200 работници.\n"
           "Министерот (47) изјави дека гласањето е закажано за 3 декември во 10 часот.\n"
           "Бурата во недела остави 35.000 домови без струја.\n"),
}


# h77: one dense Kenyan article (a budget, floods, a rate rise, a highway), told in English and translated faithfully
# into Swahili (scale before the figure: "shilingi trilioni 4.2", "dola bilioni 1.5"; "asilimia 5.5") and Filipino
# ("4.2 trilyong shilling", "alas-10 ng umaga"); every figure agrees, so any conflict is a false alarm.
ARTICLE_H77_EN = ("Kenya's treasury on Thursday presented a budget of 4.2 trillion shillings for the 2024/25 fiscal year.\n"
     'The finance minister said the economy is expected to grow by 5.5 percent, while inflation stood at 6.3 percent in May.\n'
     'About 2.1 million people were affected by floods in the past three weeks, and at least 38 people died.\n'
     'The government allocated 10 billion shillings for relief and plans to build 5,000 new homes within 18 months.\n'
     'Tea exports rose 12 percent to 180 billion shillings last year.\n'
     'The central bank raised its key rate by 0.5 percentage points to 13 percent.\n'
     'The new highway is 175 kilometres long and cost 1.5 billion dollars.\n'
     'More than 300 schools were closed for two weeks.\n'
     'The president will address parliament at 10 a.m. on Tuesday.\n')
ARTICLES_H77 = {
    "sw": ('Hazina ya Kenya siku ya Alhamisi iliwasilisha bajeti ya shilingi trilioni 4.2 kwa mwaka wa fedha wa 2024/25.\n'
     'Waziri wa fedha alisema uchumi unatarajiwa kukua kwa asilimia 5.5, huku mfumuko wa bei ukiwa asilimia 6.3 mwezi Mei.\n'
     'Watu wapatao milioni 2.1 waliathiriwa na mafuriko katika wiki tatu zilizopita, na watu wasiopungua 38 walifariki.\n'
     'Serikali ilitenga shilingi bilioni 10 kwa misaada na inapanga kujenga nyumba mpya 5,000 ndani ya miezi 18.\n'
     'Mauzo ya chai nje ya nchi yaliongezeka kwa asilimia 12 hadi shilingi bilioni 180 mwaka jana.\n'
     'Benki kuu ilipandisha riba yake kuu kwa pointi za asilimia 0.5 hadi asilimia 13.\n'
     'Barabara kuu mpya ina urefu wa kilomita 175 na iligharimu dola bilioni 1.5.\n'
     'Shule zaidi ya 300 zilifungwa kwa wiki mbili.\n'
     'Rais atahutubia bunge saa nne asubuhi siku ya Jumanne.\n'),
    "tl": ('Inilahad ng treasury ng Kenya noong Huwebes ang badyet na 4.2 trilyong shilling para sa fiscal year 2024/25.\n'
     'Sinabi ng ministro ng pananalapi na inaasahang lalago ang ekonomiya nang 5.5 porsiyento, habang ang inflation ay nasa 6.3 porsiyento noong Mayo.\n'
     'Humigit-kumulang 2.1 milyong katao ang naapektuhan ng baha sa nakalipas na tatlong linggo, at hindi bababa sa 38 katao ang namatay.\n'
     'Naglaan ang pamahalaan ng 10 bilyong shilling para sa tulong at planong magtayo ng 5,000 bagong bahay sa loob ng 18 buwan.\n'
     'Tumaas nang 12 porsiyento ang export ng tsaa sa 180 bilyong shilling noong nakaraang taon.\n'
     'Itinaas ng bangko sentral ang pangunahing interest rate nito nang 0.5 percentage points sa 13 porsiyento.\n'
     'Ang bagong highway ay may habang 175 kilometro at nagkakahalaga ng 1.5 bilyong dolyar.\n'
     'Mahigit 300 paaralan ang isinara sa loob ng dalawang linggo.\n'
     'Magsasalita ang pangulo sa parlamento sa ganap na alas-10 ng umaga sa Martes.\n'),
}


# h85: one dense article (a port loan, cargo, inflation, a railway, a storm), told in English and translated faithfully
# (h103 added Belarusian: "1,5 мільярда долараў", "да 5,1 працэнта", "0,8 працэнтнага пункта", "а 11:00"; and Uzbek:
# "1,5 milliard dollarlik", "5,1 foizgacha pasaydi", "0,8 foiz punkt", "2026-yil 1-martda", "soat 11:00 da"; and Sinhala,
# its scale and unit before the figure: "ඩොලර් බිලියන 1.5ක", "ටොන් මිලියන 8.5ක්", "සියයට 5.1 දක්වා පහත වැටුණි", "පෙ.ව. 11ට";
# the Sinhala leaves out the percentage-point clause, written before its figure there, which the table cannot read yet)
# into Azerbaijani ("1,5 milyard dollar", "12 faiz", "0,8 faiz bəndi", "1 mart 2026-cı il", "saat 11:00-da") and Kazakh
# ("1,5 миллиард доллар", "12 пайызға", "0,8 пайыздық тармақ", "2026 жылғы 1 наурызда", "сағат 11:00-де"); every figure
# agrees, so any conflict is a false alarm. Neither is in the default encoder: the story is matched with e5-small.
ARTICLE_H85_EN = ("The Caspian Development Bank approved on Thursday a loan of 1.5 billion dollars for a new port.\n"
                  "The project will cost 2.3 billion dollars in total, and construction will take four years.\n"
                  "Cargo traffic through the port rose 12 percent last year to 8.5 million tonnes.\n"
                  "About 3,000 workers will be employed during construction.\n"
                  "Inflation fell to 5.1 percent in October, 0.8 percentage points lower than in September.\n"
                  "The new railway line will be 320 kilometres long.\n"
                  "Construction is due to start on 1 March 2026.\n"
                  "The minister, 52, said the agreement will be signed at 11:00 on Monday.\n"
                  "A storm on Sunday left 25,000 homes without electricity, and more than 40 people were injured.\n")
ARTICLES_H85 = {
    "si": ("කැස්පියන් සංවර්ධන බැංකුව බ්‍රහස්පතින්දා නව වරායක් සඳහා ඩොලර් බිලියන 1.5ක ණයක් අනුමත කළේය.\n"
           "ව්‍යාපෘතියේ මුළු පිරිවැය ඩොලර් බිලියන 2.3ක් වන අතර ඉදිකිරීම් සඳහා වසර 4ක් ගත වේ.\n"
           "පසුගිය වසරේ වරාය හරහා භාණ්ඩ ප්‍රවාහනය සියයට 12කින් ඉහළ ගොස් ටොන් මිලියන 8.5ක් විය.\n"
           "ඉදිකිරීම් කාලය තුළ ආසන්න වශයෙන් 3,000 දෙනෙකුට රැකියා ලැබේ.\n"
           "ඔක්තෝබර් මාසයේදී උද්ධමනය සියයට 5.1 දක්වා පහත වැටුණි.\n"
           "නව දුම්රිය මාර්ගය කිලෝමීටර් 320ක් දිග වේ.\n"
           "ඉදිකිරීම් 2026 මාර්තු 1 වැනිදා ආරම්භ වේ.\n"
           "ගිවිසුම සඳුදා පෙ.ව. 11ට අත්සන් කරන බව 52 හැවිරිදි අමාත්‍යවරයා පැවසීය.\n"
           "ඉරිදා ඇති වූ කුණාටුව නිසා නිවාස 25,000කට විදුලිය අහිමි වූ අතර 40කට වැඩි පිරිසක් තුවාල ලැබූහ.\n"),
    "uz": ("Kaspiy taraqqiyot banki payshanba kuni yangi port uchun 1,5 milliard dollarlik kreditni maʼqulladi.\n"
           "Loyihaning umumiy qiymati 2,3 milliard dollarni tashkil etadi, qurilish toʻrt yil davom etadi.\n"
           "Oʻtgan yili port orqali yuk tashish 12 foizga oshib, 8,5 million tonnaga yetdi.\n"
           "Qurilish davomida taxminan 3000 nafar ishchi ish bilan taʼminlanadi.\n"
           "Oktabrda inflyatsiya 5,1 foizgacha pasaydi, bu sentabrga nisbatan 0,8 foiz punkt past.\n"
           "Yangi temir yoʻl liniyasining uzunligi 320 kilometr boʻladi.\n"
           "Qurilish 2026-yil 1-martda boshlanadi.\n"
           "52 yoshli vazir kelishuv dushanba kuni soat 11:00 da imzolanishini aytdi.\n"
           "Yakshanba kuni boʻlgan boʻron 25 000 xonadonni elektrsiz qoldirdi, 40 nafardan ortiq kishi jarohat oldi.\n"),
    "be": ("Каспійскі банк развіцця ў чацвер ухваліў крэдыт у 1,5 мільярда долараў на будаўніцтва новага порта.\n"
           "Агульны кошт праекта складзе 2,3 мільярда долараў, а будаўніцтва зойме чатыры гады.\n"
           "Летась грузаперавозкі праз порт выраслі на 12 працэнтаў, да 8,5 мільёна тон.\n"
           "Падчас будаўніцтва працу атрымаюць каля 3000 рабочых.\n"
           "У кастрычніку інфляцыя знізілася да 5,1 працэнта, што на 0,8 працэнтнага пункта ніжэй, чым у верасні.\n"
           "Даўжыня новай чыгуначнай лініі складзе 320 кіламетраў.\n"
           "Будаўніцтва пачнецца 1 сакавіка 2026 года.\n"
           "Міністр, 52 гады, заявіў, што пагадненне падпішуць у панядзелак а 11:00.\n"
           "Шторм у нядзелю пакінуў без электрычнасці 25 000 дамоў, больш за 40 чалавек атрымалі траўмы.\n"),
    "az": ("Xəzər İnkişaf Bankı cümə axşamı yeni liman üçün 1,5 milyard dollar kredit ayrılmasını təsdiqləyib.\n"
           "Layihənin ümumi dəyəri 2,3 milyard dollar olacaq, tikinti isə dörd il çəkəcək.\n"
           "Ötən il limandan keçən yük daşımaları 12 faiz artaraq 8,5 milyon tona çatıb.\n"
           "Tikinti zamanı təxminən 3 min işçi çalışacaq.\n"
           "İnflyasiya oktyabrda 5,1 faizə enib, bu, sentyabrla müqayisədə 0,8 faiz bəndi azdır.\n"
           "Yeni dəmir yolu xəttinin uzunluğu 320 kilometr olacaq.\n"
           "Tikinti işlərinə 1 mart 2026-cı il tarixində başlanılacaq.\n"
           "52 yaşlı nazir bildirib ki, saziş bazar ertəsi saat 11:00-da imzalanacaq.\n"
           "Bazar günü baş verən fırtına 25 min evi elektriksiz qoyub, 40-dan çox insan yaralanıb.\n"),
    "kk": ("Каспий даму банкі бейсенбі күні жаңа порт үшін 1,5 миллиард доллар несие бөлуді мақұлдады.\n"
           "Жобаның жалпы құны 2,3 миллиард доллар болады, ал құрылыс төрт жылға созылады.\n"
           "Өткен жылы порт арқылы өткен жүк тасымалы 12 пайызға өсіп, 8,5 миллион тоннаға жетті.\n"
           "Құрылыс кезінде шамамен 3 мың жұмысшы жұмыс істейді.\n"
           "Қазан айында инфляция 5,1 пайызға төмендеді, бұл қыркүйекпен салыстырғанда 0,8 пайыздық тармаққа аз.\n"
           "Жаңа теміржол желісінің ұзындығы 320 шақырым болады.\n"
           "Құрылыс жұмыстары 2026 жылғы 1 наурызда басталады.\n"
           "52 жастағы министр келісімге дүйсенбі күні сағат 11:00-де қол қойылатынын айтты.\n"
           "Жексенбі күні болған дауыл 25 мың үйді электрсіз қалдырды, 40-тан астам адам жарақат алды.\n"),
}


# h88: one dense article (a rate rise, inflation, schools, exports, a festival, a highway, a fire, a signing), told in
# English and translated faithfully into Armenian ("0,5 տոկոսային կետով", "180 միլիոն դոլար", "2027 թվականի սեպտեմբերի
# 15-ին", "ավելի քան 60 հրշեջներ", "47-ամյա", "ժամը 10:30-ին") and Georgian ("0,5 პროცენტული პუნქტით", "180 მილიონ დოლარს",
# "2027 წლის 15 სექტემბერს", "60-ზე მეტი მეხანძრე", "47 წლის", "10:30 საათზე"); every figure agrees, so any conflict is a
# false alarm. Neither is in the default encoder: the story is matched with e5-small.
ARTICLE_H88_EN = ("The Central Bank raised its key rate on Wednesday by 0.5 percentage points to 9.25 percent.\n"
                  "Inflation reached 7.2 percent in May, the highest level since 2015.\n"
                  "The government will allocate 180 million dollars to build 25 new schools by 2028.\n"
                  "Exports grew 14 percent in the first quarter to 1.8 billion dollars.\n"
                  "The festival lasted three days and attracted about 4,000 tourists.\n"
                  "The new highway will be 210 kilometres long and will open on 15 September 2027.\n"
                  "A fire on Saturday destroyed 150 hectares of forest, and more than 60 firefighters fought it for 18 hours.\n"
                  "The 47-year-old minister said the agreement would be signed at 10:30 on Friday.\n"
                  "Unemployment fell to 12.4 percent, 1.1 percentage points lower than a year earlier.\n")
ARTICLES_H88 = {
    "hy": ("Կենտրոնական բանկը չորեքշաբթի օրը վերաֆինանսավորման տոկոսադրույքը բարձրացրեց 0,5 տոկոսային կետով՝ հասցնելով այն 9,25 տոկոսի։\n"
           "Մայիսին գնաճը հասել է 7,2 տոկոսի՝ 2015 թվականից ի վեր ամենաբարձր մակարդակին։\n"
           "Կառավարությունը 180 միլիոն դոլար կհատկացնի մինչև 2028 թվականը 25 նոր դպրոց կառուցելու համար։\n"
           "Առաջին եռամսյակում արտահանումն աճել է 14 տոկոսով՝ հասնելով 1,8 միլիարդ դոլարի։\n"
           "Փառատոնը տևեց երեք օր և գրավեց մոտ 4000 զբոսաշրջիկի։\n"
           "Նոր մայրուղու երկարությունը կլինի 210 կիլոմետր, այն կբացվի 2027 թվականի սեպտեմբերի 15-ին։\n"
           "Շաբաթ օրը բռնկված հրդեհը ոչնչացրել է 150 հեկտար անտառ, այն 18 ժամ մարում էին ավելի քան 60 հրշեջներ։\n"
           "47-ամյա նախարարը հայտնել է, որ համաձայնագիրը կստորագրվի ուրբաթ օրը ժամը 10:30-ին։\n"
           "Գործազրկությունը նվազելով հասել է 12,4 տոկոսի, ինչը 1,1 տոկոսային կետով ցածր է նախորդ տարվա ցուցանիշից։\n"),
    "ka": ("ეროვნულმა ბანკმა ოთხშაბათს რეფინანსირების განაკვეთი 0,5 პროცენტული პუნქტით გაზარდა და 9,25 პროცენტამდე აიყვანა.\n"
           "მაისში ინფლაციამ 7,2 პროცენტს მიაღწია, რაც 2015 წლის შემდეგ ყველაზე მაღალი მაჩვენებელია.\n"
           "მთავრობა 2028 წლამდე 25 ახალი სკოლის ასაშენებლად 180 მილიონ დოლარს გამოყოფს.\n"
           "პირველ კვარტალში ექსპორტი 14 პროცენტით გაიზარდა და 1,8 მილიარდ დოლარს მიაღწია.\n"
           "ფესტივალი სამი დღე გაგრძელდა და დაახლოებით 4000 ტურისტი მიიზიდა.\n"
           "ახალი მაგისტრალის სიგრძე 210 კილომეტრი იქნება და ის 2027 წლის 15 სექტემბერს გაიხსნება.\n"
           "შაბათს გაჩენილმა ხანძარმა 150 ჰექტარი ტყე გაანადგურა, მას 60-ზე მეტი მეხანძრე 18 საათის განმავლობაში აქრობდა.\n"
           "47 წლის მინისტრმა განაცხადა, რომ შეთანხმებას პარასკევს 10:30 საათზე მოეწერება ხელი.\n"
           "უმუშევრობა 12,4 პროცენტამდე შემცირდა, რაც 1,1 პროცენტული პუნქტით ნაკლებია, ვიდრე ერთი წლით ადრე.\n"),
}


# Every dense article above, told in English and translated faithfully: any conflict is a false alarm.
FAITHFUL = [(lang, english, texts[lang]) for english, texts in (
    (BUDGET_EN_H58, ARTICLES_H58), (ARTICLE_EN_H59, ARTICLES_H59), (DENSE_EN_TH_MS, DENSE_TH_MS),
    (ARTICLE_H60_EN, ARTICLES_H60), (ARTICLE_H71_EN, ARTICLES_H71), (ARTICLE_H70_EN, ARTICLES_H70),
    (ARTICLE_H76_EN, ARTICLES_H76), (ARTICLE_H77_EN, ARTICLES_H77), (ARTICLE_H85_EN, ARTICLES_H85),
    (ARTICLE_H88_EN, ARTICLES_H88)) for lang in sorted(texts)]


# h91: one dense article (a hydropower and budget story: money in lakh, crore and arab, a rate cut, a flood, a date, a
# clock, an age), told in English and translated faithfully into Nepali (Devanagari digits, "२ अर्ब ५० करोड रुपैयाँ",
# "१५ मार्च २०२६", "बिहान १०:३० बजे") and Telugu ("రూ.2,500 కోట్లు", "మార్చి 15న", "ఉదయం 10:30 గంటలకు"); every figure
# agrees, so any conflict is a false alarm. Neither is in the default encoder: the story is matched with e5-small.
ARTICLE_H91_EN = ("The {place} government on Wednesday approved a hydropower project worth 2.5 billion rupees.\n"
                  "The plant will generate 456 megawatts of electricity and will be completed by 2028.\n"
                  "About 1,500 workers will be employed during construction, which will take four years.\n"
                  "The central bank cut its policy rate by 0.5 percentage points to 6 percent.\n"
                  "Inflation fell to 4.2 percent in February.\n"
                  "Floods last week killed 17 people and damaged more than 2,000 houses.\n"
                  "Crops on 12,000 hectares were destroyed.\n"
                  "The 58-year-old minister said the agreement will be signed at 10:30 a.m. on 15 March 2026.\n"
                  "The new road will be 240 kilometres long.\n")
ARTICLES_H91 = {
    "ne": ("नेपाल सरकारले बुधबार २ अर्ब ५० करोड रुपैयाँ बराबरको जलविद्युत् आयोजना स्वीकृत गरेको छ।\n"
           "आयोजनाले ४५६ मेगावाट बिजुली उत्पादन गर्नेछ र सन् २०२८ सम्म निर्माण सम्पन्न हुनेछ।\n"
           "निर्माणका क्रममा करिब १,५०० कामदारले रोजगारी पाउनेछन्, निर्माण कार्य चार वर्ष लाग्नेछ।\n"
           "केन्द्रीय बैंकले नीतिगत दर ०.५ प्रतिशत बिन्दुले घटाएर ६ प्रतिशत कायम गरेको छ।\n"
           "फेब्रुअरीमा मुद्रास्फीति घटेर ४.२ प्रतिशतमा झरेको छ।\n"
           "गत हप्ताको बाढीमा १७ जनाको मृत्यु भएको छ भने २,००० भन्दा बढी घर क्षतिग्रस्त भएका छन्।\n"
           "१२,००० हेक्टरमा लगाइएको बाली नष्ट भएको छ।\n"
           "५८ वर्षीय मन्त्रीले १५ मार्च २०२६ मा बिहान १०:३० बजे सम्झौतामा हस्ताक्षर हुने बताए।\n"
           "नयाँ सडक २४० किलोमिटर लामो हुनेछ।\n"),
    "te": ("రూ.250 కోట్ల విలువైన జలవిద్యుత్ ప్రాజెక్టుకు ఆంధ్రప్రదేశ్ ప్రభుత్వం బుధవారం ఆమోదం తెలిపింది.\n"
           "ఈ ప్లాంట్ 456 మెగావాట్ల విద్యుత్ ఉత్పత్తి చేస్తుంది, 2028 నాటికి పూర్తవుతుంది.\n"
           "నిర్మాణ సమయంలో సుమారు 1,500 మంది కార్మికులకు ఉపాధి లభిస్తుంది, నిర్మాణానికి నాలుగు సంవత్సరాలు పడుతుంది.\n"
           "కేంద్ర బ్యాంకు పాలసీ రేటును 0.5 శాతం పాయింట్లు తగ్గించి 6 శాతానికి చేర్చింది.\n"
           "ఫిబ్రవరిలో ద్రవ్యోల్బణం 4.2 శాతానికి తగ్గింది.\n"
           "గత వారం వరదల్లో 17 మంది మరణించారు, 2,000కు పైగా ఇళ్లు దెబ్బతిన్నాయి.\n"
           "12,000 హెక్టార్లలో పంటలు నాశనమయ్యాయి.\n"
           "మార్చి 15, 2026న ఉదయం 10:30 గంటలకు ఒప్పందంపై సంతకాలు జరుగుతాయని 58 ఏళ్ల మంత్రి తెలిపారు.\n"
           "కొత్త రహదారి పొడవు 240 కిలోమీటర్లు.\n"),
}


# h92: one dense article (a rate cut, inflation, hospitals, exports, a strike, a bridge, a fire, a signing), told in
# English and translated faithfully into Afrikaans ("0,25 persentasiepunte", "12 miljard euro", "15 000 werkers",
# "15 Maart 2027", "58-jarige", "om 11:00", "tot 31,9 persent gedaal") and Albanian ("0,25 pikë përqindjeje",
# "12 miliardë euro", "15.000 punëtorë", "më 15 mars 2027", "58-vjeçar", "në orën 11:00", "ra në 31,9 për qind"); every
# figure agrees, so any conflict is a false alarm. Neither is in the default encoder: the story is matched with e5-small.
ARTICLE_H92_EN = ("The South African Reserve Bank cut its key rate on Thursday by 0.25 percentage points to 7.5 percent.\n"
                  "Inflation slowed to 3.8 percent in September, the lowest level since 2021.\n"
                  "The government will spend 12 billion euros on 40 new hospitals by 2030.\n"
                  "Exports rose 9 percent in the second quarter to 2.4 billion dollars.\n"
                  "The strike lasted six days and about 15,000 workers took part.\n"
                  "The new bridge will be 1.2 kilometres long and will open on 15 March 2027.\n"
                  "A fire on Sunday destroyed 300 hectares of farmland, and more than 80 firefighters fought it for 14 hours.\n"
                  "The 58-year-old minister said the agreement would be signed at 11:00 on Friday.\n"
                  "Unemployment fell to 31.9 percent, 0.6 percentage points lower than a year earlier.\n")
ARTICLES_H92 = {
    "af": ("Die Suid-Afrikaanse Reserwebank het Donderdag sy repokoers met 0,25 persentasiepunte na 7,5 persent verlaag.\n"
           "Die inflasie het in September na 3,8 persent vertraag, die laagste vlak sedert 2021.\n"
           "Die regering sal teen 2030 12 miljard euro aan 40 nuwe hospitale bestee.\n"
           "Uitvoere het in die tweede kwartaal met 9 persent tot 2,4 miljard dollar gestyg.\n"
           "Die staking het ses dae geduur en sowat 15 000 werkers het daaraan deelgeneem.\n"
           "Die nuwe brug sal 1,2 kilometer lank wees en op 15 Maart 2027 geopen word.\n"
           "'n Brand het Sondag 300 hektaar landbougrond verwoes, en meer as 80 brandbestryders het dit 14 uur lank beveg.\n"
           "Die 58-jarige minister het gesê die ooreenkoms sal Vrydag om 11:00 onderteken word.\n"
           "Die werkloosheid het tot 31,9 persent gedaal, 0,6 persentasiepunte laer as 'n jaar tevore.\n"),
    "sq": ("Banka Qendrore e Afrikës së Jugut uli të enjten normën bazë të interesit me 0,25 pikë përqindjeje në 7,5 për qind.\n"
           "Inflacioni u ngadalësua në 3,8 për qind në shtator, niveli më i ulët që nga viti 2021.\n"
           "Qeveria do të shpenzojë 12 miliardë euro për 40 spitale të reja deri në vitin 2030.\n"
           "Eksportet u rritën me 9 për qind në tremujorin e dytë, në 2,4 miliardë dollarë.\n"
           "Greva zgjati gjashtë ditë dhe morën pjesë rreth 15.000 punëtorë.\n"
           "Ura e re do të jetë 1,2 kilometra e gjatë dhe do të hapet më 15 mars 2027.\n"
           "Një zjarr të dielën shkatërroi 300 hektarë tokë bujqësore, dhe më shumë se 80 zjarrfikës e luftuan për 14 orë.\n"
           "Ministri 58-vjeçar tha se marrëveshja do të nënshkruhet të premten në orën 11:00.\n"
           "Papunësia ra në 31,9 për qind, 0,6 pikë përqindjeje më pak se një vit më parë.\n"),
}


# h90: one dense budget-and-storm article, told in English and translated faithfully into Galician ("13.200 millóns de
# euros", "ata o 7,8 %", "ás 10.00 horas do 18 de decembro") and Basque, whose case endings are glued to the figures
# ("13.200 milioi euroko", "2026rako", "%7,8ra", "2027ko ekaina", "abenduaren 18an", "10:00etan": `figure_case_endings`);
# every figure agrees, so any conflict is a false alarm. Neither is in the default encoder: matched with e5-small.
ARTICLE_H90_EN = ("The regional government approved on Thursday a budget of 13.2 billion euros for 2026, 4.5% more than this year.\n"
                  "Health will receive 4.6 billion euros and education almost 3 billion.\n"
                  "The plan foresees hiring 1,200 new doctors and building 9 health centres before June 2027.\n"
                  "Unemployment fell to 7.8 percent in the third quarter, 0.9 percentage points lower than a year earlier.\n"
                  "About 85,000 people are still looking for work.\n"
                  "A storm on Saturday left 20,000 homes without electricity and more than 30 people were injured.\n"
                  "Winds reached 140 kilometres per hour and 90 litres per square metre fell in 12 hours.\n"
                  "The 58-year-old minister said the final vote will be held at 10:00 on 18 December.\n"
                  "Public debt exceeds 11 billion euros.\n")
ARTICLES_H90 = {
    "gl": ("O Goberno galego aprobou o xoves un orzamento de 13.200 millóns de euros para 2026, un 4,5 % máis que este ano.\n"
           "Sanidade recibirá 4.600 millóns de euros e educación case 3.000 millóns.\n"
           "O plan prevé contratar 1.200 médicos novos e construír 9 centros de saúde antes de xuño de 2027.\n"
           "O paro baixou ata o 7,8 % no terceiro trimestre, 0,9 puntos porcentuais menos que hai un ano.\n"
           "Arredor de 85.000 persoas seguen buscando traballo.\n"
           "Un temporal deixou o sábado 20.000 fogares sen electricidade e máis de 30 persoas resultaron feridas.\n"
           "O vento alcanzou os 140 quilómetros por hora e caeron 90 litros por metro cadrado en 12 horas.\n"
           "O conselleiro, de 58 anos, dixo que a votación final será ás 10.00 horas do 18 de decembro.\n"
           "A débeda pública supera os 11.000 millóns de euros.\n"),
    "eu": ("Eusko Jaurlaritzak 13.200 milioi euroko aurrekontua onartu zuen ostegunean 2026rako, aurten baino %4,5 gehiago.\n"
           "Osasunak 4.600 milioi euro jasoko ditu, eta hezkuntzak ia 3.000 milioi.\n"
           "Planak 1.200 mediku berri kontratatzea eta 9 osasun zentro eraikitzea aurreikusten du 2027ko ekaina baino lehen.\n"
           "Langabezia %7,8ra jaitsi zen hirugarren hiruhilekoan, duela urtebete baino 0,9 puntu portzentual gutxiago.\n"
           "85.000 pertsona inguru lan bila dabiltza oraindik.\n"
           "Larunbateko ekaitzak 20.000 etxe argindarrik gabe utzi zituen, eta 30 pertsona baino gehiago zauritu ziren.\n"
           "Haizeak 140 kilometro orduko abiadura hartu zuen, eta 90 litro metro karratuko erori ziren 12 orduan.\n"
           "58 urteko sailburuak esan zuen azken bozketa abenduaren 18an egingo dela, 10:00etan.\n"
           "Zor publikoak 11.000 milioi euro gainditzen ditu.\n"),
}


# the later sets join the one table (h91's English names the country whose rupee it means: NPR, INR)
FAITHFUL += [(lang, ARTICLE_H91_EN.format(place={"ne": "Nepal", "te": "Andhra Pradesh"}[lang]), text)
             for lang, text in ARTICLES_H91.items()]
FAITHFUL += [(lang, ARTICLE_H92_EN, text) for lang, text in ARTICLES_H92.items()]
FAITHFUL += [(lang, ARTICLE_H90_EN, text) for lang, text in ARTICLES_H90.items()]

# h103: h91's dense article (a hydropower and budget story in lakh and crore), translated faithfully into Gujarati
# (Gujarati digits, case endings glued to figures and words: "૨૫૦ કરોડ રૂપિયાના", "૨,૦૦૦થી વધુ", "૧૫ માર્ચ ૨૦૨૬ના",
# "સવારે ૧૦:૩૦ વાગ્યે"), Punjabi ("250 ਕਰੋੜ ਰੁਪਏ", "2,000 ਤੋਂ ਵੱਧ", "ਸਵੇਰੇ 10:30 ਵਜੇ"), Kannada ("ಶೇ 4.2ಕ್ಕೆ",
# "2,000ಕ್ಕೂ ಹೆಚ್ಚು", "2026ರ ಮಾರ್ಚ್ 15ರಂದು") and Malayalam ("2,000-ലധികം", "6 ശതമാനമാക്കി", "2028ഓടെ"); every figure
# agrees, so any conflict is a false alarm. None is in the default encoder: the story is matched with e5-small.
ARTICLES_H103 = {
    "gu": ("ગુજરાત સરકારે બુધવારે ૨૫૦ કરોડ રૂપિયાના જળવિદ્યુત પ્રોજેક્ટને મંજૂરી આપી.\n"
           "આ પ્લાન્ટ ૪૫૬ મેગાવોટ વીજળી ઉત્પન્ન કરશે અને ૨૦૨૮ સુધીમાં પૂર્ણ થશે.\n"
           "બાંધકામ દરમિયાન આશરે ૧,૫૦૦ કામદારોને રોજગારી મળશે, અને બાંધકામમાં ચાર વર્ષ લાગશે.\n"
           "કેન્દ્રીય બેંકે નીતિગત દરમાં ૦.૫ ટકાવારી પોઈન્ટનો ઘટાડો કરીને તેને ૬ ટકા કર્યો.\n"
           "ફેબ્રુઆરીમાં મોંઘવારી ઘટીને ૪.૨ ટકા થઈ.\n"
           "ગયા અઠવાડિયે આવેલા પૂરમાં ૧૭ લોકોનાં મોત થયાં અને ૨,૦૦૦થી વધુ મકાનોને નુકસાન થયું.\n"
           "૧૨,૦૦૦ હેક્ટરમાં પાક નાશ પામ્યો.\n"
           "૫૮ વર્ષીય મંત્રીએ જણાવ્યું કે ૧૫ માર્ચ ૨૦૨૬ના રોજ સવારે ૧૦:૩૦ વાગ્યે કરાર પર હસ્તાક્ષર થશે.\n"
           "નવો માર્ગ ૨૪૦ કિલોમીટર લાંબો હશે.\n"),
    "pa": ("ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਬੁੱਧਵਾਰ ਨੂੰ 250 ਕਰੋੜ ਰੁਪਏ ਦੇ ਪਣ-ਬਿਜਲੀ ਪ੍ਰਾਜੈਕਟ ਨੂੰ ਮਨਜ਼ੂਰੀ ਦਿੱਤੀ।\n"
           "ਇਹ ਪਲਾਂਟ 456 ਮੈਗਾਵਾਟ ਬਿਜਲੀ ਪੈਦਾ ਕਰੇਗਾ ਅਤੇ 2028 ਤੱਕ ਪੂਰਾ ਹੋ ਜਾਵੇਗਾ।\n"
           "ਉਸਾਰੀ ਦੌਰਾਨ ਲਗਭਗ 1,500 ਕਾਮਿਆਂ ਨੂੰ ਰੁਜ਼ਗਾਰ ਮਿਲੇਗਾ, ਅਤੇ ਉਸਾਰੀ ਵਿੱਚ ਚਾਰ ਸਾਲ ਲੱਗਣਗੇ।\n"
           "ਕੇਂਦਰੀ ਬੈਂਕ ਨੇ ਨੀਤੀਗਤ ਦਰ ਵਿੱਚ 0.5 ਫ਼ੀਸਦੀ ਅੰਕ ਦੀ ਕਟੌਤੀ ਕਰਕੇ ਇਸ ਨੂੰ 6 ਫ਼ੀਸਦੀ ਕਰ ਦਿੱਤਾ।\n"
           "ਫ਼ਰਵਰੀ ਵਿੱਚ ਮਹਿੰਗਾਈ ਘਟ ਕੇ 4.2 ਫ਼ੀਸਦੀ 'ਤੇ ਆ ਗਈ।\n"
           "ਪਿਛਲੇ ਹਫ਼ਤੇ ਆਏ ਹੜ੍ਹਾਂ ਵਿੱਚ 17 ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ ਅਤੇ 2,000 ਤੋਂ ਵੱਧ ਘਰਾਂ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਿਆ।\n"
           "12,000 ਹੈਕਟੇਅਰ ਵਿੱਚ ਫ਼ਸਲਾਂ ਤਬਾਹ ਹੋ ਗਈਆਂ।\n"
           "58 ਸਾਲਾ ਮੰਤਰੀ ਨੇ ਦੱਸਿਆ ਕਿ ਸਮਝੌਤੇ 'ਤੇ 15 ਮਾਰਚ 2026 ਨੂੰ ਸਵੇਰੇ 10:30 ਵਜੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਜਾਣਗੇ।\n"
           "ਨਵੀਂ ਸੜਕ 240 ਕਿਲੋਮੀਟਰ ਲੰਬੀ ਹੋਵੇਗੀ।\n"),
    "kn": ("ಕರ್ನಾಟಕ ಸರ್ಕಾರ ಬುಧವಾರ 250 ಕೋಟಿ ರೂಪಾಯಿ ಮೌಲ್ಯದ ಜಲವಿದ್ಯುತ್ ಯೋಜನೆಗೆ ಅನುಮೋದನೆ ನೀಡಿದೆ.\n"
           "ಈ ಘಟಕ 456 ಮೆಗಾವಾಟ್ ವಿದ್ಯುತ್ ಉತ್ಪಾದಿಸಲಿದ್ದು, 2028ರ ವೇಳೆಗೆ ಪೂರ್ಣಗೊಳ್ಳಲಿದೆ.\n"
           "ನಿರ್ಮಾಣದ ಅವಧಿಯಲ್ಲಿ ಸುಮಾರು 1,500 ಕಾರ್ಮಿಕರಿಗೆ ಉದ್ಯೋಗ ದೊರೆಯಲಿದ್ದು, ನಿರ್ಮಾಣಕ್ಕೆ ನಾಲ್ಕು ವರ್ಷ ಬೇಕಾಗುತ್ತದೆ.\n"
           "ಕೇಂದ್ರ ಬ್ಯಾಂಕ್ ನೀತಿ ದರವನ್ನು 0.5 ಶೇಕಡಾ ಪಾಯಿಂಟ್ ಇಳಿಸಿ ಶೇ 6ಕ್ಕೆ ನಿಗದಿಪಡಿಸಿದೆ.\n"
           "ಫೆಬ್ರುವರಿಯಲ್ಲಿ ಹಣದುಬ್ಬರ ಶೇ 4.2ಕ್ಕೆ ಇಳಿದಿದೆ.\n"
           "ಕಳೆದ ವಾರದ ಪ್ರವಾಹದಲ್ಲಿ 17 ಜನರು ಮೃತಪಟ್ಟಿದ್ದು, 2,000ಕ್ಕೂ ಹೆಚ್ಚು ಮನೆಗಳಿಗೆ ಹಾನಿಯಾಗಿದೆ.\n"
           "12,000 ಹೆಕ್ಟೇರ್ ಪ್ರದೇಶದಲ್ಲಿ ಬೆಳೆ ನಾಶವಾಗಿದೆ.\n"
           "2026ರ ಮಾರ್ಚ್ 15ರಂದು ಬೆಳಿಗ್ಗೆ 10.30ಕ್ಕೆ ಒಪ್ಪಂದಕ್ಕೆ ಸಹಿ ಹಾಕಲಾಗುವುದು ಎಂದು 58 ವರ್ಷದ ಸಚಿವರು ತಿಳಿಸಿದರು.\n"
           "ಹೊಸ ರಸ್ತೆ 240 ಕಿಲೋಮೀಟರ್ ಉದ್ದವಿರಲಿದೆ.\n"),
    "ml": ("കേരള സർക്കാർ ബുധനാഴ്ച 250 കോടി രൂപയുടെ ജലവൈദ്യുത പദ്ധതിക്ക് അംഗീകാരം നൽകി.\n"
           "നിലയം 456 മെഗാവാട്ട് വൈദ്യുതി ഉൽപാദിപ്പിക്കും, 2028ഓടെ നിർമാണം പൂർത്തിയാകും.\n"
           "നിർമാണകാലത്ത് ഏകദേശം 1,500 തൊഴിലാളികൾക്ക് ജോലി ലഭിക്കും, നിർമാണത്തിന് നാല് വർഷം വേണ്ടിവരും.\n"
           "കേന്ദ്ര ബാങ്ക് നയ നിരക്ക് 0.5 ശതമാനം പോയിന്റ് കുറച്ച് 6 ശതമാനമാക്കി.\n"
           "ഫെബ്രുവരിയിൽ പണപ്പെരുപ്പം 4.2 ശതമാനമായി കുറഞ്ഞു.\n"
           "കഴിഞ്ഞ ആഴ്ചയുണ്ടായ വെള്ളപ്പൊക്കത്തിൽ 17 പേർ മരിച്ചു, 2,000-ലധികം വീടുകൾക്ക് നാശനഷ്ടമുണ്ടായി.\n"
           "12,000 ഹെക്ടർ സ്ഥലത്തെ കൃഷി നശിച്ചു.\n"
           "2026 മാർച്ച് 15ന് രാവിലെ 10.30ന് കരാർ ഒപ്പുവയ്ക്കുമെന്ന് 58 വയസ്സുള്ള മന്ത്രി പറഞ്ഞു.\n"
           "പുതിയ റോഡിന് 240 കിലോമീറ്റർ നീളമുണ്ടാകും.\n"),
}
FAITHFUL += [(lang, ARTICLE_H91_EN.format(place={"gu": "Gujarat", "pa": "Punjab", "kn": "Karnataka",
                                                           "ml": "Kerala"}[lang]), text)
             for lang, text in ARTICLES_H103.items()]


@pytest.mark.parametrize("lang, english, text", FAITHFUL, ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(FAITHFUL)])
def test_a_faithful_translation_has_no_conflict(encoders, lang, english, text):
    if lang not in SUPPORTED_LANGUAGES:
        pytest.skip(f"{lang} has no table")
    report = claimcheck.check([article_from_text("en", english), article_from_text(lang, text)], story=f"dense-{lang}",
                              encoder=encoders)
    assert {a.id: a.lang for a in report.articles} == {"en": "en", lang: lang}  # identified, not given
    assert [c.explanation for c in report.conflicts] == []
