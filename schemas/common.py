"""Types shared by several messages."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

SCHEMA_VERSION = 1
"""Version of the event and state contracts written by this code."""

Modality = Literal["asserted", "claimed", "denied", "partial"]
"""How the text holds the event: as fact, as one side's claim, denied, or only in part."""

TimePrecision = Literal["day", "week", "month", "report"]
"""How the event time was found: a day named in the text, a rough week or month ("last
week", "last month"), or `report` when the text gives no time and the publication time is used."""

AttributionKind = Literal["reporter", "claimant", "official", "witness", "other"]
"""Who vouches for the event, relative to the side that gains from it."""

CapitalId = Annotated[str, StringConstraints(pattern=r"^[a-z]+(-[a-z]+)*$", max_length=64)]
ActorId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]*$", max_length=64)]

UtcTime = AwareDatetime


class Frozen(BaseModel):
    """Base of every message: immutable, unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(Frozen):
    """The sentence an event was read from, with its character span in the article."""

    text: str = Field(max_length=4000)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    field: Literal["title", "body"] = "body"
