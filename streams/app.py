"""The Faust application: thin wiring of topics, two agents and a table around the pure core.

- `extract_articles` reads `articles.raw` in batches, calls the processor (decode + extract),
  and produces events, receipts and dead letters; a batch's offsets are acknowledged only
  after every record it produced has been acknowledged by the broker (at-least-once).
- `fold_events` reads `events.typed` (keyed by capital, so one capital's events stay on one
  partition), folds them into each capital's ledger in the `control` table and publishes the
  new state to `control.state` and every change of hands to `control.transitions`.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import faust
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest

from schemas.events import CONTROL_EVENT_TYPES, Event
from schemas.messages import DeadLetter
from schemas.state import ControlState
from schemas.theatre import Theatre
from streams import __version__, codecs
from streams.core.extract import EXTRACTOR_VERSION, Extractor
from streams.core.ledger_codec import ledger_from_json, ledger_to_json
from streams.core.reduce import (
    CapitalLedger,
    Fact,
    apply_to_ledger,
    initial_ledger,
    ledger_state,
    transition,
)
from streams.core.resources import load_theatre
from streams.core.timeref import parse_offset
from streams.metrics import Metrics
from streams.processing import ArticleProcessor, Origin, Record, decode_event
from streams.settings import Settings

log = logging.getLogger(__name__)


class CapitalTable(faust.Table):  # type: ignore[type-arg]
    """A table whose changelog partition is the source partition of the key's events.

    Faust takes it from the "current event", which a batch (`take_events`) does not have; the
    agent records each key's partition instead (events are keyed by capital, so it is fixed).
    """

    partition_hints: dict[Any, int]

    def partition_for_key(self, key: Any) -> int | None:
        return self.partition_hints[key]


@dataclass
class Progress:
    """Counters `frontline demo --once` and tests poll to know the worker has caught up."""

    articles: int = 0
    dead_letters: int = 0
    events_emitted: int = 0
    events_applied: int = 0
    started_at: float = field(default_factory=time.time)

    def as_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "dead_letters": self.dead_letters,
            "events_emitted": self.events_emitted,
            "events_applied": self.events_applied,
            "uptime_s": round(time.time() - self.started_at, 3),
        }


class Ledgers:
    """Typed ledgers over the Faust table, cached by revision so each is parsed once."""

    def __init__(self, table: CapitalTable, theatre: Theatre) -> None:
        self.table = table
        self.theatre = theatre
        self.tz = parse_offset(theatre.utc_offset)
        self.capitals = frozenset(c.id for c in theatre.capitals)
        self._cache: dict[str, tuple[str, CapitalLedger]] = {}

    def load(self, capital: str) -> CapitalLedger:
        stored = self.table.get(capital)
        if stored is None:
            return initial_ledger(self.theatre, capital)
        cached = self._cache.get(capital)
        if cached is not None and cached[0] == stored["rev"]:
            return cached[1]
        ledger = ledger_from_json(stored["ledger"], self.tz)
        self._cache[capital] = (stored["rev"], ledger)
        return ledger

    def store(self, ledger: CapitalLedger, partition: int, state: ControlState) -> None:
        rev = uuid.uuid4().hex
        self.table.partition_hints[ledger.capital] = partition
        self.table[ledger.capital] = {
            "rev": rev,
            "ledger": ledger_to_json(ledger),
            "state": state.model_dump(mode="json"),
        }
        self._cache[ledger.capital] = (rev, ledger)

    def states(self) -> dict[str, ControlState]:
        """Every capital of the theatre: from the table where known to this worker, else baseline."""
        result: dict[str, ControlState] = {}
        for capital in self.theatre.capitals:
            stored = self.table.get(capital.id)
            if stored is None:
                result[capital.id] = ledger_state(self.theatre, initial_ledger(self.theatre, capital.id))
            else:
                result[capital.id] = ControlState.model_validate(stored["state"])
        return result


def faust_options(settings: Settings) -> dict[str, Any]:
    """Faust settings: short group-join timeouts (see BROKER_NOTES), batching producer."""
    options: dict[str, Any] = {
        "broker": ";".join(f"kafka://{s}" for s in settings.bootstrap_servers().split(",")),
        "store": settings.store,
        "topic_partitions": settings.partitions,
        "topic_replication_factor": settings.replication_factor,
        "table_standby_replicas": settings.standby_replicas,
        "processing_guarantee": settings.processing_guarantee,
        "broker_rebalance_timeout": 6.0,
        "broker_session_timeout": 6.0,
        "broker_heartbeat_interval": 1.0,
        "producer_linger": 0.005,
        "producer_max_batch_size": 1_000_000,
        "producer_max_request_size": max(settings.max_message_bytes * 2, 2_000_000),
        "consumer_max_fetch_size": max(settings.max_message_bytes * 2, 4_194_304),
        "web_enabled": True,
        "web_bind": settings.web_host,
        "web_host": settings.web_host,
        "web_port": settings.web_port,
        "web_in_thread": False,
        "topic_allow_declare": True,
    }
    if settings.security_protocol != "PLAINTEXT":
        options["broker_credentials"] = _credentials(settings)
    return options


def _credentials(settings: Settings) -> Any:
    from aiokafka.helpers import create_ssl_context

    ssl_context = None
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        ssl_context = create_ssl_context(
            cafile=settings.ssl_cafile, certfile=settings.ssl_certfile, keyfile=settings.ssl_keyfile
        )
    if settings.sasl_mechanism:
        password = settings.sasl_password.get_secret_value() if settings.sasl_password else ""
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=password,
            ssl_context=ssl_context,
            mechanism=settings.sasl_mechanism,
        )
    return faust.SSLCredentials(ssl_context)


@dataclass
class Frontline:
    """A built application with handles tests and the CLI use."""

    app: faust.App
    settings: Settings
    theatre: Theatre
    metrics: Metrics
    progress: Progress
    ledgers: Ledgers
    count_claims: dict[str, Any]


def build_app(settings: Settings, registry: CollectorRegistry | None = None) -> Frontline:
    codecs.register()
    theatre = load_theatre(settings.theatre)
    metrics = Metrics(registry or REGISTRY)
    metrics.worker.info(
        {"version": __version__, "extractor_version": EXTRACTOR_VERSION, "theatre": theatre.id}
    )
    progress = Progress()
    app = faust.App(settings.app_id, **faust_options(settings))

    def raw_topic(name: str) -> faust.TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
        )

    articles = raw_topic(settings.topic_articles)
    events_topic = raw_topic(settings.topic_events)
    outputs = {
        settings.topic_events: events_topic,
        **{
            name: raw_topic(name)
            for name in (
                settings.topic_state,
                settings.topic_transitions,
                settings.topic_deadletter,
                settings.topic_receipts,
            )
        },
    }
    schema: faust.Schema[Any, Any] = faust.Schema(key_serializer="json", value_serializer="orjson")
    table = CapitalTable(
        app,
        name=settings.table_name,
        partitions=settings.partitions,
        schema=schema,
        beacon=app.tables.beacon,
        help="ledger and state per capital",
    )
    app.tables.add(table)
    table.partition_hints = {}
    ledgers = Ledgers(table, theatre)
    count_claims: dict[str, Any] = {}
    processor = ArticleProcessor(
        Extractor(theatre),
        {
            "events": settings.topic_events,
            "receipts": settings.topic_receipts,
            "deadletter": settings.topic_deadletter,
        },
        settings.max_message_bytes,
    )

    async def send_all(records: list[Record], timestamp: float | None = None) -> list[Any]:
        """Hand records to the producer; the futures resolve when the broker acknowledges."""
        return [
            await outputs[r.topic].send(key=r.key, value=r.value, timestamp=timestamp, force=True)
            for r in records
        ]

    async def produce(records: list[Record], timestamp: float | None = None) -> None:
        """Send a batch without awaiting each message, then wait for every acknowledgement."""
        pending = await send_all(records, timestamp)
        if pending:
            await asyncio.gather(*pending)

    @app.agent(articles, name="extract_articles")
    async def extract_articles(stream: Any) -> AsyncIterator[None]:
        async for batch in stream.take_events(settings.batch_size, within=settings.batch_window_s):
            pending: list[Any] = []
            for event in batch:
                message = event.message
                metrics.articles_received.inc()
                outcome = processor.process(
                    message.value, Origin(message.topic, message.partition, message.offset, message.timestamp)
                )
                if outcome.dead_letter is not None:
                    _count_dead_letter(metrics, progress, outcome.dead_letter)
                else:
                    assert outcome.article is not None
                    metrics.articles_processed.inc()
                    metrics.extraction_seconds.observe(outcome.extraction_s)
                    if processor.seen_before(outcome.article.id):
                        metrics.articles_duplicate.inc()
                    for ev in outcome.events:
                        metrics.events.labels(ev.type, ev.modality).inc()
                    progress.articles += 1
                    progress.events_emitted += len(outcome.events)
                # Event records carry the article's ingest time as their timestamp.
                pending.extend(await send_all(outcome.records, message.timestamp))
            if pending:  # the batch's offsets are acknowledged after this (at-least-once)
                await asyncio.gather(*pending)
            yield None

    @app.agent(events_topic, name="fold_events")
    async def fold_events(stream: Any) -> AsyncIterator[None]:
        async for batch in stream.take_events(settings.batch_size, within=settings.batch_window_s):
            by_capital: dict[str, list[tuple[Event, int, float | None]]] = defaultdict(list)
            letters: list[Record] = []
            for item in batch:
                message = item.message
                progress.events_applied += 1
                metrics.events_applied.inc()
                decoded = decode_event(
                    message.value, Origin(message.topic, message.partition, message.offset, message.timestamp)
                )
                if isinstance(decoded, DeadLetter):
                    _count_dead_letter(metrics, progress, decoded)
                    letters.append(
                        Record(settings.topic_deadletter, None, decoded.model_dump_json().encode())
                    )
                    continue
                if decoded.type == "count_claim":
                    count_claims[decoded.actor or "unknown"] = decoded
                elif decoded.type in CONTROL_EVENT_TYPES and decoded.capital in ledgers.capitals:
                    by_capital[decoded.capital].append((decoded, message.partition, message.timestamp))
            records = letters
            folded: list[Folded] = []
            for capital, items in by_capital.items():
                outcome = _fold_capital(ledgers, metrics, theatre, settings, capital, items)
                records.extend(outcome.records)
                if outcome.ledger is not None:
                    folded.append(outcome)
            # States and transitions are acknowledged before the table (its changelog) changes:
            # a crash in between replays the batch and publishes them again (at-least-once),
            # where the other order could leave a new table entry whose state was never sent.
            await produce(records)
            for outcome in folded:
                assert outcome.ledger is not None and outcome.state is not None
                ledgers.store(outcome.ledger, outcome.partition, outcome.state)
            yield None

    @app.page("/metrics")
    async def metrics_view(web: Any, request: Any) -> Any:
        _refresh_table_gauges(metrics, ledgers, count_claims)
        return web.bytes(generate_latest(metrics.registry), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/state")
    async def state_view(web: Any, request: Any) -> Any:
        return web.json({cid: s.model_dump(mode="json") for cid, s in ledgers.states().items()})

    @app.page("/progress")
    async def progress_view(web: Any, request: Any) -> Any:
        return web.json(progress.as_json())

    @app.page("/healthz")
    async def health_view(web: Any, request: Any) -> Any:
        return web.json({"status": "ok", "version": __version__})

    @app.page("/readyz")
    async def ready_view(web: Any, request: Any) -> Any:
        recovery = app.tables.recovery  # type: ignore[attr-defined]
        ready = bool(recovery.completed.is_set()) and not app.rebalancing
        return web.json({"ready": ready}, status=200 if ready else 503)

    return Frontline(app, settings, theatre, metrics, progress, ledgers, count_claims)


def _count_dead_letter(metrics: Metrics, progress: Progress, letter: DeadLetter) -> None:
    metrics.articles_invalid.labels(letter.reason).inc()
    metrics.deadletters.labels(letter.reason).inc()
    progress.dead_letters += 1


@dataclass
class Folded:
    """One capital's batch: records to publish, and the ledger to store once they are sent."""

    records: list[Record]
    ledger: CapitalLedger | None = None
    partition: int = 0
    state: ControlState | None = None


def _fold_capital(
    ledgers: Ledgers,
    metrics: Metrics,
    theatre: Theatre,
    settings: Settings,
    capital: str,
    items: list[tuple[Event, int, float | None]],
) -> Folded:
    """Fold one capital's events of a batch: the state and any transitions to publish."""
    before = ledgers.load(capital)
    ledger = before
    records: list[Record] = []
    for event, _, ingest_ts in items:
        previous = ledger
        ledger = apply_to_ledger(ledger, Fact.of(event), ledgers.tz)  # type: ignore[arg-type]
        if ledger is previous:
            continue
        now = time.time()
        metrics.lag_published_seconds.observe(max(0.0, now - event.reported_at.timestamp()))
        if ingest_ts:
            metrics.lag_ingest_seconds.observe(max(0.0, now - ingest_ts))
        change = transition(previous.derived, ledger.derived, theatre.capital(capital).name, capital)
        if change is not None:
            metrics.transitions.labels(change.from_controller, change.to_controller).inc()
            records.append(
                Record(settings.topic_transitions, capital.encode(), change.model_dump_json().encode())
            )
    if ledger is before:
        return Folded(records)
    state = ledger_state(theatre, ledger)
    records.append(Record(settings.topic_state, capital.encode(), state.model_dump_json().encode()))
    return Folded(records, ledger, items[-1][1], state)


def _refresh_table_gauges(metrics: Metrics, ledgers: Ledgers, count_claims: dict[str, Any]) -> None:
    """Table-derived gauges, computed at scrape time so they always match the table."""
    counts: dict[str, int] = defaultdict(int)
    for capital, state in ledgers.states().items():
        metrics.set_capital(capital, state.controller, state.status)
        counts[state.controller] += 1
    known = {a.id for a in ledgers.theatre.actors} | {"contested"}
    metrics.set_controller_counts(counts, known)
    for actor, claim in count_claims.items():
        metrics.count_claim_gap.labels(actor).set(claim.count - counts.get(actor, 0))


__all__ = ["Frontline", "build_app"]
