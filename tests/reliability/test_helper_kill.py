"""SIGKILL a running worker's extraction helper, three times, while articles stream in.

The worker must replace it and go on: every article gets its receipt, no article is
dead-lettered, and the events emitted are exactly the pure extractor's (the article the helper
died on is extracted again by the next one).
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from schemas import Theatre
from schemas.messages import ArticleReceipt
from streams.broker import EmbeddedBroker
from streams.core.extract import Extractor
from tests.reliability import harness
from tests.wire_corpus import wire_articles

pytestmark = [pytest.mark.broker, pytest.mark.slow, pytest.mark.timeout(600)]

ARTICLES = 400
KILLS = 3


def helper_pids(worker_pid: int) -> list[int]:
    """The worker's extraction helpers: its children running multiprocessing's spawn entry
    point (not the resource tracker)."""
    found = []
    for task in os.listdir(f"/proc/{worker_pid}/task"):
        children = Path(f"/proc/{worker_pid}/task/{task}/children").read_text().split()
        for child in map(int, children):
            try:
                command = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
            except FileNotFoundError:
                continue
            if b"multiprocessing.spawn" in command or b"spawn_main" in command:
                found.append(child)
    return found


def test_killed_helpers_are_replaced_and_nothing_is_lost(
    own_broker: EmbeddedBroker, tmp_path: Path, theatre: Theatre, extractor: Extractor
) -> None:
    articles = wire_articles(ARTICLES, seed=91, theatre=theatre, most_sentences=4)
    expected_events = sum(len(extractor.extract(a)) for a in articles)
    harness.create_topics(own_broker.url)
    worker = harness.launch(own_broker.url, tmp_path, "worker", FRONTLINE_EXTRACT_PROCESSES="1")
    producer = harness.PacedProducer(
        own_broker.bootstrap,
        "articles.raw",
        [(a.id.encode(), a.model_dump_json().encode()) for a in articles],
        per_second=40,
    ).start()
    killed: list[int] = []
    for share in range(1, KILLS + 1):
        harness.wait_for(
            lambda share=share: harness.progress(worker)["articles"] >= share * ARTICLES // (KILLS + 2),
            240,
            f"{share}/{KILLS + 2} of the articles processed",
        )
        [helper] = harness.wait_for(lambda: helper_pids(worker.process.pid), 30, "a running helper")
        os.kill(helper, signal.SIGKILL)
        killed.append(helper)
        time.sleep(0.5)
    producer.join(timeout_s=120)
    done = harness.wait_for(
        lambda: (
            (p := harness.progress(worker))["articles"] >= ARTICLES
            and p["events_applied"] >= p["events_emitted"]
            and p
        ),
        300,
        "every article processed after the kills",
    )
    worker.check_alive()
    receipts = {
        ArticleReceipt.model_validate_json(v or b"").article_id
        for v in harness.read_values(own_broker.url, "articles.processed", idle_s=0.5)
    }
    replacement = helper_pids(worker.process.pid)
    metrics = worker.get("/metrics").decode()
    harness.stop_worker(worker)
    assert receipts == {a.id for a in articles}
    assert done["dead_letters"] == 0
    assert done["events_emitted"] == expected_events
    assert replacement and not set(replacement) & set(killed)
    assert f'frontline_extraction_helper_restarts_total{{reason="died"}} {KILLS}.0' in metrics
    assert 'frontline_extraction_helper_restarts_total{reason="timeout"} 0.0' in metrics
    log = (tmp_path / "worker.log").read_text()
    assert "Traceback" not in log, log[-3000:]
    assert log.count("extraction helper died; started a new one") == KILLS
