"""Envelopes around the pipeline: dead letters and per-article receipts."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from schemas.common import Frozen

DeadLetterReason = Literal["decode", "validation", "too_large", "extraction"]


class DeadLetter(Frozen):
    """A message we could not process, with the original bytes (base64) and why.

    A message over the size limit keeps only its first bytes (`original_truncated`): a 120 MB
    message cannot travel as a dead letter. Its SHA-256 and source position identify it, and
    the whole message stays at that position of the source topic (while retention keeps it).
    """

    reason: DeadLetterReason
    error_class: str
    error: str = Field(max_length=2000)
    source_topic: str
    partition: int
    offset: int
    original_base64: str
    original_size: int = Field(ge=0)
    original_truncated: bool = False
    original_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    received_at: AwareDatetime
    schema_version: Literal[1] = 1


class ArticleReceipt(Frozen):
    """Proof an article was processed: how many events it gave (zero is a valid answer)."""

    article_id: str
    duplicate_of: str | None = Field(
        default=None, description="A syndicated copy: the earlier article it repeats (no events emitted)."
    )
    event_count: int = Field(ge=0)
    control_event_count: int = Field(ge=0)
    extractor_version: str
    source_partition: int
    source_offset: int
    processed_at: AwareDatetime
    schema_version: Literal[1] = 1
