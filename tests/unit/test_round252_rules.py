"""General rules found in session 37's rounds, each tested on sentences of our own (never the
rounds' sentences): the text, the theatre it is read in, when it was published, and every control
event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule, sides

AF_MONDAY = "2021-08-16T09:00:00+04:30"  # Monday 16 Aug 2021
AF_FRIDAY = "2021-08-13T18:00:00+04:30"  # Friday 13 Aug 2021
SYRIA_SUNDAY_DEC = "2024-12-08T10:00:00+03:00"  # Sunday 8 Dec 2024
SYRIA_TUESDAY_DEC = "2024-12-10T16:00:00+03:00"  # Tuesday 10 Dec 2024

CASES = [
    # a live page's entry headed by an abbreviated weekday and its hour dates the entry
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_DEC,
        "Live coverage, newest first.\n\nSun 07:15 - Calm in the south\nNo clashes were reported "
        "overnight in Suwayda.\n\nFri 21:40 - Into the city\nRebel columns pushed into Hama from the "
        "east this evening, residents said.",
        {("hama", "entered", "asserted", "2024-12-06")},
        id="a_live_entrys_abbreviated_weekday_and_hour",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "Live updates.\n\nSat 22:05 - Eastern city\nTaliban fighters stormed into Jalalabad early this "
        "evening, two officials said.",
        {("jalalabad", "entered", "asserted", "2021-08-14")},
        id="an_entry_heading_dates_the_line_below",
    ),
    # a list item headed by a capital takes "entered" as its predicate, and the participles joined to it
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_DEC,
        "Where things stand:\n\n- Hama: entered and captured on Dec 5.\n- Idlib: held by the "
        "rebels since 2015.",
        {("hama", "entered", "asserted", "2024-12-05"), ("hama", "captured", "asserted", "2024-12-05")},
        id="an_items_entered_and_captured",
    ),
    # a take with no object in an item's notes is of the capital heading the item
    pytest.param(
        AF,
        AF_MONDAY,
        "How the week went:\n\n- Gardez (Paktia): Taliban fighters took control on Saturday after "
        "the garrison left.\n- Khost (Khost): fighters took over on Sunday as the last troops left.",
        {
            ("gardez", "captured", "asserted", "2021-08-14"),
            ("khost", "captured", "asserted", "2021-08-15"),
        },
        id="an_items_take_with_no_object",
    ),
    # "the ruined city of" bridges a take and its capital
    pytest.param(
        AF,
        AF_MONDAY,
        "Fighters said they had taken the battered city of Lashkar Gah on Friday.",
        {("lashkar-gah", "captured", "claimed", "2021-08-13")},
        id="the_battered_city_of",
    ),
    # a capital named as where troops withdraw to is no antecedent of "the provincial capital"
    pytest.param(
        AF,
        AF_FRIDAY,
        "Officials in Ghazni agreed to withdraw their staff to Kabul and handed the provincial capital "
        "over to the Taliban on Thursday.",
        {
            ("ghazni", "surrendered", "asserted", "2021-08-12"),
            ("ghazni", "captured", "asserted", "2021-08-12"),
        },
        id="withdrawn_to_is_a_destination",
    ),
    # "became the first ... to enter" is a fact, no plan
    pytest.param(
        AF,
        AF_MONDAY,
        "Taliban units became the first insurgent forces to enter Kabul on Sunday since 2001.",
        {("kabul", "entered", "asserted", "2021-08-15")},
        id="became_the_first_to_enter",
    ),
    # a table's line in prose: a capital, the side that took it and the day
    pytest.param(
        AF,
        AF_MONDAY,
        "How the north went.\n\nAYBAK (Samangan) - Taliban, 9 Aug. Elders asked for calm.\n\n"
        "MAZAR-I-SHARIF (Balkh) - Government, no change until 14 Aug.",
        {("aybak", "captured", "asserted", "2021-08-09")},
        id="a_capital_then_its_taker_and_day",
    ),
    # "taken over" and "attacked" as an item's predicates
    pytest.param(
        AF,
        AF_MONDAY,
        "The weekend:\n\n- Charikar (Parwan): taken over on Sunday.\n- Khost (Khost): attacked on Friday.",
        {
            ("charikar", "captured", "asserted", "2021-08-15"),
            ("khost", "contested", "asserted", "2021-08-13"),
        },
        id="an_items_taken_over_and_attacked",
    ),
    # "no government acknowledgement" leaves a list item a claim
    pytest.param(
        AF,
        AF_FRIDAY,
        "Capitals taken by the Taliban:\n1. Ghazni, Ghazni - Aug. 12 (residents; no government "
        "acknowledgement yet)",
        {("ghazni", "captured", "claimed", "2021-08-12")},
        id="no_government_acknowledgement",
    ),
    # "its" after "a provincial capital" stands for any capital, not the one told before
    pytest.param(
        AF,
        AF_FRIDAY,
        "Fighting went on in Ghazni on Thursday.\n\nWe record a provincial capital as fallen only when "
        "its capture is confirmed by officials.",
        {("ghazni", "contested", "asserted", "2021-08-12")},
        id="its_after_a_capital_in_general",
    ),
    # a city named before "bombing" modifies it: claiming a bombing takes no city
    pytest.param(
        AF,
        AF_FRIDAY,
        "The Taliban claimed the Jalalabad bombing and warned of more attacks.",
        set(),
        id="claimed_the_city_bombing",
    ),
    # a chronology's present tense: "push the insurgents out of" is a retake
    pytest.param(
        AF,
        AF_FRIDAY,
        "Chronology.\n\nAUG. 11 (Wednesday) - Commandos push the insurgents out of two neighbourhoods "
        "of Farah.",
        {("farah", "retaken", "partial", "2021-08-11")},
        id="a_chronologys_present_retake_and_bracketed_weekday",
    ),
    # a handover under discussion has not happened
    pytest.param(
        AF,
        AF_FRIDAY,
        "A handover of Tarinkot to the Taliban is under discussion, tribal elders said.",
        set(),
        id="a_handover_under_discussion",
    ),
    # "controlled the provincial capital" as a take, the capital told before
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_DEC,
        "Street fighting went on in Homs on Saturday. By nightfall the rebels controlled the whole of "
        "the provincial capital, residents said.",
        {("homs", "entered", "asserted", "2024-12-07"), ("homs", "captured", "asserted", "2024-12-07")},
        id="controlled_the_whole_of_the_provincial_capital",
    ),
    # "so did X" after a fall told in the sentence before: X fell too
    pytest.param(
        AF,
        AF_MONDAY,
        "Last Thursday Ghazni fell. On Friday, so did Qalat, the capital of Zabul.",
        {("ghazni", "captured", "asserted", "2021-08-12"), ("qalat", "captured", "asserted", "2021-08-13")},
        id="so_did_after_a_fall",
    ),
    # "came into" the city is an entry; as the holder leaves, a takeover
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_DEC,
        "Residents said armed men came into Homs from the north on Saturday evening and fighting "
        "broke out near the clock tower.",
        {("homs", "entered", "asserted", "2024-12-07")},
        id="came_into_the_city",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "Taliban fighters came into Gardez on Saturday after the last troops left, residents said.",
        {("gardez", "captured", "asserted", "2021-08-14")},
        id="came_into_as_the_holder_left",
    ),
    # clashes that "could be heard" are heard: a perception, no modal
    pytest.param(
        AF,
        AF_FRIDAY,
        "Residents said heavy clashes could be heard in Maimana on Thursday night.",
        {("maymana", "contested", "asserted", "2021-08-12")},
        id="clashes_could_be_heard",
    ),
    # land that "surrounds" a capital is geography, no siege
    pytest.param(
        AF,
        AF_FRIDAY,
        "Kapisa province, which surrounds Mahmud-i-Raqi, was quiet on Thursday.",
        set(),
        id="a_province_that_surrounds_the_city",
    ),
    # "the road led on to X": the story goes there next, so "its" and "the city" are X
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_DEC,
        "Hama fell on Thursday. From there the road led south to Homs. Rebels were fighting on its "
        "northern edge by Friday night. On Saturday they pushed into the city.",
        {
            ("hama", "captured", "asserted", "2024-12-05"),
            ("homs", "contested", "asserted", "2024-12-06"),
            ("homs", "entered", "asserted", "2024-12-07"),
        },
        id="the_road_led_on_to",
    ),
    # a region taken "including the city of X" takes X with it
    pytest.param(
        AF,
        AF_MONDAY,
        "The Taliban said on Sunday they had taken control of the province of Kapisa, including the "
        "mountain city of Mahmud-i-Raqi.",
        {("mahmud-i-raqi", "captured", "claimed", "2021-08-15")},
        id="a_province_including_the_city_of",
    ),
    # an operation that "aims at the liberation of" a city has not taken it
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_DEC,
        "The command said the new operation aims at the liberation of Hama and the return of the displaced.",
        set(),
        id="aims_at_the_liberation_of",
    ),
    # "the city" in a clause naming one capital, after a clause naming others, is that one
    pytest.param(
        AF,
        AF_MONDAY,
        "On Friday the insurgents took Qalat and Tarinkot, and on Saturday tribal elders in Sharana "
        "talked the governor into handing the city over without a fight.",
        {
            ("qalat", "captured", "asserted", "2021-08-13"),
            ("tarinkot", "captured", "asserted", "2021-08-13"),
            ("sharana", "surrendered", "asserted", "2021-08-14"),
            ("sharana", "captured", "asserted", "2021-08-14"),
        },
        id="the_city_in_its_own_clause",
    ),
    # "And on Friday it was X" after a fall told the sentence before
    pytest.param(
        AF,
        AF_MONDAY,
        "On Saturday the Taliban took Farah. And on Friday it was Sheberghan, in the north.",
        {
            ("farah", "captured", "asserted", "2021-08-14"),
            ("sheberghan", "captured", "asserted", "2021-08-13"),
        },
        id="and_on_a_day_it_was",
    ),
    # an attack pushed up to a city's approaches is a fight for it
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_DEC,
        "An army source said the militants pushed their attack up to the northern approaches of Hama on "
        "Saturday.",
        {("hama", "contested", "asserted", "2024-12-07")},
        id="pushed_their_attack_up_to_the_approaches",
    ),
    # an aside of how long ("for decades the bedrock of ...") dates nothing the sentence tells
    pytest.param(
        AF,
        AF_MONDAY,
        "The north, for decades the stronghold of anti-Taliban commanders, slipped away within a day of "
        "the insurgents seizing Mazar-i-Sharif on Saturday.",
        {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        id="a_duration_aside_is_no_history_of_the_news",
    ),
    # a prose table in title case: a capital, a dash, the side that took it and the day
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY_DEC,
        "Who holds what.\n\nHama - HTS-led rebels, 5 Dec. The army said it had redeployed.\n"
        "Deir ez-Zor - SDF, 6 Dec, after the army pulled out.\nRaqqa - SDF, unchanged since 2017.",
        {
            ("hama", "captured", "asserted", "2024-12-05"),
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
        },
        id="a_title_case_prose_table",
    ),
    # talk of reaching a city is a goal, not a fight
    pytest.param(
        AF,
        AF_FRIDAY,
        "Some commanders have spoken of reaching the gates of Kandahar within days.",
        set(),
        id="spoken_of_reaching",
    ),
    # "leaving the Taliban to walk in": they did
    pytest.param(
        AF,
        AF_FRIDAY,
        "The governor withdrew his forces on Thursday, leaving the Taliban to take over Qalat.",
        {("qalat", "captured", "asserted", "2021-08-12")},
        id="leaving_them_to_take_over",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_a_subject_ranked_first_is_the_actor_not_its_class(syria_extractor: Extractor) -> None:
    """ "Fighters of X were the first opposition forces to enter Damascus": X entered, not the
    class the predicate ranks it in."""
    body = (
        "Fighters of the Southern Operations Room were the first opposition forces to enter "
        "Damascus late on Saturday, residents said."
    )
    assert sides(syria_extractor, body, SYRIA_SUNDAY_DEC) == [("damascus", "entered", "southern")]
