"""General rules found in session 34's rounds, each tested on sentences of our own (never the
rounds' sentences): the text, the theatre it is read in, when it was published, and every control
event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

AF_SATURDAY = "2021-08-14T21:00:00+04:30"  # Saturday 14 Aug 2021
SYRIA_SUNDAY_NIGHT = "2024-12-08T23:00:00+03:00"  # Sunday 8 Dec 2024
SYRIA_THURSDAY = "2024-12-05T18:00:00+03:00"  # Thursday 5 Dec 2024
SYRIA_SATURDAY = "2024-11-30T17:00:00+03:00"  # Saturday 30 Nov 2024

CASES = [
    # "not clear" with a time between it and "who" is still not knowing who holds the city
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_NIGHT,
        "In Hasakah, far to the east, it was unclear late on Sunday who was in charge of the city.",
        set(),
        id="unclear_late_on_sunday_who",
    ),
    pytest.param(
        AF,
        AF_SATURDAY,
        "Residents of Gardez said it was not clear by Saturday evening who was in control of the city.",
        set(),
        id="not_clear_by_saturday_evening_who",
    ),
    # a part of a city in quotation marks is still a part
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "The general command admitted that the militants had seized \"large areas\" of Idlib on Saturday.",
        {("idlib", "captured", "partial", "2024-11-30")},
        id="quoted_large_areas_of",
    ),
    # "driven ... back from the city's approaches" is a fight for it, as "pushed back" is
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "Homs was quiet on Thursday. The army said on Tuesday that it had driven the insurgents back "
        "from the city's eastern approaches after heavy clashes.",
        {("homs", "contested", "asserted", "2024-12-03")},
        id="driven_back_from_the_citys_approaches",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
