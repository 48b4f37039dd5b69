"""General rules found in session 22's unfitted rounds and in the corpora's remaining errors,
each tested on sentences of our own (never the rounds' sentences): the text, the theatre it is
read in, when it was published, and every control event it must yield (capital, type, modality,
day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule
from tests.unit.test_extract_rules import control

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
    # a tracker's status lines: each capital has the label's status, on its group's date
    pytest.param(
        AF,
        "2021-08-11T12:30:00+04:30",
        (
            "Provincial capitals by status\n\n"
            "Taliban-controlled (5): Zaranj, Nimroz (6 August); Kunduz, Sar-e Pul and Taloqan (8 August); "
            "Aybak, Samangan (9 August, handed over by elders).\n\n"
            "Contested (2): Lashkar Gah, Helmand; Kandahar, Kandahar.\n\n"
            "Government-controlled (3): Kabul; Jalalabad; Maymana."
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("aybak", "captured", "asserted", "2021-08-09"),
            ("aybak", "surrendered", "asserted", "2021-08-09"),
            ("lashkar-gah", "contested", "asserted", "2021-08-11"),
            ("kandahar", "contested", "asserted", "2021-08-11"),
        },
        id="a_trackers_status_lines_give_each_capital_its_status",
    ),
    pytest.param(
        AF,
        "2021-08-15T09:00:00+04:30",
        "Map notes\n\nTaliban-controlled, claimed but not confirmed: 2 (Gardez, Nili).",
        {("gardez", "captured", "claimed", "2021-08-15"), ("nili", "captured", "claimed", "2021-08-15")},
        id="an_unconfirmed_status_is_a_claim",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Key takeaways:\n\nOutlook: Kabul and Jalalabad are next.",
        set(),
        id="a_label_that_tells_no_status_lists_nothing",
    ),
    # "lists X as contested": a status told of the city
    pytest.param(
        AF,
        FRIDAY,
        "The monitor lists Lashkar Gah, Kandahar and Herat as contested.",
        {
            ("lashkar-gah", "contested", "asserted", "2021-08-13"),
            ("kandahar", "contested", "asserted", "2021-08-13"),
            ("herat", "contested", "asserted", "2021-08-13"),
        },
        id="listed_as_contested_is_contested",
    ),
    # a battle a side would rather avoid is no battle
    pytest.param(
        AF,
        FRIDAY,
        "We assess that the Taliban would prefer a negotiated transfer of power to a battle for Kabul.",
        set(),
        id="the_battle_a_side_would_prefer_to_avoid_is_none",
    ),
    # "the town" after a district named by its name is the district's town
    pytest.param(
        AF,
        "2021-07-16T12:00:00+04:30",
        (
            "Kandahar province: Spin Boldak district fell on Wednesday, when Taliban fighters took the "
            "town and the border crossing."
        ),
        set(),
        id="the_town_after_a_named_district_is_not_the_provinces_capital",
    ),
    # "fell first", "the first to go", "went first, falling to"
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        (
            "Aleppo went first, falling to HTS-led rebels on 30 November. Hama was the next to go, on "
            "5 December. Homs fell next, on 7 December."
        ),
        {
            ("aleppo", "captured", "asserted", "2024-11-30"),
            ("hama", "captured", "asserted", "2024-12-05"),
            ("homs", "captured", "asserted", "2024-12-07"),
        },
        id="falling_first_and_next_in_a_sequence",
    ),
    # a participle after a list's first item is the verb of the gapped items after it
    pytest.param(
        AF,
        "2021-08-10T22:00:00+04:30",
        (
            "The two cities follow Zaranj, taken on Friday, Sheberghan on Saturday, Kunduz, Sar-e Pul "
            "and Taloqan on Sunday, and Aybak, which was handed over on Monday."
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("aybak", "captured", "asserted", "2021-08-09"),
            ("aybak", "surrendered", "asserted", "2021-08-09"),
        },
        id="a_participle_after_the_first_item_governs_the_gapped_items",
    ),
    # ... and a relative clause after a list's items is the list's
    pytest.param(
        AF,
        "2021-08-11T12:00:00+04:30",
        "The losses this week have included Farah and Pul-e Khumri, which fell on Tuesday.",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="a_relative_clause_after_a_list_is_the_lists",
    ),
    # troops surrendering after the city fell: the fall in their own words was no handover
    pytest.param(
        AF,
        "2021-08-11T20:00:00+04:30",
        (
            "On Wednesday, hundreds of soldiers who had held out at the Kunduz airport and army corps "
            "base since the city fell on Sunday surrendered with their weapons."
        ),
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="troops_surrendering_after_the_fall_hand_over_no_city",
    ),
    # a rejection, then "saying that reports of the fall of X were false": denied
    pytest.param(
        AF,
        "2021-09-06T12:40:00+04:30",
        (
            "The resistance front rejected the claim, saying on Twitter that reports of the fall of "
            "Bazarak were false."
        ),
        {("bazarak", "captured", "denied", "2021-09-06")},
        id="reports_called_false_after_a_rejection_are_denied",
    ),
    # "fighting was reported on Sunday": the fighting's day
    pytest.param(
        AF,
        "2021-09-06T12:40:00+04:30",
        "Heavy fighting was reported on Sunday around Bazarak.",
        {("bazarak", "contested", "asserted", "2021-09-05")},
        id="fighting_reported_on_a_day_is_on_that_day",
    ),
    # a relative clause past the name's head noun: "the streets of Kunduz city, which fell"
    pytest.param(
        AF,
        FRIDAY,
        "Residents said fighters were patrolling the streets of Kunduz city, which fell to the group on Aug. 8.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="a_relative_clause_past_the_names_head_noun",
    ),
    # "became the first provincial capital the Taliban took"
    pytest.param(
        AF,
        "2021-08-07T12:00:00+04:30",
        "On Friday Zaranj became the first provincial capital the Taliban took in their offensive.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="the_first_capital_the_side_took",
    ),
    # "that of X" after "the fall of": X's fall too; "hours after" places nothing; a speaker in
    # X's own "where" clause says nothing of the fall before it
    pytest.param(
        SYRIA,
        "2024-12-08T12:00:00+03:00",
        (
            "The fall of Damascus came hours after that of Homs, where the rebels declared full "
            "control late on Saturday."
        ),
        {
            ("damascus", "captured", "asserted", "2024-12-08"),
            # its day is the clause of place's, and the side's declaration there is its claim
            ("homs", "captured", "asserted", "2024-12-07"),
            ("homs", "captured", "claimed", "2024-12-07"),
        },
        id="that_of_a_city_after_the_fall_of_another",
    ),
    # a clause of place after a list of capitals is each one's
    pytest.param(
        AF,
        FRIDAY,
        "In Lashkar Gah and Kandahar, where fighting has raged for weeks, journalists said they could not leave.",
        {
            ("lashkar-gah", "contested", "asserted", "2021-08-13"),
            ("kandahar", "contested", "asserted", "2021-08-13"),
        },
        id="a_where_clause_after_a_list_is_each_items",
    ),
    # legal and advisory copy (sy60, sy61): "passed to the new authorities", troops that left
    # before a side moved in, "took control the same day", "held X", "its provincial centre"
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        "Tartus passed to the new authorities without a fight on 9 December.",
        {
            ("tartus", "captured", "asserted", "2024-12-09"),
            ("tartus", "surrendered", "asserted", "2024-12-09"),
        },
        id="passed_to_the_new_authorities_without_a_fight",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        (
            "On 6 December government forces and allied militias left Deir ez-Zor, and the Syrian "
            "Democratic Forces moved into the city."
        ),
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="moving_in_after_the_holders_forces_left_is_a_take",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        "In Douma and elsewhere in Eastern Ghouta, local fighters took control the same day as the army withdrew.",
        {("douma", "captured", "asserted", "2024-12-10")},
        id="took_control_the_same_day_has_no_object",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        (
            "By 30 November the opposition held Aleppo. The army, which had long held Hama, said it "
            "would not say who controlled the villages. Fighters held positions on the edge of Homs."
        ),
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="a_side_that_held_the_city_by_a_day",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        "Local factions took control of Quneitra governorate, including its provincial centre, on 7 December.",
        {("quneitra", "captured", "asserted", "2024-12-07")},
        id="a_governorate_including_its_provincial_centre",
    ),
    pytest.param(
        SYRIA,
        "2024-11-28T12:00:00+03:00",
        "A further push toward Aleppo's western edge over the coming days cannot be ruled out.",
        set(),
        id="a_push_that_cannot_be_ruled_out_is_a_forecast",
    ),
    # advisories' telegraphic items (r67a): a "TIMELINE" line in capitals under a title of falls,
    # items dated "Fri 06 Aug" with notes after them on the line, "Fell ..." with no subject,
    # "PROVINCE / CAPITAL -" heads, a lower-case note after a head, "2000Z" is a time, no year
    pytest.param(
        AF,
        "2021-08-11T08:00:00+04:30",
        (
            "DAILY REPORT\n\nSAMANGAN / AYBAK - Handed over to the Taliban on 09 AUG without fighting.\n\n"
            "4. LASHKAR GAH - heavy fighting continued in the city throughout the day.\n\n"
            "5. FAIZABAD - Faizabad was taken by the Taliban at approx 2000Z 10 AUG."
        ),
        {
            ("aybak", "captured", "asserted", "2021-08-09"),
            ("aybak", "surrendered", "asserted", "2021-08-09"),
            ("lashkar-gah", "contested", "asserted", "2021-08-11"),
            ("faizabad", "captured", "asserted", "2021-08-10"),
        },
        id="an_advisorys_province_slash_capital_heads",
    ),
    # legal and parliamentary copy (r66a)
    pytest.param(
        AF,
        "2021-08-18T12:00:00+04:30",
        (
            "Hon. Members will know that Kandahar fell on 13 August, that Mazar-i-Sharif, the last great "
            "city of the north, was lost the following day, and that on Sunday the Taliban took Kabul."
        ),
        {
            ("kandahar", "captured", "asserted", "2021-08-13"),
            ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
            ("kabul", "captured", "asserted", "2021-08-15"),
        },
        id="a_run_of_that_clauses_each_with_its_subject",
    ),
    pytest.param(
        AF,
        "2022-03-01T12:00:00+04:30",
        "Khost is generally reported to have come under Taliban control on 15 August 2021.",
        {("khost", "captured", "asserted", "2021-08-15")},
        id="reported_to_have_come_under_control",
    ),
    pytest.param(
        AF,
        "2021-08-18T12:00:00+04:30",
        (
            "The run of losses began on Friday with Zaranj, the capital of Nimroz, which its deputy "
            "governor said had been taken without a fight."
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-13"),
            ("zaranj", "surrendered", "asserted", "2021-08-13"),
        },
        id="a_speaker_of_several_words_set_into_a_relative_clause",
    ),
    pytest.param(
        AF,
        "2021-09-06T18:00:00+04:30",
        (
            "The Taliban now claim that their flag has been raised over the governor's compound in "
            "Bazarak. The resistance front has rejected that claim outright."
        ),
        {("bazarak", "captured", "denied", "2021-09-06")},
        id="a_flag_raised_over_a_seat_in_the_passive",
    ),
    pytest.param(
        AF,
        "2021-08-18T12:00:00+04:30",
        (
            "Maymana, the capital of Faryab province, and Mazar-i-Sharif, the largest city in the north, "
            "came under Taliban control on 14 August."
        ),
        {
            ("maymana", "captured", "asserted", "2021-08-14"),
            ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
        },
        id="two_subjects_each_with_an_appositive",
    ),
    # a city its garrison abandoned was taken by the side that pressed it
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        "Homs, the last large city between the insurgents and Damascus, was abandoned by its garrison on Dec. 7.",
        {("homs", "captured", "asserted", "2024-12-07")},
        id="a_city_abandoned_by_its_garrison",
    ),
    # a relative clause past a verb tells its own past; past a noun's capital it does not
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_AFTER,
        (
            "Opposition fighters took over Tartus on Monday without a shot being fired, completing the "
            "collapse of government authority along the coast that for decades was the bedrock of the "
            "family's rule."
        ),
        {
            ("tartus", "captured", "asserted", "2024-12-09"),
            ("tartus", "surrendered", "asserted", "2024-12-09"),
        },
        id="a_relative_clauses_decades_past_a_verb_are_its_own",
    ),
    pytest.param(
        AF,
        "2021-08-03T12:00:00+04:30",
        (
            "Officials have said the fall of Lashkar Gah, a city of about 200,000 that was at the centre "
            "of British and US operations for years, would be a heavy blow."
        ),
        set(),
        id="the_fall_of_a_city_with_a_past_that_would_be_a_blow",
    ),
    # "back in government hands": the word of the side, not only its aliases
    pytest.param(
        AF,
        "2021-07-10T12:00:00+04:30",
        "Officials said on Thursday the city of Qala-e Naw was back in government hands.",
        {("qala-e-naw", "retaken", "asserted", "2021-07-08")},
        id="back_in_government_hands_is_a_retake",
    ),
    # the day of another event the text puts this one after is not this one's
    pytest.param(
        SYRIA,
        "2024-12-05T17:05:00+03:00",
        (
            "The fall of Hama, less than a week after the rebels seized Aleppo on Nov. 30, opens the "
            "main highway south towards Homs."
        ),
        {("hama", "captured", "asserted", "2024-12-05"), ("aleppo", "captured", "asserted", "2024-11-30")},
        id="a_day_told_of_the_event_before_is_not_this_ones",
    ),
    pytest.param(
        SYRIA,
        "2024-12-06T19:15:00+03:00",
        (
            "The closures come a week after rebels took Aleppo last Saturday, and a day after they "
            "captured Hama."
        ),
        {("aleppo", "captured", "asserted", "2024-11-30"), ("hama", "captured", "asserted", "2024-12-05")},
        id="a_day_after_counts_from_the_main_clauses_day",
    ),
    # an event told by its week and again to the day: one event, on its day
    pytest.param(
        SYRIA,
        "2024-12-04T17:30:00+03:00",
        "The insurgents who captured Aleppo last week took it on Saturday, a monitor said.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="an_event_told_by_its_week_and_to_the_day",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


@pytest.mark.parametrize(
    "title",
    [
        "Control map update, 7 December 2024: Hama changes hands",
        "Daily assessment, 7 December 2024: Hama changes hands",
        "Syria tracker, 7 December 2024: Hama changes hands",
    ],
)
def test_an_updates_own_date_is_no_event_day(syria_extractor: Extractor, title: str) -> None:
    """The date a tracker's update gives itself in its title is when it was written: its headline
    news takes no day from it, but the day the body tells for the same take (since 1.32.6)."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2024-12-07T10:15:00+03:00"),
        title=title,
        body="Opposition forces entered Hama on 5 December and took it the same day.",
    )
    headline = [e for e in syria_extractor.extract(article) if e.evidence.field == "title"]
    assert [(e.capital, e.type, e.event_time.date().isoformat()) for e in headline] == [
        ("hama", "captured", "2024-12-05")
    ]


def test_a_timeline_in_capitals_under_a_title_of_falls(extractor: Extractor) -> None:
    """An advisory's "TIMELINE" line in capitals (no colon) under a title that tells the falls heads
    its items, dated "Fri 06 Aug" with their notes after them on the line; "Fell ..." with no
    subject is the item's capital."""
    body = (
        "TIMELINE\n"
        "Fri 06 Aug - Zaranj (Nimroz). Fell without resistance, the deputy governor said.\n\n"
        "Sun 08 Aug - Taloqan (Takhar). Government forces withdrew from the city."
    )
    title = "RISK BULLETIN: FIVE PROVINCIAL CAPITALS LOST IN THREE DAYS"
    assert control(extractor, body, title=title, published="2021-08-08T21:30:00+04:30") == {
        ("zaranj", "captured", "asserted", "2021-08-06"),
        ("zaranj", "surrendered", "asserted", "2021-08-06"),
        ("taloqan", "captured", "asserted", "2021-08-08"),
    }
