"""General rules found in session 25's rounds (rolling and live coverage, the region's own
English-language press, and an ordinary day's intake as the final measures), each tested on
sentences of our own (never the rounds' sentences): the text, the theatre it is read in, when it
was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

SYRIA_FRIDAY = "2024-12-06T13:00:00+03:00"  # Friday 6 Dec 2024

CASES = [
    # "a day before ..." tells an event a day later than the day told before it
    pytest.param(
        AF,
        FRIDAY,
        "Ghazni fell to the Taliban on 12 August, a day before Kandahar fell.",
        {
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("kandahar", "captured", "asserted", "2021-08-13"),
        },
        id="a_day_before_counts_on_from_the_day_told",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "His death came a day before the opposition fighters captured Hama.",
        {("hama", "captured", "asserted", "2024-12-06")},
        id="a_day_before_with_no_day_told_is_the_reports",
    ),
    # a passive entry, and a second passive past participle of the same subject
    pytest.param(
        AF,
        FRIDAY,
        "Sar-e Pul was entered by the Taliban on Tuesday and retaken by the army on Wednesday.",
        {
            ("sar-e-pul", "entered", "asserted", "2021-08-10"),
            ("sar-e-pul", "retaken", "asserted", "2021-08-11"),
        },
        id="entered_by_and_retaken_by",
    ),
    # a speaker told again as a pronoun, or past an aside, at the end of the subject's clause
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        (
            "A spokesman for the rebels' operations room, speaking from Idlib, has posted a video in "
            "which he says fighters have taken Hama."
        ),
        {("hama", "captured", "claimed", "2024-12-06")},
        id="a_pronoun_speaker_is_the_sentences_subject",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "A spokesman for the rebel military command wrote on Telegram that fighters had entered Homs.",
        {("homs", "entered", "claimed", "2024-12-06")},
        id="the_rebel_command_speaks_for_the_rebels",
    ),
    # a relative clause on part of a group keeps its own past
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Local fighters, many of whom had signed reconciliation deals in 2018, took Daraa on Friday.",
        {("daraa", "captured", "asserted", "2024-12-06")},
        id="many_of_whom_is_an_aside",
    ),
    # a denial of reports of another thing rejects no claim before it
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        (
            "The rebel command said its forces had begun encircling Damascus. Assad's office denied "
            "reports that the president had left the country."
        ),
        {("damascus", "contested", "claimed", "2024-12-06")},
        id="a_denial_of_other_reports_rejects_no_claim",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        (
            "The rebel command said its forces had begun encircling Damascus. The army denied reports "
            "that rebels were closing in on the capital."
        ),
        {("damascus", "contested", "denied", "2024-12-06")},
        id="a_denial_of_the_same_reports_still_rejects",
    ),
    # a live file's day heading of weekday and date dates the entries under it, and their "today"
    pytest.param(
        AF,
        "2021-08-13T02:10:00+04:30",
        (
            "Live updates. Times are Kabul local.\n\nFRIDAY 13 AUGUST\n\n01:05\nWe are still checking "
            "reports from the south.\n\nTHURSDAY 12 AUGUST\n\n22:30\nLashkar Gah has fallen, two "
            "officials tell us.\n\n16:10\nTaliban fighters broke into Kunduz this afternoon, residents say."
        ),
        {
            ("lashkar-gah", "captured", "asserted", "2021-08-12"),
            ("kunduz", "entered", "asserted", "2021-08-12"),
        },
        id="a_weekday_and_date_heading_dates_its_entries",
    ),
    # the seat of a province's government
    pytest.param(
        AF,
        FRIDAY,
        "A Taliban statement said fighters had taken the seat of the provincial governor in Qala-i-Naw.",
        {("qala-e-naw", "captured", "claimed", "2021-08-13")},
        id="the_seat_of_the_provincial_governor",
    ),
    pytest.param(
        SYRIA,
        "2024-12-08T20:00:00+03:00",
        "In Quneitra, near the Golan, local factions took over the provincial administration on Saturday.",
        {("quneitra", "captured", "asserted", "2024-12-07")},
        id="the_provincial_administration",
    ),
    # a feature's subheading names the city its section is about
    pytest.param(
        SYRIA,
        "2024-12-10T19:30:00+03:00",
        (
            "The rebels' march took twelve days.\n\nHama: the hinge\n\nIf Aleppo had shocked the "
            "capital, Hama was the proof. On 5 December the rebels entered the city after a week of "
            "fighting."
        ),
        {("hama", "entered", "asserted", "2024-12-05")},
        id="a_subheading_names_its_sections_city",
    ),
    # a clause of "since" that measures a record keeps its year
    pytest.param(
        SYRIA,
        "2024-11-28T16:40:00+03:00",
        (
            "Rebels battled troops on the western outskirts of Aleppo on Thursday, closer to the city "
            "than at any time since they were driven out of its eastern districts in 2016."
        ),
        {("aleppo", "contested", "asserted", "2024-11-28")},
        id="closer_than_at_any_time_since",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_the_side_driven_out_is_not_the_retaker(extractor: Extractor) -> None:
    """ "Commandos backed by air strikes on Taliban positions drove the militants out of the city":
    the Taliban named before the trigger are the side it drives out, so the retake is the
    government's."""
    body = (
        "Qala-i-Naw was overrun on Wednesday. On Thursday, commandos backed by air strikes on Taliban "
        "positions drove the militants out of the city, residents said."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2021-07-09T12:00:00+04:30"), body=body)
    retakes = [(e.capital, e.actor) for e in extractor.extract(article) if e.type == "retaken"]
    assert retakes == [("qala-e-naw", "government")]


def test_the_past_24_hours_has_no_day_of_its_own(extractor: Extractor) -> None:
    """ "Ghazni and Herat fell in the past 24 hours", in an entry at 00:20 under the day's
    heading: the span reaches into the day before, so the fall takes the report's time, and a
    coder's day for it comes from where the file dates it."""
    body = "FRIDAY 13 AUGUST\n\n00:20\nTwo more capitals, Ghazni and Herat, fell in the past 24 hours."
    article = Article(id="t", published_at=datetime.fromisoformat("2021-08-13T00:30:00+04:30"), body=body)
    falls = {(e.capital, e.time_precision) for e in extractor.extract(article) if e.type == "captured"}
    assert falls == {("ghazni", "report"), ("herat", "report")}
