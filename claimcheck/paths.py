"""Where claimcheck keeps what it builds and caches (models, embeddings, the language-identification model,
compiled language patterns under ``patterns/``).

Its own module so that every stage can find the cache without importing a later stage.
"""
from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """``$CLAIMCHECK_CACHE`` or ``~/.cache/claimcheck``: models, the embedding cache and the pattern store live here."""
    env = os.environ.get("CLAIMCHECK_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "claimcheck"
