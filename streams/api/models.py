"""Response bodies of the query API: pydantic models, so responses and the OpenAPI document
come from one definition and cannot drift apart."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from schemas.common import AttributionKind, Frozen, Modality, TimePrecision
from schemas.state import Claim, EvidenceRef, Status, Transition


class CapitalSummary(Frozen):
    """One capital on the map: who holds it, how sure, and how fresh that is."""

    capital: str
    name: str
    province: str
    lat: float
    lon: float
    controller: str
    status: Status
    since: AwareDatetime = Field(description="Event time the controller took over.")
    updated_at: AwareDatetime
    last_evidence_at: AwareDatetime | None = Field(description="Report time of the newest evidence.")
    freshness_s: float | None = Field(
        description="Seconds from the newest evidence to the clock; null for the baseline."
    )
    stale: bool = Field(description="No evidence for longer than `stale_after_s` before the clock.")
    sources: int = Field(ge=0, description="Independent sources behind the current controller.")
    events_applied: int = Field(ge=0)


class CapitalDetail(CapitalSummary):
    """A capital with its competing claims and the evidence behind its state."""

    claims: tuple[Claim, ...]
    evidence: tuple[EvidenceRef, ...]


class View(Frozen):
    """The bounds a response was computed for."""

    theatre: str
    as_of: AwareDatetime | None = Field(description="Upper bound on event time; null: none.")
    known_at: AwareDatetime | None = Field(description="Upper bound on report time; null: none.")
    clock: AwareDatetime | None = Field(
        description="Freshness is measured to this time: `as_of` when given, else the newest report time known."
    )
    events: int = Field(ge=0, description="Events in the view.")
    first_event_at: AwareDatetime | None
    last_event_at: AwareDatetime | None
    stale_after_s: float


class CapitalsPage(View):
    capitals: tuple[CapitalSummary, ...]


class CapitalPage(View):
    capital: CapitalDetail


class Position(Frozen):
    controller: str
    status: Status


class WhyStep(Frozen):
    """One control event and what it did to the capital's state, with its three times."""

    event_id: str
    article_id: str
    type: str
    actor: str
    source: str | None
    sentence: str
    attribution: str | None
    attribution_kind: AttributionKind
    modality: Modality
    confidence: float
    event_time: AwareDatetime = Field(description="When it happened, as the text dates it.")
    time_precision: TimePrecision
    reported_at: AwareDatetime = Field(description="When the article was published.")
    processed_at: AwareDatetime | None = Field(description="When this service read the event.")
    before: Position
    after: Position
    effect: Literal["changed hands", "status changed", "supported", "no effect"]


class WhyPage(View):
    capital: CapitalDetail
    chain: tuple[WhyStep, ...] = Field(description="Every event that moved the state, in fold order.")
    unmoved: tuple[WhyStep, ...] = Field(description="Events of the capital that changed nothing.")


class TransitionsPage(View):
    since: AwareDatetime | None
    transitions: tuple[Transition, ...]


class ErrorBody(Frozen):
    """Every 4xx answer."""

    error: str = Field(description="`bad_request`, `not_found` or `method_not_allowed`.")
    detail: str


class Health(Frozen):
    status: Literal["ok"]
    events: int
