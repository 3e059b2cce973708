"""Where claimcheck keeps what it builds and caches (models, embeddings, the language-identification model,
compiled language patterns under ``patterns/``).

Its own module so that every stage can find the cache without importing a later stage.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_root() -> Path:
    """``$CLAIMCHECK_CACHE`` or ``~/.cache/claimcheck``: models, the embedding cache and the pattern store live here."""
    env = os.environ.get("CLAIMCHECK_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "claimcheck"


def installed_root() -> Path:
    """What ``make install`` builds once for its environment, beside the packages it is built from
    (``<prefix>/share/claimcheck``): e5-small, and the language patterns compiled; read-only at run time."""
    return Path(sys.prefix) / "share" / "claimcheck"
