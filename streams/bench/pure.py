"""The pure core measured alone: the extractor (a) and the replay fold (e).

Run `python -m streams.bench.pure THEATRE EVENTS` for (e) on its own: one JSON line.
"""

from __future__ import annotations

import gc
import hashlib
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import timedelta

import orjson

from schemas.article import Article
from schemas.events import Event, parse_event
from schemas.theatre import Theatre
from streams.bench.corpus import SEED_SIZE, Corpus, corpus, sample_articles
from streams.core.extract import Extractor
from streams.core.reduce import fold
from streams.core.resources import load_theatre


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
) -> ExtractFigures:
    """Extract the articles in turn (at least once each) until `min_seconds` have passed."""
    count = body_bytes = events = 0
    started = time.perf_counter()
    while True:
        for article in articles:
            events += len(extractor.extract(article))
            count += 1
            body_bytes += len(article.body.encode())
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return ExtractFigures(label, count, elapsed, body_bytes, events)


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


def seed_corpus(theatre_id: str) -> Corpus:
    """The seed-sized articles of (a), whose events make the replay log of (e)."""
    samples = sample_articles(theatre_id)
    return corpus(samples, "8 KB", len(samples), SEED_SIZE, prefix="bench-extract")


def fold_in_fresh_process(theatre_id: str, events: int) -> FoldFigures:
    """(e) in a process of its own, as a replay or a rebuilding worker runs. In the process that
    has just extracted 50 KB articles for (a), the same fold ran at 0.5 to 0.8 times the speed,
    varying from run to run: the allocator's state left behind, not the fold's cost."""
    result = subprocess.run(
        [sys.executable, "-m", "streams.bench.pure", theatre_id, str(events)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"fold probe failed:\n{result.stderr[-3000:]}")
    return FoldFigures(**orjson.loads(result.stdout))


def main(argv: Sequence[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m streams.bench.pure THEATRE EVENTS", file=sys.stderr)
        return 2
    theatre = load_theatre(argv[0])
    extractor = Extractor(theatre)
    extracted = [extractor.extract(article) for article in seed_corpus(theatre.id).articles]
    figures = measure_fold(replay_log(extracted, int(argv[1])), theatre)
    print(orjson.dumps(asdict(figures)).decode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
