"""JSON and terminal renderings of a Report (the HTML one lives in ``report_html``)."""
from __future__ import annotations

import json
import math
from collections import defaultdict

from claimcheck.records import Claim, Report

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


def to_json(report: Report, claims_only: bool = False) -> str:
    data = report.to_dict()
    if claims_only:
        data = {k: data[k] for k in ("articles", "claims", "timings")}
    return json.dumps(data, ensure_ascii=False, indent=1, default=_json_default) + "\n"


def _json_default(obj):
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def format_value(value, unit: str | None = None) -> str:
    """A normalised value as a person reads it: 11000000000 USD -> '11,000,000,000 USD'."""
    if value is None:
        text = "?"
    elif isinstance(value, str):
        text = value
    else:
        v = float(value)
        if math.isfinite(v) and v == int(v) and abs(v) < 1e18:
            text = f"{int(v):,}"
        else:
            text = f"{v:,.6g}"
    if unit and unit not in ("date", "count"):
        text = f"{text} {unit}"
    return text


def describe_claim(claim: Claim) -> str:
    q = claim.quantity
    if q.garbled:
        return "garbled number"
    text = format_value(q.value, q.unit)
    if q.denominator is not None:
        text = f"{text} of {format_value(q.denominator)}"
    if q.qualifier not in ("exact", "garbled"):
        text = f"{q.qualifier.replace('_', ' ')} {text}"
    return text


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
            table.add_row(c.id, c.article, c.kind, describe_claim(c), escape(c.text))
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
