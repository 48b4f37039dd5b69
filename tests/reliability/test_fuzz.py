"""10,000 malformed messages among 500 valid articles, against a real worker on a real broker.

The worker must stay up, dead-letter exactly the malformed messages (each with its bytes, its
reason and its source position) and end with the table an offline fold of the 500 gives.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from schemas import DeadLetter, Theatre, parse_event
from schemas.messages import ArticleReceipt
from streams.broker import EmbeddedBroker
from streams.core.extract import Extractor
from streams.processing import Origin, decode_article
from streams.replay import compare_tables
from tests.conftest import WorkerProcess
from tests.reliability import harness
from tests.wire_corpus import FIVE_MB, malformed_messages, reference, wire_articles

pytestmark = [pytest.mark.broker, pytest.mark.slow]

MALFORMED = 10_000
VALID = 500


@pytest.fixture(scope="module")
def worker(own_broker: EmbeddedBroker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerProcess]:
    running = harness.launch(own_broker.url, tmp_path_factory.mktemp("fuzz"), "worker")
    yield running
    harness.stop_worker(running)


@pytest.fixture(scope="module")
def fuzzed(own_broker: EmbeddedBroker, worker: WorkerProcess, theatre: Theatre, extractor: Extractor) -> dict:
    articles = wire_articles(VALID, seed=61, theatre=theatre)
    bad = malformed_messages(MALFORMED, seed=62)
    rng = random.Random(63)
    stream: list[tuple[bytes | None, bytes | None]] = [
        (rng.choice([None, b"", rng.randbytes(8)]), raw) for _, raw in bad
    ]
    for article in articles:
        stream.insert(
            rng.randrange(len(stream) + 1), (article.id.encode(), article.model_dump_json().encode())
        )
    started = time.monotonic()
    harness.produce(own_broker.bootstrap, "articles.raw", stream)
    done = harness.wait_for(
        lambda: (
            (p := harness.progress(worker))["articles"] + p["dead_letters"] >= VALID + MALFORMED
            and p["events_applied"] >= p["events_emitted"]
            and p
        ),
        timeout_s=300,
        what="the worker to account for every message",
    )
    elapsed = time.monotonic() - started
    print(f"\nfuzz: {MALFORMED} malformed + {VALID} valid messages processed in {elapsed:.1f} s")
    return {
        "articles": articles,
        "bad": bad,
        "progress": done,
        "reference": reference([v for _, v in stream], extractor, theatre),
    }


def test_the_worker_stays_up_and_counts_exactly(worker: WorkerProcess, fuzzed: dict) -> None:
    time.sleep(2)  # a second look: nothing more arrives after the counts matched
    progress = harness.progress(worker)
    assert worker.process.poll() is None
    assert (progress["articles"], progress["dead_letters"]) == (VALID, MALFORMED), progress
    metrics = worker.get("/metrics").decode()
    by_reason = {
        m.group(1): float(m.group(2))
        for m in re.finditer(r'^frontline_deadletters_total\{reason="(\w+)"\} (\S+)$', metrics, re.MULTILINE)
        if float(m.group(2)) > 0  # every reason's series exists from the start, at zero
    }
    expected = Counter(decode_article(raw, Origin("x", 0, 0), 1_500_000).reason for _, raw in fuzzed["bad"])  # type: ignore[union-attr]
    assert by_reason == {reason: float(n) for reason, n in expected.items()}
    print(f"fuzz: dead letters by reason {dict(expected)}")


def test_every_malformed_message_is_one_dead_letter(own_broker: EmbeddedBroker, fuzzed: dict) -> None:
    letters = [
        DeadLetter.model_validate_json(v or b"")
        for v in harness.read_values(own_broker.url, "articles.deadletter")
    ]
    assert len(letters) == MALFORMED
    assert len({(d.source_topic, d.partition, d.offset) for d in letters}) == MALFORMED
    assert {d.source_topic for d in letters} == {"articles.raw"}
    sent = Counter(hashlib.sha256(raw).hexdigest() for _, raw in fuzzed["bad"])
    assert Counter(d.original_sha256 for d in letters) == sent
    for letter in letters:
        original = base64.b64decode(letter.original_base64)
        if letter.original_truncated:
            assert letter.reason == "too_large" and len(original) < letter.original_size
        else:
            assert hashlib.sha256(original).hexdigest() == letter.original_sha256
            assert len(original) == letter.original_size
        assert letter.error and letter.error_class
    (five_mb,) = [d for d in letters if d.original_size > FIVE_MB]
    assert five_mb.reason == "too_large" and five_mb.original_truncated


def test_the_final_state_equals_an_offline_fold_of_the_valid_articles(
    worker: WorkerProcess, own_broker: EmbeddedBroker, fuzzed: dict
) -> None:
    ref = fuzzed["reference"]
    assert compare_tables(harness.live_table(worker), ref.table) == []
    events = [parse_event(v) for v in harness.read_values(own_broker.url, "events.typed")]
    assert {e.event_id for e in events} == ref.event_ids
    receipts = [
        ArticleReceipt.model_validate_json(v or b"")
        for v in harness.read_values(own_broker.url, "articles.processed")
    ]
    assert {r.article_id for r in receipts} == ref.article_ids == {a.id for a in fuzzed["articles"]}
    print(f"fuzz: {len(ref.event_ids)} events, {len(events) - len(ref.event_ids)} duplicates on events.typed")


def test_worker_log_names_no_crash(worker: WorkerProcess, fuzzed: dict) -> None:
    log = Path(worker.log_path).read_text(errors="replace")
    assert "Traceback" not in log, worker.log_tail(80)
    assert "crashed" not in log.lower(), worker.log_tail(80)
