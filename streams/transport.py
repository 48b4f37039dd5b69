"""Faust's Kafka consumer with a short fetch wait, which reads skipped offsets again.

Faust's aiokafka driver asks the broker to hold every fetch up to 1.5 s while no data is
ready, and the embedded broker (Tansu) answers such a fetch only when that wait is over, even
when records arrive meanwhile (measured: about 600 ms from produce to consume with the 1.5 s
wait, about 4 ms with 10 ms). On an idle topic that delay is the pipeline's latency, and
between batches it stalls each agent. Apache Kafka answers as soon as data arrives, so a short
wait costs it only a few more empty fetches per second.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import faust
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread, Consumer

FETCH_MAX_WAIT_MS = 10
log = logging.getLogger("frontline.transport")


class ShortWaitConsumerThread(AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # aiokafka reads the wait when it starts the fetcher, after this returns.
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer


class ShortWaitConsumer(Consumer):
    def _new_consumer_thread(self) -> ShortWaitConsumerThread:
        return ShortWaitConsumerThread(self, loop=self.loop, beacon=self.beacon)


class GaplessConsumer(ShortWaitConsumer):
    """Reads skipped offsets again instead of treating them as a gap.

    Faust takes a jump in a partition's offsets for a gap that compaction or transaction
    markers left, counts the missing offsets as acknowledged and commits past them. Our input
    topics have no such gaps: a jump means the consumer skipped records, which happens here
    around a rebalance (records fetched before the seek to the committed offset delivered after
    it). Seen in the failover test: offsets 22..83 of a partition skipped, committed, and lost.
    So on a jump this consumer holds back the partition's records until its next fetch, seeks
    back to the last offset it read and reads the skipped records (duplicates of what it had are
    harmless: the fold is idempotent). After `MAX_REFETCHES` tries at the same offset the records
    are taken to be really gone (retention), and Faust's gap handling applies.
    """

    MAX_REFETCHES = 3

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._refetch: dict[Any, int] = {}
        self._refetch_tries: Counter[tuple[Any, int]] = Counter()
        deliver = self.callback

        async def hold_back_skipped(message: Any) -> None:
            if message.tp not in self._refetch:  # held back: read again after the seek
                await deliver(message)

        self.callback = hold_back_skipped

    async def _add_gap(self, tp: Any, offset_from: int, offset_to: int) -> None:
        tries = self._refetch_tries[(tp, offset_from)] = self._refetch_tries[(tp, offset_from)] + 1
        if tries > self.MAX_REFETCHES:
            log.error(
                "offsets %d..%d of %s are missing from the broker; skipping them", offset_from, offset_to, tp
            )
            await super()._add_gap(tp, offset_from, offset_to)
            return
        log.warning(
            "the consumer skipped offsets %d..%d of %s; reading them again", offset_from, offset_to, tp
        )
        self._refetch.setdefault(tp, max(0, offset_from - 1))

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[Any, Any]]:
        for tp, offset in list(self._refetch.items()):
            await self.seek(tp, offset)
        self._refetch.clear()
        async for item in super().getmany(timeout):
            yield item


def use_frontline_consumer(app: faust.App) -> None:
    """Make this app's transport (not the class, shared by every app) build the consumer."""
    setattr(app.transport, "Consumer", GaplessConsumer)  # noqa: B010 (a ClassVar set per instance)
