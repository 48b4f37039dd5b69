"""General rules found in session 48's rounds (the early phase of the Afghan offensive, Kabul's
last days and Panjshir, broadcast copy, explainers and opinion columns; the first and last days of
the Syrian offensive, broadcast copy and explainers), each tested on sentences of our own (never
the rounds' sentences): the text, the theatre it is read in, when it was published, and every
control event it must yield (capital, type, modality, day). Each case fails on the rules before it
(extractor 1.121.0, or 1.122.0 for those marked 1.123.0, from the second batch: local-source
reporting, translated copy, urgents and writethrus, military analysis, second-day stories and
live pages; or 1.123.0 for those marked 1.124.0, from the third batch: numbers-heavy copy,
second-day stories, military analysis, local-source reporting and sidebars)."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule, sides

CASES = [
    # "fighting reached districts near X": the districts, outside the city (no place noun crossed to "near")
    pytest.param(
        AF,
        "2021-07-20T12:00:00+04:30",
        "Fighting reached districts near Ghazni on Tuesday, officials said.",
        set(),
        id="fighting_reaching_districts_near_a_city",
    ),
    # "claimed the Kabul attack": the capital names the attack (a modifier), no take to claim
    pytest.param(
        AF,
        "2021-08-05T12:00:00+04:30",
        "The Taliban claimed the Kabul attack on a police compound on Thursday, a spokesman said.",
        set(),
        id="a_capital_naming_an_attack",
    ),
    # "battled government troops inside X and on the edges of Y and Z": the later items' own place at the edge; the entry is the first item's
    pytest.param(
        AF,
        "2021-08-07T18:00:00+04:30",
        "Taliban fighters battled government troops inside Kunduz and on the edges of Taloqan and Pul-e Khumri on Saturday.",
        {("kunduz", "entered", "asserted", "2021-08-07")},
        id="an_entry_not_reaching_items_at_the_edges",
    ),
    # "..., while in the north, army units were fighting near the Kunduz airport and on the western edge of the city": the one capital whose facility the clause names
    pytest.param(
        AF,
        "2021-08-03T18:00:00+04:30",
        "Heavy clashes went on around Lashkar Gah on Tuesday, officials said, while in the north, army units were fighting the Taliban near the Kunduz airport and on the western edge of the city.",
        {
            ("kunduz", "contested", "asserted", "2021-08-03"),
            ("lashkar-gah", "contested", "asserted", "2021-08-03"),
        },
        id="the_city_of_an_airport_in_its_own_clause",
    ),
    # "families from the nearby Andar and Deh Yak districts were streaming into the city": people moving, no side (past a three-word place before a list)
    pytest.param(
        AF,
        "2021-08-09T18:00:00+04:30",
        "Fighting reached the outskirts of Ghazni on Monday. Residents said families from the nearby Andar and Deh Yak districts were streaming into the city.",
        {("ghazni", "contested", "asserted", "2021-08-09")},
        id="families_from_named_districts_streaming_in",
    ),
    # "the fighting was confined to the outskirts of X": a fight at its edge
    pytest.param(
        SYRIA,
        "2024-12-03T18:00:00+03:00",
        "Officials said the fighting was confined to the outskirts of Hama on Tuesday.",
        {("hama", "contested", "asserted", "2024-12-03")},
        id="fighting_confined_to_the_outskirts",
    ),
    # "rejected a rebel claim that ..., saying clashes were raging on the outskirts": the claim is denied, the rejecter's own words are its news
    pytest.param(
        SYRIA,
        "2024-12-03T18:00:00+03:00",
        "The army rejected a rebel claim that fighters had entered Hama, saying clashes were raging on the outskirts of the city.",
        {
            ("hama", "contested", "asserted", "2024-12-03"),
            ("hama", "entered", "denied", "2024-12-03"),
        },
        id="a_rejecters_own_words",
    ),
    # "the fighting was nowhere near X": a negation
    pytest.param(
        AF,
        "2021-08-02T18:00:00+04:30",
        "A spokesman for the governor said the fighting was nowhere near Faizabad.",
        set(),
        id="fighting_nowhere_near_a_city",
    ),
    # "the insurgents still held large parts of the city": a challenger's hold on a part, a partial take (not "the same side still holds it")
    pytest.param(
        AF,
        "2021-08-06T18:00:00+04:30",
        "Residents of Kandahar said on Friday that the insurgents still held large parts of the city.",
        {("kandahar", "captured", "partial", "2021-08-06")},
        id="insurgents_still_holding_parts_of_a_city",
    ),
    # "CONFIRMED LOSSES" on its own line heads a list of falls
    pytest.param(
        AF,
        "2021-08-12T18:00:00+04:30",
        "CONFIRMED LOSSES\n\n- Farah: Aug. 10\n- Faizabad: Aug. 11",
        {
            ("faizabad", "captured", "asserted", "2021-08-11"),
            ("farah", "captured", "asserted", "2021-08-10"),
        },
        id="a_heading_of_confirmed_losses",
    ),
    # "This timeline lists the cities by the day they fell" heads a list; a dated line is an item though notes follow its names
    pytest.param(
        SYRIA,
        "2024-12-12T18:00:00+03:00",
        "This timeline lists the cities by the day they fell.\n\nNov. 30 - Aleppo, all but the Kurdish districts, in a single day.\n\nDec. 5 - Hama, in the centre of the country, in a single afternoon.",
        {
            ("aleppo", "captured", "asserted", "2024-11-30"),
            ("hama", "captured", "asserted", "2024-12-05"),
        },
        id="a_timeline_that_lists_the_days_they_fell",
    ),
    # "took control of the Syrian presidential palace" under the capital's dateline: the national seat past a country's adjective
    pytest.param(
        SYRIA,
        "2024-12-08T18:00:00+03:00",
        "DAMASCUS - Rebel fighters took control of the Syrian presidential palace on Sunday morning.",
        {("damascus", "captured", "asserted", "2024-12-08")},
        id="a_national_palace_with_a_countrys_adjective",
    ),
    # "released video of their fighters outside the governorate building in X": the side's own claim of the seat
    pytest.param(
        SYRIA,
        "2024-12-05T18:00:00+03:00",
        "The rebels released video of their fighters outside the governorate building in Hama on Thursday.",
        {("hama", "captured", "claimed", "2024-12-05")},
        id="video_of_a_sides_fighters_outside_the_seat",
    ),
    # "put out pictures of their fighters raising their flag over ...": the side's own imagery is its claim
    pytest.param(
        AF,
        "2021-08-14T18:00:00+04:30",
        "The Taliban put out pictures of their fighters raising their flag over the governor's compound in Maymana on Saturday.",
        {("maymana", "captured", "claimed", "2021-08-14")},
        id="a_side_that_put_out_pictures_of_its_fighters",
    ),
    # "though we have not had that confirmed": unverified
    pytest.param(
        SYRIA,
        "2024-12-09T18:00:00+03:00",
        "The SDF announced it had taken Deir ez-Zor, though we have not had that confirmed.",
        {("deir-ez-zor", "captured", "claimed", "2024-12-09")},
        id="we_have_not_had_that_confirmed",
    ),
    # "There were reports on social media on Sunday that ...": a claim (past more words before "that")
    pytest.param(
        AF,
        "2021-08-15T18:00:00+04:30",
        "There were reports on social media on Sunday that Taliban fighters had entered Jalalabad.",
        {("jalalabad", "entered", "claimed", "2021-08-15")},
        id="reports_on_social_media_that",
    ),
    # "that spring", inside a sentence, after a paragraph told in 2014: history
    pytest.param(
        SYRIA,
        "2024-12-10T18:00:00+03:00",
        "My father left Homs on a bus in May 2014.\n\nThe siege that came before it is a familiar story. Government forces took back the old city that spring, and he never went home.",
        set(),
        id="a_season_of_a_year_told_before",
    ),
    # "factions from the province of Quneitra ... had taken over the governorate and its capital": the region's own seat, though the factions come from it
    pytest.param(
        SYRIA,
        "2024-12-08T18:00:00+03:00",
        "Factions from the province of Quneitra said on Saturday they had taken over the governorate and its capital.",
        {("quneitra", "captured", "claimed", "2024-12-07")},
        id="the_governorate_and_its_capital",
    ),
    # "The SDF says it controls X": the speaker's own side, its claim
    pytest.param(
        SYRIA,
        "2024-12-09T18:00:00+03:00",
        "The SDF says it controls Deir ez-Zor.",
        {("deir-ez-zor", "captured", "claimed", "2024-12-09")},
        id="a_side_that_says_it_controls_a_city",
    ),
    # "It does not say the city has fallen": what a side leaves unsaid is no denial
    pytest.param(
        SYRIA,
        "2024-11-30T18:00:00+03:00",
        "The rebels said they had taken Aleppo. The army admitted that they had entered parts of the city. It does not say the city has fallen.",
        {
            ("aleppo", "captured", "claimed", "2024-11-30"),
            ("aleppo", "entered", "asserted", "2024-11-30"),
        },
        id="what_a_side_leaves_unsaid",
    ),
    # "are insisting that they took control ...", then "The government is denying that": a speaker's claim, denied
    pytest.param(
        SYRIA,
        "2024-12-07T18:00:00+03:00",
        "Factions in Suwayda are insisting that they took control of the city on Friday. The government is denying that.",
        {("suwayda", "captured", "denied", "2024-12-06")},
        id="a_side_insisting_on_its_take",
    ),
    # "fighters had secured X": a take
    pytest.param(
        SYRIA,
        "2024-12-05T18:00:00+03:00",
        "Residents said fighters had secured Hama by Thursday evening.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="fighters_who_secured_a_city",
    ),
    # "X is now run by the rebels": held by them
    pytest.param(
        SYRIA,
        "2024-12-09T18:00:00+03:00",
        "Residents said Douma is now run by the rebels.",
        {("douma", "captured", "asserted", "2024-12-09")},
        id="a_town_run_by_fighters",
    ),
    # "The airport in Aleppo was taken over by Kurdish fighters": the facility, not the city
    pytest.param(
        SYRIA,
        "2024-11-30T18:00:00+03:00",
        "The airport in Aleppo was taken over by Kurdish fighters on Saturday.",
        set(),
        id="a_facility_in_a_capital_as_subject",
    ),
    # (1.123.0) "the road to Kandahar, Afghanistan's second city, where fighting raged on the outskirts": the clause of place is Kandahar's, past its rank
    pytest.param(
        AF,
        "2021-08-12T18:00:00+04:30",
        "Ghazni fell on Thursday. Its loss cuts the road to Kandahar, Afghanistan's second city, where fighting raged on the outskirts on Thursday.",
        {
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("kandahar", "contested", "asserted", "2021-08-12"),
        },
        id="a_clause_of_place_past_a_cities_rank",
    ),
    # (1.123.0) "..., there was no independent confirmation, and in Uruzgan, local officials said Tarinkot was handed over": the doubt is of the clause before the turn to another speaker
    pytest.param(
        AF,
        "2021-08-15T01:30:00+04:30",
        "The Taliban said they took Qalat, there was no independent confirmation, and in Uruzgan, local officials said Tarinkot was handed over to the Taliban by an agreement in the afternoon.",
        {
            # (since 1.146.0 "in the afternoon", told at 01:30, dates the sentence the day before)
            ("qalat", "captured", "claimed", "2021-08-14"),
            ("tarinkot", "captured", "asserted", "2021-08-14"),
            ("tarinkot", "surrendered", "asserted", "2021-08-14"),
        },
        id="a_doubt_before_another_speakers_clause",
    ),
    # (1.123.0) "..., local sources said, and the Taliban announced that they took control of X, the claim was not confirmed": the doubt is of the later speaker's clause
    pytest.param(
        AF,
        "2021-08-16T09:40:00+04:30",
        "On Sunday, Maidan Shahr was handed over to the Taliban without fighting, local sources said, and the Taliban announced that they took control of Mahmud-i-Raqi, the claim was not confirmed independently.",
        {
            ("mahmud-i-raqi", "captured", "claimed", "2021-08-15"),
            ("maidan-shahr", "captured", "asserted", "2021-08-15"),
            ("maidan-shahr", "surrendered", "asserted", "2021-08-15"),
        },
        id="a_doubt_of_a_later_speakers_clause",
    ),
    # (1.123.0) "seized Taloqan on Sunday, local officials said, while the insurgents claimed a third northern city": the claim after the turn is not the take's
    pytest.param(
        AF,
        "2021-08-08T20:00:00+04:30",
        "Taliban fighters seized Taloqan on Sunday, local officials said, while the insurgents claimed a third northern city.",
        {("taloqan", "captured", "asserted", "2021-08-08")},
        id="a_claim_after_the_turn_to_another_speaker",
    ),
    # (1.123.0) "Hama's rapid fall on Dec. 5"
    pytest.param(
        SYRIA,
        "2024-12-12T17:20:00+03:00",
        "Analysts say Hama's rapid fall on Dec. 5 set the tone for everything that followed.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="a_citys_rapid_fall",
    ),
    # (1.123.0) "State control over Tartus collapsed": the holder lost it
    pytest.param(
        SYRIA,
        "2024-12-10T12:10:00+03:00",
        "State control over Tartus collapsed on Monday, residents said.",
        {("tartus", "captured", "asserted", "2024-12-09")},
        id="government_control_over_a_city_collapsed",
    ),
    # (1.123.0) "reports of a general collapse were lies": a rejection of other news, not of the claim told before
    pytest.param(
        SYRIA,
        "2024-12-07T09:30:00+03:00",
        'Southern factions said on Telegram that they had taken Quneitra on Saturday. There was no independent confirmation.\n\nThe defence ministry said that reports of a general collapse were "lies spread by hostile channels".',
        {("quneitra", "captured", "claimed", "2024-12-07")},
        id="reports_of_a_general_collapse_called_lies",
    ),
    # (1.124.0) "the insurgents were inside the governor's office": the seat that governs the city, taken (not an entry)
    pytest.param(
        AF,
        "2021-08-11T18:00:00+04:30",
        "A council member in Faizabad said the insurgents were inside the governor's office by Wednesday morning.",
        {("faizabad", "captured", "asserted", "2021-08-11")},
        id="fighters_inside_the_governors_office",
    ),
    # (1.124.0) "entered the governorate building in Hama": the seat taken, told with the city named
    pytest.param(
        SYRIA,
        "2024-12-05T18:00:00+03:00",
        "Rebel fighters entered the governorate building in Hama on Thursday, residents said.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="fighters_entering_the_governorate_building",
    ),
    # (1.124.0) "inside Afghanistan's presidential palace": the national seat past a country's name, an entry and a take of the capital
    pytest.param(
        AF,
        "2021-08-15T23:30:00+04:30",
        "KABUL - Taliban fighters are inside Afghanistan's presidential palace tonight.",
        {
            ("kabul", "captured", "asserted", "2021-08-15"),
            ("kabul", "entered", "asserted", "2021-08-15"),
        },
        id="the_presidential_palace_of_a_named_country",
    ),
    # (1.124.0) "at the gates of Hama prisons": the capital names the prisons (a plural modifier head)
    pytest.param(
        SYRIA,
        "2024-12-12T12:00:00+03:00",
        "Relatives have since gathered at the gates of Hama prisons, including the central prison, searching for the missing.",
        set(),
        id="the_prisons_of_a_capital",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_fighters_reported_at_the_gates_are_no_speakers(syria_extractor: Extractor) -> None:
    """ "Fighters from the southern provinces were reported at the gates of X": a speech verb in the
    passive names no speaker, so the fighters named before it are the side that presses the city
    (the theatre's southern factions, by the alias of where they come from)."""
    body = "Fighters from the southern provinces were reported at the gates of Damascus on Saturday."
    assert sides(syria_extractor, body, "2024-12-07T23:00:00+03:00") == [
        ("damascus", "contested", "southern")
    ]


def test_a_side_that_says_it_holds_a_city_is_its_holder(syria_extractor: Extractor) -> None:
    """ "The SDF says it controls X": the pronoun is the speaker's own side, not the default attacker."""
    assert sides(syria_extractor, "The SDF says it controls Deir ez-Zor.", "2024-12-09T18:00:00+03:00") == [
        ("deir-ez-zor", "captured", "sdf")
    ]


def test_an_hts_led_coalition_is_the_rebels(syria_extractor: Extractor) -> None:
    """(1.124.0) "the HTS-led coalition that seized Damascus": the rebels (theatre data), not the
    side named before it in the sentence."""
    body = (
        "Four days after the SDF moved into Deir ez-Zor, the city is a flashpoint between the US-backed "
        "force and the HTS-led coalition that seized Damascus on Sunday."
    )
    assert ("damascus", "captured", "rebels") in sides(syria_extractor, body, "2024-12-10T11:30:00+03:00")
