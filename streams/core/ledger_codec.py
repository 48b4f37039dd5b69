"""JSON form of a capital's ledger, for the table's changelog. Keys are recomputed on load."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from schemas.state import EvidenceRef
from streams.core.reduce import CapitalLedger, Derived, Fact, event_key

LEDGER_FORMAT = 1


def _derived_to_json(derived: Derived) -> dict[str, Any]:
    return {
        "controller": derived.controller,
        "status": derived.status,
        "since": derived.since.isoformat(),
        "updated_at": derived.updated_at.isoformat(),
        "evidence": [ref.model_dump(mode="json") for ref in derived.evidence],
        "events_applied": derived.events_applied,
        "established": derived.established,
    }


def _derived_from_json(data: dict[str, Any]) -> Derived:
    return Derived(
        controller=data["controller"],
        status=data["status"],
        since=datetime.fromisoformat(data["since"]),
        updated_at=datetime.fromisoformat(data["updated_at"]),
        evidence=tuple(EvidenceRef.model_validate(ref) for ref in data["evidence"]),
        events_applied=data["events_applied"],
        established=data["established"],
    )


def _fact_to_json(fact: Fact) -> list[Any]:
    return [
        fact.event_id,
        fact.article_id,
        fact.type,
        fact.actor,
        fact.modality,
        fact.time_precision,
        fact.event_time.isoformat(),
        fact.reported_at.isoformat(),
        fact.attribution,
        fact.source,
    ]


def _fact_from_json(row: list[Any]) -> Fact:
    return Fact(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        datetime.fromisoformat(row[6]),
        datetime.fromisoformat(row[7]),
        row[8],
        row[9],
    )


def ledger_to_json(ledger: CapitalLedger) -> dict[str, Any]:
    return {
        "format": LEDGER_FORMAT,
        "capital": ledger.capital,
        "checkpoint": _derived_to_json(ledger.checkpoint),
        "derived": _derived_to_json(ledger.derived),
        "window": [_fact_to_json(fact) for _, fact in ledger.window],
        "watermark": _fact_to_json(ledger.watermark_fact) if ledger.watermark_fact else None,
        "late_events": ledger.late_events,
    }


def ledger_from_json(data: dict[str, Any], tz: timezone) -> CapitalLedger:
    if data.get("format") != LEDGER_FORMAT:
        raise ValueError(f"unknown ledger format {data.get('format')!r}")
    facts = [_fact_from_json(row) for row in data["window"]]
    watermark_fact = _fact_from_json(data["watermark"]) if data["watermark"] else None
    return CapitalLedger(
        capital=data["capital"],
        checkpoint=_derived_from_json(data["checkpoint"]),
        derived=_derived_from_json(data["derived"]),
        window=tuple((event_key(fact, tz), fact) for fact in facts),
        watermark=event_key(watermark_fact, tz) if watermark_fact else None,
        watermark_fact=watermark_fact,
        late_events=data["late_events"],
    )
