"""A TCP proxy on loopback that can cut every connection and refuse new ones for a while, or
delay everything it forwards: network faults between a worker and its broker."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time

from streams.broker import free_port


class CuttableProxy:
    """Forwards 127.0.0.1:`port` to 127.0.0.1:`target`, in a background thread's event loop;
    each chunk `latency_s` late in each direction (a slow link or a slow broker), in order."""

    def __init__(self, target: int, latency_s: float = 0.0) -> None:
        self.target = target
        self.latency_s = latency_s
        self.port = free_port()
        self.connections = 0
        self._cut = False
        self._writers: set[asyncio.StreamWriter] = set()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="cuttable-proxy", daemon=True)

    def start(self) -> CuttableProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def cut(self) -> None:
        """Drop every open connection; refuse new ones until `restore`."""
        asyncio.run_coroutine_threadsafe(self._drop_all(), self._loop).result(10)

    def restore(self) -> None:
        self._cut = False

    def stop(self) -> None:
        self.cut()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._accept, "127.0.0.1", self.port))
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()

    async def _drop_all(self) -> None:
        self._cut = True
        for writer in list(self._writers):
            writer.transport.abort()  # a reset, as a failed link or a killed peer gives
        self._writers.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._cut:
            writer.transport.abort()
            return
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.target)
        except OSError:
            writer.transport.abort()
            return
        self.connections += 1
        self._writers |= {writer, upstream_writer}
        await asyncio.gather(self._pipe(reader, upstream_writer), self._pipe(upstream_reader, writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        late: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        sender = asyncio.ensure_future(self._send_late(late, writer)) if self.latency_s else None
        try:
            while data := await reader.read(65536):
                if sender is not None:
                    late.put_nowait((time.monotonic() + self.latency_s, data))
                    continue
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            if sender is not None:
                late.put_nowait((0.0, b""))  # what was read before the end still goes, then the end
                with contextlib.suppress(Exception):
                    await sender
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.transport.abort()

    async def _send_late(
        self, late: asyncio.Queue[tuple[float, bytes]], writer: asyncio.StreamWriter
    ) -> None:
        try:
            while True:
                due, data = await late.get()
                if not data:
                    return
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
