"""General rules found in session 36's rounds, each tested on sentences of our own (never the
rounds' sentences): the text, the theatre it is read in, when it was published, and every control
event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule, sides

AF_SATURDAY = "2021-08-14T21:00:00+04:30"  # Saturday 14 Aug 2021
AF_TUESDAY = "2021-08-10T14:00:00+04:30"  # Tuesday 10 Aug 2021
AF_SUNDAY_NIGHT = "2021-08-08T23:00:00+04:30"  # Sunday 8 Aug 2021
AF_WEDNESDAY = "2021-08-11T20:00:00+04:30"  # Wednesday 11 Aug 2021
SYRIA_SATURDAY_DEC = "2024-12-07T14:00:00+03:00"  # Saturday 7 Dec 2024
SYRIA_WEDNESDAY = "2024-12-04T14:00:00+03:00"  # Wednesday 4 Dec 2024
SYRIA_THURSDAY_NOV = "2024-11-28T12:00:00+03:00"  # Thursday 28 Nov 2024

CASES = [
    # a foreign country the dateline names is where the story was filed, no agent of the take
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "ANKARA, Turkey, Dec 7 (Levant Wire) - Hundreds of fighters took control of Deir ez-Zor on "
        "Friday after government troops withdrew, residents said.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="a_datelines_country_is_no_agent",
    ),
    pytest.param(
        AF,
        AF_SATURDAY,
        "ISLAMABAD, Pakistan, Aug 14 (Frontier Wire) - Hundreds of fighters stormed into Pul-e Alam on "
        "Saturday, a provincial council member said.",
        {("pul-e-alam", "entered", "asserted", "2021-08-14")},
        id="a_datelines_neighbour_is_no_agent",
    ),
    # what an advance aims or points at is a direction, not where anyone fights
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY_NOV,
        "Drawn on a map, the rebel salient points at the northern edge of Hama like an arrowhead.",
        set(),
        id="a_salient_pointing_at_the_edge",
    ),
    # the land around a capital ("the Idlib countryside") is no topic beside a place the
    # sentence names
    pytest.param(
        SYRIA,
        SYRIA_WEDNESDAY,
        "The assault that began in the Idlib enclave last week reached Hama, the fourth city of the "
        "country. Rebel commanders said on Wednesday that their men had entered its eastern districts.",
        {("hama", "entered", "claimed", "2024-12-04")},
        id="the_land_around_a_capital_is_no_topic",
    ),
    # a denial of "it" with a time after it
    pytest.param(
        AF,
        AF_SATURDAY,
        "The Taliban said they had seized Gardez, but the governor's spokesman denied it late on Saturday.",
        {("gardez", "captured", "denied", "2021-08-14")},
        id="denied_it_late_on_a_day",
    ),
    # "took charge of" a city is a take
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "Local armed groups took charge of Quneitra on Saturday as the army pulled back, residents said.",
        {("quneitra", "captured", "asserted", "2024-12-07")},
        id="took_charge_of",
    ),
    # holding n of a city's m districts is a partial take
    pytest.param(
        AF,
        AF_TUESDAY,
        "By Tuesday the insurgents held seven of Kandahar's ten police districts, a lawmaker said.",
        {("kandahar", "captured", "partial", "2021-08-10")},
        id="held_n_of_the_citys_districts",
    ),
    # "few people in Kabul" are an audience, not the story's place
    pytest.param(
        AF,
        AF_SUNDAY_NIGHT,
        "Sar-e Pul sits far from the main roads, and few people in Kabul gave it a thought until this "
        "week.\n\nOn Sunday the city fell to the insurgents, a local official said.",
        {("sar-e-pul", "captured", "asserted", "2021-08-08")},
        id="few_people_in_the_national_capital",
    ),
    # "became the 6th of the 34 capitals taken"
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Taloqan became the 6th of the country's 34 provincial capitals taken by the insurgents.",
        {("taloqan", "captured", "asserted", "2021-08-11")},
        id="the_nth_of_the_capitals_taken",
    ),
    # "spread through most of" a city is a partial take
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "By Saturday evening opposition fighters had spread across most of Homs, a war monitor said.",
        {("homs", "captured", "partial", "2024-12-07")},
        id="spread_across_most_of",
    ),
    # an appositive "under rebel control since ..." tells a take
    pytest.param(
        SYRIA,
        SYRIA_WEDNESDAY,
        "In Hama, under rebel control since the morning, crowds gathered in the main square.",
        {("hama", "captured", "asserted", "2024-12-04")},
        id="an_appositive_under_rebel_control",
    ),
    # reports called "completely false" are denied
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "State media said reports that Homs had fallen to the insurgents were totally false.",
        {("homs", "captured", "denied", "2024-12-07")},
        id="reports_totally_false",
    ),
    # police and security buildings, and a governorate's institutions, are seats of power
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "In Daraa, local fighters took over the police and security buildings on Saturday, residents said.",
        {("daraa", "captured", "asserted", "2024-12-07")},
        id="police_and_security_buildings",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "Druze factions in Suwayda said on Saturday they had seized the governorate's institutions in the city.",
        {("suwayda", "captured", "claimed", "2024-12-07")},
        id="the_governorates_institutions",
    ),
    # "announced the control of" a city is a claim of it
    pytest.param(
        AF,
        AF_SATURDAY,
        "The Islamic Emirate on Saturday announced the control of Asadabad, the capital of Kunar.",
        {("asadabad", "captured", "claimed", "2021-08-14")},
        id="announced_the_control_of",
    ),
    # "under any threat" is said only to deny that there is one
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "A ministry official rejected that Mazar-i-Sharif is under any threat.",
        set(),
        id="under_any_threat",
    ),
    # a claim whose confirmation is of a part: partial
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "The Taliban said on Wednesday they had captured Faizabad, while officials admitted that some "
        "parts of it were gone.",
        {("faizabad", "captured", "partial", "2021-08-11")},
        id="a_claim_confirmed_in_part",
    ),
    # "did not accept that" the city had gone is a denial
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "The defence ministry did not accept that the whole of Farah had gone.",
        {("farah", "captured", "denied", "2021-08-11")},
        id="did_not_accept_that",
    ),
    # a doubt after a later claim with news of its own is about that claim only
    pytest.param(
        AF,
        AF_SATURDAY,
        "Fighters were attacking Asadabad on Saturday, and the group later claimed that Sharana was in "
        "their hands, a claim that could not be verified.",
        {
            ("asadabad", "contested", "asserted", "2021-08-14"),
            ("sharana", "captured", "claimed", "2021-08-14"),
        },
        id="a_doubt_of_the_later_claim",
    ),
    # a relative's second verb, "controlled by that night", is a take of the city it stands for
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "State media said nothing more of Hama, which the rebels entered and controlled by nightfall.",
        {("hama", "entered", "asserted", "2024-12-07"), ("hama", "captured", "asserted", "2024-12-07")},
        id="entered_and_controlled_by_nightfall",
    ),
    # "both provincial capitals" stands for the two the sentence names
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "Officials spoke of Quneitra and Suwayda, where armed locals had taken over both provincial capitals "
        "on Saturday.",
        {
            ("quneitra", "captured", "asserted", "2024-12-07"),
            ("suwayda", "captured", "asserted", "2024-12-07"),
        },
        id="both_provincial_capitals",
    ),
    # a time between "took control" and its object, as non-native desks write it
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "Armed local groups took control early on Saturday of the city of Suwayda, residents said.",
        {("suwayda", "captured", "asserted", "2024-12-07")},
        id="took_control_early_on_a_day_of",
    ),
    # where an offensive was launched from is an origin, not a place "the city" may stand for
    pytest.param(
        SYRIA,
        SYRIA_WEDNESDAY,
        "The insurgents mounted their assault on Saturday from Idlib, reached Hama on Tuesday "
        "and by Wednesday held much of the city.",
        {("hama", "captured", "partial", "2024-12-04")},
        id="an_assault_from_a_place_is_an_origin",
    ),
    # rebels from a place came from it ("former rebels from Daraa ... its southern districts")
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "Men of the southern factions, mostly former rebels from Quneitra, entered the capital on Saturday, "
        "pushing into its western districts.",
        {("damascus", "entered", "asserted", "2024-12-07")},
        id="rebels_from_a_place",
    ),
    # "the running tally, with dates:" heads a list of takes
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "The Taliban took Farah on Tuesday, officials said.\n\nThe running tally, with dates:\n\n"
        "1. Zaranj - Aug. 6\n\n2. Sheberghan - Aug. 7",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_running_tally_with_dates",
    ),
    # a dated item's notes tell a handover by a deal; "after what X called a deal" is one
    pytest.param(
        AF,
        AF_SATURDAY,
        "Below is a list of the capitals and the dates they fell.\n\n"
        "1. GARDEZ, Paktia - Aug. 14. Officials left after what an elder called a deal with the insurgents.",
        {
            ("gardez", "captured", "asserted", "2021-08-14"),
            ("gardez", "surrendered", "asserted", "2021-08-14"),
        },
        id="a_dated_items_note_of_a_deal",
    ),
    # a dated item's notes tell a handover told by its verb ("the governor handed over the rest")
    pytest.param(
        AF,
        AF_SATURDAY,
        "Below is a list of the capitals and the dates they fell.\n\n"
        "1. QALAT, Zabul - Aug. 13. Most of the city fell on Aug. 12; the governor handed over the rest on Friday.",
        {
            ("qalat", "captured", "asserted", "2021-08-13"),
            ("qalat", "surrendered", "asserted", "2021-08-13"),
            ("qalat", "captured", "partial", "2021-08-12"),
        },
        id="a_dated_items_note_of_a_handover",
    ),
    # a participle after a list of capitals is the list's
    pytest.param(
        AF,
        AF_SATURDAY,
        "Farah and Zaranj, taken on Tuesday and Friday respectively, were calm.",
        {("farah", "captured", "asserted", "2021-08-10"), ("zaranj", "captured", "asserted", "2021-08-13")},
        id="a_lists_participle_respectively",
    ),
    pytest.param(
        AF,
        AF_SATURDAY,
        "Kunduz, Taloqan and Aybak, all taken on Sunday, were calm.",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("aybak", "captured", "asserted", "2021-08-08"),
        },
        id="a_lists_participle_all",
    ),
    # the holder telling its own holding changes no hands
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY_NOV,
        "The government had held Hama throughout the war, a monitor said.",
        set(),
        id="the_holders_own_holding",
    ),
    # fighters from the land around a capital came from it: "its" is not that capital
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "Fighters from the Idlib enclave poured into its western neighbourhoods on Saturday.",
        set(),
        id="fighters_from_the_land_around_a_capital",
    ),
    # fighters "under orders to wait at the gates" are not there
    pytest.param(
        AF,
        AF_SATURDAY,
        "A spokesman said the group's units were under orders to wait at the gates of Mazar-i-Sharif.",
        set(),
        id="under_orders_to",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_a_bare_they_is_the_side_the_sentence_before_opened_on(syria_extractor: Extractor) -> None:
    """ "They" opening a sentence is the side the sentence before opened on as its subject, not
    the theatre's default attacker; never the side that held the city."""
    opener = (
        "The Syrian Democratic Forces have run Raqqa and Hasakah for years. They also took over "
        "Deir ez-Zor on Friday, residents said."
    )
    assert sides(syria_extractor, opener, SYRIA_SATURDAY_DEC) == [("deir-ez-zor", "captured", "sdf")]
    holder = "Government troops pulled back on Friday. They also took over Deir ez-Zor, residents said."
    assert sides(syria_extractor, holder, SYRIA_SATURDAY_DEC) == [("deir-ez-zor", "captured", "rebels")]
