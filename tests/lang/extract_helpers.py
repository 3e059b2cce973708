"""Assertion shared by the per-language extraction tables."""
import pytest


def assert_quantity(claim, kind, value, unit, qualifier):
    q = claim.quantity
    assert (q.kind, q.unit, q.qualifier) == (kind, unit, qualifier), (claim.text, q)
    if isinstance(value, str) or value is None:
        assert q.value == value, (claim.text, q)
    else:
        assert q.value == pytest.approx(value, rel=1e-9), (claim.text, q)
