"""The batch publisher on the real broker: every record arrives, on the Java client's partition."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.partitioner import DefaultPartitioner

from streams.broker import EmbeddedBroker
from streams.processing import Record
from streams.publish import BatchPublisher

pytestmark = pytest.mark.broker


async def _publish_and_read(bootstrap: str, topic: str, records: list[Record]) -> list:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    await admin.create_topics([NewTopic(topic, num_partitions=4, replication_factor=1)])
    await admin.close()
    publisher = BatchPublisher({"bootstrap_servers": bootstrap}, max_batch_bytes=4_000)  # several batches
    for start in range(0, len(records), 100):
        await publisher.add(records[start : start + 100], timestamp_s=1_700_000_000.0)
    await publisher.flush()
    await publisher.stop()
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", group_id=None
    )
    await consumer.start()
    received: list = []
    deadline = time.monotonic() + 30
    try:
        while len(received) < len(records) and time.monotonic() < deadline:
            for batch in (await consumer.getmany(timeout_ms=300)).values():
                received.extend(batch)
    finally:
        await consumer.stop()
    return received


def test_records_arrive_in_order_on_the_key_partition(broker: EmbeddedBroker) -> None:
    keys = [b"kunduz", b"herat", b"lashkar-gah", None, b"article-00017"]
    records = [Record("publish.test", keys[i % len(keys)], f"value {i}".encode()) for i in range(1_000)]
    received = asyncio.run(_publish_and_read(broker.bootstrap, "publish.test", records))
    assert sorted(r.value for r in received) == sorted(r.value for r in records)
    partitioner = DefaultPartitioner()
    for record in received:
        if record.key is not None:
            assert record.partition == partitioner(record.key, [0, 1, 2, 3], [0, 1, 2, 3])
        assert record.timestamp == 1_700_000_000_000
    for key in keys[:3]:
        values = [r.value for r in received if r.key == key]
        assert values == [r.value for r in records if r.key == key]  # in the order added
