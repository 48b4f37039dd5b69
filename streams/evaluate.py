"""Scoring the extractor against a gold corpus: precision, recall, F1, modality, traps, timeline.

Pure functions over gold records (docs/annotation-guidelines.md) and extracted events; the CLI
(`frontline eval`) prints the report and exits non-zero below the thresholds.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import orjson

from schemas.article import Article
from schemas.events import CONTROL_EVENT_TYPES, EVENT_ADAPTER, Event
from schemas.theatre import Theatre
from streams.core.dedupe import SyndicationIndex
from streams.core.extract import Extractor
from streams.core.reduce import apply, fold, initial_state, table
from streams.core.timeref import parse_offset
from streams.processing import syndicated_from

MODALITY_PRECEDENCE = {"asserted": 3, "partial": 2, "denied": 1, "claimed": 0}
RELAXED = {
    "captured": "fell",
    "surrendered": "fell",
    "entered": "fighting",
    "contested": "fighting",
    "retaken": "retaken",
}
TYPES = ("captured", "entered", "contested", "retaken", "surrendered")


@dataclass(frozen=True)
class GoldControl:
    capital: str
    type: str
    modality: str
    actor: str
    event_time: date


@dataclass(frozen=True)
class GoldRecord:
    article: Article
    control: tuple[GoldControl, ...]
    trap: bool
    duplicate_of: str | None
    tags: tuple[str, ...]


def load_gold(paths: Iterable[Path]) -> list[GoldRecord]:
    """Gold JSONL files (or folders of them), in file order."""
    records: list[GoldRecord] = []
    for path in paths:
        files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            for number, line in enumerate(file.read_bytes().splitlines(), start=1):
                if line.strip():
                    try:
                        records.append(_gold_record(orjson.loads(line)))
                    except (ValueError, KeyError, TypeError) as exc:
                        raise ValueError(f"{file}:{number}: bad gold record: {exc}") from exc
    return records


def _gold_record(data: dict[str, Any]) -> GoldRecord:
    gold = data["gold"]
    control = tuple(
        GoldControl(
            c["capital"],
            c["type"],
            c["modality"],
            c.get("actor") or "",
            date.fromisoformat(str(c["event_time"])[:10]),
        )
        for c in gold.get("control", [])
    )
    return GoldRecord(
        Article.model_validate(data["article"]),
        control,
        bool(gold.get("trap")),
        gold.get("duplicate_of"),
        tuple(gold.get("tags", ())),
    )


def collapse(events: Iterable[Event]) -> dict[tuple[str, str], Event]:
    """One control event per (capital, type), by the guidelines' modality precedence; of equal
    modality, one the text dates to a day before one that only has the report's day (a coder dates
    an event by where the text says when it happened), and that before one dated only to a week or
    a month ("has killed scores of civilians in recent days")."""
    best: dict[tuple[str, str], Event] = {}
    for event in events:
        if event.type not in CONTROL_EVENT_TYPES or event.capital is None:
            continue
        key = (event.capital, event.type)
        if key not in best or _rank(event) > _rank(best[key]):
            best[key] = event
    return best


_PRECISION_RANK = {"day": 2, "report": 1, "week": 0, "month": 0}
"""How closely a telling dates its event: a day of its own, the report's day, a week or a month."""


def _rank(event: Event) -> tuple[int, int]:
    return MODALITY_PRECEDENCE[event.modality], _PRECISION_RANK[getattr(event, "time_precision", "report")]


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class DailyTimeline:
    """The folded state at the end of every day of a period against the record: how many
    capital-days name the right holder (as the checkpoints judge one), and which capitals are off
    on how many days. The checkpoints sample a few days; this watches the state an analyst sees
    every day."""

    first: date
    last: date
    agree: int
    total: int
    wrong_days: dict[str, int]

    @property
    def accuracy(self) -> float:
        return self.agree / self.total if self.total else 1.0

    def as_json(self) -> dict[str, Any]:
        return {
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "capital_days": self.total,
            "agree": self.agree,
            "accuracy": round(self.accuracy, 4),
            "wrong_days": self.wrong_days,
        }


@dataclass
class Report:
    theatre: str
    articles: int
    trap_articles: int
    duplicates_detected: int
    duplicates_gold: int
    strict: dict[str, Scores]
    strict_all: Scores
    relaxed_all: Scores
    modality_matched: int
    modality_correct: int
    actor_correct: int
    day_correct: int
    trap_false_events: int
    final_state_correct: int
    final_state_total: int
    timeline: dict[str, list[str]]
    daily: DailyTimeline | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.modality_matched if self.modality_matched else 1.0

    @property
    def timeline_exact(self) -> bool:
        return all(not wrong for wrong in self.timeline.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "theatre": self.theatre,
            "articles": self.articles,
            "trap_articles": self.trap_articles,
            "duplicates": {"detected": self.duplicates_detected, "gold": self.duplicates_gold},
            "strict": {t: s.as_json() for t, s in self.strict.items()},
            "strict_all": self.strict_all.as_json(),
            "relaxed_all": self.relaxed_all.as_json(),
            "modality_accuracy": round(self.modality_accuracy, 4),
            "actor_accuracy": round(self.actor_correct / self.modality_matched, 4)
            if self.modality_matched
            else 1.0,
            "event_day_accuracy": round(self.day_correct / self.modality_matched, 4)
            if self.modality_matched
            else 1.0,
            "trap_false_events": self.trap_false_events,
            "final_state_accuracy": round(self.final_state_correct / self.final_state_total, 4)
            if self.final_state_total
            else 1.0,
            "timeline": {d: {"exact": not wrong, "wrong": wrong} for d, wrong in self.timeline.items()},
            "daily_timeline": self.daily.as_json() if self.daily else None,
            "errors": self.errors[:200],
        }


def evaluate(
    records: Sequence[GoldRecord],
    extractor: Extractor,
    facts: dict[str, date] | None = None,
    checkpoints: Sequence[date] = (),
) -> Report:
    theatre = extractor.theatre
    ordered = sorted(records, key=lambda r: (r.article.published_at, r.article.id))
    index = SyndicationIndex()
    strict: dict[str, Scores] = {t: Scores() for t in TYPES}
    strict_all, relaxed_all = Scores(), Scores()
    modality = [0, 0, 0, 0]  # matched, modality, actor, day
    trap_false = 0
    duplicates = 0
    predicted_log: list[Event] = []
    gold_log: list[Event] = []
    errors: list[str] = []
    for record in ordered:
        article = record.article
        duplicate_of = syndicated_from(index, extractor, article)
        events = [] if duplicate_of else extractor.extract(article)
        duplicates += duplicate_of is not None
        predicted_log.extend(events)
        if record.duplicate_of is None:
            gold_log.extend(_gold_events(record, theatre))
        predicted = collapse(events) if not duplicate_of else collapse(extractor.extract(article))
        gold = {(g.capital, g.type): g for g in record.control}
        if record.trap:
            trap_false += len(predicted)
        for key in predicted.keys() | gold.keys():
            hit = key in predicted and key in gold
            scores = strict[key[1]] if key[1] in strict else strict.setdefault(key[1], Scores())
            if hit:
                scores.tp += 1
                strict_all.tp += 1
                modality[0] += 1
                event, want = predicted[key], gold[key]
                modality[1] += event.modality == want.modality
                modality[2] += event.actor == want.actor
                day = _local_day(event, theatre)
                modality[3] += day == want.event_time
                if event.modality != want.modality:
                    errors.append(f"{article.id} {key}: modality {event.modality}, gold {want.modality}")
                if event.actor != want.actor:
                    errors.append(f"{article.id} {key}: actor {event.actor}, gold {want.actor}")
                if day != want.event_time:
                    errors.append(f"{article.id} {key}: day {day}, gold {want.event_time}")
            elif key in predicted:
                scores.fp += 1
                strict_all.fp += 1
                errors.append(f"{article.id} {key}: extra ({predicted[key].evidence.text[:120]!r})")
            else:
                scores.fn += 1
                strict_all.fn += 1
                errors.append(f"{article.id} {key}: missed")
        _relaxed(relaxed_all, predicted, gold)
    final_predicted = table(fold(predicted_log, theatre))
    final_gold = table(fold(gold_log, theatre))
    correct = sum(final_predicted[c].controller == final_gold[c].controller for c in final_gold)
    timeline: dict[str, list[str]] = {}
    daily: DailyTimeline | None = None
    if checkpoints:
        timeline, judged = judge_timeline(predicted_log, theatre, facts or {}, checkpoints)
        daily = judged if facts else None
    return Report(
        theatre=theatre.id,
        articles=len(records),
        trap_articles=sum(r.trap for r in records),
        duplicates_detected=duplicates,
        duplicates_gold=sum(r.duplicate_of is not None for r in records),
        strict=strict,
        strict_all=strict_all,
        relaxed_all=relaxed_all,
        modality_matched=modality[0],
        modality_correct=modality[1],
        actor_correct=modality[2],
        day_correct=modality[3],
        trap_false_events=trap_false,
        final_state_correct=correct,
        final_state_total=len(final_gold),
        timeline=timeline,
        daily=daily,
        errors=errors,
    )


def _local_day(event: Event, theatre: Theatre) -> date:
    return event.event_time.astimezone(parse_offset(theatre.utc_offset)).date()


def _relaxed(
    scores: Scores, predicted: dict[tuple[str, str], Event], gold: dict[tuple[str, str], GoldControl]
) -> None:
    p = {(c, RELAXED[t]) for c, t in predicted}
    g = {(c, RELAXED[t]) for c, t in gold if t in RELAXED}
    scores.tp += len(p & g)
    scores.fp += len(p - g)
    scores.fn += len(g - p)


def _gold_events(record: GoldRecord, theatre: Theatre) -> list[Event]:
    """Gold annotations as events, so the gold corpus folds to a reference table."""
    tz = parse_offset(theatre.utc_offset)
    events = []
    for g in record.control:
        identity = f"{record.article.id}|{g.capital}|{g.type}|{g.modality}"
        events.append(
            EVENT_ADAPTER.validate_python(
                {
                    "event_id": hashlib.blake2b(identity.encode(), digest_size=16).hexdigest(),
                    "article_id": record.article.id,
                    "type": g.type,
                    "capital": g.capital,
                    "actor": g.actor or theatre.baseline_controller,
                    "modality": g.modality,
                    "event_time": datetime.combine(g.event_time, time(12), tz),
                    "time_precision": "day",
                    "reported_at": record.article.published_at,
                    "source": record.article.source,
                    "evidence": {"text": "gold", "start": 0, "end": 0},
                    "confidence": 1.0,
                    "extractor_version": "gold",
                }
            )
        )
    return events


def judge_timeline(
    events: list[Event], theatre: Theatre, facts: dict[str, date], checkpoints: Sequence[date]
) -> tuple[dict[str, list[str]], DailyTimeline]:
    """The folded state at the end of every day from the theatre's start to the last checkpoint,
    against the record: a capital that changed hands by then must have left its initial holder,
    and one that did not must still be with it. Returns the capitals off the record on each
    checkpoint day (with their holder and the day they fell) and the day-by-day count. The events
    are applied once, in event-time order, and the table read at each day's end (the fold of a
    prefix, as the state depends only on the set of events)."""
    tz = parse_offset(theatre.utc_offset)
    ordered = sorted((e for e in events if e.type in CONTROL_EVENT_TYPES), key=lambda e: e.event_time)
    state = initial_state(theatre)
    found: dict[date, list[str]] = {}
    wrong_days: dict[str, int] = {}
    agree = total = position = 0
    last = max(checkpoints)
    day = min(theatre.start_date, *checkpoints)
    while day <= last:
        cutoff = datetime.combine(day + timedelta(days=1), time(0), tz)
        while position < len(ordered) and ordered[position].event_time < cutoff:
            state = apply(state, ordered[position])
            position += 1
        held = table(state)
        off = [
            capital.id
            for capital in theatre.capitals
            if _taken_by(facts, capital.id, day)
            != (held[capital.id].controller not in (theatre.initial_controller(capital.id), "contested"))
        ]
        if day in checkpoints:
            found[day] = [f"{c}: {held[c].controller} (fell {facts.get(c)})" for c in off]
        if day >= theatre.start_date:
            total += len(theatre.capitals)
            agree += len(theatre.capitals) - len(off)
            for capital_id in off:
                wrong_days[capital_id] = wrong_days.get(capital_id, 0) + 1
        day += timedelta(days=1)
    ranked = dict(sorted(wrong_days.items(), key=lambda kv: -kv[1]))
    timeline = {d.isoformat(): found[d] for d in checkpoints}
    return timeline, DailyTimeline(theatre.start_date, last, agree, total, ranked)


def _taken_by(facts: dict[str, date], capital_id: str, day: date) -> bool:
    fell_on = facts.get(capital_id)
    return fell_on is not None and fell_on <= day


def daily_timeline(
    events: list[Event], theatre: Theatre, facts: dict[str, date], last: date
) -> DailyTimeline:
    """The day-by-day count of `judge_timeline` from the theatre's start to `last`."""
    return judge_timeline(events, theatre, facts, (last,))[1]


def load_facts(path: Path) -> dict[str, date]:
    with path.open(newline="", encoding="utf-8") as handle:
        return {
            row["capital"]: date.fromisoformat(row["fell_on"])
            for row in csv.DictReader(handle)
            if row.get("fell_on")
        }


def render(report: Report) -> str:
    lines = [
        f"Extraction evaluation: theatre {report.theatre}, {report.articles} articles "
        f"({report.trap_articles} traps, {report.duplicates_detected} near-duplicates detected, "
        f"{report.duplicates_gold} in gold)",
        "",
        f"{'type':<12} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'F1':>6}",
    ]
    for name, scores in [
        *report.strict.items(),
        ("all strict", report.strict_all),
        ("all relaxed", report.relaxed_all),
    ]:
        lines.append(
            f"{name:<12} {scores.tp:>4} {scores.fp:>4} {scores.fn:>4} {scores.precision:>9.3f} "
            f"{scores.recall:>7.3f} {scores.f1:>6.3f}"
        )
    data = report.as_json()
    lines += [
        "",
        f"modality accuracy on matched events: {data['modality_accuracy']:.3f} "
        f"({report.modality_correct}/{report.modality_matched})",
        f"actor accuracy: {data['actor_accuracy']:.3f}; event-day accuracy: {data['event_day_accuracy']:.3f}",
        f"false control events on trap articles: {report.trap_false_events}",
        f"final-state accuracy (folded corpus vs folded gold): {data['final_state_accuracy']:.3f} "
        f"({report.final_state_correct}/{report.final_state_total})",
    ]
    for day, wrong in report.timeline.items():
        lines.append(f"timeline {day}: {'exact' if not wrong else 'WRONG ' + '; '.join(wrong)}")
    if report.daily is not None:
        daily = report.daily
        off = ", ".join(f"{capital} {days}" for capital, days in daily.wrong_days.items())
        lines.append(
            f"day by day {daily.first} to {daily.last}: {daily.agree} of {daily.total} capital-days as the "
            f"record ({daily.accuracy:.3f})" + (f"; days off: {off}" if off else "")
        )
    return "\n".join(lines)


def failures(report: Report, min_f1: float, min_modality: float, max_trap_events: int) -> list[str]:
    problems = []
    if report.strict_all.f1 < min_f1:
        problems.append(f"strict F1 {report.strict_all.f1:.3f} < {min_f1}")
    if report.modality_accuracy < min_modality:
        problems.append(f"modality accuracy {report.modality_accuracy:.3f} < {min_modality}")
    if report.trap_false_events > max_trap_events:
        problems.append(f"{report.trap_false_events} control events on trap articles > {max_trap_events}")
    if not report.timeline_exact:
        problems.append("timeline check not exact")
    return problems


__all__ = ["Report", "evaluate", "failures", "load_facts", "load_gold", "render"]
