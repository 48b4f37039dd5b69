"""General rules found in session 32's rounds (fact checks, interviews, ordinary intake), each
tested on sentences of our own (never the rounds' sentences): the text, the theatre it is read in,
when it was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

AF_WEDNESDAY = "2021-08-11T18:00:00+04:30"  # Wednesday 11 Aug 2021
AF_THURSDAY = "2021-07-08T17:30:00+04:30"  # Thursday 8 Jul 2021
SYRIA_SUNDAY = "2024-12-01T15:00:00+03:00"  # Sunday 1 Dec 2024

CASES = [
    # a date "for" a fall is one looked ahead to, not a fall
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "The briefing treated the estimate as a firm date for the fall of Kabul.",
        set(),
        id="a_date_for_a_fall",
    ),
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "The ministry set out a timetable for the capture of Kabul.",
        set(),
        id="a_timetable_for_a_capture",
    ),
    # a claim rejected in the passive, with the claim as its subject: a denial
    pytest.param(
        AF,
        AF_THURSDAY,
        "Fighters entered Qala-e Naw on Wednesday. The claim that the city had been captured was "
        "rejected by provincial officials.",
        {
            ("qala-e-naw", "entered", "asserted", "2021-07-07"),
            ("qala-e-naw", "captured", "denied", "2021-07-08"),
        },
        id="a_claim_rejected_in_the_passive",
    ),
    pytest.param(
        AF,
        AF_THURSDAY,
        "Reports that the Taliban had seized Qala-e Naw were quickly denied by the defence ministry.",
        {("qala-e-naw", "captured", "denied", "2021-07-08")},
        id="reports_denied_in_the_passive",
    ),
    # "by then" between the verb and "in Taliban hands"
    pytest.param(
        AF,
        "2021-08-04T14:00:00+04:30",
        "Fighting raged in Lashkar Gah. A council member said much of the city was by then in Taliban hands.",
        {
            ("lashkar-gah", "contested", "asserted", "2021-08-04"),
            ("lashkar-gah", "captured", "partial", "2021-08-04"),
        },
        id="by_then_in_a_sides_hands",
    ),
    # a question nobody's claim stands behind, answered no: a negation, not a denial
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY,
        "Q: Is there any fighting in Idlib itself?\nA: No. The front is far from us now.",
        set(),
        id="a_plain_question_answered_no",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY,
        "Q: Is it true that the rebels have entered Hama?\nA: No. They are still north of the city.",
        {("hama", "entered", "denied", "2024-12-01")},
        id="a_question_about_a_claim_answered_no",
    ),
    # a verb of keeping between the trigger and the colon: the list is what was kept
    pytest.param(
        AF,
        "2021-08-13T21:30:00+04:30",
        "The loss of Herat and Kandahar in a day leaves the government holding only a few big "
        "cities: Kabul, Mazar-i-Sharif and Jalalabad among them.",
        {("herat", "captured", "asserted", "2021-08-13"), ("kandahar", "captured", "asserted", "2021-08-13")},
        id="a_list_of_what_was_kept",
    ),
    # "had seen the city change hands before and ...": an experience of earlier years
    pytest.param(
        AF,
        "2021-08-06T12:00:00+04:30",
        "Herat was quiet on Friday. A shopkeeper said he had seen the city change hands before and "
        "did not want to see it again.",
        set(),
        id="seen_changing_hands_before",
    ),
    # the historical present of a timeline: "declare the city free", "declare full control"
    pytest.param(
        SYRIA,
        "2025-01-04T10:00:00+03:00",
        "Saturday, Dec. 7 - Rebels push into Homs and declare full control shortly before midnight.",
        {("homs", "entered", "asserted", "2024-12-07"), ("homs", "captured", "asserted", "2024-12-07")},
        id="declare_full_control_in_the_present",
    ),
    # an entry with no object is no detail of the take beside it
    pytest.param(
        SYRIA,
        "2025-01-04T10:00:00+03:00",
        "Friday, Dec. 6 - Government forces leave Deir ez-Zor, where the SDF enter and take control.",
        {
            ("deir-ez-zor", "entered", "asserted", "2024-12-06"),
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
        },
        id="enter_with_no_object_beside_a_take",
    ),
    # a take in the present perfect told as the state of the report's day yields to the day the
    # text gives it elsewhere
    pytest.param(
        SYRIA,
        "2024-12-06T19:30:00+03:00",
        "Tonight the government has lost Aleppo, and the south is in revolt. Aleppo, lost on 30 "
        "November, had at least been a surprise.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="a_state_tonight_and_the_day_told_elsewhere",
    ),
    # five to seven days ago, and "a week ago today"
    pytest.param(
        SYRIA,
        "2024-12-05T21:00:00+03:00",
        "The rebels took Aleppo five days ago.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="five_days_ago",
    ),
    pytest.param(
        SYRIA,
        "2024-12-07T21:00:00+03:00",
        "A week ago today, Aleppo fell.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="a_week_ago_today",
    ),
    # the incumbent bombarding a city the other side holds: no fight for it
    pytest.param(
        SYRIA,
        "2024-11-28T12:00:00+03:00",
        "The regime artillery shelled residential neighbourhoods in Idlib city on Thursday.",
        set(),
        id="the_incumbent_shelling_a_city_it_does_not_hold",
    ),
    # runs of spaces inside a line, as a wrapped copy has them
    pytest.param(
        AF,
        "2021-08-09T16:30:00+04:30",
        "Aybak, the capital of Samangan, passed on Monday  into the hands of the Taliban.",
        {("aybak", "captured", "asserted", "2021-08-09")},
        id="a_run_of_spaces",
    ),
    # "the neighbouring province of X" is where people went, not the city's own province
    pytest.param(
        AF,
        "2021-08-09T16:30:00+04:30",
        "Aybak, the capital of Samangan, fell on Monday, the deputy governor said.\n\n"
        '"The Taliban took over the city in the morning," he said, adding that the security forces '
        "had retreated towards the neighbouring province of Balkh.",
        {("aybak", "captured", "asserted", "2021-08-09")},
        id="the_neighbouring_province_of",
    ),
    # a running list: its lead-in shares a line with a note, its days are Markdown headings, and
    # an item its note calls a claim is a claim
    pytest.param(
        AF,
        "2021-08-14T21:30:00+04:30",
        "Below is every capital reported taken, with the day it fell. Where the only source is the "
        "Taliban, we say so.\n\n**Friday, Aug. 6**\n- Zaranj (Nimroz)\n\n**Sunday, Aug. 8**\n"
        "- Kunduz (Kunduz)\n- Taloqan (Takhar)\n\n**Friday, Aug. 13**\n"
        "- Firozkoh (Ghor): Taliban claim only; no official confirmation",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("feroz-koh", "captured", "claimed", "2021-08-13"),
        },
        id="a_running_list_under_markdown_day_headings",
    ),
    # an early year in a relative clause past a dated trigger is the relative clause's past
    pytest.param(
        SYRIA,
        "2024-12-09T12:20:00+03:00",
        "The opposition entered Damascus in the early hours of Sunday and announced the fall of a "
        "regime that ruled Syria for 54 years, since Hafez al-Assad took power in 1970.",
        {("damascus", "entered", "asserted", "2024-12-08")},
        id="an_early_year_in_a_relative_clause_after_a_dated_take",
    ),
    # "are holding X since Friday": taken that day
    pytest.param(
        SYRIA,
        "2024-12-09T12:20:00+03:00",
        "In the east, the SDF are holding Deir Ezzor city since Friday, when the army withdrew from it.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="holding_since_a_day",
    ),
    # "got into" is an entry; "there were reports that ..." is a claim no one is named for
    pytest.param(
        SYRIA,
        "2024-12-07T23:40:00+03:00",
        "After a day of heavy fighting, rebel fighters got into Homs this evening.",
        {("homs", "contested", "asserted", "2024-12-07"), ("homs", "entered", "asserted", "2024-12-07")},
        id="got_into",
    ),
    pytest.param(
        SYRIA,
        "2024-12-03T18:10:00+03:00",
        "There were reports overnight that rebels had entered Hama.",
        {("hama", "entered", "claimed", "2024-12-03")},
        id="there_were_reports_that",
    ),
    # contracted "are" and "have": "they're on the outskirts", "they've begun to encircle"
    pytest.param(
        SYRIA,
        "2024-12-07T23:40:00+03:00",
        "The southern factions moved north at speed. Tonight they're on the southern outskirts of Damascus.",
        {("damascus", "contested", "asserted", "2024-12-07")},
        id="a_contracted_are",
    ),
    pytest.param(
        SYRIA,
        "2024-12-07T23:40:00+03:00",
        "Rebels began to encircle Damascus on Saturday.",
        {("damascus", "contested", "asserted", "2024-12-07")},
        id="began_to_is_no_plan",
    ),
    # "the first Taliban capture of Kabul": an earlier one than the news's
    pytest.param(
        AF,
        "2021-09-27T12:30:00+04:30",
        "Afghans marked the anniversary of the Taliban's first capture of Kabul with photographs.",
        set(),
        id="the_first_capture_of_a_city",
    ),
    # weekdays coordinated after the verb pair with the names before it, in order
    pytest.param(
        AF,
        "2021-08-09T07:30:00+04:30",
        "Zaranj and Sheberghan fell on Friday and Saturday, officials said.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="names_and_days_paired_in_order",
    ),
    # a fact box's heads in capitals with their own provinces after a comma; a bulleted head in
    # capitals before a dash is what the item's "the city" stands for
    pytest.param(
        AF,
        "2021-08-12T14:20:00+04:30",
        "Following are the capitals they have taken so far, and the cities under attack:\n\n"
        "ZARANJ, NIMROZ PROVINCE - AUG. 6\n\n* The first provincial capital to fall.\n\n"
        "TALUQAN, TAKHAR - AUG. 8\n\n* Officials withdrew from the city before the insurgents moved in.\n\n"
        "CITIES UNDER ATTACK:\n\n"
        "* KANDAHAR - Heavy fighting on the western edges of the second-largest city.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("kandahar", "contested", "asserted", "2021-08-12"),
        },
        id="a_fact_box_in_capitals",
    ),
    # the holder abandoning the city before the side that moves in: a take
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "In the east, government forces abandoned Deir ez-Zor on Friday and the Kurdish-led Syrian "
        "Democratic Forces moved into the city, a Kurdish official said.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="moved_in_after_the_holder_abandoned_it",
    ),
    # "without significant fighting": a handover
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "Local factions took Deraa on Friday. The monitor said the city had passed to the factions "
        "without significant fighting.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("daraa", "surrendered", "asserted", "2024-12-06")},
        id="without_significant_fighting",
    ),
    # inside the presidential palace: a take of the national capital
    pytest.param(
        AF,
        "2021-08-15T22:00:00+04:30",
        "Taliban fighters moved into Kabul during the afternoon, and tonight they are inside the "
        "presidential palace.",
        {("kabul", "entered", "asserted", "2021-08-15"), ("kabul", "captured", "asserted", "2021-08-15")},
        id="inside_the_presidential_palace",
    ),
    # a nominal trigger's own object, then its verb: the place after is the verb's
    pytest.param(
        AF,
        "2021-07-08T12:00:00+04:30",
        "The battle for Qala-e-Naw was seen in Kabul as a test of the army.",
        {("qala-e-naw", "contested", "asserted", "2021-07-08")},
        id="a_battle_for_one_city_seen_in_another",
    ),
    # "now hold" past a relative clause on the subject dated by its own take: a state now
    pytest.param(
        SYRIA,
        "2024-12-05T21:00:00+03:00",
        "The men who took Aleppo five days ago now hold Hama as well.",
        {("aleppo", "captured", "asserted", "2024-11-30"), ("hama", "captured", "asserted", "2024-12-05")},
        id="now_hold_past_a_dated_relative_clause",
    ),
    # officials who "had already driven out of the city" left it; no retake
    pytest.param(
        SYRIA,
        "2024-12-06T12:00:00+03:00",
        "Rebels took Hama on Thursday. By midday the governor had already driven out of the city toward Homs.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="officials_had_already_driven_out",
    ),
    # a quotation opened right after "held": 'held "the whole of Aleppo city"'
    pytest.param(
        SYRIA,
        "2024-11-30T20:00:00+03:00",
        'Rebel commanders said their fighters held "the whole of Aleppo city".',
        {("aleppo", "captured", "claimed", "2024-11-30")},
        id="held_a_quoted_whole_city",
    ),
    # "Damascus loses Deraa": the government the national capital names, no list item
    pytest.param(
        SYRIA,
        "2024-12-07T10:00:00+03:00",
        "Syria: rebels at the gates of Homs, Damascus loses Deraa and Deir Ezzor",
        {("homs", "contested", "asserted", "2024-12-07")},
        id="the_capital_that_loses_is_the_government",
    ),
    # an appositive with no commas round it, as second-language copy writes it
    pytest.param(
        AF,
        "2021-08-07T20:10:00+04:30",
        "On Friday, Zaranj the capital of southwestern Nimroz province fell to Taliban.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="an_appositive_with_no_commas",
    ),
    # the side a city was "handed over" to, past the quotation's close
    pytest.param(
        SYRIA,
        "2024-12-06T23:40:00+03:00",
        'A security source confirmed that the city of Deir ez-Zor had been "handed over" to the SDF.',
        {
            ("deir-ez-zor", "surrendered", "asserted", "2024-12-06"),
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
        },
        id="handed_over_in_quotes_to_a_side",
    ),
    # "under the control of the revolutionaries": the capital's own attacker
    pytest.param(
        SYRIA,
        "2024-12-06T23:40:00+03:00",
        "The city of Daraa is under the control of the revolutionaries after the army withdrew.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="under_the_control_of_the_revolutionaries",
    ),
    # a headline's "rebels inside Homs"; fighters "near Damascus" did not enter it
    pytest.param(
        SYRIA,
        "2024-12-07T23:40:00+03:00",
        "Late two-way: rebels inside Homs, southern fighters near Damascus",
        {("homs", "entered", "asserted", "2024-12-07")},
        id="rebels_inside_a_city_and_fighters_near_another",
    ),
    # a nominal take "if it came": one looked ahead to
    pytest.param(
        SYRIA,
        "2024-12-04T12:00:00+03:00",
        "Most analysts said an assault on Damascus, if it came, was still far off.",
        set(),
        id="an_assault_if_it_came",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
