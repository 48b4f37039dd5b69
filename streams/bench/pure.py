"""The pure core measured alone: the extractor (a) and the replay fold (e)."""

from __future__ import annotations

import gc
import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from schemas.article import Article
from schemas.events import Event, parse_event
from schemas.theatre import Theatre
from streams.core.extract import Extractor
from streams.core.reduce import fold


@dataclass(frozen=True)
class ExtractFigures:
    label: str
    articles: int
    seconds: float
    body_bytes: int
    events: int

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.body_bytes / self.seconds / 1e6

    @property
    def events_per_article(self) -> float:
        return self.events / self.articles


def measure_extractor(
    extractor: Extractor, label: str, articles: Sequence[Article], min_seconds: float
) -> tuple[ExtractFigures, list[list[Event]]]:
    """Extract the articles in turn (at least once each) until `min_seconds` have passed.

    Also returns the events of the first pass, reused for the fold's replay log.
    """
    first_pass: list[list[Event]] = []
    count = body_bytes = events = 0
    started = time.perf_counter()
    while True:
        for article in articles:
            extracted = extractor.extract(article)
            if len(first_pass) < len(articles):
                first_pass.append(extracted)
            count += 1
            events += len(extracted)
            body_bytes += len(article.body.encode())
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return ExtractFigures(label, count, elapsed, body_bytes, events), first_pass


def replay_log(extracted: Sequence[Sequence[Event]], size: int) -> list[Event]:
    """An event log of `size` events: the extracted events again and again, each copy with new
    event and article ids and moved one day later, as a long stream of reports would be."""
    pool = [event for events in extracted for event in events]
    if not pool:
        raise RuntimeError("the benchmark articles yielded no events")
    log: list[Event] = []
    copy = 0
    while len(log) < size:
        shift = timedelta(days=copy)
        for event in pool[: size - len(log)]:
            log.append(
                event.model_copy(
                    update={
                        "event_id": hashlib.blake2b(
                            f"{event.event_id}/{copy}".encode(), digest_size=16
                        ).hexdigest(),
                        "article_id": f"{event.article_id}/{copy}",
                        "event_time": event.event_time + shift,
                        "reported_at": event.reported_at + shift,
                    }
                )
            )
        copy += 1
    return log


@dataclass(frozen=True)
class FoldFigures:
    events: int
    fold_seconds: float
    decode_fold_seconds: float

    @property
    def events_per_s(self) -> float:
        return self.events / self.fold_seconds

    @property
    def decode_events_per_s(self) -> float:
        return self.events / self.decode_fold_seconds


def measure_fold(log: Sequence[Event], theatre: Theatre, repeats: int = 3) -> FoldFigures:
    """Replay speed: `fold` over typed events, then JSON decode + `fold` as a rebuild reads them;
    each the best of `repeats` passes (timeit's rule: the fastest pass is the code's cost, and a
    shared machine only adds to it).

    The benchmark holds the whole log in memory, which a replay reading a topic would not; it is
    frozen out of the garbage collector's scans so that they do not bill the fold for it.
    """
    encoded = [event.model_dump_json().encode() for event in log]
    gc.collect()
    gc.freeze()
    try:
        fold_s = min(_seconds(lambda: fold(log, theatre)) for _ in range(repeats))
        decode_s = min(
            _seconds(lambda: fold((parse_event(raw) for raw in encoded), theatre)) for _ in range(repeats)
        )
    finally:
        gc.unfreeze()
    return FoldFigures(len(log), fold_s, decode_s)


def _seconds(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started
