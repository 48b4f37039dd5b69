"""General rules found in the errors left in AF round 48 and in the unfitted AF round 49 and Syria
round 43, each tested on sentences of our own (never the rounds' sentences): the text, the theatre
it is read in, when it was published, and every control event it must yield (capital, type,
modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

FRIDAY = "2021-08-13T20:00:00+04:30"  # Friday 13 Aug 2021
MONDAY = "2021-08-16T20:00:00+04:30"  # Monday 16 Aug 2021
SEPTEMBER = "2021-09-10T16:00:00+04:30"  # a chronology filed on 10 Sept 2021
SYRIA_TUESDAY = "2024-12-10T21:00:00+03:00"  # Tuesday 10 Dec 2024
SYRIA_THURSDAY = "2024-12-05T21:00:00+03:00"  # Thursday 5 Dec 2024
SYRIA_SATURDAY = "2024-12-07T21:00:00+03:00"  # Saturday 7 Dec 2024
SYRIA_LATER = "2024-12-15T12:00:00+03:00"  # a travel advisory's update a week after the fall
AF_MONDAY_9 = "2021-08-09T19:00:00+04:30"  # Monday 9 Aug 2021
AF_WEDNESDAY_11 = "2021-08-11T19:00:00+04:30"  # Wednesday 11 Aug 2021

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
    # AF round 49 (explainers, chronologies, briefings): "fall" before "during", "by", "with"
    pytest.param(
        AF,
        FRIDAY,
        "Asadabad and Gardez fall during the night, officials say.",
        {
            ("asadabad", "captured", "asserted", "2021-08-13"),
            ("gardez", "captured", "asserted", "2021-08-13"),
        },
        id="fall_during_the_night",
    ),
    # a list's first item placed by a region, the second set off by an aside
    pytest.param(
        AF,
        FRIDAY,
        "Qalat in the south and Feroz Koh, the capital of Ghor, fall to the Taliban.",
        {
            ("qalat", "captured", "asserted", "2021-08-13"),
            ("feroz-koh", "captured", "asserted", "2021-08-13"),
        },
        id="a_placed_item_then_one_with_an_aside",
    ),
    # a list introduced by "These are ...", its items dated and sourced
    pytest.param(
        AF,
        FRIDAY,
        (
            "These are the capitals taken so far, with the days they fell:\n\n"
            "- Zaranj, Nimroz: Aug. 6\n\n- Sheberghan, Jowzjan: Aug. 7, according to officials"
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_list_introduced_by_these_are",
    ),
    # "follow" with no object after a fall: in the sentence before, or before a semicolon
    pytest.param(
        AF,
        FRIDAY,
        "Sheberghan falls on Saturday; Kunduz and Taloqan follow on Sunday.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="capitals_that_follow_after_a_semicolon",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Kandahar falls overnight. Lashkar Gah follows within hours.",
        {
            ("kandahar", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
        },
        id="a_capital_that_follows_in_the_present",
    ),
    # a chronology's relative days count from the date heading its paragraph
    pytest.param(
        AF,
        SEPTEMBER,
        "Aug. 7-8 - Sheberghan falls on the 7th; Kunduz follows on the 8th.\n\nAug. 13 - Kandahar falls overnight.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("kandahar", "captured", "asserted", "2021-08-13"),
        },
        id="relative_days_under_a_date_heading",
    ),
    # a side in the presidential palace holds the national capital; its president does not take it
    pytest.param(
        AF,
        MONDAY,
        "Taliban fighters entered Kabul on Sunday, and by nightfall they were in the presidential palace.",
        {("kabul", "entered", "asserted", "2021-08-15"), ("kabul", "captured", "asserted", "2021-08-15")},
        id="fighters_in_the_presidential_palace",
    ),
    pytest.param(
        AF,
        MONDAY,
        "Ghani was in the presidential palace on Saturday, meeting his generals.",
        set(),
        id="the_president_in_his_palace",
    ),
    # "every capital that followed ...:" heads a list
    pytest.param(
        AF,
        MONDAY,
        "After Zaranj fell on Aug. 6, almost every capital that followed was northern: Sheberghan on Aug. 7; Aybak on Aug. 9.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("aybak", "captured", "asserted", "2021-08-09"),
        },
        id="every_capital_heads_a_list",
    ),
    # a reduced participle past an appositive naming the province
    pytest.param(
        AF,
        MONDAY,
        "The first was Zaranj, capital of Nimroz province, taken on Friday.",
        {("zaranj", "captured", "asserted", "2021-08-13")},
        id="a_participle_past_the_province_appositive",
    ),
    # "its fall": the capital the pronoun stands for; a forecast stays one
    pytest.param(
        AF,
        FRIDAY,
        "Families who fled Kunduz after its fall on Sunday are sleeping in parks in Kabul.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="its_fall_after_the_city_named",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Aybak lies on the highway between Kabul and Mazar-i-Sharif, and its fall on Monday cut the road.",
        {("aybak", "captured", "asserted", "2021-08-09")},
        id="its_fall_is_the_subject_s",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Mazar-i-Sharif could be next, analysts say, and its fall would cut off the north.",
        set(),
        id="its_fall_in_a_forecast",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Mazar-i-Sharif's fall would cut off the north.",
        set(),
        id="a_possessive_fall_in_a_forecast",
    ),
    # a city's streets are where fighters are only when fighters are named
    pytest.param(
        AF,
        FRIDAY,
        "Zaranj fell on Friday. In the city's streets, shops shut early and traffic jammed.",
        {("zaranj", "captured", "asserted", "2021-08-13")},
        id="the_city_s_streets_with_no_fighters",
    ),
    # a capital someone calls stands for its government
    pytest.param(
        AF,
        FRIDAY,
        '"The governor calls Kabul, nobody answers, and the city is handed over by evening," an analyst said.',
        set(),
        id="calling_the_national_capital",
    ),
    # a capture told in a relative clause after a fronted capital is not handed over by the
    # soldiers who surrender outside it
    pytest.param(
        AF,
        FRIDAY,
        (
            "In Kunduz, where troops had withdrawn to the airport after the city fell on Sunday, "
            "the soldiers surrendered on Wednesday."
        ),
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="a_fall_in_a_fronted_relative_clause_then_a_garrison_s_surrender",
    ),
    # "followed on Sunday by X, Y and Z, and on Monday by W": each item on its day
    pytest.param(
        AF,
        FRIDAY,
        "Sheberghan fell on Saturday, followed on Sunday by Kunduz and Taloqan, and on Monday by Aybak.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("aybak", "captured", "asserted", "2021-08-09"),
        },
        id="followed_by_then_and_by",
    ),
    # a gapped item with a clause of when, and one with a place aside before its day
    pytest.param(
        AF,
        FRIDAY,
        (
            "Aybak fell on Monday; Pul-e Khumri on Tuesday, when Farah was also taken; and Faizabad, "
            "in the far north-east, on Wednesday."
        ),
        {
            ("aybak", "captured", "asserted", "2021-08-09"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
            ("farah", "captured", "asserted", "2021-08-10"),
            ("faizabad", "captured", "asserted", "2021-08-11"),
        },
        id="gapped_items_with_a_when_clause_and_a_place_aside",
    ),
    # an aside between dashes inside a list of objects
    pytest.param(
        AF,
        FRIDAY,
        "On Friday the insurgents took Qalat and - officials confirmed - Tarinkot, the capital of Uruzgan.",
        {("qalat", "captured", "asserted", "2021-08-13"), ("tarinkot", "captured", "asserted", "2021-08-13")},
        id="a_dashed_aside_in_a_list",
    ),
    # "it was the turn of X", "next came X" after a fall
    pytest.param(
        AF,
        FRIDAY,
        "Zaranj fell on Friday last week. Next came Sheberghan, on Saturday.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="next_came_after_a_fall",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Kabul was calm on Friday. Next came talks in Doha.",
        set(),
        id="next_came_after_no_fall",
    ),
    # situation reports (AF round 50, Syria round 44): a status told with the day it began
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "In Hama city, under NSAG control since 5 December, partners report a calm situation.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="a_holder_since_a_day_with_no_been",
    ),
    pytest.param(
        SYRIA,
        SYRIA_LATER,
        "Areas of control:\n\n- Damascus: under the control of the Military Operations Command since 8 December.",
        {("damascus", "captured", "asserted", "2024-12-08")},
        id="under_the_control_of_a_side_with_no_verb",
    ),
    # an item headed by several capitals, dated "respectively"
    pytest.param(
        SYRIA,
        SYRIA_LATER,
        (
            "Areas of control:\n\n- Aleppo, Hama and Homs: under MOC control since 30 November, "
            "5 December and 7 December respectively."
        ),
        {
            ("aleppo", "captured", "asserted", "2024-11-30"),
            ("hama", "captured", "asserted", "2024-12-05"),
            ("homs", "captured", "asserted", "2024-12-07"),
        },
        id="several_capitals_head_an_item_dated_respectively",
    ),
    # a relative clause of place after the capital's head noun
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "North-east: In Deir ez-Zor city, where the SDF took over on 6 December, the situation is calm.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="a_city_s_where_clause_past_its_head_noun",
    ),
    # a list of names ending in the plural region noun: all regions
    pytest.param(
        SYRIA,
        SYRIA_LATER,
        "Local factions remain in control of Daraa, Suwayda and Quneitra governorates.",
        set(),
        id="a_list_of_governorates",
    ),
    # a deal told with "following"
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Local armed factions took control of Daraa city on Friday following an agreement under which the army withdrew.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("daraa", "surrendered", "asserted", "2024-12-06")},
        id="following_an_agreement",
    ),
    # a capitals heading with a note in brackets after it; an armed opposition group is the Taliban
    pytest.param(
        AF,
        AF_MONDAY_9,
        (
            "PROVINCIAL CENTRES UNDER AOG CONTROL (as of 1800 hrs, 9 August)\n\n"
            "1. Zaranj (Nimroz) - 6 August\n\n2. Sheberghan (Jowzjan) - 7 August"
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_capitals_heading_with_a_note_in_brackets",
    ),
    # objects with appositives naming their provinces, then their own day, inside "a day after"
    pytest.param(
        AF,
        AF_WEDNESDAY_11,
        (
            "The insurgents took Farah, capital of the western province of the same name, and "
            "Pul-e Khumri, capital of Baghlan province, on Tuesday, a day after Aybak was handed over."
        ),
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
            ("aybak", "surrendered", "asserted", "2021-08-09"),
            ("aybak", "captured", "asserted", "2021-08-09"),
        },
        id="objects_with_province_appositives_then_their_day",
    ),
    pytest.param(
        AF,
        AF_WEDNESDAY_11,
        (
            "The fall of Faizabad came a day after the insurgents took Farah, capital of the western "
            "province of the same name, and Pul-e Khumri, capital of Baghlan province, on Tuesday."
        ),
        {
            ("faizabad", "captured", "asserted", "2021-08-11"),
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="a_day_after_objects_with_province_appositives",
    ),
    # a deal's seats of power named together ("government and security buildings")
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "Local fighters in Douma took over government and security buildings on Sunday as the army withdrew.",
        {("douma", "captured", "asserted", "2024-12-08")},
        id="government_and_security_buildings",
    ),
    # an assault told before the entry it led to is an event of its own; the fighting of an entry is not
    pytest.param(
        AF,
        FRIDAY,
        "The insurgents launched a fresh assault on Herat on Thursday morning and by the afternoon had broken into the city.",
        {("herat", "contested", "asserted", "2021-08-12"), ("herat", "entered", "asserted", "2021-08-12")},
        id="an_assault_then_the_entry",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Taliban fighters pushed into Herat on Thursday, battling government troops street by street.",
        {("herat", "entered", "asserted", "2021-08-12")},
        id="the_fighting_of_an_entry",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_former_rebel_fighters_are_the_southern_factions(syria_extractor: Extractor) -> None:
    """Daraa's "former rebel fighters" are the southern factions (the theatre file's alias), not the
    HTS-led rebels whose "rebel fighters" the words contain."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat(SYRIA_SATURDAY),
        body="Former rebel fighters took control of Daraa on Friday after the army agreed to withdraw.",
    )
    actors = {(e.capital, e.type, e.actor) for e in syria_extractor.extract(article) if e.type == "captured"}
    assert actors == {("daraa", "captured", "southern")}
