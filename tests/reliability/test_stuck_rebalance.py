"""The readiness watchdog on a live group: a worker held out of readiness with no headway says
so on `/healthz`, asks for no new rebalance while a join is under way (that would only queue one
more behind it), and is healthy again once the group settles.

Worker A runs with a hair trigger, `FRONTLINE_RECOVERY_STALL_S=0.5`: stuck after 1.5 s without
headway. Worker B joins; the broker holds the join for about 3 s, and A, revoked and not ready
all that time, answers 503 "stuck" (a liveness probe would restart it). Then the two share the
partitions, A's `/healthz` is 200 again, its group generation holds still (no chain of
rebalances of its own making), and every article sent is processed.

What this cannot show is a rebalance or recovery that never ends by itself (the failover test's
rare stall): it has not been reproduced on demand. There the consumer is settled, and the
watchdog's new rebalance is the remedy it tries before it reports the worker stuck.
"""

from __future__ import annotations

import json
import time
import urllib.error
from pathlib import Path

import pytest

from schemas import Theatre
from schemas.messages import ArticleReceipt
from streams.broker import EmbeddedBroker
from streams.settings import Settings
from tests.reliability import harness
from tests.wire_corpus import wire_articles

pytestmark = [pytest.mark.broker, pytest.mark.slow, pytest.mark.timeout(400)]

SOURCE = "articles.raw"


def _assigned(worker: harness.WorkerProcess) -> set[int]:
    return set(harness.progress(worker).get("assigned", {}).get(SOURCE, []))


def _health(worker: harness.WorkerProcess) -> tuple[int, dict[str, object]]:
    try:
        return 200, json.loads(worker.get("/healthz"))
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _generation(worker: harness.WorkerProcess) -> int:
    return int(worker.get_json("/readyz")["generation"])


def test_a_worker_held_in_a_join_reports_stuck_asks_nothing_and_recovers(
    own_broker: EmbeddedBroker, tmp_path: Path, theatre: Theatre
) -> None:
    partitions = set(range(Settings(broker=own_broker.url).partitions))
    harness.create_topics(own_broker.url)
    a = harness.launch(own_broker.url, tmp_path, "worker-a", FRONTLINE_RECOVERY_STALL_S="0.5")
    assert _health(a)[0] == 200
    b = harness.launch(own_broker.url, tmp_path, "worker-b", wait_ready=False)
    _, body = harness.wait_for(
        lambda: (found := _health(a))[0] == 503 and found, 60, "A's /healthz to report it stuck", every_s=0.1
    )
    assert body["status"] == "stuck" and body["rebalancing"] is True, body

    workers = (a, b)
    harness.wait_for(
        lambda: (
            all(w.get_json("/readyz")["ready"] and _assigned(w) for w in workers)
            and set().union(*(_assigned(w) for w in workers)) == partitions
        ),
        timeout_s=120,
        what="A and B, both ready, to share the partitions",
    )
    assert _health(a)[0] == 200
    settled = _generation(a)
    time.sleep(10)  # a rebalance asked for during a join would have set off another by now
    assert _generation(a) == settled and a.get_json("/readyz")["ready"], a.log_tail()

    articles = wire_articles(40, seed=71, theatre=theatre, most_sentences=2)
    harness.produce(
        own_broker.bootstrap, SOURCE, [(x.id.encode(), x.model_dump_json().encode()) for x in articles]
    )

    def every_receipt() -> bool:
        receipts = {
            ArticleReceipt.model_validate_json(v or b"").article_id
            for v in harness.read_values(own_broker.url, "articles.processed", idle_s=0.3)
        }
        return {x.id for x in articles} <= receipts

    started = time.monotonic()
    harness.wait_for(every_receipt, timeout_s=120, what="a receipt for every article")
    print(
        f"\nstuck rebalance: A reported stuck ({body['still_s']} s without headway) while B joined; "
        f"A and B ready at generation {settled}, which held 10 s; every article processed "
        f"{time.monotonic() - started:.1f} s after it was sent"
    )
    for worker in workers:
        assert worker.process.poll() is None
        harness.stop_worker(worker)
