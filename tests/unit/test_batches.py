"""`BatchGate`: a batch's offsets may be committed only when its work completed."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest
from faust.types import TP
from faust.types.tuples import ConsumerMessage as Message

from streams.batches import BatchGate


@dataclass
class Event:
    message: Message


@dataclass
class Consumer:
    """Records what Faust's final acknowledgement would hand to the consumer."""

    acked: list[int] = field(default_factory=list)
    read_again: list[dict[Any, int]] = field(default_factory=list)

    def ack(self, message: Message) -> bool:
        self.acked.append(message.offset)
        return True


def batch(*offsets: int, partition: int = 0) -> list[Event]:
    return [Event(Message("events.typed", partition, o, 0.0, 0, None, b"k", b"v", None)) for o in offsets]


def faust_acks(events: list[Event], consumer: Consumer) -> list[int]:
    """What `take_events` does when its generator closes: ack every event of the batch."""
    for event in events:
        event.message.ack(consumer)  # type: ignore[arg-type]
    return consumer.acked


def test_a_completed_batch_is_acknowledged() -> None:
    async def run() -> list[int]:
        events, consumer = batch(5, 6, 7), Consumer()
        async with BatchGate(consumer.read_again.append).batch(events):
            await asyncio.sleep(0)
        return faust_acks(events, consumer)

    assert asyncio.run(run()) == [5, 6, 7]


def test_a_failed_batch_is_not_acknowledged_and_is_read_again_from_its_first_offsets() -> None:
    consumer = Consumer()
    events = batch(9, 4, 6) + batch(2, 3, partition=1)

    async def run() -> None:
        async with BatchGate(consumer.read_again.append).batch(events):
            raise ConnectionError("the broker went away")

    with pytest.raises(ConnectionError):
        asyncio.run(run())
    assert faust_acks(events, consumer) == []
    assert consumer.read_again == [{TP("events.typed", 0): 4, TP("events.typed", 1): 2}]


def test_a_batch_cancelled_by_shutdown_is_not_acknowledged() -> None:
    consumer = Consumer()
    events = batch(1, 2)

    async def run() -> None:
        gate = BatchGate(consumer.read_again.append)

        async def work() -> None:
            async with gate.batch(events):
                await asyncio.sleep(10)

        task = asyncio.create_task(work())
        await asyncio.sleep(0.01)
        await gate.close(grace_s=0.01)  # shutdown waits, then cancels the agents
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(run())
    assert faust_acks(events, consumer) == []
    assert consumer.read_again == []  # the next worker reads it: no seek in a stopping one


def test_close_waits_for_the_batch_in_hand_then_refuses_new_ones() -> None:
    consumer = Consumer()
    in_hand, late = batch(1, 2), batch(3)
    order: list[str] = []

    async def run() -> bool:
        gate = BatchGate(consumer.read_again.append)

        async def work() -> None:
            async with gate.batch(in_hand):
                await asyncio.sleep(0.05)
                order.append("batch done")

        task = asyncio.create_task(work())
        await asyncio.sleep(0.01)
        finished = await gate.close(grace_s=5)
        order.append("closed")
        await task
        assert gate.refuse(late)
        return finished

    assert asyncio.run(run())
    assert order == ["batch done", "closed"]
    assert faust_acks(in_hand, consumer) == [1, 2]
    assert faust_acks(late, Consumer()) == []


def test_a_batch_that_outlives_the_grace_is_not_acknowledged_when_it_finishes() -> None:
    consumer = Consumer()
    events = batch(7, 8)

    async def run() -> bool:
        gate = BatchGate(consumer.read_again.append)

        async def work() -> None:
            async with gate.batch(events):
                await asyncio.sleep(0.2)

        task = asyncio.create_task(work())
        await asyncio.sleep(0.01)
        finished = await gate.close(grace_s=0.05)
        await task  # it finishes, after shutdown stopped waiting: the tables may be stopped
        return finished

    assert not asyncio.run(run())
    assert faust_acks(events, consumer) == []


def test_an_open_gate_refuses_nothing() -> None:
    events = batch(1)
    assert not BatchGate().refuse(events)
    assert faust_acks(events, Consumer()) == [1]
