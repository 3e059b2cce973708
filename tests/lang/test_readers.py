"""The whole-span readers one at a time: each finds spans and values them without the others
(candidates of one reader may overlap; the scan keeps the earliest, then the longest)."""
from __future__ import annotations

from claimcheck.extract import (_clock_duration_candidates, _day_candidates, _Scanner, _skip_leftover_digits,
                                _time_candidates, _without_overlaps)
from claimcheck.langdata import rules_for


def _times(text, lang):
    r = rules_for(lang)
    return [(text[f.start:f.end], f.quantity.value, f.quantity.qualifier) for f in _without_overlaps(_time_candidates(text, r, _Scanner(text, r)))]


def test_time_reader_reads_each_clock_convention():
    assert _times("Arrivée à 16h42 au sommet.", "fr") == [("16h42", "16:42", "exact")]
    assert _times("The train left at 7:05pm.", "en") == [("7:05pm", "19:05", "exact")]
    assert _times("Um 7.42 Uhr stürzte die Brücke ein.", "de") == [("7.42 Uhr", "07:42", "exact")]
    assert _times("午前5時ごろ上陸した。", "ja") == [("午前5時ごろ", "05:00", "about")]
    assert _times("오후 3시 20분에 도착했다.", "ko") == [("오후 3시 20분", "15:20", "exact")]


def test_race_time_reader_gives_seconds():
    r = rules_for("it")
    got = [(f.quantity.value, f.quantity.unit) for f in _without_overlaps(_clock_duration_candidates("Ha chiuso in 4h51'37\" davanti.", r))]
    assert got == [(17497.0, "second")]


def test_day_reader_keeps_the_day_until_a_month_is_known():
    (f,) = _day_candidates("会社は18日に発表した。", rules_for("ja"))
    assert f.date_parts == (None, None, 18)


def test_leftover_digits_of_codes_are_listed_as_skipped():
    skipped = []
    _skip_leftover_digits("tested for Covid-19 and the F-35", [], skipped)
    assert [why for *_, why in skipped] == ["identifier", "identifier"]
