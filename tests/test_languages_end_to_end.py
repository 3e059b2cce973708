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
    "bn": "সরকার মঙ্গলবার জানিয়েছে, ঝড়ের পর ১,২০০ জনকে সরিয়ে নেওয়া হয়েছে এবং ঝড়ে ৫৪ মিলিয়ন ইউরোর ক্ষতি "
          "হয়েছে।\nপ্রায় ৩০০টি বাড়ি ধ্বংস হয়েছে এবং ১২ জন মারা গেছেন।\n",
    "ur": "حکومت نے منگل کو بتایا کہ طوفان کے بعد 1,200 افراد کو نکالا گیا، اور طوفان سے 54 ملین یورو کا نقصان "
          "ہوا۔\nتقریباً 300 مکانات تباہ ہوئے اور 12 افراد ہلاک ہوگئے۔\n",
}


@pytest.mark.parametrize("lang", sorted(DRIFTED))
def test_a_drifted_figure_is_the_one_conflict(lang):
    if lang not in SUPPORTED_LANGUAGES:
        pytest.skip(f"{lang} has no table")
    report = claimcheck.check([article_from_text("en", ENGLISH), article_from_text(lang, DRIFTED[lang])],
                              story=f"storm-{lang}")
    assert {a.id: a.lang for a in report.articles} == {"en": "en", lang: lang}  # identified, not given
    assert len(report.conflicts) == 1
    conflict = report.conflicts[0]
    values = sorted(report.claim(cid).quantity.value for cid in conflict.claims)
    assert values == [45e6, 54e6] and {report.claim(cid).unit for cid in conflict.claims} == {"EUR"}
    counts = {report.claim(cid).quantity.value for f in report.facts for cid in f.claims
              if report.claim(cid).article == lang}
    assert {1200, 300, 12} <= counts  # the agreeing figures matched their English counterparts


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


@pytest.mark.parametrize("lang", sorted(ARTICLES_H60))
def test_h60_a_faithful_translation_has_no_conflict(lang):
    if lang not in SUPPORTED_LANGUAGES:
        pytest.skip(f"{lang} has no table")
    report = claimcheck.check([article_from_text("en", ARTICLE_H60_EN), article_from_text(lang, ARTICLES_H60[lang])],
                              story=f"budget-{lang}")
    assert {a.id: a.lang for a in report.articles} == {"en": "en", lang: lang}
    assert [c.explanation for c in report.conflicts] == []
