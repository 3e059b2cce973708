"""claimcheck: find numbers that drift between language versions of one story.

The Python API is the one the CLI and the pytest plugin use::

    import claimcheck
    report = claimcheck.check(["es.txt", "fr.txt", "zh.txt"])
    for conflict in report.conflicts:
        print(conflict.type, conflict.explanation)

Heavy modules (torch, sentence-transformers) load only when a model is needed.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["check", "check_texts", "extract", "batch", "__version__"]


def __getattr__(name: str):
    if name in ("check", "check_texts", "extract", "batch"):
        from claimcheck import api

        return getattr(api, name)
    raise AttributeError(name)
