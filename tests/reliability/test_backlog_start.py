"""A restarted worker whose input waits in a backlog, with nothing new arriving, works all of it off.

The last step of Faust's rebalance resumes the input partitions, seeks them to the committed
offsets (a broker round trip per partition) and then resumes the flow, which empties every
stream buffer. The fetcher runs meanwhile: it hands the records prefetched during table
recovery to the agents' buffers, and the resumption throws away those the agents have not
taken, while the consumer's fetch position stays past them. A later record of the partition
shows the hole and they are read again; with nothing later (a backlog, the producer done) the
worker stood ready with its partitions assigned and consumed nothing (seen once in CI:
test_graceful's last worker, 665 articles without a receipt after 300 s).

Two conditions make that certain here: a 50 ms link to the broker makes the seek last longer
than the fetcher's one-second pause, and the extraction helper is held (SIGSTOP) until the
worker is ready, so the article agent takes nothing from its buffer (on a loaded machine the
helper's start alone outlasts the table recovery). Before the fix it failed 4 runs of 4 (0 to 7
of the 40 articles processed after 60 s).
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from schemas import Theatre
from schemas.messages import ArticleReceipt
from streams.broker import EmbeddedBroker, free_port
from tests.reliability import harness
from tests.reliability.proxy import CuttableProxy
from tests.reliability.test_helper_kill import helper_pids
from tests.wire_corpus import wire_articles

pytestmark = [pytest.mark.broker, pytest.mark.slow, pytest.mark.timeout(300)]

LATENCY_S = 0.05
ARTICLES = 40


def _messages(articles: list) -> list[tuple[bytes, bytes]]:
    return [(a.id.encode(), a.model_dump_json().encode()) for a in articles]


def test_a_backlog_waiting_at_a_restart_is_read_whole(tmp_path: Path, theatre: Theatre) -> None:
    articles = wire_articles(2 * ARTICLES, seed=17, theatre=theatre, most_sentences=1)
    first, backlog = articles[:ARTICLES], articles[ARTICLES:]
    backend = free_port()
    proxy = CuttableProxy(target=backend, latency_s=LATENCY_S).start()
    with EmbeddedBroker(port=backend, advertised_port=proxy.port) as broker:

        def receipts() -> set[str]:
            return {
                ArticleReceipt.model_validate_json(v or b"").article_id
                for v in harness.read_values(broker.url, "articles.processed", idle_s=0.3)
            }

        harness.create_topics(broker.url)
        worker = harness.launch(broker.url, tmp_path, "worker-0")  # commits offsets to resume from
        harness.produce(broker.bootstrap, "articles.raw", _messages(first))
        harness.wait_for(lambda: {a.id for a in first} <= receipts(), timeout_s=60, what="the first articles")
        harness.stop_worker(worker)

        harness.produce(broker.bootstrap, "articles.raw", _messages(backlog))
        started = time.monotonic()
        worker = harness.launch(broker.url, tmp_path, "worker-1", wait_ready=False)
        [helper] = harness.wait_for(lambda: helper_pids(worker.process.pid), 30, "the helper", every_s=0.01)
        os.kill(helper, signal.SIGSTOP)
        try:
            harness.wait_for(lambda: worker.get_json("/readyz")["ready"], 60, "the worker to be ready")
        finally:
            os.kill(helper, signal.SIGCONT)
        want = {a.id for a in backlog}
        try:
            harness.wait_for(lambda: want <= receipts(), timeout_s=60, what="the whole backlog")
        except AssertionError as exc:
            raise AssertionError(
                f"{exc}; {len(want - receipts())} of {len(want)} without a receipt; worker: "
                f"{harness.diagnosis(worker, broker.url)}"
            ) from exc
        print(
            f"\nbacklog at a restart: {len(want)} articles done {time.monotonic() - started:.1f} s after launch"
        )
        harness.stop_worker(worker)
    proxy.stop()
