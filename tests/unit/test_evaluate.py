"""The scorer itself: counts, collapsing by modality precedence, the timeline check."""

from __future__ import annotations

from datetime import date

import orjson

from schemas import Theatre
from streams.core.extract import Extractor
from streams.evaluate import _gold_record, evaluate, failures

PUBLISHED = "2021-08-09T18:00:00+04:30"


def record(article_id: str, body: str, control: list[dict], trap: bool = False) -> object:
    return _gold_record(
        orjson.loads(
            orjson.dumps(
                {
                    "article": {"id": article_id, "published_at": PUBLISHED, "body": body},
                    "gold": {"trap": trap, "control": control},
                }
            )
        )
    )


def test_scores_hits_misses_and_traps(extractor: Extractor, theatre: Theatre) -> None:
    records = [
        record(
            "a",
            "Taliban fighters seized Kunduz and Taloqan on Sunday, officials said.",
            [
                {
                    "capital": "kunduz",
                    "type": "captured",
                    "modality": "asserted",
                    "actor": "taliban",
                    "event_time": "2021-08-08",
                },
                {
                    "capital": "aybak",
                    "type": "surrendered",
                    "modality": "asserted",
                    "actor": "taliban",
                    "event_time": "2021-08-09",
                },
            ],
        ),
        record("b", "Analysts said Mazar-i-Sharif could fall within weeks.", [], trap=True),
    ]
    facts = {"kunduz": date(2021, 8, 8), "taloqan": date(2021, 8, 8)}
    report = evaluate(records, extractor, facts, [date(2021, 8, 7), date(2021, 8, 9)])
    assert (report.strict_all.tp, report.strict_all.fp, report.strict_all.fn) == (1, 1, 1)
    assert report.strict["captured"].tp == 1
    assert report.trap_false_events == 0
    assert report.modality_accuracy == 1.0
    assert report.timeline["2021-08-07"] == []
    assert report.timeline["2021-08-09"] == []
    assert failures(report, 0.95, 0.9, 0) == ["strict F1 0.500 < 0.95"]


def test_timeline_reports_wrong_capitals(extractor: Extractor) -> None:
    records = [record("a", "Taliban fighters seized Kunduz on Sunday.", [])]
    report = evaluate(records, extractor, {"kunduz": date(2021, 8, 10)}, [date(2021, 8, 8)])
    assert report.timeline["2021-08-08"] and report.timeline["2021-08-08"][0].startswith("kunduz")
    assert "timeline check not exact" in failures(report, 0.0, 0.0, 0)


def test_a_dated_event_is_scored_and_a_wrong_day_listed(extractor: Extractor) -> None:
    """Of two tellings of one capture, the dated one is scored; a wrong day is listed as an error."""
    gold = [
        {
            "capital": "kunduz",
            "type": "captured",
            "modality": "asserted",
            "actor": "taliban",
            "event_time": "2021-08-07",
        }
    ]
    body = "Kunduz has fallen, officials said. The Taliban captured Kunduz on Sunday after days of fighting."
    report = evaluate([record("a", body, gold)], extractor)
    assert report.day_correct == 0
    assert "a ('kunduz', 'captured'): day 2021-08-08, gold 2021-08-07" in report.errors


def test_a_wrong_actor_is_counted_and_listed(extractor: Extractor) -> None:
    gold = [
        {
            "capital": "kunduz",
            "type": "captured",
            "modality": "asserted",
            "actor": "nrf",
            "event_time": "2021-08-08",
        }
    ]
    report = evaluate([record("a", "The Taliban captured Kunduz on Sunday.", gold)], extractor)
    assert (report.modality_matched, report.actor_correct) == (1, 0)
    assert "a ('kunduz', 'captured'): actor taliban, gold nrf" in report.errors
