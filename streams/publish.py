"""Producing an agent's output records: many per batch, acknowledged before the batch's input.

An agent adds the records of each input message as it goes and flushes at the end of its
batch; the flush returns once the broker has acknowledged every record added, and only then
does Faust acknowledge the batch's input offsets (at-least-once).

`BatchPublisher` builds one Kafka record batch per topic partition with aiokafka's batch API:
a few microseconds per record, where a Faust `Topic.send` costs tens (channel, future and
callbacks per message). Partitions follow the Java client's partitioner (murmur2 of the key),
so a capital's events land where any other producer would put them. Buffered batches go out
when full, when the oldest has waited `linger_s`, and at every flush. `FaustPublisher` keeps
Faust's own path for `exactly_once`, where outputs must join Faust's transactions.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Iterable, Mapping
from typing import Any, Protocol

from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import murmur2

from streams.processing import Record


class Publisher(Protocol):
    async def add(self, records: Iterable[Record], timestamp_s: float | None = None) -> None:
        """Queue records for sending (they may leave at once or at the next flush)."""

    async def flush(self) -> None:
        """Send what is queued; return when the broker acknowledged everything added so far."""


class BatchPublisher:
    """Record batches per partition on a producer of its own (see the module docstring)."""

    def __init__(
        self,
        client_options: Mapping[str, Any],
        *,
        linger_s: float = 0.005,
        max_batch_bytes: int = 1_000_000,
        max_request_bytes: int = 8_000_000,
    ) -> None:
        self._options = dict(client_options)
        self._linger_s = linger_s
        self._max_batch_bytes = max_batch_bytes
        self._max_request_bytes = max_request_bytes
        self._producer: AIOKafkaProducer | None = None
        self._starting = asyncio.Lock()
        self._partitions: dict[str, list[int]] = {}
        self._key_partitions: dict[tuple[str, bytes], int] = {}
        self._open: dict[tuple[str, int], Any] = {}  # aiokafka BatchBuilder per topic partition
        self._oldest = 0.0
        self._in_flight: list[Awaitable[Any]] = []

    async def _started(self) -> AIOKafkaProducer:
        async with self._starting:
            if self._producer is None:
                producer = AIOKafkaProducer(
                    acks="all",
                    max_batch_size=self._max_batch_bytes,
                    max_request_size=self._max_request_bytes,
                    **self._options,
                )
                await producer.start()
                self._producer = producer
        return self._producer

    async def stop(self) -> None:
        if self._producer is not None:
            await self.flush()
            await self._producer.stop()
            self._producer = None

    async def _partition(self, producer: AIOKafkaProducer, topic: str, key: bytes | None) -> int:
        partitions = self._partitions.get(topic)
        if partitions is None:
            partitions = self._partitions[topic] = sorted(await producer.partitions_for(topic))
        if key is None:
            return random.choice(partitions)
        cached = self._key_partitions.get((topic, key))
        if cached is None:
            cached = partitions[(murmur2(key) & 0x7FFFFFFF) % len(partitions)]
            if len(key) <= 64 and len(self._key_partitions) < 10_000:  # capital ids, not article ids
                self._key_partitions[(topic, key)] = cached
        return cached

    async def add(self, records: Iterable[Record], timestamp_s: float | None = None) -> None:
        producer = await self._started()
        timestamp_ms = int(timestamp_s * 1000) if timestamp_s else None
        for record in records:
            partition = await self._partition(producer, record.topic, record.key)
            slot = (record.topic, partition)
            builder = self._open.get(slot)
            if builder is None:
                if not self._open:
                    self._oldest = time.monotonic()
                builder = self._open[slot] = producer.create_batch()
            if builder.append(timestamp=timestamp_ms, key=record.key, value=record.value) is None:
                await self._send(producer, slot)  # full: send it, start the next one
                builder = self._open[slot] = producer.create_batch()
                builder.append(timestamp=timestamp_ms, key=record.key, value=record.value)
        if self._open and time.monotonic() - self._oldest >= self._linger_s:
            await self._send_all(producer)

    async def _send(self, producer: AIOKafkaProducer, slot: tuple[str, int]) -> None:
        builder = self._open.pop(slot)
        self._in_flight.append(await producer.send_batch(builder, slot[0], partition=slot[1]))

    async def _send_all(self, producer: AIOKafkaProducer) -> None:
        for slot in list(self._open):
            await self._send(producer, slot)

    async def flush(self) -> None:
        if self._producer is None:
            return
        await self._send_all(self._producer)
        in_flight, self._in_flight = self._in_flight, []
        if in_flight:
            await asyncio.gather(*in_flight)


class FaustPublisher:
    """Faust's `Topic.send` per record, for `exactly_once` (outputs in Faust's transactions)."""

    def __init__(self, topics: Mapping[str, Any]) -> None:
        self._topics = topics
        self._in_flight: list[Awaitable[Any]] = []

    async def add(self, records: Iterable[Record], timestamp_s: float | None = None) -> None:
        for record in records:
            self._in_flight.append(
                await self._topics[record.topic].send(
                    key=record.key, value=record.value, timestamp=timestamp_s, force=True
                )
            )

    async def flush(self) -> None:
        in_flight, self._in_flight = self._in_flight, []
        if in_flight:
            await asyncio.gather(*in_flight)
