"""Typed events read from articles: a discriminated union on `type`.

Control events (`captured`, `entered`, `contested`, `retaken`, `surrendered`) move the control
state of a capital; the others are context kept for analysts. Every event is frozen and carries
its evidence, so the state it builds can always be explained.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, Field, TypeAdapter

from schemas.common import (
    SCHEMA_VERSION,
    ActorId,
    AttributionKind,
    CapitalId,
    Evidence,
    Frozen,
    Modality,
    TimePrecision,
)


class EventBase(Frozen):
    """Fields every event carries."""

    event_id: str = Field(
        pattern=r"^[0-9a-f]{32}$", description="Deterministic: re-extraction yields the same id."
    )
    article_id: str
    capital: CapitalId | None = None
    capital_name: str | None = None
    province: str | None = None
    actor: ActorId | None = None
    modality: Modality = "asserted"
    attribution: str | None = Field(default=None, max_length=300)
    attribution_kind: AttributionKind = "reporter"
    source: str | None = Field(default=None, description="The outlet that published the article.")
    event_time: AwareDatetime
    time_precision: TimePrecision
    reported_at: AwareDatetime = Field(description="When the article was published.")
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    extractor_version: str
    schema_version: Literal[1] = 1


class ControlEventBase(EventBase):
    """An event about who holds a capital: capital and actor are required."""

    capital: CapitalId
    actor: ActorId


class CapturedEvent(ControlEventBase):
    """The actor took control of the capital."""

    type: Literal["captured"] = "captured"


class EnteredEvent(ControlEventBase):
    """The actor's fighters are inside the capital, fighting; not (yet) in control."""

    type: Literal["entered"] = "entered"


class ContestedEvent(ControlEventBase):
    """Attack, siege or fighting in or around the capital; the actor is the attacker."""

    type: Literal["contested"] = "contested"


class RetakenEvent(ControlEventBase):
    """The previous holder (the actor) regained the capital."""

    type: Literal["retaken"] = "retaken"


class SurrenderedEvent(ControlEventBase):
    """The capital was handed over to the actor by deal or surrender."""

    type: Literal["surrendered"] = "surrendered"


class OfficialsFledEvent(EventBase):
    """Officials (governor, police chief, president) fled or were evacuated."""

    type: Literal["officials_fled"] = "officials_fled"


class PrisonBreakEvent(EventBase):
    """A prison was broken open and inmates freed."""

    type: Literal["prison_break"] = "prison_break"


class AirstrikeEvent(EventBase):
    """Airstrikes; `actor` is the side that struck when the text says."""

    type: Literal["airstrike"] = "airstrike"


class TroopDeploymentEvent(EventBase):
    """A country sends troops (often to evacuate its nationals)."""

    type: Literal["troop_deployment"] = "troop_deployment"
    country: str
    number: int | None = Field(default=None, ge=0)
    purpose: str | None = Field(default=None, max_length=300)


class ArrestEvent(EventBase):
    """Someone was arrested or detained."""

    type: Literal["arrest"] = "arrest"


class CountClaimEvent(EventBase):
    """A count such as "12 of 34 provincial capitals" held by `actor`."""

    type: Literal["count_claim"] = "count_claim"
    count: int = Field(ge=0)
    total: int | None = Field(default=None, ge=0)


ControlEvent = CapturedEvent | EnteredEvent | ContestedEvent | RetakenEvent | SurrenderedEvent

Event = Annotated[
    CapturedEvent
    | EnteredEvent
    | ContestedEvent
    | RetakenEvent
    | SurrenderedEvent
    | OfficialsFledEvent
    | PrisonBreakEvent
    | AirstrikeEvent
    | TroopDeploymentEvent
    | ArrestEvent
    | CountClaimEvent,
    Field(discriminator="type"),
]

CONTROL_EVENT_TYPES: frozenset[str] = frozenset(
    {"captured", "entered", "contested", "retaken", "surrendered"}
)

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]
UPCASTERS: dict[int, Upcaster] = {}
"""`UPCASTERS[v]` turns a version-v payload into version v+1. Add one for each new version so
that old logs replay unchanged (the eventsourcing library's upcasting)."""


def upcast(payload: dict[str, Any]) -> dict[str, Any]:
    """Bring an event payload of any older schema version up to `SCHEMA_VERSION`."""
    version = payload.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or version < 1:
        raise ValueError(f"schema_version must be a positive integer, got {version!r}")
    if version > SCHEMA_VERSION:
        raise ValueError(f"event schema_version {version} is newer than this reader ({SCHEMA_VERSION})")
    while version < SCHEMA_VERSION:
        payload = UPCASTERS[version](payload)
        version += 1
        payload["schema_version"] = version
    return payload


def parse_event(payload: dict[str, Any] | bytes | str) -> Event:
    """Validate an event from a dict or JSON, upcasting older versions first."""
    if isinstance(payload, bytes | str):
        return EVENT_ADAPTER.validate_json(payload)
    return EVENT_ADAPTER.validate_python(upcast(dict(payload)))


def is_control_event(event: Event) -> bool:
    """True for the five types that move a capital's control state."""
    return event.type in CONTROL_EVENT_TYPES
