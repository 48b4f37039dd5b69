"""Helpers of the fault tests: a broker per module, workers to start and kill, topics to read."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
import urllib.error
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from aiokafka import AIOKafkaProducer

from schemas import ControlState
from streams import replay
from streams.settings import Settings
from streams.topics import ensure_topics
from tests.conftest import WorkerProcess, start_worker, stop_worker

T = TypeVar("T")
Message = tuple[bytes | None, bytes | None]


def settings_for(broker_url: str) -> Settings:
    return Settings(broker=broker_url)


def create_topics(broker_url: str) -> None:
    asyncio.run(ensure_topics(settings_for(broker_url)))


async def produce_async(
    bootstrap: str, topic: str, messages: Sequence[Message], partition: int | None = None
) -> list[Any]:
    """Send in batches without awaiting each message; wait for every acknowledgement."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        linger_ms=5,
        max_batch_size=1_000_000,
        max_request_size=200_000_000,
        request_timeout_ms=120_000,
        acks="all",
    )
    await producer.start()
    try:
        pending = [
            await producer.send(topic, key=key, value=value, partition=partition) for key, value in messages
        ]
        return list(await asyncio.gather(*pending))
    finally:
        await producer.stop()


def produce(
    bootstrap: str, topic: str, messages: Sequence[Message], partition: int | None = None
) -> list[Any]:
    return asyncio.run(produce_async(bootstrap, topic, messages, partition))


def read_values(broker_url: str, topic: str, idle_s: float = 1.0) -> list[bytes | None]:
    return asyncio.run(replay.read_log(settings_for(broker_url), topic, idle_s=idle_s))


def wait_for(check: Callable[[], T | None], timeout_s: float, what: str, every_s: float = 0.5) -> T:
    """Poll until `check` returns something truthy; fail with `what` after the timeout."""
    deadline = time.monotonic() + timeout_s
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            result = check()
            if result:
                return result
        except (OSError, ValueError) as exc:  # a worker restarting, a topic not there yet
            last_error = exc
        time.sleep(every_s)
    raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what} (last error: {last_error!r})")


def progress(worker: WorkerProcess) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(worker.get("/progress"))
    return result


def diagnosis(worker: WorkerProcess, broker_url: str) -> str:
    """What a stuck worker was doing, for a failure message: its progress and readiness, the
    group's committed offset against the end of each input partition, its log tail, and the stack
    of every thread and asyncio task (the Faust worker prints them on SIGUSR1)."""
    tail = worker.log_tail(40)
    stacks = _stacks(worker)
    try:
        ready = worker.get("/readyz").decode()
    except urllib.error.HTTPError as exc:  # 503 while recovering or rebalancing: the body says which
        ready = f"{exc.code} {exc.read().decode(errors='replace')}"
    except OSError as exc:  # the worker is gone
        ready = repr(exc)
    try:
        seen = json.dumps(progress(worker))
    except OSError as exc:
        seen = repr(exc)
    offsets = asyncio.run(_committed_and_end(settings_for(broker_url)))
    return (
        f"progress {seen}; readyz {ready}; committed/end {offsets}; log tail:\n{tail}\n"
        f"stacks (SIGUSR1):\n{stacks}"
    )


def _stacks(worker: WorkerProcess, lines: int = 600) -> str:
    if worker.process.poll() is not None:
        return "(the worker has exited)"
    logged = len(worker.log_path.read_bytes())
    os.kill(worker.process.pid, signal.SIGUSR1)
    time.sleep(3)
    dump = worker.log_path.read_bytes()[logged:].decode(errors="replace").splitlines()
    return "\n".join(dump[:lines])


async def _committed_and_end(settings: Settings) -> dict[str, list[tuple[int | None, int]]]:
    """The group's committed offset and the end of each input partition. The end is the high
    watermark of a fetch: the broker's offset listing is too low when a partition's last batch
    holds several records (BROKER_NOTES), which made a stalled worker look nearly caught up."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers(), enable_auto_commit=False, group_id=settings.app_id
    )
    await consumer.start()
    try:
        tps = [
            TopicPartition(topic, p)
            for topic in (settings.topic_articles, settings.topic_events)
            for p in range(settings.partitions)
        ]
        listed = await consumer.end_offsets(tps)
        consumer.assign(tps)
        for tp in tps:  # the last batch starts at or before the listed end - 1
            consumer.seek(tp, max(0, listed[tp] - 1))
        await consumer.getmany(timeout_ms=2000)
        found: dict[str, list[tuple[int | None, int]]] = {}
        for tp in tps:
            end = max(listed[tp], consumer.highwater(tp) or 0)
            found.setdefault(tp.topic, []).append((await consumer.committed(tp), end))
        return found
    finally:
        await consumer.stop()


def live_table(worker: WorkerProcess) -> dict[str, ControlState]:
    return replay.worker_table(worker.base_url + "/state")


def launch(broker_url: str, log_dir: Path, name: str, wait_ready: bool = True, **env: str) -> WorkerProcess:
    """A worker process on the broker, logging to `name`.log; returned once ready, or at once."""
    overrides = {"FRONTLINE_BROKER": broker_url, "FRONTLINE_LOG_LEVEL": "INFO", **env}
    return start_worker(overrides, log_dir / f"{name}.log", ready_timeout=90 if wait_ready else None)


def kill(worker: WorkerProcess) -> None:
    """SIGKILL: no shutdown hook runs, nothing is flushed or committed."""
    os.kill(worker.process.pid, signal.SIGKILL)
    worker.process.wait(timeout=10)


def peak_rss_mb(worker: WorkerProcess) -> float:
    """The worker's peak resident memory (VmHWM), from /proc."""
    for line in Path(f"/proc/{worker.process.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class PacedProducer:
    """Streams messages into a topic at a steady rate (`per_second`, which may be changed while it
    runs) from a background thread."""

    def __init__(self, bootstrap: str, topic: str, messages: Sequence[Message], per_second: float) -> None:
        import threading

        self.bootstrap, self.topic, self.messages, self.per_second = bootstrap, topic, messages, per_second
        self.sent = 0
        self.error: BaseException | None = None
        self.finished_at: float | None = None
        self._thread = threading.Thread(target=self._run, name="paced-producer", daemon=True)

    def start(self) -> PacedProducer:
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def join(self, timeout_s: float) -> None:
        self._thread.join(timeout_s)
        if self.error is not None:
            raise self.error
        assert not self._thread.is_alive(), "the producer did not finish"

    def _run(self) -> None:
        try:
            asyncio.run(self._stream())
        except BaseException as exc:  # reported by join()
            self.error = exc
        self.finished_at = time.monotonic()

    async def _stream(self) -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap, linger_ms=5, acks="all", max_request_size=200_000_000
        )
        await producer.start()
        try:
            first = 0
            while first < len(self.messages):
                chunk = max(1, int(self.per_second / 10))  # read each time: a test may change the rate
                pending = [
                    await producer.send(self.topic, key=key, value=value)
                    for key, value in self.messages[first : first + chunk]
                ]
                first += chunk
                await asyncio.gather(*pending)
                self.sent += len(pending)
                await asyncio.sleep(0.1)
        finally:
            await producer.stop()


__all__ = [
    "PacedProducer",
    "create_topics",
    "kill",
    "launch",
    "live_table",
    "produce",
    "progress",
    "read_values",
    "stop_worker",
]


def partition_of(key: str, partitions: int) -> int:
    """The partition the producers' default partitioner (murmur2 of the key) picks."""
    from aiokafka.partitioner import DefaultPartitioner

    every = list(range(partitions))
    return int(DefaultPartitioner()(key.encode(), every, every))
