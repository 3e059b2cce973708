"""A day stated in another time zone: each sentence gives a day and a clock time, and the two moments lie a whole
or half number of hours apart (at most 14 h), so the days agree; the same clock time on another day conflicts.
Two clock times in named zones: compared by the zones' offsets from UTC where both are known (``time_zone_offsets``),
else one moment in two zones only at the same minute past different hours, with a zone named."""
from dataclasses import replace

import pytest

from story_helpers import clock_at, judge_clocks

from claimcheck.compare import compare_facts
from claimcheck.records import Claim, Fact, Quantity


def _claim(cid, article, value, unit, start, text=None, sentence="s"):
    return Claim(cid, article, start, start + 1, text or value, Quantity("date", value, unit), lang=article,
                 sentence=sentence, sentence_index=0)


# the English sentence names a zone, of no known offset: the two readings may be two zones'
NAMED = "local time"


def _verdict(day_a, clock_a, day_b, clock_b, linked="days", sentence_a=NAMED):
    """The conflicts and consistencies of a fact linking the two days (or the two clock times) of two sentences,
    each stating one day and one clock time."""
    claims = [_claim("ad", "en", *day_a, 10, sentence=sentence_a),
              _claim("at", "en", clock_a, "time", 20, sentence=sentence_a)]
    if day_b is not None:
        claims.append(_claim("bd", "ja", *day_b, 10))
    claims.append(_claim("bt", "ja", clock_b, "time", 5))
    pair = ["ad", "bd"] if linked == "days" else ["at", "bt"]
    return compare_facts([Fact("f1", pair)], claims)


@pytest.mark.parametrize("day_a,clock_a,day_b,clock_b,agree", [
    # Wednesday 21:20 GMT is Thursday 06:20 in Tokyo: 9 h later
    (("2026-03-11", "date"), "21:20", ("---12", "date"), "06:20", True),
    (("2026-03-11", "date"), "22:20", ("2026-03-12", "date"), "06:20", True),  # 8 h
    (("wednesday", "weekday"), "23:00", ("thursday", "weekday"), "04:30", True),  # half-hour zone, 5.5 h
    (("thursday", "weekday"), "04:30", ("2026-03-11", "date"), "23:00", True),  # a date against its weekday
    (("2026-03-31", "date"), "20:00", ("2026-04-01", "date"), "03:00", True),  # across a month's end
    # the same clock time on another day is another day, not another zone
    (("sunday", "weekday"), "09:30", ("saturday", "weekday"), "09:30", False),
    (("2026-03-11", "date"), "10:00", ("2026-03-12", "date"), "11:00", False),  # 25 h apart
    (("2026-03-11", "date"), "21:20", ("2026-03-13", "date"), "05:20", False),  # two days apart
    (("2026-03-11", "date"), "21:20", ("2026-03-12", "date"), "06:35", False),  # not a whole half hour
])
def test_days_one_apart_agree_when_the_clock_times_make_one_moment(day_a, clock_a, day_b, clock_b, agree):
    conflicts, consistent = _verdict(day_a, clock_a, day_b, clock_b)
    assert (not conflicts) == agree, conflicts
    if agree:
        assert consistent and "time zone" in consistent[0].reason


def test_the_consistency_names_both_days_as_written_and_the_hours_between():
    claims = [_claim("ad", "en", "2026-03-11", "date", 10, "Wednesday, March 11", sentence=NAMED),
              _claim("at", "en", "21:20", "time", 20, sentence=NAMED), _claim("bd", "ja", "---12", "date", 10, "12日"),
              _claim("bt", "ja", "06:20", "time", 5)]
    _, (consistent,) = compare_facts([Fact("f1", ["ad", "bd"])], claims)
    assert "“Wednesday, March 11” at 21:20 and “12日” at 06:20 are 9 hours apart" in consistent.reason


def test_a_day_with_no_clock_time_beside_it_still_conflicts():
    claims = [_claim("ad", "en", "2026-03-11", "date", 10), _claim("bd", "ja", "---12", "date", 10),
              _claim("bt", "ja", "06:20", "time", 5)]
    conflicts, _ = compare_facts([Fact("f1", ["ad", "bd"])], claims)
    assert [c.type for c in conflicts] == ["date"]


def test_clock_times_on_the_hour_agree_when_the_days_beside_them_make_one_moment():
    """"20:00 on the 31st" and "03:00 on the 1st": the day shift says the hours are two zones' readings."""
    conflicts, consistent = _verdict(("2026-03-31", "date"), "20:00", ("2026-04-01", "date"), "03:00", linked="clocks")
    assert not conflicts and consistent
    conflicts, _ = _verdict(("2026-03-31", "date"), "20:00", ("2026-03-31", "date"), "03:00", linked="clocks")
    assert [c.type for c in conflicts] == ["date"]


@pytest.mark.parametrize("linked", ["days", "clocks"])
def test_days_and_clocks_of_sentences_that_name_no_zone_are_one_zones(linked):
    """"9 p.m. on Wednesday, March 11" against "9 a.m. on Thursday, March 12", neither sentence naming a zone:
    a translation keeps its source's clock, so 12 h and a day between them are two slips, not two zones."""
    conflicts, _ = _verdict(("2026-03-11", "date"), "21:00", ("2026-03-12", "date"), "09:00", linked=linked,
                            sentence_a="s")
    assert [c.type for c in conflicts] == ["date"]
    conflicts, _ = _verdict(("2026-03-11", "date"), "21:00", ("2026-03-12", "date"), "09:00", linked=linked)
    assert not conflicts


def _clock(cid, lang, value, sentence):
    return Claim(cid, lang, 0, 5, value, Quantity("date", value, "time"), lang=lang, sentence=sentence,
                 sentence_index=0)


@pytest.mark.parametrize("sentence_b,agree", [
    ("The crash happened at 10:15 BST on the ring road.", False),  # both name the one zone: an hour gone wrong
    ("The crash happened at 10:15 GMT on the ring road.", True),  # two zones named
    ("The crash happened at 10:15 local time on the ring road.", True),
    # twelve hours apart: more likely "a.m." slipped for "p.m." than a zone on the far side of the world
    ("The crash happened at 08:15 local time on the ring road.", False),
])
def test_the_same_minute_past_another_hour_is_a_time_zone_only_where_the_zones_differ(sentence_b, agree):
    clock_b = "08:15" if "08:15" in sentence_b else "10:15"
    claims = [_clock("a", "en", "20:15", "The crash happened at 20:15 BST on the ring road."),
              _clock("b", "en", clock_b, sentence_b)]
    conflicts, consistent = compare_facts([Fact("f1", ["a", "b"])], claims)
    assert (not conflicts) == agree, conflicts


@pytest.mark.parametrize("en_sentence,fr_sentence,shift", [
    ("The blast was heard at 4:20 a.m. GMT.", "L'explosion a été entendue à 6 h 20 heure locale.", True),  # two zones
    ("The blast was heard at 4:20 a.m. local time.", "L'explosion a été entendue à 6 h 20 heure locale.", False),
    # a version that names no zone kept the place's clock (``moments.LOCAL_AGAINST_NONE``); one that converts to
    # its own press's zone says so
    ("The blast was heard at 4:20 a.m. local time.", "L'explosion a été entendue à 6 h 20.", False),
    ("The blast was heard at 4:20 a.m. local time.", "L'explosion a été entendue à 6 h 20, heure de Paris.", True),
    ("The blast was heard at 4:20 a.m. GMT.", "L'explosion a été entendue à 6 h 20.", True),
])
def test_two_clocks_both_in_local_time_name_one_zone(en_sentence, fr_sentence, shift):
    """Two clock times at the same minute past different hours are one moment in two zones where a sentence names
    a zone; where both say local time, or one says local time and the other names no zone, the place is the same
    and an hour went wrong."""
    from claimcheck.compare import judge
    en = Claim("en", "en", 0, 1, "4:20 a.m.", Quantity("date", "04:20", "time"), lang="en", sentence=en_sentence)
    fr = Claim("fr", "fr", 0, 1, "6 h 20", Quantity("date", "06:20", "time"), lang="fr", sentence=fr_sentence)
    assert judge(en, fr).agree is shift


@pytest.mark.parametrize("fr_sentence,agree", [
    ("La cérémonie a débuté à 10 heures, heure locale.", False),  # local against local: an hour went wrong
    ("La cérémonie a débuté à 10 heures GMT.", True),  # the English sentence's own GMT clock
    ("La cérémonie a débuté à 10 heures.", False),  # no zone named: the place's clock, as the English local one
])
def test_a_clock_restated_in_another_zone_excuses_no_other_local_clock(fr_sentence, agree):
    """"11 a.m. local time (1000 GMT)" states 10:00 too, but only as GMT: a version giving 10:00 as local time
    contradicts the English local clock."""
    en_sentence = "The ceremony began at 11 a.m. local time (1000 GMT)."
    en = [_at("en1", "en", "11 a.m.", "11:00", en_sentence), _at("en2", "en", "1000", "10:00", en_sentence)]
    fr = [_at("fr1", "fr", "10 heures", "10:00", fr_sentence)]
    conflicts, _ = compare_facts([Fact("f1", ["en1", "fr1"])], en + fr)
    assert (not conflicts) == agree, conflicts


# A clock whose own zone is known by its offset from UTC (language data ``time_zone_offsets``) is compared by that
# offset: one moment when the UTC times agree for some pair of the zones' offsets, on the hour or off it.

_at, _judge = clock_at, judge_clocks


@pytest.mark.parametrize("b,agree", [
    # 16:00 UTC: on the hour
    (("ru", "19:00", "19:00", "Голосование завершилось в 19:00 мск."), True),
    (("ru", "19:00", "19:00", "Голосование завершилось в 19:00 по московскому времени."), True),
    (("ja", "日本時間午前1時", "01:00", "投票は日本時間午前1時に締め切られた。"), True),  # the next day in Tokyo
    (("hi", "21:30", "21:30", "मतदान भारतीय समय 21:30 बजे समाप्त हुआ।"), True),  # a half-hour zone, 5.5 h
    (("ru", "20:00", "20:00", "Голосование завершилось в 20:00 мск."), False),
    (("ja", "日本時間午前2時", "02:00", "投票は日本時間午前2時に締め切られた。"), False),
])
def test_two_clocks_in_known_zones_are_one_moment_when_their_utc_times_agree_on_the_hour(b, agree):
    a = _at("a", "en", "16:00", "16:00", "Voting closed at 16:00 GMT.")
    verdict = _judge(a, _at("b", *b))
    assert verdict.agree is agree, verdict
    if agree:
        assert verdict.reason == "time zone" and "16:00 UTC" in verdict.detail


@pytest.mark.parametrize("b,agree", [
    (("zh", "21时37分", "21:37", "火箭于北京时间21时37分升空。"), True),  # 13:37 UTC is 21:37 in Beijing
    (("ko", "오후 10시 37분", "22:37", "로켓은 한국시간 오후 10시 37분에 발사됐다."), True),
    (("zh", "22时37分", "22:37", "火箭于北京时间22时37分升空。"), False),  # the same minute, the wrong hour
    # Canadian French names the North American zones by their season (CLDR fr_CA): 8:37 CDT is 13:37 UTC
    (("fr", "8 h 37", "08:37", "La fusée a décollé à 8 h 37 (heure avancée du Centre)."), True),
    (("fr", "8 h 37", "08:37", "La fusée a décollé à 8 h 37, heure normale de l’Est."), True),
    (("fr", "9 h 37", "09:37", "La fusée a décollé à 9 h 37 (heure avancée du Centre)."), False),
    (("ar", "14:37", "14:37", "انطلق الصاروخ في الساعة 14:37 بتوقيت غرينتش."), False),  # GMT both: an hour gone wrong
    # Mexico's "tiempo del centro" keeps UTC-6 all year (no summer time since 2022): 7:37 in any month is 13:37 UTC
    (("es", "07:37 horas", "07:37", "El cohete despegó a las 07:37 horas, tiempo del centro, del 14 de julio."), True),
    (("es", "08:37 horas", "08:37", "El cohete despegó a las 08:37 horas, tiempo del centro, del 14 de julio."), False),
])
def test_two_clocks_in_known_zones_off_the_hour(b, agree):
    a = _at("a", "en", "13:37", "13:37", "The rocket lifted off at 13:37 UTC.")
    verdict = _judge(a, _at("b", *b))
    assert verdict.agree is agree, verdict


@pytest.mark.parametrize("b,agree", [
    (("ru", "11:00", "11:00", "Газ подали в 11:00 по времени Астаны (UTC+5)."), True),
    (("en", "6:30 p.m.", "18:30", "The plant reopened at 6:30 p.m. (UTC+05:30)."), False),
    (("pt", "3h", "03:00", "O sismo ocorreu às 3h (UTC−3)."), True),
    (("ru", "12:00", "12:00", "Газ подали в 12:00 по времени Астаны (UTC+5)."), False),
])
def test_an_offset_written_after_utc_is_the_clocks(b, agree):
    """"11:00 (UTC+5)": the offset the sentence writes is the clock's zone, though it brackets a figure of its own."""
    a = _at("a", "en", "06:00", "06:00", "Gas began flowing at 06:00 GMT.")
    verdict = _judge(a, _at("b", *b))
    assert verdict.agree is agree, verdict


def test_a_disagreement_names_both_zones_and_their_utc_times():
    a = _at("a", "en", "13:37", "13:37", "The rocket lifted off at 13:37 UTC.")
    b = _at("b", "zh", "22时37分", "22:37", "火箭于北京时间22时37分升空。")
    conflicts, _ = compare_facts([Fact("f1", ["a", "b"])], [a, b])
    (conflict,) = conflicts
    assert conflict.type == "date"
    for part in ("UTC", "北京时间", "13:37 UTC", "14:37 UTC"):
        assert part in conflict.explanation, conflict.explanation


@pytest.mark.parametrize("gmt,agree", [
    ("14:00", True),  # winter: CET, UTC+1
    ("13:00", True),  # summer: CEST, UTC+2
    ("12:00", False),
])
def test_a_zone_with_summer_time_agrees_at_either_offset(gmt, agree):
    fr = _at("fr", "fr", "15 heures", "15:00", "Le sommet s'ouvrira à 15 heures, heure de Paris.")
    en = _at("en", "en", gmt, gmt, f"The summit opens at {gmt} GMT.")
    assert _judge(en, fr).agree is agree


@pytest.mark.parametrize("word,gmt,agree", [
    ("MEZ", "14:00", True), ("MEZ", "13:00", False),  # winter time only
    ("MESZ", "13:00", True), ("MESZ", "14:00", False),  # summer time only
])
def test_a_zone_named_for_one_season_has_that_offset_alone(word, gmt, agree):
    de = _at("de", "de", "15 Uhr", "15:00", f"Der Gipfel beginnt um 15 Uhr {word}.")
    en = _at("en", "en", gmt, gmt, f"The summit opens at {gmt} GMT.")
    assert _judge(en, de).agree is agree


@pytest.mark.parametrize("en_text,en_value,agree", [
    ("11 p.m.", "23:00", False),  # an unknown zone against a known one: on the hour no shift is assumed (today's rule)
    ("11:25 p.m.", "23:25", True),  # the same minute past another hour, a zone named: one moment in two zones
])
def test_local_time_against_a_known_zone_keeps_the_rules_for_an_unknown_zone(en_text, en_value, agree):
    en = _at("en", "en", en_text, en_value, f"The ferry sank at {en_text} local time.")
    ru_value = f"{int(en_value[:2]) - 20:02d}{en_value[2:]}"  # two hours' difference, past midnight
    ru = _at("ru", "ru", ru_value, ru_value, f"Паром затонул в {ru_value} мск.")
    assert _judge(en, ru).agree is agree


def test_a_zone_word_after_another_figure_is_that_figures_own():
    """"21:10 (18:10 GMT)": GMT is the zone of 18:10; 21:10 is in no known zone, so the rules for an unknown zone
    read it against "00:10 JST" as one moment in two zones (the same minute past another hour)."""
    from claimcheck.moments import clock_zone
    sentence = "The polls closed at 21:10 (18:10 GMT)."
    local, gmt = _at("a", "en", "21:10", "21:10", sentence), _at("b", "en", "18:10", "18:10", sentence)
    assert clock_zone(local).word is None and (clock_zone(gmt).word, clock_zone(gmt).offsets) == ("GMT", (0,))
    jst = _at("c", "en", "03:10", "03:10", "Polls closed at 03:10 JST.")
    assert _judge(local, jst).agree and _judge(gmt, jst).agree
    assert not _judge(gmt, _at("d", "en", "04:10", "04:10", "Polls closed at 04:10 JST.")).agree


def test_a_zone_in_brackets_the_clock_is_not_in_is_another_clocks():
    """"モスクワ時間5日午後3時（日本時間同日午後9時）": the bracketed zone is 午後9時's; 午後3時 keeps the Moscow zone
    written before it, though the bracket stands nearer."""
    from claimcheck.moments import clock_zone
    sentence = "式典はモスクワ時間5日午後3時（日本時間同日午後9時）に始まった。"
    moscow, tokyo = _at("a", "ja", "午後3時", "15:00", sentence), _at("b", "ja", "午後9時", "21:00", sentence)
    assert (clock_zone(moscow).word, clock_zone(moscow).offsets) == ("モスクワ時間", (180,))
    assert clock_zone(tokyo).word == "日本時間"
    en = _at("c", "en", "12:00", "12:00", "The ceremony began at 12:00 GMT.")
    assert _judge(en, moscow).agree and _judge(en, tokyo).agree
    assert not _judge(_at("d", "en", "13:00", "13:00", "The ceremony began at 13:00 GMT."), moscow).agree


@pytest.mark.parametrize("lang,sentence,text,value", [
    ("es", "La ceremonia empezó a las 15:00, hora de Moscú.", "15:00", "15:00"),
    ("de", "Die Zeremonie begann um 15:00 Uhr Moskauer Zeit.", "15:00", "15:00"),
    ("zh", "仪式于莫斯科时间15时开始。", "15时", "15:00"),
    ("pt", "A cerimônia começou às 9h (horário de Brasília).", "9h", "09:00"),  # "Brasília" holds the country "Brasil"
    ("pl", "Ceremonia rozpoczęła się o godz. 14 czasu kijowskiego.", "14", "14:00"),  # supplement: Kyiv time
    # supplements: Sri Lanka time (UTC+5:30) and Greenwich time, in the instrumental si writes them in
    ("si", "උත්සවය ශ්‍රී ලංකා වේලාවෙන් ප.ව. 5.30ට ආරම්භ විය.", "ප.ව. 5.30ට", "17:30"),
    ("ta", "விழா இலங்கை நேரப்படி மாலை 5.30 மணிக்கு தொடங்கியது.", "மாலை 5.30 மணிக்கு", "17:30"),
])
def test_zones_cldr_names_in_each_language_are_known_by_their_offsets(lang, sentence, text, value):
    """Zone names are generated from CLDR's metazones (``lang/cldr``) with the tz database's offsets: 15:00 in
    Moscow is 12:00 GMT, not 13:00; 9:00 in Brasília (UTC-3) is 12:00 GMT."""
    clock = _at("b", lang, text, value, sentence)
    assert _judge(_at("a", "en", "12:00", "12:00", "The ceremony began at 12:00 GMT."), clock).agree
    assert not _judge(_at("a", "en", "13:00", "13:00", "The ceremony began at 13:00 GMT."), clock).agree


@pytest.mark.parametrize("pt_day,agree", [("2025-08-15", True), ("2025-08-16", False)])
def test_a_days_clock_is_the_one_outside_the_brackets_it_stands_beside(pt_day, agree):
    """"at 11:47 p.m. local time on Friday, Aug. 14 (0447 GMT on Saturday)": Friday's clock is 11:47 p.m.; read
    with the bracketed 04:47 GMT it would be Friday 04:47 UTC, a day before "dia 15, à 1h47 (horário de
    Brasília)" (04:47 UTC on Saturday). The local time is UTC-5, as its restatement in GMT says."""
    en_s = "The quake hit at 11:47 p.m. local time on Friday, Aug. 14 (0447 GMT on Saturday)."
    pt_s = "O terremoto atingiu o sul do Peru na madrugada do dia 15, à 1h47 (horário de Brasília)."
    en = [_at("en_c", "en", "11:47 p.m.", "23:47", en_s), _at("en_g", "en", "0447", "04:47", en_s)]
    day = _at("en_d", "en", "Friday, Aug. 14", "2025-08-14", en_s)
    en.append(replace(day, quantity=Quantity("date", "2025-08-14", "date")))
    pt_d = _at("pt_d", "pt", "dia 15", pt_day, pt_s)
    pt = [_at("pt_c", "pt", "1h47", "01:47", pt_s), replace(pt_d, quantity=Quantity("date", pt_day, "date"))]
    conflicts, _ = compare_facts([Fact("f1", ["en_d", "pt_d"])], [*en, *pt])
    assert (not conflicts) is agree, conflicts


def test_days_one_apart_with_known_zones_need_the_hours_between_those_zones():
    """"23:40 GMT on the 4th" and "8:40 JST on the 5th" are one moment; "7:40 JST on the 5th" is 8 h later on the
    clock, a whole number of hours, but not the 9 h between GMT and JST: the clocks are an hour apart, yet both days
    are the 4th in UTC (22:40 and 23:40), so the clock is the slip, not the day. "3:40 JST on the 6th" is another
    UTC day (the 5th at 18:40)."""
    def story(jst):
        en_s = "The probe landed at 23:40 GMT on March 4."
        ja_s = f"探査機は日本時間3月5日午前{jst}時40分に着陸した。"
        return [_at("ed", "en", "March 4", "2026-03-04", en_s), _at("et", "en", "23:40", "23:40", en_s),
                _at("jd", "ja", "3月5日", "2026-03-05", ja_s), _at("jt", "ja", f"午前{jst}時40分", f"{jst:02d}:40", ja_s)]
    for jst, day_agrees, clock_agrees in ((8, True, True), (7, True, False)):
        claims = story(jst)
        for c in claims:
            if c.id.endswith("d"):
                c.quantity = Quantity("date", c.value, "date")
        conflicts, _ = compare_facts([Fact("f1", ["ed", "jd"])], claims)
        assert (not conflicts) == day_agrees, (jst, conflicts)
        conflicts, _ = compare_facts([Fact("f1", ["et", "jt"])], claims)
        assert (not conflicts) == clock_agrees, (jst, conflicts)
    late = [_at("ed", "en", "March 4", "2026-03-04", "The probe landed at 23:40 GMT on March 4."),
            _at("et", "en", "23:40", "23:40", "The probe landed at 23:40 GMT on March 4."),
            _at("jd", "ja", "3月6日", "2026-03-06", "探査機は日本時間3月6日午前3時40分に着陸した。"),
            _at("jt", "ja", "午前3時40分", "03:40", "探査機は日本時間3月6日午前3時40分に着陸した。")]
    for c in late:
        if c.id.endswith("d"):
            c.quantity = Quantity("date", c.value, "date")
    conflicts, _ = compare_facts([Fact("f1", ["ed", "jd"])], late)
    assert conflicts


# A clock whose sentence names no zone, against one in a named zone of known offsets: the first is read in the
# zone its language's press tells clocks in (``home_time_zone``); two clocks that name none are never read so.

@pytest.mark.parametrize("a,b,agree", [
    # Stockholm 14.30 is Kyiv 15:30 (CET/EET, one hour apart in either season)
    (("sv", "14.30", "14:30", "Avtalet undertecknades klockan 14.30 i Göteborg."),
     ("uk", "15:30", "15:30", "Угоду підписали о 15:30 за київським часом у Гетеборзі."), True),
    (("he", "10:00", "10:00", "הטקס החל בשעה 10:00 שעון ישראל."),
     ("fr", "9 h", "09:00", "La cérémonie a commencé à 9 h à Lyon."), True),
    # the same pair an hour further apart: an hour gone wrong
    (("sv", "13.30", "13:30", "Avtalet undertecknades klockan 13.30 i Göteborg."),
     ("uk", "15:30", "15:30", "Угоду підписали о 15:30 за київським часом у Гетеборзі."), False),
    # neither names a zone: a translation copies its source's clock, so an hour between them is a slip
    (("sv", "14.30", "14:30", "Avtalet undertecknades klockan 14.30 i Göteborg."),
     ("uk", "15:30", "15:30", "Угоду підписали о 15:30 у Гетеборзі."), False),
    # the zone one names is the other's home zone: an hour between them is no other zone (both CET)
    (("no", "01.40", "01:40", "Ulykken skjedde klokken 01.40 norsk tid ved Mohács."),
     ("hu", "0 óra 40 perckor", "00:40", "A baleset 0 óra 40 perckor történt Mohács közelében."), False),
    (("no", "00.40", "00:40", "Ulykken skjedde klokken 00.40 norsk tid ved Mohács."),
     ("hu", "0 óra 40 perckor", "00:40", "A baleset 0 óra 40 perckor történt Mohács közelében."), True),
    # a language written in many zones has no home zone: English "2 p.m." is no reading of a Paris clock
    (("en", "2:30 p.m.", "14:30", "The deal was signed at 2:30 p.m. in Lyon."),
     ("fr", "15 h 30", "15:30", "L'accord a été signé à 15 h 30 heure de Paris."), False),
])
def test_a_clock_naming_no_zone_is_read_in_its_press_home_zone_against_a_named_one(a, b, agree):
    verdict = _judge(_at("a", *a), _at("b", *b))
    assert bool(verdict.agree) is agree, verdict


def test_zones_that_both_change_their_clocks_keep_their_one_hour():
    """CET and EET are one hour apart in winter and in summer: 11.30 German time and 13:30 Romanian time are two
    moments, though CET's winter offset and EET's summer one would make them one."""
    de = _at("a", "de", "11.30 Uhr", "11:30", "Der Vertrag wurde um 11.30 Uhr deutscher Zeit unterzeichnet.")
    ro = _at("b", "ro", "13:30", "13:30", "Contractul a fost semnat la ora 13:30 ora României.")
    assert _judge(de, ro).agree is False
    ro_right = _at("b", "ro", "12:30", "12:30", "Contractul a fost semnat la ora 12:30 ora României.")
    assert _judge(de, ro_right).agree is True


def test_a_bracketed_clock_in_a_third_zone_restates_neither():
    """"o godz. 15 czasu polskiego (16 czasu kijowskiego)" states 16:00 only as Kyiv time: a version that gives
    16:00 in Central European time contradicts the Polish 15:00 (``moments.known_apart``)."""
    sentence = "Decyzję opublikowano o godz. 15 czasu polskiego (16 czasu kijowskiego)."
    pl = _at("a", "pl", "15", "15:00", sentence)
    cs = _at("b", "cs", "16 hodin", "16:00", "Rozhodnutí bylo zveřejněno v 16 hodin SEČ.")
    kyiv = _at("c", "pl", "16", "16:00", sentence)
    conflicts, _ = compare_facts([Fact("f1", ["a", "b"])], [pl, cs, kyiv])
    assert [c.type for c in conflicts] == ["date"]


@pytest.mark.parametrize("lang,sentence,text,gmt_agree,gmt_other", [
    ("ru", "Церемония началась в 15:00 по киевскому времени.", "15:00", "12:00", "14:00"),
    ("ru", "Поезд прибыл в 9:05 по варшавскому времени.", "9:05", "08:05", "06:05"),
    ("uk", "Церемонія почалася о 15:00 за варшавським часом.", "15:00", "13:00", "12:00"),
    ("pl", "Ceremonia zaczęła się o 14.00 czasu warszawskiego.", "14.00", "12:00", "11:00"),
    # hu "{0}i idő szerint" (``city_time_formats``) over CLDR's zone cities: Tokió is UTC+9 all year
    ("hu", "A rakéta tokiói idő szerint 20.15-kor indult.", "20.15", "11:15", "12:15"),
    # hi "according to Indian time", the suffix glued to the zone's noun (समय + अनुसार)
    ("hi", "भारतीय समयानुसार शाम 5:30 बजे उड़ान रवाना हुई।", "शाम 5:30 बजे", "12:00", "11:30"),
])
def test_a_zone_named_by_its_citys_adjective_is_known_by_its_offsets(lang, sentence, text, gmt_agree, gmt_other):
    """Supplement rows ("по киевскому времени", "за варшавським часом", "czasu warszawskiego"): a clock in Kyiv or
    Warsaw time is compared by the zone's offsets, summer time included, not excused as any whole hour away."""
    value = {"शाम 5:30 बजे": "17:30"}.get(text) or text.replace(".", ":").rjust(5, "0")
    clock = _at("b", lang, text, value, sentence)
    assert _judge(_at("a", "en", gmt_agree, gmt_agree, f"It began at {gmt_agree} GMT."), clock).agree
    assert not _judge(_at("a", "en", gmt_other, gmt_other, f"It began at {gmt_other} GMT."), clock).agree


def test_a_bracketed_clock_takes_its_brackets_zone_across_its_own_day():
    """"в 22:40 по варшавскому времени 3 марта (в 23:40 3 марта по Киеву)": the day and month between the clock
    and "по Киеву" are the clock's own, no other figure's, and the Warsaw zone outside the brackets is 22:40's."""
    from claimcheck.moments import clock_zone
    sentence = "Поезд отправился в 22:40 по варшавскому времени 3 марта (в 23:40 3 марта по Киеву)."
    warsaw, kyiv = _at("a", "ru", "22:40", "22:40", sentence), _at("b", "ru", "23:40", "23:40", sentence)
    assert clock_zone(warsaw).word == "по варшавскому времени"
    assert clock_zone(kyiv).word == "по Киеву"
    assert _judge(kyiv, _at("c", "uk", "23:40", "23:40", "Поїзд вирушив о 23:40 за Києвом.")).agree
    assert not _judge(kyiv, _at("c", "uk", "00:40", "00:40", "Поїзд вирушив о 00:40 за Києвом.")).agree


@pytest.mark.parametrize("lang,sentence,text,zone", [
    # the clock's date, weekday, day, month and year, stands between it and its zone word
    ("ar", "انقطعت الكهرباء عند الساعة 3:15 من فجر يوم الثلاثاء 4 مارس/آذار 2025 بتوقيت السعودية.", "3:15",
     "بتوقيت السعودية"),
    ("en", "The grid failed at 3:15 a.m. on Tuesday, March 4, 2025, Moscow time.", "3:15", "Moscow time"),
])
def test_a_zone_after_the_clocks_own_date_is_the_clocks(lang, sentence, text, zone):
    """A clock's own date between it and a zone word (its weekday, day, month and year) is no other figure: the zone
    is the clock's, so "3:15 … Saudi time" is 00:15 GMT and conflicts with "01:15 GMT"."""
    from claimcheck.moments import clock_zone
    clock = _at("a", lang, text, text.rjust(5, "0"), sentence)
    assert clock_zone(clock).word.lower() == zone.lower()
    assert _judge(_at("b", "en", "00:15", "00:15", "The grid failed at 00:15 GMT."), clock).agree
    assert not _judge(_at("b", "en", "01:15", "01:15", "The grid failed at 01:15 GMT."), clock).agree


def test_a_figure_between_a_clock_and_a_zone_word_keeps_the_zone_its_own():
    """"at 9:40, 12 people … Moscow time": a count between them is another figure, and the zone is not the clock's."""
    from claimcheck.moments import clock_zone
    clock = _at("a", "en", "9:40", "09:40", "At 9:40, 12 passengers were still aboard, by Moscow time.")
    assert clock_zone(clock).word is None


@pytest.mark.parametrize("a,b_clock,agree", [
    # 18:45 at UTC+5:30 is 13:15 UTC, which is 16:45 at UTC+3:30 (Iran): a zone keeps that offset
    (("en", "4.45 p.m.", "16:45", "The convoy left at 4.45 p.m."), "18:45", True),
    # "6.45 p.m." against "06:45" Indian time: UTC-6:30 or UTC+17:30 would be needed, and no zone keeps either
    (("en", "6.45 p.m.", "18:45", "The convoy left at 6.45 p.m."), "06:45", False),
])
def test_the_same_minute_in_another_zone_needs_a_zone_that_keeps_that_offset(a, b_clock, agree):
    """One clock's zone known by its offset, the other naming none, the same minute past another hour is one moment
    in two zones only where some zone of the time-zone database keeps the offset that reading implies."""
    b = _at("b", "hi", b_clock, b_clock, f"काफ़िला भारतीय समय {b_clock} बजे रवाना हुआ।")
    verdict = _judge(_at("a", *a), b)
    assert verdict.agree is agree, verdict


@pytest.mark.parametrize("text,lang", [
    ("The call starts at 10.30am Berlin time (9.30am in London) on Tuesday.", "en"),
    ("Die Konferenz beginnt um 14 Uhr Schweizer Zeit (9 Uhr an der US-Ostküste).", "de"),
    ("La réunion a commencé à 10 heures (8 heures GMT).", "fr"),
])
def test_a_clock_restated_in_brackets_is_its_own_conversion(text, lang):
    """One moment in two zones is one statement, as "$1.2bn (€1.1bn)" is: the bracketed clock is linked to the first."""
    from claimcheck.extract import extract_text

    first, second = [c for c in extract_text(text, lang, reference_year=2025) if c.unit == "time"]
    assert second.conversion_of == first.id


@pytest.mark.parametrize("place,own,conflict", [
    ("ロンドン", "14:32", False),  # London 04:32 is 13:32 or 12:32 in Tokyo: a whole hour off is left to the seasons
    ("ロンドン", "13:23", True),   # no two zones' offsets differ by 8 h 51 min: the article's own conversion slipped
    ("モスクワ", "09:32", True),   # Moscow 04:32 is 10:32 in Tokyo all year: neither zone has seasons to leave it to
    ("モスクワ", "10:32", False),
])
def test_an_own_clock_conversion_is_checked_by_its_minutes(place, own, conflict):
    a = _claim("a", "ja", "04:32", "time", 10, sentence=f"{place}時間午前4時32分（日本時間午前X時）")
    b = replace(_claim("b", "ja", own, "time", 20, sentence=a.sentence), conversion_of="a")
    conflicts, _ = compare_facts([Fact("f1", ["a", "b"])], [a, b])
    assert bool(conflicts) is conflict


@pytest.mark.parametrize("ro_clock,conflict", [("03:47", True), ("02:47", False)])
def test_a_local_clock_restated_in_gmt_against_one_that_names_no_zone(ro_clock, conflict):
    """"2.47am local time (00:47 GMT)" against a version that names no zone: the zone written for the bracketed
    clock is not the local one's, so the zoneless version kept the place's clock and an hour is a slip."""
    en = Claim("en", "en", 24, 30, "2.47am", Quantity("date", "02:47", "time"), lang="en",
               sentence="The alarm was raised at 2.47am local time (00:47 GMT).", sentence_start=0, sentence_index=0)
    ro = Claim("ro", "ro", 28, 32, ro_clock.replace("0", "", 1), Quantity("date", ro_clock, "time"), lang="ro",
               sentence=f"Apelul a fost înregistrat la ora {ro_clock.lstrip('0')}.", sentence_start=0, sentence_index=0)
    conflicts, _ = compare_facts([Fact("f1", ["en", "ro"])], [en, ro])
    assert bool(conflicts) is conflict


@pytest.mark.parametrize("ar_sentence,conflict", [
    ("انطلق الحفل على الساعة العاشرة صباحاً بالتوقيت المحلي", True),  # local 10:00 against local 11:00
    ("انطلق الحفل على الساعة العاشرة صباحاً بتوقيت غرينتش", False),  # the GMT restatement, copied
], ids=["local", "gmt"])
def test_a_clock_that_matches_the_other_versions_restatement_only_if_its_zones_agree(ar_sentence, conflict):
    en_sentence = "The ceremony began at 11 a.m. local time (1000 GMT)."
    en = Claim("en", "en", 22, 29, "11 a.m.", Quantity("date", "11:00", "time"), lang="en", sentence=en_sentence,
               sentence_start=0, sentence_index=0)
    gmt = Claim("en2", "en", 43, 47, "1000", Quantity("date", "10:00", "time"), lang="en", sentence=en_sentence,
                sentence_start=0, sentence_index=0, conversion_of="en")
    at = ar_sentence.index("العاشرة")
    ar = Claim("ar", "ar", at, at + len("العاشرة صباحاً"), "العاشرة صباحاً", Quantity("date", "10:00", "time"), lang="ar",
               sentence=ar_sentence, sentence_start=0, sentence_index=0)
    conflicts, _ = compare_facts([Fact("f1", ["en", "en2", "ar"])], [en, gmt, ar])
    assert (("en", "ar") in {c.claims for c in conflicts}) is conflict


@pytest.mark.parametrize("it_clock,agree", [
    ("11.40", True),   # 6.40 in Mendoza (UTC-3) is 11.40 in Italy in summer (UTC+2)
    ("13.40", False),  # no season of Italy's gives 13.40
])
def test_a_clock_told_in_a_named_countrys_time_takes_that_countrys_zone(it_clock, agree):
    """"quando in Italia erano le 11.40": a clock whose clause names one country, and no zone, is that country's
    time (its zones' offsets, from the time-zone database), against a clock in a country of one offset."""
    it = _at("a", "it", it_clock, it_clock.replace(".", ":"), f"La minima è arrivata quando in Italia erano le {it_clock}.")
    es = _at("b", "es", "6.40", "06:40", "La mínima se registró en Argentina a las 6.40.")
    verdict = _judge(it, es)
    assert verdict.agree is agree, verdict


def test_a_country_of_several_offsets_gives_no_zone():
    """Russia's zones keep eleven offsets: naming it says nothing of a clock's zone."""
    from claimcheck.moments import clock_zone, country_offsets

    assert country_offsets("IT") == (60, 120) and country_offsets("RU") == ()
    ru = _at("a", "en", "10.40", "10:40", "In Russia the launch came at 10.40.")
    assert not clock_zone(ru).names_zone


def test_a_zone_that_brackets_another_clock_is_not_the_outer_clocks():
    """"at around 5:40 a.m. on Sunday (2040 GMT on Saturday)": GMT is the bracketed clock's zone; the outer clock is
    the place's, so "上午5时40分" in Japan agrees with it. A zone in brackets of its own still names the clock's."""
    from claimcheck.moments import clock_zone

    sentence = "The bear attacked at around 5:40 a.m. on Sunday (2040 GMT on Saturday)."
    outer = _at("a", "en", "5:40 a.m.", "05:40", sentence)
    assert clock_zone(outer).word is None
    zh = _at("b", "zh", "上午5时40分", "05:40", "日本北海道美空町12日上午5时40分左右，一名男子遭棕熊袭击。")
    assert clock_zone(zh).offsets == (540,)
    assert _judge(outer, zh).agree
    assert clock_zone(_at("c", "pt", "9h", "09:00", "A cerimônia começou às 9h (horário de Brasília).")).offsets


@pytest.mark.parametrize("lang,sentence,text", [
    ("cs", "Oznámil to v 10:30 SEČ na schůzi zaměstnanců.", "10:30"),
    ("sk", "Oznámil to o 10:30 SEČ na stretnutí.", "10:30"),
])
def test_central_european_time_abbreviated_is_winter_time(lang, sentence, text):
    """cs/sk "SEČ" is UTC+1 only, as de "MEZ" is (summer time is "SELČ", "MESZ"): 10:30 SEČ is 9:30 UTC, an hour
    after 9.30 MEZ."""
    clock = _at("a", lang, text, "10:30", sentence)
    assert not _judge(clock, _at("b", "de", "9.30 Uhr", "09:30", "Er kündigte es um 9.30 Uhr MEZ an.")).agree
    assert _judge(clock, _at("c", "de", "10.30 Uhr", "10:30", "Er kündigte es um 10.30 Uhr MEZ an.")).agree


def test_a_country_before_a_bracket_is_not_the_bracketed_clocks():
    """"in Finlandia alle 21 (alle 20 …)": Finland is the first clock's place; the clock in brackets after it is told
    in another zone, not Finland's."""
    from claimcheck.moments import clock_zone

    sentence = "Il sorteggio si è tenuto in Finlandia alle 21.00 (20.00 a Roma)."
    assert clock_zone(_at("a", "it", "21.00", "21:00", sentence)).offsets == (120, 180)
    assert clock_zone(_at("b", "it", "20.00", "20:00", sentence)).offsets == (60, 120)  # Rome's (``city_time_after_clock``)


GMT_0630 = ("en", "06:30", "06:30", "The fair opened at 06:30 GMT.")
KYIV_0150 = ("en", "1:50 a.m.", "01:50", "At 1:50 a.m. Kyiv time, drones struck the grain terminal.")


@pytest.mark.parametrize("a,b,agree", [
    # a clock given in a city's time (``city_time_formats`` filled with CLDR's zone cities): Tehran is UTC+3:30
    (GMT_0630, ("es", "10.00", "10:00", "La feria abrió a las 10.00 hora de Teherán."), True),
    (GMT_0630, ("zh", "14时30分", "14:30", "展会于德黑兰时间14时30分开幕。"), False),
    (GMT_0630, ("it", "10:00", "10:00", "La fiera ha aperto alle 10:00 ora di Teheran."), True),
    # a clock that names no zone is its press's (Polish summer time, 00:50) or the place's kept (01:50); 14:50 would
    # need a zone eleven hours from Kyiv's
    (KYIV_0150, ("pl", "0.50", "00:50", "O godz. 0.50 drony zaatakowały terminal zbożowy."), True),
    (KYIV_0150, ("pl", "1.50", "01:50", "O godz. 1.50 drony zaatakowały terminal zbożowy."), True),
    (KYIV_0150, ("pl", "14.50", "14:50", "O godz. 14.50 drony zaatakowały terminal zbożowy."), False),
])
def test_a_clock_is_read_in_its_citys_zone_its_presss_or_the_places_never_a_guessed_one(a, b, agree):
    verdict = _judge(_at("a", *a), _at("b", *b))
    assert verdict.agree is agree, verdict


def test_a_sentence_whose_two_zones_give_two_moments_excuses_no_other_clock():
    """"10.00 Tahran saatiyle (TSİ 10.30)": Tehran is 3.5 h ahead of UTC, Turkey 3 h, so the bracket is 07:30 UTC,
    not the 06:30 of the Tehran clock; the Persian "10 a.m." is compared with it, not excused by it."""
    sentence = "Fuar, Tahran saatiyle 10.00'da (TSİ 10.30) açıldı."
    tehran = _at("t1", "tr", "10.00", "10:00", sentence)
    bracket = _at("t2", "tr", "10.30", "10:30", sentence)
    fa = _at("f", "fa", "۱۰ صبح", "10:00", "نمایشگاه ساعت ۱۰ صبح به وقت تهران گشایش یافت.")
    conflicts, consistent = compare_facts([Fact("f1", ["t1", "t2", "f"])], [tehran, bracket, fa])
    assert any(set(k.claims) == {"t2", "f"} for k in conflicts), (conflicts, consistent)
    # and the article's own restatement is reported against its clock
    bracket = replace(bracket, conversion_of="t1")
    conflicts, _ = compare_facts([Fact("f1", ["t1", "t2", "f"])], [tehran, bracket, fa])
    assert any(set(k.claims) == {"t1", "t2"} and k.outlier == "tr" for k in conflicts), conflicts


@pytest.mark.parametrize("el_sentence,gmt,agree", [
    # a June day: Greece keeps summer time (UTC+3), so 13:30 is 10:30 GMT and not 11:30
    ("Η συμφωνία υπογράφηκε στις 16 Ιουνίου στις 13:30.", "10:30", True),
    ("Η συμφωνία υπογράφηκε στις 16 Ιουνίου στις 13:30.", "11:30", False),
    # a January day: winter time (UTC+2)
    ("Η συμφωνία υπογράφηκε στις 16 Ιανουαρίου στις 13:30.", "11:30", True),
    ("Η συμφωνία υπογράφηκε στις 16 Ιανουαρίου στις 13:30.", "10:30", False),
    # no month named: either season's offset may be meant
    ("Η συμφωνία υπογράφηκε την Τρίτη στις 13:30.", "11:30", True),
])
def test_a_zone_of_two_seasons_keeps_the_one_its_sentences_month_falls_in(el_sentence, gmt, agree):
    """A clock its sentence dates by a month's name is told in that season's offset (``moments._in_season``): a
    Greek press's home zone is UTC+2 in winter and UTC+3 in summer, never either on a June day."""
    el = _at("el", "el", "13:30", "13:30", el_sentence)
    en = _at("en", "en", f"{gmt} GMT", gmt, f"The deal was signed at {gmt} GMT.")
    assert _judge(el, en).agree is agree


def test_a_clock_in_brackets_naming_no_zone_takes_no_zone_of_the_clock_outside():
    """"o 10.30 h SELČ (v Soule bolo 17.30 h)": SELČ is 10.30's zone; the bracketed 17.30 is Seoul's, a place
    the brackets name and no zone word gives, so it has no known zone (and is no 17.30 SELČ)."""
    from claimcheck.moments import clock_zone
    sentence = "Zmluvu podpísali o 10.30 h SELČ (v Soule bolo 17.30 h) na úrade vlády."
    outside, bracketed = _at("a", "sk", "10.30 h", "10:30", sentence), _at("b", "sk", "17.30 h", "17:30", sentence)
    assert clock_zone(outside).offsets == (120,)
    assert clock_zone(bracketed).word is None and clock_zone(bracketed).offsets == ()


@pytest.mark.parametrize("lang,sentence,text,value,gmt,agree", [
    # April is summer time north of the equator: a Polish 9:00 on 26 April is 07:00 GMT, not 08:00
    ("pl", "Start nastąpił o godz. 9 w niedzielę 26 kwietnia.", "godz. 9", "09:00", "07:00", True),
    ("pl", "Start nastąpił o godz. 9 w niedzielę 26 kwietnia.", "godz. 9", "09:00", "08:00", False),
    # January is summer south of it: Auckland keeps UTC+13 then, UTC+12 in July
    ("es", "El 15 de enero comenzó a las 13.00, hora de Auckland.", "13.00", "13:00", "00:00", True),
    ("es", "El 15 de enero comenzó a las 13.00, hora de Auckland.", "13.00", "13:00", "01:00", False),
    ("es", "El 15 de julio comenzó a las 13.00, hora de Auckland.", "13.00", "13:00", "01:00", True),
    # a pair of offsets zones on both sides keep (Santiago's UTC-4/-3, Halifax's too): both, whatever the month
    ("es", "El 15 de enero comenzó a las 21.00, hora de Santiago de Chile.", "21.00", "21:00", "01:00", True),
])
def test_the_month_picks_the_season_north_and_south_of_the_equator(lang, sentence, text, value, gmt, agree):
    """``moments._in_season``: a zone the tz database keeps north of the equator has summer time from April to
    September, one south of it from November to March; a pair of offsets kept on both sides is not narrowed."""
    clock = _at("a", lang, text, value, sentence)
    assert _judge(clock, _at("b", "en", f"{gmt} GMT", gmt, f"It began at {gmt} GMT.")).agree is agree


@pytest.mark.parametrize("sentence,outside,bracket,text_out,text_in,reported", [
    # Manila keeps UTC+8 all year: "9 a.m. (0200 GMT)" is an hour off, no season's slip
    ("Trading resumed at 9 a.m. Philippine time (0200 GMT) on the exchange.", "09:00", "02:00", "9 a.m.", "0200", True),
    ("Trading resumed at 9 a.m. Philippine time (0100 GMT) on the exchange.", "09:00", "01:00", "9 a.m.", "0100", False),
    # Berlin keeps two seasons: an hour off is left to them
    ("Trading resumed at 9 a.m. Berlin time (0600 GMT) on the exchange.", "09:00", "06:00", "9 a.m.", "0600", False),
])
def test_an_articles_own_restatement_an_hour_off_is_reported_where_neither_zone_has_seasons(
        sentence, outside, bracket, text_out, text_in, reported):
    out = _at("o", "en", text_out, outside, sentence)
    inside = replace(_at("i", "en", text_in, bracket, sentence), conversion_of="o")
    other = _at("x", "fr", "9 heures", outside, "La séance a repris à 9 heures, heure de Manille.")
    conflicts, _ = compare_facts([Fact("f1", ["o", "i", "x"])], [out, inside, other])
    assert any(set(k.claims) == {"o", "i"} for k in conflicts) is reported, conflicts


def test_a_city_right_after_a_clock_is_its_zone_and_elsewhere_a_place():
    """fr "(midi à Paris)", pt "(7h em Brasília)" (``city_time_after_clock``): the city is the clock's zone; "em Roma"
    before "às 15h00 (hora de Lisboa)" is where the meeting is, and the bracket still gives the zone."""
    from claimcheck.moments import clock_zone
    fr = "La cérémonie a commencé à 10 heures, heure locale (midi à Paris)."
    assert clock_zone(_at("a", "fr", "midi", "12:00", fr)).offsets == (60, 120)
    pt = "A conferência começa às 14h de Lagos (10h em Brasília)."
    assert clock_zone(_at("b", "pt", "10h", "10:00", pt)).offsets == (-180,)
    # de has no city_time_formats of its own: the clock's city still comes from city_time_after_clock
    de = "Die Sitzung begann um 14 Uhr (8 Uhr in New York)."
    assert clock_zone(_at("g", "de", "8 Uhr", "08:00", de)).offsets == (-300, -240)
    rome = "O ministério convocou uma reunião em Roma, a 3 de março, às 11h00 (hora de Lisboa)."
    assert clock_zone(_at("c", "pt", "11h00", "11:00", rome)).offsets == (0, 60)
    # after a comma too: the place the clock is told in, es "a las 15.00 horas, en Bruselas"
    es = "Los armadores serán recibidos el martes 9 de febrero a las 16.30 horas, en Bruselas, por el comisario."
    assert clock_zone(_at("f", "es", "16.30 horas", "16:30", es)).offsets == (60, 120)
    assert _judge(_at("h", "es", "16.30 horas", "16:30", es),
                  _at("i", "pt", "15h30", "15:30", "Os armadores serão recebidos a 9 de fevereiro às 15h30 (hora de Lisboa).")).agree
    # 12:00 in Paris in January is 11:00 GMT, no 10:00 GMT
    assert _judge(_at("d", "fr", "midi", "12:00", "Le vote a eu lieu en janvier à midi à Paris."),
                  _at("e", "en", "10:00 GMT", "10:00", "The vote took place in January at 10:00 GMT.")).agree is False


def test_the_brazilian_press_names_brasilia_time_by_de_after_the_clock_and_local_time_by_horario_local():
    """pt-BR "às 10h no horário local (13h de Brasília)": "de Brasília" right after a clock is Brasília's time, as
    "horário de Brasília" is, and "horário local" is local time; "a praça de Brasília" elsewhere names a place."""
    from claimcheck.moments import clock_zone
    pt = "A cerimônia será às 10h no horário local (13h de Brasília), em Lima."
    assert clock_zone(_at("a", "pt", "13h", "13:00", pt)).offsets == (-180,)
    assert clock_zone(_at("b", "pt", "10h", "10:00", pt)).local
    place = "O encontro na praça de Brasília começou às 13h."
    assert not clock_zone(_at("c", "pt", "13h", "13:00", place)).offsets
    # 13h in Brasília is 16:00 GMT, no 17:00 GMT
    assert _judge(_at("d", "pt", "13h", "13:00", pt),
                  _at("e", "en", "1700 GMT", "17:00", "The ceremony will begin at 1700 GMT.")).agree is False


@pytest.mark.parametrize("sentence,gmt,agree", [
    # Latvia keeps UTC+3 in July: 10 a.m. local time is 07:00 GMT
    ("Latvia's parliament voted on 14 July at 10 a.m. local time.", "07:00", True),
    ("Latvia's parliament voted on 14 July at 10 a.m. local time.", "08:00", False),
    # a country in brackets is another clock's place: local time stays unknown, and on the hour no shift is assumed
    ("The vote began at 10 a.m. local time (9 a.m. in Poland) on 14 July.", "08:00", False),
    # no country at all: as before
    ("The parliament voted on 14 July at 10 a.m. local time.", "07:00", False),
])
def test_local_time_is_the_time_of_the_one_country_its_sentence_names(sentence, gmt, agree):
    """"at Estonia's ministry at 11am local time (0900 GMT)": local time is the named country's, where all its zones keep
    one pair of offsets (``moments._local_offsets``); a country named in brackets is another clock's place."""
    local = _at("a", "en", "10 a.m.", "10:00", sentence)
    assert _judge(local, _at("b", "en", f"{gmt} GMT", gmt, f"It began at {gmt} GMT.")).agree is agree


def test_a_local_clock_restated_in_gmt_an_hour_off_its_countrys_season_is_reported():
    """The English restates its own local clock in GMT by the wrong season's offset; the other version's clock in the
    country's named time agrees with the local one."""
    sentence = "The plan was unveiled at Finland's Ministry of Transport on 8 April at 11am local time (0900 GMT)."
    local = _at("l", "en", "11am", "11:00", sentence)
    gmt = replace(_at("g", "en", "0900", "09:00", sentence), conversion_of="l")
    fi = _at("f", "fi", "kello 11", "11:00", "Suunnitelma esiteltiin 8. huhtikuuta kello 11 Suomen aikaa.")
    conflicts, _ = compare_facts([Fact("f1", ["l", "g", "f"])], [local, gmt, fi])
    assert {frozenset(k.claims) for k in conflicts} == {frozenset({"l", "g"}), frozenset({"g", "f"})}, conflicts


@pytest.mark.parametrize("day_month,gmt,agree", [
    (7, "07:00", True), (7, "08:00", False),  # a July day: Polish summer time, UTC+2
    (1, "08:00", True), (1, "07:00", False),  # a January day: UTC+1
    (None, "07:00", True), (None, "08:00", True),  # no day the article dates: either season
])
def test_a_clock_whose_sentence_names_no_month_takes_the_season_of_its_articles_day(day_month, gmt, agree):
    """``Quantity.day_month``: the month of the calendar day the article states nearest the clock picks the season of
    its zone where its own sentence names no month."""
    pl = _at("a", "pl", "godz. 9", "09:00", "Start nastąpił o godz. 9 w niedzielę.")
    pl = replace(pl, quantity=replace(pl.quantity, day_month=day_month))
    assert _judge(pl, _at("b", "en", f"{gmt} GMT", gmt, f"It began at {gmt} GMT.")).agree is agree


@pytest.mark.parametrize("day_date,gmt,agree", [
    ("2026-03-17", "08:00", True), ("2026-03-17", "07:00", False),  # before the last Sunday of March: UTC+1
    ("2026-03-31", "07:00", True), ("2026-03-31", "08:00", False),  # after it: summer time, UTC+2
    (None, "07:00", True), (None, "08:00", True),  # March alone straddles the change: either season
])
def test_a_clock_in_a_month_that_changes_the_clocks_takes_the_season_of_its_articles_day(day_date, gmt, agree):
    """``Quantity.day_date``: in March the day itself says whether Poland keeps winter or summer time (the tz
    database: the change comes on 29 March 2026)."""
    pl = _at("a", "pl", "godz. 9", "09:00", "Start nastąpił o godz. 9 we wtorek.")
    pl = replace(pl, quantity=replace(pl.quantity, day_month=3, day_date=day_date))
    gmt_clock = _at("b", "en", f"{gmt} GMT", gmt, f"It began at {gmt} GMT.")
    gmt_clock = replace(gmt_clock, quantity=replace(gmt_clock.quantity, day_month=3, day_date=day_date))
    assert _judge(pl, gmt_clock).agree is agree


def test_the_day_overrules_the_month_s_rule_of_thumb():
    """April is summer time north of the equator by the month's rule, but Cairo keeps winter time until the last Friday
    of April: on 5 April 2027 "الحادية عشرة صباحاً بتوقيت القاهرة" may be 09:00 GMT (the zones keeping Cairo's two
    offsets keep both that day), where the month alone read it as 08:00."""
    ar = _at("a", "ar", "الحادية عشرة صباحاً", "11:00", "بدأ الاجتماع في الحادية عشرة صباحاً بتوقيت القاهرة.")
    ar = replace(ar, quantity=replace(ar.quantity, day_month=4, day_date="2027-04-05"))
    gmt = _at("b", "en", "09:00 GMT", "09:00", "The meeting began at 09:00 GMT on April 5.")
    assert _judge(ar, gmt).agree
    assert not _judge(ar, replace(gmt, quantity=replace(gmt.quantity, value="07:00"))).agree


def test_a_clock_takes_the_day_its_weekday_or_written_year_settles():
    """``extract._date_clocks``: the day a clock is read on is a full date only where the article writes its year
    or its weekday settles it; a year guessed is no day."""
    from claimcheck.extract import extract_text
    dated = next(c for c in extract_text("La firma è avvenuta martedì 17 marzo 2026. La cerimonia è iniziata alle 12.30.",
                                         "it", reference_year=2026) if c.unit == "time")
    assert (dated.quantity.day_month, dated.quantity.day_date) == (3, "2026-03-17")
    guessed = next(c for c in extract_text("La firma è avvenuta il 17 marzo. La cerimonia è iniziata alle 12.30.",
                                           "it", reference_year=2026) if c.unit == "time")
    assert (guessed.quantity.day_month, guessed.quantity.day_date) == (3, "2026-03-17")
    assert guessed.quantity.day_year_guessed and not dated.quantity.day_year_guessed


@pytest.mark.parametrize("day,gmt,agree", [
    ("2026-10-11", "05:40", True), ("2026-10-11", "06:40", False),  # every October 11 is summer time in Italy
    ("2026-03-28", "05:40", True), ("2026-03-28", "06:40", True),  # March 28 is either, as the year falls
])
def test_a_day_whose_year_is_guessed_picks_the_season_it_keeps_in_every_year(day, gmt, agree):
    """``Quantity.day_year_guessed``: a day whose year the article does not write gives the season only where that day
    keeps it in every year near the guess: "7.40" in an Italian article of 11 October is 05:40 GMT, not 06:40."""
    it = _at("a", "it", "7.40", "07:40", "La nave ha ormeggiato alle 7.40 a Genova.")
    it = replace(it, quantity=replace(it.quantity, day_month=int(day[5:7]), day_date=day, day_year_guessed=True))
    gmt_clock = _at("b", "en", f"{gmt} GMT", gmt, f"The ship docked at {gmt} GMT.")
    assert _judge(it, gmt_clock).agree is agree


@pytest.mark.parametrize("zone,moscow,agree", [("красноярскому", "02:00", True), ("красноярскому", "06:00", False),
                                              ("иркутскому", "01:00", True), ("калининградскому", "07:00", True)])
def test_a_russian_city_s_time_said_by_its_adjective_is_that_zone(zone, moscow, agree):
    """ru "в 6:00 по красноярскому времени" is UTC+7 (Russia keeps no summer time): 02:00 Moscow time, not 06:00."""
    ru = _at("a", "ru", "6:00", "06:00", f"Пик паводка пришёлся на 6:00 по {zone} времени.")
    en = _at("b", "en", moscow, moscow, f"The river crested at {moscow} Moscow time.")
    assert _judge(ru, en).agree is agree


def test_a_clock_is_on_the_day_its_article_states_nearest_before_it_in_the_storys_year():
    """``extract._date_clocks``: the nearest calendar day before the clock, else after it; a day of another year is
    history ("in force since 1 September 2019"), no day of the story."""
    from claimcheck.extract import extract_text
    text = ("The alert was declared on Tuesday, 13 January 2015. A ban has been in force since 1 September 2019. "
            "A cold front is due at about 22:00 on Thursday.")
    clock = next(c for c in extract_text(text, "en", reference_year=2015) if c.unit == "time")
    assert clock.quantity.day_month == 1
    first = next(c for c in extract_text("Doors open at 9:30. The fair runs from 3 May to 5 May.", "en",
                                         reference_year=2025) if c.unit == "time")
    assert first.quantity.day_month == 5


def test_a_local_clock_of_a_known_country_against_one_that_names_no_zone_is_one_places_clock():
    """A translation keeps the place's clock (``LOCAL_AGAINST_NONE``), also where local time is known to be Morocco's:
    "11h30" is not read as Paris time to make it one moment with "10:30am local time"."""
    en = _at("a", "en", "10:30am", "10:30", "The first train left Morocco's new port at 10:30am local time on 2 April.")
    fr = _at("b", "fr", "11h30", "11:30", "Le premier train a quitté le port à 11h30.")
    verdict = _judge(en, fr)
    assert verdict.agree is False and "local time" in verdict.detail, verdict


def test_greenwich_time_in_sri_lankan_spellings():
    """si "ග්‍රිනිච් මධ්‍යම වේලාවෙන්", ta "கிறீன்விச் நேரப்படி" (the Indian press writes "கிரீன்விச்"): GMT."""
    for lang, sentence, text in (("si", "උත්සවය ග්‍රිනිච් මධ්‍යම වේලාවෙන් පෙ.ව. 11.30ට ආරම්භ විය.", "පෙ.ව. 11.30ට"),
                                 ("ta", "விழா கிறீன்விச் நேரப்படி முற்பகல் 11.30 மணிக்கு தொடங்கியது.", "11.30 மணிக்கு")):
        clock = _at("b", lang, text, "11:30", sentence)
        assert _judge(clock, _at("a", "en", "11:30", "11:30", "It began at 11:30 GMT.")).agree, lang
        assert not _judge(clock, _at("a", "en", "12:30", "12:30", "It began at 12:30 GMT.")).agree, lang


def test_a_clock_naming_no_zone_restates_no_gmt_clock_its_press_would_not_write():
    """"11 am IST (5.30 am GMT)" against hi "सुबह 5:30 बजे": a Hindi paper tells its clocks in Indian time, so its
    5:30 is no copy of the English restatement in GMT but a clock six hours off; a local clock ("6 a.m. local time")
    may still be copied as the place's."""
    from claimcheck.moments import one_moment
    en_sentence = "The traders met at 11 am IST (5.30 am GMT) on Saturday."
    en = _at("e", "en", "11 am", "11:00", en_sentence)
    gmt = _at("g", "en", "5.30 am", "05:30", en_sentence)
    hi = _at("h", "hi", "सुबह 5:30 बजे", "05:30", "व्यापारियों की बैठक शनिवार सुबह 5:30 बजे हुई।")
    figures = {("en", 0): [en, gmt], ("hi", 0): [hi]}
    assert one_moment(en, hi, figures) is None
    local_sentence = "The peak came at 6 a.m. local time in Thailand (23:00 GMT)."
    local = _at("l", "en", "6 a.m.", "06:00", local_sentence)
    utc = _at("u", "en", "23:00", "23:00", local_sentence)
    zh = _at("z", "zh", "早上6时", "06:00", "监测站于早上6时测得峰值。")
    assert one_moment(utc, zh, {("en", 0): [local, utc], ("zh", 0): [zh]}) is not None



def test_a_city_time_elided_before_a_vowel_is_known_and_a_wrong_restatement_excuses_nothing():
    """fr "heure d'Erevan" (``city_time_contractions``): UTC+4; "11 heures, heure d'Erevan (9 heures à Paris)" on a
    December day restates the clock wrongly (07:00 UTC is 8 heures à Paris), so it excuses no other version's 9 h."""
    from claimcheck.moments import clock_zone, one_moment
    sentence = "L'usine rouvrira le vendredi 18 décembre à 11 heures, heure d'Erevan (9 heures à Paris)."
    local, paris = _at("a", "fr", "11 heures", "11:00", sentence), _at("b", "fr", "9 heures", "09:00", sentence)
    assert clock_zone(local).offsets == (240,)
    hy = _at("c", "hy", "11:00", "11:00", "Գործարանը կվերաբացվի դեկտեմբերի 18-ին՝ ժամը 11:00-ին։")
    assert one_moment(paris, hy, {("fr", 0): [local, paris], ("hy", 0): [hy]}) is None


@pytest.mark.parametrize("lang,sentence,text,offsets", [
    ("en", "Polls open at 8 a.m. India time on Friday.", "8 a.m.", (330,)),
    ("ar", "يبدأ الاجتماع في الساعة 11 صباحاً بتوقيت الهند.", "11 صباحاً", (330,)),
    ("en", "The ceremony starts at 9 a.m. Israel time.", "9 a.m.", (120, 180)),
])
def test_a_countrys_time_is_known_where_all_its_zones_keep_one_pair_of_offsets(lang, sentence, text, offsets):
    """``zone_countries`` (generated from CLDR's territories and the tz database) fill ``city_time_formats`` as
    cities do: "India time", "بتوقيت الهند"; Russia or Brazil, of several offsets, name no zone so."""
    from claimcheck.moments import clock_zone
    assert clock_zone(_at("a", lang, text, "08:00", sentence)).offsets == offsets
    assert clock_zone(_at("b", "en", "8 a.m.", "08:00", "Polls open at 8 a.m. Russia time.")).offsets == ()


@pytest.mark.parametrize("gl_day,agree", [("mércores 16 de decembro", True), ("xoves 17 de decembro", False)])
def test_a_day_its_sentence_restates_across_midnight_is_one_moment(gl_day, agree):
    """pt "às 23h40 de terça-feira, 15 de dezembro (00h40 de quarta-feira na capital belga)": the article tells the
    moment on both sides of midnight, and a version that kept Wednesday's side says no other day; a day two apart
    is still a conflict."""
    from claimcheck.extract import extract_story
    from claimcheck.records import Article

    pt = Article(id="pt", source="-", lang="pt", text="Os ministros fecharam o acordo às 23h40 de terça-feira, "
                                                      "15 de dezembro (00h40 de quarta-feira na capital belga).")
    gl = Article(id="gl", source="-", lang="gl", text=f"Os ministros pecharon o acordo ás 00.40 horas do {gl_day}.")
    claims = extract_story([pt, gl])
    days = [c for c in claims if c.kind == "date" and c.unit == "date"]
    assert [c.article for c in days] == ["pt", "gl"], [(c.text, c.unit) for c in claims]
    conflicts, _ = compare_facts([Fact("f1", [c.id for c in days])], claims)
    assert (conflicts == []) is agree, conflicts


def test_a_zone_word_nearer_the_figure_before_it_is_that_figures():
    """vi "lúc 20 giờ 30 ngày 12/10 theo giờ Đức, tức 1 giờ 30 sáng 13/10 theo giờ Việt Nam": Germany's time is the
    first clock's; the second is Vietnam's, told after it. A zone word before a clock that no figure stands nearer
    to is still the clock's ("Bakı vaxtı ilə saat 11:00")."""
    from claimcheck.moments import clock_zone
    vi = ("Hợp đồng được ký tại Hamburg lúc 20 giờ 30 ngày 12/10 theo giờ Đức, tức 1 giờ 30 sáng 13/10 theo giờ "
          "Việt Nam.")
    second = _at("b", "vi", "1 giờ 30 sáng", "01:30", vi)
    assert clock_zone(second).offsets != (60, 120)
    assert _judge(second, _at("d", "en", "1:30 a.m.", "01:30", "It was signed at 1:30 a.m. Vietnam time on Oct. 13.")).agree
    az = "Mərasim 10 iyun tarixində Bakı vaxtı ilə saat 11:00-da başlayıb."
    assert clock_zone(_at("c", "az", "11:00", "11:00", az)).offsets == (240,)
    # a date before the zone word and no comma after it: "Aprelin 16-da Bakı vaxtı ilə saat 09:00" is Baku's
    dated = "Aprelin 16-da Bakı vaxtı ilə saat 09:00-da ilk qatar yola düşüb."
    assert clock_zone(_at("e", "az", "09:00", "09:00", dated)).offsets == (240,)


def test_local_time_restated_in_gmt_has_the_offset_between_them():
    """"11:00 local time (08:00 GMT)": the local time is UTC+3 though the sentence names no place. The offset is the
    restatement's: against another clock the restatement itself is compared, so "8pm local time (20:00 GMT)" in a
    story from Cairo leaves the local clock, "الثامنة مساءً بتوقيت القاهرة", alone (the GMT figure is the wrong one)."""
    from claimcheck.moments import clock_zone
    en = _at("a", "en", "11:00", "11:00", "The ceremony began on 16 September at 11:00 local time (08:00 GMT).")
    assert clock_zone(en).offsets == (180,) and clock_zone(en).restated
    cairo = _at("b", "en", "8pm", "20:00", "The ceremony began at 8pm local time (20:00 GMT) on November 17.")
    ar = _at("c", "ar", "الثامنة مساءً", "20:00", "بدأ الحفل في الثامنة مساءً بتوقيت القاهرة يوم 17 نوفمبر.")
    assert _judge(cairo, ar).agree


@pytest.mark.parametrize("local,agree", [("13.00", False), ("11.00", True)])
def test_a_clock_whose_only_zone_is_its_restatement_is_read_in_its_press_s_home_zone(local, agree):
    """"o godz. 13.00 (9.00 UTC)" names no zone of its own, and its restatement's offset (+4) is no evidence against
    another clock: against "9 Uhr UTC" it is read in Polish time (CEST on a September day), 11:00 UTC, another
    moment; "o godz. 11.00 (9.00 UTC)" is the same moment."""
    pl_s = f"Uroczystość rozpoczęła się 16 września o godz. {local} (9.00 UTC)."
    pl = _at("a", "pl", local, local.replace(".", ":"), pl_s)
    pl = replace(pl, quantity=replace(pl.quantity, day_month=9))
    de = _at("b", "de", "9 Uhr", "09:00", "Die Feier begann am 16. September um 9 Uhr UTC.")
    de = replace(de, quantity=replace(de.quantity, day_month=9))
    assert _judge(pl, de).agree is agree


def test_a_restatement_in_a_zone_known_apart_from_the_others_excuses_nothing():
    """"11:00 local time (08:00 GMT)" restates its local clock, UTC+3; "alle 11 ora italiana" in September is 09:00
    UTC, so against "08:00 GMT" it is another moment, not the local clock restated."""
    en_s = "The ceremony began on 16 September at 11:00 local time (08:00 GMT)."
    local, gmt = _at("a", "en", "11:00", "11:00", en_s), _at("b", "en", "08:00", "08:00", en_s)
    gmt = replace(gmt, conversion_of="a")
    it = _at("c", "it", "11", "11:00", "La cerimonia è iniziata il 16 settembre alle 11 ora italiana.")
    conflicts, _ = compare_facts([Fact("f1", ["a", "b", "c"])], [local, gmt, it])
    assert {frozenset(c.claims) for c in conflicts} == {frozenset({"b", "c"})}, conflicts


@pytest.mark.parametrize("dateline,agree", [
    ("ANKARA", False),  # Turkey keeps UTC+3 all year: 9:30 local is 06:30 GMT, not 07:30
    ("Ankara", False),
    ("HELSINKI, Finland", True),  # UTC+2 in March: one moment
    ("LISBON", False),  # UTC+0 in March
])
def test_local_time_of_a_sentence_that_names_no_place_is_the_dateline_s(dateline, agree):
    """"The bridge opened at 9:30 a.m. local time" under "ANKARA, March 4 (Reuters) -": the dateline says where."""
    from claimcheck.compare import judge
    local = Quantity("date", "09:30", "time", day_month=3, dateline=dateline)
    gmt = Quantity("date", "07:30", "time", day_month=3)
    en, de = "The bridge opened at 9:30 a.m. local time.", "Die Brücke wurde um 7.30 Uhr GMT eröffnet."
    a = Claim("a", "en", en.find("9:30"), en.find("9:30") + 9, "9:30 a.m.", local, lang="en", sentence=en)
    b = Claim("b", "de", de.find("7.30"), de.find("7.30") + 8, "7.30 Uhr", gmt, lang="de", sentence=de)
    assert judge(a, b).agree is agree



@pytest.mark.parametrize("dateline,offsets", [("TOKYO", (540,)), (None, (480,))])
def test_a_clock_restated_in_utc_with_no_zone_of_its_own_is_the_datelines_where_they_differ(dateline, offsets):
    """"at 11:30 a.m. (03:30 GMT)" under "TOKYO –": Japan keeps UTC+9, so the clock is Tokyo's 11:30 and the bracket
    the slip, as for a clock said to be local time; with no dateline the restatement gives the offset."""
    from claimcheck.moments import clock_zone
    en = "The warning was lifted at 11:30 a.m. (03:30 GMT) on Wednesday."
    q = Quantity("date", "11:30", "time", day_month=1, dateline=dateline)
    clock = Claim("a", "en", en.find("11:30"), en.find("11:30") + 10, "11:30 a.m.", q, lang="en", sentence=en)
    assert clock_zone(clock).offsets == offsets


@pytest.mark.parametrize("dateline,day,other,zone,agree", [
    ("ANKARA, Turkey", "2027-03-13", "10:00", "Türkiye saatiyle", True),  # Turkey keeps UTC+3 all year: "(0800 GMT)" slipped
    ("ANKARA, Turkey", "2027-03-13", "11:00", "Türkiye saatiyle", False),
    ("OSLO, Norway", "2027-01-09", "09:00", "GMT", True),   # Norway on a January Saturday is UTC+1: 10:00 is 09:00 GMT
    ("OSLO, Norway", "2027-01-09", "08:00", "GMT", False),  # the bracket's figure, which the place's clock is not
    ("OSLO, Norway", "2027-01-10", "09:00", "GMT", False),  # the sentence's Saturday is no day the article dates: the
                                                            # month is unknown, and the restatement's offset holds
])
def test_a_restatement_against_its_dateline_s_zone_is_the_slip(dateline, day, other, zone, agree):
    """"10:00 local time (0800 GMT) on Saturday" under a dateline whose place keeps one offset in the month of the day
    the article dates (its weekday named in the clock's sentence): the place's clock is 10:00 in its zone, and the
    bracket a slip, so another version's clock is read against the place's."""
    from claimcheck.compare import judge
    en = "The ceremony began at 10:00 local time (0800 GMT) on Saturday."
    local = Quantity("date", "10:00", "time", day_month=int(day[5:7]), day_date=day, dateline=dateline)
    a = Claim("a", "en", en.find("10:00"), en.find("10:00") + 5, "10:00", local, lang="en", sentence=en)
    tr = f"Tören saat {other} ({zone}) başladı."
    b = Claim("b", "tr", tr.find(other), tr.find(other) + 5, other,
              Quantity("date", other, "time", day_month=int(day[5:7])), lang="tr", sentence=tr)
    assert judge(a, b).agree is agree


@pytest.mark.parametrize("dateline,ko_clock,agree", [
    ("SAPPORO, Japan", "14:00", False),  # Japan's 2 a.m. or Korea's: 12 hours is neither place's nor its press's
    ("SAPPORO, Japan", "02:00", True),
    (None, "14:00", True),  # local time of no known place: 12 hours may be a zone's
])
def test_a_day_and_clock_against_local_time_are_one_moment_only_in_the_place_s_or_the_press_s_zone(
        dateline, ko_clock, agree):
    en = "The operator halted all trains at 2 a.m. local time on Monday, Feb. 9."
    ko = "북해도 철도는 8일(일) 오후 2시 운행을 중단했다." if ko_clock == "14:00" else "북해도 철도는 9일(월) 오전 2시 운행을 중단했다."
    ko_day, ko_hour = ("8일(일)", "오후 2시") if ko_clock == "14:00" else ("9일(월)", "오전 2시")

    def at(cid, lang, sentence, text, value, unit, **extra):
        start = sentence.find(text)
        return Claim(cid, lang, start, start + len(text), text, Quantity("date", value, unit, day_month=2, **extra),
                     lang=lang, sentence=sentence, sentence_index=0)
    claims = [at("ed", "en", en, "Monday, Feb. 9", "2026-02-09", "date"),
              at("et", "en", en, "2 a.m.", "02:00", "time", dateline=dateline),
              at("kd", "ko", ko, ko_day, "---08" if ko_clock == "14:00" else "---09", "date"),
              at("kt", "ko", ko, ko_hour, ko_clock, "time")]
    conflicts, _ = compare_facts([Fact("f1", ["et", "kt"])], claims)
    assert (not conflicts) == agree, conflicts


@pytest.mark.parametrize("lang,sentence,clock,conflict", [
    ("sk", "Prvé auto zišlo z linky o 8.30 h.", "08:30", True),    # Slovak press time (CEST) is 06:30 UTC
    ("sk", "Prvé auto zišlo z linky o 10.30 h.", "10:30", False),  # the place's clock, kept
    ("es", "El primer coche salió de la línea a las 8.30.", "08:30", False),  # a press of many zones: no home zone
], ids=["copied-restatement", "local", "no-home-zone"])
def test_a_zoneless_clock_is_no_copy_of_a_bracketed_utc_restatement(lang, sentence, clock, conflict):
    """"10:30 local time (08:30 GMT)" against a version whose sentence names no zone: that version keeps its
    press's clock or the place's, and the figure in brackets is neither (a Slovak "o 8.30 h" on 15 September)."""
    en_sentence = "The first car rolled off the line at 10:30 local time (08:30 GMT) on September 15."
    en = Claim("en", "en", 37, 42, "10:30", Quantity("date", "10:30", "time"), lang="en", sentence=en_sentence,
               sentence_start=0, sentence_index=0)
    gmt = Claim("en2", "en", 56, 61, "08:30", Quantity("date", "08:30", "time"), lang="en", sentence=en_sentence,
                sentence_start=0, sentence_index=0, conversion_of="en")
    at = sentence.index(clock.lstrip("0").replace(":", "."))
    other = Claim("x", lang, at, at + 5, clock, Quantity("date", clock, "time"), lang=lang, sentence=sentence,
                  sentence_start=0, sentence_index=0)
    conflicts, _ = compare_facts([Fact("f1", ["en", "en2", "x"])], [en, gmt, other])
    assert bool({c.claims for c in conflicts} & {("en2", "x"), ("x", "en2")}) is conflict


def _clock_in(cid, lang, sentence, text, value, conversion_of=None, month=None, day=None):
    start = sentence.index(text)
    return Claim(cid, lang, start, start + len(text), text, Quantity("date", value, "time", day_month=month, day_date=day),
                 lang=lang, sentence=sentence, sentence_start=0, sentence_index=0, conversion_of=conversion_of)


@pytest.mark.parametrize("ar_sentence,conflict", [
    ("وجرى توقيع العقد في الساعة 11:30 بتوقيت غرينتش في القدس.", True),  # 11:30 UTC is not 08:30 UTC
    ("وجرى توقيع العقد في الساعة 08:30 بتوقيت غرينتش في القدس.", False),
], ids=["utc-named-for-the-local-figure", "utc-figure"])
def test_a_clock_in_utc_is_no_restatement_of_a_clock_its_own_sentence_puts_elsewhere_in_utc(ar_sentence, conflict):
    """"11:30 a.m. (0830 GMT)" makes its 11:30 UTC+3: another version's "11:30 GMT" is not that clock in another zone,
    but 11:30 in the zone whose figure the first version gives as 08:30."""
    en_sentence = "The contract was signed at 11:30 a.m. (0830 GMT) in Jerusalem."
    en = _clock_in("en", "en", en_sentence, "11:30 a.m.", "11:30")
    gmt = _clock_in("en2", "en", en_sentence, "0830", "08:30", conversion_of="en")
    figure = "11:30" if conflict else "08:30"
    ar = _clock_in("ar", "ar", ar_sentence, figure, figure)
    conflicts, _ = compare_facts([Fact("f1", ["en", "en2", "ar"])], [en, gmt, ar])
    assert bool({c.claims for c in conflicts} & {("ar", "en2"), ("en2", "ar")}) is conflict, conflicts


@pytest.mark.parametrize("ro_sentence,figure,conflict", [
    ("Podul a fost inaugurat la ora 11:00.", "11:00", True),   # Romania's 11:00 is Hungary's 10:00
    ("Podul a fost inaugurat la ora 12:00.", "12:00", False),  # Romania's 12:00 is Hungary's 11:00
], ids=["same-figure", "converted"])
def test_a_clock_a_press_tells_in_its_own_zone_is_not_copied_by_another_press(ro_sentence, figure, conflict):
    """hu "magyar idő szerint 11 órakor" is told for Hungarian readers; a Romanian press that names no zone tells its
    own clock, an hour ahead in May: the same figure is another moment."""
    hu_sentence = "A hidat magyar idő szerint 11 órakor adták át."
    hu = _clock_in("hu", "hu", hu_sentence, "11 órakor", "11:00", month=5)
    ro = _clock_in("ro", "ro", ro_sentence, figure, figure, month=5)
    conflicts, _ = compare_facts([Fact("f1", ["hu", "ro"])], [hu, ro])
    assert bool(conflicts) is conflict, conflicts


def test_a_country_named_in_the_sentence_of_the_own_zone_is_the_place_and_may_be_copied():
    """ru "в 11:00 по московскому времени" for an event in Moscow: a version that names no zone may keep the place's
    clock, so the same figure is no conflict."""
    ru_sentence = "Церемония в Москве началась в 11:00 по московскому времени."
    ru = _clock_in("ru", "ru", ru_sentence, "11:00", "11:00", month=1)
    uk_sentence = "Церемонія почалася об 11:00."
    uk = _clock_in("uk", "uk", uk_sentence, "11:00", "11:00", month=1)
    conflicts, _ = compare_facts([Fact("f1", ["ru", "uk"])], [ru, uk])
    assert not conflicts, conflicts


def test_local_time_is_the_country_named_last_before_the_clock():
    """"a Chinese maker ... in eastern Hungary, at 11:30 a.m. local time": Hungary's clock, 09:30 UTC in September,
    so "4:30 p.m. Beijing time" (08:30 UTC) is another moment, and "5:30 p.m. Beijing time" the same."""
    en_sentence = ("Chenfeng, a Chinese maker of batteries, opened its plant in eastern Hungary at 11:30 a.m. local time "
                   "on September 17.")
    en = _clock_in("en", "en", en_sentence, "11:30 a.m.", "11:30", month=9)
    for zh_figure, conflict in (("16时30分", True), ("17时30分", False)):
        zh_sentence = f"工厂于北京时间{zh_figure}正式投产。"
        zh = _clock_in("zh", "zh", zh_sentence, zh_figure, zh_figure[:2] + ":30", month=9)
        conflicts, _ = compare_facts([Fact("f1", ["en", "zh"])], [en, zh])
        assert bool(conflicts) is conflict, (zh_figure, conflicts)


def test_two_months_named_read_each_clock_in_its_own_season():
    """es "martes 16 de febrero, a las 11.30 (10.30 GMT)" against fr "mardi 16 mars, à 12 h 30": the French clock,
    read in its press's zone on 16 March 2027, before the change of clocks, is CET, 11:30 UTC, not the Spanish 10:30
    UTC (which CEST would make it)."""
    es_sentence = "El martes 16 de febrero, a las 11.30 (10.30 GMT), se firmó el acuerdo."
    es = _clock_in("es", "es", es_sentence, "11.30", "11:30", month=2, day="2027-02-16")
    gmt = _clock_in("es2", "es", es_sentence, "10.30", "10:30", conversion_of="es", month=2, day="2027-02-16")
    fr_sentence = "Mardi 16 mars, à 12 h 30, le club a signé l'accord."
    fr = _clock_in("fr", "fr", fr_sentence, "12 h 30", "12:30", month=3, day="2027-03-16")
    conflicts, _ = compare_facts([Fact("f1", ["es", "es2", "fr"])], [es, gmt, fr])
    assert {("es2", "fr"), ("fr", "es2")} & {c.claims for c in conflicts}, conflicts


def test_a_zone_a_translation_keeps_from_its_source_is_no_press_s_own_zone():
    """de "um 11:15 Uhr BST" keeps the British source's zone: BST is no German press's own, though CET keeps +1 in
    winter, so a Japanese version's "11:15", also kept from the source, is no other moment."""
    de = _clock_in("de", "de", "Das Spiel begann um 11:15 Uhr BST.", "11:15", "11:15")
    ja = _clock_in("ja", "ja", "試合は11:15に始まった。", "11:15", "11:15")
    conflicts, _ = compare_facts([Fact("f1", ["de", "ja"])], [de, ja])
    assert not conflicts, conflicts


def test_a_clock_is_one_moment_with_another_through_its_own_restatement_in_a_named_zone():
    """fr "à 14 h (9 h à Paris)" in October restates its place's clock for French readers: against "0700 GMT" the
    restatement is the same moment, so the place's "14 h" is no conflict."""
    fr_sentence = "Le premier train a quitté la station à 14 h (9 h à Paris) le samedi 10 octobre."
    fr = _clock_in("fr", "fr", fr_sentence, "14 h", "14:00", month=10, day="2026-10-10")
    paris = _clock_in("fr2", "fr", fr_sentence, "9 h", "09:00", conversion_of="fr", month=10, day="2026-10-10")
    en = _clock_in("en", "en", "The first train left at 0700 GMT on Saturday, October 10.", "0700", "07:00", month=10,
                   day="2026-10-10")
    conflicts, _ = compare_facts([Fact("f1", ["fr", "fr2", "en"])], [fr, paris, en])
    assert not conflicts, conflicts


@pytest.mark.parametrize("figure,agree", [("14 h", True), ("15 h", False)], ids=["place's-clock", "neither"])
def test_a_zoneless_clock_may_be_the_time_of_the_place_its_dateline_names(figure, agree):
    """fr "KIEV – ... à 14 h" in January against de "um 13 Uhr MEZ" (12:00 UTC): read in Paris time it is 13:00 UTC,
    but it may be Kyiv's clock, kept from the place (UTC+2), the same moment; "15 h" is neither."""
    fr_sentence = f"La cérémonie a commencé à {figure} dans la capitale."
    start = fr_sentence.index(figure)
    fr = Claim("fr", "fr", start, start + len(figure), figure, Quantity("date", figure[:2] + ":00", "time", day_month=1,
                                                                        dateline="KIEV"),
               lang="fr", sentence=fr_sentence, sentence_start=0, sentence_index=0)
    de = _clock_in("de", "de", "Die Zeremonie begann um 13 Uhr MEZ.", "13 Uhr", "13:00", month=1)
    conflicts, _ = compare_facts([Fact("f1", ["fr", "de"])], [fr, de])
    assert (not conflicts) is agree, conflicts


def test_a_spanish_clock_in_a_country_s_time_named_by_its_adjective():
    """es "a las 11.30 (hora argentina)" is UTC-3 (``zone_demonyms``), so it is "14:30 GMT"."""
    es = _clock_in("es", "es", "El contrato se firmó a las 11.30 (hora argentina) en la Bolsa.", "11.30", "11:30", month=1)
    en = _clock_in("en", "en", "The contract was signed at 14:30 GMT at the exchange.", "14:30", "14:30", month=1)
    conflicts, _ = compare_facts([Fact("f1", ["es", "en"])], [es, en])
    assert not conflicts, conflicts


def test_a_clock_of_a_press_without_a_home_zone_against_local_time_is_judged():
    """en names no home zone (a press of many zones); against fr local time in Kyiv, whose offsets its sentence gives,
    the English clock is read as the place's, and the hour between them is a conflict, not a failure."""
    fr_sentence = "La cérémonie a commencé à 11 h 30, heure locale, à Kiev."
    fr = _clock_in("fr", "fr", fr_sentence, "11 h 30", "11:30", month=1)
    en = _clock_in("en", "en", "The ceremony began at 10:30.", "10:30", "10:30", month=1)
    conflicts, _ = compare_facts([Fact("f1", ["fr", "en"])], [fr, en])
    assert len(conflicts) == 1


@pytest.mark.parametrize("restated,agree", [("6h15", True), ("6h25", False)], ids=["restated", "misrestated"])
def test_a_bracket_that_opens_with_a_zone_word_names_the_clock_before_it(restated, agree):
    """vi "lúc 7h15 (giờ Bắc Kinh, tức 6h15 giờ Hà Nội)": the zone word that opens the bracket, closed off by a comma,
    is the outer clock's (Beijing, UTC+8, a city the press names China's clock by though its tz zone is Shanghai's);
    a restatement ten minutes off is no moment of it, and excuses no pairing against "23:15 GMT"."""
    vi_sentence = f"Đoàn tàu rời ga lúc 7h15 (giờ Bắc Kinh, tức {restated} giờ Hà Nội) sáng nay."
    beijing = _clock_in("vi", "vi", vi_sentence, "7h15", "07:15", month=12)
    hanoi = _clock_in("vi2", "vi", vi_sentence, restated, restated.replace("h", ":"), conversion_of="vi", month=12)
    en_sentence = "The train left at 7:15am (2315 GMT)."
    en = _clock_in("en", "en", en_sentence, "7:15am", "07:15", month=12)
    gmt = _clock_in("en2", "en", en_sentence, "2315", "23:15", conversion_of="en", month=12)
    conflicts, _ = compare_facts([Fact("f1", ["vi", "vi2", "en", "en2"])], [beijing, hanoi, en, gmt])
    assert (not conflicts) is agree, conflicts
    if not agree:  # each pair once
        assert sorted(tuple(sorted(c.claims)) for c in conflicts) == [("en", "vi2"), ("en2", "vi2"), ("vi", "vi2")]


def test_a_zone_word_before_a_bracketed_clock_is_that_clock_s():
    """ja "午前9時（日本時間午後0時半）": the zone word in the bracket stands right before the clock it names, so the
    outer clock keeps no zone of it and is no conflict with its own restatement."""
    sentence = "式典は現地時間の午前9時（日本時間午後0時半）に始まった。"
    local = _clock_in("ja", "ja", sentence, "午前9時", "09:00", month=5)
    japan = _clock_in("ja2", "ja", sentence, "日本時間午後0時半", "12:30", conversion_of="ja", month=5)
    conflicts, _ = compare_facts([Fact("f1", ["ja", "ja2"])], [local, japan])
    assert not conflicts, conflicts


@pytest.mark.parametrize("polish,agree", [("8.00", True), ("9.00", False)], ids=["restated", "misrestated"])
def test_british_time_in_polish_and_english_words(polish, agree):
    """pl "7.00 czasu brytyjskiego (… czasu polskiego)" and en "7am UK time" name Britain's clock (UTC+0, +1 in
    summer): in October 8.00 Polish time restates it, 9.00 does not."""
    pl_sentence = f"Spółka ogłosiła decyzję o godz. 7.00 czasu brytyjskiego ({polish} czasu polskiego)."
    uk = _clock_in("pl", "pl", pl_sentence, "7.00", "07:00", month=10)
    poland = _clock_in("pl2", "pl", pl_sentence, polish, polish.replace(".", ":").zfill(5), conversion_of="pl", month=10)
    en = _clock_in("en", "en", "The company announced the decision at 7am UK time.", "7am", "07:00", month=10)
    conflicts, _ = compare_facts([Fact("f1", ["pl", "pl2", "en"])], [uk, poland, en])
    assert (not conflicts) is agree, conflicts


@pytest.mark.parametrize("fr_sentence,crossed", [
    # the French sentence's other clock is 10 h in Paris, not 10 h GMT: no pairing of one moment crossed
    ("La conférence a commencé à 11 h, heure du Caire (10 h à Paris).", False),
    # its other clock is the English one's moment: the pairing took the wrong clock of two, no version slipped
    ("La conférence a commencé à 11 h, heure du Caire (10 h GMT).", True),
])
def test_two_clocks_crossed_only_where_each_meets_the_others_moment(fr_sentence, crossed):
    """"11am Cairo time (1000 GMT)" against "11 h, heure du Caire (10 h à Paris)": both sentences state 10:00 and
    11:00, but the English 10:00 is GMT and the French one Paris's, another moment, so "1000 GMT" paired with
    "11 h" is a conflict, not a pairing that crossed."""
    en_sentence = "The press conference began at 11am Cairo time (1000 GMT)."
    en = [_at("en1", "en", "11am", "11:00", en_sentence), _at("en2", "en", "1000", "10:00", en_sentence)]
    en[1] = replace(en[1], conversion_of="en1")
    fr = [_at("fr1", "fr", "11 h", "11:00", fr_sentence), _at("fr2", "fr", "10 h", "10:00", fr_sentence)]
    conflicts, _ = compare_facts([Fact("f1", ["en2", "fr1"])], en + fr)
    assert (not conflicts) == crossed, conflicts


@pytest.mark.parametrize("gmt,agree", [("12:00", True), ("11:00", False)])
def test_a_named_places_own_rules_give_the_offset_of_the_clocks_day(gmt, agree):
    """``zone_ids``: "بتوقيت بيروت" names Beirut, whose zone keeps winter time until the last Sunday of March; on 28
    March 2026, a day after Israel moved to summer time, the zones keeping Beirut's two offsets do not agree, but
    Beirut's own rules say UTC+2, so 14:00 there is 12:00 GMT and not 11:00."""
    ar = _at("a", "ar", "الثانية بعد الظهر", "14:00", "أقيم الحفل السبت ٢٨ آذار عند الثانية بعد الظهر بتوقيت بيروت.")
    ar = replace(ar, quantity=replace(ar.quantity, day_month=3, day_date="2026-03-28"))
    gmt_clock = _at("b", "en", f"{gmt} GMT", gmt, f"The ceremony began at {gmt} GMT on Saturday, March 28.")
    gmt_clock = replace(gmt_clock, quantity=replace(gmt_clock.quantity, day_month=3, day_date="2026-03-28"))
    assert _judge(ar, gmt_clock).agree is agree


@pytest.mark.parametrize("clock,value,agree", [("18h40", "18:40", False), ("19h40", "19:40", True)])
def test_a_zone_of_two_seasons_beside_a_label_of_one_keeps_the_season_of_its_own_day(clock, value, agree):
    """"AEDT" names one season, so two clocks whose sentences name no month share none; "giờ Sydney" on a day of
    its article, 20 January, still keeps that day's season, the summer (UTC+11): "7.40pm AEDT" is 08:40 UTC, and "18h40 giờ Sydney" 07:40 UTC, an hour off (read
    in either season it was taken for the same moment)."""
    day = dict(day_month=1, day_date="2026-01-20")
    aedt = replace(_at("a", "en", "7.40pm", "19:40", "The order came at 4.40pm AWST (7.40pm AEDT), officials said."),
                   quantity=Quantity("date", "19:40", "time", **day))
    sydney = replace(_at("b", "vi", clock, value, f"Lệnh được ban hành lúc {clock} giờ Sydney."),
                     quantity=Quantity("date", value, "time", **day))
    assert _judge(aedt, sydney).agree is agree


@pytest.mark.parametrize("lang,sentence,text,value", [
    ("en", "The deal was signed at 11.30am UAE time (0730 GMT) on Monday.", "11.30am", "11:30"),
    # hi writes the place's time with a genitive: "दुबई के समयानुसार", "यूएई के समयानुसार"
    ("hi", "समझौते पर दुबई के समयानुसार सुबह 11:30 बजे हस्ताक्षर हुए।", "सुबह 11:30 बजे", "11:30"),
    ("hi", "समझौते पर यूएई के समयानुसार सुबह 11:30 बजे, यानी भारतीय समयानुसार दोपहर 1 बजे, हस्ताक्षर हुए।",
     "सुबह 11:30 बजे", "11:30"),
])
def test_the_emirates_time_is_read_in_the_press_words_for_it(lang, sentence, text, value):
    from claimcheck.moments import clock_zone
    assert clock_zone(_at("a", lang, text, value, sentence)).offsets == (240,)
