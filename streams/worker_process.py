"""A `frontline worker` in a child process, for the benchmark and the tests: started, waited
for until its table is ready, queried over HTTP, stopped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from streams.broker import free_port, terminate


@dataclass
class WorkerProcess:
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    def get(self, path: str, timeout: float = 5.0) -> bytes:
        with urllib.request.urlopen(self.base_url + path, timeout=timeout) as response:
            body: bytes = response.read()
            return body

    def get_json(self, path: str, timeout: float = 5.0) -> Any:
        return json.loads(self.get(path, timeout))

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            raise RuntimeError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")


_started: list[WorkerProcess] = []
"""Every worker this process started, so that none outlives it (`stop_all_workers`)."""


def stop_all_workers() -> None:
    """Stop the workers still running: a failed test must not leave its worker behind."""
    while _started:
        stop_worker(_started.pop())


def start_worker(
    env_overrides: dict[str, str], log_path: Path, ready_timeout: float | None = 60.0, cwd: Path | None = None
) -> WorkerProcess:
    """A worker on a free port, once `/readyz` says its table is recovered (at once, with
    `ready_timeout` None)."""
    port = free_port()
    env = {**os.environ, "FRONTLINE_WEB_PORT": str(port), **env_overrides}
    log_file = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "worker"],
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
    )
    worker = WorkerProcess(process, f"http://127.0.0.1:{port}", log_path)
    _started.append(worker)
    if ready_timeout is None:
        return worker
    deadline = time.monotonic() + ready_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"worker exited early:\n{worker.log_tail()}")
        try:
            if worker.get_json("/readyz", timeout=2).get("ready"):
                return worker
        except OSError:
            pass  # not listening yet, or 503 while the table recovers
        time.sleep(0.3)
    stop_worker(worker)
    raise RuntimeError(f"worker not ready in {ready_timeout:.0f} s:\n{worker.log_tail()}")


def stop_worker(worker: WorkerProcess) -> None:
    terminate(worker.process, grace_s=20)
