"""General rules found in session 34's rounds, each tested on sentences of our own (never the
rounds' sentences): the text, the theatre it is read in, when it was published, and every control
event it must yield (capital, type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

AF_SATURDAY = "2021-08-14T21:00:00+04:30"  # Saturday 14 Aug 2021
AF_WEDNESDAY = "2021-08-11T20:00:00+04:30"  # Wednesday 11 Aug 2021
AF_THURSDAY_NIGHT = "2021-08-12T22:00:00+04:30"  # Thursday 12 Aug 2021
AF_TUESDAY = "2021-08-10T14:00:00+04:30"  # Tuesday 10 Aug 2021
SYRIA_WEDNESDAY = "2024-12-04T14:00:00+03:00"  # Wednesday 4 Dec 2024
SYRIA_SATURDAY_DEC = "2024-12-07T14:00:00+03:00"  # Saturday 7 Dec 2024
SYRIA_MONDAY_AFTER = "2024-12-09T14:00:00+03:00"  # Monday 9 Dec 2024, a timeline a day on
AF_TUESDAY_EVENING = "2021-08-10T20:00:00+04:30"  # Tuesday 10 Aug 2021
AF_SUNDAY_NIGHT = "2021-08-08T23:00:00+04:30"  # Sunday 8 Aug 2021
AF_FRIDAY_NOON = "2021-08-13T12:00:00+04:30"  # Friday 13 Aug 2021
SYRIA_SATURDAY_NIGHT = "2024-12-07T21:00:00+03:00"  # Saturday 7 Dec 2024
SYRIA_TUESDAY_NIGHT = "2024-12-03T21:00:00+03:00"  # Tuesday 3 Dec 2024
SYRIA_MONDAY_LATER = "2024-12-16T12:00:00+03:00"  # Monday 16 Dec 2024, a column a week on
SYRIA_SATURDAY_NOON = "2024-12-07T12:00:00+03:00"  # Saturday 7 Dec 2024
AF_ANNIVERSARY = "2022-08-14T08:00:00+04:30"  # Sunday 14 Aug 2022, a year on
AF_SEPTEMBER = "2021-09-20T10:00:00+04:30"  # Monday 20 Sep 2021, a look back
AF_SATURDAY_MORNING = "2021-08-14T10:00:00+04:30"  # Saturday 14 Aug 2021
AF_SEPTEMBER_FIFTH = "2021-09-05T10:00:00+04:30"  # Sunday 5 Sep 2021, a look back
SYRIA_SUNDAY_MORNING = "2024-12-01T08:00:00+03:00"  # Sunday 1 Dec 2024
AF_SUNDAY_LATE = "2021-08-15T23:30:00+04:30"  # Sunday 15 Aug 2021
SYRIA_TIMELINE = "2024-12-20T18:00:00+03:00"  # Friday 20 Dec 2024, a timeline two weeks on
SYRIA_THURSDAY_NOON = "2024-11-28T12:00:00+03:00"  # Thursday 28 Nov 2024
SYRIA_TUESDAY_NOON = "2024-12-10T12:00:00+03:00"  # Tuesday 10 Dec 2024
SYRIA_FRIDAY_NIGHT = "2024-12-06T21:00:00+03:00"  # Friday 6 Dec 2024
AF_MONDAY_AFTER = "2021-08-16T10:00:00+04:30"  # Monday 16 Aug 2021
AF_FRIDAY_AFTER = "2021-08-20T10:00:00+04:30"  # Friday 20 Aug 2021
AF_WEDNESDAY_AFTER = "2021-08-18T10:00:00+04:30"  # Wednesday 18 Aug 2021
AF_WEDNESDAY_EVENING = "2021-08-11T20:05:00+04:30"  # Wednesday 11 Aug 2021
SYRIA_MONDAY_EVENING = "2024-12-09T18:00:00+03:00"  # Monday 9 Dec 2024
SYRIA_FRIDAY_MORNING = "2024-11-29T10:00:00+03:00"  # Friday 29 Nov 2024
SYRIA_SATURDAY_MORNING = "2024-12-07T10:00:00+03:00"  # Saturday 7 Dec 2024
SYRIA_SUNDAY_NIGHT = "2024-12-08T23:00:00+03:00"  # Sunday 8 Dec 2024
SYRIA_THURSDAY = "2024-12-05T18:00:00+03:00"  # Thursday 5 Dec 2024
SYRIA_SATURDAY = "2024-11-30T17:00:00+03:00"  # Saturday 30 Nov 2024

CASES = [
    # "not clear" with a time between it and "who" is still not knowing who holds the city
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_NIGHT,
        "In Hasakah, far to the east, it was unclear late on Sunday who was in charge of the city.",
        set(),
        id="unclear_late_on_sunday_who",
    ),
    pytest.param(
        AF,
        AF_SATURDAY,
        "Residents of Gardez said it was not clear by Saturday evening who was in control of the city.",
        set(),
        id="not_clear_by_saturday_evening_who",
    ),
    # a part of a city in quotation marks is still a part
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        'The general command admitted that the militants had seized "large areas" of Aleppo on Saturday.',
        {("aleppo", "captured", "partial", "2024-11-30")},
        id="quoted_large_areas_of",
    ),
    # "driven ... back from the city's approaches" is a fight for it, as "pushed back" is
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "Homs was quiet on Thursday. The army said on Tuesday that it had driven the insurgents back "
        "from the city's eastern approaches after heavy clashes.",
        {("homs", "contested", "asserted", "2024-12-03")},
        id="driven_back_from_the_citys_approaches",
    ),
    # where reinforcements were flown from, with a time between ("flown in overnight from Kabul"),
    # is no antecedent for "the city"
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Taliban fighters broke into Ghazni on Tuesday. Commandos flown in overnight from Kabul drove "
        "them out of the city on Wednesday, officials said.",
        {("ghazni", "entered", "asserted", "2021-08-10"), ("ghazni", "retaken", "asserted", "2021-08-11")},
        id="flown_in_overnight_from_is_an_origin",
    ),
    # a day in a clause on another noun ("a push that opened with the capture of X, the capital of
    # Y, on August 7") is that clause's, past the appositive's commas
    pytest.param(
        AF,
        AF_THURSDAY_NIGHT,
        "The fall of Herat crowned a week-long push that opened with the capture of Sheberghan, the "
        "capital of Jowzjan, on August 7.",
        {
            ("herat", "captured", "asserted", "2021-08-12"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_day_past_an_appositive_in_a_that_clause",
    ),
    # a timeline's present: a city "passes into rebel hands"
    pytest.param(
        SYRIA,
        SYRIA_MONDAY_AFTER,
        "THURSDAY, DECEMBER 5\n\nBy afternoon Hama passes into rebel hands.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="passes_into_rebel_hands",
    ),
    # families "who fled the fighting in X and Y provinces" are civilians on the move, however long
    # the clause that says what drove them
    pytest.param(
        AF,
        AF_TUESDAY,
        "Hundreds of families who fled the fighting in Kunduz and Baghlan provinces have poured into "
        "Mazar-i-Sharif, aid agencies said.",
        set(),
        id="families_who_fled_the_fighting_in_two_provinces",
    ),
    # a fight's object runs to the place phrase: a long one ("the remaining government brigades")
    # still leaves the city on whose outskirts it is
    pytest.param(
        SYRIA,
        SYRIA_WEDNESDAY,
        "Rebel units are clashing with the remaining government brigades on the eastern outskirts of "
        "Hama, the monitor said.",
        {("hama", "contested", "asserted", "2024-12-04")},
        id="a_long_object_before_the_outskirts",
    ),
    # a prison on a city's edge is a post: breaking into it is no entry into the city
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "Insurgents broke into the central prison on the northern edge of Homs on Saturday and freed "
        "hundreds of inmates.",
        set(),
        id="a_prison_on_the_edge_of_the_city",
    ),
    # a fall counted after another with no verb of its own ("the seventh capital to fall in five
    # days, after X on Sunday"): X fell too, on its own day or the same day the sentence says
    pytest.param(
        AF,
        AF_TUESDAY_EVENING,
        "The Taliban overran Farah on Tuesday, the seventh provincial capital to fall in five days, after "
        "Taloqan in Takhar on Sunday.",
        {("farah", "captured", "asserted", "2021-08-10"), ("taloqan", "captured", "asserted", "2021-08-08")},
        id="to_fall_after_x_on_its_day",
    ),
    pytest.param(
        AF,
        AF_SUNDAY_NIGHT,
        "The insurgents seized Sar-e Pul on Sunday evening, the second capital to be taken in one day "
        "following Kunduz.",
        {
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
        },
        id="to_be_taken_in_one_day_following_x",
    ),
    # "hours after overrunning X" before a take in the small hours: X fell the evening before, with a
    # participle as with "hours after they overran X"
    pytest.param(
        AF,
        AF_FRIDAY_NOON,
        "The insurgents seized Kandahar in the small hours of Friday, hours after overrunning Herat, "
        "officials said.",
        {("kandahar", "captured", "asserted", "2021-08-13"), ("herat", "captured", "asserted", "2021-08-12")},
        id="hours_after_a_participle_before_the_small_hours",
    ),
    # ", as the rebels said ..." turns to another speaker: the ministry's concession does not confirm
    # the rebels' claim
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "The defence ministry conceded on Thursday that militants had overrun large parts of Hama, as the "
        "rebels said they had taken all of the city.",
        {("hama", "captured", "partial", "2024-12-05"), ("hama", "captured", "claimed", "2024-12-05")},
        id="as_another_speaker_said_is_a_turn",
    ),
    # "passed on Friday to ..." with the day between the verb and its side
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_NIGHT,
        "The city of Suwayda passed on Friday to Druze armed groups after the governor left.",
        {("suwayda", "captured", "asserted", "2024-12-06")},
        id="passed_on_friday_to",
    ),
    # the incumbent's speaker "saying its units were in complete control of the city": still its own
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_NIGHT,
        "Insurgents said they had reached the centre of Hama. The defence ministry rejected the report as "
        "propaganda, saying its units were in complete control of the city.",
        {("hama", "entered", "denied", "2024-12-03")},
        id="saying_its_units_were_in_control",
    ),
    # the inverted conditional "Had the army retaken X ..., would Y have held?" tells no retake
    pytest.param(
        SYRIA,
        SYRIA_MONDAY_LATER,
        "Had the regime retaken Aleppo within days, as Moscow urged, would Hama have held?",
        set(),
        id="inverted_had_is_a_conditional",
    ),
    # a national capital someone made a deal or peace with stands for its government: no
    # antecedent for "the city"
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_NOON,
        "In Deraa the end came on Friday. Local commanders, most of them former rebels who struck a deal "
        "with Damascus in 2018, took control of the city.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="a_deal_with_damascus_is_with_the_government",
    ),
    # a heading's "a year ago today" counts from the filing once: the lines under it are of that day,
    # not a year before it
    pytest.param(
        AF,
        AF_ANNIVERSARY,
        "A year ago today: the north in a single day\n\nMAZAR-I-SHARIF — The city fell to the insurgents "
        "in the evening after its militia commanders fled.",
        {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        id="a_year_ago_today_heading_counts_once",
    ),
    # "every district of the province except the capital": that province's seat, not the national
    # capital, so "the city" after it is still the story's
    pytest.param(
        AF,
        AF_SEPTEMBER,
        "In Kunduz, the province had been slipping away for weeks. By the start of August the insurgents "
        "held every district of the province except the capital. On Aug. 7, fighting reached the city's "
        "southern edge.",
        {("kunduz", "contested", "asserted", "2021-08-07")},
        id="the_capital_after_the_province_is_its_seat",
    ),
    # "agreed with Taliban commanders on Friday to hand over the city": done, as "agreed to" is
    pytest.param(
        AF,
        AF_SATURDAY_MORNING,
        "In Tarinkot, the governor agreed with Taliban commanders on Friday to hand over the city, "
        "officials said.",
        {
            ("tarinkot", "surrendered", "asserted", "2021-08-13"),
            ("tarinkot", "captured", "asserted", "2021-08-13"),
        },
        id="agreed_with_them_to_hand_over",
    ),
    # "went on the 10th" is a fall, and the items after it with a day and no verb of their own fell
    # too, each on its day ("Faizabad on the 11th, Ghazni and Herat both on the 12th")
    pytest.param(
        AF,
        AF_SEPTEMBER_FIFTH,
        "Zaranj fell on August 6. Farah and Pul-e Khumri went on the 10th, Faizabad on the 11th, Ghazni "
        "and Herat both on the 12th.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
            ("faizabad", "captured", "asserted", "2021-08-11"),
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("herat", "captured", "asserted", "2021-08-12"),
        },
        id="went_on_the_10th_then_gapped_items_with_days",
    ),
    # "Eight years, three ceasefires and a million refugees after the army retook Aleppo": years
    # after, past what else they counted
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_MORNING,
        "Eight years, three ceasefires and a million refugees after the army retook Aleppo, the rebels are "
        "back.",
        set(),
        id="years_and_more_after",
    ),
    # an entry headed by a time of day ("EVENING - ...") is no item from abroad: the presidential
    # palace is still the national capital's seat
    pytest.param(
        AF,
        AF_SUNDAY_LATE,
        "MORNING - Jalalabad was handed over to the Taliban without a fight, officials said.\n\nEVENING - "
        "Shortly before 9 pm, television showed Taliban commanders and fighters inside the presidential "
        "palace.",
        {
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("kabul", "entered", "asserted", "2021-08-15"),
            ("kabul", "captured", "asserted", "2021-08-15"),
        },
        id="a_time_of_day_head_is_no_place_abroad",
    ),
    # a timeline's "and by evening hold the city", its subject left out: the take
    pytest.param(
        SYRIA,
        SYRIA_TIMELINE,
        "FRIDAY, DECEMBER 6\n\nLocal factions push into Deraa at dawn and by evening hold the city.",
        {("daraa", "entered", "asserted", "2024-12-06"), ("daraa", "captured", "asserted", "2024-12-06")},
        id="and_by_evening_hold_the_city",
    ),
    # "drone attacks by regime forces on Idlib": the agent the attack names, striking from afar a city
    # the other side holds, no fight for it
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY_NOON,
        "The rebels said the offensive answered months of artillery and drone attacks by regime forces on "
        "Idlib.",
        set(),
        id="drone_attacks_by_the_holders_enemy",
    ),
    # what someone "expected" is no fight yet
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "Diplomats in Beirut said they expected heavy pressure on Homs from the north.",
        set(),
        id="expected_pressure",
    ),
    # a naval facility at a city is a post: entering it is no entry into the city
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_NOON,
        "Fighters briefly entered the Russian naval facility at Tartus on Monday, residents said.",
        set(),
        id="a_naval_facility_at_the_city",
    ),
    # capitals' names set in capitals inside a chronology's line are the places
    pytest.param(
        AF,
        AF_MONDAY_AFTER,
        "AUG. 13 - The worst day: KANDAHAR falls overnight, followed by LASHKAR GAH (Helmand).",
        {
            ("kandahar", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
        },
        id="names_in_capitals_inside_a_line",
    ),
    # a fact box's head with the province after a comma in ordinary case ("SHARANA, Paktika - Aug.
    # 14.") dates and places the note under it
    pytest.param(
        AF,
        AF_FRIDAY_AFTER,
        "Below are the capitals handed over by deal.\n\nSHARANA, Paktika - Aug. 14. Handed over by "
        "agreement between elders and officials.",
        {
            ("sharana", "surrendered", "asserted", "2021-08-14"),
            ("sharana", "captured", "asserted", "2021-08-14"),
        },
        id="fact_box_head_with_a_cased_province",
    ),
    # a chronology's yearless date under an earlier year's head ("2016 - May: ... Aug. 1: ...") is
    # of that year
    pytest.param(
        AF,
        AF_WEDNESDAY_AFTER,
        "2016 - May: A push on Lashkar Gah is repelled. Aug. 1: The Taliban storm into Kunduz before being "
        "driven out days later.",
        set(),
        id="a_yearless_date_under_a_year_head",
    ),
    # "the table below sets out the provincial capitals in the order they fell" heads a list of falls
    pytest.param(
        AF,
        AF_ANNIVERSARY,
        "The table below sets out the provincial capitals in the order they fell.\n\nAUG. 9 - AYBAK "
        "(Samangan), handed over by its elders.\n\nAUG. 10 - FARAH.",
        {
            ("aybak", "surrendered", "asserted", "2021-08-09"),
            ("aybak", "captured", "asserted", "2021-08-09"),
            ("farah", "captured", "asserted", "2021-08-10"),
        },
        id="the_table_below_in_the_order_they_fell",
    ),
    # a who-holds-what line "X: Taliban since Saturday" tells the take and its day
    pytest.param(
        AF,
        AF_WEDNESDAY_EVENING,
        "Who holds what in the north, as of Wednesday evening.\n\nSheberghan: Taliban since Saturday. "
        "Mazar-i-Sharif: government.",
        {("sheberghan", "captured", "asserted", "2021-08-07")},
        id="a_side_since_a_day",
    ),
    # "the bulk of" a city is a part of it
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Insurgents seized the bulk of Hama on Saturday, residents said.",
        {("hama", "captured", "partial", "2024-11-30")},
        id="the_bulk_of_the_city",
    ),
    # where fighters "had driven over from" is where they came from: no retake of it
    pytest.param(
        SYRIA,
        SYRIA_MONDAY_EVENING,
        "In Tartus, officers negotiated with rebel commanders who had driven over from Homs, and by midday "
        "the rebels were in control of the city.",
        {("tartus", "captured", "asserted", "2024-12-09")},
        id="driven_over_from_is_an_origin",
    ),
    # a list item that tells its own history ("fell ... in March 2015") takes nothing from the
    # list's heading
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY_MORNING,
        "Where the fighting is:\n\n* Aleppo, where rebels are battling troops on the western edge of the "
        "city.\n\n* Idlib city, which fell to an Islamist alliance in March 2015 and is the rebels' seat.",
        {("aleppo", "contested", "asserted", "2024-11-29")},
        id="a_list_item_of_an_earlier_year",
    ),
    # a running tally of "capitals lost by the government" (its note's time zone naming no capital):
    # each bare item "DARAA - southern factions, Dec 6" a take on its day
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_MORNING,
        "RUNNING TALLY - provincial capitals lost by the government since Nov 27 (updated 0900 Damascus "
        "time, Dec 7)\n\nDARAA - southern factions, Dec 6\n\nHAMA - rebels, Dec 5",
        {("daraa", "captured", "asserted", "2024-12-06"), ("hama", "captured", "asserted", "2024-12-05")},
        id="a_running_tally_of_capitals_lost",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_NIGHT,
        "The monitor said on Saturday that the rebels had pushed into two northern districts of Homs "
        "and that heavy fighting was raging on its eastern outskirts.",
        {("homs", "entered", "asserted", "2024-12-07"), ("homs", "contested", "asserted", "2024-12-07")},
        id="a_reports_next_clause_of_fighting_on_the_outskirts",
    ),
    pytest.param(
        AF,
        AF_FRIDAY_NOON,
        "The Taliban took Kandahar in the early hours of Friday, officials said.\n\n"
        "The governor had boarded a plane for Kabul before the city fell, an aide said.",
        {("kandahar", "captured", "asserted", "2021-08-13")},
        id="a_plane_boarded_for_a_city_is_where_it_went",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY_NIGHT,
        "By Thursday evening the rebels had taken Hama, the city that the army, backed by tanks and "
        "helicopters, had stormed in the summer of 2011 after a month-long standoff.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="a_dated_take_before_a_relative_clause_of_an_earlier_year",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY_NIGHT,
        "Talbiseh lies between Hama, which the factions overran on Thursday, and Homs, a town "
        "officials said was quiet.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="a_relative_clause_in_a_between_phrase_is_its_own_capitals",
    ),
    pytest.param(
        AF,
        AF_MONDAY_AFTER,
        "Listed below: every provincial capital (province in brackets) and the date it passed to "
        "the insurgents.\n\nFARAH (Farah) - Aug 10.\n\nNILI (Daykundi) - Aug 15. Taliban claim only; "
        "not confirmed independently.",
        {("farah", "captured", "asserted", "2021-08-10"), ("nili", "captured", "claimed", "2021-08-15")},
        id="a_list_of_every_capital_and_the_date_it_passed",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_NOON,
        "Local armed groups drove government forces out of Daraa on Friday, a monitor said.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="the_holder_driven_out_by_its_challenger_is_a_capture",
    ),
    pytest.param(
        AF,
        AF_TUESDAY_EVENING,
        "The Taliban took Farah on Tuesday, the head of the provincial council said.\n\n"
        "He said urgent requests to Kabul for air support had gone unheeded and that the governor's "
        "compound was now in Taliban hands.",
        {("farah", "captured", "asserted", "2021-08-10")},
        id="a_request_to_the_national_capital_is_to_its_government",
    ),
    pytest.param(
        AF,
        AF_THURSDAY_NIGHT,
        "Taliban fighters broke into Herat on Thursday afternoon, residents said. Late at night a "
        "Taliban spokesman said the whole city was in the movement's hands.",
        {("herat", "entered", "asserted", "2021-08-12"), ("herat", "captured", "claimed", "2021-08-12")},
        id="in_the_movements_hands",
    ),
    pytest.param(
        AF,
        AF_SUNDAY_NIGHT,
        "Sheberghan and Kunduz fell to the insurgents on Sunday, officials in both provinces said and "
        "confirmed, and the insurgents say they have also taken Taloqan.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-08"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "claimed", "2021-08-08"),
        },
        id="a_claim_with_a_speaker_of_its_own_after_a_confirmation",
    ),
    pytest.param(
        AF,
        AF_SUNDAY_NIGHT,
        "The insurgents said they had also taken Sar-e Pul.\n\n"
        "KUNDUZ, Aug 8: Fighters raised their flag over the governor's compound in the morning, residents said.",
        {
            ("sar-e-pul", "captured", "claimed", "2021-08-08"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
        },
        id="a_paragraph_headed_by_a_capital_and_its_day",
    ),
    pytest.param(
        AF,
        AF_SATURDAY,
        "Kandahar fell to the insurgents on Friday, officials said.\n\n"
        "Aug. 13 - QALAT (Zabul): Officials said the capital of the southern province had fallen to the "
        "insurgents in the afternoon.",
        {("kandahar", "captured", "asserted", "2021-08-13"), ("qalat", "captured", "asserted", "2021-08-13")},
        id="the_capital_of_the_southern_province",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY_NIGHT,
        "Residents said the fighters had entered Hama to avenge a forty-year-old wound, a reference to the "
        "1982 massacre in which soldiers under the elder Assad killed thousands while crushing a revolt in the city.",
        {("hama", "entered", "asserted", "2024-12-06")},
        id="a_closing_reference_to_an_earlier_year",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY_NIGHT,
        "The opposition factions had entered Hama on 5/12/2024 after the regime army withdrew.",
        {("hama", "entered", "asserted", "2024-12-05")},
        id="a_slashed_date_with_its_year_inside_a_sentence",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_NOON,
        "Southern fighters, who took over the governorate building in Daraa on 6/12, said they would keep order.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="a_slashed_day_after_on",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_the_holders_heir_beside_its_challenger_defends(extractor: Extractor) -> None:
    """Both sides named before a fight for a city: the one that carries the holder's cause on (the
    theatre's `succeeds`) defends it, the challenger presses it; named alone, the heir presses."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2021-09-04T20:00:00+04:30"),
        body="Taliban and resistance fighters battled on the southern edge of Bazarak on Saturday, residents said.",
    )
    assert [(e.capital, e.type, e.actor) for e in extractor.extract(article)] == [
        ("bazarak", "contested", "taliban")
    ]
    alone = article.model_copy(
        update={"body": "Resistance fighters battled on the southern edge of Charikar on Saturday."}
    )
    assert [(e.capital, e.type, e.actor) for e in extractor.extract(alone)] == [
        ("charikar", "contested", "nrf")
    ]


def test_a_tally_items_side_is_its_notes(syria_extractor: Extractor) -> None:
    """A bare tally item's note opens on the side that took the city ("southern factions, Dec 6"),
    not the heading's default attacker."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2024-12-07T10:00:00+03:00"),
        body="RUNNING TALLY - provincial capitals lost by the government since Nov 27\n\n"
        "DARAA - southern factions, Dec 6\n\nDEIR EZZOR - SDF, Dec 6, after government withdrawal",
    )
    assert sorted((e.capital, e.type, e.actor) for e in syria_extractor.extract(article)) == [
        ("daraa", "captured", "southern"),
        ("deir-ez-zor", "captured", "sdf"),
    ]


def test_unnamed_fighters_are_the_side_of_the_places_they_come_from(syria_extractor: Extractor) -> None:
    """Factions named only by where they come from press a city for those places' local side
    (the theatre's `local_side`), not the default attacker."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2024-12-07T21:00:00+03:00"),
        body="Armed groups from Quneitra and Daraa said on Saturday that their men were fighting troops "
        "on the southern outskirts of Damascus.",
    )
    assert [(e.capital, e.type, e.actor) for e in syria_extractor.extract(article)] == [
        ("damascus", "contested", "southern")
    ]


def test_the_city_after_a_leads_news_beside_an_earlier_fall(syria_extractor: Extractor) -> None:
    """A sentence that tells the headline city's news beside another city's earlier fall ("captured
    Hama on Thursday, five days after seizing Aleppo"): "the city" next is the headline's."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2024-12-05T21:00:00+03:00"),
        title="Rebels take Hama",
        body="Rebels captured Hama on Thursday, five days after seizing Aleppo, residents said.\n\n"
        "Columns of fighters entered the city from the north in the early afternoon.",
    )
    assert sorted(
        (e.capital, e.type, str(e.event_time.date())) for e in syria_extractor.extract(article)
    ) == [
        ("aleppo", "captured", "2024-11-30"),
        ("hama", "captured", "2024-12-05"),
        ("hama", "entered", "2024-12-05"),
    ]
