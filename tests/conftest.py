"""Shared fixtures: the theatre, the seed article, the embedded broker and a worker process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from schemas import Article, Theatre
from streams.broker import EmbeddedBroker, free_port
from streams.core.extract import Extractor
from streams.core.resources import load_theatre

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


@pytest.fixture(scope="session")
def broker() -> Iterator[EmbeddedBroker]:
    """One fresh Tansu per test session (it never frees memory)."""
    with EmbeddedBroker() as running:
        yield running


@dataclass
class WorkerProcess:
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    def get(self, path: str, timeout: float = 5.0) -> bytes:
        with urllib.request.urlopen(self.base_url + path, timeout=timeout) as response:
            body: bytes = response.read()
            return body

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def start_worker(env_overrides: dict[str, str], log_path: Path, ready_timeout: float = 60.0) -> WorkerProcess:
    port = free_port()
    env = {**os.environ, "FRONTLINE_WEB_PORT": str(port), **env_overrides}
    log_file = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "worker"],
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        cwd=REPO,
    )
    worker = WorkerProcess(process, f"http://127.0.0.1:{port}", log_path)
    deadline = time.monotonic() + ready_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"worker exited early:\n{worker.log_tail()}")
        try:
            if b'"ready":true' in worker.get("/readyz", timeout=2).replace(b" ", b""):
                return worker
        except OSError:
            pass
        time.sleep(0.3)
    stop_worker(worker)
    raise AssertionError(f"worker not ready in {ready_timeout} s:\n{worker.log_tail()}")


def stop_worker(worker: WorkerProcess) -> None:
    if worker.process.poll() is None:
        worker.process.terminate()
        try:
            worker.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.process.kill()
            worker.process.wait(timeout=5)
