"""What the story tests share: a copy of a story with one figure changed, a strict xfail naming the stage that misses,
and what a test prints when a report is not what it expected."""
from __future__ import annotations

import pytest

#: An article in a language claimcheck has no table for (none is planned), refused by name: (code, name, text).
UNSUPPORTED_ARTICLE = (
    "is", "Icelandic",
    "Óveðrið gekk yfir norðurhluta landsins á þriðjudag og um 1200 manns þurftu að yfirgefa heimili sín. "
    "Tjónið er metið á 45 milljónir evra og um 300 hús eyðilögðust. Tólf manns létust, að sögn lögreglunnar.",
)


def changed(texts: dict, version: str, old: str, new: str, count: int = -1) -> dict:
    """A copy of the story ``texts`` with ``old`` replaced by ``new`` in one version (``old`` must be there)."""
    assert old in texts[version], (version, old)
    return {**texts, version: texts[version].replace(old, new, count)}


def strict_xfail(reason: str):
    """An expectation the tool does not meet yet: ``reason`` names the stage that misses it and why."""
    return pytest.mark.xfail(reason=reason, strict=True)


def describe(report) -> str:
    claims = [f"{c.id} {c.text!r} {c.quantity.kind} {c.quantity.value} {c.quantity.unit} {c.quantity.qualifier}"
              for c in report.claims]
    facts = [f"{f.id}: {f.claims}" for f in report.facts]
    conflicts = [f"{c.type} ({c.outlier}): {c.explanation}" for c in report.conflicts]
    return "\n".join(["claims:", *claims, "facts:", *facts, "conflicts:", *conflicts])


def clock_at(cid, lang, text, value, sentence, day=0):
    """A clock time ``text`` (read as ``value``) where it stands in ``sentence``."""
    from claimcheck.records import Claim, Quantity

    start = sentence.index(text)
    return Claim(cid, lang, start, start + len(text), text, Quantity("date", value, "time"), lang=lang,
                 sentence=sentence, sentence_index=day, sentence_end=len(sentence))


def judge_clocks(a, b):
    """The comparison's verdict on two clocks (``compare.judge``)."""
    from claimcheck.compare import judge
    return judge(a, b)
