"""Extraction as a story reads it: a date without year and weekday borrows the year another article anchors; a claim's text spans what it states."""
import pytest

from claimcheck.extract import extract_claims, extract_story
from claimcheck.records import Article


def _article(aid, lang, text):
    return Article(id=aid, source="-", text=text, lang=lang)


def test_yearless_date_takes_the_year_a_weekday_fixes_in_another_article():
    claims = extract_story([
        _article("es", "es", "El paro comenzó el lunes 3 de marzo en el puerto."),
        _article("zh", "zh", "罢工于3月3日开始。"),
    ], reference_year=2026)
    assert {c.article: c.value for c in claims} == {"es": "2025-03-03", "zh": "2025-03-03"}


@pytest.mark.parametrize("de_day, de_value", [
    ("Samstag, 15. März", "2026-03-15"),  # a day off: the weekday moved with it, the year stays the story's
    ("Samstag, 14. März", "2026-03-14"),
])
def test_a_weekday_date_that_drifted_keeps_the_year_the_other_weekdays_agree_on(de_day, de_value):
    """"Saturday 14 March" twice against "Samstag, 15. März": the year that fits a drifted day's weekday (2025)
    would hide a day's drift behind a year's; the planned date in the past ("1 November 2025") does not vote."""
    claims = extract_story([
        _article("en", "en", "The tunnel opens on Saturday, 14 March, after a handover planned for 1 November 2025."),
        _article("nl", "nl", "De tunnel gaat op zaterdag 14 maart open; de oplevering stond gepland voor 1 november 2025."),
        _article("de", "de", f"Der Tunnel wird am {de_day} eröffnet; die Übergabe war für den 1. November 2025 geplant."),
    ])
    days = {c.article: c.value for c in claims if c.kind == "date" and str(c.value).endswith(("-14", "-15"))}
    assert days == {"en": "2026-03-14", "nl": "2026-03-14", "de": de_value}


def test_dates_beside_a_drifted_weekday_date_follow_the_year_it_is_moved_to():
    """The day a drifted weekday dates falls in the year before; the article's year-less days that took that year
    from it move with it to the story's year."""
    claims = extract_story([
        _article("en", "en", "The bridge opens on Saturday, 14 March; tenders closed on 2 March."),
        _article("nl", "nl", "De brug gaat op zaterdag 14 maart open; de inschrijving sloot op 2 maart."),
        _article("de", "de", "Die Brücke wird am Samstag, 15. März eröffnet; die Ausschreibung endete am 2. März."),
    ])
    closes = {c.article: c.value for c in claims if c.kind == "date" and str(c.value).endswith("-03-02")}
    assert closes == {"en": "2026-03-02", "nl": "2026-03-02", "de": "2026-03-02"}


@pytest.mark.parametrize("en_day, en_value", [
    ("Tuesday, May 12", "2026-05-12"),  # a day off by one: its weekday fits 2027, the year stays the written one
    ("Monday, May 11", "2026-05-11"),
])
def test_a_weekday_date_beside_a_day_written_with_its_year_takes_that_year(en_day, en_value):
    """One weekday date per version leaves the weekdays no majority; the day another version writes with its year,
    a day away, says which year the story's is: en's drifted "Tuesday, May 12" is 12 May 2026 with a wrong weekday,
    not 2027's, and the article's later days follow it."""
    claims = extract_story([
        _article("fr", "fr", "Le port a rouvert le lundi 11 mai 2026 après la grève."),
        _article("en", "en", f"The port reopened on {en_day} after the strike. Talks resume on June 2."),
    ])
    days = {c.text: c.value for c in claims if c.article == "en" and c.kind == "date"}
    assert days == {en_day: en_value, "June 2": "2026-06-02"}


def test_a_weekday_date_far_from_any_written_day_keeps_its_weekdays_year():
    claims = extract_story([
        _article("fr", "fr", "Le contrat avait été signé le 3 février 2025."),
        _article("en", "en", "The port reopened on Monday, May 11, after the strike."),
    ])
    assert {c.value for c in claims if c.article == "en" and c.kind == "date"} == {"2026-05-11"}


@pytest.mark.parametrize("text, value", [
    # the running text goes on from the nearest date before it, whether its year is written or its weekday gives it
    ("Ministers agreed on Wednesday, 16 December, that quotas apply from 1 January 2027 and claims close on "
     "15 January.", "2027-01-15"),
    ("Quotas applied from 1 January 2027; on Wednesday, 16 December, ministers set 20 December as the deadline.",
     "2026-12-20"),
])
def test_a_yearless_date_takes_the_year_of_the_nearest_anchored_date_before_it(text, value):
    claims = extract_story([_article("en", "en", text)])
    assert [c.value for c in claims if c.kind == "date"][-1] == value


@pytest.mark.parametrize("lang,text", [
    # a headline's dated day is the news's coming event, not the month of the lead's day
    ("ja", "新路線は7月18日開業\n\n大阪市は13日、新路線の計画を発表した。"),
    # a month named alone before it is a plan ("julho de 2027"), not the month of "sexta-feira (13)"
    ("pt", "Parque eólico vai injetar energia na rede em julho de 2027.\nO governo assinou nesta sexta-feira (13) o acordo."),
])
def test_a_day_alone_takes_the_month_another_version_dates_that_day(lang, text):
    claims = extract_story([
        _article("en", "en", "OSAKA, March 13 (Wire) - The city unveiled its plan on Friday, March 13, 2026."),
        _article(lang, lang, text),
    ])
    day = next(c for c in claims if c.article == lang and str(c.value).endswith("-13"))
    assert day.value == "2026-03-13"


def test_weekday_dates_of_one_story_are_read_near_one_year():
    """A birth date in one version and a contract's end in another must not pull the same "Thursday 2 July" to two
    years: each version reads it near the story's latest full date, so a day's drift stays a day's."""
    claims = extract_story([
        _article("fr", "fr", "Le joueur, né le 14 février 2006, a signé jeudi 2 juillet."),
        _article("es", "es", "El jugador firmó el jueves 2 de julio un contrato hasta junio de 2032."),
    ])
    days = {c.article: c.value for c in claims if c.kind == "date" and str(c.value).endswith("-07-02")}
    assert len(days) == 2 and len(set(days.values())) == 1, days


def test_written_year_wins_over_story_year():
    claims = extract_story([
        _article("en", "en", "The strike began on Monday, March 3."),
        _article("de", "de", "Der Streik begann am 3. März 2014."),
    ], reference_year=2026)
    assert {c.article: c.value for c in claims} == {"en": "2025-03-03", "de": "2014-03-03"}


def test_articles_with_errors_are_skipped():
    bad = Article(id="x", source="-", text="", error="unreadable")
    assert extract_story([bad, _article("en", "en", "It cost $5bn.")])[0].value == 5e9


def test_dev_entry_point_writes_articles_and_claims(tmp_path):
    import json

    from claimcheck.extract import main

    (tmp_path / "es.txt").write_text("Las pérdidas ascienden a 2.400 millones de euros.", encoding="utf-8")
    (tmp_path / "zh.txt").write_text("损失达24亿欧元。", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main([str(tmp_path), "--output", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in report["articles"]) == ["es", "zh"]
    assert sorted((c["article"], c["value"], c["unit"]) for c in report["claims"]) == [
        ("es", 2.4e9, "EUR"), ("zh", 2.4e9, "EUR")]


def test_yearless_dates_do_not_depend_on_the_clock():
    """No year anywhere: a plain date stays an ISO partial date; a weekday date is read near a fixed year."""
    claims = extract_story([
        _article("en", "en", "The port reopened on March 3."),
        _article("fr", "fr", "Le port a rouvert le samedi 20 septembre."),
    ])
    # the weekday fixes 2025 (the fixed reference), which the story then lends the plain date
    assert [c.value for c in claims] == ["2025-03-03", "2025-09-20"]
    plain = extract_story([_article("en", "en", "The port reopened on March 3."),
                           _article("es", "es", "El puerto reabrió el 3 de marzo.")])
    assert [c.value for c in plain] == ["--03-03", "--03-03"]


def test_yearless_date_takes_the_latest_year_the_story_mentions():
    claims = extract_story([
        _article("en", "en", "The 2019 strike was shorter. Talks resume on March 3."),
        _article("de", "de", "Die Gespräche beginnen am 3. März."),
    ])
    assert [c.value for c in claims if c.kind == "date" and len(str(c.value)) > 4] == ["2019-03-03", "2019-03-03"]


def test_a_day_alone_takes_the_month_of_a_dated_day_never_of_a_planned_month():
    """"18日" with no month before it: the month of the day another article dates, not "2027年4月" (a plan)."""
    claims = extract_story([
        _article("ja", "ja", "同社は18日に新工場を発表した。2027年4月に着工する。"),
        _article("en", "en", "The company unveiled the plant on Tuesday, 18 November 2025."),
    ])
    assert [c.value for c in claims if c.article == "ja"][0] == "2025-11-18"
    alone = extract_story([_article("ja", "ja", "同社は18日に新工場を発表した。2027年4月に着工する。"),
                           _article("ko", "ko", "회사는 2027년 4월 착공한다.")])
    assert [c.value for c in alone if c.article == "ja"][0] == "---18"


def test_a_day_alone_with_its_weekday_takes_a_month_and_year_where_it_falls_on_that_weekday():
    """pt-BR "nesta terça-feira (14)" in a story whose latest dated day is a year on ("jeudi 15 octobre 2026"): the
    14th of October is a Tuesday in 2025, the year another version dates the day before to."""
    story = [_article("pt", "pt", "O acordo foi assinado nesta terça-feira (14) em Brasília."),
             _article("es", "es", "Las delegaciones llegaron el lunes 13 de octubre de 2025 a Brasilia."),
             _article("fr", "fr", "La prochaine réunion aura lieu le jeudi 15 octobre 2026.")]
    assert [c.value for c in extract_story(story) if c.article == "pt"] == ["2025-10-14"]
    # no dated month fits: the year nearest the latest whose 14th of that month is a Tuesday
    assert [c.value for c in extract_story([story[0], story[2]]) if c.article == "pt"] == ["2025-10-14"]


def test_a_date_in_a_year_named_relative_to_now_takes_no_year_from_the_story():
    """"June 2 next year" is not the story year's June 2: its year is unknown (ISO "--06-02"), as "내년 6월 2일"
    reads, while a plain date of the same story still takes the year its weekday fixes."""
    claims = extract_story([
        _article("en", "en", "The strike began on Monday, March 3. Service resumes on June 2 next year."),
        _article("ko", "ko", "파업은 3월 3일 시작됐다. 운행은 내년 6월 2일 재개된다."),
        _article("fr", "fr", "Le service reprendra en juin prochain."),
    ])
    values = {(c.article, c.value) for c in claims if c.kind == "date"}
    assert values == {("en", "2025-03-03"), ("en", "--06-02"), ("ko", "2025-03-03"), ("ko", "--06-02"),
                      ("fr", "--06")}


def test_relative_dates_are_built_from_the_table_alone():
    """A language gets "next April" from data only: its phrases and templates; the loader refuses a template
    without a month or a relative word, and offsets that are no integers.  (Loader test kept here, beside the
    story test of the same construct.)"""
    from dataclasses import replace

    import pytest

    from claimcheck.langdata import _compile, rules_for

    en = rules_for("en")
    data = {**en.data, "relative_years": {"yearnext": 1}, "relative_month_words": {"monthnext": 1},
            "relative_date_patterns": ["{month}\\s+{relative_year}", "{relative_month}\\s+{month}"]}
    patterns = _compile(replace(en, data=data))["relative_dates"]
    found = [(m.group("rel"), m.group("month")) for p in patterns for m in p.finditer("April yearnext, monthnext May")]
    assert sorted(found) == [("monthnext", "May"), ("yearnext", "April")]
    for broken in ({"relative_date_patterns": ["{relative_month}\\s+April"]}, {"relative_month_words": {"next": "1"}},
                   {"relative_date_patterns": "{month} {relative_year}"}):
        with pytest.raises(ValueError, match="relative"):
            _compile(replace(en, data={**en.data, **broken}))


def test_a_text_not_in_unicode_nfc_is_read_as_the_tables_spell_it_at_its_own_offsets():
    """Precomposed nukta letters (hi "ज़" U+095B, "फ़" U+095E, which NFC decomposes, as the tables write them) and
    an accent typed as a combining mark: the text is read in NFC, every claim and skipped number keeps the offsets
    of the text as given, and its text and sentence are that text's slices."""
    from claimcheck.extract import extract_skipped

    hi = "सरकार ने 10 ह\u095bार करोड़ रुपये दिए। महंगाई 5 \u095eीसदी रही। हेल्पलाइन 1800-180-1551 है।"
    fr = "Le pont mesure 300 me\u0300tres et a coûté 2 millions d'euros."
    for article in (Article(id="hi", source="-", text=hi, lang="hi"), Article(id="fr", source="-", text=fr, lang="fr")):
        for claims in (extract_story([article]), extract_claims(article)):
            for c in claims:
                assert c.text == article.text[c.start:c.end]
                assert c.sentence == article.text[c.sentence_start:c.sentence_end] and c.start >= c.sentence_start
            assert [(c.quantity.kind, c.quantity.value, c.quantity.unit) for c in claims] == (
                [("money", 1e11, "INR"), ("percent", 5.0, "%")] if article.id == "hi" else
                [("measure", 300.0, "m"), ("money", 2e6, "EUR")])
        for s in extract_skipped(article):
            assert s.text == article.text[s.start:s.end]
    assert [s.text for s in extract_skipped(Article(id="hi", source="-", text=hi, lang="hi"))] == ["1800-180-1551"]


@pytest.mark.parametrize("lang, text, span", [
    ("es", "La inflación subirá entre un 1% y un 2% este año.", "1% y un 2%"),
    ("en", "Prices rose between 1% and 2% in May.", "1% and 2%"),
    ("fr", "Le chômage a baissé entre 7 % et 8 % selon l'institut.", "7 % et 8 %"),
])
def test_a_range_whose_ends_both_carry_the_percent_sign_ends_after_the_second(lang, text, span):
    """The claim's text is what a reader sees highlighted: a range of two percentages ends at the upper end's own sign."""
    claims = extract_claims(_article(lang, lang, text))
    assert [(c.text, c.quantity.value, c.quantity.qualifier) for c in claims] == [(span, claims[0].quantity.value, "up_to")]


@pytest.mark.parametrize("lang,text,first", [
    ("en", "The fund was expanded from 40 million pesos to 55 million pesos.", True),
    ("en", "Prices rose from $5 to $7.", True),
    ("en", "Fees range from 30 euros to 45 euros a month.", None),  # a range: one claim
    ("de", "Der Preis stieg von 5 auf 7 Euro.", True),
    ("zh", "预算从5亿元增至7亿元。", True),
    ("ja", "補助金を800億円から1200億円（約8億ドル）に拡大した。", True),
    ("ko", "세율을 15%에서 25%로 높인다.", True),
    ("ko", "관광객은 3만 명에서 5만 명까지 늘어날 전망이다.", False),
    # tr: the ablative "from", the dative "to", the verb after both
    ("tr", "Barajın kapasitesi 2,1 milyar metreküpten 3,4 milyar metreküpe çıkarılacak.", True),
    ("tr", "Faiz oranı yüzde 12'den yüzde 9'a indirildi.", True),
    ("tr", "Biletler 150 liradan 210 liraya yükseldi.", True),
    # hu: "-ról/-ről" from, "-ra/-re" to, the verb after both
    ("hu", "A havi bérlet ára 9500 forintról 11 900 forintra emelkedett.", True),
    ("hu", "Az infláció 5,2%-ról 4,8%-ra csökkent.", True),
    # an arrow between two figures, as headlines write a change
    ("ko", "전세대출 한도 5억→3억 원으로 축소", True),
    ("en", "Deposit cap cut 50%→40% from April", True),
    # the moment each level held, written between them
    ("en", "The number of camps grew from 215 last Thursday to 340 on Tuesday.", True),
    ("es", "El número de albergues pasó de 340 el jueves pasado a 215 este martes.", True),
    ("pt", "O número de abrigos passou de 215 na quinta-feira passada para 340 nesta terça.", True),
])
def test_the_first_figure_of_a_change_is_marked_as_the_level_it_left(lang, text, first):
    from claimcheck.records import Article
    from claimcheck.extract import extract_story

    claims = extract_story([Article(id=lang, source="x", text=text, lang=lang)])
    if first is None:
        assert len(claims) == 1 and not claims[0].starts_change
        return
    assert len(claims) >= 2 and claims[0].starts_change is first and not claims[1].starts_change


@pytest.mark.parametrize("lang,text,marked", [
    ("en", "Operating profit rose to $75 million in 2024 from $61 million.", ["$61 million"]),
    ("en", "The jobless rate eased to 5.6% in June, down from 5.9%.", ["5.9%"]),
    ("en", "Sales reached 8,400 units versus 7,900 a year before.", ["7,900"]),
    ("en", "The club signed 14 players from 9 countries.", []),  # a count of its own, no level left
    ("en", "The fare is $3. From March it costs $4.", []),  # another sentence
    ("fr", "Le chiffre d'affaires atteint 2,1 milliards d'euros, contre 1,8 milliard un an plus tôt.", ["1,8 milliard"]),
    ("es", "La deuda bajó al 41 % del PIB, frente al 44 % de 2023.", ["44 %"]),
    ("de", "Der Umsatz stieg auf 730 Millionen Euro nach 655 Millionen im Vorjahr.", ["655 Millionen"]),
    ("pl", "Przychody wyniosły 96 mln zł wobec 88 mln zł przed rokiem.", ["88 mln zł"]),
    ("ru", "Безработица снизилась до 3,1% против 3,4% в прошлом году.", ["3,4%"]),
    ("cs", "Tržby stouply na 6,2 miliardy korun oproti 5,7 miliardy loni.", ["5,7 miliardy"]),
    ("sv", "Rörelseresultatet ökade till 410 miljoner kronor från 377 miljoner.", ["377 miljoner"]),
])
def test_a_level_left_written_after_the_level_reached_is_marked(lang, text, marked):
    """"rose to X from Y": the level left is the second figure; its words before it, per language, say so."""
    from claimcheck.records import Article
    from claimcheck.extract import extract_story

    claims = extract_story([Article(id=lang, source="x", text=text, lang=lang)])
    assert [c.text for c in claims if c.starts_change] == marked, [(c.text, c.starts_change) for c in claims]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le groupe a versé 1,2 milliard de dollars en numéraire, soit 1,1 milliard d'euros."),
    ("es", "La empresa pagó 1.200 millones de dólares en efectivo, es decir, unos 1.100 millones de euros."),
    ("en", "The group paid $1.2 billion in cash, i.e. 1.1 billion euros."),
    ("zh", "这家肯尼亚公司获得3000万美元A轮融资，按当前汇率约合38亿先令。"),
])
def test_a_conversion_after_the_amounts_noun_restates_it(lang, text):
    """"$1.2 billion in cash, i.e. €1.1 billion": a marker that is no approximation word of its own, after the
    amount's noun and a comma, makes the next amount its conversion."""
    from claimcheck.records import Article
    from claimcheck.extract import extract_story

    claims = extract_story([Article(id=lang, source="x", text=text, lang=lang)])
    assert [c.conversion_of for c in claims] == [None, claims[0].id]


@pytest.mark.parametrize("lang,text,conversion", [
    ("en", "The ministry signed a €240 million credit line (about 9.9 billion lira) with the bank.", True),
    ("de", "Das Land erhält einen Zuschuss von 80 Millionen Euro Fördergeld (rund 94 Millionen Dollar).", True),
    ("zh", "双方签署了3.2亿美元贷款协议（约合23亿元人民币）。", True),
    ("en", "The fund gave €2bn to Spain (£1.7bn to the UK).", False),  # the bracket goes on: another figure's
])
def test_a_bracketed_amount_after_the_amounts_noun_is_its_conversion(lang, text, conversion):
    """"a $650 million loan agreement (about 26.6 billion lira)": the other currency alone in brackets after the
    amount's noun restates the amount."""
    from claimcheck.records import Article
    from claimcheck.extract import extract_story

    claims = [c for c in extract_story([Article(id=lang, source="x", text=text, lang=lang)]) if c.kind == "money"]
    assert [c.conversion_of for c in claims] == [None, claims[0].id if conversion else None], \
        [(c.text, c.conversion_of) for c in claims]


@pytest.mark.parametrize("lang,text", [
    ("zh", "这家公司获得3000万美元融资，另有500万欧元贷款。"),  # no marker: a second amount
    ("ja", "探査機の重さは約1.4トンで、全長約12メートルある。"),  # a marker, but a mass and a length
])
def test_another_figure_after_a_noun_in_an_unspaced_script_is_no_conversion(lang, text):
    """zh "3000万美元融资，另有500万欧元贷款", ja "約1.4トンで、全長約12メートル": a second figure, not the first converted."""
    from claimcheck.records import Article
    from claimcheck.extract import extract_story

    claims = extract_story([Article(id=lang, source="x", text=text, lang=lang)])
    assert len(claims) == 2 and [c.conversion_of for c in claims] == [None, None], \
        [(c.text, c.conversion_of) for c in claims]


def test_an_approximation_after_another_amounts_noun_is_no_conversion():
    from claimcheck.records import Article
    from claimcheck.extract import extract_story

    text = "The city spent $5 million on roads, about 3 million euros on bridges."
    claims = extract_story([Article(id="en", source="x", text=text, lang="en")])
    assert [c.conversion_of for c in claims] == [None, None]


@pytest.mark.parametrize("lang,text,sizes", [
    ("en", "The share rose by 3% to 12% of all exports.", ["3%"]),
    ("en", "The share reached 17%, up five percentage points.", ["five percentage points"]),
    ("uk", "Частка зросла на 5% і досягла 17%.", ["5%"]),
    ("cs", "Naplněnost nádrže se zvýšila o 13 % na 84 %.", ["13 %"]),
    ("de", "Der Anteil stieg um 5 Prozent auf 17 Prozent.", ["5 Prozent"]),
    ("en", "Turnout was 64% and 58% in the two rounds.", []),
    # a noun of change and its "of" ("un taglio del 3%", "un recorte del 3%"): the size of a cut, not the level
    ("it", "Il governo annuncia un taglio del 3% ai dazi, che scendono al 19%.", ["3%"]),
    ("es", "El Gobierno anunció un recorte del 3% en los aranceles, que bajan al 19%.", ["3%"]),
])
def test_a_percentage_right_after_a_change_word_is_the_size_of_the_change(lang, text, sizes):
    from claimcheck.records import Article
    from claimcheck.extract import extract_story

    claims = extract_story([Article(id=lang, source="x", text=text, lang=lang)])
    assert [c.text for c in claims if c.change_size] == sizes, [(c.text, c.change_size) for c in claims]


@pytest.mark.parametrize("text,clocks", [
    ("Polls closed at 10.30pm (9.30 in Karachi).", ["22:30", "21:30"]),
    ("The governor signed the order at 6.30pm local time (11.30 GMT) on Tuesday.", ["18:30", "11:30"]),
])
def test_a_bare_clock_restating_one_with_its_half_of_the_day_is_in_the_nearest_half_unless_in_utc(text, clocks):
    """A bracketed bare clock restating "10.30pm" a zone or two away is in the same half of the day; one in GMT or
    UTC is written in 24 hours, however far the zones lie apart ("6.30pm local time (11.30 GMT)": 11:30)."""
    from claimcheck.extract import extract_story
    from claimcheck.records import Article

    claims = extract_story([Article(id="en", source="x", text=text, lang="en")])
    assert [c.quantity.value for c in claims if c.quantity.unit == "time"] == clocks


@pytest.mark.parametrize("text,place", [
    ("Bridge opens to traffic\n\nANKARA, March 4 (Reuters) - The bridge opened at 9:30 a.m. local time.", "ANKARA"),
    ("Neue Brücke eröffnet\n\nAnkara – Die Brücke wurde um 9.30 Uhr Ortszeit eröffnet.", "Ankara"),
    ("Bridge opens\n\nVALLETTA, Malta - The bridge opened at 9:30 a.m. local time.", "VALLETTA, Malta"),
    ("Bridge opens\n\nThe bridge opened at 9:30 a.m. local time - an hour late.", None),  # no dateline
])
def test_a_clock_knows_the_place_its_article_s_dateline_names(text, place):
    lang = "de" if "Brücke" in text else "en"
    clocks = [c for c in extract_claims(_article("a", lang, text)) if c.unit == "time"]
    assert [c.quantity.dateline for c in clocks] == [place]


def test_a_clocks_day_is_the_news_day_not_a_day_of_its_background():
    """"Survivors of the 6 February 2023 quake got their keys on Saturday, 14 March, at 2 p.m.": one day with its
    year written, one whose weekday gives its year; the clock's season is that of the later, the news (March), not
    the quake's February."""
    claims = extract_story([
        _article("en", "en", "Survivors of the 6 February 2023 quake got the keys to their homes on Saturday, "
                             "14 March, at a ceremony that began at 2 p.m. Beirut time."),
    ])
    [clock] = [c for c in claims if c.unit == "time"]
    assert clock.quantity.day_month == 3 and clock.quantity.day_date == "2026-03-14"
