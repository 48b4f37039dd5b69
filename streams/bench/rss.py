"""Memory of the worker's processing path over a long stream, in a fresh process.

A million articles through the broker would take far too long for a benchmark run, so this
probe drives, in-process, the code the two agents run per message, minus the broker:

- per article: `decode_article` of its JSON bytes, the duplicate memory (`seen_before`) and
  `ArticleProcessor.package` (event records and the receipt);
- per batch of event records: `TableFolder.fold_batch`, the table agent's own code, over a
  dict standing in for the Faust table's memory store (ledgers, states, count claims).

What it does not run per article is the extractor (a pure function that keeps nothing between
articles): each article's events are the real extractor's events of one of the bundled
samples, re-identified for that article (new event ids, article id, times moved with the
article's publication time). RSS is read from /proc after a garbage collection at each
checkpoint. Run: `python -m streams.bench.rss 100000 1000000`; one JSON line per checkpoint.
"""

from __future__ import annotations

import gc
import hashlib
import sys
import time
import zlib
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import orjson
from prometheus_client import CollectorRegistry

from schemas.events import Event
from schemas.messages import DeadLetter
from streams.bench.corpus import sample_articles, synthesize
from streams.core.extract import Extractor
from streams.core.resources import load_theatre
from streams.metrics import Metrics
from streams.processing import ArticleProcessor, Origin, decode_article
from streams.settings import Settings
from streams.table import Ledgers, TableFolder, TableTopics

STEP = timedelta(minutes=1)


class DictTable(dict[Any, Any]):
    """The Faust memory store is a dict too; the partition hints are the table's."""

    def __init__(self) -> None:
        super().__init__()
        self.partition_hints: dict[Any, int] = {}


def rss_mb(pid: int | str = "self") -> float:
    """Resident set size of a process, from /proc (Linux)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def _reidentified(events: Sequence[Event], article_id: str, shift: timedelta) -> list[Event]:
    return [
        event.model_copy(
            update={
                "event_id": hashlib.blake2b(
                    f"{event.event_id}/{article_id}".encode(), digest_size=16
                ).hexdigest(),
                "article_id": article_id,
                "event_time": event.event_time + shift,
                "reported_at": event.reported_at + shift,
            }
        )
        for event in events
    ]


def probe(checkpoints: Sequence[int], settings: Settings) -> None:
    theatre = load_theatre(settings.theatre)
    samples = sample_articles(theatre.id)
    extractor = Extractor(theatre)
    pool = [
        extractor.extract(synthesize(samples, i, 1, prefix="rss", step=STEP)) for i in range(len(samples))
    ]
    processor = ArticleProcessor(
        extractor,
        {
            "events": settings.topic_events,
            "receipts": settings.topic_receipts,
            "deadletter": settings.topic_deadletter,
        },
        settings.max_message_bytes,
    )
    folder = TableFolder(
        Ledgers(DictTable(), theatre),
        Metrics(CollectorRegistry()),
        TableTopics(settings.topic_state, settings.topic_transitions, settings.topic_deadletter),
    )
    started = time.perf_counter()
    events_folded = 0
    batch: list[tuple[bytes | None, Origin]] = []
    for index in range(max(checkpoints)):
        raw = orjson.dumps(synthesize(samples, index, 1, prefix="rss", step=STEP).model_dump(mode="json"))
        origin = Origin(settings.topic_articles, index % settings.partitions, index // settings.partitions)
        article = decode_article(raw, origin, settings.max_message_bytes)
        if isinstance(article, DeadLetter):
            raise RuntimeError(f"generated article refused: {article.error}")
        processor.seen_before(article.id)
        base = samples[index % len(samples)].published_at
        events = _reidentified(pool[index % len(pool)], article.id, article.published_at - base)
        outcome = processor.package(article, events, origin, 0.0)
        for record in outcome.records[:-1]:  # the last one is the receipt
            partition = zlib.crc32(record.key or b"") % settings.partitions
            batch.append((record.value, Origin(settings.topic_events, partition, index, time.time())))
        if len(batch) >= settings.batch_size:
            folder.fold_batch(batch)
            events_folded += len(batch)
            batch = []
        if index + 1 in checkpoints:
            gc.collect()
            line = {
                "articles": index + 1,
                "events": events_folded,
                "rss_mb": round(rss_mb(), 1),
                "seconds": round(time.perf_counter() - started, 1),
            }
            print(orjson.dumps(line).decode(), flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    checkpoints = sorted(int(arg) for arg in (argv if argv is not None else sys.argv[1:]))
    if not checkpoints:
        print("usage: python -m streams.bench.rss N [N...]", file=sys.stderr)
        return 2
    probe(checkpoints, Settings())
    return 0


if __name__ == "__main__":
    sys.exit(main())
