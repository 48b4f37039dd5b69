"""General rules found in the third batch of the session of 7 Dec 2026 from 18:53 (a day's intake,
a mixed desk, eyewitness accounts and urgents of the Afghan offensive; urgents and live pages,
sidebars, the last days and broadcast copy of the Syrian one) and in 1.177.0's finals, each tested
on sentences of our own (never the rounds' sentences): the text, the theatre it is read in, when
it was published, and every event it must yield. Each case fails on extractor 1.177.0."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule
from tests.unit.test_extract_rules import control

CASES = [
    # (1.178.0) "has left the government in control of only a few cities, including X and Y": the
    # list is what was kept, as after "leaves the government with"
    pytest.param(
        AF,
        "2021-08-13T09:00:00+04:30",
        "The fall of so many capitals has left the government in control of only a few large cities, "
        "including Mazar-i-Sharif and Jalalabad.",
        set(),
        id="left_in_control_of_including",
    ),
    # (1.178.0) "supply routes to Balkh province": where a route leads, no seat "the city" stands for
    pytest.param(
        AF,
        "2021-08-10T09:00:00+04:30",
        "Aybak was the fifth provincial capital the insurgents had taken since Friday. The loss of the "
        "city cut one of the supply routes to Balkh province.",
        {("aybak", "captured", "asserted", "2021-08-10")},
        id="routes_to_a_province",
    ),
    # (1.178.0) "on the main highway to X": where a road leads, no place of the fighting
    pytest.param(
        AF,
        "2021-08-12T09:00:00+04:30",
        "Further south, clashes continued on the outskirts of Ghazni, a town on the main highway to "
        "Kandahar, where shops stayed shut.",
        {("ghazni", "contested", "asserted", "2021-08-12")},
        id="highway_to_a_capital",
    ),
    # (1.178.0) a last item left alone after a clause of the first item's own: the first verb's take
    pytest.param(
        AF,
        "2021-08-14T22:00:00+04:30",
        "On Saturday the insurgents took Gardez, the capital of Paktia province, after tribal elders "
        "negotiated with the governor, and Asadabad, the capital of Kunar, officials said.",
        {
            ("gardez", "captured", "asserted", "2021-08-14"),
            ("gardez", "surrendered", "asserted", "2021-08-14"),
            ("asadabad", "captured", "asserted", "2021-08-14"),
        },
        id="last_item_alone",
    ),
    # (1.178.0) "who has seen X change hands before closes ...": an experience, before the main verb
    pytest.param(
        AF,
        "2021-08-09T09:00:00+04:30",
        "A shopkeeper who has seen Taloqan change hands before closes his shutters early.",
        set(),
        id="seen_change_hands_before_main_verb",
    ),
    # (1.178.0) a day's date set off by commas between a capital's two predicates
    pytest.param(
        SYRIA,
        "2024-12-10T09:00:00+03:00",
        "Hama was entered on Thursday, December 5, and was fully in rebel hands by the evening.",
        {("hama", "entered", "asserted", "2024-12-05"), ("hama", "captured", "asserted", "2024-12-05")},
        id="chained_past_a_date",
    ),
    # (1.178.0) "the province and its battered capital"
    pytest.param(
        SYRIA,
        "2024-12-10T09:00:00+03:00",
        "Local factions took over Quneitra province and its battered capital on Saturday.",
        {("quneitra", "captured", "asserted", "2024-12-07")},
        id="its_described_capital",
    ),
    # (1.178.0) "gunfire rang out across the western edge of the city"
    pytest.param(
        SYRIA,
        "2024-11-30T09:00:00+03:00",
        "Shops in Aleppo closed early on Friday as gunfire rang out across the western edge of the city.",
        {("aleppo", "contested", "asserted", "2024-11-29")},
        id="gunfire_across_the_edge",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_a_fall_that_times_the_news_is_not_its_topic(syria_extractor: Extractor) -> None:
    """(1.178.0) "Authority in the port city melted away after the fall of Damascus": the fall only
    times the news, so the next sentence's seat of power is the story's city, not the capital's."""
    body = (
        "LATAKIA, Syria (Coast Wire) - The seafront of Latakia was quiet on Monday. Government "
        "authority in the port city melted away after the fall of Damascus. On Sunday evening armed "
        "men walked into the governor's office, residents said."
    )
    assert control(
        syria_extractor, body, title="Latakia wakes to new masters", published="2024-12-09T09:00:00+03:00"
    ) == {
        ("damascus", "captured", "asserted", "2024-12-09"),
        ("latakia", "captured", "asserted", "2024-12-08"),
    }
