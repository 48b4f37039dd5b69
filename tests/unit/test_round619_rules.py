"""A general rule found in the join of the session of 7 Dec 2026 from 21:24 (AF 614, an early-phase
round whose take of Kandahar on 9 July put the folded corpus's Kandahar 21 days off the record),
tested on sentences of our own (never the round's): the text, the theatre it is read in, when it
was published, and every event it must yield. The case fails on extractor 1.183.0."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, Expected, check_rule

CASES = [
    # (1.184.0) "and now control several key border crossings": control with an object of its own,
    # no take of the city the sentence is set in
    pytest.param(
        AF,
        "2021-07-09T12:00:00+04:30",
        "Fighting raged in Kandahar on Thursday. The Taliban, who were founded in Kandahar, have "
        "overrun many rural districts since May and now control several key border crossings.",
        {("kandahar", "contested", "asserted", "2021-07-08")},
        id="now_control_several_crossings",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
