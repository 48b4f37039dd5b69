"""The whole pipeline on the real embedded broker, read back with a plain aiokafka consumer."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from schemas import Article, ControlState, DeadLetter, Transition, parse_event
from streams.broker import EmbeddedBroker
from streams.core.resources import sample_articles_path
from tests.conftest import WorkerProcess, start_worker, stop_worker
from tests.unit.test_extract_seed import EXPECTED_TABLE

pytestmark = pytest.mark.broker

MALFORMED = [
    b"{this is not json",
    orjson.dumps({"id": "no-body", "published_at": "2021-08-13T10:00:00Z"}),
    orjson.dumps({"id": 7, "published_at": "yesterday", "body": ["wrong", "type"]}),
]


def produce(bootstrap: str, topic: str, values: list[tuple[bytes | None, bytes]]) -> None:
    async def run() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=8_000_000)
        await producer.start()
        try:
            for key, value in values:
                await producer.send_and_wait(topic, key=key, value=value)
        finally:
            await producer.stop()

    asyncio.run(run())


def read_topic(bootstrap: str, topic: str, done: Callable[[list], bool], timeout: float = 60.0) -> list:
    """Consume from the start until `done(records)`; the broker's end offsets are not trusted."""

    async def run() -> list:
        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            group_id=None,
        )
        await consumer.start()
        records: list = []
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and not done(records):
                for batch in (await consumer.getmany(timeout_ms=500)).values():
                    records.extend(batch)
        finally:
            await consumer.stop()
        return records

    return asyncio.run(run())


def wait_progress(worker: WorkerProcess, articles: int, dead: int, timeout: float = 90.0) -> dict:
    deadline = time.monotonic() + timeout
    progress: dict = {}
    while time.monotonic() < deadline:
        progress = json.loads(worker.get("/progress"))
        if (
            progress["articles"] >= articles
            and progress["dead_letters"] >= dead
            and progress["events_applied"] >= progress["events_emitted"]
        ):
            return progress
        time.sleep(0.3)
    raise AssertionError(f"worker progress stuck at {progress}:\n{worker.log_tail()}")


def latest_states(records: list) -> dict[str, ControlState]:
    states: dict[str, ControlState] = {}
    for record in records:
        state = ControlState.model_validate_json(record.value)
        states[state.capital] = state
    return states


@pytest.fixture(scope="module")
def worker(broker: EmbeddedBroker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerProcess]:
    running = start_worker({"FRONTLINE_BROKER": broker.url}, tmp_path_factory.mktemp("worker") / "worker.log")
    yield running
    stop_worker(running)


@pytest.fixture(scope="module")
def seed_phase(broker: EmbeddedBroker, worker: WorkerProcess, seed_article: Article) -> dict:
    """The seed article and three malformed messages, interleaved."""
    seed = seed_article.model_dump_json().encode()
    produce(
        broker.bootstrap,
        "articles.raw",
        [(None, MALFORMED[0]), (b"seed-000", seed), (None, MALFORMED[1]), (None, MALFORMED[2])],
    )
    return wait_progress(worker, articles=1, dead=3)


def test_seed_table_on_control_state(broker: EmbeddedBroker, seed_phase: dict) -> None:
    def complete(records: list) -> bool:
        states = latest_states(records)
        return all(
            (states.get(c) and (states[c].controller, states[c].status) == want)
            for c, want in EXPECTED_TABLE.items()
        )

    states = latest_states(read_topic(broker.bootstrap, "control.state", complete))
    for capital, (controller, status) in EXPECTED_TABLE.items():
        assert (states[capital].controller, states[capital].status) == (controller, status), capital
    assert "kabul" not in states  # never changed, never published


def test_seed_events_on_events_typed(broker: EmbeddedBroker, seed_phase: dict) -> None:
    emitted = seed_phase["events_emitted"]
    records = read_topic(broker.bootstrap, "events.typed", lambda r: len(r) >= emitted)
    events = [parse_event(r.value) for r in records]
    assert len({e.event_id for e in events}) == emitted
    for record, event in zip(records, events, strict=True):
        assert record.key == (event.capital or "").encode()
    troops = {(e.country, e.number) for e in events if e.type == "troop_deployment"}  # type: ignore[union-attr]
    assert troops == {("us", 3000), ("uk", 600), ("canada", None)}


def test_malformed_input_is_dead_lettered_and_the_worker_goes_on(
    broker: EmbeddedBroker, worker: WorkerProcess, seed_phase: dict
) -> None:
    records = read_topic(broker.bootstrap, "articles.deadletter", lambda r: len(r) >= 3)
    letters = [DeadLetter.model_validate_json(r.value) for r in records]
    assert sorted(letter.reason for letter in letters) == ["decode", "validation", "validation"]
    assert {base64.b64decode(letter.original_base64) for letter in letters} == set(MALFORMED)
    assert all(letter.source_topic == "articles.raw" for letter in letters)
    assert worker.process.poll() is None
    metrics = worker.get("/metrics").decode()
    assert 'frontline_deadletters_total{reason="validation"} 2.0' in metrics


def test_samples_fold_to_the_expected_final_table(
    broker: EmbeddedBroker, worker: WorkerProcess, seed_phase: dict
) -> None:
    path = sample_articles_path()
    lines = [line.encode() for line in path.read_text().splitlines() if line.strip()]
    produce(broker.bootstrap, "articles.raw", [(orjson.loads(v)["id"].encode(), v) for v in lines])
    wait_progress(worker, articles=1 + len(lines), dead=3)
    expected = json.loads(Path(str(path).replace(".jsonl", ".expected.json")).read_text())

    def complete(records: list) -> bool:
        states = latest_states(records)
        return all(states.get(c) and states[c].controller == want for c, want in expected.items())

    states = latest_states(read_topic(broker.bootstrap, "control.state", complete))
    assert {c: s.controller for c, s in states.items()} == expected
    served = json.loads(worker.get("/state"))
    assert {c: s["controller"] for c, s in served.items()} == expected
    transitions = [
        Transition.model_validate_json(r.value)
        for r in read_topic(
            broker.bootstrap,
            "control.transitions",
            lambda r: (
                {
                    Transition.model_validate_json(x.value).capital
                    for x in r
                    if Transition.model_validate_json(x.value).to_controller == "taliban"
                }
                >= set(expected)
            ),
        )
    ]
    assert {t.capital for t in transitions if t.to_controller == "taliban"} == set(expected)


def test_the_http_endpoints_are_read_only_and_on_loopback(worker: WorkerProcess) -> None:
    """Every route answers GET; a write method is refused (405), whatever the path."""
    import socket
    import urllib.error
    import urllib.request

    assert worker.base_url.startswith("http://127.0.0.1:")
    port = int(worker.base_url.rsplit(":", 1)[1])
    others = [
        a for a in {i[4][0] for i in socket.getaddrinfo(socket.gethostname(), None)} if a != "127.0.0.1"
    ]
    for address in others[:1]:  # not listening on the machine's other addresses
        with pytest.raises(OSError), socket.create_connection((address, port), timeout=2):
            pass
    for path in ("/state", "/progress", "/metrics", "/healthz", "/readyz"):
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            request = urllib.request.Request(worker.base_url + path, data=b"{}", method=method)
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=5)
            assert refused.value.code == 405, (method, path, refused.value.code)


def test_replay_reextract_on_the_live_logs_finds_nothing_new(
    broker: EmbeddedBroker, seed_phase: dict
) -> None:
    """`frontline replay --reextract` as an operator runs it, against the worker's own logs."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "FRONTLINE_BROKER": broker.url}
    done = subprocess.run(
        [sys.executable, "-m", "streams.cli", "replay", "--reextract"],
        env=env,
        capture_output=True,
        timeout=120,
        check=True,
    )
    report = json.loads(done.stdout)
    assert report["articles"] >= 1 and report["added"] == [] and report["removed"] == []
    assert report["capitals_changed"] == []
    assert b"re-extracted" in done.stderr


def test_readyz_says_what_readiness_is_made_of(worker: WorkerProcess) -> None:
    """A ready worker: its table recovered (changelog read to the end), no rebalance under way."""
    body = worker.get_json("/readyz")
    assert body["ready"] and body["recovered"] and not body["rebalancing"] and not body["in_recovery"]
    assert body["changelog_behind"] == 0
    assert body["generation"] >= 0 and body["rebalances"] >= 1
