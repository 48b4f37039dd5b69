"""General rules found in the second-author round 25 (AF) and Syria rounds 21 and 22 copy, each
tested on sentences of our own (never the rounds' sentences)."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.test_extract_rules import SYRIA_PUBLISHED, control


def test_a_history_cue_in_a_closed_relative_clause_dates_the_aside(extractor: Extractor) -> None:
    """ "In X, where foreign troops had fought for years, officials handed the city over": the
    aside's past, not the handover's; a year of the clause's own still dates it."""
    body = (
        "On Friday, the insurgents took Kandahar, while in Lashkar Gah, where foreign troops had fought "
        "for years, officials handed the city to the Taliban. Rahimi, who fought Soviet troops for years, "
        "was among the commanders whose men entered Kabul in 1992."
    )
    assert control(extractor, body) == {
        ("kandahar", "captured", "asserted", "2021-08-06"),
        ("lashkar-gah", "surrendered", "asserted", "2021-08-06"),
        ("lashkar-gah", "captured", "asserted", "2021-08-06"),
    }


def test_capitals_that_had_both_or_all_fallen(extractor: Extractor) -> None:
    """ "X and Y had both fallen", "A, B and C have all fallen": each fell."""
    body = (
        "Officials confirmed that Farah, the capital of the western province, and Zaranj had both fallen "
        "to the insurgents on Friday. Kunduz, Taloqan and Sar-e Pul have all fallen, a lawmaker said."
    )
    assert control(extractor, body) == {
        ("farah", "captured", "asserted", "2021-08-06"),
        ("zaranj", "captured", "asserted", "2021-08-06"),
        ("kunduz", "captured", "asserted", "2021-08-09"),
        ("taloqan", "captured", "asserted", "2021-08-09"),
        ("sar-e-pul", "captured", "asserted", "2021-08-09"),
    }


def test_a_paragraph_told_in_the_present_after_a_history_is_news(extractor: Extractor) -> None:
    """After a paragraph about 2015, a paragraph whose first sentence has no date nor present
    marker is still the news when a later sentence of it is told in the present and names no
    early year; a history paragraph that runs on stays history."""
    body = (
        "The Taliban took Kunduz on Sunday.\n\n"
        "The insurgents briefly overran the city in 2015, before Afghan forces pushed them out.\n\n"
        "In the west, fierce fighting continued in Herat. The UN said on Sunday that 27 children had "
        "been killed in three days.\n\n"
        "The insurgents briefly overran the city in 2015, before Afghan forces pushed them out.\n\n"
        "Weeks later, they besieged Ghazni. Historians say it was the war's worst year, 2016."
    )
    assert control(extractor, body) == {
        ("kunduz", "captured", "asserted", "2021-08-08"),
        ("herat", "contested", "asserted", "2021-08-09"),
    }


def test_the_provincial_capital_is_not_the_national_capital_named_beside_it(extractor: Extractor) -> None:
    """ "Residents who reached Kabul said the provincial capital had come under mortar fire": a
    region's seat, the story's, never the national capital the sentence names."""
    body = (
        "Fighting raged near Bazarak, the capital of Panjshir. Residents who reached Kabul "
        "said the provincial capital had come under mortar fire."
    )
    assert control(extractor, body) == {("bazarak", "contested", "asserted", "2021-08-09")}


@pytest.mark.parametrize(
    "road",
    [
        "The insurgents hold much of the countryside around the city.",
        "The Taliban have seized districts nearby and now control much of the highway linking Kunduz with Kabul.",
        "They control parts of the main road to the airport.",
    ],
)
def test_holding_much_of_a_road_or_the_countryside_is_not_holding_the_city(
    extractor: Extractor, road: str
) -> None:
    """ "now control much of the highway linking X with Kabul": a road's, a countryside's or a
    province's part is held, not the city of the story; "most of the city" still is."""
    body = f"Kunduz has not come under attack. {road} In Ghazni, the rebels now control most of the city."
    assert control(extractor, body) == {("ghazni", "captured", "partial", "2021-08-09")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the holder pulls out, a side moves in: a takeover
            "On Dec. 6, troops pulled out of Deir ez-Zor and the SDF moved into the city.",
            {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        ),
        (
            "Kurdish-led fighters move into Deir ez-Zor as government troops withdraw.",
            {("deir-ez-zor", "captured", "asserted", "2024-12-10")},
        ),
        (  # or leaves, or retreats
            "On Dec. 6, the SDF moved into Deir ez-Zor after government forces and allied militias left "
            "the city. Rebels moved into Hama on Dec. 5 as the army retreated to Homs.",
            {
                ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
                ("hama", "captured", "asserted", "2024-12-05"),
            },
        ),
        (  # no one left: an entry
            "On Dec. 6, rebel fighters moved into Homs.",
            {("homs", "entered", "asserted", "2024-12-06")},
        ),
        (  # soldiers who abandon their posts leave no city: the main corpus's entry
            "On Dec. 6, rebel fighters moved into Homs after soldiers abandoned their posts.",
            {("homs", "entered", "asserted", "2024-12-06")},
        ),
    ],
)
def test_a_side_that_moves_in_as_the_holder_pulls_out_takes_the_city(
    syria_extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """ "troops pulled out of X and the SDF moved into the city": captured, not an entry."""
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == expected


def test_x_followed_opening_the_paragraph_after_a_fall(syria_extractor: Extractor) -> None:
    """ "X followed on <day>" that opens a paragraph, after a paragraph that told a fall (not only
    right after the sentence that told it): the next to fall."""
    body = (
        "Aleppo fell on Nov. 30 after its defenders pulled back. One soldier said his officers had left "
        "the night before.\n\nHama followed on Dec. 5.\n\nRebels later reached Homs. Damascus followed."
    )
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("aleppo", "captured", "asserted", "2024-11-30"),
        ("hama", "captured", "asserted", "2024-12-05"),
    }


def test_a_day_after_counts_from_the_main_clause_not_a_relative_clause_of_the_object(
    extractor: Extractor,
) -> None:
    """ "came a day after the insurgents took Ghazni and Herat, ..., which fell on Thursday
    evening": the day in the object's relative clause is its own, not the day to count back from."""
    body = (
        "The fall of Kandahar came a day after the insurgents took Ghazni and Herat, the third-largest "
        "city, which fell on Thursday evening."
    )
    events = control(extractor, body, published="2021-08-13T18:30:00+04:30")
    assert {e for e in events if e[0] != "kandahar"} == {
        ("ghazni", "captured", "asserted", "2021-08-12"),
        ("herat", "captured", "asserted", "2021-08-12"),
    }


def test_an_anti_soviet_commander_is_no_history(extractor: Extractor) -> None:
    """ "the veteran anti-Soviet commander Ismail Khan": a man's description, not a sentence about
    the Soviet war; "Soviet troops" still is."""
    body = (
        "In Herat, militiamen loyal to the veteran anti-Soviet commander Ismail Khan have been fighting "
        "off Taliban attacks on the outskirts of the city. Soviet troops once attacked Kandahar."
    )
    assert control(extractor, body) == {("herat", "contested", "asserted", "2021-08-09")}


def test_a_day_in_a_relative_clause_past_the_event_is_the_clause_s(extractor: Extractor) -> None:
    """ "The fall of Kabul capped a collapse that began on Aug. 6 with the loss of Zaranj": Aug. 6
    dates the collapse's start (Zaranj), not Kabul's fall (the report's day)."""
    body = "The fall of Kabul capped a stunning collapse that began on Aug. 6 with the loss of Zaranj."
    assert control(extractor, body, published="2021-08-15T23:50:00+04:30") == {
        ("kabul", "captured", "asserted", "2021-08-15"),
        ("zaranj", "captured", "asserted", "2021-08-06"),
    }


def test_the_group_that_announces_its_own_gains_claims_them(extractor: Extractor) -> None:
    """ "..., officials said, and the group said it had taken X": the side itself, named by its
    kind, speaks of its own gain in its own clause: claimed; what the officials said stays asserted."""
    body = (
        "The Taliban also took control of Khost, officials said, and the group said it had taken "
        "Mahmud-i-Raqi, the capital of Kapisa province, and Charikar."
    )
    assert control(extractor, body) == {
        ("khost", "captured", "asserted", "2021-08-09"),
        ("mahmud-i-raqi", "captured", "claimed", "2021-08-09"),
        ("charikar", "captured", "claimed", "2021-08-09"),
    }


def test_a_city_that_passed_to_a_side_s_control(syria_extractor: Extractor, extractor: Extractor) -> None:
    """ "Tartus passed to rebel control without a fight", "passed into Taliban control": taken."""
    body = "Tartus passed to rebel control without a fight on Monday, residents said."
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("tartus", "captured", "asserted", "2024-12-09"),
        ("tartus", "surrendered", "asserted", "2024-12-09"),
    }
    assert control(extractor, "Kunduz passed into Taliban control on Sunday.") == {
        ("kunduz", "captured", "asserted", "2021-08-08")
    }


def test_control_taken_after_an_entry_with_an_auxiliary_between(syria_extractor: Extractor) -> None:
    """ "entered the city on Dec. 7 and had taken full control by nightfall": the same subject
    took the city it entered, with "had" between the "and" and the verb."""
    body = "Rebels entered Homs on Dec. 7 and had taken full control by nightfall."
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("homs", "entered", "asserted", "2024-12-07"),
        ("homs", "captured", "asserted", "2024-12-07"),
    }


def test_a_takeover_after_commanders_negotiated_their_own_withdrawal(syria_extractor: Extractor) -> None:
    """ "took over the city after army commanders negotiated their own withdrawal": a handover."""
    body = "Local factions took over Daraa on Dec. 6 after army commanders negotiated their own withdrawal."
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("daraa", "captured", "asserted", "2024-12-06"),
        ("daraa", "surrendered", "asserted", "2024-12-06"),
    }


def test_what_a_side_did_in_earlier_years_is_history(syria_extractor: Extractor) -> None:
    """ "whose fighters helped the government retake Aleppo and Homs in earlier years": history
    with no year named, as "years ago" is; the news of the same story still counts."""
    body = (
        "Hezbollah, whose fighters helped the government retake Aleppo and Homs in earlier years, has "
        "been weakened. Rebels captured Hama on Dec. 5."
    )
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("hama", "captured", "asserted", "2024-12-05")
    }


def test_a_district_s_seat_of_power_is_no_capital_s(extractor: Extractor) -> None:
    """ "the district's police headquarters ... were now in Taliban hands" in a story set near
    Kabul: a district's seat changed hands, not the capital's; a capital's own seat still counts."""
    body = (
        "KABUL (Reuters) - Taliban insurgents took control of a district near Kabul on Monday. An "
        "official said the district's police headquarters and administrative centre were now in Taliban "
        "hands.\n\nIn Ghazni, fighters seized the governor's office on Monday."
    )
    assert control(extractor, body) == {("ghazni", "captured", "asserted", "2021-08-09")}
