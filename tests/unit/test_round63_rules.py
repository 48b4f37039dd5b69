"""General rules found in session 22's unfitted rounds and in the corpora's remaining errors,
each tested on sentences of our own (never the rounds' sentences): the text, the theatre it is
read in, when it was published, and every control event it must yield (capital, type, modality,
day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

AF_MONDAY = "2021-08-16T12:00:00+04:30"  # Monday 16 Aug 2021
AF_SEPTEMBER = "2021-09-01T12:00:00+04:30"  # Wednesday 1 Sep 2021
AF_YEAR_ON = "2022-08-15T14:00:00+04:30"  # a year after the fall of Kabul
SYRIA_FRIDAY = "2024-12-06T12:00:00+03:00"  # Friday 6 Dec 2024
SYRIA_TUESDAY_AFTER = "2024-12-10T12:00:00+03:00"  # Tuesday 10 Dec 2024

CASES = [
    # "the whole of X", "all of X": the city entire, not a preposition's object
    pytest.param(
        AF,
        AF_MONDAY,
        "The insurgents swept toward the capital on Sunday. By Monday morning the whole of Kabul was in their hands.",
        {("kabul", "captured", "asserted", "2021-08-16")},
        id="the_whole_of_a_city_is_the_city",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "By Sunday evening all of Kandahar had fallen to the Taliban.",
        {("kandahar", "captured", "asserted", "2021-08-15")},
        id="all_of_a_city_is_the_city",
    ),
    # the noun "advance" brought to a city's doorstep: where the front now lies, no fight there
    pytest.param(
        AF,
        FRIDAY,
        (
            "The Taliban seized Ghazni on Thursday, bringing the insurgents' advance to the doorstep "
            "of the capital."
        ),
        {("ghazni", "captured", "asserted", "2021-08-12")},
        id="a_nouns_advance_to_the_doorstep_is_no_fight",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Taliban fighters advanced to the gates of Kandahar on Thursday.",
        {("kandahar", "contested", "asserted", "2021-08-12")},
        id="fighters_advancing_to_the_gates_still_contest_it",
    ),
    # a holding told with the day it began dates the take
    pytest.param(
        AF,
        AF_SEPTEMBER,
        "The Taliban, a movement that has held the Afghan capital since Aug. 15, named a caretaker cabinet.",
        {("kabul", "captured", "asserted", "2021-08-15")},
        id="has_held_the_capital_since_a_day_dates_the_take",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        "The rebels, who have controlled Hama since Thursday, appointed a new governor.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="have_controlled_a_city_since_a_weekday_dates_the_take",
    ),
    # a past perfect's day set off by a comma is a flashback: the story stands on its own day
    pytest.param(
        AF,
        AF_YEAR_ON,
        (
            "On the morning of 15 August 2021, the people of Kabul woke to the news. Mazar-i-Sharif "
            "had fallen the day before, on 14 August. Within hours the Taliban had entered Kabul."
        ),
        {
            ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
            ("kabul", "entered", "asserted", "2021-08-15"),
        },
        id="a_flashbacks_day_is_not_the_days_the_story_stands_on",
    ),
    # a seat of power retaken is a retake of the city that holds it, by the side that retook it
    pytest.param(
        AF,
        FRIDAY,
        "Government troops retook the governor's compound in Herat on Thursday.",
        {("herat", "retaken", "asserted", "2021-08-12")},
        id="a_seat_of_power_retaken_is_a_retake",
    ),
    pytest.param(
        AF,
        FRIDAY,
        (
            "Commandos cleared the last Taliban positions on Thursday and recaptured the police "
            "headquarters in Ghazni, officials said."
        ),
        {("ghazni", "retaken", "asserted", "2021-08-12")},
        id="the_losers_cleared_out_are_not_the_retakers",
    ),
    # a claim long enough to run past a hundred characters is still the claim the verdict rules on
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        (
            "A claim that circulated widely on Monday night, that soldiers loyal to the fallen "
            "government had recaptured the governorate building in Hama, is false."
        ),
        {("hama", "retaken", "denied", "2024-12-09")},
        id="a_long_claim_ruled_false_is_denied",
    ),
    # safe passage to a city is where people went: "the city" after it is the story's
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        (
            "Local fighters took control of Daraa on Friday after the army agreed to pull out, while "
            "rebels said they had reached the gates of Homs. Under the deal, soldiers were given safe "
            'passage to Damascus, a commander said. "The city was handed over without a shot being '
            'fired," he said.'
        ),
        {
            ("daraa", "captured", "asserted", "2024-12-06"),
            ("daraa", "surrendered", "asserted", "2024-12-06"),
            ("homs", "contested", "claimed", "2024-12-06"),
        },
        id="safe_passage_to_a_city_is_a_destination",
    ),
    # a picture "taken near the village of" is a photograph's place, no capture
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        (
            "Our staff in Damascus are working under restrictions. A picture moved on Wednesday "
            "misidentified where a burnt-out tank stood. It was taken near the village of Anjara."
        ),
        set(),
        id="a_picture_taken_near_a_village_takes_nothing",
    ),
    # "the Hama and Idlib countryside": both are regions; "Aleppo and its countryside": the city too
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Fighting raged on Thursday in the Hama and Idlib countryside, the monitor said.",
        set(),
        id="two_names_before_one_countryside_are_both_regions",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The army said it was repelling an attack on Hama and its countryside on Thursday.",
        {("hama", "contested", "asserted", "2024-12-05")},  # the defender's own word
        id="a_city_and_its_countryside_is_still_the_city",
    ),
    # holding a seat of power is holding the city, unless its holder still holds it
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        "Rebels broke into Hama on Dec. 5 and by the next day held the governorate building.",
        {("hama", "entered", "asserted", "2024-12-05"), ("hama", "captured", "asserted", "2024-12-06")},
        id="holding_the_governorate_building_is_a_capture",
    ),
    pytest.param(
        AF,
        FRIDAY,
        (
            "Taliban fighters were fighting inside Ghazni on Thursday while government troops held "
            "the governor's compound, residents said."
        ),
        {("ghazni", "entered", "asserted", "2021-08-12")},
        id="the_incumbent_holding_the_compound_changes_no_hands",
    ),
    # another side's holding in a relative clause is no history of this holding
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        (
            "Rebels broke into Aleppo on Nov. 29 and by the following day held most of the city, "
            "which the army had controlled since 2016."
        ),
        {("aleppo", "entered", "asserted", "2024-11-29"), ("aleppo", "captured", "partial", "2024-11-30")},
        id="a_relative_clauses_since_year_is_the_other_sides",
    ),
    # a denied entry does not swallow the attack the denial tells instead
    pytest.param(
        SYRIA,
        "2024-11-29T21:00:00+03:00",
        (
            "A military source denied that the militants had entered Aleppo, saying army units were "
            "repelling an attack on the city's western outskirts."
        ),
        {("aleppo", "entered", "denied", "2024-11-29"), ("aleppo", "contested", "asserted", "2024-11-29")},
        id="a_denied_entry_keeps_the_attack_told_instead",
    ),
    # a speaker set off by a relative clause: its words are claims, the clause's news is not
    pytest.param(
        SYRIA,
        "2024-12-06T22:00:00+03:00",
        (
            "HTS-led rebels, who seized Hama a day earlier, said they were now fighting army units on "
            "the northern edge of Homs."
        ),
        {("hama", "captured", "asserted", "2024-12-05"), ("homs", "contested", "claimed", "2024-12-06")},
        id="a_speaker_past_a_relative_clause_claims_what_follows",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
