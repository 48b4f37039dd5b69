"""The scorer itself: counts, collapsing by modality precedence, the timeline check."""

from __future__ import annotations

from datetime import date

import orjson

from schemas import Theatre
from streams.core.extract import Extractor
from streams.evaluate import _gold_record, daily_timeline, evaluate, failures, render
from tests.factories import make_event

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


def test_the_day_by_day_timeline_counts_each_capital_day_off_the_record(theatre: Theatre) -> None:
    """A capture told two days early is off on those two days; one never told is off from its
    day to the end; one told on its day is never off. Every capital counts on every day."""
    events = [
        make_event("captured", "kunduz", day="2021-08-08"),
        make_event("captured", "ghazni", day="2021-08-10", article="early"),
        make_event("contested", "herat", day="2021-08-11", article="fight"),
    ]
    facts = {"kunduz": date(2021, 8, 8), "ghazni": date(2021, 8, 12), "herat": date(2021, 8, 12)}
    daily = daily_timeline(events, theatre, facts, date(2021, 8, 15))
    days = (date(2021, 8, 15) - theatre.start_date).days + 1
    assert daily.total == days * len(theatre.capitals)
    assert daily.wrong_days == {"herat": 4, "ghazni": 2}
    assert daily.agree == daily.total - 6
    assert daily.as_json()["wrong_days"] == {"herat": 4, "ghazni": 2}


def test_eval_prints_the_day_by_day_timeline(extractor: Extractor) -> None:
    records = [record("a", "Taliban fighters seized Kunduz on Sunday.", [])]
    report = evaluate(records, extractor, {"kunduz": date(2021, 8, 8)}, [date(2021, 8, 9)])
    assert report.daily is not None and report.daily.wrong_days == {}
    assert f"{report.daily.total} of {report.daily.total} capital-days as the record (1.000)" in render(
        report
    )
    assert report.as_json()["daily_timeline"]["accuracy"] == 1.0


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


def test_a_telling_dated_to_a_week_yields_to_the_reports_day(extractor: Extractor) -> None:
    """Of two tellings of one fight, one dated only to a week ("has killed scores of civilians in
    recent days") yields to one on the report's day ("heavy fighting continued in Lashkar Gah"), as
    one with a day of its own is preferred to both."""
    gold = [
        {
            "capital": "lashkar-gah",
            "type": "contested",
            "modality": "asserted",
            "actor": "taliban",
            "event_time": "2021-08-09",
        }
    ]
    body = (
        "Heavy fighting continued in Lashkar Gah, officials said. "
        "The United Nations said the fighting in Lashkar Gah had killed scores of civilians in recent days."
    )
    report = evaluate([record("a", body, gold)], extractor)
    assert report.day_correct == 1
