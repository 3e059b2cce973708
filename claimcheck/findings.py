"""Compare stage, last step: one finding per wrong figure.

``compare`` reports conflicts as pairs of claims, the shape tools read.  When one article's
figure disagrees with three others that agree among themselves, that is three pairs but one
mistake: a reader wants one finding naming the outlier and every article it disagrees with.
A finding groups the pairs of one fact that share one claim which compare named the outlier
(its article, by majority) against other articles. A fact whose versions split with no majority
(Friday in two, Saturday in one, 18 November in a fourth) is one finding too: one question for a
reader, not one per pair. A pair compare judged alone, outlier named, stays a finding of its own.
An outlier its article states again with the same figure (a headline and its lead, a repeated
paragraph) is still one mistake: the restatements join its finding.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from claimcheck.compare import describe_claim
from claimcheck.records import SEVERITY_ORDER, Conflict, Finding, Report



def _worst(conflicts: list[Conflict]) -> Conflict:
    return min(conflicts, key=lambda c: SEVERITY_ORDER.get(c.severity, 3))


def _outlier_pairs(claim_id: str, pairs: list[tuple[int, Conflict]], report: Report) -> list[tuple[int, Conflict]]:
    """The pairs holding ``claim_id`` in which compare named that claim's article the outlier,
    against another article (two figures of one article are not a majority against it)."""
    article = _article(report, claim_id)
    return [(i, c) for i, c in pairs
            if claim_id in c.claims and c.outlier == article
            and any(_article(report, other) != article for other in c.claims if other != claim_id)]


def _own_pairs(claim_id: str, pairs: list[tuple[int, Conflict]], report: Report) -> list[tuple[int, Conflict]]:
    """The pairs of ``claim_id`` with another figure of its own article that compare calls its article's slip (an
    amount and its own conversion a power of ten apart; the fact stated again elsewhere in the article as the
    others state it): they join the finding of that figure against others."""
    article = _article(report, claim_id)
    return [(i, c) for i, c in pairs if claim_id in c.claims and c.outlier == article and len(c.claims) == 2
            and all(_article(report, other) == article for other in c.claims)]


def _pick_outlier(pairs: list[tuple[int, Conflict]], report: Report) -> str | None:
    """The claim that compare calls the outlier in the most pairs (at least two), or None."""
    counts = Counter({cid: len(_outlier_pairs(cid, pairs, report)) for _, c in pairs for cid in c.claims})
    if not counts:
        return None
    best = max(counts, key=lambda cid: (counts[cid], cid))
    return best if counts[best] >= 2 else None


def _restatements(outlier_claim: str, pairs: list[tuple[int, Conflict]], report: Report) -> list[str]:
    """Other claims of the outlier's article in these pairs that state the outlier's very figure and are
    themselves outliers against other articles."""
    outlier = report.claim(outlier_claim)
    ids = dict.fromkeys(cid for _, c in pairs for cid in c.claims)
    return [cid for cid in ids if cid != outlier_claim and _article(report, cid) == outlier.article
            and report.claim(cid).quantity == outlier.quantity and _outlier_pairs(cid, pairs, report)]


def _article(report: Report, claim_id: str) -> str:
    try:
        return report.claim(claim_id).article
    except KeyError:
        return ""


def _who_says(by_value: dict[str, list[str]]) -> str:
    """"en, fr say 29,000,000,000 USD; zh says …": each value with the articles that state it."""
    return "; ".join(f"{', '.join(articles)} {'says' if len(articles) == 1 else 'say'} {value}"
                     for value, articles in by_value.items())


def _explain(outlier_claim: str, group: list[Conflict], report: Report) -> str:
    """'es says 29,000,000 USD where en, fr, zh say 29,000,000,000 USD.' then the worst pair's reason."""
    outlier = report.claim(outlier_claim)
    by_value: dict[str, list[str]] = defaultdict(list)
    own = []
    for c in group:
        other_id = next((cid for cid in c.claims if _article(report, cid) != outlier.article), None)
        if other_id is None:  # the outlier's own conversion of it
            own += [describe_claim(report.claim(cid)) for cid in c.claims if cid != outlier_claim]
            continue
        other = report.claim(other_id)
        if other.article not in by_value[describe_claim(other)]:
            by_value[describe_claim(other)].append(other.article)
    said = [_who_says(by_value)] if by_value else []
    others = "; ".join(said + [f"its own conversion says {v}" for v in own])
    times = len({cid for c in group for cid in c.claims if _article(report, cid) == outlier.article})
    again = f", {times} times," if times > 1 else ""
    return (f"{outlier.article} says{again} {describe_claim(outlier)} (“{outlier.text}”) where {others}. "
            f"{_worst(group).explanation}")


def _split_finding(fact: str, pairs: list[tuple[int, Conflict]], report: Report) -> Finding:
    """The pairs of one fact that no figure wins: one finding listing what each version says."""
    group = [c for _, c in pairs]
    worst = _worst(group)
    ids = list(dict.fromkeys(cid for c in group for cid in c.claims))
    by_value: dict[str, list[str]] = defaultdict(list)
    for cid in ids:
        claim = report.claim(cid)
        if claim.article not in by_value[describe_claim(claim)]:
            by_value[describe_claim(claim)].append(claim.article)
    ids.sort(key=lambda cid: list(by_value).index(describe_claim(report.claim(cid))))
    return Finding(fact=fact, type=worst.type, severity=worst.severity,
                   explanation=f"The versions disagree and no figure has a majority: {_who_says(by_value)}. "
                               f"{worst.explanation}",
                   conflicts=[i for i, _ in pairs], claims=ids)


def group_findings(report: Report) -> list[Finding]:
    """``report.conflicts`` grouped into findings, in the order of the first pair of each."""
    by_fact: dict[str, list[tuple[int, Conflict]]] = defaultdict(list)
    for i, conflict in enumerate(report.conflicts):
        by_fact[conflict.fact].append((i, conflict))
    findings: list[tuple[int, Finding]] = []
    for fact, pairs in by_fact.items():
        remaining = list(pairs)
        while remaining:
            outlier_claim = _pick_outlier(remaining, report)
            if outlier_claim is None:
                break
            restated = _restatements(outlier_claim, remaining, report)
            taken = sorted({i: (i, c) for cid in (outlier_claim, *restated)
                            for i, c in _outlier_pairs(cid, remaining, report) + _own_pairs(cid, remaining, report)
                            }.values(), key=lambda pair: pair[0])
            taken_ids = {i for i, _ in taken}
            remaining = [(i, c) for i, c in remaining if i not in taken_ids]
            group = [c for _, c in taken]
            worst = _worst(group)
            others = [cid for c in group for cid in c.claims if cid != outlier_claim and cid not in restated]
            against = sorted({_article(report, cid) for cid in others} - {_article(report, outlier_claim)})
            findings.append((taken[0][0], Finding(
                fact=fact, type=worst.type, severity=worst.severity,
                explanation=_explain(outlier_claim, group, report),
                conflicts=[i for i, _ in taken], claims=[outlier_claim, *restated, *dict.fromkeys(others)],
                outlier=_article(report, outlier_claim), outlier_claim=outlier_claim, against=against,
            )))
        split = [(i, c) for i, c in remaining if not c.outlier]
        if len(split) >= 2:
            findings.append((split[0][0], _split_finding(fact, split, report)))
            remaining = [(i, c) for i, c in remaining if c.outlier]
        for i, c in remaining:  # a lone pair: its own finding, outlier as compare judged it
            outlier_claim = next((cid for cid in c.claims if c.outlier and _article(report, cid) == c.outlier), None)
            # an article's own conversion that does not hold is against nobody else
            against = sorted({_article(report, cid) for cid in c.claims if cid != outlier_claim} - {c.outlier})
            findings.append((i, Finding(
                fact=fact, type=c.type, severity=c.severity, explanation=c.explanation,
                conflicts=[i], claims=list(c.claims), outlier=c.outlier, outlier_claim=outlier_claim,
                against=against if outlier_claim else [],
            )))
    findings.sort(key=lambda pair: pair[0])
    return [finding for _, finding in findings]
