"""General rules found in the unfitted AF round 48 and Syria round 42 (regional outlets' English
services), each tested on sentences of our own (never the round's sentences): the text, the theatre it is read in,
when it was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

MONDAY = "2021-08-16T20:00:00+04:30"  # Monday 16 Aug 2021, after the weekdays below
SYRIA_SATURDAY = "2024-12-07T21:00:00+03:00"  # Saturday 7 Dec 2024

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
    pytest.param(
        AF,
        MONDAY,
        "Fighting raged on Wednesday night (July 28) in the vicinity of Lashkargah, the provincial capital.",
        {("lashkar-gah", "contested", "asserted", "2021-07-28")},
        id="a_weekday_and_part_of_day_with_its_date_in_brackets",
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
    # a capital's name with its head noun, then an aside, before its verb
    pytest.param(
        AF,
        MONDAY,
        "Farah city, the centre of the province of the same name, was overrun by the Taliban on Tuesday.",
        {("farah", "captured", "asserted", "2021-08-10")},
        id="a_name_with_its_head_noun_then_an_aside",
    ),
    # the capital coordinated with what lies around it is still the subject
    pytest.param(
        AF,
        MONDAY,
        "Residents said Ghazni and the surrounding districts were taken by the insurgents on Thursday.",
        {("ghazni", "captured", "asserted", "2021-08-12")},
        id="a_capital_and_what_lies_around_it",
    ),
    pytest.param(
        AF,
        MONDAY,
        "The army denied that Kandahar and its airport had been overrun by the insurgents on Thursday.",
        {("kandahar", "captured", "denied", "2021-08-12")},
        id="a_denial_of_a_capital_and_its_airport",
    ),
    # a capital coordinated with a side is no subject of that kind
    pytest.param(
        AF,
        MONDAY,
        "Kunduz and the Taliban were in the news on Thursday.",
        set(),
        id="a_capital_coordinated_with_something_else",
    ),
    # a capital taken "together with" or "along with" others shares the verb, the side and the day
    pytest.param(
        AF,
        "2021-08-09T20:00:00+04:30",  # Monday 9 Aug 2021
        (
            "Taloqan fell to the insurgents on Sunday together with two other provincial capitals, Kunduz "
            "and Sar-e-Pul, officials said."
        ),
        {
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
        },
        id="a_capital_taken_together_with_others",
    ),
    pytest.param(
        AF,
        MONDAY,
        "The insurgents took Ghazni on Thursday along with Herat.",
        {("ghazni", "captured", "asserted", "2021-08-12"), ("herat", "captured", "asserted", "2021-08-12")},
        id="a_capital_taken_along_with_another",
    ),
    pytest.param(
        AF,
        "2021-08-09T20:00:00+04:30",
        "Kunduz fell on Sunday along with its airport, a police official said.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="a_capital_taken_along_with_its_airport",
    ),
    # "was occupied by": a capture, in the words of outlets that side against the taker
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Homs was occupied on Saturday by the armed opposition factions, a Kurdish news agency reported.",
        {("homs", "captured", "asserted", "2024-12-07")},
        id="a_city_occupied_by_a_side",
    ),
    # "the countryside of Hama and Homs": both are regions, neither is the city
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Dozens of villages in the countryside of Hama and Homs changed hands on Friday, a monitor said.",
        set(),
        id="villages_in_the_countryside_of_two_provinces",
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
