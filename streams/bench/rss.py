"""Memory of the worker's processing path over a long stream, in a fresh process.

A million articles through the broker would take far too long for a benchmark run, so this
probe runs, in-process and without the broker, the code the two agents run per message:

- per article: `ArticleProcessor.process` on the article's JSON bytes (decoding, validation,
  the event and receipt records) and the duplicate memory (`seen_before`);
- per batch of event records: `TableFolder.fold_batch`, the table agent's own code, over a
  dict standing in for the Faust table's memory store (ledgers, states, count claims).

Only the extraction is not run per article (at tens of milliseconds per article it would take
hours): `ReplayedExtractor` hands each article the real extractor's events of one of a pool of
generated articles, re-identified for it (event and article ids, times moved with its
publication time). The extractor keeps nothing between articles, so this leaves out no state.
RSS is read from /proc after a garbage collection at each checkpoint.
Run: `python -m streams.bench.rss 100000 1000000`; one JSON line per checkpoint.
"""

from __future__ import annotations

import gc
import hashlib
import os
import sys
import time
import zlib
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import orjson
from prometheus_client import CollectorRegistry

from schemas.article import Article
from schemas.events import Event
from streams.bench.corpus import sample_articles, synthesize
from streams.core.extract import Decision, Extractor
from streams.core.resources import load_theatre
from streams.metrics import Metrics
from streams.processing import ArticleProcessor, Origin
from streams.settings import Settings
from streams.table import Ledgers, TableFolder, TableTopics

STEP = timedelta(minutes=1)
ARTICLE_BYTES = 1_000
"""About one sample article: a few events each, so a million articles fit in a run."""
POOL = 48


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


def tree_rss_mb(pid: int) -> tuple[float, int]:
    """Resident set size of a process and its children (a worker's extraction helpers), and how
    many processes that is (Linux: /proc/PID/task/*/children)."""
    total, count, queue = 0.0, 0, [pid]
    while queue:
        current = queue.pop()
        try:
            total += rss_mb(current)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    queue += [int(child) for child in children.read().split()]
        except (FileNotFoundError, ProcessLookupError, RuntimeError):
            continue  # exited meanwhile, or a zombie with no memory left
        count += 1
    return total, count


class ReplayedExtractor(Extractor):
    """The real extractor's events of a pool of articles, handed out again re-identified."""

    def __init__(self, extractor: Extractor, pool: Sequence[Article]) -> None:
        super().__init__(extractor.theatre)
        self.pool = [(article.published_at, extractor.extract(article)) for article in pool]

    def extract(self, article: Article, trace: list[Decision] | None = None) -> list[Event]:
        published, events = self.pool[zlib.crc32(article.id.encode()) % len(self.pool)]
        shift = article.published_at - published
        return [
            event.model_copy(
                update={
                    "event_id": hashlib.blake2b(
                        f"{event.event_id}/{article.id}".encode(), digest_size=16
                    ).hexdigest(),
                    "article_id": article.id,
                    "event_time": event.event_time + shift,
                    "reported_at": event.reported_at + shift,
                }
            )
            for event in events
        ]


def _body(paragraphs: Sequence[str], index: int) -> str:
    """About `ARTICLE_BYTES` of sample paragraphs, a different choice for each article (cheaper
    than `synthesize`, which would take a quarter of the probe's time)."""
    count = len(paragraphs)
    picks = (index * prime + offset for prime, offset in ((7, 3), (31, 11), (53, 29), (89, 47), (101, 5)))
    return "\n\n".join(paragraphs[(pick + index // count) % count] for pick in picks)


def probe(checkpoints: Sequence[int], settings: Settings) -> None:
    theatre = load_theatre(settings.theatre)
    samples = sample_articles(theatre.id)
    pool = [synthesize(samples, i, ARTICLE_BYTES, prefix="rss-pool", step=STEP) for i in range(POOL)]
    processor = ArticleProcessor(
        ReplayedExtractor(Extractor(theatre), pool),
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
    paragraphs = [text for sample in samples for text in sample.body.split("\n\n") if text.strip()]
    anchor = samples[0].published_at
    started = time.perf_counter()
    events_folded = 0
    batch: list[tuple[bytes | None, Origin]] = []
    for index in range(max(checkpoints)):
        raw = orjson.dumps(
            {
                "id": f"rss-{index:07d}",
                "published_at": (anchor + index * STEP).isoformat(),
                "body": _body(paragraphs, index),
                "source": "frontline bench (from the bundled samples)",
            }
        )
        origin = Origin(settings.topic_articles, index % settings.partitions, index // settings.partitions)
        outcome = processor.process(raw, origin)
        if outcome.article is None:
            raise RuntimeError(f"generated article refused: {outcome.dead_letter}")
        processor.seen_before(outcome.article.id)
        for record in outcome.records:
            if record.topic == settings.topic_events:
                partition = zlib.crc32(record.key or b"") % settings.partitions
                batch.append((record.value, Origin(record.topic, partition, index, time.time())))
        if len(batch) >= settings.batch_size:
            folder.store(folder.fold_batch(batch))
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
