"""Errors that are the user's to fix: the CLI prints them in one line, without a traceback.

Exit codes (the CLI, ``batch`` and the pytest plugin follow the same rules):

==== =====================================================================================
0    every input read and no conflict at the ``--fail-on`` level
1    conflicts found
2    a usage error, an input that could not be read, or a story with fewer than two
     readable articles (the report is still written and lists each article's error)
3    an internal error (a bug, or a report that could not be written): never 1
==== =====================================================================================
"""
from __future__ import annotations

EXIT_OK, EXIT_CONFLICTS, EXIT_UNCHECKED, EXIT_INTERNAL = 0, 1, 2, 3


class UserError(Exception):
    """Bad arguments, a model that cannot be loaded, a path that does not exist."""


class NothingReadable(UserError, ValueError):
    """No input of a call could be read, so nothing was checked.

    ``report`` is the report built anyway: its articles list every input with its error.
    """

    def __init__(self, message: str, report=None):
        super().__init__(message)
        self.report = report


class UnsupportedLanguage(UserError, ValueError):
    """A language code claimcheck has no extraction table for (``--lang xx``, JSONL ``"lang": "zz"``)."""

    def __init__(self, lang: str, supported: list[str] | tuple[str, ...], where: str = ""):
        self.lang = lang
        self.supported = list(supported)
        at = f"{where}: " if where else ""
        super().__init__(f"{at}unknown language {lang!r}; supported: {', '.join(self.supported)}")
