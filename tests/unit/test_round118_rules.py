"""General rules found in session 29's rounds (social media as a feed carries it: spokesmen's posts
and threads, channels' posts, overnight round-ups; ordinary intake; agency copy in the seed's
register), each tested on sentences of our own (never the rounds' sentences): the text, the theatre
it is read in, when it was published, and every control event it must yield (capital, type,
modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

SYRIA_FRIDAY = "2024-12-06T20:00:00+03:00"  # Friday 6 Dec 2024
SYRIA_SATURDAY_MORNING = "2024-12-07T07:45:00+03:00"  # Saturday 7 Dec 2024, before 8 am
AF_MONDAY_EARLY = "2021-08-16T06:30:00+04:30"  # Monday 16 Aug 2021

CASES = [
    # a partisan source named by its side's alias ("opposition channels") is that side's voice
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Opposition channels declared Homs liberated on Friday evening.",
        {("homs", "captured", "claimed", "2024-12-06")},
        id="opposition_channels_speak_for_the_rebels",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Fighters reached the centre of Hama on Thursday, a war monitor said, as opposition accounts "
        "declared the city free.",
        {("hama", "entered", "asserted", "2024-12-05"), ("hama", "captured", "claimed", "2024-12-05")},
        id="a_partisan_speaker_after_a_witness_claims_its_own_clause",
    ),
    # a speaker after the news, whose own words come after it, leaves the news before it to the reporter
    pytest.param(
        AF,
        FRIDAY,
        "Taliban fighters pushed into Ghazni on Thursday, as pro-Taliban accounts declared the city "
        '"liberated".',
        {("ghazni", "entered", "asserted", "2021-08-12"), ("ghazni", "captured", "claimed", "2021-08-12")},
        id="the_speakers_words_are_after_the_speech_verb",
    ),
    # "there is no truth to what ... say": a denial of the news named after it
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        'The army said: "There is no truth to what hostile pages claim about militants storming Homs."',
        {("homs", "entered", "denied", "2024-12-06")},
        id="no_truth_to_what_pages_claim",
    ),
    # a denied piece of news with two takes joined by "and": both denied
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        'The ministry said: "Hostile pages are spreading false reports about the storming of Hama and its '
        'fall."',
        {("hama", "entered", "denied", "2024-12-06"), ("hama", "captured", "denied", "2024-12-06")},
        id="false_reports_about_an_entry_and_its_fall",
    ),
    # "the city" after "and" and a second verb of the same subject: the first verb's place
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Residents of Homs are packing their bags because the rebels pushed into Hama on Monday and took the "
        "city on Thursday.",
        {("hama", "entered", "asserted", "2024-12-02"), ("hama", "captured", "asserted", "2024-12-05")},
        id="and_a_second_verb_takes_the_first_ones_city",
    ),
    # "agreed to hand over" in the past: the deal was kept
    pytest.param(
        AF,
        FRIDAY,
        "Officials in Qalat agreed to hand the city over to the Taliban on Thursday, a lawmaker said.",
        {("qalat", "surrendered", "asserted", "2021-08-12"), ("qalat", "captured", "asserted", "2021-08-12")},
        id="agreed_to_hand_over_is_a_handover",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Elders said the governor could agree to hand over Qalat if his men were given safe passage.",
        set(),
        id="guard_agree_to_hand_over_as_a_condition",
    ),
    # an hour later in the day than a morning filing, with no day: last evening's
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_MORNING,
        "Shortly before midnight, local factions said they had taken full control of Daraa.",
        {("daraa", "captured", "claimed", "2024-12-06")},
        id="shortly_before_midnight_in_a_morning_story",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_MORNING,
        "The Southern Operations Room posted at 22:40: our factions have taken full control of Daraa.",
        {("daraa", "captured", "claimed", "2024-12-06")},
        id="a_clock_hour_after_the_filing_is_the_evening_before",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_MORNING,
        "At 6.30 am, local factions took full control of Daraa, residents said.",
        {("daraa", "captured", "asserted", "2024-12-07")},
        id="guard_an_hour_before_the_filing_is_its_day",
    ),
    # list items placed in a region ("in the central highlands", "in the southeast")
    pytest.param(
        AF,
        AF_MONDAY_EARLY,
        "On Sunday the insurgents captured Bamiyan in the central highlands, Gardez in the southeast and "
        "Charikar.",
        {
            ("bamyan", "captured", "asserted", "2021-08-15"),
            ("gardez", "captured", "asserted", "2021-08-15"),
            ("charikar", "captured", "asserted", "2021-08-15"),
        },
        id="items_placed_in_regions",
    ),
    # the item after a relative clause that "and" closes is the list's, not the clause verb's
    pytest.param(
        AF,
        "2021-08-09T20:00:00+04:30",
        "On Sunday the Taliban seized Kunduz, where troops at the airport held out, and Taloqan, the capital "
        "of Takhar.",
        {("kunduz", "captured", "asserted", "2021-08-08"), ("taloqan", "captured", "asserted", "2021-08-08")},
        id="the_item_after_a_relative_clause",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The government has lost Herat, which fell on Thursday, and Kandahar, taken early on Friday.",
        {("herat", "captured", "asserted", "2021-08-12"), ("kandahar", "captured", "asserted", "2021-08-13")},
        id="guard_the_item_with_its_own_verb",
    ),
    # a sentence opening with the holder's forces driving "them" out, after an entry told just before
    pytest.param(
        AF,
        "2021-08-20T18:00:00+04:30",
        "On July 7 the Taliban broke into Qala-e-Naw, freeing prisoners. Commandos drove them out the next "
        "day, officials said.",
        {
            ("qala-e-naw", "entered", "asserted", "2021-07-07"),
            ("qala-e-naw", "retaken", "asserted", "2021-07-08"),
        },
        id="they_were_driven_out_the_next_day",
    ),
    # "X fell, as did Y, where officials left under a deal": Y's own clause tells its handover
    pytest.param(
        AF,
        "2021-08-20T18:00:00+04:30",
        "Herat fell on Aug. 12, as did Ghazni, where the governor left under a deal with the insurgents.",
        {
            ("herat", "captured", "asserted", "2021-08-12"),
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("ghazni", "surrendered", "asserted", "2021-08-12"),
        },
        id="as_did_with_its_own_deal",
    ),
    # a negation in quotation marks after a side's claim: the official's denial
    pytest.param(
        AF,
        FRIDAY,
        'The Taliban said they had taken Ghazni. The governor said the city had "not fallen".',
        {("ghazni", "captured", "claimed", "2021-08-13"), ("ghazni", "captured", "denied", "2021-08-13")},
        id="a_quoted_not_fallen_is_a_denial",
    ),
    # an entry verb with no object in a capital's clause of place, past an appositive too
    pytest.param(
        AF,
        FRIDAY,
        "Residents fled Farah, where Taliban fighters broke in on Thursday.",
        {("farah", "entered", "asserted", "2021-08-12")},
        id="where_fighters_broke_in",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Residents fled Farah, the capital of Farah province, where insurgents forced their way in on Thursday.",
        {("farah", "entered", "asserted", "2021-08-12")},
        id="where_past_the_appositive",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Shops stayed shut in Farah, where thieves broke in on Thursday.",
        set(),
        id="guard_thieves_broke_in",
    ),
    # a situation report's section headed by a capital's two names
    pytest.param(
        AF,
        FRIDAY,
        "Overnight reports follow.\n\nFIROZKOH / CHAGHCHARAN (GHOR): Fighters were inside the city on Friday, "
        "residents said.",
        {("feroz-koh", "entered", "asserted", "2021-08-13")},
        id="a_section_head_with_two_names",
    ),
    # a quote that closes in the next sentence: its speaker speaks the first too
    pytest.param(
        AF,
        FRIDAY,
        '"Farah city is under the flag of the Islamic Emirate. The enemy fled," a Taliban spokesman wrote.',
        {("farah", "captured", "claimed", "2021-08-13")},
        id="a_two_sentence_quote_is_its_speakers",
    ),
    pytest.param(
        AF,
        FRIDAY,
        '"The Taliban took Farah on Thursday. We could do nothing," a police officer said.',
        {("farah", "captured", "asserted", "2021-08-12")},
        id="guard_a_two_sentence_quote_of_an_official",
    ),
    # the same quote going on to reject others' reports rejects nothing of its own
    pytest.param(
        AF,
        FRIDAY,
        '"The mujahideen are in full control of Ghazni. Reports of fighting there are lies," a Taliban '
        "spokesman said.",
        {("ghazni", "captured", "claimed", "2021-08-13")},
        id="the_claimants_quote_rejecting_others",
    ),
    pytest.param(
        AF,
        FRIDAY,
        'The Taliban said they were in full control of Ghazni. "Reports of a Taliban victory are lies," an army '
        "spokesman said.",
        {("ghazni", "captured", "denied", "2021-08-13")},
        id="guard_an_opponents_quote_rejects_the_claim",
    ),
    # a dated relative clause closing a claim's sentence: the reporter's background
    pytest.param(
        AF,
        "2021-08-17T20:00:00+04:30",
        "Resistance accounts claimed on Tuesday that fighters had retaken Charikar, which the Taliban took on "
        "Sunday.",
        {
            ("charikar", "retaken", "claimed", "2021-08-17"),
            ("charikar", "captured", "asserted", "2021-08-15"),
        },
        id="a_dated_relative_after_a_claim_is_the_reporters",
    ),
    # an explainer's question heading the list of its answer, items dated by weekday and date
    pytest.param(
        AF,
        FRIDAY,
        "The insurgents now hold a third of the capitals.\n\nWhich cities have fallen, and when?\n\n"
        "Friday, Aug. 6: Zaranj (Nimroz). The first to fall.\n\nMonday, Aug. 9: Aibak (Samangan).",
        {("zaranj", "captured", "asserted", "2021-08-06"), ("aybak", "captured", "asserted", "2021-08-09")},
        id="a_question_heads_its_answers_list",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The insurgents now hold a third of the capitals.\n\nWhat happened to the refugees?\n\n"
        "Friday, Aug. 6: Zaranj (Nimroz). Hundreds crossed into Iran.",
        set(),
        id="guard_a_question_with_no_take",
    ),
    # items whose dates follow a dash, a province of the capital's own name in brackets
    pytest.param(
        AF,
        FRIDAY,
        "Below is a list, with the day each city fell.\n\nWhich cities have fallen?\n\n"
        "Sar-e Pul (Sar-e Pul) — Sunday, August 8. A battalion held out nearby.\n\n"
        "Taloqan (Takhar) — Sunday, August 8. Officials fled.",
        {
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="items_dated_after_a_dash",
    ),
    # a fronted place with an appositive that has no article ("capital of Baghlan province")
    pytest.param(
        AF,
        FRIDAY,
        "In Pul-e Khumri, capital of Baghlan province, insurgents were attacking from two directions on Thursday.",
        {("pul-e-khumri", "contested", "asserted", "2021-08-12")},
        id="a_fronted_place_with_a_bare_appositive",
    ),
    # an item that lists several capitals, each with its province in brackets
    pytest.param(
        AF,
        FRIDAY,
        "The tally so far.\n\nWhich cities have fallen?\n\nThursday, Aug. 12: Kandahar, Lashkar Gah (Helmand), "
        "Qala-e Naw (Badghis), Tirin Kot (Uruzgan) and Qalat (Zabul). In Qalat, officials left for the army base.",
        {
            ("kandahar", "captured", "asserted", "2021-08-12"),
            ("lashkar-gah", "captured", "asserted", "2021-08-12"),
            ("qala-e-naw", "captured", "asserted", "2021-08-12"),
            ("tarinkot", "captured", "asserted", "2021-08-12"),
            ("qalat", "captured", "asserted", "2021-08-12"),
        },
        id="an_item_of_several_bracketed_names",
    ),
    # a page's update note tells no news of its own
    pytest.param(
        AF,
        "2021-08-15T01:50:00+04:30",
        "This article was updated on August 15 to add the fall of Sharana.\n\nSharana, the capital of "
        "Paktika, fell to the Taliban on Saturday, officials said.",
        {("sharana", "captured", "asserted", "2021-08-14")},
        id="an_update_note_is_no_news",
    ),
    # a question heading with a day dates the answer's undated news, until the next question
    pytest.param(
        AF,
        "2021-08-15T01:50:00+04:30",
        "The government has lost more capitals, officials say.\n\nWhat fell on Friday?\n\n"
        "Sharana was handed over to the Taliban under an agreement, a council member said.",
        {
            ("sharana", "surrendered", "asserted", "2021-08-13"),
            ("sharana", "captured", "asserted", "2021-08-13"),
        },
        id="a_question_with_a_day_dates_its_answer",
    ),
    # a long appositive with no comma in it, between a capital and its verb
    pytest.param(
        AF,
        "2021-08-15T01:50:00+04:30",
        "Mazar-i-Sharif, the largest city in the north and the place the government had hoped to make its "
        "last stronghold there, fell to the Taliban on Saturday evening, a lawmaker said.",
        {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        id="a_long_appositive",
    ),
    pytest.param(
        AF,
        "2021-08-15T01:50:00+04:30",
        "Atta Noor, the commander who had vowed to defend Mazar-i-Sharif, was taken into custody on Saturday, "
        "officials said.",
        set(),
        id="guard_an_appositive_naming_the_capital_is_not_its_subject",
    ),
    # continental agencies' datelines: the city there is where the story was filed, not its news
    pytest.param(
        AF,
        FRIDAY,
        "Kabul, 13 Aug (AIN).- Fighting went on in the south of the city on Friday, residents said.",
        set(),
        id="a_continental_dateline_is_no_place_of_the_news",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Damascus/Beirut (RPA) - Fighting raged in the city on Friday, residents said.",
        set(),
        id="a_title_case_dateline_with_its_agency",
    ),
    # towns taken on a city's approaches are no take of the city
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Rebels attacked Homs on Friday after capturing two towns on its northern approaches.",
        {("homs", "contested", "asserted", "2024-12-06")},
        id="towns_on_its_approaches_are_not_the_city",
    ),
    # translated word order: a day between the verb and its object; the governorate's headquarters
    pytest.param(
        SYRIA,
        "2024-12-09T13:30:00+03:00",
        "Armed young men took over on Sunday evening the headquarters of the governorate in Latakia.",
        {("latakia", "captured", "asserted", "2024-12-08")},
        id="a_day_between_the_verb_and_the_seat",
    ),
    pytest.param(
        SYRIA,
        "2024-12-09T13:30:00+03:00",
        "The port city of Tartus passed on Monday into the hands of the rebel coalition without a shot being "
        "fired, local sources said.",
        {
            ("tartus", "captured", "asserted", "2024-12-09"),
            ("tartus", "surrendered", "asserted", "2024-12-09"),
        },
        id="passed_on_monday_into_the_hands_of",
    ),
    # "withdrew from X and the SDF moved in": the city left, not the story's topic
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The rebels captured Hama on Thursday.\n\nIn the east, troops withdrew from Deir al-Zor city on Friday "
        "and the Kurdish-led SDF moved in, sources said.",
        {
            ("hama", "captured", "asserted", "2024-12-05"),
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
        },
        id="moved_in_where_the_holder_left",
    ),
    # a year describing the speaker, or in a capital's appositive, dates nothing the speaker tells
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "In the south, former rebels who had made peace with the government under a 2018 deal said they had "
        "taken control of Deraa, the cradle of the 2011 uprising, under an agreement with the army.",
        {("daraa", "captured", "claimed", "2024-12-06"), ("daraa", "surrendered", "claimed", "2024-12-06")},
        id="years_of_the_speaker_and_of_the_appositive",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The insurgents took two capitals this week, the first time they have held one since they overran "
        "Kunduz in 2015.",
        set(),
        id="guard_a_take_in_the_appositive_keeps_its_year",
    ),
    # an event with its own day before it keeps it past a next clause opening on a deadline
    pytest.param(
        SYRIA,
        "2024-12-09T20:00:00+03:00",
        "The first shock came at Aleppo. By the evening of November 29 rebel units were inside the city's "
        "western districts, and by the following day they held most of it.",
        {("aleppo", "entered", "asserted", "2024-11-29"), ("aleppo", "captured", "partial", "2024-11-30")},
        id="the_next_clauses_deadline_is_its_own",
    ),
    # a side named only as what a foreign state hit is no agent of the state's denied advance
    pytest.param(
        SYRIA,
        "2024-12-10T13:00:00+03:00",
        "Israel says it hit hundreds of Syrian military targets, denies advance on Damascus",
        set(),
        id="a_foreign_states_denied_advance_past_the_sides_it_hit",
    ),
    # two verbs sharing the object after the second
    pytest.param(
        SYRIA,
        "2024-12-10T12:00:00+03:00",
        "The drive on Hama was slower. On Dec. 5 the rebels broke in and took the city.",
        {("hama", "entered", "asserted", "2024-12-05"), ("hama", "captured", "asserted", "2024-12-05")},
        id="broke_in_and_took_the_city",
    ),
    # "declared full control" with no object, after an entry told in the sentence: a side's claim
    pytest.param(
        SYRIA,
        "2024-12-10T12:00:00+03:00",
        "Rebels from the north entered Homs on Dec. 7 and declared full control late that night.",
        {("homs", "entered", "asserted", "2024-12-07"), ("homs", "captured", "claimed", "2024-12-07")},
        id="entered_and_declared_full_control",
    ),
    # "the Taliban were handed the governor's compound": a handover in the city the sentence is set in
    pytest.param(
        AF,
        FRIDAY,
        "In Lashkar Gah, officials left after elders negotiated a deal under which the Taliban were handed "
        "the governor's compound, a security official said.",
        {
            ("lashkar-gah", "surrendered", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
        },
        id="were_handed_the_compound",
    ),
    pytest.param(
        AF,
        "2021-08-16T21:30:00+04:30",
        "Airlines suspended flights to Kabul, and officials said the airspace over the capital had been "
        "handed to the US military.",
        set(),
        id="guard_the_airspace_over_the_capital",
    ),
    # a handover foreseen as likely, or waited for, has not happened
    pytest.param(
        AF,
        "2021-08-14T14:30:00+04:30",
        "Diplomats said a negotiated handover of the capital, rather than a battle for it, now appeared the "
        "most likely outcome.",
        set(),
        id="a_handover_appeared_the_likely_outcome",
    ),
    pytest.param(
        AF,
        "2021-08-15T14:30:00+04:30",
        "A Taliban spokesman said the group was waiting for a peaceful handover of Kabul.",
        set(),
        id="waiting_for_a_handover",
    ),
    # where a speaker spoke from is not where the news is
    pytest.param(
        AF,
        FRIDAY,
        "The lawmaker, who spoke by phone from Kabul, said Taliban fighters had taken the governor's compound.",
        set(),
        id="spoke_by_phone_from_the_capital",
    ),
    # a doubt of the city's fall in a clause of its own leaves the fighting told before it
    pytest.param(
        AF,
        "2021-08-14T10:00:00+04:30",
        "A council member said on Friday night that fighting was still going on inside Firozkoh, and there "
        "was no official confirmation of its fall.",
        {("feroz-koh", "entered", "asserted", "2021-08-13")},
        id="no_confirmation_of_its_fall_only",
    ),
    # a capital's appositive past a fronted date is no hypothetical of its verb
    pytest.param(
        AF,
        "2021-08-20T18:00:00+04:30",
        "On Saturday, Aug. 14, Mazar-i-Sharif, the hub that two warlords had vowed to defend, fell in the "
        "evening.",
        {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        id="an_appositive_after_a_fronted_date",
    ),
    # a province taken "including its capital", past the province's appositive
    pytest.param(
        AF,
        "2021-09-06T10:15:00+04:30",
        "The Taliban said on Monday they had taken Panjshir province, the last pocket of resistance, "
        "including its capital Bazarak.",
        {("bazarak", "captured", "claimed", "2021-09-06")},
        id="a_province_including_its_capital_past_an_appositive",
    ),
    # a list's next item with its own clause of place after it still takes the list's verb
    pytest.param(
        AF,
        "2021-08-14T20:00:00+04:30",
        "On Saturday the Taliban took Sharana, which was handed over after talks, officials said, and "
        "Maimana, the capital of Faryab, where the last troops gave up after weeks of siege.",
        {
            ("sharana", "captured", "asserted", "2021-08-14"),
            ("sharana", "surrendered", "asserted", "2021-08-14"),
            ("maymana", "captured", "asserted", "2021-08-14"),
            ("maymana", "surrendered", "asserted", "2021-08-14"),
        },
        id="the_next_item_with_its_own_clause_of_place",
    ),
    # the rest of the news: a fight named before people who "are now in" a city; a battle that
    # "could be for" a city; an airport "it" in a sentence about the airport
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Several players left Aleppo in the first days of the fighting and are now in Latakia or Damascus.",
        set(),
        id="guard_people_now_in_a_city_after_the_fighting",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Analysts said the next battle could be for Homs, the gateway to the coast.",
        set(),
        id="guard_a_battle_that_could_be_for_a_city",
    ),
    pytest.param(
        SYRIA,
        "2024-12-18T20:00:00+03:00",
        "Aleppo International Airport, on the eastern edge of the city, closed after rebel fighters overran it.",
        set(),
        id="guard_the_airport_it_stands_for",
    ),
    # trap guards of the session's last rounds
    pytest.param(
        AF,
        "2021-07-15T11:20:00+04:30",
        "Kandahar was calm. Last week the group announced it had taken Islam Qala on the Iranian border.",
        set(),
        id="guard_announced_it_had_taken_a_border_town",
    ),
    pytest.param(
        AF,
        "2021-07-15T11:20:00+04:30",
        "India withdrew diplomats from Kandahar last month after heavy fighting in districts around the "
        "southern city, officials said.",
        set(),
        id="guard_fighting_in_districts_around_the_city",
    ),
    pytest.param(
        SYRIA,
        "2024-12-02T20:00:00+03:00",
        "Military analysts said the battle for Hama would be pivotal.",
        set(),
        id="guard_the_battle_for_a_city_would_be",
    ),
    pytest.param(
        SYRIA,
        "2024-12-07T20:00:00+03:00",
        "The rebels hold most of the north.\n\nWhat does the government still hold?\n\nDamascus and its "
        "surroundings, and Quneitra.",
        set(),
        id="guard_what_the_government_still_holds",
    ),
    # "not all of the city has changed hands": most of it has
    pytest.param(
        SYRIA,
        "2024-12-01T20:00:00+03:00",
        "Rebels hold most of Aleppo. Not all of the city has changed hands.",
        {("aleppo", "captured", "partial", "2024-12-01")},
        id="not_all_of_the_city",
    ),
    # an agency factbox's items: a capital in capitals, its province after a comma, "Taken Aug. 6"
    pytest.param(
        AF,
        FRIDAY,
        "KABUL (MP) — The Taliban have seized 11 capitals. A look at the cities taken so far:\n\n"
        "ZARANJ, Nimroz province — Taken Aug. 6, the first provincial capital to fall.\n\n"
        "SHIBERGAN, Jowzjan province — Taken Aug. 7. Officials withdrew to the airport.\n\n"
        "FAIZABAD, Badakhshan province — Taken in the early hours of Aug. 11.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("faizabad", "captured", "asserted", "2021-08-11"),
        },
        id="a_factbox_of_capitals_in_capitals",
    ),
    # "X is one of three major cities under assault": its own predicate
    pytest.param(
        AF,
        "2021-08-04T13:40:00+04:30",
        "Lashkar Gah is one of three major cities under direct assault in the south and west.",
        {("lashkar-gah", "contested", "asserted", "2021-08-04")},
        id="one_of_three_cities_under_assault",
    ),
    # a fight around a seat of power with an adjective before it, in the city the sentence is set in
    pytest.param(
        AF,
        FRIDAY,
        "In Lashkar Gah, fighting continued around the besieged governor's compound, an official said.",
        {("lashkar-gah", "contested", "asserted", "2021-08-13")},
        id="around_the_besieged_governors_compound",
    ),
    # "without any fight", "without a single bullet fired": a handover
    pytest.param(
        AF,
        "2021-08-15T20:00:00+04:30",
        "The Taliban took over the governor's office in Bamyan on Sunday without any fight, a resident said.",
        {
            ("bamyan", "captured", "asserted", "2021-08-15"),
            ("bamyan", "surrendered", "asserted", "2021-08-15"),
        },
        id="without_any_fight",
    ),
    pytest.param(
        AF,
        "2021-08-09T20:00:00+04:30",
        "Residents said Taliban fighters entered Aybak at noon without a single bullet fired.",
        {("aybak", "captured", "asserted", "2021-08-09"), ("aybak", "surrendered", "asserted", "2021-08-09")},
        id="without_a_single_bullet_fired",
    ),
    # "in the north of Homs": a part of the city (not "north of Homs", outside it)
    pytest.param(
        SYRIA,
        "2024-12-07T20:15:00+03:00",
        "The Military Operations Command claimed on Saturday that its fighters had entered the first neighbourhoods in the north of "
        "Homs.",
        {("homs", "entered", "claimed", "2024-12-07")},
        id="in_the_north_of_the_city",
    ),
    pytest.param(
        SYRIA,
        "2024-12-07T20:15:00+03:00",
        "The command said on Saturday that its fighters had entered Rastan, north of Homs.",
        set(),
        id="guard_north_of_the_city_is_outside",
    ),
    # a day told of another event's noun phrase is not the take's
    pytest.param(
        AF,
        "2021-08-06T20:00:00+04:30",
        "Zaranj is the first provincial capital which fell to the Taliban after the start of the withdrawal "
        "of foreign forces on May 1.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="the_day_of_the_withdrawals_start",
    ),
    # "declared late on Saturday its full control over Homs": a day between the verb and its object
    pytest.param(
        SYRIA,
        "2024-12-08T15:30:00+03:00",
        "The opposition declared late on Saturday its full control over Homs, the third biggest city.",
        {("homs", "captured", "claimed", "2024-12-07")},
        id="declared_late_on_saturday_its_full_control",
    ),
    # talks still going on for a handover: it has not happened
    pytest.param(
        AF,
        FRIDAY,
        "The elders are negotiating with the governor for the handover of Tarinkot, sources said.",
        set(),
        id="negotiating_for_the_handover",
    ),
    # "its gates" after an airport named with the capital: the airport's
    pytest.param(
        AF,
        "2021-08-27T12:40:00+04:30",
        "Evacuation flights resumed from Kabul airport on Friday, a day after gunfire outside its gates "
        "killed dozens.",
        set(),
        id="guard_the_airports_gates",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
