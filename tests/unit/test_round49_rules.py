"""General rules found in the errors left in AF round 48 and in the unfitted AF round 49 and Syria
round 43, each tested on sentences of our own (never the rounds' sentences): the text, the theatre
it is read in, when it was published, and every control event it must yield (capital, type,
modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

FRIDAY = "2021-08-13T20:00:00+04:30"  # Friday 13 Aug 2021
SYRIA_TUESDAY = "2024-12-10T21:00:00+03:00"  # Tuesday 10 Dec 2024
SYRIA_THURSDAY = "2024-12-05T21:00:00+03:00"  # Thursday 5 Dec 2024

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
    # Syria round 43 (explainers, chronologies, briefings): taking over with no object, in a
    # sentence set in a capital
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "In Tartus, local fighters took over as the garrison withdrew on Monday.",
        {("tartus", "captured", "asserted", "2024-12-09")},
        id="taking_over_with_no_object_in_a_fronted_capital",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "In Hama province, rebels took over Suran on Monday.",
        set(),
        id="taking_over_a_town_in_a_province",
    ),
    # a chronology's present tense: "storm" is an entry
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "Rebels storm Hama from three sides",
        {("hama", "entered", "asserted", "2024-12-05")},
        id="storm_in_the_present",
    ),
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "The storm in Hama cut power to thousands of homes on Thursday.",
        set(),
        id="a_storm_is_weather",
    ),
    # a claim before the sentence turns says nothing of the reporter's words after it
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "The army claimed it had repelled the assault, but by Tuesday fighting had reached the outskirts of Homs.",
        {("homs", "contested", "asserted", "2024-12-03")},
        id="a_claim_then_the_turn",
    ),
    # taking villages is no claim
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "Fighting reached the outskirts of Hama on Wednesday, with rebels claiming several villages to the north.",
        {("hama", "contested", "asserted", "2024-12-04")},
        id="claiming_villages_takes_them",
    ),
    # an edge or districts of no named place are the story's city
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "Rebels captured Hama on Thursday. On Tuesday the fighting had already reached the eastern outskirts.",
        {
            ("hama", "captured", "asserted", "2024-12-05"),
            ("hama", "contested", "asserted", "2024-12-03"),
        },
        id="the_outskirts_of_the_story_s_city",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "The rebels said they had taken Homs on Saturday. Residents said fighters had entered the eastern districts by nightfall on Saturday.",
        {
            ("homs", "captured", "claimed", "2024-12-07"),
            ("homs", "entered", "asserted", "2024-12-07"),
        },
        id="the_districts_of_the_story_s_city",
    ),
    # a spokesman named again by his family name alone, two words long
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        (
            "Hassan Abdul Ghani, a rebel spokesman, said the fighters had entered Hama. "
            "Abdul Ghani said the rebels were also besieging Homs."
        ),
        {
            ("hama", "entered", "claimed", "2024-12-05"),
            ("homs", "contested", "claimed", "2024-12-05"),
        },
        id="a_two_word_family_name_told_again",
    ),
    # a defensive cordon is no siege
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "The interior ministry said a security cordon surrounded Damascus.",
        set(),
        id="a_cordon_around_the_city",
    ),
    # a fronted place before "the same day"
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "Daraa was handed over on Dec. 6. In Deir ez-Zor the same day, the SDF took control of the city.",
        {
            ("daraa", "surrendered", "asserted", "2024-12-06"),
            ("daraa", "captured", "asserted", "2024-12-06"),
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
        },
        id="a_place_then_the_same_day",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
