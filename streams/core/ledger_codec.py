"""JSON form of a capital's ledger, for the table's changelog. Keys are recomputed on load."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from schemas.state import EvidenceRef
from streams.core.reduce import CapitalLedger, Derived, Fact, restore_ledger

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


def ledger_to_json(ledger: CapitalLedger) -> dict[str, Any]:
    return {
        "format": LEDGER_FORMAT,
        "capital": ledger.capital,
        "checkpoint": _derived_to_json(ledger.checkpoint),
        "derived": _derived_to_json(ledger.derived),
        "window": [fact.row() for _, fact in ledger.window],
        "watermark": ledger.watermark_fact.row() if ledger.watermark_fact else None,
        "late_events": ledger.late_events,
    }


def ledger_from_json(data: dict[str, Any], tz: timezone) -> CapitalLedger:
    if data.get("format") != LEDGER_FORMAT:
        raise ValueError(f"unknown ledger format {data.get('format')!r}")
    facts = [Fact.from_row(row) for row in data["window"]]
    return restore_ledger(
        data["capital"],
        _derived_from_json(data["checkpoint"]),
        facts,
        Fact.from_row(data["watermark"]) if data["watermark"] else None,
        data["late_events"],
        tz,
    )
