"""The one spelling of a normalised value that the text report, the explanations and the pytest plugin share."""
from __future__ import annotations

import pytest

from claimcheck.records import Quantity
from claimcheck.report import describe_quantity, format_value


@pytest.mark.parametrize(
    "quantity, expected",
    [
        (Quantity("money", 1.1e10, "USD", qualifier="about"), "about 11,000,000,000 USD"),
        (Quantity("count", 700.0, "count", qualifier="more_than"), "more than 700"),
        (Quantity("count", 300.0, "count", qualifier="almost"), "almost 300"),
        (Quantity("ratio", 700.0, "ratio", denominator=770.0), "700 of 770"),
        (Quantity("count", 1500.0, "count", qualifier="range", low=1200.0, high=1500.0), "1,200–1,500"),
        (Quantity("percent", 7.5, "%"), "7.5%"),
        (Quantity("date", "2023-11-17", "date"), "2023-11-17"),
        (Quantity("duration", None, "day", qualifier="garbled", garbled=True), "garbled (no readable value)"),
    ],
)
def test_describe_quantity_says_qualifier_range_ratio_and_garbled(quantity, expected):
    assert describe_quantity(quantity) == expected


def test_format_value_hides_units_that_say_nothing():
    assert format_value(13000.0, "count") == "13,000"
    assert format_value(2.81e12, "EUR") == "2,810,000,000,000 EUR"
