"""General rules found in session 47's rounds (local-source reporting, numbers-heavy copy, press
reviews, sidebars, second-day stories, military analysis, quote-led copy, urgents and writethrus;
the same kinds of copy from Syria; for 1.120.0 fact boxes, translated copy, eyewitness dispatches,
regional spellings and live pages) and in 1.118.0's and 1.120.0's finals, each tested on sentences
of our own (never the rounds' sentences): the text, the theatre it is read in, when it was
published, and every control event it must yield (capital, type, modality, day). Each case fails on
the rules before it (extractor 1.118.0, or the version before for those marked 1.120.0 and
1.121.0)."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

CASES = [
    # "the governor had surrendered to them": the city his, handed over
    pytest.param(
        AF,
        "2021-08-15T18:00:00+04:30",
        "Taliban fighters reached the outskirts of Jalalabad before dawn on Sunday. By mid-morning the governor had surrendered to them, two provincial officials said.",
        {
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "contested", "asserted", "2021-08-15"),
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
        },
        id="a_governor_who_surrendered",
    ),
    # "the governor and the police chief surrendered to the Taliban": the same, with those beside him
    pytest.param(
        AF,
        "2021-08-13T19:00:00+04:30",
        "The insurgents fought their way into Herat on Thursday afternoon. On Friday morning the governor and the police chief surrendered to the Taliban, a council member said.",
        {
            ("herat", "captured", "asserted", "2021-08-13"),
            ("herat", "entered", "asserted", "2021-08-12"),
            ("herat", "surrendered", "asserted", "2021-08-13"),
        },
        id="a_governor_and_his_aides_surrendered",
    ),
    # "according to reports monitored overnight": when the reports came, not the day the news tells
    pytest.param(
        SYRIA,
        "2024-12-07T08:00:00+03:00",
        "The army's hold on the south crumbled on Friday, according to reports monitored overnight, as local armed groups took over Daraa.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="reports_monitored_overnight",
    ),
    # "and on Thursday they seized Hama, a city the army had never lost": the past perfect of an appositive is no look back for the weekday (the Thursday after the 30th told before it)
    pytest.param(
        SYRIA,
        "2024-12-06T15:30:00+03:00",
        "He was born in Damascus.\n\nThe campaign he launched on November 27 has changed the map. His men took Aleppo on November 30, and on Thursday they seized Hama, a city the army had never lost.",
        {("aleppo", "captured", "asserted", "2024-11-30"), ("hama", "captured", "asserted", "2024-12-05")},
        id="a_past_perfect_past_the_weekdays_comma",
    ),
    # "fell hours after fighters broke into the city on Thursday afternoon": that day
    pytest.param(
        AF,
        "2021-08-13T10:00:00+04:30",
        "Herat fell hours after fighters broke into the city on Thursday afternoon, residents said.",
        {("herat", "captured", "asserted", "2021-08-12"), ("herat", "entered", "asserted", "2021-08-12")},
        id="hours_after_an_afternoons_entry",
    ),
    # "Charikar north of Kabul both fell": the capital past the direction that places it
    pytest.param(
        AF,
        "2021-08-16T09:00:00+04:30",
        "Gardez in the southeast and Charikar north of Kabul both fell on Sunday, officials said.",
        {
            ("charikar", "captured", "asserted", "2021-08-15"),
            ("gardez", "captured", "asserted", "2021-08-15"),
        },
        id="a_capital_placed_by_a_direction_without_commas",
    ),
    # "the price of bread in the city had fallen from 4,000 to 2,500": an amount, no city
    pytest.param(
        SYRIA,
        "2024-12-11T18:00:00+03:00",
        "Traders in Deir ez-Zor said the price of bread in the city had fallen from 4,000 to 2,500 pounds since Sunday.",
        set(),
        id="prices_that_fell_in_a_city",
    ),
    # "Druze armed factions say they have taken over": the side's own claim (theatre data)
    pytest.param(
        SYRIA,
        "2024-12-06T22:30:00+03:00",
        "Druze armed factions say they have taken over the main government buildings in Suwayda.",
        {("suwayda", "captured", "claimed", "2024-12-06")},
        id="a_sides_fighters_named_by_their_community",
    ),
    # "had gone to the Taliban"
    pytest.param(
        AF,
        "2021-08-16T11:00:00+04:30",
        "Asadabad had gone to the Taliban on Saturday, a local official said.",
        {("asadabad", "captured", "asserted", "2021-08-14")},
        id="had_gone_to_a_side",
    ),
    # "government forces began to leave X, and the SDF moved into the city": the holder leaving, a take
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "On Friday government forces began to leave Deir ez-Zor, and the SDF moved into the city.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="the_holder_leaves_as_a_side_moves_in",
    ),
    # "took Charikar and Maidan Shahr, which had come under attack on Saturday": the list's verb reaches its last item past the earlier ones
    pytest.param(
        AF,
        "2021-08-15T16:00:00+04:30",
        "On Sunday the Taliban took Charikar and Maidan Shahr, which had come under attack on Saturday, officials said.",
        {
            ("charikar", "captured", "asserted", "2021-08-15"),
            ("maidan-shahr", "captured", "asserted", "2021-08-15"),
            ("maidan-shahr", "contested", "asserted", "2021-08-14"),
        },
        id="a_list_whose_last_item_has_a_relative_clause",
    ),
    # "took Maidan Shahr, which had come under attack on Saturday": the relative clause's day is the attack's, not the take's
    pytest.param(
        AF,
        "2021-08-15T16:00:00+04:30",
        "The insurgents took Maidan Shahr, which had come under attack on Saturday.",
        {
            ("maidan-shahr", "captured", "asserted", "2021-08-15"),
            ("maidan-shahr", "contested", "asserted", "2021-08-14"),
        },
        id="an_own_relative_clause_of_another_event",
    ),
    # "broke through the western city's defensive lines"
    pytest.param(
        AF,
        "2021-08-12T18:00:00+04:30",
        "Taliban fighters broke through the western city's defensive lines in Herat on Thursday, residents said.",
        {("herat", "entered", "asserted", "2021-08-12")},
        id="broke_through_an_adjectives_citys_lines",
    ),
    # (1.120.0) "The rebels, who say they now control all of Aleppo, posted pictures": the relative pronoun's antecedent speaks
    pytest.param(
        SYRIA,
        "2024-11-30T18:00:00+03:00",
        "The rebels, who say they now control all of Aleppo, posted pictures of fighters at the citadel.",
        {("aleppo", "captured", "claimed", "2024-11-30")},
        id="a_relative_pronoun_whose_antecedent_speaks",
    ),
    # (1.120.0) "FALLEN" over an explainer's list heads its items as falls
    pytest.param(
        AF,
        "2021-08-11T14:00:00+04:30",
        "The Taliban hold eight provincial capitals. Where things stand:\n\nFALLEN\n\n- Sheberghan (Jowzjan): Saturday, Aug. 7.\n- Farah (Farah): Tuesday, Aug. 10.\n\nUNDER PRESSURE\n\n- Mazar-i-Sharif: ringed by Taliban-held districts.",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("mazar-i-sharif", "contested", "asserted", "2021-08-11"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_heading_fallen_over_its_items",
    ),
    # (1.120.0) "DOUMA — Local fighters took over on 8 December": an item's verb with no object takes the capital heading the item
    pytest.param(
        SYRIA,
        "2024-12-12T12:00:00+03:00",
        "How the cities changed hands:\n\nDOUMA — Local fighters took over on 8 December as the army left.\n\nHOMS — Rebels entered on 7 December.",
        {("douma", "captured", "asserted", "2024-12-08"), ("homs", "entered", "asserted", "2024-12-07")},
        id="an_items_verb_without_its_object",
    ),
    # (1.120.0) "- Suwayda: Druze armed groups took over the governorate and police buildings": the same with a seat for its object
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "Who holds what:\n\n- Suwayda: Druze armed groups took over the governorate and police buildings on Friday.",
        {("suwayda", "captured", "asserted", "2024-12-06")},
        id="an_items_verb_whose_object_is_a_seat",
    ),
    # (1.120.0) "the Kabul administration" is a side (theatre data) and names no place
    pytest.param(
        AF,
        "2021-08-08T20:00:00+04:30",
        "After the fall of Jalalabad, the Kabul administration has lost its road to Pakistan.",
        {("jalalabad", "captured", "asserted", "2021-08-08")},
        id="a_side_named_with_its_capital",
    ),
    # (1.120.0) "CORRECTION (13:10): An entry posted at 10:20 this morning said ...": a retracted entry
    pytest.param(
        SYRIA,
        "2024-12-01T14:00:00+03:00",
        "CORRECTION (13:10): An entry posted at 10:20 this morning said rebel fighters had entered Hama. The clashes were in villages north of the city.",
        set(),
        id="a_correction_of_an_entry_posted_earlier",
    ),
    # (1.120.0) "and no independent source could confirm it": unverified, no confirmation
    pytest.param(
        SYRIA,
        "2024-12-07T17:00:00+03:00",
        "The command said its fighters had broken into Homs from the north, and no independent source could confirm it.",
        {("homs", "entered", "claimed", "2024-12-07")},
        id="no_independent_source_could_confirm_it",
    ),
    # (1.120.0) "the statement of the command said": the command told again
    pytest.param(
        SYRIA,
        "2024-12-02T15:00:00+03:00",
        'The Military Operations Command announced the full capture of Aleppo on Sunday. "Aleppo is completely liberated," the statement of the command said.',
        {("aleppo", "captured", "claimed", "2024-12-01")},
        id="the_statement_of_the_command",
    ),
    # (1.120.0) "handed to local southern factions"
    pytest.param(
        SYRIA,
        "2024-12-08T10:00:00+03:00",
        "Key dates:\n\n- 6 Dec — Daraa handed to local southern factions under a withdrawal deal.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("daraa", "surrendered", "asserted", "2024-12-06")},
        id="handed_to_local_factions",
    ),
    # (1.120.0) "an assault was also under way on"
    pytest.param(
        AF,
        "2021-08-14T22:00:00+04:30",
        "An assault was also under way on Maidan Shahr on Saturday, officials said.",
        {("maidan-shahr", "contested", "asserted", "2021-08-14")},
        id="an_assault_under_way_on",
    ),
    # (1.120.0) "Herat, where the fighters entered on Thursday": an entry in the capital's own clause of place
    pytest.param(
        AF,
        "2021-08-13T11:00:00+04:30",
        "Herat, where the fighters entered on Thursday, has been under Taliban control since Friday morning, a council member said.",
        {("herat", "captured", "asserted", "2021-08-13"), ("herat", "entered", "asserted", "2021-08-12")},
        id="where_the_fighters_entered",
    ),
    # (1.120.0) "the governor compound and the remaining government centres were handed over"
    pytest.param(
        AF,
        "2021-08-13T11:00:00+04:30",
        "In Lashkar Gah, the governor compound and the remaining government centres were handed over to the Taliban on Friday morning, a security source said.",
        {
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "surrendered", "asserted", "2021-08-13"),
        },
        id="a_seat_list_of_government_centres",
    ),
    # (1.120.0) "the road between Kabul and Kandahar, where troops were still fighting on the city's edge": the last place is a place of its own
    pytest.param(
        AF,
        "2021-08-12T21:00:00+04:30",
        "The fall of Ghazni cuts the road between Kabul and Kandahar, where troops were still fighting on the city's edge on Thursday.",
        {
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("kandahar", "contested", "asserted", "2021-08-12"),
        },
        id="the_last_place_a_road_links_with_its_where_clause",
    ),
    # (1.120.0) "fighters ... were reported on the outskirts of Damascus"
    pytest.param(
        SYRIA,
        "2024-12-07T23:00:00+03:00",
        "Fighters from the southern factions were reported on the outskirts of Damascus on Saturday evening, residents said.",
        {("damascus", "contested", "asserted", "2024-12-07")},
        id="fighters_reported_on_the_outskirts",
    ),
    # (1.120.0) "An entry ... said local factions had taken Daraa on Saturday. The city was in fact taken on Friday evening": the retracted words drop, what they named is what "the city" after them stands for ("was in fact taken")
    pytest.param(
        SYRIA,
        "2024-12-11T20:00:00+03:00",
        "CORRECTION (18:00): An entry on this page on Saturday said local factions had taken Daraa on Saturday. The city was in fact taken on Friday evening, residents said.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="the_city_after_a_retracted_entry",
    ),
    # (1.121.0) "released images of their fighters standing outside the governor's compound in Bazarak": the side's take of the seat, here claimed and rejected
    pytest.param(
        AF,
        "2021-09-06T16:00:00+04:30",
        "The Taliban said on Monday they had taken all of Panjshir and released images of their fighters standing outside the governor's compound in Bazarak. The resistance front rejected the claim.",
        {("bazarak", "captured", "denied", "2021-09-06")},
        id="fighters_standing_outside_the_seat",
    ),
    # (1.121.0) "raised their flag in front of the governor's compound"
    pytest.param(
        AF,
        "2021-09-06T16:00:00+04:30",
        "Fighters raised their flag in front of the governor's compound in Bazarak on Monday, residents said.",
        {("bazarak", "captured", "asserted", "2021-09-06")},
        id="a_flag_raised_in_front_of_the_seat",
    ),
    # (1.121.0) "Images distributed by the Taliban showed ...": the side's own claim
    pytest.param(
        AF,
        "2021-09-06T20:00:00+04:30",
        "Images distributed by the Taliban showed fighters hoisting their flag over the governor's office in Bazarak on Monday.",
        {("bazarak", "captured", "claimed", "2021-09-06")},
        id="images_distributed_by_a_side",
    ),
    # (1.121.0) "leaving only the Kurdish districts ... outside their hands": a partial take
    pytest.param(
        SYRIA,
        "2024-11-30T20:00:00+03:00",
        "Rebels held Aleppo on Saturday, leaving only the Kurdish districts of Sheikh Maqsoud and Ashrafieh outside their hands, a monitor said.",
        {("aleppo", "captured", "partial", "2024-11-30")},
        id="leaving_only_districts_outside_their_hands",
    ),
    # (1.121.0) "the first ... since foreign troops began their withdrawal on May 1": the "since" clause's day, not the assault's
    pytest.param(
        AF,
        "2021-07-08T12:00:00+04:30",
        "Commandos drove the Taliban out of Qala-e Naw on Thursday. The assault on Qala-e Naw was the first on a provincial capital since foreign troops began their withdrawal on May 1.",
        {
            ("qala-e-naw", "contested", "asserted", "2021-07-08"),
            ("qala-e-naw", "retaken", "asserted", "2021-07-08"),
        },
        id="a_day_in_a_since_clause",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
