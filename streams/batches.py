"""A batch is acknowledged only when its work is done, and shutdown lets the batch in hand finish.

Faust's `take_events` acknowledges a batch when its generator closes, whether the agent's work on
it finished, failed or was cancelled (the `finally` around its `yield`); the consumer then commits
those offsets and the batch is never read again, so a produce that failed or a batch cut short
by shutdown would be lost. And Faust's shutdown stops the consumer and the tables before it
cancels the agents, so a batch still folding would write into a stopped table.

`BatchGate` fixes both at the agent's side. Work on a batch runs inside `gate.batch(events)`:
when it raises, is cancelled or outlives the shutdown's grace, the batch's messages are marked as
acknowledged *without* telling the consumer (Faust's own later acknowledgement then does nothing),
so the committed offset stays below the batch and it is read again (here, after a failure, or by
the next worker). `close()`, called first thing in shutdown, makes `refuse()` turn new batches
away and waits (at most the grace) for the ones in hand, so a clean stop usually redoes nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

log = logging.getLogger("frontline.batches")

ReadAgain = Callable[[dict[Any, int]], None]
"""Asks the consumer to read partitions again from the given offsets."""


class BatchGate:
    """Tracks the batches in hand; see the module docstring."""

    def __init__(self, read_again: ReadAgain | None = None) -> None:
        self._read_again = read_again
        self._in_hand = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self.closed = False
        self.abandoned = False
        """Shutdown stopped waiting: a batch finishing now is not acknowledged."""

    @property
    def idle(self) -> bool:
        """No batch in hand."""
        return not self._in_hand

    def refuse(self, events: Sequence[Any]) -> bool:
        """True (and the batch left unacknowledged for the next worker) once shutdown began."""
        if self.closed:
            withhold_acks(events)
        return self.closed

    @asynccontextmanager
    async def batch(self, events: Sequence[Any]) -> AsyncIterator[None]:
        """Work on `events` inside: acknowledged only if it completes (see the module docstring)."""
        self._in_hand += 1
        self._idle.clear()
        try:
            yield
        except BaseException as exc:
            withhold_acks(events)
            if not self.closed:  # a failure, or a cancellation outside shutdown: read it again here
                log.error("a batch of %d was not finished and will be read again: %r", len(events), exc)
                if self._read_again is not None:
                    self._read_again(first_offsets(events))
            raise
        else:
            if self.abandoned:
                withhold_acks(events)
        finally:
            self._in_hand -= 1
            if not self._in_hand:
                self._idle.set()

    async def close(self, grace_s: float) -> bool:
        """Refuse new batches and wait for those in hand; False when the grace ran out first."""
        self.closed = True
        try:
            await asyncio.wait_for(self._idle.wait(), timeout=grace_s)
        except TimeoutError:
            self.abandoned = True
            log.warning(
                "%d batch(es) still in hand after %.0f s of shutdown: they will be read again",
                self._in_hand,
                grace_s,
            )
            return False
        return True


def withhold_acks(events: Sequence[Any]) -> None:
    """Mark each message acknowledged without the consumer's bookkeeping: its offset is never
    committed by this process (Faust skips messages already marked)."""
    for event in events:
        event.message.acked = True


def first_offsets(events: Sequence[Any]) -> dict[Any, int]:
    """The lowest offset of the batch in each partition."""
    first: dict[Any, int] = {}
    for event in events:
        message = event.message
        if message.tp not in first or message.offset < first[message.tp]:
            first[message.tp] = message.offset
    return first
