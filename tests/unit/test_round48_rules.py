"""General rules found in the unfitted AF round 48 (regional outlets' English services), each
tested on sentences of our own (never the round's sentences): the text, the theatre it is read in,
when it was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, Expected, check_rule

MONDAY = "2021-08-16T20:00:00+04:30"  # Monday 16 Aug 2021, after the weekdays below

CASES = [
    # "on Friday (August 6)": the date in brackets is the weekday's, read as one expression
    pytest.param(
        AF,
        MONDAY,
        "Zaranj was overrun by the insurgents on Friday (August 6), the provincial police chief said.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="a_weekday_with_its_date_in_brackets",
    ),
    pytest.param(
        AF,
        MONDAY,
        "The Taliban seized Ghazni on Thursday (12 August), a provincial council member said.",
        {("ghazni", "captured", "asserted", "2021-08-12")},
        id="a_weekday_with_a_day_first_date_in_brackets",
    ),
    # a verb left out after "and" that follows such a date: the second city fell on its own day
    pytest.param(
        AF,
        MONDAY,
        (
            "Zaranj, the capital of Nimroz, fell to the insurgents on Friday (August 6) and Sheberghan, "
            "the seat of Jowzjan province, on Saturday (August 7), officials said."
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_gapped_subject_after_a_bracketed_date",
    ),
    # the same without a date in brackets, as before
    pytest.param(
        AF,
        MONDAY,
        "Zaranj was captured by the Taliban on Friday and Sheberghan, the capital of Jowzjan, on Saturday.",
        {
            ("zaranj", "captured", "asserted", "2021-08-13"),
            ("sheberghan", "captured", "asserted", "2021-08-14"),
        },
        id="a_gapped_subject_after_a_weekday",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
