"""claimcheck: find numbers that drift between language versions of one story.

The Python API is the one the CLI and the pytest plugin use::

    import claimcheck
    report = claimcheck.check("story/")                 # a folder, a file, a URL, or a list of them
    report = claimcheck.check({"es": "...", "fr": "..."})  # texts already in memory
    for finding in report.findings:                     # one per wrong figure
        print(finding.severity, finding.explanation)

``check``/``extract`` raise ``NothingReadable`` when no input could be read, and
``UnsupportedLanguage`` for a language claimcheck has no table for.  Heavy modules (torch,
sentence-transformers) load only when a model is needed.
"""
from __future__ import annotations

import sys
import types

from claimcheck.errors import NothingReadable, UnsupportedLanguage, UserError

__version__ = "0.1.0"

__all__ = [
    "check", "check_texts", "extract", "batch", "unchecked_reason", "supported_languages",
    "NothingReadable", "UnsupportedLanguage", "UserError", "__version__",
]


def __getattr__(name: str):
    if name in ("check", "check_texts", "extract", "batch", "unchecked_reason"):
        from claimcheck import api

        return getattr(api, name)
    if name == "supported_languages":
        from claimcheck.langdata import supported_languages

        return supported_languages
    raise AttributeError(name)


class _Package(types.ModuleType):
    """``claimcheck.extract`` stays the API function once the submodule ``claimcheck/extract.py``
    has loaded: the import system then sets the package attribute to the submodule, which this
    setter ignores (``from claimcheck.extract import ...`` still finds it in ``sys.modules``)."""

    @property
    def extract(self):
        from claimcheck.api import extract

        return extract

    @extract.setter
    def extract(self, _submodule) -> None:
        pass


sys.modules[__name__].__class__ = _Package
