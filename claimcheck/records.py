"""Plain typed records passed from one pipeline stage to the next.

read -> Article; segment -> Sentence; extract -> Claim (holding a Quantity);
match -> Fact (a group of claim ids); compare -> Conflict; all of it -> Report.
Each record turns into JSON with ``to_dict`` in the shape ``score.py`` and the
HTML/text renderers read.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Kind = Literal["money", "count", "percent", "ratio", "date", "duration", "measure", "other"]
Qualifier = Literal[
    "exact", "about", "almost", "more_than", "less_than", "at_least", "at_most", "up_to", "range", "garbled"
]
ConflictType = Literal["scale", "value", "unit", "qualifier", "date", "garbled"]
Severity = Literal["high", "medium", "low"]
SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2}  # most severe first

KINDS: tuple[str, ...] = ("money", "count", "percent", "ratio", "date", "duration", "measure", "other")
QUALIFIERS: tuple[str, ...] = (
    "exact", "about", "almost", "more_than", "less_than", "at_least", "at_most", "up_to", "range", "garbled"
)


def _flat_dict(record: Any) -> dict[str, Any]:
    """A record of plain fields as a dict, lists and tuples copied as lists: ``asdict``'s deep copy, for records
    that hold no nested records, at a fraction of its cost (a batch writes tens of thousands)."""
    return {k: list(v) if isinstance(v, (list, tuple)) else v for k, v in vars(record).items()}


@dataclass
class Article:
    """One input document as read. ``text`` is what every offset indexes."""

    id: str
    source: str  # file path or URL it came from
    text: str = ""
    lang: str | None = None
    lang_source: Literal["given", "field", "detected", "unknown"] = "unknown"
    title: str | None = None
    url: str | None = None
    format: str = "txt"  # txt, md, html, jsonl, url
    error: str | None = None  # set when the article could not be read; text is then ""
    # the region the article's language was named with ("CL" of "es-CL", a file es-CL.txt or --lang es-CL): its
    # table's regional entries apply ("$" is the peso there); ``lang`` stays the language
    region: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items() if k != "text"}
        d["chars"] = len(self.text)
        if with_text:
            d["text"] = self.text
        return d


@dataclass
class Sentence:
    article: str
    index: int
    start: int
    end: int
    text: str


@dataclass
class Quantity:
    """A normalised number as the article's language means it.

    ``value`` is a float, a ``YYYY[-MM[-DD]]`` string for dates, or None when
    garbled.  ``scale`` is the multiplier the words applied (1e6 for
    "millones", 1e8 for "亿"): a scale conflict is two facts whose values differ by
    such a power of ten.
    """

    kind: str
    value: float | str | None
    unit: str | None = None
    qualifier: str = "exact"
    low: float | None = None  # lower end of a range
    high: float | None = None  # upper end of a range
    denominator: float | None = None  # ratios: "700 de 770"
    scale: float = 1.0
    ambiguous: bool = False  # separator could be read two ways ("2.810"); value is the locale reading
    garbled: bool = False
    score: tuple[float, float] | None = None  # a match score ("2½–1½"): both sides; value is the first
    # a unit word that carries its own power of ten and that power ("декара", 0.1: "2000 декара" is 200 ha;
    # "decades", 10): the figure the text writes is the value over it
    written_unit: tuple[str, float] | None = None
    # the other currencies the currency word may name, where the article names no place that picks one (bn "টাকা"
    # is BDT, or INR in a Kolkata paper that never names Kolkata): another version's reading is no conflict
    readings: tuple[str, ...] = ()
    # a time of day: the month of the calendar day its article dates nearest before it (else after it), which
    # picks its zone's season where its own sentence names no month ("11am local time (0900 GMT)" in April)
    day_month: int | None = None
    # and that day itself ("2026-03-17"), its year written, settled by its weekday or guessed (``day_year_guessed``):
    # in a month that straddles a change of clocks ("martedì 17 marzo"), the day picks the season
    day_date: str | None = None
    # that day's year is the story's, guessed, not written nor settled by a weekday: the day picks the season only where
    # it does so in every year near it ("3 October" is summer time in Europe whichever year; "27 March" is not)
    day_year_guessed: bool = False
    # a time of day: the place its article's dateline names ("ISTANBUL, March 18 (Reuters) -"), where the story
    # happens, which tells "local time" apart where the clock's own sentence names no place
    dateline: str | None = None


@dataclass
class Claim:
    """One numeric statement in one article, located by character offsets."""

    id: str
    article: str
    start: int
    end: int
    text: str  # == article.text[start:end]
    quantity: Quantity
    lang: str | None = None
    sentence: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    sentence_index: int = 0
    subject: list[str] = field(default_factory=list)  # content words naming what is counted/measured
    # The claim restates the previous quantity in other units ("€2bn ($2.2bn)", "soit", "rund"):
    # the id of that claim.
    conversion_of: str | None = None
    # The first figure of a from-to pair that states a change ("rose from 5 to 7"): the level left behind.
    starts_change: bool = False
    # A percentage that is the size of a change ("rose by 5%", "up 2 percentage points"), not a level.
    change_size: bool = False

    @property
    def kind(self) -> str:
        return self.quantity.kind

    @property
    def value(self) -> float | str | None:
        return self.quantity.value

    @property
    def unit(self) -> str | None:
        return self.quantity.unit

    @property
    def qualifier(self) -> str:
        return self.quantity.qualifier

    def to_dict(self) -> dict[str, Any]:
        q = self.quantity
        d: dict[str, Any] = {
            "id": self.id,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": q.kind,
            "value": q.value,
            "unit": q.unit,
            "qualifier": q.qualifier,
            "lang": self.lang,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "subject": list(self.subject),
        }
        if q.denominator is not None:
            d["denominator"] = q.denominator
        if q.low is not None or q.high is not None:
            d["range"] = [q.low, q.high]
        if q.scale != 1.0:
            d["scale"] = q.scale
        if q.ambiguous:
            d["ambiguous"] = True
        if q.garbled:
            d["garbled"] = True
        if q.score is not None:
            d["score"] = list(q.score)
        if self.conversion_of:
            d["conversion_of"] = self.conversion_of
        if self.starts_change:
            d["starts_change"] = True
        if self.change_size:
            d["change_size"] = True
        return d


@dataclass
class Fact:
    """Claims judged to state the same fact, across articles (and repeats inside one)."""

    id: str
    claims: list[str]
    kind: str = ""
    unit: str | None = None
    score: float = 1.0  # weakest link's same-fact probability

    def to_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@dataclass
class Conflict:
    """Two claims of one fact that cannot both be true."""

    fact: str
    claims: tuple[str, str]
    type: str  # ConflictType
    severity: str  # Severity
    explanation: str
    score: float = 1.0
    outlier: str | None = None  # article id the majority disagrees with
    likely_value: float | str | None = None
    likely_unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@dataclass
class Consistency:
    """Two claims of one fact that differ in writing but agree (a bound, a conversion, rounding)."""

    fact: str
    claims: tuple[str, str]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@dataclass
class Skipped:
    """A number the extractor considered and did not make a claim of, with the reason."""

    article: str
    start: int
    end: int
    text: str
    reason: str  # "identifier", "product name", "footnote mark", ...

    def to_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@dataclass
class SentenceLink:
    """Sentence ``index_a`` of ``article_a`` and sentence ``index_b`` of ``article_b`` say the same thing."""

    article_a: str
    index_a: int
    article_b: str
    index_b: int
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@dataclass
class Finding:
    """One wrong figure: the pairwise conflicts of one fact that share one outlier claim.

    ``conflicts`` indexes ``Report.conflicts``; ``against`` lists the articles the
    outlier disagrees with.  Without a clear outlier a finding holds the fact's pairs that no figure
    wins (``outlier`` None), or one pair compare judged alone.
    """

    fact: str
    type: str
    severity: str
    explanation: str
    conflicts: list[int] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    outlier: str | None = None
    outlier_claim: str | None = None
    against: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@dataclass
class Report:
    """Everything one run found about one story; the text, JSON and HTML renderers read this."""

    articles: list[Article]
    claims: list[Claim] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    consistencies: list[Consistency] = field(default_factory=list)
    story: str = ""
    model: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    alignment: list[SentenceLink] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # work that was cut short or left out, said plainly

    @property
    def errors(self) -> list[Article]:
        return [a for a in self.articles if a.error]

    def claim(self, claim_id: str) -> Claim:
        return self._claims_by_id()[claim_id]

    def _claims_by_id(self) -> dict[str, Claim]:
        cache = getattr(self, "_by_id", None)
        if cache is None or len(cache) != len(self.claims):
            cache = {c.id: c for c in self.claims}
            object.__setattr__(self, "_by_id", cache)
        return cache

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        return {
            "story": self.story,
            "model": self.model,
            "articles": [a.to_dict(with_text=with_text) for a in self.articles],
            "claims": [c.to_dict() for c in self.claims],
            "matches": [f.to_dict() for f in self.facts],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "consistent": [c.to_dict() for c in self.consistencies],
            "findings": [f.to_dict() for f in self.findings],
            "skipped": [s.to_dict() for s in self.skipped],
            "alignment": [a.to_dict() for a in self.alignment],
            "notices": list(self.notices),
            "timings": self.timings,
        }
