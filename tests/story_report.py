"""What a story test prints when a report is not what it expected: every claim as read, the facts, the conflicts."""
from __future__ import annotations


def describe(report) -> str:
    claims = [f"{c.id} {c.text!r} {c.quantity.kind} {c.quantity.value} {c.quantity.unit} {c.quantity.qualifier}"
              for c in report.claims]
    facts = [f"{f.id}: {f.claims}" for f in report.facts]
    conflicts = [f"{c.type} ({c.outlier}): {c.explanation}" for c in report.conflicts]
    return "\n".join(["claims:", *claims, "facts:", *facts, "conflicts:", *conflicts])
