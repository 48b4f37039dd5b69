"""General rules found in session 30's rounds (broadcast bulletins and two-ways, agency copy in the
seed's register, ordinary intake), each tested on sentences of our own (never the rounds'
sentences): the text, the theatre it is read in, when it was published, and every control event it
must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

SYRIA_MONDAY = "2024-12-09T12:00:00+03:00"  # Monday 9 Dec 2024
AF_SUNDAY = "2021-08-15T12:00:00+04:30"  # Sunday 15 Aug 2021

CASES = [
    # a surrender cue is found past a looser one that spans the capture ("in Deraa took the city
    # under a deal"): the deal still belongs to the capture
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "On Friday in the south, former rebels in Deraa took the city under a deal with the army.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("daraa", "surrendered", "asserted", "2024-12-06")},
        id="a_deal_after_a_capture_whose_place_came_first",
    ),
    # "announced full control of": a declared control needs no possessive
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "On Saturday the rebels announced full control of Homs.",
        {("homs", "captured", "claimed", "2024-12-07")},
        id="announced_full_control_of",
    ),
    pytest.param(
        AF,
        AF_SUNDAY,
        "The Taliban announced complete control over Kunduz on Sunday.",
        {("kunduz", "captured", "claimed", "2021-08-15")},
        id="announced_complete_control_over",
    ),
    # a capital that "was stormed" or "was entered" with no agent named: entered all the same
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Homs was stormed on 7 December, a week after Aleppo.",
        {("homs", "entered", "asserted", "2024-12-07")},
        id="stormed_with_no_agent",
    ),
    pytest.param(
        AF,
        AF_SUNDAY,
        "Kunduz was entered late on Saturday, officials said.",
        {("kunduz", "entered", "asserted", "2021-08-14")},
        id="entered_with_no_agent",
    ),
    # guard: an embassy in "the city" is what was stormed, as with the city's name
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Rebels reached the outskirts of Damascus on Saturday. The Iranian embassy in the city was stormed "
        "and ransacked on Sunday.",
        {("damascus", "contested", "asserted", "2024-12-07")},
        id="guard_the_embassy_in_the_city",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
