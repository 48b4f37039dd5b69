"""General rules found in session 46's rounds (eyewitness, claims and counter-claims, regional
outlets', fact boxes with narrative, the early sieges, the last days, translated and broadcast copy;
broadcast, snaps, regional roundups, live pages, claims and translated copy from Syria, and the
finals read after 1.116.0 and 1.117.0), each tested on sentences of our own (never the rounds'
sentences): the text, the theatre it is read in, when it was published, and every control event it
must yield (capital, type, modality, day). Each case fails on the rules before it (extractor
1.115.0, or the version before for those marked 1.117.0 and 1.118.0) but one, which guards a
rule's reach."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

CASES = [
    # a tally's region labels ("North: ...; Northeast: ...") head its items, several on one line
    pytest.param(
        AF,
        "2021-08-11T20:00:00+04:30",
        "The Taliban took Faizabad on Wednesday, officials said.\n\nWhere the capitals stand (fallen so far):\n\nNorth: Sheberghan (Aug 7); Kunduz and Taloqan (Aug 8). Northeast: Faizabad (Aug 11). West: Zaranj (Aug 6); Farah (Aug 10).\n\nGhani flew north on Wednesday to meet commanders.",
        {
            ("faizabad", "captured", "asserted", "2021-08-11"),
            ("farah", "captured", "asserted", "2021-08-10"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
        },
        id="a_tallys_region_labels",
    ),
    # "Below is what is known about each city", after "Seven capitals have fallen": each item a fall
    pytest.param(
        AF,
        "2021-08-10T22:00:00+04:30",
        "Seven provincial capitals have fallen to the Taliban in five days. Below is what is known about each city.\n\nKunduz (Kunduz) — Sunday, Aug 8. Police and officials left for the airport overnight.\n\nAybak (Samangan) — Monday, Aug 9. Fighters reached the centre by noon.",
        {("aybak", "captured", "asserted", "2021-08-09"), ("kunduz", "captured", "asserted", "2021-08-08")},
        id="a_lead_in_on_each_city",
    ),
    # a chronology's verbless item ("- Dec 5: Hama.") tells what the item before told
    pytest.param(
        SYRIA,
        "2024-12-12T12:00:00+03:00",
        "The caretaker cabinet met for the first time on Wednesday.\n\nKey moments:\n\n- Nov 30: Rebels take Aleppo.\n- Dec 5: Hama.\n- Dec 8: Damascus and Douma.",
        {
            ("aleppo", "captured", "asserted", "2024-11-30"),
            ("damascus", "captured", "asserted", "2024-12-08"),
            ("douma", "captured", "asserted", "2024-12-08"),
            ("hama", "captured", "asserted", "2024-12-05"),
        },
        id="a_chronologys_verbless_items",
    ),
    # a side that "crossed ... and moved into" a city entered it (the subject of the joined verbs)
    pytest.param(
        SYRIA,
        "2024-12-07T10:00:00+03:00",
        "On Friday evening fighters of the Syrian Democratic Forces crossed the Euphrates from the east bank and moved into Deir ez-Zor, residents said.",
        {("deir-ez-zor", "entered", "asserted", "2024-12-06")},
        id="crossed_and_moved_into",
    ),
    # a quote's "told a reporter by telephone on Saturday" dates the telling, not the story
    pytest.param(
        AF,
        "2021-08-07T12:00:00+04:30",
        'KUNDUZ - The shopkeeper had pulled down his shutters on Friday when the first pick-ups reached the bazaar.\n\n"They came from the river road. Nobody fired," he told a reporter by telephone on Saturday.\n\nBy the evening the insurgents held the governor\'s compound in Sheberghan, a provincial official said.',
        {("sheberghan", "captured", "asserted", "2021-08-06")},
        id="a_quotes_day_of_telling",
    ),
    # "the same day" is the day told before, not a later clause's
    pytest.param(
        SYRIA,
        "2024-12-10T12:00:00+03:00",
        "Damascus fell before dawn on Dec 8. Douma was taken the same day, and Tartus passed to the rebels on Dec 9.",
        {
            ("damascus", "captured", "asserted", "2024-12-08"),
            ("douma", "captured", "asserted", "2024-12-08"),
            ("tartus", "captured", "asserted", "2024-12-09"),
        },
        id="the_same_day_before_a_later_clause",
    ),
    # "in the hands of southern factions since Friday": a take on that day, with no verb
    pytest.param(
        SYRIA,
        "2024-12-07T18:00:00+03:00",
        "The rebels pressed on towards the capital on Saturday.\n\nWhere things stand:\n- Daraa: in the hands of southern factions since Friday.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="in_the_hands_of_since_an_item",
    ),
    # "They say" after a side's unnamed men said: the same claimant
    pytest.param(
        SYRIA,
        "2024-12-06T23:00:00+03:00",
        "In the south, armed factions from the Southern Operations Room say they took Daraa this evening. They say army officers handed over the city after a night of talks.",
        {("daraa", "captured", "claimed", "2024-12-06"), ("daraa", "surrendered", "claimed", "2024-12-06")},
        id="they_say_after_a_sides_claim",
    ),
    # "are telling their supporters": a speech, the speaker's claim
    pytest.param(
        SYRIA,
        "2024-12-05T20:00:00+03:00",
        "Rebel commanders are telling their supporters that their men are now in full control of Hama.",
        {("hama", "captured", "claimed", "2024-12-05")},
        id="telling_their_supporters",
    ),
    # a speaker's aside with a "that" clause of its own ("which is the coalition that ...") before "says"
    pytest.param(
        SYRIA,
        "2024-12-07T20:00:00+03:00",
        "The Military Operations Command, which is the coalition that launched the offensive, says its fighters entered Homs on Saturday.",
        {("homs", "entered", "claimed", "2024-12-07")},
        id="a_speakers_aside_with_a_that_clause",
    ),
    # "is, by all accounts, under Taliban control": the state past an aside
    pytest.param(
        AF,
        "2021-08-09T12:00:00+04:30",
        "Kunduz is, by all accounts, under Taliban control.",
        {("kunduz", "captured", "asserted", "2021-08-09")},
        id="under_control_past_an_aside",
    ),
    # "north-east of central Damascus" places Douma; "municipal and security buildings" are its seat
    pytest.param(
        SYRIA,
        "2024-12-08T18:00:00+03:00",
        "In Douma, some 10 km north-east of central Damascus, local fighters seized the municipal and security buildings on Sunday.",
        {("douma", "captured", "asserted", "2024-12-08")},
        id="north_east_of_central_and_municipal_buildings",
    ),
    # "the main highway north from Kabul" names a landmark, not a list item
    pytest.param(
        AF,
        "2021-08-11T12:00:00+04:30",
        "The insurgents took two more cities on Tuesday: Farah, in the west, and Pul-e Khumri, the capital of Baghlan on the main highway north from Kabul.",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="the_highway_north_from",
    ),
    # "the handover of Lashkar Gah's governor's compound": the city's seat, under a fronted province
    pytest.param(
        AF,
        "2021-08-14T20:00:00+04:30",
        "Ghazni fell on Friday. In Helmand, elders brokered the handover of Lashkar Gah's governor's compound the same day.",
        {
            ("ghazni", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "surrendered", "asserted", "2021-08-13"),
        },
        id="a_citys_governors_compound_handed_over",
    ),
    # "the airport on the eastern edge of the city": the post is fought for, not the city
    pytest.param(
        SYRIA,
        "2024-11-30T20:00:00+03:00",
        "Rebels took Aleppo on Saturday. By evening they were battling for the airport on the eastern edge of the city.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="a_post_on_the_citys_edge",
    ),
    # a year in a "famous for" aside dates the aside
    pytest.param(
        AF,
        "2021-08-16T09:00:00+04:30",
        "Bamyan, famous for the giant Buddhas the Taliban blew up in 2001, fell without a fight on Sunday.",
        {
            ("bamyan", "captured", "asserted", "2021-08-15"),
            ("bamyan", "surrendered", "asserted", "2021-08-15"),
        },
        id="a_famous_for_aside_with_a_year",
    ),
    # "fell on Sunday after being attacked on Saturday": the attack, on its own day
    pytest.param(
        AF,
        "2021-08-16T09:00:00+04:30",
        "Maidan Shahr fell on Sunday after being attacked on Saturday.",
        {
            ("maidan-shahr", "captured", "asserted", "2021-08-15"),
            ("maidan-shahr", "contested", "asserted", "2021-08-14"),
        },
        id="taken_after_being_attacked",
    ),
    # a claim's closing "where fighting had raged since Saturday" is the reporter's own
    pytest.param(
        AF,
        "2021-08-15T12:00:00+04:30",
        "The Taliban said on Sunday they had captured Mehtarlam, capital of Laghman, where fighting had raged since Saturday.",
        {
            ("mehtarlam", "captured", "claimed", "2021-08-15"),
            ("mehtarlam", "contested", "asserted", "2021-08-14"),
        },
        id="a_claims_where_clause_of_fighting",
    ),
    # "; there is no sign that rebels have entered X": negated in its own part of the sentence
    pytest.param(
        SYRIA,
        "2024-12-03T12:00:00+03:00",
        "The reports concerned villages north of the city; there is no sign that rebels have entered Hama.",
        set(),
        id="no_sign_that_after_a_semicolon",
    ),
    # (1.117.0) a closing relative clause's day ("the airport, where they were still holding out on Monday") is not the story's: "that day" after it is Sunday
    pytest.param(
        AF,
        "2021-08-10T09:00:00+04:30",
        "By Sunday afternoon the insurgents held Kunduz, a council member said. Army units fell back to the airport, where they were still holding out on Monday.\n\nIt was one of three capitals lost that day. Taloqan fell the same afternoon, officials said.",
        {("kunduz", "captured", "asserted", "2021-08-08"), ("taloqan", "captured", "asserted", "2021-08-08")},
        id="a_closing_relatives_day",
    ),
    # (1.117.0) families "fleeing fighting" who "poured into the provincial capital": people, no side
    pytest.param(
        AF,
        "2021-07-15T10:00:00+04:30",
        "KANDAHAR, July 15 - Thousands of families fleeing fighting in the districts of Kandahar province have poured into the provincial capital this week, aid workers said.",
        set(),
        id="families_fleeing_poured_into_the_capital",
    ),
    # (1.117.0) a name its province shares, joined to another province ("in Kandahar and Helmand"), is the province
    pytest.param(
        AF,
        "2021-08-09T16:00:00+04:30",
        "Taliban fighters hurt in the fighting in Kandahar and Helmand are being treated in hospitals across the border, Afghan officials said.",
        set(),
        id="a_capitals_province_beside_another_province",
    ),
    # (1.117.0) "took control on Friday, without a fight, of the city of X": the manner is no negation
    pytest.param(
        SYRIA,
        "2024-12-07T10:00:00+03:00",
        "Units of the Syrian Democratic Forces took control on Friday, without a fight, of the city of Deir ez-Zor.",
        {
            ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
            ("deir-ez-zor", "surrendered", "asserted", "2024-12-06"),
        },
        id="took_control_on_a_day_without_a_fight_of",
    ),
    # (1.117.0) "passed under their control"
    pytest.param(
        SYRIA,
        "2024-12-12T10:00:00+03:00",
        "Homs, the country's third city, passed under their control late on 7/12/2024.",
        {("homs", "captured", "asserted", "2024-12-07")},
        id="passed_under_their_control",
    ),
    # (1.117.0) "have held X for years, and took Y on Friday": the history is the first predicate's
    pytest.param(
        SYRIA,
        "2024-12-10T20:00:00+03:00",
        "Kurdish-led forces have held Raqqa and Hasakah for years, and took Deir ez-Zor on Friday.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="held_for_years_and_took",
    ),
    # (1.117.0) "in control since Friday, when the army withdrew under an agreement": a handover
    pytest.param(
        SYRIA,
        "2024-12-07T14:00:00+03:00",
        "Residents said southern fighters had been in full control of Daraa since Friday, when the army withdrew under an agreement brokered by elders.",
        {("daraa", "captured", "asserted", "2024-12-06"), ("daraa", "surrendered", "asserted", "2024-12-06")},
        id="in_control_since_when_the_army_withdrew_under_a_deal",
    ),
    # (1.117.0) "ten days ago"
    pytest.param(
        AF,
        "2021-08-16T08:00:00+04:30",
        "Ten days ago Zaranj fell to the Taliban.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="ten_days_ago",
    ),
    # (1.117.0) the reporter's last visit ("When this correspondent last drove through Kunduz, on July 20") makes no look back
    pytest.param(
        AF,
        "2021-08-09T18:00:00+04:30",
        "When this correspondent last drove through Kunduz, on July 20, the police still manned every checkpoint.\n\nShortly before dawn on Sunday, Kunduz fell.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="the_reporters_last_visit",
    ),
    # (1.117.0) "the last day of November"
    pytest.param(
        SYRIA,
        "2024-12-09T10:00:00+03:00",
        "Aleppo fell on the last day of November.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="the_last_day_of_a_month",
    ),
    # (1.117.0, guards the reach of "N days ago") a "since" clause's "eight days ago" is no day the story stands on
    pytest.param(
        SYRIA,
        "2024-12-05T20:00:00+03:00",
        "Rebels captured Hama on Thursday, their biggest prize since they launched their offensive from Idlib eight days ago.\n\nResidents said fighters were driving through the city centre by late afternoon and held the main government buildings.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="a_since_clauses_days_ago",
    ),
    # (1.118.0) "after Zaranj in the southwest, which the Taliban seized on Friday": the relative clause past a placing phrase is its own, outside the conditional
    pytest.param(
        AF,
        "2021-08-07T13:00:00+04:30",
        "Should the report be true, Sheberghan would be the second capital lost in two days, after Zaranj in the southwest, which the Taliban seized on Friday.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="a_relative_object_past_a_locative",
    ),
    # (1.118.0) "moved into X after a government pullout": the holder left, a take
    pytest.param(
        SYRIA,
        "2024-12-07T10:00:00+03:00",
        "The SDF moved into Deir ez-Zor on Friday after a government pullout, residents said.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="moved_in_after_a_government_pullout",
    ),
    # (1.118.0) "the governor's compound, which was handed over": the seat as the subject of its relative clause
    pytest.param(
        AF,
        "2021-08-13T20:00:00+04:30",
        "The Taliban captured Lashkar Gah on Friday. Officials slipped out of the governor's compound, which was handed over after elders negotiated a truce.",
        {
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "surrendered", "asserted", "2021-08-13"),
        },
        id="a_seats_relative_clause_handed_over",
    ),
    # (1.118.0) "had been reported around X on Sunday": the fighting's day, not a report's
    pytest.param(
        AF,
        "2021-09-06T14:00:00+04:30",
        "Heavy fighting had been reported around Bazarak on Sunday.",
        {("bazarak", "contested", "asserted", "2021-09-05")},
        id="had_been_reported_around_a_city_on_a_day",
    ),
    # (1.118.0) "took over in Suwayda"
    pytest.param(
        SYRIA,
        "2024-12-07T10:00:00+03:00",
        "Druze factions took over in Suwayda on Friday.",
        {("suwayda", "captured", "asserted", "2024-12-06")},
        id="took_over_in",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
