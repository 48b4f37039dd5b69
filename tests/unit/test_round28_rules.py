"""General rules found in the unfitted AF rounds 27 to 29 and 35 to 36 and Syria rounds 24 to 26 and 32 to
33, each tested
on sentences of our own (never the rounds' sentences): the text, the theatre it is read in, when it
was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule
from tests.unit.test_extract_rules import PUBLISHED, SYRIA_PUBLISHED

CASES = [
    # "GHAZNI: The key southern city was handed over ...": the item's capital, as with a dash; "the
    # main eastern city" is the item's city as "the city" is.
    pytest.param(
        AF,
        FRIDAY,
        (
            "KABUL, Aug 13 (Wire) - The main developments of the day.\n\nGHAZNI: The main southern city "
            "was handed over to the Taliban on Thursday, officials said.\n\nTALKS: Negotiators met in "
            "Doha."
        ),
        {
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("ghazni", "surrendered", "asserted", "2021-08-12"),
        },
        id="a_round_up_item_headed_by_a_name_and_a_colon",
    ),
    # "briefly broke into X": "fly" inside "briefly" is no flight to X, which stays the place of the
    # entry.
    pytest.param(
        AF,
        PUBLISHED,
        ("On Monday, Taliban fighters briefly broke into Farah before pulling back."),
        {
            ("farah", "entered", "asserted", "2021-08-09"),
        },
        id="an_adverb_ending_in_a_movement_verb_is_no_movement",
    ),
    # "broke into X, a sign that few in Y noticed": Y is where people are, not another entry.
    pytest.param(
        AF,
        PUBLISHED,
        ("On Monday, Taliban fighters broke into Farah, a sign that few in Kabul noticed."),
        {
            ("farah", "entered", "asserted", "2021-08-09"),
        },
        id="a_relative_clause_after_the_taken_capital_names_no_second_place",
    ),
    # "X, where fighting continued for a tenth day" and "X, the capital of P, where a lawmaker said
    # fighting raged": the fighting is in X; not at a base outside the city, and the capital's own
    # verb after the clause still counts.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "Aid groups reported shortages in Kandahar, where fighting continued for a tenth day on "
            "Monday. The Taliban also attacked Ghazni, the capital of Ghazni province, where a "
            "lawmaker said heavy fighting raged through the night. Troops fell back to a base outside "
            "Kunduz, where fighting was reported. Sheberghan, where clashes broke out on the edges of "
            "the city last week, fell on Monday."
        ),
        {
            ("ghazni", "contested", "asserted", "2021-08-09"),
            ("kandahar", "contested", "asserted", "2021-08-09"),
            ("sheberghan", "captured", "asserted", "2021-08-09"),
            ("sheberghan", "contested", "asserted", "2021-08-02"),
        },
        id="fighting_told_in_a_capitals_clause_of_place",
    ),
    # "commandos flown in from Herat and Kabul retook the city": the city is the one the text is
    # about, not the second place they came from; "cut off from Kabul" names no place of a handover.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "Taliban fighters broke into Farah on Sunday. Commandos flown in from Herat and Kabul "
            "retook the city on Monday.\n\nElsewhere, commanders cut off from Kabul struck deals with "
            "the Taliban and handed over their bases."
        ),
        {
            ("farah", "entered", "asserted", "2021-08-08"),
            ("farah", "retaken", "asserted", "2021-08-09"),
        },
        id="places_people_came_from_or_are_cut_off_from",
    ),
    # "X was taken on Thursday evening and Y in the early hours of Friday": Y was taken too.
    pytest.param(
        AF,
        FRIDAY,
        ("Herat was taken on Thursday evening and Kandahar in the early hours of Friday, officials said."),
        {
            ("herat", "captured", "asserted", "2021-08-12"),
            ("kandahar", "captured", "asserted", "2021-08-13"),
        },
        id="a_left_out_verb_after_a_day_and_its_part",
    ),
    # "fought their way deeper into the capital of Helmand province": inside, fighting.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "Residents fled on Monday as Taliban fighters fought their way deeper into the capital of "
            "Helmand province."
        ),
        {
            ("lashkar-gah", "entered", "asserted", "2021-08-09"),
        },
        id="a_way_fought_deeper_into_a_city_is_an_entry",
    ),
    # "the border town changed hands without a fight, with the Taliban in control of X": "without a
    # fight," tells how, it denies nothing (and makes the take a handover too); "without" right before
    # the verb still negates.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "The border area changed hands without a fight, with Taliban in control of Zaranj on "
            "Monday, officials said. In Herat, the governor held on without losing control of the "
            "city."
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-09"),
            ("zaranj", "surrendered", "asserted", "2021-08-09"),
        },
        id="a_peaceful_handover_negates_nothing_after_it",
    ),
    # "seized the governor's compound after heavy fighting": the fighting is the take's story;
    # fighting on the city's edges before it, a siege, or fighting elsewhere stay events.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "In Kunduz, the insurgents took the governor's compound and the police headquarters after "
            "a night of heavy fighting on Sunday, officials said. Faizabad fell on Monday after days "
            "of fighting on its outskirts. Fighting raged in Herat on Monday after the Taliban took "
            "Ghazni."
        ),
        {
            ("faizabad", "captured", "asserted", "2021-08-09"),
            ("faizabad", "contested", "asserted", "2021-08-09"),
            ("ghazni", "captured", "asserted", "2021-08-09"),
            ("herat", "contested", "asserted", "2021-08-09"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
        },
        id="fighting_a_take_came_after_is_no_event_of_its_own",
    ),
    # "KABUL: A spokesman said fighters raised their flag over the governor's compound" on the first
    # line is a dateline: the compound is not Kabul's.
    pytest.param(
        AF,
        "2021-09-06T18:00:00+04:30",
        (
            "KABUL: A Taliban spokesman told a news conference in Kabul on Monday that their fighters "
            "had entered Bazarak, the provincial centre, and raised their flag over the governor's "
            "compound."
        ),
        {
            ("bazarak", "captured", "claimed", "2021-09-06"),
            ("bazarak", "entered", "claimed", "2021-09-06"),
        },
        id="a_dateline_with_a_colon_is_no_round_up_item",
    ),
    # "fighters moved into the city without a fight": no fight for it, so taken and handed over, not
    # an entry that is still fighting.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "Taliban fighters broke into Farah on Sunday. They moved into the city centre without a "
            "fight on Monday."
        ),
        {
            ("farah", "captured", "asserted", "2021-08-09"),
            ("farah", "entered", "asserted", "2021-08-08"),
            ("farah", "surrendered", "asserted", "2021-08-09"),
        },
        id="an_entry_without_a_fight_is_a_handover",
    ),
    # "The push, launched from bases in Idlib province, seized Aleppo": the participle is the verb of
    # the subject, not a note on a capital before it.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        ("The push, launched from bases in Idlib province, seized Aleppo on Nov. 30 and Hama on Dec. 5."),
        {
            ("aleppo", "captured", "asserted", "2024-11-30"),
            ("hama", "captured", "asserted", "2024-12-05"),
        },
        id="a_province_before_a_participle_is_no_capital_it_qualifies",
    ),
    # "The SDF controls much of the northeast, including Raqqa": a standing hold by the theatre's
    # starting holder, no change of hands.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        ("The SDF controls much of the northeast, including the cities of Raqqa and Hasakah."),
        set(),
        id="a_side_that_controls_what_it_held_at_the_start_takes_nothing",
    ),
    # "The army lost Homs on Saturday and Hama on Thursday": both taken, by the attacker.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        ("The army lost Homs on Saturday and Hama on Thursday."),
        {
            ("hama", "captured", "asserted", "2024-12-05"),
            ("homs", "captured", "asserted", "2024-12-07"),
        },
        id="a_holder_that_lost_a_city_lost_it_to_the_attacker",
    ),
    # "In city after city, governors handed over government buildings": no topic stands for it,
    # however clearly the sentences before were about Kabul.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "The Taliban entered Kabul on Sunday. In town after town, commanders struck deals with "
            "the insurgents and handed over the governor's offices."
        ),
        {
            ("kabul", "entered", "asserted", "2021-08-08"),
        },
        id="a_sentence_about_city_after_city_is_about_no_one_city",
    ),
    # "the capital's streets were quiet": no entry; fighters in "the city's streets" still are.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "Kabul is not under immediate threat, officials said, and the capital's streets were "
            "quiet on Monday. In Farah, residents said insurgent fighters were patrolling the city's "
            "streets on Monday."
        ),
        {
            ("farah", "entered", "asserted", "2021-08-09"),
        },
        id="a_capitals_streets_that_were_calm_saw_no_fighters",
    ),
    # "they hold five capitals, and are pressing several others, including X": X is pressed, not held.
    pytest.param(
        AF,
        PUBLISHED,
        ("They now hold six provincial capitals, and are pressing several others, including Herat."),
        {
            ("herat", "contested", "asserted", "2021-08-09"),
        },
        id="including_after_a_clause_of_its_own_belongs_to_that_clause",
    ),
    # "broke through the city's defences", "broke through the defences of X": inside, fighting;
    # "fought in the streets" after a fronted "In X," is an entry there too.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "In Herat, Taliban fighters broke through the city's defences on Monday and were fighting "
            "near the police headquarters. Insurgents broke through the outer defences of Ghazni on "
            "Monday. In Kandahar, fighters and soldiers fought in the streets on Monday."
        ),
        {
            ("ghazni", "entered", "asserted", "2021-08-09"),
            ("herat", "entered", "asserted", "2021-08-09"),
            ("kandahar", "entered", "asserted", "2021-08-09"),
        },
        id="breaking_through_a_citys_defences_is_an_entry",
    ),
    # "In X, officials left and the Taliban moved in without resistance", "walked into X": taken (and
    # handed over when without a fight), no entry; "troops quit X, and the SDF moved in".
    pytest.param(
        AF,
        PUBLISHED,
        (
            "In Farah, officials left on Monday and the Taliban moved in without resistance, "
            "residents said. On Sunday, Taliban fighters walked into Zaranj."
        ),
        {
            ("farah", "captured", "asserted", "2021-08-09"),
            ("farah", "surrendered", "asserted", "2021-08-09"),
            ("zaranj", "captured", "asserted", "2021-08-08"),
        },
        id="moving_in_where_the_holder_left_is_a_takeover",
    ),
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        ("Government troops quit Deir ez-Zor on Friday, and Kurdish-led forces moved in."),
        {
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
        },
        id="moving_in_where_the_holder_left_is_a_takeover_2",
    ),
    # "Heavy clashes between rebel fighters and government troops are under way on the northern
    # outskirts of X": the place after the sides; "fought their way to the outskirts of Y".
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            "Heavy clashes between rebel fighters and government troops were under way on the "
            "northern outskirts of Homs on Saturday, residents said. Rebels fought their way to the "
            "outskirts of Hama on Dec. 3."
        ),
        {
            ("hama", "contested", "asserted", "2024-12-03"),
            ("homs", "contested", "asserted", "2024-12-07"),
        },
        id="a_fights_sides_before_its_place",
    ),
    # "the SDF and a war monitor said": not the claimant's word alone.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            "The SDF took control of Deir ez-Zor on Friday after government troops withdrew, the SDF "
            "and a war monitor said."
        ),
        {
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
        },
        id="a_monitor_beside_the_claimant_confirms",
    ),
    # "The Taliban claimed X, but an official said fighting went on at its edge": the fighting is the
    # official's word, asserted; the capture stays the Taliban's claim.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "The Taliban claimed to have captured Ghazni on Monday, but a provincial official said "
            "clashes were continuing on the edge of the city."
        ),
        {
            ("ghazni", "captured", "claimed", "2021-08-09"),
            ("ghazni", "contested", "asserted", "2021-08-09"),
        },
        id="the_speaker_after_a_turn_has_the_words_after_it",
    ),
    # "X was also in Taliban hands": an adverb before the hold; the incumbent's "still in government
    # hands" takes nothing.
    pytest.param(
        AF,
        PUBLISHED,
        "Officials confirmed on Monday that Farah was also in Taliban hands. Herat was still in government hands.",
        {
            ("farah", "captured", "asserted", "2021-08-09"),
        },
        id="an_adverb_before_in_their_hands",
    ),
    # A verb left out after a list's own day: each item fell on the day told after it, past an aside
    # (a number's comma inside it too); a list of several items takes the day after the list.
    pytest.param(
        AF,
        FRIDAY,
        (
            "KABUL, Aug 13 (Wire) - Pul-e Khumri fell on Tuesday; Faizabad on Wednesday; and Ghazni, a city "
            "of some 180,000 people, on Thursday."
        ),
        {
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
            ("faizabad", "captured", "asserted", "2021-08-11"),
            ("ghazni", "captured", "asserted", "2021-08-12"),
        },
        id="a_verb_left_out_after_semicolons",
    ),
    pytest.param(
        AF,
        PUBLISHED,
        (
            "KABUL, Aug 9 (Wire) - Zaranj was taken by the Taliban on Friday, and Sheberghan, the seat of "
            "Jowzjan province, on Saturday. Kunduz, Sar-e Pul and Taloqan went on a single day, Sunday."
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="a_verb_left_out_after_an_aside_and_went_on_a_day",
    ),
    # A second predicate of the same subject, on its own day.
    pytest.param(
        AF,
        PUBLISHED,
        "KABUL, Aug 9 (Wire) - Kunduz came under attack on Saturday and fell to the Taliban on Sunday, a lawmaker said.",
        {
            ("kunduz", "contested", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
        },
        id="a_second_predicate_of_the_same_capital",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "KABUL, Aug 13 (Wire) - Lashkar Gah had been besieged for weeks before it fell on Friday.",
        {
            ("lashkar-gah", "contested", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
        },
        id="besieged_before_it_fell",
    ),
    # A district's seat is not the capital's, named after it too.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "KABUL, Aug 9 (Wire) - Fighting has edged closer to Ghazni this month. On Sunday the insurgents "
            "seized the administrative centre of Andar district, officials said."
        ),
        {("ghazni", "contested", "asserted", "2021-08-09")},
        id="the_administrative_centre_of_a_district",
    ),
    # A sentence that names a capital only as how far off its news is: "the town" after it is not
    # the capital; "the city itself" is.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "KABUL, Aug 9 (Wire) - Taliban fighters attacked the outskirts of Kunduz on Sunday.\n\nSoldiers "
            "abandoned their posts at Shir Khan Bandar, a river port 50 km north of Kunduz, officials said."
            '\n\n"The Taliban are now in control of the port and the town," a border official said.'
        ),
        {("kunduz", "contested", "asserted", "2021-08-08")},
        id="the_town_after_a_distance_from_a_capital",
    ),
    pytest.param(
        AF,
        PUBLISHED,
        (
            "KABUL, Aug 9 (Wire) - Taliban fighters took Shir Khan Bandar, a river port 50 km north of Kunduz, "
            "on Sunday.\n\nOn Monday they attacked checkpoints on the outskirts of the city itself."
        ),
        {("kunduz", "contested", "asserted", "2021-08-09")},
        id="the_city_itself_after_a_distance_from_it",
    ),
    # Fighting one's way in, in progress, is an entry; kept up for weeks, a fight for the city.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "KABUL, Aug 9 (Wire) - Taliban fighters were battling their way into Ghazni late on Sunday, officials "
            "said. In the south, they have been battling their way into Lashkar Gah since late July."
        ),
        {
            ("ghazni", "entered", "asserted", "2021-08-08"),
            ("lashkar-gah", "contested", "asserted", "2021-08-09"),
        },
        id="battling_their_way_into",
    ),
    # A place phrase, then the words that call the capital a city.
    pytest.param(
        AF,
        PUBLISHED,
        "KABUL, Aug 9 (Wire) - The insurgents shelled army posts on the edges of the western city of Herat on Sunday.",
        {("herat", "contested", "asserted", "2021-08-08")},
        id="on_the_edges_of_the_western_city_of",
    ),
    # "In the province of Sweida, ... the provincial capital": the province named before the phrase.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            "BEIRUT, Dec 10 (Wire) - In the neighbouring province of Sweida, home of the Druze minority, local "
            "armed groups took over the governorate building in the provincial capital on Friday."
        ),
        {("suwayda", "captured", "asserted", "2024-12-06")},
        id="the_provincial_capital_after_the_province_of_x",
    ),
    # An appositive with no article dates itself, not the capture: "cradle of the 2011 uprising".
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        "BEIRUT, Dec 10 (Wire) - Local fighters took control of the city of Daraa, cradle of the 2011 uprising, on Friday.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="a_dated_appositive_without_an_article",
    ),
    # "The cities of X and Y, ..., passed ... without a fight on A and B respectively": both, each
    # handed over, each on its day.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            "BEIRUT, Dec 10 (Wire) - The coastal cities of Latakia and Tartus, both long loyal to the Assad "
            "family, passed to the rebels without a fight on Dec. 8 and Dec. 9 respectively."
        ),
        {
            ("latakia", "captured", "asserted", "2024-12-08"),
            ("latakia", "surrendered", "asserted", "2024-12-08"),
            ("tartus", "captured", "asserted", "2024-12-09"),
            ("tartus", "surrendered", "asserted", "2024-12-09"),
        },
        id="the_cities_of_x_and_y_without_a_fight",
    ),
    # "troops quit X, letting ... take over the city": the city they left, past other capitals.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            "BEIRUT, Dec 10 (Wire) - On Friday, southern factions took Daraa and Suwayda, and government troops "
            "quit Deir ez-Zor, letting Kurdish-led forces take over the city."
        ),
        {
            ("daraa", "captured", "asserted", "2024-12-06"),
            ("suwayda", "captured", "asserted", "2024-12-06"),
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
        },
        id="the_city_troops_quit",
    ),
    # "Hama, the city they seized": a relative clause without "that"; "went on Dec. 5"; people who
    # "drove south out of" a city retook nothing.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        "BEIRUT, Dec 10 (Wire) - Rebels now patrol the streets of Hama, the city they seized on Thursday.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="the_city_they_seized",
    ),
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            "BEIRUT, Dec 10 (Wire) - Hama, where the army had tried to make a stand, went on Dec. 5. Thousands "
            "of residents drove south out of the city that night."
        ),
        {("hama", "captured", "asserted", "2024-12-05")},
        id="went_on_a_date_and_drove_south_out_of",
    ),
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        'BEIRUT, Dec 10 (Wire) - "Nobody expects the fighting to come into the city," a shopkeeper in Homs said on Monday.',
        set(),
        id="nobody_expects",
    ),
    # "several areas on the western side of the city" (in part); "the remaining parts of the city" (all).
    pytest.param(
        AF,
        PUBLISHED,
        (
            "KABUL, Aug 9 (Wire) - In Herat, troops backed by local militias pushed the Taliban out of several "
            "areas on the western side of the city on Sunday. In Tarinkot, the governor handed over the "
            "remaining parts of the city to the Taliban on Sunday."
        ),
        {
            ("herat", "retaken", "partial", "2021-08-08"),
            ("tarinkot", "captured", "asserted", "2021-08-08"),
            ("tarinkot", "surrendered", "asserted", "2021-08-08"),
        },
        id="a_side_of_the_city_and_its_remaining_parts",
    ),
    # A capital named as where a road described in passing leads is no place of the news, unless a
    # relative clause follows ("the highway from Hama, which they seized").
    pytest.param(
        AF,
        PUBLISHED,
        (
            "KABUL, Aug 9 (Wire) - Fighting went on on Sunday on the outskirts of Ghazni, on the main highway "
            "to Kandahar, residents said."
        ),
        {("ghazni", "contested", "asserted", "2021-08-08")},
        id="the_main_highway_to_x",
    ),
    # An event told before its attribution, with no day of its own: by the day of the words.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "KABUL, Aug 9 (Wire) - Kunduz city has been captured by the Taliban, a provincial council member "
            "told reporters on Sunday. Fighters have entered Taloqan, residents said late on Sunday."
        ),
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "entered", "asserted", "2021-08-08"),
        },
        id="the_day_of_the_attribution_after_it",
    ),
    # A deal struck "to hand over the city", a governor who left "after agreeing to surrender it":
    # the handover happened.
    pytest.param(
        AF,
        FRIDAY,
        (
            "KABUL, Aug 13 (Wire) - Officials said on Friday that Ghazni's governor had struck a deal with the "
            "insurgents to hand over the city. In Qalat, the governor left on Friday after agreeing to "
            "surrender the city to the Taliban."
        ),
        {
            ("ghazni", "captured", "asserted", "2021-08-13"),
            ("ghazni", "surrendered", "asserted", "2021-08-13"),
            ("qalat", "captured", "asserted", "2021-08-13"),
            ("qalat", "surrendered", "asserted", "2021-08-13"),
        },
        id="a_deal_struck_to_hand_over",
    ),
    # "it was the turn of Ghazni": an "it" that stands for nothing; "the city" after it is Ghazni.
    # After a fall, the turn is Ghazni's fall, on its day (1.16.14); the undated handover told
    # after it is that fall, on that day (1.32.6)
    pytest.param(
        AF,
        FRIDAY,
        (
            "KABUL, Aug 13 (Wire) - On Monday the Taliban took Aybak unopposed. On Thursday, it was the turn "
            "of Ghazni. Local officials said the governor had handed over the city under a deal."
        ),
        {
            ("aybak", "captured", "asserted", "2021-08-09"),
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("ghazni", "surrendered", "asserted", "2021-08-12"),
        },
        id="it_was_the_turn_of",
    ),
    # Soldiers at a base by "the airport of the northern city of X" who surrendered gave up a post.
    pytest.param(
        AF,
        PUBLISHED,
        (
            "KABUL, Aug 9 (Wire) - Hundreds of soldiers at an army base near the airport of the northern city "
            "of Kunduz surrendered to the Taliban on Sunday."
        ),
        set(),
        id="a_base_by_the_airport_of_the_city_of",
    ),
    # "fled the X area, north of Aleppo, when fighters took it": "it" is the area, not the topic.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            'BEIRUT, Dec 10 (Wire) - "Raqqa is calm," an official said. Families who fled the Tal Rifaat area, '
            "north of Aleppo, when Turkish-backed fighters took it last week have arrived in Raqqa."
        ),
        set(),
        id="it_after_a_place_set_by_a_landmark",
    ),
    # "its western districts" (the city told before); "their own provincial capital" (the province's);
    # "since 2016, when forces recaptured its eastern districts" (history).
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            "BEIRUT, Dec 10 (Wire) - Aleppo was the first prize. Insurgents broke into its western districts on "
            "Nov. 29. It had been in government hands since 2016, when the army recaptured its eastern "
            "districts. In the south, fighters from Daraa province, who seized their own provincial capital "
            "on Dec. 6, reached Damascus."
        ),
        {
            ("aleppo", "entered", "asserted", "2024-11-29"),
            ("daraa", "captured", "asserted", "2024-12-06"),
        },
        id="its_districts_their_own_capital_and_since_a_year_when",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
