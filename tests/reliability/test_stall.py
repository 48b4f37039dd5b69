"""A worker that stops making progress says so on `/healthz`, so a liveness probe restarts it.

The extraction helper is frozen (SIGSTOP) before articles arrive: the batch cannot finish, the
input waits, and after `FRONTLINE_STALL_S` the worker answers 503 "stalled". Thawed (SIGCONT),
it finishes the batch, answers 200 again, and every article gets its receipt.
"""

from __future__ import annotations

import json
import os
import signal
import urllib.error
from pathlib import Path

import pytest

from schemas import Theatre
from schemas.messages import ArticleReceipt
from streams.broker import EmbeddedBroker
from streams.health import stalled
from tests.reliability import harness
from tests.reliability.test_helper_kill import helper_pids
from tests.wire_corpus import wire_articles

pytestmark = [pytest.mark.broker, pytest.mark.slow, pytest.mark.timeout(300)]


def test_the_verdict() -> None:
    assert stalled(lag=3, quiet_s=301, stall_s=300)
    assert not stalled(lag=3, quiet_s=299, stall_s=300)  # busy with a long batch, or just assigned
    assert not stalled(lag=0, quiet_s=10_000, stall_s=300)  # idle: nothing to do


def _health(worker: harness.WorkerProcess) -> tuple[int, dict[str, object]]:
    try:
        return 200, json.loads(worker.get("/healthz"))
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_a_frozen_helper_reads_as_stalled_and_thawed_recovers(
    own_broker: EmbeddedBroker, tmp_path: Path, theatre: Theatre
) -> None:
    articles = wire_articles(6, seed=97, theatre=theatre, most_sentences=2)
    harness.create_topics(own_broker.url)
    worker = harness.launch(
        own_broker.url, tmp_path, "worker", FRONTLINE_EXTRACT_PROCESSES="1", FRONTLINE_STALL_S="2"
    )
    assert _health(worker)[0] == 200  # idle: no lag, however long since the last batch
    [helper] = harness.wait_for(lambda: helper_pids(worker.process.pid), 30, "a running helper")
    os.kill(helper, signal.SIGSTOP)
    try:
        harness.produce(
            own_broker.bootstrap,
            "articles.raw",
            [(a.id.encode(), a.model_dump_json().encode()) for a in articles],
        )
        _, body = harness.wait_for(
            lambda: (found := _health(worker))[0] == 503 and found, 60, "/healthz to report the stall"
        )
        assert body["status"] == "stalled" and int(str(body["lag"])) > 0, body
    finally:
        os.kill(helper, signal.SIGCONT)
    harness.wait_for(lambda: _health(worker)[0] == 200, 60, "/healthz to be ok again")
    receipts = {
        ArticleReceipt.model_validate_json(v or b"").article_id
        for v in harness.read_values(own_broker.url, "articles.processed")
    }
    assert receipts >= {a.id for a in articles}
    harness.stop_worker(worker)
