"""The reducer: a pure fold of typed events into the control state of every capital.

Each capital keeps a ledger: the newest `WINDOW` control events in event-time order and a
checkpoint of everything older. Its state is the fold of the window over the checkpoint, so
the result depends on the *set* of events, not their arrival order, and a duplicate event id is
a no-op. Only an event older than the whole window (more than `WINDOW` newer events already
seen for that capital) is set aside as late, and counted.

Within one calendar day, fighting sorts before a change of hands and a claim before its
confirmation or denial: an undated "fighting continued" never overrides a capture of the same
day, and the latest word of the day decides the status.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from types import MappingProxyType
from typing import Any

from schemas.common import Modality, TimePrecision
from schemas.events import CONTROL_EVENT_TYPES, ControlEvent, CountClaimEvent, Event
from schemas.state import MAX_EVIDENCE, ControlState, EvidenceRef, Status, Transition
from schemas.theatre import Theatre
from streams.core.timeref import parse_offset

WINDOW = 64
CONTESTED = "contested"
_TAKES = frozenset({"captured", "surrendered", "retaken"})
_STRENGTH = {"contested": 0, "entered": 1, "captured": 2, "surrendered": 2, "retaken": 2}
_MODALITY_RANK = {"claimed": 0, "asserted": 1, "partial": 2, "denied": 3}

EventKey = tuple[date, int, int, datetime, datetime, str]


@dataclass(frozen=True, slots=True)
class Fact:
    """What the fold needs of a control event: small, so ledgers and changelogs stay small."""

    event_id: str
    article_id: str
    type: str
    actor: str
    modality: Modality
    time_precision: TimePrecision
    event_time: datetime
    reported_at: datetime
    attribution: str | None
    source: str | None

    @classmethod
    def of(cls, event: ControlEvent) -> Fact:
        return cls(
            event.event_id,
            event.article_id,
            event.type,
            event.actor,
            event.modality,
            event.time_precision,
            event.event_time,
            event.reported_at,
            event.attribution,
            event.source,
        )


@dataclass(frozen=True, slots=True)
class Derived:
    """The state of one capital as the fold leaves it."""

    controller: str
    status: Status
    since: datetime
    updated_at: datetime
    evidence: tuple[EvidenceRef, ...] = ()
    events_applied: int = 0
    established: bool = False
    """True once an event (not the baseline) put the current controller in place."""


@dataclass(frozen=True, slots=True)
class CapitalLedger:
    capital: str
    checkpoint: Derived
    derived: Derived
    window: tuple[tuple[EventKey, Fact], ...] = ()
    watermark: EventKey | None = None
    watermark_fact: Fact | None = None
    late_events: int = 0


@dataclass(frozen=True, slots=True)
class TheatreState:
    """The whole table: a ledger per capital and the latest count claim per actor."""

    theatre: Theatre
    tz: timezone
    ledgers: Mapping[str, CapitalLedger]
    count_claims: Mapping[str, CountClaimEvent] = field(default_factory=lambda: MappingProxyType({}))

    def controller(self, capital: str) -> str:
        return self.ledgers[capital].derived.controller


def baseline(theatre: Theatre) -> Derived:
    """Every capital held by the incumbent from the theatre's start date."""
    start = datetime.combine(theatre.start_date, datetime.min.time(), parse_offset(theatre.utc_offset))
    return Derived(theatre.baseline_controller, "confirmed", start, start)


def initial_ledger(theatre: Theatre, capital: str) -> CapitalLedger:
    start = baseline(theatre)
    return CapitalLedger(capital, start, start)


def initial_state(theatre: Theatre) -> TheatreState:
    ledgers = {c.id: initial_ledger(theatre, c.id) for c in theatre.capitals}
    return TheatreState(theatre, parse_offset(theatre.utc_offset), MappingProxyType(ledgers))


def event_key(event: Fact, tz: timezone) -> EventKey:
    return (
        event.event_time.astimezone(tz).date(),
        _STRENGTH[event.type],
        _MODALITY_RANK[event.modality],
        event.event_time,
        event.reported_at,
        event.event_id,
    )


def apply(state: TheatreState, event: Event) -> TheatreState:
    """Fold one event into the table. Pure; unknown capitals and non-control events are kept
    out of the ledgers (count claims are remembered per actor)."""
    if isinstance(event, CountClaimEvent):
        return _apply_count_claim(state, event)
    capital = event.capital
    if event.type not in CONTROL_EVENT_TYPES or capital is None or capital not in state.ledgers:
        return state
    ledger = state.ledgers[capital]
    updated = apply_to_ledger(ledger, Fact.of(event), state.tz)  # type: ignore[arg-type]
    if updated is ledger:
        return state
    ledgers = dict(state.ledgers)
    ledgers[capital] = updated
    return replace(state, ledgers=MappingProxyType(ledgers))


def apply_to_ledger(ledger: CapitalLedger, event: Fact, tz: timezone) -> CapitalLedger:
    """Insert the event in event-time order and refold if it did not land last."""
    key = event_key(event, tz)
    if ledger.watermark is not None and key <= ledger.watermark:
        if any(k[5] == event.event_id for k, _ in ledger.window):
            return ledger
        return replace(ledger, late_events=ledger.late_events + 1)
    if any(k[5] == event.event_id for k, _ in ledger.window):
        return ledger
    if not ledger.window or key > ledger.window[-1][0]:
        window = (*ledger.window, (key, event))
        derived = step(ledger.derived, event)
    else:
        entries = list(ledger.window)
        insort(entries, (key, event), key=lambda entry: entry[0])
        window = tuple(entries)
        derived = _fold_window(ledger.checkpoint, window)
    checkpoint, watermark, watermark_fact = ledger.checkpoint, ledger.watermark, ledger.watermark_fact
    while len(window) > WINDOW:
        (watermark, watermark_fact), window = window[0], window[1:]
        checkpoint = step(checkpoint, watermark_fact)
    return replace(
        ledger,
        window=window,
        derived=derived,
        checkpoint=checkpoint,
        watermark=watermark,
        watermark_fact=watermark_fact,
    )


def _fold_window(start: Derived, window: Iterable[tuple[EventKey, Fact]]) -> Derived:
    derived = start
    for _, event in window:
        derived = step(derived, event)
    return derived


def step(state: Derived, event: Fact) -> Derived:
    """One event's effect on one capital, given everything before it in event time."""
    counted = replace(
        state, events_applied=state.events_applied + 1, updated_at=max(state.updated_at, event.reported_at)
    )
    if event.type in _TAKES:
        return _take(counted, event)
    return _press(counted, event)


def _take(state: Derived, event: Fact) -> Derived:
    """Captured, surrendered or retaken: the actor gains the city, as sure as the text is."""
    actor, modality = event.actor, event.modality
    if state.controller == actor:
        if modality == "asserted":
            return _support(state, event, "confirmed")
        if modality in ("partial", "denied"):
            return _support(state, event, "disputed")
        return _support(state, event, state.status)
    if modality == "denied":
        return state
    if modality == "partial":
        if state.controller == CONTESTED:
            return _support(state, event, state.status)
        return _change(state, event, CONTESTED, "confirmed")
    return _change(state, event, actor, "confirmed" if modality == "asserted" else "claimed")


def _press(state: Derived, event: Fact) -> Derived:
    """Entered or contested: fighting makes the city contested, unless the attacker holds it,
    the report is a denial, or an undated report meets a capture some source confirmed."""
    if event.modality == "denied" or state.controller == event.actor:
        return state
    if event.time_precision == "report" and state.established and state.status == "confirmed":
        return state
    status: Status = "claimed" if event.modality == "claimed" else "confirmed"
    if state.controller == CONTESTED:
        return _support(state, event, status if state.status != "confirmed" else "confirmed")
    return _change(state, event, CONTESTED, status)


def _ref(event: Fact) -> EvidenceRef:
    return EvidenceRef(
        event_id=event.event_id,
        article_id=event.article_id,
        type=event.type,
        modality=event.modality,
        attribution=event.attribution,
        source=event.source,
        event_time=event.event_time,
    )


def _support(state: Derived, event: Fact, status: Status) -> Derived:
    evidence = (*state.evidence, _ref(event))[-MAX_EVIDENCE:]
    return replace(state, status=status, evidence=evidence)


def _change(state: Derived, event: Fact, controller: str, status: Status) -> Derived:
    return replace(
        state,
        controller=controller,
        status=status,
        since=event.event_time,
        evidence=(_ref(event),),
        established=True,
    )


def _apply_count_claim(state: TheatreState, event: CountClaimEvent) -> TheatreState:
    actor = event.actor or "unknown"
    current = state.count_claims.get(actor)
    if current is not None and (current.reported_at, current.event_id) >= (event.reported_at, event.event_id):
        return state
    claims = dict(state.count_claims)
    claims[actor] = event
    return replace(state, count_claims=MappingProxyType(claims))


def fold(events: Iterable[Event], theatre: Theatre) -> TheatreState:
    """Replay: the table is the fold of the event log from the baseline."""
    state = initial_state(theatre)
    for event in events:
        state = apply(state, event)
    return state


def control_state(state: TheatreState, capital_id: str) -> ControlState:
    """The published view of one capital."""
    return ledger_state(state.theatre, state.ledgers[capital_id])


def ledger_state(theatre: Theatre, ledger: CapitalLedger) -> ControlState:
    """The published view of one capital's ledger."""
    capital = theatre.capital(ledger.capital)
    derived = ledger.derived
    return ControlState(
        capital=capital.id,
        capital_name=capital.name,
        province=capital.province,
        controller=derived.controller,
        status=derived.status,
        since=derived.since,
        updated_at=derived.updated_at,
        evidence=derived.evidence,
        events_applied=derived.events_applied,
    )


def table(state: TheatreState) -> dict[str, ControlState]:
    """Every capital's published state, in gazetteer order."""
    return {c.id: control_state(state, c.id) for c in state.theatre.capitals}


def transition(before: Derived, after: Derived, capital_name: str, capital: str) -> Transition | None:
    """The change of hands between two states of a capital, if any."""
    if before.controller == after.controller:
        return None
    last = after.evidence[-1]
    return Transition(
        capital=capital,
        capital_name=capital_name,
        from_controller=before.controller,
        to_controller=after.controller,
        from_status=before.status,
        to_status=after.status,
        at=after.since,
        event_id=last.event_id,
        article_id=last.article_id,
    )


def table_json(state: TheatreState) -> dict[str, Any]:
    """The final-state JSON of `frontline fold`: every capital id to its ControlState."""
    return {cid: cs.model_dump(mode="json") for cid, cs in table(state).items()}
