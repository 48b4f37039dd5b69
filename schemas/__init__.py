"""Message contracts of Frontline: the single source of truth for every topic's payload.

Each model is pydantic v2; `schemas.export` writes their JSON Schemas to `schemas/json/` for
consumers in other languages.
"""

from schemas.article import MAX_BODY_BYTES, Article
from schemas.common import (
    SCHEMA_VERSION,
    Evidence,
    Modality,
    TimePrecision,
)
from schemas.events import (
    CONTROL_EVENT_TYPES,
    AirstrikeEvent,
    ArrestEvent,
    CapturedEvent,
    ContestedEvent,
    ControlEvent,
    CountClaimEvent,
    EnteredEvent,
    Event,
    OfficialsFledEvent,
    PrisonBreakEvent,
    RetakenEvent,
    SurrenderedEvent,
    TroopDeploymentEvent,
    parse_event,
)
from schemas.messages import ArticleReceipt, DeadLetter
from schemas.state import Claim, Controller, ControlState, EvidenceRef, Status, Transition
from schemas.theatre import Actor, Capital, Country, Theatre

__all__ = [
    "CONTROL_EVENT_TYPES",
    "MAX_BODY_BYTES",
    "SCHEMA_VERSION",
    "Actor",
    "AirstrikeEvent",
    "ArrestEvent",
    "Article",
    "ArticleReceipt",
    "Capital",
    "CapturedEvent",
    "Claim",
    "ContestedEvent",
    "ControlEvent",
    "ControlState",
    "Controller",
    "CountClaimEvent",
    "Country",
    "DeadLetter",
    "EnteredEvent",
    "Event",
    "Evidence",
    "EvidenceRef",
    "Modality",
    "OfficialsFledEvent",
    "PrisonBreakEvent",
    "RetakenEvent",
    "Status",
    "SurrenderedEvent",
    "Theatre",
    "TimePrecision",
    "Transition",
    "TroopDeploymentEvent",
    "parse_event",
]
