"""What the table publishes: the control state of each capital and each change of hands."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from schemas.common import CapitalId, Frozen, Modality

Controller = str
"""An actor id from the theatre (e.g. `taliban`), or `contested`, or `unknown`."""

Status = Literal["confirmed", "claimed", "disputed"]

MAX_EVIDENCE = 8
"""Evidence kept per capital: the most recent supporting events. Bounded so state stays small."""

MAX_VOICES = 32
"""Independent sources remembered per claim; the count saturates there (state stays small)."""


class EvidenceRef(Frozen):
    """A pointer to an event behind the current state, with enough to read it at a glance."""

    event_id: str
    article_id: str
    type: str
    modality: Modality
    attribution: str | None = None
    source: str | None = None
    event_time: AwareDatetime


class Claim(Frozen):
    """One proposition about who holds a capital, side by side with its competitors, and the
    independent sources behind it: an analyst sees what each side says and who backs it."""

    controller: Controller = Field(
        description="Who the claim says holds the city (`contested`: fighting or only parts fell)."
    )
    status: Status = Field(
        description="`claimed`: only the claimant's word; `confirmed`: an independent non-claimant source "
        "asserts it; `disputed`: a denial stands (no confirmation since)."
    )
    sources: int = Field(
        ge=0, description="Independent sources asserting or claiming it (syndicated copies count once)."
    )
    voices: tuple[str, ...] = Field(
        default=(),
        max_length=MAX_VOICES,
        description="Those sources, e.g. `claimant:taliban`, `official:interior ministry`, `reporter:frontline wire`.",
    )
    denied_by: tuple[str, ...] = Field(
        default=(),
        max_length=MAX_VOICES,
        description="Sources that denied it or said only part of it is true.",
    )
    first_at: AwareDatetime = Field(description="Event time of the first report of it.")
    last_at: AwareDatetime = Field(description="Event time of the latest report for or against it.")


class ControlState(Frozen):
    """Who holds a capital, how sure we are, since when, on what evidence."""

    capital: CapitalId
    capital_name: str
    province: str
    controller: Controller
    status: Status
    since: AwareDatetime = Field(description="Event time the current controller took over.")
    updated_at: AwareDatetime = Field(description="Report time of the newest event applied.")
    evidence: tuple[EvidenceRef, ...] = Field(default=(), max_length=MAX_EVIDENCE)
    events_applied: int = Field(default=0, ge=0)
    sources: int = Field(
        default=0, ge=0, description="Independent sources behind the current controller (0: the baseline)."
    )
    claims: tuple[Claim, ...] = Field(
        default=(), description="Competing claims about the city, oldest first."
    )
    last_evidence_at: AwareDatetime | None = Field(
        default=None, description="Report time of the newest evidence; null while only the baseline holds."
    )
    schema_version: Literal[1] = 1


class Transition(Frozen):
    """One change of controller, published on `control.transitions`."""

    capital: CapitalId
    capital_name: str
    from_controller: Controller
    to_controller: Controller
    from_status: Status
    to_status: Status
    at: AwareDatetime = Field(description="Event time of the change.")
    event_id: str
    article_id: str
    schema_version: Literal[1] = 1
