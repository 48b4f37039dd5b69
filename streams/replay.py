"""Replay: rebuild the table from the event log, or re-extract the article log, and report the
differences (event sourcing's promise: the state is a function of the log).

The comparisons are pure functions; reading topics is the thin shell at the end. Both commands
read whole topics into memory: they are operator tools, run now and then, not a stream.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from schemas.article import Article
from schemas.events import Event
from schemas.messages import DeadLetter
from schemas.state import ControlState
from schemas.theatre import Theatre
from streams.core.extract import Extractor
from streams.core.reduce import fold, initial_state, table
from streams.processing import Origin, decode_article, decode_event
from streams.settings import Settings

Table = Mapping[str, ControlState]


# ------------------------------------------------------------------ pure comparisons
@dataclass(frozen=True, slots=True)
class StateDifference:
    """One field of one capital that differs between two tables (`None`: capital missing)."""

    capital: str
    field: str
    live: Any
    rebuilt: Any

    def as_json(self) -> dict[str, Any]:
        return {"capital": self.capital, "field": self.field, "live": self.live, "rebuilt": self.rebuilt}


def compare_tables(live: Table, rebuilt: Table) -> list[StateDifference]:
    """Every differing field, capital by capital; datetimes compare as instants."""
    differences: list[StateDifference] = []
    for capital in sorted(set(live) | set(rebuilt)):
        left, right = live.get(capital), rebuilt.get(capital)
        if left is None or right is None:
            differences.append(
                StateDifference(
                    capital,
                    "(capital)",
                    left.model_dump(mode="json") if left else None,
                    right.model_dump(mode="json") if right else None,
                )
            )
            continue
        left_json, right_json = left.model_dump(mode="json"), right.model_dump(mode="json")
        for name in type(left).model_fields:
            if getattr(left, name) != getattr(right, name):
                differences.append(StateDifference(capital, name, left_json[name], right_json[name]))
    return differences


def rebuild_table(events: Iterable[Event], theatre: Theatre) -> dict[str, ControlState]:
    """A fresh table: the pure fold of the events from the theatre's baseline."""
    return table(fold(events, theatre))


def latest_states(values: Iterable[bytes | None], theatre: Theatre) -> dict[str, ControlState]:
    """The table a `control.state` log describes: the last state per capital (in log order),
    the baseline for capitals never published; unreadable records are skipped."""
    states = table(initial_state(theatre))
    for value in values:
        try:
            state = ControlState.model_validate_json(value or b"")
        except ValidationError:
            continue
        if state.capital in states:
            states[state.capital] = state
    return states


def _event_summary(event: Event) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "type": event.type,
        "capital": event.capital,
        "actor": event.actor,
        "modality": event.modality,
        "evidence": event.evidence.text[:200],
    }


@dataclass
class ReextractReport:
    """What re-running the current extractor over the article log changes."""

    articles: int
    undecodable: int
    events_before: int
    events_after: int
    added: list[Event] = field(default_factory=list)
    removed: list[Event] = field(default_factory=list)
    state_changes: list[StateDifference] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.state_changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "undecodable_articles": self.undecodable,
            "events_before": self.events_before,
            "events_after": self.events_after,
            "added_by_type": dict(Counter(e.type for e in self.added)),
            "removed_by_type": dict(Counter(e.type for e in self.removed)),
            "capitals_changed": sorted({d.capital for d in self.state_changes}),
            "added": [_event_summary(e) for e in self.added],
            "removed": [_event_summary(e) for e in self.removed],
            "state_changes": [d.as_json() for d in self.state_changes],
        }


def _unique(events: Iterable[Event]) -> dict[str, Event]:
    unique: dict[str, Event] = {}
    for event in events:
        unique.setdefault(event.event_id, event)
    return unique


def reextract(
    logged: Iterable[Event],
    articles: Iterable[Article],
    extractor: Extractor,
    theatre: Theatre,
    undecodable: int = 0,
) -> ReextractReport:
    """Compare the logged events with the current extractor's events for the same articles:
    events added and removed (by id: ids are deterministic) and the states that change."""
    before = _unique(logged)
    seen: set[str] = set()
    fresh: list[Event] = []
    count = 0
    for article in articles:
        count += 1
        if article.id not in seen:
            seen.add(article.id)
            fresh.extend(extractor.extract(article))
    after = _unique(fresh)
    return ReextractReport(
        articles=count,
        undecodable=undecodable,
        events_before=len(before),
        events_after=len(after),
        added=[e for eid, e in after.items() if eid not in before],
        removed=[e for eid, e in before.items() if eid not in after],
        state_changes=compare_tables(
            rebuild_table(before.values(), theatre), rebuild_table(after.values(), theatre)
        ),
    )


def decode_logged_events(values: Iterable[bytes | None], topic: str) -> tuple[list[Event], int]:
    """Events of the log and how many records were not events (skipped, as the worker does)."""
    events: list[Event] = []
    bad = 0
    for value in values:
        decoded = decode_event(value, Origin(topic, 0, 0))
        if isinstance(decoded, DeadLetter):
            bad += 1
        else:
            events.append(decoded)
    return events, bad


def decode_logged_articles(
    values: Iterable[bytes | None], topic: str, max_bytes: int
) -> tuple[list[Article], int]:
    """Articles of the log and how many records the worker dead-lettered."""
    articles: list[Article] = []
    bad = 0
    for value in values:
        decoded = decode_article(value, Origin(topic, 0, 0), max_bytes)
        if isinstance(decoded, Article):
            articles.append(decoded)
        else:
            bad += 1
    return articles, bad


# ------------------------------------------------------------------ reading the logs
async def read_log(
    settings: Settings, topic: str, idle_s: float = 1.0, timeout_s: float = 300.0
) -> list[bytes | None]:
    """Every value of a topic from offset 0, partition by partition in log order.

    Done when each partition's position has reached the end offset seen at the start *and*
    nothing arrived for `idle_s` (the embedded broker under-reports end offsets)."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    from streams.topics import client_options

    consumer = AIOKafkaConsumer(
        enable_auto_commit=False,
        group_id=None,
        auto_offset_reset="earliest",
        **client_options(settings),
    )
    await consumer.start()
    try:
        partitions = sorted(await _partitions(consumer, topic))
        tps = [TopicPartition(topic, p) for p in partitions]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        values: dict[int, list[bytes | None]] = {p: [] for p in partitions}
        deadline = time.monotonic() + timeout_s
        last_record = time.monotonic()
        while time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=200)
            for tp, records in batches.items():
                values[tp.partition].extend(r.value for r in records)
                if records:
                    last_record = time.monotonic()
            caught_up = all([await consumer.position(tp) >= ends[tp] for tp in tps])
            if caught_up and time.monotonic() - last_record >= idle_s:
                return [v for p in partitions for v in values[p]]
        raise TimeoutError(f"reading {topic} did not finish within {timeout_s:.0f} s")
    finally:
        await consumer.stop()


async def _partitions(consumer: Any, topic: str) -> set[int]:
    for _ in range(50):
        partitions = consumer.partitions_for_topic(topic)
        if partitions:
            return set(partitions)
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.1)
    raise LookupError(f"topic {topic} does not exist")


def worker_table(url: str, timeout_s: float = 10.0) -> dict[str, ControlState]:
    """A worker's table from its `/state` endpoint."""
    with urllib.request.urlopen(url, timeout=timeout_s) as response:
        payload = json.loads(response.read())
    return {capital: ControlState.model_validate(state) for capital, state in payload.items()}


@dataclass
class VerifyReport:
    """The live table against a fresh fold of the whole event log."""

    source: str
    events: int
    unreadable_events: int
    differences: list[StateDifference]

    def as_json(self) -> dict[str, Any]:
        return {
            "live_source": self.source,
            "events": self.events,
            "unreadable_events": self.unreadable_events,
            "same": not self.differences,
            "differences": [d.as_json() for d in self.differences],
        }


async def verify(settings: Settings, theatre: Theatre, worker_url: str | None = None) -> VerifyReport:
    """Rebuild the table from `events.typed` offset 0 and compare it with the live one: a
    worker's `/state` when a URL is given, else the latest record per capital of `control.state`."""
    events, bad = decode_logged_events(await read_log(settings, settings.topic_events), settings.topic_events)
    if worker_url:
        live, source = worker_table(worker_url), worker_url
    else:
        live = latest_states(await read_log(settings, settings.topic_state), theatre)
        source = settings.topic_state
    return VerifyReport(source, len(events), bad, compare_tables(live, rebuild_table(events, theatre)))


async def reextract_logs(settings: Settings, theatre: Theatre, extractor: Extractor) -> ReextractReport:
    """Re-run `extractor` over `articles.raw` and compare with what `events.typed` holds."""
    logged, _ = decode_logged_events(await read_log(settings, settings.topic_events), settings.topic_events)
    articles, undecodable = decode_logged_articles(
        await read_log(settings, settings.topic_articles), settings.topic_articles, settings.max_message_bytes
    )
    return reextract(logged, articles, extractor, theatre, undecodable)
