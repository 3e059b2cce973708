"""Self-contained HTML report for fact-checkers: one story per page, plus a batch index.

The page is one file (CSS and JavaScript inline, nothing fetched from the network)
that opens from ``file://``.  Every string that came from an article, a file name or a
baseline file goes through Jinja2 autoescaping; article text is cut at claim offsets here,
on the server side, and each slice is escaped, so no article text ever reaches ``innerHTML``
(the page's script builds nodes with ``textContent`` only).  A Content-Security-Policy that
only allows the page's own script (by hash) is a second line of defence.

A story page opens on its conflicts, grouped by fact, each with its aligned passage (the
sentences of every version that state the fact, side by side) and review buttons; below
come the whole story as an aligned diff (one row per group of linked sentences), then
omissions and oddities (facts only some versions state, garbled figures, skipped numbers).
Review decisions live in the browser's localStorage until exported as a
``claimcheck-baseline.json`` (the pytest plugin's file) or a CSV.
"""
from __future__ import annotations

import base64
import bisect
import dataclasses
import hashlib
import heapq
import inspect
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from claimcheck.baseline import CONFIRMED_KEY
from claimcheck.explain import QUALIFIER_WORDS, format_number
from claimcheck.read import escape_control
from claimcheck.records import Article, Claim, Quantity, Report, Skipped

__all__ = [
    "render_html", "render_index", "format_quantity", "format_value", "page_filename",
    "load_review_baseline", "ReviewBaseline", "review_key",
]

#: Languages written right to left (ISO 639-1 and -3 codes).
RTL_LANGS = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi"})
SEVERITIES = ("high", "medium", "low")
CONFLICT_TYPES = ("scale", "value", "unit", "qualifier", "date", "garbled")
#: Highlight statuses, most important first: a span that is several things shows the first.
STATUSES = ("garbled", "conflict", "consistent", "unmatched", "skipped")
STATUS_LABELS = {
    "conflict": "conflicting",
    "garbled": "garbled",
    "consistent": "agrees",
    "unmatched": "stated only here",
    "skipped": "skipped",
}
#: The verdict's glyph (its colour is never the only cue): incomplete, with caveats, findings, clean.
VERDICT_GLYPHS = {"incomplete": "⚠", "caveats": "⚠", "findings": "▲", "clean": "✓"}
#: Review decisions a page records; "undecided" clears one that came from the baseline.
DECISIONS = ("accepted", "confirmed_error", "undecided")
#: Sentences of one version a fact's passage shows; the rest are in the aligned versions.
PASSAGE_UNITS = 3
#: Units that say nothing when printed after a number.
SILENT_UNITS = frozenset({"count", "date", "ratio", ""})
DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
MAGNITUDES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"))
_LANG_TAG = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
UNKNOWN_LANG = "und"  # BCP 47 "undetermined"


# ----------------------------------------------------------------------------- formatting


def _short_number(x: float) -> str | None:
    """``1.1e10`` -> ``"11 bn"``: the magnitude a reader checks first, or None below a million."""
    for size, word in MAGNITUDES:
        if abs(x) >= size:
            return f"{format_number(float(f'{x / size:.3g}'))} {word}"
    return None


def format_value(value: float | str | None, unit: str | None = None) -> str:
    """One normalised value readably: ``1.1e10, "USD"`` -> ``"11,000,000,000 USD (11 bn)"``."""
    if value is None:
        return "no value"
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    number = format_number(float(value))
    unit_text = "" if unit is None or unit in SILENT_UNITS else unit
    if unit_text in DURATION_UNITS and value != 1:
        unit_text += "s"
    if unit_text == "%":
        text = f"{number}%"
    elif unit_text:
        text = f"{number} {unit_text}"
    else:
        text = number
    short = _short_number(float(value))
    return f"{text} ({short})" if short else text


def format_quantity(q: Quantity) -> str:
    """A Quantity as a reader would say it: qualifier, value or range, unit, magnitude."""
    if q.garbled or q.qualifier == "garbled":
        return "garbled (no readable value)" if q.value is None else f"garbled, read as {format_value(q.value, q.unit)}"
    words = QUALIFIER_WORDS.get(q.qualifier, "")
    if q.low is not None and q.high is not None:
        core = f"{format_number(float(q.low))} – {format_value(q.high, q.unit)}"
        if q.qualifier == "up_to":  # a range is stored as its upper end with "up_to": the dash says it
            words = ""
    elif q.denominator is not None and isinstance(q.value, (int, float)):
        core = f"{format_number(float(q.value))} of {format_number(float(q.denominator))}"
    else:
        core = format_value(q.value, q.unit)
    text = f"{words} {core}" if words else core
    if q.ambiguous:
        text += " (decimal separator ambiguous)"
    return text


_QUOTED = re.compile(r"“([^“”]*)”")


def isolate_quotes(text: str | None) -> Markup:
    """An explanation with each “quoted” figure isolated in ``<bdi>`` (escaped): an Arabic or Hebrew quote
    inside an English sentence keeps its own order, and the figure after it (``(1,500)``) stays after it
    instead of being pulled into the right-to-left run."""
    if not text:
        return Markup("")
    out, pos = [], 0
    for m in _QUOTED.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(Markup("“<bdi>%s</bdi>”") % m.group(1))
        pos = m.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def page_filename(story: str) -> str:
    """A safe file name for a story's page in a batch (letters, digits, ``-_.`` only)."""
    ascii_name = unicodedata.normalize("NFKD", story).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-.")
    digest = hashlib.sha1(story.encode("utf-8")).hexdigest()[:8]
    return f"{slug or 'story'}-{digest}.html" if slug != story else f"{slug}.html"


def _lang_tag(lang: str | None) -> str:
    """A well-formed BCP 47 tag for ``lang=``, or ``und``: never a hostile string."""
    return lang if lang and _LANG_TAG.match(lang) else UNKNOWN_LANG


def _direction(lang: str | None) -> str:
    """``rtl`` for right-to-left languages, ``ltr`` for others we know, ``auto`` when unknown."""
    tag = _lang_tag(lang)
    if tag == UNKNOWN_LANG:
        return "auto"
    return "rtl" if tag.split("-")[0].lower() in RTL_LANGS else "ltr"


def _safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (``javascript:``, ``data:``) stays text."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c.isspace() for c in url.strip()):
        return url.strip()
    return None


def _relative_link(link: str) -> str:
    """Percent-encode a relative page path so no scheme (``javascript:``) or query can hide in it."""
    return quote(link.replace("\\", "/"), safe="/")


def review_key(story: str, article_ids: Sequence[str] = ()) -> str:
    """The localStorage key of a story's review decisions: its story name, or its article ids without one."""
    basis = story if story else "\n".join(["(no story)", *article_ids])
    return "claimcheck-review/v1/" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


# ----------------------------------------------------------------------------- the baseline it was built with


@dataclass
class ReviewBaseline:
    """A baseline file as the page needs it: accepted entries, confirmed errors, and its name."""

    conflicts: list[dict[str, Any]] = field(default_factory=list)
    confirmed: list[dict[str, Any]] = field(default_factory=list)
    name: str = ""


def load_review_baseline(path: str | Path | None) -> ReviewBaseline:
    """Read a baseline file (``baseline.load_baseline`` checks it); a missing file is an empty one."""
    from claimcheck.baseline import load_baseline

    if path is None:
        return ReviewBaseline()
    path = Path(path)
    entries = load_baseline(path)
    confirmed: list[dict[str, Any]] = []
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        extra = data.get(CONFIRMED_KEY) if isinstance(data, dict) else None
        if isinstance(extra, list):
            confirmed = [e for e in extra if isinstance(e, dict) and isinstance(e.get("fingerprint"), str)]
    return ReviewBaseline(conflicts=entries, confirmed=confirmed, name=path.name)


def _with_story(report: Report) -> Report:
    """The report, named after the folder all its articles were read from when it has no story name:
    baseline entries are keyed by story folder (``pytest --claimcheck``, ``claimcheck baseline``), and
    ``claimcheck check story/`` leaves the name empty."""
    if report.story:
        return report
    parents = {Path(a.source).parent for a in report.articles if a.source and "://" not in a.source}
    if len(parents) == 1:
        name = next(iter(parents)).name
        if name:
            return dataclasses.replace(report, story=name)
    return report


def _as_review_baseline(baseline: ReviewBaseline | str | Path | None) -> ReviewBaseline:
    return baseline if isinstance(baseline, ReviewBaseline) else load_review_baseline(baseline)


@lru_cache(maxsize=8)
def _baseline_header_text(model: str | None) -> str:
    from claimcheck.baseline import dump_baseline

    if model and "model" in inspect.signature(dump_baseline).parameters:
        return dump_baseline([], model=model)
    return dump_baseline([])


def _baseline_header(model: str | None) -> dict[str, Any]:
    """The top-level fields ``baseline.dump_baseline`` writes (version, ...), so an export matches its files."""
    header = json.loads(_baseline_header_text(model))
    header.pop("conflicts", None)
    return header


def _baseline_matches(report: Report, entries: Sequence[dict[str, Any]]) -> dict[int, int]:
    """Conflict index -> index of the baseline entry that accepts it, the way ``baseline.judge`` pairs them:
    the exact fingerprint first, then the loose key (and the wording key where ``baseline.py`` has one)."""
    from claimcheck import baseline as bl

    mine = [i for i, e in enumerate(entries) if e.get("story") == report.story]
    if not mine:
        return {}
    keys: list[tuple[str, Any]] = [("fingerprint", None), ("loose", bl.loose_key)]
    if hasattr(bl, "wording_key"):
        keys.append(("wording", bl.wording_key))
    current: dict[int, dict[str, Any]] = {}
    for ci, conflict in enumerate(report.conflicts):
        try:
            current[ci] = bl.conflict_entry(conflict, report)
        except KeyError:  # a claim the report does not hold: no fingerprint
            continue
    used: set[int] = set()
    matched: dict[int, int] = {}
    for name, key in keys:
        index: dict[str, list[int]] = defaultdict(list)
        for i in mine:
            entry = entries[i]
            if key is None:
                index[entry["fingerprint"]].append(i)
            elif name == "wording" and entry.get("model") == report.model:
                continue  # the wording key only bridges entries another model wrote
            elif isinstance(entry.get("claims"), list) and all(isinstance(c, dict) for c in entry["claims"]):
                index[key(report.story, entry["claims"])].append(i)
        for ci, entry in current.items():
            if ci in matched:
                continue
            wanted = entry["fingerprint"] if key is None else key(report.story, entry["claims"])
            for i in index.get(wanted, []):
                if i not in used:
                    used.add(i)
                    matched[ci] = i
                    break
    return matched


# ----------------------------------------------------------------------------- view model


@dataclass
class ClaimView:
    claim: Claim
    dom_id: str
    status: str
    value_text: str
    lang: str
    dir: str
    column: int | None = None  # the diff column of its article
    unit: int | None = None  # the unit (sentence) of its column it sits in
    located: bool = False  # its span was cut out of the article text

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass
class Mark:
    """One highlighted span inside a unit: a claim or a skipped number."""

    start: int
    end: int
    status: str
    title: str
    dom_id: str | None = None
    back: str | None = None  # the fact card a conflicting figure links back to


@dataclass
class Unit:
    """A sentence of one version (sentences a claim straddles are joined), cut into plain and marked slices."""

    column: int
    index: int
    start: int
    end: int
    number: int  # 1-based sentence number the reader sees
    pieces: list[tuple[str, Mark | None]] = field(default_factory=list)
    row: int = -1


@dataclass
class ColumnView:
    """One readable version: a column of the diff."""

    article: Article
    index: int
    lang: str
    dir: str
    units: list[Unit] = field(default_factory=list)
    claims: list[ClaimView] = field(default_factory=list)

    @property
    def css(self) -> str:
        return f"c{self.index}"


@dataclass
class ArticleView:
    article: Article
    lang: str
    dir: str
    url: str | None
    claims: int = 0
    column: int | None = None


@dataclass
class RowView:
    dom_id: str
    cells: list[list[Unit]]  # per column, the units of that version in this row
    linked: bool  # its sentences were aligned; else a block of sentences no version links
    conflict: bool = False


@dataclass
class Side:
    """One version's figure on a review card."""

    claim: ClaimView
    odd: bool = False  # the outlier of a finding


@dataclass
class CardView:
    """A finding (or, without findings, one conflict pair): what a reviewer decides on."""

    dom_id: str
    type: str
    severity: str
    explanation: str
    sides: list[Side]
    conflicts: list[int]  # indexes of report.conflicts
    fingerprints: list[str]
    outlier: str | None
    likely_text: str | None
    missing: list[str]
    baseline_decision: str | None = None  # "accepted", "confirmed_error", "mixed" or None
    baseline_notes: list[str] = field(default_factory=list)
    baseline_mix: str = ""  # a mixed decision's make-up: "3 of 5 pairs accepted, 2 undecided"

    @property
    def odd(self) -> Side | None:
        return next((s for s in self.sides if s.odd), None)

    @property
    def others(self) -> list[tuple[str, list[ClaimView]]]:
        """The sides that agree with one another, grouped by the value they state."""
        groups: dict[str, list[ClaimView]] = {}
        for s in self.sides:
            if not s.odd:
                groups.setdefault(s.claim.value_text, []).append(s.claim)
        return list(groups.items())


@dataclass
class PassageCell:
    column: ColumnView
    units: list[Unit]
    stated: bool  # the version states the fact here; else these are its aligned sentences (or none)
    more: int = 0  # sentences left out (they are in the aligned versions below)


@dataclass
class FactView:
    fact_id: str
    kind: str
    unit: str | None
    score: float | None
    claims: list[ClaimView]
    cards: list[CardView]
    dom_id: str
    passage: list[PassageCell] = field(default_factory=list)
    row: str | None = None  # the diff row the passage sits in
    severity: str = "low"


@dataclass
class PartialFact:
    """A fact stated by some versions only: a possible omission."""

    fact_id: str
    claims: list[ClaimView]
    silent: list[ColumnView]


@dataclass
class SkipView:
    skipped: Skipped
    article: str
    lang: str
    dir: str
    context: str
    located: bool


def _claim_statuses(report: Report) -> dict[str, str]:
    """Each claim's highlight status: garbled > conflict > consistent > unmatched.

    A garbled claim shows as garbled even inside a conflict: its text is the problem.
    """
    articles_of = {c.id: c.article for c in report.claims}
    in_conflict = {cid for conflict in report.conflicts for cid in conflict.claims}
    consistent = {cid for pair in report.consistencies for cid in pair.claims}
    for fact in report.facts:
        if len({articles_of.get(cid) for cid in fact.claims if cid in articles_of}) >= 2:
            consistent.update(fact.claims)
    statuses = {}
    for claim in report.claims:
        if claim.quantity.garbled or claim.quantity.qualifier == "garbled":
            statuses[claim.id] = "garbled"
        elif claim.id in in_conflict:
            statuses[claim.id] = "conflict"
        elif claim.id in consistent:
            statuses[claim.id] = "consistent"
        else:
            statuses[claim.id] = "unmatched"
    return statuses


def _sentence_spans(article: Article) -> list[tuple[int, int]]:
    """The article's sentences as the extractor cut them (so ``SentenceLink`` indexes match)."""
    text = article.text
    try:
        from claimcheck.segment import split_sentences

        spans = [(s.start, s.end) for s in split_sentences(text, article.lang)]
    except Exception:  # a segmenter failure must not lose the report: one unit per line
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if not spans and text.strip():
        spans = [(0, len(text))]
    return spans


def _units(column: int, text: str, spans: list[tuple[int, int]],
           marks: list[Mark]) -> tuple[list[Unit], list[int]]:
    """Units of one version, and for each sentence index the unit it went into.

    A mark that straddles sentences (or sits between them) joins them, so a figure is never cut.
    """
    bounds = [list(s) for s in spans]
    starts = [b[0] for b in bounds]
    join = [False] * len(bounds)  # join[i]: sentence i belongs to the unit of sentence i - 1
    for m in marks:
        i = max(bisect.bisect_right(starts, m.start) - 1, 0)
        bounds[i][0] = min(bounds[i][0], m.start)
        j = i
        while j + 1 < len(bounds) and bounds[j + 1][0] < m.end:
            j += 1
            join[j] = True
        bounds[j][1] = max(bounds[j][1], m.end)
    units: list[Unit] = []
    unit_of: list[int] = []
    for i, (s, e) in enumerate(bounds):
        if join[i] and units:
            units[-1].end = max(units[-1].end, e)
        else:
            units.append(Unit(column=column, index=len(units), start=s, end=e, number=i + 1))
        unit_of.append(len(units) - 1)
    # cut each unit at its marks (they never overlap: the caller chose them)
    ordered = sorted(marks, key=lambda m: m.start)
    k = 0
    for unit in units:
        pos = unit.start
        while k < len(ordered) and ordered[k].start < unit.end:
            m = ordered[k]
            if m.start > pos:
                unit.pieces.append((text[pos : m.start], None))
            unit.pieces.append((text[m.start : m.end], m))
            pos = m.end
            k += 1
        if pos < unit.end:
            unit.pieces.append((text[pos : unit.end], None))
    return units, unit_of


def _choose_marks(text: str, claims: list[ClaimView], skipped: list[SkipView]) -> list[tuple[Mark, Any]]:
    """Non-overlapping marks for one version: the more important status wins, then the longer span.

    A claim whose offsets fall outside the text or do not match its quoted text is left unlocated.
    """
    rank = {s: i for i, s in enumerate(STATUSES)}
    candidates: list[tuple[Mark, Any]] = []
    for view in claims:
        c = view.claim
        if 0 <= c.start < c.end <= len(text) and (not c.text or text[c.start : c.end] == c.text):
            candidates.append((Mark(c.start, c.end, view.status, f"{view.status_label}: {view.value_text}",
                                    dom_id=view.dom_id), view))
    for sv in skipped:
        s = sv.skipped
        if 0 <= s.start < s.end <= len(text) and (not s.text or text[s.start : s.end] == s.text):
            candidates.append((Mark(s.start, s.end, "skipped", f"skipped: {s.reason}"), sv))
    candidates.sort(key=lambda mv: (rank[mv[0].status], -(mv[0].end - mv[0].start), mv[0].start))
    chosen: list[tuple[Mark, Any]] = []
    taken: list[tuple[int, int]] = []  # sorted spans already chosen
    for mark, view in candidates:
        i = bisect.bisect_left(taken, (mark.start, mark.end))
        if (i > 0 and taken[i - 1][1] > mark.start) or (i < len(taken) and taken[i][0] < mark.end):
            continue
        taken.insert(i, (mark.start, mark.end))
        chosen.append((mark, view))
        view.located = True
    return chosen


class _Links:
    """Union-find over (column, unit): linked sentences end up in one row."""

    def __init__(self) -> None:
        self.parent: dict[tuple[int, int], tuple[int, int]] = {}
        self.linked: set[tuple[int, int]] = set()
        # root -> {version: (first, last) of its sentences in the row}
        self.spans: dict[tuple[int, int], dict[int, tuple[int, int]]] = {}

    def find(self, x: tuple[int, int]) -> tuple[int, int]:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: tuple[int, int], b: tuple[int, int], strict: bool = False, adjacent: bool = False) -> bool:
        """Link two sentences.  ``strict``: only when the joined row crosses no other row (every version
        keeps its sentence order down the rows) and holds one sentence per version, or with ``adjacent``
        a run of neighbouring sentences (one sentence translated as two)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        sa, sb = self.spans.get(ra, {ra[0]: (ra[1], ra[1])}), self.spans.get(rb, {rb[0]: (rb[1], rb[1])})
        joined = dict(sa)
        for col, (lo, hi) in sb.items():
            if col in joined:
                olo, ohi = joined[col]
                if strict and not (adjacent and hi + 1 >= olo and ohi + 1 >= lo):
                    return False
                joined[col] = (min(lo, olo), max(hi, ohi))
            else:
                joined[col] = (lo, hi)
        if strict and self._crosses(joined, (ra, rb)):
            return False
        self.linked.update((a, b))
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.spans[keep] = joined
        self.spans.pop(drop, None)
        return True

    def _crosses(self, row: dict[int, tuple[int, int]], skip: tuple) -> bool:
        for root, other in self.spans.items():
            if root in skip:
                continue
            sides = set()
            for col in row.keys() & other.keys():
                (lo, hi), (olo, ohi) = row[col], other[col]
                sides.add("before" if hi < olo else "after" if lo > ohi else "overlap")
            if "overlap" in sides or len(sides) > 1:
                return True
        return False


def _order_rows(groups: list[dict[int, list[int]]], n_columns: int) -> list[int]:
    """Rows in reading order: every version's sentences in their own order down the rows, and otherwise
    by position in the first version, the others' sentences slotted in after the row holding their
    previous sentence (at the top when none, at the end for a version with no links)."""
    keys: dict[int, tuple] = {}
    for col in range(n_columns):
        placed = sorted((min(g[col]), keys[r]) for r, g in enumerate(groups) if r in keys and col in g)
        mine = sorted((min(g[col]), r) for r, g in enumerate(groups) if r not in keys and col in g)
        anchored = bool(placed)
        for pos, r in mine:
            if col == 0:
                key: tuple = (float(pos),)
            else:
                i = bisect.bisect_left(placed, (pos,))
                if i > 0:
                    key = placed[i - 1][1] + ((col, pos),)
                else:
                    key = (-1.0 if anchored else float("inf"), (col, pos))
            keys[r] = key
            bisect.insort(placed, (pos, key))
    # the keys alone can put a version's later sentence first; each version's order is a hard constraint
    successors: dict[int, set[int]] = defaultdict(set)
    waiting = [0] * len(groups)
    for col in range(n_columns):
        sequence = sorted((min(g[col]), r) for r, g in enumerate(groups) if col in g)
        for (_, before), (_, after) in zip(sequence, sequence[1:]):
            if after not in successors[before]:
                successors[before].add(after)
                waiting[after] += 1
    ready = [(keys[r], r) for r in range(len(groups)) if not waiting[r]]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        _, r = heapq.heappop(ready)
        order.append(r)
        for nxt in successors[r]:
            waiting[nxt] -= 1
            if not waiting[nxt]:
                heapq.heappush(ready, (keys[nxt], nxt))
    if len(order) < len(groups):  # rows that cross (an alignment taken as given): by key
        done = set(order)
        order += sorted((r for r in range(len(groups)) if r not in done), key=lambda r: keys[r])
    return order


def _rows(columns: list[ColumnView], links: _Links) -> list[RowView]:
    """Rows of the diff: each component of linked sentences is one row; runs of sentences no version
    links are gathered into one block row, each version's sentences in order."""
    members: dict[tuple[int, int], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for col in columns:
        for unit in col.units:
            node = (col.index, unit.index)
            members[links.find(node) if node in links.linked else node][col.index].append(unit.index)
    roots = list(members)
    groups = [dict(members[r]) for r in roots]
    order = _order_rows(groups, len(columns))
    rows: list[RowView] = []
    for r in order:
        group = groups[r]
        linked = roots[r] in links.linked or sum(len(v) for v in group.values()) > 1
        if not linked and rows and not rows[-1].linked:
            row = rows[-1]
        else:
            row = RowView(dom_id=f"cc-row-{len(rows)}", cells=[[] for _ in columns], linked=linked)
            rows.append(row)
        for col_index, unit_indexes in group.items():
            for u in sorted(unit_indexes):
                unit = columns[col_index].units[u]
                unit.row = len(rows) - 1
                row.cells[col_index].append(unit)
                if any(m is not None and m.status == "conflict" for _, m in unit.pieces):
                    row.conflict = True
    return rows


def _links(report: Report, columns: list[ColumnView], unit_of: dict[str, list[int]],
           col_of: dict[str, int], claims: dict[str, ClaimView]) -> _Links:
    """The matching stage's sentence alignment; until it exists, the sentences of each fact's claims."""
    links = _Links()
    # the surest links first; one that would cross a row already made is left out, so every version
    # reads in its own order down the rows
    for link in sorted(report.alignment, key=lambda x: -(x.score or 0.0)):
        a, b = col_of.get(link.article_a), col_of.get(link.article_b)
        if a is None or b is None:
            continue
        ua, ub = unit_of[link.article_a], unit_of[link.article_b]
        if 0 <= link.index_a < len(ua) and 0 <= link.index_b < len(ub):
            links.union((a, ua[link.index_a]), (b, ub[link.index_b]), strict=True, adjacent=True)
    if report.alignment:
        return links
    # Without it: facts in conflict first (their passages must line up), then the surest matches;
    # a row never takes two sentences of one version, so a wrong match cannot chain a story into one row.
    disputed = {c.fact for c in report.conflicts}
    for fact in sorted(report.facts, key=lambda f: (f.id not in disputed, -(f.score or 0.0))):
        first: dict[int, tuple[int, int]] = {}  # per version, its earliest sentence stating the fact
        for cid in fact.claims:
            view = claims.get(cid)
            if view is None or view.unit is None or view.column is None:
                continue
            node = (view.column, view.unit)
            if view.column not in first or node < first[view.column]:
                first[view.column] = node
        nodes = sorted(first.values())
        for node in nodes[1:]:
            links.union(nodes[0], node, strict=True)
    return links


def _describe_likely(value: Any, unit: str | None, claims: Sequence[Claim]) -> str:
    from claimcheck.compare import describe_likely_date

    return describe_likely_date(value, claims) or format_value(value, unit)


def _claim_value_text(claim: Claim) -> str:
    """``format_quantity``, but a date whose text writes no year is told without the year it was read in."""
    from claimcheck.compare import describe_claim, year_unwritten

    return describe_claim(claim) if year_unwritten(claim) else format_quantity(claim.quantity)


def _card_for(dom_id: str, conflict_indexes: list[int], claims: dict[str, ClaimView],
              type_: str, severity: str, explanation: str, outlier: str | None, outlier_claim: str | None,
              likely: tuple[Any, Any] | None, fingerprints: dict[int, str], claim_ids: Sequence[str],
              restated: Sequence[str] = ()) -> CardView:
    """``restated``: the outlier's article stating the outlier's figure again, odd as the outlier is."""
    ordered = list(dict.fromkeys(claim_ids))
    if outlier_claim in ordered:  # the odd one out first
        ordered.remove(outlier_claim)
        ordered.insert(0, outlier_claim)
    odd = {outlier_claim, *restated}
    sides = [Side(claims[cid], odd=cid in odd) for cid in ordered if cid in claims]
    return CardView(
        dom_id=dom_id, type=type_, severity=severity, explanation=explanation, sides=sides,
        conflicts=conflict_indexes,
        fingerprints=[fingerprints[i] for i in conflict_indexes if i in fingerprints],
        outlier=outlier,
        likely_text=None if likely is None or likely[0] is None else _describe_likely(
            likely[0], likely[1], [claims[cid].claim for cid in ordered if cid in claims]),
        missing=[cid for cid in ordered if cid not in claims],
    )


def _cards(report: Report, claims: dict[str, ClaimView], fingerprints: dict[int, str]) -> dict[str, list[CardView]]:
    """Per fact, one card per finding (a wrong figure) when the report has findings, else one per conflict.
    Conflicts no finding covers still get their own card."""
    cards: dict[str, list[CardView]] = defaultdict(list)
    covered: set[int] = set()
    n = 0
    for finding in report.findings:
        indexes = [i for i in finding.conflicts if 0 <= i < len(report.conflicts)]
        if not indexes:
            continue
        covered.update(indexes)
        first = report.conflicts[indexes[0]]
        ids = list(finding.claims) or [cid for i in indexes for cid in report.conflicts[i].claims]
        restated = [cid for cid in ids if finding.outlier_claim and cid != finding.outlier_claim and cid in claims
                    and claims[cid].claim.article == finding.outlier]
        cards[finding.fact].append(_card_for(
            f"cc-card-{n}", indexes, claims, finding.type, finding.severity, finding.explanation,
            finding.outlier, finding.outlier_claim, (first.likely_value, first.likely_unit), fingerprints, ids,
            restated))
        n += 1
    for i, conflict in enumerate(report.conflicts):
        if i in covered:
            continue
        outlier_claim = next((cid for cid in conflict.claims if conflict.outlier and cid in claims
                              and claims[cid].claim.article == conflict.outlier), None)
        cards[conflict.fact].append(_card_for(
            f"cc-card-{n}", [i], claims, conflict.type, conflict.severity, conflict.explanation,
            conflict.outlier, outlier_claim, (conflict.likely_value, conflict.likely_unit), fingerprints,
            conflict.claims))
        n += 1
    for fact_cards in cards.values():
        fact_cards.sort(key=lambda c: _severity_rank(c.severity))
    return cards


def _severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def _passage(fact_claims: list[ClaimView], columns: list[ColumnView], rows: list[RowView]) -> tuple[list[PassageCell], str | None]:
    """The aligned passage of a fact: each version's sentences stating it, else its sentences aligned with them."""
    stated: dict[int, list[Unit]] = defaultdict(list)
    for view in fact_claims:
        if view.column is not None and view.unit is not None:
            unit = columns[view.column].units[view.unit]
            if unit not in stated[view.column]:
                stated[view.column].append(unit)
    row_ids = sorted({u.row for units in stated.values() for u in units if u.row >= 0})
    cells = []
    for col in columns:
        if stated.get(col.index):
            units = sorted(stated[col.index], key=lambda u: u.index)
            cells.append(PassageCell(col, units[:PASSAGE_UNITS], True, len(units) - len(units[:PASSAGE_UNITS])))
        else:
            aligned = [u for r in row_ids for u in rows[r].cells[col.index]] if all(rows[r].linked for r in row_ids) else []
            cells.append(PassageCell(col, aligned, False))
    return cells, (rows[row_ids[0]].dom_id if row_ids else None)


def _build(report: Report, baseline: ReviewBaseline) -> dict[str, Any]:
    """Everything the story template shows; article text is cut into slices here, escaped by the template."""
    articles = [ArticleView(article=a, lang=_lang_tag(a.lang), dir=_direction(a.lang), url=_safe_url(a.url))
                for a in report.articles]
    columns: list[ColumnView] = []
    col_of: dict[str, int] = {}
    for view in articles:
        a = view.article
        if a.ok and a.text and a.id not in col_of:
            view.column = col_of[a.id] = len(columns)
            columns.append(ColumnView(article=a, index=len(columns), lang=view.lang, dir=view.dir))

    statuses = _claim_statuses(report)
    claims: dict[str, ClaimView] = {}
    lang_of = {a.id: a.lang for a in report.articles}
    for i, claim in enumerate(report.claims):
        lang = claim.lang or lang_of.get(claim.article)
        view = ClaimView(claim=claim, dom_id=f"cc-claim-{i}", status=statuses[claim.id],
                         value_text=_claim_value_text(claim), lang=_lang_tag(lang), dir=_direction(lang),
                         column=col_of.get(claim.article))
        claims.setdefault(claim.id, view)
        if view.column is not None and claims[claim.id] is view:
            columns[view.column].claims.append(view)
    skips = [SkipView(s, s.article, _lang_tag(lang_of.get(s.article)), _direction(lang_of.get(s.article)),
                      "", False) for s in report.skipped]
    skips_by_article: dict[str, list[SkipView]] = defaultdict(list)
    for sv in skips:
        skips_by_article[sv.article].append(sv)

    fingerprints = _fingerprints(report)
    cards = _cards(report, claims, fingerprints)
    fact_card_of_claim: dict[str, str] = {}
    disputed_ids = [fid for fid in dict.fromkeys([c.fact for c in report.conflicts] + list(cards))]
    fact_dom = {fid: f"cc-fact-{j}" for j, fid in enumerate(disputed_ids)}
    for conflict in report.conflicts:
        for cid in conflict.claims:
            fact_card_of_claim.setdefault(cid, fact_dom[conflict.fact])

    unit_of: dict[str, list[int]] = {}
    for col in columns:
        text = col.article.text
        chosen = _choose_marks(text, col.claims, skips_by_article.get(col.article.id, []))
        for mark, view in chosen:
            if isinstance(view, ClaimView) and view.status == "conflict":
                mark.back = fact_card_of_claim.get(view.claim.id)
        col.units, unit_of[col.article.id] = _units(col.index, text, _sentence_spans(col.article),
                                                   [m for m, _ in chosen])
        starts = [u.start for u in col.units]
        for mark, view in chosen:
            u = max(bisect.bisect_right(starts, mark.start) - 1, 0)
            if isinstance(view, ClaimView):
                view.unit = u
            else:
                unit = col.units[u]
                view.context = text[unit.start:unit.end]
    for sv in skips:
        if not sv.context:
            a = next((c.article for c in columns if c.article.id == sv.article), None)
            if a is not None and 0 <= sv.skipped.start <= len(a.text):
                sv.context = a.text[max(0, sv.skipped.start - 80): sv.skipped.end + 80]

    links = _links(report, columns, unit_of, col_of, claims)
    rows = _rows(columns, links)

    # facts with conflicts: most severe first, each with its passage and its review cards
    matched_accepted = _baseline_matches(report, baseline.conflicts)
    matched_confirmed = {ci: i for ci, i in _baseline_matches(report, baseline.confirmed).items()
                         if ci not in matched_accepted}
    facts_by_id = {f.id: f for f in report.facts}
    disputed: list[FactView] = []
    for fid in disputed_ids:
        fact = facts_by_id.get(fid)
        fact_cards = cards.get(fid, [])
        member_ids = list(fact.claims) if fact else []
        member_ids += [s.claim.claim.id for card in fact_cards for s in card.sides]
        members = [claims[cid] for cid in dict.fromkeys(member_ids) if cid in claims]
        in_cards = [s.claim for card in fact_cards for s in card.sides]
        passage, row = _passage(in_cards or members, columns, rows)
        for card in fact_cards:
            _baseline_state(card, baseline, matched_accepted, matched_confirmed)
        disputed.append(FactView(
            fact_id=fid, kind=(fact.kind if fact else "") or (members[0].claim.kind if members else ""),
            unit=fact.unit if fact else None, score=fact.score if fact else None, claims=members,
            cards=fact_cards, dom_id=fact_dom[fid], passage=passage, row=row,
            severity=min((c.severity for c in fact_cards), key=_severity_rank, default="low"),
        ))
    disputed.sort(key=lambda f: _severity_rank(f.severity))

    # facts every stating version agrees on, and facts only some versions state
    agreeing: list[FactView] = []
    partial: list[PartialFact] = []
    in_fact: set[str] = set()
    readable = columns
    for fact in report.facts:
        in_fact.update(fact.claims)
        members = [claims[cid] for cid in dict.fromkeys(fact.claims) if cid in claims]
        members = [m for m in members if m.status != "garbled" and not m.claim.conversion_of]
        if not members:
            continue
        stating = {m.claim.article for m in members}
        if fact.id not in fact_dom and len(stating) >= 2:
            agreeing.append(FactView(fact_id=fact.id, kind=fact.kind, unit=fact.unit, score=fact.score,
                                     claims=members, cards=[], dom_id=f"cc-agree-{len(agreeing)}"))
        silent = [c for c in readable if c.article.id not in stating]
        if silent and len(readable) >= 2:
            partial.append(PartialFact(fact.id, members, silent))
    for view in claims.values():  # claims no fact holds: stated by one version
        if view.claim.id not in in_fact and view.status != "garbled" and not view.claim.conversion_of:
            silent = [c for c in readable if c.article.id != view.claim.article]
            if silent and len(readable) >= 2:
                partial.append(PartialFact("", [view], silent))
    garbled = [v for v in claims.values() if v.status == "garbled"]

    severity_counts = Counter(c.severity for c in report.conflicts)
    type_counts = Counter(c.type for c in report.conflicts)
    langs = sorted({a.lang for a in articles})
    all_cards = [card for f in disputed for card in f.cards]
    card_severities = Counter(c.severity for c in all_cards)
    story_data = _story_data(report, claims, fingerprints, matched_accepted, matched_confirmed, baseline,
                             {i: card for card in all_cards for i in card.conflicts})
    data = {  # what the page's script reads; embedded with |tojson, so "</script>" cannot close it
        "page": "story",
        "stories": [story_data],
        "baseline": _baseline_data(baseline, report.model),
        "columns": [{"css": c.css, "name": c.article.id, "lang": c.lang} for c in columns],
    }
    unreadable = [a for a in articles if a.article.error]
    return {
        "report": report,
        "verdict": _verdict(report, articles, columns, all_cards),
        "unreadable": unreadable,
        "baseline_summary": _baseline_summary(baseline, all_cards, len(matched_accepted), len(matched_confirmed),
                                              len(report.conflicts)),
        "title": report.story or ", ".join(a.id for a in report.articles) or "claimcheck report",
        "articles": articles,
        "columns": columns,
        "rows": rows,
        "facts": disputed,
        "cards": all_cards,
        "agreeing": agreeing,
        "partial": partial,
        "garbled": garbled,
        "skipped": skips,
        "skip_reasons": Counter(s.skipped.reason for s in skips),
        "severity_counts": severity_counts,
        "card_severities": card_severities,
        "type_counts": type_counts,
        "card_types": sorted({c.type for c in all_cards}, key=lambda t: (t not in CONFLICT_TYPES, CONFLICT_TYPES.index(t) if t in CONFLICT_TYPES else 0, t)),
        "types": list(CONFLICT_TYPES) + sorted(set(type_counts) - set(CONFLICT_TYPES)),
        "severities": list(SEVERITIES) + sorted(set(severity_counts) - set(SEVERITIES)),
        "langs": langs,
        "status_counts": Counter(v.status for v in claims.values()) + Counter({"skipped": len(skips)}),
        "unlocated": sum(1 for v in claims.values() if not v.located),
        "statuses": STATUSES,
        "silent_units": SILENT_UNITS,
        "verdict_glyphs": VERDICT_GLYPHS,
        "status_labels": STATUS_LABELS,
        "data": data,
        "baseline": baseline,
        "matched_facts": sum(1 for f in report.facts if len(f.claims) > 1),
        "reviewable": sum(1 for c in all_cards if c.fingerprints),
    }


@dataclass
class Verdict:
    """The first thing the page says: did the run check everything, and what did it find."""

    state: str  # "incomplete", "caveats", "findings" or "clean"
    headline: str
    details: list[str]


def _verdict(report: Report, articles: list[ArticleView], columns: list[ColumnView],
             cards: list[CardView]) -> Verdict:
    """A run that could not read every article, or compared fewer than two versions, is *incomplete*;
    one with notices (text cut, an encoder that lacks a language) is checked *with caveats*: neither may
    look like a clean result, whatever it found."""
    unreadable = [a for a in articles if a.article.error]
    details: list[str] = []
    if unreadable:
        details.append(f"{len(unreadable)} of {len(articles)} article{'' if len(articles) == 1 else 's'} could not "
                       f"be read and {'was' if len(unreadable) == 1 else 'were'} not checked")
    if len(columns) < 2:
        details.append("fewer than two readable versions: no figure could be compared"
                       if columns else "no readable version: nothing was checked")
    if report.notices:
        n = len(report.notices)
        details.append(f"{n} notice{'' if n == 1 else 's'} below say{'s' if n == 1 else ''} what was cut "
                       "or may be matched poorly")
    found = (f"{len(cards)} finding{'' if len(cards) == 1 else 's'} to review" if cards
             else "no conflicting figures")
    versions = f"{len(columns)} version{'' if len(columns) == 1 else 's'}"
    if unreadable or len(columns) < 2:
        state, headline = "incomplete", f"Incomplete check: {found} among the {versions} that could be read"
    elif report.notices:
        state, headline = "caveats", f"Checked with caveats: {found} among {versions}"
    elif cards:
        state, headline = "findings", f"{found[0].upper()}{found[1:]} among {versions}"
    else:
        state, headline = "clean", f"No conflicting figures among {versions}"
    return Verdict(state, headline, details)


def _baseline_summary(baseline: ReviewBaseline, cards: list[CardView], accepted: int, confirmed: int,
                      pairs: int) -> str | None:
    """What the baseline the page was built with already decides, said at the top (None without one)."""
    if not baseline.name:
        return None
    if not pairs:
        return f"Baseline {baseline.name}: no conflict to decide in this story."
    decided = Counter(c.baseline_decision for c in cards)
    parts = [f"accepts {accepted} of {pairs} conflict pair{'' if pairs == 1 else 's'}"]
    if confirmed:
        parts.append(f"confirms {confirmed} as error{'' if confirmed == 1 else 's'}")
    text = f"Baseline {baseline.name} " + " and ".join(parts)
    if decided["accepted"]:
        text += (f"; {decided['accepted']} finding{' is' if decided['accepted'] == 1 else 's are'} accepted "
                 "(still listed below, marked ✓ accepted)")
    if decided["mixed"]:
        text += (f"; {decided['mixed']} finding{' is' if decided['mixed'] == 1 else 's are'} only partly decided "
                 "(◐ mixed: some of their pairs are not in it)")
    undecided = decided[None]
    text += f"; {undecided} finding{'' if undecided == 1 else 's'} still undecided." if undecided else "."
    return text


def _fingerprints(report: Report) -> dict[int, str]:
    from claimcheck.baseline import fingerprint

    out = {}
    for i, conflict in enumerate(report.conflicts):
        try:
            out[i] = fingerprint(conflict, report)
        except KeyError:  # a claim the report does not hold
            continue
    return out


def _baseline_state(card: CardView, baseline: ReviewBaseline, accepted: dict[int, int],
                    confirmed: dict[int, int]) -> None:
    """What the baseline the report was built with says about a card: accepted, confirmed, mixed or nothing."""
    states = []
    for i in card.conflicts:
        if i in accepted:
            states.append("accepted")
            note = baseline.conflicts[accepted[i]].get("note")
        elif i in confirmed:
            states.append("confirmed_error")
            note = baseline.confirmed[confirmed[i]].get("note")
        else:
            states.append(None)
            note = None
        if isinstance(note, str) and note.strip() and note not in card.baseline_notes:
            card.baseline_notes.append(note)
    kinds = set(states)
    card.baseline_decision = None if kinds == {None} else (states[0] if len(kinds) == 1 else "mixed")
    if card.baseline_decision == "mixed":
        card.baseline_mix = _mix_text(Counter(states), len(states))


def _mix_text(counts: Counter, total: int) -> str:
    """``3 of 5 pairs accepted, 2 undecided``: what a mixed decision is made of (the page's script says the same)."""
    parts = [f"{counts[k]} {word}" for k, word in (("accepted", "accepted"), ("confirmed_error", "confirmed error"),
                                                   (None, "undecided")) if counts[k]]
    return f"{parts[0].split(' ', 1)[0]} of {total} pairs {parts[0].split(' ', 1)[1]}" + \
        "".join(f", {p}" for p in parts[1:])


def _story_data(report: Report, claims: dict[str, ClaimView], fingerprints: dict[int, str],
                accepted: dict[int, int], confirmed: dict[int, int], baseline: ReviewBaseline,
                card_of: dict[int, CardView]) -> dict[str, Any]:
    """One story as the review script needs it: each conflict's baseline entry, what the baseline says, CSV cells."""
    from claimcheck.baseline import conflict_entry

    conflicts = []
    for i, conflict in enumerate(report.conflicts):
        if i not in fingerprints:
            continue
        sides = [claims.get(cid) for cid in conflict.claims]
        card = card_of.get(i)
        item: dict[str, Any] = {
            "fp": fingerprints[i],
            "card": card.dom_id if card else None,
            "entry": conflict_entry(conflict, report),
            "fact": conflict.fact, "type": conflict.type, "severity": conflict.severity,
            "explanation": conflict.explanation, "outlier": conflict.outlier or "",
            "likely": "" if conflict.likely_value is None else format_value(conflict.likely_value, conflict.likely_unit),
            "sides": [{"article": v.claim.article, "text": v.claim.text, "value": v.value_text} if v else
                      {"article": "", "text": cid, "value": ""} for cid, v in zip(conflict.claims, sides)],
        }
        if i in accepted:
            item["baseline"] = {"decision": "accepted", "entry": accepted[i],
                                "note": _note(baseline.conflicts[accepted[i]])}
        elif i in confirmed:
            item["baseline"] = {"decision": "confirmed_error", "entry": confirmed[i],
                                "note": _note(baseline.confirmed[confirmed[i]])}
        conflicts.append(item)
    return {"story": report.story, "key": review_key(report.story, [a.id for a in report.articles]),
            "conflicts": conflicts}


def _note(entry: dict[str, Any]) -> str:
    note = entry.get("note")
    return note if isinstance(note, str) else ""


def _baseline_data(baseline: ReviewBaseline, model: str | None) -> dict[str, Any]:
    return {"name": baseline.name, "header": _baseline_header(model), "conflicts": baseline.conflicts,
            "confirmed": baseline.confirmed, "confirmed_key": CONFIRMED_KEY}


# ----------------------------------------------------------------------------- rendering


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("claimcheck", "templates"),
        autoescape=True,  # every {{ }} is escaped, in text and attributes alike
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["value"] = format_value
    env.filters["visible"] = escape_control
    env.filters["isolate_quotes"] = isolate_quotes
    return env


@lru_cache(maxsize=None)
def _asset(name: str) -> tuple[Markup, str]:
    """A static template file (CSS or JS) as markup, and the CSP hash of its exact text."""
    env = _environment()
    source, _, _ = env.loader.get_source(env, name)
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()
    return Markup(source), f"'sha256-{digest}'"


def _page(template: str, context: dict[str, Any]) -> str:
    css, _ = _asset("report.css")
    js, js_hash = _asset("report.js")
    csp = (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
        f"script-src {js_hash}; base-uri 'none'; form-action 'none'"
    )
    return _environment().get_template(template).render(css=css, js=js, csp=csp, **context)


def render_html(report: Report, baseline: ReviewBaseline | str | Path | None = None) -> str:
    """One story's page: conflicts with their aligned passages and review buttons, the aligned diff,
    omissions and oddities.  ``baseline`` (a file or a loaded one) shows its decisions and is what an
    exported baseline is merged into."""
    return _page("report.html", _build(_with_story(report), _as_review_baseline(baseline)))


def render_index(entries: Iterable[tuple[str, Report, str]],
                 baseline: ReviewBaseline | str | Path | None = None) -> str:
    """Batch index: one row per story (name, its report, relative link to its page), most severe findings
    first, with review progress read from the browser; exports the decisions of every story at once."""
    baseline = _as_review_baseline(baseline)
    rows = []
    stories = []
    totals: Counter = Counter()
    model = None
    for name, report, link in entries:
        report = _with_story(report)
        model = model or report.model
        fingerprints = _fingerprints(report)
        accepted = _baseline_matches(report, baseline.conflicts)
        confirmed = {ci: i for ci, i in _baseline_matches(report, baseline.confirmed).items() if ci not in accepted}
        claims = {c.id: ClaimView(claim=c, dom_id="", status="", value_text=format_quantity(c.quantity),
                                  lang="", dir="") for c in report.claims}
        cards = [card for fact_cards in _cards(report, claims, fingerprints).values() for card in fact_cards]
        finding_counts = Counter(card.severity for card in cards)
        totals.update(finding_counts)
        story = _story_data(report, claims, fingerprints, accepted, confirmed, baseline,
                            {i: card for card in cards for i in card.conflicts})
        story["name"] = name
        stories.append(story)
        rows.append(
            {
                "name": name,
                "key": story["key"],
                "link": _relative_link(link),
                "articles": len(report.articles),
                "langs": sorted({_lang_tag(a.lang) for a in report.articles if not a.error}),  # not "und" for a file never read
                "errors": [a for a in report.articles if a.error],
                "notices": list(report.notices),
                "check": ("incomplete" if any(a.error for a in report.articles)
                          or sum(1 for a in report.articles if a.ok and a.text) < 2
                          else "caveats" if report.notices else ""),
                "claims": len(report.claims),
                "conflicts": len(report.conflicts),
                "reviewable": sum(1 for card in cards if card.fingerprints),
                "findings": len(cards),
                "severity_counts": finding_counts,
                "types": Counter(card.type for card in cards),
                "order": tuple(-finding_counts[s] for s in SEVERITIES) + (-len(report.conflicts), name),
            }
        )
    rows.sort(key=lambda r: r["order"])
    data = {"page": "index", "stories": stories, "baseline": _baseline_data(baseline, model), "columns": []}
    checks = Counter(r["check"] for r in rows)
    return _page("index.html", {"rows": rows, "totals": totals, "severities": SEVERITIES, "data": data,
                                "baseline": baseline, "checks": checks})
