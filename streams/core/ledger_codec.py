"""JSON form of a capital's ledger, for the table's changelog.

Format 2 stores the checkpoint, the window and the watermark; the current state is the window
folded over the checkpoint, so it is recomputed on load (format 1 also stored it; it is read
and its copy of the state ignored). Keys are recomputed on load too. Checkpoints and fact rows
written before claims were tallied lack them and read as having none.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from pydantic import TypeAdapter

from schemas.state import EvidenceRef
from streams.core.reduce import CapitalLedger, Derived, Fact, Tally, restore_ledger

LEDGER_FORMAT = 2
READABLE_FORMATS = frozenset({1, 2})
_EVIDENCE: TypeAdapter[tuple[EvidenceRef, ...]] = TypeAdapter(tuple[EvidenceRef, ...])


def _derived_to_json(derived: Derived) -> dict[str, Any]:
    return {
        "controller": derived.controller,
        "status": derived.status,
        "since": derived.since.isoformat(),
        "updated_at": derived.updated_at.isoformat(),
        "evidence": _EVIDENCE.dump_python(derived.evidence, mode="json"),
        "events_applied": derived.events_applied,
        "established": derived.established,
        "claims": [
            [
                c.controller,
                list(c.voices),
                c.confirmed,
                c.denied,
                list(c.denied_by),
                c.first_at.isoformat(),
                c.last_at.isoformat(),
            ]
            for c in derived.claims
        ],
    }


def _derived_from_json(data: dict[str, Any]) -> Derived:
    return Derived(
        controller=data["controller"],
        status=data["status"],
        since=datetime.fromisoformat(data["since"]),
        updated_at=datetime.fromisoformat(data["updated_at"]),
        evidence=_EVIDENCE.validate_python(data["evidence"]),
        events_applied=data["events_applied"],
        established=data["established"],
        claims=tuple(
            Tally(
                row[0],
                tuple(row[1]),
                row[2],
                row[3],
                tuple(row[4]),
                datetime.fromisoformat(row[5]),
                datetime.fromisoformat(row[6]),
            )
            for row in data.get("claims", ())  # absent in checkpoints stored before claims were kept
        ),
    )


def ledger_to_json(ledger: CapitalLedger) -> dict[str, Any]:
    return {
        "format": LEDGER_FORMAT,
        "capital": ledger.capital,
        "checkpoint": _derived_to_json(ledger.checkpoint),
        "window": [key[-1].row() for key in ledger.window],
        "watermark": ledger.watermark[-1].row() if ledger.watermark else None,
        "late_events": ledger.late_events,
    }


def ledger_from_json(data: dict[str, Any], tz: timezone) -> CapitalLedger:
    if data.get("format") not in READABLE_FORMATS:
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
