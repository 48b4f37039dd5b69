"""A worker and a `frontline api` read service on the session's broker, with topics of their
own, fed the bundled sample corpus: what the API, browser and example tests run against."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer

from streams.broker import EmbeddedBroker, free_port, terminate
from streams.core.resources import sample_articles_path
from streams.worker_process import WorkerProcess, start_worker, stop_worker

PREFIX = "apitest"
TOPIC_ENV = {
    "FRONTLINE_APP_ID": f"frontline-{PREFIX}",
    "FRONTLINE_TOPIC_ARTICLES": f"{PREFIX}.articles.raw",
    "FRONTLINE_TOPIC_EVENTS": f"{PREFIX}.events.typed",
    "FRONTLINE_TOPIC_STATE": f"{PREFIX}.control.state",
    "FRONTLINE_TOPIC_TRANSITIONS": f"{PREFIX}.control.transitions",
    "FRONTLINE_TOPIC_DEADLETTER": f"{PREFIX}.articles.deadletter",
    "FRONTLINE_TOPIC_RECEIPTS": f"{PREFIX}.articles.processed",
}
FIRST_PART = 17
"""Articles fed before a page is loaded (to 14 August); the rest arrive while it watches."""


def sample_lines() -> list[bytes]:
    return [line.encode() for line in sample_articles_path().read_text().splitlines() if line.strip()]


def expected_final() -> dict[str, str]:
    path = Path(str(sample_articles_path()).replace(".jsonl", ".expected.json"))
    expected: dict[str, str] = json.loads(path.read_text())
    return expected


@dataclass
class ApiStack:
    broker: EmbeddedBroker
    worker: WorkerProcess
    api: subprocess.Popen[bytes]
    base_url: str
    log_path: Path
    fed: int = 0
    env: dict[str, str] = field(default_factory=dict)

    def get_json(self, path: str, timeout: float = 5.0) -> Any:
        with urllib.request.urlopen(self.base_url + path, timeout=timeout) as response:
            return json.loads(response.read())

    def feed(self, upto: int) -> None:
        """Produce the sample articles up to index `upto` not produced yet."""
        lines = sample_lines()[self.fed : upto]
        if lines:
            asyncio.run(_produce(self.broker.bootstrap, TOPIC_ENV["FRONTLINE_TOPIC_ARTICLES"], lines))
            self.fed = upto

    def controllers(self) -> dict[str, str]:
        return {c["capital"]: c["controller"] for c in self.get_json("/capitals")["capitals"]}

    def wait_for(self, want: dict[str, str], timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        seen: dict[str, str] = {}
        while time.monotonic() < deadline:
            seen = self.controllers()
            if all(seen.get(k) == v for k, v in want.items()):
                return
            if self.api.poll() is not None:
                raise RuntimeError(f"api exited:\n{self.log_path.read_text()[-3000:]}")
            time.sleep(0.3)
        differ = {k: (seen.get(k), v) for k, v in want.items() if seen.get(k) != v}
        raise AssertionError(f"api never showed {differ}:\n{self.log_path.read_text()[-3000:]}")

    def feed_all(self) -> None:
        """Every sample article, then wait until the API shows the expected final table."""
        self.feed(len(sample_lines()))
        self.wait_for(expected_final())


async def _produce(bootstrap: str, topic: str, lines: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=8_000_000)
    await producer.start()
    try:
        for line in lines:
            await producer.send_and_wait(topic, key=orjson.loads(line)["id"].encode(), value=line)
    finally:
        await producer.stop()


def start_stack(broker: EmbeddedBroker, workdir: Path) -> ApiStack:
    env = {"FRONTLINE_BROKER": broker.url, **TOPIC_ENV}
    worker = start_worker(env, workdir / "worker.log")
    port = free_port()
    log_path = workdir / "api.log"
    api = subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "api", "--port", str(port)],
        env={**os.environ, **env},
        stdout=log_path.open("wb"),
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    stack = ApiStack(broker, worker, api, f"http://127.0.0.1:{port}", log_path, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if api.poll() is not None:
            break
        try:
            stack.get_json("/healthz", timeout=2)
            return stack
        except OSError:
            time.sleep(0.2)
    stop_stack(stack)
    raise RuntimeError(f"api not up:\n{log_path.read_text()[-3000:]}")


def stop_stack(stack: ApiStack) -> None:
    terminate(stack.api, grace_s=10)
    stop_worker(stack.worker)
