"""General rules found in session 24's later rounds (an ordinary day's intake in both theatres,
read first as the session's final measures, and newspapers' and magazines' own reporting), each
tested on sentences of our own (never the rounds' sentences): the text, the theatre it is read in,
when it was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

AF_MONDAY = "2021-08-16T18:00:00+04:30"  # Monday 16 Aug 2021
AF_SATURDAY_ON = "2021-08-21T12:00:00+04:30"  # Saturday 21 Aug 2021, a week on
SYRIA_SATURDAY = "2024-11-30T20:00:00+03:00"  # Saturday 30 Nov 2024
SYRIA_TUESDAY = "2024-12-10T12:00:00+03:00"  # Tuesday 10 Dec 2024

CASES = [
    # walking in a city is no walking in to take it
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Aleppo's governor was filmed walking in the city centre on Saturday, urging residents to stay calm.",
        set(),
        id="walking_in_the_city_centre_is_no_take",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Government troops left Ghazni overnight, and on Friday the Taliban simply walked in.",
        {("ghazni", "captured", "asserted", "2021-08-13")},
        id="walked_in_after_a_withdrawal_is_a_take",
    ),
    # moving in as the holder pulls back is a takeover
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "The SDF moved into Deir ez-Zor on Friday as government troops pulled back toward the desert.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="moved_in_as_the_holder_pulled_back",
    ),
    # a day that ends a fronted clause of "since" dates that clause only
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        (
            "In its first statement since the offensive began on Wednesday, the army's command said "
            "the rebels had entered Aleppo."
        ),
        {("aleppo", "entered", "asserted", "2024-11-30")},
        id="a_since_clauses_day_is_not_the_events",
    ),
    pytest.param(
        AF,
        AF_SATURDAY_ON,
        "It is six days since the Taliban rode into Kabul on 15 August and took over the presidential palace.",
        {("kabul", "captured", "asserted", "2021-08-15")},
        id="an_event_inside_the_since_clause_keeps_its_day",
    ),
    # a list's items with their days in brackets, one of them shared by a run of items
    pytest.param(
        AF,
        FRIDAY,
        (
            "Capitals taken by the Taliban so far: Zaranj, Nimroz (6 August); Kunduz, Kunduz; "
            "Taloqan, Takhar (all 8 August); Farah, Farah (10 August)."
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("farah", "captured", "asserted", "2021-08-10"),
        },
        id="bracketed_days_of_a_list",
    ),
    # a gapped subject placed in its province before its own day
    pytest.param(
        AF,
        FRIDAY,
        "Zaranj fell on Friday; Sheberghan in Jowzjan on Saturday; and Kunduz on Sunday.",
        {
            ("zaranj", "captured", "asserted", "2021-08-13"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
        },
        id="a_gapped_subject_placed_in_its_province",
    ),
    # the capital of the province that bears the name just told
    pytest.param(
        AF,
        FRIDAY,
        "Council members in Farah said the capital of the province of the same name had fallen.",
        {("farah", "captured", "asserted", "2021-08-13")},
        id="the_capital_of_the_province_of_the_same_name",
    ),
    # a clause of "when" that a year opens is that year's history
    pytest.param(
        AF,
        FRIDAY,
        (
            "For older people, the week brought back memories of 1994, when a band of students came "
            "out of the villages and, within weeks, had taken Kandahar."
        ),
        set(),
        id="a_when_clause_after_a_year_is_history",
    ),
    # an attack said to be likely is a forecast
    pytest.param(
        AF,
        FRIDAY,
        "Diplomats say that a concerted assault on Kandahar is likely before the winter.",
        set(),
        id="an_assault_said_to_be_likely_is_a_forecast",
    ),
    # a city spared the fighting saw none
    pytest.param(
        AF,
        FRIDAY,
        "Mazar-i-Sharif has so far been spared the street fighting seen in other northern cities.",
        set(),
        id="spared_the_fighting_is_no_fighting",
    ),
    # a place named after "held in" is no subject of the verb that follows
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban advanced on Friday after talks between elders and envoys, held in Charikar, collapsed.",
        set(),
        id="talks_held_in_a_city_that_collapsed",
    ),
    # a locative trigger with an object of its own and a verb after it governs no later place
    pytest.param(
        AF,
        FRIDAY,
        "In Kabul, the toll of the fighting in the north is plain to see in the city's hospitals.",
        set(),
        id="fighting_in_the_north_is_not_in_the_city",
    ),
    # roads told by their direction lead somewhere: the place is a landmark
    pytest.param(
        AF,
        FRIDAY,
        (
            "Fighting raged in Kandahar all week. The roads south towards Lashkar Gah passed into "
            "Taliban hands on Friday. Fighters pushed into the city that night."
        ),
        {
            ("kandahar", "contested", "asserted", "2021-08-13"),
            ("kandahar", "entered", "asserted", "2021-08-13"),
        },
        id="roads_towards_a_city_are_not_the_city",
    ),
    # what a side took "and with it" the city
    pytest.param(
        AF,
        AF_MONDAY,
        "In Ghazni, the insurgents took the army base, and with it the whole city, on Friday.",
        {("ghazni", "captured", "asserted", "2021-08-13")},
        id="took_the_base_and_with_it_the_city",
    ),
    # "partly" of how a thing was done is no partial take
    pytest.param(
        AF,
        FRIDAY,
        "After talks conducted partly by telephone, the governor handed Ghazni to the Taliban on Friday.",
        {
            ("ghazni", "surrendered", "asserted", "2021-08-13"),
            ("ghazni", "captured", "asserted", "2021-08-13"),
        },
        id="partly_by_telephone_is_no_partial_take",
    ),
    # a siege or an attack told with two words of its own
    pytest.param(
        AF,
        FRIDAY,
        "In Herat, militias loyal to the governor are holding the city under sustained Taliban attack from the south.",
        {("herat", "contested", "asserted", "2021-08-13")},
        id="under_sustained_taliban_attack",
    ),
    # a tracker's status word (a guard)
    pytest.param(
        AF,
        FRIDAY,
        "The district monitor lists Herat as contested.",
        {("herat", "contested", "asserted", "2021-08-13")},
        id="listed_as_contested",
    ),
    # a take told of whatever side might make it, in a generic statement
    pytest.param(
        AF,
        FRIDAY,
        "The envoy has been telling the Taliban that a movement that takes Kabul by force will be a pariah.",
        set(),
        id="a_side_that_takes_the_city_will_be",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "A force that took Kunduz on Sunday was driven out on Friday, officials said.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="a_force_that_took_the_city_is_news",
    ),
    # an expectation is a forecast
    pytest.param(
        AF,
        FRIDAY,
        "Analysts expect pressure on Kunduz, Taloqan and Maymana to build in the coming weeks.",
        set(),
        id="expect_pressure_on_cities",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "As expected, the Taliban attacked Kunduz on Friday.",
        {("kunduz", "contested", "asserted", "2021-08-13")},
        id="as_expected_is_no_forecast",
    ),
    # a chronology's "the next day" counts from the day told before it, not the heading's
    pytest.param(
        AF,
        "2021-09-01T10:00:00+04:30",
        "AUG. 7-8: THE NORTH CRACKS. Sheberghan fell on Aug. 7. The next day the Taliban took Kunduz.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
        },
        id="the_next_day_under_a_headings_dates",
    ),
    # a bargain is a deal
    pytest.param(
        AF,
        FRIDAY,
        "Ghazni falls after a governor's bargain with the Taliban",
        {
            ("ghazni", "captured", "asserted", "2021-08-13"),
            ("ghazni", "surrendered", "asserted", "2021-08-13"),
        },
        id="a_governors_bargain_is_a_handover",
    ),
    # the subject's appositive holds its own past
    pytest.param(
        AF,
        FRIDAY,
        "Sheberghan, the capital of Jowzjan and for decades the fief of a warlord, fell on Friday.",
        {("sheberghan", "captured", "asserted", "2021-08-13")},
        id="history_in_the_subjects_appositive",
    ),
    # "driven into" a city
    pytest.param(
        AF,
        FRIDAY,
        "Before dawn, Taliban fighters had driven into Jalalabad after the governor surrendered to them.",
        {
            ("jalalabad", "captured", "asserted", "2021-08-13"),
            ("jalalabad", "surrendered", "asserted", "2021-08-13"),
        },
        id="driven_into_the_city_after_a_surrender",
    ),
    # the armed men of another clause do not walk a city's streets
    pytest.param(
        AF,
        FRIDAY,
        (
            "Mazar-i-Sharif is bracing for an assault. A former governor who has vowed to fight the "
            "Taliban has called on his supporters to take up arms, and volunteers have paraded through "
            "the city's streets."
        ),
        set(),
        id="volunteers_in_the_citys_streets_after_another_clause",
    ),
    # people driven in a convoy from a city were not expelled from it
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "Embassy staff and their families, driven in convoy from Damascus, were flown out on Saturday.",
        set(),
        id="driven_in_convoy_from_a_city_is_no_retake",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "Army units drove the rebels out of Homs on Saturday, the ministry said.",
        {("homs", "retaken", "asserted", "2024-12-07")},
        id="drove_the_rebels_out_of_a_city_is_a_retake",
    ),
    # a second subject with its own auxiliary is a clause of its own
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "Why Hama fought and Damascus didn't",
        set(),
        id="and_damascus_didnt",
    ),
    # talk of taking a city; taking it "a different thing"
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        'Commanders posting on Telegram spoke of "liberating" the city of Aleppo.',
        set(),
        id="spoke_of_liberating_the_city",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        '"But testing the lines and taking Aleppo are two different things," he said.',
        set(),
        id="taking_the_city_is_a_different_thing",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "Rebels speaking of their advance took Hama on Thursday.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="speaking_of_an_advance_is_no_gate",
    ),
    # a capital coordinated with a region
    pytest.param(
        SYRIA,
        "2024-12-08T12:00:00+03:00",
        "Daraa and the south had been lost the day before.",
        {("daraa", "captured", "asserted", "2024-12-07")},
        id="a_city_and_the_south_were_lost",
    ),
    # a fronted place's participle aside holds its own past
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "In Douma, besieged and bombed for years, local fighters took over early on Sunday.",
        {("douma", "captured", "asserted", "2024-12-08")},
        id="history_in_a_fronted_places_aside",
    ),
    # a clause of "when" that a year opens, however the clause ends
    pytest.param(
        AF,
        FRIDAY,
        "Our elders remember 1996, when the Taliban entered Kabul and the city changed overnight.",
        set(),
        id="a_years_when_clause_with_a_time_of_its_own",
    ),
    # a rumour is nobody's claim; a rumour denied is a denial
    pytest.param(
        AF,
        FRIDAY,
        "There were rumours on social media of fighting near Charikar.",
        set(),
        id="rumours_of_fighting",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "The army denied what it called rumours that militants had entered Hama on Thursday.",
        {("hama", "entered", "denied", "2024-12-05")},
        id="rumours_denied_are_a_denial",
    ),
    # a factbox introduced by "Following is a list of ..."
    pytest.param(
        AF,
        "2021-08-16T12:00:00+04:30",
        (
            "Following is a list of the provincial capitals taken, with the province in brackets and "
            "the date each fell:\n\n* ZARANJ (Nimroz) - Aug. 6.\n\n* FARAH (Farah) - Aug. 10."
        ),
        {("zaranj", "captured", "asserted", "2021-08-06"), ("farah", "captured", "asserted", "2021-08-10")},
        id="following_is_a_list",
    ),
    # where a road leads is not the city a sentence then names
    pytest.param(
        AF,
        "2021-08-09T20:00:00+04:30",
        (
            "Aybak was quiet on Monday morning. Security forces pulled out towards the highway to "
            "Mazar-i-Sharif and Taliban fighters entered the city without a shot being fired."
        ),
        {("aybak", "captured", "asserted", "2021-08-09"), ("aybak", "surrendered", "asserted", "2021-08-09")},
        id="the_city_after_a_road_to_another",
    ),
    # two speakers, each with the events told after their words (a guard; the round's article read it wrong)
    pytest.param(
        AF,
        "2021-08-15T20:00:00+04:30",
        (
            "Officials said the insurgents also took Khost and Charikar during the day, while the "
            "Taliban said they had captured Bamyan and Mahmud-i-Raqi."
        ),
        {
            ("khost", "captured", "asserted", "2021-08-15"),
            ("charikar", "captured", "asserted", "2021-08-15"),
            ("bamyan", "captured", "claimed", "2021-08-15"),
            ("mahmud-i-raqi", "captured", "claimed", "2021-08-15"),
        },
        id="officials_said_x_while_the_taliban_said_y",
    ),
    # a province's villages are not its capital
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Rebels say a government build-up had been shelling Idlib's villages for months.",
        set(),
        id="shelling_a_provinces_villages",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban partly captured Ghazni on Friday.",
        {("ghazni", "captured", "partial", "2021-08-13")},
        id="partly_captured_is_a_partial_take",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_a_slashed_datelines_day_is_no_events_day(syria_extractor: Extractor) -> None:
    """ "DAMASCUS/BEIRUT, Nov 30 (CP) - ...": a dateline of two cities is a dateline too, so its day
    does not date the entry the army admits; the day a later sentence tells for it does (since
    1.32.6 both events carry that day)."""
    body = (
        "DAMASCUS/BEIRUT, Nov 30 (CP) - Syria's army acknowledged on Saturday that insurgents had "
        "entered large parts of Aleppo. The fighters had first broken into the city on Friday, residents said."
    )
    article = Article(id="t", published_at=datetime.fromisoformat(SYRIA_SATURDAY), body=body)
    entries = [e for e in syria_extractor.extract(article) if e.type == "entered"]
    assert [(e.evidence.start < 100, e.event_time.date().isoformat()) for e in entries] == [
        (True, "2024-11-29"),
        (False, "2024-11-29"),
    ]


def test_the_story_city_over_a_national_capital_in_passing(extractor: Extractor) -> None:
    """A story about Qala-e-Naw that names Kabul in passing ("it looked to many in Kabul like the
    start of something larger"): "the city" further on is Qala-e-Naw, the city the story names
    more often, not the national capital."""
    body = (
        "Taliban fighters pushed into Qala-e-Naw on Wednesday morning, residents said. In Qala-e-Naw "
        "shops closed at noon. The governor asked for help. Soldiers waited. Nobody slept.\n\n"
        "For a few hours it looked to many in Kabul like the start of something larger. Videos "
        "circulated online. Reinforcements came.\n\n"
        "On Thursday the defence ministry said the city had been cleared."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2021-07-09T12:00:00+04:30"), body=body)
    retaken = {e.capital for e in extractor.extract(article) if e.type == "retaken"}
    assert retaken == {"qala-e-naw"}
