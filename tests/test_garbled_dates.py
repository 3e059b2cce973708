"""A date or time that cannot be right ("40 мая", "91月6日", "23 h 75") is a slip of one version: it is kept
as the date it stands for, qualifier garbled, so the whole pipeline reports it against the valid figure of
another version instead of reading the same date at another precision."""
from __future__ import annotations

import pytest

from claimcheck.api import check
from claimcheck.records import Article

pytestmark = pytest.mark.model


def _conflicts(encoders, *versions: tuple[str, str]):
    report = check([Article(f"{lang}{k}", "x", text, lang=lang) for k, (lang, text) in enumerate(versions)],
                   encoder=encoders)  # the session's encoders: no model load per story
    claims = {c.id: c for c in report.claims}
    return [(c.type, sorted(claims[i].text for i in c.claims)) for c in report.conflicts]


def test_a_day_no_month_has_conflicts_with_the_valid_day(encoders):
    got = _conflicts(encoders, ("en", "The flood hit the farm on 30 May 2005, the mayor said."),
                     ("ru", "Наводнение обрушилось на ферму 40 мая 2005 г., сообщил мэр."))
    assert got == [("date", ["30 May 2005", "40 мая 2005 г."])]


def test_a_month_no_year_has_conflicts_with_the_valid_month(encoders):
    got = _conflicts(encoders, ("en", "The midterm elections will be held on November 6, 2018."),
                     ("zh", "中期选举将于2018年91月6日举行。"))
    assert got == [("date", ["2018年91月6日", "November 6, 2018"])]
