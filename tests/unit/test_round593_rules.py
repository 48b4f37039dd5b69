"""General rules found in the fourth batch of the session of 7 Dec 2026 from 18:53 (numbers-heavy
copy, military analysis, broadcast copy and Kabul's last days of the Afghan offensive; translated
copy, explainers, the first days and live pages of the Syrian one), each tested on sentences of our
own (never the rounds' sentences): the text, the theatre it is read in, when it was published, and
every event it must yield. Each case fails on extractor 1.178.0."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

CASES = [
    # (1.179.0) "X went last night, and Y this morning": a fall told by "went" and a time of day
    pytest.param(
        AF,
        "2021-08-15T23:00:00+04:30",
        "Mazar-i-Sharif went last night, and Jalalabad this morning.",
        {
            ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
        },
        id="went_last_night",
    ),
    pytest.param(
        SYRIA,
        "2024-12-10T09:00:00+03:00",
        "Homs fell on Saturday. Damascus went the next morning.",
        {("homs", "captured", "asserted", "2024-12-07"), ("damascus", "captured", "asserted", "2024-12-08")},
        id="went_the_next_morning",
    ),
    # (1.179.0) "The series began with X": the first of a run of falls
    pytest.param(
        AF,
        "2021-08-09T17:00:00+04:30",
        "Six provincial capitals have now fallen. The series began with Zaranj in the far southwest on "
        "Friday.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="series_began_with",
    ),
    # (1.179.0) "pushing down from X": an advance out of a city, no expulsion from it
    pytest.param(
        SYRIA,
        "2024-12-05T09:00:00+03:00",
        "The fighting around Hama began on Tuesday, when rebels pushing down from Aleppo reached the "
        "hills north of the city.",
        {("hama", "contested", "asserted", "2024-12-03")},
        id="pushing_down_from",
    ),
    # (1.179.0) "a journalist who covered the siege of X": history
    pytest.param(
        SYRIA,
        "2024-12-20T09:00:00+03:00",
        "Rebels took Homs on Dec 7. The writer is a journalist who covered the siege of Homs.",
        {("homs", "captured", "asserted", "2024-12-07")},
        id="who_covered_the_siege",
    ),
    # (1.179.0) a capital named only in the aside after a sentence's opening subject is no
    # antecedent of "the city"
    pytest.param(
        SYRIA,
        "2024-12-05T21:00:00+03:00",
        "Rebels took Hama on Thursday. The army's statement, familiar from the one on Aleppo days "
        "earlier, amounted to an admission that the city had been lost.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="capital_only_in_opening_aside",
    ),
    # (1.179.0) "the government in Herat" with no verb of speech: where the news goes on
    pytest.param(
        AF,
        "2021-08-06T20:00:00+04:30",
        "Lashkar Gah is still under attack. The picture is brighter for the government in Herat. "
        "Residents say commandos have pushed the insurgents out of several neighbourhoods on the edges "
        "of the city.",
        {
            ("lashkar-gah", "contested", "asserted", "2021-08-06"),
            ("herat", "retaken", "partial", "2021-08-06"),
        },
        id="speakers_place_without_speech",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
