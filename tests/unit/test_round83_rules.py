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
