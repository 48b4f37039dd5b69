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
import os
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, get_args

import faust
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest

from schemas.events import Event
from schemas.messages import DeadLetter
from schemas.theatre import Theatre
from streams import __version__, codecs
from streams.batches import BatchGate
from streams.core.dedupe import SyndicationIndex
from streams.core.extract import EXTRACTOR_VERSION, Extractor
from streams.core.resources import load_theatre
from streams.extraction_pool import ExtractionProcesses, Submitted
from streams.health import StuckWatch, reads_nothing, stalled
from streams.metrics import Metrics, faust_consumer_lag, owned_capitals
from streams.processing import Admitted, ArticleOutcome, ArticleProcessor, Extraction, Origin, extract_article
from streams.publish import BatchPublisher, FaustPublisher, Publisher
from streams.settings import Settings
from streams.table import Ledgers, TableFolder, TableTopics
from streams.topics import client_options
from streams.transport import GaplessConsumer, use_frontline_consumer

log = logging.getLogger(__name__)

InFlight = tuple[Any, Admitted | ArticleOutcome, Submitted | None]
"""An article of the batch being processed: its message, admission and place in the helpers' queue."""


class CapitalTable(faust.Table):  # type: ignore[type-arg]
    """A table whose changelog partition is the source partition of the key's events.

    Faust takes it from the "current event", which a batch (`take_events`) does not have; the
    agent records each key's partition instead (events are keyed by capital, so it is fixed).
    """

    partition_hints: dict[Any, int]

    def partition_for_key(self, key: Any) -> int | None:
        return self.partition_hints[key]


STOP_MARGIN_S = 10.0
"""How long Faust's own shutdown may take after the grace before the process exits anyway."""


class FrontlineApp(faust.App):
    """Faust's app, whose shutdown first lets the agents' batches in hand finish (`BatchGate`):
    Faust's own stops the consumer and the tables while an agent may still be folding.

    Faust's shutdown waits on the broker without a bound (measured: a worker whose broker was
    gone did not exit within 60 s of SIGTERM), so a watchdog ends the process once the grace and
    `STOP_MARGIN_S` are over. Nothing is lost by it: what was not committed is read again."""

    gate: BatchGate
    shutdown_grace_s: float

    async def on_stop(self) -> None:
        watchdog = threading.Timer(self.shutdown_grace_s + STOP_MARGIN_S, _exit_unclean)
        watchdog.daemon = True
        watchdog.start()
        await self.gate.close(self.shutdown_grace_s)
        await super().on_stop()


def _exit_unclean() -> None:
    # Straight to stderr: the logging machinery may be mid-shutdown in another thread.
    os.write(
        2,
        b"frontline: shutdown did not finish in time (is the broker reachable?); exiting without a final commit\n",
    )
    os._exit(1)


@dataclass
class Progress:
    """Counters `frontline demo --once`, tests and the benchmark poll to know the worker has
    caught up; a batch counts once every record it produced was acknowledged."""

    articles: int = 0
    dead_letters: int = 0
    events_emitted: int = 0
    events_applied: int = 0
    started_at: float = field(default_factory=time.time)
    last_batch_at: float = field(default_factory=time.monotonic)
    """When the last batch was counted (monotonic clock), for the stall check of `/healthz`."""

    def add(self, done: Progress) -> None:
        """Count a batch once its outputs are acknowledged."""
        self.last_batch_at = time.monotonic()
        self.articles += done.articles
        self.dead_letters += done.dead_letters
        self.events_emitted += done.events_emitted
        self.events_applied += done.events_applied

    def as_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "dead_letters": self.dead_letters,
            "events_emitted": self.events_emitted,
            "events_applied": self.events_applied,
            "uptime_s": round(time.time() - self.started_at, 3),
        }


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
        # Faust's producer writes only the table's changelog (outputs go through `BatchPublisher`).
        # One record per batch: the embedded broker reports a multi-record batch's first offset + 1
        # as the high watermark (BROKER_NOTES), and Faust's recovery, which reads the changelog up
        # to it, would miss a worker's last ledger writes (measured: an event lost per restart).
        "producer_max_batch_size": 1,
        "producer_max_request_size": max(settings.max_message_bytes * 2, 2_000_000),
        "consumer_max_fetch_size": max(settings.max_message_bytes * 2, 4_194_304),
        "web_enabled": True,
        "web_bind": settings.web_host,
        "web_host": settings.web_host,
        "web_port": settings.web_port,
        "web_in_thread": False,
        "topic_allow_declare": True,
    }
    if settings.data_dir:
        options["datadir"] = settings.data_dir
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
    metrics.initialise(_event_types(), [a.id for a in theatre.actors] + ["contested"])
    progress = Progress()
    app = FrontlineApp(settings.app_id, **faust_options(settings))
    use_frontline_consumer(app)

    def read_again(offsets: dict[Any, int]) -> None:
        consumer = app.consumer  # created lazily, at start
        assert isinstance(consumer, GaplessConsumer)
        consumer.read_again_from(offsets)

    gate = app.gate = BatchGate(read_again)
    app.shutdown_grace_s = settings.shutdown_grace_s

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
    folder = TableFolder(
        ledgers,
        metrics,
        TableTopics(settings.topic_state, settings.topic_transitions, settings.topic_deadletter),
    )
    count_claims = folder.count_claims
    processor = ArticleProcessor(
        Extractor(theatre),
        {
            "events": settings.topic_events,
            "receipts": settings.topic_receipts,
            "deadletter": settings.topic_deadletter,
        },
        settings.max_message_bytes,
        syndication=SyndicationIndex(),
    )

    def publisher() -> Publisher:
        if settings.processing_guarantee == "exactly_once":
            return FaustPublisher(outputs)  # outputs must join Faust's transactions
        return BatchPublisher(
            client_options(settings), max_request_bytes=max(settings.max_message_bytes * 2, 8_000_000)
        )

    extracted_out, folded_out = (
        publisher(),
        publisher(),
    )  # one each: a flush waits for its own agent's records

    @app.on_before_shutdown.connect
    async def stop_publishers(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        for out in (extracted_out, folded_out):
            if isinstance(out, BatchPublisher):
                await out.stop()

    extraction = (
        ExtractionProcesses(
            theatre,
            settings.extract_processes,
            timeout_s=settings.extract_timeout_s,
            on_restart=lambda reason: metrics.extraction_helper_restarts.labels(reason).inc(),
        )
        if settings.extract_processes
        else None
    )
    ahead = 4 * settings.extract_processes  # articles in the helpers' queue while one is packaged

    @app.on_before_shutdown.connect
    async def stop_extraction(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        if extraction is not None:
            extraction.close()

    def submitted_to_helpers(admitted: Admitted | ArticleOutcome) -> Submitted | None:
        """An admitted article that needs extraction goes to the helpers now (with helpers)."""
        if extraction is None or not isinstance(admitted, Admitted) or not admitted.needs_extraction:
            return None
        return extraction.submit(admitted.article)

    async def extracted(admitted: Admitted, submitted: Submitted | None) -> Extraction | None:
        """The helpers' result, or an extraction here (no helpers); None for a syndicated copy."""
        if extraction is not None and submitted is not None:
            return await extraction.result(admitted.article, submitted)
        return extract_article(processor.extractor, admitted.article) if admitted.needs_extraction else None

    async def package_oldest(window: deque[InFlight], done: Progress) -> None:
        message, admitted, submitted = window.popleft()
        if isinstance(admitted, Admitted):
            outcome = processor.package(admitted, await extracted(admitted, submitted), message.value)
        else:
            outcome = admitted
        _count_outcome(metrics, processor, done, outcome)
        # Event records carry the article's ingest time as their timestamp.
        await extracted_out.add(outcome.records, message.timestamp)
        await asyncio.sleep(0)  # let the table agent, the producer and the web server run

    @app.agent(articles, name="extract_articles")
    async def extract_articles(stream: Any) -> AsyncIterator[None]:
        if extraction is not None:
            started = time.monotonic()
            log.info("starting %d extraction helper(s)", settings.extract_processes)
            await extraction.warm_up()
            log.info("extraction helpers ready in %.1f s", time.monotonic() - started)
        async for batch in stream.take_events(settings.batch_size, within=settings.batch_window_s):
            if gate.refuse(batch):
                continue
            done = Progress()
            window: deque[InFlight] = deque()
            async with gate.batch(batch):  # acknowledged only once every output is
                for event in batch:  # admitted in stream order, extracted ahead, packaged in order
                    message = event.message
                    metrics.articles_received.inc()
                    origin = Origin(message.topic, message.partition, message.offset, message.timestamp)
                    admitted = processor.admit(message.value, origin)
                    window.append((message, admitted, submitted_to_helpers(admitted)))
                    if len(window) > ahead:
                        await package_oldest(window, done)
                while window:
                    await package_oldest(window, done)
                await extracted_out.flush()  # every output acknowledged by the broker
            progress.add(done)
            yield None

    @app.agent(events_topic, name="fold_events")
    async def fold_events(stream: Any) -> AsyncIterator[None]:
        async for batch in stream.take_events(settings.batch_size, within=settings.batch_window_s):
            if gate.refuse(batch):
                continue
            async with gate.batch(batch):  # acknowledged only once the table holds it
                folded = folder.fold_batch(
                    (m.value, Origin(m.topic, m.partition, m.offset, m.timestamp))
                    for m in (item.message for item in batch)
                )
                done = Progress(events_applied=len(batch))
                for letter in folded.dead_letters:
                    _count_dead_letter(metrics, done, letter, article=False)
                await folded_out.add(folded.records)
                await folded_out.flush()
                folder.store(folded)
            progress.add(done)
            yield None

    def input_lag() -> dict[tuple[str, int], int]:
        """Messages waiting on the input topics' assigned partitions (metrics, the watchdog, `/healthz`)."""
        return faust_consumer_lag(app.consumer, {settings.topic_articles, settings.topic_events})

    @app.page("/metrics")
    async def metrics_view(web: Any, request: Any) -> Any:
        assigned = _assigned_partitions(app, settings.topic_events)
        owned = owned_capitals(ledgers.capitals, settings.partitions, assigned)
        _refresh_table_gauges(metrics, ledgers, count_claims, owned)
        metrics.set_consumer_lag(input_lag())
        return web.bytes(generate_latest(metrics.registry), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/state")
    async def state_view(web: Any, request: Any) -> Any:
        return web.json({cid: s.model_dump(mode="json") for cid, s in ledgers.states().items()})

    @app.page("/progress")
    async def progress_view(web: Any, request: Any) -> Any:
        assigned: dict[str, list[int]] = defaultdict(list)
        for tp in app.consumer.assignment():
            assigned[tp.topic].append(tp.partition)
        return web.json({**progress.as_json(), "assigned": {t: sorted(p) for t, p in assigned.items()}})

    not_ready_at = [time.monotonic()]  # when `/healthz` last saw the worker recovering or rebalancing
    watch = StuckWatch(settings.recovery_stall_s)
    idle_watch = StuckWatch(settings.recovery_stall_s)  # `reads_nothing`, with no batch finishing

    @app.timer(interval=min(5.0, settings.recovery_stall_s / 4))  # type: ignore[untyped-decorator]
    async def watch_readiness() -> None:
        """Not ready with no headway for `recovery_stall_s`, or ready and idle with input waiting
        for as long: ask the group for a new rebalance, unless one is under way (it would only queue
        another behind it)."""
        now, ready = time.monotonic(), _ready(app)
        watch.observe(now, ready, _headway(app))
        lag = sum(input_lag().values())
        idle_watch.observe(now, not reads_nothing(ready, not gate.idle, lag), progress.last_batch_at)
        due = watch if watch.rejoin_due else idle_watch if idle_watch.rejoin_due else None
        if due is None:
            return
        consumer = app.consumer
        assert isinstance(consumer, GaplessConsumer)
        if consumer.rejoin_group():
            due.rejoined()
            metrics.group_rejoins.inc()
            log.error(
                "%s for %.0f s: asked the group for a new rebalance (%d of %d); %s",
                "not ready, with no headway"
                if due is watch
                else f"ready, with {lag} message(s) waiting and no batch in hand or finished",
                due.still_s,
                due.rejoins,
                due.max_rejoins,
                readiness(app),
            )

    @app.page("/healthz")
    async def health_view(web: Any, request: Any) -> Any:
        now = time.monotonic()
        if not _ready(app):
            not_ready_at[0] = now  # recovery and rebalances take as long as they take: no stall
        if watch.stuck:  # the timer's verdict: nothing to measure here
            log.error("stuck: not ready, with no headway for %.0f s", watch.still_s)
            body = {
                "status": "stuck",
                "version": __version__,
                **readiness(app),
                "still_s": round(watch.still_s, 1),
            }
            return web.json(body, status=503)
        quiet_s = now - max(progress.last_batch_at, not_ready_at[0])
        lag = sum(input_lag().values())
        if stalled(lag, quiet_s, settings.stall_s):
            log.error("stalled: %d messages waiting and no batch finished for %.0f s", lag, quiet_s)
            body = {"status": "stalled", "version": __version__, "lag": lag, "quiet_s": round(quiet_s, 1)}
            return web.json(body, status=503)
        return web.json({"status": "ok", "version": __version__})

    @app.page("/readyz")
    async def ready_view(web: Any, request: Any) -> Any:
        body = readiness(app)
        return web.json(body, status=200 if body["ready"] else 503)

    return Frontline(app, settings, theatre, metrics, progress, ledgers, count_claims)


def _ready(app: faust.App) -> bool:
    """The table is recovered and no rebalance is under way."""
    recovery = app.tables.recovery  # type: ignore[attr-defined]
    return bool(recovery.completed.is_set()) and not app.rebalancing


def _headway(app: faust.App) -> tuple[Any, ...]:
    """What moves while a worker gets ready: the group's generation and rebalance count, the
    recovery's stage, and the changelog offsets it has read."""
    recovery = app.tables.recovery  # type: ignore[attr-defined]
    read = (recovery.active_offsets, recovery.standby_offsets)
    return (
        app.consumer_generation_id,
        app.rebalancing_count,
        bool(recovery.completed.is_set()),
        bool(recovery.in_recovery),
        *(sum(offset for offset in offsets.values() if offset is not None) for offsets in read),
    )


def readiness(app: faust.App) -> dict[str, Any]:
    """`/readyz`'s body: ready or not, and why not, so that a worker stuck in a rebalance or in
    table recovery tells which, and how far its changelog reading is from the end."""
    recovery = app.tables.recovery  # type: ignore[attr-defined]
    return {
        "ready": _ready(app),
        "recovered": bool(recovery.completed.is_set()),
        "rebalancing": bool(app.rebalancing),
        "in_recovery": bool(recovery.in_recovery),
        "changelog_behind": recovery.active_remaining_total(),
        "standby_behind": recovery.standby_remaining_total(),
        "generation": app.consumer_generation_id,
        "rebalances": app.rebalancing_count,
    }


def _event_types() -> list[str]:
    """The `type` of every event model of the discriminated union."""
    union = get_args(Event)[0]
    return [model.model_fields["type"].default for model in get_args(union)]


def _assigned_partitions(app: faust.App, topic: str) -> set[int]:
    """Partitions of `topic` actively assigned to this worker (none before the first assignment)."""
    try:
        return {tp.partition for tp in app.consumer.assignment() if tp.topic == topic}
    except Exception:  # the consumer is not started yet
        return set()


def _count_outcome(
    metrics: Metrics, processor: ArticleProcessor, done: Progress, outcome: ArticleOutcome
) -> None:
    if outcome.dead_letter is not None:
        _count_dead_letter(metrics, done, outcome.dead_letter)
        return
    assert outcome.article is not None
    metrics.articles_processed.inc()
    metrics.extraction_seconds.observe(outcome.extraction_s)
    if processor.seen_before(outcome.article.id):
        metrics.articles_duplicate.inc()
    if outcome.duplicate_of is not None:
        metrics.articles_syndicated.inc()
    for (kind, modality), count in Counter((e.type, e.modality) for e in outcome.events).items():
        metrics.events.labels(kind, modality).inc(count)
    done.articles += 1
    done.events_emitted += len(outcome.events)


def _count_dead_letter(
    metrics: Metrics, progress: Progress, letter: DeadLetter, article: bool = True
) -> None:
    if article:  # an event the table agent cannot read is a dead letter, not an invalid article
        metrics.articles_invalid.labels(letter.reason).inc()
    metrics.deadletters.labels(letter.reason).inc()
    progress.dead_letters += 1


def _refresh_table_gauges(
    metrics: Metrics, ledgers: Ledgers, count_claims: dict[str, Any], owned: set[str]
) -> None:
    """Table-derived gauges, computed at scrape time so they always match the table.

    The per-capital and per-controller gauges cover the capitals this worker owns (`owned`), so
    the series of several workers add up; the count-claim gap compares a claim with this
    worker's whole table (standby partitions included), which is exact with one worker.
    """
    owned_counts: dict[str, int] = defaultdict(int)
    all_counts: dict[str, int] = defaultdict(int)
    metrics.retain_capitals(owned)
    for capital, state in ledgers.states().items():
        all_counts[state.controller] += 1
        if capital in owned:
            metrics.set_capital(capital, state.controller, state.status)
            owned_counts[state.controller] += 1
    known = {a.id for a in ledgers.theatre.actors} | {"contested"}
    metrics.set_controller_counts(owned_counts, known)
    for actor, claim in count_claims.items():
        metrics.count_claim.labels(actor).set(claim.count)
        metrics.count_claim_gap.labels(actor).set(claim.count - all_counts.get(actor, 0))


__all__ = ["Frontline", "build_app"]
