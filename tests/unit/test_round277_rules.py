"""General rules found in session 45's rounds (diplomatic, local-source, analysis, displacement,
correction, profile and retrospective copy), each tested on sentences of our own (never the rounds'
sentences): the text, the theatre it is read in, when it was published, and every control event it
must yield (capital, type, modality, day). Each case fails on the rules before them (extractor
1.111.0, or the version before for those marked 1.113.0 to 1.115.0) but one, which guards a rule's
reach."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

AF_OCT = "2021-10-20T10:00:00+04:30"  # Wednesday 20 Oct 2021
AF_MONDAY_AFTER = "2021-08-16T08:00:00+04:30"  # Monday 16 Aug 2021
AF_SEPT = "2021-09-20T19:00:00+04:30"  # Monday 20 Sep 2021
AF_TUESDAY = "2021-08-24T18:00:00+04:30"  # Tuesday 24 Aug 2021
AF_SUNDAY = "2021-08-15T21:00:00+04:30"  # Sunday 15 Aug 2021
AF_TUESDAY_EARLY = "2021-08-03T15:00:00+04:30"  # Tuesday 3 Aug 2021
AF_MONDAY = "2021-08-09T16:00:00+04:30"  # Monday 9 Aug 2021
AF_WEDNESDAY = "2021-08-11T15:00:00+04:30"  # Wednesday 11 Aug 2021
AF_SATURDAY = "2021-08-14T10:00:00+04:30"  # Saturday 14 Aug 2021
AF_PANJSHIR = "2021-09-06T20:00:00+04:30"  # Monday 6 Sep 2021
SYRIA_NOV_29 = "2024-11-29T20:00:00+03:00"  # Friday 29 Nov 2024
SYRIA_TUESDAY = "2024-12-03T21:00:00+03:00"  # Tuesday 3 Dec 2024
SYRIA_THURSDAY = "2024-12-05T19:00:00+03:00"  # Thursday 5 Dec 2024
SYRIA_FRIDAY = "2024-12-06T12:00:00+03:00"  # Friday 6 Dec 2024
SYRIA_SATURDAY = "2024-12-07T22:00:00+03:00"  # Saturday 7 Dec 2024
SYRIA_SUNDAY = "2024-12-08T14:00:00+03:00"  # Sunday 8 Dec 2024
SYRIA_DEC_10 = "2024-12-10T18:00:00+03:00"  # Tuesday 10 Dec 2024

CASES = [
    # a perfect of habit over the years ("has been attacked repeatedly") is history, no event
    pytest.param(
        AF,
        AF_OCT,
        "Ghazni has been attacked repeatedly over the years, and its people are tired of war.",
        set(),
        id="habitual_history",
    ),
    # "fell that Sunday": a fall told with a demonstrative weekday
    pytest.param(
        AF,
        AF_MONDAY_AFTER,
        "Jalalabad was handed over early on Sunday. Charikar fell that Sunday too, officials said.",
        {
            ("charikar", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
        },
        id="fell_that_weekday",
    ),
    # a short verbless aside between "and" and the next item ("and, far away in the west, X")
    pytest.param(
        AF,
        AF_TUESDAY,
        "On Aug. 10 the insurgents captured Pul-e Khumri and, far away in the west, Farah.",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="and_aside_list_item",
    ),
    # an item's "capital of ... and a junction on the road between A and B" closes before the next item
    pytest.param(
        AF,
        AF_TUESDAY,
        "On Aug. 10 the insurgents captured Pul-e Khumri, capital of Baghlan province and a junction on the road between Kabul and the north, and, far away in the west, Farah.",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="capital_of_item_aside",
    ),
    # "a claim no official confirmed" leaves the claim a claim
    pytest.param(
        AF,
        AF_SUNDAY,
        "On Sunday the Taliban announced that they held Mahmud-i-Raqi, a claim no official confirmed.",
        {("mahmud-i-raqi", "captured", "claimed", "2021-08-15")},
        id="a_claim_no_official_confirmed",
    ),
    # a source naming both sides ("both resistance commanders and Taliban officials") is no claimant alone
    pytest.param(
        AF,
        AF_PANJSHIR,
        "Fighting reached the edge of Bazarak on Sunday, according to both resistance commanders and Taliban officials.",
        {("bazarak", "contested", "asserted", "2021-09-05")},
        id="both_sides_source",
    ),
    # "an hour's drive from Kabul" names a landmark: "the city" after it is the other
    pytest.param(
        AF,
        AF_SEPT,
        "Pul-e Alam lies an hour's drive from Kabul. The Taliban said on Friday, Aug. 13, that they had taken the city.",
        {("pul-e-alam", "captured", "claimed", "2021-08-13")},
        id="an_hours_drive_from",
    ),
    # a province fighters were "drawn from" owns no "capital" after it; "its" then is the capital named
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY,
        "Southern fighters, drawn from old rebel units in Daraa province, reached the capital first, entering its southern suburbs late on Saturday.",
        {("damascus", "entered", "asserted", "2024-12-07")},
        id="drawn_from_a_province",
    ),
    # "towns the army abandoned without a fight": the towns' handover, not the capital's
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "Since they took Aleppo on Saturday, the rebels have pushed south through towns the army abandoned without a fight.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="towns_abandoned_without_a_fight",
    ),
    # "launched to pre-empt attacks on X": attacks that did not happen
    pytest.param(
        SYRIA,
        SYRIA_NOV_29,
        "HTS says the offensive was launched to pre-empt army attacks on Idlib.",
        set(),
        id="to_preempt_attacks",
    ),
    # "no reports of fighting" after a claim: no news of it, no one's denial
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Rebel commanders said on Saturday their forces were encircling Damascus. The claim could not be verified, and there were no reports of fighting in the city itself.",
        {("damascus", "contested", "claimed", "2024-12-07")},
        id="no_reports_of_fighting_after_a_claim",
    ),
    # "could hear clashes": a witness's perception, no hypothesis
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "A resident of western Homs said by phone on Saturday that he could hear heavy clashes in the north of the city.",
        {("homs", "contested", "asserted", "2024-12-07")},
        id="could_hear_clashes",
    ),
    # "had been under attack since Tuesday": the fight began that day
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY,
        "The rebels entered Hama on Thursday. The city had been under attack since Tuesday.",
        {("hama", "contested", "asserted", "2024-12-03"), ("hama", "entered", "asserted", "2024-12-05")},
        id="under_attack_since",
    ),
    # "towns north of the city": the city is a landmark, not what was taken
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "Fighting raged on Tuesday on the outskirts of Hama. Rebels took several towns north of the city over the weekend.",
        {("hama", "contested", "asserted", "2024-12-03")},
        id="towns_north_of_the_city",
    ),
    # the holder's enemy's "attacks on" a city it does not hold ("government attacks on Idlib"): raids, no fight for it
    pytest.param(
        SYRIA,
        SYRIA_NOV_29,
        "Government attacks on Idlib killed six people on Friday, rescuers said.",
        set(),
        id="government_attacks_on_a_rebel_city",
    ),
    # "swept into X and drove out the army": in, and the holder out, a capture
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Jordan shut the crossing a day after insurgents swept into Hama and drove out the army.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="swept_in_and_drove_out_the_army",
    ),
    # "in the hands of local former rebel factions": a side past its qualifiers
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Daraa has been in the hands of local former rebel factions since Friday.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="in_the_hands_of_local_former_factions",
    ),
    # (guards the landmark rule's reach) "districts in the south and west of the city" are its own
    pytest.param(
        AF,
        FRIDAY,
        "Herat held out for weeks. On Aug. 6, commandos drove the Taliban out of several districts in the south and west of the city.",
        {("herat", "retaken", "asserted", "2021-08-06")},
        id="parts_of_the_city_not_a_landmark",
    ),
    # a province that places a checkpoint is not the seat "the city" stands for
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban took Ghazni on Thursday. The governor was detained at a checkpoint in Maidan Wardak province for giving up the city without a fight.",
        {
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("ghazni", "surrendered", "asserted", "2021-08-12"),
        },
        id="a_checkpoint_in_a_province",
    ),
    # "had been the first to fall"
    pytest.param(
        AF,
        AF_MONDAY,
        "Zaranj had been the first to fall on Friday, followed by Sheberghan on Saturday.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
        },
        id="had_been_the_first_to_fall",
    ),
    # a list item's own relative clause closes before the next item ("Kandahar, where ..., and around Herat")
    pytest.param(
        AF,
        AF_TUESDAY_EARLY,
        "Fighting went on on Tuesday on the outskirts of Kandahar, where rockets hit the airport at the weekend, and around Herat.",
        {
            ("herat", "contested", "asserted", "2021-08-03"),
            ("kandahar", "contested", "asserted", "2021-08-03"),
        },
        id="a_list_past_an_items_relative_clause",
    ),
    # "the gateway to Kabul" names a landmark, not a list item
    pytest.param(
        AF,
        AF_SATURDAY,
        "On Saturday the Taliban attacked Maidan Shahr in Wardak, the gateway to Kabul from the west.",
        {("maidan-shahr", "contested", "asserted", "2021-08-14")},
        id="the_gateway_to_kabul",
    ),
    # "asked not to be named": a source's anonymity, no hope or order
    pytest.param(
        AF,
        FRIDAY,
        "An official who asked not to be named said Qalat had fallen on Friday.",
        {("qalat", "captured", "asserted", "2021-08-13")},
        id="asked_not_to_be_named",
    ),
    # "had been inside X since Wednesday": the entry's day
    pytest.param(
        AF,
        AF_SATURDAY,
        "The Taliban had been inside Qala-e Naw since Wednesday.",
        {("qala-e-naw", "entered", "asserted", "2021-08-11")},
        id="inside_since",
    ),
    # "as did ... X in Y, where fighting had been reported": the echoed verb, and the clause's own
    pytest.param(
        AF,
        AF_SUNDAY,
        "Charikar fell on Sunday, as did Gardez in Paktia and Mehtarlam in Laghman, where fighting had been reported on the outskirts on Saturday.",
        {
            ("charikar", "captured", "asserted", "2021-08-15"),
            ("gardez", "captured", "asserted", "2021-08-15"),
            ("mehtarlam", "captured", "asserted", "2021-08-15"),
            ("mehtarlam", "contested", "asserted", "2021-08-14"),
        },
        id="as_did_past_a_relative_clause",
    ),
    # "defences on its northern approaches collapsed": the edge's, not the city's fall
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Rebels entered Homs on Saturday after army defences on its northern approaches collapsed.",
        {("homs", "entered", "asserted", "2024-12-07")},
        id="its_approaches_collapsed",
    ),
    # a fact box item on a facility ("Kandahar Airfield, ...") makes the next "It" the facility
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban took Kandahar on Friday.\n\n* A US HUB - Kandahar Airfield, east of the city, hosted coalition troops for years. It was handed to Afghan forces in May.",
        {("kandahar", "captured", "asserted", "2021-08-13")},
        id="a_fact_box_facility",
    ),
    # "how many times X has been fought over": habit and history
    pytest.param(
        SYRIA,
        SYRIA_DEC_10,
        "The ruined bridge is a reminder of how many times Deir ez-Zor has been fought over.",
        set(),
        id="how_many_times",
    ),
    # a list's appositive relative clause ("three provincial capitals that fell") is each item's
    pytest.param(
        AF,
        AF_MONDAY,
        "Families arrived from Kunduz, Taloqan and Sar-e Pul, three provincial capitals that fell on Sunday.",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="a_list_and_its_appositive_relative",
    ),
    # minibuses carry people, no side
    pytest.param(
        AF,
        FRIDAY,
        "Minibuses from Ghazni kept coming into Kabul on Friday.",
        set(),
        id="minibuses_are_people",
    ),
    # "belonged to the rebels": held by a side
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The army said it had pulled its units out, and by evening Hama belonged to the rebels.",
        {("hama", "captured", "asserted", "2024-12-06")},
        id="belonged_to_a_side",
    ),
    # "fighting was under way for X": no road "way for" a place people go to
    pytest.param(
        AF,
        AF_SATURDAY,
        "Fighting was under way on Saturday for Mehtarlam, the capital of Laghman.",
        {("mehtarlam", "contested", "asserted", "2021-08-14")},
        id="fighting_under_way_for",
    ),
    # "asked Kabul for help": the government asked, no place for "it" after
    pytest.param(
        AF,
        AF_WEDNESDAY,
        'Fighters took Faizabad on Wednesday, a lawmaker said. "We asked Kabul for help for weeks, and then the Taliban came in and took it," he said.',
        {("faizabad", "captured", "asserted", "2021-08-11")},
        id="asked_kabul_for_help",
    ),
    # one province is one name: after "the province of Kunar and" comes the next item
    pytest.param(
        AF,
        AF_SATURDAY,
        "Asadabad in the eastern province of Kunar and Maymana, capital of Faryab, both fell on Saturday.",
        {
            ("asadabad", "captured", "asserted", "2021-08-14"),
            ("maymana", "captured", "asserted", "2021-08-14"),
        },
        id="one_province_and_the_next_item",
    ),
    # a relative clause between dashes keeps its day ("three days earlier") to itself
    pytest.param(
        AF,
        AF_SUNDAY,
        "The assault began at dawn on Saturday. By nightfall Mazar-i-Sharif — which Ghani had toured three days earlier — had fallen to the Taliban.",
        {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        id="a_dashed_relative_aside_has_its_own_day",
    ),
    # a year in an appositive that places the city ("100 km south of ... the 2011 uprising") dates the aside
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "In Daraa, 100 km south of the capital and the cradle of the 2011 uprising, local factions took over the city on Friday.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="a_year_in_a_distance_appositive",
    ),
    # (1.113.0) in a look back, a bare weekday of the day before the one told last is that day when
    # the text told it with its date ("between Saturday, December 7, and Sunday, December 8 ... As
    # late as Saturday evening"), not six days on
    pytest.param(
        SYRIA,
        "2025-01-08T09:00:00+03:00",
        "The hours between the evening of Saturday, December 7, and the morning of Sunday, December 8, "
        "are now well known. As late as Saturday evening, the presidency said the president was at work. "
        "By nightfall, southern fighters had entered Damascus.",
        {("damascus", "entered", "asserted", "2024-12-07")},
        id="the_day_before_told_with_its_date",
    ),
    # (1.113.0) a speech dated with weekday and date weeks before the filing makes the story a look
    # back, so "on the Friday" after it is that Friday, not the filing week's
    pytest.param(
        AF,
        AF_SEPT,
        "KABUL, Sept 20 - The belt of provinces south of Kabul held for about three days.\n\nThe Taliban "
        "said on Friday, Aug. 13, that they had taken Qalat. A council member confirmed the following day "
        "that Qalat had fallen on the Friday.",
        {("qalat", "captured", "asserted", "2021-08-13"), ("qalat", "captured", "claimed", "2021-08-13")},
        id="a_dated_speech_weeks_back_is_a_look_back",
    ),
    # (1.113.0) "the city of roughly a million people" is the city, its size after it
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Rebel forces entered Hama on Thursday. By nightfall the city of roughly a million people was in "
        "their hands.",
        {("hama", "captured", "asserted", "2024-12-05"), ("hama", "entered", "asserted", "2024-12-05")},
        id="the_city_of_a_million_people",
    ),
    # (1.113.0) a later list item's road placement ("and Pul-e Khumri on the road to Kabul had gone")
    pytest.param(
        AF,
        "2021-08-11T10:00:00+04:30",
        "Kunduz fell on Sunday. By Tuesday, Farah in the west and Pul-e Khumri on the road to Kabul had gone "
        "as well.",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="a_later_items_road_placement",
    ),
    # (1.114.0) an inverted "had" past a first verb is a counterfactual ("Had the army dug in and
    # fought at Homs, ... the coast might have held")
    pytest.param(
        SYRIA,
        "2025-01-20T10:00:00+03:00",
        "Had the army dug in and fought at Homs, some officers now argue, the coast might have held.",
        set(),
        id="had_x_and_a_counterfactual",
    ),
    # (1.114.0) "no longer in government hands" is a loss, not a negation
    pytest.param(
        SYRIA,
        "2024-12-09T12:00:00+03:00",
        "By Sunday evening Latakia was no longer in government hands, residents said.",
        {("latakia", "captured", "asserted", "2024-12-08")},
        id="no_longer_in_government_hands",
    ),
    # (1.114.0) the province fighters "pushed out of their enclave in" is where they came from, not
    # the city a later "the city's western districts" stands for
    pytest.param(
        SYRIA,
        "2024-12-16T07:30:00+03:00",
        "The offensive opened on Wednesday 27 November, when the factions pushed out of their enclave in "
        "Idlib into villages west of Aleppo.\n\nOn Friday 29 November rebel columns broke into the city's "
        "western districts.",
        set(),
        id="pushed_out_of_an_enclave_in_a_province",
    ),
    # (1.115.0) in a news story (its first event of the filing's week), a paragraph that opens on a
    # speech dated by a bare weekday is of the filing's week, even after a flashback paragraph
    pytest.param(
        AF,
        AF_SATURDAY.replace("10:00", "18:00"),
        "Taliban fighters were settling into the offices of Qala-e Naw on Saturday, having overrun the city "
        "on Friday.\n\nThe Taliban had first broken into the city on Wednesday, July 7. Commandos drove "
        "them out two days later.\n\nIn neighbouring Ghor province, the Taliban said on Friday they had "
        "captured Feroz Koh.",
        {
            ("feroz-koh", "captured", "claimed", "2021-08-13"),
            ("qala-e-naw", "captured", "asserted", "2021-08-13"),
            ("qala-e-naw", "entered", "asserted", "2021-07-07"),
            ("qala-e-naw", "retaken", "asserted", "2021-07-09"),
        },
        id="a_news_paragraphs_speech_after_a_flashback",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
