"""Shared fixtures: the theatre, the seed article, the embedded broker and a worker process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from schemas import Article, Theatre
from streams.broker import EmbeddedBroker
from streams.core.extract import Extractor
from streams.core.resources import load_theatre
from streams.worker_process import WorkerProcess, start_worker, stop_all_workers, stop_worker
from tests.api_stack import FIRST_PART, ApiStack, start_stack, stop_stack

__all__ = ["WorkerProcess", "start_worker", "stop_worker"]

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FRONTLINE_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "000_ba31ab3aebd0285f.txt"
SEED_PUBLISHED = "2021-08-13T12:00:00+04:30"  # Friday 13 Aug 2021, Kabul time


@pytest.fixture(scope="session")
def theatre() -> Theatre:
    return load_theatre("afghanistan-2021")


@pytest.fixture(scope="session")
def extractor(theatre: Theatre) -> Extractor:
    return Extractor(theatre)


@pytest.fixture(scope="session")
def syria_extractor() -> Extractor:
    """The same code on the second theatre's gazetteer."""
    return Extractor(load_theatre("syria-2024"))


@pytest.fixture(scope="session")
def seed_article() -> Article:
    """The founding wire article. It is third-party text, so it stays in ../shared, not here."""
    if not SEED.exists():
        if os.environ.get("CI"):
            pytest.fail(f"seed article missing at {SEED} (CI must have shared/ beside the clone)")
        pytest.skip(f"seed article not found at {SEED}; set FRONTLINE_SHARED")
    return Article(
        id="seed-000",
        published_at=datetime.fromisoformat(SEED_PUBLISHED),
        body=SEED.read_text(encoding="utf-8"),
        source="wire (seed)",
    )


@pytest.fixture(scope="module", autouse=True)
def no_worker_left_behind() -> Iterator[None]:
    """A test that fails before stopping its worker process must not leave it running (its
    broker is gone after the module, and it would retry for ever)."""
    yield
    stop_all_workers()


@pytest.fixture(scope="session")
def broker() -> Iterator[EmbeddedBroker]:
    """One fresh Tansu per test session (it never frees memory)."""
    with EmbeddedBroker() as running:
        yield running


@pytest.fixture(scope="module")
def own_broker() -> Iterator[EmbeddedBroker]:
    """A broker for one module alone: fault and restart tests need the consumer group and the
    logs to themselves."""
    with EmbeddedBroker() as running:
        yield running


@pytest.fixture(scope="session")
def api_stack(broker: EmbeddedBroker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ApiStack]:
    """A worker and the read service on topics of their own, fed the first part of the samples
    (`ApiStack.feed_all` adds the rest)."""
    stack = start_stack(broker, tmp_path_factory.mktemp("api-stack"))
    try:
        stack.feed(FIRST_PART)
        yield stack
    finally:
        stop_stack(stack)
