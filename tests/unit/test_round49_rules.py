"""General rules found in the errors left in AF round 48 and in the unfitted AF round 49 and Syria
round 43, each tested on sentences of our own (never the rounds' sentences): the text, the theatre
it is read in, when it was published, and every control event it must yield (capital, type,
modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, Expected, check_rule

FRIDAY = "2021-08-13T20:00:00+04:30"  # Friday 13 Aug 2021

CASES = [
    # a headline's list of capitals with a verb of its own is no object of the verb before it
    pytest.param(
        AF,
        FRIDAY,
        "Aybak surrendered, Kunduz and Taloqan fall",
        {
            ("aybak", "surrendered", "asserted", "2021-08-13"),
            ("aybak", "captured", "asserted", "2021-08-13"),
            ("kunduz", "captured", "asserted", "2021-08-13"),
            ("taloqan", "captured", "asserted", "2021-08-13"),
        },
        id="a_headline_list_with_its_own_verb",
    ),
    # the ministry's seat is where the speakers are, not the city a denial is about
    pytest.param(
        AF,
        FRIDAY,
        (
            "The insurgents said on Thursday they had seized Ghazni, but the Ministry of Interior "
            "Affairs in Kabul denied that the city had fallen."
        ),
        {
            ("ghazni", "captured", "claimed", "2021-08-12"),
            ("ghazni", "captured", "denied", "2021-08-12"),
        },
        id="a_ministry_of_something_in_the_national_capital_speaks",
    ),
    # districts of a city are part of it (a name no province bears) ...
    pytest.param(
        AF,
        FRIDAY,
        "Several districts of Lashkargah fell to the Taliban on Tuesday, residents said.",
        {("lashkar-gah", "captured", "partial", "2021-08-10")},
        id="districts_of_a_city_that_is_no_province_name",
    ),
    # ... and so are the districts it owns, counted or not
    pytest.param(
        AF,
        FRIDAY,
        "Six of Pul-e-Khumri's police districts were under Taliban control by Wednesday evening.",
        {("pul-e-khumri", "captured", "partial", "2021-08-11")},
        id="a_count_of_the_city_s_own_districts",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Kunduz's western neighbourhoods fell to the insurgents on Sunday.",
        {("kunduz", "captured", "partial", "2021-08-08")},
        id="the_city_s_own_neighbourhoods",
    ),
    # guards: the districts of a province, and a city's own official
    pytest.param(
        AF,
        FRIDAY,
        "Several districts of Kandahar fell to the Taliban in July.",
        set(),
        id="districts_of_a_name_a_province_bears",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Kunduz's police chief surrendered on Sunday.",
        set(),
        id="a_city_s_official_is_no_part_of_it",
    ),
    # attacks around a city are fighting at it
    pytest.param(
        AF,
        FRIDAY,
        "Officials said the insurgents had kept up their attacks around Kandahar on Thursday.",
        {("kandahar", "contested", "asserted", "2021-08-12")},
        id="attacks_around_a_city",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
