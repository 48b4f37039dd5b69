"""General rules found in the unfitted feature rounds (AF round 52, Syria round 46: long reads,
testimonies, interviews told days or weeks after the events), each tested on sentences of our own
(never the rounds' sentences): the text, the theatre it is read in, when it was published, and
every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

AF_SATURDAY = "2021-08-14T10:30:00+04:30"  # Saturday 14 Aug 2021
AF_MONDAY_16 = "2021-08-16T17:00:00+04:30"  # Monday 16 Aug 2021
AF_LATE_AUGUST = "2021-08-29T09:00:00+04:30"  # Sunday 29 Aug 2021: a look back two weeks on
SYRIA_LOOK_BACK = "2024-12-22T06:00:00+03:00"  # Sunday 22 Dec 2024: a feature two weeks on

CASES = [
    # a look back that dates its days with weekday and date: its bare weekdays come after that day
    pytest.param(
        SYRIA,
        SYRIA_LOOK_BACK,
        (
            "On Thursday 5 December the rebels broke into Hama from the north.\n\n"
            "On Saturday they took Homs. Before dawn on Sunday fighters from the south were in "
            "control of Damascus."
        ),
        {
            ("hama", "entered", "asserted", "2024-12-05"),
            ("homs", "captured", "asserted", "2024-12-07"),
            ("damascus", "captured", "asserted", "2024-12-08"),
        },
        id="a_look_backs_weekdays_follow_its_dated_day",
    ),
    # ... and its undated events happened on the day the story stands on, not on its filing day
    pytest.param(
        SYRIA,
        SYRIA_LOOK_BACK,
        (
            "Saturday 7 December was the day of Homs. Fighters entered the city from the north in "
            "the morning. That evening local groups took over the governor's office in Quneitra."
        ),
        {
            ("homs", "entered", "asserted", "2024-12-07"),
            ("quneitra", "captured", "asserted", "2024-12-07"),
        },
        id="a_look_backs_undated_events_happen_on_its_day",
    ),
    # "Friday the 29th": the latest 29th that fell on a Friday
    pytest.param(
        SYRIA,
        SYRIA_LOOK_BACK,
        "I left my post on Friday the 29th, a little before the fighters entered Aleppo.",
        {("aleppo", "entered", "asserted", "2024-11-29")},
        id="a_weekday_with_its_day_of_the_month",
    ),
    # a story that opens on a day over a week back tells its weekdays from there
    pytest.param(
        AF,
        AF_LATE_AUGUST,
        (
            "When the Taliban attacked Kunduz on Aug. 7, the garrison was already surrounded. "
            "On Sunday the city fell, and on Monday fighters took Aybak."
        ),
        {
            ("kunduz", "contested", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("aybak", "captured", "asserted", "2021-08-09"),
        },
        id="a_story_opening_weeks_back_counts_its_weekdays_from_there",
    ),
    # news with a background date keeps its weekdays in the week before filing
    pytest.param(
        AF,
        AF_SATURDAY,
        (
            "The Taliban took Herat on Thursday and Kandahar on Friday.\n\n"
            "The collapse began on 6 August, when Zaranj fell. On Friday alone the insurgents "
            "also took Lashkar Gah and Qalat."
        ),
        {
            ("herat", "captured", "asserted", "2021-08-12"),
            ("kandahar", "captured", "asserted", "2021-08-13"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
            ("qalat", "captured", "asserted", "2021-08-13"),
        },
        id="news_with_a_background_date_keeps_the_news_week",
    ),
    # "N days later" counts from the day told before
    pytest.param(
        AF,
        AF_MONDAY_16,
        (
            "When Zaranj was handed over on Aug. 6, few saw a collapse coming. Eight days later "
            "the insurgents hold most of the country, and on Saturday they took Mazar-i-Sharif."
        ),
        {
            ("zaranj", "surrendered", "asserted", "2021-08-06"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
        },
        id="eight_days_later_returns_to_the_news",
    ),
    # "the first city to go had been X", "the first city to fall to the Taliban was X"
    pytest.param(
        AF,
        FRIDAY,
        "The first city to go had been Zaranj, on the Iranian border, last Friday. Sheberghan followed on Saturday.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="the_first_city_to_go_had_been",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The first provincial capital to fall to the insurgents was Zaranj, last Friday.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="the_first_capital_to_fall_to_a_side_was",
    ),
    # a story about one city (its headline's): "the city" is still it past the last few sentences
    pytest.param(
        AF,
        AF_MONDAY_16,
        (
            "A Herat shopkeeper's account\n\n"
            "Fighting reached the edge of Herat on Thursday morning. We heard it from the bazaar. "
            "My nephew came running. We closed the shop. We climbed to the roof. We watched the "
            "pick-ups pass. By evening the city was theirs."
        ),
        {
            ("herat", "contested", "asserted", "2021-08-12"),
            ("herat", "captured", "asserted", "2021-08-12"),
        },
        id="one_citys_story_keeps_the_city",
    ),
    # ... but not once another capital has come up as often
    pytest.param(
        AF,
        AF_MONDAY_16,
        (
            "A Herat shopkeeper's account\n\n"
            "Fighting reached the edge of Herat on Thursday morning. My brother called from "
            "Kandahar; Kandahar was quiet. We closed the shop. We climbed to the roof. We watched the pick-ups pass. "
            "By evening the city was theirs."
        ),
        {("herat", "contested", "asserted", "2021-08-12")},
        id="two_cities_story_leaves_the_city_unresolved",
    ),
    # ... nor when the story's city is not the headline's: "the town" is the headline's town
    pytest.param(
        SYRIA,
        "2024-12-02T14:20:00+03:00",
        (
            "Thousands flee Tal Rifaat as factions take the town\n\n"
            "Thousands of civilians have fled the Tal Rifaat area north of Aleppo after "
            "Turkish-backed factions captured the town on Sunday."
        ),
        set(),
        id="the_town_of_a_headline_without_a_capital_is_no_capital",
    ),
    # the weekday's own day of the month, in words: "On Sunday night, the eighth"
    pytest.param(
        AF,
        AF_LATE_AUGUST,
        (
            "On Sunday night, the eighth, the phone rang: Kunduz had gone. Then Sar-e Pul. On Monday "
            "elders handed Aybak to the Taliban."
        ),
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("aybak", "surrendered", "asserted", "2021-08-09"),
            ("aybak", "captured", "asserted", "2021-08-09"),
        },
        id="the_eighth_had_gone_then_a_name",
    ),
    # a story's sequence of falls: "it was X", "X went;", "fell the same Sunday"
    pytest.param(
        AF,
        AF_LATE_AUGUST,
        (
            "On Friday, August 6, Zaranj was handed over. The next day, Saturday, it was "
            "Sheberghan, the home of Dostum. On Sunday Kunduz fell; Taloqan fell the same Sunday. "
            "On Tuesday, Farah and Pul-e Khumri went."
        ),
        {
            ("zaranj", "surrendered", "asserted", "2021-08-06"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="it_was_x_went_and_the_same_sunday",
    ),
    # a side that would not say whether it still held the city denies nothing
    pytest.param(
        AF,
        "2021-09-06T12:00:00+04:30",
        (
            "The Taliban said on Monday they had taken Bazarak. The resistance did not say "
            "whether it still held the provincial capital."
        ),
        {("bazarak", "captured", "claimed", "2021-09-06")},
        id="did_not_say_whether_is_no_denial",
    ),
    # a look back's past perfect reaches a day or two before the day it stands on
    pytest.param(
        AF,
        AF_LATE_AUGUST,
        (
            "That was the Sunday, August 8, when the Taliban took Kunduz. On the Saturday, fighting "
            "had raged on the edges of Kunduz. On the Tuesday, Pul-e Khumri fell."
        ),
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("kunduz", "contested", "asserted", "2021-08-07"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="a_look_backs_past_perfect_weekday_is_just_before",
    ),
    # ... a past perfect the weekday dates too, but "the following Saturday" is after it
    pytest.param(
        AF,
        "2021-09-12T08:00:00+04:30",
        (
            "Shortly after dawn on Sunday, August 15, elders handed Jalalabad to the Taliban. "
            "Mazar-i-Sharif had fallen on Saturday night. The following Saturday we heard that "
            "Charikar had fallen."
        ),
        {
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
            ("charikar", "captured", "asserted", "2021-08-21"),
        },
        id="a_past_perfect_weekday_and_the_following_one",
    ),
    # "by dawn" is the day told before; "by dawn on Dec. 8" is Dec. 8
    pytest.param(
        SYRIA,
        "2024-12-09T19:00:00+03:00",
        (
            "In the early hours of Sunday the rebels announced they had entered Damascus. By dawn the "
            "city was in rebel hands. Homs fell late on Dec. 7, and fighters were in control of "
            "Latakia by dawn on Dec. 8."
        ),
        {
            ("damascus", "entered", "claimed", "2024-12-08"),
            ("damascus", "captured", "asserted", "2024-12-08"),
            ("homs", "captured", "asserted", "2024-12-07"),
            ("latakia", "captured", "asserted", "2024-12-08"),
        },
        id="by_dawn_and_by_dawn_on_a_date",
    ),
    # "were already inside the city"; men "from Daraa" are where the fighters came from
    pytest.param(
        SYRIA,
        "2024-12-09T19:00:00+03:00",
        (
            "The army said a cordon protected Damascus. But residents said fighters from the "
            "southern factions, many of them from Daraa, were already inside the city by late Saturday."
        ),
        {("damascus", "entered", "asserted", "2024-12-07")},
        id="already_inside_the_city_with_fighters_from_elsewhere",
    ),
    # ... and an account named after its city keeps it though the road to another was named once
    pytest.param(
        SYRIA,
        "2024-12-04T16:30:00+03:00",
        (
            "An Aleppo surgeon's account\n\n"
            "I work at a hospital in Aleppo. The fighting was in the villages on the road to Idlib. "
            "On Friday the fighters were inside Aleppo. We operated all night. The wounded kept "
            "coming. Nobody slept. By Saturday afternoon the city had fallen."
        ),
        {
            ("aleppo", "entered", "asserted", "2024-11-29"),
            ("aleppo", "captured", "asserted", "2024-11-30"),
        },
        id="an_accounts_city_outnumbers_a_city_named_in_passing",
    ),
    # "the city, Syria's second-largest,": the epithet says which, its head noun left out
    pytest.param(
        SYRIA,
        "2024-12-04T16:30:00+03:00",
        (
            "The rebels reached the edge of Hama on Wednesday. The offensive began west of Aleppo. "
            "The city, Syria's second-largest, fell to the insurgents on Saturday."
        ),
        {
            ("hama", "contested", "asserted", "2024-12-04"),
            ("aleppo", "captured", "asserted", "2024-11-30"),
        },
        id="the_city_with_a_headless_epithet",
    ),
    # a second aside that places the capital by another ("an hour's drive west of Kabul")
    pytest.param(
        AF,
        FRIDAY,
        (
            "Maidan Shahr, the capital of Maidan Wardak, an hour's drive west of Kabul, had been "
            "taken as well by Friday."
        ),
        {("maidan-shahr", "captured", "asserted", "2021-08-13")},
        id="two_asides_one_placing_the_capital_by_another",
    ),
    # "held all of X": the whole city
    pytest.param(
        AF,
        FRIDAY,
        "By the time the sun rose on Friday, the Taliban held all of Herat except one compound.",
        {("herat", "captured", "asserted", "2021-08-13")},
        id="held_all_of_a_capital",
    ),
    # a capital named in an aside on part of a group is not what "the city" stands for
    pytest.param(
        SYRIA,
        "2024-12-07T21:00:00+03:00",
        (
            "Local factions in Daraa, many of them former rebels who made peace with Damascus in "
            "2018, took control of the city on Friday under a deal with the army."
        ),
        {
            ("daraa", "captured", "asserted", "2024-12-06"),
            ("daraa", "surrendered", "asserted", "2024-12-06"),
        },
        id="a_partitive_asides_capital_is_no_antecedent",
    ),
    # "took over the administration in X": its seat of power
    pytest.param(
        SYRIA,
        "2024-12-07T21:00:00+03:00",
        "On the Golan, local factions took over the administration in Quneitra on Saturday.",
        {("quneitra", "captured", "asserted", "2024-12-07")},
        id="the_administration_in_a_capital",
    ),
    # "that city": the capital named last, whatever its role
    pytest.param(
        SYRIA,
        "2024-12-10T21:00:00+03:00",
        "Families from Homs fled on Friday night, before the rebels entered that city on Saturday.",
        {("homs", "entered", "asserted", "2024-12-07")},
        id="that_city_is_the_last_named",
    ),
    # an entry with "there was no fighting" is a handover
    pytest.param(
        AF,
        FRIDAY,
        "Residents said the Taliban entered Aybak on Monday morning and there was no fighting.",
        {
            ("aybak", "captured", "asserted", "2021-08-09"),
            ("aybak", "surrendered", "asserted", "2021-08-09"),
        },
        id="an_entry_with_no_fighting_is_a_handover",
    ),
    # a year that opens the sentence dates the clauses after it, whatever date they hold
    pytest.param(
        AF,
        "2021-09-27T08:00:00+04:30",
        (
            "In November 2001, after the September 11 attacks, the movement was driven from Kabul "
            "by American air power."
        ),
        set(),
        id="a_fronted_year_dates_the_sentence",
    ),
    # "within three days" of the past measures a span, no forecast
    pytest.param(
        SYRIA,
        "2024-12-05T23:50:00+03:00",
        "Within three days the rebels had taken Aleppo, which they seized last Saturday.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="within_days_in_the_past_is_no_forecast",
    ),
    # "since Wednesday" bounds a period: no day for an undated take
    pytest.param(
        SYRIA,
        "2024-12-03T18:00:00+03:00",
        "Since Wednesday the rebels have taken Aleppo and have been racing south.",
        {("aleppo", "captured", "asserted", "2024-12-03")},
        id="since_a_day_dates_nothing",
    ),
    # pushed back from the city itself is no retake; from parts of it, a partial one
    pytest.param(
        SYRIA,
        "2024-12-03T18:00:00+03:00",
        (
            "The army says it has pushed rebels back from Hama. Troops pushed the rebels back from "
            "several neighbourhoods of Aleppo on Monday."
        ),
        {("aleppo", "retaken", "partial", "2024-12-02")},
        id="pushed_back_from_a_city_and_from_its_parts",
    ),
    # a list's next capital with a verb of its own past an aside
    pytest.param(
        SYRIA,
        "2024-12-08T23:55:00+03:00",
        (
            "Aleppo fell on 30 November. Hama followed on Thursday, and Homs, the country's third "
            "city and the hinge to the coast, fell late last night."
        ),
        {
            ("aleppo", "captured", "asserted", "2024-11-30"),
            ("hama", "captured", "asserted", "2024-12-05"),
            ("homs", "captured", "asserted", "2024-12-07"),
        },
        id="a_lists_next_capital_with_its_own_verb_past_an_aside",
    ),
    # "X, handed over by the army under a deal on Friday,": a participle with a side's men as agent
    pytest.param(
        SYRIA,
        "2024-12-07T23:30:00+03:00",
        "Daraa, handed over by the army under a negotiated withdrawal on Friday, was calm.",
        {
            ("daraa", "surrendered", "asserted", "2024-12-06"),
            ("daraa", "captured", "asserted", "2024-12-06"),
        },
        id="a_participle_with_the_army_as_agent",
    ),
    # "plus" joins a list; "one of the largest cities in the north" is an aside
    pytest.param(
        AF,
        "2021-08-09T18:10:00+04:30",
        (
            "Yesterday, Sunday, the Taliban captured Kunduz, one of the largest cities in the north, "
            "plus Sar-e Pul and Taloqan, the capital of Takhar."
        ),
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="plus_and_one_of_the_largest",
    ),
    # "X, Y too"; "still being fought over"; the cities on three sides of a capital are not it
    pytest.param(
        AF,
        FRIDAY,
        (
            "Kandahar and Lashkar Gah are still being fought over. Kunduz has been fought over "
            "before. Ghazni is under attack, Herat too. The Taliban now hold the cities on three "
            "sides of Mazar-i-Sharif."
        ),
        {
            ("kandahar", "contested", "asserted", "2021-08-13"),
            ("lashkar-gah", "contested", "asserted", "2021-08-13"),
            ("ghazni", "contested", "asserted", "2021-08-13"),
            ("herat", "contested", "asserted", "2021-08-13"),
        },
        id="too_fought_over_and_three_sides_of",
    ),
    # "has now seen a week of fighting"; residents who tell of fighting inside are no movers
    pytest.param(
        AF,
        FRIDAY,
        (
            "Lashkar Gah has now seen more than a week of fighting. Kunduz has seen weeks of "
            "fighting before. Residents tell us fighting has been going on inside Ghazni since "
            "the early hours."
        ),
        {
            ("lashkar-gah", "contested", "asserted", "2021-08-13"),
            ("ghazni", "entered", "asserted", "2021-08-13"),
        },
        id="has_seen_fighting_and_residents_who_tell",
    ),
    # fighters moving into a seat of power are the detail of a take the sentence tells (and
    # fighters who entered the governor's compound took it, since 1.124.0: the seat that governs)
    pytest.param(
        AF,
        "2021-08-15T23:50:00+04:30",
        (
            "The Taliban have taken Bamyan, officials told us, with fighters moving into the "
            "government offices this morning. In Maidan Shahr, fighters entered the governor's "
            "compound on Sunday."
        ),
        {
            ("bamyan", "captured", "asserted", "2021-08-15"),
            ("maidan-shahr", "captured", "asserted", "2021-08-15"),
        },
        id="a_seat_entry_is_the_detail_of_a_take",
    ),
    # a year that names a thing in a clause after the trigger dates that thing only
    pytest.param(
        SYRIA,
        "2024-12-11T08:30:00+03:00",
        (
            "When Hama fell on Thursday he recorded a video in which he said his fighters had "
            "cleansed a wound left by the 1982 massacre."
        ),
        {("hama", "captured", "asserted", "2024-12-05")},
        id="a_year_naming_a_thing_in_a_later_clause",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban took Kabul in the 1996 offensive.",
        set(),
        id="a_year_naming_the_events_own_phrase",
    ),
    # a kicker that sets the story years after what it tells
    pytest.param(
        AF,
        "2021-09-27T08:00:00+04:30",
        "Twenty-five years on: the night the Taliban first took Kabul",
        set(),
        id="an_anniversary_kicker_is_history",
    ),
    # a subject's verb left out after "and" and a day
    pytest.param(
        AF,
        FRIDAY,
        "Mazar-i-Sharif fell on Saturday, and on Sunday Kabul.",
        {
            ("mazar-i-sharif", "captured", "asserted", "2021-08-07"),
            ("kabul", "captured", "asserted", "2021-08-08"),
        },
        id="a_subjects_verb_gapped_after_and_a_day",
    ),
    # "declared the city under their full control"
    pytest.param(
        SYRIA,
        "2024-12-09T07:00:00+03:00",
        "On Saturday afternoon rebels entered Homs, and late that night they declared the city under their full control.",
        {
            ("homs", "entered", "asserted", "2024-12-07"),
            ("homs", "captured", "asserted", "2024-12-07"),
        },
        id="declared_the_city_under_their_control",
    ),
    # lawmakers in Kabul are speakers; "which it says fell"; "pressing against the edges of"
    pytest.param(
        AF,
        FRIDAY,
        (
            "Taliban fighters broke into Herat on Thursday afternoon, and lawmakers in Kabul were "
            "acknowledging by evening that the city had fallen. A paper leads with Pul-e Khumri, the "
            "capital of Baghlan, which it says fell to the Taliban on Tuesday. In Kandahar the "
            "insurgents are pressing against the edges of the city."
        ),
        {
            ("herat", "entered", "asserted", "2021-08-12"),
            ("herat", "captured", "asserted", "2021-08-12"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
            ("kandahar", "contested", "asserted", "2021-08-13"),
        },
        id="lawmakers_in_kabul_which_it_says_and_pressing_against",
    ),
    # an entry told as a noun: "the Taliban's entry into Kabul", "a brief incursion into X"
    pytest.param(
        AF,
        FRIDAY,
        (
            "The Taliban's entry into Kabul on Sunday stunned the world. After a brief incursion "
            "into Qala-e-Naw on Wednesday, the insurgents pulled back."
        ),
        {
            ("kabul", "entered", "asserted", "2021-08-08"),
            ("qala-e-naw", "entered", "asserted", "2021-08-11"),
        },
        id="an_entry_told_as_a_noun",
    ),
    # "were lost by the government": the other side took them
    pytest.param(
        AF,
        "2021-08-14T23:55:00+04:30",
        "Yesterday Kandahar and Lashkar Gah were lost by the government.",
        {
            ("kandahar", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
        },
        id="lost_by_the_government_is_taken_by_the_other_side",
    ),
    # some of the defenders giving up is not the city handed over
    pytest.param(
        AF,
        FRIDAY,
        (
            "Taliban fighters entered Qala-e-Naw on Wednesday, and a number of security personnel "
            "laid down their weapons, officials said."
        ),
        {("qala-e-naw", "entered", "asserted", "2021-08-11")},
        id="a_number_of_personnel_laying_down_arms_is_no_handover",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Taliban fighters entered Qala-e-Naw on Wednesday and the garrison laid down its weapons.",
        {
            ("qala-e-naw", "captured", "asserted", "2021-08-11"),
            ("qala-e-naw", "surrendered", "asserted", "2021-08-11"),
        },
        id="the_garrison_laying_down_arms_is_a_handover",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_lost_by_the_government_names_the_loser(extractor: Extractor) -> None:
    """ "Kandahar was lost by the government": the agent of a passive loss is the side that lost it,
    so the taker is the theatre's attacker, not the government."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2021-08-14T23:55:00+04:30"),
        body="Yesterday Kandahar and Lashkar Gah were lost by the government.",
    )
    actors = {(e.capital, e.actor) for e in extractor.extract(article) if e.type == "captured"}
    assert actors == {("kandahar", "taliban"), ("lashkar-gah", "taliban")}


def test_an_anaphoric_day_with_nothing_before_it_dates_nothing(extractor: Extractor) -> None:
    """ "'By evening, Herat was theirs'" as a headline: "by evening" has no day told before it to
    count from, so the headline's event takes no day of its own: the day the body tells for the
    same take (since 1.32.6; before, the report's)."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2021-08-16T12:00:00+04:30"),
        title="'By evening, Herat was theirs': a shopkeeper's account",
        body="On Thursday morning the fighting was at the edge of Herat. By evening Herat was theirs.",
    )
    captured = {
        (e.event_time.date().isoformat(), e.time_precision)
        for e in extractor.extract(article)
        if e.type == "captured"
    }
    assert captured == {("2021-08-12", "day")}
