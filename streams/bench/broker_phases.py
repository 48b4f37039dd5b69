"""The measurements that need the broker: the ceiling (b), end to end (c) and latency (d).

All run against one fresh embedded broker (Tansu keeps every byte it was sent in memory, so
a benchmark never reuses one) and, for (c) and (d), one `frontline worker` process.
"""

from __future__ import annotations

import asyncio
import time
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from streams.ingest import Loaded, produce_articles
from streams.settings import Settings
from streams.topics import client_options
from streams.worker_process import WorkerProcess
from streams.worker_process import start_worker as start_worker_process


# ------------------------------------------------------------------ (b) the ceiling
@dataclass(frozen=True)
class CeilingFigures:
    """Plain aiokafka on the same broker and messages: produce all, then consume all."""

    messages: int
    produce_s: float
    consume_s: float

    @property
    def produce_per_s(self) -> float:
        return self.messages / self.produce_s

    @property
    def consume_per_s(self) -> float:
        return self.messages / self.consume_s

    @property
    def msgs_per_s(self) -> float:
        """A pipeline of the two runs no faster than its slower stage."""
        return min(self.produce_per_s, self.consume_per_s)


async def create_topic(settings: Settings, name: str) -> None:
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        await admin.create_topics(
            [NewTopic(name=name, num_partitions=settings.partitions, replication_factor=1)]
        )
    finally:
        await admin.close()


async def consume_count(settings: Settings, topic: str, count: int, timeout_s: float = 120.0) -> float:
    """Seconds a plain consumer takes to read `count` records of a topic from the start."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        topic,
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_partition_fetch_bytes=4_194_304,
        **client_options(settings),
    )
    await consumer.start()
    try:
        started = time.perf_counter()
        deadline = time.monotonic() + timeout_s
        received = 0
        while received < count:
            if time.monotonic() > deadline:
                raise RuntimeError(f"consumed only {received} of {count} records of {topic}")
            batches = await consumer.getmany(timeout_ms=200, max_records=10_000)
            received += sum(len(records) for records in batches.values())
        return time.perf_counter() - started
    finally:
        await consumer.stop()


def measure_ceiling(
    settings: Settings, items: Sequence[Loaded], topic: str = "bench.ceiling"
) -> CeilingFigures:
    asyncio.run(create_topic(settings, topic))
    started = time.perf_counter()
    asyncio.run(produce_articles(client_options(settings), topic, list(items)))
    produce_s = time.perf_counter() - started
    consume_s = asyncio.run(consume_count(settings, topic, len(items)))
    return CeilingFigures(len(items), produce_s, consume_s)


# ------------------------------------------------------------------ the worker process
def start_worker(settings: Settings, log_path: Path) -> WorkerProcess:
    env = {
        "FRONTLINE_BROKER": str(settings.broker),
        "FRONTLINE_PARTITIONS": str(settings.partitions),
        "FRONTLINE_THEATRE": settings.theatre,
    }
    return start_worker_process(env, log_path, ready_timeout=90)


def wait_caught_up(
    worker: WorkerProcess, before: dict[str, Any], articles: int, timeout_s: float
) -> dict[str, Any]:
    """Poll /progress until `articles` more are accounted for and every emitted event is folded."""
    deadline = time.monotonic() + timeout_s
    while True:
        worker.check_alive()
        now: dict[str, Any] = worker.get_json("/progress")
        accounted = now["articles"] + now["dead_letters"] - before["articles"] - before["dead_letters"]
        if accounted >= articles and now["events_applied"] >= now["events_emitted"]:
            return now
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"worker stuck at {now} (waiting for {articles} articles):\n{worker.log_tail()}"
            )
        time.sleep(0.05)


# ------------------------------------------------------------------ (c) end to end
@dataclass(frozen=True)
class EndToEndFigures:
    articles: int
    seconds: float
    events: int

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds


def measure_end_to_end(
    worker: WorkerProcess, settings: Settings, items: Sequence[Loaded], timeout_s: float
) -> EndToEndFigures:
    """From the first article written to `articles.raw` to the last state written and acknowledged."""
    before = worker.get_json("/progress")
    started = time.perf_counter()
    asyncio.run(produce_articles(client_options(settings), settings.topic_articles, list(items)))
    after = wait_caught_up(worker, before, len(items), timeout_s)
    seconds = time.perf_counter() - started
    return EndToEndFigures(len(items), seconds, after["events_emitted"] - before["events_emitted"])


# ------------------------------------------------------------------ (d) latency
@dataclass(frozen=True)
class Probe:
    """A latency probe: an article, and the capitals whose state it must update (with the
    state's `updated_at` then equal to the article's publication time)."""

    item: Loaded
    capitals: frozenset[str]


@dataclass(frozen=True)
class LatencyFigures:
    sent: int
    measured: int
    rate_per_s: float
    latencies_ms: tuple[float, ...]

    def as_figures(self, prefix: str = "") -> dict[str, float]:
        """The JSON keys of `frontline bench --json`, `prefix` naming the run ("calm_")."""
        return {
            f"{prefix}latency_rate_per_s": self.rate_per_s,
            f"{prefix}latency_probes": self.measured,
            **{f"{prefix}latency_ms_p{q}": self.percentile(q) for q in (50, 95, 99)},
        }

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


StateSightings = dict[str, tuple[list[datetime], list[float]]]
"""Per capital, the `updated_at` of each state record seen and when it arrived (both rising:
one agent writes a capital's states in order, and `updated_at` never goes back)."""


async def _watch_states(
    settings: Settings, seen: StateSightings, ready: asyncio.Event, stop: asyncio.Event
) -> None:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        settings.topic_state,
        group_id=None,
        auto_offset_reset="latest",
        enable_auto_commit=False,
        fetch_max_wait_ms=10,
        **client_options(settings),
    )
    await consumer.start()
    try:
        await consumer.getmany(timeout_ms=500)  # assigned and positioned at the end
        ready.set()
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=50)
            now = time.perf_counter()
            for records in batches.values():
                for record in records:
                    state = orjson.loads(record.value)
                    updates, arrivals = seen.setdefault(state["capital"], ([], []))
                    updates.append(datetime.fromisoformat(state["updated_at"]))
                    arrivals.append(now)
    finally:
        await consumer.stop()


def _resolved_at(probe: Probe, seen: StateSightings) -> float | None:
    """When the last of the probe's capitals showed a state at least as new as the probe."""
    published = probe.item.article.published_at
    latest = 0.0
    for capital in probe.capitals:
        updates, arrivals = seen.get(capital, ([], []))
        first = bisect_left(updates, published)
        if first == len(updates):
            return None
        latest = max(latest, arrivals[first])
    return latest


async def _latency(
    settings: Settings, probes: Sequence[Probe], rate: float, timeout_s: float
) -> LatencyFigures:
    from aiokafka import AIOKafkaProducer

    seen: StateSightings = {}
    ready, stop = asyncio.Event(), asyncio.Event()
    watcher = asyncio.create_task(_watch_states(settings, seen, ready, stop))
    await asyncio.wait_for(ready.wait(), 30)
    producer = AIOKafkaProducer(
        linger_ms=0, acks="all", max_request_size=8_000_000, **client_options(settings)
    )
    await producer.start()
    sent_at: list[float] = []
    try:
        start = time.perf_counter()
        for index, probe in enumerate(probes):
            delay = start + index / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent_at.append(time.perf_counter())
            await producer.send(
                settings.topic_articles, key=probe.item.article.id.encode(), value=probe.item.raw
            )
        await producer.flush()
        achieved = len(probes) / (time.perf_counter() - start)
        deadline = time.monotonic() + timeout_s
        measurable = [p for p in probes if p.capitals]
        while time.monotonic() < deadline and any(_resolved_at(p, seen) is None for p in measurable):
            await asyncio.sleep(0.1)
    finally:
        await producer.stop()
        stop.set()
        await watcher
    latencies = []
    for probe, sent in zip(probes, sent_at, strict=True):
        if probe.capitals:
            resolved = _resolved_at(probe, seen)
            if resolved is None:
                raise RuntimeError(f"probe {probe.item.article.id} never showed in {settings.topic_state}")
            latencies.append((resolved - sent) * 1000)
    return LatencyFigures(len(probes), len(latencies), achieved, tuple(latencies))


def measure_latency(
    settings: Settings, probes: Sequence[Probe], rate: float, timeout_s: float
) -> LatencyFigures:
    return asyncio.run(_latency(settings, probes, rate, timeout_s))
