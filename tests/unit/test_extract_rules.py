"""General rules of the extractor on sentences we write (never sentences of the seed)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas import Article
from streams.core.extract import Extractor

PUBLISHED = "2021-08-09T18:00:00+04:30"  # Monday 9 Aug 2021


def control(extractor: Extractor, body: str, title: str | None = None) -> set[tuple[str, str, str, str]]:
    article = Article(id="t", published_at=datetime.fromisoformat(PUBLISHED), body=body, title=title)
    return {
        (e.capital, e.type, e.modality, e.event_time.date().isoformat())
        for e in extractor.extract(article)
        if e.type in ("captured", "entered", "contested", "retaken", "surrendered")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Taliban fighters seized Kunduz, Sar-e Pul and Taloqan on Sunday, officials said.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "Sheberghan fell to the insurgents on Saturday.",
            {("sheberghan", "captured", "asserted", "2021-08-07")},
        ),
        (
            "The militants said they had captured Aibak. The claim could not be independently verified.",
            {("aybak", "captured", "claimed", "2021-08-09")},
        ),
        (
            "Government forces retook Qala-i-Naw on Friday after two days of clashes.",
            {("qala-e-naw", "retaken", "asserted", "2021-08-06")},
        ),
        (
            "Officials in Zaranj said the city was handed over to the Taliban without a fight on Friday.",
            {("zaranj", "surrendered", "asserted", "2021-08-06")},
        ),
        (
            "The Interior Ministry denied that Pul-i-Khumri had fallen.",
            {("pul-e-khumri", "captured", "denied", "2021-08-09")},
        ),
        (
            "Insurgents overran parts of Farah on Monday, a lawmaker said.",
            {("farah", "captured", "partial", "2021-08-09")},
        ),
    ],
)
def test_control_events(extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert control(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Analysts warned that Mazar-i-Sharif could fall within weeks.",
        "If the Taliban capture Jalalabad, the road to Pakistan would be cut.",
        "Kabul is not under attack, a spokesman said.",
        "The Taliban first captured Kabul in 1996 and ruled until 2001.",
        "The Herat governor met elders on Monday to discuss the peace talks.",
        "Flights from Kandahar airport were suspended.",
        "The Taliban took much of Badghis province overnight.",
        "Taliban fighters entered a western provincial capital, an official said.",
    ],
)
def test_no_control_event(extractor: Extractor, body: str) -> None:
    assert control(extractor, body) == set()


def test_the_city_resolves_to_the_capital_named_before(extractor: Extractor) -> None:
    body = (
        "Fighting has raged around Taloqan for a week. On Sunday the Taliban captured the city, "
        "residents said."
    )
    events = control(extractor, body)
    assert ("taloqan", "captured", "asserted", "2021-08-08") in events


def test_ambiguous_the_city_is_not_resolved(extractor: Extractor) -> None:
    body = "Kunduz and Taloqan were both under attack. The Taliban captured the city on Sunday."
    assert {e[1] for e in control(extractor, body) if e[1] == "captured"} == set()


def test_headline_only_article(extractor: Extractor) -> None:
    assert control(extractor, "", title="Taliban capture Sheberghan") == {
        ("sheberghan", "captured", "asserted", "2021-08-09")
    }
