"""JSON and terminal renderings of a Report (the HTML one lives in ``report_html``)."""
from __future__ import annotations

import json
import math
from collections import defaultdict

from claimcheck.records import Claim, Quantity, Report

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}
#: How each qualifier reads before a number; those that add nothing are empty.
QUALIFIER_WORDS = {
    "exact": "",
    "about": "about",
    "more_than": "more than",
    "less_than": "less than",
    "at_least": "at least",
    "at_most": "at most",
    "up_to": "up to",
    "range": "",
    "garbled": "",
}


def to_json(report: Report, claims_only: bool = False) -> str:
    data = report.to_dict()
    if claims_only:
        data = {k: data[k] for k in ("articles", "claims", "timings")}
    return json.dumps(data, ensure_ascii=False, indent=1, default=_json_default) + "\n"


def _json_default(obj):
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def format_number(value) -> str:
    """A normalised number as a person reads it, the one spelling every rendering shares:
    thousands separators, at most 6 significant digits, an exponent only when unavoidable
    (2.81e12 -> '2,810,000,000,000', 1234567.5 -> '1,234,568', 4.7 -> '4.7')."""
    if value is None:
        return "?"
    if isinstance(value, str):
        return value
    v = float(value)
    if not math.isfinite(v):
        return str(v)
    v = float(f"{v:.12g}")  # drop float noise (2.81 * 1e12) so the written digits show
    if abs(v) >= 1e18 or (v and abs(v) < 1e-4):
        return f"{v:.6g}"
    if v.is_integer():
        return f"{int(v):,}"
    return f"{v:,.0f}" if abs(v) >= 1e6 else f"{v:,.6g}"


def format_value(value, unit: str | None = None) -> str:
    """A normalised value as a person reads it: 11000000000 USD -> '11,000,000,000 USD'."""
    text = format_number(value)
    if unit and unit not in ("date", "count"):
        text = f"{text} {unit}"
    return text


def describe_quantity(q: Quantity) -> str:
    """A quantity as a sentence would say it: 'about 11,000,000,000 USD', '1,200–1,500', '700 of 770'."""
    if q.garbled or q.qualifier == "garbled":
        return "garbled (no readable value)" if q.value is None else f"garbled, read as {format_value(q.value, q.unit)}"
    if q.denominator is not None:
        return f"{format_number(q.value)} of {format_number(q.denominator)}"
    if q.qualifier == "range" or (q.low is not None and q.high is not None):
        qualifier, body = "", f"{format_number(q.low)}–{format_number(q.high if q.high is not None else q.value)}"
    else:
        qualifier, body = QUALIFIER_WORDS.get(q.qualifier, ""), format_number(q.value)
    unit = q.unit if q.unit and q.unit not in ("count", "date") else ""
    text = f"{body}{unit}" if unit == "%" else f"{body} {unit}"
    return f"{qualifier} {text}".strip()


def describe_claim(claim: Claim) -> str:
    return describe_quantity(claim.quantity)


def stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _conflicts_by_fact(report: Report):
    by_fact = defaultdict(list)
    for c in report.conflicts:
        by_fact[c.fact].append(c)
    return sorted(by_fact.items(), key=lambda kv: min(SEVERITY_ORDER.get(c.severity, 3) for c in kv[1]))


def _build_renderables(report: Report, claims_only: bool):
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    out = []
    langs = ", ".join(f"{a.id} ({a.lang or '?'})" for a in report.articles if a.ok)
    title = f"claimcheck: {report.story or 'story'}" if report.story else "claimcheck"
    out.append(Text(f"{title} — {len(report.articles)} articles: {langs}", style="bold"))
    for a in report.errors:
        out.append(Text(f"  unreadable: {a.source}: {a.error}", style="red"))
    if claims_only:
        table = Table("claim", "article", "kind", "value", "text", show_lines=False)
        for c in report.claims:
            table.add_row(escape(c.id), escape(c.article), c.kind, describe_claim(c), escape(c.text))
        out.append(table)
        out.append(Text(f"{len(report.claims)} claims"))
        return out
    facts_matched = sum(1 for f in report.facts if len({report.claim(i).article for i in f.claims}) > 1)
    out.append(Text(f"{len(report.claims)} claims, {facts_matched} facts stated in several articles, "
                    f"{len(report.conflicts)} conflicting pairs"))
    for fact_id, conflicts in _conflicts_by_fact(report):
        worst = min(conflicts, key=lambda c: SEVERITY_ORDER.get(c.severity, 3))
        head = Text()
        head.append(f"\n■ {worst.severity.upper()} ", style=SEVERITY_STYLE.get(worst.severity, ""))
        head.append(f"{worst.type} conflict in fact {fact_id}", style="bold")
        if worst.outlier:
            head.append(f" — outlier: {worst.outlier}")
            if worst.likely_value is not None:
                head.append(f", likely {format_value(worst.likely_value, worst.likely_unit)}")
        out.append(head)
        seen = []
        for c in conflicts:
            for cid in c.claims:
                if cid not in seen:
                    seen.append(cid)
        for cid in seen:
            claim = report.claim(cid)
            line = Text(f"   {claim.article:>14} │ ")
            line.append(f"“{claim.text}”", style="bold")
            line.append(f" = {describe_claim(claim)}")
            out.append(line)
        for c in conflicts:
            out.append(Text(f"   → {c.explanation}", style="dim"))
    if not report.conflicts:
        out.append(Text("\nNo conflicting numbers found.", style="green"))
    return out


def print_text(report: Report, claims_only: bool = False) -> None:
    from rich.console import Console

    console = Console()
    for r in _build_renderables(report, claims_only):
        console.print(r)


def to_text(report: Report, claims_only: bool = False, color: bool = False) -> str:
    from rich.console import Console

    console = Console(record=True, width=120, color_system="standard" if color else None, file=_NullFile())
    for r in _build_renderables(report, claims_only):
        console.print(r)
    return console.export_text(styles=color)


class _NullFile:
    def write(self, _s):
        return 0

    def flush(self):
        pass
