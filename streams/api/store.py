"""The read service's memory: every event of `events.typed` once, the live table folded from
them, and the listeners of the live transition stream."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from types import MappingProxyType

from schemas.events import CONTROL_EVENT_TYPES, CountClaimEvent, Event
from schemas.state import Transition
from schemas.theatre import Theatre
from streams.core.history import state_as_of, within
from streams.core.reduce import Fact, TheatreState, apply, initial_state, replay_ledger, transition

MAX_LISTENER_BACKLOG = 1000
"""A stream client that falls this far behind is dropped (it reconnects and refetches)."""


@dataclass(frozen=True, slots=True)
class Known:
    event: Event
    processed_at: datetime


class EventStore:
    """All events by id (a redelivered event is ignored), folded as they arrive."""

    def __init__(self, theatre: Theatre) -> None:
        self.theatre = theatre
        self.known: dict[str, Known] = {}
        self.state: TheatreState = initial_state(theatre)
        self.live: list[Transition] = []
        self._listeners: set[asyncio.Queue[Transition | None]] = set()
        self._views: dict[tuple[datetime | None, datetime | None], TheatreState] = {}

    def add(self, items: Iterable[tuple[Event, datetime]]) -> list[Transition]:
        """Fold new events into the live table; returns (and streams) each change of hands."""
        fresh: list[Event] = []
        for event, processed_at in items:
            if event.event_id not in self.known:
                self.known[event.event_id] = Known(event, processed_at)
                fresh.append(event)
        if not fresh:
            return []
        self._views.clear()
        before = self.state
        after = before
        by_capital: dict[str, list[Fact]] = {}
        for event in fresh:
            if isinstance(event, CountClaimEvent):
                after = apply(after, event)
            elif event.type in CONTROL_EVENT_TYPES and event.capital in after.ledgers:
                by_capital.setdefault(event.capital, []).append(Fact.of(event))  # type: ignore[arg-type]
        ledgers = dict(after.ledgers)
        changes: list[Transition] = []
        for capital, facts in by_capital.items():
            ledgers[capital] = replay_ledger(ledgers[capital], facts, after.tz)
            change = transition(
                before.ledgers[capital].derived,
                ledgers[capital].derived,
                self.theatre.capital(capital).name,
                capital,
            )
            if change is not None:
                changes.append(change)
        self.state = replace(after, ledgers=MappingProxyType(ledgers))
        self.live.extend(changes)
        for change in changes:
            self._publish(change)
        return changes

    def events(self, as_of: datetime | None = None, known_at: datetime | None = None) -> list[Event]:
        return [k.event for k in self.known.values() if within(k.event, as_of, known_at)]

    def view(self, as_of: datetime | None, known_at: datetime | None) -> TheatreState:
        """The live table, or the table within the bounds (cached until the next event)."""
        if as_of is None and known_at is None:
            return self.state
        key = (as_of, known_at)
        if key not in self._views:
            if len(self._views) > 256:
                self._views.clear()
            self._views[key] = state_as_of(
                (k.event for k in self.known.values()), self.theatre, as_of, known_at
            )
        return self._views[key]

    def subscribe(self) -> asyncio.Queue[Transition | None]:
        queue: asyncio.Queue[Transition | None] = asyncio.Queue(MAX_LISTENER_BACKLOG)
        self._listeners.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[Transition | None]) -> None:
        self._listeners.discard(queue)

    def close(self) -> None:
        """Ends every stream (None is the end marker)."""
        for queue in list(self._listeners):
            if not queue.full():
                queue.put_nowait(None)
        self._listeners.clear()

    def _publish(self, change: Transition) -> None:
        for queue in list(self._listeners):
            if queue.full():
                self._listeners.discard(queue)
            else:
                queue.put_nowait(change)
