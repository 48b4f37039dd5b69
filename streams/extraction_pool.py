"""Extraction in helper processes, beside the worker's event loop instead of inside it.

Extraction is pure CPU work: in the event loop it stops consuming, producing and folding for
the length of every article. Here each article goes to a helper process as soon as it is
admitted (in stream order), and the agent takes the results back in the same order, so
outputs and acknowledgements keep the order and the at-least-once guarantee they had inline.

A helper that dies (killed, out of memory), or is killed because an article outlasted the
timeout, breaks its pool: the pool is started again and the article retried once; an article
that fails in a fresh helper too is dead-lettered (a poison message must not stop the stream).
Helpers leave when the worker does, even when it is killed.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from schemas.article import Article
from schemas.theatre import Theatre
from streams.core.extract import Extractor
from streams.processing import Extraction, extract_article

log = logging.getLogger("frontline")

ExtractTask = Callable[[Article], Extraction]
"""What a helper runs per article (a module-level function, so a spawned process can import it)."""

Submitted = tuple[ProcessPoolExecutor, Future[Extraction]]
"""An article in a pool's queue: the pool (to tell whether it broke since) and its future."""

_START_TIMEOUT_S = 120.0
"""How long a fresh helper may take to start (spawn, imports, compiling the extractor)."""
_HELPER: dict[str, Extractor] = {}
"""The helper process's extractor, built once by `_start_helper`."""


def _start_helper(theatre: Theatre, parent_pid: int) -> None:
    """In the helper: build the extractor once, leave Ctrl-C to the worker, exit with the worker."""
    _HELPER["extractor"] = Extractor(theatre)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()


def _exit_with_parent(parent_pid: int) -> None:
    """A helper blocks on its task queue, which never reports a killed worker: poll instead."""
    while os.getppid() == parent_pid:
        time.sleep(0.5)
    os._exit(0)


def extract_in_helper(article: Article) -> Extraction:
    """The default task: the helper's extractor on one article."""
    return extract_article(_HELPER["extractor"], article)


def _kill_helpers(pool: ProcessPoolExecutor) -> None:
    for process in list((pool._processes or {}).values()):
        process.kill()


class ExtractionProcesses:
    """A pool of `processes` helpers with the theatre's extractor; `submit` in stream order,
    `result` in the same order."""

    def __init__(
        self,
        theatre: Theatre,
        processes: int,
        task: ExtractTask = extract_in_helper,
        timeout_s: float = 60.0,
        on_restart: Callable[[str], None] | None = None,
    ) -> None:
        """`timeout_s`: how long an article may take once the ones before it are done (and, after a
        restart, once the fresh helper has started);
        `on_restart(reason)` hears of every new pool ("died" or "timeout")."""
        if processes < 1:
            raise ValueError("an extraction pool needs at least one process")
        self.theatre = theatre
        self.processes = processes
        self.task = task
        self.timeout_s = timeout_s
        self.on_restart = on_restart
        self.restarts = 0
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.processes,
            mp_context=multiprocessing.get_context("spawn"),  # never fork a threaded worker
            initializer=_start_helper,
            initargs=(self.theatre, os.getpid()),
        )

    def _restart(self, broken: ProcessPoolExecutor, reason: str = "died") -> None:
        if self._pool is broken:  # several failed futures report the same broken pool
            broken.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            self.restarts += 1
            log.warning("extraction helper %s; started a new one (restart %d)", reason, self.restarts)
            if self.on_restart is not None:
                self.on_restart(reason)

    def submit(self, article: Article) -> Submitted:
        pool = self._pool
        try:
            return pool, pool.submit(self.task, article)
        except BrokenProcessPool:
            self._restart(pool)
            return self._pool, self._pool.submit(self.task, article)

    async def result(self, article: Article, submitted: Submitted) -> Extraction:
        """The article's extraction. A helper that dies, or takes longer than `timeout_s` (and is
        killed for it), is replaced and the article tried once more in a fresh pool; a second
        failure is an error value, which dead-letters the article."""
        failure = Extraction()
        for attempt in (1, 2):
            pool, future = submitted
            try:
                return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout_s)
            except TimeoutError:
                _kill_helpers(pool)  # stuck (a pathological input): the pool breaks, and is replaced
                self._restart(pool, "timeout")
                failure = Extraction(
                    error_class="TimeoutError",
                    error=f"extraction took over {self.timeout_s:g} s, twice (the helper was killed each time)",
                )
            except BrokenProcessPool:
                failure = Extraction(
                    error_class="BrokenProcessPool",
                    error="the extraction process died twice on this article (a fresh one included)",
                )
            except Exception as exc:  # the task failed outside the extractor's own guard
                return Extraction(error_class=type(exc).__name__, error=str(exc))
            self._restart(pool)
            if attempt == 1:
                # the fresh helper's start (a spawn, imports, compiling the extractor's patterns)
                # is no part of the article's time: on a slow machine it alone can take a second
                try:
                    await asyncio.wait_for(self.warm_up(), _START_TIMEOUT_S)
                except (TimeoutError, BrokenProcessPool):
                    return Extraction(
                        error_class="BrokenProcessPool", error="a fresh extraction process did not start"
                    )
                submitted = self.submit(article)
        return failure

    async def warm_up(self) -> None:
        """Start the helpers now rather than on the first article (a spawn takes a second)."""
        await asyncio.wrap_future(self._pool.submit(os.getpid))

    def helper_pids(self) -> list[int]:
        return [process.pid for process in (self._pool._processes or {}).values() if process.pid]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
