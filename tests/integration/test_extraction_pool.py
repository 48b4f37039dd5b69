"""The extraction helpers: the same events as inline, a dead helper replaced, a poison article
dead-lettered, and no helper left behind by a killed worker."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from schemas import Article, Theatre, parse_event
from streams.broker import EmbeddedBroker
from streams.core.extract import Extractor
from streams.core.resources import sample_articles_path
from streams.extraction_pool import ExtractionProcesses, extract_in_helper
from streams.ingest import Loaded, read_articles
from streams.processing import Extraction, extract_article
from tests.conftest import start_worker, stop_worker
from tests.integration.test_pipeline import produce, read_topic, wait_progress

TOPIC_ROLES = ("articles", "events", "state", "transitions", "deadletter", "receipts")


def poisoned(article: Article) -> Extraction:
    """A helper task that dies on one article, the way a segfault or the OOM killer would."""
    if article.id == "poison":
        os._exit(3)
    return extract_in_helper(article)


def stuck(article: Article) -> Extraction:
    """A helper task that never finishes one article, the way a pathological input could."""
    if article.id == "hang":
        time.sleep(3600)
    return extract_in_helper(article)


@pytest.fixture(scope="module")
def pool(theatre: Theatre) -> Iterator[ExtractionProcesses]:
    processes = ExtractionProcesses(theatre, processes=2)
    yield processes
    processes.close()


def _extract(pool: ExtractionProcesses, articles: list[Article]) -> list[Extraction]:
    async def run() -> list[Extraction]:
        submitted = [pool.submit(article) for article in articles]
        return [
            await pool.result(article, handle) for article, handle in zip(articles, submitted, strict=True)
        ]

    return asyncio.run(run())


def _without_timing(extraction: Extraction) -> tuple[object, ...]:
    return (extraction.events, extraction.error_class, extraction.error)


def test_helpers_extract_exactly_what_the_event_loop_would(
    pool: ExtractionProcesses, extractor: Extractor, seed_article: Article
) -> None:
    other = seed_article.model_copy(
        update={"id": "seed-2", "body": seed_article.body[: len(seed_article.body) // 2]}
    )
    articles = [seed_article, other, seed_article]
    in_helpers = _extract(pool, articles)
    inline = [extract_article(extractor, article) for article in articles]
    assert [_without_timing(e) for e in in_helpers] == [_without_timing(e) for e in inline]
    assert len(in_helpers[0].events) > 10 and in_helpers[0].seconds > 0


def test_a_killed_helper_is_replaced_and_its_article_retried(
    pool: ExtractionProcesses, extractor: Extractor, seed_article: Article
) -> None:
    asyncio.run(pool.warm_up())
    restarts = pool.restarts
    for pid in pool.helper_pids():
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    [again] = _extract(pool, [seed_article])
    assert _without_timing(again) == _without_timing(extract_article(extractor, seed_article))
    assert pool.restarts == restarts + 1


def test_an_article_that_kills_every_helper_is_an_error_value_and_the_next_one_goes_through(
    theatre: Theatre, extractor: Extractor, seed_article: Article
) -> None:
    restarts: list[str] = []
    pool = ExtractionProcesses(theatre, processes=1, task=poisoned, on_restart=restarts.append)
    try:
        poison = seed_article.model_copy(update={"id": "poison"})
        dead, after = _extract(pool, [poison, seed_article])
    finally:
        pool.close()
    assert dead.error_class == "BrokenProcessPool" and "died twice" in (dead.error or "")
    assert restarts == ["died", "died"]
    assert _without_timing(after) == _without_timing(extract_article(extractor, seed_article))


def test_an_article_that_outlasts_the_timeout_twice_is_an_error_value_and_the_next_one_goes_through(
    theatre: Theatre, extractor: Extractor, seed_article: Article
) -> None:
    restarts: list[str] = []
    pool = ExtractionProcesses(theatre, processes=1, task=stuck, timeout_s=1.0, on_restart=restarts.append)
    asyncio.run(pool.warm_up())
    first_helpers = pool.helper_pids()
    try:
        hang = seed_article.model_copy(update={"id": "hang"})
        started = time.monotonic()
        timed_out, after = _extract(pool, [hang, seed_article])
        took = time.monotonic() - started
    finally:
        pool.close()
    assert timed_out.error_class == "TimeoutError" and "twice" in (timed_out.error or "")
    assert _without_timing(after) == _without_timing(extract_article(extractor, seed_article))
    assert restarts == ["timeout", "timeout"] and took < 30
    time.sleep(0.5)
    assert first_helpers and not any(_alive(pid) for pid in first_helpers)  # killed, not left stuck


HOLDER = """
import asyncio, sys
from streams.core.resources import load_theatre
from streams.extraction_pool import ExtractionProcesses
pool = ExtractionProcesses(load_theatre("afghanistan-2021"), processes=2)
asyncio.run(pool.warm_up())
print(*pool.helper_pids(), flush=True)
sys.stdin.read()
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie has exited
        return stat.read().split(") ")[1][0] != "Z"


def test_helpers_exit_when_their_worker_is_killed() -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    helpers = [int(pid) for pid in holder.stdout.readline().split()]
    assert helpers and all(_alive(pid) for pid in helpers)
    holder.kill()
    holder.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in helpers)


@pytest.mark.broker
@pytest.mark.parametrize("processes", ["0", "2"])
def test_a_worker_emits_the_pure_extractors_events_in_either_mode(
    own_broker: EmbeddedBroker,
    tmp_path: Path,
    extractor: Extractor,
    processes: str,
) -> None:
    """In the event loop (0) or in two helpers, a worker's events are the extractor's, each
    capital's in the order of the stream (one partition here, so the stream has one order)."""
    loaded = read_articles([sample_articles_path("afghanistan-2021")])
    articles = [item.article for item in loaded if isinstance(item, Loaded)][:12]
    prefix = f"mode{processes}"
    env = {
        "FRONTLINE_BROKER": own_broker.url,
        "FRONTLINE_APP_ID": prefix,
        "FRONTLINE_EXTRACT_PROCESSES": processes,
        **{f"FRONTLINE_TOPIC_{role.upper()}": f"{prefix}.{role}" for role in TOPIC_ROLES},
    }
    worker = start_worker(env, tmp_path / "worker.log")
    try:
        produce(
            own_broker.bootstrap,
            f"{prefix}.articles",
            [(b"one-partition", a.model_dump_json().encode()) for a in articles],
        )
        progress = wait_progress(worker, articles=len(articles), dead=0)
    finally:
        stop_worker(worker)
    expected = [event for article in articles for event in extractor.extract(article)]
    records = read_topic(own_broker.bootstrap, f"{prefix}.events", lambda r: len(r) >= len(expected))
    emitted = [parse_event(orjson.loads(record.value)) for record in records]
    assert progress["events_emitted"] == len(expected)
    assert sorted(e.event_id for e in emitted) == sorted(e.event_id for e in expected)
    for capital in {e.capital for e in expected}:
        in_topic = [e.event_id for e in emitted if e.capital == capital]
        assert in_topic == [e.event_id for e in expected if e.capital == capital]
