"""A day stated in another time zone: each sentence gives a day and a clock time, and the two moments lie a whole
or half number of hours apart (at most 14 h), so the days agree; the same clock time on another day conflicts."""
import pytest

from claimcheck.compare import compare_facts
from claimcheck.records import Claim, Fact, Quantity


def _claim(cid, article, value, unit, start, text=None):
    return Claim(cid, article, start, start + 1, text or value, Quantity("date", value, unit), lang=article,
                 sentence="s", sentence_index=0)


def _verdict(day_a, clock_a, day_b, clock_b, linked="days"):
    """The conflicts and consistencies of a fact linking the two days (or the two clock times) of two sentences,
    each stating one day and one clock time."""
    claims = [_claim("ad", "en", *day_a, 10), _claim("at", "en", clock_a, "time", 20)]
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
    claims = [_claim("ad", "en", "2026-03-11", "date", 10, "Wednesday, March 11"),
              _claim("at", "en", "21:20", "time", 20), _claim("bd", "ja", "---12", "date", 10, "12日"),
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


def _clock(cid, lang, value, sentence):
    return Claim(cid, lang, 0, 5, value, Quantity("date", value, "time"), lang=lang, sentence=sentence,
                 sentence_index=0)


@pytest.mark.parametrize("sentence_b,agree", [
    ("The crash happened at 10:15 BST on the ring road.", False),  # both name the one zone: an hour gone wrong
    ("The crash happened at 10:15 GMT on the ring road.", True),  # two zones named
    ("The crash happened at 10:15 local time on the ring road.", True),
])
def test_the_same_minute_past_another_hour_is_a_time_zone_only_where_the_zones_differ(sentence_b, agree):
    claims = [_clock("a", "en", "20:15", "The crash happened at 20:15 BST on the ring road."),
              _clock("b", "en", "10:15", sentence_b)]
    conflicts, consistent = compare_facts([Fact("f1", ["a", "b"])], claims)
    assert (not conflicts) == agree, conflicts


@pytest.mark.parametrize("en_sentence,fr_sentence,shift", [
    ("The blast was heard at 4:20 a.m. GMT.", "L'explosion a été entendue à 6 h 20 heure locale.", True),  # two zones
    ("The blast was heard at 4:20 a.m. local time.", "L'explosion a été entendue à 6 h 20 heure locale.", False),
    ("The blast was heard at 4:20 a.m. local time.", "L'explosion a été entendue à 6 h 20.", True),  # one names a zone
])
def test_two_clocks_both_in_local_time_name_one_zone(en_sentence, fr_sentence, shift):
    """Two clock times at the same minute past different hours are one moment in two zones where a sentence names
    a zone; where both say local time, the place is the same and an hour went wrong."""
    from claimcheck.compare import judge
    en = Claim("en", "en", 0, 1, "4:20 a.m.", Quantity("date", "04:20", "time"), lang="en", sentence=en_sentence)
    fr = Claim("fr", "fr", 0, 1, "6 h 20", Quantity("date", "06:20", "time"), lang="fr", sentence=fr_sentence)
    assert judge(en, fr).agree is shift
