"""General rules found in the fifth batch of the session of 7 Dec 2026 from 18:53 (quote-led copy
and sidebars of the Afghan offensive; eyewitness accounts and second-day stories of the Syrian one)
and in 1.179.0's finals, each tested on sentences of our own (never the rounds' sentences): the
text, the theatre it is read in, when it was published, and every event it must yield. Each case
fails on extractor 1.179.0."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

CASES = [
    # (1.180.0) "took three: X, Y and Z": a take whose object only counts the items its colon lists
    pytest.param(
        AF,
        "2021-08-10T09:00:00+04:30",
        "On Sunday alone the fighters took three: Kunduz, Taloqan in Takhar province, and Sar-e Pul, "
        "whose police headquarters fell after a short battle.",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
        },
        id="took_a_count_colon",
    ),
    # (1.180.0) a side named before a relative clause moves into a capital: an entry, no refuge
    pytest.param(
        SYRIA,
        "2024-12-11T09:00:00+03:00",
        "The Kurdish-led Syrian Democratic Forces, which have controlled Raqqa since 2017, moved into Deir "
        "ez-Zor on Friday as the army pulled out.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="side_past_relative_moved_into",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
