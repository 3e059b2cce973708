"""Fixtures shared by the story tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def encoders():
    """The default encoders, each loaded once for the whole run (a story in a language the default encoder lacks
    takes the covering one)."""
    from claimcheck.api import Encoders

    return Encoders()


@pytest.fixture(scope="session")
def uncached_encoder():
    """``uncached_encoder(name)``: the named built-in without the disk cache (every text really encoded), each model
    loaded once for the whole run however many modules ask for it."""
    from claimcheck.embed import load_encoder

    loaded: dict[str, object] = {}

    def get(name: str):
        if name not in loaded:
            loaded[name] = load_encoder(name, cache=False)
        return loaded[name]

    return get
