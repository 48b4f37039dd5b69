"""General rules found in session 24's unfitted rounds (an agency's wire of the peak days and of
the months around them, in both theatres), each tested on sentences of our own (never the rounds'
sentences): the text, the theatre it is read in, when it was published, and every control event
it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule
from tests.unit.test_extract_rules import control

AF_MAY = "2021-05-20T12:00:00+04:30"  # Thursday 20 May 2021
SYRIA_TUESDAY = "2024-12-03T20:00:00+03:00"  # Tuesday 3 Dec 2024
SYRIA_THURSDAY = "2024-12-05T21:00:00+03:00"  # Thursday 5 Dec 2024

CASES = [
    # an opening "It" after a sentence about a base or an airfield is that place, not the city
    pytest.param(
        AF,
        AF_MAY,
        (
            "The old coalition airbase on the northern edge of Kunduz city held hundreds of foreign "
            "troops until 2014. It was handed over to Afghan commandos this week, the ministry said."
        ),
        set(),
        id="it_after_a_base_is_the_base",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Taliban fighters attacked Ghazni on Thursday. It fell to them on Friday, a lawmaker said.",
        {("ghazni", "contested", "asserted", "2021-08-12"), ("ghazni", "captured", "asserted", "2021-08-13")},
        id="it_after_the_city_is_the_city",
    ),
    # the land around a city is a landmark, not the city
    pytest.param(
        AF,
        FRIDAY,
        "The villages surrounding Ghazni are largely under Taliban control, a council member said.",
        set(),
        id="villages_surrounding_a_city_are_not_the_city",
    ),
    pytest.param(
        AF,
        FRIDAY,
        (
            "Gunmen attacked checkpoints near Ghazni on Friday. The districts surrounding the "
            "provincial capital are mostly in Taliban hands, officials said."
        ),
        {("ghazni", "contested", "asserted", "2021-08-13")},
        id="districts_surrounding_the_city_are_not_the_city",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Taliban fighters surrounding Ghazni shelled its police headquarters on Friday.",
        {("ghazni", "contested", "asserted", "2021-08-13")},
        id="fighters_surrounding_a_city_press_it",
    ),
    # "there" after a seat of power is the place the clause named last
    pytest.param(
        AF,
        FRIDAY,
        (
            "Ghazni fell on Thursday, officials said, hours after insurgents stormed into Kandahar and "
            "seized the government buildings there."
        ),
        {
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("kandahar", "entered", "asserted", "2021-08-12"),
            ("kandahar", "captured", "asserted", "2021-08-12"),
        },
        id="seat_of_power_there_is_in_the_last_named_city",
    ),
    # "the city centre" in the list of what a partial take included is no second, full take
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        (
            "Insurgents held large parts of Hama on Thursday, including the city centre and the "
            "police command, a war monitor said."
        ),
        {("hama", "captured", "partial", "2024-12-05")},
        id="the_city_centre_in_a_partial_takes_list_is_part_of_it",
    ),
    # a fight told with the day it began is of that day
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "Clashes have raged on the southern approaches to Homs since Tuesday, residents said.",
        {("homs", "contested", "asserted", "2024-12-03")},
        id="fighting_since_a_day_began_then",
    ),
    # a year in a relative clause still anchors "the following year"
    pytest.param(
        AF,
        FRIDAY,
        (
            "Kunduz had a violent past. Fighters who entered it in 2015 were routed by local militias. "
            "The following year the Taliban entered the city again."
        ),
        set(),
        id="the_following_year_after_a_relative_clauses_year",
    ),
    # "the capital" as the appositive of a provincial capital is that city, not the national one
    pytest.param(
        AF,
        FRIDAY,
        "In Ghor, officials handed Feroz Koh, the capital, to the Taliban on Friday and flew to Kabul.",
        {
            ("feroz-koh", "surrendered", "asserted", "2021-08-13"),
            ("feroz-koh", "captured", "asserted", "2021-08-13"),
        },
        id="the_capital_as_appositive_of_a_provincial_capital",
    ),
    # a province named in the appositive of another city does not resolve a phrase before it
    pytest.param(
        AF,
        FRIDAY,
        (
            "Insurgents took Farah on Friday. The city's fall came as fighters pressed on Lashkar Gah, "
            "the capital of Helmand province."
        ),
        {
            ("farah", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "contested", "asserted", "2021-08-13"),
        },
        id="the_citys_fall_is_not_a_city_named_after_it",
    ),
    # hypotheticals: a gerund subject of a modal; a fall "if it came"; a surrender wanted
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        '"Taking Hama would change everything," a rebel commander said on Tuesday.',
        set(),
        id="a_gerund_subject_of_would_is_hypothetical",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The loss of Kandahar, if it happened, would cut the government off from the south.",
        set(),
        id="a_fall_if_it_came_is_hypothetical",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban said they sought a negotiated handover of Ghazni before the end of the month.",
        set(),
        id="a_handover_sought_is_hypothetical",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban wanted a deal, and on Friday they took Ghazni without one.",
        {("ghazni", "captured", "asserted", "2021-08-13")},
        id="wanting_a_deal_does_not_gate_a_later_take",
    ),
    # history told as one of several times
    pytest.param(
        AF,
        FRIDAY,
        "Government forces have lost Kunduz twice before.",
        set(),
        id="lost_a_city_twice_before_is_history",
    ),
    pytest.param(
        AF, FRIDAY, "Ghazni has changed hands before.", set(), id="has_changed_hands_before_is_history"
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban had taken Ghazni the day before.",
        {("ghazni", "captured", "asserted", "2021-08-12")},
        id="the_day_before_is_news",
    ),
    # a city held in parts; a handover that elders talked officials into
    pytest.param(
        AF,
        FRIDAY,
        "Fighting went on in Kunduz on Friday. The insurgents held several neighbourhoods of the city.",
        {("kunduz", "contested", "asserted", "2021-08-13"), ("kunduz", "captured", "partial", "2021-08-13")},
        id="held_several_neighbourhoods_is_a_partial_take",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban entered Aybak on Friday after tribal elders persuaded officials to leave the city.",
        {
            ("aybak", "captured", "asserted", "2021-08-13"),
            ("aybak", "surrendered", "asserted", "2021-08-13"),
        },
        id="elders_persuaded_officials_is_a_handover",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_a_take_the_clause_came_after_has_no_day_of_the_clause(syria_extractor: Extractor) -> None:
    """ "Rebels fresh from their seizure of Aleppo shelled Hama on Tuesday": Aleppo was not taken on
    Tuesday; with no day of its own the take is of the report's day, and a day told for it later in
    the article wins."""
    body = "Rebels fresh from their seizure of Aleppo shelled army positions near Hama on Tuesday."
    events = control(syria_extractor, body, published="2024-12-04T20:00:00+03:00")
    assert events == {
        ("hama", "contested", "asserted", "2024-12-03"),
        ("aleppo", "captured", "asserted", "2024-12-04"),
    }
    body = "Insurgents buoyed by the fall of Aleppo pressed south, shelling Hama on Tuesday."
    events = control(syria_extractor, body, published="2024-12-04T20:00:00+03:00")
    assert ("aleppo", "captured", "asserted", "2024-12-04") in events
