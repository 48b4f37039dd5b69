"""General rules found in the join of the session of 7 Dec 2026 from 21:24 (AF 614, an early-phase
round whose take of Kandahar on 9 July put the folded corpus's Kandahar 21 days off the record;
AF 611, an ordinary day's intake), tested on sentences of our own (never the rounds'): the text,
the theatre it is read in, when it was published, and every event it must yield. Each case fails
on the extractor before its version."""

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
    # (1.185.0) "a day after Zaranj in the southwest": an item a day apart, past where it lies
    pytest.param(
        AF,
        "2021-08-08T21:00:00+04:30",
        "Provincial officials confirmed that Sheberghan had fallen on Saturday, a day after Zaranj in "
        "the southwest.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
        },
        id="a_day_after_item_in_the_region",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
