"""General rules found in session 30's rounds (broadcast bulletins and two-ways, agency copy in the
seed's register, ordinary intake), each tested on sentences of our own (never the rounds'
sentences): the text, the theatre it is read in, when it was published, and every control event it
must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

SYRIA_MONDAY = "2024-12-09T12:00:00+03:00"  # Monday 9 Dec 2024
SYRIA_SUNDAY_MORNING = "2024-12-08T06:45:00+03:00"  # Sunday 8 Dec 2024
SYRIA_SUNDAY_EVENING = "2024-12-08T18:00:00+03:00"  # Sunday 8 Dec 2024
SYRIA_TUESDAY = "2024-12-03T12:00:00+03:00"  # Tuesday 3 Dec 2024
AF_SUNDAY = "2021-08-15T12:00:00+04:30"  # Sunday 15 Aug 2021
AF_WEDNESDAY = "2021-08-18T16:00:00+04:30"  # Wednesday 18 Aug 2021
AF_TUESDAY_LATE = "2021-08-24T12:30:00+04:30"  # Tuesday 24 Aug 2021

CASES = [
    # a surrender cue is found past a looser one that spans the capture ("in Deraa took the city
    # under a deal"): the deal still belongs to the capture
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "On Friday in the south, former rebels in Deraa took the city under a deal with the army.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("daraa", "surrendered", "asserted", "2024-12-06")},
        id="a_deal_after_a_capture_whose_place_came_first",
    ),
    # "announced full control of": a declared control needs no possessive
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "On Saturday the rebels announced full control of Homs.",
        {("homs", "captured", "claimed", "2024-12-07")},
        id="announced_full_control_of",
    ),
    pytest.param(
        AF,
        AF_SUNDAY,
        "The Taliban announced complete control over Kunduz on Sunday.",
        {("kunduz", "captured", "claimed", "2021-08-15")},
        id="announced_complete_control_over",
    ),
    # a capital that "was stormed" or "was entered" with no agent named: entered all the same
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Homs was stormed on 7 December, a week after Aleppo.",
        {("homs", "entered", "asserted", "2024-12-07")},
        id="stormed_with_no_agent",
    ),
    pytest.param(
        AF,
        AF_SUNDAY,
        "Kunduz was entered late on Saturday, officials said.",
        {("kunduz", "entered", "asserted", "2021-08-14")},
        id="entered_with_no_agent",
    ),
    # guard: an embassy in "the city" is what was stormed, as with the city's name
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Rebels reached the outskirts of Damascus on Saturday. The Iranian embassy in the city was stormed "
        "and ransacked on Sunday.",
        {("damascus", "contested", "asserted", "2024-12-07")},
        id="guard_the_embassy_in_the_city",
    ),
    # a count of capitals taken, then ", after X on Friday and Y on Saturday": a list of them
    pytest.param(
        AF,
        AF_SUNDAY,
        "The two cities bring to four the number of provincial capitals the Taliban have taken since "
        "Friday, after Zaranj in the southwest on Friday and Sheberghan in the north on Saturday.",
        {
            ("zaranj", "captured", "asserted", "2021-08-13"),
            ("sheberghan", "captured", "asserted", "2021-08-14"),
        },
        id="count_then_after_a_list",
    ),
    # a list item's own relative clause, closed before the next item
    pytest.param(
        AF,
        AF_SUNDAY,
        "On Saturday the Taliban took Sharana, which elders handed over under a deal, as well as Asadabad "
        "and Maymana.",
        {
            ("sharana", "captured", "asserted", "2021-08-14"),
            ("sharana", "surrendered", "asserted", "2021-08-14"),
            ("asadabad", "captured", "asserted", "2021-08-14"),
            ("maymana", "captured", "asserted", "2021-08-14"),
        },
        id="a_list_past_an_items_relative_clause",
    ),
    # guard: a relative clause followed by a clause of its own lists nothing
    pytest.param(
        AF,
        AF_SUNDAY,
        "On Saturday the Taliban took Sharana, which lies near the border, and Kabul stayed calm.",
        {("sharana", "captured", "asserted", "2021-08-14")},
        id="guard_a_relative_clause_then_a_clause",
    ),
    # "pushed through the city's defences": an entry, as breaking through them is
    pytest.param(
        AF,
        AF_SUNDAY,
        "Taliban fighters attacked Herat on Friday and pushed through the city's defences by the afternoon.",
        {("herat", "contested", "asserted", "2021-08-13"), ("herat", "entered", "asserted", "2021-08-13")},
        id="pushed_through_the_citys_defences",
    ),
    # "Aleppo itself, the country's largest city, was seized": past "itself" and the appositive
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Aleppo itself, the country's largest city, was seized on Saturday, Nov. 30.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="itself_then_an_appositive",
    ),
    # the holder "agreed to withdraw from" a capital: a handover by deal
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Local commanders said on Friday that the army had agreed to an orderly withdrawal from Deraa.",
        {("daraa", "surrendered", "asserted", "2024-12-06"), ("daraa", "captured", "asserted", "2024-12-06")},
        id="the_army_agreed_to_withdraw_from",
    ),
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Local commanders said on Friday that the army could agree to withdraw from Deraa.",
        set(),
        id="guard_could_agree_to_withdraw",
    ),
    # armed men "in" a capital as the subject: what they take with no object they take there
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "On Dec. 6, former rebels in Daraa, where the uprising began in 2011, took control.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="fighters_in_a_capital_took_control",
    ),
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Families in Daraa fled on Friday as fighting spread in the province.",
        set(),
        id="guard_families_in_a_capital",
    ),
    # "the first setback since they took Kabul on Sunday": that day is Kabul's, and the clause that
    # closes a claim with it is the reporter's background
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Resistance fighters claimed on Tuesday to have retaken Charikar, in what would be the first "
        "setback for the Taliban since they took Kabul on Sunday.",
        {("charikar", "retaken", "claimed", "2021-08-17"), ("kabul", "captured", "asserted", "2021-08-15")},
        id="the_first_setback_since_another_take",
    ),
    # guard: a holding "since" its entry is dated by the entry
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "The Taliban, who have controlled Kabul since they swept into the city on Sunday, named a cabinet.",
        {("kabul", "captured", "asserted", "2021-08-15"), ("kabul", "entered", "asserted", "2021-08-15")},
        id="guard_held_since_the_entry",
    ),
    # guard: "it was clear the city was ..." is no clearing of the city
    pytest.param(
        AF,
        AF_SUNDAY,
        "Taliban fighters entered Kabul on Sunday. By nightfall our correspondent said it was clear the city "
        "was under Taliban control.",
        {("kabul", "entered", "asserted", "2021-08-15"), ("kabul", "captured", "asserted", "2021-08-15")},
        id="guard_it_was_clear",
    ),
    # "and shortly before midnight they announced they had full control": the city of the clause before
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_MORNING,
        "The rebels pushed into Homs from the north on Saturday afternoon, and shortly before midnight they "
        "announced they had full control.",
        {("homs", "entered", "asserted", "2024-12-07"), ("homs", "captured", "asserted", "2024-12-07")},
        id="and_they_announced_they_had_full_control",
    ),
    # guard: the bare army "had full control": the holder's, no change of hands
    pytest.param(
        AF,
        AF_SUNDAY,
        "In Kunduz, the army had full control on Sunday, officials said.",
        set(),
        id="guard_the_army_had_full_control",
    ),
    # "dismissed that as false": a denial of the claim told before
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_MORNING,
        "On Saturday the rebels said they had begun encircling Damascus. The Defence Ministry dismissed that "
        "as false.",
        {("damascus", "contested", "denied", "2024-12-07")},
        id="dismissed_that_as_false",
    ),
    # guard: "its gates" long after the airport is named, with no city named since: the airport's
    pytest.param(
        AF,
        AF_TUESDAY_LATE,
        "Taliban fighters entered Kabul on Aug. 15.\n\nMilitary transport planes were taking off from Kabul "
        "airport at a rate of roughly one every 45 minutes, and tens of thousands of Afghans desperate to "
        "leave were still massed outside its gates.",
        {("kabul", "entered", "asserted", "2021-08-15")},
        id="guard_the_airports_gates_far_back",
    ),
    # guard: "it" after a village named before it is the village, not the story's city
    pytest.param(
        AF,
        AF_TUESDAY_LATE,
        "Taliban fighters entered Kabul on Aug. 15.\n\nA widow from Kunduz province said she had left her "
        "village with nothing when the fighting reached it last week.",
        {("kabul", "entered", "asserted", "2021-08-15")},
        id="guard_the_fighting_reached_her_village",
    ),
    # "over the weekend": the last weekend up to the filing, from its Saturday
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "Rebels battled troops north of Hama, as the offensive that seized Aleppo over the weekend pressed south "
        "towards the coast.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="seized_over_the_weekend",
    ),
    # guard: a day in a restrictive relative clause with an irregular verb ("fire that shut its
    # airport last weekend") is that clause's, not the fight's
    pytest.param(
        AF,
        "2021-08-06T21:40:00+04:30",
        "Kandahar has been under pressure for weeks, with fighting on its western outskirts and rocket fire "
        "that shut its airport last weekend.",
        {("kandahar", "contested", "asserted", "2021-08-06")},
        id="guard_a_weekend_in_a_restrictive_clause",
    ),
    # "took over the security buildings and the municipality": the seats that govern a town
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_EVENING,
        "In Douma, local armed men took over the security buildings and the municipality on Sunday morning, "
        "residents said.",
        {("douma", "captured", "asserted", "2024-12-08")},
        id="took_over_the_municipality",
    ),
    # checkpoints "ringing" a city: a place phrase around it, as "around" is
    pytest.param(
        AF,
        "2021-05-04T12:00:00+04:30",
        "Taliban fighters attacked army and police checkpoints ringing Lashkar Gah on Tuesday.",
        {("lashkar-gah", "contested", "asserted", "2021-05-04")},
        id="checkpoints_ringing_a_city",
    ),
    # a city that "remained a battlefield" is fought over
    pytest.param(
        AF,
        "2021-08-07T12:00:00+04:30",
        "In Lashkar Gah, residents said much of the city remained a battlefield on Saturday.",
        {("lashkar-gah", "contested", "asserted", "2021-08-07")},
        id="remained_a_battlefield",
    ),
    pytest.param(
        AF,
        "2021-08-07T12:00:00+04:30",
        "Lashkar Gah was a battlefield in 2010, when British troops fought there.",
        set(),
        id="guard_a_battlefield_in_history",
    ),
    # a declaration of control, then the holder's withdrawal told as the reporter's news: borne out
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_EVENING,
        "The rebels declared full control of Homs after the army withdrew from the city late on Saturday.",
        {("homs", "captured", "asserted", "2024-12-07")},
        id="declared_control_after_the_army_withdrew",
    ),
    # guard: the withdrawal inside the side's own reported words stays its claim
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_EVENING,
        "The rebels said on Saturday they had taken full control of Homs after the army withdrew.",
        {("homs", "captured", "claimed", "2024-12-07")},
        id="guard_a_withdrawal_in_the_claim",
    ),
    # a doubt in the next sentence about a take of its own leaves this sentence's news alone
    pytest.param(
        AF,
        "2021-08-13T18:00:00+04:30",
        "A security official said Taliban fighters had entered Feroz Koh on Friday. The Taliban later said "
        "they had taken the city; that claim could not be verified.",
        {
            ("feroz-koh", "entered", "asserted", "2021-08-13"),
            ("feroz-koh", "captured", "claimed", "2021-08-13"),
        },
        id="a_doubt_of_the_next_sentences_own_take",
    ),
    # a semicolon turns to another speaker as "but" does
    pytest.param(
        AF,
        "2021-08-14T12:00:00+04:30",
        "The Taliban said they had taken Gardez; a local official said fighting was continuing inside the city.",
        {("gardez", "captured", "claimed", "2021-08-14"), ("gardez", "entered", "asserted", "2021-08-14")},
        id="a_semicolon_turns_to_another_speaker",
    ),
    # armed men who "streamed into" a capital entered it (people streaming in are only going there)
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Rebel fighters streamed into Damascus in the early hours of Sunday.",
        {("damascus", "entered", "asserted", "2024-12-08")},
        id="fighters_streamed_into",
    ),
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Thousands of families streamed into Homs from the north on Sunday.",
        set(),
        id="guard_families_streamed_into",
    ),
    # a capital that "went" on a day, or the same way, fell
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Hama fell first, and Homs went the same way on Saturday.",
        {("hama", "captured", "asserted", "2024-12-07"), ("homs", "captured", "asserted", "2024-12-07")},
        id="went_the_same_way",
    ),
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Aleppo went quiet on Sunday as residents waited.",
        set(),
        id="guard_went_quiet",
    ),
    # officials in a provincial capital who speak of "the city" speak of their own
    pytest.param(
        AF,
        "2021-08-06T20:00:00+04:30",
        "Fighting went on in Lashkar Gah on Friday.\n\nIn the west, officials in Herat said government troops "
        "had pushed the insurgents out of several neighbourhoods on the southern edge of the city.",
        {
            ("lashkar-gah", "contested", "asserted", "2021-08-06"),
            ("herat", "retaken", "partial", "2021-08-06"),
        },
        id="officials_in_a_provincial_capital_speak_of_their_city",
    ),
    # "the governor's compound in Lashkar Gah was handed over": the seat that governs the city
    pytest.param(
        AF,
        AF_SUNDAY,
        "On Friday the governor's compound in Lashkar Gah was handed over to the Taliban.",
        {
            ("lashkar-gah", "surrendered", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
        },
        id="the_governors_compound_in_a_city_handed_over",
    ),
    pytest.param(
        AF,
        AF_SUNDAY,
        "On Friday the police headquarters in Kunduz was handed over to the Taliban.",
        set(),
        id="guard_a_police_headquarters_handed_over",
    ),
    # defenders who "put up no resistance": a handover
    pytest.param(
        AF,
        "2021-08-07T12:00:00+04:30",
        "On Friday the insurgents took Zaranj, where the deputy governor said government forces had put up "
        "no resistance.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("zaranj", "surrendered", "asserted", "2021-08-06"),
        },
        id="put_up_no_resistance",
    ),
    # a landmark in a place's own "lies south of" predicate has its own relative clause
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "Homs lies 40 km south of Hama, which the insurgents captured on Thursday.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="lies_south_of_a_city_which_was_captured",
    ),
    pytest.param(
        AF,
        AF_SUNDAY,
        "The Taliban took Maidan Shahr, 40 km west of Kabul, which fell on Sunday.",
        {("maidan-shahr", "captured", "asserted", "2021-08-15")},
        id="guard_an_aside_landmarks_relative_is_ambiguous",
    ),
    # the holder "agreed to an orderly withdrawal", officials "given safe passage": a handover by deal
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "Local fighters took control of Deraa on Friday after the army agreed to an orderly withdrawal.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("daraa", "surrendered", "asserted", "2024-12-06")},
        id="agreed_to_an_orderly_withdrawal",
    ),
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "Local fighters took control of Deraa on Friday, and officers were given safe passage to Damascus.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("daraa", "surrendered", "asserted", "2024-12-06")},
        id="given_safe_passage",
    ),
    # "ended with Kandahar's fall": a possessive nominal is the capital's own, past a preposition
    pytest.param(
        AF,
        "2021-08-16T12:00:00+04:30",
        "Fighting raged around Kandahar for weeks and ended with the city's fall to the Taliban on Aug. 13.",
        {
            ("kandahar", "contested", "asserted", "2021-08-13"),
            ("kandahar", "captured", "asserted", "2021-08-13"),
        },
        id="ended_with_the_citys_fall",
    ),
    # "brought large parts of the metropolis of Aleppo under their control": a (partial) capture
    pytest.param(
        SYRIA,
        "2024-11-30T12:00:00+03:00",
        "Islamist rebels have according to activists brought large parts of the northern metropolis of Aleppo "
        "under their control.",
        {("aleppo", "captured", "partial", "2024-11-30")},
        id="brought_under_their_control",
    ),
    pytest.param(
        SYRIA,
        "2024-11-30T12:00:00+03:00",
        "The army brought reinforcements to Hama under its control.",
        set(),
        id="guard_brought_reinforcements",
    ),
    # "went on Aug. 10": a capital that went on a date fell
    pytest.param(
        AF,
        AF_SUNDAY,
        "Pul-e Khumri, astride the road to Kabul, went on Aug. 10.",
        {("pul-e-khumri", "captured", "asserted", "2021-08-10")},
        id="went_on_a_date",
    ),
    # a list after "the same day as" goes on past an item's appositive
    pytest.param(
        AF,
        AF_SUNDAY,
        "Kunduz fell on Aug. 8, the same day as Taloqan, the capital of Takhar, and Sar-e Pul.",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
        },
        id="same_day_as_a_list_past_an_appositive",
    ),
    # a map key that says its list is of capitals taken, "with the date each one fell", heads the list
    pytest.param(
        AF,
        "2021-09-01T12:00:00+04:30",
        "What does the map show?\n\nShaded red: the provincial capitals taken by the Taliban, with the date "
        "each one fell.\n\n• 13 August: Kandahar, Lashkar Gah and Qalat.\n\n• 14 August: Sharana and Gardez.",
        {
            ("kandahar", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
            ("qalat", "captured", "asserted", "2021-08-13"),
            ("sharana", "captured", "asserted", "2021-08-14"),
            ("gardez", "captured", "asserted", "2021-08-14"),
        },
        id="a_map_keys_list_of_capitals_with_the_date_each_fell",
    ),
    # a bare verb after "and" shares the modal of the verb before it
    pytest.param(
        AF,
        "2021-08-11T12:00:00+04:30",
        "Taliban insurgents could isolate Kabul within 30 to 60 days and possibly take over the Afghan "
        "capital within 90, a US official said.",
        set(),
        id="guard_a_bare_verb_shares_the_modal",
    ),
    # "That summer" after a paragraph about 1998 is that year's summer: history
    pytest.param(
        AF,
        "2021-08-12T12:00:00+04:30",
        "When Ghani landed in Mazar-i-Sharif on Wednesday, many residents were thinking of August 1998."
        "\n\nThat summer, Taliban fighters swept into the city and killed thousands of people.",
        set(),
        id="guard_that_summer_of_a_past_year",
    ),
    # a list item's capitals each with its bracketed day, under a label with the span they cover
    pytest.param(
        AF,
        "2021-09-01T12:00:00+04:30",
        "Shaded red: the provincial capitals taken by the Taliban, with the date each one fell.\n\n"
        "• First wave, 6 to 9 August: Zaranj (6 August); Kunduz and Taloqan (8 August).\n\n"
        "• 15 August: Jalalabad, Khost, Bamyan, Parun, Charikar and, in the evening, Kabul.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("khost", "captured", "asserted", "2021-08-15"),
            ("bamyan", "captured", "asserted", "2021-08-15"),
            ("parun", "captured", "asserted", "2021-08-15"),
            ("charikar", "captured", "asserted", "2021-08-15"),
            ("kabul", "captured", "asserted", "2021-08-15"),
        },
        id="list_items_with_their_own_days_and_a_time_between_items",
    ),
    # "I went out to Douma, and people there told me fighters took over the town": the place gone to
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "I went out to Douma this afternoon, and people there told me local fighters took over the town "
        "early on Sunday.",
        {("douma", "captured", "asserted", "2024-12-08")},
        id="people_there_tell_of_the_town_gone_to",
    ),
    # guard: talks "taking place between" two sides "about the handing over" of a city: not yet
    pytest.param(
        SYRIA,
        SYRIA_MONDAY,
        "Sources said talks are taking place between the SDF and the Military Operations Command about the "
        "handing over of Deir ez-Zor city.",
        set(),
        id="guard_talks_taking_place_about_a_handover",
    ),
    # guard: a headline's "Damascus denies" is the government speaking, no item of the list before it
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "HTS says its fighters stormed Homs, Damascus denies",
        {("homs", "entered", "denied", "2024-12-07")},
        id="guard_damascus_denies",
    ),
    # a numbered section's title counts "the same day" from the story's day, not from a day told
    # in the section before
    pytest.param(
        AF,
        "2021-08-13T15:00:00+04:30",
        "1. It fell overnight.\n\nTaliban fighters took control of Kandahar in the early hours of Friday."
        "\n\n2. The fighting had been building for weeks.\n\nFighting first reached the western edges of the "
        "city on 9 July.\n\n4. Herat fell the same day.\n\nIn the west, Herat fell on Thursday.",
        {
            ("kandahar", "captured", "asserted", "2021-08-13"),
            ("kandahar", "contested", "asserted", "2021-07-09"),
            ("herat", "captured", "asserted", "2021-08-12"),
        },
        id="a_numbered_title_counts_from_the_storys_day",
    ),
    # guard: a relative clause after another capital is that capital's ("outside the city, ... the
    # loss of Aleppo, which the rebels seized last Saturday")
    pytest.param(
        SYRIA,
        "2024-12-05T18:00:00+03:00",
        "Syrian rebels captured Hama on Thursday after the army withdrew its troops to positions outside the "
        "city, a week after the loss of Aleppo, which the rebels seized last Saturday.",
        {("hama", "captured", "asserted", "2024-12-05"), ("aleppo", "captured", "asserted", "2024-11-30")},
        id="guard_a_relative_clause_after_another_capital",
    ),
    # a day in an "in which" clause is the clause's, past its list's commas
    pytest.param(
        SYRIA,
        "2024-12-08T18:00:00+03:00",
        "The fall of Damascus caps a 12-day campaign in which the insurgents took Aleppo on Nov. 30, Hama on "
        "Thursday and Homs late on Saturday.",
        {
            ("damascus", "captured", "asserted", "2024-12-08"),
            ("aleppo", "captured", "asserted", "2024-11-30"),
            ("hama", "captured", "asserted", "2024-12-05"),
            ("homs", "captured", "asserted", "2024-12-07"),
        },
        id="an_in_which_clause_keeps_its_days",
    ),
    # "Aleppo (taken on 30 November) and Hama (taken on 5 December)": each its own bracket
    pytest.param(
        SYRIA,
        "2024-12-07T18:00:00+03:00",
        "- Green, the HTS-led rebels: Idlib (held since 2015), Aleppo (taken on 30 November) and Hama (taken "
        "on 5 December).",
        {("aleppo", "captured", "asserted", "2024-11-30"), ("hama", "captured", "asserted", "2024-12-05")},
        id="each_capital_its_bracketed_participle",
    ),
    # guard: "Kabul Ufuq News" is an outlet, no place
    pytest.param(
        AF,
        "2021-08-08T12:00:00+04:30",
        "Kunduz fell to the Taliban on Sunday.\n\nA member of Kunduz provincial council told Kabul Ufuq News "
        "that the Taliban had captured all the government buildings in the city.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="guard_an_outlet_named_after_a_city",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
