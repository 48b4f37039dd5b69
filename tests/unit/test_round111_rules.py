"""General rules found in session 28's rounds (fact-checks and verification desks; official and
legal records: parliamentary debates, hearings, written answers, tribunal decisions), each tested
on sentences of our own (never the rounds' sentences): the text, the theatre it is read in, when it
was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

SYRIA_FRIDAY = "2024-12-06T20:00:00+03:00"  # Friday 6 Dec 2024
AF_WEDNESDAY = "2021-08-18T20:00:00+04:30"  # Wednesday 18 Aug 2021

CASES = [
    # "the provincial capital of the same name": the province just named
    pytest.param(
        AF,
        FRIDAY,
        "An MP from Ghazni province said insurgents had seized the provincial capital of the same name.",
        {("ghazni", "captured", "asserted", "2021-08-13")},
        id="the_capital_of_the_same_name_is_the_provinces",
    ),
    # a list of capitals opened by a dash, as by a colon
    pytest.param(
        AF,
        FRIDAY,
        "The insurgents have taken five provincial capitals — Zaranj on Friday, Sheberghan on Saturday.",
        {
            ("zaranj", "captured", "asserted", "2021-08-13"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_list_opened_by_a_dash",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban have taken two capitals — a heavy blow for Kabul — and fighting goes on near Herat.",
        {("herat", "contested", "asserted", "2021-08-13")},
        id="guard_a_dashed_aside_is_no_list",
    ),
    # a partial fall told of "the provincial capital, X"
    pytest.param(
        AF,
        FRIDAY,
        "Fighters had overrun large parts of the provincial capital, Ghazni, by Thursday night.",
        {("ghazni", "captured", "partial", "2021-08-12")},
        id="parts_of_the_provincial_capital_comma_name",
    ),
    # "hon." is no sentence's end, and a question asking the hearer to agree asserts its content
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Does the hon. Lady agree that the fall of Kunduz on Sunday the 8th was the turning point?",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="a_question_asking_agreement_asserts",
    ),
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Will the Minister tell the House whether Kunduz has fallen?",
        set(),
        id="guard_a_real_question_stays_open",
    ),
    # an absolute construction opening a list after a dash or a colon
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "It went quickly: Ghazni taken last Thursday, Kandahar gone the next day.",
        {
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("kandahar", "captured", "asserted", "2021-08-13"),
        },
        id="a_participle_after_a_colon_is_the_items_own",
    ),
    # "had all gone within hours", "had gone by Sunday"
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "By that evening Aybak and Taloqan had all gone within a few hours of each other.",
        {
            ("aybak", "captured", "asserted", "2021-08-18"),
            ("taloqan", "captured", "asserted", "2021-08-18"),
        },
        id="had_all_gone_within_hours",
    ),
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "The governor's staff in Aybak had all gone by Sunday.",
        set(),
        id="guard_people_who_had_gone",
    ),
    # "the Friday before last"
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Insurgents broke into Lashkar Gah on the Friday before last.",
        {("lashkar-gah", "entered", "asserted", "2021-08-06")},
        id="the_weekday_before_last",
    ),
    # "X having fallen" is X's fall
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "With Maymana having fallen on Saturday, the north-west was lost.",
        {("maymana", "captured", "asserted", "2021-08-14")},
        id="having_fallen_is_a_fall",
    ),
    # every capital except X: X is left out
    pytest.param(
        AF,
        "2021-08-20T20:00:00+04:30",
        "By then every provincial capital other than Bazarak was held by the Taliban.",
        set(),
        id="every_capital_except_one_leaves_it_out",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Most of the cities held out, but Qalat fell on Friday.",
        {("qalat", "captured", "asserted", "2021-08-13")},
        id="guard_a_but_clause_is_no_exception",
    ),
    # air missions over a city are no fight for it
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Russian aircraft flew combat sorties over Hama throughout Friday.",
        set(),
        id="combat_sorties_over_a_city_are_no_fight",
    ),
    # a sentence's opening clause of time stands outside the claim its main clause tells of
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Ever since rebels pushed into Hama on Thursday, state television has aired claims of a counter-attack.",
        {("hama", "entered", "asserted", "2024-12-05")},
        id="a_since_clause_stands_outside_a_claim",
    ),
    # a scare-quoted verb before "the city of X"
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The rebel command said its units had 'liberated' the city of Hama on Thursday.",
        {("hama", "captured", "claimed", "2024-12-05")},
        id="a_scare_quoted_verb_before_the_city_of",
    ),
    # an aside on when a statement came out, between it and its verb
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "A statement by the rebels' operations room, issued late on Thursday, said its fighters had taken Hama.",
        {("hama", "captured", "claimed", "2024-12-05")},
        id="a_statement_past_its_issued_aside",
    ),
    # a place that is no capital, named with the subject
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Douma and Harasta changed hands on Thursday night.",
        {("douma", "captured", "asserted", "2024-12-05")},
        id="a_town_named_with_the_subject",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The army abandoned Deir ez-Zor and the SDF moved in on Friday.",
        set(),
        id="guard_a_side_after_and_is_no_town",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
