"""Network faults: the link to the broker cut for 10 seconds, and a broker that is down when
the worker starts. The worker must resume on its own, without a restart and without loss."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from schemas import Theatre, parse_event
from schemas.messages import ArticleReceipt
from streams.app import STOP_MARGIN_S
from streams.broker import EmbeddedBroker, free_port
from streams.core.extract import Extractor
from streams.replay import compare_tables
from tests.reliability import harness
from tests.reliability.proxy import CuttableProxy
from tests.wire_corpus import reference, wire_articles

pytestmark = [pytest.mark.broker, pytest.mark.slow]

CUT_S = 10.0


def _receipts(broker_url: str) -> set[str]:
    return {
        ArticleReceipt.model_validate_json(v or b"").article_id
        for v in harness.read_values(broker_url, "articles.processed", idle_s=0.3)
    }


def test_a_ten_second_cut_heals_without_restart_or_loss(
    tmp_path: Path, theatre: Theatre, extractor: Extractor
) -> None:
    articles = wire_articles(300, seed=91, theatre=theatre)
    before, after = articles[:150], articles[150:]
    ref = reference([a.model_dump_json().encode() for a in articles], extractor, theatre)
    backend = free_port()
    proxy = CuttableProxy(target=backend).start()
    # The broker advertises the proxy: every connection of the worker crosses it.
    with EmbeddedBroker(port=backend, advertised_port=proxy.port) as broker:
        harness.create_topics(broker.url)
        worker = harness.launch(broker.url, tmp_path, "worker")
        pid = worker.process.pid
        harness.produce(
            broker.bootstrap, "articles.raw", [(a.id.encode(), a.model_dump_json().encode()) for a in before]
        )
        harness.wait_for(
            lambda: {a.id for a in before} <= _receipts(broker.url), timeout_s=60, what="the first half"
        )

        links = proxy.connections
        proxy.cut()
        time.sleep(CUT_S)
        assert worker.process.poll() is None, f"the worker died during the cut:\n{worker.log_tail()}"
        proxy.restore()
        restored = time.monotonic()
        harness.produce(
            broker.bootstrap, "articles.raw", [(a.id.encode(), a.model_dump_json().encode()) for a in after]
        )
        harness.wait_for(
            lambda: ref.article_ids <= _receipts(broker.url),
            timeout_s=120,
            what="every article after the cut",
            every_s=0.5,
        )
        recovered_s = time.monotonic() - restored
        harness.wait_for(
            lambda: compare_tables(harness.live_table(worker), ref.table) == [],
            timeout_s=60,
            what="the table to equal the uninterrupted run's",
        )
        events = [parse_event(v) for v in harness.read_values(broker.url, "events.typed")]
        assert {e.event_id for e in events} == ref.event_ids
        assert worker.process.pid == pid and worker.process.poll() is None
        print(
            f"\nnetwork: link cut for {CUT_S:.0f} s ({links} connections had crossed the proxy); every "
            f"article sent after the restore processed {recovered_s:.1f} s after it, same process, "
            f"state and event ids equal the uninterrupted run, "
            f"{len(events) - len(ref.event_ids)} duplicate events"
        )
        harness.stop_worker(worker)
    proxy.stop()


def test_a_broker_down_at_start_is_retried_with_backoff(tmp_path: Path, theatre: Theatre) -> None:
    port = free_port()
    worker_log = tmp_path / "worker.log"
    broker_url = f"kafka://127.0.0.1:{port}"
    started = time.monotonic()
    launched: dict[str, harness.WorkerProcess] = {}

    def launch() -> None:
        launched["worker"] = harness.launch(broker_url, tmp_path, "worker")

    waiter = threading.Thread(target=launch)
    waiter.start()
    time.sleep(6)
    text = worker_log.read_text(errors="replace")
    assert "not reachable" in text and "retry 2/" in text, text[-2000:]
    with EmbeddedBroker(port=port) as broker:
        waiter.join(120)
        worker = launched["worker"]
        ready_s = time.monotonic() - started
        article = wire_articles(1, seed=5, theatre=theatre)[0]
        harness.produce(
            broker.bootstrap, "articles.raw", [(article.id.encode(), article.model_dump_json().encode())]
        )
        harness.wait_for(lambda: article.id in _receipts(broker.url), timeout_s=60, what="the article")
        retries = text.count("not reachable")
        print(
            f"\nbroker down at start: {retries} logged retries in the first 6 s, ready {ready_s:.1f} s after launch"
        )
        harness.stop_worker(worker)


def test_sigterm_with_the_broker_gone_still_ends_the_worker(tmp_path: Path) -> None:
    """Faust's shutdown waits on the broker without a bound; the worker's watchdog ends it once
    the grace and the margin are over (nothing is lost: the uncommitted is read again)."""
    grace_s = 2.0
    with EmbeddedBroker() as broker:
        harness.create_topics(broker.url)
        worker = harness.launch(broker.url, tmp_path, "worker", FRONTLINE_SHUTDOWN_GRACE_S=str(grace_s))
    time.sleep(2)  # the broker is gone
    started = time.monotonic()
    os.kill(worker.process.pid, signal.SIGTERM)
    code = worker.process.wait(timeout=grace_s + STOP_MARGIN_S + 20)
    took = time.monotonic() - started
    assert code == 1, worker.log_tail()
    assert "shutdown did not finish in time" in worker.log_tail()
    print(
        f"\nbroker gone: SIGTERM ended the worker after {took:.1f} s (grace {grace_s:.0f} s + {STOP_MARGIN_S:.0f} s)"
    )
