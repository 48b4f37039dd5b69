"""General rules found in session 31's rounds (reconstructions told hour by hour, rolling coverage,
ordinary intake), each tested on sentences of our own (never the rounds' sentences): the text, the
theatre it is read in, when it was published, and every control event it must yield (capital, type,
modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

SYRIA_LOOK_BACK = "2024-12-20T10:00:00+03:00"  # Friday 20 Dec 2024, two weeks on
SYRIA_MONDAY = "2024-12-09T12:00:00+03:00"  # Monday 9 Dec 2024
SYRIA_SATURDAY_NIGHT = "2024-12-07T23:00:00+03:00"  # Saturday 7 Dec 2024
SYRIA_MARCH = "2025-03-14T12:00:00+03:00"  # Friday 14 Mar 2025
AF_TUESDAY = "2021-08-10T12:00:00+04:30"  # Tuesday 10 Aug 2021
AF_SATURDAY = "2021-07-10T18:45:00+04:30"  # Saturday 10 Jul 2021
AF_JULY = "2021-07-20T12:00:00+04:30"  # Tuesday 20 Jul 2021
AF_OCTOBER = "2021-10-01T12:00:00+04:30"  # Friday 1 Oct 2021

CASES = [
    # an hour told with its own day ("Shortly after 9 a.m. on Thursday, Dec. 5") is the story's day,
    # no time clause of "after"; nor does it head an hour-by-hour section dated by the day before
    pytest.param(
        SYRIA,
        SYRIA_LOOK_BACK,
        "By the next day, Wednesday, Dec. 4, the fighting had reached the northern edge of Hama.\n\n"
        "Shortly after 9 a.m. on Thursday, Dec. 5, people in the Arbaeen district watched the first "
        "pickups drive in. Soon crowds gathered in the square.\n\n"
        "Hama had fallen within a morning.",
        {("hama", "contested", "asserted", "2024-12-04"), ("hama", "captured", "asserted", "2024-12-05")},
        id="an_hour_with_its_own_day_is_no_time_clause",
    ),
    pytest.param(
        SYRIA,
        SYRIA_LOOK_BACK,
        "By Wednesday, Dec. 4, fighting had reached the northern edge of Hama.\n\n"
        "Shortly after 9 a.m. on Thursday, Dec. 5, the first fighters entered Hama.\n\n"
        "On Saturday, Dec. 7, the rebels reached Homs from the north.\n\n"
        "Shortly before midnight, the rebel command declared full control of the city.",
        {
            ("hama", "contested", "asserted", "2024-12-04"),
            ("hama", "entered", "asserted", "2024-12-05"),
            ("homs", "captured", "claimed", "2024-12-07"),
        },
        id="an_hour_with_its_own_day_heads_no_section",
    ),
    # "by the end of the day", "by late morning": the day the text spoke of last
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "The guns fell silent a little before dawn on Thursday. By the end of the day, Hama was in "
        "the hands of the rebels.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="by_the_end_of_the_day",
    ),
    # a side's adjective before "channels" or "accounts": that side's own words
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Late on Wednesday, rebel channels on Telegram said fighters had broken into Hama.",
        {("hama", "entered", "claimed", "2024-12-04")},
        id="a_sides_adjective_before_channels",
    ),
    # "The pullout came a day after ...": the day before the story's first news, not the filing's
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Government troops left Deir al-Zor before dawn on Friday and the SDF took over the city.\n\n"
        "The pullout came a day after the rebels seized Hama.",
        {
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
            ("hama", "captured", "asserted", "2024-12-05"),
        },
        id="came_a_day_after_counts_from_the_first_news",
    ),
    # (in a story of the day before its filing, from that day)
    pytest.param(
        AF,
        AF_TUESDAY,
        "The Taliban overran Aybak on Monday, officials said.\n\n"
        "The loss of Aybak came a day after the Taliban took Kunduz.",
        {("aybak", "captured", "asserted", "2021-08-09"), ("kunduz", "captured", "asserted", "2021-08-08")},
        id="came_a_day_after_the_news_of_the_day_before",
    ),
    # "were among the first to enter": an entry that happened
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "On Saturday night, southern fighters were among the first to enter Damascus.",
        {("damascus", "entered", "asserted", "2024-12-07")},
        id="among_the_first_to_enter",
    ),
    # "the same day" after a sentence that opened on its day: that day, not the last fall's
    pytest.param(
        SYRIA,
        SYRIA_LOOK_BACK,
        "Local fighters took Deraa on Friday, Dec. 6.\n\n"
        "On Saturday, Dec. 7, the army said it had pulled back in the south. Factions took over "
        "Quneitra the same day.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("quneitra", "captured", "asserted", "2024-12-07")},
        id="the_same_day_as_the_sentence_before",
    ),
    # guard: a day told deep in the sentence before (a flash-forward) is not "the same day"
    pytest.param(
        AF,
        "2021-08-19T12:00:00+04:30",
        "The Taliban took Kabul on Sunday, Aug. 15, meeting almost no resistance. Ghani had "
        "left in the afternoon; he turned up on Wednesday in the Emirates. Earlier the same day "
        "Jalalabad was handed over by its governor.",
        {
            ("kabul", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
        },
        id="guard_the_same_day_not_a_flash_forward",
    ),
    # under a day heading, a bare weekday that is the heading's is that day; a past perfect's
    # weekday is before it
    pytest.param(
        SYRIA,
        SYRIA_LOOK_BACK,
        "SATURDAY, DECEMBER 7\n\n"
        "The convoys were moving before noon. Men who had met the elders on Thursday were among the "
        "first to enter Damascus on Saturday night.",
        {("damascus", "entered", "asserted", "2024-12-07")},
        id="a_heading_weekday_under_its_heading",
    ),
    # a part of a month: a rough day in it, not the filing's
    pytest.param(
        SYRIA,
        SYRIA_MARCH,
        "Rebels overran Aleppo at the end of November.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="the_end_of_a_month",
    ),
    pytest.param(
        SYRIA,
        SYRIA_MARCH,
        "Rebels overran Aleppo in late November.",
        {("aleppo", "captured", "asserted", "2024-11-27")},
        id="late_in_a_month_within_the_campaign",
    ),
    pytest.param(
        AF,
        AF_OCTOBER,
        "The Taliban overran Zaranj in early August.",
        {("zaranj", "captured", "asserted", "2021-08-05")},
        id="early_in_a_month",
    ),
    # guard: a month still to come is a deadline, no day
    pytest.param(
        AF,
        AF_JULY,
        "The Taliban captured Qala-e-Naw on Tuesday, weeks before the withdrawal ends at the end of August.",
        {("qala-e-naw", "captured", "asserted", "2021-07-20")},
        id="guard_a_month_to_come",
    ),
    # guard: "of that year" is the year told before, history
    pytest.param(
        AF,
        AF_OCTOBER,
        "The worst came in 2016. In early October of that year the Taliban pushed into Kunduz.",
        set(),
        id="guard_a_month_of_that_year",
    ),
    # where one teller went is where the story goes on: "the city" after it
    pytest.param(
        SYRIA,
        SYRIA_LOOK_BACK,
        "On Monday, Dec. 9, she drove north to Latakia to find her brother. The city had been taken "
        "without a fight.",
        {
            ("latakia", "captured", "asserted", "2024-12-09"),
            ("latakia", "surrendered", "asserted", "2024-12-09"),
        },
        id="where_the_teller_went",
    ),
    # guard: where crowds fled is no place the news is in
    pytest.param(
        SYRIA,
        SYRIA_LOOK_BACK,
        "On Monday, Dec. 9, thousands of families fled to Latakia. The city had been taken without a fight.",
        set(),
        id="guard_where_crowds_fled",
    ),
    # an adverb inside the quote: "was "completely liberated""
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_NIGHT,
        'The rebel command said on Saturday that Homs was "completely liberated".',
        {("homs", "captured", "claimed", "2024-12-07")},
        id="an_adverb_inside_the_quote",
    ),
    # an appositive holding a list of its own is skipped whole
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_NIGHT,
        "Residents said no soldier was left in Homs. The country's third-largest city, the junction "
        "linking Damascus, the coast and the north, had changed hands on Saturday.",
        {("homs", "captured", "asserted", "2024-12-07")},
        id="an_appositive_with_a_list",
    ),
    # an hour with no day, after a paragraph that told its day (filed days later): that day
    pytest.param(
        AF,
        AF_SATURDAY,
        "Shortly before dawn on Wednesday the offensive reached the provincial capital.\n\n"
        "Fighters attacked Qala-e-Naw from the north at about 4 a.m., officials said.",
        {("qala-e-naw", "contested", "asserted", "2021-07-07")},
        id="an_hour_on_the_day_told_before",
    ),
    # "by early afternoon", "around mid-morning", "in the small hours": the day told last
    pytest.param(
        AF,
        AF_SATURDAY,
        "The attack began on Wednesday.\n\nBy early afternoon the insurgents had seized Qala-e-Naw.",
        {("qala-e-naw", "captured", "asserted", "2021-07-07")},
        id="by_early_afternoon",
    ),
    pytest.param(
        AF,
        "2021-08-17T11:00:00+04:30",
        "The news reached Kabul early on Sunday.\n\nIn the small hours, the governor of Nangarhar had "
        "surrendered Jalalabad to the Taliban.",
        {
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
        },
        id="in_the_small_hours",
    ),
    # "he said the fighters had taken X", with no "that": backshifted news of the paragraph's day
    pytest.param(
        AF,
        AF_SATURDAY,
        "Fighting reached the centre of Qala-e-Naw on Wednesday. In a post on Twitter a Taliban "
        "spokesman said the fighters had taken the whole city.",
        {
            ("qala-e-naw", "entered", "asserted", "2021-07-07"),
            ("qala-e-naw", "captured", "claimed", "2021-07-07"),
        },
        id="said_had_with_no_that",
    ),
    # a day between a verb of movement and "into"
    pytest.param(
        AF,
        "2021-08-07T11:00:00+04:30",
        "The Taliban pushed on Friday into Sheberghan, the capital of Jowzjan province.",
        {("sheberghan", "entered", "asserted", "2021-08-06")},
        id="a_day_between_the_verb_and_into",
    ),
    # "dismissed the statement as false": a denial of the claim before it
    pytest.param(
        AF,
        "2021-08-07T11:00:00+04:30",
        "A Taliban spokesman said on Friday that fighters had seized Sheberghan; a provincial official "
        "dismissed the statement as false.",
        {("sheberghan", "captured", "denied", "2021-08-06")},
        id="dismissed_the_statement_as_false",
    ),
    # an event hours before the first hours of a day: the day before
    pytest.param(
        AF,
        "2021-08-13T10:00:00+04:30",
        "The Taliban captured Kandahar in the early hours of Friday, officials said, hours after the "
        "insurgents seized the western city of Herat.",
        {("kandahar", "captured", "asserted", "2021-08-13"), ("herat", "captured", "asserted", "2021-08-12")},
        id="hours_before_the_small_hours",
    ),
    # guard: hours before an event of a day told as such: that day
    pytest.param(
        AF,
        "2021-08-18T10:00:00+04:30",
        "The Taliban entered Kabul on Sunday, hours after they took Jalalabad without a fight.",
        {
            ("kabul", "entered", "asserted", "2021-08-15"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
        },
        id="guard_hours_before_on_the_same_day",
    ),
    # "In Sar-e-Pul, ... the capital had fallen": the provincial capital the fronted place names
    pytest.param(
        AF,
        "2021-08-08T20:00:00+04:30",
        "In Sar-e-Pul, a lawmaker from the province said the capital had fallen after days of fighting.",
        {("sar-e-pul", "captured", "asserted", "2021-08-08")},
        id="the_capital_after_a_fronted_provincial_capital",
    ),
    # a second subject after "and", with no comma: its own speaker
    pytest.param(
        AF,
        "2021-08-08T20:00:00+04:30",
        "Taliban fighters pushed into the centre of Kunduz on Sunday and the insurgents said they had "
        "captured the city, though the government insisted its forces were still fighting back.",
        {("kunduz", "entered", "asserted", "2021-08-08"), ("kunduz", "captured", "claimed", "2021-08-08")},
        id="the_speaker_after_and_with_no_comma",
    ),
    # nearing a city is no attack on it, nor is it entered with the city before it
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_NIGHT,
        "Rebels broke into Homs on Saturday and closed in on Damascus.",
        {("homs", "entered", "asserted", "2024-12-07")},
        id="closing_in_is_no_attack",
    ),
    # guard: the city before another is not that other one
    pytest.param(
        AF,
        "2021-08-18T12:30:00+04:30",
        "By Sunday morning Jalalabad had changed hands without a shot. Elders told us how the last major "
        "city before Kabul was handed over.",
        {
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
        },
        id="guard_the_city_before_another",
    ),
    # guard: where a teller speaks from is no place of the news before
    pytest.param(
        AF,
        "2021-08-11T16:20:00+04:30",
        '"We waited for help," a soldier who escaped before the surrender told us from a relative\'s '
        "house in Mazar-i-Sharif.",
        set(),
        id="guard_where_a_teller_speaks_from",
    ),
    # a defensive line on a side of the city: broken through, the city is entered
    pytest.param(
        AF,
        "2021-08-14T10:00:00+04:30",
        "On Thursday fighters broke through the defensive lines on the western side of Herat.",
        {("herat", "entered", "asserted", "2021-08-12")},
        id="through_the_lines_on_a_side_of_the_city",
    ),
    # "called that "lies"", "calls reports that ... "completely baseless"": a denial of the claim
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_NIGHT,
        "A rebel account claimed on Saturday that fighters had entered Homs. The defence ministry "
        'called that "lies".',
        {("homs", "entered", "denied", "2024-12-07")},
        id="called_that_lies",
    ),
    pytest.param(
        SYRIA,
        "2024-12-04T22:35:00+03:00",
        'The defence ministry calls reports that "terrorist groups" have entered Hama "completely baseless".',
        {("hama", "entered", "denied", "2024-12-04")},
        id="calls_reports_completely_baseless",
    ),
    # a dateline that opens a paragraph after a correction note: the filing's day, no event's
    pytest.param(
        SYRIA,
        "2024-12-08T02:05:00+03:00",
        "(Corrects day of Hama's fall in paragraph 3 to Thursday, not Wednesday)\n\n"
        "BEIRUT, Dec 8 (Agency) - Syrian rebels said late on Saturday they had taken full control of Homs.",
        {("homs", "captured", "claimed", "2024-12-07")},
        id="a_dateline_after_a_correction_note",
    ),
    # a part of a day with its date, between two objects of one verb
    pytest.param(
        SYRIA,
        "2024-12-10T12:00:00+03:00",
        "The rebels took Latakia on the evening of 8 December and Tartus the following day.",
        {("latakia", "captured", "asserted", "2024-12-08"), ("tartus", "captured", "asserted", "2024-12-09")},
        id="the_evening_of_a_date_between_two_objects",
    ),
    # "in the days after X fell": no count of days
    pytest.param(
        SYRIA,
        "2024-12-10T12:00:00+03:00",
        "Jets struck Idlib in the days after Aleppo fell.",
        {("aleppo", "captured", "asserted", "2024-12-10")},
        id="in_the_days_after",
    ),
    # German and French transliterations in translated copy are the theatre's spellings too
    pytest.param(
        AF,
        "2021-08-09T12:00:00+04:30",
        "The Taliban took Kundus and Schiberghan on Sunday, and Sarandsch fell on Friday.",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sheberghan", "captured", "asserted", "2021-08-08"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
        },
        id="translated_spellings",
    ),
    # "the town" after a town that is no capital was named: that town, not a capital named in passing
    pytest.param(
        AF,
        "2021-07-18T12:00:00+04:30",
        "Afghan forces launched an operation to retake Spin Boldak, the border town on the road to "
        "Pakistan. A spokesman for the Kandahar governor said commandos had reached the outskirts of "
        "the town.",
        set(),
        id="the_town_after_a_town_that_is_no_capital",
    ),
    # a state "since" an event of an early year: no event of now
    pytest.param(
        SYRIA,
        "2024-12-02T12:00:00+03:00",
        "Idlib has been out of government control since an alliance of Islamist factions drove the "
        "army from the city in March 2015.",
        set(),
        id="a_state_since_an_event_of_an_early_year",
    ),
    # "none of" the tellers said it: no claim
    pytest.param(
        SYRIA,
        "2024-12-06T12:00:00+03:00",
        "By mid-morning none of the rebel channels had reported fighting inside Homs itself.",
        set(),
        id="none_of_the_tellers_said_it",
    ),
    # "continue to besiege": the verb after it happens, no purpose
    pytest.param(
        AF,
        "2021-08-08T22:50:00+04:30",
        "In the south the insurgents continue to besiege Lashkar Gah and Kandahar.",
        {
            ("lashkar-gah", "contested", "asserted", "2021-08-08"),
            ("kandahar", "contested", "asserted", "2021-08-08"),
        },
        id="continue_to_besiege",
    ),
    # translated word order: a verb, its day, then its object
    pytest.param(
        AF,
        "2021-08-08T22:50:00+04:30",
        "The Taliban now hold five capitals, after taking on Friday Zarandj and on Saturday Schiberghan.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_verb_its_day_then_its_object",
    ),
    # a subject placed on a road between two other capitals, then its verb
    pytest.param(
        AF,
        "2021-08-14T09:40:00+04:30",
        "Qalat, capital of Zabul, on the highway that links Kabul with Kandahar, also fell on Friday evening.",
        {("qalat", "captured", "asserted", "2021-08-13")},
        id="a_subject_on_a_road_between_capitals",
    ),
    # "the government had lost it" after the insurgents broke in: the holder's loss
    pytest.param(
        SYRIA,
        "2024-12-10T12:00:00+03:00",
        "Insurgents broke into the western districts of Aleppo on Nov. 29, and by Nov. 30 the government had lost it.",
        {("aleppo", "entered", "asserted", "2024-11-29"), ("aleppo", "captured", "asserted", "2024-11-30")},
        id="the_government_had_lost_it",
    ),
    # "The city where ..., ..., fell": past the clause that picks the city out
    pytest.param(
        SYRIA,
        "2024-12-10T12:00:00+03:00",
        "Hama came next. The city where the father crushed a revolt in 1982, killing thousands, fell on Dec. 5.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="the_city_where_then_its_verb",
    ),
    # a short label line between a list's lead-in and its items keeps the list
    pytest.param(
        AF,
        "2021-08-12T23:30:00+04:30",
        "Below are the cities that have fallen, with the day each was taken.\n\nThe list\n\n"
        "1. Zaranj, Nimroz province — Aug. 6\n2. Sheberghan, Jowzjan — Aug. 7",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_label_line_before_the_items",
    ),
    # a group of items before one bracketed day shares it
    pytest.param(
        AF,
        "2021-08-14T08:30:00+04:30",
        "The Taliban have captured these capitals: Zaranj (Aug. 6); Kunduz, Sar-e Pul and Taloqan "
        "(Aug. 8); Farah and Pul-e Khumri (Aug. 10).",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="a_group_of_items_shares_its_bracketed_day",
    ),
    # "and Khowst in the southeast, where officials said the governor handed the city over"
    pytest.param(
        AF,
        "2021-08-16T08:15:00+04:30",
        "On Sunday the insurgents took Bamiyan in the central highlands, Maidan Shahr, just west of "
        "Kabul, and Khowst in the southeast, where officials said the governor had handed the city over.",
        {
            ("bamyan", "captured", "asserted", "2021-08-15"),
            ("maidan-shahr", "captured", "asserted", "2021-08-15"),
            ("khost", "captured", "asserted", "2021-08-15"),
            ("khost", "surrendered", "asserted", "2021-08-15"),
        },
        id="the_last_item_placed_then_where",
    ),
    # "the SDF controlled the city": a side's holding of the city told before
    pytest.param(
        SYRIA,
        "2024-12-06T23:15:00+03:00",
        "Government troops left Deir ez-Zor on Friday. By evening the SDF controlled the city.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="a_side_controlled_the_city",
    ),
    # a capital's name before "enclave" or "pocket" names the area, not the city
    pytest.param(
        SYRIA,
        "2024-11-28T12:00:00+03:00",
        "Before dawn, rebel fighters pushed out of the Idlib enclave into the countryside west of Aleppo.",
        set(),
        id="the_enclave_named_after_a_city",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
