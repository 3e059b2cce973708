"""English as the world writes it: regional money, figures and clocks agree with a faithful translation, and one
changed figure in the translation is reported.

Each story is written the way a regional newsroom writes English (India: "Rs 2,500 crore", "3 lakh", "Rs 1,20,000";
Nigeria: "N2.5bn", "12pc", "at noon"; Hong Kong: "HK$3.8bn", "8 per cent") with a translation the way that language's
newsroom writes it. The stories run through the public API with the default encoders, loaded once for the module, as
tests/test_translated_pairs.py does. A row the tool does not get right yet is a strict xfail naming the stage.
"""
from __future__ import annotations

import pytest

import claimcheck
from story_helpers import describe

pytestmark = pytest.mark.model

STORIES = {
    "india": (
        "hi",
        "The Maharashtra government on Tuesday approved a Rs 2,500 crore plan for flood relief in Mumbai. About 3 lakh "
        "families will receive Rs 1,20,000 each. The work will begin on 1 July and finish within 18 months. Officials "
        "said 45 per cent of the money would go to rural districts.",
        "महाराष्ट्र सरकार ने मंगलवार को मुंबई में बाढ़ राहत के लिए 2,500 करोड़ रुपये की योजना को मंजूरी दी। लगभग 3 लाख "
        "परिवारों को 1,20,000 रुपये मिलेंगे। काम 1 जुलाई को शुरू होगा और 18 महीनों में पूरा होगा। अधिकारियों ने कहा कि "
        "45 प्रतिशत धन ग्रामीण जिलों को जाएगा।",
    ),
    "nigeria": (
        "fr",
        "Lagos state will spend N2.5bn on new roads, the governor said on Monday. The project will create 4,000 jobs. "
        "Fuel prices rose 12pc in March. Work starts at noon on 15 May.",
        "L'État de Lagos dépensera 2,5 milliards de nairas pour de nouvelles routes, a déclaré le gouverneur lundi. Le "
        "projet créera 4 000 emplois. Les prix du carburant ont augmenté de 12 % en mars. Les travaux commencent à "
        "12 h 00 le 15 mai.",
    ),
    "hongkong": (
        "zh",
        "The Hong Kong developer sold the tower for HK$3.8bn on Friday. The building has 42 floors and 600 flats. "
        "Prices in the district fell 8 per cent last year.",
        "这家香港开发商周五以38亿港元出售了该大楼。大楼共有42层，600个单位。该区房价去年下跌8%。",
    ),
}

# faithful: every figure agrees, so any conflict is a false alarm
AGREEING = [(name,) for name in STORIES]

# (story, the figure in the translation, what it was changed to, expected conflict type, expected outlier)
# (a pair of two versions names no outlier: "Cannot tell which is right")
CHANGED = [
    ("india", "2,500 करोड़", "3,500 करोड़", "value", None),
    ("nigeria", "2,5 milliards", "3,5 milliards", "value", None),
    ("hongkong", "600个单位", "650个单位", "value", None),
]


@pytest.mark.parametrize("name", [row[0] for row in AGREEING])
def test_regional_english_agrees(encoders, name):
    lang, en, translated = STORIES[name]
    report = claimcheck.check({"en": en, lang: translated}, encoder=encoders)
    assert {a.lang for a in report.articles} == {"en", lang}
    assert not report.conflicts, describe(report)


@pytest.mark.parametrize("name, old, new, expected, outlier", CHANGED, ids=[row[0] for row in CHANGED])
def test_regional_english_changed(encoders, name, old, new, expected, outlier):
    lang, en, translated = STORIES[name]
    assert old in translated
    report = claimcheck.check({"en": en, lang: translated.replace(old, new)}, encoder=encoders)
    assert {c.type for c in report.conflicts} == {expected}, describe(report)
    assert {c.outlier for c in report.conflicts} == {outlier}, describe(report)
    assert any(new.split("个")[0] in c.explanation for c in report.conflicts), describe(report)


def test_lakh_grouping_is_read():
    """The Indian grouping ("Rs 1,20,000", "12,50,00,000") is one figure, in any table."""
    from claimcheck.extract import extract_claims
    from claimcheck.records import Article

    for lang, text, value in (("en", "He was paid Rs 1,20,000 in Mumbai.", 120000),
                              ("en", "The tax haul was Rs 12,50,00,000.", 125000000),
                              ("hi", "उसे 1,20,000 रुपये मिले।", 120000)):
        claims = extract_claims(Article(id="x", source="-", text=text, lang=lang))
        assert [c.quantity.value for c in claims] == [value], text
