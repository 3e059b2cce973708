"""Self-contained HTML report for fact-checkers: one story per page, plus a batch index.

The page is one file (CSS and JavaScript inline, nothing fetched from the network)
that opens from ``file://``.  Every string that came from an article or a file name
goes through Jinja2 autoescaping; article text is cut at claim offsets here, on the
server side, and each slice is escaped, so no article text ever reaches ``innerHTML``.
A Content-Security-Policy that only allows the page's own script (by hash) is a second
line of defence should an escaping bug ever slip through.
"""
from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from claimcheck.records import Article, Claim, Conflict, Quantity, Report
from claimcheck.report import QUALIFIER_WORDS, format_number

__all__ = ["render_html", "render_index", "format_quantity", "format_value", "page_filename"]

#: Languages written right to left (ISO 639-1 and -3 codes).
RTL_LANGS = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi"})
SEVERITIES = ("high", "medium", "low")
CONFLICT_TYPES = ("scale", "value", "unit", "qualifier", "date", "garbled")
#: Highlight statuses, most important first: a span that is several things shows the first.
STATUSES = ("garbled", "conflict", "consistent", "unmatched")
STATUS_LABELS = {
    "conflict": "in a conflict",
    "garbled": "garbled",
    "consistent": "agrees across articles",
    "unmatched": "stated in one article only",
}
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
    words = QUALIFIER_WORDS.get(q.qualifier, q.qualifier.replace("_", " "))
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


# ----------------------------------------------------------------------------- view model


@dataclass
class ClaimView:
    claim: Claim
    dom_id: str
    status: str
    value_text: str
    lang: str
    dir: str
    located: bool = False  # set once its span is cut out of the article text

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass
class ArticleView:
    article: Article
    dom_id: str
    lang: str
    dir: str
    url: str | None
    segments: list[tuple[str, ClaimView | None]] = field(default_factory=list)
    status_counts: Counter = field(default_factory=Counter)


@dataclass
class ConflictView:
    conflict: Conflict
    dom_id: str
    left: ClaimView | None
    right: ClaimView | None
    missing: list[str]
    langs: list[str]
    likely_text: str | None

    @property
    def targets(self) -> str:
        return " ".join(c.dom_id for c in (self.left, self.right) if c is not None and c.located)


@dataclass
class FactView:
    fact_id: str
    kind: str
    unit: str | None
    score: float | None
    claims: list[ClaimView]
    conflicts: list[ConflictView]
    dom_id: str


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


def _segments(text: str, claims: list[ClaimView]) -> list[tuple[str, ClaimView | None]]:
    """Cut ``text`` at claim offsets: plain slices and claim slices, in order, never overlapping.

    When spans overlap the more important status wins, then the longer span; a claim
    whose offsets fall outside the text or do not match its quoted text is left unlocated.
    """
    rank = {s: i for i, s in enumerate(STATUSES)}
    usable = []
    for view in claims:
        c = view.claim
        if 0 <= c.start < c.end <= len(text) and (not c.text or text[c.start : c.end] == c.text):
            usable.append(view)
    usable.sort(key=lambda v: (rank[v.status], -(v.claim.end - v.claim.start), v.claim.start))
    chosen: list[ClaimView] = []
    for view in usable:
        if all(view.claim.end <= o.claim.start or view.claim.start >= o.claim.end for o in chosen):
            chosen.append(view)
            view.located = True
    chosen.sort(key=lambda v: v.claim.start)
    out: list[tuple[str, ClaimView | None]] = []
    pos = 0
    for view in chosen:
        if view.claim.start > pos:
            out.append((text[pos : view.claim.start], None))
        out.append((text[view.claim.start : view.claim.end], view))
        pos = view.claim.end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def _article_views(report: Report) -> list[ArticleView]:
    return [
        ArticleView(article=a, dom_id=f"cc-article-{i}", lang=_lang_tag(a.lang), dir=_direction(a.lang),
                    url=_safe_url(a.url))
        for i, a in enumerate(report.articles)
    ]


def _claim_views(report: Report, articles: dict[str, ArticleView]) -> dict[str, ClaimView]:
    """One view per claim id, in report order; a claim's language falls back to its article's."""
    statuses = _claim_statuses(report)
    views: dict[str, ClaimView] = {}
    for i, claim in enumerate(report.claims):
        owner = articles.get(claim.article)
        lang = claim.lang or (owner.article.lang if owner else None)
        views.setdefault(claim.id, ClaimView(
            claim=claim, dom_id=f"cc-claim-{i}", status=statuses[claim.id],
            value_text=format_quantity(claim.quantity), lang=_lang_tag(lang), dir=_direction(lang),
        ))
    return views


def _conflict_views(report: Report, claims: dict[str, ClaimView],
                    articles: dict[str, ArticleView]) -> list[ConflictView]:
    views = []
    for i, conflict in enumerate(report.conflicts):
        pair = [claims.get(cid) for cid in conflict.claims]
        # the languages of the columns involved: what the language filter shows and hides
        langs = sorted({articles[v.claim.article].lang if v.claim.article in articles else v.lang
                        for v in pair if v is not None})
        views.append(ConflictView(
            conflict=conflict,
            dom_id=f"cc-conflict-{i}",
            left=pair[0] if pair else None,
            right=pair[1] if len(pair) > 1 else None,
            missing=[cid for cid, v in zip(conflict.claims, pair) if v is None],
            langs=langs,
            likely_text=None if conflict.likely_value is None
            else format_value(conflict.likely_value, conflict.likely_unit),
        ))
    return views


def _severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def _fact_views(report: Report, claims: dict[str, ClaimView],
                conflicts: list[ConflictView]) -> tuple[list[FactView], list[FactView]]:
    """Facts with conflicts (most severe first), and facts whose articles all agree."""
    facts_by_id = {f.id: f for f in report.facts}
    by_fact: dict[str, list[ConflictView]] = defaultdict(list)
    for cv in conflicts:
        by_fact[cv.conflict.fact].append(cv)
    disputed = []
    for j, (fact_id, cvs) in enumerate(by_fact.items()):
        fact = facts_by_id.get(fact_id)
        member_ids = list(fact.claims) if fact else []
        member_ids += [c.claim.id for cv in cvs for c in (cv.left, cv.right) if c is not None]
        members = [claims[cid] for cid in dict.fromkeys(member_ids) if cid in claims]
        disputed.append(FactView(
            fact_id=fact_id,
            kind=(fact.kind if fact else "") or (members[0].claim.kind if members else ""),
            unit=fact.unit if fact else None,
            score=fact.score if fact else None,
            claims=members,
            conflicts=sorted(cvs, key=lambda c: _severity_rank(c.conflict.severity)),
            dom_id=f"cc-fact-{j}",
        ))
    disputed.sort(key=lambda f: _severity_rank(f.conflicts[0].conflict.severity))
    agreeing: list[FactView] = []
    for fact in report.facts:
        members = [claims[cid] for cid in dict.fromkeys(fact.claims) if cid in claims]
        if fact.id in by_fact or len({m.claim.article for m in members}) < 2:
            continue
        agreeing.append(FactView(fact_id=fact.id, kind=fact.kind, unit=fact.unit, score=fact.score,
                                 claims=members, conflicts=[], dom_id=f"cc-agree-{len(agreeing)}"))
    return disputed, agreeing


def _build(report: Report) -> dict[str, Any]:
    """Everything the story template shows; article text is cut into slices here, escaped by the template."""
    articles = _article_views(report)
    article_by_id: dict[str, ArticleView] = {}
    for view in articles:
        article_by_id.setdefault(view.article.id, view)
    claims = _claim_views(report, article_by_id)
    by_article: dict[str, list[ClaimView]] = defaultdict(list)
    for view in claims.values():
        by_article[view.claim.article].append(view)
    for view in articles:
        own = by_article.get(view.article.id, []) if article_by_id[view.article.id] is view else []
        view.segments = _segments(view.article.text, own)
        view.status_counts = Counter(cv.status for cv in own)
    conflicts = _conflict_views(report, claims, article_by_id)
    disputed, agreeing = _fact_views(report, claims, conflicts)

    severity_counts = Counter(c.severity for c in report.conflicts)
    type_counts = Counter(c.type for c in report.conflicts)
    langs = sorted({a.lang for a in articles} | {lang for cv in conflicts for lang in cv.langs})
    data = {  # what the page's script reads; embedded with |tojson, so "</script>" cannot close it
        "story": report.story,
        "conflicts": [
            {"id": cv.dom_id, "fact": cv.conflict.fact, "type": cv.conflict.type,
             "severity": cv.conflict.severity, "langs": cv.langs, "targets": cv.targets.split()}
            for cv in conflicts
        ],
        "articles": [{"id": a.dom_id, "name": a.article.id, "lang": a.lang} for a in articles],
    }
    return {
        "report": report,
        "title": report.story or ", ".join(a.id for a in report.articles) or "claimcheck report",
        "articles": articles,
        "facts": disputed,
        "agreeing": agreeing,
        "severity_counts": severity_counts,
        "type_counts": type_counts,
        "types": list(CONFLICT_TYPES) + sorted(set(type_counts) - set(CONFLICT_TYPES)),
        "severities": list(SEVERITIES) + sorted(set(severity_counts) - set(SEVERITIES)),
        "langs": langs,
        "status_counts": Counter(v.status for v in claims.values()),
        "unlocated": sum(1 for v in claims.values() if not v.located),
        "statuses": STATUSES,
        "status_labels": STATUS_LABELS,
        "data": data,
        "matched_facts": sum(1 for f in report.facts if len(f.claims) > 1),
    }


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


def render_html(report: Report) -> str:
    """One story's page: summary, conflicts grouped by fact, articles side by side."""
    return _page("report.html", _build(report))


def render_index(entries: Iterable[tuple[str, Report, str]]) -> str:
    """Batch index: one row per story (name, its report, relative link to its page)."""
    rows = []
    totals: Counter = Counter()
    for name, report, link in entries:
        severity_counts = Counter(c.severity for c in report.conflicts)
        totals.update(severity_counts)
        rows.append(
            {
                "name": name,
                "link": _relative_link(link),
                "articles": len(report.articles),
                "langs": sorted({_lang_tag(a.lang) for a in report.articles}),
                "errors": [a for a in report.articles if a.error],
                "claims": len(report.claims),
                "conflicts": len(report.conflicts),
                "severity_counts": severity_counts,
                "types": Counter(c.type for c in report.conflicts),
            }
        )
    return _page("index.html", {"rows": rows, "totals": totals, "severities": SEVERITIES})
