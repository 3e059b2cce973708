"""JSON and terminal renderings of a Report (the HTML one lives in ``report_html``)."""
from __future__ import annotations

import json
from collections import Counter

from claimcheck.explain import QUALIFIER_WORDS, describe_quantity, format_number, format_value  # noqa: F401 (re-exported)
from claimcheck.records import SEVERITY_ORDER, Claim, Report

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


def plural(n: int, singular: str, many: str | None = None) -> str:
    """'1 article', '2 articles', '3 stories'."""
    return f"{n:,} {singular if n == 1 else (many or singular + 's')}"


def findings_of(report: Report) -> list:
    """``report.findings``, grouped now for a report built without ``check`` (tests, old JSON)."""
    if report.findings or not report.conflicts:
        return report.findings
    from claimcheck.findings import group_findings

    return group_findings(report)


def summary(report: Report) -> dict[str, int]:
    """The counts every rendering shows (text, JSON, HTML), computed in this one place.

    ``articles`` counts readable articles only; ``unreadable`` the inputs that failed;
    ``facts_shared`` the facts stated in more than one article; ``findings`` the wrong
    figures (a figure that disagrees with three articles is one finding of three pairs).
    """
    readable = [a for a in report.articles if a.ok]
    article_of = {c.id: c.article for c in report.claims}
    facts_shared = sum(1 for f in report.facts if len({article_of.get(i) for i in f.claims}) > 1)
    severities = {level: 0 for level in SEVERITY_ORDER}
    findings = findings_of(report)
    for finding in findings:
        severities[finding.severity] = severities.get(finding.severity, 0) + 1
    return {
        "articles": len(readable),
        "unreadable": len(report.articles) - len(readable),
        "languages": len({a.lang for a in readable if a.lang}),
        "claims": len(report.claims),
        "facts_shared": facts_shared,
        "conflicting_pairs": len(report.conflicts),
        "findings": len(findings),
        **{f"findings_{level}": n for level, n in severities.items()},
        "notices": len(report.notices),
    }


def summary_line(report: Report) -> str:
    """The one-line count the terminal shows, from ``summary``."""
    s = summary(report)
    line = (f"{plural(s['claims'], 'claim')}, {plural(s['facts_shared'], 'fact')} stated in more than one "
            f"article, {plural(s['findings'], 'finding')} ({plural(s['conflicting_pairs'], 'conflicting pair')})")
    return line


def to_json(report: Report, claims_only: bool = False, timings: bool = False) -> str:
    """The report as JSON.  ``timings`` are left out unless asked for, so two runs on the same
    inputs give byte-identical files."""
    data = report.to_dict()
    data["summary"] = summary(report)
    if not timings:
        data.pop("timings", None)
    if claims_only:
        data = {k: data[k] for k in ("articles", "claims", "skipped", "notices", "timings") if k in data}
    return json.dumps(data, ensure_ascii=False, indent=1, default=_json_default) + "\n"


def _json_default(obj):
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def describe_claim(claim: Claim) -> str:
    from claimcheck.compare import describe_claim as describe

    return describe(claim)


def stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def terminal_safe(text: str) -> str:
    """A name or message as the terminal should show it: control characters escaped."""
    from claimcheck.read import escape_control

    return escape_control(str(text))


def _build_renderables(report: Report, claims_only: bool):
    from rich.table import Table
    from rich.text import Text

    safe = terminal_safe
    out = []
    s = summary(report)
    readable = [a for a in report.articles if a.ok]
    langs = ", ".join(f"{safe(a.id)} ({safe(a.lang or '?')})" for a in readable)
    title = f"claimcheck: {safe(report.story)}" if report.story else "claimcheck"
    head = f"{title} — {plural(s['articles'], 'article')} in {plural(s['languages'], 'language')}: {langs}"
    if s["unreadable"]:
        head += f"; {s['unreadable']} unreadable"
    out.append(Text(head, style="bold"))
    for a in report.errors:
        out.append(Text(f"  unreadable: {safe(a.source)}: {safe(a.error)}", style="red"))
    for notice in report.notices:
        out.append(Text(f"  notice: {safe(notice)}", style="yellow"))
    if claims_only:
        table = Table("claim", "article", "kind", "value", "text", show_lines=False)
        for c in report.claims:
            table.add_row(Text(safe(c.id)), Text(safe(c.article)), c.kind, describe_claim(c), Text(safe(c.text)))
        out.append(table)
        out.append(Text(plural(len(report.claims), "claim")))
        return out
    out.append(Text(summary_line(report)))
    findings = sorted(findings_of(report), key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
    for finding in findings:
        head = Text()
        head.append(f"\n■ {finding.severity.upper()} ", style=SEVERITY_STYLE.get(finding.severity, ""))
        head.append(f"{finding.type} conflict in fact {safe(finding.fact)}", style="bold")
        if finding.outlier:
            head.append(f" — outlier: {safe(finding.outlier)}")
            if finding.against:
                head.append(f", against {', '.join(safe(a) for a in finding.against)}")
        likely = next((report.conflicts[i] for i in finding.conflicts
                       if report.conflicts[i].likely_value is not None), None)
        if likely is not None:
            from claimcheck.compare import describe_likely_date

            claims = [report.claim(cid) for cid in finding.claims]
            likely_text = describe_likely_date(likely.likely_value, claims) or \
                format_value(likely.likely_value, likely.likely_unit)
            head.append(f"; likely {likely_text}")
        out.append(head)
        stated = Counter((c.article, c.text, describe_claim(c)) for c in map(report.claim, finding.claims))
        for (article, text, meaning), times in stated.items():  # a figure its article restates: one line, ×N
            line = Text(f"   {safe(article):>14} │ ")
            line.append(f"“{safe(text)}”", style="bold")
            line.append(f" = {meaning}" + (f" (×{times})" if times > 1 else ""))
            out.append(line)
        out.append(Text(f"   → {safe(finding.explanation)}", style="dim"))
    if not report.conflicts:
        out.append(_no_conflicts_line(s))
    return out


def _no_conflicts_line(s: dict[str, int]):
    """"No conflicting numbers found", said as success only when every input was read and compared."""
    from rich.text import Text

    if s["articles"] < 2:
        read = "nothing could be read" if not s["articles"] else "only 1 article could be read"
        return Text(f"\nNot checked: {read}, and a story needs two to compare.", style="bold red")
    if s["unreadable"]:
        return Text(f"\nNo conflicting numbers found among the {plural(s['articles'], 'article')} read, but "
                    f"{plural(s['unreadable'], 'input')} could not be read (listed above): not fully checked.",
                    style="bold red")
    return Text("\nNo conflicting numbers found.", style="green")


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
