"""Fixtures shared by the story tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def encoders():
    """The default encoders, each loaded once for the whole run (a story in a language the default encoder lacks
    takes the covering one)."""
    from claimcheck.api import Encoders

    return Encoders()
