"""General rules found in session 33's rounds (the final measures of session 32 read again, then
new rounds), each tested on sentences of our own (never the rounds' sentences): the text, the
theatre it is read in, when it was published, and every control event it must yield (capital,
type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

AF_FRIDAY_LATER = "2021-08-20T16:00:00+04:30"  # Friday 20 Aug 2021, an analysis a week on
AF_FRIDAY_JULY = "2021-07-09T12:00:00+04:30"  # Friday 9 Jul 2021
AF_SUNDAY_EVENING = "2021-08-15T20:00:00+04:30"  # Sunday 15 Aug 2021
AF_WEDNESDAY = "2021-08-11T18:00:00+04:30"  # Wednesday 11 Aug 2021
SYRIA_THURSDAY = "2024-12-05T18:00:00+03:00"  # Thursday 5 Dec 2024
SYRIA_SATURDAY = "2024-12-07T10:00:00+03:00"  # Saturday 7 Dec 2024

CASES = [
    # a state told in the narration's past ("were inside the city") is on the paragraph's day, and
    # "the same day" before "after ..." is the day told just before
    pytest.param(
        AF,
        AF_FRIDAY_LATER,
        "Mazar-i-Sharif, the largest city of the north, fell on the evening of Aug. 14. The insurgents "
        "were inside the city within hours of the first shots; its defenders, including the militias "
        "of two veteran commanders, headed for the Uzbek border. Maymana, the capital of Faryab, was "
        "captured the same day after weeks under siege.",
        {
            ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
            ("mazar-i-sharif", "entered", "asserted", "2021-08-14"),
            ("maymana", "captured", "asserted", "2021-08-14"),
        },
        id="inside_the_city_then_the_same_day_after",
    ),
    # a day in a relative clause on another noun ("fighters who overran the city two days
    # earlier") is that clause's, not the main verb's
    pytest.param(
        AF,
        AF_FRIDAY_JULY,
        "Government commandos have recaptured Qala-e Naw, driving out Taliban fighters who overran "
        "the city two days earlier, officials said on Friday.",
        {
            ("qala-e-naw", "retaken", "asserted", "2021-07-09"),
            ("qala-e-naw", "captured", "asserted", "2021-07-07"),
        },
        id="a_day_in_a_who_clause_is_its_own",
    ),
    # an aside that names another city as a city is that city, the subject of its own clause: its
    # handover is not the capital's
    pytest.param(
        AF,
        AF_SUNDAY_EVENING,
        "Shortly before fighters entered the capital, the eastern city of Jalalabad was handed over "
        "without a fight, officials said.",
        {
            ("kabul", "entered", "asserted", "2021-08-15"),
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
        },
        id="another_city_after_the_capital_is_no_aside",
    ),
    # "under the group's control": the side named by its kind
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Fighters broke into Faizabad overnight, residents said. A Taliban spokesman said the whole "
        "city was under the group's control.",
        {
            ("faizabad", "entered", "asserted", "2021-08-11"),
            ("faizabad", "captured", "claimed", "2021-08-11"),
        },
        id="under_the_groups_control",
    ),
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "Rebels pushed into Hama on Thursday, residents said. An HTS commander said the city was now "
        "under the movement's control.",
        {
            ("hama", "entered", "asserted", "2024-12-05"),
            ("hama", "captured", "claimed", "2024-12-05"),
        },
        id="under_the_movements_control",
    ),
    # the holder leaves a city and a side takes over the seats: that city's ("its buildings")
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Regime troops abandoned Deir ez-Zor on Friday, and Kurdish-led fighters took over its "
        "administrative buildings.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="seats_taken_in_the_city_left",
    ),
    pytest.param(  # guard: a seat past another place, after a semicolon, is that place's
        SYRIA,
        SYRIA_SATURDAY,
        "The army left Daraa on Friday after a deal with local elders; in Suwayda, Druze militias took "
        "over the governorate building.",
        {
            ("daraa", "surrendered", "asserted", "2024-12-06"),
            ("daraa", "captured", "asserted", "2024-12-06"),
            ("suwayda", "captured", "asserted", "2024-12-06"),
        },
        id="guard_a_seat_in_the_next_clauses_place",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
