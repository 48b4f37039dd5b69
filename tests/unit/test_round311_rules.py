"""General rules found in session 47's rounds (local-source reporting, numbers-heavy copy, press
reviews, sidebars, second-day stories, military analysis, quote-led copy, urgents and writethrus;
the same kinds of copy from Syria) and in 1.118.0's finals, each tested on sentences of our own
(never the rounds' sentences): the text, the theatre it is read in, when it was published, and every
control event it must yield (capital, type, modality, day). Each case fails on the rules before it
(extractor 1.118.0)."""

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
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
