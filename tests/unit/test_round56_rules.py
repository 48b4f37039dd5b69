"""General rules found in session 21's unfitted rounds (picture and video desks, verification
desks, business copy) and in the corpora's remaining errors, each tested on sentences of our own
(never the rounds' sentences): the text, the theatre it is read in, when it was published, and
every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

AF_SATURDAY_NIGHT = "2021-08-14T23:00:00+04:30"  # Saturday 14 Aug 2021
SYRIA_TUESDAY = "2024-12-03T12:00:00+03:00"  # Tuesday 3 Dec 2024

CASES = [
    # "said fell on Thursday": the day is the fall's, not the speech's
    pytest.param(
        AF,
        FRIDAY,
        "The insurgents control Ghazni, which officials said fell on Thursday morning.",
        {("ghazni", "captured", "asserted", "2021-08-12")},
        id="a_day_after_said_and_a_verb_dates_the_verb",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban control Ghazni, which the militants said they captured on Thursday.",
        {("ghazni", "captured", "claimed", "2021-08-12")},
        id="said_they_captured_on_a_day_dates_the_capture",
    ),
    # an aside on the capital that tells its take dates the take the main clause reports as a state
    pytest.param(
        AF,
        AF_SATURDAY_NIGHT,
        (
            "A provincial council member confirmed that Pul-e Alam, which the Taliban said they "
            "captured on Friday, was under the insurgents' control."
        ),
        {("pul-e-alam", "captured", "asserted", "2021-08-13")},
        id="an_aside_telling_the_take_dates_the_state",
    ),
    # ... but an aside telling an entry comes before the state the sentence tells
    pytest.param(
        AF,
        AF_SATURDAY_NIGHT,
        (
            "Officials said on Saturday that Qala-e Naw, which the Taliban entered on Thursday, "
            "was in the insurgents' hands."
        ),
        {
            ("qala-e-naw", "entered", "asserted", "2021-08-12"),
            ("qala-e-naw", "captured", "asserted", "2021-08-14"),
        },
        id="an_aside_telling_an_entry_does_not_date_the_state",
    ),
    # two asides in a chain: the second's day is its own, not the main clause's
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban, who now hold Kunduz, which fell to them on Sunday, are advancing on Mazar-i-Sharif.",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("mazar-i-sharif", "contested", "asserted", "2021-08-13"),
        },
        id="a_chain_of_asides_keeps_its_day",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "The rebels, who have taken Aleppo, which fell to them on Saturday, are racing south.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="a_chain_of_asides_dates_the_take_in_it",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
