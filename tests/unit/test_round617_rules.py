"""General rules found in the fourth batch of the session of 7 Dec 2026 from 21:24 (second-day
stories and Kabul's last days of the Afghan offensive; the first days and broadcast copy of the
Syrian one), each tested on sentences of our own (never the rounds' sentences): the text, the
theatre it is read in, when it was published, and every event it must yield. Each case fails on
extractor 1.182.0."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

CASES = [
    # (1.183.0) "had taken Damascus by surprise": a surprise, no take
    pytest.param(
        SYRIA,
        "2024-11-28T20:00:00+03:00",
        "Rebels seized a string of villages west of Aleppo on Thursday. Diplomats said the speed of "
        "the push had taken Damascus by surprise.",
        set(),
        id="taken_by_surprise",
    ),
    # (1.183.0) "an offensive launched from their stronghold in Idlib": where the fighters came from,
    # not where they pushed in
    pytest.param(
        SYRIA,
        "2024-11-30T20:00:00+03:00",
        "Aleppo fell to the rebels on Saturday, residents said. The fighters had pushed into the "
        "western districts on Friday, two days into an offensive launched from their stronghold in "
        "Idlib.",
        {
            ("aleppo", "captured", "asserted", "2024-11-30"),
            ("aleppo", "entered", "asserted", "2024-11-29"),
        },
        id="offensive_from_stronghold_in",
    ),
    # (1.183.0) "the northern metropolis" stands for the city named before
    pytest.param(
        SYRIA,
        "2024-11-30T20:00:00+03:00",
        "Rebels took Aleppo on Saturday, a war monitor said. They had swept into the northern "
        "metropolis on Friday evening.",
        {
            ("aleppo", "captured", "asserted", "2024-11-30"),
            ("aleppo", "entered", "asserted", "2024-11-29"),
        },
        id="the_northern_metropolis",
    ),
    # (1.183.0) "were evacuated from X ... under an arrangement with the insurgents": a handover
    pytest.param(
        AF,
        "2021-08-14T12:00:00+04:30",
        "Officials and the last army units were evacuated from Tarinkot on Friday under an "
        "arrangement with the insurgents, a security source said.",
        {
            ("tarinkot", "captured", "asserted", "2021-08-13"),
            ("tarinkot", "surrendered", "asserted", "2021-08-13"),
        },
        id="evacuated_under_an_arrangement",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
