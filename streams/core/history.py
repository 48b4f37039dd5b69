"""Queries over the event log in time: the table as of an event time and a report time, the
steps by which a capital reached its state, and the changes of hands in event time.

Three times are kept apart. *Event time* is when something happened on the ground (as the text
dates it); *report time* is when an article said so (`reported_at`, its `published_at`);
*processing time* is when this service read it, which depends on when we ingested and is never
a query axis here (the read service shows it beside each event). `as_of` bounds event time and
`known_at` bounds report time: "who held what on 6 August, by what was published by 8 August".
Pure: no Kafka, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from schemas.events import CONTROL_EVENT_TYPES, ControlEvent, Event
from schemas.state import Status, Transition
from schemas.theatre import Theatre
from streams.core.reduce import EventKey, Fact, Position, TheatreState, baseline, decide, event_key, fold
from streams.core.timeref import parse_offset


def within(event: Event, as_of: datetime | None, known_at: datetime | None) -> bool:
    """Whether the event had happened by `as_of` and been reported by `known_at`."""
    return (as_of is None or event.event_time <= as_of) and (
        known_at is None or event.reported_at <= known_at
    )


def state_as_of(
    events: Iterable[Event],
    theatre: Theatre,
    as_of: datetime | None = None,
    known_at: datetime | None = None,
) -> TheatreState:
    """The table folded from the events that happened by `as_of` (event time) and were reported
    by `known_at` (report time); None leaves a bound open. Order and duplicates of the log do not
    matter, as for `fold`."""
    return fold((e for e in events if within(e, as_of, known_at)), theatre)


Effect = Literal["changed hands", "status changed", "supported", "no effect"]


@dataclass(frozen=True, slots=True)
class Step:
    """One control event of a capital and what it did to the state, in fold order."""

    event: ControlEvent
    before: tuple[str, Status]
    after: tuple[str, Status]
    effect: Effect


def capital_history(events: Iterable[Event], theatre: Theatre, capital: str) -> list[Step]:
    """Every control event of the capital in the order the fold weighs them (event-time order,
    fighting before a change of hands and a claim before its confirmation within a day), each
    with the state before and after it. Duplicate ids count once."""
    tz = parse_offset(theatre.utc_offset)
    chosen: dict[str, ControlEvent] = {}
    for event in events:
        if event.type in CONTROL_EVENT_TYPES and event.capital == capital:
            chosen.setdefault(event.event_id, event)  # type: ignore[arg-type]
    ordered = sorted(((event_key(Fact.of(e), tz), e) for e in chosen.values()), key=lambda item: item[0])
    start = baseline(theatre)
    position: Position = (start.controller, start.status, start.since, (), False, ())
    steps: list[Step] = []
    for _, event in ordered:
        after = decide(position, Fact.of(event))
        steps.append(Step(event, position[:2], after[:2], _effect(position, after)))
        position = after
    return steps


def _effect(before: Position, after: Position) -> Effect:
    if before[0] != after[0]:
        return "changed hands"
    if before[1] != after[1]:
        return "status changed"
    if before[3] != after[3]:
        return "supported"
    return "no effect"


def timeline(events: Iterable[Event], theatre: Theatre) -> list[Transition]:
    """Every change of hands, oldest first in the fold's order (by local day, then as the fold
    weighs a day's events), so each capital's last change names its current controller."""
    tz = parse_offset(theatre.utc_offset)
    by_capital: dict[str, list[Event]] = {}
    for event in events:
        if event.type in CONTROL_EVENT_TYPES and event.capital is not None:
            by_capital.setdefault(event.capital, []).append(event)
    changes: list[tuple[EventKey, str, Transition]] = []
    for place in theatre.capitals:
        for step in capital_history(by_capital.get(place.id, ()), theatre, place.id):
            if step.effect == "changed hands":
                change = Transition(
                    capital=place.id,
                    capital_name=place.name,
                    from_controller=step.before[0],
                    to_controller=step.after[0],
                    from_status=step.before[1],
                    to_status=step.after[1],
                    at=step.event.event_time,
                    event_id=step.event.event_id,
                    article_id=step.event.article_id,
                )
                changes.append((event_key(Fact.of(step.event), tz), place.id, change))
    changes.sort(key=lambda item: (item[0], item[1]))
    return [change for _, _, change in changes]
