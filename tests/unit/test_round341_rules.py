"""General rules found in session 49's rounds (press reviews, quote-led copy, eyewitness
dispatches and fact boxes of the Afghan offensive; fact boxes, translated copy, eyewitness
dispatches and press reviews of the Syrian one) and in the finals held out before them, each tested
on sentences of our own (never the rounds' sentences): the text, the theatre it is read in, when it
was published, and every control event it must yield (capital, type, modality, day). Each case
fails on the rules before it (extractor 1.124.0, or 1.125.0 for those marked 1.126.0, from the second
batch: local-source reporting, translated copy, urgents and writethrus, sidebars and profiles; Syria's
second-day stories, local-source reporting, live pages and sidebars; or 1.126.0 for those marked
1.127.0, from the third batch and 1.126.0's finals: numbers-heavy copy, second-day stories, military
analysis and the early phase; Syria's first and last days, broadcast copy and military analysis; or
1.127.0 for those marked 1.128.0, from the fourth batch: broadcast copy, explainers, Kabul's last
days, regional spellings; Syria's explainers, second-day stories, numbers-heavy copy, live pages; or
1.128.0 for the one marked 1.129.0, from 1.128.0's finals)."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule, sides
from tests.unit.test_extract_rules import control

CASES = [
    # "The fall of the city comes as fighting goes on in X and Y, where ...": the city the story is about, not the later name a "where" follows
    pytest.param(
        AF,
        "2021-08-07T18:00:00+04:30",
        "The Taliban captured Sheberghan on Saturday, officials said. The fall of the city came as fighting went on in Kunduz and Taloqan, where troops were holding out.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "contested", "asserted", "2021-08-07"),
            ("taloqan", "contested", "asserted", "2021-08-07"),
        },
        id="the_city_before_a_later_name_with_where",
    ),
    # "a rapid series of victories that began with X last Friday": the first of the falls told
    pytest.param(
        AF,
        "2021-08-12T19:30:00+04:30",
        "The insurgents now hold most of the north after a string of victories that began with Zaranj last Friday.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="victories_that_began_with_a_city",
    ),
    # a headline's "X, Y and Z lost in a single day": a list opening its clause, each item the participle's subject
    pytest.param(
        AF,
        "2021-08-08T21:00:00+04:30",
        "Kunduz, Sar-e Pul and Taloqan lost in a single day",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="a_headline_list_before_a_participle",
    ),
    # "X, Y seized by Taliban": a comma list, every item
    pytest.param(
        AF,
        "2021-08-08T21:00:00+04:30",
        "Sar-e Pul, Kunduz seized by Taliban",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
        },
        id="a_headline_comma_list_before_a_participle",
    ),
    # "X lost as Y comes under attack": the participle is the first capital's, the second has a clause of its own
    pytest.param(
        AF,
        "2021-08-10T21:00:00+04:30",
        "Pul-e Khumri lost as Faizabad comes under attack",
        {
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
            ("faizabad", "contested", "asserted", "2021-08-10"),
        },
        id="a_headline_participle_before_an_as_clause",
    ),
    # "X partly lost, Y breached as Taliban claim Z": a part of the first, the second's own participle, the claim only the third's
    pytest.param(
        AF,
        "2021-08-12T23:00:00+04:30",
        "Ghazni partly lost, Herat breached as Taliban claim Kandahar",
        {("ghazni", "captured", "partial", "2021-08-12"), ("kandahar", "captured", "claimed", "2021-08-12")},
        id="a_headline_of_three_clauses",
    ),
    # "told Kabul Evening Post that the city had fallen": an outlet's name, no place the phrase could stand for
    pytest.param(
        AF,
        "2021-08-06T21:00:00+04:30",
        "The Taliban took Zaranj on Friday. A deputy governor told Kabul Evening Post that the city had fallen without a fight.",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("zaranj", "surrendered", "asserted", "2021-08-06"),
        },
        id="a_capital_inside_an_outlets_name",
    ),
    # "North (6): A (Aug 7); B, C (Aug 8)" under a tally of capitals in a side's control: the region's count in brackets
    pytest.param(
        AF,
        "2021-08-10T22:00:00+04:30",
        "The Taliban took Farah on Tuesday.\n\nTALLY BY REGION (provincial capitals under Taliban control, Aug 10)\n\nNorth (3): Sheberghan (Aug 7); Kunduz, Taloqan (Aug 8).",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="a_tally_region_with_its_count",
    ),
    # "battled Afghan forces in A, B and C": the place phrase is the whole list's
    pytest.param(
        AF,
        "2021-08-02T10:00:00+04:30",
        "Taliban fighters battled Afghan forces in Kandahar, Herat and Lashkar Gah on Sunday, officials said.",
        {
            ("kandahar", "contested", "asserted", "2021-08-01"),
            ("herat", "contested", "asserted", "2021-08-01"),
            ("lashkar-gah", "contested", "asserted", "2021-08-01"),
        },
        id="a_place_phrase_of_a_list",
    ),
    # "- X and Y: Held by the SDF throughout." under a list of falls: an item its holder kept
    pytest.param(
        SYRIA,
        "2024-12-12T11:00:00+03:00",
        "Which Syrian cities fell, and when:\n- Tartus: Fell without a fight on Dec 9.\n- Raqqa and Hasakah: Held by the SDF throughout.",
        {
            ("tartus", "captured", "asserted", "2024-12-09"),
            ("tartus", "surrendered", "asserted", "2024-12-09"),
        },
        id="a_list_item_held_throughout",
    ),
    # "clashes on its northern outskirts from Dec 3": a fight told with the day it began
    pytest.param(
        SYRIA,
        "2024-12-12T11:00:00+03:00",
        "In Hama, clashes on the northern outskirts went on from Dec 3, a monitor said.",
        {("hama", "contested", "asserted", "2024-12-03")},
        id="a_fight_from_a_day",
    ),
    # "- X: Rebels broke into the western districts on ... and took the city on ...": the item's part, entered
    pytest.param(
        SYRIA,
        "2024-12-12T11:00:00+03:00",
        "Key dates:\n- Aleppo: Insurgents broke into the western districts on Nov 29 and held the city by Nov 30.",
        {("aleppo", "entered", "asserted", "2024-11-29"), ("aleppo", "captured", "asserted", "2024-11-30")},
        id="an_items_districts_entered",
    ),
    # a headline's "fight their way into X": the present of "fought their way into"
    pytest.param(
        AF,
        "2021-08-12T22:00:00+04:30",
        "Taliban fight their way into Herat",
        {("herat", "entered", "asserted", "2021-08-12")},
        id="fight_their_way_into_in_the_present",
    ),
    # "Rebels fight into X; southern factions say they are at the gates of Y": the speakers' own side, past the clause before
    pytest.param(
        SYRIA,
        "2024-12-07T23:00:00+03:00",
        "Rebels storm Homs; southern factions say they are at the gates of Damascus",
        {("homs", "entered", "asserted", "2024-12-07"), ("damascus", "contested", "claimed", "2024-12-07")},
        id="the_speakers_side_after_a_semicolon",
    ),
    # "Rebels fight their way into X, say they are encircling Y": the subject's second verb says it
    pytest.param(
        SYRIA,
        "2024-12-07T23:00:00+03:00",
        "Syrian rebels push into Homs, say they are encircling Damascus",
        {("homs", "entered", "asserted", "2024-12-07"), ("damascus", "contested", "claimed", "2024-12-07")},
        id="a_subjects_second_verb_of_speech",
    ),
    # "hit by a chemical attack in 2018, was retaken by the government that year": a year the sentence told, inside it
    pytest.param(
        SYRIA,
        "2024-12-12T11:00:00+03:00",
        "Douma, shelled for years and emptied by a deal in 2018, was retaken by the government that year after a long siege.",
        set(),
        id="that_year_inside_a_sentence",
    ),
    # "The next morning it was X. The port city passed to the rebels": a cleft presents the capital, "it" stands for none
    pytest.param(
        SYRIA,
        "2024-12-10T11:00:00+03:00",
        "Rebels were in control of Latakia by Sunday night. The next morning it was Tartus. The port city passed to the rebels without a fight, residents said.",
        {
            ("latakia", "captured", "asserted", "2024-12-08"),
            ("tartus", "captured", "asserted", "2024-12-09"),
            ("tartus", "surrendered", "asserted", "2024-12-09"),
        },
        id="a_cleft_presenting_a_capital",
    ),
    # "many from X and the villages around it ... set foot in the city": where people come from is no city the phrase stands for (the city the story is about, entered)
    pytest.param(
        SYRIA,
        "2024-12-01T11:00:00+03:00",
        "The rebels who seized Aleppo on Saturday were everywhere. Most were young, many from Idlib and the villages around it, and some said it was the first time they had set foot in the city.",
        {("aleppo", "captured", "asserted", "2024-11-30"), ("aleppo", "entered", "asserted", "2024-12-01")},
        id="many_from_a_city",
    ),
    # (1.126.0) "fighters had pushed into several neighbourhoods": parts of the city the story is about, entered
    pytest.param(
        AF,
        "2021-08-06T21:00:00+04:30",
        "Heavy clashes went on in Lashkar Gah on Friday. A Helmand lawmaker said Taliban fighters had pushed into several neighbourhoods.",
        {
            ("lashkar-gah", "contested", "asserted", "2021-08-06"),
            ("lashkar-gah", "entered", "asserted", "2021-08-06"),
        },
        id="several_neighbourhoods_entered",
    ),
    # (1.126.0) "commandos flown in overnight had driven the insurgents out": an expulsion from the story's city
    pytest.param(
        AF,
        "2021-07-08T21:00:00+04:30",
        "Taliban fighters broke into Qala-e Naw on Wednesday. By Thursday, residents said, commandos flown in overnight had driven the insurgents out.",
        {
            ("qala-e-naw", "entered", "asserted", "2021-07-07"),
            ("qala-e-naw", "retaken", "asserted", "2021-07-08"),
        },
        id="a_bare_expulsion",
    ),
    # (1.126.0) "Both times, troops pushed them out within days": the times told before, history
    pytest.param(
        AF,
        "2021-08-09T21:00:00+04:30",
        "Kunduz has long been a target for the Taliban, who briefly seized it in 2015 and came close to taking it again a year later. Both times, troops backed by air power pushed them out of the city within days.",
        set(),
        id="both_times_is_history",
    ),
    # (1.126.0) "X, the capital of Y, did fall to the Taliban on Saturday": an emphatic auxiliary
    pytest.param(
        AF,
        "2021-08-15T21:00:00+04:30",
        "Maimana, the capital of Faryab, did fall to the Taliban on Saturday, two residents said.",
        {("maymana", "captured", "asserted", "2021-08-14")},
        id="did_fall",
    ),
    # (1.126.0) "most of the city was now held by the insurgents" (a take), not "is still held by" (kept)
    pytest.param(
        AF,
        "2021-08-13T21:00:00+04:30",
        "An official said most of Qala-e Naw was now held by the insurgents. Bazarak is still held by the resistance.",
        {("qala-e-naw", "captured", "partial", "2021-08-13")},
        id="now_held_by_a_side",
    ),
    # (1.126.0) "an assault on the city itself was unlikely": an outcome weighed
    pytest.param(
        SYRIA,
        "2024-11-28T17:00:00+03:00",
        "A rebel spokesman said the fighters hoped to reach Aleppo, but analysts said an assault on the city itself was unlikely.",
        set(),
        id="an_assault_said_unlikely",
    ),
    # (1.126.0) "bused in under surrender deals in X and Y": a kind of deal, no handover told
    pytest.param(
        SYRIA,
        "2024-11-28T17:00:00+03:00",
        "Half of the enclave's people came from elsewhere, many bused in under surrender deals in Homs and the Damascus suburbs.",
        set(),
        id="surrender_deals_as_a_kind",
    ),
    # (1.126.0) "his fighters moved into X, taking over the city": a side's entry, the city it took
    pytest.param(
        SYRIA,
        "2024-12-11T09:00:00+03:00",
        "Last Friday, as government troops abandoned the east, his fighters moved into Deir ez-Zor, taking over the city as the last units pulled out.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="his_fighters_moved_into_a_city",
    ),
    # (1.126.0) "took over the provincial government headquarters ... in the city": a seat with a qualifier
    pytest.param(
        SYRIA,
        "2024-12-09T10:30:00+03:00",
        "Druze factions took over the provincial government headquarters, the police command and the security branches in Suwayda on Friday.",
        {("suwayda", "captured", "asserted", "2024-12-06")},
        id="the_provincial_government_headquarters",
    ),
    # (1.126.0) "X passed the same day to former rebel factions under a deal": a day told by reference
    pytest.param(
        SYRIA,
        "2024-12-09T10:30:00+03:00",
        "Druze factions took over Suwayda on Friday. Daraa passed the same day to former rebel factions under a deal that let the army withdraw.",
        {
            ("suwayda", "captured", "asserted", "2024-12-06"),
            ("daraa", "captured", "asserted", "2024-12-06"),
            ("daraa", "surrendered", "asserted", "2024-12-06"),
        },
        id="passed_the_same_day_to",
    ),
    # (1.126.0) a headline's "seize X and Y, Z handed over": a comma after a list closed by "and" opens a clause of its own
    pytest.param(
        AF,
        "2021-08-10T20:00:00+04:30",
        "Taliban seize Farah and Pul-e Khumri, Aybak handed over after request of elders",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
            ("aybak", "captured", "asserted", "2021-08-10"),
            ("aybak", "surrendered", "asserted", "2021-08-10"),
        },
        id="a_clause_after_a_closed_list",
    ),
    # (1.126.0) "'Our forces have entered X and are clearing its neighbourhoods,' a rebel commander said": the challenger clearing what it took, no retake
    pytest.param(
        SYRIA,
        "2024-12-07T18:00:00+03:00",
        '"Our forces have entered the city of Homs and are clearing its neighbourhoods," a rebel commander said on Telegram.',
        {("homs", "entered", "claimed", "2024-12-07")},
        id="a_challenger_clearing_what_it_entered",
    ),
    # (1.126.0) "had overrun the city's intelligence office": a facility the city owns, not the city
    pytest.param(
        AF,
        "2021-07-08T21:00:00+04:30",
        "Insurgent fighters pushed into Qala-e Naw on Wednesday. The governor said the Taliban had overrun the city's intelligence office.",
        {("qala-e-naw", "entered", "asserted", "2021-07-07")},
        id="a_facility_the_city_owns",
    ),
    # (1.126.0) "local men who had put down their weapons under the 2018 surrender deals ... have taken over X": no handover of now
    pytest.param(
        SYRIA,
        "2024-12-10T11:00:00+03:00",
        "Local men who had put down their weapons under the 2018 deals say they have taken over the government buildings in Douma.",
        {("douma", "captured", "asserted", "2024-12-10")},
        id="a_deal_of_an_earlier_year",
    ),
    # (1.127.0) "took over the governor's office in X on Sunday, and on Monday officials in Y handed the city over": the city of those who act in the phrase's own clause
    pytest.param(
        SYRIA,
        "2024-12-09T16:20:00+03:00",
        "Rebels took over the governor's office in Latakia on Sunday evening, and on Monday officials in Tartus handed the city over without a fight.",
        {
            ("latakia", "captured", "asserted", "2024-12-08"),
            ("tartus", "captured", "asserted", "2024-12-09"),
            ("tartus", "surrendered", "asserted", "2024-12-09"),
        },
        id="the_city_of_officials_who_act",
    ),
    # (1.127.0) "meeting no resistance, rebels declared X free": a peaceful manner, no negation
    pytest.param(
        SYRIA,
        "2024-12-08T11:00:00+03:00",
        "In the early hours of Sunday, meeting no resistance, rebels declared Damascus free.",
        {("damascus", "captured", "claimed", "2024-12-08")},
        id="meeting_no_resistance",
    ),
    # (1.127.0) "soldiers of the army's corps in X surrendered to the insurgents at the airport": a unit's surrender, not the city's
    pytest.param(
        AF,
        "2021-08-12T11:00:00+04:30",
        "Separately, hundreds of soldiers of the army's corps in Kunduz surrendered to the insurgents at the airport on Wednesday, officials said.",
        set(),
        id="a_corps_in_a_city_surrendering",
    ),
    # (1.127.0) "the loss of neighbouring X province's capital, which passed to former rebels under a deal": a province's capital named through its province
    pytest.param(
        SYRIA,
        "2024-12-07T14:00:00+03:00",
        "The withdrawal follows the loss of neighbouring Daraa province's capital, which passed to former rebels on Friday under a deal with army commanders.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("daraa", "surrendered", "asserted", "2024-12-06")},
        id="a_province_s_capital",
    ),
    # (1.127.0) spoken days: "Aleppo fell on the thirtieth of November"
    pytest.param(
        SYRIA,
        "2024-12-12T08:00:00+03:00",
        "A quick reminder of how fast it moved: Aleppo fell on the thirtieth of November.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="a_day_spoken_as_an_ordinal",
    ),
    # (1.127.0) "fought government forces street by street in the besieged southern city": an epithet of two adjectives
    pytest.param(
        AF,
        "2021-08-03T22:00:00+04:30",
        "The army urged residents of Lashkar Gah to leave their homes, as the Taliban fought government forces street by street in the besieged southern city.",
        {("lashkar-gah", "entered", "asserted", "2021-08-03")},
        id="the_besieged_southern_city",
    ),
    # (1.128.0) "The clashes came a day after celebratory gunfire erupted across X": when the fight came, not where
    pytest.param(
        AF,
        "2021-09-04T21:00:00+04:30",
        "Heavy fighting raged on Saturday around Bazarak. The clashes came a day after celebratory gunfire erupted across Kabul on Friday night.",
        {("bazarak", "contested", "asserted", "2021-09-04")},
        id="a_fight_that_came_after_something_elsewhere",
    ),
    # (1.128.0) a timeline's present tense: "X surrenders without a fight"
    pytest.param(
        AF,
        "2021-08-17T12:00:00+04:30",
        "Sunday, Aug 15: Jalalabad surrenders without a fight.",
        {
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
        },
        id="surrenders_in_a_timeline",
    ),
    # (1.128.0) "SDF fighters moved into the city within hours": a span of time, no place "within"; and fighting feared is no fight
    pytest.param(
        SYRIA,
        "2024-12-08T21:00:00+03:00",
        "Government forces pulled out of Deir ez-Zor on Friday, and SDF fighters moved into the city within hours. In Homs, residents fled toward the coast, fearing the fighting would reach them within days.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="moved_in_within_hours",
    ),
    # (1.128.0) "the Taliban said they had captured it": the topic, in a sentence naming none (not "Everyone who had a car took it")
    pytest.param(
        AF,
        "2021-08-08T21:00:00+04:30",
        "Kunduz is the big one. This morning the Taliban said they had captured it. Everyone who had a car took it.",
        {("kunduz", "captured", "claimed", "2021-08-08")},
        id="a_side_captured_it",
    ),
    # (1.128.0) "the first time Damascus has lost the city": the government that lost it, no place
    pytest.param(
        SYRIA,
        "2024-11-30T21:00:00+03:00",
        "Rebels took Aleppo on Saturday. It is the first time Damascus has lost the city since the war began in 2011.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="the_national_capital_that_lost_a_city",
    ),
    # (1.129.0) "In X, ... senior provincial officials surrendered to the Taliban": the holders of the city the sentence is set in (not soldiers at the airport)
    pytest.param(
        AF,
        "2021-08-13T11:30:00+04:30",
        "In Herat, veteran commander Ismail Khan and senior provincial officials surrendered to the Taliban on Friday morning. In Kunduz, hundreds of soldiers at the airport surrendered to the Taliban on Wednesday.",
        {("herat", "surrendered", "asserted", "2021-08-13"), ("herat", "captured", "asserted", "2021-08-13")},
        id="the_holders_of_a_fronted_city_surrendering",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_fighting_well_outside_the_city(syria_extractor: Extractor) -> None:
    """(1.127.0) "The fighting remained well outside the city itself": far from the city the
    story is about, no fight for it."""
    title = "Insurgents open offensive in Aleppo countryside, take villages"
    body = (
        "BEIRUT, Nov 27 (Agency) - Insurgents opened their largest offensive in years on Wednesday, "
        "overrunning villages in the countryside west of Aleppo, a monitor said.\n\nThe fighting remained "
        "well outside the city itself, and there was no sign of alarm in its streets on Wednesday evening, "
        "residents said."
    )
    assert control(syria_extractor, body, title=title, published="2024-11-27T21:00:00+03:00") == set()


def test_fighters_from_a_province_of_a_capital_are_its_side(syria_extractor: Extractor) -> None:
    """(1.127.0) "fighters from the southern province of Daraa had reached the edges of Damascus":
    the local side of the capital the province names (theatre data), past the label before it."""
    body = (
        "Earlier on Saturday, fighters from the southern province of Daraa had reached the edges of Damascus."
    )
    assert sides(syria_extractor, body, "2024-12-08T11:00:00+03:00") == [
        ("damascus", "contested", "southern")
    ]
